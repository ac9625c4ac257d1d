import SkepticCore

extension AppState {
    // MARK: - Review

    /// The sentence the review keys act on: the one last clicked or jumped to (a click and a jump each replace
    /// the other) while it is on the screen, else the first flagged sentence that starts on the top line.
    var reviewTarget: Int? {
        let start = topOffset
        let bottom = max(screenEndOffset, start + 1)
        for s in [selectedSentence, lastFlagSentence].compactMap({ $0 }) where s < annotations.sentences.count {
            let r = annotations.sentences[s].range
            if r.upperBound > start && r.lowerBound < bottom { return s }
        }
        let next = topLineEnd
        return annotations.sentences.indices.first { i in
            let r = annotations.sentences[i].range
            return r.lowerBound >= start && r.lowerBound < next && !annotations.sentences[i].labels.isDisjoint(with: [.hedged, .vague, .claim])
        }
    }

    /// The reader's entries for this article (from the store, when the article opens).
    public mutating func setReview(_ entries: [ReviewEntry]) {
        review = Review(entries: entries)
        applyReview()
    }

    /// The analysis with the review's word on it, and everything drawn from it made again.
    mutating func applyReview() {
        review.place(in: document, analysis)
        annotations = review.entries.isEmpty ? analysis : review.applied(to: analysis)
        counts = SectionCounts(AnnotatedDocument(document: document, annotations: annotations))
        flags = FlagIndex(annotations)
        layout = DocumentLayout(document: document, width: layout.width, annotations: annotations, highlights: highlights)
        refreshDecorations()
    }

    /// `+`, `-`, `x`, `a`: confirm or dismiss the flag of the target sentence, flag it yourself, or note it.
    mutating func reviewAction(_ action: Action) -> Outcome {
        guard let s = reviewTarget else {
            message = "Select a statement first: click it, or jump to a flag ("
                + [Action.nextHedge, .nextVague, .nextClaim, .nextFlag].map(keys.name).joined(separator: ", ") + ")"
            return .redraw
        }
        switch action {
        case .confirmFlag, .dismissFlag:
            guard !analysis.sentences[s].labels.isDisjoint(with: [.hedged, .vague, .claim]) else {
                message = "The analysis did not flag this statement (\(keys.name(.flagSentence)) flags it yourself)"
                return .redraw
            }
            let verdict: ReviewEntry.Verdict = action == .confirmFlag ? .confirmed : .dismissed
            return change(sentence: s) { entry in
                // The same key again takes the verdict back.
                entry.verdict = entry.verdict == verdict ? nil : verdict
            }
        case .flagSentence:
            jumps.pending = .flagSentence
            message = "flag as: " + keys.hint([([.ownSpeculative], "speculative"), ([.ownVague], "vague"), ([.ownClaim], "claim"),
                                               ([.ownMarked], "marked"), ([.ownNone], "none")])
            return .redraw
        case .addNote:
            prompt = Prompt(kind: .note, origin: top)
            if let k = review.entry(forSentence: s) { prompt?.text = review.entries[k].note ?? "" }
            lastFlagSentence = s
            return .redraw
        case .editNote:
            lastFlagSentence = s
            let note = review.entry(forSentence: s).flatMap { review.entries[$0].note } ?? ""
            return .editNote(note, sentence: document.string(analysis.sentences[s].range))
        default:
            return .none
        }
    }

    /// The letter after `x`.
    mutating func handleOwnFlagKey(_ key: Key) -> Outcome {
        guard let s = reviewTarget else { return .redraw }
        let flags: [Action: ReviewEntry.OwnFlag?] = [.ownSpeculative: .speculative, .ownVague: .vague, .ownClaim: .claim,
                                                     .ownMarked: .marked, .ownNone: nil]
        guard let action = keys.action(for: key, only: .ownFlag), let flag = flags[action] else {
            message = "not flagged (" + [Action.ownSpeculative, .ownVague, .ownClaim, .ownMarked, .ownNone].map(keys.name).joined(separator: ", ") + ")"
            return .redraw
        }
        return change(sentence: s) { $0.ownFlag = flag }
    }

    /// Enter in the note prompt.
    mutating func saveNote(_ text: String) -> Outcome {
        guard let s = reviewTarget else { return .redraw }
        let note = text.trimmingSpaces
        return change(sentence: s) { $0.note = note.isEmpty ? nil : note }
    }

    /// Changes (or makes) the entry of a sentence, applies it, says what was done, and asks for it to be saved.
    private mutating func change(sentence s: Int, _ edit: (inout ReviewEntry) -> Void) -> Outcome {
        let index: Int
        if let k = review.entry(forSentence: s) {
            index = k
        } else {
            review.entries.append(ReviewEntry(anchor: TextAnchor(analysis.sentences[s].range, in: document)))
            index = review.entries.count - 1
        }
        edit(&review.entries[index])
        let entry = review.entries[index]
        applyReview()
        var said: [String] = []
        if let verdict = entry.verdict { said.append(verdict.rawValue) }
        if let own = entry.ownFlag { said.append("your flag: " + own.rawValue) }
        if let note = entry.note { said.append("note: " + Sanitiser.singleLine(note)) }
        message = "sentence \(s + 1): " + (said.isEmpty ? "review cleared" : said.joined(separator: " · "))
        syncTree()
        return .saveReview(entry, index: index)
    }

    // MARK: - Export

    /// The analysis before the review applies, with the document: what an export quotes the review against.
    public var analysed: AnnotatedDocument { AnnotatedDocument(document: document, annotations: analysis) }

    /// `E`: the file-name prompt, filled with a name beside the article's ("article.review.md").
    mutating func openExportPrompt() -> Outcome {
        prompt = Prompt(kind: .exportFile, origin: top)
        prompt?.text = Self.exportName(for: document.name)
        exportReplace = nil
        message = "\(keys.name(.promptAccept)) writes Markdown (a .json name: Web Annotation JSON); \(keys.name(.promptCancel)) cancels"
        return .redraw
    }

    /// Enter in the export prompt.
    mutating func exportReview(to text: String) -> Outcome {
        let path = text.trimmingSpaces
        guard !path.isEmpty else {
            message = "review not exported: no file name"
            return .redraw
        }
        return .exportReview(path: path, replace: exportReplace == path)
    }

    /// The name the export prompt offers: the article's file name without its extension, ".review.md", in the
    /// current folder; for a page, its last path part (or host).
    static func exportName(for name: String) -> String {
        var base = name
        var hasExtension = true
        if let scheme = base.range(of: "://") {
            base = String(base[scheme.upperBound...])
            if let cut = base.firstIndex(where: { $0 == "?" || $0 == "#" }) { base = String(base[..<cut]) }
            while base.hasSuffix("/") { base.removeLast() }
            hasExtension = base.contains("/")  // not a bare host ("example.org")
        }
        base = String(base.split(separator: "/").last ?? "article")
        if hasExtension, let dot = base.lastIndex(of: "."), dot > base.startIndex { base = String(base[..<dot]) }
        let safe = String(base.unicodeScalars.map { scalar -> Character in
            let v = scalar.value
            return v < 0x20 || v == 0x7F || Sanitiser.isControl(scalar) || scalar == " " ? "-" : Character(scalar)
        })
        return (safe.isEmpty || safe == "stdin" || safe == "tour" ? "skeptic" : safe) + ".review.md"
    }
}
