import Foundation
import Testing

@testable import FazhiCore

/// The namespace of the law corpus suites, so that `swift test --filter Regulations` runs them all.
enum Regulations {}

/// `CivilDate` from ISO text, for short expectations.
func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
