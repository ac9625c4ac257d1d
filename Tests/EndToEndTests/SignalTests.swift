import Foundation
import Testing

/// Every signal that ends the reader leaves the terminal as it found it: the main screen, the cursor shown,
/// mouse reporting off; a crash writes its report to a file, with a pointer on the screen, not over it.
@Suite struct SignalTests {
    static let article = SkepticBinary.referenceArticle.path

    @Test(arguments: [SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGQUIT, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE])
    func theTerminalIsRestored(signal: Int32) throws {
        let state = temporaryDirectory("signal-state")
        let s = try TmuxSession(width: 80, height: 24, skeptic: [Self.article], environment: ["XDG_STATE_HOME": state.path])
        try s.waitFor("h help")
        #expect(s.modes().alternate)
        s.sendSignal(signal)
        #expect(try s.waitForExit() == 128 + signal)
        let modes = s.modes()
        #expect(!modes.alternate, "signal \(signal): still on the alternate screen")
        #expect(modes.cursor, "signal \(signal): cursor hidden")
        #expect(!modes.mouse, "signal \(signal): mouse reporting on")
        #expect(!s.screen().contains("h help"))
        #expect(!s.screen().contains("Press space to interact"))
        let crash = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE].contains(signal)
        let reports = (try? FileManager.default.contentsOfDirectory(atPath: state.path + "/skeptic"))?.filter { $0.hasPrefix("crash-") } ?? []
        #expect(reports.count == (crash ? 1 : 0), "signal \(signal): \(reports)")
        if crash {
            #expect(s.screen().contains("skeptic: crashed on signal \(signal); the terminal was restored; report: "))
            let report = try String(contentsOfFile: state.path + "/skeptic/" + reports[0], encoding: .utf8)
            #expect(report.hasPrefix("skeptic: crashed on signal \(signal)\nskeptic 0."), "\(report.prefix(200))")
            // The executable the addresses are read against.
            #expect(report.contains("addr2line -f -C -e /"), "\(report.prefix(300))")
        }
    }
}
