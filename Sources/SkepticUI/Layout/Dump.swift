import SkepticCore

/// The `--dump` view: the reading pane's text as the reader lays it out for a pane `width` columns wide.
public enum Dump {
    /// Every line of the document, in order, with trailing spaces removed; with `links`, the article's links
    /// after it, one a line ("[3] https://…", as `lynx -dump` lists them), never wrapped.
    public static func render(_ document: Document, paneWidth: Int, links: Bool = false) -> String {
        let layout = DocumentLayout(document: document, width: DocumentLayout.textWidth(forPane: paneWidth))
        var out = ""
        for block in 0..<layout.blockCount {
            for line in layout.lines(of: block) {
                var text = line.text
                while text.last == " " { text.removeLast() }
                out += text
                out += "\n"
            }
        }
        if links && !document.links.isEmpty { out += "\n" + linkList(document) }
        return out
    }

    /// The links, one a line: "[N] URL", the URL whole and in visible notation.
    public static func linkList(_ document: Document) -> String {
        var out = ""
        for (i, url) in document.links.enumerated() { out += "[\(i + 1)] " + Sanitiser.singleLine(url) + "\n" }
        return out
    }
}
