import Testing
@testable import SkepticCore

/// Sources and the claims traced to them (issue 14, part 3).
@Suite struct SourceAnnotatorTests {
    /// The source of the claim that contains `needle`, by who it is; nil when it is unsourced.
    static func sourceOfClaim(_ a: AnnotatedDocument, containing needle: String) throws -> String? {
        let s = try #require(a.annotations.sentences.indices.first { a.document.string(a.annotations.sentences[$0].range).contains(needle) },
                             "no sentence with \(needle)")
        #expect(a.annotations.sentences[s].labels.contains(.claim), "\(needle) is a claim")
        return a.annotations.source(ofSentence: s).map { a.annotations.sources[$0].who }
    }

    @Test func attributionsInTheSentence() throws {
        let a = AnalysisFixtures.analyse("""
            According to the port authority, the bridge will cost $412 million by 2030.

            Mayor Lena Ortiz said the council approved 14 new bus routes on Tuesday.

            The council closed three libraries in 2024, Ortiz told the Halverston Courier.

            The city hired 40 new teachers in March.
            """)
        #expect(try Self.sourceOfClaim(a, containing: "412 million") == "the port authority")
        #expect(try Self.sourceOfClaim(a, containing: "14 new bus routes") == "Mayor Lena Ortiz")
        // The same person, named by surname: one source.
        #expect(try Self.sourceOfClaim(a, containing: "three libraries") == "Mayor Lena Ortiz")
        #expect(try Self.sourceOfClaim(a, containing: "40 new teachers") == nil)
        #expect(a.annotations.sources.map(\.kind) == [.attribution, .attribution])
        #expect(a.annotations.sources.map(\.statements) == [1, 2])
    }

    @Test func aClaimRestsOnTheQuotationOfItsParagraph() throws {
        let a = AnalysisFixtures.analyse("""
            “Steel prices alone added eleven percent to the cost,” said Priya Nair, a senior engineer. The council approved a budget of $412 million in March.

            Halverston Council approved a budget of $300 million in 2023.
            """)
        #expect(try Self.sourceOfClaim(a, containing: "$412 million") == "Priya Nair")
        #expect(try Self.sourceOfClaim(a, containing: "$300 million") == nil)
        let source = try #require(a.annotations.sources.first)
        #expect(source.kind == .quote)
        #expect(source.quotations == 1)
        #expect(source.statements == 2)
    }

    @Test func thePostIsTheReferenceArticlesOneSource() throws {
        let document = try ArticleLoader.load(path: TestFiles.referenceArticle.path)
        let a = Pipeline.standard.run(document)
        let sources = a.annotations.sources
        #expect(sources.count == 1, "\(sources.map { ($0.who, $0.kind, $0.statements) })")
        let post = try #require(sources.first)
        #expect(post.kind == .post)
        #expect(post.who == "BRICS news")
        #expect(post.handle == "@BRICSinfo")
        #expect(post.quotations == 2)
        #expect(post.repeats == 1)
        // The claims that report what Putin said rest on the post, which reports it.
        #expect(try Self.sourceOfClaim(a, containing: "Putin recently announced") == "BRICS news")
        #expect(try Self.sourceOfClaim(a, containing: "Putin revealed") == "BRICS news")
        #expect(try Self.sourceOfClaim(a, containing: "Iran has always been cautious") == nil)
        let claims = a.annotations.sentences.indices.filter { a.annotations.sentences[$0].labels.contains(.claim) }
        let sourced = claims.filter { a.annotations.source(ofSentence: $0) != nil }
        #expect(sourced.count >= 2 && sourced.count < claims.count / 2, "\(sourced.count) of \(claims.count)")
    }
}
