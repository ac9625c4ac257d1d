#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The reader's child processes (the fetches under way), ended when it quits or is signalled: a fixed table
/// the stop handler can read without allocating (`kill` is async-signal-safe), and an `atexit` handler that
/// ends and reaps them on any exit.
public enum ChildProcesses {
    static let capacity = 32
    /// The pids, 0 for a free slot; written under `lock`, read by the signal handler as they are.
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<pid_t> = {
        let p = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
        p.initialize(repeating: 0, count: capacity)
        return p
    }()
    static let lock = Mutex<Bool>(false)

    /// Notes a child to end with the reader.
    public static func add(_ pid: pid_t) {
        lock.withLock { registered in
            if !registered {
                registered = true
                atexit { ChildProcesses.endAll(reap: true) }
            }
            for i in 0..<capacity where slots[i] == 0 {
                slots[i] = pid
                return
            }
        }
    }

    /// Forgets a child that has been reaped.
    public static func remove(_ pid: pid_t) {
        lock.withLock { _ in
            for i in 0..<capacity where slots[i] == pid { slots[i] = 0 }
        }
    }

    /// SIGKILL to every child still noted (a fetch has nothing to save; its cache entries are written whole): from the signal handler (no reaping: the fetch's own thread
    /// reaps it once its pipes close), or on exit (reaped here, since nothing else will).
    static func endAll(reap: Bool) {
        for i in 0..<capacity {
            let pid = slots[i]
            if pid > 0 {
                kill(pid, SIGKILL)
                if reap {
                    var status: Int32 = 0
                    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                    slots[i] = 0
                }
            }
        }
    }

    /// From a stop signal's handler.
    static func signalled() { endAll(reap: false) }
}
