/// `--report --format json`: the same content as the text report, as JSON (schema in the README; fields
/// are only ever added, never renamed). Offsets count Unicode scalars within the block's text.
public enum JSONReport {
    /// Schema version, raised when fields are added.
    public static let version = 1

    public static func render(_ annotated: AnnotatedDocument) -> String {
        let document = annotated.document
        let a = annotated.annotations
        let counts = SectionCounts(annotated)
        let w = JSONWriter()
        w.object {
            w.field("version") { w.number(version) }
            w.field("title") { w.string(document.title) }
            w.field("name") { w.string(document.name) }
            w.field("format") { w.string(document.format.rawValue) }
            w.field("summary") {
                w.object {
                    let t = counts.total[0]
                    w.field("sentences") { w.number(a.sentences.count) }
                    w.field("hedged") { w.number(t.hedged) }
                    w.field("claims") { w.number(t.claim) }
                    w.field("quoteSentences") { w.number(t.quote) }
                    w.field("sourceQuotes") { w.number(a.quotes.filter { $0.repeatOf == nil }.count) }
                    w.field("noiseBlocks") { w.number(t.noise) }
                    w.field("cues") {
                        w.object {
                            for category in CueCategory.allCases {
                                w.field(category.rawValue) { w.number(a.cues.filter { $0.category == category }.count) }
                            }
                        }
                    }
                }
            }
            w.field("sections") {
                w.array(document.sections) { section in
                    w.object {
                        w.field("id") { w.number(section.id) }
                        w.field("title") { w.string(section.title) }
                        w.field("level") { w.number(section.level) }
                        w.field("parent") { section.parent.map { w.number($0) } ?? w.null() }
                        w.field("line") { section.line.map { w.number($0) } ?? w.null() }
                        w.field("counts") { countsObject(counts.own[section.id]) }
                        w.field("totals") { countsObject(counts.total[section.id]) }
                    }
                }
            }
            w.field("blocks") {
                w.array(Array(document.blocks.enumerated())) { (index, block) in
                    blockObject(w, annotated, index, block)
                }
            }
        }
        return w.output + "\n"

        func countsObject(_ c: LabelCounts) {
            w.object {
                w.field("hedged") { w.number(c.hedged) }
                w.field("claim") { w.number(c.claim) }
                w.field("quote") { w.number(c.quote) }
                w.field("noise") { w.number(c.noise) }
            }
        }
    }

    static func kindName(_ kind: Block.Kind) -> String {
        switch kind {
        case .title: return "title"
        case .heading: return "heading"
        case .paragraph: return "paragraph"
        case .listItem: return "listItem"
        case .separator: return "separator"
        case .quote: return "quote"
        case .metadata(let key): return "metadata." + key.rawValue
        case .code: return "code"
        case .caption: return "caption"
        case .table: return "table"
        case .reference: return "reference"
        }
    }

    static func blockObject(_ w: JSONWriter, _ annotated: AnnotatedDocument, _ index: Int, _ block: Block) {
        let document = annotated.document
        let a = annotated.annotations
        let text = document.string(block.range)
        // Byte offset in the document → scalar offset in the block's text.
        func scalarOffset(_ byte: Int) -> Int {
            document.string(block.range.lowerBound..<byte).unicodeScalars.count
        }
        w.object {
            w.field("index") { w.number(index) }
            w.field("kind") { w.string(kindName(block.kind)) }
            if case .heading(let level) = block.kind { w.field("level") { w.number(level) } }
            w.field("section") { w.number(block.section) }
            w.field("line") { w.number(block.line) }
            w.field("noise") { w.bool(index < a.noiseBlocks.count && a.noiseBlocks[index]) }
            w.field("text") { w.string(text) }
            w.field("sentences") {
                w.array(Array(annotated.sentences(ofBlock: index))) { s in
                    w.object {
                        w.field("text") { w.string(document.string(s.range)) }
                        w.field("start") { w.number(scalarOffset(s.range.lowerBound)) }
                        w.field("end") { w.number(scalarOffset(s.range.upperBound)) }
                        w.field("labels") { w.array(s.labels.labels) { w.string($0.rawValue) } }
                        w.field("cues") {
                            w.array(Array(a.cues[s.cues])) { cue in
                                w.object {
                                    w.field("text") { w.string(document.string(cue.range)) }
                                    w.field("start") { w.number(scalarOffset(cue.range.lowerBound)) }
                                    w.field("end") { w.number(scalarOffset(cue.range.upperBound)) }
                                    w.field("category") { w.string(cue.category.rawValue) }
                                }
                            }
                        }
                        if s.labels.contains(.quote), let q = a.quotes.first(where: { $0.block == index && $0.words.overlaps(s.range) }) {
                            w.field("source") {
                                w.object {
                                    w.field("speaker") { q.speaker.map { w.string($0) } ?? w.null() }
                                    w.field("handle") { q.handle.map { w.string($0) } ?? w.null() }
                                    w.field("date") { q.date.map { w.string($0) } ?? w.null() }
                                    w.field("words") { w.string(document.string(q.words)) }
                                    w.field("repeatOf") { q.repeatOf.map { w.number(a.quotes[$0].block) } ?? w.null() }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A small JSON writer: keys in the order written, two-space indentation, strings escaped.
/// A class so that nested closures can all write to the one output.
final class JSONWriter {
    var output = ""
    private var depth = 0
    private var needsComma = [false]

    func object(_ body: () -> Void) {
        output += "{"
        depth += 1
        needsComma.append(false)
        body()
        let hadFields = needsComma.removeLast()
        depth -= 1
        if hadFields { newline() }
        output += "}"
    }

    func array<T>(_ items: [T], _ body: (T) -> Void) {
        output += "["
        guard !items.isEmpty else {
            output += "]"
            return
        }
        depth += 1
        for (i, item) in items.enumerated() {
            if i > 0 { output += "," }
            newline()
            needsComma.append(false)
            body(item)
            needsComma.removeLast()
        }
        depth -= 1
        newline()
        output += "]"
    }

    func field(_ key: String, _ value: () -> Void) {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        newline()
        string(key)
        output += ": "
        value()
    }

    func string(_ s: String) {
        output += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (scalar.value >= 0x80 && scalar.value < 0xA0) {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    func number(_ n: Int) { output += String(n) }
    func bool(_ b: Bool) { output += b ? "true" : "false" }
    func null() { output += "null" }

    private func newline() {
        output += "\n" + String(repeating: "  ", count: depth)
    }
}
