import SkepticCore

/// The sources view (`p`): each source on a line — who or what, its kind, how many statements rest on it —
/// and under it the statements themselves, with their line, over the screen above the status line.
public enum SourceListView {
    public static func draw(_ state: AppState, into grid: inout CellGrid, height: Int) {
        guard grid.width > 4, height > 0 else { return }
        let a = state.annotations
        grid.fill(row: 0, column: 0, width: grid.width, height: height, role: .help)
        let claims = state.flags.claims.count
        let title = "Sources: \(a.sources.count) · \(claims) claims, \(state.sourcedClaims) sourced  ("
            + state.keys.hint([([.sourcesDown, .sourcesUp], "move"), ([.sourcesJump], "jumps"), ([.sourcesClose], "closes")]) + ")"
        grid.put(TreeView.truncated(title, to: grid.width - 2), row: 0, column: 1, role: .helpKey)
        let list = state.sourceList.list
        let rows = state.sourceList.rows
        let lineWidth = String(state.document.blocks.last?.line ?? 0).count
        for (i, n) in (list.scroll..<rows.count).prefix(max(0, height - 1)).enumerated() {
            let r = i + 1
            let row = rows[n]
            let selected = n == list.cursor
            let role: Role = selected ? .treeFocusedSelected : .help
            grid.fill(row: r, column: 0, width: grid.width, height: 1, role: role)
            let text: String
            if let s = row.sentence {
                let line = String(state.document.blocks[a.sentences[s].block].line)
                let pad = String(repeating: " ", count: max(0, lineWidth - line.count))
                text = "    line " + pad + line + "  " + Sanitiser.singleLine(state.document.string(a.sentences[s].range))
            } else {
                text = heading(a.sources[row.source], number: row.source + 1)
            }
            grid.put(TreeView.truncated(text, to: grid.width - 2), row: r, column: 1,
                     role: selected ? role : row.sentence == nil ? .helpKey : .help, limit: grid.width - 1)
        }
    }

    /// "[1] BRICS news (@BRICSinfo) — post · 4 statements · 2 quotations (1 repeated)".
    static func heading(_ source: Source, number: Int) -> String {
        var out = "[\(number)] " + Sanitiser.singleLine(source.who) + (source.handle.map { " (" + Sanitiser.singleLine($0) + ")" } ?? "")
        out += " — " + AppState.kindName(source)
        if let url = source.url { out += " <" + Sanitiser.singleLine(url) + ">" }
        out += " · \(source.statements) statement\(source.statements == 1 ? "" : "s")"
        if source.quotations > 0 {
            out += " · \(source.quotations) quotation\(source.quotations == 1 ? "" : "s")"
            if source.repeats > 0 { out += " (\(source.repeats) repeated)" }
        }
        return out
    }
}
