"""CAMEO event codes and their PLOVER type, mode, context, quad class and Goldstein score.

The table lives in ``data/cameo.tsv`` (``cameo plover mode context quad goldstein
description``). Every CAMEO root (01..20) and sub-code (3 and 4 digits) has a
row. Codes without a PLOVER type (most of root 01, "make a public statement")
are kept so that lookups never fail, but coders make no event from them.

Unknown sub-codes fall back to their nearest listed parent (``"0435"`` ->
``"043"`` -> ``"04"``), so a coder may name a finer code than the table holds.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsevents.errors import ConfigError
from newsevents.model import PLOVER_TYPES

__all__ = [
    "CameoInfo",
    "all_codes",
    "default_cameo",
    "goldstein",
    "info",
    "plover_type",
    "quad_class",
]


@dataclass(slots=True, frozen=True)
class CameoInfo:
    """What the ontology knows about one CAMEO event code."""

    cameo: str
    plover: str | None  # one of PLOVER_TYPES, None for codes PLOVER does not keep
    mode: str | None
    context: tuple[str, ...]
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    description: str


# The CAMEO code each PLOVER type is coded as when a coder knows only the type
# (the type's general, unspecified code).
_DEFAULT_CAMEO: dict[str, str] = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "051",
    "CONCEDE": "080",
    "COOPERATE": "060",
    "AID": "070",
    "RETREAT": "087",
    "REQUEST": "100",
    "ACCUSE": "111",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "SANCTION": "160",
    "MOBILIZE": "150",
    "COERCE": "170",
    "ASSAULT": "190",
}


def _row_to_info(row: dict[str, str]) -> CameoInfo:
    context = tuple(c.strip() for c in (row.get("context") or "").split(";") if c.strip())
    return CameoInfo(
        cameo=row["cameo"].strip(),
        plover=(row.get("plover") or "").strip() or None,
        mode=(row.get("mode") or "").strip() or None,
        context=context,
        quad=int(row["quad"]),
        goldstein=float(row["goldstein"]),
        description=(row.get("description") or "").strip(),
    )


@cache
def _table() -> dict[str, CameoInfo]:
    """Read data/cameo.tsv once per process."""
    ref = resources.files("newsevents").joinpath("data", "cameo.tsv")
    try:
        text = ref.read_text(encoding="utf-8")
        rows = list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
        table = {info.cameo: info for info in map(_row_to_info, rows)}
    except (OSError, KeyError, ValueError) as exc:
        raise ConfigError(f"cannot read the CAMEO table data/cameo.tsv: {exc}") from exc
    bad = {i.plover for i in table.values() if i.plover and i.plover not in PLOVER_TYPES}
    if bad:
        raise ConfigError(f"data/cameo.tsv names unknown PLOVER types: {sorted(bad)}")
    return table


def all_codes() -> list[str]:
    """Every CAMEO code in the table, in table order."""
    return list(_table())


def info(cameo: str) -> CameoInfo:
    """The table row for `cameo`, falling back to the nearest parent code.

    Raises `KeyError` when neither the code nor any parent is known.
    """
    table = _table()
    code = cameo.strip()
    while code:
        found = table.get(code)
        if found is not None:
            return found
        code = code[:-1] if len(code) > 2 else ""
    raise KeyError(f"unknown CAMEO code {cameo!r}")


def default_cameo(plover_type: str) -> str:
    """The general CAMEO code used for a PLOVER type when nothing finer is known."""
    try:
        return _DEFAULT_CAMEO[plover_type.upper()]
    except KeyError as exc:
        raise KeyError(f"unknown PLOVER type {plover_type!r}") from exc


def plover_type(cameo: str) -> str | None:
    """The PLOVER type of a CAMEO code (None when PLOVER keeps no event for it)."""
    return info(cameo).plover


def quad_class(cameo: str) -> int:
    """The quad class (1..4) of a CAMEO code."""
    return info(cameo).quad


def goldstein(cameo: str) -> float:
    """The Goldstein conflict-cooperation score (-10..+10) of a CAMEO code."""
    return info(cameo).goldstein
