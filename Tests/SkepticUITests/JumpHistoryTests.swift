import Testing
import SkepticCore
@testable import SkepticUI

/// `''` returns from any jump, as in less and vi; the top line stays on a line of the layout.
@Suite struct JumpHistoryTests {
    func reference() throws -> AppState {
        AppState(document: try UITestFiles.reference(), columns: 100, rows: 24)
    }

    /// Scrolls a little (not a jump), presses `keys`, then `''`: the top line is back where it was.
    func returns(after keys: [Key], _ setUp: (inout AppState) -> Void = { _ in }) throws -> Bool {
        var s = try reference()
        setUp(&s)
        for _ in 0..<7 { _ = s.handle(.char("j")) }
        let before = s.top
        for key in keys { _ = s.handle(key) }
        guard s.top != before else { return false }
        _ = s.handle(.char("'"))
        _ = s.handle(.char("'"))
        return s.top == before
    }

    @Test(arguments: [
        ("]", [Key.char("]")]), ("[", [.char("[")]), ("}", [.char("}")]), ("{", [.char("{")]),
        ("G", [.char("G")]), ("s", [.char("s")]), ("c", [.char("c")]), ("r", [.char("r")]),
        (";", [.char(";")]), ("v", [.char("v")]),
        (":#3", [.char(":"), .char("#"), .char("3"), .enter]), (":50%", [.char(":"), .char("5"), .char("0"), .char("%"), .enter]),
        ("search", [.char("/"), .char("i"), .char("r"), .char("a"), .char("n"), .enter]),
        ("L Enter", [.char("L"), .char("j"), .enter]),
        ("tree Enter", [.tab, .char("j"), .char("j"), .enter]),
    ])
    func backQuoteTwiceReturnsFrom(name: String, keys: [Key]) throws {
        #expect(try returns(after: keys), "'' after \(name)")
    }

    @Test func backFromTopAndFromAMarkAndFromAClick() throws {
        var g = try reference()
        _ = g.handle(.char("G"))
        let bottom = g.top
        _ = g.handle(.char("g"))
        _ = g.handle(.char("'"))
        _ = g.handle(.char("'"))
        #expect(g.top == bottom)
        var s = try reference()
        _ = s.handle(.char("m"))
        _ = s.handle(.char("a"))
        _ = s.handle(.char("G"))
        let end = s.top
        _ = s.handle(.char("'"))
        _ = s.handle(.char("a"))
        _ = s.handle(.char("'"))
        _ = s.handle(.char("'"))
        #expect(s.top == end)
        // A click in the tree is a jump too.
        var t = try reference()
        for _ in 0..<7 { _ = t.handle(.char("j")) }
        let before = t.top
        _ = t.handle(.mouse(MouseEvent(.click, column: 2, row: 5)))
        #expect(t.top != before)
        _ = t.handle(.char("'"))
        _ = t.handle(.char("'"))
        #expect(t.top == before)
    }

    @Test func theViewportKeepsTheTopOnALine() throws {
        var s = try reference()
        s.place(LinePosition(block: 10_000, line: 3))
        #expect(s.top == s.layout.end())
        s.place(LinePosition(block: 2, line: 500))
        #expect(s.top.block == 2 && s.layout.line(at: s.top) != nil)
        s.place(LinePosition(block: -4, line: 0))
        #expect(s.top == LinePosition(block: 0, line: 0))
    }
}
