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
        if (isDate(words) || isTime(words)) && words.count <= 14 && last != "." { return .date }
        if isKeywordList(line, words: words) { return .keywords }
        return nil
    }

    /// "By Jane Doe", "By JANE DOE and John Roe, Reuters", "Written by …", "Reporting by …", and any one word
    /// before "by" with a name of two or more capitalised words after it ("Edited by Betsy Ames",
    /// "Photographs by Ana Ruiz"): a credit line.
    static func isByline(_ words: [Substring]) -> Bool {
        guard words.count >= 2, words.count <= 14 else { return false }
        var rest = words[...]
        let w0 = words[0].lowercased()
        if w0 == "by" {
            rest = words.dropFirst()
        } else if ["written", "reporting", "words", "text", "story"].contains(w0), words[1].lowercased() == "by" {
            rest = words.dropFirst(2)
        } else if words.count >= 4, words.count <= 10, words[1] == "by", w0.first?.isLetter == true,
                  words[0].first?.isUppercase == true, isName(words[2...].joined(separator: " ")) {
            return true
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

    /// A line that goes under a title on its own: a byline, a date or time, or a name alone.
    static func isHeaderLine(_ line: String) -> Bool {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count <= 14, line.last != "." else { return false }
        return isByline(words) || isDate(words) || isTime(words) || isName(line)
    }

    /// A person's name standing alone: two to four capitalised words ("Mara Lindqvist", "Ana de Souza",
    /// "J. R. Hale", "Ryan O'Neil-Hart", several names joined by "and" or commas), letters only, no
    /// sentence punctuation. Read only near a title, where such a line is the author's.
    static func isName(_ line: String) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        var names = 0, particles = 0
        for raw in line.split(separator: " ") {
            var word = Substring(raw)
            if word.hasSuffix(",") { word = word.dropLast() }
            guard let first = word.first else { return false }
            if word == "and" || word == "&" { continue }
            if ["de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "bin", "al", "du"].contains(word) {
                particles += 1
                continue
            }
            guard first.isUppercase, word.count <= 20 else { return false }
            // Letters, with the apostrophes, hyphens and full stops of initials and double names.
            for c in word.dropFirst() where !(c.isLetter || c == "'" || c == "’" || c == "-" || c == ".") { return false }
            if word.hasSuffix(".") && word.count > 2 { return false }
            // Capitalised, not capitals ("THE FIRST PART" is a heading): an initial, or lower case after the first.
            if !word.hasSuffix("."), !word.contains(where: \.isLowercase) { return false }
            names += 1
        }
        return names >= 2 && names <= 8 && particles <= 2
    }

    /// "1:39 PM ET", "10:05 a.m.", "Updated 14:20 GMT": a clock time with an AM/PM mark or a time zone, and
    /// few other words.
    static func isTime(_ words: [Substring]) -> Bool {
        guard words.count <= 8 else { return false }
        var clock = false, mark = false
        for word in words {
            let w = word.lowercased().trimmingCharacters(in: ",()")
            let parts = w.split(separator: ":")
            if parts.count == 2, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isNumber),
               parts[1].prefix(2).count == 2, parts[1].prefix(2).allSatisfy(\.isNumber) {
                clock = true
                if parts[1].count > 2 { mark = mark || ["am", "pm"].contains(String(parts[1].dropFirst(2))) }
            } else if ["am", "pm", "a.m.", "p.m.", "et", "pt", "ct", "mt", "edt", "est", "pdt", "pst", "gmt", "utc", "bst",
                        "cet", "cest"].contains(w) {
                mark = true
            }
        }
        return clock && mark
    }

    /// A line that is mostly a date: a month name with a year, an ISO date, or "Published …" with a number.
    /// On the words' bytes (ASCII lower-cased; the month names, years and openers are ASCII): no lower-cased
    /// copies, trimmed strings or Character properties before the first screen.
    static func isDate(_ words: [Substring]) -> Bool {
        // Every kind of date has a digit: a line without one is not a date (the common case).
        if !words.contains(where: { $0.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }) { return false }
        var month = false, year = false, iso = false, digits = false
        var opener = false
        for (k, word) in words.enumerated() {
            var w: [UInt8] = []
            w.reserveCapacity(word.utf8.count)
            for b in word.utf8 { w.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
            // Trim , . | ( ) and the separators · (C2 B7) and • (E2 80 A2) from both ends.
            var lo = 0, hi = w.count
            while true {
                if lo < hi, [0x2C, 0x2E, 0x7C, 0x28, 0x29].contains(w[lo]) { lo += 1 }
                else if hi - lo >= 2, w[lo] == 0xC2, w[lo + 1] == 0xB7 { lo += 2 }
                else if hi - lo >= 3, w[lo] == 0xE2, w[lo + 1] == 0x80, w[lo + 2] == 0xA2 { lo += 3 }
                else { break }
            }
            while true {
                if hi > lo, [0x2C, 0x2E, 0x7C, 0x28, 0x29].contains(w[hi - 1]) { hi -= 1 }
                else if hi - lo >= 2, w[hi - 2] == 0xC2, w[hi - 1] == 0xB7 { hi -= 2 }
                else if hi - lo >= 3, w[hi - 3] == 0xE2, w[hi - 2] == 0x80, w[hi - 1] == 0xA2 { hi -= 3 }
                else { break }
            }
            let t = w[lo..<hi]
            func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            if t.count >= 3 && t.count <= 9, months.contains(where: { $0.utf8.count == t.count && $0.utf8.first == t.first && $0.utf8.elementsEqual(t) }) {
                month = true
            }
            if t.count == 4, t.allSatisfy(isDigit), let y = Int(String(decoding: t, as: UTF8.self)), y >= 1800 && y <= 2100 { year = true }
            if t.count >= 10, t.prefix(10).filter({ $0 == 0x2D }).count == 2, t.prefix(4).allSatisfy(isDigit) { iso = true }
            if t.contains(where: isDigit) { digits = true }
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
