import SkepticCore
import SkepticTerminal
import SkepticUI

/// The interactive reader's run loop: keys to state, state to grid, grid to terminal.
enum Reader {
    /// Articles up to this size are analysed right after the first screen (about 10 ms at 100 MiB/s); bigger
    /// ones on another thread.
    static let analyseAtOnceLimit = 1 << 20

    /// Runs until the user quits or a signal asks to stop; returns the exit status.
    /// `loading`, when given, brings the whole article while `document` (its opening) is shown.
    static func run(document: Document, loading: BackgroundLoad?, theme: Theme, colour: Bool) throws(TerminalError) -> Int32 {
        let terminal = try Terminal(theme: theme, colour: colour)
        defer { terminal.close() }
        var size = terminal.size
        var loading = loading
        // A big article is shown at once and analysed on another thread (the highlights follow).
        let analyseNow = loading != nil || document.text.count <= Reader.analyseAtOnceLimit
        if !analyseNow { loading = BackgroundLoad(analysing: document) }
        // The first frame shows the text at once; the highlights follow in the next frame, a few
        // milliseconds later (the analysis and its lexicons' set-up would otherwise delay the first screen).
        var state = AppState(annotated: AnnotatedDocument(document: document, annotations: Annotations()),
                             columns: size.columns, rows: size.rows, isLoading: true)
        terminal.draw(Screen.render(&state))
        if analyseNow {
            state.replaceDocument(Pipeline.standard.run(document))
            if loading != nil { state.markLoading() }
            terminal.draw(Screen.render(&state))
        }
        var started = false
        // Wake up often while the article is still being read, to show it as soon as it is there.
        terminal.setInputTimeout(milliseconds: loading == nil ? 250 : 15)
        while true {
            if let signal = terminal.pendingStopSignal { return 128 + signal }
            if let result = loading?.take() {
                loading = nil
                terminal.setInputTimeout(milliseconds: 250)
                switch result {
                case .success(let full): state.replaceDocument(full)
                case .failure(let error): state.show(message: "Only the opening is shown: " + error.message)
                }
                terminal.draw(Screen.render(&state))
            }
            let pressed = terminal.readKey()
            if !started {
                // After the first wait for a key: the terminal has had a moment to show the first frame.
                started = true
                loading?.start()
            }
            guard let key = pressed else { continue }
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
