import SkepticCore

/// Draws a whole screen for a state into a grid: section tree, reading pane, status line, help.
public enum Screen {
    /// What the reading pane says when there is nothing to show.
    public static func emptyMessage(_ document: Document) -> String {
        let name = document.displayName
        switch document.format {
        case .html: return "no article text found in \(name)"
        case .plainText, .markdown: return "\(name) is empty"
        }
    }

    /// Draws the state; reads it and changes nothing.
    public static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(width: state.columns, height: state.rows)
        let frame = state.frame()
        if state.treeShown {
            TreeView.draw(frame.treeRows, into: &grid, width: state.treeWidth, height: state.pageHeight,
                          focused: state.focus == .tree)
            for row in 0..<state.pageHeight { grid.put("│", row: row, column: state.treeWidth, role: .border) }
        }
        ReadingPane.draw(frame, state: state, into: &grid)
        StatusBar.draw(frame, state: state, into: &grid)
        if state.showingHelp { HelpView.draw(into: &grid, scroll: state.helpScroll, keys: state.keys) }
        if state.showingFlags {
            FlagListView.draw(frame, into: &grid, height: state.pageHeight, filter: state.flagList.filter, group: state.flagList.group,
                              keys: state.keys)
        }
        if state.showingLinks { LinkListView.draw(state, into: &grid, height: state.pageHeight) }
        if state.showingSources { SourceListView.draw(state, into: &grid, height: state.pageHeight) }
        if state.showingLibrary { LibraryView.draw(state, into: &grid, height: state.pageHeight) }
        if state.showingHistory { HistoryView.draw(state, into: &grid, height: state.pageHeight) }
        return grid
    }
}

/// The section tree: one row per visible section, indented by level, the current one marked.
public enum TreeView {
    public static func draw(_ rows: [TreeRow], into grid: inout CellGrid, width: Int, height: Int, focused: Bool) {
        for (r, row) in rows.prefix(height).enumerated() {
            let role: Role = row.isCursor ? .treeFocusedSelected : row.isCurrent ? (focused ? .treeSelected : .treeCurrent) : .tree
            grid.fill(row: r, column: 0, width: width, height: 1, role: role)
            let indent = row.level == 0 ? 0 : 1 + (row.level - 1) * 2
            let mark = row.hasChildren && row.level > 0 ? (row.collapsed ? "▸ " : "▾ ") : (row.isCurrent ? "▶ " : "  ")
            var col = grid.put(String(repeating: " ", count: indent), row: r, column: 0, role: role, limit: width)
            if row.level > 0 { col = grid.put(mark, row: r, column: col, role: role, limit: width) }
            // Counts at the right: ?speculative !claims ❝quotes, zeros left out (vague statements are not counted
            // here: they are not speculation). A narrow tree keeps room for titles: only the speculative count.
            var badge = ""
            if row.counts.hedged > 0 { badge += "?\(row.counts.hedged)" }
            if width >= 34 {
                // "!12/3": twelve claims, three of them resting on a source.
                if row.counts.claim > 0 { badge += (badge.isEmpty ? "" : " ") + "!\(row.counts.claim)/\(row.counts.sourced)" }
                if row.counts.quote > 0 { badge += (badge.isEmpty ? "" : " ") + "❝\(row.counts.quote)" }
            }
            let badgeWidth = DisplayWidth.of(badge)
            let room = width - col - 1 - (badgeWidth > 0 && width - col > badgeWidth + 6 ? badgeWidth + 1 : 0)
            grid.put(truncated(row.title, to: room), row: r, column: col, role: role, limit: width)
            if badgeWidth > 0 && width - col > badgeWidth + 6 {
                grid.put(badge, row: r, column: width - 1 - badgeWidth, role: row.isCursor ? role : .treeCount, limit: width)
            }
        }
    }

    /// Cuts a title to `width` columns, ending with "…" when cut. Works on scalars (no grapheme breaking: this
    /// runs for every tree row of every frame); a cut falls only before a scalar that takes columns, so
    /// combining marks and joiners stay with the character before them.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var cut = text.unicodeScalars.startIndex
        var index = cut
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let w = DisplayWidth.of(scalars[index])
            if w > 0 {
                if used + w > width {
                    // Too long: cut where the text still leaves a column for "…".
                    return String(scalars[..<cut]) + "…"
                }
                if used + w <= width - 1 { cut = scalars.index(after: index) }
            } else if used <= width - 1 {
                cut = scalars.index(after: index)
            }
            used += w
            index = scalars.index(after: index)
        }
        return text
    }
}

/// The reading pane: laid-out lines after a one-column margin.
public enum ReadingPane {
    public static func draw(_ frame: Frame, state: AppState, into grid: inout CellGrid) {
        let left = state.paneColumn + state.textMargin
        if state.document.isEmpty {
            grid.put(TreeView.truncated(Screen.emptyMessage(state.document), to: state.paneWidth - 1), row: 0, column: left,
                     role: .emptyState)
            return
        }
        grid.linkTargets = state.document.links
        let notes = state.notedSentenceStarts
        for (r, line) in frame.lines.enumerated() {
            var col = left
            for span in line.spans { col = grid.put(span.text, row: r, column: col, role: span.role, link: span.link) }
            // A noted statement's mark in the margin, on the line where it starts.
            let end = r + 1 < frame.lines.count ? frame.lines[r + 1].offset : line.offset + line.text.utf8.count + 1
            // Else "=" or "≈" when a statement the article said before starts there (`=` goes to where it was first).
            guard left > state.paneColumn else { continue }
            let lineRange = line.offset..<max(end, line.offset + 1)
            if notes.contains(where: { lineRange.contains($0) }) {
                grid.put("✎", row: r, column: left - 1, role: .noteMarker)
            } else if line.spans.first?.role != .repeatMarker, let restated = state.repeatStarting(in: lineRange) {
                // (A folded block's line says it itself.)
                grid.put(restated ? "≈" : "=", row: r, column: left - 1, role: .repeatMarker)
            }
        }
    }
}

/// The status line: file, current section, position; a message when there is one; the help key.
public enum StatusBar {
    public static func draw(_ frame: Frame, state: AppState, into grid: inout CellGrid) {
        let row = state.rows - 1
        guard row >= 0 else { return }
        grid.fill(row: row, column: 0, width: state.columns, height: 1, role: .status)
        let position = frame.isLoading ? "loading…" : frame.percent >= 100 ? "END" : "\(frame.percent)%"
        let kind = frame.flagLabel == .hedged ? "hedge" : frame.flagLabel.rawValue
        // Claims say how many rest on a source: "claim 3/12, 3 sourced".
        let sourced = frame.flagLabel == .claim ? ", \(state.sourcedClaims) sourced" : ""
        let flags = frame.flagCount > 0 ? "\(kind) \(frame.flagIndex)/\(frame.flagCount)\(sourced) · " : ""
        if let prompt = frame.prompt {
            // The prompt takes the whole line; the cursor sits after the text.
            let shown = prompt.lead + Sanitiser.singleLine(prompt.text)
            let room = max(1, state.columns - 1)
            let tail = DisplayWidth.of(shown) > room ? "…" + String(shown.suffix(room - 1)) : shown
            grid.fill(row: row, column: 0, width: state.columns, height: 1, role: .prompt)
            let end = grid.put(tail, row: row, column: 0, role: .prompt)
            if end < state.columns { grid.put("▏", row: row, column: end, role: .prompt) }
            if let message = frame.message, end + 4 < state.columns {
                grid.put(TreeView.truncated("  " + message, to: state.columns - end - 2), row: row, column: end + 1, role: .message)
            }
            return
        }
        let hits = frame.searchStatus.map { $0 + " · " } ?? ""
        // The library's articles being analysed in the background.
        let library = state.library.isBeingRead ? "library \(state.library.progress.done)/\(state.library.progress.total) · " : ""
        let right = " " + hits + library + flags + position + "  \(state.keys.name(.help)) help "
        let left: String
        if let message = frame.message {
            left = " " + message
        } else if state.showingFlags, let detail = frame.flagRows.first(where: \.isCursor)?.detail {
            // The review list's selected statement: the reader's flag, verdict and note.
            left = " " + detail
        } else {
            left = " " + Sanitiser.singleLine(state.document.displayName) + " · " + frame.sectionTitle
        }
        let room = state.columns - DisplayWidth.of(right)
        if room >= 12 {
            grid.put(TreeView.truncated(left, to: room - 1), row: row, column: 0, role: .status)
            grid.put(right, row: row, column: room, role: .statusKey)
        } else {
            grid.put(TreeView.truncated(" " + position, to: state.columns), row: row, column: 0, role: .status)
        }
    }

}

/// The review list (`L`): the flagged statements grouped (speculative, vague, claims, unsourced claims,
/// quotes, the reader's own flags), over the whole screen above the status line.
public enum FlagListView {
    /// The title: the groups' sizes and the keys when they fit, else the total — never cut.
    static func title(_ frame: Frame, filter: FlagListState.Filter, group: ReviewGroup?, width: Int, keys: KeyMap = .standard) -> String {
        var only: [String] = []
        if filter != .all { only.append(filter.rawValue) }
        if let group { only.append(group.title.lowercased()) }
        let head = "Review list" + (only.isEmpty ? "" : " (\(only.joined(separator: ", ")) only)") + ": "
        let total = frame.flagTotals.reduce(0) { $0 + $1.1 }
        let groups = frame.flagTotals.map { $0.0.counted($0.1) }.joined(separator: " · ")
        let sum = "\(total) \(total == 1 ? "statement" : "statements")"
        let hint = "  (" + keys.hint([([.listJump], "jumps"), ([.listFilter, .listGroup], "filter"), ([.listClose], "closes")]) + ")"
        let candidates = [head + groups + hint, head + groups, head + sum + hint, head + sum]
        return candidates.first { DisplayWidth.of($0) <= width } ?? head + sum
    }

    public static func draw(_ frame: Frame, into grid: inout CellGrid, height: Int, filter: FlagListState.Filter = .all,
                            group: ReviewGroup? = nil, keys: KeyMap = .standard) {
        guard grid.width > 4, height > 0 else { return }
        grid.fill(row: 0, column: 0, width: grid.width, height: height, role: .help)
        let title = title(frame, filter: filter, group: group, width: grid.width - 2, keys: keys)
        grid.put(TreeView.truncated(title, to: grid.width - 2), row: 0, column: 1, role: .helpKey)
        if frame.flagRows.isEmpty && height > 2 {
            grid.put(filter == .all && group == nil ? "No flagged statements in this article." : "None with this filter (\(keys.name(.listFilter)), \(keys.name(.listGroup)) change it).",
                     row: 2, column: 2, role: .help, limit: grid.width - 1)
        }
        let numberWidth = String(frame.flagTotals.map(\.1).max() ?? 0).count
        let sectionWidth = min(28, grid.width / 3)
        for (i, row) in frame.flagRows.enumerated() where i + 2 < height + 1 {
            let r = i + 1
            if row.isHeader {
                let total = frame.flagTotals.first { $0.0 == row.group }?.1 ?? 0
                grid.put(TreeView.truncated(row.group.title + " (\(total))", to: grid.width - 2), row: r, column: 1, role: .helpKey)
                continue
            }
            let role: Role = row.isCursor ? .treeFocusedSelected : .help
            grid.fill(row: r, column: 0, width: grid.width, height: 1, role: role)
            // Aligned columns: number, section (padded), statement.
            let section = TreeView.truncated(row.section, to: sectionWidth)
            let number = String(row.number)
            var col = grid.put(String(repeating: " ", count: max(0, numberWidth - number.count)) + number, row: r, column: 2, role: role)
            col = grid.put(" " + section + String(repeating: " ", count: max(0, sectionWidth - DisplayWidth.of(section))) + " ",
                           row: r, column: col, role: role)
            col = grid.put(row.marker.isEmpty ? "· " : row.marker + " ", row: r, column: col, role: role)
            grid.put(TreeView.truncated(windowed(row.text, cue: row.cueColumn, width: grid.width - col - 1), to: grid.width - col - 1),
                     row: r, column: col, role: role, limit: grid.width - 1)
        }
    }
}

extension FlagListView {
    /// A statement cut so that its cue shows: when the cue would fall past the middle of the room, the text
    /// starts a few words before it, after "…".
    static func windowed(_ text: String, cue: Int?, width: Int) -> String {
        guard let cue, width > 10, cue > width / 2 else { return text }
        let characters = Array(text)
        var start = max(0, cue - width / 3)
        while start > 0 && characters[start - 1] != " " { start -= 1 }
        return start == 0 ? text : "…" + String(characters[start...])
    }
}

/// The help screen, generated from the key table, drawn over the middle of the screen.
public enum HelpView {
    public static func draw(into grid: inout CellGrid, scroll: Int, keys: KeyMap) {
        let entries = keys.helpLines()
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let lines = ["Skeptic — keys  (\(keys.name(.lineDown))/\(keys.name(.lineUp)) scroll, any other key closes)", ""] + entries.map { entry in
            entry.keys.isEmpty ? entry.help : entry.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of(entry.keys) + 2) + entry.help
        }
        let width = min(grid.width, (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let height = min(max(0, grid.height - 1), lines.count + 2)
        guard width > 0, height > 0 else { return }
        let x = (grid.width - width) / 2
        let y = max(0, (grid.height - 1 - height) / 2)
        grid.fill(row: y, column: x, width: width, height: height, role: .help)
        let shown = max(0, height - 2)
        let first = min(scroll, max(0, lines.count - shown))
        for (i, line) in lines.dropFirst(first).prefix(shown).enumerated() {
            let isHeader = entries.contains { $0.keys.isEmpty && $0.help == line } || i + first == 0
            grid.put(line, row: y + 1 + i, column: x + 2, role: isHeader ? .helpKey : .help, limit: x + width - 1)
        }
    }
}
