import Testing
import SkepticCore
import SkepticUI
@testable import SkepticTerminal

/// OSC 8 hyperlinks: only safe addresses, written over the link's cells. In the first frame's suite (one
/// test at a time: the terminal description is global to the terminfo library).
extension FirstFrameTests {
    @Test func onlyWebAndFileAddressesWithoutControlCharactersAreTaken() {
        #expect(Hyperlinks.validated("https://example.org/a?b=c;d") == Array("https://example.org/a?b=c;d".utf8))
        #expect(Hyperlinks.validated("HTTP://example.org/") != nil)
        #expect(Hyperlinks.validated("file:///tmp/notes.md") != nil)
        #expect(Hyperlinks.validated("https://example.org/café") == Array("https://example.org/caf%C3%A9".utf8))
        for hostile in ["https://evil.example/\u{1B}]8;;https://other/\u{07}x", "https://a.example/\u{07}", "https://a.example/\u{9C}", "https://a.example/\u{202E}txt",
                        "https://a b.example/", "https://a.example/\u{7F}", "javascript:alert(1)", "mailto:x@example.org",
                        "notes.md", "https://example.org/" + String(repeating: "a", count: 3000)] {
            #expect(Hyperlinks.validated(hostile) == nil, "\(hostile.debugDescription)")
        }
    }

    @Test func aLinksCellsAreWrittenBetweenTheOpeningAndTheClosingSequence() throws {
        var grid = CellGrid(width: 30, height: 3)
        grid.linkTargets = ["https://example.org/council", "https://evil.example/\u{1B}]8;;x\u{07}"]
        grid.put("The ", row: 1, column: 0, role: .text)
        let end = grid.put("said so", row: 1, column: 4, role: .link, link: 1)
        grid.put("[1]", row: 1, column: end, role: .linkMarker, link: 1)
        grid.put("bad[2]", row: 2, column: 0, role: .link, link: 2)
        let bytes = try #require(Hyperlinks.overlay(grid, theme: .default, terminalType: "xterm-256color"))
        let text = String(decoding: bytes, as: UTF8.self)
        let open = "\u{1B}]8;id=skeptic-1;https://example.org/council\u{1B}\\"
        #expect(text.hasPrefix("\u{1B}[2;5H" + open), "\(text.debugDescription)")
        #expect(text.contains("said so"))
        #expect(text.contains("[1]\u{1B}]8;;\u{1B}\\"))
        // The hostile address is refused: one hyperlink only, and no BEL or second ESC ] from it.
        #expect(text.components(separatedBy: "\u{1B}]8;id=").count == 2)
        #expect(!text.contains("\u{07}"))
        #expect(!text.contains("bad"))
    }

    @Test func aGridWithoutLinksWritesNothing() throws {
        var grid = CellGrid(width: 10, height: 2)
        grid.put("plain", row: 0, column: 0, role: .text)
        #expect(try #require(Hyperlinks.overlay(grid, theme: .default, terminalType: "xterm-256color")).isEmpty)
    }
}
