/// What a key asks the reader to do. Each action's name, help text and default keys live in `KeyMap.table`.
public enum Action: String, CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextHeading, previousHeading, nextSection, previousSection
    case toggleFocus, toggleTree, help, quit, redraw
    case treeDown, treeUp, treeJump, treeCollapse, treeExpand
    case nextHedge, previousHedge, nextClaim, previousClaim, nextQuote, previousQuote, nextFlag, previousFlag
    case toggleHedges, toggleClaims, toggleQuotes, toggleNoise, flagList
    case listDown, listUp, listJump, listClose
}

/// Where a binding applies: anywhere, or only while the section tree has the focus.
public enum KeyContext: String, Sendable {
    case reader
    case tree
    /// The list of flagged statements.
    case flags
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
        KeyBinding(action: .nextHedge, keys: [.char("s")], help: "next hedged (speculative) statement", context: .reader),
        KeyBinding(action: .previousHedge, keys: [.char("S")], help: "previous hedged statement", context: .reader),
        KeyBinding(action: .nextClaim, keys: [.char("c")], help: "next claim", context: .reader),
        KeyBinding(action: .previousClaim, keys: [.char("C")], help: "previous claim", context: .reader),
        KeyBinding(action: .nextQuote, keys: [.char("r")], help: "next source quote", context: .reader),
        KeyBinding(action: .previousQuote, keys: [.char("R")], help: "previous source quote", context: .reader),
        KeyBinding(action: .nextFlag, keys: [.char(";")], help: "next flag of any kind", context: .reader),
        KeyBinding(action: .previousFlag, keys: [.char(",")], help: "previous flag of any kind", context: .reader),
        KeyBinding(action: .toggleHedges, keys: [.char("1")], help: "hedge highlights on/off", context: .reader),
        KeyBinding(action: .toggleClaims, keys: [.char("2")], help: "claim highlights on/off", context: .reader),
        KeyBinding(action: .toggleQuotes, keys: [.char("3")], help: "quote highlights on/off", context: .reader),
        KeyBinding(action: .toggleNoise, keys: [.char("4")], help: "noise dimming on/off", context: .reader),
        KeyBinding(action: .flagList, keys: [.char("L")], help: "list of flagged statements", context: .reader),
        KeyBinding(action: .treeDown, keys: [.char("j"), .down], help: "next heading in the tree", context: .tree),
        KeyBinding(action: .treeUp, keys: [.char("k"), .up], help: "previous heading in the tree", context: .tree),
        KeyBinding(action: .treeJump, keys: [.enter], help: "jump to the selected heading", context: .tree),
        KeyBinding(action: .treeCollapse, keys: [.char("h"), .left], help: "collapse (or go to the parent)", context: .tree),
        KeyBinding(action: .treeExpand, keys: [.char("l"), .right], help: "expand", context: .tree),
        KeyBinding(action: .listDown, keys: [.char("j"), .down], help: "next statement in the list", context: .flags),
        KeyBinding(action: .listUp, keys: [.char("k"), .up], help: "previous statement in the list", context: .flags),
        KeyBinding(action: .listJump, keys: [.enter], help: "jump to the statement", context: .flags),
        KeyBinding(action: .listClose, keys: [.escape, .char("q"), .char("L")], help: "close the list", context: .flags),
    ]

    /// The action for a key: the context's own bindings first, then the reader's.
    public static func action(for key: Key, context: KeyContext = .reader) -> Action? {
        if context != .reader, let hit = table.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return hit.action
        }
        return table.first(where: { $0.context == .reader && $0.keys.contains(key) })?.action
    }

    /// The help screen's lines: keys and what they do, grouped by context.
    public static func helpLines() -> [(keys: String, help: String)] {
        var out: [(String, String)] = []
        let titles: [KeyContext: String] = [.reader: "Reading", .tree: "In the section tree (Tab to focus)",
                                            .flags: "In the list of flagged statements (L)"]
        for context in [KeyContext.reader, .tree, .flags] {
            out.append(("", titles[context]!))
            for binding in table where binding.context == context {
                out.append((binding.keys.map(\.description).joined(separator: " "), binding.help))
            }
            out.append(("", ""))
        }
        out.removeLast()
        return out
    }
}
