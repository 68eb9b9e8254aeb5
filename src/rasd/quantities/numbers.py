"""Arabic numbers in digits and words, with approximations and ACLED's vague counts.

``parse_number`` reads one whole expression ("خمسمائة و خمسة و عشرون", "١٠٬٠٠٠", "2 مليون")
and ``scan_numbers`` finds every number in a text with its offsets. Words are combined the
usual way: units, teens (unit + عشر), tens and hundreds joined by و, a scale word (ألف،
مليون) multiplying what came before. Approximators before or after a number
("ما لا يقل عن 14", "38 على الأقل") set ``approx``; vague counts (عشرات = 12, مئات = 100,
عدد من = 3) follow ACLED's conventions and are listed in ``data/quantities/numbers.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasd.quantities.lexicon import NumberLexicon, number_lexicon
from rasd.quantities.tokens import Tokens, clitic_forms, normalize, tokenize

Number = int | float
_DIGITS = frozenset("0123456789")
_BETWEEN = frozenset({"بين", "مابين", "وبين"})
_RANGE_LINKS = frozenset({"-", "الي", "حتي", "او", "لـ"})


@dataclass(slots=True)
class Found:
    """A number found over tokens ``first`` .. ``last - 1``."""

    first: int
    last: int
    value: Number
    approx: str
    rule: str
    num_end: int = -1  # token after the number itself (before a noun and "على الأقل")
    high: Number | None = None  # upper bound of a stated range ("بين 20 و30")


def _digits(token: str) -> Number | None:
    """``100,000`` → 100000, ``1.10`` → 1.1, ``.77`` → 0.77, ``1,000.50`` → 1000.5."""
    if "," in token and "." in token:
        whole, _, frac = token.rpartition(".")
        head = _digits(whole)
        if not isinstance(head, int) or "." in whole or not frac.isdecimal():
            return None
        return head + int(frac) / 10 ** len(frac)
    if "," in token:
        head, *groups = token.split(",")
        if head and all(len(g) == 3 for g in groups):
            return int(head + "".join(groups))
        if len(groups) == 1:
            token = token.replace(",", ".")
        else:
            return None
    if "." in token:
        try:
            value = float(token)
        except ValueError:
            return None
        return int(value) if value.is_integer() and token.count(".") == 0 else value
    return int(token) if token.isdecimal() else None


def _clean(value: Number) -> Number:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class _Reader:
    """Parses one number phrase starting at a token."""

    def __init__(self, lex: NumberLexicon):
        self.lex = lex

    def component(self, t: list[str], k: int) -> tuple[int, int, str] | None:
        """(tokens used, value, kind) of one number component at ``k``."""
        lex, w = self.lex, t[k]
        nxt = t[k + 1] if k + 1 < len(t) else ""
        if w in lex.units:
            v = lex.units[w]
            if nxt in lex.ten_words and v < 10:
                return 2, v + 10, "teen"
            if nxt in lex.hundreds and lex.hundreds[nxt] == 100 and 3 <= v <= 9:
                return 2, v * 100, "hundred"
            return 1, v, "unit"
        if w in lex.tens:
            return 1, lex.tens[w], "ten"
        if w in lex.hundreds:
            return 1, lex.hundreds[w], "hundred"
        if w in lex.scale_duals:
            return 1, lex.scale_duals[w], "dual"
        if w in lex.scales:
            return 1, lex.scales[w], "scale"
        return None

    def words(self, t: list[str], i: int) -> tuple[int, Number] | None:
        total = current = 0
        k, got, end = i, False, i
        while k < len(t):
            joined = False
            w = t[k]
            if w == "و" and got:
                k += 1
                joined = True
                if k >= len(t):
                    break
                w = t[k]
            elif got and w.startswith("و"):
                joined = True
            comp = self.component(t, k)
            if comp is None:
                break
            used, v, kind = comp
            if kind == "scale":
                if got and not joined:
                    current = (current or 1) * v
                    total += current
                    current = 0
                elif not got:
                    total += v
                else:
                    break
            elif got and not joined:
                break
            elif kind == "dual":
                total += v
            else:
                current += v
            got = True
            k += used
            end = k
        if not got:
            return None
        return end, total + current

    def read(self, t: list[str], i: int) -> tuple[int, Number] | None:
        """(end token, value) of the number phrase at ``i``, digits or words."""
        lex = self.lex
        w = t[i]
        if w[0].isdigit() or (w[0] in ".," and len(w) > 1):
            value = _digits(w)
            if value is None:
                return None
            end = i + 1
            if end < len(t) and (t[end] in lex.scales or t[end] in lex.scale_duals):
                scale = lex.scales.get(t[end]) or lex.scale_duals[t[end]] // 2
                value, end = value * scale, end + 1
                # "60 ألفا و 318": the rest below the scale
                rest = t[end + 1] if end + 1 < len(t) and t[end] == "و" else ""
                if rest.isdecimal() and int(rest) < scale:
                    value, end = value + int(rest), end + 2
        else:
            got = self.words(t, i)
            if got is None:
                return None
            end, value = got
        if end + 1 < len(t) and t[end] in lex.decimal_words:
            frac = t[end + 1]
            if frac.isdecimal():
                digits = frac
            else:
                part = self.words(t, end + 1)
                digits = str(part[1]) if part else ""
                if part:
                    frac_end = part[0]
            if digits:
                value = value + int(digits) / 10 ** len(digits)
                end = end + 2 if frac.isdigit() else frac_end
        return end, _clean(value)


@cache
def _reader() -> _Reader:
    return _Reader(number_lexicon())


@cache
def _phrase_index(which: str) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """First token (with clitic forms) → [(rest of phrase, value)], longest first."""
    lex = number_lexicon()
    table = {"before": lex.approx_before, "after": lex.approx_after, "vague": lex.vague}[which]
    index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
    for phrase, value in table.items():
        for form in clitic_forms(phrase[0]):
            index.setdefault(form, []).append((phrase[1:], value))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _match_at(t: list[str], k: int, which: str) -> tuple[int, object] | None:
    """(end, value) of the longest ``which`` phrase starting at token ``k``."""
    for rest, value in _phrase_index(which).get(t[k], ()):
        if tuple(t[k + 1:k + 1 + len(rest)]) == rest:
            return k + 1 + len(rest), value
    return None


def _approx_before(t: list[str], i: int) -> tuple[int, str] | None:
    """(first token, approx) of an approximator ending right before token ``i``."""
    for back in (4, 3, 2, 1):
        k = i - back
        if k < 0:
            continue
        got = _match_at(t, k, "before")
        if got and got[0] == i:
            return k, str(got[1])
    return None


def parse_number(text: str) -> Number | None:
    """The value of a whole number expression, or None when ``text`` is not one number.

    Also reads a leading minus sign and digit fractions ("٧٧/١٠٠" → 0.77), which only make
    sense for a standalone expression.
    """
    toks = tokenize(normalize(text.strip()))
    t = toks.text
    if not t:
        return None
    sign, i = 1, 0
    if t[0] == "-" and len(t) > 1:
        sign, i = -1, 1
    got = _reader().read(t, i)
    if got is None:
        return None
    end, value = got
    if end + 2 == len(t) and t[end] == "/" and t[end + 1].isdecimal() and int(t[end + 1]):
        value, end = _clean(value / int(t[end + 1])), end + 2
    if end != len(t):
        return None
    return _clean(sign * value)


def scan_tokens(toks: Tokens, skip: set[int] | None = None) -> list[Found]:
    """Every number in ``toks`` (tokens in ``skip`` are never part of one)."""
    t = toks.text
    starts = _starts()
    reader = _reader()
    vague = _phrase_index("vague")
    out: list[Found] = []
    n = len(t)
    # w < ":" keeps digit tokens (and ASCII punctuation) without slicing a string per token
    candidates = [k for k in toks.candidates() if t[k] in starts or t[k] in vague or t[k] < ":"]
    after = 0
    for i in candidates:
        if i < after:
            continue
        w = t[i]
        if skip and i in skip:
            continue
        if w < ":" and not (w[0] in _DIGITS or (w[0] in ".," and len(w) > 1)):
            continue
        if w[0] in _DIGITS or w[0] in ".," or w in starts:
            got = reader.read(t, i)
            if got is not None:
                end, value = got
                if skip and any(k in skip for k in range(i, end)):
                    end = next(k for k in range(i, end) if k in skip)
                    got2 = reader.read(t[:end], i) if end > i else None
                    if got2 is None:
                        continue
                    end, value = got2
                num_end = end
                first, approx, rule = i, "exact", "number:digits" if w[0].isdigit() else "number:words"
                high = None
                between = i > 0 and t[i - 1] in _BETWEEN
                link = t[end] if end < n else ""
                if (link in _RANGE_LINKS or (between and link == "و")) and end + 1 < n:
                    # "بين 20 و30", "20 - 30", "من 20 إلى 30": ACLED keeps the lower bound
                    nxt = t[end + 1]
                    upper = reader.read(t, end + 1) if (nxt[0] in _DIGITS or nxt in starts) \
                        and not (skip and end + 1 in skip) else None
                    if upper is not None and upper[1] > value and (between or link != "و"):
                        high, end = upper[1], upper[0]
                        num_end = end
                        first = i - 1 if between else i
                        approx, rule = "at least", rule + "+range"
                before = _approx_before(t, first)
                if before:
                    first, approx = before
                    rule += "+approx-before"
                after = _match_at(t, end, "after") if end < n else None
                if after is None and end + 1 < n and t[end][0].isalpha() and t[end] not in starts:
                    after = _match_at(t, end + 1, "after")  # "38 عنصرا على الأقل"
                if after:
                    end, approx = after[0], str(after[1])
                    rule += "+approx-after"
                out.append(Found(first, end, value, approx, rule, num_end, high))
                after = end
                continue
        if w in vague:
            got = _match_at(t, i, "vague")
            if got and not (got[0] < n and (t[got[0]][0].isdigit() or t[got[0]] in starts)):
                # "آلاف" after a number is a scale, handled above; alone it is vague
                end, value = got[0], int(got[1])
                scale = t[end].removeprefix("ال") if end < n else ""
                if scale in number_lexicon().scales:
                    value, end = value * number_lexicon().scales[scale], end + 1  # مئات الآلاف
                out.append(Found(i, end, value, "vague", "number:vague", end))
                after = end
    return out


@cache
def _starts() -> frozenset[str]:
    return frozenset(number_lexicon().first_words)
