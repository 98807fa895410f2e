"""A command asks the DMS for its own texts in the language of ``--lang``, or of the
setting; ``system`` asks for none in particular."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from incadea_desk.request_headers import request_headers, use_language
from incadea_desk.sandbox import LoopbackUrls
from tests.integration.cli.conftest import run_cli


@pytest.fixture(autouse=True)
def _no_language() -> Iterator[None]:
    use_language(None)
    yield
    use_language(None)


def test_lang_sets_the_language_the_dms_answers_in(served: LoopbackUrls) -> None:
    assert run_cli("--lang", "fr", "search", "4711").code == 0
    assert request_headers("dms", "GET")["Accept-Language"] == "fr-FR"


def test_without_lang_the_setting_decides(
    served: LoopbackUrls, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCADEA_DESK_UI_LANGUAGE", "nl")
    assert run_cli("search", "4711").code == 0
    assert request_headers("dms", "GET")["Accept-Language"] == "nl-NL"


def test_the_system_language_asks_for_none(served: LoopbackUrls) -> None:
    assert run_cli("search", "4711").code == 0
    assert "Accept-Language" not in request_headers("dms", "GET")
