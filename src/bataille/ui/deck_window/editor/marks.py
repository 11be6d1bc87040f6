"""Problems put where they belong: on the field they concern, else on its list, else above the form."""

from __future__ import annotations

from bataille.ui.deck_window.editor.form import Form
from bataille.ui.i18n import interface_language


def problem_message(problem) -> str:
    """The problem's message alone, in the interface language."""
    message_in = getattr(problem, "message_in", None)
    if callable(message_in):
        return message_in(interface_language())
    return str(getattr(problem, "message", problem))


def problem_text(problem) -> str:
    """``file:line: message`` in the interface language."""
    file = getattr(problem, "file", None) or getattr(problem, "path", "")
    line = getattr(problem, "line", 0)
    return f"{file}:{line}: {problem_message(problem)}" if file else problem_message(problem)


def _within(path: tuple, prefix: tuple) -> bool:
    return tuple(path[:len(prefix)]) == tuple(prefix)


def apply_marks(forms: list[Form], problems: list, fits: dict[tuple, list[str]]) -> None:
    """Mark every field and list of ``forms``: ``problems`` of the draft (red), ``fits`` (amber),
    keyed by (file, key path)."""
    fields = [f for form in forms for f in form.all_fields()]
    all_forms = [f for form in forms for f in form.all_forms()]
    noted: dict[int, list[str]] = {}
    sections = [s for form in forms for s in form.all_sections()]
    red: dict[int, list[str]] = {}
    amber: dict[int, list[str]] = {}
    listed: dict[int, list[str]] = {}
    for problem in problems:
        where = getattr(problem, "where", None)
        if not where:
            continue
        file, path = where[0], tuple(where[1])
        text = problem_message(problem)
        hit = [f for f in fields if f.where[0] == file and _within(f.where[1], path)
               and any(len(path) > len(form.where[1]) for form in forms if _within(f.where[1], form.where[1]))]
        for f in hit:
            red.setdefault(id(f), []).append(text)
        if hit:
            continue
        owners = [f for f in all_forms if f.where[0] == file and _within(path, f.where[1])]
        inside = [s for s in sections if s.where[0] == file and _within(path, s.where[1])]
        if owners and tuple(owners[-1].where[1]) == path:  # about the mapping itself: a key it lacks
            noted.setdefault(id(owners[-1]), []).append(text)
        elif inside:
            deepest = max(inside, key=lambda s: len(s.where[1]))
            listed.setdefault(id(deepest), []).append(text)
    for (file, path), lines in fits.items():
        hit = [f for f in fields if f.where[0] == file and _within(f.where[1], path)]
        for f in hit:
            amber.setdefault(id(f), []).extend(lines)
        if not hit:
            inside = [s for s in sections if s.where[0] == file and _within(path, s.where[1])]
            for s in inside[-1:]:
                listed.setdefault(id(s), []).extend(lines)
    for f in fields:
        f.set_marks(red.get(id(f), []), amber.get(id(f), []))
    for s in sections:
        s.set_mark(listed.get(id(s), []))
    for form in all_forms:
        form.set_note(noted.get(id(form), []))
