import SkepticCore
#if canImport(Glibc)
import Glibc
#endif

/// `skeptic URL`: the page fetched by `skeptic-fetch` (found beside this binary, else on PATH) in a process
/// of its own, its one-line error passed on as it is.
enum Fetcher {
    /// An address the reader fetches rather than opens.
    static func isURL(_ text: String) -> Bool { text.hasPrefix("http://") || text.hasPrefix("https://") }

    /// The fetch program: beside the running binary (as the build and an install put it), else on PATH.
    static func program() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let me = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let beside = String(me[..<(me.lastIndex(of: "/") ?? me.endIndex)]) + "/skeptic-fetch"
            if access(beside, X_OK) == 0 { return beside }
        }
        for dir in (getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(dir) + "/skeptic-fetch"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Fetches `url`: the final address after redirects, the content type, the body.
    static func fetch(_ url: String, maxBytes: Int) throws(InputError) -> (finalURL: String, contentType: String, body: [UInt8]) {
        guard let program = program() else { throw .fetch(message: "\(url): skeptic-fetch is not installed beside skeptic") }
        var out: [Int32] = [0, 0], err: [Int32] = [0, 0]
        guard pipe(&out) == 0, pipe(&err) == 0 else { throw .fetch(message: "\(url): cannot start skeptic-fetch") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        posix_spawn_file_actions_addclose(&actions, out[0])
        posix_spawn_file_actions_addclose(&actions, err[0])
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(program), strdup(url), strdup(String(maxBytes)), nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        close(out[1])
        close(err[1])
        guard spawned == 0 else {
            close(out[0])
            close(err[0])
            throw .fetch(message: "\(url): cannot start skeptic-fetch")
        }
        // stderr is small (progress and at most one error line): read it after the body, from its pipe.
        let body = drain(out[0])
        let messages = String(decoding: drain(err[0]), as: UTF8.self)
        close(out[0])
        close(err[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let error = messages.split(separator: "\n").last { !$0.hasPrefix("fetching ") }.map(String.init)
        guard status == 0, let newline = body.firstIndex(of: 0x0A) else {
            throw .fetch(message: Sanitiser.singleLine(error ?? "\(url): the fetch failed"))
        }
        let header = String(decoding: body[..<newline], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
        return (String(header.first ?? Substring(url)), header.count > 1 ? String(header[1]) : "", Array(body[(newline + 1)...]))
    }

    /// Everything a descriptor gives until its end.
    static func drain(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// The format a content type names; nil for one the reader does not read.
    static func format(contentType: String) -> Document.Format?? {
        let type = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch type {
        case "": return .some(nil)  // not said: sniffed
        case "text/html", "application/xhtml+xml": return .html
        case "text/markdown", "text/x-markdown": return .markdown
        case "text/plain": return .plainText
        default: return nil
        }
    }
}
