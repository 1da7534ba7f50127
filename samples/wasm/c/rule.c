/* An ecograph rule in C: "a running or starting project names its start date".
 *
 * The same source builds as a sandboxed WebAssembly rule (with wasm_abi.c) and as an executable
 * plugin (with native_main.c); samples/wasm/build does both. Protocol ecograph.rule/1: see
 * docs/plugins.md.
 */
#include "json.h"
#include "rule.h"

#define PROTOCOL "\"protocol\":\"ecograph.rule/1\""

static const char description[] =
    "{" PROTOCOL ",\"rules\":[{"
    "\"id\":\"project-has-start-date\","
    "\"name\":{\"en\":\"A project under way names its start date\",\"de\":\"Ein laufendes Projekt nennt sein Startdatum\"},"
    "\"summary\":{\"en\":\"Every running or starting project has a start date written YYYY-MM or YYYY-MM-DD.\","
    "\"de\":\"Jedes laufende oder beginnende Projekt hat ein Startdatum der Form JJJJ-MM oder JJJJ-MM-TT.\"},"
    "\"severity\":\"warning\","
    "\"why\":\"Without a start date nobody can tell whether a project is late, or report how long it has run.\","
    "\"fix\":\"Add 'start: 2026-03' (or 'start: 2026-03-15') to the project.\""
    "}]}";

/* YYYY-MM or YYYY-MM-DD, month 01 to 12. */
static int is_date(const char *text) {
    int i = 0;
    for (; i < 4; i++) if (text[i] < '0' || text[i] > '9') return 0;
    if (text[4] != '-' || text[5] < '0' || text[5] > '1' || text[6] < '0' || text[6] > '9') return 0;
    int month = (text[5] - '0') * 10 + (text[6] - '0');
    if (month < 1 || month > 12) return 0;
    if (text[7] == 0) return 1;
    return text[7] == '-' && text[8] >= '0' && text[8] <= '3' && text[9] >= '0' && text[9] <= '9' && text[10] == 0;
}

static void finding(json_writer *out, int *first, const json_value *node, const char *status, const char *start) {
    const char *name = json_string(json_get(node, "name"));
    int starting = status[0] == 's';
    json_raw(out, *first ? "{\"subjects\":[" : ",{\"subjects\":[");
    *first = 0;
    json_quoted(out, json_string(json_get(node, "id")));
    /* "Project 'Park-App' is running but names no start date." */
    json_raw(out, "],\"message\":{\"en\":\"Project '");
    json_escaped(out, name);
    json_raw(out, starting ? "' is starting" : "' is running");
    if (start) {
        json_raw(out, " but its start date '");
        json_escaped(out, start);
        json_raw(out, "' is not written YYYY-MM or YYYY-MM-DD.");
    } else {
        json_raw(out, " but names no start date.");
    }
    json_raw(out, "\",\"de\":\"Projekt '");
    json_escaped(out, name);
    json_raw(out, starting ? "' beginnt" : "' läuft");
    if (start) {
        json_raw(out, ", sein Startdatum '");
        json_escaped(out, start);
        json_raw(out, "' hat aber nicht die Form JJJJ-MM oder JJJJ-MM-TT.");
    } else {
        json_raw(out, ", nennt aber kein Startdatum.");
    }
    json_raw(out, "\"},\"hint\":{\"en\":\"Add 'start: 2026-03' to the project.\",\"de\":\"Ergänzen Sie 'start: 2026-03' am Projekt.\"}}");
}

json_writer ecograph_answer(char *request, size_t length) {
    json_writer out = { 0 };
    json_value *message = json_parse(request, length);
    if (!message) {
        json_raw(&out, "{" PROTOCOL ",\"findings\":[],\"errors\":[\"the request is not JSON\"]}");
        return out;
    }
    if (json_is(json_get(message, "request"), "describe")) {
        json_raw(&out, description);
        return out;
    }
    json_value *nodes = json_get(json_get(message, "graph"), "nodes");
    json_raw(&out, "{" PROTOCOL ",\"findings\":[");
    int first = 1;
    for (json_value *node = nodes ? nodes->child : 0; node; node = node->next) {
        if (!json_is(json_get(node, "kind"), "project")) continue;
        json_value *attributes = json_get(node, "attributes");
        json_value *status = json_get(attributes, "status");
        if (!json_is(status, "running") && !json_is(status, "starting")) continue;
        const char *start = json_string(json_get(attributes, "start"));
        if (start && is_date(start)) continue;
        finding(&out, &first, node, status->text, start);
    }
    json_raw(&out, "],\"errors\":[]}");
    return out;
}
