#if canImport(Glibc)
import Glibc
#endif

/// Writing a file so that it is either the old one or the new one, whole: a new temporary file beside it,
/// written and fsynced, renamed over the old one (over its target, when the path is a symbolic link), and the
/// folder fsynced — a crash never leaves half a file, or a rename that reached the disk before the bytes.
public enum AtomicFile {
    /// Writes `bytes` to `path`; nil when done, else the reason it was not (nothing is left behind then).
    public static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) -> String? {
        let target = linkTarget(path)
        let temporary = target + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { return reason() }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failure = reason(); return }
                done += n
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = reason() }
        if Glibc.close(fd) != 0 && failure == nil { failure = reason() }
        if failure == nil && rename(temporary, target) != 0 { failure = reason() }
        if let failure {
            unlink(temporary)
            return failure
        }
        let folder = String(target[..<(target.lastIndex(of: "/") ?? target.startIndex)])
        let dir = open(folder.isEmpty ? (target.hasPrefix("/") ? "/" : ".") : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            Glibc.close(dir)
        }
        return nil
    }

    /// The file a path names once symbolic links are followed (the path itself when it is none, or dangles).
    public static func linkTarget(_ path: String) -> String {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK else { return path }
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        // A dangling link: write where it points.
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, Int(PATH_MAX))
        guard n > 0 else { return path }
        let link = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if link.hasPrefix("/") { return link }
        return String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) + "/" + link
    }

    /// The absolute path of an existing file, links followed; nil when there is none.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func reason() -> String { String(cString: strerror(errno)) }
}
