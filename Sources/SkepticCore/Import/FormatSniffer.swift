/// Chooses an article's format: by its file extension, else by its first bytes (`<!doctype html`, `<html`,
/// front matter, Markdown headings, fences or links), else plain text.
public enum FormatSniffer {
    /// The format a file extension names, if it names one.
    public static func format(forPath path: String) -> Document.Format? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdx", "rmd", "qmd": return .markdown
        case "html", "htm", "xhtml", "shtml", "mhtml": return .html
        case "txt", "text": return .plainText
        default: return nil
        }
    }

    /// The format the opening bytes suggest.
    public static func sniff(_ bytes: [UInt8]) -> Document.Format {
        // UTF-16 with a BOM: look at the opening's ASCII half.
        if bytes.count >= 4, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let offset = bytes[0] == 0xFF ? 2 : 3
            return sniff(Array(stride(from: offset, to: min(bytes.count, 4096), by: 2).map { bytes[$0] }))
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 1024)], as: UTF8.self)
        let lower = head.lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<?xml") && lower.contains("<html")
            || (lower.hasPrefix("<!--") && (lower.contains("<html") || lower.contains("<!doctype html")))
            || lower.hasPrefix("<head") || lower.hasPrefix("<body") {
            return .html
        }
        if start == 0 || start == 3, bytes.count > start + 3 {
            let fence = head.prefix(4)
            if fence == "---\n" || fence == "+++\n" || head.hasPrefix("---\r\n") || head.hasPrefix("+++\r\n") {
                // Front matter: a closing fence within the opening.
                let rest = head.dropFirst(4)
                if rest.contains("\n" + head.prefix(3)) { return .markdown }
            }
        }
        // Markdown's marks at the start of lines: ATX headings, fences, or several links.
        var score = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: true).prefix(40) {
            if line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ") { score += 2 }
            if line.hasPrefix("```") || line.hasPrefix("~~~") { score += 2 }
            if line.contains("](") { score += 1 }
            if line.hasPrefix("> ") { score += 1 }
        }
        return score >= 2 ? .markdown : .plainText
    }
}
