/// Cuts the prose blocks of a document (paragraphs, list items, quotes) into sentences.
///
/// A byte scanner: a stop (. ? ! …), then closing quotes or brackets, then white space, then something
/// that can start a sentence. A full stop does not end a sentence after an abbreviation (`Abbreviations`),
/// an initial, inside a number, a URL or an e-mail address (no white space follows), or before a lower-case word.
public struct SentenceSegmenter: Annotator {
    public let name = "sentences"
    public let requires: Set<Layer> = [.noise]
    public let produces: Set<Layer> = [.sentences]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        annotations.blockSentences = Array(repeating: 0..<0, count: document.blocks.count)
        let blocks = document.blocks
        let noise = annotations.noiseBlocks
        // Chunks of blocks in parallel; each gives its sentence bounds in order (32-bit, to keep the
        // transient small) and, per prose block, how many sentences it has.
        var chunks = document.text.withUnsafeBufferPointer { text in
            Parallel.map(blocks.count, minimumChunk: 1000) { part -> (bounds: [UInt32], counts: [(block: Int, count: Int)]) in
                var bounds: [UInt32] = []
                var counts: [(block: Int, count: Int)] = []
                var ranges: [Range<Int>] = []
                for index in part {
                    let block = blocks[index]
                    guard Self.isProse(block.kind), !noise[index] else { continue }
                    ranges.removeAll(keepingCapacity: true)
                    if let attribution = block.attributionStart {
                        // A post's text and its "— Name (@handle) Date" line are never one sentence.
                        Self.split(text, block.range.lowerBound..<attribution, into: &ranges)
                        Self.split(text, attribution..<block.range.upperBound, into: &ranges)
                    } else {
                        Self.split(text, block.range, into: &ranges)
                    }
                    for r in ranges {
                        bounds.append(UInt32(truncatingIfNeeded: r.lowerBound))
                        bounds.append(UInt32(truncatingIfNeeded: r.upperBound))
                    }
                    counts.append((index, ranges.count))
                }
                return (bounds, counts)
            }
        }
        annotations.sentences.reserveCapacity(chunks.reduce(0) { $0 + $1.bounds.count / 2 })
        for k in chunks.indices {
            let chunk = chunks[k]
            chunks[k] = ([], [])  // each chunk is freed as soon as it is merged
            var next = 0
            for (index, count) in chunk.counts {
                let first = annotations.sentences.count
                for _ in 0..<count {
                    annotations.sentences.append(Sentence(range: Int(chunk.bounds[next])..<Int(chunk.bounds[next + 1]), block: index))
                    next += 2
                }
                annotations.blockSentences[index] = first..<annotations.sentences.count
            }
        }
    }

    /// Blocks analysed as prose.
    public static func isProse(_ kind: Block.Kind) -> Bool {
        switch kind {
        case .paragraph, .listItem, .quote: return true
        default: return false
        }
    }

    /// The sentences of a string, for tests and tools.
    public static func sentences(of string: String) -> [String] {
        let bytes = Array(string.utf8)
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { split($0, 0..<bytes.count, into: &ranges) }
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    // MARK: - Scanning

    /// Appends the sentence ranges of `range` (trimmed of white space) to `out`.
    /// (`skipping`: eight bytes at a time past bytes that start no stop; off only to test that it changes nothing.)
    static func split(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Range<Int>], skipping: Bool = true) {
        var start = range.lowerBound
        var i = range.lowerBound
        let end = range.upperBound
        let base = skipping ? UnsafeRawPointer(t.baseAddress) : nil
        while i < end {
            // Eight bytes at a time past those that cannot start a stop (most of them).
            if let base, i + 8 <= end, !mayHoldStop(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
                i += 8
                continue
            }
            let b = t[i]
            let isStop = b == 0x2E || b == 0x3F || b == 0x21 || (b == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xA6)
            guard isStop else {
                i += 1
                continue
            }
            let stop = i
            // The run of stops: "?!", "...", "…".
            var j = i
            while j < end {
                let c = t[j]
                if c == 0x2E || c == 0x3F || c == 0x21 { j += 1 } else if c == 0xE2, j + 2 < end, t[j + 1] == 0x80, t[j + 2] == 0xA6 { j += 3 } else { break }
            }
            // Closing quotes and brackets stay with the sentence.
            var k = j
            while k < end {
                let c = t[k]
                if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { k += 1 } else if c == 0xE2, k + 2 < end, t[k + 1] == 0x80, t[k + 2] == 0x9D || t[k + 2] == 0x99 { k += 3 } else if c == 0xC2, k + 1 < end, t[k + 1] == 0xBB { k += 2 } else { break }
            }
            i = k
            guard k < end else { break }
            guard isSpace(t, k, end) else { continue }
            var m = k
            while m < end, let w = spaceWidth(t, m, end) { m += w }
            if m >= end { break }
            if isBoundary(t, start: start, stop: stop, stopsEnd: j, next: m, end: end) {
                append(t, start..<k, into: &out)
                start = m
                i = m
            }
        }
        append(t, start..<end, into: &out)
    }

    /// Might one of eight bytes start a stop: `.`, `?`, `!` or E2 (the first byte of `…`)? A byte-wise
    /// zero test of the word against each (it may say yes for a byte next to a match, never no for a match).
    @inline(__always)
    static func mayHoldStop(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return zero(x ^ (ones &* 0x2E)) | zero(x ^ (ones &* 0x3F)) | zero(x ^ (ones &* 0x21)) | zero(x ^ (ones &* 0xE2)) != 0
    }

    static func append(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Range<Int>]) {
        var a = range.lowerBound
        var b = range.upperBound
        while a < b, let w = spaceWidth(t, a, b) { a += w }
        while b > a, t[b - 1] == 0x20 || t[b - 1] == 0x0A || t[b - 1] == 0x09 { b -= 1 }
        if a < b { out.append(a..<b) }
    }

    @inline(__always)
    static func isSpace(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        spaceWidth(t, i, end) != nil
    }

    /// Width in bytes of the white space at `i` (space, tab, line end, no-break space), or nil.
    @inline(__always)
    static func spaceWidth(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let c = t[i]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { return 1 }
        if c == 0xC2, i + 1 < end, t[i + 1] == 0xA0 { return 2 }
        return nil
    }

    /// Does the stop at `stop` end a sentence, given what starts at `next`?
    static func isBoundary(_ t: UnsafeBufferPointer<UInt8>, start: Int, stop: Int, stopsEnd: Int, next: Int, end: Int) -> Bool {
        let n = t[next]
        // A lower-case word goes on with the same sentence: "“Why now?” she asked", "Yahoo! shares".
        if n >= 0x61 && n <= 0x7A { return false }
        let stopByte = t[stop]
        guard stopByte == 0x2E && stopsEnd - stop == 1 else {
            // ? ! … and "...": a boundary before anything but lower case.
            return true
        }
        // A full stop: look at the word before it.
        var w = stop
        while w > start {
            let c = t[w - 1]
            let isWordByte = (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c >= 0x80
            if !isWordByte { break }
            w -= 1
        }
        let word = UnsafeBufferPointer(rebasing: t[w..<stop])
        if word.isEmpty {
            // "1. Costs are rising." — a number alone before the stop is a list marker, not a sentence.
            if stop - start <= 3, (start..<stop).allSatisfy({ t[$0] >= 0x30 && t[$0] <= 0x39 }) { return false }
            // After a digit: "in 2025." ends a sentence, "No. 5" was handled as an abbreviation.
            return true
        }
        // Part of an e-mail address or a domain: "info@example.org. Replies…" ends a sentence.
        if w > start, t[w - 1] == 0x40 || t[w - 1] == 0x2F { return true }
        // An initial: "J. K. Rowling", "E. B. White"; but "named Nadia K. She is 14." ends one.
        if word.count == 1, word[0] >= 0x41, word[0] <= 0x5A { return Abbreviations.startsSentence(t, next, end) }
        let key = Abbreviations.hash(word)
        if Abbreviations.neverFinal.contains(key) { return false }
        if Abbreviations.endsWithCapital.contains(key) {
            // "etc. Each team…": a capital after these starts a sentence.
            return true
        }
        if Abbreviations.times.contains(key) {
            // "at 9 p.m. Counting began" ends a sentence; "6:30 p.m. Tuesday", "10 a.m. GMT" do not.
            return !Abbreviations.followsTime(t, next, end)
        }
        if Abbreviations.mayBeFinal.contains(key) || Abbreviations.isDotted(word) {
            // "in the U.S. The vote" ends a sentence; "U.S. President", "St. Louis" do not.
            return Abbreviations.startsSentence(t, next, end)
        }
        return true
    }
}

/// Abbreviations that a full stop may follow without ending the sentence.
enum Abbreviations {
    /// Never end a sentence: titles, "e.g.", "No.", months before a day. (Common English usage; the
    /// "Golden Rules" for sentence boundaries test most of them.)
    static let neverFinal = HashSet64(neverFinalWords.map(Words.hash))
    static let neverFinalWords: [String] = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "mt", "gen", "gov", "sen", "rep", "lt", "col", "capt",
        "sgt", "cpl", "adm", "maj", "pres", "supt", "insp", "rev", "fr", "hon", "amb", "atty",
        "e.g", "i.e", "vs", "v", "cf", "approx", "ca", "al", "fig", "figs", "no", "nos", "vol", "vols", "p", "pp",
        "ch", "sec", "art", "para", "ed", "eds", "est", "dept", "univ", "assn", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// May end a sentence: the next word decides.
    static let mayBeFinal = HashSet64([
        "st", "u.s", "u.k", "e.u", "u.n", "d.c", "ph.d", "b.a", "m.a", "b.sc", "m.sc",
    ].map(Words.hash))

    /// End a sentence when a capital follows (they rarely stand before a name).
    static let endsWithCapital = HashSet64(["etc", "inc", "ltd", "co", "corp", "bros", "plc", "llc"].map(Words.hash))

    /// Times of day: a weekday, a month or a time zone may follow inside the sentence.
    static let times = HashSet64(["a.m", "p.m"].map(Words.hash))

    /// What follows a time inside a sentence.
    static let afterTime = HashSet64([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "et", "est", "edt",
        "ct", "cst", "pt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "local", "eastern", "pacific", "central",
    ].map(Words.hash))

    /// "u.s.a", "e.g", "ph.d": dotted abbreviations of short parts (a domain name has long parts).
    static func isDotted(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var dots = 0
        var run = 0
        for c in word {
            if c == 0x2E {
                dots += 1
                run = 0
            } else {
                run += 1
                if run > 2 { return false }
            }
        }
        return dots > 0
    }

    static func followsTime(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, (t[j] >= 0x41 && t[j] <= 0x5A) || (t[j] >= 0x61 && t[j] <= 0x7A) { j += 1 }
        return j > i && afterTime.contains(hash(UnsafeBufferPointer(rebasing: t[i..<j])))
    }

    /// Words that start sentences far more often than they follow abbreviations.
    static let sentenceStarters = HashSet64([
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
        "and", "so", "yet", "in", "on", "at", "for", "his", "her", "their", "its", "our", "my", "there", "here",
        "when", "while", "after", "before", "as", "if", "however", "meanwhile", "then", "still", "also", "one",
        "some", "many", "most", "no", "not", "what", "why", "how", "who", "where", "officials", "critics",
        "each", "every", "its", "both", "neither", "none", "all", "such", "only", "even", "now", "today",
    ].map(Words.hash))

    /// The hash of an abbreviation without its final full stop, lower-cased ("U.S" → hash of "u.s").
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = Words.offset
        for c in word { h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* Words.prime }
        return h
    }

    /// Does the word at `i` usually start a sentence (or is it a quotation or a number)?
    static func startsSentence(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, (t[j] >= 0x41 && t[j] <= 0x5A) || (t[j] >= 0x61 && t[j] <= 0x7A) { j += 1 }
        if j == i { return t[i] == 0x22 || t[i] == 0xE2 } // an opening quotation mark
        return sentenceStarters.contains(hash(UnsafeBufferPointer(rebasing: t[i..<j])))
    }
}
