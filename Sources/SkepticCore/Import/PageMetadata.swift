import CLibXML2

/// What a page says about its article, read as the reader view reads it: the title from JSON-LD, Dublin
/// Core, Open Graph, Twitter or Parse.ly metadata, else `<title>` without the site's part; the byline from
/// JSON-LD's author or an `author` meta tag; the site name, published date, language and excerpt.
struct PageMetadata {
    var title: String?
    var byline: String?
    var site: String?
    var published: String?
    var excerpt: String?
    /// The page's language (`lang` of `<html>`, else of `<body>`).
    var language: String?
    /// The page's direction (`dir` of `<html>` or `<body>`, the nearer one): "ltr", "rtl" or "auto".
    var direction: String?
    /// The page's own address: `<link rel=canonical>`, else `og:url`.
    var url: String?
    /// Source lines of the entries, for the reader's "+LINE".
    var bylineLine = 1
    var titleLine = 1
    var dateLine = 1
    var siteLine = 1

    /// What the page's head and headings say, gathered in one walk.
    private struct Gathered {
        var values: [String: (value: String, line: Int)] = [:]
        var jsonLD: [String: String] = [:]
        var jsonLDLine = 1
        var titleTag: String?
        var titleTagLine = 1
        var headings: [String] = []
        var h1s: [String] = []
        var url: String?

        func first(_ keys: [String]) -> (value: String, line: Int)? {
            for k in keys { if let v = values[k] { return v } }
            return nil
        }
    }

    init(top: HTMLNode.Node) {
        readLanguageAndDirection(top)
        var page = Self.gather(top)
        url = page.url
        let documentTitle = Self.articleTitle(page.titleTag.map(Sanitiser.singleLine) ?? "", headings: page.headings, h1s: page.h1s)
        if let name = page.jsonLD["name"], let headline = page.jsonLD["headline"], name != headline {
            let nameMatches = ReaderView.similarity(name, documentTitle) > 0.75
            let headlineMatches = ReaderView.similarity(headline, documentTitle) > 0.75
            page.jsonLD["title"] = headlineMatches && !nameMatches ? headline : name
        } else {
            page.jsonLD["title"] = page.jsonLD["name"] ?? page.jsonLD["headline"]
        }
        chooseTitle(page, documentTitle: documentTitle)
        chooseByline(page)
        excerpt = page.jsonLD["description"] ?? page.first(["dc:description", "dcterm:description", "og:description",
                                                            "weibo:article:description", "weibo:webpage:description",
                                                            "description", "twitter:description"])?.value
        if let s = page.jsonLD["siteName"] { site = s } else if let s = page.values["og:site_name"] { site = s.value; siteLine = s.line }
        if let d = page.jsonLD["datePublished"] {
            published = d
        } else if let d = page.first(["article:published_time", "parsely-pub-date"]) {
            published = d.value
            dateLine = d.line
        }
        normalise()
    }

    /// `lang` and `dir` of `<html>`, else of `<body>`.
    private mutating func readLanguageAndDirection(_ top: HTMLNode.Node) {
        guard HTMLNode.tag(top) == "html" else { return }
        let body = HTMLNode.firstElement(in: top, named: "body", where: { _ in true })
        for node in [body, top].compactMap({ $0 }) {
            if let dir = HTMLNode.attribute(node, "dir")?.trimmingSpaces.lowercased(), ["ltr", "rtl", "auto"].contains(dir),
               direction == nil {
                direction = dir
            }
        }
        for node in [top, body].compactMap({ $0 }) {
            if let lang = HTMLNode.attribute(node, "lang")?.trimmingSpaces, !lang.isEmpty, language == nil {
                language = Sanitiser.singleLine(lang)
            }
        }
    }

    /// The title, JSON-LD and meta tags, canonical address and headings of the page.
    private static func gather(_ top: HTMLNode.Node) -> Gathered {
        var page = Gathered()
        HTMLNode.forEach(in: top) { node in
            guard let tag = HTMLNode.tag(node) else { return }
            switch tag {
            case "title":
                if page.titleTag == nil { page.titleTag = HTMLNode.text(of: node); page.titleTagLine = HTMLNode.line(node) }
            case "h1", "h2":
                let text = HTMLNode.text(of: node)
                page.headings.append(text)
                if tag == "h1" { page.h1s.append(text) }
            case "script":
                guard page.jsonLD.isEmpty, HTMLNode.attribute(node, "type")?.lowercased() == "application/ld+json",
                      let content = node.pointee.children?.pointee.content else { return }
                page.jsonLD = Self.readJSONLD(String(cString: content))
                page.jsonLDLine = HTMLNode.line(node)
            case "link":
                if page.url == nil, HTMLNode.attribute(node, "rel")?.lowercased() == "canonical",
                   let href = HTMLNode.attribute(node, "href")?.trimmingSpaces, !href.isEmpty {
                    page.url = href
                }
            case "meta":
                readMeta(node, into: &page)
            default:
                break
            }
        }
        return page
    }

    private static func readMeta(_ node: HTMLNode.Node, into page: inout Gathered) {
        if page.url == nil, HTMLNode.attribute(node, "property")?.lowercased() == "og:url",
           let content = HTMLNode.attribute(node, "content")?.trimmingSpaces, !content.isEmpty {
            page.url = content
        }
        guard let content = HTMLNode.attribute(node, "content")?.trimmingSpaces, !content.isEmpty else { return }
        let line = HTMLNode.line(node)
        if let property = HTMLNode.attribute(node, "property"), let key = Self.propertyKey(property) {
            page.values[key] = (content, line)
        } else if let name = HTMLNode.attribute(node, "name"), let key = Self.nameKey(name) {
            page.values[key] = (content, line)
        }
    }

    /// JSON-LD's title, else the first meta tag's, else `<title>` without the site's part (or the lone h1).
    private mutating func chooseTitle(_ page: Gathered, documentTitle: String) {
        if let t = page.jsonLD["title"] {
            title = t
            titleLine = page.jsonLDLine
        } else if let t = page.first(["dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                                      "title", "twitter:title", "parsely-title"]) {
            title = t.value
            titleLine = t.line
        }
        guard title == nil || title?.isEmpty == true else { return }
        title = documentTitle
        titleLine = page.titleTagLine
        // "Tolls | Port News" kept whole (too short without its site part) while the page's only h1
        // reads "Tolls rise": the h1, which holds the title's own part, is the headline.
        if let h1 = page.h1s.first, page.h1s.count == 1, let head = Self.headBeforeSeparator(page.titleTag ?? ""),
           ReaderView.similarity(h1, head) == 1, documentTitle != Sanitiser.singleLine(h1), h1.count <= 150 {
            title = Sanitiser.singleLine(h1)
        }
    }

    /// JSON-LD's author (or a fuller author tag), else the author meta tags, else Open Graph's author name.
    private mutating func chooseByline(_ page: Gathered) {
        let metaAuthor = page.first(["dc:creator", "dcterm:creator", "author", "parsely-author"])
        if let b = page.jsonLD["byline"] {
            byline = b
            // An author tag naming more people than the JSON-LD (which often lists only the first) is fuller.
            if let m = metaAuthor, m.value.count > b.count, m.value.contains(b), !m.value.hasPrefix("http") {
                byline = m.value
                bylineLine = m.line
            }
        } else if let b = metaAuthor {
            byline = b.value
            bylineLine = b.line
        } else if let b = page.values["article:author"], !b.value.hasPrefix("http://"), !b.value.hasPrefix("https://") {
            // Open Graph's author is often the address of the author's profile: only a name is a byline.
            byline = b.value
            bylineLine = b.line
        }
    }

    /// Entities left by double escaping decoded, control characters made visible, empty values dropped,
    /// the site's name taken off the title.
    private mutating func normalise() {
        title = title.map(Self.unescape).map(Sanitiser.singleLine).flatMap { $0.isEmpty ? nil : $0 }
        byline = byline.map(Self.unescape).map(Sanitiser.singleLine).flatMap { $0.isEmpty ? nil : $0 }
        site = site.map(Self.unescape).map(Sanitiser.singleLine).flatMap { $0.isEmpty ? nil : $0 }
        if let t = title, let site { title = Self.withoutSiteName(t, site: site) }
        published = published.map(Self.unescape).flatMap { $0.isEmpty ? nil : $0 }
        excerpt = excerpt.map(Self.unescape)
    }

    // MARK: - Meta tags

    static let propertyPrefixes: Set<Substring> = ["article", "dc", "dcterm", "og", "twitter"]
    static let propertyNames: Set<Substring> = ["author", "creator", "description", "published_time", "title", "site_name"]

    /// `property="og:title"` (a space-separated list; spaces around the colon allowed) → "og:title".
    static func propertyKey(_ property: String) -> String? {
        var compact = property.lowercased()
        while compact.contains(" :") { compact = compact.replacingAll(" :", with: ":") }
        while compact.contains(": ") { compact = compact.replacingAll(": ", with: ":") }
        for token in compact.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            // "og:article:author" holds "article:author".
            let parts = token.split(separator: ":", omittingEmptySubsequences: false)
            for i in parts.indices.dropLast() where propertyPrefixes.contains(parts[i]) && propertyNames.contains(parts[i + 1]) {
                return parts[i] + ":" + parts[i + 1]
            }
        }
        return nil
    }

    static let namePrefixes = ["weibo:article", "weibo:webpage", "dcterm", "dc", "og", "twitter", "parsely"]
    static let nameWords: Set<String> = ["author", "creator", "pub-date", "description", "title", "site_name"]

    /// `name="dc.creator"` → "dc:creator"; `name="author"` → "author"; nil for other names.
    static func nameKey(_ name: String) -> String? {
        let lower = name.lowercased().trimmingSpaces
        if nameWords.contains(lower) { return lower }
        for prefix in namePrefixes where lower.hasPrefix(prefix) {
            var rest = lower.dropFirst(prefix.count).drop { $0 == " " }
            guard let sep = rest.first, sep == "-" || sep == "." || sep == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " }
            if nameWords.contains(String(rest)) {
                return String(lower.filter { !$0.isWhitespace }).replacingAll(".", with: ":")
            }
        }
        return nil
    }

    // MARK: - The title

    static let separators: Set<Character> = ["|", "-", "\\", "/", ">", "»"]
    static let hierarchical: Set<Character> = ["\\", "/", ">", "»"]

    /// `<title>` without the site's name: "Headline | Site" → "Headline", unless what is left is too short
    /// to be a headline; a lone `h1` when the title is very short or long.
    static func articleTitle(_ original: String, headings: [String], h1s: [String]) -> String {
        let orig = original.trimmingSpaces
        var current = orig
        let chars = Array(orig)
        func wordCount(_ s: String) -> Int { s.split(separator: " ", omittingEmptySubsequences: false).count }
        var hadHierarchical = false
        var spacedSeparator = false
        for i in chars.indices where i > 0 && i + 1 < chars.count && chars[i - 1] == " " && chars[i + 1] == " " && separators.contains(chars[i]) {
            spacedSeparator = true
            if hierarchical.contains(chars[i]) { hadHierarchical = true }
        }
        if spacedSeparator {
            // Up to the last separator followed by a space.
            if let last = chars.indices.last(where: { $0 + 1 < chars.count && separators.contains(chars[$0]) && chars[$0 + 1] == " " }) {
                current = String(chars[..<last])
            }
            if wordCount(current) < 3, let firstSep = chars.firstIndex(where: { separators.contains($0) }) {
                current = String(chars[(firstSep + 1)...])
            }
        } else if orig.contains(": ") {
            if !headings.contains(where: { $0.trimmingSpaces == orig }) {
                let lastColon = chars.lastIndex(of: ":")!
                current = String(chars[(lastColon + 1)...])
                let firstColon = chars.firstIndex(of: ":")!
                if wordCount(current) < 3 {
                    current = String(chars[(firstColon + 1)...])
                } else if wordCount(String(chars[..<firstColon])) > 5 {
                    current = orig
                }
            }
        } else if orig.count > 150 || orig.count < 15 {
            if h1s.count == 1 { current = h1s[0] }
        }
        current = Sanitiser.singleLine(current.trimmingSpaces)
        let count = wordCount(current)
        if count <= 4 && (!hadHierarchical || count != wordCount(String(orig.filter { !separators.contains($0) })) - 1) {
            current = orig
        }
        return current
    }

    /// The part of a `<title>` before its first spaced separator ("Tolls" in "Tolls | Port News"), if any.
    static func headBeforeSeparator(_ title: String) -> String? {
        let chars = Array(Sanitiser.singleLine(title))
        guard let i = chars.indices.first(where: { $0 > 0 && $0 + 1 < chars.count && chars[$0 - 1] == " " && chars[$0 + 1] == " "
                                                  && (separators.contains(chars[$0]) || chars[$0] == "—" || chars[$0] == "–") })
        else { return nil }
        let head = String(chars[..<(i - 1)]).trimmingSpaces
        return head.isEmpty ? nil : head
    }

    /// "Headline | Site Name" → "Headline" when the part after the last separator is the site's name (what
    /// is left has to be a headline of two words or more).
    static func withoutSiteName(_ title: String, site: String) -> String {
        let chars = Array(title)
        guard let last = chars.indices.last(where: { $0 > 0 && $0 + 1 < chars.count && chars[$0 - 1] == " " && chars[$0 + 1] == " "
                                                    && (separators.contains(chars[$0]) || chars[$0] == "—" || chars[$0] == "–") })
        else { return title }
        let tail = String(chars[(last + 2)...]).trimmingSpaces
        let head = String(chars[..<(last - 1)]).trimmingSpaces
        guard tail.lowercased() == site.lowercased(), head.split(separator: " ").count >= 2 else { return title }
        return head
    }

    // MARK: - JSON-LD

    /// The fields of a schema.org article in a JSON-LD script: name, headline, byline, description,
    /// siteName, datePublished.
    static func readJSONLD(_ text: String) -> [String: String] {
        var source = text.trimmingSpaces
        if source.hasPrefix("<![CDATA[") { source = String(source.dropFirst(9)) }
        if source.hasSuffix("]]>") { source = String(source.dropLast(3)) }
        guard var parsed = JSONValue.parse(source) else { return [:] }
        // A list of items (breadcrumbs, the organisation, the article): the article.
        if case .array(let items) = parsed {
            guard let article = items.first(where: { if case .string(let t)? = $0["@type"] { return isArticleType(t) } else { return false } })
            else { return [:] }
            parsed = article
        }
        func isSchemaOrg(_ value: JSONValue?) -> Bool {
            guard case .string(let context)? = value else { return false }
            return context == "http://schema.org" || context == "https://schema.org" || context == "http://schema.org/"
                || context == "https://schema.org/"
        }
        guard isSchemaOrg(parsed["@context"]) || isSchemaOrg(parsed["@context"]?["@vocab"]) else { return [:] }
        if parsed["@type"] == nil, case .array(let graph)? = parsed["@graph"] {
            guard let article = graph.first(where: { if case .string(let t)? = $0["@type"] { return isArticleType(t) } else { return false } })
            else { return [:] }
            parsed = article
        }
        guard case .string(let type)? = parsed["@type"], isArticleType(type) else { return [:] }
        var out: [String: String] = [:]
        if case .string(let s)? = parsed["name"] { out["name"] = s.trimmingSpaces }
        if case .string(let s)? = parsed["headline"] { out["headline"] = s.trimmingSpaces }
        switch parsed["author"] {
        case .object?:
            if case .string(let s)? = parsed["author"]?["name"] { out["byline"] = s.trimmingSpaces }
        case .array(let authors)?:
            if case .string? = authors.first?["name"] {
                let names = authors.compactMap { a -> String? in if case .string(let s)? = a["name"] { return s.trimmingSpaces } else { return nil } }
                out["byline"] = names.joined(separator: ", ")
            }
        default:
            break
        }
        if case .string(let s)? = parsed["description"] { out["description"] = s.trimmingSpaces }
        if case .string(let s)? = parsed["publisher"]?["name"] { out["siteName"] = s.trimmingSpaces }
        if case .string(let s)? = parsed["datePublished"] { out["datePublished"] = s.trimmingSpaces }
        return out
    }

    static let articleTypes = [
        "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle", "AskPublicNewsArticle", "BackgroundNewsArticle",
        "OpinionNewsArticle", "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
        "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting",
        "DiscussionForumPosting", "TechArticle",
    ]

    static func isArticleType(_ type: String) -> Bool {
        type.hasPrefix("Article") || type.hasSuffix("APIReference") || articleTypes.contains { type.contains($0) }
    }

    /// `&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;` and numeric references left in metadata by double escaping.
    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[amp...]
            guard let semi = after.firstIndex(of: ";"), after.distance(from: amp, to: semi) <= 10 else {
                out.append("&")
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let name = after[after.index(after: amp)..<semi]
            var replacement: String?
            switch name {
            case "quot": replacement = "\""
            case "amp": replacement = "&"
            case "apos": replacement = "'"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            default:
                if name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                    if let value {
                        let scalar = Unicode.Scalar(value == 0 || value > 0x10FFFF ? 0xFFFD : value) ?? "\u{FFFD}"
                        replacement = String(Character(scalar))
                    }
                }
            }
            if let replacement {
                out += replacement
                rest = rest[rest.index(after: semi)...]
            } else {
                out.append("&")
                rest = rest[rest.index(after: amp)...]
            }
        }
        out += rest
        return out
    }
}

public extension String {
    /// Every occurrence of `target` replaced (without Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

// MARK: - JSON

/// A small JSON reader for the page's JSON-LD (SkepticCore does without Foundation).
indirect enum JSONValue {
    case string(String), number(Double), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    static func parse(_ text: String) -> JSONValue? {
        var reader = Reader(bytes: Array(text.utf8))
        guard let value = reader.value() else { return nil }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0
        var depth = 0

        mutating func skip() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func value() -> JSONValue? {
            skip()
            guard i < bytes.count, depth < 64 else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                depth += 1
                defer { depth -= 1 }
                var object: [String: JSONValue] = [:]
                skip()
                if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                while true {
                    skip()
                    guard case .string(let key)? = string() else { return nil }
                    skip()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                    i += 1
                    guard let v = value() else { return nil }
                    if object[key] == nil { object[key] = v }
                    skip()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
                    return nil
                }
            case UInt8(ascii: "["):
                i += 1
                depth += 1
                defer { depth -= 1 }
                var array: [JSONValue] = []
                skip()
                if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                while true {
                    guard let v = value() else { return nil }
                    array.append(v)
                    skip()
                    guard i < bytes.count else { return nil }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
                    return nil
                }
            case UInt8(ascii: "\""):
                return string()
            case UInt8(ascii: "t"):
                return literal("true", .bool(true))
            case UInt8(ascii: "f"):
                return literal("false", .bool(false))
            case UInt8(ascii: "n"):
                return literal("null", .null)
            default:
                let start = i
                while i < bytes.count, let c = Optional(bytes[i]), (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45 { i += 1 }
                guard i > start, let d = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else { return nil }
                return .number(d)
            }
        }

        mutating func literal(_ word: String, _ v: JSONValue) -> JSONValue? {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { return nil }
            i += w.count
            return v
        }

        mutating func string() -> JSONValue? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            var out: [UInt8] = []
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    return .string(String(decoding: out, as: UTF8.self))
                }
                if c == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    let e = bytes[i + 1]
                    i += 2
                    switch e {
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "b"), UInt8(ascii: "f"): out.append(0x20)
                    case UInt8(ascii: "u"):
                        guard i + 4 <= bytes.count, var code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else { return nil }
                        i += 4
                        if code >= 0xD800 && code < 0xDC00, i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                           let low = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16), low >= 0xDC00 && low < 0xE000 {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
                    default: out.append(e)
                    }
                    continue
                }
                out.append(c)
                i += 1
            }
            return nil
        }
    }
}
