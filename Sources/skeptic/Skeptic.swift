import ArgumentParser
import SkepticCore
#if canImport(Glibc)
import Glibc
#endif

/// The `skeptic` command line, parsed by swift-argument-parser into an `Invocation`.
@main
struct Skeptic: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "skeptic",
        abstract: "A terminal reader for critical reading: section tree, reading pane, claims and hedges.",
        discussion: """
            With no FILE and a terminal on stdin, opens the built-in tour. FILE '-' (or a pipe) reads stdin; \
            keys then come from /dev/tty. When stdout is not a terminal, prints the --dump text.
            """,
        version: "skeptic \(Manual.version)"
    )

    @Argument(help: "The articles to read (plain text, Markdown, HTML, or an http/https address); '-' for standard input. Several: :n and :p move between them.")
    var files: [String] = []

    @Flag(help: "Print the section tree (indented by level, with each heading's line number) and exit.")
    var outline = false

    @Flag(help: "Print the reading pane's text as laid out for --width columns and exit.")
    var dump = false

    @Option(help: ArgumentHelp("The pane width for --dump (default 80).", valueName: "columns"))
    var width: Int?

    @Flag(help: "With --dump: list the article's links after it, one a line (\"[3] https://…\").")
    var links = false

    @Flag(help: "Open files that look binary (contain NUL bytes) anyway.")
    var force = false

    @Option(help: ArgumentHelp("The largest article to read: bytes, or with K, M or G (default 2G for a file, 50M for a web page; at most 4G).", valueName: "size"))
    var maxSize: String?

    /// "2G" → 2 GiB; "500M", "64K", "1000".
    static func byteCount(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let unit = text.last.flatMap { units[Character($0.uppercased())] }
        guard let number = Int(unit == nil ? text : String(text.dropLast())), number > 0 else { return nil }
        let (value, overflow) = number.multipliedReportingOverflow(by: unit ?? 1)
        return overflow ? nil : value
    }

    @Flag(help: "Print the analysis: summary, then per section the hedged statements, claims and source quotes.")
    var report = false

    @Option(help: ArgumentHelp("The --report format: text or json.", valueName: "text|json"))
    var format: String = "text"

    @Option(help: ArgumentHelp("Print the reader's review of FILE and exit: md (Markdown), json (W3C Web Annotations) or training (lines for skeptic-eval --train).", valueName: "md|json|training"))
    var export: String?

    @Option(help: ArgumentHelp("The article's format: txt, md or html (default: by extension, else by its first bytes).", valueName: "txt|md|html"))
    var from: String?

    @Option(help: ArgumentHelp("A colour theme: a name from the themes folders (default, light, high-contrast, gruvbox, mono, …) or a .toml file.", valueName: "name|file"))
    var theme: String?

    @Flag(help: "Read web pages only from the cache (under $XDG_CACHE_HOME/skeptic), never from the network.")
    var offline = false

    @Flag(help: "Neither read web pages from the cache nor keep them in it.")
    var noCache = false

    @Flag(help: "Open at the top instead of where you left off.")
    var noResume = false

    @Option(help: ArgumentHelp("Open at the first heading whose title contains this text.", valueName: "text"))
    var section: String?

    @Flag(help: "Print the effective configuration (config file and defaults, every key binding) and exit.")
    var printConfig = false

    @Flag(help: "Print the manual page skeptic(1), in roff (options, keys, files, environment), and exit.")
    var manual = false

    /// `+LINE` on the command line (as in less and vi): `main` hands it to the parser as this hidden option.
    @Option(name: .customLong("start-line"), help: .hidden)
    var startLine: Int?

    /// "+120" → 120 (less's +LINE); nil for anything else.
    static func lineArgument(_ argument: String) -> Int? {
        let bytes = Array(argument.utf8)
        guard bytes.count > 1, bytes.count < 19, bytes[0] == UInt8(ascii: "+") else { return nil }
        var value = 0
        for b in bytes.dropFirst() {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// `skeptic` and `skeptic FILE` — the reader's own start — skip the parser: its reflection is a good part
    /// of the time to the first screen. Anything
    /// with an option, and `--help`, goes through swift-argument-parser as usual.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // Looked at as bytes: no Unicode-aware String operations (and their tables) before the first screen.
        var startLine: Int?
        if let plus = arguments.firstIndex(where: { lineArgument($0) != nil }) {
            startLine = lineArgument(arguments[plus])
            arguments.remove(at: plus)
        }
        if startLine == nil, arguments.count <= 1, arguments.allSatisfy({ $0 == "-" || $0.utf8.first != UInt8(ascii: "-") }) {
            let status = Invocation(file: arguments.first).run()
            Glibc.exit(status)
        }
        if let startLine { arguments += ["--start-line", String(startLine)] }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // The parser's message quotes the bad option or value as typed: shown visibly, never raw.
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            // Help and --version go to stdout with status 0, errors to stderr (as the parser itself does).
            if !text.isEmpty {
                if code == .success { Output.standardOutput(Sanitiser.visible(text) + "\n") } else { Output.standardError(text + "\n") }
            }
            Glibc.exit(code.rawValue)
        }
    }

    mutating func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1, not \(width)") }
        if let maxSize, Self.byteCount(maxSize).map({ $0 > InputLimits.hardMaximum + 1 }) ?? true {
            throw ValidationError("--max-size must be a size up to 4G (as 500M or 2G), not '\(maxSize)'")
        }
        if [outline, dump, report, printConfig, export != nil].filter({ $0 }).count > 1 {
            throw ValidationError("--outline, --dump, --report, --export and --print-config cannot be used together")
        }
        if links && !dump { throw ValidationError("--links goes with --dump") }
        if let export, Invocation.ExportFormat(rawValue: export) == nil {
            throw ValidationError("--export must be md, json or training, not '\(export)'")
        }
        if export != nil, files.isEmpty || files.contains("-") { throw ValidationError("--export needs the article's FILE (its review is kept by file)") }
        if offline && noCache { throw ValidationError("--offline reads from the cache: it cannot go with --no-cache") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be read only once") }
        if let from, Invocation.sourceFormat(from) == nil {
            throw ValidationError("--from must be txt, md or html, not '\(from)'")
        }
        if Invocation.ReportFormat(rawValue: format) == nil {
            throw ValidationError("--format must be text or json, not '\(format)'")
        }
    }

    func run() throws {
        if manual {
            guard let page = Manual.page() else { throw ValidationError("cannot read this program's own description for the manual") }
            Output.standardOutput(page)
            return
        }
        var invocation = Invocation(file: files.first, outline: outline, dump: dump, width: width, force: force, report: report,
                                    format: Invocation.ReportFormat(rawValue: format) ?? .text,
                                    from: from.flatMap(Invocation.sourceFormat), theme: theme, resume: !noResume,
                                    section: section, line: startLine, printConfig: printConfig)
        if let size = maxSize.flatMap(Self.byteCount) {
            invocation.maxBytes = min(size, InputLimits.hardMaximum)
            invocation.maxPageBytes = invocation.maxBytes
        }
        invocation.export = export.flatMap(Invocation.ExportFormat.init)
        invocation.files = files
        invocation.dumpLinks = links
        invocation.offline = offline
        invocation.useCache = !noCache
        let status = invocation.run()
        if status != 0 { throw ExitCode(status) }
    }
}
