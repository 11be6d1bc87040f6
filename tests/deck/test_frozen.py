"""``@record`` classes compare, hash, print, refuse changes and copy as ``@dataclass(frozen=True)`` ones do."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from bataille.deck.frozen import Frozen, record
from bataille.deck.models import Card, FactCard, Name, Source, Text
from bataille.workshop.events import TeamAdded
from bataille.workshop.state import Rules


@record
class Point(Frozen):
    x: int
    y: int = 0
    label: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)
    counted: str = field(default="", compare=False, hash=True)


@dataclass(frozen=True)
class PointDC:
    x: int
    y: int = 0
    label: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)
    counted: str = field(default="", compare=False, hash=True)


@record(kw_only=True)
class Moved(Point):
    by: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MovedDC(PointDC):
    by: tuple[int, ...] = ()


@record
class Nothing(Frozen):
    pass


@dataclass(frozen=True)
class NothingDC:
    pass


@record
class Box(Frozen):
    items: list


@dataclass(frozen=True)
class BoxDC:
    items: list


SAMPLES = [
    ((1,), {}), ((1, 2), {}), ((1, 2), {"label": "a"}), ((1, 2), {"label": "b"}), ((1, 2), {"secret": "s"}),
    ((1, 2), {"counted": "c"}), ((float("nan"),), {}), ((1, (2, "é")), {"label": "x", "secret": "y"}),
]


def _pairs():
    for args, kwargs in SAMPLES:
        yield Point(*args, **kwargs), PointDC(*args, **kwargs)
        yield Moved(*args, by=(3,), **kwargs), MovedDC(*args, by=(3,), **kwargs)


def test_text_is_the_dataclasss_with_its_own_class_name():
    for ours, theirs in _pairs():
        assert repr(ours) == repr(theirs).replace("PointDC(", "Point(").replace("MovedDC(", "Moved(")
    assert repr(Nothing()) == "Nothing()" and repr(NothingDC()) == "NothingDC()"


def test_equality_and_hash_are_the_dataclasss():
    pairs = list(_pairs())
    for ours_a, theirs_a in pairs:
        assert hash(ours_a) == hash(theirs_a)
        for ours_b, theirs_b in pairs:
            assert (ours_a == ours_b) == (theirs_a == theirs_b)
            assert (ours_a != ours_b) == (theirs_a != theirs_b)
    assert Point(1) != Moved(1) and Point(1) != PointDC(1) and Point(1) != (1, 0)
    assert (Point(1).__eq__((1, 0))) is NotImplemented
    assert Nothing() == Nothing() and hash(Nothing()) == hash(NothingDC()) == hash(())


def test_a_record_refuses_changes_and_is_still_a_dataclass():
    p = Moved(1, 2, label="a", by=(1,))
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field 'x'"):
        p.x = 3
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field 'y'"):
        del p.y
    with pytest.raises(TypeError):
        Moved(1, 2, "l", "s", "c", (3,))  # by is keyword-only
    assert [f.name for f in dataclasses.fields(p)] == [f.name for f in dataclasses.fields(MovedDC)]
    assert dataclasses.replace(p, x=5) == Moved(5, 2, label="a", by=(1,))
    assert dataclasses.asdict(p) == dataclasses.asdict(MovedDC(1, 2, label="a", by=(1,)))
    assert pickle.loads(pickle.dumps(p)) == p and copy.deepcopy(p) == p
    assert Point.__match_args__ == PointDC.__match_args__


def test_a_record_holding_itself_prints_as_a_dataclass_does():
    ours, theirs = Box([]), BoxDC([])
    ours.items.append(ours)
    theirs.items.append(theirs)
    assert repr(ours) == repr(theirs).replace("BoxDC(", "Box(") == "Box(items=[...])"
    with pytest.raises(TypeError, match="unhashable"):
        hash(ours)


def test_record_needs_the_frozen_base():
    with pytest.raises(TypeError, match="Frozen"):
        @record
        class Loose:
            x: int


def test_the_cores_records_keep_their_value_semantics():
    text = Text.of(fr="Fait", en="Fact")
    card = FactCard("f1", "fact", text, "t1", source_line=3, sources=(Source("T", Name.same("P"), 2024, "https://x.org"),))
    same = FactCard("f1", "fact", Text.of(fr="Fait", en="Fact"), "t1", source_line=9,
                    sources=(Source("T", Name.same("P"), 2024, "https://x.org"),))
    assert card == same and hash(card) == hash(same)  # where a card was read is not part of it
    assert card != Card("f1", "fact", text, "t1")
    assert repr(text) == "Text(values=(('fr', 'Fait'), ('en', 'Fact')))"
    assert TeamAdded(at=1.0, team_id="t", name="A", colour="#fff") == TeamAdded(at=1.0, team_id="t", name="A",
                                                                                colour="#fff")
    assert repr(TeamAdded(at=1.0, team_id="t", name="A", colour="#fff")) == \
        "TeamAdded(at=1.0, team_id='t', name='A', colour='#fff')"
    assert {Rules(), Rules()} == {Rules()}


def _core_records() -> list[type]:
    import bataille.deck.icons
    import bataille.storage.recent
    import bataille.workshop.agenda
    import bataille.workshop.changes
    import bataille.workshop.events
    import bataille.workshop.flow
    import bataille.workshop.minds
    import bataille.workshop.state  # noqa: F401 - their records are found through Frozen

    def below(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *below(sub))]

    return [c for c in dict.fromkeys(below(Frozen)) if c.__module__.startswith("bataille.")]


def _twin(cls: type) -> type:
    """A frozen dataclass with the same fields as ``cls``, made by dataclasses themselves."""
    specs = [(f.name, f.type, field(default=None, compare=f.compare, repr=f.repr, hash=f.hash, kw_only=f.kw_only))
             for f in dataclasses.fields(cls)]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def test_every_record_of_the_core_compares_hashes_and_prints_as_its_dataclass_twin():
    records = _core_records()
    assert len(records) >= 60  # the models, the events, the state…
    for cls in records:
        twin = _twin(cls)
        names = [f.name for f in dataclasses.fields(cls)]
        values = [{n: (i, f"v{i}") for i, n in enumerate(names)}]
        for n in names:  # the same, with one field changed at a time
            values.append({**values[0], n: ("other",)})
        ours = [cls(**v) for v in values]
        theirs = [twin(**v) for v in values]
        for a, ta in zip(ours, theirs, strict=True):
            assert repr(a) == repr(ta), cls
            assert hash(a) == hash(ta), cls
            for b, tb in zip(ours, theirs, strict=True):
                assert (a == b) == (ta == tb), (cls, a, b)
