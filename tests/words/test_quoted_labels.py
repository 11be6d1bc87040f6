"""A sentence that sends the facilitator to a button or a menu item quotes it as it reads: in
English the menus are in title case ("Export the Summary…"), and a hint that quoted
"Export the summary…" named a label that is nowhere on the screen."""

from __future__ import annotations

import html
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUOTED = {"en": re.compile(r"“([^”]{3,60})”|› ([A-Z][^.)›]{2,40})"), "fr": re.compile(r"« ([^»]{3,60}) »|› ([^.)›]{2,40})")}


def _translations(lang: str) -> list[str]:
    text = (ROOT / "src" / "bataille" / "ui" / "translations" / f"bataille_{lang}.ts").read_text(encoding="utf-8")
    return [html.unescape(t).replace("\u00a0", " ").replace("\u202f", " ")
            for t in re.findall(r"<translation>(.*?)</translation>", text, flags=re.DOTALL)]


def _key(label: str) -> str:
    return label.replace("&", "").rstrip("…").strip().lower()


def _labels(texts: list[str]) -> dict[str, set[str]]:
    """The interface's labels, by their lower-case words: texts with a mnemonic (a button or a menu item)."""
    labels: dict[str, set[str]] = {}
    for text in texts:
        if "&" in text and len(text) < 60 and "\n" not in text:
            labels.setdefault(_key(text), set()).add(text.replace("&", "").rstrip("…").strip())
    return labels


def _mislabelled(quoted: str, labels: dict[str, set[str]]) -> set[str] | None:
    """The label's own spellings when ``quoted`` names one with other capitals; None when it is
    written as it reads, or is not a label. A single word quoted (a noun, not a command) is left
    alone unless it ends like a command, with "…"."""
    if " " not in quoted and not quoted.endswith("…"):
        return None
    written = labels.get(_key(quoted))
    return written if written and quoted.rstrip("…").strip() not in written else None


def mismatched_labels(lang: str) -> list[str]:
    """Quoted words that are a label of the interface (a text with a mnemonic: a button or a menu
    item) but for their capitals. A noun like « fait » quoted in French is not a label: only quotes
    that end like a command, with "…", or are longer than a word are checked."""
    texts = _translations(lang)
    labels = _labels(texts)
    found = []
    for text in texts:
        for match in QUOTED[lang].finditer(text):
            quoted = (match.group(1) or match.group(2)).strip()
            written = _mislabelled(quoted, labels)
            if written:
                found.append(f"{quoted!r} where the label reads {sorted(written)}: {text[:90]}")
    return found


def test_english_sentences_quote_labels_as_they_read() -> None:
    assert not mismatched_labels("en")


def test_french_sentences_quote_labels_as_they_read() -> None:
    assert not mismatched_labels("fr")


def mismatched_labels_in_docs() -> list[str]:
    """The same in the English documentation: a button or a menu item in bold or in quotes."""
    labels = _labels(_translations("en"))
    quoted_in_docs = re.compile(r"\*\*([^*\n]{3,60})\*\*|\"([^\"\n]{3,60})\"")
    found = []
    for path in sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in quoted_in_docs.finditer(line):
                quoted = (match.group(1) or match.group(2)).strip()
                written = _mislabelled(quoted, labels)
                if written:
                    found.append(f"{path.name}:{number}: {quoted!r} where the label reads {sorted(written)}")
    return found


def test_the_documentation_quotes_labels_as_they_read() -> None:
    assert not mismatched_labels_in_docs()
