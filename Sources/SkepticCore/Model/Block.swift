/// A block of the document: a range of its text with a kind, the source line it starts on and its section.
public struct Block: Sendable, Equatable {
    /// What a block is.
    public enum Kind: Sendable, Equatable {
        /// The document title (the root heading).
        case title
        /// A heading that opens section `section`; `level` is its depth in the tree (1 = top).
        case heading(level: Int)
        /// Running text; hard-wrapped lines inside are joined when laid out.
        case paragraph
        /// A list item; `marker` is what the source used ("-", "•", "1.", "a)").
        case listItem(marker: String)
        /// A separator line ("———", "* * *").
        case separator
        /// A quoted source: an embedded post, an indented or `>` quotation.
        case quote
        /// A metadata line shown under the title (keywords, byline, date).
        case metadata(Metadata.Key)
    }

    public var kind: Kind
    /// The bytes of the block's content in `Document.text` (marker and surrounding whitespace excluded).
    public var range: Range<Int>
    /// For quotes: where the attribution line ("— Name (@handle) Date") starts, if there is one.
    public var attributionStart: Int?
    /// The 1-based source line of the block's first line.
    public var line: Int
    /// The innermost section containing this block.
    public var section: Int

    public init(kind: Kind, range: Range<Int>, attributionStart: Int? = nil, line: Int, section: Int = 0) {
        self.kind = kind
        self.range = range
        self.attributionStart = attributionStart
        self.line = line
        self.section = section
    }

    /// True for the title and headings.
    public var isHeading: Bool {
        switch kind {
        case .title, .heading: return true
        default: return false
        }
    }
}
