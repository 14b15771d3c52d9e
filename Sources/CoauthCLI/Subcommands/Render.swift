import ArgumentParser

extension CoauthCommand {
  struct Render: ParsableCommand {
    @OptionGroup var input: InputOptions
    func run() throws { throw ValidationError("not wired yet") }
  }
}
