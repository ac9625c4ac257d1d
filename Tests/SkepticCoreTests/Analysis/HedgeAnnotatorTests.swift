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

    /// The shipped weights pair with lexicon entries in order, and weak cues need company or a strong weight.
    @Test func weightsPairWithTheLexicon() {
        let matcher = HedgeMatcher.shared
        #expect(matcher.unpairedWeights == 0)
        #expect(matcher.bias < 0)
        let weak = matcher.byID.filter { $0.category == .vague || $0.category == .puffery }
        #expect(weak.contains { matcher.weights[$0.id] < -matcher.bias }, "some weak cue flags only with others")
        // Every cue of the named categories flags its sentence alone; a modal's weighed uses ("may also",
        // "would later"), bounds ("nearly 200") and unnamed groups ("critics") are learned.
        for entry in matcher.byID where entry.category == .modal && entry.cue == "may" {
            #expect(matcher.weights[entry.id] + matcher.bias > 0)
        }
        for rule in [HedgeMatcher.Rule.dynamic, .pastFuture, .bound, .unnamed, .agentless] {
            #expect(matcher.byID.contains { $0.rule == rule }, "the lexicon uses the rule \(rule.rawValue)")
        }
    }

    @Test func weightsFileParsing() {
        let m = HedgeMatcher(lexicon: "often\tvague\t-\tx\nmay\tmodal\t-\tx\nmany\tvague\t-\tx\n",
                             weights: "bias\t-2.5\nmany\tvague\t3.25\n")
        #expect(m.bias == -2.5)
        #expect(m.unpairedWeights == 0)
        #expect(m.weights == [3.5, 3.5, 3.25])
        #expect(HedgeMatcher.decimal(ArraySlice("-0.0625".utf8)) == -0.0625)
        #expect(HedgeMatcher.decimal(ArraySlice("x1".utf8)) == nil)
    }

    /// Weak cues flag only together (or alone when their weight beats the bias); a cue the weights do not
    /// list flags alone; a cue weighing 0 is not shown.
    @Test func weightsDecideTheWeakCues() {
        let m = HedgeMatcher(lexicon: "often\tvague\t-\tx\nmajor\tpuffery\t-\tx\nmay\tmodal\t-\tx\nvery\tpuffery\t-\tx\n",
                             weights: "bias\t-2\noften\tvague\t1.5\nmajor\tpuffery\t1.5\nvery\tpuffery\t0\n")
        func cues(_ sentence: String) -> [String] {
            let bytes = Array(sentence.utf8)
            var words: [Word] = []
            var found: [Cue] = []
            bytes.withUnsafeBufferPointer { t in
                Words.split(t, 0..<bytes.count, into: &words)
                m.cues(t, 0..<bytes.count, words, into: &found)
            }
            return found.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        }
        #expect(cues("Trains often run late.") == [])
        #expect(cues("Trains often run late on major lines.") == ["often", "major"])
        #expect(cues("Trains may run late.") == ["may"])
        #expect(cues("Trains may run very late.") == ["may"])
    }
}
