import Testing
import SkepticCore
@testable import SkepticUI

/// The statement the review keys act on (issue 15: one owner; issue 16: "they act on the sentence a flag jump or
/// a click selected"): the last clicked or jumped to, a click and a jump each replacing the other, and only while
/// it is on the screen.
@Suite struct ReviewTargetTests {
    func reference(rows: Int = 24) throws -> AppState {
        AppState(document: try UITestFiles.reference(), columns: 100, rows: rows)
    }

    func text(_ s: AppState, _ sentence: Int?) -> String {
        sentence.map { s.document.string(s.annotations.sentences[$0].range) } ?? "none"
    }

    @Test func aJumpAfterAClickActsOnTheStatementJumpedTo() throws {
        var s = try reference()
        // Click the first line of text in the pane, then jump to the first speculative statement.
        let row = try #require(s.frame().lines.firstIndex { $0.text.contains("In a significant diplomatic development") })
        _ = s.handle(.mouse(MouseEvent(.click, column: s.paneColumn + s.textMargin + 3, row: row)))
        let clicked = try #require(s.selectedSentence)
        #expect(s.reviewTarget == clicked)
        _ = s.handle(.char("s"))
        _ = s.handle(.char("s"))
        let jumped = try #require(s.reviewTarget)
        #expect(jumped != clicked, "\(text(s, jumped))")
        #expect(s.selectedSentence == nil)
        _ = s.handle(.char("+"))
        #expect(s.message?.hasPrefix("sentence \(jumped + 1): confirmed") == true, "\(s.message ?? "")")
        // A click again replaces the jump.
        let row2 = try #require(s.frame().lines.indices.first { s.frame().lines[$0].text.count > 20 })
        _ = s.handle(.mouse(MouseEvent(.click, column: s.paneColumn + s.textMargin + 3, row: row2)))
        #expect(s.reviewTarget == s.selectedSentence)
    }

    @Test func aStatementOffTheScreenIsNotActedOn() throws {
        var s = try reference()
        _ = s.handle(.char("s"))
        _ = s.handle(.char("s"))
        let jumped = try #require(s.reviewTarget)
        _ = s.handle(.char("G"))
        #expect(s.reviewTarget != jumped)
        _ = s.handle(.char("-"))
        #expect(s.message?.hasPrefix("sentence \(jumped + 1)") != true, "\(s.message ?? "")")
    }
}
