import Foundation
import GrantStore

/// The national folder at `scale` times its funders and areas, written by `csdash generate`
/// (whole process: the generator is part of what is shipped) unless it is there already with the
/// same shape. Returns it as a data set.
func nationalFolder(_ setup: Setup, scale: Int) throws -> DataSet {
    var configuration = SampleGenerator.Configuration()
    configuration.scale = scale
    let generator = SampleGenerator(configuration)
    let path = "\(setup.work)/national-x\(scale)"
    let result = try capture(setup.csdash, ["generate", path, "--scale", String(scale), "--force"], environment: setup.environment)
    guard result.status == 0 else { throw BenchError(description: "csdash generate exited \(result.status)") }
    return DataSet(name: scale == 1 ? "national" : "national x\(scale)", path: path,
                   asOf: configuration.dataDate.description, firstFrameText: generator.firstAreaName)
}

/// One scale of the growth table.
struct GrowthPoint {
    var scale: Int
    var megabytes: Double
    var report: ProcessSamples
    var firstFrame: ProcessSamples
}

/// `report --format json` and the first frame at each scale of the national folder.
func growth(_ setup: Setup, runs: Int) throws -> [GrowthPoint] {
    try setup.scales.map { scale in
        let data = try nationalFolder(setup, scale: scale)
        let report = try processTime(setup, ["report", data.path, "--as-of", data.asOf, "--format", "json"], runs: runs)
        let firstFrame = try timeToFirstFrame(setup, data, runs: runs)
        return GrowthPoint(scale: scale, megabytes: Double(data.bytesOnDisk) / 1e6, report: report, firstFrame: firstFrame)
    }
}

/// The growth table: per scale the folder's size, the medians, the peak memory, time per MB, and
/// between scales the exponent of growth (1 is linear, 2 quadratic).
func growthTable(_ points: [GrowthPoint]) -> String {
    var rows = [["scale", "folder MB", "report ms", "ms/MB", "report peak MB", "peak/folder", "first frame ms", "ms/MB",
                 "exponent (report, frame)"]]
    for (index, point) in points.enumerated() {
        var exponent = ""
        if index > 0 {
            let previous = points[index - 1]
            let size = log(point.megabytes / previous.megabytes)
            exponent = format(log(point.report.milliseconds.median / previous.report.milliseconds.median) / size) + ", "
                + format(log(point.firstFrame.milliseconds.median / previous.firstFrame.milliseconds.median) / size)
        }
        let peak = point.report.peakBytes.median / 1e6
        rows.append(["\(point.scale)x", format(point.megabytes), format(point.report.milliseconds.median),
                     format(point.report.milliseconds.median / point.megabytes), format(peak), format(peak / point.megabytes),
                     format(point.firstFrame.milliseconds.median), format(point.firstFrame.milliseconds.median / point.megabytes),
                     exponent])
    }
    return aligned(rows, numeric: [1, 2, 3, 4, 5, 6, 7])
}
