"""Text a remote system sent, made safe to show: capped, and on one line where it must be.

A DMS field can hold anything a user or an integration typed into it: markup, line
breaks, a megabyte of description, bidirectional controls that make the text after
them read backwards (U+202E turns ``exe.txt`` into what looks like ``txt.exe``).
The window and the terminal show such text as text; these functions decide how much
of it and on how many lines. Nothing here changes what is imported or stored.
"""

from __future__ import annotations

ELLIPSIS = "…"

LINE_BREAKS = "\n\r\t\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters that end a line or a cell; on one line they become a space."""
BIDI_CONTROLS = (
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200e\u200f\u061c"  # marks
)

_ONE_LINE = str.maketrans(
    {
        **{code: None for code in [*range(0x20), *range(0x7F, 0xA0)]},
        **{ord(c): None for c in BIDI_CONTROLS},
        **{ord(c): " " for c in LINE_BREAKS},
    }
)
_WORK_FACTOR = 4
"""How much more than the cap :func:`one_line` reads: the characters it removes may
make a longer stretch fit, and the rest is never looked at."""


def capped(text: str, limit: int) -> str:
    """At most ``limit`` (at least 1) characters; a longer text ends in "…"."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def one_line(text: str, limit: int) -> str:
    """The text on one line, at most ``limit`` (at least 1) characters: line breaks and
    tabs become spaces; bidirectional controls and the other control characters go."""
    head = text[: limit * _WORK_FACTOR]
    cleaned = head.translate(_ONE_LINE)
    if len(head) < len(text):
        return cleaned[: limit - 1] + ELLIPSIS
    return capped(cleaned, limit)
