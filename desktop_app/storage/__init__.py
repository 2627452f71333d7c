"""Connection, schema and the document store. No Qt."""
