import SkepticCore

/// The line typed at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case searchForward, searchBackward, goTo, treeFilter, note, exportFile
        /// The export file's name again, when a file of that name is there.
        case exportReplace
        /// A link's number (`o`).
        case followLink
    }

    public var kind: Kind
    public var text = ""
    /// Searches: a regular expression rather than plain text (Ctrl-R toggles).
    public var isRegex = false
    /// Where ↑/↓ are in the history (nil: the line being typed).
    var historyIndex: Int?
    /// What was typed before ↑ was first pressed.
    var draft = ""
    /// The top line when the prompt opened (Esc returns there).
    var origin: LinePosition
    /// The keys that answer a question the prompt asks, named as the key map has them ("Enter replaces it, Esc
    /// keeps it").
    var answers = ""

    /// What the prompt shows before the text.
    public var lead: String {
        switch kind {
        case .searchForward: return isRegex ? "regex /" : "/"
        case .searchBackward: return isRegex ? "regex ?" : "?"
        case .goTo: return ":"
        case .treeFilter: return "filter headings: "
        case .note: return "note: "
        case .exportFile: return "export review to: "
        case .exportReplace: return "exists — \(answers): "
        case .followLink: return "follow link: "
        }
    }
}

/// A search and where the reader is among its hits.
public struct SearchState: Sendable {
    public var query: SearchQuery
    public var result: SearchResult
    /// The hit shown last (`n`/`N` move from it), if any.
    public var current: Int?
    /// `/` searches forward, `?` backward; `n` repeats the direction, `N` reverses it.
    public var forward: Bool
}

/// A user's highlight rule: a pattern (plain text, smart case) and the role its hits are drawn with.
public struct WatchRule: Sendable, Equatable {
    public var pattern: String
    public var role: Role

    public init(pattern: String, role: Role) {
        self.pattern = pattern
        self.role = role
    }
}

extension AppState {
    // MARK: - Prompt

    mutating func startPrompt(_ kind: Prompt.Kind) {
        if kind == .treeFilter && !treeShown { return }
        prompt = Prompt(kind: kind, isRegex: search?.query.isRegex ?? false, origin: top)
        if kind == .treeFilter { prompt?.text = tree.filter ?? "" }
    }

    /// Keys while a prompt is open: the prompt's keys in the key table act (Enter commits, Esc cancels and
    /// returns to where the reader was, ↑/↓ recall earlier searches…); the others type.
    mutating func handlePromptKey(_ key: Key) -> Outcome {
        guard var p = prompt else { return .none }
        let isSearch = p.kind == .searchForward || p.kind == .searchBackward
        switch keys.action(for: key, only: .prompt) {
        case .promptCancel?:
            return cancelPrompt(p)
        case .promptAccept?:
            prompt = nil
            if p.kind == .note { return saveNote(p.text) }
            if p.kind == .exportFile || p.kind == .exportReplace { return exportReview(to: p.text) }
            if p.kind == .followLink { return followLink(p.text) }
            if p.kind == .goTo, let step = ["n": 1, "p": -1][p.text.trimmingSpaces] { return openArticle(by: step) }
            if p.kind == .goTo, ["library", "ls"].contains(p.text.trimmingSpaces) { return libraryAction(.library) }
            if p.kind == .goTo, p.text.trimmingSpaces == "history" { return .listHistory }
            commit(p)
            syncTreeAfterPrompt()
            return .redraw
        case .promptDeleteBack?:
            // Backspace on an empty prompt closes it, as in less.
            if p.text.isEmpty { return cancelPrompt(p) }
            p.text.removeLast()
        case .promptClear?:
            p.text = ""
        case .promptRegex? where isSearch:
            p.isRegex.toggle()
        case .promptEarlier? where isSearch:
            guard !searchHistory.isEmpty else { return .none }
            if p.historyIndex == nil { p.draft = p.text }
            let index = max(0, (p.historyIndex ?? searchHistory.count) - 1)
            p.historyIndex = index
            p.text = searchHistory[index]
        case .promptLater? where isSearch:
            guard let index = p.historyIndex else { return .none }
            if index + 1 < searchHistory.count {
                p.historyIndex = index + 1
                p.text = searchHistory[index + 1]
            } else {
                p.historyIndex = nil
                p.text = p.draft
            }
        case .some:
            return .none
        case nil:
            switch key {
            case .char(let c): p.text.append(c)
            case .tab: p.text.append(" ")
            case .resize: return .redraw
            default: return .none
            }
        }
        prompt = p
        switch p.kind {
        case .searchForward, .searchBackward: incrementalSearch(p)
        case .treeFilter:
            tree.filter = p.text.isEmpty ? nil : p.text
            if let first = visibleSections().first(where: { $0 != 0 }) { tree.cursor = first }
        case .goTo, .note, .exportFile, .exportReplace, .followLink: break
        }
        return .redraw
    }

    /// Closes a prompt without doing what it asks: a search returns to where it started, a filter clears.
    private mutating func cancelPrompt(_ p: Prompt) -> Outcome {
        prompt = nil
        switch p.kind {
        case .searchForward, .searchBackward:
            place(p.origin)
            search = nil
            refreshDecorations()
        case .treeFilter:
            tree.filter = nil
            tree.cursor = visibleCurrentSection()
        case .goTo, .note, .followLink:
            break
        case .exportFile, .exportReplace:
            exportReplace = nil
            message = "review not exported"
        }
        syncTreeAfterPrompt()
        return .redraw
    }

    private mutating func syncTreeAfterPrompt() {
        if focus == .tree {
            let visible = visibleSections()
            if !visible.contains(tree.cursor) { tree.cursor = visible.first ?? 0 }
        }
        syncTree()
    }

    private mutating func commit(_ p: Prompt) {
        switch p.kind {
        case .searchForward, .searchBackward:
            guard !p.text.isEmpty else {
                // An empty search repeats the last one, as in less and vim.
                if let last = searchHistory.last {
                    var again = p
                    again.text = last
                    incrementalSearch(again)
                    if search != nil { rememberJump(from: p.origin) }
                }
                return
            }
            searchHistory.removeAll { $0 == p.text }
            searchHistory.append(p.text)
            if searchHistory.count > 100 { searchHistory.removeFirst(searchHistory.count - 100) }
            if search != nil { rememberJump(from: p.origin) }
            if search?.result.isEmpty == true, search?.result.error == nil { message = "Pattern not found: " + p.text }
        case .goTo:
            goTo(p.text)
        case .note, .exportFile, .exportReplace, .followLink:
            break
        case .treeFilter:
            tree.filter = p.text.isEmpty ? nil : p.text
            // Enter jumps to the heading under the cursor (the first match) and clears the filter.
            let target = tree.cursor
            tree.filter = nil
            if target != 0 || document.sections[0].headingBlock != nil {
                let section = document.sections[target]
                jump(to: LinePosition(block: section.headingBlock ?? section.firstBlock, line: 0))
                focus = .text
            }
        }
    }

    // MARK: - Search

    /// Runs the search typed so far from where the prompt opened and shows the first hit that way.
    private mutating func incrementalSearch(_ p: Prompt) {
        guard !p.text.isEmpty else {
            search = nil
            place(p.origin)
            refreshDecorations()
            return
        }
        let query = SearchQuery(p.text, isRegex: p.isRegex)
        let result = Searcher.search(query, in: document)
        let forward = p.kind == .searchForward
        search = SearchState(query: query, result: result, current: nil, forward: forward)
        if let error = result.error {
            message = error
            place(p.origin)
        } else if result.isEmpty {
            message = "Pattern not found"
            place(p.origin)
        } else {
            let origin = layout.line(at: p.origin)?.offset ?? 0
            showHit(from: origin, forward: forward, includeOrigin: true)
        }
        refreshDecorations()
    }

    /// `n` and `N`: the next hit after the top line (or before it), wrapping at the ends with a note.
    mutating func moveToHit(forward: Bool) {
        guard let s = search, !s.result.isEmpty else {
            message = search == nil ? "No search yet: press \(keys.name(.searchForward)) to search" : "Pattern not found"
            return
        }
        rememberJump(from: top)
        let from = s.current.map { Int(s.result.starts[$0]) } ?? topOffset
        showHit(from: from, forward: forward, includeOrigin: false)
        refreshDecorations()
    }

    private mutating func showHit(from offset: Int, forward: Bool, includeOrigin: Bool) {
        guard var s = search else { return }
        let hits = s.result
        var index: Int
        var wrapped = false
        if forward {
            index = includeOrigin ? hits.firstIndex(atOrAfter: offset) : hits.firstIndex(atOrAfter: offset + 1)
            if index >= hits.count { index = 0; wrapped = true }
        } else {
            index = hits.firstIndex(atOrAfter: includeOrigin ? offset + 1 : offset) - 1
            if index < 0 { index = hits.count - 1; wrapped = true }
        }
        s.current = index
        search = s
        let range = hits.range(index)
        let block = blockIndex(containing: range.lowerBound)
        let line = layout.position(containing: range.lowerBound, near: block)
        // The hit's line goes a few lines below the top, so that what leads up to it shows too.
        place(layout.move(line, by: -min(3, pageHeight / 4)))
        if wrapped { message = forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM" }
    }

    /// "hit 3/17" for the status line.
    public var searchStatus: String? {
        guard let s = search, prompt == nil || s.result.count > 0 else { return nil }
        if s.result.error != nil { return nil }
        let total = s.result.truncated ? "\(s.result.count)+" : "\(s.result.count)"
        guard let current = s.current else { return "\(total) hits" }
        return "hit \(current + 1)/\(total)"
    }

    /// The statements whose flags the reader confirmed (or dismissed), in document order.
    func sentences(withVerdict verdict: ReviewEntry.Verdict) -> [Range<Int>] {
        review.entries.indices.compactMap { k -> Range<Int>? in
            guard review.entries[k].verdict == verdict, k < review.placed.count, let s = review.placed[k],
                  s < annotations.sentences.count else { return nil }
            return annotations.sentences[s].range
        }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Where the statements the reader wrote a note on start (byte offsets), for their mark in the margin.
    public var notedSentenceStarts: [Int] {
        review.entries.indices.compactMap { k -> Int? in
            guard !(review.entries[k].note ?? "").isEmpty, k < review.placed.count, let s = review.placed[k],
                  s < annotations.sentences.count else { return nil }
            return annotations.sentences[s].range.lowerBound
        }
    }

    /// Whether a statement said before starts in `range` of the text: nil if none, else whether the first
    /// such is a restatement (not a repeat). A binary search: the pane asks for each line of each frame.
    public func repeatStarting(in range: Range<Int>) -> Bool? {
        let sentences = annotations.sentences
        guard !annotations.sentenceRepeats.isEmpty else { return nil }
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < sentences.count && sentences[i].range.lowerBound < range.upperBound {
            if let (_, restated) = annotations.repeatOf(sentence: i) { return restated }
            i += 1
        }
        return nil
    }

    /// Lays out again with the search hits, watch rules and confirmed statements drawn in.
    mutating func refreshDecorations() {
        var hits: [(SearchResult, Role)] = watchHits
        if let s = search, !s.result.isEmpty { hits.append((s.result, .searchHit)) }
        let current = search.flatMap { s in s.current.map { s.result.range($0) } }
        let selection = selectedSentence.flatMap { $0 < annotations.sentences.count ? annotations.sentences[$0].range : nil }
        layout = layout.relaid(decorations: Decorations(hits: hits, current: current, selection: selection,
                                                        confirmed: sentences(withVerdict: .confirmed),
                                                        dismissed: sentences(withVerdict: .dismissed)))
    }

    /// Finds the hits of the user's highlight rules in the document (at load and when it is replaced).
    public mutating func setWatchRules(_ rules: [WatchRule]) {
        watchRules = rules
        rehighlightWatches()
    }

    mutating func rehighlightWatches() {
        watchHits = watchRules.compactMap { rule in
            let result = Searcher.search(SearchQuery(rule.pattern), in: document)
            return result.isEmpty ? nil : (result, rule.role)
        }
        refreshDecorations()
    }

    /// The block whose range holds `offset` (blocks are in text order).
    func blockIndex(containing offset: Int) -> Int {
        guard !document.blocks.isEmpty else { return 0 }
        var lo = 0, hi = document.blocks.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if document.blocks[mid].range.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // MARK: - Go to

    /// `:n` and `:p`: the next or previous article of the command line, as in less.
    mutating func openArticle(by step: Int) -> Outcome {
        let (index, count) = settings.article
        let target = index + step
        guard count > 1 else {
            message = "One article only (open several: skeptic a.md b.html)"
            return .redraw
        }
        guard target >= 0 && target < count else {
            message = step > 0 ? "This is the last article (\(count) of \(count))" : "This is the first article (1 of \(count))"
            return .redraw
        }
        return .openArticle(target)
    }

    /// `:` — a source line ("120"), a percentage ("50%"), a heading by its number in the tree ("#3"); `:n` and
    /// `:p` are handled before (another article).
    mutating func goTo(_ input: String) {
        let text = input.trimmingSpaces
        guard !document.isEmpty, !text.isEmpty else { return }
        if text.hasSuffix("%"), let p = Int(text.dropLast()), (0...100).contains(p) {
            let offset = document.text.count * p / 100
            jump(to: p == 100 ? max(layout.lastTop(height: pageHeight), layout.start)
                 : layout.position(containing: offset, near: blockIndex(containing: offset)))
        } else if text.hasPrefix("#") || text.hasPrefix("§"), let n = Int(text.dropFirst()) {
            let headings = document.sections.filter { $0.headingBlock != nil && $0.level > 0 }
            guard n >= 1, n <= headings.count else {
                message = "No heading #\(n): the tree has \(headings.count)"
                return
            }
            jump(to: LinePosition(block: headings[n - 1].headingBlock!, line: 0))
        } else if let line = Int(text), line >= 1 {
            // The last block that starts on or before the line.
            let block = document.blocks.lastIndex { $0.line <= line } ?? 0
            jump(to: LinePosition(block: block, line: 0))
        } else {
            message = "Not a line, a percentage or a heading: \(text) (try 120, 50% or #3)"
        }
    }

    /// Opens at a source line (`+LINE`).
    public mutating func open(atLine line: Int) { goTo(String(line)); jumps.beforeJump = nil }

    /// Opens at the first heading whose title contains `text` (`--section`); false when there is none.
    public mutating func open(atSection text: String) -> Bool {
        let needle = text.lowercased()
        guard let section = document.sections.first(where: { $0.headingBlock != nil && $0.title.lowercased().contains(needle) }),
              let block = section.headingBlock else { return false }
        place(LinePosition(block: block, line: 0))
        syncTree()
        return true
    }

    /// Opens at a byte offset (a resumed reading position).
    public mutating func open(atOffset offset: Int) {
        guard !document.isEmpty else { return }
        place(layout.position(containing: min(offset, document.text.count), near: blockIndex(containing: offset)))
        syncTree()
    }

    /// The byte offset of the top line (what is saved to resume).
    public var readingOffset: Int { topOffset }

    // MARK: - Marks

    /// Records where a jump leaves from (`jump(to:)` calls it; a search, which moves as it is typed, records
    /// where its prompt opened).
    mutating func rememberJump(from position: LinePosition) {
        jumps.beforeJump = layout.line(at: position)?.offset
    }

    mutating func handleMarkKey(_ key: Key, _ pending: Action) -> Outcome {
        guard case .char(let c) = key else {
            message = nil
            return .redraw
        }
        if pending == .setMark {
            guard c.isLetter else {
                message = "Marks are letters"
                return .redraw
            }
            jumps.marks[c] = topOffset
            message = "mark \(c) set"
            return .redraw
        }
        let target: Int?
        if c == "'" {
            target = jumps.beforeJump ?? 0
        } else {
            target = jumps.marks[c]
        }
        guard let offset = target else {
            message = "mark \(c) is not set"
            return .redraw
        }
        jump(to: layout.position(containing: offset, near: blockIndex(containing: offset)))
        syncTree()
        return .redraw
    }

    // MARK: - Mouse

    mutating func handleMouse(_ event: MouseEvent) -> Outcome {
        let inTree = treeShown && event.column < treeWidth
        switch event.kind {
        case .wheelUp, .wheelDown:
            let step = event.kind == .wheelUp ? -3 : 3
            if inTree {
                let visible = visibleSections().count
                tree.scroll = max(0, min(tree.scroll + step, max(0, visible - pageHeight)))
                return .redraw
            }
            return apply(step < 0 ? .lineUp : .lineDown, times: 3)
        case .click:
            guard event.row < pageHeight else { return .none }
            if inTree {
                let visible = visibleSections()
                let index = tree.scroll + event.row
                guard index < visible.count else { return .none }
                let section = document.sections[visible[index]]
                jump(to: LinePosition(block: section.headingBlock ?? section.firstBlock, line: 0))
                tree.cursor = section.id
                syncTree()
                return .redraw
            }
            selectSentence(row: event.row, column: event.column - paneColumn - textMargin)
            return .redraw
        }
    }

    private mutating func apply(_ action: Action, times: Int) -> Outcome {
        var outcome = Outcome.none
        for _ in 0..<times { outcome = apply(action) }
        return outcome
    }

    /// Selects the sentence under a click in the text and says what it is on the status line.
    private mutating func selectSentence(row: Int, column: Int) {
        var p = top
        for _ in 0..<row { p = layout.move(p, by: 1) }
        guard let line = layout.line(at: p) else { return }
        let next = layout.line(at: layout.move(p, by: 1))
        let end = next.map { $0.offset > line.offset ? $0.offset : line.offset + 1 } ?? document.text.count
        // Where on the line: in proportion to the column (the line's text is its bytes, roughly).
        let fraction = line.width > 0 ? Double(max(0, min(column, line.width))) / Double(line.width) : 0
        let offset = line.offset + Int(Double(end - line.offset) * fraction)
        let block = blockIndex(containing: line.offset)
        guard block < annotations.blockSentences.count else { return }
        let sentences = annotations.blockSentences[block]
        guard let index = sentences.first(where: { annotations.sentences[$0].range.contains(offset) })
                ?? sentences.last(where: { annotations.sentences[$0].range.lowerBound <= offset }) else {
            message = "no sentence here"
            // A click elsewhere selects nothing.
            selectedSentence = nil
            lastFlagSentence = nil
            refreshDecorations()
            return
        }
        // A click replaces the statement a jump went to.
        selectedSentence = index
        lastFlagSentence = nil
        let s = annotations.sentences[index]
        var parts: [String] = []
        // "speculative: expects (belief) · vague: about (approximator)": each label with its cues.
        for (label, name) in [(Label.hedged, "speculative"), (Label.vague, "vague")] where s.labels.contains(LabelSet(label)) {
            let cues = annotations.cues[s.cues].filter { $0.category.label == label }
                .map { Sanitiser.singleLine(document.string($0.range)) + " (" + $0.category.rawValue + ")" }
            parts.append(name + (cues.isEmpty ? "" : ": " + cues.joined(separator: ", ")))
        }
        if s.labels.contains(.claim) { parts.append(annotations.source(ofSentence: index) == nil ? "claim, unsourced" : "claim") }
        if s.labels.contains(.quote) {
            if let q = annotations.quotes.first(where: { $0.block == s.block && $0.words.overlaps(s.range) })
                ?? annotations.quotes.first(where: { $0.block == s.block }), let speaker = q.speaker {
                parts.append("quote: " + Sanitiser.singleLine(speaker))
            } else {
                parts.append("quote")
            }
        }
        // "source: Janet Yellen, quoted": what the sentence rests on.
        if let k = annotations.source(ofSentence: index), k < annotations.sources.count {
            let source = annotations.sources[k]
            parts.append("source: " + Sanitiser.singleLine(source.who) + ", " + Self.kindName(source))
        }
        // "restates line 5": said before.
        if let (first, restated) = annotations.repeatOf(sentence: index) {
            parts.append((restated ? "restates" : "repeats") + " line \(document.blocks[annotations.sentences[first].block].line)")
        }
        if s.labels.contains(.noise) { parts.append("noise") }
        if let k = review.entry(forSentence: index) {
            let entry = review.entries[k]
            if let verdict = entry.verdict { parts.append(verdict.rawValue) }
            if let own = entry.ownFlag { parts.append("your flag: " + own.rawValue) }
            if let note = entry.note, !note.isEmpty { parts.append("note: " + Sanitiser.singleLine(note)) }
        }
        message = "sentence \(index + 1): " + (parts.isEmpty ? "no label" : parts.joined(separator: " · "))
        // The URLs of the sentence's links, by their markers ("[3]").
        let urls = document.inlines.filter { $0.kind == .linkMarker && s.range.overlaps($0.range) }.compactMap { style -> String? in
            let marker = document.string(style.range).filter(\.isNumber)
            guard let n = Int(marker), n >= 1, n <= document.links.count else { return nil }
            return "[\(n)] " + document.links[n - 1]
        }
        if !urls.isEmpty { message! += " · " + urls.joined(separator: " ") }
        refreshDecorations()
    }

    // MARK: - Links

    /// `o`: the prompt for a link's number.
    mutating func openLinkPrompt() -> Outcome {
        guard !document.links.isEmpty else {
            message = "This article has no links"
            return .redraw
        }
        prompt = Prompt(kind: .followLink, origin: top)
        message = "a number from 1 to \(document.links.count), then Enter"
        return .redraw
    }

    /// Enter in the link prompt: a link within the article (`#fragment`) jumps to its heading; any other
    /// goes to the run loop to open.
    mutating func followLink(_ text: String) -> Outcome {
        guard let n = Int(text.trimmingSpaces), n >= 1, n <= document.links.count else {
            message = "No link \(Sanitiser.singleLine(text)): this article has \(document.links.count) (1–\(document.links.count))"
            return .redraw
        }
        let link = document.links[n - 1]
        if let fragment = Self.fragment(of: link, in: document.name) {
            jumpToFragment(fragment)
            return .redraw
        }
        message = "following [\(n)] " + Sanitiser.singleLine(link)
        return .followLink(link)
    }

    /// The fragment of a link that points within this article ("#methods", or this page's address with one).
    static func fragment(of link: String, in name: String) -> String? {
        guard let hash = link.firstIndex(of: "#") else { return nil }
        let base = link[..<hash]
        let page = name.firstIndex(of: "#").map { name[..<$0] } ?? name[...]
        // The page itself, or (for a file) its own name beside it ("notes.md#methods" in notes.md).
        guard base.isEmpty || base == page || (!base.contains("/") && !base.contains(":") && page.hasSuffix("/" + base)) else { return nil }
        return String(link[link.index(after: hash)...])
    }

    /// Jumps to the heading a fragment names: its words as an anchor ("why-monitor" for "Why Monitor?", as
    /// Markdown renderers make them), else the first heading that contains them.
    mutating func jumpToFragment(_ fragment: String) {
        let wanted = Self.anchor(fragment.removingPercentEscapes)
        let headings = document.sections.filter { $0.headingBlock != nil }
        guard !wanted.isEmpty, let section = headings.first(where: { Self.anchor($0.title) == wanted })
                ?? headings.first(where: { Self.anchor($0.title).contains(wanted) }),
              let block = section.headingBlock else {
            message = "No heading for #\(Sanitiser.singleLine(fragment)) in this article"
            return
        }
        jump(to: LinePosition(block: block, line: 0))
        message = "#" + Sanitiser.singleLine(fragment)
    }

    /// A heading's anchor (`HeadingAnchor`).
    static func anchor(_ text: String) -> String { HeadingAnchor.of(text) }
}
