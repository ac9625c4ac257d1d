import Testing
import SkepticCore
@testable import SkepticUI

/// Search in the core (plain, regex, smart case, whole document) and in the reader (prompt, n/N, Esc,
/// history, hits drawn), go-to, marks, the tree filter.
@Suite struct SearchTests {
    func reference(columns: Int = 100, rows: Int = 24) throws -> AppState {
        AppState(document: try UITestFiles.reference(), columns: columns, rows: rows)
    }

    func type(_ state: inout AppState, _ text: String) {
        for c in text { _ = state.handle(.char(c)) }
    }

    func hits(_ pattern: String, regex: Bool = false, in doc: Document) -> [String] {
        let r = Searcher.search(SearchQuery(pattern, isRegex: regex), in: doc)
        return (0..<r.count).map { doc.string(r.range($0)) }
    }

    // MARK: - Core

    @Test func smartCase() throws {
        let doc = try document("Title Line\n\nIran may decline. IRAN said no. The iranian view.\n")
        #expect(hits("iran", in: doc) == ["Iran", "IRAN", "iran"])
        #expect(hits("Iran", in: doc) == ["Iran"])
        #expect(SearchQuery("iran").isCaseSensitive == false)
        #expect(SearchQuery("Iran").isCaseSensitive == true)
    }

    @Test func aSpaceMatchesALineBreakInWrappedText() throws {
        let doc = try document("""
            Title Line

            Russia's president said that he had offered joint missile
            defense projects to Iran in June, and that Iran had declined
            the offer within days of it being made, officials said.
            """)
        #expect(hits("missile defense", in: doc) == ["missile\ndefense"])
    }

    @Test func wideCharactersAndWrappedLinesAreFoundAndDrawn() throws {
        let doc = try document("Title Line\n\n氷河 is the word for glacier, and the 氷河 shrinks every year, they say.\n")
        #expect(hits("氷河", in: doc).count == 2)
        var state = AppState(document: doc, columns: 30, rows: 10)
        _ = state.handle(.char("/"))
        type(&state, "氷河")
        let roles = state.frame().lines.flatMap(\.spans).filter { $0.role == .searchHit || $0.role == .searchCurrent }.map(\.text)
        #expect(roles.joined().contains("氷河"))
    }

    @Test func regexAndItsErrors() throws {
        let doc = try document("Title Line\n\nIt rose 4% in 2024 and 7% in 2025.\n")
        #expect(hits("[0-9]+%", regex: true, in: doc) == ["4%", "7%"])
        #expect(hits("20(24|25)", regex: true, in: doc) == ["2024", "2025"])
        let bad = Searcher.search(SearchQuery("(unclosed", isRegex: true), in: doc)
        #expect(bad.error?.hasPrefix("regex error:") == true)
        var state = AppState(document: doc, columns: 80, rows: 10)
        _ = state.handle(.char("/"))
        _ = state.handle(.ctrl("r"))
        type(&state, "(x")
        #expect(state.frame().message?.hasPrefix("regex error:") == true)
        #expect(state.frame().prompt?.lead == "regex /")
    }

    @Test func hitsStayInsideBlocks() throws {
        let doc = try document("Title Line\n\nThe first paragraph ends here\n\nhere the second one starts.\n")
        #expect(hits("here here", in: doc).isEmpty)
    }

    // MARK: - Reader

    @Test func slashSearchesAsYouTypeNMovesEscReturns() throws {
        var state = try reference()
        let start = state.top
        _ = state.handle(.char("/"))
        type(&state, "regional security")
        let frame = state.frame()
        #expect(frame.prompt?.text == "regional security")
        #expect(state.search?.result.count ?? 0 >= 2)
        #expect(state.top != start)
        #expect(frame.lines.flatMap(\.spans).contains { $0.role == .searchCurrent && $0.text.lowercased().contains("regional") })
        _ = state.handle(.enter)
        let total = state.search!.result.count
        #expect(state.searchStatus == "hit 1/\(total)")
        _ = state.handle(.char("n"))
        #expect(state.searchStatus == "hit 2/\(total)")
        _ = state.handle(.char("N"))
        #expect(state.searchStatus == "hit 1/\(total)")
        _ = state.handle(.char("N"))
        #expect(state.searchStatus == "hit \(total)/\(total)")
        #expect(state.frame().message == "search hit TOP, continuing at BOTTOM")
        // Esc while typing returns to where the search started.
        let before = state.top
        _ = state.handle(.char("/"))
        type(&state, "Conclusion")
        #expect(state.top != before)
        _ = state.handle(.escape)
        #expect(state.top == before)
        #expect(state.prompt == nil)
    }

    @Test func questionMarkSearchesBackwardAndHistoryRecalls() throws {
        var state = try reference()
        _ = state.apply(.bottom)
        _ = state.handle(.char("?"))
        type(&state, "Putin")
        _ = state.handle(.enter)
        // As in less, a backward search starts above the top line; n keeps going backward, N forward.
        let total = state.search!.result.count
        let first = try #require(state.search?.current)
        #expect(state.searchStatus == "hit \(first + 1)/\(total)")
        _ = state.handle(.char("n"))
        #expect(state.searchStatus == "hit \(first)/\(total)")
        _ = state.handle(.char("N"))
        #expect(state.searchStatus == "hit \(first + 1)/\(total)")
        _ = state.handle(.char("/"))
        type(&state, "Iran")
        _ = state.handle(.enter)
        #expect(state.searchHistory == ["Putin", "Iran"])
        _ = state.handle(.char("/"))
        _ = state.handle(.up)
        #expect(state.prompt?.text == "Iran")
        _ = state.handle(.up)
        #expect(state.prompt?.text == "Putin")
        _ = state.handle(.down)
        _ = state.handle(.down)
        #expect(state.prompt?.text == "")
    }

    @Test func notFoundSaysSo() throws {
        var state = try reference()
        _ = state.handle(.char("/"))
        type(&state, "zebra crossing")
        #expect(state.frame().message == "Pattern not found")
        _ = state.handle(.enter)
        #expect(state.frame().message == "Pattern not found: zebra crossing")
    }

    @Test func goToLinePercentAndHeading() throws {
        var state = try reference()
        _ = state.handle(.char(":"))
        type(&state, "#2")
        _ = state.handle(.enter)
        #expect(state.frame().lines.first?.text == "The Context of the Offer")
        _ = state.handle(.char(":"))
        type(&state, "100%")
        _ = state.handle(.enter)
        #expect(state.frame().percent == 100)
        _ = state.handle(.char(":"))
        type(&state, "32")
        _ = state.handle(.enter)
        #expect(state.frame().lines.first?.text.hasPrefix("JUST IN") == true)
        _ = state.handle(.char(":"))
        type(&state, "abc")
        _ = state.handle(.enter)
        #expect(state.frame().message == "Not a line, a percentage or a heading: abc (try 120, 50% or #3)")
    }

    @Test func marksAndBackToBeforeTheJump() throws {
        var state = try reference()
        _ = state.handle(.char("]"))
        _ = state.handle(.char("]"))
        let here = state.top
        _ = state.handle(.char("m"))
        _ = state.handle(.char("a"))
        #expect(state.frame().message == "mark a set")
        _ = state.apply(.bottom)
        _ = state.handle(.char("'"))
        _ = state.handle(.char("a"))
        #expect(state.top == here)
        _ = state.handle(.char(":"))
        type(&state, "50%")
        _ = state.handle(.enter)
        let half = state.top
        _ = state.handle(.char("'"))
        _ = state.handle(.char("'"))
        #expect(state.top == here)
        _ = state.handle(.char("'"))
        _ = state.handle(.char("'"))
        #expect(state.top == half)
        _ = state.handle(.char("'"))
        _ = state.handle(.char("z"))
        #expect(state.frame().message == "mark z is not set")
    }

    @Test func treeSlashFiltersHeadingsAndEnterJumps() throws {
        var state = try reference()
        _ = state.handle(.tab)
        _ = state.handle(.char("/"))
        type(&state, "conclusion")
        #expect(state.frame().treeRows.map(\.title).dropFirst() == ["Conclusion", "Conclusion: An Ongoing Diplomatic Dance"])
        _ = state.handle(.enter)
        #expect(state.frame().lines.first?.text == "Conclusion")
        #expect(state.tree.filter == nil)
        #expect(state.focus == .text)
    }

    @Test func mouseWheelScrollsAndClicksJumpAndSelect() throws {
        var state = try reference()
        let start = state.top
        _ = state.handle(.mouse(MouseEvent(.wheelDown, column: 60, row: 5)))
        #expect(state.top != start)
        // A click on the tree's third row jumps to that section.
        let third = state.frame().treeRows[2]
        _ = state.handle(.mouse(MouseEvent(.click, column: 2, row: 2)))
        #expect(state.frame().sectionTitle == third.title)
        // A click on text selects its sentence and names its labels.
        _ = state.handle(.char("s"))
        let width = state.frame().lines[0].width
        _ = state.handle(.mouse(MouseEvent(.click, column: state.paneColumn + state.textMargin + width - 2, row: 0)))
        #expect(state.frame().message?.hasPrefix("sentence ") == true)
        #expect(state.frame().message?.contains("speculative: ") == true)
    }

    @Test func watchRulesAreDrawn() throws {
        var state = try reference()
        state.setWatchRules([WatchRule(pattern: "missile", role: .watch)])
        _ = state.handle(.char("]"))
        #expect(state.frame().lines.flatMap(\.spans).contains { $0.role == .watch && $0.text.lowercased() == "missile" })
    }
}

/// A click on a sentence with links shows their URLs.
@Suite struct SelectionTests {
    @Test func clickingASentenceNamesEachLabelWithItsCuesAndCategories() throws {
        let doc = try ArticleLoader.load(bytes: Array("# Title\n\nThe company expects sales of about 40 million cars.\n".utf8),
                                         name: "t.md", format: .markdown)
        var state = AppState(document: doc, columns: 60, rows: 10)
        let row = state.frame().lines.firstIndex { $0.text.contains("expects") }!
        _ = state.handle(.mouse(MouseEvent(.click, column: state.paneColumn + state.textMargin + 3, row: row)))
        #expect(state.frame().message == "sentence 1: speculative: expects (belief) · vague: about (approximator)")
    }

    /// A claim names the source it rests on, or says it rests on none.
    @Test func clickingAClaimNamesItsSource() throws {
        let text = "# Rates\n\n“We will hold rates at 4 per cent this year,” said Janet Yellen, the Treasury Secretary.\n\nThe bank sold 300 tonnes of gold in March.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        var state = AppState(annotated: Pipeline.standard.run(doc), columns: 80, rows: 12)
        let quoted = state.frame().lines.firstIndex { $0.text.contains("We will hold") }!
        _ = state.handle(.mouse(MouseEvent(.click, column: state.paneColumn + state.textMargin + 3, row: quoted)))
        #expect(state.frame().message?.contains("source: Janet Yellen, quoted") == true, "\(state.frame().message ?? "")")
        let plain = state.frame().lines.firstIndex { $0.text.contains("300 tonnes") }!
        _ = state.handle(.mouse(MouseEvent(.click, column: state.paneColumn + state.textMargin + 3, row: plain)))
        #expect(state.frame().message?.contains("claim, unsourced") == true, "\(state.frame().message ?? "")")
    }

    /// `w` and `W` step through the claims that rest on no source.
    @Test func wStepsToClaimsWithoutASource() throws {
        let text = "# Rates\n\n“We will hold rates at 4 per cent this year,” said Janet Yellen, the Treasury Secretary.\n\nThe bank sold 300 tonnes of gold in March.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        var state = AppState(annotated: Pipeline.standard.run(doc), columns: 80, rows: 12)
        _ = state.handle(.char("w"))
        let target = try #require(state.reviewTarget)
        #expect(doc.string(state.annotations.sentences[target].range).contains("300 tonnes"))
        _ = state.handle(.char("w"))
        #expect(state.message == "No more claims without a source that way")
    }

    @Test func clickingASentenceShowsItsLinks() throws {
        let doc = try ArticleLoader.load(bytes: Array("# Title\n\nThe council [said](https://example.org/council) it may close the bridge.\n".utf8),
                                         name: "t.md", format: .markdown)
        var state = AppState(document: doc, columns: 60, rows: 10)
        let row = state.frame().lines.firstIndex { $0.text.contains("council") }!
        _ = state.handle(.mouse(MouseEvent(.click, column: state.paneColumn + state.textMargin + 3, row: row)))
        #expect(state.frame().message?.contains("[1] https://example.org/council") == true)
        #expect(state.frame().message?.contains("speculative: may (modal)") == true)
    }
}
