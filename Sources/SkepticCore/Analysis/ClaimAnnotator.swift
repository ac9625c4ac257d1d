/// Labels statements of fact a reader may want to check: reported statements, numbers and dates,
/// comparisons and superlatives, named actors doing things. Not questions, instructions, or filler.
public struct ClaimAnnotator: Annotator {
    public let name = "claims"
    public let requires: Set<Layer> = [.sentences, .hedges]
    public let produces: Set<Layer> = [.claims]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        var words: [Word] = []
        document.text.withUnsafeBufferPointer { t in
            for s in annotations.sentences.indices {
                let sentence = annotations.sentences[s]
                Words.split(t, sentence.range, into: &words)
                if Self.isClaim(t, sentence.range, words) { annotations.sentences[s].labels.insert(.claim) }
            }
        }
    }

    static func isClaim(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [Word]) -> Bool {
        guard let first = words.first, words.count >= 3 else { return false }
        // Questions ask; they do not state.
        var last = range.upperBound - 1
        while last > range.lowerBound, t[last] == 0x22 || t[last] == 0x29 || t[last] == 0x9D || t[last] == 0x99 || t[last] == 0x80 || t[last] == 0xE2 {
            last -= 1
        }
        if t[last] == 0x3F { return false }
        if ClaimLexicon.instructions.contains(first.hash) { return false }
        if words.count >= 4, ClaimLexicon.fillerOpenings.contains(Words.hash(phrase(t, words[0..<4]))) { return false }
        if words.count >= 3, ClaimLexicon.fillerOpenings.contains(Words.hash(phrase(t, words[0..<3]))) { return false }
        var evidence = 0
        for (i, word) in words.enumerated() {
            if word.numeric { return true }
            if ClaimLexicon.reportingVerbs.contains(word.hash) { return true }
            if ClaimLexicon.comparisons.contains(word.hash) { evidence += 1 }
            if ClaimLexicon.months.contains(word.hash), i + 1 < words.count, words[i + 1].numeric { return true }
            // A named actor: a capitalised word inside the sentence, or a capitalised subject that is not
            // a common sentence opener.
            if word.capitalised && (i > 0 || !ClaimLexicon.commonOpeners.contains(word.hash)) && !ClaimLexicon.notNames.contains(word.hash) {
                evidence += 1
            }
            if ClaimLexicon.actionVerbs.contains(word.hash) { evidence += 1 }
        }
        return evidence >= 2
    }

    static func phrase(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>) -> String {
        words.map { String(decoding: UnsafeBufferPointer(rebasing: t[$0.range]), as: UTF8.self) }.joined(separator: " ")
    }
}

/// Word lists for claims (news style, written for this project). Hashes of lower-cased words.
enum ClaimLexicon {
    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(Words.hash)) }

    /// Verbs that report what someone said or found.
    static let reportingVerbs = set([
        "say", "says", "said", "announce", "announces", "announced", "reveal", "reveals", "revealed", "report", "reports",
        "reported", "confirm", "confirms", "confirmed", "state", "states", "stated", "told", "tell", "tells", "according",
        "declare", "declares", "declared", "disclosed", "admitted", "acknowledged", "testified", "wrote", "tweeted",
        "posted", "published", "found", "showed", "shows", "concluded", "estimated",
    ])

    /// Verbs of actors doing things (news).
    static let actionVerbs = set([
        "offered", "offers", "declined", "declines", "rejected", "rejects", "approved", "approves", "signed", "signs",
        "launched", "launches", "voted", "votes", "won", "lost", "raised", "cut", "cuts", "increased", "decreased",
        "fell", "rose", "killed", "arrested", "charged", "sued", "banned", "invested", "supported", "opposed",
        "agreed", "refused", "proposed", "extended", "built", "closed", "opened", "hired", "fired", "resigned",
        "elected", "appointed", "acquired", "sold", "bought", "paid", "received", "sent", "deployed", "attacked",
        "visited", "met", "held", "has", "have", "had", "was", "were", "is", "are",
    ])

    /// Comparisons and superlatives.
    static let comparisons = set([
        "most", "least", "largest", "biggest", "highest", "lowest", "first", "record", "more", "fewer", "less",
        "higher", "lower", "larger", "smaller", "worst", "best", "fastest", "slowest", "doubled", "tripled", "halved",
    ])

    static let months = set([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])

    /// Capitalised words that open sentences without naming anyone.
    static let commonOpeners = set([
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "there", "here", "in", "on", "at", "for", "with", "by", "as", "but", "and", "or", "so", "if", "when", "while",
        "after", "before", "although", "however", "moreover", "furthermore", "additionally", "meanwhile", "such",
        "both", "each", "any", "some", "many", "several", "most", "all", "no", "to", "from", "over", "under",
        "his", "her", "their", "our", "my", "your", "what", "why", "how", "who", "which", "one", "other", "another",
        "yet", "still", "also", "then", "thus", "therefore", "indeed", "perhaps", "maybe", "while", "whether",
    ])

    /// Capitalised words that are not names.
    static let notNames = set(["i", "mr", "mrs", "ms", "dr"])

    /// First words of instructions.
    static let instructions = set([
        "click", "subscribe", "read", "sign", "follow", "share", "watch", "please", "let's", "don't", "download",
        "register", "join", "call", "visit", "see", "tap", "scroll", "log", "enter", "contact", "learn", "find",
        "check", "remember", "imagine", "consider", "note",
    ])

    /// Openings of filler sentences.
    static let fillerOpenings = set([
        "it's worth noting that", "it is worth noting", "it's worth noting", "needless to say", "it goes without saying",
        "it is important to", "it's important to", "as we all know", "at the end of", "all in all",
    ])
}
