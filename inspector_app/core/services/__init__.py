"""Services: the only code that writes.

Each public function is one transaction (record + outbox row + audit entry)
and returns the `ChangeSet` of what it changed, or the new record's id.
"""
