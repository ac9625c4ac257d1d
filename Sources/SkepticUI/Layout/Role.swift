/// What a piece of the screen is; themes give each role a style. Views use roles, never colours.
public enum Role: String, Sendable, CaseIterable, Hashable {
    case text
    case title
    case heading1
    case heading2
    case heading3
    case metadata
    case listMarker
    case quote
    case quoteBar
    case separator
    /// A figure caption or an image standing alone.
    case caption
    /// Code blocks and code spans.
    case code
    case emphasis
    case strong
    case strikethrough
    /// Link text, and the "[3]" marker after it that points into the link list.
    case link
    case linkMarker
    /// A table's header row, and its rules between columns and under the header.
    case tableHeader
    case tableRule
    /// A control character shown in visible notation (`^[`).
    case control
    /// A statement of fact a reader may want to check.
    case claim
    /// A speculative statement (a hedge cue makes it so).
    case hedged
    /// The hedge cue itself, inside a hedged statement.
    case hedgeCue
    /// Quoted words inside a speculative statement: the quote's style over the hedge's tint, so that neither
    /// label hides the other.
    case hedgedQuote
    /// A vague statement: asserted, but without who or how much ("about", "some", "critics say").
    case vague
    /// The vague cue itself ("⟨about⟩ 40", "⟨critics say⟩"), in a vague or any other statement.
    case vagueCue
    /// A statement whose flag the reader confirmed (its tint; its cues keep theirs).
    case confirmed
    /// A statement whose flag the reader dismissed: dim and italic, its cues with it, so that it looks neither
    /// flagged nor unflagged.
    case dismissed
    /// The mark in the margin beside a statement the reader wrote a note on (✎).
    case noteMarker
    /// The mark in the margin beside a statement the article said before: = a repeat, ≈ a restatement.
    case repeatMarker
    /// Page furniture: ads, share prompts.
    case noise
    /// A search hit, and the current one.
    case searchHit
    case searchCurrent
    /// The sentence selected with the mouse.
    case selection
    /// A user's own highlight rule (config `[[highlight]]` with role "watch").
    case watch
    /// The prompt line (search, go-to) and its messages.
    case prompt
    case message
    case tree
    case treeCurrent
    case treeSelected
    case treeFocusedSelected
    /// The counts beside a section in the tree.
    case treeCount
    case border
    case status
    case statusKey
    case help
    case helpKey
    case emptyState

    /// Roles are compared and hashed by their case, not their name (a String raw value would otherwise be
    /// hashed on every look-up, as in the terminal's style cache at start-up).
    @inline(__always)
    public var ordinal: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    public static func == (a: Role, b: Role) -> Bool { a.ordinal == b.ordinal }

    /// The heading role for a tree level (1 = top).
    public static func heading(level: Int) -> Role {
        switch level {
        case ...1: return .heading1
        case 2: return .heading2
        default: return .heading3
        }
    }
}
