import Fluent
import FluentKit
import Vapor

/// Every migration of the platform, in order. Append only: a migration that has shipped is
/// never edited; a change is a new numbered file.
public enum FazhiMigrations {
    public static var all: [any Migration] {
        [
            CreateOrganisations(),
            CreateUsers(),
            CreateAuditEntries(),
            CreateJobs(),
            CreateSessions(),
            CreateCalendarNotices(),
            CreateDeadlines(),
            CreateLedger(),
            CreateWitnessCheckpoints(),
            CreateTaskLedger(),
            CreateInspections(),
            CreateAssessments(),
            CreateAnnualReports(),
            CreateLawLibrary(),
            CreateNormativeDocuments(),
            CreateEnforcement(),
            CreateSupervisionNotices(),
            CreateCaseFileReviews(),
            CreateComplaints(),
            CreateTransfers(),
            CreateEnterpriseInspections(),
            CreateEnforcementStatistics(),
            IndexEnforcementForScale(),
            IndexLedgerOutbox(),
        ]
    }

    /// A witness's own database (`fazhi witness serve`) needs only its state.
    public static var witness: [any Migration] { [CreateWitnessCheckpoints()] }
}
