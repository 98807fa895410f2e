"""How the window words a held workorder: its reason, and the line copied for the DMS admin.

The reason is translated by its code from the English sentences of
:mod:`incadea_desk.messages`; what the DMS or Claire said (a field name,
Claire's own reason) is data and is shown as it came, never translated.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from incadea_desk.messages import QUARANTINE_CONTEXT, QUARANTINE_SENTENCES, fill
from incadea_desk.ui.formatting import fmt_datetime

if TYPE_CHECKING:
    from incadea_desk.services.quarantine import HeldRow

translate = QCoreApplication.translate


def reason_text(row: HeldRow) -> str:
    """The reason in the window's language; the field and Claire's code as they came."""
    sentence = QUARANTINE_SENTENCES.get(row.reason_code)
    if sentence is None:
        return row.reason
    found = _arguments(sentence, row.reason)
    text = fill(
        translate(QUARANTINE_CONTEXT, sentence),
        {"code": "–", **(found or {}), "field": row.field or "–"},
    )
    if row.stage == "claire" and found is None and row.reason:
        # Claire's own words, as data: the sentence is ours and holds no "%2".
        said = translate("AttentionDialog", "%1 Claire said: “%2”")
        return said.replace("%1", text).replace("%2", row.reason)
    return text


def _arguments(template: str, english: str) -> dict[str, str] | None:
    """The values ``fill`` put into ``template`` to make ``english`` (Claire's code is kept
    only inside the English reason); None when ``english`` is not made from it."""
    pattern = "".join(
        f"(?P<{part}>.*)" if index % 2 else re.escape(part)
        for index, part in enumerate(re.split(r"\{(\w+)\}", template))
    )
    found = re.fullmatch(pattern, english, flags=re.DOTALL)
    return found.groupdict() if found else None


def copy_line(row: HeldRow) -> str:
    """One line of plain text that names the workorder, the field, the reason and since when."""
    parts = [
        (translate("AttentionDialog", "DMS number"), row.dms_number),
        (translate("AttentionDialog", "WO number"), row.wo_number or "–"),
        (translate("AttentionDialog", "Field"), row.field or "–"),
        (translate("AttentionDialog", "Reason"), reason_text(row)),
        (translate("AttentionDialog", "Since"), fmt_datetime(row.first_seen)),
    ]
    return "; ".join(f"{label}: {value}" for label, value in parts)
