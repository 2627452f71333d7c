"""Everything Qt: the main window, its panes, item models, dialogs, icons and background tasks."""
