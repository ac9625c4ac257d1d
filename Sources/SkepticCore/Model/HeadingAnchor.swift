/// A heading's anchor as GitHub and most Markdown renderers make it: lower case, letters and digits, spaces
/// and hyphens as "-", everything else left out ("why-monitor" for "Why Monitor?"). A link to `#why-monitor`
/// within an article leads to that heading.
public enum HeadingAnchor {
    public static func of(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            if c.isLetter || c.isNumber || c == "_" { out.append(c) } else if c == " " || c == "-" { out.append("-") }
        }
        return out
    }
}
