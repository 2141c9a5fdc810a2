"""Services: the only code that writes.

Each public command is one transaction (record + outbox row + audit entry) and
returns the `ChangeSet` of what it changed; a created record's id is
`changes.created(entity)`. (`sync_apply` is the sync engine's bookkeeping: its
changes reach screens through the engine's `SyncReport.changes`.)
"""
