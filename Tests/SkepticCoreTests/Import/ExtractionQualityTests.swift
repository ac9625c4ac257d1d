import Foundation
import Testing
@testable import SkepticCore

/// The real pages of ../shared/data/extraction-dev (read there, never copied here) through the HTML
/// importer, scored as `extract-eval` scores them: bag-of-words F1 of the document's text against the text
/// the reader view of Firefox extracts. Holds the quality floor so that a regression fails.
@Suite struct ExtractionQualityTests {
    static let suite = TestFiles.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/extraction-dev")

    /// Lower-cased NFKC runs of letters and digits; each Han, Hiragana or Katakana character alone.
    static func tokens(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var word = ""
        func end() {
            if !word.isEmpty { counts[word, default: 0] += 1 }
            word = ""
        }
        for scalar in text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let v = scalar.value
            if (0x3040...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) {
                end()
                counts[String(scalar), default: 0] += 1
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(scalar)
            } else {
                end()
            }
        }
        end()
        return counts
    }

    static func f1(_ output: [String: Int], _ expected: [String: Int]) -> Double {
        let common = output.reduce(0) { $0 + min($1.value, expected[$1.key] ?? 0) }
        let outTotal = output.values.reduce(0, +), expTotal = expected.values.reduce(0, +)
        guard common > 0, outTotal > 0, expTotal > 0 else { return 0 }
        let p = Double(common) / Double(outTotal), r = Double(common) / Double(expTotal)
        return 2 * p * r / (p + r)
    }

    @Test func devPagesKeepTheQualityFloor() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.suite.path)
            .filter { FileManager.default.fileExists(atPath: Self.suite.appendingPathComponent($0 + "/source.html").path) }
            .sorted()
        #expect(pages.count >= 60)
        var scores: [(String, Double)] = []
        for page in pages {
            let folder = Self.suite.appendingPathComponent(page)
            let source = try Data(contentsOf: folder.appendingPathComponent("source.html"))
            let expectedHTML = try String(contentsOf: folder.appendingPathComponent("expected.html"), encoding: .utf8)
            let doc = HTMLImporter(readerView: true).importDocument(Array(source), name: "source.html")
            let shown = doc.blocks.map { doc.string(of: $0) }.joined(separator: "\n")
            let expected = HTMLImporter.text(ofFragment: expectedHTML)
            scores.append((page, Self.f1(Self.tokens(shown), Self.tokens(expected))))
        }
        let mean = scores.map(\.1).reduce(0, +) / Double(scores.count)
        let weak = scores.filter { $0.1 < 0.5 }
        let below90 = scores.filter { $0.1 < 0.9 }
        #expect(mean >= 0.93, "mean F1 \(mean)")
        #expect(weak.isEmpty, "pages below 0.5: \(weak)")
        #expect(below90.count <= 12, "pages below 0.9: \(below90)")
    }
}
