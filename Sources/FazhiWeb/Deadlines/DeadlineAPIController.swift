import FazhiCore
import Vapor

/// `/api/v1/deadlines`: the rule library and the computation, public like the law they encode.
struct DeadlineAPIController: RouteCollection {
    let calendar: HolidayCalendar

    func boot(routes: any RoutesBuilder) throws {
        let deadlines = routes.grouped("deadlines")
        deadlines.get("rules", use: rules)
        deadlines.post("compute", use: compute)
    }

    struct RuleDTO: Content {
        let id: String
        let title: String
        let amount: Int
        let unit: String
        let kind: String
        let startsFrom: String
        let basis: LegalBasis
        let countingBasis: LegalBasis
        let maxExtension: Int?

        init(_ rule: DeadlineRule) {
            id = rule.id
            title = rule.title
            amount = rule.amount
            unit = rule.unit.rawValue
            kind = rule.kind.rawValue
            startsFrom = rule.startsFrom
            basis = rule.basis
            countingBasis = rule.countingBasis
            maxExtension = rule.maxExtension
        }
    }

    struct ComputeRequest: Content {
        struct Event: Content {
            let type: String
            let date: CivilDate
            let amount: Int?
            let note: String?
        }
        let rule: String
        let start: CivilDate
        let startTime: String?
        let events: [Event]?
    }

    /// Every rule with its legal basis.
    @Sendable func rules(req: Request) async throws -> [RuleDTO] { DeadlineRules.all.map(RuleDTO.init) }

    /// Computes a deadline: due date, provisional flag and the explanation.
    @Sendable func compute(req: Request) async throws -> Deadline {
        let body = try req.json(ComputeRequest.self)
        guard let rule = DeadlineRules.rule(body.rule) else {
            throw DomainError.invalid("rule", "未知的期限规则「\(body.rule)」")
        }
        var events: [DeadlineEvent] = []
        for (index, event) in (body.events ?? []).enumerated() {
            switch event.type {
            case "extend":
                guard let amount = event.amount else {
                    throw DomainError.invalid("events[\(index)].amount", "延长事件须给出延长的期限")
                }
                events.append(.extend(on: event.date, amount: amount, note: event.note))
            case "suspend": events.append(.suspend(on: event.date, note: event.note))
            case "resume": events.append(.resume(on: event.date, note: event.note))
            case "restart": events.append(.restart(on: event.date, note: event.note))
            default:
                throw DomainError.invalid(
                    "events[\(index)].type", "未知的事件类型「\(event.type)」（extend、suspend、resume、restart）")
            }
        }
        return try DeadlineCalculator(calendar: calendar).compute(
            rule, start: body.start, startTime: body.startTime, events: events)
    }
}

extension Deadline: Content {}
extension LegalBasis: Content {}
