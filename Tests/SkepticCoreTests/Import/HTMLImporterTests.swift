import Testing
@testable import SkepticCore

/// Saved pages through libxml2: finding the article, dropping the page's furniture, blocks and metadata.
@Suite struct HTMLImporterTests {
    func load(_ html: String) throws -> Document {
        try ArticleLoader.load(bytes: Array(html.utf8), name: "page.html", format: .html)
    }

    func texts(_ doc: Document, _ match: (Block.Kind) -> Bool) -> [String] {
        doc.blocks.filter { match($0.kind) }.map { doc.string(of: $0) }
    }

    static let chrome = """
        <header><nav><a href="/">World</a> <a href="/p">Politics</a></nav></header>
        <div id="cookie-banner">We use cookies to improve things.</div>
        <div class="ad-slot">Advertisement</div>
        <script>var promo = "Subscribe now";</script><style>.teaser { color: red }</style>
        """

    /// A paragraph that is one link reading as a sentence is the text's own and keeps its text and number; a
    /// short line of links is navigation and goes whole, its URLs with it (issue 18, case 9).
    @Test func aLinkParagraphKeepsItsTextAndNavigationGoesWithItsLinks() throws {
        let page = """
            <html><body><article><p>First paragraph is long enough, here it is with words and more words to pass.</p>
            <p><a href="http://x.example/r">Read the full report here</a></p>
            <p><a href="http://x.example/home">Home</a> <a href="http://x.example/world">World</a></p>
            <p>Second para also long enough with plenty of words in it to count.</p></article></body></html>
            """
        let doc = try load(page)
        let text = String(decoding: doc.text, as: UTF8.self)
        #expect(text.contains("Read the full report here[1]"), "\(text)")
        #expect(!text.contains("Home") && !text.contains("World"), "\(text)")
        #expect(doc.links == ["http://x.example/r"])
    }

    /// A link to one of the article's headings ("#methods") is numbered, so that `o N` can jump there; one to
    /// an anchor no heading has is not; neither is a source (issue 17).
    @Test func aLinkToAHeadingOfTheArticleIsNumbered() throws {
        let page = """
            <html><body><article><h1>T</h1><p>See <a href="#methods">the methods</a> for how the council counted 40 \
            ships, and a long sentence to make the article long enough for the reader view to take it as one.</p>
            <h2>Methods</h2><p>The council counted ships from the harbour wall every morning for a year, and wrote \
            each count down in a ledger kept by the clerk.</p><p>Skip <a href="#nowhere">this</a> one.</p></article></body></html>
            """
        let doc = try load(page)
        #expect(doc.links == ["#methods"])
        #expect(String(decoding: doc.text, as: UTF8.self).contains("See the methods[1] for how"))
        let markdown = try ArticleLoader.load(bytes: Array("# T\n\nSee [the methods](#methods) for how the council counted 40 ships.\n\n## Methods\n\nx\n".utf8),
                                              name: "f.md", format: .markdown)
        #expect(markdown.links == ["#methods"])
        #expect(Pipeline.standard.run(markdown).annotations.sources.isEmpty)
    }

    @Test func theArticleElementIsFoundAndChromeDropped() throws {
        let doc = try load("""
            <!doctype html><html><head><title>Tolls rise | Harbour Times</title>
            <meta property="og:site_name" content="Harbour Times"><meta name="author" content="Ines Abara">
            <meta property="article:published_time" content="2025-03-04"></head><body>
            \(Self.chrome)
            <article><h1>Tolls rise</h1><p class="byline">By Ines Abara</p>
            <p>The port authority said on Tuesday that tolls will rise by four per cent, the third rise in a row.</p>
            <h2>What changed</h2><p>Small carriers pay more, the figures show, and several have complained already.</p>
            <div class="share-buttons">Share on Facebook</div></article>
            <aside><h2>Most read</h2><p>Another story entirely, with a long enough paragraph to be tempting.</p></aside>
            <footer>© Harbour Times</footer></body></html>
            """)
        #expect(doc.sections.map(\.title) == ["Tolls rise", "What changed"])
        #expect(doc.metadata.map(\.value) == ["Ines Abara", "2025-03-04", "Harbour Times"])
        #expect(texts(doc) { $0 == .paragraph }.first?.hasPrefix("The port authority said") == true)
        let all = String(decoding: doc.text, as: UTF8.self)
        for chrome in ["Politics", "cookies", "Advertisement", "Subscribe now", "teaser", "Share on", "Most read", "©"] {
            #expect(!all.contains(chrome), "\(chrome) leaked")
        }
    }

    @Test func withoutSemanticContainersTheDensestTextWins() throws {
        let teasers = (1...12).map { "<li><a href=\"/s\($0)\">Teaser headline number \($0) for another story</a></li>" }.joined()
        let doc = try load("""
            <html><head><meta property="og:title" content="Bridge Closed for Repairs"></head><body>
            <div class="top"><ul>\(teasers)</ul></div>
            <div class="story-body">
            <p>The old bridge will close for six weeks from Monday, the council said, while engineers replace its bearings.</p>
            <h2>Detours</h2>
            <p>Traffic will be sent through the market square, which traders say could cost them trade, and buses will divert.</p>
            <p>Cyclists may still cross on foot, pushing their bikes, according to the council's notice, which was published on Friday.</p>
            </div>
            <div class="sidebar"><h2>More from Local</h2><p>Short teaser.</p></div>
            </body></html>
            """)
        #expect(doc.sections.map(\.title) == ["Bridge Closed for Repairs", "Detours"])
        // No h1 holds the title: it heads the text from the og:title tag, whose line it has.
        #expect(doc.sections[0].line == 1)
        #expect(texts(doc) { $0 == .paragraph }.first?.hasPrefix("The old bridge will close") == true)
        #expect(!String(decoding: doc.text, as: UTF8.self).contains("Teaser headline"))
    }

    @Test func embeddedPostsAndCitedBlockquotesAreSourceQuotes() throws {
        let doc = try load("""
            <html><body><article><h1>Offer declined</h1>
            <p>The offer was made in June, officials said, and it was declined within days of being made.</p>
            <blockquote class="twitter-tweet"><p lang="en" dir="ltr">JUST IN: The offer was declined. \
            <a href="https://t.co/x">pic.twitter.com/AbC</a></p>&mdash; BRICS news (@BRICSinfo) \
            <a href="https://twitter.com/x/status/1">June 18, 2025</a></blockquote>
            <blockquote><p>We have no choice.</p><footer><cite>Pell Odun</cite></footer></blockquote>
            </article></body></html>
            """)
        let quotes = Pipeline.standard.run(doc).annotations.quotes
        #expect(quotes.map(\.speaker) == ["BRICS news", "Pell Odun"])
        #expect(quotes.first?.handle == "@BRICSinfo")
        #expect(quotes.first?.date == "June 18, 2025")
    }

    @Test func entitiesListsTablesAndCode() throws {
        let doc = try load("""
            <html><body><main><h1>Guide</h1>
            <p>It&rsquo;s &ldquo;fine&rdquo; &mdash; caf&eacute; &amp; bar&#8217;s &#x2014; ok&nbsp;now. This sentence is long enough.</p>
            <ol start="3"><li>three<ul><li>nested</li></ul></li><li><p>four</p></li></ol>
            <table><thead><tr><th>Year</th><th>Toll</th></tr></thead><tbody><tr><td>2023</td><td>12</td></tr></tbody></table>
            <pre><code>let x = 1
              y = 2</code></pre>
            </main></body></html>
            """)
        #expect(texts(doc) { $0 == .paragraph }.first == "It’s “fine” — café & bar’s — ok now. This sentence is long enough.")
        let items = doc.blocks.compactMap { b -> String? in
            if case .listItem(let m, let d) = b.kind { return "\(d)\(m)\(doc.string(of: b))" } else { return nil }
        }
        #expect(items == ["03.three", "1•nested", "04.four"])
        #expect(texts(doc) { $0 == .table(header: true) } == ["Year\u{1F}Toll\u{1E}2023\u{1F}12"])
        #expect(texts(doc) { $0 == .code } == ["let x = 1\n  y = 2"])
    }

    @Test func windows1252PagesAreDecoded() throws {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><article><p>".utf8)
        bytes += [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80, 0x35]
        bytes += Array(" is what the long enough paragraph of the article costs here, they say.</p></article></body></html>".utf8)
        let doc = try ArticleLoader.load(bytes: bytes, name: "old.html", format: .html)
        #expect(texts(doc) { $0 == .paragraph }.first?.hasPrefix("“Café” €5 is") == true)
        #expect(doc.decodedFrom == "windows-1252")
    }

    @Test func isoDatesReadAsDatesUnderTheTitle() {
        #expect(DocumentBuilder.readableDate("2025-06-18T21:40:00+01:00") == "18 June 2025, 21:40")
        #expect(DocumentBuilder.readableDate("2025-03-04") == "4 March 2025")
        #expect(DocumentBuilder.readableDate("2025-03-04T00:00:00Z") == "4 March 2025")
        #expect(DocumentBuilder.readableDate("2025-13-04") == nil)
        #expect(DocumentBuilder.readableDate("March 4, 2025") == nil)
        #expect(DocumentBuilder.readableDate("2025-03-04x") == nil)
    }

    @Test func byteOrderMarksChooseTheEncoding() throws {
        let page = "<html><body><article><p>“Café” costs €5, the owner said on Tuesday, and the price will not change.</p></article></body></html>"
        let utf8 = try ArticleLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(page.utf8), name: "bom.html", format: .html)
        #expect(texts(utf8) { $0 == .paragraph }.first?.hasPrefix("“Café” costs €5") == true)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in page.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let wide = try ArticleLoader.load(bytes: utf16, name: "wide.html", format: .html)
        #expect(texts(wide) { $0 == .paragraph }.first?.hasPrefix("“Café” costs €5") == true)
        #expect(wide.decodedFrom == "UTF-16LE")
    }

    @Test func malformedAndDeepPagesDoNotCrash() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>deep text</p>"
            + String(repeating: "</div>", count: 10_000) + "<p>after</p></body></html>"
        #expect(texts(try load(deep)) { $0 == .paragraph } == ["deep text", "after"])
        let broken = "<html><body><p>unclosed <b>bold &bogus; &#99999999; <table><tr><td>x" + String(repeating: "<p>para ", count: 3000)
        let doc = try load(broken)
        #expect(doc.importWarnings > 0)
        #expect(doc.blocks.count > 100)
        let rows = (0..<5_000).map { "<tr><td>\($0)</td><td>cell</td></tr>" }.joined()
        let table = try load("<html><body><article><table>\(rows)</table></article></body></html>")
        // One table block (no paragraph scores, so it is shown as the page's text, under the note).
        #expect(table.blocks.filter { if case .table = $0.kind { return true } else { return false } }.count == 1)
        #expect(table.extractionNote == HTMLImporter.noArticleNote)
    }

    /// A listing page: list items and one short line, no paragraph long enough to be an article's.
    static let listing: String = {
        let items = (1...12).map { "<li><b>Stall \($0)</b> sells fruit from the valley farms on Saturdays and most Wednesdays</li>" }
            .joined()
        return """
            <html><head><title>Market stalls | Valley Market</title><meta property="og:site_name" content="Valley Market"></head>
            <body><nav><a href="/">Home</a> <a href="/map">Map</a></nav><div id="cookie-note">We use cookies to count visitors.</div>
            <h1>Market stalls</h1><p>Every stall this season.</p><h2>North hall</h2><ul>\(items)</ul>
            <h2>South hall</h2><ul>\(items)</ul><footer>© Valley Market</footer></body></html>
            """
    }()

    @Test func aPageWithoutAnArticleShowsItsTextWithANote() throws {
        let doc = try load(Self.listing)
        #expect(doc.extractionNote == HTMLImporter.noArticleNote)
        #expect(doc.metadata.map(\.value).contains(HTMLImporter.noArticleNote))
        #expect(doc.sections.map(\.title) == ["Market stalls", "North hall", "South hall"])
        #expect(texts(doc) { if case .listItem = $0 { return true } else { return false } }.count == 24)
        let all = String(decoding: doc.text, as: UTF8.self)
        for chrome in ["Home", "cookies", "©"] { #expect(!all.contains(chrome), "\(chrome) leaked") }
        // The reports say so too.
        let annotated = Pipeline.standard.run(doc)
        #expect(JSONReport.render(annotated).contains("\"extractionNote\": \"no article found: showing the page's text\""))
        #expect(TextReport.render(annotated).split(separator: "\n").dropFirst().first == "(no article found: showing the page's text)")
    }

    @Test func anArticleHasNoExtractionNote() throws {
        let doc = try load("""
            <html><body><article><h1>Bridge reopens</h1>
            <p>The old bridge reopened on Monday, the council said, after six weeks of repairs to its bearings and deck.</p>
            </article></body></html>
            """)
        #expect(doc.extractionNote == nil)
        #expect(JSONReport.render(Pipeline.standard.run(doc)).contains("\"extractionNote\": null"))
    }

    @Test func aPageWithNoArticleTextIsEmpty() throws {
        let doc = try load("<html><head><title>Nothing</title></head><body><nav><a href=/>Home</a></nav><script>x=1</script></body></html>")
        #expect(doc.isEmpty)
        #expect(doc.title == "Nothing")
    }
}
