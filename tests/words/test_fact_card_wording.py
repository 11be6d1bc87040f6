"""A card of the kind "fait" is a « carte « fait » », a fact: never "une carte fait", "cartes faits"
or "cartes fait jouées" (a kind glued to a noun), in any French the app shows or prints."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLUED = re.compile(r"\bcartes? faits?\b", re.IGNORECASE)


def test_no_french_text_glues_the_kind_fait_to_carte() -> None:
    files = [*ROOT.glob("src/bataille/**/*.py"), *ROOT.glob("src/bataille/ui/translations/*_fr.ts"),
             *ROOT.glob("cards/*.yaml"), *ROOT.glob("scenarios/*.yaml")]
    assert len(files) > 50
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}"
             for path in files for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if GLUED.search(line) and not line.strip().startswith("#")]
    assert not found, "\n".join(found)
