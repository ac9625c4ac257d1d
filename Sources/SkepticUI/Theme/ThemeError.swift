import SkepticCore

/// Why a theme could not be loaded; `message` is the one line a user sees.
///
/// Cases carry the file as the caller named it, the 1-based line when it is known (nil when the key could
/// not be found in the text), the dotted key (`roles.claim.fg`) and the bad value as the file wrote it.
public enum ThemeError: Error, Sendable, Equatable {
    /// No `NAME.toml` in any search path (and the name is not `default`).
    case unknownTheme(name: String, available: [String])
    /// The file could not be opened or read, or is not UTF-8 text.
    case unreadable(file: String, reason: String)
    /// The file is not valid TOML; line and column come from the TOML parser.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A `[roles.NAME]` table whose NAME is not a role.
    case unknownRole(file: String, line: Int?, role: String)
    /// A key the format does not have: at the top level (other than name, description, roles) or in a role
    /// (other than fg, bg, attrs). `expected` lists the keys allowed there.
    case unknownKey(file: String, line: Int?, key: String, expected: [String])
    /// A value of the wrong kind: a name that is not a string, a role that is not a table, attrs not a list.
    case wrongType(file: String, line: Int?, key: String, value: String, expected: String)
    /// An `fg` or `bg` that is no colour.
    case badColour(file: String, line: Int?, key: String, value: String)
    /// An entry of `attrs` that is no attribute.
    case badAttribute(file: String, line: Int?, key: String, value: String)
    /// A key TOMLKit lists but cannot look up: a quoted key holding `\u0000` (`key` is as far as the NUL).
    case unreadableKey(file: String, line: Int?, key: String)

    /// The user-facing text, one line, quoting file, line, key and value.
    public var message: String {
        switch self {
        case .unknownTheme(let name, let available):
            return "unknown theme \(String(reflecting: name)) (available: \(available.joined(separator: ", ")))"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .syntax(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        case .unknownRole(let file, let line, let role):
            return "\(Self.place(file, line)) roles.\(role): unknown role"
        case .unknownKey(let file, let line, let key, let expected):
            return "\(Self.place(file, line)) \(key): unknown key (expected \(Self.list(expected, "or")))"
        case .wrongType(let file, let line, let key, let value, let expected):
            return "\(Self.place(file, line)) \(key): \(value) is not \(expected)"
        case .badColour(let file, let line, let key, let value):
            return "\(Self.place(file, line)) \(key): \(value) is not a colour (a name, 0–255 or #rrggbb)"
        case .badAttribute(let file, let line, let key, let value):
            return "\(Self.place(file, line)) \(key): \(value) is not an attribute "
                + "(\(Self.list(ThemeLoader.attributeNames, "or")))"
        case .unreadableKey(let file, let line, let key):
            return "\(Self.place(file, line)) \(key): \(TOMLDocument.unreadableKey)"
        }
    }

    /// The line the error is on, when known (nil for unknown themes and unreadable files).
    public var line: Int? {
        switch self {
        case .unknownTheme, .unreadable: return nil
        case .syntax(_, let line, _, _): return line
        case .unknownRole(_, let line, _), .unknownKey(_, let line, _, _), .wrongType(_, let line, _, _, _),
             .badColour(_, let line, _, _), .badAttribute(_, let line, _, _), .unreadableKey(_, let line, _):
            return line
        }
    }

    // MARK: - Writing

    /// `file:line:`, or `file:` when the line is not known.
    private static func place(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0):" } ?? "\(file):"
    }

    /// "a, b or c".
    private static func list(_ items: [String], _ conjunction: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}
