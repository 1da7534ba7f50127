/// Every area of the message catalogue: the one place that lists what ecograph can say.
///
/// A new area is added here, so that the catalogue tests (both languages, the same
/// placeholders, unique ids) and the German-output test see its messages.
public enum MessageCatalogue {
    /// The areas, one enum each.
    public static let areas: [any MessageArea.Type] = [
        WordMessage.self,
        CommandMessage.self,
        ReportMessage.self,
        ModelMessage.self,
        RuleMessage.self,
        MapMessage.self,
        EdgeMessage.self,
        RenderMessage.self,
        AtlasMessage.self,
        PortfolioMessage.self,
        ConfigurationMessage.self,
        ImportMessage.self,
        OutputMessage.self,
        RuleFileMessage.self,
        PluginMessage.self,
        ExportMessage.self,
        CIReportMessage.self,
        ServeMessage.self,
        MetamodelMessage.self,
        ProfileMessage.self,
    ]

    /// Every message of every area.
    public static var entries: [CatalogueEntry] {
        areas.flatMap { $0.catalogueEntries }
    }
}
