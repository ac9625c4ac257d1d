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
    }

    func build(text bytes: [UInt8], sourceEncoding: String?) -> Document {
        var roles = [Role](repeating: .body, count: raw.count)
        var metadata: [Metadata] = []
        var start = 0

        // Title: a headline-shaped first line, or an underlined first heading.
        if let first = raw.first {
            if case .underlined = first.kind {
                roles[0] = .title
                start = 1
            } else if first.kind == .paragraph && first.singleLine && HeadingShape.isTitle(line(first)) {
                roles[0] = .title
                start = 1
            }
        }

        // Metadata: one-line keyword, byline and date lines near the top, before the first heading.
        var k = start
        while k < min(raw.count, start + Self.headerBlocks) {
            let block = raw[k]
            guard block.kind == .paragraph, block.singleLine, block.columns <= 200 else {
                if block.kind == .separator || isUnderlined(block) { break }
                k += 1
                continue
            }
            let text = line(block)
            if let key = MetadataLine.classify(text) {
                roles[k] = .metadata(key)
                metadata.append(Metadata(key: key, value: text, line: block.line))
            } else if HeadingShape.classify(text) != nil {
                break
            }
            k += 1
        }

        // Heading candidates.
        var candidates = [HeadingStyle?](repeating: nil, count: raw.count)
        // Few per article, so a list (a Set<String> here cost a conformance scan at every start).
        var quoted: [String] = []
        // A stitched-on article's headline repeats the post right before it: look only a few blocks on.
        var lastQuote = -100
        var sequence = EnumerationSequence()
        for i in start..<raw.count {
            if case .metadata = roles[i] { continue }
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
                } else if var style = HeadingShape.classify(text) {
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

        // Accept candidates from the end: what follows a heading decides whether it is one.
        var accepted = [Bool](repeating: false, count: raw.count)
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
                    accepted[i] = true
                } else if style.needsBody {
                    accepted[i] = isSubstantial(raw[n])
                } else {
                    accepted[i] = true
                }
            }
        }
        for i in start..<raw.count where accepted[i] { roles[i] = .heading(candidates[i]!) }

        return assemble(roles: roles, metadata: metadata, text: bytes, sourceEncoding: sourceEncoding)
    }

    // MARK: - Sections

    private func assemble(roles: [Role], metadata: [Metadata], text bytes: [UInt8], sourceEncoding: String?) -> Document {
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
            case .body:
                switch block.kind {
                case .paragraph: kind = .paragraph
                case .listItem(let marker): kind = .listItem(marker: marker)
                case .separator: kind = .separator
                case .quote: kind = .quote
                case .underlined: kind = .paragraph
                }
            }
            blocks.append(Block(kind: kind, range: range, attributionStart: block.attributionStart, line: block.line,
                                section: stack.last!.id))
        }
        return Document(text: bytes, format: .plainText, name: name, metadata: metadata, blocks: blocks,
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

    /// A block of running text worth a heading: several lines, a long line, or a finished sentence.
    private func isSubstantial(_ block: RawBlock) -> Bool {
        switch block.kind {
        case .listItem, .quote: return true
        case .separator, .underlined: return false
        case .paragraph:
            if block.lineCount >= 2 || block.columns >= 60 { return true }
            guard let last = string(block.range).unicodeScalars.last else { return false }
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
