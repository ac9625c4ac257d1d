import SkepticCore

/// A cursor and scroll over a list of rows drawn `height` rows at a time: the one clamping setter the list
/// views (links, library, history) move through.
public struct ListCursor: Sendable, Equatable {
    public internal(set) var cursor = 0
    public internal(set) var scroll = 0

    public init(cursor: Int = 0) { self.cursor = cursor }

    /// Moves the cursor to `row` (clamped to the list) and scrolls so that it is in sight.
    mutating func set(_ row: Int, count: Int, height: Int) {
        cursor = max(0, min(row, count - 1))
        let height = max(1, height)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = cursor - height + 1 }
        scroll = max(0, min(scroll, max(0, count - height)))
    }
}

/// The links view (`U`, as newsboat's URL view): every link of the article, one a line, its URL never
/// broken — cut at the right edge with a marker and scrolled sideways, shown whole on the status line.
public struct LinkListState: Sendable {
    public internal(set) var isOpen = false
    public internal(set) var list = ListCursor()
    /// Columns the URLs are scrolled to the left (← →).
    public internal(set) var shift = 0
    /// Each link's text in the article (the words it is attached to), by number − 1; empty when none.
    public internal(set) var texts: [String] = []
}

extension AppState {
    /// Rows of the links view: the pane's height less its title line.
    var linkListHeight: Int { max(1, pageHeight - 1) }

    /// The links view's keys: open it (at the first link on the screen), move, scroll sideways, follow, close.
    mutating func linkListAction(_ action: Action) -> Outcome {
        let count = document.links.count
        switch action {
        case .linkList:
            guard count > 0 else {
                message = "This article has no links"
                return .redraw
            }
            linkList.isOpen = true
            linkList.shift = 0
            linkList.texts = Self.linkTexts(document)
            linkList.list = ListCursor()
            linkList.list.set(firstLinkOnScreen() ?? 0, count: count, height: linkListHeight)
        case .linksDown: linkList.list.set(linkList.list.cursor + 1, count: count, height: linkListHeight)
        case .linksUp: linkList.list.set(linkList.list.cursor - 1, count: count, height: linkListHeight)
        case .linksPageDown: linkList.list.set(linkList.list.cursor + linkListHeight, count: count, height: linkListHeight)
        case .linksPageUp: linkList.list.set(linkList.list.cursor - linkListHeight, count: count, height: linkListHeight)
        case .linksRight: linkList.shift += max(1, columns / 2)
        case .linksLeft: linkList.shift = max(0, linkList.shift - max(1, columns / 2))
        case .linksClose:
            linkList.isOpen = false
            return .redraw
        case .linksFollow:
            linkList.isOpen = false
            return followLink(String(linkList.list.cursor + 1))
        default: break
        }
        // No further than the widest URL's end needs (the view shifts each row no further than its own).
        let widest = document.links.map { DisplayWidth.of(Sanitiser.singleLine($0)) }.max() ?? 0
        linkList.shift = min(linkList.shift, max(0, widest - (columns - String(count).count - 6)))
        if linkList.isOpen { message = selectedLinkLine }
        return .redraw
    }

    /// The selected link as the status line shows it: "[3] https://…", the URL whole.
    public var selectedLinkLine: String? {
        let n = linkList.list.cursor
        guard linkList.isOpen, n < document.links.count else { return nil }
        return "[\(n + 1)] " + Sanitiser.singleLine(document.links[n])
    }

    /// The index of the first link whose marker is on the screen, so that the view opens where the reader is.
    func firstLinkOnScreen() -> Int? {
        let start = topOffset
        guard let marker = document.inlines.first(where: { $0.kind == .linkMarker && $0.range.lowerBound >= start }) else { return nil }
        return Int(document.string(marker.range).filter(\.isNumber)).map { $0 - 1 }
    }

    /// Each link's text: the words of the first `.link` style that ends where its marker begins.
    static func linkTexts(_ document: Document) -> [String] {
        var texts = Array(repeating: "", count: document.links.count)
        var lastLink: InlineStyle?
        for style in document.inlines {
            if style.kind == .link { lastLink = style; continue }
            guard style.kind == .linkMarker,
                  let n = Int(document.string(style.range).filter(\.isNumber)), n >= 1, n <= texts.count, texts[n - 1].isEmpty,
                  let link = lastLink, link.range.upperBound <= style.range.lowerBound,
                  style.range.lowerBound - link.range.upperBound <= 1 else { continue }
            texts[n - 1] = Sanitiser.singleLine(document.string(link.range)).trimmingSpaces
        }
        return texts
    }
}
