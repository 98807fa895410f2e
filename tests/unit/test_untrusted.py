"""Text from a remote system on a terminal or in the window: one line, no controls, capped."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.cli.output import CELL_LIMIT, cell, table
from incadea_desk.untrusted import BIDI_CONTROLS, ELLIPSIS, LINE_BREAKS, capped, one_line

HOSTILE_CHARACTERS = st.sampled_from(
    [*LINE_BREAKS, *BIDI_CONTROLS, "\x00", "\x1b", "\x7f", "\x9b", "<", ">", "&", "é", "字"]
)
TEXTS = st.text(st.one_of(st.characters(), HOSTILE_CHARACTERS))
LIMITS = st.integers(min_value=1, max_value=500)


def _forbidden(character: str) -> bool:
    return (
        character in LINE_BREAKS
        or character in BIDI_CONTROLS
        or unicodedata.category(character) == "Cc"
    )


@given(TEXTS, LIMITS)
def test_one_line_has_no_break_tab_bidi_or_control_character(text: str, limit: int) -> None:
    shown = one_line(text, limit)
    assert not any(_forbidden(c) for c in shown)
    assert len(shown) <= limit


@given(TEXTS, LIMITS)
def test_one_line_keeps_the_other_characters_in_order(text: str, limit: int) -> None:
    shown = one_line(text, limit)
    kept = "".join(
        " " if c in LINE_BREAKS else c for c in text if not _forbidden(c) or c in LINE_BREAKS
    )
    if shown.endswith(ELLIPSIS) and shown != kept:
        assert kept.startswith(shown[:-1])
    else:
        assert shown == kept


@given(st.text(st.characters(blacklist_categories=("Cc", "Cf", "Zl", "Zp"))), LIMITS)
def test_ordinary_short_text_is_unchanged(text: str, limit: int) -> None:
    if len(text) <= limit:
        assert one_line(text, limit) == text
        assert capped(text, limit) == text


@given(st.text(), LIMITS)
def test_capped_text_is_at_most_the_limit_and_says_so(text: str, limit: int) -> None:
    shown = capped(text, limit)
    assert len(shown) <= limit
    assert shown == text or (shown.endswith(ELLIPSIS) and text.startswith(shown[:-1]))


def test_a_megabyte_is_cut_without_reading_it_all() -> None:
    shown = one_line("\u202e" * 10 + "x" * 1_000_000, 80)
    assert shown == "x" * 79 + ELLIPSIS


@given(st.lists(st.tuples(TEXTS, TEXTS), min_size=1, max_size=5))
def test_a_table_has_one_line_per_row_whatever_the_cells_hold(rows: list[tuple[str, str]]) -> None:
    shown = table(rows, ("first", "second")).split("\n")
    assert len(shown) == 1 + len(rows)
    assert all(len(line) <= 2 * CELL_LIMIT + 2 for line in shown)
    assert all(cell(a).rstrip() in line for (a, _b), line in zip(rows, shown[1:], strict=True))
