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

    static func pages() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: suite.path)
            .filter { FileManager.default.fileExists(atPath: suite.appendingPathComponent($0 + "/source.html").path) }
            .sorted()
    }

    static func load(_ page: String) throws -> Document {
        let source = try Data(contentsOf: suite.appendingPathComponent(page + "/source.html"))
        return HTMLImporter().importDocument(Array(source), name: "source.html")
    }

    /// Measured (release build, 2026-12-07): mean F1 0.935 with the URL list that closes the article, 10
    /// pages below 0.9, none below 0.5; without the URL list 0.964, 3 below 0.9; the article's own text
    /// (without the title, metadata lines, link markers and URL list that Skeptic adds) 0.991.
    @Test func devPagesKeepTheQualityFloor() throws {
        let pages = try Self.pages()
        #expect(pages.count >= 60)
        var scores: [(String, Double)] = []
        var bodyScores: [Double] = []
        var unlistedScores: [Double] = []
        for page in pages {
            let expectedHTML = try String(contentsOf: Self.suite.appendingPathComponent(page + "/expected.html"), encoding: .utf8)
            let doc = try Self.load(page)
            let expected = Self.tokens(HTMLImporter.text(ofFragment: expectedHTML))
            let shown = doc.blocks.map { doc.string(of: $0) }.joined(separator: "\n")
            scores.append((page, Self.f1(Self.tokens(shown), expected)))
            let unlisted = doc.blocks.filter { if case .reference = $0.kind { return false } else { return true } }
                .map { doc.string(of: $0) }.joined(separator: "\n")
            unlistedScores.append(Self.f1(Self.tokens(unlisted), expected))
            let body = doc.blocks.filter { block in
                switch block.kind {
                case .title, .metadata, .reference: return false
                default: return true
                }
            }.map { doc.string(of: $0).replacing(/\[\d+\]/, with: " ") }.joined(separator: "\n")
            bodyScores.append(Self.f1(Self.tokens(body), expected))
        }
        let mean = scores.map(\.1).reduce(0, +) / Double(scores.count)
        let weak = scores.filter { $0.1 < 0.5 }
        let below90 = scores.filter { $0.1 < 0.9 }
        let bodyMean = bodyScores.reduce(0, +) / Double(bodyScores.count)
        #expect(mean >= 0.93, "mean F1 \(mean)")
        #expect(weak.isEmpty, "pages below 0.5: \(weak)")
        #expect(below90.count <= 10, "pages below 0.9: \(below90)")
        #expect(bodyMean >= 0.985, "mean F1 of the article's own text \(bodyMean)")
        let unlistedMean = unlistedScores.reduce(0, +) / Double(unlistedScores.count)
        #expect(unlistedMean >= 0.96, "mean F1 without the URL list \(unlistedMean)")
        #expect(unlistedScores.filter { $0 < 0.9 }.count <= 4, "pages below 0.9 without the URL list")
    }

    /// Letters and digits, lower-cased: titles and bylines compared as the same words.
    static func key(_ s: String) -> String {
        String(s.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
            .filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    /// Title and byline against the reader view's own (`expected-metadata.json`). Measured: the title
    /// agrees on 61 of the 64 pages that have one (the rest: a site name we strip and it keeps), the
    /// byline on 64 of 65 (both absent counts; a byline counts when one holds the other), the language on
    /// 65 and the direction on 63 (both absent counts).
    @Test func metadataAgreesWithTheReaderView() throws {
        var titles = 0, titled = 0, bylines = 0, languages = 0, directions = 0
        let pages = try Self.pages()
        for page in pages {
            let data = try Data(contentsOf: Self.suite.appendingPathComponent(page + "/expected-metadata.json"))
            let expected = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            let doc = try Self.load(page)
            if (expected["lang"] as? String) == doc.language { languages += 1 }
            if (expected["dir"] as? String) == doc.direction?.rawValue { directions += 1 }
            if let title = expected["title"] as? String, !title.isEmpty {
                titled += 1
                if Self.key(title) == Self.key(doc.title) { titles += 1 }
            }
            var ours = doc.metadata.first { $0.key == .byline }?.value
            if let b = ours, b.hasPrefix("By ") { ours = String(b.dropFirst(3)) }
            let theirs = (expected["byline"] as? String).map(Self.key) ?? ""
            let mine = ours.map(Self.key) ?? ""
            if theirs == mine || (min(theirs.count, mine.count) > 3 && (theirs.contains(mine) || mine.contains(theirs))) {
                bylines += 1
            }
        }
        #expect(titles >= 61, "titles agree on \(titles) of \(titled)")
        #expect(bylines >= 64, "bylines agree on \(bylines) of \(pages.count)")
        #expect(languages >= 64, "languages agree on \(languages) of \(pages.count)")
        #expect(directions >= 62, "directions agree on \(directions) of \(pages.count)")
    }
}
