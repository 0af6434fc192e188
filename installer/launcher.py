"""The frozen program's entry script (PyInstaller needs a script, not a module).

Both kemidesk.exe (windowed) and kemidesk-cli.exe (console) start here; everything else is in
`kemidesk.__main__.main`, exactly as `python -m kemidesk` runs it.
"""

import sys

from kemidesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
