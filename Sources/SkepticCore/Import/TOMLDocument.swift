import TOMLKit

/// A TOML text that did not parse: where (1-based line and column) and why, in one line.
public struct TOMLSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// The one way Skeptic parses TOML (config, themes, front matter): TOMLKit, behind the checks that keep
/// input it cannot take away from it.
///
/// - **Table headers that do not begin with a key** (`[&`, `[#`, `[[[1]]]`, a `[` at the end of a line):
///   toml++ 3.4.0, which TOMLKit 0.6.0 bundles, enters its key parser with a character that is neither a
///   bare-key character nor a quote — an assertion that aborts the process where assertions are on and an
///   assumption the optimiser may build on where they are off (marzer/tomlplusplus#294; fixed upstream by
///   #301, after the copy TOMLKit carries). Found by `SKEPTIC_FUZZ=config` and `theme`.
/// - **A `}` where an array expects a value** (`a = [1, }`): toml++ enters its value parser with a
///   character that ends values (the same kind of assertion).
/// - **NUL characters**: TOMLKit hands the text to C as a C string, so a NUL would silently end it; TOML
///   allows no NUL anywhere.
///
/// Both become a `TOMLSyntaxError` like any other. Keys are another matter: a quoted key may hold
/// `\u0000`, which TOMLKit's key list cuts short, so `table[key]` of a listed key can be nil — callers look
/// keys up without force-unwrapping.
///
/// TOMLKit frees nothing it allocates for a parse (the parsed table, its key lists, every value read):
/// a few hundred bytes per file, once per config, theme or front matter. See the README's fuzzing section.
public enum TOMLDocument {
    public static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        if let problem = unsafeInput(text) { throw problem }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLSyntaxError(line: error.source.begin.line, column: error.source.begin.column,
                                  message: error.description)
        } catch {
            throw TOMLSyntaxError(line: 1, column: 1, message: "\(error)")
        }
    }

    /// The message for a listed key that cannot be looked up (it holds `\u0000`).
    public static let unreadableKey = "a key with a NUL character (\\u0000) in it cannot be read"

    /// The first NUL or header toml++ would not survive, as the error it should have been; nil if none.
    ///
    /// A scan by line (toml++'s only line break is `\n`, with an optional `\r` before it) that follows what
    /// toml++ follows: strings (basic with escapes, literal, multi-line with up to two quotes before the
    /// closing delimiter), comments, and the brackets of values spanning lines — so that a line inside an
    /// array or a multi-line string is not taken for a header. A line starting a statement that opens with
    /// `[` (or `[[`) must go on, after spaces and tabs, with a bare-key character, a quote or the `]` that
    /// toml++ reports itself; a `}` must close a `{`, not an array.
    static func unsafeInput(_ text: String) -> TOMLSyntaxError? {
        var number = 0
        var multiline: Unicode.Scalar?
        var open: [Unicode.Scalar] = []  // the `[` and `{` of the values being read
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let s = Array(line)
            if let nul = s.firstIndex(of: "\0") {
                return TOMLSyntaxError(line: number, column: nul + 1, message: "a NUL character (U+0000) is not allowed in TOML")
            }
            var k = 0
            if multiline == nil && open.isEmpty {
                while k < s.count, [" ", "\t", "\r", "\u{FEFF}"].contains(s[k]) { k += 1 }
                if k < s.count && s[k] == "[" {
                    k += 1
                    if k < s.count && s[k] == "[" { k += 1 }
                    while k < s.count && (s[k] == " " || s[k] == "\t") { k += 1 }
                    guard k < s.count, isKeyStart(s[k]) || s[k] == "]" else {
                        let saw = k < s.count ? "saw " + shown(s[k]) : "saw the end of the line"
                        return TOMLSyntaxError(line: number, column: k + 1,
                                               message: "a table header must begin with a key (a name or a string in quotes); \(saw)")
                    }
                    continue  // toml++ allows nothing after a header's `]` but a comment
                }
            }
            while k < s.count {
                let c = s[k]
                if let quote = multiline {
                    if quote == "\"" && c == "\\" { k += 2; continue }
                    let run = quotes(s, from: k, of: quote)
                    if run >= 3 { multiline = nil; k += min(run, 5) } else { k += max(run, 1) }
                    continue
                }
                if c == "\"" || c == "'" {
                    if quotes(s, from: k, of: c) >= 3 {
                        multiline = c
                        k += 3
                        continue
                    }
                    k += 1
                    while k < s.count && s[k] != c { k += (c == "\"" && s[k] == "\\") ? 2 : 1 }
                    k += 1
                    continue
                }
                if c == "#" { break }
                if c == "[" || c == "{" { open.append(c) }
                if c == "}" && open.last == "[" {
                    return TOMLSyntaxError(line: number, column: k + 1,
                                           message: "expected a value, ',' or ']' in the array; saw '}'")
                }
                if (c == "]" || c == "}") && !open.isEmpty { open.removeLast() }
                k += 1
            }
        }
        return nil
    }

    /// A bare-key character (TOML 1.0: ASCII letters, digits, `_` and `-`) or a quote.
    private static func isKeyStart(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'": return true
        default: return false
        }
    }

    /// How many `quote`s follow one another from `k`.
    private static func quotes(_ s: [Unicode.Scalar], from k: Int, of quote: Unicode.Scalar) -> Int {
        var n = 0
        while k + n < s.count && s[k + n] == quote { n += 1 }
        return n
    }

    /// A character as a message may show it: printable ASCII in quotes, anything else as U+XXXX.
    private static func shown(_ c: Unicode.Scalar) -> String {
        if c.value > 0x20 && c.value < 0x7F { return "'\(c)'" }
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
