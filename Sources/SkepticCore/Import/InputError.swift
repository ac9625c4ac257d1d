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
        case .notFound(let path): return "\(path): no such file"
        case .isDirectory(let path): return "\(path): is a directory"
        case .permissionDenied(let path): return "\(path): permission denied"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .binary(let path): return "\(path): binary file (contains NUL bytes); use --force to open it anyway"
        case .fetch(let message): return message
        case .tooLarge(let path, let limit):
            return "\(path): too large (over \(InputError.size(limit)); --max-size raises the limit, up to 4 GiB)"
        }
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
