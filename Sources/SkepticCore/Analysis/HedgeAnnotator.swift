/// Finds hedge cues (`HedgeLexicon`) in each sentence and flags the sentences they make speculative.
///
/// Longest match first, so that "no doubt" (certainty) consumes "doubt" and "may have played a role"
/// beats "may". Rules from the lexicon decide ambiguous words: "May" the month, "can" of plain ability,
/// "could" of past ability, approximators only before numbers, "indicate" only before "that".
/// Questions are not flagged: they ask rather than state.
///
/// This is the one pass over every sentence's words, so it also records the words' claim evidence
/// (`ClaimAnnotator.hasClaimEvidence`) for the claims annotator: splitting the words twice cost a quarter
/// of the analysis time.
public struct HedgeAnnotator: Annotator {
    public let name = "hedges"
    public let requires: Set<Layer> = [.noise, .sentences]
    public let produces: Set<Layer> = [.hedges, .words]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        // The chunks read the sentences through their own reference, which is gone before the merge below
        // writes labels (so that the sentence array is not copied).
        var chunks = Self.find(document, annotations.sentences, noise: annotations.noiseBlocks)
        Self.merge(&chunks, into: &annotations)
    }

    /// Writes what the chunks found into the annotations, freeing each chunk as soon as it is merged.
    static func merge(_ chunks: inout [Found], into annotations: inout Annotations) {
        var evidence: [UInt8] = []
        evidence.reserveCapacity(annotations.sentences.count)
        annotations.cues.reserveCapacity(chunks.reduce(0) { $0 + $1.cues.count })
        for k in chunks.indices {
            let chunk = chunks[k]
            chunks[k] = Found()
            let base = annotations.cues.count
            annotations.cues.append(contentsOf: chunk.cues)
            // Through one buffer: each write through the array checked its uniqueness again.
            annotations.sentences.withUnsafeMutableBufferPointer { sentences in
                for owner in chunk.owners {
                    let s = Int(owner.sentence)
                    sentences[s].cues = (base + Int(owner.first))..<(base + Int(owner.end))
                    sentences[s].labels.formUnion(owner.labels)
                }
            }
            evidence.append(contentsOf: chunk.evidence)
            annotations.repeatContent.append(chunk.repeats)
        }
        annotations.claimEvidence = evidence
    }

    /// What one chunk of sentences found: its cues, which sentence owns which of them, its claim evidence.
    struct Found {
        var cues: [Cue] = []
        var owners: [(sentence: UInt32, first: UInt32, end: UInt32, labels: LabelSet)] = []
        var evidence: [UInt8] = []
        /// The prose sentences' content words, for the repeats annotator.
        var repeats = RepeatAnnotator.Read()
    }

    static func find(_ document: Document, _ sentences: [Sentence], noise: [Bool]) -> [Found] {
        // Once, not per sentence: reading the global in the loop copied the matcher (all its arrays retained
        // and released) for every sentence.
        let matcher = HedgeMatcher.shared
        let blocks = document.blocks
        return document.text.withUnsafeBufferPointer { t in
            Parallel.map(sentences.count, minimumChunk: 2000, partsPerCore: 4) { part -> Found in
                var result = Found()
                var words: [Word] = []
                var scores: [Float] = []
                var repeats = RepeatAnnotator.Reader()
                result.evidence.reserveCapacity(part.count)
                for s in part {
                    let range = sentences[s].range
                    Words.split(t, range, into: &words)
                    result.evidence.append(ClaimAnnotator.hasClaimEvidence(t, range, words))
                    if RepeatAnnotator.Reader.reads(sentences[s].block, blocks, noise) {
                        repeats.add(s, t, range, words)
                    }
                    let first = result.cues.count
                    let labels = matcher.cues(t, range, words, into: &result.cues, scores: &scores)
                    if result.cues.count > first || !labels.isEmpty {
                        result.owners.append((UInt32(s), UInt32(first), UInt32(result.cues.count), labels))
                    }
                }
                result.repeats = repeats.read
                return result
            }
        }
    }
}

/// The lexicon compiled for matching: entries indexed by the hash of their first word. A class (immutable,
/// shared): as a struct it was copied into each closure that matched a sentence, retaining every array.
final class HedgeMatcher: Sendable {
    /// A lexicon entry: its words' hashes, category (nil for certainty) and rule.
    struct Entry: Sendable {
        /// Position in the lexicon (the feature number for `skeptic-eval --train`).
        var id: Int
        var cue: String
        var hashes: [UInt64]
        var category: CueCategory?
        var rule: Rule
        /// The hash of the entry's group (`CueModel.group`): the owner of its learned weights.
        var group: UInt64

    }

    /// An entry as matching needs it: no reference-counted fields (its words are a range of `hashes`), so
    /// that looking at a candidate copies plain bytes, not a string and an array.
    struct Compiled: Sendable {
        var id: Int32
        var first: Int32
        var length: Int32
        var category: CueCategory?
        var rule: Rule
        var group: UInt64
    }

    /// An approximator next to a number ("about 40", "nearly 300", "up to £500", "20 or so", "an estimated
    /// 4,000"): vague whatever the weights.
    func isDefinitelyVague(_ o: Occurrence) -> Bool {
        guard o.entry.category == .approximator else { return false }
        return o.entry.rule == .beforeNumber || o.entry.rule == .bound || o.context.numberNear
    }

    /// The score of a cue that decides its label alone.
    static let definite: Float = 1000

    enum Rule: String, Sendable {
        case none = "-"
        case mayMonth = "may-month"
        case canPossibility = "can-possibility"
        case couldPast = "could-past"
        case beforeNumber = "before-number"
        case sentenceWeasel = "sentence-weasel"
        case thatClause = "that-clause"
        /// A modal's use that often states no guess ("may also be used"): weighed by the data, never alone.
        case dynamic
        case pastFuture = "past-future"
        /// "nearly 200", "up to 30": a bound before a number, weighed by the data.
        case bound
        /// "critics", "experts" as unnamed sources: not "the analysts", "two scholars", "for … analysts".
        case unnamed
        /// "is claimed" with no agent: not "is claimed by both countries".
        case agentless
        /// "one of the" before a superlative: "one of the largest", "one of the first", not "one of the members".
        case superlative
        /// A verb of belief with what is believed after it: "expected that…", "expected the firm to post…",
        /// "he thought it was…"; not the noun or adjective ("the expected profit", "a thought").
        case complement
        /// A verb of belief, not the noun: "they feel they…", not "a junior college feel", "the feel of".
        case verb
        /// "see X as Y", "saw it as a bridge": a view; not plain sight ("see the film").
        case asComplement = "as-complement"
    }

    /// First-word hash → index into `groupStarts` (entries sharing a first word, longest first).
    let index: HashMap64
    /// The compiled entries, group by group; group `g` is `compiled[groupStarts[g]..<groupStarts[g + 1]]`.
    let compiled: [Compiled]
    let groupStarts: [Int]
    /// Per group, where its one-word entries start (they come last: longest first).
    let singleStarts: [Int]
    /// The second words of each group's longer entries, keyed by `pairKey`: a word whose next word is none
    /// of them skips straight to the group's one-word entries.
    let seconds: HashSet64
    /// The word hashes of every compiled entry, end to end.
    let hashes: [UInt64]
    /// Every entry, by id.
    let byID: [Entry]
    /// Every entry by id: "cue<TAB>category".
    var names: [String] { byID.map { $0.cue + "\t" + ($0.category?.rawValue ?? "certainty") } }
    var rules: [String] { byID.map(\.rule.rawValue) }
    /// The learned decision of each cue in its context.
    let model: CueModel

    static let shared = HedgeMatcher(lexicon: HedgeLexicon.data, weights: HedgeWeights.data)

    /// `weights`: the lines of `HedgeWeights` (`CueModel`'s format).
    init(lexicon: String, weights weightData: String = "") {
        model = CueModel(weights: weightData)
        var entries: [Entry] = []
        let bytes = Array(lexicon.utf8)
        // Fields separated by tabs: cue, category, rule, origin.
        TabLines.forEach(bytes) { fields in
            guard fields.count >= 3 else { return }
            let categoryName = String(decoding: bytes[fields[1]], as: UTF8.self)
            let category = CueCategory(rawValue: categoryName)
            guard category != nil || categoryName == "certainty" else { return }
            // Words of the cue, hashed as `Words.split` hashes them (’ counts as ').
            var hashes: [UInt64] = []
            var h = Words.offset
            var i = fields[0].lowerBound
            var inWord = false
            while i < fields[0].upperBound {
                let c = bytes[i]
                if c == 0x20 {
                    if inWord { hashes.append(h) }
                    h = Words.offset
                    inWord = false
                    i += 1
                } else if c == 0xE2, i + 2 < fields[0].upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                    h = (h ^ 0x27) &* Words.prime
                    inWord = true
                    i += 3
                } else {
                    h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* Words.prime
                    inWord = true
                    i += 1
                }
            }
            if inWord { hashes.append(h) }
            guard !hashes.isEmpty else { return }
            let cue = String(decoding: bytes[fields[0]], as: UTF8.self)
            let rule = Rule(rawValue: String(decoding: bytes[fields[2]], as: UTF8.self)) ?? .none
            entries.append(Entry(id: entries.count, cue: cue, hashes: hashes, category: category, rule: rule,
                                 group: Words.hash(CueModel.group(of: cue, rule: rule.rawValue))))
        }
        self.byID = entries
        // Group by first word, longest first, then in lexicon order.
        let sorted = entries.sorted {
            $0.hashes[0] != $1.hashes[0] ? $0.hashes[0] < $1.hashes[0]
                : $0.hashes.count != $1.hashes.count ? $0.hashes.count > $1.hashes.count : $0.id < $1.id
        }
        var compiled: [Compiled] = []
        var groupStarts: [Int] = []
        var hashes: [UInt64] = []
        var pairs: [(UInt64, Int)] = []
        for entry in sorted {
            if pairs.last?.0 != entry.hashes[0] {
                pairs.append((entry.hashes[0], groupStarts.count))
                groupStarts.append(compiled.count)
            }
            compiled.append(Compiled(id: Int32(entry.id), first: Int32(hashes.count), length: Int32(entry.hashes.count),
                                     category: entry.category, rule: entry.rule, group: entry.group))
            hashes += entry.hashes
        }
        groupStarts.append(compiled.count)
        var singleStarts: [Int] = []
        var seconds: [UInt64] = []
        for g in 0..<(groupStarts.count - 1) {
            let group = compiled[groupStarts[g]..<groupStarts[g + 1]]
            singleStarts.append(group.firstIndex { $0.length == 1 } ?? groupStarts[g + 1])
            for entry in group where entry.length > 1 { seconds.append(Self.pairKey(g, hashes[Int(entry.first) + 1])) }
        }
        self.singleStarts = singleStarts
        self.seconds = HashSet64(seconds)
        self.index = HashMap64(pairs)
        self.compiled = compiled
        self.groupStarts = groupStarts
        self.hashes = hashes
    }

    static let number = Words.hash("number")
    static let that = Words.hash("that")
    static let not = Words.hash("not")
    static let never = Words.hash("never")
    static let a = Words.hash("a")
    static let an = Words.hash("an")
    static let monthWords: HashSet64 = HashSet64(["in", "of", "since", "until", "till", "by", "early", "late", "mid", "last",
                                               "next", "this", "from", "on", "during", "through", "before", "after"].map(Words.hash))
    /// Verbs after "can" that state a possibility rather than an ability.
    static let possibilityVerbs: HashSet64 = HashSet64([
        "lead", "result", "cause", "mean", "affect", "trigger", "undermine", "create", "complicate", "impact",
        "harm", "hurt", "damage", "hinder", "spark", "fuel", "worsen", "threaten", "destabilize", "destabilise",
        "escalate", "backfire", "happen", "occur", "vary", "change", "potentially", "easily", "sometimes", "also",
        "include", "develop", "spread", "reach", "last", "exceed", "produce", "kill", "fail", "break", "collapse",
        "rise", "fall", "go", "become", "take", "cost", "appear", "emerge", "persist", "worsen", "slow", "delay",
        "suffer",
    ].map(Words.hash))
    /// People who are allowed to do things: "Visitors may bring…", "Residents may apply…".
    static let permitted: HashSet64 = HashSet64([
        "visitors", "residents", "customers", "passengers", "students", "applicants", "members", "guests", "you",
        "users", "staff", "employees", "parents", "readers", "pupils", "drivers", "participants", "entrants",
        "candidates", "tenants", "patients", "fans", "spectators", "shoppers", "travellers", "travelers",
    ].map(Words.hash))
    static func h(_ s: String) -> UInt64 { Words.hash(s) }
    /// Verbs of what happens to people rather than what they choose to do: no permission can be meant.
    static let undergone: HashSet64 = HashSet64([
        "be", "face", "struggle", "lose", "suffer", "need", "have", "want", "end", "see", "notice", "feel", "find",
        "receive", "pay", "get", "experience", "miss", "fall", "become", "risk", "worry", "panic", "wait", "lack",
    ].map(Words.hash))
    static let clauseOpeners: HashSet64 = HashSet64(["when", "before", "until", "once"].map(Words.hash))
    static let pastVerbs: HashSet64 = HashSet64(["was", "were", "had"].map(Words.hash))
    static let youth: HashSet64 = HashSet64(["child", "boy", "girl", "teenager", "student", "young", "kid"].map(Words.hash))

    /// Sentence openings that put "could" in the past, as ability: "As a child…", "When she was young…",
    /// "Before the dam was built…", "Back then…", "Years ago…", "In those days…".
    static func hasPastFrame(_ w: [Word], before cue: Int) -> Bool {
        guard w.count >= 2 else { return false }
        let w0 = w[0].hash, w1 = w[1].hash
        if clauseOpeners.contains(w0) { return w[1..<cue].contains { pastVerbs.contains($0.hash) } }
        if pastOpenings.contains(where: { $0.0 == w0 && $0.1 == w1 }) { return true }
        if w.count >= 3, w0 == Self.as, w1 == Self.a, youth.contains(w[2].hash) { return true }
        if w.count >= 3, w0 == Self.in, w1 == Self.those, w[2].hash == Self.days { return true }
        return false
    }
    /// "Back then…", "Years ago…", "Growing up…".
    static let pastOpenings = [("back", "then"), ("years", "ago"), ("growing", "up")].map { (h($0.0), h($0.1)) }
    static let `as` = h("as"), `in` = h("in"), those = h("those"), days = h("days")
    /// Words that end a subject's span when scanning back from its verb.
    static let subjectStops: HashSet64 = HashSet64(["that", "which", "who", "when", "if", "and", "but", "or", "because", "while",
                                                    "although", "though", "where", "whereas", "since", "so", "unless"].map(Words.hash))
    /// Words that make a subject specific: "the report", "this drug", "their children", "it".
    static let specific: HashSet64 = HashSet64(["the", "this", "these", "those", "its", "their", "his", "her", "our",
                                                "my", "your", "it", "he", "she", "we", "i", "such", "both", "all"].map(Words.hash))
    /// Subjects that are generic by their first word: "any member", "each player", "one", "you".
    static let genericOpeners: HashSet64 = HashSet64(["any", "each", "every", "one", "you", "anyone", "someone"].map(Words.hash))
    /// Plural-looking words that are not plural nouns.
    static let notPlural: HashSet64 = HashSet64(["this", "thus", "always", "perhaps", "sometimes", "whereas", "its", "his",
                                                 "hers", "ours", "yours", "theirs", "news", "series", "species", "analysis",
                                                 "basis", "crisis", "diagnosis", "virus", "status", "bus", "gas", "less",
                                                 "unless", "across", "various", "previous", "serious", "famous"].map(Words.hash))

    /// Whether the subject before word `i` (back to the sentence start, punctuation or a clause word, at most
    /// six words) is generic: a bare plural ("Symptoms", "Older patients"), or opened by any/each/every/one/
    /// you…; not when a word makes it specific ("the", "its", "such") or names someone (a capital
    /// inside the subject).
    static func hasGenericSubject(_ w: [Word], before i: Int, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = i
        while start > 0 && i - start <= 6 {
            let gap = w[start - 1].range.upperBound..<w[start].range.lowerBound
            if gap.contains(where: { t[$0] != 0x20 }) || subjectStops.contains(w[start - 1].hash) { break }
            start -= 1
        }
        guard start < i, i - start <= 6 else { return false }
        for k in start..<i {
            if specific.contains(w[k].hash) || w[k].numeric { return false }
            if w[k].capitalised && (k > start || start > 0) { return false }
        }
        if genericOpeners.contains(w[start].hash) { return true }
        let last = w[i - 1].range
        guard last.count > 3, !notPlural.contains(w[i - 1].hash) else { return false }
        let z = t[last.upperBound - 1] | 0x20, y = t[last.upperBound - 2] | 0x20
        return z == UInt8(ascii: "s") && y != UInt8(ascii: "s") && y != UInt8(ascii: "u") && y != UInt8(ascii: "i")
    }

    static let pastForms: HashSet64 = HashSet64(["was", "were", "had", "did", "said", "told", "made", "took", "became",
                                                 "began", "came", "went", "gave", "wrote", "thought", "knew", "felt",
                                                 "left", "met", "won", "lost", "decided", "announced", "agreed"].map(Words.hash))
    /// Words that set a sentence in the past: "In ancient times…", "Years later…", "Formerly…".
    static let pastTimes: HashSet64 = HashSet64(["ancient", "medieval", "later", "earlier", "formerly", "ago",
                                                 "previously", "historically", "traditionally"].map(Words.hash))
    static let conditionWords = ["if", "unless", "otherwise", "suppose", "supposing", "imagine", "whether",
                                 "hypothetically", "instead"]
    static let conditions: HashSet64 = HashSet64(conditionWords.map(Words.hash))

    /// Whether "would" at `i` tells a past narrative's later events, a past habit or a past intention: a past
    /// verb or time before it ("was", "said", a word in -ed, "in ancient times", "the 1970s") and no condition
    /// anywhere in the sentence ("if", "unless").
    static func isPastNarrative(_ w: [Word], before i: Int, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let near = window(w, around: i)
        if w[near].contains(where: { conditions.contains($0.hash) }) { return false }
        for k in near.lowerBound..<i {
            if pastForms.contains(w[k].hash) || pastTimes.contains(w[k].hash) { return true }
            let r = w[k].range
            let last = t[r.upperBound - 1], beforeLast = r.count > 1 ? t[r.upperBound - 2] : 0
            // a decade ("During the 1970s he would perform…") or a verb in -ed ("She moved to Paris, where she would…")
            if w[k].numeric, r.count == 5, last == UInt8(ascii: "s"), beforeLast == UInt8(ascii: "0") { return true }
            if r.count > 4, !w[k].capitalised, beforeLast == UInt8(ascii: "e"), last == UInt8(ascii: "d") { return true }
        }
        return false
    }

    /// The words a modal's context tests look at: twenty either side, so that a sentence of any length costs
    /// the same per word (a 1 MB sentence with no full stop in it is still linear).
    static func window(_ w: [Word], around i: Int) -> Range<Int> {
        max(0, i - 20)..<min(w.count, i + 21)
    }

    static let timeWords: HashSet64 = HashSet64(["today", "tomorrow", "tonight", "yesterday", "soon", "next", "again",
                                                 "now", "currently", "later"].map(Words.hash))
    static let monthNames: HashSet64 = HashSet64(["january", "february", "march", "april", "june", "july", "august",
                                                  "september", "october", "november", "december", "monday", "tuesday",
                                                  "wednesday", "thursday", "friday", "saturday", "sunday"].map(Words.hash))
    static let this = Words.hash("this")
    static let last = Words.hash("last")
    static let periods: HashSet64 = HashSet64(["year", "week", "month", "spring", "summer", "autumn", "winter", "season",
                                               "weekend", "decade", "century"].map(Words.hash))

    /// Whether the sentence places itself in time ("from April", "next winter", "this year", "in 1990"): then
    /// its modal is about that time, not about what happens in general.
    static func hasTimeReference(_ w: [Word], around i: Int, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in window(w, around: i) {
            let h = w[k].hash
            if timeWords.contains(h) || monthNames.contains(h) { return true }
            if h == Self.this || h == Self.last, k + 1 < w.count, periods.contains(w[k + 1].hash) { return true }
            if w[k].numeric, w[k].range.count == 4, w[k].range.allSatisfy({ t[$0] >= 0x30 && t[$0] <= 0x39 }) {
                return true  // a year
            }
        }
        return false
    }

    static let reportingWords = ["say", "says", "said", "saying", "argue", "argued", "argues", "arguing",
                                              "believe", "believed", "believes", "claim", "claimed", "claims", "claiming",
                                              "suggest", "suggested", "suggests", "think", "thought", "contend", "warn",
                                              "warned", "warns", "warning", "fear", "feared", "worry", "expect", "expected",
                                              "expects", "predict", "predicted", "predicts"]
    static let reporting: HashSet64 = HashSet64(reportingWords.map(Words.hash))
    static let amounts: HashSet64 = HashSet64(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                                            "millions", "billion", "half", "third", "quarter", "percent", "per",
                                            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                            "eighty", "ninety", "days", "weeks", "months", "years", "decades", "hours",
                                            "minutes", "times"].map(Words.hash))
    static let habitual: HashSet64 = HashSet64(["every", "each", "often", "usually", "sometimes", "always", "occasionally"].map(Words.hash))
    static let would = Words.hash("would")
    static let may = Words.hash("may")
    static let might = Words.hash("might")
    static let have = Words.hash("have")
    static let been = Words.hash("been")
    static let be = Words.hash("be")
    static let by = Words.hash("by")
    static let frequency: HashSet64 = HashSet64(["sometimes", "often", "usually", "generally", "occasionally"].map(Words.hash))
    /// Passives of use and naming, which state what is done in general: "may also be used", "be called".
    static let usePassives: HashSet64 = HashSet64(["used", "called", "referred", "known", "found", "seen", "made", "played",
                                                   "written", "applied", "described", "defined", "treated", "added",
                                                   "obtained", "given", "spelled", "spelt", "worn", "eaten", "served"].map(Words.hash))
    static let also = Words.hash("also")
    static let to = Words.hash("to")
    static let of = Words.hash("of")
    static let for_ = Words.hash("for")
    static let as_ = Words.hash("as")
    static let couldNot = Words.hash("couldn't")
    static let subjectPronouns: HashSet64 = HashSet64(["i", "we", "you", "he", "she", "they", "who"].map(Words.hash))
    /// After "thought": contemplation or a noun phrase of its own, not a belief ("thought about", "thought so").
    static let notComplements: HashSet64 = HashSet64(["about", "of", "so", "over", "up", "back", "through", "for"].map(Words.hash))
    static let determiners: HashSet64 = HashSet64(["a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this",
                                                   "that", "no", "any", "same", "whole", "real"].map(Words.hash))

    /// "been", or a word ending in -ed or -en ("played", "taken"): the participle of a perfect.
    static func isParticiple(_ word: Word, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.hash == been { return true }
        guard word.range.count > 3 else { return false }
        let y = t[word.range.upperBound - 2] | 0x20, z = t[word.range.upperBound - 1] | 0x20
        return y == UInt8(ascii: "e") && (z == UInt8(ascii: "d") || z == UInt8(ascii: "n"))
    }
    static let believeForms: HashSet64 = HashSet64(["believe", "believes", "believed", "believing"].map(Words.hash))
    /// Words before a group noun that make it a specific group or not a source: "the analysts", "two
    /// scholars", "for policymakers and analysts", "to researchers".
    static let notSources: HashSet64 = HashSet64(["the", "these", "those", "its", "their", "our", "two", "three", "four",
                                                  "for", "to", "from", "and", "or", "with", "against"].map(Words.hash))
    static let concessives: HashSet64 = HashSet64(["whatever", "whichever", "whoever", "wherever", "whenever"].map(Words.hash))

    /// "so that / in order that … may" (purpose) or "whatever … may" (concession) within the few words before.
    static func isPurposeOrConcession(_ w: [Word], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0 && k >= i - 6 {
            if concessives.contains(w[k].hash) { return true }
            if w[k].hash == that, k > 0, w[k - 1].hash == h("so") || w[k - 1].hash == h("order") { return true }
            k -= 1
        }
        return false
    }

    static let trustObjects: HashSet64 = HashSet64(["in", "it", "him", "her", "them", "me", "us", "you", "this", "their",
                                                    "his", "my", "your", "our", "any", "anything", "everything", "nothing"].map(Words.hash))
    static let should = Words.hash("should")
    static let outstanding = Words.hash("outstanding")
    static let owed: HashSet64 = HashSet64(["shares", "share", "stock", "balance", "balances", "debt", "debts", "loan", "loans",
                                            "bonds", "amount", "amounts", "payment", "payments", "bills", "invoices", "fees",
                                            "warrants", "options", "claims", "orders", "tickets", "issues", "cases"].map(Words.hash))
    static let suggestForms: HashSet64 = HashSet64(["suggest", "suggests", "suggested", "suggesting"].map(Words.hash))

    /// A matched lexicon entry in a sentence: the entry, where its words are, and its context.
    struct Occurrence {
        var entry: Compiled
        var word: Int
        var length: Int
        var context: CueContext
    }

    /// Appends the cues of one sentence that its weights keep, and returns the labels they give: speculative
    /// when a speculative cue scores above zero (with the bias), vague when the vague cues' scores add up to
    /// more than zero. `scores` is scratch space, reused across sentences.
    func cues(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [Word], into out: inout [Cue],
              scores: inout [Float]) -> LabelSet {
        let first = out.count
        scores.removeAll(keepingCapacity: true)
        var best = -Float.infinity
        var vagueSum = model.vagueBias
        match(t, range, words) { o in
            guard let category = o.entry.category else { return }
            // An approximator before a number leaves out how much by definition: it is not weighed.
            let z = isDefinitelyVague(o) ? Self.definite : model.score(group: o.entry.group, category: category, o.context)
            if category.label == .hedged { best = max(best, z) } else { vagueSum += z }
            // Vague cues and allegations are marked whole ("⟨close to⟩ half", "⟨critics say⟩"); other phrases on
            // their one content word ("is ⟨expected⟩ to").
            let span = category.label == .vague || category == .allegation ? o.word..<(o.word + o.length) : Self.cueSpan(words, o.word, o.length)
            out.append(Cue(range: words[span.lowerBound].range.lowerBound..<words[span.upperBound - 1].range.upperBound,
                           category: category))
            scores.append(z)
        }
        guard out.count > first else { return [] }
        var labels: LabelSet = []
        if best + model.speculativeBias > 0 { labels.insert(.hedged) }
        if vagueSum > 0 { labels.insert(.vague) }
        // Keep the cues that pushed their label over: a speculative cue above zero, a vague one that adds.
        var kept = first
        for k in first..<out.count {
            let cue = out[k]
            let z = scores[k - first]
            let keep = cue.category.label == .hedged ? labels.contains(.hedged) && z + model.speculativeBias > 0
                : labels.contains(.vague) && z > 0
            if keep {
                out[kept] = cue
                kept += 1
            }
        }
        out.removeSubrange(kept...)
        // "whether" belongs to the construction another cue makes ("it remains to be seen whether").
        if out.count > first + 1 {
            let filtered = out[first...].filter { cue in
                !(cue.range.count == 7 && Words.hash(String(decoding: UnsafeBufferPointer(rebasing: t[cue.range]), as: UTF8.self)) == Self.whether)
            }
            if filtered.count < out.count - first {
                out.removeSubrange(first...)
                out.append(contentsOf: filtered)
            }
        }
        return labels
    }

    /// Matches the lexicon in one sentence: reports every matched entry (certainty ones too) with its context.
    func match(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [Word], _ found: (Occurrence) -> Void) {
        guard !words.isEmpty, !Words.isQuestion(t, range) else { return }
        var i = 0
        while i < words.count {
            guard let group = index.value(words[i].hash) else {
                i += 1
                continue
            }
            var matched = 0
            let longer = i + 1 < words.count && seconds.contains(Self.pairKey(group, words[i + 1].hash))
            for c in (longer ? groupStarts[group] : singleStarts[group])..<groupStarts[group + 1] {
                let entry = compiled[c]
                let length = Int(entry.length)
                guard i + length <= words.count else { continue }
                var same = true
                let first = Int(entry.first)
                for k in 1..<max(1, length) where words[i + k].hash != hashes[first + k] {
                    same = false
                    break
                }
                guard same, applies(entry.rule, words, i, length, t), !isPlainUse(words, i, length, t) else { continue }
                matched = length
                found(Occurrence(entry: entry, word: i, length: matched,
                                 context: entry.category == nil ? CueContext() : CueContext(words, i, matched, t, category: entry.category)))
                break
            }
            i += max(1, matched)
        }
    }

    static let whether = Words.hash("whether")

    /// A group and a second word, as one key of `seconds`.
    @inline(__always)
    static func pairKey(_ group: Int, _ second: UInt64) -> UInt64 {
        second ^ (UInt64(group + 1) &* 0x9E37_79B9_7F4A_7C15)
    }
    static let functionWords: HashSet64 = HashSet64(["it", "is", "are", "was", "were", "be", "been", "to", "that", "whether",
                                                     "an", "a", "the", "have", "has", "had", "of", "there"].map(Words.hash))
    /// Approximators that hedge only before a number ("roughly 40", not "treated him roughly").
    static let numberApproximators: HashSet64 = HashSet64(["about", "around", "roughly", "approximately", "nearly",
                                                           "almost"].map(Words.hash))

    /// The words of a matched phrase that the reader sees as the cue: a phrase with one content word is
    /// marked on that word ("it is ⟨unclear⟩ whether", "⟨appears⟩ to"); a phrase of several content words
    /// is marked whole ("⟨it remains to be seen⟩", "⟨may have played a role⟩").
    static func cueSpan(_ w: [Word], _ i: Int, _ length: Int) -> Range<Int> {
        guard length > 1 else { return i..<(i + 1) }
        let content = (i..<(i + length)).filter { !functionWords.contains(w[$0].hash) }
        if content.count == 1 { return content[0]..<(content[0] + 1) }
        return i..<(i + length)
    }

    func applies(_ rule: Rule, _ w: [Word], _ i: Int, _ length: Int, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = i + length < w.count ? w[i + length] : nil
        switch rule {
        case .none:
            return true
        case .mayMonth:
            // "May 1", "in May", "last May", "May" inside a sentence: the month.
            if let next, next.numeric { return false }
            if w[i].capitalised && i > 0 { return false }
            if i > 0 && Self.monthWords.contains(w[i - 1].hash) && w[i].capitalised { return false }
            // "Visitors may bring one bag": permission, not possibility; but no one is permitted to be fined, face
            // delays or notice a charge ("Drivers may face long delays" is a guess).
            if i > 0 && Self.permitted.contains(w[i - 1].hash), let next, !Self.undergone.contains(next.hash) { return false }
            return true
        case .canPossibility:
            guard var next else { return false }
            // "can also" says nothing by itself: the verb after it decides ("can also lead to", not "can also grow").
            if next.hash == Self.also {
                guard i + length + 1 < w.count else { return false }
                next = w[i + length + 1]
            }
            return next.hash != Self.also && Self.possibilityVerbs.contains(next.hash)
        case .couldPast:
            // "couldn't be reached" is "could not be reached": a past fact.
            if w[i].hash == Self.couldNot { return false }
            if let next, next.hash == Self.not || next.hash == Self.never { return false }
            // "As a child she could swim", "Before the dam was built, boats could sail": a past frame.
            return !Self.hasPastFrame(w, before: i)
        case .beforeNumber, .bound:
            guard let next else { return false }
            if CueContext.isNumber(next, t) || Self.amounts.contains(next.hash) { return true }
            if (next.hash == Self.a || next.hash == Self.an), i + length + 1 < w.count { return Self.amounts.contains(w[i + length + 1].hash) }
            return false
        case .sentenceWeasel:
            guard let next else { return false }
            return Self.reporting.contains(next.hash) || length > 1
        case .thatClause:
            return next?.hash == Self.that
        case .dynamic:
            guard length > 1 else { return false }
            // "may also have played a role": the perfect speaks of one past case, a guess, not of what can happen.
            if let next, next.hash == Self.have, i + length + 1 < w.count, Self.isParticiple(w[i + length + 1], t) { return false }
            // A time of its own makes it a guess about then: "The strike may also spread next week".
            if Self.hasTimeReference(w, around: i, t) { return false }
            guard w[i].hash != Self.may || applies(.mayMonth, w, i, 1, t) else { return false }
            // How often ("may sometimes") and passives of use or naming ("may be used", "may also be called") say
            // what happens in general whoever the subject; "also", "either" and verbs such as "include" only with
            // a generic subject ("Symptoms may include…", not "The package may include tax cuts").
            let marker = w[i + 1].hash
            if Self.frequency.contains(marker) || marker == Self.be { return true }
            if marker == Self.also, next?.hash == Self.be, i + length + 1 < w.count, Self.usePassives.contains(w[i + length + 1].hash) {
                return true
            }
            return Self.hasGenericSubject(w, before: i, t)
        case .agentless:
            return next?.hash != Self.by
        case .superlative:
            guard let next else { return false }
            return Self.isSuperlative(next, t)
        case .unnamed:
            guard i > 0 else { return true }
            let before = w[i - 1]
            return !before.numeric && !Self.notSources.contains(before.hash)
        case .complement:
            guard let next else { return false }
            if next.hash == Self.that { return true }
            // "expected Consolidated to post", "thought him to be": an object, then "to".
            if i + length + 1 < w.count, w[(i + length + 1)..<min(w.count, i + length + 5)].contains(where: { $0.hash == Self.to }) {
                return true
            }
            // "he thought it was", "who expected": a person's own belief, after its subject.
            return i > 0 && Self.subjectPronouns.contains(w[i - 1].hash) && !Self.notComplements.contains(next.hash)
        case .verb:
            if i > 0, Self.determiners.contains(w[i - 1].hash) { return false }
            guard let next else { return false }
            // "its feel, adding…": punctuation right after it ends a noun phrase, not a belief.
            let after = w[i + length - 1].range.upperBound
            if after < t.count, t[after] == 0x2C || t[after] == 0x2E || t[after] == 0x3B { return false }
            return next.hash != Self.of && next.hash != Self.for_
        case .asComplement:
            return w[(i + length)..<min(w.count, i + length + 6)].contains(where: { $0.hash == Self.as_ })
        case .pastFuture:
            // "would later", "would go on": always. The bare "would" only in a past narrative or report with no
            // condition: "He said that he would stand", "She moved to Paris, where she would study law".
            return length > 1 || Self.isPastNarrative(w, before: i, t)
        }
    }

    static let superlatives: HashSet64 = HashSet64(["most", "best", "worst", "least", "first", "last", "foremost",
                                                     "top", "leading", "premier", "finest"].map(Words.hash))
    /// Words of -est that are no superlatives.
    static let notSuperlatives: HashSet64 = HashSet64(["west", "interest", "interests", "forest", "forests", "test", "tests",
                                                        "contest", "contests", "protest", "protests", "quest", "request",
                                                        "chest", "guest", "guests", "nest", "rest", "manifest", "harvest",
                                                        "conquest", "suggest", "honest", "modest", "arrest", "priest",
                                                        "priests", "midwest", "northwest", "southwest", "fest"].map(Words.hash))

    /// "largest", "oldest", "most", "first": a word that ranks (a superlative or an ordinal of rank).
    static func isSuperlative(_ word: Word, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        if superlatives.contains(word.hash) { return true }
        let r = word.range
        guard r.count > 4, !word.capitalised, !notSuperlatives.contains(word.hash) else { return false }
        return t[r.upperBound - 3] | 0x20 == UInt8(ascii: "e") && t[r.upperBound - 2] | 0x20 == UInt8(ascii: "s")
            && t[r.upperBound - 1] | 0x20 == UInt8(ascii: "t")
    }

    /// Uses of hedge words that state something plain, whatever the lexicon's rule: "would" of past habit
    /// ("Every summer the family would rent…"), advice to people ("Drivers should use…"), faith ("believe
    /// in"), "suggested" of a proposal ("suggested three names").
    func isPlainUse(_ w: [Word], _ i: Int, _ length: Int, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = w[i].hash
        if length == 1, Self.numberApproximators.contains(word), !applies(.beforeNumber, w, i, 1, t) { return true }  // roughly
        if word == Self.would, let first = w.first, Self.habitual.contains(first.hash) || Self.hasPastFrame(w, before: i) { return true }
        if word == Self.should, i > 0, Self.permitted.contains(w[i - 1].hash) { return true }
        // "so that we may serve", "whatever may come": a purpose or a concession, not a guess.
        if length == 1, word == Self.may || word == Self.might, Self.isPurposeOrConcession(w, before: i) { return true }
        // "believe in" states a faith or a trust, not a guess ("Shi'a Muslims believe in twelve Imams"); so does
        // believing a thing or a person ("could not believe it", "refused to believe him").
        if length == 1, Self.believeForms.contains(word), i + 1 < w.count, Self.trustObjects.contains(w[i + 1].hash) { return true }
        if length == 1, Self.suggestForms.contains(word), i + 1 < w.count, w[i + 1].numeric || Self.amounts.contains(w[i + 1].hash) {
            return true
        }
        // "outstanding shares", "the outstanding balance": still owed or issued, not praise.
        if length == 1, word == Self.outstanding, i + 1 < w.count, Self.owed.contains(w[i + 1].hash) { return true }
        return false
    }

}

/// The hedge tagger on a single sentence, for tools and tests: cue offsets in Unicode scalars.
public enum HedgeTagger {
    public struct Found: Sendable, Equatable {
        public let cue: String
        public let start: Int
        public let end: Int
        public let category: CueCategory
    }

    /// One matched cue of a sentence, whatever the model makes of it: what `skeptic-eval --train` learns from.
    public struct Occurrence: Sendable {
        /// Unicode-scalar offsets of the entry's words in the sentence.
        public let start: Int
        public let end: Int
        public let category: CueCategory
        /// The cue decides its label alone (an approximator before a number): it has no weights to learn.
        public let definite: Bool
        /// The features, as lines of the weights file without the weight: "owner<TAB>feature".
        public let features: [String]
    }

    /// Every cue the lexicon matches in one sentence (not the certainty entries), with the features the model
    /// weighs.
    public static func occurrences(in sentence: String) -> [Occurrence] {
        let bytes = Array(sentence.utf8)
        var words: [Word] = []
        var found: [Occurrence] = []
        func scalars(_ byte: Int) -> Int { String(decoding: bytes[0..<byte], as: UTF8.self).unicodeScalars.count }
        bytes.withUnsafeBufferPointer { t in
            Words.split(t, 0..<bytes.count, into: &words)
            HedgeMatcher.shared.match(t, 0..<bytes.count, words) { o in
                guard let category = o.entry.category else { return }
                let group = CueModel.group(of: HedgeMatcher.shared.byID[Int(o.entry.id)].cue, rule: o.entry.rule.rawValue)
                func word(_ k: Int) -> String {
                    guard k >= 0 else { return "" }
                    return CueModel.featureWord(bytes[words[k].range])
                }
                var features: [String] = []
                let (p, n, n2) = o.context.positions
                o.context.forEach { kind, hash in
                    let name: String
                    switch kind {
                    case .prev: name = "prev=" + (p < 0 ? "^" : word(p))
                    case .next: name = "next=" + (n < 0 ? "$" : word(n))
                    case .next2: name = "next2=" + (n2 < 0 ? "$" : word(n2))
                    default: name = kind.name
                    }
                    features.append(group + "\t" + name)
                    if !kind.isLexical { features.append("@" + category.rawValue + "\t" + name) }
                }
                let r = words[o.word].range.lowerBound..<words[o.word + o.length - 1].range.upperBound
                found.append(Occurrence(start: scalars(r.lowerBound), end: scalars(r.upperBound), category: category,
                                        definite: HedgeMatcher.shared.isDefinitelyVague(o), features: features))
            }
        }
        return found
    }

    /// Undoes the tokenisation of the CoNLL-2010 Wikipedia sentences ("Drake 's", "`` word ''", " , ") so that
    /// they read like running text: for `skeptic-eval` and the tests that score the tagger on that file.
    public static func undoTokenisation(_ text: String) -> String {
        var s = Array(text.utf8)
        for (a, b) in [(" 's", "'s"), (" n't", "n't"), ("`` ", "“"), (" ''", "”"), ("``", "“"), ("''", "”"), (" ,", ","),
                       (" .", "."), (" ;", ";"), (" :", ":"), ("( ", "("), (" )", ")"), (" ?", "?"), (" !", "!"), (" %", "%")] {
            let from = Array(a.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            var i = 0
            while i < s.count {
                if i + from.count <= s.count && s[i..<(i + from.count)].elementsEqual(from) {
                    out.append(contentsOf: b.utf8)
                    i += from.count
                } else {
                    out.append(s[i])
                    i += 1
                }
            }
            s = out
        }
        return String(decoding: s, as: UTF8.self)
    }

    /// The group that owns a cue's weights ("expected" → "expect"; `CueModel.group`).
    public static func group(of cue: String, rule: String = "-") -> String { CueModel.group(of: cue, rule: rule) }

    /// Every lexicon entry as "cue<TAB>category", by id.
    public static var entryNames: [String] { HedgeMatcher.shared.names }
    /// Every lexicon entry's rule ("-", "before-number", …), by id.
    public static var entryRules: [String] { HedgeMatcher.shared.rules }

    /// The cues the model keeps in one sentence.
    public static func cues(in sentence: String) -> [Found] { analyse(sentence).cues }

    /// The labels (speculative as `.hedged`, `.vague`) one sentence gets, and the cues that gave them.
    public static func analyse(_ sentence: String) -> (labels: LabelSet, cues: [Found]) {
        let bytes = Array(sentence.utf8)
        var words: [Word] = []
        var cues: [Cue] = []
        var labels: LabelSet = []
        bytes.withUnsafeBufferPointer { t in
            Words.split(t, 0..<bytes.count, into: &words)
            var scores: [Float] = []
            labels = HedgeMatcher.shared.cues(t, 0..<bytes.count, words, into: &cues, scores: &scores)
        }
        func scalars(_ byte: Int) -> Int { String(decoding: bytes[0..<byte], as: UTF8.self).unicodeScalars.count }
        return (labels, cues.map { cue in
            Found(cue: String(decoding: bytes[cue.range], as: UTF8.self).lowercased(), start: scalars(cue.range.lowerBound),
                  end: scalars(cue.range.upperBound), category: cue.category)
        })
    }
}
