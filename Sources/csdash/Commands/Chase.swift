import ArgumentParser
import GrantModel
import GrantStore

struct Chase: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One message per contact listing their overdue and queried returns and the payments held.",
        discussion: """
        Gathers every return whose payment is held on the as-of date (overdue, or queried at review)
        by the area's contact (areas.csv's contact column), so that an officer who looks after two
        areas gets one message. Each message gives the quarter, days overdue or the query, and the
        amount held. Areas with no contact are listed at the end under "No contact recorded".

        Without --output the messages go to standard output, one after another. With --output DIR
        csdash creates DIR (it must be new or empty) holding, per contact, NN-NAME.txt to paste into
        an email and NN-NAME.eml, an unsent message with To and Subject filled in that a mail
        client opens as a draft; and no-contact-recorded.txt when some areas have no contact.

        Examples:
          csdash chase sample-data --as-of 2016-12-06
          csdash chase sample-data --as-of 2016-12-06 --output chase-2016-12-06
        """)

    @OptionGroup var common: CommonOptions

    @OptionGroup var filter: FilterOptions

    @Option(help: ArgumentHelp("Write the messages into this new (or empty) folder instead of standard output.", valueName: "DIR"))
    var output: String?

    func run() throws {
        let grants = try common.loadGrants()
        try filter.check(in: grants)
        let list = grants.chaseList(asOf: common.day, funderID: filter.funder, year: filter.year)
        let texts = list.letters.map { ChaseLetterText(letter: $0, grants: grants, asOf: list.asOf) }
        guard let output else {
            print(ChaseOutput.standardOutput(list, texts: texts, grants: grants), terminator: "")
            return
        }
        let files = ChaseOutput.files(list, texts: texts, grants: grants)
        do {
            try OutputFolder.create(output, files: files)
        } catch {
            printError(error.description)
            throw error.exitCode
        }
        print(ChaseOutput.summary(list, files: files, folder: output), terminator: "")
    }
}
