"""Every use case. No Qt. Each mutation: one transaction, a rights check, an audit event,
and a ChangeSet saying what changed."""
