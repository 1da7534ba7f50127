/* Hostile WebAssembly rules for the sandbox's tests. Each is built from this file with one of the
 * macros below (EcographWasmTests), linked with the C sample's ABI glue and allocator
 * (samples/wasm/c/wasm_abi.c, json.c). Each answers `describe` properly with one rule, `hostile`,
 * and misbehaves when that rule is checked. */
#include "json.h"
#include "rule.h"

__attribute__((import_module("ecograph"), import_name("log"))) void ecograph_log(const char *text, unsigned length);

#ifdef FORBIDDEN_IMPORT
/* WASI's write: a rule that tries to reach a file descriptor. */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_write"))) int fd_write(int fd, void *iovs, int count, int *written);
#endif

static json_writer text(const char *bytes) {
    json_writer out = { 0 };
    json_raw(&out, bytes);
    return out;
}

#if defined(DEEP_RECURSION) || defined(STACK_OVERFLOW)
static volatile int bottom = -1; /* never reached; the compiler cannot know */
#endif
#ifdef DEEP_RECURSION
/* Recursion without end on WebAssembly's own call stack (no frame in linear memory). */
__attribute__((noinline)) static int deeper(int depth) {
    if (depth == bottom) return 0;
    return deeper(depth + 1) + bottom;
}
#endif
#ifdef STACK_OVERFLOW
/* Recursion without end with a C frame each, on the stack C keeps in linear memory. */
__attribute__((noinline)) static int deeper(int depth) {
    volatile char frame[64];
    if (depth == bottom) return 0;
    frame[depth & 63] = (char)depth;
    return deeper(depth + 1) ^ frame[(depth * 7) & 63];
}
#endif

json_writer ecograph_answer(char *request, size_t length) {
    json_value *message = json_parse(request, length);
    if (json_is(json_get(message, "request"), "describe")) {
        return text("{\"protocol\":\"ecograph.rule/1\",\"rules\":[{\"id\":\"hostile\",\"severity\":\"error\"}]}");
    }
#if defined(ENDLESS_LOOP)
    for (volatile unsigned spin = 0;; spin++) {}
#elif defined(MEMORY_BOMB)
    for (;;) { /* take memory a megabyte at a time and use it, until there is none */
        char *block = json_alloc(1 << 20);
        if (!block) __builtin_trap();
        for (int i = 0; i < 1 << 20; i += 4096) block[i] = 1;
    }
#elif defined(DEEP_RECURSION) || defined(STACK_OVERFLOW)
    deeper(0);
#elif defined(TRAP)
    __builtin_trap();
#elif defined(LOG_AND_TRAP)
    ecograph_log("looking at the graph\n", 21);
    ecograph_log("it hurts\n", 9);
    __builtin_trap();
#elif defined(HUGE_REPLY)
    json_writer out = { json_alloc(20 << 20), 20 << 20, 20 << 20, 0 }; /* 20 MB of spaces */
    __builtin_memset(out.bytes, ' ', out.length);
    return out;
#elif defined(REPLY_OUTSIDE_MEMORY)
    json_writer out = { (char *)0xFFFFF000u, 4096, 4096, 0 };
    return out;
#elif defined(INVALID_UTF8)
    return text("{\"protocol\":\"ecograph.rule/1\",\"findings\":[{\"subjects\":[\"p1\"],\"message\":\"caf\xE9\"}]}");
#elif defined(INVALID_JSON)
    return text("findings: none, I think");
#elif defined(UNKNOWN_NODE)
    return text("{\"protocol\":\"ecograph.rule/1\",\"findings\":[{\"subjects\":[\"ghost\"],\"message\":\"boo\"}]}");
#elif defined(FORBIDDEN_IMPORT)
    int written;
    fd_write(1, 0, 0, &written);
#endif
    return text("{\"protocol\":\"ecograph.rule/1\",\"findings\":[],\"errors\":[]}");
}
