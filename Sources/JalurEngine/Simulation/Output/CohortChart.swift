import JalurModel

/// Draws a cohort report as an SVG chart: stage occupancy as stacked areas (top) and the weekly referral load
/// of the busiest services against their capacity (bottom), every series labelled where it ends.
///
/// The text is deterministic: coordinates are formatted with one decimal by ``Statistics/fixed(_:decimals:)``.
public struct CohortChart: Sendable {
    /// The language of stage titles.
    public let language: String
    /// How many services the load panel shows (highest peak load relative to capacity first).
    public static let servicesShown = 5
    static let palette = [
        "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
        "#9c755f",
    ]
    static let left = 60.0
    static let plotWidth = 680.0

    /// Creates a chart renderer.
    public init(language: String) { self.language = language }

    /// The SVG document.
    public func svg(_ report: CohortReport) -> String {
        var out: [String] = []
        out.append(
            "<svg xmlns='http://www.w3.org/2000/svg' width='1080' height='620' viewBox='0 0 1080 620' font-family='sans-serif' font-size='12'>"
        )
        out.append("<rect width='1080' height='620' fill='#ffffff'/>")
        out.append(
            text(
                Self.left,
                24,
                "Scenario \(report.scenario), seed \(report.seed): \(report.days) days from \(report.start), \(report.admissions) admissions",
                size: 15,
                bold: true
            )
        )
        occupancy(report, into: &out)
        load(report, into: &out)
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private func occupancy(_ report: CohortReport, into out: inout [String]) {
        let top = 60.0
        let height = 260.0
        let weeks = Self.fullWeeks(report)
        let series = (0..<weeks).map { report.weekOccupancy($0) }
        let peak = max(1, series.map { $0.reduce(0, +) }.max() ?? 1)
        let scale = niceCeiling(peak)
        out.append(
            text(Self.left, top - 12, "Residents by stage (end of each week)", size: 13, bold: true)
        )
        axes(top: top, height: height, maximum: scale, weeks: weeks, into: &out)
        var below = [Double](repeating: 0, count: weeks)
        var labels: [(y: Double, text: String, color: String)] = []
        for (index, stage) in report.stages.enumerated() {
            let values = series.map { Double($0[index]) }
            guard values.contains(where: { $0 > 0 }) else { continue }
            let color = Self.palette[index % Self.palette.count]
            let upper = zip(below, values).map { $0 + $1 }
            var points: [String] = []
            for week in 0..<weeks { points.append(point(week, weeks, upper[week], scale, top, height)) }
            for week in (0..<weeks).reversed() {
                points.append(point(week, weeks, below[week], scale, top, height))
            }
            out.append(
                "<polygon fill='\(color)' fill-opacity='0.85' stroke='#ffffff' stroke-width='0.5' points='\(points.joined(separator: " "))'/>"
            )
            let middle = (upper[weeks - 1] + below[weeks - 1]) / 2
            let name = stage.title.text(in: language)
            labels.append((y(middle, scale, top, height), "\(name) \(Int(values[weeks - 1]))", color))
            below = upper
        }
        place(labels, top: top, bottom: top + height, into: &out)
    }

    private func load(_ report: CohortReport, into out: inout [String]) {
        let top = 380.0
        let height = 200.0
        let weeks = Self.fullWeeks(report)
        let ranked = report.services.filter { ($0.capacity ?? 0) > 0 }.sorted {
            let a = $0.peak * ($1.capacity ?? 1)
            let b = $1.peak * ($0.capacity ?? 1)
            return a != b ? a > b : $0.service < $1.service
        }
        let shown = Array(ranked.prefix(Self.servicesShown))
        let peak = shown.map { Double($0.peak * 100) / Double($0.capacity ?? 1) }.max() ?? 100
        let scale = niceCeiling(Int(max(150, peak).rounded(.up)))
        out.append(
            text(
                Self.left,
                top - 12,
                "Referrals per week as % of capacity (busiest services)",
                size: 13,
                bold: true
            )
        )
        axes(top: top, height: height, maximum: scale, weeks: weeks, suffix: "%", into: &out)
        let capacityY = y(100, scale, top, height)
        out.append(
            "<line x1='\(f(Self.left))' y1='\(f(capacityY))' x2='\(f(Self.left + Self.plotWidth))' y2='\(f(capacityY))' stroke='#d62728' stroke-dasharray='6 4'/>"
        )
        out.append(text(Self.left + 4, capacityY - 4, "capacity (100%)", color: "#d62728"))
        var labels: [(y: Double, text: String, color: String)] = []
        for (index, load) in shown.enumerated() {
            let capacity = Double(load.capacity ?? 1)
            let color = Self.palette[(index + 3) % Self.palette.count]
            let values = load.weekly.prefix(weeks).map { Double($0) * 100 / capacity }
            let points = values.indices.map { point($0, weeks, values[$0], scale, top, height) }
            out.append(
                "<polyline fill='none' stroke='\(color)' stroke-width='2' points='\(points.joined(separator: " "))'/>"
            )
            let over = load.overCapacityWeeks.count
            labels.append(
                (y(values[weeks - 1], scale, top, height), "\(load.service) (over in \(over) wk)", color)
            )
        }
        place(labels, top: top, bottom: top + height, into: &out)
    }

    /// Weeks drawn: whole weeks only (a partial last week would look like a drop), at least one.
    static func fullWeeks(_ report: CohortReport) -> Int {
        max(1, report.days / 7)
    }

    private func axes(
        top: Double,
        height: Double,
        maximum: Int,
        weeks: Int,
        suffix: String = "",
        into out: inout [String]
    ) {
        let bottom = top + height
        out.append(
            "<line x1='\(f(Self.left))' y1='\(f(bottom))' x2='\(f(Self.left + Self.plotWidth))' y2='\(f(bottom))' stroke='#333333'/>"
        )
        out.append(
            "<line x1='\(f(Self.left))' y1='\(f(top))' x2='\(f(Self.left))' y2='\(f(bottom))' stroke='#333333'/>"
        )
        for step in 0...4 {
            let value = maximum * step / 4
            let yy = y(Double(value), maximum, top, height)
            out.append(
                "<line x1='\(f(Self.left - 4))' y1='\(f(yy))' x2='\(f(Self.left + Self.plotWidth))' y2='\(f(yy))' stroke='#dddddd'/>"
            )
            out.append(text(Self.left - 8, yy + 4, "\(value)\(suffix)", anchor: "end"))
        }
        let every = max(1, (weeks + 12) / 13)
        for week in stride(from: 0, to: weeks, by: every) {
            let xx = x(week, weeks)
            out.append(text(xx, bottom + 16, "wk \(week + 1)", anchor: "middle"))
        }
    }

    /// Labels at the right edge, pushed apart to at least 13 px and kept within the panel.
    private func place(
        _ labels: [(y: Double, text: String, color: String)],
        top: Double,
        bottom: Double,
        into out: inout [String]
    ) {
        var sorted = labels.sorted { $0.y < $1.y }
        for index in sorted.indices.dropFirst() where sorted[index].y < sorted[index - 1].y + 13 {
            sorted[index].y = sorted[index - 1].y + 13
        }
        let overflow = (sorted.last?.y ?? 0) - bottom
        if overflow > 0 {
            for index in sorted.indices { sorted[index].y = max(top, sorted[index].y - overflow) }
        }
        for label in sorted {
            out.append(
                text(
                    Self.left + Self.plotWidth + 8,
                    label.y + 4,
                    label.text,
                    bold: true,
                    color: label.color
                )
            )
        }
    }

    private func niceCeiling(_ value: Int) -> Int {
        var step = 1
        while step * 10 < value { step *= 10 }
        for multiple in [1, 2, 4, 5, 8, 10] where step * multiple >= value { return step * multiple }
        return step * 10
    }

    private func x(_ week: Int, _ weeks: Int) -> Double {
        Self.left + (weeks <= 1 ? 0 : Double(week) * Self.plotWidth / Double(weeks - 1))
    }

    private func y(_ value: Double, _ maximum: Int, _ top: Double, _ height: Double) -> Double {
        top + height - min(value, Double(maximum)) * height / Double(maximum)
    }

    private func point(
        _ week: Int,
        _ weeks: Int,
        _ value: Double,
        _ maximum: Int,
        _ top: Double,
        _ height: Double
    ) -> String {
        "\(f(x(week, weeks))),\(f(y(value, maximum, top, height)))"
    }

    private func f(_ value: Double) -> String { Statistics.fixed(value, decimals: 1) }

    private func text(
        _ x: Double,
        _ y: Double,
        _ content: String,
        size: Int = 12,
        bold: Bool = false,
        anchor: String = "start",
        color: String = "#222222"
    ) -> String {
        var escaped = ""
        for character in content {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        let weight = bold ? " font-weight='bold'" : ""
        return
            "<text x='\(f(x))' y='\(f(y))' font-size='\(size)'\(weight) text-anchor='\(anchor)' fill='\(color)'>\(escaped)</text>"
    }
}
