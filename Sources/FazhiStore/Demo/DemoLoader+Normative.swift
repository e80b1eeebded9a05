import FazhiCore
import Fluent
import Foundation

extension DemoLoader {
    /// The demo's normative documents (`DemoNormative`), each taken through the real steps on past days, so their
    /// deadlines, history and figures are what the procedure produces.
    static func loadNormative(today: CivilDate, organisations: [String: UUID], on db: any Database, by actor: Actor)
        async throws
    {
        for draft in DemoNormative.drafts {
            guard let drafter = organisations[draft.drafter] else { continue }
            var day = today.adding(days: -draft.startedDaysAgo)
            func repository(_ on: CivilDate) -> NormativeRepository {
                NormativeRepository(
                    db: db, scope: .system, today: on, roles: [.legalUnit, .justice], calendar: .official)
            }
            let id = try await repository(day).create(
                NormativeDraftInput(
                    kind: NormativeKind.normativeDocument.rawValue, title: draft.title, body: draft.body),
                drafter: drafter, by: actor
            ).id
            for (action, input, daysLater) in steps(draft, start: day) {
                day = day.adding(days: daysLater)
                try await repository(day).act(on: id, input, by: actor)
                if action == draft.until { break }
            }
        }
    }

    /// The steps in order, with the days each waits after the previous one (comment 30 days, legality review a
    /// fortnight, filing within the month).
    private static func steps(_ draft: DemoNormative.Draft, start: CivilDate)
        -> [(NormativeAction, NormativeStepInput, Int)]
    {
        func step(_ action: NormativeAction, _ fill: (inout NormativeStepInput) -> Void = { _ in })
            -> NormativeStepInput
        {
            var input = NormativeStepInput(action: action.rawValue)
            fill(&input)
            return input
        }
        let opens = start.adding(days: 2)
        // Public comment from day 2 for 32 days, legality review from day 37 for 15 days, the meeting two days later.
        let meeting = start.adding(days: 2 + 35 + 15 + 2)
        return [
            (.finishDraft, step(.finishDraft), 1),
            (.recordEvaluation, step(.recordEvaluation) { $0.body = "经评估论证，制定本文件确有必要，内容符合上位法规定。" }, 1),
            (
                .openComment,
                step(.openComment) {
                    $0.opensOn = opens.iso; $0.closesOn = opens.adding(days: 32).iso
                }, 0
            ),
            (.sendForLegalityReview, step(.sendForLegalityReview), 35),
            (
                .giveLegalityOpinion,
                step(.giveLegalityOpinion) {
                    $0.opinion = "lawful"; $0.body = "经审核，未发现违反上位法的内容。"
                }, 15
            ),
            (
                .recordDeliberation,
                step(.recordDeliberation) {
                    $0.meeting = "\(draft.drafter)办公会议"; $0.meetingOn = meeting.iso; $0.adopted = "yes"
                }, 2
            ),
            (
                .register,
                step(.register) {
                    $0.numberCode = draft.numberCode; $0.publishedOn = meeting.adding(days: 3).iso
                    $0.effectiveOn = meeting.adding(days: 3).iso; $0.expiresOn = meeting.addingMonths(36).iso
                }, 3
            ),
            (.submitFiling, step(.submitFiling) { $0.body = "报送备案报告、正式文本和起草说明。" }, 20),
            (.registerFiling, step(.registerFiling), 3),
            (
                .concludeReview,
                step(.concludeReview) {
                    $0.outcome = "approved"; $0.body = "经审查，准予备案。"
                }, 20
            ),
        ]
    }
}
