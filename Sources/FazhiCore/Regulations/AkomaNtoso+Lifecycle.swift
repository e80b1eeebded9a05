extension AkomaNtoso {
    /// The history lines and the effective date as `<lifecycle>` events, in date order.
    ///
    /// Each event is an `<eventRef>` in the lifecycle and a `<TLCEvent>` carrying the history line's text. The
    /// first adoption or promulgation is the `generation`, later ones are `amendment`s; a line that only says when
    /// the text took effect has no AKN event type. The version's effective date is the start of its in-force
    /// period: the history line of that date when there is one, else an event of its own.
    struct Lifecycle: Equatable {
        struct Event: Equatable {
            /// The `<eventRef>`'s eId: `lifecycle_2`.
            var refID: String
            /// The `<TLCEvent>`'s eId: `event_2`.
            var tlcID: String
            var date: CivilDate
            var text: String
            /// `generation`, `amendment`, or nil.
            var type: String?
        }

        var events: [Event]
        /// Starts the in-force period; one of `events`.
        var effective: Event

        /// True when the version is the text after amendments, not the text as first made.
        var isAmended: Bool { events.contains { $0.type == "amendment" } }

        init(_ metadata: Metadata) {
            // Sorted by date, and by position for one date, since "generation" must be the earliest enactment.
            let history = metadata.history.enumerated().sorted {
                ($0.element.date, $0.offset) < ($1.element.date, $1.offset)
            }
            var events: [Event] = []
            for (number, line) in zip(1..., history.map(\.element)) {
                let enacted = events.contains { $0.type != nil }
                let type = line.isEffectiveOnly ? nil : (enacted ? "amendment" : "generation")
                events.append(
                    Event(
                        refID: "lifecycle_\(number)", tlcID: "event_\(number)", date: line.date, text: line.text,
                        type: type))
            }
            if let stated = events.first(where: { $0.type == nil && $0.date == metadata.effectiveOn }) {
                effective = stated
            } else {
                effective = Event(
                    refID: "lifecycle_effective", tlcID: "event_effective", date: metadata.effectiveOn,
                    text: "自\(AkomaNtoso.chineseDate(metadata.effectiveOn))起施行", type: nil)
                let position = events.firstIndex { $0.date > metadata.effectiveOn } ?? events.count
                events.insert(effective, at: position)
            }
            self.events = events
        }
    }

    /// 「2021年7月15日」, as the texts print dates.
    static func chineseDate(_ date: CivilDate) -> String { date.chineseText }
}
