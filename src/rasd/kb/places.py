"""Place linking: gazetteer names in Arabic text → schema places with geo_precision.

How a phrase becomes a place:

1. **Longest match** over normalised tokens (:func:`rasd.text.normalize.normalize`,
   so hamza, taa marbuta and yaa spellings meet) in a token trie built from every
   Arabic name in the gazetteer. The first token of a name may carry clitics (و ف ب ل ك
   and the article, :func:`rasd.text.clitics.peel`): والبوكمال، بدير الزور، للميادين.
   Words of a name must be adjacent on one line (no punctuation between them).
   rasd's actor matcher (``rasd.kb.matcher``) did not exist when this was written, so
   this module has its own trie; both use the same normaliser and clitic peeler.
2. **Context** from the word before (``cues.yaml``): ``محافظة X`` is the governorate
   (geo_precision 3, its capital as representative point), ``مدينة X`` the city, bare X
   the city when a city and a governorate share the name; ``ريف X [الشرقي]`` the
   countryside of X (admin1 of X; precision 2 around a town, 3 for a governorate or
   its capital); ``بادية X`` X's desert (precision 3); ``شرق/غرب/شمال/جنوب X`` near X
   (precision 2, or 3 for a governorate or region).
3. **Common words** that are also village names (السلام، النصر، الثورة …, ``stoplist.yaml``
   plus words frequent outside LOC entities in the ANERcorp train split,
   ``frequent_words.txt``) link only after a place cue (قرية، بلدة، حي … or في، قرب …).
4. **Ambiguity**: several places with one name are resolved by the governorates the
   sentence, then the document, names unambiguously; a name that stays ambiguous gives
   a ``PLACE_UNRESOLVED`` span with the candidates — never a guess. A name after a
   settlement cue (قرية X, بلدة X …) that no gazetteer entry has is also reported as
   ``PLACE_UNRESOLVED`` ("not in gazetteer").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, count, pairwise, repeat
from typing import Any

from rasd.kb.actors import default_kb
from rasd.kb.country_context import (
    country_forms,
    country_words,
    dateline_end,
    demonym_adjectives,
)
from rasd.kb.gazetteer import (
    COUNTRY_NAMES,
    Gazetteer,
    _km,
    data_path,
    load,
    load_foreign,
    load_yaml,
)
from rasd.text.clitics import peel
from rasd.text.normalize import normalize
from rasd.text.splits import alnum_parts, take_offsets
from rasd.text.wordlist import word_freq

TOKEN = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")
_END = ""  # trie key for "a name ends here" (no token is empty)
_GAP_OK = re.compile(r"[ \-]{0,3}")  # what may separate the words of one name
_CUE_GAP_OK = re.compile(r"[ \-\"'(]{0,4}")  # a cue and its name: قرية "البصة"
STRONG_CUES = ("strong", "district", "governorate", "city", "desert", "countryside", "province")
NAMED_AFTER_REACH = 12  # PLACESRC10: words after a building's city name where its own place may be told
SETTLEMENT_CUES = ("قريه", "بلده", "مدينه", "حي", "مخيم", "ناحيه", "قريتي", "بلدتي", "مدينتي", "حيي")
PLURAL_SETTLEMENT_CUES = frozenset(("قري", "بلدات"))  # قرى X وY: a list of villages, even when X is unknown (PLACE10)
_NAME_HEADS = frozenset((*SETTLEMENT_CUES, "محافظه"))  # words a gazetteer name may open with
_NONE: Counter[str] = Counter()  # an empty context (never written to)
COVERED = ("SY", "LB", "IQ")  # the countries whose places the gazetteer holds
# GAZ27: the sentences around a city abroad whose countries back it (_near_countries)
NEAR_BEFORE, NEAR_AFTER = 2, 1
_COVERED_SET = frozenset(COVERED)
VARIANT_RULE = "gazetteer:spelling-variant"
BETWEEN_RULE = "cue:unknown-between-list-name"  # "-list-name": the item's و is no letter of its name
TIED_RULE = "place:unresolved-settlement"
_TIE_GAP = frozenset(" \"'«»“”()[]")  # what may stand between X, its list and the place
_QUOTES = frozenset(('"', "«", "»", "“", "”"))  # one quote mark alone in a gap (PLACES24)
_TIE_BROAD = frozenset(("country",))
_COVERED_NAMES = frozenset(COUNTRY_NAMES.values())  # COVERED's countries by name
_AROUND_KINDS = frozenset({"city", "town", "village"})  # a settlement "near" which it was (PLACES18)
_AREA_NOTES = {  # tied_place's source for the areas tie_contained gives (PLACES17)
    "sentence-area": "which holds every place its sentence names",
    "page-area": "which holds most places the page names",
    "page-country": "the country that holds most places the page names",
}
ARTICLE_RULE = "gazetteer:article-dropped"
NEAR_KM, NEAR_RATIO = 250.0, 3.0  # _disambiguate: a named settlement this near, 3x nearer
ANCHOR_KM = 250.0  # _far_from_anchor: "X شرق Y" puts X within this of Y (تكريت شمال بغداد: 160)
LIST_KM = 150.0  # _list_strays: a listed village this far from all its list's places is another
LIST_STRAY = "listed with places of "  # _list_strays' reason: a same-named place the gazetteer lacks
_SMALL = frozenset(("village", "town"))
_SET_OFF = re.compile(r"[\"'«»“”:|]")  # a name in quotes, after a colon, in a page title
_CITY_WORD = "مدينه"
_NAHIYA = "ناحيه"  # ناحية, normalised
_SUMMIT = "قمه"  # قمة, normalised
_ABD = frozenset(("عبد", "وعبد", "لعبد"))
_KUNYA = frozenset(("ابو", "ابي", "ابا"))  # أبو and its cases, normalised  # عبد X Y: Y is a man's family name
_SETTLEMENTS = frozenset(("village", "town", "city", "district", "camp"))
_ALL_FOREIGN, _ALL_VILLAGE, _ALL_SMALL, _ANY_ALWAYS = 1, 2, 4, 8  # Linker._ids_info
_PLACED_GAP = re.compile(r" ?[,،]? ?")  # "سنجار , بالعراق": the name, then its country
_LIST_GAPS = frozenset((",", "،", "-", "–", "/"))  # between two names of a list
# a peeled prefix that carries the article: ال, and لل (ل + ال: للمدينة "for the city")
_ARTICLE = ("ال", "لل")
SCHEMA_KEYS = ("name", "name_ar", "country", "admin1", "admin2", "latitude", "longitude",
               "geo_precision", "gazetteer_id")


def key_tokens(text: str) -> tuple[str, ...]:
    """The normalised, lower-cased tokens a name or a text is matched on."""
    return tuple(t.lower() for t in TOKEN.findall(normalize(text).text))


_LONG_VOWELS = str.maketrans("", "", "اويى")


def skeleton(key: str) -> str:
    """A normalised name without its long vowels after the first letter of each word and
    without a final ة/ه/ا: طوزخورماتو and طوزخرماتو, السقيلبية and السقليبية meet."""
    out = []
    for w in key.split(" "):
        w = w.rstrip("هةا") or w
        out.append(w[:1] + w[1:].translate(_LONG_VOWELS))
    return " ".join(out)


_VOWELISH = frozenset("اويىه")


def one_vowel_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one long vowel added or dropped, or in one
    vowel-like letter for another (final ه for ا: الفوعة/الفوعا)."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diff) == 1 and diff[0][0] in _VOWELISH and diff[0][1] in _VOWELISH
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    for k in range(1, len(long)):  # never the first letter
        if long[k] in _VOWELISH and long[:k] + long[k + 1:] == short:
            return True
    return False


@cache
def _loose_governorates() -> frozenset[frozenset[str]]:
    """Governorate pairs reports name one for the other (``admin1.yaml`` ``loose_pairs``):
    Damascus city's outer districts "بريف دمشق", Rural Damascus' towns "بالريف الغربي لدمشق"."""
    pairs = load_yaml("admin1.yaml").get("loose_pairs") or []
    return frozenset(frozenset(p) for p in pairs)


def _same_governorate(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in _loose_governorates()


_TRANSLIT = str.maketrans({"ط": "ت", "ث": "ت", "غ": "ج", "ق": "ك", "ص": "س", "ض": "د",
                           "ظ": "ز", "ذ": "ز"})


@lru_cache(maxsize=8192)
def transliteration_key(key: str) -> str:
    """A foreign name as letters only, the way Arabic writers transliterate it differently:
    emphatic and plain letters merged (ط/ت, ص/س, ق/ك), g as غ or ج, long vowels and a
    final ه/ة dropped (:func:`skeleton`). Only ever compared between two Arabic names of
    the same GeoNames city, never to find a city."""
    return skeleton(key.translate(_TRANSLIT))


def _norm_set(words: list[str]) -> frozenset[str]:
    out = set()
    for w in words:
        out.update(key_tokens(w))
    return frozenset(out)


class Toks:
    """The tokens of a text from one ``re.split``: words, the gaps between them, offsets.

    ``gaps[i]`` is the text before word ``i`` (``gaps[i + 1]`` the text after it), so
    adjacency needs no offsets; offsets are summed only when a match is reported.
    """

    __slots__ = ("_ends", "breaks", "gaps", "parts", "words")

    def __init__(self, text: str):
        low = text.lower()  # T4 = t4; Arabic is unchanged
        if len(low) != len(text):
            low = text
        self.parts = alnum_parts(low)  # = _SPLIT.split(low), shared with the alias matcher
        self.words: list[str] = self.parts[1::2]
        self.gaps: list[str] = self.parts[0::2]
        self._ends: list[int] | None = None
        self.breaks: tuple[list[int], list[int]] | None = None  # see Linker._clause_breaks

    def __len__(self) -> int:
        return len(self.words)

    def adjacent(self, i: int) -> bool:
        """Whether word ``i`` and word ``i + 1`` may belong to one name."""
        gap = self.gaps[i + 1]
        return gap == " " or _GAP_OK.fullmatch(gap) is not None

    def adjacent_cue(self, i: int) -> bool:
        """Like :meth:`adjacent`, but quotes may stand between a cue and its name."""
        gap = self.gaps[i + 1]
        return gap == " " or _CUE_GAP_OK.fullmatch(gap) is not None

    def start(self, i: int) -> int:
        if self._ends is None:  # piece k starts at _ends[k]: word i is piece 2i + 1
            self._ends = take_offsets(self.parts)  # shared with the alias matcher's split
        return self._ends[2 * i + 1]

    def end(self, i: int) -> int:
        if self._ends is None:
            self._ends = take_offsets(self.parts)
        return self._ends[2 * i + 2]


@dataclass(slots=True)
class Match:
    """One gazetteer hit: tokens ``[first, last)``, the candidate ids, and its context."""

    first: int
    last: int
    key: str
    ids: tuple[str, ...]
    cue_first: int = -1  # first token of a context cue included in the span
    rule: str = "gazetteer:name"
    relation: str | None = None
    direction: str | None = None
    value: dict[str, Any] | None = None
    unresolved: str | None = None
    candidates: tuple[str, ...] = ()
    sentence: int = 0
    cue: str | None = None  # the kind of cue before the name, if any
    dropped: bool = False  # a foreign name with no country context: not a place mention
    variant: bool = False  # matched by a spelling one long vowel away (``_variant_of``)
    prep_cue: bool = False  # a word-like name licensed only by an attached ب/ل
    needs_support: bool = False  # an outlet's or a noun's name: only where the report is
    bare_village: bool = False  # a one-word village name with no cue: no country evidence
    trim: int = 0  # letters of the last word after the name: a word glued on (``_glued``)
    tied: Match | None = None  # an unknown settlement: the resolved place the text puts it in
    tie: str = ""  # how the text ties it there: "in" (X في/بريف Y), "near" (X شرق Y), "list"
    tie_kind: str = "unresolved"  # what its cue calls it: village (قرية), town (بلدة), city
    cued: bool = False  # an unknown settlement a cue names, which tie_unknowns may tie (PLACES17)
    around: bool = False  # after قرب، محيط، أطراف: the happening was near it (PLACES18)

    def unlink(self, reason: str, rule: str = "") -> None:
        """A linked place found to be another, same-named one the gazetteer lacks: unresolved,
        the place it was linked to kept as its candidate (``rule`` is added to its rule)."""
        self.candidates = (self.value["gazetteer_id"],)
        self.unresolved = reason
        self.rule += rule
        self.value = None


@dataclass
class Cues:
    strong: frozenset[str]
    weak: frozenset[str]
    district: frozenset[str]
    governorate: frozenset[str]
    city: frozenset[str]
    countryside: frozenset[str]
    desert: frozenset[str]
    directions: dict[str, str]  # token → east/west/north/south
    direction_names: dict[str, list[str]]
    not_names: frozenset[str]
    name_prefixes: frozenset[str]
    stop_strong: frozenset[str]
    stop_weak: frozenset[str]
    countryside_pronoun: frozenset[str]
    joinable: frozenset[str]
    common: frozenset[str]  # ordinary words (ANERcorp train), never an unknown place name
    media: frozenset[str]
    adjective_like: frozenset[str]
    compound_prefixes: frozenset[str]
    foreign_words: frozenset[str] = frozenset()  # foreign city names that are words first
    buildings: frozenset[str] = frozenset()  # مسجد، مدرسة …: a name after them is theirs
    person_titles: frozenset[str] = frozenset()  # الصحفية، العقيد …: a person's name follows
    saying_verbs: frozenset[str] = frozenset()  # قالت، ذكرت …: a speaker follows
    glue_words: frozenset[str] = frozenset()  # من، في …: short words glued to a name's end
    idioms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # مسقط → (راس,)
    participles: dict[str, frozenset[str]] = field(default_factory=dict)  # الضالع → {في}
    participle_heads: frozenset[str] = frozenset()  # المتهم، الطرف …: a participle may follow
    homonym_cues: frozenset[str] = frozenset()  # بلدة، قرية: a town's name, not a city's
    plural_cues: frozenset[str] = frozenset()  # قريتي، بلدات …: a list of places follows
    name_heads: frozenset[str] = frozenset()  # نادي، حلف، مؤتمر …: a name's part follows
    airport_heads: frozenset[str] = frozenset()  # مطار، قاعدة …: "مطار مدينة X" is "مطار X"
    outlet_names: frozenset[str] = frozenset()  # الميادين: a town and an outlet's name
    noun_names: frozenset[str] = frozenset()  # القريتين "the two villages": a dual noun
    province: frozenset[str] = frozenset()  # ولاية، مقاطعة: a state or province follows
    clubs: frozenset[tuple[str, ...]] = frozenset()  # بروسيا دورتموند: a club's whole name
    states_elsewhere: frozenset[str] = frozenset()  # واشنطن: a state not around its namesake
    quantifiers: frozenset[str] = frozenset()  # مختلف، شتى: a plural noun follows
    whole_of: frozenset[tuple[str, ...]] = frozenset()  # على كامل: "the whole of" a place
    holder_clauses: frozenset[tuple[str, ...]] = frozenset()  # التي تسيطر عليها: who holds it
    holder_reach: int = 0  # most words of a holder clause before the tie after it
    between_reach: int = 0  # most words of names listed between two places (TOWNS13)
    closing_reach: int = 0  # most words between a list and the region closing it (PLACES15)
    border_words: frozenset[str] = frozenset()  # حدود: a country after it borders the place (PLACES17)
    destination_words: frozenset[str] = frozenset()  # نحو، باتجاه: a place after it is where one went
    origin_words: frozenset[str] = frozenset()  # من: a place after it is where one came from ...
    from_sides: frozenset[str] = frozenset()  # ... unless after الشرق، قرب: "الشرق من X" (PLACES17)
    page_area_min: int = 0  # places of one governorate a page needs to hold an unknown village
    page_area_share: float = 1.0  # ... and their least share of the page's places (PLACES17)
    adjective_endings: tuple[str, ...] = ()  # ي، ية، ين: an adjective's or plural's ending ...
    indefinite_min: int = 0  # ... seen this often as it is ...
    definite_min: int = 0  # ... and its definite form this often: no name (PLACES18)
    verb_prefixes: frozenset[str] = frozenset()  # ي، ت: an imperfect verb's person prefix ...
    paradigm_min: int = 0  # ... whose other persons the corpus holds this often: a verb
    object_endings: tuple[str, ...] = ()  # ها، وا: a perfect verb's pronoun or plural ending ...
    verb_stem_min: int = 0  # ... after a word the corpus holds this often: a verb
    near_words: frozenset[str] = frozenset()  # قرب، محيط، أطراف: a settlement after it is "near"
    country_tie_words: frozenset[str] = frozenset()  # جنوب، عاصمة: "X جنوب روسيا" (PLACES18)
    masculine_heads: frozenset[str] = frozenset()  # ميناء، إقليم: "ميناء جيهان التركي"
    name_suffixes: frozenset[str] = frozenset()  # الغربية، الكبرى: part of an unknown name
    name_joiners: frozenset[str] = frozenset()  # بن، ابن: an unknown name runs on over it (NEAR30)
    name_closers: frozenset[str] = frozenset()  # بعد، اليوم …: a phrase after an unknown name (NEAR30)
    tie_phrases: frozenset[tuple[str, ...]] = frozenset()  # في، الواقعة في: X lies in Y
    tie_near: tuple[str, ...] = ()  # قرب، مقربة: a tie phrase that says "near"
    locatives: frozenset[str] = frozenset()  # في: "in" before a region's cue word (في ريف حماة)
    area_cues: frozenset[str] = frozenset()  # منطقة، مناطق: a name tied only by ب/في ريف (GAZ11)
    area_not_names: frozenset[str] = frozenset()  # درع، غصن: an operation's zone, no area name
    frame_breaks: frozenset[str] = frozenset()  # فيما، بينما: another happening's clause (GAZ11)
    settlement_kinds: dict[str, str] = field(default_factory=dict)  # قرية → village (cue → kind)
    apposed: frozenset[str] = frozenset()  # البلدة، المدينة: "دوما البلدة الرئيسية"
    battle_heads: frozenset[str] = frozenset()  # معركة، معارك، تحرير: "معارك الموصل" (PLACE25)


@cache
def load_cues() -> Cues:
    c = load_yaml("cues.yaml")
    s = load_yaml("stoplist.yaml")
    frequent: list[str] = []
    path = data_path("frequent_words.txt")
    if path.exists():
        frequent = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()
                    if ln and not ln.startswith("#")]
    common: list[str] = []
    path = data_path("common_words.txt")
    if path.exists():
        common = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()
                  if ln and not ln.startswith("#")]
    directions = {}
    for side, words in c["directions"].items():
        for w in _norm_set(words):
            directions[w] = side
    # generated frequent names need a strong cue unless curated as weak
    stop_strong = (_norm_set(s["strong"]) | _norm_set(frequent)) - _norm_set(s["weak"])
    return Cues(
        strong=_norm_set(c["place_cues"]["strong"]),
        weak=_norm_set(c["place_cues"]["weak"]),
        district=_norm_set(c["district_cues"]),
        governorate=_norm_set(c["governorate_cues"]),
        city=_norm_set(c["city_cues"]),
        countryside=_norm_set(c["countryside"]),
        desert=_norm_set(c["desert"]),
        directions=directions,
        direction_names=c["direction_names"],
        not_names=_norm_set(c["not_names"]),
        name_prefixes=_norm_set(c["name_prefixes"]),
        stop_strong=stop_strong,
        stop_weak=_norm_set(s["weak"]) - stop_strong,
        countryside_pronoun=_norm_set(c["countryside_pronoun"]),
        joinable=_norm_set(c["joinable"]),
        common=frozenset(common),
        media=_norm_set(c["media"]),
        adjective_like=_norm_set(c["adjective_like"]),
        compound_prefixes=_norm_set(c["compound_prefixes"]),
        foreign_words=_norm_set(s.get("foreign_words") or []),
        buildings=_norm_set(c.get("buildings") or []),
        person_titles=_norm_set(c.get("person_titles") or []),
        saying_verbs=_norm_set(c.get("saying_verbs") or []),
        glue_words=_norm_set(c["glue_words"]),
        plural_cues=_norm_set(c.get("plural_cues") or []),
        name_heads=_norm_set(c.get("name_heads") or []),
        airport_heads=_norm_set(c.get("airport_heads") or []),
        outlet_names=_outlet_names(_norm_set(c.get("media_heads") or [])),
        noun_names=_noun_names(_norm_set(c.get("plural_cues") or [])),
        province=_norm_set(c.get("province_cues") or []),
        quantifiers=_norm_set(c.get("plural_quantifiers") or []),
        whole_of=frozenset(key_tokens(p) for p in c.get("whole_of") or []),
        holder_clauses=frozenset(key_tokens(p) for p in c.get("holder_clauses") or []),
        holder_reach=int(c.get("holder_reach") or 0),
        between_reach=int(c.get("between_reach") or 0),
        closing_reach=int(c.get("closing_reach") or 0),
        border_words=_norm_set(c.get("border_words") or []),
        destination_words=_norm_set(c.get("destination_words") or []),
        origin_words=_norm_set(c.get("origin_words") or []),
        from_sides=_norm_set(c.get("from_sides") or []),
        page_area_min=int(c.get("page_area_min") or 0),
        page_area_share=float(c.get("page_area_share") or 1.0),
        adjective_endings=tuple(sorted(_norm_set(c.get("adjective_endings") or []))),
        indefinite_min=int(c.get("indefinite_min") or 0),
        definite_min=int(c.get("definite_min") or 0),
        verb_prefixes=_norm_set(c.get("verb_prefixes") or []),
        paradigm_min=int(c.get("paradigm_min") or 0),
        object_endings=tuple(sorted(_norm_set(c.get("object_endings") or []))),
        verb_stem_min=int(c.get("verb_stem_min") or 0),
        near_words=_norm_set(c.get("near_words") or []),
        country_tie_words=_norm_set(c.get("country_tie_words") or []),
        masculine_heads=_norm_set(c.get("masculine_heads") or []),
        name_suffixes=_norm_set(c.get("name_suffixes") or []),
        name_joiners=_norm_set(c.get("name_joiners") or []),
        name_closers=_norm_set(c.get("name_closers") or []),
        tie_phrases=frozenset(key_tokens(p) for p in c.get("tie_phrases") or []),
        tie_near=tuple(sorted(_norm_set(c.get("tie_near") or []))),
        locatives=_norm_set(c.get("locatives") or []),
        area_cues=_norm_set(c.get("area_cues") or []),
        area_not_names=_norm_set(c.get("area_not_names") or []),
        frame_breaks=_norm_set(c.get("frame_breaks") or []),
        apposed=_norm_set(c.get("apposed_settlement") or []),
        battle_heads=_norm_set(c.get("battle_heads") or []),
        settlement_kinds={" ".join(key_tokens(k)): v for k, v in (c.get("settlement_kinds") or {}).items()},
        states_elsewhere=frozenset(" ".join(key_tokens(n))
                                   for n in c.get("states_elsewhere") or []),
        clubs=frozenset(key_tokens(n) for n in c.get("sports_clubs") or [] if key_tokens(n)),
        idioms={" ".join(key_tokens(k)): tuple(sorted(_norm_set(v)))
                for k, v in (c.get("idioms") or {}).items()},
        participles={" ".join(key_tokens(k)): _norm_set(v)
                     for k, v in (c.get("participles") or {}).items()},
        participle_heads=_norm_set(c.get("participle_heads") or []),
        homonym_cues=_norm_set(c.get("homonym_cues") or []),
    )


def _outlet_names(heads: frozenset[str]) -> frozenset[str]:
    """The rest of each media outlet's alias in the actor knowledge base's sources after its
    media noun (قناة الميادين → الميادين): a town of that name may be the outlet."""
    out = set()
    for src in default_kb().sources.values():
        if "media" not in src.kind and src.kind != "local-network":
            continue
        for alias in (src.name_ar, *src.aliases):
            toks = key_tokens(alias)
            if len(toks) > 1 and toks[0] in heads:
                out.add(" ".join(toks[1:]))
    return frozenset(out)


def _noun_names(plural_cues: frozenset[str]) -> frozenset[str]:
    """Definite duals and plurals of the settlement nouns (قرية → القريتين "the two
    villages", قرى → القرى): a place so named is the noun first."""
    out = {"ال" + (w[:-1] + "تين" if w.endswith("ه") else w + "ين") for w in SETTLEMENT_CUES
           if not w.endswith("ي")}
    # plurals (قرى، بلدات، مدن); the dual construct forms (قريتي، حيي، مخيمي) are not words alone
    out |= {"ال" + w for w in plural_cues if not w.endswith(("تي", "يي", "مي"))}
    return frozenset(out)


def _first_word(m: Match) -> int:
    """A match's first word, its cue's when a cue opens it ("قرية X")."""
    return m.cue_first if m.cue_first >= 0 else m.first


@cache
def _first_names() -> frozenset[str]:
    """Given names (ANERgazet's person list, shipped for the NER in ``data/ner``)."""
    from importlib import resources

    path = resources.files("rasd.data") / "ner" / "anergazet_pers.txt"
    out: set[str] = set()
    for ln in path.read_text(encoding="utf-8").splitlines():
        if ln and not ln.startswith("#"):
            toks = key_tokens(ln)
            if len(toks) == 1 and len(toks[0]) >= 3:
                out.add(toks[0])
    return frozenset(out)


@lru_cache(maxsize=8)
def _area_tails(cues: frozenset[str]) -> tuple[str, ...]:
    """The endings a word holding one of ``cues`` as a clitic reading must have: the cue, or
    the cue without its alef (للمنطقة read as ل + المنطقة keeps only the tail after ال's alef)."""
    return tuple(sorted({*cues, *(cue[1:] for cue in cues if cue[:1] == "ا" and len(cue) > 1)}))


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    return tuple(peel(word))


def _name_readings(word: str) -> tuple[tuple[str, str], ...]:
    """The readings of a word that stands where a settlement's name is expected (after قرية،
    in a list after قرى): ك "like" opens no name there, so كبينة is not ك + بينة "evidence"
    and stays a name (GAZ11)."""
    return tuple(r for r in _readings(word) if r[0] != "ك")


def _word_in(word: str, words: frozenset[str]) -> bool:
    """Whether ``word``, or it with its clitics peeled (بعيد → عيد), is one of ``words``."""
    return word in words or any(stem in words and not p.endswith(_ARTICLE)
                                for p, stem in _readings(word))


class _Memo(dict):
    """A dict that computes a missing key with ``fill`` (which stores it), so a whole list
    of keys is looked up by one ``map`` over ``__getitem__`` rather than a Python loop."""

    __slots__ = ("fill",)

    def __init__(self, fill: Any, known: dict[str, int]):
        super().__init__(known)
        self.fill = fill

    def __missing__(self, key: str) -> int:
        return self.fill(key)


@dataclass(eq=False)  # hashed by identity: its lookups are cached per instance
class Linker:
    """Finds and resolves place names in one text; build once (:func:`linker`), reuse."""

    gz: Gazetteer
    cues: Cues
    trie: dict[str, Any] = field(default_factory=dict)
    _flags: dict[str, int] = field(default_factory=dict)  # word → :meth:`_flag`, filled on demand
    _named_end: int = -1  # where the last name inside an organisation's name ended (find)
    # the names inside an organisation's, a pact's or a conference's name the last find met
    # (مؤتمر جنيف، محادثات أستانا): no place mentions, kept apart (:func:`link`, TALKS13)
    named: list[Match] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.finals: dict[str, set[str]] = {}  # key → last letters of its written names
        # foreign cities (countries the gazetteer does not cover) are another reading of a
        # covered name only, chosen when the report's country context is theirs (resolve)
        foreign = load_foreign()
        c = self.cues  # a foreign name that is an ordinary or a cue word is not kept: مدينة
        banned = (c.common | c.stop_strong | c.stop_weak | c.not_names | c.strong | c.weak
                  | c.city | c.district | c.governorate | c.countryside | c.desert | c.media
                  | c.province
                  | frozenset(c.directions) | frozenset(SETTLEMENT_CUES))
        banned |= frozenset(w[2:] for w in banned if w.startswith("ال"))
        banned |= frozenset("ال" + w for w in banned if not w.startswith("ال"))
        self.places: dict[str, dict[str, Any]] = {**foreign, **self.gz.places}
        # (country, governorate) → the governorate's id; (country, None) → the country's (PLACES17)
        self.areas = {(p["country"], p.get("admin1") if p["kind"] == "governorate" else None): pid
                      for pid, p in self.gz.places.items() if p.get("kind") in ("governorate", "country")}
        short: set[str] = set()
        prefixes = c.name_prefixes | c.compound_prefixes | c.joinable
        names: dict[str, set[str]] = {n: set(ids) for n, ids in self.gz.names.items()}
        # Iraq beyond its border provinces links only after a settlement cue, never as a
        # word; a name of it that starts with a word or a cue (علي الغربي، ناحية العباسي،
        # أم قصر) is not indexed: على is everywhere, and the cue before the bare name
        # (ناحية العباسي) finds it anyway
        first_words = (c.stop_strong | c.common | c.name_prefixes | c.strong | c.weak
                       | frozenset(SETTLEMENT_CUES) | frozenset(("مركز",)))
        for n, ids in names.items():
            toks = key_tokens(n)
            if toks and toks[0] in first_words:
                ids -= {i for i in ids if self.gz.places[i].get("needs_cue") == "always"}
        covered_keys: dict[str, set[str]] = {}
        for n, ids in self.gz.names.items():
            covered_keys.setdefault(" ".join(key_tokens(n)), set()).update(ids)
        for pid, p in foreign.items():
            if pid in self.gz.places:
                continue
            for n in p["names_ar"]:
                n = " ".join(n.split())
                toks = key_tokens(n)
                if not toks or ((len(toks) == 1 or toks[0] not in prefixes) and (
                        len(toks[0]) < 3 or toks[0] in banned)) or (
                        len(toks) > 1
                        and min((len(t) for t in toks if t not in prefixes), default=3) < 3) or (
                        len(toks) == 1 and toks[0] in prefixes):
                    # a word first (مدينة، الرئيس …), "لا باز"-like pieces, or alone the
                    # first word of longer names (دير: دير جمال; تل أبيب stays)
                    continue
                if len(toks) == 1 and len(toks[0]) == 3:
                    # تعز، سرت، عدن: a three-letter name only as a city's own name and a
                    # city of 100,000; never linked on size alone
                    if p["population"] < 100_000 or toks != key_tokens(p["name_ar"]):
                        continue
                    short.add(pid)
                # another reading of a covered name (طرابلس: Lebanon's or Libya's), or a
                # name of its own (سوتشي); not beside a country or a capital (الرياض is
                # Riyadh, not an Egyptian town). Which reading is meant: ``resolve``.
                covered = covered_keys.get(" ".join(toks))
                if covered and any(
                        self.gz.places[q]["kind"] == "country" or q.startswith("capital:")
                        or self.gz.places[q]["country_code"] == p["country_code"]
                        for q in covered):
                    continue
                names.setdefault(n, set()).add(pid)
        self.foreign_ids = frozenset(pid for pid in foreign if pid not in self.gz.places)
        self.short_foreign = frozenset(short)
        for name, ids in names.items():
            if not ids:
                continue
            toks = key_tokens(name)
            self.by_key.setdefault(" ".join(toks), set()).update(ids)
            self.finals.setdefault(" ".join(toks), set()).add(name.rstrip()[-1:])
            if not toks or (len(toks) == 1 and len(toks[0]) < 3):
                continue
            for form in self._forms(toks):
                node = self.trie
                for t in form:
                    node = node.setdefault(t, {})
                node.setdefault(_END, set()).update(ids)
        self._club_words = frozenset(w for club in self.cues.clubs for w in club)
        self._quant_tails = frozenset(q[-3:] for q in self.cues.quantifiers)
        self._gov_of = {p["admin1"]: pid for pid, p in self.gz.places.items()
                        if p["kind"] == "governorate" and p.get("admin1")}
        self._first_keys = (frozenset(self.trie) | frozenset(SETTLEMENT_CUES) | PLURAL_SETTLEMENT_CUES
                            | self.cues.countryside_pronoun)
        self._flags = _Memo(self._flag, self._flags)
        # spelling variants (long vowels, final ة/ه/ا) of covered names, for a name after
        # a settlement cue that no entry has; a skeleton two names share is left out
        self._variant_keys: dict[str, list[str]] = {}
        for key, ids in self.by_key.items():
            if " " not in key and any(i not in self.foreign_ids for i in ids):
                self._variant_keys.setdefault(skeleton(key), []).append(key)

    def _forms(self, toks: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The name's tokens, and with a joinable first word fused to the next (ديرالزور)."""
        forms = [toks]
        if len(toks) > 1 and toks[0] in self.cues.airport_heads and toks[1] not in SETTLEMENT_CUES:
            forms.append((toks[0], _CITY_WORD, *toks[1:]))  # مطار مدينة تدمر العسكري
        for k in range(len(toks) - 1):
            if toks[k] in self.cues.joinable:
                forms.append((*toks[:k], toks[k] + toks[k + 1], *toks[k + 2 :]))
        return forms

    # ------------------------------------------------------------------ matching
    def written_h(self, key: str) -> bool:
        """Whether a name of ``key`` is written with a final ه (حماه beside حماة). A key that
        opens with a settlement word ("مدينه حماه", a GeoNames name written only "مدينة حماة")
        is read by the name after that word, so "مدينة حماه" is Hama as "حماه" is."""
        if "ه" in self.finals.get(key, "ه"):
            return True
        head, _, rest = key.partition(" ")
        return bool(rest) and head in _NAME_HEADS and "ه" in self.finals.get(rest, "")

    def _tokens(self, text: str) -> Toks:
        return Toks(text)

    @lru_cache(maxsize=65536)  # noqa: B019  (one linker per process)
    def _roots(self, word: str) -> tuple[tuple[str, Any], ...]:
        """Readings of ``word`` (clitics peeled, article kept) that start a name."""
        out = []
        for prefix, stem in _readings(word):
            if prefix.endswith("ال"):  # names keep their own article: السورية ≠ سورية
                continue
            node = self.trie.get(stem)
            if node is not None:
                out.append((stem, node))
        return tuple(out)

    @lru_cache(maxsize=65536)  # noqa: B019
    def _is_settlement_cue(self, word: str) -> bool:
        # "قرية X" names X; "القرية" / "المدينة القديمة" is followed by an adjective
        return any((stem in SETTLEMENT_CUES or stem in PLURAL_SETTLEMENT_CUES)
                   and not p.endswith(_ARTICLE) for p, stem in _readings(word))

    def _longest(self, text: str, toks: Toks, i: int) -> tuple[int, str, set[str]] | None:
        best: tuple[int, str, set[str]] | None = None
        tw = toks.words
        for stem, node in self._roots(tw[i]):
            j = i + 1
            words = [stem]
            while True:
                if _END in node and (best is None or j > best[0]):
                    best = (j, " ".join(words), node[_END])
                if j >= len(tw) or not toks.adjacent(j - 1):
                    break
                nxt = node.get(tw[j])
                if nxt is None:
                    break
                words.append(tw[j])
                node = nxt
                j += 1
        return best

    def _cue_before(self, text: str, toks: Toks, i: int,
                    floor: int = 0) -> tuple[str | None, int]:
        """The kind of context cue right before token ``i`` and the cue's token index.

        ``floor`` is the first token not taken by the previous match.
        """
        k = i - 1
        if k < floor or not toks.adjacent_cue(k):
            return None, -1
        c = self.cues
        word = toks.words[k]
        side = c.directions.get(word)
        # الريف الشرقي لمحافظة حمص / بالريف الشمالي لحماة: the countryside, one side
        if (side and word.startswith("ال") and k - 1 >= floor and toks.adjacent(k - 1)
                and any(stem in c.countryside for _p, stem in _readings(toks.words[k - 1]))):
            return "countryside:" + side, k - 1
        for prefix, stem in _readings(word):
            if prefix.endswith(_ARTICLE):  # المدينة، للمدينة "(to) the city": no cue
                continue
            if stem in c.media:
                return "media", k
            if stem in c.district:
                return "district", k
            if stem in c.governorate:
                return "governorate", k
            if stem in c.province:
                return "province", k
            if stem in c.countryside:
                return "countryside", k
            if stem in c.desert:
                return "desert", k
            if stem in c.city:
                return "city", k
            if stem in c.directions and not stem.startswith("ال"):  # شرق X, not الشرقي
                side = c.directions[stem]
                first = toks.words[k - 1] if k - 1 >= floor and toks.adjacent(k - 1) else ""
                if c.directions.get(first) not in (None, side) and not first.startswith("ال"):
                    return f"direction:{c.directions[first]}-{side}", k - 1  # جنوب غرب X
                return "direction:" + side, k
            if stem in c.strong:
                return "strong", k
            if stem in c.weak:
                return "weak", k
        return None, -1

    def _flag(self, word: str) -> int:
        """1: the word can start a name; 2: a settlement cue (قرية ...); 4: وريفها."""
        keys = self._first_keys
        # quick exclusion: no reading of the word (clitics peeled: at most 4 letters, or
        # لل → ال) can be a first name word or a cue, so peeling is not needed
        if not (word in keys or word[1:] in keys or word[2:] in keys or word[3:] in keys
                or word[4:] in keys or "ا" + word[1:] in keys or "ا" + word[2:] in keys):
            self._flags[word] = 0
            return 0
        f = (1 if self._roots(word) else 0) | (2 if self._is_settlement_cue(word) else 0)
        if any(stem in self.cues.countryside_pronoun for _p, stem in _readings(word)):
            f |= 4
        self._flags[word] = f
        return f

    def find(self, text: str, toks: Toks | None = None) -> list[Match]:
        """All place mentions of ``text`` (normalised), resolved or marked unresolved."""
        toks = self._tokens(text) if toks is None else toks
        words = toks.words
        # one C-level pass: a word seen before is a dict hit, a new one goes to _flag
        flags = list(map(self._flags.__getitem__, words))
        # most words carry no flag: visit only a flagged word (1: may start a name, 4:
        # وريفها) and the word after a settlement cue (2), in order
        flagged = list(compress(count(), flags))
        at = sorted({*(i for i in flagged if flags[i] & 5), *(i + 1 for i in flagged if flags[i] & 2)})
        if at and at[-1] == len(words):
            at.pop()
        matches: list[Match] = []
        floor = 0
        self._named_end = -1
        self.named = []
        gaps, given, club_words, n_words = toks.gaps, _first_names(), self._club_words, len(words)
        for i in at:
            if i < floor:
                continue
            f = flags[i]
            if f & 4:  # "إدلب وريفها": the countryside of the place just named
                if matches and not matches[-1].unresolved and i - matches[-1].last <= 3:
                    prev = matches[-1]
                    m = Match(i, i + 1, prev.key, prev.ids, relation="countryside",
                              rule="gazetteer:countryside-pronoun")
                    d = self._direction_after(text, toks, i + 1)
                    if d is not None:  # "دير الزور وريفها الغربي": its western countryside
                        m.direction, m.last = d
                    matches.append(m)
                    floor = m.last
                continue
            hit = self._longest(text, toks, i) if f & 1 else None
            if hit is None:
                un = self._unknown_after_cue(text, toks, i) if i and flags[i - 1] & 2 else None
                if un is not None and self._in_name(toks, un):
                    un = None
                if un is not None and (un.unresolved or self._apply_context(text, toks, un,
                                                                            floor)):
                    if un.variant and not un.rule.startswith(VARIANT_RULE):
                        un.rule = VARIANT_RULE + "+" + un.rule.split(":", 1)[1]
                    matches.append(un)
                    floor = un.last
                continue
            j, key, ids = hit
            if gaps[i].endswith(("_", "@")) or gaps[j].startswith("_"):
                # glued by "_" to a neighbour or after "@": a compound hashtag or an
                # account (#ديرالزور_24 an outlet, #حلب_تحترق a slogan), no place mention;
                # a plain tag (قصف على #إدلب) still is
                floor = j
                continue
            if j == i + 1 and words[i] != key and words[i] in given:
                continue  # فاطمة "Fatima" is no ف + أطمة, وليد no و + ليد: a given name
            if (i and words[i - 1] in club_words) or (j < n_words and words[j] in club_words):
                club = self._in_club(toks, i, j)
                if club:  # بروسيا دورتموند، مانشستر يونايتد: a team, not Russia or Manchester
                    floor = club
                    continue
            m = Match(i, j, key, tuple(sorted(ids)))
            if self._in_name(toks, m):  # مؤتمر جنيف، حلف وارسو: part of a longer name
                self._named_end = j
                floor = j
                if self._apply_context(text, toks, m, floor):  # "جولة جديدة": no Judaydat
                    self.named.append(m)
                continue
            if (j < n_words and not gaps[j].strip() and words[j][0] != "و"
                    and not (i and self._cue_word(words[i - 1]))
                    and all(self.places[x]["country_code"] not in _COVERED_SET for x in ids)
                    and self._covered_region_at(text, toks, j)):
                continue  # GEO29: "معركة جنيف حوران": a city abroad naming a battle of Hauran
            if (self._needs_cue_abroad(key) and not (i and self._cue_word(words[i - 1]))
                    and not (j < len(words) and words[j] in demonym_adjectives())
                    and not (matches and matches[-1].last == i and words[i][0] == "و")
                    and self._country_beside(toks, m, list(ids)) is None):
                continue  # a city abroad that only a cue or its country's adjective links
            if self._apply_context(text, toks, m, floor, matches[-1] if matches else None):
                matches.append(m)
                floor = m.last
        if matches and self.cues.plural_cues:
            self._list_unknowns(toks, matches)
            self._comma_list_unknowns(toks, matches)  # GAZ11: "قرى X , Y , Z , في ريف حماة"
        if len(matches) > 1:  # TOWNS13: "الرهجان والشاكوسية وسرحا وأبو دالي": names listed between two places
            self._between_unknowns(toks, matches)
        return matches

    def _covered_region_at(self, text: str, toks: Toks, j: int) -> bool:
        """Whether the name at word ``j`` is a region or governorate of the covered countries
        only (حوران، إدلب as the governorate): a bare city abroad written right before it, no
        "و" or comma between, is the first word of a name ("جنيف حوران", a battle), not a place."""
        hit = self._longest(text, toks, j)
        return bool(hit) and all(
            self.places[x]["country_code"] in _COVERED_SET
            and self.places[x]["kind"] in ("region", "governorate") for x in hit[2])

    def _in_club(self, toks: Toks, first: int, last: int) -> int:
        """The end of a sports club's name (``sports_clubs`` in cues.yaml) that covers words
        ``[first, last)``, or 0. A club named after a city or a land is no place mention
        (بروسيا دورتموند is Borussia, read ب + روسيا; بايرن ميونخ a team). The club's first
        word may carry clitics (وبروسيا)."""
        clubs, words = self.cues.clubs, toks.words
        for s in range(max(0, first - 3), first + 1):
            if s < first and not all(toks.adjacent(x) for x in range(s, first)):
                continue
            heads = {stem for p, stem in _readings(words[s]) if not p.endswith(_ARTICLE)}
            for e in range(max(last, s + 2), min(len(words), s + 5) + 1):
                if not toks.adjacent(e - 2):
                    break
                if any((h, *words[s + 1:e]) in clubs for h in heads):
                    return e
        return 0

    @staticmethod
    def _spaced_and(toks: Toks, j: int, taken: set[int]) -> bool:
        """Whether word ``j`` is و typed apart from the next item of a list ("قرى " دوديان و
        قره كوبري وقزل ""): the conjunction, then a name of three letters or more (VILLAGES10).
        Each item may stand in quotes of its own, the و between them ("قريتي " زبيدة " و " خساف
        "", PLACES24): a quote closes the item before the و and another opens the next."""
        return (toks.words[j] == "و" and j + 1 < len(toks.words) and j + 1 not in taken
                and (toks.adjacent(j) or (toks.gaps[j].strip(" ") in _QUOTES
                                          and toks.gaps[j + 1].strip(" ") in _QUOTES))
                and len(toks.words[j + 1]) >= 3)

    def _list_unknowns(self, toks: Toks, matches: list[Match]) -> None:
        """"قريتي حران وحردانة": after a dual or plural settlement cue, the next names of
        the list (و…) that no entry has are places too — unresolved, "not in gazetteer"."""
        words, c = toks.words, self.cues
        taken = {k for m in matches for k in range(m.cue_first if m.cue_first >= 0 else m.first,
                                                     m.last)}
        added: list[Match] = []
        for m in matches:
            first = m.cue_first if m.cue_first >= 0 else m.first
            if first == 0 or not _word_in(words[first - 1], c.plural_cues):
                continue
            j = m.last
            while (j < len(words) and j not in taken and (
                    toks.adjacent_cue(j - 1) or self._comma_in_brackets(toks, first - 1, j))
                   and ((words[j].startswith("و") and len(words[j]) > 3)
                        or self._spaced_and(toks, j, taken))):
                spaced = words[j] == "و"  # "قرى دوديان و قره كوبري": و typed apart
                n = j + 1 if spaced else j
                w = words[n] if spaced else words[j][1:]
                if (w in c.not_names or w in c.common or not w.isalpha() or w.isascii()
                        or w.endswith(("ها", "هم", "هما", "هن"))
                        or (self._roots(words[j] if not spaced else w)
                            and w not in c.name_prefixes)  # ورسم الصاوي: a name's head
                        or self._cue_word(w) or _word_in(w, c.plural_cues)
                        or any(stem in c.common or stem in c.not_names
                               for _p, stem in _name_readings(w))):
                    break  # a word, a cue (وبلدات), a pronoun (وبلداتها), a known name
                last = n + 1
                if w in c.name_prefixes and last < len(words) and toks.adjacent(n):
                    last += 1
                last = self._joined_rest(toks, last)
                last = self._name_rest(toks, n, last)
                last = self._quoted_rest(toks, first - 1, last)
                key = " ".join([w, *words[n + 1:last]])
                added.append(self._list_item(n, last, key, "cue:unknown-list-name"))
                taken.update(range(j, last))
                j = last
        if added:
            matches.extend(added)
            matches.sort(key=lambda x: x.cue_first if x.cue_first >= 0 else x.first)

    def _name_rest(self, toks: Toks, n: int, last: int) -> int:
        """The end of a list item the gazetteer lacks whose name runs on over one more word
        (PLACES24): "وقرى المجدل وعطشان وزور القصيعية وبلحسين"، "قرى رسم الأحمر ورسم أبو
        كراسي وعنبز". The word (no و of its own, no word of the language, no cue, no
        direction, no tie word) is the name's only when the list plainly goes on right after
        it — the next item's و — or a comma or a full stop closes it; a name is at most three
        words. Else the item ends where it did (``last``)."""
        words, c = toks.words, self.cues
        if last - n >= 3 or last + 1 >= len(words) or not toks.adjacent(last - 1):
            return last
        w = words[last]
        if (w[:1] == "و" or w in c.directions or w in c.name_suffixes
                or any(p[0] == w for p in c.tie_phrases) or self._placed_in(w)
                or self._list_word_refused(w, w)):
            return last
        gap, nxt = toks.gaps[last + 1], words[last + 1]
        if gap.strip(" ") == "":
            listed = (nxt[:1] == "و" and (len(nxt) > 3 or nxt[1:] in c.name_prefixes)
                      and not self._list_word_refused(nxt[1:], nxt))
            return last + 1 if listed else last
        return last + 1 if gap.strip(" ")[:1] in (",", "،", ".") else last

    def _joined_rest(self, toks: Toks, last: int, stop: int | None = None) -> int:
        """The end of an unknown name whose halves a joiner links ("مويلح بن هديب", "قصر ابن
        وردان"; ``name_joiners`` in cues.yaml, NEAR30): the joiner and one name word after it
        join the name that ends at ``last`` (the joiner already in it when it ends the name).
        ``stop``: the words the name may not reach."""
        words, c = toks.words, self.cues
        stop = len(words) if stop is None else stop
        if words[last - 1] in c.name_joiners and last < stop and toks.adjacent(last - 1):
            return last + 1 if self._name_word(words[last], joined=True) else last
        if (last + 1 < stop and words[last] in c.name_joiners and toks.adjacent(last - 1)
                and toks.adjacent(last) and self._name_word(words[last + 1], joined=True)):
            return last + 2
        return last

    def _name_word(self, w: str, joined: bool = False) -> bool:
        """Whether ``w`` may be one more word of a settlement's name the gazetteer lacks: no
        word of the language, no cue, direction, adjective, known name, joiner or closer, and
        no و of a next item unless a joiner stands before it (``joined``: ابن وردان)."""
        c = self.cues
        if not joined and (w.startswith(("بال", "لل", "كال"))
                           or (w.startswith("ال") and w.endswith(("تين", "تان"))) or self._no_name_form(w)):
            return False  # بالمدفعية "with artillery", التابعتين "the two lying in", عشوائي "random"
        return not ((w[:1] == "و" and not joined) or w.isdigit() or w in c.name_prefixes
                    or w in c.name_joiners or w in c.name_closers or w in c.directions or w in c.adjective_like
                    or w in demonym_adjectives() or any(p[0] == w for p in c.tie_phrases)
                    or self._placed_in(w) or self._list_word_refused(w, w))

    def _closes(self, toks: Toks, j: int) -> bool:
        """Whether a place's phrase plainly closes before word ``j``: the text's end, a
        punctuation mark, a direction, a tie phrase, a place cue glued to ب/ل, a closer
        (``name_closers``) or the next item's و (NEAR30)."""
        words, c = toks.words, self.cues
        if j >= len(words) or toks.gaps[j].strip(" ") != "":
            return True
        w = words[j]
        return (w in c.directions or w in c.name_closers or any(p[0] == w for p in c.tie_phrases)
                or self._placed_in(w) or (w[:1] == "و" and len(w) > 3))

    def _cued_rest(self, toks: Toks, i: int, last: int) -> int:
        """The end of an unknown name after a settlement cue (``i``: its first word) that runs
        on: over a joiner and the word after it ("قرية مويلح بن هديب"), or, a name of one word, over one more
        name word when the phrase closes right after it ("بلدة دار عزة غرب ريف حلب", "قرية
        مريجب الجملان بعد تفجير"; :meth:`_closes`). Else ``last`` (NEAR30)."""
        joined = self._joined_rest(toks, last)
        if joined != last or last != i + 1 or last >= len(toks) or not toks.adjacent(i):
            return joined
        if self._name_word(toks.words[last]) and self._closes(toks, last + 1):
            return last + 1
        return last

    def _between_unknowns(self, toks: Toks, matches: list[Match]) -> None:
        """"قصفت الطائرات الرهجان والشاكوسية وسرحا وأبو دالي": names joined by و (or set off by
        commas) that stand between two place mentions of one list, the later one listed too
        (its و or a comma before it), are the list's items as well, with or without a cue
        before the list. Each item is one name (two after a name head: تل، أم …), never a
        word, a cue or a pronoun-suffixed noun (:meth:`_list_word_refused`); one refused item
        leaves the whole stretch alone. Items the gazetteer lacks are "not in gazetteer" and
        are tied (:meth:`tie_unknowns`) only to a resolved town of their list (TOWNS13)."""
        ordered = sorted(matches, key=_first_word)
        added: list[Match] = []
        for a, b in pairwise(ordered):
            hi = _first_word(b)
            if hi - 1 > a.last and self._is_settlement_cue(toks.words[hi - 1]):
                hi -= 1  # "... والمصاصنة وبلدة كفرزيتا": the later town's own cue
            if not a.last < hi <= a.last + self.cues.between_reach or not self._listed_word(toks, hi):
                continue
            items = self._between_items(toks, a.last, hi)
            added += [self._list_item(first, last, key, BETWEEN_RULE) for first, last, key in items]
        if added:
            matches.extend(added)
            matches.sort(key=_first_word)

    def _listed_word(self, toks: Toks, j: int) -> bool:
        """Whether word ``j`` goes on a list: a comma before it, or its own و (وتل X)."""
        gap = toks.gaps[j].strip(" \"'«»“”()")
        if gap in (",", "،"):
            return True
        w = toks.words[j]
        return gap == "" and w[:1] == "و" and (len(w) > 3 or w[1:] in self.cues.name_prefixes)

    def _between_items(self, toks: Toks, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The items that fill words ``[lo, hi)`` exactly (see :meth:`_between_unknowns`), or
        none when any word there is no item's."""
        words, c = toks.words, self.cues
        items: list[tuple[int, int, str]] = []
        j = lo
        while j < hi:
            if not self._listed_word(toks, j):
                return []
            w = words[j][1:] if words[j][:1] == "و" and not (len(words[j]) <= 3 and words[j][1:] not in c.name_prefixes) else words[j]
            if self._list_word_refused(w, words[j]):
                return []
            last = j + 1
            if last < hi and toks.adjacent(j) and (w in c.name_prefixes or words[last] in c.name_suffixes):
                last += 1  # "وتل الخنزير"، "والمويلح الشمالي"
            last = self._joined_rest(toks, last, hi)  # "وقصر ابن وردان" (NEAR30)
            items.append((j, last, " ".join([w, *words[j + 1:last]])))
            j = last
        return items

    def _list_item(self, first: int, last: int, key: str, unknown_rule: str) -> Match:
        """A list item's match: a known spelling variant (كفريا والفوعا: al-Fu'ah's spelling,
        checked in resolve), a name written without its article (مضايا وزبداني: الزبداني), or a
        settlement the gazetteer lacks (``unknown_rule``)."""
        ids = self._variant_of(key)
        if ids:
            return Match(first, last, key, ids, rule=VARIANT_RULE + "+list", cue="strong",
                         variant=True)
        bare = self._article_dropped(key)
        if bare:
            return Match(first, last, "ال" + key, bare, rule=ARTICLE_RULE + "+list", cue="strong")
        return Match(first, last, key, (), rule=unknown_rule, unresolved="not in gazetteer")

    def _list_word_refused(self, w: str, joined: str, roots_ok: bool = False) -> bool:
        """Whether ``w`` (an item's first word, ``joined`` as written with its و) is plainly
        no settlement's name: a word, a cue, a pronoun-suffixed noun, a known name's start."""
        c = self.cues
        if w in c.name_prefixes:  # وادي، تل، أم: a word, but a name's head in a list
            return False
        return (w in c.not_names or w in c.common or not w.isalpha() or w.isascii()
                or (len(w) < 3 and w not in c.name_prefixes)
                or w.endswith(("ها", "هم", "هما", "هن"))
                or (not roots_ok and self._roots(joined))
                or self._cue_word(w) or _word_in(w, c.plural_cues) or w in c.directions
                or any(stem in c.common or stem in c.not_names for p, stem in _name_readings(w)
                       if not (p.endswith(_ARTICLE) and len(stem) < 3)))  # البل: no ال + بل "but"

    def _other_name_end(self, toks: Toks, j: int) -> int:
        """The word after another spelling of a list item set in brackets right after it
        ("قرى الطوقلي ( التقلي ) , غزل ( قزل مزرعة ) , العدية"): one to three name words
        between "(" and ")", none a word, a cue, a direction or a number; ``j`` when the gap
        before word ``j`` opens no such aside (VILLAGES21)."""
        gaps, words = toks.gaps, toks.words
        if j >= len(words) or gaps[j].strip(" ") != "(":
            return j
        for k in range(j + 1, min(j + 4, len(words) + 1)):
            if k < len(words) and gaps[k] == " ":
                continue
            if k >= len(gaps) or any(self._list_word_refused(w, w, roots_ok=True) and w not in self.cues.name_suffixes
                                     for w in words[j:k]):
                return j
            if gaps[k].lstrip(" ")[:1] == ")":
                return k
            if gaps[k].strip(" ") in (",", "،") and not self._closed_later(toks, k):
                return k  # FIXES22: "الطوقلي ( التقلي ، غزل": a bracket never closed ends at the comma
            return j
        return j

    def _closed_later(self, toks: Toks, k: int) -> bool:
        """Whether a ")" closes a bracket in the gaps from word ``k`` to the sentence's end (a
        full stop, a line break): an aside that runs on past a comma ("( ريف حلب ، شمالا )")."""
        for gap in toks.gaps[k:]:
            if ")" in gap:
                return True
            if "." in gap or "\n" in gap or "(" in gap:
                return False
        return False

    def _item_closed(self, toks: Toks, last: int) -> bool:
        """Whether a list item ending before word ``last`` is closed the way a list's items
        are: a comma or a closing mark after it, the next item's و, a tie word (في، قرب،
        الواقعة …, a direction: شمال بلدة X, or a place glued to ب: بريف), a full stop, or
        the end of the text; another spelling in brackets may stand before any of these."""
        last = self._other_name_end(toks, last)
        if last >= len(toks.words):
            return True
        gap = toks.gaps[last]
        if any(ch in gap for ch in ",،\"»)”") or gap.strip(" ")[:1] == ".":
            return True
        if gap.strip(" ") != "":
            return False
        nxt = toks.words[last]
        if (nxt[:1] == "و" and (len(nxt) > 3 or nxt[1:] in self.cues.name_prefixes)
                and not self._list_word_refused(nxt[1:], nxt)):
            return True
        return (any(p[0] == nxt for p in self.cues.tie_phrases) or nxt in self.cues.directions
                or (nxt[:1] in ("ب", "ل") and not nxt.startswith("ال") and len(nxt) > 3
                    and bool(self._roots(nxt))))

    def _comma_list_unknowns(self, toks: Toks, matches: list[Match]) -> None:
        """"قرى درويشية , غنيمان , أم صاج , في ريف حماة": after a plural settlement cue
        (قرى، بلدات، قريتي …) a list typed with commas goes on as one typed with و does — each
        item a name of one word (two after a name head: أم، تل، جديد …) closed by a comma, a
        closing mark, the next item's و or a tie word (:meth:`_item_closed`), never a word,
        a cue or a known name's start. Items the gazetteer lacks are "not in gazetteer" (tied
        later by :meth:`tie_unknowns`); known items are already matches and the list runs on
        through them (GAZ11)."""
        words, c = toks.words, self.cues
        by_start = {(m.cue_first if m.cue_first >= 0 else m.first): m for m in matches}
        taken = {k for m in matches for k in range(m.cue_first if m.cue_first >= 0 else m.first,
                                                     m.last)}
        added: list[Match] = []
        for m in list(matches):
            first = m.cue_first if m.cue_first >= 0 else m.first
            if first == 0 or not _word_in(words[first - 1], c.plural_cues):
                continue
            j = m.last
            while j < len(words):
                j = self._other_name_end(toks, j)
                if j >= len(words):
                    break
                gap = toks.gaps[j]
                comma = gap.strip(" \"'«»“”()") in (",", "،")
                joined = (words[j][:1] == "و" and gap.strip(" \"'«“(") == ""
                          and (len(words[j]) > 3 or words[j][1:] in c.name_prefixes))  # وتل X
                if not (comma or joined):
                    break
                nxt = by_start.get(j)
                if nxt is not None and nxt.last > j:  # a known town of the list: go on after it
                    j = nxt.last
                    continue
                if j in taken:
                    break
                w = words[j][1:] if (joined and not comma) else words[j]
                if comma and w[:1] == "و" and len(w) >= 3 and w not in c.name_prefixes:
                    w = w[1:]  # ", وتل أغر": the comma and the و of one list
                if self._list_word_refused(w, words[j]):
                    break
                last = j + 1
                if w in c.name_prefixes and last < len(words) and toks.adjacent(j):
                    nw = words[last]  # "وادي الشحرور": after a head, a plain word is a name's
                    if (nw in c.not_names or not nw.isalpha() or nw.isascii()
                            or self._cue_word(nw) or _word_in(nw, c.plural_cues)):
                        break
                    last += 1
                elif last < len(words) and words[last] in c.name_suffixes and toks.adjacent(j):
                    last += 1  # "زغير شامية" is one name only after a head; الغربية always
                if not self._item_closed(toks, last):
                    break  # ", قتل فيها": a clause, not the next item
                key = " ".join([w, *words[j + 1:last]])
                added.append(self._list_item(j, last, key, "cue:unknown-comma-item"
                                             if w == words[j] else "cue:unknown-list-name"))
                taken.update(range(j, last))
                j = last
        if added:
            matches.extend(added)
            matches.sort(key=lambda x: x.cue_first if x.cue_first >= 0 else x.first)

    def tie_unknowns(self, toks: Toks, matches: list[Match]) -> None:
        """Tie each settlement the gazetteer lacks ("not in gazetteer": a name after قرية،
        بلدة، حي …, or listed after قرى، بلدتي …) to the resolved place the text puts it in,
        so an event there keeps the name the report gives it:

        - the words after it, or after the list it closes, say where it lies (``tie_phrases``
          in cues.yaml: "قرية X في ريف حماة"، "قرى A وB بريف إدلب"، "X الواقعة في ..."), or
          a direction opens the place ("قرية X شرق حماة"): tie "in" / "near";
        - else it is listed (و، a comma) with resolved towns of one governorate ("بلدة قلعة
          المضيق وقرية التوينة"): the nearest of them, tie "list".

        Nothing else ties it: a name with no such place stays a bare unresolved mention
        (never a guess). A country is no tie."""
        n = len(matches)
        valued: dict[int, list[Match]] | None = None
        for k, m in enumerate(matches):
            if m.value is not None or not (m.unresolved in (
                    "not in gazetteer", "not in gazetteer (spelling close to one)")
                    or (m.unresolved or "").startswith(LIST_STRAY)):
                continue  # GAZ11: a spelling near a far village is not that village, still a name
            j = k
            while j + 1 < n and self._listed_after(toks, matches[j], matches[j + 1]):
                j += 1
            start = self._run_start(toks, matches, k)
            run = matches[start:j + 1]
            # the cue that governs it: its own, or the nearest before it in its list ("مدينة
            # اللطامنة وقرى الرهجان وعطشان": قرى, told after the list's first town; TOWNS13)
            cued = next((x for x in reversed(matches[start:k + 1]) if self._settlement_before(toks, x)), None)
            if cued is None and not (m.rule == BETWEEN_RULE and self._between_towns(run, m)):
                continue  # "في منطقة البريج": an area may be where jets crossed, not a settlement
            if self._glued_name(toks, m):
                continue  # "مدينة جرابلسبوتين": two words run together, no settlement's name
            m.cued = not self._reference_point(toks, run[0])
            m.tie_kind = self._cue_kind(toks, m) or (cued and self._cue_kind(toks, cued)) or "unresolved"
            if j + 1 < n:
                y = matches[j + 1]
                tie = self._tie_gap(toks, matches[j].last, y)
                if not tie:
                    tie = self._tie_after_comma(toks, matches[j].last, y)
                if tie and y.value is not None and y.value.get("kind") not in _TIE_BROAD:
                    if self._camp_in_town(toks, run[0], y.value):
                        m.cued = False
                        continue  # "مخيم السد في الشدادي": a camp is coded to its town (ACLED)
                    m.tied, m.tie = y, tie
                    continue
            y = self._tie_past_holder(toks, matches, matches[j].last)
            if y is not None:
                m.tied, m.tie = y, "in"
                continue
            towns = [x for x in run if x.value is not None and x.value.get("kind") in _SETTLEMENTS]
            if towns and len({x.value.get("admin1") for x in towns}) == 1:
                m.tied, m.tie = min(towns, key=lambda x: abs(x.first - m.first)), "list"
            elif (closing := self._closing_region(toks, matches, j)) is not None:
                m.tied, m.tie = closing, "in"  # PLACES15: "قرى A , B ... في ريف X"
            elif not self._reference_point(toks, run[0]):  # GAZ11: the region framing the sentence
                if valued is None:  # the resolved places by sentence (no value changes here)
                    valued = _valued_by_sentence(matches)
                frame = self._sentence_frame(matches, m, run[0], valued)
                if frame is not None and self._frame_broken(toks, frame, run[0]):
                    frame = None
                if frame is not None:
                    m.tied, m.tie = frame, "sentence"

    def tie_contained(self, toks: Toks, matches: list[Match]) -> None:
        """Put each settlement a cue names that no words tie (``tie_unknowns``) in the one
        area its context gives, as ACLED codes a village it cannot find (geo_precision 3, the
        area's point, ``unresolved``): the governorate every place its sentence resolves lies
        in ("قصفت الطائرات قرية X ... مدينة البوكمال": Deir ez-Zor), the country when they lie
        abroad with no governorate ("في مدينة X بشمال نيجيريا") or the sentence names only one
        country; else, when its sentence resolves no place, the governorate the page's places
        lie in (``page_area_share`` of them, at least ``page_area_min``). A sentence whose
        places lie in two areas, a country named after a border word ("على حدود النيجر") and a
        page over several governorates give none: the name stays a bare mention."""
        untied = [m for m in matches if m.cued and m.tied is None]
        if not untied:
            return
        page = self._page_area(matches)
        home = self._page_area(matches, country=True) if page is None else None
        valued = _valued_by_sentence(matches)  # no value changes below
        memo: dict[Any, Any] = {}  # per sentence and clause: see _sentence_area
        for m in untied:
            placed = list(valued.get(m.sentence, ()))
            area = self._sentence_area(toks, m, placed, memo)
            if area is not None:
                m.tied, m.tie = area, "sentence-area"
            elif page is not None and all(x.value.get("kind") in _TIE_BROAD
                                          and x.value.get("country") == page.value["country"] for x in placed):
                m.tied, m.tie = page, "page-area"
            elif home is not None and all(x.value.get("kind") in _TIE_BROAD
                                          and x.value.get("country") == home.value["country"] for x in placed):
                m.tied, m.tie = home, "page-country"  # PLACE26: a page over several governorates

    def _sentence_area(self, toks: Toks, m: Match, placed: list[Match],
                       memo: dict[Any, Any] | None = None) -> Match | None:
        """The governorate (or, abroad, the country) holding every place of ``m``'s clause
        (its sentence up to a contrast word or a new clause: ``_another_clause``) when no place
        of its sentence lies in another, places told as destinations left out, as a match
        carrying its value (``tie_contained``).

        ``memo`` (one per page) keeps what a sentence's places give, read once per sentence,
        and the area of each run of them a clause keeps: a run-on sentence of n unknown
        villages asks n times (SPEED30)."""
        start = m.cue_first if m.cue_first >= 0 else m.first
        memo = {} if memo is None else memo
        got = memo.get(m.sentence)
        if got is None:
            kept = [x for x in placed if not self._destination(toks, x)]
            two = len({x.value.get("admin1") for x in kept if x.value.get("kind") not in _TIE_BROAD}) > 1
            firsts = [x.first for x in kept]
            starts = [x.cue_first if x.cue_first >= 0 else x.first for x in kept]
            lasts = [x.last for x in kept]
            rising = all(all(a <= b for a, b in pairwise(seq)) for seq in (firsts, starts, lasts))
            got = memo[m.sentence] = (kept, two, firsts, starts, lasts, rising)
        placed, two, firsts, starts, lasts, rising = got
        if two:
            return None  # a sentence over two governorates (a digest's run-on line) holds none
        if rising and len(placed) > SHORT_CLAUSE:  # the places the clause keeps are a run of them:
            # bisect to its ends
            contrasts, gaps = self._clause_breaks(toks)
            split = bisect_left(firsts, m.last)  # places from here on stand after m
            c = bisect_left(contrasts, m.last)
            g = bisect_left(gaps, m.last)
            after = min(contrasts[c] + 1 if c < len(contrasts) else len(toks) + 2,
                        gaps[g] if g < len(gaps) else len(toks) + 2)
            c = bisect_left(contrasts, start) - 1
            g = bisect_right(gaps, start) - 1
            before = max(contrasts[c] if c >= 0 else -1, gaps[g] if g >= 0 else -1)
            lo, hi = bisect_right(lasts, before, 0, split), bisect_left(starts, after, split)
            key = (m.sentence, lo, hi)
            if key not in memo:
                memo[key] = self._area_of(toks, placed[lo:hi])
            where = memo[key]
            return None if where is None else self._area(where)
        placed = [x for x in placed if not (
            self._another_clause(toks, m.last, x.cue_first if x.cue_first >= 0 else x.first) if x.first >= m.last
            else self._another_clause(toks, x.last, start))]
        where = self._area_of(toks, placed)
        return None if where is None else self._area(where)

    def _area_of(self, toks: Toks, placed: list[Match]) -> tuple[str, str | None] | None:
        """The (country, governorate) holding every place of ``placed`` (``_sentence_area``),
        or ``None``."""
        towns = [x for x in placed if x.value.get("kind") not in _TIE_BROAD]
        countries = {x.value.get("country") for x in placed}
        if len(countries) != 1 or any(toks.words[x.first - 1] in self.cues.border_words
                                      for x in placed if x.first > 0 and x.value.get("kind") in _TIE_BROAD):
            return None
        admins = {x.value.get("admin1") for x in towns} or {None}
        if len(admins) > 1 or (admins == {None} and countries <= _COVERED_NAMES):
            return None  # a region over several governorates (البادية السورية), or "سوريا" alone
        return countries.pop(), admins.pop()

    def _destination(self, toks: Toks, x: Match) -> bool:
        """Whether place ``x`` is told as where something went or came from ("نحو ريف الرقة"،
        "وصولا إلى X"، "تعزيزات من مدينة الرقة"): not where the sentence's settlements lie
        (``destination_words``; من unless a side or nearness is told before it: "إلى الشرق من
        مدينة الميادين", ``from_sides``)."""
        first = x.cue_first if x.cue_first >= 0 else x.first
        if first < 1:
            return False
        before = toks.words[first - 1]
        if before in self.cues.origin_words:
            return first < 2 or toks.words[first - 2] not in self.cues.from_sides
        return before in self.cues.destination_words

    def _page_area(self, matches: list[Match], country: bool = False) -> Match | None:
        """The governorate most of the page's resolved places lie in (``tie_contained``);
        ``country``: the country most of them lie in, for a page over several governorates of
        one country (PLACE26: a digest of Syria's fronts names a village the gazetteer lacks
        with no place in its sentence: it is in Syria, at Syria's point, geo_precision 3)."""
        admins = Counter((x.value.get("country"), None if country else x.value.get("admin1")) for x in matches
                         if x.value is not None and x.value.get("kind") not in _TIE_BROAD)
        if not admins:
            return None
        (where, n), total = admins.most_common(1)[0], sum(admins.values())
        if (where[1] is None and not country) or where[0] is None or n < self.cues.page_area_min \
                or n < self.cues.page_area_share * total:
            return None
        return self._area(where)

    def _area(self, where: tuple[str, str | None]) -> Match | None:
        """A match carrying the value of the governorate ``where`` names, or of its country."""
        pid = self.areas.get(where)
        if pid is None:
            return None
        carrier = Match(-1, -1, "", (pid,))
        carrier.value = self._value(self.places[pid], carrier)
        return carrier

    def _closing_region(self, toks: Toks, matches: list[Match], j: int) -> Match | None:
        """The region that closes a list of settlements the gazetteer lacks later in its
        sentence ("سيطر الجيش على قرى " A , B , C " و" جبل " D " الذي يطل على هذه القرى في ريف
        دير الزور الجنوبي الشرقي"): the first resolved place after the list's last name
        (``matches[j]``), within ``closing_reach`` words, when it is a countryside, desert or
        governorate told with في or a glued ب ("في ريف X"، "بريف X") and no contrast word
        (``frame_breaks``), full stop, dash or comma opening a clause with و ("، وقتل مدني
        في ريف حماة") stands between; a town or a country first closes nothing. Only when
        every place its sentence resolves lies in that governorate (PLACES15)."""
        end, sent = matches[j].last, matches[j].sentence
        y = next((matches[i] for i in range(j + 1, len(matches)) if matches[i].value is not None), None)
        if y is None or y.sentence != sent or y.first - end > self.cues.closing_reach:
            return None
        if not (y.relation in ("countryside", "desert") or y.value.get("kind") in ("governorate", "admin1")):
            return None
        first = y.cue_first if y.cue_first >= 0 else y.first
        at = first - 1 if toks.words[first - 1] in self.cues.locatives else first
        if self._area_tie(toks, at, {first: y}) is not y:
            return None
        admin1 = y.value.get("admin1")
        if admin1 is None or any(x.sentence == sent and x.value is not None and x.value.get("kind") not in _TIE_BROAD
                                 and x.value.get("admin1") != admin1 for x in matches):
            return None
        return None if self._another_clause(toks, end, first) else y

    def _another_clause(self, toks: Toks, lo: int, hi: int) -> bool:
        """Whether a contrast word (``frame_breaks``), a full stop, a dash, or a comma before a
        word opening with و ("، وقتل مدني في ريف حماة") stands between tokens ``lo`` and ``hi``:
        what follows is another clause (PLACES15): a contrast word among words ``lo`` … ``hi - 1``
        or such a gap before one of words ``lo`` … ``hi``, found by bisection (SPEED30)."""
        if hi - lo <= SHORT_CLAUSE or lo < 0 or hi >= len(toks.words):  # word by word
            return self._contrast_between(toks, lo, hi) or self._gap_between(toks, lo, hi)
        contrasts, gaps = self._clause_breaks(toks)
        c = bisect_left(contrasts, lo)
        if c < len(contrasts) and contrasts[c] < hi:
            return True
        g = bisect_left(gaps, lo)
        return g < len(gaps) and gaps[g] <= hi

    @staticmethod
    def _gap_between(toks: Toks, lo: int, hi: int) -> bool:
        for k in range(lo, hi + 1):
            gap = toks.gaps[k].strip(" \"'«»“”()[]")
            if gap and (gap not in (",", "،") or toks.words[k][:1] == "و"):
                return True
        return False

    def _clause_breaks(self, toks: Toks) -> tuple[list[int], list[int]]:
        """The words that are a contrast word (``frame_breaks``, bare or after a clitic letter),
        and the words before which a full stop, a dash, or a comma before و stands (the gaps
        :meth:`_another_clause` reads), in order: found once per text."""
        if toks.breaks is None:
            breaks, words = self.cues.frame_breaks, toks.words
            contrasts = [k for k, w in enumerate(words) if w in breaks or w[1:] in breaks]
            gaps = [k for k, gap in enumerate(toks.gaps[:len(words)]) if gap != " " and self._gap_between(toks, k, k)]
            toks.breaks = (contrasts, gaps)
        return toks.breaks

    @staticmethod
    def _between_towns(run: list[Match], m: Match) -> bool:
        """Whether resolved towns of ``m``'s list stand both before and after it (TOWNS13)."""
        def town(x: Match) -> bool:
            return x.value is not None and x.value.get("kind") in _SETTLEMENTS
        return any(town(x) for x in run if x.last <= m.first) and any(town(x) for x in run if x.first >= m.last)

    def _tie_past_holder(self, toks: Toks, matches: list[Match], end: int) -> Match | None:
        """The place that ties a settlement (or its list, ending at token ``end``) past a
        clause saying who holds it ("قرية " أم حوش " التي تسيطر عليها " قوات سوريا الديمقراطية "
        في ريف حلب الشمالي"، "بلدة X , الخاضعة لسيطرة المعارضة , بريف دمشق"): the clause
        (``holder_clauses`` in cues.yaml) opens right after it, a comma at most between, and
        a place of :meth:`_area_tie` (في ريف …، بريف …) follows within ``holder_reach`` words,
        no full stop between. The holder's words between are no tie (PAIR12)."""
        c, words = self.cues, toks.words
        if not c.holder_clauses or end >= len(words) or toks.gaps[end].strip(" \"'«»“”()[],،"):
            return None
        opener = next((len(p) for p in c.holder_clauses if tuple(words[end:end + len(p)]) == p), 0)
        if not opener:
            return None
        starts = {(x.cue_first if x.cue_first >= 0 else x.first): x for x in matches}
        for k in range(end + opener, min(len(words), end + opener + c.holder_reach)):
            if toks.gaps[k].strip(" \"'«»“”()[],،"):
                return None  # a full stop, a colon, a dash: the clause and its sentence end
            y = self._area_tie(toks, k, starts)
            if y is not None:
                return y
        return None

    def _reference_point(self, toks: Toks, m: Match) -> bool:
        """Whether settlement ``m`` (with its cue) follows a direction word: "قرى A وB شمال
        بلدة C" names C as where A and B lie, not as a target (GAZ11)."""
        first = (m.cue_first if m.cue_first >= 0 else m.first) - 1
        if first > 0 and self._is_settlement_cue(toks.words[first]):
            first -= 1
        return first >= 0 and toks.words[first] in self.cues.directions

    def _frame_broken(self, toks: Toks, frame: Match, first: Match) -> bool:
        """Whether a contrast word (``frame_breaks``: فيما، بينما، في حين …) stands between the
        region and the settlement: "معارك في ريف حماة ، فيما سيطرت الفصائل على بلدة X" tells
        two happenings, the region's and the town's, and the region is no frame (GAZ11)."""
        start = first.cue_first if first.cue_first >= 0 else first.first
        return self._contrast_between(toks, frame.last, start)

    def _contrast_between(self, toks: Toks, lo: int, hi: int) -> bool:
        """Whether a contrast word (``frame_breaks``, bare or after a clitic letter) stands
        among words ``lo`` … ``hi - 1``: what follows is another happening's clause."""
        breaks = self.cues.frame_breaks
        return any(w in breaks or w[1:] in breaks for w in toks.words[lo:hi])

    @staticmethod
    def _sentence_frame(matches: list[Match], m: Match, first: Match,
                        valued: dict[int, list[Match]] | None = None) -> Match | None:
        """The region that frames the sentence of an unknown settlement no words tie: "تقدمت
        قوات النظام في ريف حمص الشمالي وسيطرت على قرية X"، "... بريف حماة الشمالي الشرقي
        وسيطرت على قرى A وB شمال بلدة C" (C unknown too). Only a countryside, desert or
        region named before the settlement (or its list), and only when every place the
        sentence resolves lies in that one governorate and the region's own town (ريف X, بادية
        X) is not also a place of the sentence (an event there would count as held by the
        village's region); never a town (a town is a tie only when the words say so, or as a
        listed neighbour), never a country (GAZ11)."""
        # a region over several governorates (البادية السورية: no admin1) says nothing of
        # which one the sentence is in, and frames nothing (PAIR12)
        if valued is None:
            valued = _valued_by_sentence(matches)
        placed = [x for x in valued.get(m.sentence, ()) if x.value is not None
                  and x.value.get("kind") not in _TIE_BROAD
                  and not (x.value.get("kind") == "region" and x.value.get("admin1") is None)]
        if not placed or len({x.value.get("admin1") for x in placed}) != 1:
            return None
        start = first.cue_first if first.cue_first >= 0 else first.first
        frames = [x for x in placed if x.last <= start and (
            x.relation in ("countryside", "desert", "part")
            or x.value.get("kind") in ("region", "governorate", "admin1"))]
        if not frames:
            return None
        frame = frames[-1]
        fid = frame.value.get("gazetteer_id")
        if fid and any(x is not frame and x.value.get("gazetteer_id") == fid for x in placed):
            return None  # "بادية البوكمال ( جنوب البوكمال )": its town is a place of the sentence too
        return frame

    def tie_areas(self, toks: Toks, matches: list[Match]) -> None:
        """"قصفت الطائرات منطقة زغير جزيرة بريف دير الزور الغربي"، "في مناطق ( A , وB )
        بالريف الشرقي لدير الزور": a name after an area noun (``area_cues``: منطقة، منطقتي،
        مناطق) that the gazetteer lacks is a place only when the words right after it (or
        after its list) put it in a place the text resolves — a place glued to ب/ل or a tie
        phrase (في ريف …), as :meth:`tie_unknowns` ties a village. An area with no such tie
        stays no mention at all ("في منطقة X" may be where jets crossed, PLACE10), and a list
        tie (X listed with towns) is not enough for an area (GAZ11)."""
        c, words = self.cues, toks.words
        if not c.area_cues:
            return
        # A cue is one of the word's readings, i.e. a tail of the word (or, for للحرس → الحرس,
        # a tail after its alef): one C-level ``endswith`` per word keeps the clitic readings
        # to the few words that can hold a cue (SPEED11; the same words pass).
        tails = _area_tails(c.area_cues)
        hits = list(compress(count(), map(str.endswith, words[:-2], repeat(tails))))
        if not hits:
            return
        starts = {(m.cue_first if m.cue_first >= 0 else m.first): m for m in matches}
        taken = {k for m in matches for k in range(m.cue_first if m.cue_first >= 0 else m.first,
                                                     m.last)}
        added: list[Match] = []
        for i in hits:
            w = words[i]
            stems = [stem for p, stem in _readings(w) if not p.endswith(_ARTICLE)]
            cue = next((st for st in stems if st in c.area_cues), None)
            if cue is None or i + 1 in taken or not toks.adjacent_cue(i):
                continue
            plural = cue != "منطقه"
            items: list[tuple[int, int, str]] = []
            j = i + 1
            while j < len(words) and len(items) < 8:
                if items:  # the next item: a comma or و, only after a plural noun
                    gap = toks.gaps[j].strip(" \"'«»“”()")
                    joined = words[j][:1] == "و" and len(words[j]) >= 3 and gap == ""
                    if not plural or not (gap in (",", "،") or joined):
                        break
                else:
                    joined = False
                y = starts.get(j)
                if y is not None and y.value is not None:  # a known place of the list
                    j = y.last
                    items.append((-1, -1, ""))
                    continue
                if j in taken:
                    break
                w0 = words[j]
                if items and w0[:1] == "و" and len(w0) >= 3 and (joined or w0 not in c.name_prefixes):
                    w0 = w0[1:]  # "، والبوعمرو": the list's و (وادي stays a name's head)
                if (self._list_word_refused(w0, words[j], roots_ok=True)
                        or self._placed_in(words[j]) or w0 in c.area_not_names
                        or (w0.endswith("يه") and not w0.startswith("ال"))):
                    break  # a known name's start is let in: the list must end at its tie;
                    # "منطقة صحراوية": an indefinite nisba is the area's adjective, no name
                last = j + 1
                if (w0 in c.name_prefixes and last < len(words) and toks.adjacent(j)) or (last < len(words) and toks.adjacent(j) and words[last] in c.name_suffixes):
                    last += 1
                elif (last < len(words) and toks.adjacent(j) and not self._placed_in(words[last])
                      and words[last] not in c.not_names and words[last].isalpha()
                      and not self._cue_word(words[last]) and words[last] not in c.directions
                      and words[last] != "في" and last + 1 < len(words)
                      and self._area_tie(toks, last + 1, starts)):
                    last += 1  # "زغير جزيرة بريف ...": a two-word name right before its tie
                items.append((j, last, " ".join([w0, *words[j + 1:last]])))
                j = last
                if self._area_tie(toks, j, starts):
                    break
            named = [x for x in items if x[0] >= 0]
            y = self._area_tie(toks, j, starts) if named else None
            if y is None:
                continue
            tie = "near" if y.direction is not None and y.relation == "near" else "in"
            for a, b, key in named:
                rule = "cue:area-list-name" if toks.words[a] != key.split(" ")[0] else "cue:area-name"
                m = Match(a, b, key, (), rule=rule, unresolved="not in gazetteer")
                m.tied, m.tie, m.tie_kind = y, tie, "unresolved"
                added.append(m)
                taken.update(range(a, b))
        if added:
            matches.extend(added)
            matches.sort(key=lambda x: x.cue_first if x.cue_first >= 0 else x.first)

    def _area_tie(self, toks: Toks, j: int, starts: dict[int, Match]) -> Match | None:
        """The resolved place (no country) that ties an area's name ending before word
        ``j``: a place glued to ب/ل right after it ("بريف حماة"، "بالريف الشرقي لدير الزور"),
        or after "في" when the place opens with a cue word (في ريف حماة), one comma or
        closing mark allowed before it."""
        if j >= len(toks.words):
            return None
        if any(ch not in _TIE_GAP and ch not in ",،" for ch in toks.gaps[j]):
            return None
        k = j
        if toks.words[j] in self.cues.locatives and j + 1 < len(toks.words) and toks.gaps[j + 1] == " ":
            k = j + 1
            if not self._cue_word(toks.words[k]):
                return None
        elif not self._placed_in(toks.words[j]):
            return None
        y = starts.get(k)
        if y is None or y.value is None or y.value.get("kind") in _TIE_BROAD:
            return None
        return y

    @staticmethod
    def _comma_in_brackets(toks: Toks, cue: int, j: int) -> bool:
        """Whether word ``j`` follows a comma inside the brackets or quotes opened right after
        the list's cue ("قرى ( باشكون ، وحوايس ابن هديب )"): the list goes on, as after و."""
        if not any(ch in toks.gaps[cue + 1] for ch in "\"«(“"):
            return False
        if toks.gaps[j].strip(" ") not in (",", "،"):
            return False
        return not any(ch in toks.gaps[k] for k in range(cue + 2, j) for ch in "\"»)”")

    def _quoted_rest(self, toks: Toks, cue: int, last: int) -> int:
        """The end of an unknown name set in quotes or brackets after its cue (``cue``: the
        cue's token): a name whose words run on to the closing mark or the next list item
        ("قرية " رسم الحمام "", "قرى ( باشكون ، وحوايس ابن هديب )"), at most three words."""
        if not any(ch in toks.gaps[cue + 1] for ch in "\"«(“"):
            return last
        words, c = toks.words, self.cues
        start = last
        while (last < len(words) and last - start < 2 and toks.gaps[last] == " "
               and words[last][:1] != "و" and words[last] not in c.not_names):
            last += 1
        if last < len(words) and toks.gaps[last].strip(" ") == "":
            return start  # no closing mark or separator: an ordinary sentence goes on
        return last

    @staticmethod
    def _camp_in_town(toks: Toks, m: Match, where: dict[str, Any]) -> bool:
        """Whether ``m`` is a camp (مخيم X) the text puts in a town: ACLED codes a camp, like
        an airport or a crossing, to the town beside it, so the town stays the place."""
        first = m.cue_first if m.cue_first >= 0 else m.first
        return (first > 0 and where.get("kind") in ("village", "town", "city")
                and any(stem in ("مخيم", "مخيمي") for _p, stem in _readings(toks.words[first - 1])))

    def _settlement_before(self, toks: Toks, m: Match) -> bool:
        """Whether a settlement cue (قرية، بلدة، مدينة، حي، مخيم، ناحية and their duals and
        plurals) stands right before ``m``."""
        first = m.cue_first if m.cue_first >= 0 else m.first
        return first > 0 and self._is_settlement_cue(toks.words[first - 1])

    def _glued_name(self, toks: Toks, m: Match) -> bool:
        """A one-word name that is a gazetteer name with a word glued on ("جرابلسبوتين": جرابلس
        + بوتين; pages that lost a space)."""
        if m.last - m.first != 1:
            return False
        w = toks.words[m.first]
        return any(w[:k] in self.by_key for k in range(4, len(w) - 2))

    def _cue_kind(self, toks: Toks, m: Match) -> str | None:
        """The settlement kind the cue before ``m`` names: قرية/قريتي/قرى a village, بلدة/بلدتي/
        بلدات a town, مدينة/مدينتي a city (a quarter or a camp keeps kind "unresolved")."""
        first = m.cue_first if m.cue_first >= 0 else m.first
        if first == 0:
            return None
        for _p, stem in _readings(toks.words[first - 1]):
            kind = self.cues.settlement_kinds.get(stem)
            if kind:
                return kind
        return None

    def _run_start(self, toks: Toks, matches: list[Match], k: int) -> int:
        while k > 0 and self._listed_after(toks, matches[k - 1], matches[k]):
            k -= 1
        return k

    def _listed_after(self, toks: Toks, a: Match, b: Match) -> bool:
        """Whether ``b`` is the next item of a list after ``a``: nothing but و (joined to
        b's first word or alone), a comma, quotes or brackets between them."""
        first = b.cue_first if b.cue_first >= 0 else b.first
        end = self._other_name_end(toks, a.last)  # "الطوقلي ( التقلي ) , غزل"
        words = toks.words[end:first]
        if words and self._is_settlement_cue(words[-1]):  # "بلدة قلعة المضيق وقرية التوينة"
            first, words = first - 1, words[:-1]
            if not words and toks.words[first][:1] == "و":
                return "".join(toks.gaps[end:first + 1]).strip() == ""
        if words not in ([], ["و"]):
            return False
        if not words and self._placed_in(toks.words[first]):
            return False  # 'قرى " A , وB " , بريف إدلب': ب says where the list lies (GAZ11)
        gap = "".join(toks.gaps[end:first + 1])
        if any(ch not in _TIE_GAP and ch not in ",،" for ch in gap):
            return False
        return bool(words) or "," in gap or "،" in gap or toks.words[first][:1] == "و"

    def _placed_in(self, word: str) -> bool:
        """Whether ``word`` is a place cue glued to ب/ل ("بريف"، "بمحافظة"، "لمدينة"): what
        follows is where the words before lie, not one more item of their list (GAZ11)."""
        if word[:1] not in ("ب", "ل") or word.startswith("ال") or len(word) <= 3:
            return False
        rest = word[1:]
        if rest.startswith("ال") and len(rest) > 4:  # بالريف الشرقي لدير الزور
            rest = rest[2:]
        return self._cue_word(rest) and not _word_in(rest, self.cues.plural_cues)

    def _tie_gap(self, toks: Toks, end: int, y: Match) -> str:
        """How the words between a settlement (ending at token ``end``) and the place ``y``
        tie it there: "in", "near" or "" (no tie)."""
        first = y.cue_first if y.cue_first >= 0 else y.first
        if first - end > 4:
            return ""
        gap = "".join(toks.gaps[end:first + 1])
        if any(ch not in _TIE_GAP for ch in gap):
            return ""  # a comma, a full stop, a dash: another clause
        return self._tie_words(toks, end, first, y)

    def _tie_words(self, toks: Toks, end: int, first: int, y: Match) -> str:
        """The tie the words from token ``end`` to the place ``y`` (opening at ``first``) say:
        directions only ("قرية X شمال شرق بعقوبة") or a direction opening the place ("قرية X
        شرق حماة"): "near"; a tie phrase ("الواقعة في"): "in" or "near"; a place glued to ب/ل
        ("قرية X بريف حماة"، "X لمدينة ..."): "in"; else "" (no tie)."""
        words = tuple(toks.words[end:first])
        dirs = self.cues.directions
        if len(words) > 1 and self._is_settlement_cue(words[-1]):
            words = words[:-1]  # "قرية X جنوب ناحية Y": the direction, then Y's own cue (PLACES17)
        if words and all(w in dirs for w in words):
            return "near"
        if words:
            if words not in self.cues.tie_phrases:
                return ""
            return "near" if any(n in w for w in words for n in self.cues.tie_near) else "in"
        head = toks.words[first]
        if head in dirs or (y.direction is not None and y.relation == "near"):
            return "near"
        if head[:1] in ("ب", "ل") and not head.startswith("ال"):
            return "in"
        return ""

    def _tie_after_comma(self, toks: Toks, end: int, y: Match) -> str:
        """The tie of :meth:`_tie_gap` when one comma closes the settlement or its list
        before the words that place it ("قرى A , B , في ريف حماة"، "قرية X ، الواقعة في
        ريف حلب"، "قرى " A , وB " , بريف إدلب"): the comma ends the list, the tie phrase (or a
        place glued to ب/ل, or a direction) still says where it lies. A bare place after the
        comma is no tie: it may open the next clause (GAZ11)."""
        first = y.cue_first if y.cue_first >= 0 else y.first
        gap0 = toks.gaps[end]
        if gap0.strip(" \"'«»“”()[]") not in (",", "،"):
            return ""
        rest = "".join(toks.gaps[end + 1:first + 1])
        if first - end > 4 or any(ch not in _TIE_GAP for ch in rest):
            return ""
        return self._tie_words(toks, end, first, y)

    def _unknown_after_cue(self, text: str, toks: Toks, i: int) -> Match | None:
        """``قرية X`` where no gazetteer entry is called X: an unresolved place."""
        if i == 0 or not self._is_settlement_cue(toks.words[i - 1]):
            return None
        if not toks.adjacent_cue(i - 1):
            return None
        w = toks.words[i]
        c = self.cues
        if (w in c.not_names or w in c.common or not w.isalpha() or w.isascii()
                or (len(w) < 3 and w not in c.name_prefixes)  # قرية أم X
                or any(stem in c.not_names or stem in c.common for _p, stem in _name_readings(w))):
            return None
        # مخيم للاجئين: a preposition, not a name (adjectives: not_names in cues.yaml)
        if w.startswith("لل"):
            return None
        if w in c.directions or self._cue_word(w):
            return None  # "قرى ريفي حماة وإدلب": the countrysides' cue, not a village's name
        if self._not_a_name_after_cue(toks, i, w):
            return None
        last = i + 1
        if w in c.name_prefixes and last < len(toks) and toks.adjacent(i):
            nxt = toks.words[last]
            if (nxt.isalpha() and not nxt.isascii() and nxt not in c.not_names
                    and not nxt.startswith("وال")):  # "قريتي خان والقشيرية": the next village
                last += 1
        if (last < len(toks) and toks.words[last] in c.name_suffixes
                and toks.adjacent(last - 1)
                and last - i < 3):
            last += 1  # "قرية الزعفرانية الغربية": the adjective is part of the name
        quoted = self._quoted_rest(toks, i - 1, last)
        last = quoted if quoted != last else self._cued_rest(toks, i, last)
        key = " ".join(toks.words[i:last])
        glued = self._glued(toks, i, last) if last - i == 1 or toks.words[last - 1] not in \
            c.name_suffixes else None
        if glued is not None:  # مدينة الطبقةمن ناحية المطار: a page that lost its spaces
            return glued
        ids = self._variant_of(key)
        if ids:  # طوزخرماتو for طوزخورماتو, عربيين for عربين: one place's spelling
            return Match(i, last, key, ids, rule=VARIANT_RULE, variant=True)
        ids = self._article_dropped(key)
        if ids:  # حي قابون، بلدة زبداني: القابون، الزبداني without their article
            return Match(i, last, "ال" + key, ids, rule=ARTICLE_RULE)
        return Match(i, last, key, (), cue_first=-1,
                     rule="cue:unknown-name", unresolved="not in gazetteer")

    def _glued(self, toks: Toks, i: int, last: int) -> Match | None:
        """A gazetteer name with the next word glued to it, after a settlement cue: "بلدة
        دير حافرالواقعة", "مدينة الطبقةمن ناحية", "مدينة حلبارتفاع …" (pages that lost the
        space or line break between items). The rest must be an ordinary word of four
        letters or more (common words, ANERcorp train) or one of a few short function words,
        so براغيدة (a village) is not Prague + يده; the span ends with the name."""
        w = toks.words[last - 1]
        head = toks.words[i:last - 1]
        for k in range(len(w) - 2, 2, -1):  # the longest name first
            rest = w[k:]
            if not ((len(rest) >= 4 and rest in self.cues.common) or rest in self.cues.glue_words):
                continue
            key = " ".join([*head, w[:k]])
            ids = self.by_key.get(key)
            if ids:
                return Match(i, last, key, tuple(sorted(ids)), rule="gazetteer:glued",
                             trim=len(rest))
        return None

    def _not_a_name_after_cue(self, toks: Toks, i: int, w: str) -> bool:
        """Word ``i`` after a settlement cue that is plainly the rest of the sentence:
        "من ناحية" / "لناحية" ("on the one hand", "regarding"); a country's adjective
        (مدينة ألمانية "a German city"); a word joined by و (مدينة وغارقة "a city, and
        sunk"); an imperfect verb of the derived forms (مدينة يتواجد فيها، تستهدف) or with
        an object pronoun (مدينة يقطنها)."""
        cue = toks.words[i - 1]
        after_min = i >= 2 and (toks.words[i - 2] == "من" or any(
            stem == "من" for _p, stem in _readings(toks.words[i - 2])))
        if any(stem == _NAHIYA and ("ل" in p or after_min) for p, stem in _readings(cue)):
            return True
        if "ال" + w in demonym_adjectives() or w in demonym_adjectives():
            return True
        if w.startswith("و") and len(w) > 3 and w not in self.cues.name_prefixes:
            return True
        if len(w) >= 7 and w.startswith("ال") and w.endswith("تين"):
            return True  # بلدتي نبل والزهراء المحاصرتين: a dual adjective, not a name
        if len(w) >= 5 and w.startswith(("ي", "ت")) and w.endswith(("ها", "هم", "هن", "ونه")):
            return True  # مدينة يقطنها، حي يسكنه: a verb with its object pronoun
        if len(w) >= 5 and w.startswith(("يت", "تت", "يست", "تست", "نت", "نست")):
            return True
        return w not in self.cues.name_prefixes and self._no_name_form(w)

    def _no_name_form(self, w: str) -> bool:
        """PLACES18: word ``w`` after a settlement cue is no name by its form, as the corpus
        word list shows (``adjective_endings`` … ``verb_stem_min`` in cues.yaml): an indefinite
        adjective or plural agreeing with the cue ("مدينة مقدسة"، "حي سكني"، "مخيم لاجئين":
        its definite form is a common word and no place's name), an imperfect verb of four
        letters or more with ي or ت ("مدينة تولد": "يولد" is common; نخل، نصيب are towns)
        or a perfect verb with an object pronoun or a plural ending ("قرى خسرها": "خسر" is
        common)."""
        c, freq = self.cues, word_freq()
        if w.startswith("ال") or len(w) < 3:
            return False
        definite = "ال" + w
        if (len(w) >= 4 and w.endswith(c.adjective_endings) and freq[w] >= c.indefinite_min
                and freq[definite] >= c.definite_min and definite not in self.by_key):
            return True
        if len(w) >= 4 and w[0] in c.verb_prefixes and any(
                freq[p + w[1:]] >= c.paradigm_min for p in c.verb_prefixes if p != w[0]):
            return True
        return any(w.endswith(e) and len(w) - len(e) >= 3 and freq[w[:-len(e)]] >= c.verb_stem_min
                   for e in c.object_endings)

    def _article_dropped(self, key: str) -> tuple[str, ...]:
        """The covered settlements whose name is ``key`` with the article (حي قابون is
        القابون, بلدة زبداني الزبداني): reports drop it after a cue or in a list. Only
        for a name of four letters or more that is no word of the stoplists."""
        if key.startswith("ال") or len(key.replace(" ", "")) < 4:
            return ()
        full = "ال" + key
        c = self.cues
        if full in c.stop_strong or key in c.stop_strong:
            return ()
        return tuple(sorted(i for i in self.by_key.get(full, ())
                            if self.places[i]["kind"] in _SETTLEMENTS
                            and self.places[i]["country_code"] in COVERED))

    def _variant_of(self, key: str) -> tuple[str, ...]:
        """The places written one long vowel (ا و ي) more or less than ``key``, or with
        final ا for ة, when exactly one such name exists: طوزخرماتو → طوزخورماتو.

        Only for a name of five letters or more that is not itself an everyday word,
        and only towards a settlement (village, town, city, district, camp).
        """
        if len(key.replace(" ", "")) < 5 or " " in key:
            return ()
        c = self.cues
        hits = [k for k in self._variant_keys.get(skeleton(key), ())
                if one_vowel_apart(key, k) and k not in c.stop_strong]
        if len(hits) != 1:
            return ()
        ids = tuple(sorted(i for i in self.by_key[hits[0]]
                           if self.places[i]["kind"] in _SETTLEMENTS
                           and self.places[i]["country_code"] in COVERED))
        return ids

    # ------------------------------------------------------------------ context
    def _apply_context(self, text: str, toks: Toks, m: Match, floor: int,
                       prev: Match | None = None, no_cue: bool = False) -> bool:
        """Narrow candidates by the cue before the name; False drops the match. ``no_cue``:
        read the name as if nothing stood before it (a province abroad, ``_province``)."""
        if (m.first >= 2 and toks.adjacent(m.first - 1) and toks.adjacent(m.first - 2)
                and toks.words[m.first - 2] in _ABD):
            return False  # the coach عبد العزيز الكوت: a man's family name, not Kut
        cue, k = (None, -1) if no_cue else self._cue_before(text, toks, m.first, floor)
        m.around = not no_cue and self._near_before(toks, m.first, k)
        abroad_gov = prev is not None and prev.rule == "gazetteer:governorate-abroad"
        spaced_and = (prev is not None and prev.last + 1 == m.first
                      and toks.words[prev.last] == "و" and toks.adjacent(prev.last)
                      and toks.adjacent(prev.last - 1))  # "خناصر و السفيرة" (VILLAGES10)
        if (cue is None and prev is not None and (prev.last == m.first or spaced_and)
                and (not prev.relation or abroad_gov)
                and (spaced_and or toks.words[m.first].startswith("و")
                     or toks.gaps[m.first].strip() in _LIST_GAPS)):
            # "من الزبداني ومضايا", "ريف دمشق - دوما": the next name of a list has the
            # cue of the first
            cue = "strong" if prev.cue in STRONG_CUES else "weak"
            if self._governorate_list(toks, prev) and (abroad_gov or any(
                    self.places[i]["kind"] == "governorate" for i in m.ids)):
                # محافظتي حلب وإدلب: the second is a governorate too (محافظتي أسيوط وسوهاج:
                # a province abroad, named after its seat)
                cue = "governorate"
        if cue is None and toks.words[m.first][0] in "وفبل":
            w, stem = toks.words[m.first], m.key.split(" ", 1)[0]
            prefix = w[: len(w) - len(stem)] if w.endswith(stem) else w[:2]
            bare = stem[2:] if stem.startswith("ال") else stem
            if ("ب" in prefix or "ل" in prefix) and bare not in self.cues.stop_strong:
                # بالموصل، للموصل: the attached preposition is the cue; not for a word
                # first (بالصور "with pictures": صور is a word before it is Tyre)
                cue = "weak"
                # the name needed that cue (a word too: نوى "nuclei"): resolve takes it
                # only where the report is (``_corroborated``)
                # nor a village (ببرقية "by telegram" is not the village al-Bariqiyah)
                m.prep_cue = (m.key in self.cues.stop_weak
                              or bool(self._ids_info(m.ids) & _ALL_VILLAGE))
        m.cue = cue
        if cue == "media":  # قناة الميادين، مراسل حلب اليوم: an outlet's name
            return False
        c = self.cues
        if (m.key in c.outlet_names and cue is None and self._ids_info(m.ids) & _ALL_SMALL
                and _SET_OFF.search(toks.gaps[m.first] + toks.gaps[m.last])):
            # "الميادين" set off by quotes, a colon or a title bar, with no cue: the channel
            # unless the report is in the town's governorate (resolve: ``_corroborated``);
            # "دخلت القوات الميادين" is the town
            m.needs_support = True
        if m.key in c.noun_names and cue not in STRONG_CUES:
            # القريتين "the two villages" after "قريتي طويليعة والملحة": the noun
            ante = c.plural_cues | frozenset(n[2:] for n in c.noun_names)
            if any(_word_in(w, ante) for w in toks.words[max(0, m.first - 60):m.first]):
                return False
            m.needs_support = True
        if (m.first > floor and toks.words[m.first - 1][-3:] in self._quant_tails
                and toks.adjacent(m.first - 1)
                and _word_in(toks.words[m.first - 1], c.quantifiers)):
            return False  # في مختلف الميادين "in all fields": a plural noun, not al-Mayadin
        idiom = self.cues.idioms.get(m.key)
        if idiom and m.last < len(toks) and toks.words[m.last].startswith(idiom):
            return False  # مسقط رأسه "his birthplace", not Muscat
        preps = self.cues.participles.get(m.key)
        if (preps and cue is None and m.first > floor and m.last < len(toks)
                and toks.words[m.last] in preps and toks.adjacent(m.first - 1)
                and toks.words[m.first - 1] in self.cues.participle_heads):
            return False  # GEO29: "المتهم الضالع في" "the defendant involved in", not Ad Dali
        info = self._ids_info(m.ids)
        if (info & _ALL_SMALL and cue is None and " " not in m.key and m.first >= 2
                and m.first - 2 >= floor and toks.adjacent(m.first - 1)
                and toks.adjacent(m.first - 2)
                and toks.words[m.first - 1] in _first_names()
                and toks.words[m.first - 2] in _first_names()
                and tuple(toks.words[m.first - 2:m.first]) not in c.whole_of):
            return False  # محمد حسن التل: a man's family name after two given names
        if (info & _ALL_FOREIGN and cue not in STRONG_CUES and not self._foreign_plain(m.key)
                and not (m.first and self._is_settlement_cue(toks.words[m.first - 1]))
                and not (m.last < len(toks) and toks.words[m.last] in demonym_adjectives())
                and self._country_beside(toks, m, list(m.ids)) is None):
            # a city abroad with no cue, no country adjective and no own name of five
            # letters: resolve would not link it (_foreign_only), so it is no mention
            # (unless its country is told right after it: "الفيوم جنوب القاهرة", GEO29)
            return False
        before = toks.words[m.first - 1] if m.first > floor and toks.adjacent(m.first - 1) else ""
        if before and info & _ALL_FOREIGN and self._before_bits(before) & 1:
            return False  # حقل هافانا، شارع بغداد، فندق باريس: the field's or street's name
        if before and self._before_bits(before) & 1 and self._named_after_elsewhere(text, toks, m):
            return False  # مستشفى القدس في مدينة حلب: a hospital in Aleppo named for Jerusalem
        if before and info & _ALL_SMALL:
            bits = self._before_bits(before)
            if bits & 1 and info & _ALL_VILLAGE:
                return False  # مسجد الروضة، مقهى الروضة: a building named so, not the village
            if bits & 6:
                # الصحفية هنادي الخطيب: a person; قالت الميادين: an outlet speaking
                return False
        if (before and not info & _ALL_FOREIGN and self._before_bits(before) & 8
                and not self._prepositional(toks.words[m.first], m.key)):
            # وكفر حلب: the village Kafr Halab, which the gazetteer lacks, not Aleppo
            # (but "أقدم دير بالعراق": a preposition glued to the name starts a phrase).
            # After أبو/أبي/أبا, also a man's kunya (أبو القاسم), the name is only dropped
            if any(stem in _KUNYA for _p, stem in _readings(before)):
                return False
            m.cue_first, m.unresolved, m.rule = m.first - 1, "longer name not in gazetteer", \
                "cue:compound-name"
            return True
        if (m.key in self.cues.adjective_like and m.first > floor and toks.adjacent(m.first - 1)
                and toks.words[m.first - 1].endswith(("ه", "ات"))
                and toks.words[m.first] == m.key):
            return False  # مليشيا كردية سورية، قوات سورية: "Syrian"; مظاهرات سلمية "peaceful"
        if (m.key.endswith("يا") and " " not in m.key and toks.words[m.first] == m.key
                and m.first > floor and toks.adjacent(m.first - 1)
                and all(self.places[p]["kind"] == "country" for p in m.ids)):
            prev = toks.words[m.first - 1]
            if prev.isdigit() or (prev.endswith("ا") and not self._roots(prev)):
                return False  # تدخلا روسيا مباشرا، 50 سوريا: the accusative adjective
        if (m.last < len(toks) and toks.adjacent(m.last - 1)
                # after a noun the adjective may be the noun's: حدود إسرائيل الغربية
                and (cue is not None or m.first == 0 or not toks.adjacent(m.first - 1))
                and toks.words[m.last].startswith("ال") and toks.words[m.last] in c.directions
                and all(self.places[p]["kind"] == "country"
                        and self.places[p]["country_code"] not in COVERED for p in m.ids)):
            # أمريكا الجنوبية، كوريا الشمالية، السودان الجنوبي: another name than the country's
            m.last += 1
            m.unresolved, m.rule = "longer name not in gazetteer", "cue:compound-name"
            return True
        places = [self.places[p] for p in m.ids]
        strongish = cue in ("strong", "district", "governorate", "city", "desert", "province") or (
            cue or "").startswith("countryside") or m.key.split(" ", 1)[0] in SETTLEMENT_CUES
        if info & _ANY_ALWAYS and (not strongish or cue == "district"
                                   or m.key in c.stop_strong or m.key in c.common):
            # Iraq beyond its border provinces: only where the text calls it a place
            # (ناحية الرياض، مدينة الحويجة), and never a word (أحياء المدينة القديمة);
            # bare الرياض is Riyadh, الحي "the district", صلاح الدين a man's name;
            # "حي العزيزية" is a city district, not the Iraqi town al-Aziziyah
            places = [p for p in places if p.get("needs_cue") != "always"]
            if not places:
                return False
            m.ids = tuple(p["id"] for p in places)
        govs = [p for p in places if p["kind"] == "governorate"]
        others = [p for p in places if p["kind"] != "governorate"]
        if cue == "province":
            province = self._province(m, k, govs, places)
            if province is not None:
                return province
            # a province abroad named after its seat (ولاية ديار بكر): the city links only
            # as it would bare, and stands for its province (precision 3)
            m.relation, m.cue_first, m.rule = "province", -1, "gazetteer:province-abroad"
            return self._apply_context(text, toks, m, floor, prev, no_cue=True)
        single = " " not in m.key
        # a one-word name that is also a common word needs a cue; "حي الجورة" does not
        needs_strong = single and (m.key in c.stop_strong or any(p.get("needs_cue") for p in places))
        needs_weak = single and m.key in c.stop_weak
        if (cue is None and single and info & _ALL_SMALL and m.key.endswith("ا")
                and m.key[:-1] in c.common and toks.words[m.first] == m.key):
            return False  # أصبح مديرا للمكتب "became director": an accusative, not Mudayra
        if cue is None and single and info & _ALL_VILLAGE:
            # a one-word village name with no cue at all (أصحاب الضمير "people of
            # conscience", برقية تهنئة "a telegram") is a word as often: it is no
            # evidence of the report's country (``_country_evidence``), so a report on
            # Egypt drops it (``_elsewhere``)
            m.bare_village = True
        if single and strongish and m.key in c.not_names:
            return False  # مدن جديدة "new towns": an adjective after the cue, not جديدة
        if needs_strong and not strongish:
            return False
        if needs_weak and not (strongish or cue == "weak" or (cue or "").startswith("direction")
                               or self._heading(toks, m) or self._apposed(toks, m)
                               or self._battle_head(toks, m)):
            return False

        if cue == "district" and m.key.split()[0] not in self.cues.city:
            # حي X: a district; حي السليمانية is not the Iraqi city
            places = [p for p in places if not p.get("foreign")]
            districts = [p for p in places if p["kind"] == "district"] or [
                p for p in places if p["kind"] in ("town", "village", "camp")]  # suburbs: اليرموك
            if not districts:
                m.unresolved, m.rule = "district not in gazetteer", "cue:district"
                return True
            m.ids, m.cue_first, m.rule = tuple(p["id"] for p in districts), k, "gazetteer:district-cue"
        elif cue == "governorate":  # محافظة حماة: the governorate
            if not govs and self._governorate_of_seat(m, k, places):
                return True
            if not govs:  # بمحافظة الجيزة: a governorate the gazetteer lacks
                m.unresolved, m.rule = "governorate not in gazetteer", "cue:governorate"
                return True
            m.ids, m.cue_first, m.rule = tuple(p["id"] for p in govs), k, "gazetteer:governorate-cue"
            if k < 0:  # the next name of محافظتي حلب وإدلب
                m.rule = "gazetteer:governorate-list"
        elif cue == "city" and others and all(p["kind"] == "country" for p in others):
            return False  # مدينة سورية: "a Syrian city", an adjective
        elif cue == "city" and others:
            cities = [p for p in others if p["kind"] == "city"]
            if cities and len(cities) < len(others) and len(
                    {p["country_code"] for p in others}) > 1:
                others = cities  # GEO29: "مدينة صيدا" is Sidon, not Daraa's town of the name
            m.ids, m.cue_first, m.rule = tuple(p["id"] for p in others), k, "gazetteer:city-cue"
        elif (cue == "strong" and k == m.first - 1 and len(others) > 1
              and len({p["country_code"] for p in others}) > 1
              and not self._prepositional(toks.words[m.first], m.key)
              and any(stem in self.cues.homonym_cues for _p, stem in _readings(toks.words[k]))):
            small = [p for p in others if p["kind"] in ("town", "village")]
            if small and len(small) < len(others):
                m.ids = tuple(p["id"] for p in small)  # GEO29: "بلدة صيدا": Daraa's town, not Sidon
        elif govs and others:
            # bare name shared by a governorate and towns: the town named like its
            # governorate (its capital, usually) is meant; else the governorate
            gov_admin1 = {g["admin1"] for g in govs}
            same = [p for p in others if p.get("admin1") in gov_admin1]
            m.ids = tuple(p["id"] for p in (same or govs))
        if cue and cue.startswith("countryside"):
            m.cue_first, m.relation, m.rule = k, "countryside", "gazetteer:countryside"
            if ":" in cue:
                m.direction = cue.split(":", 1)[1]
        elif cue == "desert":
            m.cue_first, m.relation, m.rule = k, "desert", "gazetteer:desert"
        elif cue and cue.startswith("direction:"):
            m.cue_first, m.relation, m.rule = k, "near", "gazetteer:direction"
            m.direction = cue.split(":", 1)[1]
        # a direction adjective after a countryside / governorate / region phrase
        kinds = {self.places[p]["kind"] for p in m.ids}
        covered_country = kinds == {"country"} and all(
            self.places[p]["country_code"] in COVERED for p in m.ids)  # سوريا الشمالية
        if (m.relation in ("countryside", "desert") or kinds & {"governorate", "region"}
                or covered_country):
            d = None if m.direction else self._direction_after(text, toks, m.last)
            if d is not None:
                m.direction, m.last = d
                if m.relation is None:
                    m.relation = "part"
        return True

    def _near_before(self, toks: Toks, first: int, k: int) -> bool:
        """Whether a nearness word (``near_words``) is the cue of the name at token ``first``
        (``k``: its cue's token, -1 for none) or stands right before it or its cue, من between
        allowed: "قرب مدينة الميادين"، "في محيط بلدة مورك"، "على أطراف الرقة"، "بالقرب من X"."""
        j = (k if k >= 0 else first) - 1
        if j >= 1 and toks.words[j] == "من" and toks.adjacent_cue(j - 1):
            j -= 1
        return (k >= 0 and self._near_word(toks.words[k])) or (
            j >= 0 and self._near_word(toks.words[j]) and toks.adjacent_cue(j))

    def _near_word(self, word: str) -> bool:
        """Whether ``word`` is a nearness word, clitics peeled (بالقرب، وبمحيط), with no
        article of its own: "الأطراف في حلب" are "the parties", "المحيط بدمشق" "surrounding"."""
        near = self.cues.near_words
        if not (word in near or word[1:] in near or word[2:] in near or word[3:] in near
                or word[4:] in near):
            return False  # no reading can be one (clitics: at most four letters)
        return any(stem in near and (stem == "قرب" or not p.endswith(_ARTICLE))
                   for p, stem in _readings(word))

    def _governorate_of_seat(self, m: Match, k: int, places: list[dict[str, Any]]) -> bool:
        """``محافظة X`` where no governorate is named X: X is the seat it is named after.

        A covered city stands for its own governorate (محافظة الموصل is Nineveh); a city
        abroad for its province, precision 3, as ``ولاية X`` does (محافظة تعز، محافظة أسيوط):
        a city of the curated list links as it would bare, one of GeoNames' world cities only
        where the text names its country (resolve). A village, or no city: False.
        """
        govs = {self._gov_of[p["admin1"]] for p in places if p["kind"] == "city"
                and p["country_code"] in _COVERED_SET and p.get("admin1") in self._gov_of
                and self.places[self._gov_of[p["admin1"]]].get("capital") == p["id"]}
        if govs:  # the governorate's seat: not Babil's town al-Iskandariya for الإسكندرية
            m.ids, m.cue_first, m.rule = tuple(sorted(govs)), k, "gazetteer:governorate-of-seat"
            return True
        # a city abroad by its own Arabic name (GeoNames' alternates include other places'
        # names: البرز, Iran's Alborz province, is an alternate of the town Alvand)
        abroad = [p for p in places if p["country_code"] not in _COVERED_SET
                  and p["kind"] in ("city", "town")
                  and (p["id"] in self.gz.places or self._is_primary(m.key, p["id"]))]
        if not abroad:
            return False
        m.ids, m.cue_first, m.relation = tuple(p["id"] for p in abroad), k, "province"
        m.rule = "gazetteer:governorate-abroad"
        return True

    def _province(self, m: Match, k: int, govs: list[dict[str, Any]],
                  places: list[dict[str, Any]]) -> bool | None:
        """``ولاية X`` / ``مقاطعة X``: the province X, never the town X.

        A governorate of that name is meant (ولاية الرقة, an IS "province", is Raqqa
        governorate). A province abroad is mostly named after its seat (ولاية ديار بكر، ولاية
        غزنة): None — the caller links the city as it would bare, standing for the province
        at precision 3; a state named after a city outside it (``states_elsewhere`` in
        cues.yaml: ولاية واشنطن is Washington state, not the capital) is unresolved,
        "province not in gazetteer", the city as candidate.
        Anything else (a country, a village) gives the word its other sense — مقاطعة قطر
        "the boycott of Qatar", ولاية الرئيس "the president's term": no place.
        """
        m.cue_first = k
        if not govs:
            # ولاية الموصل (an IS "province"): the city's governorate; ولاية سيناء: the region
            govs = [self.places[self._gov_of[p["admin1"]]] for p in places
                    if p["kind"] == "city" and p.get("admin1") in self._gov_of]
        if govs:
            m.ids, m.rule = tuple(sorted({p["id"] for p in govs})), "gazetteer:province-cue"
            return True
        regions = [p for p in places if p["kind"] == "region"]
        if regions:
            m.ids, m.rule = tuple(p["id"] for p in regions), "gazetteer:province-cue"
            return True
        towns = [p for p in places if p["kind"] == "town" and p["country_code"] in _COVERED_SET]
        if towns:  # مقاطعة عفرين (a canton): the land around the town, near it
            m.ids, m.rule, m.relation = tuple(p["id"] for p in towns), "gazetteer:province-cue", \
                "near"
            return True
        abroad = [p for p in places
                  if p["country_code"] not in _COVERED_SET and p["kind"] != "country"]
        if not abroad:
            return False
        if m.key not in self.cues.states_elsewhere:
            return None
        # the state is not around its namesake city: unresolved, the city as candidate (its
        # country still counts as the report's, ``_country_evidence``)
        m.rule = "cue:province"
        m.unresolved, m.candidates = "province not in gazetteer", tuple(p["id"] for p in abroad)
        return True

    def _in_name(self, toks: Toks, m: Match) -> bool:
        """Whether the name is part of an organisation's, a pact's or a conference's name:
        right after a head noun (نادي برشلونة، حلف وارسو، مؤتمر جنيف), or the next name of
        such a list (محادثات جنيف وأستانا)."""
        if m.first == 0:
            return False
        if m.first == self._named_end and toks.words[m.first].startswith("و"):
            return True
        # the head in the construct state: no article (للمفاوضات ( الرياض ) is not a name)
        head = self._head(toks.words[m.first - 1])
        if not head or not toks.adjacent_cue(m.first - 1) or "(" in toks.gaps[m.first]:
            return False
        # قمة جبل التركمان: the top of a mountain, not a summit meeting
        return not (head == _SUMMIT and m.key.split(" ", 1)[0] in self.cues.name_prefixes)

    @lru_cache(maxsize=65536)  # noqa: B019
    def _head(self, word: str) -> str:
        """The head noun ``word`` is in the construct state (نادي، لمؤتمر), or ""."""
        for p, stem in _readings(word):
            if stem in self.cues.name_heads and not p.endswith(("ال", "لل")):
                return stem
        return ""

    def _direction_after(self, text: str, toks: Toks, j: int) -> tuple[str, int] | None:
        tw = toks.words
        if j >= len(tw) or not toks.adjacent(j - 1):
            return None
        side = self.cues.directions.get(tw[j])
        if side is None or not tw[j].startswith("ال"):
            return None
        end = j + 1
        if end < len(tw) and toks.adjacent(j):
            side2 = self.cues.directions.get(tw[end])
            if side2 and tw[end].startswith("ال") and side2 != side:
                return f"{side}-{side2}", end + 1
        return side, end

    # ------------------------------------------------------------------ resolution
    def resolve(self, matches: list[Match], sentence_of: dict[int, int],
                toks: Toks | None = None, sent_starts: list[int] | None = None,
                dateline: int = 0) -> None:
        """Pick one place per match (sentence, then document context) or mark unresolved.

        Country context (:mod:`rasd.kb.country_context`) decides between a covered place
        and a foreign city of the same name, narrows places shared by covered countries,
        and leaves a small covered place unresolved in a report plainly about a country
        the gazetteer does not cover (no other sign of the place's country in it).
        """
        for m in matches:
            m.sentence = sentence_of.get(m.first, 0)
        foreign = self.foreign_ids
        doc_admin: Counter[str] = Counter()
        sent_admin: dict[int, Counter[str]] = {}
        for m in matches:
            if m.unresolved:
                continue
            cov = [i for i in m.ids if i not in foreign]
            if len(cov) != 1 or m.variant:
                continue
            p = self.places[cov[0]]
            if p.get("admin1"):
                doc_admin[p["admin1"]] += 1
                sent_admin.setdefault(m.sentence, Counter())[p["admin1"]] += 1
        # settlements named unambiguously: a same-named place near them is meant
        anchors = [self.places[m.ids[0]] for m in matches
                   if not m.unresolved and not m.variant and len(m.ids) == 1
                   and m.ids[0] not in foreign and self.places[m.ids[0]]["kind"] in _SETTLEMENTS]
        ctx = self._country_evidence(matches, toks, sent_starts or [], dateline)
        doc_cc, sent_cc, date_cc, key_cc = ctx
        words = country_words()
        for m in matches:
            if m.unresolved:
                continue
            scopes = (("sentence-country", sent_cc.get(m.sentence, _NONE)),
                      ("document-country", doc_cc), ("dateline-country", date_cc))
            ids = [i for i in m.ids if i not in foreign]
            fids = [i for i in m.ids if i in foreign]
            # "مدينة كلس التركية": the country's adjective right after the name
            adj = self._adjective_after(toks, m) if toks is not None and fids else None
            if adj is not None and not ids and self._team_adjective(toks, m):
                # "برشلونة الإسباني", "روما الإيطالي": a city is feminine (روما الإيطالية);
                # the masculine adjective right after a bare city's name is its team's
                m.dropped = True
                continue
            if fids:
                cued: bool | str = (
                    m.cue in STRONG_CUES or m.key.split(" ", 1)[0] in SETTLEMENT_CUES
                    or bool(m.first and toks is not None
                            and self._is_settlement_cue(toks.words[m.first - 1])))
                if cued and m.cue not in ("city", "governorate") and not m.key.startswith("مدين"):
                    cued = "village"  # قرية، بلدة، حي …: not "مدينة" nor "محافظة"
                if adj is not None and any(self.places[i]["country_code"] == adj
                                           for i in fids):
                    cc, how = adj, "adjective"
                elif not ids and not cued and self._adjective_like(toks, m):
                    cc, how = None, "adjective"  # العاصفة المطرية، الخارجية السويدية
                elif not ids and (beside := self._country_beside(toks, m, fids)) is not None:
                    cc, how = beside, "country-beside"  # PLACES18: "أستراخان جنوب روسيا"
                elif not ids:
                    key = m.key
                    if toks is not None and m.last - m.first == 1:
                        # GAZ28: the word as written, clitics kept, is a listed everyday word
                        # (لايزال "still"), not ل + a city's name one vowel away (آئزال, Aizawl)
                        whole = " ".join(key_tokens(toks.words[m.first]))
                        if whole in self.cues.foreign_words:
                            key = whole
                    cc, how = self._foreign_only(fids, scopes, cued, key,
                                                 self._near_countries(sent_cc, m.sentence))
                else:
                    own = (key_cc.get((m.sentence, m.key)), key_cc.get(m.key),
                           key_cc.get(("d", m.key)))
                    cc, how = self._foreign_pick(ids, fids, tuple(
                        (name, ctx - o if o else ctx)
                        for (name, ctx), o in zip(scopes, own, strict=True)))
                if cc is not None:
                    best = max((i for i in fids if self.places[i]["country_code"] == cc),
                               key=lambda i: self.places[i].get("population") or 0)
                    m.ids, m.rule = (best,), m.rule + f"+foreign:{how}"
                    m.value = self._value(self.places[best], m)
                    continue
                if not ids:  # بلدة الزاوية in a report on Idlib: a village we lack
                    if how == "ambiguous":
                        m.unresolved, m.candidates = "ambiguous", tuple(fids)
                    elif cued and m.relation == "province":  # محافظة الجيزة, Egypt unnamed
                        m.unresolved, m.rule = "governorate not in gazetteer", "cue:governorate"
                    elif cued:
                        m.unresolved, m.rule = "not in gazetteer", "cue:unknown-name"
                    else:
                        m.dropped = True
                    continue
                m.ids = tuple(ids)
            if len(ids) > 1 and toks is not None:
                ctry = [i for i in ids if self.places[i]["kind"] == "country"]
                if len(ctry) == 1 and self._in_country_list(m, matches, toks):
                    ids, m.rule = ctry, m.rule + "+country-list"  # قطر وعمان والكويت: Oman
            if len(ids) > 1 and toks is not None:
                placed = self._country_after(toks, m)
                inside = [i for i in ids if self.places[i]["country_code"] == placed]
                if inside and len(inside) < len(ids):
                    ids, m.rule = inside, m.rule + "+placed-in"  # سنجار , بالعراق
            if len(ids) > 1 and toks is not None:
                admin1 = self._admin1_after(toks, m)
                inside = [i for i in ids if self.places[i].get("admin1") == admin1]
                if admin1 and len(inside) == 1:
                    ids, m.rule = inside, m.rule + "+placed-in-admin1"  # حي الخالدية بحمص
            if len(ids) > 1:
                ids, how = self._disambiguate(ids, sent_admin.get(m.sentence, _NONE),
                                              doc_admin, scopes, anchors)
                if len(ids) != 1:
                    m.unresolved = "ambiguous"
                    m.candidates = tuple(ids)
                    continue
                m.rule += f"+{how}"
            p = self.places[ids[0]]
            if (m.prep_cue or m.needs_support) and not self._corroborated(p, m, doc_admin,
                                                                            doc_cc):
                # بنوى "with nuclei" in a report naming nothing of Daraa; "الميادين" the
                # channel, القريتين "the two villages" in a report on Kirkuk
                m.dropped = True
                continue
            if m.bare_village and self._stray_village(p, m, matches, doc_admin):
                m.unresolved, m.candidates = "far from the places the report names", (p["id"],)
                m.rule += "+elsewhere:stray-village"
                continue
            if m.variant and not self._near_named(p, matches):
                # a spelling one vowel away is taken only where the report is: the
                # document names another place within 50 km of it
                m.unresolved, m.candidates = "not in gazetteer (spelling close to one)", (p["id"],)
                continue
            if p["kind"] in ("village", "town", "district", "camp") and adj is None \
                    and toks is not None:
                adj = self._adjective_after(toks, m)
            if (adj is not None and adj != p["country_code"]
                    and p["kind"] in ("village", "town", "district", "camp")):
                # "تل أبيض التركية" is Akçakale across the border, not Syria's Tall Abyad
                m.unresolved, m.candidates = f"named as in {self._country_name(adj)}", (p["id"],)
                m.rule += "+elsewhere:adjective"
                continue
            away = self._elsewhere(p, m, scopes, doc_cc, key_cc, words.foreign)
            if away is None:
                # a covered neighbour too, named twice in the report: a Syrian village's
                # name in a report on Lebanon that names nothing else of Syria is
                # Lebanon's village (once is not enough: "نزحوا من داريا إلى لبنان")
                away = self._elsewhere(p, m, scopes, doc_cc, key_cc,
                                       _COVERED_SET - {p["country_code"]}, sentence=False)
            if away is not None and m.cue is None and p["kind"] == "village":
                m.dropped = True  # "برقية" (a telegram) in a report on Kuwait: a word
                continue
            if away is not None:
                m.unresolved, m.candidates = f"report is about {away}", (p["id"],)
                m.rule += "+elsewhere:country-context"
                continue
            m.value = self._value(self._curated_region(p, m), m)
        matches[:] = [m for m in matches if not m.dropped]
        if toks is not None:
            self._check_next_region(matches, toks)
            self._check_list_strays(matches, toks)

    def _in_country_list(self, m: Match, matches: list[Match], toks: Toks) -> bool:
        """Whether ``m`` stands in a list (و، ","، "-") next to a country's name."""
        k = next((j for j, o in enumerate(matches) if o is m), -1)
        for o, a, b in ((matches[k - 1] if k > 0 else None, None, m),
                        (matches[k + 1] if 0 <= k < len(matches) - 1 else None, m, None)):
            if o is None or o.unresolved or not o.ids:
                continue
            first, second = (o, b) if a is None else (a, o)
            start2 = second.cue_first if second.cue_first >= 0 else second.first
            if first.last != start2:
                continue
            if not (toks.words[start2].startswith("و")
                    or toks.gaps[start2].strip() in _LIST_GAPS):
                continue
            if all(self.places[i]["kind"] == "country" for i in o.ids):
                return True
        return False

    def _country_evidence(self, matches: list[Match], toks: Toks | None,
                          sent_starts: list[int], dateline: int
                          ) -> tuple[Counter[str], dict[int, Counter[str]], Counter[str],
                                     dict[Any, Counter[str]]]:
        """Country counts of the document, each sentence and the dateline (and per name).

        Demonyms and terms count (every written form looked up as a whole word); so do matched names with one country only:
        countries (ليبيا) and covered places with no foreign homonym.
        """
        doc: Counter[str] = Counter()
        sent: defaultdict[int, Counter[str]] = defaultdict(Counter)
        date: Counter[str] = Counter()
        per_key: defaultdict[Any, Counter[str]] = defaultdict(Counter)  # a name's own share
        if toks is not None:
            forms = country_forms()
            words = toks.words
            found = forms.keys() & words
            for i in compress(count(), map(found.__contains__, words)) if found else ():
                cc = forms[words[i]]
                start = toks.start(i)
                doc[cc] += 1
                sent[bisect_right(sent_starts, start) - 1 if sent_starts else 0][cc] += 1
                if start < dateline:
                    date[cc] += 1
        foreign = self.foreign_ids
        for m in matches:
            if m.unresolved == "province not in gazetteer":  # ولاية واشنطن: the US
                ccs = {self.places[i]["country_code"] for i in m.candidates}
                if len(ccs) == 1:
                    cc = ccs.pop()
                    doc[cc] += 1
                    sent[m.sentence][cc] += 1
                continue
            if m.unresolved or m.bare_village or any(i in foreign for i in m.ids):
                continue  # a bare village name is a word as often: no evidence
            ccs = {self.places[i]["country_code"] for i in m.ids}
            if len(ccs) != 1:
                continue
            cc = ccs.pop()
            doc[cc] += 1
            sent[m.sentence][cc] += 1
            per_key[m.key][cc] += 1
            per_key[(m.sentence, m.key)][cc] += 1
            if toks is not None and toks.start(m.first) < dateline:
                date[cc] += 1
                per_key[("d", m.key)][cc] += 1
        return doc, sent, date, per_key

    def _foreign_pick(self, ids: list[str], fids: list[str],
                      scopes: tuple[tuple[str, Counter[str]], ...]) -> tuple[str | None, str]:
        """The foreign country whose city is meant, by the first scope that tells them apart."""
        f_ccs = {self.places[i]["country_code"] for i in fids}
        c_ccs = {self.places[i]["country_code"] for i in ids}
        for name, ctx in scopes:
            f_best = max(f_ccs, key=lambda c: ctx[c])
            f = ctx[f_best]
            c = max((ctx[x] for x in c_ccs), default=0)
            if f > c:
                return f_best, name
            if c > f:
                return None, name
        return None, "no-country-context"

    def _corroborated(self, p: dict[str, Any], m: Match, doc_admin: Counter[str],
                      doc_cc: Counter[str]) -> bool:
        """Whether the report names ``p``'s governorate (or, for a country, the country)
        other than in ``m`` itself: an unambiguous place there, a demonym, the name."""
        own = 1 if len(m.ids) == 1 and not m.variant else 0  # m counted itself
        if p["kind"] == "country" or not p.get("admin1"):
            return doc_cc[p["country_code"]] - own > 0
        return doc_admin[p["admin1"]] - own > 0

    def _near_named(self, p: dict[str, Any], matches: list[Match], km: float = 50.0) -> bool:
        """Whether another settlement the text names unambiguously lies within ``km``."""
        for o in matches:
            if o.unresolved or o.variant or len(o.ids) != 1:
                continue
            q = self.places[o.ids[0]]
            # a city is named in reports about its whole province: only smaller places
            if q["id"] != p["id"] and q["kind"] in _SETTLEMENTS and q["kind"] != "city" and _km(
                    p["latitude"], p["longitude"], q["latitude"], q["longitude"]) <= km:
                return True
            if q["id"] == p["id"]:
                return True
        return False

    def _stray_village(self, p: dict[str, Any], m: Match, matches: list[Match],
                       doc_admin: Counter[str]) -> bool:
        """A one-word village name with no cue at all (``bare_village``) in a report whose
        other places all lie in other governorates, none within 50 km: a same-named
        spot the gazetteer lacks, or a word (كتيبة يطلق عليها اسم الطواحين "the mills", in
        a report on Quneitra, is not Tartous' village). A report naming nothing else keeps
        it; so does one naming the village's governorate or a settlement near it."""
        if p["kind"] != "village" or not p.get("admin1") or doc_admin[p["admin1"]] > 1:
            return False
        if sum(doc_admin.values()) - doc_admin[p["admin1"]] == 0:
            return False  # no other governorate named: nothing says it is elsewhere
        for o in matches:
            if o is m or o.unresolved or o.variant or len(o.ids) != 1:
                continue
            q = self.places[o.ids[0]]
            if q.get("admin1") == p["admin1"] or (
                    q["kind"] in _SETTLEMENTS and q.get("latitude") is not None
                    and _km(p["latitude"], p["longitude"], q["latitude"], q["longitude"]) <= 50):
                return False
        return True

    def _adjective_like(self, toks: Toks | None, m: Match) -> bool:
        """A definite -ي/-ية word right after a definite word: an adjective agreeing with
        it (العاصفة المطرية "the rainy storm"), whatever city abroad it also names."""
        if toks is None or m.first == 0 or " " in m.key or not toks.adjacent(m.first - 1):
            return False
        w, prev = toks.words[m.first], toks.words[m.first - 1]
        return (w.startswith("ال") and w.endswith(("يه", "ي")) and prev.startswith("ال")
                and len(prev) > 3)

    @staticmethod
    def _prepositional(word: str, key: str) -> bool:
        """Whether ``word`` is the name ``key`` begins with plus a glued preposition
        (بالعراق، لحلب، كدمشق): a phrase of its own, not the second word of a name."""
        stem = key.split(" ", 1)[0]
        if word == stem or not word.endswith(stem):
            return False
        return any(c in "بلك" for c in word[: len(word) - len(stem)])

    def _country_after(self, toks: Toks, m: Match) -> str | None:
        """The country the words right after the name place it in: "سنجار بالعراق",
        "سنجار في العراق", "سنجار , بالعراق", "سنجار، العراق" (a comma may stand between)."""
        j = m.last
        if j >= len(toks) or not _PLACED_GAP.fullmatch(toks.gaps[j]):
            return None
        if toks.words[j] == "في" and j + 1 < len(toks) and toks.adjacent(j):
            j += 1
        hit = self._longest("", toks, j)
        if hit is None:
            return None
        codes = {self.places[i]["country_code"] for i in hit[2]
                 if self.places[i]["kind"] == "country"}
        return codes.pop() if len(codes) == 1 and len(hit[2]) == 1 else None

    def _country_beside(self, toks: Toks | None, m: Match, fids: list[str]) -> str | None:
        """PLACES18: the country of one of ``fids`` (cities abroad) that the words right
        after the name place it in, a side or "capital of" between allowed
        (``country_tie_words``): "أستراخان جنوب روسيا"، "داكا عاصمة بنغلاديش"، "ملابو ( غينيا
        الاستوائية )"، "سنجار بالعراق". Not after a word the name is first (``foreign_words``)."""
        if toks is None or m.key in self.cues.foreign_words:
            return None
        j = m.last
        while (j < len(toks) and j - m.last < 2 and toks.words[j] in self.cues.country_tie_words
               and toks.adjacent(j - 1)):
            j += 1
        if j >= len(toks) or (j == m.last and toks.gaps[j].strip() not in ("", ",", "،", "(")):
            return None
        hit = self._longest("", toks, j)
        codes = {self.places[i]["country_code"] for i in (hit[2] if hit else ())
                 if self.places[i]["kind"] == "country"}
        word = toks.words[m.first]
        if (not codes and hit and j > m.last and toks.words[j - 1] in self.cues.directions
                and m.last - m.first == 1 and word.endswith(m.key)
                and word[: len(word) - len(m.key)] in ("", "و", "ب", "وب")):
            # GEO29: "الفيوم جنوب القاهرة": a side of a city of one country places the name
            # in that country as a side of the country does (a city, not a village: a
            # village's name is carried in many countries); the name as written, or after
            # و/ب only ("ستاد دو فرانس شمال باريس" is no ف + رانس, Reims)
            codes = {self.places[i]["country_code"] for i in hit[2]
                     if (self.places[i]["kind"] in ("city", "governorate", "region")
                     and (self.places[i].get("population") or 0) >= 100_000)
                     or self.places[i]["kind"] in ("governorate", "region")}
        if len(codes) != 1:
            return None
        cc = codes.pop()
        return cc if any(self.places[i]["country_code"] == cc for i in fids) else None

    def _admin1_after(self, toks: Toks, m: Match) -> str | None:
        """The governorate of the city the words right after the name place it in:
        "حي الخالدية بحمص", "حي الزهراء في مدينة حمص", "صوران , ريف حماة" — every reading
        of that city's name (the city, its governorate) lies in one governorate."""
        j = m.last
        if j >= len(toks) or not _PLACED_GAP.fullmatch(toks.gaps[j]):
            return None
        if toks.words[j] == "في" and j + 1 < len(toks) and toks.adjacent(j):
            j += 1
        if toks.words[j] in self.cues.city | self.cues.countryside and j + 1 < len(toks) \
                and toks.adjacent(j):
            j += 1  # في مدينة حمص، بريف حماة
        hit = self._longest("", toks, j)
        if hit is None:
            return None
        places = [self.places[i] for i in hit[2]]
        if any(p["country_code"] not in _COVERED_SET or p["kind"] == "country" for p in places):
            return None
        admins = {p.get("admin1") for p in places}
        return admins.pop() if len(admins) == 1 else None

    def _adjective_after(self, toks: Toks, m: Match) -> str | None:
        """The country whose adjective follows the name (سوتشي الروسية → RU), if any."""
        j = m.last
        if j >= len(toks) or not toks.words[j].startswith("ال") or not toks.adjacent(j - 1):
            return None
        return demonym_adjectives().get(toks.words[j])

    def _apposed(self, toks: Toks, m: Match) -> bool:
        """Whether a settlement noun with its article stands right after the name, in
        apposition ("استهدفت دوما البلدة الرئيسية في الغوطة"): the text calls it a town as
        plainly as a weak cue before it would (VILLAGES10)."""
        return (m.last < len(toks.words) and toks.gaps[m.last].strip() == ""
                and toks.words[m.last] in self.cues.apposed)

    def _battle_head(self, toks: Toks, m: Match) -> bool:
        """Whether a battle's noun governs the name right before it, in the construct state
        ("في معارك الموصل"، "معركة الباب"، "عمليات تحرير الموصل"): the battle is fought in
        the town, as plainly as a weak cue (في الموصل) says (PLACE25). Only for a name the
        stoplist's weak level lets link after a weak cue; a common word's name is not read."""
        if not m.first or not toks.adjacent(m.first - 1):
            return False
        word = toks.words[m.first - 1]
        heads = self.cues.battle_heads
        # not after ل: "استعدادا لمعركة الموصل"، "تمهيدا لاقتحام دوما" is a battle to come, and the
        # event told before it happened elsewhere (R-524#3)
        return word in heads or any(stem in heads and not p.endswith(_ARTICLE) and "ل" not in p
                                    for p, stem in _readings(word))

    @staticmethod
    def _heading(toks: Toks, m: Match) -> bool:
        """Whether the name heads a sentence or a line and a colon follows it: the item
        heading of a news list or a dateline ("الموصل : بدأت القوات …"), which names the
        place as plainly as a weak cue (في الموصل) does."""
        before = toks.gaps[m.first]
        return ((m.first == 0 or "\n" in before or before.strip()[-1:] in (".", "!", "؟", "?"))
                and toks.gaps[m.last].strip()[:1] == ":")

    def _team_adjective(self, toks: Toks | None, m: Match) -> bool:
        """Whether a country's masculine adjective follows a bare name (no cue before it):
        "تغلب بازل السويسري" is the club; the city takes the feminine (بازل السويسرية), and
        a masculine head before the name (معبر، مطار) is a cue, which is not bare."""
        if toks is None or m.cue is not None or m.cue_first >= 0:
            return False
        if m.first and self._is_settlement_cue(toks.words[m.first - 1]):
            return False
        if m.first and toks.adjacent(m.first - 1):
            heads = self.cues.masculine_heads | self.cues.airport_heads
            if any(stem in heads for _p, stem in _readings(toks.words[m.first - 1])):
                return False  # ميناء جيهان التركي، إقليم كرمانشاه الإيراني: the head's adjective
        return not toks.words[m.last].endswith("ه")

    @staticmethod
    def _near_countries(sent_cc: dict[int, Counter[str]], k: int) -> Counter[str]:
        """GAZ27: the countries the sentences around sentence ``k`` name (``NEAR_BEFORE``
        before it, ``NEAR_AFTER`` after, itself included): the story a city abroad stands in,
        on a page of many stories (a news round-up names Syria for pages and Libya for one
        paragraph)."""
        near: Counter[str] = Counter()
        for j in range(k - NEAR_BEFORE, k + NEAR_AFTER + 1):
            near.update(sent_cc.get(j, _NONE))
        return near

    def _foreign_only(self, fids: list[str], scopes: tuple[tuple[str, Counter[str]], ...],
                      cued: bool | str, key: str,
                      near: Counter[str] | None = None) -> tuple[str | None, str]:
        """The country of a city named only abroad (سوتشي، اسطنبول), when the text backs it.

        GeoNames' Arabic alternates of the world's cities include many everyday words and
        first names (الخبر، فلاديمير، الأبيض), and a settlement cue alone does not say
        which country (بلدة الزاوية in a report on Idlib is a village the gazetteer lacks,
        not Libya's city). So the backing is: the sentence names the city's country, or
        the document names it more often than Syria, Lebanon and Iraq together (with a
        settlement cue before the name); or, for the city's own Arabic name (not an
        alternate) of five letters or more, a sentence naming its country when that is
        one of the region's (``foreign`` in ``country_context.yaml``) and the city has
        100,000 people, or a city of a million or more (or a national capital).

        GAZ27: for the city's own Arabic name of five letters or more, any country counts
        in the sentence (غروزني … روسيا، أوباري … ليبيا), whatever its size; so do the
        sentences around it (``near``) when they name the city's country more often than
        Syria, Lebanon and Iraq together (a paragraph on Egypt inside a round-up), and the
        document when it names the country twice and more often than those three.
        """
        cands = [self.places[i] for i in fids]
        if key in self.cues.foreign_words and cued is not True:  # True: after مدينة
            return None, "no-support"
        plain = (len(key.replace(" ", "")) >= 5 and key not in self.cues.foreign_words)
        plain_cands = [p for p in cands if plain and self._is_primary(key, p["id"])]
        region = country_words().foreign
        sent, doc = scopes[0][1], scopes[1][1]
        if cued:
            hit = {p["country_code"] for p in cands if sent[p["country_code"]] >= 1}
            if len(hit) == 1:
                return hit.pop(), scopes[0][0]
            covered = sum(doc[c] for c in COVERED)
            hit = {p["country_code"] for p in cands if doc[p["country_code"]] > covered}
            if len(hit) == 1:
                return hit.pop(), scopes[1][0]
        hit = {p["country_code"] for p in plain_cands if sent[p["country_code"]] >= 1
               and p["country_code"] in region and (p.get("population") or 0) >= 100_000}
        if len(hit) == 1:
            return hit.pop(), scopes[0][0]
        hit = {p["country_code"] for p in plain_cands if sent[p["country_code"]] >= 1}
        if len(hit) == 1:
            return hit.pop(), "sentence-country-any"
        if near is not None and plain_cands:
            covered = sum(near[c] for c in COVERED)
            hit = {p["country_code"] for p in plain_cands if near[p["country_code"]] > covered}
            if len(hit) == 1:
                return hit.pop(), "near-country"
        if plain_cands and cued != "village":
            covered = sum(doc[c] for c in COVERED)
            hit = {p["country_code"] for p in plain_cands
                   if doc[p["country_code"]] >= 2 and doc[p["country_code"]] > covered}
            if len(hit) == 1:
                return hit.pop(), "document-country-plain"
        if not plain_cands or cued == "village":
            # قرى ( دار السلام …): a village cue in a report without the city's country
            # is a local village of that name, not Dar es Salaam
            return None, "no-support"
        # a national capital counts as a city of a million: the news names it as often
        pops = sorted(((max(p.get("population") or 0, 1_000_000 if p.get("capital") else 0),
                        p["id"]) for p in plain_cands), reverse=True)
        if pops[0][0] < 1_000_000:
            return None, "no-support"
        if len(pops) > 1 and pops[0][0] < 10 * max(pops[1][0], 1):
            return None, "ambiguous"
        return self.places[pops[0][1]]["country_code"], "prominence"

    @lru_cache(maxsize=65536)  # noqa: B019
    def _ids_info(self, ids: tuple[str, ...]) -> int:
        """Bits of what the candidates are: all abroad, all villages, all villages or
        towns, any Iraqi place that needs a cue (``_ALL_FOREIGN`` …)."""
        ps = [self.places[i] for i in ids]
        bits = _ALL_FOREIGN if all(i in self.foreign_ids for i in ids) else 0
        if all(p["kind"] == "village" for p in ps):
            bits |= _ALL_VILLAGE
        if all(p["kind"] in ("village", "town") for p in ps):
            bits |= _ALL_SMALL
        if any(p.get("needs_cue") == "always" for p in ps):
            bits |= _ANY_ALWAYS
        return bits

    def _governorate_list(self, toks: Toks, prev: Match) -> bool:
        """Whether ``prev`` is a governorate named after the dual cue (محافظتي) or the next
        one of such a list: the name after it is a governorate too."""
        if prev.rule == "gazetteer:governorate-list" or (
                prev.rule == "gazetteer:governorate-abroad" and prev.cue_first < 0):
            return True
        return (prev.rule in ("gazetteer:governorate-cue", "gazetteer:governorate-abroad")
                and prev.cue_first >= 0 and toks.words[prev.cue_first].endswith("تي"))

    def _named_after_elsewhere(self, text: str, toks: Toks, m: Match) -> bool:
        """A building named after a city of another country, placed in the same phrase
        (مستشفى القدس في مدينة حلب، مستشفى بغداد بدير الزور): the city names the building.

        Only with a place of another country after (within ``NAMED_AFTER_REACH`` words of one
        unbroken phrase, after في or a glued ب): "مستشفى بغداد" alone may be in Baghdad, and
        "جامعة بغداد في العراق" is. PLACESRC10: the phrase may run on through a relative clause
        ("مستشفى القدس الذي كانت تدعمه بمنطقة يسيطر عليها مقاتلو المعارضة بمدينة حلب")."""
        tw = toks.words
        own = {self.places[i]["country_code"] for i in m.ids}
        seen_in = False
        for k in range(m.last, min(len(tw), m.last + NAMED_AFTER_REACH)):
            if not toks.adjacent(k - 1):
                return False
            w = tw[k]
            seen_in = seen_in or w == "في" or (w.startswith(("ب", "وب")) and len(w) > 3)
            if not seen_in or w == "في":
                continue
            hit = self._longest(text, toks, k)
            if hit is None:
                continue
            codes = {self.places[i]["country_code"] for i in hit[2]}
            kinds = {self.places[i]["kind"] for i in hit[2]}
            return bool(codes) and not codes & own and "country" not in kinds
        return False

    @lru_cache(maxsize=65536)  # noqa: B019
    def _before_bits(self, word: str) -> int:
        """1: a building noun (مسجد), 2: a person's title (الصحفية), 4: a verb of saying,
        8: the first word of a compound name (كفر، تل …)."""
        c = self.cues
        return ((1 if _word_in(word, c.buildings) else 0)
                | (2 if _word_in(word, c.person_titles) else 0)
                | (4 if _word_in(word, c.saying_verbs) else 0)
                | (8 if _word_in(word, c.compound_prefixes) else 0))

    @lru_cache(maxsize=8192)  # noqa: B019
    def _needs_cue_abroad(self, key: str) -> bool:
        """Only cities abroad are called ``key``, and none as its own 5+ letter name."""
        ids = self.by_key.get(key, ())
        return bool(ids) and all(i in self.foreign_ids for i in ids) and not \
            self._foreign_plain(key)

    @lru_cache(maxsize=65536)  # noqa: B019
    def _cue_word(self, word: str) -> bool:
        """Whether ``word`` (clitics peeled) is a cue that can stand before a place name."""
        c = self.cues
        cues = (c.strong | c.district | c.governorate | c.city | c.countryside | c.desert
                | c.media | c.province | frozenset(SETTLEMENT_CUES))
        return _word_in(word, cues)

    @lru_cache(maxsize=8192)  # noqa: B019
    def _foreign_plain(self, key: str) -> bool:
        """Whether ``key`` is, for some city abroad, its own Arabic name of 5+ letters."""
        if len(key.replace(" ", "")) < 5 or key in self.cues.foreign_words:
            return False
        return any(self._is_primary(key, i) for i in self.by_key.get(key, ())
                   if i in self.foreign_ids)

    def _is_primary(self, key: str, pid: str) -> bool:
        """``key`` is the city's own Arabic name, or it with one long vowel more or less
        (GeoNames' pick مادرىد for the مدريد reports write), or another transliteration
        of it (:func:`transliteration_key`: طوكيو/توكيو, شيكاغو/شيكاجو, طشقند/تاشقند)."""
        primary = self._primary_key(pid)
        return key == primary or (" " not in key and one_vowel_apart(key, primary)) or (
            transliteration_key(key) == transliteration_key(primary))

    @lru_cache(maxsize=8192)  # noqa: B019
    def _primary_key(self, pid: str) -> str:
        return " ".join(key_tokens(self.places[pid]["name_ar"]))

    def _elsewhere(self, p: dict[str, Any], m: Match,
                   scopes: tuple[tuple[str, Counter[str]], ...], doc: Counter[str],
                   key_cc: dict[Any, Counter[str]], foreign: frozenset[str],
                   sentence: bool = True) -> str | None:
        """The uncovered country a report is plainly about, when ``p`` cannot be its place.

        Only a village, town or district: a report about Libya may well name Damascus.
        "Plainly": the sentence names the foreign country (or the document does twice) and
        nothing else in the document is of ``p``'s country.
        """
        if p["kind"] not in ("village", "town", "district") or p.get("foreign"):
            return None
        cc = p["country_code"]
        if doc[cc] - key_cc.get(m.key, _NONE)[cc] > 0:
            return None
        sent, docs = scopes[0][1], scopes[1][1]
        for ctx, least in ((sent, 1), (docs, 2)) if sentence else ((docs, 2),):
            # a curated place abroad (a Cairo district) is not elsewhere in a report on its country
            best = max((c for c in ctx if c in foreign and c != cc), key=lambda c: ctx[c],
                       default=None)
            if best is not None and ctx[best] >= least:
                return self._country_name(best)
        return None

    @lru_cache(maxsize=256)  # noqa: B019
    def _country_name(self, iso: str) -> str:
        p = self.places.get(f"country:{iso}")
        return p["name"] if p else iso

    def _check_next_region(self, matches: list[Match], toks: Toks) -> None:
        """"السخنة بريف حلب": a town followed by another governorate's region is not ours;
        nor is "حي الجورة بدمشق" Deir ez-Zor's al-Joura (a district, then another city).

        The gazetteer's al-Sukhnah is in Homs; a report that places it in rural Aleppo means
        a different village of that name, which the gazetteer lacks: unresolved.
        """
        for a, b in pairwise(matches):
            first_b = b.cue_first if b.cue_first >= 0 else b.first
            if self._other_country_next(a, b, first_b, toks):
                continue
            if b.relation == "near" and self._far_from_anchor(a, b, first_b, toks):
                continue
            if a.value is None or b.value is None or first_b - a.last > 1 or a.relation:
                continue
            if a.value["kind"] not in ("village", "town", "city", "district"):
                continue
            # "حي الجورة بدمشق": a district followed by another governorate's city
            city_of_district = a.value["kind"] == "district" and b.value["kind"] == "city"
            if (b.relation not in ("countryside", "desert") and b.value["kind"] != "governorate"
                    and not city_of_district):
                continue
            # only "X بريف Y" / "X في ريف Y" place X inside Y; "X وريف Y" is a list
            between = toks.words[a.last:first_b]
            if between != ["في"] and not (not between and toks.words[first_b].startswith("ب")):
                continue
            if a.value.get("admin1") and b.value.get("admin1") and \
                    not _same_governorate(a.value["admin1"], b.value["admin1"]):
                a.unlink("governorate named next to it differs")

    def _check_list_strays(self, matches: list[Match], toks: Toks) -> None:
        """"تل رفعت , منغ , المالكية , مارع , اعزاز": a village or town in a list whose other
        names (three at least) are settlements of one other governorate, none within
        ``LIST_KM`` of it, is a same-named place the gazetteer lacks there (not al-Malikiyah
        in Hasakah): unresolved, never the far one. Only names with no cue word of their own
        (the cue before a list, قرى …, is shared)."""
        gaps, words, run = toks.gaps, toks.words, 0  # run: first match of the current list
        for k in range(1, len(matches) + 1):
            if k < len(matches):
                m, prev = matches[k], matches[k - 1]
                first = m.cue_first if m.cue_first >= 0 else m.first
                if first == prev.last:
                    gap = gaps[first].strip()
                    if gap in _LIST_GAPS or (not gap and words[first].startswith("و")):
                        continue  # the list goes on
            if k - run >= 3:
                self._list_strays(matches[run:k], toks)
            run = k

    def _list_strays(self, chain: list[Match], toks: Toks) -> None:
        """The strays of one list (:meth:`_check_list_strays`). A settlement of another
        country than all its list's places, two villages or towns of one governorate at
        least, is a stray too, a city among them ("قرى الجلاء , الرمادي , المسلخة": a
        village of Deir ez-Zor, not Iraq's Ramadi) when a plural cue (قرى، بلدات …) opens the
        list: its cue says what its names are (PLACES15)."""
        placed = [m for m in chain if m.value is not None and m.value["kind"] in _SETTLEMENTS
                  and not m.relation]
        opener = chain[0].cue_first if chain[0].cue_first >= 0 else chain[0].first
        plural = any(_word_in(w, self.cues.plural_cues) for w in toks.words[max(0, opener - 1):chain[0].first])
        strays: list[tuple[Match, str]] = []
        for m in placed:
            if len(m.ids) != 1 or (m.first and self._cue_word(toks.words[m.first - 1])):
                continue  # "قرية المالكية": a cue of its own (a list's first cue is shared)
            others = [o for o in placed if o is not m]
            admins = {o.value.get("admin1") for o in others}
            if len(admins) != 1 or m.value.get("admin1") in admins or None in admins:
                continue
            abroad = len(others) >= 2 and plural and all(
                o.value["country"] != m.value["country"] and o.value["kind"] in _SMALL for o in others)
            if not abroad and (len(others) < 3 or m.value["kind"] not in _SMALL
                               or not m.value.get("admin1")):
                continue
            if any(_km(m.value["latitude"], m.value["longitude"], o.value["latitude"],
                       o.value["longitude"]) <= LIST_KM for o in others):
                continue
            strays.append((m, admins.pop()))
        for m, admin1 in strays:  # decided on the list as read, then applied
            m.unlink(f"{LIST_STRAY}{admin1}", "+elsewhere:list")

    def _far_from_anchor(self, a: Match, b: Match, first_b: int, toks: Toks) -> bool:
        """"السويداء , شرق الرقة": a settlement placed by the next words east (west …) of
        another settlement is near it. When the place linked for the first name lies more
        than ``ANCHOR_KM`` from the second, the report means a same-named place the
        gazetteer lacks (a hamlet east of Raqqa, not the city of Suwayda 400 km away):
        unresolved, never the far one."""
        if (a.value is None or b.value is None or a.relation or b.relation != "near"
                or first_b != a.last or toks.gaps[first_b].strip() not in ("", ",", "،")
                or toks.words[first_b].startswith("و")):  # "إدلب وجنوبي دمشق": a list
            return False
        if a.value["kind"] not in _SETTLEMENTS or \
                self.places[b.value["gazetteer_id"]]["kind"] not in _SETTLEMENTS:
            return False
        if _km(a.value["latitude"], a.value["longitude"], b.value["latitude"],
               b.value["longitude"]) <= ANCHOR_KM:
            return False
        a.unlink(f"placed near {b.value['name']}, far from it", "+elsewhere:anchor")
        return True

    def _other_country_next(self, a: Match, b: Match, first_b: int, toks: Toks) -> bool:
        """"بلدة داريا في قضاء الشوف جنوب لبنان": a town of one covered country placed, in
        the same phrase, in another country (a governorate, a region, the country itself,
        or "south of" it) is a same-named place the gazetteer lacks: unresolved.

        The phrase: at most four words between, no punctuation, and the second place
        introduced by في, an attached ب or a direction word (not a list: "داريا ولبنان").
        """
        if a.value is None or b.value is None or a.relation or first_b - a.last > 4:
            return False
        if (a.value["kind"] not in ("village", "town", "district")
                or self.places[a.value["gazetteer_id"]]["country_code"] not in COVERED):
            return False
        bv = b.value
        between = toks.words[a.last:first_b]
        # "بقرية الجورة في مدينة الشيخ زويد": a city of another country after في places it too
        in_city = bv["kind"] in ("city", "town") and between[:1] == ["في"]
        if bv["country"] == a.value["country"] or not (
                bv["kind"] in ("governorate", "country", "region") or b.relation == "near"
                or in_city):
            return False
        if any(toks.gaps[k].strip() for k in range(a.last, first_b + 1)):
            return False
        word_b = toks.words[first_b]
        if not ((between and between[0] == "في") or b.relation == "near"
                or (not between and (word_b.startswith("ب") or (
                    word_b in self.cues.directions and not word_b.startswith("ال"))))):
            return False
        a.unlink(f"named as in {bv['country']}", "+elsewhere:next-place")
        return True

    def _disambiguate(self, ids: list[str], sent: Counter[str], doc: Counter[str],
                      countries: tuple[tuple[str, Counter[str]], ...] = (),
                      anchors: list[dict[str, Any]] | None = None
                      ) -> tuple[list[str], str]:
        pops = sorted(((self.places[i].get("population") or 0, i) for i in ids), reverse=True)
        if (pops[0][0] >= 100_000 and pops[0][0] >= 10 * max(pops[1][0], 1)
                and len({self.places[i]["country_code"] for i in ids}) > 1
                and all(self.places[i]["kind"] in _SETTLEMENTS for i in ids)):
            # GEO29: a large city of one country and small places of another (Sidon and
            # Daraa's Saida): only the sentence tells them apart; a page that names the
            # small one's governorate elsewhere still means the city ("تفجير صيدا" in a
            # digest on Daraa)
            hit = [i for i in ids if self.places[i].get("admin1") in sent]
            if len(hit) == 1:
                return hit, "sentence-admin1"
            if countries:
                name, sc = countries[0]
                score = {i: sc[self.places[i]["country_code"]] for i in ids}
                top = max(score.values())
                best = [i for i in ids if score[i] == top]
                if top > 0 and len(best) == 1:
                    return best, name
            return [pops[0][1]], "prominence"
        for scope, ctx in (("sentence-admin1", sent), ("document-admin1", doc)):
            if scope == "document-admin1" and countries:
                # homonyms in two countries: the sentence's own country (a demonym, a
                # country, another place there) outweighs a governorate named elsewhere in
                # the report (سنجار beside العراقية in a digest that also names Idlib)
                name, sc = countries[0]
                score = {i: sc[self.places[i]["country_code"]] for i in ids}
                top = max(score.values())
                best = [i for i in ids if score[i] == top]
                if top > 0 and len(best) == 1 and len(
                        {self.places[i]["country_code"] for i in ids}) > 1:
                    return best, name
            hit = [i for i in ids if self.places[i].get("admin1") in ctx]
            if len(hit) == 1:
                return hit, scope
            if len(hit) > 1:
                ids = hit
        if anchors:
            # neither governorate named (سنجار in a report on Erbil and Qandil): the place
            # near the settlements the report names, when one is plainly nearer
            near = {i: min((_km(self.places[i]["latitude"], self.places[i]["longitude"],
                                a["latitude"], a["longitude"]) for a in anchors if a["id"] != i),
                           default=1e9) for i in ids}
            best = min(ids, key=near.__getitem__)
            d = near[best]
            if d <= NEAR_KM and all(near[j] >= NEAR_RATIO * max(d, 10.0)
                                    for j in ids if j != best):
                return [best], "nearest-named"
        # places of several countries: the country the sentence, the document, the
        # dateline names most
        for scope, ctx in countries:
            score = {i: ctx[self.places[i]["country_code"]] for i in ids}
            top = max(score.values())
            if top > 0 and sum(1 for v in score.values() if v == top) < len(ids):
                ids = [i for i in ids if score[i] == top]
                if len(ids) == 1:
                    return ids, scope
        # one far larger place (a city among villages of the same name)
        pops = sorted(((self.places[i].get("population") or 0, i) for i in ids), reverse=True)
        if pops[0][0] >= 100_000 and pops[0][0] >= 10 * max(pops[1][0], 1):
            return [pops[0][1]], "prominence"
        return ids, "ambiguous"

    def _curated_region(self, p: dict[str, Any], m: Match) -> dict[str, Any]:
        """"الريف الشرقي لمحافظة حمص" is the curated "ريف حمص الشرقي" when there is one; the
        countryside of a city whose countryside is a governorate of its own ("الريف الغربي
        لدمشق", "دمشق وريفها": Rural Damascus, ريف دمشق) is that governorate, or its side."""
        if m.relation == "countryside" and p["kind"] != "governorate":
            govs = [self.places[i] for i in self.by_key.get(
                " ".join(key_tokens(f"ريف {p['name_ar']}")), ())
                if self.places[i]["kind"] == "governorate"
                and self.places[i]["country_code"] == p["country_code"]]
            if len(govs) == 1:
                m.relation = "part" if m.direction else None
                if m.relation is None:
                    m.direction = None
                m.rule += "+countryside-governorate"
                return govs[0]
        if m.relation != "countryside" or not m.direction or "-" in m.direction:
            return p
        base = p
        if p["kind"] == "governorate" and p.get("capital"):
            base = self.places[p["capital"]]
        ar = self.cues.direction_names[m.direction][2]
        for name in base["names_ar"]:
            ids = self.by_key.get(" ".join(key_tokens(f"ريف {name} {ar}")), ())
            regions = [self.places[i] for i in ids if self.places[i]["kind"] == "region"]
            if len(regions) == 1:
                m.relation, m.direction, m.rule = None, None, m.rule + "+curated-region"
                return regions[0]
        return p

    def _value(self, p: dict[str, Any], m: Match) -> dict[str, Any]:
        kind = p["kind"]
        precision = p.get("geo_precision") or (3 if kind in ("governorate", "country") else 1)
        value = {
            "name": p["name"], "name_ar": p["name_ar"], "country": p["country"],
            "admin1": p.get("admin1"), "admin2": p.get("admin2"),
            "latitude": p["latitude"], "longitude": p["longitude"],
            "geo_precision": precision, "gazetteer_id": p["id"], "kind": kind,
            "source": p["source"],
        }
        if m.relation:  # a countryside, a side or "near X": X's district is not known
            value["admin2"] = None
        capital_like = kind in ("governorate", "region", "country") or (
            kind == "city" and (p.get("population") or 0) >= 100_000)
        names = self.cues.direction_names
        if m.relation in ("countryside", "desert"):
            side = m.direction
            label_en = _side_label(side, names) + " " if side else ""
            what = "countryside" if m.relation == "countryside" else "desert"
            ar = ("ريف " if m.relation == "countryside" else "بادية ") + p["name_ar"]
            if side:
                ar += " " + " ".join(names[s][2] for s in side.split("-"))
            value.update({
                "name": f"{label_en}{p['name']} {what}".strip(), "name_ar": ar,
                "kind": "region", "relation": m.relation, "direction": side,
                "geo_precision": 3 if capital_like or m.relation == "desert" else 2,
            })
        elif m.relation == "near":
            value.update({"relation": "near", "direction": m.direction,
                          "geo_precision": 3 if capital_like and kind != "city" else 2})
        elif m.around and m.relation is None and kind in _AROUND_KINDS:
            # PLACES18: "قرب مدينة الميادين"، "في محيط بلدة مورك": ACLED codes the named town, precision 2
            value.update({"relation": "near", "direction": None, "geo_precision": 2})
        elif m.relation == "province":  # ولاية ديار بكر: the province its seat stands for
            value.update({"relation": "province", "kind": "region", "geo_precision": 3,
                          "admin2": None, "name": f"{p['name']} province"})
        elif m.relation == "part":
            label = _side_label(m.direction, names) if m.direction else ""
            value.update({"relation": "part", "direction": m.direction, "kind": "region",
                          "name": f"{label} {p['name']}".strip(), "geo_precision": 3})
        return value


def _side_label(side: str, names: dict[str, list[str]]) -> str:
    """``east`` → ``eastern``; ``north-west`` → ``north-western``."""
    parts = side.split("-")
    return "-".join([*parts[:-1], names[parts[-1]][0]])


@cache
def linker() -> Linker:
    """The shared linker (gazetteer and cues loaded once per process)."""
    return Linker(load(), load_cues())


@dataclass(frozen=True, slots=True)
class Found:
    """A place mention in the caller's text: offsets, surface, and value or reason."""

    start: int
    end: int
    surface: str
    rule: str
    value: dict[str, Any] | None
    unresolved: dict[str, Any] | None
    named: bool = False  # a resolved name inside a longer name (مؤتمر جنيف): no place mention


def link(text: str, sentences: list[tuple[int, int]] | None = None, named: bool = False) -> list[Found]:
    """Place mentions of ``text`` (original offsets), each resolved or unresolved.

    ``sentences`` are ``(start, end)`` offsets in ``text``; sentence context is used
    first when same-named places compete. ``named``: also the resolved names inside longer
    names (``Found.named``: مؤتمر جنيف), after the place mentions.
    """
    lk = linker()
    norm = normalize(text)
    t = norm.text
    toks = lk._tokens(t)
    matches = lk.find(t, toks)
    sentence_of: dict[int, int] = {}
    if sentences and matches:
        starts = sorted(norm_start(norm, s) for s, _e in sentences)
        for m in matches:
            sentence_of[m.first] = bisect_right(starts, toks.start(m.first)) - 1
    starts = sorted(norm_start(norm, s) for s, _e in sentences) if sentences else []
    inside = lk.named if named else []
    lk.resolve(matches, sentence_of, toks, starts, dateline_end(t))
    if matches:  # PLACE10: an unknown settlement takes the place the text puts it in
        lk.tie_unknowns(toks, matches)
        lk.tie_areas(toks, matches)  # GAZ11: "منطقة X بريف Y"
        lk.tie_contained(toks, matches)  # PLACES17: the one area its sentence or page names
    out = []
    for m in matches:
        first = m.cue_first if m.cue_first >= 0 else m.first
        s, e = norm.orig_span(toks.start(first), toks.end(m.last - 1) - m.trim)
        surface = text[s:e]
        if (m.ids and surface.endswith("ه") and not lk.written_h(m.key)
                and m.cue not in STRONG_CUES):
            continue  # مرقده ("his shrine") is not مرقدة: the written ه/ة differ
        if m.value is not None:
            value = dict(m.value, matched=surface)
            out.append(Found(s, e, surface, m.rule, value, None))
        else:
            reason: dict[str, Any] = {"name": surface, "reason": m.unresolved}
            if m.candidates:
                reason["candidates"] = list(m.candidates)
            if m.tied is not None and m.tied.value is not None:
                name = surface  # "وحردانة": the list's و is no letter of the name
                if m.rule.endswith("list-name") and name[:1] == "و" and len(name) > 3:
                    name = name[1:]
                elif name.startswith("وال") and len(name) > 5:
                    name = name[1:]  # "ومسرابا والمرج": no name opens with و + the article
                reason["place"] = tied_place(name, m.tied.value, m.tie, m.tie_kind)
            out.append(Found(s, e, surface, m.rule, None, reason))
    return out + _named_found(text, norm, toks, inside, starts, dateline_end(t))


def _named_found(text: str, norm: Any, toks: Toks, named: list[Match], starts: list[int],
                 dateline: int) -> list[Found]:
    """The names inside longer names (``Linker.named``: مؤتمر جنيف، محادثات أستانا) that resolve
    on their own, as ``named`` finds: not where anything happened, but a round of talks named
    after its venue was held there (``PLACE_NAMED``, read by rasd.events.interact, TALKS13)."""
    if not named:
        return []
    sentence_of = {m.first: bisect_right(starts, toks.start(m.first)) - 1 for m in named} if starts else {}
    linker().resolve(named, sentence_of, toks, starts, dateline)
    out = []
    for m in named:
        if m.value is not None:
            s, e = norm.orig_span(toks.start(m.first), toks.end(m.last - 1) - m.trim)
            out.append(Found(s, e, text[s:e], m.rule, dict(m.value, matched=text[s:e]), None, named=True))
    return out


def norm_start(norm: Any, orig_offset: int) -> int:
    """The normalised offset of an original offset (first normalised index at or after)."""
    return norm.norm_index(orig_offset)


def iter_names(gz: Gazetteer | None = None) -> Iterator[tuple[str, str]]:
    """(normalised name, id) for every name in the gazetteer (for reports and tests)."""
    gz = gz or load()
    for name, ids in gz.names.items():
        for pid in ids:
            yield " ".join(key_tokens(name)), pid


def tied_place(name_ar: str, where: dict[str, Any], tie: str,
               kind: str = "unresolved") -> dict[str, Any]:
    """A schema place for a settlement the gazetteer lacks that the text puts in (or near,
    or lists with) the resolved place ``where``: the settlement's own name as written
    (``name_ar``; ``name`` a plain-Latin romanisation), ``where``'s point and admin names,
    no gazetteer id, ``"unresolved": true`` and the kind its cue names (``kind``: village,
    town, city; a quarter (حي X) of a named town is ``district``, named "Town - X" as ACLED
    names a city's districts; "unresolved" otherwise, and after مخيم). ACLED ``geo_precision`` 2 ("a part of a region
    or a nearby town is used") — 3 when only a governorate holds it, as for the governorate
    itself."""
    from rasd.kb.gazetteer import romanise

    wide = where.get("kind") in ("governorate", "admin1") or (where.get("geo_precision") or 3) >= 3
    name = romanise(name_ar)
    if kind == "district":  # حي X: ACLED's "City - District" when the text names its town
        if where.get("kind") in _SETTLEMENTS - {"district", "camp"}:
            name = f"{where.get('name')} - {name}"
        else:
            kind = "unresolved"
    return {
        "name": name, "name_ar": name_ar, "country": where.get("country"),
        "admin1": where.get("admin1"), "admin2": where.get("admin2"),
        "latitude": where.get("latitude"), "longitude": where.get("longitude"),
        "geo_precision": 3 if wide else 2, "gazetteer_id": None, "kind": kind,
        "unresolved": True, "within": where.get("name"), "within_id": where.get("gazetteer_id"),
        "tie": tie,
        "source": f"not in the gazetteer; the point of {where.get('name')}, "
                  + _AREA_NOTES.get(tie, "where the text puts it"),
    }


SHORT_CLAUSE = 32  # words (places) read one by one; more are bisected (Linker._another_clause)


def _valued_by_sentence(matches: list[Match]) -> dict[int, list[Match]]:
    """The resolved matches (a value) of each sentence, in order: a rule asking for the places
    of an unknown settlement's sentence reads them here, not every match of the page (a page of
    n villages asked n times, ROBUST27)."""
    out: dict[int, list[Match]] = {}
    for x in matches:
        if x.value is not None:
            out.setdefault(x.sentence, []).append(x)
    return out
