import Testing
@testable import SkepticCore

/// One reporting frame per case, the speaker marked in the text as in the speaker fixtures
/// (⟦mention⟧, ⟦mention|speaker⟧, ⟦|speaker⟧ for a continued quotation). Every quotation of a case is
/// expected to carry the speaker of the nearest mark at or before its sentence.
@Suite struct QuoteFrameTests {
    static let cases: [String] = [
        // X said / said X
        "“We will not rush this decision today,” said ⟦Mayor Lena Ortiz⟧.",
        "“The numbers have moved twice,” ⟦Ortiz⟧ told reporters after the meeting.",
        "“The bridge is safe for now,” said election officer ⟦Stefan Moor⟧.",
        "“We have offered a fair deal,” said Skyline Nord chief executive ⟦Eva Lund⟧.",
        // a description after the name, or before it
        "“Steel prices alone added eleven percent,” ⟦Priya Nair⟧, a senior engineer at Drummel Associates, wrote in a blog post.",
        "“They knew about the flaw for months,” the data protection commissioner, ⟦Sara Holm⟧, said.",
        "“It is a fair question to ask,” ⟦a spokesperson for the port authority⟧ said in a statement.",
        "“The new timetable needed more drivers,” ⟦a Northway Rail official⟧ told the Lentham Echo.",
        // before the quotation: verb and colon, relative clause, according to, colon alone
        "⟦Councillor Ben Adu⟧, who chairs the finance committee, said: “Nobody has shown me the money.”",
        "According to ⟦a senior official at the water agency⟧, “The pumps ran at full capacity for nine hours.”",
        "⟦Sato⟧: “A wall that holds once is not a wall that will hold every time.”",
        "⟦Transport Minister Elif Kaya⟧ wrote to the company on Tuesday: “I expect a recovery plan by Friday.”",
        // clause words and adverbs are no part of a speaker
        "The deal collapsed after then-NBC executive ⟦David Zaslav⟧ said: “We are not going to pay that much.”",
        "“This is a very bad deal for everyone,” ⟦Netanyahu⟧ strongly said.",
        "Reporters told the Washington Post that ⟦Ailes⟧ said: “Nobody leaves this building tonight.”",
        // pronouns: the last person named, the pronoun kept as the mention
        "Lund said talks could resume on Monday. “Our door is open to the union,” ⟦she|Lund⟧ said.",
        "“We have offered a fair deal,” said ⟦Eva Lund⟧.\n\nLund said talks could resume. “Our door is open to the union,” ⟦she|Eva Lund⟧ said.",
        "“I have two weeks of stock left,” said a furniture importer in the city, ⟦Yusuf Demir⟧.",
        "“She calculates faster than anyone,” said her coach, ⟦Dmitri Ivers⟧.",
        "“Other museums are watching,” ⟦Clara Wendt⟧, a lawyer who specialises in cultural property, wrote in a column.",
        "⟦A nurse at Darrow General⟧, who asked not to be named, said: “We send people home too early.”",
        "“We flagged this in January,” said ⟦Priya Nair⟧. “The council did not read it,” ⟦she|Priya Nair⟧ added.",
        "“Nobody could have seen the storm coming,” ⟦she⟧ told reporters.",
        // "it" is the organisation quoted last; a clause after a quotation is no frame
        "In a statement, ⟦the harbour board⟧ said the delay was “not a change of direction” and that ⟦it|the harbour board⟧ continued to regard the terminal as “an important opportunity for the port”.",
        // a continued quotation, in the paragraph and in the next one
        "“We have offered a fair deal,” said ⟦Eva Lund⟧. “The union walked away from it.”",
        "“People have been very good about saving water all through the summer,” ⟦Marsh⟧ said, “but good is no longer enough.”",
    ]

    @Test(arguments: cases)
    func speakerIsFound(marked: String) throws {
        let (text, marks) = SpeakerEvaluationTests.parse(marked)
        let a = AnalysisFixtures.analyse(text)
        let quotes = a.annotations.quotes
        #expect(!quotes.isEmpty, "no quotation found in \(text)")
        let offset = Array("Title Line\n\n".utf8).count
        for q in quotes {
            let mark = try #require(marks.last { $0.offset + offset <= q.words.upperBound } ?? marks.first)
            #expect(q.speaker == mark.speaker, "\(a.document.string(q.words))")
        }
        let first = try #require(quotes.first)
        #expect(first.mention == marks[0].mention)
    }

    @Test func continuedAcrossParagraphs() throws {
        let text = "Quell said many of her colleagues had worked there for decades.\n\n“Some of them started here at sixteen.”"
        let a = AnalysisFixtures.analyse("“They told us by email,” said Marta Quell.\n\n" + text)
        let speakers = a.annotations.quotes.map(\.speaker)
        #expect(speakers == ["Marta Quell", "Marta Quell"])
        #expect(a.annotations.quotes.last?.mention == nil)
    }

    @Test func curlyQuotesAreNoPartOfAWord() {
        let bytes = Array("— “Burke”".utf8)
        var words: [Word] = []
        bytes.withUnsafeBufferPointer { Words.split($0, 0..<bytes.count, into: &words) }
        #expect(words.count == 1)
        #expect(words.first.map { String(decoding: bytes[$0.range], as: UTF8.self) } == "Burke")
        #expect(words.first?.hash == Words.hash("burke"))
    }

    @Test func aTableCaptionHoldsNoQuote() throws {
        let md = "# T\n\nText before the table.\n\n“The winners of the year,” said Ann Lee\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let document = try ArticleLoader.load(bytes: Array(md.utf8), name: "t.md")
        #expect(Pipeline.standard.run(document).annotations.quotes.isEmpty)
    }

    @Test(arguments: ["\n> -- Senior software engineer at Quillbyte", " -- Senior software engineer at Quillbyte",
                      "\n>\n> — Senior software engineer at Quillbyte", " — Senior software engineer at Quillbyte"])
    func aBlockquoteSignatureIsItsSpeaker(signature: String) throws {
        let md = "# T\n\nIntro.\n\n> We rewrote the build system twice before it held.\(signature)\n\nAfter.\n"
        let document = try ArticleLoader.load(bytes: Array(md.utf8), name: "t.md")
        let a = Pipeline.standard.run(document)
        let q = try #require(a.annotations.quotes.first)
        #expect(q.speaker == "Senior software engineer at Quillbyte")
        #expect(!document.string(q.words).contains("Senior"))
    }
}
