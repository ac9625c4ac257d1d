/// Recognises the one-line metadata found around an article's title: keywords, byline, date.
enum MetadataLine {
    /// Month names and their usual abbreviations, lower-case.
    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Words that open a date line ("Published 3 March 2025").
    static let dateOpeners: [String] = ["published", "updated", "posted", "last", "date", "filed", "modified"]

    /// Labels that open a keyword line ("Tags: …").
    static let keywordLabels: [String] = ["tags:", "keywords:", "topics:", "filed under:", "categories:"]

    static func classify(_ line: String) -> Metadata.Key? {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first, let last = line.last else { return nil }
        let lowerFirst = first.lowercased()
        if keywordLabels.contains(lowerFirst) || (words.count > 1 && keywordLabels.contains(lowerFirst + " " + words[1].lowercased())) {
            return .keywords
        }
        if isByline(words) { return .byline }
        if isDate(words) && words.count <= 14 && last != "." { return .date }
        if isKeywordList(line, words: words) { return .keywords }
        return nil
    }

    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Written by …", "Reporting by …".
    static func isByline(_ words: [Substring]) -> Bool {
        guard words.count >= 2, words.count <= 14 else { return false }
        var rest = words[...]
        let w0 = words[0].lowercased()
        if w0 == "by" {
            rest = words.dropFirst()
        } else if ["written", "reporting", "words", "text", "story"].contains(w0), words[1].lowercased() == "by" {
            rest = words.dropFirst(2)
        } else if w0 == "author:" || w0 == "byline:" {
            rest = words.dropFirst()
        } else {
            return false
        }
        // "By the Skeptic developers", "By The Associated Press": a leading article may come before the name.
        if let first = rest.first, first == "the" || first == "The", rest.count > 1 { rest = rest.dropFirst() }
        guard let name = rest.first, let initial = name.first, initial.isUppercase else { return false }
        return !(words.last?.hasSuffix(".") ?? false) || words.last!.count <= 3
    }

    /// A line that is mostly a date: a month name with a year, an ISO date, or "Published …" with a number.
    static func isDate(_ words: [Substring]) -> Bool {
        // Every kind of date has a digit: an ASCII line without one is not a date (the common case, checked
        // on bytes before the words are lower-cased and trimmed).
        if !words.contains(where: { $0.utf8.contains { $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) } }) { return false }
        if let ascii = isDateASCII(words) { return ascii }
        var month = false
        var year = false
        var iso = false
        var digits = false
        for word in words {
            let w = word.lowercased().trimmingCharacters(in: ",.|·•()")
            if months.contains(w) { month = true }
            if w.count == 4, let y = Int(w), y >= 1800 && y <= 2100 { year = true }
            if w.count >= 10, w.prefix(10).filter({ $0 == "-" }).count == 2, Int(w.prefix(4)) != nil { iso = true }
            if w.contains(where: { $0.isNumber }) { digits = true }
        }
        if iso || (month && year) { return true }
        let opener = words[0].lowercased().trimmingCharacters(in: ":")
        return dateOpeners.contains(opener) && digits && words.count <= 10
    }

    /// `isDate` on the bytes of an all-ASCII line (nil for any other): the same tests without lower-cased
    /// copies, trimmed strings and Character properties (the keyword line of the reference article cost
    /// 140 k instructions before the first screen).
    static func isDateASCII(_ words: [Substring]) -> Bool? {
        var month = false, year = false, iso = false, digits = false
        var opener = false
        for (k, word) in words.enumerated() {
            var w: [UInt8] = []
            w.reserveCapacity(word.utf8.count)
            for b in word.utf8 {
                guard b < 0x80 else { return nil }
                w.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            // Trim , . | ( ) from both ends (· and • are not ASCII: such lines take the general path).
            func trimmed(_ b: UInt8) -> Bool { b == 0x2C || b == 0x2E || b == 0x7C || b == 0x28 || b == 0x29 }
            var lo = 0, hi = w.count
            while lo < hi && trimmed(w[lo]) { lo += 1 }
            while hi > lo && trimmed(w[hi - 1]) { hi -= 1 }
            let t = w[lo..<hi]
            if t.count >= 3 && t.count <= 9, months.contains(where: { $0.utf8.count == t.count && $0.utf8.first == t.first && $0.utf8.elementsEqual(t) }) {
                month = true
            }
            let allDigits = !t.isEmpty && t.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            if t.count == 4, allDigits, let y = Int(String(decoding: t, as: UTF8.self)), y >= 1800 && y <= 2100 { year = true }
            if t.count >= 10, t.prefix(10).filter({ $0 == 0x2D }).count == 2,
               t.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { iso = true }
            if t.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { digits = true }
            if k == 0 {
                // The opener is trimmed of ":" only.
                var a = 0, z = w.count
                while a < z && w[a] == 0x3A { a += 1 }
                while z > a && w[z - 1] == 0x3A { z -= 1 }
                opener = dateOpeners.contains { $0.utf8.elementsEqual(w[a..<z]) }
            }
        }
        if iso || (month && year) { return true }
        return opener && digits && words.count <= 10
    }

    /// "Russian military cooperation, Iran missile defense strategy, Putin diplomatic relations 2025".
    /// (On bytes: commas and spaces are ASCII, so parts and words split alike in any UTF-8 text.)
    static func isKeywordList(_ line: String, words: [Substring]) -> Bool {
        guard let last = line.utf8.last, !".!?:;".utf8.contains(last), words.count <= 40 else { return false }
        // Parts between commas (empty ones skipped, as `split` does), each of 1 to 6 space-separated words.
        var parts = 0
        var wordsInPart = 0
        var inWord = false
        var partHasText = false
        var allFit = true
        func endPart() {
            if partHasText {
                parts += 1
                if wordsInPart < 1 || wordsInPart > 6 { allFit = false }
            }
            wordsInPart = 0
            inWord = false
            partHasText = false
        }
        for b in line.utf8 {
            if b == 0x2C {
                endPart()
            } else if b == 0x20 {
                inWord = false
                partHasText = true
            } else {
                partHasText = true
                if !inWord { wordsInPart += 1 }
                inWord = true
            }
        }
        endPart()
        return parts >= 3 && allFit
    }
}

extension String {
    /// Trims the given characters from both ends.
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
