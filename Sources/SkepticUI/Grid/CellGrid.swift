import SkepticCore
import Synchronization

/// One cell of the screen: a character (a base scalar and its combining marks) with a role.
/// A wide character fills its cell and marks the next one as its continuation.
///
/// Stored compactly — the base scalar inline, combining marks (rare) by a number into a table of the
/// mark sequences seen — so that copying and comparing the cells of a frame costs no reference counting (a
/// `String` per cell would), and a cell takes 12 bytes (fewer pages to touch before the first screen).
public struct Cell: Sendable, Equatable {
    /// The base character (a space for blank cells, NUL for a continuation's empty text).
    public var base: Unicode.Scalar
    /// The combining marks' number (0: none); equal numbers, equal marks.
    public private(set) var marksNumber: UInt32
    public var role: Role
    /// The right half of a wide character: draws nothing itself.
    public var isContinuation: Bool
    /// The link the cell's text belongs to: its number in the grid's `linkTargets` (0: none).
    public var link: UInt16 = 0

    /// Combining marks after the base, if any.
    public var marks: String? {
        get { marksNumber == 0 ? nil : CombiningMarks.text(marksNumber) }
        set { marksNumber = newValue.map(CombiningMarks.number) ?? 0 }
    }

    public init(text: String = " ", role: Role = .text, isContinuation: Bool = false) {
        var scalars = text.unicodeScalars.makeIterator()
        base = scalars.next() ?? "\0"
        var rest = String.UnicodeScalarView()
        while let s = scalars.next(), rest.count < CombiningMarks.perCell { rest.append(s) }
        marksNumber = rest.isEmpty ? 0 : CombiningMarks.number(String(rest))
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A cell of one scalar.
    @inline(__always)
    public init(scalar: Unicode.Scalar, role: Role) {
        base = scalar
        marksNumber = 0
        self.role = role
        isContinuation = false
    }

    /// The cell has combining marks (without looking them up).
    @inline(__always)
    public var hasMarks: Bool { marksNumber != 0 }

    /// The cell's characters as text ("" for a continuation).
    public var text: String {
        get {
            if base == "\0" { return marks ?? "" }
            var s = String(Character(base))
            if let marks { s += marks }
            return s
        }
        set { self = Cell(text: newValue, role: role, isContinuation: isContinuation) }
    }

    /// True for a space with nothing else.
    @inline(__always)
    public var isSpace: Bool { base == " " && marksNumber == 0 }

    public static let blank = Cell()
}

/// The combining-mark sequences cells have held, numbered from 1 (one table for the process: a sequence
/// keeps its number, so that cells compare by number). Articles have few distinct sequences.
enum CombiningMarks {
    /// The most marks a cell keeps: what a curses cell holds besides its base (CCHARW_MAX is 5). A letter
    /// with thousands of marks ("Zalgo" text) shows its first four; the rest would only slow drawing down.
    static let perCell = 4

    private struct Table {
        var list: [String] = []
        var index: [String: UInt32] = [:]
    }

    private static let table = Mutex(Table())

    static func number(_ marks: String) -> UInt32 {
        table.withLock { t in
            if let n = t.index[marks] { return n }
            t.list.append(marks)
            let n = UInt32(t.list.count)
            t.index[marks] = n
            return n
        }
    }

    static func text(_ number: UInt32) -> String {
        table.withLock { $0.list[Int(number) - 1] }
    }
}

/// The screen in memory. Views draw into it; only the terminal layer copies it to curses.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// What the cells' link numbers point at (number − 1): the terminal makes them hyperlinks where it can.
    public var linkTargets: [String] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(row: Int, column: Int, width w: Int, height h: Int, role: Role) {
        for r in max(0, row)..<min(height, row + h) {
            for c in max(0, column)..<min(width, column + w) { self[r, c] = Cell(scalar: " ", role: role) }
        }
    }

    /// Writes `text` from (row, column), never past `limit` (exclusive, default the grid's width).
    /// A wide character that would not fit is replaced by a space. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: Role, limit: Int? = nil, link: UInt16 = 0) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var col = column
        for scalar in text.unicodeScalars {
            // The last guard before the terminal: a control or hidden character that reached a view is drawn
            // in its visible notation.
            if Sanitiser.isControl(scalar), let shown = Sanitiser.notation(for: scalar) {
                col = put(shown, row: row, column: col, role: role, limit: limit)
                continue
            }
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                if col > 0 && col - 1 < end {
                    var target = col - 1
                    if self[row, target].isContinuation && target > 0 { target -= 1 }
                    let marks = self[row, target].marks ?? ""
                    if marks.unicodeScalars.count < CombiningMarks.perCell {
                        self[row, target].marks = marks + String(Character(scalar))
                    }
                }
                continue
            }
            if col + w > end {
                if col < end && w == 2 { self[row, col] = Cell(text: " ", role: role) }
                return end
            }
            if col >= 0 {
                self[row, col] = Cell(scalar: scalar, role: role)
                if w == 2 { self[row, col + 1] = Cell(text: "", role: role, isContinuation: true) }
                if link != 0 {
                    self[row, col].link = link
                    if w == 2 { self[row, col + 1].link = link }
                }
            }
            col += w
        }
        return col
    }

    /// The grid as text lines (continuation cells skipped), trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { r in
            var s = ""
            for c in 0..<width where !self[r, c].isContinuation { s += self[r, c].text }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// The role of each cell of a row, for tests that check styling.
    public func roles(row: Int) -> [Role] { (0..<width).map { self[row, $0].role } }
}
