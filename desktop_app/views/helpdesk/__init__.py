"""The help desk's dialogs: adding a movement to a ticket."""
