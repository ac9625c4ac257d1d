/// Finds what an article says twice: sentences that repeat an earlier one with a few words changed, and
/// sentences that restate one in other words (the reference article tells its story twice). A sentence is
/// compared by its content words (lower-cased words of three or more letters and numbers, a plural "s"
/// dropped, function words left out): a repeat shares most of them (Jaccard similarity ≥ 0.6), a restatement
/// enough of them (≥ 0.3 and at least seven) with the same names and no other numbers. Linear: each sentence
/// is read once into its content words (16 bits of each, about two bytes a word), matched with the first
/// earlier sentence that has its smallest word hash or one pair of its four smallest (MinHash's bottom-k:
/// similar sentences share their smallest hashes; the keys are sorted to find them), and compared in full with
/// those candidates only.
public struct RepeatAnnotator: Annotator {
    public let name = "repeats"
    public let requires: Set<Layer> = [.noise, .sentences, .words]
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
    /// The most keys ever matched: those of the first few hundred thousand sentences (as a table of at most
    /// 32 MiB would hold).
    static let tableLimit = 1 << 21

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        let reads = annotations.repeatContent
        annotations.repeatContent = []
        guard annotations.sentences.count > 1 else { return }
        let found = Self.find(reads)
        guard !found.isEmpty else { return }
        var repeats = [UInt32](repeating: UInt32.max, count: annotations.sentences.count)
        for f in found { repeats[f.sentence] = UInt32(f.first) | (f.restated ? Self.restatedBit : 0) }
        annotations.sentenceRepeats = repeats
    }

    static let restatedBit: UInt32 = 1 << 31

    /// Every sentence that says an earlier one again, in order: the sentence, the first appearance, and whether
    /// it is a restatement.
    static func find(_ reads: [Read]) -> [(sentence: Int, first: Int, restated: Bool)] {
        // The sentences as the words pass read them (`Reader`), chunk after chunk; then each key's first sentence
        // (a sort, not a table: one pass over memory rather than a cache miss a key); then the comparisons, in
        // parallel chunks of sentences (each sentence's best match depends on nothing else); then, in order, the
        // first appearance of what each one repeats.
        let arena = Arenas(reads: reads)
        let earlier = Self.earlierWithKeys(arena)
        let best = Parallel.map(arena.sentences.count, minimumChunk: 2000) { part -> [(Int32, Int32, Double, Bool)] in
            var out: [(Int32, Int32, Double, Bool)] = []
            var tried: [Int32] = []
            for i in part {
                let words = Int(arena.counts[i])
                tried.removeAll(keepingCapacity: true)
                var best: (c: Int32, similarity: Double, restated: Bool)? = nil
                for k in Int(i == 0 ? 0 : arena.keyEnds[i - 1])..<Int(arena.keyEnds[i]) {
                    let c = earlier[k]
                    guard c >= 0, !tried.contains(c) else { continue }
                    tried.append(c)
                    // Sizes too far apart cannot reach a restatement's similarity.
                    let x = Int(arena.counts[Int(c)])
                    guard Double(min(x, words)) >= restatementSimilarity * Double(max(x, words)) else { continue }
                    if let match = arena.compare(Int(c), i), match.similarity > (best?.similarity ?? 0) {
                        best = (c, match.similarity, match.restated)
                    }
                }
                if let best { out.append((Int32(i), best.c, best.similarity, best.restated)) }
            }
            return out
        }
        // A repeat of a repeat goes back to the first; a restatement is linked to what it restates.
        var rootOf = [Int32](repeating: -1, count: arena.sentences.count)
        var found: [(sentence: Int, first: Int, restated: Bool)] = []
        for part in best {
            for (i, c, _, restated) in part {
                let first = rootOf[Int(c)] >= 0 ? rootOf[Int(c)] : c
                found.append((Int(arena.sentences[Int(i)]), Int(arena.sentences[Int(first)]), restated))
                if !restated { rootOf[Int(i)] = first }
            }
        }
        return found
    }

    /// For each key of each sentence read (in reading order): the first sentence read before it with the same
    /// key (its place in reading order), or -1 — as a table of the first sentence seen with each key, filled in
    /// reading order and holding at most `limit` keys, would answer before the sentence adds its own. The
    /// keys with their places are sorted by key (stable, so each key's places stay in order) and each run of
    /// one key points to its first.
    static func earlierWithKeys(_ arena: Arenas, limit: Int = tableLimit) -> [Int32] {
        let keys = arena.keys
        var earlier = [Int32](repeating: -1, count: keys.count)
        guard !keys.isEmpty else { return earlier }
        var owner = [Int32](repeating: 0, count: keys.count)
        var from = 0
        for i in arena.sentences.indices {
            let to = Int(arena.keyEnds[i])
            for k in from..<to { owner[k] = Int32(i) }
            from = to
        }
        let sorted = Self.sortedByKey(keys)
        // Runs of one key, by the place of their first.
        var runs: [(start: Int, end: Int)] = []
        var start = 0
        while start < sorted.count {
            let key = sorted[start] >> 32
            var end = start + 1
            while end < sorted.count && sorted[end] >> 32 == key { end += 1 }
            runs.append((start, end))
            start = end
        }
        // A full table takes no new key: only the `tableLimit` keys seen first are ever found.
        var firstAllowed = Int.max
        if runs.count > limit {
            var firsts = runs.map { Int(UInt32(truncatingIfNeeded: sorted[$0.start])) }
            firsts.sort()
            firstAllowed = firsts[limit]
        }
        for (start, end) in runs {
            let first = Int(UInt32(truncatingIfNeeded: sorted[start]))
            guard first < firstAllowed else { continue }
            let sentence = owner[first]
            for n in (start + 1)..<end {
                let k = Int(UInt32(truncatingIfNeeded: sorted[n]))
                if owner[k] > sentence { earlier[k] = sentence }
            }
        }
        return earlier
    }

    /// Each key with its place (key in the high 32 bits, place in the low), sorted by key and, for one key, by
    /// place: the keys parted by their top byte in one stable pass, then each part sorted by its other three
    /// bytes (least significant first, stable) — the parts in parallel, each small enough to stay in cache.
    static func sortedByKey(_ keys: [UInt32]) -> [UInt64] {
        let n = keys.count
        var starts = [Int](repeating: 0, count: 257)
        for key in keys { starts[Int(key >> 24) + 1] += 1 }
        for d in 0..<256 { starts[d + 1] += starts[d] }
        var a = [UInt64](unsafeUninitializedCapacity: n) { buffer, count in
            var place = starts
            for (k, key) in keys.enumerated() {
                let d = Int(key >> 24)
                buffer[place[d]] = UInt64(key) << 32 | UInt64(k)
                place[d] += 1
            }
            count = n
        }
        a.withUnsafeMutableBufferPointer { all in
            nonisolated(unsafe) let values = all
            _ = Parallel.map(256, minimumChunk: 64) { parts in
                var scratch = [UInt64]()
                var counts = [Int](repeating: 0, count: 3 * 256)
                for d in parts where starts[d + 1] - starts[d] > 1 {
                    let part = UnsafeMutableBufferPointer(rebasing: values[starts[d]..<starts[d + 1]])
                    Self.sortLowBytes(part, &scratch, &counts)
                }
            }
        }
        return a
    }

    /// One part of `sortedByKey`: sorted by bits 32–55 (the key's three low bytes), stable.
    static func sortLowBytes(_ part: UnsafeMutableBufferPointer<UInt64>, _ scratch: inout [UInt64], _ counts: inout [Int]) {
        let n = part.count
        if scratch.count < n { scratch = [UInt64](repeating: 0, count: max(n, 2 * scratch.count)) }
        for k in counts.indices { counts[k] = 0 }
        for v in part {
            counts[Int((v >> 32) & 0xFF)] += 1
            counts[256 + Int((v >> 40) & 0xFF)] += 1
            counts[512 + Int((v >> 48) & 0xFF)] += 1
        }
        scratch.withUnsafeMutableBufferPointer { other in
            counts.withUnsafeMutableBufferPointer { place in
                var from = part
                var to = UnsafeMutableBufferPointer(rebasing: other[0..<n])
                var moved = false
                for pass in 0..<3 {
                    let base = 256 * pass
                    // Every value has the same byte here: nothing moves.
                    if (base..<(base + 256)).contains(where: { place[$0] == n }) { continue }
                    var offset = 0
                    for d in base..<(base + 256) {
                        let c = place[d]
                        place[d] = offset
                        offset += c
                    }
                    let shift = UInt64(32 + 8 * pass)
                    for v in from {
                        let d = base + Int((v >> shift) & 0xFF)
                        to[place[d]] = v
                        place[d] += 1
                    }
                    swap(&from, &to)
                    moved.toggle()
                }
                // An odd number of passes left the result in the scratch buffer.
                if moved { _ = part.update(fromContentsOf: from) }
            }
        }
    }

    /// A chunk's sentences as the parallel words pass reads them, in the shape of the whole (`Arenas`), where each
    /// part ends counted in the chunk's own arrays.
    typealias Read = Arenas

    /// Reads sentences into a chunk's `Read`, from the words the words pass (`HedgeAnnotator`) split them into:
    /// prose only (not noise, not headings or code), and only sentences long enough to say something twice.
    struct Reader {
        private let content = Content()
        private var keys: [UInt32] = []
        private let kinds = RepeatAnnotator.wordKinds
        var read = Read()

        /// Is the block's text compared at all: prose, and not page furniture?
        static func reads(_ block: Int, _ blocks: [Block], _ noise: [Bool]) -> Bool {
            SentenceSegmenter.isProse(blocks[block].kind) && !(block < noise.count && noise[block])
        }

        mutating func add(_ sentence: Int, _ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ split: [Word]) {
            let words = content.load(t, range, words: split, kinds)
            guard words >= minimumWords, content.words.count >= minimumContent else { return }
            read.sentences.append(Int32(sentence))
            read.counts.append(UInt16(min(words, Int(UInt16.max))))
            RepeatAnnotator.keys(content.words, into: &keys)
            read.keys += keys
            read.keyEnds.append(Int32(read.keys.count))
            Arenas.appendTops(content.words, &read.words)
            Arenas.appendTops(content.names, &read.names)
            Arenas.appendTops(content.numbers, &read.numbers)
            read.ends.append((Int32(read.words.count), Int32(read.names.count), Int32(read.numbers.count)))
        }
    }

    // MARK: - Sketches

    /// The table keys of a sentence's content words (ascending): its smallest hash, and each pair of its four
    /// smallest.
    static func keys(_ sample: UnsafeBufferPointer<UInt32>, into out: inout [UInt32]) {
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
    /// the mixed 32 bits of each word's hash. Buffers of its own, grown to the longest sentence read, written
    /// through pointers (an array's append checks its uniqueness at each word). A class: it owns them.
    final class Content {
        private var capacity = 0
        private var buffer: UnsafeMutablePointer<UInt32>?
        private var counts = (0, 0, 0)

        deinit { buffer?.deallocate() }

        var words: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: buffer, count: counts.0) }
        var names: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: buffer.map { $0 + capacity }, count: counts.1) }
        var numbers: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: buffer.map { $0 + 2 * capacity }, count: counts.2) }

        /// Reads a sentence in one pass over its bytes, everything in locals: letters and digits (bytes of other
        /// scripts count as letters; ’ and the other characters from U+2000 on, which start with E2, separate),
        /// each word's FNV-1a hash of its lower-cased bytes (as `Words.hash`) with a plural "s" (or "'s")
        /// dropped; words of fewer than three characters skipped (numbers never), function words left out.
        /// Returns the count of words of three or more letters. The definition the words pass's reading
        /// (`load(_:_:words:_:)`) must equal, and the reading its few odd words get.
        func load(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ kinds: HashMap64) -> Int {
            var n = (0, 0, 0)
            var first = true
            let (words, names, numbers) = buffers(for: r)
            let count = RepeatAnnotator.classes.withUnsafeBufferPointer { cls in
                Self.read(t, r, cls, kinds, words, names, numbers, &n, &first)
            }
            counts = (Self.unique(words, n.0), Self.unique(names, n.1), Self.unique(numbers, n.2))
            return count
        }

        /// The same from the words `Words.split` found in the sentence `r` (the words pass's), without reading
        /// its bytes again: a plain word's hash is the one `load` makes; the few it reads otherwise (a joiner
        /// inside, a currency sign before, an apostrophe after: "well-known" is "well" and "known" here) are read
        /// again as `load` reads them, from the word to where `load`'s word ends.
        func load(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, words split: [Word], _ kinds: HashMap64) -> Int {
            var n = (0, 0, 0)
            var first = true
            var count = 0
            let (words, names, numbers) = buffers(for: r)
            RepeatAnnotator.classes.withUnsafeBufferPointer { cls in
                // Where the last word read again ended: the split's words before it were read with it.
                var readTo = r.lowerBound
                for word in split where word.range.upperBound > readTo {
                    var end = word.range.upperBound
                    if word.joined || word.range.lowerBound < readTo || (end < r.upperBound && t[end] == 0x27) {
                        // From where `load` would be (this word, or the separator the last one read again stopped
                        // at) to the end of `load`'s word: letters, digits and apostrophes (class 1–4).
                        while end < r.upperBound, cls[Int(t[end])] &- 1 < 4 { end += 1 }
                        let from = max(word.range.lowerBound, readTo)
                        count &+= Self.read(t, from..<end, cls, kinds, words, names, numbers, &n, &first)
                        readTo = end
                        continue
                    }
                    let start = word.range.lowerBound
                    let length = end &- start
                    let lead = cls[Int(t[start])]
                    guard length >= 3 || lead == 2 else { continue }
                    if length >= 3 { count &+= 1 }
                    var key = word.hash
                    if length >= 4, lead != 2, t[end &- 1] | 0x20 == 0x73 {
                        // A plural "s" dropped, as `load` drops it.
                        key = Self.hash(t, start..<(end &- 1), cls)
                    }
                    Self.add(key, lead: lead, first: &first, kinds, words, names, numbers, &n)
                }
            }
            counts = (Self.unique(words, n.0), Self.unique(names, n.1), Self.unique(numbers, n.2))
            return count
        }

        /// The three buffers, room for the sentence `r`'s words: a word takes a byte and a separator at least, so
        /// at most half the bytes, and one.
        private func buffers(for r: Range<Int>)
            -> (UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<UInt32>, UnsafeMutableBufferPointer<UInt32>) {
            let need = r.count / 2 + 2
            if need > capacity {
                buffer?.deallocate()
                capacity = max(need, 2 * capacity, 256)
                buffer = UnsafeMutablePointer<UInt32>.allocate(capacity: 3 * capacity)
            }
            let base = buffer!
            return (UnsafeMutableBufferPointer(start: base, count: capacity),
                    UnsafeMutableBufferPointer(start: base + capacity, count: capacity),
                    UnsafeMutableBufferPointer(start: base + 2 * capacity, count: capacity))
        }

        /// One word of three letters or more, or a number, by its key: a function word (kind 1) is left out, a
        /// number word (2) is a number, a capitalised word after the first a name.
        @inline(__always)
        static func add(_ key: UInt64, lead: UInt8, first: inout Bool, _ kinds: HashMap64,
                        _ words: UnsafeMutableBufferPointer<UInt32>, _ names: UnsafeMutableBufferPointer<UInt32>,
                        _ numbers: UnsafeMutableBufferPointer<UInt32>, _ n: inout (Int, Int, Int)) {
            // One look-up: a function word (1) is left out, a number word (2) is a number.
            let kind = kinds.value(key) ?? 0
            if kind != 1 {
                let v = RepeatAnnotator.spread(key)
                words[n.0] = v
                n.0 &+= 1
                if lead == 2 || kind == 2 {
                    numbers[n.2] = v
                    n.2 &+= 1
                } else if lead == 3 && !first {
                    names[n.1] = v
                    n.1 &+= 1
                }
            }
            first = false
        }

        /// The loop of `load`, with the arrays passed in (not reached through `self` from a closure).
        static func read(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ cls: UnsafeBufferPointer<UInt8>, _ kinds: HashMap64,
                         _ words: UnsafeMutableBufferPointer<UInt32>, _ names: UnsafeMutableBufferPointer<UInt32>,
                         _ numbers: UnsafeMutableBufferPointer<UInt32>, _ n: inout (Int, Int, Int), _ first: inout Bool) -> Int {
            var count = 0
            var h = Words.offset
            var start = r.lowerBound
            var i = r.lowerBound
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
                        key = Self.hash(t, start..<e, cls)
                    }
                    Self.add(key, lead: lead, first: &first, kinds, words, names, numbers, &n)
                }
                h = Words.offset
                i = i &+ (k == 5 ? 3 : 1)
                start = i
            }
            return count
        }

        /// FNV-1a of the lower-cased bytes `r` (as `Words.hash`): a word's hash again without its plural ending.
        @inline(__always)
        static func hash(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ cls: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var key = Words.offset
            for j in r { key = (key ^ UInt64(cls[Int(t[j])] == 3 ? t[j] | 0x20 : t[j])) &* Words.prime }
            return key
        }

        /// The first `count` values sorted, each once; how many are left.
        static func unique(_ list: UnsafeMutableBufferPointer<UInt32>, _ count: Int) -> Int {
            guard count > 1 else { return count }
            var head = UnsafeMutableBufferPointer(rebasing: list[0..<count])
            head.sort()
            var n = 1
            for k in 1..<count where list[k] != list[n - 1] {
                list[n] = list[k]
                n += 1
            }
            return n
        }
    }

    /// Every sentence read, in reading order (chunk by chunk, as the parallel pass read them, which is the
    /// order of the text): its index, word count, table keys and content — the top 16 bits of each value,
    /// ascending, about two bytes for each content word of the text — with where each one's part ends.
    struct Arenas {
        var sentences: [Int32] = []
        var counts: [UInt16] = []
        var keys: [UInt32] = []
        var keyEnds: [Int32] = []
        var words: [UInt16] = []
        var names: [UInt16] = []
        var numbers: [UInt16] = []
        var ends: [(Int32, Int32, Int32)] = []

        init() {}

        /// The chunks one after the other: where each part ends, counted from the start of the whole.
        init(reads: [Read]) {
            for r in reads {
                let (keyBase, w, n, m) = (Int32(keys.count), Int32(words.count), Int32(names.count), Int32(numbers.count))
                sentences += r.sentences
                counts += r.counts
                keys += r.keys
                keyEnds += r.keyEnds.lazy.map { keyBase + $0 }
                words += r.words
                names += r.names
                numbers += r.numbers
                ends += r.ends.lazy.map { (w + $0.0, n + $0.1, m + $0.2) }
            }
        }

        /// The top 16 bits of each value (ascending), each once.
        static func appendTops(_ values: UnsafeBufferPointer<UInt32>, _ out: inout [UInt16]) {
            let from = out.count
            for v in values {
                let top = UInt16(truncatingIfNeeded: v >> 16)
                if out.count == from || out[out.count - 1] != top { out.append(top) }
            }
        }

        /// Where the `i`th sentence read has its words, names and numbers.
        @inline(__always)
        func ranges(_ i: Int) -> (words: Range<Int>, names: Range<Int>, numbers: Range<Int>) {
            let from = i == 0 ? (0, 0, 0) : ends[i - 1]
            let to = ends[i]
            return (Int(from.0)..<Int(to.0), Int(from.1)..<Int(to.1), Int(from.2)..<Int(to.2))
        }

        /// How many values two sorted slices of one array share.
        static func shared(_ u: UnsafeBufferPointer<UInt16>, _ x: Range<Int>, _ y: Range<Int>) -> Int {
            var i = x.lowerBound
            var j = y.lowerBound
            var n = 0
            while i < x.upperBound && j < y.upperBound {
                if u[i] == u[j] {
                    n += 1
                    i += 1
                    j += 1
                } else if u[i] < u[j] {
                    i += 1
                } else {
                    j += 1
                }
            }
            return n
        }

        /// Does the `b`th sentence read repeat or restate the `a`th? Its similarity, and whether it is a
        /// restatement.
        func compare(_ a: Int, _ b: Int) -> (similarity: Double, restated: Bool)? {
            let (x, y) = (ranges(a), ranges(b))
            guard min(x.words.count, y.words.count) >= minimumContent else { return nil }
            let common = words.withUnsafeBufferPointer { Self.shared($0, x.words, y.words) }
            let union = x.words.count + y.words.count - common
            guard union > 0 else { return nil }
            let similarity = Double(common) / Double(union)
            guard similarity >= restatementSimilarity else { return nil }
            // Other numbers, other facts: one sentence's numbers are all in the other.
            if !x.numbers.isEmpty && !y.numbers.isEmpty
                && numbers.withUnsafeBufferPointer({ Self.shared($0, x.numbers, y.numbers) }) < min(x.numbers.count, y.numbers.count) { return nil }
            if similarity >= repeatSimilarity { return (similarity, false) }
            guard common >= restatementShared else { return nil }
            // The same actors and places: at least half of the fewer names in both.
            if !x.names.isEmpty && !y.names.isEmpty
                && 2 * names.withUnsafeBufferPointer({ Self.shared($0, x.names, y.names) }) < min(x.names.count, y.names.count) { return nil }
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
