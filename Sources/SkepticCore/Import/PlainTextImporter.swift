/// Turns plain text into a `Document`: title, metadata, blocks and a section tree.
///
/// Two passes. The first streams over the lines once and cuts them into raw blocks (paragraphs, list
/// items, separators, quotes, underlined headings); the second looks only at the blocks to decide the
/// title, the metadata and which one-line blocks are headings, and at what level.
public struct PlainTextImporter: Sendable {
    public init() {}

    /// Imports decoded UTF-8 text (see `TextDecoder`).
    public func importDocument(_ text: [UInt8], name: String, sourceEncoding: String? = nil) -> Document {
        let raw = text.withUnsafeBufferPointer { RawBlockScanner(text: $0).scan() }
        return text.withUnsafeBufferPointer { buffer in
            StructureBuilder(text: buffer, raw: raw, name: name).build(text: text, sourceEncoding: sourceEncoding)
        }
    }
}

// MARK: - Lines

/// One source line: byte offsets, indentation and width, all without the newline.
struct SourceLine {
    var start: Int
    var end: Int
    /// First and one-past-last non-blank bytes.
    var contentStart: Int
    var contentEnd: Int
    /// Indentation in columns (a tab counts to the next multiple of 8).
    var indent: Int
    /// Width of the trimmed content in characters (an estimate of columns, good enough for structure).
    var columns: Int
    /// 1-based line number.
    var number: Int
    /// The content has a `|` (it may be a table row).
    var hasPipe = false

    var isBlank: Bool { contentStart == contentEnd }
}

// MARK: - Raw blocks

/// A block before the structure pass: a kind guess and, for one-line blocks, what may make it a heading.
struct RawBlock {
    enum Kind: Equatable {
        case paragraph
        case listItem(marker: String)
        case separator
        case quote
        case underlined(UInt8)
        /// Rows of `|`-separated cells, one row a line; `header` when a `---|---` rule follows the first row.
        case table(header: Bool)
    }

    var kind: Kind
    // 32-bit storage (documents are limited to 4 GiB): there is one raw block per paragraph.
    private var start, end, firstLineStart, attribution, lineNumber, width, lines: UInt32
    /// The block is a single source line (only those can be headings, besides underlined ones).
    var singleLine: Bool
    /// A blank line came right before the block.
    var blankBefore: Bool

    init(kind: Kind, range: Range<Int>, lineStart: Int, attributionStart: Int? = nil, line: Int, singleLine: Bool,
         columns: Int, lineCount: Int, blankBefore: Bool) {
        self.kind = kind
        start = UInt32(truncatingIfNeeded: range.lowerBound)
        end = UInt32(truncatingIfNeeded: range.upperBound)
        firstLineStart = UInt32(truncatingIfNeeded: lineStart)
        attribution = attributionStart.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max
        lineNumber = UInt32(truncatingIfNeeded: line)
        width = UInt32(truncatingIfNeeded: min(columns, Int(UInt32.max)))
        lines = UInt32(truncatingIfNeeded: lineCount)
        self.singleLine = singleLine
        self.blankBefore = blankBefore
    }

    var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set { start = UInt32(truncatingIfNeeded: newValue.lowerBound); end = UInt32(truncatingIfNeeded: newValue.upperBound) }
    }
    /// Where the block's first line starts (before a list marker).
    var lineStart: Int { Int(firstLineStart) }
    var attributionStart: Int? {
        get { attribution == UInt32.max ? nil : Int(attribution) }
        set { attribution = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max }
    }
    var line: Int { Int(lineNumber) }
    /// Moves the block's line numbers on by `lines` (a chunk's blocks, scanned from the chunk's start).
    mutating func moveLines(by lines: Int) {
        lineNumber &+= UInt32(truncatingIfNeeded: lines)
    }
    var columns: Int { Int(width) }
    /// Lines in the block.
    var lineCount: Int {
        get { Int(lines) }
        set { lines = UInt32(truncatingIfNeeded: newValue) }
    }
}

/// Streams over the lines of a text and cuts them into raw blocks.
struct RawBlockScanner {
    let text: UnsafeBufferPointer<UInt8>
    /// How many chunks the scan may run in, and at least how many bytes each (tests set both small).
    var chunks = Parallel.cores
    var chunkBytes = 1 << 20

    /// Lines longer than this (in characters) are taken as whole paragraphs, not hard-wrapped lines.
    static let hardWrapLimit = 100

    func scan() -> [RawBlock] {
        // The lines the wrap style was decided from are measured once, for both.
        var measured: [SourceLine] = []
        let layout = wrapStyle(keeping: &measured)
        let starts = chunkStarts()
        if starts.count == 2 { return scan(0..<text.count, measured: measured, firstLine: 1, wrap: layout).blocks }
        // Chunks of whole runs in parallel. A later chunk numbers its lines from after the header lines (it
        // starts after them, and only they are told by their number); its blocks are then moved on to the
        // lines of the chunks before.
        let later = Self.headerLines + 1
        let parts = Parallel.map(starts.count - 1, minimumChunk: 1) { range in
            range.map { k in
                scan(starts[k]..<starts[k + 1], measured: k == 0 ? measured : [], firstLine: k == 0 ? 1 : later, wrap: layout)
            }
        }.flatMap { $0 }
        var blocks: [RawBlock] = []
        blocks.reserveCapacity(parts.reduce(0) { $0 + $1.blocks.count })
        var lines = 0
        for (k, part) in parts.enumerated() {
            let shift = k == 0 ? 0 : lines + 1 - later
            for var block in part.blocks {
                block.moveLines(by: shift)
                blocks.append(block)
            }
            lines += part.lines
        }
        return blocks
    }

    /// Where the scan's chunks start (and the text's end): about even cuts of the text, each moved on to
    /// the start of a run (a line after a blank line), so that no chunk starts inside a paragraph; nor
    /// before an attribution line, which joins the block before it across the blank line; nor among the
    /// header lines.
    func chunkStarts() -> [Int] {
        let n = min(chunks, text.count / max(1, chunkBytes))
        var starts = [0]
        guard n > 1 else { return starts + [text.count] }
        var headerEnd = 0
        for _ in 0..<Self.headerLines where headerEnd < text.count { headerEnd = nextNewline(from: headerEnd) + 1 }
        for k in 1..<n {
            var pos = nextNewline(from: max(starts[starts.count - 1], headerEnd, text.count * k / n)) + 1
            var blankSeen = false
            while pos < text.count {
                let end = nextNewline(from: pos)
                let line = measure(start: pos, end: end, number: 0)
                if line.isBlank {
                    blankSeen = true
                } else if blankSeen && !isAttribution(line) && !isLooseAttribution(line) {
                    break
                } else {
                    blankSeen = false
                }
                pos = end + 1
            }
            if pos < text.count { starts.append(pos) }
        }
        return starts + [text.count]
    }

    /// The raw blocks of the runs in `range` (which starts the text or a run), its first line numbered
    /// `firstLine`, and how many lines it has. `measured`: lines measured already, from the text's first.
    func scan(_ range: Range<Int>, measured: [SourceLine], firstLine: Int, wrap layout: WrapStyle) -> (blocks: [RawBlock], lines: Int) {
        var blocks: [RawBlock] = []
        // Room for a block per 128 bytes: growing a big array copies it (old and new both resident), and
        // capacity that is never written is never resident.
        blocks.reserveCapacity(range.count / 128 + 16)
        var run: [SourceLine] = []
        var blankBefore = true
        var runBlankBefore = true
        var lineNumber = firstLine - 1
        var pos = range.lowerBound
        // The next '|' at or after `pos` (text.count when there is none): one memchr per '|', not per line.
        var nextPipe = -1
        while pos < range.upperBound {
            lineNumber += 1
            let end = min(nextNewline(from: pos), range.upperBound)
            var line = lineNumber <= measured.count ? measured[lineNumber - 1] : measure(start: pos, end: end, number: lineNumber)
            if nextPipe < pos { nextPipe = next(UInt8(ascii: "|"), from: pos) }
            line.hasPipe = nextPipe < end
            pos = end + 1
            if line.isBlank {
                if !run.isEmpty {
                    cut(run, blankBefore: runBlankBefore, wrap: layout, into: &blocks)
                    run.removeAll(keepingCapacity: true)
                }
                blankBefore = true
            } else {
                if run.isEmpty { runBlankBefore = blankBefore }
                run.append(line)
                blankBefore = false
            }
        }
        if !run.isEmpty { cut(run, blankBefore: runBlankBefore, wrap: layout, into: &blocks) }
        return (blocks, lineNumber - (firstLine - 1))
    }

    // MARK: Wrap style

    /// How the text uses line ends: hard-wrapped (lines join into paragraphs) with its wrap width,
    /// or one paragraph per line. Decided from the first 64 KiB.
    struct WrapStyle {
        var hardWrapped: Bool
        var width: Int
    }

    /// `measured` gets the lines it measured (in order, from the first).
    func wrapStyle(keeping measured: inout [SourceLine]) -> WrapStyle {
        let limit = min(text.count, 64 * 1024)
        var pos = 0
        var lengths: [Int] = []
        var blank = 0
        var long = 0
        var number = 0
        while pos < limit {
            number += 1
            let end = nextNewline(from: pos)
            let line = measure(start: pos, end: end, number: number)
            measured.append(line)
            pos = end + 1
            if line.isBlank {
                blank += 1
                continue
            }
            if line.columns > Self.hardWrapLimit { long += 1 } else { lengths.append(line.columns + line.indent) }
        }
        let nonBlank = lengths.count + long
        if nonBlank < 2 || long * 4 >= nonBlank || (blank == 0 && nonBlank >= 3) {
            return WrapStyle(hardWrapped: false, width: Self.hardWrapLimit)
        }
        // The 90th percentile by counting (the library's sort builds `[Range<Int>]` for its runs, and the
        // first use of that type scans every protocol conformance in the binary).
        let rank = min(lengths.count - 1, lengths.count * 9 / 10)
        var counts = [Int](repeating: 0, count: (lengths.max() ?? 0) + 1)
        for length in lengths { counts[length] += 1 }
        var seen = 0
        var p90 = 0
        for (length, n) in counts.enumerated() where n > 0 {
            seen += n
            if seen > rank {
                p90 = length
                break
            }
        }
        return WrapStyle(hardWrapped: true, width: max(p90, 30))
    }

    // MARK: Measuring lines

    /// Where the next `byte` is at or after `pos`, or the text's end.
    func next(_ byte: UInt8, from pos: Int) -> Int {
        guard let base = text.baseAddress, pos < text.count else { return text.count }
        if let hit = memchr(base + pos, Int32(byte), text.count - pos) {
            return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
        }
        return text.count
    }

    @inline(__always)
    func nextNewline(from pos: Int) -> Int {
        guard let base = text.baseAddress, pos < text.count else { return text.count }
        if let hit = memchr(base + pos, 0x0A, text.count - pos) {
            return UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
        }
        return text.count
    }

    func measure(start: Int, end: Int, number: Int) -> SourceLine {
        var s = start
        var indent = 0
        while s < end {
            let b = text[s]
            if b == 0x20 { indent += 1 } else if b == 0x09 { indent = (indent / 8 + 1) * 8 } else if b == 0x0D || b == 0x0C || b == 0x0B { } else { break }
            s += 1
        }
        var e = end
        while e > s {
            let b = text[e - 1]
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { e -= 1 } else { break }
        }
        // Trailing no-break spaces (U+00A0, C2 A0) count as blank too.
        while e - 2 >= s && text[e - 2] == 0xC2 && text[e - 1] == 0xA0 { e -= 2 }
        // Characters: bytes that are not UTF-8 continuation bytes (10xxxxxx), counted eight at a time.
        var continuation = 0
        var i = s
        if e - s >= 8, let base = text.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= e {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuation += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while i < e {
            if text[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        let columns = e - s - continuation
        return SourceLine(start: start, end: end, contentStart: s, contentEnd: e, indent: indent, columns: columns, number: number)
    }

    // MARK: Cutting a run of non-blank lines into blocks

    func cut(_ run: [SourceLine], blankBefore: Bool, wrap: WrapStyle, into blocks: inout [RawBlock]) {
        var i = 0
        var first = true
        // An indented run (every line indented, several lines) in hard-wrapped text is a block quotation.
        if wrap.hardWrapped, run.count >= 2, run.allSatisfy({ $0.indent >= 4 }), !isListStart(run[0]), cellCount(run[0]) == 0 {
            append(.quote, run[0], run[run.count - 1], lines: run.count, blankBefore: blankBefore, into: &blocks)
            return
        }
        while i < run.count {
            let line = run[i]
            let before = first ? blankBefore : false
            first = false
            // Two or more lines of `|`-separated cells: a table.
            if line.hasPipe, let rows = tableRows(run, from: i) {
                let header = rows >= 3 && isCellRule(run[i + 1])
                append(.table(header: header), line, run[i + rows - 1], lines: rows, blankBefore: before, into: &blocks)
                i += rows
                continue
            }
            // Underlined heading: a heading-like line over a line of '=' or '-'.
            if i + 1 < run.count, let mark = underline(run[i + 1], under: line) {
                blocks.append(RawBlock(kind: .underlined(mark), range: line.contentStart..<line.contentEnd,
                                       lineStart: line.contentStart, line: line.number,
                                       singleLine: true, columns: line.columns, lineCount: 1, blankBefore: before))
                i += 2
                continue
            }
            if isSeparator(line) {
                append(.separator, line, line, lines: 1, blankBefore: before, into: &blocks)
                i += 1
                continue
            }
            if attachAttribution(line, to: &blocks) {
                i += 1
                continue
            }
            // E-mail style quotation: consecutive lines starting with '>'.
            if text[line.contentStart] == UInt8(ascii: ">") {
                var j = i
                while j + 1 < run.count, text[run[j + 1].contentStart] == UInt8(ascii: ">") { j += 1 }
                append(.quote, line, run[j], lines: j - i + 1, blankBefore: before, into: &blocks)
                i = j + 1
                continue
            }
            if let marker = listMarker(line) {
                i = appendListItem(run, at: i, marker: marker, wrap: wrap, blankBefore: before, into: &blocks)
                continue
            }
            // A paragraph: in hard-wrapped text, lines join while each one runs to the wrap width.
            var j = i
            if wrap.hardWrapped {
                while j + 1 < run.count, continues(run[j], into: run[j + 1], wrap: wrap, base: line.indent),
                      !(j + 2 < run.count && underline(run[j + 2], under: run[j + 1]) != nil),
                      !run[j + 1].hasPipe || tableRows(run, from: j + 1) == nil {
                    j += 1
                }
            }
            append(.paragraph, line, run[j], lines: j - i + 1, blankBefore: before, into: &blocks)
            i = j + 1
        }
    }

    /// "— Name (@handle) Date" under a paragraph: the paragraph and this line are one quoted post. Returns
    /// false when the line is not such an attribution.
    @inline(__always)
    func attachAttribution(_ line: SourceLine, to blocks: inout [RawBlock]) -> Bool {
        guard let last = blocks.last, last.kind == .paragraph || last.kind == .quote,
              isAttribution(line) || (isLooseAttribution(line) && startsWithQuotationMark(last.range.lowerBound)),
              last.attributionStart == nil, last.range.upperBound < line.contentStart else { return false }
        var quote = last
        quote.kind = .quote
        quote.attributionStart = line.contentStart
        quote.range = last.range.lowerBound..<line.contentEnd
        quote.singleLine = false
        quote.lineCount += 1
        blocks[blocks.count - 1] = quote
        return true
    }

    /// A list item from line `i` with its continuation lines (indented under the item, or wrapped text that
    /// is not a new block); returns the index of the line after it.
    func appendListItem(_ run: [SourceLine], at i: Int, marker: (text: String, length: Int), wrap: WrapStyle, blankBefore: Bool,
                        into blocks: inout [RawBlock]) -> Int {
        let line = run[i]
        var j = i
        while j + 1 < run.count {
            let next = run[j + 1]
            if listMarker(next) != nil || isSeparator(next) || isAttribution(next) { break }
            if next.indent > line.indent || (wrap.hardWrapped && continues(run[j], into: next, wrap: wrap, base: line.indent)) {
                j += 1
            } else {
                break
            }
        }
        var skip = line.contentStart + marker.length
        while skip < line.contentEnd && (text[skip] == 0x20 || text[skip] == 0x09) { skip += 1 }
        blocks.append(RawBlock(kind: .listItem(marker: marker.text), range: skip..<run[j].contentEnd,
                               lineStart: line.contentStart, line: line.number, singleLine: j == i, columns: line.columns, lineCount: j - i + 1,
                               blankBefore: blankBefore))
        return j + 1
    }

    func append(_ kind: RawBlock.Kind, _ first: SourceLine, _ last: SourceLine, lines: Int, blankBefore: Bool,
                into blocks: inout [RawBlock]) {
        blocks.append(RawBlock(kind: kind, range: first.contentStart..<last.contentEnd, lineStart: first.contentStart,
                               line: first.number,
                               singleLine: lines == 1, columns: first.columns, lineCount: lines, blankBefore: blankBefore))
    }

    /// In hard-wrapped text: does line `a` run on into line `b`?
    func continues(_ a: SourceLine, into b: SourceLine, wrap: WrapStyle, base: Int) -> Bool {
        if listMarker(b) != nil || isSeparator(b) || isAttribution(b) || isLooseAttribution(b) || text[b.contentStart] == UInt8(ascii: ">") {
            return false
        }
        if a.columns > Self.hardWrapLimit || b.columns > Self.hardWrapLimit + 20 { return false }
        // A first-line indent starts a new paragraph.
        if b.indent > max(a.indent, base) && b.indent - base >= 2 && a.indent <= base { return false }
        // A short line ends its paragraph.
        guard a.indent + a.columns * 10 >= wrap.width * 6 else { return false }
        if b.hasPipe && a.hasPipe && cellCount(b) > 0 && cellCount(a) > 0 { return false }
        // Under the title, the author's name and the date are lines of their own, however long the title.
        // (Only in the title's own run of lines: the title, then bylines and dates; a wrapped line of the
        // first paragraph that happens to hold a date stays in it.)
        if b.number <= Self.headerLines, isFirstContentLine(a) || MetadataLine.isHeaderLine(string(a)),
           MetadataLine.isHeaderLine(string(b)) {
            return false
        }
        // A sentence ends the line and a short heading-shaped line follows ("Why Monitor?"): a new block.
        // (Not a line that closes a quotation: "So it seems to me.”" ends its paragraph.)
        if b.columns * 10 < wrap.width * 6, endsSentence(a), !closesQuotation(b), HeadingShape.classify(string(b)) != nil {
            return false
        }
        return true
    }

    /// Nothing but white space comes before the line.
    func isFirstContentLine(_ line: SourceLine) -> Bool {
        (0..<line.contentStart).allSatisfy { text[$0] == 0x20 || text[$0] == 0x0A || text[$0] == 0x0D || text[$0] == 0x09 }
    }

    /// How many of the first lines may hold the title's byline and date.
    static let headerLines = 8

    func string(_ line: SourceLine) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[line.contentStart..<line.contentEnd]), as: UTF8.self)
    }

    /// The line ends with a sentence's closing mark: . ! ? or a closing quotation mark after one.
    func endsSentence(_ line: SourceLine) -> Bool {
        var e = line.contentEnd
        // ” ’ (E2 80 9D, E2 80 99) and " ' ) after the mark.
        while e > line.contentStart {
            let b = text[e - 1]
            if b == 0x22 || b == 0x27 || b == 0x29 { e -= 1; continue }
            if e - 3 >= line.contentStart, text[e - 3] == 0xE2, text[e - 2] == 0x80, b == 0x9D || b == 0x99 { e -= 3; continue }
            break
        }
        guard e > line.contentStart else { return false }
        let b = text[e - 1]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    /// The line ends with a closing quotation mark (” ’ » " ').
    func closesQuotation(_ line: SourceLine) -> Bool {
        let e = line.contentEnd
        guard e > line.contentStart else { return false }
        let b = text[e - 1]
        if b == 0x22 || b == 0x27 { return true }
        if e - 2 >= line.contentStart, text[e - 2] == 0xC2, b == 0xBB { return true }
        return e - 3 >= line.contentStart && text[e - 3] == 0xE2 && text[e - 2] == 0x80 && (b == 0x9D || b == 0x99)
    }

    // MARK: Tables

    /// The number of `|` cell separators inside a line (a leading or trailing `|` frames the row and is not
    /// counted); 0 when the line has none.
    func cellCount(_ line: SourceLine) -> Int {
        var s = line.contentStart, e = line.contentEnd
        guard line.hasPipe, e - s >= 3 else { return 0 }
        if text[s] == UInt8(ascii: "|") { s += 1 }
        if text[e - 1] == UInt8(ascii: "|") { e -= 1 }
        var n = 0
        for i in s..<e where text[i] == UInt8(ascii: "|") { n += 1 }
        return n
    }

    /// A row of only `-`, `:`, `|`, `+`, `=` and spaces with a `|` in it (the rule under a table's header).
    func isCellRule(_ line: SourceLine) -> Bool {
        var pipe = false, dash = false
        for i in line.contentStart..<line.contentEnd {
            switch text[i] {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"), UInt8(ascii: "="): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: "+"), 0x20, 0x09: break
            default: return false
            }
        }
        return pipe && dash
    }

    /// How many lines from `i` on are rows of one table (two or more with a `|` between cells), or nil.
    func tableRows(_ run: [SourceLine], from i: Int) -> Int? {
        let first = cellCount(run[i])
        guard first > 0, i + 1 < run.count else { return nil }
        var j = i + 1
        while j < run.count {
            let n = cellCount(run[j])
            // Rows may leave out a last cell or add one; a rule line under the header counts as a row.
            guard n > 0, abs(n - first) <= 1 || isCellRule(run[j]) else { break }
            j += 1
        }
        return j - i >= 2 ? j - i : nil
    }

    // MARK: Line shapes

    /// A line of only '=' or only '-' (3 or more), long enough to underline `heading`.
    func underline(_ line: SourceLine, under heading: SourceLine) -> UInt8? {
        let first = text[line.contentStart]
        guard first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        guard line.columns >= 3, line.indent <= heading.indent + 3 else { return nil }
        for i in line.contentStart..<line.contentEnd where text[i] != first { return nil }
        guard heading.columns <= Self.hardWrapLimit, line.columns * 2 >= min(heading.columns, 40) else { return nil }
        guard !isSeparator(heading), listMarker(heading) == nil || first == UInt8(ascii: "=") else { return nil }
        return first
    }

    /// A line of only rule characters ("———", "* * *", "-----", "~~~").
    func isSeparator(_ line: SourceLine) -> Bool {
        var marks = 0
        var i = line.contentStart
        while i < line.contentEnd {
            let b = text[i]
            switch b {
            case 0x20, 0x09: break
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"),
                 UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "."):
                marks += 1
            case 0xE2:
                // — – ― ─ ━ • · (E2 80 94/93/95/A2, E2 94 80/81)
                guard i + 2 < line.contentEnd else { return false }
                let b1 = text[i + 1], b2 = text[i + 2]
                guard (b1 == 0x80 && (b2 == 0x93 || b2 == 0x94 || b2 == 0x95 || b2 == 0xA2)) || (b1 == 0x94 && (b2 == 0x80 || b2 == 0x81)) else { return false }
                marks += 1
                i += 2
            case 0xC2:
                guard i + 1 < line.contentEnd, text[i + 1] == 0xB7 else { return false }
                marks += 1
                i += 1
            default:
                return false
            }
            i += 1
        }
        return marks >= 3
    }

    /// Where the text after a leading dash (— – ― or --) starts, or nil when the line starts otherwise.
    func afterDash(_ line: SourceLine) -> Int? {
        let i = line.contentStart
        let e = line.contentEnd
        if i + 2 < e, text[i] == 0xE2, text[i + 1] == 0x80, text[i + 2] == 0x94 || text[i + 2] == 0x93 || text[i + 2] == 0x95 {
            return i + 3
        }
        if i + 1 < e, text[i] == UInt8(ascii: "-"), text[i + 1] == UInt8(ascii: "-") { return i + 2 }
        return nil
    }

    /// "— Name (@handle) Date" or "-- Name, Date": the attribution line under an embedded post or quotation.
    func isAttribution(_ line: SourceLine) -> Bool {
        guard var i = afterDash(line) else { return false }
        let e = line.contentEnd
        while i < e && text[i] == 0x20 { i += 1 }
        guard i < e, line.columns <= 120 else { return false }
        // A handle in parentheses, or a year at the end.
        var j = i
        while j + 1 < e {
            if text[j] == UInt8(ascii: "("), text[j + 1] == UInt8(ascii: "@") { return true }
            j += 1
        }
        if e - i >= 4 {
            let y = e - 4
            if (y == i || text[y - 1] == 0x20 || text[y - 1] == UInt8(ascii: ",")) && (y..<e).allSatisfy({ text[$0] >= 0x30 && text[$0] <= 0x39 }) {
                return true
            }
        }
        return false
    }

    /// "— Tobias Renn", "— Marta Quell, founder of the Trust": a dash and a capitalised name, short.
    func isLooseAttribution(_ line: SourceLine) -> Bool {
        guard var i = afterDash(line) else { return false }
        let e = line.contentEnd
        guard i < e, text[i] == 0x20 else { return false }
        while i < e && text[i] == 0x20 { i += 1 }
        guard i < e, text[i] >= 0x41, text[i] <= 0x5A, line.columns <= 100 else { return false }
        var words = 1
        for j in i..<e where text[j] == 0x20 { words += 1 }
        return words <= 14
    }

    /// The block at `start` opens with a quotation mark (“ or ").
    func startsWithQuotationMark(_ start: Int) -> Bool {
        text[start] == 0x22 || (start + 2 < text.count && text[start] == 0xE2 && text[start + 1] == 0x80 && text[start + 2] == 0x9C)
    }

    func isListStart(_ line: SourceLine) -> Bool { listMarker(line) != nil }

    /// The list marker at the start of a line ("- ", "* ", "• ", "1. ", "2) ", "a) "), with its byte length.
    func listMarker(_ line: SourceLine) -> (text: String, length: Int)? {
        let s = line.contentStart
        let e = line.contentEnd
        guard e - s >= 3 else { return nil }
        let b = text[s]
        func spaceAt(_ i: Int) -> Bool { i < e && (text[i] == 0x20 || text[i] == 0x09) }
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            return spaceAt(s + 1) ? (String(UnicodeScalar(b)), 1) : nil
        case 0xE2:
            // • (E2 80 A2), – (E2 80 93), ▪ (E2 96 AA), ◦ (E2 97 A6)
            guard s + 3 < e else { return nil }
            let b1 = text[s + 1], b2 = text[s + 2]
            if (b1 == 0x80 && (b2 == 0xA2 || b2 == 0x93)) || (b1 == 0x96 && b2 == 0xAA) || (b1 == 0x97 && b2 == 0xA6) {
                return spaceAt(s + 3) ? (b2 == 0x93 ? "–" : "•", 3) : nil
            }
            return nil
        case 0xC2:
            return s + 2 < e && text[s + 1] == 0xB7 && spaceAt(s + 2) ? ("•", 2) : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var i = s
            while i < e && i - s < 3 && text[i] >= 0x30 && text[i] <= 0x39 { i += 1 }
            guard i < e, text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: ")"), spaceAt(i + 1) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: text[s...i]), as: UTF8.self), i - s + 1)
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            guard text[s + 1] == UInt8(ascii: ")"), spaceAt(s + 2) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: text[s...(s + 1)]), as: UTF8.self), 2)
        default:
            return nil
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
