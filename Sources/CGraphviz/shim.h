// The parts of Graphviz (libgvc, libcgraph) that ecograph calls, behind a small C surface.
// Only EcographRendering imports this module; no Graphviz pointer leaves that module.
#ifndef ECOGRAPH_CGRAPHVIZ_SHIM_H
#define ECOGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Graphviz's graph descriptor for directed graphs. `Agdirected` is a mutable C global, which
/// Swift 6 refuses as concurrency-unsafe; this accessor reads it.
static inline Agdesc_t ecograph_directed(void) { return Agdirected; }

/// Reports errors and warnings (not only errors) to the handler set with `agseterrf`.
static inline void ecograph_capture_warnings(void) { agseterr(AGWARN); }

#endif
