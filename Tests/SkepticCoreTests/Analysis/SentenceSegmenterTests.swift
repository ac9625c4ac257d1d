import Testing
@testable import SkepticCore

/// Sentence boundaries, table-driven: each case marks its boundaries with ⟂ (Fixtures/analysis/sentence-boundaries.txt).
@Suite struct SentenceSegmenterTests {
    static let cases = AnalysisFixtures.lines("sentence-boundaries.txt")

    @Test func thereAreAtLeastEightyCases() {
        #expect(Self.cases.count >= 80)
    }

    @Test(arguments: cases)
    func boundaries(line: String) {
        let marked = line.replacingOccurrences(of: "\\n", with: "\n")
        let expected = marked.components(separatedBy: "⟂").map { collapse($0) }.filter { !$0.isEmpty }
        let input = marked.replacingOccurrences(of: "⟂", with: "")
        let got = SentenceSegmenter.sentences(of: input).map(collapse)
        #expect(got == expected)
    }

    func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

import Foundation

/// The scanner skips eight bytes at a time past bytes that start no stop: it must cut exactly where the
/// byte-by-byte scan cuts, at every alignment of every stop.
@Suite struct SentenceSkipTests {
    @Test func skippingCutsWhereTheByteScanCuts() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["The", "minister", "said", "Dr.", "U.S.", "3.5", "e.g.", "“Yes.”", "(sic.)", "wait…", "Why?", "No!",
                      "…", "?!", "word.", "«Oui.»", "it’s", "end.\n", "\n\n", "café.", "€5.", "x", "Mr.", "A."]
        var texts = SentenceSegmenterTests.cases.map { $0.replacingOccurrences(of: "⟂", with: "").replacingOccurrences(of: "\\n", with: "\n") }
        for _ in 0..<300 {
            texts.append((0..<Int.random(in: 1...80, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined(separator: Bool.random(using: &rng) ? " " : "  "))
        }
        for text in texts {
            for shift in 0..<8 {
                let bytes = Array(String(repeating: " ", count: shift).utf8) + Array(text.utf8)
                var skipped: [Range<Int>] = [], scanned: [Range<Int>] = []
                bytes.withUnsafeBufferPointer { t in
                    SentenceSegmenter.split(t, 0..<t.count, into: &skipped)
                    SentenceSegmenter.split(t, 0..<t.count, into: &scanned, skipping: false)
                }
                #expect(skipped == scanned, "\(text) shifted by \(shift)")
            }
        }
    }
}
