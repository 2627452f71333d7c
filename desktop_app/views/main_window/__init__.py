"""The main window: its docks, menus and toolbar, the work-area chooser and combo, files coming in
(drops, watch folders), the automatic backup's timer, the server connection's notice, and the
per-user window settings.
"""
