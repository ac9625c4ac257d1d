import CLibXML2

/// Finds the element that holds a page's article: the `<article>` with the most paragraph text, else
/// `<main>` or `role=main`, else the element that gathers the most paragraph text (readability-style
/// scoring: long paragraphs with commas count, links and page furniture do not).
enum ArticleFinder {
    typealias Node = HTMLNode.Node

    /// Less paragraph text than this in a semantic container means it is a teaser, not the article.
    static let minimumText = 250

    static func find(in top: Node) -> Node {
        var paragraphText: [Node: Int] = [:]
        var scores: [Node: Double] = [:]
        var semantic: [(node: Node, rank: Int)] = []
        var body: Node?

        HTMLNode.forEach(in: top, skip: { PageFurniture.isDropped($0, keepFooterInQuote: false) }) { node in
            guard let tag = HTMLNode.tag(node) else { return }
            switch tag {
            case "body":
                body = node
            case "article":
                semantic.append((node, 0))
            case "main":
                semantic.append((node, 1))
            default:
                if HTMLNode.attribute(node, "role")?.lowercased() == "main" { semantic.append((node, 1)) }
                if HTMLNode.attribute(node, "itemprop")?.lowercased() == "articlebody" { semantic.append((node, 0)) }
            }
            guard tag == "p" || tag == "pre" || tag == "td" else { return }
            let text = HTMLNode.text(of: node)
            let length = text.utf8.count
            guard length >= 25 else { return }
            let links = linkTextLength(node)
            var score = 1.0 + Double(text.utf8.filter { $0 == UInt8(ascii: ",") }.count) + min(Double(length) / 100, 3)
            score *= max(0, 1 - Double(links) / Double(length))
            // Paragraph text counts for every container above it (bounded: deep nesting is not an article).
            var up = node.pointee.parent
            var depth = 0
            while let u = up, u.pointee.type == XML_ELEMENT_NODE, depth < 256 {
                paragraphText[u, default: 0] += length - links
                if depth == 0 { scores[u, default: 0] += score } else if depth == 1 { scores[u, default: 0] += score / 2 }
                up = u.pointee.parent
                depth += 1
            }
        }

        // The semantic container with the most text, articles first.
        for rank in 0...1 {
            let candidates = semantic.filter { $0.rank == rank }.map(\.node)
            if let best = candidates.max(by: { (paragraphText[$0] ?? 0) < (paragraphText[$1] ?? 0) }),
               (paragraphText[best] ?? 0) >= minimumText {
                // Articles are tried before main: an <article> inside <main> is the more precise of the two.
                // Less paragraph text than `minimumText` means teaser cards, not the article.
                return best
            }
        }
        // The best-scoring block, weighed by how much of it is links.
        var best: Node?
        var bestScore = 0.0
        for (node, score) in scores {
            let weighted = score * (1 + classWeight(node))
            if weighted > bestScore {
                bestScore = weighted
                best = node
            }
        }
        return best ?? body ?? top
    }

    /// Class and id words that make a block more or less likely to be the article.
    static func classWeight(_ node: Node) -> Double {
        var weight = 0.0
        for word in HTMLNode.classWords(node) {
            switch word {
            case "article", "story", "body", "content", "entry", "post", "text", "main", "prose":
                weight += 0.25
            case "comment", "comments", "sidebar", "footer", "teaser", "related", "promo", "widget", "nav", "menu":
                weight -= 0.5
            default:
                break
            }
        }
        return max(-0.9, weight)
    }

    /// Bytes of text inside links under `node`.
    static func linkTextLength(_ node: Node) -> Int {
        var total = 0
        HTMLNode.forEach(in: node) { n in
            if HTMLNode.tag(n) == "a" { total += HTMLNode.text(of: n).utf8.count }
        }
        return total
    }
}

/// Page furniture that is never article text: scripts, navigation, ads, share widgets, comments…
enum PageFurniture {
    /// Elements whose content is never shown.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form", "button",
        "input", "select", "textarea", "nav", "aside", "head", "menu", "dialog", "video", "audio", "map", "link", "meta",
    ]

    /// Class and id words of furniture containers.
    static let droppedWords: Set<Substring> = [
        "share", "sharing", "social", "ad", "ads", "advert", "adverts", "advertisement", "adsbygoogle", "adslot",
        "sponsor", "sponsored", "promo", "promotion", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
        "subscription", "signup", "related", "recommended", "recirc", "comment", "comments", "disqus", "sidebar",
        "breadcrumb", "breadcrumbs", "popup", "modal", "outbrain", "taboola", "paywall", "nav", "navbar", "navigation",
        "menu", "masthead", "skip", "toolbar", "trending", "mostread", "teaser", "teasers", "widget", "banner",
        "kicker", "eyebrow", "overline", "rubric", "meta", "posted", "tags", "tag", "cat", "categories", "category",
        "readmore", "more",
    ]

    /// Elements that no reader sees (scripts, embeds, controls), and hidden ones.
    static let neverShownTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "head", "link", "meta", "dialog", "video", "audio", "map",
    ]

    /// Class and id words of the furniture that the reader view leaves inside an article: ad slots, share
    /// and newsletter boxes, related-story lists, cookie notes.
    static let inArticleWords: Set<Substring> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "sponsor", "sponsored",
        "promo", "promotion", "outbrain", "taboola", "share", "sharing", "social", "newsletter", "subscribe",
        "subscription", "signup", "related", "recommended", "recirc", "trending", "mostread", "cookie", "cookies",
        "consent", "gdpr", "paywall", "breadcrumb", "breadcrumbs", "credit", "credits",
    ]

    /// Classes of text kept for screen readers only ("Credit", "Share on Facebook"), never seen.
    static let screenReaderClasses: Set<Substring> = [
        "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screen-reader-only", "offscreen", "a11y-hidden",
    ]

    /// The first word (before a `-` or `_`) of each of `screenReaderClasses`.
    static let screenReaderClassStarts: Set<Substring> = Set(screenReaderClasses.compactMap {
        $0.split(whereSeparator: { $0 == "-" || $0 == "_" }).first
    })

    /// `inArticleWords` and `screenReaderClassStarts` by their word hashes: asked of every element of an
    /// article, where hashing a `Substring` for a `Set` cost more than the rest of the test.
    static let inArticleWordHashes = HashSet64(inArticleWords.map(Words.hash))
    static let screenReaderStartHashes = HashSet64(screenReaderClassStarts.map(Words.hash))
    static let articleBodyHash = Words.hash("articlebody")

    /// True when `node`, inside an extracted article, is furniture by its class or id: a block with such a
    /// word and little text (under 200 characters) or mostly links.
    static func isFurnitureInArticle(_ node: HTMLNode.Node, words known: [Substring]? = nil) -> Bool {
        guard node.pointee.properties != nil, let tag = HTMLNode.tag(node),
              !["article", "main", "body", "blockquote", "html"].contains(tag) else { return false }
        let words = known ?? HTMLNode.classWords(node)
        let hashes = words.map(Words.hash)
        // (A screen-reader class's first word is among the class words: only then are the names read.)
        if hashes.contains(where: { screenReaderStartHashes.contains($0) }),
           HTMLNode.classNames(node).contains(where: { screenReaderClasses.contains($0) }) {
            return true
        }
        guard hashes.contains(where: { inArticleWordHashes.contains($0) }), !hashes.contains(articleBodyHash) else { return false }
        return ReaderView.textStats(node).length < 200 || ReaderView.linkDensity(node) > 0.5
    }

    /// Widget labels that stand alone as a block inside an article.
    static let furnitureLines: Set<String> = Set(Boilerplate.lines).union(ReaderView.adWords).union(ReaderView.loadingWords)
        .union(["related coverage", "related links", "more coverage", "more on this story", "more from this section",
                "see more", "view comments", "slideshow"])

    /// True when `text` (a whole block) is a widget's label: an ad, loading, related-stories or share label,
    /// or a slideshow's count ("Slideshow ( 3 images )").
    static func isFurnitureLine(_ text: String) -> Bool {
        var line = Sanitiser.singleLine(text).lowercased()
        while let last = line.last, last == "." || last == ":" || last == "!" || last == " " || last == "…" { line.removeLast() }
        if furnitureLines.contains(line) { return true }
        return line.hasPrefix("slideshow (") && line.hasSuffix("images )") || line.hasPrefix("slideshow (") && line.hasSuffix("images)")
    }

    /// True when `node` is never shown (whatever its class says).
    static func isNeverShown(_ node: HTMLNode.Node) -> Bool {
        guard let tag = HTMLNode.tag(node) else { return node.pointee.type == XML_COMMENT_NODE }
        return neverShownTags.contains(tag) || !ReaderView.isProbablyVisible(node)
    }

    /// True when `node` and everything under it is dropped. A `<footer>` inside a blockquote is its cite.
    static func isDropped(_ node: HTMLNode.Node, keepFooterInQuote: Bool) -> Bool {
        guard let tag = HTMLNode.tag(node) else {
            return node.pointee.type == XML_COMMENT_NODE
        }
        if droppedTags.contains(tag) { return true }
        if tag == "footer" || tag == "header" {
            if tag == "footer" && keepFooterInQuote && insideQuote(node) { return false }
            // A header inside the article holds its title and byline; the page's header does not.
            if tag == "header" { return !insideArticle(node) }
            return true
        }
        if HTMLNode.attribute(node, "hidden") != nil { return true }
        if HTMLNode.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let style = HTMLNode.attribute(node, "style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = HTMLNode.attribute(node, "role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search"].contains(role) {
            return true
        }
        // Embedded posts are quotes, whatever their class says.
        if tag == "blockquote" { return false }
        let words = HTMLNode.classWords(node)
        if words.contains(where: { droppedWords.contains($0) }) {
            // "article-body" with a stray word like "ad-free" is still the article: only whole-word matches
            // on containers that are not the article itself.
            return !words.contains("articlebody") && tag != "article" && tag != "main" && tag != "body"
        }
        return false
    }

    static func insideQuote(_ node: HTMLNode.Node) -> Bool {
        var up = node.pointee.parent
        var depth = 0
        while let u = up, depth < 64 {
            if HTMLNode.tag(u) == "blockquote" { return true }
            up = u.pointee.parent
            depth += 1
        }
        return false
    }

    static func insideArticle(_ node: HTMLNode.Node) -> Bool {
        var up = node.pointee.parent
        var depth = 0
        while let u = up, depth < 64 {
            if let t = HTMLNode.tag(u), t == "article" || t == "main" { return true }
            up = u.pointee.parent
            depth += 1
        }
        return false
    }
}
