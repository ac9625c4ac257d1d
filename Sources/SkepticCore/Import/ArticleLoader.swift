/// Reads, decodes and imports an article in one call.
public enum ArticleLoader {
    /// Loads the file at `path`; `displayName` is what the reader shows (the path as given).
    public static func load(path: String, force: Bool = false) throws(InputError) -> Document {
        let bytes = try InputReader.read(path: path)
        return try load(bytes: bytes, name: path, force: force)
    }

    /// Imports bytes that came from somewhere else (stdin, the built-in tour).
    public static func load(bytes: [UInt8], name: String, force: Bool = false) throws(InputError) -> Document {
        let decoded = try TextDecoder.decode(bytes, name: name, force: force)
        return PlainTextImporter().importDocument(decoded.text, name: name, sourceEncoding: decoded.sourceEncoding)
    }
}
