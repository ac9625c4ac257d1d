import Testing
@testable import SkepticCore

/// Random bytes and random Unicode through the whole pipeline (import, sentences, every annotator, both
/// reports): nothing may crash or hang, and every range must lie inside the text.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    func check(_ bytes: [UInt8]) throws {
        let document = try ArticleLoader.load(bytes: bytes, name: "fuzz.txt", force: true)
        let annotated = Pipeline.standard.run(document)
        let n = document.text.count
        for s in annotated.annotations.sentences {
            #expect(s.range.lowerBound >= 0 && s.range.upperBound <= n && !s.range.isEmpty)
            #expect(document.blocks[s.block].range.contains(s.range.lowerBound))
        }
        for c in annotated.annotations.cues { #expect(c.range.upperBound <= n) }
        for q in annotated.annotations.quotes { #expect(q.words.upperBound <= n) }
        _ = TextReport.render(annotated)
        _ = JSONReport.render(annotated)
    }

    @Test(arguments: 0..<40)
    func randomBytes(seed: Int) throws {
        var random = Random(state: UInt64(seed))
        let count = random.below(4000)
        try check((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
    }

    @Test(arguments: 0..<40)
    func randomTextLikeInput(seed: Int) throws {
        var random = Random(state: UInt64(1000 + seed))
        // Pieces that stress the scanners: stops, quotes, dashes, abbreviations, wide and combining characters.
        let pieces = ["Mr.", "U.S.", "e.g.", "...", "…", "“", "”", "‘", "’", "\"", "— ", "-- ", "(@x) ", "pic.twitter.com/a ",
                      "may ", "May ", "could ", "no doubt ", "said ", "? ", "! ", ". ", "\n", "\n\n", "- ", "1. ", "II. ",
                      "===\n", "---\n", "中文", "e\u{301}", "😀", "\t", "\r\n", "\u{1B}[2J", "3.5 ", "$1.2bn ", "Word ",
                      "word ", "ALLCAPS ", ">", "http://x.y/z ", "a@b.c ", "#tag "]
        var text = ""
        for _ in 0..<random.below(600) { text += pieces[random.below(pieces.count)] }
        try check(Array(text.utf8))
    }

    @Test func oneHugeParagraphIsLinear() throws {
        // 200 KB without a line break or a full stop: every scanner must walk it once.
        let text = String(repeating: "word may could said “quote” ", count: 7500)
        try check(Array(text.utf8))
    }
}
