"""The office as a whole: opening a data dir (workspace: migrations, base data), which database this
PC opens (connection_settings), `casedesk check`, backups (backup, backup_format, restore,
backup_leftovers, backup_schedule) and copies between engines (office_transfer on table_copy).
Imports every domain it checks or copies, never the other way round (but workspace, which
every command opens through).
"""
