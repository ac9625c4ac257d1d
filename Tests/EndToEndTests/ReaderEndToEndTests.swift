import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a reader sees and can do.
@Suite struct ReaderEndToEndTests {
    let article = SkepticBinary.referenceArticle.path

    @Test func openMoveByHeadingsUseTreeResizeAndQuit() throws {
        let s = try TmuxSession(width: 100, height: 30, skeptic: [article])
        // Tree and text side by side, status line at the bottom.
        try s.waitUntil("tree and text") { $0.contains("The Context of the Offer") && $0.contains("│ Putin’s Shocking Proposal") }
        try s.waitUntil("status line shows \("putin-iran-missile-defense.txt")") { $0.split(separator: "\n").last?.contains("putin-iran-missile-defense.txt") == true }

        // ] twice: the next heading is on the top line and marked in the tree.
        s.send("]")
        try s.waitUntil("part heading on top") { $0.split(separator: "\n").first?.contains("│ Putin’s Offer of Joint") == true }
        s.send("]")
        try s.waitUntil("section on top") { $0.split(separator: "\n").first?.hasSuffix("│ The Context of the Offer") == true }
        // The frame may reach tmux in pieces: wait for the tree row too.
        try s.waitUntil("tree marks the section") { $0.contains("▶ The Context of") }
        try s.waitUntil("status line shows \("The Context of the Offer")") { $0.split(separator: "\n").last?.contains("The Context of the Offer") == true }

        // Tab to the tree (its cursor starts on the current section), down two, Enter: that heading is on top.
        s.send("Tab")
        s.send("j", "j")
        s.send("Enter")
        try s.waitUntil("jumped from the tree") { $0.split(separator: "\n").first?.hasSuffix("│ Iran’s Decline: Reasons and Implications") == true }

        // Resize: reflows at once and keeps the same heading on top.
        s.resize(width: 80, height: 24)
        try s.waitUntil("reflowed at 80 columns") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count == 24 && lines[0].contains("Iran’s Decline: Reasons and") && lines[0].contains("│")
        }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func nextHedgeIsShownWithItsCountAndTheListJumps() throws {
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article])
        try s.waitFor("h help")
        try s.waitFor("?36")
        s.send("s")
        try s.waitUntil("first hedge on the top line") { screen in
            screen.split(separator: "\n").first?.contains("raising questions") == true && screen.contains("hedge 1/36")
        }
        s.send("s")
        try s.waitUntil("second hedge") { $0.contains("hedge 2/36") && $0.split(separator: "\n").first?.contains("could") == true }
        s.send("S")
        try s.waitFor("hedge 1/36")
        // The review list: down twice, Enter jumps to the third.
        s.send("L")
        try s.waitFor("Review list: 36 speculative · 5 vague")
        s.send("j", "j", "Enter")
        try s.waitUntil("third hedge") { $0.contains("hedge 3/36") && !$0.contains("Review list") }
        // Highlights toggle: the cue loses its colour.
        let before = s.screenWithColours()
        s.send("1")
        try s.waitUntil("hedge highlights off") { $0.contains("Speculation highlights off") }
        #expect(s.screenWithColours() != before)
        // Vague statements have their own keys and count.
        s.send("g")
        try s.waitFor("hedge 0/36")
        s.send("v")
        try s.waitFor("vague 1/5")
        s.send("v")
        try s.waitFor("vague 2/5")
        s.send("V")
        try s.waitFor("vague 1/5")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    /// Sources in the reader (issue 14): jump to a claim without a source, open the sources view and jump from
    /// it, and follow a statement said twice to where it was first said, then back.
    @Test func unsourcedClaimsTheSourcesViewAndARestatementFollowed() throws {
        let s = try TmuxSession(width: 100, height: 30, skeptic: [article])
        try s.waitFor("h help")
        // The first claim rests on the post; `w` passes it.
        s.send("w")
        try s.waitFor("claim 2/26, 4 sourced")
        s.send("p")
        try s.waitFor("Sources: 1 · 26 claims, 4 sourced")
        try s.waitFor("[1] BRICS news (@BRICSinfo) — post · 4 statements · 2 quotations (1 repeated)")
        s.send("Enter")
        try s.waitUntil("jumped to the source's first statement") { $0.contains("source [1]: BRICS news, post") && !$0.contains("Sources: 1") }
        // Line 33 restates line 5: ≈ in the margin, `=` goes there and `''` back.
        s.sendLiteral(":33")
        s.send("Enter")
        try s.waitUntil("line 33 on top, marked") { $0.split(separator: "\n").first?.contains("│≈In a recent announcement that caught") == true }
        s.send("=")
        try s.waitFor("line 33 restates line 5, here ('' goes back)")
        try s.waitUntil("line 5 on top") { $0.split(separator: "\n").first?.contains("│ In a significant diplomatic development") == true }
        s.sendLiteral("''")
        try s.waitUntil("back at line 33") { $0.split(separator: "\n").first?.contains("In a recent announcement that caught") == true }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func noColourMeansNoColourCodes() throws {
        let s = try TmuxSession(width: 100, height: 24, skeptic: [article], environment: ["NO_COLOR": "1"])
        try s.waitFor("h help")
        s.send("s")
        try s.waitFor("hedge 1/36")
        let screen = s.screenWithColours()
        // Attributes only: no foreground or background colour codes (38;5 / 48;5 / 3x / 4x).
        #expect(!screen.contains("38;5;"))
        #expect(!screen.contains("48;5;"))
        #expect(screen.contains("\u{1B}[4m") || screen.contains(";4m") || screen.contains("[4;"))
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func builtInTourOpensWithNoArguments() throws {
        let s = try TmuxSession(width: 100, height: 30, skeptic: [])
        try s.waitFor("A Tour of Skeptic")
        try s.waitUntil("status line shows \("tour")") { $0.split(separator: "\n").last?.contains("tour") == true }
        s.send("h")
        try s.waitFor("next heading (any level)")
        s.send("Escape")
        try s.waitUntil("help closed") { !$0.contains("next heading (any level)") }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func articleFromAPipeWithKeysFromTheTerminal() throws {
        let cmd = "cat \(TmuxSession.shellQuote(article)) | exec \(TmuxSession.shellQuote(SkepticBinary.url.path))"
        let s = try TmuxSession(width: 100, height: 30, command: cmd)
        try s.waitFor("Putin’s Shocking Proposal")
        try s.waitUntil("status line shows \("stdin")") { $0.split(separator: "\n").last?.contains("stdin") == true }
        try s.waitFor("hedge 0/36")
        s.send("G")
        try s.waitFor("Only time will tell.")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func controlCharactersAreShownNotObeyed() throws {
        let file = try temporaryFile("Escape Test\n\nBefore \u{1B}[2J\u{1B}]0;pwned\u{07} after, and a bell \u{07} too.\n")
        let s = try TmuxSession(width: 80, height: 12, skeptic: [file])
        try s.waitFor("Before ^[[2J^[]0;pwned^G after")
        #expect(!s.screen().contains("\u{1B}"))
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func ctrlCAndSigtermRestoreTheTerminal() throws {
        let s = try TmuxSession(width: 80, height: 24, skeptic: [article])
        try s.waitFor("Putin’s Shocking Proposal")
        s.send("C-c")
        #expect(try s.waitForExit() == 130)
        // Back on the normal screen: the reader's status line is gone.
        #expect(!s.screen().contains("h help"))

        let t = try TmuxSession(width: 80, height: 24, skeptic: [article])
        try t.waitFor("Putin’s Shocking Proposal")
        t.sendSignal(SIGTERM)
        #expect(try t.waitForExit() == 143)
        #expect(!t.screen().contains("h help"))
    }

    @Test func smallTerminalsHideTheTreeAndTinyOnesDoNotCrash() throws {
        let s = try TmuxSession(width: 20, height: 6, skeptic: [article])
        try s.waitUntil("text without tree") { $0.contains("Putin’s Shocking") && !$0.contains("│") }
        s.send("]")
        try s.waitUntil("moved") { $0.contains("Putin’s Offer") }
        s.resize(width: 1, height: 1)
        s.resize(width: 3, height: 2)
        s.resize(width: 60, height: 10)
        try s.waitUntil("tree back") { $0.contains("│") }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        // An interactive shell with job control, as a user has.
        let s = try TmuxSession(width: 80, height: 20, command: "exec bash --norc --noprofile -i")
        s.sendLiteral("\(TmuxSession.shellQuote(SkepticBinary.url.path)) \(TmuxSession.shellQuote(article))")
        s.send("Enter")
        try s.waitFor("h help")
        s.send("]")
        try s.waitUntil("moved to the part heading") { $0.split(separator: "\n").first?.contains("│ Putin’s Offer of Joint") == true }
        s.send("C-z")
        try s.waitUntil("suspended to the shell") { $0.contains("Stopped") && !$0.contains("h help") }
        s.sendLiteral("fg")
        s.send("Enter")
        try s.waitUntil("redrawn where it was") { $0.split(separator: "\n").first?.contains("│ Putin’s Offer of Joint") == true && $0.contains("h help") }
        s.send("q")
        try s.waitUntil("back at the prompt") { !$0.contains("h help") }
        s.sendLiteral("exit")
        s.send("Enter")
        #expect(try s.waitForExit() == 0)
    }

    @Test func bigArticleOpensAtOnceAndIsReadInFull() throws {
        var text = "A Very Long Report\n\n"
        for n in 1...3000 {
            text += "Finding Number \(n)\n\nThe panel found that item \(n) may need more study, and it said so\n"
            text += "plainly in a paragraph that is hard-wrapped like the rest of this text.\n\n"
        }
        text += "Closing Words\n\nThis is the very last paragraph of the long report.\n"
        let file = try temporaryFile(text, name: "long-report.txt")
        let s = try TmuxSession(width: 100, height: 20, skeptic: [file])
        try s.waitFor("Finding Number 1")
        #expect(!s.screen().contains("reading…"))
        // Once the whole article is in, G reaches its real end.
        try s.waitUntil("whole article read") { !$0.contains("loading…") }
        s.send("G")
        try s.waitFor("This is the very last paragraph of the long report.")
        try s.waitUntil("status line shows \("END")") { $0.split(separator: "\n").last?.contains("END") == true }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func savedPageAndMarkdownOpenInTheReader() throws {
        let page = SkepticBinary.packageRoot.appendingPathComponent("Tests/SkepticCoreTests/Fixtures/html/article-tweet.html").path
        let s = try TmuxSession(width: 80, height: 24, skeptic: [page])
        try s.waitFor("A hall too small")
        try s.waitFor("By Leontyne Abara")
        s.send("]", "]")
        try s.waitUntil("second section in the status line") { $0.split(separator: "\n").last?.contains("What the terminal") == true }
        #expect(!s.screen().contains("Subscribe now"))
        s.send("q")
        #expect(try s.waitForExit() == 0)

        let md = SkepticBinary.packageRoot.appendingPathComponent("Tests/SkepticCoreTests/Fixtures/markdown/yaml-budget-analysis.md").path
        let m = try TmuxSession(width: 120, height: 35, skeptic: [md])
        try m.waitFor("Carrow Vale's Budget Gap")
        try m.waitFor("By Priya Venkataraman")
        m.send("q")
        #expect(try m.waitForExit() == 0)
    }

    @Test func aPageWithNoArticleSaysSo() throws {
        let file = try temporaryFile("<html><head><title>Nothing</title></head><body><nav><a href=/>Home</a></nav></body></html>",
                                     name: "page.html")
        let s = try TmuxSession(width: 80, height: 10, skeptic: [file])
        try s.waitFor("no article text found in page.html")
        s.send("j", "q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func emptyFileOpensWithAMessage() throws {
        let file = try temporaryFile("")
        let s = try TmuxSession(width: 80, height: 10, skeptic: [file])
        try s.waitFor("is empty")
        s.send("j", "q")
        #expect(try s.waitForExit() == 0)
    }
}

/// The directory for everything the end-to-end tests write (articles, state, config): one per test run,
/// removed when the run ends.
let testScratch: URL = {
    let root = URL(fileURLWithPath: scratchPath())
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: scratchPath()) }
    return root
}()

private func scratchPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("skeptic-e2e.\(getpid())").path
}

/// A fresh directory under the run's scratch directory.
func temporaryDirectory(_ prefix: String) -> URL {
    testScratch.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
}

/// Writes a temporary file and returns its path.
func temporaryFile(_ text: String, name: String = "article.txt") throws -> String {
    let dir = temporaryDirectory("article")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}
