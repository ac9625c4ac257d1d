import Foundation
import Testing
import SkepticCore
@testable import SkepticUI

/// Tables, code and nested lists from Markdown, laid out by display columns.
@Suite struct MarkupLayoutTests {
    func markdown(_ text: String) throws -> Document {
        try ArticleLoader.load(bytes: Array(text.utf8), name: "t.md", format: .markdown)
    }

    @Test func tablesAlignTheirColumnsAndWrapInsideCells() throws {
        let doc = try markdown("| Year | Toll | Note |\n|---|---:|---|\n| 2023 | 12 | flat |\n| 2024 | 15 | up after a long review of the harbour's costs |\n")
        let lines = laidOut(doc, width: 34)
        let table = lines.filter { $0.contains("│") }
        #expect(table.count >= 4)
        // The column separators stand at the same display columns on every line.
        let columns = table.map { line in line.indices.filter { line[$0] == "│" }.map { line.distance(from: line.startIndex, to: $0) } }
        #expect(Set(columns.map { $0 }).count == 1)
        #expect(lines.contains { $0.hasPrefix("─────┼") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 34 })
        // Too narrow for three columns: one cell per line.
        let narrow = laidOut(doc, width: 8)
        #expect(narrow.contains("2023"))
        #expect(!narrow.contains { $0.contains("│") })
    }

    @Test func codeKeepsItsLinesIndented() throws {
        let doc = try markdown("Text.\n\n```\nlet x = 1\n    nested()\n```\n")
        let lines = laidOut(doc, width: 40)
        #expect(lines.contains("  let x = 1"))
        #expect(lines.contains("      nested()"))
    }

    @Test func nestedListsIndentByDepth() throws {
        let doc = try markdown("- one\n  - two\n    1. three\n")
        let lines = laidOut(doc, width: 40).filter { !$0.isEmpty }
        #expect(lines == ["  • one", "    ◦ two", "      1. three"])
    }
}

/// The fast wrapping path gives exactly what the general one gives, wherever it applies.
@Suite struct PlainWrapTests {
    @Test func plainWrapMatchesPieceWrap() throws {
        var documents = [try UITestFiles.reference()]
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SkepticCoreTests/Fixtures/plain")
        for name in ["qa-interview", "cp1252-opinion", "tabs-indented", "hard-wrapped-underlined", "crlf-bom-newsletter"] {
            documents.append(try ArticleLoader.load(path: fixtures.appendingPathComponent(name + ".txt").path))
        }
        documents.append(try document("Title Line\n\nA  line\twith   odd\n\nspacing and a “quote” — dash, a\u{00A0}no-break space, café.\n"))
        var compared = 0
        for doc in documents {
            for block in doc.blocks {
                for width in [1, 5, 12, 30, 61, 100] {
                    guard let fast = BlockLayout.plainWrap(doc, block.range, role: .text, width: width) else { continue }
                    let slow = BlockLayout.pieceWrap(doc, block.range, role: .text, width: width, stripQuoteMarks: false, overlay: .none)
                    #expect(fast == slow, "\(doc.name) block at \(block.line), width \(width)")
                    compared += 1
                }
            }
        }
        #expect(compared > 300)
    }
}
