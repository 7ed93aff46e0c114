"""The Vietnamese catalog is complete and keeps every placeholder of the English text."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

CATALOGS = Path(__file__).resolve().parents[1] / "innovation" / "translations"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def vietnamese_messages():
    with (CATALOGS / "vi" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return [message for message in read_po(handle) if message.id]


def test_every_vietnamese_entry_is_translated() -> None:
    missing = [message.id for message in vietnamese_messages() if not message.string or message.fuzzy]
    assert missing == []


def test_translations_keep_the_placeholders() -> None:
    for message in vietnamese_messages():
        source = message.id if isinstance(message.id, str) else message.id[0]
        target = message.string if isinstance(message.string, str) else message.string[0]
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(target)), source


def test_the_catalogs_know_every_string_in_the_code(tmp_path: Path) -> None:
    """`make catalogs` was run after the last change of user-facing strings."""
    root = CATALOGS.parents[1]
    pot = tmp_path / "messages.pot"
    keywords = ["-k", "_l", "-k", "lazy_gettext", "-k", "lazy_ngettext:1,2"]
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", str(root / "babel.cfg"), *keywords, "-o", str(pot), str(root)]
    )
    with pot.open("rb") as handle:
        in_code = {message.id for message in read_po(handle) if message.id}
    in_catalog = {message.id for message in vietnamese_messages()}
    assert in_code and sorted(map(str, in_code - in_catalog)) == []
