import CNcursesw
import SkepticCore
import SkepticUI
#if canImport(Glibc)
import Glibc
#endif

/// The reader's first frame, written before curses starts: straight from the cell grid to /dev/tty with
/// the terminal's own terminfo strings (alternate screen, cursor address, attributes, colours).
///
/// Setting up curses (its screens, key tables and locale) and its first update take about half of the time
/// to the first screen; the text need not wait for them. Curses then starts on the alternate screen this
/// frame entered, leaves it in place (`Terminal` keeps curses from leaving the alternate screen while it
/// settles in) and repaints the same cells in its first update.
public final class FirstFrame {
    private var fd: Int32
    /// The terminal's size in columns and rows, from /dev/tty.
    public let size: (columns: Int, rows: Int)

    /// Opens /dev/tty and TERM's description; nil when the frame cannot be written this way (no terminal,
    /// TERM unset, dumb or unknown, no cursor addressing or clearing, LINES or COLUMNS set): curses starts as before and
    /// reports what is wrong.
    public init?() {
        guard let term = getenv("TERM"), term.pointee != 0 else { return nil }
        let name = String(cString: term)
        guard name != "dumb", name != "unknown", getenv("LINES") == nil, getenv("COLUMNS") == nil else { return nil }
        fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var window = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0,
              sk_terminfo_load(fd) != 0 else {
            Glibc.close(fd)
            fd = -1
            return nil
        }
        guard sk_terminfo_string("cup") != nil, sk_terminfo_string("clear") != nil else {
            sk_terminfo_free()
            Glibc.close(fd)
            fd = -1
            return nil
        }
        size = (Int(window.ws_col), Int(window.ws_row))
        // A stop signal from now on is seen by the reader's loop, which restores the terminal.
        Terminal.installSignalHandlers()
    }

    /// What leaves the alternate screen and shows the cursor again, should curses fail to start after the
    /// frame was written.
    private var restore: [UInt8] = []

    deinit { finish() }

    /// Leaves the alternate screen the frame entered (curses could not start after all).
    public func undo() {
        guard !restore.isEmpty else { return }
        let tty = open("/dev/tty", O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard tty >= 0 else { return }
        _ = restore.withUnsafeBytes { Glibc.write(tty, $0.baseAddress!, $0.count) }
        Glibc.close(tty)
        restore = []
    }

    /// Writes the grid on the alternate screen, in one write. `colour` false means attributes only.
    public func paint(_ grid: CellGrid, theme: Theme, colour: Bool) {
        guard fd >= 0 else { return }
        let bytes = Self.frame(grid, theme: colour ? theme : theme.monochrome, colour: colour)
        for name in ["sgr0", "cnorm", "rmcup"] { Self.appendCapability(sk_terminfo_string(name), to: &restore) }
        var offset = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                offset += n
            }
        }
        finish()
    }

    /// Frees TERM's description and closes /dev/tty (curses loads and opens its own).
    private func finish() {
        guard fd >= 0 else { return }
        sk_terminfo_free()
        Glibc.close(fd)
        fd = -1
    }

    /// The frame's bytes for a named terminal type (TERM), nil when it is unknown; for tests.
    public static func frame(_ grid: CellGrid, theme: Theme, colour: Bool, terminalType: String) -> [UInt8]? {
        guard sk_terminfo_load_named(terminalType, 2) != 0 else { return nil }
        defer { sk_terminfo_free() }
        return frame(grid, theme: colour ? theme : theme.monochrome, colour: colour)
    }

    /// The bytes of a frame: enter the alternate screen, hide the cursor, clear, then each run of cells of
    /// one style at its place. Blank unstyled cells are left to the clear. The bottom-right cell is left
    /// out (writing it makes some terminals scroll); curses draws it a moment later.
    static func frame(_ grid: CellGrid, theme: Theme, colour: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(grid.width * grid.height + 4096)
        func put(_ capability: UnsafePointer<CChar>?) { Self.appendCapability(capability, to: &out) }
        let cup = sk_terminfo_string("cup")
        // Most terminals' cursor address is the ANSI one: it is then written directly.
        let ansiCursor = cup.map { String(cString: $0) == "\u{1B}[%i%p1%d;%p2%dH" } ?? false
        let reset = sk_terminfo_string("sgr0")
        put(sk_terminfo_string("smcup"))
        put(sk_terminfo_string("civis"))
        put(reset)
        put(sk_terminfo_string("clear"))
        // Attributes and colours per role, worked out on first sight.
        let colours = colour ? Int(sk_terminfo_number("colors")) : 0
        // Each role's attributes and colours, by a number: 0 is plain text (only the reset).
        var sequences: [[UInt8]] = []
        // Whether a blank in the style shows (a background colour, underline, reverse): else a short gap
        // between words is written as spaces rather than with a cursor move.
        var blankShows: [Bool] = []
        var numbers = [Int](repeating: -1, count: 256)
        func number(of role: Role) -> Int {
            let style = theme.style(for: role)
            let shows = style.background != nil || style.underline || style.reverse
            let sequence = Self.styleBytes(style, colours: colours)
            if sequences.isEmpty {
                var plain: [UInt8] = []
                swap(&plain, &out)
                put(reset)
                swap(&plain, &out)
                sequences.append(plain)
                blankShows.append(false)
            }
            if let known = sequences.firstIndex(of: sequence) { return known }
            sequences.append(sequence)
            blankShows.append(shows)
            return sequences.count - 1
        }
        var current = -1
        let width = grid.width, height = grid.height
        var cursor = (row: -1, column: -1)
        grid.cells.withUnsafeBufferPointer { cells in
            for row in 0..<height {
                for column in 0..<width {
                    let i = row * width + column
                    if cells[i].isContinuation { continue }
                    if row == height - 1 && column == width - 1 { continue }
                    let ordinal = Int(cells[i].role.ordinal)
                    if numbers[ordinal] < 0 { numbers[ordinal] = number(of: cells[i].role) }
                    let style = numbers[ordinal]
                    let base = cells[i].base
                    let hasMarks = cells[i].hasMarks
                    if style == 0 && (base == " " || base == "\0") && !hasMarks { continue }
                    let wide = column + 1 < width && cells[i + 1].isContinuation
                    if row == height - 1 && wide && column + 2 >= width { continue }
                    if cursor.row == row, cursor.column < column, column - cursor.column <= 8, current >= 0, !blankShows[current] {
                        // A short gap of blanks: spaces are shorter than a cursor move.
                        for _ in cursor.column..<column { out.append(0x20) }
                    } else if cursor != (row, column) {
                        if ansiCursor {
                            // ESC [ row+1 ; column+1 H, without the parameter interpreter
                            out.append(0x1B)
                            out.append(0x5B)
                            Self.appendDecimal(row + 1, to: &out)
                            out.append(0x3B)
                            Self.appendDecimal(column + 1, to: &out)
                            out.append(0x48)
                        } else {
                            put(sk_tiparm2(cup, Int32(row), Int32(column)))
                        }
                    }
                    if current != style {
                        out.append(contentsOf: sequences[style])
                        current = style
                    }
                    Self.appendUTF8(base, to: &out)
                    if hasMarks, let marks = cells[i].marks {
                        for scalar in marks.unicodeScalars where scalar.value >= 0xA0 { Self.appendUTF8(scalar, to: &out) }
                    }
                    cursor = (row, column + (wide ? 2 : 1))
                }
            }
        }
        put(reset)
        return out
    }

    /// The terminal's own strings that set a style: the reset, then attributes and colours (`colours` the
    /// terminal's number of colours, 0 for none). Needs TERM's description loaded (by curses or `init`).
    static func styleBytes(_ style: Style, colours: Int) -> [UInt8] {
        var out: [UInt8] = []
        func put(_ capability: UnsafePointer<CChar>?) { Self.appendCapability(capability, to: &out) }
        put(sk_terminfo_string("sgr0"))
        if style.bold { put(sk_terminfo_string("bold")) }
        if style.dim { put(sk_terminfo_string("dim")) }
        if style.italic { put(sk_terminfo_string("sitm")) }
        if style.underline { put(sk_terminfo_string("smul")) }
        if style.reverse { put(sk_terminfo_string("rev")) }
        if colours >= 8, let foreground = style.foreground, let setForeground = sk_terminfo_string("setaf") {
            put(sk_tiparm1(setForeground, Int32(Terminal.mapColour(foreground, available: colours))))
        }
        if colours >= 8, let background = style.background, let setBackground = sk_terminfo_string("setab") {
            put(sk_tiparm1(setBackground, Int32(Terminal.mapColour(background, available: colours))))
        }
        return out
    }

    /// A capability string as bytes, without its padding ("$<5>", "$<2*/>": delays for slow terminals, which
    /// curses turns into waits; written as they are they would show as text).
    static func appendCapability(_ capability: UnsafePointer<CChar>?, to out: inout [UInt8]) {
        guard var p = capability else { return }
        while p.pointee != 0 {
            if p.pointee == 0x24, p[1] == 0x3C {  // "$<"
                var q = p + 2
                while q.pointee != 0, q.pointee != 0x3E, (q.pointee >= 0x30 && q.pointee <= 0x39) || q.pointee == 0x2E
                        || q.pointee == 0x2A || q.pointee == 0x2F { q += 1 }
                if q.pointee == 0x3E {
                    p = q + 1
                    continue
                }
            }
            out.append(UInt8(bitPattern: p.pointee))
            p += 1
        }
    }

    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor * 10 <= value { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(0x30 + (value / divisor) % 10))
            divisor /= 10
        }
    }

    /// A scalar as UTF-8; control characters (the grid holds none: the text is sanitised) as a space.
    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) {
            out.append(0x20)
        } else {
            TextDecoder.appendUTF8(v, to: &out)
        }
    }
}
