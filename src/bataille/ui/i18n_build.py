"""Update the translation sources and build the .qm files: ``python -m bataille.ui.i18n_build``.

``make translations`` runs this. pyside6-lupdate collects every ``tr()`` and
``QCoreApplication.translate()`` string of the ui package into bataille_<lang>.ts (kept in
git, edited with pyside6-linguist or a text editor); pyside6-lrelease compiles each .ts into
the .qm the app loads (ignored by git, shipped as package data), with what the app's font
lacks replaced as print replaces it (:func:`for_the_screen`).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bataille.ui.i18n import SUPPORTED_LANGUAGES
from bataille.ui.paths import translations_dir
from bataille.words import FONT_SUBSTITUTES

UI_DIR = Path(__file__).resolve().parent


class TranslationToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease cannot be found."""


def tool(name: str) -> str:
    """The PySide6 tool beside the running Python (the venv), else on the PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise TranslationToolMissing(f"{name} not found: install PySide6 in this Python ({sys.executable})")
    return found


def ts_files(folder: Path | None = None) -> list[Path]:
    folder = folder or translations_dir()
    return [folder / f"bataille_{lang}.ts" for lang in SUPPORTED_LANGUAGES]


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def update(quiet: bool = True) -> None:
    """Collect the UI strings into every .ts file (new strings appear as unfinished).

    English is the source language: its .ts is completed here, and lupdate runs a second
    time so that the file keeps lupdate's own layout (no churn in git).
    """
    files = ts_files()
    command = [tool("pyside6-lupdate"), *map(str, sources()), "-source-language", "en",
               "-locations", "none", "-no-obsolete", "-ts", *map(str, files)]
    subprocess.run(command, check=True, capture_output=quiet)
    english = translations_dir() / "bataille_en.ts"
    if complete_english(english):
        subprocess.run(command, check=True, capture_output=True)


_UNFINISHED = re.compile(
    r'<source>(?P<source>[^<]*)</source>\s*<translation type="unfinished">\s*</translation>')
_UNFINISHED_PLURAL = re.compile(
    r'(?P<head><message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*(?:<numerusform>\s*</numerusform>\s*)*</translation>')


# As in the code, or as a .ts writes it: between letters (don't), or after a plural's s (phones' vote)
# unless the word opened with a quote of its own ('Yes' stays a quoted word).
_BETWEEN_LETTERS = re.compile(r"(?<=[A-Za-z0-9])(?:'|&apos;)(?=[A-Za-z])")
_PLURAL = re.compile(r"(\S*[A-Za-z]s)(?:'|&apos;)(?=[\s,.;:)]|$)")


def typographic(english: str) -> str:
    """The English the interface shows: a straight apostrophe (written so in the code) becomes the
    typographic one, as in the summary and the guide (don't -> don’t, the phones' vote -> phones’)."""
    english = _PLURAL.sub(lambda m: m[0] if m[1].startswith(("'", "&apos;")) else m[1] + "\u2019", english)
    return _BETWEEN_LETTERS.sub("\u2019", english)


def complete_english(path: Path) -> int:
    """Copy each new English source string as its own translation; returns how many."""
    text = path.read_text(encoding="utf-8")
    done = 0

    def single(match: re.Match[str]) -> str:
        nonlocal done
        done += 1
        source = match["source"]
        return f"<source>{source}</source>\n        <translation>{typographic(source)}</translation>"

    def plural(match: re.Match[str]) -> str:
        # "%n card(s)" -> "%n card" / "%n cards": the only plural pattern our sources use.
        nonlocal done
        done += 1
        one, many = (typographic(match["source"]).replace("(s)", end) for end in ("", "s"))
        return (f"{match['head']}<translation>\n            <numerusform>{one}</numerusform>\n"
                f"            <numerusform>{many}</numerusform>\n        </translation>")

    text = _UNFINISHED_PLURAL.sub(plural, text)
    text = _UNFINISHED.sub(single, text)
    if done:
        path.write_text(text, encoding="utf-8")
    return done


_SOURCE = re.compile(r"(<source>.*?</source>)", re.S)
# Each character the font lacks, as the .ts may write it (itself, or as a numeric entity).
_LACKING = [(re.compile(rf"{re.escape(char)}|&#(?:x0*{ord(char):x}|0*{ord(char)});", re.IGNORECASE), replacement)
            for char, replacement in FONT_SUBSTITUTES.items()]


def for_the_screen(ts_text: str) -> str:
    """A .ts file's text with its translations as the app's font can draw them.

    The .ts keeps French typography (a narrow no-break space before ; ? !); the .qm the app loads
    gets the nearest character the bundled font has (bataille.words.FONT_SUBSTITUTES), as print
    does. Source strings are left alone: they are what tr() looks up.
    """
    def substitute(part: str) -> str:
        for written, replacement in _LACKING:
            part = written.sub(replacement, part)
        return part

    return "".join(part if i % 2 else substitute(part) for i, part in enumerate(_SOURCE.split(ts_text)))


def release(output_dir: Path | None = None, quiet: bool = True) -> list[Path]:
    """Compile each .ts into a .qm (beside it, or in ``output_dir``); returns the .qm paths."""
    built = []
    with tempfile.TemporaryDirectory(prefix="bataille-ts-") as folder:
        for ts in ts_files():
            qm = (output_dir or ts.parent) / ts.with_suffix(".qm").name
            screen = Path(folder) / ts.name
            screen.write_text(for_the_screen(ts.read_text(encoding="utf-8")), encoding="utf-8")
            subprocess.run([tool("pyside6-lrelease"), str(screen), "-qm", str(qm)], check=True, capture_output=quiet)
            built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bataille.ui.i18n_build", description=__doc__)
    parser.add_argument("--no-update", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    try:
        if not args.no_update:
            update(quiet=False)
        for qm in release(quiet=False):
            print(f"built {qm}")
    except (TranslationToolMissing, subprocess.CalledProcessError) as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
