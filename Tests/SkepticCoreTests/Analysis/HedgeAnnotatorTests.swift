import Testing
@testable import SkepticCore

/// Hedge cues marked inside the text: `Iran ⟦may⟧ decline.` (Fixtures/analysis/hedged.txt, not-hedged.txt).
@Suite struct HedgeAnnotatorTests {
    static let hedged = AnalysisFixtures.lines("hedged.txt")
    static let plain = AnalysisFixtures.lines("not-hedged.txt")

    @Test func atLeastThirtyOfEach() {
        #expect(Self.hedged.count >= 30)
        #expect(Self.plain.count >= 30)
    }

    @Test(arguments: hedged)
    func cuesAreFound(marked: String) {
        let (text, cues) = AnalysisFixtures.unmark(marked)
        let found = HedgeTagger.cues(in: text).map { $0.start..<$0.end }
        #expect(found == cues, "\(text)")
    }

    @Test(arguments: plain)
    func plainStatementsAreNotFlagged(text: String) {
        #expect(HedgeTagger.cues(in: text).isEmpty, "\(text)")
    }

    @Test func flaggedStatementCarriesItsCues() {
        let a = AnalysisFixtures.analyse("Iran may decline the offer. The council met on Tuesday.")
        let s = a.annotations.sentences
        #expect(s.count == 2)
        #expect(s[0].labels.contains(.hedged))
        #expect(!s[1].labels.contains(.hedged))
        #expect(a.annotations.cues[s[0].cues].map { a.document.string($0.range) } == ["may"])
        #expect(a.annotations.cues[s[0].cues].first?.category == .modal)
    }
}
