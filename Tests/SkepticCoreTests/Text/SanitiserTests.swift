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
}
