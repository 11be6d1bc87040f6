"""The console's own escaping writes what the standard library's html.escape writes."""

import html
import random

from bataille.ui.rich_text import escape


def test_escape_matches_the_standard_library_on_awkward_text():
    samples = ["", "plain", "a < b && c > d", "« l’IA » \"quoted\" 'single'", "&amp; already", "<script>x</script>",
               "émoji 🙂 and tabs\tand\nlines"]
    rng = random.Random(19)
    alphabet = "&<>\"'aé « »\n\u00a0\u202f"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    for text in samples:
        assert escape(text) == html.escape(text), text


def test_escape_leaves_no_markup_behind():
    assert "<" not in escape("<b>bold</b>") and ">" not in escape("<b>bold</b>")
