import Foundation

/// The built `csdash` executable: the one beside the running tests in the same build folder, so
/// that `swift test --scratch-path X` tests X's binary, and `-c release` the release one; nil
/// when there is none. `CSDASH_BINARY` overrides.
///
/// `swift test` builds every product before it runs the tests, the executable included. The test
/// bundle is `<scratch>/<triple>/<config>/<package>PackageTests.xctest` (a file on Linux, a bundle
/// folder on macOS), and `csdash` sits in the same `<config>` folder.
public func builtCSDash() -> URL? {
    let fileManager = FileManager.default
    func isExecutable(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && fileManager.isExecutableFile(atPath: url.path)
    }
    if let override = ProcessInfo.processInfo.environment["CSDASH_BINARY"], !override.isEmpty {
        return URL(fileURLWithPath: override)
    }
    // Where the test code runs from: the test bundle (macOS) or the test executable (Linux).
    var starts = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    starts += [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
        .compactMap { $0 }
    for start in starts {
        var folder = start.standardizedFileURL
        // Up from the bundle (…/debug/csdashPackageTests.xctest[/Contents/MacOS/…]) to its build folder.
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("csdash")
            if folder.path.contains("/.build") || folder.lastPathComponent == "debug" || folder.lastPathComponent == "release",
               isExecutable(candidate) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
    }
    // Last resort: the default build folder of the package.
    for config in ["debug", "release"] {
        let candidate = packageRoot.appendingPathComponent(".build/\(config)/csdash")
        if isExecutable(candidate) { return candidate }
    }
    return nil
}
