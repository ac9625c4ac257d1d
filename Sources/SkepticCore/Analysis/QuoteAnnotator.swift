/// Finds the original source an article rests on: embedded posts and blockquotes ("— Name (@handle) Date"),
/// and direct quotations with a speaker and a reporting verb (“…,” she said; X said: “…”; According to X, “…”).
/// Labels the quoted sentences `quote`, parses speaker, handle and date, and links repeats of the same words.
public struct QuoteAnnotator: Annotator {
    public let name = "quotes"
    public let requires: Set<Layer> = [.sentences]
    public let produces: Set<Layer> = [.quotes]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        var seen: [UInt64: Int] = [:]
        let blocks = document.blocks
        // Finding quotations, block by block, in parallel chunks; their speakers resolved in parts that start
        // at a section (the resolver forgets the people of a section at the next), in parallel; linking and
        // labelling after, in order.
        let found = Self.find(document, annotations).flatMap { $0 }
        let resolved = Self.resolveSpeakers(document, found)
        annotations.quotes.reserveCapacity(found.count)
        document.text.withUnsafeBufferPointer { t in
            for part in resolved {
                for (k, speaker) in part {
                    var quote = found[k].quote
                    if let speaker { quote.speaker = speaker }
                    let index = quote.block
                    let block = blocks[index]
                    if let earlier = seen[found[k].key] { quote.repeatOf = earlier } else { seen[found[k].key] = annotations.quotes.count }
                    annotations.quotes.append(quote)
                    // The sentences the quoted words overlap (found by binary search), and the attribution line
                    // of a post or blockquote.
                    let inBlock = annotations.blockSentences[index]
                    var lo = inBlock.lowerBound
                    var hi = inBlock.upperBound
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if annotations.sentences[mid].range.upperBound <= quote.words.lowerBound { lo = mid + 1 } else { hi = mid }
                    }
                    var s = lo
                    while s < inBlock.upperBound, annotations.sentences[s].range.lowerBound < quote.words.upperBound {
                        annotations.sentences[s].labels.insert(.quote)
                        s += 1
                    }
                    if let attribution = block.attributionStart {
                        for s in inBlock where annotations.sentences[s].range.lowerBound >= attribution {
                            annotations.sentences[s].labels.insert(.quote)
                        }
                    }
                }
            }
            // A line that repeats a post's words (the reference article's stitched-on headline) is the same quote.
            for (index, block) in document.blocks.enumerated() where block.isHeading && !seen.isEmpty {
                let key = Self.wordsHash(t, block.range)
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

    /// Each quotation kept, with its speaker when the resolver changes it (a pronoun resolved, a continued
    /// quotation's speaker), in order. The quotations are cut into parts at section starts, one a core, and the
    /// parts resolved in parallel: a section's speakers depend on nothing before it.
    static func resolveSpeakers(_ document: Document, _ found: [Found]) -> [[(Int, String?)]] {
        let blocks = document.blocks
        var cuts = [0]
        let cores = Parallel.cores
        for part in 1..<max(1, cores) {
            var k = max(cuts[cuts.count - 1], found.count * part / cores)
            while k < found.count, k > 0, blocks[found[k].quote.block].section == blocks[found[k - 1].quote.block].section { k += 1 }
            cuts.append(k)
        }
        cuts.append(found.count)
        return document.text.withUnsafeBufferPointer { t in
            Parallel.map(cuts.count - 1, minimumChunk: 1) { parts -> [(Int, String?)] in
                var out: [(Int, String?)] = []
                var words: [Word] = []
                var resolver = SpeakerResolver()
                for k in cuts[parts.lowerBound]..<cuts[parts.upperBound] {
                    let quote = found[k].quote
                    var speaker: String? = nil
                    resolver.enter(section: blocks[quote.block].section)
                    if found[k].continues {
                        guard let continued = resolver.continued(t, blocks, block: quote.block, named: found[k].named, &words) else { continue }
                        speaker = continued
                    } else if let mention = quote.mention, Speakers.isPersonalPronoun(mention) {
                        speaker = resolver.resolve(mention, position: quote.words.lowerBound, named: found[k].named) ?? mention
                    }
                    if let said = speaker ?? quote.speaker { resolver.said(said, block: quote.block, position: quote.words.lowerBound) }
                    out.append((k, speaker))
                }
                return out
            }
        }
    }

    /// The quotations of every prose block, found in parallel chunks of blocks.
    static func find(_ document: Document, _ annotations: Annotations) -> [[Found]] {
        let blocks = document.blocks
        return document.text.withUnsafeBufferPointer { t in
            Parallel.map(blocks.count, minimumChunk: 1000) { part -> [Found] in
                var found: [Found] = []
                var words: [Word] = []
                for index in part where SentenceSegmenter.isProse(blocks[index].kind) && !annotations.noiseBlocks[index] {
                    let block = blocks[index]
                    if block.kind == .quote {
                        var post = Found(quote: Self.blockQuote(t, block, index))
                        post.key = Self.wordsHash(t, post.quote.words)
                        found.append(post)
                    } else if Self.mayHoldQuotation(t, block.range), !Self.isTableCaption(t, blocks, index) {
                        let sentences = annotations.blockSentences[index].map { annotations.sentences[$0].range }
                        var quotes = Self.directQuotations(t, block.range, sentences, index)
                        for k in quotes.indices {
                            let q = quotes[k]
                            quotes[k].key = Self.wordsHash(t, q.quote.words)
                            let position = q.quote.words.lowerBound
                            if q.quote.mention.map(Speakers.isPersonalPronoun) ?? false {
                                quotes[k].named = Speakers.namedBefore(t, blocks, block: index, position: position, previousOnly: false,
                                                                       since: k > 0 ? quotes[k - 1].quote.words.upperBound : nil, &words)
                            } else if q.continues, k == 0, index > 0, !Self.mayHoldQuotation(t, blocks[index - 1].range) {
                                // Continued from a paragraph with no quotation of its own: who reports in it.
                                quotes[k].named = Speakers.namedBefore(t, blocks, block: index, position: position, previousOnly: true, &words)
                            }
                        }
                        found += quotes
                    }
                }
                return found
            }
        }
    }

    /// A short one-line paragraph right before or after a table is its caption, not the article's prose.
    static func isTableCaption(_ t: UnsafeBufferPointer<UInt8>, _ blocks: [Block], _ index: Int) -> Bool {
        func isTable(_ k: Int) -> Bool {
            guard k >= 0, k < blocks.count, case .table = blocks[k].kind else { return false }
            return true
        }
        guard isTable(index + 1) || isTable(index - 1) else { return false }
        let block = blocks[index]
        return block.kind == .paragraph && block.range.count < 300 && !block.range.contains(where: { t[$0] == 0x0A })
    }

    /// A hash of the words of a range (punctuation and spacing ignored): repeats of a quote hash alike.
    static func wordsHash(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        Words.wordsHash(t, withoutTrailingLink(t, r))
    }

    // MARK: - Blockquotes and posts

    static func blockQuote(_ t: UnsafeBufferPointer<UInt8>, _ block: Block, _ index: Int) -> SourceQuote {
        var wordsEnd = block.attributionStart ?? block.range.upperBound
        var attribution: Range<Int>? = block.attributionStart.map { $0..<block.range.upperBound }
        if attribution == nil, let line = lastLineStart(t, block.range), startsWithDash(t, line, block.range.upperBound) {
            attribution = line..<block.range.upperBound
            wordsEnd = line
        } else if attribution == nil, let dash = inlineSignature(t, block.range) {
            attribution = dash..<block.range.upperBound
            wordsEnd = dash
        }
        var words = trimmed(t, block.range.lowerBound..<wordsEnd)
        words = withoutTrailingLink(t, words)
        words = withoutQuotationMarks(t, words)
        var quote = SourceQuote(block: index, words: words)
        if let attribution { parseAttribution(t, attribution, into: &quote) }
        quote.mention = quote.speaker
        return quote
    }

    /// "…before it held. -- Senior software engineer at Quillbyte": a signature after the quotation's last
    /// sentence on the same line (a dash with spaces, after a full stop or closing quotation mark), short and
    /// with no sentence of its own. Returns where the dash starts.
    static func inlineSignature(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        var i = r.upperBound - 1
        let limit = max(r.lowerBound + 1, r.upperBound - 160)
        while i > limit {
            let c = t[i]
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A { if i < r.upperBound - 1 { return nil } }
            var dashStart: Int? = nil
            if c == 0x2D, t[i - 1] == 0x2D, i + 1 < r.upperBound, t[i + 1] == 0x20 { dashStart = i - 1 }
            if c == 0x94 || c == 0x93, i >= r.lowerBound + 2, t[i - 1] == 0x80, t[i - 2] == 0xE2, i + 1 < r.upperBound, t[i + 1] == 0x20 {
                dashStart = i - 2
            }
            if let d = dashStart, d - 2 > r.lowerBound, t[d - 1] == 0x20 {
                let p = t[d - 2]
                let closes = p == 0x2E || p == 0x21 || p == 0x3F || p == 0x22 || (p == 0x9D && t[d - 3] == 0x80)
                return closes ? d : nil
            }
            i -= 1
        }
        return nil
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
        } else if let comma = rest.firstIndex(of: ",") {
            // "Jane Roe, March 3, 2025" (a date) or "Marta Quell, founder of the Trust" (a description).
            quote.speaker = clean(rest[..<comma])
            let tail = rest[rest.index(after: comma)...]
            if MetadataLine.isDate(tail.split(separator: " ")) { quote.date = clean(tail) }
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
        while true {
            i = Words.firstOf(t, i, range.upperBound, 0x22, 0xE2)
            guard i < range.upperBound else { return false }
            if t[i] == 0x22 || (i + 2 < range.upperBound && t[i + 1] == 0x80 && (t[i + 2] == 0x9C || t[i + 2] == 0x98)) {
                return true
            }
            i += 1
        }
    }

    /// A quotation found in a block; `continues` when it has no frame of its own and takes the speaker of the
    /// quotation before it (in its paragraph, or the paragraph before).
    struct Found {
        var quote: SourceQuote
        var continues = false
        /// For a pronoun speaker: the names reporting before it, for `SpeakerResolver` (found here, in parallel,
        /// so that resolving the speakers only looks them up).
        var named: [(position: Int, name: String)] = []
        /// `wordsHash` of the quoted words, for linking repeats.
        var key: UInt64 = 0
    }

    /// “…,” said X. / “…,” X said. / X said: “…” / According to X, “…” / X: “…” — every quotation of a block
    /// with its speaker, found in its reporting frame: after the closing mark to the end of its sentence (or the
    /// next quotation), before the opening mark from the start of its sentence (or the previous quotation).
    /// A quotation that is a sentence of its own, with no frame, continues the one before it.
    static func directQuotations(_ t: UnsafeBufferPointer<UInt8>, _ block: Range<Int>, _ sentences: [Range<Int>],
                                 _ index: Int) -> [Found] {
        var out: [Found] = []
        var words: [Word] = []
        var from = block.lowerBound
        var previousClose = block.lowerBound
        while let (open, close) = quotationMarks(t, from..<block.upperBound) {
            from = close.upperBound
            defer { previousClose = close.upperBound }
            let inner = withoutFinalComma(t, trimmed(t, open.upperBound..<close.lowerBound))
            guard inner.count >= 8 else { continue }
            let sentenceEnd = sentence(containing: close.lowerBound, in: sentences)?.upperBound ?? block.upperBound
            let sentenceStart = sentence(containing: open.lowerBound, in: sentences)?.lowerBound ?? block.lowerBound
            let afterEnd = min(nextOpening(t, close.upperBound..<max(close.upperBound, sentenceEnd)), close.upperBound + 90)
            let beforeStart = max(sentenceStart, previousClose, open.lowerBound - 160)
            var mention: Range<Int>? = nil
            if afterEnd > close.upperBound {
                Words.split(t, close.upperBound..<afterEnd, into: &words)
                mention = Speakers.after(t, words[...])
            }
            if mention == nil, open.lowerBound > beforeStart {
                Words.split(t, beforeStart..<open.lowerBound, into: &words)
                mention = Speakers.before(t, words[...], colon: endsWithColon(t, beforeStart..<open.lowerBound))
            }
            if let mention {
                let name = text(t, mention)
                out.append(Found(quote: SourceQuote(block: index, words: inner, speaker: name, mention: name)))
            } else if isWholeSentence(t, open, close, sentenceStart..<sentenceEnd) {
                // “…” alone: it goes on with the speaker of the quotation before it in this paragraph, or, opening
                // the paragraph, of the paragraph before.
                if !out.isEmpty || open.lowerBound == block.lowerBound {
                    out.append(Found(quote: SourceQuote(block: index, words: inner), continues: true))
                }
            }
        }
        return out
    }

    /// A quotation that makes up its sentence, give or take a final stop after the closing mark.
    static func isWholeSentence(_ t: UnsafeBufferPointer<UInt8>, _ open: Range<Int>, _ close: Range<Int>, _ sentence: Range<Int>) -> Bool {
        let s = trimmed(t, sentence)
        guard s.lowerBound == open.lowerBound else { return false }
        var i = close.upperBound
        while i < s.upperBound, t[i] == 0x2E || t[i] == 0x20 { i += 1 }
        return i >= s.upperBound
    }

    /// The offset of the next opening quotation mark in a range, or its end.
    static func nextOpening(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var i = r.lowerBound
        while true {
            i = Words.firstOf(t, i, r.upperBound, 0x22, 0xE2)
            guard i < r.upperBound else { return r.upperBound }
            if t[i] == 0x22 || (i + 2 < r.upperBound && t[i + 1] == 0x80 && t[i + 2] == 0x9C) { return i }
            i += 1
        }
    }

    /// Does the text before a quotation end with a colon ("Sato: “…”")?
    static func endsWithColon(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var i = r.upperBound
        while i > r.lowerBound, t[i - 1] == 0x20 || t[i - 1] == 0x0A { i -= 1 }
        return i > r.lowerBound && t[i - 1] == 0x3A
    }

    /// The sentence (ranges sorted, not overlapping) that holds an offset: a binary search, so that a
    /// paragraph of thousands of sentences and quotations stays linear.
    static func sentence(containing offset: Int, in sentences: [Range<Int>]) -> Range<Int>? {
        var lo = 0
        var hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= offset { lo = mid + 1 } else if sentences[mid].lowerBound > offset { hi = mid - 1 } else { return sentences[mid] }
        }
        return nil
    }

    /// The first quotation in a range: “…”, ‘…’ or "…".
    static func quotationMarks(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var i = r.lowerBound
        while true {
            i = Words.firstOf(t, i, r.upperBound, 0x22, 0xE2)
            guard i < r.upperBound else { return nil }
            if t[i] == 0xE2, i + 2 < r.upperBound, t[i + 1] == 0x80, t[i + 2] == 0x9C || t[i + 2] == 0x98 {
                let single = t[i + 2] == 0x98
                var j = i + 3
                while j + 2 < r.upperBound {
                    j = Words.firstOf(t, j, r.upperBound - 2, 0xE2, 0xE2)
                    guard j + 2 < r.upperBound else { break }
                    if t[j + 1] == 0x80 {
                        if !single && t[j + 2] == 0x9D { return (i..<i + 3, j..<j + 3) }
                        // ’ closes ‘…’ only where no letter follows (not the apostrophe of "don’t").
                        if single && t[j + 2] == 0x99 && (j + 3 >= r.upperBound || !Words.isWordByte(t[j + 3])) {
                            return (i..<i + 3, j..<j + 3)
                        }
                    }
                    j += 1
                }
                return nil
            }
            if t[i] == 0x22 {
                let j = Words.firstOf(t, i + 1, r.upperBound, 0x22, 0x22)
                return j < r.upperBound ? (i..<i + 1, j..<j + 1) : nil
            }
            i += 1
        }
    }

    static let reportingVerbHashes = HashSet64(reportingVerbs.map(Words.hash))

    static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "added", "wrote", "writes", "tweeted", "posted", "stated", "argued", "explained",
        "warned", "insisted", "asked", "noted", "declared", "announced", "replied", "continued", "claimed", "recalled",
        "acknowledged", "admitted", "conceded", "cautioned", "urged", "predicted", "remarked", "observed", "shouted",
        "cried", "yelled", "whispered", "answered", "responded", "countered", "testified", "stressed", "emphasised",
        "emphasized", "confirmed", "tells", "adds", "explains", "warns", "argues", "insists", "notes",
    ]

    static func text(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        Sanitiser.singleLine(String(decoding: UnsafeBufferPointer(rebasing: t[r]), as: UTF8.self))
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
