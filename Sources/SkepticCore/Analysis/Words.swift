/// Words of a sentence as byte ranges, with their lower-cased ASCII form hashed for fast look-ups.
struct Word {
    var range: Range<Int>
    /// FNV-1a of the lower-cased word (’ counted as ').
    var hash: UInt64
    /// The first byte is an ASCII capital.
    var capitalised: Bool
    /// The word is all digits, or starts with a digit or a currency sign ("2025", "3.5", "$1.2bn").
    var numeric: Bool
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

    /// The words in `range`: runs of letters, digits, apostrophes and hyphens inside a word, and
    /// non-ASCII letters. Punctuation separates words and is not returned.
    static func split(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [Word]) {
        out.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = t[i]
            let startsWord = isWordByte(c) || c == 0x24 || (c == 0xE2 && i + 2 < end && t[i + 1] == 0x82 && t[i + 2] == 0xAC) // $ €
            guard startsWord else {
                i += 1
                continue
            }
            let start = i
            var h = offset
            let numeric = (c >= 0x30 && c <= 0x39) || c == 0x24 || c == 0xE2
            while i < end {
                let d = t[i]
                if isWordByte(d) {
                    h = (h ^ UInt64(d >= 0x41 && d <= 0x5A ? d | 0x20 : d)) &* prime
                    i += 1
                } else if (d == 0x27 || d == 0x2D || d == 0x2E || d == 0x2C) && i + 1 < end && isWordByte(t[i + 1]) && i > start
                            && (d == 0x27 || d == 0x2D || (t[i - 1] >= 0x30 && t[i - 1] <= 0x39)) {
                    // it's, well-known, 3.5, 1,200
                    h = (h ^ UInt64(d)) &* prime
                    i += 1
                } else if d == 0xE2, i + 3 < end, t[i + 1] == 0x80, t[i + 2] == 0x99, isWordByte(t[i + 3]) {
                    // ’ inside a word counts as '
                    h = (h ^ 0x27) &* prime
                    i += 3
                } else if (d == 0x24 || d == 0xE2) && i == start {
                    i += d == 0x24 ? 1 : 3
                } else {
                    break
                }
            }
            out.append(Word(range: start..<i, hash: h, capitalised: c >= 0x41 && c <= 0x5A, numeric: numeric))
        }
    }

    @inline(__always)
    static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && c != 0xE2)
    }
}
