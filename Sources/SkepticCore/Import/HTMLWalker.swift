import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Walks the article's element and turns it into blocks: headings, paragraphs, list items, quotes (with
/// their cite or "— Name" line as the attribution), code, tables, captions; inline styles and links kept.
struct HTMLWalker {
    typealias Node = HTMLNode.Node

    var builder: DocumentBuilder

    private enum Context {
        case container
        case paragraph
        case heading(rank: Int)
        case listItem(marker: String?, depth: Int)
        case quote(firstBlock: Int, footer: Bool)
        case code
        case caption
        case metadata(Metadata.Key)
    }

    private struct Exit {
        var node: Node
        var context: Bool = false
        var style: Int? = nil
        var link: (start: Int, href: String, generation: Int)? = nil
        /// A link within the article to one of its headings: its fragment ("methods").
        var fragment: String? = nil
        var list: Bool = false
    }

    private var contexts: [Context] = []
    private var lists: [(ordered: Bool, next: Int)] = []
    private var open = false
    private var blockLine = 1
    private var generation = 0
    private var exits: [Exit] = []
    /// Letters and digits inside links (and their markers) in the open block.
    private var linkAlphanumerics = 0
    /// The anchors of the headings being walked (by their text, as the reader finds them): links to them are
    /// numbered.
    private var headingAnchors: Set<String> = []
    /// The links in the block being made, and the words of the longest.
    private var blockLinks = 0
    private var longestLinkWords = 0
    /// The class and id words of the element being entered (asked several times on the way in).
    private var entered: (node: Node, words: [Substring])?

    /// The walk is over an article the reader view extracted (already cleaned): only what is never shown
    /// is dropped, not what looks like furniture.
    private let extracted: Bool

    /// The page's own address (canonical link or `og:url`), without a fragment.
    private let pageURL: String?

    /// The address the page was fetched from, when it was: relative links resolve against it (a saved file's
    /// relative links lead nowhere and are not numbered).
    private let baseURL: String?

    init(builder: DocumentBuilder, extracted: Bool = false, pageURL: String? = nil, baseURL: String? = nil) {
        self.builder = builder
        self.extracted = extracted
        self.pageURL = pageURL.map { url in url.firstIndex(of: "#").map { String(url[..<$0]) } ?? url }
        self.baseURL = baseURL.flatMap { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : nil }
    }

    /// Emits a heading element found outside the article (the page's title heading).
    mutating func emitHeading(_ node: Node) {
        builder.beginBlock()
        builder.append(HTMLNode.text(of: node))
        builder.endBlock(.heading(rank: 1), line: HTMLNode.line(node))
    }

    /// Emits the article's title as its first heading.
    mutating func emitTitle(_ title: String, line: Int) {
        builder.beginBlock()
        builder.append(title)
        builder.endBlock(.heading(rank: 1), line: line)
    }

    mutating func walk(_ root: Node) {
        headingAnchors = Self.headingAnchors(in: root)
        var current: Node? = root.pointee.children
        while let node = current {
            let descend = enter(node)
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            if descend { leave(node) }
            // Climb until a node has a next sibling, leaving each element on the way.
            var up: Node? = node
            current = nil
            while let u = up {
                if let next = u.pointee.next { current = next; break }
                guard let parent = u.pointee.parent, parent != root else { break }
                leave(parent)
                up = parent
            }
        }
        flush()
    }

    // MARK: - Entering and leaving

    /// Handles a node on the way down; returns whether to visit its children (and leave it later).
    private mutating func enter(_ node: Node) -> Bool {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            appendText(node)
            return false
        case XML_ELEMENT_NODE:
            break
        default:
            return false
        }
        guard let tag = HTMLNode.tag(node) else { return false }
        entered = (node, HTMLNode.classWords(node))
        if extracted ? PageFurniture.isNeverShown(node) || PageFurniture.isFurnitureInArticle(node, words: classWords(node))
            : PageFurniture.isDropped(node, keepFooterInQuote: true) { return false }
        var exit = Exit(node: node)
        let descend: Bool
        if let block = enterBlock(node, tag: tag, &exit) { descend = block } else { descend = enterInline(node, tag: tag, &exit) }
        guard descend else { return false }
        exits.append(exit)
        return true
    }

    /// Block elements: headings, paragraphs, lists, quotes, code, tables, rules and containers. Returns
    /// whether to descend, or nil for an element that is not one of them.
    private mutating func enterBlock(_ node: Node, tag: String, _ exit: inout Exit) -> Bool? {
        switch tag {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            push(.heading(rank: Int(tag.utf8.last! - UInt8(ascii: "0"))), node, &exit)
        case "figcaption":
            push(.caption, node, &exit)
        case "p", "dt", "dd", "summary", "address", "caption":
            pushBlock(node, &exit, otherwise: .paragraph)
        case "li":
            pushListItem(node, &exit)
        case "ul", "ol":
            flush()
            let start = HTMLNode.attribute(node, "start").flatMap { Int($0.trimmingSpaces) } ?? 1
            lists.append((tag == "ol", start))
            exit.list = true
        case "blockquote" where classWords(node).contains("instagram"):
            flush()
            emitInstagramPost(node)
            return false
        case "blockquote":
            push(.quote(firstBlock: builder.blockCount, footer: false), node, &exit)
        case "pre":
            openCode(node, &exit)
        case "table":
            if isDataTableHere(node) {
                flush()
                emitTable(node)
                return false
            }
            push(.container, node, &exit)
        case "hr":
            flush()
            builder.beginBlock()
            builder.append("* * *")
            builder.endBlock(.body(.separator), line: HTMLNode.line(node))
            return false
        case "footer":
            // A blockquote's footer is its cite: it becomes the attribution.
            if case .quote(let first, _)? = contexts.last {
                flush()
                contexts[contexts.count - 1] = .quote(firstBlock: first, footer: true)
            }
            push(.container, node, &exit)
        case "div", "section", "article", "main", "header", "figure", "center", "details", "dl", "hgroup", "tbody",
             "thead", "tfoot", "tr", "td", "th", "body", "html", "fieldset", "picture":
            pushBlock(node, &exit, otherwise: .container)
        default:
            return nil
        }
        return true
    }

    /// Inline elements: line breaks, images, links, emphasis and code spans; other inline elements (span,
    /// time, abbr, sup…) add their text to the block, or open a metadata line when their class says so.
    /// Returns whether to descend.
    private mutating func enterInline(_ node: Node, tag: String, _ exit: inout Exit) -> Bool {
        switch tag {
        case "br":
            if open { builder.appendLineBreak() }
            return false
        case "img":
            emitAltText(node)
            return false
        case "a":
            openLink(node, &exit)
        case "cite" where !open && isQuoteContext:
            // A cite standing in a blockquote, outside its paragraphs, names the speaker.
            if case .quote(let first, _)? = contexts.last {
                contexts[contexts.count - 1] = .quote(firstBlock: first, footer: true)
            }
            push(.container, node, &exit)
        case "em", "i", "cite", "dfn", "var":
            openStyle(.emphasis, &exit)
        case "strong", "b":
            openStyle(.strong, &exit)
        case "s", "del", "strike":
            openStyle(.strikethrough, &exit)
        case "code", "kbd", "samp", "tt":
            if !inCode { openStyle(.code, &exit) }
        default:
            if let key = metadataKey(node), !open { push(.metadata(key), node, &exit) }
        }
        return true
    }

    /// A block element: metadata when its class says byline, date or standfirst; a caption when it says
    /// caption; else `otherwise`.
    private mutating func pushBlock(_ node: Node, _ exit: inout Exit, otherwise: Context) {
        if let key = metadataKey(node) {
            push(.metadata(key), node, &exit)
        } else if classWords(node).contains("caption") {
            push(.caption, node, &exit)
        } else {
            push(otherwise, node, &exit)
        }
    }

    /// A list item, numbered in an ordered list.
    private mutating func pushListItem(_ node: Node, _ exit: inout Exit) {
        let marker: String
        if let last = lists.indices.last, lists[last].ordered {
            marker = "\(lists[last].next)."
            lists[last].next += 1
        } else {
            marker = "•"
        }
        push(.listItem(marker: marker, depth: max(0, lists.count - 1)), node, &exit)
    }

    /// A `pre` opens a code block whose text is kept as it is.
    private mutating func openCode(_ node: Node, _ exit: inout Exit) {
        flush()
        contexts.append(.code)
        exit.context = true
        open = true
        generation += 1
        builder.beginBlock(preformatted: true)
        blockLine = HTMLNode.line(node)
    }

    /// Whether a table is one of data (laid out as a table) rather than of layout; in an extracted article
    /// the reader view has marked it.
    private func isDataTableHere(_ node: Node) -> Bool {
        guard extracted, let mark = HTMLNode.attribute(node, ReaderView.dataTableAttribute) else { return isDataTable(node) }
        return mark == "1"
    }

    /// An image's alt text, where it says what the picture is. In an extracted article it is shown only
    /// where nothing else does (a figure without a caption): elsewhere it repeats the caption or is
    /// decoration. A file name or a rule-thin picture says nothing either way.
    private mutating func emitAltText(_ node: Node) {
        guard let alt = HTMLNode.attribute(node, "alt")?.trimmingSpaces, !alt.isEmpty,
              !extracted || Self.isUncaptionedFigureImage(node), !Self.isFileName(alt), !Self.isDecoration(node) else { return }
        ensureOpen(line: HTMLNode.line(node))
        builder.openStyle(.image)
        builder.append(" [image: " + alt + "] ")
        builder.closeStyle()
    }

    /// A link opens the block it starts (an empty one is dropped); its marker is added when it is left.
    private mutating func openLink(_ node: Node, _ exit: inout Exit) {
        ensureOpen(line: HTMLNode.line(node))
        builder.openStyle(.link)
        exit.style = generation
        var href = HTMLNode.attribute(node, "href")?.trimmingSpaces ?? ""
        if href.hasPrefix("#") || isSamePage(href), let hash = href.firstIndex(of: "#") {
            let fragment = String(href[href.index(after: hash)...])
            if headingAnchors.contains(HeadingAnchor.of(fragment.removingPercentEscapes)) { exit.fragment = fragment }
        }
        if let base = baseURL, !isExternal(href), let absolute = LinkResolver.resolve(href, against: base) { href = absolute }
        exit.link = (builder.currentOffset, href, generation)
    }

    private mutating func leave(_ node: Node) {
        guard let exit = exits.last, exit.node == node else { return }
        exits.removeLast()
        if let g = exit.style, g == generation { builder.closeStyle() }
        if let link = exit.link, link.generation == generation, open {
            let shown = builder.text(from: link.start).trimmingSpaces
            linkAlphanumerics += Self.alphanumerics(shown)
            if !shown.isEmpty {
                blockLinks += 1
                longestLinkWords = max(longestLinkWords, shown.split(separator: " ").count)
            }
            let inAttribution = inQuote && builder.blockStartsWithDash
            if isExternal(link.href) && !shown.isEmpty && !isBareURL(shown) && !link.href.hasSuffix(shown) && !inAttribution
                && !Self.isFootnoteReference(shown) && !isSamePage(link.href) {
                builder.appendLinkMarker(url: link.href)
                linkAlphanumerics += Self.alphanumerics("\(builder.links.count)")
            } else if let fragment = exit.fragment, !shown.isEmpty, !Self.isFootnoteReference(shown), !inAttribution {
                // A link to one of the article's headings: `o N` jumps there.
                builder.appendLinkMarker(url: "#" + fragment)
                linkAlphanumerics += Self.alphanumerics("\(builder.links.count)")
            }
        }
        if exit.list {
            flush()
            _ = lists.popLast()
        }
        if exit.context {
            flush()
            let context = contexts.removeLast()
            if case .quote(let first, let footer) = context {
                // The last block of a quote that reads "— Name" (or came from its footer) is its attribution.
                if builder.blockCount - first >= 2 {
                    if footer && !builder.lastBlockStartsWithDash { builder.prefixLastBlock("— ") }
                    if builder.lastBlockStartsWithDash { builder.attachLastAsAttribution() }
                }
            }
        }
    }

    // MARK: - Blocks

    private mutating func push(_ context: Context, _ node: Node, _ exit: inout Exit) {
        flush()
        contexts.append(context)
        exit.context = true
        blockLine = HTMLNode.line(node)
    }

    private mutating func ensureOpen(line: Int) {
        guard !open else { return }
        open = true
        linkAlphanumerics = 0
        blockLinks = 0
        longestLinkWords = 0
        generation += 1
        builder.beginBlock()
        blockLine = line
    }

    private mutating func appendText(_ node: Node) {
        guard let content = node.pointee.content else { return }
        let length = strlen(content)
        guard length > 0 else { return }
        if !open {
            // Whitespace between blocks opens nothing.
            var p = content
            var blank = true
            while p.pointee != 0 {
                let b = p.pointee
                if !(b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C) { blank = false; break }
                p += 1
            }
            if blank { return }
            ensureOpen(line: inCode ? blockLine : max(blockLine, HTMLNode.line(node)))
        }
        content.withMemoryRebound(to: UInt8.self, capacity: length) { _ in
            builder.append(UnsafeBufferPointer(start: UnsafePointer(content), count: length))
        }
    }

    /// Ends the open block with the kind its contexts give it.
    private mutating func flush() {
        guard open else { return }
        open = false
        var inQuote = false
        var item: (index: Int, marker: String?, depth: Int)?
        var kind: DocumentBuilder.Part = .body(.paragraph)
        var decided = false
        for (i, context) in contexts.enumerated().reversed() {
            switch context {
            case .heading(let rank) where !decided:
                kind = .heading(rank: rank)
                decided = true
            case .code where !decided:
                kind = .body(.code)
                decided = true
            case .caption where !decided:
                kind = .body(.caption)
                decided = true
            case .metadata(let key) where !decided:
                let text = builder.discardBlock()
                builder.addMetadata(key, text, line: blockLine)
                return
            case .quote:
                inQuote = true
            case .listItem(let marker, let depth):
                if item == nil { item = (i, marker, depth) }
            default:
                break
            }
        }
        if !decided {
            if inQuote {
                kind = .body(.quote)
            } else if let item {
                kind = .body(.listItem(marker: item.marker ?? "", depth: item.depth))
                contexts[item.index] = .listItem(marker: nil, depth: item.depth)
            }
        }
        // An image standing alone is a caption of sorts, not the article's prose.
        if case .body(.paragraph) = kind, builder.blockIsOnlyImages { kind = .body(.caption) }
        // A short line of nothing but links is navigation (a kicker, breadcrumbs, tags), not text — its links
        // go with it; but one link that reads as a sentence ("Read the full report here") is the text's own.
        if case .body(.paragraph) = kind, linkAlphanumerics > 0, !extracted, blockLinks > 1 || longestLinkWords < 4 {
            let text = builder.text(from: builder.blockStartOffset)
            if text.utf8.count <= 120 && Self.alphanumerics(text) <= linkAlphanumerics {
                _ = builder.discardBlock(droppingLinks: true)
                return
            }
        }
        // A block that is nothing but a widget's label ("Advertisement", "Loading…", "Related coverage").
        var isCaption = false
        if case .body(.caption) = kind { isCaption = true }
        if extracted, !decided || isCaption {
            let text = builder.text(from: builder.blockStartOffset)
            if text.utf8.count <= 48 && PageFurniture.isFurnitureLine(text) {
                _ = builder.discardBlock()
                return
            }
        }
        let attribution = inQuote && !decided ? builder.attributionInBlock() : nil
        builder.endBlock(kind, line: blockLine, attribution: attribution)
    }

    private mutating func openStyle(_ kind: InlineStyle.Kind, _ exit: inout Exit) {
        ensureOpen(line: HTMLNode.line(exit.node))
        builder.openStyle(kind)
        exit.style = generation
    }

    private var isQuoteContext: Bool {
        if case .quote? = contexts.last { return true }
        return false
    }

    private var inQuote: Bool {
        contexts.contains { if case .quote = $0 { return true } else { return false } }
    }

    private var inCode: Bool {
        contexts.contains { if case .code = $0 { return true } else { return false } }
    }

    /// A block whose class says it is the byline or dateline becomes metadata.
    /// The class and id words of `node` (kept for the element being entered).
    private func classWords(_ node: Node) -> [Substring] {
        if let entered, entered.node == node { return entered.words }
        return HTMLNode.classWords(node)
    }

    private func metadataKey(_ node: Node) -> Metadata.Key? {
        for word in classWords(node) {
            switch word {
            case "byline", "author", "byl", "authors": return .byline
            case "dateline", "timestamp", "published", "pubdate": return .date
            case "standfirst", "dek", "deck", "strapline", "subtitle", "subheadline", "summary": return .summary
            default: continue
            }
        }
        return nil
    }

    /// "[12]", "12", "^", "↑", "*": the text of a link to a note, not to another page.
    static func isFootnoteReference(_ text: String) -> Bool {
        var t = Substring(text)
        if t.hasPrefix("["), t.hasSuffix("]") { t = t.dropFirst().dropLast() }
        if t.isEmpty { return true }
        if t.count <= 4, t.allSatisfy({ $0.isNumber || $0.isLetter && t.count == 1 }) { return true }
        return t.count <= 2 && t.allSatisfy { "^↑*†‡§".contains($0) }
    }

    /// A link to a place in the page itself (its canonical address with a fragment).
    private func isSamePage(_ href: String) -> Bool {
        guard let page = pageURL, let hash = href.firstIndex(of: "#") else { return false }
        return href[..<hash] == page
    }

    /// An image in a `<figure>` that has no `<figcaption>` (in it or right after it).
    static func isUncaptionedFigureImage(_ node: Node) -> Bool {
        var up = node.pointee.parent
        var depth = 0
        while let u = up, depth < 4 {
            if HTMLNode.tag(u) == "figure" {
                if HTMLNode.containsElement(u, named: "figcaption") { return false }
                return ReaderView.nextElementSibling(u).flatMap(HTMLNode.tag) != "figcaption"
            }
            up = u.pointee.parent
            depth += 1
        }
        return false
    }

    /// "performance.jpg", "IMG_2041.JPEG": an image's file name standing in for its description.
    static func isFileName(_ alt: String) -> Bool {
        guard !alt.contains(" "), let dot = alt.lastIndex(of: ".") else { return false }
        return ["jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff"].contains(alt[alt.index(after: dot)...].lowercased())
    }

    /// An image a few pixels wide or high (a rule, a spacer, a tracking pixel).
    static func isDecoration(_ node: Node) -> Bool {
        for name in ["width", "height"] {
            if let value = HTMLNode.attribute(node, name).flatMap({ Int($0.trimmingSpaces) }), value < 20 { return true }
        }
        return false
    }

    static func alphanumerics(_ text: String) -> Int {
        var count = 0
        for s in text.unicodeScalars {
            if s.isASCII {
                // (The common case without the Unicode property tables.)
                let v = s.value
                if (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) { count += 1 }
            } else if CharacterSetLite.isAlphanumeric(s) {
                count += 1
            }
        }
        return count
    }

    /// The anchors of the headings under `root`: each one's text as an anchor.
    static func headingAnchors(in root: Node) -> Set<String> {
        var out: Set<String> = []
        HTMLNode.forEach(in: root) { n in
            guard let tag = HTMLNode.tag(n), tag.count == 2, tag.hasPrefix("h"), let level = tag.last?.wholeNumberValue,
                  (1...6).contains(level) else { return }
            out.insert(HeadingAnchor.of(HTMLNode.text(of: n)))
        }
        out.remove("")
        return out
    }

    private func isExternal(_ href: String) -> Bool {
        href.hasPrefix("http://") || href.hasPrefix("https://")
    }

    private func isBareURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") || text.hasPrefix("pic.twitter.com")
    }

    // MARK: - Embedded posts

    /// An Instagram embed: its caption is the quote, "A post shared by NAME (@handle) on DATE" its
    /// attribution; the embed's placeholders ("View this post on Instagram") are dropped.
    private mutating func emitInstagramPost(_ node: Node) {
        var caption: String?
        var who: String?
        var date: String?
        HTMLNode.forEach(in: node) { n in
            guard HTMLNode.tag(n) == "p" else { return }
            let text = HTMLNode.text(of: n)
            if text.hasPrefix("A post shared by") {
                who = HTMLNode.firstElement(in: n, named: "a", where: { _ in true }).map(HTMLNode.text)
                date = HTMLNode.firstElement(in: n, named: "time", where: { _ in true }).map(HTMLNode.text)
            } else if caption == nil, !text.isEmpty {
                caption = text
            }
        }
        guard let caption else { return }
        builder.beginBlock()
        builder.append(caption)
        var attribution: Int?
        if let who {
            builder.appendLineBreak()
            attribution = builder.currentOffset
            builder.append("— " + who + (date.map { " " + $0 } ?? ""))
        }
        builder.endBlock(.body(.quote), line: HTMLNode.line(node), attribution: attribution)
    }

    // MARK: - Tables

    /// A table of data, not of layout: no nested table and no paragraphs, headings or lists in its cells.
    private func isDataTable(_ node: Node) -> Bool {
        if HTMLNode.attribute(node, "role")?.lowercased() == "presentation" { return false }
        var data = true
        var rows = 0
        HTMLNode.forEach(in: node, skip: { _ in !data }) { n in
            guard let t = HTMLNode.tag(n) else { return }
            switch t {
            case "table", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre": data = false
            case "tr": rows += 1
            default: break
            }
        }
        return data && rows >= 1
    }

    private mutating func emitTable(_ node: Node) {
        var rows: [[String]] = []
        var header = false
        HTMLNode.forEach(in: node, skip: { HTMLNode.tag($0) == "caption" }) { n in
            guard let t = HTMLNode.tag(n) else { return }
            if t == "tr" {
                rows.append([])
                if rows.count == 1 {
                    var allHeads = true
                    var any = false
                    var c = n.pointee.children
                    while let cell = c {
                        if let ct = HTMLNode.tag(cell) { any = true; if ct != "th" { allHeads = false } }
                        c = cell.pointee.next
                    }
                    let inHead = n.pointee.parent.flatMap(HTMLNode.tag) == "thead"
                    header = any && (allHeads || inHead)
                }
            } else if t == "td" || t == "th", !rows.isEmpty {
                let text = HTMLNode.text(of: n).map { $0 == "\u{1E}" || $0 == "\u{1F}" ? " " : $0 }
                rows[rows.count - 1].append(String(text))
            }
        }
        if let caption = HTMLNode.firstElement(in: node, named: "caption", where: { _ in true }) {
            builder.beginBlock()
            builder.append(HTMLNode.text(of: caption))
            builder.endBlock(.body(.paragraph), line: HTMLNode.line(caption))
        }
        rows.removeAll { $0.allSatisfy { $0.trimmingSpaces.isEmpty } }
        guard !rows.isEmpty else { return }
        generation += 1
        builder.beginBlock()
        for (r, row) in rows.enumerated() {
            if r > 0 { builder.appendSeparator(Block.rowSeparator) }
            for (c, cell) in row.enumerated() {
                if c > 0 { builder.appendSeparator(Block.cellSeparator) }
                builder.append(cell)
            }
        }
        builder.endBlock(.body(.table(header: header)), line: HTMLNode.line(node))
    }
}
