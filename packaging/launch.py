"""Entry script of the PyInstaller bundle: both executables run the `inspector-app` entry point.

`FieldInspector` (windowed) opens the app; `inspector-app` (console) is the command line.
"""

import multiprocessing
import sys

from inspector_app.cli import main

if __name__ == "__main__":
    # A large demo load makes its rows in a second process (core/demo_pipeline.py), started with
    # 'spawn': in the bundle that process is this executable again, and this call makes it run the
    # work it was started for instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
