import Testing
@testable import SkepticCore

/// The reader-view extraction, one mechanism at a time, on small pages written for these tests.
@Suite struct ReaderViewTests {
    func load(_ html: String) throws -> Document {
        HTMLImporter(readerView: true).importDocument(Array(html.utf8), name: "page.html")
    }

    func paragraphs(_ doc: Document) -> [String] {
        doc.blocks.filter { $0.kind == .paragraph }.map { doc.string(of: $0) }
    }

    func all(_ doc: Document) -> String { String(decoding: doc.text, as: UTF8.self) }

    /// A long paragraph of invented prose with commas, so that it scores.
    static func prose(_ topic: String) -> String {
        "The \(topic) was discussed at length, with figures, objections, and several replies from the council, "
            + "which met on Thursday evening, as it does each month, to hear residents who had written in about it."
    }

    static let menu = """
        <div class="menu"><a href="/a">Home</a> <a href="/b">Local</a> <a href="/c">Weather</a></div>
        <div class="sidebar"><p>\(prose("sidebar story"))</p></div>
        """

    @Test func divsWithoutParagraphsAndBrRunsBecomeParagraphs() throws {
        let doc = try load("""
            <html><head><title>Ferry timetable changes for the winter season</title></head><body>\(Self.menu)
            <div class="story"><div>\(Self.prose("ferry timetable"))</div><div>\(Self.prose("winter schedule"))</div>
            <div>\(Self.prose("night crossing"))<br><br>\(Self.prose("fare increase"))<br>
            <br>\(Self.prose("harbour parking"))</div></div></body></html>
            """)
        let texts = paragraphs(doc)
        #expect(texts.count == 5)
        #expect(texts.first?.hasPrefix("The ferry timetable") == true)
        #expect(texts.last?.hasPrefix("The harbour parking") == true)
        #expect(!all(doc).contains("sidebar story"))
        #expect(!all(doc).contains("Weather"))
    }

    @Test func hiddenElementsAreDropped() throws {
        let doc = try load("""
            <html><body><article><p>\(Self.prose("library budget"))</p>
            <p hidden>\(Self.prose("hidden attribute"))</p>
            <div style="display: none">\(Self.prose("display none"))</div>
            <div aria-hidden="true"><p>\(Self.prose("aria hidden"))</p></div>
            <p>\(Self.prose("reading room"))</p><p>\(Self.prose("opening hours"))</p></article></body></html>
            """)
        let text = all(doc)
        #expect(text.contains("library budget"))
        #expect(text.contains("opening hours"))
        for hidden in ["hidden attribute", "display none", "aria hidden"] { #expect(!text.contains(hidden), "\(hidden)") }
    }

    @Test func siblingsSplitByFurnitureAreJoined() throws {
        let doc = try load("""
            <html><body><div id="wrap">
            <div class="entry-content"><p>\(Self.prose("bridge repair"))</p><p>\(Self.prose("lane closure"))</p>
            <p>\(Self.prose("detour route"))</p></div>
            <div class="ad-break">Advertisement</div>
            <div class="entry-content"><p>\(Self.prose("contractor bid"))</p><p>\(Self.prose("completion date"))</p></div>
            </div><div class="footer"><p>\(Self.prose("footer note"))</p></div></body></html>
            """)
        let text = all(doc)
        #expect(text.contains("bridge repair"))
        #expect(text.contains("completion date"))
        #expect(!text.contains("Advertisement"))
        #expect(!text.contains("footer note"))
    }

    @Test func shareWidgetsAndFormsInsideTheArticleAreCleaned() throws {
        let doc = try load("""
            <html><body><article><p>\(Self.prose("school meals"))</p>
            <div class="share-bar"><a href="#">Facebook</a> <a href="#">Email</a> 1.2K shares</div>
            <p>\(Self.prose("menu survey"))</p><form><input type="email"><button>Sign up</button></form>
            <p>\(Self.prose("kitchen staff"))</p></article></body></html>
            """)
        let text = all(doc)
        #expect(text.contains("kitchen staff"))
        #expect(!text.contains("shares"))
        #expect(!text.contains("Sign up"))
    }

    @Test func metadataComesFromJSONLDAndTheTitleLosesTheSiteName() throws {
        let doc = try load("""
            <html lang="en"><head><title>Night buses return to the valley | Valley Courier</title>
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Night buses return to the valley", "author": [{"@type": "Person", "name": "Ada Ruiz"},
            {"@type": "Person", "name": "Tom Okafor"}], "publisher": {"name": "Valley Courier"},
            "datePublished": "2025-11-02"}</script></head>
            <body><article><h1>Night buses return to the valley</h1><p>\(Self.prose("night bus"))</p>
            <p>\(Self.prose("late shift"))</p><p>\(Self.prose("timetable"))</p></article></body></html>
            """)
        #expect(doc.title == "Night buses return to the valley")
        #expect(doc.metadata.map(\.value) == ["Ada Ruiz, Tom Okafor", "2025-11-02", "Valley Courier"])
        #expect(doc.sections.count == 1)
    }

    @Test func titleOfThePageWithoutItsSitePart() {
        #expect(PageMetadata.articleTitle("Tolls rise again on the old bridge | Harbour Times", headings: [], h1s: [])
                == "Tolls rise again on the old bridge")
        #expect(PageMetadata.articleTitle("Harbour Times - Tolls rise", headings: [], h1s: []) == "Harbour Times - Tolls rise")
        #expect(PageMetadata.articleTitle("Local news: Tolls rise again on the old bridge", headings: [], h1s: [])
                == "Tolls rise again on the old bridge")
    }

    @Test func aBylineElementBecomesTheByline() throws {
        let doc = try load("""
            <html><body><div class="post"><div class="byline">By Mira Castellanos</div>
            <p>\(Self.prose("river level"))</p><p>\(Self.prose("flood barrier"))</p><p>\(Self.prose("sandbags"))</p>
            </div></body></html>
            """)
        #expect(doc.metadata.map(\.value) == ["By Mira Castellanos"])
        #expect(paragraphs(doc).first?.hasPrefix("The river level") == true)
    }

    @Test func validUTF8WinsOverALegacyDeclaration() throws {
        let doc = try load("""
            <html><head><meta charset="gb2312"><title>天气</title></head><body><article>
            <p>\(Self.prose("天气预报"))</p><p>\(Self.prose("降雨"))</p><p>\(Self.prose("台风"))</p></article></body></html>
            """)
        #expect(all(doc).contains("天气预报"))
    }

    @Test func footnoteLinksGetNoMarkerAndRepeatedLinksOneNumber() throws {
        let doc = try load("""
            <html><head><link rel="canonical" href="https://example.org/wiki/Tides"></head><body><article>
            <p>\(Self.prose("spring tide"))<a href="https://example.org/wiki/Tides#note-1">[1]</a></p>
            <p>See <a href="https://example.org/moon">the moon</a> and again <a href="https://example.org/moon">the moon</a>.
            \(Self.prose("neap tide"))</p><p>\(Self.prose("tide table"))</p></article></body></html>
            """)
        #expect(doc.links == ["https://example.org/moon"])
    }
}
