import Testing
@testable import SkepticCore

/// One question test for the hedge and claim annotators: a question neither hedges nor claims.
@Suite struct QuestionTests {
    static func isQuestion(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        return bytes.withUnsafeBufferPointer { Words.isQuestion($0, 0..<bytes.count) }
    }

    @Test(arguments: ["Will the council raise the levy?", "“Will the council raise the levy?”", "(Will it pass?)",
                      "He asked: 'Could prices fall?'", "Is it over?]"])
    func questionsEndInAQuestionMark(sentence: String) {
        #expect(Self.isQuestion(sentence))
        #expect(HedgeTagger.cues(in: sentence).isEmpty)
    }

    @Test(arguments: ["The council may raise the levy.", "“The levy rose,” she said.", "Why? Nobody knows.", "?", ""])
    func statementsDoNot(sentence: String) {
        #expect(Self.isQuestion(sentence) == (sentence == "?"))
    }

    @Test func aQuestionIsNotAClaim() {
        let text = "Did the ministry spend 40 million pounds on the bridge in 2024?"
        let words = Array(text.utf8)
        var split: [Word] = []
        let claim = words.withUnsafeBufferPointer { t -> Bool in
            Words.split(t, 0..<words.count, into: &split)
            return ClaimAnnotator.hasClaimEvidence(t, 0..<words.count, split) & ClaimEvidence.claim != 0
        }
        #expect(!claim)
        let statement = "The ministry spent 40 million pounds on the bridge in 2024."
        let w2 = Array(statement.utf8)
        let claim2 = w2.withUnsafeBufferPointer { t -> Bool in
            Words.split(t, 0..<w2.count, into: &split)
            return ClaimAnnotator.hasClaimEvidence(t, 0..<w2.count, split) & ClaimEvidence.claim != 0
        }
        #expect(claim2)
    }
}

@Suite struct BackReferenceTests {
    @Test(arguments: [(#"((a*)*)*\1\2x"#, true), (#"(ab)\1"#, true), (#"[\1]x"#, false), (#"a\.b"#, false), (#"[]\1]"#, false)])
    func backReferencesAreFound(pattern: String, found: Bool) {
        #expect(Searcher.hasBackReference(pattern) == found)
    }
}
