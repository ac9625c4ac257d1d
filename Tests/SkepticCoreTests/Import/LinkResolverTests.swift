import Testing
@testable import SkepticCore

/// A fetched page's relative links, made absolute as browsers make them (RFC 3986's examples).
@Suite struct LinkResolverTests {
    @Test(arguments: [
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"), ("g#s", "http://a/b/c/g#s"),
        ("..", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../g", "http://a/g"),
        ("../../../g", "http://a/g"), ("https://e.org/x", "https://e.org/x"),
    ])
    func relativeReferences(href: String, expected: String) {
        #expect(LinkResolver.resolve(href, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test func linksThatLeadNowhereToFetch() {
        #expect(LinkResolver.resolve("#top", against: "https://e.org/a") == nil)
        #expect(LinkResolver.resolve("mailto:x@e.org", against: "https://e.org/a") == nil)
        #expect(LinkResolver.resolve("javascript:void(0)", against: "https://e.org/a") == nil)
        #expect(LinkResolver.resolve("b.html", against: "/home/me/page.html") == nil)
    }

    @Test func aFetchedPagesRelativeLinksAreNumberedASavedOnesAreNot() {
        let page = Array("<html><body><article><h1>Port</h1><p>The port authority publishes its notices on this page every week, read <a href=\"notices/tolls.html\">the tolls notice</a> for the detail of what it may charge.</p></article></body></html>".utf8)
        let fetched = HTMLImporter().importDocument(page, name: "https://port.example.org/news/index.html")
        #expect(fetched.links == ["https://port.example.org/news/notices/tolls.html"])
        let saved = HTMLImporter().importDocument(page, name: "/tmp/index.html")
        #expect(saved.links.isEmpty)
    }
}
