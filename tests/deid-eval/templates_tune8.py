"""Note templates of the tune8 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or
K(kind, text) (keep). These wrap the text in control characters that generate_tune8.py
strips while it records the offsets. Everything here is invented.
"""

from __future__ import annotations

import datetime as dt

# ---------------------------------------------------------------- mark-up

def P(cat: str, s: str) -> str:
    assert s and s == s.strip() and not any(c in s for c in "\x01\x02\x03\x04"), (cat, s)
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    assert s and s == s.strip(), (kind, s)
    return f"\x04{kind}\x02{s}\x03"


# ---------------------------------------------------------------- check digits

def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
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
    second = surname[0].upper() if surname[:1].isascii() and surname[:1].isalpha() else "X"
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
    wmi = rng.choice(["1FT", "2HG", "3VW", "4T1", "5YJ", "JTD", "KMH", "1GC", "WBA", "1C6"])
    body = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("HJKLMNPRS")
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
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}"


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def digits(rng, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def alnum(rng, n: int, chars: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def ocr(s: str, rng) -> str:
    """O for 0 and l for 1, at least once when the text has a 0 or a 1."""
    idx = [i for i, c in enumerate(s) if c in "01"]
    if not idx:
        return s
    pick = set(rng.sample(idx, max(1, len(idx) // 2)))
    return "".join(("O" if c == "0" else "l") if i in pick else c for i, c in enumerate(s))


# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
PT_MON = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
CY_MON = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
          "Hydref", "Tachwedd", "Rhagfyr"]
EU_MON = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren",
          "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]
KA_MON = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
          "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
TA_MON = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்",
          "அக்டோபர்", "நவம்பர்", "டிசம்பர்"]
KM_MON = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
          "វិច្ឆិកា", "ធ្នូ"]
SO_MON = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Agoosto",
          "Sebtembar", "Oktoobar", "Nofeembar", "Desembar"]
ET_MON = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ",
          "ሐምሌ", "ነሐሴ", "ጳጉሜ"]
KM_DIG = "០១២៣៤៥៦៧៨៩"
MY_DIG = "၀၁၂၃၄၅၆၇၈၉"


def tr_digits(s: str, table: str) -> str:
    return "".join(table[int(c)] if c.isdigit() else c for c in s)


def ethiopic(d: dt.date) -> tuple[int, int, int]:
    epoch = 2796

    def fixed(y, m, dd):
        return epoch - 1 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + dd

    r = d.toordinal()
    y = (4 * (r - epoch) + 1463) // 1461
    m = (r - fixed(y, 1, 1)) // 30 + 1
    return y, m, r + 1 - fixed(y, m, 1)


def excel_serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


# new date forms of this split (plus a few common ones for plain prose)
DATE_STYLES = ["dMonyy", "Y-Mon-d", "d Month, Y", "dth Month, Y", "m.d.Y", "d/roman/yy", "d/ptmon/Y",
               "MON/dd/Y", "mm/dd/Y", "Month d, Y", "Y-mm-dd", "Mon d, Y", "d-Mon-Y"]
FOREIGN_DATE = ["cy", "eu", "ka", "ta", "km", "my", "so", "et", "mn"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fdate(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "dMonyy": f"{dd:02d}{MON[m-1][:3]}{y % 100:02d}",
        "Y-Mon-d": f"{y}-{MON[m-1][:3]}-{dd:02d}",
        "d Month, Y": f"{dd} {MON[m-1]}, {y}",
        "dth Month, Y": f"{ordinal(dd)} {MON[m-1]}, {y}",
        "m.d.Y": f"{m}.{dd}.{y}",
        "d/roman/yy": f"{dd}/{ROMAN[m-1]}/{y % 100:02d}",
        "d/ptmon/Y": f"{dd:02d}/{PT_MON[m-1]}/{y}",
        "MON/dd/Y": f"{MON[m-1][:3].upper()}/{dd:02d}/{y}",
        "mm/dd/Y": f"{m:02d}/{dd:02d}/{y}",
        "Month d, Y": f"{MON[m-1]} {dd}, {y}",
        "Y-mm-dd": f"{y}-{m:02d}-{dd:02d}",
        "Mon d, Y": f"{MON[m-1][:3]} {dd}, {y}",
        "d-Mon-Y": f"{dd:02d}-{MON[m-1][:3]}-{y}",
        "ymd8": f"{y}{m:02d}{dd:02d}",
        "yy.ddd": f"{y % 100:02d}.{d.timetuple().tm_yday:03d}",
        "excel": str(excel_serial(d)),
        "ocr": None,
        "dd/mm/Y": f"{dd:02d}/{m:02d}/{y}",
        "cy": f"{dd} {CY_MON[m-1]} {y}",
        "eu": f"{y}ko {EU_MON[m-1]} {dd}a",
        "ka": f"{dd} {KA_MON[m-1]} {y}",
        "ta": f"{dd} {TA_MON[m-1]} {y}",
        "km": tr_digits(f"{dd} ខែ{KM_MON[m-1]} ឆ្នាំ{y}", KM_DIG),
        "my": tr_digits(f"{dd}.{m}.{y}", MY_DIG),
        "so": f"{dd} {SO_MON[m-1]} {y}",
        "mn": f"{y} оны {m} сарын {dd}",
        "et": None,
    }[style] or _special(d, style)


def _special(d: dt.date, style: str) -> str:
    if style == "et":
        ey, em, ed = ethiopic(d)
        return f"{ET_MON[em-1]} {ed} ቀን {ey} ዓ.ም."
    raise KeyError(style)


def ocr_date(d: dt.date, rng) -> str:
    return ocr(f"{d.month:02d}/{d.day:02d}/{d.year}", rng)


# ---------------------------------------------------------------- ages written in other languages

AGE_LANG = [("{n} oed", "Welsh"), ("{n} urte", "Basque"), ("{n} წლის", "Georgian"),
            ("{n} வயது", "Tamil"), ("{km} ឆ្នាំ", "Khmer"), ("{my} နှစ်", "Burmese"),
            ("{n} настай", "Mongolian"), ("{n} ዓመት", "Amharic"), ("{n} taona", "Malagasy"),
            ("{n} yaşında", "Turkish")]


def age_lang(n: int, rng) -> tuple[str, str]:
    f, lang = rng.choice(AGE_LANG)
    return f.format(n=n, km=tr_digits(str(n), KM_DIG), my=tr_digits(str(n), MY_DIG)), lang


# ---------------------------------------------------------------- phones

def us_number(rng) -> tuple[str, str, str]:
    area = rng.choice(["308", "218", "505", "928", "808", "907", "307", "641", "318", "775", "208",
                       "207", "603", "334", "229", "270", "417", "701", "509", "541", "715", "906",
                       "765", "740", "814", "315", "802", "301", "304", "361", "432", "580", "785"])
    return area, str(rng.randint(200, 989)), f"{rng.randint(0, 9999):04d}"


US_PHONE_STYLES = ["a b-c sp", "a·b·c", "1abc", "(a) b-c", "a-b-c", "+1 a.b.c", "(a)-b.c", "a.b.c"]


def us_phone(rng, style: str | None = None) -> str:
    a, b, c = us_number(rng)
    style = style or rng.choice(US_PHONE_STYLES)
    return {"a b-c sp": f"{a} {b}-{c}", "a·b·c": f"{a}·{b}·{c}", "1abc": f"1{a}{b}{c}",
            "(a) b-c": f"({a}) {b}-{c}", "a-b-c": f"{a}-{b}-{c}", "+1 a.b.c": f"+1 {a}.{b}.{c}",
            "(a)-b.c": f"({a})-{b}.{c}", "a.b.c": f"{a}.{b}.{c}"}[style]


def foreign_phone(rng) -> tuple[str, str]:
    n = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    return rng.choice([
        (f"+995 5{n(2)} {n(2)} {n(2)} {n(2)}", "Georgia"),
        (f"+95 9 {n(3)} {n(3)} {n(3)}", "Myanmar"),
        (f"+679 9{n(2)} {n(4)}", "Fiji"),
        (f"+689 87 {n(2)} {n(2)} {n(2)}", "French Polynesia"),
        (f"+291 7 {n(3)} {n(3)}", "Eritrea"),
        (f"+256 77{n(1)} {n(6)}", "Uganda"),
        (f"+250 78{n(1)} {n(3)} {n(3)}", "Rwanda"),
        (f"+975 17 {n(2)} {n(2)} {n(2)}", "Bhutan"),
        (f"+675 7{n(3)} {n(4)}", "Papua New Guinea"),
        (f"+261 34 {n(2)} {n(3)} {n(2)}", "Madagascar"),
        (f"+976 99{n(2)} {n(4)}", "Mongolia"),
        (f"+855 12 {n(3)} {n(3)}", "Cambodia"),
        (f"+34 943 {n(3)} {n(3)}", "Spain (Gipuzkoa)"),
        (f"+44 1286 {n(6)}", "Wales"),
        (f"+1 403-{n(3)}-{n(4)}", "Alberta"),
        (f"+234 803 {n(3)} {n(4)}", "Nigeria"),
        (f"+63 917 {n(3)} {n(4)}", "Philippines"),
        (f"+55 61 9{n(4)}-{n(4)}", "Brazil"),
        (f"+91 80 {n(4)} {n(4)}", "India"),
        (f"+61 2 6{n(3)} {n(4)}", "Australia"),
    ])


# ---------------------------------------------------------------- names

class Person:
    def __init__(self, given, family, script=None, sex="F", cred=None, role=None, nick=None,
                 family_first=False, base_given=None):
        self.given, self.family, self.script, self.sex = given, family, script, sex
        self.cred, self.role, self.nick, self.family_first = cred, role, nick, family_first
        self.mutated = None

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"

    def fhir(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family, "given": self.given.split()}]
        if self.script:
            fam, giv = self.script
            txt = f"{fam}{giv}" if " " not in fam + giv and _cjk_like(fam) else f"{giv} {fam}"
            out.append({"text": txt, "family": fam, "given": [giv]})
        return out


def _cjk_like(s: str) -> bool:
    return all(0x2E80 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in s)


# (given, family, (family_in_script, given_in_script) or None, sex)
PT_POOL = [
    ("Maricel", "Dimaculangan", None, "F"), ("Jericho", "Panganiban", None, "M"),
    ("Rowena", "Lacsamana", None, "F"), ("Rodelio", "Tolentino", None, "M"),
    ("Divina", "Buenaventura", None, "F"),
    ("Teiki", "Tetuanui", None, "M"), ("Hinano", "Teriierooiterai", None, "F"),
    ("Losana", "Vunibobo", None, "F"), ("Jone", "Ratuvou", None, "M"),
    ("Jovita", "Taitague", None, "F"), ("Manaia", "Tuilagi", None, "M"),
    ("Hodan", "Warsame", None, "F"), ("Abdirahman", "Guleed", None, "M"), ("Faadumo", "Jimcaale", None, "F"),
    ("Tigist", "Alemayehu", ("አለማየሁ", "ትዕግሥት"), "F"), ("Dawit", "Tesfaye", ("ተስፋዬ", "ዳዊት"), "M"),
    ("Meseret", "Bekele", ("በቀለ", "መሠረት"), "F"),
    ("Kavitha", "Subramanian", ("சுப்பிரமணியன்", "கவிதா"), "F"),
    ("Murugan", "Arumugam", ("ஆறுமுகம்", "முருகன்"), "M"),
    ("Nino", "Beridze", ("ბერიძე", "ნინო"), "F"), ("Giorgi", "Kapanadze", ("კაპანაძე", "გიორგი"), "M"),
    ("Tamar", "Lomidze", ("ლომიძე", "თამარ"), "F"),
    ("Sokha", "Chea", ("ជា", "សុខា"), "F"), ("Dara", "Pich", ("ពេជ្រ", "ដារា"), "M"),
    ("Somphone", "Vongsa", ("ວົງສາ", "ສົມພອນ"), "F"), ("Khamla", "Sisouk", ("ສີສຸກ", "ຄຳຫຼ້າ"), "M"),
    ("Thiri", "Win", ("ဝင်း", "သီရိ"), "F"),
    ("Batbayar", "Dorj", ("Дорж", "Батбаяр"), "M"), ("Oyuunchimeg", "Ganbold", ("Ганболд", "Оюунчимэг"), "F"),
    ("Itziar", "Etxeberria", None, "F"), ("Aitor", "Goikoetxea", None, "M"),
    ("Garazi", "Olaizola", None, "F"), ("Iñaki", "Arrizabalaga", None, "M"),
    ("Dafydd", "Prys", None, "M"), ("Mair", "Tudur", None, "F"), ("Gwenllian", "Rhys", None, "F"),
    ("Bedwyr", "Llwyd", None, "M"), ("Llinos", "Gruffydd", None, "F"),
    ("Maiv Nyiaj", "Xyooj", None, "F"), ("Tooj", "Vaj", None, "M"), ("Nplias", "Lis", None, "F"),
    ("Nizhóní", "Yázzie", None, "F"), ("Ahiga", "Tsinajinnie", None, "M"), ("Dezbah", "Bégaye", None, "F"),
    ("Adébáyọ̀", "Ọlátúnjí", None, "M"), ("Fọláṣadé", "Àdìgún", None, "F"),
    ("Olúwaṣeun", "Akínyẹmí", None, "M"),
    ("Amadu", "Balde", ("ADLAM:balde", "ADLAM:amadu"), "M"), ("Kadiatu", "Jallow", ("ADLAM:jallow", "ADLAM:kadiatu"), "F"),
    ("Sumi", "Murmu", ("ᱢᱩᱨᱢᱩ", "ᱥᱩᱢᱤ"), "F"), ("Mani", "Hansda", ("ᱦᱟᱱᱥᱫᱟ", "ᱢᱟᱱᱤ"), "M"),
    ("Hery", "Rakotondrabe", None, "M"), ("Voahangy", "Andrianarivelo", None, "F"),
    ("Amaru", "Huamaní", None, "M"), ("Illari", "Ccori", None, "F"),
    ("Claudine", "Mukamana", None, "F"), ("Jean-Bosco", "Niyonzima", None, "M"),
    ("Chaltu", "Gemechu", None, "F"), ("Lensa", "Tolasa", None, "F"),
    ("Aigerim", "Seitkali", ("Сейтқали", "Айгерім"), "F"),
    ("Elle Márjá", "Gaup", None, "F"), ("Achol", "Deng", None, "F"), ("Majok", "Garang", None, "M"),
    ("Batu", "Sükhbaatar", ("ᠰᠦᠬᠡᠪᠠᠭᠠᠲᠤᠷ", "ᠪᠠᠲᠤ"), "M"),
]

# others: relatives, bystanders (given, family, sex)
GIVEN_F = ["Rosalind", "Evangeline", "Marguerite", "Odalys", "Nerys", "Ffion", "Ainhoa", "Leilani",
           "Aroha", "Salote", "Ikram", "Sagal", "Hiwot", "Selamawit", "Meenakshi", "Lakshmi", "Eka",
           "Ketevan", "Sreymom", "Bounmy", "Nandar", "Enkhjargal", "Malia", "Imelda", "Corazon",
           "Perpetua", "Ifeoluwa", "Yewande", "Nyokabi", "Wambui", "Zuzana", "Henrietta", "Philippa",
           "Cordelia", "Winifred", "Bernadette", "Gwendolyn", "Mildred", "Loretta", "Agnieszka"]
GIVEN_M = ["Ignatius", "Cornelius", "Barnaby", "Thaddeus", "Ieuan", "Gorka", "Kepa", "Keoni",
           "Sione", "Liban", "Yonas", "Tewodros", "Senthil", "Rajendran", "Levan", "Zurab", "Vuthy",
           "Phonesavanh", "Zaw", "Tömörbaatar", "Rogelio", "Efren", "Babatunde", "Chukwudi", "Kamau",
           "Leopold", "Braxton", "Lennox", "Gunner", "Herb", "Dalibor", "Augustin", "Wendell", "Lucius"]
FAMILY = ["Ashcombe", "Beauchamp", "Calloway", "Dunleavy", "Ellsworth", "Fairweather", "Greenhalgh",
          "Hollingsworth", "Iredale", "Jessop", "Kilbride", "Lockhart", "Merriweather", "Northcott",
          "Ockenden", "Pemberton", "Quartermaine", "Rushworth", "Stanhope", "Thistlewood", "Underhill",
          "Vanterpool", "Wetherby", "Yarborough", "Zabriskie", "Aguinaldo", "Bautista", "Camacho",
          "Farah", "Hirsi", "Tadesse", "Girma", "Ramaswamy", "Natarajan", "Tsereteli", "Chhim",
          "Phommachanh", "Tun", "Erdene", "Urrutia", "Zubizarreta", "Vaughan-Jones", "Yang-Moua",
          "Benally", "Oyelaran", "Oduya", "Wanyama", "Mwangi", "Kowalczyk", "Szabo"]

CLIN_POOL = [("Rhiannon", "Pryce"), ("Tevita", "Fifita"), ("Lwazi", "Dlamini"), ("Ingrid", "Solberg"),
             ("Parisa", "Tehrani"), ("Nkemdirim", "Eze"), ("Haruto", "Sasaki"), ("Ximena", "Ocampo"),
             ("Bogdan", "Kravets"), ("Svetlana", "Orlova"), ("Ewurabena", "Mensah"), ("Kalani", "Akana"),
             ("Ioana", "Petrescu"), ("Matías", "Irigoyen"), ("Anahera", "Ngata"), ("Deepa", "Raghunathan"),
             ("Sunil", "Kasturi"), ("Yerlan", "Abenov"), ("Wanjiru", "Kamau"), ("Thandeka", "Mokoena"),
             ("Farid", "Haddad"), ("Olena", "Hnatiuk"), ("Charlotte", "Ashby"), ("Declan", "Furlong"),
             ("Marisol", "Aranda"), ("Kwabena", "Ofori"), ("Priscila", "Tavares"), ("Ulla", "Lindqvist"),
             ("Eitan", "Shapira"), ("Jovan", "Petrović"), ("Siosaia", "Vake"), ("Mariam", "Chikovani"),
             ("Thulasi", "Ravindran"), ("Bolortuya", "Tserendorj"), ("Ane", "Lasarte"), ("Hefin", "Morgan")]

ADLAM = {"a": 0, "d": 1, "l": 2, "m": 3, "b": 4, "s": 5, "p": 6, "r": 8, "e": 9, "f": 10, "i": 11,
         "o": 12, "w": 15, "n": 16, "k": 17, "y": 18, "u": 19, "j": 20, "c": 21, "h": 22, "g": 24, "t": 26}


def adlam(word: str) -> str:
    out = []
    for i, ch in enumerate(word):
        base = 0x1E900 if i == 0 else 0x1E922
        out.append(chr(base + ADLAM[ch]))
    return "".join(out)


def make_patient(rng) -> Person:
    g, f, sc, sex = rng.choice(PT_POOL)
    if sc and sc[0].startswith("ADLAM:"):
        sc = (adlam(sc[0][6:]), adlam(sc[1][6:]))
    p = Person(g, f, sc, sex)
    return p


def make_other(rng, sex=None, family=None) -> Person:
    sex = sex or rng.choice("FM")
    g = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
    return Person(g, family or rng.choice(FAMILY), None, sex)


CREDS = ["MD", "DO", "NP", "PA-C", "RN", "BSN, RN", "MBBS", "FNP-BC"]


def make_clin(rng, used: set, cred=None, role="attending") -> Person:
    while True:
        g, f = rng.choice(CLIN_POOL)
        if f not in used:
            used.add(f)
            return Person(g, f, None, "F", cred or rng.choice(CREDS), role)


# ---------------------------------------------------------------- places

US_CITIES = [("Kearney", "NE", "688"), ("Bemidji", "MN", "566"), ("Gallup", "NM", "873"),
             ("Chinle", "AZ", "865"), ("Hilo", "HI", "967"), ("Nome", "AK", "997"), ("Laramie", "WY", "820"),
             ("Ottumwa", "IA", "525"), ("Natchitoches", "LA", "714"), ("Elko", "NV", "898"),
             ("Pocatello", "ID", "832"), ("Bangor", "ME", "044"), ("Keene", "NH", "034"),
             ("Dothan", "AL", "363"), ("Valdosta", "GA", "316"), ("Paducah", "KY", "420"),
             ("Joplin", "MO", "648"), ("Minot", "ND", "587"), ("Yakima", "WA", "989"),
             ("Klamath Falls", "OR", "976"), ("Eau Claire", "WI", "547"), ("Marquette", "MI", "498"),
             ("Muncie", "IN", "473"), ("Zanesville", "OH", "437"), ("Altoona", "PA", "166"),
             ("Utica", "NY", "135"), ("Rutland", "VT", "057"), ("Hagerstown", "MD", "217"),
             ("Beckley", "WV", "258"), ("Kingsville", "TX", "783"), ("Enid", "OK", "737"),
             ("Salina", "KS", "674")]
# towns that are ordinary or clinical words, with the word use the note makes of them
WORD_TOWNS = [("Colon", "MI", "49040", "colon"), ("Shiner", "TX", "77984", "shiner"),
              ("Spur", "TX", "79370", "spur"), ("Humble", "TX", "77338", "humble"),
              ("Okay", "OK", "74446", "okay"), ("Panic", "PA", "15864", "panic"),
              ("Relief", "KY", "41463", "relief"), ("Difficult", "TN", "37030", "difficult"),
              ("Ordinary", "KY", "41174", "ordinary"), ("Bliss", "ID", "83314", "bliss"),
              ("Ottawa", "KS", "66067", "Ottawa"), ("Cut Off", "LA", "70345", "cut off")]
WORD_TOWN_USE = {
    "colon": "no {w} polyps on the last scope", "shiner": "a small {w} under the left eye",
    "spur": "a calcaneal {w} on the old film", "humble": "was {w} about the progress",
    "okay": "says the plan is {w} with her", "panic": "denies {w} attacks",
    "relief": "reports {w} with rest", "difficult": "no history of {w} IV access",
    "ordinary": "an {w} day for the family", "bliss": "described the quiet as {w}",
    "Ottawa": "{w} rules applied", "cut off": "the {w} for referral was met",
}
STREETS = ["Quarry Hollow Rd", "Tamarack Bend", "Old Stage Coach Trl", "Cinder Cone Dr", "Sawmill Flats Rd",
           "Larkhaven Ct", "Thimbleberry Ln", "Juniper Ridge Loop", "Prairie Smoke Ave", "Osprey Point Way",
           "Kettle Moraine Dr", "Bitterroot St", "Wagon Wheel Cir", "Coyote Wash Rd", "Ironwood Terrace",
           "Pawpaw Grove Rd", "Sorghum Mill Pike", "Beaver Dam Rd", "Cottonwood Draw", "Signal Butte Rd"]


def us_address(rng, city=None):
    """-> (lines as marked text list, fhir address dict, city, state, zip)"""
    if city is None:
        c, st, z3 = rng.choice(US_CITIES)
        z = z3 + f"{rng.randint(0, 99):02d}"
    else:
        c, st, z = city
    kind = rng.random()
    if kind < 0.55:
        line = f"{rng.randint(12, 98999)} {rng.choice(STREETS)}"
        unit = rng.choice([None, None, f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f"Unit {rng.randint(2, 19)}"])
        ml = P("ADDRESS", line) + ((", " + P("ADDRESS", unit)) if unit else "")
        fline = line + ((", " + unit) if unit else "")
    elif kind < 0.7:
        line = f"P.O. Drawer {rng.randint(10, 9999)}"
        ml, fline = P("ADDRESS", line), line
    elif kind < 0.85:
        line = f"Rt. {rng.randint(1, 9)}, Box {rng.randint(10, 400)}-{rng.choice('ABC')}"
        ml, fline = P("ADDRESS", line), line
    else:
        line = f"{rng.randint(1, 99)} {rng.choice(STREETS)}"
        ml = P("ADDRESS", line) + " " + P("ADDRESS", f"#{rng.randint(2, 30)}")
        fline = line
    citl = P("CITY", c) + f", {st} " + P("ZIP", z)
    return [ml, citl], {"line": [fline], "city": c, "state": st, "postalCode": z}, c


def foreign_address(rng):
    """-> (marked lines, fhir address, label)"""
    n = rng.randint
    k = rng.randrange(12)
    if k == 0:
        pc = f"T{n(1,9)}S {n(1,9)}A{n(1,9)}"
        lines = [P("ADDRESS", f"Site {n(1,12)} Comp {n(2,60)} RR {n(1,4)}"),
                 P("CITY", "Okotoks") + " AB  " + P("ZIP", pc)]
        return lines, {"line": [], "city": "Okotoks", "state": "AB", "postalCode": pc}, "Canada"
    if k == 1:
        pc = f"T1A {n(1,9)}H{n(1,9)}"
        lines = [P("ADDRESS", f"{n(100, 999)} {rng.choice(['Kipling St SE', 'Strachan Rd', 'Dunmore Rd SE'])}"),
                 P("CITY", "Medicine Hat") + ", AB " + P("ZIP", pc)]
        return lines, {"line": [], "city": "Medicine Hat", "state": "AB", "postalCode": pc}, "Canada"
    if k == 2:
        lines = [P("ADDRESS", f"RMB {n(1000, 4999)} {rng.choice(['Boorowa Rd', 'Yass Valley Way', 'Bookham Rd'])}"),
                 P("CITY", "Yass") + " NSW " + P("ZIP", "2582")]
        return lines, {"line": [], "city": "Yass", "state": "NSW", "postalCode": "2582"}, "Australia"
    if k == 3:
        pin = f"5600{n(10, 99)}"
        lines = [P("ADDRESS", f"No. {n(2, 90)}, {n(1,9)}rd Cross, {n(1,9)}nd Main"),
                 P("ADDRESS", f"Jayanagar {n(1,9)}th Block") + ", Opp. " + P("ADDRESS", "Sri Ganesha Temple"),
                 P("CITY", "Bengaluru") + " - " + P("ZIP", pin)]
        return lines, {"line": [], "city": "Bengaluru", "state": "KA", "postalCode": pin}, "India"
    if k == 4:
        pc = "100271"
        lines = [P("ADDRESS", f"No. {n(2, 60)} Oba Akran Avenue"), "off " + P("ADDRESS", "Kodesoh Street"),
                 P("CITY", "Ikeja") + ", Lagos State " + P("ZIP", pc)]
        return lines, {"line": [], "city": "Ikeja", "state": "Lagos", "postalCode": pc}, "Nigeria"
    if k == 5:
        lines = [P("ADDRESS", f"Purok {n(1,7)}") + ", " + P("ADDRESS", "Sitio Malinis"),
                 "Brgy. " + P("ADDRESS", "Dampas"), P("CITY", "Tagbilaran City") + ", Bohol " + P("ZIP", "6300")]
        return lines, {"line": [], "city": "Tagbilaran City", "state": "Bohol", "postalCode": "6300"}, "Philippines"
    if k == 6:
        q = n(102, 316)
        cep = f"70{n(700, 799)}-0{n(10, 99)}"
        lines = [P("ADDRESS", f"SQN {q} Bloco {rng.choice('ABCDEFGHIJK')}") + ", " + P("ADDRESS", f"apto {n(101, 612)}"),
                 P("ADDRESS", "Asa Norte") + ", " + P("CITY", "Brasília") + " - DF", "CEP " + P("ZIP", cep)]
        return lines, {"line": [], "city": "Brasília", "state": "DF", "postalCode": cep}, "Brazil"
    if k == 7:
        lines = [P("ADDRESS", f"BP {n(1000, 9999)}"), P("ZIP", "98713") + " " + P("CITY", "Papeete")]
        return lines, {"line": [], "city": "Papeete", "state": None, "postalCode": "98713"}, "French Polynesia"
    if k == 8:
        z = f"01{n(10, 99)}"
        lines = [P("ADDRESS", f"ჭავჭავაძის გამზირი {n(2, 80)}") + ", " + P("CITY", "თბილისი") + " " + P("ZIP", z)]
        return lines, {"line": [], "city": "Tbilisi", "state": None, "postalCode": z}, "Georgia"
    if k == 9:
        lines = [P("CITY", "Баянзүрх") + " дүүрэг, " + P("ADDRESS", f"{n(1, 20)}-р хороо") + ", "
                 + P("ADDRESS", f"{n(1, 60)}-р байр") + ", " + P("ADDRESS", f"{n(1, 90)} тоот"),
                 P("CITY", "Улаанбаатар")]
        return lines, {"line": [], "city": "Ulaanbaatar", "state": None, "postalCode": None}, "Mongolia"
    if k == 10:
        pc = f"LL55 {n(1,9)}{rng.choice('ABDEFGHJ')}{rng.choice('ABDEFGHJ')}"
        lines = [P("ADDRESS", rng.choice(["Tŷ Gwyn", "Bryn Hyfryd", "Pen y Bryn"])) + ", "
                 + P("ADDRESS", "Heol y Bont"), P("CITY", "Llanrug") + ", " + P("CITY", "Caernarfon") + " " + P("ZIP", pc)]
        return lines, {"line": [], "city": "Caernarfon", "state": None, "postalCode": pc}, "Wales"
    z = f"200{n(10, 18)}"
    lines = [P("ADDRESS", f"Kale Nagusia {n(2, 40)}") + ", " + P("ADDRESS", f"{n(1, 6)}. ezk."),
             P("ZIP", z) + " " + P("CITY", "Donostia")]
    return lines, {"line": [], "city": "Donostia", "state": None, "postalCode": z}, "Basque Country"


def military_address(rng):
    if rng.random() < 0.5:
        z = f"09{n3(rng)}"
        return [P("ADDRESS", f"CMR {rng.randint(400, 499)} Box {rng.randint(100, 4999)}"), "APO AE " + P("ZIP", z)], z
    z = f"09{n3(rng)}"
    return [P("ADDRESS", f"Unit {rng.randint(8000, 8999)} Box {rng.randint(10, 999)}"), "DPO AE " + P("ZIP", z)], z


def n3(rng):
    return f"{rng.randint(0, 999):03d}"


# ---------------------------------------------------------------- note context

import unicodedata  # noqa: E402

DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "hotmail.co.uk",
           "mail.ru", "rediffmail.com", "ymail.com", "yandex.com", "bigpond.com", "shaw.ca"]
FACILITIES = ["Prairie Valley Health", "Sandhills Regional Medical Center", "North Fork Clinic",
              "Tamarack Community Hospital", "Bluestem Family Health", "Red Butte Medical Group"]


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -")).replace(" ", "").replace("-", "")


FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "grandmother"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "grandfather", "SON", "BRO"}
SOFT = [("Ll", "L"), ("Rh", "R"), ("P", "B"), ("T", "D"), ("C", "G"), ("B", "F"), ("D", "Dd"), ("G", ""),
        ("M", "F")]
WELSH_GIVEN = {"Dafydd", "Mair", "Gwenllian", "Bedwyr", "Llinos"}


def soft_mutation(name: str) -> str:
    for a, b in SOFT:
        if name.startswith(a):
            rest = name[len(a):]
            return (b + rest) if b else rest[:1].upper() + rest[1:]
    return name


class C:
    """What one note knows: the chart, the people, the numbers, and a few renderers."""

    def __init__(self, rng, ntype: str, infant: bool = False, fertile: bool = False, age_range=None):
        self.rng = r = rng
        self.ntype = ntype
        self.fac = r.choice(FACILITIES)
        self.vdate = dt.date(2023, 1, 1) + dt.timedelta(days=r.randint(0, 700))
        self.pt = make_patient(r)
        if fertile and self.pt.sex == "M":
            while self.pt.sex == "M":
                self.pt = make_patient(r)
        if infant:
            self.age = 0
        elif fertile:
            self.age = r.randint(21, 41)
        elif age_range:
            self.age = r.randint(*age_range)
        else:
            self.age = r.randint(90, 104) if r.random() < 0.35 else r.randint(19, 88)
        self.dob = self.vdate - dt.timedelta(days=365 * self.age + r.randint(1, 360)) if self.age else \
            self.vdate - dt.timedelta(days=r.randint(0, 2))
        self.mrn = r.choice([f"00{digits(r, 6)}", f"E{digits(r, 8)}", f"{digits(r, 7)}", f"TR{digits(r, 6)}"])
        self.ssn = ssn(r)
        self.member = r.choice([f"W{digits(r, 9)}", f"{alnum(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(r, 9)}",
                                f"M{digits(r, 8)}-0{r.randint(1, 4)}"])
        self.group = r.choice([f"GRP{digits(r, 5)}", f"{digits(r, 6)}-{alnum(r, 3)}", f"G{digits(r, 7)}"])
        self.acct = r.choice([f"{digits(r, 4)}-{digits(r, 5)}", f"A{digits(r, 9)}", f"{digits(r, 10)}"])
        self.phone = us_phone(r)
        self.phone2 = us_phone(r)
        fold = ascii_fold(self.pt.given.split()[0]).lower() or "pt"
        self.email = f"{fold}.{ascii_fold(self.pt.family).lower()}{r.randint(2, 99)}@{r.choice(DOMAINS)}"
        k = r.random()
        if k < 0.5:
            self.addr_lines, self.addr, self.city = us_address(r)
            self.abroad = None
        elif k < 0.62:
            wt = r.choice(WORD_TOWNS)
            self.addr_lines, self.addr, self.city = us_address(r, (wt[0], wt[1], wt[2]))
            self.abroad = None
        elif k < 0.7:
            lines, z = military_address(r)
            self.addr_lines, self.addr, self.city = lines, {"line": [], "city": None, "state": "AE", "postalCode": z}, None
            self.abroad = None
        else:
            self.addr_lines, self.addr, self.abroad = foreign_address(r)
            self.city = self.addr["city"]
        if not self.addr["line"]:
            self.addr["line"] = [plain(self.addr_lines[0])]
        self.rels: list[tuple[Person, str, str | None]] = []
        self.team: list[Person] = []
        self.used = {self.pt.family}
        self.others: list[Person] = []
        self.word_town = None

    # people
    def rel(self, relationship: str, sex: str | None = None, same_family: bool = True, phone: bool = True,
            given: str | None = None, family: str | None = None) -> Person:
        if sex is None:
            w = relationship.split()[0].strip("(),")
            sex = "F" if w in FEM_REL else "M" if w in MASC_REL else None
        p = make_other(self.rng, sex, family or (self.pt.family if same_family else None))
        if given:
            p.given = given
        if p.family != self.pt.family:
            while p.family in self.used and not family:
                p.family = self.rng.choice(FAMILY)
        self.used.add(p.family)
        while any(o.given == p.given for o, _, _ in self.rels) or p.given == self.pt.given:
            p.given = self.rng.choice(GIVEN_F if p.sex == "F" else GIVEN_M)
        self.rels.append((p, relationship, us_phone(self.rng) if phone else None))
        return p

    def other(self, sex=None, given=None, family=None) -> Person:
        p = make_other(self.rng, sex)
        if given:
            p.given = given
        if family:
            p.family = family
        else:
            while p.family in self.used:
                p.family = self.rng.choice(FAMILY)
        self.used.add(p.family)
        self.others.append(p)
        return p

    def clin(self, role="attending", cred=None, family=None, given=None, team=True) -> Person:
        if family:
            p = Person(given or self.rng.choice(GIVEN_F + GIVEN_M), family, None, "F", cred or "MD", role)
            self.used.add(family)
        else:
            p = make_clin(self.rng, self.used, cred, role)
        if team:
            self.team.append(p)
        return p

    # renderers
    def D(self, d: dt.date | None = None, style: str | None = None) -> str:
        d = d or self.vdate
        style = style or self.rng.choice(DATE_STYLES)
        if style == "ocr":
            return P("DATE", ocr_date(d, self.rng))
        return P("DATE", fdate(d, style))

    def days(self, n: int) -> dt.date:
        return self.vdate + dt.timedelta(days=n)

    def nm(self, p: Person, form: str = "gf", cat: str | None = None) -> str:
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        g, f = p.given, p.family
        if form == "gf":
            return P(cat, f"{g} {f}")
        if form == "FG":
            return P(cat, f.upper()) + ", " + P(cat, g.upper())
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g)
        if form == "init":
            return P(cat, f"{g[0]}. {f}")
        if form == "lower":
            return P(cat, f"{g} {f}".lower())
        if form == "caps":
            return P(cat, f"{g} {f}".upper())
        if form == "given":
            return P(cat, g)
        if form == "family":
            return P(cat, f)
        if form == "nick":
            nick = self.rng.choice(["Bebe", "Tootsie", "Junior", "Lolo", "Sunshine", "Boss", "Nene", "Kiki"])
            p.nick = nick
            return P(cat, g) + ' "' + P(cat, nick) + '" ' + P(cat, f)
        if form == "initials":
            return P(cat, "".join(w[0] for w in (g + " " + f).split()).upper())
        if form == "script" and p.script:
            fam, giv = p.script
            if _cjk_like(fam) and _cjk_like(giv) and all(0x1800 > ord(ch) or ord(ch) > 0x18AF for ch in fam):
                return P(cat, f"{fam}{giv}")
            return P(cat, f"{giv} {fam}")
        if form == "both":
            return self.nm(p, "gf", cat) + (" (" + self.nm(p, "script", cat) + ")" if p.script else "")
        return P(cat, f"{g} {f}")

    def title(self, p: Person) -> str:
        if p.cred and p.cred in ("MD", "DO", "MBBS"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        return ("Ms. " if p.sex == "F" else "Mr. ") + P("PROVIDER_NAME" if p.cred else "NAME", p.family)

    def sig(self, p: Person) -> str:
        return self.nm(p, "gf") + f", {p.cred}"

    def age_txt(self, n: int | None = None, form: str | None = None) -> str:
        n = self.age if n is None else n
        form = form or self.rng.choice(["{n} y/o", "{n}-year-old", "aged {n}", "{n} yrs", "{n}a", "{n} J."])
        body = form.format(n=n)
        if body.startswith("aged "):
            return "aged " + (P("AGE_OVER_89", str(n)) if n > 89 else K("age", str(n)))
        return P("AGE_OVER_89", body) if n > 89 else K("age", body)

    def addr_inline(self) -> str:
        return ", ".join(self.addr_lines)


def plain(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in "\x01\x04":
            i = s.index("\x02", i) + 1
            continue
        if ch in "\x02\x03":
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- headers (layouts of this split)

def h_yaml(c: C) -> str:
    p = c.pt
    return ("---\n"
            f"doc: {c.ntype}\n"
            "patient:\n"
            f'  family: "{P("NAME", p.family)}"\n'
            f'  given: "{P("NAME", p.given)}"\n'
            f"  dob: {c.D(c.dob, 'Y-mm-dd')}\n"
            + (f"  age: {c.age_txt(form='{n} yrs')}\n" if c.age else "") +
            f'  mrn: "{P("MRN", c.mrn)}"\n'
            f'  tel: "{P("PHONE", c.phone)}"\n'
            f"  addr: |\n    " + "\n    ".join(c.addr_lines) + "\n"
            f"seen: {c.D()}\n"
            "---\n")


def hl7_name(p: Person, cat="NAME") -> str:
    return P(cat, p.family.upper()) + "^" + P(cat, p.given.upper())


def h_hl7(c: C) -> str:
    p = c.pt
    ts = c.vdate.strftime("%Y%m%d") + f"{c.rng.randint(7, 18):02d}{c.rng.randint(0, 59):02d}"
    street = c.addr_lines[0]
    rel = c.rel(c.rng.choice(["SPO", "DAU", "SON", "SIS", "BRO"]), same_family=c.rng.random() < 0.6)
    relp = c.rels[-1][2]
    return (f"MSH|^~\\&|REG|PVH|||{P('DATE', ts)}||ADT^A08|{digits(c.rng, 8)}|P|2.5.1\n"
            f"PID|1||{P('MRN', c.mrn)}^^^PVH^MR||{hl7_name(p)}||{P('DATE', c.dob.strftime('%Y%m%d'))}|{p.sex}|||"
            f"{street}^^{P('CITY', c.city) if c.city and c.city.isascii() else ''}||{P('PHONE', c.phone)}|||||"
            f"{P('ACCOUNT', c.acct)}|{P('SSN', c.ssn.replace('-', ''))}\n"
            f"NK1|1|{hl7_name(rel)}|{c.rels[-1][1]}^{ {'SPO': 'Spouse', 'DAU': 'Daughter', 'SON': 'Son', 'SIS': 'Sister', 'BRO': 'Brother'}[c.rels[-1][1]] }|||{P('PHONE', relp)}\n"
            f"IN1|1|PM01^Prairie Mutual|||||{P('HEALTH_PLAN', c.group)}||||||||{hl7_name(p)}|SEL|||||||||||||||||||||"
            f"{P('HEALTH_PLAN', c.member)}\n")


def wrap_id(s: str) -> str:
    """An identifier broken by a line wrap: one span across the break."""
    cut = len(s) // 2
    return s[:cut] + "\n           " + s[cut:]


def h_mainframe(c: C) -> str:
    p = c.pt
    fam = p.family.upper()
    if len(fam) > 12:
        famtxt = P("NAME", fam[:10] + "-\n           " + fam[10:])
    else:
        famtxt = P("NAME", fam)
    agecell = f"{c.age:03d}Y"
    return (f"{c.fac.upper()[:26]:<27}PATIENT MASTER INQUIRY   RUN {c.D(c.vdate, 'yy.ddd')}  PAGE 0001\n"
            "----+----1----+----2----+----3----+----4----+----5----+----6\n"
            f"NAME.....: {famtxt}, {P('NAME', p.given.upper())}\n"
            f"MRN......: {P('MRN', c.mrn)}    DOB: {P('DATE', c.dob.strftime('%m%d%Y'))}  AGE: "
            + (P("AGE_OVER_89", agecell) if c.age > 89 else K("age", agecell)) + f"  SEX: {p.sex}\n"
            f"ACCT.....: {P('ACCOUNT', wrap_id(c.acct))}\n"
            f"ADDR.....: {plain_caps(c.addr_lines[0])}\n"
            f"PHONE....: {P('PHONE', c.phone)}   SSN: {P('SSN', c.ssn)}\n")


def plain_caps(marked: str) -> str:
    """Upper-case the text inside spans of a marked line (labels stay)."""
    out, i = [], 0
    while i < len(marked):
        ch = marked[i]
        if ch in "\x01\x04":
            j = marked.index("\x02", i)
            k = marked.index("\x03", j)
            out.append(marked[i:j + 1] + marked[j + 1:k].upper() + "\x03")
            i = k + 1
        else:
            out.append(ch.upper())
            i += 1
    return "".join(out)


def h_json(c: C) -> str:
    p = c.pt
    start = c.vdate.strftime("%Y-%m-%d") + f"T{c.rng.randint(7, 17):02d}:{c.rng.randint(0, 59):02d}:00+10:00"
    return ('{"kind": "visit", "subject": {"display": "' + P("NAME", p.given) + " " + P("NAME", p.family)
            + '", "identifier": [{"type": "MR", "value": "' + P("MRN", c.mrn) + '"}], "dobSerial": '
            + P("DATE", str(excel_serial(c.dob))) + ', "telecom": ["' + P("PHONE", c.phone) + '", "'
            + P("EMAIL", c.email) + '"]}, "start": "' + P("DATE", start) + '"}\n')


def h_label(c: C) -> str:
    p = c.pt
    doc = c.clin("prescriber", "MD", team=False)
    drug = c.rng.choice(["amoxicillin 500 mg 1 cap 1-0-1 x 7 days", "cephalexin 500 mg 1 cap 1-1-1-1 x 10 days",
                         "doxycycline 100 mg 1 tab 1-0-1 x 14 days", "naproxen 500 mg 1 tab 1-0-1 with food"])
    ndc = c.rng.choice(["0093-3109-01", "68180-0121-01", "0143-9803-50", "65862-0179-01"])
    return (f"┃ Rx# {P('OTHER_ID', f'{digits(c.rng, 7)}-0{c.rng.randint(1, 5)}')}  {c.fac.upper()} PHARMACY  {P('PHONE', us_phone(c.rng, '(a) b-c'))}\n"
            f"┃ {P('NAME', p.family.upper())}, {P('NAME', p.given.upper())}   DOB {c.D(c.dob, 'dMonyy')}\n"
            f"┃ {c.addr_inline()}\n"
            f"┃ {K('drug', drug)}\n"
            f"┃ Qty 14  Refills 0  Filled {c.D(c.vdate, 'Y-Mon-d')}\n"
            f"┃ Prescriber: Dr. {P('PROVIDER_NAME', doc.given[0] + '. ' + doc.family.upper())}  DEA {P('LICENSE', dea(c.rng, doc.family))}\n"
            f"┃ NDC {K('code', ndc)}  Lot {alnum(c.rng, 5)}  Store at 20°–25°C (68°–77°F)\n")


def h_barcode(c: C) -> str:
    p = c.pt
    acc = f"A{c.vdate.strftime('%y')}-{c.vdate.timetuple().tm_yday:03d}-{digits(c.rng, 5)}"
    tech = c.clin("phlebotomist", "CPT", team=False)
    return ("║▌│█║▌║▌│║║▌█ ║▌│║█▌║║\n"
            f"*{P('OTHER_ID', acc)}*      ACCESSION {P('OTHER_ID', acc)}\n"
            f"PT: {P('NAME', p.family.upper())} {P('NAME', p.given.upper())}   MRN {P('MRN', c.mrn)}   DOB {c.D(c.dob, 'mm/dd/Y')}\n"
            f"COLLECTED {c.D(c.vdate, 'dMonyy')} {c.rng.randint(6, 11):02d}{c.rng.choice(['05', '20', '45'])}  BY: "
            f"{P('PROVIDER_NAME', tech.given[0] + '.' + tech.family[0] + '.')} (phleb)\n")


def h_edi(c: C) -> str:
    p = c.pt
    isa = c.vdate.strftime("%y%m%d")
    street = plain(c.addr_lines[0]).upper()
    return (f"ISA*00*          *00*          *ZZ*PVHS           *ZZ*PRAIRIEMUT     *{P('DATE', isa)}*0930*^*00501*{digits(c.rng, 9)}*0*P*:~\n"
            f"ST*271*{c.rng.randint(1000, 9999)}*005010X279A1~\n"
            f"TRN*2*{P('OTHER_ID', digits(c.rng, 10))}*9PVHS00001~\n"
            f"NM1*IL*1*{P('NAME', p.family.upper())}*{P('NAME', p.given.upper())}****MI*{P('HEALTH_PLAN', c.member)}~\n"
            f"REF*SY*{P('SSN', c.ssn.replace('-', ''))}~\n"
            f"REF*6P*{P('HEALTH_PLAN', c.group)}~\n"
            f"N3*{P('ADDRESS', street) if not c.abroad and c.city else street}~\n"
            + (f"N4*{P('CITY', c.city.upper())}*{c.addr['state']}*{P('ZIP', c.addr['postalCode'])}~\n" if c.city and not c.abroad else "")
            + f"DMG*D8*{P('DATE', c.dob.strftime('%Y%m%d'))}*{p.sex}~\n"
            f"DTP*291*D8*{P('DATE', c.vdate.strftime('%Y%m%d'))}~\n"
            "EB*1*IND*30**PRAIRIE MUTUAL GOLD~\n")


def h_dicom(c: C) -> str:
    p = c.pt
    ref = c.clin("referring", "MD", team=False)
    agecell = f"{c.age:03d}Y"
    return ("# dcmdump (excerpt)\n"
            f"(0008,0020) DA [{P('DATE', c.vdate.strftime('%Y%m%d'))}]   # StudyDate\n"
            f"(0008,0050) SH [{P('OTHER_ID', 'A' + digits(c.rng, 8))}]   # AccessionNumber\n"
            f"(0008,0090) PN [{hl7_name(ref, 'PROVIDER_NAME')}]   # ReferringPhysicianName\n"
            f"(0010,0010) PN [{hl7_name(p)}]   # PatientName\n"
            f"(0010,0020) LO [{P('MRN', c.mrn)}]   # PatientID\n"
            f"(0010,0030) DA [{P('DATE', c.dob.strftime('%Y%m%d'))}]   # PatientBirthDate\n"
            f"(0010,1010) AS [{P('AGE_OVER_89', agecell) if c.age > 89 else K('age', agecell)}]   # PatientAge\n"
            f"(0010,2154) SH [{P('PHONE', c.phone)}]   # PatientTelephoneNumbers\n"
            f"(0018,1000) LO [{P('DEVICE', alnum(c.rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(c.rng, 6))}]   # DeviceSerialNumber\n")


def h_qr(c: C) -> str:
    p = c.pt
    tok = alnum(c.rng, 5)
    return ("[▣ QR code] Scan to verify this document: "
            + P("URL", f"https://verify.prairievalley.example/d/{c.mrn}-{tok}") + "\n"
            f"Issued to: {c.nm(p)} · DOB {c.D(c.dob)} · " + (c.age_txt() + " · " if c.age else "") + f"ID {P('MRN', c.mrn)}\n")


def h_rtf(c: C) -> str:
    p = c.pt
    return ("{\\rtf1\\ansi{\\fonttbl\\f0 Calibri;}\\f0\\fs20 "
            f"{{\\b Patient:}} {P('NAME', p.family)}, {P('NAME', p.given)}\\par "
            f"{{\\b DOB:}} {c.D(c.dob, 'm.d.Y')}\\par {{\\b MRN:}} {P('MRN', c.mrn)}\\par "
            f"{{\\b Tel:}} {P('PHONE', c.phone)}\\par {{\\b Email:}} {P('EMAIL', c.email)}\\par}}\n")


def h_sql(c: C) -> str:
    p = c.pt
    return ("INSERT INTO pt_demog (mrn, last_nm, first_nm, dob, dob_xl, zip, phone) VALUES ("
            f"'{P('MRN', c.mrn)}', '{P('NAME', p.family.upper())}', '{P('NAME', p.given)}', "
            f"'{P('DATE', c.dob.isoformat())}', {P('DATE', str(excel_serial(c.dob)))}, "
            f"'{P('ZIP', c.addr['postalCode']) if c.addr.get('postalCode') else ''}', '{P('PHONE', c.phone)}');\n")


def h_fax(c: C) -> str:
    p = c.pt
    to = c.clin("reviewer", "RN", team=False)
    return (f"FAX ─ {c.D(c.vdate, 'dMonyy')} {c.rng.randint(8, 17):02d}:{c.rng.randint(10, 59)} ─ FROM "
            f"{P('FAX', us_phone(c.rng, '(a) b-c'))} ─ TO {P('FAX', us_phone(c.rng, 'a-b-c'))} ─ p. 1/{c.rng.randint(2, 6)}\n"
            f"ATTN: {c.nm(to)}, RN\n"
            f"RE: {P('NAME', p.family.upper())}, {P('NAME', p.given)} · DOB {c.D(c.dob, 'mm/dd/Y')} · "
            + (c.age_txt(form="{n}y") + " · " if c.age else "") + f"Member {P('HEALTH_PLAN', c.member)}\n")


HEADERS = [h_yaml, h_hl7, h_mainframe, h_json, h_label, h_barcode, h_edi, h_dicom, h_qr, h_rtf, h_sql, h_fax]


# ---------------------------------------------------------------- shared blocks

def blk_whatsapp(c: C) -> str:
    r = c.rng
    rel = c.rels[0][0] if c.rels else c.rel(r.choice(["daughter", "son", "niece"]))
    relph = next(ph for pp, _, ph in c.rels if pp is rel) or us_phone(r)
    t = sorted(f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}" for _ in range(3))
    d1 = c.vdate - dt.timedelta(days=r.randint(1, 5))
    ds = P("DATE", d1.strftime("%d/%m/%Y"))
    lines = [
        "WhatsApp chat export (attached by family):",
        f"[{ds}, {t[0]}] {P('NAME', rel.given.lower())}: hi this is {P('NAME', rel.given.lower())} "
        f"{P('NAME', rel.family.lower())}, my number changed to {P('PHONE', relph)}",
        f"[{ds}, {t[1]}] {P('PHONE', c.phone)}: ok. appt moved to {c.D(c.days(r.randint(3, 20)), 'd Month, Y')}",
        f"[{ds}, {t[2]}] {P('NAME', rel.given.lower())}: 👍 also pls send to {P('EMAIL', c.email)}",
    ]
    return "\n".join(lines) + "\n"


def blk_contacts(c: C) -> str:
    r = c.rng
    if c.age < 18:
        relw, n = r.choice(["grandmother", "grandfather"]), r.randint(52, 80)
    elif c.age < 60 and r.random() < 0.5:
        relw, n = r.choice(["grandmother", "grandfather", "great-aunt"]), min(104, c.age + r.randint(28, 60))
    else:
        relw, n = r.choice(["sister", "brother", "cousin"]), max(20, min(104, c.age + r.randint(-8, 8)))
    rel = c.rel(relw, same_family=r.random() < 0.5, phone=False)
    fph, country = foreign_phone(r)
    c.rels[-1] = (rel, c.rels[-1][1], fph)
    at, lang = age_lang(n, r)
    agespan = P("AGE_OVER_89", at) if n > 89 else K("age", at)
    return (f"Contacts: {c.rels[-1][1]} {c.nm(rel, 'gf')} in {country}, {P('PHONE', fph)} "
            f"(WhatsApp); age as the family wrote it ({lang}): {agespan}.\n")


SCRIPT_DATE = {"Tigist": "et", "Dawit": "et", "Meseret": "et", "Kavitha": "ta", "Murugan": "ta", "Nino": "ka",
               "Giorgi": "ka", "Tamar": "ka", "Sokha": "km", "Dara": "km", "Thiri": "my", "Batbayar": "mn",
               "Oyuunchimeg": "mn", "Dafydd": "cy", "Mair": "cy", "Gwenllian": "cy", "Bedwyr": "cy",
               "Llinos": "cy", "Itziar": "eu", "Aitor": "eu", "Garazi": "eu", "Iñaki": "eu", "Hodan": "so",
               "Abdirahman": "so", "Faadumo": "so"}
LANG_NAME = {"et": "Amharic, Ethiopian calendar", "ta": "Tamil", "ka": "Georgian", "km": "Khmer",
             "my": "Burmese", "mn": "Mongolian", "cy": "Welsh", "eu": "Basque", "so": "Somali"}


def blk_foreign_doc(c: C) -> str:
    r = c.rng
    st = SCRIPT_DATE.get(c.pt.given) or r.choice(FOREIGN_DATE)
    issued = c.vdate - dt.timedelta(days=r.randint(200, 4000))
    return (f"Foreign document on file ({LANG_NAME[st]}): date of birth {c.D(c.dob, st)}, issued {c.D(issued, st)}; "
            f"holder {c.nm(c.pt, 'both')}.\n")


def blk_vitals(c: C) -> str:
    r = c.rng
    return (f"Vitals: {K('vital', f'BP {r.randint(104, 152)}/{r.randint(60, 94)}')}, {K('vital', f'HR {r.randint(56, 104)}')}, "
            f"{K('vital', f'SpO2 {r.randint(92, 99)}% RA')}, {K('vital', f'T {r.choice([36.4, 36.8, 37.1, 37.6])} °C')}; "
            f"{K('score', f'pain {r.randint(0, 6)}/10')}; SNOMED {K('code', r.choice(['38341003', '44054006', '195967001', '233604007']))}.\n")


def blk_coverage(c: C) -> str:
    r = c.rng
    sub = c.rels[0][0] if c.rels and r.random() < 0.5 else None
    s = (f"Coverage: member {P('HEALTH_PLAN', c.member)}, group {P('HEALTH_PLAN', c.group)}; "
         f"acct {P('ACCOUNT', c.acct)}")
    if sub:
        s += f"; subscriber {c.nm(sub, 'Fg')}, SSN ending {P('SSN', c.ssn[-4:])}"
    return s + ".\n"


def blk_files(c: C) -> str:
    r = c.rng
    stem = c.ntype.split()[0].lower().replace("-", "")
    fn = f"{stem}_" + P("MRN", c.mrn) + "_" + P("DATE", c.vdate.strftime("%Y%m%d")) + ".pdf"
    url = P("URL", f"https://share.prairievalley.example/f/{c.mrn}/{alnum(r, 8).lower()}")
    return f"Attachments: {fn}; photo set {url}\n"


MEDS = ["metformin 500 mg 1-0-1", "lisinopril 10 mg 1-0-0", "atorvastatin 40 mg 0-0-1",
        "sertraline 50 mg 1-0-0", "levothyroxine 88 mcg 1-0-0 before breakfast", "apixaban 5 mg 1-0-1",
        "gabapentin 300 mg 1-1-1", "tamsulosin 0.4 mg 0-0-1", "omeprazole 20 mg 1-0-0 x 8 weeks",
        "ferrous sulfate 325 mg 1-0-1", "cetirizine 10 mg 0-0-1", "amlodipine 5 mg 1-0-0",
        "prednisone 20 mg 1-0-0 x 5 days", "folic acid 1 mg 1-0-0"]
LABS = ["Hgb 11.2 g/dL (ref 12.0–15.5)", "Cr 0.9 mg/dL (ref 0.6–1.1)", "K 4.1 mmol/L (ref 3.5–5.1)",
        "TSH 2.3 mIU/L (ref 0.4–4.0)", "HbA1c 6.4 %", "Plt 238 K/µL (ref 150–400)", "WBC 7.4 K/µL",
        "ferritin 18 ng/mL (ref 15–150)", "Na 138 mmol/L (ref 135–145)", "ALT 22 U/L (ref 7–56)"]


def blk_meds(c: C) -> str:
    r = c.rng
    ms = r.sample(MEDS, 2)
    return (f"Meds: {K('drug', ms[0])}; {K('drug', ms[1])}. Last fill lot {alnum(r, 6)}, exp {r.randint(1, 12):02d}/{r.choice([2025, 2026, 2027])}; "
            "store at room temperature 20–25 °C.\n")


def blk_labs(c: C) -> str:
    r = c.rng
    ls = r.sample(LABS, 2)
    return (f"Labs {c.D(c.days(-r.randint(2, 30)))}: {K('lab', ls[0])}, {K('lab', ls[1])} "
            f"(LOINC {K('code', r.choice(['718-7', '2160-0', '2823-3', '3016-3', '4548-4']))}).\n")


def blk_it(c: C) -> str:
    r = c.rng
    ip = f"{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return (f"Portal audit: login from {P('IP', ip)} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}, "
            f"user {P('OTHER_ID', ascii_fold(c.pt.family).lower()[:6] + str(r.randint(10, 99)))}; "
            f"home monitor s/n {P('DEVICE', alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + '-' + digits(r, 7))}.\n")


def blk_vehicle(c: C) -> str:
    r = c.rng
    v = vin(r)
    plate = f"{r.randint(1, 9)}{alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randint(100, 999)}"
    return f"Parking/transport: VIN {P('VEHICLE', v)}, plate {P('VEHICLE', plate)}" + (f" ({c.addr['state']})" if c.city and not c.abroad else "") + ".\n"


def blk_mailing(c: C) -> str:
    r = c.rng
    k = r.random()
    if k < 0.4:
        carer = c.other()
        lines, _, _ = us_address(r)
        return "Mail to: in care of " + c.nm(carer) + ", " + ", ".join(lines) + "\n"
    if k < 0.7:
        lines, _ = military_address(r)
        rel = c.rel(r.choice(["son", "daughter", "grandson"]), phone=False)
        return f"Family stationed abroad: {c.nm(rel)}, " + ", ".join(lines) + "\n"
    lines, _, country = foreign_address(r)
    return f"Previous address ({country}): " + ", ".join(lines) + "\n"


def blk_scan(c: C) -> str:
    r = c.rng
    return (f"[scanned intake form, OCR text] MRN {P('MRN', ocr(c.mrn, r))}  SSN {P('SSN', ocr(c.ssn, r))}  "
            f"DOB {P('DATE', ocr_date(c.dob, r))}  Tel {P('PHONE', ocr(c.phone, r))}\n")


def blk_spaced(c: C) -> str:
    m = c.mrn
    sp = " ".join(m[i:i + 3] for i in range(0, len(m), 3))
    ph = "".join(ch for ch in c.phone if ch.isdigit())[-10:]
    wrapped = ph[:3] + "-" + ph[3:6] + "-\n" + ph[6:]
    return f"Read back by phone: MRN {P('MRN', sp)}, callback {P('PHONE', wrapped)} (number wrapped on the form).\n"


BLOCKS = [blk_foreign_doc, blk_vitals, blk_whatsapp, blk_contacts, blk_coverage, blk_files, blk_meds, blk_labs, blk_it, blk_vehicle,
          blk_mailing, blk_scan, blk_spaced]


# ---------------------------------------------------------------- signatures

def signature(c: C, p: Person) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return f"Signed (e-sig) by {c.sig(p)} | {c.D(c.vdate, 'Y-Mon-d')} | NPI {P('OTHER_ID', npi(r))}\n"
    if k == 1:
        em = f"{ascii_fold(p.given).lower()[0]}{ascii_fold(p.family).lower()}@prairievalley.example"
        return f"Reviewed-by: {c.nm(p)} <{P('EMAIL', em)}>\nSigned-off-by: {c.nm(p, 'initials')} {c.D(c.vdate, 'Y-mm-dd')}\n"
    if k == 2:
        return (f"[STAMP] {P('PROVIDER_NAME', (p.given[0] + '. ' + p.family).upper())}, {p.cred} · LIC "
                f"{P('LICENSE', r.choice(['NE', 'ID', 'MT', 'ND']) + '-' + digits(r, 6))} · {c.D(c.vdate, 'dMonyy')}\n")
    if k == 3:
        return f"Yn gywir / Yours sincerely,\n{c.sig(p)}\n"
    if k == 4:
        return f"Sig: ________  ({c.nm(p, 'FG')}, {p.cred})  Lic# {P('LICENSE', digits(r, 6))}\n"
    return f"— {c.nm(p, 'init')}, {p.cred}, {c.D(c.vdate, 'MON/dd/Y')}\n"


# ---------------------------------------------------------------- note bodies (30 types)

APOS = "'"


def b_bite(c: C) -> str:
    r = c.rng
    owner = c.other(family="Badger")
    doc = c.clin("ED physician", "MD")
    insp = c.other()
    tag = f"{r.randint(2023, 2024)}-{digits(r, 5)}"
    return (f"ANIMAL BITE REPORT — county health dept. case {P('OTHER_ID', 'AB-' + digits(r, 6))}\n"
            f"Victim: {c.nm(c.pt, 'FG')} ({c.age_txt()}), bitten {c.D(c.days(-1))} on the left hand.\n"
            f"Animal: dog \"Biscuit\", owner {c.nm(owner)} (a {K('word', 'badger')} was also seen on the property), "
            f"{P('PHONE', us_phone(r))}; rabies tag {P('OTHER_ID', tag)}, microchip {P('OTHER_ID', digits(r, 15))}.\n"
            f"Wound cultures may grow {K('eponym', 'Pasteurella multocida')}; brain exam for {K('eponym', 'Negri bodies')} only if the dog dies.\n"
            f"Given: {K('drug', 'amoxicillin-clavulanate 875/125 mg 1-0-1 x 5 days')}, {K('drug', 'Tdap 0.5 mL IM')}; "
            f"{K('abbreviation', 'PEP')} deferred pending 10-day observation. ICD-10 {K('code', 'W54.0XXA')}.\n"
            f"Seen by {c.title(doc)}; animal control officer {c.nm(insp)} to observe through {c.D(c.days(9))}.\n")


def b_embryo(c: C) -> str:
    r = c.rng
    partner = c.rel("partner", "M", same_family=False)
    emb = c.clin("embryologist", "ELD", family="Petri")
    straws = [f"{c.pt.family[:3].upper()}-{digits(r, 4)}-{i}" for i in (1, 2)]
    return (f"EMBRYO CRYOSTORAGE RECORD\nPatient {c.nm(c.pt, 'both')} and partner {c.nm(partner)}; cycle {P('OTHER_ID', 'IVF' + digits(r, 6))}\n"
            f"Retrieval {c.D(c.days(-6))}; vitrified day 5 {c.D(c.days(-1))}. Blastocysts {K('score', '4AA')} and {K('score', '3BB')}.\n"
            f"Straws {P('OTHER_ID', straws[0])}, {P('OTHER_ID', straws[1])}, tank 3, canister B (the word {K('word', 'straw')} is printed on each label).\n"
            f"Media lot {alnum(r, 6)}; culture in a {K('eponym', 'Petri dish')} under oil; sperm count in a {K('eponym', 'Makler chamber')}: {K('lab', '42 M/mL')}.\n"
            f"AMH {K('lab', 'AMH 2.1 ng/mL')}; {K('abbreviation', 'ICSI')} used. Embryologist {c.nm(emb)}, {emb.cred}.\n")


def b_donor(c: C) -> str:
    r = c.rng
    recip = c.rel(r.choice(["brother", "sister", "cousin"]), same_family=r.random() < 0.7)
    neph = c.clin("transplant nephrologist", "MD", family="Bowman")
    return (f"LIVING KIDNEY DONOR EVALUATION\nDonor {c.nm(c.pt, 'Fg')}, {c.age_txt()}, for recipient "
            f"{c.nm(recip)} (UNOS {P('OTHER_ID', alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 4))}).\n"
            f"CT angiogram {c.D(c.days(-12))}: single arteries; left cyst {K('eponym', 'Bosniak')} {K('score', 'I')}; {K('eponym', 'Gerota fascia')} intact.\n"
            f"{K('lab', 'Cr 0.8 mg/dL')}, {K('lab', 'eGFR 104 mL/min/1.73m2')}, {K('lab', 'UACR 6 mg/g')}; "
            f"biopsy not needed to see the {K('eponym', 'Bowman capsule')}. {K('vital', 'BP 118/72')}.\n"
            f"Donor reports no {K('word', 'pain')} in the flank. Crossmatch {c.D(c.days(14))}.\n"
            f"Nephrology: {c.title(neph)} ({c.nm(neph)}).\n")


def b_ur(c: C) -> str:
    r = c.rng
    rn = c.clin("UR nurse", "RN")
    adv = c.clin("physician advisor", "MD", team=False)
    fam = c.rel("daughter", "F", given="Charity", phone=False)
    return (f"UTILIZATION REVIEW — concurrent\nPt {c.nm(c.pt, 'FG')} | auth {P('OTHER_ID', 'PA' + digits(r, 8))} | admit {c.D(c.days(-3))}\n"
            f"Criteria ({K('eponym', 'Milliman')} care guidelines) met for inpatient; {K('eponym', 'Charlson Comorbidity Index')} {K('score', '5')}.\n"
            f"{K('diagnosis', 'community-acquired pneumonia')}, {K('code', 'J18.9')}; {K('drug', 'ceftriaxone 1 g IV q24h')}, {K('vital', 'SpO2 91% on 2 L')}.\n"
            f"Daughter {c.nm(fam)} asked about {K('word', 'charity')} care; referred to financial aid.\n"
            f"Peer-to-peer with {c.title(adv)} scheduled {c.D(c.days(1))}. Reviewer {c.sig(rn)}.\n")


def b_lens(c: C) -> str:
    r = c.rng
    od = c.clin("optometrist", "OD", family=r.choice(["Munson", "Vogt"]))
    fr = c.other(family="Frame")
    return (f"CONTACT LENS FITTING RECORD — {c.nm(c.pt, 'both')} (Rx {P('OTHER_ID', digits(r, 7))})\n"
            f"Fitted {c.D()}: OD {K('code', '8.6/14.2 -3.25')}, OS {K('code', '8.6/14.2 -2.75')}; VA {K('vital', '20/20')} OU.\n"
            f"Topography: {K('eponym', 'Placido')} rings regular, no {K('eponym', 'Fleischer ring')}, no {K('eponym', f'{od.family} sign' if od.family == 'Munson' else 'Vogt striae')}. "
            f"{K('eponym', 'Schirmer test')} {K('score', '12 mm/5 min')}; {K('eponym', 'Amsler grid')} normal.\n"
            f"Wear 1-0-0 daily, replace monthly. Glasses {K('word', 'frame')} repaired by optician {c.nm(fr)}.\n"
            f"Recheck {c.D(c.days(14))}. {c.title(od)}, {od.cred}\n")


def b_lead(c: C) -> str:
    r = c.rng
    insp = c.other(family=r.choice(["Plaster", "Sands"]))
    child = c.rel(r.choice(["grandson", "granddaughter", "son", "daughter"]), phone=False)
    word = "plaster" if insp.family == "Plaster" else "sand"
    return (f"LEAD HAZARD HOME INVESTIGATION\nIndex child {c.nm(child)} (DOB {c.D(c.vdate - dt.timedelta(days=r.randint(500, 1500)))}); "
            f"{K('lab', 'blood lead 14 µg/dL (ref <3.5)')}, LOINC {K('code', '5671-3')}.\n"
            f"Home of {c.nm(c.pt, 'both')}, {c.addr_inline()}; built 1928.\n"
            f"XRF: window sills {K('lab', '4.2 mg/cm²')}; peeling {K('word', word)} in the hall; "
            f"{K('word', 'mold')} in the bath. No {K('eponym', 'Burton lines')} on exam.\n"
            f"Inspector {c.nm(insp)}, risk assessor cert {P('LICENSE', 'LBP-R-' + digits(r, 5))}; order {P('OTHER_ID', 'ENV' + digits(r, 6))}.\n")


def b_tattoo(c: C) -> str:
    r = c.rng
    tech = c.clin("laser technician", "LE", family=r.choice(["Desai", "Dye"]))
    friend = c.other(given="Violet")
    return (f"LASER TATTOO REMOVAL — session {r.randint(2, 9)} of 10\nClient {c.nm(c.pt, 'both')}, chart {P('MRN', c.mrn)}, {c.D()}\n"
            f"{K('eponym', 'Kirby-Desai scale')} {K('score', '7')}; {K('eponym', 'Fitzpatrick')} {K('score', 'III')}; "
            f"{K('eponym', 'Koebner phenomenon')} history: none. Black and {K('word', 'violet')} ink; {K('word', 'nickel')} allergy noted.\n"
            f"Q-switched Nd:YAG {K('code', '1064 nm')}, spot 4 mm, {K('lab', '3.2 J/cm²')}; {K('drug', 'lidocaine 2.5%/prilocaine 2.5% cream')} 60 min prior.\n"
            f"Came with friend {c.nm(friend)}. Technician {c.nm(tech)} ({tech.cred}), handpiece s/n {P('DEVICE', 'HP' + digits(r, 7))}.\n")


def b_noshow(c: C) -> str:
    r = c.rng
    doc = c.clin("PCP", "MD")
    caller = c.clin("care coordinator", "LPN", family="Call")
    wt = c.word_town
    lines = [f"{c.D(c.vdate, 'd Month, Y')}\n",
             f"{c.nm(c.pt, 'both')}\n" + "\n".join(c.addr_lines) + "\n\n",
             (f"Annwyl {P('NAME', soft_mutation(c.pt.given))} / Dear {c.nm(c.pt, 'given')},\n" if c.pt.given in WELSH_GIVEN
              else f"Dear {c.nm(c.pt, 'given')},\n"),
             f"You missed your visits on {c.D(c.days(-30))} and {c.D(c.days(-9))}. Your {K('eponym', 'Pap test')} and "
             f"{K('lab', 'HbA1c')} are overdue (last {K('lab', 'HbA1c 8.9 %')}).\n",
             f"Please {K('word', 'call')} us at {P('PHONE', us_phone(r))}; {c.nm(caller)}, {caller.cred}, may also {K('word', 'call')} you at {P('PHONE', c.phone)}.\n",
             f"Account {P('ACCOUNT', c.acct)} has no balance. — {c.title(doc)}\n"]
    return "".join(lines)


def b_identity(c: C) -> str:
    r = c.rng
    imp = c.other()
    off = c.other(family="Ledger")
    return (f"MEDICAL IDENTITY THEFT AFFIDAVIT\nI, {c.nm(c.pt, 'both')}, born {c.D(c.dob, 'dth Month, Y')}, SSN {P('SSN', c.ssn)}, state that the visit of "
            f"{c.D(c.days(-40))} under MRN {P('MRN', c.mrn)} was not mine.\n"
            f"The person treated gave the name {c.nm(imp)} as emergency contact and phone {P('PHONE', us_phone(r))}; "
            f"claim {P('OTHER_ID', 'CLM' + digits(r, 9))} billed {K('code', 'CPT 99284')}.\n"
            f"Police report {P('OTHER_ID', digits(r, 2) + '-' + digits(r, 6))}; FTC report {P('OTHER_ID', digits(r, 9))}. "
            f"Driver's licence {P('LICENSE', alnum(r, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 8))}.\n"
            f"Privacy officer {c.nm(off)} reviewed the billing {K('word', 'ledger')}; notary commission {P('LICENSE', digits(r, 7))}.\n")


def b_birthcert(c: C) -> str:
    r = c.rng
    mom = c.rel("mother", "F", family=c.pt.family if r.random() < 0.5 else None)
    dad = c.rel("father", "M", same_family=True)
    clerk = c.other()
    place = r.choice(["Natal", "Kearney", "Hilo"])
    return (f"BIRTH CERTIFICATE WORKSHEET\nChild: {c.nm(c.pt, 'FG')}, born {c.D(c.dob, 'd Month, Y')} at {r.randint(0, 23):02d}:{r.randint(0, 59):02d}, {c.pt.sex}\n"
            f"Mother: {c.nm(mom, 'Fg')}, {c.age_txt(r.randint(19, 41))}, born in {P('CITY', place)}"
            + (" (Brazil)" if place == "Natal" else "") + f"; mother's SSN {P('SSN', ssn(r))}\n"
            f"Father: {c.nm(dad)}; phone {P('PHONE', us_phone(r))}\n"
            f"{K('eponym', 'Apgar')} {K('score', '8/9')}; {K('eponym', 'Dubowitz')} {K('score', '39 wk')}; no {K('eponym', 'Klumpke palsy')}; "
            f"{K('word', 'natal')} teeth absent. Wt {K('vital', '3.41 kg')}.\n"
            f"Newborn band {P('OTHER_ID', digits(r, 6))}; hepatitis B vaccine CVX {K('code', '08')}. Clerk {c.nm(clerk)}.\n")


def b_cord(c: C) -> str:
    r = c.rng
    baby = c.rel("newborn", given="Ash")
    ob = c.clin("obstetrician", "MD", family="Wharton")
    cour = c.other()
    return (f"CORD BLOOD COLLECTION RECORD\nMother {c.nm(c.pt, 'both')} ({c.age_txt()}), kit {P('OTHER_ID', 'CB' + digits(r, 8))}, delivered {c.D()}\n"
            f"Infant {c.nm(baby)}; exam: no {K('word', 'ash')}-leaf macules. Volume {K('lab', '92 mL')}, {K('lab', 'TNC 1.4 × 10⁹')}.\n"
            f"Cord clamped at 60 s; {K('eponym', 'Wharton' + APOS + 's jelly')} intact; mother {K('lab', 'HBsAg negative')}.\n"
            f"Collected by {c.title(ob)}; courier {c.nm(cour)} tracking {P('OTHER_ID', '1Z' + alnum(r, 16))}. Bag lot {alnum(r, 6)}.\n")


def b_gift(c: C) -> str:
    r = c.rng
    ex = c.rel("executor (son)", "M")
    coord = c.other(family="Coffin")
    return (f"ANATOMICAL GIFT PROGRAM — donor intake\nDonor {c.nm(c.pt, 'FG')}, {c.age_txt()}, registry {P('OTHER_ID', 'AGP-' + digits(r, 5))}\n"
            f"Exclusions reviewed: no {K('eponym', 'Creutzfeldt-Jakob disease')}, no {K('diagnosis', 'hepatitis B')}, {K('vital', 'BMI 24.1')}.\n"
            f"No {K('word', 'coffin')} is needed; cremains returned to executor {c.nm(ex)}, {P('PHONE', c.rels[-1][2])}.\n"
            f"Consent witnessed {c.D(c.days(-r.randint(10, 400)))} by coordinator {c.nm(coord)}.\n")


def b_refund(c: C) -> str:
    r = c.rng
    payer = c.rel("son", "M", family="Money", phone=False)
    clerk = c.other()
    return (f"PATIENT REFUND REQUEST\nGuarantor {c.nm(payer, 'Fg')} for patient {c.nm(c.pt, 'both')}; account {P('ACCOUNT', c.acct)}\n"
            f"Overpayment on statement {P('ACCOUNT', 'ST' + digits(r, 7))} dated {c.D(c.days(-25))}: $142.18 ({K('code', 'CPT 71046')}).\n"
            f"Paid by {K('word', 'money')} order; refund by check to " + ", ".join(c.addr_lines) + ".\n"
            f"Card ending {P('ACCOUNT', digits(r, 4))} not charged. Processed by {c.nm(clerk)} on {c.D()}.\n")


def b_profile(c: C) -> str:
    r = c.rng
    sm = c.pt
    cdr = c.other(given="Gunner")
    doc = c.clin("battalion surgeon", "DO")
    return (f"DA FORM 3349 PHYSICAL PROFILE\nSoldier {c.nm(sm, 'FG')}, DoD ID {P('OTHER_ID', digits(r, 10))}, unit mail "
            + ", ".join(military_address(r)[0]) + "\n"
            f"Temporary profile to {c.D(c.days(30))}: {K('diagnosis', 'lateral ankle sprain')}, {K('eponym', 'Ottawa ankle rules')} negative; "
            f"{K('eponym', 'Apley')} test negative.\n"
            f"No running, no {K('word', 'gunner')} duties on the vehicle. {K('drug', 'naproxen 500 mg 1-0-1 x 10 days')}.\n"
            f"Commander {c.nm(cdr)} notified. {c.title(doc)}, {doc.cred}\n")


def b_ski(c: C) -> str:
    r = c.rng
    pat = c.other(family="Snow")
    hx = r.choice(["Stener", "Hill"])
    return (f"SKI PATROL INCIDENT REPORT #{P('OTHER_ID', digits(r, 5))}\nInjured: {c.nm(c.pt, 'both')}, {c.age_txt()}, "
            f"lift ticket {P('OTHER_ID', alnum(r, 10))}, {c.D()}\n"
            f"Fell on groomed {K('word', 'snow')} at 10:42; thumb UCL tenderness, possible {K('eponym', 'Stener lesion')}; "
            f"{K('score', 'GCS 15/15')}; {K('vital', 'HR 96')}.\n"
            f"Patroller {c.nm(pat)} splinted; sled to base; helmet cam file IMG_{digits(r, 4)}.\n"
            f"Home: " + ", ".join(c.addr_lines) + f"; cell {P('PHONE', c.phone)}.\n")


def b_atc(c: C) -> str:
    r = c.rng
    at = c.clin("athletic trainer", "ATC", family=r.choice(["Noble", "Ober"]))
    coach = c.other(family="Pitcher")
    return (f"ATHLETIC TRAINER INJURY REPORT\nAthlete {c.nm(c.pt, 'nick')}, student id {P('OTHER_ID', digits(r, 8))}, DOB {c.D(c.dob)}\n"
            f"Injury {c.D()}: ITB pain; {K('eponym', 'Noble compression test')} positive, {K('eponym', 'Ober test')} tight; "
            f"{K('eponym', 'Yergason' + APOS + 's test')} negative.\n"
            f"Plan: ice 20 min 1-1-1, {K('drug', 'ibuprofen 400 mg q6h PRN')}, knee {K('word', 'brace')}. "
            f"Coach {c.nm(coach)} (the {K('word', 'pitcher')} rotation is unaffected).\n"
            f"{c.nm(at)}, {at.cred}\n")


def b_holter(c: C) -> str:
    r = c.rng
    tech = c.clin("cardiac technician", "CCT", family=r.choice(["Osborn", "Lyon", "Pace"]))
    sis = c.rel("sister", "F", given="Delta")
    epo = {"Osborn": "Osborn waves", "Lyon": "Sokolow-Lyon criteria", "Pace": "paced beats"}[tech.family]
    kind = "word" if tech.family == "Pace" else "eponym"
    extra = K(kind, epo) if kind == "eponym" else f"no {K('word', 'paced')} beats"
    return (f"AMBULATORY ECG (HOLTER) REPORT\n{c.nm(c.pt, 'both')} | recorder s/n {P('DEVICE', 'H3' + digits(r, 7))} | hookup {c.D()} {r.randint(8, 16)}:00, 48 h\n"
            f"Mean {K('vital', 'HR 71')}, min 48, max 132. {K('lab', 'QTc 438 ms')} ({K('eponym', 'Bazett')}). {extra}.\n"
            f"No {K('word', 'delta')} wave; PVC burden {K('lab', '1.2%')}. Diary: palpitations at 14:10.\n"
            f"Sister {c.nm(sis)} returned the monitor. Scanned by {c.nm(tech)}, {tech.cred}.\n")


def b_birthplan(c: C) -> str:
    r = c.rng
    doula = c.other(family="Waters")
    partner = c.rel("partner", "M", same_family=False, given=r.choice(["Braxton", "Leopold"]))
    mw = c.clin("midwife", "CNM", family=r.choice(["Hicks", "McRoberts"]))
    return (f"MY BIRTH PLAN — {c.nm(c.pt, 'lower')} (EDD {c.D(c.days(r.randint(20, 60)))})\n"
            f"Support: partner {c.nm(partner)} ({P('PHONE', c.rels[-1][2])}), doula {c.nm(doula)}.\n"
            f"Please do {K('eponym', 'Leopold maneuvers')} gently; I know about {K('eponym', 'Braxton Hicks')} contractions. "
            f"If my {K('word', 'waters')} break, do a {K('word', 'fern')} test.\n"
            f"OK with {K('eponym', 'McRoberts maneuver')} if needed; {K('drug', 'oxytocin 10 units IM')} after delivery; GBS {K('lab', 'GBS negative')}.\n"
            f"Midwife: {c.nm(mw)}, {mw.cred}.\n")


def b_fly(c: C) -> str:
    r = c.rng
    esc = c.rel(r.choice(["daughter", "son"]), given=None)
    doc = c.clin("attending", "MD", family="Dalton")
    return (f"FITNESS TO FLY (MEDIF) — {c.nm(c.pt, 'FG')}\nBooking ref {P('OTHER_ID', alnum(r, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ'))}, "
            f"flight {c.D(c.days(r.randint(3, 20)))}; passport {P('OTHER_ID', alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 7))}.\n"
            f"{K('vital', 'SpO2 93% RA')}; hypoxic challenge {K('lab', 'PaO2 7.1 kPa')}; in-flight O2 {K('drug', 'oxygen 2 L/min')}. "
            f"Gas expansion per {K('eponym', 'Dalton' + APOS + 's law')} reviewed.\n"
            f"Needs wheelchair and a {K('word', 'wing')} seat near the exit; escort {c.nm(esc)}, {P('PHONE', c.rels[-1][2])}.\n"
            f"{c.title(doc)} ({c.nm(doc, 'init')}), {doc.cred}\n")


def b_dive(c: C) -> str:
    r = c.rng
    buddy = c.other(family=r.choice(["Pool", "Fish"]))
    doc = c.clin("dive physician", "MD", family="Haldane")
    w = "pool" if buddy.family == "Pool" else "fish"
    return (f"DIVING MEDICAL CERTIFICATE\nDiver {c.nm(c.pt, 'both')}, {c.age_txt()}, cert no. {P('LICENSE', 'PADI-' + digits(r, 7))}\n"
            f"Ears: equalises with {K('eponym', 'Frenzel maneuver')} and {K('eponym', 'Toynbee maneuver')}; {K('eponym', 'Valsalva')} avoided.\n"
            f"{K('lab', 'FEV1/FVC 0.78')}; no {K('diagnosis', 'PFO')}; {K('eponym', 'Haldane')} tables discussed. "
            + (f"Allergy: {K('word', w)}.\n" if w == "fish" else f"Trains weekly in a {K('word', w)}.\n") +
            f"Fit to dive until {c.D(c.days(365), 'MON/dd/Y')}. Buddy {c.nm(buddy)}. {c.title(doc)}\n")


def b_premarital(c: C) -> str:
    r = c.rng
    fi = c.rel("fiancé(e)", same_family=False, family="Groom")
    return (f"PREMARITAL SCREENING CERTIFICATE\nApplicant {c.nm(c.pt, 'both')} and {c.nm(fi)}; marriage licence application {P('OTHER_ID', 'ML' + digits(r, 7))}\n"
            f"Hb electrophoresis: {K('lab', 'HbA2 5.4%')} — trait for {K('eponym', 'Cooley anemia')}; no {K('eponym', 'Hb Bart' + APOS + 's')}; "
            f"{K('eponym', 'Tay-Sachs')} carrier screen negative; {K('lab', 'RPR nonreactive')}.\n"
            f"The {K('word', 'groom')} to be counselled {c.D(c.days(7))}. Phone {P('PHONE', c.rels[-1][2])}.\n")


def b_breach(c: C) -> str:
    r = c.rng
    po = c.other(family="Hacker")
    lines = [f"{c.D(c.vdate, 'Month d, Y')}\n\n{c.nm(c.pt, 'caps')}\n" + "\n".join(c.addr_lines) + "\n\n",
             (f"Annwyl {P('NAME', soft_mutation(c.pt.given))} / Dear {c.nm(c.pt, 'given')},\n" if c.pt.given in WELSH_GIVEN
              else f"Dear {c.nm(c.pt, 'given')},\n"),
             f"On {c.D(c.days(-20))} an unknown {K('word', 'hacker')} reached an e-mail box holding your name, MRN {P('MRN', c.mrn)}, "
             f"member id {P('HEALTH_PLAN', c.member)} and the last four of your SSN ({P('SSN', c.ssn[-4:])}).\n",
             f"Enrol in credit monitoring with code {P('OTHER_ID', alnum(r, 10))} at {P('URL', 'https://idprotect.example/enroll?c=' + c.mrn)}.\n",
             f"Questions: {c.nm(po)}, Privacy Officer, {P('PHONE', us_phone(r))}; incident {P('OTHER_ID', 'PRIV-' + digits(r, 5))}.\n"]
    return "".join(lines)


def b_proxy(c: C) -> str:
    r = c.rng
    px = c.rel(r.choice(["daughter", "son", "niece"]), family="Key")
    return (f"PORTAL PROXY ACCESS REQUEST\nPatient {c.nm(c.pt, 'Fg')}, DOB {c.D(c.dob)}, MRN {P('MRN', c.mrn)}\n"
            f"Proxy {c.nm(px)}, {P('EMAIL', ascii_fold(px.given).lower() + '.key@' + r.choice(DOMAINS))}, {P('PHONE', c.rels[-1][2])}; "
            f"ID checked (DL {P('LICENSE', digits(r, 9))}).\n"
            f"Scope: full; the {K('word', 'key')} card for the portal kiosk is issued at registration. Expires {c.D(c.days(365))}.\n")


def b_demog(c: C) -> str:
    r = c.rng
    newlines, newaddr, _ = us_address(r)
    clerk = c.other(family="Street")
    return (f"DEMOGRAPHIC CHANGE REQUEST\nMRN {P('MRN', c.mrn)} — {c.nm(c.pt, 'FG')}\n"
            f"Old: " + ", ".join(c.addr_lines) + f"; phone {P('PHONE', c.phone)}\n"
            f"New: " + ", ".join(newlines) + f"; phone {P('PHONE', c.phone2)}; e-mail {P('EMAIL', c.email)}\n"
            f"Preferred name {P('NAME', c.pt.given.split()[0])}; effective {c.D()}.\n"
            f"Note: the old {K('word', 'street')} name was misspelled on the card. Entered by {c.nm(clerk)}.\n")


def b_pdmp(c: C) -> str:
    r = c.rng
    doc = c.clin("pain physician", "MD")
    other_rx = c.clin("prescriber", "DO", team=False, family="Pill")
    return (f"PDMP REVIEW NOTE\n{c.nm(c.pt, 'both')}; query {P('OTHER_ID', 'PDMP-' + digits(r, 8))} run {c.D()}\n"
            f"Fills: {K('drug', 'oxycodone 5 mg q6h PRN #28')} ({c.D(c.days(-33))}) by Dr. {P('PROVIDER_NAME', other_rx.family)}, "
            f"DEA {P('LICENSE', dea(r, 'Pill'))}; {K('drug', 'tramadol 50 mg 1-0-1')}.\n"
            f"Total {K('lab', '37.5 MME/day')}; {K('drug', 'naloxone 4 mg nasal spray')} co-prescribed. No {K('word', 'pill')} counts off.\n"
            f"{K('abbreviation', 'ORT')} {K('score', '3')}. {c.title(doc)}\n")


def b_quarantine(c: C) -> str:
    r = c.rng
    off = c.clin("health officer", "MD", family=r.choice(["Ranke", "Hood"]))
    hh = c.rel("spouse", phone=True)
    return (f"ORDER FOR ISOLATION — {K('diagnosis', 'pulmonary tuberculosis')}\nTo: {c.nm(c.pt, 'both')}, " + ", ".join(c.addr_lines) + "\n"
            f"You must stay home until {c.D(c.days(21), 'Mon d, Y')}; sputum {K('lab', 'AFB smear 2+')}; CXR cavitation, no {K('eponym', 'Ranke complex')}.\n"
            f"{K('drug', 'isoniazid 300 mg daily')}; {K('drug', 'rifampin 600 mg daily')}. Wear a mask; staff use a PAPR {K('word', 'hood')}.\n"
            f"Household: {c.nm(hh)} ({P('PHONE', c.rels[-1][2])}). Case {P('OTHER_ID', 'TB-' + digits(r, 6))}. {c.title(off)}, Health Officer\n")


def b_legal(c: C) -> str:
    r = c.rng
    ofc = c.other(family=r.choice(["Law", "Judge"]))
    rn = c.clin("ED nurse", "RN")
    w = ofc.family.lower()
    return (f"LEGAL BLOOD DRAW RECORD\nSubject {c.nm(c.pt, 'FG')}, DOB {c.D(c.dob)}, DL {P('LICENSE', digits(r, 3) + '-' + digits(r, 3) + '-' + digits(r, 3))}\n"
            f"Officer {c.nm(ofc)}, badge {P('OTHER_ID', digits(r, 4))}, agency case {P('OTHER_ID', digits(r, 2) + '-' + digits(r, 5))}; warrant on file.\n"
            f"Drawn {c.D()} 02:14 and 03:14, gray-top tubes, kit seal {P('OTHER_ID', digits(r, 7))}; non-alcohol swab.\n"
            f"Vehicle VIN {P('VEHICLE', vin(r))}. {K('eponym', 'Widmark formula')} back-extrapolation is for the lab; "
            f"{K('vital', 'BP 134/82')}. " + (f"Per state {K('word', w)}, a copy goes to the officer." if w == "law" else
            f"The {K('word', w)} who signed the warrant gets a copy.") + f"\nDrawn by {c.sig(rn)}\n")


def b_alert(c: C) -> str:
    r = c.rng
    ec = c.rel(r.choice(["wife", "husband", "daughter", "son"]), family="Link" if r.random() < 0.6 else None)
    doc = c.clin("PCP", "MD")
    cond = r.choice(["ON APIXABAN", "TYPE 1 DIABETES", "PACEMAKER", "ADRENAL INSUFFICIENCY"])
    return (f"MEDICAL ALERT BRACELET ENROLLMENT\nMember {P('OTHER_ID', digits(r, 8))}; enrolled {c.D()}\n"
            f"Engraving (4 lines):\n  {P('NAME', (c.pt.given + ' ' + c.pt.family).upper())}\n  {K('diagnosis', cond)}\n"
            f"  ALLERGY {K('drug', 'PENICILLIN')}\n  ICE {P('PHONE', c.rels[-1][2])}\n"
            f"Emergency contact {c.nm(ec)}; stainless {K('word', 'link')} chain, size 7.5 in.\n"
            f"Conditions verified by {c.title(doc)} ({K('code', 'Z79.01')}, {K('lab', 'INR 2.4')}).\n")


def b_exempt(c: C) -> str:
    r = c.rng
    par = c.rel(r.choice(["mother", "father"]), phone=True)
    pastor = c.other(family="Church")
    doc = c.clin("pediatrician", "MD")
    return (f"VACCINE EXEMPTION REQUEST\nStudent {c.nm(c.pt, 'both')}, state immunization id {P('OTHER_ID', 'IIS' + digits(r, 8))}\n"
            f"Parent {c.nm(par)}, {P('PHONE', c.rels[-1][2])}. Medical exemption for {K('drug', 'MMR 0.5 mL SC')} (CVX {K('code', '03')}): "
            f"prior {K('diagnosis', 'anaphylaxis to neomycin')}; no {K('eponym', 'Guillain-Barré syndrome')}.\n"
            f"Letter from {c.nm(pastor)} of the {K('word', 'church')} not needed for a medical exemption. Valid to {c.D(c.days(365))}.\n"
            f"{c.title(doc)}\n")


def b_cannabis(c: C) -> str:
    r = c.rng
    cg = c.rel("caregiver (father)", "M", given=r.choice(["Herb", "Lennox"]))
    doc = c.clin("certifying physician", "MD")
    w = K("word", "herb") if cg.given == "Herb" else K("eponym", "Lennox-Gastaut syndrome")
    return (f"MEDICAL CANNABIS CERTIFICATION\nPatient {c.nm(c.pt, 'both')}; registry {P('OTHER_ID', 'MMJ' + digits(r, 7))}; cert {c.D()}\n"
            f"Condition: {K('diagnosis', 'intractable epilepsy')} ({K('code', 'G40.919')}); "
            f"{'history of ' + w if cg.given == 'Lennox' else 'prefers whole-' + w + ' products'}.\n"
            f"{K('drug', 'cannabidiol 100 mg/mL 2.5 mL 1-0-1')}; {K('lab', 'ALT 31 U/L')}.\n"
            f"Caregiver {c.nm(cg)}, card {P('OTHER_ID', digits(r, 9))}, {P('PHONE', c.rels[-1][2])}. {c.title(doc)}, DEA {P('LICENSE', dea(r, doc.family))}\n")


BODIES = {
    "animal bite report": b_bite, "embryo cryostorage record": b_embryo,
    "living kidney donor evaluation": b_donor, "utilization review note": b_ur,
    "contact lens fitting record": b_lens, "lead hazard home investigation": b_lead,
    "laser tattoo removal session": b_tattoo, "missed appointment letter": b_noshow,
    "medical identity theft affidavit": b_identity, "birth certificate worksheet": b_birthcert,
    "cord blood collection record": b_cord, "anatomical gift program intake": b_gift,
    "patient refund request": b_refund, "military physical profile": b_profile,
    "ski patrol incident report": b_ski, "athletic trainer injury report": b_atc,
    "ambulatory ECG report": b_holter, "birth plan": b_birthplan, "fitness to fly form": b_fly,
    "diving medical certificate": b_dive, "premarital screening certificate": b_premarital,
    "privacy breach notification letter": b_breach, "portal proxy access request": b_proxy,
    "demographic change request": b_demog, "PDMP review note": b_pdmp,
    "isolation order": b_quarantine, "legal blood draw record": b_legal,
    "medical alert bracelet enrollment": b_alert, "vaccine exemption request": b_exempt,
    "medical cannabis certification": b_cannabis,
}
INFANT = {"birth certificate worksheet"}
FERTILE = {"embryo cryostorage record", "cord blood collection record", "birth plan"}
AGE_RANGE = {"living kidney donor evaluation": (21, 65), "ski patrol incident report": (19, 70),
             "athletic trainer injury report": (16, 22), "diving medical certificate": (18, 72),
             "military physical profile": (19, 45), "premarital screening certificate": (21, 45),
             "laser tattoo removal session": (19, 60), "vaccine exemption request": (5, 17)}
LETTERS = {"missed appointment letter", "privacy breach notification letter"}
