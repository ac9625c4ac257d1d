#if canImport(Glibc)
import Glibc
#endif
import SkepticCore
import TOMLKit

/// The user's settings from `config.toml`: theme, tree width, text width, mouse, highlights, key
/// remapping by action name, and highlight rules for words a reader wants to watch.
public struct Config: Sendable {
    public var theme = "default"
    /// Columns for the section tree; nil: about a third of the screen.
    public var treeWidth: Int?
    /// The widest the text column gets (it is centred in the pane).
    public var maxWidth = 88
    public var mouse = true
    /// Links as OSC 8 hyperlinks (clickable in terminals that take them).
    public var hyperlinks = true
    public var highlights: Highlights = .all
    /// Actions given other keys.
    public var keys: [(action: Action, keys: [Key])] = []
    public var watch: [WatchRule] = []
    /// `[cues] mute`: cue words the reader never flags.
    public var mutedCues: [String] = []
    /// The file the settings came from, if any.
    public var file: String?

    public init() {}

    // MARK: - Where

    /// `$XDG_CONFIG_HOME/skeptic/config.toml`, else `~/.config/skeptic/config.toml`.
    public static func path(environment: Environment) -> String? {
        if let xdg = environment.configHome, xdg.hasPrefix("/") { return xdg + "/skeptic/config.toml" }
        guard let home = environment.home, !home.isEmpty else { return nil }
        return home + "/.config/skeptic/config.toml"
    }

    // MARK: - Reading

    /// Reads the config file: a missing file gives the defaults; every bad entry is left at its default
    /// and reported (the reader still starts).
    public static func load(path: String) -> (config: Config, errors: [ConfigError]) {
        let bytes: [UInt8]
        do {
            bytes = try InputReader.read(path: path, limits: InputLimits(maxBytes: 1 << 20))
        } catch {
            return (Config(), error == .notFound(path: path) ? [] : [.unreadable(file: path)])
        }
        return parse(String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// Parses settings; entries that are wrong are skipped and reported.
    public static func parse(_ text: String, file: String) -> (config: Config, errors: [ConfigError]) {
        var config = Config()
        config.file = file
        var errors: [ConfigError] = []
        let table: TOMLTable
        do {
            table = try TOMLDocument.parse(text)
        } catch {
            return (Config(), [.syntax(file: file, line: error.line, message: error.message)])
        }
        let lines = TOMLKeyLines(text)
        func fail(_ key: String, _ problem: String) {
            let line = lines.line(of: key.split(separator: ".").map(String.init)) ?? 1
            errors.append(.badValue(file: file, line: line, key: key, problem: problem))
        }
        for key in table.keys {
            guard let value = table[key] else { fail(key, TOMLDocument.unreadableKey); continue }
            switch key {
            case "theme":
                if let s = value.string, !s.isEmpty { config.theme = s } else { fail(key, "expected a theme name or path in quotes") }
            case "tree-width":
                if let n = value.int, (12...120).contains(n) { config.treeWidth = n } else { fail(key, "expected a number of columns from 12 to 120") }
            case "max-width":
                if let n = value.int, (20...400).contains(n) { config.maxWidth = n } else { fail(key, "expected a number of columns from 20 to 400") }
            case "mouse":
                if let b = value.bool { config.mouse = b } else { fail(key, "expected true or false") }
            case "hyperlinks":
                if let b = value.bool { config.hyperlinks = b } else { fail(key, "expected true or false") }
            case "highlights":
                guard let t = value.table else { fail(key, "expected a table: [highlights]"); continue }
                readHighlights(t, into: &config, fail)
            case "keys":
                guard let t = value.table else { fail(key, "expected a table: [keys]"); continue }
                readKeys(t, into: &config, fail)
            case "cues":
                guard let t = value.table else { fail(key, "expected a table: [cues]"); continue }
                for name in t.keys {
                    guard name == "mute" else { fail("cues." + name, "unknown setting (mute)"); continue }
                    guard let value = t[name] else { fail("cues." + name, TOMLDocument.unreadableKey); continue }
                    guard let list = value.array, list.allSatisfy({ $0.string != nil }) else {
                        fail("cues.mute", "expected a list of cue words in quotes, e.g. [\"some\", \"many\"]")
                        continue
                    }
                    config.mutedCues = list.compactMap { $0.string }
                }
            case "highlight":
                guard let rules = value.array else { fail(key, "expected [[highlight]] tables with pattern and role"); continue }
                readWatchRules(rules, into: &config, fail)
            default:
                fail(key, "unknown setting (theme, tree-width, max-width, mouse, hyperlinks, [highlights], [keys], [cues], [[highlight]])")
            }
        }
        return (config, errors)
    }

    /// `[highlights]`: which labels are highlighted when the reader opens.
    private static func readHighlights(_ t: TOMLTable, into config: inout Config, _ fail: (String, String) -> Void) {
        for name in t.keys {
            let full = "highlights." + name
            let flag: Highlights
            switch name {
            case "hedges": flag = .hedges
            case "claims": flag = .claims
            case "quotes": flag = .quotes
            case "noise": flag = .noise
            case "vague": flag = .vague
            case "repeats": flag = .repeats
            default: fail(full, "unknown highlight (hedges, vague, claims, quotes, noise or repeats)"); continue
            }
            guard let value = t[name] else { fail(full, TOMLDocument.unreadableKey); continue }
            guard let on = value.bool else { fail(full, "expected true or false"); continue }
            if on { config.highlights.insert(flag) } else { config.highlights.remove(flag) }
        }
    }

    /// `[keys]`: an action's keys, one or a list.
    private static func readKeys(_ t: TOMLTable, into config: inout Config, _ fail: (String, String) -> Void) {
        for name in t.keys {
            let full = "keys." + name
            guard let action = Action.named(name) else {
                fail(full, "unknown action (see the help screen or --print-config for the names)")
                continue
            }
            guard let value = t[name] else { fail(full, TOMLDocument.unreadableKey); continue }
            let raw: [String]
            if let s = value.string { raw = [s] } else if let a = value.array { raw = a.compactMap { $0.string } } else {
                fail(full, "expected a key or a list of keys, e.g. [\"j\", \"Down\"]")
                continue
            }
            var parsed: [Key] = []
            for k in raw {
                if let key = Key(name: k) { parsed.append(key) } else { fail(full, "\"\(k)\" is not a key") }
            }
            if !parsed.isEmpty { config.keys.append((action, parsed)) }
        }
    }

    /// `[[highlight]]`: text the reader watches for, with the role it is drawn in.
    private static func readWatchRules(_ rules: TOMLArray, into config: inout Config, _ fail: (String, String) -> Void) {
        for rule in rules {
            guard let t = rule.table, let pattern = t["pattern"]?.string, !pattern.isEmpty else {
                fail("highlight.pattern", "each [[highlight]] needs a pattern")
                continue
            }
            let roleName = t["role"]?.string ?? "watch"
            guard let role = Role(rawValue: roleName) else {
                fail("highlight.role", "\"\(roleName)\" is not a role (e.g. watch, claim, hedged, quote, searchHit)")
                continue
            }
            config.watch.append(WatchRule(pattern: pattern, role: role))
        }
    }

    /// The settings the reader's state takes, as a value.
    public var readerSettings: ReaderSettings {
        var settings = ReaderSettings(keys: KeyMap(remapping: keys), maxTextWidth: maxWidth, treeWidth: treeWidth)
        settings.mute = CueMute(mutedCues)
        return settings
    }

    // MARK: - Printing

    /// The effective settings as a config file (`--print-config`), with every action's keys.
    public func render(themes: [String] = []) -> String {
        var out = "# Skeptic's effective configuration"
        out += file.map { " (from " + $0 + ")" } ?? " (defaults: no config file)"
        out += "\n"
        out += "theme = \(quoted(theme))"
        if !themes.isEmpty { out += "            # installed: " + themes.joined(separator: ", ") }
        out += "\n"
        out += treeWidth.map { "tree-width = \($0)\n" } ?? "# tree-width = 30       # default: about a third of the screen\n"
        out += "max-width = \(maxWidth)\n"
        out += "mouse = \(mouse)\nhyperlinks = \(hyperlinks)\n\n[highlights]\n"
        out += "hedges = \(highlights.contains(.hedges))\nvague = \(highlights.contains(.vague))\nclaims = \(highlights.contains(.claims))\n"
        out += "quotes = \(highlights.contains(.quotes))\nnoise = \(highlights.contains(.noise))\n"
        out += "repeats = \(highlights.contains(.repeats))        # false: what is said again folds to one line\n\n[keys]\n"
        for binding in readerSettings.keys.bindings {
            out += binding.action.configName + " = [" + binding.keys.map { quoted($0.configName) }.joined(separator: ", ") + "]"
            out += String(repeating: " ", count: max(1, 40 - binding.action.configName.count - binding.keys.map { $0.configName.count + 4 }.reduce(0, +)))
            out += "# " + binding.help + "\n"
        }
        out += "\n[cues]\nmute = [" + mutedCues.map(quoted).joined(separator: ", ") + "]"
        out += mutedCues.isEmpty ? "                # cue words never flagged, e.g. [\"some\", \"many\"]\n" : "\n"
        for rule in watch {
            out += "\n[[highlight]]\npattern = \(quoted(rule.pattern))\nrole = \(quoted(rule.role.rawValue))\n"
        }
        return out
    }

    private func quoted(_ s: String) -> String {
        "\"" + s.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}

/// What is wrong with a config file; `message` names the file, the line and the key.
public enum ConfigError: Error, Equatable, Sendable {
    case unreadable(file: String)
    case syntax(file: String, line: Int, message: String)
    case badValue(file: String, line: Int, key: String, problem: String)

    public var message: String {
        switch self {
        case .unreadable(let file): return "\(file): cannot read the config file; using the defaults"
        case .syntax(let file, let line, let message): return "\(file):\(line): \(message); using the defaults"
        case .badValue(let file, let line, let key, let problem): return "\(file):\(line): \(key): \(problem)"
        }
    }
}

extension Action {
    /// The action's name in the config file: "next-hedge" for `nextHedge`.
    public var configName: String {
        var out = ""
        for c in rawValue {
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    /// The action a config name (or its camel-case raw value) names.
    public static func named(_ name: String) -> Action? {
        allCases.first { $0.configName == name || $0.rawValue == name }
    }
}

extension Key {
    /// How the config file writes the key (what `Key(name:)` reads back).
    public var configName: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return description
        }
    }
}
