#if canImport(Glibc)
import Glibc
#endif

/// The few environment variables Skeptic reads. (A struct of fields, not a dictionary: a `[String: String]`
/// made at every start cost a scan of every conformance record in the binary, measured.)
public struct Environment: Sendable, Equatable {
    public var home: String?
    public var configHome: String?
    public var stateHome: String?
    public var noColor: String?
    /// XDG_DATA_HOME: where the reviews are kept.
    public var dataHome: String?

    public init(home: String? = nil, configHome: String? = nil, stateHome: String? = nil, noColor: String? = nil,
                dataHome: String? = nil) {
        self.home = home
        self.configHome = configHome
        self.stateHome = stateHome
        self.noColor = noColor
        self.dataHome = dataHome
    }

    /// From a dictionary of variables (tests).
    public init(_ variables: [String: String]) {
        self.init(home: variables["HOME"], configHome: variables["XDG_CONFIG_HOME"], stateHome: variables["XDG_STATE_HOME"],
                  noColor: variables["NO_COLOR"], dataHome: variables["XDG_DATA_HOME"])
    }

    /// This process's.
    public static func current() -> Environment {
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        return Environment(home: variable("HOME"), configHome: variable("XDG_CONFIG_HOME"), stateHome: variable("XDG_STATE_HOME"),
                           noColor: variable("NO_COLOR"), dataHome: variable("XDG_DATA_HOME"))
    }
}
