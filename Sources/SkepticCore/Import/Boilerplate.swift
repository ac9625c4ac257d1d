/// Lines that belong to a web page's furniture rather than the article: never headings or titles.
///
/// Entries are lower-case prefixes of a whole line, from the ad and share widgets commonly scraped with
/// news text (the reference article's "YOU MAY ALSO LIKE TO WATCH…" line among them).
enum Boilerplate {
    /// Whole-line prefixes, compared case-insensitively.
    static let prefixes: [String] = [
        "advertisement",          // ad slot label
        "advertising",            // ad slot label
        "sponsored",              // "Sponsored", "Sponsored content"
        "you may also like",      // recommendation widget (reference article)
        "you might also like",    // recommendation widget
        "read more",              // "Read more:", "READ MORE"
        "read also",              // recommendation link
        "related:",               // related-links label
        "related articles",       // related-links label
        "related stories",        // related-links label
        "recommended",            // recommendation widget
        "subscribe",              // newsletter prompt
        "sign up",                // newsletter prompt
        "share this",             // share widget
        "share on",               // share widget
        "click here",             // call to action
        "follow us",              // social widget
        "watch:",                 // video embed label
        "continue reading",       // teaser cut
        "download as",            // document-viewer toolbar ("Download as docx, pdf, or txt")
        "you are on page",        // document-viewer pager ("You are on page 1 of 23")
        "print this",             // print widget
    ]

    /// True when `line` (trimmed) starts like page furniture.
    static func matches(_ line: String) -> Bool {
        let head = Array(line.utf8.prefix(24))
        return prefixes.contains { prefix in
            guard head.count >= prefix.utf8.count else { return false }
            // ASCII case-insensitive: set the lower-case bit of letters.
            return zip(head, prefix.utf8).allSatisfy { a, b in
                let lower = (a >= 0x41 && a <= 0x5A) ? a | 0x20 : a
                return lower == b
            }
        }
    }
}
