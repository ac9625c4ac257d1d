/// What a sentence is, for a reader who checks: a labelled sentence may carry several labels.
public enum Label: String, Sendable, CaseIterable, Codable, Comparable {
    /// A speculative statement: it leaves its own truth open ("may", "expects", "if", "alleged"). Named
    /// `hedged` in the reports (the JSON schema keeps its names); the reader calls it speculation.
    case hedged
    /// A vague statement: asserted, but without who or how much ("about", "some", "critics say", "legendary").
    case vague
    /// A statement of fact a reader may want to check.
    case claim
    /// The words of a source quotation (an embedded post, a direct quotation, a blockquote).
    case quote
    /// Page furniture: ads, share prompts, boilerplate.
    case noise

    public static func < (a: Label, b: Label) -> Bool { a.rank < b.rank }
    private var rank: Int { Label.allCases.firstIndex(of: self)! }
}

/// A set of labels, stored in a byte.
public struct LabelSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let hedged = LabelSet(rawValue: 1)
    public static let claim = LabelSet(rawValue: 2)
    public static let quote = LabelSet(rawValue: 4)
    public static let noise = LabelSet(rawValue: 8)
    public static let vague = LabelSet(rawValue: 16)

    public init(_ label: Label) {
        switch label {
        case .hedged: self = .hedged
        case .vague: self = .vague
        case .claim: self = .claim
        case .quote: self = .quote
        case .noise: self = .noise
        }
    }

    /// The labels in a fixed order.
    public var labels: [Label] { Label.allCases.filter { contains(LabelSet($0)) } }
}

/// The kind of cue: six kinds make a statement speculative, four make it vague.
public enum CueCategory: String, Sendable, Codable, CaseIterable {
    // Speculative: the statement leaves its truth open.
    /// Possibility and probability: "may", "could", "likely", "perhaps", "will" in a prediction.
    case modal
    /// Beliefs, expectations, hopes, fears and predictions: "expects", "believes", "is set to".
    case belief
    /// Conditions: "if", "unless", "as long as".
    case condition
    /// Open questions: "whether", "remains to be seen", "unclear".
    case question
    /// Allegations and unverified reports: "alleged", "is accused of", "reportedly".
    case allegation
    /// Appearance and inference: "seems", "appears", "suggests", "indicates".
    case appearance
    // Vague: asserted, but without who or how much.
    /// Approximators and limiters: "about 40", "roughly", "nearly", "to some extent".
    case approximator
    /// Vague quantities and frequencies: "some", "many", "several", "often".
    case quantity
    /// Unnamed or vague sources: "critics say", "experts", "it is said", "widely regarded".
    case source
    /// Praise stated as fact: "legendary", "one of the most".
    case puffery

    /// The sentence label a cue of this category gives: speculative (`hedged`) or vague.
    public var label: Label {
        switch self {
        case .modal, .belief, .condition, .question, .allegation, .appearance: return .hedged
        case .approximator, .quantity, .source, .puffery: return .vague
        }
    }
}

/// A cue: a range of the document text and its category (speculative or vague). Stored in 12 bytes (32-bit offsets, as
/// documents are): a 100 MiB article has a quarter of a million cues.
public struct Cue: Sendable, Equatable {
    private var start: UInt32
    private var end: UInt32
    public var category: CueCategory

    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(truncatingIfNeeded: newValue.lowerBound)
            end = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    public init(range: Range<Int>, category: CueCategory) {
        self.start = UInt32(truncatingIfNeeded: range.lowerBound)
        self.end = UInt32(truncatingIfNeeded: range.upperBound)
        self.category = category
    }
}

/// One sentence of a block: its range in the document text, its labels and its cues.
///
/// Stored compactly (32-bit offsets: 20 bytes instead of 48) because a 100 MiB article has a million
/// sentences; the public properties are the usual `Int` ranges.
public struct Sentence: Sendable, Equatable {
    private var start: UInt32
    private var end: UInt32
    private var blockIndex: UInt32
    private var firstCue: UInt32
    private var cueCount: UInt16
    public var labels: LabelSet

    public init(range: Range<Int>, block: Int, labels: LabelSet = [], cues: Range<Int> = 0..<0) {
        start = UInt32(truncatingIfNeeded: range.lowerBound)
        end = UInt32(truncatingIfNeeded: range.upperBound)
        blockIndex = UInt32(truncatingIfNeeded: block)
        firstCue = UInt32(truncatingIfNeeded: cues.lowerBound)
        cueCount = UInt16(truncatingIfNeeded: min(cues.count, Int(UInt16.max)))
        self.labels = labels
    }

    public var range: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(truncatingIfNeeded: newValue.lowerBound)
            end = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    public var block: Int {
        get { Int(blockIndex) }
        set { blockIndex = UInt32(truncatingIfNeeded: newValue) }
    }

    /// Indexes into `Annotations.cues`.
    public var cues: Range<Int> {
        get { Int(firstCue)..<(Int(firstCue) + Int(cueCount)) }
        set {
            firstCue = UInt32(truncatingIfNeeded: newValue.lowerBound)
            cueCount = UInt16(truncatingIfNeeded: min(newValue.count, Int(UInt16.max)))
        }
    }
}

/// A source quotation: whose words, where and when. (32-bit offsets: fiction has a quotation in every
/// other paragraph.)
public struct SourceQuote: Sendable, Equatable {
    private var blockIndex: UInt32
    private var start: UInt32
    private var end: UInt32
    private var earlier: UInt32
    /// Who is quoted: a name or a described source ("a senior official"); a pronoun in the text resolved to
    /// the person it refers to ("she" → "Priya Nair"), or the pronoun when nothing fits.
    public var speaker: String?
    /// The words the text uses for the speaker ("she", "Ortiz"); nil for a quotation continued from an
    /// earlier one, which names no one.
    public var mention: String?
    public var handle: String?
    public var date: String?

    public init(block: Int, words: Range<Int>, speaker: String? = nil, mention: String? = nil, handle: String? = nil,
                date: String? = nil, repeatOf: Int? = nil) {
        blockIndex = UInt32(truncatingIfNeeded: block)
        start = UInt32(truncatingIfNeeded: words.lowerBound)
        end = UInt32(truncatingIfNeeded: words.upperBound)
        earlier = repeatOf.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max
        self.speaker = speaker
        self.mention = mention
        self.handle = handle
        self.date = date
    }

    /// The block the quotation is in.
    public var block: Int {
        get { Int(blockIndex) }
        set { blockIndex = UInt32(truncatingIfNeeded: newValue) }
    }

    /// The quoted words (without quotation marks).
    public var words: Range<Int> {
        get { Int(start)..<Int(end) }
        set {
            start = UInt32(truncatingIfNeeded: newValue.lowerBound)
            end = UInt32(truncatingIfNeeded: newValue.upperBound)
        }
    }

    /// The index of an earlier quotation with the same words (the reference article repeats its post).
    public var repeatOf: Int? {
        get { earlier == UInt32.max ? nil : Int(earlier) }
        set { earlier = newValue.map { UInt32(truncatingIfNeeded: $0) } ?? UInt32.max }
    }
}

/// What an article rests on: an embedded post, a quoted speaker, or someone a statement is attributed to
/// without quotation marks ("X said the plan…", "according to X").
public struct Source: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// An embedded post or a blockquote with its signature.
        case post
        /// A speaker of direct quotations.
        case quote
        /// Someone statements are attributed to without quotation marks.
        case attribution
        /// A document: a report, study, statement, survey or filing ("according to a report by the IMF", "the
        /// ministry said in a statement"); `who` is its author or where it was published, `what` the document.
        case document
        /// A named publication: a newspaper, agency, broadcaster or journal ("told the Financial Times",
        /// "Reuters reported").
        case publication
        /// A link in the sentence: `url` is where it goes, `who` its host, `what` the linked words.
        case link
    }

    /// Who or what: the speaker's longest name seen, a description ("a senior official"), a post's author.
    public var who: String
    public var kind: Kind
    /// A post's handle ("@BRICSinfo").
    public var handle: String?
    /// A document's kind ("report", "statement"), or a link's words.
    public var what: String?
    /// A link's address.
    public var url: String?
    /// The sentences resting on it: its quotations' and the claims traced to it.
    public var statements = 0
    /// Its quotations, repeats included, and how many of them repeat an earlier one.
    public var quotations = 0
    public var repeats = 0
    /// Where it first appears: a block index and that block's source line.
    public var block: Int
    public var line: Int

    public init(who: String, kind: Kind, handle: String? = nil, what: String? = nil, url: String? = nil, block: Int, line: Int) {
        self.who = who
        self.kind = kind
        self.handle = handle
        self.what = what
        self.url = url
        self.block = block
        self.line = line
    }
}

/// The layers annotators fill in. Text is never copied: everything is a range into `Document.text`.
public struct Annotations: Sendable {
    public var sentences: [Sentence] = []
    public var cues: [Cue] = []
    public var quotes: [SourceQuote] = []
    /// One flag per block: page furniture, not analysed as prose.
    public var noiseBlocks: [Bool] = []
    /// Per block, the range of its sentences in `sentences`.
    public var blockSentences: [Range<Int>] = []
    /// Per sentence, what its words say for a claim (the `words` layer: filled by the one pass over each
    /// sentence's words, read by `ClaimAnnotator` and `SourceAnnotator`): `ClaimEvidence` bits.
    public var claimEvidence: [UInt8] = []
    /// The prose sentences' content words as `RepeatAnnotator` compares them (the `words` layer too), chunk by
    /// chunk as the words pass read them; the repeats annotator takes them and leaves this empty.
    var repeatContent: [RepeatAnnotator.Arenas] = []
    /// The article's sources, in order of first appearance.
    public var sources: [Source] = []
    /// Per sentence, the index in `sources` of what it rests on (`UInt32.max`: nothing); empty when the article
    /// has no sources.
    public var sentenceSources: [UInt32] = []
    /// Per sentence, the earlier sentence it repeats or restates (`UInt32.max`: none; the top bit set: restated in
    /// other words); empty when the article says nothing twice.
    public var sentenceRepeats: [UInt32] = []

    public init() {}

    /// The first appearance of what a sentence says again, if it does: that sentence, and whether this one
    /// restates it in other words (else it repeats it, give or take a few words).
    public func repeatOf(sentence s: Int) -> (first: Int, restated: Bool)? {
        guard s < sentenceRepeats.count, sentenceRepeats[s] != UInt32.max else { return nil }
        let v = sentenceRepeats[s]
        return (Int(v & ~(UInt32(1) << 31)), v & (UInt32(1) << 31) != 0)
    }

    /// What the article says twice: sentences that repeat or restate an earlier one, claims among them, and the
    /// share of the analysed text they take.
    public var repetition: Repetition {
        var r = Repetition()
        for s in sentences.indices {
            let length = sentences[s].range.count
            r.textBytes += length
            let claim = sentences[s].labels.contains(.claim)
            if claim { r.claims += 1 }
            guard let (_, restated) = repeatOf(sentence: s) else { continue }
            if restated { r.restated += 1 } else { r.repeated += 1 }
            if claim { r.repeatedClaims += 1 }
            r.repeatedBytes += length
        }
        r.repeatedQuotes = quotes.reduce(0) { $0 + ($1.repeatOf == nil ? 0 : 1) }
        return r
    }

    /// The first sentence of each source quotation (repeats left out), in document order: what the reader
    /// steps through as quotes and counts in its status line ("quote 3/7"), one per quotation, as many as the
    /// reports' source quotes.
    public var sourceQuoteSentences: [UInt32] {
        var out: [UInt32] = []
        for q in quotes where q.repeatOf == nil && q.block < blockSentences.count {
            let inBlock = blockSentences[q.block]
            // The first sentence that ends after the quotation starts (a binary search).
            var lo = inBlock.lowerBound
            var hi = inBlock.upperBound
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences[mid].range.upperBound <= q.words.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            out.append(UInt32(min(lo, max(inBlock.lowerBound, inBlock.upperBound - 1))))
        }
        out.sort()
        return out
    }

    /// The source a sentence rests on, if any.
    public func source(ofSentence s: Int) -> Int? {
        guard s < sentenceSources.count, sentenceSources[s] != UInt32.max else { return nil }
        return Int(sentenceSources[s])
    }
}

/// How much of an article repeats or restates itself.
public struct Repetition: Sendable, Equatable {
    /// Sentences that repeat an earlier one (a few words changed at most) and that restate one in other words.
    public var repeated = 0
    public var restated = 0
    /// Quotations that repeat an earlier one (the reference article quotes its post twice).
    public var repeatedQuotes = 0
    /// Claims, and the claims that repeat or restate an earlier sentence (counted once: `claims - repeatedClaims`).
    public var claims = 0
    public var repeatedClaims = 0
    /// The sentences' bytes, and those of the repeating and restating sentences.
    public var textBytes = 0
    public var repeatedBytes = 0

    /// Whole percentages of the claims and of the text that repeat or restate.
    public var claimsPercent: Int { claims == 0 ? 0 : (100 * repeatedClaims + claims / 2) / claims }
    public var textPercent: Int { textBytes == 0 ? 0 : (100 * repeatedBytes + textBytes / 2) / textBytes }
}

/// A document with its annotations: what the reader shows and the reports print.
public struct AnnotatedDocument: Sendable {
    public let document: Document
    public let annotations: Annotations

    public init(document: Document, annotations: Annotations) {
        self.document = document
        self.annotations = annotations
    }

    /// The sentences of a block.
    public func sentences(ofBlock block: Int) -> ArraySlice<Sentence> {
        guard block < annotations.blockSentences.count else { return [] }
        return annotations.sentences[annotations.blockSentences[block]]
    }
}
