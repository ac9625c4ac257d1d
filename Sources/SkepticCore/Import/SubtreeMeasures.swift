import CLibXML2

/// What the reader view measures of a subtree (its text length and commas, the text in its links, how many
/// paragraphs, images, list items… it holds), kept per element while the tree stays as it is, so that the
/// passes that ask the same of every candidate and every block of the article scan each subtree once
/// instead of once per ancestor. An element's measure is made from its children's; removing a node forgets
/// the measures of its ancestors (`forget(ancestorsOf:)`), the only ones it changes. An element finds its
/// measure through libxml2's `_private` field (no hashing); `reset` clears the fields it set. (A class: the
/// pass's read-only questions fill it in as they ask.)
final class SubtreeMeasures {
    typealias Node = HTMLNode.Node

    /// Text as `ReaderView.textStats` counts it: characters with whitespace runs counted once, trimmed.
    struct TextRun {
        /// Characters from the first to the last non-space one, inner whitespace runs counted as one.
        var length = 0
        var commas = 0
        var asciiCommas = 0
        var hasContent = false
        /// Whitespace before the first character (or any, when there is none).
        var leadingSpace = false
        var trailingSpace = false

        /// The run of `self` followed by `next`.
        func then(_ next: TextRun) -> TextRun {
            guard hasContent else {
                var r = next
                r.leadingSpace = leadingSpace || next.leadingSpace
                return r
            }
            guard next.hasContent else {
                var r = self
                r.trailingSpace = trailingSpace || next.leadingSpace || next.trailingSpace
                return r
            }
            var r = self
            r.length += next.length + (trailingSpace || next.leadingSpace ? 1 : 0)
            r.commas += next.commas
            r.asciiCommas += next.asciiCommas
            r.trailingSpace = next.trailingSpace
            return r
        }
    }

    /// An element's measure: its text, and sums over the elements below it (not itself).
    struct Measure {
        var text = TextRun()
        /// Text length of the links below, a same-page link (`#…`) counted at 0.3.
        var linkLength = 0.0
        var paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0
        /// Some `object`, `embed` or `iframe` below is a video from a known host.
        var allowedVideo = false
        var headingLength = 0, listLength = 0
        /// Text length summed over the text-holding elements below (nested ones counted again, as the
        /// reader view sums them).
        var textishLength = 0
        var embeddedPost = false
        /// A table below is marked as data (`ReaderView.dataTableAttribute`).
        var dataTable = false
    }

    /// The measures made; an element's `_private` pointer holds its index + 1 while its measure holds.
    private var made: [Measure] = []
    private var marked: [Node] = []

    deinit { reset() }

    private func cached(_ node: Node) -> Measure? {
        guard let p = node.pointee._private else { return nil }
        return made[Int(bitPattern: p) - 1]
    }

    private func store(_ m: Measure, for node: Node) {
        made.append(m)
        marked.append(node)
        node.pointee._private = UnsafeMutableRawPointer(bitPattern: made.count)
    }

    /// Forgets every measure (and clears the elements' marks). Call before the tree's nodes are freed.
    func reset() {
        for n in marked { n.pointee._private = nil }
        marked.removeAll(keepingCapacity: true)
        made.removeAll(keepingCapacity: true)
    }

    /// Forgets what changes when `node` leaves its parent: the measures of its ancestors.
    func forget(ancestorsOf node: Node) {
        var up = node.pointee.parent
        while let u = up, u.pointee._private != nil {
            u.pointee._private = nil
            up = u.pointee.parent
        }
    }

    /// The measure of an element, from the cache or made (children first, without recursion).
    func measure(_ root: Node) -> Measure {
        if let m = cached(root) { return m }
        // Post-order over the elements not yet measured: an element is measured once its children are.
        var stack: [(node: Node, childrenDone: Bool)] = [(root, false)]
        while let (node, done) = stack.popLast() {
            if done {
                store(combine(node), for: node)
                continue
            }
            stack.append((node, true))
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE, c.pointee._private == nil { stack.append((c, false)) }
                child = c.pointee.next
            }
        }
        return cached(root)!
    }

    /// An element's measure from its children's (all measured).
    private func combine(_ node: Node) -> Measure {
        var m = Measure()
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { m.text = m.text.then(Self.scan(content)) }
                continue
            case XML_ELEMENT_NODE:
                break
            default:
                continue
            }
            let sub = cached(c)!
            m.text = m.text.then(sub.text)
            m.linkLength += sub.linkLength
            m.paragraphs += sub.paragraphs
            m.images += sub.images
            m.listItems += sub.listItems
            m.inputs += sub.inputs
            m.embeds += sub.embeds
            m.allowedVideo = m.allowedVideo || sub.allowedVideo
            m.headingLength += sub.headingLength
            m.listLength += sub.listLength
            m.textishLength += sub.textishLength
            m.embeddedPost = m.embeddedPost || sub.embeddedPost
            m.dataTable = m.dataTable || sub.dataTable
            Self.count(c, length: sub.text.length, into: &m)
        }
        return m
    }

    /// What the child element `c` itself adds to its parent's sums.
    private static func count(_ c: Node, length: Int, into m: inout Measure) {
        guard let name = c.pointee.name else { return }
        switch TagName(name) {
        case .a:
            let href = HTMLNode.attribute(c, "href") ?? ""
            m.linkLength += Double(length) * (href.count > 1 && href.hasPrefix("#") ? 0.3 : 1)
        case .p:
            m.paragraphs += 1
            m.textishLength += length
        case .img:
            m.images += 1
            m.textishLength += length
        case .li:
            m.listItems += 1
            m.textishLength += length
        case .input:
            m.inputs += 1
        case .embed:
            m.embeds += 1
            if ReaderView.isAllowedVideo(c) { m.allowedVideo = true }
        case .heading:
            m.headingLength += length
        case .list:
            m.listLength += length
            m.textishLength += length
        case .table:
            m.textishLength += length
            if HTMLNode.attribute(c, ReaderView.dataTableAttribute) == "1" { m.dataTable = true }
        case .blockquote:
            m.textishLength += length
            if ReaderView.isEmbeddedPost(c) { m.embeddedPost = true }
        case .textish:
            m.textishLength += length
        case .other:
            break
        }
    }

    /// The tag names the measures count, read from the name's bytes (no string made).
    private enum TagName {
        case a, p, img, li, input, embed, heading, list, table, blockquote, textish, other

        init(_ name: UnsafePointer<xmlChar>) {
            let b0 = name[0], b1 = b0 == 0 ? 0 : name[1], b2 = b1 == 0 ? 0 : name[2]
            func isName(_ s: StaticString) -> Bool {
                let bytes = s.utf8Start
                var i = 0
                while i < s.utf8CodeUnitCount {
                    if name[i] != bytes[i] { return false }
                    i += 1
                }
                return name[i] == 0
            }
            switch b0 {
            case UInt8(ascii: "a"): self = b1 == 0 ? .a : .other
            case UInt8(ascii: "p"): self = b1 == 0 ? .p : isName("pre") ? .textish : .other
            case UInt8(ascii: "i"): self = isName("img") ? .img : isName("input") ? .input : isName("iframe") ? .embed : .other
            case UInt8(ascii: "l"): self = isName("li") ? .li : .other
            case UInt8(ascii: "e"): self = isName("embed") ? .embed : .other
            case UInt8(ascii: "o"): self = isName("object") ? .embed : isName("ol") ? .list : .other
            case UInt8(ascii: "h"): self = b2 == 0 && b1 >= UInt8(ascii: "1") && b1 <= UInt8(ascii: "6") ? .heading : .other
            case UInt8(ascii: "u"): self = isName("ul") ? .list : .other
            case UInt8(ascii: "t"): self = isName("table") ? .table : isName("td") ? .textish : .other
            case UInt8(ascii: "b"): self = isName("blockquote") ? .blockquote : .other
            case UInt8(ascii: "s"): self = isName("span") ? .textish : .other
            case UInt8(ascii: "d"): self = isName("div") || isName("dl") ? .textish : .other
            default: self = .other
            }
        }
    }

    /// The text run of one text node's bytes.
    static func scan(_ content: UnsafeMutablePointer<xmlChar>) -> TextRun {
        var run = TextRun()
        var pendingSpace = false
        var p = content
        while p.pointee != 0 {
            let b = p.pointee
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                if run.hasContent { pendingSpace = true } else { run.leadingSpace = true }
            } else if b & 0xC0 != 0x80 {
                if pendingSpace { run.length += 1; pendingSpace = false }
                run.hasContent = true
                run.length += 1
                if b == 0x2C { run.commas += 1; run.asciiCommas += 1 }
                else if b >= 0xD8 { run.commas += ReaderView.isComma(p) ? 1 : 0 }
            }
            p += 1
        }
        run.trailingSpace = pendingSpace || (!run.hasContent && run.leadingSpace)
        return run
    }
}
