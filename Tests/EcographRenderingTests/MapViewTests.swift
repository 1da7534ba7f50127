import EcographCore
import EcographRendering
import Foundation
import Testing

/// Views select the part of the ecosystem a map shows.
@Suite("Map views")
struct MapViewTests {
    private func ids(_ view: MapView) throws -> Set<String> {
        let (graph, _) = try SmallModel.load()
        return Set(try view.select(in: graph).map { graph.nodes[$0].id })
    }

    @Test("a field view shows the field, its Lotse and holder, its projects and their parties, not other fields")
    func fieldView() throws {
        var view = MapView()
        view.field = "mobilitaet"
        let shown = try ids(view)
        #expect(shown.isSuperset(of: ["mobilitaet", "lotse-mobilitaet", "werke", "park-app", "verein", "pendler", "hackathon"]))
        #expect(!shown.contains("bildung") && !shown.contains("schul-wlan"))
    }

    @Test("a focus view reaches as many relations as --depth says")
    func focusDepth() throws {
        var view = MapView()
        view.focus = "verein"
        view.depth = 1
        let near = try ids(view)
        #expect(near.contains("park-app") && near.contains("hackathon"))
        #expect(!near.contains("pendler"))
        view.depth = 2
        #expect(try ids(view).contains("pendler"))
    }

    @Test("status and kind filters")
    func filters() throws {
        var view = MapView()
        view.statuses = [.idea]
        let ideas = try ids(view)
        #expect(ideas.contains("schul-wlan") && !ideas.contains("park-app") && ideas.contains("mueller"))
        view = MapView()
        view.kinds = [.role, .field]
        #expect(try ids(view) == ["ob", "cdo", "lotse-mobilitaet", "mobilitaet", "bildung"])
    }

    @Test("a view of an unknown id, or of the wrong kind, is a clear error with a suggestion")
    func unknownIds() throws {
        let (graph, _) = try SmallModel.load()
        var view = MapView()
        view.field = "mobilitat"
        #expect(throws: RenderError.self) { try view.select(in: graph) }
        do {
            _ = try view.select(in: graph)
        } catch {
            #expect(error.description.contains("'mobilitat'") && error.description.contains("mobilitaet"))
        }
        view.field = "park-app"
        do {
            _ = try view.select(in: graph)
            Issue.record("a project was accepted as a field")
        } catch {
            #expect(error.description.contains("is a project, not a field"))
        }
    }
}
