import Foundation
import Testing

/// Browsing in the real binary: the links view, `--dump --links`.
@Suite struct BrowsingTests {
    static let longURL = "https://example.org/reports/2026/harbour-authority/annual-review-of-tolls-and-dredging-costs-for-the-eastern-basin.html?edition=full"

    /// An article with three links, one of them to a local file and one with a URL wider than the screen.
    static func linkedArticle(_ name: String) throws -> URL {
        let dir = temporaryDirectory(name)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var text = "# Harbour tolls\n\nThe council [said](https://example.org/council) it may raise the tolls, "
            + "and [the annual review](\(longURL)) says why. [The second notice](second.md) has the dates.\n\n"
        for k in 1...30 { text += "Paragraph \(k) of the notice.\n\n" }
        try Data(text.utf8).write(to: dir.appendingPathComponent("first.md"))
        try Data("# Second notice\n\nThe tolls rise in April.\n".utf8).write(to: dir.appendingPathComponent("second.md"))
        return dir
    }

    @Test func dumpEndsWithTheArticleAndLinksAppendsTheList() throws {
        let dir = try Self.linkedArticle("dump-links")
        let file = dir.appendingPathComponent("first.md").path
        let plain = try runSkeptic(["--dump", "--width", "60", file])
        #expect(plain.status == 0)
        #expect(plain.stdout.hasSuffix("Paragraph 30 of the notice.\n"), "\(plain.stdout.suffix(200))")
        let listed = try runSkeptic(["--dump", "--links", "--width", "60", file])
        #expect(listed.stdout.hasSuffix("Paragraph 30 of the notice.\n\n[1] https://example.org/council\n[2] \(Self.longURL)\n[3] second.md\n"),
                "\(listed.stdout.suffix(300))")
        let alone = try runSkeptic(["--links", file])
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("--links goes with --dump"))
    }

    /// `U` lists the links, the long URL on one row (cut with a marker) and whole on the status line; Enter
    /// opens the selected one, `B` comes back.
    @Test func theLinksViewShowsWholeURLsAndEnterFollowsOne() throws {
        let dir = try Self.linkedArticle("links-view")
        let s = try TmuxSession(width: 80, height: 24, skeptic: ["--no-resume", dir.appendingPathComponent("first.md").path],
                                environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path,
                                              "XDG_DATA_HOME": dir.appendingPathComponent("data").path])
        defer { s.kill() }
        try s.waitFor("Paragraph 1 of")
        s.send("U")
        try s.waitFor("Links: 3")
        let lines = s.lines()
        let row = try #require(lines.first { $0.contains("[2] https://example.org/reports") })
        #expect(row.hasSuffix("…"), "a long URL is cut with a marker: \(row)")
        #expect(!lines.contains { $0.contains("edition=full") && !$0.contains("[2]") }, "never wrapped onto another row")
        #expect(lines.contains { $0.contains("[1] https://example.org/council") && $0.contains("said") })
        s.send("j")
        try s.waitUntil("the status line names the selected URL") { $0.split(separator: "\n").last?.hasPrefix(" [2] https://example.org/reports") == true }
        s.send("l", "l")
        try s.waitFor("edition=full")
        #expect(s.lines().contains { $0.contains("[1] https://example.org/council") }, "a URL that fits is not shifted")
        s.send("j")
        try s.waitFor("[3] second.md")
        s.send("Enter")
        try s.waitFor("The tolls rise in April.")
        s.send("B")
        try s.waitFor("Paragraph 1 of")
        s.send("U")
        try s.waitFor("Links: 3")
        s.send("Escape")
        try s.waitUntil("the view closed") { !$0.contains("Links: 3") }
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }
}

/// OSC 8 hyperlinks in the real terminal: the bytes the reader writes (tmux 3.3 does not keep hyperlinks
/// in its screen, so they are read from the pane's output) and the screen they leave.
@Suite struct HyperlinkEndToEndTests {
    static func page(_ dir: URL) throws -> String {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let page = "<html><head><title>T</title></head><body><article><h1>Links</h1>"
            + "<p>The harbour council <a href=\"https://example.org/council\">said so</a> yesterday, and it may raise the tolls again this spring.</p>"
            + "<p>A <a href=\"https://evil.example/\u{1B}]8;;https://other.example/\u{07}x\">hostile one</a> is here too.</p>"
            + "</article></body></html>"
        let path = dir.appendingPathComponent("links.html").path
        try Data(page.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func output(_ path: String, containing text: String) throws -> String {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            let seen = String(decoding: bytes, as: UTF8.self)
            if seen.contains(text) { return seen }
            usleep(20_000)  // poll
        }
        throw HarnessError.commandFailed(command: "wait for \(text.debugDescription) in the pane's output", status: -1, stderr: "")
    }

    @Test func aSafeLinkIsAHyperlinkAndAHostileOneIsNot() throws {
        let dir = temporaryDirectory("osc8")
        let file = try Self.page(dir)
        let log = dir.appendingPathComponent("output.bin").path
        let s = try TmuxSession(width: 100, height: 20, skeptic: ["--no-resume", file],
                                environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path])
        defer { s.kill() }
        try s.waitFor("said so[1]")
        s.pipeOutput(to: log)
        s.send("C-l")
        let out = try output(log, containing: "\u{1B}]8;;\u{1B}\\")
        #expect(out.contains("\u{1B}]8;id=skeptic-1;https://example.org/council\u{1B}\\"))
        #expect(!out.contains("evil.example"), "the hostile address is never written")
        #expect(!out.contains("\u{07}"))
        // The screen (with its colours) is as without hyperlinks: the text once, in place.
        let screen = s.screen()
        #expect(screen.contains("The harbour council said so[1] yesterday"))
        #expect(screen.contains("A hostile one[2] is here too."))
        #expect(s.screenWithColours().contains("said"))
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func theConfigTurnsHyperlinksOff() throws {
        let dir = temporaryDirectory("osc8-off")
        let file = try Self.page(dir)
        let config = dir.appendingPathComponent("config/skeptic")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("hyperlinks = false\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        let log = dir.appendingPathComponent("output.bin").path
        let s = try TmuxSession(width: 100, height: 20, skeptic: ["--no-resume", file],
                                environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path,
                                              "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path])
        defer { s.kill() }
        try s.waitFor("said so[1]")
        s.pipeOutput(to: log)
        s.send("C-l")
        // Analysed (its highlights drawn) before the screen is kept for the comparison.
        try s.waitFor("hedge 0/1")
        let plain = s.screenWithColours()
        s.send("q")
        #expect(try s.waitForExit() == 0)
        // The output up to the reader's exit has no hyperlink.
        let out = try output(log, containing: TmuxSession.exitMarker)
        #expect(!out.contains("\u{1B}]8;"))
        // With hyperlinks, the screen tmux keeps (characters, colours, attributes) is the same.
        let on = try TmuxSession(width: 100, height: 20, skeptic: ["--no-resume", file],
                                 environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path])
        defer { on.kill() }
        try on.waitFor("hedge 0/1")
        on.send("C-l")
        let linked = try on.waitUntil("the same coloured screen") { _ in on.screenWithColours() == plain }
        #expect(!linked.isEmpty)
        on.send("q")
        #expect(try on.waitForExit() == 0)
    }
}

/// The library in the real binary: articles opened together, analysed in the background, sorted by
/// speculation; a feed's items, one fetched when opened.
@Suite struct LibraryEndToEndTests {
    static func articles(_ dir: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let texts = [
            ("calm.md", "# Calm notes\n\nThe bridge opened on Monday. It carries 4,000 cars a day.\n\nThe council raised the tolls by 2 per cent in March.\n"),
            ("maybe.md", "# Maybe so\n\nThe council said it may close the bridge. Officials suggested the tolls could rise.\n\nIt might possibly happen soon, some fear.\n"),
            ("mixed.md", "# Mixed news\n\nThe port handled 3 million tonnes last year. The council said it may sell the ferry.\n\nThe ferry sails twice a day.\n\nIts crew of twelve was paid in full.\n"),
        ]
        return try texts.map { name, text in
            let url = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
    }

    @Test func theLibrarySortsTheArticlesByHowMuchTheySpeculate() throws {
        let dir = temporaryDirectory("library")
        let files = try Self.articles(dir)
        let s = try TmuxSession(width: 100, height: 20, skeptic: ["--no-resume"] + files,
                                environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path,
                                              "XDG_DATA_HOME": dir.appendingPathComponent("data").path])
        defer { s.kill() }
        try s.waitFor("The bridge opened on Monday")
        s.send("I")
        try s.waitFor("Library · 3 articles")
        // The other two are analysed in the background: the numbers come without a key.
        try s.waitUntil("every article analysed") { !$0.contains("analysed ") && !$0.contains("—") }
        s.send("s")
        try s.waitFor("by speculative")
        let rows = s.lines().filter { $0.contains("Calm notes") || $0.contains("Maybe so") || $0.contains("Mixed news") }
        #expect(rows.count == 3)
        #expect(rows.first?.contains("Maybe so") == true, "\(rows)")
        #expect(rows.last?.contains("Calm notes") == true, "\(rows)")
        // The most speculative is first: the cursor goes up to it and Enter opens it.
        s.send("k", "k", "k")
        s.send("Enter")
        try s.waitFor("The council said it may close the bridge")
        try s.waitFor("article 2 of 3")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    /// An address among the command line's articles is fetched and analysed in the background too.
    @Test func aURLAmongTheArticlesIsAnalysedInTheBackground() throws {
        let dir = temporaryDirectory("library-url")
        let files = try Self.articles(dir)
        let site = dir.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("<html><head><title>Quay</title></head><body><article><h1>Quay works</h1><p>The council said the quay works may overrun, officials suggested.</p></article></body></html>".utf8)
            .write(to: site.appendingPathComponent("a2.html"))
        let server = try FetchTests.LocalServer(directory: site)
        let s = try TmuxSession(width: 100, height: 20, skeptic: ["--no-resume", files[0], server.url("a2.html"), files[1]],
                                environment: ["XDG_STATE_HOME": dir.appendingPathComponent("state").path,
                                              "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
                                              "XDG_CACHE_HOME": dir.appendingPathComponent("cache").path])
        defer { s.kill() }
        try s.waitFor("The bridge opened on Monday")
        s.send("I")
        try s.waitFor("Library · 3 articles")
        try s.waitUntil("every article analysed, the page too") { $0.contains("127.0.0.1") && !$0.contains("analysed ") && !$0.contains("—") }
        #expect(s.lines().contains { $0.contains("Quay") && $0.contains("127.0.0.1") && $0.contains("13") })
    }
}

/// A feed of 20 items whose articles a local server serves: the library opens on its items, an item's
/// article is fetched when opened, and all of them on `a`.
@Suite struct FeedEndToEndTests {
    /// The server's pages (item 3 speculates the most) and a feed file pointing at them.
    static func site() throws -> (dir: URL, server: FetchTests.LocalServer) {
        let dir = temporaryDirectory("feed-site")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for k in 1...20 {
            let body = k == 3
                ? "<p>Officials said the council may close the bridge, and some suggest the tolls could possibly rise.</p><p>It might happen soon.</p>"
                : "<p>Story \(k): the bridge opened on Monday and carries 4,000 cars a day.</p><p>The ferry sails twice a day.</p>"
            let page = "<html><head><title>Story \(k)</title></head><body><article><h1>Story \(k) headline</h1>\(body)</article></body></html>"
            try Data(page.utf8).write(to: dir.appendingPathComponent("story-\(k).html"))
        }
        return (dir, try FetchTests.LocalServer(directory: dir))
    }

    static func feed(_ server: FetchTests.LocalServer, in dir: URL) throws -> String {
        var rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Harbour Daily</title>"
        for k in 1...20 {
            rss += "<item><title>Story \(k) headline</title><link>\(server.url("story-\(k).html"))</link>"
                + "<pubDate>Mon, 07 Dec 2026 \(10 + k % 10):00:00 GMT</pubDate></item>"
        }
        rss += "</channel></rss>"
        let path = dir.appendingPathComponent("harbour.rss").path
        try Data(rss.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFeedOpensOnItsItemsAndAnItemIsFetchedWhenOpened() throws {
        let (dir, server) = try Self.site()
        let feed = try Self.feed(server, in: dir)
        let s = try TmuxSession(width: 100, height: 30, skeptic: ["--no-resume", feed],
                                environment: ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path])
        defer { s.kill() }
        try s.waitFor("Feed: Harbour Daily · 20 articles")
        try s.waitFor("Story 20 headline")
        #expect(s.screen().contains("analysed 0 of 20"), "nothing is fetched before it is asked for")
        s.send("j", "j")
        s.send("Enter")
        try s.waitFor("It might happen soon.")
        s.send("B")
        // Back on the feed: the library again, with the opened item's numbers.
        try s.waitFor("analysed 1 of 20")
        s.send("a")
        try s.waitUntil(timeout: 30, "every item fetched and analysed") { !$0.contains("analysed ") }
        s.send("s")
        try s.waitFor("by speculative")
        let first = s.lines().first { $0.contains("headline") }
        #expect(first?.contains("Story 3 headline") == true, "\(first ?? "")")
        s.send("q", "q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func aFeedAtAnAddressOpensTheSameWay() throws {
        let (dir, server) = try Self.site()
        _ = try Self.feed(server, in: dir)
        let s = try TmuxSession(width: 100, height: 30, skeptic: ["--no-resume", server.url("harbour.rss")],
                                environment: ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path])
        defer { s.kill() }
        try s.waitFor("Feed: Harbour Daily · 20 articles")
        s.send("Enter")
        try s.waitFor("Story 1: the bridge opened on Monday")
        s.send("q")
        #expect(try s.waitForExit() == 0)
    }

    @Test func dumpPrintsTheFeedsItems() throws {
        let (dir, server) = try Self.site()
        let feed = try Self.feed(server, in: dir)
        let r = try runSkeptic(["--dump", "--links", feed])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Harbour Daily\n"))
        #expect(r.stdout.contains("Story 20 headline[20] — Mon, 07 Dec 2026 10:00:00 GMT · Harbour Daily"), "\(r.stdout)")
        #expect(r.stdout.contains("[3] " + server.url("story-3.html")))
    }
}

/// Forward and the history, in the real binary and across runs (the history is in the database).
@Suite struct HistoryEndToEndTests {
    @Test func backForwardAndAHistoryThatSurvivesARestart() throws {
        let dir = try BrowsingTests.linkedArticle("history")
        let env = ["XDG_STATE_HOME": dir.appendingPathComponent("state").path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path]
        let s = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", dir.appendingPathComponent("first.md").path], environment: env)
        defer { s.kill() }
        try s.waitFor("Paragraph 1 of")
        s.send("F")
        try s.waitFor("No article to go forward to")
        s.send("o")
        s.sendLiteral("3")
        s.send("Enter")
        try s.waitFor("The tolls rise in April.")
        s.send("B")
        try s.waitFor("Paragraph 1 of")
        s.send("F")
        try s.waitFor("The tolls rise in April.")
        s.send("BSpace")
        try s.waitFor("History: 2 articles")
        #expect(s.screen().contains("Harbour tolls"))
        s.send("q", "q")
        #expect(try s.waitForExit() == 0)

        // Another run, on another article: the history has the earlier ones; Enter opens one.
        let third = dir.appendingPathComponent("third.md")
        try Data("# Third notice\n\nNothing about tolls.\n".utf8).write(to: third)
        let again = try TmuxSession(width: 100, height: 24, skeptic: ["--no-resume", third.path], environment: env)
        defer { again.kill() }
        try again.waitFor("Nothing about tolls.")
        again.send("BSpace")
        try again.waitFor("History: 3 articles")
        #expect(again.screen().contains("Second notice") && again.screen().contains("Harbour tolls"))
        // The cursor starts on the article before this one: the second notice, opened last in the first run.
        again.send("Enter")
        try again.waitFor("The tolls rise in April.")
        again.send("B")
        try again.waitFor("Nothing about tolls.")
        again.send("q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func aFeedsReadItemsAndNumbersAreKeptAcrossRuns() throws {
        let (dir, server) = try FeedEndToEndTests.site()
        let feed = try FeedEndToEndTests.feed(server, in: dir)
        let env = ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
                   "XDG_STATE_HOME": dir.appendingPathComponent("state").path]
        let s = try TmuxSession(width: 100, height: 30, skeptic: ["--no-resume", feed], environment: env)
        defer { s.kill() }
        try s.waitFor("Story 20 headline")
        #expect(s.lines().filter { $0.hasPrefix("• Story") }.count == 20, "every item unread")
        s.send("j", "j", "Enter")
        try s.waitFor("It might happen soon.")
        s.send("q")
        #expect(try s.waitForExit() == 0)
        let again = try TmuxSession(width: 100, height: 30, skeptic: ["--no-resume", feed], environment: env)
        defer { again.kill() }
        try again.waitUntil("item 3 read, with its numbers") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("  Story 3 headline") && $0.contains("%") }
        }
        #expect(again.lines().filter { $0.hasPrefix("• Story") }.count == 19)
        again.send("q", "q")
        #expect(try again.waitForExit() == 0)
    }
}
