import Foundation
import Testing
@testable import SkepticCore

/// The article the product was designed around (read from ../shared, never copied here).
@Suite struct ReferenceArticleTests {
    let document: Document

    init() throws {
        document = try ArticleLoader.load(path: TestFiles.referenceArticle.path)
    }

    @Test func treeIsExactlyTitlePartsAndSections() {
        let tree = document.sections.map { String(repeating: "  ", count: $0.level) + $0.title }
        #expect(tree == [
            "Putin’s Shocking Proposal: Iran Rejects Joint Missile Defense with Russia!",
            "  Putin’s Offer of Joint Missile Defense Projects to Iran: A Strategic Analysis",
            "    The Context of the Offer",
            "    The Nature of the Proposed Collaboration",
            "    Iran’s Decline: Reasons and Implications",
            "    The Broader Geopolitical Landscape",
            "    Potential Consequences for Russia and Iran",
            "    The Impact on Global Security",
            "    Conclusion",
            "  JUST IN: Russian President Putin says he offered joint missile defense projects to Iran, but they declined.",
            "    Understanding the Context of Russian-Iranian Relations",
            "    The Significance of Joint Missile Defense Projects",
            "    Iran’s Strategic Choices",
            "    What Does This Mean for Regional Security?",
            "    International Reactions to the Announcement",
            "    Future Prospects for Russian-Iranian Cooperation",
            "    Conclusion: An Ongoing Diplomatic Dance",
        ])
    }

    @Test func keywordLineIsMetadataAndRuleIsSeparator() {
        #expect(document.metadata.map(\.key) == [.keywords])
        #expect(document.metadata.first?.value.hasPrefix("Russian military cooperation, Iran missile defense strategy") == true)
        #expect(document.blocks[1].kind == .metadata(.keywords))
        #expect(document.blocks[2].kind == .separator)
        #expect(document.blocks[2].line == 3)
    }

    @Test func labelledLinesAreListItemsInTheirSection() {
        let items = document.blocks.filter { if case .listItem = $0.kind { return true } else { return false } }
        let texts = items.map { document.string(of: $0) }
        #expect(texts.contains { $0.hasPrefix("Strategic Autonomy:") })
        #expect(texts.contains { $0.hasPrefix("For Iran:") })
        let autonomy = items.first { document.string(of: $0).hasPrefix("Strategic Autonomy:") }!
        #expect(document.sections[autonomy.section].title == "Iran’s Decline: Reasons and Implications")
    }

    @Test func embeddedPostIsOneQuoteBlock() {
        let quotes = document.blocks.filter { $0.kind == .quote }
        #expect(quotes.count == 1)
        let quote = quotes[0]
        #expect(document.string(of: quote).hasPrefix("JUST IN: Russian President Putin says"))
        #expect(document.string(of: quote).hasSuffix("— BRICS news (@BRICSinfo) June 18, 2025"))
        #expect(document.string(quote.attributionStart!..<quote.range.upperBound) == "— BRICS news (@BRICSinfo) June 18, 2025")
        #expect(quote.line == 30)
        #expect(document.sections[quote.section].title == "Conclusion")
    }

    @Test func outlineHasLineNumbers() {
        let lines = Outline.render(document).split(separator: "\n")
        #expect(lines[0] == "    1  Putin’s Shocking Proposal: Iran Rejects Joint Missile Defense with Russia!")
        #expect(lines[1] == "    4    Putin’s Offer of Joint Missile Defense Projects to Iran: A Strategic Analysis")
        #expect(lines[2] == "    6      The Context of the Offer")
    }
}
