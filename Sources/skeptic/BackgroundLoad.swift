import Dispatch
import SkepticCore
import Synchronization

/// Reads and imports a whole article on another thread while the reader shows its opening.
final class BackgroundLoad: Sendable {
    private let result = Mutex<Result<Document, InputError>?>(nil)
    private let path: String

    /// Will load `path` once started. NUL bytes after the opening are shown as `^@` (the opening was checked).
    init(path: String) {
        self.path = path
    }

    /// Starts reading, after the first screen is up so that the two do not compete for the processor.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let loaded = Result { () throws(InputError) -> Document in try ArticleLoader.load(path: path, force: true) }
            result.withLock { $0 = loaded }
        }
    }

    /// The result once it is there, handed out once.
    func take() -> Result<Document, InputError>? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
