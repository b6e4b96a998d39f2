/// The schema a wiki gets without `almanac.yml`: the kinds of entry a
/// reference wiki on groups and events needs, with the usual relations.
extension SiteConfig {
    public static let defaultTypes: [TypeSchema] = [
        TypeSchema(name: "group", folder: "groups", plural: "Groups", fields: [
            FieldSchema(name: "founded", kind: .date),
            FieldSchema(name: "dissolved", kind: .date),
            FieldSchema(name: "leader", kind: .link, targets: ["person"], inverse: "Leader of"),
            FieldSchema(name: "members", kind: .links, targets: ["person"], inverse: "Member of"),
            FieldSchema(name: "affiliated_with", kind: .links, targets: ["group", "organization"], inverse: "Affiliated groups", label: "Affiliated with"),
            FieldSchema(name: "supported_by", kind: .links, targets: ["group", "organization", "person"], inverse: "Supports"),
            FieldSchema(name: "allies", kind: .links, targets: ["group", "organization"], inverse: "Allied with"),
            FieldSchema(name: "based_in", kind: .link, targets: ["place"], inverse: "Groups based here"),
            FieldSchema(name: "website", kind: .url),
        ]),
        TypeSchema(name: "event", folder: "events", plural: "Events", fields: [
            FieldSchema(name: "date", kind: .date, required: true),
            FieldSchema(name: "end_date", kind: .date, label: "End date"),
            FieldSchema(name: "location", kind: .links, targets: ["place"], inverse: "Events here"),
            FieldSchema(name: "participants", kind: .links, targets: ["group", "person", "organization"], inverse: "Took part in"),
            FieldSchema(name: "part_of", kind: .link, targets: ["event"], inverse: "Sub-events"),
        ]),
        TypeSchema(name: "person", folder: "people", plural: "People", fields: [
            FieldSchema(name: "born", kind: .date),
            FieldSchema(name: "died", kind: .date),
            FieldSchema(name: "nationality", kind: .links, targets: ["place"], inverse: "Nationals"),
            FieldSchema(name: "role", kind: .text),
        ]),
        TypeSchema(name: "place", folder: "places", plural: "Places", fields: [
            FieldSchema(name: "part_of", kind: .link, targets: ["place"], inverse: "Places within"),
            FieldSchema(name: "coordinates", kind: .text),
        ]),
        TypeSchema(name: "organization", folder: "organizations", plural: "Organizations", fields: [
            FieldSchema(name: "founded", kind: .date),
            FieldSchema(name: "headed_by", kind: .link, targets: ["person"], inverse: "Heads"),
            FieldSchema(name: "part_of", kind: .link, targets: ["organization"], inverse: "Units"),
            FieldSchema(name: "website", kind: .url),
        ]),
        TypeSchema(name: "document", folder: "documents", plural: "Documents", fields: [
            FieldSchema(name: "date", kind: .date),
            FieldSchema(name: "signatories", kind: .links, targets: ["group", "person", "organization"], inverse: "Signatory of"),
            FieldSchema(name: "signed_at", kind: .link, targets: ["place"], inverse: "Documents signed here"),
        ]),
        TypeSchema(name: "source", folder: "sources", plural: "Sources", fields: [
            FieldSchema(name: "author", kind: .links, targets: ["person"], inverse: "Author of"),
            FieldSchema(name: "publisher", kind: .text),
            FieldSchema(name: "published", kind: .date),
            FieldSchema(name: "url", kind: .url, label: "URL"),
        ]),
    ]
}
