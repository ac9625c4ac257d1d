/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    /// Ctrl + a letter, lower-case ("c" for Ctrl-C).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace
    /// The terminal changed size.
    case resize
    /// A mouse event at a screen cell (0-based column and row).
    case mouse(MouseEvent)

    /// How the help screen writes the key.
    public var description: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}

/// What the mouse did.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case click, wheelUp, wheelDown }
    public let kind: Kind
    public let column: Int
    public let row: Int

    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

extension Key {
    /// Reads a key as the config file and the help screen write it: "j", "G", "space", "Ctrl-L", "Enter",
    /// "Tab", "Shift-Tab", "Esc", "Backspace", "Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End"
    /// (names in any case; arrows also as ↑ ↓ ← →).
    public init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "space", " ": self = .char(" ")
        case "enter", "return": self = .enter
        case "tab": self = .tab
        case "shift-tab", "backtab": self = .backTab
        case "esc", "escape": self = .escape
        case "backspace": self = .backspace
        case "up", "↑": self = .up
        case "down", "↓": self = .down
        case "left", "←": self = .left
        case "right", "→": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        default:
            if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter {
                self = .ctrl(c)
            } else if name.count == 1, let c = name.first, !c.isWhitespace {
                self = .char(c)
            } else {
                return nil
            }
        }
    }
}
