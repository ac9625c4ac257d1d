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

    /// The source of the claim containing `needle`: its kind, who and what.
    static func source(_ a: AnnotatedDocument, containing needle: String) throws -> Source? {
        let s = try #require(a.annotations.sentences.indices.first { a.document.string(a.annotations.sentences[$0].range).contains(needle) },
                             "no sentence with \(needle)")
        #expect(a.annotations.sentences[s].labels.contains(.claim), "\(needle) is a claim")
        return a.annotations.source(ofSentence: s).map { a.annotations.sources[$0] }
    }

    /// Part 2: documents ("a report by the IMF", "said in a statement") and named publications ("told the
    /// Financial Times", "the Gazette reported") are sources of their own kinds.
    @Test func documentsAndPublications() throws {
        let a = AnalysisFixtures.analyse("""
            According to a report by the International Monetary Fund, growth in the region slowed to 2.1 percent in 2025.

            A study published in Nature found that coastal wetlands stored 30 percent more carbon than pine forests.

            The ministry said in a statement that 1,200 homes in Dunmore lost power on Sunday.

            A senior official told the Financial Times that the Verlan talks had collapsed in March.

            The Halverston Gazette reported that the mill closed 14 of its 20 lines.

            The IMF put growth in Norland at 1.4 percent in 2024, according to the same report by the International Monetary Fund.

            Police found 40 kilograms of cocaine in the Dunmore harbour on Monday.
            """)
        let imf = try #require(try Self.source(a, containing: "2.1 percent"))
        #expect(imf.kind == .document)
        #expect(imf.who == "the International Monetary Fund")
        #expect(imf.what == "report")
        let nature = try #require(try Self.source(a, containing: "coastal wetlands"))
        #expect(nature.kind == .document)
        #expect(nature.who == "Nature")
        #expect(nature.what == "study")
        let ministry = try #require(try Self.source(a, containing: "1,200 homes"))
        #expect(ministry.kind == .document)
        #expect(ministry.who == "The ministry")
        #expect(ministry.what == "statement")
        let ft = try #require(try Self.source(a, containing: "Verlan talks"))
        #expect(ft.kind == .publication)
        #expect(ft.who == "the Financial Times")
        let gazette = try #require(try Self.source(a, containing: "14 of its 20"))
        #expect(gazette.kind == .publication)
        #expect(gazette.who == "The Halverston Gazette")
        // The same document named again is one source.
        let again = try #require(try Self.source(a, containing: "1.4 percent"))
        #expect(again == imf)
        #expect(imf.statements == 2)
        // "found" makes a document a source, not anyone who finds something.
        #expect(try Self.source(a, containing: "40 kilograms") == nil)
        #expect(a.annotations.sources.count == 5, "\(a.annotations.sources.map(\.who))")
    }

    /// Part 2: a link in a claim is a source for it (one per URL); a link inside the article is not.
    @Test func aLinkInAClaimIsItsSource() throws {
        let md = """
            # Permits

            The agency issued 4,200 building permits in 2025, [its annual report](https://stats.example.org/permits-2025.pdf) shows.

            Halverston approved 310 of them in [March](https://stats.example.org/permits-2025.pdf#march).

            The council closed 3 of its 9 depots in 2024, as [noted above](#permits).

            The port handled 2 million containers in 2024.
            """
        let document = try ArticleLoader.load(bytes: Array(md.utf8), name: "t.md")
        let a = Pipeline.standard.run(document)
        let link = try #require(try Self.source(a, containing: "4,200 building"))
        #expect(link.kind == .link)
        #expect(link.url == "https://stats.example.org/permits-2025.pdf")
        #expect(link.who == "stats.example.org")
        #expect(link.what == "its annual report")
        let march = try #require(try Self.source(a, containing: "310 of them"))
        #expect(march.kind == .link)
        #expect(march.url == "https://stats.example.org/permits-2025.pdf#march")
        #expect(try Self.source(a, containing: "9 depots") == nil)
        #expect(try Self.source(a, containing: "2 million containers") == nil)
    }
}
