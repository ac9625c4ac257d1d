import SkepticCore

/// What the library view says of an analysed article: its size and how much of it speculates, is vague,
/// or claims without a source, and how much the reader has reviewed.
public struct ArticleSummary: Sendable, Equatable {
    public var title: String
    public var words: Int
    public var sentences: Int
    public var speculative: Int
    public var vague: Int
    public var unsourced: Int
    public var reviewed: Int

    public init(title: String, words: Int, sentences: Int, speculative: Int, vague: Int, unsourced: Int, reviewed: Int = 0) {
        self.title = title
        self.words = words
        self.sentences = sentences
        self.speculative = speculative
        self.vague = vague
        self.unsourced = unsourced
        self.reviewed = reviewed
    }

    /// The summary of an analysed article; `reviewed`: the entries of the reader's review of it.
    public init(_ annotated: AnnotatedDocument, reviewed: Int = 0) {
        let flags = FlagIndex(annotated.annotations)
        self.init(title: annotated.document.title, words: Self.words(annotated.document.text),
                  sentences: annotated.annotations.sentences.count, speculative: flags.hedged.count,
                  vague: flags.vague.count, unsourced: flags.unsourced.count, reviewed: reviewed)
    }

    /// The share of sentences that speculate, and that are vague (0 for an article without sentences).
    public var speculativeShare: Double { sentences > 0 ? Double(speculative) / Double(sentences) : 0 }
    public var vagueShare: Double { sentences > 0 ? Double(vague) / Double(sentences) : 0 }

    /// Runs of bytes between spaces and line ends.
    static func words(_ text: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for b in text {
            let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}

/// One article of the library: where it comes from, what is known of it so far.
public struct LibraryEntry: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// Not read yet (a feed's item is fetched when opened, or when all are asked for).
        case waiting
        case analysing
        case ready
        case failed(String)
    }

    /// The file's path or the page's address.
    public var source: String
    /// The title known before the article is read (a feed item's, else the file's name).
    public var title: String
    /// The site: a page's host, a feed item's source, a file's folder.
    public var site: String
    /// A feed item's date as the feed gives it.
    public var date: String?
    public var summary: ArticleSummary?
    public var status: Status
    /// The title is the feed's for its item, and stays; a file's name gives way to the article's title.
    public var keepsTitle = false
    /// Opened before (in this session or an earlier one).
    public var isRead = false

    public init(source: String, title: String, site: String, date: String? = nil, summary: ArticleSummary? = nil, status: Status = .waiting,
                keepsTitle: Bool = false) {
        self.keepsTitle = keepsTitle
        self.source = source
        self.title = title
        self.site = site
        self.date = date
        self.summary = summary
        self.status = status
    }

    /// The title shown: the article's own once analysed.
    public var shownTitle: String {
        guard !keepsTitle, let summary, !summary.title.isEmpty else { return title }
        return summary.title
    }
}

/// The library's order: by a column, the most first for numbers (most speculative first), A–Z for text.
public enum LibrarySort: String, Sendable, CaseIterable {
    case opened = "as opened"
    case speculative, vague, unsourced, words, reviewed, title, site

    var next: LibrarySort { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }

    /// The entries' indexes in this order; entries not analysed yet come after the others, as opened.
    func order(_ entries: [LibraryEntry]) -> [Int] {
        func number(_ e: LibraryEntry) -> Double? {
            guard let s = e.summary else { return nil }
            switch self {
            case .speculative: return s.speculativeShare
            case .vague: return s.vagueShare
            case .unsourced: return Double(s.unsourced)
            case .words: return Double(s.words)
            case .reviewed: return Double(s.reviewed)
            case .opened, .title, .site: return nil
            }
        }
        return entries.indices.sorted { a, b in
            switch self {
            case .opened: return a < b
            case .title, .site:
                let x = self == .title ? entries[a].shownTitle : entries[a].site
                let y = self == .title ? entries[b].shownTitle : entries[b].site
                let (lx, ly) = (x.lowercased(), y.lowercased())
                return lx == ly ? a < b : lx < ly
            default:
                switch (number(entries[a]), number(entries[b])) {
                case let (x?, y?): return x == y ? a < b : x > y
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a < b
                }
            }
        }
    }
}

/// The library view's own state: open or not, the entries as the run loop last gave them, their order and
/// the cursor (a row of the sorted list).
public struct LibraryState: Sendable {
    public internal(set) var isOpen = false
    public internal(set) var entries: [LibraryEntry] = []
    public internal(set) var sort = LibrarySort.opened
    public internal(set) var order: [Int] = []
    public internal(set) var list = ListCursor()
    /// The feed's title when the library is a feed's items.
    public internal(set) var feedTitle: String?

    /// Some article is being read and analysed in the background.
    public var isBeingRead: Bool { entries.contains { $0.status == .analysing } }

    /// Analysed so far, of those being or to be analysed.
    public var progress: (done: Int, total: Int) {
        let done = entries.filter { if case .ready = $0.status { return true }; if case .failed = $0.status { return true }; return false }.count
        return (done, entries.count)
    }
}

extension AppState {
    /// Rows of the library's list: the pane's height less the title and column lines.
    var libraryHeight: Int { max(1, pageHeight - 2) }

    /// The run loop's news of the library (entries analysed, failed): the cursor stays on its entry.
    public mutating func setLibrary(_ entries: [LibraryEntry], feedTitle: String? = nil) {
        let selected: Int? = library.order.isEmpty ? nil : library.order[Swift.min(library.list.cursor, library.order.count - 1)]
        library.entries = entries
        if let feedTitle { library.feedTitle = feedTitle }
        library.order = library.sort.order(entries)
        var row = library.list.cursor
        if let selected, let kept = library.order.firstIndex(of: selected) { row = kept }
        library.list.set(row, count: entries.count, height: libraryHeight)
    }

    /// Opens the library view (the run loop does so at once for a feed).
    public mutating func openLibrary() {
        guard library.entries.count > 0 else { return }
        library.isOpen = true
        let current = settings.article.index
        if let row = library.order.firstIndex(of: current) { library.list.set(row, count: library.entries.count, height: libraryHeight) }
    }

    mutating func libraryAction(_ action: Action) -> Outcome {
        let count = library.entries.count
        switch action {
        case .library:
            guard count > 1 || library.feedTitle != nil else {
                message = "One article only: the library lists the articles opened together (skeptic a.md b.html, or a feed)"
                return .redraw
            }
            openLibrary()
        case .libraryDown: library.list.set(library.list.cursor + 1, count: count, height: libraryHeight)
        case .libraryUp: library.list.set(library.list.cursor - 1, count: count, height: libraryHeight)
        case .libraryPageDown: library.list.set(library.list.cursor + libraryHeight, count: count, height: libraryHeight)
        case .libraryPageUp: library.list.set(library.list.cursor - libraryHeight, count: count, height: libraryHeight)
        case .librarySort:
            library.sort = library.sort.next
            let selected = library.order[library.list.cursor]
            library.order = library.sort.order(library.entries)
            library.list.set(library.order.firstIndex(of: selected) ?? 0, count: count, height: libraryHeight)
            message = "sorted by " + library.sort.rawValue
        case .libraryAnalyseAll:
            return .analyseLibrary
        case .libraryOpen:
            guard library.list.cursor < library.order.count else { return .redraw }
            let index = library.order[library.list.cursor]
            library.isOpen = false
            if index == settings.article.index { return .redraw }
            return .openArticle(index)
        case .libraryClose:
            library.isOpen = false
        default: break
        }
        return .redraw
    }
}
