"""Everything Qt, one folder per feature of the window (main_window, case_list, documents, preview,
index, timeline, status_icons, billing, helpdesk, notifications, people, reporting, settings)
and common/ (the background-work module, the ChangeSet broadcast, formatting, icons, shared
widgets). Views call services and render their results; they never run queries or rules.
Qt item models are named *_table_model.py ("model" alone means a peewee model).
"""
