import Dispatch
import Foundation
import Testing
@testable import SkepticCore

/// The analysis spreads its passes over the cores with `Parallel.map` (dispatch's concurrentPerform): it must
/// not hang when many analyses run at once on a dispatch queue (the library analyses articles in the
/// background, two or more at a time).
@Suite struct ParallelAnalysisTests {
    static let article = """
        # Harbour tolls

        The harbour board may raise its toll next spring, officials said. “We will decide in April,” said Marta Quell.
        Some shippers are said to be considering other ports. The board voted 7 to 2 on Monday.

        The harbour board may raise its toll next spring, officials said again on Tuesday.
        """

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
