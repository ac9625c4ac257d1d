#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plain-text importer's second pass: from raw blocks to title, metadata, headings and the section tree.
struct StructureBuilder {
    let text: UnsafeBufferPointer<UInt8>
    let raw: [RawBlock]
    let name: String

    /// How many blocks after the title are searched for metadata lines.
    static let headerBlocks = 6

    /// What the second pass decided for one raw block.
    private enum Role {
        case body
        case title
        case metadata(Metadata.Key)
        case heading(HeadingStyle)
        /// An image's placeholder line or caption: shown, never a heading nor analysed as prose.
        case caption
    }

    func build(text bytes: [UInt8], sourceEncoding: String?) -> Document {
        var roles = [Role](repeating: .body, count: raw.count)
        let start = findTitle(&roles)
        let metadata = findMetadata(&roles, from: start)
        findCaptions(&roles, from: start)
        let candidates = headingCandidates(roles, from: start)
        let accepted = acceptHeadings(candidates, from: start)
        for i in start..<raw.count where accepted[i] { roles[i] = .heading(candidates[i]!) }
        return assemble(roles: roles, metadata: metadata, text: bytes, sourceEncoding: sourceEncoding)
    }

    // MARK: - Title and metadata

    /// The title: a headline-shaped first line, or an underlined first heading. Returns the first block
    /// after it.
    private func findTitle(_ roles: inout [Role]) -> Int {
        guard let first = raw.first else { return 0 }
        if case .underlined = first.kind {
            roles[0] = .title
            return 1
        }
        if first.kind == .paragraph && first.singleLine && HeadingShape.isTitle(line(first)) {
            roles[0] = .title
            return 1
        }
        return 0
    }

    /// Metadata: one-line keyword, byline and date lines near the top, before the first heading. Right under
    /// a title, before any text, a line that is only a name is the author's.
    private func findMetadata(_ roles: inout [Role], from start: Int) -> [Metadata] {
        var metadata: [Metadata] = []
        var k = start
        var bodySeen = false
        while k < min(raw.count, start + Self.headerBlocks) {
            let block = raw[k]
            guard block.kind == .paragraph, block.singleLine, block.columns <= 200 else {
                if block.kind == .separator || isUnderlined(block) { break }
                bodySeen = true
                k += 1
                continue
            }
            let text = line(block)
            var key = MetadataLine.classify(text)
            if key == nil, start == 1, !bodySeen, k <= start + 2, MetadataLine.isName(text), isAuthorsPlace(k) { key = .byline }
            if let key {
                roles[k] = .metadata(key)
                metadata.append(Metadata(key: key, value: text, line: block.line))
            } else if HeadingShape.classify(text) != nil {
                break
            } else {
                bodySeen = true
            }
            k += 1
        }
        return metadata
    }

    /// A name under the title is its author's when nothing sets it apart from the title (no blank line), or
    /// when what follows is not the text a heading would have: a date, a link line, another name. A line such
    /// as "First Section" before a paragraph is the first heading.
    private func isAuthorsPlace(_ k: Int) -> Bool {
        guard raw[k].blankBefore, k + 1 < raw.count else { return true }
        if raw[k + 1].singleLine, case .paragraph = raw[k + 1].kind, MetadataLine.classify(line(raw[k + 1])) != nil { return true }
        return !isSubstantial(k + 1)
    }

    // MARK: - Captions

    /// An image's placeholder line ("Image", "Photo"), the line right under it, a line that ends in a photo
    /// credit ("… Claire Dubois/Atlas Wire") and a "Figure 1: …" line are captions.
    private func findCaptions(_ roles: inout [Role], from start: Int) {
        var i = start
        while i < raw.count {
            defer { i += 1 }
            // Fields, not the block (a copy of a block is a copy of its kind's string).
            guard raw[i].singleLine, raw[i].columns <= 200, case .paragraph = raw[i].kind, case .body = roles[i] else { continue }
            // Each test only where the bytes allow it: most lines of running text are never made strings here.
            let r = raw[i].range
            let short = raw[i].columns <= 24
            // A credit is in the last words: only the last 80 bytes are searched.
            let tail = max(r.lowerBound, r.upperBound - 80)
            let slash = memchr(text.baseAddress! + tail, Int32(UInt8(ascii: "/")), r.upperBound - tail) != nil
            let numbered = digitAfterFirstWord(r)
            // A short line is looked at only when it starts as a placeholder word can ("Image", "Photo 3 of 12").
            let placeholderStart = short && HeadingShape.placeholderInitials.contains(text[r.lowerBound] | 0x20)
            guard placeholderStart || slash || numbered else { continue }
            let text = string(r)
            // Page furniture ("Image: Name/Agency", "(Photo by …)") stays a line the noise annotator dims.
            if Boilerplate.matches(text) { continue }
            if placeholderStart && HeadingShape.isMediaPlaceholder(text) {
                roles[i] = .caption
                if i + 1 < raw.count, !raw[i + 1].blankBefore, case .paragraph = raw[i + 1].kind, raw[i + 1].lineCount <= 2,
                   case .body = roles[i + 1] {
                    roles[i + 1] = .caption
                    i += 1
                }
            } else if (slash && HeadingShape.endsWithCredit(text)) || (numbered && HeadingShape.isNumberedCaption(text)) {
                roles[i] = .caption
            }
        }
    }

    /// A digit right after a first word of at most 8 bytes ("Figure 1", "Fig. 2").
    private func digitAfterFirstWord(_ r: Range<Int>) -> Bool {
        guard let space = text[r.lowerBound..<min(r.upperBound, r.lowerBound + 9)].firstIndex(of: 0x20) else { return false }
        return space + 1 < r.upperBound && text[space + 1] >= 0x30 && text[space + 1] <= 0x39
    }

    // MARK: - Headings

    /// The heading style each block would have, before what follows it is considered.
    private func headingCandidates(_ roles: [Role], from start: Int) -> [HeadingStyle?] {
        var candidates = [HeadingStyle?](repeating: nil, count: raw.count)
        // Few per article, so a list (a Set<String> here cost a conformance scan at every start).
        var quoted: [String] = []
        // A stitched-on article's headline repeats the post right before it: look only a few blocks on.
        var lastQuote = -100
        var sequence = EnumerationSequence()
        for i in start..<raw.count {
            guard case .body = roles[i] else { continue }
            let block = raw[i]
            switch block.kind {
            case .underlined(let mark):
                candidates[i] = .underline(mark)
            case .quote:
                let end = block.attributionStart ?? block.range.upperBound
                quoted.append(Self.normalised(string(block.range.lowerBound..<end)))
                lastQuote = i
            case .paragraph where block.singleLine:
                let nearQuote = i - lastQuote <= 3
                guard nearQuote || mayBeHeading(block) else { continue }
                let text = line(block)
                if nearQuote && quoted.contains(Self.normalised(text)) {
                    candidates[i] = .part
                } else if var style = HeadingShape.classify(text), !isCreditOrTime(text, style) {
                    style = sequence.resolve(style, text)
                    let afterSeparator = i > 0 && raw[i - 1].kind == .separator
                    candidates[i] = afterSeparator && (style == .plain || style == .allCaps) ? .part : style
                }
            case .listItem(let marker) where block.singleLine && marker.first?.isNumber == true:
                if case .numbered(let depth)? = HeadingShape.classify(string(block.lineStart..<block.range.upperBound)) {
                    candidates[i] = .numbered(depth: depth)
                }
            default:
                break
            }
        }
        dropLinkLists(&candidates, from: start)
        return candidates
    }

    /// A byline, a time or a field in the body ("Edited by Betsy Ames", "1:39 PM ET", "Rating: 4 out of 5") is
    /// not a heading.
    /// ("BOOK ONE: 1805" is a heading: only plain lines are read as fields.)
    private func isCreditOrTime(_ text: String, _ style: HeadingStyle) -> Bool {
        // Every byline has "by" and every time or field a ':': most candidates have neither.
        var hasColonOrBy = false
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == UInt8(ascii: ":") || ((b | 0x20) == UInt8(ascii: "y") && (previous | 0x20) == UInt8(ascii: "b")) {
                hasColonOrBy = true
                break
            }
            previous = b
        }
        guard hasColonOrBy else { return false }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return MetadataLine.isByline(words) || MetadataLine.isTime(words) || (style == .plain && HeadingShape.isFieldLine(text))
    }

    /// In text that puts blank lines between its blocks, two or more heading-shaped lines with no blank line
    /// between them are a list of links or headlines ("Related" stories), not headings.
    private func dropLinkLists(_ candidates: inout [HeadingStyle?], from start: Int) {
        guard usesBlankLines else { return }
        var i = start
        while i < raw.count {
            guard isShortPlain(candidates[i]) else {
                i += 1
                continue
            }
            var j = i
            while j + 1 < raw.count, !raw[j + 1].blankBefore, isShortPlain(candidates[j]), isShortPlain(candidates[j + 1]) { j += 1 }
            if j > i { for k in i...j { candidates[k] = nil } }
            i = j + 1
        }
    }

    private func isShortPlain(_ style: HeadingStyle?) -> Bool {
        switch style {
        case .plain?, .allCaps?: return true
        default: return false
        }
    }

    /// Most blocks have a blank line before them.
    private var usesBlankLines: Bool {
        var blank = 0
        for block in raw where block.blankBefore { blank += 1 }
        return raw.count >= 4 && blank * 3 >= raw.count * 2
    }

    /// Accepts candidates from the end: what follows a heading decides whether it is one.
    private func acceptHeadings(_ candidates: [HeadingStyle?], from start: Int) -> [Bool] {
        var accepted = [Bool](repeating: false, count: raw.count)
        // The heading whose one line of text was taken for a heading of its own.
        var sandwiched = -1
        var i = raw.count - 1
        while i >= start {
            defer { i -= 1 }
            guard let style = candidates[i] else { continue }
            let next = i + 1 < raw.count ? i + 1 : nil
            switch style {
            case .underline, .part:
                accepted[i] = true
            case .numbered:
                if case .listItem = raw[i].kind {
                    // "1. Introduction" followed by text is a heading; a run of numbered lines is a list.
                    if let n = next, !accepted[n], case .listItem(let m) = raw[n].kind, m.first?.isNumber == true {
                        accepted[i] = false
                    } else if let n = next, candidates[n] != nil, case .numbered = candidates[n]!, !accepted[n] {
                        accepted[i] = false
                    } else {
                        accepted[i] = next != nil
                    }
                } else {
                    accepted[i] = next != nil
                }
            default:
                guard let n = next else { continue }
                if accepted[n] {
                    // Three short plain lines in a row ("See also", "List of …", "References"): the middle one
                    // is the first one's text.
                    let before = i > start ? candidates[i - 1] : nil
                    if style.needsBody, isShortPlain(before), isShortPlain(candidates[n]) {
                        accepted[i] = false
                        if i - 1 >= start { sandwiched = i - 1 }
                    } else {
                        accepted[i] = true
                    }
                } else if sandwiched == i {
                    accepted[i] = true
                } else if style.needsBody {
                    accepted[i] = isSubstantial(n)
                } else {
                    accepted[i] = true
                }
            }
        }
        return accepted
    }

    // MARK: - Sections

    private func assemble(roles: [Role], metadata: [Metadata], text bytes: [UInt8], sourceEncoding: String?) -> Document {
        // Changed only where a table's cells and rows get their separators (a copy, for documents with tables).
        var documentText = bytes
        var blocks: [Block] = []
        blocks.reserveCapacity(raw.count)
        var sections: [Section] = []
        var ranks: [HeadingStyle] = []
        // Open sections from the root down, with their style rank (-1 for the root).
        var stack: [(id: Int, rank: Int)] = []

        if case .title = roles.first {
            let block = raw[0]
            sections.append(Section(id: 0, title: Sanitiser.singleLine(line(block)), level: 0, parent: nil,
                                    line: block.line, headingBlock: 0, firstBlock: 0, endBlock: raw.count))
        } else {
            sections.append(Section(id: 0, title: Sanitiser.singleLine(Document.displayName(ofPath: name)), level: 0, parent: nil, line: nil,
                                    headingBlock: nil, firstBlock: 0, endBlock: raw.count))
        }
        stack.append((0, -1))

        for (index, block) in raw.enumerated() {
            let kind: Block.Kind
            var range = block.range
            switch roles[index] {
            case .title:
                kind = .title
            case .metadata(let key):
                kind = .metadata(key)
            case .heading(let style):
                range = block.lineStart..<block.range.upperBound
                let rank = Self.rank(of: style, in: &ranks)
                while let top = stack.last, top.rank >= rank {
                    sections[top.id].endBlock = index
                    stack.removeLast()
                }
                let parent = stack.last!.id
                let id = sections.count
                sections.append(Section(id: id, title: Sanitiser.singleLine(string(range)),
                                        level: sections[parent].level + 1, parent: parent, line: block.line,
                                        headingBlock: index, firstBlock: index, endBlock: raw.count))
                sections[parent].children.append(id)
                stack.append((id, rank))
                kind = .heading(level: sections[id].level)
            case .caption:
                kind = .caption
            case .body:
                switch block.kind {
                case .paragraph: kind = .paragraph
                case .listItem(let marker): kind = .listItem(marker: marker)
                case .separator: kind = .separator
                case .quote: kind = .quote
                case .underlined: kind = .paragraph
                case .table(let header):
                    kind = .table(header: header)
                    TableText.mark(&documentText, block.range)
                }
            }
            blocks.append(Block(kind: kind, range: range, attributionStart: block.attributionStart, line: block.line,
                                section: stack.last!.id))
        }
        return Document(text: documentText, format: .plainText, name: name, metadata: metadata, blocks: blocks,
                        sections: sections, decodedFrom: sourceEncoding)
    }

    /// The rank of a style: its place in the order styles first appeared, with `=` above `-` and
    /// shallower numbering above deeper.
    static func rank(of style: HeadingStyle, in ranks: inout [HeadingStyle]) -> Int {
        if let found = ranks.firstIndex(of: style) { return found }
        var insertAt = ranks.count
        switch style {
        case .underline(let mark) where mark == UInt8(ascii: "="):
            if let dash = ranks.firstIndex(of: .underline(UInt8(ascii: "-"))) { insertAt = dash }
        case .numbered(let depth):
            if let deeper = ranks.firstIndex(where: { if case .numbered(let d) = $0 { return d > depth } else { return false } }) {
                insertAt = deeper
            }
        case .part:
            insertAt = 0
        default:
            break
        }
        ranks.insert(style, at: insertAt)
        return insertAt
    }

    // MARK: - Helpers

    /// Tells "C. Communication" (the letter after "B.") from "C. Conclusions" (the hundredth Roman numeral)
    /// by what came before.
    struct EnumerationSequence {
        var lastLetter: Character?
        var lastRoman = 0

        mutating func resolve(_ style: HeadingStyle, _ text: String) -> HeadingStyle {
            guard style == .roman || style == .lettered, let first = text.first else { return style }
            let single = text.dropFirst().first == "." || text.dropFirst().first == ")"
            if style == .roman && single && first != "I" {
                let value = HeadingShape.romanValue(Substring(String(first))) ?? 0
                let followsLetter = lastLetter.flatMap { $0.asciiValue }.map { $0 + 1 == first.asciiValue } ?? false
                if followsLetter || value != lastRoman + 1 {
                    lastLetter = first
                    return .lettered
                }
            }
            if style == .lettered {
                lastLetter = first
            } else if let prefix = text.split(separator: ".").first ?? text.split(separator: ")").first {
                lastRoman = HeadingShape.romanValue(prefix) ?? lastRoman
                lastLetter = nil
            }
            return style
        }
    }

    /// A quick look at the bytes before the closer one: short enough, not ending like a sentence or a
    /// clause, not starting in lower case or inside quotation marks. Most lines of running text stop here.
    private func mayBeHeading(_ block: RawBlock) -> Bool {
        let r = block.range
        guard block.columns <= HeadingShape.maxColumns, r.count <= HeadingShape.maxColumns * 4, let lastIndex = r.last else { return false }
        let last = text[lastIndex]
        if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") {
            return false
        }
        let first = text[r.lowerBound]
        if (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")) || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return false
        }
        // “ and ‘ (E2 80 9C, E2 80 98)
        if first == 0xE2, r.count >= 3, text[r.lowerBound + 1] == 0x80, text[r.lowerBound + 2] == 0x9C || text[r.lowerBound + 2] == 0x98 {
            return false
        }
        return true
    }

    private func isUnderlined(_ block: RawBlock) -> Bool {
        if case .underlined = block.kind { return true }
        return false
    }

    /// A block of running text worth a heading: several lines, a long line, a finished sentence, or a line
    /// that introduces the list after it ("The company makes three lines of products:").
    private func isSubstantial(_ index: Int) -> Bool {
        let block = raw[index]
        switch block.kind {
        case .listItem, .quote, .table: return true
        case .separator, .underlined: return false
        case .paragraph:
            if block.lineCount >= 2 || block.columns >= 60 { return true }
            guard let last = string(block.range).unicodeScalars.last else { return false }
            if last == ":", index + 1 < raw.count, case .listItem = raw[index + 1].kind { return true }
            return ".!?\u{201D}\"…)".unicodeScalars.contains(last)
        }
    }

    private func line(_ block: RawBlock) -> String { string(block.range) }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }

    /// Text for comparing a heading with an earlier quote: no trailing links, single spaces.
    /// Works on bytes: it runs for every one-line block once the document has a quote.
    static let linkPrefixes = ["pic.twitter.com/", "http://", "https://"]

    static func normalised(_ text: String) -> String {
        let bytes = Array(text.utf8)
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }
        func startsLink(_ at: Int, _ e: Int) -> Bool {
            for prefix in linkPrefixes where e - at >= prefix.utf8.count {
                if bytes[at..<(at + prefix.utf8.count)].elementsEqual(prefix.utf8) { return true }
            }
            return false
        }
        // Trailing links off, word by word from the end (no array of words: this runs for every one-line block).
        var end = bytes.count
        while true {
            var e = end
            while e > 0 && isSpace(bytes[e - 1]) { e -= 1 }
            var s = e
            while s > 0 && !isSpace(bytes[s - 1]) { s -= 1 }
            if s < e && startsLink(s, e) {
                end = s
                continue
            }
            end = e
            break
        }
        // Runs of white space as one space, none at the ends.
        var out = [UInt8]()
        out.reserveCapacity(end)
        var pendingSpace = false
        for i in 0..<end {
            let b = bytes[i]
            if isSpace(b) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Marks a plain-text table's rows and cells in the document's text, in place (the same length): a `|`
/// between cells becomes `Block.cellSeparator`, a line end between rows `Block.rowSeparator`, the `|` that
/// frame a row and the rule under a header (`---|---`) become spaces.
enum TableText {
    static func mark(_ text: inout [UInt8], _ range: Range<Int>) {
        var rowStart = range.lowerBound
        while rowStart < range.upperBound {
            var rowEnd = rowStart
            while rowEnd < range.upperBound && text[rowEnd] != 0x0A { rowEnd += 1 }
            markRow(&text, rowStart..<rowEnd)
            if rowEnd < range.upperBound {
                // The rule under a header joins its row as spaces; other line ends separate rows.
                text[rowEnd] = isRule(text, (rowEnd + 1)..<lineEnd(text, after: rowEnd, limit: range.upperBound))
                    ? 0x20 : Block.rowSeparator
            }
            rowStart = rowEnd + 1
        }
    }

    private static func lineEnd(_ text: [UInt8], after newline: Int, limit: Int) -> Int {
        var e = newline + 1
        while e < limit && text[e] != 0x0A { e += 1 }
        return e
    }

    private static func isRule(_ text: [UInt8], _ row: Range<Int>) -> Bool {
        var dash = false
        for i in row {
            switch text[i] {
            case UInt8(ascii: "-"), UInt8(ascii: "="): dash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), UInt8(ascii: "+"), 0x20, 0x09, 0x0D: break
            default: return false
            }
        }
        return dash
    }

    private static func markRow(_ text: inout [UInt8], _ row: Range<Int>) {
        if isRule(text, row) {
            for i in row { text[i] = 0x20 }
            return
        }
        var first = row.lowerBound, last = row.upperBound
        while first < last && (text[first] == 0x20 || text[first] == 0x09) { first += 1 }
        while last > first && (text[last - 1] == 0x20 || text[last - 1] == 0x09 || text[last - 1] == 0x0D) { last -= 1 }
        for i in row {
            guard text[i] == UInt8(ascii: "|") || text[i] == 0x0D else { continue }
            text[i] = i == first || i == last - 1 || text[i] == 0x0D ? 0x20 : Block.cellSeparator
        }
    }
}
