"""The case file itself: creating and editing it (case_editing), moving it along its workflow
(status_moves), archive/trash/restore/purge (case_lifecycle), notes and alerts, its history
(timeline), "since you last looked" (seen), per-case sharing (grants), completeness per phase,
the index values, and what the index pane shows of a case or a document (case_details).
Imports people/ (notifications) and status_icons/.
"""
