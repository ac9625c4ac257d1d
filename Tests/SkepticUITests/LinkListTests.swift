import Testing
import SkepticCore
@testable import SkepticUI

/// The links view (`U`): every link, one a line, its URL never broken.
@Suite struct LinkListTests {
    static let longURL = "https://example.org/reports/2026/harbour-authority/annual-review-of-tolls-and-dredging-costs.html?edition=full"

    func state(columns: Int = 60, rows: Int = 10) throws -> AppState {
        let text = "# Port\n\nThe council [said](https://example.org/council) it may close the bridge, "
            + "and [the review](\(Self.longURL)) says why.\n\nSee [the map](https://example.org/map) too.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        return AppState(document: doc, columns: columns, rows: rows)
    }

    @Test func theArticleEndsWithItsTextNotWithAListOfURLs() throws {
        let s = try state()
        let dump = Dump.render(s.document, paneWidth: 60)
        #expect(dump.hasSuffix("See the map[3] too.\n"), "\(dump)")
        #expect(!dump.contains("https://"))
        let withLinks = Dump.render(s.document, paneWidth: 60, links: true)
        #expect(withLinks.hasSuffix("See the map[3] too.\n\n[1] https://example.org/council\n[2] \(Self.longURL)\n[3] https://example.org/map\n"))
    }

    @Test func uOpensTheViewWithOneLinkALineAndTheirTexts() throws {
        var s = try state()
        #expect(s.handle(.char("U")) == .redraw)
        #expect(s.showingLinks)
        let lines = Screen.render(s).lines
        #expect(lines[0] == " Links: 3  (j/k move, h/l scroll, Enter opens, Esc closes)")
        #expect(lines[1] == " [1] https://example.org/council  said")
        // The long URL is cut at the edge with a marker, never wrapped onto the next row.
        #expect(lines[2].hasPrefix(" [2] https://example.org/reports/2026/harbour-authority/"))
        #expect(lines[2].hasSuffix("…"))
        #expect(lines[3] == " [3] https://example.org/map  the map")
        // The status line shows the selected URL whole (as far as the screen is wide).
        #expect(s.message == "[1] https://example.org/council")
        #expect(Screen.render(s).roles(row: 1)[3] == .treeFocusedSelected)
        // The cut URL's cells still lead to the whole address.
        let grid = Screen.render(s)
        #expect(grid[2, 10].link == 2 && grid.linkTargets[1] == Self.longURL)
    }

    @Test func movingSelectsScrollingShiftsAndTheStatusLineHasTheWholeURL() throws {
        var s = try state()
        _ = s.handle(.char("U"))
        _ = s.handle(.char("j"))
        #expect(s.linkList.list.cursor == 1)
        #expect(s.message == "[2] " + Self.longURL)
        _ = s.handle(.right)
        #expect(Screen.render(s).lines[2].hasPrefix(" [2] …"), "scrolled: a marker at the left")
        _ = s.handle(.char("l"))
        let shifted = Screen.render(s).lines[2]
        #expect(shifted.contains("edition=full"), "\(shifted)")
        #expect(!shifted.hasSuffix("…"), "the end of the URL is in sight")
        _ = s.handle(.left)
        _ = s.handle(.char("h"))
        #expect(s.linkList.shift == 0)
        _ = s.handle(.char("j"))
        _ = s.handle(.char("j"))
        #expect(s.linkList.list.cursor == 2, "the cursor stops at the last link")
        _ = s.handle(.escape)
        #expect(!s.showingLinks)
    }

    @Test func enterFollowsTheSelectedLinkAsONDoes() throws {
        var s = try state()
        _ = s.handle(.char("U"))
        _ = s.handle(.down)
        _ = s.handle(.down)
        #expect(s.handle(.enter) == .followLink("https://example.org/map"))
        #expect(!s.showingLinks)
    }

    @Test func anArticleWithoutLinksSaysSo() throws {
        var s = AppState(document: try document("Title\n\nNo links here at all.\n"), columns: 60, rows: 10)
        _ = s.handle(.char("U"))
        #expect(!s.showingLinks)
        #expect(s.message == "This article has no links")
    }

    @Test func theCursorStaysInSightOnASmallScreen() throws {
        var text = "# Many\n\n"
        for k in 1...30 { text += "Item [\(k)](https://example.org/\(k)).\n\n" }
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        var s = AppState(document: doc, columns: 50, rows: 6)
        _ = s.handle(.char("U"))
        for _ in 0..<10 { _ = s.handle(.char("j")) }
        let lines = Screen.render(s).lines
        #expect(lines.contains { $0.hasPrefix(" [11] https://example.org/11") }, "\(lines)")
        _ = s.handle(.char("q"))
        #expect(!s.showingLinks)
    }

    @Test func theLinksKeyIsRemappable() throws {
        let keys = KeyMap(remapping: [(action: .linkList, keys: [.char("Y")])])
        #expect(keys.action(for: .char("Y")) == .linkList)
        #expect(keys.action(for: .char("U")) == nil)
    }
}

/// The reading pane's cells carry the link they belong to (text and marker), for the terminal's hyperlinks.
@Suite struct LinkCellTests {
    @Test func aLinksTextAndMarkerCarryItsNumberAndTheGridItsTarget() throws {
        let text = "# Port\n\nThe council [said so](https://example.org/council) and [the map](https://example.org/map) too.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        let state = AppState(document: doc, columns: 70, rows: 8)
        let grid = Screen.render(state)
        #expect(grid.linkTargets == ["https://example.org/council", "https://example.org/map"])
        let row = try #require(grid.lines.firstIndex { $0.contains("said so[1]") })
        let line = grid.lines[row]
        let start = try #require(line.range(of: "said so[1]")).lowerBound
        let column = line.distance(from: line.startIndex, to: start)
        let links = (0..<grid.width).map { grid[row, $0].link }
        #expect(links[column..<(column + 10)].allSatisfy { $0 == 1 }, "\(links)")
        #expect(links[column - 1] == 0 && links[column + 10] == 0)
        let map = try #require(line.range(of: "the map[2]")).lowerBound
        #expect(links[line.distance(from: line.startIndex, to: map)] == 2)
    }
}
