"""The vehicles of one incident told apart, so each is compared with its counterpart.

A collision has more than one vehicle: a report telling "a gray pickup" and "the school bus" tells
two vehicles, not one it contradicts. A report's vehicle mentions fall into one group per vehicle
type ("a Silverado" joins the pickup it agrees with); across reports, each report's group that the
other reports' groups agree with is compared as the incident's vehicle, and a second vehicle is
compared with the other reports' second vehicle of its type (a bus with a bus). Mentions of one
type that differ in colour or model stay one group: that is a dispute about one vehicle.
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_reader.core.align.values import CONFLICT
from incident_reader.core.align.wording import compare_vehicles, parse_vehicle, types_agree
from incident_reader.core.model import Fact

Told = tuple[str, list[Fact]]  # (report id, its mentions of one vehicle)


def vehicle_groups(facts: Sequence[Fact]) -> list[list[Fact]]:
    """A report's vehicle mentions grouped by the vehicle they tell, in the order first told;
    a mention without a type that contradicts every group (a silver Toyota beside a blue car)
    tells another vehicle."""
    groups: list[list[Fact]] = []
    untyped: list[Fact] = []
    for fact in sorted(facts, key=lambda f: f.start):
        types = parse_vehicle(str(fact.value)).types
        if not types:
            untyped.append(fact)
            continue
        home = next((g for g in groups if types_agree(types, _types(g))), None)
        if home is None:
            groups.append([fact])
        else:
            home.append(fact)
    for fact in untyped:  # "the Ford": the group naming its make or model, else one it fits
        named = (g for g in groups if _names_alike(fact, g) and _fits(fact, g))
        fitting = (g for g in groups if _fits(fact, g))
        home = next(named, None) or next(fitting, None)
        if home is None:
            groups.append([fact])
        else:
            home.append(fact)
    for group in groups:
        group.sort(key=lambda f: f.start)
    return groups


def _types(group: Sequence[Fact]) -> frozenset[str]:
    return frozenset().union(*(parse_vehicle(str(f.value)).types for f in group))


def _names_alike(fact: Fact, group: Sequence[Fact]) -> bool:
    """Whether a group tells the make or a model the mention names: a make told alone ("the
    Ford") is the Ford of the story, not the first vehicle it does not contradict."""
    v = parse_vehicle(str(fact.value))
    told = [parse_vehicle(str(g.value)) for g in group]
    return any(v.makes & g.makes or v.models & g.models for g in told)


def _fits(fact: Fact, group: Sequence[Fact]) -> bool:
    return all(compare_vehicles(str(fact.value), str(g.value)) != CONFLICT for g in group)


def _agrees(a: Sequence[Fact], b: Sequence[Fact]) -> bool:
    """Whether two groups may tell one vehicle: their types agree (or one tells no type)."""
    ta, tb = _types(a), _types(b)
    return not ta or not tb or types_agree(ta, tb)


def vehicle_slots(per_report: Sequence[Told]) -> list[list[Told]]:
    """The reports' vehicle groups as slots to compare, like with like: first the incident's
    vehicle (the group the most reports tell, and each report's group that agrees with it, or
    its own most told), then a second vehicle where two or more reports tell one that agrees."""
    grouped = [(art, vehicle_groups(facts)) for art, facts in per_report]
    if all(len(groups) == 1 for _, groups in grouped):
        return [list(per_report)]
    first = _slot(grouped, every=True)
    taken = {id(group) for _, group in first}
    rest = [(art, [g for g in groups if id(g) not in taken]) for art, groups in grouped]
    second = _slot([(art, groups) for art, groups in rest if groups], every=False)
    return [first, second] if len(second) > 1 else [first]


def _slot(grouped: Sequence[tuple[str, list[list[Fact]]]], every: bool) -> list[Told]:
    """Each report's group agreeing with the group most reports tell (the anchor); with
    ``every``, a report telling none that agrees gives its own most told group."""
    if not grouped:
        return []

    def support(art: str, group: list[Fact]) -> int:
        return sum(
            any(_agrees(group, g) for g in groups) for other, groups in grouped if other != art
        )

    def rank(art: str, group: list[Fact]) -> tuple[int, int, int]:
        return (-support(art, group), -len(group), group[0].start)

    anchor = min(((art, g) for art, groups in grouped for g in groups), key=lambda ag: rank(*ag))[1]
    out: list[Told] = []
    for art, groups in grouped:
        agreeing = [g for g in groups if g is anchor or _agrees(g, anchor)]
        if agreeing or every:
            out.append((art, min(agreeing or groups, key=lambda g: rank(art, g))))
    return out
