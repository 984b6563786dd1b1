"""The registry the rules name their handler in: one normaliser per handler name.

Each normaliser turns one rule's match into a TIMEX3 (type, value, mod), resolving via the
context: calendar days in ``dates``, months, years and seasons in ``years``, fiscal periods in
``fiscal``, holidays in ``holidays``, weekdays and day words in ``days``, clock times in
``clocks``, spans and sets ("two years ago", "last week", "three hours", "daily") in ``spans``.
"""

from __future__ import annotations

from incident_reader.core.temporal import clocks, days, spans
from incident_reader.core.temporal.dates import (
    date_full,
    date_md,
    date_slash,
    day_coordinated,
    day_of_rel_month,
    day_ordinal,
    day_shifted,
    nth_weekday_of_month,
    pod_date,
    week_of,
)
from incident_reader.core.temporal.fiscal import (
    fiscal_short,
    quarter,
    quarter_of_year,
    quarter_set,
    quarter_the,
    year_ago,
)
from incident_reader.core.temporal.handlers_common import (
    Handler,
)
from incident_reader.core.temporal.holidays import holiday
from incident_reader.core.temporal.years import (
    century,
    decade,
    month,
    month_year_h,
    season,
    year,
    year_end,
    year_range_first,
    year_range_second,
    year_words,
)

HANDLERS: dict[str, Handler] = {
    "date_full": date_full,
    "date_slash": date_slash,
    "clock": clocks.clock,
    "clock_past": clocks.clock_past,
    "clock_word_day": clocks.clock_word_day,
    "month_year": month_year_h,
    "date_md": date_md,
    "year_end": year_end,
    "pod_date": pod_date,
    "pod_of_event": days.pod_of_event,
    "day_ordinal": day_ordinal,
    "day_of_rel_month": day_of_rel_month,
    "nth_weekday_of_month": nth_weekday_of_month,
    "day_shifted": day_shifted,
    "day_coordinated": day_coordinated,
    "year_range_first": year_range_first,
    "year_range_second": year_range_second,
    "elapsed": spans.elapsed,
    "week_of": week_of,
    "decade": decade,
    "century": century,
    "season": season,
    "quarter": quarter,
    "quarter_the": quarter_the,
    "quarter_of_year": quarter_of_year,
    "quarter_set": quarter_set,
    "fiscal_short": fiscal_short,
    "year": year,
    "year_ago": year_ago,
    "weekday": days.weekday,
    "nth_day_now": days.nth_day_now,
    "weekday_set": days.weekday_set,
    "dayword": days.dayword,
    "anaphoric": days.anaphoric,
    "holiday": holiday,
    "ago": spans.ago,
    "rel_unit": spans.rel_unit,
    "that_season": spans.that_season,
    "month": month,
    "unit_adjective": spans.unit_adjective,
    "vague_while": spans.vague_while,
    "vague_ago": spans.vague_ago,
    "nth_day_of": days.nth_day_of,
    "duration_range_first": spans.duration_range_first,
    "duration": spans.duration,
    "bare_units": spans.bare_units,
    "set": spans.set_h,
    "ref": spans.ref,
    "fiscal_year": spans.fiscal_year,
    "in_the_unit": spans.in_the_unit,
    "unit_before": spans.unit_before,
    "vague_span": spans.vague_span,
    "one_clock_unit": spans.one_clock_unit,
    "year_words": year_words,
}
