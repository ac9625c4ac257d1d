/// Reads, decodes and imports an article in one call.
public enum ArticleLoader {
    /// Loads the file at `path`; `displayName` is what the reader shows (the path as given).
    /// `format` overrides the extension and sniffing (`--from`).
    public static func load(path: String, force: Bool = false, format: Document.Format? = nil,
                            maxBytes: Int = InputLimits.defaultMaxBytes) throws(InputError) -> Document {
        let bytes = try InputReader.read(path: path, limits: InputLimits(maxBytes: maxBytes, refuseBinary: !force))
        return try load(bytes: consume bytes, name: path, force: force, format: format ?? FormatSniffer.format(forPath: path))
    }

    /// How much of a big file the first screen is built from.
    public static let openingSize = 16 * 1024

    /// The opening of the file at `path`, for showing the first screen before the whole file is read:
    /// the first `limit` bytes cut back to a paragraph (or line) boundary, imported on their own.
    /// `complete` is true when that was the whole file. Only the opening is checked for NUL bytes.
    /// HTML is always read whole (its structure is not known from an opening).
    public static func loadOpening(path: String, limit: Int = openingSize, force: Bool = false,
                                   format: Document.Format? = nil, maxBytes: Int = InputLimits.defaultMaxBytes) throws(InputError)
        -> (document: Document, complete: Bool) {
        var (bytes, size) = try InputReader.readOpening(path: path, limit: limit,
                                                        limits: InputLimits(maxBytes: maxBytes, refuseBinary: !force))
        let format = format ?? FormatSniffer.format(forPath: path) ?? FormatSniffer.sniff(bytes)
        if bytes.count >= size { return (try load(bytes: bytes, name: path, force: force, format: format), true) }
        if format == .html { return (try load(path: path, force: force, format: .html, maxBytes: maxBytes), true) }
        if let cut = openingCut(bytes) { bytes.removeSubrange(cut...) }
        return (try load(bytes: bytes, name: path, force: force, format: format), false)
    }

    /// Where to cut an opening: after the last blank line, else after the last line end, else after the last
    /// space, else at a character boundary — the first of these in the opening's second half, so that a file
    /// that is one long paragraph after its title still opens on its first words, not on the title alone.
    static func openingCut(_ bytes: [UInt8]) -> Int? {
        let half = bytes.count / 2
        var lastLine: Int?
        var lastSpace: Int?
        var i = bytes.count - 1
        while i > half {
            let c = bytes[i]
            if c == 0x0A {
                if bytes[i - 1] == 0x0A { return i + 1 }
                if lastLine == nil { lastLine = i + 1 }
            } else if c == 0x20 || c == 0x09, lastSpace == nil {
                lastSpace = i + 1
            }
            i -= 1
        }
        if let cut = lastLine ?? lastSpace { return cut }
        // One long word: cut at a character boundary.
        var j = bytes.count
        while j > 0 && bytes[j - 1] & 0xC0 == 0x80 { j -= 1 }
        if j > 0 && bytes[j - 1] >= 0xC0 { j -= 1 }
        return j < bytes.count ? j : nil
    }

    /// Imports bytes that came from somewhere else (stdin, the built-in tour).
    /// `format` nil means: sniff the first bytes.
    /// `charset`: what the HTTP header said the bytes are (a fetched page), which outranks what they say themselves.
    public static func load(bytes: consuming [UInt8], name: String, force: Bool = false, format: Document.Format? = nil,
                            charset: String? = nil) throws(InputError) -> Document {
        let format = format ?? FormatSniffer.sniff(bytes)
        if format == .html {
            // The page says its own encoding; NUL bytes are the parser's to skip.
            if bytes.count >= Int(UInt32.max) { throw .tooLarge(path: name, limit: InputLimits.hardMaximum) }
            let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            if !force && !utf16 && TextDecoder.scanUTF8(bytes).hasNUL { throw .binary(path: name) }
            return HTMLImporter().importDocument(bytes, name: name, charset: charset)
        }
        var decoded = try TextDecoder.decode(bytes, name: name, force: force, charset: charset)
        // The decoded text may share the read bytes' storage: only one of them stays.
        _ = consume bytes
        if format == .markdown {
            // The text is handed over (not copied) so that blanking front matter and shortcodes works in place.
            let text = decoded.text
            decoded.text = []
            return MarkdownImporter().importDocument(consume text, name: name, sourceEncoding: decoded.sourceEncoding)
        }
        return PlainTextImporter().importDocument(decoded.text, name: name, sourceEncoding: decoded.sourceEncoding)
    }
}
