import SkepticCore

/// Everything the reader is showing, as a value. Keys become actions; `apply` changes the state and says
/// what happens next; it never draws.
public struct AppState: Sendable {
    /// Which pane receives the movement keys.
    public enum Focus: Sendable { case text, tree }

    /// What the run loop does after a key or a message: draw again, quit, or carry out an effect and answer
    /// with a `Message` (the state never reaches outside itself).
    public enum Outcome: Sendable, Equatable {
        case redraw, quit, none
        /// Paint the whole screen again, not only what changed (the redraw key, Ctrl-L).
        case repaint
        /// List the installed themes, and answer with `.themes`.
        case listThemes
        /// Load this theme, and answer with `.themeFailed` if it cannot be loaded.
        case loadTheme(String)
        /// Save this review entry (at the index into `review.entries`), and answer with `.reviewSaved` or
        /// `.reviewFailed`.
        case saveReview(ReviewEntry, index: Int)
        /// Open the command line's article with this index (`:n`, `:p`).
        case openArticle(Int)
        /// Edit this note text (about this sentence) in the user's editor, and answer with `.noteEdited`.
        case editNote(String, sentence: String)
        /// Write the review to this file (Markdown, or Web Annotation JSON for a `.json` name), replacing a file
        /// there only when `replace`; answer with `.reviewExported`, `.exportExists` or `.exportFailed`.
        case exportReview(path: String, replace: Bool)
        /// Open the link's target (as written in the article: the run loop resolves it against the article's
        /// address or folder) in place of this article; `back` returns.
        case followLink(String)
        /// Back to the article before the last followed link.
        case back
        /// Fetch and analyse every article of the library (a feed's items).
        case analyseLibrary
        /// Forward to the article `back` came back from.
        case forward
        /// List the history, and answer with `.history`.
        case listHistory
        /// Open this article (a path or an address, as the history keeps it) in place of this one.
        case openSource(String)
    }

    /// What the run loop tells the state after carrying out an effect.
    public enum Message: Sendable, Equatable {
        /// The installed themes, and the one shown.
        case themes([String], current: String)
        case themeFailed(String)
        /// The entry as stored (with its id; nil id when it was emptied and deleted).
        case reviewSaved(ReviewEntry, index: Int)
        case reviewFailed(String)
        /// The note as the editor left it; nil when the editor could not be run or failed (the note is kept).
        case noteEdited(String?, problem: String?)
        /// The review was written to this file, with this many entries.
        case reviewExported(String, entries: Int)
        /// A file of that name is there: the state asks before replacing it.
        case exportExists(String)
        case exportFailed(String)
        /// The history, most recent first (or why it cannot be listed).
        case history([HistoryRow], problem: String?)
    }

    /// Below this width the section tree hides itself.
    public static let minColumnsForTree = 60

    public private(set) var document: Document
    /// The analysis of the document: sentences, hedges, claims, quotes, noise.
    public internal(set) var annotations: Annotations
    /// Per-section counts of labelled sentences, for the tree.
    public internal(set) var counts: SectionCounts
    /// Which labels are highlighted.
    public private(set) var highlights: Highlights = .all
    /// Indexes of labelled sentences, per label, made when the annotations arrive.
    var flags: FlagIndex
    /// The flags list (`L`) and the kind of flag the status line counts.
    public internal(set) var flagList = FlagListState()
    /// The kind of flag the status line counts (the last kind jumped to).
    public var flagKind: Label { flagList.kind }
    /// The list of flagged statements is open.
    public var showingFlags: Bool { flagList.isOpen }
    /// The links view (`U`).
    public internal(set) var linkList = LinkListState()
    public var showingLinks: Bool { linkList.isOpen }
    /// The sources view (`p`).
    public internal(set) var sourceList = SourceListState()
    /// The library view (`I`): the articles opened together.
    public internal(set) var library = LibraryState()
    public var showingLibrary: Bool { library.isOpen }
    /// The history view (Backspace).
    public internal(set) var history = HistoryState()
    public var showingHistory: Bool { history.isOpen }
    /// Only the opening of the article is here yet; the whole of it is on its way (`replaceDocument`).
    public private(set) var isLoading: Bool
    public private(set) var columns: Int
    public private(set) var rows: Int
    public internal(set) var focus: Focus = .text
    /// The section tree's own state: cursor, collapsed sections, scroll, filter.
    public internal(set) var tree = TreeState()
    public private(set) var showingHelp = false
    public private(set) var helpScroll = 0
    /// The reading pane's position; every move goes through `place` or `jump(to:)`.
    private(set) var viewport = Viewport()
    /// The line at the top of the reading pane.
    public var top: LinePosition { viewport.top }
    /// A one-off message for the status line.
    public internal(set) var message: String?
    var layout: DocumentLayout

    // MARK: - Search, prompt, marks, selection (see AppState+Search.swift)

    /// The line being typed at the bottom (a search, a go-to, a tree filter), if any.
    public internal(set) var prompt: Prompt?
    /// The search whose hits are highlighted and that `n`/`N` move through.
    public internal(set) var search: SearchState?
    /// Earlier searches, oldest first (the executable loads and saves them across runs).
    public var searchHistory: [String] = []
    /// Marks, the place before the last jump, and a mark key waiting for its letter.
    var jumps = JumpHistory()
    /// The sentence clicked with the mouse.
    public internal(set) var selectedSentence: Int?
    /// The sentence the last flag jump went to: what the review keys act on when nothing is clicked.
    var lastFlagSentence: Int?
    /// The reader's own verdicts, flags and notes on this article, and the analysis before they apply.
    public internal(set) var review = Review()
    var analysis = Annotations()
    /// The export file the reader was asked about replacing (a second Enter on the same name replaces it).
    var exportReplace: String?
    /// User highlight rules from the config: a pattern and a role, with their hits in this document.
    public internal(set) var watchRules: [WatchRule] = []
    var watchHits: [(SearchResult, Role)] = []
    /// Themes the `T` key cycles through (nil until the run loop has listed them), and the one shown.
    public internal(set) var themeNames: [String]?
    public internal(set) var themeIndex = 0
    /// The settings handed down by the run loop: key map, text width, tree width.
    public private(set) var settings = ReaderSettings()
    /// The key map in use.
    public var keys: KeyMap { settings.keys }

    /// A state for a document that is analysed here with the standard pipeline.
    public init(document: Document, columns: Int, rows: Int, isLoading: Bool = false) {
        self.init(annotated: Pipeline.standard.run(document), columns: columns, rows: rows, isLoading: isLoading)
    }

    public init(annotated: AnnotatedDocument, columns: Int, rows: Int, isLoading: Bool = false) {
        let document = annotated.document
        self.document = document
        self.annotations = annotated.annotations
        self.analysis = annotated.annotations
        self.counts = SectionCounts(annotated)
        self.flags = FlagIndex(annotated.annotations)
        self.isLoading = isLoading
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        layout = DocumentLayout(document: document, width: 1)
        layout = DocumentLayout(document: document, width: DocumentLayout.textWidth(forPane: paneWidth, max: settings.maxTextWidth),
                                annotations: annotated.annotations)
        syncTree()
        // How the text was found, when it is not an article (a web page's text shown instead).
        message = document.extractionNote
    }

    // MARK: - Geometry

    public var treeShown: Bool { tree.wanted && columns >= Self.minColumnsForTree }
    /// About a third of the width, clamped.
    public var treeWidth: Int {
        guard treeShown else { return 0 }
        if let preferred = settings.treeWidth { return min(preferred, max(12, columns / 2)) }
        return min(max(columns / 3, 18), 44)
    }

    /// Applies the user's settings (the config file's, handed down by the run loop).
    public mutating func configure(_ settings: ReaderSettings, highlights: Highlights, watch: [WatchRule]) {
        self.settings = settings
        if !settings.mute.isEmpty {
            analysis = settings.mute.apply(to: analysis, in: document)
            applyReview()
        }
        self.highlights = highlights
        layout = layout.relaid(highlights: highlights)
        relayout()
        setWatchRules(watch)
        syncTree()
    }
    /// The first column of the reading pane (after the tree and its border).
    public var paneColumn: Int { treeShown ? treeWidth + 1 : 0 }
    public var paneWidth: Int { max(1, columns - paneColumn) }
    /// Rows for text (all but the status line).
    public var pageHeight: Int { max(1, rows - 1) }
    public var textWidth: Int { layout.width }
    /// Columns between the pane's left edge and the text: the text column is centred in the pane.
    public var textMargin: Int { paneWidth > 2 ? max(1, (paneWidth - textWidth) / 2) : 0 }

    // MARK: - Keys

    /// Handles one key: a prompt or a pending mark takes keys first, then the help screen, then the key table.
    public mutating func handle(_ key: Key) -> Outcome {
        message = nil
        if prompt != nil { return handlePromptKey(key) }
        if let pending = jumps.pending {
            jumps.pending = nil
            return pending == .flagSentence ? handleOwnFlagKey(key) : handleMarkKey(key, pending)
        }
        if case .mouse(let event) = key { return handleMouse(event) }
        if showingHelp {
            switch keys.action(for: key) {
            case .lineDown?: helpScroll += 1
            case .lineUp?: helpScroll = max(0, helpScroll - 1)
            case .pageDown?: helpScroll += pageHeight / 2
            case .pageUp?: helpScroll = max(0, helpScroll - pageHeight / 2)
            case .quit? where key == .ctrl("c"): return .quit
            default: showingHelp = false
            }
            return .redraw
        }
        let context: KeyContext = showingHistory ? .history : showingLibrary ? .library : showingLinks ? .links : showingSources ? .sources : showingFlags ? .flags : (focus == .tree && treeShown ? .tree : .reader)
        guard let action = keys.action(for: key, context: context) else {
            if key == .escape { return .none }
            message = "Key \(key) does nothing here; press \(keys.name(.help)) for help"
            return .redraw
        }
        return apply(action)
    }

    /// Does what an action asks.
    public mutating func apply(_ action: Action) -> Outcome {
        switch action {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
             .nextHeading, .previousHeading, .nextSection, .previousSection:
            move(action)
        case .toggleFocus, .toggleTree, .treeDown, .treeUp, .treeJump, .treeCollapse, .treeExpand:
            treeAction(action)
        case .nextHedge, .previousHedge, .nextVague, .previousVague, .nextClaim, .previousClaim,
             .nextQuote, .previousQuote, .nextFlag, .previousFlag:
            flagJump(action)
        case .nextUnsourced, .previousUnsourced:
            jumpToFlag(.claim, forward: action == .nextUnsourced, unsourced: true)
        case .firstSaid:
            jumpToFirstSaid()
        case .toggleHedges: toggle(.hedges, "Speculation")
        case .toggleVague: toggle(.vague, "Vague")
        case .toggleClaims: toggle(.claims, "Claim")
        case .toggleQuotes: toggle(.quotes, "Quote")
        case .toggleNoise: toggle(.noise, "Noise")
        case .toggleRepeats:
            toggle(.repeats, "")
            message = highlights.contains(.repeats) ? "What is said twice shown in full"
                : annotations.sentenceRepeats.isEmpty ? "Nothing in this article is said twice"
                : "What is said twice folded: a paragraph said before is one line (\(keys.name(.toggleRepeats)) unfolds)"
        case .flagList, .listDown, .listUp, .listJump, .listClose, .listFilter, .listGroup:
            flagListAction(action)
        case .help:
            showingHelp = true
            helpScroll = 0
        case .quit:
            return .quit
        case .redraw:
            syncTree()
            return .repaint
        case .searchForward: startPrompt(.searchForward)
        case .searchBackward: startPrompt(.searchBackward)
        case .nextHit: moveToHit(forward: search?.forward ?? true)
        case .previousHit: moveToHit(forward: !(search?.forward ?? true))
        case .goTo: startPrompt(.goTo)
        case .treeFilter: startPrompt(.treeFilter)
        case .setMark, .goToMark:
            jumps.pending = action
            message = action == .setMark ? "mark: type a letter" : "go to mark: type a letter (' for the last jump)"
        case .cycleTheme:
            // The themes are listed the first time they are asked for, not at start-up.
            guard themeNames != nil else { return .listThemes }
            return cycleTheme()
        case .exportReview:
            return openExportPrompt()
        case .followLink:
            return openLinkPrompt()
        case .linkList, .linksDown, .linksUp, .linksPageDown, .linksPageUp, .linksLeft, .linksRight, .linksFollow, .linksClose:
            return linkListAction(action)
        case .sourceList, .sourcesDown, .sourcesUp, .sourcesPageDown, .sourcesPageUp, .sourcesJump, .sourcesClose:
            let outcome = sourceListAction(action)
            syncTree()
            return outcome
        case .forward, .history, .historyDown, .historyUp, .historyPageDown, .historyPageUp, .historyOpen, .historyClose:
            return historyAction(action)
        case .library, .libraryDown, .libraryUp, .libraryPageDown, .libraryPageUp, .librarySort, .libraryAnalyseAll,
             .libraryOpen, .libraryClose:
            return libraryAction(action)
        case .back:
            guard settings.canGoBack else {
                message = "No article to go back to (\(keys.name(.back)) returns from a link you opened with \(keys.name(.followLink)))"
                return .redraw
            }
            return .back
        case .confirmFlag, .dismissFlag, .flagSentence, .addNote, .editNote:
            return reviewAction(action)
        case .promptAccept, .promptCancel, .promptDeleteBack, .promptClear, .promptRegex, .promptEarlier, .promptLater,
             .ownSpeculative, .ownVague, .ownClaim, .ownMarked, .ownNone:
            // Keys of a prompt and of the key after `x`, read where those are open.
            return .none
        }
        syncTree()
        return .redraw
    }

    /// Moves of the reading pane: scrolls and jumps by lines, pages, ends, headings and sections.
    private mutating func move(_ action: Action) {
        switch action {
        case .lineDown: scroll(by: 1)
        case .lineUp: scroll(by: -1)
        case .pageDown: scroll(by: pageHeight)
        case .pageUp: scroll(by: -pageHeight)
        case .halfPageDown: scroll(by: max(1, pageHeight / 2))
        case .halfPageUp: scroll(by: -max(1, pageHeight / 2))
        case .top: jump(to: layout.start)
        case .bottom: jump(to: max(layout.lastTop(height: pageHeight), layout.start))
        case .nextHeading: jumpToHeading(nextHeading())
        case .previousHeading: jumpToHeading(previousHeading())
        case .nextSection: jumpToHeading(nextSection())
        case .previousSection: jumpToHeading(previousSection())
        default: break
        }
    }

    /// The tree's keys, and focusing or hiding it.
    private mutating func treeAction(_ action: Action) {
        switch action {
        case .toggleFocus:
            if treeShown {
                focus = focus == .text ? .tree : .text
                if focus == .tree { tree.cursor = visibleCurrentSection() }
            }
        case .toggleTree:
            tree.wanted.toggle()
            if !tree.wanted { focus = .text }
            relayout()
        case .treeDown: tree.moveCursor(by: 1, in: document)
        case .treeUp: tree.moveCursor(by: -1, in: document)
        case .treeJump:
            let section = document.sections[tree.cursor]
            jump(to: LinePosition(block: section.headingBlock ?? section.firstBlock, line: 0))
            focus = .text
        case .treeCollapse: tree.collapseOrGoToParent(in: document)
        case .treeExpand: tree.collapsed.remove(tree.cursor)
        default: break
        }
    }

    /// Next and previous flag of one kind (or any).
    private mutating func flagJump(_ action: Action) {
        let (label, forward): (Label?, Bool)
        switch action {
        case .nextHedge: (label, forward) = (.hedged, true)
        case .previousHedge: (label, forward) = (.hedged, false)
        case .nextVague: (label, forward) = (.vague, true)
        case .previousVague: (label, forward) = (.vague, false)
        case .nextClaim: (label, forward) = (.claim, true)
        case .previousClaim: (label, forward) = (.claim, false)
        case .nextQuote: (label, forward) = (.quote, true)
        case .previousQuote: (label, forward) = (.quote, false)
        case .nextFlag: (label, forward) = (nil, true)
        default: (label, forward) = (nil, false)
        }
        jumpToFlag(label, forward: forward)
    }

    /// The flags list: open it at the reading position, move in it, jump to an entry, close it.
    private mutating func flagListAction(_ action: Action) {
        switch action {
        case .flagList:
            flagList.isOpen = true
            flagList.cursor = flagListStart()
            flagList.scroll = 0
            scrollFlagsToCursor()
        case .listDown:
            flagList.cursor = min(flagList.cursor + 1, max(0, reviewGroups.reduce(0) { $0 + $1.items.count } - 1))
            scrollFlagsToCursor()
        case .listUp:
            flagList.cursor = max(0, flagList.cursor - 1)
            scrollFlagsToCursor()
        case .listJump:
            jumpFromFlagList()
        case .listClose:
            flagList.isOpen = false
        case .listFilter:
            flagList.filter = flagList.filter.next
            flagList.cursor = 0
            flagList.scroll = 0
            scrollFlagsToCursor()
        case .listGroup:
            cycleFlagListGroup()
        default: break
        }
    }

    /// The run loop's answer to an effect.
    public mutating func receive(_ answer: Message) -> Outcome {
        switch answer {
        case .themes(let names, let current):
            themeNames = names
            themeIndex = names.firstIndex(of: current) ?? 0
            return cycleTheme()
        case .themeFailed(let text), .reviewFailed(let text):
            message = text
            return .redraw
        case .reviewSaved(let entry, let index):
            if index < review.entries.count { review.entries[index].id = entry.id }
            return .redraw
        case .noteEdited(let text, let problem):
            guard let text else {
                message = problem ?? "the note is unchanged"
                return .repaint
            }
            let outcome = saveNote(text)
            return outcome == .redraw ? .repaint : outcome
        case .reviewExported(let path, let entries):
            exportReplace = nil
            message = "review exported to \(Sanitiser.singleLine(path)) (\(entries) \(entries == 1 ? "entry" : "entries"))"
            return .redraw
        case .exportExists(let path):
            var replace = Prompt(kind: .exportReplace, origin: top)
            replace.answers = "\(keys.name(.promptAccept)) replaces it, \(keys.name(.promptCancel)) keeps it"
            replace.text = path
            prompt = replace
            exportReplace = path
            message = "\(Sanitiser.singleLine(path)) exists: \(keys.name(.promptAccept)) replaces it, \(keys.name(.promptCancel)) keeps it"
            return .redraw
        case .exportFailed(let text):
            exportReplace = nil
            message = "review not exported: " + text
            return .redraw
        case .history(let rows, let problem):
            showHistory(rows, problem: problem)
            return .redraw
        }
    }

    private mutating func cycleTheme() -> Outcome {
        guard let names = themeNames, names.count > 1 else {
            message = "only one theme is installed"
            return .redraw
        }
        themeIndex = (themeIndex + 1) % names.count
        message = "theme: " + names[themeIndex]
        return .loadTheme(names[themeIndex])
    }

    // MARK: - Flags

    /// Sentence indexes with a label (any label but noise when nil), in document order. The lists of
    /// hedged statements, claims and quotes are made once per document (`FlagIndex`), not per key.
    public func flaggedSentences(_ label: Label?) -> [Int] {
        switch label {
        case .hedged?: return flags.hedged.map(Int.init)
        case .vague?: return flags.vague.map(Int.init)
        case .claim?: return flags.claims.map(Int.init)
        case .quote?: return flags.quotes.map(Int.init)
        case .noise?: return []
        case nil:
            let wanted: LabelSet = [.hedged, .claim, .quote]
            return annotations.sentences.indices.filter { !annotations.sentences[$0].labels.isDisjoint(with: wanted) }
        }
    }

    /// How many sentences carry a label, without building a list.
    func flagCount(_ label: Label) -> Int {
        switch label {
        case .hedged: return flags.hedged.count
        case .vague: return flags.vague.count
        case .claim: return flags.claims.count
        case .quote: return flags.quotes.count
        case .noise: return 0
        }
    }

    /// The byte offset of the top line.
    var topOffset: Int { layout.line(at: top)?.offset ?? 0 }

    /// Jumps to the next or previous sentence with a label; the sentence's first line goes to the top.
    private mutating func jumpToFlag(_ label: Label?, forward: Bool, unsourced: Bool = false) {
        let flagged = unsourced ? flags.unsourced.map(Int.init) : flaggedSentences(label)
        let name = label?.rawValue ?? "flag"
        let plural = unsourced ? "claims without a source"
            : name == "hedged" ? "speculative statements" : name == "vague" ? "vague statements" : name + "s"
        guard !flagged.isEmpty else {
            message = "No \(plural) in this article"
            return
        }
        // Where the top line starts and ends, in the text.
        let start = topOffset
        let next = topLineEnd
        let target: Int?
        if forward {
            target = flagged.first { annotations.sentences[$0].range.lowerBound > start && annotations.sentences[$0].range.lowerBound >= next }
                // Else one on the top line itself, but not the one already jumped to (an article that opens on
                // its only hedge).
                ?? flagged.first { annotations.sentences[$0].range.lowerBound >= start && $0 != lastFlagSentence }
        } else {
            target = flagged.last { annotations.sentences[$0].range.lowerBound < start }
        }
        guard let target else {
            message = "No more \(plural) that way"
            return
        }
        if let label { flagList.kind = label }
        jump(toSentence: target)
    }

    /// `=`: from a statement the article said before — the one selected or jumped to when it is on the screen,
    /// else the first on the screen — to where it was first said, selected; `''` comes back.
    private mutating func jumpToFirstSaid() {
        let start = topOffset
        let bottom = max(screenEndOffset, start + 1)
        let annotations = annotations
        let shown = { (i: Int) -> Bool in
            let r = annotations.sentences[i].range
            return r.upperBound > start && r.lowerBound < bottom && annotations.repeatOf(sentence: i) != nil
        }
        let chosen = [selectedSentence, lastFlagSentence].compactMap { $0 }.filter { $0 < annotations.sentences.count }
        guard let s = chosen.first(where: shown) ?? annotations.sentences.indices.first(where: shown),
              let (first, restated) = annotations.repeatOf(sentence: s) else {
            message = "Nothing on this screen was said before (= and ≈ in the margin mark what was)"
            return
        }
        let line = document.blocks[annotations.sentences[s].block].line
        jump(toSentence: first)
        selectedSentence = first
        refreshDecorations()
        message = "line \(line) " + (restated ? "restates" : "repeats")
            + " line \(document.blocks[annotations.sentences[first].block].line), here (\(keys.name(.goToMark))\(keys.name(.goToMark)) goes back)"
    }

    /// Where the text below the screen starts (the end of the text when the screen shows it).
    var screenEndOffset: Int {
        let below = layout.move(top, by: pageHeight)
        return below == top ? document.text.count : layout.line(at: below)?.offset ?? document.text.count
    }

    /// A jump to a statement makes it the one the review keys act on, in place of one clicked before.
    mutating func jump(toSentence index: Int) {
        lastFlagSentence = index
        if selectedSentence != nil {
            selectedSentence = nil
            refreshDecorations()
        }
        let sentence = annotations.sentences[index]
        jump(to: layout.position(containing: sentence.range.lowerBound, near: sentence.block))
    }

    private mutating func toggle(_ highlight: Highlights, _ name: String) {
        highlights.formSymmetricDifference(highlight)
        layout = layout.relaid(highlights: highlights)
        message = name + " highlights " + (highlights.contains(highlight) ? "on" : "off")
    }

    /// Where the line after the top line starts in the text (the end of the text when the top line is the last).
    var topLineEnd: Int {
        let after = layout.move(top, by: 1)
        return after == top ? Int.max : layout.line(at: after)?.offset ?? Int.max
    }

    /// "hedge 4/37": where the top line is among the flags of the current kind (a binary search: this
    /// runs for every frame).
    public var flagPosition: (label: Label, index: Int, count: Int) {
        let next = topLineEnd
        let list: [UInt32]
        switch flagKind {
        case .hedged: list = flags.hedged
        case .vague: list = flags.vague
        case .claim: list = flags.claims
        case .quote: list = flags.quotes
        case .noise: list = []
        }
        // The number of flagged sentences that start before the line after the top line.
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if annotations.sentences[Int(list[mid])].range.lowerBound < next { lo = mid + 1 } else { hi = mid }
        }
        return (flagKind, lo, list.count)
    }

    /// The terminal changed size: lay out again and keep the line that was at the top.
    public mutating func resize(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        relayout()
        if showingFlags { scrollFlagsToCursor() }
        syncTree()
    }

    /// More is on its way (the whole article, after its analysed opening).
    public mutating func markLoading() {
        isLoading = true
    }

    /// Puts a one-off message on the status line.
    public mutating func show(message: String) {
        self.message = message
    }

    /// Takes the status line's message away (a progress line whose work is done).
    public mutating func clearMessage() {
        message = nil
    }

    /// The whole article has arrived (it was opened from its opening): show it, keeping the top line.
    public mutating func replaceDocument(_ annotated: AnnotatedDocument) {
        let full = annotated.document
        let offset = layout.line(at: top)?.offset ?? 0
        document = full
        analysis = settings.mute.apply(to: annotated.annotations, in: full)
        review.place(in: full, analysis)
        annotations = review.entries.isEmpty ? analysis : review.applied(to: analysis)
        counts = SectionCounts(AnnotatedDocument(document: full, annotations: annotations))
        flags = FlagIndex(annotations)
        isLoading = false
        if let note = full.extractionNote { message = note }
        layout = DocumentLayout(document: full, width: layout.width, annotations: annotations, highlights: highlights)
        tree.collapsed = []
        if !full.isEmpty {
            // The last block that starts at or before the offset (blocks are in text order).
            var lo = 0
            var hi = full.blocks.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if full.blocks[mid].range.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
            }
            place(layout.position(containing: offset, near: lo))
        } else {
            place(layout.start)
        }
        if focus == .tree { tree.cursor = visibleCurrentSection() }
        selectedSentence = nil
        if let s = search {
            search = SearchState(query: s.query, result: Searcher.search(s.query, in: full), current: nil, forward: s.forward)
        }
        rehighlightWatches()
        syncTree()
    }

    private mutating func relayout() {
        let width = DocumentLayout.textWidth(forPane: paneWidth, max: settings.maxTextWidth)
        guard width != layout.width else { return }
        let offset = layout.line(at: top)?.offset
        layout = layout.relaid(width: width)
        if let offset, !document.isEmpty {
            place(layout.position(containing: offset, near: top.block))
        }
    }

    // MARK: - Moving

    /// Scrolls by lines; never past the point where the last line reaches the bottom (a jump may be).
    private mutating func scroll(by n: Int) {
        guard !document.isEmpty else { return }
        let target = layout.move(top, by: n)
        if n > 0 {
            place(min(target, max(layout.lastTop(height: pageHeight), top)))
        } else {
            place(target)
        }
    }

    /// Moves the top line (a scroll, a resize, a search as it is typed): not a jump, not recorded.
    mutating func place(_ position: LinePosition) {
        viewport.set(position, in: &layout)
    }

    /// Jumps: the one place where a jump is recorded, so that `''` returns from any of them (headings,
    /// sections, top and end, flags, search hits, marks, tree and mouse jumps, `:`), as in less and vi.
    mutating func jump(to position: LinePosition) {
        rememberJump(from: top)
        viewport.set(position, in: &layout)
    }

    /// A jump puts the heading on the top line.
    private mutating func jumpToHeading(_ section: Int?) {
        guard let section, let block = document.sections[section].headingBlock else {
            message = "No more headings that way"
            return
        }
        jump(to: LinePosition(block: block, line: 0))
    }

    /// The innermost section the top line is in.
    public var currentSection: Int { document.isEmpty ? 0 : document.section(containingBlock: top.block) }

    private func nextHeading() -> Int? {
        document.sections.first { ($0.headingBlock ?? -1) > top.block }?.id
    }

    private func previousHeading() -> Int? {
        document.sections.last { section in
            guard let b = section.headingBlock else { return false }
            return b < top.block || (b == top.block && top.line > 0)
        }?.id
    }

    private func nextSection() -> Int? {
        let level = max(document.sections[currentSection].level, 1)
        return document.sections.first { ($0.headingBlock ?? -1) > top.block && $0.level <= level }?.id
    }

    private func previousSection() -> Int? {
        let current = document.sections[currentSection]
        if let b = current.headingBlock, b < top.block || (b == top.block && top.line > 0) { return current.id }
        let level = max(current.level, 1)
        return document.sections.last { ($0.headingBlock ?? Int.max) < top.block && $0.level <= level }?.id
    }

    // MARK: - Tree

    /// Section ids shown in the tree, in order.
    public func visibleSections() -> [Int] { tree.visibleSections(of: document) }

    /// The current section, or its nearest ancestor that the tree shows.
    public func visibleCurrentSection() -> Int { tree.shownAncestor(of: currentSection, in: document) }

    /// Keeps the tree's highlighted row in view, and lets the cursor follow the reading when the text has focus.
    mutating func syncTree() {
        if focus == .text || !treeShown { tree.cursor = visibleCurrentSection() }
        let visible = visibleSections()
        let row = visible.firstIndex(of: tree.cursor) ?? 0
        let height = pageHeight
        if row < tree.scroll { tree.scroll = row }
        if row >= tree.scroll + height { tree.scroll = row - height + 1 }
        tree.scroll = max(0, min(tree.scroll, max(0, visible.count - height)))
    }

    // MARK: - Frame

    /// What one screen shows, computed from the state (laying out only the visible blocks).
    public func frame() -> Frame {
        var lines: [LaidLine] = []
        var p = top
        if !document.isEmpty {
            while lines.count < pageHeight {
                guard let line = layout.line(at: p) else { break }
                lines.append(line)
                let next = layout.move(p, by: 1)
                if next == p { break }
                p = next
            }
        }
        let atEnd = document.isEmpty || lines.count < pageHeight || p == layout.end() && lines.count == pageHeight
        let percent: Int
        if atEnd || document.text.isEmpty {
            percent = 100
        } else {
            let offset = layout.line(at: p)?.offset ?? document.text.count
            percent = min(99, offset * 100 / max(1, document.text.count))
        }
        let visible = visibleSections()
        let current = visibleCurrentSection()
        let treeRows = visible.dropFirst(tree.scroll).prefix(pageHeight).map { id -> TreeRow in
            let s = document.sections[id]
            return TreeRow(section: id, title: s.title, level: s.level, hasChildren: !s.children.isEmpty,
                           collapsed: tree.collapsed.contains(id), isCurrent: id == current,
                           isCursor: focus == .tree && id == tree.cursor, counts: counts.total[id])
        }
        let position = flagPosition
        let (flagRows, flagTotals) = showingFlags ? reviewListRows() : ([], [])
        return Frame(lines: lines, treeRows: Array(treeRows), sectionTitle: document.sections[currentSection].title,
                     percent: percent, message: message, isLoading: isLoading, flagLabel: position.label,
                     flagIndex: position.index, flagCount: position.count, flagRows: flagRows,
                     flagTotals: flagTotals, prompt: prompt, searchStatus: searchStatus)
    }
}

/// The flags list's own state: open or not, its cursor (an entry, counted over all groups) and scroll
/// (a display row), and the kind of flag the status line counts.
public struct FlagListState: Sendable {
    /// Which statements the list shows.
    public enum Filter: String, Sendable, CaseIterable {
        case all, unreviewed, noted

        var next: Filter { Filter.allCases[(Filter.allCases.firstIndex(of: self)! + 1) % Filter.allCases.count] }

        func keeps(_ entry: ReviewEntry?) -> Bool {
            switch self {
            case .all: return true
            case .unreviewed: return entry == nil || (entry!.verdict == nil && entry!.ownFlag == nil)
            case .noted: return !(entry?.note ?? "").isEmpty
            }
        }
    }

    public internal(set) var filter = Filter.all
    /// Only this group (`l`), or all.
    public internal(set) var group: ReviewGroup?
    public internal(set) var isOpen = false
    public internal(set) var cursor = 0
    public internal(set) var scroll = 0
    public internal(set) var kind: Label = .hedged
}

/// Marks set with `m` (byte offsets of the top line), where the last jump left from (`''`), and `m` or `'`
/// waiting for the letter that names the mark.
struct JumpHistory: Sendable {
    var marks = Marks()
    var beforeJump: Int?
    var pending: Action?
}

/// The section tree's own state. A value the app state holds; its moves need the document's sections.
public struct TreeState: Sendable {
    /// The user wants the tree (the `t` key); it also needs room (`AppState.treeShown`).
    public internal(set) var wanted = true
    /// The section under the tree's cursor.
    public internal(set) var cursor = 0
    public internal(set) var collapsed: Set<Int> = []
    /// The first row shown.
    public internal(set) var scroll = 0
    /// Headings shown are those whose title contains this (the tree's `/`).
    public internal(set) var filter: String?

    /// Section ids shown, in order (children of collapsed sections left out; only matches while filtering).
    func visibleSections(of document: Document) -> [Int] {
        if let filter = filter?.lowercased(), !filter.isEmpty {
            return [0] + document.sections.dropFirst().filter { $0.title.lowercased().contains(filter) }.map(\.id)
        }
        var out: [Int] = []
        var skipUntil = -1
        // By index and field: a `for section in` copied every section (its strings retained and released).
        let sections = document.sections
        out.reserveCapacity(sections.count)
        for i in sections.indices {
            let id = sections[i].id
            if sections[i].firstBlock < skipUntil && id != 0 { continue }
            out.append(id)
            if !collapsed.isEmpty && collapsed.contains(id) { skipUntil = sections[i].endBlock }
        }
        return out
    }

    /// A section, or its nearest ancestor that is shown (not inside a collapsed one).
    func shownAncestor(of section: Int, in document: Document) -> Int {
        var id = section
        while let parent = document.sections[id].parent {
            var hidden = false
            var a: Int? = parent
            while let p = a {
                if collapsed.contains(p) { hidden = true }
                a = document.sections[p].parent
            }
            if !hidden { break }
            id = parent
        }
        return id
    }

    mutating func moveCursor(by n: Int, in document: Document) {
        let visible = visibleSections(of: document)
        guard let index = visible.firstIndex(of: cursor) else {
            cursor = visible.first ?? 0
            return
        }
        cursor = visible[min(max(index + n, 0), visible.count - 1)]
    }

    /// `h`: collapses the section under the cursor, or goes to its parent when it is collapsed or has none.
    mutating func collapseOrGoToParent(in document: Document) {
        let section = document.sections[cursor]
        if !section.children.isEmpty && !collapsed.contains(cursor) {
            collapsed.insert(cursor)
        } else if let parent = section.parent {
            cursor = parent
        }
    }
}

/// The reading pane's position: its top line, always a line of the layout (`set` clamps every move).
struct Viewport: Sendable {
    private(set) var top = LinePosition(block: 0, line: 0)

    mutating func set(_ p: LinePosition, in layout: inout DocumentLayout) {
        guard layout.blockCount > 0, p.block >= 0 else {
            top = layout.start
            return
        }
        guard p.block < layout.blockCount else {
            top = layout.end()
            return
        }
        let lines = layout.lines(of: p.block).count
        top = lines == 0 ? layout.move(LinePosition(block: p.block, line: 0), by: 0)
            : LinePosition(block: p.block, line: min(max(0, p.line), lines - 1))
    }
}

/// The user's settings the reader's state needs, handed down as a value (from the config file).
public struct ReaderSettings: Sendable {
    public var keys: KeyMap
    /// The widest the text column gets (`max-width`).
    public var maxTextWidth: Int
    /// The tree's width in columns (`tree-width`); nil: about a third of the screen.
    public var treeWidth: Int?
    /// Which of the command line's articles this is, and how many there are (`:n`, `:p`).
    public var article: (index: Int, count: Int) = (0, 1)
    /// This article was reached by following a link (or `:n`): `B` goes back.
    public var canGoBack = false
    /// `B` came back to this article: `F` goes forward again.
    public var canGoForward = false
    /// Cue words never flagged (`[cues] mute`).
    public var mute = CueMute([])

    public init(keys: KeyMap = .standard, maxTextWidth: Int = DocumentLayout.defaultMaxTextWidth, treeWidth: Int? = nil) {
        self.keys = keys
        self.maxTextWidth = maxTextWidth
        self.treeWidth = treeWidth
    }
}

/// One row of the section tree as shown.
public struct TreeRow: Sendable, Equatable {
    public let section: Int
    public let title: String
    public let level: Int
    public let hasChildren: Bool
    public let collapsed: Bool
    /// The section the reading position is in.
    public let isCurrent: Bool
    /// The tree's cursor (only while the tree has the focus).
    public let isCursor: Bool
    /// Labelled sentences in the section and its subsections.
    public let counts: LabelCounts
}

/// One row of the list of flagged statements: a group's header, or a statement (numbered within its group).
public struct FlagRow: Sendable, Equatable {
    public let number: Int
    public let section: String
    public let text: String
    public let isCursor: Bool
    public var label: Label = .hedged
    /// The row names its group ("Speculative: 36") instead of a statement.
    public var isHeader = false
    /// Where the statement's first cue of the group's label starts, in characters of `text` (the view keeps
    /// it in sight however narrow the screen).
    public var cueColumn: Int?
    /// The reader's word on it: ✓ confirmed, ✗ dismissed, ⚑ flagged by the reader, ✎ a note.
    public var marker = ""
    /// The review list's group the row is in.
    public var group: ReviewGroup = .speculative
    /// The reader's flag, verdict and note in words, for the status line when the row is selected.
    public var detail: String?

    public init(number: Int, section: String, text: String, isCursor: Bool, label: Label = .hedged, isHeader: Bool = false,
                group: ReviewGroup = .speculative) {
        self.number = number
        self.section = section
        self.text = text
        self.isCursor = isCursor
        self.label = label
        self.isHeader = isHeader
        self.group = group
    }
}

/// The data one screen draws: visible text lines, tree rows, status.
public struct Frame: Sendable {
    public let lines: [LaidLine]
    public let treeRows: [TreeRow]
    public let sectionTitle: String
    public let percent: Int
    public let message: String?
    /// The article is still being read: the percentage is not known yet.
    public let isLoading: Bool
    /// Where the top line is among the flags of one kind ("hedge 4/37").
    public let flagLabel: Label
    public let flagIndex: Int
    public let flagCount: Int
    /// The visible rows of the list of flagged statements, when it is open.
    public let flagRows: [FlagRow]
    /// The statements in each group of the list, in the list's order.
    public let flagTotals: [(ReviewGroup, Int)]
    public var flagTotal: Int { flagTotals.reduce(0) { $0 + $1.1 } }
    /// The line being typed, if any.
    public var prompt: Prompt? = nil
    /// "hit 3/17" while a search is active.
    public var searchStatus: String? = nil
}

/// The sentences that carry each label, in document order (32-bit indexes; a 100 MiB article has a
/// million sentences).
struct FlagIndex: Sendable {
    var hedged: [UInt32] = []
    var vague: [UInt32] = []
    var claims: [UInt32] = []
    var quotes: [UInt32] = []
    /// Claims that rest on no source (`w`, `W`).
    var unsourced: [UInt32] = []

    init(_ annotations: Annotations) {
        for (i, s) in annotations.sentences.enumerated() {
            if s.labels.contains(.hedged) { hedged.append(UInt32(i)) }
            if s.labels.contains(.vague) { vague.append(UInt32(i)) }
            if s.labels.contains(.claim) {
                claims.append(UInt32(i))
                if annotations.source(ofSentence: i) == nil { unsourced.append(UInt32(i)) }
            }
        }
        // One stop per source quotation (not per quoted sentence, nor its repeats): the reports' count.
        quotes = annotations.sourceQuoteSentences
    }
}

/// Marks set with `m`, by letter: byte offsets of the top line. Two arrays, not a `[Character: Int]`: the
/// runtime builds a dictionary's type from its mangled name on first use, and checking `Character:
/// Hashable` scans every protocol conformance in the binary, before the first screen.
struct Marks {
    private var keys: [String] = []
    private var offsets: [Int] = []

    subscript(letter: Character) -> Int? {
        get { keys.firstIndex(of: String(letter)).map { offsets[$0] } }
        set {
            let key = String(letter)
            if let i = keys.firstIndex(of: key) {
                if let newValue { offsets[i] = newValue } else {
                    keys.remove(at: i)
                    offsets.remove(at: i)
                }
            } else if let newValue {
                keys.append(key)
                offsets.append(newValue)
            }
        }
    }
}
