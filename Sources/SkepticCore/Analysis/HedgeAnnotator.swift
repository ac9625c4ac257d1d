/// Finds hedge cues (`HedgeLexicon`) in each sentence and flags the sentences they make speculative.
///
/// Longest match first, so that "no doubt" (certainty) consumes "doubt" and "may have played a role"
/// beats "may". Rules from the lexicon decide ambiguous words: "May" the month, "can" of plain ability,
/// "could" of past ability, approximators only before numbers, "indicate" only before "that".
/// Questions are not flagged: they ask rather than state.
public struct HedgeAnnotator: Annotator {
    public let name = "hedges"
    public let requires: Set<Layer> = [.sentences]
    public let produces: Set<Layer> = [.hedges]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        var words: [Word] = []
        var found: [Cue] = []
        document.text.withUnsafeBufferPointer { t in
            for s in annotations.sentences.indices {
                let range = annotations.sentences[s].range
                Words.split(t, range, into: &words)
                found.removeAll(keepingCapacity: true)
                HedgeMatcher.shared.cues(t, range, words, into: &found)
                guard !found.isEmpty else { continue }
                let first = annotations.cues.count
                annotations.cues.append(contentsOf: found)
                annotations.sentences[s].cues = first..<annotations.cues.count
                annotations.sentences[s].labels.insert(.hedged)
            }
        }
    }
}

/// The lexicon compiled for matching: entries indexed by the hash of their first word.
struct HedgeMatcher: Sendable {
    /// A lexicon entry: its words' hashes, category (nil for certainty) and rule.
    struct Entry: Sendable {
        var cue: String
        var hashes: [UInt64]
        var category: CueCategory?
        var rule: Rule
    }

    enum Rule: String, Sendable {
        case none = "-"
        case mayMonth = "may-month"
        case canPossibility = "can-possibility"
        case couldPast = "could-past"
        case beforeNumber = "before-number"
        case sentenceWeasel = "sentence-weasel"
        case thatClause = "that-clause"
    }

    let index: [UInt64: [Entry]]
    let entries: [Entry]

    static let shared = HedgeMatcher(lexicon: HedgeLexicon.data)

    init(lexicon: String) {
        var entries: [Entry] = []
        for line in lexicon.split(separator: "\n") {
            let trimmedLine = line.drop { $0 == " " }
            guard !trimmedLine.isEmpty, !trimmedLine.hasPrefix("#") else { continue }
            let fields = trimmedLine.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { continue }
            let cue = String(fields[0].map { $0 == "’" ? "'" : $0 })
            let categoryName = String(fields[1])
            let category = CueCategory(rawValue: categoryName)
            guard category != nil || categoryName == "certainty" else { continue }
            let words = cue.split(separator: " ").map { Words.hash(String($0)) }
            entries.append(Entry(cue: cue, hashes: words, category: category, rule: Rule(rawValue: String(fields[2])) ?? .none))
        }
        var index: [UInt64: [Entry]] = [:]
        for entry in entries { index[entry.hashes[0], default: []].append(entry) }
        for key in index.keys { index[key]!.sort { $0.hashes.count > $1.hashes.count } }
        self.index = index
        self.entries = entries
    }

    static let number = Words.hash("number")
    static let that = Words.hash("that")
    static let not = Words.hash("not")
    static let never = Words.hash("never")
    static let a = Words.hash("a")
    static let an = Words.hash("an")
    static let monthWords: Set<UInt64> = Set(["in", "of", "since", "until", "till", "by", "early", "late", "mid", "last",
                                               "next", "this", "from", "on", "during", "through", "before", "after"].map(Words.hash))
    /// Verbs after "can" that state a possibility rather than an ability.
    static let possibilityVerbs: Set<UInt64> = Set([
        "be", "lead", "result", "cause", "mean", "affect", "trigger", "undermine", "create", "complicate", "impact",
        "harm", "hurt", "damage", "hinder", "spark", "fuel", "worsen", "threaten", "destabilize", "destabilise",
        "escalate", "backfire", "happen", "occur", "vary", "change", "potentially", "easily", "sometimes", "also",
    ].map(Words.hash))
    static let reporting: Set<UInt64> = Set(["say", "says", "said", "argue", "argued", "argues", "believe", "believed",
                                              "believes", "claim", "claimed", "claims", "suggest", "suggested", "suggests",
                                              "think", "thought", "contend", "warn", "fear", "feared", "worry"].map(Words.hash))
    static let amounts: Set<UInt64> = Set(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                                            "millions", "billion", "half", "third", "quarter", "percent", "per"].map(Words.hash))

    /// Appends the cues of one sentence.
    func cues(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [Word], into out: inout [Cue]) {
        guard !words.isEmpty, !isQuestion(t, range) else { return }
        var i = 0
        while i < words.count {
            guard let candidates = index[words[i].hash] else {
                i += 1
                continue
            }
            var matched = 0
            for entry in candidates where i + entry.hashes.count <= words.count {
                var same = true
                for k in 1..<max(1, entry.hashes.count) where words[i + k].hash != entry.hashes[k] {
                    same = false
                    break
                }
                guard same, applies(entry.rule, words, i, entry.hashes.count) else { continue }
                matched = entry.hashes.count
                if let category = entry.category {
                    out.append(Cue(range: words[i].range.lowerBound..<words[i + matched - 1].range.upperBound, category: category))
                }
                break
            }
            i += max(1, matched)
        }
    }

    func applies(_ rule: Rule, _ w: [Word], _ i: Int, _ length: Int) -> Bool {
        let next = i + length < w.count ? w[i + length] : nil
        switch rule {
        case .none:
            return true
        case .mayMonth:
            // "May 1", "in May", "last May", "May" inside a sentence: the month.
            if let next, next.numeric { return false }
            if w[i].capitalised && i > 0 { return false }
            if i > 0 && Self.monthWords.contains(w[i - 1].hash) && w[i].capitalised { return false }
            return true
        case .canPossibility:
            guard let next else { return false }
            return Self.possibilityVerbs.contains(next.hash)
        case .couldPast:
            guard let next else { return true }
            return next.hash != Self.not && next.hash != Self.never
        case .beforeNumber:
            guard let next else { return false }
            if next.numeric || Self.amounts.contains(next.hash) { return true }
            if (next.hash == Self.a || next.hash == Self.an), i + length + 1 < w.count { return Self.amounts.contains(w[i + length + 1].hash) }
            return false
        case .sentenceWeasel:
            guard let next else { return false }
            return Self.reporting.contains(next.hash) || length > 1
        case .thatClause:
            return next?.hash == Self.that
        }
    }

    func isQuestion(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var last = range.upperBound - 1
        while last > range.lowerBound {
            let c = t[last]
            // closing quotes and brackets: " ' ) ] and the tails of ” ’
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x9D || c == 0x99 || c == 0x80 || c == 0xE2 { last -= 1 } else { break }
        }
        return t[last] == 0x3F
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

    public static func cues(in sentence: String) -> [Found] {
        let bytes = Array(sentence.utf8)
        var words: [Word] = []
        var cues: [Cue] = []
        bytes.withUnsafeBufferPointer { t in
            Words.split(t, 0..<bytes.count, into: &words)
            HedgeMatcher.shared.cues(t, 0..<bytes.count, words, into: &cues)
        }
        func scalars(_ byte: Int) -> Int { String(decoding: bytes[0..<byte], as: UTF8.self).unicodeScalars.count }
        return cues.map { cue in
            Found(cue: String(decoding: bytes[cue.range], as: UTF8.self).lowercased(), start: scalars(cue.range.lowerBound),
                  end: scalars(cue.range.upperBound), category: cue.category)
        }
    }
}
