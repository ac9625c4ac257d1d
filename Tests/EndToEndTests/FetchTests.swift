import Foundation
import Testing

/// `skeptic URL` against a local HTTP server the test starts (no internet): the page read through
/// skeptic-fetch, clear one-line errors for what goes wrong.
@Suite(.serialized) struct FetchTests {
    /// Python's http.server on a port the kernel picks, serving `directory`; stopped on deinit.
    final class LocalServer {
        let process = Process()
        let port: Int

        /// Python's own file server, or `script` (a Python program that prints "port N" once it listens).
        init(directory: URL, script: String? = nil) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            if let script {
                let file = directory.appendingPathComponent("server.py")
                try Data(script.utf8).write(to: file)
                process.arguments = ["-u", file.path]
            } else {
                process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory.path]
            }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
            var text = ""
            let deadline = Date().addingTimeInterval(10)
            while !text.contains("port "), Date() < deadline {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let range = text.range(of: "port "), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
                process.terminate()
                throw CocoaError(.fileReadUnknown)
            }
            self.port = port
        }

        /// SIGKILL: the test process blocks the usual signals, and a child started by Foundation inherits that
        /// mask (SIGTERM left the servers running after the tests); waited for, so the port is closed on return.
        deinit {
            let pid = process.processIdentifier
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }
    }

    static func site() throws -> URL {
        let dir = temporaryDirectory("site")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = "<html><head><title>Tolls | Port News</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Tolls rise</h1>"
            + "<p>The port authority said on Monday that tolls may rise by four per cent this spring, officials said.</p>"
            + "<p>Shipping firms expect the rise to be passed on to customers within weeks, a spokesman added.</p></article></body></html>"
        try Data(page.utf8).write(to: dir.appendingPathComponent("tolls.html"))
        try Data("# Notes\n\nThe levy could fall.\n".utf8).write(to: dir.appendingPathComponent("notes.md"))
        try Data([0x25, 0x50, 0x44, 0x46]).write(to: dir.appendingPathComponent("paper.pdf"))
        return dir
    }

    @Test func aPageIsFetchedAndReadLikeAFile() throws {
        let server = try LocalServer(directory: try Self.site())
        let outline = try runSkeptic(["--outline", server.url("tolls.html")])
        #expect(outline.status == 0, "\(outline.stderr)")
        #expect(outline.stdout == "    1  Tolls rise\n")
        let report = try runSkeptic(["--report", "--format", "json", server.url("tolls.html")])
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        #expect(json?["format"] as? String == "html")
        #expect(json?["name"] as? String == server.url("tolls.html"))
        #expect(((json?["summary"] as? [String: Any])?["hedged"] as? Int) == 2)
        let md = try runSkeptic(["--dump", server.url("notes.md")])
        #expect(md.stdout.hasPrefix("Notes"))
        let s = try TmuxSession(width: 80, height: 24, skeptic: [server.url("tolls.html")])
        try s.waitFor("rise by four per cent")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func failuresAreOneLineAndExitNonZero() throws {
        let server = try LocalServer(directory: try Self.site())
        let missing = try runSkeptic(["--dump", server.url("gone.html")])
        #expect(missing.status == 1 && missing.stderr == "skeptic: \(server.url("gone.html")): HTTP 404\n")
        let pdf = try runSkeptic(["--dump", server.url("paper.pdf")])
        #expect(pdf.status == 1 && pdf.stderr == "skeptic: \(server.url("paper.pdf")): not HTML, Markdown or text (application/pdf)\n")
        let big = try runSkeptic(["--dump", "--max-size", "100", server.url("tolls.html")])
        #expect(big.status == 1 && big.stderr.hasPrefix("skeptic: \(server.url("tolls.html")): too large (over 100 bytes"))
        let refused = try runSkeptic(["--dump", "http://127.0.0.1:1/x"])
        #expect(refused.status == 1 && refused.stderr.hasPrefix("skeptic: http://127.0.0.1:1/x: connection refused"))
        #expect(refused.stderr.split(separator: "\n").count == 1)
    }
}

/// The page cache (revalidated, offline, stale when the network fails), the progress screen, the HTTP
/// header's charset, and a page's review kept by its final address.
@Suite(.serialized) struct PageCacheTests {
    static let fetchProgram = SkepticBinary.url.deletingLastPathComponent().appendingPathComponent("skeptic-fetch")

    /// The FROM field of skeptic-fetch's header line, and the body.
    static func fetch(_ url: String, cache: String, _ extra: [String] = []) throws -> (from: String, body: String) {
        let r = try runProcess(fetchProgram, [url, "1000000", "--cache", cache] + extra)
        #expect(r.status == 0, "skeptic-fetch: \(r.stderr)")
        let header = r.stdout.prefix { $0 != "\n" }.split(separator: "\t", omittingEmptySubsequences: false)
        return (header.count > 2 ? String(header[2]) : "", String(r.stdout.drop { $0 != "\n" }.dropFirst()))
    }

    @Test func pagesAreCachedRevalidatedAndReadOffline() throws {
        let site = try FetchTests.site()
        let cache = temporaryDirectory("cache").path
        let env = testEnvironment(adding: ["XDG_CACHE_HOME": cache])
        var server: FetchTests.LocalServer? = try FetchTests.LocalServer(directory: site)
        let url = server!.url("tolls.html")
        // Fetched, then revalidated (the server's Last-Modified: 304, the cached body).
        let first = try Self.fetch(url, cache: cache + "/skeptic")
        #expect(first.from == "network" && first.body.contains("Tolls rise"))
        let second = try Self.fetch(url, cache: cache + "/skeptic")
        #expect(second.from == "revalidated" && second.body == first.body)
        // A changed page is fetched again.
        let page = site.appendingPathComponent("tolls.html")
        try Data("<html><body><article><h1>Tolls fall</h1><p>The port authority cut tolls by two per cent on Friday, officials said.</p></article></body></html>".utf8).write(to: page)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(120)], ofItemAtPath: page.path)
        let third = try Self.fetch(url, cache: cache + "/skeptic")
        #expect(third.from == "network" && third.body.contains("Tolls fall"))
        // Offline: from the cache, and said so.
        let offline = try runSkeptic(["--offline", "--dump", url], environment: env)
        #expect(offline.status == 0 && offline.stdout.hasPrefix("Tolls fall"))
        #expect(offline.stderr == "skeptic: \(url): offline: the copy cached just now\n")
        let notCached = try runSkeptic(["--offline", "--dump", server!.url("notes.md")], environment: env)
        #expect(notCached.status == 1 && notCached.stderr == "skeptic: \(server!.url("notes.md")): not in the cache (--offline reads only from it)\n")
        #expect(try runSkeptic(["--offline", "--no-cache", url], environment: env).status == 64)
        // --no-cache keeps nothing.
        let elsewhere = temporaryDirectory("no-cache").path
        let uncached = try runSkeptic(["--no-cache", "--dump", server!.url("notes.md")], environment: testEnvironment(adding: ["XDG_CACHE_HOME": elsewhere]))
        #expect(uncached.status == 0 && !FileManager.default.fileExists(atPath: elsewhere + "/skeptic"))
        // The server gone: the cached copy, with the reason.
        server = nil
        let stale = try runSkeptic(["--dump", url], environment: env)
        #expect(stale.status == 0 && stale.stdout.hasPrefix("Tolls fall"))
        #expect(stale.stderr == "skeptic: \(url): the copy cached just now (connection refused)\n")
    }

    /// A server that sends the first part of a long page and holds the rest until the test opens the FIFO
    /// `release` in its folder (no timing: the test says when), and a Windows-1252 page whose header outranks
    /// its own <meta>.
    static let slowServer = #"""
        import http.server, os
        page = ("<html><head><title>Port</title></head><body><article><h1>Tolls rise</h1>"
                + "".join("<p>Paragraph %d: the port authority said tolls may rise by four per cent, officials said.</p>" % i
                          for i in range(2000)) + "</article></body></html>").encode()
        latin = ('<html><head><meta charset="utf-8"></head><body><article><h1>Café prices</h1><p>The café on the quay '
                 + 'may raise its prices by ten per cent this summer, its owner said on Monday.</p></article></body></html>').encode("cp1252")
        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args): pass
            def do_GET(self):
                body, kind = (latin, "text/html; charset=windows-1252") if self.path == "/latin.html" else (page, "text/html")
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for i in range(0, len(body), 16384):
                    self.wfile.write(body[i:i + 16384])
                    self.wfile.flush()
                    if self.path == "/slow.html" and i == 16384 * 2:
                        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "release")) as gate: gate.read()
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        print("port %d" % server.server_address[1], flush=True)
        server.serve_forever()
        """#

    @Test func theFirstScreenShowsProgressUntilThePageComes() throws {
        let site = try FetchTests.site()
        let gate = site.appendingPathComponent("release").path
        #expect(mkfifo(gate, 0o600) == 0)
        let server = try FetchTests.LocalServer(directory: site, script: Self.slowServer)
        let url = server.url("slow.html")
        let s = try TmuxSession(width: 100, height: 24, skeptic: [url])
        try s.waitUntil("progress") { $0.contains("fetching \(url) … ") && $0.contains("KB") }
        // Now the rest of the page.
        let release = open(gate, O_WRONLY)
        #expect(release >= 0)
        close(release)
        try s.waitUntil("the page") { $0.contains("Paragraph 0: the port authority") && !$0.contains("fetching ") }
        s.send("q")
        #expect(try s.waitForExit() == 0)
        // A page that does not come: the reader closes and says why, exit 1.
        let gone = try TmuxSession(width: 100, height: 24, skeptic: ["http://127.0.0.1:1/x"])
        try gone.waitFor("connection refused")
        #expect(try gone.waitForExit() == 1)
    }

    /// A server that takes requests and never answers them.
    static let hangingServer = #"""
        import socket
        s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", 0)); s.listen(16)
        print("port %d" % s.getsockname()[1], flush=True)
        held = []
        while True:
            c, _ = s.accept(); held.append(c)
        """#

    /// The pids of the processes whose command line holds `text`.
    static func processes(holding text: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry), let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return line.contains("skeptic-fetch") && line.contains(text) ? pid : nil
        }
    }

    /// Polls until no process's command line holds `text`; false at the timeout.
    static func waitUntilGone(_ text: String, timeout: TimeInterval = 30) -> Bool {
        poll(timeout: timeout) { processes(holding: text).isEmpty }
    }

    /// Quitting, or a stop signal, while a page is being fetched ends the fetch process too.
    @Test(arguments: ["q", "TERM"]) func quittingDuringAFetchEndsTheFetchProcess(_ how: String) throws {
        let server = try FetchTests.LocalServer(directory: try FetchTests.site(), script: Self.hangingServer)
        let url = server.url("hang-\(how).html")
        let s = try TmuxSession(width: 100, height: 24, skeptic: ["--no-cache", url])
        defer { s.kill() }
        try s.waitFor("fetching")
        #expect(poll(timeout: 30) { !Self.processes(holding: url).isEmpty }, "no skeptic-fetch for \(url)")
        if how == "q" { s.send("q") } else { s.sendSignal(SIGTERM) }
        _ = try s.waitForExit()
        #expect(Self.waitUntilGone(url))
    }

    @Test func theHeadersCharsetOutranksThePages() throws {
        let server = try FetchTests.LocalServer(directory: try FetchTests.site(), script: Self.slowServer)
        let r = try runSkeptic(["--dump", server.url("latin.html")])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Café prices"))
        #expect(r.stdout.contains("The café on the quay"))
    }

    /// A page's relative link is resolved against the page's address and fetched in place of the page; `B`
    /// comes back; a link to a page that is not there leads back with the reason.
    @Test func aPagesLinkIsFetchedAndBackReturns() throws {
        let dir = try FetchTests.site()
        let server = try FetchTests.LocalServer(directory: dir)
        let page = "<html><head><title>Index</title></head><body><article><h1>Port index</h1>"
            + "<p>The port authority publishes its notices here, and the latest is about the tolls it may raise this spring.</p>"
            + "<p>Read <a href=\"tolls.html\">the tolls notice</a> or <a href=\"/old/../gone.html\">an old notice</a> for the detail of it.</p>"
            + "</article></body></html>"
        try Data(page.utf8).write(to: dir.appendingPathComponent("index.html"))
        let home = temporaryDirectory("page-links").path
        let s = try TmuxSession(width: 100, height: 24, skeptic: [server.url("index.html")],
                                environment: ["XDG_CACHE_HOME": home + "/cache", "XDG_STATE_HOME": home + "/state"])
        defer { s.kill() }
        try s.waitFor("the tolls notice[1]")
        s.send("o")
        s.sendLiteral("1")
        s.send("Enter")
        try s.waitFor("Shipping firms expect")
        s.send("B")
        try s.waitFor("the tolls notice[1]")
        s.send("o")
        s.sendLiteral("2")
        s.send("Enter")
        try s.waitFor("HTTP 404")
        try s.waitFor("the tolls notice[1]")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func aPagesReviewAndPositionAreKeptByItsAddress() throws {
        let server = try FetchTests.LocalServer(directory: try FetchTests.site(), script: Self.slowServer)
        let url = server.url("fast.html")
        let home = temporaryDirectory("page-review").path
        let env = ["XDG_DATA_HOME": home + "/data", "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache"]
        let s = try TmuxSession(width: 100, height: 24, skeptic: [url], environment: env)
        try s.waitFor("hedge 0/2000")
        s.send("s")
        try s.waitFor("hedge 1/2000")
        s.send("a")
        try s.waitFor("note: ")
        s.sendLiteral("who said it")
        s.send("Enter")
        try s.waitFor("note: who said it")
        s.send("G")
        try s.waitFor("END")
        s.send("q")
        #expect(try s.waitForExit() == 0)
        // Reopened: where it was left, and the note exported by the page's address.
        let again = try TmuxSession(width: 100, height: 24, skeptic: [url], environment: env)
        try again.waitFor("Paragraph 1999")
        again.send("q")
        #expect(try again.waitForExit() == 0)
        let export = try runSkeptic(["--export", "md", url], environment: testEnvironment(adding: env))
        #expect(export.status == 0)
        #expect(export.stdout.contains("who said it"), "\(export.stdout.prefix(400))")
    }
}

/// Several articles on the command line: printed one after the other, or read one at a time (`:n`, `:p`).
@Suite struct SeveralArticlesTests {
    @Test func outlinesOneAfterTheOther() throws {
        let a = try temporaryFile("# Alpha\n\nText.\n", name: "a.md")
        let b = try temporaryFile("# Beta\n\nMore text.\n", name: "b.md")
        let r = try runSkeptic(["--outline", a, b])
        #expect(r.status == 0)
        #expect(r.stdout == "==> \(a) <==\n    1  Alpha\n\n==> \(b) <==\n    1  Beta\n")
        let missing = try runSkeptic(["--outline", a, "/nonexistent.md"])
        #expect(missing.status == 1 && missing.stderr == "skeptic: /nonexistent.md: no such file\n")
        #expect(missing.stdout.contains("Alpha"))
    }

    @Test func colonNAndColonPMoveBetweenArticles() throws {
        let a = try temporaryFile("# Alpha\n\nThe first article may be short.\n", name: "a.md")
        let b = try temporaryFile("# Beta\n\nThe second article is shorter.\n", name: "b.md")
        let s = try TmuxSession(width: 80, height: 24, skeptic: [a, b])
        try s.waitFor("article 1 of 2")
        s.send(":")
        s.sendLiteral("n")
        s.send("Enter")
        try s.waitUntil("the second article") { $0.contains("The second article is shorter.") && $0.contains("article 2 of 2") }
        s.send(":")
        s.sendLiteral("n")
        s.send("Enter")
        try s.waitFor("This is the last article (2 of 2)")
        s.send(":")
        s.sendLiteral("p")
        s.send("Enter")
        try s.waitFor("The first article may be short.")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }
}
