"""The analysis and comparison records load on first use, yet core.model exports them as it always
did."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from incident_reader.core import model, model_analysis, model_compare


@pytest.mark.parametrize("name", sorted(model.COMPARISON_NAMES))
def test_every_comparison_name_is_exported_by_model(name: str) -> None:
    assert getattr(model, name) is getattr(model_compare, name)


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nonesuch'"):
        _ = model.Nonesuch  # type: ignore[attr-defined]


def test_records_keep_their_behaviour() -> None:
    from incident_reader.core.model import FactPair, PairSide

    pair = FactPair("casualties.killed", "S1", "match", PairSide("a", 3, "three", 0, 5), None)  # type: ignore[arg-type]
    again = pickle.loads(pickle.dumps(pair))
    assert again == pair and hash(again) == hash(pair)
    assert repr(pair).startswith("FactPair(kind='casualties.killed'")
    assert not hasattr(pair, "__dict__")
    with pytest.raises(AttributeError):
        pair.kind = "other"  # type: ignore[misc]


def test_reader_start_does_not_build_the_comparison_records() -> None:
    probe = (
        "import sys\n"
        "import incident_reader.cli, incident_reader.cli.read, incident_reader.core.store\n"
        "import incident_reader.core.loading, incident_reader.ui.app\n"
        "print('incident_reader.core.model_compare' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("name", sorted(model.ANALYSIS_NAMES))
def test_every_analysis_name_is_exported_by_model(name: str) -> None:
    assert getattr(model, name) is getattr(model_analysis, name)


def test_analysis_records_keep_their_behaviour() -> None:
    from incident_reader.core.model import Fact, TimelineEntry, Timex

    fact = Fact("arrests", 2, 10, 13, "two", "i1")
    again = pickle.loads(pickle.dumps(fact))
    assert again == fact and hash(again) == hash(fact)
    assert repr(fact).startswith("Fact(kind='arrests', value=2")
    assert not hasattr(fact, "__dict__")
    with pytest.raises(AttributeError):
        fact.kind = "other"  # type: ignore[misc]
    entry = TimelineEntry(Timex(4, 9, "today", "DATE", "2018-08-14"))
    assert (entry.start, entry.end) == (4, 9)


def test_reader_start_does_not_build_the_analysis_records() -> None:
    probe = (
        "import sys\n"
        "import incident_reader.cli, incident_reader.cli.read, incident_reader.core.store\n"
        "import incident_reader.core.loading, incident_reader.ui.app\n"
        "print('incident_reader.core.model_analysis' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
