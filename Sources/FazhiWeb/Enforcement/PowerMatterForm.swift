import FazhiCore
import FazhiStore
import Vapor

/// The matter form as posted: the matter's fields, and its ranges as fields `ranges.<i>.<part>` (the names the
/// validation reports), so that each error shows beside its cell.
struct PowerMatterForm {
    var bodyID: String?
    var input: PowerMatterInput

    /// Blank rows shown below the ranges, so that a range can be added without JavaScript.
    static let spareRanges = 2
    static let maximumRanges = 20

    init(bodyID: String? = nil, input: PowerMatterInput) {
        self.bodyID = bodyID
        self.input = input
    }

    init(_ matter: PowerMatterRow) {
        bodyID = matter.organisationID.uuidString
        input = PowerMatterInput(
            code: matter.code, name: matter.name, kind: matter.kind.rawValue, legalBasis: matter.legalBasis,
            ranges: matter.benchmark.ranges.map {
                .init(
                    circumstance: $0.circumstance, description: $0.description,
                    minimum: Money.text($0.minimumFen).replacingOccurrences(of: "元", with: ""),
                    maximum: Money.text($0.maximumFen).replacingOccurrences(of: "元", with: ""))
            }, noPenalty: matter.noPenalty, lightPenalty: matter.lightPenalty)
    }

    /// Reads the posted form.
    init(_ req: Request) {
        func text(_ key: String) -> String? { try? req.content.get(String.self, at: key) }
        bodyID = text("bodyID")
        let ranges = (0..<Self.maximumRanges).map { index in
            PowerMatterInput.Range(
                circumstance: text(PowerMatterInput.rangeField(index, "circumstance")),
                description: text(PowerMatterInput.rangeField(index, "description")),
                minimum: text(PowerMatterInput.rangeField(index, "minimum")),
                maximum: text(PowerMatterInput.rangeField(index, "maximum")))
        }
        let count = (ranges.lastIndex { !$0.isBlank } ?? -1) + 1
        input = PowerMatterInput(
            code: text("code"), name: text("name"), kind: text("kind"), legalBasis: text("legalBasis"),
            ranges: Array(ranges.prefix(count)), noPenalty: text("noPenalty") != nil,
            lightPenalty: text("lightPenalty") != nil)
    }
}
