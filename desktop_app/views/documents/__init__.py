"""The documents dock: the pane, its actions (toolbar, menu, keys), imports and thumbnails as long
jobs, template generation, sending a report, and the background text indexer.
"""
