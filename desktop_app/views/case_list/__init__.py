"""The case list dock: the pane, its filter bar, the table model over an id array, the column
chooser, the in-row status editor, the rows' context menu and what it opens (share, export).
"""
