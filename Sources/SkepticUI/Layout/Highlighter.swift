import SkepticCore

/// Which analysis labels the reader shows (each has a key that toggles it).
public struct Highlights: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let hedges = Highlights(rawValue: 1)
    public static let claims = Highlights(rawValue: 2)
    public static let quotes = Highlights(rawValue: 4)
    public static let noise = Highlights(rawValue: 8)
    public static let vague = Highlights(rawValue: 16)
    /// Statements said before shown in full; without it, a block that only says again what the article said
    /// before is folded to one line.
    public static let repeats = Highlights(rawValue: 32)
    public static let all: Highlights = [.hedges, .claims, .quotes, .noise, .vague, .repeats]
}

/// The roles that analysis gives parts of a block: ranges of the document text, in order, not overlapping.
public struct Overlay: Sendable, Equatable {
    /// A role for the whole block (noise), or nil.
    public var base: Role?
    public var spans: [(range: Range<Int>, role: Role)]
    /// The text of links and their markers, each with its number in the document's links, in order.
    public var links: [(range: Range<Int>, number: UInt16)] = []

    public init(base: Role? = nil, spans: [(range: Range<Int>, role: Role)] = []) {
        self.base = base
        self.spans = spans
    }

    public static let none = Overlay()

    public static func == (a: Overlay, b: Overlay) -> Bool {
        a.base == b.base && a.spans.count == b.spans.count
            && zip(a.spans, b.spans).allSatisfy { $0.range == $1.range && $0.role == $1.role }
            && a.links.count == b.links.count && zip(a.links, b.links).allSatisfy { $0.range == $1.range && $0.number == $1.number }
    }

    /// The link at a byte offset (0: none), moving `cursor` forward (offsets asked in increasing order).
    func link(at offset: Int, cursor: inout Int) -> UInt16 {
        while cursor < links.count && links[cursor].range.upperBound <= offset { cursor += 1 }
        if cursor < links.count && links[cursor].range.contains(offset) { return links[cursor].number }
        return 0
    }

    /// The role at a byte offset, moving `cursor` forward (offsets must be asked in increasing order).
    func role(at offset: Int, cursor: inout Int) -> Role? {
        while cursor < spans.count && spans[cursor].range.upperBound <= offset { cursor += 1 }
        if cursor < spans.count && spans[cursor].range.contains(offset) { return spans[cursor].role }
        return nil
    }
}

/// Turns a block's sentences and cues into an overlay: speculative (hedged) statements tinted with their cues
/// standing out, quoted words, claims, vague statements, and noise blocks dimmed — each only when its
/// highlight is on. A sentence has one tint (speculative, then quote, claim, vague); its cues are marked
/// inside it whatever the tint, so a vague claim reads as a claim with its vague words marked, and quoted words
/// inside a speculative sentence show both (`hedgedQuote`).
public enum Highlighter {
    public static func overlay(block: Int, annotations: Annotations, highlights: Highlights) -> Overlay {
        var overlay = Overlay()
        if block < annotations.noiseBlocks.count, annotations.noiseBlocks[block] {
            if highlights.contains(.noise) { overlay.base = .noise }
            return overlay
        }
        guard block < annotations.blockSentences.count else { return overlay }
        // Quoted words inside a sentence tinted otherwise (a quotation in a speculative sentence) keep the
        // quote's style, so that no label hides another.
        let quoted = highlights.contains(.quotes) ? annotations.quotes.filter { $0.block == block }.map(\.words) : []
        for s in annotations.sentences[annotations.blockSentences[block]] {
            let tint = self.tint(s.labels, highlights)
            // The sentence's pieces in order: cue spans and quoted words over the tint.
            var marks: [(Range<Int>, Role)] = []
            for cue in annotations.cues[s.cues] {
                let speculative = cue.category.label == .hedged
                guard speculative ? highlights.contains(.hedges) && s.labels.contains(.hedged)
                    : highlights.contains(.vague) && s.labels.contains(.vague) else { continue }
                marks.append((cue.range, speculative ? .hedgeCue : .vagueCue))
            }
            if tint != nil && tint != .quote {
                // In a speculative sentence the quoted words carry both: the quote's style over the hedge tint.
                let role: Role = tint == .hedged ? .hedgedQuote : .quote
                for q in quoted where q.overlaps(s.range) { marks.append((q.clamped(to: s.range), role)) }
            }
            marks.sort { $0.0.lowerBound < $1.0.lowerBound }
            var at = s.range.lowerBound
            for (range, role) in marks {
                // A cue inside quoted words wins: the quotation is cut around it.
                let start = max(at, range.lowerBound)
                guard start < range.upperBound else { continue }
                if at < start, let tint { overlay.spans.append((at..<start, tint)) }
                overlay.spans.append((start..<range.upperBound, role))
                at = range.upperBound
            }
            if at < s.range.upperBound, let tint { overlay.spans.append((at..<s.range.upperBound, tint)) }
        }
        return overlay
    }

    /// The role a sentence is tinted with, if any.
    static func tint(_ labels: LabelSet, _ highlights: Highlights) -> Role? {
        if labels.contains(.hedged) && highlights.contains(.hedges) { return .hedged }
        if labels.contains(.quote) && highlights.contains(.quotes) { return .quote }
        if labels.contains(.claim) && highlights.contains(.claims) { return .claim }
        if labels.contains(.vague) && highlights.contains(.vague) { return .vague }
        return nil
    }
}

extension Highlighter {
    /// The role of an inline style from Markdown or HTML.
    static func role(of kind: InlineStyle.Kind) -> Role {
        switch kind {
        case .emphasis: return .emphasis
        case .strong: return .strong
        case .strikethrough: return .strikethrough
        case .code: return .code
        case .link: return .link
        case .linkMarker, .footnote, .image: return .linkMarker
        }
    }

    /// Adds a block's inline styles to an analysis overlay. The innermost style wins where styles nest; a
    /// style shows through a tinted statement (claim, hedge, quote) but not through a hedge cue or noise.
    public static func withInlines(_ overlay: Overlay, document: Document, block: Int) -> Overlay {
        let inlines = document.inlines
        guard !inlines.isEmpty, overlay.base == nil, block < document.blocks.count else { return overlay }
        let range = document.blocks[block].range
        // The first style that may touch the block.
        var lo = 0, hi = inlines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if inlines[mid].range.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var styles: [(range: Range<Int>, role: Role)] = []
        var i = lo
        while i < inlines.count, inlines[i].range.lowerBound < range.upperBound {
            styles.append((inlines[i].range, role(of: inlines[i].kind)))
            i += 1
        }
        guard !styles.isEmpty else { return overlay }
        let clamped = styles.map { ($0.range.clamped(to: range), $0.role) }
        // Innermost style wins; a cue stays a cue.
        var out = layered(overlay, clamped, base: nil) { analysis, inline in analysis == .hedgeCue || analysis == .vagueCue ? analysis : inline ?? analysis }
        out.links = links(document, from: lo, block: range)
        return out
    }

    /// The block's links and their markers with their numbers: a link's text takes the number of the
    /// marker that follows it ("the report[3]").
    static func links(_ document: Document, from first: Int, block range: Range<Int>) -> [(range: Range<Int>, number: UInt16)] {
        let inlines = document.inlines
        var out: [(range: Range<Int>, number: UInt16)] = []
        var i = first
        while i < inlines.count, inlines[i].range.lowerBound < range.upperBound {
            let style = inlines[i]
            i += 1
            guard style.kind == .linkMarker, let n = UInt16(document.string(style.range).filter(\.isNumber)), n >= 1 else { continue }
            // The link's text: the latest link style that ends where the marker begins.
            if let text = inlines[first..<(i - 1)].last(where: { $0.kind == .link && $0.range.upperBound <= style.range.lowerBound
                                                                 && style.range.lowerBound - $0.range.upperBound <= 1 }),
               out.last.map({ $0.range.upperBound <= text.range.lowerBound }) ?? true {
                out.append((text.range.clamped(to: range), n))
            }
            out.append((style.range.clamped(to: range), n))
        }
        return out.filter { !$0.range.isEmpty }
    }

    /// An overlay with `layers` over it: the text is cut wherever a span or a layer starts or ends, and each
    /// piece gets `choose(role underneath, topmost layer's role)`. `base` is the role under everything (noise).
    static func layered(_ overlay: Overlay, _ layers: [(Range<Int>, Role)], base: (range: Range<Int>, role: Role)?,
                        choose: (Role?, Role?) -> Role?) -> Overlay {
        var points = Set<Int>()
        for (r, _) in layers { points.insert(r.lowerBound); points.insert(r.upperBound) }
        for s in overlay.spans { points.insert(s.range.lowerBound); points.insert(s.range.upperBound) }
        if let base { points.insert(base.range.lowerBound); points.insert(base.range.upperBound) }
        let sorted = points.sorted()
        var out = Overlay(base: base == nil ? overlay.base : nil)
        out.links = overlay.links
        var cursor = 0
        for (k, a) in sorted.enumerated() where k + 1 < sorted.count {
            let b = sorted[k + 1]
            let under = overlay.role(at: a, cursor: &cursor) ?? (base.map { $0.range.contains(a) ? $0.role : nil } ?? nil)
            let top = layers.last { $0.0.lowerBound <= a && a < $0.0.upperBound }?.1
            guard let role = choose(under, top) else { continue }
            if let last = out.spans.last, last.role == role, last.range.upperBound == a {
                out.spans[out.spans.count - 1].range = last.range.lowerBound..<b
            } else {
                out.spans.append((a..<b, role))
            }
        }
        return out
    }
}

/// What is drawn over the text besides its analysis: search hits (and the current one), the hits of the
/// user's highlight rules, the sentence selected with the mouse.
public struct Decorations: Sendable {
    public var hits: [(SearchResult, Role)]
    public var current: Range<Int>?
    public var selection: Range<Int>?
    /// The statements whose flags the reader confirmed, in document order.
    public var confirmed: [Range<Int>]
    /// The statements whose flags the reader dismissed, in document order.
    public var dismissed: [Range<Int>]

    public init(hits: [(SearchResult, Role)] = [], current: Range<Int>? = nil, selection: Range<Int>? = nil,
                confirmed: [Range<Int>] = [], dismissed: [Range<Int>] = []) {
        self.hits = hits
        self.current = current
        self.selection = selection
        self.confirmed = confirmed
        self.dismissed = dismissed
    }

    public var isEmpty: Bool { hits.isEmpty && current == nil && selection == nil && confirmed.isEmpty && dismissed.isEmpty }
}

extension Highlighter {
    /// Puts decorations over an overlay: later layers win (selection, then watch rules, then search hits,
    /// then the current hit). A noise block keeps its dim base; the decorations still show on it.
    static func withDecorations(_ overlay: Overlay, _ decorations: Decorations, block range: Range<Int>) -> Overlay {
        let overlay = withDismissed(withConfirmed(overlay, decorations.confirmed, block: range), decorations.dismissed, block: range)
        var layers: [(Range<Int>, Role)] = []
        if let s = decorations.selection, s.overlaps(range) { layers.append((s.clamped(to: range), .selection)) }
        for (result, role) in decorations.hits {
            for i in result.indexes(overlapping: range) {
                layers.append((result.range(i).clamped(to: range), role))
            }
        }
        if let c = decorations.current, c.overlaps(range) { layers.append((c.clamped(to: range), .searchCurrent)) }
        guard !layers.isEmpty else { return overlay }
        return layered(overlay, layers, base: overlay.base.map { (range, $0) }) { under, top in top ?? under }
    }

    /// A confirmed statement drawn as confirmed: its tint (speculative, vague, claim or none) becomes
    /// `confirmed`; its cues and quoted words keep their roles.
    static func withConfirmed(_ overlay: Overlay, _ confirmed: [Range<Int>], block range: Range<Int>) -> Overlay {
        withVerdict(overlay, confirmed, block: range, role: .confirmed, over: [.text, .hedged, .vague, .claim])
    }

    /// A dismissed statement drawn as dismissed: its text and its cues become `dismissed` (the flag is
    /// taken back, so are its marks); quoted words, links, code and other markup keep their roles.
    static func withDismissed(_ overlay: Overlay, _ dismissed: [Range<Int>], block range: Range<Int>) -> Overlay {
        withVerdict(overlay, dismissed, block: range, role: .dismissed, over: [.text, .hedged, .hedgeCue, .vague, .vagueCue, .claim])
    }

    /// The statements in `ranges` drawn in `role` where they have no role or one of `roles`.
    static func withVerdict(_ overlay: Overlay, _ ranges: [Range<Int>], block range: Range<Int>, role: Role, over roles: [Role]) -> Overlay {
        let layers = ranges.filter { $0.overlaps(range) }.map { ($0.clamped(to: range), role) }
        guard !layers.isEmpty, overlay.base == nil else { return overlay }
        return layered(overlay, layers, base: nil) { under, top in
            guard top != nil else { return under }
            guard let under else { return role }
            return roles.contains(under) ? role : under
        }
    }
}
