/// A link as written in a page, made absolute against the page's address (RFC 3986's reference
/// resolution, for http and https): "../b.html", "/about", "//cdn.example.org/x", "?page=2".
public enum LinkResolver {
    /// The absolute http(s) address of `href` on the page at `base`; nil for links that stay within the page
    /// (a bare "#fragment"), other schemes (mailto:, javascript:), or a base that is not http(s).
    public static func resolve(_ href: String, against base: String) -> String? {
        let href = href.trimmingSpaces
        guard !href.isEmpty, !href.hasPrefix("#") else { return nil }
        if let scheme = scheme(of: href) { return scheme == "http" || scheme == "https" ? href : nil }
        guard let baseScheme = scheme(of: base), baseScheme == "http" || baseScheme == "https" else { return nil }
        let afterScheme = base.index(base.startIndex, offsetBy: baseScheme.count + 3)  // "://"
        guard base[base.index(base.startIndex, offsetBy: baseScheme.count)...].hasPrefix("://") else { return nil }
        let rest = base[afterScheme...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = String(rest[..<authorityEnd])
        var basePath = String(rest[authorityEnd...])
        if let cut = basePath.firstIndex(where: { $0 == "?" || $0 == "#" }) { basePath = String(basePath[..<cut]) }
        if href.hasPrefix("//") { return baseScheme + ":" + href }
        let origin = baseScheme + "://" + authority
        if href.hasPrefix("?") { return origin + (basePath.isEmpty ? "/" : basePath) + href }
        // The path part of the reference, and what follows it (query, fragment), kept as written.
        let tailStart = href.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? href.endIndex
        let tail = String(href[tailStart...])
        let path = String(href[..<tailStart])
        let merged: String
        if path.hasPrefix("/") {
            merged = path
        } else {
            let directory = basePath.lastIndex(of: "/").map { String(basePath[...$0]) } ?? "/"
            merged = directory + path
        }
        return origin + removingDotSegments(merged) + tail
    }

    /// "http" for "http://…", nil for a relative reference.
    public static func scheme(of s: String) -> String? {
        guard let colon = s.firstIndex(of: ":"), colon > s.startIndex else { return nil }
        let name = s[..<colon]
        guard let first = name.first, first.isASCII, first.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return nil }
        return name.lowercased()
    }

    /// "/a/b/../c/./d" → "/a/c/d".
    private static func removingDotSegments(_ path: String) -> String {
        var out: [Substring] = []
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for (k, part) in parts.enumerated() {
            let last = k == parts.count - 1
            if part == "." {
                if last { out.append("") }
            } else if part == ".." {
                if out.count > 1 { out.removeLast() }
                if last { out.append("") }
            } else {
                out.append(part)
            }
        }
        let joined = out.joined(separator: "/")
        return joined.hasPrefix("/") ? joined : "/" + joined
    }
}

public extension String {
    /// "%20" and the like decoded (bytes that are not UTF-8 stay as they were written).
    var removingPercentEscapes: String {
        let u = Array(utf8)
        var bytes: [UInt8] = []
        var k = 0
        while k < u.count {
            if u[k] == 0x25, k + 2 < u.count, let h = UInt8(String(decoding: u[(k + 1)...(k + 2)], as: UTF8.self), radix: 16) {
                bytes.append(h)
                k += 3
            } else {
                bytes.append(u[k])
                k += 1
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
