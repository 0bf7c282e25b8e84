// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "csdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csdash", targets: ["csdash"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Layer 1: pure domain values and the arithmetic every view shares.
        .target(name: "GrantModel"),
        // Layer 2: the data folder: read, validate (and later write).
        .target(name: "GrantStore", dependencies: ["GrantModel"]),
        // Layer 3: the dashboard's state, update and rendering into a grid of cells. Pure.
        .target(name: "Dashboard", dependencies: ["GrantModel", "GrantStore"]),
        // Layer 4: the terminal. CNCurses is ncursesw with a shim for what Swift cannot import;
        // CTerminalSupport holds the signal handlers, which need static storage.
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalSupport"),
        .target(name: "Terminal", dependencies: ["Dashboard", "CNCurses", "CTerminalSupport"]),
        // glibc's mallopt, for how the executable hands freed memory back (csdash/FreedMemory.swift).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // Layer 5: the executable: argument parsing, report formats, wiring.
        .executableTarget(
            name: "csdash",
            dependencies: [
                "GrantModel", "GrantStore", "Dashboard", "Terminal", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Not a test: `make bench` runs it on a release build (BENCHMARKS.md).
        .executableTarget(name: "csdash-bench", dependencies: ["GrantModel", "GrantStore", "Dashboard"]),
        // What more than one test target needs: the package's folders, the built binary, a
        // process run, every byte of a folder.
        .target(name: "CSDashTestSupport", dependencies: ["GrantStore"], path: "Tests/TestSupport"),
        .testTarget(name: "GrantModelTests", dependencies: ["GrantModel", "CSDashTestSupport"]),
        .testTarget(name: "GrantStoreTests", dependencies: ["GrantStore", "GrantModel", "CSDashTestSupport"],
                    exclude: ["Corpus"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "GrantModel", "GrantStore", "CSDashTestSupport"],
                    exclude: ["__Snapshots__", "LongNamesFolder"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Dashboard", "CNCurses", "CSDashTestSupport"]),
        .testTarget(name: "csdashTests", dependencies: ["csdash", "GrantModel", "GrantStore", "CSDashTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
