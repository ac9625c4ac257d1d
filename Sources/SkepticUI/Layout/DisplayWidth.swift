/// Display width of characters in terminal columns, by the same model ncurses and glibc's `wcwidth` use:
/// 0 for combining marks, joiners and variation selectors; 2 for East Asian wide and fullwidth characters
/// and emoji presentation; 1 for the rest. Emoji ZWJ sequences and flags count as their parts.
public enum DisplayWidth {
    /// Columns for one scalar (control characters must have been replaced before).
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        // Regional indicators: one column each, as wcwidth and ncurses count them (a flag is a pair: two
        // columns, as terminals draw it).
        if v >= 0x1F1E6 && v <= 0x1F1FF { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) || (v >= 0x1F000 && scalar.properties.isEmojiPresentation) || (v >= 0x2300 && v < 0x2C00 && scalar.properties.isEmojiPresentation) {
            return 2
        }
        return 1
    }

    /// Columns for a string.
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return true }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        if (0x1160...0x11FF).contains(v) { return true } // Hangul medial vowels and final consonants
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
