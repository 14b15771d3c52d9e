import ArgumentParser

extension CoauthCommand {
  struct Analyze: ParsableCommand {
    @OptionGroup var input: InputOptions
    func run() throws { throw ValidationError("not wired yet") }
  }
}
