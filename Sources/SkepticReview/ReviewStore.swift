import CSQLite
import SkepticCore
#if canImport(Glibc)
import Glibc
#endif

/// Why the review database could not be used. `message` is the one place that writes the user's text.
public enum ReviewStoreError: Error, Equatable, Sendable {
    /// The file is not a database, or is damaged: it is left as it is.
    case unreadable(path: String, reason: String)
    /// Made by a newer Skeptic: its schema is not known here, and it is left as it is.
    case newerVersion(path: String, version: Int)
    case failed(path: String, reason: String)

    public var message: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read the review database (\(reason)); it is left as it is"
        case .newerVersion(let path, let version):
            return "\(path): the review database is from a newer Skeptic (schema \(version), this one knows \(ReviewStore.schemaVersion)); it is left as it is"
        case .failed(let path, let reason): return "\(path): cannot save the review: \(reason)"
        }
    }

    /// The same, short enough for the reader's status line at 80 columns (the database by its file name):
    /// what is wrong with it, that it is left as it is, and that the review is not kept.
    public var statusLine: String {
        switch self {
        case .unreadable(let path, _): return "\(Self.fileName(path)) damaged: left as is, review not kept"
        case .newerVersion(let path, _): return "\(Self.fileName(path)) is from a newer Skeptic: review not kept"
        case .failed(let path, let reason): return "\(Self.fileName(path)): review not saved: \(reason)"
        }
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// The reader's reviews in SQLite under `$XDG_DATA_HOME/skeptic/skeptic.db`: WAL mode (readers and one
/// writer at a time, several processes), one transaction per change, a schema version (`user_version`) with
/// migrations. Articles are keyed by identity (their path, later their URL) with a content hash beside it.
/// A class: it owns the connection.
public final class ReviewStore {
    public static let schemaVersion = 2
    public let path: String
    private var db: OpaquePointer?
    /// Set when the database is found damaged (on opening, or by any statement later): from then on
    /// `transaction`, which every change goes through, refuses to write.
    private var damage: ReviewStoreError?

    /// Each migration takes the schema from version `index` to `index + 1`.
    static let migrations: [String] = [
        """
        CREATE TABLE articles (id INTEGER PRIMARY KEY, identity TEXT NOT NULL UNIQUE, content_hash TEXT, title TEXT);
        CREATE TABLE entries (id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id),
            exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, position INTEGER NOT NULL,
            verdict TEXT, own_flag TEXT, note TEXT,
            created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
        CREATE INDEX entries_article ON entries(article);
        """,
        // The reader's history and library (ReviewStore+Browsing.swift).
        """
        CREATE TABLE visits (id INTEGER PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL,
            visited TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
        CREATE INDEX visits_source ON visits(source);
        CREATE TABLE library (source TEXT PRIMARY KEY, content_key TEXT, title TEXT NOT NULL, words INTEGER NOT NULL,
            sentences INTEGER NOT NULL, speculative INTEGER NOT NULL, vague INTEGER NOT NULL, unsourced INTEGER NOT NULL,
            analysed TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
        """,
    ]

    /// Opens (or creates) the database at `path`, making its folder if needed, and brings its schema up to date.
    public init(path: String) throws(ReviewStoreError) {
        self.path = path
        var folder = ""
        for part in path.split(separator: "/").dropLast() {
            folder += "/" + part
            mkdir(folder, 0o700)
        }
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        db = handle
        guard status == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            db = nil
            throw .unreadable(path: path, reason: reason)
        }
        sqlite3_busy_timeout(db, 5000)
        do {
            let version = try integer("PRAGMA user_version")
            if version > Self.schemaVersion { throw ReviewStoreError.newerVersion(path: path, version: version) }
            // Before anything is written (the journal mode, a migration, a visit): a database damaged in
            // pages the first reads do not touch is refused too, and left as it is.
            try checkHealth()
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
            try execute("PRAGMA foreign_keys = ON")
            if version < Self.schemaVersion { try migrate(from: version) }
        } catch let error as ReviewStoreError {
            close()
            throw error
        } catch {
            close()
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    deinit { close() }

    public func close() {
        if let db { sqlite3_close(db) }
        db = nil
    }

    /// The database's place: `$XDG_DATA_HOME/skeptic/skeptic.db`, else `~/.local/share/skeptic/skeptic.db`.
    public static func defaultPath(dataHome: String?, home: String?) -> String? {
        if let dataHome, dataHome.hasPrefix("/") { return dataHome + "/skeptic/skeptic.db" }
        guard let home, !home.isEmpty else { return nil }
        return home + "/.local/share/skeptic/skeptic.db"
    }

    // MARK: - Entries

    /// The entries of an article, oldest first.
    public func entries(identity: String) throws(ReviewStoreError) -> [ReviewEntry] {
        var out: [ReviewEntry] = []
        try query("""
            SELECT e.id, e.exact, e.prefix, e.suffix, e.position, e.verdict, e.own_flag, e.note
            FROM entries e JOIN articles a ON a.id = e.article WHERE a.identity = ?1 ORDER BY e.id
            """, [identity]) { row in
            let anchor = TextAnchor(exact: row.text(1) ?? "", prefix: row.text(2) ?? "", suffix: row.text(3) ?? "",
                                    position: Int(row.integer(4)))
            out.append(ReviewEntry(id: row.integer(0), anchor: anchor, verdict: row.text(5).flatMap(ReviewEntry.Verdict.init),
                                   ownFlag: row.text(6).flatMap(ReviewEntry.OwnFlag.init), note: row.text(7)))
        }
        return out
    }

    /// Saves one entry in one transaction (inserting it, updating it, or deleting it when it is empty) and
    /// returns it with its id.
    @discardableResult
    public func save(_ entry: ReviewEntry, identity: String, contentHash: String?, title: String) throws(ReviewStoreError) -> ReviewEntry {
        var entry = entry
        try transaction { () throws(ReviewStoreError) in
            try run("INSERT INTO articles(identity, content_hash, title) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT(identity) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title",
                    [identity, contentHash, title])
            let article = try integer("SELECT id FROM articles WHERE identity = ?1", [identity])
            if let id = entry.id {
                if entry.isEmpty {
                    try run("DELETE FROM entries WHERE id = ?1", [String(id)])
                    entry.id = nil
                } else {
                    try run("""
                        UPDATE entries SET exact = ?2, prefix = ?3, suffix = ?4, position = ?5, verdict = ?6, own_flag = ?7,
                        note = ?8, updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1
                        """, [String(id), entry.anchor.exact, entry.anchor.prefix, entry.anchor.suffix, String(entry.anchor.position),
                              entry.verdict?.rawValue, entry.ownFlag?.rawValue, entry.note])
                }
            } else if !entry.isEmpty {
                try run("""
                    INSERT INTO entries(article, exact, prefix, suffix, position, verdict, own_flag, note)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                    """, [String(article), entry.anchor.exact, entry.anchor.prefix, entry.anchor.suffix, String(entry.anchor.position),
                          entry.verdict?.rawValue, entry.ownFlag?.rawValue, entry.note])
                entry.id = sqlite3_last_insert_rowid(db)
            }
        }
        return entry
    }

    // MARK: - SQL

    private func migrate(from version: Int) throws(ReviewStoreError) {
        for v in version..<Self.schemaVersion {
            try transaction { () throws(ReviewStoreError) in
                try execute(Self.migrations[v])
                try execute("PRAGMA user_version = \(v + 1)")
            }
        }
    }

    /// `PRAGMA quick_check` (every page and b-tree, without the slower index cross-checks): anything but
    /// "ok" marks the store damaged.
    private func checkHealth() throws(ReviewStoreError) {
        var result: [String] = []
        try query("PRAGMA quick_check(1)") { result.append($0.text(0) ?? "") }
        guard result == ["ok"] else {
            let error = ReviewStoreError.unreadable(path: path, reason: "database disk image is malformed")
            damage = error
            throw error
        }
    }

    /// The one way a change is written: refused once the database is known to be damaged.
    func transaction(_ body: () throws(ReviewStoreError) -> Void) throws(ReviewStoreError) {
        if let damage { throw damage }
        try execute("BEGIN IMMEDIATE")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            _ = sqlite3_exec(db, "ROLLBACK", nil, nil, nil)
            throw error
        }
    }

    private func execute(_ sql: String) throws(ReviewStoreError) {
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &message) != SQLITE_OK {
            let reason = message.map { String(cString: $0) } ?? "error"
            sqlite3_free(message)
            throw failure(reason)
        }
    }

    private func failure(_ reason: String) -> ReviewStoreError {
        let code = db.map { sqlite3_errcode($0) } ?? SQLITE_ERROR
        guard code == SQLITE_NOTADB || code == SQLITE_CORRUPT else { return .failed(path: path, reason: reason) }
        let error = ReviewStoreError.unreadable(path: path, reason: reason)
        damage = error
        return error
    }

    /// A row of a query's result.
    struct Row {
        let statement: OpaquePointer
        func integer(_ i: Int32) -> Int64 { sqlite3_column_int64(statement, i) }
        func text(_ i: Int32) -> String? {
            guard sqlite3_column_type(statement, i) != SQLITE_NULL, let p = sqlite3_column_text(statement, i) else { return nil }
            return String(cString: p)
        }
    }

    func query(_ sql: String, _ values: [String?] = [], _ each: (Row) -> Void) throws(ReviewStoreError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure(db.map { String(cString: sqlite3_errmsg($0)) } ?? "error")
        }
        defer { sqlite3_finalize(statement) }
        for (i, value) in values.enumerated() {
            if let value { sk_bind_text(statement, Int32(i + 1), value) } else { sqlite3_bind_null(statement, Int32(i + 1)) }
        }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_ROW { each(Row(statement: statement)); continue }
            if status == SQLITE_DONE { return }
            throw failure(String(cString: sqlite3_errmsg(db)))
        }
    }

    func run(_ sql: String, _ values: [String?]) throws(ReviewStoreError) {
        try query(sql, values) { _ in }
    }

    func integer(_ sql: String, _ values: [String?] = []) throws(ReviewStoreError) -> Int {
        var value = 0
        try query(sql, values) { value = Int($0.integer(0)) }
        return value
    }
}
