import FazhiCore
import FazhiStore
import Vapor

/// 年度报告: a government's 法治政府建设年度报告 for a year, drafted from the platform's figures, edited in the
/// browser, printed from its page and exported as .docx.
struct AnnualReportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let reports = routes.grouped("reports")
        reports.get(use: list)
        reports.post(use: start)
        reports.get(":id", use: show)
        reports.get(":id", "edit", use: edit)
        reports.post(":id", use: save)
        reports.get(":id", "report.docx", use: docx)
    }

    @Sendable func list(req: Request) async throws -> Response {
        try await renderList(req, errors: [])
    }

    @Sendable func start(req: Request) async throws -> Response {
        let member = try req.requireMember()
        do {
            let id = try await req.annualReports(member).start(
                government: (try? req.content.get(String.self, at: "organisationID")) ?? "",
                year: (try? req.content.get(String.self, at: "year")) ?? "", by: req.actor)
            return Flash.redirect(req, to: "/reports/\(id)", message: "已生成年度报告初稿，请核对数据并补充内容。")
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await renderList(req, errors: error.fields, status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let reports = req.annualReports(member)
        let report = try await reports.report(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(AnnualReportPage.view(report, mayEdit: reports.mayWrite, context), context: context)
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let reports = req.annualReports(member)
        guard reports.mayWrite else { throw DomainError.forbidden("只有法治政府建设办公室、司法行政机关或管理员可以编写年度报告") }
        let report = try await reports.report(try req.idParameter())
        let context = PageContext(req)
        return Layout.response(AnnualReportPage.edit(report, errors: [], context), context: context)
    }

    @Sendable func save(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let id = try req.idParameter()
        var texts: [AnnualReportSection: String] = [:]
        for section in AnnualReportSection.allCases {
            texts[section] = (try? req.content.get(String.self, at: section.rawValue)) ?? ""
        }
        _ = try await req.annualReports(member).save(id, texts: texts, by: req.actor)
        return Flash.redirect(req, to: "/reports/\(id)", message: "已保存年度报告。")
    }

    @Sendable func docx(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let report = try await req.annualReports(member).report(try req.idParameter())
        let document = AnnualReportDocument.docx(report)
        return Download.response(
            try document.data(created: Date()), name: document.title + ".docx",
            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    }

    private func renderList(_ req: Request, errors: [FieldError], status: HTTPResponseStatus = .ok) async throws
        -> Response
    {
        let member = try req.requireMember()
        let reports = req.annualReports(member)
        let list = try await reports.list()
        let governments =
            reports.mayWrite
            ? try await req.organisations(member).list(includeInactive: false).filter { $0.kind == .government } : []
        let context = PageContext(req)
        return Layout.response(
            AnnualReportPage.list(
                list, governments: governments, selected: member.scopeRoot.id, mayWrite: reports.mayWrite,
                year: req.today.year - 1, errors: errors, context),
            context: context, status: status)
    }
}

/// The report as a Word document laid out as official documents are (GB/T 9704 styles in `DocxDocument`): each
/// section's text, then its figures with their definitions; a missing figure says so.
enum AnnualReportDocument {
    static func title(_ report: AnnualReport) -> String {
        "\(report.government.name)\(report.year)年法治政府建设年度报告"
    }

    static func docx(_ report: AnnualReport) -> DocxDocument {
        let links = AnnualReportLinks.forYear(report.year)
        var blocks: [DocxBlock] = []
        for section in AnnualReportSection.allCases {
            blocks.append(.heading(section.heading, level: 1))
            for paragraph in (report.texts[section] ?? "").split(separator: "\n", omittingEmptySubsequences: true) {
                blocks.append(.paragraph(String(paragraph)))
            }
            let figures = AnnualReportDraft.figures(section, report.facts, links: links)
            blocks.append(
                .table(
                    headers: ["数据项", "数值", "口径"],
                    rows: figures.map { [$0.label, $0.value ?? "暂缺", $0.missingReason ?? $0.definition] }))
        }
        blocks.append(
            .note("本报告中的数据由法治政府建设一体化平台按所列口径统计，统计截至\(CivilDate(chinaTimeAt: Date().timeIntervalSince1970).iso)。"))
        return DocxDocument(title: title(report), blocks: blocks)
    }
}
