import Testing
import SkepticCore
@testable import SkepticUI

/// The library view (`I`): the articles opened together, sortable by what their analysis found.
@Suite struct LibraryTests {
    static func summary(_ title: String, words: Int, sentences: Int, speculative: Int, vague: Int = 0, unsourced: Int = 0,
                        reviewed: Int = 0) -> ArticleSummary {
        ArticleSummary(title: title, words: words, sentences: sentences, speculative: speculative, vague: vague,
                       unsourced: unsourced, reviewed: reviewed)
    }

    static let entries = [
        LibraryEntry(source: "/n/calm.md", title: "calm.md", site: "n",
                     summary: summary("Calm notes", words: 300, sentences: 20, speculative: 1, vague: 4, unsourced: 2), status: .ready),
        LibraryEntry(source: "/n/maybe.md", title: "maybe.md", site: "n",
                     summary: summary("Maybe so", words: 120, sentences: 10, speculative: 6, vague: 1, unsourced: 0, reviewed: 3), status: .ready),
        LibraryEntry(source: "https://example.org/later", title: "Not read yet", site: "example.org"),
        LibraryEntry(source: "/n/some.md", title: "some.md", site: "n",
                     summary: summary("Some doubt", words: 900, sentences: 40, speculative: 8, vague: 2, unsourced: 9), status: .ready),
    ]

    func state(article: Int = 0, columns: Int = 100, rows: Int = 12) throws -> AppState {
        var s = AppState(document: try document("Title\n\nSome text here.\n"), columns: columns, rows: rows)
        var settings = ReaderSettings()
        settings.article = (article, Self.entries.count)
        s.configure(settings, highlights: .all, watch: [])
        s.setLibrary(Self.entries)
        return s
    }

    @Test func iOpensTheLibraryWithAColumnPerFinding() throws {
        var s = try state()
        #expect(s.handle(.char("I")) == .redraw)
        #expect(s.showingLibrary)
        let lines = Screen.render(s).lines
        #expect(lines[0] == " Library · 4 articles · analysed 3 of 4 · by as opened  (s sorts, Enter opens, Esc closes)")
        #expect(lines[1].hasPrefix("  title") && lines[1].hasSuffix("words  spec%  vague%  unsrc  rev"))
        #expect(lines[2].hasPrefix("▶ Calm notes"), "the article being read is marked")
        #expect(lines[2].hasSuffix("300     5%     20%      2    0"), "\(lines[2])")
        #expect(lines[3].hasSuffix("120    60%     10%      0    3"), "\(lines[3])")
        #expect(lines[4].hasPrefix("  Not read yet") && lines[4].hasSuffix("—"))
        #expect(Screen.render(s).roles(row: 2)[5] == .treeFocusedSelected)
    }

    @Test func sCyclesTheSortMostSpeculativeFirstAndTheCursorStaysOnItsArticle() throws {
        var s = try state()
        _ = s.handle(.char("I"))
        _ = s.handle(.char("s"))
        #expect(s.library.sort == .speculative)
        #expect(s.message == "sorted by speculative")
        let lines = Screen.render(s).lines
        #expect(lines[2].contains("Maybe so") && lines[3].contains("Some doubt") && lines[4].contains("Calm notes"))
        #expect(lines[5].contains("Not read yet"), "not analysed yet: last")
        #expect(s.library.order[s.library.list.cursor] == 0, "the cursor stays on the article it was on")
        _ = s.handle(.char("s"))
        #expect(s.library.sort == .vague)
        #expect(s.library.order == [0, 1, 3, 2], "20%, 10%, 5%")
        _ = s.handle(.char("s"))
        #expect(s.library.order == [3, 0, 1, 2], "by claims without a source")
    }

    @Test func enterOpensTheSelectedArticleAndEscCloses() throws {
        var s = try state()
        _ = s.handle(.char("I"))
        _ = s.handle(.char("s"))
        _ = s.handle(.char("k"))
        _ = s.handle(.char("k"))
        #expect(s.handle(.enter) == .openArticle(1))
        #expect(!s.showingLibrary)
        _ = s.handle(.char("I"))
        #expect(s.handle(.escape) == .redraw)
        #expect(!s.showingLibrary)
        _ = s.handle(.char("I"))
        _ = s.handle(.char("q"))
        #expect(!s.showingLibrary, "q closes the library, not the reader")
    }

    @Test func enterOnTheArticleBeingReadOnlyCloses() throws {
        var s = try state(article: 0)
        _ = s.handle(.char("I"))
        #expect(s.handle(.enter) == .redraw)
        #expect(!s.showingLibrary)
    }

    @Test func aAsksForEveryArticleAndNewsKeepsTheCursor() throws {
        var s = try state()
        _ = s.handle(.char("I"))
        _ = s.handle(.char("j"))
        _ = s.handle(.char("j"))
        #expect(s.handle(.char("a")) == .analyseLibrary)
        var later = Self.entries
        later[2].summary = Self.summary("Read now", words: 50, sentences: 5, speculative: 5)
        later[2].status = .ready
        _ = s.handle(.char("s"))
        s.setLibrary(later)
        #expect(s.library.order.first == 2, "the new article is the most speculative")
        #expect(s.library.order[s.library.list.cursor] == 2, "the cursor stays on its article")
        #expect(!Screen.render(s).lines[0].contains("analysed"), "all analysed: no progress")
    }

    @Test func theStatusLineShowsTheBackgroundReading() throws {
        var s = try state()
        #expect(!Screen.render(s).lines.last!.contains("library "))
        var reading = Self.entries
        reading[2].status = .analysing
        s.setLibrary(reading)
        #expect(Screen.render(s).lines.last!.contains("library 3/4 · "), "\(Screen.render(s).lines.last!)")
    }

    @Test func oneArticleHasNoLibrary() throws {
        var s = AppState(document: try document("Title\n\nSome text here.\n"), columns: 80, rows: 10)
        _ = s.handle(.char("I"))
        #expect(!s.showingLibrary)
        #expect(s.message?.hasPrefix("One article only") == true)
    }

    @Test func colonLibraryOpensItToo() throws {
        var s = try state()
        _ = s.handle(.char(":"))
        for ch in "library" { _ = s.handle(.char(ch)) }
        _ = s.handle(.enter)
        #expect(s.showingLibrary)
    }

    @Test func aNarrowScreenKeepsTitlesAndDropsColumns() throws {
        var s = try state(columns: 40, rows: 8)
        _ = s.handle(.char("I"))
        let lines = Screen.render(s).lines
        #expect(lines[2].hasPrefix("▶ Calm notes"))
        #expect(!lines[1].contains("spec%"))
    }

    @Test func aSummaryCountsWordsAndFlags() throws {
        let doc = try document("Title\n\nThe council said it may close the bridge. The bridge opened on Monday.\n")
        let summary = ArticleSummary(Pipeline.standard.run(doc))
        #expect(summary.words == 14, "the title and both sentences")
        #expect(summary.speculative == 1)
        #expect(summary.sentences >= 2)
    }
}
