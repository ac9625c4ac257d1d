/// Lists what the article rests on and traces each claim to it. A source is an embedded post, a quoted
/// speaker, or someone a statement is attributed to without quotation marks ("X said the plan…", "according
/// to X"); the same speaker quoted twice, a repeat of a quotation, and a reporting subject named inside a post
/// ("Putin says…" in a post, "Putin announced…" in the text) are one source. Each claim rests on the source
/// of the quotation or attribution in its own sentence, else on the source of its paragraph that it goes on
/// with or paraphrases (the nearest sourced sentence before it, else the paragraph's first quotation after
/// it), else on nothing: unsourced.
public struct SourceAnnotator: Annotator {
    public let name = "sources"
    public let requires: Set<Layer> = [.sentences, .words, .quotes, .claims]
    public let produces: Set<Layer> = [.sources]

    public init() {}

    public func annotate(_ document: Document, _ annotations: inout Annotations) {
        var index = SourceIndex()
        var sentenceSource = [UInt32](repeating: SourceIndex.none, count: annotations.sentences.count)
        document.text.withUnsafeBufferPointer { t in
            // Quotations first, in order: each quoted sentence rests on its quotation's source.
            var quoteSource = [UInt32](repeating: SourceIndex.none, count: annotations.quotes.count)
            for (k, q) in annotations.quotes.enumerated() {
                let source: Int
                if let earlier = q.repeatOf, quoteSource[earlier] != SourceIndex.none {
                    source = Int(quoteSource[earlier])
                    index.sources[source].repeats += 1
                } else {
                    source = index.source(for: q, t, document)
                }
                quoteSource[k] = UInt32(source)
                index.sources[source].quotations += 1
                for s in annotations.blockSentences[q.block]
                where annotations.sentences[s].range.overlaps(q.words) && sentenceSource[s] == SourceIndex.none {
                    sentenceSource[s] = UInt32(source)
                }
            }
            // Attributions in claims, found in parallel chunks of blocks and merged in order.
            let found = Self.attributions(t, document, annotations, sentenceSource)
            // A document named without its author ("its annual report shows") gives way to a link in its sentence.
            var weak = Set<UInt32>()
            for chunk in found {
                for (s, found) in chunk {
                    let block = annotations.sentences[Int(s)].block
                    let who = Speakers.textOf(t, found.who)
                    if Speakers.pronouns.contains(Words.hash(who.lowercased())) {
                        // "he said the plan…": the source last named in this paragraph or the one before.
                        if let last = index.lastSource, last.block >= block - 1 { sentenceSource[Int(s)] = UInt32(last.source) }
                        continue
                    }
                    let what = found.what.map { Speakers.textOf(t, $0) }
                    if found.kind == .document, found.who == found.phrase { weak.insert(s) }
                    sentenceSource[Int(s)] = UInt32(index.attribution(who, kind: found.kind, what: what, block: block,
                                                                      line: document.blocks[block].line))
                }
            }
            Self.links(t, document, annotations, weak, &index, &sentenceSource)
            Self.paraphrases(annotations, quoteSource, &sentenceSource)
        }
        // The evidence was only a step towards the labels and sources.
        annotations.claimEvidence = []
        for s in sentenceSource.indices where sentenceSource[s] != SourceIndex.none {
            index.sources[Int(sentenceSource[s])].statements += 1
        }
        // In order of first appearance (links are found after the attributions).
        var sources = index.sources
        if zip(sources, sources.dropFirst()).contains(where: { $0.block > $1.block }) {
            let order = sources.indices.sorted { (sources[$0].block, $0) < (sources[$1].block, $1) }
            var newIndex = [UInt32](repeating: 0, count: order.count)
            for (n, old) in order.enumerated() { newIndex[old] = UInt32(n) }
            sources = order.map { sources[$0] }
            for s in sentenceSource.indices where sentenceSource[s] != SourceIndex.none { sentenceSource[s] = newIndex[Int(sentenceSource[s])] }
        }
        annotations.sources = sources
        annotations.sentenceSources = sources.isEmpty ? [] : sentenceSource
    }

    /// Per chunk of blocks: claim sentences with no source yet and the attribution in them.
    static func attributions(_ t: UnsafeBufferPointer<UInt8>, _ document: Document, _ annotations: Annotations,
                             _ sentenceSource: [UInt32]) -> [[(UInt32, Attribution)]] {
        Parallel.map(document.blocks.count, minimumChunk: 2000) { part -> [(UInt32, Attribution)] in
            var out: [(UInt32, Attribution)] = []
            var words: [Word] = []
            let verbs = prefilter
            for b in part {
                for s in annotations.blockSentences[b] where annotations.sentences[s].labels.contains(.claim)
                    && sentenceSource[s] == SourceIndex.none
                    && annotations.claimEvidence[s] & (ClaimEvidence.attribution | ClaimEvidence.attributionUnknown) != 0 {
                    let range = annotations.sentences[s].range
                    if range.count <= 300 {
                        Words.split(t, range, into: &words)
                    } else {
                        // A long sentence: only the words around its first verb (a subject before it, a speaker
                        // or "to X" after it).
                        guard let verbEnd = firstAttributionVerb(t, range, verbs) else { continue }
                        let window = max(range.lowerBound, verbEnd - 140)..<min(range.upperBound, verbEnd + 90)
                        Words.split(t, window, into: &words)
                        if window.lowerBound > range.lowerBound, !words.isEmpty { words.removeFirst() }  // maybe cut
                    }
                    if let mention = attribution(t, words[...]) { out.append((UInt32(s), mention)) }
                }
            }
            return out
        }
    }

    /// The attribution of a sentence: "according to X", "X said (that) …", "…, X said", "said X"; a document
    /// ("according to a report by the IMF", "a study published in Nature found", "X said in a statement") or a
    /// publication ("the Gazette reported", "a senior official told the Financial Times").
    static func attribution(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>) -> Attribution? {
        for v in words.indices {
            let h = words[v].hash
            if h == Speakers.according, v + 2 < words.endIndex, words[v + 1].hash == Speakers.to {
                if let doc = document(t, words, at: v + 2, verb: nil) { return doc }
                if let who = Speakers.forward(t, words, from: v + 2, allowingPrepositions: true) { return named(t, who) }
                continue
            }
            // A capitalised verb inside a sentence is a name's word ("the United States").
            let speaks = attributionVerbs.contains(h)
            guard speaks || documentVerbs.contains(h), !words[v].capitalised || v == words.startIndex else { continue }
            if v > words.startIndex, let doc = documentSubject(t, words, verb: v) { return doc }
            // "found", "shows": only a document finds or shows, not anyone who finds something.
            guard speaks else { continue }
            if v > words.startIndex, let who = Speakers.subject(t, words, before: v) { return framed(t, words, who, verb: v) }
            if v + 1 < words.endIndex, let who = Speakers.forward(t, words, from: v + 1, allowingPrepositions: false),
               Speakers.isName(t, who) || Speakers.pronouns.contains(words[v + 1].hash) {
                return named(t, who)
            }
        }
        return nil
    }

    /// A subject's attribution, with what follows its verb: "X said in a statement" (a document of X's), "a
    /// senior official told the Financial Times" (a described speaker: the publication is what can be checked).
    static func framed(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, _ who: Range<Int>, verb v: Int) -> Attribution {
        let next = v + 1
        if next + 1 < words.endIndex, Speakers.gap(t, words, before: next) == 0, documentOpeners.contains(words[next].hash),
           let doc = document(t, words, at: next + 1, verb: nil), doc.who == doc.phrase {
            return Attribution(who: who, kind: .document, what: doc.what)
        }
        if next < words.endIndex, words[v].hash == told || words[v].hash == tells,
           !Speakers.isName(t, who) || Speakers.opensDescribed(t, who),
           !Speakers.pronouns.contains(Words.hash(Speakers.textOf(t, who).lowercased())),
           let outlet = author(t, words, from: next), isPublication(t, outlet) {
            return Attribution(who: outlet, kind: .publication)
        }
        return named(t, who)
    }

    /// A document that is the subject of the verb at `v`: "A 2024 survey by the Dunmore Chamber of Commerce found",
    /// "Data from the port show", "A letter from the Fisheries Board to the minister, seen by …, said". The phrase
    /// opens the sentence or a clause (after a comma), and no clause word stands between it and the verb.
    static func documentSubject(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, verb v: Int) -> Attribution? {
        let lo = max(words.startIndex, v - 16)
        guard let n = (lo..<v).first(where: { documentNouns.contains(words[$0].hash) }) else { return nil }
        for j in (n + 1)..<v where Speakers.stops.contains(words[j].hash) || Speakers.gap(t, words, before: j) >= 2 { return nil }
        var k = n
        while k > words.startIndex, n - k < 4, Speakers.gap(t, words, before: k) == 0 {
            let w = words[k - 1]
            guard w.numeric || Speakers.determiners.contains(w.hash) || (!Speakers.isCapitalised(t, w)
                && !Speakers.stops.contains(w.hash) && !Speakers.prepositions.contains(w.hash) && !attributionVerbs.contains(w.hash)) else { break }
            k -= 1
        }
        guard k == words.startIndex || Speakers.gap(t, words, before: k) == 1 else { return nil }
        guard var doc = document(t, words, at: k, verb: v) else { return nil }
        // "The figures were first reported by the Dunmore Echo": the publication that reported them.
        if attributionVerbs.contains(words[v].hash), doc.who != doc.phrase, doc.who.lowerBound > words[v].range.lowerBound,
           isPublication(t, doc.who) {
            doc = Attribution(who: doc.who, kind: .publication)
        }
        return doc
    }

    /// Someone or a publication: a name with a publication's word ("The Halverston Gazette", "Reuters").
    static func named(_ t: UnsafeBufferPointer<UInt8>, _ who: Range<Int>) -> Attribution {
        Attribution(who: who, kind: isPublication(t, who) ? .publication : .attribution)
    }

    /// A document phrase at word `k`: a determiner or modifiers (at most four words) and a document's noun
    /// ("a report", "the IMF's" left out, "a 2024 study", "the same report"), with its author or publisher after
    /// it ("by the International Monetary Fund", "published in Nature"; after `verb` too: "a study published in
    /// Nature"). Without one, `who` is the phrase.
    static func document(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, at k: Int, verb: Int?) -> Attribution? {
        var n = k
        while true {
            guard n < words.endIndex, n - k < 5, n == k || Speakers.gap(t, words, before: n) == 0 else { return nil }
            let w = words[n]
            if documentNouns.contains(w.hash) { break }
            let modifier = w.numeric || (!Speakers.isCapitalised(t, w) && !Speakers.stops.contains(w.hash)
                && !attributionVerbs.contains(w.hash) && !Speakers.prepositions.contains(w.hash))
            guard modifier || (n == k && Speakers.determiners.contains(w.hash)) else { return nil }
            n += 1
        }
        let phrase = words[k].range.lowerBound..<words[n].range.upperBound
        let found = Attribution(who: phrase, kind: .document, what: words[n].range, phrase: phrase)
        func authorAfter(_ start: Int, _ limit: Int) -> Range<Int>? {
            var j = start
            while j < min(limit, words.endIndex) {
                if j > start, Speakers.gap(t, words, before: j) >= 2 { return nil }
                if Speakers.stops.contains(words[j].hash) { return nil }
                let h = words[j].hash
                // "in" names where a document appeared only right after it ("a study in Nature", "published in").
                let opens = h == by || h == from || h == of || (h == inWord && (j == n + 1 || publishedWords.contains(words[j - 1].hash)))
                if opens, let who = author(t, words, from: j + 1, described: h == by || h == from) { return who }
                j += 1
            }
            return nil
        }
        let end = verb ?? words.endIndex
        if let who = authorAfter(n + 1, min(end, n + 8)) ?? verb.flatMap({ authorAfter($0 + 1, $0 + 4) }) {
            return Attribution(who: who, kind: .document, what: found.what, phrase: phrase)
        }
        return found
    }

    /// An author or publisher's name from word `a`: "the" and capitalised words, joined by "of", "for", "and"
    /// ("the Ministry of Health", "Nature", "the International Monetary Fund"). After "by" or "from" (`described`),
    /// a description will do: "the national accounts office", "the transport ministry", and without "the" one
    /// of a named place: "researchers at Halverston University".
    static func author(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>, from a: Int, described: Bool = false) -> Range<Int>? {
        var i = a
        if i < words.endIndex, words[i].hash == the { i += 1 }
        if described, i < words.endIndex, !Speakers.isCapitalised(t, words[i]) {
            var e = i
            while e < words.endIndex, e - i < 4, e == i || Speakers.gap(t, words, before: e) == 0, !Speakers.isCapitalised(t, words[e]),
                  !Speakers.stops.contains(words[e].hash), !Speakers.prepositions.contains(words[e].hash),
                  !attributionVerbs.contains(words[e].hash), !documentVerbs.contains(words[e].hash) { e += 1 }
            guard e > i else { return nil }
            // "… at Halverston University", "… of the central bank": where they are from.
            if e + 1 < words.endIndex, Speakers.gap(t, words, before: e) == 0, words[e].hash == at || words[e].hash == of,
               let place = author(t, words, from: e + 1) {
                return words[a].range.lowerBound..<place.upperBound
            }
            return i > a ? words[a].range.lowerBound..<words[e - 1].range.upperBound : nil
        }
        guard i < words.endIndex, i == a || Speakers.gap(t, words, before: i) == 0, Speakers.isCapitalised(t, words[i]),
              !Speakers.notNames.contains(words[i].hash) || i > a else { return nil }
        var last = i
        var j = i + 1
        while j < words.endIndex, Speakers.gap(t, words, before: j) == 0 {
            if Speakers.isCapitalised(t, words[j]), !Speakers.notNames.contains(words[j].hash) {
                last = j
            } else if !(nameJoiners.contains(words[j].hash) && j + 1 < words.endIndex && Speakers.isCapitalised(t, words[j + 1])) {
                break
            }
            j += 1
        }
        return words[a].range.lowerBound..<words[last].range.upperBound
    }

    /// A name with a publication's word in it.
    static func isPublication(_ t: UnsafeBufferPointer<UInt8>, _ who: Range<Int>) -> Bool {
        let text = Speakers.textOf(t, who)
        let name = text.hasPrefix("the ") || text.hasPrefix("The ") ? text.dropFirst(4) : Substring(text)
        guard name.unicodeScalars.first?.properties.isUppercase == true else { return false }
        return Speakers.wordHashes(text).contains { publicationWords.contains($0) }
    }

    // MARK: - Links

    /// A claim with a link in it rests on the link (one source per address), unless it rests on a quotation or
    /// an attribution already (`weak`: a document named without its author gives way). A link within the
    /// article (`#section`, to one of its headings) is no source: it leads to the article itself.
    static func links(_ t: UnsafeBufferPointer<UInt8>, _ document: Document, _ annotations: Annotations, _ weak: Set<UInt32>,
                      _ index: inout SourceIndex, _ sentenceSource: inout [UInt32]) {
        guard !document.links.isEmpty else { return }
        var text: Range<Int>? = nil
        for style in document.inlines {
            if style.kind == .link { text = style.range; continue }
            guard style.kind == .linkMarker else { continue }
            let words = text.flatMap { $0.upperBound == style.range.lowerBound ? $0 : nil }
            text = nil
            guard let s = sentence(containing: style.range.lowerBound, annotations.sentences),
                  annotations.sentences[s].labels.contains(.claim), sentenceSource[s] == SourceIndex.none || weak.contains(UInt32(s)) else { continue }
            var n = 0
            for i in style.range where t[i] >= 0x30 && t[i] <= 0x39 { n = n * 10 + Int(t[i] - 0x30) }
            guard n >= 1, n <= document.links.count else { continue }
            let url = document.links[n - 1]
            guard !url.hasPrefix("#") else { continue }
            let block = annotations.sentences[s].block
            sentenceSource[s] = UInt32(index.link(url, what: words.map { Speakers.textOf(t, $0) }, block: block,
                                                  line: document.blocks[block].line))
        }
    }

    /// The sentence holding an offset (a binary search; sentences are in text order).
    static func sentence(containing offset: Int, _ sentences: [Sentence]) -> Int? {
        var lo = 0
        var hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].range.contains(offset) ? lo : nil
    }

    /// A link's host without "www." ("https://www.imf.org/x" → "imf.org"), or the address when it has none.
    static func host(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        var rest = url[scheme.upperBound...]
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return rest.isEmpty ? url : Sanitiser.singleLine(String(rest))
    }

    /// A claim with no attribution of its own goes on with the source of its paragraph: that of the nearest
    /// sentence before it that rests on one (a quotation or an attribution: "Putin revealed that he had made
    /// an offer. However, the Iranian government declined this proposal."), else of the paragraph's first
    /// quotation after it.
    static func paraphrases(_ annotations: Annotations, _ quoteSource: [UInt32], _ sentenceSource: inout [UInt32]) {
        var block = -1
        var last = SourceIndex.none
        for s in annotations.sentences.indices {
            let sentence = annotations.sentences[s]
            if sentence.block != block {
                block = sentence.block
                last = SourceIndex.none
            }
            if sentenceSource[s] != SourceIndex.none {
                last = sentenceSource[s]
            } else if last != SourceIndex.none, sentence.labels.contains(.claim) {
                sentenceSource[s] = last
            }
        }
        var k = 0
        let quotes = annotations.quotes
        while k < quotes.count {
            let block = quotes[k].block
            var end = k
            while end < quotes.count, quotes[end].block == block { end += 1 }
            for s in annotations.blockSentences[block]
            where annotations.sentences[s].labels.contains(.claim) && sentenceSource[s] == SourceIndex.none {
                let at = annotations.sentences[s].range.lowerBound
                let before = (k..<end).last { quotes[$0].words.lowerBound < at }
                if let q = before ?? (k < end ? k : nil), quoteSource[q] != SourceIndex.none { sentenceSource[s] = quoteSource[q] }
            }
            k = end
        }
    }

    /// A quick test before splitting a sentence into words: where its first attribution verb (or "according")
    /// ends, if it has one. One pass over the bytes hashing ASCII words as `Words.split` does (FNV-1a of the
    /// lower-cased letters), a set look-up per word; no words are stored.
    static func firstAttributionVerb(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ verbs: HashSet64) -> Int? {
        var h = Words.offset
        var length = 0
        var i = r.lowerBound
        while i < r.upperBound {
            let c = t[i] | 0x20
            if c >= 0x61 && c <= 0x7A {
                h = (h ^ UInt64(c)) &* Words.prime
                length += 1
            } else {
                if length >= 3 && verbs.contains(h) { return i }
                h = Words.offset
                length = 0
            }
            i += 1
        }
        return length >= 3 && verbs.contains(h) ? i : nil
    }

    /// The attribution verbs and "according", for `firstAttributionVerb`.
    static let prefilter = HashSet64((attributionWords + ["according"]).map(Words.hash))

    /// The words that make a claim worth a look for its source (the words pass flags them): verbs that attribute
    /// a statement to someone, and verbs of what documents find or are ("a study published in…").
    static let attributionWords = Array(QuoteAnnotator.reportingVerbs.union(speakingWords).union(documentVerbWords))

    static let speakingWords: Set<String> = [
        "announced", "announces", "revealed", "reveals", "reported", "disclosed", "confirmed", "confirms",
        "stated", "declared", "admitted", "acknowledged", "testified", "estimated", "estimates", "concluded",
        "concludes",
    ]

    /// Verbs that attribute a statement to someone.
    static let attributionVerbs = HashSet64(QuoteAnnotator.reportingVerbs.union(speakingWords).map(Words.hash))

    /// What a document does or has done to it: a source only when its subject is a document ("the study found"),
    /// never a person ("police found").
    static let documentVerbWords: Set<String> = [
        "found", "finds", "showed", "shows", "show", "published", "released", "issued", "suggests",
    ]
    static let documentVerbs = HashSet64(documentVerbWords.map(Words.hash))

    /// Nouns of documents (news usage: "according to a report by…", "said in a statement").
    static let documentNouns = Speakers.set([
        "report", "reports", "study", "studies", "statement", "statements", "survey", "poll", "paper", "analysis",
        "audit", "review", "filing", "filings", "letter", "memo", "memorandum", "document", "documents", "data",
        "figures", "records", "ruling", "judgment", "judgement", "release", "transcript", "census", "assessment",
        "estimates", "forecast", "investigation", "inquiry", "dossier", "testimony", "complaint", "lawsuit",
        "indictment", "minutes", "budget",
    ])
    /// Words after a verb that open a document: "said in a statement", "wrote on its website" is not one.
    static let documentOpeners = Speakers.set(["in", "through", "via"])
    /// Words before a document's author or publisher: "a report by the IMF", "published in Nature".
    static let by = Words.hash("by"), from = Words.hash("from"), of = Words.hash("of"), inWord = Words.hash("in"), at = Words.hash("at")
    static let publishedWords = Speakers.set(["published", "appeared", "printed", "released"])
    /// Lower-case words inside an author's name ("the Ministry of Health", "Bureau for Statistics").
    static let nameJoiners = Speakers.set(["of", "for", "and", "on", "de"])
    /// Words of newspapers', agencies', broadcasters' and journals' names.
    static let publicationWords = Speakers.set([
        "times", "post", "journal", "herald", "tribune", "gazette", "courier", "news", "magazine", "chronicle",
        "observer", "guardian", "telegraph", "economist", "reuters", "bloomberg", "afp", "ap", "bbc", "cnn", "npr",
        "nature", "science", "lancet", "politico", "axios", "daily", "weekly", "monitor", "express", "independent",
        "bulletin", "press", "radio", "television", "tv", "wire", "inquirer", "dispatch", "examiner", "echo",
        "broadcasting", "newspaper", "agency", "forbes", "wsj", "nyt",
    ])
    static let told = Words.hash("told")
    static let tells = Words.hash("tells")
    static let the = Words.hash("the")
}

/// An attribution found in a sentence: the words naming who or what, the kind of source, and for a document
/// its noun and the whole phrase ("a report by the IMF").
struct Attribution {
    var who: Range<Int>
    var kind: Source.Kind
    var what: Range<Int>? = nil
    var phrase: Range<Int>? = nil
}

/// The sources found so far, and how a speaker maps to one: by handle for posts, by surname for people
/// ("Mayor Lena Ortiz", "Ortiz", "Lena Ortiz" are one), by the whole name for organisations and descriptions.
struct SourceIndex {
    static let none = UInt32.max
    var sources: [Source] = []
    private var byKey: [UInt64: Int] = [:]
    private var bySpeaker: [String: Int] = [:]
    /// The source most recently named: for "he said" attributions.
    private(set) var lastSource: (source: Int, block: Int)?

    /// The source of a quotation: its speaker's, made if new. A post's reporting subject ("Russian President
    /// Putin says…") becomes another name of the post.
    mutating func source(for q: SourceQuote, _ t: UnsafeBufferPointer<UInt8>, _ document: Document) -> Int {
        let isPost = q.handle != nil || document.blocks[q.block].kind == .quote
        let who = q.speaker ?? "unnamed"
        // Dialogue quotes the same few speakers again and again: the same words, the same source.
        if !isPost, let known = bySpeaker[who] {
            lastSource = (known, q.block)
            return known
        }
        defer { if !isPost, let last = lastSource { bySpeaker[who] = last.source } }
        let key = q.handle.map { Words.hash("@" + $0.lowercased()) } ?? Self.key(who)
        let line = document.blocks[q.block].line
        let i: Int
        if let known = byKey[key] {
            i = known
            if sources[i].who.count < who.count, !isPost, sources[i].kind != .post { sources[i].who = who }
        } else {
            i = sources.count
            sources.append(Source(who: who, kind: isPost ? .post : .quote, handle: q.handle, block: q.block, line: line))
            byKey[key] = i
        }
        if isPost {
            // The people the post reports: "Putin says he offered…".
            var words: [Word] = []
            Words.split(t, q.words, into: &words)
            for v in words.indices where QuoteAnnotator.reportingVerbHashes.contains(words[v].hash) && v > 0 {
                if let name = Speakers.subject(t, words[...], before: v), Speakers.isName(t, name) {
                    let reported = Self.key(Speakers.textOf(t, name))
                    if byKey[reported] == nil { byKey[reported] = i }
                }
            }
        }
        lastSource = (i, q.block)
        return i
    }

    /// The source of an attribution without quotation marks, made if new: someone, a publication (one whether
    /// "the" opens its name or not), or a document (by its author and its kind: the IMF's report and the IMF's
    /// statement are two).
    mutating func attribution(_ who: String, kind: Source.Kind = .attribution, what: String? = nil, block: Int, line: Int) -> Int {
        var key: UInt64
        switch kind {
        case .publication, .document:
            let name = who.hasPrefix("the ") || who.hasPrefix("The ") ? String(who.dropFirst(4)) : who
            key = Words.hash(name.lowercased())
            if kind == .document { key = (key ^ Words.hash(what ?? "")) &* Words.prime }
        default:
            key = Self.key(who)
        }
        if let known = byKey[key] {
            lastSource = (known, block)
            return known
        }
        let i = sources.count
        sources.append(Source(who: who, kind: kind, handle: nil, what: what, block: block, line: line))
        byKey[key] = i
        lastSource = (i, block)
        return i
    }

    /// The source of a link: one per address.
    mutating func link(_ url: String, what: String?, block: Int, line: Int) -> Int {
        let key = (Words.hash(url) ^ 0x6c696e6b) &* Words.prime
        if let known = byKey[key] { return known }
        let i = sources.count
        sources.append(Source(who: SourceAnnotator.host(url), kind: .link, what: what, url: Sanitiser.singleLine(url), block: block, line: line))
        byKey[key] = i
        return i
    }

    /// A person's surname, or an organisation's or description's whole name, lower-cased and hashed.
    static func key(_ who: String) -> UInt64 {
        // On the bytes, word by word (this runs for every attribution and quotation).
        let upperFirst = who.unicodeScalars.first?.properties.isUppercase == true
        var who = who
        return who.withUTF8 { b -> UInt64 in
            func hash(_ r: Range<Int>) -> UInt64 {
                var h = Words.offset
                for k in r { h = (h ^ UInt64(b[k] >= 0x41 && b[k] <= 0x5A ? b[k] | 0x20 : b[k])) &* Words.prime }
                return h
            }
            var first: Range<Int>?
            var last: Range<Int>?
            var organisation = false
            var i = 0
            while i < b.count {
                while i < b.count && b[i] == 0x20 { i += 1 }
                let start = i
                while i < b.count && b[i] != 0x20 { i += 1 }
                guard i > start else { break }
                let word = start..<i
                if first == nil { first = word }
                last = word
                if Speakers.organisationWords.contains(hash(word)) { organisation = true }
            }
            let isPerson = upperFirst && !Speakers.determiners.contains(first.map(hash) ?? hash(0..<0)) && !organisation
            var name = isPerson ? (last ?? 0..<0) : 0..<b.count
            while name.upperBound > name.lowerBound, b[name.upperBound - 1] == UInt8(ascii: ".") || b[name.upperBound - 1] == UInt8(ascii: ",") {
                name = name.lowerBound..<(name.upperBound - 1)
            }
            return hash(name)
        }
    }
}
