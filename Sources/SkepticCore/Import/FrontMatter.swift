import TOMLKit
import Yams

/// Front matter at the top of a Markdown file: YAML between `---` lines or TOML between `+++` lines.
/// Its title, date, author and tags become metadata; the block itself is not part of the text.
struct FrontMatter {
    var title: String?
    var date: String?
    var author: String?
    var keywords: String?
    var site: String?
    /// Where the front matter ends: the byte after its closing line, and the number of lines it took.
    var end = 0
    var lines = 0
    /// It was there but did not parse (shown as nothing; the article still opens).
    var malformed = false
    /// The 1-based line of the `title` key (the title line's source line), else 1.
    var titleLine = 1

    /// Finds and parses front matter at the start of `bytes` (a BOM has been removed already).
    static func parse(_ bytes: [UInt8]) -> FrontMatter? {
        guard bytes.count >= 3 else { return nil }
        let fence: [UInt8]
        if bytes.starts(with: Array("---".utf8)) {
            fence = Array("---".utf8)
        } else if bytes.starts(with: Array("+++".utf8)) {
            fence = Array("+++".utf8)
        } else {
            return nil
        }
        // The opening line is the fence alone.
        guard let firstEnd = bytes.firstIndex(of: 0x0A),
              bytes[3..<firstEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return nil }
        var lineStart = firstEnd + 1
        var lineCount = 1
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            lineCount += 1
            let line = bytes[lineStart..<lineEnd]
            let trimmed = line.last == 0x0D ? line.dropLast() : line
            if trimmed.elementsEqual(fence) || (fence[0] == UInt8(ascii: "-") && trimmed.elementsEqual(Array("...".utf8))) {
                let body = String(decoding: bytes[(firstEnd + 1)..<lineStart], as: UTF8.self)
                var matter = fence[0] == UInt8(ascii: "+") ? toml(body) : yaml(body)
                matter.end = min(bytes.count, lineEnd + 1)
                matter.lines = lineCount
                matter.titleLine = Self.line(ofKey: "title", in: body).map { $0 + 1 } ?? 1
                return matter
            }
            if lineEnd >= bytes.count { break }
            lineStart = lineEnd + 1
            // Front matter is short; a long "---" block is a thematic break and text.
            if lineCount > 400 { return nil }
        }
        return nil
    }

    private static func yaml(_ body: String) -> FrontMatter {
        var matter = FrontMatter()
        guard let node = try? Yams.compose(yaml: body), let mapping = node.mapping else {
            matter.malformed = true
            return matter
        }
        func scalar(_ keys: [String]) -> String? {
            for key in keys {
                guard let value = mapping[key] else { continue }
                if let s = value.scalar?.string, !s.isEmpty { return s }
                if let list = value.sequence {
                    let items = list.compactMap { $0.scalar?.string ?? $0.mapping?["name"]?.scalar?.string }
                    if !items.isEmpty { return items.joined(separator: ", ") }
                }
                if let name = value.mapping?["name"]?.scalar?.string { return name }
            }
            return nil
        }
        matter.title = scalar(["title"])
        matter.date = scalar(["date", "published", "pubDate", "publishDate"])
        matter.author = scalar(["author", "authors", "byline"]).map(names)
        matter.keywords = scalar(["tags", "keywords", "categories"])
        matter.site = scalar(["site", "site_name", "publication"])
        return matter
    }

    private static func toml(_ body: String) -> FrontMatter {
        var matter = FrontMatter()
        guard let table = try? TOMLDocument.parse(body) else {
            matter.malformed = true
            return matter
        }
        func scalar(_ keys: [String]) -> String? {
            for key in keys {
                guard let value = table[key] else { continue }
                if let s = value.string, !s.isEmpty { return s }
                // Dates as written in the file, not as TOMLKit reformats them.
                if value.date != nil || value.dateTime != nil, let raw = rawValue(of: key, in: body) { return raw }
                if let date = value.date { return "\(date.year)-\(pad(date.month))-\(pad(date.day))" }
                if let list = value.array {
                    let items = list.compactMap { $0.string }
                    if !items.isEmpty { return items.joined(separator: ", ") }
                }
            }
            return nil
        }
        matter.title = scalar(["title"])
        matter.date = scalar(["date", "published", "publishDate"])
        matter.author = scalar(["author", "authors"]).map(names)
        matter.keywords = scalar(["tags", "keywords", "categories"])
        matter.site = scalar(["site", "site_name"])
        return matter
    }

    /// The 1-based line of the body on which `key` is set at the top level ("title:" or "title =").
    static func line(ofKey key: String, in body: String) -> Int? {
        for (k, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(key) {
            let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            if rest.first == ":" || rest.first == "=" { return k + 1 }
        }
        return nil
    }

    // MARK: - Authors

    /// Authors as they read: each comma-separated entry that is clearly a slug ("alex-soble") as a name
    /// ("Alex Soble"); names written as names are kept.
    static func names(_ authors: String) -> String {
        authors.split(separator: ",").map { entry in
            let trimmed = String(entry).trimmingSpaces
            return name(fromSlug: trimmed) ?? trimmed
        }.joined(separator: ", ")
    }

    /// "alex-soble" → "Alex Soble", "mary_ann-o" → "Mary Ann O": lower-case letters in two or more parts joined
    /// by `-` or `_`, nothing else. Anything else (a name, a handle such as "jdoe", "team-2024") is nil.
    static func name(fromSlug slug: String) -> String? {
        let parts = slug.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLowercase && $0.isLetter } }) else { return nil }
        return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The text after `key =` on its line, for values whose form should be kept.
    private static func rawValue(of key: String, in body: String) -> String? {
        for line in body.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix(key), let eq = trimmed.firstIndex(of: "=") else { continue }
            guard trimmed[trimmed.index(trimmed.startIndex, offsetBy: key.count)..<eq].allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            var value = trimmed[trimmed.index(after: eq)...]
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            let clean = String(value).trimmingSpaces
            return clean.isEmpty ? nil : clean
        }
        return nil
    }

    private static func pad(_ n: some BinaryInteger) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
