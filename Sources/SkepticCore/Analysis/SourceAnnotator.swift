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
            for chunk in found {
                for (s, mention) in chunk {
                    let block = annotations.sentences[Int(s)].block
                    let who = Speakers.textOf(t, mention)
                    if Speakers.pronouns.contains(Words.hash(who.lowercased())) {
                        // "he said the plan…": the source last named in this paragraph or the one before.
                        if let last = index.lastSource, last.block >= block - 1 { sentenceSource[Int(s)] = UInt32(last.source) }
                        continue
                    }
                    sentenceSource[Int(s)] = UInt32(index.attribution(who, block: block, line: document.blocks[block].line))
                }
            }
            Self.paraphrases(annotations, quoteSource, &sentenceSource)
        }
        // The evidence was only a step towards the labels and sources.
        annotations.claimEvidence = []
        for s in sentenceSource.indices where sentenceSource[s] != SourceIndex.none {
            index.sources[Int(sentenceSource[s])].statements += 1
        }
        annotations.sources = index.sources
        annotations.sentenceSources = index.sources.isEmpty ? [] : sentenceSource
    }

    /// Per chunk of blocks: claim sentences with no source yet and the speaker of the attribution in them.
    static func attributions(_ t: UnsafeBufferPointer<UInt8>, _ document: Document, _ annotations: Annotations,
                             _ sentenceSource: [UInt32]) -> [[(UInt32, Range<Int>)]] {
        Parallel.map(document.blocks.count, minimumChunk: 2000) { part -> [(UInt32, Range<Int>)] in
            var out: [(UInt32, Range<Int>)] = []
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

    /// The speaker of a sentence's attribution: "according to X", "X said (that) …", "…, X said", "said X".
    static func attribution(_ t: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<Word>) -> Range<Int>? {
        for v in words.indices {
            let h = words[v].hash
            if h == Speakers.according, v + 2 < words.endIndex, words[v + 1].hash == Speakers.to {
                if let who = Speakers.forward(t, words, from: v + 2, allowingPrepositions: true) { return who }
                continue
            }
            // A capitalised verb inside a sentence is a name's word ("the United States").
            guard attributionVerbs.contains(h), !words[v].capitalised || v == words.startIndex else { continue }
            if v > words.startIndex, let who = Speakers.subject(t, words, before: v) { return who }
            if v + 1 < words.endIndex, let who = Speakers.forward(t, words, from: v + 1, allowingPrepositions: false),
               Speakers.isName(t, who) || Speakers.pronouns.contains(words[v + 1].hash) {
                return who
            }
        }
        return nil
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

    static let attributionWords = Array(QuoteAnnotator.reportingVerbs.union([
        "announced", "announces", "revealed", "reveals", "reported", "disclosed", "confirmed", "confirms",
        "stated", "declared", "admitted", "acknowledged", "testified",
    ]))

    /// Verbs that attribute a statement to someone.
    static let attributionVerbs = HashSet64(attributionWords.map(Words.hash))
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

    /// The source of an attribution without quotation marks, made if new.
    mutating func attribution(_ who: String, block: Int, line: Int) -> Int {
        let key = Self.key(who)
        if let known = byKey[key] {
            lastSource = (known, block)
            return known
        }
        let i = sources.count
        sources.append(Source(who: who, kind: .attribution, handle: nil, block: block, line: line))
        byKey[key] = i
        lastSource = (i, block)
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
