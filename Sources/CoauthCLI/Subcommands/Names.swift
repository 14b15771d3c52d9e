import ArgumentParser

extension CoauthCommand {
  struct Names: ParsableCommand {
    @OptionGroup var input: InputOptions
    func run() throws { throw ValidationError("not wired yet") }
  }
}
