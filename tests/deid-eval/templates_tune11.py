"""Note templates of the tune11 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or
K(kind, text) (keep). These wrap the text in control characters that generate_tune11.py
strips while it records the offsets. Everything here is invented: people, numbers,
addresses, dates. Twenty-four note types that no other split has (most of them about old
age, benefits and coverage), with headers, shared blocks and signatures of their own. The
split leans on ages over 89 in many written forms, dates in uncommon forms, and health-plan
and other identifiers under many labels and layouts.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

# ---------------------------------------------------------------- mark-up


def P(cat: str, s: str) -> str:
    assert s and s == s.strip() and not any(c in s for c in "\x01\x02\x03\x04"), (cat, s)
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    assert s and s == s.strip() and not any(c in s for c in "\x01\x02\x03\x04"), (kind, s)
    assert kind in KINDS, kind
    return f"\x04{kind}\x02{s}\x03"


KINDS = {"eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation", "score", "word"}


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


def remark(marked: str, fn) -> str:
    """Apply fn (str.upper, str.lower) to the text of a marked string, keeping spans and labels."""
    out, i = [], 0
    while i < len(marked):
        ch = marked[i]
        if ch in "\x01\x04":
            j = marked.index("\x02", i)
            k = marked.index("\x03", j)
            out.append(marked[i:j + 1] + fn(marked[j + 1:k]) + "\x03")
            i = k + 1
        else:
            out.append(fn(ch))
            i += 1
    return "".join(out)


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
    wmi = rng.choice(["1G1", "1HG", "2T3", "3FA", "4S4", "5FN", "JN8", "KNA", "WVW", "1N4", "2C4", "YV4"])
    body = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("CDEFGHJKLMN")
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + body + "0" + year + plant + serial
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
HEX = "0123456789abcdef"


def alnum(rng, n: int, chars: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng) -> str:
    an = MBI_A + "0123456789"
    return (str(rng.randint(1, 9)) + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9))
            + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_A)
            + rng.choice(MBI_A) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def spaced(s: str, n: int = 4) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- numbers in words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else " " + words(rest))


def words_and(n: int) -> str:
    """British-style: one hundred and two."""
    if n < 100:
        return words(n)
    return "one hundred" + ("" if n == 100 else " and " + words(n - 100))


def ord_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + "-" + ORD_ONES[n % 10]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def tr_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


FA_DIG = "۰۱۲۳۴۵۶۷۸۹"
DEV_DIG = "०१२३४५६७८९"
GU_DIG = "૦૧૨૩૪૫૬૭૮૯"

# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
MON_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DOWL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EL_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
          "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
HY_MON = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
          "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]
SK_MON = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
          "novembra", "decembra"]
HR_MON = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
          "listopada", "studenoga", "prosinca"]
LV_MON = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
          "oktobrī", "novembrī", "decembrī"]
GA_MON = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair",
          "Deireadh Fómhair", "Samhain", "Nollaig"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
UR_MON = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"]
GU_MON = ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર",
          "નવેમ્બર", "ડિસેમ્બર"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def fdate(d: dt.date, style: str, rng=None) -> tuple[str, str, str]:
    """-> (outside before, span, outside after)."""
    y, m, dd = d.year, d.month, d.day
    mon = MON[m - 1]
    ap = MON_AP[m - 1]
    w = d.weekday()
    hh, mi, ss = (rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)) if rng else (9, 30, 12)
    ms = rng.randint(0, 999) if rng else 118
    table = {
        # ordinary forms, for contrast
        "m/d/Y": ("", f"{m}/{dd}/{y}", ""),
        "mm/dd/Y": ("", f"{m:02d}/{dd:02d}/{y}", ""),
        "m/d/yy": ("", f"{m}/{dd}/{y % 100:02d}", ""),
        "Y-mm-dd": ("", f"{y}-{m:02d}-{dd:02d}", ""),
        "Month d, Y": ("", f"{mon} {dd}, {y}", ""),
        # ordinals and words
        "the ordw of Month": ("the ", f"{ord_words(dd)} of {mon}", ""),
        "the ordw of Month, Y": ("the ", f"{ord_words(dd)} of {mon}, {y}", ""),
        "Month ordw": ("", f"{mon} {ord_words(dd)}", ""),
        "Month ord, Y": ("", f"{mon} {ordinal(dd)}, {y}", ""),
        "AP ord 'yy": ("", f"{ap} {ordinal(dd)} '{y % 100:02d}", ""),
        "AP ord": ("", f"{ap} {ordinal(dd)}", ""),
        "AP d, Y": ("", f"{ap} {dd}, {y}", ""),
        "ord Month Y": ("", f"{ordinal(dd)} {mon} {y}", ""),
        "ord of Month Y": ("", f"{ordinal(dd)} of {mon} {y}", ""),
        "the ordw day of Month, Y": ("the ", f"{ord_words(dd)} day of {mon}, {y}", ""),
        "this ord day of Month, Y": ("this ", f"{ordinal(dd)} day of {mon}, {y}", ""),
        "Weekday the ord": (f"{DOWL[w]} the ", ordinal(dd), ""),
        "the ord": ("the ", ordinal(dd), ""),
        "ord inst.": ("the ", ordinal(dd), " inst."),
        # Roman-numeral months
        "d/ROMAN/Y": ("", f"{dd}/{ROMAN[m - 1]}/{y}", ""),
        "d.ROMAN.Y": ("", f"{dd}.{ROMAN[m - 1]}.{y}", ""),
        "d-ROMAN-yy": ("", f"{dd}-{ROMAN[m - 1]}-{y % 100:02d}", ""),
        # packed and clipped
        "DDMONYYYY": ("", f"{dd:02d}{mon[:3].upper()}{y}", ""),
        "dd-Mon-yy": ("", f"{dd:02d}-{mon[:3]}-{y % 100:02d}", ""),
        "Mon-dd": ("", f"{mon[:3]}-{dd:02d}", ""),
        "d Mon": ("", f"{dd} {mon[:3]}", ""),
        "Mon d": ("", f"{mon[:3]} {dd}", ""),
        "m/d": ("", f"{m}/{dd}", ""),
        "yyyymmdd": ("", f"{y}{m:02d}{dd:02d}", ""),
        "d.m.Y": ("", f"{dd}.{m}.{y}", ""),
        "dd.mm.Y": ("", f"{dd:02d}.{m:02d}.{y}", ""),
        "Y.mm.dd": ("", f"{y}.{m:02d}.{dd:02d}", ""),
        "d Mon 'yy": ("", f"{dd} {mon[:3]} '{y % 100:02d}", ""),
        "boxes": ("", f"{m:02d} | {dd:02d} | {y}", ""),
        # month and year (finer than the year)
        "Y-mm": ("", f"{y}-{m:02d}", ""),
        "mm/Y": ("", f"{m:02d}/{y}", ""),
        "Month Y": ("", f"{mon} {y}", ""),
        "Month, Y": ("", f"{mon}, {y}", ""),
        "Mon 'yy": ("", f"{mon[:3]} '{y % 100:02d}", ""),
        # in logs
        "iso Z": ("", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{ms:03d}Z", ""),
        "pylog": ("", f"{y}-{m:02d}-{dd:02d}", f" {hh:02d}:{mi:02d}:{ss:02d},{ms:03d}"),
        "bsd": ("", f"{mon[:3]} {dd:2d}", f" {hh:02d}:{mi:02d}:{ss:02d}"),
        "bracket": ("[", f"{m:02d}/{dd:02d}/{y % 100:02d}", f" {hh:02d}:{mi:02d}]"),
        # other languages
        "el": ("", f"{dd} {EL_MON[m - 1]} {y}", ""),
        "hy": ("", f"{dd} {HY_MON[m - 1]} {y} թ.", ""),
        "sk": ("", f"{dd}. {SK_MON[m - 1]} {y}", ""),
        "hr": ("", f"{dd}. {HR_MON[m - 1]} {y}.", ""),
        "lv": ("", f"{y}. gada {dd}. {LV_MON[m - 1]}", ""),
        "ga": ("", f"{dd} {GA_MON[m - 1]} {y}", ""),
        "pt": ("", f"{dd} de {PT_MON[m - 1]} de {y}", ""),
        "es": ("", f"{dd} de {ES_MON[m - 1]} de {y}", ""),
        "ur": ("", f"{dd} {UR_MON[m - 1]} {y}", ""),
        "gu": ("", tr_digits(f"{dd} ", GU_DIG) + GU_MON[m - 1] + tr_digits(f" {y}", GU_DIG), ""),
        "ne": ("", tr_digits(f"{y}-{m:02d}-{dd:02d}", DEV_DIG), ""),
        "de": ("", f"{dd}. {DE_MON[m - 1]} {y}", ""),
        "fa": ("", tr_digits(f"{y}/{m:02d}/{dd:02d}", FA_DIG), ""),
    }
    return table[style]


# forms this split leans on, for dates drawn without a form of their own
DATE_STYLES = ["the ordw of Month", "the ordw of Month, Y", "Month ordw", "Month ord, Y", "AP ord 'yy", "AP ord",
               "AP d, Y", "ord Month Y", "ord of Month Y", "d/ROMAN/Y", "d.ROMAN.Y", "d-ROMAN-yy", "DDMONYYYY",
               "dd-Mon-yy", "Mon-dd", "d Mon", "Mon d", "m/d", "d.m.Y", "dd.mm.Y", "Y.mm.dd", "d Mon 'yy",
               "m/d/Y", "mm/dd/Y", "m/d/yy", "Y-mm-dd", "Month d, Y"]
YEAR_STYLES = ["the ordw of Month, Y", "Month ord, Y", "AP ord 'yy", "AP d, Y", "ord Month Y", "ord of Month Y",
               "d/ROMAN/Y", "d.ROMAN.Y", "d-ROMAN-yy", "DDMONYYYY", "dd-Mon-yy", "d.m.Y", "dd.mm.Y", "Y.mm.dd",
               "d Mon 'yy", "m/d/Y", "mm/dd/Y", "m/d/yy", "Y-mm-dd", "Month d, Y"]
SHORT_STYLES = ["Mon-dd", "d Mon", "Mon d", "m/d", "AP ord", "Month ordw"]
DOB_STYLES = ["Month ord, Y", "AP d, Y", "ord Month Y", "d/ROMAN/Y", "d.ROMAN.Y", "DDMONYYYY", "dd-Mon-yy", "dd.mm.Y",
              "Y.mm.dd", "m/d/Y", "mm/dd/Y", "Y-mm-dd", "Month d, Y", "the ordw of Month, Y"]
MONTH_YEAR = ["Y-mm", "mm/Y", "Month Y", "Month, Y", "Mon 'yy"]
LEGAL_STYLES = ["the ordw day of Month, Y", "this ord day of Month, Y", "the ordw of Month, Y", "Month ord, Y"]

# ---------------------------------------------------------------- ages

# form -> (outside before, span, outside after). Placeholders: {n} the number, {w} / {W} in words,
# {hw} in words with "and" after a hundred, {o} ordinal, {m} months, {sp} spaced digits (OCR), {z} zero-padded,
# {sx} sex letter, {poss} her/his, {woman} woman/man, {sym} ♀/♂, {dec} nonagenarian and the like.
AGE_FORMS = {
    "year-old": ("", "{n}-year-old", ""),
    "a year-old": ("a ", "{n}-year-old", ""),
    "y/o": ("", "{n} y/o", ""),
    "Y/O": ("", "{n} Y/O", ""),
    "yo": ("", "{n}yo", ""),
    "yo sp": ("", "{n} yo", ""),
    "YOsx": ("", "{n} YO", "{sx}"),
    "yosx": ("", "{n}yo", "{sx}"),
    "nsx": ("", "{n}", "{sx}"),
    "sx/n": ("{sx}/", "{n}", ""),
    "n sx": ("", "{n}", " {sx}"),
    "n/sx": ("", "{n}", "/{sx}"),
    "n y": ("", "{n} y", ""),
    "aged": ("aged ", "{n}", ""),
    "age:": ("age: ", "{n}", ""),
    "(age n)": ("(age ", "{n}", ")"),
    "(n)": ("(", "{n}", ")"),
    "y and m": ("", "{n} years and {m} months", ""),
    "yrs.": ("", "{n} yrs.", ""),
    "yr-old": ("", "{n}-yr-old", ""),
    "years old": ("", "{n} years", " old"),
    "years of age": ("", "{n} years", " of age"),
    "words": ("", "{w}", ""),
    "Words": ("", "{W}", ""),
    "words-year-old": ("", "{w}-year-old", ""),
    "decade": ("a {dec} aged ", "{n}", ""),
    "centenarian": ("a centenarian (", "{n}", ")"),
    "nth year": ("in {poss} ", "{o}", " year"),
    "nth birthday": ("celebrated {poss} ", "{o}", " birthday"),
    "ocr": ("Age ", "{sp}", ""),
    "ymglued": ("", "{n}y{m}m", ""),
    "turned": ("turned ", "{n}", ""),
    "years young": ("", "{n} years", " young"),
    "half": ("", "{n}½", ""),
    "yr old": ("", "{n} yr", " old"),
    "y-o": ("", "{n}-y-o", ""),
    "y.o.": ("", "{n} y.o.", ""),
    "zeroY": ("", "{z}Y", ""),
    "woman of": ("a {woman} of ", "{n}", ""),
    "going on": ("going on ", "{n}", ""),
    "yoa": ("", "{n} yoa", ""),
    "yrs glued": ("", "{n}yrs", ""),
    "y m spaced": ("", "{n} y {m} m", ""),
    "sym": ("", "{n}", " {sym}"),
    "hundred and": ("", "{hw}", ""),
    "at age": ("at age ", "{n}", ""),
    "bare": ("", "{n}", ""),
    "years": ("", "{n} years", ""),
    "y/o Wsx": ("", "{n} y/o", " W{sx}"),
    "Age=n": ("Age=", "{n}", ""),
}
PROSE_AGES = ["year-old", "a year-old", "y/o", "yo", "yo sp", "aged", "y and m", "yrs.", "yr-old", "years old",
              "years of age", "words", "words-year-old", "decade", "centenarian", "nth year", "turned", "years young",
              "half", "yr old", "y.o.", "woman of", "going on", "yoa", "at age", "years", "hundred and", "Y/O", "y-o"]
HEAD_AGES = ["YOsx", "yosx", "nsx", "sx/n", "n sx", "n/sx", "n y", "age:", "zeroY", "yrs.", "y.o.", "Y/O", "yoa",
             "y/o Wsx", "sym", "ocr", "Age=n", "(age n)"]
CELL_AGES = ["bare", "n y", "yrs.", "yo", "zeroY", "ymglued", "y m spaced", "half", "yrs glued", "Words"]


def decade_word(n: int) -> str | None:
    return {6: "sexagenarian", 7: "septuagenarian", 8: "octogenarian", 9: "nonagenarian"}.get(n // 10) if n < 100 else None


def age_parts(n: int, form: str, sex: str = "F", m: int = 1) -> tuple[str, str, str, int]:
    """-> (before, span, after, the number written)."""
    if form == "going on":
        n += 1
    if form == "decade" and decade_word(n) is None:
        form = "centenarian" if n >= 100 else "aged"
    if form == "centenarian" and n < 100:
        form = "(n)"
    pre, span, post = AGE_FORMS[form]
    fill = dict(n=n, w=words(n), W=words(n).capitalize(), hw=words_and(n), o=ordinal(n), m=m,
                sp=" ".join(str(n)), z=f"{n:03d}", sx=sex, poss="her" if sex == "F" else "his",
                woman="woman" if sex == "F" else "man", sym="♀" if sex == "F" else "♂", dec=decade_word(n) or "")
    if form == "a year-old" and (str(n).startswith("8") or n in (11, 18)):
        pre = "an "
    if form == "decade" and (decade_word(n) or "x")[0] in "aeiou":
        pre = "an {dec} aged "
    if form == "y and m" and m == 1:
        span = "{n} years and 1 month"
    if form == "years" and n == 1:
        span = "{n} year"
    return pre.format(**fill), span.format(**fill), post.format(**fill), n


def age_lang(n: int, lang: str) -> tuple[str, str, str]:
    """An age as a relative would write it in their language: (before, span, after)."""
    if lang == "hr":
        unit = "godinu" if n % 10 == 1 and n % 100 != 11 else "godine" if n % 10 in (2, 3, 4) and not 12 <= n % 100 <= 14 else "godina"
        return "ima ", f"{n} {unit}", ""
    if lang == "lv":
        return "", f"{n} {'gads' if n % 10 == 1 and n % 100 != 11 else 'gadi'}", ""
    return {
        "el": ("είναι ", f"{n} ετών", ""),
        "hy": ("", f"{n} տարեկան", ""),
        "fa": ("", tr_digits(str(n), FA_DIG) + " ساله", ""),
        "sk": ("má ", f"{n} rokov", ""),
        "ga": ("", f"{n} bliain", " d'aois"),
        "pt": ("tem ", f"{n} anos", ""),
        "es": ("tiene ", f"{n} años", ""),
        "ur": ("", f"{n} سال", ""),
        "ne": ("", tr_digits(str(n), DEV_DIG) + " वर्ष", ""),
        "gu": ("", tr_digits(str(n), GU_DIG) + " વર્ષ", ""),
        "de": ("ist ", f"{n} Jahre", " alt"),
    }[lang]


LANG_NAME = {"el": "Greek", "hy": "Armenian", "fa": "Persian", "sk": "Slovak", "hr": "Croatian", "lv": "Latvian",
             "ga": "Irish", "pt": "Portuguese", "es": "Spanish", "ur": "Urdu", "ne": "Nepali", "gu": "Gujarati",
             "de": "German"}
LANG_DATE = {"el", "hy", "sk", "hr", "lv", "ga", "pt", "es", "ur", "gu", "ne", "de", "fa"}

# ---------------------------------------------------------------- phones

AREAS = ["507", "701", "605", "308", "402", "785", "620", "580", "432", "325", "830", "936", "903", "318", "337",
         "601", "662", "870", "479", "417", "573", "660", "641", "712", "563", "319", "715", "906", "989", "231",
         "304", "606", "270", "423", "276", "434", "540", "828", "843", "229", "478", "850", "406", "307", "208",
         "775", "928", "575", "541", "509"]
US_PHONE_STYLES = ["(a) b-c", "a-b-c", "a.b.c", "a/b-c", "(a)b-c", "1-a-b-c", "+1 (a) b-c", "a b c", "(a) b c",
                   "1.a.b.c", "a-bc"]


def fmt_phone(a, b, c, style):
    return {"(a) b-c": f"({a}) {b}-{c}", "a-b-c": f"{a}-{b}-{c}", "a.b.c": f"{a}.{b}.{c}", "a/b-c": f"{a}/{b}-{c}",
            "(a)b-c": f"({a}){b}-{c}", "1-a-b-c": f"1-{a}-{b}-{c}", "+1 (a) b-c": f"+1 ({a}) {b}-{c}",
            "a b c": f"{a} {b} {c}", "(a) b c": f"({a}) {b} {c}", "1.a.b.c": f"1.{a}.{b}.{c}",
            "a-bc": f"{a}-{b}{c}"}[style]


def us_phone(rng, style=None, area=None) -> str:
    a, b, c = area or rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"
    return fmt_phone(a, b, c, style or rng.choice(US_PHONE_STYLES))


def tollfree(rng) -> str:
    return rng.choice(["1-{a}-{b}-{c}", "1 ({a}) {b}-{c}", "{a}.{b}.{c}"]).format(
        a=rng.choice(["800", "833", "844", "855", "866", "877", "888"]), b=rng.randint(201, 989), c=zdigits(rng, 4))


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, given, family, script=None, sex="F", cred=None, role=None, country="USA", middle=None,
                 lang=None):
        self.given, self.family, self.script, self.sex = given, family, script, sex
        self.cred, self.role, self.country = cred, role, country
        self.middle, self.lang = middle, lang

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def fhir(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family,
                "given": self.given.split() + ([self.middle] if self.middle else [])}]
        if self.script:
            fam, giv = self.script
            out.append({"text": f"{giv} {fam}", "family": fam, "given": [giv]})
        return out


# (given, family, (family, given) in own script or None, sex, country, language)
PT_POOL = [
    ("Paraskevi", "Giannakopoulou", ("Γιαννακοπούλου", "Παρασκευή"), "F", "GRC", "el"),
    ("Anastasios", "Papadimitriou", ("Παπαδημητρίου", "Αναστάσιος"), "M", "GRC", "el"),
    ("Siranush", "Avetisyan", ("Ավետիսյան", "Սիրանուշ"), "F", "ARM", "hy"),
    ("Khachik", "Harutyunyan", ("Հարությունյան", "Խաչիկ"), "M", "ARM", "hy"),
    ("Farangis", "Khorramshahi", ("خرمشاهی", "فرنگیس"), "F", "IRN", "fa"),
    ("Houshang", "Farahmand", ("فرهمند", "هوشنگ"), "M", "IRN", "fa"),
    ("Terézia", "Poláková", None, "F", "SVK", "sk"),
    ("Štefan", "Šimko", None, "M", "SVK", "sk"),
    ("Ljerka", "Jurišić", None, "F", "HRV", "hr"),
    ("Tomislav", "Perković", None, "M", "HRV", "hr"),
    ("Dzidra", "Liepiņa", None, "F", "LVA", "lv"),
    ("Valdis", "Liepiņš", None, "M", "LVA", "lv"),
    ("Nóra", "Ní Fhlaithbheartaigh", None, "F", "IRL", "ga"),
    ("Custódia", "Valadares", None, "F", "PRT", "pt"),
    ("Amândio", "Nogueira", None, "M", "PRT", "pt"),
    ("Socorro", "Barragán Olvera", None, "F", "MEX", "es"),
    ("Anacleto", "Zamarripa Ibarrola", None, "M", "MEX", "es"),
    ("Nazira", "Gondal", ("گوندل", "نذیرہ"), "F", "PAK", "ur"),
    ("Ghulam", "Warraich", ("وڑائچ", "غلام"), "M", "PAK", "ur"),
    ("Phulmaya", "Lama", ("लामा", "फूलमाया"), "F", "NPL", "ne"),
    ("Hansaben", "Trivedi", ("ત્રિવેદી", "હંસાબેન"), "F", "IND", "gu"),
    ("Jayantilal", "Pandya", ("પંડ્યા", "જયંતિલાલ"), "M", "IND", "gu"),
    ("Irmgard", "Habermann", None, "F", "DEU", "de"),
    ("Eckhard", "Oberholz", None, "M", "DEU", "de"),
    ("Poppy", "Camper", None, "F", "USA", None),
    ("Honor", "Settle", None, "F", "USA", None),
    ("Tansy", "Bristol", None, "F", "USA", None),
    ("Skip", "Beers", None, "M", "USA", None),
    ("Eudora", "Fried", None, "F", "USA", None),
    ("Aldous", "Angle", None, "M", "USA", None),
    ("Millicent", "Cane", None, "F", "USA", None),
    ("Horatio", "Kettle", None, "M", "USA", None),
    ("Loveday", "Button", None, "F", "USA", None),
    ("Aspen", "Needle", None, "F", "USA", None),
    ("Wilfred", "Oakshott", None, "M", "USA", None),
    ("Euphemia", "Thistlethwaite", None, "F", "USA", None),
    ("Zebedee", "Postlethwaite", None, "M", "USA", None),
    ("Hepzibah", "Micklethwaite", None, "F", "USA", None),
    ("Peregrine", "Ramsbottom", None, "M", "USA", None),
    ("Iolanthe", "Wolstenholme", None, "F", "USA", None),
    ("Barnabas", "Hebblethwaite", None, "M", "USA", None),
    ("Ermengarde", "Scarisbrick", None, "F", "USA", None),
]

# given names of relatives from the patient's country: (female, male)
COUNTRY_GIVEN = {"GRC": (["Stamatia", "Chrysanthi", "Panagiota"], ["Evangelos", "Vasileios"]),
                 "ARM": (["Haykuhi", "Ashkhen", "Aghavni"], ["Tsolak", "Gevorg"]),
                 "IRN": (["Shahla", "Manijeh", "Parvaneh"], ["Faramarz", "Bahram"]),
                 "SVK": (["Jarmila", "Božena", "Anička"], ["Milan", "Ondrej"]),
                 "HRV": (["Zdenka", "Marija"], ["Nikola", "Ante"]),
                 "LVA": (["Aina", "Ilga"], ["Gunārs", "Andris"]),
                 "IRL": (["Máirín", "Peig", "Brídín"], ["Ruairí", "Fiachra"]),
                 "PRT": (["Albertina", "Rosalina"], ["Adelino", "Herculano"]),
                 "MEX": (["Hermelinda", "Cipriana", "Refugia"], ["Eleuterio", "Filemón"]),
                 "PAK": (["Shamim", "Mumtaz"], ["Iqbal", "Jamshed"]),
                 "NPL": (["Kanchi", "Dhanmaya"], ["Manbahadur", "Hom Nath"]),
                 "IND": (["Ramaben", "Kokilaben"], ["Pravinchandra", "Natvarlal"]),
                 "DEU": (["Hildegard", "Roswitha"], ["Wolfram", "Siegfried"])}
SCRIPT_GIVEN = {"Stamatia": "Σταματία", "Chrysanthi": "Χρυσάνθη", "Panagiota": "Παναγιώτα", "Evangelos": "Ευάγγελος",
                "Vasileios": "Βασίλειος", "Haykuhi": "Հայկուհի", "Ashkhen": "Աշխեն", "Aghavni": "Աղավնի", "Tsolak": "Ծոլակ",
                "Gevorg": "Գևորգ", "Shahla": "شهلا", "Manijeh": "منیژه", "Parvaneh": "پروانه", "Faramarz": "فرامرز",
                "Bahram": "بهرام", "Shamim": "شمیم", "Mumtaz": "ممتاز", "Iqbal": "اقبال", "Jamshed": "جمشید",
                "Kanchi": "कान्छी", "Dhanmaya": "धनमाया", "Manbahadur": "मानबहादुर", "Hom Nath": "होम नाथ",
                "Ramaben": "રમાબેન", "Kokilaben": "કોકિલાબેન", "Pravinchandra": "પ્રવિણચંદ્ર", "Natvarlal": "નટવરલાલ"}
GREEK_MASC = {"Giannakopoulou": ("Giannakopoulos", "Γιαννακόπουλος")}

GIVEN_F = ["Eudora", "Ottilie", "Leonora", "Arabella", "Beatrix", "Domitilla", "Hortensia", "Isadora", "Millicent",
           "Petronella", "Seraphina", "Zenobia", "Griselda", "Adelheid", "Bronwen", "Euphemia", "Hermione", "Jacquetta",
           "Loveday", "Melisande", "Nerissa", "Prisca", "Thomasina", "Albertine", "Camilla", "Ermengarde", "Florimel",
           "Gwendolen", "Hepzibah", "Iolanthe", "Juliana", "Lettice", "Mahala", "Oriel", "Sidonie", "Tryphena",
           "Verena", "Walburga", "Xanthe", "Yolande", "Zillah", "Aurelia", "Cunegonde"]
GIVEN_M = ["Barnabas", "Fabian", "Horatio", "Jeremiah", "Lysander", "Malachi", "Nathaniel", "Osric", "Peregrine",
           "Ulysses", "Valentine", "Wilfred", "Zebedee", "Aldous", "Benedict", "Dunstan", "Emrys", "Fergus", "Godfrey",
           "Hamish", "Ivor", "Jolyon", "Magnus", "Norbert", "Percival", "Tancred", "Athelstan", "Cuthred", "Drogo",
           "Eustace", "Fulke", "Gervase", "Kenelm", "Meriadoc", "Oswin", "Piers", "Radulf", "Sigurd", "Thurstan",
           "Uhtred", "Waldo", "Wulfric"]
FAMILY = ["Oakshott", "Pemberthy", "Thistlethwaite", "Winterbottom", "Applegarth", "Blenkinsop", "Cattermole",
          "Duckworth", "Entwistle", "Fairclough", "Gillibrand", "Inchbald", "Jaggard", "Kettlewell", "Mottershead",
          "Nettleship", "Pickersgill", "Quarmby", "Rawsthorne", "Sidebottom", "Threlfall", "Uttley", "Whitworth",
          "Yardley", "Braithwaite", "Crabtree", "Dewhurst", "Frobisher", "Ingleby", "Jowett", "Kershaw", "Midgley",
          "Normington", "Ormerod", "Pilling", "Rishworth", "Sutcliffe", "Tordoff", "Wadsworth", "Bagshawe",
          "Clitheroe", "Dransfield", "Eccleston", "Fothergill", "Grimshaw", "Leadbetter", "Nuttall", "Openshaw",
          "Tetlow", "Unsworth"]
# given and family names that are also words, and surnames that are eponyms of the scales these notes use
WORD_GIVEN_F = ["Poppy", "Honor", "Tansy", "Aspen"]
WORD_GIVEN_M = ["Skip"]
WORD_FAMILY = ["Camper", "Cane", "Settle", "Bristol", "Beers", "Fried", "Angle", "Kettle", "Button", "Needle"]
EPONYM_FAMILY = ["Folstein", "Rockwood", "Rinne", "Jerger", "Hawley", "Zarit", "Lawton", "Yesavage", "Reisberg",
                 "Hachinski", "Lubben", "Cornell", "Shulman"]

# clinicians: (given, family)
CLIN_POOL = [("Solenne", "Ostrowska"), ("Osvaldo", "Quiroga-Pinto"), ("Sigrun", "Eliasdottir"), ("Dorothea", "Kwiatkowska"),
             ("Priyamvada", "Raghavan"), ("Ludovica", "Benedetti"), ("Maren", "Tollefsrud"), ("Benedikt", "Hauswirth"),
             ("Yevgenia", "Sokolovskaya"), ("Raimund", "Ostertag"), ("Cosimo", "Ferrandino"), ("Hakon", "Brekke"),
             ("Ottavia", "Lanfranchi"), ("Bjarne", "Solheim"), ("Xiadani", "Tlapaya"), ("Ilsabet", "Vandeputte"),
             ("Casimira", "Zielonka"), ("Theophilus", "Adjepong"), ("Radegund", "Falkenrath"), ("Leopoldine", "Rautenbach"),
             ("Fidelma", "Cronnelly"), ("Svanhild", "Aarflot"), ("Percival", "Dunkerley"), ("Torbjørn", "Vikane"),
             ("Wenonah", "Harcourt-Pyke"), ("Ansgar", "Lilley"), ("Gudbjorg", "Haldorsen"), ("Anselma", "Wrzesniewska"),
             ("Gisela", "Twardowska"), ("Thaddea", "Kowalczuk"), ("Cecily", "Ravenhill"), ("Emmerich", "Stadelmann"),
             ("Ruaridh", "MacAulay"), ("Achille", "Bourdonnais"), ("Cyprian", "Mwangangi"), ("Rosamaria", "Vitiello")]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")


def gendered_family(family: str, sex: str) -> tuple[str, str | None]:
    """The patient's surname in the form for a relative's sex; -> (romanised, own script or None)."""
    if sex == "M":
        if family in GREEK_MASC:
            return GREEK_MASC[family]
        if family.endswith("ová"):
            return family[:-3], None
        if family.endswith("iņa"):
            return family[:-1] + "š", None
        if family.startswith("Ní Fh"):
            return "Ó F" + family[5:], None
    else:
        if family == "Giannakopoulos":
            return "Giannakopoulou", "Γιαννακοπούλου"
        if family in ("Šimko",):
            return "Šimková", None
        if family.endswith("iņš"):
            return family[:-1] + "a", None
        if family.startswith("Ó F"):
            return "Ní Fh" + family[3:], None
    return family, None


FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "grandmother", "sister-in-law",
           "great-granddaughter", "stepdaughter", "daughter-in-law", "widow"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "grandfather", "brother-in-law",
            "great-grandson", "stepson", "son-in-law", "widower"}

# ---------------------------------------------------------------- places

US_CITIES = [("Ainsworth", "NE", "697"), ("Broken Bow", "NE", "688"), ("Lakeview", "OR", "976"), ("Sturgis", "SD", "577"),
             ("Ironwood", "MI", "499"), ("Cadillac", "MI", "496"), ("Poplar Bluff", "MO", "639"), ("Ruston", "LA", "712"),
             ("Pecos", "TX", "797"), ("Emporia", "KS", "668"), ("Searcy", "AR", "721"), ("Mountain Home", "AR", "726"),
             ("Wickenburg", "AZ", "853"), ("Port Angeles", "WA", "983"), ("Sandersville", "GA", "310"), ("Lumberton", "NC", "283"),
             ("Bradford", "PA", "167"), ("Lock Haven", "PA", "177"), ("Susanville", "CA", "961"), ("Greenfield", "MA", "013"),
             ("Lake City", "FL", "320"), ("Palatka", "FL", "321"), ("Pipestone", "MN", "561"), ("Valley City", "ND", "580"),
             ("Winner", "SD", "575"), ("Burwell", "NE", "688"), ("Holdrege", "NE", "689"), ("Salida", "CO", "812"),
             ("Worland", "WY", "824"), ("Lusk", "WY", "822"), ("Glendive", "MT", "593"), ("Crookston", "MN", "567"),
             ("Ladysmith", "WI", "548"), ("Antigo", "WI", "544"), ("Manistique", "MI", "498"), ("Oelwein", "IA", "506"),
             ("Shenandoah", "IA", "516"), ("Maryville", "MO", "644"), ("West Plains", "MO", "657"), ("Middlesboro", "KY", "409"),
             ("Philippi", "WV", "264"), ("Grafton", "WV", "263"), ("Brookhaven", "MS", "396"), ("Bastrop", "LA", "712"),
             ("Palestine", "TX", "758"), ("Fort Stockton", "TX", "797"), ("Hugo", "OK", "743"), ("Alva", "OK", "737"),
             ("Pratt", "KS", "671"), ("Helena", "AR", "723"), ("Grants", "NM", "870"), ("Holbrook", "AZ", "860"),
             ("Vidalia", "GA", "304"), ("Gallipolis", "OH", "456"), ("Coshocton", "OH", "438"), ("Coudersport", "PA", "169"),
             ("Wellsboro", "PA", "169"), ("Ogdensburg", "NY", "136"), ("Athol", "MA", "013"), ("Chiefland", "FL", "326"),
             ("Hohenwald", "TN", "384"), ("Demopolis", "AL", "367"), ("Eufaula", "AL", "360")]
WORD_TOWNS = [("Uncertain", "TX", "75661", "uncertain"), ("Deposit", "NY", "13754", "deposit"),
              ("Mineral", "VA", "23117", "mineral"), ("Nitro", "WV", "25143", "nitro"),
              ("Veteran", "WY", "82243", "veteran"), ("Fifty-Six", "AR", "72533", "fifty-six"),
              ("Eighty Eight", "KY", "42130", "eighty-eight")]
WORD_TOWN_USE = {
    "uncertain": "Date of the first fall {w}; the family thinks it was in the winter",
    "deposit": "The respite {w} was paid from the joint checking account",
    "mineral": "Bone {w} density last checked two years ago",
    "nitro": "Carries sublingual {w} in the purse, rarely used",
    "veteran": "Her late husband was a {w} of the Korean War",
    "fifty-six": "Counts {w} grandchildren and great-grandchildren",
    "eighty-eight": "Still plays the upright piano, all {w} keys",
}
STREETS = ["Feldspar Ln", "Mica Ct", "Garnet Ridge Rd", "Obsidian Way", "Basalt Ave", "Quartzite Dr", "Shale Hollow Rd",
           "Chert St", "Gypsum Rd", "Travertine Pl", "Serpentine Dr", "Dolomite Ln", "Alabaster St", "Cinnabar Ct",
           "Malachite Ave", "Agate Trl", "Olivine Way", "Pumice Ln", "Tourmaline Ter", "Beryl St", "Zircon Ct",
           "Slate Creek Rd", "Marlstone Rd", "Hornblende Loop", "Bloodstone Bend", "Soapstone Hill Rd", "Lodestone Pass",
           "Carnelian Cir", "Chalcedony Dr", "Kyanite Row"]
FACILITIES = ["Tamarack Bend Health", "Cottonwood Plains Medical Center", "Sweetwater Valley Hospital",
              "North Fork Community Health", "Redtail Ridge Medical Group", "Sandhill Crane Regional Health"]
FAC_DOMAIN = {"Tamarack Bend Health": "tamarackbend.example", "Cottonwood Plains Medical Center": "cpmc.example",
              "Sweetwater Valley Hospital": "swvh.example", "North Fork Community Health": "nfch.example",
              "Redtail Ridge Medical Group": "redtailmg.example", "Sandhill Crane Regional Health": "sandhillcrane.example"}
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net", "comcast.net",
           "verizon.net", "protonmail.com", "windstream.net", "centurylink.net", "sbcglobal.net", "juno.com"]


def us_address(rng, city=None, lower=False):
    """-> (marked lines, fhir address, city, state)"""
    if city is None:
        c, st, z3 = rng.choice(US_CITIES)
        z = z3 + f"{rng.randint(1, 99):02d}"
    else:
        c, st, z = city
    k = rng.random()
    if k < 0.45:
        line = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}"
        unit = rng.choice([None, None, None, f"Apt {rng.randint(1, 24)}{rng.choice('ABCD')}", f"Unit {rng.randint(2, 40)}",
                           f"#{rng.randint(101, 418)}", "Lower", f"Ste {rng.randint(100, 240)}", "Carriage House"])
        ml = P("ADDRESS", line) + ((", " + P("ADDRESS", unit)) if unit else "")
        fl = line + ((", " + unit) if unit else "")
    elif k < 0.55:
        line = f"{rng.choice(['N', 'S', 'E', 'W'])}{rng.randint(1000, 9999)} {rng.choice(['County Rd', 'Township Rd', 'State Rd'])} {rng.randint(2, 300)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.65:
        line = f"HC {rng.randint(60, 89)} Box {rng.randint(10, 990)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.75:
        line = f"PO Box {rng.randint(10, 2999)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.85:
        line = f"{rng.randint(100, 990)} {rng.choice(['North', 'South', 'East', 'West'])} {rng.choice(STREETS)}"
        ml, fl = P("ADDRESS", line), line
    else:
        line = f"{rng.randint(1, 60)}{rng.choice(['', '-B', '½'])} {rng.choice(STREETS)}"
        unit = rng.choice(["Upstairs", "Rear Unit", f"Apt {rng.randint(1, 9)}"])
        ml = P("ADDRESS", line) + " " + P("ADDRESS", unit)
        fl = f"{line} {unit}"
    citl = P("CITY", c) + f", {st} " + P("ZIP", z)
    if rng.random() < 0.3:
        z4 = z + "-" + zdigits(rng, 4)
        citl = P("CITY", c) + f" {st} " + P("ZIP", z4)
    lines = [ml, citl]
    if lower:
        lines = [remark(x, str.lower) for x in lines]
    return lines, {"line": [fl], "city": c, "state": st, "postalCode": z}, c, st


def foreign_address(rng, country=None):
    """-> (marked lines, country name, phone, language of its dates)"""
    n = rng.randint
    keys = ["GRC", "ARM", "IRN", "SVK", "HRV", "LVA", "IRL", "PRT", "MEX", "PAK", "NPL", "IND", "DEU"]
    k = country if country in keys else rng.choice(keys)
    if k == "GRC":
        lines = [P("ADDRESS", f"Οδός Λεμονιάς {n(2, 90)}"), P("ZIP", f"654 0{n(1, 9)}") + " " + P("CITY", "Καβάλα"), "Ελλάδα"]
        return lines, "Greece", f"+30 69{n(3, 9)} {n(100, 999)} {n(1000, 9999)}", "el"
    if k == "ARM":
        lines = [P("ADDRESS", f"Աբովյան փ. {n(2, 60)}") + ", " + P("ADDRESS", f"բն. {n(1, 40)}"), P("CITY", "Գյումրի") + " " + P("ZIP", "3101"), "Հայաստան"]
        return lines, "Armenia", f"+374 9{n(1, 9)} {n(100, 999)} {n(100, 999)}", "hy"
    if k == "IRN":
        lines = [P("ADDRESS", f"Khiaban-e Fin, Kucheh {n(2, 40)}, Pelak {n(1, 90)}"), P("CITY", "Kashan") + " " + P("ZIP", f"87{n(100, 999)}-{n(10000, 99999)}"), "Iran"]
        return lines, "Iran", f"+98 91{n(0, 9)} {n(100, 999)} {n(1000, 9999)}", "fa"
    if k == "SVK":
        lines = [P("ADDRESS", f"Hlavná {n(10, 190)}/{n(1, 40)}"), P("ZIP", "080 01") + " " + P("CITY", "Prešov"), "Slovensko"]
        return lines, "Slovakia", f"+421 9{n(0, 4)}{n(0, 9)} {n(100, 999)} {n(100, 999)}", "sk"
    if k == "HRV":
        lines = [P("ADDRESS", f"Put Supavla {n(2, 60)}"), P("ZIP", "21300") + " " + P("CITY", "Makarska"), "Hrvatska"]
        return lines, "Croatia", f"+385 9{n(1, 9)} {n(100, 999)} {n(1000, 9999)}", "hr"
    if k == "LVA":
        lines = [P("ADDRESS", f"Kuršu iela {n(2, 60)}") + "-" + P("ADDRESS", f"{n(1, 40)}"), P("CITY", "Liepāja") + ", " + P("ZIP", f"LV-34{n(0, 1)}{n(0, 9)}"), "Latvija"]
        return lines, "Latvia", f"+371 2{n(100, 999)} {n(1000, 9999)}", "lv"
    if k == "IRL":
        lines = [P("ADDRESS", f"{n(2, 40)} Bóthar na Trá"), P("CITY", "Clifden") + " " + P("ZIP", f"H71 {alnum(rng, 4, 'ACDEFHKNPRTVWXY0123456789')}"), "Ireland"]
        return lines, "Ireland", f"+353 8{rng.choice('3567')} {n(100, 999)} {n(1000, 9999)}", "ga"
    if k == "PRT":
        lines = [P("ADDRESS", f"Rua das Camélias, {n(2, 200)}") + ", " + P("ADDRESS", f"{n(1, 6)}.º {rng.choice(['Esq.', 'Dto.'])}"),
                 P("ZIP", f"4700-{n(100, 999)}") + " " + P("CITY", "Braga"), "Portugal"]
        return lines, "Portugal", f"+351 9{rng.choice('1236')}{n(0, 9)} {n(100, 999)} {n(100, 999)}", "pt"
    if k == "MEX":
        lines = [P("ADDRESS", f"Calle Tamarindo {n(2, 300)}") + ", Col. " + P("ADDRESS", "La Escondida"), "C.P. " + P("ZIP", f"990{n(10, 99)}") + " " + P("CITY", "Fresnillo") + ", Zac.", "México"]
        return lines, "Mexico", f"+52 492 {n(100, 999)} {n(1000, 9999)}", "es"
    if k == "PAK":
        lines = [P("ADDRESS", f"House {n(2, 400)}, Street {n(1, 30)}") + ", " + P("ADDRESS", "Peoples Colony No. 2"), P("CITY", "Faisalabad") + " " + P("ZIP", "38000"), "Pakistan"]
        return lines, "Pakistan", f"+92 30{n(0, 9)} {n(1000000, 9999999)}", "ur"
    if k == "NPL":
        lines = [P("ADDRESS", f"Ward No. {n(2, 9)}") + ", " + P("ADDRESS", "Bhagwati Tole"), P("CITY", "Tansen") + " " + P("ZIP", "32500"), "Nepal"]
        return lines, "Nepal", f"+977 98{n(0, 9)}-{n(1000000, 9999999)}", "ne"
    if k == "IND":
        lines = [P("ADDRESS", f"{n(2, 90)}, Shantikunj Society") + ", " + P("ADDRESS", "Old Padra Road"), P("CITY", "Vadodara") + " " + P("ZIP", f"3900{n(10, 25)}"), "Gujarat, India"]
        return lines, "India", f"+91 9{n(1000, 9999)} {n(10000, 99999)}", "gu"
    lines = [P("ADDRESS", f"Kastanienallee {n(2, 80)}"), P("ZIP", f"960{n(10, 52)}") + " " + P("CITY", "Bamberg"), "Deutschland"]
    return lines, "Germany", f"+49 15{n(1, 9)} {n(1000000, 9999999)}", "de"


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def make_email(rng, p: Person, dob: dt.date | None = None) -> str:
    g = ascii_fold(p.given.split()[0]).lower().replace("'", "").replace("-", "") or "pt"
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "") or "family"
    dom = rng.choice(DOMAINS)
    k = rng.randrange(6)
    if k == 0:
        return f"{g}.{f}{rng.randint(1, 99)}@{dom}"
    if k == 1 and dob:
        return f"{g[:1]}{f}{dob.year % 100:02d}@{dom}"
    if k == 2:
        return f"{rng.choice(['grandma', 'nana', 'papa', 'oma', 'yiayia'])}.{f}@{dom}"
    if k == 3:
        return f"{f}_{g}@{dom}"
    if k == 4:
        return f"{rng.choice(['rosegarden', 'birdwatch', 'oldtimer', 'cardshark', 'bridgeplayer', 'porchsitter'])}{rng.randint(20, 99)}@{dom}"
    return f"{g}{f[:4]}{rng.randint(100, 999)}@{dom}"


# ---------------------------------------------------------------- coverage

CREDS = ["MD", "DO", "NP", "PA-C", "RN", "BSN, RN", "MSN, APRN", "LPN", "PharmD", "MSW, LCSW"]
# (plan name, member id, group, RxBIN, RxPCN, RxGRP)
PLANS = [
    ("Cascadia Mutual Health", lambda r: "CMH" + digits(r, 9), lambda r: "G-" + digits(r, 5), "610847", "CMHRX", lambda r: "CMH" + digits(r, 4)),
    ("Great Plains Senior Advantage (HMO)", lambda r: "GP" + digits(r, 9) + "01", lambda r: "MA" + digits(r, 4), "017734", "MAPD", lambda r: "GPSA" + digits(r, 2)),
    ("Keystone Valley Health Plan", lambda r: alnum(r, 3, UPPER) + digits(r, 9), lambda r: digits(r, 6) + "-" + zdigits(r, 4), "003585", "KVHP", lambda r: "RX" + digits(r, 4)),
    ("Bluewater Senior Choice PPO", lambda r: "B" + digits(r, 9) + r.choice(UPPER), lambda r: digits(r, 5), "015581", "BWSC", lambda r: "BWR" + alnum(r, 3, UPPER)),
    ("Tri-County Care Alliance", lambda r: digits(r, 11), lambda r: "TCA-" + digits(r, 3), "020099", "TCARX", lambda r: "TC" + digits(r, 5)),
    ("Sagebrush Health Cooperative", lambda r: "SHC-" + digits(r, 4) + "-" + zdigits(r, 4), lambda r: digits(r, 4) + alnum(r, 2, UPPER), "610322", "SAGE", lambda r: "SHC" + digits(r, 3)),
    ("Lakeshore Retiree Benefits Trust", lambda r: "LRB" + digits(r, 8), lambda r: "R" + digits(r, 6), "004410", "RETIRE", lambda r: "LRBT" + digits(r, 2)),
    ("Heartland Medicare Rx (PDP)", lambda r: "HMR" + digits(r, 8) + "-0" + str(r.randint(1, 2)), lambda r: "PDP" + digits(r, 4), "012353", "HMRPDP", lambda r: "H" + digits(r, 4) + "-" + zdigits(r, 3)),
]
MEDICAID = {"CA": ("Medi-Cal", "BIC ID", lambda r: "9" + zdigits(r, 7) + r.choice(UPPER) + zdigits(r, 5)),
            "NY": ("NY Medicaid", "CIN", lambda r: alnum(r, 2, UPPER) + zdigits(r, 5) + r.choice(UPPER)),
            "TX": ("Texas Medicaid", "Medicaid ID", lambda r: digits(r, 9)),
            "FL": ("Florida Medicaid", "Recipient ID", lambda r: digits(r, 10)),
            "PA": ("PA Medical Assistance", "ACCESS card #", lambda r: digits(r, 10)),
            "OH": ("Ohio Medicaid", "Medicaid ID", lambda r: digits(r, 12)),
            "AZ": ("AHCCCS", "AHCCCS ID", lambda r: "A" + zdigits(r, 8)),
            "WA": ("Apple Health", "ProviderOne Client ID", lambda r: digits(r, 9) + "WA"),
            "MA": ("MassHealth", "Member ID", lambda r: digits(r, 12)),
            "MI": ("Michigan Medicaid", "mihealth card #", lambda r: digits(r, 10)),
            "NC": ("NC Medicaid", "Recipient ID", lambda r: digits(r, 9) + r.choice(UPPER)),
            "KY": ("Kentucky Medicaid", "Member ID", lambda r: digits(r, 10)),
            "LA": ("Healthy Louisiana", "Medicaid ID", lambda r: digits(r, 13)),
            "GA": ("Georgia Medicaid", "Member ID", lambda r: digits(r, 12)),
            "OR": ("Oregon Health Plan", "Prime ID", lambda r: alnum(r, 2, UPPER) + zdigits(r, 5) + r.choice(UPPER)),
            "MN": ("Minnesota Medical Assistance", "PMI #", lambda r: zdigits(r, 8)),
            "MS": ("Mississippi Medicaid", "Beneficiary ID", lambda r: digits(r, 9)),
            "MO": ("MO HealthNet", "DCN", lambda r: digits(r, 8))}


# ---------------------------------------------------------------- note context

class C:
    """What one note knows: the chart, the people, the numbers, and the renderers."""

    def __init__(self, rng, ntype: str, age_range=None, old: float = 0.45, us_only: bool = True):
        self.rng = r = rng
        self.ntype = ntype
        self.fac = r.choice(FACILITIES)
        self.dom = FAC_DOMAIN[self.fac]
        self.vdate = dt.date(2023, 1, 9) + dt.timedelta(days=r.randint(0, 690))
        self.pt = make_patient(r)
        lo, hi = age_range or (40, 104)
        if lo > 89 or (hi >= 90 and r.random() < old):
            a = r.randint(max(lo, 90), hi)
        else:
            a = r.randint(lo, min(hi, 89))
        ann = self.vdate.replace(year=self.vdate.year - a, day=min(self.vdate.day, 28))
        self.dob = ann - dt.timedelta(days=r.randint(1, 330))
        tot = (self.vdate.year - self.dob.year) * 12 + self.vdate.month - self.dob.month - (1 if self.vdate.day < self.dob.day else 0)
        self.age, self.age_m = tot // 12, tot % 12
        # identifiers
        self.mrn = r.choice([digits(r, 9), "00" + digits(r, 7), "GR" + digits(r, 6), f"{digits(r, 3)}-{zdigits(r, 3)}-{zdigits(r, 3)}",
                             "M-" + digits(r, 7), digits(r, 6) + "/" + zdigits(r, 2)])
        self.ssn = ssn(r)
        self.mbi = mbi(r)
        self.acct = r.choice([digits(r, 10), "V" + digits(r, 9), "PC" + digits(r, 8), "ENC-" + digits(r, 8)])
        # home
        self.word_town = None
        self.abroad = None
        self.fphone = None
        if us_only or self.pt.country == "USA" or r.random() < 0.75:
            towns = [w for w in WORD_TOWNS if not (w[0] == "Veteran" and "veterans" in ntype.lower())]
            if r.random() < 0.15:
                wt = r.choice(towns)
                self.word_town = wt[3]
                self.addr_lines, self.addr, self.city, self.state = us_address(r, (wt[0], wt[1], wt[2]))
            else:
                self.addr_lines, self.addr, self.city, self.state = us_address(r)
        else:
            self.addr_lines, self.abroad, self.fphone, _ = foreign_address(r, self.pt.country)
            first = plain(self.addr_lines[0])
            found = [x.split("\x03")[0] for x in "".join(self.addr_lines).split("\x01CITY\x02")[1:]]
            self.city = found[0] if found else None
            self.state = None
            self.addr = {"line": [first], "city": self.city, "state": None, "postalCode": None}
        self.mstate = self.state if self.state in MEDICAID else r.choice(sorted(MEDICAID))
        prog, lab, gen = MEDICAID[self.mstate]
        self.mcaid = (prog, lab, gen(r))
        plan = r.choice(PLANS)
        self.plan, self.member, self.group = plan[0], plan[1](r), plan[2](r)
        self.rxbin, self.rxpcn, self.rxgrp = plan[3], plan[4], plan[5](r)
        self.medicare = self.age >= 65 or r.random() < 0.05
        self.phone = self.fphone or us_phone(r)
        self.email = make_email(r, self.pt, self.dob)
        self.deceased = False
        self.ages: dict[int, int] = {}
        self.rels: list[tuple[Person, str, str | None]] = []
        self.team: list[Person] = []
        self.others: list[Person] = []
        self.used = {self.pt.family, self.pt.given}
        for tok in self.pt.full.replace("-", " ").split():
            self.used.add(tok)

    # ------------------------------------------------------------ people
    def _fresh_given(self, sex):
        pool = GIVEN_F if sex == "F" else GIVEN_M
        while True:
            g = self.rng.choice(pool)
            if g not in self.used:
                self.used.add(g)
                return g

    def _fresh_family(self):
        r = self.rng
        if r.random() < 0.14:
            pool = [f for f in EPONYM_FAMILY + WORD_FAMILY if f not in self.used]
            if pool:
                f = r.choice(pool)
                self.used.add(f)
                return f
        while True:
            f = r.choice(FAMILY)
            if f not in self.used:
                self.used.add(f)
                return f

    def rel(self, relationship: str, sex: str | None = None, same_family: bool = True, phone: bool = True,
            given: str | None = None, family: str | None = None) -> Person:
        r = self.rng
        if sex is None:
            w = relationship.split()[0].strip("(),")
            sex = "F" if w in FEM_REL else "M" if w in MASC_REL else r.choice("FM")
        if given is None:
            if same_family and self.pt.country in COUNTRY_GIVEN and r.random() < 0.7:
                pool = [g for g in COUNTRY_GIVEN[self.pt.country][0 if sex == "F" else 1] if g not in self.used]
                given = r.choice(pool) if pool else None
            elif r.random() < 0.2:
                pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
                given = r.choice(pool) if pool else None
            if given is None:
                given = self._fresh_given(sex)
        self.used.add(given)
        fam_script = None
        if family is None:
            if same_family:
                family, fam_script = gendered_family(self.pt.family, sex)
            else:
                family = self._fresh_family()
        self.used.add(family)
        for tok in family.split():
            self.used.add(tok)
        p = Person(given, family, None, sex, country=self.pt.country if same_family else "USA")
        if same_family and self.pt.script and given in SCRIPT_GIVEN:
            p.script = (fam_script or self.pt.script[0], SCRIPT_GIVEN[given])
        self.rels.append((p, relationship, us_phone(r) if phone else None))
        return p

    def relw(self, p: Person) -> str:
        for q, w, _ in self.rels:
            if q is p:
                return w
        return "family"

    def relph(self, p: Person) -> str:
        for q, _, ph in self.rels:
            if q is p:
                if ph is None:
                    ph = us_phone(self.rng)
                    self.rels = [(a, b, ph if a is p else c) for a, b, c in self.rels]
                return ph
        return us_phone(self.rng)

    def rage(self, p: Person, relationship: str | None = None) -> int:
        """The age of a relative, drawn once and kept for the rest of the note."""
        if id(p) not in self.ages:
            self.ages[id(p)] = min(106, _rel_age(self, relationship or self.relw(p)))
        return self.ages[id(p)]

    def kin(self, relationship: str, **kw) -> Person:
        """A relative: the same person again if the note already has one with that relationship."""
        for q, w, _ in self.rels:
            if w == relationship:
                return q
        return self.rel(relationship, **kw)

    def other(self, sex=None, given=None, family=None) -> Person:
        r = self.rng
        sex = sex or r.choice("FM")
        if given is None:
            if r.random() < 0.1:
                pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
                given = r.choice(pool) if pool else self._fresh_given(sex)
            else:
                given = self._fresh_given(sex)
        family = family or self._fresh_family()
        self.used.update({given, family})
        p = Person(given, family, None, sex)
        self.others.append(p)
        return p

    def clin(self, role="attending", cred=None, team=True) -> Person:
        r = self.rng
        while True:
            g, f = r.choice(CLIN_POOL)
            if f not in self.used and g not in self.used:
                break
        if r.random() < 0.1:
            pool = [x for x in EPONYM_FAMILY if x not in self.used]
            if pool:
                f = r.choice(pool)
        p = Person(g, f, None, r.choice("FM"), cred or r.choice(CREDS), role)
        self.used.update({p.given, p.family})
        if team:
            self.team.append(p)
        return p

    # ------------------------------------------------------------ renderers
    def days(self, n: int) -> dt.date:
        return self.vdate + dt.timedelta(days=n)

    def D(self, d: dt.date | None = None, style: str | None = None) -> str:
        d = d or self.vdate
        style = style or self.rng.choice(DATE_STYLES)
        pre, span, post = fdate(d, style, self.rng)
        return pre + P("DATE", span) + post

    def Dob(self, style: str | None = None, d: dt.date | None = None) -> str:
        return self.D(d or self.dob, style or self.rng.choice(DOB_STYLES))

    def range_(self, a: dt.date, b: dt.date) -> str:
        r = self.rng
        k = r.randrange(4)
        if k == 0:
            return P("DATE", f"{MON_AP[a.month - 1]} {ordinal(a.day)}") + " through " + P("DATE", f"{MON_AP[b.month - 1]} {ordinal(b.day)}, {b.year}")
        if k == 1:
            return "from the " + P("DATE", f"{ordinal(a.day)} of {MON[a.month - 1]}") + " to the " + P("DATE", f"{ordinal(b.day)} of {MON[b.month - 1]}")
        if k == 2:
            return P("DATE", f"{a.day}/{ROMAN[a.month - 1]}") + "–" + P("DATE", f"{b.day}/{ROMAN[b.month - 1]}/{b.year}")
        return P("DATE", f"{a.month}/{a.day}") + " to " + P("DATE", f"{b.month}/{b.day}/{b.year % 100:02d}")

    def ag(self, n: int | None = None, form: str | None = None, forms=None, sex: str | None = None) -> str:
        r = self.rng
        n = self.age_n if n is None else n
        sex = sex or self.pt.sex
        form = form or r.choice(forms or PROSE_AGES)
        m = self.age_m if n == self.age_n else r.randint(1, 11)
        pre, span, post, written = age_parts(n, form, sex, m or 1)
        return pre + (P("AGE_OVER_89", span) if written > 89 else K("age", span)) + post

    @property
    def age_n(self) -> int:
        return self.age

    def agelang(self, n: int, lang: str) -> str:
        pre, span, post = age_lang(n, lang)
        return pre + (P("AGE_OVER_89", span) if n > 89 else K("age", span)) + post

    def nm(self, p: Person, form: str = "gf", cat: str | None = None) -> str:
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        g, f = p.given, p.family
        full = f"{g} {f}"
        if form == "gf":
            return P(cat, full)
        if form == "gmf":
            return P(cat, f"{g} {p.middle}. {f}") if p.middle else P(cat, full)
        if form == "FG":
            return P(cat, f.upper()) + ", " + P(cat, g.upper())
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g)
        if form == "F/G":
            return P(cat, f.upper()) + "/" + P(cat, g.upper())
        if form == "init":
            return P(cat, f"{g[0]}. {f}")
        if form == "initials":
            return P(cat, "".join(w[0] for w in full.replace("-", " ").split() if w[0].isalpha()).upper())
        if form == "lower":
            return P(cat, full.lower())
        if form == "caps":
            return P(cat, full.upper())
        if form == "given":
            return P(cat, g)
        if form == "family":
            return P(cat, f)
        if form == "poss":
            return P(cat, full) + "'s"
        if form == "gposs":
            return P(cat, g) + "'s"
        if form == "script" and p.script:
            fam, giv = p.script
            return P(cat, f"{giv} {fam}")
        if form == "both":
            return self.nm(p, "gf", cat) + (" (" + self.nm(p, "script", cat) + ")" if p.script else "")
        return P(cat, full)

    def title(self, p: Person) -> str:
        if p.cred and p.cred in ("MD", "DO", "PhD", "DDS", "DMD", "Au.D.", "PharmD"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        cat = "PROVIDER_NAME" if p.cred else "NAME"
        return ("Ms. " if p.sex == "F" else "Mr. ") + P(cat, p.family)

    def sig(self, p: Person) -> str:
        return self.nm(p, "gf") + f", {p.cred}"

    def he(self, cap=False) -> str:
        s = "she" if self.pt.sex == "F" else "he"
        return s.capitalize() if cap else s

    def his(self) -> str:
        return "her" if self.pt.sex == "F" else "his"

    def addr_inline(self, sep: str = ", ") -> str:
        return sep.join(self.addr_lines)

    def work_email(self, p: Person, dom: str | None = None) -> str:
        g = ascii_fold(p.given).lower().replace(" ", "").replace("-", "")
        f = ascii_fold(p.family).lower().replace(" ", "").replace("-", "")
        return f"{g[0]}{f}@{dom or self.dom}"

    # coverage renderers
    def mbi_txt(self, style: str | None = None) -> str:
        m = self.mbi
        style = style or self.rng.choice(["plain", "dashed", "spaced", "lower"])
        v = {"plain": m, "dashed": f"{m[:4]}-{m[4:7]}-{m[7:]}", "spaced": f"{m[:4]} {m[4:7]} {m[7:]}",
             "lower": m.lower(), "wrapped": m[:6] + "\n" + m[6:]}[style]
        return P("HEALTH_PLAN", v)

    def medicaid_txt(self) -> str:
        prog, lab, val = self.mcaid
        return f"{prog} {lab} {P('HEALTH_PLAN', val)}"

    def member_txt(self, style: str | None = None) -> str:
        m = self.member
        style = style or self.rng.choice(["plain", "plain", "spaced", "dashed"])
        if style == "spaced":
            m = spaced(m.replace("-", ""), self.rng.choice([3, 4]))
        elif style == "dashed" and "-" not in m:
            m = spaced(m, 4).replace(" ", "-")
        return P("HEALTH_PLAN", m)

    def coverage_short(self) -> str:
        r = self.rng
        if self.medicare and r.random() < 0.5:
            return "Medicare MBI " + self.mbi_txt()
        if r.random() < 0.35:
            return self.medicaid_txt()
        return f"{self.plan} ID {self.member_txt()}"

    def street_prose(self) -> str:
        """The patient's street line inside a sentence, without a label (US homes only)."""
        r = self.rng
        if self.abroad:
            return ""
        first = plain(self.addr_lines[0])
        if first.startswith(("PO Box", "HC ")):
            return ""
        a0 = self.addr_lines[0]
        he = self.he()
        k = r.randrange(4)
        if k == 0:
            return f"{he} still lives in the house at {a0}, {P('CITY', self.city)}, where {he} has lived since the war"
        if k == 1:
            return f"home is {a0} — a two-storey house, bedroom upstairs"
        if k == 2:
            return f"{he} moved last year from the farm to {a0} in town"
        return f"the family home on {a0} has three steps at the front door and none at the back"


def make_patient(rng) -> Person:
    g, f, sc, sex, ctry, lang = rng.choice(PT_POOL)
    mid = rng.choice(MIDDLE) if ctry in ("USA", "DEU") and rng.random() < 0.5 else None
    return Person(g, f, sc, sex, country=ctry, middle=mid, lang=lang)


def _rel_age(c: C, relw: str) -> int:
    a = c.age
    r = c.rng
    relw = relw.split()[0]
    if relw in ("sister", "brother"):
        return max(30, a + r.randint(-8, 8))
    if relw in ("daughter", "son", "daughter-in-law", "son-in-law", "stepdaughter", "stepson"):
        return max(20, a - r.randint(20, 36))
    if relw in ("granddaughter", "grandson"):
        return max(18, a - r.randint(45, 60))
    if relw in ("great-granddaughter", "great-grandson"):
        return max(2, a - r.randint(66, 84))
    if relw in ("mother", "father"):
        return a + r.randint(20, 36)
    if relw in ("wife", "husband", "partner"):
        return max(20, a + r.randint(-6, 6))
    if relw in ("nephew", "niece"):
        return max(20, a - r.randint(18, 38))
    return max(20, a + r.randint(-10, 10))


def kin_choices(c: C) -> list[str]:
    a = c.age
    if a < 60:
        return ["wife" if c.pt.sex == "M" else "husband", "mother", "father", "sister", "brother", "daughter", "son"]
    if a < 85:
        return ["wife" if c.pt.sex == "M" else "husband", "daughter", "son", "sister", "brother", "niece", "nephew"]
    return ["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "daughter-in-law", "son-in-law", "sister"]


def child_rel(c: C) -> str:
    return c.rng.choice(["daughter", "son", "niece", "nephew"] if c.age >= 60 else ["wife" if c.pt.sex == "M" else "husband", "sister", "brother"])


# ---------------------------------------------------------------- headers (layouts of this split)

def _name_fgm(c: C, p: Person, sep: str = ", ") -> str:
    s = P("NAME", p.family.upper()) + sep + P("NAME", p.given.upper())
    if p.middle:
        s += sep + P("NAME", p.middle)
    return s


def h_cms1500(c: C) -> str:
    r = c.rng
    p = c.pt
    if c.abroad:
        return h_properties(c)
    ins = c.mbi_txt("plain") if c.medicare and r.random() < 0.5 else c.member_txt("plain")
    sx = "F [X]  M [ ]" if p.sex == "F" else "F [ ]  M [X]"
    return ("HEALTH INSURANCE CLAIM FORM — boxes 1–11 as keyed\n"
            f"1a. INSURED'S I.D. NUMBER ........ {ins}\n"
            f"2. PATIENT'S NAME (Last, First, MI) {_name_fgm(c, p)}\n"
            f"3. PATIENT'S BIRTH DATE  MM | DD | YYYY  {P('DATE', fdate(c.dob, 'boxes')[1])}   SEX {sx}\n"
            f"5. PATIENT'S ADDRESS {remark(c.addr_lines[0], str.upper)}  CITY {P('CITY', c.city.upper())}  STATE {c.state}\n"
            f"   ZIP CODE {P('ZIP', c.addr['postalCode'])}  TELEPHONE {P('PHONE', c.phone)}\n"
            f"11. INSURED'S POLICY GROUP OR FECA NUMBER {P('HEALTH_PLAN', c.group)}\n"
            f"26. PATIENT'S ACCOUNT NO. {P('ACCOUNT', c.acct)}\n\n")


def h_card_ocr(c: C) -> str:
    r = c.rng
    p = c.pt
    pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]), team=False)
    nm = P("NAME", p.given.upper()) + (" " + P("NAME", p.middle) if p.middle else "") + " " + P("NAME", p.family.upper())
    eff = dt.date(c.vdate.year, 1, 1)
    idv = c.member.replace("-", "")
    idtxt = P("HEALTH_PLAN", r.choice([spaced(idv, 3), spaced(idv, 4), idv]))
    s = (f"[insurance card, OCR of the scan — front]\n{c.plan.upper()}\n"
         f"Member {nm}\nID {idtxt}   Group {P('HEALTH_PLAN', c.group)}\n"
         f"RxBIN {c.rxbin}  RxPCN {c.rxpcn}  RxGRP {P('HEALTH_PLAN', c.rxgrp)}\n"
         f"Issuer (80840) 91{zdigits(r, 8)}   Eff {P('DATE', fdate(eff, r.choice(['mm/dd/Y', 'Y-mm-dd', 'm/d/yy']))[1])}\n"
         f"PCP {P('PROVIDER_NAME', pcp.family.upper())}, {P('PROVIDER_NAME', pcp.given[0])}  {P('PHONE', us_phone(r))}\n")
    if c.medicare and r.random() < 0.6:
        s += f"[back] Medicare Advantage — keep your red, white and blue card at home. MBI on file: {c.mbi_txt()}\n"
    s += f"Member Services {P('PHONE', tollfree(r))} (TTY 711) · Providers fax {P('FAX', us_phone(r))}\n\n"
    return s


def h_properties(c: C) -> str:
    r = c.rng
    p = c.pt
    rows = [f"# intake.properties — exported {P('DATE', fdate(c.vdate, 'Y-mm-dd')[1])}",
            f"patient.name.family={P('NAME', p.family)}",
            f"patient.name.given={P('NAME', p.given)}",
            f"patient.birthDate={P('DATE', c.dob.isoformat())}",
            f"patient.age={c.ag(form='bare')}",
            f"patient.mrn={P('MRN', c.mrn)}",
            f"patient.telecom.phone={P('PHONE', c.phone)}"]
    if c.medicare:
        rows.append(f"coverage.medicare.mbi={c.mbi_txt('plain')}")
    else:
        rows.append(f"coverage.memberId={c.member_txt('plain')}")
    if not c.abroad and r.random() < 0.6:
        rows.append(f"patient.address.city={P('CITY', c.city)}")
        rows.append(f"patient.address.postalCode={P('ZIP', c.addr['postalCode'])}")
    return "\n".join(rows) + "\n\n"


def h_asciidoc(c: C) -> str:
    r = c.rng
    p = c.pt
    return ("= Intake summary\n"
            f":patient: {c.nm(p, 'both')}\n"
            f":dob: {c.Dob()}\n"
            f":age: {c.ag(forms=HEAD_AGES)}\n"
            f":mrn: {P('MRN', c.mrn)}\n"
            f":payer: {c.coverage_short()}\n"
            f":email: {P('EMAIL', c.email)}\n\n")


def h_census(c: C) -> str:
    r = c.rng
    p = c.pt
    payer = r.choice(["MCR A", "MCD pend", "MA-HMO", "Pvt pay", "LTC ins", "MCR/MCD dual"])
    adm = c.days(-r.randint(2, 60))
    return ("MIDNIGHT CENSUS  " + c.D(c.vdate, r.choice(["Mon-dd", "dd-Mon-yy", "DDMONYYYY"])) + "  0600\n"
            f"Rm {r.randint(100, 340)}-{r.choice('AB')} | {P('NAME', p.family.upper())}, {P('NAME', p.given)} | "
            f"{c.ag(forms=['bare', 'yrs glued', 'n y', 'zeroY'])} | {p.sex} | Adm {c.D(adm, r.choice(['m/d', 'Mon d', 'd Mon']))} | "
            f"{payer} | MRN {P('MRN', c.mrn)}\n\n")


def _ip(r) -> str:
    return f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def h_pylog(c: C) -> str:
    r = c.rng
    p = c.pt
    pre, span, post = fdate(c.vdate, "pylog", r)
    pre2, span2, post2 = fdate(c.vdate, "pylog", r)
    return (f"{P('DATE', span)}{post} INFO intake.sync pt=\"{P('NAME', p.family.upper())}, {P('NAME', p.given.upper())}\" "
            f"mrn={P('MRN', c.mrn)} dob={P('DATE', c.dob.isoformat())} age={c.ag(form='bare')} src=portal ip={P('IP', _ip(r))}\n"
            f"{P('DATE', span2)}{post2} WARNING elig.check payer=\"{c.plan}\" member={c.member_txt('plain')} status=ACTIVE "
            f"grp={P('HEALTH_PLAN', c.group)}\n\n")


def h_typewriter(c: C) -> str:
    r = c.rng
    p = c.pt
    t = "Mrs." if p.sex == "F" else "Mr."
    ours = f"{alnum(r, 2, UPPER)}/{digits(r, 5)}/{r.choice(['HB', 'TQ', 'LS'])}"
    return (f"RE:      {t} {c.nm(p)}, {c.ag(form=r.choice(['aged', 'years', 'years of age', 'year-old']))}\n"
            f"         Date of birth: {c.Dob(r.choice(['Month ord, Y', 'ord of Month Y', 'the ordw of Month, Y']))}\n"
            f"         Our ref.: {P('OTHER_ID', ours)}\n\n")


HEADERS = [h_cms1500, h_card_ocr, h_properties, h_asciidoc, h_census, h_pylog, h_typewriter]


def letterhead(c: C) -> str:
    r = c.rng
    city, st, z3 = r.choice(US_CITIES)
    z = z3 + f"{r.randint(1, 99):02d}"
    return (f"{c.fac}\n{P('ADDRESS', f'{r.randint(100, 4999)} {r.choice(STREETS)}')}, {P('CITY', city)}, {st} {P('ZIP', z)}\n"
            f"Tel {P('PHONE', us_phone(r))}   Fax {P('FAX', us_phone(r))}\n\n"
            f"{c.D(c.vdate, r.choice(['Month d, Y', 'ord Month Y', 'Month ord, Y', 'AP d, Y']))}\n\n")


# ---------------------------------------------------------------- shared blocks

def blk_contacts(c: C) -> str:
    r = c.rng
    picks = r.sample(kin_choices(c), 2)
    k = r.randrange(4)
    rows = []
    for w in picks:
        p = c.kin(w, same_family=r.random() < 0.65)
        n = c.rage(p, w)
        if k == 0:
            rows.append(f"{w.capitalize()} {c.nm(p, r.choice(['gf', 'both', 'given']))}, {c.ag(n=n, forms=['bare', 'years', 'y/o', 'yrs.'], sex=p.sex)}, "
                        f"{r.choice(['lives nearby', 'lives out of state', 'visits weekly', 'lives with the patient'])} — {P('PHONE', c.relph(p))}")
        elif k == 1:
            rows.append(f"{c.nm(p, r.choice(['Fg', 'FG']))} | {w} | {c.ag(n=n, forms=CELL_AGES, sex=p.sex)} | {P('PHONE', c.relph(p))}")
        elif k == 2:
            rows.append(f"contact.{len(rows) + 1}: name={c.nm(p)}; rel={w}; age={c.ag(n=n, form='bare', sex=p.sex)}; tel={P('PHONE', c.relph(p))}")
        else:
            rows.append(f"{c.nm(p, 'given')} ({w}, {c.ag(n=n, forms=['bare', 'n y', 'yo sp'], sex=p.sex)}) can be reached on {P('PHONE', c.relph(p))}")
    if not rows:
        return ""
    head = {0: "Family:\n", 1: "name | relationship | age | phone\n", 2: "", 3: "Who to call:\n"}[k]
    return head + "\n".join(rows) + "\n"


LONG_CAUSES = [("diagnosis", "stroke"), ("diagnosis", "pneumonia"), ("eponym", "Alzheimer's disease"), ("diagnosis", "heart failure"),
               ("diagnosis", "old age"), ("eponym", "Parkinson's disease"), ("diagnosis", "colon cancer"), ("diagnosis", "hip fracture"),
               ("eponym", "Hodgkin lymphoma"), ("diagnosis", "influenza"), ("eponym", "Bright's disease")]


def blk_longevity(c: C) -> str:
    r = c.rng
    a = c.age
    k = r.randrange(3)
    rows = []
    if a >= 70:
        rels = [("mother", 0), ("father", 0), ("sister", 1), ("brother", 1)]
    else:
        rels = [("grandmother (mat.)", 2), ("grandfather (pat.)", 2), ("mother", 0), ("father", 0)]
    for relw, gen in r.sample(rels, 3):
        if gen == 1:
            n = r.randint(max(60, a - 12), min(106, a + 10))
        elif gen == 0:
            n = r.randint(60, 104) if a >= 70 else r.randint(55, 101)
        else:
            n = r.randint(70, 105)
        kind, cause = r.choice(LONG_CAUSES)
        alive = gen == 1 and r.random() < 0.35 and n >= a - 5
        if k == 0:
            if alive:
                rows.append(f"{relw.capitalize()}: living, {c.ag(n=n, forms=['bare', 'years', 'yrs.', 'y/o'])}")
            else:
                rows.append(f"{relw.capitalize()}: d. {c.ag(n=n, forms=['bare', 'at age', 'aged', 'years'])} — {K(kind, cause)}")
        elif k == 1:
            rows.append(f"| {relw} | {'alive' if alive else 'deceased'} | {c.ag(n=n, forms=CELL_AGES)} | {K(kind, cause)} |")
        else:
            if alive:
                rows.append(f"a {relw} still living at {c.ag(n=n, form='bare')}")
            else:
                rows.append(f"a {relw} who died {c.ag(n=n, forms=['at age', 'aged', 'words'])} of {K(kind, cause)}")
    if k == 0:
        return "Family longevity:\n" + "\n".join(rows) + "\n"
    if k == 1:
        return "| relative | status | age | cause |\n" + "\n".join(rows) + "\n"
    return "Family history is notable for " + "; ".join(rows) + ".\n"


AGE_TAILS = ["walks to the mailbox daily", "does the crossword in pen", "reads without glasses", "gardens in a raised bed",
             "still bakes on Sundays", "follows every ball game on the radio", "writes letters to a pen friend",
             "insists on making the coffee"]
AGE_ROLES = ["HOH on the left", "sharp and funny", "a retired schoolteacher", "a retired machinist", "a former postmistress",
             "a retired county nurse", "a dairy farmer until eighty", "a church organist for sixty years"]


def blk_agep(c: C) -> str:
    """Sentences about ages: the patient's, in this split's phrasings, and a relative's."""
    r = c.rng
    if c.deceased:
        return ""
    n = c.age
    he = c.he(True)
    out = []
    opts = [f"{he} is {c.ag(forms=['words', 'years old', 'years young', 'half', 'y and m', 'going on'])} and {r.choice(AGE_TAILS)}.",
            f"Pt is {c.ag(forms=['a year-old', 'woman of', 'yo sp', 'y.o.', 'Y/O', 'yoa'])}, {r.choice(AGE_ROLES)}.",
            f"{he} {c.ag(form='nth birthday')} {r.choice(['last month', 'in the spring', 'with the whole family', 'at the senior center'])}.",
            f"{he} {c.ag(form='turned')} {r.choice(['in March', 'this winter', 'last week', 'on the day of the visit'])}.",
            f"Now {c.ag(forms=['nth year', 'at age', 'decade' if n < 100 else 'centenarian'])}, {c.he()} {r.choice(AGE_TAILS)}.",
            f"{c.ag(forms=['Words'])} this year, and {r.choice(['proud of it', 'tells everyone', 'not slowing down much'])}.",
            f"Asked {c.his()} age, {c.he()} said \"{c.ag(forms=['words', 'bare', 'hundred and'])}, and don't you forget it\"."]
    if 96 <= n <= 99 and r.random() < 0.5:
        opts.append(f"Family describe {c.his()} as in {c.his()} late nineties and \"sharper than all of us\".")
    if 92 <= n <= 95 and r.random() < 0.5:
        opts.append(f"The neighbour thinks {c.he()} is in {c.his()} mid-90s; the chart says {c.ag(form='bare')}.")
    out.append(r.choice(opts))
    relw = r.choice(["daughter", "son", "niece", "sister", "brother"]) if n >= 75 else r.choice(["mother", "father", "sister", "brother"])
    p = c.kin(relw, same_family=r.random() < 0.6)
    ra = c.rage(p, relw)
    if 20 <= ra <= 106:
        out.append(f"{c.nm(p, 'given')}, {c.his()} {relw}, is {c.ag(n=ra, forms=['bare', 'words', 'years old', 'y and m', 'going on', 'yrs.'], sex=p.sex)} "
                   f"and {r.choice(['drives', 'no longer drives', 'helps with meals', 'manages the bills', 'lives two doors down'])}.")
    return " ".join(out) + "\n"


def blk_people(c: C) -> str:
    """Patient, relatives and staff named in plain prose, without titles; staff by role."""
    r = c.rng
    k = r.randrange(4)
    a = c.kin(child_rel(c))
    if k == 0:
        b = c.rel(r.choice(["granddaughter", "grandson", "daughter-in-law", "son-in-law"]) if c.age >= 70 else r.choice(["sister", "brother"]),
                  same_family=r.random() < 0.5)
        return (f"{c.nm(a, 'given')} and {c.nm(b)} take turns staying overnight; {c.nm(b, 'given')} has the Tuesday and Thursday nights. "
                f"{c.nm(c.pt, 'given')} calls {c.nm(a, 'given')} \"the boss\".\n")
    if k == 1:
        aide = c.clin("home health aide", "HHA")
        nb = c.other()
        return (f"The home health aide, {c.nm(aide)}, comes weekday mornings for bathing. Neighbour {c.nm(nb)} has a key and "
                f"checks on {c.nm(c.pt, 'given')} after supper; {c.nm(nb, 'given')} phones {c.his()} {c.relw(a)}, {c.nm(a, 'given')}, if anything is off.\n")
    if k == 2:
        d1, d2 = c.days(-r.randint(1, 4)), c.days(-r.randint(0, 1))
        st = lambda d: P("DATE", f"{d.month}/{d.day}")  # noqa: E731
        return ("texts pasted in by the nurse:\n"
                f"{st(d1)} {P('NAME', a.given.lower())}: {c.his()} appetite is better, {P('NAME', c.pt.given.lower())} ate all the soup\n"
                f"{st(d2)} {P('NAME', a.given.lower())}: can {P('NAME', c.pt.given.lower())} have the flu shot here or at the pharmacy\n")
    ph = c.clin("community pharmacist", "PharmD")
    sw = c.clin("social worker", "MSW, LCSW")
    return (f"Spoke with {c.nm(a)} after the visit; {c.nm(a, 'given')} will bring the pill bottles. The pharmacist, {c.nm(ph)}, "
            f"is setting up blister packs, and the social worker, {c.nm(sw, 'given')} {c.nm(sw, 'family')}, will call about respite.\n")


def blk_lang(c: C) -> str:
    """The patient's age (and a relative's) as the family wrote it in their own language."""
    r = c.rng
    lang = c.pt.lang
    if not lang or c.deceased:
        return ""
    p = c.kin(child_rel(c))
    interp = c.other()
    s = (f"Intake form filled in by {c.his()} {c.relw(p)}, {c.nm(p, 'both')}, in {LANG_NAME[lang]}: patient's age «{c.agelang(c.age, lang)}»")
    ra = c.rage(p)
    if r.random() < 0.5 and 20 <= ra <= 106:
        s += f", own age «{c.agelang(ra, lang)}»"
    if lang in LANG_DATE:
        s += f", signed {c.D(c.days(-r.randint(0, 12)), lang)}"
    return s + f". Read with interpreter {c.nm(interp)} (ID {P('OTHER_ID', r.choice(['INT-', 'I', '']) + digits(r, 5))}).\n"


AUTH_SVCS = ["skilled nursing facility, 14 days", "home health, 8 visits", "power wheelchair (K0823)", "hospital bed (E0260)",
             "outpatient PT, 12 visits", "cataract surgery, right eye (66984)"]


def blk_auth(c: C) -> str:
    r = c.rng
    auth = r.choice(["PA", "AUTH", "R"]) + digits(r, r.choice([8, 9, 10]))
    ref = digits(r, 4) + "-" + zdigits(r, 6)
    a = c.days(-r.randint(0, 5))
    b = a + dt.timedelta(days=r.randint(14, 90))
    k = r.randrange(3)
    if k == 0:
        return (f"PRIOR AUTHORIZATION — APPROVED. Member {c.nm(c.pt, 'Fg')}, ID {c.member_txt()}. Service: {r.choice(AUTH_SVCS)}. "
                f"Authorization # {P('OTHER_ID', auth)}, valid {c.range_(a, b)}. Reference {P('OTHER_ID', ref)}.\n")
    if k == 1:
        return (f"auth_no={P('OTHER_ID', auth)}; member_id={c.member_txt('plain')}; grp={P('HEALTH_PLAN', c.group)}; "
                f"from={P('DATE', a.strftime('%Y%m%d'))}; thru={P('DATE', b.strftime('%Y%m%d'))}; status=A1\n")
    return (f"| auth # | member | service | valid |\n| {P('OTHER_ID', auth)} | {c.member_txt('plain')} | {r.choice(AUTH_SVCS)} | "
            f"{c.D(a, r.choice(['m/d/yy', 'd Mon', 'Mon-dd']))}–{c.D(b, r.choice(['m/d/yy', 'dd-Mon-yy']))} |\n")


LOOKALIKE = [lambda r: K("vital", f"HR {r.choice([91, 94, 96, 98, 102, 104, 112])}"), lambda r: K("vital", f"SpO2 {r.choice([90, 92, 94, 95, 97])}%"),
             lambda r: K("vital", f"BP {r.randint(118, 148)}/{r.randint(90, 99)}"), lambda r: K("lab", f"glucose {r.choice([93, 96, 104, 118, 127])} mg/dL"),
             lambda r: K("lab", f"B12 {r.choice([96, 112, 128])} pg/mL"), lambda r: K("vital", f"wt {r.choice([91, 96, 98, 103, 118])} lb"),
             lambda r: K("score", f"MoCA {r.randint(14, 27)}/30"), lambda r: K("vital", f"T {r.choice(['97.9', '98.6', '99.1'])} °F"),
             lambda r: K("lab", f"Na {r.choice([129, 131, 134])} mmol/L"), lambda r: K("score", f"TUG {r.randint(11, 32)} s"),
             lambda r: K("lab", f"TSH {r.choice(['0.92', '1.04', '3.1'])} mIU/L"), lambda r: K("vital", f"MAP {r.randint(90, 99)}"),
             lambda r: K("lab", f"eGFR {r.choice([31, 38, 44, 52])} mL/min/1.73m²"), lambda r: K("eponym", "Barthel Index") + " " + K("score", f"{r.choice([60, 75, 90, 95, 100])}/100")]


def blk_lookalike(c: C) -> str:
    r = c.rng
    vs = r.sample(LOOKALIKE, r.randint(3, 5))
    tail = r.choice(["", " Age band on the state report: 90+.", " Next review Q3 " + str(c.vdate.year + 1) + ".",
                     " Room 9" + str(r.randint(0, 9)) + ", bed B.", " Plan year FY" + str(c.vdate.year + 1) + "."])
    return "Today: " + ", ".join(v(r) for v in vs) + "." + tail + "\n"


def blk_card(c: C) -> str:
    r = c.rng
    k = r.randrange(3)
    idv = c.member.replace("-", "")
    if k == 0:
        return (f"Card on file ({c.plan}): ID# {P('HEALTH_PLAN', spaced(idv, r.choice([3, 4])))} / GRP# {P('HEALTH_PLAN', c.group)} / "
                f"RxBIN {c.rxbin} / PCN {c.rxpcn} / RxGrp {P('HEALTH_PLAN', c.rxgrp)}\n")
    if k == 1:
        return (f"| payer | member id | group | rx group | eff |\n| {c.plan} | {P('HEALTH_PLAN', idv)} | {P('HEALTH_PLAN', c.group)} | "
                f"{P('HEALTH_PLAN', c.rxgrp)} | {c.D(dt.date(c.vdate.year, 1, 1), r.choice(MONTH_YEAR + ['mm/dd/Y']))} |\n")
    cut = r.randint(3, len(idv) - 3)
    return (f"Subscriber ID (wrapped on the fax): {P('HEALTH_PLAN', idv[:cut] + chr(10) + idv[cut:])}  group {P('HEALTH_PLAN', c.group)}"
            f" — BIN {c.rxbin}, PCN {c.rxpcn} (processor, not the member)\n")


def blk_medicare(c: C) -> str:
    r = c.rng
    if not c.medicare:
        return blk_card(c)
    m = c.mbi
    a = dt.date(c.dob.year + 65, c.dob.month, 1)
    k = r.randrange(5)
    if k == 0:
        return f"Medicare: MBI {c.mbi_txt('dashed')} · Part A eff {c.D(a, r.choice(MONTH_YEAR))} · Part B eff {c.D(a, r.choice(MONTH_YEAR))}\n"
    if k == 1:
        return f"medicare.mbi={c.mbi_txt('plain')}; partA={P('DATE', f'{a.month:02d}/{a.year}')}; partD.plan=\"Heartland Medicare Rx (PDP)\"\n"
    if k == 2:
        return f"MBI (read back over the phone, letter by letter): {P('HEALTH_PLAN', ' '.join(m))}\n"
    if k == 3:
        hicn = c.ssn.replace("-", "") + r.choice(["A", "B", "D", "C1"])
        return f"Old card (before the MBI) showed HICN {P('HEALTH_PLAN', hicn)}; new MBI {c.mbi_txt(r.choice(['plain', 'spaced']))}\n"
    return f"Medicare Beneficiary Identifier\n{c.mbi_txt('wrapped')}  (split across two lines on the intake sheet)\n"


def blk_medicaid(c: C) -> str:
    r = c.rng
    prog, lab, val = c.mcaid
    k = r.randrange(4)
    if k == 0:
        return f"Dual eligible: {prog} — {lab} {P('HEALTH_PLAN', val)} (QMB); Medicare primary\n"
    if k == 1:
        lab2 = r.choice(["Recipient no.", "Client #", "Case/Member", "State ID", "Beneficiary no."])
        return f"Medicaid ({c.mstate}) {lab2}: {P('HEALTH_PLAN', val)} — the card itself says \"{lab}\"\n"
    if k == 2:
        return f"medicaid_state={c.mstate} medicaid_id={P('HEALTH_PLAN', val)} waiver=EW spenddown=no\n"
    return f"{prog} application pending; interim {lab} {P('HEALTH_PLAN', val)} issued {c.D(c.days(-r.randint(5, 60)), r.choice(SHORT_STYLES))}\n"


def blk_rx(c: C) -> str:
    r = c.rng
    rxn = digits(r, 7)
    return (f"Pharmacy benefit: BIN {c.rxbin} · PCN {c.rxpcn} · RxGRP {P('HEALTH_PLAN', c.rxgrp)} · cardholder {c.member_txt('plain')} · person code 01 · "
            f"last fill Rx #{P('OTHER_ID', rxn)} on {c.D(c.days(-r.randint(3, 40)), r.choice(SHORT_STYLES))}\n")


def blk_kv(c: C) -> str:
    r = c.rng
    claim = r.choice(["C", "CLM"]) + digits(r, 10)
    auth = r.choice(["PA", "A", "AUTH-"]) + digits(r, 8)
    return (f"ids: mrn={P('MRN', c.mrn)} acct={P('ACCOUNT', c.acct)} claim={P('OTHER_ID', claim)} auth={P('OTHER_ID', auth)} "
            f"{'mbi' if c.medicare else 'member'}={c.mbi_txt('plain') if c.medicare else c.member_txt('plain')}\n")


def blk_wrapped(c: C) -> str:
    r = c.rng
    acct = c.acct
    cut = max(2, len(acct) // 2)
    k = r.randrange(2)
    if k == 0:
        return f"Guarantor account {P('ACCOUNT', acct[:cut] + chr(10) + acct[cut:])} (broken by the fax margin)\n"
    mrn = c.mrn
    return f"Chart no. {P('MRN', mrn)}; the scanned face sheet shows it as {P('MRN', ' '.join(ch for ch in mrn if ch.isalnum()))}\n"


LOG_EVENTS = ["elig 270 sent", "271 ACTIVE returned", "fax queued to payer", "fax delivered, 4 pp", "PA status PENDED",
              "PA status APPROVED", "portal msg read", "callback scheduled", "RA posted", "appeal received"]


def blk_log(c: C) -> str:
    r = c.rng
    k = r.randrange(4)
    rows = []
    for i in range(3):
        d = c.days(-r.randint(0, 6))
        ev = r.choice(LOG_EVENTS)
        who = c.nm(c.rels[0][0], "initials") if c.rels and r.random() < 0.2 else r.choice(["svc_elig", "batch", "hm-fax", "ra_post"])
        if k == 0:
            pre, span, post = fdate(d, "pylog", r)
            rows.append(f"{P('DATE', span)}{post} INFO {ev} user={who}")
        elif k == 1:
            pre, span, post = fdate(d, "bsd", r)
            rows.append(f"{P('DATE', span)}{post} ehr-int01 claimsd[{r.randint(1000, 9999)}]: {ev} ({who})")
        elif k == 2:
            pre, span, post = fdate(d, "bracket", r)
            rows.append(f"{pre}{P('DATE', span)}{post} {ev} — {who}")
        else:
            rows.append(f"{P('DATE', fdate(d, 'iso Z', r)[1])} {ev} by {who}")
    return "Activity log:\n" + "\n".join(rows) + "\n"


def blk_dates(c: C) -> str:
    r = c.rng
    a = c.days(-r.randint(60, 400))
    b = c.days(-r.randint(10, 59))
    k = r.randrange(4)
    if k == 0:
        return (f"First seen here on {c.D(a, r.choice(['the ordw of Month, Y', 'ord of Month Y', 'AP ord ' + chr(39) + 'yy']))}; "
                f"last visit {c.D(b, r.choice(['Month ordw', 'AP ord', 'Mon-dd']))}. Next review due in Q{r.randint(1, 4)} {c.vdate.year + 1}.\n")
    if k == 1:
        return (f"Prior episodes: {c.D(a, r.choice(['d/ROMAN/Y', 'd.ROMAN.Y', 'd-ROMAN-yy']))} and {c.D(b, r.choice(['d/ROMAN/Y', 'd.ROMAN.Y']))}; "
                f"both in {r.choice(['spring', 'late summer', 'winter'])} {b.year}.\n")
    if k == 2:
        return (f"Seen {c.D(b, 'Weekday the ord')} (stamp DOS{P('DATE', b.strftime('%Y%m%d'))}), "
                f"records rcvd{P('DATE', f'{a.month:02d}/{a.day:02d}')} from the old clinic.\n")
    return (f"Episode of care {c.range_(b, c.vdate)}; eff{P('DATE', dt.date(c.vdate.year, 1, 1).strftime('%Y%m%d'))}, "
            f"termed {c.D(dt.date(c.vdate.year, 12, 31), r.choice(['mm/dd/Y', 'Month d, Y']))} unless renewed.\n")


def blk_abroad(c: C) -> str:
    r = c.rng
    origin = c.pt.country if c.pt.country != "USA" else None
    lines, country, fph, lang = foreign_address(r, origin)
    opts = ["brother", "sister", "nephew", "niece"] + (["son", "daughter"] if c.age >= 70 else [])
    relw = r.choice(opts)
    given = None
    key = origin
    if key in COUNTRY_GIVEN:
        pool = [g for g in COUNTRY_GIVEN[key][0 if relw in FEM_REL else 1] if g not in c.used]
        given = r.choice(pool) if pool else None
    p = c.rel(relw, same_family=bool(origin) and relw not in ("niece", "nephew"), phone=False, given=given)
    c.rels[-1] = (p, c.rels[-1][1], fph)
    s = f"{relw.capitalize()} in {country}: {c.nm(p, 'both')}, " + ", ".join(lines) + f", tel. {P('PHONE', fph)}"
    if origin:
        n = c.rage(p, relw)
        if 20 <= n <= 106:
            s += f"; the family writes {c.his()} age as \"{c.agelang(n, lang)}\""
        if lang in LANG_DATE and r.random() < 0.7:
            s += f"; last letter dated {c.D(c.days(-r.randint(5, 90)), lang)}"
    return s + ".\n"


def blk_net(c: C) -> str:
    r = c.rng
    a = _ip(r)
    k = r.randrange(3)
    slug = ascii_fold(c.pt.given).lower().replace(" ", "") + "-" + ascii_fold(c.pt.family).lower().replace(" ", "-")
    if k == 0:
        return f"Portal: last login from {P('IP', a)} on {c.D(c.days(-r.randint(0, 9)), r.choice(SHORT_STYLES))}; proxy account held by family.\n"
    if k == 1:
        v6 = f"2600:{alnum(r, 4, HEX)}:{alnum(r, 4, HEX)}:{alnum(r, 2, HEX)}::{alnum(r, 3, HEX)}"
        return f"Video visit joined from {P('IP', v6)} (home Wi-Fi) and {P('IP', a)}; link {P('URL', f'https://visit.{c.dom}/join/{alnum(r, 10, HEX)}')}\n"
    return f"Family updates page: {P('URL', f'https://www.familycircle.example/{slug}')} (shared by the family, not the clinic)\n"


PLATES = [lambda r: f"{r.randint(100, 999)} {alnum(r, 3, UPPER)}", lambda r: f"{alnum(r, 3, UPPER)}-{r.randint(1000, 9999)}",
          lambda r: f"{r.randint(1, 9)}{alnum(r, 2, UPPER)}{r.randint(100, 999)}", lambda r: f"DV {r.randint(1000, 9999)}"]
CARS = ["beige Buick LeSabre", "maroon Mercury Grand Marquis", "white Toyota Avalon", "blue Honda Odyssey",
        "silver Chrysler Pacifica", "green Subaru Outback", "gray Ford Taurus"]


def blk_vehicle(c: C) -> str:
    r = c.rng
    st = c.state or "MN"
    plate = PLATES[r.randrange(len(PLATES))](r)
    car = r.choice(CARS)
    k = r.randrange(3)
    if k == 0:
        return f"Driving: still drives a {car} ({st} plate {P('VEHICLE', plate)}) to church and the store; family wants an evaluation.\n"
    if k == 1:
        return f"Vehicle on the accessible-parking application: {car}, VIN {P('VEHICLE', vin(r))}, tag {P('VEHICLE', plate)}\n"
    return f"Son has taken the keys to the {car} (plate {P('VEHICLE', plate.replace(' ', '').lower())}); it is parked at his house.\n"


def blk_ssn(c: C) -> str:
    r = c.rng
    s = c.ssn
    d9 = s.replace("-", "")
    k = r.randrange(4)
    if k == 0:
        return f"SSN {P('SSN', s)} (from the Social Security card, copy in chart)\n"
    if k == 1:
        return f"Soc. Sec. # {P('SSN', d9[:3] + ' ' + d9[3:5] + ' ' + d9[5:])}\n"
    if k == 2:
        return f"last 4 of SSN: {P('SSN', d9[-4:])}\n"
    return f"SSN: XXX-XX-{P('SSN', d9[-4:])} (masked on the printout)\n"


def blk_cc(c: C) -> str:
    r = c.rng
    pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]), team=False)
    k = r.randrange(3)
    if k == 0:
        return f"cc: {c.title(pcp)} (PCP), fax {P('FAX', us_phone(r))}; patient's file\n"
    if k == 1:
        return f"Copies to: {c.nm(pcp, 'Fg')} ({pcp.cred}) · {P('EMAIL', c.work_email(pcp, 'direct.' + c.dom))}\n"
    return f"cc: family ({c.nm(c.rels[0][0]) if c.rels else 'POA'}); PCP {c.nm(pcp, 'init')}, {pcp.cred}\n"


MEDS = ["donepezil 10 mg qHS", "memantine 10 mg BID", "apixaban 2.5 mg BID", "metoprolol succinate 25 mg daily",
        "furosemide 20 mg qAM", "levothyroxine 50 mcg daily", "amlodipine 5 mg daily", "sertraline 50 mg daily",
        "carbidopa-levodopa 25/100 mg TID", "latanoprost 0.005% 1 gtt OU qHS", "tamsulosin 0.4 mg qHS",
        "cholecalciferol 1000 IU daily", "acetaminophen 650 mg q6h PRN", "oxybutynin 5 mg BID", "diphenhydramine 25 mg qHS PRN",
        "zolpidem 5 mg qHS PRN", "alendronate 70 mg weekly", "insulin glargine 10 units qHS", "mirtazapine 15 mg qHS",
        "senna 8.6 mg 2 tabs qHS"]
LABS = ["Hgb 11.4 g/dL", "Cr 1.31 mg/dL", "K 4.6 mmol/L", "albumin 3.2 g/dL", "25-OH vitamin D 18 ng/mL", "HbA1c 6.9%",
        "TSH 4.8 mIU/L", "B12 214 pg/mL", "Na 132 mmol/L", "INR 1.1", "BNP 412 pg/mL", "LDL 88 mg/dL"]


def blk_meds(c: C) -> str:
    ms = c.rng.sample(MEDS, 3)
    return "Medications: " + "; ".join(K("drug", m) for m in ms) + "\n"


def blk_labs(c: C) -> str:
    r = c.rng
    ls = r.sample(LABS, 3)
    return f"Labs ({c.D(c.days(-r.randint(1, 30)), r.choice(SHORT_STYLES))}): " + ", ".join(K("lab", x) for x in ls) + "\n"


EPONYM_LINES = [
    lambda r: f"{K('eponym', 'Katz ADL')} {K('score', f'{r.randint(2, 6)}/6')}; {K('eponym', 'Lawton IADL')} {K('score', f'{r.randint(1, 8)}/8')}.",
    lambda r: f"{K('eponym', 'Romberg')} positive; {K('eponym', 'Rockwood Clinical Frailty Scale')} {K('score', str(r.randint(4, 7)))}.",
    lambda r: f"Hx {K('eponym', 'Parkinson disease')} with {K('eponym', 'Lewy body')} features; {K('eponym', 'Hoehn and Yahr')} stage {K('score', str(r.randint(2, 4)))}.",
    lambda r: f"{K('eponym', 'Dupuytren contracture')} R hand; {K('eponym', 'Heberden nodes')}.",
    lambda r: f"Screened with the {K('eponym', 'Yesavage Geriatric Depression Scale')}: {K('score', f'{r.randint(2, 11)}/15')}.",
    lambda r: f"{K('eponym', 'Beers Criteria')} reviewed; {K('eponym', 'Charlson Comorbidity Index')} {K('score', str(r.randint(3, 9)))}.",
    lambda r: f"{K('eponym', 'Sjögren syndrome')} (dry eyes, dry mouth) per rheumatology.",
    lambda r: f"Hx {K('eponym', 'Paget disease of bone')}; {K('lab', 'alk phos 188 U/L')}.",
    lambda r: f"{K('eponym', 'Folstein MMSE')} {K('score', f'{r.randint(15, 28)}/30')}, {K('eponym', 'Shulman clock')} {K('score', f'{r.randint(1, 5)}/5')}.",
    lambda r: f"{K('eponym', 'Zarit Burden Interview')} (caregiver) {K('score', str(r.randint(12, 48)))}.",
    lambda r: f"{K('eponym', 'Hachinski Ischemic Score')} {K('score', str(r.randint(2, 8)))}; MRI with white-matter change.",
    lambda r: f"{K('eponym', 'Bristol Stool Scale')} type {K('score', str(r.randint(2, 6)))}; no melena.",
]


def blk_eponyms(c: C) -> str:
    r = c.rng
    return " ".join(f(r) for f in r.sample(EPONYM_LINES, 2)) + "\n"


NARRATIVE = [
    "Alert, pleasant, answers questions fully.", "Uses a four-wheeled walker; no loss of balance in the room.",
    "Hearing aids in both ears; speaks slowly and clearly.", "Eats two meals a day and a snack at bedtime.",
    "Up once at night to void.", "Skin intact; heels offloaded.", "Wears reading glasses; cataracts removed years ago.",
    "Lives alone with daily check-in calls.", "Son visits most evenings after work.", "No pain today.",
    "Takes her own medications from a weekly pill box filled by family.", "Manages stairs with the rail, one step at a time.",
]


def blk_narrative(c: C) -> str:
    r = c.rng
    s = " ".join(r.sample(NARRATIVE, r.randint(2, 3)))
    if c.pt.sex == "M":
        s = s.replace("her own", "his own")
    return s + "\n"


PLAN_ITEMS = ["recheck in 3 months", "PT referral for balance", "review the med list at the next visit",
              "home safety visit", "labs before the next appointment", "update the advance directive",
              "hearing re-test in a year", "social work to follow", "annual flu vaccine due in the autumn"]


def blk_plan(c: C) -> str:
    r = c.rng
    return "Plan: " + "; ".join(r.sample(PLAN_ITEMS, r.randint(2, 3))) + ".\n"


def blk_home(c: C) -> str:
    r = c.rng
    s = c.street_prose()
    if not s:
        return ""
    s = s[0].upper() + s[1:]
    if r.random() < 0.4:
        s += f" (ZIP {P('ZIP', c.addr['postalCode'])})"
    return s + ".\n"


BLOCKS = [blk_contacts, blk_longevity, blk_agep, blk_people, blk_auth, blk_lang, blk_lookalike, blk_card, blk_medicare, blk_medicaid, blk_rx, blk_kv,
          blk_wrapped, blk_log, blk_dates, blk_abroad, blk_net, blk_vehicle, blk_ssn, blk_cc, blk_meds, blk_labs,
          blk_eponyms, blk_narrative, blk_plan, blk_home]
KEEP_BLOCKS = {blk_meds, blk_labs, blk_eponyms, blk_lookalike}
BLOCK_WEIGHT = {blk_agep: 3.5, blk_contacts: 2.5, blk_longevity: 2.5, blk_medicare: 2.5, blk_medicaid: 2.0, blk_card: 2.0,
                blk_dates: 2.5, blk_log: 1.5, blk_abroad: 2.0, blk_lookalike: 2.5, blk_kv: 1.5, blk_rx: 1.5, blk_people: 2.5,
                blk_auth: 1.5, blk_lang: 5.0}
# blocks that do not fit a note about someone who has died
DEAD_SKIP = {blk_agep, blk_lookalike, blk_plan, blk_narrative, blk_home, blk_vehicle, blk_people, blk_labs, blk_meds, blk_auth}
LIGHT_BLOCKS = {blk_narrative, blk_plan, blk_eponyms, blk_meds, blk_labs, blk_lookalike, blk_agep, blk_longevity}

# ---------------------------------------------------------------- signatures


def signature(c: C, p: Person) -> str:
    r = c.rng
    k = r.randrange(8)
    if k == 0:
        lic = f"{c.state or 'MN'}-{digits(r, 6)}"
        return f"\nRespectfully submitted,\n\n{P('PROVIDER_NAME', p.full.upper())}, {p.cred}\nLicense No. {P('LICENSE', lic)}\n"
    if k == 1:
        return f"— {c.nm(p, 'initials')} / {p.role or 'clinician'}, {c.D(c.vdate, r.choice(['AP ord ' + chr(39) + 'yy', 'Mon-dd', 'd Mon']))}\n"
    if k == 2:
        return f"Signed electronically: {c.nm(p, 'Fg')}, {p.cred} | {P('DATE', fdate(c.vdate, 'iso Z', r)[1])}\n"
    if k == 3:
        return (f"I certify that the above is true to the best of my knowledge.\nSignature on file — {c.sig(p)}, NPI {P('OTHER_ID', npi(r))}\n"
                f"Dated {c.D(c.vdate, r.choice(LEGAL_STYLES))}\n")
    if k == 4:
        return f"/{c.nm(p)}/ {p.role or 'clinician'} · dated {c.D(c.vdate, r.choice(['AP ord ' + chr(39) + 'yy', 'Month ord, Y', 'd.ROMAN.Y']))}\n"
    if k == 5:
        return f"X__________________  {c.nm(p)}, {p.cred}   Date {P('DATE', fdate(c.vdate, 'boxes')[1])}\n"
    if k == 6:
        dea_n = dea(r, p.family, mid=p.cred in ("NP", "PA-C", "MSN, APRN"))
        return f"{c.sig(p)} · DEA {P('LICENSE', dea_n)} · {c.D(c.vdate, r.choice(['m/d/yy', 'dd-Mon-yy']))}\n"
    return f"Kind regards,\n{c.nm(p, 'given')}\n{c.nm(p)}, {p.cred} — {p.role or 'clinician'}\n{P('EMAIL', c.work_email(p))}\n"


def filing(c: C, p: Person) -> str:
    """The chart's line under a letter: who signed it and when it was filed."""
    r = c.rng
    k = r.randrange(3)
    if k == 0:
        return f"Letter e-signed by {c.nm(p, 'Fg')}, {p.cred}; filed {P('DATE', fdate(c.vdate, 'iso Z', r)[1])}\n"
    if k == 1:
        return f"[scanned to chart {c.D(c.vdate, r.choice(['dd-Mon-yy', 'Mon-dd', 'DDMONYYYY']))} — signed copy, {c.nm(p, 'initials')}]\n"
    return f"Sent by fax and mail on {c.D(c.vdate, r.choice(['AP ord ' + chr(39) + 'yy', 'Month ord, Y', 'd.ROMAN.Y']))} by {c.nm(p, 'init')}\n"


# ---------------------------------------------------------------- note bodies (24 types)

DX_POOL = [("eponym", "Alzheimer's disease, late onset", "G30.1"), ("diagnosis", "vascular dementia", "F01.50"),
           ("eponym", "Parkinson's disease", "G20.A1"), ("diagnosis", "age-related macular degeneration", "H35.30"),
           ("diagnosis", "heart failure with preserved EF", "I50.32"), ("diagnosis", "atrial fibrillation", "I48.91"),
           ("diagnosis", "osteoporosis with fracture", "M80.08XA"), ("diagnosis", "CKD stage 3b", "N18.32"),
           ("diagnosis", "presbycusis", "H91.13"), ("diagnosis", "type 2 diabetes", "E11.9"), ("diagnosis", "COPD", "J44.9"),
           ("diagnosis", "repeated falls", "R29.6"), ("diagnosis", "major depressive disorder", "F32.9"),
           ("diagnosis", "age-related physical debility", "R54"), ("eponym", "dementia with Lewy bodies", "G31.83"),
           ("eponym", "Paget disease of bone", "M88.9")]


DEM_DX = [("eponym", "Alzheimer's disease, late onset", "G30.1"), ("diagnosis", "vascular dementia", "F01.50"),
          ("eponym", "dementia with Lewy bodies", "G31.83"), ("diagnosis", "mild cognitive impairment", "G31.84"),
          ("diagnosis", "frontotemporal dementia", "G31.09"), ("eponym", "Parkinson's disease dementia", "G20.C")]
COGNITIVE = {"guardianship court visitor report", "memory clinic evaluation", "testamentary capacity assessment",
             "representative payee letter", "long-term care insurance claim", "PASRR level I screen"}


def dx(c: C) -> str:
    kind, d, code = c.rng.choice(DEM_DX if c.ntype in COGNITIVE else DX_POOL)
    return f"{K(kind, d)} ({K('code', code)})"


def dx2(c: C) -> str:
    a, b = c.rng.sample(DX_POOL, 2)
    return f"{K(a[0], a[1])} ({K('code', a[2])}) and {K(b[0], b[1])} ({K('code', b[2])})"


COUNTIES = ["Kittson", "Otero", "Pondera", "Lemhi", "Latah", "Ziebach", "Tazewell", "Keya Paha", "Crow Wing", "Traverse",
            "Mahnomen", "Cheboygan", "Menominee", "Bon Homme", "Hettinger", "Jerauld", "Faulk", "Musselshell"]


def _second_address(c: C) -> str:
    lines, fh, city, st = us_address(c.rng)
    return ", ".join(lines)


def b_cga(c: C) -> str:
    r = c.rng
    p = c.pt
    ger = c.clin("geriatrician", r.choice(["MD", "DO"]))
    rn = c.clin("geriatric nurse", r.choice(["RN", "BSN, RN"]))
    kid = c.kin(child_rel(c))
    k = r.randrange(3)
    if k == 0:
        return ("COMPREHENSIVE GERIATRIC ASSESSMENT\n"
                f"Seen {c.D(c.vdate, r.choice(['Weekday the ord', 'the ordw of Month', 'AP ord ' + chr(39) + 'yy']))} with {c.his()} {c.relw(kid)}, "
                f"{c.nm(kid)}, who gave most of the history.\n"
                f"Patient {c.nm(p, 'gf')} · {c.ag(forms=HEAD_AGES)} · DOB {c.Dob()} · MRN {P('MRN', c.mrn)}\n"
                f"Function: {K('eponym', 'Katz ADL')} {K('score', str(r.randint(2, 6)) + '/6')}; {K('eponym', 'Lawton IADL')} {K('score', str(r.randint(1, 7)) + '/8')}; "
                f"needs help bathing since {c.D(c.days(-r.randint(60, 300)), r.choice(MONTH_YEAR))}.\n"
                f"Cognition: {K('score', 'MoCA ' + str(r.randint(14, 26)) + '/30')}. Mood: {K('eponym', 'Yesavage GDS-15')} {K('score', str(r.randint(1, 9)))}.\n"
                f"Frailty: {K('eponym', 'Fried frailty phenotype')} {K('score', str(r.randint(2, 5)) + '/5')}; gait speed {K('vital', '0.' + str(r.randint(4, 9)) + ' m/s')}.\n"
                f"Problems: {dx2(c)}.\n"
                f"Geriatrician {c.nm(ger)} reviewed with the team nurse, {c.nm(rn)}.\n")
    if k == 1:
        return (f"{c.nm(p)} is {c.ag(forms=['a year-old', 'woman of', 'y.o.', 'words-year-old'])} referred for a geriatric assessment after "
                f"{r.choice(['two falls', 'a hospital stay', 'weight loss'])}. {c.nm(p, 'given')} lives {r.choice(['alone', 'with a cat', 'with ' + c.his() + ' ' + c.relw(kid)])} "
                f"and {c.nm(kid, 'given')} checks in daily. {c.nm(kid, 'given')} says the decline began around {c.D(c.days(-r.randint(120, 400)), r.choice(['Month Y', 'Month, Y', 'Mon ' + chr(39) + 'yy']))}.\n"
                f"{K('eponym', 'Rockwood Clinical Frailty Scale')} {K('score', str(r.randint(4, 7)))}; {K('score', 'Mini-Cog ' + str(r.randint(1, 5)) + '/5')}; "
                f"{K('score', 'MNA-SF ' + str(r.randint(6, 13)) + '/14')}.\n"
                f"Dx: {dx(c)}. The geriatrician, {c.nm(ger)}, and the social worker discussed home supports.\n")
    return ("CGA — domains\n"
            f"| domain | finding |\n| identity | {c.nm(p, 'Fg')}, {c.ag(forms=CELL_AGES)}, MRN {P('MRN', c.mrn)} |\n"
            f"| ADL | {K('eponym', 'Katz')} {K('score', str(r.randint(2, 6)) + '/6')} |\n"
            f"| cognition | {K('eponym', 'Folstein MMSE')} {K('score', str(r.randint(15, 29)) + '/30')} |\n"
            f"| falls | last fall {c.D(c.days(-r.randint(3, 40)), r.choice(['AP ord', 'Mon-dd', 'the ord']))} |\n"
            f"| caregiver | {c.relw(kid)} {c.nm(kid)} ({P('PHONE', c.relph(kid))}) |\n"
            f"Assessed by {c.nm(ger)} ({ger.cred}), geriatrician.\n")


def b_guardian(c: C) -> str:
    r = c.rng
    p = c.pt
    county = r.choice(COUNTIES)
    st = c.state or "MN"
    visitor = c.other()
    atty = c.other()
    partner = c.other()
    judge = c.other()
    pet = c.kin(child_rel(c))
    doc = c.clin("examining physician", r.choice(["MD", "DO"]))
    case = f"{c.vdate.year}-{r.choice(['GM', 'PR', 'GC'])}-{zdigits(r, 6)}"
    return (f"IN THE PROBATE COURT OF {P('CITY', county.upper())} COUNTY, {st}\n"
            f"IN THE MATTER OF THE GUARDIANSHIP OF {P('NAME', p.full.upper())}, an alleged incapacitated person\n"
            f"Case No. {P('OTHER_ID', case)}\nCOURT VISITOR'S REPORT\n"
            f"Visitor {c.nm(visitor)} met the respondent at {c.his()} home, {c.addr_lines[0]}, on {c.D(c.days(-r.randint(3, 20)), r.choice(LEGAL_STYLES))}.\n"
            f"The respondent, {c.ag(forms=['words', 'hundred and', 'bare'])}, was born {c.Dob()} and understood that a guardianship had been "
            f"asked for. Petitioner: {c.nm(pet)} ({c.relw(pet)}), {c.ag(n=c.rage(pet), forms=['bare', 'years', 'aged'], sex=pet.sex)}, "
            f"tel. {P('PHONE', c.relph(pet))}.\n"
            f"Counsel for the respondent: {c.nm(atty)}, of {P('NAME', atty.family)} & {P('NAME', partner.family)} LLP.\n"
            f"Examining physician {c.nm(doc)} reports {dx(c)}; {K('eponym', 'Folstein MMSE')} {K('score', str(r.randint(9, 22)) + '/30')}.\n"
            f"Hearing before Judge {c.nm(judge, 'family')} set for {c.D(c.days(r.randint(10, 40)), r.choice(['Month ord, Y', 'the ordw of Month, Y', 'AP d, Y']))}.\n")


INSURERS = ["Evergreen Trust Life Insurance Company", "Prairie Oak Mutual Life", "Northern Lantern Assurance", "Granite Shoals Life"]


def b_aps(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("attending physician", r.choice(["MD", "DO"]))
    pol = r.choice(["", "UL", "WL"]) + digits(r, 9)
    clm = f"DC-{c.vdate.year % 100:02d}-{digits(r, 6)}"
    first = c.days(-r.randint(900, 4000))
    dl = r.choice([alnum(r, 1, UPPER) + digits(r, 8), digits(r, 9), alnum(r, 1, UPPER) + digits(r, 3) + "-" + digits(r, 3) + "-" + digits(r, 3)])
    k = r.randrange(2)
    head = (f"ATTENDING PHYSICIAN STATEMENT — {r.choice(INSURERS)}\n"
            f"Policy No. {P('OTHER_ID', pol)}   Claim No. {P('OTHER_ID', clm)}\n"
            f"Insured: {_name_fgm(c, p)}   DOB {c.Dob()}   Age last birthday: {c.ag(forms=['bare', 'yrs.', 'n y'])}\n")
    if k == 0:
        return (head + f"Date of first consultation: {c.D(first, r.choice(YEAR_STYLES))}; date last seen: {c.D(c.days(-r.randint(5, 60)), r.choice(YEAR_STYLES))}\n"
                f"Diagnoses: {dx2(c)}, onset {c.D(c.days(-r.randint(400, 2000)), r.choice(MONTH_YEAR))}\n"
                f"Driving: advised to stop; licence {P('LICENSE', dl)} surrendered {c.D(c.days(-r.randint(30, 300)), r.choice(SHORT_STYLES + YEAR_STYLES))}.\n"
                f"Physician: {c.sig(doc)}, NPI {P('OTHER_ID', npi(r))}, fax {P('FAX', us_phone(r))}\n")
    died = c.days(-r.randint(3, 30))
    c.deceased = True
    return (head + f"Date of death: {c.D(died, r.choice(YEAR_STYLES))} at {r.choice(['home', 'the hospital', 'a nursing facility'])}; age at death "
            f"{c.ag(forms=['y and m', 'years', 'bare', 'ymglued'])}.\n"
            f"Immediate cause: {K('diagnosis', r.choice(['aspiration pneumonia', 'acute MI', 'sepsis', 'stroke']))}; underlying: {dx(c)}.\n"
            f"Under my care from {c.D(first, r.choice(YEAR_STYLES))}. Beneficiary (per insurer): {c.nm(c.kin(child_rel(c)))}.\n"
            f"Completed by {c.nm(doc)}, {doc.cred} — NPI {P('OTHER_ID', npi(r))}.\n")


FUNDS = ["Upper Midwest Teachers' Retirement System", "Prairie Electric Cooperative Pension Plan", "Railroad Retirement Board",
         "Iron Range Miners' Pension Trust", "State Employees' Retirement Association"]


def b_pension(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("physician", r.choice(["MD", "DO"]))
    fund = r.choice(FUNDS)
    memno = r.choice(["", "A", "M"]) + digits(r, 7) if "Railroad" not in fund else "A" + c.ssn.replace("-", "")[:3] + digits(r, 6)
    kid = c.kin(child_rel(c))
    since = c.days(-r.randint(800, 5000))
    t = "Mrs." if p.sex == "F" else "Mr."
    return (f"{fund}\nDisability and Survivor Benefits Unit\n\n"
            f"Re: {t} {c.nm(p)}, Member No. {P('OTHER_ID', memno)}; your letter of {c.D(c.days(-r.randint(3, 20)), r.choice(['ord inst.', 'the ordw of Month', 'Month ord, Y']))}\n\n"
            "Dear Sir or Madam,\n"
            f"I have attended {c.nm(p, 'given')} since {c.D(since, r.choice(MONTH_YEAR))}. {c.he(True)} is now {c.ag(forms=['y and m', 'years', 'words', 'hundred and', 'yrs.'])} "
            f"and has {dx(c)}. {c.he(True)} cannot manage {c.his()} own affairs, and {c.his()} {c.relw(kid)}, {c.nm(kid)}, has handled the pension "
            f"cheques since {c.D(c.days(-r.randint(100, 600)), r.choice(['the ordw of Month, Y', 'Month Y', 'AP ord ' + chr(39) + 'yy']))}.\n"
            f"{c.nm(kid, 'given')} may be reached at {P('PHONE', c.relph(kid))}. Last four of the annuitant's SSN: {P('SSN', c.ssn[-4:])}.\n"
            f"Yours faithfully,\n{c.nm(doc)}, {doc.cred}\n")


def b_centenarian(c: C) -> str:
    r = c.rng
    p = c.pt
    coord = c.other()
    pi = c.clin("principal investigator", "MD")
    subj = f"LS{r.randint(10, 99)}-{zdigits(r, 4)}"
    bc = f"{r.randint(1, 99)}-{c.dob.year}-{zdigits(r, 5)}"
    infl = c.kin(child_rel(c))
    census_y = (c.dob.year // 10 + 1) * 10
    if census_y - c.dob.year < 1:
        census_y += 10
    child_age = census_y - c.dob.year
    rows = []
    for i in range(r.randint(2, 3)):
        sx = r.choice("FM")
        born = c.dob.year + r.randint(-6, 6)
        now = c.vdate.year - born
        if now <= 106 and r.random() < 0.3:
            lived, status = now, "alive"
        else:
            lived, status = r.randint(58, min(104, now - 1)), "deceased"
        sib = c.rel("sister" if sx == "F" else "brother", sex=sx, same_family=True, phone=False)
        byr = P("DATE", str(born)) if lived > 89 else str(born)
        rows.append(f"| {c.nm(sib, 'given')} | {byr} | {c.ag(n=lived, forms=['bare', 'years', 'n y', 'yrs.'], sex=sx)} | {status} |")
    return ("LONGEVITY STUDY — ENROLMENT (protocol LS-2021-07, v4)\n"
            f"Subject ID {P('OTHER_ID', subj)}   Enrolled {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"Participant {c.nm(p, 'both')} · born {P('DATE', str(c.dob.year))} · DOB {c.Dob()} · "
            f"age at enrolment {c.ag(forms=['y m spaced', 'ymglued', 'y and m', 'yrs.', 'hundred and'])}\n"
            f"Age validation: birth certificate no. {P('OTHER_ID', bc)}; {census_y} census lists {'her' if p.sex == 'F' else 'him'} as {c.ag(n=child_age, form=r.choice(['bare', 'aged', 'years']))}.\n"
            f"Informant: {c.nm(infl)} ({c.relw(infl)}), {c.ag(n=c.rage(infl), forms=['bare', 'years', 'yo sp'], sex=infl.sex)}, "
            f"{P('PHONE', c.relph(infl))}, {P('EMAIL', make_email(r, infl))}\n"
            "| sibling | born | age (now or at death) | status |\n" + "\n".join(rows) + "\n"
            f"Saliva kit {P('OTHER_ID', 'SK' + digits(r, 8))}; coordinator {c.nm(coord)}; PI {c.title(pi)}.\n")


def b_condolence(c: C) -> str:
    r = c.rng
    p = c.pt
    nok = c.kin(child_rel(c))
    nurse = c.clin("hospice nurse", r.choice(["RN", "BSN, RN"]))
    doc = c.clin("physician", r.choice(["MD", "DO"]))
    died = c.days(-r.randint(4, 25))
    c.deceased = True
    lines, _, city, st = us_address(r)
    kids = [c.rel(r.choice(["daughter", "son"]), same_family=r.random() < 0.6, phone=False) for _ in range(r.randint(1, 2))]
    born_place = (f"{P('CITY', c.city)}" if c.city else "the old country")
    slug = ascii_fold(p.given).lower().replace(" ", "") + "-" + ascii_fold(p.family).lower().replace(" ", "-") + f"-{c.dob.year}"
    obit = (f"\"{c.nm(p)} ({P('DATE', str(c.dob.year))}–{died.year}) of {born_place}, "
            f"died {c.D(died, r.choice(['Month d, Y', 'Month ord, Y', 'the ordw of Month']))} at the age of {c.ag(forms=['bare', 'words', 'hundred and'])}. "
            f"Born {c.Dob(r.choice(['Month d, Y', 'ord Month Y', 'AP d, Y']))}, {c.he()} is survived by " +
            ", ".join(f"{c.relw(q)} {c.nm(q, 'given')}" for q in kids) + f" and by {c.nm(nok, 'given')}.\"")
    return (f"{c.nm(nok)}\n" + "\n".join(lines) + "\n\n"
            f"Dear {c.nm(nok, 'given')},\n"
            f"All of us on the care team were saddened to learn that your {'mother' if p.sex == 'F' else 'father'}, {c.nm(p, 'given')}, died on "
            f"{c.D(died, r.choice(['the ordw of Month', 'Weekday the ord', 'AP ord', 'Month ordw']))}. {c.he(True)} was {c.ag(forms=['words', 'bare', 'years young', 'half'])} "
            f"and still told the nurses stories about {r.choice(['the dairy farm', 'the war years', 'teaching school', 'the railroad'])}.\n"
            f"We read the notice the family shared: {obit}\n"
            f"The memorial page is at {P('URL', 'https://remember.example/' + slug)}.\n"
            f"With sympathy, {c.nm(nurse)} ({nurse.cred}) and {c.title(doc)}\n")


def b_p2p(c: C) -> str:
    r = c.rng
    p = c.pt
    att = c.clin("attending", r.choice(["MD", "DO"]))
    md = c.clin("plan medical director", "MD", team=False)
    um = c.clin("UM nurse", "RN", team=False)
    ref = f"UM-{digits(r, 8)}"
    auth = r.choice(["A", "PA"]) + digits(r, 9)
    svc = r.choice(["SNF admission", "inpatient rehabilitation", "home health, 12 visits", "CPT 27447 (knee arthroplasty)"])
    den = c.days(-r.randint(1, 4))
    calls = []
    for i, who in enumerate([f"{c.nm(att, 'init')} called the plan", f"reached {c.nm(md, 'gf')}, medical director",
                             f"UM nurse {c.nm(um, 'given')} confirmed the outcome"]):
        pre, span, post = fdate(c.days(-r.randint(0, 1)), r.choice(["bracket", "pylog"]), r)
        calls.append(f"{pre}{P('DATE', span)}{post} {who}")
    return (f"PEER-TO-PEER REVIEW — {c.plan}\n"
            f"Ref # {P('OTHER_ID', ref)}   Member ID {c.member_txt()}   DOB {c.Dob()}\n"
            f"Requested: {svc} for {c.ag(forms=['a year-old', 'yo sp', 'y/o', 'yr-old', 'years old'])} {'woman' if p.sex == 'F' else 'man'} with {dx(c)}.\n"
            f"Denied {c.D(den, r.choice(SHORT_STYLES + YEAR_STYLES))} (\"does not meet {K('code', 'InterQual')} criteria\"); P2P window closes {c.D(c.days(2), r.choice(SHORT_STYLES))}.\n"
            "Call log:\n" + "\n".join(calls) + "\n"
            f"Outcome: {r.choice(['overturned', 'upheld', 'partially approved'])}; auth {P('OTHER_ID', auth)} valid {c.range_(c.vdate, c.days(r.randint(7, 20)))}.\n")


RX_DRUGS = [("zolpidem 5 mg tab", "00024-5421-31", "88", "DUR REJECT — drug/age precaution"),
            ("apixaban 2.5 mg tab", "00003-0893-21", "75", "PRIOR AUTHORIZATION REQUIRED"),
            ("donepezil 23 mg tab", "62856-0247-30", "70", "PRODUCT/SERVICE NOT COVERED"),
            ("oxybutynin 5 mg tab", "00591-5215-01", "88", "DUR REJECT — anticholinergic, age"),
            ("insulin glargine 100 units/mL pen", "00088-2219-05", "79", "REFILL TOO SOON"),
            ("alendronate 70 mg tab", "00006-0031-44", "76", "PLAN LIMITATIONS EXCEEDED")]


def b_rxreject(c: C) -> str:
    r = c.rng
    p = c.pt
    rph = c.clin("pharmacist", "PharmD")
    pres = c.clin("prescriber", r.choice(["MD", "NP", "DO"]), team=False)
    drug, ndc, code, msg = r.choice(RX_DRUGS)
    rx = digits(r, 7)
    pre, span, post = fdate(c.vdate, "pylog", r)
    return (f"CLAIM REJECTED — B1 response {P('DATE', span)}{post}\n"
            f"BIN {c.rxbin} PCN {c.rxpcn} GRP {P('HEALTH_PLAN', c.rxgrp)} ID {c.member_txt('plain')} PERSON 01\n"
            f"PATIENT {P('NAME', p.family.upper())}, {P('NAME', p.given.upper())}  DOB {P('DATE', c.dob.strftime('%Y%m%d'))}  AGE {c.ag(forms=['zeroY', 'bare'])}\n"
            f"Rx# {P('OTHER_ID', rx)}  NDC {K('code', ndc)}  {K('drug', drug + ', qty 30, 30 DS')}\n"
            f"Reject {K('code', code)}: {msg}\n"
            f"Prescriber {P('PROVIDER_NAME', pres.family.upper())}, {P('PROVIDER_NAME', pres.given.upper())}  NPI {P('OTHER_ID', npi(r))}  "
            f"DEA {P('LICENSE', dea(r, pres.family, mid=pres.cred == 'NP'))}\n"
            f"Help desk {P('PHONE', tollfree(r))}\n"
            f"RPh note: patient is {c.ag(forms=['a year-old', 'y/o', 'yo'])}; {K('eponym', 'Beers Criteria')} flag. Faxed the prescriber at "
            f"{P('FAX', us_phone(r))} for an alternative. — {c.nm(rph)}, {rph.cred}\n")


def b_cob(c: C) -> str:
    r = c.rng
    p = c.pt
    spw = "husband" if p.sex == "F" else "wife"
    sp = c.kin(spw, same_family=True)
    sp_age = min(104, c.rage(sp, spw))
    plan2 = r.choice(PLANS)
    a = dt.date(c.dob.year + 65, c.dob.month, 1)
    mcare = (f"Yes — MBI {c.mbi_txt()}; Part A eff {c.D(a, r.choice(MONTH_YEAR))}; Part B eff {c.D(a, r.choice(MONTH_YEAR))}"
             if c.medicare else "No")
    tfl = f"TRICARE For Life DBN {P('HEALTH_PLAN', digits(r, 11))}" if r.random() < 0.35 else "TRICARE/VA: none"
    return (f"COORDINATION OF BENEFITS QUESTIONNAIRE — {c.plan}\n"
            f"Member {c.nm(p, 'Fg')}   ID {c.member_txt()}   DOB {c.Dob()}   age {c.ag(forms=['bare', 'n y', 'yrs.'])}\n"
            f"1. Enrolled in Medicare? {mcare}\n"
            f"2. Spouse: {c.nm(sp)}, {c.ag(n=sp_age, forms=['bare', 'years', 'y/o'], sex=sp.sex)}, DOB {c.Dob(d=c.dob - dt.timedelta(days=365 * (sp_age - c.age) + r.randint(0, 200)))}; "
            f"covered by {plan2[0]} ID {P('HEALTH_PLAN', plan2[1](r))}, group {P('HEALTH_PLAN', plan2[2](r))}\n"
            f"3. Medicaid? {c.medicaid_txt() if r.random() < 0.5 else 'No'}\n"
            f"4. {tfl}\n"
            f"5. Accident or injury related? No.\n"
            f"Completed by {c.nm(sp, 'given')} ({spw}) on {c.D(c.days(-r.randint(1, 10)), r.choice(YEAR_STYLES))}; callback {P('PHONE', c.relph(sp))}\n")


def b_partd(c: C) -> str:
    r = c.rng
    p = c.pt
    pres = c.clin("prescriber", r.choice(["MD", "DO", "NP"]))
    drug = r.choice(["memantine ER 28 mg daily", "apixaban 2.5 mg BID", "linaclotide 72 mcg daily", "mirabegron 25 mg daily",
                     "teriparatide 20 mcg SC daily", "rivastigmine 4.6 mg/24 h patch"])
    tried = r.choice(["oxybutynin 5 mg BID", "warfarin per INR", "docusate 100 mg BID", "alendronate 70 mg weekly", "donepezil 10 mg qHS"])
    case = f"CD{c.vdate.year % 100:02d}{digits(r, 7)}"
    return ("REQUEST FOR MEDICARE PRESCRIPTION DRUG COVERAGE DETERMINATION\n"
            f"Enrollee {c.nm(p)}   DOB {c.Dob()}   Plan member ID {c.member_txt()}   MBI {c.mbi_txt() if c.medicare else P('HEALTH_PLAN', mbi(r))}\n"
            f"Address {c.addr_inline()}   Phone {P('PHONE', c.phone)}\n"
            f"Prescriber {c.sig(pres)}, NPI {P('OTHER_ID', npi(r))}, office fax {P('FAX', us_phone(r))}\n"
            f"Drug requested: {K('drug', drug)} — {r.choice(['formulary exception', 'tiering exception', 'prior authorization'])}\n"
            f"Rationale: enrollee is {c.ag(forms=['a year-old', 'y.o.', 'yr-old', 'years old', 'aged'])}; failed {K('drug', tried)} "
            f"({K('eponym', 'Beers Criteria')}); dx {dx(c)}.\n"
            f"Expedited: {r.choice(['yes', 'no'])}. Plan case # {P('OTHER_ID', case)}; decision due {c.D(c.days(r.randint(1, 3)), r.choice(SHORT_STYLES))}.\n")


def b_ltcclaim(c: C) -> str:
    r = c.rng
    p = c.pt
    cc = c.clin("LTC care coordinator", "RN", team=False)
    doc = c.clin("physician", r.choice(["MD", "DO", "NP"]))
    poa = c.kin(child_rel(c))
    pol = r.choice(["LTC", "L"]) + digits(r, 8)
    clm = "CL" + digits(r, 9)
    start = c.days(-r.randint(20, 120))
    return ("LONG-TERM CARE INSURANCE — PHYSICIAN STATEMENT AND PLAN OF CARE\n"
            f"Policy # {P('HEALTH_PLAN', pol)}   Claim # {P('OTHER_ID', clm)}\n"
            f"Claimant {c.nm(p, r.choice(['gf', 'FG']))}, DOB {c.Dob()}, {c.ag(forms=HEAD_AGES)}\n"
            f"Benefit trigger: needs hands-on help with {r.randint(2, 6)} of 6 ADLs ({K('eponym', 'Katz')}) since {c.D(start, r.choice(YEAR_STYLES))}; "
            f"{K('eponym', 'Folstein MMSE')} {K('score', str(r.randint(12, 24)) + '/30')}.\n"
            f"Elimination period began {c.D(start, r.choice(['AP ord', 'the ordw of Month', 'Month ordw']))}; 90-day period.\n"
            f"Diagnosis: {dx2(c)}.\n"
            f"POA: {c.nm(poa)} ({c.relw(poa)}) {P('PHONE', c.relph(poa))} · {P('EMAIL', make_email(r, poa))}\n"
            f"Insurer care coordinator {c.nm(cc)}, {cc.cred}; certifying clinician {c.sig(doc)}.\n")


def b_pasrr(c: C) -> str:
    r = c.rng
    p = c.pt
    scr = c.clin("PASRR screener", r.choice(["RN", "MSW, LCSW"]))
    st = c.state or c.mstate
    det = f"L1-{st}-{digits(r, 7)}"
    adm = c.days(r.randint(0, 3))
    return (f"PASRR LEVEL I SCREEN — {st}\n"
            f"Applicant {_name_fgm(c, p)}   SSN {P('SSN', c.ssn)}   DOB {c.Dob()}   Age {c.ag(forms=HEAD_AGES)}\n"
            f"Medicaid: {c.medicaid_txt()}\n"
            f"Referring hospital: {c.fac}; planned NF admission {c.D(adm, r.choice(YEAR_STYLES))}\n"
            f"A. Primary dx {dx(c)} — dementia primary: {r.choice(['yes', 'no'])}\n"
            "B. Serious mental illness: no   C. ID/DD or related condition: no\n"
            f"D. Exempted hospital discharge (expected stay under 30 days): {r.choice(['yes', 'no'])}\n"
            f"Determination # {P('OTHER_ID', det)} issued {c.D(c.vdate, r.choice(SHORT_STYLES))} by {c.nm(scr)}, {scr.cred}\n")


def b_awv(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("PCP", r.choice(["MD", "DO", "NP"]))
    poa = c.kin(child_rel(c))
    return (f"MEDICARE ANNUAL WELLNESS VISIT, subsequent ({K('code', 'G0439')})\n"
            f"{c.nm(p)}, {c.ag(forms=HEAD_AGES + ['a year-old', 'y/o'])}, MBI {c.mbi_txt()}\n"
            f"Health risk assessment filled in by {c.relw(poa)} {c.nm(poa)} at home.\n"
            f"Screening: colonoscopy no longer indicated at {c.ag(form='bare')}; DEXA last {c.D(c.days(-r.randint(400, 900)), r.choice(MONTH_YEAR))}.\n"
            f"Vaccines: {K('drug', 'recombinant zoster vaccine')} dose 2 {c.D(c.days(-r.randint(100, 500)), r.choice(YEAR_STYLES))}; "
            f"{K('drug', 'PCV20')} {c.D(c.days(-r.randint(100, 700)), r.choice(MONTH_YEAR))}; influenza {c.D(c.days(-r.randint(20, 200)), r.choice(SHORT_STYLES))}.\n"
            f"{K('score', 'Mini-Cog ' + str(r.randint(1, 5)) + '/5')}; {K('score', 'PHQ-2 ' + str(r.randint(0, 4)))}; {K('score', 'Timed Up and Go ' + str(r.randint(9, 25)) + ' s')}.\n"
            f"Advance directive on file, dated {c.D(c.days(-r.randint(400, 3000)), r.choice(LEGAL_STYLES))}; health-care agent {c.nm(poa, 'given')} ({P('PHONE', c.relph(poa))}).\n"
            f"Visit by {c.nm(doc)}, {doc.cred}.\n")


def b_memory(c: C) -> str:
    r = c.rng
    p = c.pt
    neuro = c.clin("memory clinic physician", r.choice(["MD", "DO"]))
    psy = c.clin("neuropsychologist", "PhD")
    inf = c.kin(child_rel(c))
    onset = c.days(-r.randint(300, 1100))
    return ("MEMORY CLINIC — NEW PATIENT\n"
            f"{c.nm(p)}, {c.ag(forms=PROSE_AGES)}, came with {c.his()} {c.relw(inf)} {c.nm(inf)}. "
            f"{c.nm(inf, 'given')} first noticed repeated questions around {c.D(onset, r.choice(['Month Y', 'Month, Y', 'Mon ' + chr(39) + 'yy']))}; "
            f"{c.nm(p, 'given')} got lost driving home on {c.D(c.days(-r.randint(20, 200)), r.choice(['the ordw of Month', 'AP ord', 'Month ordw']))}.\n"
            f"Left school {c.ag(n=r.randint(13, 16), form='at age')}; worked {r.choice(['on the family farm', 'as a bookkeeper', 'as a seamstress', 'for the railroad'])}.\n"
            f"{K('score', 'MoCA ' + str(r.randint(10, 24)) + '/30')}; {K('eponym', 'Shulman clock')} {K('score', str(r.randint(1, 4)) + '/5')}; "
            f"{K('eponym', 'Hachinski Ischemic Score')} {K('score', str(r.randint(1, 7)))}; CDR {K('score', r.choice(['0.5', '1', '2']))}; "
            f"FAST ({K('eponym', 'Reisberg')}) stage {K('score', str(r.randint(3, 6)))}.\n"
            f"MRI {c.D(c.days(-r.randint(10, 60)), r.choice(YEAR_STYLES))}: hippocampal atrophy, small-vessel change.\n"
            f"Impression: {dx(c)}. Start {K('drug', 'donepezil 5 mg qHS')}. Neuropsychology with {c.nm(psy)}, PhD. — {c.nm(neuro)}, {neuro.cred}\n")


def b_testament(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("examining physician", r.choice(["MD", "DO"]))
    atty = c.other()
    partner = c.other()
    neph = c.rel(r.choice(["nephew", "niece"]), same_family=r.random() < 0.5, phone=False)
    kid = c.kin(r.choice(["daughter", "son"]))
    t = "Mrs." if p.sex == "F" else "Mr."
    return (f"{c.nm(atty)}, Esq.\n{P('NAME', atty.family)} & {P('NAME', partner.family)}, Attorneys at Law\n\n"
            f"Re: {t} {c.nm(p)}, DOB {c.Dob()} — testamentary capacity\n\n"
            f"Dear {c.title(atty)},\n"
            f"At your request I examined {c.nm(p, 'given')} on {c.D(c.days(-r.randint(1, 10)), r.choice(LEGAL_STYLES))} at {c.his()} home, {c.addr_inline()}. "
            f"{c.he(True)} is {c.ag(forms=['a year-old', 'years of age', 'words', 'y and m', 'hundred and'])}.\n"
            f"{c.he(True)} knew {c.he()} was making a will, could describe the farm and the savings at the credit union, and named those with a claim "
            f"on {c.his()} estate: {c.his()} {c.relw(kid)} {c.nm(kid)} and {c.his()} {c.relw(neph)} {c.nm(neph)}. This meets the "
            f"{K('eponym', 'Banks v Goodfellow')} test. Prior will dated {c.D(c.days(-r.randint(2000, 6000)), r.choice(['the ordw of Month, Y', 'Month ord, Y', 'd/ROMAN/Y']))}; "
            f"codicil of {c.D(c.days(-r.randint(200, 1500)), r.choice(['AP d, Y', 'ord Month Y', 'Month Y']))}.\n"
            f"{K('eponym', 'Folstein MMSE')} {K('score', str(r.randint(22, 29)) + '/30')}; {K('score', 'GDS ' + str(r.randint(1, 6)))}. Dx: {dx(c)}.\n"
            f"Yours sincerely,\n{c.sig(doc)}\n")


def b_payee(c: C) -> str:
    r = c.rng
    p = c.pt
    doc = c.clin("physician", r.choice(["MD", "DO", "NP"]))
    payee = c.kin(child_rel(c))
    claim = c.ssn.replace("-", "") + r.choice(["A", "B", "D", "C1"])
    return ("Social Security Administration\n\n"
            f"Re: beneficiary {c.nm(p)}; SSN {P('SSN', c.ssn)}; claim number {P('OTHER_ID', claim)}\n\n"
            "To whom it may concern:\n"
            f"{c.nm(p, 'given')} is {c.ag(forms=['a year-old', 'years of age', 'words', 'y/o', 'yrs.'])} and has {dx(c)}. In my opinion {c.he()} "
            f"cannot manage or direct the management of {c.his()} benefits. I support {c.his()} {c.relw(payee)}, {c.nm(payee)}, "
            f"{c.ag(n=c.rage(payee), forms=['bare', 'years', 'y/o'], sex=payee.sex)}, of {_second_address(c)}, "
            f"as representative payee. {c.nm(payee, 'given')} can be reached at {P('PHONE', c.relph(payee))}.\n"
            f"I last saw {c.nm(p, 'given')} on {c.D(c.days(-r.randint(1, 30)), r.choice(YEAR_STYLES))}.\n"
            f"Sincerely,\n{c.sig(doc)}, NPI {P('OTHER_ID', npi(r))}\n")


def b_mtm(c: C) -> str:
    r = c.rng
    p = c.pt
    rph = c.clin("MTM pharmacist", "PharmD")
    pres = c.clin("prescriber", r.choice(["MD", "DO", "NP"]), team=False)
    cg = c.kin(child_rel(c))
    meds = r.sample(MEDS, 4)
    rxs = [digits(r, 7) for _ in range(2)]
    return (f"COMPREHENSIVE MEDICATION REVIEW (Part D MTM) — {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"Beneficiary {c.nm(p)} · member {c.member_txt()} · {c.ag(forms=HEAD_AGES)}\n"
            f"Reviewed by phone with {c.nm(cg)} ({c.relw(cg)}, caregiver) at {P('PHONE', c.relph(cg))}.\n"
            "Medications: " + "; ".join(K("drug", m) for m in meds) + "\n"
            f"Findings: anticholinergic burden ({K('score', 'ACB ' + str(r.randint(2, 6)))}); {K('eponym', 'Beers Criteria')} — {K('drug', r.choice(['diphenhydramine 25 mg qHS PRN', 'zolpidem 5 mg qHS PRN', 'oxybutynin 5 mg BID']))}; "
            f"{K('lab', 'eGFR ' + str(r.randint(28, 55)) + ' mL/min/1.73m²')}; {K('eponym', 'Cockcroft-Gault')} CrCl {K('lab', str(r.randint(22, 48)) + ' mL/min')}.\n"
            f"Rx #{P('OTHER_ID', rxs[0])} and #{P('OTHER_ID', rxs[1])} to be synced. Prescriber {c.title(pres)} faxed at {P('FAX', us_phone(r))}.\n"
            f"Takeaway list mailed to {c.addr_inline()}.\n"
            f"Pharmacist: {c.nm(rph)}, {rph.cred}\n")


BRANCHES = ["U.S. Army", "U.S. Navy", "U.S. Army Air Forces", "U.S. Marine Corps", "U.S. Coast Guard", "Women's Army Corps"]


def b_va(c: C) -> str:
    r = c.rng
    p = c.pt
    exam = c.clin("examining physician", r.choice(["MD", "DO"]))
    vet_is_pt = r.random() < 0.7
    cfile = "C-" + digits(r, 8)
    svc = digits(r, 8) if r.random() < 0.5 else r.choice(["O-", "W-"]) + digits(r, 6)
    kid = c.kin(child_rel(c))
    if vet_is_pt:
        head = (f"Veteran's name: {_name_fgm(c, p)}   VA file no. {P('OTHER_ID', cfile)}   SSN {P('SSN', c.ssn)}\n"
                f"Service: {r.choice(BRANCHES)}, service no. {P('OTHER_ID', svc)}, discharged {c.D(dt.date(1946 + r.randint(0, 10), r.randint(1, 12), r.randint(1, 28)), r.choice(YEAR_STYLES))}\n")
    else:
        spw = "husband" if p.sex == "F" else "wife"
        vet = c.rel(spw, same_family=True, phone=False)
        head = (f"Veteran's name: {c.nm(vet, 'FG')} (deceased)   VA file no. {P('OTHER_ID', cfile)}\n"
                f"Claimant (surviving spouse): {_name_fgm(c, p)}   SSN {P('SSN', c.ssn)}\n")
    return ("EXAMINATION FOR HOUSEBOUND STATUS OR PERMANENT NEED FOR REGULAR AID AND ATTENDANCE\n" + head +
            f"DOB {c.Dob()}   Age {c.ag(forms=HEAD_AGES)}   Exam {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"Address {c.addr_inline()}\n"
            f"Needs help with bathing, dressing and medications; {K('eponym', 'Snellen')} {K('score', '20/' + str(r.choice([80, 100, 200])))} best eye; "
            f"dx {dx2(c)}.\n"
            f"Leaves home only for appointments, driven by {c.his()} {c.relw(kid)} {c.nm(kid)}.\n"
            f"Examiner {c.sig(exam)}, NPI {P('OTHER_ID', npi(r))}; licence {P('LICENSE', (c.state or 'WY') + digits(r, 5))}\n")


def b_assisted(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("wellness nurse", r.choice(["RN", "LPN"]))
    rp = c.kin(child_rel(c))
    pers = r.choice(["LU", "MXD", "PND"]) + "-" + alnum(r, 8, UPPER + "0123456789")
    f1 = c.days(-r.randint(10, 60))
    f2 = c.days(-r.randint(61, 150))
    return ("RESIDENT SERVICE PLAN ASSESSMENT (semi-annual)\n"
            f"Resident {c.nm(p, r.choice(['gf', 'Fg', 'caps']))} · {c.ag(forms=HEAD_AGES)} · moved in {c.D(c.days(-r.randint(200, 1500)), r.choice(YEAR_STYLES))}\n"
            f"Address {c.addr_inline()}\n"
            f"Responsible party {c.nm(rp)} ({c.relw(rp)}) {P('PHONE', c.relph(rp))} · {P('EMAIL', make_email(r, rp))}\n"
            f"Level of care {r.randint(2, 4)}; {K('eponym', 'Katz ADL')} {K('score', str(r.randint(2, 5)) + '/6')}; medication administration by staff.\n"
            f"Falls since last plan: {c.D(f2, r.choice(['AP ord', 'Mon-dd', 'd Mon']))} (no injury) and {c.D(f1, r.choice(['the ord', 'AP ord', 'Month ordw']))} (skin tear).\n"
            f"Pendant alarm serial {P('DEVICE', pers)} tested OK.\n"
            f"Payer: {c.coverage_short()}; LTC policy {P('HEALTH_PLAN', 'LTC' + digits(r, 8))}.\n"
            f"Assessed by {c.nm(rn)}, {rn.cred}.\n")


CAMPER_PLANE = "Camper\u2019s plane"
AIDS = ["Phonak Audéo Lumity L90-R", "Oticon Real 1 miniRITE R", "Signia Pure Charge&Go 7IX", "ReSound Omnia 9 RIE",
        "Starkey Genesis AI 24 RIC R", "Widex Moment Sheer 440"]


def b_hearing(c: C) -> str:
    r = c.rng
    p = c.pt
    aud = c.clin("audiologist", "Au.D.")
    model = r.choice(AIDS)
    sn = lambda: r.choice([digits(r, 10), alnum(r, 2, UPPER) + digits(r, 7), digits(r, 4) + "X" + digits(r, 4)])  # noqa: E731
    pr, pl = r.randint(38, 72), r.randint(38, 72)
    kid = c.kin(child_rel(c))
    return (f"HEARING AID FITTING — {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"{c.nm(p)}, {c.ag(forms=HEAD_AGES + ['y/o', 'yo'])}, MRN {P('MRN', c.mrn)}\n"
            f"Audiogram {c.D(c.days(-r.randint(7, 40)), r.choice(SHORT_STYLES))}: {K('lab', f'PTA R {pr} dB HL')}, {K('lab', f'PTA L {pl} dB HL')}; "
            f"{K('score', f'WRS R {r.randint(56, 96)}%')}, {K('score', f'WRS L {r.randint(56, 96)}%')}.\n"
            f"Tympanometry {K('eponym', 'Jerger type A')} both ears; {K('eponym', 'Rinne')} positive both; {K('eponym', 'Weber')} midline.\n"
            f"Devices: {K('code', model)} R s/n {P('DEVICE', sn())}, L s/n {P('DEVICE', sn())}; charger s/n {P('DEVICE', sn())}.\n"
            f"Fitted to {K('code', 'NAL-NL2')}, real-ear verified. App account {P('EMAIL', make_email(r, kid))} ({c.relw(kid)} {c.nm(kid, 'given')}).\n"
            f"Hearing benefit ID {P('HEALTH_PLAN', 'HB' + digits(r, 9))}; warranty through {c.D(dt.date(c.vdate.year + 3, c.vdate.month, min(c.vdate.day, 28)), r.choice(YEAR_STYLES))}.\n"
            f"Audiologist {c.nm(aud)}, {aud.cred}\n")


def b_denture(c: C) -> str:
    r = c.rng
    p = c.pt
    dds = c.clin("prosthodontist", r.choice(["DDS", "DMD"]))
    case = f"LAB-{c.vdate.year % 100:02d}{zdigits(r, 5)}"
    dplan = r.choice(["Delta Prairie Dental", "Bright Smile Senior Dental", "Keystone Valley Dental"])
    return ("PROSTHODONTIC RECORD — complete maxillary / partial mandibular denture\n"
            f"Patient {c.nm(p)} · {c.ag(forms=HEAD_AGES + ['y.o.', 'yrs.'])} · {dplan} member {P('HEALTH_PLAN', 'D' + digits(r, 9))} group {P('HEALTH_PLAN', digits(r, 6))}\n"
            f"Mandible {K('eponym', 'Kennedy Class II')}, modification 1; skeletal {K('eponym', 'Angle Class I')}.\n"
            f"Occlusal plane set parallel to {K('eponym', CAMPER_PLANE)}; shade {K('code', r.choice(['A2', 'A3', 'B2']))}; "
            f"CDT {K('code', 'D5110')}, {K('code', 'D5214')}.\n"
            f"Denture ID strip embedded: \"{P('NAME', p.family.upper())} {P('MRN', c.mrn)}\".\n"
            f"Lab case # {P('OTHER_ID', case)}; try-in {c.D(c.days(-r.randint(7, 20)), r.choice(SHORT_STYLES))}; delivered {c.D(c.vdate, r.choice(YEAR_STYLES))}; "
            f"adjust {c.D(c.days(r.randint(2, 10)), r.choice(SHORT_STYLES))}.\n"
            f"{c.title(dds)} ({c.nm(dds, 'initials')})\n")


def b_remit(c: C) -> str:
    r = c.rng
    p = c.pt
    rend = c.clin("rendering provider", r.choice(["MD", "DO", "NP"]))
    icn = digits(r, 13)
    eft = digits(r, 10)
    dos = c.days(-r.randint(14, 60))
    chg = r.randint(120, 480)
    paid = round(chg * r.uniform(0.4, 0.8), 2)
    cpt = r.choice(["99214", "99215", "99497", "G0439", "97110"])
    return (f"835 REMITTANCE (excerpt) — payer {c.plan}; EFT trace {P('OTHER_ID', eft)}\n"
            f"CLP*{P('ACCOUNT', c.acct)}*1*{chg}*{paid}**MB*{P('OTHER_ID', icn)}~\n"
            f"NM1*QC*1*{P('NAME', p.family.upper())}*{P('NAME', p.given.upper())}****MI*{c.member_txt('plain') if not c.medicare else c.mbi_txt('plain')}~\n"
            f"NM1*82*1*{P('PROVIDER_NAME', rend.family.upper())}*{P('PROVIDER_NAME', rend.given.upper())}****XX*{P('OTHER_ID', npi(r))}~\n"
            f"DTM*232*{P('DATE', dos.strftime('%Y%m%d'))}~DTM*233*{P('DATE', dos.strftime('%Y%m%d'))}~\n"
            f"SVC*HC:{K('code', cpt)}*{chg}*{paid}~CAS*{K('code', 'CO-45')}*{round(chg - paid, 2)}~\n"
            f"Read: patient {c.nm(p, 'Fg')} ({c.ag(forms=['bare', 'n y', 'zeroY'])}), acct {P('ACCOUNT', c.acct)}, ICN {P('OTHER_ID', icn)}, "
            f"DOS {c.D(dos, r.choice(YEAR_STYLES))}, allowed and paid; no patient responsibility.\n")


def b_falls(c: C) -> str:
    r = c.rng
    p = c.pt
    pt_ = c.clin("physical therapist", "DPT")
    doc = c.clin("falls clinic physician", r.choice(["MD", "DO"]))
    f1 = c.days(-r.randint(3, 30))
    f2 = c.days(-r.randint(31, 120))
    pers = "PERS-" + alnum(r, 10, UPPER + "0123456789")
    return (f"FALLS CLINIC — {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"{c.nm(p)}, {c.ag(forms=PROSE_AGES)}. Falls: {c.D(f2, r.choice(['AP ord ' + chr(39) + 'yy', 'the ordw of Month', 'd.ROMAN.Y']))} "
            f"(in the garden) and fell~{P('DATE', f'{f1.month}/{f1.day}')} in the bathroom, down about an hour.\n"
            f"{K('score', 'Timed Up and Go ' + str(r.randint(13, 34)) + ' s')}; {K('eponym', 'Berg Balance Scale')} {K('score', str(r.randint(28, 50)) + '/56')}; "
            f"orthostatic {K('vital', 'BP 142/88')} → {K('vital', 'BP 118/76')}, {K('vital', 'HR 96')}.\n"
            f"Vision {K('eponym', 'Snellen')} {K('score', '20/' + str(r.choice([40, 50, 70])))}; {K('lab', '25-OH vitamin D ' + str(r.randint(11, 28)) + ' ng/mL')}.\n"
            f"Home: {c.street_prose() or 'apartment, no steps'}.\n"
            f"Pendant alarm {P('DEVICE', pers)}. PT with {c.nm(pt_)}, {pt_.cred}; seen by {c.nm(doc)}, {doc.cred}.\n")


def b_respite(c: C) -> str:
    r = c.rng
    p = c.pt
    sw = c.clin("social worker", "MSW, LCSW")
    cgw = "husband" if p.sex == "F" else "wife"
    if c.age >= 88 or r.random() < 0.4:
        cgw = child_rel(c)
    cg = c.kin(cgw)
    a = c.days(r.randint(7, 30))
    b = a + dt.timedelta(days=r.randint(3, 13))
    plate = PLATES[r.randrange(len(PLATES))](r)
    agency = r.choice(["Cedar Lantern Adult Day & Respite", "Willowbend Respite House", "Harvest Moon In-Home Respite"])
    return (f"RESPITE CARE REFERRAL — to {agency}\n"
            f"Care recipient {c.nm(p)}, {c.ag(forms=PROSE_AGES + HEAD_AGES)}; dx {dx(c)}.\n"
            f"Primary caregiver: {c.relw(cg)} {c.nm(cg)}, {c.ag(n=c.rage(cg, cgw), forms=['bare', 'years', 'y/o', 'yrs.', 'words'], sex=cg.sex)}; "
            f"{K('eponym', 'Zarit Burden Interview')} {K('score', str(r.randint(21, 60)))}.\n"
            f"Dates requested: {c.range_(a, b)}.\n"
            f"Transport by family: {r.choice(CARS)}, plate {P('VEHICLE', plate)}.\n"
            f"Funding: {c.medicaid_txt() if r.random() < 0.5 else 'private pay'}.\n"
            f"Caregiver contact {P('PHONE', c.relph(cg))}, {P('EMAIL', make_email(r, cg))}\n"
            f"Referred by {c.nm(sw)}, {sw.cred}.\n")


BODIES = {
    "comprehensive geriatric assessment": b_cga,
    "guardianship court visitor report": b_guardian,
    "life insurance attending physician statement": b_aps,
    "pension benefits medical letter": b_pension,
    "centenarian study enrollment": b_centenarian,
    "condolence letter": b_condolence,
    "peer-to-peer review record": b_p2p,
    "pharmacy claim rejection notice": b_rxreject,
    "coordination of benefits questionnaire": b_cob,
    "Part D coverage determination request": b_partd,
    "long-term care insurance claim": b_ltcclaim,
    "PASRR level I screen": b_pasrr,
    "Medicare annual wellness visit": b_awv,
    "memory clinic evaluation": b_memory,
    "testamentary capacity assessment": b_testament,
    "representative payee letter": b_payee,
    "medication therapy management review": b_mtm,
    "VA aid and attendance examination": b_va,
    "assisted living resident assessment": b_assisted,
    "hearing aid fitting record": b_hearing,
    "denture fitting record": b_denture,
    "remittance advice excerpt": b_remit,
    "falls clinic assessment": b_falls,
    "respite care referral": b_respite,
}
# age range and share of patients over 89
AGE_RANGE = {
    "comprehensive geriatric assessment": ((70, 106), 0.55), "guardianship court visitor report": ((68, 106), 0.5),
    "life insurance attending physician statement": ((45, 104), 0.35), "pension benefits medical letter": ((68, 106), 0.55),
    "centenarian study enrollment": ((100, 108), 1.0), "condolence letter": ((60, 106), 0.55),
    "peer-to-peer review record": ((45, 104), 0.4), "pharmacy claim rejection notice": ((40, 104), 0.4),
    "coordination of benefits questionnaire": ((60, 102), 0.35), "Part D coverage determination request": ((66, 104), 0.45),
    "long-term care insurance claim": ((70, 106), 0.5), "PASRR level I screen": ((60, 106), 0.45),
    "Medicare annual wellness visit": ((66, 104), 0.4), "memory clinic evaluation": ((62, 104), 0.45),
    "testamentary capacity assessment": ((70, 106), 0.55), "representative payee letter": ((60, 106), 0.5),
    "medication therapy management review": ((66, 104), 0.4), "VA aid and attendance examination": ((74, 104), 0.6),
    "assisted living resident assessment": ((70, 106), 0.5), "hearing aid fitting record": ((50, 104), 0.4),
    "denture fitting record": ((50, 104), 0.4), "remittance advice excerpt": ((35, 104), 0.35),
    "falls clinic assessment": ((65, 104), 0.5), "respite care referral": ((62, 104), 0.5),
}
# types whose patient may live abroad
ABROAD_OK = {"centenarian study enrollment", "condolence letter", "pharmacy claim rejection notice", "hearing aid fitting record",
             "memory clinic evaluation", "comprehensive geriatric assessment"}
LETTERS = {"pension benefits medical letter", "condolence letter", "representative payee letter", "testamentary capacity assessment"}
NO_HEADER = {"guardianship court visitor report", "pharmacy claim rejection notice", "remittance advice excerpt"}

# ---------------------------------------------------------------- word uses of names and towns in the note

WORD_USE = {
    "poppy": f"Avoids {K('word', 'poppy')} seed bagels; the seeds catch under the plate.",
    "honor": f"The team will {K('word', 'honor')} the wishes written in the POLST.",
    "tansy": f"Family brings {K('word', 'tansy')} and chamomile from the garden for the room.",
    "aspen": f"Wore an {K('code', 'Aspen collar')} for six weeks after the C2 fracture.",
    "skip": f"Tends to {K('word', 'skip')} the evening dose when tired.",
    "camper": f"Grandson parks his {K('word', 'camper')} in the driveway on weekends.",
    "cane": f"Walks with a single-point {K('word', 'cane')} outdoors.",
    "settle": f"Takes a while to {K('word', 'settle')} after the evening meal.",
    "bristol": f"{K('eponym', 'Bristol Stool Scale')} type {K('score', '4')} since the fibre was increased.",
    "beers": f"Med list checked against the {K('eponym', 'Beers Criteria')}.",
    "fried": f"{K('eponym', 'Fried frailty phenotype')} {K('score', '3/5')}; avoids {K('word', 'fried')} food.",
    "angle": f"Skeletal {K('eponym', 'Angle Class II')}; the bed head raised to a 30° {K('word', 'angle')}.",
    "kettle": f"Uses a cordless {K('word', 'kettle')}, half filled, for safety.",
    "button": f"Knows how to use the call {K('word', 'button')}.",
    "needle": f"Insulin pen {K('word', 'needle')} 4 mm, changed each time.",
    "folstein": f"{K('eponym', 'Folstein MMSE')} {K('score', '24/30')} last year.",
    "rockwood": f"{K('eponym', 'Rockwood Clinical Frailty Scale')} {K('score', '5')}.",
    "rinne": f"{K('eponym', 'Rinne')} test positive on both sides.",
    "jerger": f"Tympanogram {K('eponym', 'Jerger type As')} on the left.",
    "hawley": f"Old {K('eponym', 'Hawley retainer')} no longer fits.",
    "zarit": f"{K('eponym', 'Zarit Burden Interview')} {K('score', '34')} for the main caregiver.",
    "lawton": f"{K('eponym', 'Lawton IADL')} {K('score', '3/8')}.",
    "yesavage": f"{K('eponym', 'Yesavage Geriatric Depression Scale')} {K('score', '5/15')}.",
    "reisberg": f"{K('eponym', 'Reisberg FAST')} stage {K('score', '4')}.",
    "hachinski": f"{K('eponym', 'Hachinski Ischemic Score')} {K('score', '3')}.",
    "lubben": f"{K('eponym', 'Lubben Social Network Scale')} {K('score', '11')}, isolated.",
    "cornell": f"{K('eponym', 'Cornell Scale for Depression in Dementia')} {K('score', '9')}.",
    "shulman": f"{K('eponym', 'Shulman clock')} {K('score', '3/5')}.",
}
