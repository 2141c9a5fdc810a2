"""Entry script of the PyInstaller bundle: both executables run the `inspector-app` entry point.

`FieldInspector` (windowed) opens the app; `inspector-app` (console) is the command line.
"""

import sys

from inspector_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
