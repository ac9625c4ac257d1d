/// One cell of the screen: a character (a base scalar and its combining marks) with a role.
/// A wide character fills its cell and marks the next one as its continuation.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var role: Role
    /// The right half of a wide character: draws nothing itself.
    public var isContinuation: Bool

    public init(text: String = " ", role: Role = .text, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// The screen in memory. Views draw into it; only the terminal layer copies it to curses.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

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
            for c in max(0, column)..<min(width, column + w) { self[r, c] = Cell(text: " ", role: role) }
        }
    }

    /// Writes `text` from (row, column), never past `limit` (exclusive, default the grid's width).
    /// A wide character that would not fit is replaced by a space. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, role: Role, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var col = column
        for scalar in text.unicodeScalars {
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                if col > 0 && col - 1 < end {
                    var target = col - 1
                    if self[row, target].isContinuation && target > 0 { target -= 1 }
                    self[row, target].text.unicodeScalars.append(scalar)
                }
                continue
            }
            if col + w > end {
                if col < end && w == 2 { self[row, col] = Cell(text: " ", role: role) }
                return end
            }
            if col >= 0 {
                self[row, col] = Cell(text: String(scalar), role: role)
                if w == 2 { self[row, col + 1] = Cell(text: "", role: role, isContinuation: true) }
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
