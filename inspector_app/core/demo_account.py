"""The demo login: shown on the unlock screen, in `--help` and in the README.

Kept apart (constants only, no imports) so the unlock window can show it without loading the store.
"""

DEMO_USER = "demo"
DEMO_PASSPHRASE = "field-demo-2569"
DEMO_DISPLAY_NAME = "Demo Inspector"
DEMO_INSPECTIONS = 300
DEMO_SEED = 2569
