"""Qt item models and delegates (named so that "model" never means a peewee model here)."""
