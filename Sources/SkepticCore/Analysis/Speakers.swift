/// The speaker grammar of direct quotations: who is quoted, found in the reporting frame around the quotation
/// ("X said", "said X", "X, a description, told Y", "according to X", "X:"), as a byte range of the text (the
/// mention). A speaker is a name ("Mayor Lena Ortiz", "Quillbyte"), a described source ("a senior official at
/// the agency", "the company") or a pronoun, never a fragment of the clause around it: clause words
/// ("after", "when", "that") end it, adverbs before the verb ("strongly") are left out, and of a name in
/// apposition to a description ("chief executive Eva Lund", "the commissioner, Sara Holm,") the name is kept.
enum Speakers {
    // MARK: - Frames

    /// After the closing mark: ", said Mayor Lena Ortiz" / " Ortiz told reporters" / ", Priya Nair, a senior
    /// engineer, wrote" / ", according to the ministry". `words` are the clause's words up to its sentence end.
    static func after(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>) -> Range<Int>? {
        guard let first = words.first else { return nil }
        let lo = words.startIndex
        let verbs = QuoteAnnotator.reportingVerbHashes
        if first.hash == according, words.count >= 3, words[lo + 1].hash == to {
            return forward(t, words, from: lo + 2, allowingPrepositions: true)
        }
        if verbs.contains(first.hash) {
            return forward(t, words, from: lo + 1, allowingPrepositions: false)
        }
        // "“…” and that it continued to…": a clause of its own, no reporting frame.
        if stops.contains(first.hash) { return nil }
        // The subject before the verb: a name, its description in commas and the verb within fourteen words.
        let end = min(words.endIndex, lo + 14)
        var k = lo + 1
        while k < end {
            if verbs.contains(words[k].hash) { return subject(t, words, before: k) }
            if gap(t, words, before: k) == 2 { return nil }
            k += 1
        }
        return nil
    }

    /// Before the opening mark: "Ortiz said: " / "Dr. Imani Cole, who led the study, said: " / "According to
    /// the ministry, " / "Sato: " / "Velde said the bank would “…". `words` run from the sentence start (or the
    /// previous quotation's end) to the opening mark; `colon` tells whether a colon stands right before the mark.
    static func before(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, colon: Bool) -> Range<Int>? {
        guard !words.isEmpty else { return nil }
        let lo = words.startIndex
        let hi = words.endIndex
        // "According to X, “…”" — the phrase right before the quotation.
        var a = hi - 2
        let according = Self.according
        while a >= max(lo, hi - 12) {
            if words[a].hash == according, words[a + 1].hash == Self.to, a + 2 < hi {
                return forward(t, words, from: a + 2, allowingPrepositions: true)
            }
            a -= 1
        }
        // The last reporting verb, near the quotation ("X said the bank would “…”", "X wrote on its website: “…”").
        var v = hi - 1
        let verbs = QuoteAnnotator.reportingVerbHashes
        while v >= max(lo, hi - 10) {
            if verbs.contains(words[v].hash) {
                return v > lo ? subject(t, words, before: v) : nil
            }
            v -= 1
        }
        // "Sato: “…”" — a colon introduction names its speaker and nothing else.
        if colon {
            let parts = partsBefore(t, words, end: hi - 1)
            if let part = parts.first, !part.relative, let name = name(t, words, part.range) { return name }
        }
        return nil
    }

    // MARK: - Subjects

    /// A comma-separated part of a subject: word indexes, and whether it is a relative clause ("who led it").
    struct Part {
        var range: ClosedRange<Int>
        var relative: Bool
    }

    /// The subject of the reporting verb at `verb`, from the words before it (adverbs right before the verb
    /// skipped): the nearest name among up to three comma-separated parts, else the nearest part if it is a
    /// pronoun or a description.
    static func subject(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, before verb: Int) -> Range<Int>? {
        var end = verb - 1
        while end >= words.startIndex, isAdverb(t, words[end]) { end -= 1 }
        guard end >= words.startIndex else { return nil }
        let parts = partsBefore(t, words, end: end)
        var fallback: Range<Int>? = nil
        for (n, part) in parts.enumerated() {
            if part.relative { continue }
            if let name = name(t, words, part.range) { return name }
            if n == 0 || (n == 1 && parts[0].relative) {
                if part.range.count == 1, pronouns.contains(words[part.range.lowerBound].hash) {
                    return words[part.range.lowerBound].range
                }
                fallback = description(t, words, part.range)
                if fallback == nil { return nil }
            }
        }
        return fallback
    }

    /// Up to three comma-separated parts ending at word `end`, nearest first; a clause word, a hard gap
    /// (colon, bracket, quotation mark, dash) or sixteen words end the walk.
    static func partsBefore(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, end: Int) -> [Part] {
        var parts: [Part] = []
        var partEnd = end
        var i = end
        var count = 0
        let stops = Self.stops
        let relatives = Self.relatives
        while i >= words.startIndex {
            let w = words[i]
            count += 1
            let atStart = i == words.startIndex
            let gap = atStart ? 2 : Self.gap(t, words, before: i)
            if stops.contains(w.hash) {
                // "Dr. Imani Cole, who led the study, said": a relative clause in commas is skipped, any other
                // clause word ends the subject ("after then–NBC executive David Zaslav said").
                if relatives.contains(w.hash), gap == 1 {
                    parts.append(Part(range: i...partEnd, relative: true))
                    partEnd = i - 1
                    i -= 1
                    if parts.count == 3 { break }
                    continue
                }
                // "a lawyer who specialises in art, wrote": a relative clause inside a description is part of it.
                if relatives.contains(w.hash), i < partEnd, gap == 0 {
                    i -= 1
                    continue
                }
                if i < partEnd { parts.append(Part(range: (i + 1)...partEnd, relative: false)) }
                return parts
            }
            if gap != 0 || count >= 16 {
                parts.append(Part(range: i...partEnd, relative: false))
                if gap != 1 || parts.count == 3 || count >= 16 { return parts }
                partEnd = i - 1
            }
            i -= 1
        }
        return parts
    }

    /// The speaker after a reporting verb or "according to": the words up to a comma, a clause word or another
    /// reporting verb (at most eight), as a name, a pronoun or a description.
    static func forward(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, from start: Int,
                        allowingPrepositions: Bool) -> Range<Int>? {
        guard start < words.endIndex else { return nil }
        var k = start
        while k < words.endIndex, k - start < 8 {
            let w = words[k]
            if k > start, gap(t, words, before: k) != 0 { break }
            if stops.contains(w.hash) || QuoteAnnotator.reportingVerbHashes.contains(w.hash) { break }
            if !allowingPrepositions, k > start, timeWords.contains(w.hash) { break }
            k += 1
        }
        guard k > start else { return nil }
        let part = start...(k - 1)
        if part.count == 1, pronouns.contains(words[start].hash) { return words[start].range }
        if let name = name(t, words, part) { return name }
        // "said her coach, Dmitri Ivers": the name in apposition to the description is the speaker.
        // (The description may run on: "said a furniture importer in the city, Yusuf Demir".)
        var c = k
        while c < words.endIndex, c - k < 6, gap(t, words, before: c) == 0 { c += 1 }
        if c < words.endIndex, gap(t, words, before: c) == 1 {
            let k = c
            var e = k
            while e < words.endIndex, e - k < 4, e == k || gap(t, words, before: e) == 0 { e += 1 }
            let ends = e == words.endIndex || gap(t, words, before: e) != 0
            if ends, let apposed = name(t, words, k...(e - 1)), apposed.lowerBound == words[k].range.lowerBound { return apposed }
        }
        return description(t, words, part)
    }

    /// A name ending the part: its last run of capitalised words ("Mayor Lena Ortiz", "Dr. Imani Cole"), when
    /// the part is that run or a description right before it ("chief executive Eva Lund"); not when a
    /// preposition or article stands before the run ("a nurse at Darrow General", "the Green League").
    static func name(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, _ part: ClosedRange<Int>) -> Range<Int>? {
        let hi = part.upperBound
        guard isCapitalised(t, words[hi]), !notNames.contains(words[hi].hash) else { return nil }
        var s = hi
        while s > part.lowerBound {
            let prev = words[s - 1]
            if isCapitalised(t, prev), !notNames.contains(prev.hash), !determiners.contains(prev.hash) {
                s -= 1
            } else if particles.contains(prev.hash), s - 1 > part.lowerBound, isCapitalised(t, words[s - 2]) {
                s -= 1
            } else {
                break
            }
        }
        if s > part.lowerBound {
            let prev = words[s - 1]
            if prepositions.contains(prev.hash) || determiners.contains(prev.hash) || particles.contains(prev.hash) { return nil }
        }
        return words[s].range.lowerBound..<words[hi].range.upperBound
    }

    /// A described source: a short noun phrase opening with an article or determiner ("a senior official at the
    /// water agency", "the company", "another parent") or a lower-case noun ("police", "director of the trust"),
    /// capitalised only because it opens the sentence, with a word of a described source in its first two
    /// ("Analysts at Merrow Capital", "American officials"; a lower-case word next).
    static func description(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, _ part: ClosedRange<Int>) -> Range<Int>? {
        guard part.count <= 8 else { return nil }
        let first = words[part.lowerBound]
        if prepositions.contains(first.hash) || stops.contains(first.hash) || pronouns.contains(first.hash) { return nil }
        let opensSentence = part.lowerBound == words.startIndex && part.count > 1 && !isCapitalised(t, words[part.lowerBound + 1])
            && !notNames.contains(first.hash)
            && (describedOpeners.contains(first.hash) || describedOpeners.contains(words[part.lowerBound + 1].hash))
        guard determiners.contains(first.hash) || !isCapitalised(t, first) || opensSentence else { return nil }
        if determiners.contains(first.hash) && part.count == 1 { return nil }
        return first.range.lowerBound..<words[part.upperBound].range.upperBound
    }

    // MARK: - Words and gaps

    /// 0: spaces only; 1: a comma; 2: a hard stop — colon, semicolon, bracket, quotation mark or dash; 3: a
    /// full stop, question or exclamation mark.
    static func gapKind(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var kind = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let c = t[i]
            if c == 0x3A || c == 0x3B || c == 0x22 || c == 0x28 || c == 0x29 || c == 0x5B || c == 0x5D { return 2 }
            if c == 0xE2, i + 2 < r.upperBound, t[i + 1] == 0x80 {
                let d = t[i + 2]
                if d == 0x9C || d == 0x9D || d == 0x93 || d == 0x94 || d == 0x98 { return 2 }
            }
            if c == 0x2C { kind = max(kind, 1) }
            if c == 0x2E || c == 0x21 || c == 0x3F { kind = 3 }
            i += 1
        }
        return kind
    }

    /// The gap before word `i`: a full stop after an abbreviation or an initial ("Dr. Imani Cole", "J. Ruiz")
    /// joins, any other ends a sentence (2, hard).
    static func gap(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, before i: Int) -> Int {
        let prev = words[i - 1]
        let kind = gapKind(t, prev.range.upperBound..<words[i].range.lowerBound)
        guard kind == 3 else { return kind }
        return Abbreviations.neverFinal.contains(prev.hash) || (prev.range.count == 1 && prev.capitalised) ? 0 : 2
    }

    /// An upper-case first letter (ASCII or a two-byte Latin letter such as É).
    static func isCapitalised(_ t: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        if w.capitalised { return true }
        let c = t[w.range.lowerBound]
        guard c >= 0xC3, c < 0xE0, w.range.count >= 2 else { return false }
        let scalar = (UInt32(c & 0x1F) << 6) | UInt32(t[w.range.lowerBound + 1] & 0x3F)
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    /// "strongly", "also", "later": words between a subject and its verb that are no part of the subject.
    static func isAdverb(_ t: UnsafeBufferPointer<UInt8>, _ w: Word) -> Bool {
        if adverbs.contains(w.hash) { return true }
        let r = w.range
        return !w.capitalised && r.count > 4 && t[r.upperBound - 2] == 0x6C && t[r.upperBound - 1] == 0x79
    }

    static let according = Words.hash("according")
    static let to = Words.hash("to")

    static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map(Words.hash)) }

    /// Words that open a clause: a speaker never reaches across them.
    static let stops = set(["after", "before", "when", "while", "as", "because", "since", "that", "which", "who", "whom",
                            "whose", "if", "and", "but", "so", "where", "although", "though", "until", "once", "than",
                            "whether", "what", "how", "why", "adding", "noting", "saying", "speaking"])
    static let relatives = set(["who", "which", "whose", "whom"])
    static let pronouns = set(["he", "she", "they", "it", "we", "i", "you"])
    static let determiners = set(["a", "an", "the", "another", "one", "her", "his", "its", "their", "our", "my", "your",
                                  "this", "these", "those", "two", "three", "four", "five", "several", "some", "many",
                                  "both", "each", "every", "no", "most", "all", "other"])
    static let prepositions = set(["at", "of", "for", "in", "on", "with", "from", "by", "to", "about", "into", "near",
                                   "over", "under", "during", "without", "against", "between", "among", "through",
                                   "across", "behind", "like", "than", "via", "per"])
    /// After "said X", words that begin an adverbial ("said Ines Varga as the boat…", "said Ortiz on Tuesday").
    static let timeWords = set(["in", "on", "at", "during", "to", "from", "after", "before", "last", "this", "yesterday",
                                "today", "tonight", "earlier", "later", "again"])
    static let adverbs = set(["also", "later", "then", "again", "earlier", "previously", "once", "simply", "only", "just",
                              "still", "recently", "finally", "first", "often", "never", "always", "has", "have", "had",
                              "had", "would", "will", "was", "is", "once"])
    /// Lower-case words inside names ("Ursula von der Leyen", "Ana de Souza").
    static let particles = set(["de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "al", "bin",
                                "ibn", "ter", "ten", "dos", "das"])
    /// Capitalised words that are no names: days, months, openers, times.
    static let notNames = set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                               "february", "march", "april", "may", "june", "july", "august", "september", "october",
                               "november", "december", "the", "a", "an", "this", "that", "these", "those", "it", "he",
                               "she", "they", "we", "i", "you", "last", "next", "yesterday", "today", "earlier", "later",
                               "in", "on", "at", "for", "with", "by", "but", "and", "or", "so", "if", "when", "while",
                               "after", "before", "however", "meanwhile", "asked", "speaking", "writing", "also",
                               "there", "here", "then", "still", "now", "his", "her", "their", "its", "our", "my"])
}

// MARK: - Who a pronoun or a continued quotation refers to

/// Resolves pronoun speakers ("she said") to the last person named before them, and gives a quotation
/// continued from an earlier one that quotation's speaker. Fed the quotations in document order; looks back a
/// bounded way (the last few hundred bytes of the quotation's paragraph and of the two before it, and the
/// speakers of the last quotations of its section), so it stays linear.
struct SpeakerResolver {
    /// Surname → full name (title left out: "Governor Anja Velde" → "Anja Velde"), per section.
    private var fullNames: [UInt64: String] = [:]
    /// Full name → 1 (he) or 2 (she), learned from titles and from pronouns resolved before.
    private var genders: [UInt64: UInt8] = [:]
    /// The speakers of the last quotations: block, position, speaker.
    private var recent: [(block: Int, position: Int, speaker: String)] = []
    private var section = -1
    /// The names learned already in this section (dialogue names the same few people again and again).
    private var learned: Set<String> = []

    /// A new section forgets the people of the last one.
    mutating func enter(section s: Int) {
        guard s != section else { return }
        section = s
        fullNames.removeAll(keepingCapacity: true)
        genders.removeAll(keepingCapacity: true)
        learned.removeAll(keepingCapacity: true)
        recent.removeAll(keepingCapacity: true)
    }

    /// A quotation's speaker, remembered for the pronouns and continuations after it.
    mutating func said(_ speaker: String, block: Int, position: Int) {
        if speaker.utf8.contains(0x20) { learn(speaker) }
        recent.append((block, position, speaker))
        if recent.count > 8 { recent.removeFirst() }
    }

    /// The speaker of a quotation that continues the one before it: that quotation's, when it is in this
    /// paragraph or the one before; else the last person named reporting in the paragraph before.
    /// (`named`: the names found in the paragraph before when it holds no quotation, else looked for here.)
    mutating func continued(_ t: UnsafeBufferPointer<UInt8>, _ blocks: [Block], block b: Int,
                            named found: [(position: Int, name: String)], _ words: inout [Word]) -> String? {
        if let last = recent.last, last.block == b || last.block == b - 1 { return last.speaker }
        let named = !found.isEmpty ? found
            : Speakers.namedBefore(t, blocks, block: b, position: blocks[b].range.lowerBound, previousOnly: true, &words)
        for name in named { learn(name.name) }
        return named.last.map { full($0.name) }
    }

    /// The person a pronoun at `position` of block `b` refers to: the last one named before it (in a reporting
    /// frame, `named` in text order, or as a quotation's speaker) who is a person and not of the other gender;
    /// nil when none is.
    mutating func resolve(_ pronoun: String, position: Int, named: [(position: Int, name: String)]) -> String? {
        if Words.hash(pronoun) == Speakers.it {
            // "it said": the last organisation or described source quoted ("the harbour board", "Norlan Energy").
            return recent.last { $0.position < position && Self.isOrganisation($0.speaker) }?.speaker
        }
        let gender: UInt8 = Words.hash(pronoun) == Speakers.she ? 2 : 1
        for c in named { learn(c.name) }
        var candidates = named
        for q in recent where q.position < position { candidates.append((q.position, q.speaker)) }
        candidates.sort { $0.position < $1.position }
        for c in candidates.reversed() {
            guard isPerson(c.name) else { continue }
            let name = full(c.name)
            let key = Words.hash(name)
            if let known = genders[key], known != gender { continue }
            genders[key] = gender
            return name
        }
        return nil
    }

    /// A name is a person's unless it names an organisation ("Norlan Energy", "Harbour Police").
    private func isPerson(_ name: String) -> Bool {
        !Speakers.wordHashes(name).contains { Speakers.organisationWords.contains($0) }
    }

    /// A described source ("the company", "a spokesperson for X") or a name with an organisation's word.
    static func isOrganisation(_ speaker: String) -> Bool {
        let parts = speaker.split(separator: " ")
        guard let first = parts.first, !Speakers.pronouns.contains(Words.hash(String(first))) else { return false }
        if first.first?.isLowercase == true && Speakers.determiners.contains(Words.hash(String(first))) { return true }
        return parts.contains { Speakers.organisationWords.contains(Words.hash(String($0))) }
    }

    private mutating func learn(_ name: String) {
        guard name.utf8.contains(0x20), !learned.contains(name) else { return }
        learned.insert(name)
        guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return }
        let parts = name.split(separator: " ")
        guard parts.count >= 2, let last = parts.last, !Speakers.determiners.contains(Words.hash(String(parts[0]))),
              !parts.contains(where: { Speakers.organisationWords.contains(Words.hash(String($0))) }) else { return }
        let fullName = full(name)
        fullNames[Words.hash(String(last))] = fullName
        let title = Words.hash(String(parts[0]).trimmingCharacters(in: ["."]))
        if Speakers.maleTitles.contains(title) { genders[Words.hash(fullName)] = 1 }
        if Speakers.femaleTitles.contains(title) { genders[Words.hash(fullName)] = 2 }
    }

    /// A person's name without title or office: its last two words, a particle before them kept
    /// ("Environment Minister Tomas Grell" → "Tomas Grell"); a surname alone → the full name seen before.
    func full(_ name: String) -> String {
        // On the bytes when the name is single-spaced (as the speaker grammar makes names); else as words.
        var copy = name
        if let fast = copy.withUTF8({ b -> String? in
            guard !b.isEmpty, b[0] != 0x20, b[b.count - 1] != 0x20 else { return nil }
            var starts: [Int] = [0]
            for k in 1..<max(1, b.count) where b[k] == 0x20 {
                guard b[k - 1] != 0x20 else { return nil }
                starts.append(k + 1)
            }
            if starts.count == 1 { return fullNames[Words.hash(name)] ?? name }
            func wordHash(_ w: Int) -> UInt64 {
                let end = w + 1 < starts.count ? starts[w + 1] - 1 : b.count
                var h = Words.offset
                for k in starts[w]..<end { h = (h ^ UInt64(b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k])) &* Words.prime }
                return h
            }
            var from = starts.count - 2
            while from > 0, Speakers.particles.contains(wordHash(from)) { from -= 1 }
            return from == 0 ? name : String(decoding: UnsafeBufferPointer(rebasing: b[starts[from]...]), as: UTF8.self)
        }) { return fast }
        let parts = name.split(separator: " ")
        if parts.count == 1 { return fullNames[Words.hash(name)] ?? name }
        var from = parts.count - 2
        while from > 0, Speakers.particles.contains(Words.hash(String(parts[from]))) { from -= 1 }
        return parts[from...].joined(separator: " ")
    }
}

extension Speakers {
    /// The hashes of a name's words (split at spaces), as `Words.hash` hashes each word.
    static func wordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var h = Words.offset
        var inWord = false
        for c in text.utf8 {
            if c == 0x20 {
                if inWord { out.append(h) }
                h = Words.offset
                inWord = false
            } else {
                h = (h ^ UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)) &* Words.prime
                inWord = true
            }
        }
        if inWord { out.append(h) }
        return out
    }

    /// How far back a pronoun or a continued quotation looks for the person it refers to, in bytes of a paragraph.
    static let lookback = 320

    /// The names reporting before `position` in its paragraph (`previousOnly`: in the paragraph before, in the
    /// same section), at most `lookback` bytes, in text order. With `since`, the end of an earlier quotation of
    /// the paragraph, only the text after it: that quotation's speaker, remembered by the resolver, is nearer
    /// than anyone named before it. (The speakers of earlier paragraphs' quotations come from the resolver.)
    static func namedBefore(_ t: UnsafeBufferPointer<UInt8>, _ blocks: [Block], block b: Int, position: Int,
                            previousOnly: Bool, since: Int? = nil, _ words: inout [Word]) -> [(position: Int, name: String)] {
        let k = previousOnly ? b - 1 : b
        guard k >= 0, blocks[k].section == blocks[b].section, SentenceSegmenter.isProse(blocks[k].kind) else { return [] }
        let end = previousOnly ? blocks[k].range.upperBound : position
        let start = max(blocks[k].range.lowerBound, since ?? 0, end - lookback)
        return reportingNames(t, start..<end, &words).map { ($0.lowerBound, textOf(t, $0)) }
    }

    /// The names that report something in a range: subjects of reporting verbs ("Lund said", "said Eva Lund").
    static func reportingNames(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ words: inout [Word]) -> [Range<Int>] {
        guard !r.isEmpty else { return [] }
        Words.split(t, r, into: &words)
        let all = words[...]
        var out: [Range<Int>] = []
        for v in all.indices where QuoteAnnotator.reportingVerbHashes.contains(all[v].hash) {
            let found = (v > all.startIndex ? subject(t, all, before: v) : nil)
                ?? (v + 1 < all.endIndex ? forward(t, all, from: v + 1, allowingPrepositions: false) : nil)
            if let found, isName(t, found) { out.append(found) }
        }
        return out
    }

    static func textOf(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        Sanitiser.singleLine(String(decoding: UnsafeBufferPointer(rebasing: t[r]), as: UTF8.self))
    }

    /// A speaker range that is a name (not a pronoun or a description): it starts with a capital that is no
    /// article.
    static func isName(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard let c = r.first.map({ t[$0] }), c >= 0x41 && c <= 0x5A || c >= 0xC3 else { return false }
        var end = r.lowerBound
        while end < r.upperBound, t[end] != 0x20 { end += 1 }
        return !notNames.contains(Words.hash(textOf(t, r.lowerBound..<end)))
    }

    /// Whether `r` opens with a word of a described source ("Two people briefed on the deal").
    static func opensDescribed(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        var end = r.lowerBound
        while end < r.upperBound, t[end] != 0x20 { end += 1 }
        return describedOpeners.contains(Words.hash(textOf(t, r.lowerBound..<end).lowercased()))
    }

    /// First words of a described source, capitalised only because it opens the sentence ("Two people briefed
    /// on the deal", "Several officials", "Senior diplomats"): a description, not a name.
    static let describedOpeners = set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                                       "hundreds", "several", "some", "many", "most", "both", "few", "senior", "former",
                                       "people", "officials", "sources", "analysts", "experts", "residents", "critics"])

    /// Pronouns a speaker resolves from: he and she (it, they and we are kept as they are).
    static func isPersonalPronoun(_ mention: String) -> Bool {
        let u = mention.utf8
        guard u.count == 2 || u.count == 3 else { return false }
        let h = Words.hash(mention)
        return h == he || h == she || h == it
    }

    static let it = Words.hash("it")

    static let he = Words.hash("he")
    static let she = Words.hash("she")

    static let maleTitles = set(["mr", "sir", "lord", "king", "prince"])
    static let femaleTitles = set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess"])
    /// Words of organisations' names: such a name is never the person a pronoun refers to.
    static let organisationWords = set(["bank", "energy", "police", "service", "services", "rail", "water", "university",
                                        "ministry", "council", "commission", "union", "league", "party", "group", "inc",
                                        "ltd", "corp", "company", "agency", "authority", "association", "institute",
                                        "court", "department", "office", "post", "times", "news", "radio", "capital",
                                        "associates", "airlines", "airways", "gazette", "echo", "courier", "trust",
                                        "foundation", "fund", "board", "committee", "government", "reuters", "press",
                                        "hospital", "school", "club", "federation", "network", "media", "labs",
                                        "systems", "partners", "holdings", "organisation", "organization", "army"])
}
