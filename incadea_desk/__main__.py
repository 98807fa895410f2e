"""``python -m incadea_desk``, the same as the ``incadea-desk`` command."""

import sys


def run() -> int:
    """The command, with Ctrl+C while it is still loading also ending in one word, not a
    traceback (a correction is only accepted once the command runs)."""
    try:
        from incadea_desk.cli import main

        return main()
    except KeyboardInterrupt:
        # A windowed build has no standard error to say it on.
        if sys.stderr is not None:
            sys.stderr.write("Stopped.\n")
        return 130


if __name__ == "__main__":
    sys.exit(run())
