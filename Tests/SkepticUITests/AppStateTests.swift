import Testing
import SkepticCore
@testable import SkepticUI

/// Keys to state: what a key does to the reading position, the tree and the focus.
@Suite struct AppStateTests {
    func reference(columns: Int = 100, rows: Int = 24) throws -> AppState {
        AppState(document: try UITestFiles.reference(), columns: columns, rows: rows)
    }

    func topLine(_ state: inout AppState) -> String {
        state.frame().lines.first?.text ?? ""
    }

    @Test func bracketJumpsPutTheNextHeadingOnTheTopLine() throws {
        var state = try reference()
        _ = state.handle(.char("]"))
        #expect(topLine(&state).hasPrefix("Putin’s Offer of Joint Missile Defense Projects to Iran"))
        _ = state.handle(.char("]"))
        #expect(topLine(&state) == "The Context of the Offer")
        #expect(state.document.sections[state.currentSection].title == "The Context of the Offer")
        _ = state.handle(.char("["))
        #expect(topLine(&state).hasPrefix("Putin’s Offer"))
    }

    @Test func bracesMoveBetweenSectionsOfTheSameLevel() throws {
        var state = try reference()
        _ = state.handle(.char("]"))
        _ = state.handle(.char("]")) // The Context of the Offer (level 2)
        _ = state.handle(.char("}"))
        #expect(topLine(&state) == "The Nature of the Proposed Collaboration")
        _ = state.handle(.char("{"))
        #expect(topLine(&state) == "The Context of the Offer")
        _ = state.handle(.char("j"))
        _ = state.handle(.char("{")) // inside a section: back to its heading
        #expect(topLine(&state) == "The Context of the Offer")
    }

    @Test func treeFollowsTheReadingPosition() throws {
        var state = try reference()
        for _ in 0..<4 { _ = state.handle(.char("]")) }
        let frame = state.frame()
        let current = frame.treeRows.filter(\.isCurrent).map(\.title)
        #expect(current == ["Iran’s Decline: Reasons and Implications"])
    }

    @Test func tabFocusesTheTreeWhereJAndEnterJump() throws {
        var state = try reference()
        _ = state.handle(.tab)
        #expect(state.focus == .tree)
        for _ in 0..<3 { _ = state.handle(.char("j")) }
        #expect(state.document.sections[state.tree.cursor].title == "The Nature of the Proposed Collaboration")
        _ = state.handle(.enter)
        #expect(state.focus == .text)
        #expect(topLine(&state) == "The Nature of the Proposed Collaboration")
    }

    @Test func collapseHidesChildrenAndGoesToParent() throws {
        var state = try reference()
        _ = state.handle(.tab)
        _ = state.handle(.char("j")) // first part
        let before = state.visibleSections().count
        _ = state.handle(.char("h"))
        #expect(state.visibleSections().count == before - 7)
        _ = state.handle(.char("l"))
        #expect(state.visibleSections().count == before)
        _ = state.handle(.char("j"))
        _ = state.handle(.left) // a leaf: go to its parent
        #expect(state.document.sections[state.tree.cursor].title.hasPrefix("Putin’s Offer"))
    }

    @Test func pagingAndEnds() throws {
        var state = try reference(rows: 11)
        _ = state.handle(.char(" "))
        #expect(state.layout.distance(from: LinePosition(block: 0, line: 0), to: state.top, limit: 100) == 10)
        _ = state.handle(.char("b"))
        #expect(state.top == LinePosition(block: 0, line: 0))
        _ = state.handle(.char("G"))
        let frame = state.frame()
        #expect(frame.lines.count == 10)
        #expect(frame.lines.last?.text.hasSuffix("Only time will tell.") == true)
        #expect(frame.percent == 100)
        _ = state.handle(.char("j"))
        #expect(state.frame().lines.last?.text.hasSuffix("Only time will tell.") == true)
        _ = state.handle(.char("g"))
        #expect(state.top == LinePosition(block: 0, line: 0))
        _ = state.handle(.char("d"))
        #expect(state.top != LinePosition(block: 0, line: 0))
    }

    @Test func resizeKeepsTheTopLinesText() throws {
        var state = try reference(columns: 120, rows: 30)
        for _ in 0..<3 { _ = state.handle(.char("]")) }
        for _ in 0..<3 { _ = state.handle(.char("j")) }
        let before = state.frame().lines[0]
        state.resize(columns: 70, rows: 20)
        let after = state.frame().lines[0]
        // The first word at the top before the resize is still on the top line.
        let firstWord = before.text.split(separator: " ").first.map(String.init) ?? ""
        #expect(after.offset <= before.offset)
        #expect(after.text.contains(firstWord))
    }

    @Test func smallTerminalsHideTheTreeAndOneByOneWorks() throws {
        var state = try reference(columns: 20, rows: 6)
        #expect(!state.treeShown)
        var grid = Screen.render(state)
        #expect(grid.lines.count == 6)
        _ = state.handle(.char("]"))
        grid = Screen.render(state)
        #expect(grid.lines[0].contains("Putin’s"))
        var tiny = try reference(columns: 1, rows: 1)
        for key: Key in [.char("j"), .char("]"), .char("G"), .tab, .char("?"), .char("x"), .char("t")] {
            _ = tiny.handle(key)
            _ = Screen.render(tiny)
        }
        tiny.resize(columns: 0, rows: 0)
        #expect(Screen.render(tiny).width == 1)
    }

    @Test func tHidesTheTreeAndQuits() throws {
        var state = try reference()
        #expect(state.treeShown)
        _ = state.handle(.char("t"))
        #expect(!state.treeShown)
        #expect(state.handle(.char("q")) == .quit)
        #expect(state.handle(.ctrl("c")) == .quit)
    }

    @Test func helpIsGeneratedFromTheKeyTable() throws {
        // Tall enough for every line of the help (it scrolls on a real screen).
        var state = try reference(rows: 160)
        _ = state.handle(.char("h"))
        #expect(state.showingHelp)
        let text = Screen.render(state).lines.joined(separator: "\n")
        for binding in KeyMap.table {
            #expect(text.contains(binding.help))
        }
        _ = state.handle(.escape)
        #expect(!state.showingHelp)
    }

    @Test func everyActionHasAKeyAndKeysAreNotAmbiguous() {
        for action in Action.allCases {
            #expect(KeyMap.table.contains { $0.action == action })
        }
        for context in [KeyContext.reader, .tree, .flags, .links, .library, .history] {
            let keys = KeyMap.table.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
    }
}

/// A web page with no article opens on its text, and the status line says so.
@Suite struct ExtractionNoteTests {
    @Test func theStatusLineSaysThatNoArticleWasFound() throws {
        let items = (1...20).map { "<li>Stall \($0) sells fruit from the valley farms on Saturdays</li>" }.joined()
        let page = "<html><head><title>Stalls</title></head><body><h1>Stalls</h1><ul>\(items)</ul></body></html>"
        let doc = try ArticleLoader.load(bytes: Array(page.utf8), name: "stalls.html", format: .html)
        var state = AppState(document: doc, columns: 80, rows: 20)
        #expect(state.frame().message == "no article found: showing the page's text")
        state.replaceDocument(Pipeline.standard.run(doc))
        #expect(state.frame().message == "no article found: showing the page's text")
    }
}

/// The reader starts on the opening of a big article and takes the whole one when it arrives.
@Suite struct ReplaceDocumentTests {
    @Test func theTopLineStaysWhenTheWholeArticleArrives() throws {
        var text = "A Long Report\n\n"
        for n in 1...300 { text += "Part \(n) Heading\n\nThe body of part \(n) is long enough to be a paragraph here.\n\n" }
        let whole = try document(text)
        let opening = try document(String(text.prefix(2000)))
        var state = AppState(document: opening, columns: 80, rows: 20, isLoading: true)
        #expect(state.frame().isLoading)
        for _ in 0..<5 { _ = state.handle(.char("]")) }
        let before = state.frame().lines[0].text
        state.replaceDocument(Pipeline.standard.run(whole))
        #expect(!state.isLoading)
        #expect(state.frame().lines[0].text == before)
        #expect(state.document.sections.count == 301)
        _ = state.handle(.char("G"))
        #expect(state.frame().lines.suffix(2).map(\.text).joined(separator: " ") == "The body of part 300 is long enough to be a paragraph here.")
    }
}

/// `E`: the export prompt, and what the run loop's answers do to it.
@Suite struct ExportPromptTests {
    @Test func theNameOfferedSitsBesideTheArticle() {
        #expect(AppState.exportName(for: "/home/a/news/rates.txt") == "rates.review.md")
        #expect(AppState.exportName(for: "notes.v2.md") == "notes.v2.review.md")
        #expect(AppState.exportName(for: "https://example.org/2026/12/story.html?utm=x#top") == "story.review.md")
        #expect(AppState.exportName(for: "https://example.org/") == "example.org.review.md")
        #expect(AppState.exportName(for: "stdin") == "skeptic.review.md")
        #expect(AppState.exportName(for: "/tmp/bad\u{1B}]0;x name.txt") == "bad-]0;x-name.review.md")
    }

    @Test func enterAsksTheRunLoopAndASecondEnterReplaces() throws {
        let doc = try document("# Rates\n\nThe bank may raise rates.\n", name: "/tmp/rates.txt")
        var state = AppState(document: doc, columns: 80, rows: 24)
        #expect(state.handle(.char("E")) == .redraw)
        #expect(state.prompt?.kind == .exportFile)
        #expect(state.prompt?.text == "rates.review.md")
        #expect(state.handle(.enter) == .exportReview(path: "rates.review.md", replace: false))
        #expect(state.receive(.exportExists("rates.review.md")) == .redraw)
        #expect(state.prompt?.kind == .exportReplace, "asked again, with the same name")
        #expect(state.message?.contains("exists") == true)
        #expect(state.handle(.enter) == .exportReview(path: "rates.review.md", replace: true))
        #expect(state.receive(.reviewExported("rates.review.md", entries: 1)) == .redraw)
        #expect(state.message == "review exported to rates.review.md (1 entry)")
        // A changed name is not replaced without asking; Esc cancels.
        _ = state.handle(.char("E"))
        _ = state.handle(.char("x"))
        #expect(state.handle(.enter) == .exportReview(path: "rates.review.mdx", replace: false))
        _ = state.handle(.char("E"))
        _ = state.handle(.escape)
        #expect(state.prompt == nil)
        #expect(state.message == "review not exported")
    }
}

/// An article that is one short paragraph: its only flag is on the top line, which is also the last.
@Suite struct OneLineArticleTests {
    @Test func theOnlyFlagIsReachedAndCounted() throws {
        let doc = try document("# Rates\n\nThe bank may raise rates in May. Prices rose 3% last year.\n", name: "/tmp/rates.md")
        var state = AppState(annotated: Pipeline.standard.run(doc), columns: 100, rows: 24)
        _ = state.handle(.char("s"))
        #expect(state.message == nil)
        #expect(state.flagPosition.index == 1, "the top line holds the flag, and it is the last line")
        #expect(state.reviewTarget == 0)
        _ = state.handle(.char("s"))
        #expect(state.message == "No more speculative statements that way")
    }
}

/// `o`: links by number; a link within the article jumps to its heading; `B` only after a followed link.
@Suite struct LinkFollowingTests {
    @Test func aNumberFollowsAndAFragmentJumps() throws {
        let text = "# Notes\n\nSee [the method](notes.md#why-monitor) and [the data](data.md) and [mail](mailto:a@b.c).\n\n## Background\n\nText.\n\n## Why Monitor?\n\nBecause.\n"
        let doc = try document(text, name: "/tmp/notes.md")
        var state = AppState(document: doc, columns: 80, rows: 24)
        #expect(doc.links.count == 3)
        _ = state.handle(.char("o"))
        #expect(state.prompt?.kind == .followLink)
        _ = state.handle(.char("2"))
        #expect(state.handle(.enter) == .followLink("data.md"))
        _ = state.handle(.char("o"))
        _ = state.handle(.char("1"))
        #expect(state.handle(.enter) == .redraw)
        #expect(state.frame().lines.first?.text.contains("Why Monitor?") == true, "the heading the fragment names is on top")
        _ = state.handle(.char("o"))
        _ = state.handle(.char("9"))
        _ = state.handle(.enter)
        #expect(state.message?.hasPrefix("No link 9: this article has 3") == true)
        #expect(state.handle(.char("B")) == .redraw, "nothing to go back to")
        var settings = ReaderSettings()
        settings.canGoBack = true
        state.configure(settings, highlights: .all, watch: [])
        #expect(state.handle(.char("B")) == .back)
    }

    @Test func anchorsAreMadeAsMarkdownRenderersMakeThem() {
        #expect(AppState.anchor("Why Monitor?") == "why-monitor")
        #expect(AppState.anchor("Step 2: the Data") == "step-2-the-data")
        #expect(AppState.fragment(of: "#x", in: "/a.md") == "x")
        #expect(AppState.fragment(of: "https://e.org/p#x", in: "https://e.org/p") == "x")
        #expect(AppState.fragment(of: "https://e.org/q#x", in: "https://e.org/p") == nil)
        #expect(AppState.fragment(of: "other.md", in: "/a.md") == nil)
        #expect(AppState.fragment(of: "a.md#x", in: "/d/a.md") == "x")
        #expect(AppState.fragment(of: "b/a.md#x", in: "/d/a.md") == nil)
    }
}
