"""The ISP help desk (seeds 003, 004): tickets whose status follows their movements (S4-F21),
assumed by a technician before work starts. Imports cases/.
"""
