"""Problems a teacher can only mend in a text editor, or that say what to write: an unknown key (no field
shows it) names the line to rename or delete; a source's missing year says what to write, with an
example, as an empty field does. The files are written on disk as a text editor would."""

from __future__ import annotations

from .editor_helpers import editor_window, wait_refresh

N, T = "\u00a0", "\u202f"


def _lines(editor) -> list[str]:
    return [editor.problem_list.item(r).text() for r in range(editor.problem_list.count())]


def _with(small_deck, old: str, new: str) -> None:
    path = small_deck / "cards" / "cards.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_unknown_key_says_to_rename_it_or_delete_its_line(qtbot, translations, small_deck):
    _with(small_deck, '    figure: {fr: "34,7 %", en: "34.7%"}\n', '    figure: {fr: "34,7 %", en: "34.7%"}\n    fgure: oops\n')
    line = next(i for i, row in enumerate((small_deck / "cards" / "cards.yaml").read_text().splitlines(), 1)
                if row.strip() == "fgure: oops")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    [said] = _lines(editor)
    assert f"clé inconnue «{N}fgure{N}»" in said and f"vouliez-vous dire «{N}figure{N}»{T}?" in said, said
    assert f"Dans un éditeur de texte, renommez-la «{N}figure{N}» ou supprimez la ligne {line}" in said, said
    translations.set_language("en")
    qtbot.waitUntil(lambda: "unknown key" in "".join(_lines(editor)), timeout=3000)
    assert f"In a text editor, rename it “figure” or delete line {line}" in _lines(editor)[0], _lines(editor)


def test_a_source_without_a_year_says_what_to_write_with_an_example(qtbot, translations, small_deck):
    _with(small_deck, "        year: 2018\n", "")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    [said] = _lines(editor)
    assert f"il manque «{N}Année{N}» dans une source{N}: écrivez l’année de publication de la source, " \
           "par exemple 2018" in said, said
    translations.set_language("en")
    qtbot.waitUntil(lambda: "source" in "".join(_lines(editor)) and "manque" not in "".join(_lines(editor)),
                    timeout=3000)
    assert "a source needs “Year”: write the year the source was published, for example 2018" in _lines(editor)[0]


def test_a_yaml_error_s_heading_says_it_leads_to_its_line(qtbot, translations, small_deck):
    """A YAML error has no field: the heading says choosing it leads to its field or to its line."""
    _with(small_deck, "    kind: debate\n", "   kind: debate\n")  # one space short: the file no longer reads
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    assert len(_lines(editor)) == 1 and "mauvaise indentation" in _lines(editor)[0], _lines(editor)
    assert editor.problems_heading.text() == f"1 problème{N}: choisissez-le pour aller à son champ ou à sa ligne"
