"""``python -m incadea_desk``, the same as the ``incadea-desk`` command."""

import sys

from incadea_desk.cli import main

sys.exit(main())
