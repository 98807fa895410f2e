"""``sites.toml``: a dealer group's sites, read key by key; a file that cannot be used is
one sentence naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incadea_desk.sites_file import BranchFilter, Site, SitesError, load_sites, parse_sites

PATH = Path("sites.toml")

TWO_BRANCHES = """
[[site]]
name = "utrecht"
company = "5b2b6f0a-1c1d-4e8e-9f33-0d3c2b1a0f11"
location = "loc-utrecht"
branch = { field = "locationCode", value = "UTR" }

[[site]]
name = "antwerpen"
company = "5b2b6f0a-1c1d-4e8e-9f33-0d3c2b1a0f11"
location = "loc-antwerpen"
branch = { field = "locationCode", value = "ANT" }
"""


def test_two_branches_of_one_company_are_two_sites() -> None:
    assert parse_sites(TWO_BRANCHES, PATH) == [
        Site(
            "utrecht",
            "5b2b6f0a-1c1d-4e8e-9f33-0d3c2b1a0f11",
            "loc-utrecht",
            BranchFilter("locationCode", "UTR"),
        ),
        Site(
            "antwerpen",
            "5b2b6f0a-1c1d-4e8e-9f33-0d3c2b1a0f11",
            "loc-antwerpen",
            BranchFilter("locationCode", "ANT"),
        ),
    ]


def test_a_site_without_a_branch_is_a_whole_company(tmp_path: Path) -> None:
    path = tmp_path / "sites.toml"
    path.write_text(
        '[[site]]\nname = "gent"\ncompany = "Autobedrijf De Vries B.V."\nlocation = "loc-gent"\n',
        encoding="utf-8",
    )
    [site] = load_sites(path)
    assert (site.company, site.branch) == ("Autobedrijf De Vries B.V.", None)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("", "declares no [[site]]"),
        ("[sites]\n", "has no key 'sites'"),
        ('[[site]]\nname = "a"\ncompany = "c"\n', "site a: location must be a quoted"),
        ('[[site]]\nname = "a b"\ncompany = "c"\nlocation = "l"\n', "name must be letters"),
        (
            '[[site]]\nname = "a"\ncompany = "c"\nlocation = "l"\nbrnch = "x"\n',
            "has no key 'brnch'",
        ),
        (
            '[[site]]\nname = "a"\ncompany = "c"\nlocation = "l"\nbranch = "UTR"\n',
            'branch must be { field = "...", value = "..." }',
        ),
        (
            '[[site]]\nname = "a"\ncompany = "c"\nlocation = "l"\n'
            'branch = { field = "code eq \'x\' or 1", value = "x" }\n',
            "branch.field must be a field name",
        ),
        (
            '[[site]]\nname = "a"\ncompany = "c"\nlocation = "l"\n'
            '[[site]]\nname = "a"\ncompany = "d"\nlocation = "m"\n',
            "names two sites 'a'",
        ),
        (
            '[[site]]\nname = "a"\ncompany = "c"\nlocation = "l"\n'
            '[[site]]\nname = "b"\ncompany = "c"\nlocation = "m"\n',
            "sites a and b read the same service orders",
        ),
        ("[[site]\n", "is not valid TOML"),
    ],
)
def test_a_file_that_cannot_be_used_is_one_sentence_naming_the_key(
    text: str, sentence: str
) -> None:
    with pytest.raises(SitesError) as raised:
        parse_sites(text, PATH)
    assert sentence in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_file_that_cannot_be_read_says_so(tmp_path: Path) -> None:
    with pytest.raises(SitesError, match="cannot be read"):
        load_sites(tmp_path / "missing.toml")


_names = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,15}", fullmatch=True)
_values = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1)


@given(
    st.lists(st.tuples(_names, _values, _values), min_size=1, max_size=5, unique_by=lambda t: t[0])
)
def test_what_is_written_is_what_is_read(rows: list[tuple[str, str, str]]) -> None:
    def quoted(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    text = "".join(
        f"[[site]]\nname = {quoted(name)}\ncompany = {quoted(name)}\nlocation = {quoted(loc)}\n"
        f'branch = {{ field = "locationCode", value = {quoted(branch)} }}\n'
        for name, branch, loc in rows
    )
    if any(not branch.strip() or not loc.strip() for _, branch, loc in rows):
        with pytest.raises(SitesError):
            parse_sites(text, PATH)
        return
    sites = parse_sites(text, PATH)
    assert [(s.name, s.location_id, s.branch) for s in sites] == [
        (name, loc.strip(), BranchFilter("locationCode", branch)) for name, branch, loc in rows
    ]
