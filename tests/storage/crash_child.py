"""Run by the crash test: play a session on a file, logging each action that returned, until killed."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from bataille.storage import new_session
from bataille.workshop import SystemClock

spec = importlib.util.spec_from_file_location(
    "bataille_sample_deck", Path(__file__).parents[1] / "workshop" / "sample_deck.py"
)
sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sample)

session_path, log_path = sys.argv[1], sys.argv[2]
log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)


def done() -> None:
    # A write(2) to a file survives SIGKILL of the writer: the log is the parent's proof.
    os.write(log, f"{len(session.events)}\n".encode())


session = new_session(session_path, sample.sample_deck(), SystemClock())
done()
for name in ("Hiboux", "Loutres", "Renards"):
    session.add_team(name)
    done()
session.start()
done()
session.open_round(card_id="work-debate-1")
done()
i = 0
while True:
    i += 1
    if i % 3 == 0:
        session.record_vote("before", {"agree": i % 17, "disagree": 3, "undecided": 1})
    elif i % 7 == 0:
        session.undo()
    else:
        session.add_argument(f"team-{i % 3 + 1}", f"Argument n° {i} " + "é" * (i % 50), side="for")
    done()
