/// Finds the original source an article rests on: embedded posts and blockquotes ("— Name (@handle) Date"),
/// and direct quotations with a speaker and a reporting verb (“…,” she said; X said: “…”; According to X, “…”).
/// Labels the quoted sentences `quote`, parses speaker, handle and date, and links repeats of the same words.
public struct QuoteAnnotator: Annotator {
    public let name = "quotes"
    public let requires: Set<Layer> = [.sentences]
    public let produces: Set<Layer> = [.quotes]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        var seen: [String: Int] = [:]
        document.text.withUnsafeBufferPointer { t in
            for (index, block) in document.blocks.enumerated() where SentenceSegmenter.isProse(block.kind) {
                guard !annotations.noiseBlocks[index] else { continue }
                var found: [SourceQuote] = []
                if block.kind == .quote {
                    found.append(Self.blockQuote(t, block, index))
                } else if Self.mayHoldQuotation(t, block.range) {
                    for s in annotations.blockSentences[index] {
                        if let q = Self.directQuotation(t, annotations.sentences[s].range, index) { found.append(q) }
                    }
                }
                for var quote in found {
                    let key = StructureBuilder.normalised(String(decoding: UnsafeBufferPointer(rebasing: t[quote.words]), as: UTF8.self))
                    if let earlier = seen[key] { quote.repeatOf = earlier } else { seen[key] = annotations.quotes.count }
                    annotations.quotes.append(quote)
                    for s in annotations.blockSentences[index] where annotations.sentences[s].range.overlaps(quote.words) {
                        annotations.sentences[s].labels.insert(.quote)
                    }
                }
            }
            // A line that repeats a post's words (the reference article's stitched-on headline) is the same quote.
            for (index, block) in document.blocks.enumerated() where block.isHeading && !seen.isEmpty {
                let key = StructureBuilder.normalised(String(decoding: UnsafeBufferPointer(rebasing: t[block.range]), as: UTF8.self))
                if let earlier = seen[key] {
                    var repeated = annotations.quotes[earlier]
                    repeated.block = index
                    repeated.words = block.range
                    repeated.repeatOf = earlier
                    annotations.quotes.append(repeated)
                }
            }
        }
    }

    // MARK: - Blockquotes and posts

    static func blockQuote(_ t: UnsafeBufferPointer<UInt8>, _ block: Block, _ index: Int) -> SourceQuote {
        var wordsEnd = block.attributionStart ?? block.range.upperBound
        var attribution: Range<Int>? = block.attributionStart.map { $0..<block.range.upperBound }
        if attribution == nil, let line = lastLineStart(t, block.range), startsWithDash(t, line, block.range.upperBound) {
            attribution = line..<block.range.upperBound
            wordsEnd = line
        }
        var words = trimmed(t, block.range.lowerBound..<wordsEnd)
        words = withoutTrailingLink(t, words)
        words = withoutQuotationMarks(t, words)
        var quote = SourceQuote(block: index, words: words)
        if let attribution { parseAttribution(t, attribution, into: &quote) }
        return quote
    }

    /// "— BRICS news (@BRICSinfo) June 18, 2025", "-- Jane Roe, March 3, 2025", "— Jane Roe".
    static func parseAttribution(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into quote: inout SourceQuote) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: t[range]), as: UTF8.self)
        var rest = Substring(text)
        while let c = rest.first, c == "—" || c == "–" || c == "-" || c == "―" || c == " " { rest = rest.dropFirst() }
        if let paren = handleStart(rest), let close = rest[paren...].firstIndex(of: ")") {
            let at = rest.index(after: paren)
            quote.speaker = clean(rest[..<paren])
            quote.handle = String(rest[at..<close])
            quote.date = clean(rest[rest.index(after: close)...])
        } else if let comma = rest.firstIndex(of: ","), MetadataLine.isDate(rest[rest.index(after: comma)...].split(separator: " ")) {
            quote.speaker = clean(rest[..<comma])
            quote.date = clean(rest[rest.index(after: comma)...])
        } else {
            quote.speaker = clean(rest)
        }
    }

    /// The index of "(" in "(@handle".
    static func handleStart(_ s: Substring) -> Substring.Index? {
        var i = s.startIndex
        while i < s.endIndex {
            let next = s.index(after: i)
            if s[i] == "(", next < s.endIndex, s[next] == "@" { return i }
            i = next
        }
        return nil
    }

    static func clean(_ s: Substring) -> String? {
        let out = Sanitiser.singleLine(String(s)).trimmingCharacters(in: ",;.")
        return out.isEmpty ? nil : out
    }

    // MARK: - Direct quotations

    /// A quick test before the sentence-level search: a quotation mark in the block.
    static func mayHoldQuotation(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if t[i] == 0x22 || (t[i] == 0xE2 && i + 2 < range.upperBound && t[i + 1] == 0x80 && t[i + 2] == 0x9C) { return true }
            i += 1
        }
        return false
    }

    /// “…,” said X. / “…,” X said. / X said: “…” / According to X, “…”.
    static func directQuotation(_ t: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, _ block: Int) -> SourceQuote? {
        guard let (open, close) = quotationMarks(t, sentence) else { return nil }
        let inner = withoutFinalComma(t, trimmed(t, open.upperBound..<close.lowerBound))
        guard inner.count >= 8 else { return nil }
        let after = String(decoding: UnsafeBufferPointer(rebasing: t[close.upperBound..<sentence.upperBound]), as: UTF8.self)
        let before = String(decoding: UnsafeBufferPointer(rebasing: t[sentence.lowerBound..<open.lowerBound]), as: UTF8.self)
        if let speaker = speakerAfter(after) { return SourceQuote(block: block, words: inner, speaker: speaker) }
        if let speaker = speakerBefore(before) { return SourceQuote(block: block, words: inner, speaker: speaker) }
        return nil
    }

    /// The first quotation in a sentence: “…” or "…".
    static func quotationMarks(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var i = r.lowerBound
        while i < r.upperBound {
            if t[i] == 0xE2, i + 2 < r.upperBound, t[i + 1] == 0x80, t[i + 2] == 0x9C {
                var j = i + 3
                while j + 2 < r.upperBound {
                    if t[j] == 0xE2, t[j + 1] == 0x80, t[j + 2] == 0x9D { return (i..<i + 3, j..<j + 3) }
                    j += 1
                }
                return nil
            }
            if t[i] == 0x22 {
                var j = i + 1
                while j < r.upperBound {
                    if t[j] == 0x22 { return (i..<i + 1, j..<j + 1) }
                    j += 1
                }
                return nil
            }
            i += 1
        }
        return nil
    }

    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "added", "wrote", "tweeted", "posted", "stated", "argued", "explained", "warned",
        "insisted", "asked", "noted", "declared", "announced", "replied", "continued", "claimed", "recalled",
        "acknowledged", "admitted", "conceded", "cautioned", "urged", "predicted", "remarked", "observed",
    ]

    /// After the closing mark: ", said Mayor Lena Ortiz." / ", she told reporters." / " Ortiz said."
    static func speakerAfter(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0).trimmingCharacters(in: ",.;:!?") }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        if reportingVerbs.contains(words[0].lowercased()) {
            let name = words.dropFirst().prefix { !reportingVerbs.contains($0.lowercased()) }.prefix(6)
            return name.isEmpty ? nil : name.joined(separator: " ")
        }
        if let verb = words.prefix(7).firstIndex(where: { reportingVerbs.contains($0.lowercased()) }), verb > 0 {
            return words[..<verb].joined(separator: " ")
        }
        return nil
    }

    /// Before the opening mark: "Ortiz said: " / "The minister told reporters that " / "According to the ministry, ".
    static func speakerBefore(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0).trimmingCharacters(in: ",.;:") }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        if words.count >= 3, words[0].lowercased() == "according", words[1].lowercased() == "to" {
            return words[2...].prefix(6).joined(separator: " ")
        }
        if let verb = words.lastIndex(where: { reportingVerbs.contains($0.lowercased()) }), verb > 0 {
            return words[max(0, verb - 5)..<verb].joined(separator: " ")
        }
        return nil
    }

    // MARK: - Ranges

    static func trimmed(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, t[a] == 0x20 || t[a] == 0x0A || t[a] == 0x09 { a += 1 }
        while b > a, t[b - 1] == 0x20 || t[b - 1] == 0x0A || t[b - 1] == 0x09 { b -= 1 }
        return a..<b
    }

    static func withoutFinalComma(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        r.count > 0 && t[r.upperBound - 1] == 0x2C ? r.lowerBound..<(r.upperBound - 1) : r
    }

    /// Drops a trailing "pic.twitter.com/…" or "https://…" word.
    static func withoutTrailingLink(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var s = r.upperBound
        while s > r.lowerBound, t[s - 1] != 0x20 && t[s - 1] != 0x0A { s -= 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: t[s..<r.upperBound]), as: UTF8.self)
        guard s > r.lowerBound, word.hasPrefix("pic.twitter.com/") || word.hasPrefix("http://") || word.hasPrefix("https://") else { return r }
        return trimmed(t, r.lowerBound..<s)
    }

    /// Drops quotation marks around the whole text (“…” or "…").
    static func withoutQuotationMarks(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        guard r.count >= 6 else { return r }
        if t[r.lowerBound] == 0xE2, t[r.lowerBound + 1] == 0x80, t[r.lowerBound + 2] == 0x9C,
           t[r.upperBound - 3] == 0xE2, t[r.upperBound - 2] == 0x80, t[r.upperBound - 1] == 0x9D {
            return trimmed(t, (r.lowerBound + 3)..<(r.upperBound - 3))
        }
        if t[r.lowerBound] == 0x22, t[r.upperBound - 1] == 0x22 { return trimmed(t, (r.lowerBound + 1)..<(r.upperBound - 1)) }
        return r
    }

    static func lastLineStart(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var i = r.upperBound - 1
        while i > r.lowerBound {
            if t[i - 1] == 0x0A { return i }
            i -= 1
        }
        return nil
    }

    static func startsWithDash(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, t[j] == 0x20 || t[j] == 0x3E { j += 1 } // spaces and '>' of e-mail quoting
        if j + 2 < end, t[j] == 0xE2, t[j + 1] == 0x80, t[j + 2] == 0x94 || t[j + 2] == 0x93 { return true }
        return j + 1 < end && t[j] == 0x2D && t[j + 1] == 0x2D
    }
}
