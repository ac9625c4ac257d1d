import Foundation
import Testing
import SkepticCore
@testable import SkepticReview

/// The three exports of one review of an article written for the project (a confirmed flag, a dismissed
/// one, the reader's own flag with a note, and an entry whose sentence is gone) against golden files:
/// what a reader takes away must not change by accident. `SKEPTIC_RECORD=1` rewrites them (read the diff).
@Suite struct ReviewExportGoldenTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let date = Date(timeIntervalSince1970: 1_796_000_000)

    func annotated() throws -> AnnotatedDocument {
        let path = Self.fixtures.appendingPathComponent("harbour-toll.md").path
        return Pipeline.standard.run(try ArticleLoader.load(path: path))
    }

    /// The entry for the sentence that contains `words`.
    func entry(_ a: AnnotatedDocument, _ words: String, verdict: ReviewEntry.Verdict? = nil,
               own: ReviewEntry.OwnFlag? = nil, note: String? = nil) throws -> ReviewEntry {
        let s = try #require(a.annotations.sentences.first { a.document.string($0.range).contains(words) }, "\(words)")
        return ReviewEntry(anchor: TextAnchor(s.range, in: a.document), verdict: verdict, ownFlag: own, note: note)
    }

    func review(_ a: AnnotatedDocument) throws -> Review {
        var gone = try entry(a, "The consultation closes", verdict: .confirmed)
        gone.anchor = TextAnchor(exact: "The toll was scrapped in 2019.", prefix: "", suffix: "", position: 3)
        var review = Review(entries: [
            try entry(a, "may raise its toll", verdict: .confirmed),
            try entry(a, "Some shippers", verdict: .dismissed, note: "Named in the board's minutes."),
            try entry(a, "voted 7 to 2", own: .claim, note: "Check the vote against the minutes."),
            gone,
        ])
        review.place(in: a.document, a.annotations)
        return review
    }

    func check(_ got: String, _ name: String) throws {
        let url = Self.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SKEPTIC_RECORD"] == "1" {
            try got.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(got == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }

    @Test func markdownExportMatchesItsGoldenFile() throws {
        let a = try annotated()
        let review = try review(a)
        try check(ReviewExport.markdown(a, review: review, source: "file:///articles/harbour-toll.md", date: Self.date),
                  "harbour-toll.review.md")
    }

    @Test func webAnnotationExportMatchesItsGoldenFile() throws {
        let a = try annotated()
        let review = try review(a)
        try check(ReviewExport.webAnnotations(a.document, review: review, source: "file:///articles/harbour-toll.md", date: Self.date),
                  "harbour-toll.review.json")
    }

    @Test func trainingExportMatchesItsGoldenFile() throws {
        let a = try annotated()
        let review = try review(a)
        try check(ReviewExport.trainingLines(a, review: review, source: "file:///articles/harbour-toll.md"),
                  "harbour-toll.training.jsonl")
    }
}
