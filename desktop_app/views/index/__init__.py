"""The index dock: the case's and the document's fields, typed editors, the stale-edit banner."""
