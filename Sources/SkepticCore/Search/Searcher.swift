#if canImport(Glibc)
import Glibc
#endif

/// What to look for: text or a POSIX extended regular expression, with smart case (a pattern with no
/// upper-case letter matches either case, as in less with `-i` and vim's `smartcase`).
public struct SearchQuery: Sendable, Equatable {
    public var pattern: String
    public var isRegex: Bool

    public init(_ pattern: String, isRegex: Bool = false) {
        self.pattern = pattern
        self.isRegex = isRegex
    }

    /// Smart case: only a pattern with an upper-case letter is matched case by case.
    public var isCaseSensitive: Bool { pattern.unicodeScalars.contains { $0.properties.isUppercase } }
}

/// Where a search matched: byte ranges of the document text, in order, inside blocks only.
public struct SearchResult: Sendable {
    /// Start offsets and lengths of the hits (32-bit: documents are limited to 4 GiB).
    public private(set) var starts: [UInt32] = []
    public private(set) var lengths: [UInt32] = []
    /// More hits than `Searcher.maximumHits` were found; the rest were not counted.
    public private(set) var truncated = false
    /// The pattern did not compile (a regular expression error), as a message for the status line.
    public private(set) var error: String?

    public init() {}

    public var count: Int { starts.count }
    public var isEmpty: Bool { starts.isEmpty }

    public func range(_ i: Int) -> Range<Int> { Int(starts[i])..<(Int(starts[i]) + Int(lengths[i])) }

    mutating func append(_ range: Range<Int>) {
        starts.append(UInt32(truncatingIfNeeded: range.lowerBound))
        lengths.append(UInt32(truncatingIfNeeded: range.count))
    }

    /// The index of the first hit that starts at or after `offset` (`count` when there is none).
    public func firstIndex(atOrAfter offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Hits that overlap `range` (a block), as indexes.
    public func indexes(overlapping range: Range<Int>) -> Range<Int> {
        var lo = firstIndex(atOrAfter: range.lowerBound)
        // A hit that starts before the block may reach into it.
        while lo > 0 && Int(starts[lo - 1]) + Int(lengths[lo - 1]) > range.lowerBound { lo -= 1 }
        var hi = lo
        while hi < starts.count && Int(starts[hi]) < range.upperBound { hi += 1 }
        return lo..<hi
    }

    static func failed(_ message: String) -> SearchResult {
        var r = SearchResult()
        r.error = message
        return r
    }

    mutating func markTruncated() { truncated = true }
}

/// Searches the whole document's text (not only what is laid out): plain text by bytes, where a space in
/// the pattern matches any run of spaces and line ends (hard-wrapped text), or a regular expression
/// (glibc's POSIX extended regex) block by block. Hits never cross a block boundary.
public enum Searcher {
    /// Searches stop counting here (a one-letter pattern in 100 MiB).
    public static let maximumHits = 1_000_000

    public static func search(_ query: SearchQuery, in document: Document) -> SearchResult {
        guard !query.pattern.isEmpty, !document.blocks.isEmpty else { return SearchResult() }
        return query.isRegex ? regexSearch(query, document) : plainSearch(query, document)
    }

    // MARK: - Plain text

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    static func plainSearch(_ query: SearchQuery, _ document: Document) -> SearchResult {
        let fold = !query.isCaseSensitive
        // The pattern's words: runs of whitespace become one space.
        var needle: [UInt8] = []
        for b in query.pattern.utf8 {
            if isSpace(b) {
                if let last = needle.last, last != 0x20 { needle.append(0x20) }
            } else {
                needle.append(fold ? lower(b) : b)
            }
        }
        while needle.last == 0x20 { needle.removeLast() }
        guard !needle.isEmpty else { return SearchResult() }
        var result = SearchResult()
        document.text.withUnsafeBufferPointer { text in
            let n = text.count
            let first = needle[0]
            let firstUpper = fold ? upper(first) : first
            var blockIndex = 0
            let blocks = document.blocks
            var i = 0
            while i < n {
                // Find the next candidate start with memchr on the first byte (both cases when folding).
                guard let start = nextCandidate(text, from: i, first, firstUpper) else { break }
                if let end = match(text, at: start, needle: needle, fold: fold) {
                    // Inside one block?
                    while blockIndex < blocks.count && blocks[blockIndex].range.upperBound <= start { blockIndex += 1 }
                    if blockIndex < blocks.count, blocks[blockIndex].range.lowerBound <= start, end <= blocks[blockIndex].range.upperBound {
                        result.append(start..<end)
                        if result.count >= maximumHits {
                            result.markTruncated()
                            return
                        }
                        i = end
                        continue
                    }
                }
                i = start + 1
            }
        }
        return result
    }

    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always)
    static func upper(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b & 0xDF : b }

    static func nextCandidate(_ text: UnsafeBufferPointer<UInt8>, from i: Int, _ a: UInt8, _ b: UInt8) -> Int? {
        let base = UnsafeRawPointer(text.baseAddress!)
        let left = text.count - i
        let pa = memchr(base + i, Int32(a), left).map { UnsafeRawPointer($0) - base }
        if a == b { return pa }
        // The nearer of the two cases; the other search stops where the first was found.
        let limit = (pa ?? text.count) - i
        let pb = limit > 0 ? memchr(base + i, Int32(b), limit).map { UnsafeRawPointer($0) - base } : nil
        return pb ?? pa
    }

    /// The end of a match of `needle` at `start`, or nil.
    @inline(__always)
    static func match(_ text: UnsafeBufferPointer<UInt8>, at start: Int, needle: [UInt8], fold: Bool) -> Int? {
        var t = start
        let n = text.count
        for b in needle {
            if b == 0x20 {
                guard t < n, isSpace(text[t]) else { return nil }
                while t < n && isSpace(text[t]) { t += 1 }
                continue
            }
            guard t < n else { return nil }
            let c = fold ? lower(text[t]) : text[t]
            if c != b { return nil }
            t += 1
        }
        return t
    }

    // MARK: - Regular expressions

    /// Does a pattern use a back-reference (`\1`…`\9`, outside a bracket expression)? glibc matches those by
    /// backtracking, which can take minutes on one line (`((a*)*)*\1\2x` on 160 a's) and cannot be stopped;
    /// without them its matcher stays polynomial.
    static func hasBackReference(_ pattern: String) -> Bool {
        let p = Array(pattern.utf8)
        var i = 0
        while i < p.count {
            switch p[i] {
            case UInt8(ascii: "\\"):
                if i + 1 < p.count, p[i + 1] >= UInt8(ascii: "1"), p[i + 1] <= UInt8(ascii: "9") { return true }
                i += 2
            case UInt8(ascii: "["):
                // Skip the bracket expression: a "]" right after "[" or "[^" belongs to it.
                i += 1
                if i < p.count, p[i] == UInt8(ascii: "^") { i += 1 }
                if i < p.count, p[i] == UInt8(ascii: "]") { i += 1 }
                while i < p.count, p[i] != UInt8(ascii: "]") { i += 1 }
                i += 1
            default:
                i += 1
            }
        }
        return false
    }

    static func regexSearch(_ query: SearchQuery, _ document: Document) -> SearchResult {
        if hasBackReference(query.pattern) {
            return .failed("regex error: back-references (\\1…\\9) are not supported")
        }
        var regex = regex_t()
        var flags = REG_EXTENDED
        if !query.isCaseSensitive { flags |= REG_ICASE }
        let status = regcomp(&regex, query.pattern, flags)
        if status != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            regerror(status, &regex, &buffer, buffer.count)
            regfree(&regex)
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failed("regex error: " + text.lowercased())
        }
        defer { regfree(&regex) }
        var result = SearchResult()
        document.text.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: CChar.self) { chars in
                guard let base = chars.baseAddress else { return }
                var match = [regmatch_t](repeating: regmatch_t(), count: 1)
                for block in document.blocks {
                    var from = block.range.lowerBound
                    let end = block.range.upperBound
                    while from <= end {
                        match[0].rm_so = regoff_t(from)
                        match[0].rm_eo = regoff_t(end)
                        let notBOL = from > block.range.lowerBound ? REG_NOTBOL : 0
                        guard regexec(&regex, base, 1, &match, REG_STARTEND | notBOL) == 0 else { break }
                        let s = Int(match[0].rm_so), e = Int(match[0].rm_eo)
                        if e > s {
                            result.append(s..<e)
                            if result.count >= maximumHits {
                                result.markTruncated()
                                return
                            }
                        }
                        from = e > s ? e : e + 1
                    }
                }
            }
        }
        return result
    }
}
