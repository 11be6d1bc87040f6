"""Where a YAML syntax error really is, when libyaml notices it later than the mistake, and what
it is in words a teacher can act on.

A quoted text may run over several lines in YAML, so a closing quote left out swallows the lines
below it and libyaml complains where the text finally ends, lines further down. A flow mapping
``{fr: …, en: …}`` without its ``}`` is noticed on the next line, and one without a ``,`` is
called "not closed". These helpers read libyaml's own tokens up to the error (so comments,
block scalars, apostrophes and escaped quotes are never mistaken for a quote) and, when the
shape is clear, return a message and the place to fix; else None, and the caller keeps its
general wording.
"""

from __future__ import annotations

import re

import yaml

from .located import Position
from .messages import Code, Message, Quoted

# A line that looks like YAML structure rather than prose: "key:", "- item", "# comment".
_STRUCTURE = re.compile(r"\s*(?:-(?:\s|$)|#|(?:-\s+)?[A-Za-z_][\w-]*:(?:\s|$))")
_EXAMPLE_CHARS = 40  # of the text after an open quote, in the example of what to write
_QUOTES = ('"', "'")


def _tokens_until(text: str, loader: type, mark: yaml.Mark) -> list[yaml.Token]:
    """libyaml's tokens of ``text`` that start at or before ``mark`` (fewer if scanning fails)."""
    tokens: list[yaml.Token] = []
    limit = (mark.line, mark.column)
    try:
        for token in yaml.scan(text, Loader=loader):
            if (token.start_mark.line, token.start_mark.column) > limit:
                break
            tokens.append(token)
    except yaml.YAMLError:
        pass
    return tokens


def _line(text: str, number: int) -> str:
    """Line ``number`` (0-based) of ``text``."""
    lines = text.split("\n", number + 1)
    return lines[number] if number < len(lines) else ""


def _example(text: str, tokens: list[yaml.Token], index: int, quote: str, line: int, column: int) -> str:
    """What the line of the open quote at (line, column) should say: ``en: "Gender Shades"``."""
    rest = _line(text, line)[column + 1:].rstrip()
    depth = sum(isinstance(t, (yaml.FlowMappingStartToken, yaml.FlowSequenceStartToken)) for t in tokens[:index]) \
        - sum(isinstance(t, (yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)) for t in tokens[:index])
    if depth > 0:  # in {fr: …, en: …}: what closes the braces is not part of the text
        rest = rest.rstrip(" ,}]")
    key = None
    if index >= 3 and isinstance(tokens[index - 1], yaml.ValueToken) \
            and isinstance(tokens[index - 2], yaml.ScalarToken) and isinstance(tokens[index - 3], yaml.KeyToken):
        key = tokens[index - 2].value
    return quoted_example(key, rest, quote)


def quoted_example(key: object, text: str, quote: str = '"', keep_start: bool = False) -> str:
    """``key: "text"``, a long text cut at its start (or its end with ``keep_start``), at a word."""
    if len(text) > _EXAMPLE_CHARS and keep_start:
        head = text[:_EXAMPLE_CHARS - 1]
        text = (head.rsplit(" ", 1)[0] if " " in head.strip() else head).rstrip() + "…"
    elif len(text) > _EXAMPLE_CHARS:
        tail = text[-(_EXAMPLE_CHARS - 1):]
        words = tail.split(" ", 1)  # start at a word
        text = "…" + (words[1] if len(words) == 2 and words[1].strip() else tail).lstrip()
    example = f"{quote}{text or '…'}{quote}"
    return example if key is None else f"{key}: {example}"


def unopened_quote(text: str) -> bool:
    """True when a plain ``text`` ends with a '"' that nothing opens (``Gender Shades"``)."""
    text = text.rstrip()
    return text.endswith('"') and text.count('"') % 2 == 1 and not text[-2:-1].isdigit()  # 13" is inches


def quote_not_opened(exc: yaml.MarkedYAMLError, text: str) -> tuple[Message, Position] | None:
    """``en: Face analysis: very unequal errors"``: the ':' inside is the error, the '"' left out the cause."""
    mark = exc.problem_mark
    if mark is None or "mapping values are not allowed" not in (exc.problem or ""):
        return None
    line = _line(text, mark.line).split(" #", 1)[0]
    found = re.match(r"(\s*(?:-\s+)?)([A-Za-z_][\w-]*):\s+", line)
    if found is None or found.end() > mark.column:
        return None
    value = line[found.end():]
    if value[:1] in _QUOTES or not unopened_quote(value):
        return None
    example = quoted_example(found.group(2), value.rstrip()[:-1], keep_start=True)
    return (Message("yaml.invalid", problem=Message("text.quote_unopened", example=Code(example))), Position(mark.line + 1, found.end() + 1))


def open_quote(exc: yaml.MarkedYAMLError, text: str, loader: type) -> tuple[Message, Position] | None:
    """The quote left open that made libyaml fail further down, and what to write; else None."""
    problem_mark = exc.problem_mark
    if problem_mark is None:
        return None
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None \
            and "end of stream" in (exc.problem or ""):
        start = exc.context_mark  # the text runs to the end of the file: its quote is the one
        tokens = _tokens_until(text, loader, start)
        quote = _line(text, start.line)[start.column:start.column + 1]
        if quote not in _QUOTES:
            return None
        example = _example(text, tokens, len(tokens), quote, start.line, start.column)
        reach = Message("yaml.reach.end")
        return (Message("yaml.quote_open", quote=Quoted(quote), example=Code(example), reach=reach),
                Position(start.line + 1, start.column + 1))
    tokens = _tokens_until(text, loader, problem_mark)
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token.end_mark.line < problem_mark.line - 1:
            return None  # only a text that ends where libyaml failed (or the line above) is suspect
        if not (isinstance(token, yaml.ScalarToken) and token.style in _QUOTES):
            continue
        start, end = token.start_mark, token.end_mark
        if start.line == end.line:
            continue
        if not any(_STRUCTURE.match(_line(text, n)) for n in range(start.line + 1, end.line + 1)):
            continue  # a text written over several lines on purpose
        example = _example(text, tokens, index, token.style, start.line, start.column)
        reach = Message("yaml.reach.line", line=end.line + 1)
        return (Message("yaml.quote_open", quote=Quoted(token.style), example=Code(example), reach=reach),
                Position(start.line + 1, start.column + 1))
    return None


def apostrophe_fault(exc: yaml.MarkedYAMLError, text: str, loader: type) -> tuple[Message, Position] | None:
    """An apostrophe inside a text quoted with apostrophes (``'d'info'``) ends the text: what follows
    is read as something else, and libyaml speaks of a missing comma or a bad indentation."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None
    for token in reversed(_tokens_until(text, loader, mark)):
        if not isinstance(token, yaml.ScalarToken) or token.style != "'" \
                or token.start_mark.line != token.end_mark.line:
            continue
        line = _line(text, token.end_mark.line)
        after = re.match(r"\w[\w-]*", line[token.end_mark.column:])
        before = re.search(r"[\w-]*$", token.value)
        if after is None or not token.value or token.value[-1].isspace():  # 'text'word is not d'info
            return None
        word = f"{before.group()}'{after.group()}"
        return (Message("yaml.apostrophe", word=Quoted(word), typographic=Quoted(word.replace("'", "\u2019")),
                        doubled=Quoted(word.replace("'", "''"))),
                Position(token.end_mark.line + 1, token.end_mark.column))  # the apostrophe itself
    return None


def flow_fault(exc: yaml.MarkedYAMLError, text: str, loader: type) -> tuple[Message, Position] | None:
    """A ',' missing between two entries of ``{…}``, or a ``}`` / ``]`` missing at the end of its line."""
    mapping = exc.context == "while parsing a flow mapping"
    if not (mapping or exc.context == "while parsing a flow sequence") \
            or "did not find expected ','" not in (exc.problem or "") \
            or exc.problem_mark is None or exc.context_mark is None:
        return None
    mark, opened = exc.problem_mark, exc.context_mark
    tokens = _tokens_until(text, loader, mark)
    before = [t for t in tokens if (t.start_mark.line, t.start_mark.column) < (mark.line, mark.column)]
    at = next((t for t in tokens if (t.start_mark.line, t.start_mark.column) == (mark.line, mark.column)), None)
    if not before:
        return None
    prev = before[-1]
    # {fr: Biais, en: Bias then "kind: fact" below: a plain text inside braces runs on over lines
    swallowed = isinstance(prev, yaml.ScalarToken) and prev.plain and prev.start_mark.line < prev.end_mark.line
    if prev.end_mark.line == mark.line and not swallowed:
        return (_quote_runs_on(prev, before) or _comma_missing(prev, at)) if mapping else None
    line = _line(text, mark.line)
    opening_line = _line(text, opened.line)
    if mark.line == opened.line or \
            len(line) - len(line.lstrip(" ")) > len(opening_line) - len(opening_line.lstrip(" ")):
        return None  # a {…} written over several lines: a ',' may be missing as well as the '}'
    if swallowed:
        end_line = mark.line - 1
        while end_line > prev.start_mark.line and not _line(text, end_line).strip():
            end_line -= 1
        written = _line(text, end_line).split(" #", 1)[0].rstrip()
        where = Position(end_line + 1, len(written) + 1)
    else:
        where = Position(prev.end_mark.line + 1, prev.end_mark.column + 1)
    key = "yaml.flow.brace_open" if mapping else "yaml.flow.bracket_open"
    return Message(key, line=opened.line + 1, col=opened.column + 1), where


_RUN_ON = re.compile(r"(.*?)\s*,\s*([A-Za-z_][\w-]*)\s*:\s*")  # "≈ 700 000 L, en: ": a text that ran on


def _quote_runs_on(prev: yaml.Token, before: list[yaml.Token]) -> tuple[Message, Position] | None:
    """``{fr: "≈ 700 000 L, en: "≈ 700,000 L"}``: the first text's closing quote left out, it ran on to
    the next entry's opening quote, and what follows that looked like an entry without its comma."""
    if not (isinstance(prev, yaml.ScalarToken) and prev.style in _QUOTES
            and prev.start_mark.line == prev.end_mark.line):
        return None
    found = _RUN_ON.fullmatch(prev.value)
    if found is None:
        return None
    key = before[-3].value if len(before) >= 3 and isinstance(before[-2], yaml.ValueToken) \
        and isinstance(before[-3], yaml.ScalarToken) else None
    example = quoted_example(key, found.group(1), prev.style, keep_start=True)
    return (Message("yaml.quote_open", quote=Quoted(prev.style), example=Code(example),
                    reach=Message("yaml.reach.key", key=Quoted(f"{found.group(2)}:"))),
            Position(prev.start_mark.line + 1, prev.start_mark.column + 1))


def _comma_missing(prev: yaml.Token, at: yaml.Token | None) -> tuple[Message, Position] | None:
    if isinstance(at, yaml.ScalarToken):  # {fr: "a" en: "b"}: "en" comes right after a value
        return (Message("yaml.flow.comma", key=Quoted(at.value)),
                Position(at.start_mark.line + 1, at.start_mark.column + 1))
    if isinstance(at, yaml.ValueToken) and isinstance(prev, yaml.ScalarToken) and prev.plain \
            and " " in prev.value and prev.start_mark.line == prev.end_mark.line:
        # {fr: Biais en: Bias}: YAML read "Biais en" as one text, then met the ':'
        word = prev.value.rsplit(" ", 1)[1]
        column = prev.end_mark.column - len(word)
        return Message("yaml.flow.comma", key=Quoted(word)), Position(prev.end_mark.line + 1, column + 1)
    return None


# libyaml's commonest complaints, by (context, problem), have a wording of our own in messages.py.
KNOWN_SYNTAX = {
    ("while parsing a flow mapping", "did not find expected ',' or '}'"): "yaml.p.flow_mapping",
    ("while parsing a flow sequence", "did not find expected ',' or ']'"): "yaml.p.flow_sequence",
    ("while scanning a quoted scalar", "found unexpected end of stream"): "yaml.p.quoted",
    ("while parsing a block mapping", "did not find expected key"): "yaml.p.block_mapping",
    ("while parsing a block collection", "did not find expected '-' indicator"): "yaml.p.block_collection",
    (None, "mapping values are not allowed in this context"): "yaml.p.mapping_values",
    (None, "mapping values are not allowed here"): "yaml.p.mapping_values",  # the pure-Python parser
    ("while scanning for the next token", "found character that cannot start any token"):
        "yaml.p.bad_character",
    ("while scanning a simple key", "could not find expected ':'"): "yaml.p.simple_key",
    ("while parsing a quoted scalar", "found unknown escape character"): "yaml.p.escape",
    ("while parsing a flow node", "did not find expected node content"): "yaml.p.flow_node",
    (None, "block sequence entries are not allowed in this context"): "yaml.p.dash_inline",
    ("while scanning an anchor", "did not find expected alphabetic or numeric character"): "yaml.p.anchor",
    ("while scanning an alias", "did not find expected alphabetic or numeric character"): "yaml.p.anchor",
}


def explain(exc: yaml.MarkedYAMLError, text: str, pos: Position) -> Message:
    problem = exc.problem or str(exc)
    if "'\\t'" in problem or "\\t" in problem or "tab" in problem.lower() or _tab_indented(text, pos.line):
        return Message("yaml.tab")
    key = KNOWN_SYNTAX.get((exc.context, problem))
    if key in ("yaml.p.block_mapping", "yaml.p.block_collection") or (exc.context, problem) == BLOCK_END:
        above = _misaligned_above(text, pos.line)
        if above is not None:  # which of the two lines is out of line, YAML cannot tell: both are named
            row = text.split("\n", above[0])[above[0] - 1]
            if len(row) - len(row.lstrip(" ")) == above[1] - 1:  # a key with only spaces before it: counted in spaces
                return Message("yaml.invalid", problem=Message("yaml.p.misaligned_spaces", spaces=_spaces(above[2] - 1),
                                                               line=above[0], line_spaces=_spaces(above[1] - 1)))
            return Message("yaml.invalid", problem=Message("yaml.p.misaligned", col=above[2], line=above[0],
                                                           line_col=above[1]))
    if key == "yaml.p.mapping_values":
        deeper = _key_indented_deeper(text, pos.line)
        if deeper is not None:  # indentation first: quoting is not what a key line needs
            return Message("yaml.invalid", problem=Message("yaml.p.key_deeper", spaces=_spaces(deeper[1]),
                                                           line=deeper[0], line_spaces=_spaces(deeper[2])))
    if key is not None:
        return Message("yaml.invalid", problem=Message(key))
    context = f"{exc.context}, " if exc.context else ""
    return Message("yaml.libyaml", detail=f"{context}{problem}")


def _spaces(n: int) -> Message:
    """« 3 espaces » / "3 spaces"."""
    return Message("yaml.spaces.zero" if n == 0 else "yaml.spaces.one" if n == 1 else "yaml.spaces.many", n=n)


# A line indented deeper than the block it ends up in: "fr:" one space further right than "en:".
BLOCK_END = ("while parsing a block mapping", "expected <block end>, but found '<block mapping start>'")


_KEY_LINE = re.compile(r"[^\s#'\"\[{-][^:#]*:(\s|$)")


def _misaligned_above(text: str, line: int) -> tuple[int, int, int] | None:
    """(line, column) of the key line above ``line`` (1-based) and the column of ``line`` itself,
    when they start in different columns; None when they are aligned or nothing is above."""
    rows = text.split("\n", line)
    if len(rows) < line:
        return None
    here = rows[line - 1]
    if here.lstrip(" ").startswith("-"):
        return None  # a list item out of line: "a list item aligned with the ones above" says it
    col = len(here) - len(here.lstrip(" ")) + 1
    for number in range(line - 1, 0, -1):
        row = rows[number - 1]
        content = row.lstrip(" ")
        if content and not content.startswith("#"):
            start = len(row) - len(content) + 1
            if content.startswith("- "):  # a list item's key starts after its dash
                start += 2 + len(content[2:]) - len(content[2:].lstrip(" "))
                content = content[2:].lstrip(" ")
            if not _KEY_LINE.match(content):
                return None  # not a key above: nothing to align with
            opens = content.rstrip().endswith(":") and start < col  # "title:" and its first key below it
            return (number, start, col) if start != col and not opens else None
    return None


_KEY_VALUE = re.compile(r"(\s*(?:-\s+)?)[A-Za-z_][\w-]*:\s+[^\s#|>]")  # "  - id: env-water"


def _key_indented_deeper(text: str, line: int) -> tuple[int, int, int] | None:
    """(line above, spaces here, spaces before the key above) when ``line`` (1-based) is a key line set
    deeper than the key and plain value above it: YAML read it as the rest of that value, then met its ':'."""
    rows = text.split("\n", line)
    if len(rows) < line or not re.match(r"\s*[A-Za-z_][\w-]*:(\s|$)", rows[line - 1]):
        return None
    here = len(rows[line - 1]) - len(rows[line - 1].lstrip(" "))
    for number in range(line - 1, 0, -1):
        row = rows[number - 1]
        if row.strip() and not row.lstrip().startswith("#"):
            found = _KEY_VALUE.match(row)
            if found is None or here <= len(found.group(1)) or row.lstrip(" -")[:1] in "\"'":
                return None
            return number, here, len(found.group(1))
    return None


def colon_missing_above(exc: yaml.MarkedYAMLError, text: str, pos: Position) -> Position | None:
    """Where a key lost its ':' when YAML only noticed it on the next line, else None.

    "- title Making AI" then "  publisher: Li" reads as one text "title Making AI publisher"
    followed by ':', which libyaml reports on the second line; the fault is on the first.
    """
    if "mapping values are not allowed" not in (exc.problem or "") or pos.line < 2:
        return None
    lines = text.split("\n", pos.line)
    above, here = lines[pos.line - 2], lines[pos.line - 1]
    content = above.lstrip(" ")
    start = len(above) - len(content)
    if content.startswith("- "):
        content, start = content[2:].lstrip(" "), start + 2 + len(content[2:]) - len(content[2:].lstrip(" "))
    if not content or content[0] in "#\"'[{&*!|>%@`" or ":" in content or "#" in content:
        return None
    indent = len(here) - len(here.lstrip(" "))
    return Position(pos.line - 1, start + 1) if indent >= start else None


_KEY_NO_COLON = re.compile(r"(\s*)((?:-\s+)?)([A-Za-z_][\w-]*) +([{\[].*)")
_EXAMPLE_LINE = 60  # characters of a line shown as it should be written
_ENTRY = re.compile(r'(?<=: )("[^"]*"|\'[^\']*\'|[^,}\]]+)')  # the value of an entry of {…}
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def key_without_colon(exc: yaml.MarkedYAMLError, text: str, pos: Position) -> tuple[Message, Position] | None:
    """``figure {fr: "≈ 1 sur 4", en: …}``: the key's ':' left out, YAML read "figure {fr" as the key and
    then complained of an indentation or a colon; the line at fault, or the one above it."""
    above = colon_missing_above(exc, text, pos)
    for line in (pos.line, *((above.line,) if above is not None else ())):
        found = colon_example(_line(text, line - 1))
        if found is not None:
            key, example, column = found
            return (Message("yaml.invalid", problem=Message("yaml.key_colon", key=Quoted(key), example=Code(example))),
                    Position(line, column))
    return None


def colon_example(written: str, languages: tuple[str, ...] = ()) -> tuple[str, str, int] | None:
    """The key of a line ``title {fr: …}`` whose ':' is left out, the line as it should be written and
    the key's column; None for another line. A text's languages missing from it are added as "…"."""
    found = _KEY_NO_COLON.fullmatch(written.split(" #", 1)[0].rstrip())
    if found is None:
        return None
    indent, dash, key, value = found.groups()
    if len(value) > _EXAMPLE_LINE - len(key) or value[-1:] not in "}]":
        value = _ENTRY.sub(lambda m: m[1] if _NUMBER.fullmatch(m[1]) else '"…"', value)  # {fr: "…", en: "…"}
        if len(value) > _EXAMPLE_LINE or value[-1:] not in "}]":
            value = '{fr: "…", en: "…"}' if value[0] == "{" else "[…]"
    written_languages = re.findall(r"[{,]\s*([a-z]{2,3})\s*:", value)
    if value[0] == "{" and written_languages and set(written_languages) <= set(languages):
        value = value[:-1].rstrip() + "".join(f', {lang}: "…"' for lang in languages
                                              if lang not in written_languages) + "}"  # {fr: Des centres, en: "…"}
    return key, f"{dash}{key}: {value}", len(indent) + len(dash) + 1


def _tab_indented(text: str, line: int) -> bool:
    """True when line ``line`` (1-based) of ``text`` starts with a tab in its indentation."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return False
    end = text.find("\n", start)
    row = text[start:] if end < 0 else text[start:end]
    return "\t" in row[: len(row) - len(row.lstrip(" \t"))]
