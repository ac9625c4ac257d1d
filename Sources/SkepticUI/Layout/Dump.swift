import SkepticCore

/// The `--dump` view: the reading pane's text as the reader lays it out for a pane `width` columns wide.
public enum Dump {
    /// Every line of the document, in order, with trailing spaces removed.
    public static func render(_ document: Document, paneWidth: Int) -> String {
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
        return out
    }
}
