"""Reads for the screens: one module per screen area, plain typed rows out (the front door: see README.md at the top).

Every function takes the store, opens and closes its own session, and returns frozen
dataclasses: no ORM object and no session leaves a view. Long lists are read a page at a
time. The UI calls these off the GUI thread only (`UiContext.read`).
"""
