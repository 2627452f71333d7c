"""An office's configuration: the shipped presets of the four offices, and the administrator's
settings of a work area: workflow (statuses, transitions, guards, entry actions), lists
(reasons, document types, index fields), intake (watch folder, file-name rules).
"""
