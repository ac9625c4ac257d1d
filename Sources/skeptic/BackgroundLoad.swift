import Dispatch
import SkepticCore
import Synchronization

/// Reads, imports and analyses a whole article on another thread while the reader shows its opening.
final class BackgroundLoad: Sendable {
    private let result = Mutex<Result<AnnotatedDocument, InputError>?>(nil)
    private let path: String

    /// Will load `path` once started. NUL bytes after the opening are shown as `^@` (the opening was checked).
    init(path: String) {
        self.path = path
    }

    /// Starts reading, after the first screen is up so that the two do not compete for the processor.
    func start() {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let loaded = Result { () throws(InputError) -> AnnotatedDocument in
                Pipeline.standard.run(try ArticleLoader.load(path: path, force: true))
            }
            result.withLock { $0 = loaded }
        }
    }

    /// The result once it is there, handed out once.
    func take() -> Result<AnnotatedDocument, InputError>? {
        result.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
