import Testing
import SkepticCore
@testable import SkepticUI

/// An article whose page says `dir=rtl` is set against the right edge; code and tables keep their layout.
@Suite struct DirectionLayoutTests {
    static let page = """
        <html lang="he" dir="rtl"><head><title>מזג האוויר בנמל</title></head><body><article>
        <p>הרוח בנמל התחזקה בבוקר, והספינות נשארו ברציף עד הצהריים, כך אמרו העובדים, שחיכו לאישור לצאת לים הפתוח.</p>
        <p>מנהל הנמל אמר שהתחזית לשבוע הבא טובה יותר, ושהתנועה תחזור לשגרה בתוך יומיים, אם לא יהיו הפתעות נוספות.</p>
        <blockquote><p>הים היה סוער מאוד הבוקר, ולא יכולנו לצאת</p></blockquote>
        <pre>tide = 2.4 m</pre></article></body></html>
        """

    @Test func rightToLeftProseIsRightAligned() {
        let doc = HTMLImporter().importDocument(Array(Self.page.utf8), name: "page.html")
        #expect(doc.direction == .rightToLeft)
        #expect(doc.language == "he")
        let width = 40
        let layout = DocumentLayout(document: doc, width: width)
        for b in 0..<layout.blockCount {
            let lines = layout.lines(of: b).filter { !$0.text.isEmpty }
            switch doc.blocks[b].kind {
            case .code:
                // Code keeps its own left-to-right indent.
                #expect(lines.allSatisfy { $0.text.hasPrefix("  tide") })
            case .paragraph, .title:
                #expect(!lines.isEmpty)
                for line in lines {
                    #expect(line.width == width, "\(line.text)")
                    #expect(DisplayWidth.of(line.text) == width)
                    #expect(line.text.last != " ")
                }
                // Some line is short enough to show the alignment: it starts with the padding.
                if lines.count > 1 { #expect(lines.last!.text.hasPrefix(" ")) }
            case .quote:
                // The quote's bar stands at the right, where its lines start.
                #expect(lines.allSatisfy { $0.text.hasSuffix(" ▌") && $0.width == width })
            default:
                break
            }
        }
    }

    @Test func leftToRightLayoutIsUnchanged() throws {
        let doc = try ArticleLoader.load(bytes: Array("A short line.\n\nAnother one.\n".utf8), name: "t.txt", format: .plainText)
        #expect(doc.direction == nil)
        #expect(laidOut(doc, width: 40).filter { !$0.isEmpty }.allSatisfy { !$0.hasPrefix(" ") })
    }
}
