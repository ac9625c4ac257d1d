import CLibXML2

/// An RSS 2.0 or Atom feed: its title and items (title, address, date, source), read with libxml2 (no
/// network, no outside entities).
public struct Feed: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var title: String
        /// The item's article: an absolute address when the feed has one to resolve against.
        public var link: String
        public var date: String?
        /// Who published it: the item's `<source>` or author, else the feed's title.
        public var source: String?

        public init(title: String, link: String, date: String? = nil, source: String? = nil) {
            self.title = title
            self.link = link
            self.date = date
            self.source = source
        }
    }

    public var title: String
    public var items: [Item]

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }

    /// Whether bytes start as a feed does: an `<rss` or Atom `<feed` root within the first kilobyte (after
    /// an XML declaration, comments or a BOM). Cheap: used to tell a feed from an article.
    public static func looksLikeFeed<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        guard let open = head.firstIndex(where: { !" \n\r\t\u{FEFF}".contains($0) }), head[open] == "<" else { return false }
        var rest = head[open...]
        // Skip the declaration, processing instructions and comments before the root.
        while rest.hasPrefix("<?") || rest.hasPrefix("<!--") {
            guard let end = rest.range(of: rest.hasPrefix("<?") ? "?>" : "-->") else { return false }
            rest = rest[end.upperBound...].drop { " \n\r\t".contains($0) }
        }
        return rest.hasPrefix("<rss") || (rest.hasPrefix("<feed") && rest.contains("http://www.w3.org/2005/atom"))
            || rest.hasPrefix("<rdf:rdf")
    }

    /// The feed in `bytes`, its links resolved against `base` (the feed's address or path); nil when the
    /// bytes are no RSS or Atom feed.
    public static func parse(_ bytes: [UInt8], base: String? = nil) -> Feed? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        var errors: Int32 = 0
        let doc = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { sk_xml_read($0, Int32(buffer.count), &errors) }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        var feed: Feed
        switch name(root) {
        case "rss", "RDF":
            let channel = children(root).first { name($0) == "channel" }
            feed = Feed(title: channel.map { text(of: "title", in: $0) } ?? "", items: [])
            // RSS 2.0 items are in the channel; RSS 1.0 (RDF) items beside it.
            let items = (channel.map(children) ?? []).filter { name($0) == "item" } + children(root).filter { name($0) == "item" }
            feed.items = items.map { item in
                Item(title: text(of: "title", in: item), link: text(of: "link", in: item).trimmingSpaces,
                     date: nonEmpty(text(of: "pubDate", in: item)) ?? nonEmpty(text(of: "date", in: item)),
                     source: nonEmpty(text(of: "source", in: item)) ?? nonEmpty(text(of: "creator", in: item)))
            }
        case "feed":
            feed = Feed(title: text(of: "title", in: root), items: [])
            feed.items = children(root).filter { name($0) == "entry" }.map { entry in
                Item(title: text(of: "title", in: entry), link: atomLink(entry),
                     date: nonEmpty(text(of: "published", in: entry)) ?? nonEmpty(text(of: "updated", in: entry)),
                     source: children(entry).first { name($0) == "author" }.flatMap { nonEmpty(text(of: "name", in: $0)) })
            }
        default:
            return nil
        }
        feed.title = Sanitiser.singleLine(collapsed(feed.title))
        feed.items = feed.items.compactMap { item in
            var item = item
            item.title = Sanitiser.singleLine(collapsed(item.title))
            if let base, let resolved = LinkResolver.resolve(item.link, against: base) { item.link = resolved }
            if item.title.isEmpty { item.title = item.link }
            item.source = (item.source.map(collapsed) ?? nil).flatMap(nonEmpty) ?? nonEmpty(feed.title)
            return item.link.isEmpty ? nil : item
        }
        return feed
    }

    /// The feed as a Markdown article: its title, then an item a line with its link, date and source, so that
    /// its items are numbered links too.
    public func listing() -> String {
        var out = "# " + Self.escaped(title.isEmpty ? "Feed" : title) + "\n\n"
        if items.isEmpty { out += "This feed has no items.\n" }
        for item in items {
            let details = [item.date, item.source].compactMap { $0 }.map(Self.escaped).joined(separator: " · ")
            out += "- [" + Self.escaped(item.title) + "](<" + item.link.filter { $0 != ">" && $0 != "<" && $0 != "\n" } + ">)"
            out += details.isEmpty ? "\n" : " — " + details + "\n"
        }
        return out
    }

    // MARK: - The tree

    private typealias Node = UnsafeMutablePointer<xmlNode>

    private static func name(_ node: Node) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func children(_ node: Node) -> [Node] {
        var out: [Node] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    /// The text of the first child element called `name` (its namespace prefix ignored).
    private static func text(of name: String, in node: Node) -> String {
        guard let child = children(node).first(where: { self.name($0) == name }), let content = xmlNodeGetContent(child) else { return "" }
        defer { sk_xml_free(content) }
        return String(cString: content)
    }

    /// An Atom entry's article: its `rel="alternate"` link (or one without `rel`).
    private static func atomLink(_ entry: Node) -> String {
        let links = children(entry).filter { name($0) == "link" }
        func attribute(_ node: Node, _ key: String) -> String? {
            guard let value = xmlGetProp(node, key) else { return nil }
            defer { sk_xml_free(value) }
            return String(cString: value)
        }
        let chosen = links.first { (attribute($0, "rel") ?? "alternate") == "alternate" } ?? links.first
        return chosen.flatMap { attribute($0, "href") }?.trimmingSpaces ?? ""
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    private static func nonEmpty(_ text: String) -> String? {
        let t = collapsed(text)
        return t.isEmpty ? nil : t
    }

    /// Markdown's punctuation escaped, so that a title stays text.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]<>#!|".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
