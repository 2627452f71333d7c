"""The preview dock and the rendering of a stored document into what it shows (off the GUI thread)."""
