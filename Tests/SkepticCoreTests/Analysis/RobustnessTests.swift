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

    func check(_ bytes: [UInt8], format: Document.Format? = nil) throws {
        let document = try ArticleLoader.load(bytes: bytes, name: "fuzz.txt", force: true, format: format)
        // Blocks in text order, inside the text; inline styles inside their text too.
        var last = 0
        for b in document.blocks {
            #expect(b.range.lowerBound >= last && b.range.upperBound <= document.text.count)
            last = b.range.lowerBound
        }
        for style in document.inlines { #expect(style.range.upperBound <= document.text.count) }
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

    /// Token soup of Markdown and HTML markup, through the Markdown and HTML importers.
    static let markdownTokens = ["#", "## ", "- ", "  - ", "1. ", "> ", "```", "~~~", "| a |", "|---|", "---", "***", "[x", "](http://e.org)",
                                 ")", "![", "*", "_", "~~", "`", "[^1]", "[^1]: ", "\n", "\n\n", "{{<", ">}}", "{%", "%}", "<b>", "</b>",
                                 "<div>", "<!--", "-->", "word ", "may ", "“", "氷", "\u{1B}[2J", "\t", "+++", "title: x", "    ", "\u{1E}", "\u{1F}"]
    static let htmlTokens = ["<html>", "<body>", "<article>", "</article>", "<main>", "<h1>", "<h2>", "</h2>", "<p>", "</p>", "<ul>", "<li>",
                             "<ol start=x>", "<blockquote class=twitter-tweet>", "</blockquote>", "<footer>", "<cite>", "<table>", "<tr>",
                             "<td>", "<th>", "<pre>", "<code>", "<script>", "</script>", "<style>", "<nav>", "<a href=\"http://e.org\">", "</a>",
                             "<img alt=pic>", "<br>", "<hr>", "&amp;", "&bogus;", "&#0;", "&#x110000;", "&mdash;", "text ", "may ", "氷",
                             "\u{1B}[2J", "<!--", "-->", "<div class=\"ad-slot\">", "</div>", "<meta charset=koi8-r>", "\u{0}", "<"]

    @Test(arguments: 0..<30)
    func randomMarkup(seed: Int) throws {
        var random = Random(state: UInt64(seed) &+ 1000)
        for (tokens, format) in [(Self.markdownTokens, Document.Format.markdown), (Self.htmlTokens, .html)] {
            var text = ""
            for _ in 0..<random.below(600) { text += tokens[random.below(tokens.count)] }
            try check(Array(text.utf8), format: format)
        }
    }

    @Test(arguments: 0..<40)
    func randomBytes(seed: Int) throws {
        var random = Random(state: UInt64(seed))
        let count = random.below(4000)
        let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        try check(bytes)
        try check(bytes, format: .markdown)
        try check(bytes, format: .html)
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
