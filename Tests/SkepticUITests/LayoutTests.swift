import Testing
import SkepticCore
@testable import SkepticUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("’", 1), ("—", 1), ("中", 2), ("한", 2), ("😀", 2), ("é", 1), ("e\u{301}", 1), ("\u{200D}", 0), ("ｱ", 1), ("Ａ", 2), ("🇫🇷", 2), ("x🇫🇷y", 4),
    ])
    func width(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    /// A frame's grid is allocated (and its pages touched) before every first screen: cells stay small.
    @Test func cellsStaySmall() {
        #expect(MemoryLayout<Cell>.stride <= 12)
    }
}

@Suite struct LayoutTests {
    let paragraph = "Title Line\n\nThe quick brown fox jumps over the lazy dog and keeps running far away.\n"

    @Test func wrapsAtWordsWithinTheWidth() throws {
        let doc = try document(paragraph)
        #expect(laidOut(doc, width: 20) == [
            "Title Line", "", "The quick brown fox", "jumps over the lazy", "dog and keeps", "running far away.",
        ])
        for width in [1, 2, 5, 13, 40, 200] {
            let layout = DocumentLayout(document: doc, width: width)
            for b in 0..<layout.blockCount {
                for line in layout.lines(of: b) {
                    #expect(line.width <= width)
                    #expect(DisplayWidth.of(line.text) == line.width)
                }
            }
        }
    }

    @Test func wideCharactersCountTwoColumnsAndBreakAnywhere() throws {
        let doc = try document("中文标题\n\n这是一个很长的中文句子用于测试换行。😀😀 end\n")
        let lines = laidOut(doc, width: 10)
        #expect(lines[2] == "这是一个很")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined().contains("😀😀"))
    }

    @Test func longWordsAreBrokenWhenWiderThanTheLine() throws {
        let doc = try document("Short Title\n\nsupercalifragilisticexpialidocious is a long word indeed.\n")
        let lines = laidOut(doc, width: 10)
        #expect(lines[0...1] == ["Short", "Title"])
        #expect(lines[3] == "supercalif")
        #expect(lines[4] == "ragilistic")
    }

    @Test func controlCharactersAreShownVisibly() throws {
        let doc = try document("Plain Title\n\nEvil \u{1B}[2J text with a bell\u{07} in it.\n")
        let layout = DocumentLayout(document: doc, width: 40)
        let line = layout.lines(of: 1)[0]
        #expect(line.text == "Evil ^[[2J text with a bell^G in it.")
        #expect(line.spans.contains(Span("^[", .control)))
        #expect(!line.text.unicodeScalars.contains { Sanitiser.isControl($0) })
    }

    @Test func listItemsHangAndQuotesHaveABar() throws {
        let doc = try document("""
            A Title

            - First item that is long enough to wrap onto a second line here
            - Second item

            JUST IN: something happened today, people say. pic.twitter.com/abc
            — Some Name (@handle) June 18, 2025
            """)
        let lines = laidOut(doc, width: 30)
        #expect(lines[2] == "  • First item that is long")
        #expect(lines[3] == "    enough to wrap onto a")
        #expect(lines.contains("▌ — Some Name (@handle) June"))
        #expect(lines.contains { $0.hasPrefix("▌ JUST IN:") })
    }

    @Test func referenceArticleAtSeveralWidths() throws {
        let doc = try UITestFiles.reference()
        for width in [1, 8, 20, 38, 78, 100] {
            let lines = laidOut(doc, width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
            // Every word of the text survives the layout.
            let words = lines.joined(separator: " ").split(separator: " ").count
            #expect(words > 1500 || width < 8)
        }
        #expect(laidOut(doc, width: 78).first == "Putin’s Shocking Proposal: Iran Rejects Joint Missile Defense with Russia!")
    }

    @Test func dumpIsTheLaidOutText() throws {
        let doc = try document(paragraph)
        #expect(Dump.render(doc, paneWidth: 22) == "Title Line\n\nThe quick brown fox\njumps over the lazy\ndog and keeps\nrunning far away.\n")
    }
}
