import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command running in a terminal of a private tmux server, driven by keys and read back as screen text.
///
/// Each session has its own server (socket in a fresh directory under /tmp), so tests can run in parallel.
/// The pane's `TERM` is `tmux-256color`, `LANG` is `C.UTF-8`, there is no status line, and the pane is
/// exactly `width`×`height`. When the command exits the pane stays open and shows `__EXIT=<status>`.
final class TmuxSession {
    /// The shell command line running in the pane.
    let command: String

    private let dir: String
    private let socket: String
    private let target = "e2e"
    private let tmuxEnvironment: [String: String]
    private var killed = false
    /// Why the last `capture-pane` failed (shown instead of an empty screen).
    private var captureFailure: String?

    /// Starts `command` (a `/bin/sh` command line) in a new `width`×`height` pane; `environment` adds to the
    /// pane's environment (`testEnvironment()` with `TERM=tmux-256color`; `unset NAME;` in `command` removes).
    init(width: Int = 100, height: Int = 30, command: String, environment: [String: String] = [:]) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.tmuxPath) else {
            throw HarnessError.executableNotFound(path: Self.tmuxPath, searched: [Self.tmuxPath])
        }
        self.command = command
        dir = try Self.makeTemporaryDirectory()
        socket = dir + "/sock"
        tmuxEnvironment = testEnvironment(removing: ["TMUX", "TMUX_PANE"])  // as if not inside tmux

        // The shell around the command prints its status (tmux's #{pane_dead_status} is not always set), then
        // keeps the pane open without `remain-on-exit`, whose "Pane is dead" line scrolls the top row away.
        // `trap :` lets signals meant for the command (C-c and C-\ reach every process in the pane, which has
        // no job control; `sendSignal` does the same) pass this shell by; the command itself gets the default
        // handlers. The final sleep ignores them, and ends a server left behind by a crashed test run.
        let signals = "INT QUIT TERM USR1 USR2 ALRM HUP PIPE SEGV ABRT BUS FPE"
        let paneCommand =
            "trap : \(signals); /bin/sh -c \(Self.shellQuote(command)); printf '\\n\(Self.exitMarker)%d\\n' $?; "
            + "trap '' \(signals); exec sleep 3600"
        var newSession = ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        // Each session has its own config, state, data and cache folders: no test resumes where another left off.
        let isolated = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": dir + "/config", "XDG_STATE_HOME": dir + "/state",
                        "XDG_DATA_HOME": dir + "/data", "XDG_CACHE_HOME": dir + "/cache"]
        for (name, value) in (isolated.merging(environment) { $1 }).sorted(by: { $0.key < $1.key }) {
            newSession += ["-e", "\(name)=\(value)"]
        }
        newSession.append(paneCommand)
        // Options must be set before the pane starts (TERM comes from default-terminal), hence one client call.
        let setup: [[String]] = [
            ["start-server"],
            ["set-option", "-g", "default-terminal", "tmux-256color"],
            ["set-option", "-g", "default-shell", "/bin/sh"],
            ["set-option", "-g", "status", "off"],
            ["set-option", "-g", "history-limit", "2000"],
            newSession,
        ]
        do {
            try tmux(Array(setup.joined(separator: [";"])), startsServer: true)
        } catch {
            kill()
            throw error
        }
    }

    /// Starts the `skeptic` binary with `arguments` (each shell-quoted) in a new pane.
    convenience init(
        width: Int = 100, height: Int = 30, skeptic arguments: [String], environment: [String: String] = [:]
    ) throws {
        let binary = SkepticBinary.url
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw HarnessError.executableNotFound(path: binary.path, searched: SkepticBinary.searched)
        }
        // `exec`: no shell stays between the pane's shell and the program, so a signal to the group reaches
        // only the program, and the exit marker is printed after it has left the alternate screen.
        let line = "exec " + ([binary.path] + arguments).map(Self.shellQuote).joined(separator: " ")
        try self.init(width: width, height: height, command: line, environment: environment)
    }

    deinit { kill() }

    // MARK: - Reading the screen

    /// The visible pane as text: one line per row (trailing spaces trimmed), joined by "\n".
    func screen() -> String {
        capture([])
    }

    /// The visible pane with SGR escape sequences for colours and attributes (`capture-pane -e`).
    func screenWithColours() -> String {
        capture(["-e"])
    }

    /// The visible pane's rows.
    func lines() -> [String] {
        screen().components(separatedBy: "\n")
    }

    /// The pane's current size in cells.
    func size() -> (width: Int, height: Int) {
        let text = (try? tmux(["display-message", "-p", "-t", target, "#{pane_width} #{pane_height}"])) ?? ""
        let numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
    }

    /// The terminal's modes as the pane sees them: the alternate screen, the cursor shown, mouse reporting.
    func modes() -> (alternate: Bool, cursor: Bool, mouse: Bool) {
        let text = (try? tmux(["display-message", "-p", "-t", target, "#{alternate_on} #{cursor_flag} #{mouse_any_flag}"])) ?? ""
        let flags = text.split(whereSeparator: \.isWhitespace).map { $0 == "1" }
        return flags.count == 3 ? (flags[0], flags[1], flags[2]) : (true, false, true)
    }

    // MARK: - Waiting

    /// How long a wait lasts before it fails: long, since a wait that holds returns as soon as it does, and a
    /// loaded 2-core machine (several builds at once) made 10 s too short for a start and a screen.
    static let patience: TimeInterval = 30

    /// Polls the screen until it contains `text`; returns that screen, or throws with the last screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = TmuxSession.patience) throws -> String {
        try waitUntil(timeout: timeout, "\"\(text)\"") { $0.contains(text) }
    }

    /// Polls the screen until `predicate` holds; returns that screen, or throws with `description` and the
    /// last screen.
    @discardableResult
    func waitUntil(timeout: TimeInterval = TmuxSession.patience, _ description: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let current = screen()
            if predicate(current) { return current }
            if Date() >= deadline {
                throw HarnessError.screenTimeout(
                    expected: description, seconds: timeout, screen: captureFailure.map { "(\($0))" } ?? current)
            }
            usleep(20_000)  // poll
        }
    }

    /// Waits for the command to exit and returns its exit status (128 + N when killed by signal N).
    func waitForExit(timeout: TimeInterval = TmuxSession.patience) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            // Include some history: output after the exit can scroll the marker off the visible rows.
            let current = capture(["-S", "-50"])
            if let status = Self.exitStatus(in: current) { return status }
            if Date() >= deadline {
                let last = screen()
                throw HarnessError.screenTimeout(
                    expected: "the command to exit (\(Self.exitMarker)N)", seconds: timeout,
                    screen: captureFailure.map { "(\($0))" } ?? last)
            }
            usleep(20_000)  // poll
        }
    }

    // MARK: - Input

    /// Sends tmux key names, e.g. "j", "Space", "Enter", "Tab", "Escape", "C-c", "Up", "PPage", "Home".
    /// A string that is no key name is typed character by character.
    func send(_ keys: String..., sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) { try tmux(["send-keys", "-t", target, "--"] + keys) }
    }

    /// Types `text` literally (no key-name lookup).
    func sendLiteral(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) { try tmux(["send-keys", "-l", "-t", target, "--", text]) }
    }

    /// Copies what the program writes to the pane, byte for byte (before tmux reads it), to the file at `path`:
    /// for sequences tmux itself does not keep, as OSC 8 hyperlinks in tmux 3.3.
    func pipeOutput(to path: String, sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) { try tmux(["pipe-pane", "-O", "-t", target, "cat >> " + Self.shellQuote(path)]) }
    }

    /// Resizes the window (the program gets SIGWINCH) and waits until the pane has that size.
    func resize(width: Int, height: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) {
            try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
            let deadline = Date().addingTimeInterval(5)
            while size() != (width, height) {
                if Date() >= deadline {
                    throw HarnessError.commandFailed(
                        command: "resize-window -x \(width) -y \(height)", status: -1,
                        stderr: "the pane is still \(size().width)×\(size().height)")
                }
                usleep(20_000)  // poll
            }
        }
    }

    /// Sends `signal` to the pane's foreground process group (the command and the shells around it).
    ///
    /// That group is orphaned (its session leader's parent is the tmux server), so the kernel discards a
    /// SIGTSTP with the default action: C-z cannot stop a program here, only run its handler.
    func sendSignal(_ signal: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
        record(sourceLocation) {
            let pid = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
                .trimmingCharacters(in: .whitespacesAndNewlines)
            // /proc/PID/stat: "pid (comm) state ppid pgrp session tty_nr tpgid …"; comm may hold spaces.
            let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
            let fields = stat[stat.index(after: stat.lastIndex(of: ")") ?? stat.startIndex)...]
                .split(separator: " ")
            guard fields.count > 5, let group = Int32(fields[5]), group > 0, signalProcess(-group, signal) == 0 else {
                throw HarnessError.commandFailed(
                    command: "kill -\(signal) (foreground group of pane process \(pid))", status: errno,
                    stderr: stat)
            }
        }
    }

    // MARK: - Clean-up

    /// Kills the tmux server (and with it the command) and removes the socket directory. Idempotent.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: dir)
    }

    // MARK: - Helpers

    /// `s` quoted for a POSIX shell (unchanged when it is made only of safe characters).
    static func shellQuote(_ s: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-=+,:@%")
        if !s.isEmpty, s.allSatisfy({ safe.contains($0) }) { return s }
        return "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static let tmuxPath = "/usr/bin/tmux"
    static let exitMarker = "__EXIT="

    /// The status in the last `__EXIT=N` on the screen, if any.
    private static func exitStatus(in screen: String) -> Int32? {
        guard let range = screen.range(of: exitMarker, options: .backwards) else { return nil }
        let digits = screen[range.upperBound...].prefix(while: \.isNumber)
        return Int32(digits)
    }

    /// Runs one tmux client command against this session's server; throws when tmux fails.
    ///
    /// `startsServer`: the server is a daemon forked from this client and keeps every descriptor it inherits.
    /// Foundation's `Process` notices a child's exit when the child's end of a socket pair closes, so a server
    /// holding that socket would make the client look alive forever. A bash wrapper closes descriptors above 2
    /// before it becomes the tmux client.
    @discardableResult
    private func tmux(_ args: [String], startsServer: Bool = false) throws -> String {
        let tmuxArgs = ["-S", socket, "-f", "/dev/null"] + args
        let closeAndExec =
            #"for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done 2>/dev/null; "#
            + #"exec "$0" "$@""#
        let result =
            startsServer
            ? try runProcess(
                URL(fileURLWithPath: "/bin/bash"), ["-c", closeAndExec, Self.tmuxPath] + tmuxArgs,
                environment: tmuxEnvironment, timeout: 10)
            : try runProcess(
                URL(fileURLWithPath: Self.tmuxPath), tmuxArgs, environment: tmuxEnvironment, timeout: 10)
        guard result.status == 0 else {
            throw HarnessError.commandFailed(
                command: "tmux " + args.map(Self.shellQuote).joined(separator: " "), status: result.status,
                stderr: result.stderr)
        }
        return result.stdout
    }

    private func capture(_ options: [String]) -> String {
        do {
            let text = try tmux(["capture-pane", "-p", "-t", target] + options)
            captureFailure = nil
            return text.hasSuffix("\n") ? String(text.dropLast()) : text
        } catch {
            captureFailure = "\(error)"
            return ""
        }
    }

    private func record(_ sourceLocation: SourceLocation, _ body: () throws -> Void) {
        do {
            try body()
        } catch {
            Issue.record(error, sourceLocation: sourceLocation)
        }
    }

    private static func makeTemporaryDirectory() throws -> String {
        // Short and under /tmp: a Unix socket path must stay under ~100 bytes.
        var template = Array("/tmp/skeptic-e2e.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw HarnessError.commandFailed(
                command: "mkdtemp", status: errno, stderr: String(cString: strerror(errno)))
        }
        return String(cString: made)
    }
}

/// `kill(2)`, which `TmuxSession.kill()` hides inside the class.
private func signalProcess(_ pid: pid_t, _ signal: Int32) -> Int32 {
    kill(pid, signal)
}
