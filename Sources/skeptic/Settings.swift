import SkepticUI
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
    var themePaths: [String] = []
    var errors: [String] = []

    static func load(environment: Environment, themeOverride: String?) -> Settings {
        var settings = Settings()
        if let path = Config.path(environment: environment) {
            let (config, errors) = Config.load(path: path)
            settings.config = config
            settings.errors += errors.map(\.message)
        }
        settings.themePaths = ThemeLoader.searchPaths(executablePath: executablePath(), environment: environment)
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

    /// The running binary's path (themes are found beside where it was built or installed).
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
