import Testing
@testable import SkepticCore

/// Markdown through cmark-gfm: the tree, blocks, inline styles and metadata.
@Suite struct MarkdownImporterTests {
    func load(_ text: String) throws -> Document {
        try ArticleLoader.load(bytes: Array(text.utf8), name: "test.md", format: .markdown)
    }

    func tree(_ doc: Document) -> [String] {
        doc.sections.map { String(repeating: "  ", count: $0.level) + $0.title + " @" + ($0.line.map(String.init) ?? "-") }
    }

    func texts(_ doc: Document, _ match: (Block.Kind) -> Bool) -> [String] {
        doc.blocks.filter { match($0.kind) }.map { doc.string(of: $0) }
    }

    @Test func atxAndSetextHeadingsBuildTheTree() throws {
        let doc = try load("""
            Field Notes
            ===========

            Intro paragraph.

            First Part
            ----------

            Text.

            ### A Detail

            More text.

            Second Part
            -----------
            """)
        #expect(tree(doc) == ["Field Notes @1", "  First Part @6", "    A Detail @11", "  Second Part @15"])
    }

    @Test func severalTopHeadingsMeanTheFileNameIsTheRoot() throws {
        let doc = try load("# One\n\nText.\n\n# Two\n\nText.\n")
        #expect(tree(doc) == ["test.md @-", "  One @1", "  Two @5"])
    }

    @Test func yamlFrontMatterIsMetadataNotText() throws {
        let doc = try load("""
            ---
            title: "Tolls: a history"
            date: 2025-03-04
            author: Ines Abara
            tags: [ports, shipping]
            ---

            The text begins here.
            """)
        #expect(doc.title == "Tolls: a history")
        // The title is the article's title line, at the line of its key.
        #expect(doc.sections[0].line == 2)
        #expect(doc.blocks.first.map { doc.string(of: $0) } == "Tolls: a history")
        // Tags are the site's filing, not the article's: not shown.
        #expect(doc.metadata.map(\.key) == [.byline, .date])
        #expect(doc.metadata.map(\.value) == ["Ines Abara", "2025-03-04"])
        #expect(texts(doc) { $0 == .paragraph } == ["The text begins here."])
        #expect(doc.blocks.first { $0.kind == .paragraph }?.line == 8)
    }

    @Test func tomlFrontMatterIsMetadataToo() throws {
        let doc = try load("+++\ntitle = \"Quiet Harbour\"\ndate = 2024-11-02\nauthor = \"P. Odun\"\n+++\n\nBody.\n")
        #expect(doc.title == "Quiet Harbour")
        #expect(doc.metadata.map(\.value) == ["P. Odun", "2024-11-02"])
        #expect(!String(decoding: doc.text, as: UTF8.self).contains("+++"))
    }

    @Test func codeBlocksKeepTheirLinesAndAreNotProse() throws {
        let doc = try load("Intro.\n\n```swift\nlet x = maybe()\n  // this may fail\n```\n\n    indented code\n")
        #expect(texts(doc) { $0 == .code } == ["let x = maybe()\n  // this may fail", "indented code"])
        let annotated = Pipeline.standard.run(doc)
        #expect(annotated.annotations.sentences.allSatisfy { doc.blocks[$0.block].kind == .paragraph })
    }

    @Test func listsNestWithTheirMarkersAndDepth() throws {
        let doc = try load("- one\n  - two\n    1. three\n    2. four\n- [x] done\n")
        let items = doc.blocks.compactMap { block -> String? in
            guard case .listItem(let marker, let depth) = block.kind else { return nil }
            return "\(depth) \(marker) \(doc.string(of: block))"
        }
        #expect(items == ["0 • one", "1 • two", "2 1. three", "2 2. four", "0 [x] done"])
    }

    @Test func blockquoteWithADashLineHasAnAttribution() throws {
        let doc = try load("> “We have no choice,” she said.\n> — Mara Okafor, city treasurer\n")
        let quote = try #require(doc.blocks.first { $0.kind == .quote })
        let attribution = try #require(quote.attributionStart)
        #expect(doc.string(attribution..<quote.range.upperBound) == "— Mara Okafor, city treasurer")
        let annotated = Pipeline.standard.run(doc)
        #expect(annotated.annotations.quotes.first?.speaker == "Mara Okafor")
    }

    @Test func tablesAreOneBlockOfRowsAndCells() throws {
        let doc = try load("| Year | Toll |\n|---|---:|\n| 2023 | *12* |\n| 2024 | 15 |\n")
        let table = try #require(doc.blocks.first { if case .table = $0.kind { return true } else { return false } })
        let rows = doc.string(of: table).split(separator: "\u{1E}").map { $0.split(separator: "\u{1F}").map(String.init) }
        #expect(rows == [["Year", "Toll"], ["2023", "12"], ["2024", "15"]])
        #expect(doc.inlines.contains { $0.kind == .emphasis && doc.string($0.range) == "12" })
    }

    @Test func linksGetAMarkerAndTheTextEndsWithTheArticle() throws {
        let doc = try load("See [the report](https://example.org/r) and <https://example.org/plain>.\n")
        #expect(texts(doc) { $0 == .paragraph } == ["See the report[1] and https://example.org/plain."])
        #expect(doc.links == ["https://example.org/r"])
        // The links are the document's list (the links view, `--dump --links`), not text after the article.
        #expect(doc.blocks.last?.kind == .paragraph)
        #expect(!doc.blocks.contains { if case .reference = $0.kind { return true } else { return false } })
        #expect(doc.inlines.contains { $0.kind == .link && doc.string($0.range) == "the report" })
    }

    @Test func inlineStylesImagesFootnotes() throws {
        let doc = try load("A **bold** and ~~old~~ `code` word.[^n] ![A chart of tolls](c.png)\n\n[^n]: The note.\n")
        let para = texts(doc) { $0 == .paragraph }
        #expect(para == ["A bold and old code word.¹ [image: A chart of tolls]"])
        #expect(Set(doc.inlines.map(\.kind)).isSuperset(of: [.strong, .strikethrough, .code, .footnote, .image]))
        #expect(texts(doc) { $0 == .listItem(marker: "¹") } == ["The note."])
    }

    @Test func shortcodesAndInlineHTMLDoNotShowAsProse() throws {
        let doc = try load("""
            {{< youtube abc123 >}}

            Text with {{ page.title }} and <span class="x">inline html</span>.<br>Next.

            {% include ad.html %}

            <div class="note"><p>Block <b>html</b> text.</p><script>var x = 1;</script></div>

            ```
            {{< kept in code >}}
            ```
            """)
        let all = String(decoding: doc.text, as: UTF8.self)
        #expect(!all.contains("youtube") && !all.contains("page.title") && !all.contains("include ad"))
        #expect(!all.contains("<span") && !all.contains("var x"))
        #expect(texts(doc) { $0 == .paragraph } == ["Text with and inline html.\nNext.", "Block html text."])
        #expect(texts(doc) { $0 == .code } == ["{{< kept in code >}}"])
    }

    @Test func thematicBreaksAreSeparators() throws {
        let doc = try load("One.\n\n***\n\nTwo.\n")
        #expect(doc.blocks.map(\.kind) == [.paragraph, .separator, .paragraph])
    }

    @Test func sniffingFindsMarkdownAndHTML() {
        #expect(FormatSniffer.sniff(Array("---\ntitle: x\n---\n\nText".utf8)) == .markdown)
        #expect(FormatSniffer.sniff(Array("# Title\n\nSome [link](x).\n".utf8)) == .markdown)
        #expect(FormatSniffer.sniff(Array("  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(FormatSniffer.sniff(Array("<html lang=en>".utf8)) == .html)
        #expect(FormatSniffer.sniff([0xFF, 0xFE] + Array("<!doctype html>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) == .html)
        #expect(FormatSniffer.sniff(Array("Putin’s Offer\n\nPlain text - with a dash.\n".utf8)) == .plainText)
        #expect(FormatSniffer.format(forPath: "a/b.MD") == .markdown)
        #expect(FormatSniffer.format(forPath: "page.htm") == .html)
        #expect(FormatSniffer.format(forPath: "dir.v2/README") == nil)
    }

    @Test func pathologicalInputsImport() throws {
        let lists = (0..<10_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(try load(lists).blocks.count >= 1)
        let quotes = String(repeating: ">", count: 10_000) + " deep"
        #expect(try load(quotes).blocks.count == 1)
        let table = "| a | b |\n|---|---|\n" + (0..<5_000).map { "| \($0) | cell |" }.joined(separator: "\n")
        let doc = try load(table)
        #expect(doc.string(of: doc.blocks[0]).split(separator: "\u{1E}").count == 5_001)
    }
}
