import CLibXML2
import Testing
@testable import SkepticCore

/// The kept subtree measures agree with the direct scans they replace, before and after nodes are removed.
@Suite struct SubtreeMeasuresTests {
    static let page = """
        <html><body><div id="main">  <p>First,  paragraph <a href="/x">with a link</a>, and <a href="#n">a note</a>.</p>
        <div class="box"><span> spaced   out </span><img src="a.png"><ul><li>one, two</li><li><a href="/y">three</a></li></ul>
        <h2>Heading</h2><table data-skeptic-table="1"><tr><td>cell</td></tr></table></div>
        <blockquote class="twitter-tweet"><p>A post, quoted</p></blockquote>
        <p>Last words 中文，标点</p><iframe src="https://www.youtube.com/embed/x"></iframe> </div></body></html>
        """

    func withPage(_ body: (HTMLNode.Node) -> Void) {
        var errors: Int32 = 0
        var copy = Self.page
        let doc: htmlDocPtr? = copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { sk_html_read($0.baseAddress, Int32($0.count), "UTF-8", 0, &errors) }
        }
        guard let doc, let top = xmlDocGetRootElement(doc) else {
            Issue.record("page not parsed")
            return
        }
        defer { xmlFreeDoc(doc) }
        body(top)
    }

    func check(_ measures: SubtreeMeasures, _ top: HTMLNode.Node) {
        for node in ReaderView.elements(top, ["html", "body", "div", "p", "span", "ul", "li", "a", "table", "blockquote"]) {
            let m = measures.measure(node)
            let stats = ReaderView.textStats(node)
            #expect(m.text.length == stats.length, "length of \(HTMLNode.tag(node)!)")
            #expect(m.text.commas == stats.commas, "commas of \(HTMLNode.tag(node)!)")
            let density = stats.length == 0 ? 0 : m.linkLength / Double(stats.length)
            #expect(abs(density - ReaderView.linkDensity(node)) < 1e-9, "link density of \(HTMLNode.tag(node)!)")
            #expect(m.paragraphs == ReaderView.elements(node, ["p"]).count)
            #expect(m.listItems == ReaderView.elements(node, ["li"]).count)
            #expect(m.images == ReaderView.elements(node, ["img"]).count)
            let headings = ReaderView.elements(node, ["h1", "h2", "h3", "h4", "h5", "h6"]).reduce(0) { $0 + ReaderView.textStats($1).length }
            #expect(m.headingLength == headings)
        }
    }

    @Test func measuresMatchTheScansAndFollowRemovals() {
        withPage { top in
            let measures = SubtreeMeasures()
            check(measures, top)
            let main = ReaderView.elements(top, ["div"])[0]
            #expect(measures.measure(main).embeddedPost)
            #expect(measures.measure(main).allowedVideo)
            #expect(measures.measure(main).dataTable)
            // Removing the box changes its ancestors' measures, and only theirs.
            let box = ReaderView.elements(top, ["div"])[1]
            measures.forget(ancestorsOf: box)
            xmlUnlinkNode(box)
            check(measures, top)
            #expect(!measures.measure(main).dataTable)
            #expect(measures.measure(main).images == 0)
            measures.reset()
            xmlFreeNode(box)
        }
    }
}
