"""300 simulated phones against the voting server, each figure against the same library's bare
echo server under the same load, measured in the same run.

Each server runs in a child process started clean (its memory is its own, read from
/proc/<pid>/status); the phones are asyncio WebSocket clients in this process, on loopback,
each from an address of its own.
The app's server child also runs a Qt event loop with a 10 ms timer, as the console does, and
reports how late that timer ever fired while the phones voted.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time

from websockets.asyncio.client import connect

from .common import row

PHONES = 300
ROUNDS = 5

APP_SERVER = """
import json, sys, threading, time
from PySide6.QtCore import QCoreApplication, QTimer
from bataille.phones import PhoneServer, Question, ServerLimits

def rss():
    return int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS:")).split()[1])

app = QCoreApplication([])
late = [0.0]
last = [time.perf_counter()]
def tick():
    now = time.perf_counter()
    late[0] = max(late[0], now - last[0] - 0.010)
    last[0] = now
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(tick); timer.start()
base = rss()
server = PhoneServer(ServerLimits(max_connections=1000))
port = server.start("127.0.0.1", 0)
print(json.dumps({"port": port}), flush=True)

def commands():
    for line in sys.stdin:
        word, _, arg = line.strip().partition(" ")
        if word == "ask":
            server.ask(Question(int(arg), "Claim", "A claim the room votes on."))
        elif word == "close":
            server.close_vote()
        elif word == "reset":
            late[0] = 0.0
        elif word == "stats":
            print(json.dumps({"late_ms": late[0] * 1000, "rss_kib": rss() - base}), flush=True)
        elif word == "quit":
            server.stop(); app.quit(); return
threading.Thread(target=commands, daemon=True).start()
app.exec()
"""

ECHO_SERVER = """
import asyncio, json, sys
from websockets.asyncio.server import serve

def rss():
    return int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS:")).split()[1])

async def echo(ws):
    async for message in ws:
        await ws.send(message)

async def main():
    base = rss()
    async with serve(echo, "127.0.0.1", 0, compression=None, max_size=2048) as server:
        print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := (await reader.readline()).decode().strip():
            if line == "stats":
                print(json.dumps({"late_ms": 0.0, "rss_kib": rss() - base}), flush=True)
            elif line == "quit":
                return

asyncio.run(main())
"""


class Child:
    def __init__(self, script: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=None)
        self.port = json.loads(self.process.stdout.readline())["port"]

    def say(self, line: str) -> dict | None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline()) if line == "stats" else None

    def quit(self) -> None:
        self.say("quit")
        self.process.wait(10)


async def _recv(ws, kind: str | None):
    while True:
        message = await ws.recv()
        if kind is None or json.loads(message)["type"] == kind:
            return message


def _phone_address(i: int) -> tuple[str, int]:
    """Each phone from an address of its own, as in a room (the server holds a few silent sockets
    from one address at most): 127.0.1.1, 127.0.1.2… on loopback."""
    return f"127.0.{1 + i // 250}.{1 + i % 250}", 0


async def _join(port: int, app: bool, tokens: list[str | None]) -> tuple[list, list[str], float]:
    start = time.perf_counter()

    async def one(i, token):
        ws = await connect(f"ws://127.0.0.1:{port}/ws", compression=None, local_addr=_phone_address(i))
        await ws.send(json.dumps({"type": "hello", "token": token}))
        welcome = json.loads(await _recv(ws, "welcome" if app else None))
        return ws, welcome.get("token", "")

    joined = await asyncio.gather(*(one(i, t) for i, t in enumerate(tokens)))
    return [ws for ws, _ in joined], [t for _, t in joined], time.perf_counter() - start


async def _storm(phones: list, app: bool, question: int) -> list[float]:
    """Every phone votes at once; the seconds each waited for its acknowledgement."""
    async def one(ws, i):
        body = json.dumps({"type": "vote", "question": question, "choice": ("agree", "disagree", "undecided")[i % 3]})
        start = time.perf_counter()
        await ws.send(body)
        await _recv(ws, "ack" if app else None)
        return time.perf_counter() - start
    return list(await asyncio.gather(*(one(ws, i) for i, ws in enumerate(phones))))


async def _run(script: str, app: bool) -> dict:
    child = Child(script)
    try:
        phones, tokens, joined = await _join(child.port, app, [None] * PHONES)
        if app:
            for ws in phones:
                await _recv(ws, "waiting")
        waits, reveals = [], []
        for n in range(1, ROUNDS + 1):
            if app:
                child.say(f"ask {n}")
                await asyncio.gather(*(_recv(ws, "question") for ws in phones))
            child.say("reset")
            waits += await _storm(phones, app, n)
            start = time.perf_counter()
            if app:
                child.say("close")
                await asyncio.gather(*(_recv(ws, "closed") for ws in phones))
            else:  # the floor's "reveal": one message to every phone, answered
                await asyncio.gather(*(ws.send("{}") for ws in phones))
                await asyncio.gather(*(_recv(ws, None) for ws in phones))
            reveals.append(time.perf_counter() - start)
        stats = child.say("stats")
        start = time.perf_counter()
        await asyncio.gather(*(ws.close() for ws in phones))
        phones, _tokens, _ = await _join(child.port, app, tokens if app else [None] * PHONES)
        rejoined = time.perf_counter() - start
        await asyncio.gather(*(ws.close() for ws in phones))
    finally:
        child.quit()
    waits.sort()
    return {"joined": joined, "p95": waits[int(0.95 * len(waits)) - 1], "reveal": statistics.median(reveals),
            "rejoin": rejoined, "late_ms": stats["late_ms"], "mib": stats["rss_kib"] / 1024}


def run() -> list[dict]:
    floor = asyncio.run(_run(ECHO_SERVER, app=False))
    ours = asyncio.run(_run(APP_SERVER, app=True))
    return [
        row(f"{PHONES} phones joined (page socket + hello)", ours["joined"], "s", floor["joined"],
            "< 1 s", ours["joined"] < 1.0),
        row("vote storm: p95 time to acknowledgement", ours["p95"] * 1000, "ms", floor["p95"] * 1000,
            "≤ 100 ms", ours["p95"] <= 0.100),
        row("vote closed: median time to the last phone", ours["reveal"] * 1000, "ms", floor["reveal"] * 1000,
            "≤ 150 ms", ours["reveal"] <= 0.150),
        row(f"all {PHONES} phones reconnecting after a drop", ours["rejoin"], "s", floor["rejoin"], "≤ 1 s",
            ours["rejoin"] <= 1.0),
        row("Qt 10 ms timer, latest during the storms", ours["late_ms"], "ms", 10.0, "late ≤ 50 ms",
            ours["late_ms"] <= 50),
        row(f"server memory for {PHONES} phones", ours["mib"], "MiB", floor["mib"], "≤ 30 MiB", ours["mib"] <= 30),
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
