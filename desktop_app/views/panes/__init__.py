"""One module per dock: case list, documents, preview, index."""
