import Testing
import SkepticCore
@testable import SkepticUI

/// What an article says twice, in the reader (issue 14, part 4): "=" in the margin beside a repeat, "≈" beside a
/// restatement, and `=` goes to where it was first said (selected), `''` back.
@Suite struct RepeatMarkTests {
    static let text = """
        # Harbour

        The Halverston council approved a new harbour bridge on Tuesday after a long debate about its cost and its design.

        Engineers from Verlan Steel will build the bridge over four years, using steel from the company's northern mills.

        Residents packed the hall.

        On Tuesday the Halverston council approved the new harbour bridge after a long debate about the cost and design.

        The new harbour bridge, approved by the Halverston council on Tuesday, followed months of argument over what it would cost and how it should look.

        The Dunmore council approved a new harbour wall on Friday after a long debate about its cost and its height.

        """

    func state(rows: Int = 30) throws -> AppState {
        let doc = try ArticleLoader.load(bytes: Array(Self.text.utf8), name: "t.md", format: .markdown)
        return AppState(annotated: Pipeline.standard.run(doc), columns: 100, rows: rows)
    }

    /// The margin character beside the pane's line holding `needle`, and that line.
    func mark(_ s: AppState, _ needle: String) throws -> Character? {
        let lines = Screen.render(s).lines
        let row = try #require(lines.firstIndex { $0.contains(needle) }, "no line with \(needle)")
        let column = s.paneColumn + s.textMargin - 1
        let line = Array(lines[row])
        return column < line.count ? line[column] : nil
    }

    @Test func aRepeatAndARestatementAreMarkedInTheMargin() throws {
        let s = try state()
        #expect(try mark(s, "On Tuesday the Halverston council") == "=")
        #expect(try mark(s, "The new harbour bridge, approved") == "≈")
        // The first appearance and other statements have no mark.
        #expect(try mark(s, "The Halverston council approved a new harbour bridge") == " ")
        #expect(try mark(s, "The Dunmore council approved") == " ")
        #expect(try mark(s, "Residents packed the hall") == " ")
    }

    @Test func equalsGoesToWhereItWasFirstSaidAndQuoteQuoteComesBack() throws {
        var s = try state(rows: 4)
        // Down to the repeat (the top line), then `=`.
        _ = s.handle(.char(":"))
        for c in "9" { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        #expect(s.frame().lines.first?.text.contains("On Tuesday the Halverston") == true)
        let before = s.top
        _ = s.handle(.char("="))
        let first = try #require(s.selectedSentence)
        #expect(s.document.string(s.annotations.sentences[first].range).hasPrefix("The Halverston council approved a new harbour bridge"))
        #expect(s.frame().lines.first?.text.contains("The Halverston council approved") == true)
        #expect(s.message == "line 9 repeats line 3, here ('' goes back)", "\(s.message ?? "")")
        _ = s.handle(.char("'"))
        _ = s.handle(.char("'"))
        #expect(s.top == before)
        // The restatement says so.
        _ = s.handle(.char(":"))
        for c in "11" { _ = s.handle(.char(c)) }
        _ = s.handle(.enter)
        _ = s.handle(.char("="))
        #expect(s.message == "line 11 restates line 3, here ('' goes back)", "\(s.message ?? "")")
    }

    @Test func nothingSaidBeforeOnTheScreenIsSaid() throws {
        let doc = try ArticleLoader.load(bytes: Array("# T\n\nThe port handled 2 million containers in 2024.\n".utf8), name: "t.md")
        var s = AppState(annotated: Pipeline.standard.run(doc), columns: 80, rows: 10)
        _ = s.handle(.char("="))
        #expect(s.message == "Nothing on this screen was said before (= and ≈ in the margin mark what was)")
        #expect(s.selectedSentence == nil)
    }

    /// `6` folds a paragraph that only says again what was said before to one line saying where; `6` unfolds.
    @Test func sixFoldsWhatIsSaidTwice() throws {
        var s = try state()
        _ = s.handle(.char("6"))
        #expect(s.message == "What is said twice folded: a paragraph said before is one line (6 unfolds)")
        let lines = s.frame().lines.map(\.text)
        #expect(lines.contains { $0.hasPrefix("≈ said before (line 3): On Tuesday the Halverston council") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("≈ said before (line 3): The new harbour bridge, approved") }, "\(lines)")
        // A folded line says it itself: no mark in the margin beside it.
        #expect(try mark(s, "≈ said before (line 3): On Tuesday") == " ")
        // The rest is as it was.
        #expect(lines.contains { $0.hasPrefix("The Halverston council approved a new harbour bridge") })
        #expect(lines.contains { $0.hasPrefix("The Dunmore council approved") })
        _ = s.handle(.char("6"))
        #expect(s.message == "What is said twice shown in full")
        #expect(!s.frame().lines.contains { $0.text.hasPrefix("≈ said before") })
        #expect(s.frame().lines.contains { $0.text.hasPrefix("On Tuesday the Halverston council") })
    }
}
