import ArgumentParser
import SkepticCore
import SkepticTerminal
import SkepticUI
#if canImport(Glibc)
import Glibc
#endif

/// The `skeptic` command: opens an article in the reader, or prints one of its non-interactive views.
@main
struct Skeptic: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skeptic",
        abstract: "A terminal reader for critical reading: section tree, reading pane, claims and hedges.",
        discussion: """
            With no FILE and a terminal on stdin, opens the built-in tour. FILE '-' (or a pipe) reads stdin; \
            keys then come from /dev/tty. When stdout is not a terminal, prints the --dump text.
            """
    )

    @Argument(help: "The article to read (plain text); '-' for standard input.")
    var file: String?

    @Flag(help: "Print the section tree (indented by level, with each heading's line number) and exit.")
    var outline = false

    @Flag(help: "Print the reading pane's text as laid out for --width columns and exit.")
    var dump = false

    @Option(help: "The pane width for --dump (default 80).")
    var width: Int?

    @Flag(help: "Open files that look binary (contain NUL bytes) anyway.")
    var force = false

    mutating func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1, not \(width)") }
        if outline && dump { throw ValidationError("--outline and --dump cannot be used together") }
    }

    func run() throws {
        let interactive = !outline && !dump && isatty(1) != 0
        let document: Document
        var loading: BackgroundLoad?
        do {
            if interactive, let path = file, path != "-" {
                // The first screen is built from the opening of the file; the rest follows.
                let opening = try ArticleLoader.loadOpening(path: path, force: force)
                document = opening.document
                if !opening.complete { loading = BackgroundLoad(path: path) }
            } else {
                document = try loadDocument()
            }
        } catch {
            fail(error.message)
        }
        if outline {
            write(Outline.render(document))
            return
        }
        if !interactive {
            write(Dump.render(document, paneWidth: width ?? 80))
            return
        }
        let colour = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty
        do {
            let status = try Reader.run(document: document, loading: loading, theme: .default, colour: colour)
            if status != 0 { throw ExitCode(status) }
        } catch let error as TerminalError {
            fail(error.message)
        }
    }

    /// The article named on the command line, stdin, or the built-in tour.
    func loadDocument() throws(InputError) -> Document {
        switch file {
        case "-"?:
            return try ArticleLoader.load(bytes: InputReader.readStandardInput(), name: "stdin", force: force)
        case let path?:
            return try ArticleLoader.load(path: path, force: force)
        case nil where isatty(0) != 0:
            return try ArticleLoader.load(bytes: Array(Tour.text.utf8), name: "tour")
        case nil:
            return try ArticleLoader.load(bytes: InputReader.readStandardInput(), name: "stdin", force: force)
        }
    }

    func fail(_ message: String) -> Never {
        FileHandleOutput.standardError("skeptic: " + message + "\n")
        Skeptic.exit(withError: ExitCode(1))
    }

    func write(_ text: String) {
        FileHandleOutput.standardOutput(text)
    }
}

/// Unbuffered writes to stdout and stderr, ignoring a closed pipe.
enum FileHandleOutput {
    static func standardOutput(_ text: String) { writeAll(1, text) }
    static func standardError(_ text: String) { writeAll(2, text) }

    private static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
        bytes.removeAll()
    }
}
