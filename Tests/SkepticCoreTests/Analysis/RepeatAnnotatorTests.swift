import Testing
@testable import SkepticCore

/// What an article says twice (issue 14, part 4): repeats with a few words changed and restatements in other
/// words, linked to their first appearance; different numbers or actors are different statements.
@Suite struct RepeatAnnotatorTests {
    /// The first appearance of the sentence containing `needle`, as the text of that sentence, and how.
    static func repeatOf(_ a: AnnotatedDocument, _ needle: String) throws -> (String, Bool)? {
        let s = try #require(a.annotations.sentences.indices.first { a.document.string(a.annotations.sentences[$0].range).contains(needle) },
                             "no sentence with \(needle)")
        return a.annotations.repeatOf(sentence: s).map { (a.document.string(a.annotations.sentences[$0.first].range), $0.restated) }
    }

    @Test func repeatsAndRestatements() throws {
        let a = AnalysisFixtures.analyse("""
            The Halverston council approved a new harbour bridge on Tuesday after a long debate about its cost and its design.

            Engineers from Verlan Steel will build the bridge over four years, using steel from the company's northern mills.

            Residents packed the hall.

            On Tuesday the Halverston council approved the new harbour bridge after a long debate about the cost and design.

            The new harbour bridge, approved by the Halverston council on Tuesday, followed months of argument over what it would cost and how it should look.

            Engineers from Verlan Steel will build the tunnel over six years, using steel from the company's southern mills and concrete from Dunmore.

            The Dunmore council approved a new harbour wall on Friday after a long debate about its cost and its height.
            """)
        let first = "The Halverston council approved a new harbour bridge on Tuesday after a long debate about its cost and its design."
        // A few words changed and moved: a repeat.
        let repeated = try #require(try Self.repeatOf(a, "On Tuesday the Halverston council"))
        #expect(repeated.0 == first)
        #expect(repeated.1 == false)
        // The same actors, action and day in other words: a restatement.
        let restated = try #require(try Self.repeatOf(a, "followed months of argument"))
        #expect(restated.0 == first)
        #expect(restated.1 == true)
        // The first appearance is no repeat; other numbers or other actors and places are other statements.
        #expect(try Self.repeatOf(a, "after a long debate about its cost and its design") == nil)
        #expect(try Self.repeatOf(a, "build the tunnel over six years") == nil)
        #expect(try Self.repeatOf(a, "The Dunmore council approved") == nil)
        #expect(try Self.repeatOf(a, "Residents packed") == nil)
        let r = a.annotations.repetition
        #expect(r.repeated == 1)
        #expect(r.restated == 1)
        #expect(r.textPercent > 0 && r.textPercent < 50)
    }

    /// The reference article tells its story twice and quotes its post twice: the retelling's opening restates
    /// the opening, and the post's second appearance is a repeated quotation.
    @Test func theReferenceArticleSaysItTwice() throws {
        let document = try ArticleLoader.load(path: TestFiles.referenceArticle.path)
        let a = Pipeline.standard.run(document)
        let opening = try #require(try Self.repeatOf(a, "Putin revealed that he had extended an offer"))
        #expect(opening.0.contains("Putin recently announced that he had proposed"))
        #expect(opening.1)
        let refusal = try #require(try Self.repeatOf(a, "could have several implications for the region"))
        #expect(refusal.0.hasPrefix("In summary, the refusal of Iran"))
        let r = a.annotations.repetition
        #expect(r.repeatedQuotes == 1)
        #expect(r.repeated + r.restated >= 4)
        #expect(r.repeatedClaims >= 2 && r.repeatedClaims < r.claims / 2)
    }

    /// Sentences sharing one common word are not compared with every earlier one: a long text of varied
    /// sentences about one city finds no repeats, and a sentence said again after thousands of others is found.
    @Test func aWordUsedEverywhereIsNoRepeat() throws {
        var text = ""
        let verbs = ["opened", "closed", "sold", "bought", "painted", "rebuilt", "inspected", "moved"]
        let things = ["bakery", "library", "school", "bridge", "market", "station", "museum", "harbour", "clinic", "depot"]
        let streets = ["Mill", "Quay", "North", "Church", "Station", "Elm", "Bridge", "Market"]
        for i in 0..<2000 {
            let v = verbs[i % verbs.count], th = things[(i / 8) % things.count], st = streets[(i / 80) % streets.count]
            text += "Halverston \(v) the \(th) on \(st) Street in \(1900 + i) for \(i * 7 + 3) crowns.\n\n"
        }
        text += "Halverston opened the bakery on Mill Street in 1900 for 3 crowns.\n"
        let a = AnalysisFixtures.analyse(text)
        let r = a.annotations.repetition
        #expect(r.repeated == 1, "\(r)")
        #expect(r.restated == 0, "\(r)")
    }

    /// Each key's earlier sentence, found by sorting, is what a table of the first sentence seen with each key
    /// (filled in reading order, taking no new key once it holds `limit`) answers before a sentence adds its own:
    /// random keys from a small set (so keys repeat, within a sentence too), with and without a full table.
    @Test func theSortedKeysAnswerAsAFirstSeenTableWould() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var arena = RepeatAnnotator.Arenas(reads: [])
            let sentences = Int.random(in: 1...300, using: &rng)
            let spread = UInt32.random(in: 2...2000, using: &rng)
            for i in 0..<sentences {
                arena.sentences.append(Int32(i * 2))
                for _ in 0..<Int.random(in: 0...7, using: &rng) {
                    // Keys differing in every byte as in one only, so each radix pass sorts something.
                    let k = UInt32.random(in: 0..<spread, using: &rng)
                    arena.keys.append(round % 2 == 0 ? k &* 0x0101_0101 | 1 : k << 8 | 1)
                }
                arena.keyEnds.append(Int32(arena.keys.count))
            }
            for limit in [RepeatAnnotator.tableLimit, Int(spread / 3) + 1] {
                var table: [UInt32: Int32] = [:]
                var expected = [Int32](repeating: -1, count: arena.keys.count)
                var from = 0
                for i in 0..<sentences {
                    let to = Int(arena.keyEnds[i])
                    for k in from..<to { expected[k] = table[arena.keys[k]] ?? -1 }
                    for k in from..<to where table[arena.keys[k]] == nil && table.count < limit { table[arena.keys[k]] = Int32(i) }
                    from = to
                }
                #expect(RepeatAnnotator.earlierWithKeys(arena, limit: limit) == expected, "round \(round), limit \(limit)")
            }
        }
    }

    /// A sentence's content read from the words pass's words is what reading its bytes gives: random sentences
    /// of the pieces where the two tokenisers part ("well-known", "3.5", "$40", "€5", "it's", "Iran’s", "dogs'",
    /// "rock''n", "—", capitals, plurals, function and number words, other scripts).
    @Test func contentFromTheWordsPassIsContentFromTheBytes() {
        let pieces = ["well-known", "3.5", "1,200", "$40", "$", "€5", "€", "it's", "Iran’s", "Iran's", "dogs'", "rock''n",
                      "'quoted'", "—", "“Burke”", "Council", "projects", "Projects", "the", "three", "thi", "café", "naïve",
                      "x", "ab", "abc", "2025", "10m", "U.S.", "e-mail", "’s", "'s", "s", "SS", "...", ",", "-", "'", "Ötzi",
                      "东京", "a-b-c", "o'", "''", "Jones's", "its", "it’ll", "50%", "(and", "so)"]
        var rng = SystemRandomNumberGenerator()
        let bytesContent = RepeatAnnotator.Content()
        let wordsContent = RepeatAnnotator.Content()
        var words: [Word] = []
        for round in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...14, using: &rng) {
                text += pieces.randomElement(using: &rng)!
                text += ["", " ", " ", "  ", ", ", ". ", "\u{A0}"].randomElement(using: &rng)!
            }
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { t in
                let r = 0..<bytes.count
                let a = bytesContent.load(t, r, RepeatAnnotator.wordKinds)
                Words.split(t, r, into: &words)
                let b = wordsContent.load(t, r, words: words, RepeatAnnotator.wordKinds)
                #expect(a == b, "round \(round): count of \(text)")
                #expect(Array(bytesContent.words) == Array(wordsContent.words), "round \(round): words of \(text)")
                #expect(Array(bytesContent.names) == Array(wordsContent.names), "round \(round): names of \(text)")
                #expect(Array(bytesContent.numbers) == Array(wordsContent.numbers), "round \(round): numbers of \(text)")
            }
        }
    }
}
