"""Build SahelWatch's committed gazetteer and map boundaries from ../shared/geodata.

    .venv/bin/python scripts/build_gazetteer.py [--geodata ../shared/geodata]

Reads the GeoNames country dumps (ML, BF, NE, SN, CI, GN, MR), GeoNames admin1Codes and the OCHA
COD-AB Mali admin2 polygons; writes

    src/sahelwatch/data/gazetteer/places.tsv.gz   one row per kept feature (see COLUMNS)
    src/sahelwatch/data/gazetteer/admin.json      countries, admin1 and admin2 areas with their seats
    src/sahelwatch/data/boundaries/*.geojson      simplified Mali cercles, regions and outline

and merges the hand-curated files already in the gazetteer folder (supplement.csv: places missing
from the dumps; aliases.csv: press spellings of places the dumps hold under another spelling, and the
department seats the dumps file as plain villages).

Admin areas: in Mali from the polygons (point in polygon, STRtree; a point just outside every polygon,
e.g. on the Niger border, takes the nearest cercle within 10 km). Mali's admin3 (commune) is the
nearest GeoNames ADM3 entry of the same cercle within 20 km; GeoNames holds only ~50 of Mali's 703
communes, so admin3 is mostly empty. Elsewhere admin1 comes from GeoNames admin1Codes and admin2 from
the GeoNames ADM2 entries with the same admin1 and admin2 codes (no polygons for the neighbours).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from shapely import STRtree
from shapely.geometry import Point, mapping, shape
from shapely.ops import unary_union

from sahelwatch.knowledge.gazetteer import name_key

ROOT = Path(__file__).resolve().parents[1]
GAZ_DIR = ROOT / "src" / "sahelwatch" / "data" / "gazetteer"
BOUNDS_DIR = ROOT / "src" / "sahelwatch" / "data" / "boundaries"

COUNTRIES = {
    # ISO code: (ACLED name, other names in English and French)
    "ML": ("Mali", ["Mali", "République du Mali", "Republic of Mali"]),
    "BF": ("Burkina Faso", ["Burkina Faso", "Burkina"]),
    "NE": ("Niger", ["Niger", "République du Niger", "Republic of Niger"]),
    "SN": ("Senegal", ["Senegal", "Sénégal"]),
    "CI": ("Ivory Coast", ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"]),
    "GN": ("Guinea", ["Guinea", "Guinée", "Guinea-Conakry", "Guinée-Conakry"]),
    "MR": ("Mauritania", ["Mauritania", "Mauritanie"]),
}

# Feature codes kept besides every populated place and admin area: the kinds of site conflict
# reports locate events at (camps, bases, mines, forests and parks, wells, markets, bridges, dams).
KEEP_CODES = {
    "L": {"LCTY", "RESF", "RESW", "RES", "RESN", "PRK", "AREA", "RGN", "OAS", "PRT", "MILB"},
    "S": {"CMP", "CMPRF", "CMPMN", "AIRP", "AIRF", "AIRB", "DAM", "FT", "MN", "MNAU", "BDG", "MLTY",
          "INSM", "RSTN", "MKT", "PS", "HSP", "SCH", "MSQE", "CSTM", "PO", "TRIG"},
    "V": {"FRST"},
    "H": {"WLL", "WLLS", "LK", "OAS"},
    "A": {"ADM1", "ADM2", "ADM3", "PCLI"},
}
DROP_P = {"PPLH", "PPLW"}  # historical and destroyed places

COLUMNS = ("id", "name", "alternates", "lat", "lon", "cc", "fclass", "fcode", "population",
           "admin1", "admin2", "admin3", "admin1_pcode", "admin2_pcode", "keys")

# Alternate names GeoNames gives admin areas that are ordinary words ("First", "Region IV"), and
# airport/station codes ("SZU", "XAR"): they would match ordinary text.
# The codes are upper case only: 'Banh', 'Kona', 'Diré' are names of three or four letters.
NOT_A_NAME = re.compile(r"^(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                        r"region [ivx]+|r[ée]gion [ivx]+)$|^[A-Z]{3,4}$")

LATIN = re.compile(r"^[\sA-Za-z0-9\u00C0-\u024F'’\-().,/]+$")


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean_admin_name(name: str) -> str:
    """'Province du Séno' -> 'Seno', 'Département de Tillabéri' -> 'Tillaberi', 'Kati Cercle' -> 'Kati'."""
    name = fold(name).replace("’", "'")
    name = re.sub(r"^(Province|Departement|Department|Cercle|Prefecture|Region|Commune|Arrondissement)"
                  r"\s+(du|de la|de l'|des|de|d')\s*", "", name, flags=re.I)
    name = re.sub(r"\s+(Province|Department|Departement|Cercle|Region|Prefecture)$", "", name, flags=re.I)
    return name.strip()


def read_geonames(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def keep(row: list[str]) -> bool:
    fclass, fcode = row[6], row[7]
    if fclass == "P":
        return fcode not in DROP_P
    return fcode in KEEP_CODES.get(fclass, set())


def alternates(row: list[str]) -> list[str]:
    seen = {row[1]}
    out = []
    for alt in [row[2], *row[3].split(",")]:
        alt = alt.strip()
        if (alt and alt not in seen and len(alt) <= 60 and LATIN.match(alt) and not alt.isdigit()
                and not NOT_A_NAME.match(alt) and not (alt.isupper() and len(alt) <= 4)):
            seen.add(alt)
            out.append(alt)
    return out


class MaliAdmin:
    """Point-in-polygon over the OCHA cercles."""

    def __init__(self, geojson: dict[str, Any]) -> None:
        self.props = [f["properties"] for f in geojson["features"]]
        self.geoms = [shape(f["geometry"]) for f in geojson["features"]]
        self.tree = STRtree(self.geoms)

    def locate(self, lat: float, lon: float) -> dict[str, str] | None:
        pt = Point(lon, lat)
        for i in self.tree.query(pt, predicate="intersects"):
            return self.props[int(i)]
        i = int(self.tree.nearest(pt))
        if self.geoms[i].distance(pt) <= 0.09:  # ~10 km: dumps and polygons disagree at borders
            return self.props[i]
        return None


def ml_adm3_index(rows: list[list[str]], admin: MaliAdmin) -> dict[str, list[tuple[float, float, str]]]:
    out: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for r in rows:
        if r[7] == "ADM3" and not r[1].startswith("Commune "):
            props = admin.locate(float(r[4]), float(r[5]))
            if props:
                out[props["adm2_pcode"]].append((float(r[4]), float(r[5]), clean_admin_name(r[1])))
    return out


def nearest_adm3(index: dict[str, list[tuple[float, float, str]]], pcode: str, lat: float,
                 lon: float) -> str:
    best, best_d = "", 0.18 ** 2  # ~20 km
    for alat, alon, name in index.get(pcode, []):
        d = (alat - lat) ** 2 + (alon - lon) ** 2
        if d < best_d:
            best, best_d = name, d
    return best


def build_rows(geodata: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    names1 = {}
    for line in (geodata / "geonames" / "admin1Codes.txt").read_text(encoding="utf-8").splitlines():
        code, name, ascii_name, _ = line.split("\t")
        names1[code] = ascii_name
    mali = MaliAdmin(json.loads((geodata / "boundaries" / "mali_adm2.geojson").read_text()))
    out: list[dict[str, Any]] = []
    for cc in COUNTRIES:
        rows = read_geonames(geodata / "geonames" / f"{cc}.txt")
        adm2 = {(r[10], r[11]): clean_admin_name(r[1]) for r in rows if r[7] == "ADM2"}
        adm3 = ml_adm3_index(rows, mali) if cc == "ML" else {}
        for r in rows:
            if not keep(r):
                continue
            rec = {
                "id": f"gn:{r[0]}", "name": r[1], "alternates": alternates(r),
                "lat": float(r[4]), "lon": float(r[5]), "cc": cc, "fclass": r[6], "fcode": r[7],
                "population": int(r[14] or 0), "admin1": "", "admin2": "", "admin3": "",
                "admin1_pcode": "", "admin2_pcode": "",
            }
            if cc == "ML":
                props = mali.locate(rec["lat"], rec["lon"])
                if props:
                    rec.update(admin1=props["adm1"], admin2=props["adm2"], admin1_pcode=props["adm1_pcode"],
                               admin2_pcode=props["adm2_pcode"],
                               admin3=nearest_adm3(adm3, props["adm2_pcode"], rec["lat"], rec["lon"]))
            else:
                rec["admin1"] = names1.get(f"{cc}.{r[10]}", "")
                rec["admin1_pcode"] = f"{cc}.{r[10]}" if r[10] else ""
                rec["admin2"] = adm2.get((r[10], r[11]), "") if r[11] else ""
                rec["admin2_pcode"] = f"{cc}.{r[10]}.{r[11]}" if r[11] else ""
            out.append(rec)
        if cc != "ML":
            fix_area_admin1([r for r in out if r["cc"] == cc])
            fill_admin_codes([r for r in out if r["cc"] == cc])
    return out, {"mali": mali, "names1": names1}


def fill_admin_codes(rows: list[dict[str, Any]]) -> None:
    """Outside Mali (no polygons) GeoNames leaves many villages without an admin2 code (Niger: all;
    Burkina: over half) and some without admin1: such a place takes the admin1 of the nearest place
    that has one (within ~40 km), then the admin2 of the nearest place with one in the same admin1,
    else of the nearest admin2 area point (GeoNames ADM2 entry) in the same admin1. Approximate near
    borders, which is why the README calls neighbour admin2 names nearest-neighbour estimates."""
    _fill(rows, "admin1", lambda r: (r["cc"],), ("admin1", "admin1_pcode"))
    _fill(rows, "admin2", lambda r: (r["cc"], r["admin1"]), ("admin2", "admin2_pcode"), areas=True)


def _fill(rows: list[dict[str, Any]], level: str, group: Any, fields: tuple[str, ...],
          areas: bool = False) -> None:
    max_deg = 0.36  # ~40 km
    donors: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r[level] and (r["fclass"] == "P" or (areas and r["fcode"] == "ADM2")):
            donors[group(r)].append(r)
    trees = {k: (STRtree([Point(d["lon"], d["lat"]) for d in v]), v) for k, v in donors.items()}
    for r in rows:
        if r[level] or r["fclass"] not in ("P", "S", "L", "H", "V") or group(r) not in trees:
            continue
        tree, pool = trees[group(r)]
        pt = Point(r["lon"], r["lat"])
        town_pool = [d for d in pool if d["fclass"] == "P"]
        i = int(tree.nearest(pt))
        best = pool[i]
        limit = max_deg if best["fclass"] == "P" else 2.0  # an area point may be far from its edges
        if town_pool and best["fclass"] != "P":
            best = min(town_pool, key=lambda d: (d["lat"] - r["lat"]) ** 2 + (d["lon"] - r["lon"]) ** 2)
            limit = max_deg
        if Point(best["lon"], best["lat"]).distance(pt) <= limit:
            for f in fields:
                r[f] = best[f]
        elif areas:
            area = pool[i]
            if Point(area["lon"], area["lat"]).distance(pt) <= 2.0:
                for f in fields:
                    r[f] = area[f]


def fix_area_admin1(rows: list[dict[str, Any]]) -> None:
    """GeoNames files some admin areas under an older admin1 code (Niger's departments under code 08,
    now Niamey): an area takes the admin1 of the nearest populated place instead."""
    towns = [r for r in rows if r["fclass"] == "P" and r["admin1"]]
    for r in rows:
        if r["fclass"] == "A" and r["fcode"] in ("ADM2", "ADM3") and towns:
            near = min(towns, key=lambda t: (t["lat"] - r["lat"]) ** 2 + (t["lon"] - r["lon"]) ** 2)
            r["admin1"], r["admin1_pcode"] = near["admin1"], near["admin1_pcode"]


def read_supplement(mali: MaliAdmin) -> list[dict[str, Any]]:
    out = []
    iso = {name: cc for cc, (name, _) in COUNTRIES.items()}
    with (GAZ_DIR / "supplement.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lat, lon = float(row["lat"]), float(row["lon"])
            fclass, fcode = row["feature"].split(".")
            rec = {
                "id": "sw:" + re.sub(r"[^a-z0-9]+", "-", fold(row["name"]).lower()).strip("-"),
                "name": row["name"], "alternates": [a for a in row["alternate_names"].split("|") if a],
                "lat": lat, "lon": lon, "cc": iso[row["country"]], "fclass": fclass, "fcode": fcode,
                "population": 0, "admin1": row["admin1"], "admin2": row["admin2"], "admin3": "",
                "admin1_pcode": "", "admin2_pcode": "", "replaces": row.get("replaces") or "",
            }
            props = mali.locate(lat, lon) if rec["cc"] == "ML" else None
            if props and not (row["admin1"] and row["admin2"]):
                rec.update(admin1=props["adm1"], admin2=props["adm2"])
            if props:  # P-codes from the polygons; a curated admin name (sourced) wins over a border
                pc = {p["adm2"]: p for p in mali.props}.get(rec["admin2"], props)
                rec.update(admin1_pcode=pc["adm1_pcode"], admin2_pcode=pc["adm2_pcode"])
            out.append(rec)
    return out


def apply_aliases(rows: list[dict[str, Any]]) -> None:
    by_id = {r["id"]: r for r in rows}
    with (GAZ_DIR / "aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rec = by_id.get(row["id"])
            if rec is None:
                raise SystemExit(f"aliases.csv: unknown id {row['id']}")
            if fold(rec["name"]).lower() != fold(row["name"]).lower():
                raise SystemExit(f"aliases.csv: {row['id']} is {rec['name']!r}, not {row['name']!r}")
            rec["alternates"] += [a for a in row["aliases"].split("|") if a and a not in rec["alternates"]]
            if row.get("seat_of"):
                # GeoNames files many of Burkina's department seats as plain villages, beside namesakes: the
                # seat is known by its department's name and ranks as one (GeoNames' own code, PPLA3)
                if rec["name"] != row["seat_of"]:
                    rec["alternates"] = [rec["name"], *(a for a in rec["alternates"] if a != row["seat_of"])]
                rec.update(name=row["seat_of"], fcode="PPLA3", admin3=row["seat_of"])


def mark_commune_seats(rows: list[dict[str, Any]]) -> None:
    """communes.csv: a Malian commune's seat is PPLA3 (GeoNames files most as PPL), so among homonyms the seat
    outranks a hamlet ('Baye', 'Léré', 'Bamba'). The seat is the village of that name in the commune's cercle;
    a seat ranked higher already (a cercle seat) keeps its rank. A commune named otherwise than its seat
    ('Gandamia', seat Kikara) is known by its name too: "the commune of Gandamia" is coded to its seat, not to
    a namesake village elsewhere that only looks like it."""
    rank = {"PPLC": 4, "PPLA": 3, "PPLA2": 2, "PPLA3": 1}
    with (GAZ_DIR / "communes.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            commune, *spellings = row["commune"].split("|")  # 'Hamzakoma|Hanzakoma': the press writes both
            key = name_key(row["seat"] or commune)
            pool = [r for r in rows if r["cc"] == "ML" and r["fclass"] in ("P", "L", "S")
                    and r["admin2"] == row["cercle"] and key in map(name_key, [r["name"], *r["alternates"]])]
            if not pool:
                print(f"communes.csv: no seat {key!r} in {row['cercle']}")
                continue
            best = max(pool, key=lambda r: (r["fclass"] == "P", name_key(r["name"]) == key, r["population"]))
            if rank.get(best["fcode"], 0) < rank["PPLA3"]:
                best["fcode"] = "PPLA3"
                best["fclass"] = "P"
            known = set(map(name_key, [best["name"], *best["alternates"]]))
            best["alternates"] += [n for n in (commune, *spellings) if name_key(n) not in known]


def seat(rows: list[dict[str, Any]], cc: str, level: str, area: str) -> dict[str, Any] | None:
    """The administrative seat of an area: its PPLA/PPLA2, else the most populous place in it."""
    code = "PPLA" if level == "admin1" else "PPLA2"
    inside = [r for r in rows if r["cc"] == cc and r[level] == area and r["fclass"] == "P"]
    seats = [r for r in inside if r["fcode"] in (code, "PPLC")]
    pool = seats or inside
    if not pool:
        # Areas whose towns carry no admin2 code (Niger): the town named like the area, nearest to
        # the area's own GeoNames point ('Département de Téra' -> Téra).
        point = area_point(rows, cc, "ADM1" if level == "admin1" else "ADM2", area)
        key = name_key(area)
        pool = [r for r in rows if r["cc"] == cc and r["fclass"] == "P" and name_key(r["name"]) == key]
        if not pool or point is None:
            return None
        best = min(pool, key=lambda r: (r["lat"] - point[0]) ** 2 + (r["lon"] - point[1]) ** 2)
    else:
        best = max(pool, key=lambda r: (r["fcode"] == "PPLC", r["population"]))
    return {"id": best["id"], "name": best["name"], "lat": best["lat"], "lon": best["lon"]}


def area_point(rows: list[dict[str, Any]], cc: str, code: str, area: str) -> tuple[float, float] | None:
    """The GeoNames point of an admin area entry (used as its centroid where there are no polygons)."""
    level = "admin1" if code == "ADM1" else "admin2"
    for r in rows:
        if r["cc"] == cc and r["fcode"] == code and r[level] == area:
            return (round(r["lat"], 5), round(r["lon"], 5))
    return None


def area_names(rows: list[dict[str, Any]], cc: str, code: str, admin_name: str) -> list[str]:
    """Names GeoNames gives the admin area entry itself (e.g. 'Ségou Region', 'Région de Ségou')."""
    names: set[str] = set()
    for r in rows:
        if r["cc"] == cc and r["fcode"] == code and (
            clean_admin_name(r["name"]) == admin_name
            or r[("admin1" if code == "ADM1" else "admin2")] == admin_name
        ):
            names.update(clean_admin_name(n) for n in [r["name"], *r["alternates"]])
    return sorted(n for n in names if n)


def build_admin(rows: list[dict[str, Any]], ctx: dict[str, Any]) -> dict[str, Any]:
    mali: MaliAdmin = ctx["mali"]
    admin: dict[str, Any] = {"countries": [], "admin1": [], "admin2": []}
    for cc, (name, names) in COUNTRIES.items():
        capital = next(r for r in rows if r["cc"] == cc and r["fcode"] == "PPLC")
        admin["countries"].append({"cc": cc, "name": name, "names": names, "capital": {
            "id": capital["id"], "name": capital["name"], "lat": capital["lat"], "lon": capital["lon"]}})
        areas1 = sorted({r["admin1"] for r in rows if r["cc"] == cc and r["admin1"]})
        for a1 in areas1:
            geoms = [g for g, p in zip(mali.geoms, mali.props, strict=True) if p["adm1"] == a1]
            centroid = unary_union(geoms).centroid if geoms else None
            pcode = next(r["admin1_pcode"] for r in rows if r["cc"] == cc and r["admin1"] == a1)
            admin["admin1"].append({
                "cc": cc, "name": a1, "pcode": pcode, "names": area_names(rows, cc, "ADM1", a1),
                "seat": seat(rows, cc, "admin1", a1),
                "centroid": ([round(centroid.y, 5), round(centroid.x, 5)] if centroid
                             else area_point(rows, cc, "ADM1", a1)),
            })
        areas2 = sorted({(r["admin1"], r["admin2"]) for r in rows if r["cc"] == cc and r["admin2"]})
        for a1, a2 in areas2:
            geoms = [g for g, p in zip(mali.geoms, mali.props, strict=True) if p["adm2"] == a2]
            centroid = geoms[0].centroid if geoms else None
            pcode = next(r["admin2_pcode"] for r in rows if r["cc"] == cc and r["admin2"] == a2)
            admin["admin2"].append({
                "cc": cc, "admin1": a1, "name": a2, "pcode": pcode,
                "names": area_names(rows, cc, "ADM2", a2), "seat": seat(rows, cc, "admin2", a2),
                "centroid": ([round(centroid.y, 5), round(centroid.x, 5)] if centroid
                             else area_point(rows, cc, "ADM2", a2)),
            })
    admin["mali_regions_since_2016"] = mali_new_regions(rows, mali)
    return admin


def mali_new_regions(rows: list[dict[str, Any]], mali: MaliAdmin) -> list[dict[str, Any]]:
    """Mali's post-2016 regions (Ménaka, Taoudénit, ...) mapped onto the pre-2016 polygons that ACLED
    codes by: each is located at its seat, and takes that seat's old admin1/admin2."""
    out = []
    for r in rows:
        if r["cc"] == "ML" and r["fcode"] == "ADM1" and r["id"] in ("gn:12070575", "gn:12070577"):
            name = clean_admin_name(r["name"])
            town = next((p for p in rows if p["cc"] == "ML" and p["fcode"] == "PPLA"
                         and fold(p["name"]).lower().startswith(fold(name).lower()[:6])), r)
            props = mali.locate(town["lat"], town["lon"]) or {}
            names = sorted({clean_admin_name(n) for n in [r["name"], *r["alternates"]]})
            seat = {k: town[k] for k in ("id", "name", "lat", "lon")}
            out.append({"name": name, "names": names, "admin1": props.get("adm1", ""),
                        "admin2": props.get("adm2", ""), "seat": seat})
    return out


def add_rows(admin: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """Give every seat and capital its row number in places.tsv.gz, so loading needs no id index."""
    row_of = {r["id"]: i for i, r in enumerate(sorted(rows, key=lambda r: r["id"]))}
    for c in admin["countries"]:
        c["capital"]["row"] = row_of[c["capital"]["id"]]
    for a in [*admin["admin1"], *admin["admin2"], *admin["mali_regions_since_2016"]]:
        if a.get("seat"):
            a["seat"]["row"] = row_of[a["seat"]["id"]]


def write_places(rows: list[dict[str, Any]]) -> Path:
    path = GAZ_DIR / "places.tsv.gz"
    # mtime=0 and no file name in the gzip header: the same inputs give the same bytes.
    with path.open("wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9,
                                               mtime=0) as gz, io.TextIOWrapper(gz, encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in sorted(rows, key=lambda r: r["id"]):
            keys = dict.fromkeys(k for k in map(name_key, [r["name"], *r["alternates"]]) if k)
            vals = {**r, "alternates": "|".join(r["alternates"]), "lat": f"{r['lat']:.5f}",
                    "lon": f"{r['lon']:.5f}", "keys": "|".join(keys)}
            f.write("\t".join(str(vals[c]) for c in COLUMNS) + "\n")
    return path


def write_boundaries(mali: MaliAdmin, tolerance: float) -> list[Path]:
    from shapely import coverage_simplify

    simple = list(coverage_simplify(mali.geoms, tolerance))  # keeps shared edges shared
    by_region: dict[str, list[Any]] = defaultdict(list)
    for g, p in zip(simple, mali.props, strict=True):
        by_region[p["adm1"]].append(g)
    layers = {
        "mali_adm2.geojson": [(g, p) for g, p in zip(simple, mali.props, strict=True)],
        "mali_adm1.geojson": [(unary_union(gs), {"country": "Mali", "adm1": name,
                               "adm1_pcode": next(p["adm1_pcode"] for p in mali.props if p["adm1"] == name)})
                              for name, gs in sorted(by_region.items())],
        "mali_adm0.geojson": [(unary_union(simple), {"country": "Mali", "country_pcode": "ML"})],
    }
    BOUNDS_DIR.mkdir(parents=True, exist_ok=True)
    paths = []
    for fname, feats in layers.items():
        fc = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": props, "geometry": _rounded(mapping(geom))}
            for geom, props in feats]}
        path = BOUNDS_DIR / fname
        path.write_text(json.dumps(fc, separators=(",", ":")), encoding="utf-8")
        paths.append(path)
    return paths


def _rounded(geom: dict[str, Any]) -> dict[str, Any]:
    def r(c: Any) -> Any:
        return [round(c[0], 4), round(c[1], 4)] if isinstance(c[0], float) else [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geodata", type=Path, default=ROOT.parent / "shared" / "geodata")
    parser.add_argument("--tolerance", type=float, default=0.01, help="simplification, degrees")
    args = parser.parse_args()
    rows, ctx = build_rows(args.geodata)
    apply_aliases(rows)
    supplement = read_supplement(ctx["mali"])
    # a supplement row that corrects a GeoNames entry (a sign slip in a longitude) takes its place
    wrong = {r.pop("replaces") for r in supplement} - {""}
    rows = [r for r in rows if r["id"] not in wrong] + supplement
    mark_commune_seats(rows)
    places = write_places(rows)
    admin = build_admin(rows, ctx)
    add_rows(admin, rows)
    (GAZ_DIR / "admin.json").write_text(json.dumps(admin, ensure_ascii=False, indent=1), encoding="utf-8")
    bounds = write_boundaries(ctx["mali"], args.tolerance)
    for p in [places, GAZ_DIR / "admin.json", *bounds]:
        print(f"{p.relative_to(ROOT)}: {p.stat().st_size / 1024:.0f} KiB")
    print(f"{len(rows)} places")


if __name__ == "__main__":
    main()
