import Testing
import TOMLKit
@testable import SkepticCore

/// TOML that the bundled toml++ would abort on (or, built without assertions, misparse) is refused with a
/// syntax error at its place; valid TOML that looks like it is not refused.
@Suite struct TOMLDocumentTests {
    func error(_ text: String) -> TOMLSyntaxError? {
        do {
            _ = try TOMLDocument.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func headersThatDoNotBeginWithAKeyAreSyntaxErrors() {
        // What the config and theme fuzzers found, and its neighbours (marzer/tomlplusplus#294, #301).
        for (text, line, column) in [("[&\n", 1, 2), ("a = 1\n[# light]\n", 2, 2), ("[[[1]]]\n", 1, 3), ("[[=\n", 1, 3),
                                     ("x = 1\n  [ \t\u{FFFD}keys]\n", 2, 6), ("[\n", 1, 2), ("[", 1, 2), ("\r\n[\r\n", 2, 2),
                                     ("[ [a]]\n", 1, 3), ("[a]\nb = 1\n[\u{1B}]\n", 3, 2)] {
            let found = error(text)
            #expect(found?.line == line && found?.column == column, "\(String(reflecting: text)): \(String(describing: found))")
            #expect(found?.message.hasPrefix("a table header must begin with a key") == true)
        }
        // A control character in the message is shown by its code, not written out.
        #expect(error("[\u{1B}]\n")?.message.hasSuffix("saw U+001B") == true)
    }

    @Test func aClosingBraceWhereAnArrayWantsAValueIsASyntaxError() {
        for (text, line, column) in [("s = [\"\",}\n", 1, 9), ("attrs = [\"bold\", }underline\"]\n", 1, 18),
                                     ("a = [\n  1,\n  }\n]\n", 3, 3), ("a = [{b = [}]}]\n", 1, 12)] {
            let found = error(text)
            #expect(found?.line == line && found?.column == column, "\(String(reflecting: text)): \(String(describing: found))")
        }
    }

    @Test func aNulCharacterIsASyntaxErrorNotTheEndOfTheText() {
        let found = error("a = 1\nb = \"x\u{0}y\"\n[&\n")
        #expect(found == TOMLSyntaxError(line: 2, column: 7, message: "a NUL character (U+0000) is not allowed in TOML"))
    }

    @Test func validTOMLThatLooksLikeTheseStillParses() throws {
        let texts = [
            // Lines inside multi-line strings and arrays are not headers.
            "a = \"\"\"\n[&\n\"\"\"\n",
            "a = '''\n[#\n'''\n",
            "a = \"\"\"x\\\"\"\"\n[&\n\"\"\"\n",          // an escaped quote does not close the string
            "a = \"\"\"x\"\"\"\"\"\n[b]\nc = 1\n",        // two quotes before the closing delimiter are text
            "a = [\n  [{x = 1}],\n  [ # a comment\n    2 ],\n  [+1, -1],\n]\n",
            "a = [\"]\", '[', \"\\\"]\"]\n[b]\n",
            "\"[&\" = 1\n['q\"']\nx = {y = [1, 2], z = \"}\"}\n",
            "[[ar]]\n[ \"quoted\" . 'key' ]\n  [\ta.b-c_d ]\n",
            "\u{FEFF}[a]\r\nb = 1\r\n",
            "a = 1 # [& in a comment\n# [&\n",
        ]
        for text in texts {
            #expect(error(text) == nil, "\(String(reflecting: text)): \(String(describing: error(text)))")
        }
        let table = try TOMLDocument.parse("a = \"\"\"x\"\"\"\"\"\n[b]\nc = 1\n")
        #expect(table["a"]?.string == "x\"\"")
        #expect(table["b"]?.table?["c"]?.int == 1)
    }

    @Test func otherSyntaxErrorsAreTomlPlusPlussOwn() {
        let found = error("a = 1\nb = = 2\n")
        #expect(found?.line == 2)
        #expect(found?.message.isEmpty == false)
        #expect(found?.message.hasPrefix("a table header") == false)
    }

    @Test func frontMatterWithABrokenHeaderIsMalformedNotACrash() throws {
        let doc = try ArticleLoader.load(bytes: Array("+++\ntitle = \"T\"\n[&\n+++\n\nBody.\n".utf8), name: "p.md",
                                         format: .markdown)
        #expect(doc.title != "T")
        #expect(String(decoding: doc.text, as: UTF8.self).contains("Body."))
    }
}
