/// The page's style sheet, served as `/app.css`.
enum PageStyle {
    static let source = #"""
    body { font-family: "DejaVu Sans", "Segoe UI", sans-serif; margin: 0 1.5rem 2rem; color: #1d1d1b; }
    header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc; padding: .5rem 0; z-index: 2; }
    h1 { font-size: 1.4rem; margin: .2rem 0; }
    h2 { font-size: 1.15rem; margin: 1rem 0 .5rem; }
    nav a { margin-right: 1rem; }
    .status { margin: .2rem 0; padding: .2rem .5rem; border-radius: 4px; display: inline-block; }
    .status.ok { background: #e3f4e1; color: #1e5b19; }
    .status.invalid { background: #fde2e1; color: #8a1410; font-weight: bold; }
    .status.loading, .status.disconnected { background: #fff3cd; color: #6b4e00; }
    main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 1fr); gap: 1.5rem; }
    #map { overflow: auto; max-height: 80vh; border: 1px solid #ddd; margin-top: .5rem; }
    #map svg { max-width: 100%; height: auto; }
    #map.drawing { opacity: .6; }
    .stale #map, .stale #findings { filter: grayscale(100%); opacity: .45; }
    .map-error { background: #fde2e1; color: #8a1410; padding: .5rem; }
    .note { color: #555; font-style: italic; }
    #problems-section { background: #fff5f5; border: 2px solid #c9211e; padding: .3rem 1rem; margin: .8rem 0; }
    #problems li { margin: .3rem 0; }
    .place { font-family: "DejaVu Sans Mono", monospace; font-size: .9em; color: #333; }
    .advice { color: #444; font-style: italic; }
    .problem .code { font-family: "DejaVu Sans Mono", monospace; font-size: .75em; color: #666; white-space: nowrap; }
    #findings { list-style: none; padding: 0; }
    #findings li { padding: .35rem .5rem; border-left: 5px solid #999; margin: .3rem 0; cursor: pointer; background: #fafafa; }
    #findings li.error { border-color: #c9211e; }
    #findings li.warning { border-color: #e8a202; }
    #findings li.info { border-color: #2a6ebb; }
    #findings li.selected { background: #e6eeff; outline: 2px solid #0050ff; }
    #findings .severity { font-weight: bold; }
    #findings .rule { color: #666; font-size: .85em; }
    #findings .hint { color: #444; font-size: .9em; }
    g.node.highlight polygon, g.node.highlight ellipse, g.node.highlight path { stroke: #0050ff; stroke-width: 6px; }
    table { border-collapse: collapse; font-size: .9em; }
    th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: left; vertical-align: top; }
    @media (max-width: 60rem) { main { grid-template-columns: 1fr; } }
    """#
}
