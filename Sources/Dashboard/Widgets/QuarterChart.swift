import Cells
import GrantModel

/// Cumulative planned and spend at the end of each quarter as lines against the straight-line
/// profile, with the £ axis on the left, the quarters along the bottom and a legend under them.
/// The series differ in their marks, not only their colour, so that the chart reads on a
/// monochrome terminal and in ASCII:
///
///     £2m ┤           ▒▒▒▒▒           ·····
///         │      ▒▒▒▒▒        ········
///     £1m ┤   ▒▒▒     █████···
///         │ ▒▒████████
///      £0 └───────┬───────┬───────┬───────┬
///                Q1      Q2      Q3      Q4
///     █ spend  ▒ planned  · profile
enum QuarterChart {
    /// How each part of the chart is drawn: the screens' roles, or a presentation page's.
    struct Styles {
        var spend: Style
        var planned: Style
        var profile: Style
        var axis: Style
        var label: Style

        static let screen = Styles(spend: Style(.spend, bold: true), planned: Style(.planned), profile: Style(.header),
                                   axis: Style(.dim), label: Style(.dim))
        static let present = Styles(spend: Presenting.strong, planned: Presenting.plain, profile: Presenting.strong,
                                    axis: Presenting.plain, label: Presenting.plain)
    }

    /// The rows a chart takes with `rows` above the axis (even, so the middle one is labelled),
    /// the axis, the quarters and a legend of `legendLines`.
    static func height(rows: Int, legendLines: Int) -> Int { rows + 2 + legendLines }

    /// The fewest columns: the labels, the axis and four quarters of three columns each.
    static func minimumWidth(_ track: SpendTrack, _ currency: Currency, glyphs: Glyphs) -> Int {
        labelWidth(track, currency, glyphs: glyphs) + 1 + 4 * 3
    }

    static func draw(_ grid: inout Grid, _ rect: Rect, _ track: SpendTrack, currency: Currency, styles: Styles, glyphs: Glyphs) {
        let legend = legendLines(rect.width, styles: styles, glyphs: glyphs)
        var rows = rect.height - 2 - legend.count
        rows -= rows % 2
        let labels = labelWidth(track, currency, glyphs: glyphs)
        let band = (rect.width - labels - 1) / 4
        guard rows >= 2, band >= 3 else { return }
        let axisX = rect.x + labels, axisY = rect.maxY - 1 - legend.count - 1
        let top = ChartScale.top(track.largest)

        let labelled = labelled(top, rows: rows)
        drawAxes(&grid, axisX: axisX, axisY: axisY, rows: rows, ticks: Set(labelled.map(\.0)), band: band, styles: styles, glyphs: glyphs)
        for (level, amount) in labelled {
            let text = ChartScale.label(amount, currency, glyphs: glyphs)
            grid.put(text, x: axisX - 1 - text.count, y: axisY - level, style: styles.label)
        }
        for quarter in Quarter.allCases {
            grid.put("\(quarter)", x: axisX + quarter.rawValue * band - 1, y: axisY + 1, style: styles.label)
        }
        let levels = { (amounts: [Money?]) in amounts.map { $0.map { level($0, of: top, rows: rows) } } }
        let lines: [([Int?], Character, Style)] = [
            (levels(track.profile), marks(glyphs).profile, styles.profile),
            (levels(track.planned), marks(glyphs).planned, styles.planned),
            (levels(track.spend), marks(glyphs).spend, styles.spend),
        ]
        for (points, mark, style) in lines {
            drawLine(&grid, points, axisX: axisX, axisY: axisY, band: band, mark: mark, style: style)
        }
        for (offset, line) in legend.enumerated() {
            grid.put(line, x: rect.x, y: axisY + 2 + offset, clip: rect)
        }
    }

    static func marks(_ glyphs: Glyphs) -> (spend: Character, planned: Character, profile: Character) {
        glyphs.isUnicode ? ("█", "▒", "·") : ("#", "o", ".")
    }

    /// The widest £ label the chart can show, and a space after it.
    static func labelWidth(_ track: SpendTrack, _ currency: Currency, glyphs: Glyphs) -> Int {
        let top = ChartScale.top(track.largest)
        return [top, Money(pence: top.pence / 2), .zero].map { ChartScale.label($0, currency, glyphs: glyphs).count }.max()! + 1
    }

    /// The rows that carry a £ label: the top, the middle and the axis.
    static func labelled(_ top: Money, rows: Int) -> [(Int, Money)] {
        top == .zero ? [(0, .zero)] : [(rows, top), (rows / 2, Money(pence: top.pence / 2)), (0, .zero)]
    }

    /// The row above the axis where `amount` sits, rounded to the nearest: 0 on the axis, `rows`
    /// at the top (and above it when over).
    static func level(_ amount: Money, of top: Money, rows: Int) -> Int {
        (BarShare.steps(amount, of: top, in: rows * 2) + 1) / 2
    }

    private static func drawAxes(_ grid: inout Grid, axisX: Int, axisY: Int, rows: Int, ticks: Set<Int>, band: Int,
                                 styles: Styles, glyphs: Glyphs) {
        for level in 1...rows {
            let labelled = ticks.contains(level)
            grid.put(glyphs.isUnicode ? (labelled ? "┤" : "│") : (labelled ? "+" : "|"), x: axisX, y: axisY - level, style: styles.axis)
        }
        grid.put(glyphs.isUnicode ? "└" : "+", x: axisX, y: axisY, style: styles.axis)
        for column in 1...(4 * band) {
            let tick = column % band == 0
            grid.put(glyphs.isUnicode ? (tick ? "┬" : "─") : (tick ? "+" : "-"), x: axisX + column, y: axisY, style: styles.axis)
        }
    }

    /// A line from the origin through each quarter's point (at the end of its quarter's band),
    /// each column joined to the one before so that steep lines stay unbroken; a quarter
    /// without a figure breaks the line, and a point with none beside it stands alone.
    private static func drawLine(_ grid: inout Grid, _ points: [Int?], axisX: Int, axisY: Int, band: Int,
                                 mark: Character, style: Style) {
        var previous: Int? = 0
        for (index, point) in points.enumerated() {
            let endX = axisX + (index + 1) * band
            defer { previous = point }
            guard let point else { continue }
            guard let start = previous else {
                grid.put(String(mark), x: endX, y: axisY - point, style: style)
                continue
            }
            var last = start
            for step in 1...band {
                let level = start + rounded((point - start) * step, band)
                let from = level == last ? level : last + (level > last ? 1 : -1)
                // Between the points, the axis stays the axis: only a quarter's own point sits on it.
                for row in min(from, level)...max(from, level) where row > 0 || step == band {
                    grid.put(String(mark), x: endX - band + step, y: axisY - row, style: style)
                }
                last = level
            }
        }
    }

    /// `numerator / denominator` rounded to the nearest, halves away from zero.
    private static func rounded(_ numerator: Int, _ denominator: Int) -> Int {
        numerator >= 0 ? (2 * numerator + denominator) / (2 * denominator) : -((-2 * numerator + denominator) / (2 * denominator))
    }

    /// Each mark with its name on one line, the profile's explained where there is room; else
    /// one to a line.
    static func legendLines(_ width: Int, styles: Styles, glyphs: Glyphs) -> [[Span]] {
        let marks = self.marks(glyphs)
        let items = { (profile: String) -> [[Span]] in [
            [Span(String(marks.spend), styles.spend), Span(" spend", styles.label)],
            [Span(String(marks.planned), styles.planned), Span(" planned", styles.label)],
            [Span(String(marks.profile), styles.profile), Span(" \(profile)", styles.label)],
        ] }
        for profile in ["straight-line profile, 25% of the total a quarter", "profile"] {
            let line = items(profile)
            if Text.width(line.flatMap { $0 }) + 2 * 2 <= width { return [Text.whole(line, width, separator: [Span("  ", styles.label)])] }
        }
        return items("profile")
    }
}
