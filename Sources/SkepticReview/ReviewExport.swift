import Foundation
import SkepticCore

/// `--export md` and `--export json`: the reader's review of an article, as a Markdown document or as W3C
/// Web Annotation JSON-LD (TextQuoteSelector and TextPositionSelector, so that tools that read that model
/// can import it).
public enum ReviewExport {
    /// The `source` an export names: a page's address as it is, a file's path as a `file://` URL.
    public static func source(forIdentity identity: String) -> String {
        if identity.hasPrefix("http://") || identity.hasPrefix("https://") { return identity }
        return URL(fileURLWithPath: identity).absoluteString
    }

    /// A Markdown review: title, source, date; the summary counts; per section the flagged statements
    /// quoted with their label, cues, verdict and note; entries that found no sentence at the end.
    public static func markdown(_ annotated: AnnotatedDocument, review: Review, source: String, date: Date = Date()) -> String {
        let document = annotated.document
        let analysis = annotated.annotations
        let applied = review.applied(to: analysis)
        let counts = SectionCounts(AnnotatedDocument(document: document, annotations: applied)).total[0]
        let entries = review.entries
        var out = "# Review: \(Sanitiser.singleLine(document.title))\n\n"
        out += "- Source: \(Sanitiser.singleLine(source))\n- Exported: \(iso8601(date))\n"
        let dismissed = entries.filter { $0.verdict == .dismissed }.count
        let confirmed = entries.filter { $0.verdict == .confirmed }.count
        let notes = entries.filter { !($0.note ?? "").isEmpty }.count
        out += "- Summary: \(counts.hedged) speculative, \(counts.vague) vague, \(counts.claim) claims; "
        out += "\(confirmed) confirmed, \(dismissed) dismissed, \(entries.filter { $0.ownFlag != nil }.count) flagged by the reader, \(notes) notes\n"
        for section in document.sections {
            var lines: [String] = []
            for block in section.firstBlock..<section.endBlock where document.blocks[block].section == section.id {
                let range = block < analysis.blockSentences.count ? analysis.blockSentences[block] : 0..<0
                for s in range {
                    let k = review.entry(forSentence: s)
                    let labels = analysis.sentences[s].labels
                    guard k != nil || !labels.isDisjoint(with: [.hedged, .vague]) else { continue }
                    lines.append(item(document, analysis, s, k.map { entries[$0] }))
                }
            }
            guard !lines.isEmpty else { continue }
            out += "\n## \(Sanitiser.singleLine(section.title))\n\n" + lines.joined(separator: "\n")
        }
        let orphans = review.orphans
        if !orphans.isEmpty {
            out += "\n## Not found in the article as it is now\n\n"
            out += orphans.map { "> \(Sanitiser.singleLine($0.anchor.exact))\n\n" + details($0, label: nil, cues: "") }.joined(separator: "\n")
        }
        return out
    }

    static func item(_ document: Document, _ a: Annotations, _ s: Int, _ entry: ReviewEntry?) -> String {
        let sentence = a.sentences[s]
        // Every label the statement has ("speculative, claim"), not only the first.
        let names = [(Label.hedged, "speculative"), (.vague, "vague"), (.claim, "claim")].filter { sentence.labels.contains(LabelSet($0.0)) }
        let label = names.isEmpty ? nil : names.map(\.1).joined(separator: ", ")
        let cues = a.cues[sentence.cues].map { Sanitiser.singleLine(document.string($0.range)) + " (" + $0.category.rawValue + ")" }
        let text = "> \(Sanitiser.singleLine(document.string(sentence.range)))\n\n"
        return text + details(entry, label: label, cues: cues.joined(separator: ", "))
    }

    static func details(_ entry: ReviewEntry?, label: String?, cues: String) -> String {
        var parts: [String] = []
        if let label { parts.append("label: \(label)") }
        if !cues.isEmpty { parts.append("cues: \(cues)") }
        if let own = entry?.ownFlag { parts.append("your flag: \(own.rawValue)") }
        parts.append("verdict: \(entry?.verdict?.rawValue ?? "unreviewed")")
        var out = "- " + parts.joined(separator: " · ") + "\n"
        if let note = entry?.note, !note.isEmpty { out += "- note: \(Sanitiser.singleLine(note))\n" }
        return out
    }

    /// The entries as a W3C Web Annotation collection (JSON-LD): one annotation per entry, its target the
    /// article (`source`, a URI) selected by quote (exact, prefix, suffix) and by position (Unicode scalars
    /// from the start of the article's text) — of its sentence where it is found now, so that the selectors
    /// fit the article as it is; an entry found nowhere keeps the selectors it was stored with (its position
    /// counted in the text as it is now) and says `"skeptic:orphaned": true`. Bodies for the verdict
    /// (assessing), own flag (tagging) and note (commenting).
    public static func webAnnotations(_ annotated: AnnotatedDocument, review: Review, source: String, date: Date = Date()) -> String {
        let document = annotated.document
        let sentences = annotated.annotations.sentences
        var review = review
        if review.placed.count != review.entries.count { review.place(in: document, annotated.annotations) }
        let items: [[String: Any]] = review.entries.indices.map { k in
            let entry = review.entries[k]
            var bodies: [[String: Any]] = []
            if let verdict = entry.verdict { bodies.append(["type": "TextualBody", "purpose": "assessing", "value": verdict.rawValue]) }
            if let own = entry.ownFlag { bodies.append(["type": "TextualBody", "purpose": "tagging", "value": own.rawValue]) }
            if let note = entry.note, !note.isEmpty { bodies.append(["type": "TextualBody", "purpose": "commenting", "value": note]) }
            let found = review.placed[k].flatMap { $0 < sentences.count ? sentences[$0].range : nil }
            let anchor = found.map { TextAnchor($0, in: document) } ?? entry.anchor
            let start = scalars(document, to: anchor.position)
            let end = start + anchor.exact.unicodeScalars.count
            var annotation: [String: Any] = [
                "type": "Annotation",
                "motivation": entry.note.map { $0.isEmpty ? "assessing" : "commenting" } ?? (entry.verdict != nil ? "assessing" : "highlighting"),
                "body": bodies,
                "target": ["source": source, "selector": [
                    ["type": "TextQuoteSelector", "exact": anchor.exact, "prefix": anchor.prefix, "suffix": anchor.suffix],
                    ["type": "TextPositionSelector", "start": start, "end": end],
                ]] as [String: Any],
            ]
            if let id = entry.id { annotation["id"] = "urn:skeptic:review:\(id)" }
            if found == nil { annotation["skeptic:orphaned"] = true }
            return annotation
        }
        let collection: [String: Any] = [
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "AnnotationCollection",
            "label": "Review: " + document.title,
            "generated": iso8601(date),
            "total": items.count,
            "first": ["type": "AnnotationPage", "items": items] as [String: Any],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: collection, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Unicode scalars in the document's text before a byte offset.
    static func scalars(_ document: Document, to offset: Int) -> Int {
        var count = 0
        for b in document.text.prefix(min(offset, document.text.count)) where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `--export training`: the reader's verdicts as lines of the hedge development data's format, which
    /// `skeptic-eval --train` reads beside the shipped files. On a speculative statement, a line with cues
    /// (`{"text", "hedged", "cues", "source", "doc"}`, offsets in Unicode scalars of the sentence), as the
    /// news and biomedical files mark speculation: a confirmed flag is speculative with its cues, a dismissed
    /// one plain, a sentence the reader flagged speculative speculative with no cue the lexicon knows. On a
    /// vague statement (not speculative), a line without cues, as the Wikipedia file marks "speculative or
    /// vague": a confirmed flag or the reader's own vague flag is uncertain, a dismissed one plain.
    public static func trainingLines(_ annotated: AnnotatedDocument, review: Review, source: String) -> String {
        let document = annotated.document
        let a = annotated.annotations
        var out = ""
        for (k, entry) in review.entries.enumerated() {
            guard k < review.placed.count, let s = review.placed[k] else { continue }
            let sentence = a.sentences[s]
            let speculative = sentence.labels.contains(.hedged), vague = sentence.labels.contains(.vague)
            let hedged: Bool, cued: Bool
            if entry.ownFlag == .speculative {
                (hedged, cued) = (true, true)
            } else if entry.ownFlag == .vague {
                (hedged, cued) = (true, false)
            } else if let verdict = entry.verdict, speculative || vague {
                (hedged, cued) = (verdict == .confirmed, speculative)
            } else {
                continue
            }
            var row: [String: Any] = ["text": document.string(sentence.range), "hedged": hedged, "source": "skeptic-review", "doc": source]
            if cued {
                row["cues"] = hedged && speculative ? a.cues[sentence.cues].filter { $0.category.label == .hedged }.map { cue in
                    let start = document.string(sentence.range.lowerBound..<cue.range.lowerBound).unicodeScalars.count
                    return [start, start + document.string(cue.range).unicodeScalars.count]
                } : [[Int]]()
            }
            if let data = try? JSONSerialization.data(withJSONObject: row, options: [.sortedKeys, .withoutEscapingSlashes]) {
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        return out
    }
}
