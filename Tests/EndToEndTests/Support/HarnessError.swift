import Foundation

/// Everything the end-to-end harness can fail with; each case carries what a reader of the failure needs.
enum HarnessError: Error, CustomStringConvertible {
    /// The `skeptic` executable (or another tool) is not where we looked.
    case executableNotFound(path: String, searched: [String])
    /// A process ran longer than its timeout and was killed.
    case timedOut(command: String, seconds: TimeInterval, stdout: String, stderr: String)
    /// A process could not be started, or a tmux command failed.
    case commandFailed(command: String, status: Int32, stderr: String)
    /// The tmux pane never showed what a test waited for.
    case screenTimeout(expected: String, seconds: TimeInterval, screen: String)

    var description: String {
        switch self {
        case let .executableNotFound(path, searched):
            return "executable not found: \(path)\nsearched:\n  " + searched.joined(separator: "\n  ")
                + "\n(build it with `swift build`, or set SKEPTIC_BIN)"
        case let .timedOut(command, seconds, stdout, stderr):
            return "timed out after \(seconds) s: \(command)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
        case let .commandFailed(command, status, stderr):
            return "command failed (status \(status)): \(command)\n\(stderr)"
        case let .screenTimeout(expected, seconds, screen):
            return "waited \(seconds) s for \(expected); last screen:\n"
                + "+" + String(repeating: "-", count: 20) + "\n"
                + screen
                + "\n+" + String(repeating: "-", count: 20)
        }
    }
}
