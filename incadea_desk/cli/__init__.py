"""``incadea-desk``: the window without a subcommand, the headless commands with one.

``main`` parses and dispatches; ``commands``, ``doctor`` and ``config`` hold the
commands; ``output`` is where they write; ``connection`` opens the systems they use.
"""

from incadea_desk.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
