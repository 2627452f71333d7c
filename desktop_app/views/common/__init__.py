"""What every feature of the window uses: background work (background), the ChangeSet broadcast
(changes), the session, formatting, icons, the list table and column fitting, the busy state
of a form, the crash dialog.
"""
