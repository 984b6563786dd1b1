"""Facts and events: what happened, when, where, to how many, by whom, with the evidence.

``extract`` reads a report sentence by sentence; one extractor per family (casualties, people,
vehicles and speed, places, date and time) returns findings with offsets into ``Report.text``. Each
finding is attached to the incident whose stretch of text holds it: the report's own (``main``) or
an earlier one it recalls (see ``incidents``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from incident_reader.core import regex_cache  # noqa: F401 (first, for the patterns below)
from incident_reader.core.facts.anniversary import anniversary_date
from incident_reader.core.facts.arrest_times import drop_earlier_arrests
from incident_reader.core.facts.casualties import CASUALTY_KINDS, INJURED, casualties
from incident_reader.core.facts.casualty_named import drop_listed_casualties
from incident_reader.core.facts.clock_days import date_bare_clocks
from incident_reader.core.facts.co_accused import drop_co_accused
from incident_reader.core.facts.conflicts import internal_conflicts
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.distributions import shared_out
from incident_reader.core.facts.first_clock import clock_beside_day, unclaimed_clock
from incident_reader.core.facts.gates import may_locate
from incident_reader.core.facts.headline_counts import headline_end
from incident_reader.core.facts.hospital import the_hurt_moved
from incident_reader.core.facts.hospital_guards import no_patients, told_counts_first, within
from incident_reader.core.facts.incidents import (
    Segment,
    days_after,
    own_coarse_date,
    segments,
    told_again,
)
from incident_reader.core.facts.individuals import drop_one_of_many
from incident_reader.core.facts.later_times import drop_onsets_after_reported_call
from incident_reader.core.facts.letters import Restorer, plain_letters
from incident_reader.core.facts.occasion_days import occasion_date
from incident_reader.core.facts.people import (
    ARRESTS,
    answered_arrests,
    arrest_stages,
    arrests,
    birth_year_ages,
    suspect,
)
from incident_reader.core.facts.perpetrator import drop_suspect_care
from incident_reader.core.facts.place_apart import drop_places_apart
from incident_reader.core.facts.place_binding import scene_parts, scene_places, wider_towns
from incident_reader.core.facts.place_charged import charged_places, may_be_charged
from incident_reader.core.facts.place_datelines import dateline_place
from incident_reader.core.facts.place_fallbacks import site_back_references
from incident_reader.core.facts.place_recalled import recalled_incident_places
from incident_reader.core.facts.place_regions import drop_bare_regions
from incident_reader.core.facts.places import (
    PLACE,
    fallback_roads,
    is_street_level,
    numbered_roads,
    places,
    subject_places,
)
from incident_reader.core.facts.roles import AGE as SUSPECT_AGE
from incident_reader.core.facts.roles_across import ages_then, bare_suspects
from incident_reader.core.facts.series_totals import drop_series_totals
from incident_reader.core.facts.starts import forget_sentences
from incident_reader.core.facts.story_days import redate_story_days
from incident_reader.core.facts.text import SPEAKER_GATE, Sentence, speaker_scope, split_sentences
from incident_reader.core.facts.totals import singles_among_totals
from incident_reader.core.facts.vehicles import speeds, told_better, vehicles
from incident_reader.core.facts.when import (
    DATE,
    TIME,
    CallFound,
    StampFound,
    TollFound,
    drop_called_clocks,
    drop_later_tolls,
    drop_overnight_eves,
    drop_retold_stamps,
    event_span,
    incident_times,
    is_scene_sentence,
    names_the_wreck,
    unclaimed_date,
)
from incident_reader.core.model import (
    Fact,
    FactValue,
    Incident,
    InternalConflict,
    Report,
    TimelineEntry,
    Timex,
)
from incident_reader.core.timeline import timeline_parts

MAIN_ID = "i0"
SUMMARY_CHARS = 120
LEAD_SENTENCES = 4
# A lead's event date two days or more before the most told date dates the incident; the
# most told one dates its sequel (an inquest, a verdict, an anniversary).
SEQUEL_DAYS = 2
_SPOKES = re.compile(r"\bspokes(?:person|man|woman)\b|\bthe force\b", re.IGNORECASE)
# TIMEX3 values that cannot be placed on a calendar or clock (README "timeline").
_UNPLACEABLE = re.compile(r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P\d|PT\d|X+$)")

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_IN_TOWN = re.compile(r"(?:^|\s)in\s+(?:the\s+)?\S+(?:\s+\S+){0,3}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Facts, incidents and timeline entries of one report (timeline in reading order)."""

    timeline: tuple[TimelineEntry, ...]
    facts: tuple[Fact, ...]
    incidents: tuple[Incident, ...]
    internal_conflicts: tuple[InternalConflict, ...]


def extract(report: Report, dct: str | None, timexes: Sequence[Timex]) -> Extraction:
    """Extract facts and incidents from a report whose time expressions are already tagged.
    The rules read accented letters as plain ones ("Łódź" as "Lodz", see ``letters``); what
    they find is given back in the report's own spelling."""
    plain = plain_letters(report.text)
    if plain is report.text:
        return _extract(report, dct, timexes)
    read = replace(report, text=plain, title=plain_letters(report.title))
    return Restorer(report.text, plain).restore(_extract(read, dct, timexes))


def _extract(report: Report, dct: str | None, timexes: Sequence[Timex]) -> Extraction:
    """``extract`` on a text whose letters the rules read as written."""
    text = report.text
    forget_sentences()
    dct_day = dct[:10] if dct and _DAY.match(dct) else None
    sentences = split_sentences(text)
    per_sentence = timexes_by_sentence(sentences, timexes)
    # The lead's times are read once: they date the lead and are the lead sentences' findings.
    lead_times = [
        incident_times(s, inside, dct_day)
        for s, inside in zip(sentences[:LEAD_SENTENCES], per_sentence, strict=False)
    ]
    told_day = _told_lead_day(lead_times)
    lead_day = told_day or dct_day
    recalled = segments(text, sentences, per_sentence, lead_day)
    again = told_again(text, recalled)  # "11 months after a bomb ...", then its dated line
    background = [seg for i, seg in enumerate(recalled) if i not in again]
    ids = [f"i{n}" for n in range(1, len(background) + 1)]
    kept = {i: n for n, i in enumerate(i for i in range(len(recalled)) if i not in again)}
    told_ids = [ids[kept[again.get(i, i)]] for i in range(len(recalled))]

    seg_starts = [seg.start for seg in recalled]  # in reading order, not overlapping

    def incident_of(offset: int) -> str:
        i = bisect_right(seg_starts, offset) - 1
        return told_ids[i] if i >= 0 and offset < recalled[i].end else MAIN_ID

    facts: list[Fact] = []
    timeline: list[TimelineEntry] = []
    previous_speaker: str | None = None
    injured_so_far: int | None = None
    hurt_group: FactValue | None = None  # the latest count of more than one hurt ("the injured")
    grouped: set[int] = set()  # starts of the hospital counts "the injured" took from hurt_group
    before: list[tuple[Sentence, list[Found]]] = []  # for "All were taken to hospital"
    tolls: set[int] = set()  # facts whose time only a toll word anchors (when.TollFound)
    stamped: list[Fact] = []  # times a live-blog stamp gives (when.StampFound)
    called: list[Fact] = []  # clocks the call-out gives (when.CallFound)
    entry_stamped = False  # inside a live-blog entry, later sentences keep the entry's source
    incident_clocks: set[int] = set()  # ends of the clocks the main incident's clauses time
    for n, (s, inside) in enumerate(zip(sentences, per_sentence, strict=True)):
        said_by, said_from = speaker_scope(s) if SPEAKER_GATE.passes(s) else (None, 0)
        new_line = s.start == 0 or "\n" in text[max(0, s.start - 3) : s.start]
        entry_stamped = s.stamped or (entry_stamped and not new_line)
        runs_on = entry_stamped and not s.stamped
        spokes = ("spokes" in s.lower or "force" in s.lower) and _SPOKES.search(s.text)
        if said_by is None and (runs_on or _continues_quote(s.text) or spokes):
            said_by = previous_speaker  # a quote or a blog entry runs on; "a spokesperson said"
        previous_speaker = said_by
        times = lead_times[n] if n < len(lead_times) else None
        found = _sentence_findings(s, inside, dct_day, injured_so_far, incident_of, times, before)
        moved = the_hurt_moved(s, found, hurt_group)  # "The injured were shifted to X"
        grouped.update(f.start for f in moved if f not in found)
        found = moved
        found = no_patients(s, found)  # not the dead's morgue, nor a group split with a health post
        found = shared_out(s, found, sentences[n + 1 : n + 9])  # "... to three hospitals. Four ..."
        before = [*before[-2:], (s, [f for f in found if f.kind in CASUALTY_KINDS])]
        for f in found:
            if isinstance(f, TollFound):
                tolls.add(len(facts))
            if f.kind == TIME and incident_of(f.start) == MAIN_ID:
                incident_clocks.add(f.end)
            # a frame that opens a later clause ("as police say ...") does not reach before it
            told_by = said_by if f.start >= s.start + said_from else None
            facts.append(_fact(text, f, incident_of(f.start), told_by))
            if isinstance(f, StampFound):
                stamped.append(facts[-1])
            if isinstance(f, CallFound):
                called.append(facts[-1])
            if f.kind == INJURED and isinstance(f.value, int):
                injured_so_far = f.value  # the latest exact injured count ("half of the injured")
            if f.kind == INJURED and f.value not in (0, 1) and incident_of(f.start) == MAIN_ID:
                if not within(f.value, hurt_group):  # "Among the hurt is a boy": no new count
                    hurt_group = f.value
        for t in inside:
            if t.type in ("DATE", "TIME") and not _UNPLACEABLE.match(t.value):
                for part in timeline_parts(t):  # "6 PM Friday": the clock and the day
                    timeline.append(TimelineEntry(part, event_span(s, part), incident_of(t.start)))
    facts = _drop_later_tolls(facts, tolls)
    if stamped:  # an entry that tells the incident's time in words outweighs its stamp
        facts = drop_retold_stamps(facts, stamped, [s.start for s in sentences if s.stamped])
    facts = drop_overnight_eves(facts)  # "overnight" on the 13th, the flood "early" on the 14th
    if called:  # "came off the road at 7.40pm" outweighs "police were alerted at 7.42pm"
        facts = drop_called_clocks(facts, called, [s.start for s in sentences if s.stamped])
        facts = drop_onsets_after_reported_call(facts, called, text)  # hours into the rescue
    if not any(f.kind == TIME and f.incident == MAIN_ID for f in facts):
        # "the escalator changed direction at 8.32am": a clock no cue word times
        days = {str(f.value) for f in facts if f.kind == DATE and f.incident == MAIN_ID}
        clock = unclaimed_clock(
            sentences, per_sentence, lambda at: incident_of(at) == MAIN_ID, days
        )
        if clock:
            facts = sorted([*facts, _fact(text, clock, MAIN_ID, None)], key=lambda f: f.start)
    facts = scene_places(text, facts, MAIN_ID)  # "near the X bridge" once the scene is placed
    facts = scene_parts(facts, MAIN_ID)  # "near the X entrance" beside the centre it is part of
    facts = drop_bare_regions(text, facts)  # "in Marrow" where the report calls Marrow a province
    if not any(f.kind == DATE and f.incident == MAIN_ID for f in facts):
        # "marks the first anniversary of the attack": the incident is a year before its day
        told = anniversary_date(sentences[:LEAD_SENTENCES], per_sentence, told_day or dct_day)
        told = told or occasion_date(sentences, per_sentence, dct_day)  # "the funeral on 9 May"
        unclaimed = None if told else unclaimed_date(sentences, per_sentence, dct_day)
        told = told or unclaimed  # the first day unclaimed
        if told and incident_of(told.start) == MAIN_ID:
            facts.append(_fact(text, told, MAIN_ID, None))
            beside = (  # "On Tuesday 12 May, at 10:40 hours, ...": its clock too
                clock_beside_day(sentences, per_sentence, unclaimed)
                if unclaimed and not any(f.kind == TIME and f.incident == MAIN_ID for f in facts)
                else None
            )
            if beside:
                facts = sorted([*facts, _fact(text, beside, MAIN_ID, None)], key=lambda f: f.start)
    if not any(f.kind == PLACE and f.incident == MAIN_ID for f in facts):
        told_place = next(  # "The narrow streets of Kessa ...": where no scene sentence places it
            (f for s in sentences for f in subject_places(s) if incident_of(f.start) == MAIN_ID),
            None,
        )
        told_place = told_place or next(  # "pupils of X School ... caved in at the school"
            (
                f
                for s in sentences
                if is_scene_sentence(s)
                for f in site_back_references(s)
                if incident_of(f.start) == MAIN_ID
            ),
            None,
        )
        told_place = told_place or next(  # "a stretch of the A10 motorway": a road by its shape
            (f for s in sentences for f in fallback_roads(s) if incident_of(f.start) == MAIN_ID),
            None,
        )
        if told_place:
            facts.append(_fact(text, told_place, MAIN_ID, None))
    head = headline_end(text)  # "HOLM: The death toll rose ...": the dateline's town, named in
    if not any(f.kind == PLACE and f.incident == MAIN_ID and f.start >= head for f in facts):
        dated = dateline_place(text)  # prose, where the body places the incident nowhere else
        if dated and incident_of(dated.start) == MAIN_ID:
            facts = sorted([*facts, _fact(text, dated, MAIN_ID, None)], key=lambda f: f.start)
    if unplaced := set(ids) - {f.incident for f in facts if f.kind == PLACE}:
        spans = [(seg.start, seg.end) for seg in recalled]  # "a blast in nearby X in 2011"
        for seg_id, f in recalled_incident_places(sentences, spans, incident_of, unplaced):
            facts.append(_fact(text, f, seg_id, None))
    facts = told_counts_first(facts, grouped, MAIN_ID)  # "Six of them were admitted" stands
    facts = singles_among_totals(facts, (*CASUALTY_KINDS, ARRESTS), text)
    facts = arrest_stages(facts)  # "two arrested on Friday" beside "four are now in custody"
    facts = told_better(facts, text)  # one vehicle told twice: its precise name stands
    replaced, then = ages_then(text, facts)  # "He was 31 at the time of the attack"
    if replaced:
        facts = [f for f in facts if not (f.kind == SUSPECT_AGE and f.start in replaced)]
    later = [
        _fact(text, f, incident_of(f.start), None) for f in (*bare_suspects(text, facts), *then)
    ]
    facts = sorted([*facts, *later], key=lambda f: f.start) if later else facts
    facts = drop_suspect_care(text, sentences, facts)  # "The gunman was taken to hospital"
    facts = drop_co_accused(text, facts)  # those charged with the suspect named first
    facts = drop_listed_casualties(text, facts)  # "The deceased have been identified as X"
    year = int(dct_day[:4]) if dct_day else report.year_hint  # (the corpus's, without a DCT)
    if born := birth_year_ages(text, facts, year):
        # "X (born 1988)": the age the report's year gives
        facts = sorted([*facts, *(_fact(text, f, incident_of(f.start), None) for f in born)],
                       key=lambda f: f.start)  # fmt: skip
    facts = drop_series_totals(facts, text, MAIN_ID)  # "the attacks that killed 16": 15 + 1
    facts = drop_one_of_many(text, facts)  # "where he was being treated" beside 50 in hospital
    coarse = (  # "sentenced over the crush ... in 2022": the lead's grain, not the DCT
        None
        if any(f.kind == DATE and f.incident == MAIN_ID for f in facts)
        else own_coarse_date(text, sentences, per_sentence, lead_day)
    )
    incidents = _incidents(report, dct_day, facts, background, ids, told_day, coarse)
    days = {str(f.value) for f in facts if f.kind == DATE and f.incident == MAIN_ID}
    timeline = date_bare_clocks(  # a clock of the incident in an inquest report a year on
        timeline, sentences, per_sentence, incidents[0].date if days else None, dct_day,
        incident_clocks, days,
    )  # fmt: skip
    timeline = redate_story_days(  # "that night" long after a later step's day: the incident's
        timeline, sentences, per_sentence, text, incidents[0].date if days else None, dct_day,
        lambda t, n: TimelineEntry(t, event_span(sentences[n], t), incident_of(t.start)),
    )  # fmt: skip
    facts = wider_towns(text, facts, MAIN_ID)  # the incident keeps its town; the facts its site
    # "a recruiter arrested in Germany in November", in a report of a December attack
    facts = drop_earlier_arrests(facts, text, timexes, min(days) if days else None)
    # "a recruiter arrested in Germany in November", in a report of a December attack
    facts = drop_earlier_arrests(facts, text, timexes, min(days) if days else None)
    return Extraction(
        timeline=tuple(timeline),
        facts=tuple(facts),
        incidents=incidents,
        internal_conflicts=internal_conflicts(facts, MAIN_ID, text),
    )


def timexes_by_sentence(
    sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> list[list[Timex]]:
    """The time expressions that start inside each sentence, in one walk over both."""
    ordered = sorted(timexes, key=lambda t: t.start)
    out: list[list[Timex]] = []
    i = 0
    for s in sentences:
        inside: list[Timex] = []
        while i < len(ordered) and ordered[i].start < s.end:
            if ordered[i].start >= s.start:
                inside.append(ordered[i])
            i += 1
        out.append(inside)
    return out


def _told_lead_day(lead_times: Sequence[Sequence[Found]]) -> str | None:
    """The main incident's day as the lead tells it (the DCT stands in when it tells none).

    A follow-up published a week or more after the incident still opens with it ("On 3 March a
    man was stabbed ..."), so the lead's own date, not the DCT, separates background from main.
    Of the lead's event dates the earliest is the incident's: later ones date its sequel.
    """
    dates = [
        str(f.value)
        for found in lead_times
        for f in found
        if f.kind == DATE and not isinstance(f, TollFound)
    ]
    return min(dates) if dates else None


def _sentence_findings(
    s: Sentence,
    inside: Sequence[Timex],
    dct_day: str | None,
    injured_so_far: int | None,
    incident_of: Callable[[int], str],
    times: Sequence[Found] | None = None,
    before: Sequence[tuple[Sentence, Sequence[Found]]] = (),
) -> list[Found]:
    """What one sentence states (``times``: its incident times when already read; ``before``: the
    sentences before and their casualty counts, which an anaphoric subject may point back to)."""
    out: list[Found] = []
    out.extend(casualties(s, injured_so_far, before))
    out.extend(arrests(s))
    if before and "?" in before[-1][0].text:  # "Has anyone been arrested?" then "Yes, two."
        out.extend(answered_arrests(s, before[-1][0]))
    out.extend(suspect(s))
    out.extend(vehicles(s))
    out.extend(speeds(s))
    if not may_locate(s):  # places() finds nothing: the scene test matters only for roads
        main = incident_of(s.start) == MAIN_ID
        if (
            main
            and (roads := numbered_roads(s))
            and names_the_wreck(s)
            and not is_scene_sentence(s)
        ):
            out.extend(roads)
    elif incident_of(s.start) != MAIN_ID or is_scene_sentence(s):
        out.extend(drop_places_apart(s, places(s)))  # not a shrine "yards from the scene of"
    elif may_be_charged(s) and (charged := charged_places(s, places(s))):
        out.extend(charged)  # "jailed for the deaths of two cyclists on the Arden Road"
    elif (roads := numbered_roads(s)) and names_the_wreck(s):
        out.extend(roads)  # "The collapsed bridge was built on the A10 toll motorway"
    out.extend(incident_times(s, inside, dct_day) if times is None else times)
    kept: list[Found] = []
    for f in sorted(out, key=lambda f: (f.start, -f.end, f.kind)):
        if any(k.kind == f.kind and k.value == f.value and f.start < k.end for k in kept):
            continue  # the same statement found by two rules
        kept.append(f)
    return kept


def _drop_later_tolls(facts: list[Fact], tolls: set[int]) -> list[Fact]:
    """Without the toll-anchored dates and times that an incident's onset times contradict."""
    if not tolls:
        return facts
    keep: set[int] = set()
    for incident in {f.incident for f in facts}:
        mine = [i for i, f in enumerate(facts) if f.incident == incident]
        found = [
            (TollFound if i in tolls else Found)(facts[i].kind, facts[i].value, i, i + 1)
            for i in mine
        ]
        keep.update(f.start for f in drop_later_tolls(found))
    return [f for i, f in enumerate(facts) if i in keep]


def _fact(text: str, f: Found, incident: str, said_by: str | None) -> Fact:
    return Fact(f.kind, f.value, f.start, f.end, text[f.start : f.end], incident, said_by)


def _continues_quote(sentence: str) -> bool:
    """A sentence inside a running quotation keeps the last speaker."""
    return sentence.startswith(("“", '"')) and not sentence.rstrip().endswith(("said.", "says."))


def _incidents(
    report: Report,
    dct_day: str | None,
    facts: Sequence[Fact],
    background: Sequence[Segment],
    ids: Sequence[str],
    told_day: str | None = None,
    coarse: str | None = None,
) -> tuple[Incident, ...]:
    text = report.text
    main_dates = [str(f.value) for f in facts if f.incident == MAIN_ID and f.kind == DATE]
    # Most often said; a tie goes to the first said (never to a set's hash order, which differs
    # between processes and would make pooled extraction disagree with in-process extraction).
    # Without one, the year or month a sequel's lead gives the incident, else the report's day.
    main_date = Counter(main_dates).most_common(1)[0][0] if main_dates else coarse or dct_day
    if told_day and told_day in main_dates and _days_apart(told_day, main_date) >= SEQUEL_DAYS:
        main_date = told_day  # the lead's event date: a court report a year on dates its sequel
    main = Incident(
        id=MAIN_ID,
        main=True,
        date=main_date,
        place=_best_place(facts, MAIN_ID),
        summary=_summary(report.title or text),
        start=0,
        end=len(text),
    )
    out = [main]
    for seg, seg_id in zip(background, ids, strict=True):
        out.append(
            Incident(
                id=seg_id,
                main=False,
                date=seg.date or days_after(main_date, seg.later_days),
                place=_best_place(facts, seg_id),
                summary=_summary(text[seg.start : seg.end]),
                start=seg.start,
                end=seg.end,
            )
        )
    return tuple(out)


def _days_apart(earlier: str, later: str | None) -> int:
    """Days from one ISO day to another (0 when either is not a calendar day)."""
    from datetime import date

    try:
        return (date.fromisoformat(later or "") - date.fromisoformat(earlier)).days
    except ValueError:
        return 0


def _best_place(facts: Sequence[Fact], incident: str) -> str | None:
    """ "site, town": the first street-level place, with the town most often said to hold it."""
    found = [f for f in facts if f.kind == PLACE and f.incident == incident]
    if not found:
        return None
    street = next((str(f.value) for f in found if is_street_level(str(f.value))), None)
    towns = [
        str(f.value)
        for f in found
        if _IN_TOWN.search(f.text)
        and "," not in str(f.value)
        and not is_street_level(str(f.value))
    ]  # fmt: skip
    town = Counter(towns).most_common(1)[0][0] if towns else None  # ties: the first said
    if street is None:
        return town or str(found[0].value)
    if any(t in street for t in towns):
        return street  # "berlin christmas market" names its town; another town said is elsewhere
    return street if town is None else f"{street}, {town}"


def _summary(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_CHARS else line[: SUMMARY_CHARS - 1].rstrip() + "…"
