import Testing
import SkepticCore
@testable import SkepticUI

/// The reader's side of sources (issue 14, part 5): the sources view (`p`), the claim counts with their sourced
/// share in the tree and the status line, a quotation inside a speculative sentence showing both styles, and a
/// quotation continued by the same speaker highlighted.
@Suite struct SourceListTests {
    static let text = """
        # Harbour

        ## Money

        According to a report by the International Monetary Fund, growth in Norland slowed to 2.1 percent in 2025.

        The port handled 2 million containers in 2024.

        ## Voices

        “We will hold rates at 4 per cent this year,” said Janet Yellen, the Treasury Secretary. The bank sold 300 tonnes of gold in March.

        The council closed three libraries in 2024.

        """

    func state(columns: Int = 100, rows: Int = 16) throws -> AppState {
        let doc = try ArticleLoader.load(bytes: Array(Self.text.utf8), name: "t.md", format: .markdown)
        return AppState(annotated: Pipeline.standard.run(doc), columns: columns, rows: rows)
    }

    @Test func pListsEachSourceWithTheStatementsRestingOnItAndEnterJumps() throws {
        var s = try state()
        #expect(s.handle(.char("p")) == .redraw)
        #expect(s.showingSources)
        let lines = Screen.render(s).lines
        #expect(lines[0].hasPrefix(" Sources: 2 · 5 claims, 3 sourced"), "\(lines[0])")
        #expect(lines[1].hasPrefix(" [1] the International Monetary Fund — report · 1 statement"), "\(lines[1])")
        #expect(lines[2].hasPrefix("     line  5  According to a report by the International Monetary Fund"), "\(lines[2])")
        #expect(lines[3].hasPrefix(" [2] Janet Yellen — quoted · 2 statements · 1 quotation"), "\(lines[3])")
        #expect(lines[4].hasPrefix("     line 11  We will hold rates") || lines[4].contains("We will hold rates"), "\(lines[4])")
        #expect(lines[5].contains("The bank sold 300 tonnes"), "\(lines[5])")
        // j j j j: the bank's sentence; Enter jumps to it and closes the view.
        for _ in 0..<4 { _ = s.handle(.char("j")) }
        _ = s.handle(.enter)
        #expect(!s.showingSources)
        let target = try #require(s.reviewTarget)
        #expect(s.document.string(s.annotations.sentences[target].range).contains("300 tonnes"))
        #expect(s.message == "source [2]: Janet Yellen, quoted")
        // Esc closes; the key is in the help.
        _ = s.handle(.char("p"))
        _ = s.handle(.escape)
        #expect(!s.showingSources)
        #expect(s.keys.helpLines().contains { $0.keys == "p" && $0.help.hasPrefix("the sources view") })
    }

    @Test func anArticleWithoutSourcesSaysSo() throws {
        let doc = try ArticleLoader.load(bytes: Array("# T\n\nThe port handled 2 million containers in 2024.\n".utf8), name: "t.md")
        var s = AppState(annotated: Pipeline.standard.run(doc), columns: 80, rows: 10)
        _ = s.handle(.char("p"))
        #expect(!s.showingSources)
        #expect(s.message == "No sources named in this article: 1 claims, none sourced")
    }

    @Test func theTreeAndTheStatusLineCountSourcedClaims() throws {
        var s = try state(columns: 120)
        let screen = Screen.render(s).lines
        // The root's totals: five claims, three resting on a source; each section its own.
        #expect(screen.contains { $0.contains("!5/3") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Money") && $0.contains("!2/1") })
        _ = s.handle(.char("c"))
        let status = Screen.render(s).lines.last ?? ""
        #expect(status.contains("claim 1/5, 3 sourced"), "\(status)")
    }

    @Test func aQuotationInASpeculativeSentenceShowsBothStyles() throws {
        let text = "# Rates\n\nThe minister may resign, as “the coalition has run out of patience with the budget,” said Ana Ruiz, a senior official.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        let a = Pipeline.standard.run(doc)
        let block = try #require(doc.blocks.indices.first { doc.string(doc.blocks[$0].range).contains("coalition") })
        let overlay = Highlighter.overlay(block: block, annotations: a.annotations, highlights: .all)
        let quoted = try #require(overlay.spans.first { doc.string($0.range).contains("run out of patience") })
        #expect(quoted.role == .hedgedQuote)
        #expect(overlay.spans.contains { $0.role == .hedged })
        // With speculation off, the quoted words are a quote's; the theme gives the layered role both looks.
        let off = Highlighter.overlay(block: block, annotations: a.annotations, highlights: Highlights.all.subtracting(.hedges))
        #expect(off.spans.contains { $0.role == .quote && doc.string($0.range).contains("run out of patience") })
        let both = Theme.default.style(for: .hedgedQuote)
        #expect(both.bold == Theme.default.style(for: .quote).bold && both.background == Theme.default.style(for: .hedged).background)
        #expect(Theme.default.monochrome.style(for: .hedgedQuote) == Style(bold: true, underline: true))
    }

    @Test func aQuotationContinuedByTheSameSpeakerIsHighlighted() throws {
        let text = """
            # Rates

            “I don’t think we are seeing a lot of change,” said Tom Burke, a fund manager in Halverston.

            “He is going to be more constrained. The market knows it and prices it in.”

            """
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
        let a = Pipeline.standard.run(doc)
        let block = try #require(doc.blocks.indices.first { doc.string(doc.blocks[$0].range).contains("more constrained") })
        #expect(a.annotations.quotes.contains { $0.block == block && $0.speaker == "Tom Burke" })
        let overlay = Highlighter.overlay(block: block, annotations: a.annotations, highlights: .all)
        let roles = overlay.spans.filter { doc.string($0.range).contains("constrained") }.map(\.role)
        #expect(roles.contains(.quote) || roles.contains(.hedgedQuote), "\(roles)")
    }
}
