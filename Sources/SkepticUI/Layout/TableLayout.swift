import SkepticCore

/// Lays out a table block as aligned columns: each column as wide as its widest cell when the table fits,
/// else narrowed in proportion, with cell text wrapped inside its column; a rule under the header row.
enum TableLayout {
    static let gap = " │ "
    static let gapWidth = 3

    static func lines(_ document: Document, _ range: Range<Int>, header: Bool, width: Int, overlay: Overlay) -> [LaidLine] {
        let rows = cells(document, range)
        guard !rows.isEmpty else { return [] }
        let columns = rows.map(\.count).max() ?? 0
        var natural = [Int](repeating: 1, count: columns)
        var minimum = [Int](repeating: 1, count: columns)
        for row in rows {
            for (c, cell) in row.enumerated() {
                let text = document.string(cell)
                natural[c] = max(natural[c], DisplayWidth.of(Sanitiser.singleLine(text)))
                let longestWord = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { DisplayWidth.of(String($0)) }.max() ?? 1
                minimum[c] = max(minimum[c], min(longestWord, 16))
            }
        }
        let widths = fit(natural: natural, minimum: minimum, width: width - gapWidth * (columns - 1))
        guard let widths else {
            // Too narrow for columns: one cell per line.
            return stacked(document, rows, header: header, width: width, overlay: overlay)
        }
        var out: [LaidLine] = []
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
        let thinRule = widths.map { String(repeating: "┈", count: $0) }.joined(separator: " ┼ ")
        // Every cell wrapped to its column first: rows whose cells wrap are told apart by thin rules.
        let cellsByRow: [[[LaidLine]]] = rows.enumerated().map { r, row in
            let role: Role = header && r == 0 ? .tableHeader : .text
            return (0..<columns).map { c in
                c < row.count ? BlockLayout.wrap(document, row[c], role: role, width: widths[c], overlay: role == .text ? overlay : .none) : []
            }
        }
        let firstBody = header ? 1 : 0
        let wrappedRows = cellsByRow.dropFirst(firstBody).contains { $0.contains { $0.count > 1 } }
        for (r, row) in rows.enumerated() {
            if r > firstBody && wrappedRows {
                out.append(LaidLine(spans: [Span(thinRule, .tableRule)], offset: row.first?.lowerBound ?? range.lowerBound,
                                    width: DisplayWidth.of(thinRule)))
            }
            let wrapped = cellsByRow[r]
            let height = max(1, wrapped.map(\.count).max() ?? 1)
            for l in 0..<height {
                var spans: [Span] = []
                var lineWidth = 0
                for c in 0..<columns {
                    if c > 0 {
                        spans.append(Span(gap, .tableRule))
                        lineWidth += gapWidth
                    }
                    let cellLine = l < wrapped[c].count ? wrapped[c][l] : nil
                    if let cellLine {
                        spans += cellLine.spans
                        lineWidth += cellLine.width
                    }
                    let pad = widths[c] - (cellLine?.width ?? 0)
                    if pad > 0 && c + 1 < columns {
                        spans.append(Span(String(repeating: " ", count: pad), .text))
                        lineWidth += pad
                    }
                }
                let offset = row.first?.lowerBound ?? range.lowerBound
                out.append(LaidLine(spans: BlockLayout.merged(spans), offset: offset, width: lineWidth))
            }
            if header && r == 0 && rows.count > 1 {
                out.append(LaidLine(spans: [Span(rule, .tableRule)], offset: row.last?.upperBound ?? range.lowerBound,
                                    width: DisplayWidth.of(rule)))
            }
        }
        return out
    }

    /// Column widths that fit `room`: natural widths when they fit, else minimum widths plus a share of
    /// what is left in proportion to how much more each column wants; nil when even 3 columns each won't fit.
    static func fit(natural: [Int], minimum: [Int], width room: Int) -> [Int]? {
        let total = natural.reduce(0, +)
        if total <= room { return natural }
        guard room >= 3 * natural.count else { return nil }
        var widths = minimum.map { max(3, $0) }
        var used = widths.reduce(0, +)
        if used > room {
            // Even the longest words don't fit: share the room evenly, words will break.
            let each = room / natural.count
            return natural.map { _ in each }
        }
        let want = zip(natural, widths).map { max(0, $0 - $1) }
        let wanted = want.reduce(0, +)
        if wanted > 0 {
            let spare = room - used
            for c in widths.indices {
                widths[c] += spare * want[c] / wanted
            }
            used = widths.reduce(0, +)
            // Rounding leftovers go to the columns that want the most.
            var c = 0
            while used < room, c < widths.count * 2 {
                let i = c % widths.count
                if widths[i] < natural[i] { widths[i] += 1; used += 1 }
                c += 1
            }
        }
        return widths
    }

    /// A table too narrow for columns: each row's cells one under the other, rows separated by a rule.
    static func stacked(_ document: Document, _ rows: [[Range<Int>]], header: Bool, width: Int, overlay: Overlay) -> [LaidLine] {
        var out: [LaidLine] = []
        for (r, row) in rows.enumerated() {
            let role: Role = header && r == 0 ? .tableHeader : .text
            for cell in row {
                out += BlockLayout.wrap(document, cell, role: role, width: width, overlay: role == .text ? overlay : .none)
            }
            if r + 1 < rows.count {
                out.append(LaidLine(spans: [Span(String(repeating: "─", count: min(width, 8)), .tableRule)],
                                    offset: row.last?.upperBound ?? 0, width: min(width, 8)))
            }
        }
        return out
    }

    /// The byte ranges of the cells of each row.
    static func cells(_ document: Document, _ range: Range<Int>) -> [[Range<Int>]] {
        var rows: [[Range<Int>]] = [[]]
        var start = range.lowerBound
        for i in range {
            let b = document.text[i]
            if b == Block.cellSeparator || b == Block.rowSeparator {
                rows[rows.count - 1].append(start..<i)
                start = i + 1
                if b == Block.rowSeparator { rows.append([]) }
            }
        }
        rows[rows.count - 1].append(start..<range.upperBound)
        return rows
    }
}
