"""A small TCP relay between the phone page and the server, that plays a school's bad Wi-Fi.

``hold()`` keeps every byte (both ways) and every new connection waiting, as a Wi-Fi gone for a while
whose packets are sent again once it is back (``release()``). ``cut()`` kills the connections open now
without a word to either side: what they send is dropped, and no close (FIN or RST) ever reaches the
page or the server, as a phone's connection lost in a Wi-Fi's roaming; new connections go through.
Playwright's offline mode cannot do this: Chromium goes on answering the server's pings.
``source`` is the address the server sees the page's connections come from (127.0.0.x).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading


class Relay:
    def __init__(self, target_port: int, source: str = "127.0.0.1") -> None:
        self.target, self.source = target_port, source
        self.opened = 0  # connections made to the server
        self._links: list[dict] = []
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def _run(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._flowing = asyncio.Event()
        self._flowing.set()
        self._stopped = asyncio.Event()
        server = self.loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_until_complete(self._stopped.wait())
        server.close()
        for link in self._links:
            for writer in link["writers"]:
                writer.close()
        self.loop.run_until_complete(asyncio.sleep(0.05))

    def _call(self, function) -> None:
        self.loop.call_soon_threadsafe(function)

    def hold(self) -> None:
        self._call(self._flowing.clear)

    def release(self) -> None:
        self._call(self._flowing.set)

    def cut(self, closes: bool = False) -> None:
        """``closes``: a close (FIN) still goes through, when one side closes its end later."""
        def cut_all():
            for link in self._links:
                link["dead"], link["closes"] = True, closes
        self._call(cut_all)

    def close(self) -> None:
        self._call(self._stopped.set)
        self._thread.join(5)

    async def _client(self, page_reader, page_writer) -> None:
        await self._flowing.wait()
        try:
            server_reader, server_writer = await asyncio.open_connection(
                "127.0.0.1", self.target, local_addr=(self.source, 0))
        except OSError:
            page_writer.close()
            return
        self.opened += 1
        link = {"dead": False, "closes": False, "writers": (page_writer, server_writer)}
        self._links.append(link)
        await asyncio.gather(self._pipe(page_reader, server_writer, link),
                             self._pipe(server_reader, page_writer, link), return_exceptions=True)

    async def _pipe(self, reader, writer, link) -> None:
        chunks: asyncio.Queue[bytes] = asyncio.Queue()

        async def read() -> None:
            while True:
                data = await reader.read(65536)
                await chunks.put(data)
                if not data:
                    return

        async def write() -> None:
            while True:
                data = await chunks.get()
                await self._flowing.wait()
                if link["dead"]:
                    if not data and link["closes"]:
                        with contextlib.suppress(OSError):
                            writer.write_eof()
                        return
                    if not data:  # the other side closed: never said to this one
                        await self._stopped.wait()
                        return
                    continue
                if not data:
                    with contextlib.suppress(OSError):
                        writer.write_eof()
                    return
                writer.write(data)
                with contextlib.suppress(OSError):
                    await writer.drain()

        with contextlib.suppress(Exception):
            await asyncio.gather(read(), write())
