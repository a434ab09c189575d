"""``servicebay`` / ``python -m desktop``: the window, or a sub-command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.console import make_console_safe

    make_console_safe()
    from desktop.winapi import hold_program_mutex

    hold_program_mutex()  # the installer waits for every running ServiceBay to close
    from desktop.config import Settings
    from desktop.i18n import translator_function
    from desktop.logging_setup import setup

    setup()
    from desktop.config import work_dir
    from desktop.presence import clean_workspaces

    clean_workspaces(work_dir())  # plaintext left by a backup that was killed half-way
    from desktop.cli import run

    return run(sys.argv[1:] if argv is None else argv, translator_function(Settings().get("language")))


if __name__ == "__main__":
    sys.exit(main())
