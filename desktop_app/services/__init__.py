"""Every use case, one package per domain. No Qt (import-linter checks it).

Each mutation runs in one write transaction, checks the acting user's rights
(permissions.py), writes an audit event (audit.py) and returns a ChangeSet (context.py)
saying what changed. Reads return plain dataclasses or ids. Beside the packages, the
foundation every domain shares: context (Actor, Workspace, ChangeSet), permissions (the one
matrix), audit, money. A package may import the foundation, storage/, models/ and the
packages it builds on, never a package that builds on it (tests/unit/test_layers.py finds
any cycle).
"""
