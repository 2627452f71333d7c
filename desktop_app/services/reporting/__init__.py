"""What leaves CaseDesk as a report: case statistics, the case list exported to CSV or XLSX
(list_export), and case files exported with a manifest (case_export). Reads only (plus the
audit event of an export). Imports case_list/ and cases/.
"""
