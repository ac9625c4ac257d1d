import Testing
@testable import SkepticCore

@Suite struct SanitiserTests {
    @Test(arguments: [
        ("\u{1B}[2J", "^[[2J"),
        ("bell\u{07}", "bell^G"),
        ("nul\u{00}", "nul^@"),
        ("del\u{7F}", "del^?"),
        ("csi\u{9B}31m", "csi<U+009B>31m"),
        ("cr\rx", "cr^Mx"),
        ("tab\tand\nnewline", "tab and newline"),
        ("  spaced   out  ", "spaced out"),
        ("plain “quotes” — 中文", "plain “quotes” — 中文"),
    ])
    func singleLine(input: String, expected: String) {
        #expect(Sanitiser.singleLine(input) == expected)
    }

    @Test func noControlCharacterSurvives() {
        let all = String(String.UnicodeScalarView((0..<0xA0).compactMap(Unicode.Scalar.init)))
        let out = Sanitiser.singleLine(all)
        #expect(!out.unicodeScalars.contains { Sanitiser.isControl($0) })
    }

    /// The reports write article text from its bytes, piece by piece: the result must be what
    /// `singleLine` makes of the pieces joined, whatever the pieces hold and wherever they are cut.
    @Test func theByteWriterMatchesSingleLine() {
        let alphabet: [String] = ["a", "Z", " ", "  ", "\t", "\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "é", "中",
                                  "\u{200B}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{FEFF}", "\u{061C}", "\u{200D}", "—", "“", "🙂"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let pieces = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            }
            var bytes: [UInt8] = []
            var out = ReportOutput { bytes.append(contentsOf: $0) }
            var line = SingleLine()
            for piece in pieces {
                var piece = piece
                piece.withUTF8 { line.text($0, into: &out) }
            }
            out.flush(force: true)
            let expected = Sanitiser.singleLine(pieces.joined())
            #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(pieces.map { Array($0.unicodeScalars) })")
        }
    }
}
