"""The phones' rows of the summary: their feedback at the end, anonymous and aggregated."""

from __future__ import annotations

from collections.abc import Callable

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
