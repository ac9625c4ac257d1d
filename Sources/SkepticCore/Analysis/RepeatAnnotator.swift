/// Finds what an article says twice: sentences that repeat an earlier one with a few words changed, and
/// sentences that restate one in other words (the reference article tells its story twice). A sentence is
/// compared by its content words (lower-cased words of three or more letters and numbers, a plural "s"
/// dropped, function words left out): a repeat shares most of them (Jaccard similarity ≥ 0.6), a restatement
/// enough of them (≥ 0.3 and at least seven) with the same names and no other numbers. Linear: each sentence
/// is sketched by its four smallest word hashes (MinHash, bottom-k), looked up in a table of the first
/// sentence seen with the smallest and with each pair of them, and compared in full only with those candidates.
public struct RepeatAnnotator: Annotator {
    public let name = "repeats"
    public let requires: Set<Layer> = [.sentences, .claims, .quotes]
    public let produces: Set<Layer> = [.repeats]

    public init() {}

    /// A repeat's Jaccard similarity of content words, at least.
    static let repeatSimilarity = 0.6
    /// A restatement's, at least, with `restatementShared` content words in common.
    static let restatementSimilarity = 0.3
    static let restatementShared = 7
    /// Sentences with fewer content-word candidates are not compared (too short to say something twice).
    static let minimumWords = 6
    /// Nor with fewer content words than this.
    static let minimumContent = 5
    /// The most keys the table holds (its slots take at most 32 MiB).
    static let tableLimit = 1 << 21

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        guard annotations.sentences.count > 1 else { return }
        let found = document.text.withUnsafeBufferPointer { Self.find($0, document.blocks, annotations) }
        guard !found.isEmpty else { return }
        var repeats = [UInt32](repeating: UInt32.max, count: annotations.sentences.count)
        for f in found { repeats[f.sentence] = UInt32(f.first) | (f.restated ? Self.restatedBit : 0) }
        annotations.sentenceRepeats = repeats
    }

    static let restatedBit: UInt32 = 1 << 31

    /// Every sentence that says an earlier one again, in order: the sentence, the first appearance, and whether
    /// it is a restatement.
    static func find(_ t: UnsafeBufferPointer<UInt8>, _ blocks: [Block], _ annotations: Annotations)
        -> [(sentence: Int, first: Int, restated: Bool)] {
        let sentences = annotations.sentences
        var table = KeyTable(expected: min(sentences.count * 7, tableLimit))
        // Per sentence: 16 bits of each of its sketch's eight smallest hashes (for a quick estimate before a
        // comparison in full), and its count of words.
        var sketches = [UInt16](repeating: UInt16.max, count: sentences.count * 8)
        var wordCounts = [UInt16](repeating: 0, count: sentences.count)
        var found: [(sentence: Int, first: Int, restated: Bool)] = []
        var a = Content()
        var b = Content()
        var rootOf: [Int: Int] = [:]
        var keys: [UInt32] = []
        var tried: [Int] = []
        var wordKeys: [UInt64] = []
        var wordFlags: [UInt8] = []
        let stop = functionWords
        for (index, block) in blocks.enumerated()
        where SentenceSegmenter.isProse(block.kind) && !(index < annotations.noiseBlocks.count && annotations.noiseBlocks[index]) {
            guard index < annotations.blockSentences.count else { break }
            for s in annotations.blockSentences[index] {
                let sketch = Self.sketch(t, sentences[s].range, stop, &wordKeys, &wordFlags)
                guard sketch.words >= minimumWords else { continue }
                sketch.small(into: &sketches, at: s * 8)
                wordCounts[s] = UInt16(min(sketch.words, Int(UInt16.max)))
                // The candidates: the first earlier sentence with the same smallest hash or the same pair of the
                // four smallest; compared in full only when the smallest eight of both sketches together hold two
                // of both (an estimate of their similarity: a word used everywhere makes no candidate of every
                // sentence).
                sketch.keys(into: &keys)
                tried.removeAll(keepingCapacity: true)
                var best: (first: Int, similarity: Double, restated: Bool)? = nil
                var loaded = false
                for key in keys {
                    guard let c = table.first(key), !tried.contains(c) else { continue }
                    tried.append(c)
                    // Sizes too far apart cannot reach a restatement's similarity.
                    let (x, y) = (Int(wordCounts[c]), sketch.words)
                    guard Double(min(x, y)) >= restatementSimilarity * Double(max(x, y)),
                          promising(sketches, c * 8, s * 8) else { continue }
                    if !loaded { b.load(t, sentences[s].range); loaded = true }
                    a.load(t, sentences[c].range)
                    if let match = compare(a, b), match.similarity > (best?.similarity ?? 0) {
                        // A repeat of a repeat goes back to the first; a restatement is linked to what it restates.
                        best = (rootOf[c] ?? c, match.similarity, match.restated)
                    }
                }
                if let best {
                    found.append((s, best.first, best.restated))
                    if !best.restated { rootOf[s] = best.first }
                }
                for key in keys { table.insertIfAbsent(key, s) }
            }
        }
        return found
    }

    // MARK: - Sketches

    /// A sentence's eight smallest content-word hashes (ascending; `UInt32.max` where it has fewer) and how many
    /// words of three or more letters it has.
    struct Sketch {
        var m0 = UInt32.max, m1 = UInt32.max, m2 = UInt32.max, m3 = UInt32.max
        var m4 = UInt32.max, m5 = UInt32.max, m6 = UInt32.max, m7 = UInt32.max
        var words = 0

        /// Adds a hash smaller than the largest kept, unless it is kept already: it takes the last place and
        /// sinks to its own.
        @inline(__always)
        mutating func insert(_ v: UInt32) {
            if v == m0 || v == m1 || v == m2 || v == m3 || v == m4 || v == m5 || v == m6 { return }
            m7 = v
            if m7 < m6 { swap(&m6, &m7) } else { return }
            if m6 < m5 { swap(&m5, &m6) } else { return }
            if m5 < m4 { swap(&m4, &m5) } else { return }
            if m4 < m3 { swap(&m3, &m4) } else { return }
            if m3 < m2 { swap(&m2, &m3) } else { return }
            if m2 < m1 { swap(&m1, &m2) } else { return }
            if m1 < m0 { swap(&m0, &m1) }
        }

        @inline(__always)
        subscript(k: Int) -> UInt32 {
            switch k {
            case 0: return m0
            case 1: return m1
            case 2: return m2
            case 3: return m3
            case 4: return m4
            case 5: return m5
            case 6: return m6
            default: return m7
            }
        }

        /// The top 16 bits of each hash (`UInt16.max`: none), at `at` in `out`.
        func small(into out: inout [UInt16], at: Int) {
            for k in 0..<8 {
                let m = self[k]
                if m == UInt32.max { return }
                out[at + k] = UInt16(truncatingIfNeeded: m >> 16)
            }
        }

        /// The table keys: the smallest hash, and each pair of the four smallest.
        func keys(into out: inout [UInt32]) {
            out.removeAll(keepingCapacity: true)
            guard m0 != UInt32.max else { return }
            out.append(m0 | 1)
            for i in 0..<4 {
                for j in (i + 1)..<4 where self[j] != UInt32.max {
                    let pair = UInt64(self[i]) << 32 | UInt64(self[j])
                    out.append(UInt32(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 32) | 1)
                }
            }
        }
    }

    /// Worth a comparison in full: of the eight smallest values of both sketches together, two or more are in
    /// both; and when both sketches hold a whole sentence (fewer than eight values: short sentences, where the
    /// estimate is no estimate), their common values could make a repeat or a restatement.
    static func promising(_ sketches: [UInt16], _ x: Int, _ y: Int) -> Bool {
        let both = estimate(sketches, x, y)
        guard both >= 2 else { return false }


        guard sketches[x + 7] == UInt16.max, sketches[y + 7] == UInt16.max else { return true }
        var nx = 0
        var ny = 0
        while nx < 8, sketches[x + nx] != UInt16.max { nx += 1 }
        while ny < 8, sketches[y + ny] != UInt16.max { ny += 1 }
        var common = 0
        for i in 0..<nx where (0..<ny).contains(where: { sketches[y + $0] == sketches[x + i] }) { common += 1 }
        let union = nx + ny - common
        return common >= restatementShared || Double(common) >= repeatSimilarity * Double(union)
    }

    /// Of the eight smallest of two sketches' values together, how many are in both (eight times an estimate
    /// of the two sentences' similarity). Both ascending, `UInt16.max` ends one.
    static func estimate(_ sketches: [UInt16], _ x: Int, _ y: Int) -> Int {
        var i = 0
        var j = 0
        var taken = 0
        var both = 0
        while taken < 8, i < 8 || j < 8 {
            let u = i < 8 ? sketches[x + i] : UInt16.max
            let v = j < 8 ? sketches[y + j] : UInt16.max
            if u == UInt16.max && v == UInt16.max { break }
            if u == v {
                both += 1
                i += 1
                j += 1
            } else if u < v {
                i += 1
            } else {
                j += 1
            }
            taken += 1
        }
        return both
    }

    /// 32 well-mixed bits of a word hash, for choosing the smallest.
    @inline(__always)
    static func spread(_ h: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }

    /// The first sentence seen with each key: open addressing, keys and sentences in one word per slot, at most
    /// `tableLimit` keys (a huge text is compared with its first few hundred thousand sentences).
    struct KeyTable {
        private var slots: [UInt64]
        private let mask: Int
        private var count = 0

        init(expected: Int) {
            var size = 1024
            while size < 2 * expected { size <<= 1 }
            slots = [UInt64](repeating: 0, count: size)
            mask = size - 1
        }

        func first(_ key: UInt32) -> Int? {
            var i = Int(key) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return nil }
                if UInt32(truncatingIfNeeded: slot >> 32) == key { return Int(UInt32(truncatingIfNeeded: slot)) }
                i = (i + 1) & mask
            }
        }

        mutating func insertIfAbsent(_ key: UInt32, _ sentence: Int) {
            guard count < RepeatAnnotator.tableLimit else { return }
            var i = Int(key) & mask
            while true {
                let slot = slots[i]
                if slot == 0 {
                    slots[i] = UInt64(key) << 32 | UInt64(UInt32(truncatingIfNeeded: sentence))
                    count += 1
                    return
                }
                if UInt32(truncatingIfNeeded: slot >> 32) == key { return }
                i = (i + 1) & mask
            }
        }
    }

    /// A sentence's sketch from its content-word candidates (`scan`). Names (capitalised words after the first)
    /// are left out of the sketch: a novel names the same few people in every other sentence; they are compared in
    /// full.
    static func sketch(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ stop: HashSet64, _ keys: inout [UInt64],
                       _ flags: inout [UInt8]) -> Sketch {
        var sketch = Sketch()
        scan(t, r, &keys, &flags)
        for k in keys.indices {
            let f = flags[k]
            if f & 1 != 0 { sketch.words += 1 }
            guard f & 2 == 0 || k == 0 else { continue }
            let v = spread(keys[k])
            if v < sketch.m7, !stop.contains(keys[k]) { sketch.insert(v) }
        }
        return sketch
    }

    /// Byte classes for `scan`: 1 a letter or a byte of another script's letter, 2 a digit, 3 a capital, 4 the
    /// apostrophe, 5 E2 (the lead byte of ’, curly quotes, dashes: a separator of three bytes), 0 a separator.
    static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        let c = UInt8(b)
        if c >= 0x61 && c <= 0x7A { return 1 }
        if c >= 0x41 && c <= 0x5A { return 3 }
        if c >= 0x30 && c <= 0x39 { return 2 }
        if c == 0x27 { return 4 }
        if c == 0xE2 { return 5 }
        return c >= 0x80 ? 1 : 0
    }

    /// The content-word candidates of a range in one pass over its bytes: each word's FNV-1a hash of its
    /// lower-cased bytes (as `Words.hash`) with a plural "s" (or "'s") dropped, in `keys`, and in `flags` whether
    /// it has three or more letters (1), is capitalised (2), is a number (4). Words of fewer than three
    /// characters are skipped, numbers never.
    static func scan(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ keys: inout [UInt64], _ flags: inout [UInt8]) {
        keys.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        classes.withUnsafeBufferPointer { cls in
            var h = Words.offset
            var start = r.lowerBound
            var i = r.lowerBound
            let end = r.upperBound
            while i <= end {
                let k = i < end ? cls[Int(t[i])] : 0
                if k != 0 && k != 5 {
                    if i == start && k == 4 { start = i &+ 1; i = i &+ 1; continue }
                    h = (h ^ UInt64(k == 3 ? t[i] | 0x20 : t[i])) &* Words.prime
                    i = i &+ 1
                    continue
                }
                let length = i &- start
                let number = length > 0 && cls[Int(t[start])] == 2
                if length >= 3 || number {
                    var key = h
                    if length >= 4, !number, t[i &- 1] | 0x20 == 0x73 {
                        // "projects" → "project", "Iran's" → "iran": the hash again without the ending.
                        var e = i &- 1
                        if t[e &- 1] == 0x27 { e = e &- 1 }
                        key = Words.offset
                        for j in start..<e { key = (key ^ UInt64(cls[Int(t[j])] == 3 ? t[j] | 0x20 : t[j])) &* Words.prime }
                    }
                    keys.append(key)
                    flags.append((length >= 3 ? 1 : 0) | (cls[Int(t[start])] == 3 ? 2 : 0) | (number ? 4 : 0))
                }
                h = Words.offset
                i = i &+ (k == 5 ? 3 : 1)
                start = i
            }
        }
    }

    // MARK: - Comparing two sentences

    /// A sentence's content words, names (capitalised words after its first) and numbers, each sorted and unique.
    struct Content {
        var words: [UInt32] = []
        var names: [UInt32] = []
        var numbers: [UInt32] = []
        private var keys: [UInt64] = []
        private var flags: [UInt8] = []

        mutating func load(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) {
            words.removeAll(keepingCapacity: true)
            names.removeAll(keepingCapacity: true)
            numbers.removeAll(keepingCapacity: true)
            var first = true
            let stop = RepeatAnnotator.functionWords
            let numberWords = RepeatAnnotator.numberWords
            RepeatAnnotator.scan(t, r, &keys, &flags)
            for (k, h) in keys.enumerated() {
                defer { first = false }
                guard !stop.contains(h) else { continue }
                let v = RepeatAnnotator.spread(h)
                words.append(v)
                if flags[k] & 4 != 0 || numberWords.contains(h) {
                    numbers.append(v)
                } else if flags[k] & 2 != 0 && !first {
                    names.append(v)
                }
            }
            Self.unique(&words)
            Self.unique(&names)
            Self.unique(&numbers)
        }

        /// Sorted, each value once.
        static func unique(_ list: inout [UInt32]) {
            guard list.count > 1 else { return }
            list.sort()
            var n = 1
            for k in 1..<list.count where list[k] != list[n - 1] {
                list[n] = list[k]
                n += 1
            }
            list.removeLast(list.count - n)
        }
    }

    /// How many values two sorted lists share.
    static func shared(_ x: [UInt32], _ y: [UInt32]) -> Int {
        var i = 0
        var j = 0
        var n = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] {
                n += 1
                i += 1
                j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return n
    }

    /// Does `b` repeat or restate `a`? Its similarity, and whether it is a restatement (in other words).
    static func compare(_ a: Content, _ b: Content) -> (similarity: Double, restated: Bool)? {
        guard min(a.words.count, b.words.count) >= minimumContent else { return nil }
        let common = shared(a.words, b.words)
        let union = a.words.count + b.words.count - common
        guard union > 0 else { return nil }
        let similarity = Double(common) / Double(union)
        guard similarity >= restatementSimilarity else { return nil }
        // Other numbers, other facts: one sentence's numbers are all in the other.
        if !a.numbers.isEmpty && !b.numbers.isEmpty && shared(a.numbers, b.numbers) < min(a.numbers.count, b.numbers.count) { return nil }
        if similarity >= repeatSimilarity { return (similarity, false) }
        guard common >= restatementShared else { return nil }
        // The same actors and places: at least half of the fewer names in both.
        if !a.names.isEmpty && !b.names.isEmpty && 2 * shared(a.names, b.names) < min(a.names.count, b.names.count) { return nil }
        return (similarity, true)
    }

    /// Numbers written as words (a plural "s" dropped, as the words are read): "four years" and "six years" differ.
    static let numberWords = HashSet64([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "half", "third", "quarter", "first",
        "second", "last",
    ].map(Words.hash))

    /// Function words: no part of what a sentence asserts (three letters or more; written for this project).
    static let functionWords = HashSet64([
        "the", "and", "for", "that", "with", "from", "this", "have", "has", "had", "was", "were", "are", "been", "being",
        "its", "their", "they", "them", "his", "her", "she", "him", "who", "whom", "which", "what", "when", "where",
        "while", "will", "would", "could", "should", "may", "might", "can", "not", "but", "also", "than", "then",
        "there", "these", "those", "into", "about", "over", "such", "more", "most", "other", "some", "any", "all",
        "each", "only", "very", "our", "your", "you", "one", "after", "before", "between", "both", "during",
        "through", "did", "does", "how", "why", "out", "just", "like", "own", "same", "because", "however", "many",
        "much", "per", "upon", "via", "yet", "here", "now", "even", "well", "too", "again", "further", "off",
        "under", "within", "without", "across", "against", "among", "around", "since", "until", "whether", "though",
        "although", "particularly", "especially", "including",
        // Reporting verbs say who, not what.
        "said", "say", "says", "asked", "told", "tell", "tells", "thought", "replied", "added", "answered", "cried",
        // As the plural "s" is dropped: "this" → "thi", "does" → "doe".
        "thi", "doe",
    ].map(Words.hash))
}
