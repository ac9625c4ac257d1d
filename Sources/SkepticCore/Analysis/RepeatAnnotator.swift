/// Finds what an article says twice: sentences that repeat an earlier one with a few words changed, and
/// sentences that restate one in other words (the reference article tells its story twice). A sentence is
/// compared by its content words (lower-cased words of three or more letters and numbers, a plural "s"
/// dropped, function words left out): a repeat shares most of them (Jaccard similarity ≥ 0.6), a restatement
/// enough of them (≥ 0.3 and at least seven) with the same names and no other numbers. Linear: each sentence
/// is read once into its content words (16 bits of each, about two bytes a word), looked up in a table of the
/// first sentence seen with its smallest word hash and with each pair of its four smallest (MinHash's bottom-k:
/// similar sentences share their smallest hashes), and compared in full with those candidates only.
public struct RepeatAnnotator: Annotator {
    public let name = "repeats"
    public let requires: Set<Layer> = [.noise, .sentences]
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
        var wordCounts = [UInt16](repeating: 0, count: sentences.count)
        var found: [(sentence: Int, first: Int, restated: Bool)] = []
        var rootOf: [Int: Int] = [:]
        var tried: [Int] = []
        // Reading the sentences, in parallel chunks of blocks; the table and the comparisons after, in order.
        let arena = Arenas(reads: Self.read(t, blocks, annotations), count: sentences.count)
        for r in arena.reads {
            for (j, s) in r.sentences.enumerated() {
                let words = Int(r.counts[j])
                wordCounts[s] = r.counts[j]
                // The candidates: the first earlier sentence with the same smallest hash or the same pair of the
                // four smallest (a pair, not one hash, for most: a word the article uses everywhere would make
                // every sentence a candidate), compared in full.
                let keys = r.keys[(j == 0 ? 0 : r.keyEnds[j - 1])..<r.keyEnds[j]]
                tried.removeAll(keepingCapacity: true)
                var best: (first: Int, similarity: Double, restated: Bool)? = nil
                for key in keys {
                    guard let c = table.first(key), !tried.contains(c) else { continue }
                    tried.append(c)
                    // Sizes too far apart cannot reach a restatement's similarity.
                    let x = Int(wordCounts[c])
                    guard Double(min(x, words)) >= restatementSimilarity * Double(max(x, words)) else { continue }
                    if let match = arena.compare(c, s), match.similarity > (best?.similarity ?? 0) {
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

    /// A chunk's sentences as the parallel pass reads them: each one's index, word count, table keys and content
    /// (16 bits of each value, as in `Arenas`), with where each ends.
    struct Read {
        var sentences: [Int] = []
        var counts: [UInt16] = []
        var keys: [UInt32] = []
        var keyEnds: [Int] = []
        var words: [UInt16] = []
        var names: [UInt16] = []
        var numbers: [UInt16] = []
        var ends: [(Int, Int, Int)] = []
    }

    /// Every prose sentence's content, read in parallel chunks of blocks (noise and short sentences left out).
    static func read(_ t: UnsafeBufferPointer<UInt8>, _ blocks: [Block], _ annotations: Annotations) -> [Read] {
        let kinds = wordKinds
        return Parallel.map(blocks.count, minimumChunk: 1000) { part -> Read in
            var r = Read()
            var content = Content()
            var keys: [UInt32] = []
            for index in part where index < annotations.blockSentences.count && SentenceSegmenter.isProse(blocks[index].kind)
                && !(index < annotations.noiseBlocks.count && annotations.noiseBlocks[index]) {
                for s in annotations.blockSentences[index] {
                    let words = content.load(t, annotations.sentences[s].range, kinds)
                    guard words >= minimumWords, content.words.count >= minimumContent else { continue }
                    r.sentences.append(s)
                    r.counts.append(UInt16(min(words, Int(UInt16.max))))
                    Self.keys(content.words, into: &keys)
                    r.keys += keys
                    r.keyEnds.append(r.keys.count)
                    Arenas.appendTops(content.words, &r.words)
                    Arenas.appendTops(content.names, &r.names)
                    Arenas.appendTops(content.numbers, &r.numbers)
                    r.ends.append((r.words.count, r.names.count, r.numbers.count))
                }
            }
            return r
        }
    }

    // MARK: - Sketches

    /// The table keys of a sentence's content words (ascending): its smallest hash, and each pair of its four
    /// smallest.
    static func keys(_ sample: [UInt32], into out: inout [UInt32]) {
        out.removeAll(keepingCapacity: true)
        guard let first = sample.first else { return }
        out.append(first | 1)
        let m = min(4, sample.count)
        for i in 0..<m {
            for j in (i + 1)..<m {
                let pair = UInt64(sample[i]) << 32 | UInt64(sample[j])
                out.append(UInt32(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 32) | 1)
            }
        }
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

    /// Byte classes for `Content.load`: 1 a letter or a byte of another script's letter, 2 a digit, 3 a capital, 4 the
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

    // MARK: - Comparing two sentences

    /// A sentence's content words, names (capitalised words after its first) and numbers, each sorted and unique:
    /// the mixed 32 bits of each word's hash.
    struct Content {
        var words: [UInt32] = []
        var names: [UInt32] = []
        var numbers: [UInt32] = []

        /// Reads a sentence in one pass over its bytes, everything in locals: letters and digits (bytes of other
        /// scripts count as letters; ’ and the other characters from U+2000 on, which start with E2, separate),
        /// each word's FNV-1a hash of its lower-cased bytes (as `Words.hash`) with a plural "s" (or "'s")
        /// dropped; words of fewer than three characters skipped (numbers never), function words left out.
        /// Returns the count of words of three or more letters.
        mutating func load(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ kinds: HashMap64) -> Int {
            words.removeAll(keepingCapacity: true)
            names.removeAll(keepingCapacity: true)
            numbers.removeAll(keepingCapacity: true)
            let count = RepeatAnnotator.classes.withUnsafeBufferPointer { cls in
                Self.read(t, r, cls, kinds, &words, &names, &numbers)
            }
            Self.unique(&words)
            Self.unique(&names)
            Self.unique(&numbers)
            return count
        }

        /// The loop of `load`, with the arrays passed in (not reached through `self` from a closure).
        static func read(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ cls: UnsafeBufferPointer<UInt8>, _ kinds: HashMap64,
                         _ words: inout [UInt32], _ names: inout [UInt32], _ numbers: inout [UInt32]) -> Int {
            var count = 0
            var h = Words.offset
            var start = r.lowerBound
            var i = r.lowerBound
            var first = true
            let end = r.upperBound
            while i <= end {
                // Most bytes are lower-case ASCII letters: no table for them.
                if i < end, t[i] &- 0x61 < 26 {
                    h = (h ^ UInt64(t[i])) &* Words.prime
                    i = i &+ 1
                    continue
                }
                let k = i < end ? cls[Int(t[i])] : 0
                if k != 0 && k != 5 {
                    if i == start && k == 4 { start = i &+ 1; i = i &+ 1; continue }
                    h = (h ^ UInt64(k == 3 ? t[i] | 0x20 : t[i])) &* Words.prime
                    i = i &+ 1
                    continue
                }
                let length = i &- start
                let lead = length > 0 ? cls[Int(t[start])] : 0
                if length >= 3 || lead == 2 {
                    if length >= 3 { count &+= 1 }
                    var key = h
                    if length >= 4, lead != 2, t[i &- 1] | 0x20 == 0x73 {
                        // "projects" → "project", "Iran's" → "iran": the hash again without the ending.
                        var e = i &- 1
                        if t[e &- 1] == 0x27 { e = e &- 1 }
                        key = Words.offset
                        for j in start..<e { key = (key ^ UInt64(cls[Int(t[j])] == 3 ? t[j] | 0x20 : t[j])) &* Words.prime }
                    }
                    // One look-up: a function word (1) is left out, a number word (2) is a number.
                    let kind = kinds.value(key) ?? 0
                    if kind != 1 {
                        let v = RepeatAnnotator.spread(key)
                        words.append(v)
                        if lead == 2 || kind == 2 {
                            numbers.append(v)
                        } else if lead == 3 && !first {
                            names.append(v)
                        }
                    }
                    first = false
                }
                h = Words.offset
                i = i &+ (k == 5 ? 3 : 1)
                start = i
            }
            return count
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

    /// The content of every sentence read (16 bits of each value, ascending), left where the parallel pass put
    /// it, with each sentence's chunk and place: about two bytes for each content word of the text.
    struct Arenas {
        let reads: [Read]
        /// Per sentence: its chunk and its place in the chunk (-1: not read).
        private var place: [(Int32, Int32)]

        init(reads: [Read], count: Int) {
            self.reads = reads
            place = Array(repeating: (-1, -1), count: count)
            for (n, r) in reads.enumerated() {
                for (j, s) in r.sentences.enumerated() { place[s] = (Int32(n), Int32(j)) }
            }
        }

        /// The top 16 bits of each value (ascending), each once.
        static func appendTops(_ values: [UInt32], _ out: inout [UInt16]) {
            let from = out.count
            for v in values {
                let top = UInt16(truncatingIfNeeded: v >> 16)
                if out.count == from || out[out.count - 1] != top { out.append(top) }
            }
        }

        /// Where sentence `s`'s words, names and numbers are in its chunk's arrays.
        func ranges(_ s: Int) -> (chunk: Int, words: Range<Int>, names: Range<Int>, numbers: Range<Int>) {
            let (n, j) = (Int(place[s].0), Int(place[s].1))
            let from = j == 0 ? (0, 0, 0) : reads[n].ends[j - 1]
            let to = reads[n].ends[j]
            return (n, from.0..<to.0, from.1..<to.1, from.2..<to.2)
        }

        /// How many values two sorted slices share.
        static func shared(_ u: [UInt16], _ x: Range<Int>, _ v: [UInt16], _ y: Range<Int>) -> Int {
            var i = x.lowerBound
            var j = y.lowerBound
            var n = 0
            while i < x.upperBound && j < y.upperBound {
                if u[i] == v[j] {
                    n += 1
                    i += 1
                    j += 1
                } else if u[i] < v[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return n
        }

        /// Does sentence `b` repeat or restate sentence `a`? Its similarity, and whether it is a restatement.
        func compare(_ a: Int, _ b: Int) -> (similarity: Double, restated: Bool)? {
            let (x, y) = (ranges(a), ranges(b))
            guard min(x.words.count, y.words.count) >= minimumContent else { return nil }
            let common = Self.shared(reads[x.chunk].words, x.words, reads[y.chunk].words, y.words)
            let union = x.words.count + y.words.count - common
            guard union > 0 else { return nil }
            let similarity = Double(common) / Double(union)
            guard similarity >= restatementSimilarity else { return nil }
            // Other numbers, other facts: one sentence's numbers are all in the other.
            if !x.numbers.isEmpty && !y.numbers.isEmpty
                && Self.shared(reads[x.chunk].numbers, x.numbers, reads[y.chunk].numbers, y.numbers) < min(x.numbers.count, y.numbers.count) { return nil }
            if similarity >= repeatSimilarity { return (similarity, false) }
            guard common >= restatementShared else { return nil }
            // The same actors and places: at least half of the fewer names in both.
            if !x.names.isEmpty && !y.names.isEmpty
                && 2 * Self.shared(reads[x.chunk].names, x.names, reads[y.chunk].names, y.names) < min(x.names.count, y.names.count) { return nil }
            return (similarity, true)
        }
    }

    /// Function words (1) and number words (2), for one look-up per word.
    static let wordKinds = HashMap64(functionWordList.map { (Words.hash($0), 1) } + numberWordList.map { (Words.hash($0), 2) })

    /// Numbers written as words (a plural "s" dropped, as the words are read): "four years" and "six years" differ.
    static let numberWordList = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "half", "third", "quarter", "first",
        "second", "last",
    ]

    /// Function words: no part of what a sentence asserts (three letters or more; written for this project).
    static let functionWordList = [
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
    ]
}
