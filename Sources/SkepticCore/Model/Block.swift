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
        /// A list item; `marker` is what the source used ("-", "•", "1.", "a)", "[x]"); `depth` is its nesting
        /// (0 for a top-level list).
        case listItem(marker: String, depth: Int = 0)
        /// A separator line ("———", "* * *").
        case separator
        /// A quoted source: an embedded post, an indented or `>` quotation.
        case quote
        /// A metadata line shown under the title (keywords, byline, date).
        case metadata(Metadata.Key)
        /// A figure's caption, or an image standing alone: shown, not analysed as prose.
        case caption
        /// Preformatted text (a code block): lines kept as they are, never analysed as prose.
        case code
        /// A table: rows separated by `Block.rowSeparator`, cells by `Block.cellSeparator`; `header` when the
        /// first row heads the columns.
        case table(header: Bool)
        /// An entry of the link list at the end of a Markdown or HTML article: `marker` ("[3]") and the URL.
        case reference(marker: String)
    }

    /// Separates the rows of a `.table` block's text (ASCII record separator).
    public static let rowSeparator: UInt8 = 0x1E
    /// Separates the cells of a row of a `.table` block's text (ASCII unit separator).
    public static let cellSeparator: UInt8 = 0x1F

    public var kind: Kind
    // Stored in 32 bits (documents are limited to 4 GiB): a 100 MiB article has hundreds of thousands of blocks.
    private var start: UInt32
    private var end: UInt32
    private var attribution: UInt32
    private var firstLine: UInt32
    private var sectionIndex: UInt32

    /// The bytes of the block's content in `Document.text` (marker and surrounding whitespace excluded).
    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(truncatingIfNeeded: newValue.lowerBound)
            end = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    /// For quotes: where the attribution line ("— Name (@handle) Date") starts, if there is one.
    public var attributionStart: Int? {
        get { attribution == UInt32.max ? nil : Int(attribution) }
        set { attribution = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max }
    }

    /// The 1-based source line of the block's first line.
    public var line: Int {
        get { Int(firstLine) }
        set { firstLine = UInt32(truncatingIfNeeded: newValue) }
    }

    /// The innermost section containing this block.
    public var section: Int {
        get { Int(sectionIndex) }
        set { sectionIndex = UInt32(truncatingIfNeeded: newValue) }
    }

    public init(kind: Kind, range: Range<Int>, attributionStart: Int? = nil, line: Int, section: Int = 0) {
        self.kind = kind
        start = UInt32(truncatingIfNeeded: range.lowerBound)
        end = UInt32(truncatingIfNeeded: range.upperBound)
        attribution = attributionStart.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max
        firstLine = UInt32(truncatingIfNeeded: line)
        sectionIndex = UInt32(truncatingIfNeeded: section)
    }

    /// True for the title and headings.
    public var isHeading: Bool {
        switch kind {
        case .title, .heading: return true
        default: return false
        }
    }
}
