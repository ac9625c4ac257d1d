/// Counts of labelled sentences.
public struct LabelCounts: Sendable, Equatable {
    public var hedged = 0
    public var vague = 0
    public var claim = 0
    public var quote = 0
    public var noise = 0

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
                for sentence in annotated.sentences(ofBlock: b) { own[section].add(sentence.labels) }
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

    /// Writes the report to `sink` in chunks of about 64 KiB, in one pass over the sections.
    public static func write(_ annotated: AnnotatedDocument, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        let document = annotated.document
        let a = annotated.annotations
        let counts = SectionCounts(annotated)
        let total = counts.total[0]
        var out = document.title + "\n"
        if let note = document.extractionNote { out += "(" + note + ")\n" }
        func flush(_ force: Bool = false) {
            guard force || out.utf8.count >= 1 << 16 else { return }
            out.withUTF8 { sink($0) }
            out = ""
        }
        out += "\(a.sentences.count) sentences: \(total.hedged) hedged (speculative), \(total.vague) vague, \(total.claim) claims, "
        out += "\(a.quotes.filter { $0.repeatOf == nil }.count) source quotes, \(total.noise) noise blocks\n"
        var byCategory = [Int](repeating: 0, count: CueCategory.allCases.count)
        for cue in a.cues { byCategory[Int(cue.category.ordinal)] += 1 }
        let categories = CueCategory.allCases.compactMap { c in
            byCategory[Int(c.ordinal)] > 0 ? "\(c.rawValue) \(byCategory[Int(c.ordinal)])" : nil
        }
        if !categories.isEmpty { out += "Cues: " + categories.joined(separator: ", ") + "\n" }
        out += "Legend: ? speculative (hedged) statement, with its cues in ⟨ ⟩ · ~ vague statement · ! claim · ❝ source quote\n"
        // The quotes of each section, in one pass (not a scan of every quote per section).
        var quotesOfSection = [[Int]](repeating: [], count: document.sections.count)
        for (i, q) in a.quotes.enumerated() {
            let section = document.blocks[q.block].section
            if section < quotesOfSection.count { quotesOfSection[section].append(i) }
        }

        for section in document.sections {
            let blocks = (section.firstBlock..<section.endBlock).filter { document.blocks[$0].section == section.id }
            let sentences = blocks.flatMap { annotated.sentences(ofBlock: $0) }
            let quotes = quotesOfSection[section.id]
            let c = counts.own[section.id]
            out += "\n" + String(repeating: "#", count: section.level + 1) + " " + section.title
            out += section.line.map { "  (line \($0))" } ?? ""
            out += "\n   \(c.hedged) hedged · \(c.vague) vague · \(c.claim) claims · \(quotes.count) quotes\n"
            for s in sentences where s.labels.contains(.hedged) {
                out += "   ? " + marked(annotated, s, .hedged) + "\n"
            }
            for s in sentences where s.labels.contains(.vague) && !s.labels.contains(.hedged) {
                out += "   ~ " + marked(annotated, s, .vague) + "\n"
            }
            for s in sentences where s.labels.contains(.claim) && !s.labels.contains(.hedged) && !s.labels.contains(.quote) {
                out += "   ! " + Sanitiser.singleLine(document.string(s.range)) + "\n"
            }
            for k in quotes {
                let q = a.quotes[k]
                var line = "   ❝ " + Sanitiser.singleLine(document.string(q.words))
                let source = [q.speaker, q.handle, q.date].compactMap { $0 }.joined(separator: ", ")
                if !source.isEmpty { line += " — " + source }
                if let earlier = q.repeatOf { line += "  (repeats quote \(earlier + 1))" }
                out += line + "\n"
            }
            flush()
        }
        flush(true)
    }

    /// A sentence with its cues of one label between ⟨ ⟩.
    static func marked(_ annotated: AnnotatedDocument, _ s: Sentence, _ label: Label) -> String {
        let document = annotated.document
        var out = ""
        var at = s.range.lowerBound
        for cue in annotated.annotations.cues[s.cues] where cue.category.label == label {
            out += document.string(at..<cue.range.lowerBound) + "⟨" + document.string(cue.range) + "⟩"
            at = cue.range.upperBound
        }
        out += document.string(at..<s.range.upperBound)
        return Sanitiser.singleLine(out)
    }
}
