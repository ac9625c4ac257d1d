import CNcursesw
import SkepticUI
#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be used for the reader.
public enum TerminalError: Error, Equatable, Sendable {
    case termNotSet
    case dumbTerminal(String)
    case unknownTerminal(String)
    case noTerminal(String)

    /// The one-line message for the user (without the program name).
    public var message: String {
        switch self {
        case .termNotSet:
            return "TERM is not set, so the reader cannot start; use --dump for plain output"
        case .dumbTerminal(let term):
            return "terminal type '\(term)' cannot show the reader; use --dump for plain output"
        case .unknownTerminal(let term):
            return "unknown terminal type '\(term)' (TERM); use --dump for plain output"
        case .noTerminal(let reason):
            return "cannot open the terminal /dev/tty: \(reason)"
        }
    }
}

/// The signal that asked the reader to stop (one of `SignalGuard.stopSignals`), 0 while none has.
nonisolated(unsafe) private var stopSignal: sig_atomic_t = 0

/// The only owner of curses: sets the terminal up, reads keys from /dev/tty, copies changed cells of a
/// `CellGrid` to the screen, and restores the terminal however the reader ends.
public final class Terminal {
    private var screen: OpaquePointer?
    private var ttyFile: UnsafeMutablePointer<FILE>?
    private var previous: CellGrid?
    private var theme: Theme
    private var colour: Bool
    /// Colour was asked for (not NO_COLOR): a new theme keeps the same choice.
    private let colourWanted: Bool
    /// Colour pairs made so far: keys (foreground × 1024 + background) and their numbers, searched in
    /// order (a few dozen at most; a dictionary here cost a conformance scan at start-up).
    private var pairKeys: [Int] = []
    private var pairNumbers: [Int16] = []
    private var closed = false
    /// Attributes and pair per role, by the role's ordinal (an array: no hashing per cell).
    private var renditions = [(attr_t, Int16)?](repeating: nil, count: 256)
    private var runBuffer: [wchar_t] = []
    /// Links are written as OSC 8 hyperlinks (the config's `hyperlinks`; never on the Linux console).
    public var hyperlinks = false
    /// Each role's style as the terminal's own bytes, for the hyperlinks' cells.
    private var styleBytes: [[UInt8]?] = Array(repeating: nil, count: 256)


    /// Starts curses on /dev/tty. `colour` false means no colour at all (NO_COLOR); a terminal without
    /// colours gets none either.
    public init(theme: Theme, colour: Bool) throws(TerminalError) {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term.isEmpty { throw .termNotSet }
        if term == "dumb" || term == "unknown" { throw .dumbTerminal(term) }

        // Only the character type matters for drawing; loading every locale category costs start-up time.
        setlocale(LC_CTYPE, "")
        if sk_is_utf8_codeset() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }

        guard let tty = fopen("/dev/tty", "r+") else {
            throw .noTerminal(String(cString: strerror(errno)))
        }
        ttyFile = tty
        Terminal.installSignalHandlers()
        guard let s = newterm(nil, tty, tty) else {
            fclose(tty)
            ttyFile = nil
            throw .unknownTerminal(term)
        }
        screen = s
        set_term(s)
        cbreak()
        noecho()
        nonl()
        keypad(sk_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        // Write each frame in one go instead of line by line while polling for typeahead.
        typeahead(-1)
        // Wake up now and then so that a stop signal is noticed even if a read is restarted.
        wtimeout(sk_stdscr(), 250)
        // ncurses flushes its output after every cursor move while the screen is in its initial state (its
        // mvcur treats that as a call from a low-level terminfo program), and only a resume from endwin moves
        // it to "running": without this, every frame left in one write per line (strace: 134 writes of ~100
        // bytes), each waking the terminal emulator. Suspending once before anything is drawn makes the first
        // update resume (and move to "running" before it draws), so every frame leaves in a few large writes.
        // Curses stays on the alternate screen meanwhile (its string for leaving it is emptied), so that a
        // first frame written before curses started (`FirstFrame`) stays on the screen until curses repaints it.
        let leave = sk_string_silence("rmcup")
        endwin()
        sk_string_restore("rmcup", leave)
        self.theme = colour ? theme : theme.monochrome
        self.colourWanted = colour
        self.colour = colour && has_colors()
        if self.colour {
            start_color()
            use_default_colors()
            if sk_colors() < 8 { self.colour = false }
        }
    }

    deinit { close() }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        if screen != nil {
            curs_set(1)
            endwin()
            delscreen(screen)
            screen = nil
        }
        if let tty = ttyFile {
            fclose(tty)
            ttyFile = nil
        }
    }

    /// Leaves curses for another program that takes the whole terminal (the note editor), and comes back:
    /// the screen as the program left it is repainted from scratch on the next `draw`.
    public func runOutside(_ body: () -> Void) {
        guard screen != nil else { return body() }
        curs_set(1)
        endwin()
        body()
        // Back in curses (program mode again), everything painted anew.
        refresh()
        curs_set(0)
        clearok(sk_stdscr(), true)
    }

    /// The terminal's size in columns and rows.
    public var size: (columns: Int, rows: Int) {
        (Int(sk_cols()), Int(sk_lines()))
    }

    /// The signal that asked the reader to stop, if one has.
    public var pendingStopSignal: Int32? {
        stopSignal == 0 ? nil : Int32(stopSignal)
    }

    // MARK: - Input

    /// Switches to another theme; the next `draw` repaints every cell.
    public func setTheme(_ newTheme: Theme) {
        theme = colourWanted ? newTheme : newTheme.monochrome
        renditions = [(attr_t, Int16)?](repeating: nil, count: 256)
        styleBytes = Array(repeating: nil, count: 256)
        previous = nil
    }

    /// Turns mouse reporting on or off (wheel and clicks; Shift lets the terminal select text).
    public func enableMouse(_ on: Bool) {
        _ = sk_mouse_enable(on ? 1 : 0)
    }

    /// How long `readKey` waits for a key before it returns nil.
    public func setInputTimeout(milliseconds: Int32) {
        wtimeout(sk_stdscr(), milliseconds)
    }

    /// The next key, or nil when none came within a short wait (or a signal interrupted the wait).
    public func readKey() -> Key? {
        var ch: wint_t = 0
        let result = wget_wch(sk_stdscr(), &ch)
        if result == ERR {
            // A timeout, or a terminal that is gone (its window closed while no SIGHUP reached us, as under a
            // tracer): then every read fails at once, and the reader stops as on a hangup instead of spinning.
            if let tty = ttyFile {
                var poller = pollfd(fd: fileno(tty), events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 0) > 0, poller.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { stopSignal = SIGHUP }
            }
            return nil
        }
        if result == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case KEY_BACKSPACE: return .backspace
            case KEY_RESIZE: return .resize
            case KEY_MOUSE:
                var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
                guard sk_get_mouse(&x, &y, &kind) != 0 else { return nil }
                switch kind {
                case 1: return .mouse(MouseEvent(.wheelUp, column: Int(x), row: Int(y)))
                case 2: return .mouse(MouseEvent(.wheelDown, column: Int(x), row: Int(y)))
                case 3: return .mouse(MouseEvent(.click, column: Int(x), row: Int(y)))
                default: return nil
                }
            default: return nil
            }
        }
        switch ch {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(ch) + 96)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(scalar))
        }
    }

    // MARK: - Output

    /// Copies the cells that changed since the last frame to the screen. `force` repaints everything.
    public func draw(_ grid: CellGrid, force: Bool = false) {
        let full = force || previous == nil || previous!.width != grid.width || previous!.height != grid.height
        if full {
            werase(sk_stdscr())
            if force { clearok(sk_stdscr(), true) }
        }
        // Cells to draw are gathered into runs of one rendition and written with one call each (ncurses' cost is
        // per call, and a big first frame has thousands of cells). The loop works on
        // local copies and buffer pointers: no exclusivity checks or cross-module calls per cell.
        let plain = plainRendition
        let width = grid.width
        let height = grid.height
        let oldCells = full ? [] : previous!.cells
        // Renditions of the roles seen so far; others are worked out on first sight (outside the loop's
        // closures, so that nothing the loop touches is captured and checked for exclusive access).
        var styles = renditions
        grid.cells.withUnsafeBufferPointer { cells in
            for i in cells.indices where styles[Int(cells[i].role.ordinal)] == nil {
                styles[Int(cells[i].role.ordinal)] = rendition(for: cells[i].role)
            }
        }
        let known = styles
        runBuffer = grid.cells.withUnsafeBufferPointer { cells in
            oldCells.withUnsafeBufferPointer { old in
                var writer = RunWriter(buffer: runBuffer)
                for row in 0..<height {
                    let base = row * width
                    writer.row = row
                    for column in 0..<width {
                        let i = base + column
                        if cells[i].isContinuation { continue }
                        if !full, Self.same(old, cells, i), column + 1 >= width || Self.same(old, cells, i + 1) {
                            writer.flush()
                            continue
                        }
                        let rendition = known[Int(cells[i].role.ordinal)] ?? plain
                        // After an erase the screen is blank already: plain blank cells need no drawing.
                        if full && rendition == plain && cells[i].base == " " && !cells[i].hasMarks {
                            writer.flush()
                            continue
                        }
                        writer.add(cells[i], column: column, rendition: rendition)
                    }
                    writer.flush()
                }
                return writer.buffer
            }
        }
        let changed = hyperlinks && (full || previous != grid)
        previous = grid
        wnoutrefresh(sk_stdscr())
        doupdate()
        if hyperlinks && changed { writeHyperlinks(grid) }
    }

    /// Writes the grid's links again as OSC 8 hyperlinks, after curses' update (which leaves the terminal
    /// in its plain style), and puts the cursor back where curses left it.
    private func writeHyperlinks(_ grid: CellGrid) {
        guard !grid.linkTargets.isEmpty, let tty = ttyFile else { return }
        let colours = colour ? Int(sk_colors()) : 0
        var bytes = Hyperlinks.overlay(grid) { role in
            if let known = styleBytes[Int(role.ordinal)] { return known }
            let made = FirstFrame.styleBytes(theme.style(for: role), colours: colours)
            styleBytes[Int(role.ordinal)] = made
            return made
        }
        guard !bytes.isEmpty else { return }
        FirstFrame.appendCapability(sk_tiparm2(sk_terminfo_string("cup"), sk_cursor_y(), sk_cursor_x()), to: &bytes)
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, tty) }
        fflush(tty)
    }

    /// Two grids' cells at one index are the same (compared field by field, without copying the cell).
    @inline(__always)
    private static func same(_ a: UnsafeBufferPointer<Cell>, _ b: UnsafeBufferPointer<Cell>, _ i: Int) -> Bool {
        a[i].base == b[i].base && a[i].role == b[i].role && a[i].isContinuation == b[i].isContinuation && a[i].marksNumber == b[i].marksNumber
    }

    /// Gathers cells of one rendition into a run and writes it with one call.
    private struct RunWriter {
        var buffer: [wchar_t]
        var row = 0
        var start = -1
        var rendition: (attr_t, Int16) = (0, 0)

        mutating func add(_ cell: Cell, column: Int, rendition r: (attr_t, Int16)) {
            if start >= 0 && r != rendition { flush() }
            if start < 0 {
                start = column
                rendition = r
            }
            buffer.append(cell.base == "\0" ? 32 : wchar_t(bitPattern: cell.base.value))
            if cell.hasMarks, let marks = cell.marks {
                for scalar in marks.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
            }
        }

        mutating func flush() {
            if start >= 0 && !buffer.isEmpty {
                let (row, start, rendition) = (row, start, rendition)
                _ = buffer.withUnsafeBufferPointer {
                    sk_put_cells(Int32(row), Int32(start), $0.baseAddress, Int32($0.count), rendition.0, rendition.1)
                }
            }
            start = -1
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// What a blank cell of the erased screen looks like.
    private var plainRendition: (attr_t, Int16) { (sk_a_normal(), 0) }

    /// Attributes and colour pair of a role, worked out once per role.
    private func rendition(for role: Role) -> (attr_t, Int16) {
        if let known = renditions[Int(role.ordinal)] { return known }
        let style = theme.style(for: role)
        var attrs = sk_a_normal()
        if style.bold { attrs |= sk_a_bold() }
        if style.dim { attrs |= sk_a_dim() }
        if style.italic { attrs |= sk_a_italic() }
        if style.underline { attrs |= sk_a_underline() }
        if style.reverse { attrs |= sk_a_reverse() }
        let pair = colour ? pairNumber(style) : 0
        renditions[Int(role.ordinal)] = (attrs, pair)
        return (attrs, pair)
    }

    private func pairNumber(_ style: Style) -> Int16 {
        let foreground = style.foreground.map(mapColour) ?? -1
        let background = style.background.map(mapColour) ?? -1
        let key = (foreground + 1) * 1024 + background + 1
        if foreground == -1 && background == -1 { return 0 }
        if let i = pairKeys.firstIndex(of: key) { return pairNumbers[i] }
        let number = Int16(pairKeys.count + 1)
        guard Int32(number) < sk_color_pairs() else { return 0 }
        init_pair(number, Int16(foreground), Int16(background))
        pairKeys.append(key)
        pairNumbers.append(number)
        return number
    }

    /// A 256-colour palette index, mapped to what the terminal has.
    private func mapColour(_ index: Int) -> Int {
        Self.mapColour(index, available: Int(sk_colors()))
    }

    /// A 256-colour palette index, mapped to a terminal with `available` colours.
    static func mapColour(_ index: Int, available: Int) -> Int {
        if index < available { return index }
        return Palette.nearest(to: index, among: available >= 16 ? 16 : 8)
    }

    // MARK: - Signals

    /// Stop signals ask the reader to stop (it then restores the terminal); crash signals restore it at once
    /// (`SignalGuard`). Installed before anything is drawn, the first frame included.
    static func installSignalHandlers() {
        SignalGuard.install(stop: { signal in
            stopSignal = sig_atomic_t(signal)
            ChildProcesses.signalled()
        })
    }

    /// Crash reports go to `directory` (the state directory), with a one-line pointer on stderr; `program`
    /// (name and version) heads each.
    public static func prepareCrashReports(directory: String, program: String) {
        SignalGuard.prepareReports(directory: directory, program: program)
    }
}
