"""Problems put where they belong: on the field they concern, else on its list, else above the form."""

from __future__ import annotations

from pathlib import PurePosixPath

from bataille.deck.folder import is_agenda
from bataille.ui.deck_window.editor.form import Form, tr, translate
from bataille.ui.i18n import interface_language

# The deck reader names the YAML key of a field ('title', 'prompts_for'); the editor shows the field
# under its label (Titre, Idées pour): a problem about a key that a form of the file shows names the
# label instead. Not for YAML's own complaints, nor for an unknown key (its "did you mean" names the
# key to write), nor for an indicator's id.
_KEEP_KEYS = ("yaml.", "field.unknown_key", "effects.")


# Problems the deck reader places at an item (a card, a theme) that are about its id field.
_AT_ID = ("deck.duplicate_id",)

# Problems the deck reader places at an item (a card, a source) that name a key it lacks: said at the
# field of that key (an event's empty Year), as a field's own problem is, not only above the form.
_AT_KEY = ("field.missing_key", "card.needs_theme", "card.needs_theme_many")


def field_path(problem) -> tuple[str, ...] | None:
    """The key a problem says its item lacks (("year",) for « an event card needs 'year' »), else None."""
    wording = getattr(getattr(problem, "problem", None), "wording", None)
    if wording is None or wording.key not in _AT_KEY:
        return None
    key = getattr(wording.fields.get("key"), "value", None)
    return (key,) if isinstance(key, str) else None


def _specs_for(file: str) -> tuple:
    """The groups of fields the forms of ``file`` show."""
    from bataille.ui.deck_window.editor import specs

    if file == "cards/deck.yaml":
        groups = (specs.DECK, specs.THEME)
    elif file.startswith("cards/"):
        groups = (*specs.CARD_SPECS.values(), specs.SOURCE)
    elif file.startswith("scenarios/") and is_agenda(PurePosixPath(file)):
        groups = (specs.AGENDA, specs.PHASE)
    elif file.startswith("scenarios/"):
        groups = (specs.SCENARIO, specs.INDICATOR, specs.DECISION, specs.OPTION)
    else:
        groups = ()
    return groups


def _labels_for(file: str) -> dict[str, str]:
    """YAML key -> the label of its field in the forms of ``file`` (English source, translated when used)."""
    labels: dict[str, str] = {}
    for group in _specs_for(file):
        for spec in group:
            labels.setdefault(spec.key, spec.label)
    return labels


def _add_buttons(file: str) -> dict[str, str]:
    """YAML key of a list -> the words of the button that adds an item to it, in the interface's language."""
    adds = {spec.key: tr(spec.add_label) for group in _specs_for(file) for spec in group if spec.add_label}
    return {**adds, "themes": translate("DeckEditor", "+ Theme")}


def _editor_words(wording, line: int):
    """An unknown key (no field shows it: the line to rename or delete in a text editor), a source's year
    left out (what to write, with an example), in the editor's words; else None."""
    key = wording.fields.get("key")
    hint = wording.fields.get("hint")
    if wording.key == "field.unknown_key" and line > 0:
        word = hint.fields.get("word") if getattr(hint, "key", "") == "hint.did_you_mean" else None
        return type(wording)("editor.field.unknown_key_rename" if word is not None else "editor.field.unknown_key_delete",
                             **wording.fields, word=word, line=line)
    what = wording.fields.get("what")
    if wording.key == "field.missing_key" and getattr(key, "value", None) == "year" \
            and getattr(what, "key", "") == "noun.source":
        return type(wording)("editor.source.missing_year", **wording.fields)
    return None


def _with_labels(wording, labels: dict[str, str], file: str = "", line: int = 0):
    """``wording`` with its ``key`` field (a quoted YAML key) replaced by the field's label, and in the
    words the editor has for it (``editor.<key>`` in the deck's catalogue: what is missing and the button
    that adds it, not the YAML that would hold it); ``line``: the problem's, for a line to change by hand."""
    from bataille.deck.messages import CATALOGUE, Quoted

    wording = _editor_words(wording, line) or wording
    if wording.key.startswith(_KEEP_KEYS) or wording.key.startswith("editor.field."):
        return wording
    key = wording.fields.get("key")
    written = key.value if isinstance(key, Quoted) and isinstance(key.value, str) else None
    fields = dict(wording.fields)
    if written in labels:
        fields["key"] = Quoted(tr(labels[written]))
    if f"editor.{wording.key}" in CATALOGUE:
        button = _add_buttons(file).get(written or "", "")
        fields.update(add=Quoted(button), fact=Quoted(translate("DeckEditor", "+ Fact")),
                      debate=Quoted(translate("DeckEditor", "+ Debate")))
        return type(wording)(f"editor.{wording.key}", **fields)
    return type(wording)(wording.key, **fields) if fields != wording.fields else wording


def problem_message(problem) -> str:
    """The problem's message alone, in the interface language, naming fields by their labels."""
    lang = interface_language()
    wording = getattr(getattr(problem, "problem", None), "wording", None)
    if wording is not None:
        file = str(getattr(problem, "file", ""))
        return _with_labels(wording, _labels_for(file), file, int(getattr(problem, "line", 0) or 0)).render(lang)
    message_in = getattr(problem, "message_in", None)
    if callable(message_in):
        return message_in(lang)
    return str(getattr(problem, "message", problem))


def labelled_problem_text(problem, file: str, full: bool = False) -> str:
    """A deck Problem as ``file:line:column: message`` in the interface language, naming a field by
    its label where a form of ``file`` (its path in the deck folder, "" when unknown) shows it: the
    deck window's panel says it as the editor does; the command line keeps the YAML keys. The file is
    named as in the deck folder when known, else (or ``full``) by the problem's path."""
    lang = interface_language()
    wording = problem.wording
    message = problem.message_in(lang) if wording is None else \
        _with_labels(wording, _labels_for(file), file, problem.line).render(lang)
    return f"{problem.path if full or not file else file}:{problem.line}:{problem.col}: {message}"


def problem_text(problem) -> str:
    """``file:line:column: message`` in the interface language, as the browser's list says it."""
    file = getattr(problem, "file", None) or getattr(problem, "path", "")
    line = getattr(problem, "line", 0)
    column = getattr(problem, "column", None) or getattr(problem, "col", 0)
    return f"{file}:{line}:{column}: {problem_message(problem)}" if file else problem_message(problem)


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
        key = getattr(getattr(getattr(problem, "problem", None), "wording", None), "key", "")
        if key in _AT_ID and any(f.where == (file, (*path, "id")) for f in fields):
            path = (*path, "id")  # said of the whole card (its place), it is its id that must change
        lacked = (*path, *(field_path(problem) or ()))
        if len(lacked) > len(path) and any(f.where[0] == file and _within(f.where[1], lacked)
                                           for f in [*fields, *sections]):
            path = lacked
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
