"""The CAMEO -> PLOVER table (data/cameo.tsv) and its lookups."""

from __future__ import annotations

import pytest

from newsevents import ontology
from newsevents.model import PLOVER_TYPES


def test_every_plover_type_has_a_default_code_of_that_type() -> None:
    for kind in PLOVER_TYPES:
        assert ontology.plover_type(ontology.default_cameo(kind)) == kind


def test_roots_and_subcodes_are_all_present() -> None:
    codes = set(ontology.all_codes())
    assert {f"{n:02d}" for n in range(1, 21)} <= codes
    assert {"0211", "0874", "1123", "1312", "1724", "1833", "2042"} <= codes
    assert len(codes) > 300


def test_quad_class_and_goldstein_follow_cameo() -> None:
    assert ontology.quad_class("042") == 1 and ontology.goldstein("042") == 1.9
    assert ontology.quad_class("072") == 2 and ontology.goldstein("072") == 8.3
    assert ontology.quad_class("112") == 3 and ontology.goldstein("112") == -2.0
    assert ontology.quad_class("195") == 4 and ontology.goldstein("195") == -10.0


def test_info_carries_mode_and_context() -> None:
    info = ontology.info("041")
    assert (info.plover, info.mode) == ("CONSULT", "phone")
    assert ontology.info("094").context == ("military", "legal")


def test_unknown_subcode_falls_back_to_its_parent() -> None:
    assert ontology.info("0435").cameo == "043"


def test_unknown_code_and_type_raise() -> None:
    with pytest.raises(KeyError):
        ontology.info("99")
    with pytest.raises(KeyError):
        ontology.default_cameo("PRAISE")


def test_public_statements_have_no_plover_type() -> None:
    assert ontology.plover_type("010") is None
