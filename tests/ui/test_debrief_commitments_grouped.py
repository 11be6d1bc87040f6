"""The console's debrief lists the first five commitments the phones wrote: when eight of them
wrote « Vérifier mes sources », the five lines were that one commitment five times, and the others
did not show. Said once with how many wrote it, as the summary says it. Real widgets."""

from __future__ import annotations


def test_the_same_commitment_from_many_phones_is_said_once_with_its_count(console, qtbot) -> None:
    c, debrief = console.controller, console.phase.debrief
    for phase in c.state.agenda.phases:
        if phase.id != "debrief" and phase.status == "pending":
            c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, "debrief")
    theme = c.deck.themes[0].id
    written = ["Vérifier mes sources"] * 6 + ["vérifier mes sources."] * 2 + ["Éteindre le wifi la nuit",
                                                                              "Lire les conditions d’utilisation"]
    for n, text in enumerate(written):
        debrief.feedback[f"token-{n}"] = (4, theme, text)
    debrief._show_feedback()
    lines = debrief.feedback_summary.text().split("\n")
    bullets = [line for line in lines if line.startswith("• ")]
    assert bullets == ["• Vérifier mes sources (×8)", "• Éteindre le wifi la nuit",
                       "• Lire les conditions d’utilisation"], lines
