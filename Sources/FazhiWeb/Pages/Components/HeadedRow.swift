import Plot

/// A table row that opens with a row header (`<th scope="row">`), for tables of figures by unit. Plot's `TableRow`
/// cannot make one: it wraps every cell that is not a `td` in a `td`, header cells included. The cells given here
/// must be `TableCell`s, and are written as they are.
struct HeadedRow: Component {
    let header: String
    var classes: String? = nil
    @ComponentBuilder let cells: () -> Component

    var body: Component {
        Node<HTML.TableContext>.tr(
            .unwrap(classes) { .class($0) },
            .th(.attribute(named: "scope", value: "row"), .text(header)),
            .component(cells()))
    }
}
