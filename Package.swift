// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "csdash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csdash", targets: ["csdash"]),
    ],
    // The shared store (README, "A shared store (PostgreSQL)"): off by default, since its client
    // library more than doubles a first build; `swift build --traits PostgreSQL` turns it on.
    traits: [.trait(name: "PostgreSQL", description: "The PostgreSQL store, a postgres:// URL wherever DIR is taken.")],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The zip container of Office Open XML workbooks (.xlsx).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The PostgreSQL wire protocol, for the PostgreSQL trait only.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Layer 1: pure domain values and the arithmetic every view shares.
        .target(name: "GrantModel"),
        // Layer 1, beside it: what a screen is made of (a grid of styled characters, rectangles,
        // themes, glyphs) and what a terminal reports (keys, mouse). Knows no grants, no terminal.
        .target(name: "Cells"),
        // Office Open XML workbooks (.xlsx), read and written: the zip container, a small XML
        // reader of its own (README, "Spreadsheets"), cells, styles, dates and defined names.
        .target(name: "OfficeOpenXML", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Layer 2: the data folder: read, validate, write.
        .target(name: "GrantStore", dependencies: ["GrantModel", "OfficeOpenXML"]),
        // Layer 2, beside it: the same data set in a PostgreSQL database (the PostgreSQL trait).
        .target(name: "PostgresStore", dependencies: [
            "GrantModel", "GrantStore",
            .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
        ]),
        // Layer 3: the dashboard's state, update and rendering into a grid of cells. Pure: it is
        // handed values (GrantModel's FolderContents, SaveOutcome) and cannot reach the store.
        .target(name: "Dashboard", dependencies: ["Cells", "GrantModel"]),
        // Layer 4: the terminal, which draws cells and reports keys and knows nothing of the
        // dashboard. CNCurses is ncursesw with a shim for what Swift cannot import;
        // CTerminalSupport holds the signal handlers, which need static storage.
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalSupport"),
        .target(name: "Terminal", dependencies: ["Cells", "CNCurses", "CTerminalSupport"]),
        // glibc's mallopt, for how the executable hands freed memory back (csdash/FreedMemory.swift).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // Layer 5: the executable: argument parsing, report formats, wiring (it hands the store's
        // results to the dashboard as values, and the terminal's input to it as events).
        .executableTarget(
            name: "csdash",
            dependencies: [
                "Cells", "GrantModel", "GrantStore", "Dashboard", "Terminal", "CMalloc", "OfficeOpenXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .target(name: "PostgresStore", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        // Not a test: `make bench` runs it on a release build (BENCHMARKS.md).
        .executableTarget(name: "csdash-bench", dependencies: ["Cells", "GrantModel", "GrantStore", "Dashboard"]),
        // What more than one test target needs: the package's folders, the built binary, a
        // process run, every byte of a folder.
        .target(name: "CSDashTestSupport", dependencies: ["GrantStore"], path: "Tests/TestSupport"),
        .testTarget(name: "GrantModelTests", dependencies: ["GrantModel", "CSDashTestSupport"]),
        .testTarget(name: "CellsTests", dependencies: ["Cells"]),
        .testTarget(name: "OfficeOpenXMLTests", dependencies: ["OfficeOpenXML", "CSDashTestSupport",
                                                              .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "GrantStoreTests", dependencies: ["GrantStore", "GrantModel", "OfficeOpenXML", "CSDashTestSupport"],
                    exclude: ["Corpus"]),
        // GrantStore here loads the fixture folders and carries out saves as the executable does.
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "Cells", "GrantModel", "GrantStore", "CSDashTestSupport"],
                    exclude: ["__Snapshots__", "LongNamesFolder"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Cells", "CNCurses", "CSDashTestSupport",
                                                       // The raw input storm feeds what the terminal decodes to the dashboard.
                                                       "Dashboard", "GrantModel", "GrantStore"]),
        // Against a private server that scripts/test.sh starts (CSDASH_TEST_POSTGRES names it).
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "GrantStore", "GrantModel", "CSDashTestSupport"]),
        .testTarget(name: "csdashTests", dependencies: ["csdash", "GrantModel", "GrantStore", "OfficeOpenXML", "CSDashTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
