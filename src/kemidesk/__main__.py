"""`python -m kemidesk` and the `kemidesk` entry points."""

from __future__ import annotations

import gc
import sys


def main() -> int:
    # The command line's modules (peewee, the parser's) live as long as the process: the
    # garbage collector waits while they are imported instead of passing over them again
    # and again (about 30 passes), and they are then moved out of its sight (gc.freeze)
    # rather than walked by its first pass after the wait; the command line does the same
    # with what it imports later (cli.main own_process, db.collector.collector_paused keep).
    gc.disable()
    try:
        from kemidesk.cli import command_of
        from kemidesk.cli import main as cli_main
    finally:
        gc.freeze()
        gc.enable()
    argv = sys.argv[1:]
    code = cli_main(argv, own_process=True)
    if command_of(argv) is not None:
        # A command's process ends here. Its objects (the modules, ReportLab's, the rows)
        # are set aside from the collector, whose last pass at the exit would walk them all
        # to free nothing the exit does not free anyway: 25 of the 32 ms that the exit took
        # after printing one decision. Not for the window (Qt's objects are let go as usual).
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
