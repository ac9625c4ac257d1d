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
