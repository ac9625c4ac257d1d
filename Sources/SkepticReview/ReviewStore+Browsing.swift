import SkepticCore

/// The reader's history (the articles opened, most recent first) and library (what the analysis of each
/// found), kept in the review database so that they survive restarts and are shared by readers at once.
extension ReviewStore {
    /// What the analysis of an article found, and the content it was found in (nil for a page).
    @dynamicMemberLookup
    public struct StoredSummary: Sendable, Equatable {
        public var contentKey: String?
        public var counts: ArticleCounts

        public init(contentKey: String?, _ counts: ArticleCounts) {
            self.contentKey = contentKey
            self.counts = counts
        }

        public init(contentKey: String?, title: String, words: Int, sentences: Int, speculative: Int, vague: Int, unsourced: Int) {
            self.init(contentKey: contentKey, ArticleCounts(title: title, words: words, sentences: sentences,
                                                            speculative: speculative, vague: vague, unsourced: unsourced))
        }

        public subscript<T>(dynamicMember path: WritableKeyPath<ArticleCounts, T>) -> T {
            get { counts[keyPath: path] }
            set { counts[keyPath: path] = newValue }
        }
    }

    /// The visits kept: older ones go.
    static let keptVisits = 1000

    /// Records that an article was opened.
    public func recordVisit(source: String, title: String) throws(ReviewStoreError) {
        try transaction { () throws(ReviewStoreError) in
            try run("INSERT INTO visits(source, title) VALUES (?1, ?2)", [source, title])
            try run("DELETE FROM visits WHERE id <= (SELECT MAX(id) FROM visits) - ?1", [String(Self.keptVisits)])
        }
    }

    /// The articles opened, each once (at its last visit), most recent first.
    public func history(limit: Int = 200) throws(ReviewStoreError) -> [Visit] {
        var out: [Visit] = []
        try query("""
            SELECT v.source, v.title, v.visited FROM visits v
            JOIN (SELECT MAX(id) AS id FROM visits GROUP BY source) last ON last.id = v.id
            ORDER BY v.id DESC LIMIT ?1
            """, [String(limit)]) { row in
            out.append(Visit(source: row.text(0) ?? "", title: row.text(1) ?? "", visited: row.text(2) ?? ""))
        }
        return out
    }

    /// Which of `sources` have been opened (a feed's items read).
    public func visited(_ sources: [String]) throws(ReviewStoreError) -> Set<String> {
        let wanted = Set(sources)
        var out: Set<String> = []
        try query("SELECT DISTINCT source FROM visits") { row in
            if let s = row.text(0), wanted.contains(s) { out.insert(s) }
        }
        return out
    }

    /// Keeps what the analysis of an article found.
    public func saveSummary(_ summary: StoredSummary, source: String) throws(ReviewStoreError) {
        try transaction { () throws(ReviewStoreError) in
            try run("""
                INSERT INTO library(source, content_key, title, words, sentences, speculative, vague, unsourced)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT(source) DO UPDATE SET content_key = excluded.content_key, title = excluded.title, words = excluded.words,
                sentences = excluded.sentences, speculative = excluded.speculative, vague = excluded.vague,
                unsourced = excluded.unsourced, analysed = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                """, [source, summary.contentKey, summary.title, String(summary.words), String(summary.sentences),
                      String(summary.speculative), String(summary.vague), String(summary.unsourced)])
        }
    }

    /// The kept summaries of `sources`, by source.
    public func summaries(_ sources: [String]) throws(ReviewStoreError) -> [String: StoredSummary] {
        let wanted = Set(sources)
        var out: [String: StoredSummary] = [:]
        try query("SELECT source, content_key, title, words, sentences, speculative, vague, unsourced FROM library") { row in
            guard let source = row.text(0), wanted.contains(source) else { return }
            out[source] = StoredSummary(contentKey: row.text(1), title: row.text(2) ?? "", words: Int(row.integer(3)),
                                        sentences: Int(row.integer(4)), speculative: Int(row.integer(5)), vague: Int(row.integer(6)),
                                        unsourced: Int(row.integer(7)))
        }
        return out
    }

    /// The entries of the reader's review of each of `identities`, by identity.
    public func reviewedCounts(_ identities: [String]) throws(ReviewStoreError) -> [String: Int] {
        let wanted = Set(identities)
        var out: [String: Int] = [:]
        try query("SELECT a.identity, COUNT(e.id) FROM articles a JOIN entries e ON e.article = a.id GROUP BY a.identity") { row in
            if let identity = row.text(0), wanted.contains(identity) { out[identity] = Int(row.integer(1)) }
        }
        return out
    }
}
