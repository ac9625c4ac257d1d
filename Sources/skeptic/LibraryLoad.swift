import Dispatch
import SkepticCore
import SkepticReview
import SkepticUI
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The library's articles, read and analysed on other threads a few at a time (polite to a feed's server)
/// while the reader shows one of them; the reader's loop polls `version` and shows what has come.
final class LibraryLoad: Sendable {
    /// How the articles are read: the limits and cache of the command line, the review database for the
    /// reviewed counts.
    struct Options: Sendable {
        var maxBytes = InputLimits.defaultMaxBytes
        var maxPageBytes = 50 << 20
        var cache = Fetcher.CacheUse()
        var from: Document.Format?
        var database: String?
        /// Articles read at once.
        var parallel = 2
    }

    private struct Shared {
        var entries: [LibraryEntry]
        var version = 0
        /// Entries handed to a worker (never twice).
        var queued: Set<Int> = []
        var started = false
    }

    private let shared: Mutex<Shared>
    private let options: Options
    private let slots: DispatchSemaphore
    /// A feed's title, when the library is a feed's items.
    let feedTitle: String?
    /// The command line's articles: its addresses are fetched (through the cache) in the background like its
    /// files are read; a feed's items wait to be opened, or for `a`.
    let fetchesPages: Bool

    init(entries: [LibraryEntry], options: Options, feedTitle: String? = nil, fetchesPages: Bool = false) {
        self.fetchesPages = fetchesPages
        shared = Mutex(Shared(entries: entries))
        self.options = options
        slots = DispatchSemaphore(value: max(1, options.parallel))
        self.feedTitle = feedTitle
    }

    /// The entries as they are now, and a number that changes whenever one does.
    var snapshot: (entries: [LibraryEntry], version: Int) { shared.withLock { ($0.entries, $0.version) } }

    /// The library of the command line's articles: named by their files (or addresses) until read.
    static func articles(_ sources: [String], options: Options) -> LibraryLoad {
        LibraryLoad(entries: sources.map { LibraryEntry(source: $0, title: Document.displayName(ofPath: $0), site: site(of: $0)) },
                    options: options, fetchesPages: true)
    }

    /// A feed's items: their titles, dates and sources from the feed, their articles read when asked for.
    static func feed(_ feed: Feed, options: Options) -> LibraryLoad {
        LibraryLoad(entries: feed.items.map { LibraryEntry(source: $0.link, title: $0.title, site: $0.source ?? site(of: $0.link), date: $0.date,
                                                           keepsTitle: true) },
                    options: options, feedTitle: feed.title)
    }

    /// A page's host; a file's folder.
    static func site(of source: String) -> String {
        if Fetcher.isURL(source) {
            let rest = source.drop { $0 != "/" }.dropFirst(2)
            return String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
        }
        let path = AtomicFile.realPath(source) ?? source
        return path.split(separator: "/").dropLast().last.map(String.init) ?? "/"
    }

    /// Reads and analyses the entries at `indexes` not read or queued yet, a few at a time.
    func analyse(_ indexes: [Int]) {
        let todo: [Int] = shared.withLock { s in
            let fresh = indexes.filter { $0 >= 0 && $0 < s.entries.count && !s.queued.contains($0) && s.entries[$0].summary == nil }
            s.queued.formUnion(fresh)
            return fresh
        }
        guard !todo.isEmpty else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            let group = DispatchGroup()
            for index in todo {
                slots.wait()
                group.enter()
                DispatchQueue.global(qos: .utility).async { [self] in
                    defer { slots.signal(); group.leave() }
                    analyseOne(index)
                }
            }
            group.wait()
        }
    }

    /// Starts on another thread: what the database keeps of the articles (their numbers, which were read),
    /// then every article not known yet, a few at a time (a feed's pages wait to be opened, or for `a`).
    func start() {
        let first = shared.withLock { s in
            defer { s.started = true }
            return !s.started
        }
        guard first else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            prefill()
            let entries = snapshot.entries
            analyse(entries.indices.filter { fetchesPages || !Fetcher.isURL(entries[$0].source) })
        }
    }

    /// What the database kept: an article's numbers (a file's only while its content is the same), its
    /// review's size, whether it was opened.
    private func prefill() {
        guard let database = options.database, access(database, F_OK) == 0, let store = try? ReviewStore(path: database) else { return }
        let keys = snapshot.entries.map { Self.key($0.source) }
        let stored = (try? store.summaries(keys)) ?? [:]
        let read = (try? store.visited(keys)) ?? []
        let reviewed = (try? store.reviewedCounts(keys)) ?? [:]
        shared.withLock { s in
            for i in s.entries.indices {
                let key = keys[i]
                s.entries[i].isRead = s.entries[i].isRead || read.contains(key)
                guard s.entries[i].summary == nil, let kept = stored[key] else { continue }
                if !Fetcher.isURL(key), kept.contentKey != ReadingState.contentKey(path: key) { continue }
                s.entries[i].summary = ArticleSummary(kept.counts, reviewed: reviewed[key] ?? 0)
                s.entries[i].status = .ready
            }
            s.version += 1
        }
    }

    /// What an article is known by in the database: a page's address, a file's real path.
    static func key(_ source: String) -> String {
        Fetcher.isURL(source) ? source : AtomicFile.realPath(source) ?? source
    }

    /// Keeps an article's numbers in the database.
    private func keep(_ summary: ArticleSummary, source: String) {
        guard let database = options.database, let store = try? ReviewStore(path: database) else { return }
        let key = Self.key(source)
        let contentKey = Fetcher.isURL(key) ? nil : ReadingState.contentKey(path: key)
        try? store.saveSummary(ReviewStore.StoredSummary(contentKey: contentKey, summary.counts), source: key)
    }

    /// The article at `index` is being opened.
    func markRead(_ index: Int) {
        update(index) { $0.isRead = true }
    }

    func analyseAll() { analyse(Array(snapshot.entries.indices)) }

    /// The reader has analysed an article itself: its numbers join the library.
    func record(_ index: Int, _ annotated: AnnotatedDocument, identity: String?) {
        let summary = ArticleSummary(annotated, reviewed: reviewed(identity))
        update(index) { $0.summary = summary; $0.status = .ready }
        if let source = shared.withLock({ index < $0.entries.count ? $0.entries[index].source : nil }) { keep(summary, source: source) }
    }

    private func update(_ index: Int, _ change: (inout LibraryEntry) -> Void) {
        shared.withLock { s in
            guard index < s.entries.count else { return }
            change(&s.entries[index])
            s.version += 1
        }
    }

    private func analyseOne(_ index: Int) {
        guard let source = shared.withLock({ index < $0.entries.count ? $0.entries[index].source : nil }) else { return }
        update(index) { $0.status = .analysing }
        do {
            let identity: String?
            let document: Document
            if Fetcher.isURL(source) {
                let page = try Fetcher.fetch(source, maxBytes: options.maxPageBytes, cache: options.cache)
                document = try Invocation.load(page, from: options.from, force: false)
                identity = page.finalURL
            } else {
                document = try ArticleLoader.load(path: source, force: false, format: options.from, maxBytes: options.maxBytes)
                identity = AtomicFile.realPath(source)
            }
            let annotated = Pipeline.standard.run(document)
            Memory.trim()
            let summary = ArticleSummary(annotated, reviewed: reviewed(identity))
            update(index) { $0.summary = summary; $0.status = .ready }
            keep(summary, source: source)
        } catch {
            update(index) { $0.status = .failed(error.message) }
        }
    }

    /// The entries of the reader's review of an article (0 without a database).
    private func reviewed(_ identity: String?) -> Int {
        guard let identity, let database = options.database, access(database, F_OK) == 0,
              let store = try? ReviewStore(path: database), let entries = try? store.entries(identity: identity) else { return 0 }
        return entries.count
    }
}
