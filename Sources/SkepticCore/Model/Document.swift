/// An imported article: its text stored once as UTF-8, the blocks that are ranges into it, and its section tree.
public struct Document: Sendable {
    /// The direction the article's text runs in, as the page says it (`dir`, or a right-to-left language).
    public enum Direction: String, Sendable {
        case leftToRight = "ltr"
        case rightToLeft = "rtl"
    }

    /// The source format the document was imported from.
    public enum Format: String, Sendable, CaseIterable {
        case plainText = "text"
        case markdown
        case html
    }

    /// The whole text, UTF-8, after decoding (BOM removed, CRLF turned into LF).
    public let text: [UInt8]
    /// The article's format.
    public let format: Format
    /// The name shown for the document (the file name, or "stdin", or "tour").
    public let name: String
    /// Metadata lines found around the title (keywords, byline, date).
    public let metadata: [Metadata]
    /// The blocks in document order.
    public let blocks: [Block]
    /// The section tree, flattened in document order; `sections[0]` is the root (the title or the file name).
    public let sections: [Section]
    /// The source encoding when it was not UTF-8 (e.g. "windows-1252"), else nil.
    public let decodedFrom: String?
    /// Inline styles (emphasis, code spans, links…) from Markdown and HTML, ordered by start; they may nest.
    public let inlines: [InlineStyle]
    /// The URLs of the article's links, in the order of their markers ("[1]" is `links[0]`).
    public let links: [String]
    /// Problems the importer recovered from (e.g. malformed HTML), counted rather than shown.
    public let importWarnings: Int
    /// How the text was found when it is not the article itself (a web page with no article shows its
    /// text: "no article found: showing the page's text"), for the status line and the reports; else nil.
    public let extractionNote: String?
    /// The article's language as its page names it (a BCP 47 tag such as "en" or "ar-EG"), else nil.
    public let language: String?
    /// The direction of the article's text when its page gives one, else nil (left to right).
    public let direction: Direction?

    public init(text: [UInt8], format: Format, name: String, metadata: [Metadata], blocks: [Block],
                sections: [Section], decodedFrom: String? = nil, inlines: [InlineStyle] = [], links: [String] = [],
                importWarnings: Int = 0, extractionNote: String? = nil, language: String? = nil, direction: Direction? = nil) {
        self.extractionNote = extractionNote
        self.language = language
        self.direction = direction
        self.inlines = inlines
        self.links = links
        self.importWarnings = importWarnings
        self.text = text
        self.format = format
        self.name = name
        self.metadata = metadata
        self.blocks = blocks
        self.sections = sections
        self.decodedFrom = decodedFrom
    }

    /// The document's title: the root section's title.
    public var title: String { sections[0].title }

    /// The text of a byte range, decoded (the range is always on character boundaries).
    public func string(_ range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The raw text of a block's range.
    public func string(of block: Block) -> String { string(block.range) }

    /// The innermost section that contains block `index`.
    public func section(containingBlock index: Int) -> Int {
        guard !blocks.isEmpty else { return 0 }
        return blocks[min(max(index, 0), blocks.count - 1)].section
    }

    /// True when the document has no text to show.
    public var isEmpty: Bool { blocks.isEmpty }
}

/// One metadata entry (keywords, byline, date) found in the article's header.
public struct Metadata: Sendable, Equatable {
    /// What the entry is.
    public enum Key: String, Sendable { case keywords, byline, date, site, summary, note }
    public let key: Key
    public let value: String
    /// The 1-based source line.
    public let line: Int

    public init(key: Key, value: String, line: Int) {
        self.key = key
        self.value = value
        self.line = line
    }
}

/// A styled range of inline text from Markdown or HTML markup.
public struct InlineStyle: Sendable, Equatable {
    /// What the markup was.
    public enum Kind: UInt8, Sendable {
        case emphasis, strong, strikethrough, code, link, linkMarker, image, footnote
    }

    public let kind: Kind
    private let start: UInt32
    private let end: UInt32

    /// The styled bytes of `Document.text`.
    public var range: Range<Int> { Int(start)..<Int(end) }

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        start = UInt32(truncatingIfNeeded: range.lowerBound)
        end = UInt32(truncatingIfNeeded: range.upperBound)
    }
}

extension Document {
    /// A path's last component, the one way a file is named on the screen, in titles and in messages.
    public static func displayName(ofPath path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The document's file name as the reader shows it (its name's last path component).
    public var displayName: String { Self.displayName(ofPath: name) }
}
