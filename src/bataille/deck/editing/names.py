"""A name written once or in each language (a source's publisher), edited one language at a time.

A name that reads the same in every language is written once, as a plain string
(``publisher: Reuters``). Typing it in the first language (French) changes that string; typing
another language makes it a text in each language, on one line, the name kept in the others
(``publisher: {fr: "Reuters", en: "Reuters, via The Star"}``); emptying every language but the
first makes it a plain name again. Only the publisher's own characters change.
"""

from __future__ import annotations

from . import edits, render
from .nodes import KeyPath, content_end, is_null, node_at, plain, tree


def set_name(text: str, path: KeyPath, lang: str, value: str, languages: tuple[str, ...]) -> str:
    """``text`` with the name at ``path`` given ``value`` in ``lang`` (see the module's docstring)."""
    node = node_at(tree(text), path)
    current = plain(node) if node is not None and not is_null(node) else None
    first = languages[0] if languages else "fr"
    if isinstance(current, dict):
        others = [v for k, v in current.items() if k not in (first, lang)]
        if lang != first and not value.strip() and not any(str(v or "").strip() for v in others):
            return edits.set_value(text, path, str(current.get(first) or ""))  # a name again
        return edits.set_value(text, (*path, lang), value)
    if lang == first:
        return edits.set_value(text, path, value)
    if not value.strip():
        return text  # another language left empty: the name is still the same in every language
    name = "" if current is None else str(current)
    texts = {code: value if code == lang else name for code in languages}
    if node is None or not isinstance(current, (str, int, float)):  # nothing written, or a list
        return edits.set_value(text, path, texts)
    # The name's characters (quoted, plain or a block) give way to the text in each language, on one line.
    return edits.splice(text, node.start_mark.index, content_end(text, node), render.flow(texts))
