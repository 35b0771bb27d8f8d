"""Regression floor: gold PLOVER actors the English finder resolves to the right country."""

from __future__ import annotations

import pytest

from newsevents.actors.coverage import DEFAULT, coverage, load_records


@pytest.mark.skipif(not DEFAULT.exists(), reason="shared bench data not present")
def test_plover_gold_actor_coverage_floor() -> None:
    found, sector = coverage(load_records())
    assert found >= 0.87, found
    assert sector >= 0.70, sector
