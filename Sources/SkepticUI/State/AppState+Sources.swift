import SkepticCore

/// The sources view (`p`): what the article rests on — each source with the statements resting on it, one a
/// line under it — over the screen above the status line. Enter jumps to the selected statement, or to a
/// source's first one.
public struct SourceListState: Sendable {
    public internal(set) var isOpen = false
    public internal(set) var list = ListCursor()
    /// The rows: a source (`sentence` nil) followed by the sentences resting on it.
    public internal(set) var rows: [SourceRow] = []
}

/// One row of the sources view: a source, or a sentence resting on it.
public struct SourceRow: Sendable, Equatable {
    /// The index in `Annotations.sources`.
    public let source: Int
    /// The sentence, for a statement row.
    public let sentence: Int?
}

extension AppState {
    /// Claims that rest on a source (the status line's "claim 3/12, 3 sourced").
    public var sourcedClaims: Int { flags.claims.count - flags.unsourced.count }

    public var showingSources: Bool { sourceList.isOpen }

    /// Rows of the sources view: the pane's height less its title line.
    var sourceListHeight: Int { max(1, pageHeight - 1) }

    /// The sources view's keys: open it, move, jump, close.
    mutating func sourceListAction(_ action: Action) -> Outcome {
        switch action {
        case .sourceList:
            guard !annotations.sources.isEmpty else {
                message = "No sources named in this article: \(flags.claims.count) claims, none sourced"
                return .redraw
            }
            sourceList.rows = Self.sourceRows(annotations)
            sourceList.isOpen = true
            sourceList.list = ListCursor()
            // Open at the source of the first statement on the screen that rests on one.
            let start = topOffset
            if let row = sourceList.rows.firstIndex(where: { $0.sentence.map { annotations.sentences[$0].range.lowerBound >= start } ?? false }) {
                sourceList.list.set(row, count: sourceList.rows.count, height: sourceListHeight)
            }
        case .sourcesDown: sourceList.list.set(sourceList.list.cursor + 1, count: sourceList.rows.count, height: sourceListHeight)
        case .sourcesUp: sourceList.list.set(sourceList.list.cursor - 1, count: sourceList.rows.count, height: sourceListHeight)
        case .sourcesPageDown:
            sourceList.list.set(sourceList.list.cursor + sourceListHeight, count: sourceList.rows.count, height: sourceListHeight)
        case .sourcesPageUp:
            sourceList.list.set(sourceList.list.cursor - sourceListHeight, count: sourceList.rows.count, height: sourceListHeight)
        case .sourcesClose:
            sourceList.isOpen = false
        case .sourcesJump:
            sourceList.isOpen = false
            guard sourceList.list.cursor < sourceList.rows.count else { return .redraw }
            let row = sourceList.rows[sourceList.list.cursor]
            let source = annotations.sources[row.source]
            // A source's row goes to its first statement, else to where it first appears.
            if let s = row.sentence ?? sourceList.rows.first(where: { $0.source == row.source && $0.sentence != nil })?.sentence {
                jump(toSentence: s)
            } else if source.block < annotations.blockSentences.count, let s = annotations.blockSentences[source.block].first {
                jump(toSentence: s)
            }
            message = "source [\(row.source + 1)]: " + Sanitiser.singleLine(source.who) + ", " + Self.kindName(source)
        default: break
        }
        return .redraw
    }

    /// Each source followed by the sentences resting on it, in document order.
    static func sourceRows(_ a: Annotations) -> [SourceRow] {
        var resting = [[Int]](repeating: [], count: a.sources.count)
        for (s, k) in a.sentenceSources.enumerated() where k != UInt32.max && Int(k) < resting.count { resting[Int(k)].append(s) }
        var rows: [SourceRow] = []
        for i in a.sources.indices {
            rows.append(SourceRow(source: i, sentence: nil))
            rows += resting[i].map { SourceRow(source: i, sentence: $0) }
        }
        return rows
    }

    /// How a source is named in the reader: "post", "quoted", "attributed", a document's kind ("report"),
    /// "publication", "link".
    static func kindName(_ source: Source) -> String {
        switch source.kind {
        case .post: return "post"
        case .quote: return "quoted"
        case .attribution: return "attributed"
        case .document: return source.what.map { Sanitiser.singleLine($0) } ?? "document"
        case .publication: return "publication"
        case .link: return "link"
        }
    }
}
