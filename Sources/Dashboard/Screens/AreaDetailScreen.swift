import Cells
import GrantModel

/// One area in full: allocation and carry forward, quarter by quarter figures and statuses,
/// projects by theme, the decisions that fund it, and every note.
enum AreaDetailScreen {
    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState, _ shown: AreaDetail) -> Point? {
        let body = Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 2, height: layout.body.height)
        let lines = document(state, shown.areaID, width: body.width)
        let scroll = shown.lines.firstLine(lines: lines.count, window: body.height)
        for (offset, line) in lines.dropFirst(scroll).prefix(body.height).enumerated() {
            grid.put(line, x: body.x, y: body.y + offset, clip: body)
        }
        return Point(x: body.x, y: body.y)
    }

    static func lineCount(_ state: DashboardState, _ shown: AreaDetail) -> Int {
        document(state, shown.areaID, width: max(1, state.size.width - 2)).count
    }

    /// The detail's lines, each wrapped to `width` at spaces so that no figure runs off the screen.
    static func document(_ state: DashboardState, _ areaID: AreaID, width: Int) -> [[Span]] {
        unwrapped(state, areaID, width: width).flatMap { Text.wrap($0, width, glyphs: state.glyphs) }
    }

    static func unwrapped(_ state: DashboardState, _ areaID: AreaID, width: Int) -> [[Span]] {
        guard let grants = state.grants, let area = grants.area(areaID) else { return [] }
        let glyphs = state.glyphs
        let currency = grants.funder(area.funderID)?.currency ?? .gbp
        var lines: [[Span]] = []
        func blank() { lines.append([]) }
        func heading(_ text: String) { lines += headingLines(text) }

        var title = [Span(glyphs.text(area.name), Style(.title, bold: true))]
        var facts: [String] = []
        if let kind = area.kind { facts.append(kind.rawValue.uppercased()) }
        if let parent = area.partOf.flatMap(grants.area) { facts.append("part of \(glyphs.text(parent.name))") }
        if let funder = grants.funder(area.funderID) { facts.append(glyphs.text(funder.name)) }
        if !facts.isEmpty { title.append(Span("  " + facts.joined(separator: " \(glyphs.middleDot) "), Style(.dim))) }
        lines.append(title)
        if !area.contact.isEmpty { lines.append([Span("contact  ", Style(.dim)), Span(glyphs.text(area.contact))]) }

        guard let position = grants.position(of: areaID, in: state.period) else {
            blank()
            lines.append([Span("No allocation in \(state.year).", Style(.warning))])
            return lines + notes(area: area, allocation: nil, returns: [], glyphs: glyphs, width: width)
        }
        let allocation = position.allocation
        blank()
        var keyFigures = figureLines(position, currency: currency, glyphs: glyphs)
        var sourceLine: [String] = []
        if !allocation.source.isEmpty { sourceLine.append("source: \(glyphs.text(allocation.source))") }
        if let ref = allocation.decisionRef { sourceLine.append("decision \(glyphs.text(ref))") }
        if !sourceLine.isEmpty { keyFigures.append([Span(sourceLine.joined(separator: "   "), Style(.dim))]) }
        lines += ForecastBlock.beside(keyFigures, ForecastBlock.lines(position, currency: currency, glyphs: glyphs), width: width)
        let payments = grants.paymentRows(for: areaID, in: state.year, asOf: state.asOf)
        let status = statusLines(position, held: DetailPayments.heldBecause(payments, glyphs: glyphs), glyphs: glyphs)
        if !status.isEmpty { blank() }
        lines += status

        heading("Returns")
        lines += returnsTable(position, grants: grants, glyphs: glyphs, width: width)
        if state.funderPayments.isTracked {
            heading("Review and payment")
            lines += DetailPayments.lines(payments, grants: grants, total: position.total, currency: currency, glyphs: glyphs, width: width)
        }
        heading("Figures quarter by quarter (cumulative)")
        lines += figuresTable(position, grants: grants, currency: currency, glyphs: glyphs, width: width)

        let projects = grants.projects(for: areaID, in: state.year)
        heading("Projects by theme, \(state.year)")
        if projects.isEmpty && state.isReading(FolderContents.projectsFile) {
            lines.append([Span("Reading projects.csv\(glyphs.ellipsis)", Style(.dim))])
        } else if projects.isEmpty {
            lines.append([Span("No projects recorded (projects.csv).", Style(.dim))])
        } else {
            let themes = Dictionary(grouping: projects, by: \.theme).sorted { $0.key < $1.key }
            for (theme, items) in themes {
                let budget = items.map(\.budget).sum()
                lines.append([Span(glyphs.text(theme), Style(.header, bold: true)), Span("  \(glyphs.money(budget, currency)) in \(items.count) project\(items.count == 1 ? "" : "s")", Style(.dim))])
                for project in items {
                    var spans = [Span("  \(glyphs.text(project.title))  "), Span(glyphs.money(project.budget, currency))]
                    if let spend = project.spend { spans.append(Span("  spent \(glyphs.money(spend, currency))", Style(.dim))) }
                    lines.append(spans)
                }
            }
        }

        // Under the projects, so that the tables read first keep their places on the first screen.
        heading("Cumulative planned and spend against the profile")
        lines += SpendChart.lines(position.track(in: grants), currency: currency, glyphs: glyphs, width: width, screenHeight: state.size.height)

        let decisions = grants.decisions(funding: areaID)
        heading("Decisions")
        if decisions.isEmpty {
            lines.append([Span("No PCC decision names this area (decisions.csv).", Style(.dim))])
        }
        for decision in decisions {
            lines.append([Span(glyphs.text(decision.ref), Style(.header, bold: true)), Span("  \(decision.date.longDescription)  ", Style(.dim)), Span(glyphs.text(decision.title))])
            let perYear = decision.coveredYears.map { "\($0) \(glyphs.money(decision.amount(in: $0), currency))" }.joined(separator: ", ")
            var detail = "  \(glyphs.money(decision.amount, currency)) over \(decision.years) year\(decision.years == 1 ? "" : "s") (\(perYear))"
            if !decision.source.isEmpty { detail += "; from \(glyphs.text(decision.source))" }
            // Wrapped, not cut: the amounts per year are long at the limits of the format.
            lines += Text.wrap(detail, max(10, width - 2)).map { [Span("  " + $0)] }
            if let match = decision.matchFunding {
                lines.append([Span("  match funding \(glyphs.money(match, currency))\(decision.matchPartner.isEmpty ? "" : " from \(glyphs.text(decision.matchPartner))")")])
            } else if !decision.matchPartner.isEmpty {
                lines.append([Span("  match partner: \(glyphs.text(decision.matchPartner))")])
            }
        }

        let returns = Quarter.allCases.compactMap { grants.monitoringReturn(for: areaID, in: state.year, quarter: $0) }
        return lines + notes(area: area, allocation: allocation, returns: returns, glyphs: glyphs, width: width)
    }

    /// Allocation, carry forward, total, planned and spent: the key figures, one to a line.
    static func figureLines(_ position: AreaPosition, currency: Currency, glyphs: Glyphs) -> [[Span]] {
        let period = position.period
        // Figures carried from an earlier quarter say so beside them, not only in the comment
        // (in the label, which is no wider than the carry forward's).
        let carried = position.figures.carriedFrom.map { " (\($0) figures)" } ?? ""
        let rows: [(String, Money?, String, Style)] = [
            ("\(period.year) allocation", position.allocation.allocation, "", .normal),
            ("carry forward from \(period.year.previous)", position.allocation.carryForward, "", .normal),
            ("total allocation", position.total, "", Style(.header, bold: true)),
            ("planned at \(period.quarter)\(carried)", position.planned, position.percentAllocated.map { "\(Percent.text($0)) allocated" } ?? "", Style(.planned)),
            ("spent at \(period.quarter)\(carried)", position.spend, position.percentSpend.map { "\(Percent.text($0)) spent (profile \(period.quarter.profilePercent)%)" } ?? "", Style(.spend)),
            (position.remainder.map { $0.isNegative ? "over-allocated by" : "remainder to allocate" } ?? "remainder", position.remainder.map { $0.isNegative ? -$0 : $0 }, "", position.remainder?.isNegative == true ? Style(.warning, bold: true) : .normal),
        ]
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let moneyWidth = rows.map { glyphs.money($0.1, currency).count }.max() ?? 0
        return rows.map { label, amount, note, style in
            [Span(Text.padRight(label, labelWidth) + "  ", Style(.dim)),
             Span(Text.padLeft(glyphs.money(amount, currency), moneyWidth), style.role == .normal ? Style(.header, bold: true) : Style(style.role, bold: true)),
             Span(note.isEmpty ? "" : "  " + note, Style(.dim))]
        }
    }

    /// Payment held (and why: `held`, empty when nothing is), behind profile, figures standing in
    /// for a missing return: each on its own line.
    static func statusLines(_ position: AreaPosition, held: String, glyphs: Glyphs) -> [[Span]] {
        var lines: [[Span]] = []
        if !held.isEmpty {
            lines.append([Span("\(glyphs.cross) PAYMENT HELD: \(held)", Style(.danger, bold: true))])
        }
        if position.isBehindProfile {
            let spent: String = position.percentSpend.map { Percent.text($0) } ?? glyphs.unknown
            lines.append([Span("\(glyphs.behind) behind profile: \(spent) spent against \(position.period.quarter.profilePercent)% at \(position.period.quarter)", Style(.warning))])
        }
        if position.statuses[position.period.quarter] == .due {
            lines.append([Span("\(glyphs.dot) awaiting the \(position.period.quarter) return: behind profile is judged once it is in, or overdue", Style(.dim))])
        }
        if !position.comment.isEmpty {
            lines.append([Span(position.comment, Style(.warning))])
        }
        return lines
    }

    /// Each quarter's return: status, due date, received date.
    static func returnsTable(_ position: AreaPosition, grants: Grants, glyphs: Glyphs, width: Int) -> [[Span]] {
        let period = position.period
        let rows = Quarter.allCases.map { quarter -> [Span] in
            let status = position.statuses[quarter] ?? .notDue
            let item = grants.monitoringReturn(for: position.area.id, in: period.year, quarter: quarter)
            let received = item.flatMap { $0.isReceived(asOf: period.asOf) ? $0.received : nil }
            return [Span("\(quarter)", Style(.header, bold: true)), Span(Badge.long(status, glyphs: glyphs), Badge.style(status)),
                    Span(grants.dueDay(for: position.area.id, in: period.year, quarter: quarter).longDescription),
                    Span(received?.longDescription ?? glyphs.unknown)]
        }
        let headers: [(String, Bool)] = [("Quarter", false), ("Status", false), ("Due", false), ("Received", false)]
        return DocumentScreen.table(headers: headers, rows: rows, shrinking: [], glyphs: glyphs).lines(width: width)
    }

    /// The figures that stand at each quarter up to the report quarter, and where they came from.
    static func figuresTable(_ position: AreaPosition, grants: Grants, currency: Currency, glyphs: Glyphs, width: Int) -> [[Span]] {
        let period = position.period
        let rows = period.quarter.throughThis.map { quarter -> [Span] in
            let figures = grants.figures(for: position.area.id, in: period.year, at: quarter, asOf: period.asOf)
            let source: String
            switch figures.source {
            case .received: source = "own return"
            case .carried(let from): source = "carried from \(from)"
            case .noReturn: source = "no return: zero"
            }
            return [Span("\(quarter)", Style(.header, bold: true)), Span(glyphs.money(figures.planned, currency)),
                    Span(glyphs.money(figures.spend, currency)),
                    Span(figures.spend.flatMap { Percent.of($0, in: position.total) }.map { Percent.text($0) } ?? ""),
                    Span(source, figures.source == .received ? Style(.dim) : Style(.warning))]
        }
        let headers: [(String, Bool)] = [("Quarter", false), ("Planned", true), ("Spend", true), ("% spend", true), ("Figures", false)]
        // The detail's tables do not scroll sideways (← → step between areas): the figures'
        // source is the one text to cut.
        return DocumentScreen.table(headers: headers, rows: rows, shrinking: [4], glyphs: glyphs).lines(width: width)
    }

    static func headingLines(_ text: String) -> [[Span]] {
        [[], [Span(text, Style(.title, bold: true))]]
    }

    static func notes(area: Area, allocation: Allocation?, returns: [MonitoringReturn], glyphs: Glyphs, width: Int) -> [[Span]] {
        var notes: [(String, String)] = []
        if !area.notes.isEmpty { notes.append(("Area", area.notes)) }
        if let allocation, !allocation.notes.isEmpty { notes.append(("Allocation \(allocation.year)", allocation.notes)) }
        for item in returns where !item.notes.isEmpty { notes.append(("\(item.quarter) return", item.notes)) }
        guard !notes.isEmpty else { return [] }
        var lines = headingLines("Notes")
        for (label, text) in notes {
            let wrapped = Text.wrap(glyphs.text(text.replacingNewlines()), max(10, width - label.count - 2))
            for (index, line) in wrapped.enumerated() {
                let prefix = index == 0 ? label : String(repeating: " ", count: label.count)
                lines.append([Span(prefix + "  ", Style(.dim)), Span(line)])
            }
        }
        return lines
    }
}

extension String {
    /// Notes may hold line breaks (quoted CSV fields); the detail wraps them as spaces.
    func replacingNewlines() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}
