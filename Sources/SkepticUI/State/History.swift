import SkepticCore

/// One article of the history (a row of the history view).
public typealias HistoryRow = Visit

/// The history view's own state: open or not, the rows the run loop gave, the cursor.
public struct HistoryState: Sendable {
    public internal(set) var isOpen = false
    public internal(set) var rows: [HistoryRow] = []
    public internal(set) var list = ListCursor()
}

extension AppState {
    var historyHeight: Int { max(1, pageHeight - 1) }

    mutating func historyAction(_ action: Action) -> Outcome {
        let count = history.rows.count
        switch action {
        case .history: return .listHistory
        case .historyDown: history.list.set(history.list.cursor + 1, count: count, height: historyHeight)
        case .historyUp: history.list.set(history.list.cursor - 1, count: count, height: historyHeight)
        case .historyPageDown: history.list.set(history.list.cursor + historyHeight, count: count, height: historyHeight)
        case .historyPageUp: history.list.set(history.list.cursor - historyHeight, count: count, height: historyHeight)
        case .historyOpen:
            guard history.list.cursor < count else { return .redraw }
            history.isOpen = false
            let row = history.rows[history.list.cursor]
            if row.source == document.name { return .redraw }
            message = "opening " + Sanitiser.singleLine(row.source)
            return .openSource(row.source)
        case .historyClose: history.isOpen = false
        case .forward:
            guard settings.canGoForward else {
                message = "No article to go forward to (F returns to where B came from)"
                return .redraw
            }
            return .forward
        default: break
        }
        if history.isOpen, history.list.cursor < count { message = Sanitiser.singleLine(history.rows[history.list.cursor].source) }
        return .redraw
    }

    /// The run loop's answer to `.listHistory`: the articles opened, most recent first.
    mutating func showHistory(_ rows: [HistoryRow], problem: String?) {
        history.rows = rows
        history.list = ListCursor()
        // The article being read is first: the cursor starts on the one before it.
        let start = rows.first?.source == document.name && rows.count > 1 ? 1 : 0
        history.list.set(start, count: rows.count, height: historyHeight)
        history.isOpen = problem == nil
        message = problem ?? (rows.isEmpty ? "No history yet" : Sanitiser.singleLine(rows[history.list.cursor].source))
    }
}

/// The history view: the articles opened (in this session and before), most recent first.
public enum HistoryView {
    public static func draw(_ state: AppState, into grid: inout CellGrid, height: Int) {
        guard grid.width > 10, height > 0 else { return }
        let history = state.history
        grid.fill(row: 0, column: 0, width: grid.width, height: height, role: .help)
        let n = history.rows.count
        let title = "History: \(n) article\(n == 1 ? "" : "s"), most recent first  ("
            + state.keys.hint([([.historyOpen], "opens"), ([.historyClose], "closes")]) + ")"
        grid.put(TreeView.truncated(title, to: grid.width - 2), row: 0, column: 1, role: .helpKey)
        let showSource = grid.width >= 70
        let titleWidth = showSource ? (grid.width - 20) / 2 : grid.width - 20
        for (i, row) in history.rows.dropFirst(history.list.scroll).prefix(max(0, height - 1)).enumerated() {
            let r = i + 1
            let selected = history.list.scroll + i == history.list.cursor
            let role: Role = selected ? .treeFocusedSelected : .help
            grid.fill(row: r, column: 0, width: grid.width, height: 1, role: role)
            // "2026-12-07 11:38" from the ISO time.
            let when = String(row.visited.prefix(16)).replacingAll("T", with: " ")
            var line = " " + when + "  " + LibraryView.pad(row.title.isEmpty ? row.source : row.title, titleWidth)
            if showSource { line += "  " + Sanitiser.singleLine(row.source) }
            grid.put(TreeView.truncated(line, to: grid.width - 1), row: r, column: 0, role: role, limit: grid.width - 1)
        }
    }
}
