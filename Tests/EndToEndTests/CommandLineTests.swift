import Foundation
import Testing

/// The non-interactive side: outline, dump, errors and exit codes.
@Suite struct CommandLineTests {
    let article = SkepticBinary.referenceArticle.path

    @Test func outlinePrintsTheTreeWithLineNumbers() throws {
        let r = try runSkeptic(["--outline", article])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 17)
        #expect(lines[0] == "    1  Putin’s Shocking Proposal: Iran Rejects Joint Missile Defense with Russia!")
        #expect(lines[9] == "   32    JUST IN: Russian President Putin says he offered joint missile defense projects to Iran, but they declined.")
    }

    @Test func dumpAtAWidthAndDumpWhenStdoutIsNotATerminal() throws {
        let r = try runSkeptic(["--dump", "--width", "40", article])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= 38 })
        #expect(!r.stdout.contains("\u{1B}"))
        let plain = try runSkeptic([article])
        #expect(plain.status == 0)
        #expect(plain.stdout == (try runSkeptic(["--dump", "--width", "80", article])).stdout)
        #expect(plain.stdout.hasPrefix("Putin’s Shocking Proposal"))
    }

    @Test func reportAsTextAndJSON() throws {
        let text = try runSkeptic(["--report", article])
        #expect(text.status == 0)
        #expect(text.stdout.contains("85 sentences: 36 hedged (speculative)"))
        #expect(text.stdout.contains("? Such systems ⟨could⟩ enhance"))
        #expect(text.stdout.contains("❝ JUST IN:"))
        let json = try runSkeptic(["--report", "--format", "json", article])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Putin’s Shocking Proposal: Iran Rejects Joint Missile Defense with Russia!")
        #expect(object["format"] as? String == "text")
        #expect((object["sections"] as? [[String: Any]])?.count == 17)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let sentences = blocks.flatMap { ($0["sentences"] as? [[String: Any]]) ?? [] }
        let hedged = sentences.filter { (($0["labels"] as? [String]) ?? []).contains("hedged") }
        #expect(hedged.count == 36)
        #expect(hedged.allSatisfy { !(($0["cues"] as? [Any]) ?? []).isEmpty })
        let bad = try runSkeptic(["--report", "--format", "yaml", article])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--format must be text or json, not 'yaml'"))
    }

    @Test func markupFromStdinIsSniffedAndLibxmlPrintsNothing() throws {
        let html = "<!DOCTYPE html><html><body><article><h1>Tolls</h1><p>Unclosed <b>tags &bogus; <div><p>The port authority said tolls rise by four per cent this spring.</article>"
        let r = try runSkeptic(["--outline", "-"], stdin: Data(html.utf8))
        #expect(r.status == 0)
        #expect(r.stdout == "    1  Tolls\n")
        #expect(r.stderr.isEmpty)
        let md = try runSkeptic(["--outline"], stdin: Data("---\ntitle: Notes\n---\n\n## One\n\nText.\n".utf8))
        #expect(md.stdout == "    2  Notes\n    5    One\n")
        let forced = try runSkeptic(["--from", "txt", "--dump"], stdin: Data("# One\n\nText here.\n".utf8))
        #expect(forced.stdout.hasPrefix("# One"))
        let bad = try runSkeptic(["--from", "rtf", "--outline", "-"], stdin: Data())
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--from must be txt, md or html, not 'rtf'"))
    }

    @Test func stdinIsReadWithADash() throws {
        let r = try runSkeptic(["--outline", "-"], stdin: Data("Title Here\n\nSome body text that is long enough to be a paragraph.\n".utf8))
        #expect(r.stdout == "    1  Title Here\n")
    }

    @Test(arguments: [
        (["/nonexistent/article.txt"], "skeptic: /nonexistent/article.txt: no such file\n"),
        (["/tmp"], "skeptic: /tmp: is a directory\n"),
    ])
    func badPathsGiveOneLineErrors(args: [String], message: String) throws {
        let r = try runSkeptic(args)
        #expect(r.status == 1)
        #expect(r.stderr == message)
        #expect(r.stdout.isEmpty)
    }

    @Test func binaryFilesNeedForce() throws {
        let file = try temporaryFile("abc\u{0}def\n", name: "data.bin")
        let r = try runSkeptic([file])
        #expect(r.status == 1)
        #expect(r.stderr == "skeptic: \(file): binary file (contains NUL bytes); use --force to open it anyway\n")
        let forced = try runSkeptic(["--force", file])
        #expect(forced.status == 0)
        #expect(forced.stdout == "abc^@def\n")
    }

    @Test func emptyFileDumpsNothing() throws {
        let file = try temporaryFile("")
        let r = try runSkeptic(["--dump", file])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
    }

    @Test func unreadableFileIsReported() throws {
        let file = try temporaryFile("secret words\n", name: "secret.txt")
        chmod(file, 0o000)
        if getuid() == 0 {
            // Root reads anything: run as nobody to see the error a user gets.
            let binary = SkepticBinary.url.path
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: (file as NSString).deletingLastPathComponent)
            let r = try runProcess(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                   ["--reuid=65534", "--regid=65534", "--clear-groups", binary, file])
            if r.stderr.contains("Permission denied") && r.stderr.contains(binary) { return } // binary not reachable as nobody
            #expect(r.status == 1)
            #expect(r.stderr == "skeptic: \(file): permission denied\n")
        } else {
            let r = try runSkeptic([file])
            #expect(r.status == 1)
            #expect(r.stderr == "skeptic: \(file): permission denied\n")
        }
    }

    @Test(arguments: [
        ("dumb", "skeptic: terminal type 'dumb' cannot show the reader; use --dump for plain output"),
        ("no-such-terminal", "skeptic: unknown terminal type 'no-such-terminal' (TERM); use --dump for plain output"),
    ])
    func unusableTerminalsAreRefused(term: String, message: String) throws {
        // A real terminal on stdout (tmux) so that the reader would start.
        let cmd = "TERM=\(term) exec \(TmuxSession.shellQuote(SkepticBinary.url.path)) \(TmuxSession.shellQuote(article))"
        let s = try TmuxSession(width: 120, height: 10, command: cmd)
        #expect(try s.waitForExit() == 1)
        #expect(s.screen().contains(message))
    }
}
