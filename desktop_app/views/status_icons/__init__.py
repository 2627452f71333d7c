"""The four status icons: the delegate that paints them, the sentences behind their tooltips, the legend."""
