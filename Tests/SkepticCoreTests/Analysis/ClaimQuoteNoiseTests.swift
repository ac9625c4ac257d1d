import Testing
@testable import SkepticCore

@Suite struct ClaimAnnotatorTests {
    static let claims = AnalysisFixtures.lines("claims.txt")
    static let others = AnalysisFixtures.lines("not-claims.txt")

    @Test func atLeastThirtyOfEach() {
        #expect(Self.claims.count >= 30)
        #expect(Self.others.count >= 30)
    }

    @Test(arguments: claims)
    func claimsAreLabelled(text: String) {
        let a = AnalysisFixtures.analyse(text)
        #expect(a.annotations.sentences.contains { $0.labels.contains(.claim) }, "\(text)")
    }

    @Test(arguments: others)
    func questionsInstructionsAndFillerAreNot(text: String) {
        let a = AnalysisFixtures.analyse(text)
        #expect(!a.annotations.sentences.contains { $0.labels.contains(.claim) }, "\(text)")
    }
}

@Suite struct QuoteAnnotatorTests {
    static let items = AnalysisFixtures.items("quotes.txt")

    @Test func atLeastThirty() {
        #expect(Self.items.count >= 30)
    }

    @Test(arguments: items)
    func sourcesAreParsed(item: [String]) throws {
        let expectLine = try #require(item.last { $0.hasPrefix("=> ") })
        let text = item.filter { !$0.hasPrefix("=> ") }.joined(separator: "\n")
        var expected: [String: String] = [:]
        for pair in expectLine.dropFirst(3).components(separatedBy: " | ") {
            let parts = pair.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { expected[parts[0]] = parts[1] }
        }
        let a = AnalysisFixtures.analyse(text)
        let quote = try #require(a.annotations.quotes.first, "no quote found in: \(text)")
        let words = a.document.string(quote.words).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(quote.speaker == expected["speaker"], "\(text)")
        #expect(quote.handle == expected["handle"], "\(text)")
        #expect(quote.date == expected["date"], "\(text)")
        if let w = expected["words"] { #expect(words == w, "\(text)") }
        #expect(a.annotations.sentences.contains { $0.labels.contains(.quote) })
    }

    @Test func repeatsOfAPostAreLinked() throws {
        let document = try ArticleLoader.load(path: TestFiles.referenceArticle.path)
        let a = Pipeline.standard.run(document)
        let quotes = a.annotations.quotes
        #expect(quotes.count == 2)
        #expect(quotes[0].speaker == "BRICS news")
        #expect(quotes[0].handle == "@BRICSinfo")
        #expect(quotes[0].date == "June 18, 2025")
        #expect(quotes[1].repeatOf == 0)
    }
}

@Suite struct NoiseAnnotatorTests {
    static let noise = AnalysisFixtures.lines("noise.txt")
    static let prose = AnalysisFixtures.lines("not-noise.txt")

    @Test func atLeastThirtyOfEach() {
        #expect(Self.noise.count >= 30)
        #expect(Self.prose.count >= 30)
    }

    @Test(arguments: noise)
    func furnitureIsNoise(line: String) {
        let a = AnalysisFixtures.analyse(line)
        #expect(a.annotations.noiseBlocks.contains(true), "\(line)")
        #expect(a.annotations.sentences.isEmpty)
    }

    @Test(arguments: prose)
    func proseIsNot(line: String) {
        let a = AnalysisFixtures.analyse(line)
        #expect(!a.annotations.noiseBlocks.contains(true), "\(line)")
    }
}

@Suite struct PipelineTests {
    @Test func orderIsChecked() {
        #expect(throws: Pipeline.OrderError(annotator: "hedges", missing: [.sentences])) {
            try Pipeline([NoiseAnnotator(), HedgeAnnotator(), SentenceSegmenter()])
        }
        #expect(Pipeline.OrderError(annotator: "hedges", missing: [.sentences]).description
                == "annotator hedges requires sentences, which no earlier annotator produces")
    }
}

import Foundation
