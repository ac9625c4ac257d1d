import Testing
@testable import SkepticCore

/// The shapes of web articles saved as text: what is a title, metadata, a caption, a table or a heading.
@Suite struct PlainTextWebShapesTests {
    func tree(_ document: Document) -> [String] {
        document.sections.map { String(repeating: "  ", count: $0.level) + $0.title }
    }

    func text(_ document: Document, _ block: Block) -> String {
        String(decoding: document.text[block.range], as: UTF8.self)
    }

    func kinds(_ document: Document, _ predicate: (Block.Kind) -> Bool) -> [String] {
        document.blocks.filter { predicate($0.kind) }.map { text(document, $0) }
    }

    static let wrapped = """
        How a small port learned to live with its fog, one winter at a time
        Edda Morland
        March 3, 2025 10:14 AM UTC

        The fog comes in from the bay most mornings between November and
        March, and for a few hours the harbour is closed to everything but
        the pilot boats that guide the larger ships towards the quays here.
        Why Monitor?
        The harbour office keeps a record of every closure, with its length
        and the ships that had to wait outside, going back to the 1970s and
        the first radar station that the port ever installed on the pier.
        """

    @Test func aNameUnderTheTitleIsItsByline() throws {
        let document = try importText(Self.wrapped)
        #expect(document.title == "How a small port learned to live with its fog, one winter at a time")
        #expect(document.metadata.map(\.key) == [.byline, .date])
        #expect(document.metadata.first?.value == "Edda Morland")
    }

    @Test func aFirstHeadingUnderTheTitleIsNotItsAuthor() throws {
        let document = try importText("""
            A Small Headline

            First Section

            The first section has one paragraph of text in it, long enough to wrap.

            Second Section

            Another paragraph of text under the second heading.
            """)
        #expect(document.metadata.isEmpty)
        #expect(tree(document) == ["A Small Headline", "  First Section", "  Second Section"])
    }

    @Test func aShortQuestionAfterASentenceIsAHeading() throws {
        let document = try importText(Self.wrapped)
        #expect(tree(document) == ["How a small port learned to live with its fog, one winter at a time", "  Why Monitor?"])
    }

    @Test func aDateInsideTheFirstParagraphStaysInIt() throws {
        let document = try importText("""
            Independent Review of the Crane Collapse

            This report sets out the findings of the independent panel appointed by
            the Port Authority on 2 December 2024 to examine the collapse of the
            crane at the terminal on the night of 14 November 2024. Nobody was hurt.

            Background

            The crane was installed in 1998 and had been inspected every year since then.
            """)
        #expect(document.blocks.filter { $0.kind == .paragraph }.count == 2)
        #expect(document.metadata.isEmpty)
    }

    @Test func creditLinesAreBylines() throws {
        let document = try importText("""
            Chapter 7 - Watching Systems

            Written by Anika Brandt
            Edited by Tomas Reyes

            The first paragraph of the chapter, which explains what it is about.
            """)
        #expect(document.metadata.map(\.value) == ["Written by Anika Brandt", "Edited by Tomas Reyes"])
        #expect(tree(document) == ["Chapter 7 - Watching Systems"])
    }

    @Test func timesBylinesAndCaptionsAreNotHeadings() throws {
        let document = try importText("""
            Cabarets count the cost

            The first paragraph is long enough to be running text, and it ends with a full stop.

            1:39 PM ET

            The second paragraph is long enough to be running text, and it ends with a full stop.

            Image
            Dancers rehearse before an evening show at a club near Pigalle

            The third paragraph is long enough to be running text, and it ends with a full stop.

            The old hall on the Rue Lepic Marc Aubry/Atlas Wire

            The fourth paragraph is long enough to be running text, and it ends with a full stop.

            Photographs by Lina Sauer

            The fifth paragraph is long enough to be running text, and it ends with a full stop.
            """)
        #expect(tree(document) == ["Cabarets count the cost"])
        #expect(kinds(document) { $0 == .caption } == [
            "Image", "Dancers rehearse before an evening show at a club near Pigalle",
            "The old hall on the Rue Lepic Marc Aubry/Atlas Wire",
        ])
    }

    @Test func figureCaptionsAndFieldLinesAreNotHeadings() throws {
        let document = try importText("""
            A small phone that lasts all day

            The first paragraph is long enough to be running text, and it ends with a full stop.

            Rating: 4 out of 5

            The second paragraph is long enough to be running text, and it ends with a full stop.

            Figure 1: The phone beside last year's model

            The third paragraph is long enough to be running text, and it ends with a full stop.

            Step 1: Unbox it

            The fourth paragraph is long enough to be running text, and it ends with a full stop.
            """)
        #expect(tree(document) == ["A small phone that lasts all day", "  Step 1: Unbox it"])
        #expect(kinds(document) { $0 == .caption } == ["Figure 1: The phone beside last year's model"])
    }

    @Test func aListOfHeadlinesIsNotHeadings() throws {
        let document = try importText("""
            Cabarets count the cost

            The first paragraph is long enough to be running text, and it ends with a full stop.

            More from the city
            Paris museums extend opening hours for the summer
            Behind the scenes at a Montmartre revue

            The last paragraph is long enough to be running text, and it ends with a full stop.
            """)
        #expect(tree(document) == ["Cabarets count the cost"])
    }

    @Test func pipeRowsAreATable() throws {
        let document = try importText("""
            Monitoring

            A paragraph that comes before the table and ends with a full stop here.

            Symptom | Cause
            Pages load slowly | Replicas are overloaded
            Users see errors | The payment service fails

            A paragraph after it.
            """)
        let tables = document.blocks.filter { if case .table = $0.kind { return true } else { return false } }
        #expect(tables.count == 1)
        #expect(tables.first?.kind == .table(header: false))
        let rows = tables.first.map { text(document, $0) }?.split(separator: "\u{1E}").map {
            $0.split(separator: "\u{1F}").map { String($0).trimmingCharacters(in: " ") }
        }
        #expect(rows == [["Symptom", "Cause"], ["Pages load slowly", "Replicas are overloaded"], ["Users see errors", "The payment service fails"]])
        #expect(tree(document) == ["Monitoring"])
    }

    @Test func aFramedTableWithARuleHasAHeader() throws {
        let document = try importText("""
            Results

            A paragraph that comes before the table and ends with a full stop here.

            | Season | Days |
            |--------|------|
            | 2019   | 24   |
            | 2021   | 0    |
            """)
        let table = try #require(document.blocks.first { if case .table = $0.kind { return true } else { return false } })
        #expect(table.kind == .table(header: true))
        let rows = text(document, table).split(separator: "\u{1E}").map {
            $0.split(separator: "\u{1F}").map { String($0).trimmingCharacters(in: " ") }
        }
        #expect(rows == [["Season", "Days"], ["2019", "24"], ["2021", "0"]])
    }
}
