"""Compare reports: match incidents across reports, pair their facts and timelines, label agreement.

``compare(analyses)`` is the entry point (through ``core.analysis.compare``); ``ComparisonIndex``
answers the reader's "what is related to the text in view" on every scroll.

* Incidents (``incidents``): each report's incidents (its own and those it recalls) are grouped
  across reports by date, place and telling; facts pair only within one group.
* Statuses: ``match`` (the same value), ``compatible`` (other precision, no contradiction: a
  month holds its days, ranges overlap, clock times under 10 minutes apart, "white van" within
  "white Ford Transit van"), ``revised`` (a report written later, within a week of the incident,
  gives a higher casualty or arrest figure), ``conflict`` (anything else). Each pair is labelled
  by its own two values: a third report's figure never paints two that agree.
* Each report's final statement of a fact is paired (see ``pairing``); its echoes (repeats, the
  headline) are paired with every mention of the other report under the finals' status.
* Kind ``"timeline"``: timeline entries aligned across reports (see ``moments``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from functools import cache
from itertools import combinations

from incident_reader.core.align.dissent import dissent_pairs, own_conflict_spans
from incident_reader.core.align.first_hours import tells_first_hours
from incident_reader.core.align.incidents import (
    fold_later_stages,
    fold_recalled_originals,
    match_incidents,
)
from incident_reader.core.align.index import ComparisonIndex, IndexEntry
from incident_reader.core.align.moments import Moments, Vocabulary, align_moments, moments
from incident_reader.core.align.pairing import (
    REVISABLE,
    Statement,
    compare_values,
    final_precision,
    later_events,
    pair_statements,
    statement_of,
)
from incident_reader.core.align.stages import Stages, near_borrowed
from incident_reader.core.align.summary import summarise
from incident_reader.core.align.values import (
    COMPATIBLE,
    CONFLICT,
    MATCH,
    compare_dates,
    parse_count,
)
from incident_reader.core.align.vehicles import vehicle_slots
from incident_reader.core.align.zones import ZONE_LOOKAHEAD, localised, place_zone, zone_of
from incident_reader.core.facts.log_entries import entry_headers, entry_times
from incident_reader.core.facts.measures import MEASURED_KINDS, measure_of
from incident_reader.core.facts.revisions import figure_stamp, told_provisional
from incident_reader.core.model import (
    FACT_KINDS,
    Comparison,
    Fact,
    FactPair,
    FactSummary,
    OnlyFact,
    Report,
    ReportAnalysis,
    SharedIncident,
    TimelineEntry,
)
from incident_reader.core.timeline_zones import local_offset, with_offset

__all__ = ["ComparisonIndex", "IndexEntry", "compare", "shared_incident_of"]

TIME_KINDS = ("incident.time", "incident.date")
HEADLINE_CHARS = 160  # a first line this short and not ending a sentence is a headline
# A clock told with a hedge ("about 6.10am", "shortly after 2.20pm") is less precise than one
# read off a record ("at 6.07am"): of agreeing clocks, the fact's summary shows the exact one.
_HEDGED = re.compile(
    r"\b(?:about|around|approximately|roughly|some|circa|shortly|just|soon|nearly|almost)\b",
    re.IGNORECASE,
)
HEDGE_MINUTES = 5  # what a hedge costs a clock's precision (minutes of its window)


def shared_incident_of(incidents: Sequence[SharedIncident]) -> dict[tuple[str, str], str]:
    """(report id, report-local incident id) -> shared incident id."""
    return {(art, local): s.id for s in incidents for art, local in s.members.items()}


def _main_local(analysis: ReportAnalysis) -> str | None:
    main = next((i.id for i in analysis.incidents if i.main), None)
    return main or (analysis.incidents[0].id if analysis.incidents else None)


def headline_end(report: Report) -> int:
    """Where the headline ends, when the body opens with it (a one-line title, then more)."""
    first = report.text.split("\n", 1)[0].rstrip()
    closed = first.endswith((".", "!", "?", '"', "”", "'", "’"))
    if first and not closed and len(first) <= HEADLINE_CHARS and len(first) < len(report.text):
        return len(first)
    return 0


def compare(analyses: Sequence[ReportAnalysis]) -> Comparison:
    """Match incidents across the analysed reports and pair what they say about each."""
    incidents, shared_of = fold_recalled_originals(
        analyses, *fold_later_stages(analyses, match_incidents(analyses))
    )
    by_id = {s.id: s for s in incidents}
    local_time = _LocalTimes(analyses, by_id)
    pairs: list[FactPair] = []
    only: list[OnlyFact] = []
    # (shared incident, kind) -> [(article, that report's facts)] in comparison order
    grouped: dict[tuple[str, str], list[tuple[str, list[Fact]]]] = defaultdict(list)
    logs: set[str] = set()  # reports whose entry stamps are the times of the events they log
    for analysis in analyses:
        article = analysis.report.id
        per_key: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        stamps, events = _stamp_facts(analysis, entry_headers(analysis.report.text))
        if events:
            logs.add(article)
        for fact in analysis.facts:
            if id(fact) in stamps:
                continue  # a live-blog timestamp says when the entry was written, not the incident
            shared = shared_of.get((article, fact.incident))
            if shared is None:
                continue
            if fact.kind == "incident.time":
                fact = local_time(shared, fact, analysis)
            elif fact.kind in COUNT_KINDS:
                fact = just_under(fact)
            if fact.kind == "incident.date":
                fact = _story_year(fact, by_id[shared].date)
            if fact.kind == "incident.date" and _misread(fact, analysis, by_id[shared].date):
                only.append(OnlyFact(article, fact.kind, shared, fact.value, *_told(fact)))
                continue  # read from another report's DCT and wrong for the story: shown alone
            per_key[shared, fact.kind].append(fact)
        for key, facts in per_key.items():
            grouped[key].append((article, facts))
    # a log's or reconstruction's entries tell the event in order, not the figures as they
    # came in: its latest entry is no update of the summary written above them all
    entries_of = {
        a.report.id: [] if a.report.id in logs else entry_times(a.report.text) for a in analyses
    }
    headline_of = {a.report.id: headline_end(a.report) for a in analyses}
    texts = {a.report.id: a.report.text for a in analyses}
    kind_rank = {k: n for n, k in enumerate(FACT_KINDS)}
    inc_rank = {s.id: n for n, s in enumerate(incidents)}
    stages = Stages(analyses)
    conflicting = {a.report.id: own_conflict_spans(a) for a in analyses if a.internal_conflicts}
    dissents: list[FactPair] = []  # after every row's own pairs: they never relabel a row
    by_report = {a.report.id: a for a in analyses}

    @cache
    def spans(article: str) -> tuple[tuple[int, int, str], ...]:
        """A report's time expressions as (start, end, value), read once for figure stamps."""
        return tuple((t.start, t.end, t.value or "") for t in by_report[article].timexes)

    @cache
    def early(article: str) -> bool:
        """Whether a report tells itself as written in the first hours (its counts may rise)."""
        return tells_first_hours(texts[article])

    summaries: list[FactSummary] = []
    named: dict[tuple[str, str], Fact] = {}  # (incident, report) -> the suspect its name is
    for (shared, kind), told in sorted(
        grouped.items(), key=lambda kv: (inc_rank[kv[0][0]], kind_rank.get(kv[0][1], 99), kv[0][1])
    ):
        # a collision's vehicles each compared with their counterparts (see ``vehicles``)
        slots = vehicle_slots(told) if kind == "vehicle" else [told]
        for slot, per_report in enumerate(slots):
            statements = _statements(kind, per_report, entries_of, headline_of, texts)
            if kind == "suspect.name":  # a report that names several suspects (a list)
                named.update({
                    (shared, st.article): st.final
                    for st, (_, facts) in zip(statements, per_report, strict=True)
                    if any(compare_values(kind, st.final.value, f.value) == CONFLICT for f in facts)
                })  # fmt: skip
            elif kind == "suspect.age":
                facts_of = dict(per_report)
                statements = [
                    _age_of_named(st, facts_of[st.article], named.get((shared, st.article)))
                    for st in statements
                ]
            statements, later = later_events(kind, statements, by_id[shared].date)
            if kind in REVISABLE:  # "As of Sunday evening, 153 killed": when it was true
                statements = [
                    replace(
                        st,
                        as_of=figure_stamp(st.final, texts[st.article], spans(st.article)),
                        provisional=told_provisional(st.final, texts[st.article])
                        or early(st.article),
                    )
                    for st in statements
                ]
            if kind in MEASURED_KINDS:  # "seriously injuring 29" beside "36 injured"
                statements = [
                    replace(st, measure=measure_of(kind, st.final, texts[st.article]))
                    for st in statements
                ]
            only += [
                OnlyFact(st.article, kind, shared, f.value, f.text, f.start, f.end)
                for st in later
                for f in (st.final, *st.echoes)
            ]
            if not statements:
                continue
            paired = pair_statements(kind, shared, statements, stages, by_id[shared].date)
            pairs += paired.pairs
            if not slot and conflicting:
                dissents += dissent_pairs(kind, shared, statements, dict(per_report), conflicting)
            only += paired.only
            if slot:
                continue  # the fact's summary tells the incident's own vehicle
            finals = [(st.article, st.final.value) for st in statements]
            finals_paired = paired.pairs[: len(statements) * (len(statements) - 1) // 2]
            precision = {
                st.article: final_precision(kind, st.final.value) + _hedge(kind, st.final)
                for st in statements
            }
            updates = frozenset(st.article for st in statements if st.updates)
            measures = {st.article: st.measure for st in statements if st.measure}
            summaries.append(
                summarise(
                    kind, shared, finals, finals_paired, stages, paired.superseded, precision,
                    updates, measures,
                )
            )  # fmt: skip
    pairs += dissents
    pairs += _timeline_pairs(analyses, incidents, shared_of, pairs)
    return Comparison(
        incidents=incidents, pairs=tuple(pairs), only=tuple(only), facts=tuple(summaries)
    )


def _hedge(kind: str, fact: Fact) -> float:
    """What a hedge in a clock's own words costs its precision in the fact's summary; an open
    count says the more the higher its bound ("at least 127" holds "at least 115": the summary
    shows 127+ when the two agree)."""
    if kind == "incident.time":
        return HEDGE_MINUTES if _HEDGED.search(fact.text) else 0.0
    span = parse_count(fact.value) if kind in REVISABLE else None
    return -min(span.lo, 1e6) if span is not None and span.hi is None else 0.0


def _statements(
    kind: str,
    per_report: Sequence[tuple[str, list[Fact]]],
    entries_of: dict[str, list[tuple[int, int]]],
    headline_of: dict[str, int],
    texts: dict[str, str],
) -> list[Statement]:
    """Each report's statement of one fact; a tie between a report's own places, vehicles or
    times goes to what the other reports say (a figure may move with the story, so there the
    lead's figure stands)."""
    statements = [
        statement_of(kind, art, facts, entries_of[art], headline_of[art], texts[art])
        for art, facts in per_report
    ]
    if len(statements) < 2 or kind in REVISABLE:
        return statements
    return [
        statement_of(
            kind, art, facts, entries_of[art], headline_of[art], texts[art],
            [o.final.value for o in statements if o.article != art],
        ) if len(facts) > 1 else st
        for st, (art, facts) in zip(statements, per_report, strict=True)
    ]  # fmt: skip


AGE_BESIDE_NAME = 30  # characters between a name and the age told with it ("Tom Hale, 27")


def _age_of_named(statement: Statement, ages: Sequence[Fact], name: Fact | None) -> Statement:
    """A report that lists several suspects with their ages shows the age of the suspect whose
    name it shows: the age told beside that name ("A, 27, B, 30 and C, 22": B's age is 30), not
    the first or the most precise age of the list. (One suspect told with two ages is not a
    list: there the report's own statement stands.)"""
    if name is None or len(ages) < 2:
        return statement

    def gap(age: Fact) -> int:
        return max(0, max(age.start, name.start) - min(age.end, name.end))

    beside = min(ages, key=lambda age: (gap(age), age.start))
    if gap(beside) > AGE_BESIDE_NAME:
        return statement
    if compare_values("suspect.age", beside.value, statement.final.value) != CONFLICT:
        return statement  # the shown age is that suspect's already, or agrees with it
    echoes = tuple(
        f
        for f in sorted(ages, key=lambda f: f.start)
        if f is not beside
        and compare_values("suspect.age", beside.value, f.value) in (MATCH, COMPATIBLE)
    )
    return replace(statement, final=beside, echoes=echoes, updates=False)


COUNT_KINDS = ("casualties.killed", "casualties.injured", "casualties.hospitalised")
NEARLY_SHARE = 0.9  # "nearly 200" is a figure between 90% of 200 and 200
ABOUT_SHARE = 0.1  # "around 50" is a figure within a tenth of 50 either side (45-55)
_NEARLY = re.compile(
    r"\b(?:(?P<under>nearly|almost|just\s+under|close\s+to)"
    r"|(?P<about>around|about|roughly|approximately|some|an\s+estimated))\s+(?P<n>\d[\d,]*)\b",
    re.I,
)


def just_under(fact: Fact) -> Fact:
    """A count told as "nearly 200" or "around 50" as the range it is (180-200, 45-55), not
    exactly that figure: a report of 195, or of 48, agrees with it. Only figures written in
    digits, where the words say which number."""
    if not isinstance(fact.value, int) or isinstance(fact.value, bool):
        return fact
    m = _NEARLY.search(fact.text)
    if not m or int(m["n"].replace(",", "")) != fact.value:
        return fact
    if m["under"]:
        low = math.ceil(fact.value * NEARLY_SHARE)
        return replace(fact, value={"min": low, "max": fact.value})
    slack = max(1, round(fact.value * ABOUT_SHARE))
    return replace(fact, value={"min": max(0, fact.value - slack), "max": fact.value + slack})


def _stamp_facts(
    analysis: ReportAnalysis, headers: Sequence[tuple[int, int]]
) -> tuple[set[int], bool]:
    """The ids of the time facts read off entry stamps that say when an entry was written, and
    whether some stamp was kept as the time of an event (the report is a log).

    A live blog's stamps are its writing times, and the incident's own time is told in its
    prose. A log or a minute-by-minute reconstruction stamps each event with its time
    ("12:14 a.m. — Officers responded to ..."): where no time of an incident is told outside
    the stamps, its stamps are the incident's times and are kept.
    """
    on_stamp = [
        f
        for f in analysis.facts
        if f.kind in TIME_KINDS and any(s < f.end and f.start < e for s, e in headers)
    ]
    if not on_stamp:
        return set(), False
    stamped = {id(f) for f in on_stamp}
    told_in_prose = {
        (f.incident, f.kind)
        for f in analysis.facts
        if f.kind in TIME_KINDS and id(f) not in stamped
    }
    dropped = {id(f) for f in on_stamp if (f.incident, f.kind) in told_in_prose}
    return dropped, len(dropped) < len(on_stamp)


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")
# A day told by its distance from the report ("on Tuesday", "a year ago today") is the report's
# own: on the story's month and day, it is an anniversary, not the story's day.
_OWN_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|ago"
    r"|last|this|next)\b",
    re.IGNORECASE,
)


def _story_year(fact: Fact, story: str | None) -> Fact:
    """A date told without its year ("the Halloween attack", "the July 7 bombings") on the
    story's month and day, read into another year from a report written years on, is the
    story's date: the year was never told, only guessed from the report's own date."""
    value = str(fact.value)
    if not story or len(story) != len("yyyy-mm-dd") or len(value) != len(story):
        return fact
    if value[4:] != story[4:] or value[:4] == story[:4]:
        return fact
    if _YEAR_WRITTEN.search(fact.text) or _OWN_DAY.search(fact.text):
        return fact
    return replace(fact, value=story)


def _misread(fact: Fact, analysis: ReportAnalysis, story: str | None) -> bool:
    """Whether a date read from a DCT borrowed from other reports contradicts the story's date."""
    if not story or not near_borrowed(str(fact.value), analysis):
        return False
    return compare_dates(fact.value, story) == CONFLICT


def _told(fact: Fact) -> tuple[str, int, int]:
    return fact.text, fact.start, fact.end


class _LocalTimes:
    """Clocks told in a named zone as the local time of their incident's place (see ``zones``)."""

    def __init__(self, analyses: Sequence[ReportAnalysis], by_id: dict[str, SharedIncident]):
        self.texts = {a.report.id: a.report.text for a in analyses}
        self.places = {
            (a.report.id, i.id): i.place for a in analyses for i in a.incidents if i.place
        }
        self.by_id = by_id
        self.zones: dict[str, str | None] = {}

    def __call__(self, shared: str, fact: Fact, analysis: ReportAnalysis) -> Fact:
        """``fact`` with its clock moved to local time when its words name a zone."""
        if zone_of(fact.text, analysis.report.text[fact.end : fact.end + ZONE_LOOKAHEAD]) is None:
            return fact
        if any(
            e.local and fact.start <= e.timex.start and e.timex.end <= fact.end
            for e in analysis.timeline
        ):
            return fact  # the analysis moved it to local time already (its timeline entry's)
        incident = self.by_id[shared]
        if shared not in self.zones:
            places = [p for key in incident.members.items() if (p := self.places.get(key))]
            texts = [self.texts[a] for a in incident.articles]
            self.zones[shared] = place_zone([*places, incident.place or ""], texts)
        day = incident.date if incident.date and len(incident.date) >= 10 else analysis.dct
        return localised(fact, analysis.report.text, self.zones[shared], day)


def _timeline_pairs(
    analyses: Sequence[ReportAnalysis],
    incidents: Sequence[SharedIncident],
    shared_of: dict[tuple[str, str], str],
    fact_pairs: Sequence[FactPair],
) -> list[FactPair]:
    """Aligned timeline entries for every two reports of every shared incident."""
    per: dict[tuple[str, str], Moments] = {}
    vocabulary = Vocabulary()
    told: dict[tuple[str, str], list[TimelineEntry]] = {}
    for analysis in analyses:
        article = analysis.report.id
        main = _main_local(analysis)
        for entry in analysis.timeline:
            local = entry.incident or main
            shared = shared_of.get((article, local)) if local else None
            if shared is not None:
                told.setdefault((shared, article), []).append(entry)
    # a clock told in a zone whose local time its own report does not give takes the offset
    # another report of the incident shows ("15:00 GMT" beside another's "16:00 (15:00 GMT)")
    offsets: dict[str, timedelta] = {}
    for (shared, _article), entries in told.items():
        if shared not in offsets and (offset := local_offset(entries)) is not None:
            offsets[shared] = offset
    texts = {a.report.id: a.report.text for a in analyses}
    for (shared, article), entries in told.items():
        ordered = sorted(entries, key=lambda e: e.start)
        if shared in offsets:
            ordered = with_offset(ordered, offsets[shared], texts[article])
        per[shared, article] = moments(article, texts[article], ordered, vocabulary)
    anchors: dict[tuple[str, str, str], list[FactPair]] = defaultdict(list)
    for p in fact_pairs:
        if p.kind in TIME_KINDS:
            anchors[p.incident, p.a.article, p.b.article].append(p)
    out: list[FactPair] = []
    for incident in incidents:
        for art_a, art_b in combinations(incident.articles, 2):
            left, right = per.get((incident.id, art_a)), per.get((incident.id, art_b))
            if left and right:
                found = anchors.get((incident.id, art_a, art_b), [])
                out += align_moments(incident.id, left, right, found)
    return out
