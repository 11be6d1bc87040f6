"""Hypothesis strategies that write hostile YAML: random trees, token soup and mutated real files.

Shared by the fuzz tests; kept free of pytest so the same strategies can be run longer by hand.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that real files and real editors produce, and that break naive readers.
ODD_CHARS = [
    "\u200f", "\u200e", "\u202e", "\u2066", "\u2069",  # RTL / LTR marks, override, isolates
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width space/joiners, BOM mid-file
    "\U0001F916", "\U0001F469\u200d\U0001F4BB", "\U0001F1EB\U0001F1F7",  # emoji, ZWJ, flag
    "\u00a0", "\u202f", "\u2028", "\u2029", "\x85",  # nbsp, narrow nbsp, line/paragraph separators, NEL
    "\x00", "\x01", "\x1b", "\x7f", "\t", "\r", "\r\n",  # NUL, controls, tab, CR
    "e\u0301", "\u0627\u0644\u0630\u0643\u0627\u0621", "\u05e9\u05dc\u05d5\u05dd",  # combining, Arabic, Hebrew
    "\ud7ff", "\ue000", "\ufffd", "\U0010fffd",  # edges of the planes
]

# Scalars YAML 1.1 resolves in surprising ways (and a few of our own field values).
TRICKY_SCALARS = [
    "=", "<<", "~", "null", "Null", "yes", "No", "on", "OFF", "y", "n", ".nan", "-.inf", ".Inf",
    "0x1F", "0b1010", "0777", "0o17", "1_000", "+12", "-0", "1e400", "1.5e-400", "190:20:30",
    "1:2:3.5", "2024-01-01", "2024-01-01T10:00:00Z", "12:30", "0x", "0b", "1__2", "-", "+", ".",
    "fact", "debate", "event", "intro", "fr", "en", "#00735C", "assets/icons/bias.svg",
    "../../../etc/passwd", "/etc/passwd", "C:\\Windows", "https://example.org", "id", "kind",
    "title", "cards", "theme", "scenario", "agenda", "phases", "languages", "themes",
]

KEYS = ["id", "kind", "title", "text", "figure", "sources", "theme", "cards", "languages",
        "themes", "colour", "icon", "name", "year", "month", "url", "publisher", "claim",
        "context", "prompts_for", "prompts_against", "scenario", "indicators", "decisions",
        "options", "effects", "agenda", "phases", "minutes", "fr", "en", "<<", "notes"]

TAGS = ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!binary", "!!timestamp", "!!set",
        "!!omap", "!!python/object:os.system", "!!python/name:os.system", "!custom", "!",
        "!!map", "!!seq", "!<tag:yaml.org,2002:str>"]

odd_text = st.lists(
    st.one_of(st.sampled_from(ODD_CHARS), st.text(max_size=6), st.sampled_from(TRICKY_SCALARS)),
    max_size=8,
).map("".join)

scalar_text = st.one_of(st.sampled_from(TRICKY_SCALARS), odd_text, st.integers().map(str),
                        st.floats(allow_nan=True).map(repr))


def _quote(s: str, style: int) -> str:
    """Write a scalar plain, single-quoted or double-quoted (escapes kept valid most of the time)."""
    if style == 0:
        return s
    if style == 1:
        return "'" + s.replace("'", "''") + "'"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def yaml_tree(draw) -> str:
    """A YAML value as text: nested block/flow maps and lists, anchors, aliases, tags, merges."""
    return _tree(draw, 0, [])


def _tree(draw, depth: int, anchors: list[str]) -> str:
    kind = draw(st.integers(0, 9)) if depth < 6 else 0
    prefix = ""
    if draw(st.integers(0, 9)) == 0:
        prefix += draw(st.sampled_from(TAGS)) + " "
    if draw(st.integers(0, 7)) == 0:
        name = draw(st.sampled_from(["a", "b", "c", "x\u200f", "\U0001F916"]))
        anchors.append(name)
        prefix += f"&{name} "
    if kind in (0, 1, 2, 3):
        return prefix + _quote(draw(scalar_text), draw(st.integers(0, 2)))
    if kind == 4 and anchors:
        return "*" + draw(st.sampled_from(anchors))
    if kind in (5, 6):
        items = [_tree(draw, depth + 1, anchors) for _ in range(draw(st.integers(0, 4)))]
        return prefix + "[" + ", ".join(items) + "]"
    pairs = [(draw(st.one_of(st.sampled_from(KEYS), scalar_text)), _tree(draw, depth + 1, anchors))
             for _ in range(draw(st.integers(0, 5)))]
    if draw(st.booleans()) and pairs:  # a duplicate key
        pairs.append(pairs[0])
    body = ", ".join(f"{_quote(k, draw(st.integers(0, 2)))}: {v}" for k, v in pairs)
    return prefix + "{" + body + "}"


@st.composite
def block_document(draw) -> str:
    """A block-style document whose top keys look like a deck file's, with hostile values."""
    lines: list[str] = []
    anchors: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(st.sampled_from(KEYS))
        lines.append(f"{key}: {_tree(draw, 0, anchors)}")
        if draw(st.integers(0, 3)) == 0:  # a block list under the key
            lines.append(f"{key}x:")
            lines.extend(f"  - {_tree(draw, 1, anchors)}" for _ in range(draw(st.integers(1, 3))))
    return "\n".join(lines) + "\n"


SOUP_TOKENS = ["{", "}", "[", "]", "- ", ": ", ", ", "\n", "  ", "    ", "&a ", "*a", "&b ", "*b",
               "<<: ", "? ", "---\n", "...\n", "'", '"', "# c\n", "|\n", ">-\n", "%YAML 1.1\n",
               "%TAG ! tag:x,2024:\n", "!!int ", "!!binary ", "!!python/object:os.system ", "\t",
               "\\", "\\x00", "\\U0001F916", "@", "`", "%", "!"]


@st.composite
def token_soup(draw) -> str:
    """Text assembled from YAML punctuation, keys and odd characters: mostly broken, sometimes not."""
    parts = draw(st.lists(st.one_of(st.sampled_from(SOUP_TOKENS), st.sampled_from(KEYS),
                                    st.sampled_from(TRICKY_SCALARS), st.sampled_from(ODD_CHARS)),
                          max_size=60))
    return "".join(parts)


def nested(depth: int, flow: bool) -> str:
    """A document nested ``depth`` levels deep."""
    if flow:
        return "a: " + "[" * depth + "x" + "]" * depth + "\n"
    return "".join(" " * i + "- \n" for i in range(depth)) + " " * depth + "- x\n"


@st.composite
def mutated(draw, originals: list[bytes]) -> bytes:
    """A real deck file after a few random edits: flips, inserts, deletions, duplications, cuts."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        op = draw(st.integers(0, 6))
        i = draw(st.integers(0, len(data) - 1))
        if op == 0:  # flip one byte
            data[i] = draw(st.integers(0, 255))
        elif op == 1:  # insert a token or an odd character
            token = draw(st.one_of(st.sampled_from(SOUP_TOKENS), st.sampled_from(ODD_CHARS),
                                   st.sampled_from(TRICKY_SCALARS)))
            data[i:i] = token.encode("utf-8", "surrogatepass")
        elif op == 2:  # delete a stretch
            del data[i:i + draw(st.integers(1, 200))]
        elif op == 3:  # duplicate a stretch (duplicate keys, repeated cards)
            j = min(len(data), i + draw(st.integers(1, 400)))
            data[i:i] = data[i:j]
        elif op == 4:  # truncate
            del data[i:]
        elif op == 5:  # swap a line for a random one from the file
            lines = bytes(data).split(b"\n")
            a, b = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[a] = lines[b]
            data = bytearray(b"\n".join(lines))
        else:  # re-indent a line (tabs and odd widths)
            lines = bytes(data).split(b"\n")
            a = draw(st.integers(0, len(lines) - 1))
            lines[a] = draw(st.sampled_from([b"\t", b" ", b"   ", b""])) + lines[a].lstrip()
            data = bytearray(b"\n".join(lines))
    return bytes(data)


any_text_document = st.one_of(yaml_tree(), block_document(), token_soup())
