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
    ]

    /// True when `line` (trimmed) starts like page furniture.
    static func matches(_ line: String) -> Bool {
        let head = line.prefix(24).lowercased()
        return prefixes.contains { head.hasPrefix($0) }
    }
}
