import CoauthCLI
