import SkepticCore
#if canImport(Glibc)
import Glibc
#endif

/// A longer note written in the user's editor, as git writes a commit message: the note (and, as comment
/// lines, the statement it is about) in a temporary file, `$VISUAL`, else `$EDITOR`, else `vi` run on it
/// through `/bin/sh` (so `EDITOR="code --wait"` works) on the terminal, and the file read back without its
/// `#` lines. The file is private to the user and removed afterwards.
enum NoteEditor {
    /// The note as edited, or a one-line reason it could not be.
    static func edit(_ note: String, about sentence: String, environment: [String: String]) -> Result<String, NoteError> {
        let directory = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array((directory + "/skeptic-note-XXXXXX.md").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 3) }
        guard fd >= 0 else { return .failure(NoteError("cannot make a temporary file in \(directory)")) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        var text = note.isEmpty ? "\n" : note + "\n"
        text += "# Your note on:\n"
        for line in wrap(Sanitiser.singleLine(sentence), width: 72) { text += "#   " + line + "\n" }
        text += "# Lines starting with # are dropped; an empty note removes it.\n"
        let written = text.withCString { p in write(fd, p, strlen(p)) }
        close(fd)
        guard written >= 0 else { return .failure(NoteError("cannot write \(path)")) }

        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The terminal, also when the article came through a pipe on stdin.
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/tty", O_RDWR, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/tty", O_RDWR, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/tty", O_RDWR, 0)
        let words: [String] = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        // The editor gets the default signal handling and mask (the reader blocks and catches some).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ) == 0 else {
            return .failure(NoteError("cannot start the editor (\(editor))"))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exited, code == 0 else {
            // The status line is short: the editor by its program's name.
            let name = editor.split(separator: " ").first.map { String($0.split(separator: "/").last ?? $0) } ?? editor
            return .failure(NoteError("\(name) " + (exited ? "exited with \(code)" : "was stopped") + "; the note is unchanged"))
        }
        guard let f = fopen(path, "r") else { return .failure(NoteError("cannot read \(path) back")) }
        defer { fclose(f) }
        var lines: [String] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while getline(&line, &capacity, f) > 0, let l = line {
            let s = String(cString: l)
            if !s.hasPrefix("#") { lines.append(s) }
        }
        free(line)
        return .success(lines.joined().trimmingSpaces)
    }

    struct NoteError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// Words in lines of at most `width` columns (a comment in the file; its exact shape does not matter).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
