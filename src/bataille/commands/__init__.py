"""One module per `bataille` subcommand: NAME, HELP, configure(parser) and run(args) -> int."""
