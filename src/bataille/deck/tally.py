"""Texts missing a language, counted over a whole deck, so that one cause is one line."""

from __future__ import annotations

from .located import Position
from .messages import Message, Quoted, language_name
from .problems import Problem


class LanguageTally:
    """Texts missing a language, over a whole deck: a language no text has is one line, not one per text."""

    SHOWN = 5  # texts named one by one for a language most texts have

    def __init__(self) -> None:
        self.complete = 0  # texts with every language
        self.present: dict[str, int] = {}
        self.missing: dict[str, list[Problem]] = {}

    def problems(self, file: str, pos: Position) -> list[Problem]:
        """What to say, once every file is read; ``file`` and ``pos``: where 'languages' is written."""
        out: list[Problem] = []
        for lang, found in self.missing.items():
            if not self.complete and not self.present.get(lang):
                out.append(Problem.of(file, pos.line, pos.col, Message(
                    "languages.no_texts", key=Quoted("languages"), language=language_name(lang), lang=lang,
                    count=len(found))))
                continue
            out += found[:self.SHOWN]
            if len(found) > self.SHOWN:
                first = found[self.SHOWN]
                out.append(Problem.of(first.path, first.line, first.col, Message(
                    "text.missing_language_more", count=len(found) - self.SHOWN, language=language_name(lang),
                    lang=lang)))
        return out
