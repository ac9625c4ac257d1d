/// Reads, decodes and imports an article in one call.
public enum ArticleLoader {
    /// Loads the file at `path`; `displayName` is what the reader shows (the path as given).
    public static func load(path: String, force: Bool = false) throws(InputError) -> Document {
        let bytes = try InputReader.read(path: path)
        return try load(bytes: bytes, name: path, force: force)
    }

    /// How much of a big file the first screen is built from.
    public static let openingSize = 16 * 1024

    /// The opening of the file at `path`, for showing the first screen before the whole file is read:
    /// the first `limit` bytes cut back to a paragraph (or line) boundary, imported on their own.
    /// `complete` is true when that was the whole file. Only the opening is checked for NUL bytes.
    public static func loadOpening(path: String, limit: Int = openingSize, force: Bool = false) throws(InputError)
        -> (document: Document, complete: Bool) {
        var (bytes, size) = try InputReader.readOpening(path: path, limit: limit)
        if bytes.count >= size { return (try load(bytes: bytes, name: path, force: force), true) }
        if let cut = openingCut(bytes) { bytes.removeSubrange(cut...) }
        return (try load(bytes: bytes, name: path, force: force), false)
    }

    /// Where to cut an opening: after the last blank line, else after the last line end.
    static func openingCut(_ bytes: [UInt8]) -> Int? {
        var lastLine: Int?
        var i = bytes.count - 1
        while i > 0 {
            if bytes[i] == 0x0A {
                if lastLine == nil { lastLine = i + 1 }
                if bytes[i - 1] == 0x0A { return i + 1 }
            }
            i -= 1
        }
        if lastLine != nil { return lastLine }
        // One long line: cut at a character boundary.
        var j = bytes.count
        while j > 0 && bytes[j - 1] & 0xC0 == 0x80 { j -= 1 }
        if j > 0 && bytes[j - 1] >= 0xC0 { j -= 1 }
        return j < bytes.count ? j : nil
    }

    /// Imports bytes that came from somewhere else (stdin, the built-in tour).
    public static func load(bytes: [UInt8], name: String, force: Bool = false) throws(InputError) -> Document {
        let decoded = try TextDecoder.decode(bytes, name: name, force: force)
        return PlainTextImporter().importDocument(decoded.text, name: name, sourceEncoding: decoded.sourceEncoding)
    }
}
