import Glibc
import TOMLKit
import SkepticCore

/// Reads theme files (TOML) into `Theme` values, finds them by name in search paths and lists them.
///
/// A theme file:
///
/// ```toml
/// name = "light"
/// description = "For light terminal backgrounds"
/// [roles.claim]
/// fg = 24            # 0–255, a name, or "#rrggbb"
/// bg = "#fdf6e3"
/// attrs = ["italic"] # any of bold, dim, italic, underline, reverse
/// ```
///
/// Roles the file leaves out fall back to `Theme.default`. A role the file gives is complete as written:
/// a missing `fg` or `bg` is the terminal's default colour and a missing `attrs` is none, so a theme never
/// inherits half a style it did not ask for.
public enum ThemeLoader {
    /// The attribute names `attrs` accepts, in the order messages list them.
    public static let attributeNames = ["bold", "dim", "italic", "underline", "reverse"]

    /// The keys a theme file may have at its top level.
    static let topLevelKeys = ["name", "description", "roles"]

    /// The keys a role's table may have.
    static let styleKeys = ["fg", "bg", "attrs"]

    /// Files larger than this are not theme files (and `/dev/zero` does not hang the reader).
    static let sizeLimit = 1 << 20

    // MARK: - Parsing

    /// The theme a TOML text describes; `file` names it in error messages and, without a `name` key (or
    /// with an empty one), names the theme (its last path component without `.toml`).
    ///
    /// When the text has several errors, the one nearest its start is thrown.
    public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text)
        } catch {
            throw .syntax(file: file, line: error.line, column: error.column, message: error.message)
        }
        let lines = TOMLKeyLines(text)
        var errors: [ThemeError] = []
        var name = stem(of: file)
        var description = ""
        var styles: [Role: Style] = [:]

        for key in table.keys {
            guard let value = table[key] else {
                errors.append(.unreadableKey(file: file, line: lines.line(of: [key]), key: key))
                continue
            }
            switch key {
            case "name", "description":
                guard let string = value.string else {
                    errors.append(.wrongType(file: file, line: lines.line(of: [key]), key: key, value: written(value),
                                             expected: "a string"))
                    continue
                }
                if key == "description" {
                    description = string
                } else if !string.isEmpty {
                    name = string
                }
            case "roles":
                guard let roles = value.table else {
                    errors.append(.wrongType(file: file, line: lines.line(of: [key]), key: key, value: written(value),
                                             expected: "a table of roles"))
                    continue
                }
                for roleName in roles.keys {
                    let line = lines.line(of: ["roles", roleName])
                    guard let role = Role(rawValue: roleName) else {
                        errors.append(.unknownRole(file: file, line: line, role: roleName))
                        continue
                    }
                    guard let value = roles[roleName] else {
                        errors.append(.unreadableKey(file: file, line: line, key: "roles.\(roleName)"))
                        continue
                    }
                    guard let fields = value.table else {
                        errors.append(.wrongType(file: file, line: line, key: "roles.\(roleName)",
                                                 value: written(value), expected: "a table (fg, bg, attrs)"))
                        continue
                    }
                    let before = errors.count
                    let style = style(fields, role: roleName, file: file, lines: lines, errors: &errors)
                    if errors.count == before { styles[role] = style }
                }
            default:
                errors.append(.unknownKey(file: file, line: lines.line(of: [key]), key: key, expected: topLevelKeys))
            }
        }
        if let first = errors.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) { throw first }
        return Theme(name: name, description: description, styles: styles)
    }

    /// The style of one role's table; its errors are added to `errors`.
    private static func style(_ fields: TOMLTable, role: String, file: String, lines: TOMLKeyLines,
                              errors: inout [ThemeError]) -> Style {
        var style = Style()
        for key in fields.keys {
            let path = ["roles", role, key]
            let dotted = path.joined(separator: ".")
            let line = lines.line(of: path)
            guard let value = fields[key] else {
                errors.append(.unreadableKey(file: file, line: line, key: dotted))
                continue
            }
            switch key {
            case "fg", "bg":
                let colour = value.string.flatMap(ThemeColour.init) ?? value.int.flatMap(ThemeColour.init)
                guard let colour else {
                    errors.append(.badColour(file: file, line: line, key: dotted, value: written(value)))
                    continue
                }
                if key == "fg" { style.foreground = colour.paletteIndex } else { style.background = colour.paletteIndex }
            case "attrs":
                guard let list = value.array else {
                    errors.append(.wrongType(file: file, line: line, key: dotted, value: written(value),
                                             expected: "a list (like [\"bold\", \"underline\"])"))
                    continue
                }
                for item in list {
                    switch item.string?.lowercased() {
                    case "bold": style.bold = true
                    case "dim": style.dim = true
                    case "italic": style.italic = true
                    case "underline": style.underline = true
                    case "reverse": style.reverse = true
                    default: errors.append(.badAttribute(file: file, line: line, key: dotted, value: written(item)))
                    }
                }
            default:
                errors.append(.unknownKey(file: file, line: line, key: dotted, expected: styleKeys))
            }
        }
        return style
    }

    /// A value as a message quotes it: strings in quotes, numbers and booleans as written, others by kind.
    private static func written(_ value: TOMLValueConvertible) -> String {
        if let string = value.string { return String(reflecting: string) }
        if let int = value.int { return String(int) }
        if let double = value.double { return String(double) }
        if let bool = value.bool { return String(bool) }
        switch value.type {
        case .array: return "a list"
        case .table: return "a table"
        case .int: return "an integer"
        default: return "a \(value.type)"
        }
    }

    // MARK: - Finding themes

    /// The theme a `--theme` value names: a path (it contains "/" or ends in ".toml"), or a NAME looked up
    /// as `NAME.toml` in each search path in order, the first found winning.
    ///
    /// `default` with no file of that name is the built-in `Theme.default`.
    public static func load(_ nameOrPath: String, searchPaths: [String]) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try parse(readFile(nameOrPath), file: nameOrPath)
        }
        if !nameOrPath.isEmpty {
            for directory in searchPaths {
                let path = join(directory, nameOrPath + ".toml")
                if exists(path) { return try parse(readFile(path), file: path) }
            }
        }
        if nameOrPath == "default" { return .default }
        throw .unknownTheme(name: nameOrPath, available: available(searchPaths: searchPaths))
    }

    /// The names of the themes in the search paths, sorted and without repeats; always includes "default".
    public static func available(searchPaths: [String]) -> [String] {
        var names: Set<String> = ["default"]
        for directory in searchPaths {
            for file in entries(of: directory) where file.hasSuffix(".toml") && !file.hasPrefix(".") {
                let name = String(file.dropLast(5))
                if !name.isEmpty && isRegularFile(join(directory, file)) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// Where themes are looked for, in order; only directories that exist.
    ///
    /// 1. The user's own: `$XDG_CONFIG_HOME/skeptic/themes` (when it is absolute), else
    ///    `$HOME/.config/skeptic/themes`.
    /// 2. An install's: `<prefix>/share/skeptic/themes`, the prefix being the executable directory's parent
    ///    (`/usr/local` for `/usr/local/bin/skeptic`). When it holds `default.toml` the binary is installed,
    ///    and no `Themes` folder above it is looked at (a stray `/usr/local/Themes` never overrides it).
    /// 3. Else the themes the binary was built from: the first `Themes` directory holding `default.toml` in
    ///    the executable's directory or above it (symlinks resolved), as for `.build/release/skeptic`.
    public static func searchPaths(executablePath: String, environment: [String: String]) -> [String] {
        searchPaths(executablePath: executablePath, environment: Environment(environment))
    }

    public static func searchPaths(executablePath: String, environment: Environment) -> [String] {
        var candidates: [String] = []
        if let config = environment.configHome, config.hasPrefix("/") {
            candidates.append(join(config, "skeptic/themes"))
        } else if let home = environment.home, !home.isEmpty {
            candidates.append(join(home, ".config/skeptic/themes"))
        }
        if let executable = realPath(executablePath) {
            let binDirectory = parent(executable)
            let installed = join(parent(binDirectory), "share/skeptic/themes")
            if !isRegularFile(join(installed, "default.toml")) {
                var directory = binDirectory
                while true {
                    let themes = join(directory, "Themes")
                    if isRegularFile(join(themes, "default.toml")) {
                        candidates.append(themes)
                        break
                    }
                    if directory == "/" { break }
                    directory = parent(directory)
                }
            }
            candidates.append(installed)
        }
        var paths: [String] = []
        for candidate in candidates where isDirectory(candidate) && !paths.contains(candidate) {
            paths.append(candidate)
        }
        return paths
    }

    /// The search paths of the running program: its executable (`/proc/self/exe`) and its environment's
    /// `XDG_CONFIG_HOME` and `HOME`.
    public static func searchPaths() -> [String] {
        searchPaths(executablePath: "/proc/self/exe", environment: Environment.current())
    }

    // MARK: - Files

    /// The text of a file, which must be UTF-8 and at most `sizeLimit` bytes.
    static func readFile(_ path: String) throws(ThemeError) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(file: path, reason: systemError()) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: systemError())
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > sizeLimit { throw .unreadable(file: path, reason: "larger than 1 MiB, not a theme file") }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(file: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// The text of `errno`.
    private static func systemError() -> String {
        let code = errno
        return strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }

    /// The names in a directory (without "." and ".."); empty if it cannot be read.
    private static func entries(of directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func fileMode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    private static func exists(_ path: String) -> Bool { fileMode(path) != nil }
    private static func isDirectory(_ path: String) -> Bool { fileMode(path) == S_IFDIR }
    private static func isRegularFile(_ path: String) -> Bool { fileMode(path) == S_IFREG }

    /// The absolute path with symlinks resolved; nil if it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: - Paths

    /// `directory/name`, without doubling a slash.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The directory a path is in ("/" for top-level paths).
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// A file's name without its directory and `.toml`.
    static func stem(of file: String) -> String {
        let name = Document.displayName(ofPath: file)
        return name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
    }
}
