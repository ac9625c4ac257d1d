import SkepticCore

/// A group of the review list (`L`), in the order they are listed.
public enum ReviewGroup: String, Sendable, CaseIterable, Hashable {
    case speculative, vague, claims, unsourced, quotes, yours
    /// Entries whose sentence is not in the article as it is now (it changed): kept, listed last.
    case notFound

    /// The analysis' label its statements count as: Enter on one makes the status line count that kind.
    public var label: Label? {
        switch self {
        case .speculative: return .hedged
        case .vague: return .vague
        case .claims, .unsourced: return .claim
        case .quotes: return .quote
        case .yours, .notFound: return nil
        }
    }

    /// The group's name in a header ("Unsourced claims (3)").
    public var title: String {
        switch self {
        case .speculative: return "Speculative"
        case .vague: return "Vague"
        case .claims: return "Claims"
        case .unsourced: return "Unsourced claims"
        case .quotes: return "Quotes"
        case .yours: return "Your flags"
        case .notFound: return "Not found in the article as it is now"
        }
    }

    /// "1 claim", "3 claims", "2 speculative": a count of the group's statements, singular or plural.
    public func counted(_ n: Int) -> String {
        let (one, many): (String, String)
        switch self {
        case .speculative: (one, many) = ("speculative", "speculative")
        case .vague: (one, many) = ("vague", "vague")
        case .claims: (one, many) = ("claim", "claims")
        case .unsourced: (one, many) = ("unsourced", "unsourced")
        case .quotes: (one, many) = ("quote", "quotes")
        case .yours: (one, many) = ("own flag", "own flags")
        case .notFound: (one, many) = ("not found", "not found")
        }
        return "\(n) \(n == 1 ? one : many)"
    }
}

/// One statement of the review list: a sentence of the article, or a review entry (by its index) whose
/// sentence is not in the article as it is now.
public enum ReviewItem: Sendable, Hashable {
    case sentence(Int)
    case orphan(Int)
}

extension AppState {
    // MARK: - The review list (`L`)

    /// The groups of the review list, in order: speculative, vague, claims, unsourced claims, quotes — the
    /// analysis' flags (dismissed ones too, so that a verdict can be taken back) and the reader's own — then
    /// every statement the reader flagged (marked ones too), and last the entries not found in the article as it
    /// is now (never dropped); empty groups left out. The list's filters keep
    /// only unreviewed statements or those with a note, and only one group.
    public var reviewGroups: [(group: ReviewGroup, items: [ReviewItem])] {
        let filter = flagList.filter
        func keeps(_ group: ReviewGroup, _ entry: ReviewEntry?) -> Bool {
            (flagList.group == nil || flagList.group == group) && filter.keeps(entry)
        }
        func entry(_ s: Int) -> ReviewEntry? { review.entry(forSentence: s).map { review.entries[$0] } }
        func labelled(_ label: Label) -> [Int] {
            let set = LabelSet(label)
            return annotations.sentences.indices.filter { i in
                annotations.sentences[i].labels.contains(set) || analysis.sentences.count > i && analysis.sentences[i].labels.contains(set)
            }
        }
        var out: [(group: ReviewGroup, items: [ReviewItem])] = []
        func add(_ group: ReviewGroup, _ sentences: [Int]) {
            let items = sentences.filter { keeps(group, entry($0)) }.map(ReviewItem.sentence)
            if !items.isEmpty { out.append((group, items)) }
        }
        let claims = labelled(.claim)
        add(.speculative, labelled(.hedged))
        add(.vague, labelled(.vague))
        add(.claims, claims)
        add(.unsourced, claims.filter { annotations.source(ofSentence: $0) == nil })
        add(.quotes, labelled(.quote))
        let own = review.entries.indices.compactMap { k -> Int? in
            guard review.entries[k].ownFlag != nil, k < review.placed.count, let s = review.placed[k], s < annotations.sentences.count
            else { return nil }
            return s
        }
        add(.yours, Array(Set(own)).sorted())
        let orphans = review.entries.indices.filter { k in
            k < review.placed.count && review.placed[k] == nil && keeps(.notFound, review.entries[k])
        }
        if !orphans.isEmpty { out.append((.notFound, orphans.map(ReviewItem.orphan))) }
        return out
    }

    /// "✓✎": a review entry's marks for the list.
    static func marker(_ entry: ReviewEntry) -> String {
        var out = ""
        if entry.verdict == .confirmed { out += "✓" }
        if entry.verdict == .dismissed { out += "✗" }
        if entry.ownFlag != nil { out += "⚑" }
        if !(entry.note ?? "").isEmpty { out += "✎" }
        return out
    }

    /// What the status line says of the list's selected entry: the reader's flag, the verdict, the note.
    static func detail(_ entry: ReviewEntry) -> String? {
        var parts: [String] = []
        if let own = entry.ownFlag { parts.append("your flag: " + own.rawValue) }
        if let verdict = entry.verdict { parts.append(verdict.rawValue) }
        if let note = entry.note, !note.isEmpty { parts.append("✎ " + Sanitiser.singleLine(note)) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The character where a sentence's first cue of a label starts, if it has one.
    func firstCueColumn(_ s: Int, _ label: Label) -> Int? {
        let sentence = annotations.sentences[s]
        guard let cue = annotations.cues[sentence.cues].first(where: { $0.category.label == label }) else { return nil }
        return document.string(sentence.range.lowerBound..<cue.range.lowerBound).count
    }

    /// The display row of the list's entry `n`: entries, plus a header row before each group.
    func flagRow(ofEntry n: Int) -> Int {
        var n = n
        var row = 0
        for group in reviewGroups {
            row += 1
            if n < group.items.count { return row + n }
            n -= group.items.count
            row += group.items.count
        }
        return row
    }

    /// Keeps the list's cursor row in view (with its group's header when it is the group's first entry).
    mutating func scrollFlagsToCursor() {
        let height = max(1, pageHeight - 2)
        let row = flagRow(ofEntry: flagList.cursor)
        if row < flagList.scroll + 1 { flagList.scroll = max(0, row - 1) }
        if row >= flagList.scroll + height { flagList.scroll = row - height + 1 }
    }

    /// The list's entry `n` (counted over all groups): its group and its statement.
    func flagEntry(_ n: Int) -> (ReviewGroup, ReviewItem)? {
        var n = n
        for group in reviewGroups {
            if n < group.items.count { return (group.group, group.items[n]) }
            n -= group.items.count
        }
        return nil
    }

    /// Where the list's cursor starts: in the first group of the kind the status line counts, at the
    /// reading position.
    func flagListStart() -> Int {
        let start = topOffset
        var before = 0
        for group in reviewGroups {
            if group.group.label == flagKind {
                let k = group.items.lastIndex { item in
                    guard case .sentence(let s) = item else { return false }
                    return annotations.sentences[s].range.lowerBound <= start
                } ?? 0
                return before + k
            }
            before += group.items.count
        }
        return 0
    }

    /// Enter in the list: a sentence is jumped to (the status line then counts its group's kind).
    mutating func jumpFromFlagList() {
        guard let (group, item) = flagEntry(flagList.cursor) else {
            flagList.isOpen = false
            return
        }
        switch item {
        case .sentence(let s):
            jump(toSentence: s)
            if let label = group.label { flagList.kind = label }
            flagList.isOpen = false
        case .orphan:
            message = "Not in the article as it is now: nowhere to jump"
        }
    }

    /// `l` in the list: only one group, the next one in turn, then all again.
    mutating func cycleFlagListGroup() {
        let present = Set(reviewGroupsUnfilteredByGroup())
        let order = ReviewGroup.allCases.filter { present.contains($0) }
        if let current = flagList.group, let i = order.firstIndex(of: current), i + 1 < order.count {
            flagList.group = order[i + 1]
        } else if flagList.group == nil, let first = order.first {
            flagList.group = first
        } else {
            flagList.group = nil
        }
        flagList.cursor = 0
        flagList.scroll = 0
    }

    /// The groups there are with the other filter (unreviewed, noted) but every group.
    private func reviewGroupsUnfilteredByGroup() -> [ReviewGroup] {
        var all = self
        all.flagList.group = nil
        return all.reviewGroups.map(\.group)
    }

    /// The list's rows as the frame draws them (a header per group, then its statements; the cursor counts
    /// statements only) and each group's size. Only the rows in view are made: a long article's list has
    /// tens of thousands of statements, and this runs for every frame while the list is open.
    func reviewListRows() -> (rows: [FlagRow], totals: [(ReviewGroup, Int)]) {
        let window = flagList.scroll..<(flagList.scroll + max(1, pageHeight - 2))
        var rows: [FlagRow] = []
        var totals: [(ReviewGroup, Int)] = []
        var n = 0
        var row = 0
        for group in reviewGroups {
            totals.append((group.group, group.items.count))
            if window.contains(row) {
                rows.append(FlagRow(number: 0, section: "", text: "", isCursor: false, label: group.group.label ?? .hedged, isHeader: true,
                                    group: group.group))
            }
            row += 1
            // The group's items in view, if any.
            let first = max(0, window.lowerBound - row), last = min(group.items.count, window.upperBound - row)
            if first < last {
                for k in first..<last {
                    rows.append(flagRow(group, k, group.items[k], isCursor: n + k == flagList.cursor))
                }
            }
            row += group.items.count
            n += group.items.count
        }
        return (rows, totals)
    }

    /// The row of the `k`th statement of a group.
    private func flagRow(_ group: (group: ReviewGroup, items: [ReviewItem]), _ k: Int, _ item: ReviewItem, isCursor: Bool) -> FlagRow {
        switch item {
        case .sentence(let s):
            let sentence = annotations.sentences[s]
            let section = document.sections[document.blocks[sentence.block].section].title
            var row = FlagRow(number: k + 1, section: section, text: Sanitiser.singleLine(document.string(sentence.range)),
                              isCursor: isCursor, label: group.group.label ?? .hedged, isHeader: false, group: group.group)
            row.cueColumn = group.group.label.flatMap { firstCueColumn(s, $0) }
            if let e = review.entry(forSentence: s) {
                row.marker = Self.marker(review.entries[e])
                row.detail = Self.detail(review.entries[e])
            }
            return row
        case .orphan(let e):
            let entry = review.entries[e]
            var row = FlagRow(number: k + 1, section: "", text: Sanitiser.singleLine(entry.anchor.exact),
                              isCursor: isCursor, isHeader: false, group: group.group)
            row.marker = Self.marker(entry)
            row.detail = Self.detail(entry)
            return row
        }
    }
}
