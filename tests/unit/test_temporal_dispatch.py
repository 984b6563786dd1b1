"""The tagger's dispatch at "the": the word after it picks the rules, and nothing is missed."""

from __future__ import annotations

from incident_reader.core.temporal import dispatch, tagger
from incident_reader.core.temporal.tagger import scan


def test_words_after_the_are_read_from_a_pattern() -> None:
    assert dispatch.words_after_article(r"the\s+(?:same|next)\s+day") == {"same", "next"}
    assert dispatch.words_after_article(r"(?:the\s{1,12})?(?P<d>\d\d)") == {dispatch.DIGIT}
    assert dispatch.words_after_article(r"last\s+week") == set()  # never opens with "the"
    assert dispatch.words_after_article(r"the(?:\s+\w+)?") is None  # may end at "the"


def test_a_the_before_an_ordinary_noun_tries_few_rules() -> None:
    table = tagger._table()
    everything = table.rules_for("the")
    assert len(table.rules_after_article("police")) < len(everything) / 3
    assert set(table.rules_after_article("weekend")) <= set(everything)


def test_the_dispatch_finds_what_every_rule_at_every_place_finds() -> None:
    text = (
        "The driver fled; the next day, the police said that on the weekend the 1990s "
        "and the third quarter of the year saw the same morning rush. Over the past few weeks "
        "the 14th of March and the end of the month came. the"
    )
    found = scan(text, "2020-03-20")
    assert found == scan(text, "2020-03-20", exhaustive=True)
    assert {t.text for t in found} >= {"the next day", "the weekend"}


def test_a_repeated_digit_after_the_is_keyed_at_its_first_digit() -> None:
    assert dispatch.words_after_article(r"(?:the\s+)?(?P<c>\d{1,2})(?:st|th)\s+century") == {
        dispatch.DIGIT
    }
    assert dispatch.words_after_article(r"the\s+[a-z]+\s+day") is None  # letters: not bounded


def test_words_after_a_and_an_are_read_like_those_after_the() -> None:
    assert dispatch.words_after_article(r"an?\s+(?:few|couple\s+of)\s+days", "a") == {
        "few",
        "couple",
    }
    assert dispatch.words_after_article(r"an\s+hour", "an") == {"hour"}
    assert dispatch.words_after_article(r"a-(?:half|quarter)", "a") == {dispatch.SIGN}
    table = tagger._table()
    # "a man": few of the rules that may open at "a" are tried there
    assert len(table.rules_after_article("man", "a")) < len(table.rules_for("a")) / 2


def test_the_a_and_an_dispatch_find_what_every_rule_at_every_place_finds() -> None:
    text = (
        "A few hours ago a man fled; an hour later a van stopped at 7 a.m. and a week on "
        "A couple of days after an 18-year-old was held, a 19th-century mill burned for a "
        "while, a day and a half, a quarter past nine, a fortnight ago and an a-half. a"
    )
    found = scan(text, "2020-03-20")
    assert found == scan(text, "2020-03-20", exhaustive=True)
    assert {"A few hours ago", "an hour", "a quarter past nine"} <= {t.text for t in found}


def test_every_rule_has_bounded_first_words() -> None:
    # a rule whose first words cannot be read is tried at every word: a silent slowdown (a
    # place-name zone after "noon" once made three clock rules so, -20% of the warm speed)
    assert not tagger._table().everywhere


def test_what_follows_a_digit_run_is_read_from_a_pattern() -> None:
    assert dispatch.after_digits(r"(?P<h>\d{1,2})[.:](?P<m>\d\d)\s*(?:am|pm)") == {".", ":"}
    assert dispatch.after_digits(r"\d{4}") == {dispatch.END}
    assert dispatch.after_digits(r"(?P<d>\d+)(?:st|th)?\s+March") == {"s", "t", " "}
    assert dispatch.after_digits(r"\d+\w") is None  # a word character: not bounded
    assert dispatch.after_digits(r"(?:in\s+)?\d\d") == {dispatch.END}  # "in" opens no digit word


def test_a_digit_word_tries_only_the_rules_that_read_what_follows_its_digits() -> None:
    table = tagger._table()
    every = table.rules_for(dispatch.DIGIT)
    text = "On 7 March at 7.30am, 12/03/2020"
    march, clock = text.index("7 M"), text.index("7.3")
    assert set(table.rules_for_digits(text, march)) < set(every)
    assert set(table.rules_for_digits(text, clock)) < set(every)
    assert table.rules_for_digits(text, march) != table.rules_for_digits(text, clock)


def test_the_digit_dispatch_finds_what_every_rule_at_every_place_finds() -> None:
    text = (
        "At 7.30am on 7 March 2019, 12/03/2020 and 2020-03-12, about 40 minutes after 11pm; "
        "the 1990s, 3rd quarter, Q3 2019, 19th century, 21:45 GMT, 0800 hrs, 5 o'clock, 6h30, "
        "2 1/2 hours, 3½ days ago, 1990-91, 2019–2020, 45 years, 9/11, 7-year-old, the 14th. 7"
    )
    found = scan(text, "2020-03-20")
    assert found == scan(text, "2020-03-20", exhaustive=True)
    assert {t.text for t in found} >= {"7 March 2019", "12/03/2020"}
