"""A console or pipe in a code page without every character (cp1252 on a Dutch, Belgian or
French Windows PC): whatever a command prints arrives, intact or with "?" for what the code
page lacks, and never ends the command with a traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incadea_desk.cli.streams import encode_every_character
from tests.integration.cli.processes import TIMEOUT_S

# A Windows user name outside cp1252 ends up in every folder the program prints.
USER = "Łukasz→Zoë"


def test_a_folder_outside_the_code_page_is_printed_with_question_marks(tmp_path: Path) -> None:
    config = tmp_path / USER
    environ = {k: v for k, v in os.environ.items() if not k.startswith("INCADEA_DESK_")}
    environ.update(
        INCADEA_DESK_CONFIG_DIR=str(config),
        INCADEA_DESK_DATA_DIR=str(tmp_path / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONIOENCODING="cp1252",
    )

    done = subprocess.run(
        [sys.executable, "-m", "incadea_desk", "config", "show"],
        env=environ,
        capture_output=True,
        timeout=TIMEOUT_S,
        check=False,
    )

    assert done.returncode == 0, done.stderr.decode("cp1252")
    first = done.stdout.decode("cp1252").splitlines()[0]
    assert first == f"# {tmp_path}{os.sep}?ukasz?Zoë{os.sep}settings.json"


@pytest.mark.parametrize("code_page", ["cp1252", "ascii"])
def test_a_stream_in_a_code_page_writes_utf8(
    monkeypatch: pytest.MonkeyPatch, code_page: str
) -> None:
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=code_page)

    encode_every_character(stream)
    stream.write("Gewijzigd: Klant wacht: nee → ja, geïmporteerd\n")
    stream.flush()

    assert raw.getvalue().decode("utf-8") == "Gewijzigd: Klant wacht: nee → ja, geïmporteerd\n"


def test_a_chosen_encoding_is_kept_and_what_it_lacks_replaced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PYTHONIOENCODING", "cp1252")
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")

    encode_every_character(stream)
    stream.write("nee → ja, geïmporteerd")
    stream.flush()

    assert raw.getvalue() == "nee ? ja, geïmporteerd".encode("cp1252")
