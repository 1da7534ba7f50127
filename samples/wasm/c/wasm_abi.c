/* The WebAssembly side of ecograph's sandboxed rule ABI (docs/plugins.md, "WebAssembly rules"):
 *
 *   ecograph_alloc(size) -> address         room for a request of `size` bytes (0: none)
 *   ecograph_describe(address, size) -> i64 the reply: its length << 32 | its address
 *   ecograph_check(address, size) -> i64    the same for a check request
 *
 * plus the exported `memory`. Build with the toolchain that comes with Swift (samples/wasm/build):
 *   clang --target=wasm32 -nostdlib -O2 -Wl,--no-entry -o rule.wasm rule.c json.c wasm_abi.c
 * Each request gets a fresh instance, so memory is never freed: a bump allocator is enough.
 */
#include <stdint.h>
#include "rule.h"

extern unsigned char __heap_base; /* where wasm-ld lets the heap begin */
static uintptr_t heap_top, heap_end;

void *json_alloc(size_t size) {
    if (!heap_top) {
        heap_top = ((uintptr_t)&__heap_base + 7) & ~(uintptr_t)7;
        heap_end = __builtin_wasm_memory_size(0) * 65536;
    }
    size = (size + 7) & ~(size_t)7;
    if (size > heap_end - heap_top) {
        if (size > UINT32_MAX - heap_top) return 0;
        size_t pages = (size - (heap_end - heap_top) + 65535) / 65536;
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0; /* refused: the cap */
        heap_end += pages * 65536;
    }
    void *block = (void *)heap_top;
    heap_top += size;
    return block;
}

__attribute__((export_name("ecograph_alloc")))
void *ecograph_alloc(uint32_t size) {
    return json_alloc(size);
}

static uint64_t reply(char *request, uint32_t size) {
    json_writer out = ecograph_answer(request, size);
    if (out.failed) __builtin_trap(); /* out of memory: ecograph reports the trap and the cap */
    return (uint64_t)out.length << 32 | (uint32_t)(uintptr_t)out.bytes;
}

__attribute__((export_name("ecograph_describe")))
uint64_t ecograph_describe(char *request, uint32_t size) {
    return reply(request, size);
}

__attribute__((export_name("ecograph_check")))
uint64_t ecograph_check(char *request, uint32_t size) {
    return reply(request, size);
}
