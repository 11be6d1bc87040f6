"""The game, without any screen: events, the fold to session state, the rules, and the Session front."""

from .agenda import PhaseProgress, rescale
from .changes import Changes
from .clock import Clock, ManualClock, SystemClock
from .describe import describe
from .errors import (
    ActionError,
    AgendaError,
    DebateError,
    DebriefError,
    DeckMismatchError,
    NothingToRedoError,
    NothingToUndoError,
    NotSavedError,
    NotStartedError,
    ScenarioError,
    SetupError,
    StoreError,
    TeamError,
    TimelineError,
)
from .events import EVENT_TYPES, Event, UnknownEventError, event_from_dict, event_from_parts
from .fold import Replay, apply, fold
from .session import EventStore, MemoryStore, Session
from .state import (
    Argument,
    Counts,
    DebateRound,
    Debrief,
    Evidence,
    Rules,
    ScenarioComparison,
    ScenarioPath,
    SessionState,
    Shift,
    Team,
    TimelinePlacement,
    TimelineState,
    Vote,
    shift_verdict,
)

__all__ = [
    "EVENT_TYPES", "ActionError", "AgendaError", "Argument", "Changes", "Clock", "Counts",
    "DebateError", "DebateRound", "Debrief", "DebriefError", "DeckMismatchError", "Event",
    "EventStore", "Evidence", "ManualClock", "MemoryStore", "NotSavedError", "NotStartedError",
    "NothingToRedoError", "NothingToUndoError", "PhaseProgress", "Replay", "Rules", "ScenarioComparison", "ScenarioError",
    "ScenarioPath", "Session", "SessionState", "SetupError", "Shift", "StoreError", "SystemClock",
    "Team", "TeamError", "TimelineError", "TimelinePlacement", "TimelineState", "UnknownEventError",
    "Vote", "apply", "describe", "event_from_dict", "event_from_parts", "fold", "rescale",
    "shift_verdict",
]
