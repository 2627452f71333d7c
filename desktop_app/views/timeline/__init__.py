"""The history dock: what happened to the case, with boxes to add a note or an alert."""
