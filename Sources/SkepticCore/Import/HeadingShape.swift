/// The shape of a one-line block that could be a heading, and what kind of heading it would be.
///
/// Levels are not fixed per style: as reStructuredText does with its adornments, the importer ranks
/// styles in the order they first appear (with `=` underlines above `-`, and `1.` above `1.1`).
enum HeadingStyle: Hashable, Sendable {
    /// A heading that opens a new part: the first heading after a separator, or the repeated headline
    /// of a stitched-on article.
    case part
    /// A line underlined with `=` or `-`.
    case underline(UInt8)
    /// "Book One", "Part II", "Volume 3".
    case book
    /// "Chapter 12", "CHAPTER XII".
    case chapter
    /// "1. Introduction" (depth 1), "3.2 Results" (depth 2).
    case numbered(depth: Int)
    /// "II. Background".
    case roman
    /// "A. Scope".
    case lettered
    /// "THE LONG ROAD HOME".
    case allCaps
    /// A short, title-like line with no closing period.
    case plain

    /// Styles whose headings need a substantial block of text after them (the others stand on their own).
    var needsBody: Bool {
        switch self {
        case .plain, .allCaps: return true
        default: return false
        }
    }
}

/// Classifies single lines of text as heading shapes, metadata lines and boilerplate.
enum HeadingShape {
    /// The longest heading, in characters.
    static let maxColumns = 100

    /// The heading style a line would have, or nil when it cannot be a heading.
    static func classify(_ line: String) -> HeadingStyle? {
        withScalars(line, atMost: maxColumns) { scalars in
            scalars.flatMap { classify(line, $0) }
        }
    }

    /// The scalars of `line` in a buffer on the stack (nil when there are more than `limit`): no array to
    /// allocate and free for every line a document is scanned for headings.
    static func withScalars<T>(_ line: String, atMost limit: Int, _ body: (Scalars?) -> T) -> T {
        guard line.utf8.count <= limit * 4 else { return body(nil) }  // a scalar takes at most 4 bytes
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: limit + 1) { buffer in
            var n = 0
            for scalar in line.unicodeScalars {
                if n > limit { return body(nil) }
                buffer.baseAddress!.advanced(by: n).initialize(to: scalar)
                n += 1
            }
            return body(UnsafeBufferPointer(start: buffer.baseAddress, count: n))
        }
    }

    typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    static func classify(_ line: String, _ scalars: Scalars) -> HeadingStyle? {
        guard let last = scalars.last, scalars.count <= maxColumns else { return nil }
        if last == "." || last == "," || last == ";" || last == ":" { return nil }
        guard scalars.contains(where: isLetter) else { return nil }
        if Boilerplate.matches(line) { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (maxColumns + 1)) { space in
            let bounds = UnsafeBufferPointer(start: space.baseAddress, count: wordBounds(scalars, into: space))
            return classify(scalars, bounds)
        }
    }

    /// The rest of `classify`, with the words' bounds.
    static func classify(_ scalars: Scalars, _ bounds: UnsafeBufferPointer<Int>) -> HeadingStyle? {
        let wordCount = bounds.count / 2
        guard wordCount > 0, wordCount <= 14 else { return nil }
        let first = bounds[0]..<bounds[1]
        if word(scalars, first, is: "q:") || word(scalars, first, is: "a:") || word(scalars, first, is: "q.") { return nil }
        if let prefix = numberPrefix(scalars) {
            return startsUpper(scalars, at: prefix.length) ? .numbered(depth: prefix.depth) : nil
        }
        if let length = romanPrefix(scalars) {
            return startsUpper(scalars, at: length) && wordCount <= 12 ? .roman : nil
        }
        if scalars.count > 3, isUpper(scalars[0]), scalars[1] == "." || scalars[1] == ")", scalars[2] == " ",
           startsUpper(scalars, at: 3), wordCount <= 10 {
            return .lettered
        }
        guard startsUpper(scalars, at: 0) || isDigit(scalars[0]) else { return nil }
        if hasTwoSentences(scalars) { return nil }
        if wordCount >= 2 && wordCount <= 6 {
            if word(scalars, first, is: "chapter") { return .chapter }
            if word(scalars, first, is: "book") || word(scalars, first, is: "part") || word(scalars, first, is: "volume") {
                // Scalar by scalar: the generic `UnicodeScalarView(slice)` looks up an associated type at run
                // time at each call, before the first screen of a book.
                var word = String.UnicodeScalarView()
                for k in bounds[2]..<bounds[3] { word.append(scalars[k]) }
                let second = Substring(String(word)).trimmingSuffix(":")
                if second.first?.isNumber == true || romanValue(second) != nil || numberWords.contains(second.lowercased()) {
                    return .book
                }
            }
        }
        let hasLower = scalars.contains(where: isLower)
        if !hasLower && scalars.lazy.filter(isLetter).count >= 2 && wordCount <= 12 { return .allCaps }
        // A line in quotation marks is dialogue or a quotation ("“Oh, yes!”"), not a heading; nor is a line
        // whose last words are a quoted sentence ("Pétya kept shouting, “And me too!”").
        if "\"“‘«„'".unicodeScalars.contains(scalars[0]) { return nil }
        if scalars.count >= 2, "”\"»".unicodeScalars.contains(scalars[scalars.count - 1]), ".!?…".unicodeScalars.contains(scalars[scalars.count - 2]) {
            return nil
        }
        if wordCount <= 10 { return .plain }
        // Longer headings must look like titles: most longer words capitalised.
        var long = 0, capitalised = 0
        for k in stride(from: 0, to: bounds.count, by: 2) where bounds[k + 1] - bounds[k] >= 4 {
            long += 1
            if isUpper(scalars[bounds[k]]) { capitalised += 1 }
        }
        return capitalised * 2 >= long ? .plain : nil
    }

    /// Is the word at `range` equal to the lower-case ASCII `word`, ignoring ASCII case?
    /// (Index loops over the word's bytes: the generic `zip` over a slice and a string's UTF-8 view is costly
    /// at each call, and this runs at start-up.)
    static func word(_ s: Scalars, _ range: Range<Int>, is word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        var k = 0
        for i in range {
            let value = s[i].value
            guard value < 0x80 else { return false }
            var v = UInt8(value)
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            if v != bytes[k] { return false }
            k += 1
        }
        return true
    }

    /// Where the space-separated words start and end: start, end, start, end, … (a flat array of Int: an
    /// array of ranges makes the runtime build its storage type's metadata from a mangled name at each
    /// call, before the first screen).
    /// Written into `out` (room for two per scalar, plus two); returns how many were written.
    static func wordBounds(_ s: Scalars, into out: UnsafeMutableBufferPointer<Int>) -> Int {
        var n = 0
        var i = 0
        while i < s.count {
            while i < s.count && (s[i] == " " || s[i] == "\t") { i += 1 }
            let start = i
            while i < s.count && s[i] != " " && s[i] != "\t" { i += 1 }
            if i > start {
                out[n] = start
                out[n + 1] = i
                n += 2
            }
        }
        return n
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        return s.properties.isAlphabetic
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s >= "a" && s <= "z" }
        return s.properties.isLowercase
    }

    /// A line that can be the document title (line 1): a headline may end in "!" or "?", and be longer.
    static func isTitle(_ line: String) -> Bool {
        withScalars(line, atMost: 150) { scalars in scalars.map { isTitle(line, $0) } ?? false }
    }

    static func isTitle(_ line: String, _ scalars: Scalars) -> Bool {
        guard let last = scalars.last, scalars.count <= 150 else { return false }
        if ".,;:".unicodeScalars.contains(last) && !line.hasSuffix("...") { return false }
        guard scalars.contains(where: isLetter) else { return false }
        if numberPrefix(scalars) != nil || romanPrefix(scalars) != nil { return false }
        if Boilerplate.matches(line) { return false }
        return startsUpper(scalars, at: 0) || isDigit(scalars[0])
    }

    // MARK: - Captions

    /// Lines that stand where a page had an image, a video or a chart when it was saved as text (lower-case).
    static let mediaPlaceholders: [String] = [
        "image", "images", "photo", "photos", "picture", "video", "audio", "graphic", "illustration", "gallery",
        "chart", "map", "slideshow", "embed", "media",
    ]

    /// "Image", "Photo", "Video: 2 min": a line that only says an image or a video was there.
    /// The first letters of the placeholder words, lower case: lines that start otherwise are not looked at.
    static let placeholderInitials: Set<UInt8> = Set(mediaPlaceholders.compactMap { $0.utf8.first })
    private static let placeholderBytes: Set<[UInt8]> = Set(mediaPlaceholders.map { Array($0.utf8) })

    static func isMediaPlaceholder(_ line: String) -> Bool {
        guard line.utf8.count <= 24 else { return false }
        // The first word, compared as lower-case bytes (no strings made for the lines that are not).
        var head: [UInt8] = []
        for b in line.utf8 {
            if b == 0x20 || b == UInt8(ascii: ":") || b == UInt8(ascii: "(") { break }
            head.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        guard placeholderBytes.contains(head) else { return false }
        // The word alone, or with a count or a duration ("Photo 3 of 12", "Video 2:14").
        return line.split(separator: " ").dropFirst().allSatisfy { word in word.contains { $0.isNumber } || word == "of" }
            && !line.hasSuffix(".")
    }

    /// Words that label a numbered figure's caption ("Figure 2: …", "Fig. 3 …", "Table 1. …"), lower-case.
    static let figureLabels: [String] = ["figure", "fig.", "fig", "table", "chart", "graph", "exhibit", "map", "plate", "diagram"]

    /// "Figure 1: A soil sample under a microscope": a figure label, its number, then the caption.
    static func isNumberedCaption(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2)
        guard words.count == 3, figureLabels.contains(words[0].lowercased()) else { return false }
        let number = words[1].trimmingSuffix(":").trimmingSuffix(".")
        return number.first?.isNumber == true && number.count <= 5 && number.count < words[1].count
    }

    /// "Rating: 4 out of 5", "Price: $699": a label and a value that starts with a number — a field, not a
    /// heading ("Step 1: Set the stage" keeps its number before the colon).
    static func isFieldLine(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        let value = line[line.index(after: colon)...].drop { $0 == " " }
        guard !label.isEmpty, label.split(separator: " ").count <= 3, !label.contains(where: \.isNumber),
              let first = value.first else { return false }
        return first.isNumber || "$€£¥".contains(first)
    }

    /// A caption that ends in its photo credit: the last words are "Name/Agency" ("… Claire Dubois/Atlas
    /// Wire", "… Benoit Lamy/AFP via Getty Images"), capitalised on both sides of the slash.
    static func endsWithCredit(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 3, words.count <= 40 else { return false }
        for word in words.suffix(5) {
            let parts = word.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, let a = parts[0].first, let b = parts[1].first else { continue }
            guard a.isUppercase, b.isUppercase, parts[0].count >= 2, parts[0].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) else { continue }
            // Not a pair of alternatives in running text ("Yes/No"): a name comes before the slash.
            if let k = words.firstIndex(of: word), k > 0, words[k - 1].first?.isUppercase == true { return true }
        }
        return false
    }

    // MARK: - Prefixes

    /// "1. ", "12) ", "3.2 ", "3.2. ", "4.1.3 ": returns the depth and the length up to the text.
    static func numberPrefix(_ s: Scalars) -> (depth: Int, length: Int)? {
        var i = 0
        var depth = 0
        var closed = false
        while true {
            let start = i
            while i < s.count, i - start < 3, s[i].isASCII, isDigit(s[i]) { i += 1 }
            guard i > start else { return nil }
            depth += 1
            guard i < s.count else { return nil }
            if s[i] == "." || s[i] == ")" {
                let mark = s[i]
                i += 1
                if mark == "." && i < s.count && s[i].isASCII && isDigit(s[i]) { continue }
                closed = true
            }
            break
        }
        guard i < s.count, s[i] == " " || s[i] == "\t" else { return nil }
        guard closed || depth >= 2 else { return nil }
        while i < s.count && (s[i] == " " || s[i] == "\t") { i += 1 }
        return (depth, i)
    }

    /// "IV. ", "XII) ": the length up to the text.
    static func romanPrefix(_ s: Scalars) -> Int? {
        var i = 0
        while i < s.count, romanDigit(s[i]) != nil { i += 1 }
        guard i > 0, i <= 7, i + 1 < s.count, s[i] == "." || s[i] == ")", s[i + 1] == " " else { return nil }
        guard romanValue(s[0..<i]) != nil else { return nil }
        var j = i + 1
        while j < s.count && s[j] == " " { j += 1 }
        return j
    }

    /// The value of a well-formed Roman numeral (I to CCCXCIX), or nil.
    static func romanValue(_ word: Substring) -> Int? {
        var scalars: [Unicode.Scalar] = []
        for scalar in word.unicodeScalars {
            guard scalars.count < 9 else { return nil }
            scalars.append(scalar)
        }
        return romanValue(scalars[...])
    }

    /// The same on scalars. (A switch, not a `[Character: Int]`: a dictionary's first use made the runtime
    /// scan every protocol conformance in the binary, before the first screen.)
    static func romanValue<C: BidirectionalCollection<Unicode.Scalar>>(_ word: C) -> Int? {
        guard !word.isEmpty, word.count <= 9 else { return nil }
        var total = 0
        var previous = 0
        for scalar in word.reversed() {
            guard let v = romanDigit(scalar) else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        // Round-trip check rejects forms such as "IIII" or "VX".
        return canonicalRoman(total).unicodeScalars.elementsEqual(word) ? total : nil
    }

    @inline(__always)
    static func romanDigit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "I": return 1
        case "V": return 5
        case "X": return 10
        case "L": return 50
        case "C": return 100
        default: return nil
        }
    }

    static func canonicalRoman(_ n: Int) -> String {
        let table: [(Int, String)] = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var out = ""
        for (v, s) in table {
            while n >= v { out += s; n -= v }
        }
        return out
    }

    static let numberWords: [String] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "first", "second", "third", "fourth", "fifth", "last", "final",
    ]

    // MARK: - Letters

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s >= "A" && s <= "Z" }
        return s.properties.isUppercase
    }

    /// Opening quotes and brackets: " ' “ ‘ « ( ¿ ¡ [
    @inline(__always)
    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x28, 0xBF, 0xA1, 0x5B: return true
        default: return false
        }
    }

    /// True when the text from `index` starts (after opening quotes or brackets) with a capital or a digit.
    static func startsUpper(_ s: Scalars, at index: Int) -> Bool {
        var i = index
        while i < s.count, isOpening(s[i]) { i += 1 }
        guard i < s.count else { return false }
        if s[i].isASCII { return (s[i] >= "A" && s[i] <= "Z") || (s[i] >= "0" && s[i] <= "9") }
        return startsUpperBeyondASCII(s[i])
    }

    /// Out of line, so that ASCII text never touches the Unicode property tables nor the metadata their
    /// comparison needs (`NumericType?`, costly on first use, before the first screen).
    @inline(never)
    static func startsUpperBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUppercase || (c.properties.numericType != nil) || !c.properties.isCased && c.properties.isAlphabetic
    }

    /// A digit of any script; ASCII without a look at the Unicode tables (their first use costs start-up time).
    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s >= "0" && s <= "9" }
        return isDigitBeyondASCII(s)
    }

    @inline(never)
    static func isDigitBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

    /// "He left. She stayed" — a full stop followed by a capitalised word inside the line.
    static func hasTwoSentences(_ s: Scalars) -> Bool {
        guard s.count > 4 else { return false }
        for i in 1..<(s.count - 2) where (s[i] == "." || s[i] == "!" || s[i] == "?") && s[i + 1] == " " {
            // Not after an initial or a short abbreviation ("U.S. Policy", "Dr. Who", "St. Louis").
            var j = i - 1
            while j >= 0 && s[j].properties.isAlphabetic { j -= 1 }
            let wordLength = i - 1 - j
            if wordLength <= 3 && (j < 0 || s[j] == " " || s[j] == ".") { continue }
            if s[i + 2].properties.isUppercase { return true }
        }
        return false
    }
}

extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
