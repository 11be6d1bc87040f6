"""Which tokens are one phone, from one address of the laptop to another.

A browser keeps its token per origin (``http://address:port``): a phone that meets the app at
another address (the phones moved, or Phones was turned off and on again there) has no token there,
and is given a new one. So each token says where it was given: its first ORIGIN_LEN characters are
the origin's tag (``origin_tag``), and an answer under a token given elsewhere is its phone's old
one, whose phone comes back here as a new token (``Voters.here``). Older tokens, without a tag, are
placed by where the app saw them, when it did.

A new token is the same phone as an earlier one when the app can tell: both said hello from the
same network address of the phone (the laptop changed address, the phones kept theirs), the earlier
one at another origin, and no other token did from that address at either origin (two phones behind
one router, or a second browser, and it cannot tell). Its answers then stand for that earlier token
(``identity``): a vote asked again shows the phone its own answer, and the vote after a debate is
matched with the vote before. The phone's address is held in memory only, never written.
"""

from __future__ import annotations

import base64
from collections import Counter
from dataclasses import dataclass, field

# CPython's own SHA-256: hashlib would load OpenSSL into the console (3.6 MiB more at its peak)
from bataille.deck.digest import sha256

ORIGIN_LEN = 6
TOKEN_LEN = ORIGIN_LEN + 22  # the tag, then 16 random bytes in URL-safe base64 (secrets.token_urlsafe)


def origin_tag(host: str, port: int) -> str:
    """The tag of the origin ``http://host:port``, in the characters a token may hold."""
    digest = sha256(f"{host}:{port}".encode("utf-8", "surrogatepass")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:ORIGIN_LEN]


def given_at(token: str) -> str | None:
    """The tag of the origin ``token`` was given at; None for a token that does not say (an older one)."""
    return token[:ORIGIN_LEN] if len(token) == TOKEN_LEN else None


@dataclass
class Voters:
    """The tokens seen, where, and from which phone address. The worker thread writes; the app's thread
    only looks up (``here``, ``identity``): what it reads is replaced whole, never changed in place."""

    origin: str = ""  # the tag of where the phones are served now ("": not listening yet)
    _seen: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # token -> (origin, phone address)
    _links: dict[str, str] = field(default_factory=dict)  # token -> the earlier token of the same phone
    _here_ids: frozenset[str] = frozenset()  # the identities with a token seen at ``origin``
    # (origin, phone address) -> the tokens that said hello from that address there (see tokens_from)
    _from: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    # (origin, phone address) -> the tokens turned away there (beyond tokens_per_address), none let in
    # since: many phones behind one router, or one phone's extra browsers; the console says how many
    # (see door.py). Replaced whole, never changed in place: the app's thread reads it (refused_here).
    _refused: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    _let_in: frozenset[str] = frozenset()  # the phone addresses the facilitator let in: no bound on their tokens

    def listening_at(self, host: str, port: int) -> None:
        """The server listens at ``host:port`` now."""
        self.origin = origin_tag(host, port)
        self._relink()

    def arrived(self, token: str, address: str | None) -> None:
        """``token`` said hello here, from the phone's network ``address`` (None: unknown)."""
        if address:
            self._from[(self.origin, address)] = self.tokens_from(address) | {token}
            key = (self.origin, address)
            if token in self._refused.get(key, ()):
                self._refused = {**self._refused, key: self._refused[key] - {token}}
        if token not in self._seen:
            self._seen[token] = (self.origin, address)
            self._relink()

    def tokens_from(self, address: str) -> frozenset[str]:
        """The tokens that said hello from the phone's network ``address`` at this origin, in this
        session (Phones off and on keeps them): a browser keeps its token at one origin, so each is a
        browser, or a private tab, of the phone at that address; or one more voter made up by a script."""
        return self._from.get((self.origin, address), frozenset())

    def refuse(self, address: str, token: str, most: int) -> int:
        """``token`` was turned away at ``address``; how many tokens are, counted once each. At most
        ``most`` per address and as many addresses are held: a script's made-up tokens fill no memory."""
        key = (self.origin, address)
        held = self._refused.get(key, frozenset())
        if token not in held and len(held) < most and (held or len(self._refused) < most):
            self._refused = {**self._refused, key: held | {token}}
        return self.refused_from(address)

    def refused_from(self, address: str) -> int:
        """How many tokens were turned away at ``address`` (at this origin) and not let in since."""
        return len(self._refused.get((self.origin, address), ()))

    def refused_here(self) -> dict[str, int]:
        """Phone address -> the tokens turned away there at this origin and not let in since."""
        return {address: len(held) for (origin, address), held in self._refused.items()
                if origin == self.origin and held}

    def let_in(self, address: str) -> None:
        """The facilitator lets every phone at ``address`` in, for the rest of the session: many phones
        behind one router (a travel router, a Wi-Fi repeater, a school's network) have one address."""
        self._let_in = self._let_in | {address}
        self._refused = {key: held for key, held in self._refused.items() if key[1] != address}

    def is_let_in(self, address: str) -> bool:
        return address in self._let_in

    def identity(self, token: str) -> str:
        """The token the answers of ``token``'s phone stand under: its first, when the app can tell."""
        return self._links.get(token, token)

    @property
    def linked(self) -> bool:
        return bool(self._links)

    def here(self, token: str) -> bool | None:
        """Whether the phone of ``token`` has its token at this origin: True, False, or None when
        nothing says (a token without a tag, never seen)."""
        if self.identity(token) in self._here_ids:
            return True
        seen = self._seen.get(token)
        where = seen[0] if seen is not None else given_at(token)
        if where is None or not self.origin:
            return None
        return where == self.origin

    def _relink(self) -> None:
        by_address: dict[str, list[tuple[str, str]]] = {}
        for token, (origin, address) in self._seen.items():
            if address:
                by_address.setdefault(address, []).append((token, origin))
        links: dict[str, str] = {}
        for entries in by_address.values():
            per_origin = Counter(origin for _, origin in entries)
            for i, (token, origin) in enumerate(entries):
                if per_origin[origin] != 1:  # two tokens from this address at one origin: two phones, or can't tell
                    continue
                earlier = {links.get(t, t) for t, o in entries[:i] if o != origin}
                if len(earlier) == 1:
                    links[token] = earlier.pop()
        self._links = links
        self._here_ids = frozenset(links.get(t, t) for t, (o, _) in self._seen.items() if o == self.origin)
