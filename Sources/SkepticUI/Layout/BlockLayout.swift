import SkepticCore

/// A run of text on a laid-out line with one role.
public struct Span: Sendable, Equatable {
    public var text: String
    public var role: Role
    /// The link the text belongs to: its number in the document's links (0: none).
    public var link: UInt16

    public init(_ text: String, _ role: Role, link: UInt16 = 0) {
        self.text = text
        self.role = role
        self.link = link
    }
}

/// One line of the reading pane, as laid out for a width.
public struct LaidLine: Sendable, Equatable {
    public var spans: [Span]
    /// The byte offset in the document text of the line's first character (for keeping the place on resize).
    public var offset: Int
    /// Display width in columns.
    public var width: Int

    public init(spans: [Span], offset: Int, width: Int) {
        self.spans = spans
        self.offset = offset
        self.width = width
    }

    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }
}

/// Lays out one block of a document for a text width: a pure function of (document, block, width).
public enum BlockLayout {
    /// The lines of block `index`, including the blank line that separates it from the next block.
    public static func lines(of document: Document, block index: Int, width: Int, overlay: Overlay = .none) -> [LaidLine] {
        let width = max(1, width)
        let block = document.blocks[index]
        var lines: [LaidLine] = []
        func wrap(_ document: Document, _ range: Range<Int>, role: Role, width: Int, stripQuoteMarks: Bool = false) -> [LaidLine] {
            BlockLayout.wrap(document, range, role: overlay.base ?? role, width: width, stripQuoteMarks: stripQuoteMarks,
                             overlay: overlay)
        }
        switch block.kind {
        case .title:
            lines = wrap(document, block.range, role: .title, width: width)
        case .heading(let level):
            lines = wrap(document, block.range, role: .heading(level: level), width: width)
        case .metadata:
            lines = wrap(document, block.range, role: .metadata, width: width)
        case .paragraph:
            lines = wrap(document, block.range, role: .text, width: width)
        case .listItem(let marker, let depth):
            lines = listItemLines(document, block.range, marker: marker, depth: depth, width: width, overlay: overlay)
        case .separator:
            let rule = String(repeating: "─", count: min(width, 24))
            lines = [LaidLine(spans: [Span(rule, .separator)], offset: block.range.lowerBound, width: min(width, 24))]
        case .quote:
            lines = quoteLines(document, block, width: width, overlay: overlay)
        case .caption:
            lines = wrap(document, block.range, role: .caption, width: width)
        case .code:
            lines = codeLines(document, block.range, width: width)
        case .table(let header):
            lines = TableLayout.lines(document, block.range, header: header, width: width, overlay: overlay)
        case .reference(let marker):
            lines = listItemLines(document, block.range, marker: marker, depth: 0, width: width, overlay: overlay,
                                  role: .linkMarker, markerRole: .linkMarker)
        }
        if document.direction == .rightToLeft && runsInTextDirection(block.kind) {
            lines = lines.map { rightAligned($0, width: width) }
        }
        if index + 1 < document.blocks.count && gapAfter(block.kind, before: document.blocks[index + 1].kind) {
            lines.append(LaidLine(spans: [], offset: block.range.upperBound, width: 0))
        }
        return lines
    }

    /// Whether a block's lines follow the article's direction: its prose does; code, tables, rules and the
    /// link list keep their own left-to-right layout.
    static func runsInTextDirection(_ kind: Block.Kind) -> Bool {
        switch kind {
        case .title, .heading, .metadata, .paragraph, .listItem, .quote, .caption: return true
        case .separator, .code, .table, .reference: return false
        }
    }

    /// A line of right-to-left text set against the right edge: the text keeps its logical order (the
    /// terminal's bidi, where it has one, orders the letters, as in less and w3m); a quote's bar moves to
    /// the right, the side it starts on.
    static func rightAligned(_ line: LaidLine, width: Int) -> LaidLine {
        var line = line
        if let first = line.spans.first, first.role == .quoteBar {
            line.spans.removeFirst()
            line.spans.append(Span(" ▌", .quoteBar))
        }
        let pad = width - line.width
        guard pad > 0 else { return line }
        line.spans.insert(Span(String(repeating: " ", count: pad), .text), at: 0)
        line.width = width
        return line
    }

    /// Is there a blank line between a block of kind `a` and the next one of kind `b`?
    static func gapAfter(_ a: Block.Kind, before b: Block.Kind) -> Bool {
        switch (a, b) {
        case (.listItem, .listItem), (.reference, .reference): return false
        case (.title, .metadata), (.metadata, .metadata): return false
        default: return true
        }
    }

    /// A list item: its marker hanging at the left, indented two columns a level.
    static func listItemLines(_ document: Document, _ range: Range<Int>, marker: String, depth: Int, width: Int,
                              overlay: Overlay, role: Role = .text, markerRole: Role = .listMarker) -> [LaidLine] {
        let bullets = ["•", "◦", "▪"]
        let shown: String
        if marker.isEmpty {
            shown = " "
        } else if marker.first?.isNumber == true || marker.first?.isLetter == true || marker.first == "[" {
            shown = marker
        } else {
            shown = bullets[depth % bullets.count]
        }
        let prefix = String(repeating: " ", count: 2 + 2 * min(depth, 8)) + shown + " "
        let indent = DisplayWidth.of(prefix)
        if indent >= width / 2 {
            return wrap(document, range, role: overlay.base ?? role, width: width, overlay: overlay)
        }
        var lines = wrap(document, range, role: overlay.base ?? role, width: width - indent, overlay: overlay)
        for i in lines.indices {
            let lead = i == 0 ? Span(prefix, markerRole) : Span(String(repeating: " ", count: indent), .text)
            lines[i].spans.insert(lead, at: 0)
            lines[i].width += indent
        }
        return lines
    }

    /// A code block: its lines as they are (tabs to 4 columns, control characters visible), long lines
    /// broken at the width.
    static func codeLines(_ document: Document, _ range: Range<Int>, width fullWidth: Int) -> [LaidLine] {
        // Indented by two columns, as glow and man pages set code apart (also without colour).
        let indent = fullWidth >= 20 ? 2 : 0
        let width = fullWidth - indent
        var lines: [LaidLine] = []
        var offset = range.lowerBound
        for sourceLine in document.string(range).split(separator: "\n", omittingEmptySubsequences: false) {
            var text = ""
            var column = 0
            var lineOffset = offset
            func flush() {
                let lead = indent > 0 ? [Span(String(repeating: " ", count: indent), .text)] : []
                lines.append(LaidLine(spans: lead + [Span(text, .code)], offset: lineOffset, width: column + indent))
                text = ""
                column = 0
            }
            for scalar in sourceLine.unicodeScalars {
                var piece: String
                var w: Int
                if scalar == "\t" {
                    w = 4 - column % 4
                    piece = String(repeating: " ", count: w)
                } else if let visible = Sanitiser.notation(for: scalar) {
                    piece = visible
                    w = visible.count
                } else {
                    piece = String(scalar)
                    w = DisplayWidth.of(scalar)
                }
                if column + w > width && column > 0 { flush(); lineOffset = offset }
                text += piece
                column += w
                offset += scalar.utf8.count
            }
            flush()
            offset += 1
        }
        return lines
    }

    /// A quote: a bar at the left of every line, its text joined, the attribution on a line of its own;
    /// '>' prefixes of e-mail style quotations removed.
    static func quoteLines(_ document: Document, _ block: Block, width: Int, overlay: Overlay) -> [LaidLine] {
        let bar = "▌ "
        let inner = max(1, width - 2)
        var parts: [(Range<Int>, Role)] = []
        if let attribution = block.attributionStart {
            parts = [(block.range.lowerBound..<attribution, .quote), (attribution..<block.range.upperBound, .quote)]
        } else {
            parts = [(block.range, .quote)]
        }
        var lines: [LaidLine] = []
        for (range, role) in parts {
            lines += wrap(document, range, role: role, width: width > 2 ? inner : width, stripQuoteMarks: true, overlay: overlay)
        }
        guard width > 2 else { return lines }
        for i in lines.indices {
            lines[i].spans.insert(Span(bar, .quoteBar), at: 0)
            lines[i].width += 2
        }
        return lines
    }

    // MARK: - Wrapping

    /// A word or a wide character: the unit that is never split unless it is wider than a line.
    struct Piece {
        var spans: [Span]
        var width: Int
        var offset: Int
        /// A space separates this piece from the one before.
        var spaceBefore: Bool
        /// The role of that space (a tinted statement stays tinted between its words).
        var gapRole: Role
    }

    /// Wraps the text in `range` to `width` columns: whitespace runs (line ends included) become single
    /// spaces, control characters become visible notation, wide characters may break anywhere.
    public static func wrap(_ document: Document, _ range: Range<Int>, role: Role, width: Int,
                            stripQuoteMarks: Bool = false, overlay: Overlay = .none) -> [LaidLine] {
        if overlay.spans.isEmpty && !stripQuoteMarks, let lines = plainWrap(document, range, role: role, width: width) {
            return lines
        }
        return pieceWrap(document, range, role: role, width: width, stripQuoteMarks: stripQuoteMarks, overlay: overlay)
    }

    /// The common case, on bytes: one role, every character one column wide, no control characters and no
    /// word wider than the line. Each line's text is made once from the document's bytes rather than word
    /// by word (strings made per word would be most of the first screen's layout).
    /// Gives exactly what `pieceWrap` gives; nil when the text needs the general path.
    static func plainWrap(_ document: Document, _ range: Range<Int>, role: Role, width: Int) -> [LaidLine]? {
        document.text.withUnsafeBufferPointer { text -> [LaidLine]? in
            // Words: byte ranges and widths.
            var words: [(start: Int, end: Int, width: Int)] = []
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let b = text[i]
                if b == 0x20 || b == 0x0A || b == 0x09 {
                    i += 1
                    continue
                }
                let start = i
                var w = 0
                while i < end {
                    let c = text[i]
                    if c == 0x20 || c == 0x0A || c == 0x09 { break }
                    if c < 0x80 {
                        if c < 0x20 || c == 0x7F { return nil }
                        i += 1
                    } else {
                        // Hidden characters (bidi controls, zero-width space) are shown in notation: general path.
                        if Sanitiser.hiddenAt(text, i) { return nil }
                        // Decode one scalar; anything not one column wide takes the general path.
                        var scalar: UInt32
                        var n: Int
                        if c >= 0xF0 { scalar = UInt32(c & 0x07); n = 4 } else if c >= 0xE0 { scalar = UInt32(c & 0x0F); n = 3 } else { scalar = UInt32(c & 0x1F); n = 2 }
                        guard i + n <= end else { return nil }
                        for k in 1..<n { scalar = scalar << 6 | UInt32(text[i + k] & 0x3F) }
                        guard scalar >= 0xA0, let u = Unicode.Scalar(scalar), DisplayWidth.of(u) == 1 else { return nil }
                        i += n
                    }
                    w += 1
                }
                if w > width { return nil }
                words.append((start, i, w))
            }
            var lines: [LaidLine] = []
            func line(_ first: Int, _ last: Int, _ lineWidth: Int) {
                let a = words[first].start, z = words[last].end
                // Single spaces between the words: the bytes as they are; else the words joined.
                var single = true
                var k = first
                while k < last {
                    if words[k + 1].start - words[k].end != 1 || text[words[k].end] != 0x20 { single = false; break }
                    k += 1
                }
                let shown: String
                if single {
                    shown = String(decoding: UnsafeBufferPointer(rebasing: text[a..<z]), as: UTF8.self)
                } else {
                    var bytes: [UInt8] = []
                    bytes.reserveCapacity(z - a)
                    for k in first...last {
                        if k > first { bytes.append(0x20) }
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[words[k].start..<words[k].end]))
                    }
                    shown = String(decoding: bytes, as: UTF8.self)
                }
                lines.append(LaidLine(spans: [Span(shown, role)], offset: a, width: lineWidth))
            }
            var first = 0
            var lineWidth = 0
            for (k, word) in words.enumerated() {
                if k == first {
                    lineWidth = word.width
                } else if lineWidth + 1 + word.width <= width {
                    lineWidth += 1 + word.width
                } else {
                    line(first, k - 1, lineWidth)
                    first = k
                    lineWidth = word.width
                }
            }
            if !words.isEmpty { line(first, words.count - 1, lineWidth) }
            if lines.isEmpty { lines.append(LaidLine(spans: [], offset: range.lowerBound, width: 0)) }
            return lines
        }
    }

    /// The general path: words, wide characters and control characters as pieces, roles from the overlay.
    static func pieceWrap(_ document: Document, _ range: Range<Int>, role: Role, width: Int,
                          stripQuoteMarks: Bool, overlay: Overlay) -> [LaidLine] {
        let pieces = self.pieces(document, range, role: role, stripQuoteMarks: stripQuoteMarks, overlay: overlay)
        var lines: [LaidLine] = []
        var current: [Span] = []
        var currentWidth = 0
        var currentOffset = range.lowerBound

        func flush() {
            lines.append(LaidLine(spans: merged(current), offset: currentOffset, width: currentWidth))
            current = []
            currentWidth = 0
        }
        for piece in pieces {
            let gap = piece.spaceBefore && currentWidth > 0 ? 1 : 0
            if currentWidth + gap + piece.width <= width {
                if gap == 1 {
                    // A space inside a link's text belongs to the link (one hyperlink, not one per word).
                    let link = current.last?.link ?? 0
                    current.append(Span(" ", piece.gapRole, link: link != 0 && piece.spans.first?.link == link ? link : 0))
                }
                if currentWidth == 0 { currentOffset = piece.offset }
                current += piece.spans
                currentWidth += gap + piece.width
                continue
            }
            if currentWidth > 0 { flush() }
            if piece.width <= width {
                currentOffset = piece.offset
                current = piece.spans
                currentWidth = piece.width
                continue
            }
            // A piece wider than the line: break it between characters.
            currentOffset = piece.offset
            for span in piece.spans {
                for ch in span.text {
                    let w = DisplayWidth.of(String(ch))
                    if currentWidth + w > width && currentWidth > 0 { flush(); currentOffset = piece.offset }
                    current.append(Span(String(ch), span.role, link: span.link))
                    currentWidth += w
                }
            }
        }
        if currentWidth > 0 || lines.isEmpty { flush() }
        return lines
    }

    static func merged(_ spans: [Span]) -> [Span] {
        var out: [Span] = []
        for span in spans {
            if let last = out.last, last.role == span.role, last.link == span.link {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// Cuts the text into pieces: words at whitespace, and every wide character on its own.
    static func pieces(_ document: Document, _ range: Range<Int>, role baseRole: Role, stripQuoteMarks: Bool,
                       overlay: Overlay) -> [Piece] {
        var cutter = PieceCutter(offset: range.lowerBound, role: baseRole)
        var cursor = 0
        var linkCursor = 0
        for scalar in document.string(range).unicodeScalars {
            let role = overlay.spans.isEmpty ? baseRole : (overlay.role(at: cutter.offset, cursor: &cursor) ?? baseRole)
            let link = overlay.links.isEmpty ? 0 : overlay.link(at: cutter.offset, cursor: &linkCursor)
            cutter.take(scalar, role: role, link: link, stripQuoteMarks: stripQuoteMarks)
        }
        cutter.endWord()
        return cutter.pieces
    }
}

/// Cuts a block's text into pieces, scalar by scalar: words (with a span per role inside them), wide
/// characters on their own, control characters in visible notation, and the spaces between as flags.
struct PieceCutter {
    var pieces: [BlockLayout.Piece] = []
    /// Where the next scalar starts in the document's text.
    var offset: Int
    private var word = String.UnicodeScalarView()
    private var wordSpans: [Span] = []
    private var wordWidth = 0
    private var wordOffset: Int
    private var spaceBefore = false
    private var gapRole: Role
    private var atLineStart = true
    private var role: Role
    private var link: UInt16 = 0

    init(offset: Int, role: Role) {
        self.offset = offset
        wordOffset = offset
        gapRole = role
        self.role = role
    }

    mutating func take(_ scalar: Unicode.Scalar, role newRole: Role, link newLink: UInt16 = 0, stripQuoteMarks: Bool) {
        defer { offset += scalar.utf8.count }
        if newRole != role || newLink != link {
            // A role or link boundary inside a word: close the span so far.
            closeSpan()
            role = newRole
            link = newLink
        }
        if scalar == " " || scalar == "\t" || scalar == "\n" {
            endWord()
            if !pieces.isEmpty { spaceBefore = true }
            gapRole = role
            if scalar == "\n" { atLineStart = true }
            return
        }
        if stripQuoteMarks && atLineStart && scalar == ">" { return }
        atLineStart = false
        if let visible = Sanitiser.notation(for: scalar) {
            startIfNeeded()
            closeSpan()
            wordSpans.append(Span(visible, .control, link: link))
            wordWidth += visible.count
            return
        }
        let w = DisplayWidth.of(scalar)
        if w == 2 {
            // A wide character stands alone so that lines may break before and after it.
            endWord()
            wordOffset = offset
            word.append(scalar)
            wordWidth = 2
            endWord()
            return
        }
        if w == 0, word.isEmpty, wordSpans.isEmpty, !pieces.isEmpty, !spaceBefore {
            // A combining mark after a wide character belongs to it.
            pieces[pieces.count - 1].spans[pieces[pieces.count - 1].spans.count - 1].text.unicodeScalars.append(scalar)
            return
        }
        startIfNeeded()
        word.append(scalar)
        wordWidth += w
    }

    /// The word so far becomes a piece.
    mutating func endWord() {
        closeSpan()
        if !wordSpans.isEmpty {
            pieces.append(BlockLayout.Piece(spans: wordSpans, width: wordWidth, offset: wordOffset, spaceBefore: spaceBefore, gapRole: gapRole))
            spaceBefore = false
        }
        wordSpans = []
        wordWidth = 0
    }

    private mutating func closeSpan() {
        guard !word.isEmpty else { return }
        wordSpans.append(Span(String(word), role, link: link))
        word = String.UnicodeScalarView()
    }

    private mutating func startIfNeeded() {
        if word.isEmpty && wordSpans.isEmpty { wordOffset = offset }
    }
}
