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

    // MARK: - Page kinds

    /// A page that is nothing but its article: paragraphs straight in `<body>`, no container. The body is the
    /// article, not "no article found".
    @Test func paragraphsStraightInTheBodyAreTheArticle() throws {
        let doc = try load("""
            <html><head><title>Notes on the harbour wall</title></head><body>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt="Harbour wall">
            <p>\(Self.prose("harbour wall"))</p><p>\(Self.prose("sea defence"))</p><p>\(Self.prose("storm surge"))</p>
            </body></html>
            """)
        #expect(doc.extractionNote == nil)
        #expect(paragraphs(doc).count == 3)
        #expect(paragraphs(doc).first?.hasPrefix("The harbour wall") == true)
    }

    /// An old page laid out in a table, spaced with `&nbsp;`: the stack of headings over its text (a label,
    /// the work's title and author, a credit) is its header, kept — a layout table is not text before it.
    @Test func aHeaderStackInALayoutTableIsKept() throws {
        let doc = try load("""
            <html><head><title>The Lighthouse Keeper Study Text</title></head><body>&nbsp;&nbsp;
            <center><table width="640" border="0"><tbody><tr><td>
            <h3 align="center">Study Edition</h3>
            <h2 align="center"><font color="maroon">"The Lighthouse Keeper: A Tale of the Coast"</font> (1861)<br> Mary Ellison</h2>
            <h2 align="center"><a href="https://example.org/plain.html"><img src="home.gif" alt="To the plain text"></a></h2>
            <h3 align="center">Prepared by <a href="https://example.org/">R. Dunmore</a>, Coast College</h3>
            \(Self.prose("lamp room"))
            <p>\(Self.prose("keeper's log"))</p><p>\(Self.prose("fog signal"))</p>
            </td></tr></tbody></table></center></body></html>
            """)
        let headings = doc.blocks.filter { if case .heading = $0.kind { return true } else { return false } }.map { doc.string(of: $0) }
        #expect(headings.contains("Study Edition"))
        #expect(headings.contains { $0.contains("A Tale of the Coast") })
        #expect(all(doc).contains("The lamp room"))
    }

    /// A section whose links were cleaned away still leaves the tree when a data table comes before it.
    @Test func aDataTableIsTextBeforeAnEmptiedSection() throws {
        let rows = (1...4).map { "<tr><td>Pier \($0)</td><td>\($0 * 3) m</td><td>open</td></tr>" }.joined()
        let doc = try load("""
            <html><body><article><p>\(Self.prose("pier depth"))</p><p>\(Self.prose("dredging"))</p>
            <table><thead><tr><th>Pier</th><th>Depth</th><th>State</th></tr></thead>\(rows)</table>
            <h2>Recent in Harbour</h2><ul class="recirc"><li><a href="/a">Tug strike</a></li><li><a href="/b">New crane</a></li></ul>
            <h2>Tides</h2><p>\(Self.prose("tide"))</p></article></body></html>
            """)
        #expect(doc.sections.map(\.title).contains("Tides"))
        #expect(!doc.sections.map(\.title).contains("Recent in Harbour"))
    }

    // MARK: - Metadata

    /// JSON-LD given as a list of items (breadcrumbs, then the article), and Open Graph's
    /// `og:article:author` when nothing else names the author.
    @Test func jsonLDListsAndOpenGraphAuthors() throws {
        let doc = try load("""
            <html><head><title>Harbour dues rise - Coastline</title>
            <meta property="og:title" content="Harbour dues rise - Coastline">
            <meta property="og:article:author" content="Coastline Newsroom">
            <script type="application/ld+json">[{"@context": "https://schema.org/", "@type": "BreadcrumbList",
            "itemListElement": [{"@type": "ListItem", "position": 1, "item": {"name": "Coastline"}}]},
            {"@context": "https://schema.org/", "@type": "NewsArticle", "headline": "Harbour dues rise for the third year"}]
            </script></head><body><article><p>\(Self.prose("harbour dues"))</p><p>\(Self.prose("mooring fee"))</p>
            <p>\(Self.prose("port budget"))</p></article></body></html>
            """)
        #expect(doc.title == "Harbour dues rise for the third year")
        #expect(doc.metadata.first { $0.key == .byline }?.value == "Coastline Newsroom")
        #expect(PageMetadata.propertyKey("og:article:author") == "article:author")
    }

    /// A profile address is not a byline.
    @Test func anAuthorAddressIsNoByline() throws {
        let doc = try load("""
            <html><head><meta property="article:author" content="https://social.example/coastline"></head>
            <body><article><p>\(Self.prose("harbour dues"))</p><p>\(Self.prose("mooring fee"))</p>
            <p>\(Self.prose("port budget"))</p></article></body></html>
            """)
        #expect(doc.metadata.first { $0.key == .byline } == nil)
    }

    /// The author's name marked inside a byline block (`itemprop=name`) is the byline, without the date
    /// beside it.
    @Test func theMarkedNameInABylineIsTheByline() throws {
        let doc = try load("""
            <html><body><div class="post"><div class="byline"><span itemprop="author"><span itemprop="name">Mira
            Castellanos</span></span> <time>3 March 2024 • 9:10am</time></div>
            <p>\(Self.prose("river level"))</p><p>\(Self.prose("flood barrier"))</p><p>\(Self.prose("sandbags"))</p>
            </div></body></html>
            """)
        #expect(doc.metadata.first { $0.key == .byline }?.value == "Mira Castellanos")
    }

    // MARK: - Language and direction

    @Test func languageAndDirectionComeFromThePage() throws {
        let body = "<p>\(Self.prose("harbour"))</p><p>\(Self.prose("tide"))</p><p>\(Self.prose("quay"))</p>"
        // `dir` on the body, `lang` on the html element.
        var doc = try load("<html lang=\"ar-EG\"><body dir=\"rtl\"><article>\(body)</article></body></html>")
        #expect(doc.language == "ar-EG")
        #expect(doc.direction == .rightToLeft)
        // The article's own `dir`, inside the block the article was widened to.
        doc = try load("<html><body><main><article dir=\"rtl\">\(body)</article></main></body></html>")
        #expect(doc.direction == .rightToLeft)
        #expect(doc.language == nil)
        // A right-to-left language without `dir`; `lang` on the body.
        doc = try load("<html><body lang=\"fa\"><article>\(body)</article></body></html>")
        #expect(doc.language == "fa")
        #expect(doc.direction == .rightToLeft)
        // An explicit `dir=ltr` wins over the language; `dir=auto` reads the first letter.
        doc = try load("<html lang=\"he\" dir=\"ltr\"><body><article>\(body)</article></body></html>")
        #expect(doc.direction == .leftToRight)
        doc = try load("<html dir=\"auto\"><head><title>שלום</title></head><body><article>\(body)</article></body></html>")
        #expect(doc.direction == .rightToLeft)
        doc = try load("<html lang=\"en\"><body><article>\(body)</article></body></html>")
        #expect(doc.direction == nil)
        #expect(doc.language == "en")
    }

    @Test func theJSONReportNamesLanguageAndDirection() throws {
        let body = "<p>\(Self.prose("harbour"))</p><p>\(Self.prose("tide"))</p><p>\(Self.prose("quay"))</p>"
        let rtl = try load("<html lang=\"ur\" dir=\"rtl\"><body><article>\(body)</article></body></html>")
        var json = JSONReport.render(Pipeline.standard.run(rtl))
        #expect(json.contains("\"language\": \"ur\""))
        #expect(json.contains("\"direction\": \"rtl\""))
        json = JSONReport.render(Pipeline.standard.run(try load("<html><body><article>\(body)</article></body></html>")))
        #expect(json.contains("\"language\": null"))
        #expect(json.contains("\"direction\": null"))
    }
}
