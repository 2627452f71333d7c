"""Who works here: sign-in and passwords (auth), users and teams, the offices and work areas a
user may open (work_areas), and notifications (who is told what, the periodic scan).
Imports the foundation only.
"""
