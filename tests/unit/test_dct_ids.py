"""``--dct ID=DATE`` names a report by its id, its file name or its stem: a report whose stem
holds a dot keeps its suffix in its id ("dn-1.352.txt"), and a user types what ``ls`` shows."""

from __future__ import annotations

import pytest

from incident_reader.cli.common import CliError, dct_overrides

IDS = ["dn-1.352.txt", "wire", "times-2020"]


@pytest.mark.parametrize(
    ("given", "rid"),
    [
        ("dn-1.352.txt=2018-06-07", "dn-1.352.txt"),
        ("dn-1.352=2018-06-07", "dn-1.352.txt"),
        ("wire.txt=2018-06-07", "wire"),
        ("wire=2018-06-07", "wire"),
    ],
)
def test_a_report_is_named_by_id_file_name_or_stem(given: str, rid: str) -> None:
    assert dct_overrides([given], IDS) == {rid: "2018-06-07"}


def test_a_name_of_no_report_is_refused() -> None:
    with pytest.raises(CliError, match="no report with id 'dn-1'"):
        dct_overrides(["dn-1=2018-06-07"], IDS)
