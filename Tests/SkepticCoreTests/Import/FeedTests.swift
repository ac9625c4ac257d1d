import Testing
@testable import SkepticCore

/// RSS 2.0 and Atom feeds: titles, links, dates, sources; hostile feeds stay text.
@Suite struct FeedTests {
    static func rss(items: Int) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
            + "<title>Port   News</title><link>https://port.example/</link>"
        for k in 1...items {
            out += "<item><title>Item \(k) &amp; more</title><link>/news/\(k).html</link>"
                + "<pubDate>Mon, 0\(k % 7 + 1) Dec 2026 10:00:00 GMT</pubDate>"
                + (k == 2 ? "<dc:creator>Ann Reporter</dc:creator>" : "") + "</item>"
        }
        return out + "</channel></rss>"
    }

    @Test func rssItemsHaveTitlesLinksDatesAndSources() throws {
        let feed = try #require(Feed.parse(Array(Self.rss(items: 20).utf8), base: "https://port.example/feed.xml"))
        #expect(feed.title == "Port News")
        #expect(feed.items.count == 20)
        #expect(feed.items[0] == Feed.Item(title: "Item 1 & more", link: "https://port.example/news/1.html",
                                           date: "Mon, 02 Dec 2026 10:00:00 GMT", source: "Port News"))
        #expect(feed.items[1].source == "Ann Reporter")
        #expect(Feed.looksLikeFeed(Array(Self.rss(items: 1).utf8)))
    }

    @Test func atomEntriesTakeTheirAlternateLink() throws {
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Log</title>
            <entry><title type="html">Tolls &lt;b&gt;rise&lt;/b&gt;</title>
              <link rel="edit" href="https://h.example/edit/1"/><link rel="alternate" href="https://h.example/1"/>
              <updated>2026-12-07T09:00:00Z</updated><author><name>Bo</name></author></entry>
            <entry><title>No rel</title><link href="2"/><published>2026-12-06</published></entry>
            <entry><title>No link at all</title></entry>
            </feed>
            """
        let feed = try #require(Feed.parse(Array(atom.utf8), base: "https://h.example/feed"))
        #expect(feed.title == "Harbour Log")
        #expect(feed.items.map(\.link) == ["https://h.example/1", "https://h.example/2"], "an entry without a link is left out")
        #expect(feed.items[0].title == "Tolls <b>rise</b>")
        #expect(feed.items[0].date == "2026-12-07T09:00:00Z")
        #expect(feed.items[0].source == "Bo")
        #expect(feed.items[1].source == "Harbour Log")
        #expect(Feed.looksLikeFeed(Array(atom.utf8)))
    }

    @Test func pagesAndBrokenBytesAreNoFeed() {
        #expect(Feed.parse(Array("<html><body><p>Hello</p></body></html>".utf8)) == nil)
        #expect(Feed.parse(Array("not xml at all".utf8)) == nil)
        #expect(Feed.parse([]) == nil)
        #expect(!Feed.looksLikeFeed(Array("<!doctype html><html>".utf8)))
        #expect(!Feed.looksLikeFeed(Array("<feed><title>no namespace</title></feed>".utf8)))
    }

    @Test func controlCharactersAndOutsideEntitiesStayOut() throws {
        let hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>Evil&#x1B;[2J feed</title>
            <item><title>&secret;Bad &#x202E;title&#x7;</title><link>https://e.example/1</link></item></channel></rss>
            """
        let feed = try #require(Feed.parse(Array(hostile.utf8)))
        // XML has no ESC (libxml2 drops the reference); a raw one below is shown in visible notation.
        #expect(!feed.title.contains("\u{1B}") && feed.title.hasSuffix("[2J feed"))
        let raw = Feed.parse(Array("<rss version=\"2.0\"><channel><title>A\u{1B}]8;;x\u{07}B</title><item><title>t</title><link>https://e.example/</link></item></channel></rss>".utf8))
        #expect(raw.map { !$0.title.unicodeScalars.contains { $0.value < 0x20 } } ?? true)
        #expect(!feed.items[0].title.contains("root:"), "no outside entity is read")
        #expect(feed.items[0].title.contains("<U+202E>"))
        #expect(!feed.items[0].title.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func theListingIsAMarkdownArticleWithAnItemALink() throws {
        let feed = Feed(title: "Port [News]", items: [Feed.Item(title: "Tolls *rise*", link: "https://p.example/1", date: "Mon", source: "Port")])
        let doc = try ArticleLoader.load(bytes: Array(feed.listing().utf8), name: "feed.xml", format: .markdown)
        #expect(doc.title == "Port [News]")
        #expect(doc.links == ["https://p.example/1"])
        #expect(doc.string(of: doc.blocks.last!).contains("Tolls *rise*[1] — Mon · Port"))
    }
}
