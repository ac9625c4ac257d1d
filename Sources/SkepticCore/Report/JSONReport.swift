/// `--report --format json`: the same content as the text report, as JSON (schema in the README; fields
/// are only ever added, never renamed). Offsets count Unicode scalars within the block's text.
public enum JSONReport {
    /// Schema version, raised when fields are added (2: the vague label, cue labels, the new cue categories;
    /// 3: sources, the sentences' source indexes, sourced and unsourced claims, the quotes' mentions; 4: documents,
    /// publications and links as sources, with their `what`, `url` and `lines`; sentences said twice: `repeatOf` per
    /// sentence and the summary's repeated and restated counts).
    public static let version = 4

    /// The whole report as a string (for tests and small documents; the command line streams with `write`).
    public static func render(_ annotated: AnnotatedDocument) -> String {
        var bytes: [UInt8] = []
        write(annotated) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the report to `sink` in chunks of about 64 KiB, in one pass over the document.
    public static func write(_ annotated: AnnotatedDocument, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        let document = annotated.document
        let a = annotated.annotations
        let counts = SectionCounts(annotated)
        let w = JSONWriter(sink: sink)
        // The quotes of each block.
        var quotesOfBlock: [Int: [Int]] = [:]
        for (i, q) in a.quotes.enumerated() { quotesOfBlock[q.block, default: []].append(i) }
        w.object {
            w.field("version") { w.number(version) }
            w.field("title") { w.string(document.title) }
            w.field("name") { w.string(document.name) }
            w.field("format") { w.string(document.format.rawValue) }
            w.field("extractionNote") {
                if let note = document.extractionNote { w.string(note) } else { w.null() }
            }
            w.field("language") { document.language.map { w.string($0) } ?? w.null() }
            w.field("direction") { document.direction.map { w.string($0.rawValue) } ?? w.null() }
            w.field("summary") { summaryObject(w, annotated, counts.total[0]) }
            w.field("sources") { sourcesArray(w, a, document) }
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
            w.key("blocks")
            w.beginArray()
            writeBlocks(w, annotated, quotesOfBlock)
            w.endArray()
        }
        w.finish()

        func countsObject(_ c: LabelCounts) {
            w.object {
                w.field("hedged") { w.number(c.hedged) }
                w.field("vague") { w.number(c.vague) }
                w.field("claim") { w.number(c.claim) }
                w.field("quote") { w.number(c.quote) }
                w.field("noise") { w.number(c.noise) }
            }
        }
    }

    /// The whole article's counts: sentences by label, sourced claims, cues by category.
    static func summaryObject(_ w: JSONWriter, _ annotated: AnnotatedDocument, _ t: LabelCounts) {
        let a = annotated.annotations
        let sourced = TextReport.sourcedClaims(a)
        var cuesByCategory = [Int](repeating: 0, count: CueCategory.allCases.count)
        for cue in a.cues { cuesByCategory[Int(cue.category.ordinal)] += 1 }
        w.object {
            w.field("sentences") { w.number(a.sentences.count) }
            w.field("hedged") { w.number(t.hedged) }
            w.field("vague") { w.number(t.vague) }
            w.field("claims") { w.number(t.claim) }
            w.field("quoteSentences") { w.number(t.quote) }
            w.field("sourceQuotes") { w.number(a.quotes.filter { $0.repeatOf == nil }.count) }
            w.field("noiseBlocks") { w.number(t.noise) }
            w.field("sourcedClaims") { w.number(sourced) }
            w.field("unsourcedClaims") { w.number(t.claim - sourced) }
            let r = a.repetition
            w.field("repeatedSentences") { w.number(r.repeated) }
            w.field("restatedSentences") { w.number(r.restated) }
            w.field("repeatedQuotes") { w.number(r.repeatedQuotes) }
            w.field("repeatedClaims") { w.number(r.repeatedClaims) }
            w.field("distinctClaims") { w.number(r.claims - r.repeatedClaims) }
            w.field("repeatedClaimsPercent") { w.number(r.claimsPercent) }
            w.field("repeatedTextPercent") { w.number(r.textPercent) }
            w.field("cues") {
                w.object {
                    for category in CueCategory.allCases {
                        w.field(named: category.rawValue) { w.number(cuesByCategory[Int(category.ordinal)]) }
                    }
                }
            }
        }
    }

    /// The article's sources: who or what, of which kind, how many statements rest on each, where first.
    static func sourcesArray(_ w: JSONWriter, _ a: Annotations, _ document: Document) {
        let sources = a.sources
        let lines = TextReport.sourceLines(a, document)
        w.array(sources.indices) { i in
            let source = sources[i]
            w.object {
                w.field("index") { w.number(i) }
                w.field("who") { w.string(source.who) }
                w.field("kind") { w.string(source.kind.rawValue) }
                w.field("handle") { source.handle.map { w.string($0) } ?? w.null() }
                w.field("what") { source.what.map { w.string($0) } ?? w.null() }
                w.field("url") { source.url.map { w.string($0) } ?? w.null() }
                w.field("lines") { w.array(lines[i]) { w.number($0) } }
                w.field("statements") { w.number(source.statements) }
                w.field("quotations") { w.number(source.quotations) }
                w.field("repeats") { w.number(source.repeats) }
                w.field("block") { w.number(source.block) }
                w.field("line") { w.number(source.line) }
            }
        }
    }

    /// The blocks, most of the report, written in parallel windows and handed on in order
    /// (`Parallel.writeInOrder`): each part by a writer that goes on inside the array begun here.
    static func writeBlocks(_ w: JSONWriter, _ annotated: AnnotatedDocument, _ quotesOfBlock: [Int: [Int]]) {
        let blocks = annotated.document.blocks
        let depth = w.currentDepth
        annotated.document.text.withUnsafeBufferPointer { t in
            Parallel.writeInOrder(blocks.count, minimumChunk: 64, weight: { blocks[$0].range.count + 64 }, write: { range in
                var out: [UInt8] = []
                let writer = JSONWriter(sink: { out.append(contentsOf: $0) }, insideArrayAtDepth: depth, hasItems: range.lowerBound > 0)
                for index in range {
                    writer.element()
                    blockObject(writer, annotated, t, index, quotesOfBlock[index] ?? [])
                }
                writer.flush()
                return out
            }, emit: { w.splice($0) })
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

    /// Scalar offsets within a block, counted forward from the last one asked for (the report asks in
    /// order, so a block costs one pass over its bytes, not one per offset).
    struct ScalarCursor {
        let t: UnsafeBufferPointer<UInt8>
        let start: Int
        var byte: Int
        var scalars = 0

        init(_ t: UnsafeBufferPointer<UInt8>, start: Int) {
            self.t = t
            self.start = start
            byte = start
        }

        mutating func offset(_ target: Int) -> Int {
            if target < byte {
                byte = start
                scalars = 0
            }
            // Eight bytes at a time: a scalar starts at every byte that is not a continuation byte (10xxxxxx).
            if let base = t.baseAddress {
                let raw = UnsafeRawPointer(base)
                while byte + 8 <= target {
                    let x = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                    let continuation = x & ~(x << 1) & 0x8080_8080_8080_8080
                    scalars += 8 - continuation.nonzeroBitCount
                    byte += 8
                }
            }
            while byte < target {
                if t[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            return scalars
        }
    }

    static func blockObject(_ w: JSONWriter, _ annotated: AnnotatedDocument, _ t: UnsafeBufferPointer<UInt8>, _ index: Int,
                            _ quotes: [Int]) {
        let document = annotated.document
        let a = annotated.annotations
        let block = document.blocks[index]
        var cursor = ScalarCursor(t, start: block.range.lowerBound)
        func bytes(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: t[r]) }
        w.object {
            w.field("index") { w.number(index) }
            w.field("kind") { w.string(kindName(block.kind)) }
            if case .heading(let level) = block.kind { w.field("level") { w.number(level) } }
            w.field("section") { w.number(block.section) }
            w.field("line") { w.number(block.line) }
            w.field("noise") { w.bool(index < a.noiseBlocks.count && a.noiseBlocks[index]) }
            w.field("text") { w.text(bytes(block.range)) }
            /// "text", "start" and "end" (scalar offsets in the block) of a sentence or a cue.
            func span(_ r: Range<Int>) {
                w.key("text")
                w.text(bytes(r))
                w.key("start")
                w.number(cursor.offset(r.lowerBound))
                w.key("end")
                w.number(cursor.offset(r.upperBound))
            }
            // The sentences and cues, written without a closure per item: this is most of the report.
            w.key("sentences")
            w.beginArray()
            for sentenceIndex in annotated.sentences(ofBlock: index).indices {
                let s = a.sentences[sentenceIndex]
                w.element()
                w.beginObject()
                span(s.range)
                w.key("labels")
                w.beginArray()
                for label in s.labels.labels {
                    w.element()
                    w.quoted(JSONWriter.labelNames[Label.allCases.firstIndex(of: label)!])
                }
                w.endArray()
                w.key("cues")
                w.beginArray()
                for c in s.cues {
                    let cue = a.cues[c]
                    w.element()
                    w.beginObject()
                    span(cue.range)
                    w.key("category")
                    w.quoted(JSONWriter.categoryNames[Int(cue.category.ordinal)])
                    w.key("label")
                    w.quoted(JSONWriter.labelNames[Label.allCases.firstIndex(of: cue.category.label)!])
                    w.endObject()
                }
                w.endArray()
                relations(w, a, sentenceIndex, quotes, t)
                w.endObject()
            }
            w.endArray()
        }
    }

    /// A sentence's links to others: the source it rests on, what it says again, and the quotation it holds.
    static func relations(_ w: JSONWriter, _ a: Annotations, _ sentenceIndex: Int, _ quotes: [Int], _ t: UnsafeBufferPointer<UInt8>) {
        let s = a.sentences[sentenceIndex]
        func bytes(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: t[r]) }
        // The source the sentence rests on (null: a claim that rests on none).
        if let source = a.source(ofSentence: sentenceIndex) {
            w.key("sourceIndex")
            w.number(source)
        } else if s.labels.contains(.claim) {
            w.key("sourceIndex")
            w.null()
        }
        // Said before: the sentence it repeats or restates (its block, its place in the block).
        if let (first, restated) = a.repeatOf(sentence: sentenceIndex) {
            let b = a.sentences[first].block
            w.field("repeatOf") {
                w.object {
                    w.field("block") { w.number(b) }
                    w.field("sentence") { w.number(first - a.blockSentences[b].lowerBound) }
                    w.field("how") { w.string(restated ? "restatement" : "repeat") }
                }
            }
        }
        if s.labels.contains(.quote), let k = quotes.first(where: { a.quotes[$0].words.overlaps(s.range) }) {
            let q = a.quotes[k]
            w.field("source") {
                w.object {
                    w.field("speaker") { q.speaker.map { w.string($0) } ?? w.null() }
                    w.field("mention") { q.mention.map { w.string($0) } ?? w.null() }
                    w.field("handle") { q.handle.map { w.string($0) } ?? w.null() }
                    w.field("date") { q.date.map { w.string($0) } ?? w.null() }
                    w.field("words") { w.text(bytes(q.words)) }
                    w.field("repeatOf") { q.repeatOf.map { w.number(a.quotes[$0].block) } ?? w.null() }
                }
            }
        }
    }
}

/// A JSON writer that streams: keys in the order written, two-space indentation, strings escaped; the
/// bytes go to a sink every 64 KiB, so a 50 MB report is never held whole. A class so that nested closures
/// can all write to the one output.
final class JSONWriter {
    private var buffer = ByteBuffer(capacity: JSONWriter.chunk + 4096)
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void
    private var depth = 0
    private var needsComma = [false]
    static let chunk = 1 << 16

    init(sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.sink = sink
    }

    /// A writer that goes on inside an array begun elsewhere (a part of it written on another thread):
    /// `hasItems` when items came before.
    init(sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void, insideArrayAtDepth depth: Int, hasItems: Bool) {
        self.sink = sink
        self.depth = depth
        needsComma = [hasItems]
    }

    var currentDepth: Int { depth }

    /// Output another writer made for the current array's items (see `init(sink:insideArrayAtDepth:hasItems:)`).
    func splice(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        needsComma[needsComma.count - 1] = true
        if bytes.count < Self.chunk {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.chunk { flush() }
        } else {
            flush()
            bytes.withUnsafeBufferPointer { sink($0) }
        }
    }

    /// Ends the output with a newline and hands the rest to the sink.
    func finish() {
        buffer.append(0x0A)
        flush()
    }

    /// Hands what is buffered to the sink.
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { sink($0) }
        buffer.removeAll()
    }

    @inline(__always)
    private func raw(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    func object(_ body: () -> Void) {
        beginObject()
        body()
        endObject()
    }

    /// The same output as `object` and `array`, for loops that write many small items without a closure each:
    /// `beginObject`, then `key` and a value per field, then `endObject`; `beginArray`, `element` before each
    /// item, `endArray`.
    func beginObject() {
        buffer.append(0x7B)  // {
        depth += 1
        needsComma.append(false)
    }

    func endObject() {
        let hadFields = needsComma.removeLast()
        depth -= 1
        if hadFields { newline() }
        buffer.append(0x7D)  // }
        if buffer.count >= Self.chunk { flush() }
    }

    func key(_ key: StaticString) {
        if needsComma[needsComma.count - 1] { buffer.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        newline()
        buffer.append(0x22)
        raw(key)
        raw("\": ")
    }

    func beginArray() {
        buffer.append(0x5B)  // [
        depth += 1
        needsComma.append(false)
    }

    func element() {
        if needsComma[needsComma.count - 1] { buffer.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    func endArray() {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems { newline() }
        buffer.append(0x5D)  // ]
    }

    func array<C: Collection>(_ items: C, _ body: (C.Element) -> Void) {
        buffer.append(0x5B)  // [
        guard !items.isEmpty else {
            buffer.append(0x5D)
            return
        }
        depth += 1
        var first = true
        for item in items {
            if !first { buffer.append(0x2C) }
            first = false
            newline()
            needsComma.append(false)
            body(item)
            needsComma.removeLast()
        }
        depth -= 1
        newline()
        buffer.append(0x5D)  // ]
    }

    func field(_ key: StaticString, _ value: () -> Void) {
        self.key(key)
        value()
    }

    /// A field whose name is only known at run time (the literal names take the `StaticString` one).
    func field(named key: String, _ value: () -> Void) {
        if needsComma[needsComma.count - 1] { buffer.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        newline()
        string(key)
        raw(": ")
        value()
    }

    func string(_ s: String) {
        var s = s
        s.withUTF8 { text($0) }
    }

    /// UTF-8 text as a JSON string: quotes, backslashes and control characters (C0, DEL, C1) escaped.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(0x22)
        var run = 0  // start of the bytes not yet copied
        var i = 0
        let n = bytes.count
        while i < n {
            // Skip to the next byte that may need escaping.
            i = Self.special.withUnsafeBufferPointer { special in
                var j = i
                while j < n, !special[Int(bytes[j])] { j += 1 }
                return j
            }
            guard i < n else { break }
            let b = bytes[i]
            let c1 = b == 0xC2 && i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] < 0xA0
            let hidden = (b == 0xE2 || b == 0xEF || b == 0xD8) && Sanitiser.hiddenAt(bytes, i)
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F && !c1 && !hidden {
                i += 1
                continue
            }
            if run < i { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            if hidden, let (v, count) = Sanitiser.hiddenScalar(bytes, i) {
                // A bidirectional or invisible character as a \u escape: the same text, no raw control bytes.
                raw("\\u")
                for shift in [12, 8, 4, 0] { buffer.append(Self.hex[Int(v >> UInt32(shift)) & 15]) }
                i += count
                run = i
                continue
            }
            switch b {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            default:
                let v = c1 ? Int(bytes[i + 1]) : Int(b)
                raw("\\u00")
                buffer.append(Self.hex[v >> 4])
                buffer.append(Self.hex[v & 15])
            }
            i += c1 ? 2 : 1
            run = i
        }
        if run < n { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<n])) }
        buffer.append(0x22)
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Names the report writes for every sentence and cue, as JSON strings made once.
    static let labelNames: [[UInt8]] = Label.allCases.map { Array("\"\($0.rawValue)\"".utf8) }
    static let categoryNames: [[UInt8]] = {
        var names = [[UInt8]](repeating: [], count: CueCategory.allCases.count)
        for c in CueCategory.allCases { names[Int(c.ordinal)] = Array("\"\(c.rawValue)\"".utf8) }
        return names
    }()

    /// A JSON string made beforehand (one of the names above), written as it is.
    func quoted(_ json: [UInt8]) { buffer.append(contentsOf: json) }

    /// Bytes that may need escaping: C0 controls, `"`, `\\`, DEL, and the lead bytes of C1 controls (C2)
    /// and of hidden characters (D8, E2, EF); every other byte is copied as it is.
    static let special: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF
    }

    func number(_ n: Int) { buffer.appendDecimal(n) }

    func bool(_ b: Bool) { b ? raw("true") : raw("false") }
    func null() { raw("null") }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private func newline() {
        buffer.append(0x0A)
        var indent = 2 * depth
        while indent > 0 {
            let n = min(indent, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<n])) }
            indent -= n
        }
    }
}
