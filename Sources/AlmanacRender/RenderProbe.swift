import AlmanacViz
import AlmanacGraph
import AlmanacTemplate

/// The steps of one entry page, apart, for the render micro-benchmark
/// (`almanac-render-bench`): its values, its templates, its neighbourhood SVG.
public struct RenderProbe: Sendable {
    let renderer: PageRenderer
    let context: PageContext

    public init(renderer: PageRenderer, site: LinkedSite) {
        self.renderer = renderer
        // Without the serve-time picture cache: each call draws, as a build does.
        context = PageContext(site: site, config: renderer.config, home: renderer.home, modified: renderer.modified)
    }

    /// The values of entry `i`'s page.
    public func values(_ i: Int) -> TemplateValue { .object(context.entryContext(i)) }

    /// The page from its values: the `entry` template, then `layout` around it.
    public func render(_ values: TemplateValue, into out: inout [UInt8]) {
        guard case .object(var fields) = values else { return }
        var content: [UInt8] = []
        content.reserveCapacity(16_384)
        renderer.templates.render("entry", values, into: &content)
        fields["content"] = .utf8(content)
        renderer.templates.render("layout", .object(fields), into: &out)
    }

    /// What entry `i`'s neighbourhood picture is drawn from.
    public func neighbourhoodInput(_ i: Int) -> NeighbourhoodInput? {
        context.neighbourhoodInput(i, root: "../../")
    }

    /// Entry `i`'s neighbourhood picture.
    public func neighbourhood(_ i: Int) -> [UInt8]? {
        context.neighbourhoodSVG(i, root: "../../")
    }
}
