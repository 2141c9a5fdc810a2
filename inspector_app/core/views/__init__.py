"""Screen reads: functions taking a Store and returning plain frozen rows (no ORM objects, no Qt).

Screens call these off the UI thread and show what comes back; nothing here writes.
"""
