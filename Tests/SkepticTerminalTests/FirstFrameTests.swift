import Testing
import SkepticUI
@testable import SkepticTerminal

/// The first frame, written before curses starts: what reaches the terminal for a small grid. One test at a
/// time: the terminal description is global to the terminfo library.
@Suite(.serialized) struct FirstFrameTests {
    /// A 12×3 grid: a heading, a line with a wide character and an escape character, and a last cell.
    func grid() -> CellGrid {
        var g = CellGrid(width: 12, height: 3)
        g.put("Title", row: 0, column: 0, role: .heading1)
        g.put("A\u{1B}B 世x", row: 1, column: 2, role: .text)
        g.put("Z", row: 2, column: 11, role: .text)
        return g
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func entersTheAlternateScreenHidesTheCursorAndClears() throws {
        let frame = try #require(FirstFrame.frame(grid(), theme: .default, colour: true, terminalType: "xterm-256color"))
        #expect(text(frame).hasPrefix("\u{1B}[?1049h"))
        #expect(text(frame).contains("\u{1B}[?25l"))
        #expect(text(frame).contains("\u{1B}[H\u{1B}[2J"))
    }

    @Test func placesRunsByCursorAddressAndKeepsWideCharactersInLine() throws {
        let frame = text(try #require(FirstFrame.frame(grid(), theme: .default, colour: true, terminalType: "xterm-256color")))
        #expect(frame.contains("\u{1B}[1;1H"))
        #expect(frame.contains("Title"))
        // Row 2 starts at column 3; the escape character put into the grid is drawn in its visible notation
        // (the grid's last guard); the short gap after "B" is a space, not a cursor move; the wide character
        // takes two columns and "x" follows it without a jump.
        #expect(frame.contains("\u{1B}[2;3H"))
        #expect(frame.contains("A^[B 世x"))
    }

    @Test func longGapsAreCursorMoves() throws {
        var g = CellGrid(width: 40, height: 2)
        g.put("left", row: 0, column: 0, role: .text)
        g.put("right", row: 0, column: 30, role: .text)
        let frame = text(try #require(FirstFrame.frame(g, theme: .default, colour: false, terminalType: "xterm-256color")))
        #expect(frame.contains("left\u{1B}[1;31Hright"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let frame = text(try #require(FirstFrame.frame(grid(), theme: .default, colour: true, terminalType: "xterm-256color")))
        #expect(!frame.contains("A\u{1B}B"))
    }

    @Test func leavesTheBottomRightCellToCurses() throws {
        let frame = text(try #require(FirstFrame.frame(grid(), theme: .default, colour: true, terminalType: "xterm-256color")))
        #expect(!frame.contains("Z"))
    }

    @Test func withoutColourOnlyAttributes() throws {
        let coloured = text(try #require(FirstFrame.frame(grid(), theme: .default, colour: true, terminalType: "xterm-256color")))
        let plain = text(try #require(FirstFrame.frame(grid(), theme: .default, colour: false, terminalType: "xterm-256color")))
        #expect(coloured.contains("\u{1B}[38;5;"))
        #expect(!plain.contains("\u{1B}[38;5;") && !plain.contains("\u{1B}[3"  + "8"))
        #expect(plain.contains("Title"))
    }

    @Test func paddingInTerminfoStringsIsNotWritten() throws {
        // vt100's strings carry padding ("$<5>"): curses waits for it; as text it would garble the screen.
        let frame = text(try #require(FirstFrame.frame(grid(), theme: .default, colour: false, terminalType: "vt100")))
        #expect(!frame.contains("$<"))
        #expect(frame.contains("Title"))
        #expect(frame.contains("\u{1B}[2;3H") && frame.contains("A^[B"))
    }

    @Test func anUnknownTerminalTypeGivesNoFrame() {
        #expect(FirstFrame.frame(grid(), theme: .default, colour: true, terminalType: "no-such-terminal-xyz") == nil)
    }
}
