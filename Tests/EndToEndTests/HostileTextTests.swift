import Foundation
import Testing

/// Control characters, escape sequences and bidirectional or invisible characters from an article, a file
/// name, an option or a config file never reach the terminal or stdout raw (the Trojan Source problem).
@Suite struct HostileTextTests {
    /// Bytes that must not appear: ESC, BEL, CSI (C2 9B), and the bidi and zero-width characters.
    static let forbidden: [[UInt8]] = [[0x1B], [0x07], [0xC2, 0x9B]] + ["\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{200F}"].map { Array($0.utf8) }

    static func clean(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !forbidden.contains { f in
            bytes.indices.contains { i in i + f.count <= bytes.count && Array(bytes[i..<(i + f.count)]) == f }
        }
    }

    static func article() throws -> String {
        try temporaryFile("# Rates \u{202E}evil\u{202C}\n\nThe bank \u{2066}may\u{2069} cut rates\u{200B}, critics say \u{1B}]0;pwned\u{07} \u{9B}31m today.\n",
                          name: "trojan.md")
    }

    @Test func everyOutputShowsThemVisibly() throws {
        let path = try Self.article()
        for args in [["--dump"], ["--report"], ["--report", "--format", "json"], ["--outline"]] {
            let r = try runSkeptic(args + [path])
            #expect(r.status == 0, "\(args)")
            #expect(Self.clean(r.stdout), "\(args): \(r.stdout)")
        }
        let dump = try runSkeptic(["--dump", path])
        #expect(dump.stdout.contains("<U+202E>evil<U+202C>"))
        #expect(dump.stdout.contains("<U+2066>may<U+2069>"))
        let json = try runSkeptic(["--report", "--format", "json", path])
        #expect(json.stdout.contains("\\u202eevil\\u202c"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let blocks = parsed?["blocks"] as? [[String: Any]] ?? []
        #expect(blocks.contains { ($0["text"] as? String)?.contains("\u{2066}may\u{2069}") == true }, "JSON keeps the text, escaped")
    }

    @Test func messagesQuoteBadInputVisibly() throws {
        let missing = try runSkeptic(["/tmp/no\u{1B}]0;x\u{07}file"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "skeptic: /tmp/no^[]0;x^Gfile: no such file\n")
        let option = try runSkeptic(["--bad\u{1B}[31m"])
        #expect(option.status != 0)
        #expect(Self.clean(option.stderr) && option.stderr.contains("--bad^[[31m"))
        let home = temporaryDirectory("hostile-config")
        let dir = home.appendingPathComponent("skeptic")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(#"theme = "\u001B]0;t\u0007"\#n[keys]\#n"fly\u001B" = "y"\#n"#.utf8).write(to: dir.appendingPathComponent("config.toml"))
        let printed = try runSkeptic(["--print-config"], environment: testEnvironment(adding: ["XDG_CONFIG_HOME": home.path]))
        #expect(Self.clean(printed.stdout), "\(printed.stdout)")
        #expect(Self.clean(printed.stderr), "\(printed.stderr)")
        #expect(printed.stdout.contains("theme = \"^[]0;t^G\""))
        let help = try runSkeptic(["--help"])
        #expect(help.status == 0 && help.stdout.hasPrefix("OVERVIEW:") && help.stderr.isEmpty)
    }

    @Test func theReaderShowsThemVisibly() throws {
        let path = try Self.article()
        let s = try TmuxSession(width: 100, height: 24, skeptic: [path])
        try s.waitFor("<U+2066>may<U+2069>")
        #expect(Self.clean(s.screen()))
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }
}

/// Inputs that froze the reader: each must leave it answering keys (a deadline that fails, not a sleep).
@Suite struct FreezeTests {
    @Test func aLetterWithThousandsOfCombiningMarksOpensAtOnce() throws {
        let path = try temporaryFile("# Z\n\nZ" + String(repeating: "\u{301}", count: 4000) + "a may be.\n", name: "zalgo.md")
        let s = try TmuxSession(width: 80, height: 24, skeptic: [path])
        try s.waitFor("a may be.", timeout: 3)
        s.send("j")
        s.send("q")
        #expect(try s.waitForExit(timeout: 3) == 0)
    }

    @Test func aBacktrackingRegexIsRefusedNotRun() throws {
        let path = try temporaryFile("# A\n\n" + String(repeating: "a", count: 160) + "\n")
        let s = try TmuxSession(width: 80, height: 24, skeptic: [path])
        try s.waitFor("h help")
        s.send("/", "C-r")
        s.sendLiteral(#"((a*)*)*\1\2x"#)
        try s.waitFor("back-references", timeout: 3)
        s.send("Escape")
        s.send("q")
        #expect(try s.waitForExit(timeout: 3) == 0)
    }
}

/// Endless or binary input is refused as soon as it is seen, and input is capped (`--max-size`).
@Suite struct InputLimitTests {
    @Test func binaryInputIsRefusedAsItArrives() throws {
        let zero = try runSkeptic(["--dump", "/dev/zero"])
        #expect(zero.status == 1)
        #expect(zero.stderr == "skeptic: /dev/zero: binary file (contains NUL bytes); use --force to open it anyway\n")
        let piped = try runSkeptic(["--dump", "-"], stdin: Data(repeating: 0, count: 1 << 20))
        #expect(piped.stderr == "skeptic: stdin: binary file (contains NUL bytes); use --force to open it anyway\n")
    }

    @Test func inputIsCappedAndTheMessageSaysHowToRaiseIt() throws {
        let big = try runSkeptic(["--force", "--max-size", "1M", "--dump", "/dev/zero"])
        #expect(big.status == 1)
        #expect(big.stderr == "skeptic: /dev/zero: too large (over 1 MiB; --max-size raises the limit, up to 4 GiB)\n")
        let text = try runSkeptic(["--max-size", "64K", "--outline", "-"], stdin: Data(String(repeating: "Words here. ", count: 10_000).utf8))
        #expect(text.stderr == "skeptic: stdin: too large (over 64 KiB; --max-size raises the limit, up to 4 GiB)\n")
        let fine = try runSkeptic(["--max-size", "64K", "--outline", "-"], stdin: Data("# One\n\nText.\n".utf8))
        #expect(fine.status == 0 && fine.stdout == "    1  One\n")
        let bad = try runSkeptic(["--max-size", "lots", "x"])
        #expect(bad.status != 0 && bad.stderr.contains("--max-size must be a size up to 4G (as 500M or 2G), not 'lots'"))
        // UTF-16 text holds NUL bytes and is still read.
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "# Hi\n\nText.\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = try runSkeptic(["--outline", "-"], stdin: Data(utf16))
        #expect(wide.status == 0 && wide.stdout == "    1  Hi\n")
    }
}

/// The reader's own review: dismiss, flag, note, quit, reopen — all there; a damaged database is named and kept.
@Suite struct ReviewEndToEndTests {
    /// kill -9 while reviewing, round after round: the database stays readable and every change that was
    /// confirmed on the screen before the kill is kept (the one being made may be lost).
    @Test func killingTheReaderLosesAtMostTheChangeBeingMade() throws {
        let data = temporaryDirectory("kill-data").path
        let article = SkepticBinary.referenceArticle.path
        let rounds = 6
        for round in 0..<rounds {
            let s = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article], environment: ["XDG_DATA_HOME": data])
            defer { s.kill() }
            try s.waitFor("hedge 0/")
            for _ in 0...round { s.send("s") }
            try s.waitFor("hedge \(round + 1)/")
            s.send("+")
            try s.waitFor("confirmed")
            // Another change under way when the process dies.
            s.send("a")
            s.sendLiteral("note \(round)")
            s.send("Enter")
            s.sendSignal(SIGKILL)
        }
        let export = try runSkeptic(["--export", "json", article], environment: testEnvironment(adding: ["XDG_DATA_HOME": data]))
        #expect(export.status == 0, "the database is readable: \(export.stderr)")
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let verdicts = items.flatMap { ($0["body"] as? [[String: Any]]) ?? [] }
            .filter { $0["purpose"] as? String == "assessing" }.compactMap { $0["value"] as? String }
        #expect(verdicts.filter { $0 == "confirmed" }.count == rounds, "every confirmed flag kept: \(verdicts)")
    }

    /// `A`: a longer note in $EDITOR (a script standing in for one: it keeps the comment lines, which are
    /// dropped, and writes two lines); an editor that fails leaves the note as it was.
    @Test func aLongerNoteIsWrittenInTheEditor() throws {
        let dir = temporaryDirectory("editor")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let editor = dir.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\ngrep -q '^# Your note on:' \"$1\" || exit 3\n{ printf 'Checked against the post\\nit says so too\\n'; grep '^#' \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n".utf8).write(to: editor)
        let failing = dir.appendingPathComponent("failing.sh")
        try Data("#!/bin/sh\nexit 1\n".utf8).write(to: failing)
        for script in [editor, failing] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        }
        let data = temporaryDirectory("editor-data").path
        let article = SkepticBinary.referenceArticle.path
        let s = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article],
                                environment: ["XDG_DATA_HOME": data, "EDITOR": editor.path, "VISUAL": ""])
        try s.waitFor("?36")
        s.send("s")
        try s.waitFor("hedge 1/36")
        s.send("A")
        try s.waitFor("note: Checked against the post it says so too")
        s.send("q")
        #expect(try s.waitForExit() == 0)
        let again = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article],
                                    environment: ["XDG_DATA_HOME": data, "EDITOR": failing.path])
        try again.waitFor("?36")
        again.send("s")
        again.send("A")
        try again.waitFor("exited with 1; the note is unchanged")
        again.send("q")
        #expect(try again.waitForExit() == 0)
        let export = try runSkeptic(["--export", "md", article], environment: testEnvironment(adding: ["XDG_DATA_HOME": data]))
        #expect(export.stdout.contains("note: Checked against the post it says so too"))
    }

    /// `E`: the review exported from inside the reader to the file named at the prompt — Markdown, or Web
    /// Annotation JSON for a .json name; an existing file is replaced only after a second Enter; the article
    /// itself never.
    @Test func theReviewIsExportedFromTheReader() throws {
        let dir = temporaryDirectory("export")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let article = try temporaryFile("# Rates\n\nThe bank may raise rates in May. Prices rose 3% last year.\n", name: "rates.md")
        let s = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article],
                                environment: ["XDG_DATA_HOME": dir.appendingPathComponent("data").path])
        defer { s.kill() }
        /// `E`, a file name typed over the one offered, Enter; then waits for `answer`.
        func export(to path: String, answer: String) throws {
            s.send("E")
            try s.waitFor("export review to:")
            s.send("C-u")
            s.sendLiteral(path)
            s.send("Enter")
            try s.waitFor(answer)
        }
        try s.waitFor("?1")
        s.send("s")
        try s.waitFor("hedge 1/1")
        s.send("+")
        try s.waitFor("confirmed")
        s.send("E")
        try s.waitFor("export review to: rates.review.md")
        s.send("Escape")
        try s.waitFor("review not exported")
        let markdown = dir.appendingPathComponent("review.md").path
        try export(to: markdown, answer: "review exported to")
        let written = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(written.contains("The bank may raise rates in May."), "\(written)")
        #expect(written.contains("confirmed"), "\(written)")
        // The same name again: asked first, replaced on the second Enter.
        try export(to: markdown, answer: "Esc keeps it")
        s.send("Enter")
        try s.waitFor("review exported to")
        // JSON by its name; read back by a JSON parser.
        let json = dir.appendingPathComponent("review.json").path
        try export(to: json, answer: "review exported to")
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 1)
        // Never over the article.
        try export(to: article, answer: "that is the article itself")
        s.send("q")
        #expect(try s.waitForExit() == 0)
        #expect(try String(contentsOfFile: article, encoding: .utf8).hasPrefix("# Rates"))
    }

    /// `o 2 Enter` opens a linked file in place of the article, `B` comes back to where the link was; a
    /// link to a file that is not there, or to mail, is not followed and says why.
    @Test func aLinkIsFollowedAndBackReturns() throws {
        let dir = temporaryDirectory("links")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var first = "# First article\n\nRead [the second](second.md), [a missing one](gone.md) or [write](mailto:x@example.org).\n\n"
        for k in 1...40 { first += "Paragraph \(k) of the first article.\n\n" }
        try Data(first.utf8).write(to: dir.appendingPathComponent("first.md"))
        try Data("# Second article\n\nThe second article says little.\n".utf8).write(to: dir.appendingPathComponent("second.md"))
        let s = try TmuxSession(width: 80, height: 24, skeptic: ["--no-resume", dir.appendingPathComponent("first.md").path],
                                environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path])
        defer { s.kill() }
        try s.waitFor("Paragraph 1 of")
        s.send("o")
        try s.waitFor("follow link:")
        s.sendLiteral("2")
        s.send("Enter")
        try s.waitFor("not followed: no such file")
        s.send("o")
        s.sendLiteral("3")
        s.send("Enter")
        try s.waitFor("not followed: a mailto: link is not followed")
        // Down a few lines, then out and back: the same lines on top.
        s.send("j", "j", "j", "j")
        try s.waitFor("Paragraph 11 of")
        let before = s.screen().split(separator: "\n").first.map(String.init) ?? ""
        s.send("o")
        s.sendLiteral("1")
        s.send("Enter")
        try s.waitFor("The second article says little.")
        s.send("B")
        try s.waitFor("Paragraph 11 of")
        #expect(s.screen().split(separator: "\n").first.map(String.init) == before, "back where the link was opened")
        s.send("B")
        try s.waitFor("No article to go back to")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func aReviewIsKeptAcrossRuns() throws {
        let data = temporaryDirectory("review-data")
        let env = ["XDG_DATA_HOME": data.path]
        let article = SkepticBinary.referenceArticle.path
        let s = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article], environment: env)
        try s.waitFor("?36")
        s.send("s")
        try s.waitFor("hedge 1/36")
        s.send("-")
        try s.waitFor("dismissed")
        try s.waitFor("?35")
        s.send("s")
        try s.waitFor("hedge 1/35")
        s.send("a")
        try s.waitFor("note: ")
        s.sendLiteral("check who says so")
        s.send("Enter")
        try s.waitFor("note: check who says so")
        s.send("q")
        #expect(try s.waitForExit() == 0)

        let again = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", article], environment: env)
        try again.waitFor("?35")
        again.send("s")
        again.send("+")
        try again.waitFor("confirmed · note: check who says so")
        again.send("q")
        #expect(try again.waitForExit() == 0)

        // Exported: W3C Web Annotations read back by a JSON parser, and Markdown.
        let json = try runSkeptic(["--export", "json", article], environment: testEnvironment(adding: env))
        #expect(json.status == 0)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 2)
        let bodies = items.flatMap { ($0["body"] as? [[String: Any]]) ?? [] }.compactMap { $0["value"] as? String }
        #expect(Set(bodies) == ["dismissed", "confirmed", "check who says so"])
        let selectors = items.compactMap { (($0["target"] as? [String: Any])?["selector"] as? [[String: Any]]) }
        #expect(selectors.allSatisfy { $0.map { $0["type"] as? String } == ["TextQuoteSelector", "TextPositionSelector"] })
        #expect(selectors.contains { ($0[0]["exact"] as? String)?.hasPrefix("Such systems could enhance") == true })
        let md = try runSkeptic(["--export", "md", article], environment: testEnvironment(adding: env))
        #expect(md.stdout.hasPrefix("# Review: Putin’s Shocking Proposal"))
        #expect(md.stdout.contains("35 speculative, 5 vague, 26 claims; 1 confirmed, 1 dismissed, 0 flagged by the reader, 1 notes"))
        #expect(md.stdout.contains("- label: speculative · cues: could (modal) · verdict: confirmed\n- note: check who says so\n"))
        let bad = try runSkeptic(["--export", "pdf", article])
        #expect(bad.status != 0 && bad.stderr.contains("--export must be md, json or training, not 'pdf'"))
        // The verdicts as training lines: the dismissed flag a plain sentence, the confirmed one with its cue.
        let training = try runSkeptic(["--export", "training", article], environment: testEnvironment(adding: env))
        let rows = try training.stdout.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(rows.count == 2)
        #expect(rows.contains { ($0["text"] as? String)?.hasPrefix("However, Iran declined") == true && $0["hedged"] as? Bool == false })
        #expect(rows.contains { ($0["text"] as? String)?.hasPrefix("Such systems could") == true && $0["hedged"] as? Bool == true
                                && ($0["cues"] as? [[Int]]) == [[13, 18]] })
    }

    @Test func aDamagedDatabaseIsNamedAndLeftAsItIs() throws {
        let data = temporaryDirectory("review-damaged")
        let db = data.appendingPathComponent("skeptic/skeptic.db")
        try FileManager.default.createDirectory(at: db.deletingLastPathComponent(), withIntermediateDirectories: true)
        let junk = Data(repeating: 0x41, count: 4096)
        try junk.write(to: db)
        let s = try TmuxSession(width: 120, height: 24, skeptic: ["--no-resume", SkepticBinary.referenceArticle.path],
                                environment: ["XDG_DATA_HOME": data.path])
        try s.waitFor("skeptic.db damaged: left as is, review not kept")
        s.send("q")
        #expect(try s.waitForExit() == 0)
        #expect(try Data(contentsOf: db) == junk)
    }

    /// A good database damaged in its middle pages: the export refuses it, and the reader names it once on
    /// the status line (whole at 80 columns), says the same when a verdict cannot be kept, and writes nothing
    /// to it — not a visit, not the verdict.
    @Test func aHalfDamagedDatabaseIsNotWrittenTo() throws {
        let data = temporaryDirectory("review-half-damaged")
        let article = SkepticBinary.referenceArticle.path
        let env = testEnvironment(adding: ["XDG_DATA_HOME": data.path])
        let good = try TmuxSession(width: 80, height: 24, skeptic: ["--no-resume", article], environment: ["XDG_DATA_HOME": data.path])
        try good.waitFor("hedge 0/")
        for _ in 0..<5 {
            good.send("s")
            good.send("a")
            good.sendLiteral(String(repeating: "a note long enough to fill pages ", count: 40))
            good.send("Enter")
        }
        try good.waitFor("hedge 5/")
        good.send("q")
        #expect(try good.waitForExit() == 0)
        let db = data.appendingPathComponent("skeptic/skeptic.db")
        var bytes = [UInt8](try Data(contentsOf: db))
        #expect(bytes.count >= 4096 + 8192, "pages past the damage: \(bytes.count)")
        var seed: UInt64 = 16
        for i in 4096..<(4096 + 8192) {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            bytes[i] = UInt8(truncatingIfNeeded: seed >> 33)
        }
        try Data(bytes).write(to: db)
        let export = try runSkeptic(["--export", "md", article], environment: env)
        #expect(export.status != 0 && export.stderr.contains("database disk image is malformed"), "\(export.stderr)")
        let s = try TmuxSession(width: 80, height: 24, skeptic: ["--no-resume", article], environment: ["XDG_DATA_HOME": data.path])
        defer { s.kill() }
        let screen = try s.waitFor("skeptic.db damaged: left as is, review not kept")
        #expect(!screen.contains("not a file"))
        s.send("s")
        try s.waitFor("hedge 1/")
        s.send("+")
        try s.waitUntil("the same line on a verdict that cannot be kept") { screen in
            screen.split(separator: "\n").last?.contains("skeptic.db damaged: left as is, review not kept") == true
        }
        s.send("q")
        #expect(try s.waitForExit() == 0)
        #expect([UInt8](try Data(contentsOf: db)) == bytes)
    }
}
