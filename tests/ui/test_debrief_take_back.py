"""A debrief line mistyped, or given to the wrong team, is taken back from the console's list: select
it, then « Retirer la ligne » or the Delete key; the lines noted after it stay (Ctrl+Z took back
only the last one), and the stage drops it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bataille.words import for_the_font


def rows(panel) -> list[str]:
    return [panel.recorded.item(i).text() for i in range(panel.recorded.count())]


def test_a_line_is_taken_back_by_its_button_or_the_delete_key(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    panel = console.phase.debrief
    for text in ("Une IA se trompe avec aplomb.", "Une IA se trmope.", "Vérifier avant de partager."):
        panel.takeaway.setText(text)
        QTest.keyClick(panel.takeaway, Qt.Key.Key_Return)
    panel.commitment.setText("Citer nos sources.")
    QTest.keyClick(panel.commitment, Qt.Key.Key_Return)
    assert not panel.remove_button.isEnabled()  # nothing selected
    panel.recorded.setCurrentRow(0)  # a heading: nothing to take back
    assert not panel.remove_button.isEnabled()
    panel.recorded.setCurrentRow(rows(panel).index("• Une IA se trmope."))
    assert panel.remove_button.isEnabled() and panel.remove_button.text() == "Retirer la lig&ne"
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert c.state.debrief.takeaways == ("Une IA se trompe avec aplomb.", "Vérifier avant de partager.")
    assert c.state.debrief.commitments == ((None, "Citer nos sources."),)  # noted after it: still there
    assert "• Une IA se trmope." not in rows(panel) and not panel.remove_button.isEnabled()
    assert for_the_font("• Une IA se trmope.") not in console.stage.build().texts("takeaway")
    assert console.status_line.text().startswith("Ligne retirée (ce que l’on retient)")
    panel.recorded.setCurrentRow(rows(panel).index("• Toute la salle\u00a0: Citer nos sources."))
    panel.recorded.setFocus()
    QTest.keyClick(panel.recorded, Qt.Key.Key_Delete)
    assert c.state.debrief.commitments == ()
    c.undo()  # Ctrl+Z brings it back
    assert c.state.debrief.commitments == ((None, "Citer nos sources."),)
