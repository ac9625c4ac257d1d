import Foundation
import SkepticCore
import SkepticReview
import SkepticTerminal
import SkepticUI
#if canImport(Glibc)
import Glibc
#endif

/// What one run of `skeptic` was asked to do, and doing it.
struct Invocation {
    var file: String?
    var outline = false
    var dump = false
    /// `--dump --links`: the link list after the text.
    var dumpLinks = false
    var width: Int?
    var force = false
    /// The most an article may be (`--max-size`).
    var maxBytes = InputLimits.defaultMaxBytes
    /// The most a fetched page may be: `--max-size` when given, else 50 MiB (a page is not a 2 GiB log).
    var maxPageBytes = 50 << 20
    /// `--export md|json`: the reader's review of the file.
    var export: ExportFormat?

    enum ExportFormat: String {
        case md, json, training
    }
    var report = false
    var format: ReportFormat = .text
    /// `--from`: the article's format, overriding its extension and first bytes.
    var from: Document.Format?
    /// `--theme`: a theme name or file, over the config's.
    var theme: String?
    /// Return to the last reading position (`--no-resume` turns it off).
    var resume = true
    /// `--section TEXT` and `+LINE`: where to open.
    var section: String?
    var line: Int?
    var printConfig = false
    /// `--offline` and `--no-cache`: how fetched pages use the cache.
    var offline = false
    var useCache = true

    /// The cache as this run uses it.
    func cacheUse(_ environment: Environment) -> Fetcher.CacheUse {
        Fetcher.CacheUse(directory: useCache ? environment.cacheDirectory : nil, offline: offline)
    }

    /// The format `--from` names (pandoc's names and a few more).
    static func sourceFormat(_ name: String) -> Document.Format? {
        switch name.lowercased() {
        case "txt", "text", "plain": return .plainText
        case "md", "markdown", "gfm", "commonmark": return .markdown
        case "html", "htm": return .html
        default: return nil
        }
    }

    /// How `--report` prints.
    enum ReportFormat: String, CaseIterable {
        case text
        case json
    }

    /// Every article named on the command line (`file` is the one being read).
    var files: [String] = []

    /// Runs and returns the exit status; errors are written to stderr as one line. Several files: printed one
    /// after the other (each after a "==> NAME <==" line, as head and tail do), or read one at a time in the
    /// reader, `:n` and `:p` moving between them (as in less).
    func run() -> Int32 {
        let interactive = !outline && !dump && !report && export == nil && !printConfig && isatty(1) != 0
        if interactive { return browse() }
        guard files.count > 1 else { return runOne(article: 0, of: 1).status }
        var worst: Int32 = 0
        for (index, name) in files.enumerated() {
            var one = self
            one.file = name
            Output.standardOutput((index > 0 ? "\n" : "") + "==> " + Sanitiser.singleLine(name) + " <==\n")
            worst = max(worst, one.runOne(article: index, of: files.count).status)
        }
        return worst
    }

    /// The reader over the command line's articles and the links followed from them: a trail of articles
    /// as a browser keeps one — a followed link (or `:n`, `:p`) cuts what was ahead and goes on; `B` steps
    /// back, each article reopening where it was left. A link that cannot be opened leads back with the
    /// reason on the status line.
    func browse() -> Int32 {
        let options = libraryOptions(Environment.current())
        // Several articles make a library, analysed in the background; a feed's items make one too.
        var first = Stop(file: file ?? files.first, article: 0, library: files.count > 1 ? LibraryLoad.articles(files, options: options) : nil)
        if files.count <= 1, let path = file, Self.isFeedFile(path) {
            do {
                first = try feedStop(path, options: options)
            } catch {
                return fail(error.message)
            }
        }
        var trail = [first]
        var position = 0
        var notice: String?
        while true {
            var one = self
            let stop = trail[position]
            one.file = stop.file
            one.notice = notice
            one.canGoBack = position > 0
            one.canGoForward = position + 1 < trail.count
            one.returnOffset = stop.offset
            one.library = stop.library
            one.feed = stop.feed
            notice = nil
            if stop.article >= 0 { stop.library?.markRead(stop.article) }
            let count = stop.library?.snapshot.entries.count ?? files.count
            let result = one.runOne(article: stop.article, of: max(1, count))
            switch result {
            case .open(let next, let offset):
                trail[position].offset = offset
                trail.removeSubrange((position + 1)...)
                trail.append(Stop(file: stop.library?.snapshot.entries[next].source ?? files[next], article: next, library: stop.library))
                position += 1
            case .feed(let fetched, let url):
                // The page was a feed: its items make the library, and its list replaces it on the trail.
                trail[position] = Stop(file: url, article: -1, library: LibraryLoad.feed(fetched, options: options), feed: fetched)
            case .follow(let target, let offset):
                trail[position].offset = offset
                trail.removeSubrange((position + 1)...)
                if Self.isFeedFile(target), let feedStop = try? feedStop(target, options: options) {
                    trail.append(feedStop)
                } else {
                    trail.append(Stop(file: target, article: stop.article, library: stop.library))
                }
                position += 1
            case .back(let offset):
                trail[position].offset = offset
                position = max(0, position - 1)
            case .forward(let offset):
                trail[position].offset = offset
                position = min(trail.count - 1, position + 1)
            case .failed(let message) where position > 0:
                // The followed page did not come: back to where the link was.
                trail.remove(at: position)
                position -= 1
                notice = message
            default:
                if case .failed(let message) = result { return fail(message) }
                return result.status
            }
        }
    }

    /// A feed file's place on the trail: its list, with the library of its items.
    func feedStop(_ path: String, options: LibraryLoad.Options) throws(InputError) -> Stop {
        let feed = try Self.loadFeed(path: path, maxBytes: maxBytes)
        return Stop(file: path, article: -1, library: LibraryLoad.feed(feed, options: options), feed: feed)
    }

    /// One place on the trail: an article (or a feed's list), which of the library's it is (-1: none), where
    /// it was left.
    struct Stop {
        var file: String?
        var article: Int
        var offset: Int?
        /// The library the article belongs to (its index is `article`), and the feed whose list this is.
        var library: LibraryLoad?
        var feed: Feed?

        init(file: String?, article: Int, offset: Int? = nil, library: LibraryLoad? = nil, feed: Feed? = nil) {
            self.file = file
            self.article = article
            self.offset = offset
            self.library = library
            self.feed = feed
        }
    }

    /// The library of the articles opened together (or of a feed's items), and the feed whose list is shown.
    var library: LibraryLoad?
    var feed: Feed?

    /// How the library reads its articles: this run's limits, cache and review database.
    func libraryOptions(_ environment: Environment) -> LibraryLoad.Options {
        LibraryLoad.Options(maxBytes: maxBytes, maxPageBytes: maxPageBytes, cache: cacheUse(environment), from: from,
                            database: ReviewStore.defaultPath(dataHome: environment.dataHome, home: environment.home))
    }

    /// A local file that is a feed: named `.rss`, `.atom` or `.xml`, and starting as RSS or Atom does (no
    /// other file is looked into: the reader's way to an article is unchanged).
    static func isFeedFile(_ path: String) -> Bool {
        guard path != "-", !Fetcher.isURL(path) else { return false }
        let lower = path.lowercased()
        guard lower.hasSuffix(".rss") || lower.hasSuffix(".atom") || lower.hasSuffix(".xml") else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 1024)
        let n = read(fd, &head, head.count)
        return n > 0 && Feed.looksLikeFeed(head.prefix(n))
    }

    /// A feed file, parsed.
    static func loadFeed(path: String, maxBytes: Int) throws(InputError) -> Feed {
        let bytes = try InputReader.read(path: path, limits: InputLimits(maxBytes: maxBytes, refuseBinary: true))
        guard let feed = Feed.parse(bytes, base: AtomicFile.realPath(path).map { "file://" + $0 }) else {
            throw .fetch(message: "\(Sanitiser.singleLine(path)): not an RSS or Atom feed")
        }
        return feed
    }

    /// Said on the status line when the article opens; `B` goes back from it; where it was left, when the
    /// trail returns to it.
    var notice: String?
    var canGoBack = false
    var canGoForward = false
    var returnOffset: Int?

    /// How one article's run ended: a status, or the reader asking for another article.
    enum Ending {
        case status(Int32)
        /// Another of the command line's articles (`:n`, `:p`), and where this one was left.
        case open(Int, leftAt: Int)
        /// A followed link's target (a URL, or a file's path).
        case follow(String, leftAt: Int)
        /// The fetched page was a feed.
        case feed(Feed, url: String)
        /// Back along the trail, and forward again.
        case back(leftAt: Int)
        case forward(leftAt: Int)
        /// The article could not be shown (a page that did not come): said on stderr once the screen is left.
        case failed(String)

        var status: Int32 {
            switch self {
            case .status(let s): return s
            case .open, .follow, .back, .forward, .feed: return 0
            case .failed: return 1
            }
        }
    }

    func runOne(article: Int, of count: Int) -> Ending {
        let environment = Environment.current()
        if printConfig {
            var settings = Settings.load(environment: environment, themeOverride: theme)
            settings.themeNames = ThemeLoader.available(searchPaths: settings.themePaths)
            for error in settings.errors { Output.standardError("skeptic: " + error + "\n") }
            Output.standardOutput(Sanitiser.visible(settings.config.render(themes: settings.themeNames)))
            return .status(0)
        }
        let interactive = !outline && !dump && !report && export == nil && isatty(1) != 0
        let document: Document
        var loading: BackgroundLoad?
        do {
            if let feed {
                document = try ArticleLoader.load(bytes: Array(feed.listing().utf8), name: file ?? "feed", format: .markdown)
            } else if interactive, let url = file, Fetcher.isURL(url) {
                // The first screen says what is being fetched, and how much has come; the page replaces it.
                document = try ArticleLoader.load(bytes: Array((Sanitiser.singleLine(url) + "\n\nFetching the page…\n").utf8),
                                                  name: url, format: .plainText)
                loading = BackgroundLoad(fetching: url, maxBytes: maxPageBytes, cache: cacheUse(environment), format: from, force: force)
            } else if interactive, let path = file, path != "-", !Fetcher.isURL(path) {
                // The first screen is built from the opening of the file; the rest follows.
                let opening = try ArticleLoader.loadOpening(path: path, force: force, format: from, maxBytes: maxBytes)
                document = opening.document
                if !opening.complete { loading = BackgroundLoad(path: path, format: opening.document.format) }
            } else {
                document = try loadDocument()
            }
        } catch {
            // A followed link that cannot be opened leads back, with the reason on the status line.
            if canGoBack && interactive { return .failed(error.message) }
            return .status(fail(error.message))
        }
        if outline {
            Output.standardOutput(Outline.render(document))
            return .status(0)
        }
        if report {
            let annotated = Pipeline.standard.run(document)
            if format == .json {
                JSONReport.write(annotated) { Output.write(1, $0) }
            } else {
                TextReport.write(annotated) { Output.write(1, $0) }
            }
            return .status(0)
        }
        if let export, let path = file { return .status(exportReview(document, path: path, format: export, environment: environment)) }
        if !interactive {
            if document.isEmpty && document.format == .html {
                Output.standardError("skeptic: " + Screen.emptyMessage(document) + "\n")
            }
            Output.standardOutput(Dump.render(document, paneWidth: width ?? 80, links: dumpLinks))
            return .status(0)
        }
        let colour = (environment.noColor ?? "").isEmpty
        let settings = Settings.load(environment: environment, themeOverride: theme)
        let start = readerStart(environment: environment, article: article, of: count)
        do {
            return try Reader.run(document: document, loading: loading, settings: settings, colour: colour, start: start)
        } catch {
            return .status(fail(error.message))
        }
    }

    /// Where the reader opens and what it keeps for this article: the place asked for, the saved position and
    /// search history, the review database, the article's place in the command line and the trail.
    func readerStart(environment: Environment, article: Int, of count: Int) -> Reader.Start {
        var start = Reader.Start()
        start.line = line
        start.section = section
        if resume, let path = file, path != "-", !Fetcher.isURL(path), let directory = ReadingState.directory(environment: environment) {
            start.state = ReadingState(directory: directory)
            start.key = ReadingState.contentKey(path: path)
            start.path = path
        } else if let directory = ReadingState.directory(environment: environment) {
            // Without resuming, the search history still carries over.
            start.state = ReadingState(directory: directory)
        }
        if let directory = ReadingState.directory(environment: environment) { Terminal.prepareCrashReports(directory: directory, program: "skeptic " + Manual.version) }
        if let path = file, path != "-", !Fetcher.isURL(path), let identity = AtomicFile.realPath(path),
           let database = ReviewStore.defaultPath(dataHome: environment.dataHome, home: environment.home) {
            // Opened by the reader after its first screen.
            start.review = Reader.ReviewPlace(database: database, identity: identity,
                                              contentHash: start.key ?? ReadingState.contentKey(path: path))
        }
        if let url = file, Fetcher.isURL(url) {
            // A page's review and position are kept by its final address, known once it is fetched.
            start.pageDatabase = ReviewStore.defaultPath(dataHome: environment.dataHome, home: environment.home)
            if !resume { start.pageResume = false }
        }
        start.article = (article, count)
        start.library = library
        start.openLibrary = feed != nil
        start.canGoBack = canGoBack
        start.canGoForward = canGoForward
        start.database = ReviewStore.defaultPath(dataHome: environment.dataHome, home: environment.home)
        if let path = file, path != "-", !Fetcher.isURL(path) {
            start.visitSource = AtomicFile.realPath(path)
        } else if feed != nil {
            start.visitSource = file
        }
        start.notice = notice
        start.offset = returnOffset
        return start
    }

    var limits: InputLimits { InputLimits(maxBytes: maxBytes, refuseBinary: !force) }

    /// Prints the review of the file at `path` kept in the review database (nothing reviewed: only the
    /// analysis' flags, unreviewed).
    func exportReview(_ document: Document, path: String, format: ExportFormat, environment: Environment) -> Int32 {
        let annotated = Pipeline.standard.run(document)
        // A page is kept by its final address (the document's name), a file by its real path.
        let identity = Fetcher.isURL(path) ? document.name
            : AtomicFile.realPath(path) ?? path
        var review = Review()
        if let database = ReviewStore.defaultPath(dataHome: environment.dataHome, home: environment.home),
           access(database, F_OK) == 0 {
            do {
                review = Review(entries: try ReviewStore(path: database).entries(identity: identity))
            } catch {
                return fail(error.message)
            }
        }
        review.place(in: document, annotated.annotations)
        let source = ReviewExport.source(forIdentity: identity)
        switch format {
        case .md: Output.standardOutput(ReviewExport.markdown(annotated, review: review, source: source))
        case .json: Output.standardOutput(ReviewExport.webAnnotations(annotated, review: review, source: source))
        case .training: Output.standardOutput(ReviewExport.trainingLines(annotated, review: review, source: source))
        }
        return 0
    }

    /// The article named on the command line, stdin, or the built-in tour.
    func loadDocument() throws(InputError) -> Document {
        switch file {
        case "-"?:
            return try ArticleLoader.load(bytes: InputReader.readStandardInput(limits: limits), name: "stdin", force: force, format: from)
        case let url? where Fetcher.isURL(url):
            let page = try Fetcher.fetch(url, maxBytes: maxPageBytes, cache: cacheUse(Environment.current()))
            // Printed output comes from the cache or a stale copy: said on stderr, as one line.
            if let note = page.statusNote { Output.standardError("skeptic: \(Sanitiser.singleLine(url)): \(note)\n") }
            return try Self.load(page, from: from, force: force)
        case let path? where Self.isFeedFile(path):
            // A feed prints as its list of items.
            let feed = try Self.loadFeed(path: path, maxBytes: maxBytes)
            return try ArticleLoader.load(bytes: Array(feed.listing().utf8), name: path, format: .markdown)
        case let path?:
            return try ArticleLoader.load(path: path, force: force, format: from, maxBytes: maxBytes)
        case nil where isatty(0) != 0:
            return try ArticleLoader.load(bytes: Array(Tour.text.utf8), name: "tour", format: .plainText)
        case nil:
            return try ArticleLoader.load(bytes: InputReader.readStandardInput(limits: limits), name: "stdin", force: force, format: from)
        }
    }

    /// A fetched page as a document: its format from `--from`, else its content type, else its bytes; its
    /// charset from the header over what the page says.
    static func load(_ page: Fetcher.Page, from: Document.Format?, force: Bool) throws(InputError) -> Document {
        guard let format = from.map({ Optional($0) }) ?? Fetcher.format(contentType: page.contentType) else {
            throw .fetch(message: "\(page.finalURL): not HTML, Markdown or text (\(Sanitiser.singleLine(page.contentType)))")
        }
        return try ArticleLoader.load(bytes: page.body, name: page.finalURL, force: force, format: format,
                                      charset: Fetcher.charset(contentType: page.contentType))
    }

    func fail(_ message: String) -> Int32 {
        Output.standardError("skeptic: " + message + "\n")
        return 1
    }
}

/// Unbuffered writes to stdout and stderr, ignoring a closed pipe.
enum Output {
    static func standardOutput(_ text: String) { writeAll(1, text) }
    /// Messages name files, options and config keys as the user gave them: shown visibly, never raw.
    static func standardError(_ text: String) { writeAll(2, Sanitiser.visible(text)) }

    private static func writeAll(_ fd: Int32, _ text: String) {
        var text = text
        text.withUTF8 { write(fd, $0) }
    }

    /// Writes all of `bytes` (a closed pipe ends the writing quietly).
    static func write(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}
