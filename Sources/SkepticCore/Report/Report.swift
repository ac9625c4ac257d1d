/// Counts of labelled sentences.
public struct LabelCounts: Sendable, Equatable {
    public var hedged = 0
    public var vague = 0
    public var claim = 0
    public var quote = 0
    public var noise = 0
    /// Claims that rest on a source (the tree's "!12/3").
    public var sourced = 0

    public init() {}

    mutating func add(_ labels: LabelSet) {
        if labels.contains(.hedged) { hedged += 1 }
        if labels.contains(.vague) { vague += 1 }
        if labels.contains(.claim) { claim += 1 }
        if labels.contains(.quote) { quote += 1 }
        if labels.contains(.noise) { noise += 1 }
    }

    mutating func add(_ other: LabelCounts) {
        hedged += other.hedged
        vague += other.vague
        claim += other.claim
        quote += other.quote
        noise += other.noise
        sourced += other.sourced
    }
}

/// Per-section counts, own blocks and with subsections; shared by the reports and the reader's tree.
public struct SectionCounts: Sendable {
    /// Sentences in the section's own blocks (noise counts blocks).
    public let own: [LabelCounts]
    /// Including every subsection.
    public let total: [LabelCounts]

    public init(_ annotated: AnnotatedDocument) {
        let document = annotated.document
        var own = [LabelCounts](repeating: LabelCounts(), count: document.sections.count)
        // By index and field, not `for block in`: copying each block (and section) retained and released its
        // strings — before the first screen too, where nothing is analysed yet and the counts are all zero.
        let annotations = annotated.annotations
        if !annotations.sentences.isEmpty || annotations.noiseBlocks.contains(true) {
            let blocks = document.blocks
            for b in blocks.indices {
                let section = blocks[b].section
                if b < annotations.noiseBlocks.count, annotations.noiseBlocks[b] { own[section].noise += 1 }
                guard b < annotations.blockSentences.count else { continue }
                for s in annotations.blockSentences[b] {
                    let labels = annotations.sentences[s].labels
                    own[section].add(labels)
                    if labels.contains(.claim), annotations.source(ofSentence: s) != nil { own[section].sourced += 1 }
                }
            }
        }
        var total = own
        // Sections are in document order, children after parents: add each to its parent from the end.
        let sections = document.sections
        for i in sections.indices.reversed() {
            if let parent = sections[i].parent { total[parent].add(total[sections[i].id]) }
        }
        self.own = own
        self.total = total
    }
}

/// `--report`: the summary, then per section the flagged statements, claims and source quotes.
public enum TextReport {
    /// The whole report as a string (for tests and small documents; the command line streams with `write`).
    public static func render(_ annotated: AnnotatedDocument) -> String {
        var bytes: [UInt8] = []
        write(annotated) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the report to `sink` in chunks of about 64 KiB, in one pass over the sections, straight from
    /// the document's bytes.
    public static func write(_ annotated: AnnotatedDocument, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        let document = annotated.document
        let a = annotated.annotations
        let counts = SectionCounts(annotated)
        let total = counts.total[0]
        var out = ReportOutput(sink: sink)
        out.raw(document.title + "\n")
        if let note = document.extractionNote { out.raw("(" + note + ")\n") }
        out.raw("\(a.sentences.count) sentences: \(total.hedged) hedged (speculative), \(total.vague) vague, \(total.claim) claims, ")
        out.raw("\(sourcedClaims(a)) sourced, ")
        out.raw("\(a.quotes.filter { $0.repeatOf == nil }.count) source quotes, \(total.noise) noise blocks\n")
        var byCategory = [Int](repeating: 0, count: CueCategory.allCases.count)
        for cue in a.cues { byCategory[Int(cue.category.ordinal)] += 1 }
        let categories = CueCategory.allCases.compactMap { c in
            byCategory[Int(c.ordinal)] > 0 ? "\(c.rawValue) \(byCategory[Int(c.ordinal)])" : nil
        }
        if !categories.isEmpty { out.raw("Cues: " + categories.joined(separator: ", ") + "\n") }
        out.raw("Legend: ? speculative (hedged) statement, with its cues in ⟨ ⟩ · ~ vague statement · ! claim (← [n]: the source it rests on) · ❝ source quote\n")
        out.raw(sourcesSection(a, document))
        out.raw(repetitionLine(a.repetition))
        // The quotes of each section, in one pass (not a scan of every quote per section).
        var quotesOfSection = [[Int]](repeating: [], count: document.sections.count)
        for (i, q) in a.quotes.enumerated() {
            let section = document.blocks[q.block].section
            if section < quotesOfSection.count { quotesOfSection[section].append(i) }
        }
        // Sections written in parallel windows, handed on in order (see `Parallel.writeInOrder`).
        let sections = document.sections
        var ownBytes = [Int](repeating: 64, count: sections.count)
        for block in document.blocks where block.section < ownBytes.count { ownBytes[block.section] += block.range.count }
        document.text.withUnsafeBufferPointer { t in
            Parallel.writeInOrder(sections.count, minimumChunk: 8, weight: { ownBytes[$0] }, write: { range in
                var bytes: [UInt8] = []
                var local = ReportOutput { bytes.append(contentsOf: $0) }
                for k in range {
                    let section = sections[k]
                    writeSection(section, annotated, counts.own[section.id], quotesOfSection[section.id], t, &local)
                }
                local.flush(force: true)
                return bytes
            }, emit: { part in part.withUnsafeBufferPointer { out.splice($0) } })
        }
        out.flush(force: true)
    }

    /// One section: its heading and counts, then its speculative, vague-only and claim sentences and its quotes.
    static func writeSection(_ section: Section, _ annotated: AnnotatedDocument, _ c: LabelCounts, _ quotes: [Int],
                             _ t: UnsafeBufferPointer<UInt8>, _ out: inout ReportOutput) {
        let document = annotated.document
        let a = annotated.annotations
        let blocks = (section.firstBlock..<section.endBlock).filter { document.blocks[$0].section == section.id }
        out.byte(0x0A)
        for _ in 0...section.level { out.byte(0x23) }  // #
        out.byte(0x20)
        out.raw(section.title)
        if let line = section.line {
            out.raw("  (line ")
            out.number(line)
            out.byte(0x29)
        }
        out.raw("\n   \(c.hedged) hedged · \(c.vague) vague · \(c.claim) claims · \(quotes.count) quotes\n")
        func line(_ prefix: StaticString, _ k: Int, marking label: Label?, source: Int? = nil) {
            let s = a.sentences[k]
            out.raw(prefix)
            var line = SingleLine()
            var at = s.range.lowerBound
            if let label {
                for cue in a.cues[s.cues] where cue.category.label == label {
                    line.text(UnsafeBufferPointer(rebasing: t[at..<cue.range.lowerBound]), into: &out)
                    line.mark("⟨", into: &out)
                    line.text(UnsafeBufferPointer(rebasing: t[cue.range]), into: &out)
                    line.mark("⟩", into: &out)
                    at = cue.range.upperBound
                }
            }
            line.text(UnsafeBufferPointer(rebasing: t[at..<s.range.upperBound]), into: &out)
            if let source {
                out.raw("  ← [")
                out.number(source + 1)
                out.byte(0x5D)  // ]
            }
            // Said before: "(repeats line 5)", "(restates line 5)".
            if let (first, restated) = a.repeatOf(sentence: k) {
                out.raw(restated ? "  (restates line " : "  (repeats line ")
                out.number(document.blocks[a.sentences[first].block].line)
                out.byte(0x29)
            }
            out.byte(0x0A)
        }
        let indexes = blocks.flatMap { annotated.sentences(ofBlock: $0).indices }
        for k in indexes where a.sentences[k].labels.contains(.hedged) { line("   ? ", k, marking: .hedged) }
        for k in indexes where a.sentences[k].labels.contains(.vague) && !a.sentences[k].labels.contains(.hedged) {
            line("   ~ ", k, marking: .vague)
        }
        for k in indexes {
            let s = a.sentences[k]
            guard s.labels.contains(.claim) && !s.labels.contains(.hedged) && !s.labels.contains(.quote) else { continue }
            line("   ! ", k, marking: nil, source: a.source(ofSentence: k))
        }
        for k in quotes {
            let q = a.quotes[k]
            out.raw("   ❝ ")
            var words = SingleLine()
            words.text(UnsafeBufferPointer(rebasing: t[q.words]), into: &out)
            let source = [q.speaker, q.handle, q.date].compactMap { $0 }.joined(separator: ", ")
            if !source.isEmpty {
                out.raw(" — ")
                out.raw(source)
            }
            if let earlier = q.repeatOf {
                out.raw("  (repeats quote ")
                out.number(earlier + 1)
                out.byte(0x29)
            }
            out.byte(0x0A)
        }
    }

    /// Claims that rest on a source.
    static func sourcedClaims(_ a: Annotations) -> Int {
        guard !a.sentenceSources.isEmpty else { return 0 }
        return a.sentences.indices.reduce(0) { n, s in
            n + (a.sentences[s].labels.contains(.claim) && a.sentenceSources[s] != UInt32.max ? 1 : 0)
        }
    }

    /// "Sources (2):" and a line per source: who, kind (a document's what, a link's address), statements resting
    /// on it, quotations, the lines they are on.
    static func sourcesSection(_ a: Annotations, _ document: Document) -> String {
        guard !a.sources.isEmpty else { return "Sources: none named\n" }
        var out = "Sources (\(a.sources.count)):\n"
        let lines = sourceLines(a, document)
        for (i, source) in a.sources.enumerated() {
            out += "   [\(i + 1)] " + Sanitiser.singleLine(source.who) + (source.handle.map { " (\($0))" } ?? "")
            out += " — \(source.kind.rawValue)"
            if let what = source.what { out += " (" + Sanitiser.singleLine(what) + ")" }
            if let url = source.url { out += " <" + Sanitiser.singleLine(url) + ">" }
            out += ", \(source.statements) statement\(source.statements == 1 ? "" : "s")"
            if source.quotations > 0 {
                out += ", \(source.quotations) quotation\(source.quotations == 1 ? "" : "s")"
                if source.repeats > 0 { out += " (\(source.repeats) repeated)" }
            }
            let shown = lines[i].isEmpty ? [source.line] : lines[i]
            out += shown.count == 1 ? ", line \(shown[0])\n" : ", lines " + shown.prefix(12).map(String.init).joined(separator: ", ")
                + (shown.count > 12 ? ", …\n" : "\n")
        }
        return out
    }

    /// "Said twice: …": how many sentences repeat or restate an earlier one, and how much of the claims and text.
    static func repetitionLine(_ r: Repetition) -> String {
        guard r.repeated + r.restated + r.repeatedQuotes > 0 else { return "Said twice: nothing\n" }
        return "Said twice: \(r.repeated) sentence\(r.repeated == 1 ? "" : "s") repeat\(r.repeated == 1 ? "s" : "") an earlier one, "
            + "\(r.restated) restate\(r.restated == 1 ? "s" : "") one in other words, \(r.repeatedQuotes) quotation\(r.repeatedQuotes == 1 ? "" : "s") repeated"
            + " — \(r.repeatedClaims) of \(r.claims) claims "
            + "(\(r.claimsPercent)%), \(r.textPercent)% of the text; \(r.claims - r.repeatedClaims) claims counted once\n"
    }

    /// Per source, the source lines of the blocks whose sentences rest on it (in order, each once).
    public static func sourceLines(_ a: Annotations, _ document: Document) -> [[Int]] {
        var out = [[Int]](repeating: [], count: a.sources.count)
        for (s, k) in a.sentenceSources.enumerated() where k != UInt32.max && Int(k) < out.count {
            let line = document.blocks[a.sentences[s].block].line
            if out[Int(k)].last != line { out[Int(k)].append(line) }
        }
        return out
    }
}
