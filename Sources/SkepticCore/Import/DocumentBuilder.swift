/// Builds a document from the events of a markup parser (Markdown, HTML): text is appended block by block
/// with whitespace collapsed, headings carry their markup rank (1–6), and the section tree is made at the end.
struct DocumentBuilder {
    /// How a finished block is used.
    enum Part {
        /// A heading of markup rank 1–6 (h1 = 1).
        case heading(rank: Int)
        /// Anything else, as it will appear in the document.
        case body(Block.Kind)
    }

    private struct Pending {
        var part: Part
        var range: Range<Int>
        var attribution: Int?
        var line: Int
    }

    private(set) var text: [UInt8] = []
    private var pending: [Pending] = []
    private var inlines: [InlineStyle] = []
    private var openStyles: [(kind: InlineStyle.Kind, start: Int)] = []
    private(set) var links: [String] = []
    /// Each URL's number in `links` (1-based).
    private var linkNumbers: [String: Int] = [:]
    /// How many links were numbered when the block under construction began.
    private var linksAtBlockStart = 0
    private var metadata: [Metadata] = []

    private var blockStart = 0
    private var pendingSpace = false
    /// The block under construction keeps its spaces and line ends (code).
    private var preformatted = false

    init(capacity: Int = 0) {
        text.reserveCapacity(capacity)
    }

    // MARK: - Text

    /// Starts a block; any text appended since the last block ended is dropped.
    mutating func beginBlock(preformatted: Bool = false) {
        if text.count > blockStart { text.removeSubrange(blockStart...) }
        linksAtBlockStart = links.count
        // Styles are recorded in order of their end: only the last ones can belong to the dropped text.
        while let last = inlines.last, last.range.upperBound > blockStart { inlines.removeLast() }
        openStyles.removeAll()
        blockStart = text.count
        pendingSpace = false
        self.preformatted = preformatted
    }

    /// Appends inline text: runs of whitespace become one space, leading space in a block is dropped.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if preformatted {
            for b in bytes { text.append(b == Block.rowSeparator || b == Block.cellSeparator ? 0x20 : b) }
            return
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // The table separators may not come from the text itself.
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == Block.rowSeparator || b == Block.cellSeparator {
                pendingSpace = true
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
                // A no-break space: words stay apart, as they would on the page.
                pendingSpace = true
                i += 2
                continue
            }
            if pendingSpace {
                if text.count > blockStart, let last = text.last, last != 0x0A, last != Block.rowSeparator,
                   last != Block.cellSeparator {
                    text.append(0x20)
                }
                pendingSpace = false
            }
            text.append(b)
            i += 1
        }
    }

    mutating func append(_ string: String) {
        var s = string
        s.withUTF8 { append($0) }
    }

    /// Appends a line break inside a block (`<br>`, a Markdown hard break).
    mutating func appendLineBreak() {
        guard text.count > blockStart else { return }
        pendingSpace = false
        if text.last == 0x20 { text.removeLast() }
        text.append(0x0A)
    }

    /// Appends a space if the block has text and does not end in one (between table cells, inline tags).
    mutating func appendSpace() { pendingSpace = true }

    /// Appends a raw separator byte (table rows and cells) without whitespace handling.
    mutating func appendSeparator(_ byte: UInt8) {
        pendingSpace = false
        if text.last == 0x20 && text.count > blockStart { text.removeLast() }
        text.append(byte)
    }

    // MARK: - Inline styles

    mutating func openStyle(_ kind: InlineStyle.Kind) {
        openStyles.append((kind, text.count + (pendingSpace && text.count > blockStart ? 1 : 0)))
    }

    mutating func closeStyle() {
        guard let (kind, start) = openStyles.popLast() else { return }
        let end = text.count
        if end > start { inlines.append(InlineStyle(kind: kind, range: start..<end)) }
    }

    /// Adds a link's URL and appends its marker ("[3]"); returns the number.
    mutating func appendLinkMarker(url: String) {
        // A URL linked again keeps its first number: the links view names each once.
        let number: Int
        if let known = linkNumbers[url] {
            number = known
        } else {
            links.append(url)
            number = links.count
            linkNumbers[url] = number
        }
        openStyle(.linkMarker)
        append("[\(number)]")
        closeStyle()
    }

    // MARK: - Blocks

    /// Ends the block under construction; empty blocks are dropped. Returns false when it was empty.
    @discardableResult
    mutating func endBlock(_ part: Part, line: Int, attribution: Int? = nil) -> Bool {
        while !openStyles.isEmpty { closeStyle() }
        var end = text.count
        if preformatted {
            while end > blockStart && (text[end - 1] == 0x0A || text[end - 1] == 0x20) { end -= 1 }
            text.removeSubrange(end...)
        }
        pendingSpace = false
        preformatted = false
        linksAtBlockStart = links.count
        guard end > blockStart else {
            blockStart = text.count
            return false
        }
        pending.append(Pending(part: part, range: blockStart..<end, attribution: attribution, line: max(1, line)))
        text.append(0x0A)
        blockStart = text.count
        return true
    }

    /// The start of the block under construction (for an attribution inside it).
    var currentOffset: Int { text.count + (pendingSpace && text.count > blockStart ? 1 : 0) }

    /// Drops the block under construction and returns its text (a byline that becomes metadata); with
    /// `droppingLinks`, the links first numbered in it go too (navigation dropped whole: no URL left without
    /// its text).
    mutating func discardBlock(droppingLinks: Bool = false) -> String {
        let shown = text(from: blockStart)
        if droppingLinks {
            while links.count > linksAtBlockStart { linkNumbers[links.removeLast()] = nil }
        }
        beginBlock()
        return shown
    }

    /// Puts `prefix` in front of the last finished block (a quote's cite gets its dash).
    mutating func prefixLastBlock(_ prefix: String) {
        guard let last = pending.last, blockStart == text.count else { return }
        let bytes = Array(prefix.utf8)
        let at = last.range.lowerBound
        text.insert(contentsOf: bytes, at: at)
        pending[pending.count - 1].range = at..<(last.range.upperBound + bytes.count)
        for i in inlines.indices where inlines[i].range.lowerBound >= at {
            let r = inlines[i].range
            inlines[i] = InlineStyle(kind: inlines[i].kind, range: (r.lowerBound + bytes.count)..<(r.upperBound + bytes.count))
        }
        blockStart = text.count
    }

    /// True when the block under construction starts with a dash (a quote's attribution line).
    var blockStartsWithDash: Bool {
        if Self.dashLength(text, at: blockStart, end: text.count) > 0 { return true }
        if let line = attributionInBlock() { return line >= blockStart }
        return false
    }

    /// True when the block under construction holds nothing but images ("[image: …]").
    var blockIsOnlyImages: Bool {
        guard text.count > blockStart else { return false }
        var covered = blockStart
        var i = inlines.count - 1
        var spans: [Range<Int>] = []
        while i >= 0, inlines[i].range.lowerBound >= blockStart {
            if inlines[i].kind == .image { spans.append(inlines[i].range) }
            i -= 1
        }
        guard !spans.isEmpty else { return false }
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if text[covered..<span.lowerBound].contains(where: { $0 != 0x20 && $0 != 0x0A }) { return false }
            covered = max(covered, span.upperBound)
        }
        return !text[covered...].contains(where: { $0 != 0x20 && $0 != 0x0A })
    }

    /// Where the block under construction starts.
    var blockStartOffset: Int { blockStart }

    /// How many blocks are finished.
    var blockCount: Int { pending.count }

    /// The text appended to the block under construction since `offset`.
    func text(from offset: Int) -> String {
        guard offset < text.count else { return "" }
        return string(offset..<text.count)
    }

    /// True when the last finished block starts with a dash ("— Name", "-- Name").
    var lastBlockStartsWithDash: Bool {
        guard let last = pending.last else { return false }
        return Self.dashLength(text, at: last.range.lowerBound, end: last.range.upperBound) > 0
    }

    /// Where a line starting with a dash begins in the block under construction (a quote's attribution
    /// written on its last line), if there is one.
    func attributionInBlock() -> Int? {
        var i = text.count - 1
        while i > blockStart {
            if text[i] == 0x0A {
                return Self.dashLength(text, at: i + 1, end: text.count) > 0 ? i + 1 : nil
            }
            i -= 1
        }
        return nil
    }

    /// The length of a dash that opens an attribution at `i` ("—", "–", "--", "- "), or 0.
    static func dashLength(_ text: [UInt8], at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        if i + 2 < end, text[i] == 0xE2, text[i + 1] == 0x80, text[i + 2] == 0x94 || text[i + 2] == 0x93 { return 3 }
        if i + 1 < end, text[i] == UInt8(ascii: "-"), text[i + 1] == UInt8(ascii: "-") || text[i + 1] == 0x20 { return 2 }
        return 0
    }

    /// The kind of the last finished block, if any.
    var lastPart: Part? { pending.last?.part }

    /// Merges the last finished block into the one before it as its attribution (a quote's "— Name").
    mutating func attachLastAsAttribution() {
        guard pending.count >= 2 else { return }
        let last = pending.removeLast()
        let start = pending[pending.count - 1].range.lowerBound
        // The newline between them stays: the attribution is laid out on a line of its own.
        pending[pending.count - 1].range = start..<last.range.upperBound
        pending[pending.count - 1].attribution = last.range.lowerBound
    }

    /// Records a metadata entry; it is shown under the title as a metadata block.
    mutating func addMetadata(_ key: Metadata.Key, _ value: String, line: Int) {
        let clean = Sanitiser.singleLine(value)
        guard !clean.isEmpty, !metadata.contains(where: { $0.key == key }) else { return }
        metadata.append(Metadata(key: key, value: clean, line: line))
    }

    // MARK: - Document

    /// Makes the document. The title is the first heading when it is the only one of its rank or higher and
    /// comes before the body; otherwise `fallbackTitle` (front matter, `og:title`, `<title>`) or the file name
    /// heads a root without a line.
    /// The builder gives its text to the document (it is empty afterwards).
    mutating func build(name: String, format: Document.Format, fallbackTitle: String?, decodedFrom: String? = nil,
                        warnings: Int = 0) -> Document {
        var items = pending
        var text = self.text
        self.text = []
        // The text ends with the article: its links are the document's `links`, listed by the reader's links
        // view and `--dump --links`, never as text that would wrap a URL.
        var titleIndex: Int?
        if let first = items.firstIndex(where: { if case .heading = $0.part { return true } else { return false } }),
           case .heading(let rank) = items[first].part {
            let higherLater = items[(first + 1)...].contains { if case .heading(let r) = $0.part { return r <= rank } else { return false } }
            let bodyBefore = items[..<first].contains { item in
                if case .body(let kind) = item.part, case .paragraph = kind { return item.range.count > 200 }
                return false
            }
            let sameAsFallback = fallbackTitle.map { Self.sameTitle($0, string(items[first].range, in: text)) } ?? false
            if (!higherLater && !bodyBefore && (rank == 1 || fallbackTitle == nil)) || sameAsFallback {
                titleIndex = first
            }
        }

        var styles: [InlineStyle]
        if titleIndex == nil || titleIndex == 0 {
            // The blocks are in text order already: the metadata's text goes in after the title (or first), in
            // place, and what follows moves up by its length (no second copy of the text).
            let at = titleIndex == 0 ? items[0].range.upperBound + 1 : (items.first?.range.lowerBound ?? text.count)
            var metaBytes: [UInt8] = []
            var metaItems: [Pending] = []
            for entry in metadata {
                let start = at + metaBytes.count
                metaBytes.append(contentsOf: Array(Self.shown(entry).utf8))
                metaItems.append(Pending(part: .body(.metadata(entry.key)), range: start..<(at + metaBytes.count), attribution: nil,
                                         line: entry.line))
                metaBytes.append(0x0A)
            }
            let delta = metaBytes.count
            styles = inlines
            if delta > 0 {
                text.insert(contentsOf: metaBytes, at: at)
                for i in items.indices where items[i].range.lowerBound >= at {
                    items[i].range = (items[i].range.lowerBound + delta)..<(items[i].range.upperBound + delta)
                    items[i].attribution = items[i].attribution.map { $0 + delta }
                }
                for i in styles.indices where styles[i].range.lowerBound >= at {
                    let r = styles[i].range
                    styles[i] = InlineStyle(kind: styles[i].kind, range: (r.lowerBound + delta)..<(r.upperBound + delta))
                }
                items.insert(contentsOf: metaItems, at: titleIndex == 0 ? 1 : 0)
            }
            styles.sort { $0.range.lowerBound < $1.range.lowerBound }
        } else {
            styles = reordered(&items, &text, titleIndex: &titleIndex)
        }
        return assemble(items: items, text: text, titleIndex: titleIndex, styles: styles, name: name, format: format,
                        fallbackTitle: fallbackTitle, decodedFrom: decodedFrom, warnings: warnings)
    }

    /// The general case (a title after other blocks): the title moves to the top with the metadata after it,
    /// and the text is laid down again in block order, so that offsets grow with the block index.
    private func reordered(_ items: inout [Pending], _ text: inout [UInt8], titleIndex: inout Int?) -> [InlineStyle] {
        // Metadata blocks go right after the title (or first, without one).
        var metaItems: [Pending] = []
        for entry in metadata {
            let start = text.count
            text.append(contentsOf: Array(Self.shown(entry).utf8))
            metaItems.append(Pending(part: .body(.metadata(entry.key)), range: start..<text.count, attribution: nil,
                                     line: entry.line))
            text.append(0x0A)
        }
        if !metaItems.isEmpty {
            let at = titleIndex.map { $0 + 1 } ?? 0
            // A title that comes after some byline blocks moves to the top with its metadata.
            if let t = titleIndex, t > 0 {
                let title = items.remove(at: t)
                items.insert(title, at: 0)
                titleIndex = 0
                items.insert(contentsOf: metaItems, at: 1)
            } else {
                items.insert(contentsOf: metaItems, at: at)
            }
        } else if let t = titleIndex, t > 0 {
            let title = items.remove(at: t)
            items.insert(title, at: 0)
            titleIndex = 0
        }

        // The text is laid down again in block order, so that offsets grow with the block index.
        var ordered: [UInt8] = []
        ordered.reserveCapacity(text.count)
        var moves: [(old: Range<Int>, delta: Int)] = []
        for i in items.indices {
            let old = items[i].range
            let start = ordered.count
            ordered.append(contentsOf: text[old])
            ordered.append(0x0A)
            let delta = start - old.lowerBound
            moves.append((old, delta))
            items[i].range = start..<(start + old.count)
            items[i].attribution = items[i].attribution.map { $0 + delta }
        }
        text = ordered
        moves.sort { $0.old.lowerBound < $1.old.lowerBound }
        var styles: [InlineStyle] = []
        styles.reserveCapacity(inlines.count)
        for style in inlines {
            var lo = 0, hi = moves.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if moves[mid].old.lowerBound <= style.range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            let move = moves[lo - 1]
            guard style.range.upperBound <= move.old.upperBound else { continue }
            styles.append(InlineStyle(kind: style.kind, range: (style.range.lowerBound + move.delta)..<(style.range.upperBound + move.delta)))
        }
        styles.sort { $0.range.lowerBound < $1.range.lowerBound }
        return styles
    }

    private func assemble(items: [Pending], text: [UInt8], titleIndex: Int?, styles: [InlineStyle], name: String,
                          format: Document.Format, fallbackTitle: String?, decodedFrom: String?, warnings: Int) -> Document {
        var blocks: [Block] = []
        blocks.reserveCapacity(items.count)
        var sections: [Section] = []
        var stack: [(id: Int, rank: Int)] = []
        if let t = titleIndex {
            sections.append(Section(id: 0, title: Sanitiser.singleLine(string(items[t].range, in: text)), level: 0,
                                    parent: nil, line: items[t].line, headingBlock: 0, firstBlock: 0, endBlock: items.count))
        } else {
            let fallback = fallbackTitle.map(Sanitiser.singleLine).flatMap { $0.isEmpty ? nil : $0 }
            sections.append(Section(id: 0, title: fallback ?? Sanitiser.singleLine(Self.fileName(name)), level: 0,
                                    parent: nil, line: nil, headingBlock: nil, firstBlock: 0, endBlock: items.count))
        }
        stack.append((0, 0))
        for (index, item) in items.enumerated() {
            let kind: Block.Kind
            switch item.part {
            case .heading where index == titleIndex:
                kind = .title
            case .heading(let rank):
                while let top = stack.last, top.id != 0, top.rank >= rank {
                    sections[top.id].endBlock = index
                    stack.removeLast()
                }
                let parent = stack.last!.id
                let id = sections.count
                sections.append(Section(id: id, title: Sanitiser.singleLine(string(item.range, in: text)),
                                        level: sections[parent].level + 1, parent: parent, line: item.line,
                                        headingBlock: index, firstBlock: index, endBlock: items.count))
                sections[parent].children.append(id)
                stack.append((id, rank))
                kind = .heading(level: sections[id].level)
            case .body(let k):
                kind = k
            }
            blocks.append(Block(kind: kind, range: item.range, attributionStart: item.attribution, line: item.line,
                                section: stack.last!.id))
        }
        return Document(text: text, format: format, name: name, metadata: metadata, blocks: blocks, sections: sections,
                        decodedFrom: decodedFrom, inlines: styles,
                        links: links, importWarnings: warnings)
    }

    private func string(_ range: Range<Int>) -> String { string(range, in: text) }

    private func string(_ range: Range<Int>, in text: [UInt8]) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// How a metadata entry reads under the title.
    static func shown(_ entry: Metadata) -> String {
        switch entry.key {
        case .byline:
            let lower = entry.value.lowercased()
            return lower.hasPrefix("by ") ? entry.value : "By " + entry.value
        case .date:
            return readableDate(entry.value) ?? entry.value
        case .keywords, .site, .summary, .note:
            return entry.value
        }
    }

    /// "2025-06-18T21:40:00+01:00" → "18 June 2025, 21:40"; "2025-06-18" → "18 June 2025"; nil for other forms
    /// (shown as written).
    static func readableDate(_ value: String) -> String? {
        let s = Array(value.utf8)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= s.count else { return nil }
            var n = 0
            for i in r {
                guard s[i] >= 0x30 && s[i] <= 0x39 else { return nil }
                n = n * 10 + Int(s[i] - 0x30)
            }
            return n
        }
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"), let year = number(0..<4),
              let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        var out = "\(day) \(months[month - 1]) \(year)"
        if s.count >= 16, s[10] == UInt8(ascii: "T") || s[10] == 0x20, s[13] == UInt8(ascii: ":"),
           let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60, hour + minute > 0 {
            out += ", " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        } else if s.count > 10 && s[10] != UInt8(ascii: "T") && s[10] != 0x20 {
            return nil
        }
        return out
    }

    static func fileName(_ name: String) -> String { Document.displayName(ofPath: name) }

    /// Titles compared without case, punctuation differences and a " | Site" or " - Site" suffix.
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String {
            String(s.lowercased().unicodeScalars.filter { CharacterSetLite.isAlphanumeric($0) }.map(Character.init))
        }
        let ka = key(a), kb = key(b)
        guard !ka.isEmpty, !kb.isEmpty else { return false }
        return ka == kb || (kb.count >= 12 && ka.hasPrefix(kb)) || (ka.count >= 12 && kb.hasPrefix(ka))
    }
}

/// Letter-or-digit without Foundation.
enum CharacterSetLite {
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
