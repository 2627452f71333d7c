"""The four status icons of the case list (DESIGN §2, S2-C9…C12): their states computed from the
source rows and stored on the case (icon_states), and why each shows what it shows (icon_details).
"""
