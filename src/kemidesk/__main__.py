"""`python -m kemidesk` and the `kemidesk` entry points."""

from __future__ import annotations

import gc
import sys


def main() -> int:
    # The command line's modules (peewee, the parser's) live as long as the process: the
    # garbage collector waits while they are imported instead of passing over them again
    # and again (about 30 passes).
    gc.disable()
    try:
        from kemidesk.cli import main as cli_main
    finally:
        gc.enable()
    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
