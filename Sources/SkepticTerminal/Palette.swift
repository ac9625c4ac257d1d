import SkepticUI

/// The xterm 256-colour palette (RGB values from `ThemeColour`), for mapping a theme's colours down on 8-
/// and 16-colour terminals.
enum Palette {
    /// The nearest of the first `count` colours (8 or 16) to a 256-colour index.
    static func nearest(to index: Int, among count: Int) -> Int {
        let (r, g, b) = ThemeColour.rgb(index: index)
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<count {
            let (cr, cg, cb) = ThemeColour.rgb(index: candidate)
            let d = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
            if d < bestDistance {
                bestDistance = d
                best = candidate
            }
        }
        return best
    }
}
