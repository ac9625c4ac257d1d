#if canImport(Glibc)
import Glibc
#endif

import CCmark

/// A raw-HTML block of a Markdown article that has structure of its own (`<aside>`, `<figure>`,
/// `<blockquote>`): read by the HTML importer, so that a pull quote is a quote with its speaker and a
/// figure a caption, instead of one paragraph of its text.
enum MarkdownHTMLBlock {
    /// The tags whose blocks go through the HTML importer (others are reduced to their text).
    static let structuredTags = ["aside", "figure", "blockquote"]

    /// The name of the block's first tag when it is one of `structuredTags`.
    static func structuredTag(_ html: String) -> String? {
        var rest = Substring(html).drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard rest.first == "<" else { return nil }
        rest = rest.dropFirst()
        let name = rest.prefix { $0.isLetter }.lowercased()
        return structuredTags.contains(name) ? name : nil
    }

    /// The blocks of `html` as the HTML importer reads them, ready to be copied into a Markdown document.
    static func document(_ html: String, tag: String) -> Document {
        var source = renderingMarkdown(attributionsAsParagraphs(html))
        if tag == "aside" { source = asideAsQuote(source) }
        // A fragment is not a page to find an article in: with its paragraphs as divs, the importer's article
        // finder keeps the whole of it (it would otherwise start inside the quote and lose it).
        source = paragraphsAsDivs(source)
        let page = "<html><body>" + source + "</body></html>"
        return HTMLImporter(readerView: false).importDocument(Array(page.utf8), name: "")
    }

    /// A line of text that starts with a dash ("— Jo Park, product lead") under a quotation written on the
    /// lines above it: the quotation's lines and the dash line become paragraphs of their own, which the HTML
    /// importer reads as the quote and its attribution.
    static func attributionsAsParagraphs(_ html: String) -> String {
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        func isDashLine(_ line: Substring) -> Bool {
            let t = line.drop { $0 == " " || $0 == "\t" }
            return t.hasPrefix("—") || t.hasPrefix("–") || t.hasPrefix("-- ")
        }
        func isText(_ line: Substring) -> Bool {
            guard let first = line.drop(while: { $0 == " " || $0 == "\t" }).first else { return false }
            return first != "<"
        }
        guard let dash = lines.indices.first(where: { isDashLine(lines[$0]) }), lines[..<dash].contains(where: isText) else {
            return html
        }
        var out: [String] = []
        var group: [Substring] = []
        func close() {
            if !group.isEmpty { out.append("<div>" + group.joined(separator: "\n") + "</div>") }
            group = []
        }
        for line in lines {
            if isDashLine(line) {
                close()
                out.append("<div>" + line.drop { $0 == " " || $0 == "\t" } + "</div>")
            } else if isText(line) {
                group.append(line)
            } else {
                close()
                out.append(String(line))
            }
        }
        close()
        return out.joined(separator: "\n")
    }

    /// `<p>` and `</p>` tags renamed `div`.
    static func paragraphsAsDivs(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let closing = after.first == "/"
            let name = (closing ? after.dropFirst() : after).prefix { $0.isLetter }
            if name.lowercased() == "p" {
                out += closing ? "</div" : "<div"
                rest = (closing ? after.dropFirst() : after).dropFirst()
            } else {
                out += "<"
                rest = after
            }
        }
        return out + rest
    }

    /// An author's `<aside>` in a post is content, not page furniture: one that reads as a quotation (it starts
    /// with a quotation mark, its class says quote, or it ends with a "— Name" line) becomes a `<blockquote>`,
    /// any other one a `<div>`. (The HTML importer drops asides, as it should on a web page.)
    static func asideAsQuote(_ html: String) -> String {
        let lower = html.lowercased()
        guard let open = lower.range(of: "<aside"), let openEnd = lower[open.upperBound...].firstIndex(of: ">") else { return html }
        let attributes = lower[open.upperBound..<openEnd]
        let inner = HTMLImporter.text(ofFragment: html)
        let quoteLike = attributes.contains("quote") || inner.first.map { "“\"‘«„".contains($0) } == true
            || inner.contains(" — ") || inner.contains("\n—")
        let replacement = quoteLike && !lower.contains("<blockquote") ? "blockquote" : "div"
        var out = html
        // Tag names only: the attributes and the text stay as written.
        out.replaceSubrange(out.index(open.lowerBound, offsetBy: 1)..<out.index(open.lowerBound, offsetBy: 6), with: replacement)
        if let close = out.lowercased().range(of: "</aside", options: .backwards) {
            out.replaceSubrange(out.index(close.lowerBound, offsetBy: 2)..<close.upperBound, with: replacement)
        }
        return out
    }

    /// Markdown written inside the HTML (a link `[Name](url)`, `*emphasis*`), which cmark leaves as it is in an
    /// HTML block, rendered to HTML: the text between tags goes through cmark, line by line trimmed (so that
    /// indentation does not make code).
    static func renderingMarkdown(_ html: String) -> String {
        var out = ""
        var text = ""
        var inTag = false
        func flush() {
            defer { text = "" }
            guard text.contains(where: { $0 == "[" || $0 == "*" || $0 == "_" || $0 == "`" }) else {
                out += text
                return
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.drop { $0 == " " || $0 == "\t" } }
            let markdown = lines.joined(separator: "\n")
            let lead = text.prefix { $0 == " " || $0 == "\n" || $0 == "\t" }
            out += lead + inlineHTML(String(markdown)) + (text.last.map { $0 == " " || $0 == "\n" } == true ? " " : "")
        }
        for c in html {
            if inTag {
                out.append(c)
                if c == ">" { inTag = false }
            } else if c == "<" {
                flush()
                out.append(c)
                inTag = true
            } else {
                text.append(c)
            }
        }
        flush()
        return out
    }

    /// cmark's HTML for a piece of inline Markdown, without the paragraph around it.
    static func inlineHTML(_ markdown: String) -> String {
        let trimmed = markdown.trimmingSpaces
        guard !trimmed.isEmpty else { return markdown }
        var source = trimmed
        let rendered: String = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else { return trimmed }
                defer { free(html) }
                return String(cString: html)
            }
        }
        var body = Substring(rendered)
        while body.last == "\n" { body = body.dropLast() }
        if body.hasPrefix("<p>") && body.hasSuffix("</p>") { body = body.dropFirst(3).dropLast(4) }
        return String(body)
    }
}

extension DocumentBuilder {
    /// Copies the body blocks of a document the HTML importer made (a raw-HTML block of a Markdown article):
    /// text, inline styles, link markers renumbered into this document's link list, quotes with their
    /// attribution, tables with their separators. Its title (a heading) is a heading here; metadata and the
    /// link list are not copied.
    mutating func appendBlocks(of fragment: Document, line: Int) {
        for block in fragment.blocks {
            let part: Part
            switch block.kind {
            case .title: part = .heading(rank: 2)
            case .heading(let level): part = .heading(rank: min(6, level + 1))
            case .metadata, .reference: continue
            default: part = .body(block.kind)
            }
            beginBlock(preformatted: block.kind == .code)
            let attribution = appendText(of: fragment, block)
            endBlock(part, line: line, attribution: attribution)
        }
    }

    /// Appends one block's text with its styles; returns where its attribution starts here, if it has one.
    private mutating func appendText(of fragment: Document, _ block: Block) -> Int? {
        let range = block.range
        let styles = fragment.inlines.filter { $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound }
            .sorted { $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count }
        var attribution: Int?
        var open: [InlineStyle] = []
        var next = 0
        var i = range.lowerBound
        var run: [UInt8] = []
        func flush(_ builder: inout DocumentBuilder) {
            guard !run.isEmpty else { return }
            run.withUnsafeBufferPointer { builder.append($0) }
            run.removeAll(keepingCapacity: true)
        }
        while i <= range.upperBound {
            // Styles that end here close; styles that start here open (a link marker is renumbered).
            while let last = open.last, last.range.upperBound == i {
                flush(&self)
                closeStyle()
                open.removeLast()
            }
            if i == block.attributionStart, i > range.lowerBound {
                flush(&self)
                attribution = currentOffset
            }
            if i == range.upperBound { break }
            if next < styles.count, styles[next].range.lowerBound == i {
                let style = styles[next]
                next += 1
                flush(&self)
                if style.kind == .linkMarker {
                    let marker = String(decoding: fragment.text[style.range], as: UTF8.self)
                    if let n = Int(marker.dropFirst().dropLast()), n >= 1, n <= fragment.links.count {
                        appendLinkMarker(url: fragment.links[n - 1])
                    }
                    i = style.range.upperBound
                    continue
                }
                openStyle(style.kind)
                open.append(style)
                continue
            }
            let b = fragment.text[i]
            switch b {
            case 0x0A:
                flush(&self)
                appendLineBreak()
                if i + 1 == block.attributionStart { attribution = currentOffset }
            case Block.rowSeparator, Block.cellSeparator:
                flush(&self)
                appendSeparator(b)
            default:
                run.append(b)
            }
            i += 1
        }
        flush(&self)
        while !open.isEmpty {
            closeStyle()
            open.removeLast()
        }
        return attribution
    }
}
