#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading an input may take: at most `maxBytes`, and (unless forced) no NUL byte — checked as the
/// bytes arrive, so that `/dev/zero` or a binary on stdin is refused at once, not after filling memory.
public struct InputLimits: Sendable, Equatable {
    public var maxBytes: Int
    public var refuseBinary: Bool

    /// The most an article may be: documents store 32-bit offsets.
    public static let hardMaximum = Int(UInt32.max) - 1
    /// The default cap for articles (`--max-size` changes it, up to `hardMaximum`).
    public static let defaultMaxBytes = 2 << 30

    public init(maxBytes: Int = InputLimits.defaultMaxBytes, refuseBinary: Bool = true) {
        self.maxBytes = min(max(1, maxBytes), Self.hardMaximum)
        self.refuseBinary = refuseBinary
    }

    public static let articles = InputLimits()
}

/// Reads an article's bytes from a file or standard input, mapping system errors to `InputError`.
public enum InputReader {
    /// Reads the whole file at `path`.
    public static func read(path: String, limits: InputLimits = .articles) throws(InputError) -> [UInt8] {
        try withOpenFile(path) { (fd, st) throws(InputError) in
            try readAll(fd: fd, sizeHint: Int(st.st_size), name: path, limits: limits)
        }
    }

    /// Reads at most `limit` bytes from the start of the file at `path`, and tells the file's size.
    public static func readOpening(path: String, limit: Int, limits: InputLimits = .articles) throws(InputError)
        -> (bytes: [UInt8], fileSize: Int) {
        try withOpenFile(path) { (fd, st) throws(InputError) in
            let size = Int(st.st_size)
            guard (st.st_mode & S_IFMT) == S_IFREG, size > limit else {
                let all = try readAll(fd: fd, sizeHint: size, name: path, limits: limits)
                return (all, all.count)
            }
            if size > limits.maxBytes { throw .tooLarge(path: path, limit: limits.maxBytes) }
            return (try readChunk(fd: fd, size: limit, name: path), size)
        }
    }

    /// Opens a file that is not a directory, runs `body` with its descriptor and status, and closes it.
    static func withOpenFile<T>(_ path: String, _ body: (Int32, stat) throws(InputError) -> T) throws(InputError) -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(errno, path: path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw error(errno, path: path) }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        return try body(fd, st)
    }

    /// Reads standard input to its end.
    public static func readStandardInput(limits: InputLimits = .articles) throws(InputError) -> [UInt8] {
        try readAll(fd: 0, sizeHint: 0, name: "stdin", limits: limits)
    }

    /// Reads to end of file. A regular file is read in one piece of its size; a pipe or device in growing
    /// chunks, each checked against the limits as it arrives.
    static func readAll(fd: Int32, sizeHint: Int, name: String, limits: InputLimits = .articles) throws(InputError) -> [UInt8] {
        if sizeHint > limits.maxBytes { throw .tooLarge(path: name, limit: limits.maxBytes) }
        var result = [UInt8]()
        var chunkSize = min(max(sizeHint + 1, 64 * 1024), limits.maxBytes + 1)
        // UTF-16 text holds NUL bytes: a BOM at the start says so.
        var utf16: Bool?
        while true {
            let size = chunkSize
            let chunk = try readChunk(fd: fd, size: size, name: name)
            if utf16 == nil, !chunk.isEmpty {
                utf16 = chunk.count >= 2 && ((chunk[0] == 0xFF && chunk[1] == 0xFE) || (chunk[0] == 0xFE && chunk[1] == 0xFF))
            }
            if limits.refuseBinary, utf16 != true, !chunk.isEmpty, chunk.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) }) != nil {
                throw .binary(path: name)
            }
            if result.isEmpty { result = chunk } else { result.append(contentsOf: chunk) }
            if result.count > limits.maxBytes { throw .tooLarge(path: name, limit: limits.maxBytes) }
            if chunk.count < size { return result }
            chunkSize = min(max(chunkSize, result.count), limits.maxBytes + 1 - result.count + 1)
        }
    }

    /// Reads up to `size` bytes (fewer only at the end of the file), retrying interrupted reads.
    static func readChunk(fd: Int32, size: Int, name: String) throws(InputError) -> [UInt8] {
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var filled = 0
            while filled < size {
                let n = Glibc.read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                filled += n
            }
            initialized = filled
        }
        if failure != 0 { throw error(failure, path: name) }
        return bytes
    }

    static func error(_ code: Int32, path: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        case EISDIR: return .isDirectory(path: path)
        default: return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
