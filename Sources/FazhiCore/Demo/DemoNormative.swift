/// The demo region's normative documents (made-up texts): one through its whole procedure, one open for public
/// comment, one published but not yet filed (past its filing deadline, so the alert shows), one with its legal unit.
/// `DemoLoader` walks each through the real steps on the days given (days before today).
public enum DemoNormative {
    public struct Draft: Sendable {
        public let drafter: String
        public let title: String
        public let body: String
        /// How far the draft goes: the last step taken.
        public let until: NormativeAction
        /// Days before today on which the draft was started.
        public let startedDaysAgo: Int
        public let numberCode: String
    }

    public static let drafts: [Draft] = [
        Draft(
            drafter: "呼和浩特市市场监督管理局", title: "呼和浩特市市场监管领域轻微违法行为不予行政处罚清单（演示）",
            body: """
                第一条 为了推进包容审慎监管，依据《中华人民共和国行政处罚法》第三十三条，结合本市实际，制定本清单。
                第二条 当事人有本清单所列轻微违法行为，及时改正，没有造成危害后果的，不予行政处罚。
                第三条 不予行政处罚的，市场监管部门应当对当事人进行教育，并可以制作责令改正通知书。
                第四条 本清单自印发之日起施行，有效期三年。
                """,
            until: .concludeReview, startedDaysAgo: 150, numberCode: "呼市监规"),
        Draft(
            drafter: "呼和浩特市市场监督管理局", title: "呼和浩特市市场监管行政裁量权基准适用规定（演示）",
            body: """
                第一条 为了规范市场监管行政处罚裁量权的行使，制定本规定。
                第二条 行政处罚裁量权基准应当向社会公布。
                第三条 适用裁量权基准，应当在行政处罚决定书中说明理由。
                第四条 本规定自印发之日起施行。
                """,
            until: .openComment, startedDaysAgo: 12, numberCode: "呼市监规"),
        Draft(
            drafter: "呼和浩特市新城区人民政府", title: "新城区行政执法公示办法（演示）",
            body: """
                第一条 为了落实行政执法公示制度，制定本办法。
                第二条 行政执法决定应当自作出之日起七个工作日内公开。
                第三条 本办法自印发之日起施行，有效期三年。
                """,
            until: .register, startedDaysAgo: 120, numberCode: "新政规"),
        Draft(
            drafter: "呼和浩特市市场监督管理局", title: "呼和浩特市市场监管信用修复办理规程（演示）",
            body: """
                第一条 为了规范信用修复工作，制定本规程。
                第二条 本规程自印发之日起施行。
                """,
            until: .sendForLegalityReview, startedDaysAgo: 50, numberCode: "呼市监规"),
    ]
}
