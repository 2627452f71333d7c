"""A case's documents: adding files in batches (document_import), changing them (document_editing),
their content outside the store (document_copies), the documents pane's list (document_list),
what a file is and says (extract, run in parser worker processes by sandbox), thumbnails,
what the preview shows of text/e-mail/Word (preview_content), full-text search, the watch
folders (intake), and the report's access and sending. Imports cases/, people/, status_icons/.
"""
