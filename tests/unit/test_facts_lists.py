"""The list rules (breakdowns, lists after a counted object) are shared and compiled on first use.

Each kind's breakdown is matched as a shared list pattern then the kind's tail, and a list after a
counted object as a shared pattern after the verb-object match; both must find exactly what each
kind's whole pattern finds, and importing the extractors must not compile them.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from incident_reader.core.facts.casualties import RULES as CASUALTY_RULES
from incident_reader.core.facts.count_rules import _COUNT_AFTER, CountRules, _toll_end
from incident_reader.core.facts.lists import _ANON_PART, more_after, object_end
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.people import RULES as ARREST_RULES

RULES: tuple[CountRules, ...] = (*CASUALTY_RULES, ARREST_RULES)
SENTENCES = [
    "One firefighter and two colleagues were hurt, and a man and a woman were arrested.",
    "Two men, a woman and a child were killed and three people were injured.",
    "The driver, a man in his 50s, and two passengers were taken to hospital.",
    "A woman in her 30s and a man in his 40s, both aged over 30, were later arrested.",
    "Two men and a woman aged 30s were struck and killed; her son and a boy were hit and injured.",
    "The blast killed two men, a woman and a child, injuring four officers and a pensioner.",
    "Police arrested three teenage boys, a man and two women, and a fourth man was arrested.",
    "It left two police officers and a third man dead, wounding a woman, her son and his wife.",
    "Between two and four people and a dozen officers were injured, killing one and a boy.",
    "The fumes hospitalised two porters and a guard, and hospitalising a child and her mother.",
]


def _whole_object_rule(rules: CountRules) -> re.Pattern[str]:
    """The verb-object rule as it was written before: with its list inside."""
    assert rules.verb_object is not None
    more = rf"(?P<more>(?:\s*,\s*{_ANON_PART})*\s*,?\s+and\s+{_ANON_PART})?"
    return re.compile(rules.verb_object.pattern.replace("(?P<obj>)", more), re.IGNORECASE)


@pytest.mark.parametrize("rules", RULES, ids=lambda r: r.kind)
def test_a_breakdown_is_found_as_the_whole_pattern_finds_it(rules: CountRules) -> None:
    assert rules.breakdown is not None
    whole = re.compile(rules.breakdown.whole, re.IGNORECASE)
    found = 0
    for text in SENTENCES:
        for p in range(len(text)):
            m, hit = whole.match(text, p), rules.breakdown.match(text, p)
            expected = (m.start(), m.end(), m.group("parts")) if m else None
            assert (hit and (hit.start(), hit.end(), hit.parts)) == expected, (text, p)
            found += m is not None
    assert found  # the sentences hold breakdowns of every kind


@pytest.mark.parametrize("rules", [r for r in RULES if r.verb_object], ids=lambda r: r.kind)
def test_a_list_after_an_object_is_found_as_the_whole_rule_finds_it(rules: CountRules) -> None:
    assert rules.verb_object is not None
    whole = _whole_object_rule(rules)
    lists = 0
    for text in SENTENCES:
        for p in range(len(text)):
            m, part = whole.match(text, p), rules.verb_object.match(text, p)
            assert (m is None) == (part is None), (text, p)
            if m and part:
                more = more_after(part)
                assert (part.start(), object_end(part)) == m.span()
                assert (more.group("more") if more else None) == m.group("more")
                assert part.group("n", "ord", "verb") == m.group("n", "ord", "verb")
                lists += more is not None
    assert lists


TOLLS = (
    "The death toll rose to twenty-one, and the toll stood at between two and four. The number"
    " of people killed rose to 1,500 people; it claimed the lives of more than 30 to 40, then of"
)


@pytest.mark.parametrize("rules", [r for r in RULES if r.fixed], ids=lambda r: r.kind)
def test_a_toll_count_is_read_as_the_whole_toll_rule_reads_it(rules: CountRules) -> None:
    tolls = 0
    for (rule, value), scan in zip(rules.fixed, rules.fixed_scans, strict=True):
        if value is not None:
            continue
        whole = re.compile(rf"{rule.pattern}(?:\s+(?P<n>{COUNT}))?", re.IGNORECASE)
        expected = [(m.start(), m.end(), m.group("n")) for m in whole.finditer(TOLLS)]
        found = [m for m in rule.finditer(TOLLS)]
        counts = [_COUNT_AFTER.match(TOLLS, m.end()) for m in found]
        assert [
            (m.start(), _toll_end(m), n.group("n") if n else None)
            for m, n in zip(found, counts, strict=True)
        ] == expected
        assert scan.end is _toll_end
        tolls += sum(n is not None for n in counts)
    assert tolls or rules.kind != "casualties.killed"


def test_importing_the_extractors_compiles_no_list_rule() -> None:
    code = (
        "import incident_reader.core.facts\n"
        "from incident_reader.core.facts import lists\n"
        "print(lists._compiled.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_warm_up_compiles_every_list_rule_for_forked_workers() -> None:
    from incident_reader.core import analysis
    from incident_reader.core.facts import lists

    lists._compiled.cache_clear()
    analysis.warm_up()
    compiled = lists._compiled.cache_info().currsize
    assert lists._WHOLES and compiled == len({lists._BREAKDOWN_HEAD, lists._MORE, *lists._WHOLES})
