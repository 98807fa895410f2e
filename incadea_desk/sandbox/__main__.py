"""``python -m incadea_desk.sandbox serve ...``, the same as ``incadea-desk sandbox serve``."""

from __future__ import annotations

import argparse
import sys

from incadea_desk.sandbox.cli import add_serve_arguments


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m incadea_desk.sandbox")
    commands = parser.add_subparsers(dest="command", required=True)
    add_serve_arguments(commands.add_parser("serve", help="serve both stand-ins on 127.0.0.1"))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
