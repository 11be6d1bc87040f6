"""The print dialog's "Workshop kit" box: print the kit instead of the cards, how many teams and
voting sheets, and (optionally) the session whose teams and debates fill the signs and the
take-home card. The kit itself is ``bataille.export.kit``, as `bataille kit` prints it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bataille.deck.models import Deck
from bataille.export.errors import ExportError
from bataille.export.kit import MAX_PUPILS, KitOptions, default_teams, session_teams
from bataille.export.kit_takeaway import take_home_from_summary
from bataille.export.kit_tally import (
    debates_of_deck,
    debates_of_summary,
    phases_of_deck,
    phases_of_summary,
)
from bataille.export.summary_model import build_summary
from bataille.storage import SessionFileError
from bataille.storage.reader import read_session
from bataille.ui.print.form_parts import form_row, plain_label
from bataille.workshop.actions_setup import MAX_TEAMS

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class KitForm(QGroupBox):
    """The kit's options; ``changed`` on every edit, ``kit_options()`` for the export code."""

    changed = Signal()
    # The language of the session chosen: the kit speaks it, as `bataille kit --session` prints it,
    # and the dialog's language of the cards shows it (and may change it after).
    sessionLanguage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kitBox")
        self.session_path: Path | None = None
        self.kit = QCheckBox(objectName="kit")
        self.teams = QSpinBox(objectName="kitTeams")
        self.teams.setRange(1, MAX_TEAMS)
        self.teams.setValue(4)
        self.pupils = QSpinBox(objectName="kitPupils")
        self.pupils.setRange(1, MAX_PUPILS)
        self.session_button = QPushButton(objectName="kitSession")
        self.session_clear = QPushButton(objectName="kitSessionClear")
        self.session_name = QLabel(objectName="kitSessionName")
        self.session_name.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.kit)
        self.teams_label = form_row(form, self.teams)
        self.pupils_label = form_row(form, self.pupils)
        buttons = QHBoxLayout()
        buttons.addWidget(self.session_button)
        buttons.addWidget(self.session_clear)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.session_name)
        self.kit.toggled.connect(self.changed)
        self.teams.valueChanged.connect(self.changed)
        self.pupils.valueChanged.connect(self.changed)
        self.session_button.clicked.connect(self.choose_session)
        self.session_clear.clicked.connect(lambda: self.set_session(None))
        self.follow_choices()

    def is_on(self) -> bool:
        return self.kit.isChecked()

    def follow_choices(self) -> None:
        for widget in (self.teams, self.pupils, self.session_button, self.session_name):
            widget.setEnabled(self.kit.isChecked())
        self.session_clear.setEnabled(self.kit.isChecked() and self.session_path is not None)

    def choose_session(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, translate("PrintDialog", "Session for the kit"), "",
                                                translate("PrintDialog", "Sessions (*.bataille)"))
        if chosen:
            self.set_session(Path(chosen))

    def set_session(self, path: Path | None) -> None:
        """Fill the kit from this session file (None: a blank take-home card, numbered teams)."""
        self.session_path = path
        self.retranslate()
        self.follow_choices()
        lang = session_language(path) if path is not None else None
        if lang:
            self.sessionLanguage.emit(lang)
        self.changed.emit()

    def kit_options(self, deck: Deck, paper: str, lang: str) -> KitOptions:
        """The kit the controls ask for; ExportError when the session cannot be read or is another deck's."""
        teams, take_home, phases = default_teams(self.teams.value(), lang), None, phases_of_deck(deck, lang)
        debates = debates_of_deck(deck)
        if self.session_path is not None:
            try:
                events = read_session(self.session_path)
            except SessionFileError as exc:
                raise ExportError(str(exc)) from exc
            if not events:
                raise ExportError(translate("PrintDialog", "This session holds nothing yet."))
            summary = build_summary(events, deck, lang)
            teams, take_home = session_teams(summary, self.teams.value()), take_home_from_summary(summary)
            phases, debates = phases_of_summary(summary), debates_of_summary(summary, deck)
        return KitOptions(paper=paper, lang=lang, teams=teams, pupils=self.pupils.value(), take_home=take_home,
                          phases=phases, debates=debates)

    def retranslate(self) -> None:
        self.setTitle(translate("PrintDialog", "Workshop kit"))
        self.kit.setText(translate("PrintDialog", "Print the workshop &kit instead of the cards"))
        self.kit.setToolTip(translate("PrintDialog", "Voting cards, a standing sign for each team, the "
                                      "facilitator's score sheet and the take-home card"))
        self.teams_label.setText(translate("PrintDialog", "&Team signs"))
        self.pupils_label.setText(translate("PrintDialog", "&Voting sheets"))
        self.pupils.setToolTip(translate("PrintDialog", "One sheet of three voting cards per participant, and a "
                                         "take-home card each (four a sheet); or 1, and copy the sheets on the printer"))
        self.session_button.setText(translate("PrintDialog", "Sess&ion…"))
        self.session_button.setToolTip(translate("PrintDialog", "Take the teams and the take-home card's "
                                                 "debates and figures from a session file"))
        self.session_clear.setText(translate("PrintDialog", "No session"))
        if self.session_path is None:
            # Not "a blank take-home card": its line broke at the hyphen (« take- / home card »).
            self.session_name.setText(translate("PrintDialog", "No session: numbered teams and a blank "
                                                "card to take home."))
        else:
            self.session_name.setText(translate("PrintDialog", "Session: %1").replace("%1", self.session_path.name))
        for label in (self.teams_label, self.pupils_label):
            label.buddy().setAccessibleName(plain_label(label.text()))
        for widget in (self.kit, self.session_button, self.session_clear):
            widget.setAccessibleName(plain_label(widget.text()))


def session_language(path: Path) -> str | None:
    """The language the session file at ``path`` speaks now (None when it cannot be read: the kit says why)."""
    try:
        events = read_session(path)
    except SessionFileError:
        return None
    return next((e.lang for e in reversed(events) if isinstance(getattr(e, "lang", None), str)), None)
