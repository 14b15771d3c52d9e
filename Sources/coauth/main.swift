import CoauthCLI

CoauthCommand.runFromCommandLine()
