import Foundation
import Testing

/// `skeptic URL` against a local HTTP server the test starts (no internet): the page read through
/// skeptic-fetch, clear one-line errors for what goes wrong.
@Suite(.serialized) struct FetchTests {
    /// Python's http.server on a port the kernel picks, serving `directory`; stopped on deinit.
    final class LocalServer {
        let process = Process()
        let port: Int

        init(directory: URL) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory.path]
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

        deinit { process.terminate() }

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
