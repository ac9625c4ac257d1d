import SkepticCore

/// A place in the laid-out document: a block and a line within it.
public struct LinePosition: Sendable, Equatable, Comparable {
    public var block: Int
    public var line: Int

    public init(block: Int, line: Int) {
        self.block = block
        self.line = line
    }

    public static func < (a: LinePosition, b: LinePosition) -> Bool {
        a.block != b.block ? a.block < b.block : a.line < b.line
    }
}

/// The document laid out for one text width, block by block on demand: the first screen costs only
/// the blocks it shows, whatever the document's size.
public struct DocumentLayout: Sendable {
    public let document: Document
    public let width: Int
    /// The analysis to highlight, when there is one.
    public let annotations: Annotations?
    public let highlights: Highlights
    /// Search hits, watch-rule hits and the selected sentence, drawn over everything else.
    public let decorations: Decorations
    /// Laid-out blocks, kept beside the layout so that reading it (drawing) changes no state: copies of a
    /// layout share it, which is right, since they lay out the same blocks alike.
    private let cache = LayoutCache()
    static let cacheSlots = LayoutCache.slots

    /// The widest the text column gets by default, however wide the pane (a readable measure); the config's
    /// `max-width` changes it for the reader (`ReaderSettings`).
    public static let defaultMaxTextWidth = 88

    /// The text width for a reading pane `paneWidth` columns wide: one column of margin each side, capped.
    public static func textWidth(forPane paneWidth: Int, max maxWidth: Int = defaultMaxTextWidth) -> Int {
        Swift.max(1, Swift.min(paneWidth - 2, maxWidth))
    }

    public init(document: Document, width: Int, annotations: Annotations? = nil, highlights: Highlights = .all,
                decorations: Decorations = Decorations()) {
        self.document = document
        self.width = max(1, width)
        self.annotations = annotations
        self.highlights = highlights
        self.decorations = decorations
    }

    /// The same document at another width (the cache starts empty).
    public func relaid(width: Int) -> DocumentLayout {
        DocumentLayout(document: document, width: width, annotations: annotations, highlights: highlights, decorations: decorations)
    }

    /// The same document with other highlights (the cache starts empty).
    public func relaid(highlights: Highlights) -> DocumentLayout {
        DocumentLayout(document: document, width: width, annotations: annotations, highlights: highlights, decorations: decorations)
    }

    /// The same document with other search hits or selection (the cache starts empty).
    public func relaid(decorations: Decorations) -> DocumentLayout {
        DocumentLayout(document: document, width: width, annotations: annotations, highlights: highlights, decorations: decorations)
    }

    public var blockCount: Int { document.blocks.count }

    /// The lines of a block (laid out on first use).
    public func lines(of block: Int) -> [LaidLine] {
        if let hit = cache.lines(of: block) { return hit }
        if !highlights.contains(.repeats), let annotations, let first = Self.saidBefore(block: block, document, annotations) {
            let laid = Self.foldedLines(block: block, firstSaid: first, document, width: width)
            cache.store(laid, for: block)
            return laid
        }
        var overlay = annotations.map { Highlighter.overlay(block: block, annotations: $0, highlights: highlights) } ?? .none
        overlay = Highlighter.withInlines(overlay, document: document, block: block)
        if !decorations.isEmpty {
            overlay = Highlighter.withDecorations(overlay, decorations, block: document.blocks[block].range)
        }
        let laid = BlockLayout.lines(of: document, block: block, width: width, overlay: overlay)
        cache.store(laid, for: block)
        return laid
    }

    /// Whether block `index` says only what the article said before: a paragraph, list item or quote whose
    /// every sentence repeats or restates an earlier one. The source line of what its first one says again.
    static func saidBefore(block index: Int, _ document: Document, _ annotations: Annotations) -> Int? {
        switch document.blocks[index].kind {
        case .paragraph, .listItem, .quote: break
        default: return nil
        }
        guard index < annotations.blockSentences.count, !annotations.sentenceRepeats.isEmpty else { return nil }
        let sentences = annotations.blockSentences[index]
        guard let head = sentences.first, let (first, _) = annotations.repeatOf(sentence: head),
              sentences.allSatisfy({ annotations.repeatOf(sentence: $0) != nil }) else { return nil }
        return document.blocks[annotations.sentences[first].block].line
    }

    /// A folded block: one line saying where it was said first, with the block's opening words.
    static func foldedLines(block index: Int, firstSaid line: Int, _ document: Document, width: Int) -> [LaidLine] {
        let block = document.blocks[index]
        let lead = "≈ said before (line \(line)): "
        let room = max(1, width - DisplayWidth.of(lead))
        let opening = TreeView.truncated(Sanitiser.singleLine(document.string(block.range)), to: room)
        var lines = [LaidLine(spans: [Span(lead, .repeatMarker), Span(opening, .repeatMarker)], offset: block.range.lowerBound,
                              width: DisplayWidth.of(lead) + DisplayWidth.of(opening))]
        if index + 1 < document.blocks.count && BlockLayout.gapAfter(block.kind, before: document.blocks[index + 1].kind) {
            lines.append(LaidLine(spans: [], offset: block.range.upperBound, width: 0))
        }
        return lines
    }

    public func line(at position: LinePosition) -> LaidLine? {
        guard position.block >= 0, position.block < blockCount else { return nil }
        let lines = lines(of: position.block)
        return position.line < lines.count ? lines[position.line] : nil
    }

    /// The first line of the document.
    public var start: LinePosition { LinePosition(block: 0, line: 0) }

    /// The last line of the document.
    public func end() -> LinePosition {
        guard blockCount > 0 else { return start }
        return LinePosition(block: blockCount - 1, line: max(0, lines(of: blockCount - 1).count - 1))
    }

    /// Moves `n` lines down (negative: up), stopping at the first and last line.
    public func move(_ position: LinePosition, by n: Int) -> LinePosition {
        guard blockCount > 0 else { return start }
        var p = position
        var n = n
        while n > 0 {
            let count = lines(of: p.block).count
            if p.line + n < count {
                p.line += n
                return p
            }
            if p.block + 1 >= blockCount {
                p.line = count - 1
                return p
            }
            n -= count - p.line
            p = LinePosition(block: p.block + 1, line: 0)
        }
        while n < 0 {
            if p.line + n >= 0 {
                p.line += n
                return p
            }
            if p.block == 0 {
                p.line = 0
                return p
            }
            n += p.line + 1
            p = LinePosition(block: p.block - 1, line: lines(of: p.block - 1).count - 1)
        }
        return p
    }

    /// Lines from `a` down to `b` (0 when b is not below a), counting at most `limit`.
    public func distance(from a: LinePosition, to b: LinePosition, limit: Int) -> Int {
        var p = a
        var count = 0
        while p < b && count < limit {
            let next = move(p, by: 1)
            if next == p { break }
            p = next
            count += 1
        }
        return count
    }

    /// The highest top line that still fills a screen of `height` rows to the end.
    public func lastTop(height: Int) -> LinePosition {
        move(end(), by: -(max(1, height) - 1))
    }

    /// The position of the line that shows the byte at `offset` (for keeping the place after a resize).
    public func position(containing offset: Int, near block: Int) -> LinePosition {
        guard blockCount > 0 else { return start }
        let b = min(max(block, 0), blockCount - 1)
        let lines = lines(of: b)
        var best = 0
        for (i, line) in lines.enumerated() where !line.spans.isEmpty && line.offset <= offset { best = i }
        return LinePosition(block: b, line: best)
    }
}

/// Laid-out blocks, direct-mapped by block index (a screen shows far fewer blocks than slots; a dictionary
/// here cost a conformance scan at start-up). A class: a memo of a pure function, filled as the layout is
/// read. Used from one thread (the reader's), hence the unchecked `Sendable`.
final class LayoutCache: @unchecked Sendable {
    static let slots = 256
    private var blocks = [Int](repeating: -1, count: LayoutCache.slots)
    private var lines = [[LaidLine]](repeating: [], count: LayoutCache.slots)

    func lines(of block: Int) -> [LaidLine]? {
        let slot = block & (Self.slots - 1)
        return blocks[slot] == block ? lines[slot] : nil
    }

    func store(_ laid: [LaidLine], for block: Int) {
        let slot = block & (Self.slots - 1)
        blocks[slot] = block
        lines[slot] = laid
    }
}
