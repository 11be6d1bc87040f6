"""No page of the PDF summary ends with a heading (docs/summary-format.md), read back page by page
with poppler: whole workshops of 4 and 8 teams, in French and in English, with the phones' feedback.

"The theme that taught most" ended page 8 of a summary and its list began page 9: reportlab keeps
a heading with what follows only when that is a plain paragraph or table, and a bulleted list is
neither (« Engagements écrits sur les téléphones », « À retenir » and the sides' « Pour » alike).
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary

from .workshops import workshop

HEADING_SIZE = 15  # pdftohtml's sizes are 1.5 times the points: headings are bold, 10 pt and more


def page_ends(path) -> list[tuple[str, bool]]:
    """Each page's last line of text above the footer, and whether it is a heading (every word of it
    bold, in 10 pt or more; a table's head is in 9 pt, a bullet's team name is followed by its text)."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    sizes: dict[str, int] = {}
    ends = []
    for page in root.iter("page"):
        sizes.update({f.get("id"): int(f.get("size")) for f in page.iter("fontspec")})
        height = float(page.get("height"))
        texts = [t for t in page.iter("text") if float(t.get("top")) < height * 0.94 and "".join(t.itertext()).strip()]
        last = max(float(t.get("top")) for t in texts)
        line = sorted((t for t in texts if abs(float(t.get("top")) - last) < 4), key=lambda t: float(t.get("left")))
        words = " ".join("".join(t.itertext()).strip() for t in line)
        bold = all(len(t) == 1 and t[0].tag == "b" and not (t.text or "").strip() and not (t[0].tail or "").strip()
                   for t in line)
        ends.append((words, bold and all(sizes[t.get("font")] >= HEADING_SIZE for t in line)))
    return ends


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("teams", [4, 8])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_ends_with_a_heading(deck, tmp_path, lang, teams, seed):
    session = workshop(deck, lang, teams, seed)
    export_summary(session, deck, tmp_path / "s.pdf")
    ends = page_ends(tmp_path / "s.pdf")
    assert len(ends) > 5
    assert [(n, words) for n, (words, heading) in enumerate(ends, start=1) if heading] == []


def test_the_reader_sees_a_heading_at_the_end_of_a_page(deck, tmp_path):
    """The check itself: a page that ends with a heading is seen (the debrief's, forced to the end)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from bataille.export.fonts import register_fonts
    from bataille.export.summary_pdf_style import styles

    register_fonts()
    st = styles()
    doc = SimpleDocTemplate(str(tmp_path / "h.pdf"), pagesize=A4)
    alone = ParagraphStyle("alone", parent=st["h3"], keepWithNext=0)
    doc.build([Spacer(1, 400), Paragraph("Some text", st["body"]), Paragraph("A heading", alone), PageBreak(),
               Paragraph("Overleaf", st["body"]), Paragraph("<b>Team</b> — a bullet", st["body"])])
    assert page_ends(tmp_path / "h.pdf")[0] == ("A heading", True)
    assert page_ends(tmp_path / "h.pdf")[1] == ("Team — a bullet", False)
