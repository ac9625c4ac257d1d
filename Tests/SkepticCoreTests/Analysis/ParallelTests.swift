import Dispatch
import Foundation
import Testing
@testable import SkepticCore

/// The analysis runs part of itself on a thread of its own while the rest goes on: it must give the same
/// annotations as one after the other, and must not hang when many analyses run at once on a dispatch queue
/// (the library analyses articles in the background, two or more at a time).
@Suite struct ParallelAlongsideTests {
    @Test func workAlongsideGivesItsResultAfterBothRan() {
        var ran = false
        let value = Parallel.alongside({ (1...1000).reduce(0, +) }) { ran = true }
        #expect(value == 500_500)
        #expect(ran)
    }

    static let article = """
        # Harbour tolls

        The harbour board may raise its toll next spring, officials said. “We will decide in April,” said Marta Quell.
        Some shippers are said to be considering other ports. The board voted 7 to 2 on Monday.

        The harbour board may raise its toll next spring, officials said again on Tuesday.
        """

    @Test func theAnalysisAlongsideEqualsOneAfterTheOther() throws {
        let doc = try ArticleLoader.load(bytes: Array(Self.article.utf8), name: "t.md", format: .markdown)
        let together = Pipeline.standard.run(doc).annotations
        let apart = try Pipeline([NoiseAnnotator(), SentenceSegmenter(), HedgeAnnotator(), QuoteAnnotator(), RepeatAnnotator(),
                                  ClaimAnnotator(), SourceAnnotator()]).run(doc).annotations
        #expect(together.sentences == apart.sentences)
        #expect(together.cues == apart.cues)
        #expect(together.sentenceRepeats == apart.sentenceRepeats)
        #expect(together.quotes.count == apart.quotes.count && together.quotes.count > 0)
        #expect(together.claimEvidence == apart.claimEvidence)
    }

    @Test func manyAnalysesAtOnceOnAQueueFinish() throws {
        let doc = try ArticleLoader.load(bytes: Array(Self.article.utf8), name: "t.md", format: .markdown)
        let runs = 32
        let group = DispatchGroup()
        for _ in 0..<runs {
            DispatchQueue.global().async(group: group) { _ = Pipeline.standard.run(doc) }
        }
        // Polled with a deadline: a hang fails the test instead of stopping the suite.
        #expect(group.wait(timeout: .now() + 60) == .success, "\(runs) analyses on the global queue did not finish")
    }
}
