"""Field Inspector: offline-first labour inspection app and its headquarters service."""

__version__ = "0.1.0"
APP_NAME = "Field Inspector"
