/// The learned decision of each cue in its context: whether "would", "if" or "some" in this sentence makes
/// it speculative or vague.
///
/// A matched lexicon entry is scored by the weights (`HedgeWeights`, learned by `skeptic-eval --train`) of
/// its features: the cue's group (its words without inflection: "expects" and "expected" are "expect"), the
/// words just before and after it, and a few facts of the sentence around it (a negation, a reporting verb,
/// a condition, a past verb, a number after it, a pronoun subject; for a vague cue, whether it opens its clause
/// and whether its noun names people: "Some historians argue" is a vague source, "sold some shares" a vague
/// amount at most). Each feature weighs once for the group
/// and, where it is not a word, once for the cue's category, so that a rare cue borrows what its kind does.
/// A sentence is speculative when one of its speculative cues scores above zero; it is vague when its vague
/// cues together score above zero (weak ones — "often", "major" — count only together).
struct CueModel: Sendable {
    /// What a feature looks at. The raw values are part of the weights file's format (by name).
    enum Kind: UInt8, CaseIterable, Sendable {
        case base, prev, next, next2, negated, reported, conditional, initial, past, number, person, quoted
        /// Vague cues only: the cue opens its clause ("Some say…", "…, while others…"), as the subject's
        /// determiner or the subject itself; and the cue's noun names people ("many historians", "some critics").
        case lead, people

        var name: String {
            switch self {
            case .base: return "base"
            case .prev: return "prev"
            case .next: return "next"
            case .next2: return "next2"
            case .negated: return "neg"
            case .reported: return "report"
            case .conditional: return "cond"
            case .initial: return "initial"
            case .past: return "past"
            case .number: return "num"
            case .person: return "person"
            case .quoted: return "quoted"
            case .lead: return "lead"
            case .people: return "people"
            }
        }

        /// Features that name a word ("next=be"); the others are facts ("neg").
        var isLexical: Bool { self == .prev || self == .next || self == .next2 }
    }

    /// The key of a weight: an owner (a cue group, or "@category"), a feature kind and a word (0 for facts).
    @inline(__always)
    static func key(_ owner: UInt64, _ kind: Kind, _ word: UInt64) -> UInt64 {
        var h = owner ^ (UInt64(kind.rawValue) &* 0x9E37_79B9_7F4A_7C15)
        h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
        h ^= word &* 0x94D0_49BB_1331_11EB
        h = (h ^ (h >> 29)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The group of a lexicon entry, which owns its weights: its words without inflection and with one
    /// spelling ("criticised" and "criticized" → "criticiz", "are expected to" → "be expect to"), contracted
    /// modals as their full form ("they’d" → "would", "it’ll" → "will", "won’t" → "will"), and a modal's
    /// weighed uses (rules dynamic, past-future, bound) as one group per first word ("dynamic may").
    static func group(of cue: String, rule: String) -> String {
        asciiGroup(of: cue, rule: rule) ?? unicodeGroup(of: cue, rule: rule)
    }

    static let contractions = ["won't": "will", "wouldn't": "would", "couldn't": "could", "shouldn't": "should",
                               "mightn't": "might", "would've": "would have", "could've": "could have",
                               "might've": "might have", "should've": "should have"]
    private static let beForms: Set<[UInt8]> = Set(["is", "are", "was", "were", "be", "been", "being"].map { Array($0.utf8) })
    private static let spellings: [([UInt8], [UInt8])] = [("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")]
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let inflections: [[UInt8]] = ["ing", "ed", "es", "s", "e"].map { Array($0.utf8) }

    /// `group(of:rule:)` on bytes, for cues in ASCII (and ’): every lexicon entry's group is made at start-up,
    /// and the String version took most of the start-up's time. Nil for other text.
    static func asciiGroup(of cue: String, rule: String) -> String? {
        guard let b = lowered(Array(cue.utf8)[...], asciiOnly: true) else { return nil }
        if rule == "dynamic" || rule == "past-future" || rule == "bound" {
            return rule + " " + String(decoding: b.prefix { $0 != 0x20 }, as: UTF8.self)
        }
        let lower = String(decoding: b, as: UTF8.self)
        if let full = contractions[lower] { return full }
        if !b.contains(0x20), b.count >= 2, b.suffix(2) == [0x27, 0x64] { return "would" }  // 'd
        if !b.contains(0x20), b.count >= 3, b.suffix(3) == [0x27, 0x6C, 0x6C] { return "will" }  // 'll
        var out: [UInt8] = []
        for word in b.split(whereSeparator: { $0 == 0x20 || $0 == 0x2D }) {
            if !out.isEmpty { out.append(0x20) }
            var w = Array(word)
            if beForms.contains(w) {
                out += [0x62, 0x65]  // be
                continue
            }
            for (a, z) in spellings where w.count >= a.count && w.suffix(a.count).elementsEqual(a) {
                w = Array(w.dropLast(a.count)) + z
                break
            }
            for suffix in inflections where w.count > suffix.count + 3 && w.suffix(suffix.count).elementsEqual(suffix) {
                w.removeLast(suffix.count)
                break
            }
            out += w
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The group of any cue (the String version of `asciiGroup`).
    static func unicodeGroup(of cue: String, rule: String) -> String {
        let cue = cue.lowercased().replacingOccurrences(of: "’", with: "'")
        if rule == "dynamic" || rule == "past-future" || rule == "bound" {
            return rule + " " + String(cue.prefix { $0 != " " })
        }
        if let full = contractions[cue] { return full }
        if !cue.contains(" "), cue.hasSuffix("'d") { return "would" }
        if !cue.contains(" "), cue.hasSuffix("'ll") { return "will" }
        return cue.replacingOccurrences(of: "-", with: " ").split(separator: " ").map { word -> String in
            if ["is", "are", "was", "were", "be", "been", "being"].contains(word) { return "be" }
            var w = String(word)
            for (a, b) in [("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")] where w.hasSuffix(a) {
                w = String(w.dropLast(a.count)) + b
                break
            }
            for suffix in ["ing", "ed", "es", "s", "e"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
                w = String(w.dropLast(suffix.count))
                break
            }
            return w
        }.joined(separator: " ")
    }

    /// A word as the weights file names it: ASCII lower case, ’ as ' (hashes as `Words.split` hashes it).
    static func featureWord(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: lowered(bytes, asciiOnly: false) ?? [], as: UTF8.self)
    }

    /// Bytes with ASCII capitals in lower case and ’ as ' (as `Words.split` hashes a word); nil when
    /// `asciiOnly` and another non-ASCII byte is there.
    static func lowered(_ bytes: ArraySlice<UInt8>, asciiOnly: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var k = bytes.startIndex
        while k < bytes.endIndex {
            let c = bytes[k]
            if c == 0xE2, k + 2 < bytes.endIndex, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
                out.append(0x27)
                k += 3
                continue
            }
            if asciiOnly && c >= 0x80 { return nil }
            out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            k += 1
        }
        return out
    }

    /// The owner hash of a category's shared features.
    static func owner(_ category: CueCategory) -> UInt64 { Words.hash("@" + category.rawValue) }

    private let index: HashMap64
    private let values: [Float]
    /// Added to the best speculative cue's score; a sentence is speculative when the sum is > 0.
    let speculativeBias: Float
    /// Added to the sum of the vague cues' scores; a sentence is vague when the sum is > 0.
    let vagueBias: Float
    /// Lines of the weights file that were not understood (0 unless the file was edited by hand).
    let unreadLines: Int

    /// Reads lines "owner<TAB>feature<TAB>weight": owner a cue group ("expect", "would") or "@category";
    /// feature "base", a fact ("neg") or a word feature ("next=be"); and "bias<TAB>speculative|vague<TAB>value".
    init(weights data: String) {
        var pairs: [(UInt64, Int)] = []
        var values: [Float] = []
        var speculative: Float = 0, vague: Float = 0
        var unread = 0
        // Kinds by the hash of their names: the file is read as bytes, without a String per field (this runs
        // at every start-up, before the first analysis).
        let kinds = HashMap64(Kind.allCases.map { (Words.hash($0.name), Int($0.rawValue)) })
        let bias = Words.hash("bias"), speculativeName = Words.hash("speculative"), vagueName = Words.hash("vague")
        var data = data
        data.withUTF8 { bytes in
            TabLines.forEach(bytes) { fields in
                guard fields.count == 3, let value = Self.decimal(UnsafeBufferPointer(rebasing: bytes[fields[2]])) else {
                    unread += 1
                    return
                }
                let owner = Self.hash(bytes, fields[0])
                if owner == bias {
                    let which = Self.hash(bytes, fields[1])
                    if which == speculativeName { speculative = value } else if which == vagueName { vague = value } else { unread += 1 }
                    return
                }
                // The feature: a kind's name, and for word features "=word".
                let feature = fields[1]
                var equals = feature.lowerBound
                while equals < feature.upperBound && bytes[equals] != UInt8(ascii: "=") { equals += 1 }
                guard let raw = kinds.value(Self.hash(bytes, feature.lowerBound..<equals)), let kind = Kind(rawValue: UInt8(raw)) else {
                    unread += 1
                    return
                }
                let word = equals < feature.upperBound ? Self.hash(bytes, equals + 1..<feature.upperBound) : 0
                pairs.append((Self.key(owner, kind, word), values.count))
                values.append(value)
            }
        }
        index = HashMap64(pairs)
        self.values = values
        speculativeBias = speculative
        vagueBias = vague
        unreadLines = unread
    }

    /// The bytes `r` hashed as `Words.hash` hashes a string.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        var h = Words.offset
        for k in r {
            let c = bytes[k]
            h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* Words.prime
        }
        return h
    }

    /// "-1.2345" → -1.2345, rounded as `Float("-1.2345")` rounds it (the digits as an integer, one division
    /// in Double); nil for anything else.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>) -> Float? {
        var i = 0
        var negative = false
        if i < b.count && b[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var digits: Int64 = 0, fraction = 0, count = 0, point = false
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "."), !point {
                point = true
            } else if c >= 0x30 && c <= 0x39, count < 18 {
                digits = digits * 10 + Int64(c - 0x30)
                count += 1
                if point { fraction += 1 }
            } else {
                return nil
            }
            i += 1
        }
        guard count > 0 else { return nil }
        var scale = 1.0
        for _ in 0..<fraction { scale *= 10 }
        let value = Float(Double(digits) / scale)
        return negative ? -value : value
    }

    @inline(__always)
    func weight(_ key: UInt64) -> Float {
        guard let i = index.value(key) else { return 0 }
        return values[i]
    }

    /// The score of one occurrence: the weights of its features, for its group and its category.
    func score(group: UInt64, category: CueCategory, _ context: CueContext) -> Float {
        let categoryOwner = Self.ownerHashes[Int(category.ordinal)]
        var z: Float = 0
        context.forEach { kind, word in
            z += weight(Self.key(group, kind, word))
            if !kind.isLexical { z += weight(Self.key(categoryOwner, kind, word)) }
        }
        return z
    }

    static let ownerHashes: [UInt64] = CueCategory.allCases.map(owner)
}

extension CueCategory {
    /// Position in `allCases`.
    var ordinal: UInt8 {
        switch self {
        case .modal: return 0
        case .belief: return 1
        case .condition: return 2
        case .question: return 3
        case .allegation: return 4
        case .appearance: return 5
        case .approximator: return 6
        case .quantity: return 7
        case .source: return 8
        case .puffery: return 9
        }
    }
}

/// The context of one cue occurrence: the words around it and the facts of its sentence that the model
/// weighs. Looks at most twenty words either side (`HedgeMatcher.window`), so a long sentence stays linear.
struct CueContext {
    var prev: UInt64 = 0
    var next: UInt64 = 0
    var next2: UInt64 = 0
    /// The facts that hold, one bit per `CueModel.Kind` raw value.
    var facts: UInt16 = 0
    /// A number just before or after the cue ("about 40", "20 or so").
    var numberNear = false
    /// Word positions of prev, next and next2 (-1: none), for naming features in training.
    var positions: (Int, Int, Int) = (-1, -1, -1)

    static let negations: HashSet64 = HashSet64(["not", "never", "no", "n't", "cannot", "hardly", "nobody", "none",
                                                 "without"].map(Words.hash))
    static let persons: HashSet64 = HashSet64(["i", "we", "you", "he", "she", "they", "it", "who"].map(Words.hash))
    static let pastWordList = ["was", "were", "had", "did", "said", "told", "been"]
    static let pastWords: HashSet64 = HashSet64(pastWordList.map(Words.hash))
    /// What a word of the window can be, as bits (reporting 1, condition 2, past 4): one look-up per word,
    /// not one per list.
    static let windowKinds: HashMap64 = {
        var bits: [UInt64: Int] = [:]
        for w in HedgeMatcher.reportingWords { bits[Words.hash(w), default: 0] |= 1 }
        for w in HedgeMatcher.conditionWords { bits[Words.hash(w), default: 0] |= 2 }
        for w in pastWordList { bits[Words.hash(w), default: 0] |= 4 }
        return HashMap64(bits.map { ($0.key, $0.value) })
    }()
    /// Marker for a sentence start or end ("prev=^", "next=$").
    static let start = Words.hash("^")
    static let end = Words.hash("$")

    /// No context (for the certainty entries, which are not scored).
    init() {}

    /// Words after which a cue opens a clause: "…, while some argue", "although many".
    static let clauseOpeners: HashSet64 = HashSet64(["that", "which", "who", "when", "if", "and", "but", "or", "because",
                                                     "while", "although", "though", "whereas", "since", "so", "unless",
                                                     "however", "yet", "where"].map(Words.hash))
    /// Nouns of people, as a vague quantity's head or a source: "some critics", "many historians".
    static let peopleNouns: HashSet64 = HashSet64([
        "people", "persons", "individuals", "critics", "scholars", "historians", "writers", "authors", "observers",
        "commentators", "experts", "analysts", "researchers", "scientists", "academics", "theologians", "philosophers",
        "economists", "linguists", "fans", "users", "readers", "viewers", "members", "residents", "citizens",
        "officials", "sources", "reviewers", "journalists", "believers", "supporters", "opponents", "others",
        "editors", "musicians", "artists", "politicians", "leaders", "accounts", "reports", "studies", "followers",
        "adherents", "proponents", "advocates", "skeptics", "sceptics", "witnesses", "locals", "theorists",
        "biographers", "pundits", "insiders", "activists", "parents",
    ].map(Words.hash))

    init(_ w: [Word], _ i: Int, _ length: Int, _ t: UnsafeBufferPointer<UInt8>, category: CueCategory? = nil) {
        let after = i + length
        if category?.label == .vague {
            let opens = i == 0 || Self.clauseOpeners.contains(w[i - 1].hash)
                || (w[i - 1].range.upperBound..<w[i].range.lowerBound).contains { t[$0] != 0x20 }
            if opens { facts |= 1 << CueModel.Kind.lead.rawValue }
            if Self.peopleNouns.contains(w[i + length - 1].hash)
                || (after < w.count && Self.peopleNouns.contains(w[after].hash))
                || (after + 1 < w.count && Self.peopleNouns.contains(w[after + 1].hash)) {
                facts |= 1 << CueModel.Kind.people.rawValue
            }
        }
        prev = i > 0 ? w[i - 1].hash : Self.start
        next = after < w.count ? w[after].hash : Self.end
        next2 = after + 1 < w.count ? w[after + 1].hash : Self.end
        positions = (i > 0 ? i - 1 : -1, after < w.count ? after : -1, after + 1 < w.count ? after + 1 : -1)
        if i == 0 { facts |= 1 << CueModel.Kind.initial.rawValue }
        // A negation just before or after: "not likely", "may not", "did not expect".
        var negated = false
        for k in max(0, i - 3)..<min(w.count, after + 2) where k < i || k >= after {
            if Self.negations.contains(w[k].hash) || Self.endsInNot(w[k], t) { negated = true; break }
        }
        if negated { facts |= 1 << CueModel.Kind.negated.rawValue }
        let near = HedgeMatcher.window(w, around: i)
        var reported = false, conditional = false, past = false
        let kinds = Self.windowKinds
        for k in near where k < i || k >= after {
            guard let bits = kinds.value(w[k].hash) else { continue }
            if bits & 1 != 0 { reported = true }
            if bits & 2 != 0 { conditional = true }
            if bits & 4 != 0, k < i, k >= i - 5 { past = true }
        }
        if reported { facts |= 1 << CueModel.Kind.reported.rawValue }
        if conditional { facts |= 1 << CueModel.Kind.conditional.rawValue }
        if past { facts |= 1 << CueModel.Kind.past.rawValue }
        if after < w.count, Self.isNumber(w[after], t) || HedgeMatcher.amounts.contains(w[after].hash) {
            facts |= 1 << CueModel.Kind.number.rawValue
            numberNear = true
        }
        if i > 0, Self.isNumber(w[i - 1], t) { numberNear = true }
        if i > 0, Self.persons.contains(w[i - 1].hash) { facts |= 1 << CueModel.Kind.person.rawValue }
        if Self.isQuoted(t, before: w[i].range.lowerBound, lowerBound: i > 0 ? w[max(0, i - 20)].range.lowerBound : w[i].range.lowerBound) {
            facts |= 1 << CueModel.Kind.quoted.rawValue
        }
    }

    /// A number word, or an amount in pounds or yen ("£500", "¥3bn"), which `Words` counts as a word.
    static func isNumber(_ word: Word, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        if word.numeric { return true }
        let r = word.range
        guard r.count >= 3, t[r.lowerBound] == 0xC2, t[r.lowerBound + 1] == 0xA3 || t[r.lowerBound + 1] == 0xA5 else { return false }
        return t[r.lowerBound + 2] >= 0x30 && t[r.lowerBound + 2] <= 0x39
    }

    /// "didn't", "won't", "can't": a word ending in n't (or n’t).
    static func endsInNot(_ word: Word, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        let r = word.range
        guard r.count >= 3 else { return false }
        let last = t[r.upperBound - 1] | 0x20
        guard last == UInt8(ascii: "t") else { return false }
        let b = t[r.upperBound - 2]
        if b == 0x27 { return t[r.upperBound - 3] | 0x20 == UInt8(ascii: "n") }
        // ’ is E2 80 99
        return b == 0x99 && r.count >= 5 && t[r.upperBound - 5] | 0x20 == UInt8(ascii: "n")
    }

    /// An odd number of quotation marks between the window's start and the cue: the cue is inside a quotation.
    static func isQuoted(_ t: UnsafeBufferPointer<UInt8>, before at: Int, lowerBound: Int) -> Bool {
        var open = false
        var k = lowerBound
        while true {
            k = Words.firstOf(t, k, at, 0x22, 0xE2)
            guard k < at else { break }
            let c = t[k]
            if c == 0x22 { open.toggle() } else if k + 2 < at, t[k + 1] == 0x80, t[k + 2] == 0x9C || t[k + 2] == 0x9D {
                open = t[k + 2] == 0x9C
                k += 2
            }
            k += 1
        }
        return open
    }

    /// Calls `body` for each feature: the base, the three words, the facts.
    @inline(__always)
    func forEach(_ body: (CueModel.Kind, UInt64) -> Void) {
        body(.base, 0)
        body(.prev, prev)
        body(.next, next)
        body(.next2, next2)
        var rest = facts
        while rest != 0 {
            let bit = UInt8(rest.trailingZeroBitCount)
            rest &= rest - 1
            body(CueModel.Kind(rawValue: bit)!, 0)
        }
    }
}
