/// The `--outline` view: the section tree as text, one heading per line.
public enum Outline {
    /// Each line: the heading's source line right-aligned in 5 columns (a dash for a root without a
    /// title line), two spaces, two spaces per level, the heading.
    public static func render(_ document: Document) -> String {
        var out = ""
        for section in document.sections {
            let number = section.line.map(String.init) ?? "-"
            out += String(repeating: " ", count: max(0, 5 - number.count)) + number + "  "
            out += String(repeating: "  ", count: section.level) + section.title + "\n"
        }
        return out
    }
}
