"""Tools → Settings…: the dialog, one module per tab (workflow, lists, intake, backups, database),
what the tabs share, and the copy of the office to a server.
"""
