import SkepticCore
import SkepticTerminal
import SkepticUI
import SkepticReview
#if canImport(Glibc)
import Glibc
#endif

/// The interactive reader's run loop: keys to state, state to grid, grid to terminal.
enum Reader {
    /// Articles up to this size are analysed right after the first screen (a few milliseconds); bigger
    /// ones on another thread.
    static let analyseAtOnceLimit = 1 << 20

    /// Runs until the user quits or a signal asks to stop; returns the exit status.
    /// `loading`, when given, brings the whole article while `document` (its opening) is shown.
    /// Where to open and what to remember: `+LINE`, `--section`, the saved position and search history.
    struct Start {
        var line: Int?
        var section: String?
        var state: ReadingState?
        /// The file and its content key, when its position is resumed and saved.
        var path: String?
        var key: String?
        /// Where the reader's review of the article is kept, when it is a file.
        var review: ReviewPlace?
        /// A fetched page: the review database, its identity (the final address) known once the page has come;
        /// whether its saved position is returned to.
        var pageDatabase: String?
        var pageResume = true
        /// Which of the command line's articles this is, and how many there are.
        var article: (index: Int, count: Int) = (0, 1)
        /// Reached by a followed link (or `:n`): `B` returns.
        var canGoBack = false
        /// Reached by `B`: `F` goes forward again.
        var canGoForward = false
        /// The database the history and library are kept in, and what this article is known by there (a
        /// file's real path, a feed's address; a page's is its final address, known when it has come).
        var database: String?
        var visitSource: String?
        /// Said on the status line when the article opens (why the last link led back here).
        var notice: String?
        /// Where to reopen an article returned to along the trail (over the saved position).
        var offset: Int?
        /// The library of the articles opened together (or a feed's items); open it at once (a feed's list).
        var library: LibraryLoad?
        var openLibrary = false
        /// The library's version last shown.
        var libraryVersion = -1
    }

    /// The review database and the article's identity in it.
    struct ReviewPlace {
        let database: String
        let identity: String
        let contentHash: String?
    }

    /// The open review database and the article's identity in it; or, when the database was refused
    /// (damaged, from a newer Skeptic), why — said again when a change cannot be kept.
    struct OpenReview {
        let store: ReviewStore?
        let identity: String
        let contentHash: String?
        var refusal: String? = nil
    }

    static func run(document: Document, loading: BackgroundLoad?, settings: Settings, colour: Bool, start: Start) throws(TerminalError) -> Invocation.Ending {
        var start = start
        // The first frame goes out before curses starts (curses' set-up would about double the time to it);
        // curses repaints the same cells in its first update.
        let first = FirstFrame()
        var loading = loading
        // A big article is shown at once and analysed on another thread (the highlights follow).
        let analyseNow = loading != nil || document.text.count <= Reader.analyseAtOnceLimit
        if !analyseNow { loading = BackgroundLoad(analysing: document) }
        var pending = Placement(start: start)
        var state = openingState(document, size: first?.size ?? (columns: 80, rows: 24), settings: settings,
                                 placement: &pending, complete: loading == nil, article: start.article, canGoBack: start.canGoBack,
                                 canGoForward: start.canGoForward)
        if let notice = start.notice { state.show(message: notice) }
        first?.paint(Screen.render(state), theme: settings.theme, colour: colour)
        // Anything that could not be saved is said once the screen is left (defers run last to first).
        var unsaved: [ReadingState.SaveError] = []
        defer { for problem in unsaved { Output.standardError(Sanitiser.visible(problem.message) + "\n") } }
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: settings.theme, colour: colour)
        } catch {
            first?.undo()
            throw error
        }
        defer { terminal.close() }
        terminal.enableMouse(settings.config.mouse)
        // OSC 8 is no colour (NO_COLOR leaves it on); the Linux console would show it as text.
        terminal.hyperlinks = settings.config.hyperlinks && ProcessEnvironment.variables(["TERM"])["TERM"] != "linux"
        if terminal.size != (first?.size ?? (columns: 80, rows: 24)) {
            state.resize(columns: terminal.size.columns, rows: terminal.size.rows)
        }
        terminal.draw(Screen.render(state))
        if let library = start.library {
            let now = library.snapshot
            state.setLibrary(now.entries, feedTitle: library.feedTitle)
            if start.openLibrary { state.openLibrary() }
            start.libraryVersion = now.version
        }
        if analyseNow {
            let annotated = Pipeline.standard.run(document)
            state.replaceDocument(annotated)
            // The whole article (not an opening, nor the page being fetched).
            if loading == nil { finished(annotated, start) }
            if loading != nil { state.markLoading() }
            state.setWatchRules(settings.config.watch)
            terminal.draw(Screen.render(state))
        }
        state.searchHistory = start.state?.searchHistory() ?? []
        let review = start.review.map { openReview($0, &state) }
        terminal.draw(Screen.render(state))
        defer { unsaved = remember(state, start) }
        return loop(&state, terminal, settings, loading: loading, placement: &pending, review: review, start: &start)
    }

    /// The state of the first frame: the text at once, its highlights a few milliseconds later (the
    /// analysis and its lexicons' set-up would otherwise delay the first screen); the settings applied;
    /// the place to open at (+LINE, --section, else where the reader left off; a place beyond the opening
    /// of a big file is reached when the whole file is there); a config error on the status line.
    static func openingState(_ document: Document, size: (columns: Int, rows: Int), settings: Settings,
                             placement: inout Placement, complete: Bool, article: (index: Int, count: Int),
                             canGoBack: Bool = false, canGoForward: Bool = false) -> AppState {
        var state = AppState(annotated: AnnotatedDocument(document: document, annotations: Annotations()),
                             columns: size.columns, rows: size.rows, isLoading: true)
        var readerSettings = settings.config.readerSettings
        readerSettings.article = article
        readerSettings.canGoBack = canGoBack
        readerSettings.canGoForward = canGoForward
        state.configure(readerSettings, highlights: settings.config.highlights, watch: [])
        if article.count > 1 && article.index >= 0 && settings.errors.isEmpty {
            state.show(message: "article \(article.index + 1) of \(article.count) (:n next, :p previous)")
        }
        placement.apply(to: &state, complete: complete)
        if let error = settings.errors.first {
            // The status line is short: the config file by its name (stderr is not seen under the reader).
            let short = settings.config.file.map { path in error.replacingAll(path, with: Document.displayName(ofPath: path)) } ?? error
            state.show(message: short)
        }
        return state
    }

    /// Opens the review database and applies the article's entries; a database that cannot be used is named
    /// on the status line and left as it is (the reader still works, without keeping its review).
    static func openReview(_ place: ReviewPlace, _ state: inout AppState) -> OpenReview {
        do {
            let store = try ReviewStore(path: place.database)
            state.setReview(try store.entries(identity: place.identity))
            return OpenReview(store: store, identity: place.identity, contentHash: place.contentHash)
        } catch {
            // The status line is short: the database by its file name, the reason in a few words.
            state.show(message: error.statusLine)
            return OpenReview(store: nil, identity: place.identity, contentHash: place.contentHash, refusal: error.statusLine)
        }
    }

    /// Saves the reading position (once the whole article is there) and the search history.
    static func remember(_ state: AppState, _ start: Start) -> [ReadingState.SaveError] {
        guard let s = start.state else { return [] }
        var problems: [ReadingState.SaveError] = []
        if let path = start.path, let key = start.key, !state.isLoading,
           let problem = s.save(position: state.readingOffset, path: path, key: key) { problems.append(problem) }
        // Both files fail the same way when the folder cannot be made: said once.
        if let problem = s.save(searchHistory: state.searchHistory), !problems.contains(problem) { problems.append(problem) }
        return problems
    }

    /// Keys to state, state to screen, until the user quits or a signal asks to stop; the whole article
    /// replaces its opening when it arrives.
    static func loop(_ state: inout AppState, _ terminal: Terminal, _ settings: Settings, loading: BackgroundLoad?,
                     placement pending: inout Placement, review: OpenReview?, start: inout Start) -> Invocation.Ending {
        var loading = loading
        var review = review
        var started = false
        var shownProgress = -1
        if start.library != nil && loading == nil { terminal.setInputTimeout(milliseconds: 100) }
        // Wake up often while the article is still being read, to show it as soon as it is there.
        terminal.setInputTimeout(milliseconds: loading == nil ? 250 : 15)
        while true {
            if let signal = terminal.pendingStopSignal { return .status(128 + signal) }
            if let result = loading?.take() {
                let fetched = loading?.fetch?.page
                let wasFetch = loading?.fetch != nil
                loading = nil
                terminal.setInputTimeout(milliseconds: 250)
                switch result {
                case .success(let full):
                    if let feed = fetched?.feed { return .feed(feed, url: fetched!.finalURL) }
                    if wasFetch { state.clearMessage() }
                    state.replaceDocument(full)
                    if state.watchRules.isEmpty { state.setWatchRules(settings.config.watch) }
                    if let fetched { arrived(fetched, &state, &start, &pending, &review) }
                    pending.apply(to: &state, complete: true)
                    finished(full, start, identity: fetched?.finalURL)
                case .failure(let error):
                    // A page that did not come leaves nothing to read: the reader closes and says why.
                    if wasFetch { return .failed(error.message) }
                    state.show(message: "Only the opening is shown: " + error.message)
                }
                terminal.draw(Screen.render(state))
            } else if let fetch = loading?.fetch, fetch.received != shownProgress {
                shownProgress = fetch.received
                state.show(message: "fetching " + Sanitiser.singleLine(fetch.url) + " … " + Self.size(fetch.received))
                terminal.draw(Screen.render(state))
            }
            if let library = start.library, library.snapshot.version != start.libraryVersion {
                // Articles of the library analysed meanwhile.
                let now = library.snapshot
                start.libraryVersion = now.version
                state.setLibrary(now.entries)
                terminal.draw(Screen.render(state))
            }
            let pressed = terminal.readKey()
            if !started {
                // After the first wait for a key: the terminal has had a moment to show the first frame.
                started = true
                loading?.start()
                start.library?.start()
            }
            guard let key = pressed else { continue }
            var outcome = AppState.Outcome.redraw
            if key == .resize {
                state.resize(columns: terminal.size.columns, rows: terminal.size.rows)
            } else {
                outcome = carryOut(state.handle(key), &state, terminal, settings, review)
                if outcome == .quit { return .status(0) }
                if case .openArticle(let index) = outcome { return .open(index, leftAt: state.readingOffset) }
                if case .followLink(let target) = outcome { return .follow(target, leftAt: state.readingOffset) }
                if outcome == .back { return .back(leftAt: state.readingOffset) }
                if outcome == .forward { return .forward(leftAt: state.readingOffset) }
                if case .openSource(let source) = outcome { return .follow(source, leftAt: state.readingOffset) }
                if outcome == .analyseLibrary, let library = start.library {
                    library.analyseAll()
                    state.show(message: "reading and analysing all \(library.snapshot.entries.count), a few at a time")
                }
            }
            terminal.draw(Screen.render(state), force: outcome == .repaint)
        }
    }
}

/// A few of this process's environment variables.
enum ProcessEnvironment {
    static func variables(_ names: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for name in names { if let value = getenv(name) { out[name] = String(cString: value) } }
        return out
    }
}

extension Reader {
    /// The whole article is there: it joins the history, and the reader's own analysis of one of the
    /// library's articles gives the library its numbers.
    static func finished(_ annotated: AnnotatedDocument, _ start: Start, identity: String? = nil) {
        if let library = start.library, start.article.index >= 0, !start.openLibrary {
            library.record(start.article.index, annotated, identity: identity ?? start.review?.identity)
        }
        // A database that cannot be used is said on the status line by the review; the history does without.
        if let database = start.database, let source = identity ?? start.visitSource, let store = try? ReviewStore(path: database) {
            try? store.recordVisit(source: source, title: annotated.document.title)
        }
    }

    /// The history for the history view, from the database.
    static func history(_ settings: Settings) -> AppState.Message {
        guard let database = ReviewStore.defaultPath(dataHome: settings.environment.dataHome, home: settings.environment.home) else {
            return .history([], problem: "No history: no place for the database (HOME is not set)")
        }
        do {
            let visits = try ReviewStore(path: database).history()
            return .history(visits, problem: nil)
        } catch {
            return .history([], problem: error.message.replacingAll(database, with: Document.displayName(ofPath: database)))
        }
    }

    /// "340 KB", "1.2 MB": bytes as a reader reads them (decimal, as browsers' download bars).
    static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\(bytes / 1000) KB" }
        return "\(bytes / 1_000_000).\(bytes / 100_000 % 10) MB"
    }

    /// A fetched page has come: its final address becomes its identity — its review opened, its saved
    /// position returned to (and saved on quitting); a copy from the cache says so on the status line.
    static func arrived(_ page: BackgroundLoad.FetchedPage, _ state: inout AppState, _ start: inout Start,
                        _ pending: inout Placement, _ review: inout OpenReview?) {
        if let database = start.pageDatabase, review == nil {
            review = openReview(ReviewPlace(database: database, identity: page.finalURL, contentHash: page.contentKey), &state)
        }
        if start.state != nil {
            start.path = page.finalURL
            start.key = page.contentKey
            if start.pageResume, start.offset == nil, pending.done || (pending.line == nil && pending.section == nil),
               let offset = start.state?.position(path: page.finalURL, key: page.contentKey), offset > 0 {
                pending = Placement(offset: offset)
            }
        }
        // Why the trail came back here (a link that did not open) stays in sight over the page's arrival.
        let said = [start.notice, page.statusNote].compactMap { $0 }
        if !said.isEmpty { state.show(message: said.joined(separator: " · ")) }
    }

    /// `E`: the review written to a file the reader named — never over the article, never over another file
    /// without asking (`.exportExists`), atomically.
    static func export(_ state: AppState, to name: String, replace: Bool, review: OpenReview?, home: String?) -> AppState.Message {
        var path = name
        if path == "~" || path.hasPrefix("~/"), let home { path = home + path.dropFirst() }
        let existing = AtomicFile.realPath(path)
        if let existing, existing == review?.identity { return .exportFailed("that is the article itself: choose another name") }
        var st = stat()
        if stat(path, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return .exportFailed("\(Sanitiser.singleLine(name)) is a folder") }
            if !replace { return .exportExists(name) }
        }
        let source = review.map { ReviewExport.source(forIdentity: $0.identity) }
            ?? state.document.name
        let reviewed = state.review
        let text = path.lowercased().hasSuffix(".json")
            ? ReviewExport.webAnnotations(state.analysed, review: reviewed, source: source)
            : ReviewExport.markdown(state.analysed, review: reviewed, source: source)
        if let problem = AtomicFile.write(Array(text.utf8), to: path, mode: 0o644) {
            return .exportFailed("\(Sanitiser.singleLine(name)): \(problem)")
        }
        return .reviewExported(name, entries: reviewed.entries.count)
    }

    /// Carries out what the state asked for (list the themes, load one, save a review entry, edit a note,
    /// export, resolve a link) and gives it the answer, until what is left is to draw, to quit or to open
    /// another article.
    static func carryOut(_ outcome: AppState.Outcome, _ state: inout AppState, _ terminal: Terminal,
                         _ settings: Settings, _ review: OpenReview?) -> AppState.Outcome {
        var outcome = outcome
        while true {
            switch outcome {
            case .quit, .redraw, .repaint, .none, .openArticle, .back, .analyseLibrary, .forward, .openSource:
                return outcome
            case .listHistory:
                outcome = state.receive(history(settings))
            case .followLink(let link):
                switch LinkTarget.resolve(link, from: state.document.name) {
                case .success(let target): return .followLink(target)
                case .failure(let problem):
                    state.show(message: "not followed: " + Sanitiser.singleLine(problem.message))
                    return .redraw
                }
            case .editNote(let note, let sentence):
                var result: Result<String, NoteEditor.NoteError> = .failure(NoteEditor.NoteError("the note is unchanged"))
                let environment = ProcessEnvironment.variables(["VISUAL", "EDITOR", "TMPDIR"])
                terminal.runOutside { result = NoteEditor.edit(note, about: sentence, environment: environment) }
                switch result {
                case .success(let text): outcome = state.receive(.noteEdited(text, problem: nil))
                case .failure(let error): outcome = state.receive(.noteEdited(nil, problem: error.message))
                }
            case .exportReview(let path, let replace):
                outcome = state.receive(export(state, to: path, replace: replace, review: review, home: settings.environment.home))
            case .listThemes:
                outcome = state.receive(.themes(ThemeLoader.available(searchPaths: settings.themePaths), current: settings.themeName))
            case .saveReview(let entry, let index):
                guard let review, let store = review.store else {
                    outcome = state.receive(.reviewFailed(review?.refusal ?? "This article is not a file: its review is not kept"))
                    continue
                }
                do {
                    let saved = try store.save(entry, identity: review.identity, contentHash: review.contentHash,
                                                      title: state.document.title)
                    outcome = state.receive(.reviewSaved(saved, index: index))
                } catch {
                    outcome = state.receive(.reviewFailed(error.statusLine))
                }
            case .loadTheme(let name):
                do {
                    terminal.setTheme(try ThemeLoader.load(name, searchPaths: settings.themePaths))
                    outcome = .redraw
                } catch {
                    outcome = state.receive(.themeFailed(error.message))
                }
            }
        }
    }
}

/// Where the reader opens, applied once the text that holds the place is there.
struct Placement {
    var line: Int?
    var section: String?
    var offset: Int?
    var done = false

    init(start: Reader.Start) {
        line = start.line
        section = start.section
        if let back = start.offset {
            offset = back > 0 ? back : nil
        } else if line == nil, section == nil, let state = start.state, let path = start.path, let key = start.key {
            offset = state.position(path: path, key: key)
            if offset == 0 { offset = nil }  // the top: where the reader opens anyway
        }
        done = line == nil && section == nil && offset == nil
    }

    /// Moves the state to the place; `complete` says the whole article is there (else only its opening,
    /// and a place the opening does not hold waits).
    /// A saved position to return to.
    init(offset: Int) {
        self.offset = offset
    }

    mutating func apply(to state: inout AppState, complete: Bool) {
        guard !done else { return }
        if let line {
            if complete || (state.document.blocks.last?.line ?? 0) >= line {
                state.open(atLine: line)
                done = true
            }
        } else if let section {
            if state.open(atSection: section) {
                done = true
            } else if complete {
                state.show(message: "No heading contains \"\(section)\"")
                done = true
            }
        } else if let offset {
            if complete || offset < state.document.text.count {
                state.open(atOffset: offset)
                done = true
            }
        }
    }
}
