/// What a key asks the reader to do. Each action's name, help text and default keys live in `KeyMap.table`.
public enum Action: String, CaseIterable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextHeading, previousHeading, nextSection, previousSection
    case toggleFocus, toggleTree, help, quit, redraw
    case treeDown, treeUp, treeJump, treeCollapse, treeExpand
    case nextHedge, previousHedge, nextVague, previousVague, nextClaim, previousClaim, nextQuote, previousQuote, nextFlag, previousFlag
    case nextUnsourced, previousUnsourced, firstSaid
    case toggleHedges, toggleVague, toggleClaims, toggleQuotes, toggleNoise, toggleRepeats, flagList
    case listDown, listUp, listJump, listClose, listFilter, listGroup
    case searchForward, searchBackward, nextHit, previousHit, goTo, setMark, goToMark, cycleTheme, treeFilter
    case confirmFlag, dismissFlag, flagSentence, addNote, editNote, exportReview
    case followLink, back
    case linkList, linksDown, linksUp, linksPageDown, linksPageUp, linksLeft, linksRight, linksFollow, linksClose
    case forward, history, historyDown, historyUp, historyPageDown, historyPageUp, historyOpen, historyClose
    case library, libraryDown, libraryUp, libraryPageDown, libraryPageUp, librarySort, libraryAnalyseAll, libraryOpen, libraryClose
    /// The sources view (`p`) and its keys.
    case sourceList, sourcesDown, sourcesUp, sourcesPageDown, sourcesPageUp, sourcesJump, sourcesClose
    /// Editing a prompt (search, go-to, note, export, link); other keys type.
    case promptAccept, promptCancel, promptDeleteBack, promptClear, promptRegex, promptEarlier, promptLater
    /// The letter after `flag-sentence` (`x`): the reader's own flag.
    case ownSpeculative, ownVague, ownClaim, ownMarked, ownNone
}

/// Where a binding applies: anywhere, or only while the section tree has the focus.
public enum KeyContext: String, Sendable {
    case reader
    case tree
    /// The list of flagged statements.
    case flags
    /// The links view.
    case links
    /// The library view.
    case library
    /// The history view.
    case history
    /// The sources view.
    case sources
    /// A prompt on the status line: only these keys act; the others type.
    case prompt
    /// The key after `flag-sentence`: only these act.
    case ownFlag
}

/// One row of the key table.
public struct KeyBinding: Sendable {
    public let action: Action
    public let keys: [Key]
    public let help: String
    public let context: KeyContext
}

/// The one table that maps keys to actions; the help screen is generated from it. A value: the reader's
/// state holds the key map in use (the table with the user's remapping applied), nothing process-wide.
public struct KeyMap: Sendable {
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
        KeyBinding(action: .help, keys: [.char("h"), .char("H")], help: "this help", context: .reader),
        KeyBinding(action: .searchForward, keys: [.char("/")],
                   help: "search forward as you type (Ctrl-R: regex)", context: .reader),
        KeyBinding(action: .searchBackward, keys: [.char("?")], help: "search backward", context: .reader),
        KeyBinding(action: .nextHit, keys: [.char("n")], help: "next search hit (wraps)", context: .reader),
        KeyBinding(action: .previousHit, keys: [.char("N")], help: "previous search hit", context: .reader),
        KeyBinding(action: .goTo, keys: [.char(":")], help: "go to a line, a percentage (50%) or a heading (#3)", context: .reader),
        KeyBinding(action: .setMark, keys: [.char("m")], help: "set a mark (then a letter)", context: .reader),
        KeyBinding(action: .goToMark, keys: [.char("'")], help: "go to a mark (then a letter; '' goes back)", context: .reader),
        KeyBinding(action: .cycleTheme, keys: [.char("T")], help: "next colour theme", context: .reader),
        KeyBinding(action: .redraw, keys: [.ctrl("l")], help: "redraw the screen", context: .reader),
        KeyBinding(action: .quit, keys: [.char("q"), .char("Q"), .ctrl("c")], help: "quit", context: .reader),
        KeyBinding(action: .nextHedge, keys: [.char("s")], help: "next speculative (hedged) statement", context: .reader),
        KeyBinding(action: .previousHedge, keys: [.char("S")], help: "previous speculative statement", context: .reader),
        KeyBinding(action: .nextVague, keys: [.char("v")], help: "next vague statement (who or how much left out)", context: .reader),
        KeyBinding(action: .previousVague, keys: [.char("V")], help: "previous vague statement", context: .reader),
        KeyBinding(action: .nextClaim, keys: [.char("c")], help: "next claim", context: .reader),
        KeyBinding(action: .previousClaim, keys: [.char("C")], help: "previous claim", context: .reader),
        KeyBinding(action: .nextUnsourced, keys: [.char("w")], help: "next claim without a source", context: .reader),
        KeyBinding(action: .previousUnsourced, keys: [.char("W")], help: "previous claim without a source", context: .reader),
        KeyBinding(action: .nextQuote, keys: [.char("r")], help: "next source quote", context: .reader),
        KeyBinding(action: .previousQuote, keys: [.char("R")], help: "previous source quote", context: .reader),
        KeyBinding(action: .firstSaid, keys: [.char("=")],
                   help: "where a statement marked = or ≈ was first said ('' comes back)", context: .reader),
        KeyBinding(action: .nextFlag, keys: [.char(";")], help: "next flag of any kind", context: .reader),
        KeyBinding(action: .previousFlag, keys: [.char(",")], help: "previous flag of any kind", context: .reader),
        KeyBinding(action: .toggleHedges, keys: [.char("1")], help: "speculation highlights on/off", context: .reader),
        KeyBinding(action: .toggleClaims, keys: [.char("2")], help: "claim highlights on/off", context: .reader),
        KeyBinding(action: .toggleQuotes, keys: [.char("3")], help: "quote highlights on/off", context: .reader),
        KeyBinding(action: .toggleNoise, keys: [.char("4")], help: "noise dimming on/off", context: .reader),
        KeyBinding(action: .toggleVague, keys: [.char("5")], help: "vague highlights on/off", context: .reader),
        KeyBinding(action: .toggleRepeats, keys: [.char("6")],
                   help: "fold what is said twice (a paragraph said before: one line) or unfold", context: .reader),
        KeyBinding(action: .flagList, keys: [.char("L")], help: "list of flagged statements, by label", context: .reader),
        KeyBinding(action: .confirmFlag, keys: [.char("+")], help: "confirm the flag of the selected statement", context: .reader),
        KeyBinding(action: .dismissFlag, keys: [.char("-")], help: "dismiss the flag of the selected statement", context: .reader),
        KeyBinding(action: .flagSentence, keys: [.char("x")],
                   help: "flag yourself: s speculative, v vague, c claim, m mark, x none", context: .reader),
        KeyBinding(action: .addNote, keys: [.char("a")], help: "write a note on the selected statement (Enter saves)", context: .reader),
        KeyBinding(action: .editNote, keys: [.char("A")], help: "write a longer note in $VISUAL or $EDITOR (as git does)", context: .reader),
        KeyBinding(action: .followLink, keys: [.char("o")], help: "open a link by its number ([3] in the text)", context: .reader),
        KeyBinding(action: .back, keys: [.char("B")], help: "back to the article before the link you opened", context: .reader),
        KeyBinding(action: .forward, keys: [.char("F")], help: "forward to the article B came back from", context: .reader),
        KeyBinding(action: .history, keys: [.backspace], help: "the history: the articles opened, most recent first (as lynx)", context: .reader),
        KeyBinding(action: .sourceList, keys: [.char("p")],
                   help: "the sources view: each source and the statements resting on it", context: .reader),
        KeyBinding(action: .linkList, keys: [.char("U")], help: "the links view: every link with its whole URL", context: .reader),
        KeyBinding(action: .library, keys: [.char("I")], help: "the library: the articles opened together (or a feed's items)", context: .reader),
        KeyBinding(action: .exportReview, keys: [.char("E")],
                   help: "export the review to a file (Markdown; .json: Web Annotations)", context: .reader),
        KeyBinding(action: .promptAccept, keys: [.enter], help: "search, go, save the note, export or follow", context: .prompt),
        KeyBinding(action: .promptCancel, keys: [.escape, .ctrl("c"), .ctrl("g")],
                   help: "cancel (a search returns to where it started)", context: .prompt),
        KeyBinding(action: .promptDeleteBack, keys: [.backspace, .ctrl("h")], help: "delete a character (on an empty prompt: cancel)",
                   context: .prompt),
        KeyBinding(action: .promptClear, keys: [.ctrl("u")], help: "clear the prompt", context: .prompt),
        KeyBinding(action: .promptRegex, keys: [.ctrl("r")], help: "a search: regular expression or plain text", context: .prompt),
        KeyBinding(action: .promptEarlier, keys: [.up], help: "a search: an earlier search", context: .prompt),
        KeyBinding(action: .promptLater, keys: [.down], help: "a search: a later search", context: .prompt),
        KeyBinding(action: .ownSpeculative, keys: [.char("s")], help: "your flag: speculative", context: .ownFlag),
        KeyBinding(action: .ownVague, keys: [.char("v")], help: "your flag: vague", context: .ownFlag),
        KeyBinding(action: .ownClaim, keys: [.char("c")], help: "your flag: a claim to check", context: .ownFlag),
        KeyBinding(action: .ownMarked, keys: [.char("m")], help: "your flag: marked", context: .ownFlag),
        KeyBinding(action: .ownNone, keys: [.char("x")], help: "your flag taken off", context: .ownFlag),
        KeyBinding(action: .treeDown, keys: [.char("j"), .down], help: "next heading in the tree", context: .tree),
        KeyBinding(action: .treeUp, keys: [.char("k"), .up], help: "previous heading in the tree", context: .tree),
        KeyBinding(action: .treeJump, keys: [.enter], help: "jump to the selected heading", context: .tree),
        KeyBinding(action: .treeCollapse, keys: [.char("h"), .left], help: "collapse (or go to the parent)", context: .tree),
        KeyBinding(action: .treeExpand, keys: [.char("l"), .right], help: "expand", context: .tree),
        KeyBinding(action: .treeFilter, keys: [.char("/")], help: "filter the headings by text (Esc clears)", context: .tree),
        KeyBinding(action: .listDown, keys: [.char("j"), .down], help: "next statement in the list", context: .flags),
        KeyBinding(action: .listUp, keys: [.char("k"), .up], help: "previous statement in the list", context: .flags),
        KeyBinding(action: .listJump, keys: [.enter], help: "jump to the statement", context: .flags),
        KeyBinding(action: .listClose, keys: [.escape, .char("q"), .char("L")], help: "close the list", context: .flags),
        KeyBinding(action: .listFilter, keys: [.char("u")], help: "show all, unreviewed only, or noted only", context: .flags),
        KeyBinding(action: .listGroup, keys: [.char("l")], help: "show one label only, each in turn, then all", context: .flags),
        KeyBinding(action: .sourcesDown, keys: [.char("j"), .down], help: "next source or statement", context: .sources),
        KeyBinding(action: .sourcesUp, keys: [.char("k"), .up], help: "previous source or statement", context: .sources),
        KeyBinding(action: .sourcesPageDown, keys: [.char(" "), .char("f"), .pageDown], help: "a page down", context: .sources),
        KeyBinding(action: .sourcesPageUp, keys: [.char("b"), .pageUp], help: "a page up", context: .sources),
        KeyBinding(action: .sourcesJump, keys: [.enter], help: "jump to the statement (a source: its first)", context: .sources),
        KeyBinding(action: .sourcesClose, keys: [.escape, .char("q"), .char("p")], help: "close the sources view", context: .sources),
        KeyBinding(action: .linksDown, keys: [.char("j"), .down], help: "next link", context: .links),
        KeyBinding(action: .linksUp, keys: [.char("k"), .up], help: "previous link", context: .links),
        KeyBinding(action: .linksPageDown, keys: [.char(" "), .char("f"), .pageDown], help: "a page of links down", context: .links),
        KeyBinding(action: .linksPageUp, keys: [.char("b"), .pageUp], help: "a page of links up", context: .links),
        KeyBinding(action: .linksRight, keys: [.char("l"), .right], help: "scroll the URLs right", context: .links),
        KeyBinding(action: .linksLeft, keys: [.char("h"), .left], help: "scroll the URLs left", context: .links),
        KeyBinding(action: .linksFollow, keys: [.enter], help: "open the selected link (as o and its number)", context: .links),
        KeyBinding(action: .linksClose, keys: [.escape, .char("q"), .char("U")], help: "close the links view", context: .links),
        KeyBinding(action: .historyDown, keys: [.char("j"), .down], help: "next article", context: .history),
        KeyBinding(action: .historyUp, keys: [.char("k"), .up], help: "previous article", context: .history),
        KeyBinding(action: .historyPageDown, keys: [.char(" "), .char("f"), .pageDown], help: "a page down", context: .history),
        KeyBinding(action: .historyPageUp, keys: [.char("b"), .pageUp], help: "a page up", context: .history),
        KeyBinding(action: .historyOpen, keys: [.enter], help: "open the article again", context: .history),
        KeyBinding(action: .historyClose, keys: [.escape, .char("q"), .backspace], help: "close the history", context: .history),
        KeyBinding(action: .libraryDown, keys: [.char("j"), .down], help: "next article", context: .library),
        KeyBinding(action: .libraryUp, keys: [.char("k"), .up], help: "previous article", context: .library),
        KeyBinding(action: .libraryPageDown, keys: [.char(" "), .char("f"), .pageDown], help: "a page of articles down", context: .library),
        KeyBinding(action: .libraryPageUp, keys: [.char("b"), .pageUp], help: "a page of articles up", context: .library),
        KeyBinding(action: .librarySort, keys: [.char("s")], help: "sort by the next column (most speculative first)", context: .library),
        KeyBinding(action: .libraryAnalyseAll, keys: [.char("a")], help: "fetch and analyse every item (a few at a time)", context: .library),
        KeyBinding(action: .libraryOpen, keys: [.enter], help: "open the article", context: .library),
        KeyBinding(action: .libraryClose, keys: [.escape, .char("q"), .char("I")], help: "close the library", context: .library),
    ]

    /// The default bindings.
    public static let standard = KeyMap(bindings: table)

    /// The bindings in use.
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding] = KeyMap.table) {
        self.bindings = bindings
    }

    /// The table with the config file's remapping: keys given to an action are taken away from any other
    /// action of the same context.
    public init(remapping overrides: [(action: Action, keys: [Key])]) {
        bindings = overrides.isEmpty ? Self.table : Self.remapped(Self.table, overrides)
    }

    /// The action for a key in a context that takes no other (a prompt, the key after `x`).
    public func action(for key: Key, only context: KeyContext) -> Action? {
        bindings.first(where: { $0.context == context && $0.keys.contains(key) })?.action
    }

    /// The action for a key: the context's own bindings first, then the reader's.
    public func action(for key: Key, context: KeyContext = .reader) -> Action? {
        if context != .reader, let hit = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return hit.action
        }
        return bindings.first(where: { $0.context == .reader && $0.keys.contains(key) })?.action
    }

    /// The keys bound to an action ("T" for cycle-theme, unless remapped).
    public func keys(for action: Action) -> [Key] {
        bindings.first { $0.action == action }?.keys ?? []
    }

    /// An action's first key as the help shows it ("h", "Enter", "Esc"), for hints in views and messages: a
    /// remapped key shows as remapped; an action left without a key shows its name (":" then it, in a prompt).
    public func name(_ action: Action) -> String {
        keys(for: action).first?.description ?? action.configName
    }

    /// "j/k move, Enter jumps, Esc closes": what to press for each thing, from the keys in use.
    public func hint(_ parts: [([Action], String)]) -> String {
        parts.map { actions, what in actions.map(name).joined(separator: "/") + " " + what }.joined(separator: ", ")
    }

    /// The table with `overrides` applied.
    public static func remapped(_ base: [KeyBinding], _ overrides: [(action: Action, keys: [Key])]) -> [KeyBinding] {
        var bindings = base
        for (action, keys) in overrides {
            guard let index = bindings.firstIndex(where: { $0.action == action }) else { continue }
            let context = bindings[index].context
            for i in bindings.indices where i != index && bindings[i].context == context {
                bindings[i] = KeyBinding(action: bindings[i].action, keys: bindings[i].keys.filter { !keys.contains($0) },
                                         help: bindings[i].help, context: context)
            }
            bindings[index] = KeyBinding(action: action, keys: keys, help: bindings[index].help, context: context)
        }
        return bindings
    }

    /// The help screen's lines: keys and what they do, grouped by context.
    public func helpLines() -> [(keys: String, help: String)] {
        var out: [(String, String)] = []
        let titles: [KeyContext: String] = [.reader: "Reading", .tree: "In the section tree (\(name(.toggleFocus)) to focus)",
                                            .flags: "In the review list (\(name(.flagList)))",
                                            .links: "In the links view (\(name(.linkList)))",
                                            .library: "In the library (\(name(.library)))", .history: "In the history (\(name(.history)))",
                                            .sources: "In the sources view (\(name(.sourceList)))",
                                            .prompt: "In a prompt (\(name(.searchForward)) \(name(.goTo)) \(name(.addNote)) …; other keys type)",
                                            .ownFlag: "After \(name(.flagSentence)) (flag the statement yourself)"]
        for context in [KeyContext.reader, .tree, .flags, .sources, .links, .library, .history, .prompt, .ownFlag] {
            out.append(("", titles[context]!))
            for binding in bindings where binding.context == context {
                out.append((binding.keys.map(\.description).joined(separator: " "), binding.help))
            }
            out.append(("", ""))
        }
        out.removeLast()
        return out
    }
}
