import SkepticCore
import SkepticTerminal
import SkepticUI

/// The interactive reader's run loop: keys to state, state to grid, grid to terminal.
enum Reader {
    /// Runs until the user quits or a signal asks to stop; returns the exit status.
    static func run(document: Document, theme: Theme, colour: Bool) throws(TerminalError) -> Int32 {
        let terminal = try Terminal(theme: theme, colour: colour)
        defer { terminal.close() }
        var size = terminal.size
        var state = AppState(document: document, columns: size.columns, rows: size.rows)
        terminal.draw(Screen.render(&state))
        while true {
            if let signal = terminal.pendingStopSignal { return 128 + signal }
            guard let key = terminal.readKey() else { continue }
            var force = false
            switch key {
            case .resize:
                size = terminal.size
                state.resize(columns: size.columns, rows: size.rows)
            case .ctrl("l"):
                force = true
            default:
                if state.handle(key) == .quit { return 0 }
            }
            terminal.draw(Screen.render(&state), force: force)
        }
    }
}
