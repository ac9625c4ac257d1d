/// A node of the section tree: a heading and the blocks up to the next heading of the same or a higher level.
public struct Section: Sendable, Equatable {
    /// Index in `Document.sections`.
    public let id: Int
    /// The heading text, single-line and sanitised.
    public let title: String
    /// Depth in the tree: 0 for the root, 1 for top-level sections.
    public let level: Int
    /// The parent section, nil for the root.
    public let parent: Int?
    /// The heading's 1-based source line; nil for a root without a title line.
    public let line: Int?
    /// The block that holds the heading (nil for a root without a title).
    public let headingBlock: Int?
    /// The first block of the section (its heading, when it has one).
    public var firstBlock: Int
    /// One past the last block of the section, subsections included.
    public var endBlock: Int
    /// Child sections in order.
    public var children: [Int]

    public init(id: Int, title: String, level: Int, parent: Int?, line: Int?, headingBlock: Int?,
                firstBlock: Int, endBlock: Int, children: [Int] = []) {
        self.id = id
        self.title = title
        self.level = level
        self.parent = parent
        self.line = line
        self.headingBlock = headingBlock
        self.firstBlock = firstBlock
        self.endBlock = endBlock
        self.children = children
    }
}
