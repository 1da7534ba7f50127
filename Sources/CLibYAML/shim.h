// libyaml (Debian: libyaml-dev), the reference YAML 1.1 parser. Only EcographSyntax reads YAML
// with it, and the benchmark times its bare parse as the yardstick for loading.
#ifndef ECOGRAPH_CLIBYAML_SHIM_H
#define ECOGRAPH_CLIBYAML_SHIM_H

#include <yaml.h>

#endif
