import Foundation
import Testing
@testable import SkepticCore

/// The analysis issue's targets for the hedge tagger, on the CoNLL-2010 training data read from
/// ../shared/data/hedge-dev (not copied): sentence-level F1 ≥ 0.80 on the biomedical file and ≥ 0.62 on the
/// Wikipedia one. `skeptic-eval` prints the same numbers with precision, recall and cue-level scores.
@Suite struct HedgeEvaluationTests {
    struct Row: Decodable {
        let text: String
        let hedged: Bool
        let cues: [[Int]]?
    }

    static func sentenceF1(_ name: String) throws -> Double {
        let url = TestFiles.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/hedge-dev/\(name)")
        let content = try String(contentsOf: url, encoding: .utf8)
        var tp = 0, fp = 0, fn = 0
        let decoder = JSONDecoder()
        for line in content.split(separator: "\n") {
            let row = try decoder.decode(Row.self, from: Data(line.utf8))
            // The Wikipedia file (no cue spans) is tokenised; the biomedical one is running text.
            let text = row.cues == nil ? HedgeTagger.undoTokenisation(row.text) : row.text
            let predicted = !HedgeTagger.cues(in: text).isEmpty
            if predicted && row.hedged { tp += 1 } else if predicted { fp += 1 } else if row.hedged { fn += 1 }
        }
        #expect(tp + fn > 1000, "the file holds the hedged sentences its README promises")
        return 2 * Double(tp) / Double(2 * tp + fp + fn)
    }

    @Test func biomedicalTarget() throws {
        let f1 = try Self.sentenceF1("conll2010_bio_train.jsonl")
        #expect(f1 >= 0.80, "biomedical sentence-level F1 \(f1)")
    }

    @Test func wikipediaTarget() throws {
        let f1 = try Self.sentenceF1("conll2010_wiki_train.jsonl")
        #expect(f1 >= 0.62, "Wikipedia sentence-level F1 \(f1)")
    }

    @Test func wikipediaTokenisationIsUndone() {
        #expect(HedgeTagger.undoTokenisation("Drake 's `` best '' song , it is n't ( really ) .")
                == "Drake's “best” song, it isn't (really).")
    }
}
