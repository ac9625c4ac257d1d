#if canImport(Glibc)
import Glibc
#endif

/// The few environment variables Skeptic reads. (A struct of fields, not a dictionary: a `[String: String]`
/// made at every start costs a scan of every conformance record in the binary.)
public struct Environment: Sendable, Equatable {
    public var home: String?
    public var configHome: String?
    public var stateHome: String?
    public var noColor: String?
    /// XDG_DATA_HOME: where the reviews are kept.
    public var dataHome: String?
    /// XDG_CACHE_HOME: where fetched pages are cached.
    public var cacheHome: String?

    public init(home: String? = nil, configHome: String? = nil, stateHome: String? = nil, noColor: String? = nil,
                dataHome: String? = nil, cacheHome: String? = nil) {
        self.home = home
        self.configHome = configHome
        self.stateHome = stateHome
        self.noColor = noColor
        self.dataHome = dataHome
        self.cacheHome = cacheHome
    }

    /// From a dictionary of variables (tests).
    public init(_ variables: [String: String]) {
        self.init(home: variables["HOME"], configHome: variables["XDG_CONFIG_HOME"], stateHome: variables["XDG_STATE_HOME"],
                  noColor: variables["NO_COLOR"], dataHome: variables["XDG_DATA_HOME"], cacheHome: variables["XDG_CACHE_HOME"])
    }

    /// The folder for fetched pages: `$XDG_CACHE_HOME/skeptic` (absolute only), else `~/.cache/skeptic`.
    public var cacheDirectory: String? {
        if let xdg = cacheHome, xdg.hasPrefix("/") { return xdg + "/skeptic" }
        guard let home, !home.isEmpty else { return nil }
        return home + "/.cache/skeptic"
    }

    /// This process's.
    public static func current() -> Environment {
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        return Environment(home: variable("HOME"), configHome: variable("XDG_CONFIG_HOME"), stateHome: variable("XDG_STATE_HOME"),
                           noColor: variable("NO_COLOR"), dataHome: variable("XDG_DATA_HOME"),
                           cacheHome: variable("XDG_CACHE_HOME"))
    }
}
