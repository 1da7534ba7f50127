import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `ecograph serve` running as a process on a free port, stopped when the value goes away.
final class ServeProcess {
    let process = Process()
    let port: Int
    private let errorPipe = Pipe()
    /// What the server printed on standard output before listening.
    let announcement: String

    /// Starts `ecograph serve ARGUMENTS --port 0` and waits until it says where it listens.
    init(_ arguments: [String], in directory: URL = CommandRunner.repository) throws {
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve"] + arguments + ["--port", "0"]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(120)
        let reader = output.fileHandleForReading
        var found: Int?
        while Date() < deadline, process.isRunning {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: #":(\d+)/"#, options: .regularExpression) {
                found = Int(text[range].dropFirst().dropLast())
                break
            }
        }
        announcement = text
        guard let found else {
            process.terminate()
            let error = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw ServeTestError.notListening(text + error)
        }
        port = found
    }

    /// Standard error so far, once the process ended.
    func stop() -> String {
        end()
        return String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// Stops the server (SIGTERM, which it must obey; SIGKILL after ten seconds so that a test
    /// run cannot hang on it) and records whether SIGTERM sufficed.
    private func end() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("ecograph serve did not stop on SIGTERM")
        }
        process.waitUntilExit()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    deinit { end() }
}

enum ServeTestError: Error {
    case notListening(String)
    case cannotConnect(String)
    case timedOut(String)
}

/// A response as read off the socket.
struct RawResponse {
    let status: Int
    let headers: [String: String]
    let body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// HTTP/1.1 over a plain socket, so that a test sends exactly the request line it means —
/// `GET /../etc/passwd` included, which URL libraries would normalise away.
enum RawHTTP {
    static func request(
        _ target: String, method: String = "GET", port: Int, address: String = "127.0.0.1", host: String? = nil
    ) throws -> RawResponse {
        let data = try exchange(
            "\(method) \(target) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
            port: port, address: address)
        return try parse(data)
    }

    /// Whether a TCP connection to the address and port is accepted.
    static func canConnect(address: String, port: Int) -> Bool {
        guard let socket = try? connect(address: address, port: port) else { return false }
        close(socket)
        return true
    }

    private static func connect(address: String, port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ServeTestError.cannotConnect("socket") }
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, address, &socketAddress.sin_addr)
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw ServeTestError.cannotConnect("\(address):\(port)")
        }
        return descriptor
    }

    private static func exchange(_ request: String, port: Int, address: String) throws -> Data {
        let descriptor = try connect(address: address, port: port)
        defer { close(descriptor) }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        return received
    }

    private static func parse(_ data: Data) throws -> RawResponse {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else {
            throw ServeTestError.timedOut("no complete response: \(String(decoding: data, as: UTF8.self))")
        }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return RawResponse(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ data: Data) -> Data {
        var result = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText, radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            let end = rest.index(start, offsetBy: size, limitedBy: rest.endIndex) ?? rest.endIndex
            result.append(rest[start..<end])
            rest = rest[min(rest.endIndex, rest.index(end, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex)...]
        }
        return result
    }
}

/// Polls until `condition` holds or `seconds` pass; the last value is returned for messages.
func eventually<T>(within seconds: TimeInterval, every interval: TimeInterval = 0.2, _ probe: () throws -> T, until condition: (T) -> Bool) throws -> (T, Bool) {
    let deadline = Date().addingTimeInterval(seconds)
    var last = try probe()
    while !condition(last) {
        if Date() > deadline { return (last, false) }
        Thread.sleep(forTimeInterval: interval)
        last = try probe()
    }
    return (last, true)
}
