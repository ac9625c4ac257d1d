import Testing
import SkepticCore
@testable import SkepticUI

/// Whole screens as text lines (ratatui's Buffer::with_lines style).
@Suite struct ScreenTests {
    let article = """
        A Small Headline

        First Section

        The first section has one paragraph of text in it, long enough to wrap.

        Second Section

        Another paragraph of text under the second heading.
        """

    @Test func treeBesideReadingPaneWithStatusLine() throws {
        let state = AppState(document: try document(article, name: "/tmp/small.txt"), columns: 60, rows: 10)
        let grid = Screen.render(state)
        #expect(grid.lines == [
            "A Small Headline    │ A Small Headline",
            "   First Section    │",
            "   Second Section   │ First Section",
            "                    │",
            "                    │ The first section has one paragraph",
            "                    │ of text in it, long enough to wrap.",
            "                    │",
            "                    │ Second Section",
            "                    │",
            " small.txt · A Small Headline                   70%  h help",
        ])
        #expect(grid.roles(row: 0)[22] == .title)
        #expect(grid.roles(row: 2)[22] == .heading1)
        #expect(grid.roles(row: 0)[20] == .border)
        // A narrow tree shows no claim counts; a wide one does, in their own role.
        let wide = AppState(document: try document(article, name: "/tmp/small.txt"), columns: 120, rows: 10)
        let wideGrid = Screen.render(wide)
        #expect(wideGrid.lines[1].hasPrefix("   First Section") && wideGrid.lines[1].contains("!1/0 │"))
        let badge = try #require(wideGrid.lines[1].range(of: "!1"))
        let column = wideGrid.lines[1].distance(from: wideGrid.lines[1].startIndex, to: badge.lowerBound)
        #expect(wideGrid.roles(row: 1)[column] == .treeCount)
        #expect(grid.roles(row: 9)[0] == .status)
    }

    @Test func currentSectionIsMarkedInTheTree() throws {
        var state = AppState(document: try document(article), columns: 60, rows: 10)
        _ = state.handle(.char("]"))
        _ = state.handle(.char("]"))
        let grid = Screen.render(state)
        #expect(grid.lines[2].hasPrefix("   ▶ Second Section") || grid.lines[2].hasPrefix(" ▶ Second Section"))
        #expect(grid.roles(row: 2)[3] == .treeCurrent)
        #expect(grid.lines[0].hasSuffix("│ Second Section"))
    }

    @Test func emptyDocumentShowsAMessage() throws {
        let state = AppState(document: try document("", name: "empty.txt"), columns: 60, rows: 5)
        let grid = Screen.render(state)
        #expect(grid.lines.joined().contains("empty.txt is empty"))
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("中a文b", row: 0, column: 0, role: .text)
        #expect(grid.lines == ["中a文b"])
        #expect(grid[0, 1].isContinuation)
        var narrow = CellGrid(width: 3, height: 1)
        narrow.put("a中文", row: 0, column: 0, role: .text)
        #expect(narrow.lines == ["a中"])
    }
}
