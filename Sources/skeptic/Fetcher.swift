import SkepticCore
import SkepticTerminal
#if canImport(Glibc)
import Glibc
#endif

/// `skeptic URL`: the page fetched by `skeptic-fetch` (found beside this binary, else on PATH) in a process
/// of its own, its one-line error passed on as it is.
enum Fetcher {
    /// An address the reader fetches rather than opens.
    static func isURL(_ text: String) -> Bool { text.hasPrefix("http://") || text.hasPrefix("https://") }

    /// A content type that names a feed (RSS or Atom; plain XML is looked into by its first bytes).
    static func isFeed(contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasPrefix("application/rss+xml") || type.hasPrefix("application/atom+xml") || type.hasPrefix("application/rdf+xml")
    }

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

    /// How the cache is used: where it is (nil: not at all, `--no-cache`), and whether only it is read.
    struct CacheUse: Sendable {
        var directory: String?
        var offline = false
    }

    /// A fetched page: where it ended up, its type, its bytes, and where they came from.
    struct Page: Sendable {
        enum Origin: String, Sendable {
            case network, revalidated, cache, stale
        }
        var finalURL: String
        var contentType: String
        var body: [UInt8]
        var origin: Origin = .network
        /// When the copy was fetched (seconds since 1970).
        var fetched = 0
        /// Why the network was not used (a stale copy).
        var note = ""

        /// A line for the status bar when the page is not fresh from the network; nil when it is.
        var statusNote: String? {
            switch origin {
            case .network, .revalidated: return nil
            case .cache: return "offline: the copy cached " + Self.age(fetched)
            case .stale: return "the copy cached " + Self.age(fetched) + " (" + note + ")"
            }
        }

        static func age(_ fetched: Int) -> String {
            let seconds = max(0, Int(time(nil)) - fetched)
            switch seconds {
            case ..<90: return "just now"
            case ..<5400: return "\(seconds / 60) minutes ago"
            case ..<(36 * 3600): return "\(seconds / 3600) hours ago"
            default: return "\(seconds / 86400) days ago"
            }
        }
    }

    /// Fetches `url` through the fetch process; `progress` hears the bytes received so far.
    static func fetch(_ url: String, maxBytes: Int, cache: CacheUse = CacheUse(),
                      progress: (Int) -> Void = { _ in }) throws(InputError) -> Page {
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
        var arguments = [program, url, String(maxBytes)]
        if let directory = cache.directory { arguments += ["--cache", directory] }
        if cache.offline { arguments.append("--offline") }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        // Ended with the reader: on quitting, on a stop signal, on any exit.
        if spawned == 0 { ChildProcesses.add(pid) }
        close(out[1])
        close(err[1])
        guard spawned == 0 else {
            close(out[0])
            close(err[0])
            throw .fetch(message: "\(url): cannot start skeptic-fetch")
        }
        // Both pipes at once: the body from stdout, progress lines (and at most one error) from stderr.
        var body: [UInt8] = []
        var messages: [UInt8] = []
        var open: [Int32: Bool] = [out[0]: true, err[0]: true]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while open.values.contains(true) {
            var fds = open.filter(\.value).keys.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for p in fds where p.revents != 0 {
                let n = read(p.fd, &chunk, chunk.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    open[p.fd] = false
                } else if p.fd == out[0] {
                    body.append(contentsOf: chunk[0..<n])
                } else {
                    messages.append(contentsOf: chunk[0..<n])
                    // The newest complete progress line.
                    if let line = String(decoding: messages, as: UTF8.self).split(separator: "\n").last(where: { $0.hasPrefix("fetching ") }),
                       let count = Int(line.dropFirst("fetching ".count).prefix { $0.isNumber }) {
                        progress(count)
                    }
                    if messages.count > 1 << 16 { messages = Array(messages.suffix(4096)) }
                }
            }
        }
        close(out[0])
        close(err[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        ChildProcesses.remove(pid)
        let error = String(decoding: messages, as: UTF8.self).split(separator: "\n").last { !$0.hasPrefix("fetching ") }.map(String.init)
        guard status == 0, let newline = body.firstIndex(of: 0x0A) else {
            throw .fetch(message: Sanitiser.singleLine(error ?? "\(url): the fetch failed"))
        }
        let header = String(decoding: body[..<newline], as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        var page = Page(finalURL: header.first ?? url, contentType: header.count > 1 ? header[1] : "", body: Array(body[(newline + 1)...]))
        if header.count > 2, let origin = Page.Origin(rawValue: header[2]) { page.origin = origin }
        if header.count > 3, let fetched = Int(header[3]) { page.fetched = fetched }
        if header.count > 4 { page.note = Sanitiser.singleLine(header[4]) }
        return page
    }

    /// The charset a content type names ("text/html; charset=ISO-8859-1" → "iso-8859-1"), lower-cased.
    static func charset(contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let value = String(pair[1].filter { $0 != "\"" && $0 != "'" }).lowercased()
                return value.isEmpty ? nil : value
            }
        }
        return nil
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
