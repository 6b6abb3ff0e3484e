"""Note templates of the tune13 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or
K(kind, text) (keep). These wrap the text in control characters that generate_tune13.py
strips while it records the offsets. Everything here is invented: people, numbers,
addresses, dates. Twenty-four note types that no other split has, all of them prose or
semi-structured clinical writing (narratives, letters, call records, team notes, interpreter
passages), written in six "hands" (formal, terse, dictated, British, European-trained and
casual) that choose their own ways of writing dates and ages. The split leans on ages over 89,
dates, health-plan numbers and other identifiers written in prose, in many shapes and in
twelve languages besides English.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

# ---------------------------------------------------------------- mark-up

KINDS = {"eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation", "score", "word"}


def P(cat: str, s: str) -> str:
    assert s and s == s.strip() and not any(c in s for c in "\x01\x02\x03\x04"), (cat, s)
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    assert s and s == s.strip() and not any(c in s for c in "\x01\x02\x03\x04"), (kind, s)
    assert kind in KINDS, kind
    return f"\x04{kind}\x02{s}\x03"


def plain(s: str) -> str:
    """The text of a marked string, without the mark-up."""
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in "\x01\x04":
            i = s.index("\x02", i) + 1
            continue
        if ch == "\x03":
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def cap(s: str) -> str:
    """Capitalise the first visible letter of a marked string."""
    i = 0
    while i < len(s):
        ch = s[i]
        if ch in "\x01\x04":
            i = s.index("\x02", i) + 1
            continue
        if ch == "\x03":
            i += 1
            continue
        return s[:i] + ch.upper() + s[i + 1:]
    return s


# ---------------------------------------------------------------- check digits and number shapes

def luhn_ok(digits_: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits_)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi(rng) -> str:
    while True:
        base = str(rng.randint(1, 2)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        for c in range(10):
            if luhn_ok("80840" + base + str(c)):
                return base + str(c)


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


def dea(rng, surname: str, mid: bool = False) -> str:
    first = rng.choice("MM" if mid else "ABFG")
    s0 = unicodedata.normalize("NFKD", surname.split()[-1])[:1]
    second = s0.upper() if s0.isascii() and s0.isalpha() else "X"
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def dea_ok(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v: str) -> str:
    r = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin(rng) -> str:
    wmi = rng.choice(["1FT", "2GC", "3GN", "1C6", "5TD", "KMH", "JTD", "1GK", "4T1", "2HK", "1FM", "3VW"])
    body = "".join(rng.choice(VIN_CH) for _ in range(5))
    v = wmi + body + "0" + rng.choice("EFGHJKLMNP") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(
        str(rng.randint(0, 9)) for _ in range(6))
    return v[:8] + vin_check(v) + v[9:]


def vin_ok(v: str) -> bool:
    return len(v) == 17 and all(c in VIN_TR for c in v) and vin_check(v) == v[8]


def ssn(rng) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def digits(rng, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def zdigits(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def alnum(rng, n: int, chars: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng) -> str:
    an = MBI_A + "0123456789"
    return (str(rng.randint(1, 9)) + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9))
            + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_A)
            + rng.choice(MBI_A) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


def arabic_digits(s: str) -> str:
    return "".join(ARABIC_INDIC[int(ch)] if ch.isascii() and ch.isdigit() else ch for ch in s)


# ---------------------------------------------------------------- numbers in words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]


def words(n: int, sep: str = "-", and_: bool = False) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else sep + ONES[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else (" and " if and_ else " ") + words(rest, sep))


def ord_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return ORD_TENS[n // 10]
    return TENS[n // 10] + "-" + ORD_ONES[n % 10]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_words(y: int) -> str:
    hi, lo = divmod(y, 100)
    if y >= 2000 and y < 2010:
        return "two thousand" + ("" if lo == 0 else " " + words(lo))
    if lo == 0:
        return words(hi) + " hundred"
    return words(hi) + " " + ("oh-" + ONES[lo] if lo < 10 else words(lo))


# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
MON3 = [m[:3] for m in MON]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DOW_AB = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def fdate(d: dt.date, style: str, rng=None) -> tuple[str, str, str]:
    """-> (outside before, span, outside after)."""
    y, m, dd = d.year, d.month, d.day
    M, M3, o = MON[m - 1], MON3[m - 1], ordinal(dd)
    hh = rng.randint(6, 21) if rng else 14
    hd = rng.randint(8, 17) if rng else 14
    mi = rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]) if rng else 30
    table = {
        "m/d/Y": ("", f"{m}/{dd}/{y}", ""),
        "mm/dd/Y": ("", f"{m:02d}/{dd:02d}/{y}", ""),
        "m/d/yy": ("", f"{m}/{dd}/{y % 100:02d}", ""),
        "mm/dd/yy": ("", f"{m:02d}/{dd:02d}/{y % 100:02d}", ""),
        "m/d": ("", f"{m}/{dd}", ""),
        "mm/dd": ("", f"{m:02d}/{dd:02d}", ""),
        "m-d-Y": ("", f"{m}-{dd}-{y}", ""),
        "m-d": ("", f"{m}-{dd}", ""),
        "m.d.yy": ("", f"{m}.{dd}.{y % 100:02d}", ""),
        "Y-mm-dd": ("", f"{y}-{m:02d}-{dd:02d}", ""),
        "Month d, Y": ("", f"{M} {dd}, {y}", ""),
        "Month d": ("", f"{M} {dd}", ""),
        "Mon d": ("", f"{M3} {dd}", ""),
        "Mon. d, Y": ("", f"{MON_DOT[m - 1]} {dd}, {y}", ""),
        "Mon. dth": ("", f"{MON_DOT[m - 1]} {o}", ""),
        "Month dth": ("", f"{M} {o}", ""),
        "Month dth, Y": ("", f"{M} {o}, {y}", ""),
        "Month the dth": ("", f"{M} the {o}", ""),
        "the dth of Month": ("the ", f"{o} of {M}", ""),
        "the dth of Month, Y": ("the ", f"{o} of {M}, {y}", ""),
        "dth Month Y": ("", f"{o} {M} {y}", ""),
        "dth Month": ("", f"{o} {M}", ""),
        "d Month Y": ("", f"{dd} {M} {y}", ""),
        "d Mon Y": ("", f"{dd} {M3} {y}", ""),
        "Mon-d": ("", f"{M3}-{dd}", ""),
        "d-Mon": ("", f"{dd}-{M3}", ""),
        "dMon": ("", f"{dd}{M3}", ""),
        "Mon d 'yy": ("", f"{M3} {dd} '{y % 100:02d}", ""),
        "dd.mm.Y": ("", f"{dd:02d}.{m:02d}.{y}", ""),
        "d.m.Y": ("", f"{dd}.{m}.{y}", ""),
        "d.m.": ("", f"{dd}.{m}.", ""),
        "d/m/Y": ("", f"{dd}/{m}/{y}", ""),
        "dd/mm/Y": ("", f"{dd:02d}/{m:02d}/{y}", ""),
        "d/ROM/Y": ("", f"{dd}/{ROMAN[m - 1]}/{y}", ""),
        "d.ROM.Y": ("", f"{dd}.{ROMAN[m - 1]}.{y}", ""),
        "d ROM Y": ("", f"{dd} {ROMAN[m - 1]} {y}", ""),
        "Wk the dth": (f"{DOW[d.weekday()]} the ", o, ""),
        "dth inst.": ("the ", o, " inst."),
        "the dth": ("the ", o, ""),
        "Wk m/d": (f"{DOW_AB[d.weekday()]} ", f"{m}/{dd}", ""),
        "Wk, Month d": (f"{DOW[d.weekday()]}, ", f"{M} {dd}", ""),
        "spoken": ("", f"{M} {ord_words(dd)}", ""),
        "spoken Y": ("", f"{M} {ord_words(dd)}, {year_words(y)}", ""),
        "the spoken": ("the ", f"{ord_words(dd)} of {M}", ""),
        "Month Y": ("", f"{M} {y}", ""),
        "mid-Month Y": (rng.choice(["mid-", "early ", "late "]) if rng else "mid-", f"{M} {y}", ""),
        "m/d @ HHMM": ("", f"{m}/{dd}", f" @ {hh:02d}{mi:02d}"),
        "m/d/yy at time": ("", f"{m}/{dd}/{y % 100:02d}", f" at {(hd - 1) % 12 + 1}:{mi:02d} {'a.m.' if hd < 12 else 'p.m.'}"),
        "Month d at time": ("", f"{M} {dd}", f" at {(hd - 1) % 12 + 1}:{mi:02d}{'am' if hd < 12 else 'pm'}"),
        "Y-mm-dd HH:MM": ("", f"{y}-{m:02d}-{dd:02d}", f" {hh:02d}:{mi:02d}"),
    }
    return table[style]


# the ways each hand writes a date; a hand also meets the others' forms now and then
HAND_DATES = {
    "formal": ["Month d, Y", "m/d/Y", "mm/dd/Y", "Month dth, Y", "Mon. d, Y", "Y-mm-dd", "Wk, Month d", "Month d"],
    "terse": ["m/d", "m/d/yy", "mm/dd/yy", "Mon-d", "dMon", "m.d.yy", "Wk m/d", "m-d", "mm/dd"],
    "dictated": ["spoken", "spoken Y", "Month the dth", "the spoken", "Month dth", "Month d, Y"],
    "british": ["the dth of Month", "the dth of Month, Y", "dth Month Y", "d Month Y", "d Mon Y", "dth inst.", "Wk the dth", "dth Month"],
    "european": ["dd.mm.Y", "d.m.Y", "d/m/Y", "d/ROM/Y", "d.ROM.Y", "dd/mm/Y", "Y-mm-dd", "d.m.", "d ROM Y"],
    "casual": ["Mon d", "Month dth", "Mon-d", "m/d", "Mon d 'yy", "Wk the dth", "the dth", "Mon. dth"],
}
HANDS = list(HAND_DATES)
# a date with its year, for dates of birth and dates far from the visit
FULL_DATES = {
    "formal": ["Month d, Y", "m/d/Y", "mm/dd/Y", "Month dth, Y", "Mon. d, Y", "Y-mm-dd"],
    "terse": ["m/d/yy", "mm/dd/yy", "m.d.yy", "m/d/Y", "m-d-Y"],
    "dictated": ["spoken Y", "Month d, Y", "Month dth, Y"],
    "british": ["the dth of Month, Y", "dth Month Y", "d Month Y", "d Mon Y"],
    "european": ["dd.mm.Y", "d.m.Y", "d/m/Y", "d/ROM/Y", "d.ROM.Y", "dd/mm/Y", "Y-mm-dd", "d ROM Y"],
    "casual": ["Mon d 'yy", "m/d/yy", "Month dth, Y", "Mon. d, Y"],
}

# foreign dates: (month names, builder)
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
AR_MON_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]


def fdate_lang(d: dt.date, lang: str, rng) -> str:
    """A date as the family or a foreign paper writes it, as a span (words like le/am/el stay outside)."""
    y, m, dd = d.year, d.month, d.day
    k = rng.random()
    if lang == "es":
        return f"{dd} de {ES_MON[m - 1]} de {y}" if k < 0.7 else f"{dd:02d}/{m:02d}/{y}"
    if lang == "fr":
        return f"{'1er' if dd == 1 else dd} {FR_MON[m - 1]} {y}" if k < 0.7 else f"{dd:02d}/{m:02d}/{y}"
    if lang == "de":
        return f"{dd}. {DE_MON[m - 1]} {y}" if k < 0.6 else f"{dd:02d}.{m:02d}.{y}" if k < 0.85 else f"{dd}.{m}.{y % 100:02d}"
    if lang == "pt":
        return f"{dd} de {PT_MON[m - 1]} de {y}" if k < 0.7 else f"{dd:02d}/{m:02d}/{y}"
    if lang == "it":
        return f"{dd} {IT_MON[m - 1]} {y}" if k < 0.7 else f"{dd}/{m}/{y}"
    if lang == "pl":
        return f"{dd} {PL_MON[m - 1]} {y} r." if k < 0.7 else f"{dd:02d}.{m:02d}.{y} r."
    if lang == "vi":
        return f"ngày {dd} tháng {m} năm {y}" if k < 0.7 else f"{dd}/{m}/{y}"
    if lang == "zh":
        return f"{y}年{m}月{dd}日" if k < 0.8 else f"{m}月{dd}日"
    if lang == "ja":
        if k < 0.35:
            era = y - 2018
            return f"令和{'元' if era == 1 else era}年{m}月{dd}日"
        return f"{y}年{m}月{dd}日" if k < 0.8 else f"{m}月{dd}日"
    if lang == "ko":
        return f"{y}년 {m}월 {dd}일" if k < 0.8 else f"{m}월 {dd}일"
    if lang == "ru":
        return f"{dd} {RU_MON[m - 1]} {y} г." if k < 0.7 else f"{dd:02d}.{m:02d}.{y}"
    if lang == "ar":
        if k < 0.4:
            return arabic_digits(f"{dd} ") + AR_MON[m - 1] + arabic_digits(f" {y}")
        if k < 0.7:
            return f"{dd} {AR_MON_LEV[m - 1]} {y}"
        return arabic_digits(f"{dd:02d}/{m:02d}/{y}")
    return f"{MON[m - 1]} {dd}, {y}"


# ---------------------------------------------------------------- ages

# form -> (outside before, span, outside after). {n} the number, {w} in words (hyphenated), {ws} in words with a
# space, {W} capitalised words, {m} months and {ms} the word, {sx} the sex letter.
AGE_FORMS = {
    # before a noun ("a ___ woman")
    "n-year-old": ("", "{n}-year-old", ""),
    "n year old": ("", "{n} year", " old"),
    "n yo": ("", "{n} yo", ""),
    "nyo": ("", "{n}yo", ""),
    "n y/o": ("", "{n} y/o", ""),
    "n y.o.": ("", "{n} y.o.", ""),
    "n-yr-old": ("", "{n}-yr-old", ""),
    "n-years-old": ("", "{n}-years-old", ""),
    "w-year-old": ("", "{w}-year-old", ""),
    "ws-year-old": ("", "{ws}-year-old", ""),
    "n½-year-old": ("", "{n}½-year-old", ""),
    "ocr ycar": ("", "{n}-ycar-old", ""),
    "ocr y/0": ("", "{n} y/0", ""),
    # after a verb ("she is ___")
    "n": ("", "{n}", ""),
    "n years old": ("", "{n} years", " old"),
    "n years of age": ("", "{n} years", " of age"),
    "n years": ("", "{n} years", ""),
    "w": ("", "{w}", ""),
    "w years old": ("", "{w} years", " old"),
    "n½": ("", "{n}½", ""),
    "n years and m months": ("", "{n} years and {m} {ms}", ""),
    "n yrs": ("", "{n} yrs", ""),
    "n yrs old": ("", "{n} yrs", " old"),
    # after a name or in a header
    "(n)": ("(", "{n}", ")"),
    "nF": ("", "{n}", "{sx}"),
    "n M": ("", "{n}", " {sx}"),
    "F/n": ("{sx}/", "{n}", ""),
    "age n": ("age ", "{n}", ""),
    "aged n": ("aged ", "{n}", ""),
    "age: n": ("age: ", "{n}", ""),
    "(age n)": ("(age ", "{n}", ")"),
    "na": ("", "{n}a", ""),
    "n J.": ("", "{n} J.", ""),
    "n y": ("", "{n} y", ""),
    "n yo F": ("", "{n} yo", " {sx}"),
}
HAND_AGES = {
    "formal": {"adj": ["n-year-old", "n-year-old", "n year old"], "pred": ["n years old", "n years of age", "n", "n years"],
               "tag": ["(n)", "age n", "aged n", "(age n)"]},
    "terse": {"adj": ["n yo", "nyo", "n y/o", "n-yr-old"], "pred": ["n", "n yrs", "n y"],
              "tag": ["nF", "n M", "F/n", "(n)", "n y", "n yo F"]},
    "dictated": {"adj": ["w-year-old", "ws-year-old", "n-year-old", "n year old"],
                 "pred": ["w", "w years old", "n years and m months", "n years old"], "tag": ["age n", "aged n", "(n)"]},
    "british": {"adj": ["n-year-old", "n-year-old", "n year old"], "pred": ["n", "n years", "n years of age", "n½"],
                "tag": ["aged n", "(n)", "age n"]},
    "european": {"adj": ["n-year-old", "n-yr-old", "n y.o."], "pred": ["n years", "n", "n years old"],
                 "tag": ["na", "n J.", "F/n", "(n)", "n y"]},
    "casual": {"adj": ["n y/o", "n y.o.", "n yo", "n-years-old", "n½-year-old"], "pred": ["n", "n½", "n yrs old"],
               "tag": ["(n)", "n", "age n"]},
}


def age_parts(n: int, form: str, sex: str = "F", m: int = 3) -> tuple[str, str, str]:
    pre, span, post = AGE_FORMS[form]
    fill = dict(n=n, w=words(n), ws=words(n, " "), W=words(n).capitalize(), m=m, ms="month" if m == 1 else "months", sx=sex)
    return pre.format(**fill), span.format(**fill), post.format(**fill)


def age_mark(n: int, span: str) -> str:
    return P("AGE_OVER_89", span) if n > 89 else K("age", span)


def article(n: int) -> str:
    """a/an before an age written in digits or words."""
    return "an" if str(n).startswith("8") or n in (11, 18) else "a"


def age_lang(n: int, lang: str, rng) -> tuple[str, str, str]:
    """An age in the family's language -> (before, span, after); the verb and 'alt' are outside."""
    if lang == "es":
        return "", f"{n} años", ""
    if lang == "fr":
        return "", f"{n} ans", ""
    if lang == "de":
        return ("", f"{n} Jahre", " alt") if rng.random() < 0.7 else ("", f"{n} J.", "")
    if lang == "pt":
        return "", f"{n} anos", ""
    if lang == "it":
        return "", f"{n} anni", ""
    if lang == "pl":
        return "", f"{n} " + ("lata" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "lat"), ""
    if lang == "vi":
        return "", f"{n} tuổi", ""
    if lang == "zh":
        return "", f"{n}岁", ""
    if lang == "ja":
        return "", f"{n}歳", ""
    if lang == "ko":
        return "", f"{n}세", ""
    if lang == "ru":
        w = "год" if n % 10 == 1 and n % 100 != 11 else "года" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "лет"
        return "", f"{n} {w}", ""
    if lang == "ar":
        return ("", arabic_digits(str(n)) + " سنة", "") if rng.random() < 0.5 else ("", f"{n} عامًا", "")
    return "", f"{n} years", " old"


# ---------------------------------------------------------------- phones

AREAS = ["334", "251", "256", "479", "870", "229", "478", "706", "601", "662", "318", "337", "423", "931", "828", "252",
         "803", "843", "814", "570", "607", "315", "802", "207", "603", "541", "509", "208", "530", "719", "970", "928",
         "573", "417", "850", "808", "907", "276", "540", "218", "620", "785", "217", "618", "845"]
US_PHONE_STYLES = ["(a) b-c", "a-b-c", "a.b.c", "(a)b-c", "1-a-b-c", "+1 a b c", "a b c", "1 (a) b-c", "a/b-c", "abc"]


def fmt_phone(a, b, c, style):
    return {"(a) b-c": f"({a}) {b}-{c}", "a-b-c": f"{a}-{b}-{c}", "a.b.c": f"{a}.{b}.{c}", "(a)b-c": f"({a}){b}-{c}",
            "1-a-b-c": f"1-{a}-{b}-{c}", "+1 a b c": f"+1 {a} {b} {c}", "abc": f"{a}{b}{c}", "a b c": f"{a} {b} {c}",
            "1 (a) b-c": f"1 ({a}) {b}-{c}", "a/b-c": f"{a}/{b}-{c}"}[style]


class Phone:
    def __init__(self, rng, area=None):
        self.a, self.b, self.c = area or rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"
        self.style = rng.choice(US_PHONE_STYLES[:5])

    def __str__(self):
        return fmt_phone(self.a, self.b, self.c, self.style)

    def fmt(self, style):
        return fmt_phone(self.a, self.b, self.c, style)

    def spoken(self) -> str:
        d = [ONES[int(ch)] if ch != "0" else "oh" for ch in self.a + self.b + self.c]
        return " ".join(d[:3]) + ", " + " ".join(d[3:6]) + ", " + " ".join(d[6:])


def us_phone(rng, style=None) -> str:
    return Phone(rng).fmt(style or rng.choice(US_PHONE_STYLES))


def foreign_phone(rng, country: str) -> str:
    d = lambda n: zdigits(rng, n)  # noqa: E731
    return {
        "MEX": lambda: f"+52 {rng.choice(['33', '351', '443', '492'])} {d(3)} {d(4)}",
        "ESP": lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}",
        "FRA": lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        "CAN": lambda: f"+1 {rng.choice(['418', '819', '581'])}-{rng.randint(201, 989)}-{d(4)}",
        "DEU": lambda: f"+49 {rng.choice(['151', '160', '171'])} {d(7)}",
        "PRT": lambda: f"+351 9{rng.choice('1236')}{d(1)} {d(3)} {d(3)}",
        "BRA": lambda: f"+55 {rng.choice(['34', '53', '11'])} 9{d(4)}-{d(4)}",
        "ITA": lambda: f"+39 3{d(2)} {d(3)} {d(4)}",
        "POL": lambda: f"+48 {rng.choice(['501', '602', '697', '784'])} {d(3)} {d(3)}",
        "VNM": lambda: f"+84 9{d(2)} {d(3)} {d(3)}",
        "CHN": lambda: f"+86 13{d(1)} {d(4)} {d(4)}",
        "JPN": lambda: f"+81 90-{d(4)}-{d(4)}",
        "KOR": lambda: f"+82 10-{d(4)}-{d(4)}",
        "RUS": lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
        "JOR": lambda: f"+962 7{rng.choice('789')} {d(3)} {d(4)}",
        "LBN": lambda: f"+961 3 {d(3)} {d(3)}",
        "EGY": lambda: f"+20 10 {d(4)} {d(4)}",
        "SYR": lambda: f"+963 9{d(2)} {d(3)} {d(3)}",
    }[country]()


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, given, family, script=None, sex="F", cred=None, role=None, lang="en", middle=None, fam_first=False):
        self.given, self.family, self.script, self.sex = given, family, script, sex
        self.cred, self.role, self.lang, self.middle, self.fam_first = cred, role, lang, middle, fam_first

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.fam_first else f"{self.given} {self.family}"

    def script_full(self) -> str | None:
        if not self.script:
            return None
        fam, giv = self.script
        return f"{fam}{giv}" if _cjk(fam) else f"{giv} {fam}"

    def fhir(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family,
                "given": self.given.split() + ([self.middle] if self.middle else [])}]
        if self.script:
            fam, giv = self.script
            out.append({"text": self.script_full(), "family": fam, "given": [giv]})
        return out


def _cjk(s: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in s)


def _hangul(s: str) -> bool:
    return any("\uac00" <= ch <= "\ud7af" for ch in s)


# Pools checked against the names annotated in dev, test and tune to tune12 when this split was written.
EN_F = ("Evaline Mavis Odessa Oleta Leola Pauline Hester Lurline Madge Rosalee Twila Vada Winnifred Alberta Coralee Fronie Glenna "
        "Hallie Novella Pearlene Retha Starla Tillie Versie Electa Gussie Huldah Iola Jessamine Mabel Neva Oma Arvella Blanche "
        "Cleda Dimple Earline Fleta Gaynell Hassie Melba Nelda Ocie Pernie Reatha Sybil Treva Vallie Zadie Anice Delma Lela "
        "Myrtice Ouida Rubye Thursa Zettie Avis Buena Dollie Emogene Lavada Prudie").split()
EN_M = ("Merritt Ogden Anson Cleon Obed Alford Festus Kermit Milford Truman Alvah Barney Elwood Gaither Isham Kenton Murl Onis "
        "Rayburn Shelton Talmage Vollie Wardell Conley Dillard Finis Ivo Judd Newell Olen Pershing Rollie Sanford Tilden "
        "Verlon Whit").split()
EN_FAM = ("Ashcraft Dockery Gwinn Inman Jarrett Lusk Mayhew Nutter Prewitt Rudd Tackett Cabell Danforth Everhart McQuarrie "
          "Oglesby Pettit Sowder Truax Vickery Wyrick Allred Caudill Dinwiddie Ellender Fugate Gossett Jessup Keesee Lovelady "
          "Napier Ogle Pridemore Stidham Vanhoose Wimmer Arnett Boggess Chafin Dotson Estep Frazee Gillenwater Hamblin Justus "
          "Kiser Looney Neace Riddle Salyers Triplett Varney Absher Billiter Deskins Elswick Fannin Keathley Lykins Owsley "
          "Ratliff Tussey Vanover Wireman").split()
# given names that are words, surnames that are words, and surnames that are eponyms of the notes' scales and signs
WORD_GIVEN = {"F": ["Pansy", "Robin"], "M": ["Robin"]}
WORD_FAMILY = ["Brace", "Hamper", "Crutch", "Rocker"]
EPONYM_FAMILY = ["Kegel", "Hendrich", "Amsler", "Pelli", "Heimlich", "Credé", "Robson", "Lewy", "Korotkoff", "Gerstmann",
                 "Bobath", "Capgras", "Marjolin"]

# language -> given names by sex, family names (a pair when the form changes with sex), script pools
LANG = {
    "es": {"F": "Eufemia Maximina Rosaura Teófila Severiana Otilia Casilda Florinda Amparo Obdulia Petronila Eduviges Macrina "
                "Crescencia Porfiria Domitila Isidra Leandra Pascuala Silveria".split(),
           "M": "Crisóforo Nicasio Pánfilo Saturnino Teodomiro Baldomero Eulogio Fortino Filiberto Gumersindo Cirilo Florentino "
                "Hilario Melquíades Nemesio Olegario Rosendo Tiburcio Ubaldo".split(),
           "fam": "Zavaleta Arredondo Lizárraga Barrientos Tapia Covarrubias Santacruz Alcocer Aguayo Bañuelos Camarena Dávalos "
                  "Elizondo Garibay Higareda Landeros Magallanes Nájera Orozco Padilla Quezada Saucedo Urías Velasco".split(),
           "country": ["MEX", "MEX", "ESP"]},
    "fr": {"F": "Germaine Yvette Odile Ghislaine Huguette Lucienne Paulette Josette Rolande Jacqueline Simone Marcelle Gilberte "
                "Fernande Léontine".split(),
           "M": "Gaston Lucien Armand Fernand Raoul Aurèle Gustave Honoré Télesphore Rosaire Adélard Wilfrid Alphonse Cyprien "
                "Eusèbe Théophile".split(),
           "fam": "Lemieux Desrochers Archambault Fréchette Courtemanche Vaillancourt Daigneault Duplessis Létourneau Chouinard "
                  "Rivard Ouellette Brassard Bonnet Bergeron Cloutier Laflamme Morissette Paradis Rochon Sansoucy Turcotte".split(),
           "country": ["CAN", "CAN", "FRA"]},
    "de": {"F": "Waltraud Gertrud Liselotte Elfriede Rosemarie Brunhilde Edeltraud Friedlinde Hedwig Lieselore Mechthild "
                "Sieglinde".split(),
           "M": "Gerhard Egon Helmut Dietrich Eberhard Manfred Ottokar Adalbert Burkhard Gottfried Hartmut Lothar Rüdiger "
                "Volkmar".split(),
           "fam": "Wiesner Brandstätter Oberländer Hülsmann Rößler Kretschmer Lindemann Tiedemann Haberkorn Dürrschmidt "
                  "Vogelsang Ebersbach Baumgärtner Fleischhauer Hoffstetter Kästner Liebermann Mühlbauer Nüßlein Rehbein "
                  "Schellenberg Thalhammer Weidenfeller".split(),
           "country": ["DEU"]},
    "pt": {"F": "Deolinda Glória Felisbela Hermínia Idalina Adosinda Benvinda Cremilde Florbela Guilhermina Laurinda Otília "
                "Zulmira".split(),
           "M": "Joaquim Agostinho Belmiro Custódio Gervásio Abílio Bernardino Casimiro Delfim Eusébio Firmino Hermenegildo "
                "Leopoldino".split(),
           "fam": "Carvalhal Bettencourt Medeiros Quintal Furtado Goulart Rebelo Escobar Aguiar Brandão Cordeiro Damasceno "
                  "Espínola Falcão Gusmão Lacerda Meireles Noronha Pimentel Resende".split(),
           "country": ["PRT", "PRT", "BRA"]},
    "it": {"F": "Assunta Filomena Annunziata Addolorata Immacolata Santina Agatina Crocifissa Gaetana Incoronata Liboria "
                "Pietrina Rosalia Venera".split(),
           "M": "Gaetano Calogero Pasquale Domenico Ignazio Alfio Baldassare Cirino Gioacchino Nunzio Orazio Sebastiano".split(),
           "fam": "Buonocore Iannuzzi Cuccinello Pappalardo Santangelo Mangiafico Tumminello Randazzo Sciortino Abbate Bonanno "
                  "Cannizzaro Cusumano Fichera Giuffrida Marchese Nicotra Privitera Scuderi Torrisi Zappalà".split(),
           "country": ["ITA"]},
    "pl": {"F": "Genowefa Stanisława Czesława Bronisława Leokadia Władysława Teodora Kazimiera Eugenia Felicja Honorata Józefa "
                "Marianna Rozalia Weronika".split(),
           "M": "Bolesław Mieczysław Wacław Bronisław Alojzy Edmund Feliks Hieronim Ignacy Konstanty Teofil Wincenty".split(),
           "fam": [("Grzybowski", "Grzybowska"), ("Bielawski", "Bielawska"), ("Ciesielski", "Ciesielska"),
                   ("Gawroński", "Gawrońska"), ("Kozłowski", "Kozłowska"), ("Lisowski", "Lisowska"), ("Nowicki", "Nowicka"),
                   ("Olszewski", "Olszewska"), ("Rutkowski", "Rutkowska"), ("Sadowski", "Sadowska"),
                   ("Tomaszewski", "Tomaszewska"), ("Zalewski", "Zalewska"), "Pietrzak", "Mazurek", "Sobczak", "Michalak",
                   "Wawrzyniak"],
           "country": ["POL"]},
    "vi": {"F": ["Kiều Oanh", "Diệu Hiền", "Mỹ Liên", "Xuân Mận", "Kiều Gấm", "Diệu Lựu", "Mỹ Hường", "Xuân Xuyến", "Kiều Thoa",
                 "Diệu Nhàn", "Mỹ Sương", "Xuân Nhạn", "Kiều Quyên", "Diệu Sen", "Mỹ Tuyết", "Xuân Yến", "Nguyệt Trinh"],
           "M": ["Hữu Khải", "Công Thìn", "Bá Phùng", "Đình Hưởng", "Hữu Cẩn", "Công Duệ", "Bá Khiêm", "Đình Luân", "Hữu Nhẫn",
                 "Công Thạc", "Tấn Tín", "Phước Lâm", "Thuận Hoà"],
           "fam": "Đỗ Hồ Ngô Dương Tạ Quách Châu Tôn Giáp Khúc Lạc Mạc Nghiêm Thái Triệu Ứng".split(),
           "country": ["VNM"]},
    "zh": {"pt": [("葛", "凤仪", "Fengyi", "Ge", "F"), ("柴", "玉珍", "Yuzhen", "Chai", "F"), ("苗", "德福", "Defu", "Miao", "M"),
                  ("龚", "春梅", "Chunmei", "Gong", "F"), ("谭", "振华", "Zhenhua", "Tan", "M"), ("邵", "秀珍", "Xiuzhen", "Shao", "F"),
                  ("尚", "金花", "Jinhua", "Shang", "F"), ("乔", "桂荣", "Guirong", "Qiao", "F"), ("窦", "凤英", "Fengying", "Dou", "F"),
                  ("耿", "素琴", "Suqin", "Geng", "F"), ("侯", "翠华", "Cuihua", "Hou", "F"), ("庞", "德明", "Deming", "Pang", "M"),
                  ("薛", "永福", "Yongfu", "Xue", "M"), ("翟", "宝珍", "Baozhen", "Zhai", "F"), ("卓", "慧英", "Huiying", "Zhuo", "F"),
                  ("穆", "文兰", "Wenlan", "Mu", "F")],
           "rel": {"F": [("海燕", "Haiyan"), ("红梅", "Hongmei"), ("桂英", "Guiying"), ("玉兰", "Yulan"), ("建华", "Jianhua")],
                   "M": [("卫东", "Weidong"), ("小军", "Xiaojun"), ("国华", "Guohua"), ("振国", "Zhenguo")]},
           "country": ["CHN"]},
    "ja": {"pt": [("桑原", "ミツ", "Mitsu", "Kuwabara", "F"), ("小野寺", "ハル", "Haru", "Onodera", "F"), ("大河内", "キヨ", "Kiyo", "Okochi", "F"),
                  ("寺岡", "静江", "Shizue", "Teraoka", "F"), ("八木", "トメ", "Tome", "Yagi", "F"), ("千葉", "正雄", "Masao", "Chiba", "M"),
                  ("宮武", "フミ", "Fumi", "Miyatake", "F"), ("谷口", "貞夫", "Sadao", "Taniguchi", "M")],
           "rel": {"F": [("和子", "Kazuko"), ("洋子", "Yoko"), ("明美", "Akemi"), ("幸子", "Sachiko")],
                   "M": [("博", "Hiroshi"), ("誠", "Makoto"), ("修", "Osamu"), ("茂", "Shigeru"), ("勝", "Masaru"), ("進", "Susumu")]},
           "country": ["JPN"]},
    "ko": {"pt": [("남궁", "순자", "Soonja", "Namgung", "F"), ("편", "말순", "Malsoon", "Pyun", "F"), ("제갈", "영숙", "Youngsook", "Jegal", "F"),
                  ("봉", "춘자", "Chunja", "Bong", "F"), ("석", "만석", "Manseok", "Seok", "M"), ("심", "옥자", "Okja", "Sim", "F"),
                  ("주", "분례", "Bunrye", "Ju", "F"), ("금", "갑순", "Gapsoon", "Geum", "F")],
           "rel": {"F": [("달순", "Dalsoon"), ("점례", "Jeomrye"), ("미숙", "Misook"), ("경희", "Kyunghee"), ("정자", "Jungja")],
                   "M": [("덕수", "Deoksu"), ("봉수", "Bongsu"), ("영철", "Youngchul"), ("상철", "Sangchul"), ("병철", "Byungchul")]},
           "country": ["KOR"]},
    "ru": {"pt": [("Тихонова", "Агафья", "Agafya", "Tikhonova", "F"), ("Мельникова", "Прасковья", "Praskovya", "Melnikova", "F"),
                  ("Шубина", "Евдокия", "Yevdokia", "Shubina", "F"), ("Голубева", "Матрёна", "Matryona", "Golubeva", "F"),
                  ("Завьялов", "Ефим", "Yefim", "Zavyalov", "M"), ("Селезнёв", "Архип", "Arkhip", "Seleznyov", "M"),
                  ("Кондратьев", "Фёдор", "Fyodor", "Kondratyev", "M")],
           "rel": {"F": [("Людмила", "Lyudmila"), ("Нина", "Nina"), ("Римма", "Rimma")],
                   "M": [("Борис", "Boris"), ("Анатолий", "Anatoly"), ("Вячеслав", "Vyacheslav"), ("Эдуард", "Eduard")]},
           # family name forms by sex: feminine (script, roman) -> masculine
           "masc": {"Тихонова": ("Тихонов", "Tikhonov"), "Мельникова": ("Мельников", "Melnikov"), "Шубина": ("Шубин", "Shubin"),
                    "Голубева": ("Голубев", "Golubev")},
           "fem": {"Завьялов": ("Завьялова", "Zavyalova"), "Селезнёв": ("Селезнёва", "Selezneva"),
                   "Кондратьев": ("Кондратьева", "Kondratyeva")},
           "country": ["RUS"]},
    "ar": {"pt": [("القباني", "سعدية", "Saadia", "Qabbani", "F"), ("الزعبي", "خديجة", "Khadija", "Zoubi", "F"),
                  ("الشامي", "وداد", "Wedad", "Shami", "F"), ("النابلسي", "عفاف", "Afaf", "Nabulsi", "F"),
                  ("البيطار", "محمود", "Mahmoud", "Bitar", "M"), ("العطار", "زكية", "Zakiya", "Attar", "F"),
                  ("حجار", "إنعام", "Inaam", "Hajjar", "F"), ("الدجاني", "لبيبة", "Labiba", "Dajani", "F"),
                  ("فاخوري", "منيرة", "Munira", "Fakhoury", "F"), ("غندور", "رئيفة", "Raifa", "Ghandour", "F"),
                  ("معلوف", "أديب", "Adib", "Maalouf", "M"), ("نصار", "فوزي", "Fawzi", "Nassar", "M"),
                  ("قاسم", "جميل", "Jamil", "Qasem", "M"), ("ياسين", "توفيق", "Tawfiq", "Yasin", "M")],
           "rel": {"F": [("يسرى", "Yusra"), ("هالة", "Hala"), ("ريما", "Rima"), ("منى", "Mona"), ("لينا", "Lina")],
                   "M": [("رامي", "Rami"), ("باسل", "Basil"), ("سامر", "Samer"), ("نزار", "Nizar")]},
           "country": ["JOR", "LBN", "EGY", "SYR"]},
}
LANGS = list(LANG)
LANG_NAME = {"es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian", "pl": "Polish", "vi": "Vietnamese",
             "zh": "Mandarin", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "ar": "Arabic", "en": "English"}
SCRIPT_LANGS = {"zh", "ja", "ko", "ru", "ar"}

CLIN_G = ("Cosmin Fiorella Ishaan Jovana Nadira Quinlan Ulises Vivienne Wendeline Yannick Hyacinth Ingvild Jaroslav Pavol Radhika "
          "Vesna Zoltan Cassius Dorotea Eliska Fenella Ilaria Jaspreet Kasimir Oriana Rasmus Uriel Wilhelmine Bettina Constantin "
          "Dagny Florian Hanne Idris Jolien Kjersti Rainer Torben Vaclav Wiebke Alasdair Deirdre Fiadh Grainne Hugh").split()
CLIN_F = ("Brightwater Drummond Gallardo Iwasaki Jankowiak Kuriakose Rajaratnam Valderrama Winterbourne Yeboah Zaragoza "
          "Cederholm Efthimiou Kowalewski Lundström Nyamweya Paraskevopoulos Szabados Tshabalala Udeh Wolanski Zeleny Lundberg "
          "Aldenhoven Bergstrand Castellani Dragomir Eriksdottir Feuerstein Ingebrigtsen Jokinen Kvist Nordahl Rautenberg Thorsen "
          "Uusitalo Vrabec Wennberg Yamashiro Zakrzewski Ashdown Blythe Carrow Ellery Garrow Hallam Jephcott Kettering Loxley "
          "Marwood Netherton Oxley Pennock Quayle Rudgard Stannard Thwaite").split()
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "daughter-in-law", "stepdaughter", "great-granddaughter"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "son-in-law", "stepson", "great-grandson"}
REL_LANG = {
    "es": {"daughter": "hija", "son": "hijo", "niece": "sobrina", "nephew": "sobrino", "granddaughter": "nieta", "grandson": "nieto",
           "sister": "hermana", "brother": "hermano", "wife": "esposa", "husband": "esposo", "daughter-in-law": "nuera"},
    "fr": {"daughter": "fille", "son": "fils", "niece": "nièce", "nephew": "neveu", "granddaughter": "petite-fille", "grandson": "petit-fils",
           "sister": "sœur", "brother": "frère", "wife": "épouse", "husband": "époux", "daughter-in-law": "belle-fille"},
    "de": {"daughter": "Tochter", "son": "Sohn", "niece": "Nichte", "nephew": "Neffe", "granddaughter": "Enkelin", "grandson": "Enkel",
           "sister": "Schwester", "brother": "Bruder", "wife": "Ehefrau", "husband": "Ehemann", "daughter-in-law": "Schwiegertochter"},
    "pt": {"daughter": "filha", "son": "filho", "niece": "sobrinha", "nephew": "sobrinho", "granddaughter": "neta", "grandson": "neto",
           "sister": "irmã", "brother": "irmão", "wife": "esposa", "husband": "marido", "daughter-in-law": "nora"},
    "it": {"daughter": "figlia", "son": "figlio", "niece": "nipote", "nephew": "nipote", "granddaughter": "nipote", "grandson": "nipote",
           "sister": "sorella", "brother": "fratello", "wife": "moglie", "husband": "marito", "daughter-in-law": "nuora"},
    "pl": {"daughter": "córka", "son": "syn", "niece": "siostrzenica", "nephew": "siostrzeniec", "granddaughter": "wnuczka", "grandson": "wnuk",
           "sister": "siostra", "brother": "brat", "wife": "żona", "husband": "mąż", "daughter-in-law": "synowa"},
    "vi": {"daughter": "con gái", "son": "con trai", "niece": "cháu gái", "nephew": "cháu trai", "granddaughter": "cháu gái", "grandson": "cháu trai",
           "sister": "chị gái", "brother": "anh trai", "wife": "vợ", "husband": "chồng", "daughter-in-law": "con dâu"},
    "zh": {"daughter": "女儿", "son": "儿子", "niece": "侄女", "nephew": "侄子", "granddaughter": "孙女", "grandson": "孙子",
           "sister": "姐姐", "brother": "哥哥", "wife": "妻子", "husband": "丈夫", "daughter-in-law": "儿媳"},
    "ja": {"daughter": "娘", "son": "息子", "niece": "姪", "nephew": "甥", "granddaughter": "孫", "grandson": "孫",
           "sister": "姉", "brother": "兄", "wife": "妻", "husband": "夫", "daughter-in-law": "嫁"},
    "ko": {"daughter": "딸", "son": "아들", "niece": "조카", "nephew": "조카", "granddaughter": "손녀", "grandson": "손자",
           "sister": "언니", "brother": "오빠", "wife": "아내", "husband": "남편", "daughter-in-law": "며느리"},
    "ru": {"daughter": "дочь", "son": "сын", "niece": "племянница", "nephew": "племянник", "granddaughter": "внучка", "grandson": "внук",
           "sister": "сестра", "brother": "брат", "wife": "жена", "husband": "муж", "daughter-in-law": "невестка"},
    "ar": {"daughter": "ابنتها", "son": "ابنها", "niece": "ابنة أخيها", "nephew": "ابن أخيها", "granddaughter": "حفيدتها", "grandson": "حفيدها",
           "sister": "أختها", "brother": "أخوها", "wife": "زوجته", "husband": "زوجها", "daughter-in-law": "كنّتها"},
}


# ---------------------------------------------------------------- places

_TOWNS = """Atmore AL 365;Monroeville AL 364;Guntersville AL 359;Russellville AL 356;Mena AR 719;
Berryville AR 726;Dumas AR 716;Wynne AR 723;Heber Springs AR 725;Mountain View AR 725;Hazlehurst GA 315;Blakely GA 398;Toccoa GA 305;
Eatonton GA 310;Sylvester GA 317;Kosciusko MS 390;Waynesboro MS 393;Tylertown MS 396;Iuka MS 388;Jena LA 713;
Homer LA 710;Farmerville LA 712;Marksville LA 713;Sneedville TN 378;Erin TN 370;Waverly TN 370;Huntingdon TN 382;Celina TN 385;
Sparta NC 286;Robbinsville NC 287;Burnsville NC 287;Warrenton NC 275;Windsor NC 279;Allendale SC 298;Abbeville SC 296;
Bishopville SC 290;Kingstree SC 295;Emporium PA 158;Tionesta PA 163;Laporte PA 186;Montrose PA 188;Smethport PA 167;Ridgway PA 158;
Delhi NY 137;Cooperstown NY 133;Lowville NY 133;Owego NY 138;Island Pond VT 059;Chelsea VT 050;Fort Kent ME 047;
Dover-Foxcroft ME 044;Machias ME 046;Skowhegan ME 049;Rumford ME 042;Colebrook NH 035;Woodsville NH 037;John Day OR 978;
Condon OR 978;Heppner OR 978;Republic WA 991;Waterville WA 988;Salmon ID 834;Challis ID 832;Grangeville ID 835;Orofino ID 835;
Preston ID 832;Weaverville CA 960;Walsh CO 810;Saguache CO 811;Del Norte CO 811;Meeker CO 816;
Springerville AZ 859;St. Johns AZ 859;Clifton AZ 855;Eminence MO 654;Ava MO 656;Unionville MO 635;Memphis MO 635;
Bloomfield MO 638;Chipley FL 324;Bonifay FL 324;Perry FL 323;Live Oak FL 320;Cross City FL 326;Bunnell FL 321;Kapaa HI 967;
Haines AK 998;Kodiak AK 996;Abingdon VA 242;Floyd VA 240;Stuart VA 241;Lovingston VA 229;Coupeville WA 982;Friday Harbor WA 982;
Ilwaco WA 986;Cathlamet WA 986;Wallowa OR 978;Joseph OR 978;Paisley OR 976;Fossil OR 978;Mitchell OR 977;Grand Marais MN 556;
Two Harbors MN 556;Aitkin MN 564;Madelia MN 560;Ashby MN 565;Hinckley MN 550;Cloquet MN 557;Lindsborg KS 674;Greensburg KS 670"""
US_TOWNS = [(" ".join(x.split()[:-2]), x.split()[-2], x.split()[-1]) for x in _TOWNS.replace("\n", "").split(";")]
# towns that are words: (town, state, ZIP, the word as it is used in these notes)
WORD_TOWNS = [("Advance", "NC", "27006", "advance"), ("Reliance", "SD", "57569", "reliance"), ("Accord", "NY", "12404", "accord"),
              ("Assumption", "IL", "62510", "assumption")]
WORD_TOWN_USE = {
    "advance": "The {w} directive on file was reviewed with her",
    "reliance": "Family notes growing {w} on the rollator indoors",
    "accord": "She got up of her own {w} and did not use the call light",
    "assumption": "Working {w}: the cough is post-nasal drip, not aspiration",
}
STREETS = ["Calico Ln", "Gingham Ct", "Muslin Way", "Chambray Dr", "Seersucker St", "Percale Pl", "Damask Ave", "Chintz Ct",
           "Tweed Rd", "Worsted Way", "Taffeta Ter", "Organdy Ln", "Cambric St", "Poplin Rd", "Flannel Cir", "Corduroy Trl",
           "Brocade Loop", "Jacquard Row", "Twill Ct", "Batiste Dr", "Sateen Ave", "Voile Pl", "Paisley Pike", "Tartan Way",
           "Houndstooth Ln", "Herringbone Rd", "Chenille Ct", "Dimity Dr", "Madras St", "Bombazine Ave", "Calamanco Rd",
           "Georgette Ln", "Shantung Way", "Grosgrain Ct", "Moleskin Dr", "Melton St", "Loden Ln", "Gabardine Rd", "Homespun Trl",
           "Oilcloth Ct"]
# foreign places by country: (city as written in the notes, its own-script form or None, postcode generator)
FOREIGN = {
    "MEX": [("Sahuayo", None, "59000"), ("Tlaquepaque", None, "45500"), ("Zamora", None, "59600"), ("Uruapan", None, "60000"),
            ("Tecomán", None, "28100"), ("Apatzingán", None, "60600")],
    "ESP": [("Soria", None, "42001"), ("Ponferrada", None, "24400"), ("Lugo", None, "27001")],
    "CAN": [("Rimouski", None, "G5L 2B4"), ("Trois-Rivières", None, "G9A 5H7"), ("Chicoutimi", None, "G7H 4R3")],
    "FRA": [("Quimper", None, "29000"), ("Aurillac", None, "15000"), ("Guéret", None, "23000"), ("Mende", None, "48000")],
    "DEU": [("Gütersloh", None, "33330"), ("Bad Kissingen", None, "97688"), ("Cuxhaven", None, "27472"), ("Passau", None, "94032"),
            ("Schwäbisch Hall", None, "74523")],
    "PRT": [("Angra do Heroísmo", None, "9700-057"), ("Viseu", None, "3500-089"), ("Bragança", None, "5300-252")],
    "BRA": [("Uberaba", None, "38010-150"), ("Pelotas", None, "96010-610")],
    "ITA": [("Agrigento", None, "92100"), ("Avellino", None, "83100"), ("Caltanissetta", None, "93100"), ("Benevento", None, "82100"),
            ("Potenza", None, "85100"), ("Cosenza", None, "87100")],
    "POL": [("Tarnów", None, "33-100"), ("Przemyśl", None, "37-700"), ("Zamość", None, "22-400"), ("Nowy Sącz", None, "33-300"),
            ("Łomża", None, "18-400")],
    "VNM": [("Quy Nhơn", None, "55100"), ("Nha Trang", None, "57100"), ("Mỹ Tho", None, "84100"), ("Vinh", None, "43100")],
    "CHN": [("Quanzhou", "泉州", "362000"), ("Wenzhou", "温州", "325000"), ("Taishan", "台山", "529200"), ("Kaiping", "开平", "529300"),
            ("Fuqing", "福清", "350300")],
    "JPN": [("Matsuyama", "松山市", "790-0001"), ("Kagoshima", "鹿児島市", "892-0816"), ("Akita", "秋田市", "010-0001"),
            ("Nagasaki", "長崎市", "850-0861")],
    "KOR": [("Jeonju", "전주시", "54999"), ("Mokpo", "목포시", "58700"), ("Andong", "안동시", "36700"), ("Cheongju", "청주시", "28500")],
    "RUS": [("Kostroma", "Кострома", "156000"), ("Tambov", "Тамбов", "392000"), ("Vologda", "Вологда", "160000"),
            ("Saratov", "Саратов", "410012")],
    "JOR": [("Irbid", "إربد", "21110"), ("Zarqa", "الزرقاء", "13110")],
    "LBN": [("Tripoli", "طرابلس", "1300"), ("Sidon", "صيدا", "1600")],
    "SYR": [("Homs", "حمص", None)],
    "EGY": [("Mansoura", "المنصورة", "35511")],
}
# a street line abroad, in the country's own form
FOREIGN_STREET = {
    "MEX": lambda r: f"Calle Fray Servando {r.randint(12, 980)}", "ESP": lambda r: f"Calle del Tinte {r.randint(2, 60)}, {r.randint(1, 5)}º B",
    "CAN": lambda r: f"{r.randint(12, 980)}, rue des Tisserands", "FRA": lambda r: f"{r.randint(2, 40)} rue du Lavoir",
    "DEU": lambda r: f"Kastanienweg {r.randint(2, 60)}", "PRT": lambda r: f"Rua da Alfândega, {r.randint(2, 90)}",
    "BRA": lambda r: f"Rua Barão do Triunfo, {r.randint(20, 1900)}", "ITA": lambda r: f"Via dei Cordai {r.randint(2, 60)}",
    "POL": lambda r: f"ul. Kaletnicza {r.randint(2, 40)} m. {r.randint(1, 30)}", "VNM": lambda r: f"{r.randint(5, 300)} đường Bạch Đằng",
    "CHN": lambda r: f"新门街{r.randint(5, 200)}号", "JPN": lambda r: f"南町{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 30)}",
    "KOR": lambda r: f"서학로 {r.randint(5, 90)}", "RUS": lambda r: f"ул. Льняная, д. {r.randint(2, 60)}, кв. {r.randint(1, 90)}",
    "JOR": lambda r: f"شارع الجامعة، بناية {r.randint(2, 40)}", "LBN": lambda r: f"شارع الميناء، بناية {r.randint(2, 40)}",
    "SYR": lambda r: f"حي الوعر، شارع {r.randint(2, 20)}", "EGY": lambda r: f"شارع الجلاء {r.randint(2, 90)}",
}
HOSPITALS = ["Larkspur Ridge Medical Center", "Tanager Valley Hospital", "Cobble Creek Regional", "Bitterroot Bend Hospital",
             "Whippoorwill Memorial", "Kestrel Point Health"]
NURSING_HOMES = ["Dogwood Terrace Care Center", "Persimmon Hill Rehab & Nursing", "Chinquapin Manor", "Sweetgum Gardens",
                 "Pawpaw Hollow Living Center"]
AGENCIES = ["Hearthside Home Health", "Blue Heron Hospice", "Cardinal Way PACE", "Trillium Adult Day Center",
            "Millrace Area Agency on Aging", "Sentinel Alert Monitoring"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "comcast.net", "frontier.com",
           "windstream.net", "bellsouth.net", "hotmail.com", "msn.com", "sbcglobal.net", "charter.net"]
FOREIGN_DOMAINS = {"MEX": "prodigy.net.mx", "ESP": "telefonica.net", "CAN": "videotron.ca", "FRA": "orange.fr", "DEU": "web.de",
                   "PRT": "sapo.pt", "BRA": "uol.com.br", "ITA": "libero.it", "POL": "wp.pl", "VNM": "vnn.vn", "CHN": "163.com",
                   "JPN": "docomo.ne.jp", "KOR": "naver.com", "RUS": "mail.ru", "JOR": "orange.jo", "LBN": "idm.net.lb",
                   "SYR": "scs-net.org", "EGY": "link.net"}


def street_line(rng) -> tuple[str, str | None]:
    k = rng.random()
    if k < 0.6:
        line = f"{rng.randint(11, 9890)} {rng.choice(STREETS)}"
    elif k < 0.68:
        line = f"{rng.randint(100, 990)} {rng.choice(['N', 'S', 'E', 'W', 'North', 'South'])} {rng.choice(STREETS)}"
    elif k < 0.78:
        line = f"{rng.randint(1000, 29999)} {rng.choice(['County Road', 'State Route', 'Hwy', 'Old Mill Rd'])} {rng.randint(3, 420)}"
    elif k < 0.88:
        line = rng.choice(["PO Box", "P.O. Box", "Box"]) + f" {rng.randint(11, 3999)}"
    else:
        line = f"{rng.choice(['RR', 'Rural Route', 'HC'])} {rng.randint(1, 8)} Box {rng.randint(10, 480)}"
    unit = None
    if rng.random() < 0.3 and not any(w in line for w in ("Box", "Route", "Road", "Hwy")):
        unit = rng.choice([f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')}", f"Unit {rng.randint(2, 40)}", f"#{rng.randint(2, 30)}",
                           f"Lot {rng.randint(2, 70)}", "Rear", "Upstairs"])
    return line, unit


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


# ---------------------------------------------------------------- coverage

# (plan, member id, group) — invented plans and shapes
PLANS = [
    ("Bluewater Senior Advantage (HMO)", lambda r: "BWS" + digits(r, 9), lambda r: "GRP " + zdigits(r, 2) + digits(r, 5)),
    ("Keystone Heritage Medicare PPO", lambda r: "KH" + digits(r, 8) + "01", lambda r: digits(r, 6)),
    ("Cardinal Valley Health Plan", lambda r: alnum(r, 3, UPPER) + digits(r, 9), lambda r: "CV-" + digits(r, 5)),
    ("Evergreen Commonwealth Care", lambda r: "E" + digits(r, 10), lambda r: "EC" + digits(r, 4) + alnum(r, 1, UPPER)),
    ("Harbor & Hills Mutual", lambda r: digits(r, 9) + "-00", lambda r: "0" + digits(r, 5)),
    ("Lakeshore Retiree Alliance", lambda r: "LRA" + digits(r, 7), lambda r: "RET-" + digits(r, 4)),
    ("Sandhill Medicare Choice", lambda r: "SMC" + digits(r, 8), lambda r: digits(r, 3) + "-" + zdigits(r, 4)),
    ("Copperline Dual Complete (D-SNP)", lambda r: "D" + digits(r, 9), lambda r: "DSNP" + digits(r, 3)),
]
SUPPLEMENTS = [("Prairie Fidelity Medigap Plan G", lambda r: "MG" + digits(r, 8)), ("Old Trail Mutual Plan N", lambda r: digits(r, 10)),
               ("Silverlake Medicare Supplement (Plan F)", lambda r: "S" + digits(r, 7) + alnum(r, 2, UPPER))]
PARTD = [("Windrose Rx (PDP)", "610014", "MEDDPRIME"), ("Thistle Senior Rx", "004336", "ADV"), ("Ninebark Part D Basic", "015581", "RXD")]
LTC_INSURERS = ["Granite Shield Long-Term Care", "Meridian Oak LTC Insurance", "Pioneer Thrift Life (LTC rider)"]
MEDICAID = {
    "AL": ("Alabama Medicaid", "Medicaid #", lambda r: digits(r, 13)), "AR": ("Arkansas Medicaid", "Medicaid ID", lambda r: digits(r, 10)),
    "GA": ("Georgia Medicaid", "Medicaid ID", lambda r: digits(r, 12)), "MS": ("Mississippi Medicaid", "MS Medicaid #", lambda r: digits(r, 9)),
    "LA": ("Healthy Louisiana", "Medicaid ID", lambda r: digits(r, 13)), "TN": ("TennCare", "TennCare ID", lambda r: digits(r, 9)),
    "NC": ("NC Medicaid", "Medicaid ID", lambda r: digits(r, 9) + r.choice(UPPER)),
    "SC": ("Healthy Connections", "Medicaid #", lambda r: digits(r, 10)),
    "PA": ("Pennsylvania Medical Assistance", "ACCESS card #", lambda r: digits(r, 10)),
    "NY": ("NY Medicaid", "CIN", lambda r: alnum(r, 2, UPPER) + digits(r, 5) + r.choice(UPPER)),
    "VT": ("Green Mountain Care", "Medicaid ID", lambda r: digits(r, 7)), "ME": ("MaineCare", "MaineCare ID", lambda r: digits(r, 9) + r.choice(UPPER)),
    "NH": ("NH Medicaid", "Medicaid #", lambda r: digits(r, 11)), "OR": ("Oregon Health Plan", "OHP Prime #", lambda r: alnum(r, 2, UPPER) + digits(r, 6)),
    "WA": ("Apple Health", "ProviderOne #", lambda r: digits(r, 9) + "WA"), "ID": ("Idaho Medicaid", "Medicaid #", lambda r: digits(r, 10)),
    "CA": ("Medi-Cal", "BIC #", lambda r: "9" + zdigits(r, 7) + r.choice(UPPER) + zdigits(r, 5)),
    "CO": ("Health First Colorado", "Medicaid ID", lambda r: r.choice(UPPER) + digits(r, 6)),
    "AZ": ("AHCCCS", "AHCCCS ID", lambda r: "A" + digits(r, 8)), "MO": ("MO HealthNet", "DCN", lambda r: digits(r, 8)),
    "FL": ("Florida Medicaid", "Medicaid #", lambda r: digits(r, 10)), "HI": ("Med-QUEST", "Med-QUEST ID", lambda r: digits(r, 10)),
    "AK": ("Alaska Medicaid", "Medicaid #", lambda r: digits(r, 10)), "VA": ("Cardinal Care", "Medicaid ID", lambda r: digits(r, 12)),
    "MN": ("Medical Assistance", "PMI #", lambda r: zdigits(r, 8)), "KS": ("KanCare", "KanCare ID", lambda r: digits(r, 11)),
    "IL": ("HFS Medical", "Recipient #", lambda r: digits(r, 9)),
}
# coverage abroad: country -> (label in the family's language, English gloss, category, generator)
FOREIGN_COVER = {
    "MEX": ("número de afiliación (IMSS)", "IMSS affiliation number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 11)),
    "ESP": ("tarjeta sanitaria (CIP)", "health card (CIP)", "HEALTH_PLAN", lambda r, p, dob: alnum(r, 4, UPPER) + digits(r, 12)),
    "CAN": ("numéro d'assurance maladie (RAMQ)", "RAMQ health insurance number", "HEALTH_PLAN",
            lambda r, p, dob: (ascii_fold(p.family).upper()[:3] + ascii_fold(p.given).upper()[:1]) + " "
            + f"{dob.year % 100:02d}{dob.month + (50 if p.sex == 'F' else 0):02d}" + " " + f"{dob.day:02d}{r.randint(10, 99)}"),
    "FRA": ("n° d'adhérent mutuelle", "mutual insurer member number", "HEALTH_PLAN", lambda r, p, dob: zdigits(r, 2) + digits(r, 8)),
    "DEU": ("Versichertennummer", "insured number (eGK)", "HEALTH_PLAN", lambda r, p, dob: r.choice(UPPER) + digits(r, 9)),
    "PRT": ("número de utente", "SNS user number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 9)),
    "BRA": ("Cartão SUS", "SUS card", "HEALTH_PLAN", lambda r, p, dob: f"7{zdigits(r, 2)} {zdigits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)}"),
    "ITA": ("numero tessera sanitaria", "health card number", "HEALTH_PLAN", lambda r, p, dob: "80380" + zdigits(r, 15)),
    "POL": ("PESEL", "national id number (PESEL)", "OTHER_ID",
            lambda r, p, dob: f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{zdigits(r, 5)}"),
    "VNM": ("số thẻ BHYT", "health insurance card", "HEALTH_PLAN", lambda r, p, dob: r.choice(["HT", "CB", "GD"]) + str(r.randint(2, 5)) + zdigits(r, 12)),
    "CHN": ("医保卡号", "medical insurance card", "HEALTH_PLAN", lambda r, p, dob: "3505" + zdigits(r, 12)),
    "JPN": ("被保険者番号", "insured person number", "HEALTH_PLAN", lambda r, p, dob: zdigits(r, 8)),
    "KOR": ("건강보험증 번호", "health insurance card number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 11)),
    "RUS": ("полис ОМС", "OMS policy", "HEALTH_PLAN", lambda r, p, dob: digits(r, 16)),
    "JOR": ("رقم التأمين الصحي", "health insurance number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 10)),
    "LBN": ("رقم الضمان", "NSSF number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 9)),
    "SYR": ("رقم البطاقة الصحية", "health card number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 11)),
    "EGY": ("رقم التأمين الصحي", "health insurance number", "HEALTH_PLAN", lambda r, p, dob: digits(r, 12)),
}


# ---------------------------------------------------------------- note context

def _mrn(r) -> str:
    return r.choice([digits(r, 8), "00" + digits(r, 6), "M" + digits(r, 7), digits(r, 3) + "-" + zdigits(r, 3) + "-" + zdigits(r, 3),
                     "H" + digits(r, 8), digits(r, 7)])


def _dob_for(vdate: dt.date, n: int, r) -> dt.date:
    ann = vdate.replace(year=vdate.year - n, day=min(vdate.day, 28))
    return ann - dt.timedelta(days=r.randint(1, 350))


class C:
    """What one note knows: the chart, the people, the numbers, the writer's hand, and the renderers."""

    def __init__(self, rng, ntype: str, age_range=(72, 106), old: float = 0.8, lang_share: float = 0.35, force_lang: str | None = None):
        self.rng = r = rng
        self.ntype = ntype
        self.hand = r.choice(HANDS)
        self.hosp = r.choice(HOSPITALS)
        self.nh = r.choice(NURSING_HOMES)
        self.agency = r.choice(AGENCIES)
        self.vdate = dt.date(2023, 1, 9) + dt.timedelta(days=r.randint(0, 720))
        self.used: set[str] = set()
        self.lang = force_lang or (r.choice(LANGS) if r.random() < lang_share else "en")
        self.country = r.choice(LANG[self.lang]["country"]) if self.lang != "en" else "USA"
        self.pt = self._person(self.lang, None, patient=True)
        lo, hi = age_range
        if lo > 89 or r.random() < old:
            a = min(hi, max(lo, 90) + int(r.triangular(0, hi - max(lo, 90) + 1, 2)))
        else:
            a = r.randint(lo, min(hi, 89))
        self.dob = _dob_for(self.vdate, a, r)
        tot = (self.vdate.year - self.dob.year) * 12 + self.vdate.month - self.dob.month - (1 if self.vdate.day < self.dob.day else 0)
        self.age, self.age_m = tot // 12, tot % 12
        self.mrn = _mrn(r)
        self.ssn = ssn(r)
        self.mbi = mbi(r)
        self.acct = r.choice([digits(r, 10), "V" + digits(r, 8), digits(r, 4) + "-" + zdigits(r, 5)])
        self.word_town = None
        if r.random() < 0.1:
            wt = r.choice(WORD_TOWNS)
            self.word_town = wt[3]
            self.city, self.state, self.zip = wt[0], wt[1], wt[2]
        else:
            self.city, self.state, z3 = r.choice(US_TOWNS)
            self.zip = z3 + f"{r.randint(1, 99):02d}"
        self.zip4 = self.zip + "-" + zdigits(r, 4) if r.random() < 0.3 else None
        self.street, self.unit = street_line(r)
        self.addr = {"line": [self.street + (", " + self.unit if self.unit else "")], "city": self.city, "state": self.state,
                     "postalCode": self.zip}
        plan = r.choice(PLANS)
        self.plan, self.member, self.group = plan[0], plan[1](r), plan[2](r)
        op = r.choice([x for x in PLANS if x[0] != self.plan])
        self.old_plan, self.old_member = op[0].split()[0], op[1](r)
        sup = r.choice(SUPPLEMENTS)
        self.sup_name, self.sup_id = sup[0], sup[1](r)
        pd = r.choice(PARTD)
        self.pd_name, self.pd_bin, self.pd_pcn = pd
        self.rxgrp = r.choice(["RX", "GRP", "PD"]) + digits(r, 4)
        self.pd_id = r.choice(["W", "T", "N"]) + digits(r, 9)
        self.mstate = self.state if self.state in MEDICAID else r.choice(sorted(MEDICAID))
        self.mcaid_prog, self.mcaid_label, gen = MEDICAID[self.mstate]
        self.mcaid = gen(r)
        self.ltc_ins, self.ltc_pol = r.choice(LTC_INSURERS), "LTC" + digits(r, 8)
        self.fcov = None
        if self.country != "USA":
            lab, gloss, cat, g = FOREIGN_COVER[self.country]
            self.fcov = (lab, gloss, cat, g(r, self.pt, self.dob))
        self.phone = Phone(r)
        self.email = self.make_email(self.pt)
        self.deceased = False
        self.ages: dict[int, int] = {}
        self.rels: list[tuple[Person, str, Phone | None]] = []
        self.team: list[Person] = []
        self.others: list[Person] = []
        self.outside: list[Person] = []
        self.fell_d: dt.date | None = None
        self.passages = 0

    # ------------------------------------------------------------ people
    def _pick(self, pool: list[str]) -> str:
        free = [x for x in pool if x not in self.used]
        x = self.rng.choice(free or pool)
        self.used.add(x)
        return x

    def _person(self, lang: str, sex: str | None, patient: bool = False, family: str | None = None, fam_script: str | None = None,
                role: str | None = None) -> Person:
        r = self.rng
        L = LANG.get(lang)
        if lang in SCRIPT_LANGS:
            if patient or family is None:
                pool = [x for x in L["pt"] if (sex is None or x[4] == sex) and x[3] not in self.used and x[2] not in self.used]
                fs, gs, gr, fr_, sx = r.choice(pool or L["pt"])
                self.used.update({fr_, gr})
                return Person(gr, fr_, (fs, gs), sx, lang=lang)
            sex = sex or r.choice("FM")
            gs, gr = r.choice([x for x in L["rel"][sex] if x[1] not in self.used] or L["rel"][sex])
            self.used.add(gr)
            fs, fr_ = fam_script, family
            if lang == "ru":
                if sex == "M" and fs in L["masc"]:
                    fs, fr_ = L["masc"][fs]
                elif sex == "F" and fs in L["fem"]:
                    fs, fr_ = L["fem"][fs]
            return Person(gr, fr_, (fs, gs), sex, lang=lang)
        if lang == "en":
            sex = sex or r.choice("FF" if patient else "FM")
            if r.random() < 0.08 and not patient:
                given = self._pick(WORD_GIVEN[sex])
            else:
                given = self._pick(EN_F if sex == "F" else EN_M)
            if family is None:
                if r.random() < 0.1:
                    family = self._pick(EPONYM_FAMILY + WORD_FAMILY)
                else:
                    family = self._pick(EN_FAM)
            self.used.add(family)
            return Person(given, family, None, sex, lang="en", middle=r.choice(MIDDLE) if r.random() < 0.3 else None)
        sex = sex or r.choice("FF" if patient else "FM")
        given = self._pick(L[sex])
        if family is None:
            f = r.choice([x for x in L["fam"] if (x if isinstance(x, str) else x[0]) not in self.used] or L["fam"])
            family = f if isinstance(f, str) else (f[1] if sex == "F" else f[0])
            self.used.add(f if isinstance(f, str) else f[0])
        elif lang == "pl":
            for f in L["fam"]:
                if isinstance(f, tuple) and family in f:
                    family = f[1] if sex == "F" else f[0]
        self.used.add(family)
        if lang == "es" and patient and r.random() < 0.35:
            second = self._pick([x for x in L["fam"] if x != family])
            family = f"{family} {second}"
        return Person(given, family, None, sex, lang=lang, fam_first=(lang == "vi"))

    def rel(self, relationship: str, sex: str | None = None, same_family: bool = True, phone: bool = True, lang: str | None = None) -> Person:
        r = self.rng
        if sex is None:
            w = relationship.split()[0]
            sex = "F" if w in FEM_REL else "M" if w in MASC_REL else r.choice("FM")
        elder = relationship.split()[0] in ("mother", "father", "sister", "brother", "aunt", "uncle", "husband", "wife", "cousin")
        lang = lang or (self.lang if r.random() < 0.75 or elder or self.lang in ("ru", "pl") else "en")
        pt = self.pt
        if lang == "en" and self.lang in SCRIPT_LANGS:
            p = self._person("en", sex, family=pt.family.split()[0] if same_family else None)
            p.script = None
        elif lang in SCRIPT_LANGS:
            if same_family:
                p = self._person(lang, sex, family=pt.family, fam_script=pt.script[0])
            else:
                p = self._person(lang, sex, patient=True)
                if p.sex != sex:
                    p.sex = sex
        else:
            fam = pt.family.split()[0] if same_family and lang == self.lang else (pt.family.split()[0] if same_family else None)
            p = self._person(lang, sex, family=fam)
        self.rels.append((p, relationship, Phone(r) if phone else None))
        return p

    def kin(self, relationship: str, **kw) -> Person:
        for q, w, _ in self.rels:
            if w == relationship:
                return q
        return self.rel(relationship, **kw)

    def relw(self, p: Person) -> str:
        for q, w, _ in self.rels:
            if q is p:
                return w
        return "relative"

    def relph(self, p: Person) -> Phone:
        for i, (q, w, ph) in enumerate(self.rels):
            if q is p:
                if ph is None:
                    ph = Phone(self.rng)
                    self.rels[i] = (q, w, ph)
                return ph
        return Phone(self.rng)

    def rage(self, p: Person, relationship: str | None = None) -> int:
        """The age of a relative, drawn once and kept for the rest of the note."""
        if id(p) not in self.ages:
            a, r = self.age, self.rng
            w = (relationship or self.relw(p)).split()[0]
            if w in ("sister", "brother", "wife", "husband", "sister-in-law", "brother-in-law", "cousin"):
                n = a + r.randint(-8, 6)
            elif w in ("daughter", "son", "daughter-in-law", "son-in-law", "stepdaughter", "stepson"):
                n = a - r.randint(20, 36)
            elif w in ("granddaughter", "grandson", "niece", "nephew"):
                n = a - r.randint(30, 62)
            elif w in ("great-granddaughter", "great-grandson"):
                n = a - r.randint(62, 80)
            elif w in ("mother", "father"):
                n = a + r.randint(19, 32)
            else:
                n = a - r.randint(5, 40)
            self.ages[id(p)] = max(6, min(107, n))
        return self.ages[id(p)]

    def other(self, sex: str | None = None, lang: str | None = None) -> Person:
        r = self.rng
        lang = lang or "en"
        p = self._person(lang, sex or r.choice("FM"), patient=lang in SCRIPT_LANGS)
        if lang in SCRIPT_LANGS and r.random() < 0.5:
            p.script = None
        self.others.append(p)
        return p

    def clin(self, role: str = "attending", cred: str = "MD", team: bool = True) -> Person:
        r = self.rng
        g = self._pick(CLIN_G)
        if r.random() < 0.08:
            f = self._pick(EPONYM_FAMILY + WORD_FAMILY)
        else:
            f = self._pick(CLIN_F)
        p = Person(g, f, None, r.choice("FM"), cred, role)
        (self.team if team else self.outside).append(p)
        return p

    # ------------------------------------------------------------ dates
    def days(self, n: int) -> dt.date:
        return self.vdate + dt.timedelta(days=n)

    def _style(self, full: bool) -> str:
        r = self.rng
        hand = self.hand if r.random() < 0.8 else r.choice(HANDS)
        return r.choice((FULL_DATES if full else HAND_DATES)[hand])

    def D(self, d: dt.date | None = None, style: str | None = None, full: bool = False) -> str:
        d = d or self.vdate
        pre, span, post = fdate(d, style or self._style(full), self.rng)
        return pre + P("DATE", span) + post

    def Dob(self, style: str | None = None) -> str:
        return self.D(self.dob, style, full=True)

    def Dl(self, d: dt.date, lang: str | None = None) -> str:
        return P("DATE", fdate_lang(d, lang or self.lang, self.rng))

    def Drange(self, d1: dt.date, d2: dt.date) -> str:
        """Two dates written as a range: two spans, the connector outside."""
        r = self.rng
        m1, m2 = d1.month, d2.month
        k = r.randrange(6)
        if k == 0:
            return P("DATE", f"{m1}/{d1.day}") + r.choice(["–", "-", " to "]) + P("DATE", f"{m2}/{d2.day}/{d2.year}")
        if k == 1 and m1 == m2:
            return P("DATE", f"{MON[m1 - 1]} {d1.day}") + "–" + P("DATE", f"{d2.day}, {d2.year}")
        if k == 2:
            first = ordinal(d1.day) + ("" if m1 == m2 else " of " + MON[m1 - 1])
            return "from the " + P("DATE", first) + " to the " + P("DATE", ordinal(d2.day) + " of " + MON[m2 - 1])
        if k == 3 and m1 == m2:
            return P("DATE", f"{m1}/{d1.day}") + "-" + P("DATE", f"{d2.day}")
        if k == 4:
            return P("DATE", f"{d1.day}.{m1}.") + "–" + P("DATE", f"{d2.day}.{m2}.{d2.year}")
        return self.D(d1) + " through " + self.D(d2)

    # ------------------------------------------------------------ ages
    def ag(self, n: int | None = None, kind: str = "adj", form: str | None = None, sex: str | None = None) -> str:
        r = self.rng
        n = self.age if n is None else n
        sex = sex or self.pt.sex
        if form is None:
            hand = self.hand if r.random() < 0.75 else r.choice(HANDS)
            form = r.choice(HAND_AGES[hand][kind])
        m = self.age_m if (n == self.age and self.age_m) else r.randint(1, 11)
        pre, span, post = age_parts(n, form, sex, m)
        return pre + age_mark(n, span) + post

    def a_ag(self, n: int | None = None, form: str | None = None, sex: str | None = None) -> str:
        """'a 92-year-old' / 'an 84-year-old' (the article outside)."""
        n = self.age if n is None else n
        return article(n) + " " + self.ag(n, "adj", form, sex)

    def agl(self, n: int, lang: str | None = None) -> str:
        pre, span, post = age_lang(n, lang or self.lang, self.rng)
        return pre + age_mark(n, span) + post

    def decade(self, n: int | None = None, sex: str | None = None) -> str:
        """'in her 90s', 'in his mid-nineties': the decade is the span."""
        r = self.rng
        n = self.age if n is None else n
        pos = "her" if (sex or self.pt.sex) == "F" else "his"
        d = (n // 10) * 10
        if d >= 100:
            return f"past {age_mark(100, '100')}"
        wd = {90: "nineties", 80: "eighties", 70: "seventies", 60: "sixties", 50: "fifties", 40: "forties"}.get(d, f"{d}s")
        k = r.randrange(4)
        q = "early" if n % 10 < 4 else "mid" if n % 10 < 7 else "late"
        if k == 0:
            return f"in {pos} " + age_mark(d, f"{d}s")
        if k == 1:
            return f"in {pos} " + age_mark(d, wd)
        if k == 2:
            return f"in {pos} {'mid-' if q == 'mid' else q + ' '}" + age_mark(d, f"{d}s")
        return f"in {pos} {q} " + age_mark(d, wd)

    def bday(self, n: int) -> str:
        """'her 95th birthday': the ordinal is the span."""
        return age_mark(n, ordinal(n) if self.rng.random() < 0.8 or n > 99 else ord_words(n))

    # ------------------------------------------------------------ names
    def nm(self, p: Person, form: str = "gf", cat: str | None = None) -> str:
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        g, f = p.given, p.family
        if form == "gf":
            return P(cat, p.full)
        if form == "gmf":
            return P(cat, f"{g} {p.middle}. {f}") if p.middle and not p.fam_first else P(cat, p.full)
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g)
        if form == "FG":
            return P(cat, f.upper()) + ", " + P(cat, g.upper())
        if form == "init":
            return P(cat, f"{g[0]}. {f}") if not p.fam_first else P(cat, p.full)
        if form == "given":
            return P(cat, g.split()[-1] if p.fam_first else g)
        if form == "family":
            return P(cat, f)
        if form == "caps":
            return P(cat, p.full.upper())
        if form == "lower":
            return P(cat, p.full.lower())
        if form == "glower":
            return P(cat, (g.split()[-1] if p.fam_first else g).lower())
        if form == "script":
            return P(cat, p.script_full()) if p.script else P(cat, p.full)
        if form == "both":
            return P(cat, p.full) + (" (" + P(cat, p.script_full()) + ")" if p.script else "")
        if form == "scriptfirst":
            return (P(cat, p.script_full()) + " (" + P(cat, p.full) + ")") if p.script else P(cat, p.full)
        return P(cat, p.full)

    def title(self, p: Person) -> str:
        if p.cred in ("MD", "DO"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        cat = "PROVIDER_NAME" if p.cred else "NAME"
        if p.lang == "vi" and not p.cred:
            return ("Bà " if p.sex == "F" else "Ông ") + P(cat, p.given.split()[-1])
        return ("Mrs. " if p.sex == "F" and self.rng.random() < 0.5 else "Ms. " if p.sex == "F" else "Mr. ") + P(cat, p.family)

    def sig(self, p: Person) -> str:
        return self.nm(p, "gf") + f", {p.cred}"

    def he(self, cap_=False) -> str:
        s = "she" if self.pt.sex == "F" else "he"
        return s.capitalize() if cap_ else s

    def his(self, cap_=False) -> str:
        s = "her" if self.pt.sex == "F" else "his"
        return s.capitalize() if cap_ else s

    def him(self) -> str:
        return "her" if self.pt.sex == "F" else "him"

    def woman(self) -> str:
        return "woman" if self.pt.sex == "F" else "man"

    def ptref(self) -> str:
        """How the note refers to its patient after the first mention."""
        r = self.rng
        k = r.random()
        if k < 0.5:
            return self.title(self.pt)
        if k < 0.75:
            return self.nm(self.pt, "given")
        return r.choice(["the patient", "Pt", "the resident", "she" if self.pt.sex == "F" else "he"])

    # ------------------------------------------------------------ contact details
    def make_email(self, p: Person, dom: str | None = None) -> str:
        r = self.rng
        g = ascii_fold(p.given.split()[-1] if p.fam_first else p.given.split()[0]).lower().replace("'", "").replace("-", "") or "mail"
        f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "") or "home"
        dom = dom or r.choice(DOMAINS)
        k = r.randrange(5)
        if k == 0:
            return f"{g}.{f}{r.randint(1, 99)}@{dom}"
        if k == 1:
            return f"{g[:1]}{f}{r.randint(30, 99)}@{dom}"
        if k == 2:
            return f"{f}.family@{dom}"
        if k == 3:
            return f"{f}_{g[:1]}{r.randint(10, 99)}@{dom}"
        return f"{g}{f[:4]}{r.randint(100, 999)}@{dom}"

    def work_email(self, p: Person) -> str:
        g = ascii_fold(p.given).lower().replace(" ", "")
        f = ascii_fold(p.family).lower().replace(" ", "")
        return f"{g[0]}{f}@{ascii_fold(self.hosp.split()[0]).lower()}health.org"

    def addr_inline(self, caps: bool = False) -> str:
        f = str.upper if caps else (lambda s: s)
        s = P("ADDRESS", f(self.street)) + ((", " if self.rng.random() < 0.5 else " ") + P("ADDRESS", f(self.unit)) if self.unit else "")
        return s + ", " + P("CITY", f(self.city)) + f", {self.state} " + P("ZIP", self.zip4 or self.zip)

    def foreign_place(self, country: str | None = None) -> tuple[str, str | None, str | None]:
        country = country or self.country
        if country == "USA":
            country = self.rng.choice(["CAN", "CAN", "MEX", "DEU", "ITA", "FRA", "JPN", "PRT", "ESP"])
        return self.rng.choice(FOREIGN[country])

    def city_txt(self, place, script: bool | None = None) -> str:
        city, own, _ = place
        if own and (script or (script is None and self.rng.random() < 0.4)):
            return P("CITY", own) + " (" + P("CITY", city) + ")"
        return P("CITY", city)

    def foreign_addr(self, country: str | None = None) -> str:
        country = country if country and country != "USA" else (self.country if self.country != "USA" else self.rng.choice(sorted(FOREIGN)))
        place = self.rng.choice(FOREIGN[country])
        city, own, pc = place
        line = P("ADDRESS", FOREIGN_STREET[country](self.rng))
        cityp = P("CITY", own or city)
        if country in ("CHN", "JPN") and own:
            return (P("ZIP", pc) + " " if pc else "") + cityp + line
        if country == "KOR" and own:
            return cityp + " " + line + (" (" + P("ZIP", pc) + ")" if pc else "")
        if pc and country in ("DEU", "FRA", "ITA", "ESP", "MEX", "POL", "PRT", "BRA", "RUS"):
            return line + ", " + P("ZIP", pc) + " " + cityp
        return line + ", " + cityp + (" " + P("ZIP", pc) if pc else "")


# ---------------------------------------------------------------- numbers in prose: health plans and other identifiers

def kin_choices(c: C) -> list[str]:
    a = c.age
    if a < 80:
        return ["wife" if c.pt.sex == "M" else "husband", "daughter", "son", "sister", "brother", "mother"]
    return ["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "sister", "brother", "daughter-in-law"]


def mbi_txt(c: C, style: str | None = None) -> str:
    m = c.mbi
    style = style or c.rng.choice(["plain", "plain", "dashed", "spaced", "lower"])
    if style == "dashed":
        return P("HEALTH_PLAN", f"{m[:4]}-{m[4:7]}-{m[7:]}")
    if style == "spaced":
        return P("HEALTH_PLAN", f"{m[:4]} {m[4:7]} {m[7:]}")
    if style == "lower":
        return P("HEALTH_PLAN", m.lower())
    if style == "readback":
        return P("HEALTH_PLAN", "-".join(m))
    return P("HEALTH_PLAN", m)


def medicare_start(c: C) -> dt.date:
    y = c.dob.year + 65
    return dt.date(y, c.dob.month, 1)


def hp_sentence(c: C, k: int | None = None) -> str:
    r = c.rng
    short = c.plan.split()[0]
    his, His = c.his(), c.his(True)
    kid = c.kin(r.choice(kin_choices(c)[1:4]), same_family=r.random() < 0.6)
    forms = [
        lambda: f"{His} {short} number is {P('HEALTH_PLAN', c.member)}.",
        lambda: f"Member # {P('HEALTH_PLAN', c.member)}, group {P('HEALTH_PLAN', c.group)} ({c.plan}).",
        lambda: f"Medicare card reads {mbi_txt(c, 'dashed')}; Part A and B since {c.D(medicare_start(c), full=True)}.",
        lambda: f"MBI {mbi_txt(c)} (verified in the eligibility portal {c.D(c.days(-r.randint(0, 3)))}).",
        lambda: f"{c.nm(kid, 'given')} read the Medicare number off the card over the phone: {mbi_txt(c, 'readback')}.",
        lambda: f"Insurance verified by phone with {short}, ID ending {P('HEALTH_PLAN', c.member.split('-')[0][-4:])}; the full number is on the scanned card.",
        lambda: f"{c.mcaid_prog} ({c.mcaid_label} {P('HEALTH_PLAN', c.mcaid)}) was renewed on {c.D(c.days(-r.randint(20, 300)))}.",
        lambda: f"{His} Medicaid is {P('HEALTH_PLAN', c.mcaid)} through {c.mcaid_prog}; recertification is due {c.D(c.days(r.randint(20, 200)))}.",
        lambda: f"Secondary coverage: {c.sup_name}, policy {P('HEALTH_PLAN', c.sup_id)}.",
        lambda: (f"Part D with {c.pd_name}: member {P('HEALTH_PLAN', c.pd_id)}, RxBIN {c.pd_bin}, PCN {c.pd_pcn}, "
                 f"RxGRP {P('HEALTH_PLAN', c.rxgrp)}."),
        lambda: (f"{c.he(True)} still carries {his} late {'husband' if c.pt.sex == 'F' else 'wife'}'s retiree card, subscriber "
                 f"{P('HEALTH_PLAN', c.old_member)} (dependent 02), which {c.old_plan} says ended {c.D(c.days(-r.randint(30, 900)), full=True)}."),
        lambda: (f"Long-term care policy with {c.ltc_ins}, no. {P('HEALTH_PLAN', c.ltc_pol)}; the 90-day elimination period was met "
                 f"{c.D(c.days(-r.randint(5, 60)))}."),
        lambda: f"the member id on the {short} card is {P('HEALTH_PLAN', c.member.lower())}, grp {P('HEALTH_PLAN', c.group.lower())}.",
        lambda: f"ins: {short} {P('HEALTH_PLAN', c.member)} / grp {P('HEALTH_PLAN', c.group)}.",
        lambda: (f"Coverage: Medicare A/B ({mbi_txt(c)}), {c.sup_name} ({P('HEALTH_PLAN', c.sup_id)}), Part D {c.pd_name} "
                 f"({P('HEALTH_PLAN', c.pd_id)})."),
        lambda: (f"Medicaid pending: the application went in {c.D(c.days(-r.randint(10, 80)))}, county case no. "
                 f"{P('OTHER_ID', r.choice(['DSS-', 'LTC-', '']) + digits(r, 7))}."),
        lambda: f"Dual eligible: {c.plan} member {P('HEALTH_PLAN', c.member)}, {c.mcaid_prog} {P('HEALTH_PLAN', c.mcaid)}.",
        lambda: f"{His} insurance is Medicare plus {c.mcaid_prog}; the Medicare number ends in {P('HEALTH_PLAN', c.mbi[-4:])}.",
        lambda: (f"TRICARE For Life, DBN {P('HEALTH_PLAN', digits(r, 11))}, as the {'widow' if c.pt.sex == 'F' else 'widower'} of a "
                 f"retired Army sergeant."),
        lambda: (f"Per the card: Member: {c.nm(c.pt, 'caps')} / ID: {P('HEALTH_PLAN', c.member)} / Group: {P('HEALTH_PLAN', c.group)} / "
                 f"Plan: {c.plan}."),
        lambda: f"Subscriber ID {P('HEALTH_PLAN', c.member)} (card issued {c.D(c.days(-r.randint(30, 700)), full=True)}).",
        lambda: f"You'll want {his} Medicare ID — it's {mbi_txt(c, 'lower')} — and the {short} one, {P('HEALTH_PLAN', c.member)}.",
        lambda: f"{c.mcaid_label}: {P('HEALTH_PLAN', c.mcaid)} ({c.mcaid_prog}, {c.mstate}).",
    ]
    if c.fcov:
        lab, gloss, cat, val = c.fcov
        forms.append(lambda: f"From home {c.he()} keeps {his} {gloss} ({lab}) {P(cat, val)}.")
        forms.append(lambda: f"Foreign coverage on file: {lab} {P(cat, val)}.")
    return forms[k % len(forms) if k is not None else r.randrange(len(forms))]()


def pa_num(r) -> str:
    return r.choice([f"{r.randint(23, 24)}-{digits(r, 6)}-A", "PA" + digits(r, 8), digits(r, 10), f"AUTH-{digits(r, 3)}-{digits(r, 4)}"])


def oid_sentence(c: C, k: int | None = None) -> str:
    r = c.rng
    doc = c.clin(r.choice(["PCP", "geriatrician", "cardiologist"]), r.choice(["MD", "DO"]), team=False)
    svc = r.choice(["home oxygen", "a hospital bed", "a power wheelchair", "skilled nursing days",
                    "respite days", "the incontinence supplies", "physical therapy visits"])
    forms = [
        lambda: f"Prior authorization {P('OTHER_ID', pa_num(r))} approved {c.D(c.days(-r.randint(1, 30)))} for {svc}, good through {c.D(c.days(r.randint(30, 170)))}.",
        lambda: f"The approval for {svc} came through as {P('OTHER_ID', pa_num(r))}.",
        lambda: f"Referral #{P('OTHER_ID', 'R' + digits(r, 7))} sent to {c.agency} on {c.D(c.days(-r.randint(0, 12)))}.",
        lambda: (f"Claim {P('OTHER_ID', digits(r, 4) + alnum(r, 2, UPPER) + digits(r, 7))} for the {c.D(c.days(-r.randint(30, 120)))} "
                 f"ambulance ride was denied; appeal reference {P('OTHER_ID', 'APL-' + digits(r, 6))}."),
        lambda: f"Rx #{P('OTHER_ID', digits(r, 7))} ({K('drug', r.choice(MEDS))}) last filled {c.D(c.days(-r.randint(2, 40)))}.",
        lambda: f"PCP is {c.title(doc)} (NPI {P('OTHER_ID', npi(r))}); records requested {c.D(c.days(-r.randint(1, 9)))}.",
        lambda: f"Urine culture, accession {P('OTHER_ID', r.choice(['M', 'U']) + str(r.randint(23, 24)) + '-' + digits(r, 5))}, collected {c.D(c.days(-r.randint(1, 4)))}.",
        lambda: f"Adult Protective Services case {P('OTHER_ID', digits(r, 2) + '-' + digits(r, 6))} remains open.",
        lambda: f"Incident report {P('OTHER_ID', 'IR-' + str(c.vdate.year) + '-' + zdigits(r, 4))} filed in the safety system.",
        lambda: f"Transport confirmation {P('OTHER_ID', alnum(r, 8))} for {c.D(c.days(r.randint(1, 14)))}.",
        lambda: f"Call the help desk about ticket {P('OTHER_ID', 'INC' + digits(r, 7))}, not the clinic.",
        lambda: f"Extra Help application {P('OTHER_ID', 'LIS-' + digits(r, 8))} submitted {c.D(c.days(-r.randint(3, 40)))}.",
        lambda: f"The pharmacy quoted claim {P('OTHER_ID', digits(r, 12))} when it rejected the refill (refill too soon).",
        lambda: f"Hospice benefit period 2 per the election statement, hospice case no. {P('OTHER_ID', 'HC' + digits(r, 6))}.",
        lambda: (lambda gd: f"Court-appointed guardian since {c.D(gd, full=True)} (docket {P('OTHER_ID', str(gd.year) + '-GD-' + zdigits(r, 4))}).")(c.days(-r.randint(100, 900))),
        lambda: f"(ref {P('OTHER_ID', digits(r, 2) + '-' + digits(r, 6))}, the appeal)",
        lambda: f"Dr. {P('PROVIDER_NAME', doc.family)}'s NPI for the form: NPI {P('OTHER_ID', npi(r))}.",
    ]
    return forms[k % len(forms) if k is not None else r.randrange(len(forms))]()


# ---------------------------------------------------------------- clinical text to keep

MEDS = ["donepezil 10 mg nightly", "memantine 10 mg twice daily", "carbidopa-levodopa 25/100 mg three times daily",
        "apixaban 2.5 mg twice daily", "furosemide 40 mg every morning", "metoprolol succinate 25 mg daily",
        "levothyroxine 75 mcg daily", "acetaminophen 650 mg every 6 hours as needed", "sertraline 50 mg daily",
        "mirtazapine 7.5 mg at bedtime", "tamsulosin 0.4 mg at bedtime", "oxybutynin 5 mg twice daily", "mirabegron 25 mg daily",
        "vitamin D3 2000 units daily", "cyanocobalamin 1000 mcg daily", "polyethylene glycol 17 g daily", "senna 8.6 mg at bedtime",
        "latanoprost 0.005% one drop each eye nightly", "aspirin 81 mg daily", "atorvastatin 20 mg daily",
        "amlodipine 5 mg daily", "lisinopril 10 mg daily", "insulin glargine 10 units at bedtime", "quetiapine 12.5 mg at bedtime",
        "trazodone 25 mg at bedtime", "gabapentin 100 mg three times daily", "calcium carbonate 500 mg twice daily",
        "omeprazole 20 mg daily", "morphine oral solution 5 mg every 2 hours as needed", "lorazepam 0.5 mg every 6 hours as needed"]
VITALS = [lambda r: f"BP {r.randint(104, 168)}/{r.randint(58, 96)}", lambda r: f"HR {r.choice([88, 90, 92, 94, 96, 98, 101])}",
          lambda r: f"SpO2 {r.choice([90, 91, 92, 93, 94, 95, 96])}%", lambda r: f"T {r.choice(['97.4', '97.9', '98.2', '98.8', '99.3'])} F",
          lambda r: f"RR {r.choice([16, 18, 20, 22])}", lambda r: f"wt {r.choice([91, 94, 96, 98, 103, 107, 112])} lb",
          lambda r: f"pulse {r.choice([90, 92, 96])} and irregular", lambda r: f"orthostatic drop {r.choice([22, 26, 31])} mmHg"]
LABS = [lambda r: f"glucose {r.choice([91, 94, 96, 99, 104, 112])} mg/dL", lambda r: f"Na {r.randint(129, 144)}",
        lambda r: f"creatinine {r.uniform(0.7, 2.1):.1f}", lambda r: f"Hgb {r.uniform(8.4, 13.1):.1f}",
        lambda r: f"B12 {r.choice([92, 148, 196, 240, 310])} pg/mL", lambda r: f"TSH {r.uniform(0.6, 6.2):.2f}",
        lambda r: f"albumin {r.uniform(2.6, 4.0):.1f}", lambda r: f"eGFR {r.choice([28, 34, 41, 47, 52])}",
        lambda r: f"vitamin D {r.choice([14, 19, 23, 31])} ng/mL", lambda r: f"BUN {r.choice([18, 24, 31, 38])}",
        lambda r: f"PVR {r.choice([92, 96, 140, 210])} mL"]
SCALES = [("Katz ADL", "eponym", lambda r: f"{r.randint(1, 6)}/6"), ("Lawton IADL", "eponym", lambda r: f"{r.randint(0, 8)}/8"),
          ("Morse Fall Scale", "eponym", lambda r: str(r.choice([45, 55, 65, 75, 85, 95]))), ("Braden", "eponym", lambda r: str(r.randint(11, 20))),
          ("Hendrich II Fall Risk Model", "eponym", lambda r: str(r.randint(2, 9))), ("Tinetti", "eponym", lambda r: f"{r.randint(9, 24)}/28"),
          ("Barthel Index", "eponym", lambda r: f"{r.choice([35, 50, 65, 80, 90])}/100"),
          ("Glasgow Coma Scale", "eponym", lambda r: str(r.choice([13, 14, 15])))]
SCORES_PLAIN = [lambda r: f"MoCA {r.randint(11, 26)}/30", lambda r: f"Mini-Cog {r.randint(0, 5)}/5", lambda r: f"PHQ-9 {r.randint(1, 14)}",
                lambda r: f"GDS-15 {r.randint(1, 9)}", lambda r: f"CAM {r.choice(['negative', 'positive'])}",
                lambda r: f"4AT {r.randint(0, 8)}", lambda r: f"PPS {r.choice([30, 40, 50, 60])}%", lambda r: f"FAST {r.choice(['5', '6a', '6c', '7a'])}",
                lambda r: f"MNA-SF {r.randint(5, 13)}", lambda r: f"TUG {r.randint(12, 31)} s", lambda r: f"BIMS {r.randint(5, 15)}"]
EPONYM_DX = ["Parkinson disease", "Alzheimer disease", "dementia with Lewy bodies", "Paget disease of bone", "Sjögren syndrome",
             "Charcot foot", "Dupuytren contracture", "Bell palsy (remote)", "Barrett esophagus", "Menière disease",
             "Cheyne-Stokes respirations", "Charles Bonnet syndrome", "Heberden nodes", "Colles fracture (2019)", "Zenker diverticulum"]
DX = ["heart failure with preserved EF", "atrial fibrillation", "CKD stage 3b", "osteoporosis", "macular degeneration",
      "hypothyroidism", "type 2 diabetes", "urge incontinence", "aortic stenosis", "COPD", "spinal stenosis", "hearing loss",
      "chronic venous insufficiency", "recurrent UTIs", "osteoarthritis of both knees"]
ICD = [("I50.32", "chronic diastolic heart failure"), ("I48.20", "chronic atrial fibrillation"), ("N18.32", "CKD stage 3b"),
       ("G30.1", "Alzheimer disease, late onset"), ("G20.A1", "Parkinson disease"), ("R26.81", "unsteadiness on feet"),
       ("W19.XXXA", "unspecified fall"), ("Z91.81", "history of falling"), ("N39.41", "urge incontinence"), ("H35.3210", "exudative AMD"),
       ("F05", "delirium"), ("S72.001A", "hip fracture"), ("Z74.09", "reduced mobility"), ("R13.12", "oropharyngeal dysphagia")]
CPT = [("99495", "transitional care management, moderate"), ("99496", "TCM, high complexity"), ("99483", "cognitive assessment and care plan"),
       ("G0180", "home health certification"), ("99349", "home visit, established"), ("97802", "medical nutrition therapy"),
       ("99497", "advance care planning, first 30 min"), ("G0438", "annual wellness visit"), ("92065", "orthoptic training")]


# ---------------------------------------------------------------- shared blocks (prose and semi-structured)

ACTIVITIES = ["still does the crossword in pen", "walks to the mailbox with the rollator", "plays cards on Thursdays",
              "keeps her own checkbook", "cooks one meal a day", "feeds the birds", "goes to Mass most Sundays",
              "watches the ballgame with the sound up", "quilts when her hands allow", "tends tomatoes on the porch"]


def rel_tag(c: C, n: int, sex: str) -> str:
    """An age in apposition after a relative's name: ', 96,' / ', aged 96,' / ' (96)'."""
    r = c.rng
    form = r.choice(["n", "n", "aged n", "age n", "n yo", "(n)", "n years old"])
    if form == "(n)":
        return " " + c.ag(n, "tag", form="(n)", sex=sex) + ","
    if form == "n years old":
        return ", " + c.ag(n, "pred", form=form, sex=sex) + ","
    return ", " + c.ag(n, "tag" if form != "n yo" else "adj", form=form, sex=sex) + ","


def blk_family(c: C) -> str:
    r = c.rng
    picks = r.sample(kin_choices(c), 2)
    a = c.kin(picks[0], same_family=r.random() < 0.65)
    b = c.kin(picks[1], same_family=r.random() < 0.5)
    na, nb = c.rage(a, picks[0]), c.rage(b, picks[1])
    pa, pb = c.relph(a), c.relph(b)
    k = r.choice([1, 4, 5]) if c.deceased else r.randrange(7)
    if k == 4 and picks[0] in ("husband", "wife"):
        k = 1
    hisa = "her" if a.sex == "F" else "his"
    if k == 0:
        return (f"Social: lives {r.choice(['alone in a single-story house', 'with ' + c.his() + ' ' + picks[0], 'in a senior apartment'])}. "
                f"{cap(picks[0])} {c.nm(a, 'gf')}{rel_tag(c, na, a.sex)} is the main support "
                f"({P('PHONE', pa.fmt(r.choice(US_PHONE_STYLES)))}); {c.his()} {picks[1]} {c.nm(b, 'given')} "
                f"({c.ag(nb, 'pred', form='n', sex=b.sex)}) helps on weekends.\n")
    if k == 1:
        return (f"Family: {c.nm(a, r.choice(['gf', 'Fg']))} ({picks[0]}, {c.ag(na, 'pred', form='n', sex=a.sex)}) — "
                f"{P('PHONE', str(pa))}; {c.nm(b, 'gf')} ({picks[1]}) — {P('PHONE', str(pb))}, {P('EMAIL', c.make_email(b))}.\n")
    if k == 2:
        sib = c.kin(r.choice(["sister", "brother"]), same_family=True, phone=False)
        ns = c.rage(sib)
        return (f"{c.he(True)} is the {r.choice(['youngest', 'second', 'last living'])} of {r.randint(4, 11)} children; "
                f"{c.his()} {c.relw(sib)} {c.nm(sib, 'given')}{rel_tag(c, ns, sib.sex)} "
                f"{r.choice(['still lives on the home place', 'is in assisted living', 'calls every Sunday'])}. "
                f"{cap(picks[0])} {c.nm(a)} (cell {P('PHONE', pa.fmt('a-b-c'))}) is health care proxy.\n")
    if k == 3:
        return (f"{c.nm(a, 'given')} ({c.his()} {picks[0]}) says {c.he()} {r.choice(ACTIVITIES)}; {c.nm(a, 'given')} is "
                f"{c.ag(na, 'pred', sex=a.sex)} {r.choice(['and has ' + hisa + ' own health problems', 'and works nights', 'and lives 20 minutes away'])}. "
                f"Backup contact: {c.nm(b)}, {P('PHONE', pb.fmt(r.choice(US_PHONE_STYLES)))}.\n")
    if k == 5:
        return (f"Emergency contacts — 1) {c.nm(a, 'Fg')}, {picks[0]}, {P('PHONE', pa.fmt(r.choice(US_PHONE_STYLES)))} "
                f"2) {c.nm(b, 'Fg')}, {picks[1]}, {P('PHONE', pb.fmt(r.choice(US_PHONE_STYLES)))}.\n")
    if k == 6:
        return (f"The {picks[0]}, {c.nm(a, 'given')}, comes every evening; {'she' if a.sex == 'F' else 'he'} is "
                f"{c.decade(na, a.sex)} and {r.choice(['works days', 'has a bad back', 'lives next door'])}. "
                f"Reach {c.nm(a, 'given')} at {P('PHONE', str(pa))}.\n")
    sp = c.kin("husband" if c.pt.sex == "F" else "wife", same_family=True, phone=False)
    died = c.days(-r.randint(400, 9000))
    nsp = max(50, c.age - (c.vdate.year - died.year) + r.randint(-3, 3))
    return (f"Widowed {c.D(died, full=True)} ({c.nm(sp, 'given')} died at {c.ag(nsp, 'pred', form='n', sex=sp.sex)}). "
            f"{cap(picks[0])} {c.nm(a)} holds durable POA; best number {P('PHONE', str(pa))}.\n")


LIFE_LEADS = ["Course: ", "Life course: ", "Milestones, per family: ", "From the family: ", "", "Background — "]


def blk_lifecourse(c: C) -> str:
    """Ages at past events, over and under 89."""
    r = c.rng
    events = [("gave up driving", 1), ("stopped mowing the yard", 1), ("moved in with " + c.his() + " daughter", 1),
              ("had the first fall", 1), ("quit smoking", 0), ("had cataract surgery", 0), ("broke a wrist", 0),
              ("flew to see the grandchildren for the last time", 1), ("sold the farm", 0), ("got the first hearing aid", 0),
              ("stopped going to church on foot", 1), ("gave the car to a grandson", 1), ("had the knee replaced", 0)]
    a = c.age
    picks = r.sample(events, r.choice([2, 3]))
    parts = []
    for ev, late in picks:
        n = r.randint(max(60, a - 8), a - 1) if late else r.randint(max(58, a - 25), max(59, a - 5))
        n = min(n, a - 1)
        form = r.random()
        if form < 0.2:
            parts.append(f"at {age_mark(n, str(n))} {c.he()} {ev}")
        elif form < 0.27:
            parts.append(f"at {age_mark(n, words(n))} {c.he()} {ev}")
        elif form < 0.33:
            parts.append(f"{c.he()} {ev} in {c.his()} {age_mark(n + 1, ordinal(n + 1))} year")
        elif form < 0.39:
            parts.append(f"{c.he()} {ev} when {c.he()} was {age_mark(n, str(n) + ' years')} old")
        elif form < 0.45:
            parts.append(f"{c.he()} {ev} as {article(n)} {c.ag(n, 'adj', form=r.choice(['n-year-old', 'n-yr-old', 'w-year-old']))}")
        elif form < 0.55:
            parts.append(f"{c.he()} {ev} at age {age_mark(n, str(n))}")
        elif form < 0.7:
            parts.append(f"{c.he()} was {c.ag(n, 'pred', form=r.choice(['n', 'w']))} when {c.he()} {ev}")
        elif form < 0.82:
            parts.append(f"{c.he()} {ev} the year {c.he()} turned {age_mark(n, str(n))}")
        elif form < 0.92:
            parts.append(f"{c.he()} {ev} {a - n} years ago, aged {age_mark(n, str(n))}")
        else:
            parts.append(f"{c.he()} {ev} {c.decade(n)}")
    lead = r.choice(LIFE_LEADS)
    s = "; ".join(parts) + ".\n"
    return lead + (s if lead else s[0].upper() + s[1:])


def blk_birthday(c: C) -> str:
    r = c.rng
    a = c.age
    bd = c.dob.replace(year=c.vdate.year) if not (c.dob.month == 2 and c.dob.day == 29) else dt.date(c.vdate.year, 2, 28)
    past = bd <= c.vdate
    nxt = bd if not past else (bd.replace(year=bd.year + 1) if not (bd.month == 2 and bd.day == 29) else bd)
    k = r.randrange(6)
    if k == 0 and past:
        kid = c.kin(r.choice(["granddaughter", "daughter", "niece"]), same_family=r.random() < 0.5)
        return f"Celebrated {c.his()} {c.bday(a)} birthday on {c.D(bd)} with cake; {c.nm(kid, 'given')} brought photos.\n"
    if k == 1:
        return f"Turns {age_mark(a + 1, str(a + 1))} on {c.D(nxt)} and wants to be home for it.\n"
    if k == 2:
        return f"{c.he(True)} {'turned' if past else 'will turn'} {age_mark(a if past else a + 1, words(a if past else a + 1))} this year and says so to everyone.\n"
    if k == 3:
        return f"Family is planning {c.his()} {c.bday(a + 1)} for {c.D(nxt)}.\n"
    if k == 4:
        return f"Birthday {c.D(nxt, r.choice(['Month d', 'Mon d', 'm/d', 'dth Month', 'Month dth']))} — will be {c.ag(a + 1, 'pred', form=r.choice(['n', 'w']))}; card sent by the clinic.\n"
    return f"({c.he(True)} reminds everyone {c.he()} is \"{age_mark(a, words(a))} and a half\".)\n" if a < 100 else f"A card from the governor for {c.his()} {c.bday(a)} hangs by the door.\n"


def blk_coverage(c: C) -> str:
    r = c.rng
    ks = r.sample(range(23 + (2 if c.fcov else 0)), r.choice([2, 2, 3]))
    body = " ".join(hp_sentence(c, k) for k in ks)
    lead = r.choice(["", "", "Coverage — ", "Insurance: ", "Payer info: "]) if ":" not in plain(body)[:28] else ""
    return lead + body + "\n"


def blk_ids(c: C) -> str:
    r = c.rng
    ks = r.sample(range(17), 2)
    return " ".join(oid_sentence(c, k) for k in ks) + "\n"


def blk_timeline(c: C) -> str:
    r = c.rng
    d1 = c.days(-r.randint(20, 120))
    d2 = d1 + dt.timedelta(days=r.randint(2, 6))
    d3 = c.days(-r.randint(2, 15))
    why = r.choice(["pneumonia", "a UTI with delirium", "a heart failure exacerbation", "syncope", "a hip fracture", "cellulitis of the left leg"])
    k = r.randrange(5)
    if k == 0:
        return (f"Recent: admitted to {c.hosp} for {why}, {c.Drange(d1, d2)}; home with services; seen in clinic "
                f"{c.D(d3)}, {r.randint(2, 5)} days after the {c.D(d3 - dt.timedelta(days=r.randint(3, 9)), r.choice(['m/d', 'Mon d', 'Month dth']))} fall.\n")
    if k == 1:
        return (f"Timeline per {c.his()} family: {c.D(d1)} ER for {why}; {c.D(d2)} back home; {c.D(d3)} "
                f"{r.choice(['new walker delivered', 'first PT visit', 'fell again without injury', 'started the new antibiotic'])}.\n")
    if k == 2:
        return (f"{cap(why)} {r.choice(['in ', ''])}{c.D(d1, r.choice(['Month Y', 'mid-Month Y']))}; the discharge was {c.D(d2, full=True)}. "
                f"Follow-up {c.D(c.days(r.randint(5, 40)))} with {c.title(c.clin('PCP', r.choice(['MD', 'DO', 'NP']), team=False))}.\n")
    if k == 3:
        return (f"Hospital stay {c.Drange(d1, d2)} ({why}); {r.choice(['the week after', 'three days after', 'two weeks after'])} discharge, "
                f"on {c.D(d2 + dt.timedelta(days=r.randint(3, 14)))}, {c.he()} was back in the ED.\n")
    return (f"Since the {why.removeprefix('a ')} ({c.D(d1, r.choice(['m/d/yy', 'Month d', 'the dth of Month', 'd.m.']))}) {c.he()} has not been the same; "
            f"worse again the weekend of {c.D(d3, r.choice(['Month d', 'm/d', 'Mon d']))}.\n")


def blk_meds(c: C) -> str:
    r = c.rng
    meds = r.sample(MEDS, r.choice([3, 4]))
    k = r.randrange(5)
    if k == 0:
        return "Meds: " + "; ".join(K("drug", m) for m in meds) + ".\n"
    if k == 1:
        return "Medications reviewed with the bottles in hand:\n" + "".join(f"- {K('drug', m)}\n" for m in meds)
    if k == 2:
        return f"{c.he(True)} takes {', '.join(K('drug', m) for m in meds[:-1])} and {K('drug', meds[-1])}.\n"
    if k == 3:
        return f"Pill organizer filled by the family: {', '.join(K('drug', m) for m in meds)}.\n"
    return "Current meds (per the pharmacy list):\n" + "".join(f"  {i}) {K('drug', m)}\n" for i, m in enumerate(meds, 1))


def blk_vitals(c: C) -> str:
    r = c.rng
    vs = [K("vital", f(r)) for f in r.sample(VITALS, 3)]
    ls = [K("lab", f(r)) for f in r.sample(LABS, 2)]
    k = r.randrange(5)
    if k == 0:
        return f"Vitals {', '.join(vs)}. Labs {c.D(c.days(-r.randint(0, 6)))}: {', '.join(ls)}.\n"
    if k == 1:
        return f"{vs[0]}, {vs[1]}, {vs[2]}; most recent {ls[0]} and {ls[1]}.\n"
    if k == 2:
        return f"Today {' / '.join(vs)}. ({ls[0]}; {ls[1]} last week.)\n"
    if k == 3:
        return f"Obs: {vs[0]}  {vs[1]}  {vs[2]}\nRecent labs: {ls[0]}, {ls[1]}\n"
    return f"On exam {vs[0]} and {vs[1]}; {vs[2]}. Labs from the {r.choice(['hospital', 'last draw'])}: {ls[0]}, {ls[1]}.\n"


def blk_scales(c: C) -> str:
    r = c.rng
    sc = r.sample(SCALES, 2)
    pl = r.sample(SCORES_PLAIN, 2)
    parts = [f"{K(kind, nm)} {K('score', f(r))}" for nm, kind, f in sc] + [K("score", f(r)) for f in pl]
    r.shuffle(parts)
    dx = r.sample(EPONYM_DX, 1) + r.sample(DX, 2)
    k = r.randrange(4)
    if k == 0:
        return f"Scores: {', '.join(parts)}. Problems include {K('eponym', dx[0])}, {K('diagnosis', dx[1])} and {K('diagnosis', dx[2])}.\n"
    if k == 1:
        return f"Problem list: {K('eponym', dx[0])}; {K('diagnosis', dx[1])}; {K('diagnosis', dx[2])}.\nScreens: {'; '.join(parts)}.\n"
    if k == 2:
        return f"Known {K('eponym', dx[0])} and {K('diagnosis', dx[1])}. Today {parts[0]} and {parts[1]} ({parts[2]}, {parts[3]} last month).\n"
    return f"Hx {K('diagnosis', dx[1])}, {K('eponym', dx[0])}. " + " | ".join(parts) + "\n"


def blk_codes(c: C) -> str:
    r = c.rng
    icd = r.sample(ICD, 2)
    cpt = r.choice(CPT)
    k = r.randrange(3)
    if k == 0:
        return (f"Dx: {icd[0][1]} ({K('code', icd[0][0])}); {icd[1][1]} ({K('code', icd[1][0])}). "
                f"Billing: {K('code', cpt[0])} ({cpt[1]}).\n")
    if k == 1:
        return f"ICD-10 {K('code', icd[0][0])}, {K('code', icd[1][0])}; CPT {K('code', cpt[0])}.\n"
    return f"Coded as {icd[0][1]} — {K('code', icd[0][0])} — with {cpt[1]} ({K('code', cpt[0])}).\n"


def blk_message(c: C) -> str:
    r = c.rng
    kid = c.kin(r.choice(kin_choices(c)), same_family=r.random() < 0.6)
    ph = c.relph(kid)
    t = f"{r.randint(7, 11)}:{r.choice(['02', '14', '26', '38', '51'])} {r.choice(['am', 'pm'])}"
    k = r.randrange(5)
    if k == 0:
        w = c.relw(kid).split()[0]
        f_ = c.pt.sex == "F"
        who = {"daughter": "mom" if f_ else "dad", "son": "mom" if f_ else "dad", "granddaughter": "grandma" if f_ else "grandpa",
               "grandson": "grandma" if f_ else "grandpa", "sister": "my sister" if f_ else "my brother",
               "brother": "my sister" if f_ else "my brother", "niece": "my aunt" if f_ else "my uncle",
               "nephew": "my aunt" if f_ else "my uncle", "husband": "my wife", "wife": "my husband"}.get(w, "she" if f_ else "he")
        return (f"VM from {c.nm(kid, 'gf')} ({c.relw(kid)}) {c.D(c.days(-r.randint(0, 3)), r.choice(['m/d', 'Mon d', 'Wk m/d']))} {t}: "
                f"\"{who}'s been more confused since {c.D(c.days(-r.randint(3, 10)), r.choice(['spoken', 'Month dth', 'Wk the dth']))}, "
                f"{c.he()}'s {c.ag(kind='pred', form=r.choice(['n', 'w']))} you know, please call me back at {P('PHONE', ph.fmt(r.choice(['a-b-c', 'a.b.c', 'abc'])))}\"\n")
    if k == 1:
        return (f"msg from {c.nm(kid, 'glower')}: pls call re {c.his()} appt on {c.D(c.days(r.randint(2, 20)), r.choice(['m/d', 'Mon-d', 'm-d']))}, "
                f"can't get off work. cell {P('PHONE', ph.fmt('abc'))}\n")
    if k == 2:
        return (f"Portal message {c.D(c.days(-r.randint(0, 2)), 'Y-mm-dd HH:MM')} from {c.nm(kid)} ({P('EMAIL', c.make_email(kid))}): "
                f"\"Is it safe for {c.him()} to fly to {c.city_txt(c.foreign_place())} on {c.D(c.days(r.randint(15, 60)))}? "
                f"{c.he(True)}'ll be {age_mark(c.age + 1, str(c.age + 1)) if r.random() < 0.5 else age_mark(c.age, str(c.age))} by then.\"\n")
    if k == 3:
        return (f"Text from {c.relw(kid)} ({P('PHONE', ph.fmt('(a) b-c'))}), {c.D(c.days(-r.randint(0, 2)), r.choice(['Mon d', 'm/d']))}: "
                f"\"hi its {c.nm(kid, 'glower')}. {c.he()} ate breakfast and is watching tv. is the {c.D(c.days(r.randint(3, 12)), r.choice(['m/d', 'Month dth']))} visit still on\"\n")
    return (f"Called {c.nm(kid, 'given')} back at {P('PHONE', ph.spoken()) if c.hand == 'dictated' else P('PHONE', str(ph))}; "
            f"left a message with the plan and the {c.D(c.days(r.randint(3, 21)))} appointment.\n")


def blk_address(c: C) -> str:
    r = c.rng
    k = r.randrange(5)
    if k == 0:
        return f"Home: {c.addr_inline()}. Phone {P('PHONE', str(c.phone))}.\n"
    if k == 1:
        return (f"Lives at {c.addr_inline()}, {r.choice(['the yellow house past the church', 'second driveway after the cattle guard', 'behind the feed store', 'the trailer with the ramp'])}; "
                f"{r.choice(['key under the flowerpot', 'dog is friendly', 'knock loudly, hard of hearing', 'park on the road'])}.\n")
    if k == 2:
        old = f"{r.randint(11, 2900)} {r.choice(STREETS)}"
        return (f"New address since {c.D(c.days(-r.randint(30, 400)))}: {c.addr_inline()} (previously {P('ADDRESS', old)}, "
                f"{P('CITY', r.choice(US_TOWNS)[0])}).\n")
    if k == 3:
        return f"Mailing address {c.addr_inline(caps=r.random() < 0.3)}; e-mail {P('EMAIL', c.email)}.\n"
    return f"{c.he(True)} gives {c.his()} address as \"{c.addr_inline()}\" and {c.his()} number as {P('PHONE', str(c.phone))}.\n"


def blk_ssn(c: C) -> str:
    r = c.rng
    s = c.ssn
    k = r.randrange(6)
    if k == 0:
        return f"SSN on the application: {P('SSN', s)}.\n"
    if k == 1:
        return f"Last four of {c.his()} Social: {P('SSN', s[-4:])}.\n"
    if k == 2:
        return f"Social Security number {P('SSN', s.replace('-', ' '))} (copied from the card for the county).\n"
    if k == 3:
        return f"SS# xxx-xx-{P('SSN', s[-4:])}, DOB {c.Dob()}.\n"
    if k == 4:
        return f"Identity verified with date of birth and the last 4 of the SSN ({P('SSN', s[-4:])}).\n"
    return f"SSN {P('SSN', s.replace('-', ''))} — needed for the Extra Help form.\n"


def blk_staff(c: C) -> str:
    r = c.rng
    a = c.clin(r.choice(["PCP", "geriatrician"]), r.choice(["MD", "DO", "NP"]))
    b = c.clin(*r.choice([("care manager", "BSN, RN"), ("home health RN", "RN"), ("social worker", "MSW, LCSW")]))
    k = r.randrange(4)
    if k == 0:
        return (f"Discussed with {c.title(a) if a.cred in ('MD', 'DO') else c.nm(a) + ', ' + a.cred} (NPI {P('OTHER_ID', npi(r))}), who agrees. "
                f"{c.nm(b)}, {b.cred}, will follow up by phone ({P('PHONE', us_phone(r))}).\n")
    if k == 1:
        return (f"Care team: {c.nm(a, 'Fg')}, {a.cred} (primary); {c.nm(b, 'init')}, {b.cred.split(', ')[-1]}; "
                f"fax orders to {P('FAX', us_phone(r, 'a-b-c'))}.\n")
    if k == 2:
        return f"{c.nm(b, 'given')} from {c.agency} ({P('EMAIL', c.work_email(b))}) coordinates; {c.title(a)} signs the orders.\n"
    return f"cc: {c.nm(a, 'init')}, {a.cred} (fax {P('FAX', us_phone(r))}); {c.nm(b)}, {b.cred}.\n"


def blk_device(c: C) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return (f"Hearing aids: left SN {P('DEVICE', digits(r, 10))}, right SN {P('DEVICE', digits(r, 10))}; "
                f"{r.choice(['the right one is lost', 'both in the case', 'batteries changed Monday'])}.\n")
    if k == 1:
        kid = c.kin(r.choice(["son", "nephew", "grandson"]), same_family=r.random() < 0.6)
        plate = f"{r.randint(1, 9)}{alnum(r, 3, UPPER)}{r.randint(100, 999)}"
        return f"{c.nm(kid, 'given')} drives {c.him()} in a {r.choice(['gray', 'white', 'maroon'])} {r.choice(['pickup', 'minivan', 'Buick'])}, plate {P('VEHICLE', plate)} ({c.state}).\n"
    if k == 2:
        return f"Oxygen concentrator serial {P('DEVICE', alnum(r, 3, UPPER) + digits(r, 7))}, 2 L/min at night.\n"
    if k == 3:
        return f"Pendant alarm {P('DEVICE', 'PD' + digits(r, 8))}; the base unit is in the kitchen.\n"
    if k == 4:
        return f"Pacemaker ({r.choice(['dual-chamber', 'leadless'])}), serial {P('DEVICE', alnum(r, 3, UPPER) + digits(r, 6) + r.choice('HSV'))}; last check {c.D(c.days(-r.randint(20, 200)))}.\n"
    return f"{c.his(True)} old car (VIN {P('VEHICLE', vin(r))}) was sold when {c.he()} stopped driving.\n"


# ---------------------------------------------------------------- the family in their own words

LANG_LINES = {
    "es": {"fell": {"F": "Mi madre tiene {age} y se cayó el {date} en el baño.", "M": "Mi padre tiene {age} y se cayó el {date} en el baño."},
           "born": "Nació en {city}.", "plan": "El {label} es {hp}.", "phone": "Pueden llamarme al {phone}.", "next": "La próxima cita es el {date}.",
           "me": "Yo tengo {age}."},
    "fr": {"fell": {"F": "Ma mère a {age} ; elle est tombée le {date} dans la salle de bains.", "M": "Mon père a {age} ; il est tombé le {date} dans la salle de bains."},
           "born": "Lieu de naissance : {city}.", "plan": "Son {label} est le {hp}.", "phone": "Vous pouvez me joindre au {phone}.",
           "next": "Le prochain rendez-vous est prévu le {date}.", "me": "Moi, j'ai {age}."},
    "de": {"fell": {"F": "Meine Mutter ist {age} und ist am {date} im Bad gestürzt.", "M": "Mein Vater ist {age} und ist am {date} im Bad gestürzt."},
           "born": "Geburtsort: {city}.", "plan": "Die {label} lautet {hp}.", "phone": "Sie erreichen mich unter {phone}.",
           "next": "Der nächste Termin ist am {date}.", "me": "Ich selbst bin {age}."},
    "pt": {"fell": {"F": "A minha mãe tem {age} e caiu no dia {date} na casa de banho.", "M": "O meu pai tem {age} e caiu no dia {date} na casa de banho."},
           "born": "Natural de {city}.", "plan": "O {label} é {hp}.", "phone": "Podem ligar-me para o {phone}.",
           "next": "A próxima consulta é no dia {date}.", "me": "Eu tenho {age}."},
    "it": {"fell": {"F": "Mia madre ha {age} ed è caduta il {date} in bagno.", "M": "Mio padre ha {age} ed è caduto il {date} in bagno."},
           "born": "Luogo di nascita: {city}.", "plan": "Il {label} è {hp}.", "phone": "Potete chiamarmi al {phone}.",
           "next": "Il prossimo appuntamento è il {date}.", "me": "Io ho {age}."},
    "pl": {"fell": {"F": "Moja mama ma {age} i upadła w łazience {date}.", "M": "Mój tata ma {age} i upadł w łazience {date}."},
           "born": "Miejsce urodzenia: {city}.", "plan": "{label}: {hp}.", "phone": "Proszę dzwonić pod numer {phone}.",
           "next": "Następna wizyta: {date}.", "me": "Ja mam {age}."},
    "vi": {"fell": {"F": "Mẹ tôi năm nay {age}, bị té trong nhà tắm {date}.", "M": "Bố tôi năm nay {age}, bị té trong nhà tắm {date}."},
           "born": "Quê quán: {city}.", "plan": "{label} là {hp}.", "phone": "Xin gọi cho tôi theo số {phone}.",
           "next": "Lịch hẹn tiếp theo là {date}.", "me": "Tôi năm nay {age}."},
    "zh": {"fell": {"F": "我母亲今年{age}，{date}在浴室摔倒了。", "M": "我父亲今年{age}，{date}在浴室摔倒了。"},
           "born": "籍贯：{city}。", "plan": "{label}是{hp}。", "phone": "请打我的电话{phone}。", "next": "下次复诊是{date}。", "me": "我今年{age}。"},
    "ja": {"fell": {"F": "母は{age}で、{date}に浴室で転倒しました。", "M": "父は{age}で、{date}に浴室で転倒しました。"},
           "born": "出身地：{city}。", "plan": "{label}は{hp}です。", "phone": "連絡先は{phone}です。", "next": "次回の予約は{date}です。",
           "me": "私は{age}です。"},
    "ko": {"fell": {"F": "저희 어머니는 올해 {age}이시고, {date}에 욕실에서 넘어지셨어요.", "M": "저희 아버지는 올해 {age}이시고, {date}에 욕실에서 넘어지셨어요."},
           "born": "고향: {city}.", "plan": "{label}는 {hp}입니다.", "phone": "제 연락처는 {phone}입니다.", "next": "다음 예약은 {date}입니다.",
           "me": "저는 {age}입니다."},
    "ru": {"fell": {"F": "Моей маме {age}, {date} она упала в ванной.", "M": "Моему папе {age}, {date} он упал в ванной."},
           "born": "Место рождения: {city}.", "plan": "{label}: {hp}.", "phone": "Мой телефон: {phone}.", "next": "Следующий приём: {date}.",
           "me": "Мне {age}."},
    "ar": {"fell": {"F": "والدتي عمرها {age}، وقد سقطت في الحمام بتاريخ {date}.", "M": "والدي عمره {age}، وقد سقط في الحمام بتاريخ {date}."},
           "born": "مكان الولادة: {city}.", "plan": "{label}: {hp}.", "phone": "رقم هاتفي: {phone}.", "next": "الموعد القادم: {date}.",
           "me": "عمري {age}."},
}
GLOSS = {"fell": "{rel} says the patient is {age} and fell in the bathroom on {date}.", "born": "Born in {city}.",
         "plan": "Coverage number at home ({gloss}): {hp}.", "phone": "Call back at {phone}.", "next": "Next appointment {date}.",
         "me": "The {rel} is {age} herself." }


def foreign_passage(c: C, keys: list[str], speaker: Person | None = None, gloss: bool = True) -> str:
    """Lines in the family's language with the interpreter's English; each value is annotated in both."""
    r = c.rng
    lang = c.lang
    L = LANG_LINES[lang]
    sp = speaker or c.kin(r.choice(["daughter", "son"]), same_family=r.random() < 0.7, lang=lang)
    c.passages += 1
    if c.fell_d is None:
        c.fell_d = c.days(-r.randint(2, 40))
    fell_d = c.fell_d
    next_d = c.days(r.randint(5, 40))
    place = c.foreign_place()
    fph = foreign_phone(r, c.country) if r.random() < 0.5 else None
    ph = fph or str(c.relph(sp))
    rel_w = c.relw(sp)
    own, eng = [], []
    for k in keys:
        if k == "fell":
            own.append(L["fell"][c.pt.sex].format(age=c.agl(c.age), date=c.Dl(fell_d)))
            eng.append(GLOSS["fell"].format(rel=cap(rel_w), age=c.ag(kind="pred", form=r.choice(["n", "n years old"])), date=c.D(fell_d)))
        elif k == "born":
            own.append(L["born"].format(city=P("CITY", place[1] or place[0])))
            eng.append(GLOSS["born"].format(city=P("CITY", place[0])))
        elif k == "plan" and c.fcov:
            lab, gl, cat, val = c.fcov
            own.append(L["plan"].format(label=lab, hp=P(cat, val)))
            eng.append(GLOSS["plan"].format(gloss=gl, hp=P(cat, val)))
        elif k == "phone":
            own.append(L["phone"].format(phone=P("PHONE", ph)))
            eng.append(GLOSS["phone"].format(phone=P("PHONE", ph)))
        elif k == "next":
            own.append(L["next"].format(date=c.Dl(next_d)))
            eng.append(GLOSS["next"].format(date=c.D(next_d)))
        elif k == "me":
            n = c.rage(sp)
            own.append(L["me"].format(age=c.agl(n)))
            eng.append(f"The {rel_w} is {c.ag(n, 'pred', form='n', sex=sp.sex)} {'herself' if sp.sex == 'F' else 'himself'}.")
    who = c.nm(sp, "scriptfirst" if sp.script else "gf")
    out = f"{who} ({rel_w}, in {LANG_NAME[lang]}): \"" + " ".join(own) + "\"\n"
    if gloss:
        out += "Interpreted: " + " ".join(eng) + "\n"
    return out


def blk_foreign(c: C) -> str:
    r = c.rng
    if c.passages:
        return ""
    keys = ["fell"] + r.sample(["born", "plan", "phone", "next", "me"], 2)
    if c.fcov and "plan" not in keys and r.random() < 0.5:
        keys[-1] = "plan"
    return foreign_passage(c, keys)


def blk_abroad(c: C) -> str:
    """A relative abroad: address, phone, e-mail; the family's language when it has one."""
    r = c.rng
    country = c.country if c.country != "USA" else r.choice(["CAN", "CAN", "MEX", "DEU", "ITA", "FRA", "JPN", "PRT"])
    lang = c.lang if c.lang != "en" else "en"
    w = r.choice(["sister", "niece", "nephew", "brother", "cousin"])
    p = c.rel(w, same_family=w in ("sister", "brother"), lang=lang if lang != "en" else "en", phone=False)
    n = c.rage(p, w)
    em = c.make_email(p, FOREIGN_DOMAINS[country])
    agt = c.ag(n, 'tag', form=r.choice(['(n)', 'aged n', 'age n']), sex=p.sex)
    return (f"{cap(w)} abroad: {c.nm(p, 'both')}{' ' + agt if agt.startswith('(') else ', ' + agt}, "
            f"{c.foreign_addr(country)}; tel. {P('PHONE', foreign_phone(r, country))}; {P('EMAIL', em)}.\n")


def blk_elders(c: C) -> str:
    """Long-lived relatives and neighbours: ages at death and ages now."""
    r = c.rng
    k = r.randrange(4)
    par = c.kin(r.choice(["mother", "father"]), same_family=True, phone=False)
    n = r.randint(88, 104)
    if k == 0:
        aunt = c.rel(r.choice(["aunt", "uncle"]), same_family=r.random() < 0.5, phone=False)
        lived = r.choice([f"lived to {age_mark(n, str(n))}", f"lived to be {age_mark(n, str(n) + ' years')} old",
                          f"died at age {age_mark(n, str(n))}", f"lived to {age_mark(n, words(n))}"])
        return (f"Family history: {c.his()} {c.relw(par)} {c.nm(par, 'given')} {lived}; an {c.relw(aunt)}, "
                f"{c.nm(aunt, 'gf')}, died at {age_mark(n + 3, str(n + 3))} {r.choice(['in ' + ('her' if aunt.sex == 'F' else 'his') + ' sleep', 'after a stroke', 'of pneumonia'])}.\n")
    if k == 1:
        nb = c.other(r.choice("FM"))
        nn = r.randint(86, 99)
        return (f"A neighbour, {c.title(nb)}, {c.ag(nn, 'tag', form=r.choice(['n', 'aged n']), sex=nb.sex)}, checks on {c.him()} daily "
                f"({P('PHONE', us_phone(r))}).\n")
    if k == 2:
        word = "centenarian" if c.age >= 100 else "nonagenarian" if c.age >= 90 else "octogenarian"
        return (f"Longevity runs in the family: {c.his()} {c.relw(par)} reached {age_mark(n, words(n))} and a great-aunt "
                f"{c.decade(r.randint(96, 99), 'F').replace('in her', 'lived into her')}; the patient is the family's "
                f"{r.choice(['second', 'third', 'fourth'])} {word}.\n")
    return (f"{c.his(True)} {c.relw(par)}, {c.nm(par)}, died {c.D(c.days(-r.randint(3000, 20000)), full=True)} aged "
            f"{age_mark(n, str(n))}.\n")


BLOCKS = [blk_elders, blk_family, blk_lifecourse, blk_birthday, blk_coverage, blk_ids, blk_timeline, blk_meds, blk_vitals, blk_scales,
          blk_codes, blk_message, blk_address, blk_ssn, blk_staff, blk_device, blk_foreign, blk_abroad]
KEEP_BLOCKS = {blk_meds, blk_vitals, blk_scales, blk_codes}
AGE_BLOCKS = {blk_elders, blk_family, blk_lifecourse, blk_birthday}
LIGHT_BLOCKS = {blk_meds, blk_vitals, blk_scales, blk_codes, blk_birthday, blk_ssn, blk_device}
BLOCK_WEIGHT = {blk_elders: 1.5, blk_coverage: 4.0, blk_ids: 3.0, blk_timeline: 2.5, blk_family: 2.0, blk_foreign: 3.0, blk_lifecourse: 1.5,
                blk_message: 1.5, blk_abroad: 1.2}
DEAD_SKIP = {blk_message, blk_meds, blk_vitals, blk_device, blk_birthday, blk_foreign}


# ---------------------------------------------------------------- openings in each hand

def intro(c: C, what: str) -> str:
    """The sentence that introduces the patient, with an age, in the note's hand. `what` is a finite verb phrase
    ("is seen with ...", "was admitted ...", "lives alone")."""
    r = c.rng
    p = c.pt
    h = c.hand
    w = c.woman()
    if h == "formal":
        k = r.randrange(3)
        if k == 0:
            return f"{c.nm(p, r.choice(['gf', 'gmf']))} is {c.a_ag()} {w} who {what}."
        if k == 1:
            return f"{c.title(p)}, {c.ag(kind='tag', form=r.choice(['aged n', 'age n']))}, {what}."
        return f"{c.nm(p)} ({c.ag(kind='pred', form='n years old')}) {what}."
    if h == "terse":
        k = r.randrange(3)
        if k == 0:
            return f"{c.ag(form=r.choice(['nyo', 'n yo', 'n y/o']))} {p.sex} — {what}."
        if k == 1:
            return f"Pt {c.nm(p, 'FG')} {c.ag(kind='tag', form=r.choice(['nF', 'F/n', 'n M', 'n yo F']), sex=p.sex)} — {what}."
        return f"{c.nm(p, 'init')}, {c.ag(kind='pred', form=r.choice(['n', 'n yrs']))}, {what}."
    if h == "dictated":
        k = r.randrange(3)
        if k == 0:
            return f"This is {c.a_ag(form=r.choice(['w-year-old', 'ws-year-old']))} {w}, {c.nm(p)}, who {what}."
        if k == 1:
            return (f"The patient is {c.nm(p)}, who is {c.ag(kind='pred', form=r.choice(['w', 'w years old', 'n years and m months']))}; "
                    f"{c.he()} {what}.")
        return f"{c.title(p)} is {c.a_ag(form=r.choice(['n year old', 'n-year-old']))} {w} who {what}."
    if h == "british":
        k = r.randrange(3)
        lady = "lady" if p.sex == "F" else "gentleman"
        if k == 0:
            return f"{c.title(p)} is {c.a_ag(form='n-year-old')} {lady} who {what}."
        if k == 1:
            return f"{c.nm(p)}, {c.ag(kind='tag', form='aged n')}, {what}."
        return f"{c.title(p)}, who is {c.ag(kind='pred', form=r.choice(['n', 'n½', 'n years of age']))}, {what}."
    if h == "european":
        k = r.randrange(3)
        if k == 0:
            return f"Pat. {c.nm(p, 'Fg')}, {c.ag(kind='tag', form=r.choice(['na', 'n J.']))}, {'weibl.' if p.sex == 'F' else 'männl.'}, {what}."
        if k == 1:
            return f"{c.nm(p)} ({c.ag(kind='tag', form='F/n', sex=p.sex)}) {what}."
        return f"{cap(c.a_ag(form=r.choice(['n-yr-old', 'n y.o.'])))} {'female' if p.sex == 'F' else 'male'} patient, {c.nm(p)}, {what}."
    k = r.randrange(4)
    if k == 3:
        return f"{c.nm(p)}, a {w} {c.decade()}, {what}."
    if k == 0:
        return f"{c.nm(p, 'given')} is {c.ag(kind='pred', form=r.choice(['n', 'n½']))} and {what}."
    if k == 1:
        return f"{c.nm(p)}, {c.a_ag(form=r.choice(['n y/o', 'n y.o.', 'n yo']))} {w}, {what}."
    return f"{c.nm(p)} — {c.ag(kind='pred', form='n')} — {what}."


def idline(c: C) -> str:
    """A chart line naming the patient with numbers, in one of several shapes."""
    r = c.rng
    p = c.pt
    k = r.randrange(6)
    if k == 0:
        return f"Patient: {c.nm(p, 'Fg')} | DOB {c.Dob()} | MRN {P('MRN', c.mrn)}\n"
    if k == 1:
        return f"{c.nm(p, 'FG')}   #{P('MRN', c.mrn)}   {c.Dob()}\n"
    if k == 2:
        return f"Re: {c.title(p)}, born {c.Dob()} (chart {P('MRN', c.mrn)})\n"
    if k == 3:
        return f"Name: {c.nm(p, 'both')}   MRN: {P('MRN', c.mrn)}   Age: {c.ag(kind='pred', form=r.choice(['n', 'n yrs', 'n years']))}\n"
    if k == 4:
        return f"{c.nm(p)} · DOB {c.Dob()} · {P('MRN', c.mrn)} · {c.plan}\n"
    return f"RE: {c.nm(p, 'caps')} (DOB {c.Dob()}; MR# {P('MRN', c.mrn)})\n"


def tm(r) -> str:
    return f"{r.randint(6, 21):02d}{r.choice(['05', '10', '20', '35', '40', '50'])}"


def ampm(r) -> str:
    am = r.random() < 0.5
    return f"{r.randint(8, 11) if am else r.randint(1, 5)}:{r.choice(['05', '15', '25', '40', '55'])} {r.choice(['a.m.', 'AM']) if am else r.choice(['p.m.', 'PM'])}"


# ---------------------------------------------------------------- note bodies (24 types)

def b_fall(c: C) -> str:
    r = c.rng
    p = c.pt
    cna = c.clin("CNA", "CNA")
    rn = c.clin("charge nurse", "RN")
    doc = c.clin("attending", r.choice(["MD", "DO", "NP"]))
    kid = c.kin(r.choice(kin_choices(c)[1:5]), same_family=r.random() < 0.6)
    d = c.days(-r.randint(0, 1))
    prev = c.days(-r.randint(9, 70))
    where = r.choice(["sitting on the floor beside the bed", "on the bathroom floor with the call light on", "kneeling by the recliner",
                      "lying on the left side near the doorway"])
    ir = P("OTHER_ID", r.choice(["IR-", "FALL-", "SE"]) + str(c.vdate.year)[2:] + "-" + zdigits(r, 5))
    head = r.choice([f"FALL INCIDENT REPORT   #{ir}\n", f"Fall event report (safety report {ir})\n", f"Incident: fall — ref {ir}\n"])
    inj = r.choice(["no injury found", "2 cm skin tear left forearm, steri-stripped", "bruise over the right hip, full range of motion",
                    "small hematoma to the occiput; CT head ordered"])
    out = head + idline(c)
    out += f"Date/time of fall: {c.D(d, r.choice(['m/d/yy', 'Month d', 'Y-mm-dd', 'mm/dd/Y', 'Wk m/d', 'dth Month', 'd.m.']))} at {tm(r)}. Found by {c.nm(cna)}, CNA. Unwitnessed.\n"
    out += intro(c, f"has {K('eponym', r.choice(['Parkinson disease', 'Alzheimer disease', 'dementia with Lewy bodies']))} and {K('diagnosis', r.choice(DX))}") + "\n"
    out += (f"Found {where}. States {c.he()} was \"going to the bathroom\". {inj[0].upper() + inj[1:]}. "
            f"{K('eponym', 'Glasgow Coma Scale')} {K('score', '15')}; {K('vital', VITALS[0](r))}, {K('vital', VITALS[1](r))}.\n")
    out += (f"Previous fall {c.D(prev, r.choice(['m/d @ HHMM', 'Month d at time', 'm/d/yy at time', None, None]))}; this is the {r.choice(['second', 'third', 'fourth'])} since admission. "
            f"{K('eponym', 'Morse Fall Scale')} {K('score', str(r.choice([65, 75, 85, 95, 105])))}.\n")
    out += (f"Post-fall huddle {tm(r)} with {c.nm(rn, r.choice(['gf', 'init']))}, RN: {r.choice(['bed alarm was off', 'non-skid socks not on', 'urinal out of reach', 'new trazodone dose'])}; "
            f"plan {r.choice(['low bed and floor mat', 'toileting every 2 hours while awake', 'PT screen', 'medication review'])}.\n")
    out += (f"Notified {c.title(doc)} at {tm(r)} and {c.relw(kid)} {c.nm(kid)} at {P('PHONE', str(c.relph(kid)))} "
            f"({r.choice(['voicemail', 'answered', 'will visit tonight'])}).\n")
    return out


def b_nh_admit(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("attending", r.choice(["MD", "DO"]))
    poa = c.kin(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.6)
    adm = c.vdate
    hosp_in = c.days(-r.randint(4, 12))
    why = r.choice(["a left hip fracture repaired with a hemiarthroplasty", "aspiration pneumonia", "a urosepsis admission with delirium",
                    "a heart failure exacerbation", "a fall with a pubic ramus fracture"])
    out = f"LONG-TERM CARE ADMISSION — {c.nh}\n" if r.random() < 0.5 else f"Admission note, {c.nh}\n"
    out += idline(c)
    out += intro(c, f"was admitted {c.D(adm)} from {c.hosp} after {why} (hospital stay from {c.D(hosp_in)})") + "\n"
    out += (f"PMH: {K('eponym', r.choice(EPONYM_DX))}, {K('diagnosis', r.choice(DX))}, {K('diagnosis', r.choice(DX))}. "
            f"Code status: {r.choice(['DNR/DNI (POLST in chart)', 'full code for now', 'DNR, comfort-focused'])}.\n")
    out += (f"Function: {K('eponym', 'Katz ADL')} {K('score', str(r.randint(0, 4)) + '/6')}; {K('score', 'BIMS ' + str(r.randint(3, 14)))}; "
            f"{K('eponym', 'Braden')} {K('score', str(r.randint(11, 17)))}. Transfers with the {K('eponym', 'Hoyer lift')} for now.\n")
    out += (f"Health care agent: {c.nm(poa)} ({c.relw(poa)}), {P('PHONE', str(c.relph(poa)))}. "
            f"Medicare A day {r.randint(1, 20)} of 100 (qualifying stay met); {hp_sentence(c, r.choice([2, 6, 8, 15, 17]))}\n")
    out += f"Admitting physician {c.title(doc)}; H&P due by {c.D(c.days(r.randint(1, 2)))}.\n"
    return out


def b_interp(c: C) -> str:
    r = c.rng
    p = c.pt
    lang = c.lang if c.lang != "en" else "es"
    if c.lang == "en":
        c.lang = lang
        c.country = r.choice(LANG[lang]["country"])
    interp = c.other(r.choice("FM"), lang=lang)
    doc = c.clin("attending", r.choice(["MD", "DO", "NP"]))
    kid = c.kin(r.choice(["daughter", "son"]), same_family=r.random() < 0.7, lang=lang)
    mode = r.choice(["in person", "by video (iPad)", "by phone", "in person, certified"])
    iid = r.choice(["", "ID ", "#"]) + P("OTHER_ID", digits(r, r.choice([5, 6])))
    out = (f"Interpreter-mediated visit. Language: {LANG_NAME[lang]}. Interpreter: {c.nm(interp)} ({mode}), "
           f"interpreter {iid}.\n") if r.random() < 0.6 else (
           f"{LANG_NAME[lang]} interpreter {c.nm(interp, 'Fg')} present ({mode}; {iid}); visit conducted through the interpreter.\n")
    out += idline(c)
    out += intro(c, f"is seen with {c.his()} {c.relw(kid)} {c.nm(kid, 'scriptfirst' if kid.script else 'gf')} for {r.choice(['follow-up after a fall', 'memory concerns', 'weight loss', 'a cough for two weeks'])}") + "\n"
    out += foreign_passage(c, ["fell"] + r.sample(["born", "plan", "phone", "next", "me"], 2), speaker=kid)
    out += (f"Patient answers through the interpreter; {r.choice(['oriented to person and place', 'hard of hearing, answers slowly', 'tearful at times', 'pleasant, repeats questions'])}. "
            f"Teach-back done in {LANG_NAME[lang]} with {c.nm(kid, 'given')}.\n")
    out += f"Seen by {c.title(doc)}. Next visit {c.D(c.days(r.randint(14, 60)))}.\n"
    return out


# a line quoted from a foreign discharge letter: (feminine, masculine); {age} is the age span, {date} the admission date
ORIG_LINES = {
    "es": ("Paciente femenina de {age}, ingresada el {date} por caída.", "Paciente masculino de {age}, ingresado el {date} por caída."),
    "fr": ("Patiente âgée de {age}, hospitalisée le {date} après une chute.", "Patient âgé de {age}, hospitalisé le {date} après une chute."),
    "de": ("Die {age} Patientin wurde am {date} stationär aufgenommen.", "Der {age} Patient wurde am {date} stationär aufgenommen."),
    "pt": ("Doente de {age}, internada em {date} após queda.", "Doente de {age}, internado em {date} após queda."),
    "it": ("Paziente di {age}, ricoverata il {date} per caduta.", "Paziente di {age}, ricoverato il {date} per caduta."),
    "pl": ("Pacjentka lat {age}, przyjęta {date} po upadku.", "Pacjent lat {age}, przyjęty {date} po upadku."),
    "vi": ("Bệnh nhân nữ, {age}, nhập viện {date} do té ngã.", "Bệnh nhân nam, {age}, nhập viện {date} do té ngã."),
    "zh": ("患者，女，{age}，于{date}因跌倒入院。", "患者，男，{age}，于{date}因跌倒入院。"),
    "ja": ("患者は{age}の女性で、{date}に転倒のため入院。", "患者は{age}の男性で、{date}に転倒のため入院。"),
    "ko": ("환자는 {age} 여성으로 {date}에 낙상으로 입원하였다.", "환자는 {age} 남성으로 {date}에 낙상으로 입원하였다."),
    "ru": ("Пациентка, {age}, поступила {date} после падения.", "Пациент, {age}, поступил {date} после падения."),
    "ar": ("المريضة تبلغ من العمر {age}، دخلت المستشفى بتاريخ {date} إثر سقوط.", "المريض يبلغ من العمر {age}، دخل المستشفى بتاريخ {date} إثر سقوط."),
}


def orig_age(c: C, n: int, lang: str) -> str:
    """The age as the foreign letter writes it: German '94-jährige', Polish 'lat 94' (the number), else the year word."""
    if lang == "de":
        return age_mark(n, f"{n}-jährige")
    if lang == "pl":
        return age_mark(n, str(n))
    return c.agl(n, lang)


def b_translated(c: C) -> str:
    r = c.rng
    p = c.pt
    lang = c.lang if c.lang != "en" else r.choice(["es", "it", "de", "pl", "pt", "fr"])
    if c.lang == "en":
        c.lang = lang
        c.country = r.choice(LANG[lang]["country"])
        lab, gl, cat, g = FOREIGN_COVER[c.country]
        c.fcov = (lab, gl, cat, g(r, c.pt, c.dob))
    tr = c.other(r.choice("FM"), lang=lang)
    place = c.foreign_place()
    d1 = c.days(-r.randint(60, 700))
    d2 = d1 + dt.timedelta(days=r.randint(3, 15))
    fdoc = c.clin("foreign physician", "MD", team=False)
    ocr = r.random() < 0.5
    out = f"Summary of records from abroad ({LANG_NAME[lang]}), translated by {c.nm(tr)}" + (" from a faxed copy (OCR)" if ocr else "") + ".\n"
    out += idline(c)
    age_then = c.age - (c.vdate.year - d1.year)
    age_txt = (age_mark(age_then, f"{age_then}-ycar-old") if ocr and r.random() < 0.5 else age_mark(age_then, f"{age_then} y/0") if ocr
               else c.ag(age_then, "adj"))
    out += (f"Document 1: discharge letter, {c.city_txt(place)} hospital, dated {c.Dl(d2)} ({c.D(d2, full=True)}). "
            f"Describes {article(age_then)} {age_txt} {c.woman()} admitted {c.Dl(d1)} with "
            f"{K('diagnosis', r.choice(['pneumonia', 'a femoral neck fracture', 'atrial fibrillation with rapid rate', 'dehydration']))}.\n")
    line = ORIG_LINES[lang][0 if p.sex == "F" else 1]
    out += f"Quoted from the letter: \"{line.format(age=orig_age(c, age_then, lang), date=c.Dl(d1))}\"\n"
    out += (f"Patient named on the letter as {c.nm(p, 'caps')}, born {c.Dl(c.dob)} — matches our DOB {c.Dob()}. "
            f"Age on the letter: {c.agl(age_then)}.\n")
    if c.fcov:
        lab, gl, cat, val = c.fcov
        out += f"Insurance line on the letter: {lab} {P(cat, val)} ({gl}).\n"
    out += (f"Signed by Dr. {P('PROVIDER_NAME', fdoc.family)}; discharge meds included {K('drug', r.choice(MEDS))}. "
            f"Document 2: lab sheet {c.Dl(d2 - dt.timedelta(days=1))}, {K('lab', LABS[r.randrange(len(LABS))](r))}.\n")
    return out


def b_repat(c: C) -> str:
    r = c.rng
    p = c.pt
    country = c.country if c.country != "USA" else r.choice(["ITA", "FRA", "DEU", "PRT", "ESP", "MEX", "JPN", "POL", "CAN"])
    place = r.choice(FOREIGN[country])
    nurse = c.clin("flight nurse", "RN")
    doc = c.clin("attending", "MD")
    kid = c.kin(r.choice(["daughter", "son"]), same_family=r.random() < 0.7)
    ins = r.choice(["Globetrek Assist", "Meridian Travel Guard", "Wayfarer Medical Assistance"])
    pol = P("HEALTH_PLAN", r.choice(["TG-", "MTG", "WMA"]) + digits(r, 8))
    case = P("OTHER_ID", r.choice(["ASST-", "CASE ", ""]) + str(c.vdate.year) + "-" + digits(r, 6))
    adm = c.days(-r.randint(3, 12))
    fly = c.days(r.randint(2, 9))
    out = f"MEDICAL REPATRIATION REQUEST — to {ins}\nAssistance case {case}; travel policy {pol}\n" if r.random() < 0.5 else (
          f"To: {ins} medical desk\nRe: repatriation of {c.nm(p)}, policy no. {pol}, your case {case}\n")
    why = "visiting family in" if c.lang != "en" else r.choice(["on a river cruise through", "travelling with a church group in", "on holiday in"])
    out += (f"{c.nm(p, 'Fg')}, DOB {c.Dob()}, {c.ag(kind='pred', form=r.choice(['n', 'n years', 'n years old']))}, fell while {why} "
            f"{c.city_txt(place)} and was admitted there on {c.D(adm)}.\n")
    out += (f"Local treating physician's report ({c.Dl(adm + dt.timedelta(days=1), LANG_BY_COUNTRY.get(country, 'en'))}) describes "
            f"{K('diagnosis', r.choice(['a closed fracture of the left humerus', 'a stable pelvic ramus fracture', 'community-acquired pneumonia', 'a small subdural hematoma, not operated']))}. "
            f"Fit to fly with a medical escort; stretcher not required.\n")
    out += (f"Requested: commercial flight on or after {c.D(fly)}, wheelchair assist, escort {c.nm(nurse)}, RN; "
            f"accepting physician {c.title(doc)} at {c.hosp} (bed confirmed for {c.D(fly + dt.timedelta(days=1))}).\n")
    out += f"Family contact: {c.nm(kid)} ({c.relw(kid)}), {P('PHONE', foreign_phone(r, country))} abroad and {P('PHONE', str(c.relph(kid)))} at home.\n"
    return out


LANG_BY_COUNTRY = {"MEX": "es", "ESP": "es", "CAN": "fr", "FRA": "fr", "DEU": "de", "PRT": "pt", "BRA": "pt", "ITA": "it", "POL": "pl",
                   "VNM": "vi", "CHN": "zh", "JPN": "ja", "KOR": "ko", "RUS": "ru", "JOR": "ar", "LBN": "ar", "SYR": "ar", "EGY": "ar"}


def b_nok(c: C) -> str:
    r = c.rng
    p = c.pt
    c.deceased = True
    rn = c.clin("nurse", "RN")
    doc = c.clin("pronouncing physician", r.choice(["MD", "DO", "NP"]))
    kid = c.kin(r.choice(["daughter", "son", "niece", "nephew"]), same_family=r.random() < 0.6)
    kid2 = c.kin(r.choice(["granddaughter", "grandson", "sister", "brother"]), same_family=r.random() < 0.5)
    tod = c.vdate
    out = "NEXT-OF-KIN NOTIFICATION\n" if r.random() < 0.5 else "Death notification — family contact record\n"
    out += idline(c)
    out += intro(c, f"died {c.D(tod)} at {tm(r)}, pronounced by {c.title(doc)}") + "\n"
    out += (f"First call: {c.nm(kid)} ({c.relw(kid)}), {P('PHONE', str(c.relph(kid)))}, at {tm(r)} by {c.nm(rn)}, RN — "
            f"{r.choice(['no answer, message left to call the unit', 'reached; she was driving and pulled over', 'reached; family on the way', 'reached; asked us to call her brother'])}.\n")
    n2 = c.rage(kid2)
    out += (f"Second call: {c.nm(kid2)}, {c.ag(n2, 'tag', form=r.choice(['(n)', 'aged n', 'n']), sex=kid2.sex)}, "
            f"{c.relw(kid2)}, at {P('PHONE', str(c.relph(kid2)))}. ")
    if c.lang != "en":
        out += f"Told in {LANG_NAME[c.lang]} through the phone interpreter (ID {P('OTHER_ID', digits(r, 5))})."
    out = out.rstrip(" ") + "\n"
    if r.random() < 0.5:
        out += (f"Medical examiner notified per policy (death within 24 h of a fall); ME case {P('OTHER_ID', 'ME' + str(c.vdate.year)[2:] + '-' + zdigits(r, 4))}, "
                f"{r.choice(['jurisdiction declined', 'released to the funeral home', 'body to be viewed'])}.\n")
    else:
        out += f"Funeral home: {r.choice(['Hollis & Vane', 'Pinecrest', 'Stillwater Chapel'])}; release signed by {c.nm(kid, 'given')} at {tm(r)}.\n"
    return out


def b_tcm(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("care coordinator", r.choice(["RN", "BSN, RN"]))
    doc = c.clin("PCP", r.choice(["MD", "DO", "NP"]))
    kid = c.kin(r.choice(["daughter", "son", "daughter-in-law"]), same_family=r.random() < 0.6)
    dc = c.days(-r.randint(1, 2))
    adm = dc - dt.timedelta(days=r.randint(2, 8))
    out = r.choice(["Transitional care call (post-discharge)\n", "TCM interactive contact\n", "Post-discharge phone call — 2 business days\n"])
    out += idline(c)
    out += (f"Discharged {c.D(dc)} from {c.hosp} (admitted {c.D(adm)}) for {K('diagnosis', r.choice(['heart failure exacerbation', 'pneumonia', 'UTI with delirium', 'COPD exacerbation']))}. "
            f"Call {c.D(c.vdate)} {ampm(r)} to {c.relw(kid)} {c.nm(kid)} at {P('PHONE', str(c.relph(kid)))}; patient on speaker.\n")
    out += intro(c, "is home with the walker") + "\n"
    out += (f"Reconciled: stop {K('drug', r.choice(MEDS))}; new {K('drug', r.choice(MEDS))}. "
            f"Home health ({r.choice(['Hearthside Home Health', 'Prairie Lantern Home Care', 'Riverbend Visiting Nurses'])}) start of care {c.D(c.days(r.randint(0, 3)))}, referral {P('OTHER_ID', 'HH' + digits(r, 7))}.\n")
    out += (f"Face-to-face with {c.title(doc)} booked {c.D(c.days(r.randint(5, 13)))} "
            f"({K('code', r.choice(['99495', '99496']))} if kept). {c.nm(rn)}, {rn.cred}.\n")
    return out


def b_house(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("house-call physician", r.choice(["MD", "DO", "NP"]))
    ma = c.clin("medical assistant", "CMA")
    cg = c.kin(r.choice(["daughter", "son", "granddaughter"]), same_family=r.random() < 0.6)
    out = r.choice(["HOME VISIT (house call)\n", "Home-based primary care visit\n", "House call note\n"])
    out += (f"Visit {c.D(c.vdate)} at the home, {c.addr_inline()}. Present: patient, {c.relw(cg)} {c.nm(cg)}, "
            f"{c.nm(ma)} ({ma.cred}).\n")
    out += intro(c, f"is followed at home for {K('diagnosis', r.choice(DX))} and {K('eponym', r.choice(EPONYM_DX))}") + "\n"
    out += (f"Home: {r.choice(['throw rugs gone since last visit', 'space heater near the bed', 'grab bars in', 'stairs to the bedroom'])}; "
            f"{K('vital', VITALS[0](r))}, {K('vital', VITALS[2](r))}, {K('vital', VITALS[5](r))}.\n")
    out += f"Plan: labs drawn in the home (accession {P('OTHER_ID', 'HC' + digits(r, 8))}); return {c.D(c.days(r.randint(21, 60)))}. "
    out += f"Visit billed to {c.plan.split()[0]}, member {P('HEALTH_PLAN', c.member)}.\n"
    out += f"{c.sig(doc)}\n" if r.random() < 0.3 else ""
    return out


def b_pace(c: C) -> str:
    r = c.rng
    p = c.pt
    roles = [("PCP", r.choice(["MD", "NP"])), ("RN", "RN"), ("SW", "MSW, LCSW"), ("PT", "DPT"), ("OT", "OTR/L"), ("Dietitian", "RD"),
             ("Home care coordinator", "RN"), ("Driver supervisor", None), ("Recreation therapist", "CTRS")]
    picks = r.sample(roles, 5)
    people = []
    for role, cred in picks:
        q = c.clin(role, cred) if cred else c.other()
        people.append((role, q))
    pid = P("HEALTH_PLAN", r.choice(["PACE-", "P", ""]) + digits(r, 8))
    out = r.choice(["PACE interdisciplinary team meeting\n", "IDT note — PACE center\n", "Interdisciplinary team review (PACE)\n"])
    out += f"Participant {c.nm(p, 'Fg')}, PACE enrollment no. {pid}, enrolled {c.D(c.days(-r.randint(200, 2500)), full=True)}.\n"
    out += intro(c, f"was reviewed at the {r.choice(['semi-annual', 'quarterly', 'unscheduled'])} IDT on {c.D(c.vdate)}") + "\n"
    for role, q in people:
        line = {
            "PCP": f"{K('lab', LABS[r.randrange(len(LABS))](r))}; continue {K('drug', r.choice(MEDS))}.",
            "RN": f"weight stable; {K('vital', VITALS[0](r))}.",
            "SW": f"{c.his()} {r.choice(['daughter', 'son'])} asks about respite; caregiver strain high.",
            "PT": f"{K('eponym', 'Tinetti')} {K('score', str(r.randint(10, 22)) + '/28')}, walks 40 ft with the rollator.",
            "OT": f"shower chair delivered {c.D(c.days(-r.randint(2, 20)))}.",
            "Dietitian": f"{K('score', SCORES_PLAIN[8](r))}; supplement twice daily.",
            "Home care coordinator": f"aide hours up to {r.randint(10, 28)}/week from {c.D(c.days(r.randint(1, 10)))}.",
            "Driver supervisor": f"rides Mon/Wed/Fri, pickup 0815.",
            "Recreation therapist": f"joins the music group; {r.choice(['sings along', 'sleeps through it', 'asks for hymns'])}.",
        }[role]
        nmf = c.nm(q, r.choice(["gf", "init", "given"]))
        out += f"- {role} ({nmf}{', ' + q.cred if q.cred else ''}): {line}\n"
    return out


def b_adh(c: C) -> str:
    r = c.rng
    p = c.pt
    aide = c.clin("program aide", "CNA")
    rn = c.clin("center nurse", "RN")
    drv = c.other(r.choice("FM"))
    kid = c.kin(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.6)
    plate = f"{alnum(r, 3, UPPER)}-{r.randint(1000, 9999)}"
    out = r.choice(["Adult day health — monthly progress note\n", "Adult Day Center progress note\n", "ADH participant note\n"])
    out += idline(c)
    out += intro(c, f"attends {r.choice(['Monday, Wednesday and Friday', 'five days a week', 'Tuesdays and Thursdays'])}") + "\n"
    tot = r.randint(12, 15)
    out += (f"Attendance {c.Drange(c.days(-30), c.days(-1))}: {r.randint(8, tot)} of {tot} days; absent "
            f"{c.D(c.days(-r.randint(2, 25)))} ({r.choice(['dentist', 'family visit', 'not feeling well', 'snow day'])}).\n")
    out += (f"Participates in chair exercise and bingo with {c.nm(aide, 'given')}; {r.choice(['lunch intake 75%', 'eats well', 'needs cueing to drink'])}. "
            f"Nurse {c.nm(rn, 'init')}: {K('vital', VITALS[0](r))}, {K('vital', VITALS[5](r))}.\n")
    out += (f"Transport: center van, driver {c.nm(drv)}, plate {P('VEHICLE', plate)}; drop-off to {c.nm(kid, 'given')} "
            f"({P('PHONE', str(c.relph(kid)))}) by 3:30.\n")
    out += f"Funding: {c.mcaid_prog} waiver, {c.mcaid_label} {P('HEALTH_PLAN', c.mcaid)}; authorization {P('OTHER_ID', pa_num(r))}.\n"
    return out


def b_waiver(c: C) -> str:
    r = c.rng
    p = c.pt
    cm = c.clin("waiver case manager", r.choice(["BSW", "MSW", "RN"]))
    kid = c.kin(r.choice(["daughter", "son", "niece", "grandson"]), same_family=r.random() < 0.6)
    last = c.days(-r.randint(330, 380))
    out = r.choice(["HCBS waiver annual reassessment\n", "Medicaid waiver reassessment (home and community-based services)\n",
                    "Elderly & Disabled waiver — annual redetermination\n"])
    out += (f"Participant: {c.nm(p, 'Fg')}; {c.mcaid_label} {P('HEALTH_PLAN', c.mcaid)}; waiver case "
            f"{P('OTHER_ID', r.choice(['W', 'HCBS-', 'EDW']) + digits(r, 7))}. Assessment {c.D(c.vdate)} in the home; "
            f"last one {c.D(last, full=True)}.\n")
    out += intro(c, f"lives {r.choice(['alone', 'with a grandson who works nights', 'with her daughter'])} at {c.addr_inline()}") + "\n"
    out += (f"Level of care: meets nursing-facility LOC; {K('eponym', 'Katz ADL')} {K('score', str(r.randint(1, 4)) + '/6')}, "
            f"{K('eponym', 'Lawton IADL')} {K('score', str(r.randint(0, 3)) + '/8')}. Services: personal care {r.randint(12, 35)} h/week, "
            f"home-delivered meals, PERS.\n")
    out += (f"Informal caregiver {c.nm(kid)} ({c.relw(kid)}, {c.ag(c.rage(kid), 'pred', form='n', sex=kid.sex)}), "
            f"{P('PHONE', str(c.relph(kid)))}. Next redetermination {c.D(c.days(r.randint(340, 366)), full=True)}. "
            f"{c.nm(cm)}, case manager.\n")
    return out


def b_ship(c: C) -> str:
    r = c.rng
    p = c.pt
    coun = c.other(r.choice("FM"))
    kid = c.kin(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.6)
    eff = dt.date(c.vdate.year + (1 if c.vdate.month >= 10 else 0), 1 if c.vdate.month >= 10 else c.vdate.month % 12 + 1, 1)
    out = r.choice(["Medicare counseling session (SHIP)\n", "State Health Insurance Assistance Program — counseling record\n",
                    "SHIP/Medicare plan review\n"])
    out += (f"Counselor: {c.nm(coun)} (volunteer). Session {c.D(c.vdate)}, {r.choice(['in person at the senior center', 'by phone', 'home visit'])}; "
            f"client record {P('OTHER_ID', 'SHIP' + digits(r, 6))}.\n")
    agt = c.ag(kind='tag', form=r.choice(['age n', 'aged n', '(n)']))
    out += (f"Beneficiary {c.nm(p)}{' ' + agt if agt.startswith('(') else ', ' + agt}, came with {c.relw(kid)} {c.nm(kid, 'given')}. "
            f"MBI {mbi_txt(c)}; Part A and B effective {c.D(medicare_start(c), full=True)}.\n")
    out += (f"Current plan: {c.plan}, member ID {P('HEALTH_PLAN', c.member)}, group {P('HEALTH_PLAN', c.group)}. "
            f"Drug plan {c.pd_name}, ID {P('HEALTH_PLAN', c.pd_id)} (RxBIN {c.pd_bin}, RxPCN {c.pd_pcn}).\n")
    out += (f"Compared {r.randint(3, 7)} plans in Plan Finder with {c.his()} {r.randint(6, 14)} drugs; "
            f"{r.choice(['recommended staying put', 'enrolled in a plan with lower drug costs, effective', 'applied for Extra Help; new plan effective'])} "
            f"{c.D(eff, full=True)}. Confirmation {P('OTHER_ID', alnum(r, 3, UPPER) + digits(r, 7))}.\n")
    if r.random() < 0.5:
        out += f"{c.mcaid_prog} Medicare Savings Program application mailed; {hp_sentence(c, 16)}\n"
    return out


def b_lowvision(c: C) -> str:
    r = c.rng
    p = c.pt
    od = c.clin("low vision specialist", r.choice(["OD", "OTR/L, SCLV"]))
    ref = c.clin("retina specialist", "MD", team=False)
    out = r.choice(["LOW VISION REHABILITATION EVALUATION\n", "Low vision evaluation\n", "Vision rehabilitation intake\n"])
    out += idline(c)
    out += intro(c, f"was referred by {c.title(ref)} for {K('diagnosis', r.choice(['exudative macular degeneration', 'geographic atrophy', 'glaucoma with field loss', 'diabetic retinopathy']))}") + "\n"
    out += (f"Acuity {K('vital', 'OD 20/' + str(r.choice([200, 250, 400])))}, {K('vital', 'OS 20/' + str(r.choice([80, 100, 160])))} "
            f"(ETDRS at 1 m); {K('eponym', 'Pelli-Robson')} {K('score', r.choice(['0.90', '1.05', '1.20']) + ' log CS')}; "
            f"reads {K('eponym', 'Jaeger')} {K('score', 'J' + str(r.choice([10, 12, 14, 16])))} with +4.00.\n")
    out += (f"{K('eponym', 'Amsler grid')}: {r.choice(['central distortion OS', 'scotoma OD', 'wavy lines both eyes'])}. "
            f"Reports {r.choice(['seeing small children in the room that are not there', 'patterns on the walls at dusk', 'no visual hallucinations'])} "
            f"— discussed {K('eponym', 'Charles Bonnet syndrome')}.\n")
    out += (f"Trialled a video magnifier; loaner SN {P('DEVICE', alnum(r, 2, UPPER) + digits(r, 7))} sent home {c.D(c.days(r.randint(0, 3)))}. "
            f"Referral {P('OTHER_ID', 'LV' + digits(r, 6))} to the state blind services office.\n")
    return out


def b_continence(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("continence nurse", r.choice(["RN, CWOCN", "NP", "RN"]))
    d1 = c.days(-r.randint(4, 10))
    d2 = d1 + dt.timedelta(days=2)
    out = r.choice(["CONTINENCE ASSESSMENT\n", "Bladder and bowel continence assessment\n", "Incontinence evaluation (nursing)\n"])
    out += idline(c)
    out += intro(c, f"has {K('diagnosis', r.choice(['urge incontinence', 'mixed incontinence', 'overflow incontinence', 'functional incontinence']))}") + "\n"
    out += (f"Bladder diary {c.Drange(d1, d2)}: {r.randint(9, 16)} voids/day, {r.randint(2, 5)} nocturia, {r.randint(2, 6)} wet episodes; "
            f"{K('lab', 'PVR ' + str(r.choice([40, 92, 96, 150, 220])) + ' mL')} by bladder scan.\n")
    out += (f"Taught {K('eponym', 'Kegel')} exercises (teach-back fair); {K('eponym', 'Credé')} maneuver not advised. "
            f"Current {K('drug', r.choice(['mirabegron 25 mg daily', 'oxybutynin 5 mg twice daily', 'tamsulosin 0.4 mg at bedtime']))} — "
            f"{K('abbreviation', 'ACB')} score reviewed.\n")
    out += (f"Supplies through {c.mcaid_prog if r.random() < 0.5 else c.plan.split()[0]}: briefs size M, {r.randint(90, 150)}/month; "
            f"order {P('OTHER_ID', 'DME' + digits(r, 7))} placed {c.D(c.days(r.randint(0, 2)))}. {c.nm(rn)}, {rn.cred}\n")
    return out


def b_ortho(c: C) -> str:
    r = c.rng
    p = c.pt
    geri = c.clin("orthogeriatrician", "MD")
    surg = c.clin("orthopaedic surgeon", "MD", team=False)
    sx = c.days(-r.randint(1, 4))
    fall = sx - dt.timedelta(days=r.randint(0, 2))
    out = r.choice(["Orthogeriatric co-management note\n", "Geriatrics co-management — hip fracture\n", "Ortho-geri daily note\n"])
    out += idline(c)
    pod = (c.vdate - sx).days
    out += intro(c, f"is POD {pod} after {K('diagnosis', r.choice(['hemiarthroplasty for a displaced femoral neck fracture', 'cephalomedullary nail for an intertrochanteric fracture', 'cannulated screws']))} "
                    f"({c.title(surg)}, {c.D(sx)}) after a fall at home {c.D(fall)}") + "\n"
    out += (f"Delirium: {K('score', '4AT ' + str(r.randint(0, 7)))}; {K('score', 'CAM ' + r.choice(['positive', 'negative']))} overnight. "
            f"{K('lab', 'Hgb ' + f'{r.uniform(7.6, 10.4):.1f}')}, {K('lab', 'Na ' + str(r.randint(128, 141)))}, {K('vital', VITALS[1](r))}.\n")
    out += (f"Pre-fracture: walked with a cane, {K('eponym', 'Barthel Index')} {K('score', str(r.choice([60, 70, 85, 90])) + '/100')}; "
            f"lives {r.choice(['alone', 'with a daughter', 'in assisted living'])}. Anticoagulant: {K('drug', 'apixaban 2.5 mg twice daily')} restarted POD 2.\n")
    out += "Plan: " + (
        f"bowel regimen, vitamin D, zoledronic acid before discharge; rehab referral {P('OTHER_ID', 'RR' + digits(r, 6))}. "
        f"{c.title(geri)}\n")
    return out


def b_delirium(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("bedside nurse", "RN")
    kid = c.kin(r.choice(["daughter", "son", "wife" if p.sex == "M" else "niece"]), same_family=r.random() < 0.6)
    t1, t2 = tm(r), tm(r)
    out = r.choice(["Delirium screening — nursing\n", "CAM-ICU / 4AT nursing assessment\n", "Nursing assessment: acute confusion\n"])
    out += idline(c)
    out += intro(c, f"is on day {r.randint(2, 6)} of admission for {K('diagnosis', r.choice(['urosepsis', 'pneumonia', 'a hip fracture', 'hyponatremia']))}") + "\n"
    out += (f"{c.D(c.vdate)}, {t1[:2]}:{t1[2:]}: {K('score', 'RASS ' + r.choice(['+1', '+2', '-1', '0']))}, {K('score', '4AT ' + str(r.randint(4, 10)))}, "
            f"inattentive (months backwards: stopped at {r.choice(['October', 'September', 'August'])}). Pulling at the IV.\n")
    out += (f"Baseline per {c.relw(kid)} {c.nm(kid)} ({P('PHONE', str(c.relph(kid)))}): \"sharp as a tack until "
            f"{c.D(c.days(-r.randint(2, 6)), r.choice(['Wk the dth', 'Month dth', 'Wk m/d', 'spoken']))}; "
            f"{c.he()} did {c.his()} own taxes at {age_mark(c.age - 1, str(c.age - 1))}\".\n")
    out += (f"Non-drug measures: glasses and hearing aids on, lights on by day, {c.nm(kid, 'given')} to stay tonight. "
            f"{t2[:2]}:{t2[2:]}: calmer, {K('score', 'CAM negative')}. {c.nm(rn)}, RN\n")
    return out


def b_reminisce(c: C) -> str:
    r = c.rng
    p = c.pt
    th = c.clin("recreation therapist", r.choice(["CTRS", "MT-BC", "LMSW"]))
    born = c.dob
    hometown = c.city_txt(c.foreign_place()) if c.lang != "en" and r.random() < 0.7 else P("CITY", r.choice(US_TOWNS)[0])
    sp = c.kin("husband" if p.sex == "F" else "wife", same_family=True, phone=False)
    wed = dt.date(born.year + r.randint(18, 26), r.randint(1, 12), r.randint(1, 28))
    out = r.choice(["Reminiscence group — individual note\n", "Life review session\n", "Reminiscence therapy session note\n"])
    out += f"Session {c.D(c.vdate)} with {c.nm(th)}, {th.cred}.\n"
    out += intro(c, "brought a shoebox of photographs") + "\n"
    out += (f"Talked about growing up in {hometown}; born {c.D(born, r.choice(['Month d, Y', 'the dth of Month, Y', 'spoken Y', 'dth Month Y']))} "
            f"\"in the kitchen, in a snowstorm\". Married {c.nm(sp, 'given')} on {c.D(wed, r.choice(['Month d, Y', 'Month dth, Y', 'd Month Y']))}; "
            f"{c.he()} was {c.ag(wed.year - born.year, 'pred', form='n')}.\n")
    ev = r.choice(["went up in a hot-air balloon", "flew to see the Grand Canyon", "learned to use the tablet", "danced at a granddaughter's wedding"])
    late = r.randint(max(86, c.age - 8), c.age - 1)
    out += (f"Proudest recent memory: at {age_mark(late, str(late))} {c.he()} {ev}. Described {c.his()} {c.bday(c.age)} birthday "
            f"party{(' ' + c.decade(c.age) + ' and still dancing') if r.random() < 0.4 else ''}.\n")
    out += f"Mood brighter after the session; {K('score', SCORES_PLAIN[3](r))} last month.\n"
    return out


def b_music(c: C) -> str:
    r = c.rng
    p = c.pt
    mt = c.clin("music therapist", "MT-BC")
    kid = c.kin(r.choice(["daughter", "granddaughter", "son"]), same_family=r.random() < 0.6)
    song = r.choice(["\"You Are My Sunshine\"", "\"Amazing Grace\"", "\"In the Good Old Summertime\"", "\"Shall We Gather at the River\"",
                     "\"Down in the Valley\""])
    out = r.choice(["Music therapy session note\n", "MUSIC THERAPY — individual session\n", "Music therapy (bedside)\n"])
    out += idline(c)
    out += intro(c, f"was seen at the bedside with {c.his()} {c.relw(kid)} {c.nm(kid, 'given')} present") + "\n"
    out += (f"Goals: reduce agitation, support reminiscence. {c.he(True)} sang every word of {song}, the song from "
            f"{c.his()} wedding on {c.D(dt.date(c.dob.year + r.randint(18, 25), r.randint(1, 12), r.randint(1, 28)), full=True)}.\n")
    out += (f"Pre: {K('score', 'PAINAD ' + str(r.randint(2, 6)))}, {K('vital', VITALS[1](r))}; post: {K('score', 'PAINAD ' + str(r.randint(0, 2)))}, "
            f"{K('vital', 'HR ' + str(r.randint(72, 86)))}. {c.nm(kid, 'given')} recorded the session for {c.his()} "
            f"{r.choice(['sister', 'brother'])}, who is {c.ag(c.age + r.randint(-3, 4), 'pred', form=r.choice(['n', 'n years old']))} and lives in "
            f"{P('CITY', r.choice(US_TOWNS)[0])}.\n")
    out += f"Next session {c.D(c.days(r.randint(3, 8)))}. {c.nm(mt)}, {mt.cred}\n"
    return out


YOU_ACTIVITIES = ["doing the crossword in pen", "walking to the mailbox", "playing cards on Thursdays", "keeping your own checkbook",
                  "feeding the birds", "quilting when your hands allow", "tending the tomatoes on the porch"]


def b_bday_letter(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("physician", r.choice(["MD", "DO"]))
    n = c.age
    bd = c.dob.replace(year=c.vdate.year) if not (c.dob.month == 2 and c.dob.day == 29) else dt.date(c.vdate.year, 3, 1)
    if bd > c.vdate:
        bd = bd.replace(year=bd.year - 1)
    c.vdate = bd + dt.timedelta(days=min(r.randint(2, 20), (c.vdate - bd).days))
    kid = c.kin(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.6)
    out = f"{c.hosp} Geriatrics\n{c.D(c.vdate, full=True)}\n\n"
    out += f"Dear {c.title(p) if r.random() < 0.6 else c.nm(p, 'given')},\n"
    k = r.randrange(4)
    if k == 0:
        out += (f"Congratulations on your {c.bday(n)} birthday! Not many of my patients can say they turned {age_mark(n, words(n))} "
                f"on {c.D(bd)}, and fewer still walk into the clinic on their own.\n")
    elif k == 1:
        out += (f"Everyone at the clinic heard that you turned {age_mark(n, str(n))} on {c.D(bd)}. "
                f"{'Being a centenarian suits you' if n >= 100 else 'You are a centenarian-in-training'}; at {age_mark(n, str(n))} "
                f"you still outwalk my residents.\n")
    elif k == 2:
        out += (f"A little bird ({c.nm(kid, 'given')}) told us you celebrated {age_mark(n, words(n, ' ', True))} years on {c.D(bd)}. "
                f"Happy birthday from all of us.\n")
    else:
        out += (f"Happy {c.bday(n)}! When we met you were {c.ag(n - r.randint(3, 8), 'pred', form='n')}, and you told me you "
                f"planned to see {age_mark(100, '100') if n < 100 else age_mark(n + 5, str(n + 5))}. I believe you.\n")
    out += (f"I was glad to see at your visit on {c.D(c.days(-r.randint(10, 60)))} that your {K('lab', LABS[r.randrange(len(LABS))](r))} "
            f"was steady and that you are still {r.choice(YOU_ACTIVITIES)}.\n")
    out += f"{r.choice(['Warmly', 'With admiration', 'Fondly'])},\n{c.nm(doc)}, {doc.cred}\n\n— chart copy —\n" + idline(c)
    return out


def b_weather(c: C) -> str:
    r = c.rng
    p = c.pt
    caller = c.clin("care coordinator", r.choice(["RN", "LPN", "MSW"]))
    event = r.choice(["heat advisory (heat index 108)", "ice storm with power outages", "extended power outage after the derecho",
                      "hurricane watch", "wildfire smoke advisory"])
    kid = c.kin(r.choice(["daughter", "son", "nephew"]), same_family=r.random() < 0.6)
    out = r.choice(["Severe-weather wellness check\n", "Emergency wellness call — vulnerable-patient list\n", "Wellness check call (weather)\n"])
    out += (f"{c.D(c.vdate)}, {ampm(r)}. Event: {event}. Called {c.nm(p)} at {P('PHONE', str(c.phone))}"
            f"{'; no answer, then reached ' + c.relw(kid) + ' ' + c.nm(kid) + ' at ' + P('PHONE', str(c.relph(kid))) if r.random() < 0.5 else ''}.\n")
    out += intro(c, f"is {r.choice(['on home oxygen', 'on a home dialysis schedule', 'in heart failure clinic', 'living alone'])} and on our high-risk list") + "\n"
    ox = P("DEVICE", alnum(r, 2, UPPER) + digits(r, 8))
    out += (f"Power: {r.choice(['out since last night', 'on, fans running', 'out; generator in use', 'flickering'])}. "
            f"Concentrator SN {ox}; {r.randint(2, 6)} E-tanks on hand. Utility medical-priority account {P('ACCOUNT', digits(r, 10))}; "
            f"outage ticket {P('OTHER_ID', 'OUT-' + digits(r, 7))}.\n")
    out += (f"Plan: {r.choice(['neighbour to check twice a day', 'moving to the cooling center', 'son picking her up tonight', 'EMS non-emergency line if tanks run low'])}; "
            f"call back {c.D(c.days(1))}. {c.nm(caller)}, {caller.cred}\n")
    return out


def b_pers(c: C) -> str:
    r = c.rng
    p = c.pt
    op = c.other(r.choice("FM"))
    resp = c.kin(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.6)
    nb = c.other(r.choice("FM"))
    out = r.choice(["PERS ALARM CALL RECORD\n", "Personal emergency response — event log\n", "Medical alert call record\n"])
    out += (f"Subscriber {c.nm(p, 'FG')}, account {P('ACCOUNT', r.choice(['', 'SA-']) + digits(r, 8))}, pendant {P('DEVICE', 'PD' + alnum(r, 8))}, "
            f"{c.addr_inline()}.\n")
    out += f"Subscriber notes: {intro(c, 'lives alone; hard of hearing; key in lockbox, code with the operator')}\n"
    d = c.vdate
    t = [f"{r.randint(0, 5):02d}:{r.randint(10, 59):02d}", f"{r.randint(6, 9):02d}:{r.randint(10, 59):02d}"]
    out += (f"{c.D(d, r.choice(['m/d/yy', 'Y-mm-dd', 'mm/dd/Y', 'Mon d']))} {t[0]} fall-detect alarm; operator {c.nm(op, 'given')} "
            f"spoke with subscriber via the base unit: \"I'm on the floor, I'm not hurt.\"\n")
    out += (f"Responder 1 {c.nm(resp)} ({c.relw(resp)}) {P('PHONE', str(c.relph(resp)))} — no answer. Responder 2 neighbour "
            f"{c.nm(nb)} {P('PHONE', us_phone(r))} — on the way. EMS not dispatched per subscriber.\n")
    out += f"{t[1]} follow-up: up in chair, no pain. Incident {P('OTHER_ID', 'EV' + digits(r, 9))} closed.\n"
    return out


def b_hha_sup(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("RN supervisor", r.choice(["RN", "BSN, RN"]))
    aide = c.clin("home health aide", "HHA")
    out = r.choice(["Home health aide supervisory visit\n", "HHA supervision (on site)\n", "Aide supervisory visit — 14-day\n"])
    out += idline(c)
    out += (f"Visit {c.D(c.vdate)} with aide {c.nm(aide)} present; last supervisory visit {c.D(c.days(-r.randint(12, 15)))}. "
            f"Episode {c.Drange(c.days(-r.randint(20, 40)), c.days(r.randint(20, 40)))}.\n")
    out += intro(c, f"receives aide visits {r.choice(['three times a week', 'twice a week', 'daily'])} for bathing and skin care") + "\n"
    out += (f"Care plan followed: shower with the chair, {K('eponym', 'Hoyer lift')} {r.choice(['not needed', 'used with two'])}, "
            f"skin checked ({K('eponym', 'Braden')} {K('score', str(r.randint(12, 19)))}). Patient states \"{c.nm(aide, 'given')} is good to me\".\n")
    out += (f"Competency observed: {r.choice(['hand hygiene', 'safe transfer', 'catheter care', 'foot care'])} — satisfactory. "
            f"Home health episode billed to Medicare ({mbi_txt(c)}). {c.nm(rn)}, {rn.cred}\n")
    return out


def b_careconf(c: C) -> str:
    r = c.rng
    p = c.pt
    sw = c.clin("social services", "MSW")
    don = c.clin("MDS coordinator", "RN")
    diet = c.clin("dietitian", "RD")
    kid = c.kin(r.choice(["daughter", "son", "niece", "nephew"]), same_family=r.random() < 0.6)
    kid2 = c.kin(r.choice(["granddaughter", "grandson", "daughter-in-law"]), same_family=r.random() < 0.5)
    ard = c.days(-r.randint(2, 9))
    out = r.choice(["Care plan conference summary\n", "Quarterly care conference — summary\n", "Resident care conference\n"])
    out += f"{c.nh}. Conference {c.D(c.vdate)}; MDS assessment reference date {c.D(ard)}.\n"
    out += (f"Attendees: {c.nm(kid)} ({c.relw(kid)}, by phone {P('PHONE', str(c.relph(kid)))}), {c.nm(kid2, 'given')} ({c.relw(kid2)}), "
            f"{c.nm(sw, 'init')} (SW), {c.nm(don)} (MDS), {c.nm(diet, 'given')} (RD).\n")
    out += intro(c, f"has been a resident since {c.D(c.days(-r.randint(200, 2000)), full=True)}") + "\n"
    out += (f"Weight {K('vital', 'wt ' + str(r.choice([96, 101, 104, 108, 112])) + ' lb')} ({r.choice(['down 4 lb', 'stable', 'up 2 lb'])}); "
            f"{K('score', SCORES_PLAIN[8](r))}. Falls: {r.randint(0, 3)} this quarter. {K('eponym', 'Katz ADL')} {K('score', str(r.randint(0, 3)) + '/6')}.\n")
    out += (f"Family asks about {r.choice(['hospice eligibility', 'a private room', 'moving closer to them', 'the Medicaid spend-down'])}. "
            f"{hp_sentence(c, r.choice([6, 7, 15, 16, 17]))}\n")
    out += f"Next conference {c.D(c.days(r.randint(85, 95)), full=True)}.\n"
    return out


def b_med_error(c: C) -> str:
    r = c.rng
    p = c.pt
    mgr = c.clin("pharmacy manager", "PharmD")
    cmo = c.clin("patient safety officer", r.choice(["MD", "RN"]))
    ev = c.days(-r.randint(3, 20))
    drug_given, drug_meant = r.sample(["metoprolol tartrate 25 mg", "methotrexate 2.5 mg", "hydroxyzine 25 mg", "hydralazine 25 mg",
                                       "glipizide 5 mg", "glyburide 5 mg", "tramadol 50 mg", "trazodone 50 mg"], 2)
    to = p if r.random() < 0.5 else c.kin(r.choice(["daughter", "son"]), same_family=r.random() < 0.6)
    out = f"{c.hosp} — Patient Safety\n{c.D(c.vdate, full=True)}\n\n"
    out += (f"{c.nm(to)}\n{c.addr_inline()}\n\n") if to is p else (f"{c.nm(to)}\n{P('EMAIL', c.make_email(to))}\n\n")
    out += f"Dear {c.title(to)},\n"
    out += (f"On {c.D(ev)}, {'you' if to is p else 'your ' + ('mother' if p.sex == 'F' else 'father') + ', ' + c.nm(p) + ','} received "
            f"{K('drug', drug_given)} from our outpatient pharmacy instead of {K('drug', drug_meant)} (Rx #{P('OTHER_ID', digits(r, 7))}). "
            f"We are sorry.\n")
    out += (f"{'You were' if to is p else 'She was' if p.sex == 'F' else 'He was'} seen on {c.D(ev + dt.timedelta(days=r.randint(1, 3)))}; "
            f"{K('lab', LABS[0](r))} and no lasting harm was found. Because "
            f"{'you are' if to is p else ('she is' if p.sex == 'F' else 'he is')} {c.ag(kind='pred', form=r.choice(['n', 'n years old']))}, "
            f"we checked again a week later.\n")
    out += (f"Our review (event {P('OTHER_ID', 'PSE-' + str(ev.year) + '-' + zdigits(r, 5))}) found two look-alike names on the same shelf; "
            f"they are now separated. Any costs will not be billed to {c.plan.split()[0]} (member {P('HEALTH_PLAN', c.member)}).\n")
    out += (f"Please call me at {P('PHONE', us_phone(r, '(a) b-c'))} with questions.\nSincerely,\n{c.nm(mgr)}, {mgr.cred}\n"
            f"cc: {c.nm(cmo)}, {cmo.cred}\n\n— chart copy —\n" + idline(c))
    return out


BODIES = {
    "fall incident report": b_fall,
    "nursing home admission note": b_nh_admit,
    "interpreter-mediated visit note": b_interp,
    "translated foreign record summary": b_translated,
    "medical repatriation request": b_repat,
    "next-of-kin notification record": b_nok,
    "transitional care management call": b_tcm,
    "house call visit note": b_house,
    "PACE interdisciplinary team note": b_pace,
    "adult day health progress note": b_adh,
    "Medicaid waiver reassessment": b_waiver,
    "Medicare plan counseling (SHIP) session": b_ship,
    "low vision rehabilitation evaluation": b_lowvision,
    "continence assessment": b_continence,
    "orthogeriatric co-management note": b_ortho,
    "delirium screening nursing assessment": b_delirium,
    "reminiscence therapy session note": b_reminisce,
    "music therapy session note": b_music,
    "milestone birthday letter": b_bday_letter,
    "severe-weather wellness check call": b_weather,
    "PERS alarm call record": b_pers,
    "home health aide supervisory visit": b_hha_sup,
    "care plan conference summary": b_careconf,
    "medication error disclosure letter": b_med_error,
}
# age range, share over 89, share of patients with a language other than English
AGE_RANGE = {t: ((70, 106), 0.82) for t in BODIES}
AGE_RANGE.update({"milestone birthday letter": ((90, 106), 1.0), "reminiscence therapy session note": ((84, 106), 0.9),
                  "Medicare plan counseling (SHIP) session": ((66, 104), 0.7), "medical repatriation request": ((66, 104), 0.7),
                  "orthogeriatric co-management note": ((70, 104), 0.75)})
LANG_SHARE = {t: 0.3 for t in BODIES}
LANG_SHARE.update({"interpreter-mediated visit note": 1.0, "translated foreign record summary": 1.0, "medical repatriation request": 0.6,
                   "next-of-kin notification record": 0.45, "reminiscence therapy session note": 0.45})
LETTERS = {"milestone birthday letter", "medication error disclosure letter"}


# ---------------------------------------------------------------- signatures (many hands)

def signature(c: C, p: Person) -> str:
    r = c.rng
    k = r.randrange(9)
    cr = p.cred
    if c.ntype in LETTERS:
        return f"Filed to chart {c.D(c.vdate)} ({c.nm(p, 'init')}, {cr}).\n"
    if k == 0:
        return f"— {c.nm(p)}, {cr}, {c.D(c.vdate, r.choice(['m/d/yy', 'm/d']))} {tm(r)}\n"
    if k == 1:
        return f"Electronically signed by {c.nm(p)}, {cr} on {c.D(c.vdate, 'Month d, Y')} at {ampm(r)}\n"
    if k == 2:
        return (f"Dictated by {c.nm(p)}, {cr}. D: {c.D(c.vdate, 'mm/dd/yy')} T: {c.D(c.days(1), 'mm/dd/yy')} "
                f"Job {P('OTHER_ID', digits(r, 7))}\n")
    if k == 3:
        return f"/s/ {c.nm(p, 'init')} {cr} {c.D(c.vdate, r.choice(['dd.mm.Y', 'd.m.Y']))}\n"
    if k == 4:
        return f"Signed: {c.nm(p)} ({cr}) — {c.D(c.vdate, r.choice(['dth Month Y', 'the dth of Month, Y']))}\n"
    if k == 5:
        q = c.clin("supervising physician", r.choice(["MD", "DO"]))
        return (f"Note by {c.nm(p)}, {cr}; reviewed and co-signed by {c.title(q)} (NPI {P('OTHER_ID', npi(r))}) on the "
                f"{P('DATE', ordinal(c.days(1).day))}.\n")
    if k == 6:
        return f"{c.nm(p, 'glower')} {cr.lower()} {c.D(c.vdate, r.choice(['m/d', 'Mon d']))}\n"
    if k == 7:
        return f"{c.nm(p)}, {cr} | direct {P('PHONE', us_phone(r))} | {P('EMAIL', c.work_email(p))}\n"
    if cr in ("MD", "DO", "NP") and r.random() < 0.6:
        return f"{c.sig(p)} · DEA {P('LICENSE', dea(r, p.family, mid=cr == 'NP'))} · {c.D(c.vdate, full=True)}\n"
    pre = {"RN": "RN", "BSN, RN": "RN", "LPN": "LPN", "MSW": "SW", "MSW, LCSW": "CSW", "CNA": "CNA", "RD": "LD", "PharmD": "RPH"}.get(cr, "")
    return f"{c.nm(p, 'Fg')}, {cr} (lic. {P('LICENSE', pre + digits(r, 6))}) {c.D(c.vdate, full=True)}\n"


# ---------------------------------------------------------------- word uses of names and towns in the note

WORD_USE = {
    "pansy": f"A {K('word', 'pansy')} pot from the grandchildren sits on the sill.",
    "robin": f"A {K('word', 'robin')} nested outside the window all spring.",
    "brace": f"Knee {K('word', 'brace')} listed among the belongings.",
    "hamper": f"Soiled linen to the {K('word', 'hamper')}, not the floor.",
    "crutch": f"One forearm {K('word', 'crutch')} came from home with the walker.",
    "rocker": f"The {K('word', 'rocker')} recliner from home is in the room.",
    "kegel": f"{K('eponym', 'Kegel exercises')} handout given earlier in the year.",
    "hendrich": f"{K('eponym', 'Hendrich II Fall Risk Model')} {K('score', '5')} on admission.",
    "amsler": f"{K('eponym', 'Amsler grid')} checks were part of the eye plan.",
    "pelli": f"{K('eponym', 'Pelli-Robson')} contrast {K('score', '1.35')} at the last eye visit.",
    "robson": f"{K('eponym', 'Pelli-Robson')} contrast {K('score', '1.20')} at the last eye visit.",
    "heimlich": f"Choked on meat in the spring; the {K('eponym', 'Heimlich maneuver')} cleared it.",
    "credé": f"No {K('eponym', 'Credé maneuver')}; timed voiding instead.",
    "lewy": f"Neurology favoured {K('eponym', 'dementia with Lewy bodies')} over {K('eponym', 'Alzheimer disease')}.",
    "korotkoff": f"BP by auscultation, {K('eponym', 'Korotkoff')} phase V recorded.",
    "gerstmann": f"No features of {K('eponym', 'Gerstmann syndrome')} on testing.",
    "bobath": f"PT used a {K('eponym', 'Bobath')} approach for the left side.",
    "capgras": f"At times took the husband for an impostor ({K('eponym', 'Capgras delusion')}).",
    "marjolin": f"Old burn scar on the shin checked; no sign of {K('eponym', 'Marjolin ulcer')}.",
    "bonnet": f"Vivid visual images were explained as {K('eponym', 'Charles Bonnet syndrome')}.",
}
