import CNcursesw
import SkepticCore
import SkepticUI

/// OSC 8 hyperlinks (`ESC ] 8 ; params ; URI ESC \`, as glow, ls and gcc write them) over the cells of the
/// grid that belong to a link. Curses cannot write them: after each update, the link's cells are written
/// again, with the same characters and style, between the opening and the closing sequence.
public enum Hyperlinks {
    /// The longest URL made a hyperlink (terminals keep about 2 KB; longer ones are left plain).
    static let maxLength = 2048

    /// The bytes of `url` as they may stand inside the sequence, or nil: only `http`, `https` and `file`
    /// addresses, printable ASCII only (no control character, space or ESC can end or break the sequence;
    /// other characters are percent-encoded, as in a URI).
    public static func validated(_ url: String) -> [UInt8]? {
        let lower = url.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file://") else { return nil }
        // No control character (C0, DEL, C1) and no hidden or bidirectional one, even percent-encoded.
        for scalar in url.unicodeScalars where Sanitiser.notation(for: scalar) != nil { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if byte < 0x21 || byte == 0x7F { return nil }
            if byte >= 0x80 {
                out.append(0x25)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            } else {
                out.append(byte)
            }
        }
        return out.count <= maxLength ? out : nil
    }

    /// The hyperlinks' bytes for a named terminal type (TERM), nil when it is unknown; for tests.
    public static func overlay(_ grid: CellGrid, theme: Theme, terminalType: String) -> [UInt8]? {
        guard sk_terminfo_load_named(terminalType, 2) != 0 else { return nil }
        defer { sk_terminfo_free() }
        let colours = Int(sk_terminfo_number("colors"))
        return overlay(grid) { FirstFrame.styleBytes(theme.style(for: $0), colours: colours) }
    }

    /// The opening sequence for a link (with an id, so that a link's cells on several rows are one link).
    static func open(_ uri: [UInt8], id: Int) -> [UInt8] {
        var out: [UInt8] = [0x1B, 0x5D, 0x38, 0x3B] + Array("id=skeptic-\(id)".utf8) + [0x3B]
        out += uri
        out += [0x1B, 0x5C]
        return out
    }

    /// The closing sequence.
    static let close: [UInt8] = [0x1B, 0x5D, 0x38, 0x3B, 0x3B, 0x1B, 0x5C]

    /// The bytes that make the grid's link cells hyperlinks: for each run of cells of one link on a row, the
    /// cursor moved there, the opening sequence, the cells with their styles (`style` gives a role's bytes,
    /// which start with a reset), the closing sequence; at the end, the reset. Empty when there is no
    /// link a hyperlink may be made of.
    static func overlay(_ grid: CellGrid, style: (Role) -> [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        guard let cup = sk_terminfo_string("cup") else { return out }
        var uris: [UInt16: [UInt8]?] = [:]
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let link = grid[row, column].link
                guard link != 0, Int(link) <= grid.linkTargets.count else { column += 1; continue }
                var end = column
                while end < grid.width && grid[row, end].link == link { end += 1 }
                defer { column = end }
                // The bottom-right cell is never written (some terminals scroll).
                if row == grid.height - 1 && end == grid.width { end -= 1 }
                let uri = uris[link] ?? validated(grid.linkTargets[Int(link) - 1])
                uris[link] = uri
                guard let uri, end > column else { continue }
                FirstFrame.appendCapability(sk_tiparm2(cup, Int32(row), Int32(column)), to: &out)
                out += open(uri, id: Int(link))
                var role: Role?
                for c in column..<end where !grid[row, c].isContinuation {
                    let cell = grid[row, c]
                    if cell.role != role {
                        out += style(cell.role)
                        role = cell.role
                    }
                    FirstFrame.appendUTF8(cell.base == "\0" ? " " : cell.base, to: &out)
                    if cell.hasMarks, let marks = cell.marks {
                        for scalar in marks.unicodeScalars where scalar.value >= 0xA0 { FirstFrame.appendUTF8(scalar, to: &out) }
                    }
                }
                out += close
            }
        }
        if !out.isEmpty { FirstFrame.appendCapability(sk_terminfo_string("sgr0"), to: &out) }
        return out
    }
}
