"""Reading and writing the community, its settlements and its yearly figures."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hromada_desk.domain.council_body import CouncilBody
from hromada_desk.domain.records import Community, Population, Settlement, SettlementKind
from hromada_desk.storage import checked
from hromada_desk.storage.database import CommunityFile


def get_community(cf: CommunityFile) -> Community | None:
    row = next(cf.query("SELECT * FROM community WHERE id = 1"), None)
    if row is None:
        return None
    row.pop("id")
    row["council_body"] = CouncilBody(row["council_body"])
    return Community(**row)


def save_community(cf: CommunityFile, community: Community) -> None:
    checked.community(community)
    with cf.atomic():
        cf.db.execute(
            """INSERT INTO community (id, name, council_name, council_name_genitive,
                   executive_committee, oblast, rayon, katottg, council_body)
               VALUES (1, :name, :council_name, :council_name_genitive,
                   :executive_committee, :oblast, :rayon, :katottg, :council_body)
               ON CONFLICT (id) DO UPDATE SET name = excluded.name,
                   council_name = excluded.council_name,
                   council_name_genitive = excluded.council_name_genitive,
                   executive_committee = excluded.executive_committee,
                   oblast = excluded.oblast, rayon = excluded.rayon,
                   katottg = excluded.katottg, council_body = excluded.council_body""",
            {
                "name": community.name,
                "council_name": community.council_name,
                "council_name_genitive": community.council_name_genitive,
                "executive_committee": community.executive_committee,
                "oblast": community.oblast,
                "rayon": community.rayon,
                "katottg": community.katottg,
                "council_body": community.council_body.value,
            },
        )


def _settlement(row: dict) -> Settlement:
    return Settlement(
        id=row["id"],
        name=row["name"],
        kind=SettlementKind(row["kind"]),
        admin_center=bool(row["admin_center"]),
        area_km2=row["area_km2"],
        starosta_district=row["starosta_district"],
        distance_km=row["distance_km"],
        archived=bool(row["archived"]),
        katottg=row["katottg"],
    )


def list_settlements(cf: CommunityFile, *, include_archived: bool = True) -> list[Settlement]:
    sql = "SELECT * FROM settlement"
    if not include_archived:
        sql += " WHERE archived = 0"
    return [_settlement(r) for r in cf.query(sql + " ORDER BY sort_order, id")]


def add_settlement(cf: CommunityFile, settlement: Settlement) -> int:
    checked.settlement(settlement)
    with cf.atomic():
        order = next(cf.query("SELECT coalesce(max(sort_order), 0) + 1 AS n FROM settlement"))
        cursor = cf.db.execute(
            """INSERT INTO settlement (name, kind, admin_center, area_km2, starosta_district,
                   distance_km, archived, sort_order, katottg)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                settlement.name.strip(),
                settlement.kind.value,
                int(settlement.admin_center),
                settlement.area_km2,
                settlement.starosta_district,
                settlement.distance_km,
                int(settlement.archived),
                order["n"],
                settlement.katottg,
            ),
        )
    settlement.id = cursor.lastrowid
    return settlement.id or 0


def set_population(cf: CommunityFile, rows: Iterable[Population]) -> None:
    """Insert or replace the given settlement-year figures, all in one transaction."""
    rows = list(rows)
    checked.population(rows)
    with cf.atomic():
        cf.db.conn.executemany(
            """INSERT INTO population (settlement_id, year, total, men, women, children)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (settlement_id, year) DO UPDATE SET total = excluded.total,
                   men = excluded.men, women = excluded.women, children = excluded.children""",
            [(r.settlement_id, r.year, r.total, r.men, r.women, r.children) for r in rows],
        )


def get_population(cf: CommunityFile, year: int) -> list[Population]:
    return [
        Population(**row)
        for row in cf.query(
            """SELECT p.settlement_id, p.year, p.total, p.men, p.women, p.children
               FROM population p JOIN settlement s ON s.id = p.settlement_id
               WHERE p.year = ? ORDER BY s.sort_order, s.id""",
            [year],
        )
    ]


def _distinct_years(table: str) -> str:
    """The years of ``table`` (each indexed by year first), one index lookup a year: the
    next year after the last one found, not a scan of 100 000 rows for ten years."""
    return f"""SELECT year FROM (
        WITH RECURSIVE found(year) AS (
            SELECT min(year) FROM {table}
            UNION ALL
            SELECT (SELECT min(year) FROM {table} WHERE year > found.year) FROM found
            WHERE found.year IS NOT NULL)
        SELECT year FROM found WHERE year IS NOT NULL)"""


def population_years(cf: CommunityFile) -> list[int]:
    return [r["year"] for r in cf.query(_distinct_years("population") + " ORDER BY year")]


def data_years(cf: CommunityFile) -> list[int]:
    """Every year for which the file holds any figure."""
    return [
        r["year"]
        for r in cf.query(
            " UNION ".join(
                _distinct_years(table)
                for table in ("population", "indicator_value", "existing_service")
            )
            + " ORDER BY year"
        )
    ]


def set_indicators(cf: CommunityFile, year: int, values: Mapping[str, int]) -> None:
    with cf.atomic():
        cf.db.conn.executemany(
            """INSERT INTO indicator_value (year, code, value) VALUES (?, ?, ?)
               ON CONFLICT (year, code) DO UPDATE SET value = excluded.value""",
            [(year, code, value) for code, value in values.items()],
        )


def get_indicators(cf: CommunityFile, year: int) -> dict[str, int]:
    return {
        r["code"]: r["value"]
        for r in cf.query(
            "SELECT code, value FROM indicator_value WHERE year = ? ORDER BY code", [year]
        )
    }


def set_existing_services(cf: CommunityFile, year: int, counts: Mapping[str, int]) -> None:
    with cf.atomic():
        cf.db.conn.executemany(
            """INSERT INTO existing_service (year, service, count) VALUES (?, ?, ?)
               ON CONFLICT (year, service) DO UPDATE SET count = excluded.count""",
            [(year, key, count) for key, count in counts.items()],
        )


def get_existing_services(cf: CommunityFile, year: int) -> dict[str, int]:
    return {
        r["service"]: r["count"]
        for r in cf.query("SELECT service, count FROM existing_service WHERE year = ?", [year])
    }


def get_rayon_figures(cf: CommunityFile, year: int) -> tuple[int | None, int | None]:
    """(population, cases) of the whole rayon for a year; (None, None) when not entered."""
    row = next(cf.query("SELECT population, cases FROM rayon_figures WHERE year = ?", [year]), None)
    return (row["population"], row["cases"]) if row else (None, None)


def set_rayon_figures(
    cf: CommunityFile, year: int, population: int | None, cases: int | None
) -> None:
    with cf.atomic():
        if population is None and cases is None:
            cf.db.execute("DELETE FROM rayon_figures WHERE year = ?", [year])
            return
        cf.db.execute(
            """INSERT INTO rayon_figures (year, population, cases) VALUES (?, ?, ?)
               ON CONFLICT (year) DO UPDATE SET population = excluded.population,
                   cases = excluded.cases""",
            [year, population, cases],
        )


def get_parameters(cf: CommunityFile, year: int) -> dict[str, tuple[str, str]]:
    """Calculation parameters changed for a year: name → (value as text, reason)."""
    return {
        r["name"]: (r["value"], r["reason"])
        for r in cf.query(
            "SELECT name, value, reason FROM calculation_parameter WHERE year = ?", [year]
        )
    }


def set_parameter(
    cf: CommunityFile, year: int, name: str, value: str | None, reason: str = ""
) -> None:
    """Record a changed parameter with its reason; ``None`` returns it to the default."""
    with cf.atomic():
        if value is None:
            cf.db.execute(
                "DELETE FROM calculation_parameter WHERE year = ? AND name = ?", [year, name]
            )
            return
        cf.db.execute(
            """INSERT INTO calculation_parameter (year, name, value, reason) VALUES (?, ?, ?, ?)
               ON CONFLICT (year, name) DO UPDATE SET value = excluded.value,
                   reason = excluded.reason""",
            [year, name, value, reason],
        )


def update_settlement(cf: CommunityFile, settlement: Settlement) -> None:
    """Write every field of an existing settlement; a new administrative centre replaces the
    old one in the same transaction."""
    checked.settlement(settlement)
    with cf.atomic():
        if settlement.admin_center:
            cf.db.execute("UPDATE settlement SET admin_center = 0 WHERE id != ?", [settlement.id])
        cf.db.execute(
            """UPDATE settlement SET name = ?, kind = ?, admin_center = ?, area_km2 = ?,
                   starosta_district = ?, distance_km = ?, archived = ?, katottg = ?
               WHERE id = ?""",
            (
                settlement.name.strip(),
                settlement.kind.value,
                int(settlement.admin_center),
                settlement.area_km2,
                settlement.starosta_district,
                settlement.distance_km,
                int(settlement.archived),
                settlement.katottg,
                settlement.id,
            ),
        )


def set_codes(
    cf: CommunityFile, community_code: str | None, settlement_codes: Mapping[int, str | None]
) -> None:
    """The codifier codes of the community and of the given settlements (by id; None: not in
    the codifier), in one transaction. The given settlements' codes are cleared first, so
    that codes may move among them."""
    checked.codes(community_code, settlement_codes.values())
    with cf.atomic():
        cf.db.execute("UPDATE community SET katottg = ? WHERE id = 1", [community_code])
        cf.db.conn.executemany(
            "UPDATE settlement SET katottg = NULL WHERE id = ?",
            [(sid,) for sid in settlement_codes],
        )
        cf.db.conn.executemany(
            "UPDATE settlement SET katottg = ? WHERE id = ?",
            [(code, sid) for sid, code in settlement_codes.items() if code is not None],
        )


def get_settlement(cf: CommunityFile, settlement_id: int) -> Settlement | None:
    row = next(cf.query("SELECT * FROM settlement WHERE id = ?", [settlement_id]), None)
    return _settlement(row) if row else None


def delete_settlement(cf: CommunityFile, settlement_id: int) -> None:
    """Remove a settlement and its figures (used to undo adding it)."""
    with cf.atomic():
        cf.db.execute("DELETE FROM settlement WHERE id = ?", [settlement_id])


def restore_settlement(
    cf: CommunityFile, settlement: Settlement, order: int, population: Iterable[Population]
) -> None:
    """Put back a settlement removed by ``delete_settlement`` (redo of adding it)."""
    checked.settlement(settlement)
    with cf.atomic():
        cf.db.execute(
            """INSERT INTO settlement (id, name, kind, admin_center, area_km2,
                   starosta_district, distance_km, archived, sort_order, katottg)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                settlement.id,
                settlement.name,
                settlement.kind.value,
                int(settlement.admin_center),
                settlement.area_km2,
                settlement.starosta_district,
                settlement.distance_km,
                int(settlement.archived),
                order,
                settlement.katottg,
            ),
        )
        set_population(cf, population)


def settlement_order(cf: CommunityFile, settlement_id: int) -> int:
    row = next(cf.query("SELECT sort_order FROM settlement WHERE id = ?", [settlement_id]))
    return int(row["sort_order"])


def settlement_population(cf: CommunityFile, settlement_id: int) -> list[Population]:
    return [
        Population(**r)
        for r in cf.query(
            """SELECT settlement_id, year, total, men, women, children FROM population
           WHERE settlement_id = ? ORDER BY year""",
            [settlement_id],
        )
    ]


def replace_population(
    cf: CommunityFile, changes: Iterable[tuple[int, int, Population | None]]
) -> None:
    """Set or remove (None) the figures of several settlement-years in one transaction."""
    changes = list(changes)
    with cf.atomic():
        cf.db.conn.executemany(
            "DELETE FROM population WHERE settlement_id = ? AND year = ?",
            [(sid, year) for sid, year, row in changes if row is None],
        )
        set_population(cf, [row for _, _, row in changes if row is not None])


def replace_indicators(cf: CommunityFile, year: int, values: Mapping[str, int | None]) -> None:
    """Set indicator values of a year; None removes one (not entered)."""
    with cf.atomic():
        cf.db.conn.executemany(
            "DELETE FROM indicator_value WHERE year = ? AND code = ?",
            [(year, c) for c, v in values.items() if v is None],
        )
        set_indicators(cf, year, {c: v for c, v in values.items() if v is not None})


def replace_existing_services(
    cf: CommunityFile, year: int, counts: Mapping[str, int | None]
) -> None:
    with cf.atomic():
        cf.db.conn.executemany(
            "DELETE FROM existing_service WHERE year = ? AND service = ?",
            [(year, k) for k, v in counts.items() if v is None],
        )
        set_existing_services(cf, year, {k: v for k, v in counts.items() if v is not None})


def settlement_totals(cf: CommunityFile, year: int) -> list[tuple[str, SettlementKind, int]]:
    """(name, kind, total) of every settlement with figures for a year, in the list's order:
    what a chart draws, without building a Settlement and a Population per row."""
    return [
        (r["name"], SettlementKind(r["kind"]), r["total"])
        for r in cf.query(
            """SELECT s.name, s.kind, p.total
           FROM population p JOIN settlement s ON s.id = p.settlement_id
           WHERE p.year = ? ORDER BY s.sort_order, s.id""",
            [year],
        )
    ]


def population_totals(cf: CommunityFile) -> dict[int, int]:
    """The community's population per year (every settlement with figures, archived ones
    too, as ``get_population`` counts them), summed by SQLite in one pass."""
    return {
        r["year"]: r["total"]
        for r in cf.query(
            """SELECT p.year, sum(p.total) AS total
           FROM population p JOIN settlement s ON s.id = p.settlement_id
           GROUP BY p.year ORDER BY p.year"""
        )
    }


@dataclass(frozen=True, slots=True)
class YearlyFigures:
    """Every yearly figure of a file, each table read once: what the consolidation needs of
    each of hundreds of files (the per-year reads above would read each table ten times).
    Rows and keys come in the order the per-year reads give them."""

    settlements: dict[int, Settlement]  # by id
    population: dict[int, list[Population]]  # year → rows in the settlements' order
    indicators: dict[int, dict[str, int]]
    existing: dict[int, dict[str, int]]
    parameters: dict[int, dict[str, tuple[str, str]]]  # year → name → (value, reason)
    rayon: dict[int, tuple[int | None, int | None]]  # year → (population, cases)

    def years(self) -> list[int]:
        """What ``data_years`` gives: every year with a population, indicator or service."""
        return sorted({*self.population, *self.indicators, *self.existing})


def yearly_figures(cf: CommunityFile) -> YearlyFigures:
    conn = cf.conn
    settlements = {
        r["id"]: _settlement(r)
        for r in cf.query("SELECT * FROM settlement ORDER BY sort_order, id")
    }
    population: dict[int, list[Population]] = {}
    for sid, year, total, men, women, children in conn.execute(
        """SELECT p.settlement_id, p.year, p.total, p.men, p.women, p.children
               FROM population p JOIN settlement s ON s.id = p.settlement_id
               ORDER BY p.year, s.sort_order, s.id"""
    ):
        population.setdefault(year, []).append(Population(sid, year, total, men, women, children))
    indicators: dict[int, dict[str, int]] = {}
    for year, code, value in conn.execute(
        "SELECT year, code, value FROM indicator_value ORDER BY year, code"
    ):
        # one string for every «6.1» of hundreds of files, not one a row
        indicators.setdefault(year, {})[sys.intern(code)] = value
    existing: dict[int, dict[str, int]] = {}
    for year, service, count in conn.execute(
        "SELECT year, service, count FROM existing_service ORDER BY year, service"
    ):
        existing.setdefault(year, {})[sys.intern(service)] = count
    parameters: dict[int, dict[str, tuple[str, str]]] = {}
    for year, name, value, reason in conn.execute(
        "SELECT year, name, value, reason FROM calculation_parameter ORDER BY year, name"
    ):
        parameters.setdefault(year, {})[name] = (value, reason)
    rayon = {
        year: (people, cases)
        for year, people, cases in conn.execute("SELECT year, population, cases FROM rayon_figures")
    }
    return YearlyFigures(settlements, population, indicators, existing, parameters, rayon)
