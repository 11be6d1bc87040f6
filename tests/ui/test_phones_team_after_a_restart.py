"""The phones' teams after the phone server is made again: Phones turned off and on, or the app
killed (SIGKILL) in a debate and reopened on its session, which brings the phones back on the same
address, port and room code. The team each phone picked lived only in the server's memory: every
phone came back with no team, and the later debates had no « Téléphones par équipe » table in the
summary and no phone_tallies in its JSON. Each phone now says, in its hello, the team its page kept
in this room (the page: tests/phones/test_page_team_kept.py), and the console's new server knows
the session's teams before the first phone comes. Real widgets, a real child process killed, a real
session file, real sockets on loopback, the summary written and read back (JSON, PDF by poppler)."""

from __future__ import annotations

import json
import signal
import subprocess
from contextlib import ExitStack

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from bataille.export.summary import export_summary
from bataille.storage import close_session
from bataille.ui.phones import Phones

from . import console_killed
from .test_phones_back_after_a_crash import deck, receive, reopen  # noqa: F401 - the fixture

TEAMS = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours", "Les Pics")
# The app in the first debate, the phones on, no vote asked yet; killed once the room has picked its teams.
CHILD = """
c.act(c.session.start_phase, "debates")
c.act(c.session.open_round)
console.phones_panel.fill_addresses()
console.phones_panel.switch.click()
print("ready", console.phones.url, console.phones.code, flush=True)
app.exec()
"""


def phone_hello(url: str, stack: ExitStack, **hello) -> tuple[object, dict]:
    ws = stack.enter_context(connect(url.replace("http", "ws") + "ws"))
    ws.send(json.dumps({"type": "hello", **hello}))
    return ws, receive(ws, "welcome")


def vote_all(qtbot, console, sockets: list, stage: str) -> None:
    """The phones answer ``stage``'s vote (each team: one agree, one disagree); then it closes and shows."""
    panel = console.phase.debate
    panel.phone_buttons[stage].click()
    for n, ws in enumerate(sockets):
        question = receive(ws, "question")
        while not question["open"]:
            question = receive(ws, "question")
        ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": ("agree", "disagree")[n // 8]}))
        receive(ws, "ack")
    qtbot.waitUntil(lambda: console.phones.answered == len(sockets), timeout=5000)
    panel.end_vote_and_show()
    qtbot.waitUntil(lambda: console.controller.state.open_round.revealed(stage), timeout=5000)


def test_after_a_kill_the_phones_come_back_with_their_teams_and_the_summary_counts_them(
        qtbot, translations, deck, tmp_path, isolated_settings, monkeypatch):  # noqa: F811
    path = tmp_path / "atelier.bataille"
    child = console_killed.start(CHILD, path, isolated_settings, TEAMS)
    picked: dict[str, str] = {}  # token -> team id, as each phone's page keeps it
    try:
        _ready, url, code = child.stdout.readline().split()
        with ExitStack() as before:
            for n in range(16):  # two phones a team
                ws, welcome = phone_hello(url, before, token=None)
                team_id = welcome["teams"][n % 8][0]
                ws.send(json.dumps({"type": "team", "team": team_id}))
                assert receive(ws, "team")["team"] == team_id
                picked[welcome["token"]] = team_id
            child.send_signal(signal.SIGKILL)
            try:
                receive(ws, "anything")
            except ConnectionClosed:  # the phones lost the laptop: their pages knock again
                pass
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = reopen(qtbot, path, deck)
    try:
        qtbot.waitUntil(lambda: console.phones.on, timeout=5000)
        assert console.phones.url == url and console.phones.code == code
        with ExitStack() as after:
            sockets, shown = [], {}
            for token, team_id in picked.items():  # each page knocks again, saying the team it kept
                ws, welcome = phone_hello(url, after, token=token, room=code, team=team_id)
                shown[token] = welcome["team"]  # what its menu shows
                sockets.append(ws)
            qtbot.waitUntil(lambda: console.phones.connected == 16, timeout=5000)
            vote_all(qtbot, console, sockets, "before")
            vote_all(qtbot, console, sockets, "after")
        export_summary(console.controller.session, deck, tmp_path / "s.json")
        tallies = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["rounds"][0]["phone_tallies"]
        assert len(tallies) == 16  # 8 teams × the vote before and the vote after
        assert all((t["agree"], t["disagree"], t["undecided"]) == (1, 1, 0) for t in tallies), tallies
        export_summary(console.controller.session, deck, tmp_path / "s.pdf")
        text = subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Téléphones par équipe" in text
        assert dict(console.controller.state.open_round.phone_teams) == picked  # in the session file
        assert shown == picked  # each phone's menu shows its team, not « — aucune — »
    finally:
        console.phones.turn_off()
        close_session(console.controller.session)


def test_phones_off_and_on_keep_each_phones_team(qtbot, translations, bundled_deck, stack, monkeypatch):
    """The switch turned off and on: a new server, which knows the session's teams from the start."""
    from .conftest import open_console

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = open_console(qtbot, bundled_deck)
    try:
        phones = console.phones
        console.phones_panel.fill_addresses()
        console.phones_panel.switch.click()
        ws, welcome = phone_hello(phones.url, stack, token=None)
        token, team_id = welcome["token"], welcome["teams"][1][0]
        ws.send(json.dumps({"type": "team", "team": team_id}))
        receive(ws, "team")
        console.phones_panel.switch.click()  # off: the server and what it knew go
        assert not phones.on
        console.phones_panel.switch.click()  # on again: a new server, the same room code
        assert phones.on and phones.server.room.teams == tuple(tuple(t) for t in welcome["teams"])
        _again, welcome = phone_hello(phones.url, stack, token=token, room=phones.code, team=team_id)
        assert welcome["team"] == team_id
        assert phones.server.room.team_of == {token: team_id}
    finally:
        console.phones.turn_off()
