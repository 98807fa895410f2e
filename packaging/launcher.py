"""The frozen app's entry point: the same program as the ``incadea-desk`` command."""

import sys

from incadea_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
