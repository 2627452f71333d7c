"""Signing in, changing one's password, the users and teams dialog, and their Tools menu entries."""
