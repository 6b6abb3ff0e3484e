"""Note templates of the tune12 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or
K(kind, text) (keep). These wrap the text in control characters that generate_tune12.py
strips while it records the offsets. Everything here is invented: people, numbers,
addresses, dates. Twenty-four note types that no other split has, chosen for their
layouts (HL7 v2 and X12 segments, XML and JSON, rosters and census tables, fixed-width
printouts, labels, grids and forms), with headers, shared blocks and signatures of their
own. The split puts ages over 89, dates, health-plan numbers and other identifiers inside
those layouts rather than in prose.
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



# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
MON3 = [m[:3] for m in MON]
DOW3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fdate(d: dt.date, style: str, rng=None) -> tuple[str, str, str]:
    """-> (outside before, span, outside after). A time in the same token is inside the span."""
    y, m, dd = d.year, d.month, d.day
    hh, mi, ss = (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)) if rng else (9, 30, 12)
    jd = d.timetuple().tm_yday
    table = {
        # HL7 v2, X12, DICOM and XML forms
        "hl7ts": ("", f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}", ""),
        "hl7m": ("", f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}", ""),
        "hl7tz": ("", f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}-0{rng.choice([5, 6, 7]) if rng else 5}00", ""),
        "yyyymmdd": ("", f"{y}{m:02d}{dd:02d}", ""),
        "yymmdd": ("", f"{y % 100:02d}{m:02d}{dd:02d}", ""),
        # packed and clipped
        "DDMONYY": ("", f"{dd:02d}{MON3[m - 1].upper()}{y % 100:02d}", ""),
        "DDMONYYYY": ("", f"{dd:02d}{MON3[m - 1].upper()}{y}", ""),
        "DD-MON-YYYY": ("", f"{dd:02d}-{MON3[m - 1].upper()}-{y}", ""),
        "ddMonYYYY": ("", f"{dd:02d}{MON3[m - 1]}{y}", ""),
        "mm-dd-yy": ("", f"{m:02d}-{dd:02d}-{y % 100:02d}", ""),
        "Y.mm.dd": ("", f"{y}.{m:02d}.{dd:02d}", ""),
        "Mon-dd-Y": ("", f"{MON3[m - 1]}-{dd:02d}-{y}", ""),
        "dd/mm": ("", f"{dd:02d}/{m:02d}", ""),
        "dd.mm.yy": ("", f"{dd:02d}.{m:02d}.{y % 100:02d}", ""),
        "julian": ("", f"{y % 100:02d}{jd:03d}", ""),
        "julian7": ("", f"{y}{jd:03d}", ""),
        "mmddyy": ("", f"{m:02d}{dd:02d}{y % 100:02d}", ""),
        "mmddyyyy": ("", f"{m:02d}{dd:02d}{y}", ""),
        "Y/mm/dd": ("", f"{y}/{m:02d}/{dd:02d}", ""),
        "Mon dd": ("", f"{MON3[m - 1]} {dd:02d}", ""),
        "Mon d": ("", f"{MON3[m - 1]} {dd}", ""),
        "d-Mon": ("", f"{dd}-{MON3[m - 1]}", ""),
        "dd Mon Y": ("", f"{dd:02d} {MON3[m - 1]} {y}", ""),
        "Mon d, Y": ("", f"{MON3[m - 1]} {dd}, {y}", ""),
        # ordinary forms
        "m/d/Y": ("", f"{m}/{dd}/{y}", ""),
        "mm/dd/Y": ("", f"{m:02d}/{dd:02d}/{y}", ""),
        "m/d/yy": ("", f"{m}/{dd}/{y % 100:02d}", ""),
        "mm/dd/yy": ("", f"{m:02d}/{dd:02d}/{y % 100:02d}", ""),
        "m/d": ("", f"{m}/{dd}", ""),
        "mm/dd": ("", f"{m:02d}/{dd:02d}", ""),
        "Y-mm-dd": ("", f"{y}-{m:02d}-{dd:02d}", ""),
        "Month d, Y": ("", f"{MON[m - 1]} {dd}, {y}", ""),
        # with times
        "iso": ("", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}", ""),
        "iso Z": ("", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", ""),
        "iso off": ("", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}-0{rng.choice([5, 6, 7]) if rng else 5}:00", ""),
        "Y-mm-dd HH:MM:SS": ("", f"{y}-{m:02d}-{dd:02d}", f" {hh:02d}:{mi:02d}:{ss:02d}"),
        "mm/dd/yy HHMM": ("", f"{m:02d}/{dd:02d}/{y % 100:02d}", f" {hh:02d}{mi:02d}"),
        "m/d HH:MM": ("", f"{m}/{dd}", f" {hh:02d}:{mi:02d}"),
        "DDMONYY HHMM": ("", f"{dd:02d}{MON3[m - 1].upper()}{y % 100:02d}", f" {hh:02d}{mi:02d}"),
    }
    return table[style]


# forms for a date drawn without a form of its own: the layout forms this split leans on, and the ordinary ones
DATE_STYLES = ["DDMONYY", "DDMONYYYY", "DD-MON-YYYY", "ddMonYYYY", "mm-dd-yy", "Y.mm.dd", "Mon-dd-Y", "mmddyy", "Y/mm/dd",
               "dd Mon Y", "Mon d, Y", "m/d/Y", "mm/dd/Y", "m/d/yy", "mm/dd/yy", "Y-mm-dd", "yyyymmdd", "Month d, Y"]
SHORT_STYLES = ["m/d", "mm/dd", "Mon d", "Mon dd", "d-Mon", "dd/mm"]
DOB_STYLES = ["DDMONYYYY", "DD-MON-YYYY", "ddMonYYYY", "Y.mm.dd", "Mon-dd-Y", "mmddyyyy", "Y/mm/dd", "dd Mon Y",
              "m/d/Y", "mm/dd/Y", "Y-mm-dd", "yyyymmdd", "mm-dd-yy", "DDMONYY"]
CELL_DATES = ["mm/dd/yy", "m/d/yy", "mm/dd", "m/d", "DDMONYY", "d-Mon", "Mon dd", "mm-dd-yy", "Y-mm-dd",
              "yyyymmdd", "dd/mm", "julian"]

# ---------------------------------------------------------------- ages

# form -> (outside before, span, outside after). {n} the number, {z} zero-padded to three, {m} months,
# {sx} the sex letter, {w} in words.
AGE_FORMS = {
    "bare": ("", "{n}", ""),
    "zero": ("", "{z}", ""),
    "Y": ("", "{n}Y", ""),
    "y": ("", "{n}y", ""),
    "zeroY": ("", "{z}Y", ""),
    "yo": ("", "{n}yo", ""),
    "yrs": ("", "{n} yrs", ""),
    "YRS": ("", "{n} YRS", ""),
    "Yr": ("", "{n} Yr", ""),
    "y/o": ("", "{n} y/o", ""),
    "YM": ("", "{n}Y {m}M", ""),
    "y m": ("", "{n}y {m}m", ""),
    "n/sx": ("", "{n}", "/{sx}"),
    "n sx": ("", "{n}", " {sx}"),
    "nsx": ("", "{n}", "{sx}"),
    "sx n": ("{sx} ", "{n}", ""),
    "sx/n": ("{sx}/", "{n}", ""),
    "Ysx": ("", "{n}Y", " {sx}"),
    "yo sx": ("", "{n}yo", " {sx}"),
    "zeroY sx": ("", "{z}Y", " {sx}"),
    "(n)": ("(", "{n}", ")"),
    "years": ("", "{n} years", ""),
    "year-old": ("", "{n}-year-old", ""),
    "words": ("", "{w}", ""),
}
CELL_AGES = ["bare", "bare", "bare", "zero", "Y", "y", "zeroY", "yo", "yrs", "Yr", "YM", "y m"]
SEX_AGES = ["n/sx", "n sx", "nsx", "sx n", "sx/n", "Ysx", "yo sx", "zeroY sx"]
HEAD_AGES = ["bare", "Y", "yo", "yrs", "YRS", "y/o", "zeroY", "YM", "zero"]


def age_parts(n: int, form: str, sex: str = "F", m: int = 1) -> tuple[str, str, str, int]:
    """-> (before, span, after, the number written)."""
    pre, span, post = AGE_FORMS[form]
    fill = dict(n=n, z=f"{n:03d}", m=m, sx=sex, w=words(n))
    return pre.format(**fill), span.format(**fill), post.format(**fill), n


# ---------------------------------------------------------------- phones

AREAS = ["806", "432", "325", "575", "505", "775", "435", "307", "406", "701", "605", "308", "620", "785", "580",
         "918", "712", "641", "563", "218", "715", "906", "989", "618", "812", "740", "419", "304", "606", "276",
         "804", "928", "970", "208", "541"]
US_PHONE_STYLES = ["(a) b-c", "a-b-c", "a.b.c", "(a)b-c", "1-a-b-c", "+1 a b c", "abc", "a b c", "1 (a) b-c", "a/b-c"]


def fmt_phone(a, b, c, style):
    return {"(a) b-c": f"({a}) {b}-{c}", "a-b-c": f"{a}-{b}-{c}", "a.b.c": f"{a}.{b}.{c}", "(a)b-c": f"({a}){b}-{c}",
            "1-a-b-c": f"1-{a}-{b}-{c}", "+1 a b c": f"+1 {a} {b} {c}", "abc": f"{a}{b}{c}", "a b c": f"{a} {b} {c}",
            "1 (a) b-c": f"1 ({a}) {b}-{c}", "a/b-c": f"{a}/{b}-{c}"}[style]


class Phone:
    def __init__(self, rng, area=None):
        self.a, self.b, self.c = area or rng.choice(AREAS), str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"
        self.style = rng.choice(US_PHONE_STYLES[:6])

    def __str__(self):
        return fmt_phone(self.a, self.b, self.c, self.style)

    def fmt(self, style):
        return fmt_phone(self.a, self.b, self.c, style)


def us_phone(rng, style=None) -> str:
    p = Phone(rng)
    return p.fmt(style or rng.choice(US_PHONE_STYLES))


def xtn(ph: Phone, use: str = "PRN", eq: str = "PH", full: bool = True) -> str:
    """An HL7 XTN field: the formatted number (v2.3 style) then use, equipment, country, area, local."""
    first = P("PHONE", f"({ph.a}){ph.b}-{ph.c}") if full else ""
    return f"{first}^{use}^{eq}^^1^{P('PHONE', ph.a)}^{P('PHONE', ph.b + ph.c)}"


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, given, family, script=None, sex="F", cred=None, role=None, country="USA", middle=None):
        self.given, self.family, self.script, self.sex = given, family, script, sex
        self.cred, self.role, self.country, self.middle = cred, role, country, middle

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def fhir(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family,
                "given": self.given.split() + ([self.middle] if self.middle else [])}]
        if self.script:
            fam, giv = self.script
            out.append({"text": f"{giv} {fam}" if not _cjk(fam) else f"{fam}{giv}", "family": fam, "given": [giv]})
        return out


def _cjk(s: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in s)


# (given, family, (family, given) in own script or None, sex, country). Pools checked against the names
# annotated in dev, test and tune to tune11 when this split was written.
PT_POOL = [
    ("Manana", "Gogiberidze", ("გოგიბერიძე", "მანანა"), "F", "GEO"), ("Jemal", "Lominadze", ("ლომინაძე", "ჯემალ"), "M", "GEO"),
    ("Shalva", "Mchedlishvili", ("მჭედლიშვილი", "შალვა"), "M", "GEO"),
    ("Alemnesh", "Tessema", ("ተሰማ", "አለምነሽ"), "F", "ETH"), ("Workneh", "Gebeyehu", ("ገበየሁ", "ወርቅነህ"), "M", "ETH"),
    ("Tiruwork", "Asfaw", ("አስፋው", "ጥሩወርቅ"), "F", "ETH"), ("Abebech", "Demissie", ("ደምሴ", "አበበች"), "F", "ETH"),
    ("Somsri", "Srisawang", ("ศรีสว่าง", "สมศรี"), "F", "THA"), ("Boonsong", "Wongsawat", ("วงศ์สวัสดิ์", "บุญส่ง"), "M", "THA"),
    ("Kanokwan", "Thongsuk", ("ทองสุข", "กนกวรรณ"), "F", "THA"),
    ("Kunthea", "Ouksophea", ("អ៊ុកសុភា", "គន្ធា"), "F", "KHM"),
    ("Kalyani", "Murugesan", ("முருகேசன்", "கல்யாணி"), "F", "IND"), ("Ponnusamy", "Thangavelu", ("தங்கவேலு", "பொன்னுசாமி"), "M", "IND"),
    ("Shefali", "Chakrabarti", ("চক্রবর্তী", "শেফালী"), "F", "BGD"), ("Nurunnahar", "Mollik", ("মল্লিক", "নূরুন্নাহার"), "F", "BGD"),
    ("Kusumawathi", "Jayasekara", ("ජයසේකර", "කුසුමාවතී"), "F", "LKA"),
    ("Somapala", "Wickramaratne", ("වික්‍රමරත්න", "සෝමපාල"), "M", "LKA"),
    ("Tsendayush", "Dorjsuren", ("Доржсүрэн", "Цэндаюуш"), "F", "MNG"),
    ("Motria", "Stefanyshyn", ("Стефанишин", "Мотря"), "F", "UKR"), ("Ostap", "Hnatyshyn", ("Гнатишин", "Остап"), "M", "UKR"),
    ("Zlatka", "Pehlivanova", ("Пехливанова", "Златка"), "F", "BGR"), ("Milunka", "Milosavljević", ("Милосављевић", "Милунка"), "F", "SRB"),
    ("Yehudit", "Abergel", ("אברג'ל", "יהודית"), "F", "ISR"),
    ("Tomiko", "Kanazawa", ("金沢", "富子"), "F", "JPN"), ("Isamu", "Tsuchiya", ("土屋", "勇"), "M", "JPN"),
    ("Geumja", "Pyo", ("표", "금자"), "F", "KOR"), ("Changho", "Tak", ("탁", "창호"), "M", "KOR"),
    ("Shuzhen", "Kuang", ("邝", "淑珍"), "F", "CHN"), ("Dehai", "Qiu", ("邱", "德海"), "M", "CHN"),
    ("Sengdao", "Keomanivong", ("ແກ້ວມະນີວົງ", "ແສງດາວ"), "F", "LAO"),
    ("Venkatalakshmi", "Gorantla", ("గోరంట్ల", "వెంకటలక్ష్మి"), "F", "IND"),
    ("Ilonka", "Szőllősi", None, "F", "HUN"), ("Lajos", "Bárdossy", None, "M", "HUN"), ("Aune", "Pietikäinen", None, "F", "FIN"),
    ("Toivo", "Räsänen", None, "M", "FIN"), ("Sigurlaug", "Hreinsdóttir", None, "F", "ISL"),
    ("Edurne", "Urrutikoetxea", None, "F", "ESP"), ("Emlyn", "Bowcott", None, "M", "GBR"),
    ("Danutė", "Vaitkevičienė", None, "F", "LTU"), ("Kazimieras", "Žemaitis", None, "M", "LTU"),
    ("Lumturie", "Kastrati", None, "F", "ALB"), ("Floarea", "Dumitrașcu", None, "F", "ROU"),
    ("Adetoun", "Ogunleye", None, "F", "NGA"), ("Olufemi", "Akinwande", None, "M", "NGA"), ("Ogechi", "Ezeugwu", None, "F", "NGA"),
    ("Honorato", "Dimaandal", None, "M", "PHL"), ("Losa", "Tuimavave", None, "F", "WSM"), ("Ċettina", "Azzopardi", None, "F", "MLT"),
    ("Leida", "Kivisild", None, "F", "EST"), ("Vello", "Saarsoo", None, "M", "EST"),
    ("Tulip", "Pillow", None, "F", "USA"), ("Dash", "Gurney", None, "M", "USA"), ("Velvet", "Sitter", None, "F", "USA"),
    ("Ember", "Splint", None, "F", "USA"), ("Elbert", "Sling", None, "M", "USA"), ("Pearlie", "Cradle", None, "F", "USA"),
    ("Hubert", "Bolster", None, "M", "USA"), ("Zelma", "Chambers", None, "F", "USA"),
    ("Theda", "Quackenbush", None, "F", "USA"), ("Woodrow", "Pfannenstiel", None, "M", "USA"), ("Arvilla", "Hochstetler", None, "F", "USA"),
    ("Talmadge", "Funderburk", None, "M", "USA"), ("Mozelle", "Deatherage", None, "F", "USA"), ("Verlin", "Swartzentruber", None, "M", "USA"),
]
GIVEN_F = ["Alvina", "Berniece", "Cleora", "Elnora", "Hazeline", "Idella", "Jettie", "Maudie", "Nellene", "Queenie", "Sudie",
           "Velva", "Bernadine", "Dovie", "Effie", "Flossie", "Hulda", "Kizzie", "Leatha", "Nola", "Ollie", "Reba", "Salome",
           "Tressie", "Vesta", "Willodean", "Zola", "Almeda", "Docia", "Tupou", "Ermelinda", "Gunnhild", "Ardella", "Bessie",
           "Clarabel", "Dessie", "Eula", "Fannie", "Gertie", "Hettie", "Icie", "Jewell", "Lettie", "Nannie", "Ovaline", "Pinkie",
           "Rhoda", "Sallie", "Tennie", "Una", "Verdie", "Bettye", "Clemmie", "Dorcas", "Elva", "Freda", "Georgiana", "Ila",
           "Lula", "Mittie", "Nettie", "Permelia", "Roxie", "Wava"]
GIVEN_M = ["Alvis", "Buford", "Delmer", "Elmo", "Ferrell", "Jubal", "Newt", "Orval", "Purvis", "Sherwood", "Zeb", "Arlis",
           "Burl", "Dewey", "Isom", "Jasper", "Odell", "Pleas", "Seymour", "Halvard", "Alonzo", "Doyle", "Gaylord", "Ivey",
           "Lafe", "Loyd", "Otho", "Prentiss", "Wiley", "Arvel", "Bascom", "Dolphus", "Enos", "Gilford", "Hobart", "Ira",
           "Lem", "Mack", "Ottis", "Tolbert", "Vester", "Almon", "Berl", "Cecil", "Eldon"]
FAMILY = ["Aberle", "Czajkowski", "Dziedzic", "Fahnestock", "Gebhardt", "Imhoff", "Juhasz", "Mastrangelo", "Nykvist",
          "Rautio", "Schwertfeger", "Tzanakis", "Uhlenbrock", "Vanderslice", "Wojtowicz", "Yoakum", "Zeigler", "Bickerstaff",
          "Cordray", "Fennimore", "Hagedorn", "Isenberg", "Kleinschmidt", "Mumaw", "Niederhauser", "Oberholtzer", "Pettibone",
          "Umstead", "Vanlandingham", "Whisenhunt", "Zumwalt", "Brinkerhoff", "Cassady", "Duckett", "Fruehauf", "Grubaugh",
          "Kitchell", "Lautenschlager", "McElwee", "Pankratz", "Rumpf", "Troyer", "Unruh", "Wedel", "Kauffman", "Hershberger",
          "Gingerich", "Raber", "Dunkelberger", "Esterline", "Frankhouser", "Grimsley", "Heffelfinger", "Kochendorfer",
          "Leatherwood", "Moneypenny", "Overholser", "Pennypacker", "Shufflebarger", "Wigglesworth", "Applewhite",
          "Blackledge", "Cheatwood", "Dillahunt", "Easterwood", "Brubaker", "Culbertson", "Eppley", "Gatewood", "Ingersoll",
          "Kinnaird", "Mauldin", "Nunnally", "Poindexter", "Rountree", "Scroggins", "Treadaway", "Vinyard", "Wooldridge",
          "Yelverton"]
# given names and surnames that are also words, and surnames that are eponyms of the scales these notes use
WORD_GIVEN_F = ["Tulip", "Velvet", "Ember"]
WORD_GIVEN_M = ["Dash"]
WORD_FAMILY = ["Sitter", "Gurney", "Pillow", "Splint", "Sling", "Cradle", "Bolster", "Chambers"]
EPONYM_FAMILY = ["Richmond", "Mallampati", "Karnofsky", "Lehane", "Padua", "Killip", "Trendelenburg", "Groshong"]
_CG = ["Mehrnaz", "Arvid", "Murat", "Sanjukta", "Jolanta", "Benedetta", "Konstantin", "Lorcan", "Chidozie", "Olamide", "Ebere",
       "Efua", "Kojo", "Yaw", "Fiifi", "Sipho", "Lerato", "Thabo", "Azamat", "Dauren", "Zhanar", "Bakhyt", "Dilnoza", "Gulnoza",
       "Otabek", "Ravshan", "Nodira", "Jasur", "Timur", "Zarina", "Behruz", "Ikaika", "Kanoa", "Nalani", "Wirihana", "Rewi"]
_CF = ["Tabrizi", "Nazarov", "Ismailova", "Lervik", "Sundqvist", "Karakaya", "Demirel", "Mohapatra", "Vasilescu", "Zawadzka",
       "Okereke", "Rosenbaum", "Nurmagambetova", "Scarpellini", "Arbuzov", "Soong", "Brattli", "Mulryan", "Obiora", "Ghorbani",
       "Dudnik", "Sarmiento", "Devereux", "Lewandowicz", "Adeyinka", "Nwankwo", "Oyebanji", "Baimukhamedov", "Zhakupova",
       "Yusupova", "Rakhimov", "Karimova", "Kealamakia", "Kanahele", "Waiwaiole", "Tautahi", "Rangiwahia", "Paewai", "Herangi",
       "Takerei"]
CLIN_POOL = [(g, _CF[(i * 7) % len(_CF)]) for i, g in enumerate(_CG)]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "daughter-in-law", "stepdaughter"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "son-in-law", "stepson"}
REL_HL7 = {"daughter": ("DAU", "Daughter"), "son": ("SON", "Son"), "wife": ("SPO", "Spouse"), "husband": ("SPO", "Spouse"),
           "sister": ("SIS", "Sister"), "brother": ("BRO", "Brother"), "niece": ("EXF", "Extended family"),
           "nephew": ("EXF", "Extended family"), "granddaughter": ("GRD", "Grandchild"), "grandson": ("GRD", "Grandchild"),
           "mother": ("MTH", "Mother"), "father": ("FTH", "Father"), "daughter-in-law": ("EXF", "Extended family"),
           "son-in-law": ("EXF", "Extended family")}

# ---------------------------------------------------------------- places

_CITY_TXT = """Shamrock TX 790;Crowell TX 792;Olney TX 763;Eastland TX 764;Ballinger TX 769;Sonora TX 769;Eldorado TX 769;Llano TX 786;
Goldthwaite TX 765;Hico TX 764;Moriarty NM 870;Estancia NM 870;Mountainair NM 870;Magdalena NM 878;Portales NM 881;Clovis NM 881;
Santa Rosa NM 884;Cimarron NM 877;Chama NM 875;Lovelock NV 894;Battle Mountain NV 898;Caliente NV 890;Pioche NV 890;Yerington NV 894;
Panguitch UT 847;Kanab UT 847;Nephi UT 846;Manti UT 846;Duchesne UT 840;Monticello UT 845;Blanding UT 845;Riverton WY 825;
Wheatland WY 822;Newcastle WY 827;Sundance WY 827;Greybull WY 824;Pinedale WY 829;Afton WY 831;Wolf Point MT 592;Malta MT 595;
Choteau MT 594;Cut Bank MT 594;Harlowton MT 590;Forsyth MT 593;Ekalaka MT 593;Broadus MT 593;Plentywood MT 592;Scobey MT 592;
Cando ND 583;Linton ND 585;Mott ND 586;Watford City ND 588;Tioga ND 588;Murdo SD 575;Kadoka SD 577;Platte SD 573;
Wessington Springs SD 573;Highmore SD 575;Ipswich SD 574;Milbank SD 572;O'Neill NE 687;Bassett NE 687;Springview NE 687;
Rushville NE 693;Hyannis NE 693;Thedford NE 691;Benkelman NE 690;Oberlin KS 677;Atwood KS 677;Sharon Springs KS 677;Leoti KS 678;
Scott City KS 678;Hugoton KS 679;Mangum OK 735;Waurika OK 735;Antlers OK 745;Stigler OK 744;Wilburton OK 745;Poteau OK 749;
Sac City IA 505;Pocahontas IA 505;Emmetsburg IA 505;Algona IA 505;Sigourney IA 525;Corydon IA 525;Mount Ayr IA 508;Fosston MN 566;
Baudette MN 566;Warroad MN 567;Roseau MN 567;Hallock MN 567;Ortonville MN 562;Slayton MN 561;Wabasha MN 559;Park Falls WI 545;
Neillsville WI 544;Black River Falls WI 546;Viroqua WI 546;Prairie du Chien WI 538;Mauston WI 539;Wautoma WI 549;Shawano WI 541;
Crandon WI 545;Ontonagon MI 499;L'Anse MI 499;Munising MI 498;Grayling MI 497;Roscommon MI 486;Carmi IL 628;McLeansboro IL 628;
Vandalia IL 624;Golconda IL 629;Tell City IN 475;Paoli IN 474;Vevay IN 470;Pomeroy OH 457;McArthur OH 456;Woodsfield OH 437;
Cadiz OH 439;Paulding OH 458;Van Wert OH 458;Wapakoneta OH 458;Bellefontaine OH 433;Grantsville WV 261;Glenville WV 263;
Webster Springs WV 262;Marlinton WV 249;Moorefield WV 268;Romney WV 267;Hyden KY 417;Hindman KY 418;Whitesburg KY 418;Inez KY 412;
Salyersville KY 414;Booneville KY 413;Barbourville KY 409;Burkesville KY 427;Tompkinsville KY 421;Grundy VA 246;Gate City VA 242;
Jonesville VA 242;Hillsville VA 243;Tappahannock VA 225;Kilmarnock VA 224;Heathsville VA 224"""
US_CITIES = [(" ".join(x.split()[:-2]), x.split()[-2], x.split()[-1]) for x in _CITY_TXT.replace("\n", "").split(";")]
WORD_TOWNS = [("Blanket", "TX", "76432", "blanket"), ("Thermal", "CA", "92274", "thermal"), ("Cope", "CO", "80812", "cope"),
              ("Basin", "WY", "82410", "basin")]
WORD_TOWN_USE = {
    "blanket": "Warm {w} and heel protectors on at night",
    "thermal": "A {w} undershirt under the gown; cold all the time",
    "cope": "Daughter says she can no longer {w} with the night-time wandering",
    "basin": "Emesis {w} at the bedside, not used this shift",
}
STREETS = ["Orion Ct", "Cassiopeia Ln", "Andromeda Way", "Vega Dr", "Altair Ave", "Rigel St", "Deneb Pl", "Polaris Rd",
           "Arcturus Ln", "Capella Ct", "Aldebaran Dr", "Procyon Way", "Sirius Ave", "Antares Ter", "Canopus Trl",
           "Mizar St", "Alcor Ln", "Pleiades Pkwy", "Lyra Loop", "Draco Dr", "Cygnus Ct", "Perseus Pl", "Auriga Row",
           "Bootes Bend", "Corvus Cir", "Hydra Hollow Rd", "Pegasus Pass", "Equuleus St", "Fomalhaut Rd", "Bellatrix Ave"]
FACILITIES = [("Quillback Valley Hospital", "QVH", "quillbackvh.example"), ("Stonefly Regional Medical Center", "SRMC", "stonefly.example"),
              ("Greyling Creek Health", "GCH", "greylingcreek.example"), ("Paddlefish Bend Community Hospital", "PBCH", "paddlefish.example"),
              ("Sauger Lake Medical Center", "SLMC", "saugerlake.example"), ("Mudpuppy Flats Health System", "MFHS", "mudpuppy.example")]
NH_FACILITIES = ["Bluestem Prairie Care Center", "Sandcherry Manor", "Goldenrod Hills Nursing & Rehab", "Buffaloberry Commons",
                 "Switchgrass Living Center"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "comcast.net", "frontier.com",
           "centurytel.net", "embarqmail.com", "mchsi.com", "netzero.net", "bellsouth.net", "q.com"]


def street_line(rng) -> tuple[str, str | None]:
    k = rng.random()
    if k < 0.55:
        line = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}"
    elif k < 0.65:
        line = f"{rng.choice(['N', 'S', 'E', 'W'])}{rng.randint(1000, 9999)} {rng.choice(['County Rd', 'Hwy', 'Township Rd'])} {rng.randint(2, 300)}"
    elif k < 0.75:
        line = f"PO Box {rng.randint(10, 2999)}"
    elif k < 0.85:
        line = f"Rural Route {rng.randint(1, 6)} Box {rng.randint(10, 400)}"
    else:
        line = f"{rng.randint(100, 990)} {rng.choice(['North', 'South', 'East', 'West'])} {rng.choice(STREETS)}"
    unit = None
    if not line.startswith(("PO Box", "Rural")) and rng.random() < 0.3:
        unit = rng.choice([f"Apt {rng.randint(1, 24)}{rng.choice('ABCD')}", f"Unit {rng.randint(2, 40)}", f"#{rng.randint(101, 418)}",
                           f"Lot {rng.randint(2, 60)}", f"Trlr {rng.randint(1, 30)}"])
    return line, unit


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ő", "o").replace("Ő", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


def make_email(rng, p: Person, dob: dt.date | None = None) -> str:
    g = ascii_fold(p.given.split()[0]).lower().replace("'", "").replace("-", "") or "pt"
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "") or "family"
    dom = rng.choice(DOMAINS)
    k = rng.randrange(5)
    if k == 0:
        return f"{g}.{f}{rng.randint(1, 99)}@{dom}"
    if k == 1 and dob:
        return f"{g[:1]}{f}{dob.year % 100:02d}@{dom}"
    if k == 2:
        return f"{f}.family@{dom}"
    if k == 3:
        return f"{f}_{g[:1]}{rng.randint(10, 99)}@{dom}"
    return f"{g}{f[:3]}{rng.randint(100, 999)}@{dom}"


# ---------------------------------------------------------------- coverage

CREDS = ["MD", "DO", "NP", "PA-C", "RN", "BSN, RN", "LPN", "PharmD", "MSW, LCSW", "CNA"]
# (plan name, payer id, member id, group)
PLANS = [
    ("Prairie Shield Health Plan", "PSH01", lambda r: "PSH" + digits(r, 9), lambda r: "G" + digits(r, 6)),
    ("High Plains Senior Advantage", "HPSA7", lambda r: "HP" + digits(r, 8) + "00", lambda r: "MA-" + digits(r, 4)),
    ("Ridgeway Mutual Benefit", "60231", lambda r: alnum(r, 3, UPPER) + digits(r, 9), lambda r: digits(r, 6)),
    ("Tallgrass Care Cooperative", "TGC22", lambda r: "T" + digits(r, 10), lambda r: "TG" + digits(r, 5)),
    ("Northwoods Retiree Trust", "NRT09", lambda r: "NRT" + digits(r, 7) + r.choice(UPPER), lambda r: "RET" + digits(r, 4)),
    ("Badlands Community Health Plan", "BCHP3", lambda r: digits(r, 11), lambda r: "0" + digits(r, 5) + "-" + zdigits(r, 3)),
    ("Cumberland Gap Medicare Choice", "CGMC5", lambda r: "CG" + digits(r, 9) + "-01", lambda r: "H" + digits(r, 4)),
]
MEDICAID = {"TX": ("Texas Medicaid", lambda r: digits(r, 9)), "NM": ("Centennial Care", lambda r: digits(r, 10)),
            "NV": ("Nevada Medicaid", lambda r: digits(r, 11)), "UT": ("Utah Medicaid", lambda r: "0" + digits(r, 9)),
            "WY": ("WY Medicaid", lambda r: digits(r, 10)), "MT": ("Montana Medicaid", lambda r: digits(r, 9)),
            "ND": ("ND Medicaid", lambda r: "ND" + digits(r, 7)), "SD": ("SD Medicaid", lambda r: digits(r, 9)),
            "NE": ("Heritage Health", lambda r: digits(r, 9) + "0" + str(r.randint(1, 9))), "KS": ("KanCare", lambda r: digits(r, 11)),
            "OK": ("SoonerCare", lambda r: "B" + digits(r, 8)), "IA": ("Iowa Medicaid", lambda r: digits(r, 7) + r.choice(UPPER)),
            "MN": ("Minnesota Medical Assistance", lambda r: zdigits(r, 8)), "WI": ("ForwardHealth", lambda r: digits(r, 10)),
            "MI": ("Michigan Medicaid", lambda r: digits(r, 10)), "IL": ("HFS Medical", lambda r: digits(r, 9)),
            "IN": ("Indiana Medicaid", lambda r: digits(r, 12)), "OH": ("Ohio Medicaid", lambda r: digits(r, 12)),
            "WV": ("WV Medicaid", lambda r: digits(r, 11)), "KY": ("Kentucky Medicaid", lambda r: digits(r, 10)),
            "VA": ("Cardinal Care", lambda r: digits(r, 12)), "CA": ("Medi-Cal", lambda r: "9" + zdigits(r, 7) + r.choice(UPPER) + zdigits(r, 5)),
            "CO": ("Health First Colorado", lambda r: r.choice(UPPER) + digits(r, 6))}


# ---------------------------------------------------------------- note context

class Row:
    """One person in a roster, census, schedule or label batch."""

    def __init__(self, p: Person, n: int, dob: dt.date, mrn: str, room: str, is_pt: bool = False):
        self.p, self.n, self.dob, self.mrn, self.room, self.is_pt = p, n, dob, mrn, room, is_pt
        self.sex = p.sex


def _mrn(r) -> str:
    return r.choice([digits(r, 8), "00" + digits(r, 6), "E" + digits(r, 7), "M" + digits(r, 8), digits(r, 3) + "-" + zdigits(r, 2) + "-" + zdigits(r, 2),
                     "10" + digits(r, 7)])


def _dob_for(vdate: dt.date, n: int, r) -> dt.date:
    ann = vdate.replace(year=vdate.year - n, day=min(vdate.day, 28))
    return ann - dt.timedelta(days=r.randint(1, 330))


class C:
    """What one note knows: the chart, the people, the numbers, and the renderers."""

    def __init__(self, rng, ntype: str, age_range=None, old: float = 0.5, us_only: bool = True):
        self.rng = r = rng
        self.ntype = ntype
        self.fac, self.faccode, self.dom = r.choice(FACILITIES)
        self.nh = r.choice(NH_FACILITIES)
        self.vdate = dt.date(2023, 2, 6) + dt.timedelta(days=r.randint(0, 700))
        g, f, sc, sex, ctry = r.choice(PT_POOL)
        mid = r.choice(MIDDLE) if ctry == "USA" or r.random() < 0.25 else None
        self.pt = Person(g, f, sc, sex, country=ctry, middle=mid)
        lo, hi = age_range or (45, 105)
        if lo > 89 or (hi >= 90 and r.random() < old):
            a = r.randint(max(lo, 90), hi)
        else:
            a = r.randint(lo, min(hi, 89))
        self.dob = _dob_for(self.vdate, a, r)
        tot = (self.vdate.year - self.dob.year) * 12 + self.vdate.month - self.dob.month - (1 if self.vdate.day < self.dob.day else 0)
        self.age, self.age_m = tot // 12, tot % 12
        self.mrn = _mrn(r)
        self.ssn = ssn(r)
        self.mbi = mbi(r)
        self.acct = r.choice([digits(r, 10), "V" + digits(r, 9), digits(r, 4) + "-" + zdigits(r, 6), "FIN" + digits(r, 8)])
        self.word_town = None
        if r.random() < 0.12:
            wt = r.choice(WORD_TOWNS)
            self.word_town = wt[3]
            self.city, self.state, self.zip = wt[0], wt[1], wt[2]
        else:
            self.city, self.state, z3 = r.choice(US_CITIES)
            self.zip = z3 + f"{r.randint(1, 99):02d}"
        self.zip4 = self.zip + "-" + zdigits(r, 4) if r.random() < 0.35 else None
        self.street, self.unit = street_line(r)
        self.addr = {"line": [self.street + (", " + self.unit if self.unit else "")], "city": self.city, "state": self.state,
                     "postalCode": self.zip}
        plan = r.choice(PLANS)
        self.plan, self.payerid, self.member, self.group = plan[0], plan[1], plan[2](r), plan[3](r)
        self.mstate = self.state if self.state in MEDICAID else r.choice(sorted(MEDICAID))
        self.mcaid_prog, gen = MEDICAID[self.mstate]
        self.mcaid = gen(r)
        self.medicare = self.age >= 65 or r.random() < 0.05
        self.phone = Phone(r)
        self.email = make_email(r, self.pt, self.dob)
        self.deceased = False
        self.ages: dict[int, int] = {}
        self.rels: list[tuple[Person, str, Phone | None]] = []
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
        if r.random() < 0.12:
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

    def rel(self, relationship: str, sex: str | None = None, same_family: bool = True, phone: bool = True) -> Person:
        r = self.rng
        if sex is None:
            w = relationship.split()[0]
            sex = "F" if w in FEM_REL else "M" if w in MASC_REL else r.choice("FM")
        if r.random() < 0.12:
            pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
            given = r.choice(pool) if pool else self._fresh_given(sex)
        else:
            given = self._fresh_given(sex)
        self.used.add(given)
        family = self.pt.family if same_family else self._fresh_family()
        self.used.add(family)
        p = Person(given, family, None, sex, middle=r.choice(MIDDLE) if r.random() < 0.3 else None)
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
        return "family"

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
            if w in ("sister", "brother", "wife", "husband"):
                n = max(30, a + r.randint(-7, 7))
            elif w in ("daughter", "son", "daughter-in-law", "son-in-law"):
                n = max(20, a - r.randint(20, 36))
            elif w in ("granddaughter", "grandson"):
                n = max(18, a - r.randint(45, 60))
            elif w in ("mother", "father"):
                n = a + r.randint(20, 34)
            else:
                n = max(20, a - r.randint(15, 40))
            self.ages[id(p)] = min(106, n)
        return self.ages[id(p)]

    def other(self, sex=None) -> Person:
        r = self.rng
        sex = sex or r.choice("FM")
        if r.random() < 0.08:
            pool = [g for g in (WORD_GIVEN_F if sex == "F" else WORD_GIVEN_M) if g not in self.used]
            given = r.choice(pool) if pool else self._fresh_given(sex)
        else:
            given = self._fresh_given(sex)
        family = self._fresh_family()
        self.used.update({given, family})
        p = Person(given, family, None, sex, middle=r.choice(MIDDLE) if r.random() < 0.3 else None)
        self.others.append(p)
        return p

    def clin(self, role="attending", cred=None, team=True) -> Person:
        r = self.rng
        while True:
            g, f = r.choice(CLIN_POOL)
            if f not in self.used and g not in self.used:
                break
        if r.random() < 0.1:
            pool = [x for x in EPONYM_FAMILY + WORD_FAMILY if x not in self.used]
            if pool:
                f = r.choice(pool)
        p = Person(g, f, None, r.choice("FM"), cred or r.choice(CREDS), role)
        self.used.update({p.given, p.family})
        if team:
            self.team.append(p)
        return p

    def row(self, old: float = 0.55) -> Row:
        """Another patient, for a roster."""
        r = self.rng
        p = self.other()
        n = r.randint(90, 105) if r.random() < old else r.randint(48, 89)
        room = f"{r.randint(1, 6)}{r.randint(0, 4)}{r.randint(1, 9)}"
        return Row(p, n, _dob_for(self.vdate, n, r), _mrn(r), room)

    def roster(self, k: int, old: float = 0.55) -> list[Row]:
        r = self.rng
        rows = [self.row(old) for _ in range(k - 1)]
        me = Row(self.pt, self.age, self.dob, self.mrn, f"{r.randint(1, 6)}{r.randint(0, 4)}{r.randint(1, 9)}", True)
        rows.insert(r.randrange(k), me)
        return rows

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

    def ag(self, n: int | None = None, form: str | None = None, forms=None, sex: str | None = None) -> str:
        r = self.rng
        n = self.age if n is None else n
        sex = sex or self.pt.sex
        form = form or r.choice(forms or HEAD_AGES)
        m = self.age_m if n == self.age else r.randint(1, 11)
        pre, span, post, written = age_parts(n, form, sex, m)
        return pre + (P("AGE_OVER_89", span) if written > 89 else K("age", span)) + post

    def nm(self, p: Person, form: str = "gf", cat: str | None = None) -> str:
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        g, f = p.given, p.family
        full = f"{g} {f}"
        if form == "gf":
            return P(cat, full)
        if form == "gmf":
            return P(cat, f"{g} {p.middle}. {f}") if p.middle else P(cat, full)
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g)
        if form == "FG":
            return P(cat, f.upper()) + ", " + P(cat, g.upper())
        if form == "FGM":
            return P(cat, f.upper()) + ", " + P(cat, g.upper()) + (" " + P(cat, p.middle) if p.middle else "")
        if form == "FGsp":
            return P(cat, f.upper()) + " " + P(cat, g.upper())
        if form == "Fi":
            return P(cat, f) + ", " + P(cat, g[0])
        if form == "FI":
            return P(cat, f.upper()) + " " + P(cat, g[0])
        if form == "init":
            return P(cat, f"{g[0]}. {f}")
        if form == "initials":
            return P(cat, "".join(w[0] for w in full.replace("-", " ").split() if w[0].isalpha()).upper())
        if form == "lower":
            return P(cat, full.lower())
        if form == "glower":
            return P(cat, g.lower())
        if form == "flower":
            return P(cat, f.lower())
        if form == "caps":
            return P(cat, full.upper())
        if form == "given":
            return P(cat, g)
        if form == "family":
            return P(cat, f)
        if form == "script" and p.script:
            fam, giv = p.script
            return P(cat, f"{fam}{giv}" if _cjk(fam) else f"{giv} {fam}")
        if form == "both":
            return self.nm(p, "gf", cat) + (" (" + self.nm(p, "script", cat) + ")" if p.script else "")
        return P(cat, full)

    def xpn(self, p: Person, cat: str | None = None, script: bool = False) -> str:
        """HL7 XPN: FAMILY^GIVEN^MIDDLE, with the name in its own script as a repetition."""
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        s = P(cat, p.family.upper()) + "^" + P(cat, p.given.upper()) + ("^" + P(cat, p.middle) if p.middle else "") + "^^^^L"
        if script and p.script:
            s += "~" + P(cat, p.script[0]) + "^" + P(cat, p.script[1]) + "^^^^^L^^^^I"
        return s

    def xcn(self, p: Person) -> str:
        """HL7 XCN: NPI^FAMILY^GIVEN^^^prefix^degree."""
        pre = "DR" if p.cred in ("MD", "DO") else ""
        return f"{P('OTHER_ID', npi(self.rng))}^{P('PROVIDER_NAME', p.family.upper())}^{P('PROVIDER_NAME', p.given.upper())}^^^{pre}^{p.cred.split(', ')[-1]}^^NPI"

    def xad(self) -> str:
        s = P("ADDRESS", self.street.upper()) + "^" + (P("ADDRESS", self.unit.upper()) if self.unit else "")
        return s + f"^{P('CITY', self.city.upper())}^{self.state}^{P('ZIP', self.zip)}^USA^H"

    def title(self, p: Person) -> str:
        if p.cred in ("MD", "DO"):
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

    def addr_lines(self, caps: bool = False) -> list[str]:
        f = str.upper if caps else (lambda s: s)
        l1 = P("ADDRESS", f(self.street)) + ((" " + P("ADDRESS", f(self.unit))) if self.unit else "")
        l2 = P("CITY", f(self.city)) + f" {self.state} " + P("ZIP", self.zip4 or self.zip)
        return [l1, l2]

    def addr_inline(self, sep: str = ", ", caps: bool = False) -> str:
        return sep.join(self.addr_lines(caps))

    def work_email(self, p: Person) -> str:
        g = ascii_fold(p.given).lower().replace(" ", "").replace("-", "")
        f = ascii_fold(p.family).lower().replace(" ", "").replace("-", "")
        return f"{g[0]}{f}@{self.dom}"

    def userid(self) -> str:
        return P("OTHER_ID", self.rng.choice(["E", "U", "N", "C"]) + digits(self.rng, 5))

    # coverage
    def mbi_txt(self, style: str | None = None) -> str:
        m = self.mbi
        style = style or self.rng.choice(["plain", "plain", "dashed"])
        return P("HEALTH_PLAN", m if style == "plain" else f"{m[:4]}-{m[4:7]}-{m[7:]}")

    def member_txt(self) -> str:
        return P("HEALTH_PLAN", self.member)

    def payer_id_txt(self) -> str:
        """The id a payer knows the patient by: the MBI for Medicare, else the member id."""
        return self.mbi_txt("plain") if self.medicare and self.rng.random() < 0.5 else self.member_txt()


# ---------------------------------------------------------------- layouts

def width(s: str) -> int:
    return len(plain(s))


def pad(s: str, w: int, right: bool = False) -> str:
    fill = " " * max(0, w - width(s))
    return fill + s if right else s + fill


def table(headers: list[str], rows: list[list[str]], style: str) -> str:
    """A table of marked cells in one of several layouts."""
    cols = len(headers)
    ws = [max([width(headers[i])] + [width(r[i]) for r in rows]) for i in range(cols)]
    if style == "pipe":
        out = ["| " + " | ".join(pad(h, ws[i]) for i, h in enumerate(headers)) + " |",
               "|" + "|".join("-" * (w + 2) for w in ws) + "|"]
        out += ["| " + " | ".join(pad(c, ws[i]) for i, c in enumerate(r)) + " |" for r in rows]
    elif style == "box":
        out = ["┌" + "┬".join("─" * (w + 2) for w in ws) + "┐",
               "│ " + " │ ".join(pad(h, ws[i]) for i, h in enumerate(headers)) + " │",
               "├" + "┼".join("─" * (w + 2) for w in ws) + "┤"]
        out += ["│ " + " │ ".join(pad(c, ws[i]) for i, c in enumerate(r)) + " │" for r in rows]
        out.append("└" + "┴".join("─" * (w + 2) for w in ws) + "┘")
    elif style == "plus":
        sep = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
        out = [sep, "| " + " | ".join(pad(h, ws[i]) for i, h in enumerate(headers)) + " |", sep.replace("-", "=")]
        out += ["| " + " | ".join(pad(c, ws[i]) for i, c in enumerate(r)) + " |" for r in rows]
        out.append(sep)
    elif style == "tsv":
        out = ["\t".join(headers)] + ["\t".join(r) for r in rows]
    elif style == "csv":
        q = lambda c: f'"{c}"' if "," in plain(c) else c  # noqa: E731
        out = [",".join(h.lower().replace(" ", "_").replace("/", "_") for h in headers)] + [",".join(q(c) for c in r) for r in rows]
    else:  # fixed width, upper-case headings underlined
        out = ["  ".join(pad(h.upper(), ws[i]) for i, h in enumerate(headers)).rstrip(),
               "  ".join("-" * w for w in ws)]
        out += ["  ".join(pad(c, ws[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(out) + "\n"


TABLE_STYLES = ["pipe", "box", "plus", "tsv", "fixed", "csv"]


def dots(label: str, value: str, w: int = 22, ch: str = ".") -> str:
    return label + " " + ch * max(2, w - len(label)) + " " + value


def sexw(s: str) -> str:
    return "female" if s == "F" else "male"


# ---------------------------------------------------------------- headers (layouts of this split)

def h_yaml(c: C) -> str:
    r = c.rng
    p = c.pt
    s = ("---\npatient:\n"
         f"  family: {P('NAME', p.family)}\n  given: {P('NAME', p.given)}\n"
         f"  birthDate: {P('DATE', fdate(c.dob, r.choice(['Y-mm-dd', 'yyyymmdd', 'mm/dd/Y']))[1])}\n"
         f"  age: {c.ag(forms=['bare', 'bare', 'Y', 'yrs'])}\n  sex: {p.sex}\n  mrn: \"{P('MRN', c.mrn)}\"\n"
         f"coverage:\n  payer: {c.plan}\n  memberId: {c.member_txt()}\n  group: \"{P('HEALTH_PLAN', c.group)}\"\n")
    if r.random() < 0.5:
        s += f"  mbi: {c.mbi_txt()}\n" if c.medicare else f"  medicaid: {P('HEALTH_PLAN', c.mcaid)}\n"
    return s + "---\n"


def h_ini(c: C) -> str:
    r = c.rng
    p = c.pt
    return ("[Patient]\n"
            f"Name={P('NAME', p.family.upper())},{P('NAME', p.given.upper())}\n"
            f"DOB={P('DATE', fdate(c.dob, r.choice(['mm/dd/Y', 'yyyymmdd', 'mmddyyyy']))[1])}\n"
            f"Age={c.ag(forms=['bare', 'zero', 'Y'])}\nSex={p.sex}\nMRN={P('MRN', c.mrn)}\n"
            f"HomePhone={P('PHONE', c.phone.fmt(r.choice(['abc', 'a-b-c', '(a)b-c'])))}\n"
            "[Insurance1]\n"
            f"Payer={c.plan}\nPayerID={c.payerid}\nSubscriberID={c.member_txt()}\nGroupNo={P('HEALTH_PLAN', c.group)}\n"
            f"Relationship=18\nEffective={P('DATE', fdate(dt.date(c.vdate.year, 1, 1), r.choice(['mm/dd/Y', 'yyyymmdd']))[1])}\n\n")


def h_dots(c: C) -> str:
    r = c.rng
    p = c.pt
    ch = r.choice([".", ".", "_", " "])
    w = r.randint(18, 26)
    rows = [dots("Patient name", c.nm(p, r.choice(["FG", "Fg", "FGM"])), w, ch),
            dots("Date of birth", c.Dob(), w, ch),
            dots(r.choice(["Age", "Age (yrs)", "Age in years", "AGE"]), c.ag(forms=["bare", "bare", "yrs", "Y", "zero"]), w, ch),
            dots(r.choice(["Medical record #", "MR number", "Chart no."]), P("MRN", c.mrn), w, ch),
            dots(r.choice(["Member ID", "Subscriber #", "Policy no."]), c.member_txt(), w, ch),
            dots(r.choice(["Group", "Grp #", "Group no."]), P("HEALTH_PLAN", c.group), w, ch)]
    if r.random() < 0.5:
        rows.append(dots(r.choice(["Visit #", "Encounter", "Account"]), P("ACCOUNT", c.acct), w, ch))
    return "\n".join(rows) + "\n\n"


def h_checkbox(c: C) -> str:
    r = c.rng
    p = c.pt
    fx, mx = ("x", " ") if p.sex == "F" else (" ", "x")
    return (f"Name (last, first): {c.nm(p, 'Fg')}\n"
            f"[{fx}] Female  [{mx}] Male   Age: {c.ag(forms=['bare', 'bare', 'yrs'])}   DOB: {c.Dob()}\n"
            f"[{'x' if c.medicare else ' '}] Medicare {c.mbi_txt() if c.medicare else '__________'}   "
            f"[{' ' if c.medicare else 'x'}] Commercial  ID {c.member_txt()}\n"
            f"[x] Interpreter needed? [ ] yes [x] no    MRN {P('MRN', c.mrn)}\n\n")


def h_vertical(c: C) -> str:
    r = c.rng
    p = c.pt
    labels = [("PATIENT", c.nm(p, r.choice(["FG", "caps", "gf"]))), ("DATE OF BIRTH", c.Dob()),
              ("AGE", c.ag(forms=["bare", "yrs", "Y", "YM"])), ("MRN", P("MRN", c.mrn)),
              (r.choice(["HEALTH PLAN ID", "MEMBER #", "INSURANCE ID"]), c.payer_id_txt())]
    if r.random() < 0.5:
        labels.append(("PHONE", P("PHONE", str(c.phone))))
    return "\n".join(f"{a}\n{b}" for a, b in labels) + "\n\n"


def h_json(c: C) -> str:
    r = c.rng
    p = c.pt
    return ("{" + f"\"pt_name\": \"{P('NAME', p.family)}, {P('NAME', p.given)}\", \"mrn\": \"{P('MRN', c.mrn)}\", "
            f"\"dob\": \"{P('DATE', c.dob.isoformat())}\", \"age\": {c.ag(form='bare')}, \"sex\": \"{p.sex}\", "
            f"\"member_id\": \"{c.member_txt()}\", \"group\": \"{P('HEALTH_PLAN', c.group)}\", \"visit\": \"{P('ACCOUNT', c.acct)}\"" + "}\n\n")


def h_wristband(c: C) -> str:
    r = c.rng
    p = c.pt
    bar = P("MRN", c.mrn.replace("-", ""))
    return (f"[band] {c.nm(p, 'FGsp' if r.random() < 0.4 else 'FG')}  {p.sex}  {c.ag(forms=['Y', 'zeroY', 'yo', 'bare'])}  "
            f"DOB {c.Dob(r.choice(['mm/dd/Y', 'DDMONYYYY', 'mm/dd/yy']))}\n"
            f"       MRN {P('MRN', c.mrn)}  FIN {P('ACCOUNT', c.acct)}  *{bar}*\n\n")


def h_mainframe(c: C) -> str:
    r = c.rng
    p = c.pt
    return (f"PT-NAME: {pad(c.nm(p, 'FGsp'), 28)}PT-AGE: {c.ag(forms=['zero', 'bare'])}  SEX: {p.sex}  DOB: {c.Dob('yyyymmdd')}\n"
            f"PT-MRN:  {pad(P('MRN', c.mrn), 28)}PT-ACCT: {P('ACCOUNT', c.acct)}\n"
            f"INS-1:   {pad(c.plan.upper()[:26], 28)}POL#: {c.member_txt()}  GRP#: {P('HEALTH_PLAN', c.group)}\n\n")


def h_excel(c: C) -> str:
    r = c.rng
    p = c.pt
    heads = ["Last", "First", "DOB", "Age", "MRN", "Payer", "Member ID"]
    row = [P("NAME", p.family), P("NAME", p.given), P("DATE", fdate(c.dob, r.choice(["m/d/Y", "mm/dd/Y", "Y-mm-dd"]))[1]),
           c.ag(form="bare"), P("MRN", c.mrn), c.plan, c.member_txt()]
    return "(pasted from the spreadsheet)\n" + "\t".join(heads) + "\n" + "\t".join(row) + "\n\n"


HEADERS = [h_yaml, h_ini, h_dots, h_checkbox, h_vertical, h_json, h_wristband, h_mainframe, h_excel]


# ---------------------------------------------------------------- shared blocks

def kin_choices(c: C) -> list[str]:
    a = c.age
    if a < 60:
        return ["wife" if c.pt.sex == "M" else "husband", "mother", "father", "sister", "brother", "daughter", "son"]
    if a < 85:
        return ["wife" if c.pt.sex == "M" else "husband", "daughter", "son", "sister", "brother", "niece", "nephew"]
    return ["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "sister", "brother", "daughter-in-law"]


def blk_nk1(c: C) -> str:
    r = c.rng
    out = []
    for i, w in enumerate(r.sample(kin_choices(c), 2), 1):
        p = c.kin(w, same_family=r.random() < 0.6)
        code, txt = REL_HL7.get(w, ("OTH", "Other"))
        ph = c.relph(p)
        out.append(f"NK1|{i}|{c.xpn(p)}|{code}^{txt}^HL70063||{xtn(ph, 'PRN', r.choice(['PH', 'CP']), r.random() < 0.5)}||"
                   f"{r.choice(['EC^Emergency Contact^HL70131', 'N^Next-of-Kin^HL70131'])}")
    return "\n".join(out) + "\n"


def blk_kin_table(c: C) -> str:
    r = c.rng
    rows = []
    for w in r.sample(kin_choices(c), r.choice([2, 3])):
        p = c.kin(w, same_family=r.random() < 0.6)
        n = c.rage(p, w)
        rows.append([c.nm(p, r.choice(["Fg", "gf", "Fi"])), w, c.ag(n=n, forms=CELL_AGES, sex=p.sex),
                     P("PHONE", c.relph(p).fmt(r.choice(US_PHONE_STYLES)))])
    head = r.choice([["Contact", "Relation", "Age", "Phone"], ["Name", "Rel", "Age (yrs)", "Tel"], ["NOK", "Relationship", "Age", "Cell"]])
    return table(head, rows, r.choice(TABLE_STYLES))


def blk_ins_table(c: C) -> str:
    r = c.rng
    sub = c.nm(c.pt, r.choice(["Fg", "FG", "Fi"]))
    eff = dt.date(c.vdate.year, 1, 1)
    rows = [[c.plan, c.member_txt(), P("HEALTH_PLAN", c.group), sub, c.D(eff, r.choice(CELL_DATES))]]
    if c.medicare:
        rows.insert(0, ["Medicare A/B", c.mbi_txt(), "—", sub, c.D(dt.date(c.dob.year + 65, c.dob.month, 1), r.choice(["mm/dd/yy", "Y-mm-dd", "yyyymmdd"]))])
    if r.random() < 0.4:
        rows.append([c.mcaid_prog, P("HEALTH_PLAN", c.mcaid), "—", sub, c.D(c.days(-r.randint(40, 900)), r.choice(CELL_DATES))])
    head = r.choice([["Payer", "Member#", "Grp", "Subscriber", "Eff"], ["Plan", "Policy", "Group", "Insured", "Effective"],
                     ["Coverage", "Subscriber ID", "Group #", "Subscriber", "Start"]])
    return table(head, rows, r.choice(TABLE_STYLES))


def blk_x12(c: C) -> str:
    r = c.rng
    p = c.pt
    y = c.vdate.year
    eff, term = dt.date(y, 1, 1), dt.date(y, 12, 31)
    mid = f"*{P('NAME', p.middle)}" if p.middle else "*"
    return ("271 (pasted):\n"
            f"NM1*IL*1*{P('NAME', p.family.upper())}*{P('NAME', p.given.upper())}{mid}***MI*{c.payer_id_txt()}~\n"
            f"REF*6P*{P('HEALTH_PLAN', c.group)}*{c.plan.upper()[:20]}~\n"
            f"DMG*D8*{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}*{p.sex}~\n"
            f"DTP*291*RD8*{P('DATE', fdate(eff, 'yyyymmdd')[1])}-{P('DATE', fdate(term, 'yyyymmdd')[1])}~\n"
            f"EB*1*IND*30**{r.choice(['HM', 'PR', 'MA', 'MB'])}~\n")


ID_LABELS = [("Acc#", "OTHER_ID", lambda r: f"{r.choice(['A', 'S', 'H'])}{digits(r, 2)}-{digits(r, 6)}"),
             ("Req #", "OTHER_ID", lambda r: "RQ" + digits(r, 7)), ("Claim #", "OTHER_ID", lambda r: digits(r, 4) + alnum(r, 2, UPPER) + digits(r, 6)),
             ("Auth #", "OTHER_ID", lambda r: "AU" + digits(r, 8)), ("Cert #", "OTHER_ID", lambda r: digits(r, 3) + "-" + digits(r, 5)),
             ("Specimen ID", "OTHER_ID", lambda r: digits(r, 2) + r.choice(UPPER) + digits(r, 7)),
             ("Encounter", "ACCOUNT", lambda r: "ENC" + digits(r, 9)), ("Visit", "ACCOUNT", lambda r: digits(r, 9)),
             ("Ref #", "OTHER_ID", lambda r: "R-" + digits(r, 6)), ("Order #", "OTHER_ID", lambda r: "ORD" + digits(r, 8)),
             ("Case #", "OTHER_ID", lambda r: digits(r, 2) + "-" + digits(r, 5)), ("Bed hold ref", "OTHER_ID", lambda r: "BH" + digits(r, 6))]


def blk_ids(c: C) -> str:
    r = c.rng
    picks = r.sample(ID_LABELS, 3)
    vals = [(lab, P(cat, gen(r))) for lab, cat, gen in picks] + [("MRN", P("MRN", c.mrn))]
    k = r.randrange(4)
    if k == 0:
        return "   ".join(f"{a}: {b}" for a, b in vals) + "\n"
    if k == 1:
        return "\n".join(dots(a, b, 16) for a, b in vals) + "\n"
    if k == 2:
        return table([a for a, _ in vals], [[b for _, b in vals]], r.choice(["pipe", "box", "fixed"]))
    return "; ".join(f"{a.lower().replace(' #', '').replace('#', '').replace(' ', '_')}={b}" for a, b in vals) + "\n"


def blk_team(c: C) -> str:
    r = c.rng
    roles = r.sample([("Attending", "MD"), ("Hospitalist", "DO"), ("Primary RN", "RN"), ("Case manager", "BSN, RN"),
                      ("Social work", "MSW, LCSW"), ("Pharmacist", "PharmD"), ("NP", "NP"), ("CNA", "CNA")], 3)
    rows = []
    for role, cred in roles:
        p = c.clin(role.lower(), cred)
        rows.append([role, c.nm(p, r.choice(["Fg", "gf", "init", "FI"])), P("OTHER_ID", npi(r)) if cred in ("MD", "DO", "NP", "PharmD") else "—",
                     r.choice([P("PHONE", us_phone(r)), f"pgr {r.randint(2000, 7999)}", f"x{r.randint(4000, 6999)}"])])
    return table(["Role", "Name", "NPI", "Contact"], rows, r.choice(TABLE_STYLES))


def blk_ages(c: C) -> str:
    """Relatives' ages in layouts: headings, next lines, XML and JSON."""
    r = c.rng
    k = r.randrange(5)
    picks = r.sample(kin_choices(c), 2)
    people = [(c.kin(w, same_family=r.random() < 0.6), w) for w in picks]
    if k == 0:
        out = []
        for p, w in people:
            out.append(f"{w.capitalize()}:\n{c.nm(p)}\nAge:\n{c.ag(n=c.rage(p, w), form='bare', sex=p.sex)}")
        return "\n".join(out) + "\n"
    if k == 1:
        return "".join(f"<contact rel=\"{w}\"><name>{c.nm(p)}</name><Age>{c.ag(n=c.rage(p, w), form='bare', sex=p.sex)}</Age></contact>\n"
                       for p, w in people)
    if k == 2:
        return "\"contacts\": [" + ", ".join(
            f"{{\"name\": \"{c.nm(p)}\", \"rel\": \"{w}\", \"age\": {c.ag(n=c.rage(p, w), form='bare', sex=p.sex)}}}" for p, w in people) + "]\n"
    if k == 3:
        dead = r.choice(["mother", "father"]) if c.age < 80 else r.choice(["sister", "brother"])
        q = c.kin(dead, same_family=dead in ("sister", "brother", "father"), phone=False)
        n = r.randint(86, 104)
        return (f"Family history grid — {dead}: {c.nm(q, 'given')}  Age (yrs) at death {c.ag(n=n, form='bare', sex=q.sex)}  "
                f"cause {K('diagnosis', r.choice(['stroke', 'heart failure', 'pneumonia', 'hip fracture']))}\n"
                + "".join(f"{w}: {c.nm(p, 'given')}  Age (yrs) {c.ag(n=c.rage(p, w), form='bare', sex=p.sex)}\n" for p, w in people))
    return "".join(f"{w.upper():<16} {pad(c.nm(p, 'FG'), 30)}{c.ag(n=c.rage(p, w), forms=CELL_AGES, sex=p.sex)}\n" for p, w in people)


EVENTS = ["Admit", "Last BM", "Last fall", "POLST signed", "Flu vaccine", "Last dose", "Cath changed", "Code status reviewed",
          "Next MD visit", "Discharge planned", "Skin check", "Weight"]


def blk_dates(c: C) -> str:
    r = c.rng
    evs = r.sample([e for e in EVENTS if not (c.deceased and e in ("Next MD visit", "Discharge planned", "Last dose"))], 4)
    rows = []
    for e in evs:
        d = c.days(-r.randint(0, 90)) if e != "Next MD visit" and e != "Discharge planned" else c.days(r.randint(1, 20))
        rows.append([e, c.D(d, r.choice(CELL_DATES + ["DDMONYY", "Y.mm.dd", "Mon-dd-Y"])), f"{r.randint(0, 23):02d}{r.choice(['00', '15', '30', '45'])}"])
    return table(["Event", "Date", "Time"], rows, r.choice(TABLE_STYLES))


LABS = [("2345-7", "Glucose", "mg/dL", (88, 140)), ("2160-0", "Creatinine", "mg/dL", None), ("2951-2", "Sodium", "mmol/L", (130, 146)),
        ("2823-3", "Potassium", "mmol/L", None), ("718-7", "Hemoglobin", "g/dL", None), ("777-3", "Platelets", "10*3/uL", (90, 310)),
        ("2075-0", "Chloride", "mmol/L", (92, 110)), ("1751-7", "Albumin", "g/dL", None), ("33914-3", "eGFR", "mL/min/1.73m2", (22, 70)),
        ("6690-2", "WBC", "10*3/uL", None), ("4548-4", "HbA1c", "%", None), ("2132-9", "Vitamin B12", "pg/mL", (90, 420))]
LAB_DEC = {"Creatinine": lambda r: f"{r.uniform(0.6, 2.4):.2f}", "Potassium": lambda r: f"{r.uniform(3.2, 5.6):.1f}",
           "Hemoglobin": lambda r: f"{r.uniform(8.1, 14.2):.1f}", "Albumin": lambda r: f"{r.uniform(2.4, 4.1):.1f}",
           "WBC": lambda r: f"{r.uniform(3.1, 14.8):.1f}", "HbA1c": lambda r: f"{r.uniform(5.4, 9.8):.1f}"}


def lab_value(r, name, rng_):
    return LAB_DEC[name](r) if name in LAB_DEC else str(r.randint(*rng_))


def blk_labs(c: C) -> str:
    r = c.rng
    rows = []
    for code, name, unit, rg in r.sample(LABS, 4):
        rows.append([K("code", code), K("lab", f"{name} {lab_value(r, name, rg)} {unit}"), r.choice(["", "H", "L", ""])])
    d = c.days(-r.randint(0, 3))
    return f"Results {c.D(d, r.choice(['mm/dd/yy HHMM', 'DDMONYY HHMM', 'Y-mm-dd HH:MM:SS']))}\n" + table(["LOINC", "Result", "Flag"], rows, r.choice(TABLE_STYLES))


MEDS = ["apixaban 2.5 mg PO BID", "metoprolol tartrate 12.5 mg PO BID", "furosemide 20 mg PO daily", "levothyroxine 50 mcg PO qAM",
        "donepezil 5 mg PO qHS", "acetaminophen 650 mg PO q6h PRN", "senna 8.6 mg PO qHS", "polyethylene glycol 17 g PO daily",
        "morphine oral solution 5 mg SL q2h PRN", "haloperidol 0.5 mg PO q6h PRN", "lorazepam 0.5 mg SL q4h PRN",
        "enoxaparin 30 mg SC daily", "insulin glargine 8 units SC qHS", "tamsulosin 0.4 mg PO qHS", "sertraline 25 mg PO daily",
        "atropine 1% 2 drops SL q4h PRN", "mirtazapine 7.5 mg PO qHS", "cefazolin 1 g IV q8h", "pantoprazole 40 mg IV daily"]


def blk_meds(c: C) -> str:
    r = c.rng
    meds = r.sample(MEDS, 3)
    k = r.randrange(3)
    if k == 0:
        return table(["Medication", "Last given"], [[K("drug", m), f"{r.randint(0, 23):02d}{r.choice(['00', '30'])}"] for m in meds], r.choice(TABLE_STYLES))
    if k == 1:
        return "MEDS\n" + "\n".join(f"  {i}. {K('drug', m)}" for i, m in enumerate(meds, 1)) + "\n"
    return "meds: " + " | ".join(K("drug", m) for m in meds) + "\n"


SCORES = [("Braden score", "eponym", lambda r: str(r.randint(9, 19))), ("Morse Fall Scale", "eponym", lambda r: str(r.choice([25, 45, 55, 65, 85]))),
          ("Glasgow Coma Scale", "eponym", lambda r: str(r.randint(9, 15))), ("Norton scale", "eponym", lambda r: str(r.randint(8, 16))),
          ("Richmond Agitation-Sedation Scale", "eponym", lambda r: r.choice(["0", "-1", "-2", "+1"])),
          ("Karnofsky Performance Status", "eponym", lambda r: f"{r.choice([30, 40, 50, 60])}%"),
          ("Palliative Performance Scale", "score", lambda r: f"{r.choice([20, 30, 40, 50])}%"),
          ("Padua Prediction Score", "eponym", lambda r: str(r.randint(2, 8))), ("Killip class", "eponym", lambda r: r.choice(["I", "II", "III"])),
          ("Waterlow score", "eponym", lambda r: str(r.randint(10, 24))), ("Mallampati class", "eponym", lambda r: r.choice(["I", "II", "III", "IV"])),
          ("Cormack-Lehane grade", "eponym", lambda r: r.choice(["1", "2a", "2b"])), ("FLACC", "abbreviation", lambda r: str(r.randint(0, 6))),
          ("PAINAD", "abbreviation", lambda r: str(r.randint(0, 7)))]


def blk_scores(c: C) -> str:
    r = c.rng
    rows = [[K(kind, nm), K("score", f(r))] for nm, kind, f in r.sample(SCORES, 3)]
    return table(["Scale", "Score"], rows, r.choice(TABLE_STYLES))


def blk_lookalike(c: C) -> str:
    """Numbers that are not identifiers: rooms, beds, weights, vitals, set ids, counts."""
    r = c.rng
    cells = [f"Rm {r.randint(90, 130)}", f"Bed {r.randint(1, 4)}", K("vital", f"Wt {r.choice([91, 94, 96, 98, 102])} kg"),
             K("vital", f"HR {r.choice([90, 92, 96, 101, 104])}"), K("vital", f"SpO2 {r.choice([90, 92, 94, 95, 97])}%"),
             K("vital", f"T {r.choice(['97.9', '98.6', '99.1', '100.4'])} F"), K("vital", f"BP {r.randint(96, 148)}/{r.randint(58, 94)}"),
             f"Unit census {r.randint(18, 32)}", f"Pg {r.randint(1, 3)} of {r.randint(3, 4)}", f"Tray {r.randint(90, 140)}"]
    vs = r.sample(cells, 5)
    return " | ".join(vs) + "\n"


def blk_chat(c: C) -> str:
    r = c.rng
    a = c.clin("RN", "RN")
    b = c.clin("charge RN", "RN")
    p = c.pt
    d = c.days(-r.randint(0, 1))
    kid = c.kin(r.choice(["daughter", "son", "niece"]) if c.age > 70 else r.choice(["sister", "brother"]), same_family=r.random() < 0.6)
    t = lambda: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"  # noqa: E731
    return (f"[{P('DATE', fdate(d, 'm/d')[1])} {t()}] {c.nm(a, 'glower')}: {r.choice(['rm', 'bed'])} {r.randint(2, 40)} {c.nm(p, 'flower')} "
            f"{c.ag(forms=['yo', 'bare', 'y'])}{p.sex.lower()} {r.choice(['sundowning again', 'npo after mn', 'refused labs', 'new foley'])}\n"
            f"[{P('DATE', fdate(d, 'm/d')[1])} {t()}] {c.nm(b, 'glower')}: ok. {c.nm(kid, 'glower')} ({c.relw(kid)}) called, "
            f"cb {P('PHONE', c.relph(kid).fmt('abc'))}\n")


def blk_contact(c: C) -> str:
    r = c.rng
    p = c.pt
    k = r.randrange(3)
    if k == 0:
        return f"MAIL TO:\n{c.nm(p, 'caps')}\n" + "\n".join(c.addr_lines(True)) + f"\nTEL {P('PHONE', str(c.phone))}  EMAIL {P('EMAIL', c.email)}\n"
    if k == 1:
        return (f"<addr use=\"HP\"><streetAddressLine>{P('ADDRESS', c.street)}</streetAddressLine>"
                + (f"<streetAddressLine>{P('ADDRESS', c.unit)}</streetAddressLine>" if c.unit else "")
                + f"<city>{P('CITY', c.city)}</city><state>{c.state}</state><postalCode>{P('ZIP', c.zip)}</postalCode></addr>\n"
                f"<telecom use=\"HP\" value=\"tel:{P('PHONE', c.phone.fmt('a-b-c'))}\"/><telecom value=\"mailto:{P('EMAIL', c.email)}\"/>\n")
    return (f"address.line={P('ADDRESS', c.street)}{(' ' + P('ADDRESS', c.unit)) if c.unit else ''}\naddress.city={P('CITY', c.city)}\n"
            f"address.state={c.state}\naddress.zip={P('ZIP', c.zip4 or c.zip)}\ntelecom.home={P('PHONE', c.phone.fmt('abc'))}\ntelecom.email={P('EMAIL', c.email)}\n")


DEVICES = [("Pacemaker", lambda r: "PJN" + digits(r, 6) + r.choice("HSV")), ("Insulin pump", lambda r: "NG" + digits(r, 7) + "H"),
           ("CPAP", lambda r: "22" + digits(r, 9)), ("Hearing aid L", lambda r: digits(r, 10)), ("Feeding pump", lambda r: "KPX" + digits(r, 6)),
           ("Wound vac", lambda r: "VXP" + alnum(r, 7, UPPER + "0123456789")), ("PCA pump", lambda r: "8015" + digits(r, 7))]


def blk_device(c: C) -> str:
    r = c.rng
    rows = [[nm, P("DEVICE", gen(r))] for nm, gen in r.sample(DEVICES, 2)]
    if r.random() < 0.5:
        rows.append(["Vehicle (valet)", P("VEHICLE", vin(r)) if r.random() < 0.5 else P("VEHICLE", f"{r.randint(1, 9)}{alnum(r, 3, UPPER)}{r.randint(100, 999)}")])
    if r.random() < 0.4:
        rows.append(["Driver lic.", P("LICENSE", r.choice(UPPER) + digits(r, 8))])
    return table(["Item", "Serial / No."], rows, r.choice(TABLE_STYLES))


def blk_ssn(c: C) -> str:
    r = c.rng
    k = r.randrange(4)
    s = c.ssn
    if k == 0:
        return f"SSN ......... {P('SSN', s)}\n"
    if k == 1:
        return f"SSN: XXX-XX-{P('SSN', s[-4:])}   (last four only on the print)\n"
    if k == 2:
        return f"REF*SY*{P('SSN', s.replace('-', ''))}~\n"
    return f"<id root=\"2.16.840.1.113883.4.1\" extension=\"{P('SSN', s)}\"/>\n"


def blk_barcode(c: C) -> str:
    r = c.rng
    acc = f"{r.choice('ABH')}{digits(r, 9)}"
    return (f"*{P('MRN', c.mrn.replace('-', ''))}*    *{P('OTHER_ID', acc)}*    *{P('ACCOUNT', c.acct.replace('-', ''))}*\n"
            f" MRN              ACC               FIN\n")


def blk_obx(c: C) -> str:
    r = c.rng
    i = r.randint(1, 3)
    d = c.days(0)
    return (f"OBX|{i}|NM|{K('code', '30525-0')}^Age^LN||{c.ag(form='bare')}|a^year^UCUM|||||F|||{P('DATE', fdate(d, 'hl7m', r)[1])}\n"
            f"OBX|{i + 1}|NM|{K('code', '29463-7')}^Body weight^LN||{r.choice([41, 48, 52, 57, 63, 96])}|kg^kilogram^UCUM|||||F\n")


def blk_demo(c: C) -> str:
    """The patient's age again, in one of the layouts of this split, with numbers around it that are not ages."""
    r = c.rng
    p = c.pt
    k = r.randrange(7)
    if k == 0:
        return f"Age/Sex: {c.ag(forms=SEX_AGES)}   DOB: {c.Dob()}\n"
    if k == 1:
        return f"{dots('AGE', c.ag(forms=['zero', 'bare', 'YRS']), 14)}   {dots('SEX', p.sex, 6)}   {dots('ROOM', str(r.randint(90, 130)), 6)}\n"
    if k == 2:
        return f"age: {c.ag(form='bare')}\nsex: {p.sex}\nweight_kg: {K('vital', str(r.randint(40, 99)))}\n"
    if k == 3:
        return f"<Demographics><Age>{c.ag(form='bare')}</Age><Sex>{p.sex}</Sex><BirthDate>{P('DATE', fdate(c.dob, 'Y-mm-dd')[1])}</BirthDate></Demographics>\n"
    if k == 4:
        return (f"Age (yrs) {c.ag(form='bare')}  |  Wt (kg) {K('vital', str(r.choice([48, 52, 91, 96, 98])))}  |  Rm {r.randint(90, 130)}  |  "
                f"Bed {r.randint(1, 4)}\n")
    if k == 5:
        return f"Age:\n{c.ag(forms=['bare', 'yrs', 'Y'])}\nDate of birth:\n{c.Dob()}\n"
    fx, mx = ("x", " ") if p.sex == "F" else (" ", "x")
    return f"[{fx}] F  [{mx}] M   Age: {c.ag(forms=['bare', 'yrs'])}   DOB {c.Dob()}\n"


BLOCKS = [blk_nk1, blk_kin_table, blk_ins_table, blk_x12, blk_ids, blk_team, blk_ages, blk_dates, blk_labs, blk_meds, blk_scores,
          blk_lookalike, blk_chat, blk_contact, blk_device, blk_ssn, blk_barcode, blk_obx, blk_demo]
KEEP_BLOCKS = {blk_labs, blk_meds, blk_scores, blk_lookalike}
BLOCK_WEIGHT = {blk_demo: 3.0, blk_ages: 4.0, blk_kin_table: 3.0, blk_ins_table: 2.5, blk_x12: 2.0, blk_ids: 2.5, blk_dates: 2.5, blk_obx: 2.0,
                blk_team: 1.5, blk_chat: 1.5, blk_nk1: 1.5, blk_scores: 1.5, blk_lookalike: 1.5}
DEAD_SKIP = {blk_chat, blk_lookalike, blk_meds, blk_labs, blk_device}
LIGHT_BLOCKS = {blk_labs, blk_meds, blk_scores, blk_lookalike, blk_dates, blk_ages, blk_demo}


# ---------------------------------------------------------------- signatures

def signature(c: C, p: Person) -> str:
    r = c.rng
    k = r.randrange(8)
    cr = p.cred.split(", ")[-1]
    if k == 0:
        return f"Verified: {P('PROVIDER_NAME', p.family.upper())}^{P('PROVIDER_NAME', p.given.upper())}^^^^{cr} | {P('DATE', fdate(c.vdate, 'hl7ts', r)[1])}\n"
    if k == 1:
        return f"Printed by: {c.userid()} ({c.nm(p)}, {p.cred})  {c.D(c.vdate, 'mm/dd/yy HHMM')}   Page 1 of 1\n"
    if k == 2:
        return f"Electronically signed: {c.nm(p, 'Fg')}, {p.cred}  {P('DATE', fdate(c.vdate, 'iso off', r)[1])}\n"
    if k == 3:
        return f"{dots('Reviewed/released', c.nm(p, 'init'), 20)} {p.cred}  {c.D(c.vdate, 'DDMONYY HHMM')}\n"
    if k == 4:
        return f"Signature: ________________  {c.nm(p)}, {p.cred}    Date: {c.D(c.vdate, r.choice(['Y.mm.dd', 'mm-dd-yy', 'Mon-dd-Y']))}\n"
    if k == 5:
        q = c.clin("second verifier", "RN")
        return f"RN1 {c.nm(p, 'initials')} / RN2 {c.nm(q, 'initials')} — {c.nm(p, 'FI')}, {c.nm(q, 'FI')}  {c.D(c.vdate, r.choice(['m/d/yy', 'mm/dd/yy']))} {r.randint(0, 23):02d}{r.randint(0, 59):02d}\n"
    if k == 6:
        return (f"-- END OF REPORT -- generated {c.D(c.vdate, 'Y-mm-dd HH:MM:SS')} by {c.nm(p, 'FI')} ({p.cred}), "
                f"NPI {P('OTHER_ID', npi(r))}\n")
    if p.cred in ("MD", "DO", "NP", "PA-C") and r.random() < 0.5:
        return f"{c.sig(p)} · DEA {P('LICENSE', dea(r, p.family, mid=p.cred in ('NP', 'PA-C')))} · {c.D(c.vdate, r.choice(['DD-MON-YYYY', 'ddMonYYYY']))}\n"
    return f"{c.sig(p)} · {P('EMAIL', c.work_email(p))} · {c.D(c.vdate, r.choice(['DD-MON-YYYY', 'ddMonYYYY']))}\n"


# ---------------------------------------------------------------- note bodies (24 types)

DX = [("eponym", "Alzheimer disease, late onset", "G30.1"), ("diagnosis", "heart failure, unspecified", "I50.9"),
      ("eponym", "Parkinson disease", "G20.A1"), ("diagnosis", "atrial fibrillation", "I48.91"), ("diagnosis", "COPD", "J44.9"),
      ("diagnosis", "CKD stage 4", "N18.4"), ("diagnosis", "hip fracture, left", "S72.002A"), ("diagnosis", "sepsis", "A41.9"),
      ("diagnosis", "adult failure to thrive", "R62.7"), ("diagnosis", "aspiration pneumonia", "J69.0"),
      ("diagnosis", "pressure ulcer, sacrum, stage 3", "L89.153"), ("diagnosis", "vascular dementia", "F01.50"),
      ("eponym", "dementia with Lewy bodies", "G31.83"), ("diagnosis", "metastatic lung cancer", "C34.90"),
      ("diagnosis", "type 2 diabetes", "E11.9"), ("diagnosis", "hypertension", "I10"), ("eponym", "Hodgkin lymphoma", "C81.90"),
      ("diagnosis", "urinary tract infection", "N39.0"), ("eponym", "Clostridioides difficile colitis", "A04.72")]
CPT = [("71046", "XR chest 2 views"), ("70450", "CT head w/o contrast"), ("74177", "CT abd/pelvis w contrast"), ("73502", "XR hip 2-3 views"),
       ("93306", "TTE complete"), ("76705", "US abdomen limited"), ("72125", "CT C-spine w/o"), ("70551", "MRI brain w/o"),
       ("71275", "CTA chest"), ("93970", "Duplex venous bilat")]
OR_PROCS = [("27236", "ORIF femoral neck"), ("27130", "total hip arthroplasty"), ("44970", "lap appendectomy"), ("49505", "inguinal hernia repair"),
            ("47562", "lap cholecystectomy"), ("27245", "IM nail intertrochanteric fx"), ("33208", "dual-chamber pacemaker insertion"),
            ("66984", "cataract extraction w IOL"), ("52000", "cystoscopy"), ("43239", "EGD with biopsy")]


def b_hl7adt(c: C) -> str:
    r = c.rng
    p = c.pt
    att = c.clin("attending", r.choice(["MD", "DO"]))
    pcp = c.clin("PCP", r.choice(["MD", "NP"]), team=False)
    ts = fdate(c.vdate, "hl7ts", r)[1]
    ev = r.choice(["A01", "A04", "A08", "A03"])
    maiden = c._fresh_family()
    rel = c.kin(r.choice(kin_choices(c)), same_family=r.random() < 0.6)
    code, txt = REL_HL7.get(c.relw(rel), ("OTH", "Other"))
    ssn_f = P("SSN", c.ssn if r.random() < 0.5 else c.ssn.replace("-", ""))
    ward = r.choice(["4W", "3E", "MED2", "ICU", "TCU"])
    return (f"MSH|^~\\&|ADT|{c.faccode}|CAREBRIEF|{c.faccode}|{P('DATE', ts)}||ADT^{ev}|{alnum(r, 3, UPPER)}{digits(r, 7)}|P|2.5.1\n"
            f"EVN|{ev}|{P('DATE', ts)}\n"
            f"PID|1||{P('MRN', c.mrn)}^^^{c.faccode}^MR||{c.xpn(p, script=r.random() < 0.5)}|{P('NAME', maiden.upper())}|"
            f"{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}|{p.sex}||2106-3|{c.xad()}||{xtn(c.phone, 'PRN', 'PH', r.random() < 0.6)}|||"
            f"{r.choice(['M', 'W', 'S', 'D'])}||{P('ACCOUNT', c.acct)}^^^{c.faccode}^AN|{ssn_f}\n"
            f"PD1|||{c.fac}^^{r.randint(100, 999)}|{c.xcn(pcp)}\n"
            f"NK1|1|{c.xpn(rel)}|{code}^{txt}^HL70063||{xtn(c.relph(rel), 'PRN', 'CP', False)}||EC^Emergency Contact^HL70131\n"
            f"PV1|1|{r.choice(['I', 'O', 'E'])}|{ward}^{r.randint(100, 450)}^{r.choice('ABCD')}^{c.faccode}||||{c.xcn(att)}|||MED||||"
            f"{r.choice(['1', '7'])}|||||{P('ACCOUNT', 'V' + digits(r, 9))}|||||||||||||||||||||||||{P('DATE', fdate(c.vdate, 'hl7m', r)[1])}\n"
            f"IN1|1|{c.payerid}|{digits(r, 5)}|{c.plan.upper()}|||||{P('HEALTH_PLAN', c.group)}||||||"
            f"{P('NAME', p.family.upper())}^{P('NAME', p.given.upper())}|SEL|{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}||||||||||||||||||"
            f"{c.member_txt()}\n"
            f"DG1|1||{K('code', r.choice(DX)[2])}^^I10|||A\n"
            f"(interface note: age at event {c.ag(forms=['bare', 'Y', 'yrs'])}, {sexw(p.sex)}, {ward} bed from ADT)\n")


def b_hl7oru(c: C) -> str:
    r = c.rng
    p = c.pt
    ordp = c.clin("ordering provider", r.choice(["MD", "NP", "DO"]))
    rn = c.clin("RN", "RN")
    coll = c.days(-r.randint(0, 2))
    ts = fdate(coll, "hl7m", r)[1]
    acc = f"{r.choice(['24', '23', 'CH'])}{r.choice(UPPER)}{digits(r, 7)}"
    lines = [f"MSH|^~\\&|LAB|{c.faccode}|EHR|{c.faccode}|{P('DATE', fdate(coll, 'hl7ts', r)[1])}||ORU^R01|{digits(r, 9)}|P|2.5.1",
             f"PID|1||{P('MRN', c.mrn)}^^^{c.faccode}^MR~{c.payer_id_txt()}^^^{c.payerid}^MB||{c.xpn(p)}||{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}|{p.sex}",
             f"ORC|RE|{P('OTHER_ID', 'ORD' + digits(r, 8))}|{P('OTHER_ID', acc)}||CM||||{P('DATE', ts)}|||{c.xcn(ordp)}",
             f"OBR|1|{P('OTHER_ID', 'ORD' + digits(r, 8))}|{P('OTHER_ID', acc)}|{K('code', '24323-8')}^Comprehensive metabolic panel^LN|||{P('DATE', ts)}"]
    for i, (code, name, unit, rg) in enumerate(r.sample(LABS, 3), 1):
        lines.append(f"OBX|{i}|NM|{K('code', code)}^{name}^LN||{K('lab', lab_value(r, name, rg))}|{unit}|||||F")
    n = len(lines) - 3
    lines.append(f"OBX|{n}|NM|{K('code', '30525-0')}^Age^LN||{c.ag(form='bare')}|a^year^UCUM|||||F")
    lines.append(f"NTE|1||Critical value called to {c.nm(rn)}, RN at {r.randint(0, 23):02d}{r.randint(10, 59)}, read back by {c.nm(rn, 'initials')}")
    return "\n".join(lines) + "\n"


def b_x12_271(c: C) -> str:
    r = c.rng
    p = c.pt
    d = c.vdate
    trn = digits(r, 9)
    y = d.year
    sub = p
    mid = f"*{P('NAME', p.middle)}" if p.middle else "*"
    isa = fdate(d, "yymmdd")[1]
    npi_ = npi(r)
    return (f"ISA*00*          *00*          *ZZ*{c.payerid:<15}*ZZ*{c.faccode:<15}*{P('DATE', isa)}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*^*00501*{zdigits(r, 9)}*0*P*:~\n"
            f"GS*HB*{c.payerid}*{c.faccode}*{P('DATE', fdate(d, 'yyyymmdd')[1])}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*{r.randint(1, 9999)}*X*005010X279A1~\n"
            f"ST*271*0001*005010X279A1~\nBHT*0022*11*{P('OTHER_ID', trn)}*{P('DATE', fdate(d, 'yyyymmdd')[1])}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}~\n"
            f"HL*1**20*1~\nNM1*PR*2*{c.plan.upper()}*****PI*{c.payerid}~\n"
            f"HL*2*1*21*1~\nNM1*1P*2*{c.fac.upper()}*****XX*{P('OTHER_ID', npi_)}~\n"
            f"HL*3*2*22*0~\nTRN*2*{P('OTHER_ID', trn)}*9{digits(r, 9)}~\n"
            f"NM1*IL*1*{P('NAME', sub.family.upper())}*{P('NAME', sub.given.upper())}{mid}***MI*{c.payer_id_txt()}~\n"
            f"REF*6P*{P('HEALTH_PLAN', c.group)}*{c.plan.upper()[:18]}~\n"
            f"REF*SY*{P('SSN', c.ssn.replace('-', ''))}~\n"
            f"N3*{P('ADDRESS', c.street.upper())}{('*' + P('ADDRESS', c.unit.upper())) if c.unit else ''}~\n"
            f"N4*{P('CITY', c.city.upper())}*{c.state}*{P('ZIP', c.zip)}~\n"
            f"DMG*D8*{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}*{p.sex}~\n"
            f"DTP*346*D8*{P('DATE', fdate(dt.date(y, 1, 1), 'yyyymmdd')[1])}~\n"
            f"DTP*291*RD8*{P('DATE', fdate(dt.date(y, 1, 1), 'yyyymmdd')[1])}-{P('DATE', fdate(dt.date(y, 12, 31), 'yyyymmdd')[1])}~\n"
            f"EB*1*IND*30**{r.choice(['HM', 'PR', 'MA', 'MB'])}~\nEB*C*IND*30***23*{r.choice([250, 500, 1500])}~\n"
            f"SE*{r.randint(18, 24)}*0001~\n"
            f"Eligibility worker's read: {c.nm(p, 'Fg')}, age {c.ag(forms=['bare', 'yrs'])} on the DMG date of birth, ACTIVE, "
            f"member {c.payer_id_txt()}, group {P('HEALTH_PLAN', c.group)}.\n")


def b_x12_837(c: C) -> str:
    r = c.rng
    p = c.pt
    rend = c.clin("rendering provider", r.choice(["MD", "DO", "NP"]))
    dos = c.days(-r.randint(5, 40))
    spouse_sub = r.random() < 0.35 and c.age >= 60
    lines = [f"BHT*0019*00*{P('OTHER_ID', digits(r, 10))}*{P('DATE', fdate(c.vdate, 'yyyymmdd')[1])}*{r.randint(0, 23):02d}{r.randint(0, 59):02d}*CH~"]
    if spouse_sub:
        sp = c.kin("wife" if p.sex == "M" else "husband", same_family=True)
        spa = c.rage(sp, c.relw(sp))
        lines += [f"SBR*P*18*{P('HEALTH_PLAN', c.group)}******CI~",
                  f"NM1*IL*1*{P('NAME', sp.family.upper())}*{P('NAME', sp.given.upper())}****MI*{c.member_txt()}~",
                  f"DMG*D8*{P('DATE', fdate(_dob_for(c.vdate, spa, r), 'yyyymmdd')[1])}*{sp.sex}~",
                  "HL*3*2*23*0~PAT*01~",
                  f"NM1*QC*1*{P('NAME', p.family.upper())}*{P('NAME', p.given.upper())}~",
                  f"DMG*D8*{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}*{p.sex}~"]
    else:
        lines += [f"SBR*P*18*{P('HEALTH_PLAN', c.group)}******{'MB' if c.medicare else 'CI'}~",
                  f"NM1*IL*1*{P('NAME', p.family.upper())}*{P('NAME', p.given.upper())}****MI*{c.payer_id_txt()}~",
                  f"N3*{P('ADDRESS', c.street.upper())}~N4*{P('CITY', c.city.upper())}*{c.state}*{P('ZIP', c.zip)}~",
                  f"DMG*D8*{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}*{p.sex}~"]
    cpt = r.choice(["99223", "99233", "99309", "99349", "G0299"])
    lines += [f"CLM*{P('ACCOUNT', c.acct)}*{r.randint(120, 900)}.00***{r.choice(['31', '32', '12', '21'])}:B:1*Y*A*Y*Y~",
              f"REF*G1*{P('OTHER_ID', 'PA' + digits(r, 8))}~",
              f"REF*EA*{P('MRN', c.mrn)}~",
              f"HI*ABK:{K('code', r.choice(DX)[2].replace('.', ''))}*ABF:{K('code', r.choice(DX)[2].replace('.', ''))}~",
              f"NM1*82*1*{P('PROVIDER_NAME', rend.family.upper())}*{P('PROVIDER_NAME', rend.given.upper())}****XX*{P('OTHER_ID', npi(r))}~",
              f"LX*1~SV1*HC:{K('code', cpt)}*{r.randint(90, 400)}.00*UN*1***1~",
              f"DTP*472*D8*{P('DATE', fdate(dos, 'yyyymmdd')[1])}~"]
    return ("837P (excerpt, loop 2000B on)\n" + "\n".join(lines) + "\n"
            f"Biller's note: patient {c.ag(forms=['bare', 'yrs', 'Y'])} {p.sex}; DOS {c.D(dos, r.choice(DATE_STYLES))}; claim {P('ACCOUNT', c.acct)}.\n")


def b_ccda(c: C) -> str:
    r = c.rng
    p = c.pt
    au = c.clin("author", r.choice(["MD", "DO", "NP"]))
    kid = c.kin(r.choice(kin_choices(c)), same_family=r.random() < 0.6)
    code, txt = REL_HL7.get(c.relw(kid), ("OTH", "Other"))
    oid = f"2.16.840.1.113883.3.{r.randint(1000, 9999)}.{r.randint(1, 40)}"
    age_el = r.choice(["obs", "age", "Age"])
    if age_el == "obs":
        agex = (f"<observation classCode=\"OBS\" moodCode=\"EVN\"><code code=\"{K('code', '30525-0')}\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"Age\"/>"
                f"<value xsi:type=\"PQ\" value=\"{c.ag(form='bare')}\" unit=\"a\"/></observation>")
    elif age_el == "age":
        agex = f"<age value=\"{c.ag(form='bare')}\" unit=\"a\"/>"
    else:
        agex = f"<Age>{c.ag(form='bare')}</Age>"
    return ("<recordTarget>\n <patientRole>\n"
            f"  <id extension=\"{P('MRN', c.mrn)}\" root=\"{oid}\"/>\n"
            f"  <id extension=\"{P('SSN', c.ssn)}\" root=\"2.16.840.1.113883.4.1\"/>\n"
            f"  <addr use=\"HP\"><streetAddressLine>{P('ADDRESS', c.street)}</streetAddressLine><city>{P('CITY', c.city)}</city>"
            f"<state>{c.state}</state><postalCode>{P('ZIP', c.zip)}</postalCode></addr>\n"
            f"  <telecom value=\"tel:{P('PHONE', '+1-' + c.phone.fmt('a-b-c'))}\" use=\"HP\"/>\n"
            f"  <patient>\n   <name use=\"L\"><given>{P('NAME', p.given)}</given><family>{P('NAME', p.family)}</family></name>\n"
            f"   <administrativeGenderCode code=\"{p.sex}\" codeSystem=\"2.16.840.1.113883.5.1\"/>\n"
            f"   <birthTime value=\"{P('DATE', fdate(c.dob, 'yyyymmdd')[1])}\"/>\n  </patient>\n </patientRole>\n</recordTarget>\n"
            f"<author><time value=\"{P('DATE', fdate(c.vdate, 'hl7tz', r)[1])}\"/><assignedAuthor><id extension=\"{P('OTHER_ID', npi(r))}\" root=\"2.16.840.1.113883.4.6\"/>"
            f"<assignedPerson><name><given>{P('PROVIDER_NAME', au.given)}</given><family>{P('PROVIDER_NAME', au.family)}</family>"
            f"<suffix>{au.cred}</suffix></name></assignedPerson></assignedAuthor></author>\n"
            f"{agex}\n"
            f"<participant typeCode=\"IND\"><associatedEntity classCode=\"NOK\"><code code=\"{code}\" displayName=\"{txt}\"/>"
            f"<telecom value=\"tel:{P('PHONE', c.relph(kid).fmt('a-b-c'))}\"/><associatedPerson><name><given>{P('NAME', kid.given)}</given>"
            f"<family>{P('NAME', kid.family)}</family></name></associatedPerson></associatedEntity></participant>\n"
            f"<act><entryRelationship><observation><id root=\"{oid}\" extension=\"{P('HEALTH_PLAN', c.member)}\"/>"
            f"<effectiveTime><low value=\"{P('DATE', fdate(dt.date(c.vdate.year, 1, 1), 'yyyymmdd')[1])}\"/></effectiveTime>"
            f"<value code=\"{K('code', r.choice(DX)[2])}\" codeSystem=\"2.16.840.1.113883.6.90\"/></observation></entryRelationship></act>\n")


def b_fhir(c: C) -> str:
    r = c.rng
    p = c.pt
    kid = c.kin(r.choice(kin_choices(c)), same_family=r.random() < 0.6)
    rid = f"{alnum(r, 8, '0123456789abcdef')}-{alnum(r, 4, '0123456789abcdef')}"
    given = f"\"{P('NAME', p.given)}\"" + (f", \"{P('NAME', p.middle)}\"" if p.middle else "")
    age_ext = r.choice(["ext", "flat"])
    s = ("{\n  \"resourceType\": \"Patient\",\n"
         f"  \"id\": \"{P('OTHER_ID', rid)}\",\n"
         "  \"identifier\": [\n"
         f"    {{\"type\": {{\"coding\": [{{\"code\": \"MR\"}}]}}, \"system\": \"urn:oid:2.16.840.1.113883.3.{r.randint(1000, 9999)}\", \"value\": \"{P('MRN', c.mrn)}\"}},\n"
         f"    {{\"type\": {{\"coding\": [{{\"code\": \"MB\"}}]}}, \"value\": \"{c.payer_id_txt()}\"}}\n  ],\n"
         f"  \"name\": [{{\"use\": \"official\", \"family\": \"{P('NAME', p.family)}\", \"given\": [{given}]}}],\n"
         f"  \"telecom\": [{{\"system\": \"phone\", \"value\": \"{P('PHONE', str(c.phone))}\", \"use\": \"home\"}}, "
         f"{{\"system\": \"email\", \"value\": \"{P('EMAIL', c.email)}\"}}],\n"
         f"  \"gender\": \"{sexw(p.sex)}\",\n  \"birthDate\": \"{P('DATE', c.dob.isoformat())}\",\n"
         f"  \"address\": [{{\"line\": [\"{P('ADDRESS', c.street)}\"], \"city\": \"{P('CITY', c.city)}\", \"state\": \"{c.state}\", \"postalCode\": \"{P('ZIP', c.zip)}\"}}],\n")
    if age_ext == "ext":
        s += f"  \"extension\": [{{\"url\": \"http://example.org/fhir/StructureDefinition/age\", \"valueAge\": {{\"value\": {c.ag(form='bare')}, \"unit\": \"a\"}}}}],\n"
    else:
        s += f"  \"_computed\": {{\"age\": {c.ag(form='bare')}, \"ageUnit\": \"years\"}},\n"
    code, txt = REL_HL7.get(c.relw(kid), ("O", "Other"))
    s += (f"  \"contact\": [{{\"relationship\": [{{\"text\": \"{txt}\"}}], \"name\": {{\"family\": \"{P('NAME', kid.family)}\", "
          f"\"given\": [\"{P('NAME', kid.given)}\"]}}, \"telecom\": [{{\"system\": \"phone\", \"value\": \"{P('PHONE', c.relph(kid).fmt('a-b-c'))}\"}}]}}]\n}}\n")
    s += ("{\"resourceType\": \"Coverage\", \"status\": \"active\", "
          f"\"subscriberId\": \"{c.member_txt()}\", \"class\": [{{\"type\": {{\"text\": \"group\"}}, \"value\": \"{P('HEALTH_PLAN', c.group)}\"}}], "
          f"\"period\": {{\"start\": \"{P('DATE', dt.date(c.vdate.year, 1, 1).isoformat())}\"}}, \"payor\": [{{\"display\": \"{c.plan}\"}}]}}\n")
    return s


def _name_cell(c: C, row: Row, forms) -> str:
    return c.nm(row.p, c.rng.choice(forms))


def b_hospice_idt(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(4, 5), old=0.65)
    md = c.clin("hospice medical director", "MD")
    cm = c.clin("RN case manager", "RN")
    ch = c.clin("chaplain", "MDiv", team=False)
    data = []
    for x in rows:
        kind, d, code = r.choice(DX)
        start = c.days(-r.randint(3, 170))
        data.append([_name_cell(c, x, ["Fi", "Fg", "FI"]), c.ag(n=x.n, forms=CELL_AGES, sex=x.sex), K(kind, d),
                     f"{r.randint(2, 180)}", c.D(start, r.choice(CELL_DATES)), K("score", f"{r.choice([20, 30, 40, 50])}%"),
                     r.choice(["RHC", "GIP", "CC", "IRC"])])
    head = ["Patient", "Age", "Terminal dx", "LOS", "Benefit start", "PPS", "LOC"]
    return (f"HOSPICE IDT ROSTER — meeting {c.D(c.vdate, r.choice(['Mon d, Y', 'DD-MON-YYYY', 'mm/dd/Y']))}\n"
            f"Medical director {c.nm(md)}, {md.cred}; RN CM {c.nm(cm, 'init')}; chaplain {c.nm(ch)}\n"
            + table(head, data, r.choice(["box", "pipe", "plus", "fixed"]))
            + f"Recert due: {c.nm(c.pt, 'Fi')} period 3 ends {c.D(c.days(r.randint(3, 25)), r.choice(SHORT_STYLES))}; "
            f"F2F by {c.title(md)}.\n")


def b_nh_census(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(5, 6), old=0.6)
    d = c.vdate
    data = []
    for x in rows:
        payer = r.choice(["MCR-A", "MCD", "MCD-P", "PVT", "MA-HMO", "HOSP"])
        data.append([f"{x.room}-{r.choice('AB')}", c.nm(x.p, r.choice(["FGsp", "FG"])), c.ag(n=x.n, forms=["zero", "bare", "bare"], sex=x.sex),
                     x.sex, payer, c.D(c.days(-r.randint(2, 900)), r.choice(["mm/dd/yy", "mm/dd/Y", "DDMONYY"])), P("MRN", x.mrn)])
    return (f"RUN DATE: {c.D(d, 'mm/dd/yy')}   RUN TIME: 05:00   PAGE 1        DAILY CENSUS — {c.nh.upper()}\n"
            + table(["Rm-Bed", "Resident name", "Age", "Sx", "Payer", "Adm date", "MRN"], data, "fixed")
            + f"TOTAL IN HOUSE {r.randint(48, 96)}  MCR-A {r.randint(4, 14)}  MCD {r.randint(20, 50)}  BED HOLDS {r.randint(0, 3)}  "
            f"LOA {r.randint(0, 2)}\n"
            f"ADMITS: {c.nm(c.pt, 'FGsp')} FROM {c.fac.upper()}  {c.D(c.days(-r.randint(0, 3)), 'mm/dd/yy')}\n")


def b_whiteboard(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(4, 5), old=0.55)
    charge = c.clin("charge RN", "RN")
    hosp = c.clin("hospitalist", r.choice(["MD", "DO"]))
    data = []
    for x in rows:
        rn = c.clin("RN", r.choice(["RN", "LPN"]), team=x.is_pt)
        extra = r.choice([f"sitter {c.nm(c.clin('sitter', 'CNA', team=x.is_pt), 'given')}", "NPO", K("eponym", "Morse") + " " + K("score", str(r.choice([45, 55, 65]))),
                          "iso: contact", "DNR", "d/c today", "fam @ bs"])
        data.append([x.room, c.nm(x.p, r.choice(["Fi", "init", "family"])), c.ag(n=x.n, forms=SEX_AGES, sex=x.sex), c.nm(rn, "given"), extra])
    return (f"{r.choice(['4 WEST', '3 EAST', 'MED-SURG 2', 'ORTHO/NEURO'])} — whiteboard as transcribed {r.choice(['0700', '1900', '1500'])} "
            f"{c.D(c.vdate, r.choice(['mm/dd', 'm/d', 'Mon d', 'dd/mm']))}\n"
            f"Charge: {c.nm(charge)} ({r.choice(['ext', 'x'])}{r.randint(4000, 6999)})   Hospitalist: {c.title(hosp)}\n"
            + table(["Rm", "Pt", "Age/Sex", "RN", "Notes"], data, r.choice(["pipe", "box", "tsv", "plus"])))


def b_specimen_labels(c: C) -> str:
    r = c.rng
    p = c.pt
    coll = c.clin("phlebotomist", r.choice(["CNA", "RN"]))
    d = c.days(-r.randint(0, 1))
    jd = fdate(d, "julian")[1]
    tubes = r.sample([("LAV", "3 mL", "CBC"), ("LT GRN", "4 mL", "BMP"), ("BLUE", "2.7 mL", "PT/INR"), ("GOLD", "5 mL", "TSH"),
                      ("GRAY", "2 mL", "LACTATE"), ("BC-AER", "10 mL", "BLD CX")], 2)
    out = [f"Label print — {P('DATE', fdate(d, 'mm/dd/yy')[1])} {r.randint(5, 9):02d}{r.randint(0, 59):02d} — {len(tubes)} labels"]
    for tube, vol, test in tubes:
        acc = f"{jd}{zdigits(r, 5)}"
        nm_line = f"{c.nm(p, 'FG')}  {p.sex}  {c.ag(forms=['Y', 'zeroY', 'yo', 'bare', 'y'])}"
        lines = [nm_line, f"DOB {c.Dob(r.choice(['mm/dd/Y', 'mm/dd/yy', 'DDMONYYYY']))}  MRN {P('MRN', c.mrn)}",
                 f"ACC {P('OTHER_ID', acc)}  {tube} {vol}  {test}", f"*{P('OTHER_ID', acc)}*",
                 f"Coll {P('DATE', jd)} {r.randint(5, 9):02d}{r.randint(0, 59):02d} {c.nm(coll, 'initials')}"]
        w = max(width(x) for x in lines) + 2
        out.append("┌" + "─" * w + "┐")
        out += ["│ " + pad(x, w - 1) + "│" for x in lines]
        out.append("└" + "─" * w + "┘")
    out.append(f"(Julian date on the tube: {P('DATE', jd)} = {c.D(d, r.choice(['DDMONYY', 'Mon d, Y', 'Y-mm-dd']))}; collector {c.nm(coll)}, {coll.cred})")
    return "\n".join(out) + "\n"


def b_rad_worklist(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(3, 4), old=0.55)
    rad = c.clin("radiologist", "MD")
    data = []
    for x in rows:
        cpt, exam = r.choice(CPT)
        acc = f"{r.choice(['RAD', 'CT', 'XR'])}{digits(r, 8)}"
        ordp = c.clin("ordering provider", r.choice(["MD", "NP", "PA-C"]), team=False)
        data.append([P("OTHER_ID", acc), P("MRN", x.mrn), c.nm(x.p, "FG"), c.ag(n=x.n, form=r.choice(["zeroY", "zeroY", "Y"]), sex=x.sex) + "/" + x.sex,
                     K("code", cpt), exam, c.D(c.days(r.randint(-1, 1)), r.choice(["mm/dd/yy HHMM", "Y-mm-dd HH:MM:SS", "yyyymmdd"])),
                     c.nm(ordp, "FI")])
    p = c.pt
    hdr = (f"(0010,0010) PatientName     {c.xpn(p).replace('^^^^L', '')}\n(0010,0020) PatientID       {P('MRN', c.mrn)}\n"
           f"(0010,0030) PatientBirthDate {P('DATE', fdate(c.dob, 'yyyymmdd')[1])}\n(0010,1010) PatientAge      {c.ag(form='zeroY')}\n"
           f"(0008,0050) AccessionNumber {P('OTHER_ID', 'A' + digits(r, 9))}\n")
    return (f"RIS WORKLIST EXPORT  {c.D(c.vdate, 'Y-mm-dd')}  reading: {c.nm(rad, 'Fg')}, MD\n"
            + table(["Accession", "MRN", "Patient", "Age/Sex", "CPT", "Exam", "Sched", "Ordering"], data, r.choice(["tsv", "csv", "fixed"]))
            + "DICOM header of the first study:\n" + hdr)


RX_LABEL_DRUGS = [("METOPROLOL SUCC ER 25 MG TAB", "TAKE 1 TABLET BY MOUTH DAILY", "00378-4595-01"),
                  ("DONEPEZIL 5 MG TAB", "TAKE 1 TABLET BY MOUTH AT BEDTIME", "00093-7320-56"),
                  ("FUROSEMIDE 20 MG TAB", "TAKE 1 TABLET BY MOUTH EVERY MORNING", "00054-4297-25"),
                  ("APIXABAN 2.5 MG TAB", "TAKE 1 TABLET BY MOUTH TWICE DAILY", "00003-0893-21"),
                  ("LEVOTHYROXINE 50 MCG TAB", "TAKE 1 TABLET BY MOUTH BEFORE BREAKFAST", "00378-1803-01"),
                  ("SERTRALINE 25 MG TAB", "TAKE 1 TABLET BY MOUTH DAILY", "16729-0213-01")]


def b_rx_label(c: C) -> str:
    r = c.rng
    p = c.pt
    pres = c.clin("prescriber", r.choice(["MD", "NP", "DO"]))
    rph = c.clin("pharmacist", "PharmD")
    city, st, z3 = r.choice(US_CITIES)
    drug, sig_, ndc = r.choice(RX_LABEL_DRUGS)
    fill = c.days(-r.randint(0, 10))
    rx = f"{digits(r, 7)}-{r.randint(10, 99)}"
    return (f"{r.choice(['PRAIRIE DRUG', 'BUTTE PHARMACY', 'MAIN STREET RX'])} #{r.randint(10, 99)}  "
            f"{P('ADDRESS', str(r.randint(100, 999)) + ' ' + r.choice(STREETS).upper())}, {P('CITY', city.upper())} {st} {P('ZIP', z3 + f'{r.randint(1, 99):02d}')}  "
            f"{P('PHONE', us_phone(r, '(a) b-c'))}\n"
            f"Rx# {P('OTHER_ID', rx)}        DATE FILLED {c.D(fill, r.choice(['mm/dd/yy', 'mm/dd/Y']))}\n"
            f"{c.nm(p, r.choice(['FGsp', 'caps', 'FG']))}\n" + "\n".join(c.addr_lines(True)) + "\n"
            f"DOB {c.Dob(r.choice(['mm/dd/yy', 'mm/dd/Y']))}   AGE {c.ag(forms=['bare', 'Y', 'yrs'])}\n"
            f"{K('drug', drug)}\n{sig_}\n"
            f"QTY {r.choice([30, 60, 90])}  REFILLS {r.randint(0, 5)}  DISCARD AFTER {c.D(fill.replace(year=fill.year + 1) if not (fill.month == 2 and fill.day == 29) else fill + dt.timedelta(days=365), 'mm/dd/yy')}\n"
            f"NDC {K('code', ndc)}   PRESCRIBER {c.nm(pres, 'FI')}   RPH {c.nm(rph, 'initials')}\n"
            f"AUX: MAY CAUSE DIZZINESS / DO NOT STOP WITHOUT TALKING TO YOUR DOCTOR\n"
            f"[refill line] call {P('PHONE', us_phone(r))} with Rx# {P('OTHER_ID', rx)}\n")


def b_transfusion(c: C) -> str:
    r = c.rng
    p = c.pt
    v1 = c.clin("RN", "RN")
    v2 = c.clin("RN", "RN")
    md = c.clin("ordering physician", r.choice(["MD", "DO"]))
    din = f"W{r.randint(1000, 9999)} {c.vdate.year % 100:02d} {digits(r, 6)} {r.choice('0123456789')}"
    band = f"{digits(r, 4)}-{digits(r, 4)}"
    start = r.randint(8, 18)
    vit = []
    for t, lab in [(0, "Pre"), (15, "15 min"), (120, "Post")]:
        vit.append([lab, f"{start + t // 60:02d}{(t % 60):02d}", K("vital", f"T {r.choice(['98.1', '98.6', '99.0', '99.4'])}"),
                    K("vital", f"HR {r.randint(68, 104)}"), K("vital", f"BP {r.randint(100, 152)}/{r.randint(52, 88)}"),
                    K("vital", f"RR {r.randint(14, 22)}"), K("vital", f"SpO2 {r.randint(90, 99)}%")])
    return (f"TRANSFUSION ADMINISTRATION RECORD\n"
            f"{dots('Patient', c.nm(p, 'FG'))}\n{dots('MRN', P('MRN', c.mrn))}\n{dots('DOB / Age', c.Dob() + ' / ' + c.ag(forms=['bare', 'yrs', 'Y']))}\n"
            f"{dots('Blood bank band #', P('OTHER_ID', band))}\n{dots('ABO/Rh', r.choice(['O POS', 'A NEG', 'B POS', 'A POS']))}   "
            f"Antibody screen: {r.choice(['neg', K('eponym', 'anti-Kell') + ' identified', K('eponym', 'anti-Jka (Kidd)') + ' hx'])}\n"
            f"{dots('Unit (DIN)', P('OTHER_ID', din))}\n{dots('Product', K('code', r.choice(['E0382V00', 'E4546V00', 'E0869V00'])) + ' RBC, leukoreduced')}\n"
            f"{dots('Ordered by', c.nm(md, 'Fg') + ', ' + md.cred)}   indication {K('lab', 'Hgb ' + f'{r.uniform(6.2, 7.4):.1f}' + ' g/dL')}\n"
            f"Verifier 1: {c.nm(v1)}, RN   Verifier 2: {c.nm(v2)}, RN   at bedside {c.D(c.vdate, 'mm/dd/yy HHMM')}\n"
            + table(["Check", "Time", "Temp", "HR", "BP", "RR", "SpO2"], vit, r.choice(["pipe", "box", "fixed"]))
            + f"Reaction: [x] none  [ ] fever  [ ] rash  [ ] dyspnea   Volume {r.choice([250, 300, 320])} mL\n")


def b_anesthesia(c: C) -> str:
    r = c.rng
    p = c.pt
    anes = c.clin("anesthesiologist", "MD")
    crna = c.clin("CRNA", "CRNA")
    surg = c.clin("surgeon", r.choice(["MD", "DO"]))
    cpt, proc = r.choice(OR_PROCS)
    case = f"{c.vdate.year % 100:02d}-{digits(r, 5)}"
    ga = r.choice(["x", " "])
    return (f"INTRAOPERATIVE ANESTHESIA RECORD                          Case # {P('OTHER_ID', case)}\n"
            f"Patient: {pad(c.nm(p, 'FG'), 30)}Age/Sex: {c.ag(forms=SEX_AGES)}    MRN: {P('MRN', c.mrn)}\n"
            f"DOB: {pad(c.Dob(), 33)}Wt: {K('vital', str(r.randint(38, 98)) + ' kg')}  Ht: {K('vital', str(r.randint(148, 182)) + ' cm')}   "
            f"Encounter: {P('ACCOUNT', c.acct)}\n"
            f"Date: {c.D(c.vdate, r.choice(['mm/dd/Y', 'DD-MON-YYYY', 'Y-mm-dd']))}   OR {r.randint(1, 14)}   "
            f"In room {r.randint(7, 15):02d}{r.choice(['05', '20', '42'])}   Anes start {r.randint(7, 15):02d}{r.choice(['10', '31', '55'])}\n"
            f"Procedure: {proc} ({K('code', cpt)})   Surgeon: {c.title(surg)}\n"
            f"Anesthesiologist: {c.nm(anes, 'Fg')}, MD   CRNA: {c.nm(crna)}\n"
            f"ASA {K('score', r.choice(['III', 'III E', 'IV', 'IV E', 'II']))}   {K('eponym', 'Mallampati')} {K('score', r.choice(['II', 'III', 'IV']))}   "
            f"Airway: {K('eponym', 'Cormack-Lehane')} grade {K('score', r.choice(['1', '2a', '2b', '3']))}\n"
            f"[{ga}] GETA  [{'x' if ga == ' ' else ' '}] MAC  [ ] Regional   [x] Pre-op checklist complete   NPO since {r.randint(18, 23)}00\n"
            f"Allergies: {r.choice(['NKDA', 'PCN (rash)', 'sulfa', 'codeine (N/V)'])}   Consent signed by {r.choice(['patient', 'HCPOA'])}"
            + (f" ({c.nm(c.kin(r.choice(['daughter', 'son', 'niece'])), 'gf')})" if c.age >= 85 and r.random() < 0.6 else "") + "\n")


def b_hh_schedule(c: C) -> str:
    r = c.rng
    p = c.pt
    d0 = c.vdate - dt.timedelta(days=c.vdate.weekday())
    disc = {"SN": c.clin("home health RN", "RN"), "PT": c.clin("physical therapist", "PT"), "HHA": c.clin("home health aide", "HHA")}
    if r.random() < 0.5:
        disc["OT"] = c.clin("occupational therapist", "OT")
    days_ = [d0 + dt.timedelta(days=i) for i in range(5)]
    head = ["Disc"] + [f"{DOW3[d.weekday()]} {P('DATE', f'{d.month}/{d.day}')}" for d in days_]
    rows = []
    for k, who in disc.items():
        cells = [k] + [c.nm(who, "FI") if r.random() < 0.45 else "" for _ in days_]
        rows.append(cells)
    ep0 = c.days(-r.randint(5, 40))
    return (f"HOME HEALTH — WEEKLY VISIT SCHEDULE   Week of {c.D(d0, r.choice(['mm/dd/yy', 'Mon d, Y', 'DD-MON-YYYY']))}\n"
            f"Patient: {c.nm(p, 'FG')}   Age {c.ag(forms=HEAD_AGES)}   Episode {c.D(ep0, 'm/d')}–{c.D(ep0 + dt.timedelta(days=59), 'm/d/yy')}\n"
            f"Visit address: {c.addr_inline(', ')}   Ph {P('PHONE', str(c.phone))}   key box {r.randint(1000, 9999)}\n"
            + table(head, rows, r.choice(["pipe", "box", "plus"]))
            + f"M0063 Medicare # {c.mbi_txt() if c.medicare else 'N/A'}   M0065 Medicaid # {P('HEALTH_PLAN', c.mcaid) if r.random() < 0.5 else 'NA'}   "
            f"M0066 Birth date {c.Dob(r.choice(['mm/dd/Y', 'mmddyyyy']))}\n"
            f"Agency on call {P('PHONE', us_phone(r))}; scheduler {c.nm(c.clin('scheduler', 'CMA'), 'gf')}\n")


def b_claims_history(c: C) -> str:
    r = c.rng
    p = c.pt
    rows = []
    for _ in range(r.randint(3, 4)):
        fd = c.days(-r.randint(10, 200))
        icn = f"{fd.year % 100:02d}{fd.timetuple().tm_yday:03d}{digits(r, 8)}"
        billed = r.randint(60, 900)
        rows.append([P("OTHER_ID", icn), P("DATE", fdate(fd, "yyyymmdd")[1]), P("DATE", fdate(fd, "yyyymmdd")[1]), P("OTHER_ID", npi(r)),
                     K("code", r.choice(["99214", "99309", "G0180", "97110", "99349", "T1019"])), K("code", r.choice(DX)[2].replace(".", "")),
                     f"{billed}.00", f"{billed * r.uniform(0.3, 0.8):.2f}", r.choice(["PD", "PD", "DN", "SU"])])
    rid = P("HEALTH_PLAN", c.mcaid)
    return (f"MEDICAID MANAGEMENT INFORMATION SYSTEM   CLAIMS HISTORY   RUN {c.D(c.vdate, 'julian')} {r.randint(0, 5):02d}{r.randint(10, 59)}  PAGE 0001\n"
            f"RECIP ID: {rid}  NAME: {c.nm(p, 'FGsp')}{(' ' + P('NAME', p.middle)) if p.middle else ''}  DOB: {c.Dob('yyyymmdd')}  "
            f"AGE: {c.ag(forms=['zero', 'bare'])}  SEX: {p.sex}\n"
            f"CASE: {P('OTHER_ID', digits(r, 8))}  CO: {r.randint(1, 99):02d}  AID CAT: {r.choice(['AB', 'OA', 'QM', 'LTC'])}  "
            f"TPL: {c.plan.upper()[:18]} POL {c.member_txt()}\n"
            + table(["ICN", "FDOS", "TDOS", "Prov ID", "Proc", "Dx", "Billed", "Paid", "St"], rows, "fixed")
            + f"*** END OF HISTORY FOR RECIP {rid} ***\n")


def b_wristband_queue(c: C) -> str:
    r = c.rng
    p = c.pt
    who = c.clin("registrar", "CMA")
    ts = c.D(c.vdate, "mm/dd/yy HHMM")
    mrn = P("MRN", c.mrn)
    fin = P("ACCOUNT", c.acct)
    zpl = (f"^XA^FO20,20^A0N,30,30^FD{P('NAME', p.family.upper())}, {P('NAME', p.given.upper())}^FS"
           f"^FO20,60^FDMRN {mrn}  FIN {fin}^FS^FO20,95^FDDOB {c.Dob(r.choice(['mm/dd/Y', 'DDMONYYYY']))}  "
           f"{c.ag(forms=['Y', 'zeroY', 'bare', 'yo'])} {p.sex}^FS^FO20,130^BCN,60,N^FD{P('MRN', c.mrn.replace('-', ''))}^FS^XZ")
    out = [f"PRINT QUEUE  {r.choice(['ED-ZEBRA-01', 'REG-WB-03', '4W-ZEBRA-02'])}  job {r.randint(1000, 9999)}  {ts}  user {c.userid()} ({c.nm(who, 'FI')})", zpl]
    for x in [c.row(0.5) for _ in range(2)]:
        out.append(f"job {r.randint(1000, 9999)}  {c.nm(x.p, 'FG')}  {x.sex}  {c.ag(n=x.n, forms=['Y', 'zeroY', 'bare'], sex=x.sex)}  "
                   f"DOB {c.D(x.dob, r.choice(['mm/dd/Y', 'DDMONYYYY']))}  MRN {P('MRN', x.mrn)}  *{P('MRN', x.mrn.replace('-', ''))}*  "
                   f"{r.choice(['PRINTED', 'REPRINT (smudged)', 'PRINTED'])}")
    out.append(f"ALERT BAND: {r.choice(['FALL RISK (yellow)', 'DNR (purple)', 'ALLERGY (red): PCN', 'LIMB ALERT L arm (pink)'])} for {c.nm(p, 'FI')}")
    return "\n".join(out) + "\n"


def b_mailing_labels(c: C) -> str:
    r = c.rng
    rows = c.roster(3, old=0.6)
    labels = []
    for x in rows:
        if x.is_pt:
            lines = [c.nm(x.p, "caps")] + c.addr_lines(True)
            acct = c.acct
        else:
            line, unit = street_line(r)
            city, st, z3 = r.choice(US_CITIES)
            lines = [c.nm(x.p, "caps"), P("ADDRESS", line.upper()) + ((" " + P("ADDRESS", unit.upper())) if unit else ""),
                     P("CITY", city.upper()) + f" {st} " + P("ZIP", z3 + f"{r.randint(1, 99):02d}")]
            acct = digits(r, 10)
        lines.insert(0, f"ACCT {P('ACCOUNT', acct)}")
        labels.append(lines)
    w = max(width(l) for lab in labels for l in lab) + 4
    out = [f"BATCH {r.choice(['APPT REMINDERS', 'STATEMENTS', 'MILESTONE BIRTHDAY CARDS', 'SURVEY'])}  {c.D(c.vdate, 'mm-dd-yy')}  3-UP  (Avery 5160)"]
    for i in range(4):
        out.append("".join(pad(lab[i], w) if i < len(lab) else " " * w for lab in labels).rstrip())
    data = [[c.nm(x.p, "Fg"), c.ag(n=x.n, forms=CELL_AGES, sex=x.sex), c.D(x.dob, r.choice(["mm/dd/Y", "Y-mm-dd", "DDMONYYYY"]))] for x in rows]
    out.append("Merge source:")
    return "\n".join(out) + "\n" + table(["Name", "Age", "DOB"], data, r.choice(["csv", "tsv", "pipe"])) + \
        f"RETURNED: {c.nm(r.choice(rows).p, 'FGsp')} — {r.choice(['NO SUCH NUMBER', 'ATTEMPTED NOT KNOWN', 'FORWARD EXPIRED'])} {c.D(c.days(-r.randint(5, 30)), 'mm/dd/yy')}\n"


def b_day_sheet(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(4, 5), old=0.55)
    prov = c.clin("clinic physician", r.choice(["MD", "DO", "NP"]))
    data = []
    for i, x in enumerate(rows):
        t = f"{8 + i}:{r.choice(['00', '15', '30', '45'])}"
        ins = r.choice(["MCR", "MCR/MCD", "MA-HMO", "COMM", "SELF"])
        data.append([t, c.nm(x.p, r.choice(["Fg", "FG", "Fi"])), c.ag(n=x.n, forms=SEX_AGES + ["yo sx"], sex=x.sex), P("MRN", x.mrn),
                     r.choice(["F/U", "NEW", "AWV", "TCM", "INR"]), ins, r.choice(["$0", "$20", "$35", "—"])])
    return (f"{c.fac.upper()} — {r.choice(['GERIATRICS', 'FAMILY MED', 'INTERNAL MED'])} DAY SHEET  "
            f"{DOW3[c.vdate.weekday()]} {c.D(c.vdate, r.choice(['mm/dd/Y', 'Mon-dd-Y', 'Y.mm.dd']))}   Provider: {c.nm(prov, 'Fg')}, {prov.cred}\n"
            + table(["Time", "Patient", "Age/Sx", "MRN", "Type", "Ins", "Copay"], data, r.choice(["fixed", "pipe", "tsv", "box"]))
            + f"Walk-in added: {c.nm(c.pt, 'family')} (see above) — interpreter {r.choice(['requested', 'not needed'])}\n")


def b_or_schedule(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(3, 4), old=0.55)
    data = []
    for i, x in enumerate(rows):
        cpt, proc = r.choice(OR_PROCS)
        surg = c.clin("surgeon", r.choice(["MD", "DO"]), team=x.is_pt)
        data.append([f"OR {r.randint(1, 12)}", f"{7 + 2 * i:02d}:{r.choice(['30', '45', '00'])}", c.nm(surg, "FI"), c.nm(x.p, r.choice(["Fg", "FG", "Fi"])),
                     c.ag(n=x.n, forms=SEX_AGES + CELL_AGES[:4], sex=x.sex), f"{proc} ({K('code', cpt)})", r.choice(["GA", "MAC", "SAB"]),
                     P("OTHER_ID", f"{c.vdate.year % 100:02d}-{digits(r, 5)}")])
    return (f"OPERATING ROOM SCHEDULE — {c.D(c.vdate, r.choice(['Month d, Y', 'DD-MON-YYYY', 'mm/dd/Y']))} (final, printed 1830 day prior)\n"
            + table(["Room", "Start", "Surgeon", "Patient", "Age/Sex", "Procedure", "Anes", "Case #"], data, r.choice(["fixed", "box", "pipe", "tsv"]))
            + f"Add-on: {c.nm(c.pt, 'Fg')} {c.ag(forms=SEX_AGES)} — consent per {r.choice(['patient', 'POA'])}; pre-op {K('lab', 'Hgb ' + f'{r.uniform(8, 13):.1f}')}\n")


def b_mar(c: C) -> str:
    r = c.rng
    p = c.pt
    nurses = [c.clin("RN", r.choice(["RN", "LPN"])) for _ in range(2)]
    meds = r.sample(MEDS, 4)
    rows = []
    for m in meds:
        cells = [K("drug", m)] + [c.nm(r.choice(nurses), "initials") if r.random() < 0.6 else r.choice(["", "H", "R"]) for _ in range(3)]
        rows.append(cells)
    d = c.vdate
    return (f"MEDICATION ADMINISTRATION RECORD   {c.D(d, r.choice(['mm/dd/Y', 'DDMONYYYY']))} 0700 – {c.D(d + dt.timedelta(days=1), r.choice(['mm/dd/Y', 'DDMONYYYY']))} 0659\n"
            f"{dots('Patient', c.nm(p, 'FG'))}   {dots('Rm', str(r.randint(100, 499)) + r.choice('AB'), 4)}\n"
            f"{dots('Age', c.ag(forms=HEAD_AGES))}   {dots('Wt', K('vital', str(r.randint(38, 96)) + ' kg'), 4)}   Allergies: {r.choice(['NKDA', 'PCN', 'sulfa'])}\n"
            f"{dots('MRN', P('MRN', c.mrn))}   {dots('Acct', P('ACCOUNT', c.acct), 4)}\n"
            + table(["Medication", "0900", "1300", "2100"], rows, r.choice(["box", "pipe", "plus", "fixed"]))
            + "Initials: " + "; ".join(f"{c.nm(n, 'initials')} = {c.nm(n, 'gf')}, {n.cred}" for n in nurses)
            + "   H = held, R = refused\n")


def b_cart_fill(c: C) -> str:
    r = c.rng
    rows = c.roster(r.randint(4, 5), old=0.55)
    tech = c.clin("pharmacy technician", "CPhT")
    rph = c.clin("pharmacist", "PharmD")
    data = []
    for x in rows:
        data.append([f"{x.room}-{r.choice('AB')}", c.nm(x.p, r.choice(["FG", "Fi", "FGsp"])), c.ag(n=x.n, forms=CELL_AGES, sex=x.sex), P("MRN", x.mrn),
                     K("drug", r.choice(MEDS)), str(r.randint(1, 4))])
    return (f"UNIT DOSE CART FILL — {r.choice(['4W', '5E', 'TCU', 'ONC'])} — fill for {c.D(c.days(1), r.choice(['mm/dd/yy', 'DDMONYY', 'Y-mm-dd']))} 24h\n"
            + table(["Rm-Bed", "Patient", "Age", "MRN", "Item", "Qty"], data, r.choice(["fixed", "tsv", "csv", "pipe"]))
            + f"Filled by {c.nm(tech, 'FI')} ({tech.cred})   checked by {c.nm(rph, 'Fg')}, {rph.cred}   "
            f"{c.D(c.vdate, 'mm/dd/yy HHMM')}\n")


def _ip(r) -> str:
    return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}" if r.random() < 0.6 else \
        f"{r.randint(24, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def b_audit_log(c: C) -> str:
    r = c.rng
    p = c.pt
    role, cred = r.choice([("RN", "RN"), ("physician", "MD"), ("pharmacist", "PharmD")])
    users = [(c.clin(role, cred), "PROVIDER_NAME"),
             (c.other(), "NAME"), (c.clin("RN", "RN"), "PROVIDER_NAME")]
    rows = []
    for u, cat in users:
        for _ in range(r.choice([1, 2])):
            d = c.days(-r.randint(0, 20))
            ts = r.choice(["iso Z", "Y-mm-dd HH:MM:SS", "iso"])
            rows.append([c.D(d, ts), c.userid(), c.nm(u, "Fg", cat=cat), "clerk" if cat == "NAME" else u.role, f"WS-{alnum(r, 5, UPPER + '0123456789')}",
                         P("IP", _ip(r)), P("MRN", c.mrn), r.choice(["VIEW", "PRINT", "EDIT", "VIEW", "EXPORT"]), r.choice(["Chart Review", "Demographics", "MAR", "Notes"])])
    rows.sort(key=lambda x: plain(x[0]))
    return (f"ACCESS AUDIT EXTRACT — patient {c.nm(p, 'FG')}, MRN {P('MRN', c.mrn)}, age {c.ag(forms=['bare', 'yrs'])}, "
            f"VIP/confidential flag {r.choice(['Y', 'N'])}\nrequested by privacy office {c.D(c.vdate, 'mm/dd/Y')}; ticket {P('OTHER_ID', 'PRV-' + digits(r, 6))}\n"
            + table(["timestamp", "user_id", "user_name", "role", "workstation", "ip", "patient_mrn", "action", "module"], rows, r.choice(["csv", "tsv"]))
            + f"Finding: {r.choice(['no access outside the care team', 'one access by a clerk without a registration task — referred', 'all accesses explained'])}.\n")


def b_morgue(c: C) -> str:
    r = c.rng
    c.deceased = True
    rows = c.roster(r.randint(3, 4), old=0.65)
    data = []
    for x in rows:
        din = c.days(-r.randint(0, 3))
        md = c.clin("pronouncing physician", r.choice(["MD", "DO", "NP"]), team=x.is_pt)
        data.append([c.D(din, r.choice(["mm/dd/yy", "DDMONYY", "m/d"])) + f" {r.randint(0, 23):02d}{r.randint(0, 59):02d}",
                     c.nm(x.p, r.choice(["FG", "Fg"])), c.ag(n=x.n, forms=["bare", "bare", "Y", "yrs"], sex=x.sex), x.sex, P("MRN", x.mrn),
                     c.nm(md, "FI"), r.choice(["Hillcrest FH", "Lindgren & Sons", "Prairie Rest", "ME hold", "Anatomical gift"]),
                     c.D(din + dt.timedelta(days=r.randint(0, 2)), r.choice(["mm/dd/yy", "m/d"])) if r.random() < 0.7 else ""])
    x = next(x for x in rows if x.is_pt)
    nok = c.kin(r.choice(["daughter", "son", "niece", "nephew"]) if c.age > 60 else r.choice(["sister", "brother", "wife" if c.pt.sex == "M" else "husband"]))
    return (f"DECEDENT REGISTER — {c.fac} morgue — page {r.randint(12, 48)}\n"
            + table(["In", "Decedent", "Age", "Sx", "MRN", "Pronounced", "Released to", "Rel. date"], data, r.choice(["box", "fixed", "pipe", "plus"]))
            + f"{c.nm(x.p, 'Fg')}: age at death {c.ag(form='bare')}; NOK {c.nm(nok)} ({c.relw(nok)}) "
            f"{P('PHONE', c.relph(nok).fmt('(a) b-c'))}; tag # {P('OTHER_ID', 'D' + digits(r, 5))}; "
            f"belongings to NOK {c.D(c.vdate, r.choice(['mm/dd/yy', 'DDMONYY']))}\n")


BODIES = {
    "HL7 ADT message excerpt": b_hl7adt,
    "HL7 result message excerpt": b_hl7oru,
    "eligibility response (271) excerpt": b_x12_271,
    "professional claim (837P) excerpt": b_x12_837,
    "C-CDA document fragment": b_ccda,
    "FHIR resource export": b_fhir,
    "hospice IDT roster": b_hospice_idt,
    "nursing home daily census": b_nh_census,
    "ward whiteboard transcription": b_whiteboard,
    "specimen label printout": b_specimen_labels,
    "radiology worklist export": b_rad_worklist,
    "prescription label text": b_rx_label,
    "transfusion administration record": b_transfusion,
    "intraoperative anesthesia record header": b_anesthesia,
    "home health visit schedule": b_hh_schedule,
    "claims history printout": b_claims_history,
    "wristband print queue": b_wristband_queue,
    "mailing label batch": b_mailing_labels,
    "clinic day sheet": b_day_sheet,
    "operating room daily schedule": b_or_schedule,
    "medication administration record printout": b_mar,
    "unit dose cart fill list": b_cart_fill,
    "EHR access audit log extract": b_audit_log,
    "decedent register": b_morgue,
}
# age range and share of patients over 89
AGE_RANGE = {t: ((45, 105), 0.62) for t in BODIES}
AGE_RANGE.update({"hospice IDT roster": ((60, 106), 0.7), "nursing home daily census": ((65, 106), 0.7),
                  "decedent register": ((55, 106), 0.7), "home health visit schedule": ((60, 104), 0.65),
                  "EHR access audit log extract": ((40, 104), 0.55), "prescription label text": ((40, 104), 0.55)})
# types that are machine text or a label and take no header of their own
NO_HEADER = {"HL7 ADT message excerpt", "HL7 result message excerpt", "eligibility response (271) excerpt",
             "professional claim (837P) excerpt", "C-CDA document fragment", "FHIR resource export", "specimen label printout",
             "prescription label text", "wristband print queue", "claims history printout", "mailing label batch"}
LETTERS: set[str] = set()

# ---------------------------------------------------------------- word uses of names and towns in the note

WORD_USE = {
    "tulip": f"Granddaughter brought {K('word', 'tulip')} bulbs for the window box.",
    "velvet": f"Prefers the {K('word', 'velvet')} lap blanket from home.",
    "ember": f"An {K('word', 'ember')} from the wood stove scorched the rug last winter; smoke alarm tested.",
    "dash": f"Adds a {K('word', 'dash')} of salt despite the 2 g sodium diet.",
    "sitter": f"Night {K('word', 'sitter')} requested for fall risk.",
    "gurney": f"Transported by {K('word', 'gurney')} to imaging.",
    "pillow": f"{K('word', 'Pillow')} under the calves to float the heels.",
    "splint": f"Resting hand {K('word', 'splint')} on at night.",
    "sling": f"Arm {K('word', 'sling')} for comfort after the fall.",
    "cradle": f"Bed {K('word', 'cradle')} keeps the sheet off the feet.",
    "bolster": f"Wedge {K('word', 'bolster')} for 30° lateral turns q2h.",
    "chambers": f"Echo: all four {K('word', 'chambers')} normal in size.",
    "richmond": f"{K('eponym', 'Richmond Agitation-Sedation Scale')} {K('score', '-1')} at 0400.",
    "mallampati": f"Airway {K('eponym', 'Mallampati')} class {K('score', 'III')}.",
    "karnofsky": f"{K('eponym', 'Karnofsky Performance Status')} {K('score', '40%')}.",
    "lehane": f"{K('eponym', 'Cormack-Lehane')} grade {K('score', '2a')} on the last intubation.",
    "padua": f"{K('eponym', 'Padua Prediction Score')} {K('score', '5')}; prophylaxis ordered.",
    "killip": f"{K('eponym', 'Killip class')} {K('score', 'II')} on arrival.",
    "trendelenburg": f"Placed in {K('eponym', 'Trendelenburg position')} for the line.",
    "groshong": f"{K('eponym', 'Groshong catheter')} flushed, dressing dry.",
}
