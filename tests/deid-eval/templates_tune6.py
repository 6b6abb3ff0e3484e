"""Note templates, pools and formatters of the tune6 split.

Python 3.11, standard library only; imported by generate_tune6.py and by nothing else.

A template writes its note as one string with inline mark-up:

    ⟦CATEGORY␟text⟧   an identifier (a PHI span of that category)
    ⟪kind␟text⟫       clinical text that must survive (a keep span of that kind)

(␟ is U+001F.)  generate_tune6.py strips the mark-up, records the offsets of every span
and checks them.  Nothing here depends on time, hash order or the machine: every random
choice comes from the random.Random handed to the template.
"""

from __future__ import annotations

import datetime as dt
import random
import re

SEP = "\x1f"
MARKS = "⟦⟧⟪⟫" + SEP

PHI_CATS = (
    "NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "CITY", "ZIP",
    "AGE_OVER_89", "OTHER_ID",
)
KEEP_KINDS = ("eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation",
              "score", "word")


# --------------------------------------------------------------------------- mark-up

def ph(cat: str, s) -> str:
    s = str(s)
    assert cat in PHI_CATS, cat
    assert s and s == s.strip(), repr(s)
    assert not any(ch in s for ch in MARKS), repr(s)
    return f"⟦{cat}{SEP}{s}⟧"


def kp(kind: str, s) -> str:
    s = str(s)
    assert kind in KEEP_KINDS, kind
    assert s and s == s.strip(), repr(s)
    assert not any(ch in s for ch in MARKS), repr(s)
    return f"⟪{kind}{SEP}{s}⟫"


def D(s): return ph("DATE", s)
def PHONE(s): return ph("PHONE", s)
def FAX(s): return ph("FAX", s)
def EMAIL(s): return ph("EMAIL", s)
def SSN(s): return ph("SSN", s)
def MRN(s): return ph("MRN", s)
def HP(s): return ph("HEALTH_PLAN", s)
def ACCT(s): return ph("ACCOUNT", s)
def LIC(s): return ph("LICENSE", s)
def VEH(s): return ph("VEHICLE", s)
def DEV(s): return ph("DEVICE", s)
def URL(s): return ph("URL", s)
def IP(s): return ph("IP", s)
def ADDR(s): return ph("ADDRESS", s)
def CITY(s): return ph("CITY", s)
def ZIP(s): return ph("ZIP", s)
def OID(s): return ph("OTHER_ID", s)
def NM(s): return ph("NAME", s)
def PN(s): return ph("PROVIDER_NAME", s)

def EP(s): return kp("eponym", s)
def DRUG(s): return kp("drug", s)
def LAB(s): return kp("lab", s)
def VIT(s): return kp("vital", s)
def DX(s): return kp("diagnosis", s)
def CODE(s): return kp("code", s)
def ABBR(s): return kp("abbreviation", s)
def SCORE(s): return kp("score", s)
def WORD(s): return kp("word", s)
def AGEK(s): return kp("age", s)


# --------------------------------------------------------------------------- numbers in words

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int, hyphen: bool = True) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (("-" if hyphen else " ") + _ONES[o] if o else "")
    h, rest = divmod(n, 100)
    return _ONES[h] + " hundred" + (" " + words(rest, hyphen) if rest else "")


# --------------------------------------------------------------------------- dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
             "setembro", "outubro", "novembro", "dezembro"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
             "września", "października", "listopada", "grudnia"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]
MONTHS_UK = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
             "вересня", "жовтня", "листопада", "грудня"]
MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
             "Ekim", "Kasım", "Aralık"]
MONTHS_TL = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
             "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]
MONTHS_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
             "novanm", "desanm"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, style: str) -> str:
    Y, m, dd, y = d.year, d.month, d.day, d.year % 100
    f = {
        "mdY": f"{m:02}/{dd:02}/{Y}",
        "mdY_np": f"{m}/{dd}/{Y}",
        "mdy": f"{m}/{dd}/{y:02}",
        "mdy_pad": f"{m:02}/{dd:02}/{y:02}",
        "iso": f"{Y}-{m:02}-{dd:02}",
        "iso_np": f"{Y}-{m}-{dd}",
        "MonDY": f"{MON3[m-1]} {dd}, {Y}",
        "MonthDY": f"{MONTHS[m-1]} {dd}, {Y}",
        "MonthDthY": f"{MONTHS[m-1]} {ordinal(dd)}, {Y}",
        "DMon'y": f"{dd} {MON3[m-1]} '{y:02}",
        "DthMonY": f"{ordinal(dd)} {MON3[m-1]} {Y}",
        "YMonD": f"{Y} {MON3[m-1]} {dd}",
        "D/Mon/Y": f"{dd:02}/{MON3[m-1]}/{Y}",
        "dmY-": f"{dd:02}-{m:02}-{Y}",
        "dmy.": f"{dd}.{m}.{y:02}",
        "mdy'": f"{m}/{dd}/'{y:02}",
        "MonDotDY": f"{MON_DOT[m-1]} {dd}, {Y}",
        "MMDDYY": f"{m:02}{dd:02}{y:02}",
        "MMDDYYYY": f"{m:02}{dd:02}{Y}",
        "YYYYMMDD": f"{Y}{m:02}{dd:02}",
        "md": f"{m}/{dd}",
        "m-d": f"{m}-{dd}",
        "MonDotD": f"{MON_DOT[m-1]} {dd}",
        "mond": f"{MON3[m-1].lower()} {dd}",
        "monthdth": f"{MONTHS[m-1].lower()} {ordinal(dd)}",
        "DD-MON-YY": f"{dd:02}-{MON3[m-1].upper()}-{y:02}",
        "DMonth": f"{dd} {MONTHS[m-1]}",
        "MonthD": f"{MONTHS[m-1]} {dd}",
        "MonthDth": f"{MONTHS[m-1]} {ordinal(dd)}",
        "MonY": f"{MON3[m-1]} {Y}",
        "m/Y": f"{m}/{Y}",
        "pt": f"{dd} de {MONTHS_PT[m-1]} de {Y}",
        "it": f"{dd} {MONTHS_IT[m-1]} {Y}",
        "pl": f"{dd} {MONTHS_PL[m-1]} {Y}",
        "ru": f"{dd} {MONTHS_RU[m-1]} {Y}",
        "uk": f"{dd} {MONTHS_UK[m-1]} {Y}",
        "tr": f"{dd} {MONTHS_TR[m-1]} {Y}",
        "tl": f"{MONTHS_TL[m-1]} {dd}, {Y}",
        "ht": f"{dd} {MONTHS_HT[m-1]} {Y}",
        "vi": f"{dd} tháng {m} năm {Y}",
        "ko": f"{Y}년 {m}월 {dd}일",
        "dm/Y": f"{dd:02}/{m:02}/{Y}",
        "dmY.": f"{dd:02}.{m:02}.{Y}",
    }
    return f[style]


# Weighted: the usual EHR forms most often, the unusual ones often enough to be measured.
DMY_APOS = "DMon'y"
DATE_COMMON = ["mdY"] * 6 + ["mdy"] * 3 + ["mdY_np"] * 2 + ["iso"] * 2 + ["MonDY", "MonthDY"]
DATE_ODD = ["iso_np", "MonthDthY", "DMon'y", "DthMonY", "YMonD", "D/Mon/Y", "dmY-", "dmy.",
            "mdy'", "MonDotDY", "DD-MON-YY", "mdy_pad"]
DATE_SHORT = ["md", "md", "md", "m-d", "MonDotD", "MonthD", "MonthDth", "DMonth"]


def age_years(dob: dt.date, on: dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def age_months_rem(dob: dt.date, on: dt.date) -> int:
    months = (on.year - dob.year) * 12 + on.month - dob.month - (on.day < dob.day)
    return months % 12


# --------------------------------------------------------------------------- ages

def ru_years(n: int) -> str:
    if 11 <= n % 100 <= 14:
        return "лет"
    return {1: "год", 2: "года", 3: "года", 4: "года"}.get(n % 10, "лет")


def uk_years(n: int) -> str:
    if 11 <= n % 100 <= 14:
        return "років"
    return {1: "рік", 2: "роки", 3: "роки", 4: "роки"}.get(n % 10, "років")


def fmt_age(n: int, style: str, months: int = 0) -> str:
    if style == "words_yo":
        return words(n) + "-year-old"
    return {
        "yo": f"{n} yo",
        "y/o": f"{n} y/o",
        "yoa": f"{n}yo",
        "yob": f"{n}-year-old",
        "yob_typo": f"{n}-year old",
        "yrs": f"{n} yrs",
        "years": f"{n} years",
        "Y": f"{n}Y",
        "pad": f"{n:03}Y",
        "dec": f"{n}.{months * 10 // 12} y",
        "ym": f"{n}y {months}m",
        "num": f"{n}",
        "words": words(n),
        "words_sp": words(n, hyphen=False),
        "pt": f"{n} anos",
        "it": f"{n} anni",
        "pl": f"{n} lat" if n % 10 not in (2, 3, 4) or 12 <= n % 100 <= 14 else f"{n} lata",
        "ru": f"{n} {ru_years(n)}",
        "ko": f"{n}세",
        "tr": f"{n} yaşında",
        "vi": f"{n} tuổi",
        "tl": f"{n} taong gulang",
        "uk": f"{n} {uk_years(n)}",
        "ht": f"{n} an",
        "hmn": f"{n} xyoos",
        "so": f"{n} jir",
        "de": f"{n} Jahre",
        "es": f"{n} años",
    }[style]


def age_mark(n: int, s: str) -> str:
    """An age's span: AGE_OVER_89 above 89, keep `age` otherwise."""
    return ph("AGE_OVER_89", s) if n >= 90 else kp("age", s)


# --------------------------------------------------------------------------- check digits

def dea_ok(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def make_dea(r: random.Random, surname: str, midlevel: bool = False) -> str:
    first = "M" if midlevel else r.choice("ABFG")
    init = next((ch for ch in surname.upper() if "A" <= ch <= "Z"), "X")
    d = [r.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + init + "".join(map(str, d)) + str(chk)


def luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


def make_npi(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randrange(10)) for _ in range(8))
    for c in "0123456789":
        if npi_ok(body + c):
            return body + c
    raise AssertionError


_VIN_VAL = {**{str(i): i for i in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
            "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
_VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_ok(s: str) -> bool:
    if len(s) != 17 or any(c not in _VIN_VAL for c in s):
        return False
    t = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W)) % 11
    return s[8] == ("X" if t == 10 else str(t))


def make_vin(r: random.Random) -> str:
    wmi = r.choice(["1FT", "1G1", "2T1", "3GN", "5NP", "1HG", "JTD", "KMH", "1C4", "4T1",
                    "3FA", "1N4", "WVW", "5FN", "2HG", "1GC"])
    rest = [r.choice(_VIN_CH) for _ in range(14)]
    rest[6] = r.choice("0123456789")                      # position 10: model year code-ish
    s = list(wmi) + rest
    s[9] = r.choice("LMNPRS")
    t = sum(_VIN_VAL[c] * w for c, w in zip(s, _VIN_W)) % 11
    s[8] = "X" if t == 10 else str(t)
    v = "".join(s)
    assert vin_ok(v)
    return v


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"
_MBI_AN = _MBI_A + "0123456789"


def make_mbi(r: random.Random) -> str:
    n = lambda: str(r.randrange(10))
    a = lambda: r.choice(_MBI_A)
    an = lambda: r.choice(_MBI_AN)
    return (str(r.randrange(1, 10)) + a() + an() + n() + a() + an() + n() + a() + a()
            + n() + n())


def make_ssn(r: random.Random) -> tuple[str, str, str]:
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03}", f"{r.randrange(1, 100):02}", f"{r.randrange(1, 10000):04}"


def digits(r: random.Random, n: int, lead_nonzero: bool = True) -> str:
    s = "".join(str(r.randrange(10)) for _ in range(n))
    if lead_nonzero and s[0] == "0":
        s = str(r.randrange(1, 10)) + s[1:]
    return s


def letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------- people

# Latin-script cultures: given names by sex and family names (by sex where the language
# inflects them).  Scripted names are in SCRIPTED below.
CULTURES = {
    "us": dict(
        F=["Deborah", "Shondra", "LaTonya", "Jo Ellen", "Billie Sue", "Mary Beth", "Tammy",
           "Krystal", "Lorena", "Charlene", "Peggy", "Rhonda", "Brandi", "Kaylee", "Trudy",
           "Annabelle", "Marisol", "Geneva", "Wanda", "Imani"],
        M=["Travis", "Deshawn", "Billy Joe", "Cletus", "Dwayne", "Harlan", "Jerome", "Kyle",
           "Lonnie", "Marcus", "Otis", "Rodney", "Virgil", "Wendell", "Tyrese", "Beauregard",
           "Cornelius", "Emmett", "Garland", "Roscoe"],
        family=["Pruitt", "Hensley", "Whitfield", "Merriweather", "Fairley", "McCreary",
                "Gentry", "Satterfield", "Dunaway", "Pickens", "Tillman", "Honeycutt",
                "Ledbetter", "Crumpton", "Oakes", "Yarbrough", "Voss", "Kimbrough", "Rutledge",
                "Pettigrew", "Blevins", "Gaddy", "Cantrell", "Spurlock", "Mabry", "Thigpen",
                "Swearingen", "Puckett", "Bledsoe", "Hatfield"]),
    "pl": dict(
        F=["Ewa", "Grażyna", "Zofia", "Bożena", "Jadwiga", "Małgorzata", "Halina"],
        M=["Zbigniew", "Wojciech", "Jarosław", "Mirosław", "Czesław", "Grzegorz"],
        family_F=["Kowalczyk", "Wiśniewska", "Zielińska", "Szymańska", "Woźniak", "Dąbrowska",
                  "Kaczmarek", "Pawlak", "Grabowska", "Jabłońska"],
        family_M=["Kowalczyk", "Wiśniewski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
                  "Kaczmarek", "Pawlak", "Grabowski", "Jabłoński"]),
    "ng": dict(
        F=["Olúwaṣeun", "Chidinma", "Ifeoma", "Fọlásadé", "Ngozi", "Adaeze", "Yetunde"],
        M=["Babátúndé", "Chukwuemeka", "Kelechi", "Oluwadamilare", "Ikechukwu", "Adébáyọ̀"],
        family=["Okonkwo", "Nwosu", "Àjàyí", "Ògúnlànà", "Obi", "Onyekachi", "Adéwọlé",
                "Ezeh", "Okafor", "Olátúnjí"]),
    "zw": dict(
        F=["Memory", "Blessing", "Loveness", "Precious", "Gift", "Tendai", "Rufaro"],
        M=["Innocent", "Trust", "Fortune", "Tinashe", "Tapiwa", "Gift", "Farai"],
        family=["Moyo", "Chikwanha", "Ncube", "Mutasa", "Dube", "Sibanda", "Mhlanga",
                "Chiweshe", "Makoni", "Nyathi"]),
    "so": dict(
        F=["Hodan", "Xaliimo", "Sahra", "Faadumo", "Ubax", "Deeqa"],
        M=["Cabdiraxmaan", "Maxamed", "Xasan", "Cabdullaahi", "Guuleed", "Axmed"],
        family=["Warsame", "Faarax", "Cali Jaamac", "Axmed Nuur", "Xirsi", "Cismaan",
                "Yuusuf", "Ducaale"]),
    "hmong": dict(
        F=["Pa Nhia", "Mai Yer", "Yia", "Ka Zoua", "Nou", "Choua"],
        M=["Tou Lor", "Nou Chee", "Kou", "Xee", "Pao", "Vang Chue"],
        family=["Xiong", "Vang", "Thao", "Yang", "Moua", "Lor", "Hang", "Khang"]),
    "haw": dict(
        F=["Kaʻiulani", "Leimomi", "Makana", "Noelani", "Pualani"],
        M=["Keoni", "Kainoa", "Kawika", "Nohea", "Makoa"],
        family=["Kealoha", "Kahananui", "Nāone", "Akana", "Kahaleʻole", "Kamakau",
                "Keawe"]),
    "mi": dict(
        F=["Aroha", "Ngaio", "Mere", "Hinewai"],
        M=["Wiremu", "Hēmi", "Tāne", "Rāwiri"],
        family=["Te Whata", "Ngata", "Parata", "Tāwhai", "Te Rangi", "Hōhaia"]),
    "ph": dict(
        F=["Ma. Cristina", "Jocelyn", "Marilou", "Rosario", "Maria Luz", "Lourdes"],
        M=["Rodrigo", "Ernesto", "Reynaldo", "Jun", "Danilo", "Efren"],
        family=["Dimaculangan", "Macaraeg", "Bautista-Pangilinan", "Lacson", "Magbanua",
                "Dizon", "Panganiban", "Soriano"],
        nick_F=["Bebeth", "Tintin", "Inday"], nick_M=["Bong", "Jun-jun", "Dodong"]),
    "ht": dict(
        F=["Wislande", "Marie-Yolène", "Guerline", "Nadège", "Rose-Berthe"],
        M=["Dieunel", "Fritznel", "Jean-Robert", "Wilner", "Ti-Paul"],
        family=["Jean-Baptiste", "Pierre-Louis", "Désir", "Etienne", "Saint-Fleur",
                "Dorvilus", "Augustin"]),
    "br": dict(
        F=["Maria Aparecida", "Luíza", "Thaís", "Conceição", "Rafaela"],
        M=["João Pedro", "Thiago", "Sebastião", "Cauã", "Gilberto"],
        family=["dos Santos Ferreira", "Nascimento", "Gonçalves", "da Silva Araújo",
                "Conceição", "Magalhães", "Bezerra"]),
    "nl": dict(
        F=["Femke", "Anouk", "Marieke", "Sanne"],
        M=["Joost", "Maarten", "Pieter-Jan", "Sjoerd"],
        family=["van der Wiel", "'t Hart", "de Wit", "Verhoeven", "van Rijswijk",
                "Oosterhuis"]),
    "tr": dict(
        F=["Ayşe", "Gülşen", "Emine", "Şükriye", "Hatice"],
        M=["Mehmet", "Oğuz", "İsmail", "Hüseyin", "Kadir"],
        family=["Yıldırım", "Çelik", "Aydın", "Kılıç", "Öztürk", "Şahin", "Doğan"]),
    "es": dict(
        F=["Rosa Elvira", "Guadalupe", "María José", "Yesenia", "Xiomara", "Consuelo"],
        M=["Jesús Antonio", "Evaristo", "Nicanor", "Heriberto", "Wilfredo", "Anselmo"],
        family=["Cañas de Molina", "Ybarra", "Arreola", "Villaseñor", "Ochoa Lugo",
                "Benavides", "Quiñónez", "Zepeda"],
        nick_F=["Lupita", "Chelo", "Yesi"], nick_M=["Chuy", "Nico", "Pepe"]),
    "maya": dict(
        F=["Xochitl", "Ixchel", "Rosalba", "Matilde"],
        M=["Baltazar", "Cruz", "Domingo", "Sebastián"],
        family=["Tzul", "Caal", "Xol", "Ical", "Tzoc", "Chub"]),
    "karen": dict(
        F=["Naw Say Paw", "Naw Eh Ku", "Naw Htoo Htoo"],
        M=["Saw Eh Htoo", "Saw Ler Wah", "Saw Kaw Doh"],
        family=[""]),
    "np": dict(
        F=["Dil Maya", "Bishnu Kumari", "Chandra Kala", "Devi Maya"],
        M=["Tek Bahadur", "Ganga Ram", "Hari Prasad", "Nar Bahadur"],
        family=["Gurung", "Rai", "Adhikari", "Dhakal", "Tamang", "Subba"]),
    "in": dict(
        F=["Lakshmi Priya", "Gurpreet", "Anjali", "Meenakshi", "Harleen"],
        M=["Venkata Satya Narayana", "Harjinder", "Raghavendra", "Sukhwinder"],
        family_F=["Ramaswamy", "Kaur", "Gill", "Murthy", "Chakraborty", "Venkataraman", "Bhattacharjee"],
        family_M=["Ramaswamy", "Singh", "Gill", "Murthy", "Chakraborty", "Venkataraman", "Bhattacharjee"]),
    "gd": dict(
        F=["Eilidh", "Catrìona", "Mòrag"],
        M=["Ruairidh", "Tormod", "Seumas"],
        family_F=["NicLeòid", "NicDhòmhnaill", "NicAoidh"],
        family_M=["MacLeòid", "MacDhòmhnaill", "MacAoidh"]),
    "cy": dict(
        F=["Gwenllian", "Rhiannon", "Eirlys"],
        M=["Iolo", "Dafydd", "Gruffydd"],
        family=["ap Gwilym", "Pritchard", "Llewellyn", "Prydderch"]),
    "fi": dict(
        F=["Aili", "Pirjo", "Tuulikki"],
        M=["Juhani", "Veikko", "Eero"],
        family=["Näkkäläjärvi", "Mäkelä-Heikkilä", "Hyvärinen", "Kärkkäinen"]),
    "de": dict(
        F=["Margarethe", "Hannelore", "Gudrun", "Liesel"],
        M=["Hans-Peter", "Dietmar", "Wolfgang", "Reinhold"],
        family=["Groß", "Huber", "Weißenborn", "Pfeiffer", "Straßburger"],
        nick_F=["Gretl", "Lilo"], nick_M=["Hansi", "Didi"]),
    "fr": dict(
        F=["Marie-Ève", "Ginette", "Solange", "Rachelle"],
        M=["Jean-François", "Réjean", "Gaétan", "Normand"],
        family=["Thibodeau", "Lévesque", "Thibodeaux", "Boudreaux", "Arseneault",
                "Comeau"]),
    "nav": dict(
        F=["Lorraine", "Delphine", "Marlene", "Raylene", "Verna"],
        M=["Harrison", "Darrell", "Leland", "Rudy", "Alvin"],
        family=["Begay", "Yazzie", "Tsosie", "Nez", "Tsinajinnie", "Etsitty", "Benally",
                "Bitsui"]),
    "ar": dict(
        F=["Huda", "Rania", "Nour", "Samira"],
        M=["Yousef", "Abdulrahman", "Tariq", "Ghassan"],
        family=["Al-Sabbagh", "Abu-Ghazaleh", "El-Khoury", "Haddad", "Al-Jubouri",
                "Nasrallah"]),
    "amish": dict(
        F=["Rebecca", "Mattie", "Sadie", "Katie Ann"],
        M=["Eli J.", "Amos", "Levi", "Jonas"],
        family=["Stoltzfus", "Beiler", "Zook", "Esh", "Lapp", "Riehl"]),
}

# Names in their own script with their romanisation: (given, family, sex, script, order, group)
# order "gf": romanised given-family; "fg": family first (one span either way).
SCRIPTED = [
    ("Iryna", "Kovalchuk", "F", "Ірина Ковальчук", "gf", "uk"),
    ("Bohdan", "Shevchuk", "M", "Богдан Шевчук", "gf", "uk"),
    ("Liudmyla", "Tkachenko", "F", "Людмила Ткаченко", "gf", "uk"),
    ("Taras", "Kravchenko", "M", "Тарас Кравченко", "gf", "uk"),
    ("Halyna", "Lysenko", "F", "Галина Лисенко", "gf", "uk"),
    ("Tamara Petrovna", "Sokolova", "F", "Тамара Петровна Соколова", "gf", "ru"),
    ("Gennadiy Ilyich", "Morozov", "M", "Геннадий Ильич Морозов", "gf", "ru"),
    ("Saba", "Gebrehiwet", "F", "ሳባ ገብረሂወት", "gf", "ti"),
    ("Yonas", "Tekle", "M", "ዮናስ ተኽለ", "gf", "ti"),
    ("Nasreen", "Akhtar", "F", "نسرین اختر", "gf", "ur"),
    ("Imran", "Qureshi", "M", "عمران قریشی", "gf", "ur"),
    ("Zarmina", "Khan", "F", "زرمینه خان", "gf", "ps"),
    ("Wing Sze", "Lau", "F", "劉詠詩", "fg", "yue"),
    ("Ka Yan", "Ho", "F", "何嘉欣", "fg", "yue"),
    ("Chi Keung", "Leung", "M", "梁志強", "fg", "yue"),
    ("Haruko", "Tanaka", "F", "田中春子", "fg", "ja"),
    ("Michiko", "Hasegawa", "F", "長谷川美智子", "fg", "ja"),
    ("Ji-hoon", "Park", "M", "박지훈", "fg", "ko"),
    ("Seo-yeon", "Jung", "F", "정서연", "fg", "ko"),
    ("Eleni", "Karagianni", "F", "Ελένη Καραγιάννη", "gf", "el"),
    ("Shira", "Abutbul", "F", "שירה אבוטבול", "gf", "he"),
    ("Anahit", "Grigoryan", "F", "Անահիտ Գրիգորյան", "gf", "hy"),
    ("Somchai", "Rattanakul", "M", "สมชาย รัตนกุล", "gf", "th"),
    ("Nino", "Beridze", "F", "ნინო ბერიძე", "gf", "ka"),
    ("Sunita", "Shrestha", "F", "सुनीता श्रेष्ठ", "gf", "ne"),
    ("Ramesh", "Shrestha", "M", "रमेश श्रेष्ठ", "gf", "ne"),
    ("Giorgi", "Beridze", "M", "გიორგი ბერიძე", "gf", "ka"),
    ("Dimitrios", "Karagiannis", "M", "Δημήτριος Καραγιάννης", "gf", "el"),
    ("Avraham", "Abutbul", "M", "אברהם אבוטבול", "gf", "he"),
    ("Aram", "Grigoryan", "M", "Արամ Գրիգորյան", "gf", "hy"),
    ("Malee", "Rattanakul", "F", "มาลี รัตนกุล", "gf", "th"),
    ("Jae-won", "Jung", "M", "정재원", "fg", "ko"),
    ("Kenji", "Tanaka", "M", "田中健二", "fg", "ja"),
    ("Farida", "Qureshi", "F", "فریدہ قریشی", "gf", "ur"),
    ("Gul Ahmad", "Khan", "M", "ګل احمد خان", "gf", "ps"),
    ("Mei Ling", "Lau", "F", "劉美玲", "fg", "yue"),
    ("Oleksandr", "Kovalchuk", "M", "Олександр Ковальчук", "gf", "uk"),
    ("Pyotr Ivanovich", "Sokolov", "M", "Пётр Иванович Соколов", "gf", "ru"),
    ("Valentina Sergeyevna", "Morozova", "F", "Валентина Сергеевна Морозова", "gf", "ru"),
    ("Tesfay", "Gebrehiwet", "M", "ተስፋይ ገብረሂወት", "gf", "ti"),
]

# Given names that are ordinary words (word used lower-case in the same note).
WORD_GIVEN = {
    # name: (sex, word, culture)
    "Innocent": ("M", "innocent", "zw"), "Memory": ("F", "memory", "zw"),
    "Gift": ("F", "gift", "zw"), "Blessing": ("F", "blessing", "ng"),
    "Amber": ("F", "amber", "us"), "Crystal": ("F", "crystal", "us"),
    "Olive": ("F", "olive", "us"), "Ginger": ("F", "ginger", "us"),
    "Gene": ("M", "gene", "us"), "Max": ("M", "max", "de"), "Rod": ("M", "rod", "us"),
    "Grace": ("F", "grace", "ph"), "Dot": ("F", "dot", "us"), "Sage": ("F", "sage", "us"),
}
# Family names that are ordinary words.
WORD_FAMILY = {
    "Green": "green", "Gross": "gross", "Bland": "bland", "Block": "block", "Fine": "fine",
    "Good": "good", "Early": "early", "Head": "head", "Hand": "hand", "Foot": "foot",
    "Bone": "bone", "Blood": "blood", "Mole": "mole", "Nurse": "nurse", "Cotton": "cotton",
    "Sugar": "sugar", "Salt": "salt", "Pink": "pink", "Stout": "stout", "Little": "little",
    "Sweat": "sweat", "Blank": "blank", "Frost": "frost", "Steel": "steel", "Gold": "gold",
    "Berry": "berry", "Rice": "rice", "Root": "root", "Cross": "cross", "Best": "best",
    "Power": "power", "Sweet": "sweet", "Rash": "rash", "Bridge": "bridge", "Light": "light",
    "Glass": "glass", "Quick": "quick", "Able": "able",
}

# A sentence for each word, the word kept (keep `word`), to sit in a note where a person
# carries the word as a name.
WORD_USES = {
    "innocent": ["Soft grade 1/6 {w} murmur at the left sternal border, unchanged.",
                "Murmur judged {w} by cardiology."],
    "memory": ["Short-term {w} grossly intact on bedside testing.",
              "Keeps a {w} notebook for appointments."],
    "gift": ["Family left a {w} bag at the desk for the night staff.",
            "Declined the {w} card offered by the volunteer office."],
    "blessing": ["Chaplain offered a {w} at the family's request.",
                "Family asked for a {w} before the procedure."],
    "amber": ["Urine {w}-coloured, clear, no sediment.",
             "Wears {w}-tinted glasses for photophobia."],
    "crystal": ["Joint fluid: one {w} form seen on polarised light, negatively birefringent.",
               "No {w} forms on urine microscopy."],
    "olive": ["Advised to swap butter for {w} oil; dietitian handout given.",
             "{W} oil used to soften cerumen before irrigation."],
    "ginger": ["Tolerating {w} ale and crackers this morning.",
              "Uses {w} chews for nausea."],
    "gene": ["Single-{w} testing was declined in favour of the panel.",
            "Offered {w} testing; wants to think about it."],
    "max": ["HR {w} 148 during the session, recovered in 3 minutes.",
           "Pain at its {w} was 8/10 last night."],
    "rod": ["Old intramedullary {w} in the right femur noted on films.",
           "Spinal fusion {w} hardware intact on the scout image."],
    "grace": ["The plan has a 30-day {w} period before the next review.",
             "Insurance {w} period ends this month."],
    "dot": ["A {w}-like petechia on the soft palate, none elsewhere.",
           "A small {w} of blood on the dressing, dry."],
    "sage": ["Uses {w} tea for sore throat; no interaction concerns.",
            "Burns {w} at home; no smoke exposure otherwise."],
    "green": ["Sputum {w}, thick, mostly in the mornings.",
             "Wound drainage without {w} discoloration."],
    "gross": ["No {w} hematuria; dipstick trace blood only.",
             "{W} motor function intact in all limbs."],
    "bland": ["Advance to a {w} diet as tolerated.",
             "Tolerating a {w} diet."],
    "block": ["First-degree AV {w} on the strip, PR 228 ms.",
             "Received a nerve {w} for the procedure."],
    "fine": ["{W} bibasilar crackles that clear with cough.",
            "{W} tremor of the outstretched hands."],
    "good": ["{W} air movement throughout, no wheeze.",
            "Appetite {w}, sleeping 6 h."],
    "early": ["Reports {w} satiety and a 4 kg weight loss.",
             "{W} morning awakening most days."],
    "head": ["{W} CT without contrast showed no acute findings.",
            "{W} of bed elevated 30°."],
    "hand": ["{W} hygiene reviewed with family before leaving.",
            "Right {w} dominant."],
    "foot": ["Monofilament exam of each {w} intact at 10 sites.",
            "Wears a {w} drop brace on the left."],
    "bone": ["{W} density last measured three years ago.",
            "No {w} pain."],
    "blood": ["{W} cultures x2 drawn before the first antibiotic dose.",
             "{W} pressure log brought to the visit."],
    "mole": ["Irregular {w} on the left scapula, referred to dermatology.",
            "Changing {w} on the back to be checked by dermatology."],
    "nurse": ["Visiting {w} to recheck the dressing on Friday.",
             "Home {w} visits twice weekly."],
    "cotton": ["Cleaned with a {w}-tipped applicator and saline.",
              "Dressed in loose {w} clothing."],
    "sugar": ["Blood {w} log reviewed, fasting 110s to 130s.",
             "Checks {w} twice a day."],
    "salt": ["Reinforced the 2 g {w} restriction.",
            "Uses {w} substitute at home."],
    "pink": ["Mucosa {w} and moist; cap refill under 2 s.",
            "Skin warm and {w}."],
    "stout": ["Drinks one {w} on weekends, no other alcohol.",
             "Body habitus {w}; BMI 34."],
    "little": ["{W} league coach asked for a return-to-play note.",
              "Drinks {w} water during the day."],
    "sweat": ["{W} chloride testing was normal in childhood.",
             "Cold {w} and pallor during the episode."],
    "blank": ["Episodes of {w} staring lasting seconds, per school.",
             "Left the allergy field {w}; confirmed NKDA verbally."],
    "frost": ["No {w} exposure; the home is heated.",
             "Windows had {w} inside — heating off, per caller."],
    "steel": ["Stainless {w} sutures in the sternum on the chest film.",
             "{W}-toed boots required at work."],
    "gold": ["Polysomnography remains the {w} standard if home testing is equivocal.",
            "Wears a {w} wedding band; taped for imaging."],
    "berry": ["No {w} aneurysm on the CTA.",
             "Eats a {w} smoothie most mornings."],
    "rice": ["Loose {w}-water stools reported by the caller.",
            "Advised {w}, toast and bananas as tolerated."],
    "root": ["L5 nerve {w} irritation suspected; straight-leg raise positive at 40°.",
            "Dental {w} canal planned next month."],
    "cross": ["Type and {w} sent, 2 units on hold.",
             "Uses a {w}-body bag to spare the shoulder."],
    "best": ["{W} corrected acuity unchanged from last year.",
            "{W} contact is the cell phone."],
    "power": ["Motor {w} 5/5 in all four limbs.",
             "{W} wheelchair for long distances."],
    "sweet": ["Craves {w} drinks; counselled on sugar-sweetened beverages.",
             "Reports a {w} tooth; counselled on snacks."],
    "rash": ["No {w}, no urticaria, no angioedema.",
            "Diaper-area {w} resolved."],
    "bridge": ["Heparin {w} not needed for this procedure.",
              "Dental {w} removed before sedation."],
    "light": ["Pupils equal and reactive to {w}; sensation to {w} touch intact.",
             "{W} sensitivity with headaches."],
    "glass": ["Drinks one {w} of wine with dinner.",
             "Drinks a {w} of milk at bedtime."],
    "quick": ["A {w} SOFA of 1 on arrival.",
             "{W} to tire on stairs."],
    "able": ["{W} to climb one flight of stairs without stopping.",
            "{W} to teach back the inhaler technique."],
}


# --------------------------------------------------------------------------- places

# (city, state, ZIP prefix 3 digits, phone area codes)
US_CITIES = [
    ("Kalispell", "MT", "599", ["406"]), ("Hays", "KS", "676", ["785"]),
    ("Natchitoches", "LA", "714", ["318"]), ("Chillicothe", "OH", "456", ["740"]),
    ("Dubuque", "IA", "520", ["563"]), ("Ottumwa", "IA", "525", ["641"]),
    ("Bemidji", "MN", "566", ["218"]), ("Nacogdoches", "TX", "759", ["936"]),
    ("Paducah", "KY", "420", ["270"]), ("Bluefield", "WV", "247", ["304"]),
    ("Laramie", "WY", "820", ["307"]), ("Elko", "NV", "898", ["775"]),
    ("Yakima", "WA", "989", ["509"]), ("Klamath Falls", "OR", "976", ["541"]),
    ("Chico", "CA", "959", ["530"]), ("Yuma", "AZ", "853", ["928"]),
    ("Gallup", "NM", "873", ["505"]), ("Chinle", "AZ", "865", ["928"]),
    ("Bethel", "AK", "995", ["907"]), ("Hilo", "HI", "967", ["808"]),
    ("Presque Isle", "ME", "047", ["207"]), ("Rutland", "VT", "057", ["802"]),
    ("Keene", "NH", "034", ["603"]), ("Pawtucket", "RI", "028", ["401"]),
    ("Hackensack", "NJ", "076", ["201", "551"]), ("Utica", "NY", "135", ["315"]),
    ("Altoona", "PA", "166", ["814"]), ("Hagerstown", "MD", "217", ["301", "240"]),
    ("Danville", "VA", "245", ["434"]), ("Rocky Mount", "NC", "278", ["252"]),
    ("Valdosta", "GA", "316", ["229"]), ("Dothan", "AL", "363", ["334"]),
    ("Tupelo", "MS", "388", ["662"]), ("Jonesboro", "AR", "724", ["870"]),
    ("Muskogee", "OK", "744", ["918"]), ("Harlingen", "TX", "785", ["956"]),
    ("Las Cruces", "NM", "880", ["575"]), ("Pueblo", "CO", "810", ["719"]),
    ("Pocatello", "ID", "832", ["208"]), ("Minot", "ND", "587", ["701"]),
    ("Kearney", "NE", "688", ["308"]), ("Carbondale", "IL", "629", ["618"]),
    ("Kokomo", "IN", "469", ["765"]), ("Saginaw", "MI", "486", ["989"]),
    ("Eau Claire", "WI", "547", ["715"]), ("Oshkosh", "WI", "549", ["920"]),
    ("Mankato", "MN", "560", ["507"]), ("Twin Falls", "ID", "833", ["208"]),
    ("Visalia", "CA", "932", ["559"]), ("Texarkana", "TX", "755", ["903"]),
    ("Biloxi", "MS", "395", ["228"]), ("Gadsden", "AL", "359", ["256"]),
    ("Ocala", "FL", "344", ["352"]), ("Morgantown", "WV", "265", ["304"]),
    ("Elmira", "NY", "149", ["607"]), ("Fall River", "MA", "027", ["508", "774"]),
    ("Waukegan", "IL", "600", ["847", "224"]), ("Lawrenceville", "GA", "300", ["770", "678"]),
    ("Hialeah", "FL", "330", ["305", "786"]), ("Passaic", "NJ", "070", ["973"]),
    ("Yonkers", "NY", "107", ["914"]), ("Pomona", "CA", "917", ["909"]),
    ("Bridgeport", "CT", "066", ["203"]), ("Lowell", "MA", "018", ["978"]),
]
# Towns whose names are words, used both ways in a note: (town, state, zip3, area, word)
WORD_TOWNS = [
    ("Bland", "VA", "243", ["276"], "bland"), ("Sleepy Eye", "MN", "560", ["507"], "sleepy"),
    ("Rapid City", "SD", "577", ["605"], "rapid"), ("Marathon", "WI", "544", ["715"], "marathon"),
    ("Sugar Land", "TX", "774", ["281", "832"], "sugar"), ("Harmony", "MN", "559", ["507"], "harmony"),
    ("Temperance", "MI", "481", ["734"], "temperance"), ("Cool", "CA", "956", ["530"], "cool"),
    ("Happy", "TX", "790", ["806"], "happy"), ("Sweet Home", "OR", "973", ["541"], "sweet"),
    ("Embarrass", "MN", "557", ["218"], "embarrass"), ("Hot Springs", "AR", "719", ["501"], "hot"),
    ("Coldwater", "MI", "490", ["517"], "cold"), ("Gap", "PA", "175", ["717"], "gap"),
    ("Fairplay", "CO", "804", ["719"], "fair"), ("Friendly", "WV", "261", ["304"], "friendly"),
    ("Marked Tree", "AR", "723", ["870"], "marked"), ("Sulphur", "LA", "706", ["337"], "sulphur"),
]
# Sentences with the town word used as a word.
TOWN_WORD_USES = {
    "bland": "Stools {w}, formed, guaiac negative.",
    "sleepy": "More {w} in the afternoons since the dose change.",
    "rapid": "{W} strep negative; culture pending.",
    "marathon": "Ran a half {w} last spring without symptoms.",
    "sugar": "Reports low blood {w} twice this week, both before lunch.",
    "harmony": "Prenatal cell-free DNA ({w}-type panel) was low risk.",
    "temperance": "Has kept {w} since 2015 with AA support.",
    "cool": "Extremities {w} to touch, mottled over the knees.",
    "happy": "Says she is {w} with the new hearing aids.",
    "sweet": "Breath with a {w}, fruity odour on arrival.",
    "embarrass": "Did not want to {w} her son by asking for help.",
    "hot": "Right knee {w}, swollen, painful with passive motion.",
    "cold": "{W} intolerance and dry skin for months.",
    "gap": "Anion {w} 18 on the first panel, closed by morning.",
    "fair": "Prognosis {w}; family understands.",
    "friendly": "{W}, cooperative, good eye contact.",
    "marked": "{W} improvement in dyspnoea after the second treatment.",
    "sulphur": "Notes a {w} taste since starting the new tablets.",
}

STREET_NAMES = [
    "Tamarack", "Quarry Hill", "Osage", "Cottonwood Bend", "Pelham", "Windrow", "Larchmont",
    "Persimmon", "Buckeye", "Catalpa", "Switchgrass", "Redbud", "Sassafras", "Millrace",
    "Tanglewood", "Hollyhock", "Ironwood", "Whippoorwill", "Quail Run", "Saddle Horn",
    "Mesquite", "Paloverde", "Arroyo Seco", "Kestrel", "Foxglove", "Juniper Ridge",
    "Bluestem", "Canal", "Depot", "Tannery", "Schoolhouse", "Orchard Gap", "Lamplighter",
    "Cardinal", "Wheelwright", "Ferry Landing", "Sorghum Mill", "Kiln", "Brickyard",
    "Pawnee", "Chickasaw", "Muscadine", "Loblolly", "Bittersweet", "Thistle", "Heron Bay",
    "Gristmill", "Tollgate", "Sugar Maple", "Stillwater", "Falcon Crest", "Copperleaf",
]
STREET_TYPES = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Pl", "Blvd", "Way", "Cir", "Ter", "Pkwy",
                "Trl", "Loop", "Hwy"]
STREET_TYPES_LONG = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Dr": "Drive", "Ln": "Lane",
                     "Ct": "Court", "Pl": "Place", "Blvd": "Boulevard", "Way": "Way",
                     "Cir": "Circle", "Ter": "Terrace", "Pkwy": "Parkway", "Trl": "Trail",
                     "Loop": "Loop", "Hwy": "Highway"}
MHP_NAMES = ["Shady Acres MHP", "Pine Hollow Mobile Home Park", "Riverbend Estates MHP",
             "Countryside Village Mobile Park", "Sunset Mesa RV & MHP"]
COMPLEXES = ["Cedar Glen Apartments", "The Landing at Millrace", "Harbor View Senior Living",
             "Magnolia Court Apts", "Foxfield Commons"]
COUNTY = {
    "Kalispell": "Flathead", "Hays": "Ellis", "Natchitoches": "Natchitoches", "Chillicothe": "Ross",
    "Dubuque": "Dubuque", "Ottumwa": "Wapello", "Bemidji": "Beltrami", "Nacogdoches": "Nacogdoches",
    "Paducah": "McCracken", "Bluefield": "Mercer", "Laramie": "Albany", "Elko": "Elko", "Yakima": "Yakima",
    "Klamath Falls": "Klamath", "Chico": "Butte", "Yuma": "Yuma", "Gallup": "McKinley", "Chinle": "Apache",
    "Presque Isle": "Aroostook", "Rutland": "Rutland", "Keene": "Cheshire", "Pawtucket": "Providence",
    "Hackensack": "Bergen", "Utica": "Oneida", "Altoona": "Blair", "Rocky Mount": "Nash",
    "Valdosta": "Lowndes", "Dothan": "Houston", "Jonesboro": "Craighead", "Muskogee": "Muskogee",
    "Harlingen": "Cameron", "Las Cruces": "Doña Ana", "Pueblo": "Pueblo", "Pocatello": "Bannock",
    "Kearney": "Buffalo", "Carbondale": "Jackson", "Kokomo": "Howard", "Saginaw": "Saginaw",
    "Eau Claire": "Eau Claire", "Oshkosh": "Winnebago", "Mankato": "Blue Earth", "Twin Falls": "Twin Falls",
    "Visalia": "Tulare", "Texarkana": "Bowie", "Biloxi": "Harrison", "Gadsden": "Etowah", "Ocala": "Marion",
    "Morgantown": "Monongalia", "Elmira": "Chemung", "Fall River": "Bristol", "Waukegan": "Lake",
    "Lawrenceville": "Gwinnett", "Hialeah": "Miami-Dade", "Passaic": "Passaic", "Yonkers": "Westchester",
    "Pomona": "Los Angeles", "Bridgeport": "Fairfield", "Lowell": "Middlesex", "Bland": "Bland",
    "Sleepy Eye": "Brown", "Rapid City": "Pennington", "Marathon": "Marathon", "Sugar Land": "Fort Bend",
    "Harmony": "Fillmore", "Temperance": "Monroe", "Cool": "El Dorado", "Happy": "Swisher",
    "Sweet Home": "Linn", "Embarrass": "St. Louis", "Hot Springs": "Garland", "Coldwater": "Branch",
    "Gap": "Lancaster", "Fairplay": "Park", "Friendly": "Tyler", "Marked Tree": "Poinsett",
    "Sulphur": "Calcasieu",
}
NAVAJO_CHAPTERS = ["Lukachukai", "Many Farms", "Round Rock", "Tsaile", "Rough Rock",
                   "Nazlini", "Tohatchi"]

HOSPITALS = [
    "Mesa Verde Regional Medical Center", "St. Brendan's Hospital", "Lakeshore Children's",
    "Prairie Lutheran Health", "Three Rivers Community Hospital", "Wellspring Medical Center",
    "Saint Columba Health System", "Piedmont Valley Hospital", "North Fork Clinic",
    "Sagebrush Family Health", "Tidewater General", "Holy Redeemer Medical Center",
]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
        "comcast.net", "protonmail.com", "ymail.com", "live.com", "sbcglobal.net",
        "bellsouth.net", "charter.net", "frontier.com", "windstream.net", "cox.net",
        "verizon.net", "earthlink.net", "att.net", "msn.com"]
MAIL_FOREIGN = {"pl": "wp.pl", "ua": "ukr.net", "ru": "mail.ru", "br": "uol.com.br",
                "it": "libero.it", "tr": "hotmail.com.tr", "kr": "naver.com", "ng": "yahoo.co.uk",
                "ph": "yahoo.com.ph", "au": "bigpond.com", "nz": "xtra.co.nz", "ke": "gmail.com"}
ORG_DOMAINS = ["mesaverdehealth.org", "stbrendans.org", "prairielutheran.org",
               "threerivershosp.org", "wellspringmc.org", "piedmontvalley.org",
               "tidewatergen.org", "holyredeemer-mc.org"]


# --------------------------------------------------------------------------- persons

import unicodedata


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = s.replace("ʻ", "").replace("'", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128)


CREDS = {
    "physician": ["MD", "MD", "MD", "DO", "MBBS"], "resident": ["MD", "DO"],
    "NP": ["APRN", "FNP-C", "NP", "AGACNP-BC"], "PA": ["PA-C"],
    "RN": ["RN", "BSN, RN", "RN, CCRN", "RN"], "LPN": ["LPN"], "RT": ["RRT"],
    "pharmacist": ["PharmD", "RPh", "PharmD, BCPS"], "SW": ["LCSW", "LMSW", "LICSW"],
    "PT": ["PT, DPT", "DPT"], "OT": ["OTR/L"], "SLP": ["MS, CCC-SLP"],
    "echo tech": ["RDCS"], "mammo tech": ["RT(R)(M)"], "EP tech": ["R.NCS.T."],
    "hyperbaric tech": ["CHT"], "DC": ["DC"], "CRNA": ["CRNA"], "MA": ["CMA"],
    "psychologist": ["PhD", "PsyD"], "counselor": ["LPC", "LMHC"], "flight nurse": ["RN, CFRN"],
    "flight medic": ["NRP, FP-C"], "genetic counselor": ["MS, CGC"], "dietitian": ["RD, LD"],
    "chaplain": ["MDiv, BCC"], "DDS": ["DDS"], "rad tech": ["RT(R)(BD)", "CBDT"],
    "exercise physiologist": ["MS, ACSM-CEP"], "crisis counselor": ["LPC", "MSW"],
    "developmental therapist": ["M.Ed., DT"], "MRO": ["MD, MRO"], "perfusionist": ["CCP"],
}

TITLES_F = ["Ms.", "Mrs.", "Ms", "Miss"]
TITLES_M = ["Mr.", "Mr"]


class Person:
    def __init__(self, given: str, family: str, sex: str, *, middle: str = "",
                 script: str | None = None, order: str = "gf", nick: str | None = None,
                 clin: bool = False, cred: str = "", role: str = "", rel: str = "",
                 culture: str = "us"):
        self.given, self.family, self.sex = given, family, sex
        self.middle, self.script, self.order, self.nick = middle, script, order, nick
        self.clin, self.cred, self.role, self.rel, self.culture = clin, cred, role, rel, culture
        self.phone: str | None = None
        self.email: str | None = None
        self.in_ehr = False

    @property
    def cat(self) -> str:
        return "PROVIDER_NAME" if self.clin else "NAME"

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        return f"{self.family} {self.given}" if self.order == "fg" else f"{self.given} {self.family}"

    @property
    def mi(self) -> str:
        return self.middle[:1] if self.middle else ""

    def initials(self) -> str:
        parts = (self.given.replace("-", " ").split()[:1] + ([self.middle] if self.middle else [])
                 + self.family.replace("-", " ").split()[-1:])
        return "".join(p.lstrip("'")[0].upper() for p in parts if p.lstrip("'"))

    def title(self) -> str:
        if self.clin and self.role in ("physician", "resident", "psychologist", "DC", "MRO", "DDS"):
            return "Dr."
        return {"F": "Ms.", "M": "Mr."}[self.sex]

    def to_json(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family,
                "given": self.given.split() + ([self.middle] if self.middle else [])}]
        if self.script:
            if self.order == "fg" and " " not in self.script:
                k = 3 if self.script.startswith("長谷川") else 2 if self.script.startswith("田中") else 1
                fam, giv = self.script[:k], [self.script[k:]]
            else:
                toks = self.script.split()
                fam, giv = toks[-1], toks[:-1]
            out.append({"text": self.script, "family": fam, "given": giv})
        if self.nick:
            out.append({"text": f"{self.nick} {self.family}".strip(), "family": self.family,
                        "given": [self.nick]})
        return out


def _fam_initial(f: str) -> str:
    last = f.replace("'t ", "").split()[-1]
    return last.lstrip("'")[0].upper()


def name_mark(p: Person, style: str) -> str:
    """A person's name written in one style, with its spans."""
    c = p.cat
    P = lambda s: ph(c, s)
    g, f = p.given, p.family
    if not f and style in ("lf", "LF", "LFm", "title", "family", "ilast", "gi", "hl7",
                           "ru_init", "lf_mid"):
        style = "full"
    if style == "full":
        return P(p.full)
    if style == "fullmid":
        if p.middle and p.order == "gf":
            return P(f"{g} {p.mi}. {f}")
        return P(p.full)
    if style == "lf":
        return f"{P(f)}, {P(g)}"
    if style == "lf_mid":
        return f"{P(f)}, {P(g + (' ' + p.mi if p.middle else ''))}"
    if style == "LF":
        return f"{P(f.upper())}, {P(g.upper())}"
    if style == "LFm":
        return f"{P(f.upper())},{P((g + (' ' + p.mi if p.middle else '')).upper())}"
    if style == "title":
        return f"{p.title()} {P(f)}"
    if style == "given":
        return P(g)
    if style == "family":
        return P(f)
    if style == "ilast":
        return P(f"{g[0]}. {f}")
    if style == "gi":
        return P(f"{g} {_fam_initial(f)}.")
    if style == "gi_lower":
        return P(f"{g} {_fam_initial(f)}.".lower())
    if style == "initials":
        return P(p.initials())
    if style == "dotted":
        return P(".".join(p.initials()) + ".")
    if style == "lower":
        return P(p.full.lower())
    if style == "upper":
        return P(p.full.upper())
    if style == "script":
        return P(p.script) if p.script else P(p.full)
    if style == "pair":
        return f"{P(p.script)} ({P(p.full)})" if p.script else P(p.full)
    if style == "pair_rev":
        return f"{P(p.full)} / {P(p.script)}" if p.script else P(p.full)
    if style == "nick":
        if p.nick:
            return f"{P(g)} ({P(p.nick)}) {P(f)}" if f else f"{P(g)} ({P(p.nick)})"
        return P(p.full)
    if style == "nick_only":
        return P(p.nick) if p.nick else P(g)
    if style == "nick_q":
        if p.nick:
            return f"{P(g)} “{P(p.nick)}” {P(f)}" if f else P(g)
        return P(p.full)
    if style == "ru_init":
        ini = "".join(x[0] + "." for x in g.split())
        return P(f"{f} {ini}")
    if style == "hl7":
        return f"{P(f.upper())}^{P(g.upper())}" + (f"^{P(p.mi)}" if p.middle else "^")
    raise KeyError(style)


# --------------------------------------------------------------------------- phones

COUNTRY_PHONES = {
    # country: (list of format functions of rng) -> str
    "uk": lambda r: f"+44 (0)20 {digits(r, 4)} {digits(r, 4)}",
    "uk_m": lambda r: f"07{r.choice('4579')}{digits(r, 2, False)} {digits(r, 6, False)}",
    "au": lambda r: f"+61 4{digits(r, 2, False)} {digits(r, 3, False)} {digits(r, 3, False)}",
    "au_l": lambda r: f"(0{r.choice('2378')}) {digits(r, 4)} {digits(r, 4, False)}",
    "br": lambda r: f"+55 {r.choice(['11', '21', '31', '81'])} 9{digits(r, 4)}-{digits(r, 4, False)}",
    "ng": lambda r: f"+234 {r.choice(['803', '806', '813', '905'])} {digits(r, 3)} {digits(r, 4, False)}",
    "ph": lambda r: f"+63 9{digits(r, 2, False)} {digits(r, 3)} {digits(r, 4, False)}",
    "pl": lambda r: f"+48 {r.choice('5678')}{digits(r, 2, False)} {digits(r, 3, False)} {digits(r, 3, False)}",
    "ke": lambda r: f"+254 7{digits(r, 2, False)} {digits(r, 6, False)}",
    "it": lambda r: f"+39 06 {digits(r, 4)} {digits(r, 4, False)}",
    "tr": lambda r: f"+90 5{digits(r, 2, False)} {digits(r, 3)} {digits(r, 2, False)} {digits(r, 2, False)}",
    "pk": lambda r: f"+92 3{digits(r, 2, False)} {digits(r, 7, False)}",
    "ua": lambda r: f"+380 {r.choice(['67', '50', '63', '97'])} {digits(r, 3)} {digits(r, 2, False)} {digits(r, 2, False)}",
    "et": lambda r: f"+251 9{digits(r, 1, False)} {digits(r, 3)} {digits(r, 4, False)}",
    "ht": lambda r: f"+509 {r.choice('34')}{digits(r, 3, False)}-{digits(r, 4, False)}",
    "gt": lambda r: f"+502 {r.choice('345')}{digits(r, 3, False)} {digits(r, 4, False)}",
    "np": lambda r: f"+977 98{digits(r, 1, False)}-{digits(r, 7, False)}",
    "kr": lambda r: f"+82 10-{digits(r, 4)}-{digits(r, 4, False)}",
    "nz": lambda r: f"+64 21 {digits(r, 3)} {digits(r, 4, False)}",
    "uk00": lambda r: f"00 44 {r.choice(['161', '113', '117'])} {digits(r, 3)} {digits(r, 4, False)}",
    "so": lambda r: f"+252 61 {digits(r, 3)} {digits(r, 4, False)}",
}


def us_number(r: random.Random, area: str) -> str:
    ex = r.randrange(201, 990)
    while ex in (555, 911) or ex % 100 == 11:
        ex = r.randrange(201, 990)
    return f"{area}{ex:03}{r.randrange(10000):04}"


PHONE_STYLES = (["paren"] * 6 + ["dash"] * 5 + ["dot"] * 2 + ["plus_dot", "endash",
                "paren_dot", "sp7", "tel", "paren_sp", "one_dot", "plus1_sp", "bare"])


def fmt_phone(n: str, style: str) -> tuple[str, str, str]:
    """(before, span, after) — what is written around the span stays outside it."""
    a, e, s = n[:3], n[3:6], n[6:]
    return {
        "paren": ("", f"({a}) {e}-{s}", ""),
        "dash": ("", f"{a}-{e}-{s}", ""),
        "dot": ("", f"{a}.{e}.{s}", ""),
        "plus_dot": ("", f"+1.{a}.{e}.{s}", ""),
        "endash": ("", f"{a}–{e}–{s}", ""),
        "paren_dot": ("", f"({a}){e}.{s}", ""),
        "sp7": ("", f"{a} {e}{s}", ""),
        "tel": ("tel:", f"+1{a}{e}{s}", ""),
        "paren_sp": ("", f"({a}) {e} {s}", ""),
        "one_dot": ("", f"1.{a}.{e}.{s}", ""),
        "plus1_sp": ("", f"+1 {a} {e} {s}", ""),
        "bare": ("", f"{a}{e}{s}", ""),
        "local": ("", f"{e}-{s}", ""),
    }[style]


def canon_phone(n: str) -> str:
    return f"({n[:3]}) {n[3:6]}-{n[6:]}" if n.isdigit() and len(n) == 10 else n


# --------------------------------------------------------------------------- addresses

class Address:
    """A postal address: `parts` are (category, text) pieces joined by `seps`."""

    def __init__(self, kind: str, street: str, unit: str | None, extra: list[str],
                 city: str, region: str, zip_: str, country: str = "",
                 region_city: str | None = None):
        self.kind, self.street, self.unit, self.extra = kind, street, unit, extra
        self.city, self.region, self.zip, self.country = city, region, zip_, country
        self.region_city = region_city          # a ward / district / suburb written before the city

    @property
    def us(self) -> bool:
        return self.kind.startswith("us")

    def to_json(self) -> dict:
        line = [self.street] + ([self.unit] if self.unit else []) + self.extra
        return {"line": line, "city": self.city, "state": self.region, "postalCode": self.zip,
                **({"country": self.country} if self.country else {})}

    # pieces ----------------------------------------------------------------
    def street_line(self, case: str = "as") -> str:
        f = {"as": str, "upper": str.upper, "lower": str.lower}[case]
        s = ADDR(f(self.street))
        if self.unit:
            s += ("," if self.kind in ("br", "ph", "nz") else "") + " " + ADDR(f(self.unit))
        for x in self.extra:
            if x.startswith("Brgy. "):
                s += ", " + f("Brgy. ") + ADDR(f(x[6:]))        # like Col. before a colonia: outside
            else:
                s += ", " + ADDR(f(x))
        return s

    def city_line(self, case: str = "as") -> str:
        f = {"as": str, "upper": str.upper, "lower": str.lower}[case]
        k = self.kind
        if self.us:
            z = ZIP(self.zip)
            return f"{CITY(f(self.city))}, {f(self.region)} {z}"
        if k == "au":
            return f"{CITY(f(self.city))} {self.region} {ZIP(self.zip)}"
        if k == "br":
            return f"{CITY(f(self.city))} - {self.region}, {ZIP(self.zip)}"
        if k == "ph":
            return f"{CITY(f(self.city))}, {self.region} {ZIP(self.zip)}"
        if k in ("pl", "it", "ua"):
            return f"{ZIP(self.zip)} {CITY(f(self.city))}" + (f" ({self.region})" if self.region else "")
        if k == "tr":
            return f"{CITY(f(self.region_city))}, {ZIP(self.zip)} {CITY(f(self.city))}"
        if k == "kr":
            return f"{CITY(f(self.region_city))}, {CITY(f(self.city))} {ZIP(self.zip)}"
        if k == "ke":
            return f"{CITY(f(self.city))}"
        if k == "ng":
            return f"{CITY(f(self.city))}" + (f", {self.region} State" if self.region != self.city else "")
        if k == "nz":
            return f"{CITY(f(self.city))} {ZIP(self.zip)}"
        raise KeyError(k)

    def one_line(self, case: str = "as") -> str:
        s = self.street_line(case) + ", " + self.city_line(case)
        if self.kind == "ke":
            s = ADDR(self.street) + "-" + ZIP(self.zip) + ", " + CITY(self.city)
        if self.country:
            s += ", " + self.country
        return s

    def block(self) -> str:
        if self.kind == "ke":
            return f"{ADDR(self.street)}-{ZIP(self.zip)}\n{CITY(self.city)}\n{self.country}"
        s = self.street_line() + "\n" + self.city_line()
        return s + ("\n" + self.country if self.country else "")


def _zip(r: random.Random, z3: str, plus4: float = 0.15) -> str:
    z = z3 + f"{r.randrange(100):02}"
    x = r.random()
    if x < plus4:
        return f"{z}-{r.randrange(1, 10000):04}"
    return z


US_UNITS = ["Apt 5", "Apt. 5-C", "#B", "Unit 7", "Apt 3R", "Apt 12", "Ste 110", "Apt 2F",
            "Unit 14-A", "# 306", "Apt C", "Fl 3", "Apt 1 Rear", "Unit 2B", "Bsmt Apt"]


def make_us_address(r: random.Random, city_row=None, kind: str | None = None) -> Address:
    city, st, z3, _areas = (city_row or r.choice(US_CITIES))[:4]
    kind = kind or r.choice(
        ["std", "std", "std", "std", "std", "std", "grid", "wi", "star", "pobox", "pmb", "frac",
         "letter", "mhp", "complex"])
    if (kind == "grid" and st not in ("IN", "IL", "OH", "IA", "KS", "NE", "MI")
            or kind == "wi" and st not in ("WI", "MN")
            or kind == "star" and st not in ("NM", "AZ", "NV", "ID", "MT", "WY", "OR", "CO")):
        kind = "std"
    sn = r.choice(STREET_NAMES)
    stype = r.choice(STREET_TYPES[:12])
    num = str(r.randrange(2, 9900))
    unit = None
    extra: list[str] = []
    if kind == "std":
        d = r.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        long = r.random() < 0.3
        street = f"{num} {d}{sn} {STREET_TYPES_LONG[stype] if long else stype}"
        if r.random() < 0.35:
            unit = r.choice(US_UNITS)
    elif kind == "grid":
        street = f"{r.randrange(100, 9999)} {r.choice('NSEW')} County Road {r.randrange(1, 13) * 50} {r.choice('EW')}"
    elif kind == "wi":
        street = f"{r.choice('NSEW')}{r.randrange(1000, 9999)} County Hwy {r.choice('KJMQZ')}{r.choice(['', 'K', 'D'])}"
    elif kind == "star":
        street = f"Star Route Box {r.randrange(2, 240)}"
    elif kind == "pobox":
        street = r.choice(["PO Box", "P. O. Box", "Post Office Box", "POB"]) + f" {r.randrange(10, 9999)}"
    elif kind == "pmb":
        street = f"{num} {sn} {stype}"
        unit = f"Ste {r.randrange(100, 400)}"
        extra = []
        unit_pmb = f"PMB {r.randrange(100, 999)}"
        unit = unit + "⁂" + unit_pmb            # split later
    elif kind == "frac":
        street = f"{r.randrange(2, 900)}½ {sn} {stype}"
    elif kind == "letter":
        street = f"{num}-{r.choice('ABCD')} {sn} {stype}"
    elif kind == "mhp":
        street = f"{num} {sn} {stype}"
        unit = f"Lot {r.randrange(1, 80)}"
        extra = [r.choice(MHP_NAMES)]
    else:  # complex
        street = f"{num} {sn} {stype}"
        unit = f"Apt {r.randrange(100, 450)}"
        extra = [r.choice(COMPLEXES)]
    a = Address("us_" + kind, street, unit, extra, city, st, _zip(r, z3))
    if unit and "⁂" in unit:
        u1, u2 = unit.split("⁂")
        a.unit = u1
        a.extra = [u2]
        a.kind = "us_pmb"
    return a


TERRITORY = [
    ("vi", "Frederiksted", "VI", "00840", "340", lambda r: f"Plot {r.randrange(1, 200)}{r.choice(['', '-A', 'B'])} Estate {r.choice(['Whim', 'Concordia', 'Two Williams', 'Mount Pleasant'])}"),
    ("vi", "Christiansted", "VI", "00820", "340", lambda r: f"{r.randrange(1, 60)} Estate {r.choice(['Orange Grove', 'Sion Farm', 'Glynn'])}"),
    ("gu", "Yigo", "GU", "96929", "671", lambda r: f"{r.randrange(100, 999)} Chalan {r.choice(['Kanton Tasi', 'Lujuna', 'Lalo'])}"),
    ("gu", "Dededo", "GU", "96929", "671", lambda r: f"{r.randrange(10, 400)} {r.choice(['Swamp Rd', 'Route 3', 'Chalan Balako'])}"),
]


def make_territory_address(r: random.Random) -> tuple[Address, str]:
    _k, city, st, z, area, street = r.choice(TERRITORY)
    return Address("us_terr", street(r), None, [], city, st, z), area


def make_navajo_address(r: random.Random) -> tuple[Address, str]:
    ch = r.choice(NAVAJO_CHAPTERS)
    desc = (f"{r.randrange(1, 9)}.{r.randrange(10)} mi {r.choice(['N', 'S', 'E', 'W', 'NE'])} of "
            f"{ch} Chapter House on N{r.randrange(5, 60)}, "
            f"{r.choice(['turn E at the blue water tank', 'past the cattle guard', 'left at the windmill', 'second road after the church'])}, "
            f"{r.choice(['tan HUD house', 'hogan with green roof', 'white trailer', 'third house on the left'])}")
    a = make_us_address(r, ("Chinle", "AZ", "865", ["928"]), "pobox")
    return a, desc


def make_foreign_address(r: random.Random, country: str) -> Address:
    if country == "au":
        sub, stt, pc = r.choice([("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"),
                                 ("Marrickville", "NSW", "2204"), ("Subiaco", "WA", "6008")])
        street = f"{r.randrange(1, 12)}/{r.randrange(2, 140)} {r.choice(['Hargrave', 'Bellevue', 'Wattle', 'Kurrajong'])} {r.choice(['St', 'Rd', 'Pde', 'Cres'])}"
        return Address("au", street, None, [], sub, stt, pc, "Australia")
    if country == "br":
        street = f"Rua {r.choice(['das Laranjeiras', 'Padre Anchieta', 'Sete de Setembro', 'dos Inconfidentes'])}, {r.randrange(10, 2000)}"
        city, uf, bairro, cep = r.choice([("Rio de Janeiro", "RJ", "Laranjeiras", "222"),
                                          ("Belo Horizonte", "MG", "Savassi", "301"),
                                          ("Recife", "PE", "Boa Viagem", "510"),
                                          ("Curitiba", "PR", "Batel", "804")])
        return Address("br", street, f"apto {r.randrange(101, 1204)}", [bairro], city, uf,
                       f"{cep}{r.randrange(100):02}-{r.randrange(1000):03}", "Brasil")
    if country == "ph":
        city, prov, zc, brgy = r.choice([("Cainta", "Rizal", "1900", "San Isidro"),
                                         ("Mandaue City", "Cebu", "6014", "Banilad"),
                                         ("Dasmariñas", "Cavite", "4114", "Salitran II")])
        street = f"Blk {r.randrange(1, 40)} Lot {r.randrange(1, 60)}"
        return Address("ph", street, f"Phase {r.randrange(1, 5)}", [f"Brgy. {brgy}"], city, prov, zc,
                       "Philippines")
    if country == "pl":
        city, pc = r.choice([("Warszawa", "02-"), ("Kraków", "31-"), ("Łódź", "90-"), ("Wrocław", "50-")])
        street = f"ul. {r.choice(['Kwiatowa', 'Ogrodowa', 'Lipowa', 'Słoneczna'])} {r.randrange(1, 120)}"
        return Address("pl", street, f"m. {r.randrange(1, 90)}", [], city, "",
                       pc + f"{r.randrange(1000):03}", "Polska")
    if country == "it":
        city, pv, cap = r.choice([("Napoli", "NA", "801"), ("Palermo", "PA", "901"), ("Bologna", "BO", "401")])
        street = f"Via {r.choice(['Roma', 'Garibaldi', 'dei Mille', 'San Domenico'])} {r.randrange(1, 200)}"
        return Address("it", street, f"int. {r.randrange(1, 20)}", [], city, pv,
                       cap + f"{r.randrange(100):02}", "Italia")
    if country == "tr":
        dist, city, pc = r.choice([("Kadıköy", "İstanbul", "347"), ("Çankaya", "Ankara", "066"),
                                   ("Şahinbey", "Gaziantep", "272")])
        street = f"{r.choice(['Bağdat Cad.', 'Atatürk Cad.', 'Gül Sk.'])} No:{r.randrange(1, 300)}"
        return Address("tr", street, f"D:{r.randrange(1, 30)}", [], city, "", pc + f"{r.randrange(100):02}",
                       "Türkiye", region_city=dist)
    if country == "kr":
        gu, city, pc = r.choice([("Haeundae-gu", "Busan", "48"), ("Suseong-gu", "Daegu", "42"),
                                 ("Mapo-gu", "Seoul", "04")])
        street = f"{r.randrange(1, 200)} {r.choice(['Haeundae-ro 570beon-gil', 'Dongdaegu-ro', 'World Cup buk-ro'])}"
        return Address("kr", street, None, [], city, "", pc + f"{r.randrange(1000):03}",
                       "South Korea", region_city=gu)
    if country == "ke":
        city = r.choice(["Nairobi", "Kisumu", "Eldoret"])
        return Address("ke", f"P.O. Box {r.randrange(100, 9999)}", None, [], city, "",
                       r.choice(["00100", "40100", "30100"]), "Kenya")
    if country == "ng":
        city, stt, area = r.choice([("Lagos", "Lagos", "Victoria Island"), ("Ibadan", "Oyo", "Bodija"),
                                    ("Enugu", "Enugu", "Independence Layout")])
        street = f"Plot {r.randrange(1, 90)}, {r.choice(['Adeola Odeku Street', 'Awolowo Avenue', 'Ogui Road'])}"
        return Address("ng", street, None, [area], city, stt, "", "Nigeria")
    if country == "ua":
        city, pc = r.choice([("Львів", "79"), ("Харків", "61"), ("Одеса", "65")])
        street = f"вул. {r.choice(['Шевченка', 'Франка', 'Садова'])}, {r.randrange(1, 99)}"
        return Address("ua", street, f"кв. {r.randrange(1, 120)}", [], city, "", pc + f"{r.randrange(1000):03}",
                       "Україна")
    if country == "nz":
        sub, city, pc = r.choice([("Mt Eden", "Auckland", "1024"), ("Karori", "Wellington", "6012"),
                                  ("Riccarton", "Christchurch", "8011")])
        a = Address("nz", f"{r.randrange(2, 300)} {r.choice(['Kowhai', 'Rimu', 'Totara'])} Road",
                    None, [sub], city, "", pc, "New Zealand")
        a.unit = None
        return a
    raise KeyError(country)


FOREIGN = ["au", "br", "ph", "pl", "it", "tr", "kr", "ke", "ng", "ua", "nz"]
FOREIGN_PHONE = {"au": "au", "br": "br", "ph": "ph", "pl": "pl", "it": "it", "tr": "tr",
                 "kr": "kr", "ke": "ke", "ng": "ng", "ua": "ua", "nz": "nz"}


# --------------------------------------------------------------------------- the note's world

PT_CULTURES = (["us"] * 14 + ["pl", "ng", "zw", "so", "hmong", "haw", "mi", "ph", "ht", "br",
               "nl", "tr", "es", "es", "maya", "karen", "np", "in", "gd", "cy", "fi", "de", "fr",
               "nav", "nav", "ar", "amish"] + ["SCRIPT"] * 6)
CLIN_CULTURES = ["us"] * 8 + ["in", "in", "ng", "tr", "ph", "es", "fr", "de", "nl", "pl", "ar",
                              "SCRIPT", "SCRIPT", "fi", "cy", "br"]
US_MIDDLES_F = ["Kay", "Ann", "Marie", "Lynn", "Jo", "Renee", "Faye", "Louise"]
US_MIDDLES_M = ["Lee", "Ray", "Wayne", "Allen", "Eugene", "Dale", "Carl", "Odell"]

PLANS = ["BCBS PPO", "Aetna Better Health", "Ambetter Essential", "TRICARE Prime", "Cigna Open Access",
         "Medicaid", "CareSource Marketplace", "Peach State Health Plan", "Sunflower Health Plan",
         "Anthem HealthKeepers", "UnitedHealthcare Choice Plus"]
PLANS_SENIOR = ["Humana Gold Plus HMO", "UnitedHealthcare Dual Complete", "WellCare Value Script",
                "Medicare Part A/B", "Kaiser Senior Advantage", "Aetna Medicare Eagle", "TRICARE For Life"]
PLANS_KID = ["CHIP", "Medicaid", "BCBS PPO (parent's plan)", "Peach State Health Plan", "TRICARE Prime",
             "Aetna Better Health Kids", "Cigna Open Access (parent's plan)"]


REL_SEX = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "sister": "F",
           "brother": "M", "mother": "F", "father": "M", "niece": "F", "nephew": "M",
           "grandson": "M", "granddaughter": "F", "stepdaughter": "F", "stepson": "M",
           "brother-in-law": "M", "sister-in-law": "F", "aunt": "F", "uncle": "M",
           "grandmother": "F", "grandfather": "M", "foster mother": "F", "foster father": "M",
           "daughter-in-law": "F", "son-in-law": "M", "girlfriend": "F", "boyfriend": "M",
           "stepfather": "M", "stepmother": "F", "foster mother": "F", "foster father": "M"}


LANG = {"pl": "Polish", "ng": "Yoruba", "zw": "Shona", "so": "Somali", "hmong": "Hmong", "ph": "Tagalog",
        "ht": "Haitian Creole", "br": "Portuguese", "tr": "Turkish", "es": "Spanish", "maya": "K'iche'",
        "karen": "S'gaw Karen", "np": "Nepali", "in": "Punjabi", "de": "German", "fr": "French", "nav": "Navajo",
        "ar": "Arabic", "amish": "Pennsylvania Dutch", "uk": "Ukrainian", "ru": "Russian", "ti": "Tigrinya",
        "ur": "Urdu", "ps": "Pashto", "yue": "Cantonese", "ja": "Japanese", "ko": "Korean", "el": "Greek",
        "he": "Hebrew", "hy": "Armenian", "th": "Thai", "ka": "Georgian", "ne": "Nepali"}


class Ctx:
    def __init__(self, r: random.Random, *, age=(18, 89), p_old: float = 0.22, p_foreign=0.1,
                 namesakes: dict | None = None, p_word: float = 0.35, infant_days=None, states=None):
        self.r = r
        base = dt.date(2023, 1, 16)
        self.enc = base + dt.timedelta(days=r.randrange(0, 880))
        self.rels: list[Person] = []
        self.team: list[Person] = []
        self.others: list[Person] = []
        self.words: list[str] = []           # words present as names (keep their word uses)
        self.npis: list[str] = []
        self.deas: list[str] = []
        self.vins: list[str] = []
        self.used_family: set[str] = set()
        self.used_given: set[str] = set()
        # age and birth
        if infant_days is not None:
            days = r.randrange(*infant_days)
            self.dob = self.enc - dt.timedelta(days=days)
        else:
            lo, hi = age
            if hi >= 90 or r.random() >= p_old:
                n = r.randrange(lo, min(hi, 89) + 1)
            else:
                n = r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 95, 96, 97, 98, 99, 100, 101, 102, 104])
            while True:
                self.dob = dt.date(self.enc.year - n - 1, 1, 1) + dt.timedelta(days=r.randrange(0, 731))
                if age_years(self.dob, self.enc) == n:
                    break
        self.age = age_years(self.dob, self.enc)
        self.age_m = age_months_rem(self.dob, self.enc)
        # word names and eponym namesakes: given to the patient or to the next person created
        self.pending_word = None
        self.pending_namesake = None
        if r.random() < p_word:
            self._word_name()
        self.namesake = None
        if namesakes and r.random() < 0.45:
            self.namesake = r.choice(sorted(namesakes))
        # patient
        self.pt = self.person()
        self.pt.in_ehr = True
        if self.pending_word and r.random() < 0.5:
            self._give_word(self.pt, own_culture=True)
        if self.namesake:
            if r.random() < 0.3 and not (self.pt.family in WORD_FAMILY):
                self._give_namesake(self.pt)
            else:
                self.pending_namesake = self.namesake
        # home
        self.foreign = None
        self.navajo_desc = None
        if r.random() < p_foreign:
            k = getattr(self.pt, "group", None) if self.pt.culture == "SCRIPT" else self.pt.culture
            self.foreign = ({"pl": "pl", "ng": "ng", "ph": "ph", "br": "br", "tr": "tr", "uk": "ua", "ru": "ua",
                             "ko": "kr", "mi": "nz", "zw": "ke", "so": "ke"}.get(k) if r.random() < 0.5 else None) \
                or r.choice(FOREIGN)
            self.addr = make_foreign_address(r, self.foreign)
            self.area = None
        else:
            row = None
            if r.random() < 0.12:
                w = r.choice(WORD_TOWNS)
                row = w[:4]
                self.words.append(("town", w[4]))
            elif self.pt.culture == "nav" and r.random() < 0.6:
                row = ("Chinle", "AZ", "865", ["928"])
            if row is None and states:
                row = r.choice([x for x in US_CITIES + [w[:4] for w in WORD_TOWNS] if x[1] in states])
                self.words += [("town", w[4]) for w in WORD_TOWNS if w[0] == row[0]]
            if row is None and not states and r.random() < 0.03:
                self.addr, self.area = make_territory_address(r)
            else:
                self.addr = make_us_address(r, row or r.choice(US_CITIES))
                self.area = (row or next(x for x in US_CITIES + [w[:4] for w in WORD_TOWNS]
                                         if x[0] == self.addr.city))[3][0]
            if self.pt.culture == "nav" and r.random() < 0.5:
                self.addr, self.navajo_desc = make_navajo_address(r)
                self.area = "928"
        self.pt.phone = self.us_phone(self.area) if self.area else COUNTRY_PHONES[FOREIGN_PHONE[self.foreign]](r)
        self.pt_phone2 = self.us_phone(self.area) if self.area and r.random() < 0.4 else None
        self.pt.email = self.email_for(self.pt)
        # identifiers
        shape = r.randrange(6)
        self.mrn = [lambda: "00" + digits(r, 6), lambda: "E" + digits(r, 7),
                    lambda: digits(r, 9), lambda: "M" + digits(r, 8),
                    lambda: digits(r, 7), lambda: "H" + digits(r, 2) + "-" + digits(r, 6, False)][shape]()
        self.fin = r.choice([lambda: digits(r, 10), lambda: "V" + digits(r, 9, False),
                             lambda: digits(r, 12), lambda: "8" + digits(r, 8, False)])()
        self.ssn = make_ssn(r)
        self.mbi = make_mbi(r)
        self.member = r.choice([lambda: letters(r, 3) + digits(r, 9, False),
                                lambda: "W" + digits(r, 9), lambda: digits(r, 11),
                                lambda: letters(r, 1) + digits(r, 8) + "-0" + str(r.randrange(1, 4)),
                                lambda: "ZGP" + digits(r, 10, False)])()
        self.group = r.choice([lambda: digits(r, 6), lambda: "GRP" + digits(r, 5),
                               lambda: letters(r, 2) + digits(r, 4), lambda: digits(r, 5) + "-" + digits(r, 3, False)])()
        self.medicaid = r.choice([lambda: digits(r, 10), lambda: letters(r, 2) + digits(r, 8),
                                  lambda: digits(r, 9) + letters(r, 1)])()
        self.plan = (r.choice(PLANS_KID) if self.age < 19 else r.choice(PLANS_SENIOR) if self.age >= 65
                     else r.choice(PLANS))
        self.hosp = r.choice(HOSPITALS)
        self.hosp2 = r.choice([h for h in HOSPITALS if h != self.hosp])
        self.org_domain = r.choice(ORG_DOMAINS)

    # people ---------------------------------------------------------------
    def person(self, *, sex=None, culture=None, clin=False, role="", rel="", family=None,
               script_ok=True) -> Person:
        r = self.r
        sex = sex or r.choice("FM")
        culture = culture or r.choice(CLIN_CULTURES if clin else PT_CULTURES)
        if culture == "SCRIPT" and not script_ok:
            culture = "us"
        for _ in range(40):
            if culture == "SCRIPT":
                grp = getattr(self, "_script_group", None)
                cands = [x for x in SCRIPTED if x[2] == sex and (grp is None or x[5] == grp)
                         and x[0] != getattr(self, "_script_given", None)]
                if not cands:
                    culture = "us"
                    continue
                g, f, sx, scr, order, grp = r.choice(cands)
                p = Person(g, f, sx, script=None if clin else scr, order=order, culture="SCRIPT")
                p.group = grp
                if clin:
                    p.order = "gf"
            else:
                cu = CULTURES[culture]
                g = r.choice(cu[sex])
                fams = cu.get("family_" + sex) or cu["family"]
                f = r.choice(fams)
                mid = ""
                if culture == "us" and r.random() < 0.4:
                    mid = r.choice(US_MIDDLES_F if sex == "F" else US_MIDDLES_M)
                nick = (r.choice(cu["nick_" + sex]) if "nick_" + sex in cu and r.random() < 0.35 and not clin
                        else None)
                p = Person(g, f, sex, middle=mid, nick=nick, culture=culture)
            if family is not None:
                if p.culture in ("pl", "gd", "in") and family != "":
                    fams = CULTURES[p.culture].get("family_" + sex)
                    other = CULTURES[p.culture].get("family_" + ("M" if sex == "F" else "F"))
                    family = fams[other.index(family)] if other and family in other else family
                p.family = family
            key_g = p.given.lower()
            if key_g in self.used_given or (family is None and p.family and p.family in self.used_family):
                continue
            break
        self.used_given.add(p.given.lower())
        if p.family:
            self.used_family.add(p.family)
        if clin:
            p.clin, p.role = True, role
            p.cred = r.choice(CREDS.get(role, ["MD"]))
        p.rel = rel
        return p

    def relative(self, rel: str, sex=None, same_family=None, phone=True, foreign=None) -> Person:
        r = self.r
        if same_family is None:
            same_family = rel in ("son", "daughter", "husband", "wife", "brother", "sister",
                                  "grandson", "granddaughter") and r.random() < 0.6
        if rel in ("wife", "husband", "partner"):
            for q in self.rels:
                if q.rel in ("wife", "husband", "partner"):
                    return q                          # one spouse per note
            if rel != "partner" and r.random() < 0.9:
                rel = "husband" if self.pt.sex == "F" else "wife"
            sex = None
        if sex is None:
            sex = REL_SEX.get(rel) or r.choice("FM")
        cult = self.pt.culture
        if not same_family and r.random() < 0.3:
            cult = None
        if cult == "SCRIPT":
            self._script_group, self._script_given = getattr(self.pt, "group", None), self.pt.given
            p = self.person(sex=sex, culture="SCRIPT", rel=rel)
            self._script_group = self._script_given = None
            if p.culture == "SCRIPT" and same_family and p.family != self.pt.family:
                pass                                   # a relative in the script keeps her own entry
        else:
            p = self.person(sex=sex, culture=cult, rel=rel,
                            family=self.pt.family if same_family and self.pt.family else None)
        p.phone_country = foreign
        if phone:
            p.phone = (COUNTRY_PHONES[foreign](r) if foreign
                       else self.us_phone(self.area if self.area and r.random() < 0.6 else None))
        p.in_ehr = True
        self._after_new(p)
        self.rels.append(p)
        return p

    def clin(self, role: str = "physician", *, outside=False, sex=None, culture=None) -> Person:
        p = self.person(clin=True, role=role, sex=sex, culture=culture)
        self._after_new(p)
        p.npi = make_npi(self.r)
        self.npis.append(p.npi)
        if not outside:
            self.team.append(p)
        return p

    def other(self, role: str, *, clin=False, sex=None, culture=None) -> Person:
        p = self.person(clin=clin, role=role, sex=sex, culture=culture)
        p.rel = role
        self._after_new(p)
        self.others.append(p)
        return p

    def _word_name(self):
        r = self.r
        if r.random() < 0.45:
            g = r.choice(sorted(WORD_GIVEN))
            self.pending_word = ("given", g)
            self.words.append(("name", WORD_GIVEN[g][1]))
        else:
            f = r.choice(sorted(WORD_FAMILY))
            self.pending_word = ("family", f)
            self.words.append(("name", WORD_FAMILY[f]))

    def _give_word(self, p: Person, own_culture: bool = False):
        kind, w = self.pending_word
        self.pending_word = None
        if kind == "given":
            sex, _word, cult = WORD_GIVEN[w]
            p.given, p.sex, p.middle, p.nick = w, sex, "", None
            if own_culture and p.culture != cult and p.family:
                fams = CULTURES[cult].get("family_" + sex) or CULTURES[cult]["family"]
                p.family = self.r.choice(fams)
                p.culture = cult
                p.script = None
                if p.order == "fg":
                    p.order = "gf"
        else:
            p.family = w
            p.script = None
            if p.order == "fg":
                p.order = "gf"
        self.used_family.add(p.family)

    def _give_namesake(self, p: Person):
        p.family = self.namesake
        p.script = None
        if p.order == "fg":
            p.order = "gf"
        self.used_family.add(p.family)

    def _after_new(self, p: Person):
        if self.pending_namesake and p.family != self.pt.family:
            self.pending_namesake = None
            self._give_namesake(p)
        elif (self.pending_word and self.r.random() < 0.6
              and not (p.family == self.pt.family and self.pending_word[0] == "family")):
            self._give_word(p, own_culture=not p.clin and p.family != self.pt.family)

    def county(self, form: str = "County") -> str:
        """The patient's county (its name a CITY span, the word County outside), or ''."""
        if not self.addr.us or self.addr.city not in COUNTY:
            return ""
        word = "Parish" if self.addr.region == "LA" else form
        return f"{CITY(COUNTY[self.addr.city])} {word}"

    def abroad(self) -> str:
        """The country code of a relative's phone abroad, from the patient's background."""
        k = getattr(self.pt, "group", None) if self.pt.culture == "SCRIPT" else self.pt.culture
        return ({"pl": "pl", "ng": "ng", "so": "ke", "ph": "ph", "ht": "ht", "br": "br", "tr": "tr",
                "es": "gt", "maya": "gt", "np": "np", "ne": "np", "uk": "ua", "ru": "ua", "ti": "et",
                "ur": "pk", "ps": "pk", "ko": "kr", "mi": "nz", "gd": "uk00", "cy": "uk_m", "zw": "ke"}.get(k) if self.r.random() < 0.6 \
            else None) or self.r.choice(sorted(COUNTRY_PHONES))

    def age_prose(self) -> str:
        """A sentence giving the patient's age in one of many wordings (the age alone is the span)."""
        r, n, F = self.r, self.age, self.pt.sex == "F"
        He = "She" if F else "He"
        sx = "woman" if F else "man"
        A = lambda s: age_mark(n, s)
        forms = [
            (f"A {sx} of {A(str(n))}", ""),
            (f"{He} is {A(str(n))}", ""),
            (f"{He}'s {A(str(n))}", ", lives alone" if r.random() < 0.5 else ""),
            (f"Aged {A(str(n))}", ""),
            (f"{A(f'{n} yrs.')} old", ""),
            (f"{A(words(n).capitalize() + ' years')} old", ", per family"),
            (f"{A(f'{n} years')} of age", ""),
            (f"Pt is {a_an(A(f'{n}-yr-old'))} {A(f'{n}-yr-old')} {sx}", ""),
            (f"Age {A(f'{n}.{self.age_m * 10 // 12} years')} by the registration DOB", ""),
            (f"Age {A(f'{n}y{self.age_m}m')}", ""),
        ]
        s, tail = r.choice(forms)
        if n >= 100 and r.random() < 0.6:
            s += r.choice([", a centenarian,", " (centenarian)"])
        elif n >= 90 and r.random() < 0.35:
            s += r.choice([" (tenth decade)", ", a nonagenarian,", ""])
        if r.random() < 0.3:
            y = self.dob.year
            s += f" (b. {D(str(y)) if n >= 90 else y})"
        return (s + tail).rstrip(",") + "."

    def lang_age_quote(self) -> str:
        """A relative giving the patient's age in their own language, or ''."""
        k = getattr(self.pt, "group", None) if self.pt.culture == "SCRIPT" else self.pt.culture
        n, F = self.age, self.pt.sex == "F"
        A = lambda st: age_mark(n, fmt_age(n, st))
        q = {
            "br": lambda: f"“{'ela' if F else 'ele'} tem {A('pt')}”",
            "pl": lambda: f"„{'ona' if F else 'on'} ma {A('pl')}”",
            "ru": lambda: f"«{'ей' if F else 'ему'} {A('ru')}»",
            "uk": lambda: f"«{'їй' if F else 'йому'} {A('uk')}»",
            "ko": lambda: f"“{A('ko')} 되셨어요”",
            "tr": lambda: f"“{'annem' if F else 'babam'} {A('tr')}”",
            "ph": lambda: f"“{A('tl')} na po siya”",
            "ht": lambda: f"“li gen {A('ht')}”",
            "hmong": lambda: f"“nws muaj {A('hmn')}”",
            "so": lambda: f"“waa {A('so')}”",
            "de": lambda: f"„{'sie' if F else 'er'} ist {A('de')} alt“",
            "es": lambda: f"“tiene {A('es')}”",
            "maya": lambda: f"“tiene {A('es')}”",
        }.get(k)
        if not q or self.age < 40:
            return ""
        return f"Family, through the {LANG.get(k, 'Spanish')} interpreter: {q()}."

    def native_date(self, d: dt.date) -> str:
        """A date written the way the patient's own papers write it, or '' if no such form here."""
        k = getattr(self.pt, "group", None) if self.pt.culture == "SCRIPT" else self.pt.culture
        style = {"br": "pt", "pl": "pl", "ru": "ru", "uk": "uk", "tr": "tr", "ph": "tl", "ht": "ht",
                 "ko": "ko"}.get(k) or {"it": "it", "br": "pt", "pl": "pl", "tr": "tr", "ph": "tl", "ua": "uk",
                                        "kr": "ko"}.get(self.foreign or "")
        return D(fmt_date(d, style)) if style else ""

    def lang(self) -> str | None:
        k = getattr(self.pt, "group", None) if self.pt.culture == "SCRIPT" else self.pt.culture
        return LANG.get(k)

    def rel_age(self, rel: str) -> int | None:
        """A plausible age for a relative of the patient, or None if there cannot be one."""
        r, a = self.r, self.age
        if rel in ("wife", "husband", "partner", "girlfriend", "boyfriend"):
            return max(18, a + r.randrange(-8, 9)) if a >= 18 else None
        if rel in ("son", "daughter", "stepson", "stepdaughter"):
            x = a - r.randrange(20, 40)
            return x if x >= 1 else None
        if rel in ("grandson", "granddaughter"):
            x = a - r.randrange(42, 65)
            return x if x >= 1 else None
        if rel in ("mother", "father", "aunt", "uncle"):
            x = a + r.randrange(18, 40)
            return x if x <= 104 else None
        if rel in ("grandmother", "grandfather"):
            x = a + r.randrange(40, 62)
            return x if x <= 104 else None
        if rel in ("brother", "sister", "cousin"):
            return max(1, a + r.randrange(-10, 11))
        return None

    # formatting ------------------------------------------------------------
    def us_phone(self, area: str | None = None) -> str:
        if area is None:
            area = self.r.choice(self.r.choice(US_CITIES)[3])
        return us_number(self.r, area)

    def ph(self, num: str, style: str | None = None, cat: str = "PHONE") -> str:
        if not num[:1].isdigit() or not num.isdigit():
            return ph(cat, num)                      # foreign, already written out
        style = style or self.r.choice(PHONE_STYLES)
        b, s, a = fmt_phone(num, style)
        return f"{b}{ph(cat, s)}{a}"

    def email_for(self, p: Person, domain: str | None = None) -> str:
        r = self.r
        g = ascii_fold(p.given.split()[0]).lower().replace(".", "")
        f = ascii_fold(p.family.replace(" ", "")).lower().replace("-", "") or ascii_fold("".join(p.given.split()[1:])).lower() or "x"
        dom = domain or r.choice(MAIL)
        yy = str(r.randrange(40, 100) if r.random() < 0.5 else r.randrange(1, 30))
        local = r.choice([f"{g}.{f}", f"{g}{f}{yy}", f"{g[0]}{f}", f"{f}_{g}{yy}",
                          f"{g}.{f[0]}{yy}", f"{g}_{f}", f"{f}{g[0]}{yy}"])
        return f"{local}@{dom}"

    def name(self, p: Person, style: str | None = None) -> str:
        r = self.r
        if style is None:
            style = r.choice(["full"] * 5 + ["fullmid", "title", "lf", "ilast"])
        if style == "pair" and not p.script:
            style = "full"
        if style == "nick" and not p.nick:
            style = "full"
        return name_mark(p, style)

    def dt(self, d: dt.date, style: str | None = None, odd: float = 0.35) -> str:
        r = self.r
        if style is None:
            style = r.choice(DATE_ODD) if r.random() < odd else r.choice(DATE_COMMON)
        return D(fmt_date(d, style))

    def dts(self, d: dt.date) -> str:
        """A short date (no year)."""
        return D(fmt_date(d, self.r.choice(DATE_SHORT)))

    def day(self, n: int) -> dt.date:
        return self.enc + dt.timedelta(days=n)

    def ago(self, lo: int, hi: int) -> dt.date:
        return self.enc - dt.timedelta(days=self.r.randrange(lo, hi))

    def age_txt(self, style: str | None = None, n: int | None = None) -> str:
        r = self.r
        if n is None and self.age < 2:
            days = (self.enc - self.dob).days
            if days < 60:
                return AGEK(r.choice([f"{days} days", f"{days}d", f"{days}-day-old", f"DOL {days}"]))
            mo = days * 12 // 365
            return AGEK(r.choice([f"{mo} mo", f"{mo} months", f"{mo}-month-old", f"{mo}m"]))
        n = self.age if n is None else n
        if style is None:
            style = r.choice(["yo", "y/o", "yob", "yob", "yrs", "years", "yoa", "yob_typo",
                              "dec", "ym", "words_yo", "Y"])
        return age_mark(n, fmt_age(n, style, self.age_m))

    def ssn_txt(self, style: str | None = None) -> str:
        a, g, s = self.ssn
        style = style or self.r.choice(["dash", "dash", "space", "bare", "last4", "mask",
                                        "hashmask", "ending", "endash"])
        return {
            "dash": SSN(f"{a}-{g}-{s}"),
            "space": SSN(f"{a} {g} {s}"),
            "bare": SSN(f"{a}{g}{s}"),
            "endash": SSN(f"{a}–{g}–{s}"),
            "last4": SSN(s),
            "mask": "XXX-XX-" + SSN(s),
            "hashmask": "###-##-" + SSN(s),
            "ending": "ending in " + SSN(s),
        }[style]

    def w(self, text: str) -> str:
        """Text that is a word here; kept as `word` when a person in the note carries it as a name."""
        low = text.lower()
        if any(w == low for _k, w in self.words) or (self.namesake and self.namesake.lower() == low):
            return WORD(text)
        return text

    def word_line(self) -> str:
        """Sentences using, as words, the words that are names or towns in this note."""
        out = []
        for kind, w in self.words:
            tpl = (WORD_USES if kind == "name" else TOWN_WORD_USES).get(w)
            if not tpl:
                continue
            if isinstance(tpl, list):
                tpl = self.r.choice(tpl)
            W = w[0].upper() + w[1:]
            out.append(tpl.replace("{w}", WORD(w)).replace("{W}", WORD(W)))
        return " ".join(out)

    # the patient record the EHR holds ---------------------------------------
    def patient_json(self) -> dict:
        pt = self.pt
        phones = [canon_phone(pt.phone)] + ([canon_phone(self.pt_phone2)] if self.pt_phone2 else [])
        return {
            "names": pt.to_json(),
            "mrn": self.mrn,
            "phones": phones,
            "emails": [pt.email] if pt.email else [],
            "address": self.addr.to_json(),
            "birthDate": self.dob.isoformat(),
            "relatives": [{"relationship": p.rel, "names": p.to_json(),
                           "phones": [canon_phone(p.phone)] if p.phone else []}
                          for p in self.rels if p.rel not in ("friend", "roommate", "neighbor")],
            "clinicians": [{"role": p.role, "names": p.to_json(), "credential": p.cred}
                           for p in self.team],
        }


# --------------------------------------------------------------------------- clinical pools

MEDS = [
    "metoprolol succinate 25 mg PO daily", "apixaban 5 mg PO BID", "atorvastatin 40 mg at bedtime",
    "levothyroxine 75 mcg PO daily", "sertraline 50 mg daily", "insulin glargine 22 units SC at bedtime",
    "furosemide 40 mg PO daily", "gabapentin 300 mg TID", "tamsulosin 0.4 mg daily",
    "lisinopril 10 mg daily", "pantoprazole 40 mg daily before breakfast", "donepezil 10 mg at bedtime",
    "amlodipine 5 mg daily", "metformin 1000 mg BID with meals", "albuterol HFA 90 mcg 2 puffs q4h PRN",
    "prednisone 10 mg daily", "allopurinol 100 mg daily", "cholecalciferol 2000 IU daily",
    "alendronate 70 mg weekly", "carvedilol 6.25 mg BID", "empagliflozin 10 mg daily",
    "tiotropium 18 mcg inhaled daily", "buprenorphine-naloxone 8 mg/2 mg SL daily",
    "hydroxychloroquine 200 mg BID", "warfarin 5 mg daily", "levetiracetam 500 mg BID",
    "quetiapine 25 mg at bedtime", "melatonin 3 mg at bedtime", "ondansetron 4 mg ODT q8h PRN",
    "acetaminophen 650 mg q6h PRN", "spironolactone 25 mg daily", "clopidogrel 75 mg daily",
    "sacubitril-valsartan 24/26 mg BID", "semaglutide 0.5 mg SC weekly", "duloxetine 60 mg daily",
]
ICD10 = ["I10", "E11.9", "N18.31", "J44.1", "I48.91", "F32.A", "Z79.01", "M81.0", "G47.33",
         "S72.001A", "I63.9", "C50.911", "R56.9", "E78.5", "I50.22", "F41.1", "K21.9",
         "M54.16", "Z87.891", "E66.01", "G30.1", "R41.82", "Z91.81", "L97.512"]
CPT = ["99214", "93306", "95910", "77080", "93015", "99406", "36415", "80053", "85025",
       "93798", "99183", "99497", "92557", "97110", "98941", "64483", "31500", "92950"]
LOINC = ["4548-4", "2160-0", "718-7", "2345-7", "38483-4", "6690-2", "777-3", "2951-2",
         "33914-3", "1920-8"]
SNOMED = ["44054006", "38341003", "230690007", "49436004", "195967001", "13645005",
          "271737000", "64859006"]


def lab_line(r: random.Random, k: int = 4) -> str:
    pool = [
        lambda: f"Na {r.randrange(131, 146)} mmol/L", lambda: f"K {r.randrange(33, 56) / 10} mmol/L",
        lambda: f"Cr {r.randrange(6, 31) / 10} mg/dL", lambda: f"Hgb {r.randrange(84, 159) / 10} g/dL",
        lambda: f"WBC {r.randrange(38, 168) / 10} K/uL", lambda: f"Plt {r.randrange(96, 420)} K/uL",
        lambda: f"HbA1c {r.randrange(54, 112) / 10}%", lambda: f"TSH {r.randrange(4, 68) / 10} mIU/L",
        lambda: f"INR {r.randrange(9, 34) / 10}", lambda: f"BNP {r.randrange(40, 1900)} pg/mL",
        lambda: f"lactate {r.randrange(6, 49) / 10} mmol/L", lambda: f"glucose {r.randrange(64, 310)} mg/dL",
        lambda: f"ALT {r.randrange(9, 140)} U/L", lambda: f"albumin {r.randrange(22, 48) / 10} g/dL",
        lambda: f"25-OH vitamin D {r.randrange(8, 60)} ng/mL", lambda: f"LDL {r.randrange(48, 190)} mg/dL",
        lambda: f"CRP {r.randrange(1, 180)} mg/L", lambda: f"ferritin {r.randrange(9, 900)} ng/mL",
        lambda: f"BUN {r.randrange(7, 61)} mg/dL", lambda: f"Mg {r.randrange(14, 27) / 10} mg/dL",
    ]
    return ", ".join(LAB(f()) for f in r.sample(pool, k))


def vitals_line(r: random.Random, sep: str = ", ", weight: bool = True, kid: int | None = None) -> str:
    t = (f"T {r.randrange(361, 389) / 10} °C" if r.random() < 0.5 else f"T {r.randrange(970, 1021) / 10}F")
    if kid is not None and kid < 13:
        items = [f"BP {r.randrange(88, 118)}/{r.randrange(50, 76)}", f"HR {r.randrange(72, 130)}",
                 f"RR {r.randrange(16, 30)}", f"SpO2 {r.randrange(94, 101)}% RA", t]
        base = 3.4 + kid * 2.6 if kid < 10 else 6 + kid * 3.0
        wt = round(base * r.randrange(85, 118) / 100, 1)
    else:
        items = [f"BP {r.randrange(96, 182)}/{r.randrange(52, 104)}", f"HR {r.randrange(52, 128)}",
                 f"RR {r.randrange(12, 28)}", f"SpO2 {r.randrange(87, 101)}% RA", t]
        wt = r.randrange(420, 1290) / 10 if kid is None else r.randrange(400, 900) / 10
    if weight and r.random() < 0.5:
        items.append(f"Wt {wt} kg")
    return sep.join(VIT(x) for x in items)


def meds_list(r: random.Random, k: int = 3, sep: str = "; ") -> str:
    return sep.join(DRUG(m) for m in r.sample(MEDS, k))


def icd(r: random.Random, k: int = 1) -> list[str]:
    return [CODE(x) for x in r.sample(ICD10, k)]


# --------------------------------------------------------------------------- shared blocks

def a_an(marked: str) -> str:
    """'a' or 'an' before a marked-up phrase."""
    plain = re.sub("[⟦⟪][A-Za-z0-9_]+\x1f", "", marked).lstrip("⟧⟫ ")
    return "an" if plain[:1].lower() in "aeio" or re.match(r"(8\d?\b|8\d|11\b|18\b|11-|18-|11 |18 )", plain) else "a"


def sex_word(c: Ctx) -> str:
    return {"F": "F", "M": "M"}[c.pt.sex]


def sex_long(c: Ctx) -> str:
    return {"F": "woman", "M": "man"}[c.pt.sex]


def header(c: Ctx, title: str, att: Person | None = None, *, style: str | None = None) -> str:
    """A registration header in one of several layouts."""
    r, p = c.r, c.pt
    style = style or r.choice(["addressograph", "yaml", "banner", "narr", "pipe", "tab", "json",
                               "hl7", "sticker", "email"])
    sx = sex_word(c)
    if style == "addressograph":
        s = (f"{name_mark(p, 'LFm' if r.random() < 0.3 else 'LF')}\n"
             f"DOB: {c.dt(c.dob, 'mdY')}  {c.age_txt('Y')} {sx}\n"
             f"MRN: {MRN(c.mrn)}   FIN: {ACCT(c.fin)}\n")
        if att:
            s += f"ADM: {c.dt(c.ago(0, 6), 'mdY')}  ATT: {name_mark(att, 'LF')}\n"
        return s + f"\n{title.upper()}\n"
    if style == "yaml":
        s = (f"# {title} — export\npatient:\n  name: \"{name_mark(p, 'lf')}\"\n"
             f"  birthDate: {c.dt(c.dob, 'iso')}\n  mrn: \"{MRN(c.mrn)}\"\n"
             f"  phone: \"{c.ph(p.phone, 'plus1_sp')}\"\n")
        if r.random() < 0.5:
            s += f"  email: {EMAIL(p.email)}\n"
        enc_ts = f"{fmt_date(c.enc, 'iso')}T{r.randrange(7, 19):02}:{r.randrange(60):02}:00-0{r.randrange(5, 8)}:00"
        s += f"encounter:\n  start: {D(enc_ts)}\n  facility: {c.hosp}\n"
        if att:
            s += f"  attending: \"{name_mark(att, 'full')}, {att.cred}\"\n"
        return s + "---\n"
    if style == "banner":
        age = c.age_txt(r.choice(["Y", "yoa", "pad"]))
        return (f"{name_mark(p, 'LFm')}   MRN {MRN(c.mrn)}   DOB {c.dt(c.dob, r.choice(['mdY', 'DD-MON-YY', 'iso']))} "
                f"({age})   {sx}\n{title}\n")
    if style == "narr":
        ag = c.age_txt(r.choice(['yob', 'words_yo', 'yob_typo']))
        return (f"{title}. Seen {c.dt(c.enc)}: {c.name(p, 'full')}, {a_an(ag)} {ag} "
                f"{sex_long(c)} (DOB {c.dt(c.dob)}, chart {MRN(c.mrn.lstrip('0') if r.random() < 0.3 else c.mrn)}).\n")
    if style == "pipe":
        nd = c.native_date(c.dob)
        return (f"{title}\nName | DOB | Age | MRN | Visit\n---|---|---|---|---\n"
                f"{name_mark(p, 'lf')} | {c.dt(c.dob, 'mdY')}{' (' + nd + ')' if nd else ''} | {c.age_txt(r.choice(['num', 'Y', 'yo', 'pad']))} | "
                f"{MRN(c.mrn)} | {ACCT(c.fin)}\n")
    if style == "tab":
        nd = c.native_date(c.dob)
        return (f"{title}\nPatient\t{name_mark(p, 'upper')}\nDOB\t{c.dt(c.dob, r.choice(['MMDDYYYY', 'mdY', 'YMonD']))}\n"
                + (f"DOB (passport)\t{nd}\n" if nd else "")
                + (f"Address\t{c.addr.one_line()}\n" if c.foreign or r.random() < 0.25 else "")
                + f"MRN\t{MRN(c.mrn)}\nEnc date\t{c.dt(c.enc, r.choice(['mdY', 'D/Mon/Y', 'DthMonY']))}\n")
    if style == "json":
        return (f"{title}\n{{\"resourceType\":\"Patient\",\"name\":[{{\"family\":\"{NM(p.family) if p.family else ''}\","
                f"\"given\":[\"{NM(p.given)}\"]}}],\"birthDate\":\"{c.dt(c.dob, 'iso')}\","
                f"\"identifier\":[{{\"system\":\"urn:oid:2.16.840.1.113883.3.{r.randrange(100, 999)}\",\"value\":\"{MRN(c.mrn)}\"}}]}}\n")
    if style == "hl7":
        a = c.addr
        addr = (f"{ADDR(a.street.upper())}^{ADDR(a.unit.upper()) if a.unit else ''}^{CITY(a.city.upper())}^"
                f"{a.region}^{ZIP(a.zip)}" if a.us else f"^^^^")
        return (f"{title}\nPID|1||{MRN(c.mrn)}^^^{r.choice(['MVRMC', 'SBH', 'PLH', 'TRCH'])}^MR||{name_mark(p, 'hl7')}||"
                f"{c.dt(c.dob, 'YYYYMMDD')}|{sx}|||{addr}||{c.ph(p.phone, 'paren_dot' if r.random() < 0.3 else 'paren')}|||||"
                f"{ACCT(c.fin)}|{SSN(''.join(c.ssn)) if r.random() < 0.5 else ''}\n")
    if style == "email":
        snd = att or c.clin(r.choice(["physician", "NP", "RN"]), outside=True)
        rcv = c.clin(r.choice(["physician", "NP", "RN", "SW"]), outside=True)
        dom = c.org_domain
        wd = WEEKDAYS_LONG[c.enc.weekday()]
        hm = f"{r.randrange(1, 12)}:{r.randrange(60):02} {r.choice(['AM', 'PM'])}"
        subj_id = r.choice([f"{name_mark(p, 'initials')} DOB {c.dt(c.dob, 'mdY')}", f"{name_mark(p, 'lf')} ({MRN(c.mrn)})",
                            f"pt {MRN(c.mrn)}"])
        return (f"From: \"{name_mark(snd, 'lf')}\" <{EMAIL(c.email_for(snd, dom))}>\n"
                f"Sent: {wd}, {c.dt(c.enc, 'MonthDY')} {hm}\n"
                f"To: {name_mark(rcv, 'full')} <{EMAIL(c.email_for(rcv, dom))}>\n"
                f"Subject: FW: {title} — {subj_id}\n\n")
    # sticker
    return (f"{title}\n[ {name_mark(p, 'upper')} | {c.dt(c.dob, 'MMDDYY' if r.random() < 0.4 else 'mdy_pad')} | "
            + (f"{c.age_txt('pad')} | " if r.random() < 0.4 else "") + f"{sx} | {MRN(c.mrn)} ]\n")


def signoff(c: Ctx, p: Person, *, style: str | None = None) -> str:
    r = c.r
    style = style or r.choice(["esig", "lfparen", "dictated", "slash_es", "caps", "thanks",
                               "cosign", "lower", "plain", "esig"])
    when = c.day(r.choice([0, 0, 0, 1]))
    hh = f"{r.randrange(6, 23):02}{r.randrange(60):02}"
    if style == "esig":
        return (f"Electronically signed by {name_mark(p, r.choice(['full', 'fullmid']))}, {p.cred} on "
                f"{c.dt(when, r.choice(['mdY', 'mdY_np', 'MonDotDY']))} at {hh[:2]}:{hh[2:]}")
    if style == "lfparen":
        return f"{name_mark(p, 'lf_mid')} ({p.cred.split(',')[0]}) — signed {c.dt(when, 'iso')} {hh[:2]}:{hh[2:]}"
    if style == "dictated":
        tr = c.other("transcriptionist")
        return (f"Dictated by: {name_mark(p, 'initials')}/{NM(tr.initials().lower())}   D: {c.dt(c.enc, 'mdy_pad')}  "
                f"T: {c.dt(when, 'mdy_pad')}  Job #: {OID(digits(r, 7))}\n{name_mark(p, 'full')}, {p.cred}")
    if style == "slash_es":
        dea = make_dea(r, p.family, midlevel=p.role in ("NP", "PA"))
        c.deas.append(dea)
        extra = f", DEA {LIC(dea)}" if p.role in ("physician", "NP", "PA", "MRO") else ""
        return f"/es/ {name_mark(p, 'full')}, {p.cred}{extra}, NPI {OID(p.npi)}"
    if style == "caps":
        return f"{name_mark(p, 'upper')} {p.cred.upper().split(',')[0]} // {c.dt(when, 'dmY.')}"
    if style == "thanks":
        return f"Thanks,\n{name_mark(p, 'given')} ({name_mark(p, 'family')}) — {p.role}"
    if style == "cosign":
        res = c.clin("resident") if p.role == "physician" else None
        if res:
            return (f"Seen with {name_mark(res, 'title')} (resident); I agree with the findings and plan as "
                    f"documented. Cosigned: {name_mark(p, 'title')} {c.dts(when)} {hh}")
        return f"Cosigned: {name_mark(p, 'full')} {c.dts(when)} {hh}"
    if style == "lower":
        return f"— {name_mark(p, 'gi_lower')}, {p.cred.lower()}"
    return f"{name_mark(p, 'full')}, {p.cred}"


def contacts_block(c: Ctx, n: int = 2) -> str:
    r = c.r
    rels = ["daughter", "son", "wife", "husband", "sister", "niece", "grandson", "partner",
            "neighbor", "friend", "brother-in-law", "stepdaughter"]
    lines = [r.choice(["Contacts:", "Emergency contacts", "NOK / contacts", "Family contacts —"])]
    rels = [x for x in rels if x in ("neighbor", "friend", "partner", "brother-in-law") and c.age >= 18
            or c.rel_age(x.replace("brother-in-law", "brother")) is not None]
    for rel in r.sample(rels, min(n, len(rels))):
        if rel in ("neighbor", "friend"):
            q = c.other(rel)
            q.phone = c.us_phone(c.area)
        else:
            q = c.relative(rel, foreign=c.abroad() if r.random() < 0.3 else None)
        form = r.choice(["a", "b", "c", "d"])
        rel = q.rel or rel
        nm = c.name(q, r.choice(["full", "lf", "nick", "nick_q", "pair", "full", "upper"]))
        abroad = ""
        ctry = {"au": "au", "au_l": "au", "br": "br", "ng": "ng", "ph": "ph", "pl": "pl", "ke": "ke", "it": "it",
                "tr": "tr", "ua": "ua", "kr": "kr", "nz": "nz"}.get(getattr(q, "phone_country", None) or "")
        if ctry and r.random() < 0.7:
            abroad = " — lives at " + make_foreign_address(r, ctry).one_line()
        if form == "a":
            lines.append(f"  {nm} ({rel}) {c.ph(q.phone)}" + (" (c)" if r.random() < 0.4 else "") + abroad)
        elif form == "b":
            lines.append(f"  {rel.upper()}: {nm} — cell {c.ph(q.phone)}{abroad}")
        elif form == "c":
            lines.append(f"  {rel}: {nm}, {c.ph(q.phone)}" + (f", {EMAIL(c.email_for(q))}" if r.random() < 0.4 else ""))
        else:
            lines.append(f"  - {nm} | {rel} | {c.ph(q.phone)}{abroad}")
    return "\n".join(lines) + "\n"


def coverage_block(c: Ctx) -> str:
    r = c.r
    lines = [r.choice(["Coverage:", "Insurance / registration", "REG:"])]
    lines.append(f"  Plan: {c.plan}   Member ID: {HP(c.member)}   Group: {HP(c.group)}")
    if c.age >= 65 or r.random() < 0.2:
        mbi = c.mbi if r.random() < 0.5 else f"{c.mbi[:4]}-{c.mbi[4:7]}-{c.mbi[7:]}"
        lines.append(f"  Medicare MBI: {HP(mbi)}")
    if r.random() < 0.35:
        lines.append(f"  Medicaid #{HP(c.medicaid)}")
    if c.native_date(c.dob):
        lines.append(f"  ID on file: {r.choice(['passport', 'consular ID', 'foreign driving licence'])}, DOB as printed {c.native_date(c.dob)}")
    if c.foreign or r.random() < 0.3:
        lines.append(f"  Mailing address: {c.addr.one_line(r.choice(['as', 'as', 'upper']))}")
    g = c.pt if r.random() < 0.6 or not c.rels else c.rels[0]
    lines.append(f"  Guarantor: {c.name(g, 'lf')}  acct {ACCT(digits(r, 8))}  SSN {c.ssn_txt()}")
    return "\n".join(lines) + "\n"


def access_log_block(c: Ctx) -> str:
    r = c.r
    lines = ["Portal access log (last 3):"]
    for k in range(3):
        d = c.ago(0, 30)
        ip = (f"{r.randrange(11, 223)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
              if r.random() < 0.7 else
              f"2600:{r.randrange(0x1000, 0xffff):x}:{r.randrange(0x100, 0xfff):x}::{r.randrange(0x10, 0xfff):x}")
        if r.random() < 0.5:
            ts = f"{fmt_date(d, 'D/Mon/Y')}:{r.randrange(24):02}:{r.randrange(60):02}:{r.randrange(60):02}"
            lines.append(f"  {IP(ip)} - - [{D(ts)} -0600] \"GET /mychart/visits HTTP/1.1\" 200")
        else:
            ts = f"{fmt_date(d, 'iso')} {r.randrange(24):02}:{r.randrange(60):02}:{r.randrange(60):02}.{r.randrange(1000):03}"
            lines.append(f"  {D(ts[:10])}{ts[10:]}  login ok  src={IP(ip)}  user={OID(ascii_fold(c.pt.given.split()[0]).lower()[:6] + digits(r, 3))}")
    return "\n".join(lines) + "\n"


def portal_block(c: Ctx) -> str:
    r = c.r
    q = c.rels[0] if c.rels else c.relative(r.choice(["daughter", "son", "wife", "husband"]))
    d = c.ago(0, 5)
    who = name_mark(q, r.choice(["lower", "given", "full"]))
    body = r.choice([
        f"hi this is {who} ({q.rel}). can someone call me back at "
        f"{c.ph(q.phone, r.choice(['dash', 'bare', 'local', 'sp7']))} after 3, i work nights. thank you",
        f"Hello, {who} here, {name_mark(c.pt, 'given')}'s {q.rel}. Is the appt on "
        f"{c.dts(c.day(r.randrange(3, 30)))} still on? my email changed to {EMAIL(c.email_for(q))}",
        f"good morning. {who} writing for {name_mark(c.pt, r.choice(['given', 'lower']))}. we moved, "
        f"new address is {c.addr.one_line('lower')}. pls update the chart",
    ])
    link = ""
    if r.random() < 0.35:
        link = f"  (thread {URL(f'https://mychart.{c.org_domain}/MyChart/app/communication-center/conversation?id={digits(r, 9)}')})\n"
    return (f"Portal message {c.dt(d, r.choice(['mdY', 'MonDY']))} {r.randrange(1, 12)}:{r.randrange(60):02} "
            f"{r.choice(['AM', 'PM'])}:\n  \"{body}\"\n" + link)


def routing_block(c: Ctx) -> str:
    r = c.r
    lines = ["cc:"]
    for _ in range(r.randrange(1, 3)):
        q = c.clin(r.choice(["physician", "NP", "physician"]), outside=True)
        fx = c.us_phone(c.area)
        lines.append(f"  {name_mark(q, r.choice(['title', 'ilast', 'full']))}, {q.cred} — fax {c.ph(fx, cat='FAX')}")
    return "\n".join(lines) + "\n"


EXTRAS = [contacts_block, coverage_block, access_log_block, portal_block, routing_block]


def extras(c: Ctx, k: int | None = None) -> str:
    r = c.r
    k = r.choice([0, 1, 1, 1, 2]) if k is None else k
    return "".join(f(c) for f in r.sample(EXTRAS, k))


_SPAN = re.compile("⟦[^⟧]*⟧|⟪[^⟫]*⟫")


def autokeep(c: Ctx, marked: str) -> str:
    """Every plain-text use of a word that is also a name (or a town) in this note is kept as
    `word`: the note's templates write names only through the mark-up, so what is left outside
    it is the ordinary word."""
    ws = sorted({w for _k, w in c.words}, key=lambda w: (-len(w), w))
    if not ws:
        return marked
    pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(v) for w in ws for v in (w, w.capitalize(), w.upper())) + r")(?!\w)")
    out, pos = [], 0
    for m in _SPAN.finditer(marked):
        out.append(pat.sub(lambda x: WORD(x.group(1)), marked[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(pat.sub(lambda x: WORD(x.group(1)), marked[pos:]))
    return "".join(out)


class NoteType:
    def __init__(self, key: str, note_type: str, fn):
        self.key, self.note_type, self.fn = key, note_type, fn

    def build(self, r: random.Random):
        c, text = self.fn(r)
        text = text.replace(".⟧.", ".⟧")           # "… Eleni K.." → one full stop
        return c, autokeep(c, text)


NOTE_TYPES: list[NoteType] = []


def note_type(key: str, name: str):
    def deco(fn):
        NOTE_TYPES.append(NoteType(key, name, fn))
        return fn
    return deco


# =========================================================================== note types

# ---------------------------------------------------------------- 1 hospice election statement
@note_type("hospice-election", "hospice election statement")
def t_hospice_election(r: random.Random):
    c = Ctx(r, age=(58, 89), p_old=0.45, p_foreign=0, namesakes={"Kennedy": 1})
    att = c.clin("physician")
    md = c.clin("physician")
    rn = c.clin("RN")
    rep_rel = r.choice(["daughter", "son", "wife", "husband", "niece", "nephew"])
    rep = c.relative(rep_rel)
    wit = c.other("admissions coordinator")
    dx, code = r.choice([("Alzheimer's disease, late onset", "G30.1"), ("end-stage heart failure", "I50.22"),
                         ("COPD with acute exacerbation", "J44.1"), ("metastatic pancreatic adenocarcinoma", "C25.9"),
                         ("amyotrophic lateral sclerosis", "G12.21"), ("end-stage renal disease", "N18.6"),
                         ("Lewy body dementia", "G31.83"), ("Creutzfeldt-Jakob disease", "A81.00")])
    eff = c.day(r.randrange(0, 3))
    mbi = c.mbi if r.random() < 0.6 else f"{c.mbi[:4]}-{c.mbi[4:7]}-{c.mbi[7:]}"
    if dx.startswith("Alzheimer"):
        dxk = EP("Alzheimer's disease") + ", late onset"
    elif dx.startswith("Lewy"):
        dxk = EP("Lewy body dementia")
    elif dx.startswith("Creutzfeldt"):
        dxk = EP("Creutzfeldt-Jakob disease")
    else:
        dxk = DX(dx)
    parts = []
    if r.random() < 0.5:
        parts.append(header(c, "Hospice Election Statement"))
    else:
        parts.append(f"{c.hosp} Hospice & Palliative Services\nNOTICE OF ELECTION — MEDICARE HOSPICE BENEFIT\n")
    who = name_mark(c.pt, r.choice(["full", "fullmid", "upper"]))
    parts.append(
        f"Beneficiary: {who}    MBI: {HP(mbi)}\n"
        f"Date of birth: {c.dt(c.dob, r.choice(['mdY', 'MonthDY', 'dmY-']))}    Age: {c.age_txt(r.choice(['num', 'years', 'Y']))}\n"
        f"Residence: {c.addr.one_line()}    Tel {c.ph(c.pt.phone)}\n")
    if c.navajo_desc:
        parts.append(f"Directions for first visit (no street address): {ADDR(c.navajo_desc)}\n")
    parts.append(
        f"I, {name_mark(c.pt, 'full')}, or my representative, elect the Medicare hospice benefit "
        f"effective {c.dt(eff, r.choice(['MonthDthY', 'mdY', 'DthMonY']))}. I understand that hospice care is "
        f"palliative rather than curative for my terminal illness and related conditions, and that I waive "
        f"Medicare payment for treatment of the terminal illness except through my attending physician and "
        f"this hospice.\n")
    parts.append(
        f"Attending physician of my choice: {name_mark(att, r.choice(['title', 'full']))}, {att.cred} "
        f"(NPI {OID(att.npi)})  phone {c.ph(c.us_phone(c.area))}\n"
        f"Hospice medical director: {name_mark(md, 'full')}, {md.cred}\n"
        f"Terminal diagnosis: {dxk} ({CODE(code)})\n")
    k = r.randrange(30, 50, 10)
    clin = [f"{SCORE(f'PPS {k}%')}", f"{EP('Karnofsky')} {SCORE(str(k))}"]
    if dx.startswith(("Alzheimer", "Lewy")):
        clin.append(SCORE(f"FAST {r.choice(['7a', '7b', '7c', '7d'])}"))
    parts.append(
        f"Functional status on visit {c.dts(c.ago(1, 6))}: {', '.join(clin)}. Wt {VIT(f'{r.randrange(38, 62)}.{r.randrange(10)} kg')}, "
        f"down from {VIT(f'{r.randrange(63, 80)} kg')} in {D(fmt_date(c.ago(150, 300), 'MonY'))}. "
        f"{EP('Kennedy terminal ulcer')} over the sacrum first noted {c.dts(c.ago(1, 4))}. "
        f"Comfort medications in home: {DRUG('morphine sulfate 20 mg/mL oral solution 5 mg SL q2h PRN')}, "
        f"{DRUG('lorazepam 0.5 mg SL q4h PRN')}, {DRUG('glycopyrrolate 0.2 mg SC q4h PRN')}.\n")
    parts.append(
        f"Representative: {c.name(rep, r.choice(['full', 'lf', 'nick']))} ({rep_rel}, {r.choice(['health care POA', 'legal guardian', 'surrogate under state law'])}), "
        f"{c.ph(rep.phone)}\n"
        f"Signature of beneficiary/representative: ______   Date: {c.dt(c.enc, 'mdY')}\n"
        f"Witness: {name_mark(wit, r.choice(['full', 'gi']))}, admissions coordinator   Date: {c.dt(c.enc, 'mdy')}\n")
    if r.random() < 0.6:
        parts.append(f"Intake RN {name_mark(rn, r.choice(['full', 'gi']))} reviewed the election, revocation and "
                     f"transfer rights; copy of the election given to {name_mark(rep, 'given')}. {c.age_prose()} {c.lang_age_quote()} {c.word_line()}\n")
    if r.random() < 0.3:
        parts.append(f"Family set up a meal schedule at {URL('https://www.mealtrain.com/trains/' + letters(r, 6, 'abcdefghjkmnpqrstuvwxyz0123456789'))}; "
                     f"Medicaid pending, SSN on application {c.ssn_txt(r.choice(['dash', 'last4', 'mask']))}.\n")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, md))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 2 laboratory requisition
LAB_TESTS = [
    ("CBC w/ auto diff", "85025", "57021-8"), ("Comprehensive metabolic panel", "80053", "24323-8"),
    ("Hemoglobin A1c", "83036", "4548-4"), ("TSH", "84443", "3016-3"),
    ("Lipid panel", "80061", "57698-3"), ("Urinalysis w/ reflex culture", "81001", "24357-6"),
    ("Vitamin D, 25-OH", "82306", "62292-8"), ("PT/INR", "85610", "6301-6"),
    ("Ferritin", "82728", "2276-4"), ("Magnesium", "83735", "19123-9"),
]
LAB_EPONYM_TESTS = [
    ("Westergren ESR", "85652", "Westergren"), ("Kleihauer-Betke stain", "85460", "Betke"),
    ("Wright-Giemsa smear, pathologist review", "85060", "Wright"),
    ("Gram stain and culture, wound", "87205", "Gram"), ("Coombs, direct", "86880", None),
]


@note_type("lab-requisition", "laboratory requisition")
def t_lab_req(r: random.Random):
    c = Ctx(r, age=(1, 89), p_old=0.15, namesakes={"Westergren": 1, "Wright": 1, "Gram": 1})
    prov = c.clin(r.choice(["physician", "NP", "PA"]))
    coll = c.clin("MA") if r.random() < 0.5 else c.clin("LPN")
    tests = r.sample(LAB_TESTS, r.randrange(2, 5))
    eps = [x for x in LAB_EPONYM_TESTS if c.namesake and x[2] == c.namesake] or [r.choice(LAB_EPONYM_TESTS)]
    dxs = icd(r, r.randrange(1, 3))
    coll_d = c.day(0)
    ct = f"{r.randrange(6, 17):02}:{r.randrange(0, 60, 5):02}"
    acc = r.choice([lambda: f"{r.choice('ABCDEHK')}{fmt_date(c.enc, 'YYYYMMDD')[2:]}-{digits(r, 5, False)}",
                    lambda: digits(r, 10), lambda: f"{r.choice(['L', 'LB', 'RL'])}{digits(r, 8)}"])()
    parts = []
    if r.random() < 0.45:
        # an HL7 v2 order message pasted into the requisition
        ts = fmt_date(c.enc, "YYYYMMDD") + f"{r.randrange(7, 18):02}{r.randrange(60):02}{r.randrange(60):02}"
        order = digits(r, 8)
        a = c.addr
        addr = (f"{ADDR(a.street.upper())}^{ADDR(a.unit.upper()) if a.unit else ''}^{CITY(a.city.upper())}^{a.region}^{ZIP(a.zip)}"
                if a.us else "")
        parts.append(f"Outbound order (HL7 2.5.1) — {c.hosp}")
        parts.append(f"MSH|^~\\&|EHR|{r.choice(['MVRMC', 'SBH', 'PLH'])}|LIS|REFLAB|{D(ts)}||ORM^O01|MSG{digits(r, 6)}|P|2.5.1")
        parts.append(f"PID|1||{MRN(c.mrn)}^^^MR||{name_mark(c.pt, 'hl7')}||{c.dt(c.dob, 'YYYYMMDD')}|{sex_word(c)}|||{addr}||"
                     f"{c.ph(c.pt.phone, 'paren_dot' if r.random() < 0.4 else 'bare')}")
        parts.append(f"PV1|1|O|{r.choice(['FAMMED', 'IMCLIN', 'PEDS2'])}^^^||||{OID(prov.npi)}^{name_mark(prov, 'hl7')}^^^^{prov.cred.split(',')[0]}")
        parts.append(f"ORC|NW|{OID(order)}|||||||{D(ts)}")
        for k, (nm_, cpt, loinc) in enumerate(tests, 1):
            parts.append(f"OBR|{k}|{OID(order)}||{CODE(loinc)}^{nm_.upper()}^LN|||{D(ts)}")
        for k, d in enumerate(dxs, 1):
            parts.append(f"DG1|{k}||{d}^^I10")
        parts.append("")
        parts.append(f"Printed requisition for the draw station (accession {OID(acc)}):")
    else:
        parts.append(r.choice(["OUTPATIENT LABORATORY REQUISITION", "Lab Order / Requisition", "REQ — Reference Laboratory"]))
        parts.append(f"Accession: {OID(acc)}        Collection: {c.dt(coll_d, r.choice(['mdY', 'DD-MON-YY', 'YMonD']))} {ct[:2]}{ct[3:]}")
    a = c.addr
    parts.append(
        f"Patient: {name_mark(c.pt, r.choice(['LF', 'lf', 'lf_mid']))}   Sex: {sex_word(c)}   DOB: {c.dt(c.dob, r.choice(['mdY', 'MMDDYYYY', 'dmY-']))}"
        f"   Age: {c.age_txt(r.choice(['num', 'Y', 'yrs', 'ym']))}")
    parts.append(f"Address: {a.one_line(r.choice(['as', 'upper']))}")
    if c.native_date(c.dob) and r.random() < 0.6:
        parts.append(f"ID checked at draw: foreign passport, DOB {c.native_date(c.dob)}")
    parts.append(f"Phone: {c.ph(c.pt.phone)}" + (f"   Alt: {c.ph(c.pt_phone2)}" if c.pt_phone2 else ""))
    parts.append(f"Bill to: {r.choice(['Insurance', 'Client', 'Patient'])} — {c.plan}, ID {HP(c.member)}, grp {HP(c.group)}")
    if r.random() < 0.3:
        parts.append(f"Subscriber SSN (required by payer): {c.ssn_txt(r.choice(['dash', 'space', 'endash']))}")
    parts.append(f"Ordering: {name_mark(prov, 'lf')}, {prov.cred}  NPI {OID(prov.npi)}  "
                 f"Fax results to {c.ph(c.us_phone(c.area), cat='FAX')}")
    parts.append("Dx (ICD-10): " + ", ".join(dxs))
    parts.append("Tests:")
    for nm_, cpt, loinc in tests:
        parts.append(f"  [x] {nm_} ({CODE(cpt)}) LOINC {CODE(loinc)}")
    for nm_, cpt, ep in eps:
        if ep:
            head, rest = nm_.split(" ", 1) if " " in nm_ else (nm_, "")
            if ep == "Wright":
                parts.append(f"  [x] {EP('Wright-Giemsa')} smear, pathologist review ({CODE(cpt)})")
            elif ep == "Betke":
                parts.append(f"  [x] {EP('Kleihauer-Betke')} stain ({CODE(cpt)}) — Rh-neg, 28 wk")
            else:
                parts.append(f"  [x] {EP(head)} {rest} ({CODE(cpt)})")
        else:
            parts.append(f"  [x] {EP('Coombs')}, direct ({CODE(cpt)})")
    parts.append(f"Specimens: {r.choice(['1 lavender, 1 gold SST', '2 lavender, 1 light blue', 'gold SST, urine cup', '1 pink (blood bank)'])}; "
                 f"fasting {r.choice(['Y', 'N', 'unk'])}. Collected by {name_mark(coll, r.choice(['gi', 'initials', 'full']))} "
                 f"{c.dt(coll_d, 'md')} {ct}.")
    if c.age < 18:
        g = c.relative(r.choice(["mother", "father", "grandmother"]))
        parts.append(f"Guardian present: {c.name(g, r.choice(['full', 'lf']))}, {c.ph(g.phone)}")
    parts.append(f"Clinical information: {r.choice(['annual monitoring', 'fatigue, r/o anemia', 'new CKD workup', 'on DOAC, pre-op', 'follow-up of abnormal result'])}; "
                 f"last {lab_line(r, 2)} on {c.dt(c.ago(60, 300))}. {vitals_line(r)} at the visit.")
    parts.append(f"Current meds affecting results: {meds_list(r, 2)}. {c.word_line()}")
    parts.append(f"Specimen handling: {r.choice(['spin within 2 h, refrigerate serum', 'keep at room temp, courier pickup 1600', 'protect from light'])}. "
                 f"Results to patient portal after release; questions to the lab client line.")
    parts.append(extras(c, r.choice([0, 0, 1])))
    return c, "\n".join(x for x in parts if x is not None)


# ---------------------------------------------------------------- 3 pharmacogenomic test report
PGX = [
    ("CYP2C19", [("*1/*2", "intermediate metabolizer"), ("*2/*2", "poor metabolizer")], "clopidogrel 75 mg daily",
     "consider prasugrel 10 mg daily or ticagrelor 90 mg BID if no contraindication"),
    ("CYP2D6", [("*4/*41", "intermediate metabolizer"), ("*4/*4", "poor metabolizer"), ("*1/*2x2", "ultrarapid metabolizer")],
     "tramadol 50 mg q6h PRN", "avoid codeine and tramadol; use a non-CYP2D6 analgesic"),
    ("SLCO1B1", [("*1/*5", "decreased function"), ("*5/*15", "poor function")], "simvastatin 40 mg daily",
     "prefer rosuvastatin 10 mg daily or pravastatin 40 mg daily"),
    ("CYP2C9/VKORC1", [("*1/*3 ; -1639 G/A", "intermediate metabolizer, VKORC1 sensitive"),
                       ("*2/*3 ; -1639 A/A", "poor metabolizer, VKORC1 highly sensitive")], "warfarin 5 mg daily",
     "start warfarin 2.5 mg daily, INR in 5 days"),
    ("TPMT/NUDT15", [("*1/*3A ; *1/*1", "TPMT intermediate metabolizer"), ("*1/*1 ; *1/*3", "NUDT15 intermediate metabolizer")],
     "azathioprine 50 mg daily", "reduce thiopurine dose to 30–80% of standard"),
    ("CYP2C19", [("*1/*17", "rapid metabolizer"), ("*17/*17", "ultrarapid metabolizer")], "sertraline 100 mg daily",
     "consider an alternative not metabolised by CYP2C19 if no response"),
]


@note_type("pgx-report", "pharmacogenomic test report")
def t_pgx(r: random.Random):
    c = Ctx(r, age=(19, 89), p_old=0.12, namesakes={"Gilbert": 1})
    prov = c.clin(r.choice(["physician", "NP"]))
    gc = c.clin("genetic counselor")
    dirx = c.clin("physician", outside=True)
    sample = f"{r.choice(['PGX', 'GX', 'SPC'])}-{digits(r, 7)}"
    rows = r.sample(PGX, 3)
    coll, recv = c.ago(9, 20), None
    recv = coll + dt.timedelta(days=r.randrange(1, 4))
    parts = [header(c, "PHARMACOGENOMIC PANEL — FINAL REPORT", style=r.choice(["banner", "pipe", "tab", "sticker", "json", "email", "yaml"]))]
    parts.append(f"Specimen: {r.choice(['buccal swab', 'whole blood (EDTA)', 'saliva kit'])}   Sample ID {OID(sample)}   "
                 f"Requisition {OID(digits(r, 9))}")
    parts.append(f"Collected {c.dt(coll, r.choice(['mdY', 'iso', 'MonDotDY']))} | Received {c.dt(recv, r.choice(['mdY', 'iso']))} | "
                 f"Reported {c.dt(c.enc, r.choice(['mdY', 'iso', 'MonthDY']))}")
    parts.append(f"Ordering clinician: {name_mark(prov, r.choice(['lf', 'full']))}, {prov.cred} (NPI {OID(prov.npi)}); "
                 f"fax {c.ph(c.us_phone(), cat='FAX')}")
    parts.append("")
    parts.append(f"{c.w('Gene')} | Genotype | Phenotype | Current drug | Recommendation")
    rows = [x for i, x in enumerate(rows) if x[0] not in [y[0] for y in rows[:i]]]
    for gene, gts, drug, rec in rows:
        gt, phen = r.choice(gts)
        parts.append(f"{ABBR(gene)} | {LAB(gt)} | {phen} | {DRUG(drug)} | {rec}")
    if r.random() < 0.6 or c.namesake:
        parts.append(f"{ABBR('UGT1A1')} | {LAB('*28/*28')} | poor function | — | consistent with {EP('Gilbert syndrome')}; "
                     f"atazanavir not advised")
    parts.append("")
    parts.append(f"Interpretation follows {ABBR('CPIC')} and {ABBR('DPWG')} guidance current at the report date. "
                 f"{ABBR('HLA-B')}*58:01 {r.choice(['not detected', 'detected — avoid allopurinol'])}; "
                 f"{ABBR('HLA-B')}*15:02 not detected. Recent labs: {lab_line(r, 3)}.")
    if r.random() < 0.5:
        sib = c.relative(r.choice(["sister", "brother", "daughter", "son"]))
        parts.append(f"Family: {sib.rel} {c.name(sib, r.choice(['full', 'given', 'pair']))} was tested here in "
                     f"{D(fmt_date(c.ago(200, 700), r.choice(['MonY', 'm/Y'])))} (sample {OID(f'PGX-{digits(r, 7)}')}); "
                     f"cascade results are not part of this report.")
    parts.append(f"Questions: genetic counselor {name_mark(gc, r.choice(['full', 'gi']))}, {gc.cred}, "
                 f"{c.ph(c.us_phone())} x{r.randrange(100, 999)} or {EMAIL(c.email_for(gc, c.org_domain))}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 1])))
    if r.random() < 0.4:
        lab_dom = r.choice(["genomind-lab", "rxgenomix", "pgxdirect"])
        parts.append("Patient copy: " + URL(f"https://results.{lab_dom}.com/r/{sample}?pin={digits(r, 6)}"))
    parts.append(f"Laboratory director: {name_mark(dirx, 'full')}, {dirx.cred}   CLIA 05D{digits(r, 7)}   "
                 f"Signed {c.dt(c.enc, 'mdY')}")
    return c, "\n".join(parts)


# ---------------------------------------------------------------- 4 cardiac rehabilitation session note
@note_type("cardiac-rehab", "cardiac rehabilitation session note")
def t_cardiac_rehab(r: random.Random):
    c = Ctx(r, age=(38, 89), p_old=0.05, namesakes={"Borg": 1, "Bruce": 1, "Karvonen": 1, "Levine": 1})
    ep_ = c.clin("exercise physiologist")
    rn = c.clin("RN")
    card = c.clin("physician", outside=True)
    n = r.randrange(4, 35)
    dates = sorted({c.ago(0, 1) - dt.timedelta(days=2 * k + r.randrange(0, 2)) for k in range(3)})
    parts = [header(c, f"Cardiac Rehab Phase II — session {n} of 36", style=r.choice(["addressograph", "banner", "narr", "tab", "sticker"]))]
    ev = r.choice(["NSTEMI s/p PCI to LAD", "CABG x3", "stable angina", "HFrEF", "TAVR", "STEMI s/p PCI to RCA"])
    parts.append(f"Qualifying event: {DX(ev)} on {c.dt(c.ago(40, 120), r.choice(['mdY', 'MonDY', DMY_APOS]))} at {c.hosp2}. "
                 f"Referring cardiologist {name_mark(card, r.choice(['title', 'ilast']))}.")
    parts.append("Flowsheet (last 3 sessions)")
    dsty = r.choice(['md', 'md', 'm-d', 'MonDotD'])
    parts.append("          | " + " | ".join(c.dt(d, dsty) for d in dates))
    parts.append("Rest BP   | " + " | ".join(VIT(f"{r.randrange(104, 150)}/{r.randrange(60, 90)}") for _ in dates))
    parts.append("Peak HR   | " + " | ".join(VIT(str(r.randrange(96, 138))) for _ in dates))
    parts.append(f"{EP('Borg')} RPE  | " + " | ".join(SCORE(str(r.randrange(11, 15))) for _ in dates))
    parts.append("METs      | " + " | ".join(VIT(f"{r.randrange(28, 62) / 10}") for _ in dates))
    parts.append("Rhythm    | " + " | ".join(r.choice(["SR", "SR w/ PVCs", "SR", "AF rate ctl"]) for _ in dates))
    hrr = r.randrange(40, 70)
    parts.append(f"Target HR {VIT(f'{r.randrange(104, 128)}–{r.randrange(129, 140)} bpm')} by {EP('Karvonen')} at {hrr}–{hrr + 15}% "
                 f"reserve; baseline {EP('Bruce')} protocol treadmill {c.dt(c.ago(30, 90), r.choice(['mdY', 'iso_np']))}: "
                 f"{VIT(f'{r.randrange(4, 10)}:{r.randrange(10, 60)} min')}, stopped for fatigue. "
                 f"{EP('Duke Activity Status Index')} {SCORE(f'{r.randrange(12, 45)}.{r.randrange(10)}')}.")
    parts.append(f"Today: {vitals_line(r)}. {r.choice(['No angina.', 'Brief chest tightness at 6 min on the treadmill, relieved by rest; no ' + EP('Levine sign') + '.', 'Denies chest pain, presyncope, palpitations.'])} "
                 f"Meds reviewed: {meds_list(r, 3, ', ')}.")
    if r.random() < 0.5:
        dev = r.choice([("Medtronic Cobalt XT DR", "DDPA2D1"), ("Boston Scientific Resonate EL ICD", "D433"),
                        ("Abbott Gallant HF CRT-D", "CDHFA500Q")])
        sn = r.choice([lambda: letters(r, 3) + digits(r, 6) + letters(r, 1), lambda: digits(r, 6, True),
                       lambda: f"{dev[1]}-{digits(r, 6)}"])()
        parts.append(f"Device: {CODE(dev[0])} (model {CODE(dev[1])}) SN {DEV(sn)}; telemetry alarms set per device clinic.")
    sp = c.relative(r.choice(["wife", "husband", "partner"]))
    parts.append(f"Education: sodium and label reading with {name_mark(sp, r.choice(['given', 'full', 'lower']))} present; "
                 f"home walking log {r.randrange(15, 40)} min x{r.randrange(3, 7)}/wk. {c.age_prose() if r.random() < 0.5 else ''} {c.word_line()}")
    if r.random() < 0.4:
        parts.append(f"Transport: drives self, {r.choice(['silver', 'maroon', 'white'])} {r.choice(['Buick Enclave', 'Ford Ranger', 'Toyota Corolla'])} "
                     f"plate {VEH(r.choice([letters(r, 3) + digits(r, 4), digits(r, 3) + letters(r, 3), letters(r, 2) + '-' + digits(r, 5)]))}; "
                     f"handicap placard on file.")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, ep_, style=r.choice(["esig", "thanks", "lower", "plain", "caps"])))
    if r.random() < 0.5:
        parts.append(f"Reviewed: {name_mark(rn, r.choice(['full', 'gi']))}, {rn.cred}")
    return c, "\n".join(x for x in parts if x)


def hhmm(r: random.Random, lo: int = 0, hi: int = 24) -> str:
    return f"{r.randrange(lo, hi):02}{r.randrange(60):02}"


def ipv4(r: random.Random, private: bool = False) -> str:
    if private:
        return r.choice([f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                         f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}"])
    return f"{r.choice([24, 47, 68, 73, 98, 104, 136, 162, 174, 199, 207])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"


def ipv6(r: random.Random) -> str:
    return (f"{r.choice(['2601', '2603', '2607', '2a01', 'fd12'])}:{r.randrange(0x100, 0xffff):x}:"
            f"{r.randrange(0x100, 0xffff):x}:{r.randrange(0x10, 0xffff):x}::{r.randrange(1, 0xffff):x}")


# ---------------------------------------------------------------- 5 telestroke consult record
@note_type("telestroke", "telestroke consult record")
def t_telestroke(r: random.Random):
    c = Ctx(r, age=(34, 89), p_old=0.25, p_foreign=0.02, namesakes={"Willis": 1, "Horner": 1, "Todd": 1, "Berry": 1})
    neuro = c.clin("physician")
    edmd = c.clin("physician")
    rn = c.clin("RN")
    wit = c.relative(r.choice(["wife", "husband", "daughter", "son", "partner"]), phone=True)
    nih = r.randrange(2, 22)
    t_act = r.randrange(6 * 60, 23 * 60)
    lkw_m = t_act - r.randrange(40, 200)
    tm = lambda m: f"{m // 60:02}{m % 60:02}"
    lkw = tm(lkw_m)
    wt = r.randrange(52, 118)
    parts = [header(c, "TELESTROKE CONSULTATION", style=r.choice(["banner", "tab", "yaml", "addressograph", "narr"]))]
    sess = r.choice([f"https://telestroke.{c.org_domain}/s/{letters(r, 4, 'abcdefghjkmnpqrstuvwxyz')}{digits(r, 5)}",
                     f"https://vc.{r.choice(['inteleneuro', 'neurolinkcare', 'strokenet-telehealth'])}.com/room/{digits(r, 8)}"])
    parts.append(f"Spoke site: {c.hosp2} ED, cart {r.choice(['RP-Vita', 'InTouch Lite 200', 'Teladoc Vantage'])} @ {IP(ipv4(r, True))}; "
                 f"session {URL(sess)}")
    parts.append(f"Activated {c.dt(c.enc, r.choice(['mdY', 'iso', 'DD-MON-YY']))} {tm(t_act)} by ED physician "
                 f"{name_mark(edmd, r.choice(['title', 'full', 'lf']))} (callback {c.ph(c.us_phone(), r.choice(['dash', 'paren']))}).")
    parts.append(f"Last known well {lkw[:2]}:{lkw[2:]} per {wit.rel} {name_mark(wit, r.choice(['given', 'full', 'nick']))}, reached at "
                 f"{c.ph(wit.phone)}. {r.choice(['Woke with symptoms', 'Witnessed onset at dinner', 'Found on the bathroom floor'])}.")
    parts.append(f"Presentation: {r.choice(['right hemiparesis and expressive aphasia', 'left face/arm weakness, dysarthria', 'vertigo, ataxia, right ptosis and miosis', 'global aphasia, left gaze deviation'])}. "
                 f"{ABBR('NIHSS')} {SCORE(str(nih))} (LOC 0, gaze {r.randrange(0, 3)}, motor arm {r.randrange(0, 5)}). {vitals_line(r, weight=False)}. "
                 f"POC {LAB(f'glucose {r.randrange(78, 260)} mg/dL')}. {c.age_prose()} {c.lang_age_quote()}".rstrip())
    parts.append(f"Imaging: NCCT no hemorrhage, {ABBR('ASPECTS')} {SCORE(str(r.randrange(6, 11)))}. CTA: "
                 f"{r.choice(['M1 occlusion', 'distal M2 cutoff', 'no LVO', 'basilar tip patent'])}; {EP('circle of Willis')} otherwise intact, "
                 f"no {c.w('berry')} aneurysm. {r.choice(['Partial ' + EP('Horner syndrome') + ' on the right.', 'No ' + EP('Horner syndrome') + '.', ''])}")
    tnk = min(25, round(wt * 0.25))
    t_dec = min(t_act + r.randrange(18, 55), 23 * 60 + 59)
    tnk_s = DRUG(f"tenecteplase {tnk} mg IV bolus") + f" at {tm(t_dec)}"
    tpa_s = DRUG(f"alteplase {round(wt * 0.9, 1)} mg IV") + f" (0.9 mg/kg) started {tm(t_dec)}"
    decision = r.choice([tnk_s, tpa_s, "no thrombolytic: outside window"])
    parts.append(f"Weight {VIT(f'{wt} kg')} (stated). Decision: {decision}. "
                 f"{r.choice(['Transfer for thrombectomy', 'Admit locally to stroke unit', 'Transfer to comprehensive stroke center'])}; "
                 f"{EP('Todd paralysis')} considered unlikely (no seizure). Home meds: {meds_list(r, 2, ', ')}.")
    parts.append(f"Transfer center ref {OID(f'TC-{digits(r, 6)}')}; accepting {name_mark(c.clin('physician', outside=True), 'title')}. "
                 f"Bedside RN {name_mark(rn, r.choice(['given', 'gi', 'full']))}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(f"Consult time {r.randrange(18, 55)} min. " + signoff(c, neuro, style=r.choice(["esig", "slash_es", "lfparen", "plain"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 6 rapid response event record
@note_type("rapid-response", "rapid response event record")
def t_rapid(r: random.Random):
    c = Ctx(r, age=(19, 89), p_old=0.25, p_foreign=0.02, namesakes={"Kussmaul": 1, "Yankauer": 1})
    rrt = c.clin("RN")
    rt = c.clin("RT")
    hosp = c.clin("physician")
    prim = c.clin("RN")
    charge = c.clin("RN")
    t0m = r.randrange(0, 22 * 60)
    tm = lambda m: f"{(m // 60) % 24:02}{m % 60:02}"
    t0 = tm(t0m)
    trig = r.choice(["RR 32", "SpO2 84% on 4 L", "SBP 78", "acute confusion", "HR 146 irregular", "staff worried"])
    fam = c.relative(r.choice(["daughter", "son", "wife", "husband", "sister"]))
    parts = [header(c, "Rapid Response Team — Event Record", att=hosp, style=r.choice(["addressograph", "banner", "pipe", "sticker", "hl7"]))]
    parts.append(f"Event date {c.dt(c.enc, r.choice(['mdY', 'iso', 'DthMonY', 'MonDotDY']))}   Called {t0[:2]}:{t0[2:]}   Unit 5 West rm {r.randrange(501, 540)}")
    parts.append(f"Trigger: {VIT(trig) if trig[0].isupper() and trig[:2] in ('RR', 'Sp', 'SB', 'HR') else trig}. "
                 f"{SCORE(f'MEWS {r.randrange(4, 9)}')}, {SCORE(f'qSOFA {r.randrange(1, 4)}')}.")
    parts.append("Responders:")
    for p_, role in [(rrt, "RRT RN"), (rt, "RT"), (hosp, "hospitalist"), (prim, "primary RN"), (charge, "charge RN")]:
        parts.append(f"  {role:<12} {name_mark(p_, r.choice(['full', 'lf', 'gi', 'full']))}")
    parts.append(f"Assessment: {r.choice(['Lethargic but arousable', 'Agitated, pulling at lines', 'Diaphoretic, speaking in short phrases'])}; "
                 f"vitals at 10 min {vitals_line(r)}. {r.choice([EP('Kussmaul respirations') + ', fruity breath.', 'Coarse rhonchi; secretions cleared with ' + EP('Yankauer') + ' suction.', 'No ' + EP('Kussmaul respirations') + '; ' + EP('Yankauer') + ' at bedside.'])}")
    parts.append(f"{c.age_prose()} {c.lang_age_quote()}".rstrip())
    parts.append(f"Labs: {lab_line(r, 4)}; VBG pH {LAB(f'7.{r.randrange(12, 45)}')}, pCO2 {LAB(f'{r.randrange(28, 78)} mmHg')}.")
    parts.append(f"Interventions: {DRUG(r.choice(['LR 1,000 mL IV bolus', 'NS 500 mL IV bolus x2', 'furosemide 40 mg IV once', 'naloxone 0.4 mg IV', 'dextrose 50% 25 g IV']))}; "
                 f"{r.choice(['BiPAP 12/6 FiO2 50%', 'HFNC 40 L/min 60%', 'NRB 15 L', 'venturi 35%'])}; blood cultures x2; ECG {r.choice(['sinus tach', 'AF RVR', 'no acute ST change'])}. "
                 f"{DRUG(r.choice(['insulin regular 0.1 units/kg/h IV infusion', 'diltiazem 10 mg IV push', 'ceftriaxone 2 g IV', 'vancomycin 1,750 mg IV']))}.")
    parts.append(f"Disposition: {r.choice(['transfer to MICU bed 12', 'remain on unit with q1h vitals', 'transfer to step-down', 'escalated to code — see code record'])}. "
                 f"Code status {r.choice(['Full code', 'DNR/DNI (POLST on chart)', 'DNR, OK to intubate'])} confirmed.")
    parts.append(f"Family: {fam.rel} {name_mark(fam, r.choice(['full', 'given', 'lower', 'title']))} notified by phone "
                 f"{c.ph(fam.phone)} at {tm(t0m + r.randrange(15, 50))}{', left voicemail' if r.random() < 0.3 else ''}. {c.word_line()}")
    if r.random() < 0.35:
        parts.append(f"Sitter {name_mark(c.other('sitter'), 'full')} assigned for safety; "
                     f"{c.age_txt(r.choice(['yo', 'y/o', 'yrs']))} with fall risk, {SCORE(f'Morse {r.randrange(45, 100, 5)}')}.")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(f"Event closed {tm(t0m + r.randrange(50, 110))}. " + signoff(c, rrt, style=r.choice(["esig", "plain", "caps", "lower"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 7 radiation therapy completion summary
OAR = {"breast": "heart mean 2.1 Gy, ipsilateral lung V20 14%", "lung": "spinal cord max 38 Gy, lung V20 24%, esophagus mean 28 Gy",
       "prostate": "rectum V70 9%, bladder V65 18%", "rectum": "small bowel V45 under 195 cc, bladder V50 22%",
       "head and neck": "parotid mean 24 Gy, cord max 41 Gy"}
FU = {"breast": "mammogram in 6 months", "lung": "CT chest at 3 months", "prostate": "PSA at 3 months",
      "rectum": "restaging MRI at 8 weeks, then surgery", "head and neck": "PET/CT at 12 weeks"}
@note_type("radiation-summary", "radiation therapy completion summary")
def t_radiation(r: random.Random):
    c = Ctx(r, age=(32, 89), p_old=0.15, namesakes={"Bloom": 1, "Richardson": 1, "Pancoast": 1, "Virchow": 1})
    ro = c.clin("physician")
    phys = c.clin("physician", outside=True)
    dosi = c.other("dosimetrist", clin=True)
    ref = c.clin("physician", outside=True)
    site = r.choice(["breast", "lung", "head and neck", "prostate", "rectum"])
    start = c.ago(35, 60)
    end = c.ago(1, 6)
    fx = r.choice([(50, 25), (60, 30), (70, 35), (42.56, 16), (45, 25), (60, 15)])
    parts = [header(c, "Radiation Oncology — Treatment Completion Summary", style=r.choice(["banner", "pipe", "tab", "narr", "sticker", "json", "email", "yaml"]))]
    parts.append(f"To: {name_mark(ref, r.choice(['title', 'full']))} ({r.choice(['medical oncology', 'PCP', 'surgery'])}), by fax {c.ph(c.us_phone(), cat='FAX')}")
    if site == "breast":
        dx = (f"{DX('invasive ductal carcinoma, left breast')} ({CODE('C50.912')}), pT1c N0, "
              f"{EP('Nottingham')} ({EP('Bloom-Richardson')}) grade {SCORE(r.choice(['1', '2', '3']))}, ER+/PR+/HER2−")
    elif site == "lung":
        dx = (f"{DX('non-small cell lung cancer, right upper lobe')} ({CODE('C34.11')}) presenting as a "
              f"{EP('Pancoast tumor')}; {EP('Virchow node')} {r.choice(['negative on PET', 'not palpable'])}")
    elif site == "prostate":
        dx = f"{DX('adenocarcinoma of the prostate')} ({CODE('C61')}), PSA {LAB(f'{r.randrange(40, 200) / 10} ng/mL')}, NCCN intermediate risk"
    elif site == "rectum":
        dx = f"{DX('rectal adenocarcinoma')} ({CODE('C20')}), cT3 N1, 6 cm from anal verge"
    else:
        dx = f"{DX('p16+ squamous cell carcinoma of the left tonsil')} ({CODE('C09.9')}), {EP('Virchow node')} region spared"
    parts.append(f"Diagnosis: {dx}.")
    parts.append(f"Course: {fx[0]} Gy in {fx[1]} fractions, {r.choice(['VMAT', 'IMRT', '3D-CRT', 'SBRT'])} on "
                 f"{CODE(r.choice(['Varian TrueBeam', 'Elekta Versa HD', 'Accuray TomoTherapy H', 'Varian Halcyon']))}, "
                 f"{c.dt(start, r.choice(['mdY', 'MonDY', 'iso']))} to {c.dt(end, r.choice(['mdY', 'MonDY', 'iso']))}, "
                 f"{r.choice(['no breaks', f'one break ({c.dts(start + dt.timedelta(days=12))}) for fatigue', 'two missed fractions made up at the end'])}.")
    if site == "breast" and r.random() < 0.5:
        parts.append("Concurrent: none. Boost 10 Gy in 5 fx to the tumor bed.")
    elif site in ("rectum", "head and neck"):
        parts.append(f"Concurrent: {DRUG(r.choice(['capecitabine 825 mg/m2 BID on RT days', 'cisplatin 40 mg/m2 weekly x6']))}.")
    parts.append(f"Simulation {c.dt(start - dt.timedelta(days=r.randrange(7, 15)), r.choice(['mdY', 'mdy', 'DthMonY']))} "
                 f"({r.choice(['supine, arms up, Vac-Lok', 'thermoplastic mask', 'prone breast board', 'full bladder protocol'])}); "
                 f"daily {r.choice(['CBCT', 'kV imaging', 'surface guidance (AlignRT)'])}. Organs at risk within constraints: "
                 f"{OAR[site]}.")
    tox = {"breast": ["radiation dermatitis", "fatigue", "breast edema"], "lung": ["esophagitis", "fatigue", "cough"],
           "prostate": ["urinary frequency", "proctitis", "fatigue"], "rectum": ["proctitis", "diarrhea", "perineal dermatitis"],
           "head and neck": ["mucositis", "dysgeusia", "xerostomia"]}[site]
    parts.append(f"Toxicity ({ABBR('CTCAE')} v5): {SCORE(f'grade {r.randrange(1, 3)}')} {r.choice(tox)}; "
                 f"{SCORE(f'ECOG {r.randrange(0, 3)}')} at completion. Wt {VIT(f'{r.randrange(48, 110)} kg')}. Labs {lab_line(r, 2)}.")
    fu_w, fu_d = r.choice([("4 weeks", 28), ("6 weeks", 42), ("3 months", 91)])
    parts.append(f"Plan: follow-up in {fu_w} ({c.dts(c.day(fu_d + r.randrange(-2, 3)))}); {FU[site]}. "
                 f"{c.word_line()}")
    if r.random() < 0.6:
        q = c.relative(r.choice(["husband", "wife", "daughter", "son", "partner"]))
        parts.append(f"Drove to all fractions with {q.rel} {name_mark(q, r.choice(['given', 'full']))}; "
                     f"{r.choice(['lodging at the Hope Lodge was not needed', 'mileage reimbursement form completed', 'parking validation given'])}. "
                     f"Survivorship visit with {name_mark(c.clin('NP'), r.choice(['full', 'title']))} to be scheduled.")
    parts.append(f"Physics QA: {name_mark(phys, r.choice(['full', 'ilast']))}, DABR; dosimetry: {name_mark(dosi, r.choice(['full', 'gi']))}, CMD.")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, ro))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 8 echocardiogram report
@note_type("echo-report", "echocardiogram report")
def t_echo(r: random.Random):
    c = Ctx(r, age=(18, 89), p_old=0.25, namesakes={"Simpson": 1, "McConnell": 1, "Doppler": 1, "Chiari": 1})
    reader = c.clin("physician")
    son = c.clin("echo tech")
    ordp = c.clin(r.choice(["physician", "NP"]), outside=True)
    ht, wt = r.randrange(150, 193), r.randrange(48, 125)
    bsa = round(((ht * wt) / 3600) ** 0.5, 2)
    ef = r.choice([r.randrange(55, 68), r.randrange(25, 54)])
    acc = f"{r.choice(['EC', 'ECH', 'TTE'])}{digits(r, 8)}"
    uid = f"1.2.840.{r.randrange(10000, 114000)}.{r.randrange(1, 9)}.{digits(r, 6)}.{digits(r, 10)}.{r.randrange(1, 999)}"
    parts = [header(c, "TRANSTHORACIC ECHOCARDIOGRAM", style=r.choice(["banner", "pipe", "tab", "addressograph", "sticker", "email", "yaml"]))]
    parts.append(f"Study date: {c.dt(c.enc, r.choice(['mdY', 'iso', 'DD-MON-YY', 'YMonD']))}   Accession: {OID(acc)}   "
                 f"Study Instance UID: {OID(uid)}")
    parts.append(f"Ordering: {name_mark(ordp, r.choice(['lf', 'full']))}, {ordp.cred}   Sonographer: {name_mark(son, r.choice(['initials', 'gi', 'full']))}, {son.cred}")
    ind, icode = r.choice([("dyspnea on exertion", "R06.09"), ("murmur", "R01.1"), ("pre-chemotherapy baseline", "Z01.818"),
                           ("syncope", "R55"), ("AF, new", "I48.91"), ("stroke workup", "I63.9")])
    parts.append(f"Indication: {ind} ({CODE(icode)}).  Ht {VIT(f'{ht} cm')}  Wt {VIT(f'{wt} kg')}  BSA {VIT(f'{bsa} m²')}  BP {VIT(f'{r.randrange(98, 170)}/{r.randrange(55, 98)}')}")
    parts.append(f"Age at study: {c.age_txt(r.choice(['yrs', 'Y', 'num', 'years', 'dec']))}   Rhythm: {r.choice(['sinus', 'atrial fibrillation', 'paced'])}   "
                 f"Quality: {r.choice(['good', 'fair', 'technically difficult'])}   System: {CODE(r.choice(['Philips EPIQ CVx', 'GE Vivid E95', 'Siemens Acuson SC2000']))}")
    parts.append("Measurements")
    parts.append(f"  LVIDd {LAB(f'{r.randrange(38, 66) / 10} cm')}   IVSd {LAB(f'{r.randrange(7, 15) / 10} cm')}   "
                 f"LVEF {LAB(f'{ef}%')} ({EP('Simpson')} biplane)   TAPSE {LAB(f'{r.randrange(12, 27) / 10} cm')}")
    valve = r.choice(['trace MR', 'moderate MR, Carpentier type II', 'mild AS', 'no significant valve disease'])
    avp = r.randrange(26, 30) / 10 if valve == "mild AS" else r.randrange(10, 18) / 10
    parts.append(f"  E/e' {LAB(str(r.randrange(6, 19)))}   LAVI {LAB(f'{r.randrange(18, 52)} mL/m²')}   RVSP {LAB(f'{r.randrange(20, 62)} mmHg')} "
                 f"(modified {EP('Bernoulli')}, RAP 3)   AV peak {LAB(f'{avp} m/s')}")
    parts.append("Findings")
    lv = r.choice(['normal size and wall thickness', 'mild concentric LVH']) if ef >= 55 else r.choice(['dilated with global hypokinesis', 'inferior and inferolateral hypokinesis'])
    parts.append(f"  LV: {lv}. "
                 f"RV {r.choice(['normal', 'mildly dilated'])}; {EP('McConnell sign')} {r.choice(['absent', 'present'])}.")
    parts.append(f"  Valves: {valve.replace('Carpentier', EP('Carpentier'))}. Color and spectral "
                 f"{EP('Doppler')} otherwise unremarkable. {r.choice(['Small ' + EP('Lambl excrescence') + ' on the aortic valve.', 'Prominent ' + EP('Chiari network') + ' in the RA.', 'Prominent ' + EP('Eustachian valve') + '.'])}")
    parts.append(f"  Agitated saline with {EP('Valsalva')}: {r.choice(['no shunt', 'early bubbles, small PFO', 'not performed'])}.")
    if c.namesake == "Chiari":
        parts.append(f"  {EP('Chiari network')} noted incidentally.")
    parts.append(f"Compared with {r.choice(['prior TTE', 'outside study'])} {c.dt(c.ago(200, 900))}: {r.choice(['no change', 'EF improved', 'new RWMA'])}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(signoff(c, reader, style=r.choice(["esig", "lfparen", "dictated", "plain"])))
    return c, "\n".join(x for x in parts if x)


def GP(r: random.Random) -> str:
    g = r.randrange(0, 6)
    return f"G{g}P{r.randrange(0, g + 1)}"


def letter_address(c: Ctx, p: Person, style: str | None = None) -> str:
    """A letter's inside address: the person's name over the postal lines."""
    r = c.r
    style = style or r.choice(["as", "as", "upper"])
    nm = name_mark(p, "upper" if style == "upper" else r.choice(["full", "fullmid", "full"]))
    a = c.addr
    if style == "upper":
        return f"{nm}\n{a.street_line('upper')}\n{a.city_line('upper')}" + (f"\n{a.country.upper()}" if a.country else "")
    return f"{nm}\n{a.block()}"


# ---------------------------------------------------------------- 9 mammography result letter
@note_type("mammo-letter", "mammography result letter")
def t_mammo(r: random.Random):
    c = Ctx(r, age=(40, 89), p_old=0.1, namesakes={"Gail": 1, "Tyrer": 1, "Mondor": 1})
    c.pt.sex = "F"
    if c.pt.culture != "SCRIPT":
        cu = CULTURES[c.pt.culture]
        if c.pt.given in cu["M"] and cu["F"]:
            c.pt.given = r.choice(cu["F"])
            if c.pt.culture in ("pl", "gd", "in"):
                fm = cu.get("family_M")
                if fm and c.pt.family in fm:
                    c.pt.family = cu["family_F"][fm.index(c.pt.family)]
    rad = c.clin("physician")
    tech = c.clin("mammo tech")
    pcp = c.clin(r.choice(["physician", "NP"]), outside=True)
    birads = r.choice(["1", "2", "2", "0", "3", "4A"])
    d_exam = c.ago(2, 9)
    parts = [f"{c.hosp} — Breast Imaging Center\n{c.dt(c.enc, r.choice(['MonthDY', 'mdY', 'MonthDthY']))}\n"]
    parts.append(letter_address(c, c.pt))
    parts.append(f"\nRe: screening mammogram of {c.dt(d_exam, r.choice(['mdY', 'MonthDY']))}   MRN {MRN(c.mrn)}   DOB {c.dt(c.dob, 'mdY')}\n")
    sal = r.choice(["title", "full", "given"])
    parts.append(f"Dear {name_mark(c.pt, sal)},\n")
    if birads in ("1", "2"):
        parts.append(f"Your recent mammogram shows no sign of cancer (result category {SCORE(f'BI-RADS {birads}')}). "
                     f"We recommend your next screening in one year, around {D(fmt_date(d_exam.replace(year=d_exam.year + 1, day=min(d_exam.day, 28)), r.choice(['MonY', 'MonthD', 'm/Y'])))}.")
    elif birads == "0":
        parts.append(f"Your mammogram needs more pictures ({SCORE('BI-RADS 0')}, incomplete). This is common and most call-backs are "
                     f"not cancer. Please call {c.ph(c.us_phone(c.area or None))} to book a diagnostic mammogram and ultrasound.")
    else:
        parts.append(f"Your exam shows a finding that needs {'a short-interval follow-up' if birads == '3' else 'a biopsy'} "
                     f"({SCORE(f'BI-RADS {birads}')}). Our nurse navigator {name_mark(c.clin('RN'), r.choice(['full', 'gi']))} will call you at "
                     f"{c.ph(c.pt.phone)} within two business days.")
    dens = r.choice(["scattered fibroglandular", "heterogeneously dense", "extremely dense", "almost entirely fatty"])
    parts.append(f"\nBreast density: {dens}. " + (
        "Dense tissue can hide cancer on a mammogram and raises risk slightly; ask your provider whether supplemental screening is right for you. "
        if "dense" in dens else ""))
    tc = r.randrange(8, 31)
    parts.append(f"Your estimated lifetime risk by the {EP('Tyrer-Cuzick')} model is {LAB(f'{tc}.{r.randrange(10)}%')} "
                 f"(5-year {EP('Gail model')} {LAB(f'{r.randrange(10, 39) / 10}%')}).\n")
    parts.append(f"A copy of the report was sent to {name_mark(pcp, r.choice(['title', 'full']))}."
                 + (" You can see the images and report at "
                    + URL(f"https://images.{c.org_domain}/share/{letters(r, 8, 'abcdefghjkmnpqrstuvwxyz23456789')}")
                    + " (code expires in 30 days)." if r.random() < 0.4 else "") + "\n")
    parts.append(f"Sincerely,\n{name_mark(rad, r.choice(['full', 'fullmid']))}, {rad.cred}, Breast Imaging\n")
    parts.append("— — — — — — — — — — report — — — — — — — — — —")
    parts.append(f"EXAM: {CODE('77067')} bilateral screening mammogram with tomosynthesis ({CODE(r.choice(['Hologic 3Dimensions', 'Hologic Selenia Dimensions', 'GE Senographe Pristina']))}). "
                 f"Technologist {name_mark(tech, r.choice(['initials', 'gi', 'full']))}.")
    parts.append(f"HISTORY: {c.age_txt(r.choice(['yo', 'y/o', 'Y', 'yrs', 'years']))} {GP(r)}. "
                 f"{r.choice(['No family history.', 'Mother with breast cancer at 52.', 'Sister with ' + DX('BRCA2') + ' variant.'])} "
                 f"Prior {c.dt(c.ago(370, 420), r.choice(['mdY', 'MonY', 'iso']))}.")
    parts.append(f"FINDINGS: {dens.capitalize()} tissue. "
                 f"{r.choice(['No suspicious mass, calcification or distortion.', 'Stable benign calcifications right breast.', 'Focal asymmetry left UOQ posterior depth.', 'Tethering of ' + EP('Cooper ligaments') + ' left 2:00.'])} "
                 f"{r.choice(['', 'Superficial cord-like density left lateral chest wall, consistent with ' + EP('Mondor disease') + '.'])}")
    parts.append(f"IMPRESSION: {SCORE(f'BI-RADS {birads}')}. {c.word_line()}")
    if c.namesake == "Mondor" and "Mondor" not in parts[-2]:
        parts.append(f"Note: palpable cord reported by patient; clinically {EP('Mondor disease')}.")
    parts.append(extras(c, r.choice([0, 0, 1])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 10 newborn screening follow-up letter
NBS = [
    ("elevated C8 acylcarnitine", "medium-chain acyl-CoA dehydrogenase (MCAD) deficiency", "repeat acylcarnitine profile and urine organic acids; avoid fasting", None, "metabolic"),
    ("elevated TSH, low T4", "congenital hypothyroidism", "serum TSH and free T4 today; start " + "levothyroxine 10–15 mcg/kg/day if confirmed", None, "endocrine"),
    ("elevated immunoreactive trypsinogen with one CFTR variant", "cystic fibrosis", "sweat chloride test at 2–4 weeks of age", "sweat", "pulmonary"),
    ("low GALC activity", "Krabbe disease", "confirmatory GALC enzyme and psychosine", "Krabbe", "genetics"),
    ("low GAA activity", "Pompe disease", "CK, ECG and confirmatory GAA testing", "Pompe", "metabolic"),
    ("hemoglobin FS pattern", "sickle cell disease", "confirmatory hemoglobin electrophoresis; start " + "penicillin VK 125 mg BID by 2 months", None, "hematology"),
    ("low TRECs", "severe combined immunodeficiency (SCID)", "flow cytometry for lymphocyte subsets; no live vaccines", None, "immunology"),
    ("elevated phenylalanine", "phenylketonuria", "plasma amino acids; continue feeding until the metabolic team calls", None, "metabolic"),
]


@note_type("nbs-followup", "newborn screening follow-up letter")
def t_nbs(r: random.Random):
    c = Ctx(r, infant_days=(4, 24), p_foreign=0, namesakes={"Guthrie": 1, "Krabbe": 1, "Pompe": 1})
    mom = c.relative("mother", sex="F", same_family=r.random() < 0.7)
    dad = c.relative("father", sex="M", same_family=True) if r.random() < 0.5 else None
    unnamed = r.random() < 0.35 and bool(c.pt.family)
    peds = c.clin("physician")
    coord = c.clin("RN")
    meta = c.clin("physician", outside=True)
    finding, cond, action, ep, spec = r.choice(NBS)
    bdate = c.dob
    coll = bdate + dt.timedelta(days=r.randrange(1, 3))
    kit = f"{r.randrange(23, 26)}-{digits(r, 6)}"
    sex = c.pt.sex
    if not unnamed:
        infant = name_mark(c.pt, r.choice(["full", "lf", "LF"]))
    else:
        infant = (f"{NM(c.pt.family.upper())}, BABY {'GIRL' if sex == 'F' else 'BOY'}"
                  + (f" (named {NM(c.pt.given)} per mother)" if r.random() < 0.5 else ""))
    parts = [f"STATE NEWBORN SCREENING PROGRAM — Follow-up Section\nFax to: {name_mark(peds, r.choice(['title', 'lf']))} "
             f"at {c.ph(c.us_phone(c.area), cat='FAX')}   Date sent: {c.dt(c.enc, r.choice(['mdY', 'MonthDY', 'iso']))}\n"]
    parts.append(f"Infant: {infant}    Sex: {sex}    Kit/specimen #: {OID(kit)}")
    parts.append(f"Birth: {c.dt(bdate, r.choice(['mdY', 'mdy', 'DD-MON-YY', 'iso']))} {hhmm(r)}   Birth weight {VIT(f'{r.randrange(2100, 4400)} g')}   "
                 f"GA {VIT(f'{r.randrange(34, 42)} wk')}   Birth facility: {c.hosp}")
    parts.append(f"Collected: {c.dt(coll, r.choice(['mdY', 'md', 'iso']))} at {r.randrange(24, 49)} h of age on the {EP('Guthrie card')} "
                 f"(NICU: {r.choice(['no', 'yes'])}; TPN {r.choice(['no', 'yes'])}; transfused {r.choice(['no', 'no', 'yes'])})")
    parts.append(f"Mother: {c.name(mom, r.choice(['lf', 'full', 'pair', 'nick', 'full']))}   DOB {c.dt(c.ago(365 * 17, 365 * 42))}   "
                 f"phone {c.ph(mom.phone)}" + (f"   Medicaid {HP(c.medicaid)}" if r.random() < 0.5 else ""))
    if dad:
        parts.append(f"Father: {c.name(dad, r.choice(['full', 'lf']))}   {c.ph(dad.phone)}")
    parts.append(f"Home: {c.addr.one_line()}" + (f"  ({c.county('Co.')})" if r.random() < 0.4 and c.county() else ""))
    if c.navajo_desc:
        parts.append(f"Home visit directions: {ADDR(c.navajo_desc)}")
    parts.append("")
    cond_k = EP(cond) if cond.split()[0] in ("Krabbe", "Pompe") else DX(cond)
    act = action.replace("levothyroxine 10–15 mcg/kg/day", DRUG("levothyroxine 10–15 mcg/kg/day")).replace(
        "penicillin VK 125 mg BID", DRUG("penicillin VK 125 mg BID"))
    if ep == "sweat":
        act = act.replace("sweat chloride", c.w("sweat") + " chloride")
    parts.append(f"RESULT: OUT OF RANGE — {finding}. Possible {cond_k}. This is a screening result, not a diagnosis.")
    parts.append(f"ACTION REQUESTED: contact the family today; {act}. Infant is now {c.age_txt()}.")
    parts.append(f"Consult: {name_mark(meta, r.choice(['title', 'full']))} ({spec} on call), "
                 f"{c.ph(c.us_phone())}. Referral #{OID(digits(r, 8))}.")
    parts.append(f"Other results normal: {ABBR('CAH')} (17-OHP {LAB(f'{r.randrange(8, 30)} ng/mL')}), galactosemia, biotinidase, hearing {r.choice(['pass both ears', 'refer right ear'])}. "
                 f"{SCORE('Apgar ' + str(r.randrange(6, 9)) + '/' + str(r.randrange(8, 10)))} at 1 and 5 min per birth record.")
    parts.append(f"Please report outcome to {name_mark(coord, r.choice(['full', 'gi']))}, {coord.cred}, follow-up coordinator, "
                 f"{c.ph(c.us_phone())} or {EMAIL(c.email_for(coord, r.choice(['health.state.us', 'dhhs.state.us', 'doh.state.us'])))}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    return c, "\n".join(x for x in parts if x is not None)


# ---------------------------------------------------------------- 11 vaccine adverse event report
VACCINES = [
    ("Shingrix 0.5 mL IM", "187", "recombinant zoster"), ("Prevnar 20 0.5 mL IM", "216", "PCV20"),
    ("Comirnaty 30 mcg/0.3 mL IM", "208", "COVID-19 mRNA"), ("Fluzone High-Dose 0.7 mL IM", "197", "influenza HD"),
    ("Boostrix 0.5 mL IM", "115", "Tdap"), ("Engerix-B 20 mcg/1 mL IM", "43", "hepatitis B"),
    ("Varivax 0.5 mL SC", "21", "varicella"), ("M-M-R II 0.5 mL SC", "03", "MMR"),
]
AES = [
    ("Large local reaction, 12 cm erythema and induration of the deltoid", f"{EP('Arthus reaction')} considered",
     ["ibuprofen 400 mg q6h PRN", "cold compresses only"]),
    ("Ascending weakness and areflexia", f"{EP('Guillain-Barré syndrome')} by {EP('Brighton')} level 2",
     ["IVIG 0.4 g/kg/day x5 days"]),
    ("Palpable purpura of the legs, arthralgia, hematuria", f"{EP('Henoch-Schönlein purpura')} (IgA vasculitis)",
     ["prednisone 40 mg daily x5 days", "ibuprofen 400 mg q6h PRN"]),
    ("Syncope within 5 minutes, brief clonic jerks, recovered supine", "vasovagal syncope", ["observation only"]),
    ("Chest pain and troponin rise", "myocarditis, probable", ["ibuprofen 400 mg q6h PRN", "colchicine 0.6 mg BID"]),
    ("Hives and lip swelling at 20 minutes", "anaphylaxis, " + f"{EP('Brighton')} level 1",
     ["epinephrine 0.3 mg IM once", "diphenhydramine 25 mg PO once"]),
    ("Unilateral facial droop", f"{EP('Bell palsy')}", ["prednisone 60 mg daily x7 days"]),
]


@note_type("vaers", "vaccine adverse event report")
def t_vaers(r: random.Random):
    c = Ctx(r, age=(1, 89), p_old=0.2, namesakes={"Arthus": 1, "Henoch": 1})
    vac, cvx, vname = r.choice(VACCINES)
    ae, dxs, txs = r.choice(AES)
    vax_d = c.ago(8, 30)
    onset = vax_d + dt.timedelta(days=r.randrange(0, min(10, (c.enc - vax_d).days - 6)))
    rep = c.clin(r.choice(["RN", "pharmacist", "NP"]))
    prov = c.clin("physician")
    vid = f"{digits(r, 7)}-1"
    parts = [r.choice(["VAERS — Vaccine Adverse Event Reporting System (draft for online submission)",
                       "VACCINE ADVERSE EVENT REPORT — clinic copy"])]
    parts.append(f"VAERS ID: {OID(vid)}   E-report ID: {OID('E-' + digits(r, 6))}   (submit at https://vaers.hhs.gov/reportevent.html)")
    parts.append(f"1. Patient name: {name_mark(c.pt, r.choice(['full', 'lf', 'upper', 'fullmid']))}")
    parts.append(f"2. Address: {c.addr.one_line()}")
    parts.append(f"3. Phone: {c.ph(c.pt.phone)}   Email: {EMAIL(c.pt.email)}")
    yrs = c.age
    age_field = c.age_txt(r.choice(["num", "years", "yrs", "dec"])) if c.age >= 2 else c.age_txt()
    nd = c.native_date(c.dob)
    parts.append(f"4. Date of birth: {c.dt(c.dob, r.choice(['mdY', 'MMDDYYYY', 'iso']))}" + (f" (on card: {nd})" if nd else "")
                 + f"   5. Age at vaccination: {age_field}   6. Sex: {sex_word(c)}")
    parts.append(f"7. Date and time of vaccination: {c.dt(vax_d, r.choice(['mdY', 'mdY_np', 'iso']))} {r.randrange(8, 18)}:{r.randrange(60):02}")
    parts.append(f"8. Adverse event onset: {c.dt(onset, r.choice(['mdY', 'mdY_np', 'iso']))}   10. Date form completed: {c.dt(c.enc, 'mdY')}")
    parts.append(f"9. Vaccine(s): {DRUG(vac)} ({vname}, CVX {CODE(cvx)}), lot {letters(r, 2)}{digits(r, 4)}, dose #{r.randrange(1, 3)}, "
                 f"{r.choice(['L deltoid', 'R deltoid', 'L thigh'])}")
    parts.append(f"11. Describe the event: {ae}. Assessment: {dxs}. "
                 f"{r.choice(['Treated with', 'Received'])} {(lambda t: 'no medication (' + t + ')' if t.startswith(('observation', 'cold')) else DRUG(t))(r.choice(txs))}. "
                 f"{r.choice(['Seen in the ED at ' + c.hosp2 + '.', 'Admitted ' + c.dt(onset + dt.timedelta(days=1)) + ' to ' + c.dt(onset + dt.timedelta(days=r.randrange(3, 8))) + '.', 'Outpatient follow-up only.'])}")
    parts.append(f"12. Outcome: {r.choice(['recovered', 'not yet recovered', 'recovered with residual'])}. Relevant labs: {lab_line(r, 2)}.")
    parts.append(f"13. Other medications: {meds_list(r, 2, ', ')}. Allergies: {r.choice(['NKDA', 'PCN (rash)', 'latex', 'sulfa'])}.")
    parts.append(f"14. Pre-existing conditions: {', '.join(icd(r, 2))}.")
    if c.age < 18:
        g = c.relative(r.choice(["mother", "father", "grandmother"]))
        parts.append(f"15. Parent/guardian: {c.name(g, r.choice(['full', 'lf', 'nick']))}, {c.ph(g.phone)}")
    parts.append(f"16. Vaccinated at: {r.choice(['pharmacy', 'provider office', 'public health clinic', 'workplace clinic'])} — {c.hosp}")
    parts.append(f"17. Form completed by: {name_mark(rep, r.choice(['full', 'lf']))}, {rep.cred}, {c.ph(c.us_phone(c.area or None))}, "
                 f"{EMAIL(c.email_for(rep, c.org_domain))}")
    parts.append(f"18. Treating provider: {name_mark(prov, r.choice(['title', 'full']))}, NPI {OID(prov.npi)}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 12 reportable disease case report
ORGS = [
    ("Salmonella enterica serovar Enteritidis", "salmonellosis", "Salmon", "Salmonella",
     "diarrhea, cramps, fever 39.1", "church potluck, deviled eggs", "stool"),
    ("Shiga toxin-producing Escherichia coli O157:H7", "STEC infection", "Shiga", "Escherichia coli",
     "bloody diarrhea, no fever", "petting zoo at the county fair", "stool"),
    ("Brucella melitensis", "brucellosis", "Bruce", "Brucella", "undulant fever, night sweats, arthralgia",
     "unpasteurised goat cheese brought back from abroad", "blood"),
    ("Listeria monocytogenes", "listeriosis", "Lister", "Listeria", "fever, myalgia, headache",
     "queso fresco from a roadside stand", "blood"),
    ("Legionella pneumophila serogroup 1", "Legionnaires' disease", None, None, "fever, cough, confusion, diarrhea",
     "hotel hot tub on a weekend trip", "urine"),
    ("Bordetella pertussis", "pertussis", "Bordet", "Bordetella", "paroxysmal cough with whoop",
     "coughing grandchild visiting", "NP swab"),
    ("Yersinia enterocolitica", "yersiniosis", None, "Yersinia", "RLQ pain, diarrhea, fever",
     "chitterlings prepared at home", "stool"),
    ("Rickettsia rickettsii", "Rocky Mountain spotted fever", "Ricketts", "Rickettsia", "fever, headache, petechial rash of wrists and ankles",
     "dog tick removed from scalp", "blood"),
    ("Neisseria meningitidis serogroup B", "invasive meningococcal disease", None, "Neisseria", "fever, neck stiffness, petechiae",
     "dormitory, shared vapes", "CSF"),
]


def org_mark(org: str, ep: str | None) -> str:
    if ep and org.startswith(ep):
        return EP(ep) + org[len(ep):]
    return LAB(org)


@note_type("reportable-disease", "reportable disease case report")
def t_reportable(r: random.Random):
    c = Ctx(r, age=(1, 89), p_old=0.12, p_foreign=0.0, namesakes={"Salmon": 1, "Bruce": 1, "Lister": 1, "Ricketts": 1})
    org, dis, _ns, ep, sx, expo, spec = r.choice(ORGS)
    if c.namesake:
        pick = [o for o in ORGS if o[2] == c.namesake]
        if pick:
            org, dis, _ns, ep, sx, expo, spec = pick[0]
    inv = c.clin("RN")
    rep = c.clin(r.choice(["physician", "NP"]))
    onset = c.ago(6, 20)
    coll = onset + dt.timedelta(days=r.randrange(1, 4))
    case = f"{r.choice(['NEDSS', 'WEDSS', 'MAVEN', 'CalREDIE'])} {digits(r, 9)}"
    parts = [r.choice(["COMMUNICABLE DISEASE CASE REPORT — County Health Department",
                       "Reportable Condition — Case Investigation Form", "Epidemiology case report (confidential)"])]
    parts.append(f"Case ID: {OID(case.split()[1])} ({case.split()[0]})   Report received {c.dt(c.ago(1, 5), r.choice(['mdY', 'iso', 'DthMonY']))}")
    parts.append(f"Condition: {DX(dis) if not dis.startswith('Legionnaires') else DX(dis)}   Organism: {org_mark(org, ep)}")
    parts.append(f"Specimen: {spec}, collected {c.dt(coll, r.choice(['mdY', 'md', 'DMon' + chr(39) + 'y']))}, "
                 f"accession {OID(f'{letters(r, 2)}{digits(r, 2)}-{digits(r, 6)}')} at {c.hosp}; "
                 f"{r.choice(['PFGE/WGS sent to state lab', 'isolate forwarded', 'PCR positive, culture pending'])}.")
    parts.append(f"Case-patient: {name_mark(c.pt, r.choice(['LF', 'lf', 'full']))}   DOB {c.dt(c.dob, r.choice(['mdY', 'MMDDYYYY', 'dmY-']))}   "
                 f"Age {c.age_txt(r.choice(['num', 'yrs', 'Y'])) if c.age >= 2 else c.age_txt()}   Sex {sex_word(c)}")
    parts.append(f"Residence: {c.addr.one_line()}" + (f"   County: {c.county('')}".rstrip() if c.county() else ""))
    if c.native_date(c.dob):
        parts.append(f"DOB as written on passport: {c.native_date(c.dob)}; arrived in the US {c.dt(c.ago(200, 3000), r.choice(['MonY', 'm/Y', 'mdY']))}.")
    lang = c.lang()
    parts.append(f"Phone: {c.ph(c.pt.phone)}" + (f"   Language: {lang} (interpreter ID {OID(digits(r, 5))})" if lang and r.random() < 0.6 else ""))
    parts.append(f"Onset {c.dt(onset, r.choice(['mdY', 'md', 'MonDotD']))}: {sx}. "
                 f"Hospitalized: {r.choice(['no', 'yes, ' + c.dt(onset + dt.timedelta(days=2)) + '–' + c.dt(onset + dt.timedelta(days=5))])}. "
                 f"Treatment: {DRUG(r.choice(['azithromycin 500 mg PO daily x3 days', 'doxycycline 100 mg PO BID', 'ciprofloxacin 500 mg PO BID', 'ceftriaxone 2 g IV q24h', 'supportive care only']))}.")
    travel = ("; travel to " + CITY(r.choice(['Lagos', 'Guadalajara', 'Manila', 'Kraków', 'Karachi', 'Tegucigalpa', 'Cebu City', 'Gaziantep']))
              + " returned " + c.dt(onset - dt.timedelta(days=r.randrange(2, 6)), 'md')) if r.random() < 0.35 else ""
    if travel and r.random() < 0.5:
        travel += "; stayed with relatives at " + make_foreign_address(r, r.choice(["ke", "ke", "ng", "ph", "br", "tr"])).one_line()
    parts.append(f"Exposures (before onset): {expo} ({c.dt(onset - dt.timedelta(days=r.randrange(1, 5)), r.choice(['md', 'MonDotD']))}){travel}. "
                 f"Food handler / daycare / HCW: {r.choice(['no', 'yes — excluded from work']) if c.age >= 16 else r.choice(['daycare attendee', 'school, excluded 48 h', 'no'])}.")
    parts.append("Household contacts:")
    rels = [(x, c.rel_age(x)) for x in r.sample(["wife", "husband", "son", "daughter", "mother", "grandmother", "brother", "grandfather"], 8)
            if not (x == "wife" and c.pt.sex == "F" and r.random() < 0.8)
            and not (x == "husband" and c.pt.sex == "M" and r.random() < 0.8)]
    rels = [(x, a) for x, a in rels if a is not None][:r.randrange(1, 4)]
    for rel, ag in rels:
        q = c.relative(rel)
        ags = age_mark(ag, fmt_age(ag, r.choice(['num', 'yo', 'Y'])))
        parts.append(f"  - {c.name(q, r.choice(['full', 'given', 'lf']))} ({q.rel}, {ags}) — {r.choice(['asymptomatic', 'similar symptoms since ' + c.dts(onset + dt.timedelta(days=1)), 'prophylaxis given'])}")
    parts.append(f"Reporter: {name_mark(rep, r.choice(['full', 'lf']))}, {rep.cred}, {c.ph(c.us_phone(c.area or None))}; "
                 f"investigator {name_mark(inv, r.choice(['full', 'gi']))}, PHN, {EMAIL(c.email_for(inv, r.choice(['co.health.us', 'countyhealth.org'])))}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 13 early intervention evaluation
@note_type("early-intervention", "early intervention evaluation")
def t_ei(r: random.Random):
    c = Ctx(r, infant_days=(240, 1030), p_foreign=0.0, namesakes={"Bayley": 1, "Peabody": 1, "Moro": 1, "Landau": 1})
    mom = c.relative("mother", same_family=r.random() < 0.7)
    dad = c.relative("father", same_family=True) if r.random() < 0.5 else None
    dt_ = c.clin("developmental therapist")
    pt_ = c.clin(r.choice(["PT", "SLP", "OT"]))
    sc = c.other("service coordinator")
    peds = c.clin("physician", outside=True)
    months = (c.enc - c.dob).days * 12 // 365
    ga = r.choice([40, 40, 39, 36, 34, 31, 28])
    corr = months - max(0, (40 - ga) // 4)
    child_id = f"{r.choice(['EI', 'BT', 'CH'])}{digits(r, 7)}"
    parts = [r.choice(["EARLY INTERVENTION — Initial Multidisciplinary Evaluation", "Part C Early Intervention Evaluation Report",
                       "Birth-to-Three Evaluation / Assessment"])]
    parts.append(f"Child: {name_mark(c.pt, r.choice(['full', 'lf', 'nick', 'full']))}   DOB {c.dt(c.dob, r.choice(['mdY', 'MonthDY', 'mdy']))}   "
                 f"Child ID {OID(child_id)}   Eval date {c.dt(c.enc, r.choice(['mdY', 'iso']))}")
    cm = AGEK(f"{months} months")
    ca = AGEK(f"{corr} months") if ga < 37 else None
    parts.append(f"Chronological age {cm}" + (f"; adjusted for {VIT(f'{ga} wk')} prematurity {ca}" if ca else "") + ".")
    parts.append(f"Parents: {c.name(mom, r.choice(['full', 'lf', 'pair', 'nick']))} ({c.ph(mom.phone)})"
                 + (f" and {c.name(dad, r.choice(['full', 'given']))} ({c.ph(dad.phone)})" if dad else "")
                 + f". Home visit at {c.addr.one_line()}.")
    if r.random() < 0.4:
        interp = c.other("interpreter")
        parts.append(f"Interpreter: {name_mark(interp, r.choice(['full', 'gi']))} (ID {OID(digits(r, 6))}), {r.choice(['Spanish', 'Hmong', 'Somali', 'Karen', 'Nepali', 'Arabic'])}.")
    parts.append(f"Referral: {name_mark(peds, r.choice(['title', 'full']))} on {c.dt(c.ago(20, 45), r.choice(['mdY', 'md']))} for "
                 f"{r.choice(['speech delay', 'not walking', 'low tone', 'poor weight gain and feeding aversion', 'left arm weakness since birth'])}.")
    bay = [r.randrange(55, 112) for _ in range(5)]
    parts.append(f"Tools: {EP('Bayley')}-4 and {EP('Peabody')} Developmental Motor Scales-2; parent report on ASQ-3.")
    parts.append(f"  {EP('Bayley')}-4 composite: cognitive {SCORE(str(bay[0]))}, receptive language {SCORE(str(bay[1]))}, expressive {SCORE(str(bay[2]))}, "
                 f"fine motor {SCORE(str(bay[3]))}, gross motor {SCORE(str(bay[4]))}")
    parts.append(f"  {EP('Peabody')} gross motor quotient {SCORE(str(r.randrange(60, 105)))}; "
                 f"{r.choice([EP('Moro reflex') + ' no longer present (age-appropriate)', EP('Landau reflex') + ' present', 'persistent asymmetric tonic neck reflex', EP('Moro reflex') + ' integrated, ' + EP('Landau reflex') + ' present'])}. "
                 f"{r.choice(['', 'Residual ' + EP('Erb palsy') + ' on the left, shoulder abduction to 90°.'])}")
    parts.append(f"Growth: wt {VIT(f'{r.randrange(70, 150) / 10} kg')}, length {VIT(f'{r.randrange(65, 98)} cm')}, HC {VIT(f'{r.randrange(42, 50)} cm')}. "
                 f"Hearing {r.choice(['passed', 'refer — ABR scheduled'])}. Meds: {DRUG(r.choice(['cetirizine 2.5 mg daily', 'none', 'ferrous sulfate 15 mg elemental iron daily', 'polyethylene glycol 4 g daily']))}.")
    elig = "eligible (≥25% delay in two domains)" if min(bay) < 80 else "eligible under informed clinical opinion" if r.random() < 0.4 else "not eligible; rescreen in 6 months"
    parts.append(f"Eligibility: {elig}. IFSP meeting {c.dt(c.day(r.randrange(10, 40)), r.choice(['mdY', 'MonthD', 'md']))}; "
                 f"service coordinator {name_mark(sc, r.choice(['full', 'gi']))}, {c.ph(c.us_phone(c.area))}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(f"Evaluators: {name_mark(dt_, 'full')}, {dt_.cred}; {name_mark(pt_, r.choice(['full', 'gi']))}, {pt_.cred}")
    return c, "\n".join(x for x in parts if x)


def plate(r: random.Random) -> str:
    return r.choice([letters(r, 3) + digits(r, 4), digits(r, 1) + letters(r, 3) + digits(r, 3),
                     letters(r, 3) + "-" + digits(r, 4), digits(r, 3) + " " + letters(r, 3),
                     letters(r, 2) + digits(r, 1) + "-" + letters(r, 1) + digits(r, 2)])


# ---------------------------------------------------------------- 14 chiropractic visit note
@note_type("chiropractic", "chiropractic visit note")
def t_chiro(r: random.Random):
    c = Ctx(r, age=(19, 89), p_old=0.08, namesakes={"Kemp": 1, "Adams": 1, "Patrick": 1, "Thompson": 1, "Cox": 1, "Gonstead": 1})
    dc = c.clin("DC")
    mva = r.random() < 0.55
    visit = r.randrange(2, 18)
    parts = [header(c, "Chiropractic Daily Note (SOAP)", style=r.choice(["tab", "pipe", "banner", "sticker", "narr"]))]
    parts.append(f"Visit {visit} of {r.choice([12, 18, 24])}   DOS {c.dt(c.enc, r.choice(['mdY', 'mdy', 'MonDY']))}")
    if mva:
        doi = c.ago(30, 120)
        adj = c.other("adjuster")
        atty = c.other("attorney")
        claim = r.choice([f"{digits(r, 2)}-{digits(r, 5)}-{digits(r, 2)}", f"CLM{digits(r, 9)}", digits(r, 10)])
        parts.append(f"Case: MVA {c.dt(doi, r.choice(['mdY', 'mdy', 'DthMonY']))}, rear-ended at a stop light; patient was driver of a "
                     f"{r.choice(['2016 Honda CR-V', '2019 Kia Soul', '2011 Chevy Silverado', '2021 Toyota Camry'])}, plate {VEH(plate(r))} "
                     f"({c.addr.region if c.addr.us else 'out of state'}). Other vehicle VIN on police report: {VEH(vv := make_vin(r))}.")
        c.vins.append(vv)
        parts.append(f"PIP claim {OID(claim)}; adjuster {name_mark(adj, r.choice(['full', 'lf']))} {c.ph(c.us_phone())} x{r.randrange(1000, 9999)}; "
                     f"attorney {name_mark(atty, r.choice(['title', 'full']))} ({name_mark(atty, 'family')} & {NM(r.choice(['Okafor', 'Vasquez-Reyes', 'Lindqvist', 'Abernathy']))}, PLLC), "
                     f"fax {c.ph(c.us_phone(), cat='FAX')}. Police report {OID(f'{r.randrange(23, 26)}-{digits(r, 6)}')}.")
    else:
        parts.append(f"Insurance: {c.plan} ID {HP(c.member)}; {r.choice(['12-visit annual limit, ' + str(visit) + ' used', 'prior auth ' + OID('PA' + digits(r, 8)) + ' through ' + c.dt(c.day(60), 'md'), 'cash pay, package rate'])}.")
    pain = r.randrange(2, 9)
    parts.append(f"S: {r.choice(['Neck pain and stiffness', 'Low back pain radiating to the left buttock', 'Mid-back pain', 'Headaches from the neck'])}, "
                 f"{SCORE(f'{pain}/10')} today (was {SCORE(f'{min(10, pain + r.randrange(0, 4))}/10')} at intake). "
                 f"{SCORE(f'Oswestry {r.randrange(12, 60)}%')} / {SCORE(f'NDI {r.randrange(8, 40)}')}. "
                 f"{r.choice(['Sleeping better.', 'Flare after yard work on ' + c.dt(c.ago(2, 6), r.choice(['md', 'MonthD'])) + '.', 'Back at work full duty.'])}")
    parts.append(f"O: {vitals_line(r, weight=False)}. Cervical ROM {r.choice(['full', 'rotation 60° L / 70° R', 'flexion limited 25%'])}. "
                 f"{EP('Kemp test')} {r.choice(['positive L', 'negative'])}; {EP('Patrick')} ({ABBR('FABER')}) {r.choice(['negative bilaterally', 'positive R SI'])}; "
                 f"{EP('Adams forward bend test')} {r.choice(['no rib hump', 'mild right thoracic prominence'])}; "
                 f"{r.choice(['straight-leg raise negative', 'SLR positive L at 50°', EP('Spurling') + ' negative'])}. "
                 f"Subluxation/segmental dysfunction C5, T4, L5/SI ({CODE('M99.01')}, {CODE('M99.03')}).")
    parts.append(f"A: {r.choice([DX('cervical strain') + ' (' + CODE('S13.4XXA') + ')', DX('lumbar radiculopathy') + ' (' + CODE('M54.16') + ')', DX('thoracic segmental dysfunction')])}, improving.")
    parts.append(f"P: {r.choice(['Diversified', EP('Gonstead')])} CMT 3–4 regions ({CODE('98941')}); {EP('Thompson drop table')} to pelvis; "
                 f"{EP('Cox flexion-distraction')} lumbar; {EP('Graston')} IASTM to upper trap ({CODE('97140')}); home stretches ({CODE('97110')}). "
                 f"OTC {DRUG('naproxen 220 mg BID with food')}. Next {c.dt(c.day(r.randrange(2, 8)), r.choice(['md', 'MonthD', 'MonDotD']))}.")
    if r.random() < 0.4:
        parts.append(f"Work status: modified duty, no lifting over 20 lb through {c.dt(c.day(r.randrange(10, 30)))}; note faxed to employer HR "
                     f"({name_mark(c.other('HR specialist'), r.choice(['full', 'gi']))}).")
    parts.append(c.word_line())
    parts.append(extras(c, r.choice([0, 1, 1])))
    parts.append(signoff(c, dc, style=r.choice(["esig", "plain", "slash_es", "caps", "lower"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 15 hyperbaric oxygen treatment record
@note_type("hbot", "hyperbaric oxygen treatment record")
def t_hbot(r: random.Random):
    c = Ctx(r, age=(28, 89), p_old=0.1, namesakes={"Wagner": 1, "Marx": 1, "Teed": 1, "Henry": 1})
    cht = c.clin("hyperbaric tech")
    md = c.clin("physician")
    wrn = c.clin("RN")
    n_tx = r.randrange(3, 40)
    n_tot = r.choice([x for x in (20, 30, 40, 60) if x >= n_tx])
    ind = r.choice(["wagner", "orn", "cystitis", "co", "flap"])
    parts = [header(c, f"HYPERBARIC MEDICINE — Treatment #{n_tx} of {n_tot}", att=md,
                    style=r.choice(["addressograph", "banner", "tab", "sticker", "hl7"]))]
    if ind == "wagner":
        parts.append(f"Indication: {DX('diabetic foot ulcer')}, right plantar 1st MTH, {EP('Wagner grade')} {SCORE('3')} ({CODE('E11.621')}, {CODE('L97.513')}); "
                     f"failed 30 days of standard wound care. {EP('Charcot')} midfoot, stable.")
    elif ind == "orn":
        parts.append(f"Indication: {DX('osteoradionecrosis of the mandible')} ({CODE('M27.2')}); {EP('Marx protocol')} 20 pre / 10 post "
                     f"extraction planned with oral surgery.")
    elif ind == "cystitis":
        parts.append(f"Indication: {DX('radiation cystitis with hematuria')} ({CODE('N30.41')}), s/p prostate RT {D(fmt_date(c.ago(600, 1400), 'm/Y'))}.")
    elif ind == "co":
        parts.append(f"Indication: {DX('carbon monoxide poisoning')} ({CODE('T58.11XA')}), COHb {LAB(f'{r.randrange(18, 41)}%')} on arrival; "
                     f"generator in garage per fire dept report {OID(f'FD-{digits(r, 6)}')}.")
    else:
        parts.append(f"Indication: {DX('compromised flap')} after {r.choice(['mastectomy reconstruction', 'Mohs repair of the nose'])}, "
                     f"TcPO2 {LAB(f'{r.randrange(18, 38)} mmHg')} at the flap edge.")
    if r.random() < 0.5:
        parts.append(c.age_prose() + " Cleared for pressurization by the attending; PE tubes not required.")
    parts.append(f"Date {c.dt(c.enc, r.choice(['mdY', 'iso', 'DD-MON-YY', 'DMon' + chr(39) + 'y']))}   Chamber: {CODE(r.choice(['Sechrist 3600H', 'Perry Sigma 40', 'ETC BARA-MED']))} "
                 f"monoplace #{r.randrange(1, 4)}   Profile: 2.4 ATA x 90 min O2 with two 5-min air breaks")
    gl = r.randrange(110, 260)
    parts.append(f"Pre-dive: {vitals_line(r, weight=False)}; {LAB(f'glucose {gl} mg/dL')}"
                 + (" (given 15 g carbohydrate)" if gl < 120 else "") + f"; ears {r.choice(['clear', 'TM retracted L'])}; "
                 f"cotton garments, no devices, lighter check done.")
    parts.append(f"Descent {hhmm(r, 7, 12)}: {r.choice(['uneventful', 'paused at 1.3 ATA for L ear, cleared with swallowing'])}. "
                 f"{EP('TEED')} {SCORE(str(r.choice([0, 0, 1, 2])))}. Patient educated on {EP('Boyle')}'s law and ear clearing; "
                 f"{EP('Eustachian tube')} function {r.choice(['adequate', 'sluggish L'])}.")
    parts.append(f"Post-dive: {vitals_line(r, weight=False)}; {LAB(f'glucose {r.randrange(90, 220)} mg/dL')}. "
                 f"{r.choice(['No barotrauma.', 'Mild L ear fullness, resolved.', 'Transient visual blurring reviewed (myopic shift).'])}")
    if ind == "wagner":
        parts.append(f"Wound (by {name_mark(wrn, r.choice(['full', 'gi']))}): {LAB(f'{r.randrange(10, 40) / 10} x {r.randrange(8, 30) / 10} x {r.randrange(2, 9) / 10} cm')}, "
                     f"granular base 80%; dressing {r.choice(['silver alginate', 'collagen with foam', 'cadexomer iodine'])}; offloading in total contact cast.")
    parts.append(f"Meds: {meds_list(r, 2, ', ')}; {DRUG(r.choice(['cefadroxil 500 mg BID', 'sulfamethoxazole-trimethoprim 800/160 mg BID', 'none today']))}. "
                 f"Next dive {c.dt(c.day(1 if r.random() < 0.7 else 3), r.choice(['md', 'MonDotD']))}. {c.word_line()}")
    if r.random() < 0.35:
        q = c.relative(r.choice(["wife", "husband", "daughter", "son"]))
        parts.append(f"Ride: {q.rel} {name_mark(q, r.choice(['given', 'full']))} waits in lobby, cell {c.ph(q.phone)}.")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(f"Operator: {name_mark(cht, r.choice(['full', 'gi', 'initials']))}, {cht.cred}. Attending present: {name_mark(md, r.choice(['title', 'full']))}.")
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 16 PAP adherence report
@note_type("pap-adherence", "PAP adherence report")
def t_pap(r: random.Random):
    c = Ctx(r, age=(24, 89), p_old=0.08, namesakes={"Friedman": 1, "Epworth": 1})
    sleep = c.clin(r.choice(["physician", "NP"]))
    rt = c.clin("RT")
    dev, model = r.choice([("ResMed AirSense 11 AutoSet", "39000"), ("ResMed AirSense 10 AutoSet", "37207"),
                           ("Philips DreamStation 2 Auto", "DSX900T11"), ("React Health Luna G3", "LG3600")])
    sn = r.choice([lambda: digits(r, 11), lambda: f"J{digits(r, 11)}", lambda: f"23{digits(r, 9)}"])()
    start = c.ago(31, 40)
    end = start + dt.timedelta(days=29)
    used = r.randrange(12, 31)
    pct = round(used * 100 / 30)
    ahi = r.randrange(8, 90) / 10
    parts = [header(c, "PAP Compliance / Efficacy Download", style=r.choice(["banner", "pipe", "tab", "sticker", "yaml"]))]
    parts.append(f"Device: {CODE(dev)} (model {CODE(model)})   SN {DEV(sn)}   Modem {r.choice(['cellular', 'Wi-Fi', 'none (SD card)'])}")
    if r.random() < 0.4:
        parts.append(f"Cloud account: {EMAIL(c.pt.email)} — {URL('https://myair.resmed.com/u/' + digits(r, 8))}" if "ResMed" in dev else
                     f"App login {EMAIL(c.pt.email)}")
    parts.append(f"Period: {c.dt(start, r.choice(['mdY', 'iso', 'DMon' + chr(39) + 'y']))} – {c.dt(end, r.choice(['mdY', 'iso', 'DMon' + chr(39) + 'y']))} (30 days)")
    parts.append(f"Usage days {used}/30 ({LAB(f'{pct}%')}); days ≥4 h {max(0, used - r.randrange(0, 5))}/30; "
                 f"average use {LAB(f'{r.randrange(30, 80) / 10} h')} per day used")
    parts.append(f"Pressure: auto {VIT('5–15 cmH2O')}; median {VIT(f'{r.randrange(60, 110) / 10} cmH2O')}, 95th {VIT(f'{r.randrange(100, 150) / 10} cmH2O')}")
    parts.append(f"Leak 95th {LAB(f'{r.randrange(4, 40)} L/min')}; residual {ABBR('AHI')} {LAB(str(ahi))} (CA {LAB(str(round(ahi * 0.3, 1)))}); "
                 f"{r.choice(['no ' + EP('Cheyne-Stokes') + ' pattern flagged', 'periodic breathing 2% of the night'])}")
    if r.random() < 0.7:
        parts.append("Last nights:  date | usage | AHI | leak95")
        for k in range(r.randrange(3, 6)):
            d = end - dt.timedelta(days=k)
            u = "0:00" if r.random() > used / 30 else f"{r.randrange(2, 9)}:{r.randrange(60):02}"
            parts.append(f"  {c.dt(d, r.choice(['md', 'md', 'mdy', 'iso']))} | {u} | {LAB(str(r.randrange(5, 80) / 10)) if u != '0:00' else '—'} | "
                         f"{LAB(f'{r.randrange(2, 45)} L/min') if u != '0:00' else '—'}")
    parts.append(f"Mask: {CODE(r.choice(['AirFit F20', 'AirFit N30i', 'DreamWear nasal', 'AirTouch F20']))} size {r.choice(['S', 'M', 'L'])}, "
                 f"{CODE('A7030')} resupply due {c.dt(c.day(r.randrange(5, 60)), r.choice(['md', 'MonY', 'MonthD']))}.")
    ess = r.randrange(2, 19)
    parts.append(f"Baseline: diagnostic HSAT {c.dt(c.ago(120, 400), r.choice(['mdY', 'MonY', 'mdy']))}, {ABBR('AHI')} {LAB(str(r.randrange(16, 70)))}, "
                 f"nadir SpO2 {VIT(f'{r.randrange(70, 88)}%')}; {EP('Epworth Sleepiness Scale')} {SCORE(str(ess))} then, "
                 f"{SCORE(str(max(0, ess - r.randrange(0, 9))))} now; {EP('Friedman tongue position')} {SCORE(r.choice(['II', 'III', 'IV']))}, "
                 f"{EP('Mallampati')} {SCORE(r.choice(['3', '4']))}. BMI {VIT(f'{r.randrange(26, 48)}.{r.randrange(10)}')}.")
    if pct < 70:
        parts.append(f"Below the 70% / 4 h payer threshold ({CODE('E0601')}). RT {name_mark(rt, r.choice(['full', 'gi']))} called "
                     f"{c.ph(c.pt.phone)} on {c.dt(c.ago(1, 5), r.choice(['md', 'MonDotD']))}: {r.choice(['mask dryness — heated tubing added', 'claustrophobia — desensitisation handout', 'travelling for work', 'left message'])}.")
    else:
        parts.append(f"Meets adherence for continued coverage ({CODE('E0601')}). {c.word_line()}")
    if c.foreign is None and r.random() < 0.3:
        parts.append(f"DME: {r.choice(['Apria', 'Lincare', 'AdaptHealth', 'local supplier'])} branch {c.ph(c.us_phone(c.area), r.choice(['dash', 'paren']))}, "
                     f"order {OID('SO-' + digits(r, 7))}.")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, sleep, style=r.choice(["esig", "lfparen", "plain", "cosign"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 17 work or school excuse letter
@note_type("excuse-letter", "work or school excuse letter")
def t_excuse(r: random.Random):
    kind = r.choice(["school", "work", "jury", "work"])
    age = (6, 17) if kind == "school" else (19, 89)
    c = Ctx(r, age=age, p_old=0.05 if kind != "jury" else 0.25, namesakes={"Osgood": 1, "Sever": 1, "Barr": 1, "Legg": 1})
    doc = c.clin(r.choice(["physician", "NP", "PA"]))
    ma = c.clin("MA")
    start = c.ago(1, 6)
    end = c.day(r.randrange(1, 14))
    parts = [f"{c.hosp} — {r.choice(['Family Medicine', 'Pediatrics & Adolescent Clinic', 'Urgent Care'] if kind == 'school' else ['Family Medicine', 'Internal Medicine', 'Urgent Care', 'Geriatrics'])}\n"
             f"Tel {c.ph(c.us_phone(c.area or None), r.choice(['paren', 'dash']))}   Fax {c.ph(c.us_phone(c.area or None), r.choice(['paren', 'dash', 'dot']), cat='FAX')}\n"]
    parts.append(f"{c.dt(c.enc, r.choice(['MonthDY', 'mdY', 'MonthDthY', 'DMonth']))}\n")
    who = name_mark(c.pt, r.choice(["full", "fullmid", "full"]))
    dob = c.dt(c.dob, r.choice(["mdY", "mdY_np", "MonDY"]))
    if kind == "school":
        par = c.relative(r.choice(["mother", "father", "grandmother", "aunt"]))
        teacher = c.other("teacher")
        coach = c.other("coach") if r.random() < 0.5 else None
        sid = digits(r, r.choice([6, 7, 9]))
        parts.append(f"To the attendance office / {name_mark(teacher, r.choice(['title', 'full']))} (homeroom):\n")
        parts.append(f"{who} (DOB {dob}, student ID {OID(sid)}) was seen in our clinic on {c.dt(start, r.choice(['mdY', 'MonthD', 'md']))} "
                     f"and may return to school on {c.dt(end, r.choice(['mdY', 'MonthD', 'md', 'MonDotD']))}.")
        dx = r.choice([f"{EP('Osgood-Schlatter disease')} of the left knee", f"{EP('Sever disease')} (calcaneal apophysitis)",
                       f"infectious mononucleosis ({EP('Epstein-Barr virus')} positive)", f"{EP('Legg-Calvé-Perthes disease')}, follow-up",
                       "influenza A", "concussion"])
        parts.append(f"With parental consent, the diagnosis is shared: {dx}.")
        if "mononucleosis" in dx:
            parts.append("No contact sports or heavy lifting for at least 4 weeks from symptom onset because of splenic enlargement risk.")
        elif "concussion" in dx:
            parts.append(f"Gradual return-to-learn; no PE or sports until cleared. Symptom score (SCAT6) {SCORE(str(r.randrange(4, 40)))} today.")
        else:
            parts.append("PE as tolerated; may sit out running and jumping for 2 weeks. Ice after activity.")
        if coach:
            parts.append(f"Coach {name_mark(coach, r.choice(['title', 'full', 'family']))}: no practice until re-evaluated.")
        parts.append(f"Medication at school: {DRUG(r.choice(['ibuprofen 400 mg q6h PRN pain', 'acetaminophen 500 mg q6h PRN', 'albuterol HFA 90 mcg 2 puffs PRN before PE', 'none']))}. "
                     f"Questions: call the clinic; parent {name_mark(par, r.choice(['full', 'title', 'lf']))} may be reached at {c.ph(par.phone)}.")
    elif kind == "work":
        sup = c.other("supervisor")
        emp = r.choice([f"E{digits(r, 6)}", digits(r, 7), f"{letters(r, 2)}-{digits(r, 5)}"])
        parts.append(f"RE: {who}, DOB {dob}, employee # {OID(emp)}\nAttn: {name_mark(sup, r.choice(['full', 'lf', 'title']))}, "
                     f"{r.choice(['HR', 'shift supervisor', 'occupational health'])}\n")
        parts.append(f"This patient was under my care from {c.dt(start, r.choice(['mdY', 'md']))} through {c.dt(c.enc, r.choice(['mdY', 'md']))} and "
                     f"{r.choice(['was unable to work', 'is excused from work'])} during that time. Expected return: {c.dt(end, r.choice(['mdY', 'MonthD', 'DMonth']))}.")
        parts.append(f"Restrictions on return: {r.choice(['no lifting over 15 lb for 2 weeks', 'seated duty only', 'no ladders or heights', 'none'])}. "
                     f"{r.choice(['The nature of the illness is not disclosed, per patient request.', 'Diagnosis (with consent): ' + DX('acute gastroenteritis') + '.', 'Diagnosis (with consent): ' + DX('lumbar strain') + ' (' + CODE('S39.012A') + ').'])}")
        parts.append(f"Vitals today {vitals_line(r, weight=False)}. FMLA paperwork, if needed, can be faxed to {c.ph(c.us_phone(), cat='FAX')}.")
    else:
        clerk = c.other("jury clerk")
        juror = r.choice([f"{digits(r, 9)}", f"J-{digits(r, 6)}", f"{digits(r, 3)}-{digits(r, 4)}"])
        court_d = c.day(r.randrange(10, 40))
        parts.append(f"Clerk of Court — Jury Services\nAttn: {name_mark(clerk, r.choice(['full', 'title']))}\n"
                     f"RE: {who}   Juror participant # {OID(juror)}   Summons date {c.dt(court_d, r.choice(['mdY', 'MonthDY']))}\n")
        parts.append(f"My patient, {name_mark(c.pt, 'title')}, is {(lambda st: c.age_txt(st[0]) + st[1])(r.choice([('num', ''), ('words', ''), ('years', ' of age'), ('years', ' old')]))} and has "
                     f"{r.choice([DX('moderate dementia'), DX('severe COPD on home oxygen') + ' (' + CODE('J44.9') + ')', DX('macular degeneration') + ' with legal blindness', DX('urge incontinence') + ' requiring frequent breaks'])}. "
                     f"In my opinion serving would be a hardship; I request a {r.choice(['permanent medical excuse', 'deferral of 12 months'])}.")
        if c.age >= 70 and r.random() < 0.5:
            q = c.relative(r.choice(["daughter", "son", "niece"]))
            parts.append(f"Her/his {q.rel}, {name_mark(q, r.choice(['full', 'lf']))}, manages mail and can be reached at {c.ph(q.phone)}.")
    if r.random() < 0.4:
        parts.append(f"To verify this note scan the code or visit {URL(f'verify.{c.org_domain}/n/{letters(r, 4)}-{digits(r, 4)}')}.")
    parts.append(f"\n{c.word_line()}")
    parts.append(f"Sincerely,\n{name_mark(doc, r.choice(['full', 'fullmid']))}, {doc.cred}   NPI {OID(doc.npi)}\n"
                 f"prepared by {name_mark(ma, r.choice(['initials', 'gi_lower', 'given']))}")
    parts.append("\n--- visit summary (clinic copy, not sent) ---")
    parts.append(f"{name_mark(c.pt, 'LF')}  MRN {MRN(c.mrn)}  CSN {ACCT(c.fin)}  seen {c.dt(start, 'mdY')} by {name_mark(doc, 'ilast')}")
    if c.age < 18:
        parts.append(f"Vitals {vitals_line(r, kid=c.age)}. Dx {CODE(r.choice(['M92.52', 'M92.8', 'B27.00', 'S06.0X0A', 'J10.1']))}. "
                     f"Meds: {DRUG(r.choice(['ibuprofen 10 mg/kg q6h PRN', 'acetaminophen 15 mg/kg q6h PRN', 'none']))}.")
    else:
        parts.append(f"Vitals {vitals_line(r)}. Dx {', '.join(icd(r, 1))}. Meds: {meds_list(r, 2, ', ')}.")
    parts.append(f"Letter requested by {r.choice(['patient at checkout', 'parent via portal', 'employer fax', 'patient by phone'])} on "
                 f"{c.dt(c.enc, r.choice(['md', 'mdY']))}; released with signed authorization (ROI {OID(digits(r, 6))}).")
    parts.append(extras(c, r.choice([1, 1, 2])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 18 MRO drug test verification
@note_type("mro-verification", "MRO drug test verification")
def t_mro(r: random.Random):
    c = Ctx(r, age=(19, 72), p_old=0.0, p_foreign=0.0, namesakes={})
    mro = c.clin("MRO")
    coll = c.clin("MA")
    der = c.other("designated employer representative")
    dot = r.random() < 0.55
    ccf = f"{r.choice(['A', 'B', ''])}{digits(r, 7)}"
    acc = digits(r, 9)
    coll_d = c.ago(3, 8)
    res = r.choice(["oxycodone", "amphetamine", "THC", "dilute", "hydrocodone", "negative"])
    parts = [r.choice(["MEDICAL REVIEW OFFICER — Verification Worksheet", "MRO REVIEW / VERIFIED RESULT", "Drug Test Verification (MRO)"])]
    parts.append(f"Regulated: {ABBR('DOT') + ' — ' + r.choice(['FMCSA', 'FAA', 'FTA', 'PHMSA']) if dot else 'Non-DOT (company policy)'}   Reason: "
                 f"{r.choice(['pre-employment', 'random', 'post-accident', 'reasonable suspicion', 'return-to-duty'])}")
    parts.append(f"CCF specimen ID: {OID(ccf)}   Lab accession: {OID(acc)}")
    idl = r.choice(["ssn", "emp", "cdl"])
    if idl == "ssn":
        idtxt = f"Donor SSN/Employee ID: {c.ssn_txt(r.choice(['dash', 'bare', 'space']))}"
    elif idl == "emp":
        idtxt = f"Donor SSN/Employee ID: {OID(r.choice(['EMP' + digits(r, 6), digits(r, 8)]))}"
    else:
        st = c.addr.region
        idtxt = f"Donor ID: CDL {st} {LIC(r.choice([letters(r, 1) + digits(r, 8), digits(r, 9), letters(r, 1) + digits(r, 3) + '-' + digits(r, 4) + '-' + digits(r, 4)]))}"
    parts.append(f"Donor: {name_mark(c.pt, r.choice(['LF', 'lf', 'full']))}   DOB {c.dt(c.dob, r.choice(['mdY', 'MMDDYYYY']))}   {idtxt}")
    parts.append(f"Donor phones: day {c.ph(c.pt.phone)}" + (f", evening {c.ph(c.pt_phone2)}" if c.pt_phone2 else ""))
    parts.append(f"Employer: {r.choice(['Prairie Haulers LLC', 'Tri-County Transit', 'Northline Aviation Services', 'Bluewater Pipeline Co.', 'Keystone Home Health'])}; "
                 f"DER {name_mark(der, r.choice(['full', 'lf']))}, {c.ph(c.us_phone())}, fax {c.ph(c.us_phone(), cat='FAX')}")
    t_coll = r.randrange(6 * 60, 17 * 60)
    parts.append(f"Collected {c.dt(coll_d, r.choice(['mdY', 'mdy', 'iso']))} {t_coll // 60:02}{t_coll % 60:02} by {name_mark(coll, r.choice(['full', 'lf']))}, {coll.cred}; "
                 f"temp in range {r.choice(['Y', 'Y', 'N'])}; split specimen {r.choice(['Y', 'N'])}.")
    if res == "negative":
        parts.append("Laboratory result: negative, all analytes below cutoff (5-panel).")
        outcome = "NEGATIVE"
    elif res == "dilute":
        parts.append(f"Laboratory result: negative-dilute; {LAB(f'creatinine {r.randrange(5, 19)} mg/dL')}, {LAB(f'specific gravity 1.00{r.randrange(2, 5)}')}.")
        outcome = "NEGATIVE-DILUTE (employer may direct recollection under direct observation)" if not dot else "NEGATIVE-DILUTE; recollect"
    elif res == "THC":
        parts.append(f"Laboratory result: positive {ABBR('THCA')} {LAB(f'{r.randrange(16, 240)} ng/mL')} (confirm cutoff 15 ng/mL).")
        outcome = "POSITIVE — marijuana metabolite (state medical card is not a legitimate medical explanation under DOT rules)" if dot else "POSITIVE — marijuana metabolite"
    else:
        level = r.randrange(180, 2200)
        parts.append(f"Laboratory result: positive {res} {LAB(f'{level} ng/mL')} (confirm cutoff {100 if res != 'amphetamine' else 250} ng/mL).")
        rx = digits(r, 7)
        presc = c.clin(r.choice(["physician", "NP", "DDS"]), outside=True)
        dea = make_dea(r, presc.family, midlevel=presc.role == "NP")
        c.deas.append(dea)
        drug = {"oxycodone": "oxycodone-acetaminophen 5/325 mg q6h PRN", "amphetamine": "amphetamine-dextroamphetamine XR 20 mg daily",
                "hydrocodone": "hydrocodone-acetaminophen 5/325 mg q6h PRN"}[res]
        parts.append(f"MRO interview {c.dt(c.ago(0, 2), r.choice(['md', 'mdY']))} by phone: donor reports {DRUG(drug)}, Rx #{OID(rx)} filled "
                     f"{c.dt(c.ago(10, 60), r.choice(['md', 'mdY']))} at {r.choice(['Walgreens', 'CVS', 'a Kroger pharmacy', 'an independent pharmacy'])} "
                     f"({c.ph(c.us_phone(c.area))}); prescriber {name_mark(presc, r.choice(['title', 'full']))}, DEA {LIC(dea)}. "
                     f"Verified with the pharmacy and the state PDMP (query {OID(digits(r, 10))}).")
        outcome = "NEGATIVE (legitimate medical explanation)"
        if dot and r.random() < 0.5:
            outcome += "; SAFETY CONCERN letter sent to the donor — 5 business days to have the prescriber contact the MRO"
    sci = c.other("certifying scientist", clin=True)
    t_seal = t_coll + r.randrange(3, 15)
    parts.append(f"Chain of custody: sealed {t_seal // 60:02}{t_seal % 60:02}, courier {r.choice(['FedEx', 'lab courier', 'UPS'])} tracking {OID(digits(r, 12))}, "
                 f"received at lab {c.dt(coll_d + dt.timedelta(days=1), r.choice(['mdY', 'iso']))}, seals intact; certifying scientist "
                 f"{name_mark(sci, r.choice(['full', 'lf', 'ilast']))}. Copy 2 faxed from collection site {c.ph(c.us_phone(c.area), cat='FAX')}.")
    parts.append(f"Donor remarks on CCF: {r.choice(['none', 'took cold medicine', 'eats poppy-seed bagels', 'on antibiotics for a tooth'])}. "
                 f"Donor medications listed at interview: {meds_list(r, 2, ', ')}.")
    parts.append(f"VERIFIED RESULT: {outcome}.")
    parts.append(f"Reported to DER {c.dt(c.enc, r.choice(['mdY', 'iso']))} {hhmm(r, 8, 17)} by {r.choice(['secure fax', 'portal', 'phone, then written'])}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(signoff(c, mro, style=r.choice(["esig", "plain", "slash_es", "caps"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 19 ethics consultation note
@note_type("ethics-consult", "ethics consultation note")
def t_ethics(r: random.Random):
    c = Ctx(r, age=(24, 89), p_old=0.35, namesakes={"Lazarus": 1})
    eth = c.clin(r.choice(["physician", "SW", "chaplain"]))
    att = c.clin("physician")
    rn = c.clin("RN")
    chap = c.clin("chaplain")
    surr = c.relative(r.choice(["daughter", "son", "wife", "husband", "sister", "niece"]))
    other = c.relative(r.choice(["son", "daughter", "brother", "grandson"]))
    q = r.choice(["goals of care conflict between surrogates", "request for non-beneficial CPR", "capacity to refuse dialysis",
                  "withdrawal of ventilator support", "whether to honour an out-of-state advance directive"])
    parts = [header(c, "ETHICS CONSULTATION", att=att, style=r.choice(["addressograph", "banner", "narr", "sticker", "pipe", "email", "yaml"]))]
    parts.append(f"Requested by {name_mark(rn, r.choice(['full', 'gi']))}, {rn.cred} (ICU) on {c.dt(c.ago(0, 3), r.choice(['mdY', 'MonthD', 'md']))}; "
                 f"consult {OID('EC-' + fmt_date(c.enc, 'YYYYMMDD')[:4] + '-' + digits(r, 3, False))}.")
    parts.append(f"Question: {q}.")
    parts.append(f"Medical facts: {c.age_txt()} {sex_long(c)} admitted {c.dt(c.ago(6, 30), r.choice(['mdY', 'MonDY', 'dmY-']))} after "
                 f"{r.choice(['out-of-hospital cardiac arrest with prolonged downtime', 'massive intracerebral hemorrhage', 'septic shock on three pressors', 'progressive ALS with respiratory failure'])}. "
                 f"{r.choice([EP('Glasgow Coma Scale') + ' ' + SCORE('E1VtM2'), SCORE('FOUR score 3'), 'awake, follows commands'])}; "
                 f"{r.choice(['EEG burst suppression', 'MRI diffuse anoxic injury', 'trach/PEG discussed', 'creatinine ' + LAB('5.8 mg/dL') + ', anuric'])}. "
                 f"Brief spinal movements reported by family were explained as a {EP('Lazarus sign')}-type reflex, not awareness."
                 if r.random() < 0.35 else
                 f"Medical facts: {c.age_txt()} {sex_long(c)} admitted {c.dt(c.ago(6, 30), r.choice(['mdY', 'MonDY', 'dmY-']))} with "
                 f"{r.choice(['end-stage heart failure', 'metastatic lung cancer', 'advanced dementia and aspiration pneumonia'])}; "
                 f"{lab_line(r, 2)}; {vitals_line(r, weight=False)}.")
    parts.append(f"Social: {c.age_prose()} {c.lang_age_quote()}".rstrip())
    ad = c.ago(400, 3000)
    parts.append(f"Patient preferences: advance directive dated {c.dt(ad, r.choice(['mdY', 'MonthDY', 'mdy']))} "
                 f"({r.choice(['no prolonged life support if no reasonable chance of recovery', 'wants all treatment', 'names a health care agent only'])}); "
                 f"POLST {r.choice(['DNR/limited interventions', 'none on file', 'full treatment, signed in another state'])}.")
    parts.append(f"Surrogate: {surr.rel} {name_mark(surr, r.choice(['full', 'lf', 'nick']))} ({r.choice(['named agent', 'default surrogate by statute', 'court-appointed guardian'])}), "
                 f"{c.ph(surr.phone)}; {other.rel} {name_mark(other, r.choice(['full', 'given']))} ({c.ph(other.phone)}) disagrees "
                 f"and {r.choice(['lives in ' + CITY(r.choice(['Anchorage', 'Boise', 'Tallahassee', 'Lviv', 'Cebu City', 'Harare'])), 'has not visited', 'brought a lawyer', 'writes from abroad (' + make_foreign_address(r, r.choice(FOREIGN + ['ke', 'ph', 'ng'])).one_line() + ')'])}.")
    parts.append(f"Meeting {c.dt(c.enc, r.choice(['mdY', 'iso', 'MonDotDY']))} {hhmm(r, 8, 19)}: present {name_mark(surr, 'given')}, {name_mark(other, 'given')}, "
                 f"{name_mark(att, 'title')} (attending), {name_mark(chap, r.choice(['full', 'title']))} (chaplain), bedside RN"
                 + (f", interpreter {name_mark(c.other('interpreter'), 'full')} ({c.lang()})" if c.lang() and r.random() < 0.6 else "") + ".")
    parts.append(f"Analysis: substituted judgment from the patient's own words ({r.choice(['“I never want to live on machines”', '“do everything for me”', '“let the doctors decide”'])}) "
                 f"outweighs best-interest arguments; the treating team is not obliged to provide {r.choice(['CPR', 'dialysis', 'ECMO'])} it judges non-beneficial, "
                 f"per hospital policy {r.choice(['RI-114', 'ETH-07'])}.")
    parts.append(f"Recommendations: 1) {r.choice(['DNR order is ethically supportable', 'time-limited trial of 72 h', 'continue current support pending a second opinion'])}; "
                 f"2) palliative care involvement; 3) follow-up meeting {c.dt(c.day(r.randrange(1, 5)), r.choice(['md', 'MonthD', 'MonDotD']))}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, eth, style=r.choice(["esig", "plain", "lfparen", "thanks"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 20 I-PASS handoff sheet
IPASS_DEV = [f"{EP('Dobhoff')} at 55 cm, TF at goal", f"{EP('Salem sump')} to LIWS", f"{EP('Foley')} day 3 — remove in AM",
             f"{EP('Penrose')} drain R flank", f"{EP('Philadelphia collar')} until flex/ext films", f"{EP('Miami J collar')} at all times",
             f"{EP('Jackson-Pratt')} x2, 40 mL/shift", f"R IJ {EP('Quinton')} catheter for HD", f"{EP('Ommaya reservoir')} — no access without neurosurgery",
             "PICC L basilic", f"{EP('Sengstaken-Blakemore')} tube removed today"]


@note_type("ipass-handoff", "I-PASS handoff sheet")
def t_ipass(r: random.Random):
    c = Ctx(r, age=(18, 89), p_old=0.2, p_foreign=0.0, namesakes={"Salem": 1, "Penrose": 1, "Quinton": 1, "Levin": 1})
    out_ = c.clin(r.choice(["resident", "NP", "PA"]))
    inn = c.clin(r.choice(["resident", "NP", "PA"]))
    att = c.clin("physician")
    day = c.enc
    parts = [f"{r.choice(['Gen Med 4', 'Hospitalist B', 'Surg ICU', 'Trauma/ACS', 'Neuro stepdown'])} — I-PASS sign-out "
             f"{c.dt(day, r.choice(['mdY', 'md', 'DD-MON-YY', 'MonDotD']))} {r.choice(['1900', '0700', '1830'])}"]
    parts.append(f"From {name_mark(out_, r.choice(['full', 'gi', 'title']))} to {name_mark(inn, r.choice(['full', 'gi', 'title']))}; "
                 f"attending {name_mark(att, r.choice(['title', 'lf']))} (pgr {r.randrange(1000, 9999)})")
    pts = [(c.pt, c.mrn, c.age)]
    for _ in range(r.randrange(2, 4)):
        p = c.other("patient on list")
        pts.append((p, digits(r, len(c.mrn.lstrip("EMH"))) if c.mrn[0].isdigit() else c.mrn[0] + digits(r, len(c.mrn) - 1), None))
    r.shuffle(pts)
    for p, mrn, age in pts:
        if age is None:
            age = r.randrange(19, 99)
        sev = r.choice(["STABLE", "WATCHER", "WATCHER", "UNSTABLE"])
        room = f"{r.randrange(3, 9)}{r.randrange(10, 40)}{r.choice(['', '-A', '-B'])}"
        ag = age_mark(age, fmt_age(age, r.choice(["yo", "Y", "num", "yoa"])))
        parts.append("")
        parts.append(f"[{room}] {name_mark(p, r.choice(['LF', 'lf', 'LFm']))} {ag}{p.sex} MRN {MRN(mrn)} — {sev}")
        summ = r.choice([
            f"{DX('CAP')} on {DRUG('ceftriaxone 1 g IV q24h')} + {DRUG('azithromycin 500 mg PO daily')}, weaning O2",
            f"{DX('DKA')} resolved, on {DRUG('insulin glargine 18 units SC at bedtime')}, AG closed",
            f"POD2 ex-lap, {DX('SBO')} — NPO, {EP('Salem sump')} to LIWS",
            f"{DX('C-spine fracture')} C6, {r.choice([EP('Philadelphia collar'), EP('Miami J collar')])}, neuro intact",
            f"{DX('upper GI bleed')}, {EP('Mallory-Weiss')} tear on EGD, Hgb {LAB(f'{r.randrange(68, 99) / 10} g/dL')}",
            f"{DX('alcohol withdrawal')}, {SCORE(f'CIWA-Ar {r.randrange(4, 22)}')}, {DRUG('lorazepam 1 mg IV q1h PRN CIWA >10')}",
            f"{DX('hepatic encephalopathy')} on {DRUG('lactulose 30 mL PO q2h until BM')}, {EP('Levin')} tube for meds",
        ])
        parts.append(f"  P: {summ}. {r.choice(IPASS_DEV)}.")
        parts.append(f"  A: {r.choice(['f/u AM ' + lab_line(r, 1), 'recheck K at 0200', 'if SBP <90 give 500 mL LR and call', 'wean FiO2 to keep SpO2 >92%', 'PT/OT eval'])}; "
                     f"{r.choice(['code status ' + r.choice(['FULL', 'DNR/DNI']), 'family meeting ' + c.dts(c.day(1)), 'dispo: SNF pending auth ' + OID(digits(r, 9))])}.")
        if r.random() < 0.35:
            q = c.other(r.choice(["daughter", "son", "wife", "husband"]))
            q.phone = c.us_phone(c.area)
            parts.append(f"  S: {q.rel} {name_mark(q, r.choice(['given', 'full', 'lower']))} calls nightly, {c.ph(q.phone)}.")
        else:
            parts.append(f"  S: {r.choice(['contingency — rapid response if RR >28', 'low threshold for CT head if fall', 'watch for refeeding, Phos in AM', 'if agitated, no benzos'])}.")
    parts.append("")
    parts.append(f"Synthesis by receiver: read back, questions answered. {c.word_line()}")
    return c, "\n".join(x for x in parts if x is not None)


# ---------------------------------------------------------------- 21 surgical scheduling request
PROCS = [
    ("Ivor Lewis esophagectomy, robotic-assisted", "43288", "Ivor Lewis", "Lewis", "C15.5", "abd", "left lateral decubitus, then supine"),
    ("Hartmann procedure", "44143", "Hartmann", "Hartmann", "K57.20", "abd", "lithotomy"),
    ("laparoscopic Heller myotomy with Dor fundoplication", "43279", "Heller", "Heller", "K22.0", "abd", "supine, split-leg"),
    ("Lichtenstein inguinal hernia repair, right", "49505", "Lichtenstein", "Lichtenstein", "K40.90", "abd", "supine"),
    ("arthroscopic Bankart repair, left shoulder", "29806", "Bankart", "Bankart", "S43.005A", "ortho", "beach chair"),
    ("Latarjet coracoid transfer, right", "23462", "Latarjet", "Latarjet", "M24.411", "ortho", "beach chair"),
    ("Keller resection arthroplasty, left great toe", "28292", "Keller", "Keller", "M20.12", "ortho", "supine, thigh tourniquet"),
    ("Lapidus bunionectomy with Akin osteotomy", "28297", "Lapidus", "Lapidus", "M20.11", "ortho", "supine, thigh tourniquet"),
]
INSTR = [("Kelly clamps", "Kelly"), ("Allis clamps", "Allis"), ("Metzenbaum scissors", "Metzenbaum"),
         ("Deaver retractors", "Deaver"), ("Balfour retractor", "Balfour"), ("Bookwalter retractor", "Bookwalter"),
         ("Richardson retractors", "Richardson"), ("DeBakey forceps", "DeBakey"), ("Kirschner wires", "Kirschner")]


@note_type("surgical-scheduling", "surgical scheduling request")
def t_sched(r: random.Random):
    c = Ctx(r, age=(18, 89), p_old=0.1, namesakes={"Lewis": 1, "Hartmann": 1, "Heller": 1, "Keller": 1, "Kelly": 1,
                                                  "Allis": 1, "Richardson": 1, "Deaver": 1})
    proc, cpt, ep, _ns, dxc, kind, pos = r.choice(PROCS)
    if c.namesake:
        m = [x for x in PROCS if x[3] == c.namesake]
        if m:
            proc, cpt, ep, _ns, dxc, kind, pos = m[0]
    surg = c.clin("physician")
    coord = c.other("surgery scheduler")
    rep_ = c.other("device representative")
    req = c.day(r.randrange(10, 60))
    alt = req + dt.timedelta(days=r.randrange(1, 8))
    parts = [r.choice(["OR BOOKING REQUEST", "Surgical Case Request — to OR Scheduling", "Surgery Posting Sheet"])]
    parts.append(f"Case request #{OID(digits(r, 7))}   Submitted {c.dt(c.enc, r.choice(['mdY', 'iso']))} by {name_mark(coord, r.choice(['full', 'gi']))} "
                 f"({c.ph(c.us_phone(c.area or None))} x{r.randrange(2000, 7999)})")
    parts.append(f"Patient: {name_mark(c.pt, r.choice(['LF', 'lf', 'lf_mid']))}   MRN {MRN(c.mrn)}   DOB {c.dt(c.dob, r.choice(['mdY', 'MMDDYYYY', 'iso']))}   "
                 f"Age {c.age_txt(r.choice(['num', 'Y', 'yrs']))}   Sex {sex_word(c)}")
    parts.append(f"Contact: {c.ph(c.pt.phone)}" + (f" / {c.ph(c.pt_phone2)}" if c.pt_phone2 else "") + f"; {c.addr.one_line()}")
    pro = proc.replace(ep, EP(ep), 1) if ep in proc else proc
    for sub in ("Dor fundoplication", "Akin osteotomy"):
        if sub in pro:
            pro = pro.replace(sub, EP(sub.split()[0]) + " " + sub.split()[1])
    parts.append(f"Procedure: {pro} ({CODE(cpt)})")
    parts.append(f"Dx: {CODE(dxc)}   Surgeon: {name_mark(surg, r.choice(['lf', 'full']))}, {surg.cred}   Assistant: {r.choice(['PA', 'resident', 'none'])}")
    parts.append(f"Requested date {c.dt(req, r.choice(['mdY', 'MonDY', 'DthMonY']))} (alt {c.dt(alt, r.choice(['md', 'MonDotD']))}); "
                 f"est. {r.randrange(1, 7)} h {r.choice([0, 15, 30, 45])} min; {r.choice(['inpatient', 'outpatient', '23-h observation'])}")
    parts.append(f"Position: {pos}; anesthesia: {r.choice(['general ETT', 'GA + regional block', 'MAC + local'])}; "
                 f"blood: {r.choice(['type & screen', 'type & cross 2 units', 'none'])}")
    pool = INSTR if kind == "abd" else [x for x in INSTR if x[1] in ("Kirschner", "Allis", "Kelly", "Richardson")]
    instr = r.sample(pool, 2)
    if c.namesake and any(x[1] == c.namesake for x in pool) and not any(x[1] == c.namesake for x in instr):
        instr = [x for x in pool if x[1] == c.namesake] + instr[:1]
    kit = (r.choice(['da Vinci Xi', 'Stryker 1688 tower', 'LigaSure Maryland']) if kind == "abd"
           else r.choice(['Arthrex SynergyUHD4 tower', 'C-arm (OEC 9900)', 'mini C-arm (Hologic Fluoroscan)']))
    parts.append(f"Equipment: {CODE(kit)}; "
                 + ", ".join(EP(x[0].split()[0]) + " " + " ".join(x[0].split()[1:]) for x in instr)
                 + f"; vendor rep {name_mark(rep_, r.choice(['full', 'gi']))} ({c.ph(c.us_phone())}) to attend.")
    parts.append(f"Pre-op: {r.choice(['H&P within 30 days', 'cardiology clearance pending', 'PAT clinic visit ' + c.dts(c.day(r.randrange(3, 9)))])}; "
                 f"labs {lab_line(r, 2)}; hold {DRUG(r.choice(['apixaban 5 mg PO BID', 'clopidogrel 75 mg daily', 'semaglutide 0.5 mg SC weekly']))} per protocol. "
                 f"Allergies: {r.choice(['NKDA', 'cefazolin (hives)', 'latex', 'iodinated contrast'])}.")
    parts.append(f"Insurance: {c.plan}, member {HP(c.member)}; prior auth {OID(r.choice(['A', 'PA', 'REF']) + digits(r, 9))} valid "
                 f"{c.dt(c.enc, 'md')}–{c.dt(c.day(90), r.choice(['mdY', 'md']))}. {c.word_line()}")
    if c.lang() and r.random() < 0.6:
        parts.append(f"Interpreter needed: {c.lang()}.")
    parts.append(extras(c, r.choice([0, 1])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 22 post-anesthesia recovery record
@note_type("pacu-record", "post-anesthesia recovery record")
def t_pacu(r: random.Random):
    c = Ctx(r, age=(18, 89), p_old=0.12, namesakes={"Aldrete": 1, "Ramsay": 1, "Apfel": 1, "Guedel": 1, "Cormack": 1,
                                                  "Macintosh": 1, "Bromage": 1})
    rn = c.clin("RN")
    crna = c.clin("CRNA")
    anes = c.clin("physician")
    surg = c.clin("physician")
    spinal = r.random() < 0.3
    proc = r.choice(["laparoscopic cholecystectomy", "right total knee arthroplasty", "TURP", "open reduction internal fixation, left ankle",
                     "diagnostic hysteroscopy", "thyroid lobectomy", "lumbar laminectomy L4-5"])
    t_in = r.randrange(7 * 60, 18 * 60)
    tm = lambda m: f"{(m // 60) % 24:02}{m % 60:02}"
    parts = [header(c, "PACU RECORD — Phase I", att=surg, style=r.choice(["addressograph", "banner", "sticker", "tab"]))]
    parts.append(f"Date {c.dt(c.enc, r.choice(['mdY', 'mdy', 'iso']))}   In PACU {tm(t_in)}   Bay {r.randrange(1, 14)}   Procedure: {proc}")
    if spinal:
        parts.append(f"Anesthesia: spinal ({DRUG('bupivacaine 0.75% 1.6 mL')}) + MAC; {EP('Bromage')} score {SCORE(str(r.randrange(1, 4)))} on arrival.")
    else:
        parts.append(f"Anesthesia: GA/ETT, {EP('Macintosh')} 3, {EP('Cormack-Lehane')} grade {SCORE(r.choice(['I', 'IIa', 'IIb']))}; "
                     f"reversed with {DRUG(f'sugammadex {r.choice([200, 200, 400])} mg IV')}; {EP('Guedel')} airway {r.choice(['removed on arrival', 'in place, tolerated'])}.")
    parts.append(f"Report from {name_mark(crna, r.choice(['full', 'gi', 'lf']))}, {crna.cred}: EBL {r.randrange(5, 400)} mL, IVF {r.randrange(400, 2500)} mL LR, "
                 f"UOP {r.randrange(0, 600)} mL. {EP('Apfel')} score {SCORE(str(r.randrange(0, 5)))}; PONV prophylaxis "
                 f"{DRUG('dexamethasone 4 mg IV')} + {DRUG('ondansetron 4 mg IV')}.")
    parts.append(f"Time  | BP | HR | SpO2 | RR | pain | {EP('Aldrete')} | {ABBR('RASS')}")
    for k in range(r.randrange(3, 6)):
        parts.append(f"{tm(t_in + 15 * k)}  | {VIT(f'{r.randrange(98, 168)}/{r.randrange(52, 96)}')} | {VIT(str(r.randrange(56, 112)))} | "
                     f"{VIT(f'{r.randrange(91, 101)}%')} | {VIT(str(r.randrange(10, 22)))} | {SCORE(f'{r.randrange(0, 9)}/10')} | "
                     f"{SCORE(str(min(10, 6 + k + r.randrange(0, 2))))} | {SCORE(str(r.choice([-2, -1, 0, 0])))}")
    parts.append(f"{EP('Aldrete')} criteria: ≥9 required for discharge; {EP('Ramsay')} sedation score {SCORE(str(r.randrange(1, 4)))} at last check.")
    parts.append(f"Meds in PACU: {DRUG('hydromorphone 0.2 mg IV q5min PRN')} x{r.randrange(1, 4)}, {DRUG('acetaminophen 1,000 mg IV once')}"
                 + (f", {DRUG('ketorolac 15 mg IV once')}" if r.random() < 0.5 else "") + f". Warming: {CODE('3M Bair Hugger 675')} at 38 °C.")
    parts.append(f"Lines: PIV 20g L hand; {r.choice(['dressing CDI', 'JP with 30 mL serosanguinous', 'ice machine to knee', 'catheter to gravity, clear pink urine'])}. "
                 f"Labs: {lab_line(r, 2)}. {c.word_line()}")
    dest = r.choice(["phase II / home", "5 North bed 12", "ortho floor", "home with escort"])
    parts.append(f"Discharged from Phase I {tm(t_in + r.randrange(45, 140))} to {dest}; anesthesia ({name_mark(anes, r.choice(['title', 'ilast']))}) aware.")
    if "home" in dest:
        esc = c.relative(r.choice(["wife", "husband", "daughter", "son", "friend"]), phone=True)
        parts.append(f"Escort: {name_mark(esc, r.choice(['full', 'given', 'lf']))} ({esc.rel}), {c.ph(esc.phone)}; will stay overnight. "
                     f"Follow-up call {c.dt(c.day(1), r.choice(['md', 'MonDotD']))}.")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(signoff(c, rn, style=r.choice(["esig", "plain", "lower", "caps"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 23 crisis line call record
@note_type("crisis-line", "crisis line call record")
def t_crisis(r: random.Random):
    c = Ctx(r, age=(14, 89), p_old=0.04, p_foreign=0.0, namesakes={"Stanley": 1})
    cc = c.clin("crisis counselor")
    sup = c.clin("counselor")
    chan = r.choice(["call", "call", "text", "chat"])
    t0 = r.randrange(0, 24 * 60)
    tm = lambda m: f"{(m // 60) % 24:02}:{m % 60:02}"
    cid = f"{r.choice(['988', 'CL', 'LL'])}-{fmt_date(c.enc, 'YYYYMMDD')}-{digits(r, 5, False)}"
    parts = [r.choice(["988 Suicide & Crisis Lifeline — Local Center Contact Record", "CRISIS LINE — CALL RECORD", "Crisis Contact Note (Lifeline network)"])]
    parts.append(f"Contact ID {OID(cid)}   Channel: {chan}   Start {c.dt(c.enc, r.choice(['mdY', 'iso', 'MonDY']))} {tm(t0)}   "
                 f"Counselor {name_mark(cc, r.choice(['given', 'gi', 'full']))} (ID {OID(digits(r, 4, False))})")
    if chan == "call":
        parts.append(f"Caller ID: {c.ph(c.pt.phone, r.choice(['bare', 'dash', 'plus1_sp', 'paren']))} ({r.choice(['wireless', 'landline', 'VoIP'])}); "
                     f"callback verified {r.choice(['Y', 'N'])}.")
    else:
        handle = r.choice([f"@{ascii_fold(c.pt.given.split()[0]).lower()}.{ascii_fold(c.pt.family[:1] or 'x').lower()}_{digits(r, 2)}",
                           f"@{ascii_fold(c.pt.given.split()[0]).lower()}{digits(r, 4)}"])
        parts.append(f"Texter number {c.ph(c.pt.phone, r.choice(['bare', 'plus1_sp', 'dash']))}; mentioned Instagram {OID(handle)}; "
                     f"chat session IP {IP(ipv4(r) if r.random() < 0.7 else ipv6(r))}.")
    nm = name_mark(c.pt, r.choice(["given", "lower", "nick", "given"]))
    ag = c.age_txt(r.choice(["num", "num", "yo", "words"]))
    parts.append(f"Identified as {nm}, age {ag} (self-report), {r.choice(['at home', 'in a parked car', 'walking', 'at a friend’s apartment'])}.")
    loc = r.choice([f"in the lot behind the laundromat on {ADDR(r.choice(STREET_NAMES) + ' ' + r.choice(STREET_TYPES[:6]))}",
                    f"at {c.addr.one_line()}", f"near {ADDR(r.choice(STREET_NAMES) + ' & ' + r.choice(STREET_NAMES))} in {CITY(c.addr.city)}"])
    parts.append(f"Location given: {loc}.")
    if c.navajo_desc:
        parts.append(f"Home directions given for mobile team: {ADDR(c.navajo_desc)}.")
    ssrs = r.choice(["passive ideation only", "active ideation without plan", "active ideation with plan, no intent", "plan and intent, means available"])
    parts.append(f"Risk: {EP('Columbia')} ({ABBR('C-SSRS')}) screen — {ssrs}; prior attempt {r.choice(['none', 'overdose ' + D(fmt_date(c.ago(300, 2000), r.choice(['MonY', 'm/Y']))), 'denies'])}; "
                 f"{r.choice(['drinking tonight', 'no substances', 'took extra ' + DRUG('quetiapine 100 mg') + ' x2 earlier'])}. PHQ-9 from last clinic visit {SCORE(str(r.randrange(10, 27)))}.")
    if chan != "call":
        parts.append("Transcript excerpt:")
        parts.append(f"  texter: {r.choice(['idk anymore', 'im so tired of everything', 'my mom doesnt get it'])} "
                     f"{r.choice(['', 'my therapist is ' + name_mark(c.clin('counselor', outside=True), 'lower') + ' and is on vacation til the 20th'])}")
        parts.append(f"  counselor: thank you for telling me. are you safe right now?")
    q = c.relative(r.choice(["sister", "brother", "mother", "roommate", "girlfriend", "boyfriend"]) if c.age >= 18 else r.choice(["mother", "father", "aunt"]))
    parts.append(f"Protective: {q.rel} {name_mark(q, r.choice(['given', 'full', 'lower']))} ({c.ph(q.phone)}) agreed to come over; "
                 f"firearm {r.choice(['none in home', 'locked at a friend’s since ' + c.dts(c.ago(1, 30)), 'removed by ' + name_mark(q, 'given')])}.")
    parts.append(f"Resources texted: 988lifeline.org, findtreatment.gov. Plan: {EP('Stanley-Brown')} safety plan completed ({r.choice(['warning signs, coping, contacts, means', 'sent by text'])}); "
                 f"{r.choice(['mobile crisis team dispatched — ETA 40 min', 'warm transfer to clinic on-call', 'follow-up call at 1000 tomorrow', 'welfare check requested'])}.")
    t_end = t0 + r.randrange(18, 50)
    if r.random() < 0.35:
        off = c.other("police officer")
        t_end = t0 + r.randrange(62, 95)
        parts.append(f"Welfare check: Officer {name_mark(off, r.choice(['family', 'full']))}, badge {OID(digits(r, 4))}, on scene {tm(t0 + r.randrange(20, 60))}; "
                     f"incident {OID(f'{r.randrange(23, 26)}-{digits(r, 6)}')}.")
    parts.append(f"End {tm(t_end)}. Reviewed with supervisor {name_mark(sup, r.choice(['full', 'gi']))}. {c.word_line()}")
    fu = c.day(1)
    parts.append(f"Follow-up {c.dt(fu, r.choice(['md', 'mdY', 'MonDotD']))} {r.choice(['10:02', '11:40', '16:15'])}: "
                 + r.choice([f"reached {name_mark(c.pt, r.choice(['given', 'lower']))} at {c.ph(c.pt.phone, 'dash')}; slept at {q.rel}'s, "
                             f"intake with {r.choice(['community mental health', 'a peer support specialist', 'the outpatient clinic'])} on {c.dts(c.day(r.randrange(2, 9)))}.",
                             f"no answer x2, voicemail left at {c.ph(c.pt.phone, 'dash')}; second attempt per protocol in 4 h.",
                             f"spoke with {q.rel} {name_mark(q, 'given')} — caller safe, sleeping, agreed to call 988 again if needed."]))
    if r.random() < 0.5:
        parts.append(f"Referral sent to {r.choice(['county mobile crisis', 'youth crisis stabilization unit'] if c.age < 18 else ['county mobile crisis', 'adult crisis stabilization unit', 'veterans crisis line'])} "
                     f"(referral {OID(digits(r, 8))}); consent to share {r.choice(['verbal, documented', 'declined', 'not obtained — imminent risk exception'])}.")
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 24 emergency psychiatric hold application
HOLDS = {
    "FL": ("Baker Act", "BA-52b Report of Law Enforcement Officer Initiating Involuntary Examination", "Marchman Act"),
    "CA": ("W&I Code 5150", "Application for 72-Hour Detention for Evaluation and Treatment", "Laura's Law"),
    "NY": ("MHL 9.39", "Emergency admission — 2PC application", "Kendra's Law"),
    "PA": ("Section 302", "Application for Involuntary Emergency Examination and Treatment", None),
    "MA": ("Section 12(a)", "Application for Temporary Involuntary Hospitalization", None),
}
HOLD_OTHER = ("emergency detention statute", "Emergency Detention — Application and Physician Certificate", None)


@note_type("psych-hold", "emergency psychiatric hold application")
def t_hold(r: random.Random):
    c = Ctx(r, age=(16, 89), p_old=0.06, p_foreign=0.0, namesakes={"Marchman": 1, "Tarasoff": 1},
            states=tuple(HOLDS) if r.random() < 0.8 else None)
    law, form, other_law = HOLDS.get(c.addr.region, HOLD_OTHER)
    if law == "Baker Act":
        law = EP("Baker Act")
    md = c.clin("physician")
    sw = c.clin("SW")
    pet_kind = r.choice(["officer", "family", "clinician"])
    when = c.ago(0, 2)
    t = r.randrange(0, 24 * 60)
    parts = [f"{form}\n({law}) — {c.hosp}"]
    parts.append(f"Person: {name_mark(c.pt, r.choice(['full', 'lf', 'LF', 'nick', 'nick_q']))}   AKA {name_mark(c.pt, r.choice(['given', 'lower', 'ilast']))}   "
                 f"DOB {c.dt(c.dob, r.choice(['mdY', 'mdy', 'MMDDYYYY']))}   Age {c.age_txt(r.choice(['num', 'yrs']))}")
    if c.native_date(c.dob):
        parts.append(f"Consular ID shows DOB {c.native_date(c.dob)}; interpreter requested ({c.lang() or 'language per family'}).")
    if r.random() < 0.45:
        parts.append(f"SSN {c.ssn_txt(r.choice(['dash', 'bare', 'space', 'endash']))}   Veteran: {r.choice(['no', 'yes — VA notified', 'unknown'])}")
    parts.append(f"Address: {c.addr.one_line()}" + (f"   County of residence: {c.county('')}".rstrip() if c.county() else "")
                 + f"   Phone {c.ph(c.pt.phone)}")
    parts.append(f"Taken into custody: {c.dt(when, r.choice(['mdY', 'mdY_np', 'MonthDY']))} at {t // 60:02}{t % 60:02} at "
                 f"{r.choice([c.addr.street_line(), 'the bus station', 'a gas station on ' + ADDR(r.choice(STREET_NAMES) + ' Rd'), 'the ED waiting room'])}")
    if pet_kind == "officer":
        off = c.other("law enforcement officer")
        parts.append(f"Petitioner: Officer {name_mark(off, r.choice(['full', 'lf']))}, badge #{OID(digits(r, 4))}, "
                     f"{r.choice(['County Sheriff', 'City PD', 'Campus Police'])}; case/CAD {OID(f'{r.randrange(23, 26)}-{digits(r, 7)}')}")
    elif pet_kind == "family":
        pet = c.relative(r.choice([x for x in ["mother", "father", "wife", "husband", "sister", "brother", "son", "daughter"]
                                   if c.rel_age(x) is not None]))
        if other_law in ("Laura's Law", "Kendra's Law") and r.random() < 0.5:
            pet.given = other_law.split("'")[0]
            pet.sex = "F"
            pet.rel = r.choice(["mother", "sister", "wife"])
        parts.append(f"Petitioner: {name_mark(pet, r.choice(['full', 'lf']))} ({pet.rel}), {c.ph(pet.phone)}, residing "
                     f"{r.choice(['at the same address', 'in ' + CITY(r.choice([x[0] for x in US_CITIES]))])}")
    else:
        parts.append(f"Petitioner: {name_mark(sw, r.choice(['full', 'lf']))}, {sw.cred}, {c.ph(c.us_phone(c.area))}")
    quote = r.choice(["“I’m going to drive into the river tonight”", "“they’re pumping gas through the vents, I have to stop them”",
                      "“if my sister calls the landlord again I’ll burn the place down”", "“I haven’t eaten because the food is poisoned”"])
    parts.append(f"Facts: Patient stated {quote}. {r.choice(['Found with a rope in the car.', 'Has not eaten in 4 days, weight ' + VIT(str(r.randrange(40, 60)) + ' kg') + '.', 'Threatened neighbor ' + name_mark(c.other('neighbor'), 'full') + '; ' + EP('Tarasoff') + ' notification made.', 'Refused all medication since discharge.'])} "
                 f"Criteria: {r.choice(['danger to self', 'danger to others', 'gravely disabled', 'danger to self and gravely disabled'])}.")
    parts.append(c.age_prose() + (" " + c.lang_age_quote() if c.lang_age_quote() else ""))
    prior = [c.ago(120, 2500) for _ in range(r.randrange(0, 3))]
    if prior:
        parts.append("Prior holds: " + ", ".join(c.dt(d, r.choice(['mdY', 'MonY', 'm/Y'])) for d in sorted(prior)) + ".")
    parts.append(f"Examination ({c.dt(c.enc, r.choice(['mdY', 'md']))}): {r.choice(['disorganized, responding to internal stimuli', 'tearful, hopeless, poor eye contact', 'pressured speech, grandiose', 'guarded, paranoid'])}; "
                 f"{vitals_line(r, weight=False)}; UDS {r.choice(['positive amphetamine', 'negative', 'positive THC'])}; {LAB(f'BAC {r.choice([0, 0, 0.08, 0.19])}')}. "
                 + (lambda d: f"Dx {DX(d[0])} ({CODE(d[1])}).")(r.choice([
                     ('schizoaffective disorder, bipolar type', 'F25.0'), ('major depressive disorder, severe, with psychotic features', 'F32.3'),
                     ('bipolar I, current episode manic, severe, with psychotic features', 'F31.2'),
                     ('methamphetamine-induced psychotic disorder', 'F15.259')])))
    parts.append(f"Meds given: {DRUG(r.choice(['olanzapine 10 mg IM once', 'haloperidol 5 mg + lorazepam 2 mg IM once', 'risperidone 2 mg PO']))}. "
                 + (f"If substance use predominates, evaluate under the {EP(other_law)}. " if other_law == "Marchman Act" else "")
                 + (f"Assisted outpatient treatment under {EP(other_law)} to be considered at discharge. " if other_law in ("Laura's Law", "Kendra's Law") else "")
                 + f"Receiving facility notified; transport {r.choice(['by ambulance', 'by sheriff', 'secure van'])}.")
    parts.append(f"Advisement of rights given orally at {(t + 30) // 60 % 24:02}{(t + 30) % 60:02}; copy to patient and to "
                 f"{r.choice(['public defender', 'patient rights advocate ' + name_mark(c.other('patient rights advocate'), 'full')])}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(signoff(c, md, style=r.choice(["esig", "plain", "slash_es"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 25 summer camp health form
@note_type("camp-health", "summer camp health form")
def t_camp(r: random.Random):
    c = Ctx(r, age=(7, 17), p_old=0.0, p_foreign=0.02, namesakes={"Williams": 1, "Noonan": 1, "Osgood": 1})
    g1 = c.relative(r.choice(["mother", "father"]))
    g2 = c.relative(r.choice(["grandmother", "aunt", "father", "stepfather"]) if r.random() < 0.6 else "mother")
    doc = c.clin(r.choice(["physician", "NP"]), outside=True)
    nurse = c.clin("RN")
    yr = c.enc.year if c.enc.month <= 6 else c.enc.year + 1
    s0 = dt.date(yr, r.choice([6, 7, 7, 8]), r.randrange(1, 15))
    s1 = s0 + dt.timedelta(days=r.choice([6, 13, 20]))
    cond = r.choice(["asthma", "T1DM", "ADHD", "food allergy", "syndrome", "knee", "none"])
    parts = [f"{r.choice(['Camp Wapiti Ridge', 'Lake Onawa Summer Camp', 'Camp Sunrise (medical specialty camp)', 'YMCA Camp Kinnick'])} — "
             f"Camper Health Form {yr}"]
    parts.append(f"Camper: {name_mark(c.pt, r.choice(['full', 'lf', 'nick', 'full']))}   Goes by: {name_mark(c.pt, 'nick_only')}   "
                 f"DOB {c.dt(c.dob, r.choice(['mdY', 'mdY_np', 'MonthDY']))}   Age at camp {c.age_txt(r.choice(['num', 'yrs']))}")
    parts.append(f"Session {c.dt(s0, r.choice(['md', 'MonthD', 'mdY']))}–{c.dt(s1, r.choice(['md', 'MonthD', 'mdY']))}; cabin {r.choice(['Cedar', 'Loon', 'B-4', 'Osprey'])}")
    parts.append(f"Home: {c.addr.one_line()}")
    parts.append(f"Parent/guardian 1: {c.name(g1, r.choice(['full', 'lf', 'pair']))} ({g1.rel}) cell {c.ph(g1.phone)} "
                 f"{EMAIL(c.email_for(g1))}")
    parts.append(f"Parent/guardian 2: {c.name(g2, r.choice(['full', 'lf']))} ({g2.rel}) {c.ph(g2.phone)}")
    if r.random() < 0.4:
        parts.append(f"Not authorised to pick up: {name_mark(c.other('non-custodial parent'), r.choice(['full', 'upper']))} (court order on file).")
    parts.append(f"Insurance: {c.plan}, ID {HP(c.member)}, group {HP(c.group)}, subscriber {name_mark(g1, 'full')}")
    parts.append(f"Physician: {name_mark(doc, r.choice(['title', 'full']))} {c.ph(c.us_phone(c.area or None))}; last physical {c.dt(c.ago(20, 330), r.choice(['mdY', 'MonY', 'm/Y']))}")
    imm = [("MMR #2", "03", 4), ("varicella #2", "21", 4), ("DTaP #5", "20", 5)] + (
        [("Tdap", "115", 11), ("MenACWY", "114", 11), ("HPV #1", "165", 11)] if c.age >= 12 else [])
    ims = []
    for n, x, at in r.sample(imm, 3):
        d = c.dob + dt.timedelta(days=365 * at + r.randrange(0, 300))
        if d < c.enc:
            ims.append(f"{n} ({CODE(x)}) {c.dt(d, r.choice(['mdY', 'm/Y', 'mdy']))}")
    parts.append("Immunizations: " + ("; ".join(ims) or "see attached state record"))
    if cond == "asthma":
        parts.append(f"Conditions: asthma, moderate persistent. Meds: {DRUG('fluticasone-salmeterol 100/50 mcg 1 inh BID')}; "
                     f"{DRUG('albuterol HFA 90 mcg 2 puffs q4h PRN')} — camper carries own inhaler. Last ED visit {c.dt(c.ago(60, 400), r.choice(['MonY', 'mdY']))}.")
    elif cond == "T1DM":
        sn = letters(r, 2) + digits(r, 8)
        parts.append(f"Conditions: {DX('type 1 diabetes')} ({CODE('E10.9')}); {CODE('Dexcom G7')} CGM (receiver SN {DEV(sn)}), "
                     f"{CODE('Omnipod 5')} pump; {DRUG('insulin lispro per pump, carb ratio 1:12')}; {DRUG('glucagon 3 mg nasal PRN severe low')}. "
                     f"Share code for camp nurse: {URL('https://share.example-cgm.com/f/' + letters(r, 6, 'abcdefghjkmnpqrstuvwxyz') + digits(r, 3))}.")
    elif cond == "ADHD":
        parts.append(f"Conditions: ADHD. Meds: {DRUG('methylphenidate ER 36 mg at 0730')}; {DRUG('guanfacine ER 1 mg at bedtime')}. Sleepwalks occasionally.")
    elif cond == "food allergy":
        parts.append(f"Allergies: peanut and tree nut (anaphylaxis {c.dt(c.ago(300, 2000), r.choice(['m/Y', 'MonY']))}). {DRUG('EpiPen 0.3 mg IM')} x2 — one on camper, one with nurse; "
                     f"{DRUG('cetirizine 10 mg daily')}.")
    elif cond == "syndrome":
        syn = r.choice(["Williams syndrome", "Noonan syndrome", "Prader-Willi syndrome", "Angelman syndrome"])
        parts.append(f"Conditions: {EP(syn)}; {r.choice(['supravalvular aortic stenosis, cleared by cardiology', 'pulmonic stenosis s/p valvuloplasty', 'locked pantry needed', 'seizures — ' + DRUG('levetiracetam 250 mg BID')])}. "
                     f"1:1 counselor requested.")
    elif cond == "knee":
        parts.append(f"Conditions: {EP('Osgood-Schlatter disease')} both knees; OK for all activities, ice after; {DRUG('ibuprofen 200 mg PRN')}.")
    else:
        parts.append("Conditions: none reported. No daily medications.")
    if c.namesake == "Williams" and cond != "syndrome":
        parts.append(f"Sibling at camp last year had {EP('Williams syndrome')}; no special needs this camper.")
    parts.append(f"Swim level: {r.choice(['non-swimmer', 'beginner', 'intermediate', 'advanced'])}. Height {VIT(f'{r.randrange(120, 180)} cm')}, weight {VIT(f'{r.randrange(22, 75)} kg')}.")
    parts.append(f"Authorisation: I consent to emergency treatment. Signed {name_mark(g1, 'full')} {c.dt(c.enc, r.choice(['mdY', 'mdy']))}.")
    parts.append(f"Camp nurse review: {name_mark(nurse, r.choice(['gi', 'full', 'initials']))} — {r.choice(['OK', 'meds counted and locked', 'needs updated action plan'])}. {c.word_line()}")
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 26 foster care intake health assessment
@note_type("foster-intake", "foster care intake health assessment")
def t_foster(r: random.Random):
    c = Ctx(r, age=(1, 17), p_old=0.0, p_foreign=0.0, namesakes={"Peabody": 1, "Vineland": 1})
    fm = c.relative("foster mother", sex="F", same_family=False)
    bm = c.relative("mother", sex="F", same_family=r.random() < 0.5, phone=r.random() < 0.5)
    cw = c.other("caseworker")
    judge = c.other("judge")
    casa = c.other("CASA volunteer")
    peds = c.clin(r.choice(["physician", "NP"]))
    case = r.choice([f"{digits(r, 2)}-JV-{digits(r, 5)}", f"DCS {digits(r, 8)}", f"JD-{r.randrange(23, 26)}-{digits(r, 4)}"])
    placed = c.ago(1, 4)
    prior = make_us_address(r)
    parts = [header(c, "Foster Care Entry — Initial Health Screen (within 72 h of placement)", style=r.choice(["pipe", "tab", "narr", "sticker", "email", "yaml"]))]
    parts.append(f"Placed {c.dt(placed, r.choice(['mdY', 'MonthDY', 'md']))} with {name_mark(fm, r.choice(['full', 'lf']))} (foster mother), {c.ph(fm.phone)}; "
                 f"foster home {c.addr.one_line()}.")
    parts.append(f"Removed from {prior.one_line()} (prior address). Custody: {r.choice(['DCS', 'CPS', 'county human services'])} case {OID(case)}; "
                 f"caseworker {name_mark(cw, r.choice(['full', 'lf']))} {c.ph(c.us_phone(c.area))}, {EMAIL(c.email_for(cw, r.choice(['dcs.state.us', 'cfs.state.us'])))}")
    parts.append(f"Court: shelter hearing before Judge {name_mark(judge, r.choice(['family', 'full']))} on {c.dt(c.day(r.randrange(2, 12)), r.choice(['mdY', 'MonthD']))}; "
                 f"CASA {name_mark(casa, r.choice(['full', 'given']))}.")
    parts.append(f"Biological mother: {c.name(bm, r.choice(['full', 'lf', 'nick']))}" + (f", {c.ph(bm.phone)}" if bm.phone else ", no working phone")
                 + f"; visits {r.choice(['supervised weekly', 'suspended', 'not yet scheduled'])}.")
    parts.append(f"SSN {c.ssn_txt(r.choice(['dash', 'bare', 'space', 'last4']))} (from birth certificate packet). Medicaid {HP(c.medicaid)} (active {c.dt(placed, 'md')}). Records requested from {c.hosp2}; last WCC {c.dt(c.ago(200, 900), r.choice(['MonY', 'm/Y', 'mdY']))}.")
    parts.append(f"Exam: {vitals_line(r, kid=c.age)}; {r.choice(['healthy-appearing', 'thin, guarded', 'active, engaged'])}; "
                 f"{r.choice(['patterned bruising L upper arm — photographed, CPS notified', 'healing scabies burrows', 'dental caries x6', 'no bruising; skin intact', 'café-au-lait macule x2'])}. "
                 f"{EP('Snellen')} {VIT(r.choice(['20/20', '20/30', '20/40']))} OU. Lead {LAB(f'{r.randrange(1, 12)} mcg/dL')}.")
    if c.age < 6:
        parts.append(f"Development: ASQ-3 {r.choice(['communication below cutoff', 'all domains above cutoff', 'gross motor monitoring zone'])}; "
                     f"{EP('Peabody')} Picture Vocabulary Test deferred; {EP('Vineland')} Adaptive Behavior Scales to EI. Refer to early intervention.")
    else:
        parts.append(f"Behavioral: PHQ-A {SCORE(str(r.randrange(0, 20)))}; SCARED {SCORE(str(r.randrange(8, 50)))}; {EP('Vineland')} by school psych pending; "
                     f"school {r.choice(['enrolled, grade ' + str(max(1, c.age - 5)), 're-enrollment needed'])}; {EP('Tanner')} stage {SCORE(str(min(5, max(1, c.age - 9))))}.")
    parts.append(f"Meds on arrival: {meds_list(r, 1) if c.age >= 12 and r.random() < 0.4 else DRUG(r.choice(['none', 'cetirizine 5 mg daily', 'polyethylene glycol 8.5 g daily', 'albuterol HFA 90 mcg 2 puffs PRN']))}. "
                 f"Immunizations per registry ID {OID(digits(r, 9))}: {r.choice(['up to date', 'behind — catch-up started', 'unknown, titers drawn'])}.")
    parts.append(f"Plan: comprehensive exam within 30 days ({c.dt(c.day(r.randrange(10, 30)), r.choice(['md', 'mdY']))}); dental; trauma-informed therapy referral. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 0, 1])))
    parts.append(signoff(c, peds, style=r.choice(["esig", "plain", "lfparen"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 27 air medical transport record
@note_type("air-medical", "air medical transport record")
def t_air(r: random.Random):
    c = Ctx(r, age=(1, 89), p_old=0.1, p_foreign=0.0, namesakes={"Kendrick": 1, "Sager": 1, "Wallace": 1, "Broselow": 1})
    fn = c.clin("flight nurse")
    fm_ = c.clin("flight medic")
    pilot = c.other("pilot")
    recv = c.clin("physician", outside=True)
    tail = f"N{r.randrange(1, 999)}{r.choice(['', letters(r, 1), letters(r, 2)])}"
    if len(tail) > 6:
        tail = tail[:6]
    kind = r.choice(["scene", "scene", "interfacility"])
    t0 = r.randrange(0, 24 * 60)
    tm = lambda m: f"{(m // 60) % 24:02}{m % 60:02}"
    alias = f"{r.choice(['ZZTRAUMA', 'UNKNOWN', 'TRAUMA'])}, {r.choice(['ECHO', 'ZULU', 'KILO', 'BRAVO', 'DELTA'])}"
    parts = [f"{r.choice(['AirCare', 'LifeFlight', 'Mercy Air', 'Prairie Flight'])} {r.randrange(1, 9)} — Patient Care Record   Run {OID(f'{c.enc.year % 100}-{digits(r, 5)}')}"]
    parts.append(f"Aircraft {CODE(r.choice(['Bell 407GXi', 'Airbus H135', 'Pilatus PC-12', 'AW109SP']))} tail {VEH(tail)}   Date {c.dt(c.enc, r.choice(['mdY', 'iso', 'DD-MON-YY']))}   "
                 f"Paged {tm(t0)} / lift {tm(t0 + r.randrange(6, 14))} / pt contact {tm(t0 + r.randrange(25, 45))}")
    if kind == "scene":
        lat, lon = r.randrange(31000, 47000) / 1000, -r.randrange(86000, 118000) / 1000
        loc = r.choice([f"{lat:.4f}, {lon:.4f}", f"N {abs(lat):.4f} W {abs(lon):.4f}"])
        parts.append(f"Scene: {r.choice(['MVC rollover', 'farm PTO entanglement', 'fall from roof, 14 ft', 'ATV crash', 'house fire'])}; LZ at "
                     f"{ADDR(loc)} (GPS), {r.choice(['hayfield', 'school parking lot', 'highway shoulder'])}; ground unit Medic {r.randrange(1, 30)}.")
        idd = f"DL {LIC(letters(r, 1) + digits(r, 8))}, " if c.age >= 16 else "per parent by phone, "
        parts.append(f"Patient initially registered as {alias}; identified en route as {name_mark(c.pt, r.choice(['full', 'LF', 'lf']))} "
                     f"({idd}DOB {c.dt(c.dob, r.choice(['mdY', 'MMDDYYYY']))}).")
    else:
        parts.append(f"Interfacility: {c.hosp2} ED → {c.hosp}; sending MD {name_mark(c.clin('physician', outside=True), r.choice(['title', 'full']))} "
                     f"{c.ph(c.us_phone())}; transfer ID {OID(f'TC{digits(r, 7)}')}.")
        parts.append(f"Patient: {name_mark(c.pt, r.choice(['full', 'LF', 'lf']))}  DOB {c.dt(c.dob, r.choice(['mdY', 'iso']))}  MRN (sending) {MRN(c.mrn)}")
    parts.append((c.age_prose() + " " if r.random() < 0.4 and c.age >= 18 else "") + f"Age {c.age_txt(r.choice(['num', 'Y', 'yo']))}, est. wt {VIT(f'{r.randrange(12, 120)} kg')}"
                 + (f" ({EP('Broselow')} {r.choice(['green', 'orange', 'blue', 'purple'])})" if c.age < 12 else "") + ".")
    gcs = r.randrange(3, 16)
    parts.append(f"Assessment: {ABBR('GCS')} {SCORE(str(gcs))}; {vitals_line(r, weight=False, kid=c.age if c.age < 18 else None)}; "
                 f"{r.choice(['open femur fx L', 'unstable pelvis', 'partial-thickness burns ~' + str(r.randrange(10, 45)) + '% TBSA by ' + EP('Wallace') + ' rule of nines', 'flail chest R', 'STEMI inferior'])}.")
    parts.append(f"Interventions: {r.choice(['RSI — ' + DRUG('ketamine 2 mg/kg IV') + ', ' + DRUG('rocuronium 1 mg/kg IV') + '; ETT 7.5 at 23 cm, ETCO2 ' + VIT('38 mmHg'), 'high-flow O2, no airway needed'])}; "
                 f"{r.choice([EP('Sager') + ' traction splint', EP('Kendrick') + ' extrication device (by ground)', 'pelvic binder', 'needle decompression R 2nd ICS'])}; "
                 f"{DRUG(r.choice(['TXA 1 g IV over 10 min', 'fentanyl 50 mcg IV q5min PRN', 'LR per Parkland formula', 'whole blood 1 unit']))}. "
                 f"Monitor {CODE(r.choice(['Zoll X Series', 'LIFEPAK 15', 'Corpuls3']))}.")
    parts.append("En route:")
    nk = r.randrange(2, 4)
    for k in range(nk):
        gcs = max(3, min(15, gcs + r.choice([-1, 0, 0, 1])))
        parts.append(f"  {tm(t0 + 50 + 12 * k)}  {vitals_line(r, sep=' ', weight=False, kid=c.age if c.age < 18 else None)}  {ABBR('GCS')} {SCORE(str(gcs))}")
    if c.native_date(c.dob) and r.random() < 0.7:
        parts.append(f"Foreign ID card in wallet: DOB {c.native_date(c.dob)}.")
    parts.append(f"Home address (per ID/registration): {c.addr.one_line()}. Billing: {c.plan}, {HP(c.member)}"
                 + (f", SSN {c.ssn_txt(r.choice(['last4', 'ending', 'mask']))}" if r.random() < 0.4 else "") + "; "
                 f"{r.choice(['no insurance card on scene', 'card photographed', 'guarantor to be confirmed'])}.")
    parts.append(f"Handoff {tm(t0 + 50 + 12 * nk + r.randrange(3, 20))} to {name_mark(recv, r.choice(['title', 'full']))} (trauma bay 2). "
                 + (f"Family: {(q := c.relative(r.choice(['wife', 'husband', 'mother', 'father']) if c.age >= 18 else 'mother')).rel} "
                    f"{name_mark(q, r.choice(['given', 'full']))} driving from {CITY(c.addr.city)}, {c.ph(q.phone)}." if r.random() < 0.6 else "")
                 + f" {c.word_line()}")
    parts.append(f"Crew: {name_mark(fn, r.choice(['full', 'lf']))}, {fn.cred}; {name_mark(fm_, r.choice(['full', 'gi']))}, {fm_.cred}; pilot {name_mark(pilot, r.choice(['full', 'family']))}.")
    parts.append(extras(c, r.choice([0, 0, 1])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 28 DEXA bone density report
@note_type("dexa", "bone density (DXA) report")
def t_dexa(r: random.Random):
    c = Ctx(r, age=(45, 89), p_old=0.2, namesakes={"Sheehan": 1, "Looser": 1, "Albright": 1, "Milkman": 1})
    rad = c.clin("physician")
    tech = c.clin("rad tech")
    ordp = c.clin(r.choice(["physician", "NP"]), outside=True)
    scanner, sn = r.choice([("Hologic Horizon A", "H" + digits(r, 6)), ("GE Lunar iDXA", digits(r, 6)), ("Hologic Discovery W", digits(r, 5, True))])
    prior = c.ago(700, 1500)
    parts = [header(c, "Dual-energy X-ray absorptiometry (DXA)", style=r.choice(["banner", "pipe", "tab", "addressograph", "sticker", "hl7", "email", "yaml"]))]
    parts.append(f"Exam date {c.dt(c.enc, r.choice(['mdY', 'iso', 'MonDY', 'YMonD']))}   Accession {OID(f'BD{digits(r, 8)}')}   "
                 f"Ordered by {name_mark(ordp, r.choice(['lf', 'title']))} ({CODE('77080')}, {CODE('M81.0')})")
    parts.append(f"Scanner {CODE(scanner)} SN {DEV(sn)}; technologist {name_mark(tech, r.choice(['initials', 'gi', 'full']))}, {tech.cred}.")
    parts.append(f"Patient: {c.age_txt(r.choice(['yo', 'y/o', 'Y', 'yob', 'yob_typo']))} {'postmenopausal woman' if c.pt.sex == 'F' else 'man'}, "
                 f"ht {VIT(f'{r.randrange(145, 188)} cm')}, wt {VIT(f'{r.randrange(42, 110)} kg')}. Risk factors: "
                 f"{r.choice(['prior wrist fracture', 'glucocorticoid use (' + DRUG('prednisone 7.5 mg daily') + ')', 'parental hip fracture', 'smoker', 'none'] + (['aromatase inhibitor (' + DRUG('anastrozole 1 mg daily') + ')', EP('Sheehan syndrome') + ' on replacement'] if c.pt.sex == 'F' else ['androgen deprivation (' + DRUG('leuprolide 22.5 mg IM q3 months') + ')']))}.")
    rows = [("L1–L4", r.randrange(700, 1150) / 1000), ("Femoral neck L", r.randrange(520, 900) / 1000),
            ("Total hip L", r.randrange(600, 1000) / 1000), ("1/3 radius", r.randrange(550, 820) / 1000)]
    parts.append("Region        | BMD g/cm² | T-score | Z-score")
    tmin = 9.0
    for reg, bmd in rows[:r.randrange(3, 5)]:
        t = round(r.randrange(-38, 5) / 10, 1)
        z = round(t + r.randrange(5, 20) / 10, 1)
        tmin = min(tmin, t)
        parts.append(f"{reg:<13} | {LAB(f'{bmd:.3f}')} | {SCORE(f'{t:+.1f}')} | {SCORE(f'{z:+.1f}')}")
    cat = "osteoporosis" if tmin <= -2.5 else "low bone mass (osteopenia)" if tmin < -1 else "normal"
    parts.append(f"Vertebrae excluded: {r.choice(['none', 'L3 (degenerative)', 'L1 and L4 (compression, artifact)'])}. {EP('Ward')}'s triangle not reported.")
    parts.append(f"Compared with {c.dt(prior, r.choice(['mdY', 'MonY', 'mdy']))}: total hip {r.choice(['-', '+'])}{r.randrange(1, 60) / 10}% "
                 f"({r.choice(['not significant, LSC 2.8%', 'significant loss', 'stable'])}).")
    maj, hip = r.randrange(40, 350) / 10, r.randrange(3, 90) / 10
    parts.append(f"FRAX (US, {r.choice(['femoral neck BMD', 'with TBS'])}): major osteoporotic {LAB(f'{maj}%')}, hip {LAB(f'{hip}%')}. "
                 f"TBS {LAB(f'{r.randrange(1100, 1450) / 1000:.3f}')}.")
    parts.append(f"IMPRESSION: {DX(cat)} by WHO criteria (lowest T-score {SCORE(f'{tmin:+.1f}')}). "
                 + ("Treatment threshold met (FRAX hip ≥3% or MOF ≥20%). " if (hip >= 3 or maj >= 20 or tmin <= -2.5) else "")
                 + r.choice(["", f"No radiographic {EP('Looser zones')}; osteomalacia not suggested. ", f"Consider {EP('Milkman syndrome')} if pain persists. "])
                 + f"Repeat in {r.choice(['2 years', '1 year on therapy'])} on the same scanner.")
    parts.append(f"Labs from chart: {lab_line(r, 3)}; calcium {LAB(f'{r.randrange(84, 104) / 10} mg/dL')}. Current: {meds_list(r, 2, ', ')}. {c.word_line()}")
    if c.namesake in ("Albright", "Milkman") and r.random() < 0.7:
        parts.append(f"History: cousin with {EP('McCune-Albright syndrome')}.")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, rad, style=r.choice(["esig", "dictated", "lfparen", "plain"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 29 nerve conduction study report
@note_type("ncs-emg", "nerve conduction study report")
def t_ncs(r: random.Random):
    c = Ctx(r, age=(19, 89), p_old=0.1, namesakes={"Martin": 1, "Gruber": 1, "Guyon": 1, "Froment": 1, "Lambert": 1, "Fisher": 1})
    emg = c.clin("physician")
    tech = c.clin("EP tech")
    ref = c.clin(r.choice(["physician", "NP"]), outside=True)
    q = r.choice(["CTS", "ulnar", "radic", "poly", "lems"])
    parts = [header(c, "ELECTRODIAGNOSTIC CONSULTATION — NCS/EMG", style=r.choice(["banner", "tab", "pipe", "addressograph", "narr", "email", "yaml"]))]
    parts.append(f"Date {c.dt(c.enc, r.choice(['mdY', 'DD-MON-YY', 'iso']))}   Referred by {name_mark(ref, r.choice(['title', 'lf']))} "
                 f"(fax {c.ph(c.us_phone(c.area or None), cat='FAX')})   Instrument {CODE(r.choice(['Natus UltraPro S100', 'Cadwell Sierra Summit', 'Nihon Kohden Neuropack X1']))}")
    reason = {"CTS": "numbness of the right hand at night, " + EP("Tinel") + " and " + EP("Phalen") + " positive",
              "ulnar": "weakness of the left hand; " + EP("Froment sign") + " and " + EP("Wartenberg sign") + " positive",
              "radic": "neck pain radiating to the right thumb",
              "poly": "burning feet for 2 years, diabetes " + LAB(f"HbA1c {r.randrange(62, 110) / 10}%"),
              "lems": "proximal weakness, dry mouth; small-cell lung cancer workup"}[q]
    parts.append(f"Reason: {reason}. Skin temp {VIT(f'{r.randrange(310, 340) / 10} °C')} (hand).")
    parts.append("Nerve / site        | lat ms | amp | CV m/s")
    nerves = [("R median motor (APB)", "mV"), ("R median sensory (D2)", "µV"), ("R ulnar motor (ADM)", "mV"),
              ("L ulnar sensory (D5)", "µV"), ("R sural", "µV"), ("R peroneal motor (EDB)", "mV")]
    for n, unit in r.sample(nerves, r.randrange(3, 6)):
        lat = r.randrange(20, 62) / 10
        amp = r.randrange(2, 140) / 10 if unit == "mV" else r.randrange(3, 45)
        cv = r.randrange(32, 62)
        parts.append(f"{n:<19} | {LAB(f'{lat}')} | {LAB(f'{amp} {unit}')} | {LAB(str(cv))}")
    parts.append(f"F-waves: {r.choice(['normal', 'prolonged in the legs', 'absent R median'])}. "
                 f"{r.choice(['A ' + EP('Martin-Gruber anastomosis') + ' was present on the right.', 'No ' + EP('Martin-Gruber anastomosis') + '.'])}")
    if q == "lems":
        parts.append(f"Repetitive stimulation 3 Hz: {r.randrange(12, 30)}% decrement; post-exercise increment {r.randrange(100, 260)}% — consistent with "
                     f"{EP('Lambert-Eaton')} myasthenic syndrome. VGCC antibodies {r.choice(['pending', 'positive'])}.")
    parts.append(f"Needle EMG: {r.choice(['R FDI and ADM fibrillations 2+, reduced recruitment', 'R C6 myotome: PSWs in pronator teres and paraspinals', 'normal in all muscles tested', 'distal leg chronic reinnervation'])}.")
    impression = {"CTS": f"moderate right {DX('carpal tunnel syndrome')} ({CODE('G56.01')})",
                  "ulnar": f"left ulnar neuropathy, localised to {r.choice(['the elbow', EP('Guyon canal')])} ({CODE('G56.22')})",
                  "radic": f"right C6 radiculopathy, subacute ({CODE('M54.12')})",
                  "poly": f"length-dependent sensorimotor axonal {DX('polyneuropathy')} ({CODE('E11.42')})",
                  "lems": f"presynaptic NMJ disorder, {EP('Lambert-Eaton')} pattern ({CODE('G73.1')})"}[q]
    parts.append(f"IMPRESSION: {impression}. No evidence of {r.choice([EP('Miller Fisher') + ' variant', EP('Parsonage-Turner syndrome'), EP('Charcot-Marie-Tooth') + ' pattern'])}.")
    parts.append(f"Performed by {name_mark(tech, r.choice(['full', 'gi']))}, {tech.cred} (NCS); needle by physician. Meds: {meds_list(r, 2, ', ')}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, emg, style=r.choice(["esig", "slash_es", "dictated", "plain"])))
    return c, "\n".join(x for x in parts if x)


# ---------------------------------------------------------------- 30 against-medical-advice discharge form
AMA_DX = [
    ("cellulitis of the perineum", "L03.315", [f"spread to {EP('Fournier gangrene')}", "sepsis", "loss of tissue needing surgery"]),
    ("acute cholangitis", "K83.09", [f"worsening infection (all of {EP('Charcot triad')} present on arrival)", "septic shock",
                                     f"missed obstructing mass ({EP('Courvoisier sign')} noted)"]),
    ("submandibular abscess", "K12.2", [f"{EP('Ludwig angina')} with airway compromise", "spread to the neck and chest", "sepsis"]),
    ("alcohol withdrawal", "F10.239", ["seizures", f"{EP('Wernicke encephalopathy')}", "delirium tremens"]),
    ("chest pain, troponin pending", "R07.9", ["myocardial infarction", "arrhythmia", f"missed pulmonary embolism ({EP('Virchow triad')} risk factors)"]),
    ("DKA", "E11.10", ["cerebral edema", "dangerous potassium levels", "coma"]),
]


@note_type("ama-discharge", "against-medical-advice discharge form")
def t_ama(r: random.Random):
    c = Ctx(r, age=(18, 89), p_old=0.08, namesakes={"Ludwig": 1, "Fournier": 1, "Charcot": 1, "Courvoisier": 1})
    md = c.clin("physician")
    rn = c.clin("RN")
    wit = c.other(r.choice(["security officer", "patient representative"]))
    dx = r.choice(AMA_DX)
    if c.namesake:
        need = [x for x in AMA_DX if any(c.namesake in y for y in x[2])]
        if need:
            dx = r.choice(need)
    risks = r.sample(dx[2], 2)
    if c.namesake and not any(c.namesake in x for x in risks):
        risks = [x for x in dx[2] if c.namesake in x][:1] + risks[:1]
    t = r.randrange(0, 24 * 60)
    parts = [header(c, "DISCHARGE AGAINST MEDICAL ADVICE — Release and Acknowledgement", att=md,
                    style=r.choice(["addressograph", "banner", "sticker", "pipe"]))]
    parts.append(f"Admitted {c.dt(c.ago(0, 4), r.choice(['mdY', 'md', 'MonDotDY']))} for {DX(dx[0])} ({CODE(dx[1])}). Leaving on {c.dt(c.enc, r.choice(['mdY', 'mdy', 'iso']))} at {t // 60:02}{t % 60:02}.")
    parts.append(f"I, {name_mark(c.pt, r.choice(['full', 'fullmid', 'upper']))}, am leaving {c.hosp} against the advice of my physician, "
                 f"{name_mark(md, r.choice(['title', 'full']))}. The risks explained to me include: {risks[0]}; {risks[1]}; and death. "
                 f"I may return at any time.")
    parts.append(f"Capacity: {r.choice(['alert and oriented x4; repeats back risks in own words', 'intoxicated earlier, now BAC ' + LAB('0.04') + '; capacity judged intact', 'understands, appreciates, reasons and expresses a choice'])}. "
                 f"{c.age_prose()} Reason given: {r.choice(['“my dog is alone”', '“I have to work tomorrow or I lose the job”', '“nobody tells me anything here”', 'childcare', 'wants to smoke'])}.")
    parts.append(f"Vitals at departure {vitals_line(r, weight=False)}. Labs pending: {lab_line(r, 2)}.")
    parts.append(f"Given: prescriptions for {meds_list(r, 1)} and {DRUG(r.choice(['amoxicillin-clavulanate 875/125 mg BID x10 days', 'cephalexin 500 mg QID x7 days', 'chlordiazepoxide 25 mg taper', 'aspirin 81 mg daily']))}; "
                 f"IV removed, catheter tip intact; follow-up with {name_mark(c.clin(r.choice(['physician', 'NP']), outside=True), 'title')} "
                 f"on {c.dt(c.day(r.randrange(1, 6)), r.choice(['md', 'MonthD', 'MonDotD']))}.")
    ride = r.random() < 0.6
    if ride:
        q = c.relative(r.choice(["friend", "brother", "sister", "girlfriend", "boyfriend", "cousin"]))
        parts.append(f"Left with {q.rel} {name_mark(q, r.choice(['given', 'full', 'lower']))} ({c.ph(q.phone)}) in a "
                     f"{r.choice(['gray', 'black', 'red', 'white'])} {r.choice(['Nissan Altima', 'Dodge Durango', 'Honda Civic', 'Jeep Cherokee'])}, "
                     f"plate {VEH(plate(r))}; staying at {q.rel}'s, {make_us_address(r, (c.addr.city, c.addr.region, c.addr.zip[:3], ['000'])).street_line() if c.addr.us else 'address not given'}.")
    else:
        parts.append(f"Left on foot; phone on file {c.ph(c.pt.phone)}; declined to give a destination.")
    signed = r.choice(["signed", "refused to sign", "left before signing"])
    parts.append(f"Patient {signed}" + (f" {c.dt(c.enc, 'mdY')}" if signed == "signed" else "") + f". Witness: {name_mark(wit, r.choice(['full', 'lf']))} ({wit.rel}).")
    parts.append(f"RN {name_mark(rn, r.choice(['full', 'gi']))} notified the attending at {(t + 5) // 60 % 24:02}{(t + 5) % 60:02}; "
                 f"callback attempted next morning {c.ph(c.pt.phone, 'dash')}. {c.word_line()}")
    parts.append(extras(c, r.choice([0, 1])))
    parts.append(signoff(c, md, style=r.choice(["esig", "plain", "lfparen"])))
    return c, "\n".join(x for x in parts if x)
