"""The notification centre: the bell on the toolbar, its popup list, the tray message."""
