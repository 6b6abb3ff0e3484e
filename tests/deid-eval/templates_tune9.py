"""Note templates of the tune9 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or
K(kind, text) (keep). These wrap the text in control characters that generate_tune9.py
strips while it records the offsets. Everything here is invented: people, numbers,
addresses, dates. Thirty note types that no other split has, with headers, shared blocks and
signatures of their own.
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


def remark(marked: str, fn) -> str:
    """Apply fn to the text of a marked string, spans and labels kept (fn must keep the length
    of each piece's meaning, e.g. str.upper / str.lower)."""
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


# ---------------------------------------------------------------- check digits

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
    s0 = unicodedata.normalize("NFKD", surname)[:1]
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
    wmi = rng.choice(["1G1", "1HG", "2T1", "3FA", "4S4", "5FN", "JN8", "KNA", "YV4", "1N4", "2C3", "3GN"])
    body = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("DEFGHJKLMNP")
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


def alnum(rng, n: int, chars: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def ocr(s: str, rng) -> str:
    """l for 1 and O for 0, at least once when the text has a 0 or a 1."""
    idx = [i for i, c in enumerate(s) if c in "01"]
    if not idx:
        return s
    pick = set(rng.sample(idx, max(1, len(idx) // 2)))
    return "".join(("O" if c == "0" else "l") if i in pick else c for i, c in enumerate(s))


def mrz_digit(s: str) -> str:
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (ord(ch) - 55 if ch.isalpha() else 0)
        tot += v * (7, 3, 1)[i % 3]
    return str(tot % 10)


# ---------------------------------------------------------------- health-plan ids

MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng) -> str:
    an = MBI_A + "0123456789"
    s = (str(rng.randint(1, 9)) + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9))
         + rng.choice(MBI_A) + rng.choice(an) + str(rng.randint(0, 9)) + rng.choice(MBI_A)
         + rng.choice(MBI_A) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))
    return s


def mbi_dash(s: str) -> str:
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


# state -> (program, label, generator)
MEDICAID = {
    "NY": ("Medicaid", "CIN", lambda r: alnum(r, 2, UPPER) + zdigits(r, 5) + r.choice(UPPER)),
    "CA": ("Medi-Cal", "BIC ID", lambda r: "9" + zdigits(r, 7) + r.choice(UPPER)),
    "TX": ("Texas Medicaid", "ID #", lambda r: "5" + zdigits(r, 8)),
    "FL": ("Florida Medicaid", "Recipient ID", lambda r: digits(r, 10)),
    "PA": ("PA Medical Assistance", "ACCESS card #", lambda r: digits(r, 10)),
    "IL": ("HFS Medical", "RIN", lambda r: digits(r, 9)),
    "OH": ("Ohio Medicaid", "Billing #", lambda r: digits(r, 12)),
    "MO": ("MO HealthNet", "DCN", lambda r: digits(r, 8)),
    "WA": ("Apple Health", "ProviderOne ID", lambda r: digits(r, 9) + "WA"),
    "NC": ("NC Medicaid", "ID", lambda r: digits(r, 9) + r.choice(UPPER)),
    "KS": ("KanCare", "Medicaid ID", lambda r: digits(r, 11)),
    "GA": ("Georgia Medicaid", "Member ID", lambda r: digits(r, 12)),
    "KY": ("Kentucky Medicaid", "Member ID", lambda r: digits(r, 10)),
    "OK": ("SoonerCare", "Member ID", lambda r: "B" + digits(r, 8)),
    "MS": ("Mississippi Medicaid", "Beneficiary ID", lambda r: digits(r, 9)),
    "LA": ("Healthy Louisiana", "Medicaid ID", lambda r: digits(r, 13)),
    "AZ": ("AHCCCS", "ID", lambda r: "A" + digits(r, 8)),
    "OR": ("Oregon Health Plan", "Client ID", lambda r: alnum(r, 2, UPPER) + zdigits(r, 4) + alnum(r, 2, UPPER)),
    "MD": ("Maryland Medicaid", "MA #", lambda r: digits(r, 11)),
    "PR": ("Plan Vital (ASES)", "Número de afiliado", lambda r: "0" + zdigits(r, 9) + "-0" + str(r.randint(1, 4))),
}

PLANS = [  # (plan name, member-id generator, group generator)
    ("Blue Cross Blue Shield", lambda r: alnum(r, 3, UPPER) + digits(r, 9), lambda r: zdigits(r, 3) + digits(r, 5)),
    ("UnitedHealthcare", lambda r: digits(r, 9) + " " + f"{r.randint(1, 3):02d}", lambda r: digits(r, 6)),
    ("Aetna", lambda r: "W" + digits(r, 9), lambda r: digits(r, 6) + "-" + zdigits(r, 3) + "-" + zdigits(r, 5)),
    ("Cigna", lambda r: "U" + digits(r, 8) + " 01", lambda r: digits(r, 7)),
    ("Humana", lambda r: "H" + digits(r, 8), lambda r: "X" + digits(r, 6)),
    ("Ambetter", lambda r: "U7" + digits(r, 9), lambda r: "AMB" + digits(r, 5)),
    ("TRICARE", lambda r: digits(r, 11), lambda r: "TPR" + digits(r, 4)),
    ("Medica", lambda r: digits(r, 9) + "00", lambda r: alnum(r, 2, UPPER) + digits(r, 4)),
]


# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HI_MON = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर",
          "नवंबर", "दिसंबर"]
HI_DIG = "०१२३४५६७८९"
EL_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
          "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
PL_MON = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
          "września", "października", "listopada", "grudnia"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
TL_MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
          "Oktubre", "Nobyembre", "Disyembre"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
ZH_DIG = "〇一二三四五六七八九"
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]


def words(n: int, hyphen: bool = True, and_: bool = False) -> str:
    sep = "-" if hyphen else " "
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else sep + ONES[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else (" and " if and_ else " ") + words(rest, hyphen))


def ord_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + "-" + ORD_ONES[n % 10]


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return words(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else words(lo)))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def zh_small(n: int) -> str:
    if n < 10:
        return ZH_DIG[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else ZH_DIG[t]) + "十" + ("" if o == 0 else ZH_DIG[o])


def tr_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


# style -> (outside before, span, outside after); dates of this split's own forms first
DATE_STYLES = ["ordof", "the ordof", "m.d.yy", "Mon-dd", "ddMONyy", "wk of", "Y/mm/dd", "MON dd Y",
               "d Mon yy", "Month d", "m/d", "d-ROMAN-Y", "iso (dow)", "Mon dth 'yy", "mm/dd/yy",
               "m/d/Y", "Month d, Y", "dow m/d", "mm-dd-Y", "Y-mm-dd", "ordday"]
DOB_STYLES = ["mm/dd/Y", "m/d/Y", "Y-mm-dd", "Month d, Y", "ddMONyy", "Y/mm/dd", "MON dd Y", "mm-dd-Y",
              "m.d.yy", "d-ROMAN-Y", "d Mon Y", "mm/dd/yy"]
LANG_DATE = {"hi": "Hindi", "el": "Greek", "ru": "Russian", "pl": "Polish", "es": "Spanish",
             "tl": "Tagalog", "zh": "Chinese", "ko": "Korean", "vi": "Vietnamese", "nl": "Dutch",
             "de": "German", "ar": "Arabic"}
AR_DIG = "٠١٢٣٤٥٦٧٨٩"


def fdate(d: dt.date, style: str) -> tuple[str, str, str]:
    y, m, dd = d.year, d.month, d.day
    mon = MON[m - 1]
    s = {
        "ordof": ("", f"{ordinal(dd)} of {mon}", ""),
        "the ordof": ("the ", f"{ordinal(dd)} of {mon}", ""),
        "ordday": ("this ", f"{ordinal(dd)} day of {mon}, {y}", ""),
        "m.d.yy": ("", f"{m}.{dd}.{y % 100:02d}", ""),
        "Mon-dd": ("", f"{mon[:3]}-{dd:02d}", ""),
        "ddMONyy": ("", f"{dd:02d}{mon[:3].upper()}{y % 100:02d}", ""),
        "wk of": ("wk of ", f"{m}/{dd}", ""),
        "Y/mm/dd": ("", f"{y}/{m:02d}/{dd:02d}", ""),
        "MON dd Y": ("", f"{mon[:3].upper()} {dd:02d} {y}", ""),
        "d Mon yy": ("", f"{dd} {mon[:3]} {y % 100:02d}", ""),
        "d Mon Y": ("", f"{dd} {mon[:3]} {y}", ""),
        "Month d": ("", f"{mon} {dd}", ""),
        "m/d": ("", f"{m}/{dd}", ""),
        "d-ROMAN-Y": ("", f"{dd}-{ROMAN[m - 1]}-{y}", ""),
        "iso (dow)": ("", f"{y}-{m:02d}-{dd:02d}", f" ({DOW[d.weekday()]})"),
        "Mon dth 'yy": ("", f"{mon[:3]} {ordinal(dd)} '{y % 100:02d}", ""),
        "mm/dd/yy": ("", f"{m:02d}/{dd:02d}/{y % 100:02d}", ""),
        "m/d/Y": ("", f"{m}/{dd}/{y}", ""),
        "m/d/yy": ("", f"{m}/{dd}/{y % 100:02d}", ""),
        "mm/dd/Y": ("", f"{m:02d}/{dd:02d}/{y}", ""),
        "Month d, Y": ("", f"{mon} {dd}, {y}", ""),
        "dow m/d": (f"{DOW[d.weekday()]} ", f"{m}/{dd}", ""),
        "mm-dd-Y": ("", f"{m:02d}-{dd:02d}-{y}", ""),
        "Y-mm-dd": ("", f"{y}-{m:02d}-{dd:02d}", ""),
        "ymd8": ("", f"{y}{m:02d}{dd:02d}", ""),
        "yymmdd": ("", f"{y % 100:02d}{m:02d}{dd:02d}", ""),
        "mmddyy": ("", f"{m:02d}{dd:02d}{y % 100:02d}", ""),
        "exif": ("", f"{y}:{m:02d}:{dd:02d}", ""),
        "dd.mm.Y": ("", f"{dd:02d}.{m:02d}.{y}", ""),
        "dd/mm/Y": ("", f"{dd:02d}/{m:02d}/{y}", ""),
        "spoken": ("", f"{mon.lower()} {ord_words(dd)}", ""),
        "spokenY": ("", f"{mon.lower()} {ord_words(dd)} {year_words(y)}", ""),
        "spoken num": ("", f"{words(m, False)} {words(dd, False)} {words(y % 100, False) if y % 100 >= 10 else 'oh ' + ONES[y % 100]}", ""),
        "hi": ("", tr_digits(f"{dd} {HI_MON[m - 1]} {y}", HI_DIG), ""),
        "el": ("", f"{dd} {EL_MON[m - 1]} {y}", ""),
        "ru": ("", f"{dd} {RU_MON[m - 1]} {y} г.", ""),
        "pl": ("", f"{dd} {PL_MON[m - 1]} {y} r.", ""),
        "es": ("", f"{dd} de {ES_MON[m - 1]} de {y}", ""),
        "tl": ("", f"ika-{dd} ng {TL_MON[m - 1]} {y}", ""),
        "zh": ("", tr_digits(str(y), ZH_DIG) + "年" + zh_small(m) + "月" + zh_small(dd) + "日", ""),
        "ko": ("", f"{y}. {m}. {dd}.", ""),
        "vi": ("ngày ", f"{dd}/{m}/{y}", ""),
        "nl": ("", f"{dd} {NL_MON[m - 1]} {y}", ""),
        "de": ("", f"{dd:02d}.{m:02d}.{y % 100:02d}", ""),
        "ar": ("", tr_digits(f"{dd}/{m}/{y}", AR_DIG), ""),
    }[style]
    return s


# ---------------------------------------------------------------- ages

# form -> (outside before, span, outside after); {n} number, {w} words, {m} months
AGE_FORMS = {
    "y.o.": ("", "{n} y.o.", ""),
    "yo": ("", "{n}yo", ""),
    "aged w": ("aged ", "{w}", ""),
    "Age": ("Age ", "{n}", ""),
    "yr-old": ("", "{n}-yr-old", ""),
    "y and m": ("", "{n} years and {m} months", ""),
    "a year-old": ("a ", "{n}-year-old", ""),
    "yoa": ("", "{n} yoa", ""),
    "y-o": ("", "{n}-y-o", ""),
    "yrs": ("", "{n} yrs", ""),
    "ym": ("", "{n}y {m}m", ""),
    "sym": ("", "{n}", "{sym}"),
    "(S, n)": ("({S}, ", "{n}", ")"),
    "n/S": ("", "{n}", "/{S}"),
    "w-year-old": ("a ", "{w}-year-old", ""),
    "yrs old": ("", "{n} yrs", " old"),
    "is n": ("is ", "{n}", ""),
    "age n": ("age ", "{n}", ""),
    "(n)": ("(", "{n}", ")"),
    "n y": ("", "{n} y", ""),
    "aged n yrs": ("aged ", "{n} yrs", ""),
}
PROSE_AGES = ["y.o.", "yo", "aged w", "yr-old", "y and m", "a year-old", "yoa", "y-o", "yrs", "(S, n)",
              "w-year-old", "yrs old", "aged n yrs", "ym"]


def ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "года"
    return "лет"


def zh_age(n: int) -> str:
    if n < 100:
        return zh_small(n) + "岁"
    rest = n - 100
    return "一百" + ("" if rest == 0 else ("零" + ZH_DIG[rest] if rest < 10 else zh_small(rest))) + "岁"


# ages in a relative's language: (span, language)
def age_lang(n: int, lang: str) -> tuple[str, str, str]:
    return {
        "el": ("", f"{n} ετών", ""),
        "hi": ("", tr_digits(str(n), HI_DIG) + " वर्ष", ""),
        "zh": ("", zh_age(n), ""),
        "ru": ("", f"{n} {ru_years(n)}", ""),
        "ko": ("만 ", f"{n}세", ""),
        "es": ("", f"{n} años", " de edad"),
        "pl": ("", f"{n} lat" if n % 10 not in (2, 3, 4) or 12 <= n % 100 <= 14 else f"{n} lata", ""),
        "vi": ("", f"{n} tuổi", ""),
        "tl": ("", f"{n} taong gulang", ""),
        "ar": ("", tr_digits(str(n), AR_DIG) + " عامًا", ""),
        "nl": ("", f"{n} jaar", " oud"),
        "yo": ("ọmọ ọdún ", f"{n}", ""),
    }[lang]


# ---------------------------------------------------------------- phones

AREAS = ["660", "816", "417", "573", "785", "620", "918", "580", "870", "479", "662", "601", "985",
         "337", "432", "325", "575", "928", "435", "406", "605", "701", "218", "906", "812", "304",
         "276", "606", "423", "912", "229", "334", "251", "207", "802", "607", "814", "541", "509",
         "907", "808", "787"]
US_PHONE_STYLES = ["(a) b-c", "a-b-c", "a.b.c", "a/b-c", "a b c", "1-a-b-c", "+1 (a) b-c", "abc", "(a)b-c",
                   "a–b–c"]


def us_number(rng, area=None):
    return area or rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"


def fmt_phone(a, b, c, style):
    return {"(a) b-c": f"({a}) {b}-{c}", "a-b-c": f"{a}-{b}-{c}", "a.b.c": f"{a}.{b}.{c}",
            "a/b-c": f"{a}/{b}-{c}", "a b c": f"{a} {b} {c}", "1-a-b-c": f"1-{a}-{b}-{c}",
            "+1 (a) b-c": f"+1 ({a}) {b}-{c}", "abc": f"{a}{b}{c}", "(a)b-c": f"({a}){b}-{c}",
            "a–b–c": f"{a}–{b}–{c}"}[style]


def us_phone(rng, style=None, area=None) -> str:
    a, b, c = us_number(rng, area)
    return fmt_phone(a, b, c, style or rng.choice(US_PHONE_STYLES))


SPOKEN_DIGIT = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_digits(s: str, rng=None) -> str:
    ds = [c for c in s if c.isdigit()]
    out = [SPOKEN_DIGIT[int(c)] if not (c == "0" and rng and rng.random() < 0.4) else "zero" for c in ds]
    if len(ds) == 10:
        return " ".join(out[:3]) + ", " + " ".join(out[3:6]) + ", " + " ".join(out[6:])
    return " ".join(out)


# ---------------------------------------------------------------- names

class Person:
    def __init__(self, given, family, script=None, sex="F", cred=None, role=None, family_first=False,
                 country="USA", middle=None):
        self.given, self.family, self.script, self.sex = given, family, script, sex
        self.cred, self.role, self.family_first, self.country = cred, role, family_first, country
        self.middle = middle
        self.nick = None

    @property
    def call(self) -> str:
        """The name the family uses: the last given name of a family-first name, else the first."""
        return self.given.split()[-1] if self.family_first else self.given.split()[0]

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    def fhir(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family, "given": self.given.split()
                + ([self.middle] if self.middle else [])}]
        if self.script:
            fam, giv = self.script
            txt = f"{fam}{giv}" if _cjk_like(fam + giv) else f"{giv} {fam}"
            out.append({"text": txt, "family": fam, "given": [giv]})
        if self.nick:
            out.append({"text": f"{self.nick} {self.family}", "family": self.family, "given": [self.nick]})
        return out


def _cjk_like(s: str) -> bool:
    return all(0x2E80 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in s)


# (given, family, (family, given) in own script or None, sex, family first, passport country)
PT_POOL = [
    ("Marisela", "de la Cruz", None, "F", False, "MEX"),
    ("Rigoberto", "Ybarra de León", None, "M", False, "MEX"),
    ("Dolores", "Quiñones-Rivera", None, "F", False, "USA"),
    ("Josefina", "Figueroa de Jesús", None, "F", False, "USA"),
    ("Pieter", "van der Berg", None, "M", False, "NLD"),
    ("Hope", "van der Berg", None, "F", False, "USA"),
    ("Layla", "Al-Rashid", ("الراشد", "ليلى"), "F", False, "JOR"),
    ("Omar", "Al-Khatib", ("الخطيب", "عمر"), "M", False, "SYR"),
    ("Siobhán", "O'Neill", None, "F", False, "IRL"),
    ("Summer", "O'Neill", None, "F", False, "USA"),
    ("Thị Bích Ngọc", "Trần", None, "F", True, "VNM"),
    ("Văn Lộc", "Phạm", None, "M", True, "VNM"),
    ("Xiulan", "Liang", ("梁", "秀兰"), "F", True, "CHN"),
    ("Jianguo", "Chen", ("陈", "建国"), "M", True, "CHN"),
    ("Myung-hee", "Kang", ("강", "명희"), "F", True, "KOR"),
    ("Savitri", "Agarwal", ("अग्रवाल", "सावित्री"), "F", False, "IND"),
    ("Harish", "Tripathi", ("त्रिपाठी", "हरीश"), "M", False, "IND"),
    ("Zinaida", "Kuznetsova", ("Кузнецова", "Зинаида"), "F", False, "RUS"),
    ("Gennady", "Morozov", ("Морозов", "Геннадий"), "M", False, "RUS"),
    ("Eleftheria", "Karagianni", ("Καραγιάννη", "Ελευθερία"), "F", False, "GRC"),
    ("Stavros", "Konstantinidis", ("Κωνσταντινίδης", "Σταύρος"), "M", False, "GRC"),
    ("Bożena", "Wróblewska", None, "F", False, "POL"),
    ("Zdzisław", "Kaczmarczyk", None, "M", False, "POL"),
    ("Chiamaka", "Nwachukwu", None, "F", False, "NGA"),
    ("Babajide", "Adeyemi-Coker", None, "M", False, "NGA"),
    ("Ngozi", "Okafor-Eze", None, "F", False, "NGA"),
    ("Rose", "Young", None, "F", False, "USA"),
    ("Faith", "Brown", None, "F", False, "USA"),
    ("Bill", "Grant", None, "M", False, "USA"),
    ("Will", "Hartsfield", None, "M", False, "USA"),
    ("Grant", "Abernathy", None, "M", False, "USA"),
    ("Lorena", "Young", None, "F", False, "USA"),
    ("Earl", "Brown", None, "M", False, "USA"),
    ("Imelda", "Soriano-Dizon", None, "F", False, "PHL"),
]
COUNTRY_LANG = {"MEX": "es", "JOR": "ar", "SYR": "ar", "VNM": "vi", "CHN": "zh", "KOR": "ko", "IND": "hi",
                "RUS": "ru", "GRC": "el", "POL": "pl", "PHL": "tl", "NLD": "nl", "NGA": "yo"}

# given names for relatives who still live in the patient's country of origin: (female, male)
COUNTRY_GIVEN = {"CHN": (["Fang", "Meiling", "Xiaoyan"], ["Haoran", "Zhiqiang", "Guoqiang"]),
                 "VNM": (["Lan Anh", "Thu Hà", "Mai"], ["Minh Tuấn", "Quốc Bảo", "Hùng"]),
                 "KOR": (["Ji-woo", "Seo-yeon"], ["Dong-hyun", "Sung-min"]),
                 "IND": (["Kavya", "Sunita"], ["Ramesh", "Anil"]),
                 "RUS": (["Olga", "Lyudmila"], ["Sergei", "Viktor"]),
                 "GRC": (["Despoina", "Vasiliki"], ["Giorgos", "Dimitrios"]),
                 "POL": (["Agata", "Jadwiga"], ["Krzysztof", "Bogdan"]),
                 "NGA": (["Funmilayo", "Chidinma"], ["Emeka", "Segun"]),
                 "MEX": (["Guadalupe", "Xóchitl"], ["Efraín", "Jacinto"]),
                 "PHL": (["Ma. Luisa", "Jocelyn"], ["Rommel", "Arnel"]),
                 "NLD": (["Femke", "Anouk"], ["Bram", "Sander"]),
                 "JOR": (["Rana", "Huda"], ["Khaled", "Yousef"]), "SYR": (["Rana", "Huda"], ["Khaled", "Yousef"]),
                 "IRL": (["Aoife", "Niamh"], ["Ciarán", "Pádraig"])}

GIVEN_F = ["Concepción", "Araceli", "Yesenia", "Thúy", "Mei", "Jiyeon", "Priyanka", "Anjali", "Oksana",
           "Tatiana", "Despina", "Katarzyna", "Adaeze", "Folake", "Nkechi", "Bernice", "Lorraine", "Darlene",
           "Imogen", "Maeve", "Henrike", "Liesbeth", "Rania", "Dalia", "Wilhelmina", "Geraldine", "Verna",
           "Luella", "Cleo", "Inés", "Marisol", "Eulalia", "Perla", "Zenaida", "Gloria"]
GIVEN_M = ["Anselmo", "Teófilo", "Baltazar", "Quang", "Tuấn", "Minjun", "Rajesh", "Vikram", "Dmitri",
           "Arkady", "Yannis", "Spyros", "Tadeusz", "Wojciech", "Ikechukwu", "Tunde", "Obinna", "Lamar",
           "Delbert", "Virgil", "Clement", "Horace", "Eamon", "Cormac", "Joost", "Maarten", "Tariq",
           "Nabil", "Leland", "Emmett", "Rufus", "Otis", "Thurman", "Alvaro"]
FAMILY = ["Castañeda", "Villaseñor", "Espinoza-Ruiz", "Hoàng", "Huang", "Zhou", "Seo", "Kapoor",
          "Malhotra", "Volkova", "Sokolov", "Papadopoulou", "Nowakowska", "Zieliński", "Okoro",
          "Adebayo-Smith", "Pennington", "Whitlock", "Ravenscroft", "Dunmore", "Hargreaves",
          "Kirkpatrick", "Mulcahy", "Fitzgerald", "de Vries", "Haddadin", "Nasser", "El-Sayed",
          "McCreary", "Boudreaux", "Thibodeaux", "LeBlanc", "Kealoha", "Nakamura-Lee", "Szymańska",
          "Ó Dálaigh", "Dela Peña", "St. Germain"]
WORD_GIVEN_F = ["Hope", "Faith", "Rose", "Summer"]
WORD_GIVEN_M = ["Will", "Bill", "Grant"]
WORD_FAMILY = ["Young", "Brown", "Grant", "Rose", "Hope"]
NICKS = ["Tootie", "Sonny", "Bubba", "Cookie", "Pinky", "Duke", "Boots", "Lita", "Chiqui", "Babs"]

CLIN_POOL = [("Adaeze", "Obi"), ("Marguerite", "Lachance"), ("Tobias", "Wendt"), ("Keziah", "Amankwah"),
             ("Rafael", "Quintanilla"), ("Hyun-woo", "Baek"), ("Anneliese", "Vogel"), ("Nadia", "Rahimi"),
             ("Kofi", "Asante"), ("Beatriz", "Salcedo"), ("Priya", "Iyer"), ("Callum", "Rutherford"),
             ("Imani", "Okonjo"), ("Leif", "Halvorsen"), ("Yusuf", "Demir"), ("Ayesha", "Siddiqui"),
             ("Malia", "Fonoti"), ("Teresa", "Lindholm"), ("Gideon", "Asher"), ("Renata", "Kowal"),
             ("Hamid", "Karimi"), ("Esther", "Nakashima"), ("Oren", "Levitan"), ("Femi", "Adeleke"),
             ("Lucinda", "Marchetti"), ("Ibrahim", "Sesay"), ("Colette", "Ferrand"), ("Jonah", "Whitcomb"),
             ("Mireille", "Dufresne"), ("Arjun", "Pillai"), ("Greta", "Sundberg"), ("Tomasz", "Wiśniewski"),
             ("Kalinda", "Reyes-Tolentino"), ("Ezinne", "Okeke"), ("Warrick", "Pemberton-Hale"),
             ("Soledad", "Arriaga"), ("Thanh", "Vũ"), ("Aurelio", "Benavides")]
MIDDLE = list("ABCDEFGJKLMNPRSTW")


def gendered_family(family: str, sex: str) -> str:
    """A Polish, Russian or Greek surname in the form for the relative's sex."""
    rules = [("ska", "ski", "F"), ("ova", "ov", "F"), ("ianni", "iannis", "F"), ("idou", "idis", "F")]
    for fem, masc, _ in rules:
        if sex == "M" and family.endswith(fem):
            return family[: -len(fem)] + masc
        if sex == "F" and family.endswith(masc) and not family.endswith(fem):
            return family[: -len(masc)] + fem
    return family


def make_patient(rng) -> Person:
    g, f, sc, sex, ff, ctry = rng.choice(PT_POOL)
    mid = rng.choice(MIDDLE) if not ff and rng.random() < 0.5 else None
    return Person(g, f, sc, sex, family_first=ff, country=ctry, middle=mid)


# ---------------------------------------------------------------- places

US_CITIES = [("Sedalia", "MO", "653"), ("Chillicothe", "OH", "456"), ("Hays", "KS", "676"),
             ("Alamosa", "CO", "811"), ("Ardmore", "OK", "734"), ("Dyersburg", "TN", "380"),
             ("Greenwood", "MS", "389"), ("Thibodaux", "LA", "703"), ("Bluefield", "WV", "247"),
             ("Big Spring", "TX", "797"), ("Sidney", "NE", "691"), ("Havre", "MT", "595"),
             ("Spearfish", "SD", "577"), ("Devils Lake", "ND", "583"), ("Escanaba", "MI", "498"),
             ("Vincennes", "IN", "475"), ("Lewiston", "ID", "835"), ("Winnemucca", "NV", "894"),
             ("Show Low", "AZ", "859"), ("Roswell", "NM", "882"), ("Ketchikan", "AK", "999"),
             ("Kahului", "HI", "967"), ("Presque Isle", "ME", "047"), ("Bennington", "VT", "052"),
             ("Oneonta", "NY", "138"), ("DuBois", "PA", "158"), ("Cumberland", "MD", "215"),
             ("Statesboro", "GA", "304"), ("Opelika", "AL", "368"), ("Hopkinsville", "KY", "422"),
             ("Pine Bluff", "AR", "716"), ("Nacogdoches", "TX", "759"), ("Coos Bay", "OR", "974"),
             ("Ellensburg", "WA", "989"), ("Rock Springs", "WY", "829"), ("Cedar City", "UT", "847"),
             ("Wytheville", "VA", "243"), ("Rocky Mount", "NC", "278"), ("Orangeburg", "SC", "291")]
COUNTIES = {"MO": "Pettis", "OH": "Ross", "KS": "Ellis", "CO": "Alamosa", "OK": "Carter", "TN": "Dyer",
            "MS": "Leflore", "LA": "Lafourche", "WV": "Mercer", "TX": "Howard", "NE": "Cheyenne",
            "MT": "Hill", "SD": "Lawrence", "ND": "Ramsey", "MI": "Delta", "IN": "Knox", "ID": "Nez Perce",
            "NV": "Humboldt", "AZ": "Navajo", "NM": "Chaves", "AK": "Ketchikan Gateway", "HI": "Maui",
            "ME": "Aroostook", "VT": "Bennington", "NY": "Otsego", "PA": "Clearfield", "MD": "Allegany",
            "GA": "Bulloch", "AL": "Lee", "KY": "Christian", "AR": "Jefferson", "OR": "Coos",
            "WA": "Kittitas", "WY": "Sweetwater", "UT": "Iron", "VA": "Wythe", "NC": "Nash",
            "SC": "Orangeburg", "PR": "Caguas"}
# towns that are ordinary or clinical words, and the word use the note makes of them
WORD_TOWNS = [("Drain", "OR", "97435", "drain"), ("Accident", "MD", "21520", "accident"),
              ("Gas", "KS", "66742", "gas"), ("Chunky", "MS", "39323", "chunky"), ("Why", "AZ", "85321", "why"),
              ("Ball", "LA", "71405", "ball"), ("Ponder", "TX", "76259", "ponder"),
              ("Mentor", "OH", "44060", "mentor"), ("Ink", "AR", "71953", "ink")]
WORD_TOWN_USE = {
    "drain": "the JP {w} put out 20 mL overnight", "accident": "no {w} or injury since the last visit",
    "gas": "arterial blood {w} was not repeated", "chunky": "{w} foods are hard for the patient to swallow",
    "why": "the patient asked {w} the dose changed", "ball": "pain at the {w} of the left foot",
    "ponder": "family wanted time to {w} the options", "mentor": "a peer {w} from the heart-failure group visits",
    "ink": "the {w} on the old consent had smudged",
}
STREETS = ["Cedar Hollow Rd", "Possum Trot Ln", "Buckeye Ridge Dr", "Old Mill Pond Rd", "Sassafras Ct",
           "Hickory Flat Rd", "Switchback Trl", "Blue Heron Way", "Turkey Creek Rd", "Chinaberry St",
           "Pecan Orchard Dr", "Wildcat Hollow Rd", "Sandhill Crane Ave", "Indian Paintbrush Ln",
           "Dogwood Bend", "Tobacco Barn Rd", "Low Water Crossing Rd", "Yellow Jacket Ln", "Quail Covey Ct",
           "Persimmon Grove Rd", "Stockyard Rd", "Feed Mill Ave", "Cotton Gin Rd", "Sorrel Horse Trl"]
DIRECTIONS = [
    "{o} house past the Baptist church on County Rd {n}, gray siding, ramp on the side",
    "1/4 mi past the Dollar General on FM {n}, white doublewide w/ green roof",
    "gravel drive across from the grain elevator on Hwy {n}, mailbox #{h}",
    "last trailer on the left at the end of {st}, blue tarp on the roof",
    "red brick ranch behind the Methodist church on Rt {n}",
    "turn at the VFW on SR {n}, {o} house on the right, blue shutters",
    "mile {n}.5 on the Old Ridge Hwy, cabin behind the boat storage",
    "{o} lane north of CR {n} past the co-op grain bins, yellow farmhouse",
]
FACILITIES = ["Osage Prairie Health System", "Big Muddy Regional Medical Center", "Three Rivers Hospice & Home Health",
              "Cedar Bluff Community Hospital", "Flint Hills Medical Group", "Tallgrass Valley Health"]
FAC_DOMAIN = {"Osage Prairie Health System": "osageprairie.example", "Big Muddy Regional Medical Center": "bigmuddy.example",
              "Three Rivers Hospice & Home Health": "threerivers.example", "Cedar Bluff Community Hospital": "cedarbluff.example",
              "Flint Hills Medical Group": "flinthills.example", "Tallgrass Valley Health": "tallgrass.example"}
HOSPITALS = ["Cedar Bluff Community Hospital", "Big Muddy Regional", "Osage Prairie Medical Center",
             "Tallgrass Valley Hospital"]
DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "hotmail.com", "att.net",
           "sbcglobal.net", "windstream.net", "centurylink.net", "proton.me", "comcast.net"]


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
        unit = rng.choice([None, None, f"Apt {rng.randint(1, 24)}{rng.choice('ABCDR')}", f"Unit B-{rng.randint(101, 412)}",
                           f"Trlr {rng.randint(2, 40)}", "Upstairs", f"Bldg {rng.randint(2, 9)} Apt {rng.randint(1, 8)}C"])
        ml = P("ADDRESS", line) + ((" " + P("ADDRESS", unit)) if unit else "")
        fl = line + ((" " + unit) if unit else "")
    elif k < 0.6:
        line = f"PO Box {rng.randint(10, 2999)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.72:
        line = f"RR {rng.randint(1, 6)} Box {rng.randint(10, 480)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.82:
        line = f"HC {rng.randint(60, 89)} Box {rng.randint(10, 2200)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.91:
        line = f"{rng.randint(100, 999)} {rng.choice(STREETS)}"
        unit = f"Lot {rng.randint(1, 60)}"
        park = rng.choice(["Shady Acres MHP", "Whispering Pines Mobile Home Park", "Riverbend Estates MHC"])
        ml = P("ADDRESS", park) + ", " + P("ADDRESS", unit)
        fl = f"{park}, {unit}"
    else:
        line = f"{rng.randint(10, 999)} {rng.choice(STREETS)}"
        ml = P("ADDRESS", line) + " " + P("ADDRESS", f"Ste {rng.randint(100, 120)} PMB {rng.randint(100, 4999)}")
        fl = line
    citl = P("CITY", c) + f", {st} " + P("ZIP", z)
    lines = [ml, citl]
    if lower:
        lines = [remark(x, str.lower) for x in lines]
    return lines, {"line": [fl], "city": c, "state": st, "postalCode": z}, c, st


def pr_address(rng):
    urb = rng.choice(["Las Gladiolas", "Villa del Rey", "Bairoa Park", "Jardines de Caguas"])
    line = f"Calle {rng.randint(1, 40)} {rng.choice('ABCDEFGHJK')}-{rng.randint(1, 40)}"
    z = rng.choice(["00725", "00727"])
    lines = ["Urb. " + P("ADDRESS", urb), P("ADDRESS", line), P("CITY", "Caguas") + ", PR " + P("ZIP", z)]
    return lines, {"line": [f"Urb. {urb}", line], "city": "Caguas", "state": "PR", "postalCode": z}, "Caguas", "PR"


def foreign_address(rng, country=None):
    """-> (marked lines, fhir address, country, phone)"""
    n = rng.randint
    k = {"GBR": 0, "CAN": 1, "MEX": 2, "PHL": 3, "DEU": 4, "IND": 5, "NGA": 6, "VNM": 7, "GRC": 8,
         "RUS": 9, "IRL": 10, "KOR": 11, "CHN": 12, "POL": 13, "NLD": 14, "JOR": 15, "SYR": 15}.get(country, rng.randrange(16))
    if k == 12:
        lines = [P("CITY", "上海市") + P("CITY", "浦东新区") + P("ADDRESS", f"张杨路{n(100, 2999)}号") + P("ADDRESS", f"{n(3, 28)}0{n(1, 8)}室"),
                 "邮编 " + P("ZIP", "200120")]
        return lines, {"line": [], "city": "Shanghai", "state": None, "postalCode": "200120"}, "China", f"+86 139 {n(1000, 9999)} {n(1000, 9999)}"
    if k == 13:
        kod = f"90-{n(1, 999):03d}"
        lines = [P("ADDRESS", f"ul. Piotrkowska {n(2, 290)}") + " " + P("ADDRESS", f"m. {n(1, 40)}"), P("ZIP", kod) + " " + P("CITY", "Łódź"), "Polska"]
        return lines, {"line": [], "city": "Łódź", "state": None, "postalCode": kod}, "Poland", f"+48 {n(500, 799)} {n(100, 999)} {n(100, 999)}"
    if k == 14:
        pc = f"9711 {rng.choice(['LK', 'HP', 'BA', 'CK'])}"
        lines = [P("ADDRESS", f"Herestraat {n(2, 120)}{rng.choice(['a', 'b', '-bis', ''])}"), P("ZIP", pc) + " " + P("CITY", "Groningen"), "Nederland"]
        return lines, {"line": [], "city": "Groningen", "state": None, "postalCode": pc}, "Netherlands", f"+31 6 {n(1000, 9999)} {n(1000, 9999)}"
    if k == 15:
        lines = [P("ADDRESS", f"{n(2, 90)} Rainbow Street") + ", " + P("ADDRESS", "Jabal Amman"), P("CITY", "Amman") + " " + P("ZIP", "11181"), "Jordan"]
        return lines, {"line": [], "city": "Amman", "state": None, "postalCode": "11181"}, "Jordan", f"+962 7 {n(7000, 9999)} {n(1000, 9999)}"
    if k == 0:
        pc = f"S75 {n(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        lines = [P("ADDRESS", f"Flat {n(1, 9)}") + ", " + P("ADDRESS", f"{n(2, 180)} Wentworth Road"),
                 P("CITY", "Barnsley") + " " + P("ZIP", pc), "United Kingdom"]
        return lines, {"line": [], "city": "Barnsley", "state": None, "postalCode": pc}, "UK", f"+44 7{n(700, 999)} {n(100000, 999999)}"
    if k == 1:
        pc = f"M5J {n(1, 9)}G{n(1, 9)}"
        lines = [P("ADDRESS", f"{n(1001, 3904)}-{n(10, 99)} Harbour Sq"), P("CITY", "Toronto") + " ON  " + P("ZIP", pc), "Canada"]
        return lines, {"line": [], "city": "Toronto", "state": "ON", "postalCode": pc}, "Canada", f"+1 416-{n(201, 989)}-{n(1000, 9999)}"
    if k == 2:
        cp = f"44{n(100, 199)}"
        lines = [P("ADDRESS", f"Av. Juárez {n(100, 2999)}") + " " + P("ADDRESS", f"Int. {n(1, 12)}"),
                 "Col. " + P("ADDRESS", rng.choice(["Americana", "Chapultepec", "Ladrón de Guevara"])),
                 P("ZIP", cp) + " " + P("CITY", "Guadalajara") + ", Jal., México"]
        return lines, {"line": [], "city": "Guadalajara", "state": "JAL", "postalCode": cp}, "Mexico", f"+52 33 {n(1000, 9999)} {n(1000, 9999)}"
    if k == 3:
        lines = [P("ADDRESS", f"Unit {n(3, 29)}{rng.choice('ABCD')}") + ", " + P("ADDRESS", f"Tower {n(1, 4)}") + ", "
                 + P("ADDRESS", "Avida Towers Sucat"), "Brgy. " + P("ADDRESS", "Sucat") + ", " + P("CITY", "Muntinlupa City")
                 + " " + P("ZIP", "1770") + ", Philippines"]
        return lines, {"line": [], "city": "Muntinlupa City", "state": None, "postalCode": "1770"}, "Philippines", f"0917-{n(100, 999)}-{n(1000, 9999)}"
    if k == 4:
        plz = f"691{n(15, 26)}"
        lines = [P("ADDRESS", f"Hauptstraße {n(2, 180)}{rng.choice('abc')}") + ", " + P("ADDRESS", f"{n(1, 4)}. OG links"),
                 P("ZIP", plz) + " " + P("CITY", "Heidelberg"), "Deutschland"]
        return lines, {"line": [], "city": "Heidelberg", "state": None, "postalCode": plz}, "Germany", f"+49 6221 {n(100000, 999999)}"
    if k == 5:
        pin = "410210"
        lines = [P("ADDRESS", f"Flat {n(1, 12)}0{n(1, 4)}") + ", " + P("ADDRESS", "Sai Krupa Apartments") + ", "
                 + P("ADDRESS", f"Plot {n(2, 60)}, Sector {n(2, 36)}"),
                 P("ADDRESS", "Kharghar") + ", " + P("CITY", "Navi Mumbai") + " " + P("ZIP", pin), "India"]
        return lines, {"line": [], "city": "Navi Mumbai", "state": "MH", "postalCode": pin}, "India", f"+91 98{n(100, 999)} {n(10000, 99999)}"
    if k == 6:
        lines = [P("ADDRESS", f"{n(2, 40)} Adetokunbo Ademola Crescent") + ", " + P("ADDRESS", "Wuse II"),
                 P("CITY", "Abuja") + " " + P("ZIP", "904101") + ", FCT, Nigeria"]
        return lines, {"line": [], "city": "Abuja", "state": "FCT", "postalCode": "904101"}, "Nigeria", f"0803 {n(100, 999)} {n(1000, 9999)}"
    if k == 7:
        lines = [P("ADDRESS", f"số {n(2, 90)} ngõ {n(10, 120)} Hào Nam") + ", phường " + P("ADDRESS", "Ô Chợ Dừa")
                 + ", quận " + P("CITY", "Đống Đa") + ", " + P("CITY", "Hà Nội")]
        return lines, {"line": [], "city": "Hà Nội", "state": None, "postalCode": None}, "Vietnam", f"+84 91{n(1, 9)} {n(100, 999)} {n(100, 999)}"
    if k == 8:
        tk = f"105 {n(51, 64)}"
        lines = [P("ADDRESS", f"Οδός Ερμού {n(2, 120)}"), P("ZIP", tk) + " " + P("CITY", "Αθήνα"), "Ελλάδα"]
        return lines, {"line": [], "city": "Athens", "state": None, "postalCode": tk}, "Greece", f"+30 69{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if k == 9:
        idx = f"6300{n(10, 99)}"
        lines = [P("ADDRESS", f"ул. Ленина, д. {n(2, 90)}") + ", " + P("ADDRESS", f"кв. {n(1, 140)}"),
                 P("CITY", "Новосибирск") + ", " + P("ZIP", idx), "Россия"]
        return lines, {"line": [], "city": "Novosibirsk", "state": None, "postalCode": idx}, "Russia", f"+7 (383) {n(200, 399)}-{n(10, 99)}-{n(10, 99)}"
    if k == 10:
        ec = f"D03 {alnum(rng, 4, 'ACDEFHKNPRTVWXY0123456789')}"
        lines = [P("ADDRESS", f"{n(2, 90)} Seafield Road East") + ", " + P("ADDRESS", "Clontarf"),
                 P("CITY", "Dublin") + " " + P("ZIP", ec), "Ireland"]
        return lines, {"line": [], "city": "Dublin", "state": None, "postalCode": ec}, "Ireland", f"+353 87 {n(100, 999)} {n(1000, 9999)}"
    lines = [P("CITY", "서울특별시") + " " + P("CITY", "마포구") + " " + P("ADDRESS", f"월드컵북로 {n(10, 400)}") + ", "
             + P("ADDRESS", f"{n(101, 112)}동 {n(1, 25)}0{n(1, 6)}호"), "(" + P("ZIP", f"0{n(3900, 3999)}") + ")"]
    return lines, {"line": [], "city": "Seoul", "state": None, "postalCode": None}, "Korea", f"010-{n(2000, 9999)}-{n(1000, 9999)}"


FOREIGN_CITIES = [("Guadalajara", "Mexico"), ("Toronto", "Canada"), ("Quezon City", "Philippines"), ("Lagos", "Nigeria"),
                  ("Thessaloniki", "Greece"), ("Kraków", "Poland"), ("Busan", "South Korea"), ("Pune", "India"),
                  ("Cork", "Ireland"), ("Irbid", "Jordan"), ("Rotterdam", "Netherlands"), ("Da Nang", "Vietnam"),
                  ("Hamburg", "Germany"), ("Leeds", "England")]
COUNTRY_ADDR = {"MEX": "MEX", "PHL": "PHL", "IND": "IND", "NGA": "NGA", "VNM": "VNM", "GRC": "GRC",
                "RUS": "RUS", "IRL": "IRL", "KOR": "KOR", "CHN": "CHN", "POL": "POL", "NLD": "NLD", "JOR": "JOR",
                "SYR": "JOR"}


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def mrz_name(s: str) -> str:
    return "".join(c if c.isalpha() else "<" for c in ascii_fold(s).upper())


FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "grandmother",
           "great-granddaughter", "great-grandmother", "stepdaughter", "daughter-in-law"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "grandfather",
            "great-grandson", "stepson", "son-in-law"}


# ---------------------------------------------------------------- note context

CREDS = ["MD", "DO", "NP", "PA-C", "RN", "BSN, RN", "APRN, FNP-C", "MSN, AGNP-C", "LPN"]


def make_email(rng, p: Person, dob: dt.date | None = None) -> str:
    g = ascii_fold(p.call).lower().replace("'", "").replace("-", "") or "pt"
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = rng.choice(DOMAINS)
    k = rng.randrange(6)
    if k == 0:
        return f"{g}.{f}{rng.randint(2, 99)}@{dom}"
    if k == 1 and dob:
        return f"{g[0]}{f}{dob.year}@{dom}"
    if k == 2:
        return f"{f}{g}@{dom}"
    if k == 3:
        return f"{rng.choice(['grandma', 'nana', 'papa', 'mimi', 'poppy'])}{g}{rng.randint(1, 99)}@{dom}"
    if k == 4:
        return f"{g}_{f}@{dom}"
    return f"{g}{f[:1]}{rng.randint(100, 999)}@{dom}"


class C:
    """What one note knows: the chart, the people, the numbers, and the renderers."""

    def __init__(self, rng, ntype: str, infant: bool = False, age_range=None, old: float = 0.35,
                 us_only: bool = True):
        self.rng = r = rng
        self.ntype = ntype
        self.fac = r.choice(FACILITIES)
        self.dom = FAC_DOMAIN[self.fac]
        self.vdate = dt.date(2023, 2, 1) + dt.timedelta(days=r.randint(0, 680))
        self.pt = make_patient(r)
        self.infant = infant
        self.months = 0
        if infant:
            self.age = 0
            self.months = r.randint(2, 30)
            self.dob = self.vdate - dt.timedelta(days=int(self.months * 30.44) + r.randint(0, 20))
        else:
            lo, hi = age_range or (19, 106)
            if hi >= 90 and r.random() < old:
                self.age = r.randint(90, min(hi, 106))
            else:
                self.age = r.randint(lo, min(hi, 89))
            y = self.vdate.year - self.age
            ann = self.vdate.replace(year=y, day=min(self.vdate.day, 28))
            self.dob = ann - dt.timedelta(days=r.randint(1, 330))
        tot = (self.vdate.year - self.dob.year) * 12 + self.vdate.month - self.dob.month - (1 if self.vdate.day < self.dob.day else 0)
        self.age = tot // 12 if not infant else 0
        self.age_m = tot % 12
        if infant:
            self.months = tot
        # identifiers
        self.mrn = r.choice([digits(r, 7), "E" + digits(r, 7), "00" + digits(r, 6), "MR" + digits(r, 6),
                             "H" + digits(r, 6), digits(r, 3) + "-" + zdigits(r, 3) + "-" + zdigits(r, 2)])
        self.ssn = ssn(r)
        self.mbi = mbi(r)
        self.acct = r.choice([digits(r, 5) + "-" + zdigits(r, 5), "V" + digits(r, 9), digits(r, 10),
                              digits(r, 4) + "." + zdigits(r, 6)])
        # home
        self.word_town = None
        self.abroad = None
        self.fphone = None
        if us_only or r.random() < 0.74:
            k = r.random()
            if k < 0.14:
                wt = r.choice(WORD_TOWNS)
                self.word_town = wt[3]
                self.addr_lines, self.addr, self.city, self.state = us_address(r, (wt[0], wt[1], wt[2]))
            elif k < 0.2:
                self.addr_lines, self.addr, self.city, self.state = pr_address(r)
            else:
                self.addr_lines, self.addr, self.city, self.state = us_address(r)
        else:
            self.addr_lines, self.addr, self.abroad, self.fphone = foreign_address(r, COUNTRY_ADDR.get(self.pt.country))
            self.city = self.addr["city"] if self.addr["city"] and plain("".join(self.addr_lines)).find(self.addr["city"]) >= 0 else None
            self.state = None
        if not self.addr["line"]:
            self.addr["line"] = [plain(self.addr_lines[0])]
        self.mstate = self.state or r.choice(sorted(k for k in MEDICAID if k != "PR"))
        prog, lab, gen = MEDICAID.get(self.mstate, (f"{self.mstate} Medicaid", "ID #", lambda q: digits(q, 10)))
        self.mcaid = (prog, lab, gen(r))
        self.deceased = False
        plan = r.choice(PLANS)
        self.plan, self.member, self.group = plan[0], plan[1](r), plan[2](r)
        self.medicare = self.age >= 65 or r.random() < 0.08
        self.phone = self.fphone or us_phone(r)
        self.phone2 = us_phone(r)
        self.email = make_email(r, self.pt, self.dob)
        self.rels: list[tuple[Person, str, str | None]] = []
        self.team: list[Person] = []
        self.others: list[Person] = []
        self.used = {self.pt.family, self.pt.given}

    # ------------------------------------------------------------ people
    def _fresh_given(self, sex):
        pool = GIVEN_F if sex == "F" else GIVEN_M
        while True:
            g = self.rng.choice(pool)
            if g not in self.used:
                self.used.add(g)
                return g

    def _fresh_family(self):
        while True:
            f = self.rng.choice(FAMILY)
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
            if r.random() < 0.2:
                pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
                given = r.choice(pool) if pool else None
            if given is None:
                given = self._fresh_given(sex)
        self.used.add(given)
        if family is None:
            if same_family:
                family = gendered_family(self.pt.family, sex)
            elif r.random() < 0.15 and [f for f in WORD_FAMILY if f not in self.used]:
                family = r.choice([f for f in WORD_FAMILY if f not in self.used])
            else:
                family = self._fresh_family()
        self.used.add(family)
        p = Person(given, family, None, sex, country="USA")
        self.rels.append((p, relationship, us_phone(r) if phone else None))
        return p

    def relph(self, p: Person) -> str:
        for q, _, ph in self.rels:
            if q is p:
                if ph is None:
                    ph = us_phone(self.rng)
                    self.rels = [(a, b, ph if a is p else c) for a, b, c in self.rels]
                return ph
        return us_phone(self.rng)

    def other(self, sex=None, given=None, family=None) -> Person:
        r = self.rng
        sex = sex or r.choice("FM")
        if given is None:
            given = self._fresh_given(sex)
        if family is None:
            fam_pool = [f for f in WORD_FAMILY if f not in self.used]
            family = r.choice(fam_pool) if fam_pool and r.random() < 0.12 else self._fresh_family()
        self.used.update({given, family})
        p = Person(given, family, None, sex)
        self.others.append(p)
        return p

    def clin(self, role="attending", cred=None, family=None, given=None, team=True) -> Person:
        r = self.rng
        if family:
            g = given or r.choice([g for g, _ in CLIN_POOL if g not in self.used])
            p = Person(g, family, None, r.choice("FM"), cred or "MD", role)
        else:
            while True:
                g, f = r.choice(CLIN_POOL)
                if f not in self.used and g not in self.used:
                    break
            p = Person(given or g, f, None, r.choice("FM"), cred or r.choice(CREDS), role)
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
        pre, span, post = fdate(d, style)
        return pre + P("DATE", span) + post

    def Dob(self, style: str | None = None) -> str:
        return self.D(self.dob, style or self.rng.choice(DOB_STYLES))

    def age_txt(self, n: int | None = None, form: str | None = None, sex: str | None = None,
                forms=None) -> str:
        r = self.rng
        n = self.age if n is None else n
        sex = sex or self.pt.sex
        form = form or r.choice(forms or PROSE_AGES)
        pre, span, post = AGE_FORMS[form]
        m = self.age_m if n == self.age else r.randint(1, 11)
        if "{m}" in span and m == 0:
            m = 1
        sym = "♀" if sex == "F" else "♂"
        fill = dict(n=n, w=words(n), m=m, S=sex, sym=sym)
        body = span.format(**fill)
        return pre.format(**fill) + (P("AGE_OVER_89", body) if n > 89 else K("age", body)) + post.format(**fill)

    def age_event(self) -> str:
        """A sentence about the patient's age: a coming birthday, a past one, or living alone at this age."""
        r = self.rng
        if self.infant or self.age < 80 or r.random() < 0.3:
            return ""
        n = self.age
        he = "She" if self.pt.sex == "F" else "He"
        pos = "her" if self.pt.sex == "F" else "his"
        span = lambda x: P("AGE_OVER_89", x) if int("".join(ch for ch in x if ch.isdigit())) > 89 else K("age", x)  # noqa: E731
        k = r.randrange(4)
        if k == 0:
            return f"{he} turns {span(str(n + 1))} next {r.choice(['week', 'month'])}; family planning a small party.\n"
        if k == 1:
            bd = self.dob.replace(year=self.vdate.year, day=min(self.dob.day, 28))
            if bd > self.vdate:
                bd = bd.replace(year=bd.year - 1)
            return f"Celebrated {pos} {span(ordinal(n))} birthday on {self.D(bd, r.choice(['Month d', 'the ordof', 'm/d', 'Mon-dd']))}.\n"
        if k == 2:
            return f"At {span(str(n))} {he.lower()} still lives alone and manages {pos} own pills.\n"
        return f"Pt {span(str(n))}{'♀' if self.pt.sex == 'F' else '♂'}, widowed, HOH, uses a cane indoors.\n"

    def agecell(self, n: int | None = None) -> str:
        n = self.age if n is None else n
        return P("AGE_OVER_89", str(n)) if n > 89 else K("age", str(n))

    def agelang(self, n: int, lang: str) -> str:
        pre, span, post = age_lang(n, lang)
        return pre + (P("AGE_OVER_89", span) if n > 89 else K("age", span)) + post

    def nm(self, p: Person, form: str = "gf", cat: str | None = None) -> str:
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        g, f = p.given, p.family
        full = f"{f} {g}" if p.family_first else f"{g} {f}"
        if form == "gf":
            return P(cat, full)
        if form == "gmf":
            if p.middle and not p.family_first:
                return P(cat, f"{g} {p.middle}. {f}")
            return P(cat, full)
        if form == "FG":
            return P(cat, f.upper()) + ", " + P(cat, g.upper())
        if form == "FGm":
            return P(cat, f.upper()) + ", " + P(cat, g.upper() + (f" {p.middle}" if p.middle else ""))
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g)
        if form == "Fgm":
            return P(cat, f) + ", " + P(cat, g + (f" {p.middle}." if p.middle else ""))
        if form == "init":
            return P(cat, f"{g[0]}. {f}")
        if form == "lower":
            return P(cat, full.lower())
        if form == "caps":
            return P(cat, full.upper())
        if form == "given":
            return P(cat, g)
        if form == "family":
            return P(cat, f)
        if form == "lgiven":
            return P(cat, g.lower())
        if form == "nick":
            nick = p.nick or self.rng.choice([x for x in NICKS if x not in self.used])
            p.nick = nick
            self.used.add(nick)
            return P(cat, g) + ' "' + P(cat, nick) + '" ' + P(cat, f)
        if form == "initials":
            return P(cat, "".join(w[0] for w in full.replace("-", " ").split() if w[0].isalpha()).upper())
        if form == "fold":
            return P(cat, ascii_fold(full))
        if form == "script" and p.script:
            fam, giv = p.script
            return P(cat, f"{fam}{giv}" if _cjk_like(fam + giv) else f"{giv} {fam}")
        if form == "both":
            return self.nm(p, "gf", cat) + (" (" + self.nm(p, "script", cat) + ")" if p.script else "")
        return P(cat, full)

    def title(self, p: Person) -> str:
        if p.cred and p.cred in ("MD", "DO", "MBBS", "DPM", "OD"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        cat = "PROVIDER_NAME" if p.cred else "NAME"
        return ("Ms. " if p.sex == "F" else "Mr. ") + P(cat, p.family)

    def sig(self, p: Person) -> str:
        return self.nm(p, "gf") + f", {p.cred}"

    def addr_inline(self, sep: str = ", ") -> str:
        return sep.join(self.addr_lines)

    def work_email(self, p: Person) -> str:
        return f"{ascii_fold(p.given).lower()[:1]}{ascii_fold(p.family).lower().replace(' ', '').replace('-', '')}@{self.dom}"

    def hp_medicare(self, dashed: bool | None = None) -> str:
        dashed = self.rng.random() < 0.5 if dashed is None else dashed
        return P("HEALTH_PLAN", mbi_dash(self.mbi) if dashed else self.mbi)

    def hp_medicaid(self) -> str:
        prog, lab, val = self.mcaid
        return f"{prog} {lab} {P('HEALTH_PLAN', val)}"

    def county(self) -> str:
        return COUNTIES.get(self.state or "MO", "Pettis")

    def directions(self) -> str:
        r = self.rng
        t = r.choice(DIRECTIONS)
        return P("ADDRESS", t.format(o=ordinal(r.randint(2, 4)), n=r.randint(3, 480), h=r.randint(100, 9999),
                                    st=r.choice(STREETS)))


# ---------------------------------------------------------------- headers (layouts of this split)

def h_astm(c: C) -> str:
    p = c.pt
    ts = c.vdate.strftime("%Y%m%d") + f"{c.rng.randint(6, 18):02d}{c.rng.randint(0, 59):02d}00"
    mid = ("^" + P("NAME", p.middle)) if p.middle else ""
    acc = f"A{c.vdate.strftime('%y')}{c.vdate.timetuple().tm_yday:03d}-{zdigits(c.rng, 5)}"
    street = plain(c.addr_lines[0])
    addr = (c.addr_lines[0] + "^^" + P("CITY", c.city) + f"^{c.state}^" + P("ZIP", c.addr["postalCode"])) \
        if c.state and c.state != "PR" and "PO Box" not in street and "Lot" not in street else ""
    return ("H|\\^&|||LIS^" + c.fac.split()[0].upper() + "|||||||P|1394-97|" + P("DATE", ts) + "\n"
            f"P|1||{P('MRN', c.mrn)}||{P('NAME', p.family.upper())}^{P('NAME', p.given.upper())}{mid}||"
            f"{P('DATE', c.dob.strftime('%Y%m%d'))}|{p.sex}|||{addr}||{P('PHONE', c.phone)}\n"
            f"O|1|{P('OTHER_ID', acc)}||^^^CMP\\^^^CBC|R|{P('DATE', ts[:12])}|||||||||SER\n")


def h_ncpdp(c: C) -> str:
    p = c.pt
    r = c.rng
    out = ["NCPDP D.0 B1 — claim segments as keyed\n",
           f"AM04 C2={P('HEALTH_PLAN', c.member)} C1={P('HEALTH_PLAN', c.group)} "
           f"CC={P('NAME', ascii_fold(p.given).upper())} CD={P('NAME', ascii_fold(p.family).upper())}\n",
           f"AM01 C4={P('DATE', c.dob.strftime('%Y%m%d'))} C5={'2' if p.sex == 'F' else '1'} "
           f"CA={P('NAME', ascii_fold(p.given).upper())} CB={P('NAME', ascii_fold(p.family).upper())}"]
    if c.state and not c.abroad:
        out.append(f" CM={remark(c.addr_lines[0], str.upper)} CN={P('CITY', c.city.upper())} CO={c.state} "
                   f"CP={P('ZIP', c.addr['postalCode'])}")
    ph = "".join(ch for ch in c.phone if ch.isdigit())[-10:]
    out.append(f" CQ={P('PHONE', ph)}\n")
    ndc = r.choice(["00093505601", "00378180110", "68180051301", "00904629161"])
    out.append(f"AM07 EM=1 D2={P('OTHER_ID', digits(r, 7))} E1=03 D7={K('code', ndc)} E7=30000 D3=0{r.randint(1, 5)} D5=30\n")
    return "".join(out)


def h_zpl(c: C) -> str:
    p = c.pt
    att = c.clin("attending", "MD")
    agecell = f"{c.age}Y" if c.age else f"{c.months}M"
    ages = (P("AGE_OVER_89", agecell) if c.age > 89 else K("age", agecell))
    return ("^XA^CI28\n"
            f"^FO40,30^A0N,36,36^FD{P('NAME', p.family.upper())}, {P('NAME', p.given.upper() + (' ' + p.middle if p.middle else ''))}^FS\n"
            f"^FO40,75^A0N,26,26^FDMRN {P('MRN', c.mrn)}  FIN {P('ACCOUNT', c.acct)}^FS\n"
            f"^FO40,108^A0N,26,26^FDDOB {P('DATE', c.dob.strftime('%m/%d/%Y'))}  {ages} {p.sex}^FS\n"
            f"^FO40,140^BCN,60,N^FD{P('MRN', c.mrn)}^FS\n"
            f"^FO430,30^A0N,22,22^FDAtt: {P('PROVIDER_NAME', att.family.upper())}, {P('PROVIDER_NAME', att.given.upper())}^FS\n"
            "^XZ\n")


def h_ics(c: C) -> str:
    p = c.pt
    r = c.rng
    who = c.clin("visiting clinician", r.choice(["RN", "PT", "NP"]))
    start = c.vdate.strftime("%Y%m%d") + f"T{r.randint(8, 16):02d}{r.choice(['00', '30'])}00"
    rel = c.rels[0][0] if c.rels else c.rel(r.choice(["daughter", "son", "granddaughter"]))
    loc = ""
    if c.state and not c.abroad:
        loc = f"LOCATION:{c.addr_lines[0]}\\, {P('CITY', c.city)}\\, {c.state} {P('ZIP', c.addr['postalCode'])}\n"
    agestr = (P("AGE_OVER_89", str(c.age)) if c.age > 89 else K("age", str(c.age))) if c.age else K("age", f"{c.months}mo")
    return ("BEGIN:VEVENT\n"
            f"UID:{P('OTHER_ID', alnum(r, 8, '0123456789abcdef') + '-' + alnum(r, 4, '0123456789abcdef'))}@{c.dom}\n"
            f"DTSTART;TZID=America/Chicago:{P('DATE', start)}\n"
            f"SUMMARY:{c.ntype} – {P('NAME', p.family.upper())}\\, {P('NAME', p.given)} ({agestr}{p.sex})\n"
            + loc +
            f"ATTENDEE;CN={c.nm(who)};ROLE=REQ-PARTICIPANT:mailto:{P('EMAIL', c.work_email(who))}\n"
            f"DESCRIPTION:call {c.rels[-1][1] if c.rels[-1][0] is rel else 'family'} {P('NAME', rel.given)} {P('PHONE', c.relph(rel))} before arrival\n"
            "END:VEVENT\n")


def h_fdf(c: C) -> str:
    p = c.pt
    rows = [("pt_name_last", P("NAME", p.family)), ("pt_name_first", P("NAME", p.given)),
            ("pt_dob", P("DATE", c.dob.strftime("%m/%d/%Y"))),
            ("pt_ins_id", c.hp_medicare(False) if c.medicare else P("HEALTH_PLAN", c.member)),
            ("pt_phone", P("PHONE", c.phone))]
    if not c.abroad:
        rows.append(("pt_addr1", c.addr_lines[0]))
    return "%FDF-1.2 … /Fields [\n" + "".join(f"<< /T ({k}) /V ({v}) >>\n" for k, v in rows) + "] >>\n"


def h_tsv(c: C) -> str:
    p = c.pt
    ins = c.hp_medicare(False) if c.medicare else P("HEALTH_PLAN", c.member)
    agec = c.agecell() if c.age else K("age", f"{c.months} mo")
    z = P("ZIP", c.addr["postalCode"]) if c.addr.get("postalCode") and c.addr["postalCode"] in plain("".join(c.addr_lines)) else ""
    return ("MRN\tLast\tFirst\tDOB\tAge\tSex\tPhone\tZIP\tPayer ID\n"
            f"{P('MRN', c.mrn)}\t{P('NAME', p.family)}\t{P('NAME', p.given)}\t{P('DATE', f'{c.dob.month}/{c.dob.day}/{c.dob.year}')}\t"
            f"{agec}\t{p.sex}\t{P('PHONE', c.phone)}\t{z}\t{ins}\n")


def h_kiosk(c: C) -> str:
    p = c.pt
    r = c.rng
    t = f"{r.randint(7, 16):02d}:{r.randint(0, 59):02d}"
    return ("********************************\n"
            f"  {c.fac.upper()[:30]}\n  SELF CHECK-IN RECEIPT\n"
            "********************************\n"
            f"Name   : {P('NAME', p.family.upper())}, {P('NAME', p.given.upper())}\n"
            f"DOB    : {P('DATE', c.dob.strftime('%m/%d/%Y'))}\n"
            f"Visit  : {P('DATE', c.vdate.strftime('%m/%d/%y'))} {t}   Queue B-{r.randint(100, 199)}\n"
            f"Acct   : {P('ACCOUNT', c.acct)}\n"
            f"Copay  : ${r.choice([0, 10, 25, 35, 40])}.00 VISA ****{P('ACCOUNT', zdigits(r, 4))}\n"
            f"Help?  : {P('PHONE', us_phone(r, '(a) b-c'))}\n")


def h_card(c: C) -> str:
    p = c.pt
    r = c.rng
    if c.medicare and r.random() < 0.6:
        ent = min(c.dob.replace(year=c.dob.year + 65, day=1), c.days(-200).replace(day=1))
        ent = max(ent, dt.date(1966, 7, 1))
        es = f"{ent.month:02d}-{ent.day:02d}-{ent.year}"
        return ("[CARD IMAGE — Medicare, OCR]\nMEDICARE HEALTH INSURANCE\n"
                f"Name/Nombre\n{P('NAME', (p.given + (' ' + p.middle if p.middle else '')).upper())} {P('NAME', p.family.upper())}\n"
                f"Medicare Number/Número de Medicare\n{c.hp_medicare(True)}\n"
                f"Entitled to / Con derecho a     Coverage starts / Cobertura empieza\n"
                f"HOSPITAL (PART A)               {P('DATE', es)}\n"
                f"MEDICAL (PART B)                {P('DATE', es)}\n")
    if r.random() < 0.4:
        prog, lab, val = c.mcaid
        return (f"[CARD IMAGE — {prog}, OCR]\n{P('NAME', p.given.upper())} {P('NAME', p.family.upper())}\n"
                f"{lab}: {P('HEALTH_PLAN', ocr(val, r) if r.random() < 0.5 else val)}   DOB {P('DATE', c.dob.strftime('%m/%d/%Y'))}\n"
                f"Issued {P('DATE', c.days(-r.randint(30, 900)).strftime('%m/%d/%Y'))}\n")
    mid = (" " + p.middle) if p.middle else ""
    return (f"[CARD IMAGE — {c.plan}, OCR front/back]\n"
            f"Member: {P('NAME', p.given.upper() + mid)} {P('NAME', p.family.upper())}\n"
            f"ID# {P('HEALTH_PLAN', ocr(c.member, r))}     Group {P('HEALTH_PLAN', c.group)}\n"
            f"RxBIN {r.choice(['610014', '004336', '003858', '610502'])}  RxPCN {r.choice(['ADV', 'MEDDPRIME', 'A4', '9999'])}  "
            f"RxGrp {P('HEALTH_PLAN', alnum(r, 5, UPPER))}\n"
            f"Member services {P('PHONE', '1-800-' + str(r.randint(200, 989)) + '-' + zdigits(r, 4))}\n")


def h_banner(c: C) -> str:
    p = c.pt
    pcp = c.clin("PCP", c.rng.choice(["MD", "DO", "NP"]))
    if c.age:
        age = c.age_txt(form="y.o.") + f" {p.sex}"
    else:
        age = K("age", f"{c.months} m.o.") + f" {p.sex}"
    cov = ("MEDICARE PART A AND B / " + c.hp_medicare(True)) if c.medicare else (c.plan.upper() + " / " + P("HEALTH_PLAN", c.member))
    return (f"{c.nm(p, 'FGm')} ({age}) | MRN: {P('MRN', c.mrn)} | DOB: {P('DATE', f'{c.dob.month}/{c.dob.day}/{c.dob.year}')} | "
            f"PCP: {c.sig(pcp)} | Cov: {cov} | Enc: {P('DATE', f'{c.vdate.month}/{c.vdate.day}/{c.vdate.year}')}\n")


def h_mrz(c: C) -> str:
    p = c.pt
    r = c.rng
    ctry = p.country if p.country != "USA" else "USA"
    sur = mrz_name(p.family)
    giv = mrz_name(p.given)
    giv = giv[:max(2, 44 - 5 - 2 - len(sur))].rstrip("<")
    l1 = f"P<{ctry}{sur}<<{giv}"
    pad1 = "<" * max(0, 44 - len(l1))
    num = alnum(r, 1, UPPER) + zdigits(r, 7) + ("<" if r.random() < 0.5 else str(r.randint(0, 9)))
    num_s = num.rstrip("<")
    dob = c.dob.strftime("%y%m%d")
    exp = c.days(r.randint(200, 3000)).strftime("%y%m%d")
    pers = "<" * 14
    part = num + mrz_digit(num) + ctry + dob + mrz_digit(dob) + p.sex + exp + mrz_digit(exp) + pers + mrz_digit(pers)
    comp = mrz_digit(num + mrz_digit(num) + dob + mrz_digit(dob) + exp + mrz_digit(exp) + pers + mrz_digit(pers))
    l2_rest = num[len(num_s):] + mrz_digit(num) + ctry
    return ("[ID scan at registration — passport MRZ]\n"
            f"P<{ctry}{P('NAME', sur)}<<{P('NAME', giv)}{pad1}\n"
            f"{P('OTHER_ID', num_s)}{l2_rest}{P('DATE', dob)}{mrz_digit(dob)}{p.sex}{P('DATE', exp)}{mrz_digit(exp)}"
            f"{pers}{mrz_digit(pers)}{comp}\n"
            f"Verified against chart {P('MRN', c.mrn)} by front desk.\n")


def h_index(c: C) -> str:
    p = c.pt
    r = c.rng
    doc = c.ntype.upper().replace(" ", "_").replace("'", "")[:24]
    return (f"CAPTURE · batch {c.vdate.strftime('%y%j')}-{r.randint(1, 9):02d} · doc {r.randint(1, 6)} of {r.randint(7, 12)}\n"
            f"IDX: LNAME={P('NAME', ascii_fold(p.family).upper())}|FNAME={P('NAME', ascii_fold(p.given).upper())}|"
            f"DOB={P('DATE', c.dob.strftime('%Y%m%d'))}|MRN={P('MRN', c.mrn)}|ENC={P('ACCOUNT', c.acct)}|DOCTYPE={doc}|"
            f"SCANDT={P('DATE', c.vdate.strftime('%Y%m%d'))}\n")


HEADERS = [h_astm, h_ncpdp, h_zpl, h_ics, h_fdf, h_tsv, h_kiosk, h_card, h_banner, h_mrz, h_index]


def letterhead(c: C) -> str:
    r = c.rng
    city, st, z3 = r.choice(US_CITIES)
    z = z3 + f"{r.randint(1, 99):02d}"
    return (f"{c.fac}\n{P('ADDRESS', f'{r.randint(100, 4999)} {r.choice(STREETS)}')} · {P('CITY', city)}, {st} {P('ZIP', z)}\n"
            f"Tel {P('PHONE', us_phone(r, '(a) b-c'))} · Fax {P('FAX', us_phone(r, 'a-b-c'))}\n\n")


# ---------------------------------------------------------------- shared blocks

def blk_sms(c: C) -> str:
    r = c.rng
    if c.infant or c.deceased:
        return ""
    rel = c.rel(r.choice(["granddaughter", "daughter", "son", "niece", "grandson"]), same_family=r.random() < 0.5)
    d1 = c.days(-r.randint(1, 4))
    d2 = c.days(-r.randint(0, 1)) if d1 < c.vdate else c.vdate
    pt = P("NAME", c.pt.call.lower())
    who = {"granddaughter": "gma", "grandson": "gpa" if c.pt.sex == "M" else "gma", "daughter": "mom" if c.pt.sex == "F" else "dad",
           "son": "mom" if c.pt.sex == "F" else "dad", "niece": "my aunt" if c.pt.sex == "F" else "my uncle"}[c.rels[-1][1]]
    street = plain(c.addr_lines[0])
    place = remark(c.addr_lines[0], str.lower) if not c.abroad and not street.startswith(("PO", "RR", "HC", "Urb")) else "the house"
    drug = r.choice(["eliquis 2.5 mg", "xarelto 15 mg", "plavix 75 mg", "coumadin 3 mg"])
    lines = [
        f"Text thread with {c.rels[-1][1]} (saved to chart, pt consented):",
        f"[{P('DATE', f'{d1.month}/{d1.day}')} 8:1{r.randint(0, 9)} PM] {P('NAME', rel.given.lower())}: hi its {P('NAME', rel.given.lower())}, "
        f"{who} {pt} fell again in the bathroom 😩 {'shes' if c.pt.sex == 'F' else 'hes'} ok",
        f"[{P('DATE', f'{d1.month}/{d1.day}')} 8:2{r.randint(0, 9)} PM] RN: any head strike? still on the {K('drug', drug)}?",
        f"[{P('DATE', f'{d1.month}/{d1.day}')} 8:3{r.randint(0, 9)} PM] {P('NAME', rel.given.lower())}: no hit head. yes. can u come tmrw? "
        f"we r at {place} now",
        f"[{P('DATE', f'{d2.month}/{d2.day}')} 7:0{r.randint(0, 9)} AM] {P('NAME', rel.given.lower())}: pls call my # {P('PHONE', c.relph(rel))} not the landline",
    ]
    return "\n".join(lines) + "\n"


def _rel_age(c: C, relw: str) -> int:
    a = c.age if c.age else 0
    r = c.rng
    if relw in ("sister", "brother", "cousin"):
        return max(18, a + r.randint(-7, 7))
    if relw in ("daughter", "son", "daughter-in-law", "son-in-law"):
        return max(18, a - r.randint(20, 38))
    if relw in ("granddaughter", "grandson"):
        return max(16, a - r.randint(44, 62))
    if relw in ("mother", "father"):
        return a + r.randint(20, 36)
    if relw in ("grandmother", "grandfather"):
        return a + r.randint(42, 58)
    if relw in ("great-grandmother", "great-grandfather"):
        return min(106, a + r.randint(64, 80))
    if relw in ("wife", "husband", "partner"):
        return max(18, a + r.randint(-6, 6))
    if relw in ("nephew", "niece"):
        return max(16, a - r.randint(15, 35))
    return max(18, a + r.randint(-10, 10))


def blk_household(c: C) -> str:
    r = c.rng
    a = c.age if c.age else 0
    if a < 25:
        opts = ["mother", "father", "grandmother", "great-grandmother", "sister"]
    elif a < 60:
        opts = ["wife" if c.pt.sex == "M" else "husband", "mother", "father", "daughter", "son"]
    else:
        opts = ["daughter", "son", "sister", "brother", "granddaughter", "wife" if c.pt.sex == "M" else "husband"]
    picks = r.sample(opts, 2)
    rows = ["Household / contacts", "Name                      | Rel        | Age | Phone"]
    for w in picks:
        n = _rel_age(c, w)
        if n > 106 or n < 1:
            continue
        p = c.rel(w, same_family=r.random() < 0.7)
        rows.append(f"{c.nm(p, r.choice(['gf', 'Fg']))} | {w} | {c.agecell(n)} | {P('PHONE', c.relph(p))}")
    rows.append(f"{c.nm(c.pt, 'gf')} (pt) | self | " + (c.agecell() if c.age else K("age", f"{c.months} mo")) + " | "
                + (P("PHONE", c.phone) if c.age else "—"))
    return "\n".join(rows) + "\n"


def blk_coverage(c: C) -> str:
    r = c.rng
    k = r.randrange(6) if c.abroad else r.randrange(5)
    if k == 2 and not (c.mstate == "PR" or c.pt.country in ("MEX", "USA") and r.random() < 0.4):
        k = r.choice([0, 1, 3, 4])
    p = c.pt
    if k == 0:
        return ("Eligibility (271, pasted):\n"
                f"NM1*IL*1*{P('NAME', ascii_fold(p.family).upper())}*{P('NAME', ascii_fold(p.given).upper())}****MI*"
                f"{P('HEALTH_PLAN', c.mbi if c.medicare else c.member.replace(' ', ''))}~\n"
                f"REF*{'F6' if c.medicare else '1W'}*{P('HEALTH_PLAN', c.mbi if c.medicare else c.member.replace(' ', ''))}~"
                f"REF*IG*{P('HEALTH_PLAN', 'P' + digits(r, 8))}~DMG*D8*{P('DATE', c.dob.strftime('%Y%m%d'))}~EB*1*IND*30~\n")
    if k == 1:
        return ("Payer            | Subscriber No.        | Group       | Rel\n"
                f"{c.plan:<16} | {P('HEALTH_PLAN', c.member)} | {P('HEALTH_PLAN', c.group)} | self\n"
                + (f"Medicare         | {c.hp_medicare()} | —           | self\n" if c.medicare else "")
                + f"{c.mcaid[0]:<16} | {P('HEALTH_PLAN', c.mcaid[2])} | —           | self\n")
    if k == 2:
        return (f"Seguro: {c.mcaid[0] if c.mstate == 'PR' else c.plan} · Número de afiliado: {P('HEALTH_PLAN', c.mcaid[2] if c.mstate == 'PR' else c.member)}"
                f" · Número de grupo: {P('HEALTH_PLAN', c.group)} · Número de póliza: {P('HEALTH_PLAN', 'POL-' + digits(r, 7))}\n")
    if k == 3:
        sub = c.rel(r.choice(["husband", "wife"] + (["father", "mother"] if c.age < 50 else [])), same_family=r.random() < 0.6, phone=False)
        return (f"Mbr: {P('HEALTH_PLAN', c.member)}  Grp: {P('HEALTH_PLAN', c.group)}  "
                f"Subsc: {c.nm(sub, 'Fg')} ({c.rels[-1][1]}), DOB {c.D(c.days(-365 * _rel_age(c, c.rels[-1][1]) - r.randint(1, 300)), 'mm/dd/Y')}, "
                f"SSN {P('SSN', ssn(r))}\n")
    if k == 4:
        s = f"Coverage: {c.hp_medicaid()}"
        if c.medicare:
            s += f" (dual; Medicare MBI {c.hp_medicare(True)})"
        return s + f"; acct {P('ACCOUNT', c.acct)}\n"
    # foreign plans
    kind = r.randrange(4)
    if kind == 0:
        return f"Out-of-country coverage: OHIP health card {P('HEALTH_PLAN', f'{digits(r, 4)}-{zdigits(r, 3)}-{zdigits(r, 3)}-{alnum(r, 2, UPPER)}')} (Ontario)\n"
    if kind == 1:
        return f"Out-of-country coverage: PhilHealth PIN {P('HEALTH_PLAN', f'{digits(r, 2)}-{zdigits(r, 9)}-{r.randint(0, 9)}')}; travel policy {P('HEALTH_PLAN', 'TRV' + digits(r, 8))}\n"
    if kind == 2:
        return f"Out-of-country coverage: IMSS Número de afiliado (NSS) {P('HEALTH_PLAN', f'{zdigits(r, 2)} {zdigits(r, 2)} {zdigits(r, 2)} {zdigits(r, 4)} {r.randint(0, 9)}')}\n"
    return f"Out-of-country coverage: Krankenkasse, Versichertennummer {P('HEALTH_PLAN', alnum(r, 1, UPPER) + digits(r, 9))}\n"


def blk_directions(c: C) -> str:
    r = c.rng
    if c.deceased:
        return ""
    if c.abroad:
        return ""
    return (f"Directions for field staff: {c.directions()}. Lockbox {r.randint(1000, 9999)}; "
            f"{r.choice(['two dogs, friendly', 'outdoor cat', 'no pets', 'rooster in the yard'])}; cell signal poor, call ahead {P('PHONE', c.phone)}.\n")


DEVICES = [
    ("PPM", "Medtronic Azure XT DR MRI W1DR01", lambda r: "RNB" + digits(r, 6) + "S", "00643169001763"),
    ("ICD", "Boston Scientific RESONATE EL ICD D433", lambda r: digits(r, 6), "00802526592018"),
    ("loop recorder", "Medtronic LINQ II LNQ22", lambda r: "RLB" + digits(r, 6) + "G", "00763000385713"),
    ("CRT-P", "Abbott Quadra Allure MP PM3562", lambda r: digits(r, 7), "05414734509803"),
    ("DBS IPG", "Medtronic Percept PC B35200", lambda r: "NVP" + digits(r, 6) + "H", "00763000339181"),
    ("cochlear implant", "Cochlear Nucleus CI632", lambda r: digits(r, 9), "09321502031829"),
]


def blk_device(c: C) -> str:
    r = c.rng
    if c.infant:
        return ""
    kind, model, sn_fn, gtin = r.choice(DEVICES)
    sn = sn_fn(r)
    exp = c.days(r.randint(300, 900)).strftime("%y%m%d")
    lot = alnum(r, 6, UPPER + "0123456789")
    udi = f"(01){gtin}(17){exp}(10){lot}(21){sn}"
    return (f"Implant: {kind} {K('code', model)}, s/n {P('DEVICE', sn)}; UDI {P('DEVICE', udi)}; "
            f"implanted {c.D(c.days(-r.randint(200, 3000)), r.choice(['m/d/Y', 'Month d, Y', 'MON dd Y']))}.\n")


def blk_portal(c: C) -> str:
    r = c.rng
    if c.deceased:
        return ""
    tok = alnum(r, 10, "abcdefghjkmnpqrstuvwxyz23456789")
    url = f"https://portal.{c.dom}/MyChart/Activate?pt={c.mrn}&t={tok}"
    if r.random() < 0.5:
        ip = f"2600:1700:{alnum(r, 4, '0123456789abcdef')}:{alnum(r, 4, '0123456789abcdef')}::{alnum(r, 2, '0123456789abcdef')}"
    else:
        ip = f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    last = c.days(-r.randint(1, 20))
    return (f"Portal: activation link sent {P('URL', url)}; last login {c.D(last, r.choice(['m/d', 'Mon-dd', 'mm/dd/yy']))} "
            f"{r.randint(6, 23)}:{r.randint(10, 59)} from {P('IP', ip)} (user {P('OTHER_ID', ascii_fold(c.pt.family).lower().replace(' ', '')[:7] + str(c.dob.year % 100))}).\n")


PLATE_STATES = {"MO": lambda r: f"{alnum(r, 2, UPPER)}{r.randint(1, 9)}-{alnum(r, 1, UPPER)}{r.randint(1, 9)}{alnum(r, 1, UPPER)}",
                "KS": lambda r: f"{r.randint(100, 999)} {alnum(r, 3, UPPER)}",
                "TX": lambda r: f"{alnum(r, 3, UPPER)}-{r.randint(1000, 9999)}",
                "OK": lambda r: f"{alnum(r, 3, UPPER)}-{r.randint(100, 999)}",
                "AR": lambda r: f"{r.randint(100, 999)} {alnum(r, 3, UPPER)}"}


def blk_vehicle(c: C) -> str:
    r = c.rng
    st = c.state if c.state in PLATE_STATES else r.choice(sorted(PLATE_STATES))
    plate = PLATE_STATES[st](r)
    car = r.choice(["silver Buick LaCrosse", "maroon F-150", "white Equinox", "green Outback", "tan Town & Country"])
    s = f"Transport: family drives a {car}, {st} plate {P('VEHICLE', plate)}"
    if r.random() < 0.5:
        s += f", VIN {P('VEHICLE', vin(r))}"
    s += f"; disability placard {P('OTHER_ID', st + alnum(r, 1, UPPER) + digits(r, 6))}.\n"
    return s


def blk_refs(c: C) -> str:
    r = c.rng
    items = [f"claim {P('OTHER_ID', c.vdate.strftime('%y%j') + alnum(r, 1, UPPER) + digits(r, 5))}",
             f"PA# {P('OTHER_ID', 'AUTH-' + digits(r, 7))}",
             f"acct {P('ACCOUNT', c.acct)}",
             f"ref {P('OTHER_ID', alnum(r, 3, UPPER) + '-' + digits(r, 6))}",
             f"guarantor acct {P('ACCOUNT', 'G' + digits(r, 7))}"]
    r.shuffle(items)
    return "Billing refs: " + " · ".join(items[:r.randint(3, 5)]) + "\n"


VITAL_SETS = [lambda r: f"HR {r.choice([88, 92, 94, 96, 98, 101, 104])}", lambda r: f"SpO2 {r.choice([90, 91, 93, 94, 95, 96])}% RA",
              lambda r: f"{r.choice(['T', 'Temp'])} {r.choice(['99.1', '98.4', '100.3', '97.9'])} {r.choice(['°F', 'F'])}", lambda r: f"RR {r.randint(14, 24)}",
              lambda r: f"BP {r.randint(98, 164)}/{r.randint(52, 92)}", lambda r: f"wt {r.choice(['91.2', '93.4', '96.0', '58.7', '47.3'])} kg",
              lambda r: f"BG {r.choice([92, 97, 104, 131])} mg/dL"]


def blk_vitals(c: C) -> str:
    r = c.rng
    if c.infant or c.deceased:
        return ""
    vs = r.sample(VITAL_SETS, r.randint(3, 5))
    return "Vitals: " + ", ".join(K("vital", v(r)) for v in vs) + f"; {K('score', 'pain ' + str(r.randint(0, 7)) + '/10')}.\n"


MEDS = ["ticagrelor 90 mg BID", "diltiazem ER 180 mg daily", "furosemide 40 mg daily", "levothyroxine 100 mcg daily",
        "morphine 5 mg/0.25 mL SL q2h PRN", "haloperidol 0.5 mg q4h PRN", "apixaban 2.5 mg BID", "donepezil 10 mg qHS",
        "senna 8.6 mg 2 tabs qHS", "acetaminophen 650 mg q6h PRN", "metoprolol succinate 25 mg daily",
        "tamsulosin 0.4 mg qHS", "memantine 10 mg BID", "lorazepam 0.5 mg q6h PRN anxiety", "sertraline 50 mg daily",
        "insulin glargine 14 units qHS", "carvedilol 6.25 mg BID", "spironolactone 25 mg daily"]
LABS = ["Alb 2.9 g/dL", "Cr 1.4 mg/dL", "eGFR 41 mL/min/1.73m²", "Hgb 9.6 g/dL", "INR 2.3", "BNP 910 pg/mL",
        "glucose 97 mg/dL", "Na 131 mmol/L", "K 5.2 mmol/L", "prealbumin 11 mg/dL", "TSH 3.1 mIU/L", "Plt 96 K/µL",
        "WBC 12.4 K/µL", "lactate 2.1 mmol/L"]


def blk_meds(c: C) -> str:
    if c.infant:
        return ""
    ms = c.rng.sample(MEDS, 3)
    return "Active meds: " + "; ".join(K("drug", m) for m in ms) + ".\n"


def blk_labs(c: C) -> str:
    r = c.rng
    if c.infant:
        return ""
    ls = r.sample(LABS, 3)
    return (f"Labs {c.D(c.days(-r.randint(1, 21)), r.choice(['m/d', 'Mon-dd', 'ddMONyy', 'm.d.yy']))}: " + ", ".join(K("lab", x) for x in ls)
            + f" (LOINC {K('code', r.choice(['1751-7', '2160-0', '718-7', '6301-6', '30934-4', '2951-2']))}).\n")


ABROAD_LANG = {"UK": None, "Canada": None, "Mexico": "es", "Philippines": "tl", "Germany": None, "India": "hi",
               "Nigeria": "yo", "Vietnam": "vi", "Greece": "el", "Russia": "ru", "Ireland": None, "Korea": "ko",
               "China": "zh", "Poland": "pl", "Netherlands": "nl", "Jordan": "ar"}


def blk_abroad(c: C) -> str:
    r = c.rng
    origin = COUNTRY_ADDR.get(c.pt.country) if r.random() < 0.65 else None
    lines, _, country, fph = foreign_address(r, origin)
    opts = ["brother", "sister", "nephew", "niece", "son", "daughter"] + (["mother", "father"] if 0 < c.age < 66 else [])
    relw = r.choice(opts)
    given = None
    if origin and c.pt.country in COUNTRY_GIVEN:
        fem = relw in FEM_REL
        pool = [g for g in COUNTRY_GIVEN[c.pt.country][0 if fem else 1] if g not in c.used]
        given = r.choice(pool) if pool else None
    rel = c.rel(relw, same_family=bool(origin) and r.random() < 0.85 or r.random() < 0.4, phone=False, given=given)
    c.rels[-1] = (rel, c.rels[-1][1], fph)
    lang = ABROAD_LANG[country]
    s = f"Family abroad ({country}): {relw} {c.nm(rel)}, " + ", ".join(lines) + f"; {P('PHONE', fph)} (WhatsApp)"
    if lang and c.age and r.random() < 0.75:
        n = _rel_age(c, relw)
        if 16 <= n <= 106:
            s += f"; age as the family wrote it: {c.agelang(n, lang)}"
    return s + ".\n"


def blk_timeline(c: C) -> str:
    r = c.rng
    if c.infant or c.deceased:
        return ""
    seq = ["fall at home", "ED visit", "admitted", "discharged", "home health SOC", "PT eval", "PCP follow-up"]
    ev = [seq[i] for i in sorted(r.sample(range(len(seq)), 4))]
    offs = sorted(r.sample(range(-40, 1), 4))
    styles = r.sample(["the ordof", "Mon-dd", "m.d.yy", "ddMONyy", "wk of", "Y/mm/dd", "d Mon yy", "Mon dth 'yy", "dow m/d"], 4)
    return "Timeline: " + " → ".join(f"{e} {c.D(c.days(o), s)}" for e, o, s in zip(ev, offs, styles)) + ".\n"


def blk_staff(c: C) -> str:
    r = c.rng
    roles = r.sample([("RN case manager", "RN"), ("social worker", "LCSW"), ("chaplain", "BCC"),
                      ("home health aide", "HHA"), ("dietitian", "RD, LD"), ("physical therapist", "DPT"),
                      ("pharmacist", "PharmD")], 3)
    rows = ["Care team            | Name                        | Contact"]
    for role, cred in roles:
        p = c.clin(role, cred)
        contact = r.choice([f"pgr {r.randint(2000, 4999)}", f"x{r.randint(2000, 7999)}", P("PHONE", us_phone(r)), "—"])
        rows.append(f"{role:<20} | {c.nm(p, r.choice(['gf', 'Fg', 'init']))}, {cred} | {contact}")
    return "\n".join(rows) + "\n"


def blk_email(c: C) -> str:
    r = c.rng
    rel = c.rels[0][0] if c.rels and r.random() < 0.6 else c.rel(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.5)
    em = make_email(r, rel)
    sent = c.days(-r.randint(0, 3))
    return (f"Fwd from family — From: {c.nm(rel)} <{P('EMAIL', em)}> · Sent: {DOW[sent.weekday()]}, {P('DATE', sent.strftime('%B') + ' ' + str(sent.day) + ', ' + str(sent.year))}\n"
            f"> please send the paperwork to me, not to {P('NAME', c.pt.call.lower() if r.random() < 0.5 else c.pt.call)}'s old address\n")


FHX_CAUSES = [("eponym", "Alzheimer's disease"), ("eponym", "Parkinson's disease"), ("diagnosis", "stroke"),
              ("diagnosis", "MI"), ("diagnosis", "CHF"), ("diagnosis", "colon cancer"), ("eponym", "Hodgkin lymphoma"),
              ("eponym", "Hashimoto thyroiditis"), ("diagnosis", "type 2 diabetes"), ("diagnosis", "hip fracture"),
              ("eponym", "Graves disease"), ("diagnosis", "pneumonia"), ("eponym", "Bell palsy"),
              ("eponym", "Huntington disease")]


def blk_fhx(c: C) -> str:
    r = c.rng
    if c.infant:
        return ""
    a = c.age
    rels = r.sample(["mother", "father", "maternal grandmother", "paternal grandfather", "older sister", "older brother",
                     "aunt (mother's side)"], 3)
    out = []
    causes = r.sample(FHX_CAUSES, len(rels))
    for rel, (kind, cause) in zip(rels, causes):
        cz = K(kind, cause)
        gen = 2 if "grand" in rel else 1 if rel in ("mother", "father", "aunt (mother's side)") else 0
        alive_age = a + (r.randint(22, 34) if gen == 1 else r.randint(46, 60) if gen == 2 else r.randint(1, 8))
        top = min(104, a + 8) if gen == 0 else min(104, a + 36) if gen == 1 else 104
        if alive_age <= 104 and r.random() < 0.4:
            n = alive_age
            f = r.choice(["{rel}: living, {n}, {cz}", "{rel} ({ny}) — {cz}", "{rel} alive at {n}, {cz}"])
            ny = c.age_txt(n=n, form=r.choice(["yo", "y.o.", "yrs"]))
        else:
            lo = min(58, max(18, top - 10))
            n = r.choice([r.randint(lo, top), r.randint(max(lo, min(90, top)), top)])
            f = r.choice(["{rel} d. at {n} ({cz})", "{rel} died at {ny} of {cz}", "{rel} — {cz}, age at death {n}",
                          "{rel} lived to {w} ({cz})"])
            ny = c.age_txt(n=n, form="n y")
        w = (P("AGE_OVER_89", words(n)) if n > 89 else K("age", words(n)))
        out.append(f.format(rel=rel.capitalize() if not out else rel, n=c.agecell(n), ny=ny, w=w, cz=cz))
    return "FHx: " + "; ".join(out) + ".\n"


NARRATIVE = [
    "Denies chest pain or palpitations; mild dyspnea on exertion, none at rest.",
    "Skin warm and dry; no new pressure areas on the heels or coccyx.",
    "Fall precautions reviewed; call light and walker within reach.",
    "Ambulated 96 ft with a rolling walker and standby assist before resting.",
    "Appetite fair, about half of meals; encouraged small frequent snacks.",
    "Sleeping in the recliner most nights because of orthopnea.",
    "Bowel regimen adjusted; last BM two days ago, soft.",
    "Reviewed the medication list line by line with the caregiver; pill organizer filled.",
    "Education given on when to call 911 versus the after-hours line; teach-back done.",
    "Oriented to person and place, not to date; follows one-step commands.",
    "Lungs with scattered crackles at both bases; no wheeze.",
    "Trace pedal edema bilaterally, improved from 2+ last week.",
    "No signs of infection at the line site; dressing clean, dry and intact.",
    "Pain controlled on the current regimen; no breakthrough doses overnight.",
    "Goals reviewed: comfort, staying at home, avoiding rehospitalization.",
    "Declined the flu shot again today; reasons documented.",
    "Uses reading glasses and bilateral hearing aids; speak slowly and face the patient.",
    "Stairs managed with one rail and step-to pattern; 14 steps to the bedroom.",
    "Oxygen tubing 50 ft, concentrator kept away from the stove; no smoking in the home.",
    "Interpreter offered; family prefers to interpret, risks explained.",
]
NARRATIVE_K = [
    lambda r: f"Screening: {K('score', 'PHQ-2 ' + str(r.randint(0, 3)))}, {K('score', 'Mini-Cog ' + str(r.randint(1, 5)) + '/5')}.",
    lambda r: f"{K('eponym', 'Braden')} {K('score', str(r.randint(12, 20)))}; turning q2h encouraged.",
    lambda r: f"{K('eponym', 'Epworth Sleepiness Scale')} {K('score', str(r.randint(4, 15)))} today.",
    lambda r: f"Weight trend stable; {K('vital', 'wt ' + str(r.choice([91, 93, 96, 98])) + ' lb')} on the home scale.",
    lambda r: f"{K('eponym', 'Karnofsky')} {K('score', str(r.choice([40, 50, 60])))}; spends most of the day in a chair.",
    lambda r: f"Glucose log reviewed: fasting {K('lab', str(r.choice([92, 97, 104, 118])) + ' mg/dL')} average.",
    lambda r: f"Neuro: {K('eponym', 'Babinski sign')} absent; no facial droop to suggest {K('eponym', 'Bell palsy')}.",
    lambda r: f"No tick bites this season; {K('eponym', 'Lyme disease')} and {K('eponym', 'Rocky Mountain spotted fever')} serologies negative.",
    lambda r: f"Problem list: heart failure (SNOMED {K('code', '84114007')}), CKD 3b (SNOMED {K('code', '700379002')}).",
]


def blk_narrative(c: C) -> str:
    r = c.rng
    if c.infant or c.deceased:
        return ""
    s = r.sample(NARRATIVE, r.randint(2, 3)) + ([r.choice(NARRATIVE_K)(r)] if r.random() < 0.6 else [])
    r.shuffle(s)
    return " ".join(s) + "\n"


PLAN_ITEMS = [
    "continue current regimen, recheck in 1 wk", "PT/OT to continue 2x/wk", "call if weight up 3 lb in a day or 5 lb in a week",
    "aide visits 3x/wk for bathing", "SW to follow up on caregiver respite", "keep the follow-up with cardiology",
    "pharmacy to deliver blister packs weekly", "reinforce fluid restriction 1.5 L/day", "skin checks with every visit",
    "repeat BMP in 1 wk", "update the emergency contact sheet on the fridge", "chaplain visit offered, family to decide",
    "no driving until cleared", "home safety items ordered", "hold parameters reviewed with the caregiver",
]


def blk_plan(c: C) -> str:
    r = c.rng
    if c.deceased or c.infant:
        return ""
    items = r.sample(PLAN_ITEMS, r.randint(2, 4))
    return "Plan: " + " ".join(f"{i}) {t};" for i, t in enumerate(items, 1))[:-1] + ".\n"


def blk_foreign_doc(c: C) -> str:
    r = c.rng
    lang = COUNTRY_LANG.get(c.pt.country)
    if not lang or lang == "yo":
        return ""
    style = {"es": "es", "ar": "ar", "vi": "vi", "zh": "zh", "ko": "ko", "hi": "hi", "ru": "ru", "el": "el",
             "pl": "pl", "tl": "tl", "nl": "nl"}[lang]
    span = (c.vdate - c.dob).days
    issued = c.days(-r.randint(min(60, span // 2), max(min(60, span // 2) + 1, min(5000, span - 30))))
    doc = {"es": "pasaporte / acta de nacimiento", "ar": "passport (Arabic page)", "vi": "hộ chiếu", "zh": "户口簿 (household register)",
           "ko": "주민등록초본", "hi": "Aadhaar letter", "ru": "паспорт", "el": "ταυτότητα", "pl": "dowód osobisty",
           "tl": "PSA birth certificate", "nl": "paspoort"}[lang]
    name = c.nm(c.pt, "script") if c.pt.script else c.nm(c.pt, r.choice(["caps", "gf"]))
    return (f"Foreign document on file ({LANG_DATE[lang]}; {doc}): holder {name}, born {c.D(c.dob, style)}, "
            f"issued {c.D(issued, style)}; no. {P('OTHER_ID', alnum(r, 1, UPPER) + digits(r, 8))}.\n")


BLOCKS = [blk_foreign_doc, blk_plan, blk_narrative, blk_fhx, blk_sms, blk_household, blk_coverage, blk_directions, blk_device, blk_portal, blk_vehicle, blk_refs,
          blk_vitals, blk_meds, blk_labs, blk_abroad, blk_timeline, blk_staff, blk_email]


# ---------------------------------------------------------------- signatures

def signature(c: C, p: Person) -> str:
    r = c.rng
    k = r.randrange(9)
    if k == 0:
        return (f"Auth: {P('PROVIDER_NAME', p.family.upper())}, {P('PROVIDER_NAME', p.given)} ({p.cred}) · "
                f"{c.D(c.vdate, r.choice(['Y/mm/dd', 'ddMONyy', 'iso (dow)']))} · {r.randint(7, 22):02d}{r.randint(0, 59):02d}\n")
    if k == 1:
        mt = c.other()
        return (f"Dictated by: {c.sig(p)}\nTranscribed by: {c.nm(mt)} (MT) · D: {c.D(c.vdate, 'm.d.yy')} T: "
                f"{c.D(c.days(1), 'm.d.yy')} · voice file {P('OTHER_ID', digits(r, 8))}\n")
    if k == 2:
        return (f"--\nSent from my iPhone\n{c.sig(p)} | {c.fac} | cell {P('PHONE', us_phone(r))}\n")
    if k == 3:
        lic = f"{r.choice(['MO', 'KS', 'OK', 'AR', 'TX'])} {'RN' if 'RN' in p.cred else 'MD' if p.cred in ('MD', 'DO') else 'LIC'} {digits(r, 10)}"
        return f"{c.nm(p, 'initials')} / {c.sig(p)} / lic {P('LICENSE', lic)}\n"
    if k == 4:
        return f"[e-signature on file] {c.sig(p)} — {c.D(c.vdate, 'ddMONyy')}\n"
    if k == 5:
        return (f"Attestation: I saw and examined the patient and agree with the above. {c.sig(p)}, NPI {P('OTHER_ID', npi(r))}\n")
    if k == 6:
        sup = c.clin("supervising physician", r.choice(["MD", "DO"]))
        return f"Reviewed & co-signed: {c.title(sup)} ({c.nm(sup, 'init')}) for {c.sig(p)}\n"
    if k == 7:
        pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]), team=False)
        return (f"{c.sig(p)}\ncc: {c.nm(pcp, 'Fg')}, {pcp.cred} (PCP) fax {P('FAX', us_phone(r, 'a-b-c'))} · chart\n")
    return f"Electronically authenticated by {c.sig(p)} on {c.D(c.vdate, r.choice(['Month d, Y', 'mm/dd/Y', 'Y-mm-dd']))} at {r.randint(7, 22):02d}{r.randint(0, 59):02d} CDT\n"


# ---------------------------------------------------------------- note bodies (30 types)

TERMINAL_DX = [("Alzheimer's disease", "G30.1", "FAST 7c"), ("end-stage heart failure", "I50.22", "NYHA IV"),
               ("COPD with chronic hypoxemia", "J44.1", "mMRC 4"), ("Parkinson's disease", "G20.A1", "HY"),
               ("adult failure to thrive", "R62.7", "PPS 30%"), ("end-stage renal disease, no dialysis", "N18.6", "PPS 40%")]


def b_hospice_recert(c: C) -> str:
    r = c.rng
    np_ = c.clin("hospice NP", r.choice(["APRN, FNP-C", "MSN, AGNP-C"]))
    md = c.clin("hospice medical director", "MD")
    bp = r.randint(3, 7)
    start = c.days(r.randint(-3, 5))
    end = start + dt.timedelta(days=59)
    dx, code, stage = r.choice(TERMINAL_DX)
    rel = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband", "niece"]))
    mac = round(r.uniform(17.5, 22.0), 1)
    return (f"HOSPICE RECERTIFICATION — BENEFIT PERIOD {bp} (60 days)\n"
            f"Pt: {c.nm(c.pt, 'Fgm')}   Hospice ID {P('MRN', c.mrn)}   MBI {c.hp_medicare()}\n"
            f"BP{bp}: {c.D(start, 'mm/dd/yy')} – {c.D(end, 'mm/dd/yy')}   F2F visit: {c.D(c.days(-r.randint(2, 25)), r.choice(['the ordof', 'Mon-dd', 'm.d.yy']))}\n"
            f"Terminal dx: {K('diagnosis', dx)} ({K('code', code)}); "
            f"{(K('eponym', 'Hoehn and Yahr') + ' ' + K('score', '5')) if stage == 'HY' else K('score', stage)}.\n"
            f"Decline since last cert: wt {K('vital', str(round(r.uniform(38, 58), 1)) + ' kg')} (was {round(r.uniform(59, 64), 1)}), "
            f"MAC {K('lab', f'{mac} cm')}, {K('eponym', 'Karnofsky')} {K('score', str(r.choice([20, 30, 40])))}, "
            f"{K('eponym', 'Braden')} {K('score', str(r.randint(9, 13)))}; eats <25% of meals; bedbound since {c.D(c.days(-r.randint(30, 90)), 'Mon-dd')}.\n"
            f"Pt is {c.age_txt(forms=['a year-old', 'y.o.', 'w-year-old', 'yo', 'yoa', 'y-o', 'aged w', 'y and m', 'yrs old'])}; {c.rels[-1][1]} {c.nm(rel)} is primary caregiver "
            f"({P('PHONE', c.relph(rel))}).\n"
            + c.age_event() + f"F2F performed by {c.sig(np_)}; findings shared with {c.title(md)}.\n"
            f"I certify that the prognosis is 6 months or less if the illness runs its normal course. — {c.nm(md, 'init')}, MD\n")


def b_bedboard(c: C) -> str:
    r = c.rng
    rn = c.clin("ED RN", "RN")
    doc = c.clin("ED physician", r.choice(["MD", "DO", "PA-C"]))
    cc = r.choice(["fall, L hip pain", "SOB", "AMS", "syncope", "weakness", "CP"])
    rows = [f"ED TRACKING BOARD · export {c.D(c.vdate, 'Y-mm-dd')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} · Zone B",
            "Rm  | Patient               | Age/Sx | CC               | ESI | RN       | Prov      | Dispo"]
    age = (c.agecell() if c.age else K("age", f"{c.months}mo"))
    rows.append(f"B{r.randint(1, 9)}  | {P('NAME', c.pt.family.upper())}, {P('NAME', c.pt.given)} | {age}/{c.pt.sex} | {cc} | "
                f"{r.randint(2, 3)} | {c.nm(rn, 'init')} | {c.nm(doc, 'family')} | Admit {r.choice(['Hosp', 'Ortho', 'Tele'])}")
    for _ in range(2):
        o = c.other()
        n = r.choice([r.randint(19, 88), r.randint(90, 103)])
        rows.append(f"B{r.randint(10, 19)} | {P('NAME', o.family.upper())}, {P('NAME', o.given)} | {c.agecell(n)}/{o.sex} | "
                    f"{r.choice(['abd pain', 'lac R hand', 'HA', 'fever', 'back pain', 'dizzy'])} | {r.randint(3, 5)} | "
                    f"{c.nm(rn, 'init')} | {c.nm(doc, 'family')} | {r.choice(['WR', 'Dispo', 'Labs pending', 'D/C'])}")
    rel = c.rel(r.choice(["son", "daughter", "husband", "wife", "grandson"]))
    rows.append(f"Comments (first row): {c.rels[-1][1]} {c.nm(rel, 'given')} in lobby, cb {P('PHONE', c.relph(rel))}; "
                f"MRN {P('MRN', c.mrn)}; FIN {P('ACCOUNT', c.acct)}; EMS run {P('OTHER_ID', c.vdate.strftime('%y') + '-' + digits(r, 6))}; "
                f"{K('lab', 'trop 0.04 ng/mL')}, {K('code', 'ECG: NSR')}; bed req {P('OTHER_ID', 'BR' + digits(r, 6))}.")
    return "\n".join(rows) + "\n"


def b_wc_froi(c: C) -> str:
    r = c.rng
    sup = c.other()
    hr = c.other()
    wit = c.other()
    doc = c.clin("occupational medicine physician", r.choice(["MD", "DO", "PA-C"]))
    inj = r.choice([("R rotator cuff strain", "S46.011A", "Hawkins-Kennedy test", "Speed's test"),
                    ("L knee sprain, r/o meniscal tear", "S83.92XA", "Thessaly test", "Lachman test"),
                    ("lumbar strain", "S39.012A", "straight-leg raise", "FABER test")])
    doj = c.days(-r.randint(1, 6))
    return (f"EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS\nWC claim # {P('OTHER_ID', f'WC-{doj.year % 100}-{digits(r, 6)}')} · "
            f"carrier claim {P('OTHER_ID', digits(r, 3) + '-' + digits(r, 7))}\n"
            f"1. Employee: {c.nm(c.pt, 'FG')} · SSN {P('SSN', c.ssn)} · DOB {c.Dob('mm/dd/Y')} · {c.age_txt(form='Age')} · Sex {c.pt.sex}\n"
            f"2. Home: {c.addr_inline()} · Ph {P('PHONE', c.phone)}\n"
            f"3. Occupation: warehouse selector · Employee ID {P('OTHER_ID', 'E' + digits(r, 6))} · hired {c.D(c.days(-r.randint(200, 4000)), 'm/d/Y')}\n"
            f"4. Date of injury: {c.D(doj, r.choice(['the ordof', 'Month d, Y', 'dow m/d']))}, approx 07{r.randint(10, 59)} · reported to supervisor "
            f"{c.nm(sup)} same day\n"
            f"5. How: lifting a 40-lb case from the bottom pallet, felt a pop.\n"
            f"6. Treating: {c.sig(doc)}; dx {K('diagnosis', inj[0])} ({K('code', inj[1])}); {K('eponym', inj[2])} positive, "
            f"{K('eponym', inj[3])} negative; {K('drug', 'naproxen 500 mg BID x 10 days')}; light duty, no lifting >10 lb.\n"
            f"7. Witness: {c.nm(wit)}, {P('PHONE', us_phone(r))}\n"
            f"Prepared by {c.nm(hr)} (HR), {P('EMAIL', ascii_fold(hr.given).lower()[0] + ascii_fold(hr.family).lower().replace(' ', '') + '@midplainsdist.example')}\n")


def b_optometry(c: C) -> str:
    r = c.rng
    od = c.clin("optometrist", "OD")
    sal = ("Mr. " if c.pt.sex == "M" else "Ms. ") + P("NAME", c.pt.family)
    tok = alnum(r, 8, "abcdefghjkmnpqrstuvwxyz23456789")
    dx = r.choice([("diabetic retinopathy without macular edema", "E11.3293"), ("primary open-angle glaucoma, mild", "H40.1131"),
                   ("age-related nuclear cataract", "H25.13"), ("dry age-related macular degeneration", "H35.3131")])
    return (f"{c.D(c.vdate, 'Month d, Y')}\n\n{c.nm(c.pt, 'caps')}\n" + "\n".join(c.addr_lines) + "\n\n"
            f"Dear {sal},\n"
            f"Our records show your last comprehensive eye exam was on {c.D(c.days(-r.randint(400, 800)), r.choice(['m.d.yy', 'mm/dd/yy', 'Month d, Y']))}. "
            f"Because of your {K('diagnosis', dx[0])} ({K('code', dx[1])}), we recommend a visit every 12 months. "
            f"Last time your pressures were {K('lab', f'IOP {r.randint(14, 24)}/{r.randint(14, 24)} mmHg')} by {K('eponym', 'Goldmann applanation')}"
            f" and your {K('eponym', 'Humphrey')} 24-2 field was stable.\n"
            f"Please call {P('PHONE', us_phone(r, '(a) b-c'))} or book at {P('URL', f'https://eyes.{c.dom}/recall?p={c.mrn}&k={tok}')}. "
            f"Patient ID {P('MRN', c.mrn)}. Vision plan member ID on file: {P('HEALTH_PLAN', digits(r, 9) if r.random() < 0.5 else 'VSP' + digits(r, 8))}.\n"
            + (f"(Our file lists you as {c.age_txt(forms=['yrs', 'y.o.', 'yo', 'yoa', 'y and m'])}; if that is wrong, tell us.)\n" if r.random() < 0.5 else "")
            + f"Sincerely,\n{c.title(od)} ({c.nm(od, 'init')}, {od.cred})\n")


def b_courier(c: C) -> str:
    r = c.rng
    cour = c.other()
    st = c.state if c.state in PLATE_STATES else r.choice(sorted(PLATE_STATES))
    mls = c.clin("lab accessioner", "MLS(ASCP)")
    crn = c.clin("clinic RN", "RN")
    rows = [f"SPECIMEN TRANSPORT MANIFEST {P('OTHER_ID', 'MAN-' + c.vdate.strftime('%y%m%d') + '-' + str(r.randint(10, 40)))} · route {r.randint(2, 9)}",
            f"Courier: {c.nm(cour)} · badge {P('OTHER_ID', str(r.randint(1000, 9999)))} · car {st} {P('VEHICLE', PLATE_STATES[st](r))} · cell {P('PHONE', us_phone(r))}",
            f"Pickup {c.D(c.vdate, r.choice(['Mon-dd', 'm/d', 'ddMONyy']))} {r.randint(10, 16)}:{r.randint(10, 59)} · cooler 2–8 °C",
            "# | Accession     | Patient                 | DOB        | Tubes      | Tests"]
    pts = [(c.pt, c.dob, True)]
    for _ in range(2):
        o = c.other()
        pts.append((o, c.days(-365 * r.randint(20, 96) - r.randint(1, 300)), False))
    r.shuffle(pts)
    tests = [["CMP", "HbA1c"], ["CBC w/ diff", "TSH"], ["lipid panel", "PSA"], ["BMP", "Mg"], ["INR"]]
    for i, (p, dob, is_pt) in enumerate(pts, 1):
        acc = f"{c.vdate.strftime('%y')}-{c.vdate.timetuple().tm_yday:03d}-{zdigits(r, 5)}"
        ts = r.choice(tests)
        rows.append(f"{i} | {P('OTHER_ID', acc)} | {c.nm(p, 'Fg')} | {P('DATE', dob.strftime('%m/%d/%Y'))} | "
                    f"{r.choice(['SST×1', 'LAV×1', 'SST×1, LAV×1', 'LT BLU×1'])} | " + ", ".join(K("lab", t) for t in ts))
    row_i = [i for i, (p, _, is_pt) in enumerate(pts, 1) if is_pt][0]
    rows.append(f"Discrepancy: label DOB on tube {row_i} ≠ requisition; called {c.sig(crn)}, relabeled per policy.")
    rows.append(f"Received by {c.nm(mls, 'init')}, {mls.cred} · MRN {P('MRN', c.mrn)} confirmed.")
    return "\n".join(rows) + "\n"


def b_vm_refill(c: C) -> str:
    r = c.rng
    rph = c.clin("pharmacist", "PharmD")
    rel = c.rel(r.choice(["daughter", "son", "granddaughter"]), same_family=r.random() < 0.6)
    rx = digits(r, 7)
    drug, full = r.choice([("metoprolol", "metoprolol succinate ER 25 mg 1 tab daily"), ("furosemide", "furosemide 20 mg 1 tab daily"),
                           ("amlodipine", "amlodipine 5 mg 1 tab daily"), ("donepezil", "donepezil 10 mg 1 tab at bedtime")])
    t = f"{r.randint(8, 11)}:{r.randint(10, 59)} AM"
    age_bit = ""
    if c.age > 89 or r.random() < 0.5:
        age_bit = f" i'm {P('AGE_OVER_89', words(c.age, hyphen=False)) if c.age > 89 else K('age', words(c.age, hyphen=False))} years old so go easy on me"
    return (f"PHARMACY REFILL LINE — voicemail transcript (auto, unedited) · rec'd {c.D(c.vdate, 'm/d/Y')} {t} · from {P('PHONE', c.phone)}\n"
            f"\"hi this is {c.nm(c.pt, 'lower')} um my birthday is "
            f"{P('DATE', fdate(c.dob, 'spokenY')[1])}{age_bit} i need my {K('drug', drug)} the twenty five milligram "
            f"the prescription number is {P('OTHER_ID', spoken_digits(rx, r))} you can call me back at "
            f"{P('PHONE', spoken_digits(c.phone, r))} or my {c.rels[-1][1]} {P('NAME', rel.given.lower())} at "
            f"{P('PHONE', spoken_digits(c.relph(rel), r))} okay thank you bye\"\n"
            f"— RPh note: called back {c.D(c.vdate, 'm/d')} {r.randint(12, 17)}:{r.randint(10, 59)}, verified name/DOB ({c.Dob('mm/dd/Y')}). "
            f"Rx #{P('OTHER_ID', rx)} {K('drug', full)}; refill due {c.D(c.days(r.randint(1, 6)), 'Mon-dd')}, Part D ID "
            f"{P('HEALTH_PLAN', c.mbi if r.random() < 0.3 else 'M' + digits(r, 9))}. Delivery to home address. {c.sig(rph)}\n")


def b_ad_witness(c: C) -> str:
    r = c.rng
    agent = c.rel(r.choice(["daughter", "son", "niece", "nephew", "wife" if c.pt.sex == "M" else "husband"]))
    agent_rel = c.rels[-1][1]
    alt = c.rel(r.choice(["granddaughter", "grandson", "sister", "brother"]), same_family=r.random() < 0.5)
    w1, w2 = c.other(), c.other()
    notary = c.other()
    w1addr, _, _, _ = us_address(r)
    n = c.age
    legal = (P("AGE_OVER_89", words(n)) + " (" + P("AGE_OVER_89", f"{n} years") + ") of age") if n > 89 else \
        (K("age", words(n)) + " (" + K("age", f"{n} years") + ") of age")
    county = c.county()
    return (f"ADVANCE DIRECTIVE — PAGE 4 OF 4: SIGNATURES, WITNESSES, NOTARY\n"
            f"I, {c.nm(c.pt, 'caps')}, of {c.addr_inline()}, being of sound mind and {legal}, sign this {K('abbreviation', 'DPOA-HC')} "
            f"and living {K('word', 'will')} {c.D(c.vdate, 'ordday')}.\n"
            f"Agent: {c.nm(agent)} ({agent_rel}), {P('PHONE', c.relph(agent))}; alternate agent: {c.nm(alt)}, {P('PHONE', c.relph(alt))}.\n"
            f"My wishes: no {K('abbreviation', 'CPR')}, no mechanical ventilation, a time-limited trial of artificial nutrition; copy to my {K('abbreviation', 'POLST')}.\n"
            f"WITNESS 1 — printed name: {c.nm(w1)} · address: " + ", ".join(w1addr) + f" · date: {c.D(c.vdate, 'mm/dd/Y')}\n"
            f"WITNESS 2 — printed name: {c.nm(w2, 'caps')} · date: {c.D(c.vdate, 'mm/dd/Y')}\n"
            f"(Neither witness is the agent, a relative, or employed by my health care provider.)\n"
            f"NOTARY: State of {c.state or 'Missouri'}, County of {P('CITY', county)}. Subscribed and sworn before me on "
            f"{c.D(c.vdate, 'Month d, Y')} by {c.nm(c.pt)}. {c.nm(notary)}, Notary Public, commission {P('LICENSE', digits(r, 8))}.\n")


def b_amb_billing(c: C) -> str:
    r = c.rng
    medic = c.clin("paramedic", "NRP")
    emt = c.clin("EMT", "EMT-B")
    pcs = c.clin("ED physician", "MD", team=False)
    resp = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband"]), phone=True)
    scene = r.choice(["home", "mm", "store"])
    if scene == "home" or c.abroad:
        pick = "residence (above)"
    elif scene == "mm":
        pick = P("ADDRESS", f"US-{r.choice([54, 65, 83, 281])} {r.choice(['NB', 'SB'])} at MM {r.randint(12, 240)}")
    else:
        pick = "Dollar General lot, " + P("ADDRESS", f"{r.randint(100, 2999)} {r.choice(STREETS)}")
    lvl = r.choice([("A0427", "ALS1-emergency"), ("A0429", "BLS-emergency"), ("A0433", "ALS2")])
    icd = r.choice(["S72.001A", "R55", "I48.91", "J44.1", "R41.82"])
    sec = (f"Secondary: {c.hp_medicaid()}" if r.random() < 0.5 else
           f"Secondary: Medicare Supplement Plan G, ID# {P('HEALTH_PLAN', digits(r, 11))}")
    prim = f"Primary: Medicare Part B · MBI {c.hp_medicare()}" if c.medicare else f"Primary: {c.plan} · Mbr {P('HEALTH_PLAN', c.member)} · Grp {P('HEALTH_PLAN', c.group)}"
    f837 = ""
    if c.state and not c.abroad and c.city:
        f837 = (f"837P preview: NM1*QC*1*{P('NAME', ascii_fold(c.pt.family).upper())}*{P('NAME', ascii_fold(c.pt.given).upper())}~"
                f"N3*{remark(c.addr_lines[0], str.upper)}~N4*{P('CITY', c.city.upper())}*{c.state}*{P('ZIP', c.addr['postalCode'])}~\n")
    return (f"AMBULANCE BILLING FACE SHEET · Run # {P('OTHER_ID', c.vdate.strftime('%Y') + '-' + zdigits(r, 5))} · Incident # "
            f"{P('OTHER_ID', 'I' + digits(r, 8))} · DOS {c.D(c.vdate, r.choice(['mm/dd/Y', 'ddMONyy', 'MON dd Y']))}\n"
            f"Patient: {c.nm(c.pt, 'FG')} · DOB {c.Dob()} · {c.age_txt(forms=['Age', 'yrs', 'n y', 'yr-old', 'yoa'])} · SSN {P('SSN', c.ssn)}\n"
            f"Home: {c.addr_inline()} · Ph {P('PHONE', c.phone)}\n"
            f"Pickup: {pick} · Destination: {r.choice(HOSPITALS)} ED · loaded mi {r.randint(3, 38)}.{r.randint(0, 9)}\n"
            f"Level {K('code', lvl[0])} {lvl[1]}; mileage {K('code', 'A0425')}; ICD-10 {K('code', icd)}\n"
            f"{prim}\n{sec}\n"
            f"Resp. party: {c.nm(resp, 'Fg')} ({c.rels[-1][1]}), {P('PHONE', c.relph(resp))}\n"
            f"Crew: {c.sig(medic)} (NREMT {P('LICENSE', 'P' + digits(r, 7))}); {c.nm(emt, 'init')}, EMT-B · unit Medic {r.randint(2, 19)}\n"
            f"PCS signed by {c.title(pcs)}, {c.D(c.vdate, 'm/d/Y')}\n" + f837)


def b_oasis(c: C) -> str:
    r = c.rng
    rn = c.clin("home health RN", "RN")
    soc = c.vdate
    cg = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband", "granddaughter"]))
    mid = c.pt.middle or "—"
    zipv = P("ZIP", c.addr["postalCode"]) if c.addr.get("postalCode") else "—"
    mc = c.mcaid[2] if r.random() < 0.4 else None
    return ("OASIS-E START OF CARE (excerpt)\n"
            f"M0020 Patient ID: {P('MRN', c.mrn)}\n"
            f"M0030 SOC date: {c.D(soc, 'mm/dd/Y')}    M0102 physician-ordered SOC: {c.D(c.days(-r.randint(0, 3)), 'mm/dd/Y')}\n"
            f"M0040 First: {P('NAME', c.pt.given)}  MI: {P('NAME', mid) if c.pt.middle else mid}  Last: {P('NAME', c.pt.family)}\n"
            f"M0050 State: {c.state or 'MO'}   M0060 ZIP: {zipv}\n"
            f"M0063 Medicare #: {c.hp_medicare(False)}   M0064 SSN: {P('SSN', c.ssn.replace('-', ''))}   "
            f"M0065 Medicaid #: {P('HEALTH_PLAN', mc) if mc else 'NA'}\n"
            f"M0066 Birth date: {c.D(c.dob, 'mm/dd/Y')}   M0069 Gender: {'2-Female' if c.pt.sex == 'F' else '1-Male'}\n"
            f"M0104 Referral date: {c.D(c.days(-r.randint(2, 6)), 'mm/dd/Y')}\n"
            f"M1021 Primary dx: {K('code', 'I50.32')} {K('diagnosis', 'chronic diastolic heart failure')}\n"
            f"M1033 risk: 1, 2, 4 · M1800 grooming 2 · M1860 ambulation 3 · GG0170C {K('score', '03')}\n"
            f"{K('eponym', 'Morse Fall Scale')} {K('score', str(r.choice([45, 55, 65, 75])))}; {K('score', f'TUG {r.randint(14, 32)} s')}; "
            f"{K('score', 'PHQ-2 ' + str(r.randint(0, 4)))}\n"
            f"Pt {c.age_txt(form=r.choice(['is n', 'ym', 'y.o.']))}, lives with {c.rels[-1][1]} {c.nm(cg)} ({P('PHONE', c.relph(cg))}).\n"
            + c.age_event() + f"Assessing clinician: {c.sig(rn)}\n")


def b_wound_photo(c: C) -> str:
    r = c.rng
    wn = c.clin("wound nurse", "CWOCN, RN")
    cons = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband"]), phone=False)
    d1 = c.vdate
    d0 = c.days(-7)
    lat = f"{r.uniform(31, 46):.4f}, -{r.uniform(85, 110):.4f}"
    pump = "VNKL" + digits(r, 6)
    mrn_f = c.mrn.replace("-", "")
    rows = [f"WOUND PHOTO LOG — {K('diagnosis', 'stage 3 pressure injury')}, sacrum ({K('code', 'L89.153')})",
            f"Pt {c.nm(c.pt, 'Fg')} · MRN {P('MRN', c.mrn)} · {c.age_txt(forms=['yo', 'yrs', 'y.o.', 'n/S', 'sym', 'y-o'])}",
            "Img | File                              | Taken (EXIF)        | L×W×D cm    | Notes"]
    for i, (d, dims, note) in enumerate([(d0, "5.0×2.6×0.6", "40% slough"), (d1, "4.2×2.1×0.4", "20% slough, granulating")], 1):
        fn = f"wound_{P('MRN', mrn_f)}_{P('DATE', d.strftime('%Y%m%d'))}_0{i}.jpg"
        rows.append(f"{i}   | {fn} | {P('DATE', d.strftime('%Y:%m:%d'))} {r.randint(9, 16)}:{r.randint(10, 59)}:{r.randint(10, 59)} | {K('lab', dims)} | {note}")
    rows.append(f"GPS tag on img 2: {P('ADDRESS', lat)} (home visit; stripped before sharing)")
    rows.append(f"NPWT {K('code', '3M V.A.C. Ulta')} s/n {P('DEVICE', pump)} at {K('vital', '-125 mmHg')}; canister changed {c.D(d1, 'm/d')}.")
    rows.append(f"{K('eponym', 'Bates-Jensen Wound Assessment Tool')} {K('score', str(r.randint(24, 38)))}; {K('score', 'PUSH ' + str(r.randint(8, 13)))}.")
    rows.append(f"Photographed by {c.sig(wn)}; photo consent signed by {c.rels[-1][1]} {c.nm(cons)}.")
    return "\n".join(rows) + "\n"


def b_device_reg(c: C) -> str:
    r = c.rng
    kind, model, sn_fn, gtin = r.choice(DEVICES[:5])
    sn = sn_fn(r)
    ep = c.clin("electrophysiologist", "MD")
    rep = c.other()
    lead_sn = "PJN" + digits(r, 7)
    exp = c.days(r.randint(300, 900)).strftime("%y%m%d")
    udi = f"(01){gtin}(17){exp}(10){alnum(r, 6, UPPER + '0123456789')}(21){sn}"
    ind = {"PPM": ("sick sinus syndrome", "I49.5", K("eponym", "Stokes-Adams attacks")),
           "ICD": ("ischemic cardiomyopathy, EF 25%", "I25.5", K("eponym", "Brugada pattern") + " excluded"),
           "loop recorder": ("cryptogenic stroke", "I63.9", K("eponym", "Holter") + " negative x2"),
           "CRT-P": ("complete heart block", "I44.2", K("eponym", "Wenckebach") + " at rest before"),
           "DBS IPG": ("Parkinson's disease with motor fluctuations", "G20.B1", K("eponym", "Hoehn and Yahr") + " " + K("score", "3"))}[kind]
    remote = {"PPM": ("MyCareLink Smart 25000", "RNC" + digits(r, 6) + "B"), "ICD": ("LATITUDE Communicator 6290", digits(r, 6)),
              "loop recorder": ("MyCareLink Relay", "RNR" + digits(r, 6) + "H"), "CRT-P": ("Merlin@home EX1150", digits(r, 7)),
              "DBS IPG": ("Percept patient programmer", "NLT" + digits(r, 6) + "R")}[kind]
    return (f"IMPLANTED DEVICE REGISTRATION (manufacturer tracking, 21 CFR 821)\n"
            f"Patient: {c.nm(c.pt, 'gmf')} · DOB {c.Dob()} · {c.age_txt(forms=['(S, n)', 'y.o.', 'yrs', 'sym', 'n/S'])} · Ph {P('PHONE', c.phone)}\n"
            f"Mail ID card to: {c.addr_inline()}\n"
            f"Device: {kind} {K('code', model)} · serial {P('DEVICE', sn)}\n"
            f"UDI: {P('DEVICE', udi)}\n"
            + (f"Lead RA {K('code', 'CapSureFix Novus MRI 5076-52')} s/n {P('DEVICE', lead_sn)}\n" if kind in ("PPM", "CRT-P") else "")
            + f"Implant date: {c.D(c.days(-r.randint(0, 3)), r.choice(['mm/dd/Y', 'Y/mm/dd', 'MON dd Y']))} · physician {c.sig(ep)}, NPI {P('OTHER_ID', npi(r))}\n"
            f"Indication: {K('diagnosis', ind[0])} ({K('code', ind[1])}); {ind[2]}.\n"
            f"Home monitor {K('code', remote[0])} s/n {P('DEVICE', remote[1])}; "
            f"rep {c.nm(rep)}, {P('EMAIL', ascii_fold(rep.given).lower() + '.' + ascii_fold(rep.family).lower().replace(' ', '') + '@medrep.example')}\n")


def b_o2_cmn(c: C) -> str:
    r = c.rng
    doc = c.clin("ordering physician", r.choice(["MD", "DO", "NP"]))
    kind = r.choice(["INITIAL", "REVISED", "RECERTIFICATION"])
    sat = r.randint(82, 88)
    return (f"CERTIFICATE OF MEDICAL NECESSITY — CMS-484 OXYGEN\n"
            f"SECTION A  Certification type: {kind} {c.D(c.vdate, 'mm/dd/yy')}   Length of need: 99 (lifetime)\n"
            f"Patient: {c.nm(c.pt, 'FGm')}, {c.addr_inline()}, Tel {P('PHONE', c.phone)}   MBI: {c.hp_medicare()}\n"
            f"HCPCS: {K('code', 'E1390')}, {K('code', 'E0431')}   Place of service: 12\n"
            f"Physician: {c.nm(doc)}, {doc.cred} · NPI {P('OTHER_ID', npi(r))} · Tel {P('PHONE', us_phone(r))}\n"
            f"SECTION B  1a. Most recent test: {K('vital', f'SpO2 {sat}% RA at rest')}   1b. Date: {c.D(c.days(-r.randint(1, 25)), 'mm/dd/yy')}\n"
            f"3. Condition: (1) at rest   4. Portable required: Y   5. {K('drug', 'oxygen 2 L/min continuous')}\n"
            f"SECTION C  {c.nm(c.pt, 'given')} is {c.age_txt(forms=['a year-old', 'w-year-old', 'yo', 'yr-old', 'y-o', 'yoa'])} with {K('diagnosis', 'COPD')} "
            f"({K('code', 'J44.1')}) and {K('lab', f'PaO2 {r.randint(48, 55)} mmHg')}.\n"
            f"Equipment: {K('code', 'Inogen At Home')} s/n {P('DEVICE', digits(r, 4) + '-' + zdigits(r, 4) + '-' + zdigits(r, 2))}; "
            f"portable {K('code', 'Inogen One G5')} s/n {P('DEVICE', 'G5' + digits(r, 8))}\n"
            + c.age_event() + f"SECTION D  Signed {c.nm(doc, 'init')}, {doc.cred} · {c.D(c.vdate, 'mm/dd/Y')}\n")


def b_bedhold(c: C) -> str:
    r = c.rng
    rep = c.rel(r.choice(["daughter", "son", "niece", "nephew"]), same_family=r.random() < 0.6)
    sw = c.clin("social services director", "LCSW")
    omb = c.other()
    if r.random() < 0.25:
        replines, _, _, rph = foreign_address(r)
        c.rels[-1] = (rep, c.rels[-1][1], rph)
    else:
        replines, _, _, _ = us_address(r)
    days = r.choice([10, 12, 15])
    tdate = c.days(-r.randint(0, 2))
    pron = "her" if c.pt.sex == "F" else "his"
    return (f"{c.D(c.vdate, r.choice(['Month d, Y', 'mm/dd/Y']))}\n\n{c.nm(rep)}\nc/o {c.nm(rep, 'family')} family\n" + "\n".join(replines) + "\n\n"
            f"RE: NOTICE OF TRANSFER AND BED-HOLD — Resident {c.nm(c.pt, 'Fg')}, Rm {r.randint(100, 240)}-{r.choice('AB')}, "
            f"{c.mcaid[0]} {P('HEALTH_PLAN', c.mcaid[2])}\n\n"
            f"Dear {c.nm(rep, 'given')},\n"
            f"On {c.D(tdate, r.choice(['Mon-dd', 'the ordof', 'm.d.yy']))} at {r.randint(1, 11)}:{r.randint(10, 59)} {c.nm(c.pt, 'given')} was transferred to "
            f"{r.choice(HOSPITALS)} for {K('diagnosis', r.choice(['suspected aspiration pneumonia', 'hip fracture', 'urosepsis']))}. "
            f"Under the state plan {pron} bed is held for up to {days} days ({c.D(tdate, 'm/d')}–{c.D(tdate + dt.timedelta(days=days), 'm/d/yy')}) at no cost.\n"
            f"Our resident is {c.age_txt(forms=['a year-old', 'w-year-old', 'yrs old'])}; {K('score', 'BIMS ' + str(r.randint(3, 12)) + '/15')}; "
            f"{K('abbreviation', 'MDS')} discharge assessment done.\n"
            f"Questions: {c.sig(sw)}, {P('PHONE', us_phone(r))}. Ombudsman: {c.nm(omb)}, {P('PHONE', us_phone(r))}.\n")


def b_bereave(c: C) -> str:
    r = c.rng
    coord = c.clin("bereavement coordinator", r.choice(["MSW", "BCC", "LCSW"]))
    sp = c.rel("wife" if c.pt.sex == "M" else "husband", same_family=True) if c.age < 95 and r.random() < 0.5 \
        else c.rel(r.choice(["daughter", "son"]))
    other = c.rel(r.choice(["granddaughter", "grandson", "niece"]), same_family=r.random() < 0.5, phone=False)
    dod = c.days(-r.randint(20, 70))
    grief_age = _rel_age(c, c.rels[-2][1])
    bd = ""
    if c.age >= 89 and r.random() < 0.6:
        bd = f" — \"{'her' if c.pt.sex == 'F' else 'his'} {P('AGE_OVER_89', ordinal(c.age + 1))} birthday would have been this month\""
    return (f"BEREAVEMENT FOLLOW-UP — 13-MONTH PLAN\n"
            f"Deceased: {c.nm(c.pt)} · DOD {c.D(dod, r.choice(['mm/dd/Y', 'Month d, Y', 'ddMONyy']))} · age at death: {c.agecell()}\n"
            f"Primary griever: {c.nm(sp)} ({c.rels[-2][1]}, {c.agecell(grief_age)}), {P('PHONE', c.relph(sp))}\n"
            f"Also: {c.rels[-1][1]} {c.nm(other, 'given')}, checks in weekly.\n"
            f"Hospice dx: {K('diagnosis', r.choice(['pancreatic cancer', 'end-stage heart failure', 'Alzheimer' + chr(39) + 's disease', 'ALS']))}; "
            f"griever's own meds: {K('drug', r.choice(['zolpidem 5 mg qHS PRN', 'sertraline 50 mg daily', 'trazodone 50 mg qHS']))}.\n"
            f"Risk: {K('score', 'PG-13 score ' + str(r.randint(18, 40)))}; {K('score', 'PHQ-9 ' + str(r.randint(3, 15)))}; lives alone since death.\n"
            "Date        | Contact   | By   | Notes\n"
            f"{c.D(c.days(-r.randint(5, 14)), 'Mon-dd')}      | call      | {c.nm(coord, 'initials')} | tearful, sleeping 4 h{bd}\n"
            f"{c.D(c.days(-r.randint(0, 4)), 'm.d.yy')}     | mailing 2 | {c.nm(coord, 'initials')} | grief booklet sent\n"
            f"{c.D(c.days(r.randint(7, 20)), 'wk of')}  | visit     | {c.nm(coord, 'initials')} | planned\n"
            f"Memorial service invitation to home address. Coordinator: {c.sig(coord)}\n")


def b_amend(c: C) -> str:
    r = c.rng
    doc = c.clin("ED physician", r.choice(["MD", "DO"]), team=False)
    gi = c.clin("gastroenterologist", "MD")
    him = c.other()
    sis = c.rel("sister", "F", same_family=r.random() < 0.5, phone=False)
    wrong = c.age + r.choice([-3, -2, 2, 3])
    return (f"REQUEST TO AMEND PROTECTED HEALTH INFORMATION (45 CFR 164.526)\n"
            f"Request {P('OTHER_ID', f'AMD-{c.vdate.year % 100}-{zdigits(r, 4)}')} · received {c.D(c.vdate, r.choice(['ddMONyy', 'Y/mm/dd', 'mm/dd/yy']))}\n"
            f"Requestor: {c.nm(c.pt, 'gmf')} · DOB {c.Dob()} · MRN {P('MRN', c.mrn)} · {P('PHONE', c.phone)} · {P('EMAIL', c.email)}\n"
            f"Mailing: {c.addr_inline()}\n"
            f"Entry: ED note of {c.D(c.days(-r.randint(20, 90)), 'ddMONyy')} by {c.title(doc)} says \"pt is {c.age_txt(n=wrong, form='a year-old')}\" "
            f"and lists {K('eponym', 'Barrett esophagus')}.\n"
            f"Requested change (pt's words): \"I am {c.agecell()}, not {c.agecell(wrong)}. I never had Barrett's — that was my sister {c.nm(sis)}.\"\n"
            f"Decision {c.D(c.days(r.randint(10, 50)), 'Month d, Y')}: partly accepted — age corrected; dx kept per {c.title(gi)} "
            f"(EGD showed {K('lab', 'salmon-colored mucosa 3 cm above the GEJ')}).\n"
            f"HIM analyst: {c.nm(him)}, RHIA · ext {r.randint(4000, 4999)}\n")


def b_incapacity(c: C) -> str:
    r = c.rng
    doc = c.clin("attending physician", r.choice(["MD", "DO"]))
    doc2 = c.clin("consulting psychiatrist", "MD")
    agent = c.rel(r.choice(["daughter", "son", "nephew", "niece", "wife" if c.pt.sex == "M" else "husband"]))
    dx = r.choice(["Lewy body dementia", "vascular dementia", "Alzheimer's disease, late onset", "delirium superimposed on dementia"])
    return (f"CERTIFICATION OF INCAPACITY — activation of durable power of attorney for health care\n"
            f"I, {c.nm(doc)}, {doc.cred}, examined {c.nm(c.pt)} (DOB {c.Dob()}), {c.age_txt(form=r.choice(['aged w', 'aged n yrs', 'y.o.']))}, "
            f"on {c.D(c.vdate, r.choice(['the ordof', 'Month d, Y', 'Mon dth ' + chr(39) + 'yy']))} at "
            f"{('the home, ' + c.addr_inline()) if not c.abroad else r.choice(HOSPITALS)}.\n"
            f"Findings: {K('diagnosis', dx)}; {K('score', 'MoCA ' + str(r.randint(4, 14)) + '/30')}; could not describe the risks of "
            f"{K('diagnosis', 'PEG placement')}; fails 3 of 4 {K('eponym', 'Appelbaum')} criteria.\n"
            f"In my opinion the principal lacks capacity to make health care decisions. The agent, {c.nm(agent)} ({c.rels[-1][1]}), "
            f"{P('PHONE', c.relph(agent))}, {P('EMAIL', make_email(r, agent))}, now acts for the principal.\n"
            + c.age_event() + f"Concurring physician: {c.sig(doc2)}, {c.D(c.days(1), r.choice(['mm/dd/Y', 'm.d.yy']))}.\n"
            f"If contested: probate case {P('OTHER_ID', f'{c.vdate.year % 100}PR-CC{zdigits(r, 5)}')}, {P('CITY', c.county())} County.\n")


def b_wic(c: C) -> str:
    r = c.rng
    par = c.rel(r.choice(["mother", "father"]), same_family=True)
    doc = c.clin("pediatrician", r.choice(["MD", "DO", "NP"]))
    ggm = None
    if r.random() < 0.5:
        ggm = c.rel("great-grandmother", "F", same_family=r.random() < 0.5, phone=False)
    st = c.state or "MO"
    return (f"WIC MEDICAL DOCUMENTATION FORM — {st} WIC Program\n"
            f"Participant: {c.nm(c.pt)} · DOB {c.Dob()} · age {K('age', str(c.months) + ' mo')} · WIC ID {P('OTHER_ID', st + digits(r, 8))}\n"
            f"Parent/guardian: {c.nm(par)} · {P('PHONE', c.relph(par))} · {c.addr_inline()}\n"
            f"Medicaid/CHIP ID: {P('HEALTH_PLAN', c.mcaid[2])}\n"
            f"Qualifying condition: {K('diagnosis', 'cow' + chr(39) + 's milk protein allergy')} ({K('code', 'K52.29')}); weight-for-length "
            f"{K('lab', '3rd percentile')}; head circumference {K('lab', r.choice(['50th', '90th', '95th', '97th']) + ' percentile')}.\n"
            f"Formula: {K('drug', 'Similac Alimentum 28 fl oz/day')} × {r.randint(3, 6)} months; no cow's milk, no yogurt.\n"
            + (f"Cared for 3 days/wk by {c.rels[-1][1]} {c.nm(ggm)}, {c.agelang(r.randint(88, 97), 'es') if r.random() < 0.3 else c.agecell(r.randint(86, 97))}.\n" if ggm else "")
            + f"Health care provider: {c.sig(doc)}, NPI {P('OTHER_ID', npi(r))}, Tel {P('PHONE', us_phone(r))}, Fax {P('FAX', us_phone(r))}, "
            f"{c.D(c.vdate, 'mm/dd/Y')}\n")


def b_funeral(c: C) -> str:
    r = c.rng
    rn = c.clin("hospice RN", "RN")
    md = c.clin("attending", "MD")
    nok = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband", "nephew"]))
    fd = c.other()
    st = c.state if c.state in PLATE_STATES else r.choice(sorted(PLATE_STATES))
    dod = c.days(-r.randint(0, 1))
    age = c.age_txt(form="y and m" if r.random() < 0.5 else "yrs")
    dev = r.random() < 0.5
    return (f"RELEASE OF REMAINS — FUNERAL HOME AUTHORIZATION\n"
            f"Decedent: {c.nm(c.pt, 'FGm')} · DOB {c.Dob()} · DOD {c.D(dod, r.choice(['mm/dd/Y', 'ddMONyy', 'Y-mm-dd']))} {r.randint(0, 23):02d}{r.randint(0, 59):02d} · "
            f"Age {age} · SSN {P('SSN', c.ssn)}\n"
            f"Last residence: {c.addr_inline()}\n"
            f"Pronounced by {c.sig(rn)}; {c.title(md)} notified; ME notified, jurisdiction declined, ME case {P('OTHER_ID', f'ME{dod.year % 100}-{zdigits(r, 4)}')}.\n"
            f"Cause: {K('diagnosis', r.choice(['end-stage heart failure', 'metastatic pancreatic cancer', 'Alzheimer' + chr(39) + 's disease']))}.\n"
            f"Authorizing NOK: {c.nm(nok)} ({c.rels[-1][1]}), DL {P('LICENSE', st + ' ' + alnum(r, 1, UPPER) + digits(r, 8))}, {P('PHONE', c.relph(nok))}\n"
            f"Funeral director {c.nm(fd)}, lic {P('LICENSE', 'FD-' + digits(r, 4))}; removal vehicle {st} {P('VEHICLE', PLATE_STATES[st](r))}\n"
            + (f"Implant: {K('code', 'Medtronic Azure XT DR')} pacemaker s/n {P('DEVICE', 'RNB' + digits(r, 6) + 'S')} — remove before cremation.\n" if dev else "")
            + f"Belongings: wedding band, glasses → {c.nm(nok, 'given')}. Burial-transit permit {P('OTHER_ID', digits(r, 7))}.\n")


def b_custodian(c: C) -> str:
    r = c.rng
    cust = c.other()
    atty = c.other()
    server = c.other()
    notary = c.other()
    county = c.county()
    start = c.days(-r.randint(300, 900))
    pages = r.randint(40, 900)
    bates = r.randint(1000, 8000)
    return (f"CERTIFICATION OF CUSTODIAN OF RECORDS\n"
            f"{P('NAME', c.pt.family)} v. Midplains Logistics LLC, Circuit Court of {P('CITY', county)} County, No. "
            f"{P('OTHER_ID', f'{c.vdate.year % 100}{alnum(r, 2, UPPER)}-CC{zdigits(r, 5)}')}\n"
            f"Subpoena duces tecum served {c.D(c.days(-r.randint(10, 30)), r.choice(['Mon-dd', 'mm/dd/yy', 'Month d, Y']))} by {c.nm(server)}.\n"
            f"Patient: {c.nm(c.pt, 'Fgm')} · DOB {c.Dob()} · SSN (last 4) {P('SSN', c.ssn[-4:])} · MRN {P('MRN', c.mrn)}\n"
            f"Records produced: dates of service {c.D(start, 'mm/dd/Y')} through {c.D(c.vdate, 'mm/dd/Y')}; {pages} pages, "
            f"Bates {P('OTHER_ID', f'OPH{bates:06d}')}–{P('OTHER_ID', f'OPH{bates + pages - 1:06d}')}; includes MRI L-spine ({K('code', 'CPT 72148')}) for {K('diagnosis', 'lumbar radiculopathy')} ({K('code', 'M54.16')}).\n"
            f"I, {c.nm(cust)}, am the custodian of records and certify these are true copies made in the regular course of business.\n"
            f"Requesting attorney: {c.nm(atty)}, Esq., {P('EMAIL', ascii_fold(atty.given).lower()[0] + ascii_fold(atty.family).lower().replace(' ', '') + '@' + r.choice(['hollislaw.example', 'prairiejustice.example']))}, fax {P('FAX', us_phone(r))}\n"
            f"Sworn before me {c.D(c.vdate, 'ordday')}. {c.nm(notary)}, Notary Public, commission {P('LICENSE', digits(r, 8))}\n")


BLISTER_MEDS = ["amlodipine 5 mg", "metformin 500 mg", "atorvastatin 40 mg", "levothyroxine 50 mcg", "donepezil 5 mg",
                "furosemide 20 mg", "potassium chloride ER 10 mEq", "aspirin 81 mg", "sertraline 25 mg", "tamsulosin 0.4 mg",
                "memantine 5 mg", "carvedilol 3.125 mg"]


def b_blister(c: C) -> str:
    r = c.rng
    rph = c.clin("pharmacist", "PharmD")
    pres = [c.clin("prescriber", r.choice(["MD", "DO", "NP"]), team=False) for _ in range(2)]
    drv = c.other()
    nb = c.other()
    ms = r.sample(BLISTER_MEDS, 4)
    rows = [f"MULTI-DOSE COMPLIANCE PACKAGING PROFILE · 28-day cycle starting {c.D(c.days(r.randint(1, 5)), r.choice(['mm/dd/yy', 'Mon-dd', 'd Mon yy']))}",
            f"{c.nm(c.pt, 'FG')} · DOB {c.Dob()} ({c.age_txt(forms=['n y', 'yrs', 'Age', 'ym', 'yo'])}) · acct {P('ACCOUNT', 'RX' + digits(r, 6))} · ☎ {P('PHONE', c.phone)}",
            f"Deliver to: {c.addr_inline()}",
            f"Allergies: {K('drug', 'sulfonamides')}",
            "Med                        | MORN | NOON | EVE | BED | Rx#      | Prescriber"]
    for m in ms:
        slots = r.choice([("1", "", "", ""), ("1", "", "1", ""), ("", "", "", "1"), ("1", "1", "1", "")])
        p = r.choice(pres)
        rows.append(f"{K('drug', m)} | {slots[0]:^4} | {slots[1]:^4} | {slots[2]:^3} | {slots[3]:^3} | {P('OTHER_ID', digits(r, 7))} | {c.nm(p, 'init')}")
    rows.append(f"Part D: {P('HEALTH_PLAN', 'M' + digits(r, 9) if r.random() < 0.5 else c.member)} · RxBIN 004336 · RxPCN MEDDADV · RxGrp {P('HEALTH_PLAN', alnum(r, 4, UPPER))}")
    rows.append(f"Driver {c.nm(drv, r.choice(['gf', 'given']))}: if no answer leave with neighbor {c.nm(nb)} next door. RPh check: {c.sig(rph)}")
    return "\n".join(rows) + "\n"


def b_mow(c: C) -> str:
    r = c.rng
    sw = c.clin("social worker", r.choice(["LCSW", "LMSW", "MSW"]))
    if r.random() < 0.25:
        ec = c.other()
        ec_rel, ec_ph = "neighbor", us_phone(r)
    else:
        ec = c.rel(r.choice(["daughter", "son", "niece", "nephew"]), same_family=r.random() < 0.5)
        ec_rel, ec_ph = c.rels[-1][1], c.relph(ec)
    county = c.county()
    return (f"HOME-DELIVERED MEALS REFERRAL — {P('CITY', county)} County Area Agency on Aging\n"
            f"Client: {c.nm(c.pt, 'Fg')} · DOB {c.Dob()} · {c.age_txt(forms=['(S, n)', 'y.o.', 'Age', 'yrs', 'sym', 'n/S', 'yoa'])} · ☎ {P('PHONE', c.phone)} · lives alone: Y\n"
            f"Address: " + "\n         ".join(c.addr_lines) + "\n"
            f"How to find: {c.directions()}\n"
            f"Emergency contact: {c.nm(ec)} ({ec_rel}) {P('PHONE', ec_ph)}\n"
            f"Diet: {K('diagnosis', 'renal diet, 2 g Na')}; {K('score', 'IDDSI level ' + str(r.choice([5, 6])))}; {K('diagnosis', 'type 2 diabetes')}; "
            f"food allergy {K('drug', 'shellfish')}.\n"
            + c.age_event() + f"Waiver: {c.hp_medicaid()}\n"
            f"Referred by {c.sig(sw)}, {P('PHONE', us_phone(r))}, {c.D(c.vdate, r.choice(['m/d/Y', 'ddMONyy', 'Mon-dd']))}. Knock loud (HOH).\n")


def b_homesafety(c: C) -> str:
    r = c.rng
    ot = c.clin("occupational therapist", "OTR/L", family="Berg" if r.random() < 0.25 else None)
    mate = c.rel(r.choice(["son", "daughter", "wife" if c.pt.sex == "M" else "husband", "grandson"]), phone=False)
    lines = c.addr_lines if r.random() < 0.6 else [remark(x, str.lower) for x in c.addr_lines]
    return (f"OT HOME SAFETY EVALUATION · {c.D(c.vdate, r.choice(['m/d/Y', 'Y/mm/dd', 'MON dd Y']))}\n"
            f"{c.nm(c.pt, 'gf')} ({c.age_txt(forms=['yo', 'y.o.', 'yrs', 'ym'])})\n"
            + "\n".join(lines) + "\n"
            f"Lives with {c.rels[-1][1]} {c.nm(mate)}; home built 1952, 4 steps to enter, no rail.\n"
            f"Bath: tub/shower combo, no grab bars; toilet 15 in. Bedroom: throw rugs, poor night lighting.\n"
            f"Tests: {K('eponym', 'Berg Balance Scale')} {K('score', str(r.randint(28, 44)) + '/56')}; {K('score', f'TUG {r.randint(15, 30)} s')}; "
            f"{K('score', '30-s chair stand ' + str(r.randint(3, 9)))}; {K('eponym', 'Romberg')} positive.\n"
            + c.age_event() + f"Recs: 2 grab bars, tub transfer bench, raised toilet seat, remove rugs, night lights, rail at entry.\n"
            f"{c.sig(ot)} · lic {P('LICENSE', 'OT ' + digits(r, 10))}\n")


def b_tpn(c: C) -> str:
    r = c.rng
    rph = c.clin("infusion pharmacist", "PharmD")
    doc = c.clin("GI physician", "MD")
    hhrn = c.clin("infusion RN", "RN")
    wt = round(r.uniform(44, 70), 1)
    return (f"HOME PARENTERAL NUTRITION ORDER · {c.D(c.vdate, r.choice(['mm/dd/Y', 'ddMONyy', 'iso (dow)']))} · Rx #{P('OTHER_ID', digits(r, 7))}\n"
            f"Pt {c.nm(c.pt, 'FG')} · DOB {c.Dob()} · {c.age_txt(forms=['y.o.', 'yrs', 'n/S'])} · dosing wt {K('vital', f'{wt} kg')} · NKDA\n"
            f"Dx: {K('diagnosis', 'short bowel syndrome')} ({K('code', 'K91.2')}) after "
            f"{r.choice([K('eponym', 'Crohn' + chr(39) + 's disease') + ' resections', 'a ' + K('eponym', 'Whipple procedure') + ' and leak', K('eponym', 'Roux-en-Y') + ' revision'])}\n"
            f"Access: {K('eponym', 'Groshong')} PICC R basilic, 4 Fr, tip cavoatrial junction\n"
            f"Per day: {K('drug', 'dextrose 250 g')}, {K('drug', 'amino acids 85 g')}, {K('drug', 'SMOFlipid 40 g')}, {K('drug', 'MVI-12 10 mL')}; "
            f"cycle 12 h with 1-h taper\n"
            f"Labs q wk: {K('lab', 'prealbumin 14 mg/dL')}, {K('lab', 'TG 188 mg/dL')}, {K('lab', 'Mg 1.7 mg/dL')}\n"
            f"Pump {K('code', 'CADD-Solis VIP')} s/n {P('DEVICE', digits(r, 8))}; deliver to {c.addr_inline()}; first RN visit "
            f"{c.D(c.days(1), r.choice(['m/d', 'Mon-dd', 'dow m/d']))} with {c.nm(hhrn, 'init')}, RN.\n"
            f"Prescriber {c.sig(doc)}, DEA {P('LICENSE', dea(r, doc.family))}; verified {c.sig(rph)}\n")


def b_teleicu(c: C) -> str:
    r = c.rng
    ei = c.clin("eICU intensivist", "MD")
    rn = c.clin("bedside RN", "RN")
    hosp = c.clin("hospitalist", r.choice(["MD", "DO"]))
    fam = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband", "granddaughter"]), phone=False)
    ip = f"10.{r.randint(10, 60)}.{r.randint(0, 255)}.{r.randint(2, 250)}"
    room = alnum(r, 4, UPPER) + "-" + str(r.randint(10, 99))
    return (f"eICU EVENT NOTE · {c.D(c.vdate, 'iso (dow)')} {r.randint(0, 5):02d}:{r.randint(0, 59):02d} · bed {r.randint(1, 12)} (camera {P('IP', ip)})\n"
            f"Pt {c.nm(c.pt, 'FG')}, {c.age_txt(forms=['yo', 'y.o.', 'n/S', 'yrs', 'sym', 'y-o'])}, MRN {P('MRN', c.mrn)}, HD#{r.randint(2, 6)} for {K('diagnosis', 'septic shock')}.\n"
            f"Event: MAP 58 on {K('drug', 'norepinephrine 0.12 mcg/kg/min')}; {K('lab', 'lactate 4.1 mmol/L')}; "
            f"{K('eponym', 'Richmond Agitation-Sedation Scale')} {K('score', '-2')}; {K('score', 'SOFA ' + str(r.randint(7, 12)))}.\n"
            f"Actions: LR 500 mL, vasopressin added; {c.sig(rn)} at bedside; {c.title(hosp)} paged.\n"
            + (f"Interpreter {c.nm(c.other())} ({LANG_DATE[COUNTRY_LANG[c.pt.country]]}, ID {P('OTHER_ID', str(r.randint(10000, 99999)))}) on the line.\n"
               if c.pt.country in COUNTRY_LANG and COUNTRY_LANG[c.pt.country] != "yo" else "")
            + f"Family: {c.rels[-1][1]} {c.nm(fam)} joined by video ({P('URL', f'https://tele.{c.dom}/room/{room}')}); updated, wants full code.\n"
            f"— {c.sig(ei)} (remote)\n")


def b_abn(c: C) -> str:
    r = c.rng
    clerk = c.other()
    rep = c.rel(r.choice(["daughter", "son", "wife" if c.pt.sex == "M" else "husband"]), phone=False) if r.random() < 0.5 else None
    item = r.choice([(("G0103", "code"), "screening PSA"), (("82306", "code"), "vitamin D, 25-hydroxy"),
                     (("J3420", "code"), "vitamin B12 injection"), (("G0328", "code"), "fecal occult blood test")])
    return (f"ADVANCE BENEFICIARY NOTICE OF NON-COVERAGE (ABN) — Form CMS-R-131\n"
            f"A. Notifier: {c.fac}, {P('PHONE', us_phone(r))}\n"
            f"B. Patient Name / Nombre del paciente: {c.nm(c.pt, r.choice(['gf', 'FG', 'Fgm']))}\n"
            f"C. Identification Number / Número de identificación: {P('MRN', c.mrn)}\n"
            f"D. {K(item[0][1], item[0][0])} {item[1]}   E. Reason Medicare may not pay: frequency limit   F. Estimated cost: ${r.randint(18, 90)}.00\n"
            f"G. OPTIONS: [X] OPTION 1 — I want the item listed above; submit the claim to Medicare (MBI {c.hp_medicare()}).\n"
            f"H. Additional information: questions to {c.nm(clerk)} (billing), {P('PHONE', us_phone(r))}\n"
            f"I. Signature: " + (f"signed by {c.rels[-1][1]} {c.nm(rep)} (representative)" if rep else "signed by patient") +
            f"   J. Date / Fecha: {c.D(c.vdate, r.choice(['mm/dd/Y', 'm/d/Y', 'es']))}\n")


def b_hah(c: C) -> str:
    r = c.rng
    medic = c.clin("community paramedic", "NRP")
    doc = c.clin("hospital-at-home physician", "MD")
    cour = c.other()
    cg = c.rel(r.choice(["wife" if c.pt.sex == "M" else "husband", "daughter", "son"]))
    ip = f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    imei = "35" + digits(r, 13)
    day = r.randint(2, 5)
    room = alnum(r, 6, "abcdefghjkmnpqrstuvwxyz23456789")
    return (f"HOSPITAL AT HOME · DAY {day} · acute care\n"
            f"{c.nm(c.pt)} ({c.age_txt(forms=['y.o.', 'yo', 'n y', 'yrs'])}) · MRN {P('MRN', c.mrn)} · home {c.addr_inline()} · gate {r.randint(1000, 9999)}\n"
            f"Caregiver {c.rels[-1][1]} {c.nm(cg, 'given')} {P('PHONE', c.relph(cg))}\n"
            f"Kit: BP cuff s/n {P('DEVICE', 'BP' + digits(r, 7))}, pulse-ox s/n {P('DEVICE', digits(r, 9))}, hub IMEI {P('DEVICE', imei)} (IP {P('IP', ip)})\n"
            "Time  | Event\n"
            f"07:40 | {c.nm(medic, 'init')}, NRP: {K('vital', f'BP {r.randint(100, 130)}/{r.randint(55, 80)}')}, {K('vital', 'SpO2 94% RA')}, "
            f"{K('vital', f'wt {round(r.uniform(70, 98), 1)} kg')}\n"
            f"10:15 | video visit with {c.title(doc)} ({P('URL', f'https://hah.{c.dom}/v/{room}')}); {K('drug', 'furosemide 40 mg IV BID')} continued\n"
            f"14:30 | courier {c.nm(cour)} delivered meds, Rx {P('OTHER_ID', digits(r, 7))}\n"
            + c.age_event() + f"Labs: {K('lab', 'K 3.6 mmol/L')}, {K('lab', 'Cr 1.42 mg/dL')}, {K('lab', 'NT-proBNP 4210 pg/mL')}. Admit dx {K('diagnosis', 'acute on chronic HFpEF')}.\n")


def b_specialty(c: C) -> str:
    r = c.rng
    doc = c.clin("prescriber", r.choice(["MD", "DO"]))
    drug, dx, code = r.choice([("adalimumab 40 mg/0.4 mL pen SC q14d", "Crohn's disease", "K50.90"),
                               ("dupilumab 300 mg/2 mL SC q14d", "atopic dermatitis", "L20.9"),
                               ("secukinumab 150 mg SC q4wk", "psoriatic arthritis", "L40.50"),
                               ("etanercept 50 mg SC weekly", "rheumatoid arthritis", "M06.9")])
    holder = c.rel(r.choice(["husband", "wife", "father", "mother"] if c.age < 30 else ["husband", "wife"]), same_family=r.random() < 0.6, phone=False)
    hdob = c.days(-365 * _rel_age(c, c.rels[-1][1]) - r.randint(1, 300))
    return (f"SPECIALTY PHARMACY ENROLLMENT — {K('drug', drug)}\n"
            f"Patient: {c.nm(c.pt, 'Fgm')} · DOB {c.Dob()} · Sex {c.pt.sex} · cell {P('PHONE', c.phone)} · alt {P('PHONE', c.phone2)} · {P('EMAIL', c.email)}\n"
            f"Ship to: {c.addr_inline()} (signature required)\n"
            f"Insurance: {c.plan} · Cardholder ID {P('HEALTH_PLAN', c.member)} · Group {P('HEALTH_PLAN', c.group)} · RxBIN 610014 · RxPCN 9999\n"
            f"Cardholder: {c.nm(holder, 'Fg')} ({c.rels[-1][1]}), DOB {c.D(hdob, 'mm/dd/Y')}\n"
            f"Copay card {P('OTHER_ID', digits(r, 11))}\n"
            f"Prescriber: {c.sig(doc)} · NPI {P('OTHER_ID', npi(r))} · DEA {P('LICENSE', dea(r, doc.family))} · Tel {P('PHONE', us_phone(r))} · Fax {P('FAX', us_phone(r))}\n"
            f"Dx {K('diagnosis', dx)} ({K('code', code)}); {K('lab', 'QuantiFERON-TB Gold negative')} {c.D(c.days(-r.randint(10, 60)), r.choice(['m/d/Y', 'mm/dd/yy']))}; "
            f"PA # {P('OTHER_ID', 'PA' + digits(r, 9))} approved {c.D(c.days(-1), 'm/d')}–{c.D(c.days(364), 'm/d/yy')}\n")


def b_safety_plan(c: C) -> str:
    r = c.rng
    th = c.clin("therapist", "LCSW")
    sis = c.rel("sister", "F", same_family=r.random() < 0.6)
    cousin = c.rel("cousin", same_family=r.random() < 0.3)
    unc = c.rel("uncle", "M", same_family=r.random() < 0.5, phone=False)
    kid = c.rel(r.choice(["daughter", "son"]), same_family=True, phone=False)
    pastor = c.other("M")
    ul, _, _, _ = us_address(r, lower=True)
    return (f"MY SAFETY PLAN ({K('eponym', 'Stanley-Brown')}) — done with {c.sig(th)} on {c.D(c.vdate, r.choice(['m/d/Y', 'm/d']))}\n"
            f"name: {c.nm(c.pt, 'lower')}   dob: {c.D(c.dob, 'm/d/Y')}\n"
            "step 1 warning signs: not sleeping, skipping meds, giving stuff away\n"
            "step 2 things i can do alone: walk the dog, hot shower, loud music\n"
            f"step 3 people/places: my sister {P('NAME', sis.given.lower())} {P('PHONE', c.relph(sis))}; the library\n"
            f"step 4 who i can ask for help: {c.nm(cousin, 'lower')} (cousin) {P('PHONE', c.relph(cousin))}; pastor {c.nm(pastor, 'lower')}\n"
            f"step 5 professionals: {c.nm(th, 'lower')} {P('PHONE', us_phone(r))}; crisis line 988; ED at {r.choice(HOSPITALS)}\n"
            f"step 6 safe home: rifle stays at uncle {P('NAME', unc.given.lower())}'s ({ul[0]}); sister holds the pill lockbox key\n"
            f"my reason for living: \"my {c.rels[-1][1]} {P('NAME', kid.given.lower())}\"\n"
            f"Clinician: {K('abbreviation', 'C-SSRS')} moderate risk; {K('score', 'PHQ-9 ' + str(r.randint(14, 22)))}; {K('drug', 'sertraline 100 mg daily')}.\n")


def b_waste(c: C) -> str:
    r = c.rng
    rn1 = c.clin("RN", "RN")
    rn2 = c.clin("RN", "RN")
    rph = c.clin("pharmacist", "PharmD")
    fam = c.pt.family.upper()
    giv = c.pt.given
    rows = [f"CONTROLLED SUBSTANCE WASTE / WITNESS LOG · Unit {r.randint(3, 7)}{r.choice('WE')} · {c.D(c.vdate, r.choice(['ddMONyy', 'mm/dd/Y', 'MON dd Y']))}",
            "Time | Patient (MRN)                  | Drug                        | Given  | Wasted | RN  | Wit | Txn"]
    drugs = [("HYDROmorphone 2 mg/mL inj", "0.5 mg", "1.5 mg"), ("LORazepam 2 mg/mL inj", "0.5 mg", "1.5 mg"),
             ("fentaNYL 100 mcg/2 mL inj", "25 mcg", "75 mcg"), ("morphine 4 mg/mL inj", "2 mg", "2 mg")]
    for t, (dname, g, w) in zip(sorted(r.sample(range(0, 24), 3)), r.sample(drugs, 3)):
        rows.append(f"{t:02d}{r.choice(['05', '14', '40', '52'])} | {P('NAME', fam)}, {P('NAME', giv)} ({P('MRN', c.mrn)}) | {K('drug', dname)} | {g} | {w} | "
                    f"{c.nm(rn1, 'initials')} | {c.nm(rn2, 'initials')} | {P('OTHER_ID', 'TX' + digits(r, 8))}")
    rows.append(f"Pt {c.age_txt(forms=['yo', 'n/S', 'y.o.'])}; {K('score', 'POSS ' + str(r.randint(1, 3)))}; {K('eponym', 'Pasero')} scale per policy.")
    rows.append(f"Witnesses: {c.sig(rn1)} (badge {P('OTHER_ID', digits(r, 5))}); {c.sig(rn2)} (badge {P('OTHER_ID', digits(r, 5))})")
    rows.append(f"Pharmacy review {c.D(c.days(1), 'm/d')}: {c.sig(rph)} — counts reconciled.")
    return "\n".join(rows) + "\n"


def b_deceased(c: C) -> str:
    r = c.rng
    him = c.other()
    pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]))
    dod = c.days(-r.randint(3, 20))
    kid1 = c.rel(r.choice(["daughter", "son"]), same_family=False)
    k1r = c.rels[-1][1]
    kid1sp = c.other("M" if kid1.sex == "F" else "F", family=kid1.family)
    kid2 = c.rel(r.choice(["daughter", "son"]), same_family=True, phone=False)
    k2r = c.rels[-1][1]
    late = c.rel("husband" if c.pt.sex == "F" else "wife", same_family=True, phone=False)
    c1, s1, _ = r.choice(US_CITIES) if r.random() < 0.6 else r.choice(FOREIGN_CITIES) + ("",)
    c2, s2, _ = r.choice(US_CITIES) if r.random() < 0.7 else r.choice(FOREIGN_CITIES) + ("",)
    born_c, born_s, _ = r.choice(US_CITIES)
    obit_id = digits(r, 8)
    slug = f"{ascii_fold(c.pt.given).lower().replace(' ', '-')}-{ascii_fold(c.pt.family).lower().replace(' ', '-')}"
    tlink = (" of " + P("CITY", c.city) + ",") if c.city and not c.abroad else ""
    proxy = make_email(r, kid1)
    cod = r.choice([("cardiopulmonary arrest", "I46.9", "end-stage heart failure"), ("aspiration pneumonia", "J69.0", "Alzheimer's disease"),
                    ("sepsis", "A41.9", "urinary tract infection"), ("respiratory failure", "J96.00", "COPD")])
    return (f"MPI DECEASED-FLAG UPDATE · ticket {P('OTHER_ID', 'HIM-' + digits(r, 6))} · {c.D(c.vdate, 'mm/dd/Y')}\n"
            f"Source: obituary, {P('URL', f'https://www.legacy.example/us/obituaries/name/{slug}-obituary?id={obit_id}')}\n"
            f"\"{c.nm(c.pt)}, {c.agecell()},{tlink} passed away {c.D(dod, 'Month d, Y')} surrounded by family. Born "
            f"{c.D(c.dob, 'Month d, Y')} in {P('CITY', born_c)}, {born_s}. Survived by {k1r} {c.nm(kid1, 'given')} ({c.nm(kid1sp, 'given')}) "
            f"{c.nm(kid1, 'family')} of {P('CITY', c1)}, {s1}; {k2r} {c.nm(kid2)} of {P('CITY', c2)}, {s2}; {r.randint(3, 14)} grandchildren. "
            f"Preceded in death by {c.rels[-1][1]} {c.nm(late, 'given')} in {r.randint(1995, 2020)}.\"\n"
            f"Cause of death (certificate): {K('diagnosis', cod[0])} ({K('code', cod[1])}), due to {K('diagnosis', cod[2])}.\n"
            f"Action: DOD set {c.D(dod, 'mm/dd/Y')}; {r.randint(1, 4)} future appts canceled; portal proxy {P('EMAIL', proxy)} deactivated; "
            f"recalls suppressed; {c.title(pcp)} notified. MRN {P('MRN', c.mrn)}.\n"
            f"Verified with state death record {P('OTHER_ID', f'{dod.year}-{zdigits(r, 6)}')} by {c.nm(him)} (HIM).\n")


BODIES = {
    "hospice recertification": b_hospice_recert,
    "ED bed-board export": b_bedboard,
    "workers' comp first report of injury": b_wc_froi,
    "optometry recall letter": b_optometry,
    "lab courier manifest": b_courier,
    "pharmacy refill voicemail transcript": b_vm_refill,
    "advance directive witness page": b_ad_witness,
    "ambulance billing face sheet": b_amb_billing,
    "OASIS start-of-care excerpt": b_oasis,
    "wound photo log": b_wound_photo,
    "implanted device registration": b_device_reg,
    "home oxygen certificate of medical necessity": b_o2_cmn,
    "nursing facility bed-hold notice": b_bedhold,
    "bereavement follow-up log": b_bereave,
    "record amendment request": b_amend,
    "incapacity certification": b_incapacity,
    "WIC medical documentation form": b_wic,
    "funeral home release authorization": b_funeral,
    "custodian of records certification": b_custodian,
    "compliance packaging profile": b_blister,
    "home-delivered meals referral": b_mow,
    "OT home safety evaluation": b_homesafety,
    "home parenteral nutrition order": b_tpn,
    "tele-ICU event note": b_teleicu,
    "advance beneficiary notice": b_abn,
    "hospital at home daily log": b_hah,
    "specialty pharmacy enrollment": b_specialty,
    "suicide safety plan": b_safety_plan,
    "controlled substance waste log": b_waste,
    "MPI deceased-flag update": b_deceased,
}
INFANT = {"WIC medical documentation form"}
# age range and share of patients over 89 (default (19, 106), 0.35)
AGE_RANGE = {"workers' comp first report of injury": ((18, 71), 0.0), "specialty pharmacy enrollment": ((18, 79), 0.0),
             "suicide safety plan": ((16, 64), 0.0), "hospice recertification": ((58, 106), 0.6),
             "bereavement follow-up log": ((60, 106), 0.6), "funeral home release authorization": ((55, 106), 0.55),
             "MPI deceased-flag update": ((60, 106), 0.6), "nursing facility bed-hold notice": ((65, 106), 0.6),
             "home-delivered meals referral": ((62, 106), 0.55), "OT home safety evaluation": ((60, 106), 0.5),
             "advance beneficiary notice": ((65, 106), 0.45), "home oxygen certificate of medical necessity": ((45, 104), 0.4),
             "OASIS start-of-care excerpt": ((50, 106), 0.5), "incapacity certification": ((55, 106), 0.55),
             "advance directive witness page": ((40, 104), 0.45), "compliance packaging profile": ((55, 104), 0.45),
             "home parenteral nutrition order": ((19, 92), 0.1), "tele-ICU event note": ((19, 100), 0.25),
             "hospital at home daily log": ((45, 101), 0.35), "record amendment request": ((30, 100), 0.4),
             "custodian of records certification": ((20, 95), 0.15), "lab courier manifest": ((19, 100), 0.3)}
# types whose patient may live abroad (a visitor or a relative's guest)
ABROAD_OK = {"ED bed-board export", "lab courier manifest", "implanted device registration", "funeral home release authorization",
             "MPI deceased-flag update", "tele-ICU event note", "record amendment request", "custodian of records certification",
             "controlled substance waste log", "pharmacy refill voicemail transcript"}
LETTERS = {"optometry recall letter", "nursing facility bed-hold notice"}
# patient-record notes for a dead patient, for the signature and the word-use lines
DECEASED = {"bereavement follow-up log", "funeral home release authorization", "MPI deceased-flag update"}


# ---------------------------------------------------------------- word uses of names in the note

WORD_USE = {
    "hope": "Family said they {w} to keep things simple.",
    "faith": "Spiritual: the family's {w} community is involved; chaplain offered.",
    "rose": "Temp {w} to 100.9 °F overnight, down by morning.",
    "young": "Family history: onset at a {w} age in several relatives.",
    "brown": "A {w} paper bag of old medicines went back to the pharmacy.",
    "will": "Family said they {w} call with any questions.",
    "bill": "Family asked for an itemized {w}.",
    "grant": "A county {w} paid for the entry ramp.",
    "summer": "Family plans a trip in the {w}.",
}

# blocks that carry clinical text to keep (vitals, medications, labs)
KEEP_BLOCKS = {blk_vitals, blk_meds, blk_labs}

# how often a block is drawn early (weighted shuffle); the rest weigh 1
BLOCK_WEIGHT = {blk_foreign_doc: 4.0, blk_plan: 2.5, blk_narrative: 3.0, blk_fhx: 2.5, blk_coverage: 3.5, blk_household: 2.0, blk_directions: 1.5, blk_abroad: 2.5}
# blocks with few or no identifiers, for a note that has enough identifiers but is too short
LIGHT_BLOCKS = {blk_abroad, blk_foreign_doc, blk_plan, blk_narrative, blk_fhx, blk_coverage, blk_vitals, blk_meds, blk_labs}
