import Testing
import SkepticCore
@testable import SkepticUI

/// A bare fragment link (`[the methods](#methods)`) is numbered and followed within the article (issue 17).
@Suite struct FragmentLinkTests {
    @Test func oAndTheNumberJumpToTheHeadingAndQuoteQuoteComesBack() throws {
        let text = "# T\n\nSee [the methods](#methods) for how the council counted 40 ships.\n\n" + String(repeating: "Filler line of text.\n\n", count: 30)
            + "## Methods\n\nThe clerk kept a ledger.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "f.md", format: .markdown)
        var s = AppState(annotated: Pipeline.standard.run(doc), columns: 80, rows: 10)
        let before = s.top
        _ = s.handle(.char("o"))
        _ = s.handle(.char("1"))
        _ = s.handle(.enter)
        #expect(s.frame().lines.first?.text.hasPrefix("Methods") == true, "\(s.frame().lines.first?.text ?? "")")
        #expect(s.message == "#methods")
        _ = s.handle(.char("'"))
        _ = s.handle(.char("'"))
        #expect(s.top == before)
    }
}
