// swift-tools-version:6.0
import PackageDescription

/// Type metadata through the types' accessors, not built at run time from mangled names: the mangled-name
/// path made the first use of `[Range<Int>]` scan every protocol conformance in the (static) binary to check
/// `Int: Comparable` — a quarter of the instructions before the first screen (callgrind: 1.84 M → 1.42 M).
let metadataAccessors: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

/// The core's writers (JSON report, text report) are classes whose buffers nested closures share: the run-time
/// exclusivity checks on each of their appends were a fifth of `--report --format json` (perf record on
/// 10 MiB). The compile-time checks stay.
let coreSettings: [SwiftSetting] = metadataAccessors + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

/// The release reader is one static executable (no dynamic loader, no shared libraries to map: the first screen
/// comes sooner; see the README's speed section): `swift build -c release` alone builds it. The static
/// libraries of ncursesw, libxml2 and ICU need their own dependencies named.
let staticReader: [LinkerSetting] = [
    .unsafeFlags(["-static-executable", "-Xlinker", "-ltinfo", "-Xlinker", "-licui18n", "-Xlinker", "-licuuc",
                  "-Xlinker", "-licudata", "-Xlinker", "-lz", "-Xlinker", "-llzma", "-Xlinker", "-lstdc++",
                  // What the static Foundation (through TOMLKit and Yams) needs; its own module would name them.
                  "-lFoundationEssentials", "-lFoundationInternationalization", "-lCoreFoundation", "-l_FoundationICU",
                  "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime"],
                 .when(configuration: .release)),
]

let package = Package(
    name: "skeptic",
    products: [
        .executable(name: "skeptic", targets: ["skeptic"]),
        .executable(name: "skeptic-fetch", targets: ["skeptic-fetch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The only curses: a system-library target with a shim header for macros and C globals.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Markdown through cmark-gfm (with its GitHub extensions: tables, strikethrough, footnotes…).
        .systemLibrary(
            name: "CCmark",
            path: "Sources/CCmark",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // HTML through libxml2's forgiving HTML parser.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // HTTP through libcurl, in the fetch process only (it links dynamically with its TLS libraries).
        .systemLibrary(
            name: "CCurl",
            path: "Sources/CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Fetches one page for the reader (`skeptic URL`), in a process of its own.
        .executableTarget(name: "skeptic-fetch", dependencies: ["CCurl"]),
        // The review database through the system's SQLite.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Document model, importers, text sanitising, reports. Knows no screen.
        .target(
            name: "SkepticCore",
            dependencies: [
                "CCmark", "CLibXML2",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: coreSettings
        ),
        // Layout, cell grid, key table, application state and views. Knows no curses.
        .target(
            name: "SkepticUI",
            dependencies: ["SkepticCore", .product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: metadataAccessors
        ),
        // The reader's reviews (verdicts, own flags, notes) kept in SQLite.
        .target(name: "SkepticReview", dependencies: ["SkepticCore", "CSQLite"], swiftSettings: metadataAccessors),
        // The only importer of CNcursesw: terminal set-up, input, drawing the grid.
        .target(name: "SkepticTerminal", dependencies: ["SkepticCore", "SkepticUI", "CNcursesw"], swiftSettings: metadataAccessors),
        .executableTarget(
            name: "skeptic",
            dependencies: [
                "SkepticCore", "SkepticUI", "SkepticTerminal", "SkepticReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: metadataAccessors,
            linkerSettings: staticReader
        ),
        .executableTarget(name: "skeptic-bench", dependencies: ["SkepticCore", "SkepticUI"]),
        // Scores the hedge tagger on CoNLL-2010-style data (../shared/data/hedge-dev).
        .executableTarget(name: "skeptic-eval", dependencies: ["SkepticCore"]),
        .testTarget(
            name: "SkepticCoreTests",
            dependencies: ["SkepticCore"],
            resources: [.copy("Fixtures")]
        ),
        // Fixtures/fuzz: crashers the fuzzers found, read by path (#filePath), not as resources.
        .testTarget(name: "SkepticUITests", dependencies: ["SkepticUI"], exclude: ["Fixtures"]),
        .testTarget(name: "SkepticReviewTests", dependencies: ["SkepticReview", "SkepticCore", "CSQLite"], exclude: ["Fixtures"]),
        .testTarget(name: "SkepticTerminalTests", dependencies: ["SkepticTerminal", "SkepticUI"]),
        // Drives the built `skeptic` binary (run `swift build` first, as the README says).
        .testTarget(name: "EndToEndTests", exclude: ["Support/README.md"]),
    ]
)

// Fuzzing (README, "Fuzzing"): the libFuzzer harnesses exist only when SKEPTIC_FUZZ is set while building,
// so that the normal build and `swift test` never see them.
if Context.environment["SKEPTIC_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "skeptic-fuzz", dependencies: ["SkepticCore", "SkepticUI", "SkepticReview"], path: "Tests/Fuzz",
        exclude: ["toml.dict", "seeds"], swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
