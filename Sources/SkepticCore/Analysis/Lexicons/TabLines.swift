/// The lexicon's and the weights' line format: one entry a line, fields separated by tabs; leading spaces,
/// empty lines and `#` comments skipped.
enum TabLines {
    /// Calls `body` with each entry line's fields (ranges into `bytes`).
    static func forEach<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ body: ([Range<Int>]) -> Void)
        where Bytes.Element == UInt8, Bytes.Index == Int {
        var lineStart = bytes.startIndex
        var fields: [Range<Int>] = []
        while lineStart < bytes.endIndex {
            var lineEnd = lineStart
            while lineEnd < bytes.endIndex && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var a = lineStart
            while a < lineEnd && bytes[a] == 0x20 { a += 1 }
            guard a < lineEnd, bytes[a] != UInt8(ascii: "#") else { continue }
            fields.removeAll(keepingCapacity: true)
            var f = a
            for i in a...lineEnd where i == lineEnd || bytes[i] == 0x09 {
                fields.append(f..<i)
                f = i + 1
            }
            body(fields)
        }
    }
}
