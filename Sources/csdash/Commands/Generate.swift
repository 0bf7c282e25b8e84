import ArgumentParser
import Foundation
import GrantModel
import GrantStore

/// `csdash generate DIR`: a made-up data folder at national scale, the same bytes on every run.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a made-up data folder at national scale (for benchmarks and trials).",
        discussion: """
        By default 43 funders share 300 areas; each area has an allocation for each of 10 years, \
        four quarterly returns a year (3% never sent, 12% late, none received after 6 December of \
        the last year) and 40 projects a year, and each funder has one decision and one reserve: \
        3,000 allocations, 12,000 returns, 120,000 projects. --scale N multiplies the funders and \
        the areas. The folder is valid (csdash check finds no error and no warning), and the same \
        options and --seed give the same bytes on every run.

        DIR must be empty or not exist: --force replaces the seven data files of a folder that \
        has them (each atomically, holding the folder's lock) and leaves its other files alone.

        Examples:
          csdash generate national
          csdash generate small --funders 2 --areas 5 --years 2 --projects 3
          csdash generate small --funders 2 --areas 5 --years 2 --seed 7 --force
          csdash report small --as-of 2024-12-06
        """)

    @Argument(help: ArgumentHelp("The folder to write (created when missing).", valueName: "DIR"))
    var directory: String

    @Option(help: "Funders (PCC offices).")
    var funders = 43

    @Option(help: "Areas in all, shared among the funders.")
    var areas = 300

    @Option(help: "Financial years, each with an allocation and four returns per area.")
    var years = 10

    @Option(help: "Projects per area and year.")
    var projects = 40

    @Option(help: "Multiplies funders and areas (1-1000).")
    var scale = 1

    @Option(help: "Picks other figures and names; the same seed gives the same bytes.")
    var seed: UInt64 = 1

    @Option(name: .customLong("first-year"), help: ArgumentHelp("The first financial year.", valueName: "Y"),
            transform: PeriodOptions.parseYear)
    var firstYear = FinancialYear(startYear: 2015)

    @Flag(help: "Replace the data files of a folder that is not empty.")
    var force = false

    var generatorConfiguration: SampleGenerator.Configuration {
        var configuration = SampleGenerator.Configuration()
        configuration.funders = funders
        configuration.areas = areas
        configuration.years = years
        configuration.projectsPerAreaYear = projects
        configuration.scale = scale
        configuration.seed = seed
        configuration.firstYear = firstYear
        return configuration
    }

    func validate() throws {
        if let problem = generatorConfiguration.problem { throw ValidationError(problem) }
    }

    func run() throws {
        try prepareFolder()
        let generator = SampleGenerator(generatorConfiguration)
        do {
            let lock = try FolderLock.acquire(in: directory)
            defer { lock.release() }
            for name in SampleGenerator.fileNames {
                try AtomicFile.replace(DataFolder.filePath(directory, name), with: generator.file(name))
            }
        } catch {
            printError(error.description)
            throw error.exitCode
        }
        let shape = generatorConfiguration
        let areaYears = shape.areaCount * shape.years
        print("\(directory): \(shape.funderCount) funders, \(shape.areaCount) areas, \(areaYears) allocations, "
              + "\(areaYears * 4) returns, \(areaYears * shape.projectsPerAreaYear) projects, "
              + "\(shape.funderCount) decisions, \(shape.funderCount) reserves; data as of \(shape.dataDate)")
        print("open it with: csdash \(directory) --as-of \(shape.dataDate)")
    }

    /// Creates DIR when missing; refuses one that holds anything unless --force (exit 73).
    private func prepareFolder() throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                printError("\(directory): error: not a folder")
                throw ExitCode(ExitStatus.cannotCreate)
            }
            let contents = (try? files.contentsOfDirectory(atPath: directory)) ?? []
            if !contents.isEmpty && !force {
                printError("\(directory): error: the folder is not empty; pass --force to replace its data files")
                throw ExitCode(ExitStatus.cannotCreate)
            }
            return
        }
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            printError("\(directory): error: cannot create: \(error.localizedDescription)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
