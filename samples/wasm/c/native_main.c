/* The same rule as an executable plugin: one request on standard input, the reply on standard
 * output (docs/plugins.md). samples/wasm/build builds it as rule-c-native for the comparison in
 * the benchmark:  cc -O2 -o rule-c-native rule.c json.c native_main.c */
#include <stdio.h>
#include <stdlib.h>
#include "rule.h"

void *json_alloc(size_t size) {
    return malloc(size);
}

int main(void) {
    size_t length = 0, capacity = 1 << 16;
    char *request = malloc(capacity);
    size_t count;
    while (request && (count = fread(request + length, 1, capacity - length, stdin)) > 0) {
        length += count;
        if (length == capacity) request = realloc(request, capacity *= 2);
    }
    if (!request) return 70;
    json_writer out = ecograph_answer(request, length);
    if (out.failed) {
        fputs("out of memory\n", stderr);
        return 70;
    }
    fwrite(out.bytes, 1, out.length, stdout);
    return 0;
}
