#if canImport(Glibc)
import Glibc
#endif

/// What the reader remembers between runs, under `$XDG_STATE_HOME/skeptic/` (else `~/.local/state/skeptic/`):
/// the reading position of each file, keyed by its path and a hash of its content, and the search history.
/// Files are small text files, one entry a line, rewritten whole; a broken one is ignored.
///
/// Several readers may quit at once: each change is a read–merge–write under an exclusive `flock` on
/// `.lock` in the folder, written to a new temporary file that is fsynced, renamed over the old one (its
/// target, when the state file is a symbolic link) and the folder fsynced. A change that cannot be saved
/// leaves no temporary file behind and says why (`SaveError`).
public struct ReadingState: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The state directory from `XDG_STATE_HOME` (absolute only, as the spec says) or `HOME`; nil without either.
    public static func directory(stateHome: String?, home: String?) -> String? {
        if let xdg = stateHome, xdg.hasPrefix("/") { return xdg + "/skeptic" }
        guard let home, !home.isEmpty else { return nil }
        return home + "/.local/state/skeptic"
    }

    public static let maximumPositions = 500

    /// Why a change was not saved: the one line the reader prints after it has left the screen.
    public struct SaveError: Error, Equatable, Sendable {
        public let path: String
        public let reason: String
        public var message: String { "skeptic: cannot save \(path): \(reason)" }
    }

    // MARK: - Positions

    /// The key of a file's content: an FNV-1a-style hash over its size and its first and last 16 KiB (cheap for big files,
    /// and a file that was edited gets another key; this runs before the first screen).
    public static func contentKey(path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        var hash: UInt64 = 0xcbf29ce484222325
        // FNV-1a over 8-byte words, not a byte at a time: this runs at start-up.
        func mix(_ bytes: UnsafeRawBufferPointer) {
            var i = 0
            while i + 8 <= bytes.count {
                hash ^= bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                hash = (hash &* 0x100000001b3) ^ (hash >> 29)
                i += 8
            }
            while i < bytes.count {
                hash ^= UInt64(bytes[i])
                hash = hash &* 0x100000001b3
                i += 1
            }
        }
        withUnsafeBytes(of: UInt64(size)) { mix($0) }
        // The first and the last 16 KiB (once for a small file). The buffer is not zeroed first and no set
        // sorts the offsets: this runs before the first screen, where every page touched costs.
        let chunk = 16384
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 8)
        defer { buffer.deallocate() }
        for offset in size > chunk ? [0, size - chunk] : [0] {
            let n = pread(fd, buffer.baseAddress, chunk, off_t(offset))
            guard n >= 0 else { return nil }
            mix(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return String(hash, radix: 16)
    }

    /// The key of bytes that are not a file (a fetched page): the same hash over all of them.
    public static func contentKey(bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        withUnsafeBytes(of: UInt64(bytes.count)) { for b in $0 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 } }
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        return String(hash, radix: 16)
    }

    /// The absolute path of a file (positions are kept by it).
    public static func absolute(_ path: String) -> String { AtomicFile.realPath(path) ?? path }

    /// The saved byte offset of the top line for this file and content.
    /// (On the file's bytes, newest line first, with no string made per line: this runs before the first screen,
    /// and the file keeps up to 500 entries.)
    public func position(path: String, key: String) -> Int? {
        let file = Array(Self.absolute(path).utf8)
        let keyBytes = Array(key.utf8)
        let bytes = readAll("positions")
        var end = bytes.count
        if end > 0 && bytes[end - 1] == 0x0A { end -= 1 }
        while end > 0 {
            var start = end
            while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
            defer { end = start - 1 }
            // key TAB offset TAB path
            guard end - start > keyBytes.count + 2, bytes[start..<(start + keyBytes.count)].elementsEqual(keyBytes),
                  bytes[start + keyBytes.count] == 0x09 else { continue }
            var i = start + keyBytes.count + 1
            var offset = 0
            var digits = 0
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 18 {
                offset = offset * 10 + Int(bytes[i] - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0, i < end, bytes[i] == 0x09, bytes[(i + 1)..<end].elementsEqual(file) else { continue }
            return offset
        }
        return nil
    }

    /// Saves where the reader is in a file (the newest entry last; old entries drop off), merged under the
    /// lock with what other readers saved meanwhile.
    @discardableResult
    public func save(position offset: Int, path: String, key: String) -> SaveError? {
        let file = Self.absolute(path)
        return update("positions") { old in
            var entries = old.filter { line in
                let parts = line.split(separator: "\t", maxSplits: 2)
                return parts.count == 3 && String(parts[2]) != file
            }
            entries.append("\(key)\t\(offset)\t\(file)")
            return Array(entries.suffix(Self.maximumPositions))
        }
    }

    // MARK: - Search history

    public func searchHistory() -> [String] { lines("history") }

    /// Saves the search history: this reader's searches last (newest), after the others' that it does not repeat.
    @discardableResult
    public func save(searchHistory: [String]) -> SaveError? {
        update("history") { old in
            let mine = Set(searchHistory)
            return Array((old.filter { !mine.contains($0) } + searchHistory).suffix(100))
        }
    }

    // MARK: - Files

    private func lines(_ name: String) -> [String] {
        guard let f = fopen(directory + "/" + name, "r") else { return [] }
        defer { fclose(f) }
        var out: [String] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&line, &capacity, f) > 0, let l = line {
            var s = String(cString: l)
            if s.hasSuffix("\n") { s.removeLast() }
            if !s.isEmpty { out.append(s) }
        }
        free(line)
        return out
    }

    /// A state file's bytes (none if it cannot be read).
    private func readAll(_ name: String) -> [UInt8] {
        let fd = open(directory + "/" + name, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0, st.st_size < 64 << 20 else { return [] }
        let size = Int(st.st_size)
        return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                count += n
            }
        }
    }

    /// Reads, changes and writes a state file under the folder's lock.
    private func update(_ name: String, _ change: ([String]) -> [String]) -> SaveError? {
        let path = directory + "/" + name
        guard makeDirectory(directory) else { return SaveError(path: directory, reason: "cannot make the folder (\(Self.reason()))") }
        let lock = open(directory + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return SaveError(path: path, reason: Self.reason()) }
        defer { Glibc.close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { return SaveError(path: path, reason: "cannot lock (\(Self.reason()))") }
        }
        defer { flock(lock, LOCK_UN) }
        return write(path, change(lines(name)))
    }

    /// Writes the lines of a state file (see `AtomicFile`; a symbolic link is kept and its target replaced).
    private func write(_ path: String, _ lines: [String]) -> SaveError? {
        var bytes: [UInt8] = []
        for line in lines where !line.contains("\n") {
            bytes += line.utf8
            bytes.append(0x0A)
        }
        return AtomicFile.write(bytes, to: path).map { SaveError(path: path, reason: $0) }
    }

    static func reason() -> String { String(cString: strerror(errno)) }

    private func makeDirectory(_ path: String) -> Bool {
        var st = stat()
        if stat(path, &st) == 0 { return (st.st_mode & S_IFMT) == S_IFDIR }
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !parent.isEmpty && !makeDirectory(parent) { return false }
        return mkdir(path, 0o700) == 0 || errno == EEXIST
    }
}

