import Dispatch
import SkepticCore
import SkepticReview
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Reads, imports and analyses an article on another thread while the reader shows what it has: the
/// opening of a big file, or a big article not yet analysed.
final class BackgroundLoad: Sendable {
    private let result = Mutex<Result<AnnotatedDocument, InputError>?>(nil)
    private let work: @Sendable () throws(InputError) -> AnnotatedDocument

    /// A page being fetched: the address, the bytes received so far, and once it has come, what it was.
    struct Fetch: Sendable {
        var url: String
        var received = 0
        var page: FetchedPage?
    }

    /// A fetched page's identity and how fresh it is.
    struct FetchedPage: Sendable {
        var finalURL: String
        var contentKey: String
        var statusNote: String?
        /// The page was a feed (RSS or Atom): its items, for the library.
        var feed: Feed?
    }

    /// Shared between the fetching thread and the reader's loop.
    final class FetchBox: Sendable {
        let state: Mutex<Fetch>
        init(_ fetch: Fetch) { state = Mutex(fetch) }
    }

    private let fetchBox: FetchBox?

    /// The fetch's progress and result (nil when this load is not a fetch).
    var fetch: Fetch? { fetchBox?.state.withLock { $0 } }

    /// Will load and analyse the whole file at `path` once started. NUL bytes after the opening are shown
    /// as `^@` (the opening was checked).
    init(path: String, format: Document.Format) {
        fetchBox = nil
        work = { () throws(InputError) -> AnnotatedDocument in
            let document = try ArticleLoader.load(path: path, force: true, format: format)
            // Give the import's freed working memory back before the analysis allocates its own: glibc keeps
            // freed heap pages otherwise, and they add to the peak (the README's memory numbers).
            Memory.trim()
            defer { Memory.trim() }
            return Pipeline.standard.run(document)
        }
    }

    /// Will analyse a document that is already read.
    init(analysing document: Document) {
        fetchBox = nil
        work = { () throws(InputError) -> AnnotatedDocument in Pipeline.standard.run(document) }
    }

    /// Will fetch the page at `url` (through the cache), import and analyse it.
    init(fetching url: String, maxBytes: Int, cache: Fetcher.CacheUse, format: Document.Format?, force: Bool) {
        let box = FetchBox(Fetch(url: url))
        fetchBox = box
        work = { () throws(InputError) -> AnnotatedDocument in
            let page = try Fetcher.fetch(url, maxBytes: maxBytes, cache: cache) { received in
                box.state.withLock { $0.received = received }
            }
            if format == nil, Fetcher.isFeed(contentType: page.contentType) || Feed.looksLikeFeed(page.body),
               let feed = Feed.parse(page.body, base: page.finalURL) {
                let listing = try ArticleLoader.load(bytes: Array(feed.listing().utf8), name: page.finalURL, format: .markdown)
                box.state.withLock { $0.page = FetchedPage(finalURL: page.finalURL, contentKey: "", statusNote: page.statusNote, feed: feed) }
                return AnnotatedDocument(document: listing, annotations: Annotations())
            }
            let document = try Invocation.load(page, from: format, force: force)
            let fetched = FetchedPage(finalURL: page.finalURL, contentKey: ReadingState.contentKey(bytes: page.body),
                                      statusNote: page.statusNote)
            box.state.withLock { $0.page = fetched }
            return Pipeline.standard.run(document)
        }
    }

    /// Starts reading, after the first screen is up so that the two do not compete for the processor.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let loaded = Result(catching: work)
            result.withLock { $0 = loaded }
        }
    }

    /// The result once it is there, handed out once.
    func take() -> Result<AnnotatedDocument, InputError>? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}

/// glibc's `malloc_trim`, looked up at run time (its header is not in Swift's Glibc module).
enum Memory {
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trimFunction: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: Trim.self) }

    /// Returns freed heap memory to the system.
    static func trim() { _ = trimFunction?(0) }
}
