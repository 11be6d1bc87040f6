"""Why an action was refused: one exception type per area, each message a facilitator can act on."""

from __future__ import annotations


class ActionError(Exception):
    """An action the current state or the deck does not allow; nothing was recorded."""


class SetupError(ActionError):
    """The session set-up (agenda, rules, language) cannot be changed that way."""


class TeamError(ActionError):
    """A team cannot be added, renamed or removed that way."""


class NotStartedError(ActionError):
    """The action needs the workshop to be started (or not started yet)."""


class AgendaError(ActionError):
    """A phase or its timer cannot do that now."""


class TimelineError(ActionError):
    """A timeline deal or placement is not possible."""


class DebateError(ActionError):
    """A debate round, vote, argument or piece of evidence is not possible."""


class ScenarioError(ActionError):
    """A scenario step is not possible."""


class DebriefError(ActionError):
    """A takeaway or commitment is not possible."""


class NothingToUndoError(ActionError):
    """There is no action left to undo."""


class NothingToRedoError(ActionError):
    """No undo is left to take back: nothing was undone, or an action came since."""


class DeckMismatchError(ActionError):
    """The session was run with another deck than the one given."""


class StoreError(Exception):
    """The session file could not be written (the storage layer's write errors derive from it)."""


class NotSavedError(StoreError):
    """The action was done in memory but is not on disk yet; it is retried at the next action.

    ``changes`` says what to redraw (the action did happen); ``cause`` is the storage error.
    """

    def __init__(self, cause: Exception, pending: int, changes: object = None) -> None:
        super().__init__(
            f"{cause} — actions kept in memory: {pending}; they will be saved "
            "at the next action (or when you retry saving)."
        )
        self.cause = cause
        self.pending = pending
        self.changes = changes
