/// The WebAssembly side of ecograph's sandboxed rule ABI (docs/plugins.md, "WebAssembly rules"),
/// in Embedded Swift:
///
///     ecograph_alloc(size) -> address          room for a request of `size` bytes
///     ecograph_describe(address, size) -> i64  the reply: its length << 32 | its address
///     ecograph_check(address, size) -> i64     the same for a check request
///
/// Memory comes from allocator.c (Embedded Swift on bare WebAssembly has no C library to take
/// `posix_memalign` and `free` from). Each request gets a fresh instance of the module, so the
/// request and the reply are simply never freed.

@_cdecl("ecograph_alloc")
func ecographAlloc(_ size: UInt32) -> UInt32 {
    UInt32(UInt(bitPattern: UnsafeMutableRawPointer.allocate(byteCount: Int(size), alignment: 8)))
}

@_cdecl("ecograph_describe")
func ecographDescribe(_ request: UInt32, _ size: UInt32) -> UInt64 {
    reply(to: request, size)
}

@_cdecl("ecograph_check")
func ecographCheck(_ request: UInt32, _ size: UInt32) -> UInt64 {
    reply(to: request, size)
}

private func reply(to request: UInt32, _ size: UInt32) -> UInt64 {
    let bytes = UnsafeBufferPointer(start: UnsafePointer<UInt8>(bitPattern: UInt(request)), count: Int(size))
    let answer = LotseRule.answer(bytes)
    // Copy the reply where it stays until ecograph has read it.
    let copy = UnsafeMutableRawPointer.allocate(byteCount: answer.count, alignment: 8)
    answer.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    return UInt64(answer.count) << 32 | UInt64(UInt(bitPattern: copy))
}
