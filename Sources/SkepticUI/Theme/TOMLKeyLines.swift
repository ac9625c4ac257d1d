/// Where each table header and key of a TOML text is, by line: TOMLKit gives values without positions, so
/// error messages find the line of a key here.
///
/// A light scan, not a parser (the text has already parsed): it knows headers (`[a.b]`, `[[a]]`), dotted
/// and quoted keys, comments, strings (with multi-line ones skipped) and values that span lines (arrays,
/// inline tables), so lines inside them are not taken for keys. Keys inside an inline table are not
/// indexed: they are on the line of the table's own key, which `line(of:)` falls back to.
struct TOMLKeyLines: Sendable {
    /// Each header or key with the full path it defines and its 1-based line, in file order.
    private(set) var entries: [(path: [String], line: Int)] = []

    init(_ text: String) {
        var table: [String] = []
        var scanner = ValueScanner()
        var number = 0
        // By scalars: as Characters, "\r\n" is one, which a split at "\n" would not see.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = Substring(rawLine.last == "\r" ? rawLine.dropLast() : rawLine)
            guard scanner.atTop else {
                scanner.scan(line)
                continue
            }
            let body = line.drop { $0 == " " || $0 == "\t" }
            if body.hasPrefix("[") {
                let inner = body.drop { $0 == "[" }
                table = Self.keyPath(Self.prefix(of: inner, upTo: "]"))
                entries.append((table, number))
            } else if let key = Self.prefix(of: body, upTo: "="), key.count < body.count {
                let path = Self.keyPath(key)
                guard !path.isEmpty, !path.contains("") else { continue }
                entries.append((table + path, number))
                scanner.scan(body.dropFirst(key.count + 1))
            }
        }
    }

    /// The line defining `path`; else the first line defining something inside it (`[colours.claim]` for
    /// `colours`); else the line of its nearest ancestor (a `claim = { … }` for `roles.claim.fg`); nil when
    /// none is in the text.
    func line(of path: [String]) -> Int? {
        if let exact = entries.first(where: { $0.path == path }) { return exact.line }
        if let inside = entries.first(where: { $0.path.starts(with: path) }) { return inside.line }
        let ancestors = entries.filter { path.starts(with: $0.path) }
        return ancestors.max { $0.path.count < $1.path.count }?.line
    }

    // MARK: - Keys

    /// The text before the first `stop` outside quotes; nil if there is none.
    private static func prefix(of text: Substring, upTo stop: Character) -> Substring? {
        var quote: Character?
        for i in text.indices {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == stop {
                return text[..<i]
            } else if c == "#" {
                return nil
            }
        }
        return nil
    }

    /// The parts of a dotted key, quotes removed: `roles. "claim" .fg` is `["roles", "claim", "fg"]`.
    private static func keyPath(_ key: Substring?) -> [String] {
        guard let key else { return [] }
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in key {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "." {
                parts.append(current)
                current = ""
            } else if c != " " && c != "\t" {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }

    // MARK: - Values

    /// Follows strings, comments and brackets through values so that their inner lines are skipped.
    private struct ValueScanner {
        /// The delimiter of the multi-line string the scan is inside (`"""` or `'''`).
        var multiline: String?
        /// Open `[` and `{` of a value.
        var depth = 0

        /// Whether the next line starts outside any value, where headers and keys are.
        var atTop: Bool { multiline == nil && depth == 0 }

        mutating func scan(_ text: Substring) {
            var rest = text
            while !rest.isEmpty {
                if let delimiter = multiline {
                    guard let end = rest.firstRange(of: delimiter) else { return }
                    rest = rest[end.upperBound...]
                    multiline = nil
                    continue
                }
                let c = rest.first!
                if rest.hasPrefix("\"\"\"") || rest.hasPrefix("'''") {
                    multiline = String(rest.prefix(3))
                    rest = rest.dropFirst(3)
                } else if c == "\"" || c == "'" {
                    rest = Self.afterString(rest.dropFirst(), closedBy: c)
                } else if c == "#" {
                    return
                } else {
                    if c == "[" || c == "{" { depth += 1 }
                    if c == "]" || c == "}" { depth = max(0, depth - 1) }
                    rest = rest.dropFirst()
                }
            }
        }

        /// The text after a one-line string's closing quote (backslash escapes only in basic strings).
        private static func afterString(_ text: Substring, closedBy quote: Character) -> Substring {
            var escaped = false
            for i in text.indices {
                let c = text[i]
                if escaped {
                    escaped = false
                } else if c == "\\" && quote == "\"" {
                    escaped = true
                } else if c == quote {
                    return text[text.index(after: i)...]
                }
            }
            return text[text.endIndex...]
        }
    }
}
