import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Imports a saved web page through libxml2's HTML parser: finds the article (`<article>`, `<main>`,
/// `role=main`, else the densest block of paragraph text), drops the page's furniture (navigation, ads,
/// share widgets, comments, scripts…), and turns what is left into blocks, a section tree and metadata.
public struct HTMLImporter: Sendable {
    /// Whether the article is found as the reader view of Firefox finds it (the default), or by the earlier
    /// semantic-container and density rules (`SKEPTIC_READER_VIEW=0`, kept for comparison).
    public let readerView: Bool

    public init(readerView: Bool = getenv("SKEPTIC_READER_VIEW").map { String(cString: $0) != "0" } ?? true) {
        self.readerView = readerView
    }

    private func classicImport(top: HTMLNode.Node, builder: DocumentBuilder, name: String, decodedFrom: String?,
                               errors: Int32) -> Document {
        var builder = builder
        let page = PageFacts(top: top)
        if let author = page.author { builder.addMetadata(.byline, author, line: page.authorLine) }
        if let date = page.date { builder.addMetadata(.date, date, line: page.dateLine) }
        if let site = page.site { builder.addMetadata(.site, site, line: page.siteLine) }

        let root = ArticleFinder.find(in: top)
        var walker = HTMLWalker(builder: builder)
        // A title heading that sits above the article's container (a page header) still heads it.
        if let title = page.title, !HTMLNode.containsElement(root, named: "h1"),
           let h1 = HTMLNode.firstElement(in: top, named: "h1", where: { DocumentBuilder.sameTitle(title, HTMLNode.text(of: $0)) }) {
            walker.emitHeading(h1)
        }
        walker.walk(root)
        return walker.builder.build(name: name, format: .html, fallbackTitle: page.title, decodedFrom: decodedFrom,
                                    warnings: Int(errors))
    }

    /// `charset`: the one the HTTP header named, which outranks the page's own `<meta>` (as in browsers).
    public func importDocument(_ source: [UInt8], name: String, charset: String? = nil) -> Document {
        let (bytes, encoding, decodedFrom) = HTMLCharset.prepare(source, header: charset)
        var errors: Int32 = 0
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        if encoding == "UTF-8" { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                sk_html_read(chars.baseAddress, Int32(clamping: chars.count), encoding, options, &errors)
            }
        }
        var builder = DocumentBuilder(capacity: bytes.count / 4)
        guard let doc, let top = xmlDocGetRootElement(doc) else {
            if let doc { xmlFreeDoc(doc) }
            return builder.build(name: name, format: .html, fallbackTitle: nil, decodedFrom: decodedFrom, warnings: Int(errors))
        }
        defer { xmlFreeDoc(doc) }
        guard readerView else {
            return classicImport(top: top, builder: builder, name: name, decodedFrom: decodedFrom, errors: errors)
        }
        let page = PageMetadata(top: top)
        let (document, articleDirection) = readerImport(doc: doc, top: top, builder: builder, page: page, name: name,
                                                        decodedFrom: decodedFrom, errors: errors)
        let direction = TextDirection.of(dir: articleDirection ?? page.direction, language: page.language, text: document.text)
        return document.written(in: page.language, direction: direction)
    }

    /// The article as the reader view finds it, else the page's text; and the `dir` nearest the article.
    private func readerImport(doc: htmlDocPtr, top: HTMLNode.Node, builder: DocumentBuilder, page: PageMetadata, name: String,
                              decodedFrom: String?, errors: Int32) -> (Document, direction: String?) {
        var builder = builder
        if let author = page.byline { builder.addMetadata(.byline, author, line: page.bylineLine) }
        if let date = page.published { builder.addMetadata(.date, date, line: page.dateLine) }
        if let site = page.site { builder.addMetadata(.site, site, line: page.siteLine) }
        let finish = { (walker: HTMLWalker) -> Document in
            var walker = walker
            return walker.builder.build(name: name, format: .html, fallbackTitle: page.title, decodedFrom: decodedFrom,
                                        warnings: Int(errors))
        }
        // A page nested deeper than any real layout would make the passes' subtree measures quadratic:
        // it is read as the page's text.
        guard !HTMLNode.isDeeper(top, than: ReaderView.maxDepth),
              let found = ReaderView.extract(from: doc, title: page.title, bylineKnown: page.byline != nil) else {
            return (pageText(top: top, builder: builder, page: page, name: name, finish: finish), nil)
        }
        let direction = found.article.direction
        defer { found.free() }
        if let byline = found.article.byline { builder.addMetadata(.byline, byline, line: 1) }
        // No paragraph scored anywhere: what the passes return is the whole body (cleaned), not an article
        // (a listing, an index), and the note says so. A short page is all there is to read and needs none.
        let wholePage = found.article.isWholePage && found.article.textLength >= ReaderView.charThreshold
        var noted = builder
        if wholePage { noted.addMetadata(.note, HTMLImporter.noArticleNote, line: 1) }
        // A short result comes from the looser passes, which keep furniture, and the whole body has it all:
        // the furniture rules apply to them.
        let short = found.article.textLength < ReaderView.charThreshold
        var walker = HTMLWalker(builder: noted, extracted: !short && !wholePage, pageURL: page.url, baseURL: name)
        if let title = page.title {
            let h1 = HTMLNode.firstElement(in: top, named: "h1", where: { ReaderView.similarity(title, HTMLNode.text(of: $0)) > 0.75 })
            walker.emitTitle(title, line: h1.map(HTMLNode.line) ?? page.titleLine)
        }
        walker.walk(found.article.content)
        let article = finish(walker)
        if wholePage {
            return (Self.hasText(article) ? article.noting(HTMLImporter.noArticleNote)
                : pageText(top: top, builder: builder, page: page, name: name, finish: finish), direction)
        }
        guard short else { return (article, direction) }
        // Too little for an article while the page has much more text: the page's text is shown instead.
        let whole = pageText(top: top, builder: builder, page: page, name: name, finish: finish)
        if !Self.hasText(article) || whole.text.count > 3 * article.text.count + 600 { return (whole, direction) }
        return (article, direction)
    }

    /// The page's readable text (headings and paragraphs of the body, its furniture dropped), with a note
    /// that no article was found; a document with nothing in it when the page has no text.
    private func pageText(top: HTMLNode.Node, builder: DocumentBuilder, page: PageMetadata, name: String,
                          finish: (HTMLWalker) -> Document) -> Document {
        var noted = builder
        noted.addMetadata(.note, HTMLImporter.noArticleNote, line: 1)
        var walker = HTMLWalker(builder: noted, baseURL: name)
        let body = HTMLNode.firstElement(in: top, named: "body", where: { _ in true }) ?? top
        // The title heading, when the page has one, heads the text.
        if let title = page.title, !HTMLNode.containsElement(body, named: "h1") {
            walker.emitTitle(title, line: page.titleLine)
        }
        walker.walk(body)
        let whole = finish(walker)
        guard Self.hasText(whole) else { return finish(HTMLWalker(builder: builder)) }
        return whole.noting(HTMLImporter.noArticleNote)
    }

    /// Whether a document has any block besides its title and metadata.
    static func hasText(_ document: Document) -> Bool {
        document.blocks.contains { block in
            switch block.kind {
            case .title, .metadata, .reference: return false
            default: return true
            }
        }
    }

    /// The note under the title when a page has no article the reader view would show.
    public static let noArticleNote = "no article found: showing the page's text"

    /// The visible text of an HTML fragment (inline HTML in Markdown): tags, comments, scripts and styles
    /// removed, entities decoded, whitespace collapsed.
    public static func text(ofFragment fragment: String) -> String {
        var errors: Int32 = 0
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var copy = fragment
        let doc: htmlDocPtr? = copy.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                sk_html_read(chars.baseAddress, Int32(clamping: chars.count), "UTF-8", options, &errors)
            }
        }
        guard let doc else { return "" }
        defer { xmlFreeDoc(doc) }
        guard let top = xmlDocGetRootElement(doc) else { return "" }
        return Sanitiser.singleLine(HTMLNode.text(of: top))
    }
}

// MARK: - Charset

/// Works out a page's encoding: a BOM, else `<meta charset>` or the HTTP-equiv content type, else UTF-8 when
/// the bytes are (mostly) valid UTF-8, else Windows-1252 (what browsers assume).
enum HTMLCharset {
    /// The bytes to parse, the encoding to tell libxml2, and the source encoding when it was not UTF-8.
    static func prepare(_ source: [UInt8], header: String? = nil) -> (bytes: [UInt8], encoding: String, decodedFrom: String?) {
        if source.starts(with: [0xFF, 0xFE]) || source.starts(with: [0xFE, 0xFF]) {
            let little = source[0] == 0xFF
            return (TextDecoder.utf16ToUTF8(Array(source.dropFirst(2)), littleEndian: little), "UTF-8",
                    little ? "UTF-16LE" : "UTF-16BE")
        }
        var bytes = source
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let declared = header ?? declaredCharset(bytes)
        let scan = TextDecoder.scanUTF8(bytes)
        let valid = scan.valid
        switch declared {
        case nil, "utf-8", "utf8":
            if valid { return (bytes, "UTF-8", nil) }
            // Declared UTF-8 is read as UTF-8, bad bytes replaced (as browsers do); undeclared, when most of it is.
            if declared != nil || scan.mostlyUTF8 {
                return (Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8", "utf-8 (\(scan.invalid) invalid bytes replaced)")
            }
            return (TextDecoder.windows1252ToUTF8(bytes), "UTF-8", "windows-1252")
        case "windows-1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "cp1252", "iso-8859-15":
            if valid { return (bytes, "UTF-8", nil) }
            return (TextDecoder.windows1252ToUTF8(bytes), "UTF-8", "windows-1252")
        case _? where valid && bytes.contains(where: { $0 >= 0x80 }):
            // Text that is valid UTF-8 beyond ASCII is UTF-8 whatever the page declares (a page saved by a
            // browser keeps its old declaration): no legacy encoding produces such sequences by chance.
            return (bytes, "UTF-8", nil)
        case let other?:
            // Anything else is libxml2's to convert.
            return (bytes, other.uppercased(), other)
        }
    }

    /// The charset a page declares in its first 4 KiB, lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var search = head[...]
        while let range = search.firstRange(of: "charset") {
            var rest = search[range.upperBound...].drop { $0 == " " }
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                // Only inside a <meta> tag.
                if !name.isEmpty, let tagStart = head[..<range.lowerBound].lastIndex(of: "<"),
                   head[tagStart...].hasPrefix("<meta") {
                    return String(name)
                }
            }
            search = search[range.upperBound...]
        }
        return nil
    }
}

// MARK: - Nodes

/// Small helpers over libxml2's node structs.
enum HTMLNode {
    typealias Node = UnsafeMutablePointer<xmlNode>

    /// The element's lower-case tag name, or nil for other nodes.
    @inline(__always)
    static func tag(_ node: Node) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return commonTag(name) ?? String(cString: name)
    }

    /// The commonest tag names as literals: asked of every element many times over, they are then not
    /// made anew from the C string each time.
    @inline(__always)
    private static func commonTag(_ n: UnsafePointer<xmlChar>) -> String? {
        @inline(__always) func b(_ c: Unicode.Scalar) -> UInt8 { UInt8(ascii: c) }
        switch n[0] {
        case b("a"): return n[1] == 0 ? "a" : nil
        case b("p"): return n[1] == 0 ? "p" : nil
        case b("b"): return n[1] == 0 ? "b" : n[1] == b("r") && n[2] == 0 ? "br" : nil
        case b("i"): return n[1] == 0 ? "i" : n[1] == b("m") && n[2] == b("g") && n[3] == 0 ? "img" : nil
        case b("l"): return n[1] == b("i") && n[2] == 0 ? "li" : nil
        case b("u"): return n[1] == b("l") && n[2] == 0 ? "ul" : nil
        case b("d"): return n[1] == b("i") && n[2] == b("v") && n[3] == 0 ? "div" : nil
        case b("s"):
            return n[1] == b("p") && n[2] == b("a") && n[3] == b("n") && n[4] == 0 ? "span" : nil
        case b("t"):
            if n[1] == b("d") && n[2] == 0 { return "td" }
            return n[1] == b("r") && n[2] == 0 ? "tr" : nil
        case b("h"):
            // "h" alone ends at n[1]: n[2] is past its end.
            guard n[1] != 0, n[2] == 0 else { return nil }
            switch n[1] {
            case b("1"): return "h1"
            case b("2"): return "h2"
            case b("3"): return "h3"
            case b("4"): return "h4"
            case b("5"): return "h5"
            case b("6"): return "h6"
            default: return nil
            }
        default: return nil
        }
    }

    static func attribute(_ node: Node, _ name: String) -> String? {
        var attr = node.pointee.properties
        guard attr != nil else { return nil }
        var wanted = name
        return wanted.withUTF8 { target in
            while let a = attr {
                if let n = a.pointee.name, Self.equalsIgnoringASCIICase(n, target) {
                    // The usual value, one text node, read in place (no copy to free).
                    if let text = a.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE {
                        return text.pointee.content.map { String(cString: $0) } ?? ""
                    }
                    guard let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(a))) else { return "" }
                    defer { sk_xml_free(value) }
                    return String(cString: value)
                }
                attr = a.pointee.next
            }
            return nil
        }
    }

    /// Whether a C string is `target` (lower-case ASCII), any case.
    @inline(__always)
    private static func equalsIgnoringASCIICase(_ s: UnsafePointer<xmlChar>, _ target: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<target.count {
            var c = s[i]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != target[i] { return false }
        }
        return s[target.count] == 0
    }

    static func line(_ node: Node) -> Int { max(1, Int(xmlGetLineNo(node))) }

    /// All text under `node` except scripts, styles and comments, whitespace collapsed.
    static func text(of node: Node) -> String {
        var out: [UInt8] = []
        var space = false
        forEach(in: node, skip: { tag($0).map { $0 == "script" || $0 == "style" || $0 == "noscript" || $0 == "template" } ?? false }) { n in
            guard n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let content = n.pointee.content else { return }
            var p = content
            while p.pointee != 0 {
                let b = p.pointee
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    space = !out.isEmpty
                } else {
                    if space { out.append(0x20); space = false }
                    out.append(b)
                }
                p += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Visits every node under `node` in document order without recursion; `skip` prunes subtrees.
    static func forEach(in node: Node, skip: (Node) -> Bool = { _ in false }, _ body: (Node) -> Void) {
        var current: Node? = node.pointee.children
        while let n = current {
            body(n)
            if let child = n.pointee.children, n.pointee.type == XML_ELEMENT_NODE, !skip(n) {
                current = child
                continue
            }
            var up: Node? = n
            current = nil
            while let u = up, u != node {
                if let next = u.pointee.next { current = next; break }
                up = u.pointee.parent
            }
        }
    }

    /// Whether elements nest more than `limit` deep under `node`.
    static func isDeeper(_ node: Node, than limit: Int) -> Bool {
        var depth = 0
        var current: Node? = node.pointee.children
        while let n = current {
            if let child = n.pointee.children, n.pointee.type == XML_ELEMENT_NODE {
                depth += 1
                if depth > limit { return true }
                current = child
                continue
            }
            var up: Node? = n
            current = nil
            while let u = up, u != node {
                if let next = u.pointee.next { current = next; break }
                up = u.pointee.parent
                depth -= 1
            }
        }
        return false
    }

    /// Whether `ancestor` holds `node`.
    static func isAncestor(_ ancestor: Node, of node: Node) -> Bool {
        var up = node.pointee.parent
        while let u = up {
            if u == ancestor { return true }
            up = u.pointee.parent
        }
        return false
    }

    static func containsElement(_ node: Node, named name: String) -> Bool {
        firstElement(in: node, named: name, where: { _ in true }) != nil
    }

    static func firstElement(in node: Node, named name: String, where accept: (Node) -> Bool) -> Node? {
        var found: Node?
        forEach(in: node, skip: { _ in found != nil }) { n in
            if found == nil, tag(n) == name, accept(n) { found = n }
        }
        return found
    }

    /// Words of the element's class and id ("share-buttons" gives "share" and "buttons").
    static func classWords(_ node: Node) -> [Substring] {
        guard node.pointee.properties != nil else { return [] }
        var words: [Substring] = []
        for attr in ["class", "id"] {
            guard let value = attribute(node, attr)?.lowercased(), !value.isEmpty else { continue }
            split(value, into: &words) { $0 == 0x20 || $0 == 0x2D || $0 == 0x5F || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        return words
    }

    /// The element's class names, lower-cased ("sr-only", "visually-hidden").
    static func classNames(_ node: Node) -> [Substring] {
        guard node.pointee.properties != nil, let value = attribute(node, "class")?.lowercased(), !value.isEmpty else { return [] }
        var names: [Substring] = []
        split(value, into: &names) { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        return names
    }

    /// The runs of `value` between ASCII separator bytes (each separator a boundary of its own).
    private static func split(_ value: String, into words: inout [Substring], at isSeparator: (UInt8) -> Bool) {
        let bytes = value.utf8
        var start: String.Index?
        var i = bytes.startIndex
        while i != bytes.endIndex {
            if isSeparator(bytes[i]) {
                if let s = start { words.append(value[s..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            i = bytes.index(after: i)
        }
        if let s = start { words.append(value[s...]) }
    }
}

// MARK: - Page facts

/// What the page's `<head>` says about the article: title, author, date, site.
struct PageFacts {
    var title: String?
    var author: String?
    var authorLine = 1
    var date: String?
    var dateLine = 1
    var site: String?
    var siteLine = 1

    init(top: HTMLNode.Node) {
        var ogTitle: String?
        var titleTag: String?
        HTMLNode.forEach(in: top, skip: { HTMLNode.tag($0) == "body" }) { node in
            guard let tag = HTMLNode.tag(node) else { return }
            if tag == "title", titleTag == nil {
                titleTag = HTMLNode.text(of: node)
                return
            }
            guard tag == "meta" else { return }
            let key = (HTMLNode.attribute(node, "property") ?? HTMLNode.attribute(node, "name") ?? "").lowercased()
            guard let content = HTMLNode.attribute(node, "content")?.trimmingSpaces, !content.isEmpty else { return }
            let line = HTMLNode.line(node)
            switch key {
            case "og:title", "twitter:title":
                if ogTitle == nil { ogTitle = content }
            case "og:site_name", "application-name":
                if site == nil { site = content; siteLine = line }
            case "author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator":
                if author == nil && !content.hasPrefix("http") { author = content; authorLine = line }
            case "article:published_time", "date", "pubdate", "publishdate", "dc.date", "parsely-pub-date",
                 "sailthru.date", "og:published_time":
                if date == nil { date = content; dateLine = line }
            default:
                break
            }
        }
        title = ogTitle ?? titleTag.map { Self.withoutSiteSuffix($0, site: site) }
        if title?.isEmpty == true { title = nil }
    }

    /// "Headline | Site Name" → "Headline" (also " - ", " — ", " – ").
    static func withoutSiteSuffix(_ title: String, site: String?) -> String {
        for separator in [" | ", " — ", " – ", " - ", " :: "] {
            if let range = title.lastRange(of: separator) {
                let tail = title[range.upperBound...]
                if let site, tail.lowercased() == site.lowercased() { return String(title[..<range.lowerBound]) }
                if tail.count <= 30 && title[..<range.lowerBound].count > tail.count { return String(title[..<range.lowerBound]) }
            }
        }
        return title
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    public var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}

extension StringProtocol {
    /// The last occurrence of `needle`, compared by characters.
    func lastRange(of needle: String) -> Range<Index>? {
        var found: Range<Index>?
        var search = self[...]
        while let r = search.firstRange(of: needle) {
            found = r
            search = search[r.upperBound...]
        }
        return found
    }
}

extension Document {
    /// The same document with `note` saying how its text was found.
    func noting(_ note: String) -> Document {
        Document(text: text, format: format, name: name, metadata: metadata, blocks: blocks, sections: sections,
                 decodedFrom: decodedFrom, inlines: inlines, links: links, importWarnings: importWarnings,
                 extractionNote: note, language: language, direction: direction)
    }

    /// The same document in `language`, its text running in `direction`.
    func written(in language: String?, direction: Direction?) -> Document {
        Document(text: text, format: format, name: name, metadata: metadata, blocks: blocks, sections: sections,
                 decodedFrom: decodedFrom, inlines: inlines, links: links, importWarnings: importWarnings,
                 extractionNote: extractionNote, language: language, direction: direction)
    }
}

/// The direction of a page's text: its `dir` ("rtl", "ltr"), else that of its language (Arabic, Hebrew,
/// Persian, Urdu… run right to left), else for `dir=auto` that of its first letter with a direction.
enum TextDirection {
    /// Languages written right to left (primary subtags).
    static let rightToLeftLanguages: Set<Substring> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
    ]

    static func of(dir: String?, language: String?, text: [UInt8]) -> Document.Direction? {
        let dir = dir?.trimmingSpaces.lowercased()
        switch dir {
        case "rtl": return .rightToLeft
        case "ltr": return .leftToRight
        default: break
        }
        if let language, let primary = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first,
           rightToLeftLanguages.contains(primary) {
            return .rightToLeft
        }
        guard dir == "auto" else { return nil }
        return firstStrong(in: text)
    }

    /// The direction of the first letter that has one: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
    /// presentation forms run right to left, other letters left to right.
    static func firstStrong(in text: [UInt8]) -> Document.Direction? {
        for scalar in String(decoding: text.prefix(64 * 1024), as: UTF8.self).unicodeScalars where scalar.properties.isAlphabetic {
            return isRightToLeft(scalar) ? .rightToLeft : .leftToRight
        }
        return nil
    }

    static func isRightToLeft(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
        default: return false
        }
    }
}
