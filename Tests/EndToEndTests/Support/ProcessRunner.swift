import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a finished process wrote and how it exited.
struct RunResult: Sendable {
    let stdout: String
    let stderr: String
    /// The exit status; for a process killed by signal N, 128 + N (as a shell reports it).
    let status: Int32
}

/// Runs the `skeptic` binary without a terminal and collects its output.
///
/// - Parameters:
///   - stdin: bytes written to its standard input through a pipe; `nil` gives it `/dev/null`.
///   - environment: the complete environment; `nil` means `testEnvironment()` (ours, `LANG=C.UTF-8`).
///   - timeout: seconds before the process is killed and `HarnessError.timedOut` is thrown.
func runSkeptic(
    _ args: [String], stdin: Data? = nil, environment: [String: String]? = nil, timeout: TimeInterval = 20
) throws -> RunResult {
    let url = SkepticBinary.url
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
        throw HarnessError.executableNotFound(path: url.path, searched: SkepticBinary.searched)
    }
    return try runProcess(url, args, stdin: stdin, environment: environment ?? testEnvironment(), timeout: timeout)
}

/// This process's environment with `LANG=C.UTF-8` and without `LINES`/`COLUMNS` (which would override the
/// terminal size), plus `adding`, minus the names in `removing`.
func testEnvironment(adding: [String: String] = [:], removing: [String] = []) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["LINES"] = nil
    env["COLUMNS"] = nil
    env["LANG"] = "C.UTF-8"
    // Fetched pages are cached in the test run's own folder, never the user's.
    env["XDG_CACHE_HOME"] = testScratch.appendingPathComponent("cache").path
    env.merge(adding) { _, new in new }
    for name in removing { env[name] = nil }
    return env
}

/// Runs any executable with pipes for stdout and stderr, both drained while it runs, and a deadline.
func runProcess(
    _ executable: URL, _ args: [String], stdin: Data? = nil, environment: [String: String]? = nil,
    timeout: TimeInterval = 20
) throws -> RunResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = args
    if let environment { process.environment = environment }

    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    let inPipe: Pipe? = stdin == nil ? nil : Pipe()
    let devNull = stdin == nil ? FileHandle(forReadingAtPath: "/dev/null") : nil
    if let inPipe {
        process.standardInput = inPipe
    } else {
        process.standardInput = devNull
    }

    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    let command = ([executable.path] + args).map(TmuxSession.shellQuote).joined(separator: " ")
    do {
        try runWithDefaultSignalMask(process)
    } catch {
        throw HarnessError.commandFailed(command: command, status: -1, stderr: "\(error)")
    }

    // Drain both pipes on their own threads (a full pipe would block the child), and feed stdin on a third.
    let out = PipeDrain(outPipe.fileHandleForReading)
    let err = PipeDrain(errPipe.fileHandleForReading)
    if let inPipe, let stdin {
        let writer = inPipe.fileHandleForWriting
        Thread.detachNewThread {
            // A child that stops reading gives EPIPE here; blocked, the thread-directed SIGPIPE cannot kill us.
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            try? writer.write(contentsOf: stdin)
            try? writer.close()
        }
    }

    let finished = exited.wait(timeout: .now() + timeout) == .success
    if !finished {
        process.terminate()
        if exited.wait(timeout: .now() + 2) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            if exited.wait(timeout: .now() + 2) == .timedOut {
                // Foundation still holds an unretained pointer to it and calls back when the exit is seen.
                AbandonedProcesses.keep(process)
            }
        }
    }
    // A grandchild holding the pipes open must not hang the test: give up on EOF after a grace period.
    let stdoutData = out.finish(within: 2)
    let stderrData = err.finish(within: 2)
    // Foundation keeps a Process that had a termination handler, and with it these handles: closed here, or
    // the test process gathers thousands of descriptors (and Process.run's scan of /proc/self/fd then
    // over-reads its buffer and crashes: swift-corelibs-foundation#5472). A pipe still being read is left.
    if out.isDone { try? outPipe.fileHandleForReading.close() }
    if err.isDone { try? errPipe.fileHandleForReading.close() }
    try? devNull?.close()
    if finished { try? inPipe?.fileHandleForReading.close() }
    let stdoutText = String(decoding: stdoutData, as: UTF8.self)
    let stderrText = String(decoding: stderrData, as: UTF8.self)
    if !finished {
        throw HarnessError.timedOut(command: command, seconds: timeout, stdout: stdoutText, stderr: stderrText)
    }
    let status =
        process.terminationReason == .uncaughtSignal
        ? 128 + process.terminationStatus : process.terminationStatus
    return RunResult(stdout: stdoutText, stderr: stderrText, status: status)
}

// MARK: - Helpers

/// Starts `process` from a fresh thread with no signals blocked.
///
/// Foundation's `Process` on Linux gives the child the signal mask of the calling thread
/// (swift-corelibs-foundation#4772). Test code runs on Dispatch worker threads, which block nearly every
/// signal, so the child would ignore SIGTERM, SIGINT and SIGWINCH, and a tmux client hangs.
private func runWithDefaultSignalMask(_ process: Process) throws {
    final class Outcome: @unchecked Sendable { var error: (any Error)? }
    let outcome = Outcome()
    let started = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
        do { try process.run() } catch { outcome.error = error }
        started.signal()
    }
    started.wait()
    if let error = outcome.error { throw error }
}

/// Reads a file handle to EOF on a dedicated thread, keeping what arrived so far.
private final class PipeDrain: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                lock.lock()
                data.append(chunk)
                lock.unlock()
            }
            lock.lock()
            reachedEnd = true
            lock.unlock()
            done.signal()
        }
    }

    /// EOF was reached: the reading thread is done with the handle.
    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return reachedEnd
    }
    private var reachedEnd = false

    /// Waits up to `seconds` for EOF, then returns what was read.
    func finish(within seconds: TimeInterval) -> Data {
        _ = done.wait(timeout: .now() + seconds)
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// Processes whose exit Foundation has not reported yet (a descendant holds its termination socket). Freeing
/// them would let that late report touch freed memory, so they live until the test process ends.
private enum AbandonedProcesses {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var processes: [Process] = []

    static func keep(_ process: Process) {
        lock.lock()
        processes.append(process)
        lock.unlock()
    }
}

/// Polls `condition` until it holds or `timeout` passes; whether it held. (The deadline fails the test, not a
/// fixed sleep: a condition that holds returns at once.)
func poll(timeout: TimeInterval, until condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if condition() { return true }
        if Date() >= deadline { return false }
        usleep(20_000)  // poll
    }
}
