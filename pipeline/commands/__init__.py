"""One module per `civic` sub-command, each with `register(subparsers, common)`.

Heavy imports happen inside each command's run function, so `civic --help` is instant.
"""
