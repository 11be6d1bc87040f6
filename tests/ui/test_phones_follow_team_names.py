"""A team renamed on the console while the phones are on reaches the phones: those there get the
room's teams as they are now, and so does a phone joining later (both kept the names of when Phones
was turned on). Real widgets, a real server on loopback, real WebSocket clients."""

from __future__ import annotations

import json

from websockets.sync.client import connect

from .test_phones_console_votes import join, receive


def test_a_team_renamed_while_the_phones_are_on_reaches_them(console, qtbot, stack) -> None:
    c, phones = console.controller, console.phones
    phones.turn_on("127.0.0.1", 0)
    [there] = join(console, 1, stack)
    qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)
    first = c.state.teams[0]
    c.act(c.session.rename_team, first.id, "Les Chouettes")
    teams = receive(there, "teams")["teams"]
    assert teams[0] == [first.id, "Les Chouettes"] and len(teams) == len(c.state.teams)
    later = stack.enter_context(connect(phones.url.replace("http", "ws") + "ws"))  # a phone joining now
    later.send(json.dumps({"type": "hello", "token": None}))
    assert receive(later, "welcome")["teams"][0] == [first.id, "Les Chouettes"]
