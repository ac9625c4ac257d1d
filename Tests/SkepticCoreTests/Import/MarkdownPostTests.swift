import Testing
@testable import SkepticCore

/// Markdown posts as blogs write them: a front-matter title and authors, raw-HTML pull quotes and figures.
@Suite struct MarkdownPostTests {
    func load(_ text: String) throws -> Document {
        try ArticleLoader.load(bytes: Array(text.utf8), name: "post.md", format: .markdown)
    }

    func texts(_ doc: Document, _ match: (Block.Kind) -> Bool) -> [String] {
        doc.blocks.filter { match($0.kind) }.map { doc.string(of: $0) }
    }

    static let post = """
        ---
        layout: post
        title: "How we rebuilt the benefits form"
        authors:
          - alex-morrow
          - priya-natarajan
        date: 2025-03-04
        ---

        The old form had 41 questions and took most people an hour to finish.

        <aside class="pullquote">
          “We wanted every form to be something a person could finish on a phone.”
          — [Jo Park](https://example.org/jo), product lead
        </aside>

        We started by watching people fill it in.

        <figure>
          <img src="chart.png" alt="Completion rates by month">
          <figcaption>Completion rose from 38% to 71% (data from [the team](https://example.org/data))</figcaption>
        </figure>

        ## What changed

        Fewer questions.
        """

    @Test func theFrontMatterTitleIsTheTitleLine() throws {
        let doc = try load(Self.post)
        #expect(doc.blocks.first?.kind == .title)
        #expect(doc.blocks.first.map { doc.string(of: $0) } == "How we rebuilt the benefits form")
        #expect(doc.sections[0].line == 3)
        #expect(Outline.render(doc).hasPrefix("    3  How we rebuilt the benefits form\n"))
        #expect(doc.sections.map(\.title) == ["How we rebuilt the benefits form", "What changed"])
        // Metadata under the title, as for a title heading.
        #expect(doc.blocks.dropFirst().first?.kind == .metadata(.byline))
    }

    @Test func aTitleHeadingThatRepeatsTheFrontMatterIsNotDoubled() throws {
        let doc = try load("""
            ---
            title: Field Notes
            ---

            # Field Notes

            Text.

            ## A Part

            More text.
            """)
        #expect(texts(doc) { $0 == .title } == ["Field Notes"])
        #expect(texts(doc) { if case .heading = $0 { return true } else { return false } } == ["A Part"])
        #expect(doc.sections[0].line == 5)
    }

    @Test func anOpeningByLineIsTheByline() throws {
        let doc = try load("""
            ---
            title: "Async closures, a year on"
            ---

            By Niko Marsh

            The first paragraph of the post.
            """)
        #expect(doc.blocks.map(\.kind) == [.title, .metadata(.byline), .paragraph])
        #expect(doc.metadata.map(\.value) == ["By Niko Marsh"])
        // With an author in the front matter, the line is not shown twice.
        let both = try load(Self.post.replacingOccurrences(of: "The old form had", with: "By Alex Morrow\n\nThe old form had"))
        #expect(!texts(both) { $0 == .paragraph }.contains("By Alex Morrow"))
        #expect(both.metadata.filter { $0.key == .byline }.map(\.value) == ["Alex Morrow, Priya Natarajan"])
    }

    @Test func authorSlugsReadAsNames() throws {
        let doc = try load(Self.post)
        #expect(doc.metadata.first { $0.key == .byline }?.value == "Alex Morrow, Priya Natarajan")
    }

    @Test(arguments: [
        ("author: \"Jane van Dyke\"", "Jane van Dyke"), ("author: jdoe", "jdoe"), ("authors: [Mo Salah, li-wei]", "Mo Salah, Li Wei"),
        ("author: mary_ann-o", "Mary Ann O"), ("author: \"team-2024\"", "team-2024"),
    ])
    func namesAreKeptAsWritten(line: String, byline: String) throws {
        let doc = try load("---\ntitle: T\n\(line)\n---\n\nText.\n")
        #expect(doc.metadata.first { $0.key == .byline }?.value == byline)
    }

    @Test func anAsidePullQuoteIsAQuoteWithItsSpeaker() throws {
        let doc = try load(Self.post)
        let quote = try #require(doc.blocks.first { $0.kind == .quote })
        #expect(doc.string(of: quote).hasPrefix("“We wanted every form"))
        let attribution = try #require(quote.attributionStart)
        #expect(String(decoding: doc.text[attribution..<quote.range.upperBound], as: UTF8.self).hasPrefix("— Jo Park"))
        #expect(!String(decoding: doc.text, as: UTF8.self).contains("](https://"))
        let annotated = Pipeline.standard.run(doc)
        #expect(annotated.annotations.quotes.contains { $0.speaker == "Jo Park" })
    }

    @Test func aFigureIsACaptionWithItsLink() throws {
        let doc = try load(Self.post)
        let captions = texts(doc) { $0 == .caption }
        #expect(captions.contains { $0.hasPrefix("Completion rose from 38% to 71% (data from the team[") })
        #expect(doc.links.contains("https://example.org/data"))
    }

    @Test func aRawBlockquoteWithAFooterNamesItsSpeaker() throws {
        let doc = try load("""
            # A Post

            Text before the quote.

            <blockquote>
              <p>The numbers were never in doubt; the timing was.</p>
              <footer>Ruth Ellory, <cite>city treasurer</cite></footer>
            </blockquote>

            Text after it.
            """)
        let annotated = Pipeline.standard.run(doc)
        #expect(annotated.annotations.quotes.contains { $0.speaker == "Ruth Ellory" })
        #expect(texts(doc) { $0 == .paragraph } == ["Text before the quote.", "Text after it."])
    }
}
