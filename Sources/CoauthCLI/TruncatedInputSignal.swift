#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Large input files are mapped into memory and read in place (CoauthIngest's `MappedFile`).
/// When another process truncates such a file while coauth reads it, reading a page past its new
/// end raises SIGBUS. The command then stops with a message and exit status 1, as for any
/// unusable input, instead of a crash report; outputs are staged and only appear once complete,
/// so none is left half written.
enum TruncatedInputSignal {
  /// Installs the SIGBUS handler for the process.
  static func install() {
    signal(SIGBUS) { _ in
      // Only async-signal-safe calls here: a static message, write(2), _exit(2).
      let message: StaticString = """
        coauth: error: an input file was cut short while it was being read; \
        run again once the file is complete

        """
      _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
      _exit(1)
    }
  }
}
