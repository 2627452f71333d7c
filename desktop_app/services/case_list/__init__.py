"""What the case list shows (DESIGN §5: a million cases as quickly as a hundred): the filter value
(case_filters), how it narrows the query with the right index driving (filter_sql), the
ordered ids and the rows in blocks (case_queries), the bar's choices (filter_choices),
saved views and default columns. Reads only, but for saved views. Imports cases/ (seen) and
documents/ (full-text search).
"""
