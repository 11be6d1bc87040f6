"""The summary asks about the phones' feedback in the words the phones asked it: "Le thème qui a
le plus appris" (the theme that learned most) said what the form never asked."""

from __future__ import annotations

import re
from pathlib import Path

from bataille.export.summary_words import word

PAGE = Path(__file__).resolve().parents[2] / "src" / "bataille" / "phones" / "page.html"


def test_the_summary_names_the_theme_question_as_the_phones_asked_it() -> None:
    asked = re.search(r'theme: "([^"]+)"', PAGE.read_text(encoding="utf-8"))
    assert asked is not None
    assert word("feedback_theme", "fr") == asked.group(1) == "Le thème qui vous a le plus appris"
