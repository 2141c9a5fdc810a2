"""Sync with HQ: the protocol (shared with HQ), the HTTP client, the engine, enrolment, USB bundles.

No Qt here: the UI runs `engine.SyncEngine.sync_round` off its main thread.
"""
