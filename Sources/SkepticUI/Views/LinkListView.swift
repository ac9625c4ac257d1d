import SkepticCore

/// The links view (`U`): one link a line, "[N] URL" and its text when there is room, over the screen above
/// the status line. A URL is never wrapped: a long one is cut at the right edge with "…" (← → scroll it),
/// and the status line shows the selected one whole.
public enum LinkListView {
    public static func draw(_ state: AppState, into grid: inout CellGrid, height: Int) {
        guard grid.width > 4, height > 0 else { return }
        let links = state.document.links
        grid.fill(row: 0, column: 0, width: grid.width, height: height, role: .help)
        // Each URL is a hyperlink to the whole address, also when it is cut.
        grid.linkTargets = links
        let title = "Links: \(links.count)  (" + state.keys.hint([([.linksDown, .linksUp], "move"), ([.linksLeft, .linksRight], "scroll"),
                                                            ([.linksFollow], "opens"), ([.linksClose], "closes")]) + ")"
        grid.put(TreeView.truncated(title, to: grid.width - 2), row: 0, column: 1, role: .helpKey)
        let list = state.linkList.list
        let numberWidth = String(links.count).count + 2
        for (i, n) in (list.scroll..<links.count).prefix(max(0, height - 1)).enumerated() {
            let r = i + 1
            let selected = n == list.cursor
            let role: Role = selected ? .treeFocusedSelected : .help
            grid.fill(row: r, column: 0, width: grid.width, height: 1, role: role)
            let number = "[\(n + 1)]"
            var col = grid.put(String(repeating: " ", count: numberWidth - number.count) + number + " ", row: r, column: 1, role: role)
            let url = Sanitiser.singleLine(links[n])
            let room = grid.width - 1 - col
            let (shown, cut) = window(url, from: state.linkList.shift, width: room)
            col = grid.put(shown, row: r, column: col, role: selected ? role : .link, limit: grid.width - 1,
                           link: n < Int(UInt16.max) ? UInt16(n + 1) : 0)
            let text = n < state.linkList.texts.count ? state.linkList.texts[n] : ""
            if !cut, !text.isEmpty, grid.width - 1 - col >= 8 {
                grid.put(TreeView.truncated("  " + text, to: grid.width - 1 - col), row: r, column: col, role: role, limit: grid.width - 1)
            }
        }
    }

    /// The part of `url` shown from column `shift` in `width` columns: "…" at the left when scrolled, at the
    /// right when it goes on; `cut` says the URL did not fit.
    /// A URL that fits is never shifted; a longer one no further than its end needs.
    static func window(_ url: String, from shift: Int, width: Int) -> (String, cut: Bool) {
        guard width > 1 else { return ("", true) }
        let shift = min(shift, max(0, DisplayWidth.of(url) - width + 1))
        var scalars = Array(url.unicodeScalars)
        var lead = ""
        if shift > 0 && scalars.count > 0 {
            scalars = Array(scalars.dropFirst(min(shift, max(0, scalars.count - 1))))
            lead = "…"
        }
        let text = lead + String(String.UnicodeScalarView(scalars))
        if DisplayWidth.of(text) <= width { return (text, !lead.isEmpty) }
        return (TreeView.truncated(text, to: width), true)
    }
}
