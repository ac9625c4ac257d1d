/// Makes article text safe to show: control characters and escape sequences become visible notation
/// (`^[`, `^M`, `<U+009B>`) so that nothing from an article reaches a terminal raw.
public enum Sanitiser {
    /// The visible notation for a control scalar, or nil when the scalar is printable as it is.
    /// Tab and newline are control characters too; callers that lay out text handle them first.
    @inline(__always)
    public static func notation(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        if (v >= 0x80 && v < 0xA0) || (v >= 0x200B && isHidden(v)) || v == 0x061C {
            let hex = String(v, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }
        return nil
    }

    /// Bidirectional controls (embeddings, overrides, isolates, marks) and invisible characters that would
    /// make text read differently from what it is (zero-width space, word joiner, a BOM inside text) — the
    /// "Trojan Source" characters. Joiners (U+200C, U+200D) stay: emoji and several scripts need them.
    @inline(__always)
    static func isHidden(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// True when `scalar` must not reach the terminal as it is.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || v == 0x061C || (v >= 0x200B && isHidden(v))
    }

    /// Does a UTF-8 byte sequence start with a hidden character at `i` (see `isHidden`)? For byte scanners'
    /// fast paths: E2 80 8B/8E/8F/AA–AE, E2 81 A0/A6–A9, EF BB BF, D8 9C.
    @inline(__always)
    public static func hiddenAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c == 0xE2, i + 2 < b.count {
            let d = b[i + 1], e = b[i + 2]
            if d == 0x80 { return e == 0x8B || e == 0x8E || e == 0x8F || (e >= 0xAA && e <= 0xAE) }
            if d == 0x81 { return e == 0xA0 || (e >= 0xA6 && e <= 0xA9) }
            return false
        }
        if c == 0xEF, i + 2 < b.count { return b[i + 1] == 0xBB && b[i + 2] == 0xBF }
        if c == 0xD8, i + 1 < b.count { return b[i + 1] == 0x9C }
        return false
    }

    /// The hidden character at `i` (see `hiddenAt`) as its scalar value and its length in bytes.
    @inline(__always)
    public static func hiddenScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int)? {
        guard hiddenAt(b, i) else { return nil }
        let length = b[i] == 0xD8 ? 2 : 3
        var v = UInt32(b[i] & (length == 2 ? 0x1F : 0x0F))
        for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (v, length)
    }

    /// Text for a message or a listing (stderr, `--print-config`): line breaks kept, every other control,
    /// escape or hidden character in visible notation.
    public static func visible(_ text: String) -> String {
        var clean = true
        var copy = text
        copy.withUTF8 { bytes in
            for i in bytes.indices {
                let b = bytes[i]
                if (b < 0x20 && b != 0x0A) || b == 0x7F || (b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] < 0xA0)
                    || ((b == 0xE2 || b == 0xEF || b == 0xD8) && hiddenAt(bytes, i)) {
                    clean = false
                    return
                }
            }
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar != "\n", let shown = notation(for: scalar) {
                out.append(contentsOf: shown.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A single-line, printable version of `text`: runs of whitespace (tabs and newlines included)
    /// become one space, the ends are trimmed, and other control characters become visible notation.
    public static func singleLine(_ text: String) -> String {
        // Most titles need nothing done: one pass over the bytes says so (no copy, no scalar decoding).
        var clean = true
        var text = text
        text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else {
                clean = bytes.isEmpty
                return
            }
            var previous: UInt8 = 0
            for i in bytes.indices {
                let b = bytes[i]
                // C0 controls, DEL, a C1 control's lead byte pair (C2 80…9F), two spaces in a row, or the lead
                // byte of a hidden character.
                if b < 0x20 || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b < 0xA0) || (b == 0x20 && previous == 0x20)
                    || ((b == 0xE2 || b == 0xEF || b == 0xD8) && hiddenAt(bytes, i)) {
                    clean = false
                    return
                }
                previous = b
            }
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if let visible = notation(for: scalar) {
                out.append(contentsOf: visible.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
