"""The deck editor on a real deck folder: edits, undo and redo, marks at the field, typography, and
files changed on disk by another program while edits wait."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QToolButton

from bataille.ui.commands import Command

from .editor_helpers import answer_next_dialog, editor_window, type_into, wait_refresh

CANCEL = ("Annuler", "Cancel", "&Annuler")


def replace_file(path: Path, text: str) -> None:
    """Save as other editors do: a new file renamed over the old one."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def card_form(qtbot, window, card_id: str):
    editor = window.editing.editor
    editor.cards.cards.choose(card_id)
    wait_refresh(qtbot, editor)
    return editor.cards.form


def test_edits_go_to_the_file_only_on_save_and_undo_redo_come_from_the_draft(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    cards_file = small_deck / "cards" / "cards.yaml"
    before = cards_file.read_text(encoding="utf-8")
    form = card_form(qtbot, window, "env-water")
    title = form.field("title", "fr")
    type_into(form, "title", "fr", text="L'eau des serveurs")
    assert title.text() == "L’eau des serveurs"  # the apostrophe as typed
    wait_refresh(qtbot, window.editing.editor)
    assert cards_file.read_text(encoding="utf-8") == before
    assert window.registry[Command.EDIT_UNDO].isEnabled()

    title.setFocus()
    qtbot.keyClick(title.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the draft's undo
    assert title.text() == "L'eau des centres de données"
    qtbot.keyClick(title.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == "L’eau des serveurs"

    window.registry[Command.SAVE_DECK].trigger()
    after = cards_file.read_text(encoding="utf-8")
    assert "title: {fr: L’eau des serveurs, en: Data-centre water}" in after
    changed = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(changed) == 1  # only the edited line differs


def test_french_typography_as_you_type_keeps_the_cursor(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "env-debate")
    claim = form.field("claim", "fr")
    claim.editor.setFocus()
    claim.editor.clear()
    for ch in "Vraiment?":
        qtbot.keyClicks(claim.editor, ch)
    assert claim.text() == "Vraiment\u202f?"
    assert claim.editor.textCursor().position() == len(claim.text())
    english = form.field("claim", "en")
    english.set_text("Really?")
    assert english.text() == "Really?"


def test_problems_and_fits_are_marked_at_their_field_and_the_list_leads_there(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    form = card_form(qtbot, window, "bias-faces")
    type_into(form, "figure", "fr", text="")
    type_into(form, "title", "en", text="A title far too long to be printed on a card " * 4)
    wait_refresh(qtbot, editor)
    figure = form.field("figure", "fr")
    assert figure.marked and not form.field("figure", "en").marked
    assert "est vide\u00a0: écrivez-y le chiffre clé" in figure.editor.toolTip()  # the deck's own message, in French
    title_en = form.field("title", "en")
    assert title_en.marked and title_en.editor.toolTip().startswith("Ne tiendra pas sur la carte imprimée")
    # The problem, then the text too long for the printed card: a warning, listed under it.
    assert editor.problem_list.count() == 2 and editor.problems_heading.text().startswith("1 problème")
    assert "Ne tiendra pas sur la carte imprimée" in editor.problem_list.item(1).text()
    assert "et 1\u00a0texte qui serait coupé" in editor.problems_heading.text()
    assert editor.problems_heading.warning

    editor.tabs.setCurrentWidget(editor.agenda)
    item = editor.problem_list.item(0)
    editor.problem_list.itemClicked.emit(item)
    assert editor.tabs.currentWidget() is editor.cards
    assert editor.cards.cards.current_id() == "bias-faces"
    qtbot.waitUntil(lambda: editor.cards.form.field("figure", "fr").editor.hasFocus(), timeout=2000)


def test_a_card_without_source_is_marked_and_a_url_can_be_opened(qtbot, translations, small_deck, monkeypatch):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    form = card_form(qtbot, window, "bias-faces")
    assert editor.cards.no_source.isHidden()
    opened = []
    monkeypatch.setattr("bataille.ui.deck_window.editor.extras.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    form.field("sources", 0, "url").open_button.click()
    assert opened == ["https://proceedings.mlr.press/v81/buolamwini18a.html"]
    form.lists[0].findChild(QToolButton, "sources_0_remove").click()
    wait_refresh(qtbot, editor)
    assert not editor.cards.no_source.isHidden()
    assert "n’a pas de source" in editor.cards.no_source.text()


def test_a_theme_colour_too_light_for_the_white_text_is_warned(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    colour = editor.themes.form.field("colour")
    assert "4,5:1 requis" in colour.contrast_label.text()
    assert editor.themes.side.faces is not None  # a card of the theme, as printed
    colour.set_text("#F0E68C")
    assert colour.ratio < 4.5
    assert "difficile à lire" in colour.contrast_label.text()


def test_saving_a_deck_that_cannot_run_asks_once_and_says_why(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "bias-faces")
    type_into(form, "figure", "fr", text="")
    cards_file = small_deck / "cards" / "cards.yaml"
    before = cards_file.read_text(encoding="utf-8")
    seen = answer_next_dialog(qtbot, "Ne pas enregistrer")
    assert window.editing.save() is False
    assert "Le jeu a un problème" in seen[0]
    assert cards_file.read_text(encoding="utf-8") == before
    answer_next_dialog(qtbot, "Enregistrer quand même")
    assert window.editing.save() is True
    assert "figure: {fr: \"\"" in cards_file.read_text(encoding="utf-8")


def test_a_file_changed_on_disk_while_edits_wait_is_never_overwritten_silently(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editing = window.editing
    form = card_form(qtbot, window, "env-water")
    type_into(form, "title", "en", text="Mine")
    cards_file = small_deck / "cards" / "cards.yaml"
    theirs = cards_file.read_text(encoding="utf-8").replace("Faces misread", "Theirs")
    replace_file(cards_file, theirs)
    qtbot.waitUntil(editing.banner.isVisible, timeout=3000)  # noticed by the window's watcher
    assert "cards/cards.yaml" in editing.banner.label.text()

    answer_next_dialog(qtbot, CANCEL)  # save, then cancel: nothing written
    assert editing.save() is False
    assert cards_file.read_text(encoding="utf-8") == theirs
    assert editing.draft.dirty

    # keep mine: asked, then confirmed, then written over theirs
    answer_next_dialog(qtbot, "Garder la mienne…", then=[lambda: answer_next_dialog(qtbot, ("Enregistrer", "Save"))])
    assert editing.save() is True
    text = cards_file.read_text(encoding="utf-8")
    assert "en: Mine}" in text and "Theirs" not in text

    # take theirs: their version comes in, the unsaved edit of that file goes
    type_into(form, "title", "en", text="Mine again")
    replace_file(cards_file, text.replace("Faces misread", "Theirs again"))
    qtbot.waitUntil(editing.banner.isVisible, timeout=3000)
    answer_next_dialog(qtbot, "Prendre la leur")
    editing.banner.button.click()
    assert "Theirs again" in editing.draft.texts["cards/cards.yaml"]
    wait_refresh(qtbot, window.editing.editor)
    assert window.editing.editor.cards.form.field("title", "en").text() == "Mine"
    assert "Mine again" not in cards_file.read_text(encoding="utf-8")


def test_a_file_changed_on_disk_without_edits_waiting_is_simply_taken(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    card_form(qtbot, window, "env-water")
    cards_file = small_deck / "cards" / "cards.yaml"
    replace_file(cards_file, cards_file.read_text(encoding="utf-8").replace("Data-centre water", "Water"))
    qtbot.waitUntil(lambda: "Water}" in window.editing.draft.texts["cards/cards.yaml"], timeout=3000)
    assert not window.editing.banner.isVisible()


def test_undo_never_takes_back_a_version_another_program_wrote(qtbot, translations, small_deck):
    # Nothing unsaved, with an undo history (an edit saved): a colleague changes the file, the editor
    # takes their version. Ctrl+Z must not put back the old text, and Save must not write over theirs.
    window = editor_window(qtbot, translations, small_deck)
    editing = window.editing
    form = card_form(qtbot, window, "env-water")
    type_into(form, "title", "en", text="Mine")
    assert editing.save() is True
    cards_file = small_deck / "cards" / "cards.yaml"
    theirs = cards_file.read_text(encoding="utf-8").replace("Faces misread", "Theirs")
    replace_file(cards_file, theirs)
    qtbot.waitUntil(lambda: "Theirs" in editing.draft.texts["cards/cards.yaml"], timeout=3000)
    said = window.statusBar().currentMessage()
    assert "modifié cards/cards.yaml" in said and "ne peuvent plus être annulées" in said

    form = window.editing.editor.cards.form
    form.field("title", "en").setFocus()
    qtbot.keyClick(form.field("title", "en").editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.registry[Command.EDIT_UNDO].trigger()
    assert editing.draft.texts["cards/cards.yaml"] == theirs
    assert not editing.draft.dirty
    assert not window.registry[Command.EDIT_UNDO].isEnabled()
    assert not window.registry[Command.EDIT_REDO].isEnabled()
    window.registry[Command.SAVE_DECK].trigger()
    assert cards_file.read_text(encoding="utf-8") == theirs

    # An edit made after it is undone back to their version, not further.
    type_into(form, "title", "en", text="Mine again")
    window.registry[Command.EDIT_UNDO].trigger()
    window.registry[Command.EDIT_UNDO].trigger()
    assert editing.draft.texts["cards/cards.yaml"] == theirs


def test_every_control_of_the_editor_is_named(qtbot, translations, small_deck):
    from .test_accessible_names import unnamed

    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    for page in (editor.cards, editor.themes, editor.scenarios, editor.agenda):
        editor.tabs.setCurrentWidget(page)
        wait_refresh(qtbot, editor)
        assert unnamed(window) == [], page.objectName()


CSV_HEADER = "id,kind,theme,title_fr,title_en,claim_fr,claim_en,context_fr,context_en,prompts_for_fr,prompts_for_en," \
             "prompts_against_fr,prompts_against_en\n"


def test_cards_from_a_spreadsheet_come_in_as_one_step_or_not_at_all(qtbot, translations, small_deck, tmp_path):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    good = tmp_path / "cartes.csv"
    good.write_text(CSV_HEADER + "ecole-ia,debate,environment,L'IA à l'école,AI at school,Il faut l'autoriser.,"
                    "It should be allowed.,Au lycée.,At school.,Un outil,A tool,On apprend moins,We learn less\n",
                    encoding="utf-8")
    bad = tmp_path / "mauvais.csv"
    bad.write_text(CSV_HEADER + "x1,debate,environment,Un,One,A,A,B,B,C,C,D,D\n"
                   "x2,debat,environment,Deux,Two,A,A,B,B,C,C,D,D\n", encoding="utf-8")
    seen = answer_next_dialog(qtbot, ("OK", "&OK"))
    assert window.editing.import_csv(bad) == []
    assert "rien n’a été ajouté" in seen[0]
    assert "mauvais.csv:3: " in seen[0] and "mauvais.csv:2:" not in seen[0]  # the row, by its line
    assert "x1" not in window.editing.draft.texts["cards/cards.yaml"]

    assert window.editing.import_csv(good) == ["ecole-ia"]
    wait_refresh(qtbot, editor)
    assert editor.cards.cards.current_id() == "ecole-ia"
    assert editor.cards.form.field("title", "fr").text() == "L'IA à l'école"  # as the spreadsheet has it
    window.registry[Command.EDIT_UNDO].trigger()
    assert "ecole-ia" not in "".join(window.editing.draft.texts.values())


def test_the_editor_follows_the_interface_language(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "bias-faces")
    assert form.labels["figure"].text() == "Chiffre clé"
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.editing.editor.cards.form is not form, timeout=3000)
    editor = window.editing.editor
    assert editor.cards.cards.current_id() == "bias-faces"
    assert editor.cards.form.labels["figure"].text() == "Key figure"
    assert editor.tabs.tabText(0) == "Cards"
    window.choose_language("fr")


def test_a_key_the_card_lacks_is_marked_at_its_fields(qtbot, translations, small_deck):
    cards_file = small_deck / "cards" / "cards.yaml"
    text = cards_file.read_text(encoding="utf-8")
    cards_file.write_text(text.replace('    figure: {fr: "34,7 %", en: "34.7%"}\n', ""), encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "bias-faces")
    for lang in ("fr", "en"):  # at the fields to fill, as a field's own problem is; not only above the form
        field = form.field("figure", lang)
        assert field.marked and "«\u00a0Chiffre clé\u00a0»" in field.editor.toolTip()  # the label, not the key
    assert form.note.isHidden()
    type_into(form, "figure", "fr", text="34,7 %")
    type_into(form, "figure", "en", text="34.7%")
    wait_refresh(qtbot, window.editing.editor)
    assert form.note.isHidden() and window.editing.draft.problems == ()


def test_cards_are_added_duplicated_moved_and_deleted_from_the_list(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards

    def ids() -> list[str]:
        return [cards.list.item(r).data(Qt.ItemDataRole.UserRole + 30) for r in range(cards.list.count())]

    assert ids() == ["env-water", "env-debate", "bias-faces", "ev-1956"]
    cards.choose("env-water")
    cards.down_button.click()
    assert ids()[:2] == ["env-debate", "env-water"]
    written = window.editing.draft.texts["cards/cards.yaml"]
    assert written.index("id: env-debate") < written.index("id: env-water")
    cards.duplicate_button.click()
    assert ids()[2] == cards.current_id() != "env-water" and cards.current_id().startswith("env-water")
    cards.delete_button.click()
    cards.choose("env-water")
    cards.list.model().moveRow(cards.list.model().index(1, 0).parent(), 1, cards.list.model().index(0, 0).parent(), 0)
    assert ids()[:2] == ["env-water", "env-debate"]  # dragged back to the top
    written = window.editing.draft.texts["cards/cards.yaml"]
    assert written.index("id: env-water") < written.index("id: env-debate")  # in the file too
    cards.add_buttons["event"].click()
    wait_refresh(qtbot, editor)
    assert editor.cards.form.field("year") is not None and len(ids()) == 5
    window.registry[Command.EDIT_UNDO].trigger()
    assert len(ids()) == 4


def test_a_scenario_is_removed_on_save_and_undo_brings_it_back(qtbot, translations, tmp_path):
    from tests.deck.conftest import copy_bundled_deck

    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    page = editor.scenarios
    editor.tabs.setCurrentWidget(page)
    page.choose(("scenarios/backlash.yaml", ("scenario",)))
    before = page.list.count()
    assert page.remove_button.isVisible() and page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.list.count() == before - 1
    said = window.statusBar().currentMessage()
    assert said.startswith("Scénario «\u00a0") and "Ctrl+Z" in said, said  # no question asked: it says how back
    assert (deck / "scenarios" / "backlash.yaml").exists()  # nothing written before saving
    window.registry[Command.EDIT_UNDO].trigger()
    wait_refresh(qtbot, editor)
    assert page.list.count() == before
    window.registry[Command.EDIT_REDO].trigger()
    window.registry[Command.SAVE_DECK].trigger()
    assert not (deck / "scenarios" / "backlash.yaml").exists()
    assert {p.name for p in (deck / "scenarios").iterdir()} == {"agenda.yaml", "everywhere.yaml", "frugal.yaml",
                                                                   "regulated.yaml"}


def test_a_card_dragged_among_another_files_cards_goes_back_and_says_why(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    draft = window.editing.draft
    editor.ctx.run(lambda: draft.add_theme("society", "Société", "Society", "#5D4037"))  # cards/society.yaml
    new_id = draft.add_card("fact", "society")
    wait_refresh(qtbot, editor)
    cards = editor.cards.cards
    cards.refresh()

    def ids() -> list[str]:
        return [cards.list.item(r).data(Qt.ItemDataRole.UserRole + 30) for r in range(cards.list.count())]

    def file_of(card_id: str) -> str:
        row = ids().index(card_id)
        return cards.list.item(row).data(Qt.ItemDataRole.UserRole + 31)[0]

    before = ids()
    assert before[-1] == new_id and file_of(new_id) == "cards/society.yaml" != file_of(before[0])
    texts = dict(draft.texts)
    cards.choose(new_id)
    model = cards.list.model()
    model.moveRow(model.index(0, 0).parent(), len(before) - 1, model.index(0, 0).parent(), 1)  # among cards.yaml's
    assert ids() == before and cards.current_id() == new_id  # back where it was, still chosen
    assert draft.texts == texts  # no file changed
    said = window.statusBar().currentMessage()
    assert said.startswith("une carte glissée reste parmi les cartes de son fichier") and "champ Thème" in said


def test_typing_a_card_id_keeps_that_card_and_the_cursor(qtbot, translations, small_deck):
    # The list follows the draft 150 ms after each key: the card whose id is being typed stays chosen,
    # its form stays, and the rest of the typing goes into the same field.
    window = editor_window(qtbot, translations, small_deck)
    window.activateWindow()
    editor = window.editing.editor
    form = card_form(qtbot, window, "bias-faces")
    field = form.field("id")
    field.editor.setFocus()
    field.editor.end(False)
    for key in "-v2":
        qtbot.keyClicks(field.editor, key)
        wait_refresh(qtbot, editor)
    assert editor.cards.cards.current_id() == "bias-faces-v2"
    assert editor.cards.form is form and form.field("id").editor.text() == "bias-faces-v2"
    assert field.editor.hasFocus()
    assert window.editing.draft.value(("cards/cards.yaml", ("cards", 2, "id"))) == "bias-faces-v2"
    # An id typed like another card's (for a moment) does not choose that other card.
    field.editor.selectAll()
    qtbot.keyClicks(field.editor, "env-water")
    wait_refresh(qtbot, editor)
    assert editor.cards.cards.current_where() == ("cards/cards.yaml", ("cards", 2))
    assert editor.cards.form is form and field.editor.hasFocus()
    # Undo brings the old id back on the same card.
    window.registry[Command.EDIT_UNDO].trigger()
    wait_refresh(qtbot, editor)
    assert editor.cards.cards.current_where() == ("cards/cards.yaml", ("cards", 2))


def test_a_long_text_keeps_its_no_break_spaces_and_line_breaks_when_typed_in(qtbot, translations, small_deck):
    # "5,85 milliards", "11 février": no-break spaces that French typing would not put back by itself.
    cards_file = small_deck / "cards" / "cards.yaml"
    written = "Le 11\u00a0février, 5,85\u00a0milliards de litres\u202f!\nUne autre ligne."
    cards_file.write_text(cards_file.read_text(encoding="utf-8").replace(
        "Refroidir les serveurs qui entraînent un grand modèle consomme de l'eau douce.",
        '"' + written.replace("\n", "\\n") + '"'), encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    window.activateWindow()
    form = card_form(qtbot, window, "env-water")
    field = form.field("text", "fr")
    assert field.text() == written
    field.editor.setFocus()
    field.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field.editor, "x")
    wait_refresh(qtbot, window.editing.editor)
    assert window.editing.draft.value(field.where) == written + "x"
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(field.editor, "y")
    assert window.editing.draft.value(field.where) == written + "x\ny"


def test_an_options_effects_are_named_in_the_interface_language(qtbot, translations, tmp_path):
    from bataille.ui.deck_window.editor.extras import EffectsField
    from tests.deck.conftest import copy_bundled_deck

    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    window.choose_language("en")
    try:
        editor = window.editing.editor
        editor.tabs.setCurrentWidget(editor.scenarios)
        editor.scenarios.choose(("scenarios/backlash.yaml", ("scenario",)))
        wait_refresh(qtbot, editor)
        effects = editor.scenarios.form.findChildren(EffectsField)
        assert effects
        names = {number.editor.accessibleName() for number in effects[0].numbers.values()}
        shown = {label.text() for label in effects[0].box.findChildren(QLabel) if label.text()}
        indicators = window.editing.draft.value(("scenarios/backlash.yaml", ("scenario", "indicators")))
        english = {i["name"]["en"] for i in indicators}
        assert names == shown == english and not english & {i["name"]["fr"] for i in indicators}
    finally:
        window.choose_language("fr")


def test_an_agenda_named_agenda_yml_is_edited_in_its_own_file(qtbot, translations, small_deck):
    scenarios = small_deck / "scenarios"
    (scenarios / "agenda.yaml").rename(scenarios / "agenda.yml")
    window = editor_window(qtbot, translations, small_deck)
    assert window.deck is not None and window.deck.agenda is not None  # the deck reads it
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    wait_refresh(qtbot, editor)
    form = editor.agenda.form
    assert form.field("phases", 1, "title", "fr") is not None, "the agenda page shows no phase"
    assert form.field("phases", 1, "title", "fr").text() == "Frise"
    assert editor.agenda.total.text() == "Total\u00a0: 35 minutes"

    type_into(form, "phases", 1, "title", "fr", text="Frise du temps")
    type_into(form, "phases", 2, "minutes", text="")  # a problem in agenda.yml: the list leads to its field
    wait_refresh(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.cards)
    [problem] = [editor.problem_list.item(r) for r in range(editor.problem_list.count())]
    assert problem.text().startswith("scenarios/agenda.yml:")
    assert editor.jump(problem) and editor.tabs.currentWidget() is editor.agenda
    type_into(editor.agenda.form, "phases", 2, "minutes", text="20")
    window.registry[Command.SAVE_DECK].trigger()
    assert "title: {fr: Frise du temps, en: Timeline}" in (scenarios / "agenda.yml").read_text(encoding="utf-8")
    assert not (scenarios / "agenda.yaml").exists()  # no second agenda beside it


def test_the_banner_of_a_file_changed_on_disk_follows_a_change_of_language(qtbot, translations, small_deck):
    """Shown while the interface went from French to English, it kept « Décider… » and its French
    sentence under English menus: its words follow, the files it names kept."""
    window = editor_window(qtbot, translations, small_deck)
    type_into(card_form(qtbot, window, "env-water"), "title", "en", text="Mine")
    cards_file = small_deck / "cards" / "cards.yaml"
    replace_file(cards_file, cards_file.read_text(encoding="utf-8").replace("Faces misread", "Theirs"))
    banner = window.editing.banner
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert banner.button.text() == "Décider…" and "Un autre programme" in banner.label.text()
    translations.set_language("en")
    qtbot.wait(50)  # the change of language reaches the widgets as posted events
    assert banner.button.text() == "Decide…", banner.button.text()
    assert banner.label.text().startswith("Another program changed cards/cards.yaml while"), banner.label.text()
    window.editing.draft = None  # closed without asking
