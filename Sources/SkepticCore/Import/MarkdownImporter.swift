#if canImport(Glibc)
import Glibc
#endif

import CCmark
import Dispatch

/// Imports Markdown through cmark-gfm (tables, strikethrough, autolinks, task lists, footnotes): headings
/// make the tree, code stays code, links get a marker and a place in the link list, front matter becomes
/// metadata and template shortcodes disappear.
public struct MarkdownImporter: Sendable {
    public init() {}

    /// cmark-gfm's extensions register once per process, before any thread parses.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public func importDocument(_ source: consuming [UInt8], name: String, sourceEncoding: String? = nil) -> Document {
        _ = Self.registered
        var bytes = source
        var builder = DocumentBuilder(capacity: bytes.count)
        var fallbackTitle: String?
        var titleLine = 1
        if let matter = FrontMatter.parse(bytes) {
            titleLine = matter.titleLine
            // The front matter's lines are blanked, so that cmark's line numbers stay the file's.
            for i in 0..<matter.end where bytes[i] != 0x0A { bytes[i] = 0x20 }
            fallbackTitle = matter.title
            if let author = matter.author { builder.addMetadata(.byline, author, line: 1) }
            if let date = matter.date { builder.addMetadata(.date, date, line: 1) }
            if let site = matter.site { builder.addMetadata(.site, site, line: 1) }
        }
        Self.blankShortcodes(&bytes)

        var walker = Walker(builder: builder)
        let chunks = Self.chunks(bytes)
        // Chunks are parsed two at a time on their own threads and walked in order; each tree is freed
        // after its walk, so memory holds at most two chunks' trees (cmark's tree is ~10× the text).
        var next = 0
        while next < chunks.count {
            let batch = Array(chunks[next..<min(next + Parallel.cores, chunks.count)])
            let roots: [[OpaquePointer?]] = bytes.withUnsafeBufferPointer { buffer in
                nonisolated(unsafe) let source = buffer
                return Parallel.map(batch.count, minimumChunk: 1) { range in
                    range.map { Self.parse(UnsafeBufferPointer(rebasing: source[batch[$0].range])) }
                }
            }
            for (k, root) in roots.joined().enumerated() {
                guard let root else { continue }
                if next == 0 && k == 0, let title = fallbackTitle, !Self.firstHeading(of: root, is: title) {
                    // The front matter's title is the article's title line, unless the text opens with it.
                    walker.builder.beginBlock()
                    walker.builder.append(title)
                    walker.builder.endBlock(.heading(rank: 0), line: titleLine)
                }
                walker.lineOffset = batch[k].firstLine - 1
                walker.walk(root)
                cmark_node_free(root)
            }
            next += batch.count
        }
        // The source is not needed any more: its memory goes before the document is assembled.
        bytes = []
        return walker.builder.build(name: name, format: .markdown, fallbackTitle: fallbackTitle, decodedFrom: sourceEncoding)
    }

    /// True when the first heading among the top-level blocks of `root` reads as `title`.
    static func firstHeading(of root: OpaquePointer, is title: String) -> Bool {
        var child = cmark_node_first_child(root)
        while let node = child, cmark_node_get_type(node) != CMARK_NODE_HEADING { child = cmark_node_next(node) }
        guard let heading = child, let iter = cmark_iter_new(heading) else { return false }
        defer { cmark_iter_free(iter) }
        var text = ""
        while cmark_iter_next(iter) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                text += String(cString: literal)
            }
        }
        return DocumentBuilder.sameTitle(title, text)
    }

    /// Parses one piece of Markdown with the GitHub extensions Skeptic uses.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
        guard let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES) else { return nil }
        defer { cmark_parser_free(parser) }
        // Not "autolink" (it slows the parse a lot, and a bare URL reads the same as text) nor
        // "tagfilter" (it only matters when rendering HTML).
        for extensionName in ["table", "strikethrough", "tasklist"] {
            if let ext = cmark_find_syntax_extension(extensionName) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        return cmark_parser_finish(parser)
    }

    // MARK: - Chunks

    /// A piece of the source that parses on its own, and its first line's number.
    struct Chunk {
        var range: Range<Int>
        var firstLine: Int
    }

    /// How big a chunk gets before it may be cut.
    static let chunkSize = 1 << 20

    /// Cuts big documents before ATX headings at the left margin after a blank line, outside fenced code:
    /// there every open block (list, quote, paragraph) ends, so the pieces parse as the whole would.
    /// Documents with link reference definitions or footnotes (global to the document) or with HTML blocks
    /// that may span blank lines are parsed in one piece.
    static func chunks(_ bytes: [UInt8]) -> [Chunk] {
        let whole = [Chunk(range: 0..<bytes.count, firstLine: 1)]
        guard bytes.count >= 2 * chunkSize else { return whole }
        return bytes.withUnsafeBufferPointer { b -> [Chunk] in
            let n = b.count
            var chunks: [Chunk] = []
            var chunkStart = 0
            var chunkLine = 1
            var line = 1
            var i = 0
            var inFence = false
            var previousBlank = true
            while i < n {
                let end = memchr(b.baseAddress! + i, 0x0A, n - i).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - b.baseAddress! } ?? n
                var j = i
                while j < end && j - i < 4 && b[j] == 0x20 { j += 1 }
                let indent = j - i
                let blank = j == end || (j < end && b[j..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
                if indent <= 3 && j + 2 < end && ((b[j] == 0x60 && b[j + 1] == 0x60 && b[j + 2] == 0x60)
                                                  || (b[j] == 0x7E && b[j + 1] == 0x7E && b[j + 2] == 0x7E)) {
                    inFence.toggle()
                } else if !inFence && indent <= 3 && j < end {
                    let c = b[j]
                    // A reference definition or footnote: "[label]:" at the start of a line.
                    if c == UInt8(ascii: "["), let close = b[j..<end].firstIndex(of: UInt8(ascii: "]")),
                       close + 1 < end, b[close + 1] == UInt8(ascii: ":") {
                        return whole
                    }
                    if c == UInt8(ascii: "<"), j + 1 < end {
                        let d = b[j + 1] | 0x20
                        if b[j + 1] == UInt8(ascii: "!") || b[j + 1] == UInt8(ascii: "?") || d == UInt8(ascii: "p")
                            || d == UInt8(ascii: "s") || d == UInt8(ascii: "t") {
                            return whole
                        }
                    }
                    if indent == 0 && c == UInt8(ascii: "#") && previousBlank && i - chunkStart >= chunkSize {
                        var h = j
                        while h < end && b[h] == UInt8(ascii: "#") { h += 1 }
                        if h - j <= 6 && (h == end || b[h] == 0x20 || b[h] == 0x09) {
                            chunks.append(Chunk(range: chunkStart..<i, firstLine: chunkLine))
                            chunkStart = i
                            chunkLine = line
                        }
                    }
                }
                previousBlank = blank
                line += 1
                i = end + 1
            }
            chunks.append(Chunk(range: chunkStart..<n, firstLine: chunkLine))
            return chunks
        }
    }

    // MARK: - Shortcodes

    /// Replaces template shortcodes (`{{< … >}}`, `{{% … %}}`, `{% … %}`, `{{ … }}`) outside fenced code
    /// with spaces, keeping line ends, so that they never show up as prose.
    static func blankShortcodes(_ bytes: inout [UInt8]) {
        guard hasShortcodeOpener(bytes) else { return }
        let n = bytes.count
        var i = 0
        var inFence = false
        var atLineStart = true
        while i < n {
            if atLineStart {
                var j = i
                while j < n && j - i < 4 && bytes[j] == 0x20 { j += 1 }
                if j + 2 < n && ((bytes[j] == 0x60 && bytes[j + 1] == 0x60 && bytes[j + 2] == 0x60)
                                 || (bytes[j] == 0x7E && bytes[j + 1] == 0x7E && bytes[j + 2] == 0x7E)) {
                    inFence.toggle()
                }
                atLineStart = false
            }
            let b = bytes[i]
            if b == 0x0A {
                atLineStart = true
                i += 1
                continue
            }
            if !inFence && b == UInt8(ascii: "{") && i + 1 < n && (bytes[i + 1] == UInt8(ascii: "{") || bytes[i + 1] == UInt8(ascii: "%")) {
                let closer: UInt8 = bytes[i + 1] == UInt8(ascii: "%") ? UInt8(ascii: "%") : UInt8(ascii: "}")
                // The shortcode ends at "%}" or "}}" within a few lines.
                var j = i + 2
                var newlines = 0
                while j + 1 < n && newlines <= 3 {
                    if bytes[j] == 0x0A { newlines += 1 }
                    if bytes[j] == closer && bytes[j + 1] == UInt8(ascii: "}") { break }
                    j += 1
                }
                if j + 1 < n && newlines <= 3 && bytes[j] == closer && bytes[j + 1] == UInt8(ascii: "}") {
                    for k in i..<(j + 2) where bytes[k] != 0x0A { bytes[k] = 0x20 }
                    i = j + 2
                    continue
                }
            }
            i += 1
        }
    }

    /// A quick look for "{{" or "{%" (most articles have neither).
    static func hasShortcodeOpener(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var p = UnsafeRawPointer(base)
            var left = buffer.count
            while left > 1, let hit = memchr(p, Int32(UInt8(ascii: "{")), left) {
                let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                if offset + 1 < buffer.count, buffer[offset + 1] == UInt8(ascii: "{") || buffer[offset + 1] == UInt8(ascii: "%") {
                    return true
                }
                p = UnsafeRawPointer(hit) + 1
                left = buffer.count - offset - 1
            }
            return false
        }
    }

    // MARK: - Walking the tree

    private struct Walker {
        var builder: DocumentBuilder

        private struct ListContext {
            var ordered: Bool
            var next: Int
            var delimiter: String
        }
        private var lists: [ListContext] = []
        /// The marker of the list item whose first paragraph has not been seen yet.
        private var itemMarker: String?
        private var quoteDepth = 0
        private var quoteStarts: [Int] = []
        private var footnoteMarker: String?
        private var footnoteCount = 0
        private var linkStarts: [(offset: Int, url: String)] = []
        private var tableRowCount = 0
        private var tableCellCount = 0
        private var tableLine = 0
        /// A paragraph of the article's text has ended (only the first may be its byline).
        private var sawParagraph = false
        /// Lines before the chunk being walked.
        var lineOffset = 0

        init(builder: DocumentBuilder) { self.builder = builder }

        /// The node types of cmark-gfm's extensions: runtime values, known once they are registered.
        private struct ExtensionTypes {
            let table = sk_cmark_node_table(), row = sk_cmark_node_table_row(), cell = sk_cmark_node_table_cell()
            let strike = sk_cmark_node_strikethrough()
        }

        mutating func walk(_ root: OpaquePointer) {
            guard let iter = cmark_iter_new(root) else { return }
            defer { cmark_iter_free(iter) }
            let types = ExtensionTypes()
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iter) else { continue }
                let entering = event == CMARK_EVENT_ENTER
                let line = Int(cmark_node_get_start_line(node)) + lineOffset
                if !visitBlock(node, entering: entering, line: line, types) { visitInline(node, entering: entering, types) }
            }
        }

        // MARK: Blocks

        /// Handles a block node (entering or leaving it); false when the node is not a block.
        private mutating func visitBlock(_ node: OpaquePointer, entering: Bool, line: Int, _ types: ExtensionTypes) -> Bool {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                if entering {
                    builder.beginBlock()
                } else {
                    builder.endBlock(.heading(rank: Int(cmark_node_get_heading_level(node))), line: line)
                }
            case CMARK_NODE_PARAGRAPH:
                if entering {
                    if tableRowCount == 0 { builder.beginBlock() }
                } else {
                    endParagraph(line: line)
                }
            case CMARK_NODE_BLOCK_QUOTE:
                blockQuote(entering: entering)
            case CMARK_NODE_LIST:
                list(node, entering: entering)
            case CMARK_NODE_ITEM:
                itemMarker = entering ? Self.itemMarker(node, in: &lists) : nil
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                if entering {
                    // cmark-gfm numbers references by first use and puts definitions in that order.
                    footnoteCount += 1
                    footnoteMarker = Self.superscript(footnoteCount)
                } else {
                    footnoteMarker = nil
                }
            case CMARK_NODE_CODE_BLOCK:
                builder.beginBlock(preformatted: true)
                if let text = cmark_node_get_literal(node) { appendC(text) }
                builder.endBlock(.body(.code), line: line)
            case CMARK_NODE_HTML_BLOCK:
                htmlBlock(node, line: line)
            case CMARK_NODE_THEMATIC_BREAK:
                builder.beginBlock()
                builder.append("* * *")
                builder.endBlock(.body(.separator), line: line)
            case types.table:
                if entering {
                    builder.beginBlock()
                    tableRowCount = 0
                    tableLine = line
                } else {
                    builder.endBlock(.body(.table(header: true)), line: tableLine)
                    tableRowCount = 0
                }
            case types.row:
                if entering {
                    if tableRowCount > 0 { builder.appendSeparator(Block.rowSeparator) }
                    tableRowCount += 1
                    tableCellCount = 0
                }
            case types.cell:
                if entering {
                    if tableCellCount > 0 { builder.appendSeparator(Block.cellSeparator) }
                    tableCellCount += 1
                }
            default:
                return false
            }
            return true
        }

        private mutating func blockQuote(entering: Bool) {
            if entering {
                quoteDepth += 1
                quoteStarts.append(builder.blockCount)
                return
            }
            quoteDepth -= 1
            let start = quoteStarts.popLast() ?? 0
            // "> — Name" as the quote's last paragraph is its attribution.
            if builder.blockCount - start >= 2, builder.lastBlockStartsWithDash, case .body(.quote)? = builder.lastPart {
                builder.attachLastAsAttribution()
            }
        }

        private mutating func list(_ node: OpaquePointer, entering: Bool) {
            guard entering else {
                _ = lists.popLast()
                return
            }
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
            lists.append(ListContext(ordered: ordered, next: Int(cmark_node_get_list_start(node)), delimiter: delimiter))
        }

        /// The marker of a list item: "•", its number in an ordered list (which it advances), or a task box.
        private static func itemMarker(_ node: OpaquePointer, in lists: inout [ListContext]) -> String {
            var marker = "•"
            if let last = lists.indices.last, lists[last].ordered {
                marker = "\(lists[last].next)" + lists[last].delimiter
                lists[last].next += 1
            }
            if let typeName = cmark_node_get_type_string(node), String(cString: typeName) == "tasklist" {
                marker = cmark_gfm_extensions_get_tasklist_item_checked(node) ? "[x]" : "[ ]"
            }
            return marker
        }

        /// Raw HTML: an `<aside>`, `<figure>` or `<blockquote>` is read by the HTML importer; anything else is
        /// reduced to its text.
        private mutating func htmlBlock(_ node: OpaquePointer, line: Int) {
            guard let text = cmark_node_get_literal(node) else { return }
            let html = String(cString: text)
            if let tag = MarkdownHTMLBlock.structuredTag(html) {
                builder.beginBlock()
                builder.appendBlocks(of: MarkdownHTMLBlock.document(html, tag: tag), line: line)
                return
            }
            let reduced = HTMLImporter.text(ofFragment: html)
            if !reduced.isEmpty {
                builder.beginBlock()
                builder.append(reduced)
                endParagraph(line: line)
            }
        }

        // MARK: Inlines

        private mutating func visitInline(_ node: OpaquePointer, entering: Bool, _ types: ExtensionTypes) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if let text = cmark_node_get_literal(node) { appendC(text) }
            case CMARK_NODE_SOFTBREAK:
                if quoteDepth > 0 { builder.appendLineBreak() } else { builder.appendSpace() }
            case CMARK_NODE_LINEBREAK:
                builder.appendLineBreak()
            case CMARK_NODE_CODE:
                builder.openStyle(.code)
                if let text = cmark_node_get_literal(node) { appendC(text) }
                builder.closeStyle()
            case CMARK_NODE_HTML_INLINE:
                if let text = cmark_node_get_literal(node) {
                    let tag = String(cString: text).lowercased()
                    if tag.hasPrefix("<br") { builder.appendLineBreak() }
                }
            case CMARK_NODE_EMPH:
                style(.emphasis, entering: entering)
            case CMARK_NODE_STRONG:
                style(.strong, entering: entering)
            case types.strike:
                style(.strikethrough, entering: entering)
            case CMARK_NODE_LINK:
                link(node, entering: entering)
            case CMARK_NODE_IMAGE:
                if entering {
                    builder.openStyle(.image)
                    builder.append(" [image: ")
                } else {
                    builder.append("]")
                    builder.closeStyle()
                }
            case CMARK_NODE_FOOTNOTE_REFERENCE where entering:
                builder.openStyle(.footnote)
                builder.append(literal(node).flatMap(Int.init).map(Self.superscript) ?? "[^" + (literal(node) ?? "?") + "]")
                builder.closeStyle()
            default:
                break
            }
        }

        private mutating func style(_ kind: InlineStyle.Kind, entering: Bool) {
            if entering { builder.openStyle(kind) } else { builder.closeStyle() }
        }

        /// A link is styled; leaving it, its URL gets a marker unless the text shows the URL itself.
        private mutating func link(_ node: OpaquePointer, entering: Bool) {
            if entering {
                builder.openStyle(.link)
                linkStarts.append((builder.currentOffset, cmark_node_get_url(node).map { String(cString: $0) } ?? ""))
                return
            }
            builder.closeStyle()
            // A link within the article ("#methods") is numbered too: `o N` jumps to its heading.
            if let (start, url) = linkStarts.popLast(), !url.isEmpty, url != "#" {
                let shown = builder.text(from: start)
                if shown != url && "mailto:" + shown != url && "http://" + shown != url && "https://" + shown != url {
                    builder.appendLinkMarker(url: url)
                }
            }
        }

        /// A paragraph ends: it is a list item's text, a footnote, part of a quote or running text.
        mutating func endParagraph(line: Int) {
            if tableRowCount > 0 { return }
            if quoteDepth > 0 {
                let attribution = builder.attributionInBlock()
                builder.endBlock(.body(.quote), line: line, attribution: attribution)
            } else if let marker = itemMarker {
                builder.endBlock(.body(.listItem(marker: marker, depth: max(0, lists.count - 1))), line: line)
                itemMarker = nil
            } else if let marker = footnoteMarker {
                builder.endBlock(.body(.listItem(marker: marker)), line: line)
                footnoteMarker = nil
            } else if !sawParagraph, let byline = openingByline() {
                // "By Niko Matsakis" opening the post is its byline (the front matter's author, if any, comes first).
                _ = builder.discardBlock()
                builder.addMetadata(.byline, byline, line: line)
            } else {
                builder.endBlock(.body(builder.blockIsOnlyImages ? .caption : .paragraph), line: line)
            }
            sawParagraph = true
        }

        /// The paragraph under construction when it is one short byline line ("By Jane Doe and Li Wei").
        func openingByline() -> String? {
            let text = builder.text(from: builder.blockStartOffset)
            guard text.utf8.count <= 120, !text.contains("\n") else { return nil }
            return MetadataLine.isByline(text.split(separator: " ")) ? text : nil
        }

        mutating func appendC(_ text: UnsafePointer<CChar>) {
            let length = strlen(text)
            text.withMemoryRebound(to: UInt8.self, capacity: length) { builder.append(UnsafeBufferPointer(start: $0, count: length)) }
        }

        /// A footnote number as superscript digits ("¹²").
        static func superscript(_ n: Int) -> String {
            let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
            return String(String(n).map { digits[Int($0.asciiValue! - 48)] })
        }

        func literal(_ node: OpaquePointer) -> String? {
            guard let text = cmark_node_get_literal(node) else { return nil }
            let s = String(cString: text)
            return s.isEmpty ? nil : s
        }
    }
}
