import SkepticUI
import SkepticReview
#if canImport(Glibc)
import Glibc
#endif

/// The user's configuration and the theme it names, loaded once at start-up; problems become messages
/// (the reader still starts, with defaults for what was wrong).
struct Settings {
    var config = Config()
    var theme: Theme = .default
    /// The name (or path) of the theme in use, as the user gave it.
    var themeName = "default"
    var themeNames: [String] = ["default"]
    var errors: [String] = []
    var environment = Environment()

    /// Where themes are looked for: worked out when a theme is loaded or listed, not at every start.
    var themePaths: [String] { ThemeLoader.searchPaths(executablePath: "/proc/self/exe", environment: environment) }

    static func load(environment: Environment, themeOverride: String?) -> Settings {
        var settings = Settings()
        settings.environment = environment
        if let path = Config.path(environment: environment) {
            let (config, errors) = Config.load(path: path)
            settings.config = config
            settings.errors += errors.map(\.message)
        }
        let wanted = themeOverride ?? settings.config.theme
        if wanted != "default" || themeOverride != nil {
            do {
                settings.theme = try ThemeLoader.load(wanted, searchPaths: settings.themePaths)
                settings.themeName = wanted
            } catch {
                settings.errors.append(error.message)
            }
        }
        return settings
    }
}

extension ReadingState {
    /// The state directory for an environment, or nil without HOME or XDG_STATE_HOME.
    static func directory(environment: Environment) -> String? {
        directory(stateHome: environment.stateHome, home: environment.home)
    }
}
