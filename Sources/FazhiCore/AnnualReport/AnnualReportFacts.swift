/// What the platform counted for one government's subtree in one year: the numbers a report's figures and its
/// first draft are made of. Every count is defined where it is made (`AnnualReportFigures` in the store); here
/// they are only worded.
public struct AnnualReportFacts: Sendable, Equatable {
    public var government: String
    public var year: Int
    /// Plans imported into the task ledger this year by the subtree's offices.
    public var plans = 0
    /// Tasks of the subtree's plans due this year (standing work left out), and how many are done, done on time,
    /// and overdue (not done, due before the day of counting).
    public var tasksDue = 0
    public var tasksDone = 0
    public var tasksDoneOnTime = 0
    public var tasksOverdue = 0
    /// Tasks of the subtree's plans due next year: the work that carries over.
    public var tasksNextYear = 0
    /// Findings of the subtree's inspections raised this year, closed, closed on a report made in time, and still
    /// owed after their deadline.
    public var findings = 0
    public var findingsClosed = 0
    public var findingsClosedOnTime = 0
    public var findingsOverdue = 0
    public var campaigns = 0
    /// Assessment rounds of the subtree for this year, and the units they assess.
    public var assessmentRounds = 0
    public var assessedUnits = 0
    /// Of those rounds, the published ones' results: each unit's final score, best first.
    public var publishedResults: [PublishedResult] = []
    /// Statutory deadlines in the subtree due this year, and those met by their due day.
    public var deadlinesDue = 0
    public var deadlinesMet = 0
    /// Enforcement agencies (执法主体) in the subtree, active.
    public var enforcementAgencies = 0
    /// Audit records of the subtree this year, and those in the public evidence ledger.
    public var auditRecords = 0
    public var ledgerRecords = 0

    public init(government: String, year: Int) {
        self.government = government
        self.year = year
    }
}

/// A unit's final score in a published assessment round.
public struct PublishedResult: Sendable, Equatable {
    public var unit: String
    public var score: Points

    public init(unit: String, score: Points) {
        self.unit = unit
        self.score = score
    }
}
