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
    public var styles: [Role: Style]

    public init(name: String, description: String = "", styles: [Role: Style]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style of a role: the theme's own, else the default theme's.
    public func style(for role: Role) -> Style {
        styles[role] ?? Theme.default.styles[role] ?? Style()
    }

    /// The theme with every colour removed (NO_COLOR, monochrome terminals): attributes alone carry the roles.
    public var monochrome: Theme {
        Theme(name: name + " (no colour)", description: description, styles: Dictionary(uniqueKeysWithValues: Role.allCases.map { role in
            (role, Theme.monochromeStyles[role] ?? style(for: role).withoutColour)
        }))
    }

    /// Roles whose attributes alone must tell them apart without colour: claims italic, hedged statements
    /// underlined, their cues reversed, quotes bold, noise dim.
    public static let monochromeStyles: [Role: Style] = [
        .claim: Style(italic: true),
        .hedged: Style(underline: true),
        .hedgeCue: Style(bold: true, underline: true, reverse: true),
        .quote: Style(bold: true),
        .noise: Style(dim: true),
        .searchHit: Style(reverse: true),
        .searchCurrent: Style(bold: true, reverse: true),
        .selection: Style(underline: true),
    ]

    /// The built-in theme for dark terminals (256-colour palette indexes; the terminal layer maps them
    /// down on 8-colour terminals).
    public static let `default` = Theme(name: "default", description: "The built-in theme, for dark terminals", styles: [
        .text: Style(),
        .title: Style(foreground: 230, bold: true, underline: true),
        .heading1: Style(foreground: 117, bold: true, underline: true),
        .heading2: Style(foreground: 117, bold: true),
        .heading3: Style(foreground: 110, bold: true, italic: true),
        .metadata: Style(foreground: 245, dim: true, italic: true),
        .listMarker: Style(foreground: 179, bold: true),
        .quote: Style(foreground: 151, bold: true),
        .quoteBar: Style(foreground: 173, bold: true),
        .separator: Style(foreground: 240, dim: true),
        .caption: Style(foreground: 246, italic: true),
        .code: Style(foreground: 180, background: 235),
        .emphasis: Style(italic: true),
        .strong: Style(bold: true),
        .strikethrough: Style(foreground: 244, dim: true),
        .link: Style(foreground: 75, underline: true),
        .linkMarker: Style(foreground: 67, dim: true),
        .tableHeader: Style(foreground: 230, bold: true),
        .tableRule: Style(foreground: 240, dim: true),
        .control: Style(foreground: 203, reverse: true),
        .claim: Style(foreground: 153, italic: true),
        .hedged: Style(foreground: 223, background: 58, underline: true),
        .hedgeCue: Style(foreground: 16, background: 214, bold: true, underline: true),
        .noise: Style(foreground: 242, dim: true),
        .searchHit: Style(foreground: 16, background: 186),
        .searchCurrent: Style(foreground: 16, background: 208, bold: true),
        .selection: Style(background: 238, underline: true),
        .watch: Style(foreground: 213, bold: true),
        .prompt: Style(foreground: 252, background: 235),
        .message: Style(foreground: 221, background: 237, bold: true),
        .tree: Style(foreground: 250),
        .treeCurrent: Style(foreground: 229, bold: true),
        .treeSelected: Style(foreground: 229, bold: true, underline: true),
        .treeFocusedSelected: Style(foreground: 16, background: 117, bold: true, reverse: false),
        .treeCount: Style(foreground: 214),
        .border: Style(foreground: 240, dim: true),
        .status: Style(foreground: 252, background: 237, reverse: false),
        .statusKey: Style(foreground: 16, background: 179, bold: true),
        .help: Style(foreground: 252, background: 236),
        .helpKey: Style(foreground: 229, background: 236, bold: true),
        .emptyState: Style(foreground: 245, italic: true),
    ])
}
