/// Cue words a reader never wants flagged (`[cues] mute = ["some", "many"]` in the config): the analysis
/// with those cues taken out, and a sentence that had no other cue of its kind no longer speculative or vague.
public struct CueMute: Sendable, Equatable {
    /// The muted cues, lower case, spaces between words ("critics say").
    public let words: Set<String>

    public init(_ words: [String]) {
        self.words = Set(words.map { $0.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .filter { !$0.isEmpty })
    }

    public var isEmpty: Bool { words.isEmpty }

    /// `annotations` without the muted cues; labels follow what is left.
    public func apply(to annotations: Annotations, in document: Document) -> Annotations {
        guard !words.isEmpty else { return annotations }
        var out = annotations
        var cues: [Cue] = []
        cues.reserveCapacity(annotations.cues.count)
        for s in out.sentences.indices {
            let sentence = out.sentences[s]
            let first = cues.count
            var removed: Set<Label> = []
            for cue in annotations.cues[sentence.cues] {
                let text = document.string(cue.range).lowercased().replacingAll("’", with: "'")
                if words.contains(text.split(separator: " ").joined(separator: " ")) {
                    removed.insert(cue.category.label)
                } else {
                    cues.append(cue)
                }
            }
            out.sentences[s].cues = first..<cues.count
            let left = cues[first..<cues.count]
            for label in removed where !left.contains(where: { $0.category.label == label }) {
                out.sentences[s].labels.remove(LabelSet(label))
            }
        }
        out.cues = cues
        return out
    }
}
