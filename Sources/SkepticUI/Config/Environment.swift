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

    public init(home: String? = nil, configHome: String? = nil, stateHome: String? = nil, noColor: String? = nil) {
        self.home = home
        self.configHome = configHome
        self.stateHome = stateHome
        self.noColor = noColor
    }

    /// From a dictionary of variables (tests).
    public init(_ variables: [String: String]) {
        self.init(home: variables["HOME"], configHome: variables["XDG_CONFIG_HOME"], stateHome: variables["XDG_STATE_HOME"],
                  noColor: variables["NO_COLOR"])
    }

    /// This process's.
    public static func current() -> Environment {
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        return Environment(home: variable("HOME"), configHome: variable("XDG_CONFIG_HOME"), stateHome: variable("XDG_STATE_HOME"),
                           noColor: variable("NO_COLOR"))
    }
}
