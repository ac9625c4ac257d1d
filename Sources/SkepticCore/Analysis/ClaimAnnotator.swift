/// Labels statements of fact a reader may want to check: reported statements, numbers and dates,
/// comparisons and superlatives, named actors doing things. Not questions, instructions, or filler.
public struct ClaimAnnotator: Annotator {
    public let name = "claims"
    public let requires: Set<Layer> = [.sentences, .words, .hedges]
    public let produces: Set<Layer> = [.claims]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        for s in annotations.sentences.indices where annotations.claimEvidence[s] & ClaimEvidence.claim != 0 {
            let sentence = annotations.sentences[s]
            // The "— Name (@handle) Date" line of a post says who, not what.
            if let attribution = document.blocks[sentence.block].attributionStart, sentence.range.lowerBound >= attribution { continue }
            // A speculative statement leaves its truth open: the reader shows it as speculation, not as a claim.
            if sentence.labels.contains(.hedged) { continue }
            annotations.sentences[s].labels.insert(.claim)
        }
        // The evidence's attribution bits are read by the sources annotator, which then drops it.
    }

    /// Do a sentence's words make it a claim, and do they hold an attribution verb ("said", "according")? As
    /// `ClaimEvidence` bits. (Called from the words pass, `HedgeAnnotator`, which looks each word up once.)
    static func hasClaimEvidence(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [Word]) -> UInt8 {
        guard let first = words.first, words.count >= 4 else { return 0 }
        // Questions ask; they do not state.
        if Words.isQuestion(t, range) { return 0 }
        let kinds = ClaimLexicon.kinds
        let firstKind = kinds.value(first.hash) ?? 0
        if firstKind & ClaimLexicon.instruction != 0 { return 0 }
        if firstKind & ClaimLexicon.fillerStart != 0 && ClaimLexicon.isFillerOpening(words) { return 0 }
        var name = false
        var verb = false
        var comparison = false
        var superlative = false
        var attributes = false
        // Decided before the last word: whether an attribution verb follows is not known.
        var early: UInt8 { ClaimEvidence.claim | (attributes ? ClaimEvidence.attribution : ClaimEvidence.attributionUnknown) }
        for i in words.indices {
            let word = words[i]
            if word.numeric { return early }
            let kind = kinds.value(word.hash) ?? 0
            if kind & ClaimLexicon.attributionVerb != 0 { attributes = true }
            if kind & ClaimLexicon.reporting != 0 { return early }
            if kind & ClaimLexicon.month != 0, i + 1 < words.count, words[i + 1].numeric { return early }
            if kind & ClaimLexicon.comparison != 0 { comparison = true }
            if kind & ClaimLexicon.superlative != 0 { superlative = true }
            if kind & (ClaimLexicon.action | ClaimLexicon.copula) != 0 || endsInEd(t, word) { verb = true }
            // A named actor: a capitalised word inside the sentence, or a capitalised subject that is not
            // a common opener or an adverb ("Honestly, …").
            if word.capitalised && kind & ClaimLexicon.notName == 0 {
                if i > 0 || (kind & ClaimLexicon.opener == 0 && !endsInLy(t, word)) { name = true }
            }
        }
        let claim = (name && (verb || comparison)) || (superlative && verb)
        return (claim ? ClaimEvidence.claim : 0) | (attributes ? ClaimEvidence.attribution : 0)
    }

    static func endsInEd(_ t: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        w.range.count > 4 && t[w.range.upperBound - 2] == 0x65 && t[w.range.upperBound - 1] == 0x64
    }

    static func endsInLy(_ t: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        w.range.count > 3 && t[w.range.upperBound - 2] == 0x6C && t[w.range.upperBound - 1] == 0x79
    }

}

/// The bits of `Annotations.claimEvidence`, one byte per sentence.
enum ClaimEvidence {
    /// The sentence's words make it a claim (if it is not speculative).
    static let claim: UInt8 = 1
    /// They hold an attribution verb ("said", "told", "according"): the sources annotator looks for whom.
    static let attribution: UInt8 = 2
    /// The claim was decided before the last word: whether an attribution verb follows is not known.
    static let attributionUnknown: UInt8 = 4
}

/// Word lists for claims (news style, written for this project). Hashes of lower-cased words.
enum ClaimLexicon {

    // Bits of `kinds`: what a word can be, looked up once per word.
    static let reporting = 1, action = 2, copula = 4, comparison = 8, superlative = 16, month = 32, opener = 64
    static let notName = 128, instruction = 256, fillerStart = 512, attributionVerb = 1024

    /// Word hash → the bits above.
    static let kinds: HashMap64 = {
        var bits: [UInt64: Int] = [:]
        func add(_ words: [String], _ bit: Int) { for w in words { bits[Words.hash(w), default: 0] |= bit } }
        add(reportingVerbs, reporting)
        add(actionVerbs, action)
        add(copulas, copula)
        add(comparisons, comparison)
        add(superlatives, superlative)
        add(months, month)
        add(commonOpeners, opener)
        add(notNames, notName)
        add(instructions, instruction)
        add(fillerOpenings.compactMap { $0.split(separator: " ").first.map(String.init) }, fillerStart)
        add(SourceAnnotator.attributionWords + ["according"], attributionVerb)
        return HashMap64(bits.map { ($0.key, $0.value) })
    }()

    /// Verbs that report what someone said or found.
    static let reportingVerbs: [String] = [
        "say", "says", "said", "announce", "announces", "announced", "reveal", "reveals", "revealed", "report", "reports",
        "reported", "confirm", "confirms", "confirmed", "state", "states", "stated", "told", "tell", "tells", "according",
        "declare", "declares", "declared", "disclosed", "admitted", "acknowledged", "testified", "wrote", "tweeted",
        "posted", "published", "found", "showed", "shows", "concluded", "estimated",
    ]

    /// Verbs of actors doing things (news).
    static let actionVerbs: [String] = [
        "offered", "offers", "declined", "declines", "rejected", "rejects", "approved", "approves", "signed", "signs",
        "launched", "launches", "voted", "votes", "won", "lost", "raised", "cut", "cuts", "increased", "decreased",
        "fell", "rose", "killed", "arrested", "charged", "sued", "banned", "invested", "supported", "opposed",
        "agreed", "refused", "proposed", "extended", "built", "closed", "opened", "hired", "fired", "resigned",
        "elected", "appointed", "acquired", "sold", "bought", "paid", "received", "sent", "deployed", "attacked",
        "visited", "met", "held", "won", "leads", "led", "runs", "owns", "employs", "plans", "wants", "expects",
    ]

    /// Forms of be and have: verbs only when a named actor is there too.
    static let copulas: [String] = ["is", "are", "was", "were", "has", "have", "had", "will"]

    /// Comparisons and superlatives.
    static let comparisons: [String] = [
        "most", "least", "largest", "biggest", "highest", "lowest", "first", "record", "more", "fewer", "less",
        "higher", "lower", "larger", "smaller", "worst", "best", "fastest", "slowest", "doubled", "tripled", "halved",
    ]

    /// Superlatives and records: a checkable statement even without a name.
    static let superlatives: [String] = [
        "largest", "biggest", "highest", "lowest", "worst", "best", "fastest", "slowest", "oldest", "youngest",
        "longest", "shortest", "deadliest", "busiest", "record", "first", "cheapest", "richest", "poorest",
    ]

    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Capitalised words that open sentences without naming anyone.
    static let commonOpeners: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "there", "here", "in", "on", "at", "for", "with", "by", "as", "but", "and", "or", "so", "if", "when", "while",
        "after", "before", "although", "however", "moreover", "furthermore", "additionally", "meanwhile", "such",
        "both", "each", "any", "some", "many", "several", "most", "all", "no", "to", "from", "over", "under",
        "his", "her", "their", "our", "my", "your", "what", "why", "how", "who", "which", "one", "other", "another",
        "yet", "still", "also", "then", "thus", "therefore", "indeed", "perhaps", "maybe", "while", "whether",
        "more", "less", "without", "good", "happy", "welcome", "thanks", "thank", "dear", "hello", "hi", "well",
    ]

    /// Capitalised words that are not names.
    static let notNames: [String] = ["i", "mr", "mrs", "ms", "dr"]

    /// First words of instructions.
    static let instructions: [String] = [
        "click", "subscribe", "read", "sign", "follow", "share", "watch", "please", "let's", "don't", "download",
        "register", "join", "call", "visit", "see", "tap", "scroll", "log", "enter", "contact", "learn", "find",
        "check", "remember", "imagine", "consider", "note", "tell", "send", "try", "make", "get", "keep", "stay",
        "don’t", "let",
    ]

    /// Does the sentence open with a filler phrase? (Compared word by word, by hash.)
    static func isFillerOpening(_ words: [Word]) -> Bool {
        fillerWordHashes.contains { phrase in
            phrase.count <= words.count && zip(phrase, words).allSatisfy { $0 == $1.hash }
        }
    }

    static let fillerWordHashes: [[UInt64]] = fillerOpenings.map { $0.split(separator: " ").map { Words.hash(String($0)) } }

    /// Openings of filler sentences.
    static let fillerOpenings: [String] = ([
        "it's worth noting that", "it is worth noting", "it's worth noting", "it's also worth noting",
        "it is also worth noting", "needless to say", "it goes without saying",
        "it is important to", "it's important to", "as we all know", "at the end of", "all in all",
    ])
}
