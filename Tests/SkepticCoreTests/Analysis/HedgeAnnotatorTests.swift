import Testing
@testable import SkepticCore

/// Cues marked inside the text: `Iran ⟦may⟧ decline.` (Fixtures/analysis: speculative.txt, vague.txt,
/// plain.txt, not-hedged.txt — news-style sentences written for the project, the guard against a model that
/// only fits its training files).
@Suite struct HedgeAnnotatorTests {
    static let speculative = AnalysisFixtures.lines("speculative.txt")
    static let vague = AnalysisFixtures.lines("vague.txt")
    static let plain = AnalysisFixtures.lines("plain.txt")
    static let notSpeculative = AnalysisFixtures.lines("not-hedged.txt")

    @Test func atLeastFortyOfEach() {
        #expect(Self.speculative.count >= 40)
        #expect(Self.vague.count >= 40)
        #expect(Self.plain.count >= 40)
    }

    /// The sentences of a file the model gets wrong: `right` says what a line must be.
    static func misses(_ lines: [String], _ right: (LabelSet, [Range<Int>], [HedgeTagger.Found]) -> Bool) -> [String] {
        lines.filter { marked in
            let (text, cues) = AnalysisFixtures.unmark(marked)
            let (labels, found) = HedgeTagger.analyse(text)
            return !right(labels, cues, found)
        }
    }

    /// A learned model is not perfect: at most one sentence in ten of each kind may be missed, and the misses
    /// are listed so that a change that costs news-style sentences shows what it cost.
    static func expectMostRight(_ lines: [String], _ misses: [String], _ what: String) {
        #expect(misses.count * 10 <= lines.count, "\(misses.count) of \(lines.count) \(what):\n\(misses.joined(separator: "\n"))")
    }

    @Test func speculativeSentencesAreFlaggedWithTheirCues() {
        let misses = Self.misses(Self.speculative) { labels, cues, found in
            let speculative = Set(found.filter { $0.category.label == .hedged }.map { $0.start..<$0.end })
            return labels.contains(.hedged) && cues.allSatisfy(speculative.contains)
        }
        Self.expectMostRight(Self.speculative, misses, "speculative sentences missed")
    }

    @Test func vagueSentencesAreVagueNotSpeculative() {
        let misses = Self.misses(Self.vague) { labels, cues, found in
            let vague = Set(found.filter { $0.category.label == .vague }.map { $0.start..<$0.end })
            return labels == .vague && cues.allSatisfy(vague.contains)
        }
        Self.expectMostRight(Self.vague, misses, "vague sentences missed or called speculative")
    }

    @Test func plainSentencesAreNeither() {
        let misses = Self.misses(Self.plain) { labels, _, _ in labels.isEmpty }
        Self.expectMostRight(Self.plain, misses, "plain sentences flagged")
    }

    @Test func trapsAreNotSpeculative() {
        let misses = Self.misses(Self.notSpeculative) { labels, _, _ in !labels.contains(.hedged) }
        Self.expectMostRight(Self.notSpeculative, misses, "traps flagged as speculative")
    }

    /// The examples the analysis issue names, both ways.
    @Test func theIssuesExamples() {
        for sentence in ["They expect him to cut costs.", "The company expects sales to fall this year.",
                         "The president is also expected to visit the border.", "Such systems could enhance Iran’s military capabilities."] {
            #expect(HedgeTagger.analyse(sentence).labels.contains(.hedged), "\(sentence)")
        }
        for sentence in ["The fund owns about 11% of Integra.", "Many funds sold their shares in March."] {
            let labels = HedgeTagger.analyse(sentence).labels
            #expect(labels.contains(.vague) && !labels.contains(.hedged), "\(sentence)")
        }
        #expect(HedgeTagger.analyse("There were 40 million outstanding shares.").labels.isEmpty)
    }

    @Test func flaggedStatementCarriesItsCues() {
        let a = AnalysisFixtures.analyse("Iran may decline the offer. The council met on Tuesday. Nearly 300 people came.")
        let s = a.annotations.sentences
        #expect(s.count == 3)
        #expect(s[0].labels.contains(.hedged) && !s[0].labels.contains(.vague))
        #expect(!s[1].labels.contains(.hedged) && !s[1].labels.contains(.vague))
        #expect(s[2].labels.contains(.vague) && !s[2].labels.contains(.hedged))
        #expect(a.annotations.cues[s[0].cues].map { a.document.string($0.range) } == ["may"])
        #expect(a.annotations.cues[s[0].cues].first?.category == .modal)
        #expect(a.annotations.cues[s[2].cues].map(\.category) == [.approximator])
    }

    /// Every category gives the label of its kind.
    @Test func categoriesSplitIntoTheTwoLabels() {
        #expect(CueCategory.allCases.filter { $0.label == .hedged } == [.modal, .belief, .condition, .question, .allegation, .appearance])
        #expect(CueCategory.allCases.filter { $0.label == .vague } == [.approximator, .quantity, .source, .puffery])
    }

    /// The shipped weights are all read, and the lexicon uses its rules.
    @Test func weightsAreRead() {
        let matcher = HedgeMatcher.shared
        #expect(matcher.model.unreadLines == 0)
        for rule in [HedgeMatcher.Rule.dynamic, .pastFuture, .bound, .unnamed, .agentless, .superlative] {
            #expect(matcher.byID.contains { $0.rule == rule }, "the lexicon uses the rule \(rule.rawValue)")
        }
    }

    /// The model file: a cue's group, the words around it and its category's facts weigh; a speculative cue
    /// flags alone when it scores above zero; vague cues add up.
    @Test func weightsDecide() {
        let m = HedgeMatcher(lexicon: "often\tquantity\t-\tx\nmajor\tpuffery\t-\tx\nmay\tmodal\t-\tx\nwill\tmodal\t-\tx\n",
                             weights: """
                             bias\tspeculative\t-1
                             bias\tvague\t-2
                             may\tbase\t2
                             will\tbase\t-1
                             will\tprev=it\t3
                             @modal\tneg\t-5
                             often\tbase\t1.5
                             major\tbase\t1.5
                             """)
        #expect(m.model.unreadLines == 0)
        func analyse(_ sentence: String) -> (LabelSet, [String]) { Self.cues(m, sentence) }
        #expect(analyse("Trains may run late.") == (.hedged, ["may"]))
        #expect(analyse("Trains may not run late.") == ([], []))
        #expect(analyse("Trains will run late.") == ([], []))
        #expect(analyse("It will run late.") == (.hedged, ["will"]))
        #expect(analyse("Trains often run late.") == ([], []))
        #expect(analyse("Trains often run late on major lines.") == (.vague, ["often", "major"]))
        #expect(analyse("About 40 trains run late.") == ([], []), "no approximator in this lexicon")
        #expect(CueModel(weights: "x\tnope\t1\nbias\tspeculative\tz\n").unreadLines == 2)
    }

    /// A matcher's labels and cue words for one sentence.
    static func cues(_ m: HedgeMatcher, _ sentence: String) -> (LabelSet, [String]) {
        let bytes = Array(sentence.utf8)
        var words: [Word] = []
        var found: [Cue] = []
        var scores: [Float] = []
        var labels: LabelSet = []
        bytes.withUnsafeBufferPointer { t in
            Words.split(t, 0..<bytes.count, into: &words)
            labels = m.cues(t, 0..<bytes.count, words, into: &found, scores: &scores)
        }
        return (labels, found.map { String(decoding: bytes[$0.range], as: UTF8.self) })
    }

    /// A vague cue weighs whether it opens its clause ("Some say…", "…, while others…") and whether its noun
    /// names people ("many historians"); "one of the" counts only before a superlative.
    @Test func vagueCuesWeighTheirPlaceAndTheirPeople() {
        let m = HedgeMatcher(lexicon: "some\tquantity\t-\tx\none of the\tpuffery\tsuperlative\tx\n",
                             weights: """
                             bias\tvague\t-1
                             some\tbase\t0.5
                             @quantity\tlead\t1
                             @quantity\tpeople\t1
                             one of the\tbase\t2
                             """)
        #expect(m.model.unreadLines == 0)
        func labels(_ sentence: String) -> LabelSet { Self.cues(m, sentence).0 }
        #expect(labels("They sold some shares in March.") == [])
        #expect(labels("They met some historians in March.") == .vague, "people")
        #expect(labels("Some shares fell in March.") == .vague, "opens the sentence")
        #expect(labels("Prices rose, and some shares fell.") == .vague, "opens a clause")
        #expect(labels("It is one of the largest ports in Europe.") == .vague)
        #expect(labels("It is one of the first ports in Europe.") == .vague)
        #expect(labels("She is one of the members of the board.") == [])
        #expect(labels("It is one of the interests of the board.") == [], "-est that ranks nothing")
    }

    /// The start-up reads the lexicon's groups and the weights from bytes: the same groups as the String
    /// version, and the same numbers as `Float(String)`.
    @Test func theByteReadersAgreeWithTheStringOnes() {
        var ascii = 0
        for entry in HedgeMatcher.shared.byID {
            guard let fast = CueModel.asciiGroup(of: entry.cue, rule: entry.rule.rawValue) else { continue }
            ascii += 1
            #expect(fast == CueModel.unicodeGroup(of: entry.cue, rule: entry.rule.rawValue), "\(entry.cue)")
        }
        #expect(ascii > 100)
        for text in ["0.0545", "-0.0736", "1.5", "-2", "0.0001", "12.3456", "-0.5432", "3"] {
            var bytes = Array(text.utf8)
            let read = bytes.withUnsafeMutableBufferPointer { CueModel.decimal(UnsafeBufferPointer($0)) }
            #expect(read == Float(text), "\(text)")
        }
        for bad in ["", "-", "1.2.3", "1e5", "x"] {
            var bytes = Array(bad.utf8)
            #expect(bytes.withUnsafeMutableBufferPointer { CueModel.decimal(UnsafeBufferPointer($0)) } == nil, "\(bad)")
        }
    }
}
