import FazhiCore
import Plot

/// The hidden CSRF field every form carries.
struct CSRFField: Component {
    let token: String
    var body: Component { Input(type: .hidden, name: CSRFMiddleware.field, value: token) }
}

/// A labelled input with its error message beside it, linked for screen readers.
struct FormField: Component {
    let label: String
    let name: String
    var value: String = ""
    var type: HTMLInputType = .text
    var required = false
    var hint: String? = nil
    var errors: [FieldError] = []
    var autocomplete: String? = nil

    var body: Component {
        let error = errors.first { $0.field == name }?.message
        var input: Component = Input(
            type: type, name: name, value: type == .password ? nil : value, isRequired: required
        )
        .id("f-\(name)")
        if let autocomplete { input = input.attribute(named: "autocomplete", value: autocomplete) }
        if error != nil {
            input = input.attribute(named: "aria-invalid", value: "true").attribute(
                named: "aria-describedby", value: "f-\(name)-error")
        }
        return Div {
            Label(label) {}.attribute(named: "for", value: "f-\(name)")
            if required { Span("必填").class("required-mark") }
            input
            if let hint { Paragraph(hint).class("hint") }
            if let error { Paragraph(error).class("field-error").id("f-\(name)-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}

/// A labelled drop-down list.
struct SelectField: Component {
    let label: String
    let name: String
    let options: [(value: String, title: String)]
    var selected: String? = nil
    var required = false
    var errors: [FieldError] = []
    /// The title of the empty choice (「请选择」, or 「全部」 in a filter).
    var emptyTitle = "请选择"

    var body: Component {
        let error = errors.first { $0.field == name }?.message
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "name", value: name), .attribute(named: "id", value: "f-\(name)"),
        ]
        if required { nodes.append(.attribute(named: "required", value: "required")) }
        if error != nil {
            nodes.append(.attribute(named: "aria-invalid", value: "true"))
            nodes.append(.attribute(named: "aria-describedby", value: "f-\(name)-error"))
        }
        nodes.append(
            .element(
                named: "option",
                nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text(emptyTitle)]))
        for option in options {
            var optionNodes: [Node<HTML.BodyContext>] = [.attribute(named: "value", value: option.value)]
            if option.value == selected { optionNodes.append(.attribute(named: "selected", value: "selected")) }
            optionNodes.append(.text(option.title))
            nodes.append(.element(named: "option", nodes: optionNodes))
        }
        return Div {
            Label(label) {}.attribute(named: "for", value: "f-\(name)")
            if required { Span("必填").class("required-mark") }
            Node<HTML.BodyContext>.element(named: "select", nodes: nodes)
            if let error { Paragraph(error).class("field-error").id("f-\(name)-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}

/// A group of checkboxes sharing one name (e.g. roles).
struct CheckboxGroup: Component {
    let legend: String
    let name: String
    let options: [(value: String, title: String)]
    let checked: Set<String>
    var errors: [FieldError] = []

    var body: Component {
        let error = errors.first { $0.field == name }?.message
        return FieldSet {
            Node<HTML.BodyContext>.element(named: "legend", text: legend)
            for option in options {
                Label(option.title) {
                    Input(type: .checkbox, name: name + "[]", value: option.value)
                        .attribute(named: "checked", value: checked.contains(option.value) ? "checked" : nil)
                }.class("checkbox")
            }
            if let error { Paragraph(error).class("field-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}

/// One checkbox sent as `name=value` when ticked (a `CheckboxGroup` sends `name[]`, a list).
struct Checkbox: Component {
    let label: String
    let name: String
    var value = "1"

    var body: Component {
        Div {
            Label(label) { Input(type: .checkbox, name: name, value: value) }.class("checkbox")
        }.class("field")
    }
}

/// Content folded under a summary line (<details>): opens on a click, without JavaScript.
struct Foldable: Component {
    let summary: String
    var open = false
    let content: Component

    var body: Component {
        Node<HTML.BodyContext>.details(
            .if(open, .attribute(named: "open", value: "open")), .summary(.safe(summary)), .component(content))
    }
}

/// The summary of a form's errors at its top, announced to screen readers.
struct ErrorSummary: Component {
    let errors: [FieldError]
    var body: Component {
        if errors.isEmpty { return EmptyComponent() }
        return Div {
            H2("提交的内容有\(errors.count)处需要修改")
            List(errors) { error in Link(error.message, url: "#f-\(error.field)") }
        }.class("error-summary").attribute(named: "role", value: "alert")
    }
}

/// A small coloured label for a status.
struct Badge: Component {
    enum Tone: String { case neutral, good, warn, bad, info }
    let text: String
    var tone: Tone = .neutral
    var body: Component { Span(text).class("badge badge-\(tone.rawValue)") }
}

/// A POST button in its own small form (activate, deactivate, revoke…).
struct PostButton: Component {
    let title: String
    let action: String
    let csrf: String
    var danger = false
    var body: Component {
        Form(url: action, method: .post) {
            CSRFField(token: csrf)
            Button(title).attribute(named: "type", value: "submit").class(
                danger ? "button button-small button-danger" : "button button-small")
        }.class("inline-form")
    }
}

/// A labelled multi-line text box with its error beside it.
struct TextAreaField: Component {
    let label: String
    let name: String
    var value: String = ""
    var required = false
    var hint: String? = nil
    var errors: [FieldError] = []

    var body: Component {
        let error = errors.first { $0.field == name }?.message
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "name", value: name), .attribute(named: "id", value: "f-\(name)"),
            .attribute(named: "rows", value: "8"),
        ]
        if required { nodes.append(.attribute(named: "required", value: "required")) }
        if error != nil {
            nodes.append(.attribute(named: "aria-invalid", value: "true"))
            nodes.append(.attribute(named: "aria-describedby", value: "f-\(name)-error"))
        }
        nodes.append(.text(value))
        return Div {
            Label(label) {}.attribute(named: "for", value: "f-\(name)")
            if required { Span("必填").class("required-mark") }
            Node<HTML.BodyContext>.element(named: "textarea", nodes: nodes)
            if let hint { Paragraph(hint).class("hint") }
            if let error { Paragraph(error).class("field-error").id("f-\(name)-error") }
        }.class(error == nil ? "field" : "field has-error")
    }
}
