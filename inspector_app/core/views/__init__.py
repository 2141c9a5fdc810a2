"""Screen reads: functions that take a Store and return plain frozen rows (no ORM objects, no Qt).

Screens call them off the UI thread and show what comes back; services do the writing.
"""
