/// Values a command leaves to the end of the process instead of freeing them when it returns:
/// once the outputs are written, the process exits and the system takes back its memory at
/// once, while freeing a large analysis object by object takes time the user waits for (0.5 s
/// after the last output of a 200 MB DBLP file, more for dblp.xml).
enum KeptUntilExit {
  // Only commands touch it, on the main thread, after their work is done.
  nonisolated(unsafe) private static var values: [Any] = []

  /// Keeps `value` alive until the process exits.
  static func keep(_ value: Any) { values.append(value) }
}
