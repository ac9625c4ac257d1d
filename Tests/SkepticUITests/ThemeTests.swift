import Foundation
import Testing
@testable import SkepticUI

/// The repository's `Themes/` folder and its files.
enum ThemeFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")

    static var all: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func load(_ name: String) throws -> Theme {
        try ThemeLoader.load(folder.appendingPathComponent(name + ".toml").path, searchPaths: [])
    }
}

/// The statement roles a reader must tell apart, with or without colour.
let analysisRoles: [Role] = [.claim, .hedged, .hedgeCue, .quote, .confirmed, .dismissed, .noise]

/// The attributes of a style, as a comparable value.
func attributes(_ style: Style) -> [Bool] {
    [style.bold, style.dim, style.italic, style.underline, style.reverse]
}

// MARK: - Shipped theme files

@Suite struct ShippedThemeTests {
    @Test func theFolderHasTheThemesTheReaderOffers() {
        let names = ThemeFiles.all.map { $0.deletingPathExtension().lastPathComponent }
        for expected in ["default", "light", "high-contrast", "gruvbox", "solarized-dark", "mono"] {
            #expect(names.contains(expected), "Themes/\(expected).toml is missing")
        }
    }

    @Test func everyFileLoadsStartsWithACommentAndGivesEveryRole() throws {
        #expect(!ThemeFiles.all.isEmpty)
        for url in ThemeFiles.all {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(url.lastPathComponent) should start with a comment saying what it is for")
            let theme = try ThemeLoader.load(url.path, searchPaths: [])
            #expect(theme.name == url.deletingPathExtension().lastPathComponent)
            #expect(!theme.description.isEmpty)
            for role in Role.allCases {
                // Every shipped theme writes every role out, so none inherits the dark default by accident.
                #expect(theme.styles[role] != nil, "\(url.lastPathComponent) leaves out \(role)")
            }
        }
    }

    @Test func defaultFileIsTheBuiltInTheme() throws {
        let theme = try ThemeFiles.load("default")
        #expect(theme.name == Theme.default.name)
        #expect(theme.description == Theme.default.description)
        for role in Role.allCases {
            #expect(theme.style(for: role) == Theme.default.style(for: role), "\(role)")
            #expect(theme.styles[role] == Theme.default.styles[role], "\(role)")
        }
    }

    @Test func monoHasNoColoursAndIsTheNoColourLook() throws {
        let theme = try ThemeFiles.load("mono")
        for role in Role.allCases {
            let style = theme.style(for: role)
            #expect(style.foreground == nil && style.background == nil, "\(role)")
            #expect(style == Theme.default.monochrome.style(for: role), "\(role)")
        }
        #expect(theme.style(for: .claim) == Style(italic: true))
        #expect(theme.style(for: .hedged) == Style(underline: true))
        #expect(theme.style(for: .hedgeCue) == Style(bold: true, underline: true, reverse: true))
        #expect(theme.style(for: .quote) == Style(bold: true))
        #expect(theme.style(for: .noise) == Style(dim: true))
        #expect(theme.style(for: .searchHit) == Style(reverse: true))
    }

    @Test func monoTellsTheAnalysisRolesApartByAttributesAlone() throws {
        let theme = try ThemeFiles.load("mono")
        let sets = analysisRoles.map { attributes(theme.style(for: $0)) }
        #expect(Set(sets).count == analysisRoles.count, "\(sets)")
        #expect(!sets.contains(attributes(theme.style(for: .text))))
    }

    @Test func everyThemeTellsTheAnalysisRolesAndSearchHitsApart() throws {
        for url in ThemeFiles.all {
            let theme = try ThemeLoader.load(url.path, searchPaths: [])
            let roles = analysisRoles + [.text]
            for (i, a) in roles.enumerated() {
                for b in roles[(i + 1)...] {
                    #expect(theme.style(for: a) != theme.style(for: b), "\(url.lastPathComponent): \(a) and \(b) look the same")
                }
            }
            #expect(theme.style(for: .searchHit) != theme.style(for: .searchCurrent), "\(url.lastPathComponent)")
            #expect(theme.style(for: .treeSelected) != theme.style(for: .treeFocusedSelected), "\(url.lastPathComponent)")
        }
    }

    /// Whether the test binary was built inside the repository (the usual `.build/…/debug`, like `skeptic`
    /// itself), not with a scratch path elsewhere.
    static let builtInsideTheRepository: Bool = {
        let repository = ThemeFiles.folder.deletingLastPathComponent().resolvingSymlinksInPath().path
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        return binary.hasPrefix(repository + "/")
    }()

    @Test(.enabled(if: builtInsideTheRepository))
    func theRepositoryThemesAreFoundFromTheRunningBinary() throws {
        let folder = URL(fileURLWithPath: ThemeFiles.folder.path).resolvingSymlinksInPath().path
        #expect(ThemeLoader.searchPaths().contains(folder))
        let names = ThemeLoader.available(searchPaths: [ThemeFiles.folder.path])
        #expect(names == ThemeFiles.all.map { $0.deletingPathExtension().lastPathComponent })
    }
}

// MARK: - Colours

@Suite struct ThemeColourTests {
    @Test(arguments: [
        ("default", ThemeColour.terminalDefault), ("Default", .terminalDefault),
        ("black", .index(0)), ("red", .index(1)), ("green", .index(2)), ("yellow", .index(3)), ("blue", .index(4)),
        ("magenta", .index(5)), ("cyan", .index(6)), ("white", .index(7)),
        ("bright-black", .index(8)), ("bright-red", .index(9)), ("bright-white", .index(15)), ("BRIGHT-Cyan", .index(14)),
        ("grey", .index(8)), ("gray", .index(8)),
        // #rrggbb to the nearest of 256: the cube and greys win ties with the 16 basic colours.
        ("#ff0000", .index(196)), ("#FF0000", .index(196)), ("#f00", .index(196)),
        ("#000000", .index(16)), ("#ffffff", .index(231)), ("#fff", .index(231)),
        ("#808080", .index(244)), ("#5f87af", .index(67)), ("#eeeeee", .index(255)),
        ("#cd0000", .index(1)), // xterm's red exactly: a basic colour strictly nearer than the cube's 160
        ("#fdf6e3", .index(230)), ("#282828", .index(235)), ("#fabd2f", .index(214)),
    ] as [(String, ThemeColour)])
    func namesAndHexValues(written: String, expected: ThemeColour) {
        #expect(ThemeColour(written) == expected)
    }

    @Test(arguments: ["purplish", "", " red", "bright-grey", "#12345", "#gg0000", "#ff00000", "ff0000", "#", "１"])
    func notColours(written: String) {
        #expect(ThemeColour(written) == nil)
    }

    @Test func numbersArePaletteIndexes() {
        #expect(ThemeColour(0) == .index(0))
        #expect(ThemeColour(255) == .index(255))
        #expect(ThemeColour(256) == nil)
        #expect(ThemeColour(-1) == nil)
        #expect(ThemeColour("default")?.paletteIndex == nil)
        #expect(ThemeColour(24)?.paletteIndex == 24)
    }

    @Test func everyCubeAndGreyIndexIsItsOwnNearest() {
        for index in 16...255 {
            let (r, g, b) = ThemeColour.rgb(index: index)
            #expect(ThemeColour.nearestIndex(red: r, green: g, blue: b) == index)
        }
        #expect(ThemeColour.rgb(index: 232) == (8, 8, 8))
        #expect(ThemeColour.rgb(index: 196) == (255, 0, 0))
    }
}

// MARK: - Parsing

@Suite struct ThemeParsingTests {
    @Test func rolesLeftOutFallBackAndARoleGivenIsTakenAsWritten() throws {
        let theme = try ThemeLoader.parse("""
            [roles.claim]
            fg = 24
            bg = "#fdf6e3"
            attrs = ["italic", "Underline"]

            [roles.quote]
            attrs = ["bold"]

            [roles.text]
            fg = "default"
            """, file: "themes/mine.toml")
        #expect(theme.name == "mine")
        #expect(theme.description == "")
        #expect(theme.style(for: .claim) == Style(foreground: 24, background: 230, italic: true, underline: true))
        // Within a role, a missing fg/bg is the terminal default, not the default theme's colour.
        #expect(theme.style(for: .quote) == Style(bold: true))
        #expect(theme.style(for: .text) == Style())
        #expect(theme.style(for: .hedgeCue) == Theme.default.style(for: .hedgeCue))
        #expect(theme.styles.count == 3)
    }

    @Test func anEmptyFileIsTheDefaultTheme() throws {
        let theme = try ThemeLoader.parse("# nothing yet\n", file: "empty.toml")
        #expect(theme.name == "empty")
        #expect(try ThemeLoader.parse("name = \"\"\n", file: "dir/empty.toml").name == "empty")
        for role in Role.allCases { #expect(theme.style(for: role) == Theme.default.style(for: role)) }
    }

    @Test func namesAndInlineAndDottedRoles() throws {
        let theme = try ThemeLoader.parse("""
            name = "Mine"
            description = "Mostly green"
            [roles]
            claim = { fg = "green", attrs = ["bold"] }
            noise.attrs = ["dim"]
            """, file: "mine.toml")
        #expect(theme.name == "Mine")
        #expect(theme.description == "Mostly green")
        #expect(theme.style(for: .claim) == Style(foreground: 2, bold: true))
        #expect(theme.style(for: .noise) == Style(dim: true))
        let dotted = try ThemeLoader.parse("roles.quote.fg = \"bright-green\"\n", file: "dotted.toml")
        #expect(dotted.style(for: .quote) == Style(foreground: 10))
    }

    func message(_ text: String, file: String = "light.toml") -> String? {
        do {
            _ = try ThemeLoader.parse(text, file: file)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func syntaxErrorsGiveLineAndColumn() {
        #expect(message("name = \"x\"\n[roles.claim\nfg = 1\n")
            == "light.toml:2:13: Error while parsing table header: expected ']', saw '\\n'")
        #expect(message("[roles.claim]\nfg = \n")
            == "light.toml:2:6: Error while parsing key-value pair: expected value, saw '\\n'")
    }

    @Test func unknownRole() {
        #expect(message("name = \"x\"\n\n[roles.claims]\nfg = 1\n") == "light.toml:3: roles.claims: unknown role")
        #expect(message("[roles.ListMarker]\n") == "light.toml:1: roles.ListMarker: unknown role")
    }

    @Test func unknownKeys() {
        #expect(message("name = \"x\"\ncolour = 3\n")
            == "light.toml:2: colour: unknown key (expected name, description or roles)")
        #expect(message("[roles.claim]\nfg = 1\nfgg = 2\n")
            == "light.toml:3: roles.claim.fgg: unknown key (expected fg, bg or attrs)")
        #expect(message("\n[colours.claim]\nfg = 1\n")
            == "light.toml:2: colours: unknown key (expected name, description or roles)")
        #expect(message("[roles]\nclaim.fg = 1\nclaims.fg = 2\n") == "light.toml:3: roles.claims: unknown role")
    }

    @Test func badColours() {
        let text = """
            name = "light"
            # claims in a calm blue
            [roles.claim]
            attrs = ["italic"]
            fg = "purplish"
            """
        #expect(message(text) == #"light.toml:5: roles.claim.fg: "purplish" is not a colour (a name, 0–255 or #rrggbb)"#)
        #expect(message("[roles.hedged]\nbg = 300\n")
            == "light.toml:2: roles.hedged.bg: 300 is not a colour (a name, 0–255 or #rrggbb)")
        #expect(message("[roles.hedged]\nbg = true\n")
            == "light.toml:2: roles.hedged.bg: true is not a colour (a name, 0–255 or #rrggbb)")
        #expect(message("[roles.hedged]\nbg = \"#12345\"\n")
            == ##"light.toml:2: roles.hedged.bg: "#12345" is not a colour (a name, 0–255 or #rrggbb)"##)
        #expect(message("[roles.hedged]\nbg = [1, 2]\n")
            == "light.toml:2: roles.hedged.bg: a list is not a colour (a name, 0–255 or #rrggbb)")
    }

    @Test func badAttributes() {
        #expect(message("[roles.claim]\nattrs = [\"italic\", \"blink\"]\n")
            == #"light.toml:2: roles.claim.attrs: "blink" is not an attribute (bold, dim, italic, underline or reverse)"#)
        #expect(message("[roles.claim]\nattrs = [\n  \"bold\",\n  3,\n]\n")
            == "light.toml:2: roles.claim.attrs: 3 is not an attribute (bold, dim, italic, underline or reverse)")
    }

    @Test func valuesOfTheWrongKind() {
        #expect(message("name = 3\n") == "light.toml:1: name: 3 is not a string")
        #expect(message("description = [\"a\"]\n") == "light.toml:1: description: a list is not a string")
        #expect(message("roles = \"all\"\n") == #"light.toml:1: roles: "all" is not a table of roles"#)
        #expect(message("[roles]\nclaim = \"red\"\n")
            == #"light.toml:2: roles.claim: "red" is not a table (fg, bg, attrs)"#)
        #expect(message("[roles.claim]\nattrs = \"bold\"\n")
            == #"light.toml:2: roles.claim.attrs: "bold" is not a list (like ["bold", "underline"])"#)
    }

    @Test func linesAreFoundForInlineDottedAndQuotedKeys() {
        #expect(message("[roles]\n\nclaim = { fg = \"purplish\" }\n")
            == #"light.toml:3: roles.claim.fg: "purplish" is not a colour (a name, 0–255 or #rrggbb)"#)
        #expect(message("name = \"x\"\nroles.claim.fg = \"purplish\"\n")
            == #"light.toml:2: roles.claim.fg: "purplish" is not a colour (a name, 0–255 or #rrggbb)"#)
        #expect(message("[ roles . \"claim\" ]\n\"fg\" = \"purplish\"\n")
            == #"light.toml:2: roles.claim.fg: "purplish" is not a colour (a name, 0–255 or #rrggbb)"#)
    }

    @Test func linesSkipMultiLineStringsAndArrays() {
        let text = """
            description = \"\"\"
            [roles.claim]
            fg = "fine"
            \"\"\"
            [roles.quote]
            attrs = [
              "bold", # the bar is bold too
              [1],
            ]
            [roles.claim]
            fg = "purplish"
            """
        #expect(message(text)
            == "light.toml:6: roles.quote.attrs: a list is not an attribute (bold, dim, italic, underline or reverse)")
        let later = text.replacingOccurrences(of: "[1],", with: "\"dim\",")
        #expect(message(later) == #"light.toml:11: roles.claim.fg: "purplish" is not a colour (a name, 0–255 or #rrggbb)"#)
    }

    @Test func theErrorNearestTheStartIsReported() {
        // TOMLKit returns keys sorted (attrs before fg, hedged before quote); the message follows the file.
        #expect(message("[roles.quote]\nfg = \"nope\"\n[roles.hedged]\nattrs = [\"blink\"]\n")
            == #"light.toml:2: roles.quote.fg: "nope" is not a colour (a name, 0–255 or #rrggbb)"#)
        #expect(message("zzz = 1\n[roles.claim]\nfg = 1\n")
            == "light.toml:1: zzz: unknown key (expected name, description or roles)")
    }
}

// MARK: - Finding themes

/// A directory tree under the temporary directory, removed when the test ends.
final class TemporaryTree {
    let root: String

    init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("skeptic-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.resolvingSymlinksInPath().path
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ relative: String) -> String { root + "/" + relative }

    @discardableResult
    func directory(_ relative: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
        return path(relative)
    }

    @discardableResult
    func file(_ relative: String, _ text: String = "") throws -> String {
        try directory((relative as NSString).deletingLastPathComponent)
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
        return path(relative)
    }

    func link(_ relative: String, to destination: String) throws {
        try directory((relative as NSString).deletingLastPathComponent)
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }
}

@Suite struct ThemeSearchTests {
    @Test func userThemesComeFirstThenTheBuildsThemesFolder() throws {
        let tree = try TemporaryTree()
        let xdg = try tree.directory("config/skeptic/themes")
        try tree.directory("home/.config/skeptic/themes")
        try tree.file("proj/Themes/default.toml")
        try tree.file("proj/.build/x86_64-unknown-linux-gnu/debug/skeptic")
        // SwiftPM's .build/debug is a symlink to the triple's folder.
        try tree.link("proj/.build/debug", to: "x86_64-unknown-linux-gnu/debug")

        let paths = ThemeLoader.searchPaths(
            executablePath: tree.path("proj/.build/debug/skeptic"),
            environment: ["XDG_CONFIG_HOME": tree.path("config"), "HOME": tree.path("home")])
        #expect(paths == [xdg, tree.path("proj/Themes")])
    }

    @Test func homeIsUsedWhenXDGConfigHomeIsUnsetOrRelative() throws {
        let tree = try TemporaryTree()
        let home = try tree.directory("home/.config/skeptic/themes")
        try tree.file("proj/Themes/default.toml")
        try tree.file("proj/.build/release/skeptic")
        let executable = tree.path("proj/.build/release/skeptic")
        #expect(ThemeLoader.searchPaths(executablePath: executable, environment: ["HOME": tree.path("home")])
            == [home, tree.path("proj/Themes")])
        #expect(ThemeLoader.searchPaths(executablePath: executable,
                                        environment: ["XDG_CONFIG_HOME": "config", "HOME": tree.path("home") + "/"])
            == [home, tree.path("proj/Themes")])
        // An XDG_CONFIG_HOME that is set wins over HOME even when it has no themes folder.
        #expect(ThemeLoader.searchPaths(executablePath: executable,
                                        environment: ["XDG_CONFIG_HOME": tree.path("empty"), "HOME": tree.path("home")])
            == [tree.path("proj/Themes")])
    }

    @Test func anInstallFindsItsShareFolder() throws {
        let tree = try TemporaryTree()
        try tree.file("usr/local/bin/skeptic")
        let share = try tree.directory("usr/local/share/skeptic/themes")
        // A Themes folder without default.toml is not the build's.
        try tree.directory("usr/local/Themes")
        try tree.link("bin/skeptic", to: "../usr/local/bin/skeptic")
        #expect(ThemeLoader.searchPaths(executablePath: tree.path("bin/skeptic"), environment: [:]) == [share])
        #expect(ThemeLoader.searchPaths(executablePath: tree.path("usr/local/bin/skeptic"), environment: ["HOME": ""])
            == [share])
        #expect(ThemeLoader.searchPaths(executablePath: tree.path("nowhere/skeptic"), environment: [:]) == [])
    }

    /// An installed reader (its share folder holds default.toml) never takes a `Themes` folder above it.
    @Test func anInstalledReaderIgnoresAThemesFolderAboveIt() throws {
        let tree = try TemporaryTree()
        try tree.file("usr/local/bin/skeptic")
        try tree.file("usr/local/share/skeptic/themes/default.toml")
        try tree.file("usr/local/Themes/default.toml")
        try tree.file("Themes/default.toml")
        #expect(ThemeLoader.searchPaths(executablePath: tree.path("usr/local/bin/skeptic"), environment: ["HOME": ""])
            == [tree.path("usr/local/share/skeptic/themes")])
    }

    @Test func availableListsSortedUniqueNamesWithDefault() throws {
        let tree = try TemporaryTree()
        try tree.file("a/light.toml", "name = \"first\"\n")
        try tree.file("a/mono.toml")
        try tree.file("a/notes.txt")
        try tree.file("a/.hidden.toml")
        try tree.directory("a/folder.toml")
        try tree.file("b/light.toml", "name = \"second\"\n")
        try tree.file("b/zen.toml")
        let paths = [tree.path("a"), tree.path("b"), tree.path("missing")]
        #expect(ThemeLoader.available(searchPaths: paths) == ["default", "light", "mono", "zen"])
        #expect(ThemeLoader.available(searchPaths: []) == ["default"])
    }

    @Test func loadByNameTakesTheFirstFound() throws {
        let tree = try TemporaryTree()
        try tree.file("a/light.toml", "name = \"first\"\n")
        try tree.file("b/light.toml", "name = \"second\"\n")
        try tree.file("b/zen.toml", "[roles.claim]\nfg = 1\n")
        let paths = [tree.path("a"), tree.path("b")]
        #expect(try ThemeLoader.load("light", searchPaths: paths).name == "first")
        #expect(try ThemeLoader.load("light", searchPaths: paths.reversed()).name == "second")
        #expect(try ThemeLoader.load("zen", searchPaths: paths).style(for: .claim) == Style(foreground: 1))
        // A value with "/" or ending in .toml is a path.
        #expect(try ThemeLoader.load(tree.path("b/zen.toml"), searchPaths: []).name == "zen")
    }

    @Test func defaultIsBuiltInUnlessAFileOverridesIt() throws {
        let tree = try TemporaryTree()
        #expect(try ThemeLoader.load("default", searchPaths: [tree.root]).styles == Theme.default.styles)
        try tree.file("default.toml", "name = \"mine\"\n[roles.text]\nfg = 7\n")
        let mine = try ThemeLoader.load("default", searchPaths: [tree.root])
        #expect(mine.name == "mine")
        #expect(mine.style(for: .text) == Style(foreground: 7))
    }

    func message(_ nameOrPath: String, _ paths: [String]) -> String? {
        do {
            _ = try ThemeLoader.load(nameOrPath, searchPaths: paths)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func loadErrors() throws {
        let tree = try TemporaryTree()
        try tree.file("a/light.toml")
        try tree.file("a/mono.toml")
        #expect(message("purple", [tree.path("a")]) == #"unknown theme "purple" (available: default, light, mono)"#)
        #expect(message("", [tree.path("a")]) == #"unknown theme "" (available: default, light, mono)"#)
        #expect(message(tree.path("a/none.toml"), []) == "\(tree.path("a/none.toml")): cannot read: No such file or directory")
        #expect(message("none.toml", []) == "none.toml: cannot read: No such file or directory")
        #expect(message(tree.path("a") + "/", []) == "\(tree.path("a"))/: cannot read: Is a directory")
        FileManager.default.createFile(atPath: tree.path("a/latin1.toml"), contents: Data([0x6E, 0x61, 0x6D, 0x65, 0xE9]))
        #expect(message(tree.path("a/latin1.toml"), []) == "\(tree.path("a/latin1.toml")): cannot read: not UTF-8 text")
        // Errors inside a file found by name quote the file's path.
        try tree.file("a/bad.toml", "[roles.claim]\nfg = \"purplish\"\n")
        #expect(message("bad", [tree.path("a")])
            == #"\#(tree.path("a/bad.toml")):2: roles.claim.fg: "purplish" is not a colour (a name, 0–255 or #rrggbb)"#)
    }
}
