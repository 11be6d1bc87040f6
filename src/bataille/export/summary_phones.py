"""The phones' rows of the summary: their feedback at the end, anonymous and aggregated."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .summary_rows import FeedbackRow


def feedback_row(answers: tuple[tuple[str, int, str | None, str], ...],
                 theme_name: Callable[[str], str]) -> FeedbackRow | None:
    """How many answered, the average rating, how many gave each rating, the themes chosen (most
    first) and the commitments written; None when no phone sent its feedback. No token kept."""
    if not answers:
        return None
    ratings = tuple(sum(1 for a in answers if a[1] == n) for n in range(1, 6))
    chosen: dict[str, int] = {}
    for _token, _rating, theme, _text in answers:
        if theme:
            chosen[theme] = chosen.get(theme, 0) + 1
    themes = tuple((t, theme_name(t), n) for t, n in sorted(chosen.items(), key=lambda kv: (-kv[1], kv[0])))
    return FeedbackRow(len(answers), sum(a[1] for a in answers) / len(answers), ratings, themes,
                       tuple(a[3] for a in answers if a[3]))


FINAL_MARKS = ".!?…;:,"  # what may end a line written on a phone without changing what it says


def same_commitment(text: str) -> str:
    """What two commitments share when they say the same thing: case, surrounding spaces and the
    final punctuation set aside (« Vérifier mes sources » and « vérifier mes sources. »)."""
    key = text.strip().rstrip(FINAL_MARKS + " \u00a0\u202f\t").strip()
    return (key or text.strip()).casefold()


def grouped_commitments(texts: Iterable[str]) -> tuple[tuple[str, int], ...]:
    """The commitments written, each said once with how many wrote it: (text, count), most written
    first, then the others in the order written. A group is shown as most of its phones wrote it
    (the first spelling written when two are as common)."""
    groups: dict[str, dict[str, int]] = {}
    for text in texts:
        spellings = groups.setdefault(same_commitment(text), {})
        spellings[text] = spellings.get(text, 0) + 1
    rows = [(max(spellings, key=spellings.__getitem__), sum(spellings.values())) for spellings in groups.values()]
    return tuple(sorted(rows, key=lambda row: -row[1]))  # a stable sort: ties keep the order written


def counted(text: str, count: int, space: str = " ") -> str:
    """A commitment with how many phones wrote it, when more than one did: « Vérifier mes sources (×8) »."""
    return text if count == 1 else f"{text}{space}(×{count})"
