/// The reader's own work on an article: verdicts on the analysis' flags, flags of their own, notes. Each
/// entry is anchored as the W3C Web Annotation model anchors text — the exact words with some context
/// before and after, and their position — so that it finds its sentence again after the article changes;
/// an entry that cannot be placed is kept (orphaned), never dropped.
public struct ReviewEntry: Sendable, Equatable {
    /// What the reader said of the sentence's flag.
    public enum Verdict: String, Sendable, CaseIterable {
        /// The analysis' flag is right.
        case confirmed
        /// The analysis' flag is wrong: drawn as dismissed, left out of the counts.
        case dismissed
    }

    /// A flag of the reader's own.
    public enum OwnFlag: String, Sendable, CaseIterable {
        case speculative, vague, claim, marked
    }

    /// The row's id in the store (nil until stored).
    public var id: Int64?
    public var anchor: TextAnchor
    public var verdict: Verdict?
    public var ownFlag: OwnFlag?
    public var note: String?

    public init(id: Int64? = nil, anchor: TextAnchor, verdict: Verdict? = nil, ownFlag: OwnFlag? = nil, note: String? = nil) {
        self.id = id
        self.anchor = anchor
        self.verdict = verdict
        self.ownFlag = ownFlag
        self.note = note
    }

    /// Nothing left to keep.
    public var isEmpty: Bool { verdict == nil && ownFlag == nil && (note ?? "").isEmpty }
}

/// Where an entry's sentence is: its exact words, up to 32 characters before and after, and its byte offset.
public struct TextAnchor: Sendable, Equatable {
    public var exact: String
    public var prefix: String
    public var suffix: String
    public var position: Int

    public static let contextLength = 32

    public init(exact: String, prefix: String, suffix: String, position: Int) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.position = position
    }

    /// The anchor of a range of a document's text.
    public init(_ range: Range<Int>, in document: Document) {
        let text = document.text
        exact = document.string(range)
        var a = range.lowerBound
        var count = 0
        while a > 0 && count < Self.contextLength {
            a -= 1
            if text[a] & 0xC0 != 0x80 { count += 1 }
        }
        var z = range.upperBound
        count = 0
        while z < text.count && count < Self.contextLength {
            z += 1
            while z < text.count && text[z] & 0xC0 == 0x80 { z += 1 }
            count += 1
        }
        prefix = document.string(a..<range.lowerBound)
        suffix = document.string(range.upperBound..<z)
        position = range.lowerBound
    }

    /// The sentence the anchor names in a document: the sentence whose text is `exact`, the one with the most
    /// matching context (then the nearest to `position`) when several are; nil when none is (orphaned).
    public func sentence(in document: Document, _ annotations: Annotations) -> Int? {
        var best: (index: Int, score: Int, distance: Int)?
        for (i, s) in annotations.sentences.enumerated() where s.range.count == exact.utf8.count {
            guard document.string(s.range) == exact else { continue }
            let anchor = TextAnchor(s.range, in: document)
            let score = Self.commonSuffix(anchor.prefix, prefix) + Self.commonPrefix(anchor.suffix, suffix)
            let distance = abs(s.range.lowerBound - position)
            if best == nil || score > best!.score || (score == best!.score && distance < best!.distance) {
                best = (i, score, distance)
            }
        }
        return best?.index
    }

    static func commonPrefix(_ a: String, _ b: String) -> Int { zip(a.utf8, b.utf8).prefix { $0 == $1 }.count }
    static func commonSuffix(_ a: String, _ b: String) -> Int { zip(a.utf8.reversed(), b.utf8.reversed()).prefix { $0 == $1 }.count }
}

/// An article's review: its entries, and where each is in the document (nil: orphaned).
public struct Review: Sendable {
    public var entries: [ReviewEntry]
    /// The sentence of each entry, by index into `entries`.
    public private(set) var placed: [Int?] = []

    public init(entries: [ReviewEntry] = []) {
        self.entries = entries
    }

    /// Finds each entry's sentence in a document.
    public mutating func place(in document: Document, _ annotations: Annotations) {
        placed = entries.map { $0.anchor.sentence(in: document, annotations) }
    }

    /// The entry for a sentence, if any.
    public func entry(forSentence s: Int) -> Int? { placed.firstIndex { $0 == s } }

    /// Entries that found no sentence.
    public var orphans: [ReviewEntry] { entries.indices.filter { placed.count > $0 && placed[$0] == nil }.map { entries[$0] } }

    /// The analysis' labels with the reader's word on them: a dismissed flag leaves its sentence (and the
    /// counts, the lists, the highlights), a flag of the reader's own adds its label.
    public func applied(to annotations: Annotations) -> Annotations {
        var a = annotations
        for (k, entry) in entries.enumerated() {
            guard k < placed.count, let s = placed[k], s < a.sentences.count else { continue }
            if entry.verdict == .dismissed { a.sentences[s].labels.subtract([.hedged, .vague, .claim]) }
            switch entry.ownFlag {
            case .speculative?: a.sentences[s].labels.insert(.hedged)
            case .vague?: a.sentences[s].labels.insert(.vague)
            case .claim?: a.sentences[s].labels.insert(.claim)
            case .marked?, nil: break
            }
        }
        return a
    }
}
