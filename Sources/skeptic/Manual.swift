import Foundation
import SkepticCore
import SkepticUI
#if canImport(Glibc)
import Glibc
#endif

/// `skeptic --manual`: the man page skeptic(1) in roff, made from the program itself — the options from its
/// parser's own description (`--experimental-dump-help`, read from a child run of this binary), the keys from
/// the key table — so it cannot drift from what the program does.
enum Manual {
    static let version = "0.6.0"

    /// The parser's description of one option or argument (the fields the page uses).
    struct Argument: Decodable {
        struct Name: Decodable {
            let kind: String
            let name: String
        }
        let kind: String
        let names: [Name]?
        let valueName: String?
        let abstract: String?
        let shouldDisplay: Bool?
    }

    struct Command: Decodable {
        let abstract: String?
        let discussion: String?
        let arguments: [Argument]?
    }

    struct Tool: Decodable {
        let command: Command
    }

    /// The page, or nil when this binary's description of itself cannot be read.
    static func page() -> String? {
        guard let json = runSelf(["--experimental-dump-help"]),
              let tool = try? JSONDecoder().decode(Tool.self, from: Data(json)) else { return nil }
        return render(tool.command, keys: KeyMap())
    }

    /// Roff-escaped text: backslashes doubled, a leading dot or quote made literal, dashes kept as ASCII.
    static func escape(_ text: String) -> String {
        var out = Sanitiser.singleLine(text).replacingOccurrences(of: "\\", with: "\\e")
        out = out.replacingOccurrences(of: "-", with: "\\-")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        // Non-ASCII characters as groff's named escapes (\[u00E9]): the page is ASCII, as groff reads it
        // without a preprocessor.
        guard out.utf8.contains(where: { $0 >= 0x80 }) else { return out }
        var ascii = ""
        for scalar in out.unicodeScalars {
            if scalar.isASCII {
                ascii.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                ascii += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
            }
        }
        return ascii
    }

    static func render(_ command: Command, keys: KeyMap) -> String {
        var out = ".TH SKEPTIC 1 \"\" \"skeptic \(version)\" \"User Commands\"\n"
        out += ".SH NAME\nskeptic \\- \(escape(command.abstract ?? "a terminal reader for critical reading"))\n"
        out += ".SH SYNOPSIS\n.B skeptic\n[\\fIOPTIONS\\fR] [\\fB+\\fR\\fILINE\\fR] [\\fIFILE\\fR|\\fIURL\\fR ...]\n"
        out += ".br\n\\fIcommand\\fR | \\fBskeptic\\fR [\\fIOPTIONS\\fR]\n"
        out += ".SH DESCRIPTION\n"
        out += escape("Skeptic opens articles (plain text, Markdown, HTML, or a web page by its http/https address) in a section tree beside a reading pane, and highlights what the text only speculates (may, could, expects, if), where it is vague (about, some, critics say), the claims it asserts as fact and the sources it quotes. Speculative statements are flags: jump from one to the next, confirm or dismiss them, flag sentences yourself and add notes; the review is kept and can be exported.") + "\n"
        if let discussion = command.discussion, !discussion.isEmpty { out += ".PP\n" + escape(discussion) + "\n" }
        out += ".PP\n" + escape("+LINE opens at that line, as in less and vi.") + "\n"
        out += ".SH OPTIONS\n"
        for argument in command.arguments ?? [] where argument.shouldDisplay != false && argument.kind != "positional" {
            let names = (argument.names ?? []).map { ($0.kind == "short" ? "\\-" : "\\-\\-") + escape($0.name) }
            guard !names.isEmpty else { continue }
            var head = names.map { "\\fB" + $0 + "\\fR" }.joined(separator: ", ")
            if argument.kind == "option", let value = argument.valueName { head += " \\fI" + escape(value) + "\\fR" }
            out += ".TP\n" + head + "\n" + escape(argument.abstract ?? "") + "\n"
        }
        out += ".SH KEYS\n"
        out += escape("Keys can be remapped in the [keys] table of the configuration file; the names are the actions' below (skeptic --print-config lists every binding). In the reader, h shows this list.") + "\n"
        for (context, title) in [(KeyContext.reader, "Reading"), (.tree, "In the section tree (Tab gives it the focus)"),
                                 (.flags, "In the review list (L)"), (.sources, "In the sources view (p)"), (.links, "In the links view (U)"),
                                 (.library, "In the library (I)"), (.history, "In the history (Backspace)"),
                                 (.prompt, "In a prompt (search, go to, note, export, link); other keys type"),
                                 (.ownFlag, "After x (flag the statement yourself)")] {
            out += ".SS \(escape(title))\n"
            for binding in keys.bindings where binding.context == context {
                let keyNames = binding.keys.map(\.description).map { "\\fB" + escape($0) + "\\fR" }.joined(separator: ", ")
                out += ".TP\n" + (keyNames.isEmpty ? "(unbound)" : keyNames) + "  (" + escape(binding.action.configName) + ")\n" + escape(binding.help) + "\n"
            }
        }
        out += ".SH FILES\n"
        let files: [(String, String)] = [
            ("$XDG_CONFIG_HOME/skeptic/config.toml", "The configuration: theme, widths, mouse, highlights, watch rules, keys (else ~/.config/skeptic/config.toml)."),
            ("$XDG_CONFIG_HOME/skeptic/themes/", "Your own colour themes (NAME.toml), found before the installed ones."),
            ("PREFIX/share/skeptic/themes/", "The installed themes: default, light, high-contrast, gruvbox, mono and others."),
            ("$XDG_DATA_HOME/skeptic/skeptic.db", "Your review (verdicts, own flags, notes), in SQLite (else ~/.local/share/skeptic/skeptic.db). A damaged one is left as it is."),
            ("$XDG_STATE_HOME/skeptic/positions", "Where you left off in each file, by path and content (else ~/.local/state/skeptic/)."),
            ("$XDG_STATE_HOME/skeptic/history", "The search history."),
            ("$XDG_STATE_HOME/skeptic/crash-PID.txt", "What went wrong, if the reader ever crashes (a line on stderr points to it)."),
            ("$XDG_CACHE_HOME/skeptic/pages/", "Fetched pages, revalidated when opened again and kept under 256 MiB, least recently used first to go (else ~/.cache/skeptic/pages/); --offline reads only from it, --no-cache neither reads nor writes it."),
        ]
        for (path, text) in files { out += ".TP\n.I \(escape(path))\n\(escape(text))\n" }
        out += ".SH ENVIRONMENT\n"
        let variables: [(String, String)] = [
            ("NO_COLOR", "When set and not empty, no colour: styles only (bold, underline, reverse)."),
            ("XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME, XDG_CACHE_HOME, HOME", "Where the files above are."),
            ("TERM", "The terminal's type, as for every curses program."),
            ("http_proxy, https_proxy, all_proxy, no_proxy", "Proxies for fetching web pages (read by skeptic-fetch, beside skeptic)."),
        ]
        for (name, text) in variables { out += ".TP\n.B \(escape(name))\n\(escape(text))\n" }
        out += ".SH EXIT STATUS\n" + escape("0 on success; 1 when an article cannot be read (a one-line message names it and the problem); 64 for a bad option; 128+N when signal N ends the reader (the terminal is restored first).") + "\n"
        out += ".SH EXAMPLES\n"
        for (example, text) in [("skeptic article.html", "Read an article."),
                                ("skeptic --report --format json page.html", "The analysis as JSON."),
                                ("curl -s URL | skeptic", "Read from a pipe (keys come from the terminal)."),
                                ("skeptic --generate-completion-script bash", "Shell completions (also zsh and fish).")] {
            out += ".TP\n.B \(escape(example))\n\(escape(text))\n"
        }
        out += ".SH SEE ALSO\n.BR less (1),\n.BR w3m (1),\n.BR newsboat (1)\n"
        return out
    }

    /// Runs this binary with arguments and returns what it printed (nil if it failed).
    static func runSelf(_ arguments: [String]) -> [UInt8]? {
        var out: [Int32] = [0, 0]
        guard pipe(&out) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_addclose(&actions, out[0])
        let argv = (["skeptic"] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/proc/self/exe", &actions, nil, argv, environ)
        close(out[1])
        defer { close(out[0]) }
        guard started == 0 else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(out[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0 ? bytes : nil
    }
}
