/// Why a map could not be drawn.
public enum RenderMessage: String, MessageArea {
    public static let area = "render"

    case graphvizFailed = "graphviz-failed"
    case tooLarge = "too-large"
    case noSuchNode = "no-such-node"
    case wrongKind = "wrong-kind"
    case matrixNeedsSystem = "matrix-needs-system"
    case workerNotStarted = "worker.not-started"
    case workerTimedOut = "worker.timed-out"
    case workerCrashed = "worker.crashed"

    public var wording: Wording {
        switch self {
        case .graphvizFailed: Wording(en: "Graphviz could not {stage} the map{detail}", de: "Graphviz konnte die Karte nicht zeichnen ({stage}){detail}")
        case .tooLarge:
            Wording(
                en: "the map has {n} nodes, more than the '{engine}' layout draws in reasonable time ({limit}); draw a view (--field, --system, --focus ID --depth N, --kinds) or use --layout sfdp",
                de: "die Karte hat {n} Knoten, mehr als das Layout '{engine}' in vertretbarer Zeit zeichnet ({limit}); zeichnen Sie eine Ansicht (--field, --system, --focus ID --depth N, --kinds) oder nutzen Sie --layout sfdp")
        case .noSuchNode: Wording(en: "{option}: no {kind} with id '{id}'{advice}", de: "{option}: kein Knoten der Art {kind} mit der ID '{id}'{advice}")
        case .wrongKind: Wording(en: "{option}: '{id}' is {kind}, not {expected}", de: "{option}: '{id}' gehört zur Art {kind}, nicht {expected}")
        case .matrixNeedsSystem:
            Wording(en: "a matrix is drawn for a system: name it with --system", de: "eine Matrix wird für ein System gezeichnet: nennen Sie es mit --system")
        case .workerNotStarted:
            Wording(en: "cannot start the Graphviz worker: {reason}", de: "der Graphviz-Hilfsprozess kann nicht gestartet werden: {reason}")
        case .workerTimedOut:
            Wording(
                en: "Graphviz's '{engine}' layout took longer than {seconds} s and was stopped; draw a view (--field, --system, --focus ID --depth N) or use --layout sfdp",
                de: "das Graphviz-Layout '{engine}' brauchte länger als {seconds} s und wurde abgebrochen; zeichnen Sie eine Ansicht (--field, --system, --focus ID --depth N) oder nutzen Sie --layout sfdp")
        case .workerCrashed:
            Wording(
                en: "Graphviz crashed (signal {signal}) while drawing the map with '{engine}'{detail}; try another --layout or a smaller view",
                de: "Graphviz ist beim Zeichnen der Karte mit '{engine}' abgestürzt (Signal {signal}){detail}; versuchen Sie ein anderes --layout oder eine kleinere Ansicht")
        }
    }
}
