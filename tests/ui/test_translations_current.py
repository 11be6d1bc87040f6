"""The French .ts in git holds every string the interface shows today, translated.

The completeness test reads the .ts as committed; this one first runs lupdate over the current
sources (into a copy), so a new `tr()` string nobody added to the .ts fails here, not in class.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from bataille.ui import i18n_build


def test_every_string_of_the_sources_is_in_the_french_ts_and_translated(tmp_path: Path) -> None:
    committed = i18n_build.translations_dir() / "bataille_fr.ts"
    copy = tmp_path / "bataille_fr.ts"
    shutil.copy(committed, copy)
    subprocess.run([i18n_build.tool("pyside6-lupdate"), *map(str, i18n_build.sources()),
                    "-source-language", "en", "-locations", "none", "-no-obsolete", "-ts", str(copy)],
                   check=True, capture_output=True, timeout=120)
    root = ET.parse(copy).getroot()
    untranslated = [m.findtext("source") for m in root.iter("message")
                    if m.find("translation").get("type") == "unfinished"]
    assert not untranslated, f"run `make translations` and translate: {untranslated}"
    sources = sorted(m.findtext("source") for m in root.iter("message"))
    committed_sources = sorted(m.findtext("source") for m in ET.parse(committed).getroot().iter("message"))
    assert sources == committed_sources, "the .ts in git is not up to date: run `make translations`"


def test_the_english_interface_writes_typographic_apostrophes() -> None:
    """"Let's go", "Phones can't connect?": the English interface showed the code's straight
    apostrophes, where the summary and the guide write ’. New strings get it from `make translations`."""
    root = ET.parse(i18n_build.translations_dir() / "bataille_en.ts").getroot()
    shown = ["".join(m.find("translation").itertext()) for m in root.iter("message")]
    straight = [text for text in shown if re.search(r"[A-Za-z]'[A-Za-z]|[A-Za-z]s'[\s,.;:)]", text)]
    assert not straight, straight
    assert i18n_build.typographic("Don't save the teams' cards") == "Don\u2019t save the teams\u2019 cards"
    assert i18n_build.typographic("press 'Yes' to go; Team %1's") == "press 'Yes' to go; Team %1\u2019s"
