import Testing
@testable import SkepticUI

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
