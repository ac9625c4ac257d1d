import Testing
@testable import SkepticCore

/// Shapes of plain text, one at a time.
@Suite struct PlainTextImporterTests {
    func tree(_ text: String) throws -> [String] {
        try importText(text).sections.map { String(repeating: "  ", count: $0.level) + $0.title }
    }

    @Test func hardWrappedLinesJoinIntoParagraphs() throws {
        let text = """
            A Headline Here

            The first paragraph is hard-wrapped at a modest width so that it
            runs over several lines, as text from mail and old sites does.

            The second paragraph is short.
            """
        let doc = try importText(text)
        #expect(doc.blocks.map(\.kind) == [.title, .paragraph, .paragraph])
        #expect(doc.blocks[1].line == 3)
    }

    @Test func underlinedHeadingsNestEqualsAboveDash() throws {
        let text = """
            Report Title
            ============

            Some intro text that is long enough to count as a real paragraph here.

            Part One
            ========

            Body text of part one, which is long enough to be a paragraph body.

            Detail
            ------

            Body text of the detail section, long enough to be a paragraph body.
            """
        #expect(try tree(text) == ["Report Title", "  Part One", "    Detail"])
    }

    @Test func numberedRomanAndCapsHeadings() throws {
        let text = """
            A Report

            1. Introduction

            The introduction explains what the report is about in some detail.

            3.2 Results

            The results show something measurable about the world we studied.

            II. Background

            Background text that sits under a Roman-numbered heading line here.
            """
        // Styles rank in the order they first appear: the Roman style comes third, so it nests under "3.2".
        #expect(try tree(text) == ["A Report", "  1. Introduction", "    3.2 Results", "      II. Background"])
    }

    @Test func numberedSentencesAreAList() throws {
        let text = """
            Steps

            Do these things in order:

            1. Preheat the oven to 200C.
            2. Mix the flour and the butter.
            3. Bake for twenty minutes.
            """
        let doc = try importText(text)
        #expect(doc.sections.count == 1)
        #expect(doc.blocks.filter { if case .listItem = $0.kind { return true } else { return false } }.count == 3)
    }

    @Test func allCapsHeadingNeedsBodyAfterIt() throws {
        let text = """
            Story Title

            THE FIRST PART

            A body paragraph that follows the capitalised heading and ends here.

            ADVERTISEMENT

            More body text after an advertisement label that is not a heading.
            """
        #expect(try tree(text) == ["Story Title", "  THE FIRST PART"])
    }

    @Test func bylineAndDateAreMetadata() throws {
        let text = """
            City Council Votes on the Budget
            By Jane Example and John Sample
            March 3, 2025

            The council voted on Tuesday to approve the budget for next year.
            """
        let doc = try importText(text)
        #expect(doc.metadata.map(\.key) == [.byline, .date])
        #expect(doc.sections.count == 1)
    }

    @Test func bylineWithAnArticleUnderAnUnderlinedTitle() throws {
        let text = """
            A Tour
            ======

            By the Example Team

            Intro paragraph that is long enough to be a real paragraph of text.

            Moving Around
            =============

            Body of the first section, long enough to be a paragraph as well.
            """
        let doc = try importText(text)
        #expect(doc.metadata.map(\.key) == [.byline])
        #expect(doc.sections.map(\.title) == ["A Tour", "Moving Around"])
        #expect(doc.sections[1].level == 1)
    }

    @Test func textWithoutHeadingsIsOneSectionNamedAfterTheFile() throws {
        let doc = try importText("just some words, with a comma.\nand another line of text.\n", name: "notes.txt")
        #expect(doc.sections.count == 1)
        #expect(doc.sections[0].title == "notes.txt")
        #expect(doc.sections[0].line == nil)
        #expect(Outline.render(doc) == "    -  notes.txt\n")
    }

    @Test func emptyTextHasNoBlocks() throws {
        let doc = try importText("")
        #expect(doc.isEmpty)
        #expect(doc.sections.count == 1)
        let blank = try importText("\n\n   \n")
        #expect(blank.isEmpty)
    }

    @Test func emailQuoteAndIndentedQuote() throws {
        let text = """
            Letters

            Someone wrote to us about this, and we print it in full below here.

            > We have waited long enough for the road
            > to be repaired.

            Our reply follows in the next paragraph, which is long enough too.
            """
        let doc = try importText(text)
        #expect(doc.blocks.map(\.kind).contains(.quote))
    }

    @Test func headingTitlesAreSanitised() throws {
        let doc = try importText("Title \u{1B}[31mRed\n\nBody text that is long enough to be a proper paragraph of text.\n")
        #expect(doc.sections[0].title == "Title ^[[31mRed")
    }
}

/// The opening of a big file: what the first screen is built from.
@Suite struct OpeningTests {
    func bigArticle() -> String {
        var text = "A Long Report\n\n"
        for n in 1...400 {
            text += "Section Number \(n)\n\n"
            text += "This is the body of section \(n). It may run on for a while, as reports do, and it\n"
            text += "is hard-wrapped at a modest width so that it spans several lines of text here.\n\n"
        }
        return text
    }

    @Test func openingIsCutAtAParagraphAndAgreesWithTheWhole() throws {
        let path = NSTemporaryDirectory() + "skeptic-opening-\(getpid()).txt"
        FileManager.default.createFile(atPath: path, contents: Data(bigArticle().utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let opening = try ArticleLoader.loadOpening(path: path, limit: 4096)
        #expect(!opening.complete)
        #expect(opening.document.text.count <= 4096)
        #expect(opening.document.text.suffix(2) == [0x0A, 0x0A])
        let whole = try ArticleLoader.load(path: path)
        // Every block of the opening but the last is the same block in the whole document.
        let blocks = opening.document.blocks.dropLast()
        #expect(blocks.count > 10)
        #expect(Array(blocks) == Array(whole.blocks.prefix(blocks.count)))
        let small = try ArticleLoader.loadOpening(path: path, limit: 1 << 20)
        #expect(small.complete)
        #expect(small.document.blocks == whole.blocks)
    }

    /// A file that is one long paragraph after its title: the opening must hold the paragraph's beginning
    /// (cut at a word), not only the title, or the first screen shows no text until the whole file is read.
    @Test func openingOfALongParagraphHoldsItsBeginning() throws {
        let words = (1...3000).map { "word\($0)" }.joined(separator: " ")
        let text = "A Long Paragraph\n\n" + words + "\n"
        let cut = try #require(ArticleLoader.openingCut(Array(text.utf8.prefix(4096))))
        #expect(cut > 2048)
        let bytes = Array(text.utf8)
        #expect(bytes[cut - 1] == 0x20, "cut after a space, between words")
        let path = NSTemporaryDirectory() + "skeptic-paragraph-\(getpid()).txt"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let opening = try ArticleLoader.loadOpening(path: path, limit: 4096)
        #expect(!opening.complete)
        #expect(opening.document.blocks.count == 2)
        let body = opening.document.blocks[1].range
        #expect(opening.document.text[body].starts(with: Array("word1 word2 word3".utf8)))
    }

    /// A blank line late in the opening is still the place to cut: whole paragraphs are better than a piece.
    @Test func openingPrefersALateParagraphEnd() {
        let text = String(repeating: "A sentence of a paragraph. ", count: 100) + "\n\n" + String(repeating: "More words here ", count: 20)
        let cut = ArticleLoader.openingCut(Array(text.utf8))
        #expect(cut == 2702)
    }

    @Test func openingOfOneLongLineEndsOnACharacterBoundary() {
        let bytes = Array(String(repeating: "é", count: 100).utf8).prefix(51)
        let cut = ArticleLoader.openingCut(Array(bytes))
        #expect(cut == 50)
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The plain-text scan runs in chunks of whole runs in parallel: it must cut the same blocks, on the same
/// lines, as one pass over the text.
@Suite struct PlainTextChunkedScanTests {
    /// The project's own plain-text fixtures end to end, with the cases a chunk's start must respect: an
    /// attribution line after a blank line (it joins the post above it), blank lines of spaces, a title's
    /// header lines.
    func corpus() throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        var text = "A Title Line\nBy Jane Roe\nMarch 3, 2025\n\n"
        for sub in ["plain", "plain-web"] {
            let dir = folder.appendingPathComponent(sub)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
                text += String(decoding: try Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self) + "\n\n"
                text += "“We will not stop here,” the post said, in words its readers shared widely.\n\n"
                text += "— Jane Roe (@janeroe) March 3, 2025\n   \n\n"
            }
        }
        return Array(text.utf8)
    }

    struct Seen: Equatable {
        var kind: String, range: Range<Int>, line: Int, single: Bool, blank: Bool, columns: Int, lines: Int, attribution: Int?
        init(_ b: RawBlock) {
            kind = "\(b.kind)"; range = b.range; line = b.line; single = b.singleLine; blank = b.blankBefore
            columns = b.columns; lines = b.lineCount; attribution = b.attributionStart
        }
    }

    @Test func chunksCutTheSameBlocksAsOnePass() throws {
        let bytes = try corpus()
        try #require(bytes.count > 20_000)
        bytes.withUnsafeBufferPointer { t in
            let one = RawBlockScanner(text: t, chunks: 1).scan().map(Seen.init)
            for (chunks, size) in [(2, 4096), (7, 2048), (64, 512)] {
                let scanner = RawBlockScanner(text: t, chunks: chunks, chunkBytes: size)
                #expect(scanner.chunkStarts().count > min(chunks, 3), "the text is cut into chunks")
                #expect(scanner.scan().map(Seen.init) == one, "\(chunks) chunks of \(size) bytes")
            }
        }
    }
}
