import Testing
import SkepticCore
@testable import SkepticUI

/// Forward along the trail and the history view (Backspace).
@Suite struct HistoryTests {
    func state(canGoForward: Bool = false, name: String = "/n/a.md") throws -> AppState {
        var s = AppState(document: try document("Title\n\nSome text here.\n", name: name), columns: 80, rows: 10)
        var settings = ReaderSettings()
        settings.canGoForward = canGoForward
        s.configure(settings, highlights: .all, watch: [])
        return s
    }

    static let rows = [HistoryRow(source: "/n/a.md", title: "A", visited: "2026-12-07T11:38:21Z"),
                       HistoryRow(source: "https://p.example/tolls", title: "Tolls rise", visited: "2026-12-07T10:02:00Z"),
                       HistoryRow(source: "/n/c.md", title: "", visited: "2026-12-06T09:00:00Z")]

    @Test func fGoesForwardOnlyAfterB() throws {
        var s = try state()
        #expect(s.handle(.char("F")) == .redraw)
        #expect(s.message?.hasPrefix("No article to go forward to") == true)
        var t = try state(canGoForward: true)
        #expect(t.handle(.char("F")) == .forward)
    }

    @Test func backspaceAsksForTheHistoryAndItsAnswerOpensTheView() throws {
        var s = try state()
        #expect(s.handle(.backspace) == .listHistory)
        #expect(s.receive(.history(Self.rows, problem: nil)) == .redraw)
        #expect(s.showingHistory)
        // The article being read is the newest: the cursor starts on the one before it.
        #expect(s.history.list.cursor == 1)
        #expect(s.message == "https://p.example/tolls")
        let lines = Screen.render(s).lines
        #expect(lines[0] == " History: 3 articles, most recent first  (Enter opens, Esc closes)")
        #expect(lines[2].hasPrefix(" 2026-12-07 10:02  Tolls rise") && lines[2].hasSuffix("https://p.example/tolls"))
        #expect(lines[3].contains("/n/c.md"), "no title: its source")
        #expect(Screen.render(s).roles(row: 2)[3] == .treeFocusedSelected)
    }

    @Test func enterOpensTheSelectedArticleAndEscCloses() throws {
        var s = try state()
        _ = s.receive(.history(Self.rows, problem: nil))
        _ = s.handle(.char("j"))
        #expect(s.handle(.enter) == .openSource("/n/c.md"))
        #expect(!s.showingHistory)
        _ = s.receive(.history(Self.rows, problem: nil))
        _ = s.handle(.escape)
        #expect(!s.showingHistory)
        _ = s.receive(.history(Self.rows, problem: nil))
        _ = s.handle(.char("k"))
        #expect(s.handle(.enter) == .redraw, "the article being read: only closes")
    }

    @Test func aHistoryThatCannotBeReadSaysWhy() throws {
        var s = try state()
        _ = s.receive(.history([], problem: "skeptic.db: cannot read the review database"))
        #expect(!s.showingHistory)
        #expect(s.message == "skeptic.db: cannot read the review database")
    }

    @Test func colonHistoryAsksForItToo() throws {
        var s = try state()
        _ = s.handle(.char(":"))
        for ch in "history" { _ = s.handle(.char(ch)) }
        #expect(s.handle(.enter) == .listHistory)
    }
}
