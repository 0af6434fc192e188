"""`python -m kemidesk` and the `kemidesk` entry points."""

from __future__ import annotations

import sys


def main() -> int:
    from kemidesk.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
