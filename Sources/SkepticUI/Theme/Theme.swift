/// How one role looks: colours (terminal palette indexes, nil for the terminal's default) and attributes.
public struct Style: Sendable, Equatable {
    public var foreground: Int?
    public var background: Int?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: Int? = nil, background: Int? = nil, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// The same attributes without colours; a role that stood out by its background is shown reversed.
    public var withoutColour: Style {
        var s = self
        if s.background != nil { s.reverse = true }
        s.foreground = nil
        s.background = nil
        return s
    }
}

/// Styles for roles. Roles a theme leaves out fall back to `Theme.default`.
public struct Theme: Sendable {
    public let name: String
    /// What the theme is for, in a few words (a theme file's `description`).
    public var description: String
    /// Styles by role ordinal; nil where the theme leaves a role to the default theme. (An array, not a
    /// dictionary: the built-in theme is made at every start, and a dictionary keyed by role costs a scan of
    /// every conformance record in the binary.)
    private var table: [Style?]

    /// The theme's own styles by role.
    public var styles: [Role: Style] {
        get {
            var out: [Role: Style] = [:]
            for role in Role.allCases { if let s = table[Int(role.ordinal)] { out[role] = s } }
            return out
        }
        set {
            table = Self.emptyTable
            for (role, style) in newValue { table[Int(role.ordinal)] = style }
        }
    }

    static var emptyTable: [Style?] { [Style?](repeating: nil, count: 256) }

    public init(name: String, description: String = "", styles: [Role: Style]) {
        self.name = name
        self.description = description
        table = Self.emptyTable
        for (role, style) in styles { table[Int(role.ordinal)] = style }
    }

    /// A role and its style, for themes written in code.
    struct Entry {
        let role: Role
        let style: Style
        init(_ role: Role, _ style: Style) {
            self.role = role
            self.style = style
        }
    }

    init(name: String, description: String, entries: [Entry]) {
        self.name = name
        self.description = description
        table = Self.emptyTable
        for entry in entries { table[Int(entry.role.ordinal)] = entry.style }
    }

    /// The style of a role: the theme's own, else the default theme's.
    public func style(for role: Role) -> Style {
        table[Int(role.ordinal)] ?? Theme.default.table[Int(role.ordinal)] ?? Style()
    }

    /// The theme with every colour removed (NO_COLOR, monochrome terminals): attributes alone carry the roles.
    public var monochrome: Theme {
        Theme(name: name + " (no colour)", description: description, entries: Role.allCases.map { role in
            Entry(role, Theme.monochromeStyles[role] ?? style(for: role).withoutColour)
        })
    }

    /// Roles whose attributes alone must tell them apart without colour: claims italic, hedged statements
    /// underlined, their cues reversed, vague cues bold and underlined (a vague sentence itself is not tinted),
    /// quotes bold (and underlined inside a speculative statement), confirmed statements bold, italic and
    /// underlined, dismissed ones dim, italic and underlined, noise dim.
    public static let monochromeStyles: [Role: Style] = [
        .claim: Style(italic: true),
        .hedged: Style(underline: true),
        .hedgeCue: Style(bold: true, underline: true, reverse: true),
        .hedgedQuote: Style(bold: true, underline: true),
        .vague: Style(),
        .vagueCue: Style(bold: true, underline: true),
        .quote: Style(bold: true),
        .confirmed: Style(bold: true, italic: true, underline: true),
        .dismissed: Style(dim: true, italic: true, underline: true),
        .noteMarker: Style(bold: true),
        .repeatMarker: Style(dim: true),
        .noise: Style(dim: true),
        .searchHit: Style(reverse: true),
        .searchCurrent: Style(bold: true, reverse: true),
        .selection: Style(underline: true),
    ]

    /// The built-in theme for dark terminals (256-colour palette indexes; the terminal layer maps them
    /// down on 8-colour terminals).
    public static let `default` = Theme(name: "default", description: "The built-in theme, for dark terminals", entries: [
        Entry(.text, Style()),
        Entry(.title, Style(foreground: 230, bold: true, underline: true)),
        Entry(.heading1, Style(foreground: 117, bold: true, underline: true)),
        Entry(.heading2, Style(foreground: 117, bold: true)),
        Entry(.heading3, Style(foreground: 110, bold: true, italic: true)),
        Entry(.metadata, Style(foreground: 245, dim: true, italic: true)),
        Entry(.listMarker, Style(foreground: 179, bold: true)),
        Entry(.quote, Style(foreground: 151, bold: true)),
        Entry(.quoteBar, Style(foreground: 173, bold: true)),
        Entry(.separator, Style(foreground: 240, dim: true)),
        Entry(.caption, Style(foreground: 246, italic: true)),
        Entry(.code, Style(foreground: 180, background: 235)),
        Entry(.emphasis, Style(italic: true)),
        Entry(.strong, Style(bold: true)),
        Entry(.strikethrough, Style(foreground: 244, dim: true)),
        Entry(.link, Style(foreground: 75, underline: true)),
        Entry(.linkMarker, Style(foreground: 67, dim: true)),
        Entry(.tableHeader, Style(foreground: 230, bold: true)),
        Entry(.tableRule, Style(foreground: 240, dim: true)),
        Entry(.control, Style(foreground: 203, reverse: true)),
        Entry(.claim, Style(foreground: 153, italic: true)),
        Entry(.hedged, Style(foreground: 223, background: 58, underline: true)),
        Entry(.hedgeCue, Style(foreground: 16, background: 214, bold: true, underline: true)),
        Entry(.hedgedQuote, Style(foreground: 151, background: 58, bold: true, underline: true)),
        Entry(.vague, Style(foreground: 187)),
        Entry(.vagueCue, Style(foreground: 180, underline: true)),
        Entry(.confirmed, Style(foreground: 230, background: 58, bold: true, underline: true)),
        Entry(.dismissed, Style(foreground: 243, dim: true, italic: true)),
        Entry(.noteMarker, Style(foreground: 221, bold: true)),
        Entry(.repeatMarker, Style(foreground: 109)),
        Entry(.noise, Style(foreground: 242, dim: true)),
        Entry(.searchHit, Style(foreground: 16, background: 186)),
        Entry(.searchCurrent, Style(foreground: 16, background: 208, bold: true)),
        Entry(.selection, Style(background: 238, underline: true)),
        Entry(.watch, Style(foreground: 213, bold: true)),
        Entry(.prompt, Style(foreground: 252, background: 235)),
        Entry(.message, Style(foreground: 221, background: 237, bold: true)),
        Entry(.tree, Style(foreground: 250)),
        Entry(.treeCurrent, Style(foreground: 229, bold: true)),
        Entry(.treeSelected, Style(foreground: 229, bold: true, underline: true)),
        Entry(.treeFocusedSelected, Style(foreground: 16, background: 117, bold: true, reverse: false)),
        Entry(.treeCount, Style(foreground: 214)),
        Entry(.border, Style(foreground: 240, dim: true)),
        Entry(.status, Style(foreground: 252, background: 237, reverse: false)),
        Entry(.statusKey, Style(foreground: 16, background: 179, bold: true)),
        Entry(.help, Style(foreground: 252, background: 236)),
        Entry(.helpKey, Style(foreground: 229, background: 236, bold: true)),
        Entry(.emptyState, Style(foreground: 245, italic: true)),
    ])
}
