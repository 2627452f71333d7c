"""The `casedesk` command (DESIGN §4): its options, the GUI or a headless subcommand.

`main.main` parses and dispatches; `parser` declares the options and subcommands;
`opening` opens the office an invocation names (data dir, `--database`, `--demo`) and
finds the acting user, for the window and the subcommands alike; each `*_commands`
module holds the handlers of one domain's subcommands (`HANDLERS`), which call the same
services as the window, with the same rights. Nothing here imports Qt except through
`desktop_app.app`, which only the GUI path loads.
"""
