"""Every refusal of the rules has its French: the console says why in the interface's language."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import bataille.workshop as workshop
from bataille.workshop import ActionError
from bataille.workshop.refusals import REFUSALS, refusal

NOT_REFUSALS = {"ValueError", "KeyError", "TypeError", "AssertionError", "NotImplementedError"}


def _template(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value.replace("{", "{{").replace("}", "}}") if isinstance(v, ast.Constant) else "{}"
                       for v in node.values)
    return None


def _raised_templates() -> set[str]:
    found = set()
    for path in Path(workshop.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                template = _template(node.exc.args[0])
                if name not in NOT_REFUSALS and template is not None:
                    found.add(template)
    return found


def test_every_refusal_raised_by_the_rules_has_its_french():
    raised = _raised_templates()
    assert len(raised) > 60
    missing = sorted(raised - set(REFUSALS))
    assert not missing, missing


@pytest.mark.parametrize("template", sorted(REFUSALS))
def test_the_french_uses_every_value_once(template):
    english_values = template.count("{}")
    names = [f for _, f, _, _ in string.Formatter().parse(REFUSALS.text(template, "fr")) if f is not None]
    assert sorted(names) == [str(i) for i in range(english_values)], template


def test_a_refusal_is_said_in_french_with_its_values(started):
    with pytest.raises(ActionError) as caught:
        started.place_card("team-1", "nowhere", 0)
    message = str(caught.value)
    assert refusal(message, "en") == message
    assert refusal(message, "fr") == "Distribuez d’abord les cartes de la frise."
    started.start_phase("timeline")
    started.deal_timeline(cards_per_team=1, seed=1)
    with pytest.raises(ActionError) as caught:
        started.place_card("team-1", "nowhere", 0)
    assert refusal(str(caught.value), "fr") == "Hiboux n’a pas la carte 'nowhere' en main."
    assert refusal("Something new.", "fr") == "Something new."  # unknown: said as it is


def test_the_words_a_rule_puts_in_are_said_in_french_too(started):
    with pytest.raises(ActionError) as caught:
        started.pause_timer()
    assert refusal(str(caught.value), "fr") == \
        "Aucune étape n’est en cours\u00a0: commencez-en une d’abord (mettre son minuteur en pause)."
