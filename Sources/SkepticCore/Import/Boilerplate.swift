/// Lines that belong to a web page's furniture rather than the article: never headings or titles, and
/// dimmed as noise by the reader.
///
/// Entries are lower-case; a `line` entry must be the whole line (trailing punctuation aside), a `prefix`
/// entry its beginning. They come from the ad, share, newsletter, cookie and credit widgets commonly scraped
/// with news text (the reference article's "YOU MAY ALSO LIKE TO WATCH…" line among them), written down
/// for this project.
enum Boilerplate {
    /// Whole lines.
    static let lines: [String] = [
        "advertisement", "advertising", "sponsored", "sponsored content", "most read", "most popular", "trending now",
        "listen to this article", "print this page", "email this story", "email this article", "leave a comment",
        "download our app", "back to top", "skip to main content", "skip to content", "recommended for you",
        "recommended", "related articles", "related stories", "related content", "related", "accept all cookies",
        "manage cookie preferences", "cookie settings", "share this article", "share this story", "share",
        "comments", "show comments", "load more",
    ]

    /// Beginnings of lines.
    static let prefixes: [String] = [
        "advertisement -", "advertisement:", "advertisement –", "you may also like", "you might also like",
        "read more", "read also", "related:", "subscribe to", "subscribe now", "subscribe for", "sign up for",
        "sign up to", "sign up now", "share this", "share on ", "click here", "follow us", "watch:",
        "continue reading", "download as", "you are on page", "story continues below", "we use cookies",
        "this site uses cookies", "©", "copyright ©", "copyright (c)", "all rights reserved", "image:", "photo:",
        "(photo by", "photograph:", "photo credit", "already a subscriber", "this article is for subscribers",
        "get unlimited access", "tags:", "print this", "scroll to continue",
    ]

    /// True when `line` (trimmed) is page furniture.
    static func matches(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { matches($0) }
    }

    /// First bytes (lower-cased) of every entry: most lines are ruled out by their first byte. (Arrays, not
    /// sets: this is set up at every start, and a set type costs a scan of every conformance record.)
    static let firstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for entry in prefixes + lines { if let b = entry.utf8.first { table[Int(b)] = true } }
        return table
    }()
    static let lineHashes = HashSet64(lines.map(Words.hash))
    /// The prefixes' bytes one after another and where each starts, and for each first byte a chain through
    /// the prefixes that start with it (`head`, then `next`): cheap to set up at every start, and a line is
    /// compared only with the prefixes that share its first byte. Kept in buffers for the life of the
    /// process (trivial values: no reference counting per line — the analysis asks for every block).
    struct PrefixIndex: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>
        let head: UnsafeBufferPointer<Int>
        let next: UnsafeBufferPointer<Int>
    }

    static let prefixIndex: PrefixIndex = {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for prefix in prefixes {
            starts.append(bytes.count)
            bytes.append(contentsOf: prefix.utf8)
        }
        starts.append(bytes.count)
        var head = [Int](repeating: -1, count: 256)
        var next = [Int](repeating: -1, count: prefixes.count)
        for k in stride(from: prefixes.count - 1, through: 0, by: -1) {
            let first = Int(bytes[starts[k]])
            next[k] = head[first]
            head[first] = k
        }
        func keep<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: array.count)
            _ = buffer.initialize(from: array)
            return UnsafeBufferPointer(buffer)
        }
        return PrefixIndex(bytes: keep(bytes), starts: keep(starts), head: keep(head), next: keep(next))
    }()

    /// The same test on the bytes of a line.
    static func matches(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        let lower = first >= 0x41 && first <= 0x5A ? first | 0x20 : first
        guard firstBytes[Int(lower)] || first == 0x28 else { return false }
        let n = min(line.count, 48)
        let index = prefixIndex
        var k = index.head[Int(lower)]
        while k >= 0 {
            defer { k = index.next[k] }
            let start = index.starts[k], length = index.starts[k + 1] - index.starts[k]
            guard length <= n else { continue }
            var same = true
            for i in 1..<length {
                let c = line[i]
                if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != index.bytes[start + i] {
                    same = false
                    break
                }
            }
            if same { return true }
        }
        guard line.count <= 48 else { return false }
        var end = line.count
        while end > 0, line[end - 1] == 0x2E || line[end - 1] == 0x21 || line[end - 1] == 0x3A || line[end - 1] == 0x20 { end -= 1 }
        var h = Words.offset
        for k in 0..<end {
            let c = line[k]
            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* Words.prime
        }
        return lineHashes.contains(h)
    }
}
