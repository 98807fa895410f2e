"""A package's names imported on first use: imported once, kept, and no others."""

from __future__ import annotations

import subprocess
import sys

import pytest

import incadea_desk.domain as domain


def test_a_name_is_imported_when_first_asked_for_and_kept() -> None:
    code = (
        "import sys, incadea_desk.domain as d\n"
        "assert 'incadea_desk.domain.quality' not in sys.modules\n"
        "first = d.workorder_warnings\n"
        "assert 'incadea_desk.domain.quality' in sys.modules\n"
        "assert vars(d)['workorder_warnings'] is first\n"
        "from incadea_desk.domain.quality import workorder_warnings\n"
        "assert first is workorder_warnings\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_name_the_package_does_not_have_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match=r"module 'incadea_desk\.domain' has no attribute"):
        domain.no_such_name  # noqa: B018
    assert not hasattr(domain, "no_such_name")
