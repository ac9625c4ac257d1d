/// Turns an article's bytes into the UTF-8 text a document stores: BOM removed, CRLF made LF,
/// UTF-16 and Windows-1252 (Latin-1) decoded rather than rejected.
public enum TextDecoder {
    /// Decoded text and the encoding it came from when that was not UTF-8.
    public struct Decoded: Sendable {
        public var text: [UInt8]
        public var sourceEncoding: String?
    }

    /// Decodes `bytes`. Throws `.binary` for text with NUL bytes unless `force` is set. `charset` (from an HTTP
    /// header) settles UTF-8 against Windows-1252 when the bytes are not valid UTF-8.
    public static func decode(_ bytes: [UInt8], name: String, force: Bool = false, charset: String? = nil) throws(InputError) -> Decoded {
        // Documents store 32-bit offsets.
        if bytes.count >= Int(UInt32.max) { throw .tooLarge(path: name, limit: InputLimits.hardMaximum) }
        var bytes = bytes
        var encoding: String?
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            bytes = utf16ToUTF8(bytes, littleEndian: bytes[0] == 0xFF)
            encoding = bytes.isEmpty ? nil : "utf-16"
        } else if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        let scan = scanUTF8(bytes)
        if scan.hasNUL && !force { throw .binary(path: name) }
        if !scan.valid {
            let latin = ["windows-1252", "iso-8859-1", "latin1", "iso8859-1", "cp1252", "iso-8859-15", "us-ascii", "ascii"]
            let utf8 = charset == "utf-8" || charset == "utf8" || (!latin.contains(charset ?? "") && scan.mostlyUTF8)
            if utf8 {
                // A stray byte or two in UTF-8 text (a bad paste, a cut download): the rest stays UTF-8 and
                // each bad sequence becomes U+FFFD, rather than the whole file read as Windows-1252 ("CafÃ©").
                bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
                encoding = "utf-8 (\(scan.invalid) invalid byte\(scan.invalid == 1 ? "" : "s") replaced)"
            } else {
                bytes = windows1252ToUTF8(bytes)
                encoding = "windows-1252"
            }
        }
        if scan.hasCR { removeCRBeforeLF(&bytes) }
        if bytes.count >= Int(UInt32.max) { throw .tooLarge(path: name, limit: InputLimits.hardMaximum) }
        return Decoded(text: bytes, sourceEncoding: encoding)
    }

    /// What one pass over the bytes found.
    struct Scan: Equatable {
        /// Bytes that start no valid UTF-8 sequence.
        var invalid = 0
        /// Valid sequences of two to four bytes.
        var multibyte = 0
        var hasNUL = false
        var hasCR = false
        var valid: Bool { invalid == 0 }
        /// UTF-8 with a few bad bytes: at least as many valid non-ASCII characters as bad bytes ("Café" and one
        /// stray byte is UTF-8). Windows-1252 text almost never forms valid UTF-8 sequences — its accented
        /// letters are single bytes, each a bad byte — so it has many more bad bytes than valid sequences.
        var mostlyUTF8: Bool { multibyte > 0 && invalid <= multibyte }
    }

    /// One pass over the bytes: how much is valid UTF-8, does it hold a NUL or a CR. In chunks of at least
    /// `chunkBytes` on the cores, each cut where a sequence starts, so that the sums are those of one pass.
    static func scanUTF8(_ bytes: [UInt8], chunks: Int = Parallel.cores, chunkBytes: Int = 1 << 20) -> Scan {
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return Scan() }
            let n = buffer.count
            let parts = max(1, min(chunks, n / max(1, chunkBytes)))
            guard parts > 1 else { return scanUTF8(p, n, 0..<n) }
            var cuts = [0]
            for k in 1..<parts {
                // A byte that is no continuation byte starts a sequence in one pass too; so does the fourth of
                // a run of continuation bytes (a lead byte takes at most three).
                var b = max(cuts[cuts.count - 1], n * k / parts)
                var steps = 0
                while b < n, steps < 3, p[b] & 0xC0 == 0x80 { b += 1; steps += 1 }
                cuts.append(b)
            }
            cuts.append(n)
            return Parallel.map(parts, minimumChunk: 1) { range in
                range.map { k in scanUTF8(p, n, cuts[k]..<cuts[k + 1]) }
            }.flatMap { $0 }.reduce(into: Scan()) { total, part in
                total.invalid += part.invalid
                total.multibyte += part.multibyte
                total.hasNUL = total.hasNUL || part.hasNUL
                total.hasCR = total.hasCR || part.hasCR
            }
        }
    }

    /// The sequences that start in `range` of the `n` bytes at `p` (the last may run past its end).
    static func scanUTF8(_ p: UnsafePointer<UInt8>, _ n: Int, _ range: Range<Int>) -> Scan {
        let end = range.upperBound
        var i = range.lowerBound
        var invalid = 0
        var multibyte = 0
        var hasNUL = false
        var hasCR = false
        while i < end {
            // Fast path: eight ASCII bytes at a time, none of them NUL or CR.
            if i + 8 <= end {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0 {
                    let zero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
                    let crx = w ^ 0x0D0D_0D0D_0D0D_0D0D
                    let cr = (crx &- 0x0101_0101_0101_0101) & ~crx & 0x8080_8080_8080_8080
                    if zero == 0 && cr == 0 {
                        i += 8
                        continue
                    }
                }
            }
            let b = p[i]
            if b < 0x80 {
                if b == 0 { hasNUL = true } else if b == 0x0D { hasCR = true }
                i += 1
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: invalid += 1; i += 1; continue
            }
            if i + need >= n { invalid += 1; i += 1; continue }
            let c1 = p[i + 1]
            if c1 < lo || c1 > hi { invalid += 1; i += 1; continue }
            var ok = true
            var k = 2
            while k <= need {
                if p[i + k] & 0xC0 != 0x80 { ok = false; break }
                k += 1
            }
            if !ok { invalid += 1; i += 1; continue }
            multibyte += 1
            i += need + 1
        }
        return Scan(invalid: invalid, multibyte: multibyte, hasNUL: hasNUL, hasCR: hasCR)
    }

    /// Removes each CR that directly precedes an LF, in place. A lone CR stays (it is shown as ^M).
    static func removeCRBeforeLF(_ bytes: inout [UInt8]) {
        let n = bytes.count
        let newCount = bytes.withUnsafeMutableBufferPointer { p -> Int in
            var w = 0
            for r in 0..<n {
                let b = p[r]
                if b == 0x0D && r + 1 < n && p[r + 1] == 0x0A { continue }
                p[w] = b
                w += 1
            }
            return w
        }
        bytes.removeLast(n - newCount)
    }

    /// Windows-1252 code points for bytes 0x80–0x9F (undefined ones map to themselves, as C1 controls).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes Windows-1252 (a superset of Latin-1's printable range) to UTF-8.
    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let scalar = b < 0xA0 ? cp1252High[Int(b - 0x80)] : UInt32(b)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func utf16ToUTF8(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// A scalar value (a valid one) as UTF-8.
    @inlinable
    public static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80: out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
