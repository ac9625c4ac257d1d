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
        if v >= 0x80 && v < 0xA0 {
            let hex = String(v, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: 4 - hex.count) + hex + ">"
        }
        return nil
    }

    /// True when `scalar` must not reach the terminal as it is.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0)
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
            for b in bytes {
                // C0 controls, DEL, a C1 control's lead byte pair (C2 80…9F), or two spaces in a row.
                if b < 0x20 || b == 0x7F || (previous == 0xC2 && b >= 0x80 && b < 0xA0) || (b == 0x20 && previous == 0x20) {
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
