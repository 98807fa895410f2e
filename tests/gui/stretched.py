"""Stretched strings: the English catalogue with every text 40% longer (Vorta's
``TRANS_SCALE``), so a layout test catches a clipped label before a Dutch or French
translator does (they run 20-40% longer than English).

Each word grows by repeating some of its letters, so a sentence still wraps between
words the way a translation does. Placeholders (``%1``, ``%n``, ``%L1``), accelerators
(``&File``, ``P&ort``), rich-text tags and entities are kept as they are. Built from
``resources/translations/incadea_desk_en.ts`` at test time; never a language to choose.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

SCALE = 1.4
# What a translation must keep: a placeholder, a tag, an entity, an accelerator mark.
KEPT = re.compile(r"%L?(?:n|\d+)|%%|<[^>]*>|&\w+;|&&|&")
WORD = re.compile(r"[^\W\d_]+")


def visible_length(text: str) -> int:
    return len(re.sub(r"<[^>]*>", "", text))


def _lengthen(word: str, extra: int) -> str:
    """``word`` with ``extra`` more letters: some of its own repeated, spread over it."""
    every, rest = divmod(max(extra, 0), len(word))
    once_more = {(i * len(word)) // rest for i in range(rest)}
    return "".join(ch * (1 + every + (i in once_more)) for i, ch in enumerate(word))


def stretch(text: str, scale: float = SCALE) -> str:
    """``text`` lengthened to at least ``scale`` times its visible length."""
    wanted = math.ceil(visible_length(text) * (scale - 1))
    pieces: list[tuple[str, bool]] = []  # (piece, may grow)
    at = 0
    for kept in KEPT.finditer(text):
        pieces.append((text[at : kept.start()], True))
        pieces.append((kept.group(), False))
        at = kept.end()
    pieces.append((text[at:], True))
    letters = sum(len(w) for piece, grows in pieces if grows for w in WORD.findall(piece))
    if not letters or not wanted:
        return text
    added = 0
    seen = 0

    def grow(match: re.Match[str]) -> str:
        nonlocal added, seen
        word = match.group()
        seen += len(word)
        # The share of the extra letters due by the end of this word, rounded up.
        due = math.ceil(wanted * seen / letters) - added
        added += due
        return _lengthen(word, due)

    return "".join(WORD.sub(grow, piece) if grows else piece for piece, grows in pieces)


def stretched_catalogue(english: Path, lrelease: str, folder: Path) -> Path:
    """A compiled catalogue: every English text of ``english`` (the translation where the
    catalogue has one, else the source, each plural form) stretched."""
    tree = ET.parse(english)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = stretch(form.text or message.findtext("source") or "")
        else:
            translation.text = stretch(translation.text or message.findtext("source") or "")
    source = folder / "incadea_desk_stretched.ts"
    tree.write(source, encoding="utf-8", xml_declaration=True)
    compiled = folder / "incadea_desk_stretched.qm"
    subprocess.run([lrelease, str(source), "-qm", str(compiled)], check=True, capture_output=True)
    return compiled
