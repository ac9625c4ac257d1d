/// Words of a sentence as byte ranges, with their lower-cased ASCII form hashed for fast look-ups.
struct Word {
    var range: Range<Int>
    /// FNV-1a of the lower-cased word (’ counted as ').
    var hash: UInt64
    /// The first byte is an ASCII capital.
    var capitalised: Bool
    /// The word is all digits, or starts with a digit or a currency sign ("2025", "3.5", "$1.2bn").
    var numeric: Bool
    /// It holds a joiner (' - . , or ’: "it's", "well-known", "3.5") or starts with a currency sign: words that
    /// `RepeatAnnotator.Content` reads otherwise ("well" and "known"), so it reads them again itself.
    var joined: Bool = false
}

enum Words {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// FNV-1a of lower-cased ASCII text (the same hash `split` gives a word).
    static func hash(_ text: String) -> UInt64 {
        var h = offset
        for c in text.utf8 {
            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* prime
        }
        return h
    }

    /// The same of a substring (a class word), without making a string of it.
    static func hash(_ text: Substring) -> UInt64 {
        var h = offset
        for c in text.utf8 {
            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* prime
        }
        return h
    }

    /// Byte classes: 0 other, 1 letter or digit (or a byte of a non-ASCII letter), 2 joiner inside a word
    /// (' - . ,), 3 start of a currency sign or curly quote (E2), 4 dollar.
    static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        let c = UInt8(b)
        if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return 1 }
        if c == 0xE2 { return 3 }
        if c >= 0x80 { return 1 }
        if c == 0x27 || c == 0x2D || c == 0x2E || c == 0x2C { return 2 }
        if c == 0x24 { return 4 }
        return 0
    }
    /// ASCII lower-casing table.
    static let lower: [UInt8] = (0..<256).map { b in UInt8(b) >= 0x41 && UInt8(b) <= 0x5A ? UInt8(b) | 0x20 : UInt8(b) }

    /// The words in `range`: runs of letters, digits, apostrophes and hyphens inside a word, and
    /// non-ASCII letters. Punctuation separates words and is not returned.
    static func split(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Word]) {
        out.removeAll(keepingCapacity: true)
        scan(t, range) { start, end, h, numeric, joined in
            let isNumber = numeric && Words.hasNumberSuffix(t, start..<end)
            out.append(Word(range: start..<end, hash: h, capitalised: t[start] &- 0x41 < 26, numeric: isNumber, joined: joined))
        }
    }

    /// The hash of a range's words in order (FNV-1a over `split`'s word hashes), without making them.
    static func wordsHash(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var h = offset
        scan(t, range) { _, _, word, _, _ in h = (h ^ word) &* prime }
        return h
    }

    /// The loop of `split`: each word's start, end, hash, whether it may be a number (a digit or a currency
    /// sign first) and whether it holds a joiner.
    @inline(__always)
    static func scan(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                     _ word: (_ start: Int, _ end: Int, _ hash: UInt64, _ numeric: Bool, _ joined: Bool) -> Void) {
        classes.withUnsafeBufferPointer { cls in
            lower.withUnsafeBufferPointer { low in
                var i = range.lowerBound
                let end = range.upperBound
                while i < end {
                    let c = t[i]
                    if c == 0x20 {
                        i += 1
                        continue
                    }
                    let k = cls[Int(c)]
                    let euro = k == 3 && i + 2 < end && t[i + 1] == 0x82 && t[i + 2] == 0xAC
                    guard k == 1 || k == 4 || euro else {
                        // A character from U+2000–U+2FFF (curly quotes, dashes, ellipsis) is skipped whole: its
                        // continuation bytes are no word ("“Burke" is "Burke", not "\u{80}\u{9C}Burke").
                        i += k == 3 ? 3 : 1
                        continue
                    }
                    let start = i
                    let numeric = (c >= 0x30 && c <= 0x39) || k == 4 || euro
                    if k == 4 { i += 1 } else if euro { i += 3 }
                    var joined = k != 1
                    var h = offset
                    while i < end {
                        let d = t[i]
                        // Most bytes of a word are lower-case ASCII letters: no table for them.
                        if d &- 0x61 < 26 {
                            h = (h ^ UInt64(d)) &* prime
                            i += 1
                            continue
                        }
                        let kd = cls[Int(d)]
                        if kd == 1 {
                            h = (h ^ UInt64(low[Int(d)])) &* prime
                            i += 1
                        } else if kd == 2 && i > start && i + 1 < end && cls[Int(t[i + 1])] == 1
                                    && (d == 0x27 || d == 0x2D || (t[i - 1] >= 0x30 && t[i - 1] <= 0x39)) {
                            // it's, well-known, 3.5, 1,200
                            h = (h ^ UInt64(d)) &* prime
                            joined = true
                            i += 1
                        } else if kd == 3, i + 3 < end, t[i + 1] == 0x80, t[i + 2] == 0x99, cls[Int(t[i + 3])] == 1 {
                            // ’ inside a word counts as '
                            h = (h ^ 0x27) &* prime
                            joined = true
                            i += 3
                        } else {
                            break
                        }
                    }
                    if i > start {
                        word(start, i, h, numeric, joined)
                    } else {
                        i += 1
                    }
                }
            }
        }
    }

    /// Unit suffixes a number may carry ("10m", "$1.2bn", "1990s", "3rd"); "3D" is a word, not a number.
    static let unitSuffixes = HashSet64(["", "m", "bn", "b", "k", "km", "kg", "g", "mm", "cm", "ml", "l", "mph", "kph",
                                         "st", "nd", "rd", "th", "s", "pm", "am", "mw", "gw", "kw", "ft", "in", "lb", "lbs",
                                         "p", "c", "tn", "t", "x", "h", "min", "yr", "yrs", "bp", "pc"].map { Words.hash($0) })

    /// The letters after the digits of a number word are a known unit.
    static func hasNumberSuffix(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var j = r.upperBound
        while j > r.lowerBound, (t[j - 1] >= 0x61 && t[j - 1] <= 0x7A) || (t[j - 1] >= 0x41 && t[j - 1] <= 0x5A) { j -= 1 }
        if j == r.upperBound { return true }
        guard r.upperBound - j <= 3 else { return false }
        var h = offset
        for k in j..<r.upperBound { h = (h ^ UInt64(lower[Int(t[k])])) &* prime }
        return unitSuffixes.contains(h)
    }

    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && c != 0xE2)
    }
}

/// A set of 64-bit word hashes with open addressing: the hashes are already well mixed (FNV-1a), so
/// look-ups skip Swift's per-lookup SipHash, which dominated the analysis profile.
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let items = Array(hashes)
        var capacity = 16
        while capacity < items.count * 4 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for h in items { insert(h == 0 ? 1 : h) }
    }

    private mutating func insert(_ h: UInt64) {
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while slots[i] != 0 && slots[i] != h { i = (i + 1) & mask }
        slots[i] = h
    }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let h = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let s = slots[i]
            if s == h { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A map from word hashes to small integers (indexes), with the same open addressing.
struct HashMap64: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(_ pairs: [(UInt64, Int)]) {
        var capacity = 16
        while capacity < pairs.count * 4 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for (k, v) in pairs {
            let h = k == 0 ? 1 : k
            var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while keys[i] != 0 && keys[i] != h { i = (i + 1) & mask }
            keys[i] = h
            values[i] = Int32(v)
        }
    }

    @inline(__always)
    func value(_ hash: UInt64) -> Int? {
        let h = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = keys[i]
            if k == h { return Int(values[i]) }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

extension Words {
    /// Does a sentence end in a question mark (before closing quotes and brackets: " ' ) ] ” ’)? A question
    /// asks; it neither states a claim nor hedges one. The one test both annotators use.
    static func isQuestion(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var last = range.upperBound - 1
        while last > range.lowerBound {
            let c = t[last]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                last -= 1
            } else if c == 0x9D || c == 0x99, last >= range.lowerBound + 2, t[last - 1] == 0x80, t[last - 2] == 0xE2 {
                last -= 3  // ” or ’
            } else {
                break
            }
        }
        return t[last] == 0x3F
    }
}

extension Words {
    /// The offset of the first byte in `from..<to` that is `a` or `b`, or `to`: eight bytes at a time (a byte-wise
    /// zero test; the lowest byte it marks is always a true match, since a borrow only runs upwards).
    @inline(__always)
    static func firstOf(_ t: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ a: UInt8, _ b: UInt8) -> Int {
        var i = from
        if let base = t.baseAddress {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let pa = ones &* UInt64(a), pb = ones &* UInt64(b)
            while i &+ 8 <= to {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let va = x ^ pa, vb = x ^ pb
                let m = ((va &- ones) & ~va | (vb &- ones) & ~vb) & highs
                if m != 0 { return i &+ m.trailingZeroBitCount >> 3 }
                i &+= 8
            }
        }
        while i < to, t[i] != a && t[i] != b { i &+= 1 }
        return i
    }
}
