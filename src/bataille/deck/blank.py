"""A field left empty, said for a teacher: what to write there and an example, in the field's own
language (« 'Title' in French is empty: write the card's title there, for example « Visages… » »),
rather than « must be a non-empty text, got "" ». A new deck and a new card start with such fields."""

from __future__ import annotations

from pathlib import PurePosixPath

from .messages import CATALOGUE, Code, Message, Quoted, language_name

SAID_IN = ("fr", "en")  # the languages the examples are written in


def _place(file: str, string: bool) -> str:
    """Which kind of file ``file`` is, as the catalogue's keys name it; a one-line text of a card file
    is a source's (its title, publisher, address)."""
    path = PurePosixPath(str(file).replace("\\", "/"))
    if path.name == "deck.yaml":
        return "deck"
    if path.parent.name == "cards":
        return "source" if string else "cards"
    if path.parent.name == "scenarios":
        return "agenda" if path.stem.lower() == "agenda" else "scenario"
    return ""


def _words(file: str, key: str, lang: str | None, string: bool, part: str) -> tuple[Message, Message | str]:
    """What to write at ``key`` of ``file`` and an example ("" when there is none for it): those of the
    ``part`` being read (a debate card's title, a decision's), else those of the kind of file."""
    place = next((p for p in (part, _place(file, string)) if p and f"blank.{p}.{key}" in CATALOGUE), "")
    what = f"blank.{place}.{key}"
    if what not in CATALOGUE:
        return Message("blank.any"), ""
    example = Message(f"example.{place}.{key}")
    text = _Example(example, lang if lang in SAID_IN else None)
    return Message(what), Message("blank.example", text=text)


class _Example:
    """An example quoted as the message's language quotes, written in the field's language (``lang``),
    else in the message's."""

    __slots__ = ("example", "lang")

    def __init__(self, example: Message, lang: str | None) -> None:
        self.example, self.lang = example, lang

    def render(self, lang: str) -> str:
        return Quoted(self.example.render(self.lang or lang)).render(lang)


def blank_text(file: str, key: str, lang: str, part: str = "") -> Message:
    """The text in ``lang`` at ``key`` is empty (or nothing is written there); ``part``: what holds it
    (a card's kind, "decision", "source"…)."""
    what, example = _words(file, key, lang, False, part)
    return Message("text.blank", key=Quoted(key), language=language_name(lang), what=what, example=example)


def blank_string(file: str, key: str, hint: Message | None, part: str = "") -> Message:
    """The one-line text at ``key`` is empty; ``hint`` is said when there is no example."""
    what, example = _words(file, key, None, True, part)
    return Message("string.blank", key=Quoted(key), what=what, example=example or hint or "")


def missing_text(key: str, lang: str, written: list[tuple[str, str]], languages: tuple[str, ...]) -> Message:
    """``key`` has no text in ``lang``: what to write, with the texts it has in the example
    (« title: {fr: "…", en: "Teachers using AI"} »)."""
    from .yamlhints import quoted_example  # only for a deck with a problem

    texts = dict(written)
    parts = (f"{code}: " + (quoted_example(None, texts[code], keep_start=True) if code in texts else '"…"')
             for code in languages)
    return Message("text.missing_language", key=Quoted(key), language=language_name(lang), lang=lang,
                   example=Code(f"{key}: {{{', '.join(parts)}}}"))
