"""The statistics window (counts per status, work area, user, month; cancellations) and its export."""
