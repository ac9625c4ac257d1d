import CLibXML2

/// Finds a page's article the way Firefox's reader view does (mozilla/readability, Apache-2.0; this is our
/// own Swift rendering of its algorithm over libxml2's tree): hidden and unlikely blocks are removed, `div`s
/// without block children become paragraphs, paragraphs are scored by length and commas and their scores
/// go to their ancestors (parent in full, grandparent half, then less), the best candidate is widened to an
/// ancestor that several strong candidates share, related siblings are joined, and the result is cleaned
/// of forms, share widgets and blocks with too many links or images. When that yields too little text the
/// pass is repeated with looser rules (unlikely blocks kept, then class weights ignored, then no
/// conditional cleaning), and the longest result wins.
///
/// The tree is changed in place: run it on a copy when the page is needed afterwards.
struct ReaderView {
    typealias Node = HTMLNode.Node

    /// What the pass found.
    struct Article {
        /// A detached `div` holding the article's blocks (owned by `doc`).
        var content: Node
        /// The text length of `content`.
        var textLength: Int
        /// The byline found in the page's text (an element of class `byline`, `rel=author`…).
        var byline: String?
        /// `dir` of the article's nearest ancestor that has one.
        var direction: String?
        /// No paragraph scored: the "article" is the whole body. (A body whose own paragraphs score, a
        /// page with nothing but its article, is an article.)
        var isWholePage = false
    }

    static let charThreshold = 500
    /// Pages nested deeper than this are not read by the passes (see `HTMLNode.isDeeper`).
    static let maxDepth = 400
    /// Set on each table of the article: "1" for a table of data, "0" for one of layout.
    static let dataTableAttribute = "data-skeptic-table"
    static let topCandidateCount = 5
    /// Elements that may be furniture inside the article.
    static let furnitureTags: Set<String> = ["div", "p", "span", "ul", "ol", "li", "section", "figure", "figcaption", "a", "aside"]

    struct Flags: OptionSet {
        let rawValue: Int
        static let stripUnlikelys = Flags(rawValue: 1)
        static let weightClasses = Flags(rawValue: 2)
        static let cleanConditionally = Flags(rawValue: 4)
        static let all: Flags = [.stripUnlikelys, .weightClasses, .cleanConditionally]
    }

    let doc: htmlDocPtr
    var flags: Flags = .all
    /// The title from the page's metadata (a heading repeating it is dropped from the article).
    var title: String?
    /// The byline is looked for in the text only when the metadata has none.
    var bylineKnown: Bool
    var byline: String?

    private var scores: [Node: Double] = [:]
    /// Subtree measures, kept while the candidates are ranked and while the article is cleaned (see
    /// `measured(_:)`).
    private let measures = SubtreeMeasures()
    private var measuring = false
    /// The element that held the title heading the pass removed (the article's header block).
    private var titleContainer: Node?
    /// Unlinked nodes, freed when the pass is done.
    private var trash: [Node] = []

    init(doc: htmlDocPtr, title: String?, bylineKnown: Bool) {
        self.doc = doc
        self.title = title
        self.bylineKnown = bylineKnown
    }

    /// The article of a page and the copy of the page that holds it.
    struct Found {
        var article: Article
        var copy: htmlDocPtr

        func free() {
            xmlFreeNode(article.content)
            xmlFreeDoc(copy)
        }
    }

    /// Runs the passes over copies of `doc` (left as it is): the first with enough text, else the longest;
    /// nil when no pass found any text.
    static func extract(from doc: htmlDocPtr, title: String?, bylineKnown: Bool) -> Found? {
        var best: Found?
        var byline: String?
        for flags: Flags in [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []] {
            guard let copy = xmlCopyDoc(doc, 1) else { break }
            var view = ReaderView(doc: copy, title: title, bylineKnown: bylineKnown)
            view.flags = flags
            view.byline = byline
            view.prepare()
            let article = view.pass()
            view.freeTrash()
            byline = view.byline
            guard let article else {
                xmlFreeDoc(copy)
                continue
            }
            let found = Found(article: article, copy: copy)
            if article.textLength >= charThreshold {
                best?.free()
                return found
            }
            if let b = best, b.article.textLength >= article.textLength {
                found.free()
            } else {
                best?.free()
                best = found
            }
        }
        guard let best, best.article.textLength > 0 else {
            best?.free()
            return nil
        }
        return best
    }

    /// Scripts, styles and `<font>` out, runs of `<br>` turned into paragraphs: the page as the pass reads it.
    mutating func prepare() {
        guard let top = xmlDocGetRootElement(doc) else { return }
        var doomed: [Node] = []
        var fonts: [Node] = []
        var brs: [Node] = []
        HTMLNode.forEach(in: top) { n in
            guard let t = HTMLNode.tag(n) else { return }
            switch t {
            case "script", "noscript", "style", "template": doomed.append(n)
            case "font": fonts.append(n)
            case "br": brs.append(n)
            default: break
            }
        }
        for n in doomed { remove(n) }
        for n in fonts { xmlNodeSetName(n, "span") }
        for br in brs where br.pointee.parent != nil && isInDocument(br) { replaceBrChain(br) }
    }

    /// One pass over the (prepared) page with the current flags.
    mutating func pass() -> Article? {
        guard let top = xmlDocGetRootElement(doc) else { return nil }
        guard let body = HTMLNode.firstElement(in: top, named: "body", where: { _ in true }) ?? Optional(top) else { return nil }
        scores = [:]
        titleContainer = nil
        let toScore = collectParagraphs(from: top)
        let top5 = bestCandidates(scoreParagraphs(toScore))
        // Paragraphs straight in the body, long enough to be an article's (a page that is only its article),
        // rather than a stray line (a cookie note on a listing).
        let bodyProse = toScore.reduce(0) { sum, p in
            guard p.pointee.parent == body else { return sum }
            let length = Self.textStats(p).length
            return length >= 25 ? sum + length : sum
        }
        let (topCandidate, createdTop) = chooseTopCandidate(top5, body: body)
        let parent = topCandidate.pointee.parent
        let content = joinSiblings(of: topCandidate, wholeBody: createdTop)
        clean(content)
        return Article(content: content, textLength: Self.textStats(content).length, byline: byline,
                       direction: Self.direction(of: topCandidate, parent: parent),
                       isWholePage: createdTop && bodyProse < Self.charThreshold)
    }

    // MARK: - The pass, step by step

    /// Walks the page removing what is hidden, unlikely or empty, turns `div`s that hold only phrasing
    /// content into paragraphs, and returns the elements to score.
    private mutating func collectParagraphs(from top: Node) -> [Node] {
        var toScore: [Node] = []
        var removeTitleHeader = true
        var node: Node? = top
        while let n = node {
            let tag = HTMLNode.tag(n) ?? ""
            // An embedded post is a quote, kept whole as the walk reads it (its own markup is all links).
            if Self.isProbablyVisible(n), Self.isEmbeddedPost(n) {
                node = Self.nextNode(n, skippingChildren: true)
                continue
            }
            if isRemovedByThePass(n, tag: tag, removeTitleHeader: &removeTitleHeader) {
                node = removeAndNext(n)
                continue
            }
            if Self.tagsToScore.contains(tag) { toScore.append(n) }
            var current = n
            if tag == "div", let paragraph = paragraphOfDiv(n) {
                current = paragraph
                toScore.append(paragraph)
            }
            node = Self.nextNode(current, skippingChildren: false)
        }
        return toScore
    }

    /// Whether the pass removes `n`: hidden, a modal dialog, the byline (kept as metadata), the heading that
    /// repeats the title, an unlikely block (when the flags say so), or a block without content.
    private mutating func isRemovedByThePass(_ n: Node, tag: String, removeTitleHeader: inout Bool) -> Bool {
        // (Most elements have no attributes: no class or id to read.)
        let match = n.pointee.properties == nil ? ""
            : ((HTMLNode.attribute(n, "class") ?? "") + " " + (HTMLNode.attribute(n, "id") ?? "")).lowercased()
        if !Self.isProbablyVisible(n) { return true }
        if HTMLNode.attribute(n, "aria-modal") == "true" && HTMLNode.attribute(n, "role") == "dialog" { return true }
        if checkByline(n, tag: tag, match: match) { return true }
        if removeTitleHeader, tag == "h1" || tag == "h2", let title, Self.similarity(title, Self.innerText(n)) > 0.75 {
            removeTitleHeader = false
            titleContainer = n.pointee.parent
            return true
        }
        if flags.contains(.stripUnlikelys) {
            if Self.isUnlikely(match), !Self.isMaybeCandidate(match), !hasAncestor(n, "table", maxDepth: 3),
               !hasAncestor(n, "code", maxDepth: 3), tag != "body", tag != "a", !containsEmbeddedPost(n) {
                return true
            }
            if let role = HTMLNode.attribute(n, "role"), Self.unlikelyRoles.contains(role) { return true }
        }
        return ["div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) && isWithoutContent(n)
    }

    /// A `div`'s phrasing runs go into paragraphs; a `div` holding one paragraph is replaced by it, and one
    /// without block children becomes a paragraph. Returns the paragraph to score, if any.
    private mutating func paragraphOfDiv(_ n: Node) -> Node? {
        wrapPhrasingRuns(in: n)
        if let only = singleChild(n, tag: "p"), linkDensity(n) < 0.25 {
            // The paragraph takes the div's class and id when it has none (they say what it is: a
            // caption, a byline, a cookie note).
            for name in ["class", "id"] where HTMLNode.attribute(only, name) == nil {
                if let value = HTMLNode.attribute(n, name) { xmlSetProp(only, name, value) }
            }
            xmlReplaceNode(n, only)
            // `only` is no longer n's child: the div is kept so that `trash` frees it without its child.
            trash.append(n)
            return only
        }
        if !hasChildBlock(n) {
            xmlNodeSetName(n, "p")
            return n
        }
        return nil
    }

    /// Scores each paragraph by its length and commas and gives the score to up to five ancestors (the
    /// parent in full, the grandparent half, then a third of the level); returns the ancestors scored.
    private mutating func scoreParagraphs(_ toScore: [Node]) -> [Node] {
        var candidates: [Node] = []
        for element in toScore {
            guard let parent = element.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { continue }
            let (length, commas) = Self.textStats(element)
            guard length >= 25 else { continue }
            let score = 1.0 + Double(commas + 1) + Double(min(length / 100, 3))
            var ancestor: Node? = parent
            var level = 0
            while let a = ancestor, level < 5 {
                guard a.pointee.type == XML_ELEMENT_NODE else { break }
                guard let up = a.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { break }
                if scores[a] == nil {
                    initialise(a)
                    candidates.append(a)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level) * 3
                scores[a]! += score / divider
                ancestor = up
                level += 1
            }
        }
        return candidates
    }

    /// The candidates with the highest scores once scaled by their share of text outside links, best first.
    private mutating func bestCandidates(_ candidates: [Node]) -> [Node] {
        startMeasuring()
        defer { stopMeasuring() }
        var top5: [Node] = []
        for candidate in candidates {
            let scaled = scores[candidate]! * (1 - linkDensity(candidate))
            scores[candidate] = scaled
            var t = 0
            while t < Self.topCandidateCount {
                if t >= top5.count || scaled > scores[top5[t]]! {
                    top5.insert(candidate, at: t)
                    if top5.count > Self.topCandidateCount { top5.removeLast() }
                    break
                }
                t += 1
            }
        }
        return top5
    }

    /// The best candidate widened to the ancestor that holds the article; when nothing scored (or the best
    /// is the body), the body's content moved into a new `div` (`wholeBody`).
    private mutating func chooseTopCandidate(_ top5: [Node], body: Node) -> (Node, wholeBody: Bool) {
        if let first = top5.first, HTMLNode.tag(first) != "body" { return (widened(first, among: top5), false) }
        let div = newElement("div")
        var child = body.pointee.children
        while let c = child {
            let next = c.pointee.next
            xmlUnlinkNode(c)
            xmlAddChild(div, c)
            child = next
        }
        xmlAddChild(body, div)
        initialise(div)
        return (div, true)
    }

    /// The article: the top candidate and the siblings that look related (content split by removed
    /// furniture, a lead figure, prose paragraphs, the standfirst beside the title), in a new `div`.
    private mutating func joinSiblings(of topCandidate: Node, wholeBody: Bool) -> Node {
        let content = newElement("div")
        guard !wholeBody, let parent = topCandidate.pointee.parent else {
            xmlUnlinkNode(topCandidate)
            xmlAddChild(content, topCandidate)
            return content
        }
        let topScore = scores[topCandidate] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = HTMLNode.attribute(topCandidate, "class") ?? ""
        var sibling = Self.firstElementChild(parent)
        var seenTop = false
        while let s = sibling {
            let next = Self.nextElementSibling(s)
            if s == topCandidate { seenTop = true }
            var append = s == topCandidate
            if !append {
                let bonus = !topClass.isEmpty && HTMLNode.attribute(s, "class") == topClass ? topScore * 0.2 : 0
                if let score = scores[s], score + bonus >= threshold {
                    append = true
                } else if HTMLNode.tag(s) == "figure", !seenTop, HTMLNode.containsElement(s, named: "img") {
                    // The lead picture above the article's text.
                    append = true
                } else if HTMLNode.tag(s) == "p" {
                    append = isProseParagraph(s)
                }
            }
            if append {
                if let t = HTMLNode.tag(s), !["div", "article", "section", "p", "figure"].contains(t) { xmlNodeSetName(s, "div") }
                xmlUnlinkNode(s)
                xmlAddChild(content, s)
            } else if !seenTop, let header = titleContainer, s == header || HTMLNode.isAncestor(s, of: header) {
                joinStandfirst(from: header, into: content)
            }
            sibling = next
        }
        return content
    }

    /// A sibling paragraph that joins the article: long with few links, or a short sentence with none.
    private func isProseParagraph(_ p: Node) -> Bool {
        let density = linkDensity(p)
        let text = Self.innerText(p)
        let length = text.unicodeScalars.count
        if length > 80 && density < 0.25 { return true }
        return length < 80 && length > 0 && density == 0 && Self.hasSentenceEnd(text)
    }

    /// `dir` of the top candidate, else of its nearest ancestor that has one, else of its only child (or
    /// that one's): `<main><article dir=rtl>`, the article widened to its only parent.
    private static func direction(of topCandidate: Node, parent: Node?) -> String? {
        if let d = HTMLNode.attribute(topCandidate, "dir") { return d }
        var up: Node? = parent ?? topCandidate
        while let u = up, u.pointee.type == XML_ELEMENT_NODE {
            if let d = HTMLNode.attribute(u, "dir") { return d }
            up = u.pointee.parent
        }
        // Down the chain of only children (the article the candidate was widened from).
        var inner = topCandidate
        for _ in 0..<4 {
            guard elementChildCount(inner) == 1, let only = firstElementChild(inner) else { break }
            if let d = HTMLNode.attribute(only, "dir") { return d }
            inner = only
        }
        return nil
    }

    /// The prose paragraphs beside the title heading in the article's header block (a standfirst), when
    /// that block sits before the article: at most two, each a sentence or more with few links.
    private mutating func joinStandfirst(from header: Node, into content: Node) {
        var taken = 0
        var child = Self.firstElementChild(header)
        while let c = child, taken < 2 {
            let next = Self.nextElementSibling(c)
            if HTMLNode.tag(c) == "p" {
                let text = Self.innerText(c)
                if text.unicodeScalars.count >= 60, Self.hasSentenceEnd(text) || text.last == "." || text.last == "?",
                   linkDensity(c) < 0.25 {
                    xmlUnlinkNode(c)
                    xmlAddChild(content, c)
                    taken += 1
                }
            }
            child = next
        }
    }

    /// Frees what the pass unlinked.
    mutating func freeTrash() {
        // A node may sit under another trashed node: free only the roots that are still detached.
        let set = Set(trash)
        for n in trash {
            var up = n.pointee.parent
            var nested = false
            while let u = up {
                if set.contains(u) { nested = true; break }
                up = u.pointee.parent
            }
            if !nested && n.pointee.parent == nil { xmlFreeNode(n) }
        }
        trash = []
    }

    // MARK: - Choosing the candidate

    private mutating func widened(_ start: Node, among top5: [Node]) -> Node {
        var topCandidate = start
        let topScore = scores[topCandidate]!
        // An ancestor shared by at least three near-equal candidates is the article.
        var alternatives: [[Node]] = []
        for c in top5.dropFirst() where scores[c]! / topScore >= 0.75 { alternatives.append(ancestors(of: c)) }
        if alternatives.count >= 3 {
            var p = topCandidate.pointee.parent
            while let a = p, HTMLNode.tag(a) != "body", a.pointee.type == XML_ELEMENT_NODE {
                var containing = 0
                for list in alternatives where containing < 3 { if list.contains(a) { containing += 1 } }
                if containing >= 3 {
                    topCandidate = a
                    break
                }
                p = a.pointee.parent
            }
        }
        if scores[topCandidate] == nil { initialise(topCandidate) }
        // A parent scoring higher than the node gathers more of the article.
        var p = topCandidate.pointee.parent
        var last = scores[topCandidate]!
        let floor = last / 3
        while let a = p, a.pointee.type == XML_ELEMENT_NODE, HTMLNode.tag(a) != "body" {
            guard let score = scores[a] else {
                p = a.pointee.parent
                continue
            }
            if score < floor { break }
            if score > last {
                topCandidate = a
                break
            }
            last = score
            p = a.pointee.parent
        }
        // An only child is as good as its parent, and the parent's siblings may hold the rest.
        p = topCandidate.pointee.parent
        while let a = p, a.pointee.type == XML_ELEMENT_NODE, HTMLNode.tag(a) != "body", Self.elementChildCount(a) == 1 {
            topCandidate = a
            p = a.pointee.parent
        }
        if scores[topCandidate] == nil { initialise(topCandidate) }
        return topCandidate
    }

    private mutating func initialise(_ node: Node) {
        var score = 0.0
        switch HTMLNode.tag(node) ?? "" {
        case "div": score += 5
        case "pre", "td", "blockquote": score += 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score -= 3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score -= 5
        default: break
        }
        scores[node] = score + Double(classWeight(node))
    }

    func classWeight(_ node: Node) -> Int {
        guard flags.contains(.weightClasses) else { return 0 }
        var weight = 0
        for name in ["class", "id"] {
            guard let value = HTMLNode.attribute(node, name), !value.isEmpty else { continue }
            let lower = value.lowercased()
            if Self.isNegative(lower) { weight -= 25 }
            if Self.isPositive(lower) { weight += 25 }
        }
        return weight
    }

    // MARK: - Cleaning the article

    private mutating func clean(_ content: Node) {
        let dataTables = markDataTables(content)
        // The walk lays out data tables as tables and reads layout tables as blocks.
        for table in elements(content, ["table"]) {
            xmlSetProp(table, Self.dataTableAttribute, dataTables.contains(table) ? "1" : "0")
        }
        startMeasuring()
        defer { stopMeasuring() }
        cleanConditionally(content, "form", dataTables)
        cleanConditionally(content, "fieldset", dataTables)
        removeAll(content, ["object", "embed", "footer", "link", "aside"])
        // (A blockquote's footer, its attribution, is kept: see `removeAll`.)
        // Share widgets with little text, below the article's top-level blocks.
        var child = Self.firstElementChild(content)
        while let c = child {
            let next = Self.nextElementSibling(c)
            var doomed: [Node] = []
            HTMLNode.forEach(in: c, skip: { n in doomed.last == n }) { n in
                guard n.pointee.type == XML_ELEMENT_NODE, n.pointee.properties != nil else { return }
                let match = ((HTMLNode.attribute(n, "class") ?? "") + " " + (HTMLNode.attribute(n, "id") ?? "")).lowercased()
                if Self.isShareElement(match), length(n) < Self.charThreshold { doomed.append(n) }
            }
            for n in doomed { remove(n) }
            child = next
        }
        removeAll(content, ["iframe", "input", "textarea", "select", "button"])
        for heading in elements(content, ["h1", "h2"]) where classWeight(heading) < 0 { remove(heading) }
        cleanConditionally(content, "table", dataTables)
        cleanConditionally(content, "ul", dataTables)
        cleanConditionally(content, "div", dataTables)
        for h1 in elements(content, ["h1"]) { xmlNodeSetName(h1, "h2") }
        for p in elements(content, ["p"]).reversed() {
            if length(p) == 0 && elements(p, ["img", "embed", "object", "iframe"]).isEmpty { remove(p) }
        }
        // Furniture the reader view keeps (ad slots, share counts, related links, widget labels), before
        // the sections are checked for text.
        for node in elements(content, Self.furnitureTags).reversed() where node.pointee.parent != nil {
            if PageFurniture.isFurnitureInArticle(node) { remove(node); continue }
            if HTMLNode.tag(node) == "p", length(node) <= 48, PageFurniture.isFurnitureLine(Self.innerText(node)) { remove(node) }
        }
        removeChartLabels(content)
        removeEmptySections(content)
    }

    /// A chart drawn in HTML leaves its axis labels and values as a run of one-word blocks ("$915",
    /// "billion", "’17"), and share buttons their counts ("1.94 M", "991 K"): a block of six or more
    /// children nearly all of a word or two (and a third of them figures), or a list of three or more
    /// items that are all figures, is taken out.
    private mutating func removeChartLabels(_ content: Node) {
        for node in elements(content, ["div", "figure", "section", "ul", "ol"]).reversed() where node.pointee.parent != nil {
            var children = 0, tiny = 0, figures = 0
            var child = Self.firstElementChild(node)
            while let c = child {
                children += 1
                // (The length first: most children are far longer than a label.)
                let text = length(c) <= 2 * 15 ? Self.innerText(c) : ""
                if !text.isEmpty, text.unicodeScalars.count <= 15 && text.split(separator: " ").count <= 2 && !Self.hasSentenceEnd(text) {
                    tiny += 1
                    let digits = text.unicodeScalars.filter { $0.properties.numericType != nil }.count
                    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
                    if digits > 0 && digits >= letters { figures += 1 }
                }
                child = Self.nextElementSibling(c)
            }
            let isList = HTMLNode.tag(node) == "ul" || HTMLNode.tag(node) == "ol"
            if isList ? children >= 3 && figures == children
                : children >= 6 && Double(tiny) >= 0.8 * Double(children) && 3 * figures >= children {
                remove(node)
            }
        }
    }

    /// Headings whose section has no text left (its list of links or teasers was cleaned away, "Recent
    /// in News"): after some of the article's text, the next text after them is a heading of the same rank
    /// or higher, or nothing. (A stack of headings before any text is the article's header: a kicker
    /// over the title, a label over the headline.)
    private mutating func removeEmptySections(_ content: Node) {
        // The article's headings and its other text, in document order.
        var units: [(heading: Node?, rank: Int)] = []
        HTMLNode.forEach(in: content, skip: { HTMLNode.tag($0).map { ["h1", "h2", "h3", "h4", "h5", "h6"].contains($0) } ?? false }) { n in
            if let t = HTMLNode.tag(n), t.count == 2, t.first == "h", let rank = Int(String(t.last!)) {
                units.append((n, rank))
            } else if n.pointee.type == XML_TEXT_NODE, !Self.isBlankText(n, orNoBreakSpace: true),
                      units.last.map({ $0.heading != nil }) ?? true {
                units.append((nil, 0))
            } else if HTMLNode.tag(n) == "img" || (HTMLNode.tag(n) == "table" && HTMLNode.attribute(n, Self.dataTableAttribute) == "1") {
                // (A table of data is content; a layout table is only the frame of what it holds.)
                units.append((nil, 0))
            }
        }
        guard let firstText = units.firstIndex(where: { $0.heading == nil }) else { return }
        for (i, unit) in units.enumerated() where i > firstText {
            guard let heading = unit.heading else { continue }
            let next = i + 1 < units.count ? units[i + 1] : nil
            if next == nil || (next!.heading != nil && next!.rank <= unit.rank) { remove(heading) }
        }
    }

    private func markDataTables(_ root: Node) -> Set<Node> {
        var data: Set<Node> = []
        for table in elements(root, ["table"]) {
            if HTMLNode.attribute(table, "role") == "presentation" { continue }
            if HTMLNode.attribute(table, "datatable") == "0" { continue }
            if let summary = HTMLNode.attribute(table, "summary"), !summary.isEmpty { data.insert(table); continue }
            if let caption = elements(table, ["caption"]).first, caption.pointee.children != nil { data.insert(table); continue }
            if !elements(table, ["col", "colgroup", "tfoot", "thead", "th"]).isEmpty { data.insert(table); continue }
            if !elements(table, ["table"]).isEmpty { continue }
            var rows = 0, columns = 0
            for tr in elements(table, ["tr"]) {
                rows += Int(HTMLNode.attribute(tr, "rowspan") ?? "") ?? 1
                var inRow = 0
                for td in elements(tr, ["td"]) { inRow += Int(HTMLNode.attribute(td, "colspan") ?? "") ?? 1 }
                columns = max(columns, inRow)
            }
            if columns == 1 || rows == 1 { continue }
            if rows >= 10 || columns > 4 { data.insert(table); continue }
            if rows * columns > 10 { data.insert(table) }
        }
        return data
    }

    private mutating func cleanConditionally(_ root: Node, _ tag: String, _ dataTables: Set<Node>) {
        guard flags.contains(.cleanConditionally) else { return }
        for node in elements(root, [tag]).reversed() where node.pointee.parent != nil {
            if shouldRemove(node, tag, dataTables) { remove(node) }
        }
    }

    private func shouldRemove(_ node: Node, _ tag: String, _ dataTables: Set<Node>) -> Bool {
        let m = measures.measure(node)
        if insideEmbeddedPost(node) || m.embeddedPost { return false }
        let length = m.text.length
        var isList = tag == "ul" || tag == "ol"
        if !isList {
            isList = length > 0 && Double(m.listLength) / Double(length) > 0.9
        }
        if tag == "table" && dataTables.contains(node) { return false }
        var up = node.pointee.parent
        while let u = up, u.pointee.type == XML_ELEMENT_NODE {
            if HTMLNode.tag(u) == "table" && dataTables.contains(u) { return false }
            up = u.pointee.parent
        }
        if hasAncestor(node, "code", maxDepth: 3) { return false }
        if m.dataTable { return false }
        let weight = classWeight(node)
        if weight < 0 { return true }
        guard m.text.asciiCommas < 10 else { return false }
        let p = m.paragraphs
        let img = m.images
        let li = m.listItems - 100
        let input = m.inputs
        let headingDensity = length == 0 ? 0 : Double(m.headingLength) / Double(length)
        if m.allowedVideo { return false }
        let embeds = m.embeds
        if length <= Self.longestWidgetWord {
            let trimmed = Self.innerText(node).lowercased()
            if Self.adWords.contains(trimmed) || Self.loadingWords.contains(trimmed) { return true }
        }
        let density = length == 0 ? 0 : m.linkLength / Double(length)
        let textDensity = length == 0 ? 0 : Double(m.textishLength) / Double(length)
        let inFigure = hasAncestor(node, "figure", maxDepth: 3)
        var remove = false
        if !inFigure && img > 1 && Double(p) / Double(img) < 0.5 { remove = true }
        if !isList && li > p { remove = true }
        if input > p / 3 { remove = true }
        if !isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && density > 0 { remove = true }
        if !isList && weight < 25 && density > 0.2 { remove = true }
        if weight >= 25 && density > 0.5 { remove = true }
        if (embeds == 1 && length < 75) || embeds > 1 { remove = true }
        if img == 0 && textDensity == 0 { remove = true }
        if isList && remove {
            // A list of images stays.
            var child = Self.firstElementChild(node)
            while let c = child {
                if Self.elementChildCount(c) > 1 { return true }
                child = Self.nextElementSibling(c)
            }
            if img == m.listItems { return false }
        }
        return remove
    }

    // MARK: - Mutations

    private mutating func remove(_ node: Node) {
        if measuring { measures.forget(ancestorsOf: node) }
        xmlUnlinkNode(node)
        trash.append(node)
    }

    private mutating func removeAndNext(_ node: Node) -> Node? {
        let next = Self.nextNode(node, skippingChildren: true)
        remove(node)
        return next
    }

    /// Removes the elements with these tags (in one walk), except videos from known hosts and a
    /// blockquote's footer.
    private mutating func removeAll(_ root: Node, _ tags: Set<String>) {
        for n in elements(root, tags).reversed() where n.pointee.parent != nil {
            let tag = HTMLNode.tag(n) ?? ""
            if (tag == "object" || tag == "embed" || tag == "iframe") && Self.isAllowedVideo(n) { continue }
            if tag == "footer" && hasAncestor(n, "blockquote", maxDepth: 0) { continue }
            remove(n)
        }
    }

    private func newElement(_ name: String) -> Node {
        xmlNewDocNode(doc, nil, name, nil)
    }

    /// Phrasing content directly in a div goes into paragraphs of its own.
    private mutating func wrapPhrasingRuns(in div: Node) {
        var p: Node?
        var child = div.pointee.children
        while let c = child {
            let next = c.pointee.next
            if Self.isPhrasing(c) {
                if let p {
                    xmlUnlinkNode(c)
                    xmlAddChild(p, c)
                } else if !Self.isWhitespace(c) {
                    let para = newElement("p")
                    xmlReplaceNode(c, para)
                    xmlAddChild(para, c)
                    p = para
                }
            } else if let open = p {
                trimTrailingWhitespace(open)
                p = nil
            }
            child = next
        }
        if let open = p { trimTrailingWhitespace(open) }
    }

    private mutating func trimTrailingWhitespace(_ p: Node) {
        while let last = p.pointee.last, Self.isWhitespace(last) { remove(last) }
    }

    /// `<br><br>` (whitespace between allowed) starts a new paragraph holding what follows up to the next
    /// such run.
    private mutating func replaceBrChain(_ br: Node) {
        var next = Self.nextNonBlank(br.pointee.next)
        var replaced = false
        while let n = next, HTMLNode.tag(n) == "br" {
            replaced = true
            let after = n.pointee.next
            remove(n)
            next = Self.nextNonBlank(after)
        }
        guard replaced else { return }
        let p = newElement("p")
        xmlReplaceNode(br, p)
        trash.append(br)
        var sibling = p.pointee.next
        while let s = sibling {
            if HTMLNode.tag(s) == "br", let after = Self.nextNonBlank(s.pointee.next), HTMLNode.tag(after) == "br" { break }
            if !Self.isPhrasing(s) { break }
            let following = s.pointee.next
            xmlUnlinkNode(s)
            xmlAddChild(p, s)
            sibling = following
        }
        trimTrailingWhitespace(p)
        if let parent = p.pointee.parent, HTMLNode.tag(parent) == "p" { xmlNodeSetName(parent, "div") }
    }

    // MARK: - Bylines

    private mutating func checkByline(_ node: Node, tag: String, match: String) -> Bool {
        guard !bylineKnown, byline == nil, node.pointee.type == XML_ELEMENT_NODE else { return false }
        let rel = HTMLNode.attribute(node, "rel")
        let itemprop = HTMLNode.attribute(node, "itemprop") ?? ""
        guard rel == "author" || itemprop.contains("author") || Self.containsAny(match, Self.bylineWords) else {
            return false
        }
        let whole = HTMLNode.text(of: node).trimmingSpaces
        guard !whole.isEmpty, whole.count < 100 else { return false }
        // The author's name marked inside the byline (`itemprop=name`) leaves out the date and labels beside it.
        var name: String?
        HTMLNode.forEach(in: node, skip: { _ in name != nil }) { n in
            guard name == nil, n != node, HTMLNode.attribute(n, "itemprop")?.contains("name") == true else { return }
            let text = HTMLNode.text(of: n).trimmingSpaces
            if !text.isEmpty { name = text }
        }
        byline = name ?? whole
        return true
    }

    // MARK: - Measures

    /// Share of the node's text in links; from the kept measures while they are kept.
    func linkDensity(_ node: Node) -> Double {
        guard measuring else { return Self.linkDensity(node) }
        let m = measures.measure(node)
        return m.text.length == 0 ? 0 : m.linkLength / Double(m.text.length)
    }

    /// The node's text length, as `textStats` counts it.
    func length(_ node: Node) -> Int {
        measuring ? measures.measure(node).text.length : Self.textStats(node).length
    }

    /// From here until `measuring` is cleared the tree changes only through `remove`, which keeps the
    /// measures true.
    private mutating func startMeasuring() {
        measures.reset()
        measuring = true
    }

    private mutating func stopMeasuring() {
        measures.reset()
        measuring = false
    }

    static func linkDensity(_ node: Node) -> Double {
        let length = Self.textStats(node).length
        guard length > 0 else { return 0 }
        var links = 0.0
        for a in Self.elements(node, ["a"]) {
            let href = HTMLNode.attribute(a, "href") ?? ""
            let coefficient = href.count > 1 && href.hasPrefix("#") ? 0.3 : 1
            links += Double(Self.textStats(a).length) * coefficient
        }
        return links / Double(length)
    }

    private func isWithoutContent(_ node: Node) -> Bool {
        guard !Self.hasText(node) else { return false }
        var children = 0
        var breaks = 0
        HTMLNode.forEach(in: node) { n in
            guard let t = HTMLNode.tag(n) else { return }
            if n.pointee.parent == node { children += 1 }
            if t == "br" || t == "hr" { breaks += 1 }
        }
        return children == 0 || children == breaks
    }

    private func singleChild(_ node: Node, tag: String) -> Node? {
        var only: Node?
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                if only != nil { return nil }
                only = c
            } else if c.pointee.type == XML_TEXT_NODE, !Self.isBlankText(c) {
                return nil
            }
            child = c.pointee.next
        }
        guard let only, HTMLNode.tag(only) == tag else { return nil }
        return only
    }

    private func hasChildBlock(_ node: Node) -> Bool {
        var found = false
        HTMLNode.forEach(in: node, skip: { _ in found }) { n in
            if let t = HTMLNode.tag(n), Self.blockTags.contains(t) { found = true }
        }
        return found
    }

    /// A post embedded from a social network (`blockquote.twitter-tweet`, `blockquote.instagram-media`…).
    static func isEmbeddedPost(_ node: Node) -> Bool {
        guard HTMLNode.tag(node) == "blockquote", let c = HTMLNode.attribute(node, "class")?.lowercased() else { return false }
        return containsAny(c, embedClasses)
    }

    static let embedClasses = ["twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed",
                               "text-post-media", "reddit-embed"]

    private func containsEmbeddedPost(_ node: Node) -> Bool {
        var found = false
        HTMLNode.forEach(in: node, skip: { _ in found }) { n in
            if !found, HTMLNode.tag(n) == "blockquote", Self.isEmbeddedPost(n) { found = true }
        }
        return found
    }

    private func insideEmbeddedPost(_ node: Node) -> Bool {
        var up = node.pointee.parent
        while let u = up, u.pointee.type == XML_ELEMENT_NODE {
            if Self.isEmbeddedPost(u) { return true }
            up = u.pointee.parent
        }
        return false
    }

    private func hasAncestor(_ node: Node, _ tag: String, maxDepth: Int) -> Bool {
        var depth = 0
        var n = node
        while let parent = n.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE {
            if maxDepth > 0 && depth > maxDepth { return false }
            if HTMLNode.tag(parent) == tag { return true }
            n = parent
            depth += 1
        }
        return false
    }

    private func ancestors(of node: Node) -> [Node] {
        var list: [Node] = []
        var up = node.pointee.parent
        while let u = up, u.pointee.type == XML_ELEMENT_NODE {
            list.append(u)
            up = u.pointee.parent
        }
        return list
    }

    private func isInDocument(_ node: Node) -> Bool {
        var up = node.pointee.parent
        while let u = up {
            if u.pointee.type == XML_HTML_DOCUMENT_NODE || u.pointee.type == XML_DOCUMENT_NODE { return true }
            up = u.pointee.parent
        }
        return false
    }

    /// Descendant elements with one of `tags`, in document order.
    func elements(_ root: Node, _ tags: Set<String>) -> [Node] { Self.elements(root, tags) }

    static func elements(_ root: Node, _ tags: Set<String>) -> [Node] {
        // Names compared as bytes: no string is made for each element of the subtree.
        let names = tags.map { Array($0.utf8) + [0] }
        var found: [Node] = []
        HTMLNode.forEach(in: root) { n in
            guard n.pointee.type == XML_ELEMENT_NODE, let name = n.pointee.name else { return }
            for candidate in names where candidate[0] == name[0] {
                var i = 1
                while candidate[i] != 0 && name[i] == candidate[i] { i += 1 }
                if candidate[i] == 0 && name[i] == 0 {
                    found.append(n)
                    break
                }
            }
        }
        return found
    }

    // MARK: - Static helpers

    /// Length in characters of the text under `node`, trimmed, whitespace runs counted once, and its commas
    /// (of any script).
    static func textStats(_ node: Node) -> (length: Int, commas: Int) {
        var length = 0
        var commas = 0
        var pendingSpace = false
        var started = false
        func scan(_ content: UnsafeMutablePointer<xmlChar>) {
            var p = content
            while p.pointee != 0 {
                let b = p.pointee
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    if started { pendingSpace = true }
                } else if b & 0xC0 != 0x80 {
                    if pendingSpace { length += 1; pendingSpace = false }
                    started = true
                    length += 1
                    if b == 0x2C { commas += 1 }
                    else if b >= 0xD8 { commas += isComma(p) ? 1 : 0 }
                }
                p += 1
            }
        }
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
            if let c = node.pointee.content { scan(c) }
            return (length, commas)
        }
        HTMLNode.forEach(in: node) { n in
            guard n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let c = n.pointee.content else { return }
            scan(c)
        }
        return (length, commas)
    }

    /// Whether any text under `node` is more than whitespace (stops at the first that is).
    static func hasText(_ node: Node) -> Bool {
        var found = false
        HTMLNode.forEach(in: node, skip: { _ in found }) { n in
            guard !found, n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE else { return }
            if !isBlankText(n) { found = true }
        }
        return found
    }

    /// Commas of Arabic, Chinese and other scripts (U+060C, U+FE50, U+FE10, U+FE11, U+2E41, U+2E34, U+2E32,
    /// U+FF0C), read from their UTF-8 bytes.
    static func isComma(_ p: UnsafeMutablePointer<xmlChar>) -> Bool {
        let b0 = p.pointee
        if b0 == 0xD8 { return p[1] == 0x8C }
        guard b0 >= 0xE0, p[1] != 0, p[2] != 0 else { return false }
        let scalar = (UInt32(b0 & 0x0F) << 12) | (UInt32(p[1] & 0x3F) << 6) | UInt32(p[2] & 0x3F)
        return [0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C].contains(scalar)
    }

    static func innerText(_ node: Node) -> String {
        if node.pointee.type == XML_TEXT_NODE, let c = node.pointee.content {
            return Sanitiser.singleLine(String(cString: c))
        }
        return HTMLNode.text(of: node)
    }

    static func isProbablyVisible(_ node: Node) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE else { return true }
        if let style = HTMLNode.attribute(node, "style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return false
        }
        if HTMLNode.attribute(node, "hidden") != nil { return false }
        if HTMLNode.attribute(node, "aria-hidden") == "true",
           !(HTMLNode.attribute(node, "class") ?? "").contains("fallback-image") {
            return false
        }
        return true
    }

    /// The next element in document order (children first unless skipped).
    static func nextNode(_ node: Node, skippingChildren: Bool) -> Node? {
        if !skippingChildren, let child = firstElementChild(node) { return child }
        if let next = nextElementSibling(node) { return next }
        var up = node.pointee.parent
        while let u = up, u.pointee.type == XML_ELEMENT_NODE {
            if let next = nextElementSibling(u) { return next }
            up = u.pointee.parent
        }
        return nil
    }

    static func firstElementChild(_ node: Node) -> Node? { firstElement(from: node.pointee.children) }

    static func nextElementSibling(_ node: Node) -> Node? { firstElement(from: node.pointee.next) }

    /// The first element node at or after `start` among its siblings.
    private static func firstElement(from start: Node?) -> Node? {
        var c = start
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { return n }
            c = n.pointee.next
        }
        return nil
    }

    static func elementChildCount(_ node: Node) -> Int {
        var count = 0
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE { count += 1 }
            c = n.pointee.next
        }
        return count
    }

    /// Whether a text node holds only whitespace (`orNoBreakSpace`: or no-break spaces, `&nbsp;` used as
    /// spacing, which shows nothing to read).
    static func isBlankText(_ node: Node, orNoBreakSpace: Bool = false) -> Bool {
        guard let content = node.pointee.content else { return true }
        var p = content
        while p.pointee != 0 {
            let b = p.pointee
            if orNoBreakSpace, b == 0xC2, p[1] == 0xA0 {
                p += 2
                continue
            }
            if !(b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C) { return false }
            p += 1
        }
        return true
    }

    static func isWhitespace(_ node: Node) -> Bool {
        (node.pointee.type == XML_TEXT_NODE && isBlankText(node)) || HTMLNode.tag(node) == "br"
    }

    /// The node itself or the next sibling that is an element or non-blank text.
    static func nextNonBlank(_ start: Node?) -> Node? {
        var n = start
        while let c = n, c.pointee.type != XML_ELEMENT_NODE, c.pointee.type != XML_TEXT_NODE || isBlankText(c) {
            // Comments and blank text are skipped, as whitespace.
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_COMMENT_NODE { n = c.pointee.next } else { break }
        }
        return n
    }

    static func isPhrasing(_ node: Node) -> Bool {
        if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE { return true }
        guard let t = HTMLNode.tag(node) else { return false }
        if phrasingTags.contains(t) { return true }
        if t == "a" || t == "del" || t == "ins" {
            var c = node.pointee.children
            while let n = c {
                if !isPhrasing(n) { return false }
                c = n.pointee.next
            }
            return true
        }
        return false
    }

    static func hasSentenceEnd(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: ".") {
            if i + 1 == bytes.count || bytes[i + 1] == 0x20 { return true }
        }
        return false
    }

    /// Share of the second text's words (by length) that the first has: 1 the same, 0 nothing in common.
    static func similarity(_ a: String, _ b: String) -> Double {
        func tokens(_ s: String) -> [Substring] {
            s.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }
        }
        let ta = tokens(a), tb = tokens(b)
        guard !ta.isEmpty, !tb.isEmpty else { return 0 }
        let setA = Set(ta)
        let unique = tb.filter { !setA.contains($0) }
        let uniqueLength = unique.isEmpty ? 0 : unique.reduce(0) { $0 + $1.count } + unique.count - 1
        let totalLength = tb.reduce(0) { $0 + $1.count } + tb.count - 1
        return 1 - Double(uniqueLength) / Double(totalLength)
    }

    static func isAllowedVideo(_ node: Node) -> Bool {
        var attr = node.pointee.properties
        while let a = attr {
            if let v = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(a))) {
                let s = String(cString: v).lowercased()
                sk_xml_free(v)
                if videoHosts.contains(where: { s.contains($0) }) { return true }
            }
            attr = a.pointee.next
        }
        return false
    }

    // MARK: - Word lists (readability's patterns, as substrings of the lower-cased class and id)

    static let unlikelyWords = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote",
    ]
    static let maybeWords = ["and", "article", "body", "column", "content", "main", "shadow"]
    static let positiveWords = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story",
    ]
    static let negativeWords = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget",
    ]
    static let bylineWords = ["byline", "author", "dateline", "writtenby", "p-author"]
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]
    static let tagsToScore: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    static let blockTags: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]
    static let phrasingTags: Set<String> = [
        "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i",
        "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
        "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr",
    ]
    /// The longest of `adWords` and `loadingWords`, in characters: a block longer than that is neither.
    static let longestWidgetWord = adWords.union(loadingWords).map(\.count).max() ?? 0
    static let adWords: Set<String> = ["ad", "advertising", "advertisement", "pub", "publicité", "werb", "werbung", "广告", "реклама", "anuncio"]
    static let loadingWords: Set<String> = [
        "loading", "loading…", "loading...", "正在加载", "正在加载…", "загрузка", "загрузка…", "chargement", "chargement…",
        "cargando", "cargando…",
    ]
    static let videoHosts = [
        "//www.dailymotion.com", "//dailymotion.com", "//www.youtube.com", "//youtube.com", "//www.youtube-nocookie.com",
        "//youtube-nocookie.com", "//player.vimeo.com", "//v.qq.com", "//archive.org", "//upload.wikimedia.org",
        "//player.twitch.tv",
    ]

    static func isUnlikely(_ match: String) -> Bool { containsAny(match, unlikelyWords) }
    static func isMaybeCandidate(_ match: String) -> Bool { containsAny(match, maybeWords) }
    static func isPositive(_ value: String) -> Bool { containsAny(value, positiveWords) }

    /// Whether `text` holds one of `words` (compared as bytes: this runs for every element of the page, and
    /// Foundation's `contains` goes through NSString).
    static func containsAny(_ text: String, _ words: [String]) -> Bool {
        var text = text
        return text.withUTF8 { hay in
            guard hay.count > 1, let base = hay.baseAddress else { return false }
            for word in words {
                // (The lists are literals: their bytes are contiguous, searched through pointers.)
                let found = word.utf8.withContiguousStorageIfAvailable { needle -> Bool in
                    Self.contains(UnsafeBufferPointer(start: base, count: hay.count), needle)
                } ?? Array(word.utf8).withUnsafeBufferPointer { Self.contains(hay, $0) }
                if found { return true }
            }
            return false
        }
    }

    private static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count
        guard n > 0, n <= hay.count else { return false }
        let first = needle[0]
        var i = 0
        let last = hay.count - n
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
    static func isNegative(_ value: String) -> Bool {
        if containsAny(value, negativeWords) { return true }
        return value == "hid" || value.hasPrefix("hid ") || value.hasSuffix(" hid") || value.contains(" hid ")
    }

    /// "share" or "sharedaddy" as a word of the class or id (bounded by a non-word character or `_`).
    static func isShareElement(_ match: String) -> Bool {
        var match = match
        return match.withUTF8 { bytes in
            func isWord(_ b: UInt8) -> Bool {
                (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A)
            }
            for w in shareWords {
                var i = 0
                while i + w.count <= bytes.count {
                    if bytes[i] == w[0], bytes[i..<(i + w.count)].elementsEqual(w) {
                        let before = i == 0 || !isWord(bytes[i - 1]) || bytes[i - 1] == 0x5F
                        let j = i + w.count
                        let after = j == bytes.count || !isWord(bytes[j]) || bytes[j] == 0x5F
                        if before && after { return true }
                    }
                    i += 1
                }
            }
            return false
        }
    }

    /// The words of share widgets' classes, as bytes (made once, not at each element).
    static let shareWords: [[UInt8]] = [Array("sharedaddy".utf8), Array("share".utf8)]
}
