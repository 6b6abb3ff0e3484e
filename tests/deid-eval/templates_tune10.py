"""Note templates of the tune10 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or
K(kind, text) (keep). These wrap the text in control characters that generate_tune10.py
strips while it records the offsets. Everything here is invented: people, numbers,
addresses, dates. Thirty note types that no other split has, with headers, shared blocks and
signatures of their own, and identifier forms that the earlier tune splits do not use.
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


def pct(s: str) -> str:
    """URL-encode a form value the way a browser does (space as +)."""
    keep = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"
    out = []
    for ch in s:
        if ch in keep:
            out.append(ch)
        elif ch == " ":
            out.append("+")
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
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
    wmi = rng.choice(["1FM", "2HK", "3VW", "4T1", "5NP", "JTD", "KM8", "WBA", "1C6", "2GN", "5XY", "JF2"])
    body = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("EFGHJKLMNPR")
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


def ord_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + "-" + ORD_ONES[n % 10]


def year_words(y: int) -> str:
    if 2000 <= y <= 2099:
        return "two thousand" + ("" if y == 2000 else " " + words(y - 2000))
    hi, lo = divmod(y, 100)
    return words(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else words(lo)))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def tr_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DOW2 = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOWL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DOWX = ["Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."]
FI_MON = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
          "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
IS_MON = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
          "nóvember", "desember"]
ET_MON = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
          "oktoober", "november", "detsember"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]
UZ_MON = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
          "noyabr", "dekabr"]
HE_MON = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר",
          "באוקטובר", "בנובמבר", "בדצמבר"]
SR_MON = ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар",
          "новембар", "децембар"]
BG_MON = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
          "ноември", "декември"]
BN_MON = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
          "নভেম্বর", "ডিসেম্বর"]
BN_DIG = "০১২৩৪৫৬৭৮৯"
PA_MON = ["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ",
          "ਦਸੰਬਰ"]
PA_DIG = "੦੧੨੩੪੫੬੭੮੯"
SI_MON = ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
          "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"]
TE_MON = ["జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్",
          "నవంబర్", "డిసెంబర్"]
ZU_MON = ["uMasingana", "uNhlolanja", "uNdasa", "uMbasa", "uNhlaba", "uNhlangulana", "uNtulikazi", "uNcwaba",
          "uMandulo", "uMfumfu", "uLwezi", "uZibandlela"]
MS_MON = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
          "November", "Disember"]
HIJRI_MON = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
             "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah"]


def hijri(d: dt.date) -> tuple[int, int, int]:
    """Tabular Islamic calendar date of a Gregorian date (arithmetic approximation)."""
    a = (14 - d.month) // 12
    y = d.year + 4800 - a
    m = d.month + 12 * a - 3
    jd = d.day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    ll = jd - 1948440 + 10632
    n = (ll - 1) // 10631
    ll = ll - 10631 * n + 354
    j = ((10985 - ll) // 5316) * ((50 * ll) // 17719) + (ll // 5670) * ((43 * ll) // 15238)
    ll = ll - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    mm = (24 * ll) // 709
    dd = ll - (709 * mm) // 24
    yy = 30 * n + j - 30
    return yy, mm, dd


def fdate(d: dt.date, style: str, rng=None) -> tuple[str, str, str]:
    """-> (outside before, span, outside after)."""
    y, m, dd = d.year, d.month, d.day
    mon = MON[m - 1]
    w = d.weekday()
    hh, mi, ss = (rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)) if rng else (9, 30, 12)
    tz = ("CDT" if 3 <= m <= 10 else "CST")
    off = ("-05:00" if 3 <= m <= 10 else "-06:00")
    if style == "hijri":
        hy, hm, hd = hijri(d)
        return "", f"{hd} {HIJRI_MON[hm - 1]} {hy}", " AH"
    return {
        # yearless, as in logs and flowsheets
        "d-Mon": ("", f"{dd}-{mon[:3]}", ""),
        "dMon": ("", f"{dd:02d}{mon[:3]}", ""),
        "Mon d": ("", f"{mon[:3]} {dd}", ""),
        "m.d": ("", f"{m}.{dd:02d}", ""),
        "mm-dd": ("", f"{m:02d}-{dd:02d}", ""),
        "m/d": ("", f"{m}/{dd}", ""),
        "mm/dd": ("", f"{m:02d}/{dd:02d}", ""),
        "d/m": ("", f"{dd}/{m}", ""),
        "Tu m/d": (f"{DOW2[w]} ", f"{m}/{dd}", ""),
        "Tues. m/d": (f"{DOWX[w]} ", f"{m}/{dd}", ""),
        "Day, Mon d": (f"{DOWL[w]}, ", f"{mon[:3]} {dd}", ""),
        # with a year
        "Tu m/d/yy": (f"{DOW2[w]} ", f"{m}/{dd}/{y % 100:02d}", ""),
        "m/d/yy": ("", f"{m}/{dd}/{y % 100:02d}", ""),
        "mm/dd/yy": ("", f"{m:02d}/{dd:02d}/{y % 100:02d}", ""),
        "m/d/Y": ("", f"{m}/{dd}/{y}", ""),
        "mm/dd/Y": ("", f"{m:02d}/{dd:02d}/{y}", ""),
        "Y-mm-dd": ("", f"{y}-{m:02d}-{dd:02d}", ""),
        "Month d, Y": ("", f"{mon} {dd}, {y}", ""),
        "Month d Y": ("", f"{mon} {dd} {y}", ""),
        "Mon d, 'yy": ("", f"{mon[:3]} {dd}, '{y % 100:02d}", ""),
        "d Month Y": ("", f"{dd} {mon} {y}", ""),
        "d month Y": ("", f"{dd} {mon.lower()} {y}", ""),
        "dd.mm.yy": ("", f"{dd:02d}.{m:02d}.{y % 100:02d}", ""),
        "d ROMAN yy": ("", f"{dd} {ROMAN[m - 1]} {y % 100:02d}", ""),
        "Y mm dd": ("", f"{y} {m:02d} {dd:02d}", ""),
        "dd·mm·Y": ("", f"{dd:02d}·{m:02d}·{y}", ""),
        "mmddY": ("", f"{m:02d}{dd:02d}{y}", ""),
        "mmdd": ("", f"{m:02d}{dd:02d}", ""),
        "Y-mm-dd tz": ("", f"{y}-{m:02d}-{dd:02d}", f" {hh:02d}:{mi:02d} {tz}"),
        "iso zone": ("", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}{off}", "[America/Chicago]"),
        "iso ms": ("", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{rng.randint(0, 999) if rng else 0:03d}+0000", ""),
        "unix": (f"{DOW3[w]} ", f"{mon[:3]} {dd:2d} {hh:02d}:{mi:02d}:{ss:02d} {tz} {y}".replace("  ", " "), ""),
        "the ordw of Month": ("the ", f"{ord_words(dd)} of {mon}", ""),
        "Month the ordw": ("", f"{mon} the {ord_words(dd)}", ""),
        "ordw day of Month, yw": ("the ", f"{ord_words(dd)} day of {mon}, {year_words(y)}", ""),
        # month and year only (finer than the year)
        "Month Y": ("", f"{mon} {y}", ""),
        "Mon'yy": ("", f"{mon[:3]}'{y % 100:02d}", ""),
        "Mon-Y": ("", f"{mon[:3]}-{y}", ""),
        "ROMAN.Y": ("", f"{ROMAN[m - 1]}.{y}", ""),
        "Y/mm": ("", f"{y}/{m:02d}", ""),
        # other languages and calendars
        "fi": ("", f"{dd}. {FI_MON[m - 1]} {y}", ""),
        "is": ("", f"{dd}. {IS_MON[m - 1]} {y}", ""),
        "et": ("", f"{dd}. {ET_MON[m - 1]} {y}", ""),
        "zhtw": ("", f"民國{y - 1911}年{m}月{dd}日", ""),
        "kk": ("", f"{y} жылғы {dd} {KK_MON[m - 1]}", ""),
        "uz": ("", f"{y}-yil {dd}-{UZ_MON[m - 1]}", ""),
        "he": ("", f"{dd} {HE_MON[m - 1]} {y}", ""),
        "sr": ("", f"{dd}. {SR_MON[m - 1]} {y}.", ""),
        "bg": ("", f"{dd} {BG_MON[m - 1]} {y} г.", ""),
        "bn": ("", tr_digits(f"{dd} ", BN_DIG) + BN_MON[m - 1] + tr_digits(f" {y}", BN_DIG), ""),
        "pa": ("", tr_digits(f"{dd} ", PA_DIG) + PA_MON[m - 1] + tr_digits(f" {y}", PA_DIG), ""),
        "si": ("", f"{y} {SI_MON[m - 1]} {dd}", ""),
        "te": ("", f"{dd} {TE_MON[m - 1]} {y}", ""),
        "zu": ("", f"{dd} {ZU_MON[m - 1]} {y}", ""),
        "ms": ("", f"{dd} {MS_MON[m - 1]} {y}", ""),
        "ca": ("", f"{dd}/{m}/{y}", ""),
    }[style]


# the forms this split leans on, for dates drawn without a form of their own
DATE_STYLES = ["d-Mon", "dMon", "Mon d", "m.d", "Tu m/d", "Tues. m/d", "Day, Mon d", "Tu m/d/yy", "m/d/yy",
               "Mon d, 'yy", "d Month Y", "dd.mm.yy", "d ROMAN yy", "Y mm dd", "Month d Y", "the ordw of Month",
               "Month the ordw", "mm/dd/Y", "Y-mm-dd", "m/d", "mm-dd", "dd·mm·Y"]
YEAR_STYLES = ["Tu m/d/yy", "m/d/yy", "Mon d, 'yy", "d Month Y", "dd.mm.yy", "d ROMAN yy", "Y mm dd", "Month d Y",
               "mm/dd/Y", "Y-mm-dd", "dd·mm·Y", "m/d/Y", "Month d, Y"]
LOG_STYLES = ["d-Mon", "dMon", "Mon d", "m.d", "mm-dd", "m/d", "mm/dd", "Tu m/d"]
DOB_STYLES = ["m/d/yy", "mm/dd/Y", "Mon d, 'yy", "d Month Y", "dd.mm.yy", "d ROMAN yy", "Y mm dd", "Month d Y",
              "mmddY", "Y-mm-dd", "m/d/Y"]
MONTH_YEAR = ["Month Y", "Mon'yy", "Mon-Y", "ROMAN.Y", "Y/mm"]
LANG_DATE = {"fi", "is", "et", "zhtw", "kk", "uz", "he", "sr", "bg", "bn", "pa", "si", "te", "zu", "ms"}
LANG_NAME = {"fi": "Finnish", "is": "Icelandic", "et": "Estonian", "zhtw": "Chinese (Taiwan)", "kk": "Kazakh",
             "uz": "Uzbek", "he": "Hebrew", "sr": "Serbian", "bg": "Bulgarian", "bn": "Bengali", "pa": "Punjabi",
             "si": "Sinhala", "te": "Telugu", "zu": "isiZulu", "ms": "Malay", "ca": "Catalan", "bo": "Tibetan",
             "af": "Afrikaans"}


# ---------------------------------------------------------------- ages

# form -> (outside before, span, outside after); {n} number, {w} words, {m} months, {d} days, {t} tenths
AGE_FORMS = {
    "y/o glued": ("", "{n}y/o", ""),
    "yrs-old": ("", "{n}-yrs-old", ""),
    "years-old": ("", "{n} years-old", ""),
    "yr/o": ("", "{n} yr/o", ""),
    "Y.O.": ("", "{n} Y.O.", ""),
    "ymd": ("", "{n}y {m}m {d}d", ""),
    "decimal y": ("", "{n}.{t}y", ""),
    "age: ny": ("age: ", "{n}y", ""),
    "Age (yrs)": ("Age (yrs): ", "{n}", ""),
    "AGE=": ("AGE=", "{n}", ""),
    "at n yrs": ("at ", "{n} yrs", ""),
    "Pt is a": ("Pt is a ", "{n} y.o.", ""),
    "w yrs": ("", "{w} yrs", ""),
    "year-old": ("", "{n}-year-old", ""),
    "y/o": ("", "{n} y/o", ""),
    "yo": ("", "{n} yo", ""),
    "and a half": ("", "{n}-and-a-half", ""),
    "(n y)": ("(", "{n} y", ")"),
    "n yr": ("", "{n} yr", ""),
    "yrs of age": ("", "{n} yrs", " of age"),
    "bare": ("", "{n}", ""),
}
PROSE_AGES = ["y/o glued", "yrs-old", "years-old", "yr/o", "Y.O.", "ymd", "decimal y", "w yrs", "year-old", "y/o",
              "and a half", "n yr", "yrs of age"]
CELL_AGES = ["y/o glued", "Y.O.", "ymd", "decimal y", "n yr", "bare", "yr/o"]


def age_lang(n: int, lang: str) -> tuple[str, str, str]:
    """An age as a relative would write it in their language: (before, span, after)."""
    sr = "година" if not (n % 10 in (2, 3, 4) and not 12 <= n % 100 <= 14) else "године"
    return {
        "fi": ("", f"{n}-vuotias", ""),
        "is": ("", f"{n} ára", ""),
        "et": ("", f"{n}-aastane", ""),
        "zhtw": ("", f"{n}歲", ""),
        "kk": ("", f"{n} жаста", ""),
        "uz": ("", f"{n} yoshda", ""),
        "he": ("בגיל ", f"{n}", ""),
        "sr": ("", f"{n} {sr}", ""),
        "bg": ("на ", f"{n} години", ""),
        "bn": ("", tr_digits(str(n), BN_DIG) + " বছর", ""),
        "pa": ("", f"{n} ਸਾਲ", ""),
        "si": ("", f"අවුරුදු {n}", ""),
        "te": ("", f"{n} సంవత్సరాలు", ""),
        "zu": ("", f"iminyaka engu-{n}", ""),
        "ms": ("berumur ", f"{n} tahun", ""),
        "ca": ("", f"{n} anys", ""),
        "af": ("", f"{n} jaar", " oud"),
        "bo": ("", f"ལོ་{n}", ""),
    }[lang]


# ---------------------------------------------------------------- phones

AREAS = ["573", "636", "660", "319", "563", "712", "308", "402", "701", "605", "406", "307", "208", "541",
         "360", "509", "760", "530", "928", "505", "575", "915", "806", "940", "903", "318", "228", "256",
         "270", "606", "740", "937", "419", "989", "715", "920", "507", "218", "802", "603", "207", "413",
         "570", "814", "304", "540", "252", "843", "912"]
# forms of a US number that the earlier tune splits do not write
US_PHONE_STYLES = ["1 (a) b-c", "(a)bc", "(a)-b-c", "a) b-c", "+1 a bc", "a b-c", "(a)  b - c", "a-b-c (c)",
                   "(a) b-c", "a-b-c", "a.b.c"]


def us_number(rng, area=None):
    return area or rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"


def fmt_phone(a, b, c, style):
    return {"1 (a) b-c": f"1 ({a}) {b}-{c}", "(a)bc": f"({a}){b}{c}", "(a)-b-c": f"({a})-{b}-{c}",
            "a) b-c": f"{a}) {b}-{c}", "+1 a bc": f"+1 {a} {b}{c}", "a b-c": f"{a} {b}-{c}",
            "(a)  b - c": f"({a})  {b} - {c}", "a-b-c (c)": f"{a}-{b}-{c}", "(a) b-c": f"({a}) {b}-{c}",
            "a-b-c": f"{a}-{b}-{c}", "a.b.c": f"{a}.{b}.{c}"}[style]


def us_phone(rng, style=None, area=None) -> str:
    a, b, c = us_number(rng, area)
    return fmt_phone(a, b, c, style or rng.choice(US_PHONE_STYLES))


def tollfree(rng) -> str:
    return f"1-{rng.choice(['800', '866', '877', '888'])}-{rng.randint(201, 989)}-{zdigits(rng, 4)}"


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, given, family, script=None, sex="F", cred=None, role=None, family_first=False,
                 country="USA", middle=None, lang=None):
        self.given, self.family, self.script, self.sex = given, family, script, sex
        self.cred, self.role, self.family_first, self.country = cred, role, family_first, country
        self.middle, self.lang = middle, lang
        self.nick = None

    @property
    def call(self) -> str:
        return self.given.split()[-1] if self.family_first else self.given.split()[0]

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    def fhir(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family,
                "given": self.given.split() + ([self.middle] if self.middle else [])}]
        if self.script:
            fam, giv = self.script
            txt = f"{fam}{giv}" if _cjk_like(fam + giv) else f"{giv} {fam}"
            out.append({"text": txt, "family": fam, "given": [giv]})
        if self.nick:
            out.append({"text": f"{self.nick} {self.family}", "family": self.family, "given": [self.nick]})
        return out


def _cjk_like(s: str) -> bool:
    return all(0x2E80 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in s)


# (given, family, (family, given) in own script or None, sex, family first, country, language)
PT_POOL = [
    ("Kerttu", "Hietanen", None, "F", False, "FIN", "fi"),
    ("Eino", "Pajunen", None, "M", False, "FIN", "fi"),
    ("Hallgerður", "Hallgrímsdóttir", None, "F", False, "ISL", "is"),
    ("Sæmundur", "Þorvaldsson", None, "M", False, "ISL", "is"),
    ("Maarika", "Rebane", None, "F", False, "EST", "et"),
    ("Hsiu-ying", "Tsai", ("蔡", "秀英"), "F", True, "TWN", "zhtw"),
    ("Chao-hsiung", "Hsieh", ("謝", "朝雄"), "M", True, "TWN", "zhtw"),
    ("Rokhsana", "Parvin", ("পারভীন", "রোখসানা"), "F", False, "BGD", "bn"),
    ("Nirmalendu", "Talukdar", ("তালুকদার", "নির্মলেন্দু"), "M", False, "BGD", "bn"),
    ("Manpreet", "Bhullar", ("ਭੁੱਲਰ", "ਮਨਪ੍ਰੀਤ"), "F", False, "IND", "pa"),
    ("Sukhdev", "Aulakh", ("ਔਲਖ", "ਸੁਖਦੇਵ"), "M", False, "IND", "pa"),
    ("Upali", "Senanayake", ("සේනානායක", "උපාලි"), "M", False, "LKA", "si"),
    ("Annapurna", "Kalidindi", ("కలిదిండి", "అన్నపూర్ణ"), "F", False, "IND2", "te"),
    ("Thulisile", "Nxumalo", None, "F", False, "ZAF", "zu"),
    ("Mandla", "Ngcobo", None, "M", False, "ZAF", "zu"),
    ("Elna", "Steyn", None, "F", False, "ZAF2", "af"),
    ("Nurul Ain", "binti Zulkifli", None, "F", False, "MYS", "ms"),
    ("Mohd Hafizuddin", "bin Azman", None, "M", False, "MYS", "ms"),
    ("Saule", "Nurpeisova", ("Нұрпейісова", "Сәуле"), "F", False, "KAZ", "kk"),
    ("Feruza", "Tursunova", None, "F", False, "UZB", "uz"),
    ("Yiska", "Azoulay", ("אזולאי", "יסכה"), "F", False, "ISR", "he"),
    ("Mercè", "Vilaró i Pujol", None, "F", False, "ESP", "ca"),
    ("Jelena", "Stanković", ("Станковић", "Јелена"), "F", False, "SRB", "sr"),
    ("Hristo", "Georgiev", ("Георгиев", "Христо"), "M", False, "BGR", "bg"),
    ("Dechen", "Rinchen", ("རིན་ཆེན", "བདེ་ཆེན"), "F", False, "NPL", "bo"),
    ("Joy", "Stone", None, "F", False, "USA", None),
    ("Rose", "Bell", None, "F", False, "USA", None),
    ("Penny", "King", None, "F", False, "USA", None),
    ("Will", "Goodnight", None, "M", False, "USA", None),
    ("Hope", "Lamb", None, "F", False, "USA", None),
    ("Autumn", "Love", None, "F", False, "USA", None),
    ("Sonny", "Sharp", None, "M", False, "USA", None),
    ("Mercedes", "de las Heras", None, "F", False, "USA", None),
    ("Calixto", "del Olmo", None, "M", False, "USA", None),
    ("Lorenza", "di Sabatino", None, "F", False, "USA", None),
    ("Gerrit", "ter Voort", None, "M", False, "USA", None),
    ("Ambrosine", "Pennefather-Vane", None, "F", False, "USA", None),
    ("Cuthbert", "Tregenza-Bolitho", None, "M", False, "USA", None),
    ("Ottoline", "Zagórski", None, "F", False, "USA", None),
]

# given names of relatives who still live in the patient's country: (female, male)
COUNTRY_GIVEN = {"FIN": (["Raili", "Sirkka"], ["Pentti", "Jorma"]), "ISL": (["Þórdís", "Hrafnhildur"], ["Sölvi", "Einar"]),
                 "EST": (["Ülle", "Tiina"], ["Toomas", "Mart"]), "TWN": (["Ya-hui", "Shu-hua"], ["Wen-hsiung", "Tsung-hsien"]),
                 "BGD": (["Jharna", "Shiuly"], ["Anwar", "Kamrul"]), "IND": (["Kirandeep", "Rupinder"], ["Balwinder", "Gurtej"]),
                 "IND2": (["Sarojini", "Sridevi"], ["Venkateswarlu", "Raghunath"]), "LKA": (["Chamari", "Dilani"], ["Ruwan", "Kasun"]),
                 "ZAF": (["Lindiwe", "Zanele"], ["Bongani", "Themba"]), "ZAF2": (["Annelie", "Riana"], ["Barend", "Wessel"]),
                 "MYS": (["Norhayati", "Nurul Izzah"], ["Khairul Anuar", "Hafiz"]), "KAZ": (["Gulnara", "Aizhan"], ["Daulet", "Nurlan"]),
                 "UZB": (["Gulnora", "Malika"], ["Bekzod", "Sherzod"]), "ISR": (["Tzipora", "Nitzan"], ["Yehuda", "Oded"]),
                 "ESP": (["Núria", "Mireia"], ["Jordi", "Pau"]), "SRB": (["Milica", "Snežana"], ["Nemanja", "Dragan"]),
                 "BGR": (["Tsvetanka", "Radka"], ["Georgi", "Todor"]), "NPL": (["Yangchen", "Dawa"], ["Karma", "Tashi"])}

# relatives' given names in their own script (the family name comes from the patient's)
SCRIPT_GIVEN = {"Ya-hui": "雅惠", "Shu-hua": "淑華", "Wen-hsiung": "文雄", "Tsung-hsien": "宗憲", "Jharna": "ঝর্ণা",
                "Shiuly": "শিউলি", "Anwar": "আনোয়ার", "Kamrul": "কামরুল", "Kirandeep": "ਕਿਰਨਦੀਪ", "Rupinder": "ਰੁਪਿੰਦਰ",
                "Balwinder": "ਬਲਵਿੰਦਰ", "Gurtej": "ਗੁਰਤੇਜ", "Sarojini": "సరోజిని", "Sridevi": "శ్రీదేవి",
                "Venkateswarlu": "వెంకటేశ్వర్లు", "Raghunath": "రఘునాథ్", "Chamari": "චාමරි", "Dilani": "දිලානි", "Ruwan": "රුවන්",
                "Kasun": "කසුන්", "Gulnara": "Гүлнара", "Aizhan": "Айжан", "Daulet": "Дәулет", "Nurlan": "Нұрлан",
                "Tzipora": "ציפורה", "Nitzan": "ניצן", "Yehuda": "יהודה", "Oded": "עודד", "Milica": "Милица", "Snežana": "Снежана",
                "Nemanja": "Немања", "Dragan": "Драган", "Tsvetanka": "Цветанка", "Radka": "Радка", "Georgi": "Георги",
                "Todor": "Тодор", "Yangchen": "དབྱངས་ཅན", "Dawa": "ཟླ་བ", "Karma": "ཀརྨ", "Tashi": "བཀྲ་ཤིས"}

GIVEN_F = ["Wynona", "Philomena", "Rosamund", "Honora", "Theodosia", "Araminta", "Persephone", "Drusilla", "Mehitabel",
           "Zipporah", "Jemima", "Bathsheba", "Marigold", "Wiktoria", "Maelle", "Sunniva", "Bogdana", "Anwen", "Mirela",
           "Naledi", "Edda", "Hyacinthe", "Hosanna", "Oriane", "Marit", "Cressida", "Ysolde", "Leocadia", "Clotilde",
           "Eulalie", "Genoveva"]
GIVEN_M = ["Eldridge", "Grover", "Hiram", "Ishmael", "Lemuel", "Mordecai", "Obadiah", "Phineas", "Rupert", "Uriah",
           "Alpheus", "Erasmus", "Montague", "Octavius", "Septimus", "Fitzroy", "Bertram", "Crispin", "Thorvald", "Gaurav",
           "Ichiro", "Leocadio", "Casimir", "Kazimierz", "Radomir", "Leander", "Bertil", "Greville", "Ignatz", "Florentin",
           "Wystan", "Evander"]
FAMILY = ["Polkinghorne", "Rosewarne", "Nankivell", "Treloar", "Ruddock", "Pargeter", "Ollerenshaw", "Gathercole",
          "Hepplewhite", "Sowerbutts", "Tattersall", "Shufflebottom", "Ackroyd", "Illingworth", "Murgatroyd", "Zanardi",
          "Bonfiglio", "Scognamiglio", "Iacobelli", "Camilleri", "Zammit", "Farrugia", "Buttigieg", "Ilunga", "Kabongo",
          "Tshibanda", "Kalonji", "Cifuentes", "Iturbide", "Lizarraga", "Mondragón", "Olaechea", "Urquidi", "Zubiaur",
          "Dorantes", "Inzunza", "Jáuregui", "Sauceda", "Valadez", "Fotheringham", "Ó Dubhghaill", "van der Kolk"]
WORD_GIVEN_F = ["Joy", "Rose", "Hope", "Penny", "Autumn"]
WORD_GIVEN_M = ["Will", "Sonny"]
WORD_FAMILY = ["Stone", "Bell", "King", "Lamb", "Love", "Sharp", "Goodnight"]
NICKS = ["Peaches", "Skeeter", "Dimples", "Buddy", "Sissy", "Tater", "Birdie", "Junebug", "Doodle", "Bitsy"]

# clinicians: (given, family)
CLIN_POOL = [("Wiktoria", "Przybylska"), ("Maelle", "Kerjean"), ("Thorvald", "Rygg"), ("Sunniva", "Nyhus"),
             ("Bogdana", "Lesiuk"), ("Anwen", "Penhallow"), ("Gaurav", "Kalra"), ("Mirela", "Vukadinović"), ("Ichiro", "Sugimura"),
             ("Naledi", "Sithole"), ("Leocadio", "Arriola"), ("Edda", "Lindahl"), ("Casimir", "Wójcicki"), ("Kazimierz", "Dąbrowiecki"),
             ("Hyacinthe", "Tardif"), ("Radomir", "Pešić"), ("Hosanna", "Ekwueme"), ("Oriane", "Vautrin"), ("Leander", "Quist"),
             ("Marit", "Skogen"), ("Cressida", "Vandermolen"), ("Bertil", "Norrgård"), ("Ysolde", "Carlyon"), ("Evander", "Mbuyi"),
             ("Wystan", "Hocking"), ("Florentin", "Sandulescu"), ("Clotilde", "Varennes"), ("Ignatz", "Brennecke"),
             ("Genoveva", "Arguedas"), ("Ebenezer", "Ofosu-Appiah"), ("Ulrike", "Boakye"), ("Rafferty", "Opoku"),
             ("Faustina", "Szalai"), ("Benedek", "Fournel"), ("Aurelie", "Grönholm"), ("Mattias", "Asamoah"),
             ("Eulalie", "Kerrigan-Tuohy"), ("Greville", "Nakashola"), ("Araminta", "Wetherell"), ("Erasmus", "Birkett")]
MIDDLE = list("ABCDEFGJKLMNPRSTW")


def gendered_family(family: str, sex: str) -> str:
    """A surname in the form for the relative's sex (Slavic and Icelandic endings, Malay bin/binti)."""
    if family == "Parvin" and sex == "M":
        return "Mollah"
    if family.startswith("bin ") and sex == "F":
        return "binti " + family[4:]
    if family.startswith("binti ") and sex == "M":
        return "bin " + family[6:]
    rules = [("ova", "ov"), ("sdóttir", "sson")]
    for fem, masc in rules:
        if sex == "M" and family.endswith(fem):
            return family[: -len(fem)] + masc
        if sex == "F" and family.endswith(masc) and not family.endswith(fem):
            return family[: -len(masc)] + fem
    return family


def make_patient(rng) -> Person:
    g, f, sc, sex, ff, ctry, lang = rng.choice(PT_POOL)
    mid = rng.choice(MIDDLE) if not ff and ctry in ("USA", "ZAF2", "FIN", "EST") and rng.random() < 0.5 else None
    return Person(g, f, sc, sex, family_first=ff, country=ctry, middle=mid, lang=lang)


FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "grandmother", "sister-in-law",
           "great-granddaughter", "stepdaughter", "daughter-in-law", "cousin (f)"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "grandfather", "brother-in-law",
            "great-grandson", "stepson", "son-in-law", "cousin (m)"}


# ---------------------------------------------------------------- places

US_CITIES = [("Chamberlain", "SD", "573"), ("Vermillion", "SD", "570"), ("Yankton", "SD", "570"), ("Mobridge", "SD", "576"),
             ("Valentine", "NE", "692"), ("Ogallala", "NE", "691"), ("Dickinson", "ND", "586"), ("Jamestown", "ND", "584"),
             ("Hibbing", "MN", "557"), ("Baraboo", "WI", "539"), ("Clarinda", "IA", "516"), ("Creston", "IA", "508"),
             ("Beatrice", "NE", "683"), ("McCook", "NE", "690"), ("Torrington", "WY", "822"), ("Riverton", "WY", "825"),
             ("Lewistown", "MT", "594"), ("Sandpoint", "ID", "838"), ("Tillamook", "OR", "971"), ("Astoria", "OR", "971"),
             ("Colville", "WA", "991"), ("Fallon", "NV", "894"), ("Kingman", "AZ", "864"), ("Safford", "AZ", "855"),
             ("Winslow", "AZ", "860"), ("Deming", "NM", "880"), ("Socorro", "NM", "878"), ("Tucumcari", "NM", "884"),
             ("Raton", "NM", "877"), ("Marfa", "TX", "798"), ("Uvalde", "TX", "788"), ("Kerrville", "TX", "780"),
             ("Brenham", "TX", "778"), ("Idabel", "OK", "747"), ("Woodward", "OK", "738"), ("Colby", "KS", "677"),
             ("Chanute", "KS", "667"), ("Rolla", "MO", "654"), ("Kennett", "MO", "638"), ("Hannibal", "MO", "634"),
             ("Moberly", "MO", "652"), ("Macomb", "IL", "614"), ("Effingham", "IL", "624"), ("Madisonville", "KY", "424"),
             ("Wooster", "OH", "446"), ("Houghton", "MI", "499"), ("Alpena", "MI", "497"), ("Ludington", "MI", "494")]
# towns that are ordinary or clinical words, and the word use the note makes of them
WORD_TOWNS = [("Saline", "MI", "48176", "saline"), ("Chloride", "AZ", "86431", "chloride"), ("Calcium", "NY", "13616", "calcium"),
              ("Index", "WA", "98256", "index"), ("Cement", "OK", "73017", "cement"), ("Oral", "SD", "57766", "oral"),
              ("Spray", "OR", "97874", "spray")]
WORD_TOWN_USE = {
    "saline": "normal {w} at 75 mL/h overnight, stopped this morning",
    "chloride": "serum {w} 101 mmol/L, within range",
    "calcium": "takes {w} carbonate 500 mg with supper",
    "index": "small cut on the left {w} finger, healing",
    "cement": "hip hemiarthroplasty with bone {w} in 2019",
    "oral": "{w} intake about half of meals",
    "spray": "uses a fluticasone nasal {w} in the spring",
}
STREETS = ["Quillwort Ln", "Sweetfern Rd", "Hoptree Dr", "Wahoo Ridge Rd", "Yellowroot Way", "Coralberry Ln", "Leatherwood Rd",
           "Ninebark St", "Witch Hazel Ter", "Sourwood Bend", "Pipsissewa Trl", "Spicebush Ave", "Snakeroot Ln",
           "Partridgeberry Ct", "Trout Lily Ln", "Hepatica Pl", "Bellwort Rd", "Pokeweed Loop", "Groundnut Rd", "Moonseed Dr",
           "Bittersweet Hollow Rd", "Wintergreen Flats Rd", "Turtlehead Way", "Boneset Ave", "Joe Pye Ln", "Smartweed Ct"]
CROSS_A = ["Hornbeam", "Basswood", "Tuliptree", "Blackhaw", "Hackmatack", "Quaking Aspen", "Bur Oak", "Pignut"]
CROSS_B = ["11th", "17th", "23rd", "Freight St", "Railroad Ave", "Granary St", "Court St", "Route 30", "Hwy 212"]
LANDMARKS = ["the feed mill", "the grain elevator", "the old Sonic", "the water tower", "the Church of Christ",
             "the county barn", "the Casey's", "the VFW hall", "the Dollar General", "the fairgrounds"]
FACILITIES = ["Northwoods Lakeland Health", "Prairie Sky Regional Medical Center", "Riverbend Valley Hospital",
              "High Desert Community Health", "Bluestem Family Medical Group", "Sandstone Ridge Health System"]
FAC_DOMAIN = {"Northwoods Lakeland Health": "nwlakeland.example", "Prairie Sky Regional Medical Center": "prairiesky.example",
              "Riverbend Valley Hospital": "rbvh.example", "High Desert Community Health": "hdch.example",
              "Bluestem Family Medical Group": "bluestemfmg.example", "Sandstone Ridge Health System": "sandstoneridge.example"}
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "mail.com", "gmx.com",
           "fastmail.com", "frontier.com", "cox.net", "charter.net", "mchsi.com", "netzero.net"]


def us_address(rng, city=None, lower=False):
    """-> (marked lines, fhir address, city, state)"""
    if city is None:
        c, st, z3 = rng.choice(US_CITIES)
        z = z3 + f"{rng.randint(1, 99):02d}"
    else:
        c, st, z = city
    k = rng.random()
    if k < 0.4:
        line = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}"
        unit = rng.choice([None, None, None, f"Penthouse {rng.choice('ABC')}", "Garage Apt", "Rear Cottage",
                           f"Basement Unit {rng.randint(1, 3)}", f"Rm {rng.randint(2, 9)}", f"Ph {rng.randint(2, 4)}",
                           f"Cottage {rng.randint(1, 12)}", f"Apt {rng.randint(1, 40)}-{rng.choice('ABCD')}"])
        ml = P("ADDRESS", line) + ((" " + P("ADDRESS", unit)) if unit else "")
        fl = line + ((" " + unit) if unit else "")
    elif k < 0.52:
        line = f"{rng.randint(100, 9999)} {rng.choice(['N', 'S', 'E', 'W'])} {rng.choice(['County Road', 'Co Rd'])} {rng.randint(10, 900)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.62:
        line = f"Rural Route {rng.randint(1, 5)}, Box {rng.randint(10, 480)}-{rng.choice('ABC')}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.72:
        line = f"P O Box {rng.randint(10, 9999)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.8:
        line = f"{rng.randint(12, 999)}{rng.choice(['A', 'B', '½'])} {rng.choice(STREETS)}"
        ml, fl = P("ADDRESS", line), line
    elif k < 0.9:
        park = rng.choice(["Meadowlark Village Apartments", "Pine Shadows Courts", "Cedar Knoll Townhomes"])
        line = f"{rng.randint(100, 999)} {rng.choice(STREETS)}"
        unit = f"Bldg {rng.choice('ABCDEFG')}, #{rng.randint(101, 340)}"
        ml = P("ADDRESS", park) + ", " + P("ADDRESS", line) + " " + P("ADDRESS", unit)
        fl = f"{park}, {line} {unit}"
    else:
        line = f"{rng.randint(100, 899)} {rng.choice(CROSS_A)} St"
        unit = f"Upper {rng.randint(1, 3)}"
        ml = P("ADDRESS", line) + ", " + P("ADDRESS", unit)
        fl = f"{line}, {unit}"
    citl = P("CITY", c) + f", {st} " + P("ZIP", z)
    lines = [ml, citl]
    if lower:
        lines = [remark(x, str.lower) for x in lines]
    return lines, {"line": [fl], "city": c, "state": st, "postalCode": z}, c, st


def foreign_address(rng, country=None):
    """-> (marked lines, fhir address, country name, phone)"""
    n = rng.randint
    keys = ["FIN", "ISL", "EST", "TWN", "BGD", "IND", "IND2", "LKA", "ZAF", "ZAF2", "MYS", "KAZ", "UZB", "ISR", "ESP",
            "SRB", "BGR", "NPL"]
    k = country if country in keys else rng.choice(keys)
    if k == "FIN":
        pc = f"331{n(0, 9)}0"
        lines = [P("ADDRESS", f"Hämeenkatu {n(2, 40)}") + " " + P("ADDRESS", f"B {n(2, 60)}"), P("ZIP", pc) + " " + P("CITY", "Tampere"), "Suomi"]
        return lines, {"line": [f"Hämeenkatu"], "city": "Tampere", "state": None, "postalCode": pc}, "Finland", f"+358 40 {n(100, 999)} {n(1000, 9999)}"
    if k == "ISL":
        lines = [P("ADDRESS", f"Strandgata {n(2, 90)}") + ", " + P("ADDRESS", f"{n(1, 4)}. hæð"), P("ZIP", "220") + " " + P("CITY", "Hafnarfjörður"), "Ísland"]
        return lines, {"line": [], "city": "Hafnarfjörður", "state": None, "postalCode": "220"}, "Iceland", f"+354 {n(660, 899)} {n(1000, 9999)}"
    if k == "EST":
        pc = f"510{n(0, 9)}{n(0, 9)}"
        lines = [P("ADDRESS", f"Rüütli tn {n(2, 40)}-{n(1, 30)}"), P("ZIP", pc) + " " + P("CITY", "Tartu"), "Eesti"]
        return lines, {"line": [], "city": "Tartu", "state": None, "postalCode": pc}, "Estonia", f"+372 5{n(100, 999)} {n(1000, 9999)}"
    if k == "TWN":
        lines = [P("ZIP", "407") + P("CITY", "台中市") + P("CITY", "西屯區") + P("ADDRESS", f"台灣大道三段{n(10, 999)}號") + P("ADDRESS", f"{n(2, 19)}樓之{n(1, 6)}")]
        return lines, {"line": [], "city": "Taichung", "state": None, "postalCode": "407"}, "Taiwan", f"+886 9{n(10, 89)}-{n(100, 999)}-{n(100, 999)}"
    if k == "BGD":
        lines = [P("ADDRESS", f"Bari No. {n(2, 99)}") + ", " + P("ADDRESS", "Shaheb Bazar"), P("CITY", "Rajshahi") + " " + P("ZIP", "6000"), "Bangladesh"]
        return lines, {"line": [], "city": "Rajshahi", "state": None, "postalCode": "6000"}, "Bangladesh", f"+880 17{n(10, 99)}-{n(100000, 999999)}"
    if k == "IND":
        pin = f"1442{n(0, 9)}{n(0, 9)}"
        lines = ["Village " + P("ADDRESS", "Dhilwan Kalan") + ", P.O. " + P("ADDRESS", "Bhogpur") + ", Distt. " + P("CITY", "Jalandhar"),
                 "Punjab " + P("ZIP", pin) + ", India"]
        return lines, {"line": [], "city": "Jalandhar", "state": None, "postalCode": pin}, "India", f"+91 98{n(100, 999)} {n(10000, 99999)}"
    if k == "IND2":
        pin = f"5220{n(0, 9)}{n(0, 9)}"
        lines = [P("ADDRESS", f"D.No. {n(2, 60)}-{n(1, 40)}-{n(1, 20)}") + ", " + P("ADDRESS", "Brodipet 4th Line"),
                 P("CITY", "Guntur") + " - " + P("ZIP", pin) + ", Andhra Pradesh"]
        return lines, {"line": [], "city": "Guntur", "state": None, "postalCode": pin}, "India", f"+91 94{n(100, 999)} {n(10000, 99999)}"
    if k == "LKA":
        lines = [P("ADDRESS", f"No. {n(2, 300)}/{n(1, 9)}, Galle Road"), P("ADDRESS", "Wellawatte") + ", " + P("CITY", "Colombo") + " " + P("ZIP", "00600"), "Sri Lanka"]
        return lines, {"line": [], "city": "Colombo", "state": None, "postalCode": "00600"}, "Sri Lanka", f"+94 77 {n(100, 999)} {n(1000, 9999)}"
    if k == "ZAF":
        lines = [P("ADDRESS", f"Stand {n(100, 9999)}") + ", " + P("ADDRESS", f"Zone {n(1, 9)}") + ", " + P("ADDRESS", "Meadowlands"),
                 P("CITY", "Soweto") + ", " + P("ZIP", "1852"), "South Africa"]
        return lines, {"line": [], "city": "Soweto", "state": None, "postalCode": "1852"}, "South Africa", f"+27 82 {n(100, 999)} {n(1000, 9999)}"
    if k == "ZAF2":
        lines = [P("ADDRESS", f"{n(2, 90)} Protea Street") + ", " + P("ADDRESS", "Rondebosch"), P("CITY", "Cape Town") + ", " + P("ZIP", "7700"), "South Africa"]
        return lines, {"line": [], "city": "Cape Town", "state": None, "postalCode": "7700"}, "South Africa", f"082 {n(100, 999)} {n(1000, 9999)}"
    if k == "MYS":
        lines = [P("ADDRESS", f"No. {n(2, 90)}, Jalan SS {n(2, 9)}/{n(2, 30)}"), P("ZIP", "47300") + " " + P("CITY", "Petaling Jaya") + ", Selangor", "Malaysia"]
        return lines, {"line": [], "city": "Petaling Jaya", "state": None, "postalCode": "47300"}, "Malaysia", f"+60 1{n(2, 9)}-{n(100, 999)} {n(1000, 9999)}"
    if k == "KAZ":
        lines = [P("ADDRESS", f"Abai dañğyly {n(2, 150)}") + ", " + P("ADDRESS", f"päter {n(1, 90)}"), P("CITY", "Almaty") + " " + P("ZIP", f"0500{n(10, 99)}"), "Qazaqstan"]
        return lines, {"line": [], "city": "Almaty", "state": None, "postalCode": None}, "Kazakhstan", f"+7 701 {n(100, 999)} {n(1000, 9999)}"
    if k == "UZB":
        lines = [P("ADDRESS", f"Amir Temur ko‘chasi, {n(2, 120)}-uy") + ", " + P("ADDRESS", f"{n(1, 80)}-xonadon"), P("CITY", "Toshkent") + " " + P("ZIP", f"1000{n(10, 99)}"), "O‘zbekiston"]
        return lines, {"line": [], "city": "Tashkent", "state": None, "postalCode": None}, "Uzbekistan", f"+998 90 {n(100, 999)} {n(10, 99)} {n(10, 99)}"
    if k == "ISR":
        zc = f"33{n(10000, 99999)}"
        lines = [P("ADDRESS", f"רחוב הנביאים {n(2, 90)}") + ", " + P("ADDRESS", f"דירה {n(1, 30)}"), P("CITY", "רחובות") + " " + P("ZIP", zc), "ישראל"]
        return lines, {"line": [], "city": "Rehovot", "state": None, "postalCode": zc}, "Israel", f"+972-5{n(0, 8)}-{n(100, 999)}-{n(1000, 9999)}"
    if k == "ESP":
        lines = [P("ADDRESS", f"C/ de la Indústria, {n(2, 160)}") + ", " + P("ADDRESS", f"{n(1, 6)}r {n(1, 4)}a"), P("ZIP", f"0820{n(1, 8)}") + " " + P("CITY", "Sabadell"), "Catalunya"]
        return lines, {"line": [], "city": "Sabadell", "state": None, "postalCode": None}, "Spain", f"+34 6{n(10, 99)} {n(10, 99)} {n(10, 99)} {n(10, 99)}"
    if k == "SRB":
        lines = [P("ADDRESS", f"Кнеза Милоша {n(2, 90)}/{n(1, 20)}"), P("ZIP", "11000") + " " + P("CITY", "Београд"), "Србија"]
        return lines, {"line": [], "city": "Belgrade", "state": None, "postalCode": "11000"}, "Serbia", f"+381 6{n(0, 5)} {n(1000000, 9999999)}"
    if k == "BGR":
        lines = [P("ADDRESS", "ж.к. Младост 1") + ", " + P("ADDRESS", f"бл. {n(1, 90)}") + ", " + P("ADDRESS", f"вх. {rng.choice('АБВ')}")
                 + ", " + P("ADDRESS", f"ет. {n(1, 12)}") + ", " + P("ADDRESS", f"ап. {n(1, 60)}"), P("ZIP", "1784") + " " + P("CITY", "София"), "България"]
        return lines, {"line": [], "city": "Sofia", "state": None, "postalCode": "1784"}, "Bulgaria", f"+359 88 {n(100, 999)} {n(1000, 9999)}"
    lines = [P("ADDRESS", f"Jawalakhel-{n(2, 9)}") + ", " + P("ADDRESS", "Ekantakuna") + ", " + P("CITY", "Lalitpur") + " " + P("ZIP", "44700"), "Nepal"]
    return lines, {"line": [], "city": "Lalitpur", "state": None, "postalCode": "44700"}, "Nepal", f"+977 98{n(0, 9)}-{n(1000000, 9999999)}"


FOREIGN_CITIES = [("Oulu", "Finland"), ("Ísafjörður", "Iceland"), ("Pärnu", "Estonia"), ("Kaohsiung", "Taiwan"),
                  ("Chattogram", "Bangladesh"), ("Bathinda", "India"), ("Kandy", "Sri Lanka"), ("Durban", "South Africa"),
                  ("Ipoh", "Malaysia"), ("Shymkent", "Kazakhstan"), ("Samarqand", "Uzbekistan"), ("Be'er Sheva", "Israel"),
                  ("Girona", "Spain"), ("Niš", "Serbia"), ("Plovdiv", "Bulgaria"), ("Bhaktapur", "Nepal")]


def ascii_fold(s: str) -> str:
    s = (s.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D").replace("þ", "th")
         .replace("Þ", "Th").replace("æ", "ae").replace("ł", "l"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def make_email(rng, p: Person, dob: dt.date | None = None) -> str:
    g = ascii_fold(p.call).lower().replace("'", "").replace("-", "") or "pt"
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    dom = rng.choice(DOMAINS)
    k = rng.randrange(6)
    if k == 0:
        return f"{g}{f[:3]}.{rng.randint(10, 99)}@{dom}"
    if k == 1 and dob:
        return f"{f}.{g[:1]}{dob.strftime('%m%d')}@{dom}"
    if k == 2:
        return f"{rng.choice(['the', 'mrs', 'its', 'just', 'real'])}{g}{f[:1]}@{dom}"
    if k == 3:
        return f"{g}-{f}@{dom}"
    if k == 4:
        return f"{rng.choice(['farmgirl', 'lakeside', 'quilter', 'fisherman', 'gardener', 'bookworm'])}{rng.randint(41, 99)}.{g}@{dom}"
    return f"{f}{g}{rng.randint(1, 9)}@{dom}"


# ---------------------------------------------------------------- note context

CREDS = ["MD", "DO", "NP", "PA-C", "RN", "BSN, RN", "APRN, CNS", "MSN, FNP-BC", "LPN", "RN, CCRN"]
PLANS = [  # (plan name, member-id generator, group generator)
    ("Wellmark BCBS", lambda r: "W" + alnum(r, 2, UPPER) + digits(r, 9), lambda r: digits(r, 5) + "-" + zdigits(r, 3)),
    ("Medica Choice", lambda r: digits(r, 8) + "-0" + str(r.randint(1, 4)), lambda r: "MC" + digits(r, 5)),
    ("HealthPartners", lambda r: "HP" + digits(r, 9), lambda r: digits(r, 7)),
    ("Sanford Health Plan", lambda r: "S" + digits(r, 8), lambda r: "SHP-" + digits(r, 4)),
    ("Dean Health Plan", lambda r: digits(r, 11), lambda r: alnum(r, 3, UPPER) + digits(r, 3)),
    ("Moda Health", lambda r: "M" + digits(r, 10), lambda r: digits(r, 6)),
    ("Presbyterian Health Plan", lambda r: digits(r, 9) + "P", lambda r: "G" + digits(r, 6)),
    ("Oscar", lambda r: "OSC" + digits(r, 8), lambda r: digits(r, 5)),
]
MEDICAID = {"IA": ("Iowa Medicaid", "State ID", lambda r: digits(r, 7) + r.choice(UPPER)),
            "NE": ("Heritage Health", "Medicaid #", lambda r: digits(r, 11)),
            "MN": ("Medical Assistance", "PMI", lambda r: zdigits(r, 8)),
            "WI": ("ForwardHealth", "Member ID", lambda r: digits(r, 10)),
            "NM": ("Turquoise Care", "Medicaid ID", lambda r: digits(r, 9)),
            "AR": ("ARHOME", "Medicaid ID", lambda r: digits(r, 10)),
            "WV": ("WV Medicaid", "ID", lambda r: digits(r, 11)),
            "ND": ("ND Medicaid", "ID", lambda r: "ND" + digits(r, 7))}


class C:
    """What one note knows: the chart, the people, the numbers, and the renderers."""

    def __init__(self, rng, ntype: str, infant: bool = False, age_range=None, old: float = 0.4,
                 us_only: bool = True):
        self.rng = r = rng
        self.ntype = ntype
        self.fac = r.choice(FACILITIES)
        self.dom = FAC_DOMAIN[self.fac]
        self.vdate = dt.date(2023, 4, 1) + dt.timedelta(days=r.randint(0, 640))
        self.pt = make_patient(r)
        self.infant = infant
        if infant:
            days = r.randint(1, 40)
            self.dob = self.vdate - dt.timedelta(days=days)
            self.age, self.age_m, self.days_old = 0, 0, days
        else:
            lo, hi = age_range or (19, 104)
            if hi >= 90 and r.random() < old:
                a = r.randint(90, min(hi, 104))
            else:
                a = r.randint(lo, min(hi, 89))
            ann = self.vdate.replace(year=self.vdate.year - a, day=min(self.vdate.day, 28))
            self.dob = ann - dt.timedelta(days=r.randint(1, 330))
            tot = (self.vdate.year - self.dob.year) * 12 + self.vdate.month - self.dob.month - (1 if self.vdate.day < self.dob.day else 0)
            self.age, self.age_m = tot // 12, tot % 12
            self.days_old = (self.vdate - self.dob).days
        # identifiers
        self.mrn = r.choice([digits(r, 8), "00" + digits(r, 6), "M" + digits(r, 7), digits(r, 2) + "-" + zdigits(r, 2) + "-" + zdigits(r, 2) + "-" + zdigits(r, 2),
                             "NW" + digits(r, 6), digits(r, 7) + "-" + str(r.randint(0, 9))])
        self.ssn = ssn(r)
        self.mbi = mbi(r)
        self.acct = r.choice([digits(r, 9), "HAR" + digits(r, 8), digits(r, 3) + "-" + zdigits(r, 4) + "-" + zdigits(r, 3), "E" + digits(r, 10)])
        # home
        self.word_town = None
        self.abroad = None
        self.fphone = None
        if us_only or r.random() < 0.72:
            if r.random() < 0.16:
                wt = r.choice(WORD_TOWNS)
                self.word_town = wt[3]
                self.addr_lines, self.addr, self.city, self.state = us_address(r, (wt[0], wt[1], wt[2]))
            else:
                self.addr_lines, self.addr, self.city, self.state = us_address(r)
        else:
            self.addr_lines, self.addr, self.abroad, self.fphone = foreign_address(r, self.pt.country)
            self.city = self.addr["city"] if self.addr["city"] and self.addr["city"] in plain("".join(self.addr_lines)) else None
            self.state = None
        if not self.addr["line"] or self.abroad:
            self.addr["line"] = [plain(self.addr_lines[0])]
        self.mstate = self.state if self.state in MEDICAID else r.choice(sorted(MEDICAID))
        prog, lab, gen = MEDICAID[self.mstate]
        self.mcaid = (prog, lab, gen(r))
        plan = r.choice(PLANS)
        self.plan, self.member, self.group = plan[0], plan[1](r), plan[2](r)
        self.medicare = self.age >= 65 or r.random() < 0.06
        self.phone = self.fphone or us_phone(r)
        self.phone2 = us_phone(r)
        self.email = make_email(r, self.pt, self.dob)
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
            sex = "F" if (w in FEM_REL or relationship in FEM_REL) else "M" if (w in MASC_REL or relationship in MASC_REL) else r.choice("FM")
        if given is None:
            if same_family and self.pt.country in COUNTRY_GIVEN and r.random() < 0.6:
                pool = [g for g in COUNTRY_GIVEN[self.pt.country][0 if sex == "F" else 1] if g not in self.used]
                given = r.choice(pool) if pool else None
            elif r.random() < 0.22:
                pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
                given = r.choice(pool) if pool else None
            if given is None:
                given = self._fresh_given(sex)
        self.used.add(given)
        if family is None:
            if same_family:
                family = gendered_family(self.pt.family, sex)
            elif r.random() < 0.2 and [f for f in WORD_FAMILY if f not in self.used]:
                family = r.choice([f for f in WORD_FAMILY if f not in self.used])
            else:
                family = self._fresh_family()
        self.used.add(family)
        p = Person(given, family, None, sex, country=self.pt.country if same_family else "USA")
        if same_family and self.pt.script and given in SCRIPT_GIVEN and family != "Mollah":
            fam_s = self.pt.script[0]
            if family != self.pt.family and fam_s.endswith("ов"):
                fam_s += "а"
            elif family != self.pt.family and fam_s.endswith("ова"):
                fam_s = fam_s[:-1]
            p.script = (fam_s, SCRIPT_GIVEN[given])
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

    def other(self, sex=None, given=None, family=None) -> Person:
        r = self.rng
        sex = sex or r.choice("FM")
        if given is None:
            if r.random() < 0.12:
                pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
                given = r.choice(pool) if pool else self._fresh_given(sex)
            else:
                given = self._fresh_given(sex)
        if family is None:
            fam_pool = [f for f in WORD_FAMILY if f not in self.used]
            family = r.choice(fam_pool) if fam_pool and r.random() < 0.15 else self._fresh_family()
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

    def Dob(self, style: str | None = None) -> str:
        return self.D(self.dob, style or self.rng.choice(DOB_STYLES))

    def range_(self, a: dt.date, b: dt.date) -> str:
        """A date range in one of this split's forms: two DATE spans."""
        r = self.rng
        k = r.randrange(5)
        if k == 0 and a.month == b.month:
            return P("DATE", f"{MON[a.month - 1][:3]} {a.day}") + "–" + P("DATE", f"{b.day}, {b.year}")
        if k == 1 and a.month == b.month:
            return P("DATE", f"{a.day}") + "–" + P("DATE", f"{b.day} {MON[b.month - 1]} {b.year}")
        if k == 2:
            return P("DATE", f"{a.month}/{a.day}") + " thru " + P("DATE", f"{b.month}/{b.day}/{b.year % 100:02d}")
        if k == 3:
            return "from " + P("DATE", f"{a.month:02d}/{a.day:02d}") + " to " + P("DATE", f"{b.month:02d}/{b.day:02d}/{b.year}")
        return P("DATE", f"{a.day}.{a.month}.") + "–" + P("DATE", f"{b.day}.{b.month}.{b.year}")

    def age_txt(self, n: int | None = None, form: str | None = None, forms=None) -> str:
        r = self.rng
        n = self.age if n is None else n
        form = form or r.choice(forms or PROSE_AGES)
        if form == "and a half" and n < 2:
            form = "yo"
        pre, span, post = AGE_FORMS[form]
        m = self.age_m if n == self.age else r.randint(1, 11)
        m = m or 1
        fill = dict(n=n, w=words(n), m=m, d=r.randint(1, 27), t=r.randint(1, 9))
        body = span.format(**fill)
        return pre + (P("AGE_OVER_89", body) if n > 89 else K("age", body)) + post

    def agecell(self, n: int | None = None) -> str:
        n = self.age if n is None else n
        return P("AGE_OVER_89", str(n)) if n > 89 else K("age", str(n))

    def agelang(self, n: int, lang: str) -> str:
        pre, span, post = age_lang(n, lang)
        return pre + (P("AGE_OVER_89", span) if n > 89 else K("age", span)) + post

    def age_or_infant(self, forms=None) -> str:
        if self.infant:
            return K("age", f"{self.days_old} days")
        return self.age_txt(forms=forms)

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
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g)
        if form == "F,G":
            return P(cat, f.upper()) + "," + P(cat, g.upper() + (f" {p.middle}" if p.middle else ""))
        if form == "init":
            return P(cat, f"{g[0]}. {f}")
        if form == "initnodot":
            return P(cat, f"{''.join(w[0] for w in g.replace('-', ' ').split())} {f}")
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
        if form == "poss":
            return P(cat, full) + "'s"
        if form == "nick":
            nick = p.nick or self.rng.choice([x for x in NICKS if x not in self.used])
            p.nick = nick
            self.used.add(nick)
            return P(cat, g) + " ‘" + P(cat, nick) + "’ " + P(cat, f)
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
        if p.cred and p.cred in ("MD", "DO", "DPM", "PhD", "DDS"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        cat = "PROVIDER_NAME" if p.cred else "NAME"
        return ("Ms. " if p.sex == "F" else "Mr. ") + P(cat, p.family)

    def sig(self, p: Person) -> str:
        return self.nm(p, "gf") + f", {p.cred}"

    def addr_inline(self, sep: str = ", ") -> str:
        return sep.join(self.addr_lines)

    def work_email(self, p: Person) -> str:
        return f"{ascii_fold(p.given).lower().replace(' ', '').replace('-', '')}.{ascii_fold(p.family).lower().replace(' ', '').replace('-', '')}@{self.dom}"

    def hp_medicare(self, dashed: bool | None = None) -> str:
        dashed = self.rng.random() < 0.5 if dashed is None else dashed
        m = self.mbi
        return P("HEALTH_PLAN", f"{m[:4]}-{m[4:7]}-{m[7:]}" if dashed else m)

    def coverage_short(self) -> str:
        if self.medicare and self.rng.random() < 0.6:
            return "Medicare " + self.hp_medicare()
        if self.rng.random() < 0.3:
            prog, lab, val = self.mcaid
            return f"{prog} {lab} {P('HEALTH_PLAN', val)}"
        return f"{self.plan} {P('HEALTH_PLAN', self.member)}"

    def street_prose(self) -> str:
        """The patient's street line inside a sentence, without a label (US homes only)."""
        r = self.rng
        if self.abroad:
            return ""
        first = plain(self.addr_lines[0])
        if first.startswith(("P O Box", "Rural Route")) or "Apartments" in first or "Courts" in first or "Townhomes" in first:
            return ""
        lm = r.choice(LANDMARKS)
        he = "she" if self.pt.sex == "F" else "he"
        k = r.randrange(4)
        a0 = self.addr_lines[0]
        if k == 0:
            return f"{he} lives over on {a0} near {lm}"
        if k == 1:
            return f"{he} is out at {a0}, the place just past {lm}"
        if k == 2:
            return f"home is {a0} in {P('CITY', self.city)}, across from {lm}"
        return f"{he} stays at {a0} (second drive after {lm})"

    def cross(self) -> str:
        r = self.rng
        return P("ADDRESS", f"{r.choice(CROSS_A)} {r.choice(['&', 'and', '@', '/'])} {r.choice(CROSS_B)}")


# ---------------------------------------------------------------- headers (layouts of this split)

def first_span(marked: str, cat: str) -> str:
    i = marked.index("\x01" + cat + "\x02")
    j = marked.index("\x02", i) + 1
    return marked[j:marked.index("\x03", j)]


DL_FORMATS = [lambda r: digits(r, 3) + alnum(r, 2, UPPER) + digits(r, 4), lambda r: alnum(r, 1, UPPER) + digits(r, 8),
              lambda r: alnum(r, 1, UPPER) + digits(r, 12), lambda r: digits(r, 9),
              lambda r: f"{alnum(r, 1, UPPER)}{digits(r, 3)}-{zdigits(r, 4)}-{zdigits(r, 4)}-{zdigits(r, 2)}",
              lambda r: digits(r, 3) + "-" + zdigits(r, 2) + "-" + zdigits(r, 4)]


def h_aamva(c: C) -> str:
    p = c.pt
    r = c.rng
    if c.abroad or c.infant:
        return h_http(c)
    iss = c.days(-r.randint(100, 2400))
    exp = iss.replace(year=iss.year + r.choice([4, 5, 8]), day=min(iss.day, 28))
    mid = P("NAME", ascii_fold(p.middle).upper()) if p.middle else "NONE"
    z = c.addr["postalCode"]
    return ("[ID scan at kiosk — PDF417 decoded]\n@\nANSI 6360" + digits(r, 2) + "090002DL00410" + digits(r, 3) + "ZO0" + digits(r, 3) + "0007DL"
            + f"DAQ{P('LICENSE', DL_FORMATS[r.randrange(len(DL_FORMATS))](r))}\n"
            f"DCS{P('NAME', ascii_fold(p.family).upper())}\nDAC{P('NAME', ascii_fold(p.given).upper())}\nDAD{mid}\n"
            f"DBD{P('DATE', iss.strftime('%m%d%Y'))}\nDBB{P('DATE', c.dob.strftime('%m%d%Y'))}\nDBA{P('DATE', exp.strftime('%m%d%Y'))}\n"
            f"DBC{'2' if p.sex == 'F' else '1'}\nDAYBLU\nDAU0{r.randint(58, 74)} IN\n"
            f"DAG{remark(c.addr_lines[0], str.upper)}\nDAI{P('CITY', c.city.upper())}\nDAJ{c.state}\nDAK{P('ZIP', z + '0000')}\n"
            f"DCF{P('OTHER_ID', alnum(r, 12, UPPER + '0123456789'))}\nDCGUSA\n")


def h_http(c: C) -> str:
    p = c.pt
    r = c.rng
    ip = f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    user = ascii_fold(c.fac.split()[0]).lower()[:3] + digits(r, 4)
    ts = c.vdate
    return (f"{P('DATE', ts.isoformat())} {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},{r.randint(100, 999)} INFO "
            f"[http-nio-8443-exec-{r.randint(1, 40)}] GET /fhir/r4/Patient?identifier=urn:mrn|{P('MRN', c.mrn)}"
            f"&birthdate={P('DATE', c.dob.isoformat())}&family={P('NAME', pct(p.family))}&given={P('NAME', pct(p.given))} "
            f"HTTP/1.1 200 (client {P('IP', ip)}:{r.randint(1025, 65000)}, user={P('OTHER_ID', user)})\n")


def h_ldif(c: C) -> str:
    p = c.pt
    r = c.rng
    mrn_d = "".join(ch for ch in c.mrn if ch.isalnum())
    uid_pre = r.choice(["pt", "u", "mrn"])
    pa = ""
    if not c.abroad:
        pa = f"postalAddress: {c.addr_lines[0]}${c.addr_lines[1]}\n"
    mrn_span = P("MRN", mrn_d) if mrn_d == c.mrn else P("MRN", mrn_d)
    return (f"dn: uid={uid_pre}{mrn_span},ou=patients,dc={c.dom.split('.')[0]},dc=example\n"
            "objectClass: inetOrgPerson\n"
            f"cn: {P('NAME', ascii_fold(p.full))}\nsn: {P('NAME', ascii_fold(p.family))}\ngivenName: {P('NAME', ascii_fold(p.given))}\n"
            f"telephoneNumber: {P('PHONE', c.phone)}\nmail: {P('EMAIL', c.email)}\n" + pa +
            f"description: DOB={P('DATE', c.dob.strftime('%Y%m%d'))}; portal enrolled {c.D(c.days(-r.randint(20, 900)), 'Y-mm-dd')}\n")


def h_syslog(c: C) -> str:
    p = c.pt
    r = c.rng
    ts = f"{c.vdate.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}Z"
    ip = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    mid = ("^" + P("NAME", ascii_fold(p.middle).upper())) if p.middle else ""
    return (f"<134>1 {P('DATE', ts)} adt-gw{r.randint(1, 4):02d} hl7-router {r.randint(1000, 9999)} ADT_A0{r.choice('148')} "
            f"[origin ip=\"{P('IP', ip)}\"][meta pt=\"{P('NAME', ascii_fold(p.family).upper())}^{P('NAME', ascii_fold(p.given).upper())}{mid}\" "
            f"mrn=\"{P('MRN', c.mrn)}\" dob=\"{P('DATE', c.dob.strftime('%Y%m%d'))}\" fin=\"{P('ACCOUNT', c.acct)}\"] message accepted\n")


def h_urlenc(c: C) -> str:
    p = c.pt
    r = c.rng
    fields = [("last_name", "NAME", p.family), ("first_name", "NAME", p.given),
              ("dob", "DATE", f"{c.dob.month:02d}/{c.dob.day:02d}/{c.dob.year}"), ("phone", "PHONE", c.phone),
              ("email", "EMAIL", c.email)]
    if not c.abroad:
        fields.append(("addr1", "ADDRESS", first_span(c.addr_lines[0], "ADDRESS")))
        fields.append(("zip", "ZIP", c.addr["postalCode"]))
    body = "&".join(f"{k}={P(cat, pct(v))}" for k, cat, v in fields)
    return ("[captured intake form, POST /intake/submit, application/x-www-form-urlencoded]\n" + body
            + f"&consent=on&lang={p.lang or 'en'}\n")


def h_whiteboard(c: C) -> str:
    p = c.pt
    r = c.rng
    if c.infant:
        return h_syslog(c)
    rn = c.clin("primary RN", "RN")
    tech = c.clin("patient care tech", "PCT")
    ph = c.phone if not c.abroad else us_phone(r)
    noisy = "".join(("l" if ch == "1" and r.random() < 0.5 else "O" if ch == "0" and r.random() < 0.5 else ch) for ch in ph)
    if noisy == ph and any(ch in "01" for ch in ph):
        i = next(i for i, ch in enumerate(ph) if ch in "01")
        noisy = ph[:i] + ("l" if ph[i] == "1" else "O") + ph[i + 1:]
    return ("[photo of room whiteboard — OCR]\n"
            f"RM {r.randint(2, 6)}{r.choice('lO')}{r.randint(1, 9)}   TODAY IS: {c.D(c.vdate, r.choice(['Tu m/d', 'dd·mm·Y', 'Day, Mon d']))}\n"
            f"PT: {P('NAME', p.given + ' ' + p.family[0] + '.')}   NURSE: {P('PROVIDER_NAME', rn.given)}   TECH: {P('PROVIDER_NAME', tech.given.upper())}\n"
            f"GOAL: walk to the door x3   {K('score', 'PAIN 2/10')}\n"
            f"FAMILY #: {P('PHONE', noisy)}\n")


def h_page(c: C) -> str:
    p = c.pt
    r = c.rng
    rn = c.clin("RN", "RN")
    cb = r.randint(2000, 7999)
    age = c.age_txt(forms=["y/o glued", "Y.O.", "n yr", "(n y)"]) if not c.infant else K("age", f"DOL {c.days_old}")
    return (f"PAGE {c.D(c.vdate, r.choice(['m/d', 'mm/dd', 'm.d']))} {r.randint(0, 23):02d}{r.randint(0, 59):02d} FROM {r.randint(2, 7)}{r.choice('WENS')} x{cb} "
            f"re: bed {r.randint(1, 30)} {P('NAME', p.family.upper())} ({P('MRN', c.mrn)}) {age} {p.sex} — "
            f"{K('vital', 'sats 88% on 4L')}, pls eval, cb x{cb} —{P('PROVIDER_NAME', rn.given)} RN\n")


def h_ticket(c: C) -> str:
    p = c.pt
    r = c.rng
    snd = c.clin("unit coordinator", "RN")
    req = r.choice(["REQ", "RITM", "CS"]) + digits(r, 7)
    return (f"Subject: [EXT] RE: {P('OTHER_ID', req)} / {P('NAME', p.family)}, {P('NAME', p.given)} / DOB {c.Dob(r.choice(['m/d/yy', 'dd.mm.yy', 'Y mm dd']))} / MRN {P('MRN', c.mrn)}\n"
            f"From: \"{P('PROVIDER_NAME', snd.family)}, {P('PROVIDER_NAME', snd.given)}\" <{P('EMAIL', c.work_email(snd))}>\n"
            f"Received: {c.D(c.vdate, 'Tu m/d/yy')} {r.randint(6, 18):02d}:{r.randint(0, 59):02d}\n\n")


def h_magstripe(c: C) -> str:
    p = c.pt
    r = c.rng
    pan = "6" + digits(r, 15)
    exp = c.days(r.randint(200, 1100))
    yymm = exp.strftime("%y%m")
    nm = f"{P('NAME', ascii_fold(p.family).upper())}/{P('NAME', ascii_fold(p.given).upper())}"
    return ("[insurance card swipe at registration, raw tracks]\n"
            f"%B{P('HEALTH_PLAN', pan)}^{nm}^{P('DATE', yymm)}1010000000?\n"
            f";{P('HEALTH_PLAN', pan)}={P('DATE', yymm)}1010000000?\n"
            f"payer: {c.plan}; group {P('HEALTH_PLAN', c.group)}\n")


def h_proto(c: C) -> str:
    p = c.pt
    r = c.rng
    return ("# EncounterContext (text proto from the interface engine)\n"
            "patient {\n"
            f"  mrn: \"{P('MRN', c.mrn)}\"\n"
            f"  name {{ family: \"{P('NAME', p.family)}\" given: \"{P('NAME', p.given)}\" }}\n"
            f"  birth_date: \"{P('DATE', c.dob.isoformat())}\"\n"
            f"  telecom {{ system: PHONE value: \"{P('PHONE', c.phone)}\" }}\n"
            "}\n"
            f"encounter {{ id: \"{P('ACCOUNT', c.acct)}\" start: \"{P('DATE', c.vdate.isoformat() + 'T' + f'{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00-05:00')}\" }}\n")


HEADERS = [h_aamva, h_http, h_ldif, h_syslog, h_urlenc, h_whiteboard, h_page, h_ticket, h_magstripe, h_proto]


def letterhead(c: C) -> str:
    r = c.rng
    city, st, z3 = r.choice(US_CITIES)
    z = z3 + f"{r.randint(1, 99):02d}"
    return (f"{c.fac.upper()}\n{P('ADDRESS', f'{r.randint(100, 4999)} {r.choice(STREETS)}')} ▪ {P('CITY', city)} {st} {P('ZIP', z)}\n"
            f"ph {P('PHONE', us_phone(r, '(a)-b-c'))} ▪ fx {P('FAX', us_phone(r, 'a b-c'))} ▪ www.{c.dom}\n\n")


# ---------------------------------------------------------------- shared blocks

def _rel_age(c: C, relw: str) -> int:
    a = c.age if c.age else 0
    r = c.rng
    relw = relw.split()[0]
    if relw in ("sister", "brother", "cousin"):
        return max(18, a + r.randint(-8, 8))
    if relw in ("daughter", "son", "daughter-in-law", "son-in-law", "stepdaughter", "stepson"):
        return max(18, a - r.randint(20, 38))
    if relw in ("granddaughter", "grandson"):
        return max(16, a - r.randint(44, 62))
    if relw in ("mother", "father"):
        return a + r.randint(19, 38)
    if relw in ("grandmother", "grandfather"):
        return a + r.randint(40, 60)
    if relw in ("wife", "husband", "partner"):
        return max(18, a + r.randint(-6, 6))
    if relw in ("nephew", "niece"):
        return max(16, a - r.randint(15, 35))
    return max(18, a + r.randint(-10, 10))


def rel_choices(c: C) -> list[str]:
    a = c.age if c.age else 0
    if c.infant:
        return ["mother", "father", "grandmother", "grandfather"]
    if a < 30:
        return ["mother", "father", "sister", "brother", "grandmother"]
    if a < 60:
        return ["wife" if c.pt.sex == "M" else "husband", "mother", "father", "sister", "brother", "daughter", "son"]
    return ["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "sister", "brother",
            "wife" if c.pt.sex == "M" else "husband"]


def blk_contacts(c: C) -> str:
    r = c.rng
    picks = r.sample(rel_choices(c), 2)
    k = r.randrange(3)
    rows = []
    for w in picks:
        n = _rel_age(c, w)
        if n > 104:
            continue
        p = c.rel(w, same_family=r.random() < 0.7)
        age = c.age_txt(n=n, forms=CELL_AGES)
        if k == 0:
            rows.append(f"ICE {len(rows) + 1}: {c.nm(p, r.choice(['gf', 'Fg', 'caps', 'nick', 'both']))} ({w}, {age}) ☎ {P('PHONE', c.relph(p))}")
        elif k == 1:
            rows.append(f"{c.nm(p, r.choice(['gf', 'FG']))} ¦ {w} ¦ {age} ¦ {P('PHONE', c.relph(p))}")
        else:
            rows.append(f"{c.nm(p, 'poss')} cell {P('PHONE', c.relph(p))} — {w}, {age}")
    if not rows:
        return ""
    head = {0: "Emergency contacts\n", 1: "who ¦ rel ¦ age ¦ phone\n", 2: "Family contacts:\n"}[k]
    return head + "\n".join(rows) + "\n"


def national_id(c: C) -> tuple[str, str, str]:
    """(label, category, value) of the patient's identity or coverage number in their country of origin."""
    r = c.rng
    d = c.dob
    ctry = c.pt.country
    if ctry == "FIN":
        sep = "-" if d.year < 2000 else "A"
        return "henkilötunnus", "OTHER_ID", f"{d:%d%m}{d.year % 100:02d}{sep}{r.randint(2, 899):03d}{r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
    if ctry == "ISL":
        return "kennitala", "OTHER_ID", f"{d:%d%m}{d.year % 100:02d}-{zdigits(r, 3)}{9 if d.year < 2000 else 0}"
    if ctry == "EST":
        return "isikukood", "OTHER_ID", f"{4 if c.pt.sex == 'F' else 3}{d.year % 100:02d}{d:%m%d}{zdigits(r, 4)}"
    if ctry == "TWN":
        return "NHI card no.", "HEALTH_PLAN", "0000" + digits(r, 8)
    if ctry == "ISR":
        return "Clalit member (ת.ז.)", "HEALTH_PLAN", digits(r, 9)
    if ctry in ("ZAF", "ZAF2"):
        return "Discovery Health membership no.", "HEALTH_PLAN", digits(r, 9)
    if ctry == "MYS":
        return "MyKad", "OTHER_ID", f"{d.year % 100:02d}{d:%m%d}-{r.choice(['10', '14', '08'])}-{zdigits(r, 4)}"
    if ctry == "KAZ":
        return "ЖСН / IIN", "OTHER_ID", f"{d.year % 100:02d}{d:%m%d}{zdigits(r, 6)}"
    if ctry == "BGR":
        return "ЕГН", "OTHER_ID", f"{d.year % 100:02d}{d:%m%d}{zdigits(r, 4)}"
    if ctry == "SRB":
        return "JMBG", "OTHER_ID", f"{d:%d%m}{d.year % 1000:03d}7{zdigits(r, 5)}"
    if ctry == "ESP":
        return "CatSalut CIP", "HEALTH_PLAN", ascii_fold(c.pt.family).upper()[:4].ljust(4, "X") + f"{d.year % 100:02d}{d:%m%d}" + zdigits(r, 4)
    if ctry == "LKA":
        return "NIC", "OTHER_ID", f"{d.year}{(d - dt.date(d.year, 1, 1)).days + 1 + (500 if c.pt.sex == 'F' else 0):03d}{zdigits(r, 5)}"
    if ctry == "BGD":
        return "NID", "OTHER_ID", digits(r, 10)
    if ctry == "UZB":
        return "JShShIR", "OTHER_ID", digits(r, 14)
    if ctry in ("IND", "IND2"):
        return "ABHA no.", "HEALTH_PLAN", f"{digits(r, 2)}-{zdigits(r, 4)}-{zdigits(r, 4)}-{zdigits(r, 4)}"
    return "RC no.", "OTHER_ID", digits(r, 8)


def spaced(s: str, n: int = 3) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def blk_coverage(c: C) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 5 and c.pt.country == "USA":
        k = r.randrange(5)
    p = c.pt
    if k == 0:
        mem = c.member.replace(" ", "")
        return f"Ins on file ▸ {c.plan} ▸ Member# {P('HEALTH_PLAN', spaced(mem, r.choice([3, 4])))} ▸ Grp {P('HEALTH_PLAN', c.group)}\n"
    if k == 1 and c.medicare:
        m = c.mbi
        cut = r.randint(4, 7)
        return f"Medicare (MBI, as written on the intake sheet): {P('HEALTH_PLAN', m[:cut] + chr(10) + m[cut:])} — pt verified\n"
    if k in (1, 2):
        return (f"elig resp ⇒ ACTIVE · subscriber {c.nm(p, 'FG')} · id {P('HEALTH_PLAN', c.member)} · grp {P('HEALTH_PLAN', c.group)}"
                f" · eff {c.D(c.days(-r.randint(30, 700)), r.choice(['m/d/yy', 'Mon d, ' + chr(39) + 'yy'] + MONTH_YEAR))}\n")
    if k == 3:
        prog, lab, val = c.mcaid
        lab2 = r.choice(["Recip#", "Benefit ID", "Case/Recip.", "Cardholder no."])
        return f"{prog} — {lab2} {P('HEALTH_PLAN', val)} (the card says {lab})\n"
    if k == 4:
        mem = c.member.replace(" ", "")
        return (f"Card images: ins_front_{P('HEALTH_PLAN', mem)}.jpg, ins_back_{P('HEALTH_PLAN', mem)}.jpg "
                f"(uploaded {c.D(c.days(-r.randint(0, 5)), r.choice(LOG_STYLES))})\n")
    lab, cat, val = national_id(c)
    return f"Home-country document: {lab} {P(cat, val)} (copy in chart); US coverage: {c.coverage_short()}\n"


def blk_abroad(c: C) -> str:
    r = c.rng
    origin = c.pt.country if c.pt.country != "USA" and r.random() < 0.75 else None
    lines, _, country, fph = foreign_address(r, origin)
    opts = ["brother", "sister", "nephew", "niece", "cousin (f)", "cousin (m)"] + (["mother", "father"] if 0 < c.age < 68 or c.infant else [])
    if not origin:
        opts = ["cousin (f)", "cousin (m)", "sister-in-law", "brother-in-law"]
    relw = r.choice(opts)
    given = None
    key = origin or {v: k for k, v in [("FIN", "Finland"), ("ISL", "Iceland"), ("EST", "Estonia"), ("TWN", "Taiwan"), ("BGD", "Bangladesh"),
                                     ("IND", "India"), ("LKA", "Sri Lanka"), ("ZAF", "South Africa"), ("MYS", "Malaysia"),
                                     ("KAZ", "Kazakhstan"), ("UZB", "Uzbekistan"), ("ISR", "Israel"), ("ESP", "Spain"),
                                     ("SRB", "Serbia"), ("BGR", "Bulgaria"), ("NPL", "Nepal")]}.get(country)
    if key in COUNTRY_GIVEN:
        fem = relw in FEM_REL
        pool = [g for g in COUNTRY_GIVEN[key][0 if fem else 1] if g not in c.used]
        given = r.choice(pool) if pool else None
    sex = "F" if relw in FEM_REL else "M" if relw in MASC_REL else None
    relw = relw.split()[0]
    if not origin and relw.endswith("-in-law"):
        given = None
    rel = c.rel(relw, sex=sex, same_family=bool(origin), phone=False, given=given)
    c.rels[-1] = (rel, c.rels[-1][1], fph)
    lang = c.pt.lang if origin else None
    s = f"Relative abroad ({country}): {relw} {c.nm(rel, 'both')} · " + " / ".join(lines) + f" · {P('PHONE', fph)}"
    if lang and (c.age or c.infant):
        n = _rel_age(c, relw)
        if 16 <= n <= 104:
            s += f" · age as written by the family: {c.agelang(n, lang)}"
        if lang in LANG_DATE and r.random() < 0.7:
            s += f" · last call {c.D(c.days(-r.randint(2, 60)), lang)}"
    elif r.random() < 0.5:
        s += f" · last call {c.D(c.days(-r.randint(2, 60)), 'hijri' if r.random() < 0.3 else r.choice(LOG_STYLES))}"
    return s + "\n"


def blk_chat(c: C) -> str:
    r = c.rng
    if c.infant:
        rel = c.rel(r.choice(["mother", "father"]))
    else:
        rel = c.rel(r.choice(["daughter", "son", "niece", "granddaughter", "sister"]) if c.age > 40 else r.choice(["mother", "sister", "brother"]),
                    same_family=r.random() < 0.5)
    d1 = c.days(-r.randint(1, 5))
    d2 = c.days(-r.randint(0, 1))
    pt = c.pt.call.lower()
    ph = "".join(ch for ch in c.relph(rel) if ch.isdigit())[-10:]
    stamp = lambda d, t: f"({P('DATE', f'{d.month}/{d.day}')}, {t})"  # noqa: E731
    return ("texts from family (copied in by unit clerk):\n"
            f"{stamp(d1, f'{r.randint(6, 11)}:{r.randint(10, 59)}p')} {P('NAME', rel.given.lower())}: hi this is {P('NAME', rel.given.lower())} {P('NAME', rel.family.lower())}, "
            f"{c.relw(rel).split()[0]} of {P('NAME', pt)}\n"
            f"{stamp(d1, f'{r.randint(6, 11)}:{r.randint(10, 59)}p')} {P('NAME', rel.given.lower())}: can u call me back at {P('PHONE', ph)} not the house #\n"
            f"{stamp(d2, f'{r.randint(7, 11)}:{r.randint(10, 59)}a')} unit: ok, calling after rounds\n")


def blk_cc(c: C) -> str:
    r = c.rng
    pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]), team=False)
    cm = c.clin("care manager", "RN", team=False)
    k = r.randrange(3)
    if k == 0:
        return f"cc ▸ {P('PROVIDER_NAME', pcp.family.upper())} {P('PROVIDER_NAME', pcp.given[0])} (PCP) ▸ {c.nm(cm, 'gf')} RN ▸ HIM\n"
    if k == 1:
        return f"Copy: Dr. {P('PROVIDER_NAME', pcp.given[0] + '. ' + pcp.family)}; {c.nm(cm, 'Fg')} (care mgr); fax {P('FAX', us_phone(r))}; file\n"
    return f"bcc: {P('EMAIL', c.work_email(pcp).lower())}; {P('EMAIL', c.work_email(cm).lower())}\n"


PLATE_FORMS = [lambda r: f"{r.randint(100, 999)}-{alnum(r, 3, UPPER)}", lambda r: f"{alnum(r, 2, UPPER)}{r.randint(1, 9)} {alnum(r, 1, UPPER)}{r.randint(10, 99)}",
               lambda r: f"{r.randint(1, 9)}{alnum(r, 3, UPPER)}{r.randint(100, 999)}", lambda r: f"{alnum(r, 3, UPPER)} {r.randint(1000, 9999)}"]
CARS = ["gray Subaru Forester", "white Ram 1500", "red Ford Escape", "black Honda CR-V", "blue Chevy Equinox",
        "tan Toyota Sienna", "green Jeep Cherokee", "silver Kia Sorento"]


def blk_vehicle(c: C) -> str:
    r = c.rng
    st = c.state or r.choice(["MN", "IA", "WI", "NE"])
    plate = PLATE_FORMS[r.randrange(len(PLATE_FORMS))](r)
    k = r.randrange(3)
    car = r.choice(CARS)
    if k == 0:
        return f"Parking validation — {car}, plate#{P('VEHICLE', plate.lower().replace(' ', ''))} ({st}), lot C, valid {c.range_(c.vdate, c.days(r.randint(2, 6)))}\n"
    if k == 1:
        return f"Valet tkt {r.randint(1000, 9999)}: {car} · tag {st}-{P('VEHICLE', plate)} · VIN {P('VEHICLE', vin(r))} · keys at desk\n"
    return f"Family vehicle on file for the garage: {car}; {st} tag {P('VEHICLE', plate)}; trailer hitch, parks on level 2\n"


def blk_net(c: C) -> str:
    r = c.rng
    a = f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    b = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    k = r.randrange(3)
    if k == 0:
        return f"Portal session: X-Forwarded-For: {P('IP', a)}, {P('IP', b)} · login {P('OTHER_ID', ascii_fold(c.pt.given).lower()[:6] + str(r.randint(10, 99)))}\n"
    if k == 1:
        pad = ".".join(f"{int(x):03d}" for x in a.split("."))
        return f"Home router (from the RPM hub log): WAN {P('IP', pad)} · LAN {P('IP', b)} · hub s/n {P('DEVICE', alnum(r, 3, UPPER) + '-' + digits(r, 6))}\n"
    v6 = f"fe80::{alnum(r, 4, HEX)}:{alnum(r, 2, HEX)}ff:fe{alnum(r, 2, HEX)}:{alnum(r, 4, HEX)}"
    slug = ascii_fold(c.pt.call).lower().replace(" ", "-") + "-" + ascii_fold(c.pt.family).lower().replace(" ", "-")
    return (f"Tablet: link-local {P('IP', v6)}%wlan0, public {P('IP', a)}:{r.randint(1025, 65000)}; "
            f"family update page {P('URL', f'https://www.caringpages.example/{slug}?from=share')}\n")


def blk_files(c: C) -> str:
    r = c.rng
    p = c.pt
    d = c.days(-r.randint(0, 3))
    fam = ascii_fold(p.family).upper().replace(" ", "")
    k = r.randrange(3)
    if k == 0:
        return (f"Attachments: scan_{P('NAME', fam)}_{P('NAME', ascii_fold(p.given)[0].upper())}_{P('MRN', c.mrn)}_{P('DATE', d.strftime('%m%d%y'))}.pdf; "
                f"IMG-{P('DATE', d.strftime('%Y%m%d'))}-WA00{r.randint(10, 99)}.jpg (sent by family)\n")
    if k == 1:
        return f"Label barcode (text under bars): ▌▐▌▐▐▌ {P('MRN', spaced(''.join(ch for ch in c.mrn if ch.isalnum()), 4))} ▐▌▌▐▌▐\n"
    return (f"Fax rcvd{P('DATE', d.strftime('%m%d'))} {r.randint(0, 23):02d}{r.randint(0, 59):02d} — {r.randint(2, 9)} pp, "
            f"re: {P('NAME', p.family.upper())} {P('MRN', c.mrn)}; saved as \\\\him\\inbox\\{P('DATE', d.strftime('%Y-%m-%d'))}_{P('NAME', fam.lower())}.tif\n")


def blk_wrapped(c: C) -> str:
    r = c.rng
    acct = c.acct
    cut = max(2, len(acct) // 2)
    k = r.randrange(2)
    if k == 0:
        return f"Billing: guarantor acct {P('ACCOUNT', acct[:cut] + '-' + chr(10) + acct[cut:])} (wrapped on the printout)\n"
    mrn = c.mrn
    if mrn.isdigit():
        return f"HIM note: chart # re-keyed as {P('MRN', mrn + '-' + str(r.randint(0, 9)))} (with check digit); encounter {P('ACCOUNT', acct)}\n"
    return f"HIM note: chart # {P('MRN', mrn)} re-keyed as {P('MRN', mrn.lower())} by the interface (lower case); encounter {P('ACCOUNT', acct)}\n"


def blk_ssn(c: C) -> str:
    r = c.rng
    s = c.ssn
    d9 = s.replace("-", "")
    k = r.randrange(4)
    if k == 0:
        return f"Patient-reported S.S.N.: {P('SSN', s)}\n"
    if k == 1:
        return f"Soc. Sec. No. {P('SSN', d9[:3] + ' ' + d9[3:6] + ' ' + d9[6:])} (grouped 3-3-3 on the old form)\n"
    if k == 2:
        return f"SSN on file …{P('SSN', d9[-4:])} (verified by phone)\n"
    return f"Guarantor SSN{P('SSN', s)} keyed without a space by registration\n"


def blk_email(c: C) -> str:
    r = c.rng
    rel = c.rels[0][0] if c.rels and r.random() < 0.6 else c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.5)
    em = make_email(r, rel)
    k = r.randrange(2)
    if k == 0:
        return f"Family e-mail as pasted: {P('EMAIL', em)}<mailto:{P('EMAIL', em)}> ({c.relw(rel).split()[0]} {c.nm(rel, 'given')})\n"
    sent = c.days(-r.randint(0, 3))
    return (f"On {DOW3[sent.weekday()]}, {P('DATE', f'{MON[sent.month - 1][:3]} {sent.day}, {sent.year}')} at {r.randint(1, 11)}:{r.randint(10, 59)} "
            f"{r.choice(['AM', 'PM'])} {c.nm(rel)} <{P('EMAIL', em)}> wrote:\n> is {P('NAME', c.pt.call)} going home this week?\n")


def blk_timeline(c: C) -> str:
    r = c.rng
    a = c.days(-r.randint(6, 20))
    b = a + dt.timedelta(days=r.randint(1, 3))
    e = c.days(-r.randint(0, 2))
    k = r.randrange(3)
    if k == 0:
        return (f"Course: adm {c.D(a, 'Tu m/d')} → ICU {c.range_(a, b)} → floor → d/c'd{P('DATE', f'{e.month}/{e.day}')}\n")
    if k == 1:
        return (f"Seen here {c.D(c.days(-r.randint(200, 700)), r.choice(MONTH_YEAR))} and {c.D(a, r.choice(MONTH_YEAR))}, "
                f"again on {c.D(b, r.choice(['the ordw of Month', 'Month the ordw']))}, and today.\n")
    return f"DOS:{P('DATE', c.vdate.strftime('%m%d%Y'))} · prior DOS:{P('DATE', a.strftime('%m%d%Y'))} · next appt {c.D(c.days(r.randint(7, 40)), r.choice(LOG_STYLES))}\n"


VITAL_SETS = [lambda r: f"HR {r.choice([92, 94, 96, 98, 101, 104, 110])}", lambda r: f"SpO2 {r.choice([91, 93, 95, 96, 97])} %",
              lambda r: f"T {r.choice(['98.9', '99.4', '97.7', '100.2'])} °F", lambda r: f"RR {r.randint(14, 24)}",
              lambda r: f"BP {r.randint(104, 128)}/{r.randint(88, 96)}", lambda r: f"wt {r.choice(['98 kg', '93.6 kg', '104 lb', '121 lb'])}",
              lambda r: f"MAP {r.randint(90, 99)}", lambda r: f"BMI {r.choice(['19.4', '24.8', '31.2'])}"]


INFANT_VITALS = [lambda r: f"HR {r.choice([122, 128, 136, 144, 152])}", lambda r: f"RR {r.randint(32, 56)}",
                 lambda r: f"T {r.choice(['36.8', '37.0', '37.2'])} °C ax", lambda r: f"SpO2 {r.choice([95, 97, 98, 100])} %",
                 lambda r: f"wt {r.choice(['2.64', '2.98', '3.21', '3.47'])} kg", lambda r: f"HC {r.choice(['33.5', '34', '35.2'])} cm"]


def blk_vitals(c: C) -> str:
    r = c.rng
    vs = r.sample(INFANT_VITALS if c.infant else VITAL_SETS, r.randint(3, 5))
    return "VS: " + " | ".join(K("vital", v(r)) for v in vs) + "\n"


MEDS = ["rivaroxaban 15 mg daily with supper", "empagliflozin 10 mg qAM", "sacubitril-valsartan 24/26 mg BID",
        "mirtazapine 7.5 mg qHS", "quetiapine 25 mg qHS PRN agitation", "pantoprazole 40 mg daily before breakfast",
        "gabapentin 300 mg TID", "oxybutynin ER 5 mg daily", "cholecalciferol 2000 IU daily", "polyethylene glycol 17 g daily",
        "potassium citrate ER 15 mEq BID", "insulin lispro 4 units AC", "levetiracetam 500 mg BID", "prednisone 5 mg daily",
        "hydroxychloroquine 200 mg BID", "amiodarone 200 mg daily", "midodrine 5 mg TID", "sevelamer 800 mg TID with meals"]
LABS = [("Na 134 mmol/L", "2951-2"), ("K 4.1 mmol/L", "2823-3"), ("Cr 0.98 mg/dL", "2160-0"), ("BUN 22 mg/dL", "3094-0"),
        ("Hgb 10.9 g/dL", "718-7"), ("WBC 9.6 K/µL", "6690-2"), ("glucose 104 mg/dL", "2345-7"), ("HbA1c 7.4 %", "4548-4"),
        ("Mg 1.9 mg/dL", "19123-9"), ("TSH 2.6 mIU/L", "3016-3"), ("ALT 31 U/L", "1742-6"), ("ferritin 96 ng/mL", "2276-4"),
        ("uric acid 9.2 mg/dL", "3084-1"), ("Ca 9.4 mg/dL", "17861-6")]


def blk_meds(c: C) -> str:
    if c.infant:
        return ""
    ms = c.rng.sample(MEDS, 3)
    return "Home meds ▸ " + " ▸ ".join(K("drug", m) for m in ms) + "\n"


def blk_labs(c: C) -> str:
    r = c.rng
    ls = r.sample(LABS, 3)
    d = c.days(-r.randint(0, 9))
    return (f"Labs {c.D(d, r.choice(LOG_STYLES))}: " + ", ".join(f"{K('lab', x)} [LOINC {K('code', code)}]" for x, code in ls) + "\n")


EPONYM_LINES = [
    lambda r: f"Exam: {K('eponym', 'Chvostek sign')} and {K('eponym', 'Trousseau sign')} negative.",
    lambda r: f"No {K('eponym', 'Kernig sign')} or {K('eponym', 'Brudzinski sign')}; neck supple.",
    lambda r: f"No {K('eponym', 'Osler nodes')}, {K('eponym', 'Janeway lesions')} or {K('eponym', 'Roth spots')}.",
    lambda r: f"{K('eponym', 'Hoffmann sign')} absent bilaterally; {K('eponym', 'Babinski sign')} downgoing.",
    lambda r: f"{K('eponym', 'Heberden nodes')} and {K('eponym', 'Bouchard nodes')} on both hands.",
    lambda r: f"Breathing: intermittent {K('eponym', 'Cheyne-Stokes respirations')} while asleep.",
    lambda r: f"{K('eponym', 'Glasgow Coma Scale')} {K('score', str(r.choice([13, 14, 15])))}; pupils equal and reactive.",
    lambda r: f"Hx {K('eponym', 'Parkinson disease')} (ICD-10 {K('code', 'G20.A1')}) with resting tremor, R > L.",
    lambda r: f"Steroid-induced {K('eponym', 'Cushing syndrome')} considered; {K('lab', 'AM cortisol 4.1 mcg/dL')}.",
    lambda r: f"Nails: {K('eponym', 'Beau lines')} and {K('eponym', 'Terry nails')}.",
    lambda r: f"Abd: {K('eponym', 'Rovsing sign')} negative, no {K('eponym', 'Cullen sign')} or {K('eponym', 'Grey Turner sign')}.",
    lambda r: f"Speech: {K('eponym', 'Broca aphasia')} improving with therapy.",
    lambda r: f"Hx {K('eponym', 'Paget disease of bone')}; {K('lab', 'alk phos 212 U/L')}.",
    lambda r: f"{K('eponym', 'Allen test')} normal before the radial stick.",
]


def blk_eponyms(c: C) -> str:
    r = c.rng
    if c.infant:
        return f"{K('eponym', 'Apgar')} {K('score', f'{r.randint(6, 8)} and {r.randint(8, 9)}')}; {K('eponym', 'Ballard')} {K('score', str(r.choice([35, 38, 40])))} weeks.\n"
    return " ".join(f(r) for f in r.sample(EPONYM_LINES, 2)) + "\n"


def blk_agep(c: C) -> str:
    """Sentences about ages: the patient's, in this split's phrasings, and a relative's."""
    r = c.rng
    if c.infant:
        return ""
    n = c.age
    he = "She" if c.pt.sex == "F" else "He"
    span = lambda x, v: P("AGE_OVER_89", x) if v > 89 else K("age", x)  # noqa: E731
    out = []
    if n >= 86:
        opts = [f"{he} is turning {span(str(n + 1), n + 1)} next week — family bringing a cake.",
                f"Pt is a {span(f'{n} y.o.', n)} {'woman' if c.pt.sex == 'F' else 'man'}, sharp and funny, HOH on the left.",
                f"At {span(f'{n} yrs', n)} {he.lower()} still does the crossword in pen."]
        if 90 <= n <= 99:
            opts.append(f"A nonagenarian aged {span(str(n), n)}, lives with a {r.choice(['niece', 'grandson', 'housemate'])}.")
        if n >= 100:
            opts.append(f"Centenarian ({span(str(n), n)}); letter from the governor on the fridge.")
            if n > 100:
                opts.append(f"Daughter: \"{he.lower()} is {span(f'a hundred and {words(n - 100)}', n)}, not a hundred\".")
        out.append(r.choice(opts))
    relw = r.choice(["wife" if c.pt.sex == "M" else "husband", "sister", "brother"]) if n >= 60 else r.choice(["mother", "father", "grandmother"])
    ra = _rel_age(c, relw)
    if 18 <= ra <= 104:
        form = r.choice(["y/o glued", "years-old", "yr/o", "ymd", "Y.O.", "decimal y"])
        out.append(f"{relw.capitalize()} is {c.age_txt(n=ra, form=form)} and {r.choice(['drives', 'no longer drives', 'helps with meals'])}.")
    return " ".join(out) + ("\n" if out else "")


FHX = [("eponym", "Parkinson disease"), ("eponym", "Alzheimer disease"), ("diagnosis", "stroke"), ("diagnosis", "MI"),
       ("diagnosis", "breast cancer"), ("eponym", "Cushing syndrome"), ("diagnosis", "type 2 diabetes"), ("eponym", "Huntington disease"),
       ("diagnosis", "COPD"), ("eponym", "Hodgkin lymphoma"), ("diagnosis", "hip fracture"), ("eponym", "Crohn disease")]


def blk_fhx(c: C) -> str:
    r = c.rng
    if c.infant:
        return ""
    a = c.age if c.age else 28
    rels = r.sample(["Mother", "Father", "Maternal grandmother", "Paternal grandfather", "Older sister", "Older brother"], 2)
    out = []
    for rel, (kind, cause) in zip(rels, r.sample(FHX, 2)):
        gen = 2 if "grand" in rel else 1 if rel in ("Mother", "Father") else 0
        top = min(103, a + (8 if gen == 0 else 34 if gen == 1 else 60))
        lo = max(40, min(top - 6, 70))
        n = r.randint(lo, max(lo, top))
        f = r.choice(["{rel} — lived to {ny} ({cz})", "{rel}: {cz}, died at {ny}", "{rel} ({cz}) † {ny}"])
        out.append(f.format(rel=rel, ny=c.age_txt(n=n, forms=["n yr", "yrs-old", "bare", "Y.O."]), cz=K(kind, cause)))
    return "FHx ▸ " + " ▸ ".join(out) + "\n"


NARRATIVE = [
    "Calm and cooperative; follows two-step commands.", "Tolerating a regular diet; no nausea.",
    "Skin intact over the sacrum and heels.", "Uses a rollator in the hall; standby assist only.",
    "Family at the bedside most of the afternoon.", "Slept in short stretches; up twice to the bathroom.",
    "Hearing aids in; glasses on the tray table.", "Call light within reach, bed alarm on.",
    "Denies pain at rest; 3/10 with walking.", "Voiding without difficulty; no catheter.",
    "Oriented x3, mildly slowed.", "Lungs clear; no accessory muscle use.",
]


def blk_narrative(c: C) -> str:
    r = c.rng
    if c.infant:
        return "Infant calm, pink, feeding every 3 hours; parents rooming in.\n"
    return " ".join(r.sample(NARRATIVE, r.randint(2, 3))) + "\n"


PLAN_ITEMS = ["recheck in 2 wk", "PT to continue", "keep the appointment with nephrology", "pharmacy to review the list",
              "SW to follow for transport", "call with any fever over 100.4", "repeat labs before next visit",
              "update the emergency contacts", "interpreter for the next visit", "no driving until cleared"]


INFANT_PLAN = ["PCP visit in 2 days", "bilirubin recheck tomorrow", "hearing screen before discharge", "hep B vaccine given",
               "car seat in rear-facing position", "feed on demand, at least 8 times a day"]


def blk_plan(c: C) -> str:
    r = c.rng
    return "Plan: " + "; ".join(r.sample(INFANT_PLAN if c.infant else PLAN_ITEMS, r.randint(2, 3))) + ".\n"


def blk_home(c: C) -> str:
    r = c.rng
    s = c.street_prose()
    if not s:
        return ""
    s = s[0].upper() + s[1:]
    if "ZIP" not in s and r.random() < 0.5:
        s += f" (zip {P('ZIP', c.addr['postalCode'])})"
    return f"Per family, {s[0].lower() + s[1:]}.\n" if r.random() < 0.5 else f"{s}.\n"


BLOCKS = [blk_contacts, blk_coverage, blk_abroad, blk_chat, blk_cc, blk_vehicle, blk_net, blk_files, blk_wrapped, blk_ssn,
          blk_email, blk_timeline, blk_vitals, blk_meds, blk_labs, blk_eponyms, blk_agep, blk_fhx, blk_narrative, blk_plan,
          blk_home]


# ---------------------------------------------------------------- signatures

def hhmm(r) -> str:
    return f"{r.randint(6, 22):02d}{r.randint(0, 59):02d}"


def signature(c: C, p: Person) -> str:
    r = c.rng
    k = r.randrange(9)
    if k == 0:
        return f"— signed: {c.nm(p, 'lower')}, {p.cred.lower()} {c.D(c.vdate, r.choice(LOG_STYLES))} {hhmm(r)}\n"
    if k == 1:
        return f"Sig on file: /{c.nm(p, 'initials')}/ {c.nm(p, 'init')}, {p.cred}  {c.D(c.vdate, 'Tu m/d')}\n"
    if k == 2:
        return f"Verified by: {P(('PROVIDER_NAME'), p.family.upper())}, {P('PROVIDER_NAME', p.given.upper())} ({p.cred}) — {c.D(c.vdate, 'iso zone')}\n"
    if k == 3:
        return f"Approved ✓ {c.sig(p)} · badge {P('OTHER_ID', digits(r, 5))} · {c.D(c.vdate, 'dd.mm.yy')}\n"
    if k == 4:
        env = "-".join(alnum(r, n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))
        return (f"DocuSign Envelope ID: {P('OTHER_ID', env)}\nSigned by: {c.nm(p)} <{P('EMAIL', c.work_email(p))}> · "
                f"{c.D(c.vdate, 'm/d/Y')} | {r.randint(1, 12)}:{r.randint(10, 59)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])} CDT\n")
    if k == 5:
        return f"Electronically co-signed by {c.sig(p)} — {c.D(c.vdate, 'unix')}\n"
    if k == 6:
        sup = c.clin("supervising clinician", r.choice(["MD", "DO", "RN, CNL"]))
        return f"Signed-off: {c.nm(p, 'initials')} / {c.nm(sup, 'initials')}  ({c.nm(p, 'gf')}; {c.nm(sup, 'gf')}, {sup.cred})\n"
    if k == 7:
        return f"With regards,\n{c.sig(p)}\n{(p.role or 'clinician').capitalize()} · NPI {P('OTHER_ID', npi(r))}\n"
    return f"{P('PROVIDER_NAME', p.family.upper())} {P('PROVIDER_NAME', p.given[0] + '.')} ({p.cred}) · e-sig {c.D(c.vdate, 'Mon d, ' + chr(39) + 'yy')} {r.randint(6, 22)}:{r.randint(10, 59)}\n"


# ---------------------------------------------------------------- note bodies (30 types)

DX_POOL = [("heart failure with reduced EF", "I50.22"), ("type 2 diabetes", "E11.65"), ("COPD", "J44.1"),
           ("community-acquired pneumonia", "J18.9"), ("CKD stage 4", "N18.4"), ("atrial fibrillation", "I48.91"),
           ("major depressive disorder, recurrent, severe", "F33.2"), ("hip fracture", "S72.001A"),
           ("sepsis due to UTI", "A41.9"), ("acute kidney injury", "N17.9")]


def dx(c: C) -> str:
    d, code = c.rng.choice(DX_POOL)
    return f"{K('diagnosis', d)} ({K('code', code)})"


def b_biobank(c: C) -> str:
    r = c.rng
    coord = c.other()
    pi = c.clin("principal investigator", "MD")
    wit = c.other()
    pid = f"BB{c.vdate.year % 100:02d}-{digits(r, 5)}"
    sp = [f"{pid}-{t}{i:02d}" for t, i in (("S", 1), ("P", 2), ("D", 3))]
    lar = None
    if c.age > 89 and r.random() < 0.6:
        lar = c.rel(r.choice(["daughter", "son", "niece"]), same_family=r.random() < 0.6)
    k = r.randrange(3)
    if k == 0:
        s = ("PRAIRIE BIOREPOSITORY — CONSENT RECORD (form v7.2, IRB 2019-0412)\n"
             f"Participant: {c.nm(c.pt, 'both' if c.pt.script else 'FG')} · MRN {P('MRN', c.mrn)} · DOB {c.Dob()} · age at consent {c.age_txt(forms=PROSE_AGES)}\n"
             f"Participant ID {P('OTHER_ID', pid)} · PI {c.title(pi)}\n"
             "Tier 1 store blood/tissue [x]   Tier 2 genome sequencing [x]   Tier 3 recontact [" + r.choice("x ") + "]\n"
             f"Recontact: {P('EMAIL', c.email)} / {P('PHONE', c.phone)}\n"
             f"Specimens: {P('OTHER_ID', sp[0])} ({K('lab', 'serum 2 x 1.0 mL')}), {P('OTHER_ID', sp[1])} ({K('lab', 'EDTA plasma 4 x 0.5 mL')}), "
             f"{P('OTHER_ID', sp[2])} ({K('lab', 'buffy coat DNA')})\n"
             f"Consented on {c.D(c.vdate, r.choice(['the ordw of Month', 'Month the ordw', 'ordw day of Month, yw']))} by {c.nm(coord)} (research coordinator); "
             f"witness {c.nm(wit, 'caps')}\n")
        if lar:
            s += f"LAR: {c.relw(lar)} {c.nm(lar, 'gmf')} ({P('PHONE', c.relph(lar))}) signed for the participant.\n"
        return s + f"Dx at enrollment: {dx(c)}\n"
    if k == 1:
        rows = ["record_id|mrn|consent_dt|tier1|tier2|tier3|withdraw_dt|coord|comment",
                f"{P('OTHER_ID', pid)}|{P('MRN', c.mrn)}|{P('DATE', c.days(-r.randint(200, 900)).isoformat())}|1|1|0||{c.nm(coord, 'initials')}|initial",
                f"{P('OTHER_ID', pid)}|{P('MRN', c.mrn)}|{P('DATE', c.vdate.isoformat())}|1|1|1||{c.nm(coord, 'initials')}|re-consent v7.2"]
        return ("REDCap export — biobank consent log (pipe-delimited)\n" + "\n".join(rows) + "\n"
                f"Participant {c.nm(c.pt, 'gf')}, {c.age_txt(forms=['bare', 'Y.O.', 'y/o glued'])}; coordinator {c.nm(coord)}; "
                f"PI {c.sig(pi)}. Specimen {P('OTHER_ID', sp[0])} shipped {c.D(c.days(1), 'd-Mon')}.\n"
                f"Enrollment dx: {dx(c)}; family hx {K('eponym', 'Lynch syndrome')} reported.\n")
    mid = f', "middle": "{P("NAME", c.pt.middle)}"' if c.pt.middle else ""
    return ("biobank consent (JSON, from the e-consent tablet):\n"
            "{\n"
            f'  "participant": {{"id": "{P("OTHER_ID", pid)}", "family": "{P("NAME", c.pt.family)}", "given": "{P("NAME", c.pt.given)}"{mid}, '
            f'"birthDate": "{P("DATE", c.dob.isoformat())}", "age": {{"value": {c.agecell()}, "unit": "a"}}}},\n'
            f'  "signedAt": "{P("DATE", fdate(c.vdate, "iso ms", r)[1])}",\n'
            f'  "tiers": [1, 2], "recontact": {{"email": "{P("EMAIL", c.email)}"}},\n'
            f'  "obtainedBy": "{P("NAME", coord.full)}", "tabletId": "{P("DEVICE", "TAB-" + alnum(r, 6, UPPER + "0123456789"))}"\n'
            "}\n"
            f"Dx: {dx(c)}.\n")


def b_telehealth(c: C) -> str:
    r = c.rng
    tech = c.other()
    doc = c.clin("video visit clinician", r.choice(["MD", "DO", "NP"]))
    inc = "INC" + zdigits(r, 7)
    room = alnum(r, 9, "abcdefghjkmnpqrstuvwxyz23456789")
    pwd = alnum(r, 8, "abcdefghjkmnpqrstuvwxyz23456789")
    ip = f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    ser = alnum(r, 2, UPPER) + digits(r, 4) + alnum(r, 4, UPPER + "0123456789")
    url = f"https://visit.{c.dom}/join/{room}?pwd={pwd}"
    k = r.randrange(3)
    if k == 0:
        d1 = c.vdate
        return (f"Number: {P('OTHER_ID', inc)}   State: Resolved   Priority: 3 - Moderate\n"
                f"Caller: {c.nm(c.pt, 'FG')} (patient) · callback {P('PHONE', c.phone)} · alt {P('PHONE', c.phone2)}\n"
                f"Short description: video visit would not connect — {c.fac} Virtual Care\n"
                "Work notes:\n"
                f"{P('DATE', fdate(d1, 'iso ms', r)[1])} {c.nm(tech)}: pt on iPad (s/n {P('DEVICE', ser)}), audio only; public IP {P('IP', ip)}\n"
                f"{P('DATE', fdate(d1, 'iso ms', r)[1])} {c.nm(tech, 'init')}: resent link {P('URL', url)}\n"
                f"{P('DATE', fdate(d1, 'iso ms', r)[1])} {c.nm(tech, 'init')}: visit completed with {c.title(doc)}; "
                f"{K('eponym', 'Parkinson disease')} tremor makes the touch screen hard, enlarged buttons on\n"
                "Resolution code: user education / camera permission reset\n")
    if k == 1:
        rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.5)
        em = make_email(r, rel)
        d = c.days(-1)
        return (f"Subject: RE: can't get on the video visit — ticket {P('OTHER_ID', inc)}\n"
                f"Thanks — try this link, it is good for 24 h: {P('URL', url)}\n"
                f"— {c.nm(tech)}, Virtual Care Support, {P('PHONE', tollfree(r))}\n\n"
                f"On {DOW3[d.weekday()]}, {P('DATE', f'{MON[d.month - 1][:3]} {d.day}, {d.year}')} at {r.randint(1, 11)}:{r.randint(10, 59)} PM "
                f"{c.nm(rel)} <{P('EMAIL', em)}> wrote:\n"
                f"> my {'mom' if c.pt.sex == 'F' else 'dad'} {P('NAME', c.pt.call)} has a video visit with {c.title(doc)} tomorrow and the app says "
                f"\"camera in use\". her MRN is {P('MRN', c.mrn)}. i am at {P('PHONE', c.relph(rel))}\n"
                f"Visit reason: {K('diagnosis', 'follow-up of orthostatic hypotension')}; on {K('drug', 'midodrine 5 mg TID')}.\n")
    d = c.vdate
    clock = [r.randint(8 * 60, 16 * 60)]

    def st() -> str:
        clock[0] += r.randint(0, 3)
        return f"[{P('DATE', f'{d.month:02d}-{d.day:02d}')} {clock[0] // 60:02d}:{clock[0] % 60:02d}]"
    return ("virtual-care chat transcript\n"
            f"{st()} bot: hi! who am i chatting with?\n"
            f"{st()} guest: {c.nm(c.pt, 'lower')}, born {P('DATE', f'{c.dob.month}/{c.dob.day}/{c.dob.year % 100:02d}')}\n"
            f"{st()} bot: thanks. transferring to a person\n"
            f"{st()} {P('NAME', tech.given.lower())} (support): hi! what device are you on?\n"
            f"{st()} guest: old laptop, ip says {P('IP', ip)} if that helps\n"
            f"{st()} {P('NAME', tech.given.lower())} (support): ok, use this: {P('URL', url)} — {c.title(doc)} is waiting\n"
            f"Ticket {P('OTHER_ID', inc)}. Reason for visit: {K('diagnosis', 'medication review')}, {K('drug', 'levetiracetam 500 mg BID')}.\n")


def b_sitter(c: C) -> str:
    r = c.rng
    sit = c.other()
    sit2 = c.other()
    rn = c.clin("RN", "RN")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.6)
    rm = f"{r.randint(2, 7)}{r.randint(10, 40)}"
    k = r.randrange(2)
    if k == 0:
        beh = ["sleeping", "awake, calm", "pulling at IV, redirected", "trying to climb OOB, redirected", "eating, calm",
               "calling out for family", "resting with eyes closed"]
        ini = c.nm(sit, "initials")
        rows = [f"{h:02d}{m:02d} | {r.choice(['bed', 'chair', 'bathroom'])} | {r.choice(beh)} | {ini}"
                for h, m in sorted(r.sample([(h, m) for h in range(0, 6) for m in (0, 15, 30, 45)], 5))]
        return (f"1:1 SAFETY ATTENDANT OBSERVATION · Rm {rm} · {c.nm(c.pt, 'FG')} · MRN {P('MRN', c.mrn)} · {c.age_or_infant()}\n"
                f"Date {c.D(c.vdate, r.choice(LOG_STYLES))} · sitter {c.nm(sit)} (badge {P('OTHER_ID', digits(r, 5))}) · RN {c.sig(rn)}\n"
                "Time | Loc | Behavior | Init\n" + "\n".join(rows) + "\n"
                f"Reason: {K('diagnosis', 'hyperactive delirium')}, {K('score', 'CAM-ICU positive')}, {K('score', 'RASS +2')}\n"
                f"Family: {c.relw(rel)} {c.nm(rel)} visited 1900–2040; {c.nm(rel, 'poss')} cell {P('PHONE', c.relph(rel))} for overnight calls.\n"
                f"Relief sitter {c.nm(sit2, 'init')} took over 0600 on {c.D(c.days(1), 'Tu m/d')}.\n")
    return (f"Sitter note (PSA) — {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"{c.nm(sit)} sat with {c.nm(c.pt, r.choice(['gf', 'nick']))} ({c.age_or_infant()}) in room {rm} from 1900. {'She' if c.pt.sex == 'F' else 'He'} was restless until "
            f"{K('drug', 'quetiapine 25 mg')} at 2200 per {c.title(rn)}; slept after 2330. No falls. "
            f"{c.nm(rel, 'given')} ({c.relw(rel)}) called twice from {P('PHONE', c.relph(rel))}.\n"
            f"Precautions: {K('diagnosis', 'delirium')}, {K('abbreviation', 'CIWA-Ar')} {K('score', str(r.randint(3, 9)))}, bed alarm on. "
            f"Handed off to {c.nm(sit2)} at 0700.\n")


def b_tray(c: C) -> str:
    r = c.rng
    rd = c.clin("dietitian", "RD, LD")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.7)
    diet = r.choice(["Carb-controlled 60 g/meal", "Renal 2 g Na / 2 g K", "Cardiac 2 g Na", "Full liquid", "Clear liquid"])
    tex = r.choice(["IDDSI 6 soft & bite-sized", "IDDSI 5 minced & moist", "regular texture"])
    meal = r.choice(["BREAKFAST", "LUNCH", "SUPPER"])
    k = r.randrange(2)
    age = c.age_txt(forms=["age: ny", "AGE=", "Age (yrs)"]) if not c.infant else K("age", f"{c.days_old} d")
    if k == 0:
        return ("==================================\n"
                f" TRAY TICKET · {meal} · {c.D(c.vdate, r.choice(['dMon', 'd-Mon', 'Mon d']))}\n"
                f" RM {r.randint(2, 6)}{r.randint(10, 40)}-{r.choice('AB')}  {P('NAME', c.pt.family.upper())}, {P('NAME', c.pt.given.upper())}  {age}\n"
                f" DIET: {K('diagnosis', diet)} / {K('score', tex)}\n"
                f" ALLERGY: {K('diagnosis', r.choice(['peanut allergy', 'shellfish allergy', 'lactose intolerance']))}\n"
                f" DISLIKES: fish, cilantro · {r.choice(['halal', 'kosher', 'vegetarian', 'no pork'])}\n"
                f" NOTE: {c.nm(rel, 'given')} ({c.relw(rel)}) brings supper Tu/Th\n"
                f" ORDER: {c.nm(rd, 'init')}, RD · {c.D(c.days(-1), r.choice(LOG_STYLES))}\n"
                "==================================\n"
                f"Intake last 24 h: about 50 %; {K('lab', 'albumin 2.9 g/dL')}; {K('vital', 'wt 98 kg')}.\n")
    return (f"Diet office call log {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"{r.randint(10, 12)}:{r.randint(10, 59)} — {c.nm(rel)} ({c.relw(rel)}) called from {P('PHONE', c.relph(rel))} about "
            f"{c.nm(c.pt, 'poss')} meals (rm {r.randint(2, 6)}{r.randint(10, 40)}); asked for {r.choice(['halal', 'kosher', 'vegetarian'])} trays.\n"
            f"Order on file: {K('diagnosis', diet)}, {K('score', tex)}; {K('lab', 'K 5.4 mmol/L')} this AM.\n"
            f"Routed to {c.sig(rd)}; {age}.\n")


def b_drawlist(c: C) -> str:
    r = c.rng
    ph = c.clin("phlebotomist", "CPT-1")
    unit = f"{r.randint(3, 7)}{r.choice(['W', 'E', 'N'])}"
    others = [c.other() for _ in range(r.randint(2, 3))]
    tests = [("CBC w/diff", "BMP"), ("PT/INR", "CMP"), ("lactate", "BMP"), ("CBC", "Mg"), ("troponin I", "BMP"), ("TSH", "CMP")]
    rows = []
    people = [(c.pt, c.mrn, c.dob, True)] + [(o, digits(r, 8), c.days(-r.randint(25 * 365, 88 * 365)), False) for o in others]
    r.shuffle(people)
    k = r.randrange(2)
    for i, (p, mrn, dob, me) in enumerate(people):
        t1, t2 = r.choice(tests)
        bed = f"{unit}-{r.randint(1, 30):02d}"
        if k == 0:
            rows.append(f"{bed} | {P('NAME', p.family.upper())}, {P('NAME', p.given)} | {P('MRN', mrn)} | {c.D(dob, 'm/d/yy')} | "
                        f"{K('lab', t1)}, {K('lab', t2)}")
        else:
            rows.append(f"{bed},{P('NAME', p.family)},{P('NAME', p.given)},{P('MRN', mrn)},{P('DATE', dob.strftime('%Y%m%d'))},"
                        f"{K('lab', t1)};{K('lab', t2)},{r.choice(['AM', 'STAT', 'timed'])}")
    head = ("Bed | Patient | MRN | DOB | Tests\n" if k == 0 else "bed,last,first,mrn,dob,tests,priority\n")
    return (f"AM DRAW LIST · {unit} · {c.D(c.vdate, 'Tu m/d')} 0400 · phleb {c.nm(ph, 'init')}\n" + head + "\n".join(rows) + "\n"
            f"Hard stick: {P('NAME', c.pt.family.upper())} — {K('abbreviation', 'US-guided')} per RN; label barcode *{P('MRN', c.mrn)}*\n"
            f"Collected by {c.sig(ph)}; accession {P('OTHER_ID', f'{c.vdate.year % 100:02d}{c.vdate.timetuple().tm_yday:03d}-{zdigits(r, 4)}')}.\n")


def b_critical(c: C) -> str:
    r = c.rng
    rn = c.clin("RN", "RN")
    mls = c.clin("medical laboratory scientist", "MLS(ASCP)")
    doc = c.clin("hospitalist", r.choice(["MD", "DO"]))
    crit = r.choice([("K 6.8 mmol/L", ">6.0", "calcium gluconate 1 g IV"), ("glucose 38 mg/dL", "<40", "dextrose 50% 25 mL IV"),
                     ("Hgb 5.9 g/dL", "<7.0", "transfuse 1 unit PRBC"), ("lactate 5.2 mmol/L", ">4.0", "LR 30 mL/kg IV bolus"),
                     ("Na 118 mmol/L", "<120", "3% saline 100 mL IV")])
    acc = f"C{c.vdate.year % 100:02d}-{digits(r, 6)}"
    d = c.vdate
    t1, t2 = hhmm(r), hhmm(r)
    k = r.randrange(2)
    if k == 0:
        return ("CRITICAL VALUE NOTIFICATION LOG — core lab\n"
                f"rcvd{P('DATE', d.strftime('%m%d'))} {t1} | {K('lab', crit[0])} (crit {crit[1]}) | pt {P('NAME', c.pt.family.upper())}, "
                f"{P('NAME', c.pt.given.upper())} MRN {P('MRN', c.mrn)} | acc {P('OTHER_ID', acc)}\n"
                f"called to {c.nm(rn, 'gf')} RN at {t2} · READ-BACK: Y · by {c.nm(mls, 'init')}, MLS\n"
                f"escalated to {c.title(doc)} ({P('PHONE', us_phone(r))}); order: {K('drug', crit[2])}\n"
                f"Pt {c.age_or_infant()}; {dx(c)}.\n")
    rows = [f"{P('DATE', f'{d.month}/{d.day}')}|{hhmm(r)}|{P('MRN', c.mrn)}|{P('NAME', c.pt.family)}|{K('lab', x)}|{c.nm(rn, 'initials')}|Y"
            for x in r.sample([crit[0], "troponin I 2.41 ng/mL", "INR 6.2", "WBC 1.1 K/µL", "Plt 18 K/µL"], 2)]
    return ("crit_calls.txt (pipe): date|time|mrn|last|value|called_to|readback\n" + "\n".join(rows) + "\n"
            f"Notified by {c.sig(mls)}; RN {c.sig(rn)}; provider {c.sig(doc)} at {t2}. Acc {P('OTHER_ID', acc)}.\n")


def b_codeblue(c: C) -> str:
    r = c.rng
    lead = c.clin("code leader", "MD")
    rec = c.clin("recorder", "RN")
    rt = c.clin("respiratory therapist", "RRT")
    rph = c.clin("pharmacist", "PharmD")
    c1, c2 = c.clin("compressor", "RN"), c.clin("compressor", "PCT")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.7)
    loc = f"{r.randint(3, 8)}{r.choice('WENS')} rm {r.randint(1, 40)}"
    h = r.randint(0, 23)
    t = lambda m: f"{(h + m // 60) % 24:02d}{m % 60:02d}"  # noqa: E731
    k = r.randrange(2)
    if k == 0:
        return (f"CODE BLUE RECORD · {loc} · {c.D(c.vdate, 'Tu m/d/yy')} · called {t(2)}\n"
                f"Pt {c.nm(c.pt, 'FG')} · {c.age_or_infant(forms=['y/o glued', 'Y.O.', 'n yr'])} · MRN {P('MRN', c.mrn)} · code status FULL\n"
                f"Leader {c.nm(lead, 'init')} | Recorder {c.nm(rec, 'caps')} | CPR {c.nm(c1, 'initials')}/{c.nm(c2, 'initials')} | "
                f"Airway {c.nm(rt, 'given')} | Rx {c.nm(rph, 'family')}\n"
                "Time | Rhythm | Action\n"
                f"{t(3)} | PEA | CPR; {K('drug', 'epinephrine 1 mg IV q3-5 min')}\n"
                f"{t(7)} | VF | shock 200 J biphasic; {K('drug', 'amiodarone 300 mg IV')}\n"
                f"{t(11)} | ROSC | {K('vital', 'HR 104')}, {K('vital', 'BP 96/58')}, {K('vital', 'EtCO2 38 mmHg')}\n"
                f"Post-ROSC {K('eponym', 'Glasgow Coma Scale')} {K('score', str(r.randint(3, 8)))}; to ICU. "
                f"{c.relw(rel).capitalize()} {c.nm(rel)} informed by {c.title(lead)} at {P('PHONE', c.relph(rel))}.\n")
    return (f"Code debrief ({c.D(c.vdate, r.choice(YEAR_STYLES))}): {c.nm(c.pt, 'both')} ({c.age_or_infant()}) found pulseless in {loc}; "
            f"{c.sig(lead)} led, {c.sig(rec)} recorded. Rhythm PEA then VF, one shock, ROSC at 9 min. "
            f"{K('drug', 'epinephrine 1 mg IV')} x2. {K('vital', 'HR 110')} after ROSC. Airway by {c.nm(rt)}, RRT; meds by {c.nm(rph)}, PharmD. "
            f"What went well: roles clear. Fix: backboard missing from cart. Family ({c.nm(rel, 'given')}) at bedside.\n")


def b_telealarm(c: C) -> str:
    r = c.rng
    tech = c.clin("monitor technician", "CCT")
    rn = c.clin("RN", "RN")
    tx = f"{r.randint(1000, 9999)}-{r.choice('ABCDEFGH')}"
    bed = f"{r.randint(3, 7)}{r.choice('WE')}-{r.randint(1, 30):02d}"
    d = c.vdate
    alarms = [("VTACH 8 beats", "HR 142"), ("SpO2 LOW", "SpO2 86 %"), ("BRADY", "HR 41"), ("AFIB onset", "HR 118"),
              ("PAUSE 3.2 s", "HR 52"), ("LEADS OFF", "HR --")]
    k = r.randrange(2)
    if k == 0:
        lines = []
        for a, v in r.sample(alarms[:5], 3):
            lines.append(f"[{P('DATE', f'{d.month:02d}-{d.day:02d}')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] "
                         f"bed {bed} TX {P('DEVICE', tx)} {P('NAME', c.pt.family.upper())},{P('NAME', c.pt.given[0])} {a} {K('vital', v)} — RN notified")
        return (f"CENTRAL MONITORING — alarm log · tech {c.nm(tech, 'gf')}\n" + "\n".join(lines) + "\n"
                f"RN {c.sig(rn)} at bedside for each; pt {c.age_or_infant()}, {K('drug', 'metoprolol tartrate 25 mg BID')}.\n"
                f"Transmitter {P('DEVICE', tx)} battery swapped {c.D(d, r.choice(LOG_STYLES))}.\n")
    rows = []
    for a, v in r.sample(alarms, 3):
        rows.append(f"{P('DATE', fdate(d, 'iso ms', r)[1])},{bed},{P('MRN', c.mrn)},{a},{K('vital', v)},{c.nm(tech, 'initials')}")
    return ("alarm_export.csv\nts_utc,bed,mrn,alarm,value,ack_by\n" + "\n".join(rows) + "\n"
            f"Patient {c.nm(c.pt)} ({c.age_or_infant()}); ack tech {c.sig(tech)}; RN {c.nm(rn, 'init')}. Dx {dx(c)}.\n")


def b_chemo(c: C) -> str:
    r = c.rng
    rn1, rn2 = c.clin("infusion RN", "RN, OCN"), c.clin("infusion RN", "RN")
    rph = c.clin("oncology pharmacist", "PharmD, BCOP")
    drug, dxx, code = r.choice([("carboplatin AUC 5 (452 mg) IV over 30 min", "high-grade serous ovarian carcinoma", "C56.9"),
                                ("oxaliplatin 85 mg/m² (138 mg) IV over 2 h", "colon adenocarcinoma, stage III", "C18.7"),
                                ("gemcitabine 1000 mg/m² (1620 mg) IV over 30 min", "pancreatic adenocarcinoma", "C25.0"),
                                ("docetaxel 75 mg/m² (121 mg) IV over 1 h", "metastatic prostate cancer", "C61")])
    k = r.randrange(2)
    if k == 0:
        return (f"INDEPENDENT DOUBLE CHECK — chemotherapy · chair {r.randint(1, 24)} · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
                f"Two identifiers: name {c.nm(c.pt, 'FG')} ✓  DOB {c.Dob()} ✓  (band MRN {P('MRN', c.mrn)})\n"
                f"{K('vital', 'Ht 162 cm')}  {K('vital', 'Wt 58.4 kg')}  {K('vital', 'BSA 1.62 m²')} ({K('eponym', 'Mosteller')})\n"
                f"Order: {K('drug', drug)}; CrCl {K('lab', '71 mL/min')} by {K('eponym', 'Cockcroft-Gault')}"
                + (f", dose by {K('eponym', 'Calvert formula')}" if "carboplatin" in drug else "") + "\n"
                f"Cycle {r.randint(2, 6)} Day 1; previous cycle {c.D(c.days(-21), r.choice(LOG_STYLES))}\n"
                f"RN 1 {c.nm(rn1, 'init')} ✓ {hhmm(r)}   RN 2 {c.nm(rn2, 'init')} ✓ {hhmm(r)}   RPh {c.sig(rph)}\n"
                f"Pre-meds: {K('drug', 'ondansetron 16 mg IV')}, {K('drug', 'dexamethasone 12 mg IV')}\n"
                f"Dx {K('diagnosis', dxx)} ({K('code', code)}); pt {c.age_txt(forms=PROSE_AGES)}.\n")
    return ("chemo verification checklist\n"
            f"✔ patient | {c.nm(c.pt)} | {P('MRN', c.mrn)} | {c.Dob('Y-mm-dd')}\n"
            f"✔ regimen | {K('drug', drug)} | {K('code', code)}\n"
            f"✔ labs | {K('lab', 'ANC 2.1 K/µL')} | {K('lab', 'Plt 164 K/µL')} | {K('lab', 'Cr 0.91 mg/dL')}\n"
            f"✔ consent | signed {c.D(c.days(-r.randint(20, 90)), r.choice(YEAR_STYLES))} | witness {c.nm(c.other())}\n"
            f"✔ checkers | {c.nm(rn1, 'caps')} | {c.nm(rn2, 'caps')} | {c.nm(rph, 'caps')}\n"
            f"Age on the order: {c.age_txt(forms=['bare', 'decimal y', 'Y.O.'])}; {K('score', 'ECOG 1')}.\n")


def b_pi_survey(c: C) -> str:
    r = c.rng
    woc = c.clin("WOC nurse", "RN, CWOCN")
    rn = c.clin("survey RN", "RN")
    unit = f"{r.randint(2, 7)}{r.choice('WEN')}"
    q = (c.vdate.month - 1) // 3 + 1
    others = [c.other() for _ in range(2)]
    rows = []
    ppl = [(c.pt, c.mrn, c.age, True)] + [(o, digits(r, 8), r.randint(48, 99), False) for o in others]
    r.shuffle(ppl)
    finds = ["stage 2 pressure injury, sacrum", "deep tissue pressure injury, L heel", "intact skin", "MDRPI, bridge of nose (BiPAP mask)",
             "stage 3 pressure injury, coccyx", "unstageable, R heel"]
    for p, mrn, age, me in ppl:
        rows.append(f"{unit} | {c.nm(p, 'Fg')} ({P('MRN', mrn)}) | {c.agecell(age)} | {K('eponym', 'Waterlow')} {K('score', str(r.randint(8, 24)))} | "
                    f"{K('diagnosis', r.choice(finds))}")
    return (f"PRESSURE INJURY PREVALENCE — Q{q} survey day {c.D(c.vdate, r.choice(['d Month Y', 'Month d Y', 'd ROMAN yy']))}\n"
            f"Surveyors: {c.sig(woc)} and {c.sig(rn)}\n"
            "Unit | Patient | Age | Risk | Finding\n" + "\n".join(rows) + "\n"
            f"Hospital-acquired for {c.nm(c.pt, 'family')}: {r.choice(['yes', 'no'])}; safety event {P('OTHER_ID', 'SE-' + digits(r, 6))} filed "
            f"{c.D(c.vdate, r.choice(LOG_STYLES))}.\n")


LANG_LINE = {"fi": "Ymmärrän ohjeet. Seuraava käynti", "is": "Ég skil leiðbeiningarnar. Næsti tími", "et": "Saan juhistest aru. Järgmine visiit",
             "zhtw": "我明白了。下次回診", "kk": "Түсіндім. Келесі қабылдау", "uz": "Tushundim. Keyingi qabul", "he": "הבנתי. התור הבא",
             "sr": "Разумем. Следећи преглед", "bg": "Разбрах. Следващ преглед", "bn": "আমি বুঝেছি। পরবর্তী সাক্ষাৎ",
             "pa": "ਮੈਨੂੰ ਸਮਝ ਆ ਗਈ। ਅਗਲੀ ਮੁਲਾਕਾਤ", "si": "මට තේරුණා. ඊළඟ හමුව", "te": "నాకు అర్థమైంది. తదుపరి సందర్శన",
             "zu": "Ngiyaqonda. Ukuvakasha okulandelayo", "ms": "Saya faham. Temujanji seterusnya"}


def b_teachback(c: C) -> str:
    r = c.rng
    edu = c.clin("nurse educator", "MSN, RN")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.7)
    lang = c.pt.lang if c.pt.lang in LANG_LINE else None
    interp = c.other() if lang else None
    topics = r.sample([(K("drug", "insulin glargine 18 units qHS"), "pen teach, return demo"), (K("diagnosis", "heart failure"), "daily weights, call if up 2 lb"),
                       (K("drug", "apixaban 5 mg BID"), "bleeding signs"), (K("diagnosis", "COPD"), "inhaler technique, spacer"),
                       (K("drug", "enoxaparin 40 mg SC daily"), "injection sites"), (K("diagnosis", "fall risk"), "call before getting up")], 3)
    rows = [f"{t} | {m} | {r.choice(['restated correctly', 'needed 2nd pass', 'partial — re-teach'])} | {c.nm(edu, 'initials')}" for t, m in topics]
    s = (f"EDUCATION / TEACH-BACK RECORD · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
         f"Learners: patient {c.nm(c.pt, 'both')} ({c.age_or_infant()}); {c.relw(rel)} {c.nm(rel, 'gmf')}\n")
    if lang:
        s += f"Preferred language: {LANG_NAME[lang]}; interpreter {c.nm(interp)} (ID {P('OTHER_ID', 'INT-' + digits(r, 5))}) by video\n"
    s += "Topic | Method | Teach-back | By\n" + "\n".join(rows) + "\n"
    nxt = c.days(r.randint(7, 30))
    if lang and lang in LANG_DATE:
        s += f"Patient, in own words: \"{LANG_LINE[lang]} {c.D(nxt, lang)}.\"\n"
    else:
        s += f"Patient, in own words: \"I weigh every morning and call if it goes up; next visit {c.D(nxt, r.choice(['Month the ordw', 'the ordw of Month']))}.\"\n"
    return s + f"Educator: {c.sig(edu)}\n"


NDC_DRUGS = [("metoprolol succinate ER 25 mg tab", "00378-4595-01"), ("furosemide 20 mg tab", "00054-4297-25"),
             ("apixaban 5 mg tab", "00003-0894-21"), ("atorvastatin 40 mg tab", "00093-5057-98"),
             ("cephalexin 500 mg cap", "00093-3147-01"), ("oxycodone 5 mg tab", "00406-0552-01"),
             ("sertraline 50 mg tab", "16714-0612-01"), ("senna 8.6 mg tab", "00904-6418-61")]


def b_m2b(c: C) -> str:
    r = c.rng
    rph = c.clin("pharmacist", "PharmD")
    tech = c.clin("pharmacy technician", "CPhT")
    items = r.sample(NDC_DRUGS, 3)
    k = r.randrange(2)
    if k == 0:
        lines = [f"Rx# {P('OTHER_ID', digits(r, 7))}  {K('drug', d)}  qty {r.choice([14, 30, 60, 90])}  NDC {K('code', n)}" for d, n in items]
        recv = c.nm(c.pt) if r.random() < 0.5 else f"{c.nm(c.rel(r.choice(rel_choices(c))))} ({c.rels[-1][1]})"
        return (f"MEDS-TO-BEDS DELIVERY RECEIPT · {c.fac} Outpatient Pharmacy · {P('PHONE', us_phone(r))}\n"
                f"To: {c.nm(c.pt, 'FG')} · rm {r.randint(2, 7)}{r.randint(10, 40)} · MRN {P('MRN', c.mrn)} · DOB {c.Dob()}\n"
                + "\n".join(lines) + "\n"
                f"Copay ${r.randint(0, 60)}.{r.choice(['00', '50', '25'])} — card ending {P('OTHER_ID', zdigits(r, 4))} · auth {P('OTHER_ID', alnum(r, 6, UPPER + '0123456789'))}\n"
                f"Received by: {recv} ✍ at {hhmm(r)} · counseled by {c.sig(rph)} · delivered by {c.nm(tech, 'init')}, CPhT\n")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.6)
    ph = "".join(ch for ch in c.relph(rel) if ch.isdigit())
    return (f"SMS log (meds-to-beds) → {P('PHONE', ph)}\n"
            f"\"Hi {P('NAME', rel.given)}, {P('NAME', c.pt.call)}'s discharge meds are ready: {K('drug', items[0][0])} and {K('drug', items[1][0])}. "
            f"Copay ${r.randint(5, 40)}. Reply YES to bring to rm {r.randint(2, 7)}{r.randint(10, 40)}.\" — sent {c.D(c.vdate, r.choice(LOG_STYLES))} {hhmm(r)}\n"
            f"Reply: \"YES thx\" · delivered by {c.sig(tech)}; counseling {c.sig(rph)}; Rx# {P('OTHER_ID', digits(r, 7))}, {P('OTHER_ID', digits(r, 7))}\n"
            f"MRN {P('MRN', c.mrn)}; pt {c.age_or_infant()}.\n")


def b_poc(c: C) -> str:
    r = c.rng
    meter = alnum(r, 2, UPPER) + digits(r, 4) + "-" + digits(r, 5)
    ops = [c.clin("RN", "RN"), c.clin("PCT", "PCT")]
    d0 = c.days(-1)
    k = r.randrange(2)
    rows = []
    vals = [r.choice([92, 97, 104, 112, 118, 126, 131, 168, 214, 61]) for _ in range(4)]
    for i, v in enumerate(vals):
        d = d0 if i < 2 else c.vdate
        t = ["0730", "1130", "1630", "2100"][i]
        act = K("drug", f"insulin lispro {r.randint(2, 6)} units SC") if v > 150 else ("15 g carbs" if v < 70 else "none")
        op = ops[i % 2]
        opid = "OP" + digits(r, 5)
        if k == 0:
            rows.append(f"{c.D(d, r.choice(['dMon', 'd-Mon', 'Mon d']))} | {t} | {K('lab', f'{v} mg/dL')} | {act} | {c.nm(op, 'initials')} ({P('OTHER_ID', opid)})")
        else:
            rows.append(f"{P('DATE', fdate(d, 'iso ms', r)[1])},{P('DEVICE', meter)},{P('MRN', c.mrn)},{K('lab', str(v))},mg/dL,{P('OTHER_ID', opid)}")
    if k == 0:
        return (f"POC GLUCOSE LOG · {c.nm(c.pt, 'FG')} · MRN {P('MRN', c.mrn)} · {c.age_or_infant()}\n"
                f"Meter s/n {P('DEVICE', meter)} · strip lot 4471-{r.randint(10, 99)} · QC passed\n"
                "Date | Time | Result | Action | Operator\n" + "\n".join(rows) + "\n"
                f"Basal {K('drug', 'insulin glargine 16 units qHS')}; {K('lab', 'HbA1c 8.1 %')}; {K('diagnosis', 'type 2 diabetes')} ({K('code', 'E11.65')}).\n"
                f"Operators: {c.sig(ops[0])}; {c.sig(ops[1])}\n")
    return ("meter download (docking station) — ts,meter_sn,patient_id,result,unit,operator\n" + "\n".join(rows) + "\n"
            f"Patient {c.nm(c.pt)} ({c.age_or_infant()}); reviewed by {c.sig(ops[0])}. Correction scale {K('drug', 'insulin lispro low-dose scale')}.\n")


DOGS = [("Biscuit", "golden retriever"), ("Waffles", "standard poodle"), ("Moose", "Bernese mountain dog"),
        ("Pickles", "corgi"), ("Pretzel", "Labrador"), ("Sir Reginald", "greyhound")]


def b_pet(c: C) -> str:
    r = c.rng
    h = c.other()
    ccls = c.clin("child life / rec therapist", r.choice(["CCLS", "CTRS"]))
    dog, breed = r.choice(DOGS)
    reg = r.choice(["PP", "TDI", "ATD"]) + "-" + digits(r, 6)
    vanity = f"{r.choice(AREAS)}-555-{r.choice(['PAWS', 'WOOF', 'DOGS'])}"
    k = r.randrange(2)
    if k == 0:
        return ("ANIMAL-ASSISTED THERAPY VISIT\n"
                f"Team: {c.nm(h)} with \"{dog}\" ({breed}), registration {P('OTHER_ID', reg)}, handler cell {P('PHONE', vanity)}\n"
                f"Patient: {c.nm(c.pt)} · rm {r.randint(2, 7)}{r.randint(10, 40)} · {c.age_or_infant()} · screened: no dog allergy, not on isolation\n"
                f"Visit {c.D(c.vdate, r.choice(['Tu m/d', 'Day, Mon d', 'Tues. m/d']))} 1415–1435: petted and brushed {dog}; talked about the farm dog at home\n"
                f"Response: {K('score', 'pain 4/10 → 2/10')}, {K('score', 'RASS 0')}, {K('vital', 'HR 96')} → {K('vital', 'HR 88')}\n"
                f"Referred by {c.sig(ccls)}; next visit {c.D(c.days(7), r.choice(LOG_STYLES))}\n")
    rows = [f"{c.nm(h, 'Fg')} | {dog} | {P('OTHER_ID', reg)} | in {hhmm(r)} | rooms 412, 418, {r.randint(420, 440)}"]
    h2 = c.other()
    dog2, breed2 = r.choice([x for x in DOGS if x[0] != dog])
    rows.append(f"{c.nm(h2, 'Fg')} | {dog2} | {P('OTHER_ID', r.choice(['PP', 'TDI']) + '-' + digits(r, 6))} | in {hhmm(r)} | peds only")
    return (f"Pet therapy volunteer sign-in · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            "Handler | Dog | Reg # | Time | Route\n" + "\n".join(rows) + "\n"
            f"Visit with {c.nm(c.pt, 'gf')} ({c.age_or_infant()}) approved by {c.sig(ccls)}; "
            f"{K('diagnosis', 'anxiety with prolonged hospitalization')}; hand hygiene before and after.\n"
            f"Handler phones on file: {P('PHONE', us_phone(r))}, {P('PHONE', vanity)}\n")


def b_visitors(c: C) -> str:
    r = c.rng
    unit = f"{r.randint(2, 7)}{r.choice('WE')}"
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.6)
    rel2 = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.5)
    nb = c.other()
    banned = c.other()
    sec = c.other()
    st = c.state or r.choice(["MN", "IA", "WI"])
    dl = DL_FORMATS[r.randrange(len(DL_FORMATS))](r)
    k = r.randrange(2)
    if k == 0:
        rows = [f"{hhmm(r)} | {c.nm(rel)} | {c.relw(rel)} | DL {st} {P('LICENSE', dl)} | {P('OTHER_ID', 'V' + digits(r, 5))} | {K('vital', 'T 98.2')} | {hhmm(r)}",
                f"{hhmm(r)} | {c.nm(rel2, 'caps')} | {c.relw(rel2)} | passport | {P('OTHER_ID', 'V' + digits(r, 5))} | {K('vital', 'T 97.9')} | —",
                f"{hhmm(r)} | {c.nm(nb, 'Fg')} | neighbor | — | {P('OTHER_ID', 'V' + digits(r, 5))} | {K('vital', 'T 98.6')} | {hhmm(r)}"]
        return (f"VISITOR SCREENING LOG · {unit} · pt {c.nm(c.pt, 'FG')} ({P('MRN', c.mrn)}) · {c.D(c.vdate, r.choice(LOG_STYLES))}\n"
                "In | Visitor | Rel | ID | Badge | Temp | Out\n" + "\n".join(rows) + "\n"
                f"Restricted per patient: {c.nm(banned)} — do not admit; call security ({c.nm(sec)}) x{r.randint(4000, 4999)}.\n"
                f"Pt {c.age_or_infant()}; visiting hours waived by charge RN.\n")
    exp = c.days(r.randint(300, 1500))
    return (f"Visitor kiosk record · {c.D(c.vdate, r.choice(YEAR_STYLES))} {hhmm(r)}\n"
            f"Scanned ID: {st} DL {P('LICENSE', dl)}, exp {c.D(exp, 'mm/dd/Y')}; name on ID {P('NAME', rel.family.upper())}, {P('NAME', rel.given.upper())}\n"
            f"Visiting: {c.nm(c.pt, 'both')} ({P('MRN', c.mrn)}), relationship {c.relw(rel)}; badge {P('OTHER_ID', 'V' + digits(r, 5))} printed\n"
            f"Phone given: {P('PHONE', c.relph(rel))}; photo hash {alnum(r, 10, HEX)} (not stored)\n"
            f"Flag check: {c.nm(banned, 'caps')} on the restricted list — not a match. Screener: {c.nm(sec)}.\n")


def b_driver(c: C) -> str:
    r = c.rng
    cdrs = c.clin("driver rehabilitation specialist", "OTR/L, CDRS")
    exm = c.other()
    st = c.state or "MN"
    dl = DL_FORMATS[r.randrange(len(DL_FORMATS))](r)
    plate = PLATE_FORMS[r.randrange(len(PLATE_FORMS))](r)
    car = r.choice(["2016 Buick Encore", "2012 Toyota Camry", "2019 Ford Fusion", "2009 Mercury Grand Marquis"])
    dxx = r.choice([("Parkinson disease", "eponym"), ("left MCA stroke", "diagnosis"), ("mild cognitive impairment", "diagnosis"),
                    ("macular degeneration", "diagnosis")])
    return (f"DRIVER REHABILITATION EVALUATION — clinical and on-road · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
            f"Client {c.nm(c.pt, 'gmf')} · DOB {c.Dob()} · {c.age_txt(forms=PROSE_AGES)} · referred for {K(dxx[1], dxx[0])}\n"
            f"License: {st} {P('LICENSE', dl)}, class D, expires {c.D(c.days(r.randint(100, 1400)), r.choice(['mm/dd/Y', 'Month Y', 'Mon-Y']))}; restriction B (lenses)\n"
            f"Vehicle: {car}, VIN {P('VEHICLE', vin(r))}, {st} plate {P('VEHICLE', plate)}\n"
            f"Clinical: {K('eponym', 'Snellen')} {K('score', '20/40')} OU, {K('score', 'Trails B 142 s')}, {K('score', 'UFOV risk 3')}, "
            f"brake reaction {K('score', '0.71 s')}\n"
            f"On-road: residential → {c.cross()} → highway; two lane drifts, one missed stop at {c.cross()}.\n"
            f"Recommendation: {r.choice(['restricted daytime driving within 10 miles', 'not safe to drive at this time', 'resume driving'])}; "
            f"DMV re-exam with {c.nm(exm)} (DMV examiner).\nEvaluator: {c.sig(cdrs)}\n")


def b_sdoh(c: C) -> str:
    r = c.rng
    chw = c.clin("community health worker", "CHW")
    util = r.choice(["Alliant Energy", "MidAmerican Energy", "Xcel Energy", "Black Hills Energy"])
    home = c.street_prose()
    k = r.randrange(2)
    if k == 0:
        s = (f"SOCIAL NEEDS SCREENING (HRSN) · {c.D(c.vdate, r.choice(YEAR_STYLES))} · {c.nm(c.pt, 'FG')} · {c.age_or_infant()}\n"
             f"1. Living situation: worried about losing housing — \"{home or 'staying with family for now'}\"\n"
             f"2. Food: {K('score', 'Hunger Vital Sign positive')} (2/2)\n"
             f"3. Utilities: shut-off notice from {util}, acct {P('ACCOUNT', digits(r, 10))}\n"
             f"4. Transportation: missed 2 visits; Medicaid ride line {P('PHONE', tollfree(r))}\n"
             f"5. Safety: feels safe at home\n"
             f"Referrals: SNAP case {P('OTHER_ID', digits(r, 9))}; food shelf at {c.cross()} (Tu/Th)\n")
        return s + f"Screened by {c.sig(chw)}; coverage {c.coverage_short()}\n"
    lines = [f"q1 where do you live: {remark(home, str.lower) if home else 'with my sister for now'}",
             "q2 ran out of food before money came: often true",
             f"q3 utility shut off threatened: yes ({util.lower()}, acct {P('ACCOUNT', digits(r, 10))})",
             f"q4 phone to reach you: {P('PHONE', c.phone)}",
             f"q5 email: {P('EMAIL', c.email)}"]
    return (f"patient-entered screening (portal form, {c.D(c.vdate, r.choice(LOG_STYLES))}) — {c.nm(c.pt, 'lower')}\n" + "\n".join(lines) + "\n"
            f"Reviewed by {c.sig(chw)}: {K('score', 'Hunger Vital Sign positive')}; {K('code', 'Z59.41')} food insecurity; {K('code', 'Z59.12')} utilities.\n")


VENTS = ["Hamilton C6", "Servo-u", "Puritan Bennett 980", "Dräger Evita V800"]


def b_vent(c: C) -> str:
    r = c.rng
    rt1, rt2 = c.clin("respiratory therapist", "RRT"), c.clin("respiratory therapist", "RRT")
    model = r.choice(VENTS)
    sn = digits(r, 2) + alnum(r, 2, UPPER) + digits(r, 6)
    k = r.randrange(2)
    if k == 0:
        rows = []
        for i, d in enumerate([c.days(-1), c.days(-1), c.vdate]):
            rows.append(f"{c.D(d, r.choice(['Tu m/d', 'm.d', 'mm/dd']))} {['0400', '1600', '0400'][i]} | {K('abbreviation', r.choice(['VC/AC', 'PRVC', 'PSV']))} | "
                        f"{K('vital', 'Vt ' + str(r.choice([380, 400, 420, 450])) + ' mL')} | {K('vital', 'RR ' + str(r.randint(14, 24)))} | "
                        f"{K('vital', 'PEEP ' + str(r.choice([5, 8, 10])))} | {K('vital', 'FiO2 ' + str(r.choice([30, 35, 40, 50])) + '%')} | "
                        f"{K('vital', 'SpO2 ' + str(r.choice([92, 94, 95, 97])) + '%')} | {c.nm(r.choice([rt1, rt2]), 'initials')}")
        return (f"RT VENTILATOR LOG · {K('code', model)} s/n {P('DEVICE', sn)}\n"
                f"Pt {c.nm(c.pt, 'FG')} · MRN {P('MRN', c.mrn)} · {c.age_or_infant()} · ETT 7.5 @ 23 cm lip\n"
                "Date time | Mode | Vt | RR | PEEP | FiO2 | SpO2 | RT\n" + "\n".join(rows) + "\n"
                f"ABG: {K('lab', 'pH 7.36')}, {K('lab', 'PaCO2 44 mmHg')}, {K('lab', 'PaO2 91 mmHg')}; SBT at 0600: {K('score', 'RSBI 98')}.\n"
                f"RTs: {c.sig(rt1)}, {c.sig(rt2)}\n")
    ts = c.vdate.strftime("%Y%m%d") + f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    mid = ("^" + P("NAME", c.pt.middle)) if c.pt.middle else ""
    return ("vent data (HL7 ORU from the device gateway):\n"
            f"PID|1||{P('MRN', c.mrn)}^^^NW^MR||{P('NAME', ascii_fold(c.pt.family).upper())}^{P('NAME', ascii_fold(c.pt.given).upper())}{mid}||{P('DATE', c.dob.strftime('%Y%m%d'))}|{c.pt.sex}\n"
            f"OBR|1||{P('OTHER_ID', 'VG' + digits(r, 8))}|{K('code', '20112-9')}^Vent settings^LN|||{P('DATE', ts)}\n"
            f"OBX|1|NM|{K('code', '20112-9')}^Tidal volume setting^LN||{K('vital', '420')}|mL|||||F\n"
            f"OBX|2|NM|{K('code', '20077-4')}^PEEP^LN||{K('vital', '8')}|cm[H2O]|||||F\n"
            f"OBX|3|ST|^Device serial||{P('DEVICE', sn)}||||||F\n"
            f"Reviewed by {c.sig(rt1)}; pt {c.age_or_infant()}; {dx(c)}.\n")


def b_ect(c: C) -> str:
    r = c.rng
    psy = c.clin("psychiatrist", "MD")
    crna = c.clin("anesthetist", "CRNA")
    dev = r.choice(["MECTA spECTrum 5000Q", "Thymatron System IV"])
    sn = digits(r, 5) if "Thymatron" in dev else "MQ" + digits(r, 6)
    court = r.random() < 0.4
    guard = c.rel(r.choice(["daughter", "son", "sister", "brother"]), same_family=r.random() < 0.6) if court else None
    k = r.randrange(2)
    if k == 0:
        s = (f"ECT TREATMENT RECORD · #{r.randint(2, 12)} of series · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
             f"Pt {c.nm(c.pt)} · {c.age_txt(forms=PROSE_AGES)} · MRN {P('MRN', c.mrn)} · "
             + (f"court-authorized, petition {P('OTHER_ID', f'{c.vdate.year % 100:02d}-MH-{digits(r, 4)}')}, guardian {c.relw(guard)} {c.nm(guard)}\n" if court else "voluntary consent on file\n")
             + f"Device {K('code', dev)} s/n {P('DEVICE', sn)}; {K('abbreviation', 'RUL')} ultrabrief, {K('score', '0.3 ms')}\n"
             f"Anesthesia ({c.nm(crna, 'init')}, CRNA): {K('drug', 'methohexital 1 mg/kg IV')}, {K('drug', 'succinylcholine 0.75 mg/kg IV')}\n"
             f"Seizure: motor {K('score', '32 s')}, EEG {K('score', '48 s')}; peak {K('vital', 'HR 118')}, {K('vital', 'BP 128/94')}\n"
             f"{K('eponym', 'Montgomery-Åsberg')} {K('score', str(r.randint(12, 34)))}; dx {K('diagnosis', 'major depressive disorder, recurrent, severe')} ({K('code', 'F33.2')})\n"
             f"Psychiatrist: {c.sig(psy)}\n")
        return s
    rows = []
    d = c.days(-r.randint(14, 20))
    for i in range(4):
        d = d + dt.timedelta(days=r.choice([2, 2, 3]))
        rows.append(f"#{i + 1} | {c.D(d, r.choice(LOG_STYLES))} | EEG {K('score', str(r.randint(28, 70)) + ' s')} | {K('eponym', 'Montgomery-Åsberg')} {K('score', str(34 - 5 * i))}")
    return (f"ECT series log — {c.nm(c.pt, 'FG')} ({P('MRN', c.mrn)}), {c.age_txt(forms=PROSE_AGES)}\n"
            "Tx | Date | Seizure | Scale\n" + "\n".join(rows) + "\n"
            f"Device {K('code', dev)} s/n {P('DEVICE', sn)}; anesthesia {c.sig(crna)}; attending {c.sig(psy)}"
            + (f"; guardian {c.nm(guard)} {P('PHONE', c.relph(guard))}" if court else "") + "\n")


def b_eswl(c: C) -> str:
    r = c.rng
    uro = c.clin("urologist", "MD")
    rn = c.clin("procedure RN", "RN")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.6)
    side = r.choice(["left", "right"])
    size = r.randint(5, 14)
    sn = "DL" + digits(r, 7)
    k = r.randrange(2)
    if k == 0:
        return (f"EXTRACORPOREAL SHOCK WAVE LITHOTRIPSY · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
                f"{c.nm(c.pt, 'FG')} · MRN {P('MRN', c.mrn)} · DOB {c.Dob()} · {c.age_or_infant()}\n"
                f"Dx: {K('diagnosis', f'{side} renal pelvis stone {size} mm')} ({K('code', 'N20.0')}); density {K('lab', str(r.randint(700, 1250)) + ' HU')}\n"
                f"Lithotripter {K('code', 'Dornier Delta III')} s/n {P('DEVICE', sn)}; CPT {K('code', '50590')}\n"
                f"Shocks {K('score', '3000')} at {K('score', '90/min')}, energy ramped to level {r.randint(4, 6)}; fluoro {K('score', '2.4 min')}\n"
                f"Sedation {K('drug', 'fentanyl 50 mcg IV')} ×2 by {c.nm(rn, 'init')}, RN; {K('vital', 'HR 96')}, {K('vital', 'SpO2 97 %')}\n"
                f"Post: {K('drug', 'tamsulosin 0.4 mg daily x 14 days')}; strain urine; driver {c.relw(rel)} {c.nm(rel)} {P('PHONE', c.relph(rel))}\n"
                f"Urologist: {c.sig(uro)}\n")
    return (f"After your lithotripsy ({c.D(c.vdate, r.choice(['Month d, Y', 'd Month Y', 'Tu m/d/yy']))}) — {c.nm(c.pt)}\n"
            f"- Pink urine and passing gravel is expected for a few days; strain all urine and bring the {K('diagnosis', 'stone fragments')} to clinic.\n"
            f"- Take {K('drug', 'tamsulosin 0.4 mg daily')} and {K('drug', 'ibuprofen 600 mg q6h PRN')}.\n"
            f"- X-ray ({K('abbreviation', 'KUB')}) on {c.D(c.days(14), r.choice(['the ordw of Month', 'Month the ordw', 'Tu m/d']))} with {c.title(uro)}.\n"
            f"- Questions: {P('PHONE', us_phone(r))}; after hours ask for the urologist on call.\n"
            f"Your ride: {c.nm(rel, 'given')} ({c.relw(rel)}). MRN {P('MRN', c.mrn)}. Nurse: {c.sig(rn)}\n")


def b_preproc(c: C) -> str:
    r = c.rng
    rn = c.clin("pre-procedure RN", "RN")
    proc = r.choice([("colonoscopy", "45378"), ("cardiac catheterization", "93458"), ("cataract extraction, right eye", "66984"),
                     ("cystoscopy", "52000"), ("EGD", "43239")])
    drv = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.5) if r.random() < 0.7 else c.other()
    drv_rel = c.relw(drv) if drv in [p for p, _, _ in c.rels] else "friend"
    ddate = c.days(r.randint(2, 6))
    k = r.randrange(2)
    home = c.street_prose()
    if k == 0:
        s = (f"PRE-PROCEDURE PHONE CALL · {K('diagnosis', proc[0])} (CPT {K('code', proc[1])}) on {c.D(ddate, r.choice(['the ordw of Month', 'Month the ordw', 'Day, Mon d']))}\n"
             f"Attempt 1 {c.D(c.vdate, r.choice(LOG_STYLES))} {hhmm(r)} → {P('PHONE', c.phone)}: LM on VM\n"
             f"Attempt 2 {c.D(c.vdate, r.choice(LOG_STYLES))} {hhmm(r)} → {P('PHONE', c.phone2)}: spoke with patient; identity confirmed by name + DOB {c.Dob()}\n"
             f"✓ NPO after midnight  ✓ hold {K('drug', 'apixaban 5 mg BID')} x 48 h  ✓ bring list  ✓ no jewelry\n"
             f"Driver: {c.nm(drv)} ({drv_rel}) {P('PHONE', c.relph(drv) if drv_rel != 'friend' else us_phone(r))}\n")
        if home:
            s += f"Address confirmed for the ride: {home}.\n"
        return s + f"Caller: {c.sig(rn)}; pt {c.age_or_infant()}\n"
    return (f"Pre-op call script — {c.nm(c.pt, 'FG')} ({P('MRN', c.mrn)})\n"
            f"Q: Name and birthday? A: \"{c.nm(c.pt, 'gf')}, {c.D(c.dob, r.choice(['Month d Y', 'the ordw of Month']))}\"\n"
            f"Q: Who is driving? A: \"my {drv_rel} {c.nm(drv, 'given')}, cell {P('PHONE', us_phone(r))}\"\n"
            f"Q: Blood thinners? A: {K('drug', 'clopidogrel 75 mg daily')} — stop 5 days before per {c.title(c.clin('proceduralist', 'MD', team=False))}\n"
            f"Q: Arrival? A: 0630 on {c.D(ddate, 'Tu m/d')}, entrance B\n"
            f"Called by {c.sig(rn)} {c.D(c.vdate, r.choice(YEAR_STYLES))}; procedure {K('diagnosis', proc[0])}; pt {c.age_or_infant()}.\n")


CSP = [("vancomycin 1,250 mg in NS 250 mL", "vancomycin 10 g vial"), ("cefazolin 2 g in D5W 100 mL", "cefazolin 10 g vial"),
       ("norepinephrine 8 mg in NS 250 mL", "norepinephrine 4 mg/4 mL"), ("heparin 25,000 units in D5W 250 mL", "heparin 5,000 units/mL"),
       ("piperacillin-tazobactam 4.5 g in NS 100 mL", "pip-tazo 40.5 g bulk vial")]


def b_compounding(c: C) -> str:
    r = c.rng
    tech = c.clin("sterile compounding technician", "CPhT")
    rph = c.clin("verifying pharmacist", "PharmD")
    drug, src = r.choice(CSP)
    lot = alnum(r, 6, UPPER + "0123456789")
    k = r.randrange(2)
    if k == 0:
        return (f"STERILE COMPOUNDING RECORD · USP <797> Cat 2 · hood {r.randint(1, 4)} · order {P('OTHER_ID', 'ORD' + digits(r, 8))}\n"
                f"Label: {P('NAME', c.pt.family.upper())}, {P('NAME', c.pt.given)} · {P('MRN', c.mrn)} · rm {r.randint(2, 7)}{r.randint(10, 40)} · DOB {c.Dob()}\n"
                f"Product: {K('drug', drug)}\n"
                f"Ingredients: {src} lot {lot} exp 2026-0{r.randint(1, 9)}; diluent lot {alnum(r, 6, UPPER + '0123456789')}\n"
                f"BUD 48 h refrigerated · gravimetric check {r.choice(['+0.8%', '-1.2%', '+0.3%'])}\n"
                f"Compounded {hhmm(r)} by {c.nm(tech, 'init')}, CPhT · verified {hhmm(r)} by {c.sig(rph)}\n"
                f"Pt {c.age_or_infant()}, {K('vital', 'wt 98 kg')}, {K('lab', 'CrCl 104 mL/min')}; {dx(c)}\n")
    return ("IV label (as printed)\n"
            f"┌ {P('NAME', c.pt.family.upper())}, {P('NAME', c.pt.given.upper())}  {P('MRN', c.mrn)}\n"
            f"│ {K('drug', drug)}\n"
            f"│ rate per MAR · RM {r.randint(2, 7)}{r.randint(10, 40)}\n"
            f"│ prep {c.D(c.vdate, r.choice(['mm/dd/yy', 'm/d/yy']))} {hhmm(r)} {c.nm(tech, 'initials')}/{c.nm(rph, 'initials')}\n"
            f"└ ||▌▌|▌|| {P('OTHER_ID', 'RX' + digits(r, 9))}\n"
            f"Compounder {c.sig(tech)}; checked by {c.sig(rph)}; DOB on label {c.Dob('m/d/yy')}.\n")


RECALLS = [("metformin ER 500 mg tab", "NDMA above the acceptable limit"), ("levothyroxine 50 mcg tab", "low potency"),
           ("valsartan 160 mg tab", "nitrosamine impurity"), ("albuterol HFA 90 mcg inhaler", "defective dose counter")]


def b_recall(c: C) -> str:
    r = c.rng
    rph = c.clin("pharmacist in charge", "PharmD")
    pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]), team=False)
    drug, why = r.choice(RECALLS)
    fill = c.days(-r.randint(10, 60))
    k = r.randrange(2)
    if k == 0:
        return (f"{c.D(c.vdate, r.choice(['Month d, Y', 'd Month Y', 'Month d Y']))}\n\n"
                f"{c.nm(c.pt, 'gmf')}\n" + "\n".join(c.addr_lines) + "\n\n"
                f"RE: voluntary recall — {K('drug', drug)}, lot {alnum(r, 7, UPPER + '0123456789')} ({why})\n\n"
                f"Dear {c.title(c.pt)},\n"
                f"Our records show that on {c.D(fill, r.choice(['the ordw of Month', 'Month the ordw', 'Mon d, ' + chr(39) + 'yy']))} you picked up prescription "
                f"#{P('OTHER_ID', digits(r, 7))} from this lot. Please stop using it and bring it back; we have a replacement ready at no cost. "
                f"Do not stop the medicine without a replacement — call us at {P('PHONE', us_phone(r))}.\n\n"
                f"Sincerely,\n{c.sig(rph)}, Pharmacist in Charge\ncc: {c.nm(pcp, 'Fg')}, {pcp.cred} (fax {P('FAX', us_phone(r))})\n")
    rel = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.6)
    return (f"Recall outreach log — {K('drug', drug)} ({why})\n"
            f"{c.D(c.vdate, r.choice(LOG_STYLES))} {hhmm(r)} called {c.nm(c.pt)} at {P('PHONE', c.phone)}: no answer, VM full\n"
            f"{c.D(c.days(1), r.choice(LOG_STYLES))} {hhmm(r)} reached {c.relw(rel)} {c.nm(rel)} at {P('PHONE', c.relph(rel))}; "
            f"Rx #{P('OTHER_ID', digits(r, 7))} filled {c.D(fill, r.choice(YEAR_STYLES))}, exchange arranged\n"
            f"Letter mailed to {c.addr_inline(' / ')}\nBy {c.sig(rph)}; pt {c.age_or_infant()}\n")


TRAVEL_MEDS = ["insulin glargine 100 units/mL pens", "insulin aspart 100 units/mL pens", "pen needles 32G 4 mm",
               "glucagon 1 mg nasal powder", "enoxaparin 40 mg/0.4 mL syringes", "adalimumab 40 mg/0.4 mL pens",
               "sumatriptan 6 mg autoinjector", "methotrexate 25 mg/mL syringes"]


def b_travel(c: C) -> str:
    r = c.rng
    doc = c.clin("treating physician", "MD")
    cty, country = r.choice(FOREIGN_CITIES)
    a = c.days(r.randint(10, 60))
    b = a + dt.timedelta(days=r.randint(8, 24))
    meds = r.sample(TRAVEL_MEDS, 3)
    pp = alnum(r, 1, UPPER) + digits(r, 8)
    cgm = alnum(r, 3, UPPER) + digits(r, 7)
    lang = c.pt.lang if c.pt.lang in LANG_DATE else None
    s = (f"{c.D(c.vdate, r.choice(['Month d, Y', 'd Month Y']))}\n\nTO WHOM IT MAY CONCERN — airline security and customs\n\n"
         f"{c.nm(c.pt, 'gmf')} (date of birth {c.Dob()}, passport {P('OTHER_ID', pp)}) is my patient and travels {c.range_(a, b)} "
         f"to {P('CITY', cty)}, {country}. {'She' if c.pt.sex == 'F' else 'He'} has {K('diagnosis', 'type 1 diabetes')} ({K('code', 'E10.9')}) "
         "and must carry in the cabin:\n"
         + "".join(f"  • {K('drug', m)}\n" for m in meds)
         + f"  • glucose sensor {K('code', 'FreeStyle Libre 3')} s/n {P('DEVICE', cgm)} — do not pass through the body scanner\n")
    if lang:
        s += f"{LANG_NAME[lang]}: {c.nm(c.pt, 'script') if c.pt.script else c.nm(c.pt)} — {c.D(a, lang)}.\n"
    s += f"Questions: {P('PHONE', us_phone(r))} or {P('EMAIL', c.work_email(doc))}.\n"
    return s


def b_peer(c: C) -> str:
    r = c.rng
    peer = c.clin("certified peer recovery specialist", "CPRS")
    sponsor = c.other()
    pid = f"PR-{digits(r, 5)}"
    d = c.days(-r.randint(10, 20))
    rows = []
    for _ in range(4):
        d = d + dt.timedelta(days=r.randint(2, 5))
        kind = r.choice(["call", "text", "in person", "meeting"])
        if kind == "call":
            note = f"called {P('PHONE', c.phone)}, talked 20 min about cravings; {K('score', 'craving 3/10')}"
        elif kind == "text":
            msg = r.choice(["made it to the meeting", "rough night but im ok", "got the job at the car wash", "can we meet thurs instead"])
            note = f"\"hey {P('NAME', peer.given.lower())} its {P('NAME', c.pt.call.lower())} {msg}\""
        elif kind == "in person":
            note = f"coffee at the diner on {c.cross()}; got bus pass"
        else:
            note = f"NA meeting with sponsor {c.nm(sponsor, r.choice(['given', 'initnodot', 'gf']))}"
        rows.append(f"{c.D(d, r.choice(LOG_STYLES))} | {kind} | {note}")
    return (f"PEER RECOVERY SUPPORT — contact log · participant {P('OTHER_ID', pid)} · {c.nm(c.pt, r.choice(['FG', 'nick', 'both']))} ({c.age_txt(forms=PROSE_AGES)})\n"
            "Date | Type | Note\n" + "\n".join(rows) + "\n"
            f"MOUD: {K('drug', 'buprenorphine-naloxone 8/2 mg SL daily')} via clinic; {K('score', 'BAM use 0 days')}; "
            f"{K('diagnosis', 'opioid use disorder, severe, in early remission')} ({K('code', 'F11.21')})\n"
            f"Peer: {c.sig(peer)} · {P('PHONE', us_phone(r))}\n")


def b_harm(c: C) -> str:
    r = c.rng
    ow = c.other()
    rn = c.clin("outreach nurse", "RN")
    mom = c.rel("mother", "F", same_family=r.random() < 0.5, phone=False)
    code = (ascii_fold(mom.given)[:2] + ascii_fold(c.pt.family).replace(" ", "")[:2]).upper() + c.dob.strftime("%m%y")
    site = c.cross()
    k = r.randrange(2)
    if k == 0:
        return (f"HARM REDUCTION SUPPLY DISTRIBUTION · mobile outreach unit · {c.D(c.vdate, r.choice(YEAR_STYLES))} · site {site}\n"
                f"Participant code {P('OTHER_ID', code)} (mother's first 2 + last name 2 + birth mm/yy) · goes by {P('NAME', c.pt.call)}\n"
                f"Given: {K('drug', 'naloxone 4 mg nasal spray')} x2 (lot {alnum(r, 6, UPPER + '0123456789')}), fentanyl test strips x10, "
                "wound care kit, sharps container 1 qt\n"
                f"Reported reversal: used naloxone on a friend {c.D(c.days(-r.randint(2, 12)), r.choice(['the ordw of Month', 'Tu m/d', 'Day, Mon d']))} behind {P('ADDRESS', f'{r.randint(100, 999)} {r.choice(STREETS)}')}\n"
                f"Wound on L forearm: {K('diagnosis', 'cellulitis')} — referred to {c.sig(rn)}; {K('vital', 'T 99.4 °F')}\n"
                f"Outreach worker: {c.nm(ow)} (cell {P('PHONE', us_phone(r))})\n")
    rows = [f"{P('DATE', c.vdate.isoformat())},{P('OTHER_ID', code)},{site},naloxone:2,fts:10,syringes:0",
            f"{P('DATE', c.days(-7).isoformat())},{P('OTHER_ID', code)},{c.cross()},naloxone:1,fts:10,syringes:0"]
    return ("outreach_export.csv\ndate,participant,site,items\n" + "\n".join(rows) + "\n"
            f"Notes: participant ({c.age_txt(forms=['bare', 'n yr', 'Y.O.'])}) asked about {K('drug', 'buprenorphine-naloxone 8/2 mg')} — warm handoff to {c.sig(rn)}; "
            f"worker {c.nm(ow)}.\n")


SEATS = ["Graco SnugRide 35 Lite", "Chicco KeyFit 30", "Britax B-Safe Gen2", "Evenflo LiteMax 35", "Nuna PIPA lite"]


def b_carseat(c: C) -> str:
    r = c.rng
    rn = c.clin("nursery RN", "RN")
    mom = c.rel("mother", "F", same_family=r.random() < 0.7)
    dad = c.rel("father", "M", same_family=True) if r.random() < 0.7 else None
    cpst = c.other()
    seat = r.choice(SEATS)
    plate = PLATE_FORMS[r.randrange(len(PLATE_FORMS))](r)
    ga = f"GA {r.randint(34, 36)}+{r.randint(0, 6)}"
    k = r.randrange(2)
    if k == 0:
        return (f"INFANT CAR SEAT CHALLENGE · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
                f"Infant {c.nm(c.pt, r.choice(['FG', 'both']))} · MRN {P('MRN', c.mrn)} · born {c.Dob()} · {K('score', ga)} · {K('age', f'DOL {c.days_old}')}\n"
                f"Seat: {K('code', seat)}, rear-facing, in own seat brought by parents\n"
                f"Start {hhmm(r)} · duration {K('score', '90 min')} · {K('vital', 'SpO2 95 %')}–{K('vital', '99 %')}, {K('vital', 'HR 128')}–{K('vital', 'HR 156')}\n"
                f"Events: {r.choice(['none', 'one desaturation to 89 % for 6 s, self-resolved'])} → PASS\n"
                f"Parents: {c.nm(mom)}" + (f" and {c.nm(dad)}" if dad else "") + f"; cell {P('PHONE', c.relph(mom))}\n"
                f"Install check in the family's {r.choice(CARS)} (VIN {P('VEHICLE', vin(r))}, plate {P('VEHICLE', plate)}) by CPST {c.nm(cpst)}, county fire dept.\n"
                f"RN: {c.sig(rn)}\n")
    return (f"CPST checklist — car seat install at discharge ({c.D(c.vdate, r.choice(LOG_STYLES))})\n"
            f"Baby: {c.nm(c.pt, 'gf')} ({K('age', f'{c.days_old} days')}), MRN {P('MRN', c.mrn)}\n"
            f"[x] seat {K('code', seat)} not expired, no recalls  [x] harness at/below shoulders  [x] 45° recline\n"
            f"Vehicle: {r.choice(CARS)}, tag {P('VEHICLE', plate)}; rear-center LATCH\n"
            f"Caregiver taught: {c.relw(mom)} {c.nm(mom, 'given')}" + (f", {c.relw(dad)} {c.nm(dad, 'given')}" if dad else "") + "\n"
            f"Tech: {c.nm(cpst)} (CPST #{P('OTHER_ID', 'T' + digits(r, 6))}); nursery RN {c.sig(rn)}; {K('eponym', 'Apgar')} at birth {K('score', f'{r.randint(7, 8)}/9')}.\n")


def b_infant_tag(c: C) -> str:
    r = c.rng
    rn1, rn2 = c.clin("postpartum RN", "RN"), c.clin("nursery RN", "RN")
    mom = c.rel("mother", "F", same_family=r.random() < 0.7)
    sec = c.other()
    band = str(r.randint(10000, 99999))
    tag = r.choice(["HG", "XB", "ST"]) + "-" + alnum(r, 2, "0123456789ABCDEF") + "-" + alnum(r, 4, "0123456789ABCDEF")
    mom_mrn = digits(r, 8)
    d = c.dob
    k = r.randrange(2)
    if k == 0:
        return (f"INFANT SECURITY TAG LOG\n"
                f"Infant: {c.nm(c.pt, 'FG')} · MRN {P('MRN', c.mrn)} · born {c.D(d, r.choice(YEAR_STYLES))} {hhmm(r)} · band # {P('OTHER_ID', band)}\n"
                f"Mother: {c.nm(mom)} · MRN {P('MRN', mom_mrn)} · band # {P('OTHER_ID', band)}\n"
                f"Tag {P('DEVICE', tag)} applied by {c.nm(rn1, 'init')}, RN\n"
                f"[{P('DATE', f'{c.vdate.month:02d}-{c.vdate.day:02d}')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}] tag alarm, door 4B — infant in hall with {c.nm(mom, 'given')}; reset by {c.nm(sec)} (security)\n"
                f"[{P('DATE', f'{c.vdate.month:02d}-{c.vdate.day:02d}')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}] strap loose, re-fitted ({K('vital', 'wt 3.1 kg')})\n"
                f"Discharge {c.D(c.vdate, r.choice(LOG_STYLES))}: bands matched ({P('OTHER_ID', band)}), tag removed by {c.sig(rn2)}\n")
    return ("tag_events.csv — ts,tag,event,location,staff\n"
            f"{P('DATE', fdate(c.vdate, 'iso ms', r)[1])},{P('DEVICE', tag)},ENROLL,LD-12,{c.nm(rn1, 'initials')}\n"
            f"{P('DATE', fdate(c.vdate, 'iso ms', r)[1])},{P('DEVICE', tag)},EXIT_ALARM,4B door,{c.nm(sec, 'initials')}\n"
            f"{P('DATE', fdate(c.vdate, 'iso ms', r)[1])},{P('DEVICE', tag)},REMOVED,MB-04,{c.nm(rn2, 'initials')}\n"
            f"Infant {c.nm(c.pt)} ({K('age', f'{c.days_old} d')}), mother {c.nm(mom, 'Fg')} (MRN {P('MRN', mom_mrn)}); staff {c.sig(rn1)}, {c.sig(rn2)}; "
            f"security {c.nm(sec)}.\n")


def b_fair(c: C) -> str:
    r = c.rng
    vol = c.other()
    rn = c.clin("volunteer RN", "RN")
    place = r.choice(["St. Wenceslaus parish hall", "county fairgrounds 4-H building", "Hy-Vee community room", "tribal community center"])
    k = r.randrange(2)
    if k == 0:
        z = P("ZIP", c.addr["postalCode"]) if c.addr.get("postalCode") else "—"
        return (f"COMMUNITY HEALTH FAIR — screening card · {place} · {c.D(c.vdate, r.choice(YEAR_STYLES))}\n"
                f"Name {c.nm(c.pt, r.choice(['gf', 'caps']))}   {c.age_txt(forms=['age: ny', 'AGE=', 'Age (yrs)'])}   phone {P('PHONE', c.phone)}   zip {z}\n"
                f"{K('vital', f'BP {r.randint(104, 128)}/{r.randint(88, 96)}')} (repeat {K('vital', f'BP {r.randint(104, 128)}/{r.randint(86, 94)}')}) · "
                f"{K('lab', f'glucose {r.choice([92, 104, 118, 126])} mg/dL (random)')} · {K('lab', 'total cholesterol 212 mg/dL')} · {K('vital', 'BMI 31.2')}\n"
                f"Follow-up: see PCP within 1 month; no PCP → clinic list given. Screener {c.nm(vol)}; reviewed {c.sig(rn)}\n")
    others = [c.other() for _ in range(2)]
    rows = []
    ppl = [(c.pt, c.age)] + [(o, r.randint(40, 99)) for o in others]
    r.shuffle(ppl)
    for p, a in ppl:
        rows.append(f"\"{P('NAME', p.family)}\",\"{P('NAME', p.given)}\",{c.agecell(a)},{P('ZIP', (c.addr.get('postalCode') or '53577') if p is c.pt else r.choice(US_CITIES)[2] + f'{r.randint(1, 99):02d}')},"
                    f"{K('vital', f'{r.randint(104, 128)}/{r.randint(88, 96)}')},{K('lab', str(r.choice([92, 97, 104, 118])))}")
    return (f"health_fair_{c.vdate.strftime('%Y')}.csv (data entry by {c.nm(vol)})\nlast,first,age,zip,bp,glucose\n" + "\n".join(rows) + "\n"
            f"Row for {c.nm(c.pt, 'family')} flagged for RN call-back ({c.sig(rn)}) at {P('PHONE', c.phone)}.\n")


def b_lodging(c: C) -> str:
    r = c.rng
    sw = c.clin("social worker", "LCSW")
    mgr = c.other()
    g1 = c.rel(r.choice(rel_choices(c)), same_family=r.random() < 0.7)
    g2 = c.rel(r.choice([x for x in rel_choices(c) if x != c.relw(g1)]), same_family=r.random() < 0.7) if r.random() < 0.5 else None
    a = c.days(r.randint(0, 3))
    b = a + dt.timedelta(days=r.randint(3, 12))
    res = "HH-" + digits(r, 6)
    plate = PLATE_FORMS[r.randrange(len(PLATE_FORMS))](r)
    dist = r.randint(60, 340)
    k = r.randrange(2)
    if k == 0:
        return (f"HOSPITALITY HOUSE LODGING REFERRAL · res # {P('OTHER_ID', res)}\n"
                f"Patient: {c.nm(c.pt, r.choice(['FG', 'both']))} · MRN {P('MRN', c.mrn)} · {c.age_or_infant()} · unit {r.randint(3, 7)}{r.choice('WE')}\n"
                f"Guests: {c.nm(g1)} ({c.relw(g1)}, cell {P('PHONE', c.relph(g1))})" + (f"; {c.nm(g2)} ({c.relw(g2)})" if g2 else "") + "\n"
                f"Home: {c.addr_inline()} — {dist} mi" + (" (lives abroad; visiting)" if c.abroad else "") + "\n"
                f"Stay: {c.range_(a, b)} · nightly $20 waived (financial hardship)\n"
                f"Car in guest lot: {r.choice(CARS)}, plate {P('VEHICLE', plate)}\n"
                f"Referred by {c.sig(sw)}; house manager {c.nm(mgr)} {P('PHONE', us_phone(r))}\n")
    return (f"From: {c.nm(sw)} <{P('EMAIL', c.work_email(sw))}>\nTo: {c.nm(mgr)} <{P('EMAIL', make_email(r, mgr))}>\n"
            f"Subject: room request for {P('NAME', c.pt.family)} family, {c.range_(a, b)}\n\n"
            f"Hi {P('NAME', mgr.given)} — could you hold a room for {c.nm(g1)} ({c.relw(g1)} of our patient {c.nm(c.pt, 'given')}, {c.age_or_infant()}). "
            f"They drive in from {P('CITY', c.city) if c.city and not c.abroad else 'out of state'} ({dist} mi). Best number {P('PHONE', c.relph(g1))}. "
            f"Reason: {dx(c)}. Thanks! — {P('PROVIDER_NAME', sw.given)}\n")


BODIES = {
    "biobank consent record": b_biobank,
    "telehealth connection ticket": b_telehealth,
    "sitter observation log": b_sitter,
    "meal tray ticket": b_tray,
    "phlebotomy draw list": b_drawlist,
    "critical value notification log": b_critical,
    "code blue record": b_codeblue,
    "telemetry alarm log": b_telealarm,
    "chemotherapy double-check record": b_chemo,
    "pressure injury prevalence survey": b_pi_survey,
    "teach-back education record": b_teachback,
    "meds-to-beds delivery receipt": b_m2b,
    "point-of-care glucose log": b_poc,
    "animal-assisted therapy visit": b_pet,
    "visitor screening log": b_visitors,
    "driver rehabilitation evaluation": b_driver,
    "social needs screening": b_sdoh,
    "ventilator log": b_vent,
    "electroconvulsive therapy record": b_ect,
    "lithotripsy record": b_eswl,
    "pre-procedure phone call": b_preproc,
    "sterile compounding record": b_compounding,
    "drug recall notification": b_recall,
    "medication travel letter": b_travel,
    "peer recovery contact log": b_peer,
    "harm reduction distribution log": b_harm,
    "infant car seat challenge": b_carseat,
    "infant security tag log": b_infant_tag,
    "community health fair screening": b_fair,
    "hospitality house lodging referral": b_lodging,
}
INFANT = {"infant car seat challenge", "infant security tag log"}
# age range and share of patients over 89 (default (19, 104), 0.4)
AGE_RANGE = {"peer recovery contact log": ((19, 64), 0.0), "harm reduction distribution log": ((19, 66), 0.0),
             "electroconvulsive therapy record": ((22, 97), 0.3), "driver rehabilitation evaluation": ((55, 101), 0.45),
             "medication travel letter": ((19, 96), 0.25), "biobank consent record": ((25, 104), 0.4),
             "sitter observation log": ((60, 104), 0.6), "pressure injury prevalence survey": ((60, 104), 0.55),
             "meal tray ticket": ((40, 104), 0.5), "community health fair screening": ((40, 104), 0.45),
             "code blue record": ((40, 104), 0.4), "social needs screening": ((19, 99), 0.25),
             "chemotherapy double-check record": ((30, 96), 0.25), "lithotripsy record": ((25, 95), 0.2)}
# types whose patient may live abroad
ABROAD_OK = {"hospitality house lodging referral", "medication travel letter", "biobank consent record", "telehealth connection ticket",
             "teach-back education record", "visitor screening log", "drug recall notification", "code blue record",
             "critical value notification log", "phlebotomy draw list"}
LETTERS = {"medication travel letter", "drug recall notification"}
DECEASED: set = set()


# ---------------------------------------------------------------- word uses of names in the note

WORD_USE = {
    "joy": "Says grandchildren's visits bring her {w}.",
    "rose": "Pain score {w} 2 points after PT, back down by evening.",
    "hope": "Family voiced {w} for a short stay.",
    "penny": "A {w}-sized scab on the left shin, no drainage.",
    "autumn": "Last admission was in {w}.",
    "will": "Family says they {w} bring the med list.",
    "stone": "Prior kidney {w} in the chart, no recurrence.",
    "bell": "Call {w} in reach; uses it appropriately.",
    "king": "Asked for a {w}-size blanket from home.",
    "lamb": "Tray: declined the {w} stew, ate the soup.",
    "love": "Says the staff are a {w}.",
    "sharp": "No {w} objects left at bedside per sitter.",
    "goodnight": "Said {w} to the night nurse at 2200.",
}

KEEP_BLOCKS = {blk_vitals, blk_meds, blk_labs, blk_eponyms}
BLOCK_WEIGHT = {blk_coverage: 3.0, blk_contacts: 2.5, blk_abroad: 2.5, blk_agep: 3.0, blk_timeline: 2.0, blk_home: 2.5,
                blk_eponyms: 2.0, blk_files: 1.5, blk_ssn: 1.5, blk_email: 1.5}
LIGHT_BLOCKS = {blk_narrative, blk_plan, blk_eponyms, blk_vitals, blk_meds, blk_labs, blk_fhx, blk_agep, blk_abroad}
