#if canImport(Glibc)
import Glibc
#endif
import CNcursesw

/// What a signal does to the reader. Stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2,
/// SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ) are noted and the loop ends, restoring the
/// terminal. Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) restore it from the handler
/// itself — only async-signal-safe calls: `write`, `open`, `backtrace_symbols_fd` — write a report under the
/// state directory with a one-line pointer on stderr, and end the process with the signal. Everything the
/// handler needs is prepared beforehand, since it may not allocate.
enum SignalGuard {
    static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
                                       SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    /// The terminal, for the crash handler's reset (opened once, write-only).
    nonisolated(unsafe) static var tty: Int32 = -1
    /// Attributes off, mouse reports off, the cursor shown, the main screen back.
    nonisolated(unsafe) static var reset: UnsafeMutableBufferPointer<UInt8> = allocate(
        "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?25h\u{1B}[?1049l")
    /// The crash report's path (NUL-terminated), and the stderr line around the signal number.
    nonisolated(unsafe) static var reportPath: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) static var pointerPrefix = allocate("skeptic: crashed on signal ")
    nonisolated(unsafe) static var pointerSuffix = allocate("; the terminal was restored\n")
    nonisolated(unsafe) private static var installed = false

    static func allocate(_ text: String) -> UnsafeMutableBufferPointer<UInt8> {
        let bytes = Array(text.utf8)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + 1)
        _ = buffer.initialize(from: bytes + [0])
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<bytes.count])
    }

    /// What a report says first: the program's version and the executable the addresses are in.
    nonisolated(unsafe) static var reportHeader = allocate("")

    /// Where crash reports go (`DIR/crash-PID.txt`); the directory is made if it can be. `program` (its
    /// name and version) heads each report, with the executable to read the addresses against.
    static func prepareReports(directory: String, program: String) {
        var executable = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &executable, executable.count - 1)
        let path = n > 0 ? String(decoding: executable[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "skeptic"
        reportHeader = allocate(program + ", " + path + "\nThe call stack (addresses: addr2line -f -C -e " + path + " ADDRESS):\n")
        var prefix = ""
        for part in directory.split(separator: "/") {
            prefix += "/" + part
            mkdir(prefix, 0o700)
        }
        reportPath = allocate(directory + "/crash-\(getpid()).txt")
        pointerSuffix = allocate("; the terminal was restored; report: " + directory + "/crash-\(getpid()).txt\n")
    }

    static func install(stop: @convention(c) (Int32) -> Void) {
        guard !installed else { return }
        installed = true
        // The call stack is read only in a crash: its first use reads the unwind tables, too slow before the
        // first screen.
        if tty < 0 { tty = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC) }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = stop
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0 // no SA_RESTART: a blocked read returns so that the loop sees the signal
        for signal in stopSignals { sigaction(signal, &action, nil) }
        var crash = sigaction()
        crash.__sigaction_handler.sa_handler = { signal in SignalGuard.crashed(signal) }
        sigemptyset(&crash.sa_mask)
        crash.sa_flags = 0
        for signal in crashSignals { sigaction(signal, &crash, nil) }
    }

    /// The crash handler: terminal first, then the report and the pointer, then the signal's own end.
    static func crashed(_ signal: Int32) {
        if tty >= 0 { _ = write(tty, reset.baseAddress, reset.count) }
        var digits: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let count = withUnsafeMutableBytes(of: &digits) { d -> Int in
            var v = Int(signal), n = 0
            repeat {
                d[3 - n] = UInt8(48 + v % 10)
                v /= 10
                n += 1
            } while v > 0 && n < 4
            return n
        }
        if let path = reportPath?.baseAddress {
            let fd = open(UnsafeRawPointer(path).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            if fd >= 0 {
                _ = write(fd, pointerPrefix.baseAddress, pointerPrefix.count)
                withUnsafeBytes(of: &digits) { d in _ = write(fd, d.baseAddress! + 4 - count, count) }
                _ = write(fd, "\n", 1)
                _ = write(fd, reportHeader.baseAddress, reportHeader.count)
                sk_backtrace_fd(fd)
                close(fd)
            }
        }
        _ = write(2, pointerPrefix.baseAddress, pointerPrefix.count)
        withUnsafeBytes(of: &digits) { d in _ = write(2, d.baseAddress! + 4 - count, count) }
        _ = write(2, pointerSuffix.baseAddress, pointerSuffix.count)
        // The signal's own end (a core dump where that is set up): the default action, raised again.
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&fallback.sa_mask)
        sigaction(signal, &fallback, nil)
        raise(signal)
    }
}
