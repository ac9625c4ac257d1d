/// A colour as a theme file writes it: a name, a 256-colour palette index or `#rrggbb`.
///
/// Styles hold xterm-256 palette indexes (the terminal layer maps them down on 8- and 16-colour terminals),
/// so every written colour becomes an index here: RGB values go to the nearest palette entry.
public enum ThemeColour: Sendable, Equatable {
    /// The terminal's own foreground or background (`"default"`).
    case terminalDefault
    /// An xterm-256 palette index, 0–255.
    case index(Int)

    /// The palette index a style stores: nil for the terminal's default.
    public var paletteIndex: Int? {
        switch self {
        case .terminalDefault: return nil
        case .index(let i): return i
        }
    }

    // MARK: - Parsing

    /// The colour a theme file's string means: `default`, one of the 16 names, `#rrggbb` or `#rgb`; nil if none.
    ///
    /// Names are case-insensitive: `black red green yellow blue magenta cyan white` are 0–7, their
    /// `bright-` forms 8–15, and `grey`/`gray` is 8 (the same as `bright-black`).
    public init?(_ text: String) {
        let written = text.lowercased()
        if written == "default" {
            self = .terminalDefault
        } else if let index = ThemeColour.names[written] {
            self = .index(index)
        } else if written.hasPrefix("#"), let (r, g, b) = ThemeColour.rgb(hex: written.dropFirst()) {
            self = .index(ThemeColour.nearestIndex(red: r, green: g, blue: b))
        } else {
            return nil
        }
    }

    /// The colour a theme file's integer means: a palette index 0–255; nil outside that range.
    public init?(_ number: Int) {
        guard (0...255).contains(number) else { return nil }
        self = .index(number)
    }

    /// The names of the 16 basic colours, lower case.
    public static let names: [String: Int] = {
        let basic = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var names: [String: Int] = [:]
        for (i, name) in basic.enumerated() {
            names[name] = i
            names["bright-" + name] = i + 8
        }
        names["grey"] = 8
        names["gray"] = 8
        return names
    }()

    /// Red, green and blue from the hex digits after `#` (6 digits, or 3 that are each doubled).
    static func rgb(hex: Substring) -> (Int, Int, Int)? {
        var d: [Int] = []
        for byte in hex.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d.append(Int(byte - UInt8(ascii: "0")))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d.append(Int(byte - UInt8(ascii: "a")) + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d.append(Int(byte - UInt8(ascii: "A")) + 10)
            default: return nil
            }
        }
        switch d.count {
        case 6: return (d[0] * 16 + d[1], d[2] * 16 + d[3], d[4] * 16 + d[5])
        case 3: return (d[0] * 17, d[1] * 17, d[2] * 17)
        default: return nil
        }
    }

    // MARK: - The xterm palette

    /// The palette index nearest to an RGB colour by squared distance.
    ///
    /// The 6×6×6 cube (16–231) and the grey ramp (232–255) are searched first, then the 16 basic colours
    /// (which terminals often redefine); on a tie the earlier index wins, so `#ff0000` is 196, not 9, and
    /// `#000000` is 16, not 0. A basic colour is chosen only when it is strictly nearer.
    public static func nearestIndex(red: Int, green: Int, blue: Int) -> Int {
        var best = 16
        var bestDistance = Int.max
        for index in Array(16...255) + Array(0...15) {
            let (r, g, b) = rgb(index: index)
            let distance = (red - r) * (red - r) + (green - g) * (green - g) + (blue - b) * (blue - b)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// The RGB value xterm gives a palette index (the same table the terminal layer maps colours down with).
    public static func rgb(index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<16:
            return basic[max(0, index)]
        case 16..<232:
            let i = index - 16
            return (cubeSteps[i / 36], cubeSteps[(i / 6) % 6], cubeSteps[i % 6])
        default:
            let grey = 8 + (min(index, 255) - 232) * 10
            return (grey, grey, grey)
        }
    }

    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeSteps = [0, 95, 135, 175, 215, 255]
}
