import Testing
@testable import SkepticCore

@Suite struct TextDecoderTests {
    func decode(_ bytes: [UInt8], force: Bool = false) throws -> TextDecoder.Decoded {
        try TextDecoder.decode(bytes, name: "f.txt", force: force)
    }

    @Test func bomIsRemovedAndCRLFBecomesLF() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\nc\rd".utf8))
        #expect(decoded.text == Array("a\nb\nc\rd".utf8))
        #expect(decoded.sourceEncoding == nil)
    }

    @Test func windows1252IsDecodedNotRejected() throws {
        // “Café” – 5€ in Windows-1252.
        let decoded = try decode([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80])
        #expect(String(decoding: decoded.text, as: UTF8.self) == "“Café” – 5€")
        #expect(decoded.sourceEncoding == "windows-1252")
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let decoded = try decode([0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00, 0x3F, 0x26])
        #expect(String(decoding: decoded.text, as: UTF8.self) == "Hi☿")
    }

    @Test func nulBytesMeanBinaryUnlessForced() throws {
        #expect(throws: InputError.binary(path: "f.txt")) { try decode([0x41, 0x00, 0x42]) }
        #expect(try decode([0x41, 0x00, 0x42], force: true).text == [0x41, 0x00, 0x42])
        #expect(InputError.binary(path: "f.txt").message == "f.txt: binary file (contains NUL bytes); use --force to open it anyway")
    }

    @Test func validUTF8OfAllLengthsStaysAsItIs() throws {
        let text = "plain ascii, é, 中文, 😀, and a long ASCII run to pass the eight-byte fast path"
        #expect(try decode(Array(text.utf8)).text == Array(text.utf8))
        #expect(TextDecoder.scanUTF8(Array(text.utf8)).valid)
        #expect(!TextDecoder.scanUTF8([0xE4, 0xB8]).valid) // truncated sequence
        #expect(!TextDecoder.scanUTF8([0xED, 0xA0, 0x80]).valid) // surrogate
        #expect(!TextDecoder.scanUTF8([0xC0, 0xAF]).valid) // overlong
    }
}

@Suite struct InputReaderTests {
    @Test func missingFileAndDirectoryHaveClearMessages() {
        #expect(throws: InputError.notFound(path: "/nonexistent/x.txt")) { try InputReader.read(path: "/nonexistent/x.txt") }
        #expect(throws: InputError.isDirectory(path: "/tmp")) { try InputReader.read(path: "/tmp") }
        #expect(InputError.notFound(path: "x.txt").message == "x.txt: no such file")
        #expect(InputError.notFound(path: "ftp://host/x").message == "ftp://host/x: no such file (only http and https addresses are fetched)")
        #expect(InputError.notFound(path: "notes/a://b").message == "notes/a://b: no such file")
        #expect(InputError.isDirectory(path: "d").message == "d: is a directory")
        #expect(InputError.permissionDenied(path: "p").message == "p: permission denied")
    }

    @Test func errnoMapsToErrors() {
        #expect(InputReader.error(EACCES, path: "p") == .permissionDenied(path: "p"))
        #expect(InputReader.error(ENOENT, path: "p") == .notFound(path: "p"))
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// One bad byte in UTF-8 text spoils one character, not the file.
@Suite struct StrayByteTests {
    @Test func aStrayByteInUTF8TextBecomesOneReplacementCharacter() throws {
        var bytes = Array("Café au lait — “strong”, the barista said. ".utf8)
        bytes.append(0xFF)
        bytes += Array(" Naïve, déjà vu.".utf8)
        let decoded = try TextDecoder.decode(bytes, name: "f.txt")
        #expect(String(decoding: decoded.text, as: UTF8.self) == "Café au lait — “strong”, the barista said. \u{FFFD} Naïve, déjà vu.")
        #expect(decoded.sourceEncoding == "utf-8 (1 invalid byte replaced)")
    }

    /// The case: a short text with one accented word or two and one stray byte is still UTF-8.
    @Test func aFewAccentsAndOneStrayByteAreUTF8() throws {
        for (text, shown) in [("Café and crème are words. One bad \u{FF} byte.", "Café and crème are words. One bad \u{FFFD} byte."),
                              ("Title\n\nCafé \u{FF}\n", "Title\n\nCafé \u{FFFD}\n")] {
            let bytes = Array(text.unicodeScalars).flatMap { $0.value == 0xFF ? [UInt8(0xFF)] : Array(String($0).utf8) }
            let decoded = try TextDecoder.decode(bytes, name: "f.txt")
            #expect(String(decoding: decoded.text, as: UTF8.self) == shown)
            #expect(decoded.sourceEncoding == "utf-8 (1 invalid byte replaced)")
        }
    }

    @Test func latinOneTextWithNoUTF8IsStillWindows1252() throws {
        // Accented letters as single bytes, and nothing that forms UTF-8: Windows-1252.
        let decoded = try TextDecoder.decode([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x61, 0xEF, 0x76, 0x65], name: "f.txt")
        #expect(String(decoding: decoded.text, as: UTF8.self) == "Café naïve")
        #expect(decoded.sourceEncoding == "windows-1252")
    }

    @Test func manyBadBytesAgainstFewGoodOnesMeanWindows1252() throws {
        // One accidental valid pair (Ã© = C3 A9) among Windows-1252 accents.
        let bytes: [UInt8] = [0xE9, 0x20, 0xE8, 0x20, 0xE0, 0x20, 0xC3, 0xA9, 0x20, 0xF4]
        #expect(try TextDecoder.decode(bytes, name: "f.txt").sourceEncoding == "windows-1252")
    }

    @Test func anHTMLPageDeclaredUTF8KeepsItsUTF8() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"><title>t</title></head><body><article><p>Café — one bad ".utf8)
        bytes.append(0xE9)
        bytes += Array(" byte in a long paragraph of text that is the article, as the reader view would take it.</p></article></body></html>".utf8)
        let doc = try ArticleLoader.load(bytes: bytes, name: "p.html", format: .html)
        #expect(String(decoding: doc.text, as: UTF8.self).contains("Café — one bad \u{FFFD} byte"))
    }
}

/// The UTF-8 scan runs in chunks on the cores, each cut where a sequence starts: its counts must be those
/// of one pass, whatever the bytes around the cuts.
@Suite struct ChunkedUTF8ScanTests {
    @Test func chunksCountAsOnePass() {
        var rng = SystemRandomNumberGenerator()
        // Valid text of every width, stray continuation bytes, lead bytes cut short, NUL and CR.
        let pieces: [[UInt8]] = [Array("plain words ".utf8), Array("café ".utf8), Array("€ ".utf8), Array("𝄞 ".utf8),
                                 [0x80], [0x80, 0x80, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9D], [0xC3], [0xFF],
                                 [0xED, 0xA0, 0x80], [0x00], [0x0D, 0x0A]]
        for round in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...300, using: &rng) { bytes += pieces.randomElement(using: &rng)! }
            let one = TextDecoder.scanUTF8(bytes, chunks: 1)
            for chunks in [2, 3, 7, 50] {
                let parts = TextDecoder.scanUTF8(bytes, chunks: chunks, chunkBytes: 1)
                #expect(parts == one, "round \(round), \(chunks) chunks: \(bytes)")
            }
        }
    }
}
