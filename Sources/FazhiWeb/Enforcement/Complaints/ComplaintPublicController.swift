import FazhiCore
import FazhiStore
import Vapor

/// `/complaints`: complaints and reports about administrative enforcement (投诉举报) from the public, no login. The
/// form (the body chosen from the registered ones, narrowed by `?q=` without JavaScript), the receipt with the
/// tracking number and the query code (shown once), and the status page opened with both, where the complainant
/// gives their view of the answer.
struct ComplaintPublicController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let complaints = routes.grouped("complaints")
        complaints.get(use: form)
        complaints.post(use: submit)
        complaints.get("status", use: status)
        complaints.post("feedback", use: feedback)
    }

    /// The form; `?q=` narrows the list of bodies, `?body=` preselects one.
    @Sendable func form(req: Request) async throws -> Response {
        let form = ComplaintForm(bodyID: req.query[String.self, at: "body"], kind: req.query[String.self, at: "kind"])
        return try await render(req, form: form, errors: [])
    }

    /// Receives the complaint under the address's throttle and redirects to the status look-up with the number and
    /// the query code in the flash message: the only time the code is shown. Field errors re-show the form (422).
    @Sendable func submit(req: Request) async throws -> Response {
        let form = try req.content.decode(ComplaintForm.self)
        do {
            let receipt = try await req.throttledSubmission {
                try await req.complaintDesk.submit(form.input, source: .web, by: req.actor)
            }
            let row = receipt.complaint
            return Flash.redirect(
                req, to: "/complaints/status?number=\(row.number)",
                message:
                    "已收到您的\(row.kind.shortLabel)，转\(row.organisationName)办理，答复期限至\(row.dueDay)。受理编号 \(row.number)，查询码 \(receipt.code ?? "")。查询码只显示这一次，请记下：凭受理编号和查询码查询办理情况、评价答复。"
            )
        } catch let error as DomainError {
            switch error {
            case .invalid(let fields):
                return try await render(req, form: form, errors: fields, status: .unprocessableEntity)
            case .conflict(let message):
                return try await render(req, form: form, errors: [], problem: message, status: .conflict)
            default: throw error
            }
        }
    }

    /// `?number=&code=`: the complaint's stage, due day, answer and the view form; without both, the look-up form; an
    /// unknown number or a wrong code, the look-up form with the message (404).
    @Sendable func status(req: Request) async throws -> Response {
        let number = req.query[String.self, at: "number"] ?? ""
        let code = req.query[String.self, at: "code"] ?? ""
        let context = PageContext(req)
        guard !number.isEmpty, !code.isEmpty else {
            return Layout.response(
                ComplaintStatusPage.lookup(number: number, errors: [], context), context: context)
        }
        return try await renderStatus(req, number: number, code: code, posted: ComplaintFeedbackForm())
    }

    /// Records the complainant's view (once, after the answer) and returns to the status page.
    @Sendable func feedback(req: Request) async throws -> Response {
        let form = try req.content.decode(ComplaintFeedbackForm.self)
        let number = form.number ?? ""
        let code = form.code ?? ""
        do {
            _ = try await req.complaintDesk.feedback(number: number, code: code, form.input, by: req.actor)
            return Flash.redirect(
                req, to: Self.statusURL(number: number, code: code), message: "已收到您的评价，谢谢。")
        } catch let error as DomainError {
            switch error {
            case .invalid(let fields):
                return try await renderStatus(
                    req, number: number, code: code, posted: form, errors: fields, status: .unprocessableEntity)
            case .conflict(let message):
                return try await renderStatus(
                    req, number: number, code: code, posted: form, problem: message, status: .conflict)
            default: throw error
            }
        }
    }

    static func statusURL(number: String, code: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-"))
        return "/complaints/status?number=\(number.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
            + "&code=\(code.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
    }

    private func renderStatus(
        _ req: Request, number: String, code: String, posted: ComplaintFeedbackForm, errors: [FieldError] = [],
        problem: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let desk = req.complaintDesk
        let context = PageContext(req)
        let row: ComplaintRow
        do {
            row = try await desk.track(number: number, code: code)
        } catch let error as DomainError {
            guard case .notFound(let message) = error else { throw error }
            return Layout.response(
                ComplaintStatusPage.lookup(number: number, errors: [FieldError("code", message)], context),
                context: context, status: .notFound)
        }
        let model = ComplaintStatusPage.Model(
            row: row, code: code, deadline: try await desk.deadline(for: row),
            events: try await desk.events(of: row.id),
            today: req.today, posted: posted, errors: errors, problem: problem)
        return Layout.response(ComplaintStatusPage.view(model, context), context: context, status: status)
    }

    private func render(
        _ req: Request, form: ComplaintForm, errors: [FieldError], problem: String? = nil,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let words = req.query[String.self, at: "q"]
        var bodies = try await req.complaintDesk.bodies(matching: words)
        // The chosen body stays in the list even when the words no longer match it.
        if let chosen = form.bodyID.flatMap(UUID.init(uuidString:)), !bodies.contains(where: { $0.id == chosen }),
            let option = try await req.complaintDesk.bodies().first(where: { $0.id == chosen })
        {
            bodies.insert(option, at: 0)
        }
        let context = PageContext(req)
        return Layout.response(
            ComplaintFormPage.view(
                .init(bodies: bodies, words: words ?? "", form: form, errors: errors, problem: problem), context),
            context: context, status: status)
    }
}
