import Testing
import SkepticCore
@testable import SkepticUI

/// Speculative and vague statements in the reader: their own keys, counts, highlights and list groups.
@Suite struct VagueFlagTests {
    /// A short news-style article written for this test: two speculative sentences, two vague ones.
    static let article = """
        # Port levy

        The port authority raised its levy on Monday. Officials may delay the second rise. \
        About 40 ships a day use the harbour. Critics say the levy hurts small firms. \
        The board expects traffic to fall. The rise took effect at midnight.

        """

    func state() throws -> AppState {
        let doc = try ArticleLoader.load(bytes: Array(Self.article.utf8), name: "levy.md", format: .markdown)
        return AppState(document: doc, columns: 80, rows: 12)
    }

    @Test func vKeysMoveBetweenVagueStatementsAndTheStatusCountsThem() throws {
        var s = try state()
        #expect(s.flaggedSentences(.vague).count == 2)
        #expect(s.flaggedSentences(.hedged).count == 2)
        #expect(KeyMap.standard.action(for: .char("v")) == .nextVague)
        #expect(KeyMap.standard.action(for: .char("V")) == .previousVague)
        _ = s.handle(.char("v"))
        #expect(s.flagPosition.label == .vague)
        #expect(s.flagPosition.count == 2)
        // The tree counts speculation only.
        #expect(s.frame().treeRows[0].counts.hedged == 2)
        #expect(s.frame().treeRows[0].counts.vague == 2)
    }

    @Test func vagueCuesHaveTheirOwnRoleAndTheirOwnToggle() throws {
        var s = try state()
        let roles = { (s: inout AppState) in Set(s.frame().lines.flatMap(\.spans).map(\.role)) }
        #expect(roles(&s).contains(.vagueCue))
        #expect(roles(&s).contains(.hedgeCue))
        _ = s.handle(.char("5"))
        #expect(s.frame().message == "Vague highlights off")
        #expect(!roles(&s).contains(.vagueCue))
        #expect(roles(&s).contains(.hedgeCue))
        _ = s.handle(.char("1"))
        #expect(!roles(&s).contains(.hedgeCue))
    }

    @Test func theListFiltersUnreviewedAndNotedAndMarksVerdicts() throws {
        var s = try state()
        _ = s.handle(.char("s"))
        _ = s.handle(.char("-"))
        _ = s.handle(.char("L"))
        let dismissed = s.frame().flagRows.first { !$0.isHeader && $0.text == "Officials may delay the second rise." }
        #expect(dismissed?.marker == "✗", "a dismissed flag stays in the list, marked")
        _ = s.handle(.char("u"))
        #expect(s.flagList.filter == .unreviewed)
        #expect(!s.frame().flagRows.contains { $0.text == "Officials may delay the second rise." })
        _ = s.handle(.char("u"))
        #expect(s.flagList.filter == .noted)
        #expect(s.frame().flagRows.isEmpty)
        let grid = Screen.render(s)
        #expect(grid.lines.joined(separator: "\n").contains("None with this filter (u, l change it)."))
    }

    /// The review list has a group for the reader's own flags (a sentence only marked is listed), one for
    /// unsourced claims, shows the selected entry's flag, verdict and note on the status line, filters by
    /// one group (`l`, in the key table and the help), and its title fits 80 columns, singular or plural.
    @Test func theReviewListListsOwnFlagsUnsourcedClaimsNotesAndFiltersByGroup() throws {
        // Tall enough for every row of the list.
        var s = AppState(document: try state().document, columns: 80, rows: 30)
        let doc = s.document
        let a = s.analysed.annotations
        let plain = try #require(a.sentences.first { $0.labels.isDisjoint(with: [.hedged, .vague, .claim, .quote]) }, "an unflagged sentence")
        let hedged = try #require(a.sentences.first { $0.labels.contains(.hedged) })
        s.setReview([ReviewEntry(id: 1, anchor: TextAnchor(plain.range, in: doc), ownFlag: .marked, note: "see the minutes"),
                     ReviewEntry(id: 2, anchor: TextAnchor(hedged.range, in: doc), verdict: .confirmed, note: "it says so")])
        _ = s.handle(.char("L"))
        let rows = s.frame().flagRows
        #expect(rows.filter(\.isHeader).map(\.group) == [.speculative, .vague, .claims, .unsourced, .yours])
        let marked = try #require(rows.first { !$0.isHeader && $0.group == .yours })
        #expect(marked.text == doc.string(plain.range))
        #expect(marked.marker == "⚑✎")
        #expect(marked.detail == "your flag: marked · ✎ see the minutes")
        #expect(rows.filter { !$0.isHeader && $0.group == .unsourced }.count == 2)
        // The selected entry's verdict and note on the status line.
        let grid = Screen.render(s)
        #expect(grid.lines.last?.hasPrefix(" confirmed · ✎ it says so") == true, "\(grid.lines.last ?? "")")
        // The title, whole at 80 columns; "1 own flag", "3 claims".
        let title = grid.lines[0]
        #expect(title.contains("Review list: 2 speculative · 2 vague · 3 claims · 2 unsourced · 1 own flag"), "\(title)")
        #expect(!title.contains("…"))
        // One group at a time, in turn, then all again.
        #expect(KeyMap.standard.action(for: .char("l"), context: .flags) == .listGroup)
        #expect(KeyMap.standard.helpLines().contains { $0.keys == "l" && $0.help.hasPrefix("show one label only") })
        var seen: [[ReviewGroup]] = []
        for _ in 0..<6 {
            _ = s.handle(.char("l"))
            seen.append(s.frame().flagRows.filter(\.isHeader).map(\.group))
        }
        #expect(seen == [[.speculative], [.vague], [.claims], [.unsourced], [.yours], [.speculative, .vague, .claims, .unsourced, .yours]])
        _ = s.handle(.char("l"))
        #expect(Screen.render(s).lines[0].hasPrefix(" Review list (speculative only): 2 speculative"))
    }

    /// Entries that cannot be placed in the article as it is now are listed last, with their quote and
    /// note, never dropped; Enter on one says where it is (nowhere) and stays in the list.
    @Test func entriesNotFoundInTheArticleAreListedLast() throws {
        var s = AppState(document: try state().document, columns: 80, rows: 30)
        let gone = TextAnchor(exact: "The levy was scrapped in 2019.", prefix: "# Port levy\n", suffix: " The port", position: 12)
        s.setReview([ReviewEntry(id: 1, anchor: gone, verdict: .confirmed, note: "from the old version")])
        #expect(s.review.orphans.count == 1)
        _ = s.handle(.char("L"))
        let rows = s.frame().flagRows
        #expect(rows.filter(\.isHeader).last?.group == .notFound)
        let orphan = try #require(rows.last)
        #expect(orphan.group == .notFound && orphan.text == "The levy was scrapped in 2019." && orphan.marker == "✓✎")
        #expect(orphan.detail == "confirmed · ✎ from the old version")
        let lines = Screen.render(s).lines
        #expect(lines.contains { $0.contains("Not found in the article as it is now (1)") })
        #expect(lines.contains { $0.contains("The levy was scrapped in 2019.") })
        // To it, and Enter: nowhere to jump.
        for _ in 0..<20 { _ = s.handle(.char("j")) }
        #expect(s.frame().flagRows.first(where: \.isCursor)?.group == .notFound)
        let top = s.topOffset
        _ = s.handle(.enter)
        #expect(s.showingFlags)
        #expect(s.topOffset == top)
        #expect(s.frame().message == "Not in the article as it is now: nowhere to jump")
    }

    @Test func aLongStatementShowsItsCueInTheList() {
        let text = String(repeating: "Several long words lead up to it ", count: 4) + "and then officials may delay the rise."
        let shown = FlagListView.windowed(text, cue: text.distance(from: text.startIndex, to: text.range(of: "may")!.lowerBound), width: 50)
        #expect(shown.hasPrefix("…"))
        #expect(shown.prefix(50).contains("may delay"))
    }

    @Test func theFlagListGroupsByLabelAndEnterJumpsToTheChosenKind() throws {
        var s = try state()
        _ = s.handle(.char("L"))
        let rows = s.frame().flagRows
        #expect(s.frame().flagTotals.map(\.0) == [.speculative, .vague, .claims, .unsourced])
        #expect(rows.filter { !$0.isHeader && $0.label == .vague }.map(\.text)
                == ["About 40 ships a day use the harbour.", "Critics say the levy hurts small firms."])
        #expect(s.frame().flagTotals.map(\.1) == [2, 2, 3, 2])
        // Down past the speculative group into the vague one; Enter counts vague flags from there.
        _ = s.handle(.char("j"))
        _ = s.handle(.char("j"))
        #expect(s.frame().flagRows.first { $0.isCursor }?.text == "About 40 ships a day use the harbour.")
        _ = s.handle(.enter)
        #expect(!s.showingFlags)
        #expect(s.flagPosition.label == .vague)
    }
}

/// The update/effect loop: a key that needs the outside world returns an effect; the run loop answers.
@Suite struct EffectTests {
    @Test func theThemeKeyAsksForTheListThenForTheNextTheme() throws {
        var s = AppState(document: try UITestFiles.reference(), columns: 80, rows: 24)
        #expect(s.handle(.char("T")) == .listThemes)
        #expect(s.receive(.themes(["default", "light", "mono"], current: "default")) == .loadTheme("light"))
        #expect(s.frame().message == "theme: light")
        // Listed once: the next press cycles at once.
        #expect(s.handle(.char("T")) == .loadTheme("mono"))
        #expect(s.receive(.themeFailed("mono.toml: cannot read")) == .redraw)
        #expect(s.frame().message == "mono.toml: cannot read")
    }

    @Test func oneThemeIsSaidAndARemappedKeyCycles() throws {
        var s = AppState(document: try UITestFiles.reference(), columns: 80, rows: 24)
        s.configure(ReaderSettings(keys: KeyMap(remapping: [(action: .cycleTheme, keys: [.char("z")])])), highlights: .all, watch: [])
        #expect(s.handle(.char("z")) == .listThemes)
        #expect(s.receive(.themes(["default"], current: "default")) == .redraw)
        #expect(s.frame().message == "only one theme is installed")
        #expect(s.handle(.char("T")) == .redraw)
        #expect(s.frame().message?.hasPrefix("Key T does nothing here") == true)
    }

    @Test func theTextWidthIsASettingNotAGlobal() throws {
        var s = AppState(document: try UITestFiles.reference(), columns: 200, rows: 24)
        #expect(s.textWidth == 88)
        s.configure(ReaderSettings(maxTextWidth: 60), highlights: .all, watch: [])
        #expect(s.textWidth == 60)
        #expect(AppState(document: try UITestFiles.reference(), columns: 200, rows: 24).textWidth == 88)
    }
}

@Suite struct CombiningMarkTests {
    @Test func aCellKeepsAtMostFourMarks() {
        var g = CellGrid(width: 10, height: 1)
        g.put("Z" + String(repeating: "\u{301}", count: 4000) + "a", row: 0, column: 0, role: .text)
        #expect(g[0, 0].marks == String(repeating: "\u{301}", count: 4))
        #expect(g[0, 1].text == "a")
        #expect(Cell(text: "e" + String(repeating: "\u{302}", count: 9)).marks?.unicodeScalars.count == 4)
    }
}

@Suite struct ReviewStateTests {
    static let article = VagueFlagTests.article

    func state() throws -> AppState {
        let doc = try ArticleLoader.load(bytes: Array(Self.article.utf8), name: "levy.md", format: .markdown)
        return AppState(document: doc, columns: 80, rows: 12)
    }

    @Test func dismissConfirmFlagAndNoteAskToBeSavedAndChangeTheCounts() throws {
        var s = try state()
        #expect(s.flaggedSentences(.hedged).count == 2)
        _ = s.handle(.char("s"))
        guard case .saveReview(let entry, let index)? = Optional(s.handle(.char("-"))) else {
            Issue.record("dismiss did not ask for a save")
            return
        }
        #expect(entry.verdict == .dismissed && index == 0)
        #expect(entry.anchor.exact == "Officials may delay the second rise.")
        #expect(s.flaggedSentences(.hedged).count == 1)
        #expect(s.frame().treeRows[0].counts.hedged == 1)
        #expect(s.receive(.reviewSaved(ReviewEntry(id: 7, anchor: entry.anchor, verdict: .dismissed), index: 0)) == .redraw)
        #expect(s.review.entries[0].id == 7)
        // The same key again takes the verdict back.
        if case .saveReview(let back, _) = s.handle(.char("-")) { #expect(back.verdict == nil && back.id == 7) } else { Issue.record("no save") }
        #expect(s.flaggedSentences(.hedged).count == 2)
        // An own flag, and a note through the prompt.
        _ = s.handle(.char("x"))
        if case .saveReview(let own, _) = s.handle(.char("c")) { #expect(own.ownFlag == .claim) } else { Issue.record("no save") }
        _ = s.handle(.char("a"))
        for c in "check it" { _ = s.handle(.char(c)) }
        if case .saveReview(let noted, _) = s.handle(.enter) { #expect(noted.note == "check it") } else { Issue.record("no save") }
    }

    /// A confirmed flag is drawn as confirmed: its statement's tint becomes `confirmed`, its cue keeps its
    /// role; taking the verdict back draws it as before.
    @Test func aConfirmedFlagIsDrawnAsConfirmed() throws {
        var s = try state()
        // The spans of the pane's lines that are pieces of the sentence.
        func spans(_ s: AppState) -> [Span] {
            s.frame().lines.flatMap(\.spans).filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty
                && "Officials may delay the second rise.".contains($0.text.trimmingCharacters(in: .whitespaces)) }
        }
        #expect(spans(s).contains { $0.role == .hedged })
        #expect(!spans(s).contains { $0.role == .confirmed })
        _ = s.handle(.char("s"))
        guard case .saveReview? = Optional(s.handle(.char("+"))) else {
            Issue.record("confirm did not ask for a save")
            return
        }
        #expect(spans(s).contains { $0.role == .confirmed })
        #expect(spans(s).contains { $0.role == .hedgeCue && $0.text == "may" })
        #expect(!spans(s).contains { $0.role == .hedged })
        _ = s.handle(.char("+"))
        #expect(spans(s).contains { $0.role == .hedged })
        #expect(!spans(s).contains { $0.role == .confirmed })
    }

    /// A statement with a note has a mark (✎) in the margin on the line where it starts; none without one.
    @Test func aNotedStatementHasAMarkInTheMargin() throws {
        var s = try state()
        func markedRows() -> [Int] {
            let grid = Screen.render(s)
            return grid.lines.indices.filter { grid.lines[$0].contains("✎") }
        }
        #expect(markedRows().isEmpty)
        _ = s.handle(.char("s"))
        _ = s.handle(.char("a"))
        for c in "ask the council" { _ = s.handle(.char(c)) }
        guard case .saveReview? = Optional(s.handle(.enter)) else {
            Issue.record("the note did not ask for a save")
            return
        }
        let rows = markedRows()
        #expect(rows.count == 1)
        let grid = Screen.render(s)
        if let row = rows.first {
            #expect(grid.lines[row].contains("Officials may delay"), "the mark is on the noted statement's first line: \(grid.lines[row])")
        }
    }

    /// A dismissed flag is drawn as dismissed (role `dismissed`, its cue too: not the look of an unflagged
    /// sentence, nor of a flagged one); taking the verdict back draws it as before.
    @Test func aDismissedFlagIsDrawnAsDismissed() throws {
        var s = try state()
        let sentence = "Officials may delay the second rise."
        func spans(_ s: AppState) -> [Span] {
            s.frame().lines.flatMap(\.spans).filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty
                && sentence.contains($0.text.trimmingCharacters(in: .whitespaces)) }
        }
        let plain = "The rise took effect at midnight."
        let plainRoles = Set(s.frame().lines.flatMap(\.spans).filter { plain.contains($0.text.trimmingCharacters(in: .whitespaces))
            && !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.role))
        #expect(spans(s).contains { $0.role == .hedged })
        _ = s.handle(.char("s"))
        guard case .saveReview(let entry, _)? = Optional(s.handle(.char("-"))), entry.verdict == .dismissed else {
            Issue.record("dismiss did not ask for a save")
            return
        }
        let roles = Set(spans(s).map(\.role))
        #expect(roles == [.dismissed], "\(roles)")
        #expect(roles.isDisjoint(with: plainRoles), "a dismissed flag looks like an unflagged sentence: \(roles) \(plainRoles)")
        _ = s.handle(.char("-"))
        #expect(spans(s).contains { $0.role == .hedged })
        #expect(!spans(s).contains { $0.role == .dismissed })
    }

    @Test func aStoredReviewAppliesWhenTheAnalysisArrives() throws {
        let doc = try ArticleLoader.load(bytes: Array(Self.article.utf8), name: "levy.md", format: .markdown)
        var s = AppState(annotated: AnnotatedDocument(document: doc, annotations: Annotations()), columns: 80, rows: 12, isLoading: true)
        let analysed = Pipeline.standard.run(doc)
        s.replaceDocument(analysed)
        let hedged = analysed.annotations.sentences.first { $0.labels.contains(.hedged) }!
        s.setReview([ReviewEntry(id: 1, anchor: TextAnchor(hedged.range, in: doc), verdict: .dismissed)])
        #expect(s.flaggedSentences(.hedged).count == 1)
        // And again when it arrives after the review was set.
        var t = AppState(annotated: AnnotatedDocument(document: doc, annotations: Annotations()), columns: 80, rows: 12, isLoading: true)
        t.setReview([ReviewEntry(id: 1, anchor: TextAnchor(hedged.range, in: doc), verdict: .dismissed)])
        t.replaceDocument(analysed)
        #expect(t.flaggedSentences(.hedged).count == 1)
    }
}

@Suite struct LayeredLabelTests {
    @Test func aQuotationInASpeculativeSentenceShowsBoth() throws {
        let text = "# Rates\n\n“The bank will cut rates soon,” said Ana Ruiz, the chief economist, who may be right.\n"
        let doc = try ArticleLoader.load(bytes: Array(text.utf8), name: "r.md", format: .markdown)
        let s = AppState(document: doc, columns: 80, rows: 12)
        let roles = Set(s.frame().lines.flatMap(\.spans).map(\.role))
        let labels = s.annotations.sentences.map(\.labels)
        try #require(labels.contains { $0.contains(.hedged) && $0.contains(.quote) }, "the fixture sentence is speculative and a quote")
        // The quoted words carry both labels' looks in one role (the quote's style over the hedge tint).
        #expect(roles.contains(.hedgedQuote))
        #expect(roles.contains(.hedged) || roles.contains(.hedgeCue))
    }
}
