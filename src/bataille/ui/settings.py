"""The user's preferences, stored with QSettings in an INI file (never pickled).

Tests point the INI folder elsewhere with :func:`use_settings_folder`.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from bataille.ui.identity import preferences


class PhonesLeftOn(NamedTuple):
    """What the phones were doing when the app last left them on (see ui/console/phones_resume.py)."""

    seed: str  # the session's room code seed (its file and creation time)
    address: str  # the laptop's address the phones open
    port: int
    question: int | None  # the question whose vote was open on them
    feedback: bool  # the debrief's feedback form was asked
    at: float  # when it was written (seconds since the epoch)
    closes_at: float = 0.0  # when the open vote's countdown closes it (seconds since the epoch); 0: by hand
    countdown: int = 0  # the countdown chosen for the phones' votes (seconds; 0: closed by hand)


class StageLeft(NamedTuple):
    """The stage as the app last left it, when not as it opens (see ui/console/stage_resume.py)."""

    seed: str  # the session's room code seed, as PhonesLeftOn's
    blackout: bool  # the facilitator had blanked the projector
    placing: tuple[str, str] | None  # (team id, card id): the timeline card a team held up
    at: float  # when it was written (seconds since the epoch)
    scenario_team: str | None = None  # the team whose scenario it showed (absent from an older version's)

class CountsLeft(NamedTuple):
    """Vote counts typed and not recorded, as the app last left them (see ui/console/counts_resume.py)."""

    seed: str  # the session's room code seed, as PhonesLeftOn's
    round: int  # the debate they were typed for
    counts: tuple[tuple[str, tuple[int, int, int]], ...]  # (stage, (agree, disagree, undecided))
    at: float  # when it was written (seconds since the epoch)
    on_phones: tuple[str, ...] = ()  # stages whose counts are hands typed on top of the phones' open vote


SYSTEM_LANGUAGE = ""  # the stored value meaning "follow the system language"
STAGE_TEXT_PERCENT_MIN, STAGE_TEXT_PERCENT_MAX = 70, 200


def use_settings_folder(folder: Path) -> None:
    """Store settings under ``folder`` from now on (for tests and portable installs)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    """Typed access to the stored preferences; each property reads and writes at once."""

    def __init__(self) -> None:
        self._store = preferences()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def _str(self, key: str, default: str = "") -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    def _float(self, key: str, default: float = 0.0) -> float:
        try:
            return float(self._store.value(key, default))
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._store.value(key, default)
        if isinstance(value, str):  # the INI file stores "true" / "false"
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    @property
    def language(self) -> str:
        """"fr", "en", or "" to follow the system language."""
        return self._str("ui/language", SYSTEM_LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value)

    @property
    def last_deck_folder(self) -> str:
        """Where the "Open deck folder" dialog starts."""
        return self._str("deck/last_folder")

    @last_deck_folder.setter
    def last_deck_folder(self, value: str) -> None:
        self._store.setValue("deck/last_folder", value)

    @property
    def last_good_deck(self) -> str:
        """The folder of the last deck the start screen took ("" before any): offered when another breaks."""
        return self._str("deck/last_good")

    @last_good_deck.setter
    def last_good_deck(self, value: str) -> None:
        self._store.setValue("deck/last_good", value)

    @property
    def card_width(self) -> int:
        """Width of a card in the deck browser, in pixels."""
        return self._int("browser/card_width", 0)

    @card_width.setter
    def card_width(self, value: int) -> None:
        self._store.setValue("browser/card_width", int(value))

    # -- preferences (ui/preferences.py) --------------------------------------------------------

    @property
    def welcome_shown(self) -> bool:
        """The welcome was seen once: it opens by itself on the first run only."""
        return self._bool("ui/welcome_shown", False)

    @welcome_shown.setter
    def welcome_shown(self, value: bool) -> None:
        self._store.setValue("ui/welcome_shown", bool(value))

    @property
    def stage_screen(self) -> str:
        """Name of the screen the stage opens on ("" picks the second screen when there is one)."""
        return self._str("stage/screen")

    @stage_screen.setter
    def stage_screen(self, value: str) -> None:
        self._store.setValue("stage/screen", value)

    @property
    def stage_text_percent(self) -> int:
        """Size of the stage's text, in percent of the size fitted to the screen (projector rooms differ)."""
        return min(STAGE_TEXT_PERCENT_MAX, max(STAGE_TEXT_PERCENT_MIN, self._int("stage/text_percent", 100)))

    @stage_text_percent.setter
    def stage_text_percent(self, value: int) -> None:
        self._store.setValue("stage/text_percent", int(value))

    @property
    def timer_sound(self) -> bool:
        """Play a sound when a timer reaches zero."""
        return self._bool("timer/sound", True)

    @timer_sound.setter
    def timer_sound(self, value: bool) -> None:
        self._store.setValue("timer/sound", bool(value))

    @property
    def session_minutes(self) -> int:
        """Default length of a new session, in minutes (the agenda is rescaled to it)."""
        return max(10, self._int("session/minutes", 90))

    @session_minutes.setter
    def session_minutes(self, value: int) -> None:
        self._store.setValue("session/minutes", int(value))

    @property
    def print_paper(self) -> str:
        """Default paper for printing the cards: "a4" or "letter" (as `bataille print --paper`)."""
        return self._str("print/paper", "a4")

    @print_paper.setter
    def print_paper(self, value: str) -> None:
        self._store.setValue("print/paper", value)

    @property
    def print_card_size(self) -> str:
        """Default card size: "poker", "tarot", "a7" or "mini" (as `bataille print --size`)."""
        return self._str("print/card_size", "poker")

    @print_card_size.setter
    def print_card_size(self, value: str) -> None:
        self._store.setValue("print/card_size", value)

    @property
    def print_duplex(self) -> str:
        """Default double-sided mode: "long", "short" or "none" (as `bataille print --duplex`)."""
        return self._str("print/duplex", "long")

    @print_duplex.setter
    def print_duplex(self, value: str) -> None:
        self._store.setValue("print/duplex", value)

    @property
    def print_cut_marks(self) -> bool:
        """Print cut marks in the margins."""
        return self._bool("print/cut_marks", True)

    @print_cut_marks.setter
    def print_cut_marks(self, value: bool) -> None:
        self._store.setValue("print/cut_marks", bool(value))

    @property
    def print_folder(self) -> str:
        """The folder the last card sheets or guide were saved in ("" before the first save)."""
        return self._str("print/folder")

    @print_folder.setter
    def print_folder(self, value: str) -> None:
        self._store.setValue("print/folder", value)

    @property
    def summary_folder(self) -> str:
        """The folder the last session summary was exported to ("" before the first export)."""
        return self._str("summary/folder")

    @summary_folder.setter
    def summary_folder(self, value: str) -> None:
        self._store.setValue("summary/folder", value)

    @property
    def wifi_name(self) -> str:
        """The room's Wi-Fi, as the join screen and poster name it ("" says "this room's Wi-Fi")."""
        from bataille.phones.join import wifi_name  # read once Phones is on, not at the start

        return wifi_name(self._str("phones/wifi"))

    @wifi_name.setter
    def wifi_name(self, value: str) -> None:
        from bataille.phones.join import wifi_name

        self._store.setValue("phones/wifi", wifi_name(value))

    def phones_left_on(self) -> PhonesLeftOn | None:
        """The phones as the app last left them on; None once they were turned off."""
        seed, address = self._str("phones/left_on/session"), self._str("phones/left_on/address")
        port = self._int("phones/left_on/port", 0)
        if not seed or not address or not 0 < port < 65536:
            return None
        question = self._int("phones/left_on/question", -1)
        return PhonesLeftOn(seed, address, port, question if question >= 0 else None,
                            self._bool("phones/left_on/feedback", False), self._float("phones/left_on/at"),
                            self._float("phones/left_on/closes_at"), max(0, self._int("phones/left_on/countdown", 0)))

    def set_phones_left_on(self, left: PhonesLeftOn) -> None:
        """Written at once (a killed app has synced it): see ``phones_left_on``."""
        self._write_now("phones/left_on", (
            ("session", left.seed), ("address", left.address), ("port", left.port),
            ("question", -1 if left.question is None else left.question), ("feedback", left.feedback),
            ("at", left.at), ("closes_at", left.closes_at), ("countdown", left.countdown)))

    def forget_phones_left_on(self) -> None:
        self._forget_now("phones/left_on")

    def stage_left(self) -> StageLeft | None:
        """The stage as the app last left it (black, a card held up, a team's scenario); None once it was
        closed properly."""
        seed = self._str("stage/left/session")
        team, card = self._str("stage/left/team"), self._str("stage/left/card")
        if not seed:
            return None
        return StageLeft(seed, self._bool("stage/left/blackout", False), (team, card) if team and card else None,
                         self._float("stage/left/at"), self._str("stage/left/scenario_team") or None)

    def set_stage_left(self, left: StageLeft) -> None:
        """Written at once (a killed app has synced it): see ``stage_left``."""
        team, card = left.placing or ("", "")
        self._write_now("stage/left", (("session", left.seed), ("blackout", left.blackout), ("team", team),
                                       ("card", card), ("at", left.at), ("scenario_team", left.scenario_team or "")))

    def forget_stage_left(self) -> None:
        self._forget_now("stage/left")

    def deck_folder(self, deck_id: str) -> str:
        """The folder of the deck ``deck_id`` as a session last ran it ("" when none): where the
        session's file finds its deck again (sessions name their deck by id)."""
        return self._str(f"decks/{deck_id}")

    def set_deck_folder(self, deck_id: str, folder: str) -> None:
        self._store.setValue(f"decks/{deck_id}", folder)

    def deck_title(self, deck_id: str, lang: str) -> str:
        """The title of the deck ``deck_id`` in ``lang`` (else in any language it has) as a session
        last ran it, "" when none: what the recent sessions and a deck not found call it."""
        self._store.beginGroup(f"deck_titles/{deck_id}")
        try:
            kept = self._store.childKeys()
        finally:
            self._store.endGroup()
        for key in (lang, *sorted(kept)):
            if key in kept and (title := self._str(f"deck_titles/{deck_id}/{key}")):
                return title
        return ""

    def set_deck_title(self, deck_id: str, titles: dict[str, str]) -> None:
        for lang, title in titles.items():
            self._store.setValue(f"deck_titles/{deck_id}/{lang}", title)

    def deck_ids(self) -> list[str]:
        """The ids of the decks whose folder is kept (``deck_folder``)."""
        self._store.beginGroup("decks")
        try:
            return list(self._store.childKeys())
        finally:
            self._store.endGroup()

    def counts_left(self) -> CountsLeft | None:
        """Vote counts typed and not recorded as the app last left them; None once recorded, emptied,
        or the session closed properly."""
        seed, number = self._str("counts/left/session"), self._int("counts/left/round", 0)
        counts = []
        for stage in ("before", "after"):
            typed = self._str(f"counts/left/{stage}").split(",")
            if len(typed) == 3 and all(n.isdigit() and len(n) <= 6 for n in typed):
                counts.append((stage, (int(typed[0]), int(typed[1]), int(typed[2]))))
        if not seed or number <= 0 or not counts:
            return None
        on_phones = tuple(stage for stage in self._str("counts/left/on_phones").split(",") if stage in dict(counts))
        return CountsLeft(seed, number, tuple(counts), self._float("counts/left/at"), on_phones)

    def set_counts_left(self, left: CountsLeft) -> None:
        """Written at once (a killed app has synced it): see ``counts_left``."""
        self._store.remove("counts/left")  # a stage no longer typed is not left behind
        self._write_now("counts/left", (("session", left.seed), ("round", left.round), ("at", left.at),
                                        ("on_phones", ",".join(left.on_phones)),
                                        *((stage, ",".join(map(str, counts))) for stage, counts in left.counts)))

    def forget_counts_left(self) -> None:
        self._forget_now("counts/left")

    def left_under_way(self) -> tuple[str, float] | None:
        """(session seed, when) of the session last closed with a vote under way, left as an abrupt
        stop leaves it (see ui/console/closing_mid_vote.py); None once reopened."""
        seed = self._str("under_way/session")
        return (seed, self._float("under_way/at")) if seed else None

    def set_left_under_way(self, seed: str, at: float) -> None:
        self._write_now("under_way", (("session", seed), ("at", at)))

    def forget_left_under_way(self) -> None:
        self._forget_now("under_way")

    def _write_now(self, group: str, values: tuple[tuple[str, object], ...]) -> None:
        """``group``'s keys written and synced at once: what a killed app leaves must be on disk."""
        for key, value in values:
            self._store.setValue(f"{group}/{key}", value)
        self._store.sync()

    def _forget_now(self, group: str) -> None:
        if self._store.contains(f"{group}/session"):
            self._store.remove(group)
            self._store.sync()

    def geometry(self, window: str) -> QByteArray | None:
        value = self._store.value(f"windows/{window}/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self._store.setValue(f"windows/{window}/geometry", value)

    def sync(self) -> None:
        self._store.sync()
