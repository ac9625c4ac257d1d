/// What a key asks the reader to do. Each action's name, help text and default keys live in `KeyMap.table`.
public enum Action: String, CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextHeading, previousHeading, nextSection, previousSection
    case toggleFocus, toggleTree, help, quit, redraw
    case treeDown, treeUp, treeJump, treeCollapse, treeExpand
}

/// Where a binding applies: anywhere, or only while the section tree has the focus.
public enum KeyContext: String, Sendable {
    case reader
    case tree
}

/// One row of the key table.
public struct KeyBinding: Sendable {
    public let action: Action
    public let keys: [Key]
    public let help: String
    public let context: KeyContext
}

/// The one table that maps keys to actions; the help screen is generated from it.
public enum KeyMap {
    public static let table: [KeyBinding] = [
        KeyBinding(action: .lineDown, keys: [.char("j"), .down, .enter], help: "line down", context: .reader),
        KeyBinding(action: .lineUp, keys: [.char("k"), .up], help: "line up", context: .reader),
        KeyBinding(action: .pageDown, keys: [.char(" "), .char("f"), .pageDown], help: "page down", context: .reader),
        KeyBinding(action: .pageUp, keys: [.char("b"), .pageUp], help: "page up", context: .reader),
        KeyBinding(action: .halfPageDown, keys: [.char("d")], help: "half page down", context: .reader),
        KeyBinding(action: .halfPageUp, keys: [.char("u")], help: "half page up", context: .reader),
        KeyBinding(action: .top, keys: [.char("g"), .home], help: "top of the article", context: .reader),
        KeyBinding(action: .bottom, keys: [.char("G"), .end], help: "end of the article", context: .reader),
        KeyBinding(action: .nextHeading, keys: [.char("]")], help: "next heading (any level)", context: .reader),
        KeyBinding(action: .previousHeading, keys: [.char("[")], help: "previous heading (any level)", context: .reader),
        KeyBinding(action: .nextSection, keys: [.char("}")], help: "next section of the same level", context: .reader),
        KeyBinding(action: .previousSection, keys: [.char("{")], help: "previous section of the same level", context: .reader),
        KeyBinding(action: .toggleFocus, keys: [.tab, .backTab], help: "switch focus between tree and text", context: .reader),
        KeyBinding(action: .toggleTree, keys: [.char("t")], help: "hide or show the section tree", context: .reader),
        KeyBinding(action: .help, keys: [.char("?")], help: "this help", context: .reader),
        KeyBinding(action: .redraw, keys: [.ctrl("l")], help: "redraw the screen", context: .reader),
        KeyBinding(action: .quit, keys: [.char("q"), .char("Q"), .ctrl("c")], help: "quit", context: .reader),
        KeyBinding(action: .treeDown, keys: [.char("j"), .down], help: "next heading in the tree", context: .tree),
        KeyBinding(action: .treeUp, keys: [.char("k"), .up], help: "previous heading in the tree", context: .tree),
        KeyBinding(action: .treeJump, keys: [.enter], help: "jump to the selected heading", context: .tree),
        KeyBinding(action: .treeCollapse, keys: [.char("h"), .left], help: "collapse (or go to the parent)", context: .tree),
        KeyBinding(action: .treeExpand, keys: [.char("l"), .right], help: "expand", context: .tree),
    ]

    /// The action for a key: tree bindings first while the tree has the focus, then the reader's.
    public static func action(for key: Key, treeFocused: Bool) -> Action? {
        if treeFocused, let hit = table.first(where: { $0.context == .tree && $0.keys.contains(key) }) {
            return hit.action
        }
        return table.first(where: { $0.context == .reader && $0.keys.contains(key) })?.action
    }

    /// The help screen's lines: keys and what they do, grouped by context.
    public static func helpLines() -> [(keys: String, help: String)] {
        var out: [(String, String)] = []
        for context in [KeyContext.reader, .tree] {
            out.append(("", context == .reader ? "Reading" : "In the section tree (Tab to focus)"))
            for binding in table where binding.context == context {
                out.append((binding.keys.map(\.description).joined(separator: " "), binding.help))
            }
            out.append(("", ""))
        }
        out.removeLast()
        return out
    }
}
