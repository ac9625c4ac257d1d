import SkepticCore

/// The library view: the articles opened together (or a feed's items), one a row with what their analysis
/// found, in the order chosen with `s`, over the screen above the status line.
public enum LibraryView {
    public static func draw(_ state: AppState, into grid: inout CellGrid, height: Int) {
        guard grid.width > 10, height > 1 else { return }
        let library = state.library
        grid.fill(row: 0, column: 0, width: grid.width, height: height, role: .help)
        let (done, total) = library.progress
        let progress = done < total ? " · analysed \(done) of \(total)" : ""
        let name = library.feedTitle.map { "Feed: " + Sanitiser.singleLine($0) } ?? "Library"
        let title = "\(name) · \(total) article\(total == 1 ? "" : "s")\(progress) · by \(library.sort.rawValue)  ("
            + state.keys.hint([([.librarySort], "sorts"), ([.libraryOpen], "opens"), ([.libraryClose], "closes")]) + ")"
        grid.put(TreeView.truncated(title, to: grid.width - 2), row: 0, column: 1, role: .helpKey)
        let columns = layout(width: grid.width, feed: library.feedTitle != nil)
        grid.put(header(columns), row: 1, column: 0, role: .helpKey, limit: grid.width)
        for (i, index) in library.order.dropFirst(library.list.scroll).prefix(max(0, height - 2)).enumerated() {
            let r = i + 2
            let row = library.list.scroll + i
            let selected = row == library.list.cursor
            let role: Role = selected ? .treeFocusedSelected : .help
            grid.fill(row: r, column: 0, width: grid.width, height: 1, role: role)
            let entry = library.entries[index]
            // The article being read; a feed's items not opened yet (as newsreaders mark them).
            let mark = index == state.settings.article.index ? "▶" : library.feedTitle != nil && !entry.isRead ? "•" : " "
            grid.put(line(entry, mark: mark, columns), row: r, column: 0, role: role, limit: grid.width)
        }
    }

    /// Column widths: the title takes what the numbers leave.
    struct Columns {
        var title: Int
        var site: Int
        var date: Int
        var numbers: Bool
    }

    static let numberHeader = "  words  spec%  vague%  unsrc  rev"

    static func layout(width: Int, feed: Bool) -> Columns {
        let numbers = width >= 70
        let fixed = 2 + (numbers ? DisplayWidth.of(numberHeader) : 0)
        let site = width >= 90 ? 18 : width >= 60 ? 12 : 0
        let date = feed && width >= 110 ? 17 : 0
        let title = max(8, width - fixed - (site > 0 ? site + 2 : 0) - (date > 0 ? date + 2 : 0) - 1)
        return Columns(title: title, site: site, date: date, numbers: numbers)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let cut = TreeView.truncated(Sanitiser.singleLine(text), to: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    static func header(_ c: Columns) -> String {
        var out = "  " + pad("title", c.title)
        if c.site > 0 { out += "  " + pad("site", c.site) }
        if c.date > 0 { out += "  " + pad("date", c.date) }
        if c.numbers { out += numberHeader }
        return out
    }

    /// One entry's row: the numbers once it is analysed, else what is happening to it.
    static func line(_ e: LibraryEntry, mark: String, _ c: Columns) -> String {
        var out = mark + " " + pad(e.shownTitle, c.title)
        if c.site > 0 { out += "  " + pad(e.site, c.site) }
        if c.date > 0 { out += "  " + pad(e.date ?? "", c.date) }
        guard c.numbers else { return out }
        switch e.status {
        case .ready where e.summary != nil:
            let s = e.summary!
            out += "  " + right("\(s.words)", 5) + "  " + right(percent(s.speculativeShare), 5) + "  " + right(percent(s.vagueShare), 6)
                + "  " + right("\(s.unsourced)", 5) + "  " + right("\(s.reviewed)", 3)
        case .failed(let why): out += "  " + Sanitiser.singleLine(why)
        case .analysing: out += "  analysing…"
        default: out += "  —"
        }
        return out
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
