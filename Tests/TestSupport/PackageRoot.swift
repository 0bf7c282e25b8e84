import Foundation

/// The package root (the folder holding Package.swift), found by walking up from this file.
public let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" {
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        url = url.deletingLastPathComponent()
    }
    fatalError("no Package.swift above \(#filePath)")
}()

/// The sample data folder shipped with the package.
public let sampleDataURL = packageRoot.appendingPathComponent("sample-data")
public let sampleDataPath = sampleDataURL.path
