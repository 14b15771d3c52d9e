// Built only for fuzzing (`-DFUZZING` with `--sanitize fuzzer`, see scripts/fuzz): libFuzzer
// supplies `main` and calls this function with each input it makes up.
#if FUZZING
  import CoauthFuzzing

  #if canImport(Glibc)
    import Glibc
  #elseif canImport(Darwin)
    import Darwin
  #endif

  /// The harness named by the `COAUTH_FUZZ_TARGET` environment variable.
  private let selectedTarget: FuzzTarget = {
    let name = getenv("COAUTH_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
      let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
      let message = "coauth-fuzz: set COAUTH_FUZZ_TARGET to one of: \(names)\n"
      _ = message.withCString { write(2, $0, strlen($0)) }
      exit(64)
    }
    return target
  }()

  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let problems = selectedTarget.run(bytes)
    if !problems.isEmpty {
      // A broken invariant is a finding like a crash: libFuzzer saves the input.
      fatalError("\(selectedTarget.rawValue): " + problems.joined(separator: "; "))
    }
    return 0
  }
#endif
