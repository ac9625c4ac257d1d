/// Why an article could not be opened. `message` is the one place that writes the user-facing text.
public enum InputError: Error, Equatable, Sendable {
    case notFound(path: String)
    case isDirectory(path: String)
    case permissionDenied(path: String)
    case unreadable(path: String, reason: String)
    case binary(path: String)
    case tooLarge(path: String, limit: Int)
    /// A web page could not be fetched: the fetcher's one line, which names the address.
    case fetch(message: String)

    /// The one-line message shown to the user (without the program name).
    public var message: String {
        switch self {
        case .notFound(let path):
            // "ftp://…", "gopher://…": an address of a kind that is not fetched, read as a file name.
            return "\(path): no such file" + (InputError.isOtherAddress(path) ? " (only http and https addresses are fetched)" : "")
        case .isDirectory(let path): return "\(path): is a directory"
        case .permissionDenied(let path): return "\(path): permission denied"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .binary(let path): return "\(path): binary file (contains NUL bytes); use --force to open it anyway"
        case .fetch(let message): return message
        case .tooLarge(let path, let limit):
            return "\(path): too large (over \(InputError.size(limit)); --max-size raises the limit, up to 4 GiB)"
        }
    }

    /// Whether `path` starts with a URL scheme and "://" (RFC 3986: a letter, then letters, digits, + - .).
    static func isOtherAddress(_ path: String) -> Bool {
        guard let colon = path.utf8.firstIndex(of: 0x3A), path.utf8[colon...].starts(with: "://".utf8) else { return false }
        let scheme = path.utf8[..<colon]
        guard let first = scheme.first, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A else { return false }
        return scheme.allSatisfy { b in (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2D || b == 0x2E }
    }

    /// "2 GiB", "500 MiB", "12 KiB", "900 bytes".
    static func size(_ bytes: Int) -> String {
        for (unit, name) in [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] where bytes >= unit {
            let whole = bytes / unit
            let tenth = (bytes % unit) * 10 / unit
            return tenth == 0 ? "\(whole) \(name)" : "\(whole).\(tenth) \(name)"
        }
        return "\(bytes) bytes"
    }
}
