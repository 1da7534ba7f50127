/* What Embedded Swift's runtime allocates with, on bare WebAssembly where no C library provides
 * it: posix_memalign and free over the module's memory. Each request gets a fresh instance of
 * the module, so nothing needs to be given back: a bump allocator that grows memory is enough.
 * When ecograph's memory cap refuses to grow it, posix_memalign fails and Swift traps. */
#include <stddef.h>
#include <stdint.h>

static uintptr_t top, end;

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (!end) top = end = __builtin_wasm_memory_size(0) * 65536;
    if (alignment < 8) alignment = 8;
    uintptr_t start = (top + alignment - 1) & ~(uintptr_t)(alignment - 1);
    if (start < top || size > UINT32_MAX - start) return 12; /* ENOMEM */
    if (start + size > end) {
        size_t pages = (start + size - end + 65535) / 65536;
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 12;
        end += pages * 65536;
    }
    top = start + size;
    *result = (void *)start;
    return 0;
}

void free(void *block) {
    (void)block;
}
