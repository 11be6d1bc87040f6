"""The session file's words need no "(s)": each count stands where one and many read alike."""

from __future__ import annotations

import re

from bataille.storage.words import STORAGE, Said
from bataille.words import NNBSP


def test_no_template_of_the_session_file_leaves_a_plural_to_guess() -> None:
    for key, texts in STORAGE.items():
        for lang, text in texts.items():
            assert "(s)" not in text, (key, lang)


def test_the_damaged_wal_count_reads_well_for_one_and_for_many() -> None:
    for missing, kept in ((1, 1), (3, 40)):
        french = Said("missing_actions_unread", name="a.bataille", missing=missing, kept=kept).render("fr")
        english = Said("missing_actions_unread", name="a.bataille", missing=missing, kept=kept).render("en")
        assert f"endommagé)\u00a0: {missing}{NNBSP}; actions lues\u00a0: {kept}." in french
        assert f"is damaged): {missing}; actions read: {kept}." in english
        assert not re.search(r"\b1 (actions|are)\b", english + french)
