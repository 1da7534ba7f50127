/// An ecograph rule in Embedded Swift: "a Lotse pilots at most one field".
///
/// An actor who holds Lotse roles (`actor -holds-> role`, `type: lotse`) pilots the fields of
/// those roles (`role -pilots-> field`); an actor who pilots more fields than the option
/// `max-fields` (default 1) is reported, with the fields. Build it with `samples/wasm/build`;
/// the ABI is in Runtime.swift and docs/plugins.md.
enum LotseRule {
    static let description: StaticString = """
        {"protocol":"ecograph.rule/1","rules":[{"id":"lotse-pilots-one-field",\
        "name":{"en":"A Lotse pilots one field","de":"Eine Lotsin, ein Lotse lotst ein Gestaltungsfeld"},\
        "summary":{"en":"An actor is the Lotse of at most max-fields fields (default 1).",\
        "de":"Ein Akteur ist Lotsin oder Lotse für höchstens max-fields Gestaltungsfelder (Standard 1)."},\
        "severity":"warning",\
        "why":"A Lotse is the expert and driving force of one field; one person piloting several fields is a bottleneck and a single point of failure.",\
        "fix":"Give each field a Lotse of its own, or raise max-fields in .ecograph.yml if the double role is deliberate.",\
        "options":[{"name":"max-fields","summary":"How many fields one actor may pilot.","default":1}]}]}
        """

    /// Answers one request (describe or check) with the reply's bytes.
    static func answer(_ request: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = JSONWriter()
        guard let message = JSONDocument(request) else {
            out.raw(#"{"protocol":"ecograph.rule/1","findings":[],"errors":["the request is not JSON"]}"#)
            return out.bytes
        }
        if message.isString(message.member(message.root, "request"), "describe") {
            out.raw(description)
            return out.bytes
        }
        let maximum = message.integer(message.member(message.member(message.root, "options"), "max-fields")) ?? 1
        let graph = message.member(message.root, "graph")
        out.raw(#"{"protocol":"ecograph.rule/1","findings":["#)
        var first = true
        for (actor, fields) in pilotedFields(message, graph) where fields.count > maximum {
            out.raw(first ? #"{"subjects":[""# : #",{"subjects":[""#)
            first = false
            out.raw(message.text(message.member(actor, "id"))!)
            for field in fields {
                out.raw(#"",""#)
                out.raw(message.text(message.member(field, "id"))!)
            }
            out.raw(#""],"message":{"en":"Actor '"#)
            out.raw(message.text(message.member(actor, "name")) ?? UnsafeBufferPointer(start: nil, count: 0))
            out.raw("' is the Lotse of ")
            out.number(fields.count)
            out.raw(" fields: ")
            names(fields, in: message, to: &out)
            out.raw(#".","de":"Akteur '"#)
            out.raw(message.text(message.member(actor, "name")) ?? UnsafeBufferPointer(start: nil, count: 0))
            out.raw("' lotst ")
            out.number(fields.count)
            out.raw(" Gestaltungsfelder: ")
            names(fields, in: message, to: &out)
            out.raw(#"."},"hint":{"en":"Give each of these fields a Lotse of its own.","de":"Geben Sie jedem dieser Felder eine eigene Lotsin oder einen eigenen Lotsen."}}"#)
        }
        out.raw(#"],"errors":[]}"#)
        return out.bytes
    }

    /// Each actor that holds a Lotse role, with the fields its Lotse roles pilot (node values).
    static func pilotedFields(_ message: JSONDocument, _ graph: Int?) -> [(actor: Int, fields: [Int])] {
        let nodes = byID(message, message.children(message.member(graph, "nodes")))
        let lotseRoles = nodes.filter {
            message.isString(message.member($0.node, "kind"), "role")
                && message.isString(message.member(message.member($0.node, "attributes"), "type"), "lotse")
        }
        var fieldsOfRole = [[Int]](repeating: [], count: lotseRoles.count)
        var holds: [(actor: Int, role: Int)] = []
        for edge in message.children(message.member(graph, "edges")) {
            let type = message.member(edge, "type")
            let from = message.text(message.member(edge, "from")), to = message.text(message.member(edge, "to"))
            if message.isString(type, "pilots"), let role = position(from, in: lotseRoles), let field = position(to, in: nodes) {
                fieldsOfRole[role].append(nodes[field].node)
            } else if message.isString(type, "holds"), let role = position(to, in: lotseRoles), let actor = position(from, in: nodes) {
                holds.append((actor, role))
            }
        }
        holds.sort { $0.actor < $1.actor }
        var result: [(actor: Int, fields: [Int])] = []
        for (actor, role) in holds {
            if result.last?.actor != nodes[actor].node { result.append((nodes[actor].node, [])) }
            for field in fieldsOfRole[role] where !result[result.count - 1].fields.contains(field) {
                result[result.count - 1].fields.append(field)
            }
        }
        return result
    }

    private static func names(_ fields: [Int], in message: JSONDocument, to out: inout JSONWriter) {
        for (index, field) in fields.enumerated() {
            out.raw(index == 0 ? "'" : ", '")
            out.raw(message.text(message.member(field, "name")) ?? UnsafeBufferPointer(start: nil, count: 0))
            out.raw("'")
        }
    }

    /// Nodes with their ids, ordered by the ids' bytes.
    private static func byID(_ message: JSONDocument, _ nodes: [Int]) -> [(id: UnsafeBufferPointer<UInt8>, node: Int)] {
        nodes.map { (message.text(message.member($0, "id")) ?? UnsafeBufferPointer(start: nil, count: 0), $0) }
            .sorted { compare($0.id, $1.id) < 0 }
    }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return a.count - b.count
    }

    /// Where the node with this id is, by binary search in nodes ordered by id.
    private static func position(_ id: UnsafeBufferPointer<UInt8>?, in nodes: [(id: UnsafeBufferPointer<UInt8>, node: Int)]) -> Int? {
        guard let id else { return nil }
        var low = 0, high = nodes.count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(nodes[middle].id, id)
            if order == 0 { return middle }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
