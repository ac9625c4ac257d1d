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
