"""Pools, templates and annotation helpers for the tune5 split (see generate_tune5.py).

Written from README.md and score.py only (and generate_tune4.py for the record mechanics),
apart from the scrubber and the other splits' templates and notes. Everything here is
invented. Deterministic: every random stream is a random.Random seeded by a string; no
set iteration, no dependence on the date or the environment. Python 3.11, standard library.

Mark-up: \\x01CAT\\x02text\\x03 is a PHI span, \\x01k:KIND\\x02text\\x03 a keep span
(generate_tune5.parse turns it into offsets).
"""

from __future__ import annotations

import datetime as dt
import random
import re

# --------------------------------------------------------------------------------------
# mark-up

MARK_RE = re.compile("\x01([^\x02\x01\x03]+)\x02([^\x01\x02\x03]*)\x03")


def P(cat: str, s) -> str:
    s = str(s)
    if not s or s != s.strip():
        raise ValueError(f"bad span text {s!r}")
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s) -> str:
    return P("k:" + kind, s)


def plain(marked: str) -> str:
    return MARK_RE.sub(lambda m: m.group(2), marked)


def blen(marked: str) -> int:
    return len(plain(marked).encode("utf-8"))


# --------------------------------------------------------------------------------------
# check digits

def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def dea_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


VIN_VAL = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8,
           "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v: str) -> str:
    t = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if t == 10 else str(t)


def vin_ok(v: str) -> bool:
    return len(v) == 17 and all(c in VIN_VAL for c in v) and v[8] == vin_check(v)


# --------------------------------------------------------------------------------------
# numbers, months, dates

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDW = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
        "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
        "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first")


def words(n: int, and_: bool = False) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    h, rest = divmod(n, 100)
    head = ONES[h] + " hundred"
    if rest == 0:
        return head
    return head + (" and " if and_ else " ") + words(rest)


def ordn(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December")
MON_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre")
MON_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
MON_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MON_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
MON_HU = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# date styles written in this split (full dates); the README's common forms are mixed in too
FULL_FRESH = ("m.d.yy", "yyyy.mm.dd", "Mon-dd-yyyy", "ddMonyyyy", "MON dd yyyy", "yy-Mon-dd",
              "Month dd yyyy", "mm.dd.yy", "roman", "Mon.dd.yyyy", "m-d-yyyy")
FULL_COMMON = ("mm/dd/yyyy", "m/d/yy", "iso", "Month d, yyyy", "Mon d, yyyy")
FULL_FOREIGN = ("dd/mm/yyyy", "es", "fr", "de", "nl", "hu", "ja")
MONTH_YEAR = ("m/yyyy", "Mon 'yy", "Mon. yyyy", "MONyy", "Month yyyy")
NO_YEAR = ("MonthDD", "ordof", "monthord", "m /d", "m/d", "d-Mon", "Mon dd")


def dfmt(d: dt.date, st: str) -> str:
    y, m, dd = d.year, d.month, d.day
    yy = y % 100
    mon = MON[m - 1]
    month = MONTH[m - 1]
    if st == "m.d.yy":
        return f"{m}.{dd}.{yy:02d}"
    if st == "mm.dd.yy":
        return f"{m:02d}.{dd:02d}.{yy:02d}"
    if st == "yyyy.mm.dd":
        return f"{y}.{m:02d}.{dd:02d}"
    if st == "Mon-dd-yyyy":
        return f"{mon}-{dd:02d}-{y}"
    if st == "ddMonyyyy":
        return f"{dd:02d}{mon}{y}"
    if st == "MON dd yyyy":
        return f"{mon.upper()} {dd:02d} {y}"
    if st == "yy-Mon-dd":
        return f"{yy:02d}-{mon}-{dd:02d}"
    if st == "Month dd yyyy":
        return f"{month} {dd} {y}"
    if st == "roman":
        return f"{dd}.{ROMAN[m - 1]}.{y}"
    if st == "Mon.dd.yyyy":
        return f"{mon}.{dd:02d}.{y}"
    if st == "m-d-yyyy":
        return f"{m}-{dd}-{y}"
    if st == "mm/dd/yyyy":
        return f"{m:02d}/{dd:02d}/{y}"
    if st == "m/d/yyyy":
        return f"{m}/{dd}/{y}"
    if st == "m/d/yy":
        return f"{m}/{dd}/{yy:02d}"
    if st == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if st == "Month d, yyyy":
        return f"{month} {dd}, {y}"
    if st == "Mon d, yyyy":
        return f"{mon} {dd}, {y}"
    if st == "ymd8":
        return f"{y}{m:02d}{dd:02d}"
    if st == "dd/mm/yyyy":
        return f"{dd:02d}/{m:02d}/{y}"
    if st == "es":
        return f"{dd} de {MON_ES[m - 1]} de {y}"
    if st == "fr":
        return f"{'1er' if dd == 1 else dd} {MON_FR[m - 1]} {y}"
    if st == "de":
        return f"{dd}. {MON_DE[m - 1]} {y}"
    if st == "nl":
        return f"{dd} {MON_NL[m - 1]} {y}"
    if st == "hu":
        return f"{y}. {MON_HU[m - 1]} {dd}."
    if st == "ja":
        return f"{y}年{m}月{dd}日"
    if st == "m/yyyy":
        return f"{m}/{y}"
    if st == "Mon 'yy":
        return f"{mon} '{yy:02d}"
    if st == "Mon. yyyy":
        return f"{mon}{'' if mon == 'May' else '.'} {y}"
    if st == "MONyy":
        return f"{mon.upper()}{yy:02d}"
    if st == "Month yyyy":
        return f"{month} {y}"
    if st == "MonthDD":
        return f"{month}{dd}"
    if st == "ordof":
        return f"{ORDW[dd]} of {month}"
    if st == "monthord":
        return f"{month} {ORDW[dd]}"
    if st == "m /d":
        return f"{m} /{dd}"
    if st == "m/d":
        return f"{m}/{dd}"
    if st == "d-Mon":
        return f"{dd}-{mon}"
    if st == "Mon dd":
        return f"{mon} {dd}"
    raise ValueError(st)


def tfmt(r: random.Random, style: str | None = None) -> str:
    """A time of day (never annotated)."""
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    style = style or r.choice(("hhmm", "h:mm ap", "hh:mm:ss ap", "hh:mm"))
    if style == "hhmm":
        return f"{h:02d}{mi:02d}"
    if style == "hh:mm":
        return f"{h:02d}:{mi:02d}"
    ap = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    if style == "hh:mm:ss ap":
        return f"{h12}:{mi:02d}:{s:02d} {ap}"
    return f"{h12}:{mi:02d} {ap.lower()}"


# --------------------------------------------------------------------------------------
# people

US_GIVEN_F = ("Darlene", "Rochelle", "Tamika", "Bernadette", "Lorraine", "Kendra", "Marisol",
              "Colleen", "Yolanda", "Trudy", "Loretta", "Wilma", "Imogene", "Opal", "Velma", "Maxine",
              "Doreen", "Rhonda", "Tonya", "Shelby", "Kaylee", "Brianna", "Alondra", "Keisha",
              "Makayla", "Nadine", "Agnes", "Ethel", "Mildred", "Bernice", "Lucille", "Edna",
              "Thelma", "Arlette", "Corinne", "Jolene", "Ramona", "Shawna")
US_GIVEN_M = ("Dwayne", "Rodney", "Curtis", "Lamar", "Virgil", "Otis", "Clarence", "Mervin",
              "Harlan", "Delbert", "Leland", "Vernon", "Cletus", "Alton", "Darnell", "Tyrone",
              "Brandon", "Cody", "Dustin", "Kyle", "Travis", "Marcus", "Jerome", "Reginald", "Floyd",
              "Homer", "Elmer", "Wendell", "Orville", "Luther", "Emmett", "Royce")
US_FAMILY = ("Pruitt", "Kowalczyk", "Haskins", "Delacroix", "Thibodeaux", "Ybarra", "Mullaney",
             "Okafor", "Stroud", "Kinsella", "Brannigan", "Dufresne", "Pettigrew", "Albrecht",
             "Szymanski", "Hollis", "Vukovich", "Castellano", "Nakashima", "Trujillo", "Whitlock",
             "Breckenridge", "Oyelaran", "Lindgren", "Macias", "Ferrante", "Pendergast", "Culpepper",
             "Boudreaux", "Quintero", "Ashby", "Yoder", "Stoltzfus", "McAlister", "Galloway",
             "Rutledge", "Tolliver", "Sizemore", "Cantrell", "Burkhalter", "Villarreal", "Espinoza",
             "Ocampo", "Desrosiers", "Petrakis", "Haddad", "Nwosu", "Dombrowski", "Kaczmarek",
             "O'Halloran", "McGillicuddy", "St. Pierre", "LeBlanc-Hebert", "Van Der Linde",
             "Ruiz-Carmona", "DeGroot", "Arceneaux", "Swearingen", "Pennington", "Gustafson")

# names written in other scripts next to their romanisation: (given, family, script given,
# script family, sex, order) -- order "gf" given first, "fg" family first (both forms)
SCRIPT_NAMES = (
    ("Sumaiya", "Rahman", "সুমাইয়া", "রহমান", "F", "gf"),
    ("Mohammad", "Hossain", "মোহাম্মদ", "হোসেন", "M", "gf"),
    ("Tanjila", "Akter", "তানজিলা", "আক্তার", "F", "gf"),
    ("Hetal", "Patel", "હેતલ", "પટેલ", "F", "gf"),
    ("Bhavesh", "Shah", "ભાવેશ", "શાહ", "M", "gf"),
    ("Kiran", "Desai", "કિરણ", "દેસાઈ", "F", "gf"),
    ("Gurpreet", "Singh", "ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "M", "gf"),
    ("Harjeet", "Kaur", "ਹਰਜੀਤ", "ਕੌਰ", "F", "gf"),
    ("Manjit", "Gill", "ਮਨਜੀਤ", "ਗਿੱਲ", "M", "gf"),
    ("Nimal", "Perera", "නිමල්", "පෙරේරා", "M", "gf"),
    ("Kumari", "Silva", "කුමාරි", "සිල්වා", "F", "gf"),
    ("Dinesh", "Jayasuriya", "දිනේෂ්", "ජයසූරිය", "M", "gf"),
    ("Sophea", "Chan", "សុភា", "ចាន់", "F", "fg"),
    ("Vanna", "Sok", "វណ្ណា", "សុខ", "M", "fg"),
    ("Dara", "Heng", "ដារ៉ា", "ហេង", "M", "fg"),
    ("Somsak", "Phommachanh", "ສົມສັກ", "ພົມມະຈັນ", "M", "gf"),
    ("Bounmy", "Sisouvanh", "ບຸນມີ", "ສີສຸວັນ", "F", "gf"),
    ("Tenzin", "Tsering", "བསྟན་འཛིན", "ཚེ་རིང", "M", "gf"),
    ("Pema", "Dolkar", "པདྨ", "སྒྲོལ་དཀར", "F", "gf"),
    ("Batbayar", "Ganbold", "Батбаяр", "Ганболд", "M", "gf"),
    ("Oyunchimeg", "Dorj", "Оюунчимэг", "Дорж", "F", "gf"),
    ("Sarnai", "Bat-Erdene", "Сарнай", "Бат-Эрдэнэ", "F", "gf"),
    ("Chaim", "Goldberg", "חיים", "גאָלדבערג", "M", "gf"),
    ("Feige", "Rosenblatt", "פֿייגע", "ראָזענבלאַט", "F", "gf"),
    ("Aphrem", "Barsoum", "ܐܦܪܝܡ", "ܒܪܨܘܡ", "M", "gf"),
    ("Maryam", "Hanna", "ܡܪܝܡ", "ܚܢܐ", "F", "gf"),
    ("Venkata", "Rao", "వెంకట", "రావు", "M", "gf"),
    ("Lakshmi", "Reddy", "లక్ష్మి", "రెడ్డి", "F", "gf"),
    ("Anil", "Kumar", "അനിൽ", "കുമാർ", "M", "gf"),
    ("Lissy", "Joseph", "ലിസി", "ജോസഫ്", "F", "gf"),
    ("Suresh", "Gowda", "ಸುರೇಶ್", "ಗೌಡ", "M", "gf"),
    ("Kavya", "Gowda", "ಕಾವ್ಯಾ", "ಗೌಡ", "F", "gf"),
)

# name-order conventions written in Latin letters: (given, family, full as written, sex, order)
ORDER_NAMES = (
    ("Ildikó", "Kovács", "Kovács Ildikó", "F", "fg"),
    ("Gergely", "Szabó", "Szabó Gergely", "M", "fg"),
    ("Zsuzsanna", "Tóth", "Tóth Zsuzsanna", "F", "fg"),
    ("Lőrinc", "Horváth", "Horváth Lőrinc", "M", "fg"),
    ("Boglárka", "Nagy", "Nagy Boglárka", "F", "fg"),
    ("Wei", "Zhang", "Zhang Wei", "M", "fg"),
    ("Meilin", "Huang", "Huang Meilin", "F", "fg"),
    ("Jianguo", "Zhou", "Zhou Jianguo", "M", "fg"),
    ("Tingting", "Guo", "Guo Tingting", "F", "fg"),
    ("Haoran", "Luo", "Luo Haoran", "M", "fg"),
    ("María Fernanda", "Quispe Mamani", "María Fernanda Quispe Mamani", "F", "gf"),
    ("José Luis", "Condori Huanca", "José Luis Condori Huanca", "M", "gf"),
    ("Rosa Elvira", "Ticona Apaza", "Rosa Elvira Ticona Apaza", "F", "gf"),
    ("Wilber", "Huamán Ccori", "Wilber Huamán Ccori", "M", "gf"),
    ("Yessenia", "Villca Choque", "Yessenia Villca Choque", "F", "gf"),
    ("Khalid", "Al-Harthi", "Khalid bin Saeed Al-Harthi", "M", "gf"),
    ("Faisal", "Al-Qahtani", "Faisal ibn Nasser Al-Qahtani", "M", "gf"),
    ("Maryam", "Al-Shamsi", "Maryam bint Abdullah Al-Shamsi", "F", "gf"),
    ("Yousef", "Al-Kuwari", "Yousef bin Hamad Al-Kuwari", "M", "gf"),
    ("Sigríður", "Jónsdóttir", "Sigríður Jónsdóttir", "F", "gf"),
    ("Guðrún", "Einarsdóttir", "Guðrún Einarsdóttir", "F", "gf"),
    ("Þórunn", "Magnúsdóttir", "Þórunn Magnúsdóttir", "F", "gf"),
    ("Ragnar", "Kristjánsson", "Ragnar Kristjánsson", "M", "gf"),
    ("Ólafur", "Gunnarsson", "Ólafur Gunnarsson", "M", "gf"),
    ("Thị Hạnh", "Nguyễn", "Nguyễn Thị Hạnh", "F", "fg"),
    ("Văn Phúc", "Trần", "Trần Văn Phúc", "M", "fg"),
    ("Quốc Bảo", "Phạm", "Phạm Quốc Bảo", "M", "fg"),
    ("Thị Kim Loan", "Võ", "Võ Thị Kim Loan", "F", "fg"),
    ("Minh Tâm", "Huỳnh", "Huỳnh Minh Tâm", "M", "fg"),
)

PROV_GIVEN_F = ("Priyanka", "Margit", "Ingrid", "Yesenia", "Sunita", "Ewa", "Folake", "Anneliese",
                "Rosalind", "Thandiwe", "Meera", "Adaeze", "Saoirse", "Farida", "Leona", "Ruthanne",
                "Noor", "Katarzyna", "Beatriz", "Ifeoma")
PROV_GIVEN_M = ("Olusegun", "Tobias", "Rafael", "Caleb", "Dmitri", "Gustavo", "Minh", "Harrison",
                "Lorenzo", "Bjorn", "Kenji", "Ignacio", "Marcel", "Teodoro", "Anselm", "Kwabena",
                "Rohan", "Silas", "Matthias", "Emeka")
PROV_FAMILY = ("Okonkwo", "Lindqvist", "Ferreira", "Villanueva", "Castellanos", "Rasheed",
               "Hartigan", "Bhattacharya", "Ostrowski", "Achterberg", "Mbatha", "Quaye", "Sorensen",
               "Delgado-Ruiz", "Ivanova", "Ploetz", "Yamazaki", "Tran-Nguyen", "Eberhardt",
               "Mukherjee", "Carrasquillo", "Van Wyk", "Halvorsen", "Stavros", "Kiplagat",
               "Dunleavy", "Abiodun", "Cortázar", "Haugen", "Mensah", "Lachapelle", "Wojcik")

# given names and surnames that are ordinary words: (name, sex or "", fragments with {w})
WORD_GIVEN = (
    ("Rusty", "M", ("cough productive of {w} sputum", "found {w} nails in the barn; tetanus status checked")),
    ("Penny", "F", ("a {w}-sized patch of numbness on the left shin", "swallowed a {w} as a toddler, passed")),
    ("Holly", "F", ("itchy rash after trimming the {w} hedge",)),
    ("Ivy", "F", ("old poison {w} scars on both forearms",)),
    ("Jasmine", "F", ("drinks {w} tea at night, no coffee",)),
    ("Lily", "F", ("a potted {w} by the bed (pollen) was moved out",)),
    ("Misty", "F", ("vision {w} in the mornings, clears by noon",)),
    ("Sandy", "F", ("a {w}, gritty feeling in both eyes",)),
    ("Stormy", "F", ("had a {w} night, pulled at lines twice",)),
    ("Sunny", "F", ("mood {w} and engaged today",)),
    ("Autumn", "F", ("nasal symptoms worse every {w}",)),
    ("Brook", "F", ("slipped on wet rocks crossing a {w}",)),
    ("Star", "F", ("healed {w}-shaped scar over the right patella",)),
    ("Melody", "F", ("hums a {w} to self-settle during procedures",)),
    ("Pearl", "F", ("a {w}-gray nodule at the lid margin",)),
    ("Cliff", "M", ("a {w}-like drop in the platelet count last month",)),
    ("Chip", "M", ("{w} fracture of the upper left incisor, old",)),
    ("Jack", "M", ("strained his back lifting a car {w}",)),
    ("Lance", "M", ("will {w} the abscess if it becomes fluctuant",)),
    ("Nick", "M", ("small shaving {w} on the chin, hemostatic",)),
    ("Pat", "F", ("told to {w} the area dry, not rub it",)),
    ("Bud", "M", ("a {w}-like papule on the lower lip",)),
    ("Guy", "M", ("a {w} from the next cot brought water over",)),
    ("Rich", "M", ("diet {w} in potassium (bananas, potatoes)",)),
    ("Blue", "F", ("lips not {w}, capillary refill brisk",)),
)
WORD_FAMILY = (
    ("Sharp", ("describes a {w}, stabbing pain",)),
    ("Strong", ("{w} cough, clears own secretions", "grip {w} bilaterally")),
    ("Swift", ("made a {w} recovery after the last admission",)),
    ("Wise", ("thought it {w} to stay overnight",)),
    ("Moody", ("more {w} and tearful per family",)),
    ("Love", ("would {w} to be home by the weekend",)),
    ("Bond", ("a close {w} with a granddaughter",)),
    ("Banks", ("uses two food {w} each month",)),
    ("Fields", ("visual {w} full to confrontation",)),
    ("Woods", ("walks in the {w} behind the house (tick exposure)",)),
    ("Pond", ("swims in a farm {w} in summer",)),
    ("Moss", ("repots orchids with sphagnum {w}",)),
    ("Bull", ("annular {w}'s-eye lesion on the thigh",)),
    ("Lamb", ("eats {w} stew most Sundays",)),
    ("Crow", ("found a dead {w} in the yard, county notified",)),
    ("Wolf", ("bitten by a {w} spider per family",)),
    ("Fox", ("a {w} was seen in the barn (rabies question)",)),
    ("Carpenter", ("worked as a finish {w} for 30 years",)),
    ("Weaver", ("retired {w} at the textile mill",)),
    ("Porter", ("a hospital {w} wheeled the patient to the car",)),
    ("Shepherd", ("bitten by a neighbor's German {w}",)),
    ("Marsh", ("lives by a salt {w}, many mosquito bites",)),
)

# towns that are words or eponyms: (city, state, zip3, area code, use or None); in a use,
# {w} is the town's word in lower case and «kind:text» is keep mark-up
WORD_TOWNS = (
    ("Rescue", "CA", "956", "530", "uses a {w} inhaler about twice a week"),
    ("Plain", "WA", "988", "509", "{w} films of the chest were unremarkable"),
    ("Peculiar", "MO", "647", "816", "family describe a {w}, shuffling gait"),
    ("Speed", "IN", "471", "812", "processing {w} slowed per family"),
    ("Moody", "AL", "350", "205", "more {w} since the move"),
    ("Justice", "IL", "604", "708", "volunteers with a restorative {w} program"),
    ("Climax", "MI", "490", "269", None),
    ("Prosper", "TX", "750", "469", None),
    ("Loyal", "WI", "544", "715", None),
    ("Unity", "ME", "049", "207", None),
    ("Lynch", "NE", "687", "402", "cousin screened for «e:Lynch syndrome»"),
    ("Graham", "NC", "272", "336", "no «e:Graham Steell murmur»"),
    ("Gilbert", "AZ", "852", "480", "mild indirect hyperbilirubinemia from «e:Gilbert syndrome»"),
    ("Norton", "VA", "242", "276", "«e:Norton scale» «s:15»"),
    ("Bennett", "CO", "801", "303", "old «e:Bennett fracture» of the right thumb"),
    ("Austin", "MN", "559", "507", "no «e:Austin Flint murmur»"),
    ("Reynolds", "GA", "310", "478", "did not meet «e:Reynolds pentad»"),
    ("Rankin", "TX", "797", "432", "«e:modified Rankin Scale» «s:2» before this event"),
    ("Hawkins", "TX", "757", "903", "«e:Hawkins-Kennedy test» negative on the right"),
    ("West", "TX", "766", "254", "history of «e:West syndrome» in infancy"),
    ("Lawton", "OK", "735", "580", "«e:Lawton IADL scale» «s:5/8»"),
    ("Berger", "MO", "630", "573", "biopsy-proven «e:Berger disease» (2009)"),
    ("Potter", "NE", "691", "308", "a sibling died of «e:Potter sequence»"),
    ("Gardner", "MA", "014", "978", "father had «e:Gardner syndrome»"),
    ("Morton", "IL", "615", "309", "«e:Morton neuroma» of the left foot"),
    ("Eaton", "OH", "453", "937", "work-up for «e:Lambert-Eaton syndrome» negative"),
)

CITIES = (
    ("Ottumwa", "IA", "525", "641"), ("Chillicothe", "OH", "456", "740"),
    ("Natchitoches", "LA", "714", "318"), ("Hobbs", "NM", "882", "575"),
    ("Ardmore", "OK", "734", "580"), ("Paducah", "KY", "420", "270"), ("Bemidji", "MN", "566", "218"),
    ("Laramie", "WY", "820", "307"), ("Yakima", "WA", "989", "509"), ("Pocatello", "ID", "832", "208"),
    ("Ukiah", "CA", "954", "707"), ("Keokuk", "IA", "526", "319"), ("Muskogee", "OK", "744", "918"),
    ("Hattiesburg", "MS", "394", "601"), ("Opelousas", "LA", "705", "337"),
    ("Valdosta", "GA", "316", "229"), ("Dothan", "AL", "363", "334"), ("Sandusky", "OH", "448", "419"),
    ("Altoona", "PA", "166", "814"), ("Bangor", "ME", "044", "207"), ("Rutland", "VT", "057", "802"),
    ("Hagerstown", "MD", "217", "301"), ("Danville", "VA", "245", "434"),
    ("Asheboro", "NC", "272", "336"), ("Statesboro", "GA", "304", "912"), ("Ocala", "FL", "344", "352"),
    ("Kissimmee", "FL", "347", "407"), ("Dubuque", "IA", "520", "563"), ("Mankato", "MN", "560", "507"),
    ("Eau Claire", "WI", "547", "715"), ("Marquette", "MI", "498", "906"),
    ("Kokomo", "IN", "469", "765"), ("Terre Haute", "IN", "478", "812"),
    ("Carbondale", "IL", "629", "618"), ("Joplin", "MO", "648", "417"), ("Salina", "KS", "674", "785"),
    ("Enid", "OK", "737", "580"), ("Abilene", "TX", "796", "325"), ("Harlingen", "TX", "785", "956"),
    ("Lufkin", "TX", "759", "936"), ("Gallup", "NM", "873", "505"), ("Prescott", "AZ", "863", "928"),
    ("Elko", "NV", "898", "775"), ("Missoula", "MT", "598", "406"), ("Casper", "WY", "826", "307"),
    ("Minot", "ND", "587", "701"), ("Scottsbluff", "NE", "693", "308"), ("Pueblo", "CO", "810", "719"),
    ("Ogden", "UT", "844", "801"), ("Medford", "OR", "975", "541"), ("Wenatchee", "WA", "988", "509"),
    ("Ketchikan", "AK", "999", "907"), ("Hilo", "HI", "967", "808"),
    ("Coeur d'Alene", "ID", "838", "208"), ("Texarkana", "AR", "718", "870"),
    ("Spartanburg", "SC", "293", "864"), ("Wheeling", "WV", "260", "304"),
    ("Nacogdoches", "TX", "759", "936"), ("Kalispell", "MT", "599", "406"),
    ("Watertown", "SD", "572", "605"), ("Bellows Falls", "VT", "051", "802"),
    ("St. Johnsbury", "VT", "058", "802"), ("Winston-Salem", "NC", "271", "336"),
    ("Sault Ste. Marie", "MI", "497", "906"), ("Wilkes-Barre", "PA", "187", "570"),
    ("Jamaica", "NY", "114", "718"), ("Flushing", "NY", "113", "718"),
)

FOREIGN_CITIES = {
    "nl": (("Utrecht", "3581 KM"), ("Groningen", "9711 LB"), ("Zwolle", "8011 CW")),
    "fr": (("Lyon", "69003"), ("Toulouse", "31000"), ("Rennes", "35000")),
    "mx": (("Oaxaca de Juárez", "68000"), ("Morelia", "58000"), ("Xalapa", "91000")),
    "jp": (("Shinjuku-ku", "Tokyo", "161-0031", "Nishi-Ochiai"), ("Shinjuku-ku", "Tokyo", "161-0033", "Kami-Ochiai"),
           ("Kita-ku", "Osaka", "530-0041", "Tenjinbashi"), ("Kita-ku", "Osaka", "530-0044", "Higashi-Tenma")),
    "is": (("Reykjavík", "101"), ("Akureyri", "600")),
    "hu": (("Debrecen", "4025"), ("Szeged", "6720")),
    "bd": (("Dhaka", "1205"), ("Sylhet", "3100")),
    "kh": (("Phnom Penh", "12302"), ("Battambang", "02101")),
    "de": (("Freiburg im Breisgau", "79098"), ("Würzburg", "97070"), ("Lüneburg", "21335")),
}

STREET_WORDS = ("Bent Tree", "Tamarack", "Sorrel", "Quarry Hill", "Buttonbush", "Kestrel",
                "Muskrat Hollow", "Pinyon", "Yarrow", "Chokecherry", "Sassafras", "Persimmon",
                "Catalpa", "Hackberry", "Redbud", "Sweetgum", "Pawpaw", "Bluestem", "Switchgrass",
                "Thistledown", "Cobblestone", "Millrace", "Tannery", "Foundry", "Ferry Landing",
                "Gristmill", "Depot", "Washington", "Tecumseh", "Sequoyah", "Eisenhower",
                "Sojourner Truth", "Cesar Chavez", "Frederick Douglass", "Charity", "Temperance",
                "Prudence", "Old Post", "Wagon Wheel", "Saddle Horn", "Coyote Ridge", "Pecan Grove")
STREET_SUFFIX = ("St", "St.", "Street", "Ave", "Ave.", "Avenue", "Blvd", "Ln", "Lane", "Rd", "Road",
                 "Dr", "Drive", "Ct", "Cir", "Pkwy", "Pl", "Ter", "Trl", "Way", "Loop", "Pike", "Row",
                 "Xing", "Run", "Path")
QUEENS = (("Parsons Blvd", "Flushing", "11355"), ("Northern Blvd", "Flushing", "11354"),
          ("Steinway St", "Jamaica", "11432"), ("Sutphin Blvd", "Jamaica", "11435"),
          ("Junction Blvd", "Flushing", "11368"))

HOSPITALS = ("Three Rivers Medical Center", "Cedar Bluff Health", "Northgate Specialty Hospital",
             "Lakeshore Transplant Institute", "Bayview Regional", "Pinecrest Specialty Hospital",
             "Meridian Rehabilitation Hospital", "Prairie Lakes Health", "Sandhill Community Clinic",
             "Tri-County Health Center", "Eastfield Medical Center", "Kettle River Hospital")
MAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com",
                "comcast.net", "proton.me", "att.net", "sbcglobal.net", "charter.net", "live.com")
FOREIGN_MAIL = {"nl": "ziggo.nl", "fr": "orange.fr", "mx": "prodigy.net.mx", "jp": "yahoo.co.jp",
                "is": "simnet.is", "hu": "freemail.hu", "bd": "gmail.com", "kh": "gmail.com"}

REL_PAIRS = (("daughter", "son"), ("sister", "brother"), ("mother", "father"), ("wife", "husband"),
             ("granddaughter", "grandson"), ("niece", "nephew"), ("grandmother", "grandfather"),
             ("great-grandmother", "great-grandfather"), ("aunt", "uncle"), ("older sister", "older brother"),
             ("stepdaughter", "stepson"), ("sister-in-law", "brother-in-law"), ("daughter-in-law", "son-in-law"),
             ("godmother", "godfather"), ("ex-wife", "ex-husband"), ("fiancée", "fiancé"), ("stepmother", "stepfather"))
REL_SEX = {**{a: "F" for a, b in REL_PAIRS}, **{b: "M" for a, b in REL_PAIRS}}
REL_SWAP = {**{a: b for a, b in REL_PAIRS}, **{b: a for a, b in REL_PAIRS}}

ORDER_GROUP = ("hu",) * 5 + ("zh",) * 5 + ("es2",) * 5 + ("ar",) * 4 + ("is",) * 5 + ("vi",) * 5
assert len(ORDER_GROUP) == len(ORDER_NAMES)

# keep mark-up inside template strings: «kind:text»
KMAP = {"e": "eponym", "s": "score", "w": "word", "dx": "diagnosis", "lab": "lab", "v": "vital",
        "rx": "drug", "code": "code", "ab": "abbreviation", "age": "age"}
KRE = re.compile(r"«(e|s|w|dx|lab|v|rx|code|ab|age):([^«»]+)»")


def mk(s: str) -> str:
    out = KRE.sub(lambda m: K(KMAP[m.group(1)], m.group(2)), s)
    if "«" in out or "»" in out:
        raise ValueError("unbalanced keep mark-up: " + plain(out)[:80])
    return out


def ascii_fold(s: str) -> str:
    import unicodedata
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


class Person:
    def __init__(self, given: str, family: str, sex: str, *, full: str | None = None,
                 order: str = "gf", script: tuple[str, str] | None = None, clin: bool = False,
                 role: str = "", cred: str = "", rel: str = "", group: str = "us"):
        self.given, self.family, self.sex = given, family, sex
        self.order = order
        self.full = full or (f"{given} {family}" if order == "gf" else f"{family} {given}")
        self.script = script  # (script given, script family)
        self.clin, self.role, self.cred, self.rel, self.group = clin, role, cred, rel, group
        self.phone = None
        self.email = None
        self.age = None
        self.mentioned = False

    @property
    def cat(self) -> str:
        return "PROVIDER_NAME" if self.clin else "NAME"

    @property
    def script_full(self) -> str | None:
        if not self.script:
            return None
        g, f = self.script
        return f"{g} {f}" if self.order == "gf" else f"{f} {g}"

    def human_names(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family, "given": self.given.split()}]
        if self.script:
            out.append({"text": self.script_full, "family": self.script[1], "given": [self.script[0]]})
        return out


# --------------------------------------------------------------------------------------
# ages

def age_parts(n: int, form: str, sex: str = "F") -> tuple[str, str, str]:
    pron = "her" if sex == "F" else "his"
    f = {
        "Y": ("", f"{n} Y", ""), "Yr": ("", f"{n} Yr", ""), "Yrs": ("", f"{n} Yrs", ""),
        "yo_dot": ("", f"{n}-y.o.", ""), "yrs_att": ("", f"{n}yrs", ""),
        "y_old": ("", f"{n} y.", " old"), "sexsp": ("", f"{n}", f" {sex}"),
        "sexpre": (sex, f"{n}", ""), "yo_race": ("", f"{n} y/o", f" W{sex}"),
        "race_pre": (f"W{sex} ", f"{n}", ""), "pt_is": ("Pt is ", f"{n}", "."),
        "aged_words": ("aged ", words(n), ""), "a_words_yo": ("an " if words(n)[0] in "aeiou" else "a ", f"{words(n).replace(' ', '-')}-year-old", ""),
        "words_years": ("", f"{words(n, True)} years", ""), "now": ("now ", f"{n}", ""),
        "young": ("", f"{n} years", " young"), "at_n": ("at ", f"{n}", ""),
        "ord_year": (f"in {pron} ", ordn(n), " year"), "cent": ("centenarian (", f"{n}", ")"),
        "lived": ("lived to ", f"{n}", ""), "died": ("died at ", f"{n}", ""),
        "d_dot": ("d. ", f"{n}", ""), "ped_d": ("d.", f"{n}", ""), "ped_y": ("", f"{n}y", ""),
        "bday": (f"on {pron} ", ordn(n), ""), "fr": ("", f"{n} ans", ""),
        "es": ("", f"{n} años", ""), "de": ("", f"{n} Jahre", ""), "nl": ("", f"{n} jaar", ""),
        "zh": ("", f"{n}岁", ""), "ja": ("", f"{n}歳", ""), "hu": ("", f"{n} éves", ""),
        "paren": ("(", f"{n}", ")"), "bare": ("", f"{n}", ""), "yr_old_hy": ("", f"{n}-yr-old", ""),
        "age_colon": ("age: ", f"{n}", ""), "Yo": ("", f"{n} YO", ""),
    }[form]
    return f


HDR_AGE_FORMS = ("Y", "Yr", "Yrs", "yo_dot", "yrs_att", "Yo", "bare", "sexsp", "sexpre")
PROSE_AGE_FORMS = ("pt_is", "aged_words", "a_words_yo", "now", "young", "at_n", "ord_year", "cent",
                   "y_old", "yo_race", "race_pre", "words_years", "yo_dot", "yrs_att")
REL_AGE_FORMS = ("paren", "lived", "died", "now", "at_n", "bday", "y_old", "Yrs")


def age_mark(n: int, form: str, sex: str = "F") -> str:
    pre, span, suf = age_parts(n, form, sex)
    m = P("AGE_OVER_89", span) if n > 89 else K("age", span)
    return pre + m + suf


# --------------------------------------------------------------------------------------
# identifiers

def ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def itin(r: random.Random) -> str:
    return f"9{r.randint(0, 99):02d}-{r.choice((70, 71, 72, 73, 75, 78, 80, 83, 85, 88))}-{r.randint(1, 9999):04d}"


def digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def npi(r: random.Random) -> str:
    base = r.choice("12") + digits(r, 8)
    return base + luhn_digit("80840" + base)


def dea(r: random.Random, surname: str, mid: bool = False) -> str:
    first = "M" if mid else r.choice("ABFG")
    init = ascii_fold(surname).upper()[:1]
    if not ("A" <= init <= "Z"):
        init = "X"
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + init + "".join(map(str, d)) + str(chk)


VIN_WMI = ("1FT", "1GC", "3GN", "5NP", "JTD", "1HG", "2T1", "KNA", "WBA", "4T1", "1C6", "3FA",
           "5FN", "1N4", "JN8", "2HK", "1FM", "3C4")


def vin(r: random.Random) -> str:
    body = r.choice(VIN_WMI) + "".join(r.choice(VIN_CH) for _ in range(5))
    tail = r.choice("FGHJKLMNPR") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 6)
    v = body + "0" + tail
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_ok(v)
    return v


def imei(r: random.Random) -> str:
    b = r.choice(("35", "86", "01", "49")) + digits(r, 12)
    return b + luhn_digit(b)


def mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + digits(r, 2))
    return s


def mac(r: random.Random, style: int) -> str:
    b = [r.randint(0, 255) for _ in range(6)]
    if style == 0:
        return ":".join(f"{x:02X}" for x in b)
    if style == 1:
        return "-".join(f"{x:02x}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"


def ipv4(r: random.Random) -> str:
    first = r.choice((24, 47, 63, 68, 71, 73, 76, 96, 98, 99, 104, 107, 108, 136, 162, 173, 174, 184))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    h = lambda: f"{r.randint(0, 0xffff):x}"  # noqa: E731
    k = r.randint(0, 3)
    if k == 0:
        return f"2600:{h()}:{h()}:{h()}::{h()}"
    if k == 1:
        return f"fe80::{h()}:{h()}:{h()}:{h()}"
    if k == 2:
        return f"2607:fb90:{h()}::{h()}"
    return f"::ffff:{ipv4(r)}"


def phone_us(r: random.Random, area: str) -> tuple[str, str, str]:
    while True:
        e = r.randint(201, 989)
        if e % 100 != 11 and e != 555:
            break
    return (area, f"{e}", f"{r.randint(0, 9999):04d}")


PHONE_FORMS = ("(a)el", "a e l", "1 (a) e-l", "+1 a el", "a-e-l", "a.e.l", "(a) e-l", "1-a-e-l",
               "a/e-l", "+1 (a) e-l", "ael", "(a)-e-l")


def phfmt(ph: tuple[str, str, str], form: str) -> str:
    a, e, l4 = ph
    return {"(a)el": f"({a}){e}{l4}", "a e l": f"{a} {e} {l4}", "1 (a) e-l": f"1 ({a}) {e}-{l4}",
            "+1 a el": f"+1 {a} {e}{l4}", "a-e-l": f"{a}-{e}-{l4}", "a.e.l": f"{a}.{e}.{l4}",
            "(a) e-l": f"({a}) {e}-{l4}", "1-a-e-l": f"1-{a}-{e}-{l4}", "a/e-l": f"{a}/{e}-{l4}",
            "+1 (a) e-l": f"+1 ({a}) {e}-{l4}", "ael": f"{a}{e}{l4}", "(a)-e-l": f"({a})-{e}-{l4}"}[form]


def phone_intl(r: random.Random, cc: str) -> str:
    d = lambda n: digits(r, n)  # noqa: E731
    return {
        "nl": f"+31 6 {d(4)} {d(4)}", "fr": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        "mx": f"+52 {r.choice(('951', '443', '228'))} {d(3)} {d(4)}", "jp": f"+81 90-{d(4)}-{d(4)}",
        "is": f"+354 {r.choice('678')}{d(2)} {d(4)}", "hu": f"+36 30 {d(3)} {d(4)}",
        "bd": f"+880 17{d(2)}-{d(6)}", "kh": f"+855 12 {d(3)} {d(3)}", "in": f"+91 98{d(3)} {d(5)}",
        "mn": f"+976 99{d(2)} {d(4)}", "lk": f"+94 77 {d(3)} {d(4)}", "la": f"+856 20 55{d(2)} {d(4)}",
        "us011": f"011 52 {r.choice(('951', '443'))} {d(3)} {d(4)}", "il": f"+972 52-{d(3)}-{d(4)}",
        "cn": f"+86 139 {d(4)} {d(4)}", "pe": f"+51 9{d(2)} {d(3)} {d(3)}", "sa": f"+966 5{d(1)} {d(3)} {d(4)}",
        "vn": f"+84 9{d(1)} {d(3)} {d(4)}", "iq": f"+964 750 {d(3)} {d(4)}", "de": f"+49 761 {d(6)}",
    }[cc]


CC_DATE = {"nl": "nl", "fr": "fr", "hu": "hu", "jp": "ja", "mx": "es", "de": "de", "is": "dd/mm/yyyy"}
GROUP_CC = {"BENGALI": "bd", "GUJARATI": "in", "GURMUKHI": "in", "TELUGU": "in", "MALAYALAM": "in",
            "KANNADA": "in", "SINHALA": "lk", "KHMER": "kh", "LAO": "la", "TIBETAN": "in", "CYRILLIC": "mn",
            "HEBREW": "il", "SYRIAC": "iq", "hu": "hu", "zh": "cn", "es2": "pe", "ar": "sa", "is": "is", "vi": "vn"}


# --------------------------------------------------------------------------------------
# the note context

TITLE_F = ("Ms.", "Mrs.", "Ms")
TITLE_M = ("Mr.", "Mr")


class Ctx:
    def __init__(self, ntype: str, seed: str):
        self.r = random.Random(seed)
        self.ntype = ntype
        self.today = dt.date(2023, 1, 3) + dt.timedelta(days=self.r.randint(0, 880))
        self.used_family: list[str] = []
        self.used_given: list[str] = []
        self.pt: Person | None = None
        self.rels: list[Person] = []
        self.team: list[Person] = []
        self.hospital = self.r.choice(HOSPITALS)
        self.home = None
        self.foreign = None

    # random helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def ago(self, a: int, b: int) -> dt.date:
        return self.today - dt.timedelta(days=self.ri(a, b))

    def later(self, a: int, b: int) -> dt.date:
        return self.today + dt.timedelta(days=self.ri(a, b))

    # people
    def _fresh(self, pool, used):
        for _ in range(40):
            x = self.ch(pool)
            if x not in used:
                used.append(x)
                return x
        return self.ch(pool)

    def person(self, kind: str = "us", sex: str | None = None, *, family: str | None = None,
               given: str | None = None) -> Person:
        sex = sex or self.ch("FM")
        if kind == "script":
            g, f, sg, sf, sx, order = self.ch(SCRIPT_NAMES)
            import unicodedata
            return Person(g, f, sx, order=order, script=(sg, sf),
                          group=unicodedata.name(sg[0]).split()[0])
        if kind == "order":
            i = self.ri(0, len(ORDER_NAMES) - 1)
            g, f, full, sx, order = ORDER_NAMES[i]
            return Person(g, f, sx, full=full, order=order, group=ORDER_GROUP[i])
        g = given or self._fresh(US_GIVEN_F if sex == "F" else US_GIVEN_M, self.used_given)
        f = family or self._fresh(US_FAMILY, self.used_family)
        return Person(g, f, sex)

    def relative_of(self, base: Person, rel: str, sex: str, same_family: bool = True) -> Person:
        sex = REL_SEX.get(rel, sex)
        if base.group in ("us", "word"):
            p = self.person("us", sex, family=base.family if same_family else None)
        elif base.script:
            import unicodedata
            opts = [x for x in SCRIPT_NAMES if unicodedata.name(x[2][0]).split()[0] == base.group
                    and x[0] != base.given and x[0] not in self.used_given]
            same_sex = [x for x in opts if x[4] == sex]
            if same_sex:
                g, f, sg, sf, sx, order = self.ch(same_sex)
                self.used_given.append(g)
                p = Person(g, base.family, sx, order=base.order, script=(sg, base.script[1]),
                           group=base.group)
            else:
                g = self._fresh(US_GIVEN_F if sex == "F" else US_GIVEN_M, self.used_given)
                p = Person(g, base.family, sex)
        else:
            opts = [i for i, grp in enumerate(ORDER_GROUP) if grp == base.group
                    and ORDER_NAMES[i][0] != base.given and ORDER_NAMES[i][0] not in self.used_given]
            same_sex = [i for i in opts if ORDER_NAMES[i][3] == sex]
            if not same_sex:
                g = self._fresh(US_GIVEN_F if sex == "F" else US_GIVEN_M, self.used_given)
                fam = base.family if base.group != "is" else ("Sigurðardóttir" if sex == "F" else "Sigurðsson")
                p = Person(g, fam, sex)
                p.rel = rel
                return p
            g, f, full, sx, order = ORDER_NAMES[self.ch(same_sex)]
            self.used_given.append(g)
            if base.group == "is":
                p = Person(g, f, sx, full=full, order=order, group="is")
            else:
                p = Person(g, base.family, sx, full=full.replace(f, base.family), order=order,
                           group=base.group)
        p.rel = rel
        return p

    def clinician(self, role: str, cred: str, *, family: str | None = None, sex: str | None = None,
                  team: bool = True) -> Person:
        sex = sex or self.ch("FM")
        g = self._fresh(PROV_GIVEN_F if sex == "F" else PROV_GIVEN_M, self.used_given)
        f = family or self._fresh(PROV_FAMILY, self.used_family)
        p = Person(g, f, sex, clin=True, role=role, cred=cred)
        if team:
            self.team.append(p)
        return p

    def outsider(self, sex: str | None = None, family: str | None = None, given: str | None = None) -> Person:
        """Someone who is not a clinician and not family (NAME, not in the patient object)."""
        return self.person("us", sex, family=family, given=given)

    # names
    def title(self, p: Person) -> str:
        if p.clin and p.cred in ("MD", "DO", "PhD", "PsyD", "DNP", "DPM", "MBBS"):
            return "Dr."
        return self.ch(TITLE_F) if p.sex == "F" else self.ch(TITLE_M)

    def nm(self, p: Person, style: str | None = None) -> str:
        c = p.cat
        p.mentioned = True
        if style is None:
            opts = ["full", "full", "LF", "title", "init", "caps", "given_init"]
            if p.script:
                opts += ["both", "script"]
            if p.order == "fg":
                opts += ["famcaps"]
            style = self.ch(opts)
        if style == "full":
            return P(c, p.full)
        if style == "LF":
            return P(c, p.family) + ", " + P(c, p.given)
        if style == "LFC":
            return P(c, p.family.upper()) + ", " + P(c, p.given.upper())
        if style == "title":
            return self.title(p) + " " + P(c, p.family)
        if style == "given":
            return P(c, p.given)
        if style == "init":
            return P(c, f"{p.given[0]}. {p.family}")
        if style == "given_init":
            return P(c, f"{p.given.split()[0]} {p.family[0]}.")
        if style == "lower":
            return P(c, p.full.lower())
        if style == "caps":
            return P(c, p.full.upper())
        if style == "fam":
            return P(c, p.family)
        if style == "famcaps":
            if p.order == "fg":
                return P(c, p.full.replace(p.family, p.family.upper(), 1))
            return P(c, p.family.upper()) + " " + P(c, p.given)
        if style == "script":
            return P(c, p.script_full) if p.script else P(c, p.full)
        if style == "both":
            if p.script:
                return P(c, p.full) + " (" + P(c, p.script_full) + ")"
            return P(c, p.full)
        raise ValueError(style)

    def cl(self, p: Person, style: str | None = None) -> str:
        """A clinician with the credential after the name."""
        style = style or self.ch(("full", "full", "init", "caps"))
        return self.nm(p, style) + (f", {p.cred}" if p.cred else "")

    def dr(self, p: Person) -> str:
        p.mentioned = True
        return self.title(p) + " " + P(p.cat, p.family)

    # dates
    def D(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.ch(FULL_FRESH + FULL_FRESH + FULL_COMMON)
        return P("DATE", dfmt(d, style))

    def DM(self, d: dt.date, style: str | None = None) -> str:
        return P("DATE", dfmt(d, style or self.ch(MONTH_YEAR)))

    def DN(self, d: dt.date, style: str | None = None) -> str:
        return P("DATE", dfmt(d, style or self.ch(NO_YEAR)))

    def DX(self, d: dt.date) -> str:
        """A date in any of this split's forms, with or without year."""
        k = self.ri(0, 9)
        if k < 6:
            return self.D(d)
        if k < 8:
            return self.DN(d)
        return self.D(d, self.ch(FULL_COMMON))

    def time(self, style: str | None = None) -> str:
        return tfmt(self.r, style)

    # ages
    def A(self, n: int, form: str | None = None, sex: str = "F", pool=PROSE_AGE_FORMS) -> str:
        form = form or self.ch(pool)
        if form == "cent" and n < 100:
            form = "aged_words"
        return age_mark(n, form, sex)

    def PA(self, form: str | None = None, sex: str | None = None, pool=PROSE_AGE_FORMS) -> str:
        """The patient's age; infants under two in months."""
        m = getattr(self, "age_m", None)
        if m is not None and m < 24:
            return K("age", self.ch((f"{m} mo", f"{m} months", f"{m}m", f"{m}-month-old" if form in ("a_words_yo", "yo_dot") else f"{m} mos")))
        return self.A(self.pt.age, form, sex or self.pt.sex, pool)

    def PS(self) -> str:
        """A sentence giving the patient's age."""
        m = getattr(self, "age_m", None)
        if m is not None and m < 24:
            return f"Age {K('age', f'{m} mo')}."
        n, sx = self.pt.age, self.pt.sex
        he, his = ("She", "her") if sx == "F" else ("He", "his")
        k = self.ri(0, 4)
        if k == 0:
            return f"Pt is {self.A(n, 'bare')}."
        if k == 1:
            return f"{he} is now {self.A(n, 'bare')}."
        if k == 2:
            return f"{he} is {self.A(n, 'young', sx)}, in {his} words."
        if k == 3:
            return f"Now {self.A(n, 'ord_year', sx)}."
        return f"Age {self.A(n, self.ch(('Y', 'Yr', 'yrs_att')), sx)}."

    def old_age(self) -> int:
        return self.ch((90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 97, 97, 98, 99, 100, 101,
                        102, 103, 104, 106))

    # phones
    def PH(self, ph, form: str | None = None, cat: str = "PHONE") -> str:
        if isinstance(ph, str):
            return P(cat, ph)
        form = form or self.ch(PHONE_FORMS)
        s = P(cat, phfmt(ph, form))
        if cat == "PHONE" and self.p(0.12):
            s += self.ch((" x", " ext. ", " ext ", " X")) + str(self.ri(10, 4999))
        return s

    def new_phone(self, area: str | None = None):
        return phone_us(self.r, area or (self.home["area"] if self.home else "312"))

    # e-mail
    def email_for(self, p: Person, foreign: str | None = None) -> str:
        g = ascii_fold(p.given.split()[0]).lower().replace("'", "")
        f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace(".", "")
        dom = FOREIGN_MAIL.get(foreign or "", None) or self.ch(MAIL_DOMAINS)
        local = self.ch((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{self.ri(1, 99)}", f"{f}.{g}",
                         f"{g}{f}{self.ri(50, 99)}", f"{g}.{f[0]}{self.ri(1, 9)}"))
        return f"{local}@{dom}"

    def EM(self, addr: str, form: str | None = None) -> str:
        local, dom = addr.split("@")
        form = form or self.ch(("plain", "plain", "caps", "spaced", "fullwidth", "dash-at", "angle"))
        if form == "caps":
            return P("EMAIL", addr.upper())
        if form == "spaced":
            return P("EMAIL", f"{local} @ {dom.replace('.', ' . ')}")
        if form == "fullwidth":
            return P("EMAIL", f"{local}＠{dom}")
        if form == "dash-at":
            return P("EMAIL", f"{local} -at- {dom.replace('.', ' -dot- ')}")
        if form == "angle":
            return "<" + P("EMAIL", addr) + ">"
        return P("EMAIL", addr)

    # ------------------------------------------------------------------ addresses
    def make_home(self, kind: str | None = None, city=None) -> dict:
        r = self.r
        if city is None:
            if self.p(0.3):
                t = self.ch(WORD_TOWNS)
                city = (t[0], t[1], t[2], t[3])
            else:
                city = self.ch(CITIES)
        name, st, z3, area = city
        kind = kind or self.ch(("std", "std", "std", "std", "dirnum", "wordnum", "cr", "fm", "sr",
                                "hwy", "rr", "queens", "mlk", "std", "std"))
        num = str(self.ri(2, 9899))
        unit = None
        if kind == "std":
            d = self.ch(("", "", "", "N ", "S. ", "East ", "W "))
            line = f"{num} {d}{self.ch(STREET_WORDS)} {self.ch(STREET_SUFFIX)}"
        elif kind == "dirnum":
            n = self.ri(2, 48)
            line = f"{num} {self.ch(('W.', 'E.', 'N.', 'S.', 'West', 'NE'))} {ordn(n)} {self.ch(('Ave.', 'St.', 'Ave', 'Street', 'Pl'))}"
        elif kind == "wordnum":
            n = self.ri(21, 99)
            w = words(n).title()
            last = w.split("-")[-1]
            ordmap = {"One": "First", "Two": "Second", "Three": "Third", "Four": "Fourth", "Five": "Fifth",
                      "Six": "Sixth", "Seven": "Seventh", "Eight": "Eighth", "Nine": "Ninth"}
            if last in ordmap:
                w = w[: -len(last)] + ordmap[last]
            else:
                w = w[:-1] + "ieth" if w.endswith("y") else w + "th"
            line = f"{num} {w} {self.ch(('St', 'Street', 'Ave'))}"
        elif kind == "cr":
            line = f"{num} {self.ch(('County Road', 'CR', 'County Rd.'))} {self.ri(2, 980)}"
        elif kind == "fm":
            line = f"{self.ri(1000, 29999)} {self.ch(('FM', 'Farm-to-Market Rd', 'FM Rd'))} {self.ri(100, 3400)}{self.ch(('', '', ' W', ' N'))}"
        elif kind == "sr":
            line = f"{num} {self.ch(('State Route', 'SR', 'State Rte.'))} {self.ri(2, 199)}"
        elif kind == "hwy":
            line = f"{num} {self.ch(('Hwy', 'US Hwy', 'Highway'))} {self.ri(2, 287)} {self.ch(('N', 'S', 'E', 'W', 'North', 'Bypass'))}"
        elif kind == "rr":
            line = f"Rural Route {self.ri(1, 9)}" + self.ch(("", f" Box {self.ri(2, 399)}"))
        elif kind == "queens":
            st_name, cty, zp = self.ch(QUEENS)
            line = f"{self.ri(30, 199)}-{self.ri(1, 68):02d} {st_name}"
            name, st, area = cty, "NY", "718"
            z3 = zp[:3]
        elif kind == "mlk":
            line = f"{num} {self.ch(('Martin Luther King Jr Blvd', 'Martin Luther King Jr. Dr', 'MLK Jr Blvd', 'Dr. Martin Luther King Jr. St'))}"
        else:
            raise ValueError(kind)
        if kind not in ("rr",) and self.p(0.5):
            unit = self.ch((f"Apt. {self.ri(1, 9)}{self.ch('ABCD')}", f"#{self.ri(2, 40)}",
                            f"Apt #{self.ri(1, 24)}", f"Unit {self.ri(1, 9)}-{self.ch('ABC')}",
                            f"Suite {self.ri(100, 420)}", "Upper", "Rear", "Bsmt",
                            f"Fl {self.ri(2, 4)}", f"Lot {self.ri(2, 88)}", f"Rm {self.ri(1, 12)}",
                            f"Apt {self.ri(1, 30)}"))
        zp = z3 + f"{self.ri(1, 99):02d}"
        if kind == "queens":
            zp = dict((q[0], q[2]) for q in QUEENS)[line.split(" ", 1)[1]]
        z4 = f"{zp}-{self.ri(1, 9999):04d}" if self.p(0.2) else zp
        return {"line": line, "unit": unit, "city": name, "state": st, "zip": z4, "area": area,
                "kind": kind}

    def fhir_addr(self, h: dict) -> dict:
        lines = [h["line"]] + ([h["unit"]] if h.get("unit") else [])
        return {"line": lines, "city": h["city"], "state": h.get("state", ""), "postalCode": h["zip"]}

    def ADDR(self, h: dict, form: str | None = None) -> str:
        """Render a US address dict. forms: oneline, oneline_city, twoline, caps, prose, street."""
        form = form or self.ch(("oneline", "oneline_city", "twoline", "caps", "prose"))
        line, unit = h["line"], h.get("unit")
        if form == "caps":
            s = P("ADDRESS", line.upper()) + (" " + P("ADDRESS", unit.upper()) if unit else "")
            return s + "\n" + P("CITY", h["city"].upper()) + " " + h["state"] + " " + P("ZIP", h["zip"])
        lt = P("ADDRESS", line) + (", " + P("ADDRESS", unit) if unit else "")
        if form == "street":
            return lt
        if form == "oneline":
            return lt + ", " + P("CITY", h["city"]) + ", " + h["state"] + " " + P("ZIP", h["zip"])
        if form == "oneline_city":
            return lt + ", " + P("CITY", h["city"])
        if form == "twoline":
            return lt + "\n" + P("CITY", h["city"]) + " " + h["state"] + "  " + P("ZIP", h["zip"])
        if form == "prose":
            lead = self.ch(("moved into the yellow house at ", "rents the back half of a duplex at ",
                            "lives with family at ", "has been staying at ", "returned home to "))
            return lead + lt + " in " + P("CITY", h["city"])
        raise ValueError(form)

    def foreign_addr(self, cc: str) -> tuple[str, dict]:
        """(marked address, fhir-ish dict) in a foreign format."""
        n = self.ri(2, 180)
        if cc == "nl":
            city, pc = self.ch(FOREIGN_CITIES["nl"])
            line = f"{self.ch(('Kerkstraat', 'Lindenlaan', 'Molenweg', 'Vondellaan', 'Oudegracht', 'Beukenlaan'))} {n}{self.ch(('', 'A', '-II', ' bis'))}"
            return P("ADDRESS", line) + "\n" + P("ZIP", pc) + " " + P("CITY", city) + "\nNetherlands", \
                {"line": [line], "city": city, "state": "", "postalCode": pc}
        if cc == "fr":
            city, pc = self.ch(FOREIGN_CITIES["fr"])
            line = f"{n} {self.ch(('rue des Lilas', 'avenue Jean Jaurès', 'boulevard de la Croix-Rousse', 'impasse des Tilleuls', 'rue du Moulin', 'chemin des Vignes'))}"
            bat = self.ch(("", f"Bât. {self.ch('ABC')}", f"Esc. {self.ri(1, 4)}"))
            s = P("ADDRESS", line) + (", " + P("ADDRESS", bat) if bat else "")
            return s + "\n" + P("ZIP", pc) + " " + P("CITY", city) + "\nFrance", \
                {"line": [line] + ([bat] if bat else []), "city": city, "state": "", "postalCode": pc}
        if cc == "mx":
            city, pc = self.ch(FOREIGN_CITIES["mx"])
            k = self.ri(0, 1)
            line = f"Calle {self.ri(1, 40)} #{n}" if k == 0 else f"{self.ch(('Av. Juárez', 'Calle Hidalgo', 'Av. Independencia', 'Privada de los Pinos'))} {n}"
            col = self.ch(("Centro", "Reforma", "Jalatlaco", "Chapultepec Norte", "Ex-Marquesado"))
            return (P("ADDRESS", line) + ", Col. " + P("ADDRESS", col) + ", C.P. " + P("ZIP", pc) + ", "
                    + P("CITY", city) + ", México"), {"line": [line, "Col. " + col], "city": city,
                                                      "state": "", "postalCode": pc}
        if cc == "jp":
            ku, city, pc, chome = self.ch(FOREIGN_CITIES["jp"])
            line = f"{self.ri(1, 5)}-{self.ri(1, 30)}-{self.ri(1, 20)} {chome}"
            return (P("ADDRESS", line) + ", " + P("CITY", ku) + ", " + P("CITY", city) + " " + P("ZIP", pc)
                    + ", Japan"), {"line": [line], "city": city, "state": "", "postalCode": pc}
        if cc == "de":
            city, pc = self.ch(FOREIGN_CITIES["de"])
            line = f"{self.ch(('Lindenstraße', 'Am Mühlbach', 'Schillerweg', 'Kaiser-Joseph-Straße'))} {n}"
            return P("ADDRESS", line) + "\n" + P("ZIP", pc) + " " + P("CITY", city) + "\nDeutschland", \
                {"line": [line], "city": city, "state": "", "postalCode": pc}
        if cc == "is":
            city, pc = self.ch(FOREIGN_CITIES["is"])
            line = f"{self.ch(('Laugavegur', 'Hringbraut', 'Skólavörðustígur', 'Hafnarstræti', 'Þingholtsstræti'))} {n}"
            return P("ADDRESS", line) + ", " + P("ZIP", pc) + " " + P("CITY", city) + ", Iceland", \
                {"line": [line], "city": city, "state": "", "postalCode": pc}
        if cc == "hu":
            city, pc = self.ch(FOREIGN_CITIES["hu"])
            line = f"{self.ch(('Piac u.', 'Kossuth Lajos u.', 'Petőfi tér', 'Széchenyi u.', 'Arany János u.'))} {n}."
            door = f"{self.ch(('I', 'II', 'III', 'IV'))}/{self.ri(1, 12)}"
            return (P("ZIP", pc) + " " + P("CITY", city) + ", " + P("ADDRESS", line) + " " + P("ADDRESS", door)
                    + ", Hungary"), {"line": [line, door], "city": city, "state": "", "postalCode": pc}
        if cc == "bd":
            city, pc = self.ch(FOREIGN_CITIES["bd"])
            line = f"House {n}, Road {self.ri(1, 27)}"
            loc = self.ch(("Dhanmondi", "Mirpur DOHS", "Zindabazar", "Uttara Sector 7"))
            return (P("ADDRESS", line) + ", " + P("ADDRESS", loc) + ", " + P("CITY", city) + " " + P("ZIP", pc)
                    + ", Bangladesh"), {"line": [line, loc], "city": city, "state": "", "postalCode": pc}
        if cc == "kh":
            city, pc = self.ch(FOREIGN_CITIES["kh"])
            line = f"#{n}, St. {self.ri(51, 600)}"
            loc = self.ch(("Sangkat Tuol Tumpung", "Sangkat Boeung Keng Kang", "Sangkat Svay Por"))
            return (P("ADDRESS", line) + ", " + P("ADDRESS", loc) + ", " + P("CITY", city) + " " + P("ZIP", pc)
                    + ", Cambodia"), {"line": [line, loc], "city": city, "state": "", "postalCode": pc}
        raise ValueError(cc)

    # ------------------------------------------------------------------ identifiers
    def ident(self, key: str) -> str:
        """Stable per-note identifiers."""
        if not hasattr(self, "_ids"):
            self._ids = {}
        if key in self._ids:
            return self._ids[key]
        r = self.r
        v = {
            "ssn": lambda: ssn(r), "itin": lambda: itin(r),
            "mrn": lambda: self.ch((f"E{digits(r, 7)}", f"{r.randint(1, 9)}{digits(r, 7)}",
                                    f"00{digits(r, 6)}", f"K{digits(r, 7)}",
                                    f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}", f"MR{digits(r, 6)}")),
            "acct": lambda: self.ch((f"V{digits(r, 9)}", f"{r.randint(1, 9)}{digits(r, 9)}",
                                     f"HAR{digits(r, 8)}", f"A{digits(r, 3)}-{digits(r, 6)}")),
            "fin": lambda: f"{r.randint(2, 9)}{digits(r, 8)}",
            "member": lambda: self.ch((f"XJH{digits(r, 9)}", f"W{digits(r, 9)}", f"ZGP{digits(r, 8)}",
                                       f"{digits(r, 3)}{r.choice('ABCDEFGHJK')}{digits(r, 5)}",
                                       f"U{digits(r, 8)}01")),
            "group": lambda: self.ch((f"{digits(r, 6)}", f"GRP-{digits(r, 5)}", f"{r.choice('BCDHKM')}{digits(r, 5)}")),
            "mbi": lambda: mbi(r),
            "medicaid": lambda: self.ch((f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 5)}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}",
                                         f"{digits(r, 10)}", f"MCD-{digits(r, 8)}")),
            "npi": lambda: npi(r),
            "claim": lambda: f"{digits(r, 2)}{r.choice('ABCDEFGH')}{digits(r, 9)}",
            "ein": lambda: f"{r.randint(10, 98)}-{digits(r, 7)}",
        }[key]()
        self._ids[key] = v
        return v

    def hicn(self) -> str:
        return self.ident("ssn").replace("-", "") + self.ch(("A", "B", "D", "C1"))

    def SSN(self, form: str | None = None, value: str | None = None) -> str:
        s = value or self.ident("ssn")
        a, g, sn = s.split("-")
        form = form or self.ch(("ss#", "socsec", "slash", "social", "ending", "stars", "xxx", "last4",
                                "boxes", "bracket", "attached", "verified", "es", "dashed", "spaced"))
        if form == "ss#":
            return "SS#: " + P("SSN", s)
        if form == "socsec":
            return "Soc Sec No. " + P("SSN", f"{a} {g} {sn}")
        if form == "slash":
            return "SSN/ITIN: " + P("SSN", s)
        if form == "social":
            return "social " + P("SSN", a + g + sn)
        if form == "ending":
            return "ssn ending " + P("SSN", sn)
        if form == "stars":
            return "SSN ****" + P("SSN", sn)
        if form == "xxx":
            return "SSN xxx xx " + P("SSN", sn)
        if form == "last4":
            return "last 4 SSN-" + P("SSN", sn)
        if form == "boxes":
            return "SSN [ " + P("SSN", " ".join(a) + " - " + " ".join(g) + " - " + " ".join(sn)) + " ]"
        if form == "bracket":
            return "Social Security Number: " + P("SSN", "".join(f"[{x}]" for x in a) + "-"
                                                 + "".join(f"[{x}]" for x in g) + "-"
                                                 + "".join(f"[{x}]" for x in sn))
        if form == "attached":
            return "SSN#" + P("SSN", a + g + sn)
        if form == "verified":
            return "S.S.N. " + P("SSN", s) + " (verified w/ card)"
        if form == "es":
            return "Seguro Social: " + P("SSN", s)
        if form == "dashed":
            return "SSN: " + P("SSN", s)
        if form == "spaced":
            return "Social Sec #: " + P("SSN", f"{a} {g} {sn}")
        raise ValueError(form)

    def MBI(self) -> str:
        m = self.ident("mbi")
        return P("HEALTH_PLAN", self.ch((m, f"{m[:4]}-{m[4:7]}-{m[7:]}")))

    def NPI(self, v: str | None = None) -> str:
        return P("OTHER_ID", v or npi(self.r))

    # ------------------------------------------------------------------ vitals / labs
    def vitals(self, sep: str = " | ") -> str:
        r = self.r
        if self.pt is not None and self.pt.age < 12:
            parts = [f"T {r.randint(362, 388) / 10:.1f} °C", f"HR {r.randint(84, 150)}", f"RR {r.randint(20, 40)}",
                     f"BP {r.randint(80, 108)}/{r.randint(45, 68)}", f"SpO2 {r.randint(94, 100)}%", f"Wt {kid_wt(self)} kg"]
            r.shuffle(parts)
            return sep.join(K("vital", x) for x in parts[: r.randint(4, 6)])
        t = self.ch((f"T {r.randint(361, 384) / 10:.1f} °C", f"T {r.randint(970, 1012) / 10:.1f}F",
                     f"Temp {r.randint(970, 1004) / 10:.1f}"))
        parts = [t, f"HR {r.randint(52, 118)}", f"RR {r.randint(12, 28)}",
                 f"BP {r.randint(92, 178)}/{r.randint(48, 98)}", f"SpO2 {r.randint(88, 100)}%",
                 self.ch((f"Wt {r.randint(420, 1180) / 10:.1f} kg", f"wt {r.randint(95, 260)} lb"))]
        r.shuffle(parts)
        return sep.join(K("vital", x) for x in parts[: r.randint(4, 6)])

    # ------------------------------------------------------------------ set-up
    def setup(self, spec: dict) -> None:
        """Patient, home, relatives, the note's author, a word-name and an eponym namesake."""
        lo, hi = spec.get("ages", (20, 89))
        kinds = spec.get("kinds", ("us", "us", "us", "us", "script", "script", "order", "order", "us"))
        kind = self.ch(kinds)
        self.frags: list[str] = []
        self.outsiders: list[Person] = []
        if kind == "us":
            pt = self.person("us")
        else:
            pt = self.person(kind)
        if spec.get("sex"):
            want = spec["sex"]
            if pt.sex != want:
                pt = self.person("us", want) if kind == "us" else pt
                if pt.sex != want:
                    for _ in range(30):
                        q = self.person(kind, want)
                        if q.sex == want:
                            pt = q
                            break
        self.pt = pt
        self.used_given.append(pt.given)
        old = spec.get("old", 0.0)
        age = self.old_age() if self.p(old) else self.ri(lo, hi)
        if spec.get("months"):
            self.age_m = self.ri(*spec["months"])
            age = self.age_m // 12
        self.dob = self.today - dt.timedelta(days=int(age * 365.25) + self.ri(5, 355))
        if spec.get("months"):
            self.dob = self.today - dt.timedelta(days=int(self.age_m * 30.44) + self.ri(0, 25))
        pt.age = (self.today.year - self.dob.year
                  - ((self.today.month, self.today.day) < (self.dob.month, self.dob.day)))
        self.home = self.make_home()
        pt.phone = self.new_phone()
        pt.email = self.email_for(pt)
        # relatives
        rels = []
        a = pt.age
        if a < 18:
            plan = [("mother", "F", self.ri(19, 41)), ("father", "M", self.ri(20, 48)),
                    ("grandmother", "F", self.ri(39, 72)), ("great-grandmother", "F", self.ri(74, 99))]
        elif a < 50:
            spouse = self.ch(("partner",) + (("wife",) if pt.sex == "M" else ("husband",)) * 4)
            plan = [(spouse, "", self.ri(max(18, a - 6), a + 7)),
                    ("mother", "F", self.ri(a + 19, a + 36)), (self.ch(("sister", "brother")), "", self.ri(max(16, a - 9), a + 9))]
            if a > 38 and not spec.get("childless"):
                plan.append((self.ch(("daughter", "son")), "", self.ri(a - 36, a - 20)))
        else:
            plan = [("wife" if pt.sex == "M" else "husband", "", self.ri(max(40, a - 7), a + 5)),
                    ("daughter", "F", self.ri(max(20, a - 38), a - 20)), ("son", "M", self.ri(max(20, a - 38), a - 20)),
                    ((self.ch(("granddaughter", "grandson")), "", self.ri(18, max(19, a - 42))) if a >= 62 else
                     (self.ch(("nephew", "niece")), "", self.ri(20, 40))),
                    (self.ch(("sister", "brother", "niece")), "", self.ri(max(30, a - 30), a + 3))]
        self.r.shuffle(plan)
        for rel, sx, ra in plan[: self.ri(2, 3)]:
            if not sx:
                sx = {"husband": "M", "wife": "F", "sister": "F", "brother": "M", "daughter": "F", "son": "M",
                      "granddaughter": "F", "grandson": "M", "niece": "F"}.get(rel, self.ch("FM"))
            same = rel not in ("husband", "wife", "partner", "niece") or self.p(0.5)
            q = self.relative_of(pt, rel, sx, same)
            q.age = max(1, ra)
            cc = GROUP_CC.get(pt.group)
            q.phone = phone_intl(self.r, cc) if cc and self.p(0.35) else self.new_phone()
            rels.append(q)
        if not any(q.age > 89 for q in rels) and a > 60 and self.p(0.4):
            oa = self.ri(max(90, a + 1), max(a + 9, 97))
            q = self.relative_of(pt, "mother" if oa - a >= 18 else self.ch(("older sister", "older brother")), "F", True)
            q.age = oa
            q.phone = self.new_phone()
            rels.append(q)
        self.rels = rels
        # author of the note
        role, cred = spec["author"]
        self.author = self.clinician(role, cred)
        # word name
        self._wordplay(spec)
        # eponym namesake
        ns = spec.get("namesakes", ())
        self.ns_e = (self.ch(ns)[2] if ns else
                     f"«e:{self.ch(GENERAL_EPONYMS)}» {self.ch(('absent', 'negative', 'not elicited'))}")
        self.ns_person = None
        if ns and self.p(0.9):
            self._namesake(self.ch(ns))

    def _wordplay(self, spec: dict) -> None:
        if self.p(0.55):
            nm, sx, frs = self.ch(WORD_GIVEN)
            role = self.ch(("patient", "relative", "outsider", "relative", "clinician"))
            fr = self.ch(frs).replace("{w}", "«w:" + nm.lower() + "»")
            if role == "patient" and self.pt.group == "us" and self.pt.sex == sx:
                self.pt.given = nm
                self.pt.full = f"{nm} {self.pt.family}"
                self.pt.email = self.email_for(self.pt)
                self.pt.group = "word"
            elif role == "relative":
                q = self.person("us", sx, given=nm,
                                family=self.pt.family if self.pt.group in ("us", "word") else None)
                q.rel, q.age = self.ch(("cousin", "stepdaughter" if sx == "F" else "stepson", "sister-in-law" if sx == "F" else "brother-in-law")
                                       if self.pt.age >= 18 else ("cousin", "aunt" if sx == "F" else "uncle")), self.ri(20, 80)
                q.phone = self.new_phone()
                self.rels.append(q)
            elif role == "clinician":
                role_, cred_ = self.ch((("staff nurse", "RN"), ("medical assistant", "CMA"),
                                        ("physical therapist", "PT"), ("licensed practical nurse", "LPN")))
                q = Person(nm, self._fresh(PROV_FAMILY, self.used_family), sx, clin=True, role=role_, cred=cred_)
                self.team.append(q)
                self.word_clin = q
            else:
                q = self.outsider(sx, given=nm)
                q.rel = self.ch(("neighbor", "friend", "landlord", "coworker", "roommate"))
                self.outsiders.append(q)
            self.frags.append(fr)
        if self.p(0.5):
            nm, frs = self.ch(WORD_FAMILY)
            role = self.ch(("patient", "relative", "outsider", "clinician"))
            fr = self.ch(frs).replace("{w}", "«w:" + nm.lower() + "»")
            if role == "patient" and self.pt.group == "us":
                self.pt.family = nm
                self.pt.full = f"{self.pt.given} {nm}"
                self.pt.email = self.email_for(self.pt)
                for q in self.rels:
                    if q.group in ("us", "word") and q.family != nm and q.rel not in ("husband", "wife", "partner", "niece"):
                        q.family = nm
                        q.full = f"{q.given} {nm}"
                self.pt.group = "word"
            elif role == "relative":
                q = self.person("us", family=nm)
                q.rel = self.ch(("son-in-law", "daughter-in-law", "ex-husband", "fiancé") if self.pt.age >= 18 else ("stepfather", "godmother", "aunt", "uncle"))
                q.age = self.ri(22, 75)
                if REL_SEX.get(q.rel) and REL_SEX[q.rel] != q.sex:
                    q.rel = REL_SWAP.get(q.rel, q.rel)
                q.phone = self.new_phone()
                self.rels.append(q)
            elif role == "clinician":
                role_, cred_ = self.ch((("staff nurse", "RN"), ("respiratory therapist", "RRT"), ("nurse case manager", "RN, CCM")))
                q = self.clinician(role_, cred_, family=nm)
                self.word_clin = q
            else:
                q = self.outsider(family=nm)
                q.rel = self.ch(("neighbor", "friend", "landlord", "pastor", "employer"))
                self.outsiders.append(q)
            self.frags.append(fr)
        t = [w for w in WORD_TOWNS if w[0] == self.home["city"]]
        if t and t[0][4]:
            self.frags.append(t[0][4].replace("{w}", "«w:" + t[0][0].lower() + "»"))

    def _namesake(self, item: tuple) -> None:
        name, how, epo = item
        self.ns_e = epo
        sx = how.split(":")[1] if ":" in how else None
        how = how.split(":")[0]
        role = self.ch(("patient", "clinician", "relative", "outsider", "patient", "clinician"))
        if role == "patient" and sx and self.pt.sex != sx:
            role = "outsider"
        if role == "patient" and self.pt.group in ("us", "word"):
            if how == "family":
                for q in self.rels:
                    if q.family == self.pt.family and q.group in ("us", "word"):
                        q.family = name
                        q.full = f"{q.given} {name}"
                self.pt.family = name
            else:
                self.pt.given = name
            self.pt.full = f"{self.pt.given} {self.pt.family}"
            self.pt.email = self.email_for(self.pt)
            self.ns_person = self.pt
        elif role == "clinician" or (role == "patient"):
            if how == "family":
                self.author.family = name
            else:
                self.author.given = name
                self.author.sex = sx or self.author.sex
            self.author.full = f"{self.author.given} {self.author.family}"
            self.ns_person = self.author
        elif role == "relative":
            q = self.person("us", sx, family=name if how == "family" else None,
                            given=name if how == "given" else None)
            q.rel = self.ch(("son-in-law", "daughter-in-law", "cousin", "sister-in-law") if self.pt.age >= 18 else ("stepfather", "godmother", "aunt", "uncle"))
            q.age = self.ri(24, 78)
            if REL_SEX.get(q.rel) and REL_SEX[q.rel] != q.sex:
                q.rel = REL_SWAP.get(q.rel, q.rel)
            q.phone = self.new_phone()
            self.rels.append(q)
            self.ns_person = q
        else:
            q = self.outsider(sx, family=name if how == "family" else None, given=name if how == "given" else None)
            q.rel = self.ch(("neighbor", "friend", "case worker", "landlord"))
            self.outsiders.append(q)
            self.ns_person = q

    def frag_line(self) -> str:
        if not self.frags:
            return ""
        lab = self.ch(("Other:", "Misc:", "Also noted:", "Additional:", "Observations:", "Nursing comment:"))
        return f"{lab} " + "; ".join(self.frags) + ".\n"

    # patient object ------------------------------------------------------------
    def patient_obj(self) -> dict:
        pt = self.pt
        names = pt.human_names()
        if getattr(self, "preferred", None):
            names.append({"text": self.preferred.full, "family": self.preferred.family,
                          "given": self.preferred.given.split()})
        addr = self.fhir_addr(self.home) if not getattr(self, "home_fhir", None) else self.home_fhir
        phones = [phfmt(pt.phone, "(a) e-l") if isinstance(pt.phone, tuple) else pt.phone]
        return {
            "names": names,
            "mrn": self.ident("mrn"),
            "phones": phones,
            "emails": [pt.email],
            "address": addr,
            "birthDate": self.dob.isoformat(),
            "relatives": [{"relationship": q.rel, "names": q.human_names(),
                           "phones": [phfmt(q.phone, "(a) e-l") if isinstance(q.phone, tuple) else q.phone] if q.phone else []}
                          for q in self.rels],
            "clinicians": [{"role": q.role, "names": q.human_names(), "credential": q.cred} for q in self.team],
        }


# ======================================================================================
# shared pools for sections

MEDS = ("apixaban 2.5 mg BID", "metoprolol succinate 25 mg daily", "furosemide 40 mg PO daily",
        "sertraline 50 mg daily", "levothyroxine 75 mcg daily", "tamsulosin 0.4 mg qHS",
        "gabapentin 300 mg TID", "atorvastatin 40 mg qHS", "pantoprazole 40 mg daily",
        "donepezil 10 mg qHS", "insulin glargine 18 units qHS", "amlodipine 5 mg daily",
        "senna 8.6 mg 2 tabs qHS", "polyethylene glycol 17 g daily", "melatonin 3 mg qHS",
        "cholecalciferol 2000 units daily", "lisinopril 10 mg daily", "mirtazapine 7.5 mg qHS",
        "hydroxyzine 25 mg q6h PRN itching", "ondansetron 4 mg ODT q8h PRN", "oxycodone 5 mg q4h PRN",
        "empagliflozin 10 mg daily", "carvedilol 6.25 mg BID", "spironolactone 25 mg daily",
        "latanoprost 0.005% 1 gtt OU qHS", "ferrous sulfate 325 mg every other day",
        "quetiapine 25 mg qHS PRN", "memantine 10 mg BID", "allopurinol 100 mg daily",
        "clopidogrel 75 mg daily", "dapagliflozin 10 mg daily", "budesonide-formoterol 160/4.5 2 puffs BID")
PHARMACIES = ("Hometown Drug", "Valley Apothecary", "Kroger Pharmacy #448", "Walgreens #11203",
              "Main Street Pharmacy", "Sav-Mor Drug", "CVS #6671", "Medicine Shoppe")
FH_EPONYMS = ("Paget disease of bone", "von Willebrand disease", "Fuchs dystrophy", "Pick disease",
              "Binswanger disease", "Buerger disease", "Takayasu arteritis", "Behçet disease",
              "Peutz-Jeghers syndrome", "Li-Fraumeni syndrome", "von Hippel-Lindau disease",
              "Fabry disease", "Gaucher disease", "Tay-Sachs disease", "Alport syndrome",
              "Brugada syndrome", "Wolff-Parkinson-White syndrome", "Hirschsprung disease",
              "Legg-Calvé-Perthes disease", "Scheuermann kyphosis", "Stargardt disease",
              "Leber hereditary optic neuropathy", "Dubin-Johnson syndrome", "Pompe disease",
              "Niemann-Pick disease", "Kimmelstiel-Wilson nephropathy", "Plummer-Vinson syndrome",
              "Budd-Chiari syndrome", "Zollinger-Ellison syndrome", "Ramsay Hunt syndrome",
              "Tolosa-Hunt syndrome", "Arnold-Chiari malformation", "Bartter syndrome",
              "Gitelman syndrome", "Liddle syndrome", "Conn syndrome", "Sheehan syndrome",
              "Noonan syndrome", "Prader-Willi syndrome", "Angelman syndrome", "Ebstein anomaly",
              "tetralogy of Fallot", "Eisenmenger syndrome", "Goodpasture syndrome",
              "Lennox-Gastaut syndrome", "Dravet syndrome", "Sturge-Weber syndrome",
              "Osgood-Schlatter disease", "Klinefelter syndrome", "Peyronie disease")
FH_PLAIN = ("CHF", "MI", "T2DM", "breast cancer", "CVA", "COPD", "AAA", "colon cancer", "dementia",
            "HTN", "atrial fibrillation", "CKD stage 4", "glaucoma", "osteoporosis", "prostate cancer")
GENERAL_EPONYMS = ("Rovsing sign", "Hamman sign",
                   "Gowers sign", "Allen test", "Adson test", "Yergason test",
                   "Speed test", "Neer impingement sign", "Lasègue sign", "Patrick test", "Ober test",
                   "Thompson test", "Virchow node", "Sister Mary Joseph nodule", "Courvoisier sign",
                   "Charcot triad", "Duroziez sign", "Quincke pulse", "de Musset sign",
                   "Janeway lesions", "Osler nodes", "Roth spots", "Marcus Gunn pupil",
                   "Holmes-Adie pupil", "Kussmaul sign", "Heberden nodes", "Bouchard nodes",
                   "Nikolsky sign", "Auspitz sign", "Koebner phenomenon", "Schamroth sign",
                   "Pemberton sign", "Stemmer sign", "Froment sign", "Finkelstein test")


def ndc(r: random.Random) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}"
    if k == 1:
        return f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}"
    return f"{digits(r, 5)}-{digits(r, 3)}-{digits(r, 2)}"


def lot(r: random.Random) -> str:
    return r.choice(("", "L", "X")) + f"{r.randint(1, 9)}{r.choice('ABCDEFGHK')}{r.choice('ABCDEFGHK')}{digits(r, 2)}{r.choice('ABC')}"


def lab_row(c: "Ctx") -> str:
    r = c.r
    opts = (("Na", f"{r.randint(128, 146)} mmol/L"), ("K", f"{r.randint(31, 58) / 10:.1f} mmol/L"),
            ("Cr", f"{r.randint(6, 24) / 10:.2f} mg/dL"), ("Hgb", f"{r.randint(78, 162) / 10:.1f} g/dL"),
            ("WBC", f"{r.randint(28, 164) / 10:.1f} K/µL"), ("Plt", f"{r.randint(88, 412)} K/µL"),
            ("Glucose", f"{r.randint(70, 240)} mg/dL"), ("Albumin", f"{r.randint(21, 46) / 10:.1f} g/dL"),
            ("TSH", f"{r.randint(4, 62) / 10:.2f} mIU/L"), ("HbA1c", f"{r.randint(52, 112) / 10:.1f}%"),
            ("BNP", f"{r.randint(40, 1900)} pg/mL"), ("INR", f"{r.randint(9, 31) / 10:.1f}"),
            ("Mg", f"{r.randint(14, 26) / 10:.1f} mg/dL"), ("CRP", f"{r.randint(1, 190) / 10:.1f} mg/L"),
            ("BUN", f"{r.randint(8, 96)} mg/dL"), ("Ferritin", f"{r.randint(12, 980)} ng/mL"))
    picks = r.sample(opts, r.randint(4, 6))
    return " · ".join(f"{a} «lab:{b}»" for a, b in picks)


# ======================================================================================
# headers

def hdr_labels(c: Ctx, title: str) -> str:
    pt = c.pt
    style = c.ch(("LF", "LFC", "full", "famcaps" if pt.order == "fg" else "LF", "both" if pt.script else "caps"))
    out = [f"{c.hospital} — {title}", f"Patient: {c.nm(pt, style)}    MRN: {P('MRN', c.ident('mrn'))}"]
    lab = c.ch(("B-day", "Born", "D.O.B.", "DOB/Age", "Birthdate", "Date of Birth (MM/DD/YYYY)", "BD", "Birth date"))
    if lab == "DOB/Age":
        out.append(f"DOB/Age: {c.D(c.dob)} / {c.PA('bare')}    Sex: {pt.sex}")
    else:
        dob = c.D(c.dob, "mm/dd/yyyy") if "MM/DD" in lab else c.D(c.dob)
        form = c.ch(HDR_AGE_FORMS)
        alab = {"sexsp": "Age/Sex", "sexpre": "Sex/Age"}.get(form, "Age")
        out.append(f"{lab}: {dob}    {alab}: {c.PA(form, pt.sex)}")
    vis = c.ch(("Visit #", "Enc #", "CSN", "Acct No.", "FIN", "HAR"))
    out.append(f"{vis}: {P('ACCOUNT', c.ident('acct'))}    Date of service: {c.D(c.today)}")
    phys = c.author.cred in ("MD", "DO", "MBBS", "PsyD")
    out.append(f"{c.ch(('Attending', 'Provider', 'Author') if phys else ('Author', 'Clinician', 'Seen by'))}: {c.cl(c.author)}")
    if c.p(0.4):
        out.append(f"{c.ch(('E-mail', 'Pt email', 'Contact e-mail'))}: {c.EM(c.pt.email)}   Cell: {c.PH(c.pt.phone)}")
    return "\n".join(out) + "\n\n"


def hdr_table(c: Ctx, title: str) -> str:
    pt = c.pt
    age = c.PA(c.ch(("bare", "Y", "Yrs", "yrs_att")), pt.sex)
    return (f"{title.upper()} | {c.hospital}\n| Patient | DOB | Age | Sex | MRN | Encounter |\n|---|---|---|---|---|---|\n"
            f"| {c.nm(pt, c.ch(('full', 'LF', 'caps')))} | {c.D(c.dob)} | {age} | {pt.sex} | {P('MRN', c.ident('mrn'))} "
            f"| {P('ACCOUNT', c.ident('acct'))} |\nDate: {c.D(c.today)}   Clinician: {c.cl(c.author)}\n\n")


def hdr_fax(c: Ctx, title: str) -> str:
    pt = c.pt
    fx = c.new_phone()
    fx2 = c.new_phone(c.ch(CITIES)[3])
    return (f"{c.D(c.today, c.ch(('MON dd yyyy', 'yyyy.mm.dd', 'Mon-dd-yyyy')))} {c.time('hh:mm')}  FROM: {c.hospital} "
            f"FAX {c.PH(fx, cat='FAX')}  TO: {c.PH(fx2, cat='FAX')}  P. 01/0{c.ri(2, 4)}\n"
            f"RE: {c.nm(pt, 'caps')}  DOB {c.D(c.dob)}  MRN {P('MRN', c.ident('mrn'))}  "
            f"Age {c.PA(c.ch(('Y', 'yo_dot', 'bare')), pt.sex)}\n{title}\n\n")


def hdr_caps(c: Ctx, title: str) -> str:
    pt = c.pt
    return (f"*** {title.upper()} ***\nPT: {c.nm(pt, 'LFC')}   D.O.B: {c.D(c.dob, c.ch(('MON dd yyyy', 'ddMonyyyy', 'mm/dd/yyyy')))}   "
            f"AGE: {c.PA(c.ch(('Yo', 'Y', 'Yrs', 'sexsp')), pt.sex)}\n"
            f"MRN: {P('MRN', c.ident('mrn'))}   FIN: {P('ACCOUNT', c.ident('fin'))}   DATE: {c.D(c.today, c.ch(('MON dd yyyy', 'mm.dd.yy', 'yy-Mon-dd')))}\n"
            f"{'ATTENDING' if c.author.cred in ('MD', 'DO', 'MBBS', 'PsyD') else 'CLINICIAN'}: {c.cl(c.author, 'caps')}\n"
            + (f"EMAIL: {c.EM(c.pt.email, 'caps')}\n" if c.p(0.35) else "") + "\n")


def hdr_narr(c: Ctx, title: str) -> str:
    pt = c.pt
    return (f"{title}. Seen {c.D(c.today)} at {c.hospital}. {c.nm(pt, c.ch(('full', 'both', 'title')))}, "
            f"{c.PA(c.ch(('a_words_yo', 'y_old', 'yo_race', 'yo_dot', 'yrs_att')), pt.sex)}, MRN {P('MRN', c.ident('mrn'))}, "
            f"{c.ch(('born', 'b.', 'DOB'))} {c.D(c.dob)}. Clinician: {c.cl(c.author)}.\n\n")


def hdr_csv(c: Ctx, title: str) -> str:
    pt = c.pt
    return (f"{title}\npt_name;dob;age;sex;mrn;enc_date;clinician\n{c.nm(pt, c.ch(('full', 'caps')))};{c.D(c.dob, c.ch(('iso', 'mm/dd/yyyy', 'yyyy.mm.dd')))};"
            f"{c.PA('bare')};{pt.sex};{P('MRN', c.ident('mrn'))};{c.D(c.today, c.ch(('iso', 'mm/dd/yyyy', 'ymd8')))};{c.nm(c.author, 'full')}\n\n")


HEADERS = (hdr_labels, hdr_table, hdr_fax, hdr_caps, hdr_narr, hdr_csv)


# ======================================================================================
# signatures

def credential_line(c: Ctx, a: Person) -> str:
    k = c.ri(0, 4)
    if k == 0 and a.cred in ("MD", "DO", "MBBS"):
        return f" · DEA {P('LICENSE', dea(c.r, a.family))}"
    if k == 1:
        st = c.home["state"] if c.home else "IL"
        lic = c.ch((f"{st}-{c.ch(('RN', 'MD', 'LIC'))}{digits(c.r, 6)}", f"{digits(c.r, 3)}.{digits(c.r, 6)}", f"{c.ch('ABCDEFGHJK')}{digits(c.r, 5)}"))
        return f" · Lic. {P('LICENSE', lic)}"
    if k == 2:
        dom = c.ch(("threeriversmc.org", "cedarbluffhealth.org", "northgatesh.org", "pinecrest-sh.org", "tricountyhc.com"))
        local = ascii_fold(a.given.split()[0][0] + a.family).lower().replace(" ", "").replace("-", "").replace("'", "")
        return f" · {c.EM(local + '@' + dom, 'plain')}"
    return ""


def signature(c: Ctx) -> str:
    a = c.author
    k = c.ri(0, 5)
    if k in (0, 1) and c.p(0.6):
        cl = credential_line(c, a)
        if cl:
            return (f"\nElectronically signed: {c.cl(a, 'full')}{cl} {c.D(c.today, 'm/d/yyyy')} {c.time('hh:mm:ss ap')}\n" if k == 0
                    else f"\n/es/ {c.nm(a, 'caps')}, {a.cred}{cl} | {c.D(c.today)}\n")
    if k == 0:
        return f"\nElectronically signed: {c.cl(a, 'full')} {c.D(c.today, 'm/d/yyyy')} {c.time('hh:mm:ss ap')}\n"
    if k == 1:
        return f"\n/es/ {c.nm(a, 'caps')}, {a.cred} | NPI {c.NPI()} | {c.D(c.today)}\n"
    if k == 2:
        tr = c.outsider()
        return (f"\nDictated by: {c.nm(a, 'init')}, {a.cred}   Transcribed by: {c.nm(tr, c.ch(('full', 'given_init')))}   "
                f"Job {P('OTHER_ID', str(c.ri(1000000, 9999999)))}\nD: {c.D(c.today, 'm/d/yy')} T: {c.D(c.later(0, 2), 'm/d/yy')}\n")
    if k == 3:
        return f"\n— {c.nm(a, c.ch(('given', 'full')))} ({a.role}), pager {c.ri(1000, 9999)}\n"
    if k == 4:
        return f"\nSigned {c.nm(a, 'LF')} {a.cred} {P('DATE', dfmt(c.today, 'ymd8') + c.time('hhmm'))}\n"
    b = c.clinician("supervising physician", "MD", team=False)
    return f"\n{c.cl(a)}\nReviewed and cosigned: {c.dr(b)} ({c.D(c.later(0, 3))})\n"


# ======================================================================================
# extra sections shared by all types (each returns marked text)

def rel_age(c: Ctx, q: Person) -> str:
    if q.age is None:
        return ""
    return " " + c.A(q.age, c.ch(("paren", "paren", "Yrs", "y_old", "yrs_att")), q.sex)


def x_contacts(c: Ctx) -> str:
    people = [q for q in c.rels] + [q for q in c.outsiders]
    if not people:
        return ""
    k = c.ri(0, 2)
    if k == 0:
        rows = ["Contacts"]
        for q in people:
            ph = f" — {c.PH(q.phone)}" if q.phone else ""
            rows.append(f"- {q.rel.capitalize()}: {c.nm(q)}{rel_age(c, q)}{ph}")
        if c.p(0.7):
            q = people[0]
            rows.append(f"  e-mail ({q.rel}): {c.EM(c.email_for(q))}")
        return "\n".join(rows) + "\n"
    if k == 1:
        rows = ["| Relationship | Name | Age | Phone |", "|---|---|---|---|"]
        for q in people:
            age = c.A(q.age, "bare", q.sex) if q.age else ""
            rows.append(f"| {q.rel} | {c.nm(q, c.ch(('full', 'LF', 'caps')))} | {age} | {c.PH(q.phone) if q.phone else '—'} |")
        return "Contacts\n" + "\n".join(rows) + "\n"
    parts = []
    for i, q in enumerate(people):
        ph = f", reachable at {c.PH(q.phone)}" if q.phone else ""
        age = f", {c.A(q.age, c.ch(('now', 'bare')), q.sex)}," if q.age and c.p(0.5) else ""
        if i == 0:
            parts.append(f"Emergency contact is the patient's {q.rel} {c.nm(q)}{age}{ph}.")
        else:
            parts.append(f"Also {q.rel} {c.nm(q)}{age}{ph}.")
    return " ".join(parts).replace(",,", ",") + "\n"


def x_ids(c: Ctx) -> str:
    pt = c.pt
    k = c.ri(0, 3) if pt.age >= 60 else c.ch((0, 1, 3))
    look = c.ch((f"NDC «code:{ndc(c.r)}» lot {lot(c.r)} EXP {c.later(200, 900).strftime('%Y-%m')}",
                 f"CLIA {digits(c.r, 2)}D{digits(c.r, 7)}; pager {c.ri(1000, 9999)}",
                 f"CPT «code:{c.ch(('99205', '99215', '97162', '92610', '99497', '96413'))}»; lot {lot(c.r)}"))
    if k == 0:
        return (f"Registration\n{c.SSN()}   {c.ch(('Member ID', 'Subscriber #', 'Policy No.', 'Ins ID'))}: "
                f"{P('HEALTH_PLAN', c.ident('member'))}   Group: {P('HEALTH_PLAN', c.ident('group'))}\n"
                f"Guarantor acct: {P('ACCOUNT', c.ident('acct'))}   {look}\n")
    if k == 1:
        return (f"| patient | | born | plan id |\n|---|---|---|---|\n| {c.nm(pt, c.ch(('full', 'caps', 'LF')))} | "
                f"{P('SSN', c.ident('ssn'))} | {c.D(c.dob)} | {P('HEALTH_PLAN', c.ident('member'))} |\n{look}\n")
    if k == 2:
        return (f"Coverage: Medicare {c.MBI()} (legacy HICN {P('HEALTH_PLAN', c.hicn())}); Medicaid "
                f"{P('HEALTH_PLAN', c.ident('medicaid'))}. {c.SSN()}.\n{look}\n")
    g = c.rels[0] if c.rels else c.outsider()
    if not c.rels:
        g.rel = "guardian"
    trust = c.p(0.5)
    pg = c.outsider()
    extra = (f"Rep payee: {c.nm(pt, 'full')} Special Needs Trust, EIN {P('OTHER_ID', c.ident('ein'))}\n" if trust
             else f"Guardian: {c.nm(pg, 'full')} (professional guardian, {c.ch(('Guardian Services LLC', 'Safe Harbor Fiduciary', 'Tri-State Guardianship'))}), "
                  f"EIN {P('OTHER_ID', c.ident('ein'))}\n")
    return (f"Financial\nGuarantor: {c.nm(g, 'LF')}   {c.SSN(value=ssn(c.r))}\n{extra}"
            f"Patient {c.SSN()}   {look}\n")


FH_CAP = {"Mother": 42, "Father": 45, "Maternal aunt": 44, "Paternal uncle": 46, "Older sister": 12,
          "Brother": 10, "MGM": 80, "MGF": 82, "PGM": 80, "PGF": 82, "Great-grandmother": 105,
          "Great-grandfather": 105}
FH_GEN1 = ("MGM", "MGF", "PGM", "PGF")
FH_GEN2 = ("Mother", "Father", "Maternal aunt", "Paternal uncle")


def fh_age(c: Ctx, rel: str, want_old: bool) -> int:
    """An age (living or at death) a relative of this label can have, given the patient's age."""
    cap = min(c.pt.age + FH_CAP[rel], 106)
    if want_old and cap >= 90:
        for _ in range(20):
            a = c.old_age()
            if a <= cap:
                return a
        return 90
    lo = 38 if rel not in ("Older sister", "Brother") else max(c.pt.age - 8, 20)
    hi = max(min(cap, 89), 20)
    return c.ri(min(lo, hi), hi)


def x_fh(c: Ctx) -> str:
    r = c.r
    young = c.pt.age < 40
    pool = ["Mother", "Father", "MGM", "MGF", "PGM", "PGF", "Maternal aunt", "Paternal uncle", "Older sister", "Brother"]
    if young:
        pool += ["Great-grandmother", "Great-grandfather"]
    rels = r.sample(pool, r.randint(3, 4))
    if not any(min(c.pt.age + FH_CAP[x], 106) >= 90 for x in rels):
        rels[0] = "Great-grandmother" if young else "MGM"

    def dx():
        return f"«e:{c.ch(FH_EPONYMS)}»" if c.p(0.55) else f"«dx:{c.ch(FH_PLAIN)}»"
    old_first = [x for x in rels if min(c.pt.age + FH_CAP[x], 106) >= 90][0]
    ages = [fh_age(c, x, x == old_first or c.p(0.35)) for x in rels]
    k = c.ri(0, 3)
    lang = {"zh": "zh", "hu": "hu", "es2": "es", "vi": "bare"}.get(c.pt.group)
    if k == 0:
        rows = ["Family history", "Relative | Age | Conditions"]
        for rel, a in zip(rels, ages):
            form = c.ch(("d_dot", "died", "lived", "bare", "ped_d") + ((lang, lang) if lang else ()))
            rows.append(f"{rel} | {c.A(a, form)} | {dx()}")
        return "\n".join(rows) + "\n"
    if k == 1:
        g1 = r.sample(FH_GEN1, 2)
        g2 = r.sample(FH_GEN2[:2], 2)
        items = []
        for i, rel in enumerate(g1 + g2):
            a = fh_age(c, rel, i == 0 or c.p(0.3))
            sym = "■" if rel in ("MGF", "PGF", "Father", "Paternal uncle") else "●"
            items.append(f"{'I' if i < 2 else 'II'}-{i % 2 + 1} {sym} {c.A(a, c.ch(('ped_d', 'ped_y')))} {dx()}")
        return "Pedigree (proband ◆ III-1): " + " · ".join(items) + "\n"
    if k == 2:
        def disp(x):
            return x if x.isupper() else x.lower()
        (r1, a1), (r2, a2) = list(zip(rels, ages))[:2]
        s = (f"FH: {disp(r1)} {c.A(a1, c.ch(('lived', 'died')))} ({dx()}); "
             f"{disp(r2)} {c.A(a2, c.ch(('died', 'now', 'at_n')))}, {dx()}.")
        if len(rels) > 2:
            s += f" {rels[2]} {c.A(ages[2], c.ch(('d_dot', 'lived')))}, {dx()}."
        if c.p(0.5):
            s += f" The family gathered {c.A(c.old_age(), 'bday', c.ch('FM'))} for a great-aunt in {c.DM(c.ago(20, 300))}."
        return s + "\n"
    rows = ["rel;age;status;dx"]
    for rel, a in zip(rels, ages):
        rows.append(f"{rel.lower()};{c.A(a, 'bare')};{c.ch(('deceased', 'living', 'deceased'))};{dx()}")
    return "Family hx export\n" + "\n".join(rows) + "\n"


def x_social(c: Ctx) -> str:
    h = c.home
    k = c.ri(0, 4)
    if k == 1 and c.ntype == "disaster shelter triage record":
        k = 0
    neighbor = c.outsider()
    neighbor.rel = "neighbor"
    tob = c.ch(("smokes ½ ppd", "quit tobacco 1998", "never smoker", "vapes daily", "chews tobacco"))
    if c.pt.age < 14:
        tob = c.ch(("no smokers in the home", "second-hand smoke exposure at a relative's house", "one indoor cat"))
    if k == 0:
        return (f"Social: {c.ADDR(h, 'prose')}. Neighbor {c.nm(neighbor)} checks in daily "
                f"({c.PH(c.new_phone())}). {tob}{'; EtOH 2-3 beers/wk' if c.pt.age >= 21 else ''}.\n")
    if k == 1:
        sh = c.ch(("Harbor Light Shelter", "Good Samaritan Mission", "Cornerstone Family Shelter", "St. Vincent House"))
        line = f"{c.ri(100, 2999)} {c.ch(STREET_WORDS)} {c.ch(('St', 'Ave', 'Blvd'))}"
        return (f"Social: currently homeless. Mail: {P('ADDRESS', 'General Delivery')}, {P('CITY', h['city'])}, "
                f"{h['state']} {P('ZIP', h['zip'])}. Sleeps at {P('ADDRESS', sh)}, {P('ADDRESS', line)} (bed {c.ri(1, 80)}). "
                f"Case worker {c.nm(neighbor)}. {tob}.\n")
    if k == 2:
        return (f"Social: mail c/o {c.nm(neighbor, 'full')}, {c.ADDR(h, 'oneline')}. {tob}. "
                f"{c.ri(2, 14)} steps to enter.\n")
    if k == 3:
        cc = c.ch(("nl", "fr", "mx", "jp", "is", "hu", "bd", "kh"))
        fa, _ = c.foreign_addr(cc)
        return (f"Social: lives at {c.ADDR(h, 'oneline_city')}. Until {c.DM(c.ago(400, 3000))} lived abroad at\n{fa}\n"
                f"(lease ended {c.D(c.ago(400, 3000), c.ch((CC_DATE.get(cc, 'dd/mm/yyyy'), 'dd/mm/yyyy')))}) "
                f"{tob}.\n")
    return f"SOCIAL HX: LIVES AT {c.ADDR(h, 'caps')}\nWITH {c.rels[0].rel.upper() if c.rels else 'ALONE'}. {tob.upper()}.\n"


PED_MEDS = ("cetirizine 5 mg daily", "albuterol HFA 90 mcg 2 puffs q4h PRN", "amoxicillin 400 mg/5 mL 6 mL BID",
            "ibuprofen 100 mg/5 mL 7.5 mL q6h PRN", "fluticasone 50 mcg 1 spray each nostril daily",
            "methylphenidate ER 18 mg daily", "polyethylene glycol 8.5 g daily", "ferrous sulfate 15 mg/mL 1 mL daily",
            "cholecalciferol 400 units daily", "acetaminophen 160 mg/5 mL 5 mL q6h PRN")


def x_meds(c: Ctx) -> str:
    meds = c.r.sample(MEDS if c.pt.age >= 18 else PED_MEDS, c.ri(3, 5))
    rows = [f"Medications (reconciled {c.D(c.ago(0, 20))}):"]
    rows += [f"{i + 1}. «rx:{m}»" for i, m in enumerate(meds)]
    rows.append(f"Pharmacy: {c.ch(PHARMACIES)} {c.PH(c.new_phone())}; Rx #{P('OTHER_ID', str(c.ri(1000000, 9999999)))} "
                f"filled {c.DX(c.ago(2, 40))}. NDC «code:{ndc(c.r)}», lot {lot(c.r)}, EXP {c.later(100, 800).strftime('%Y-%m')}.")
    return "\n".join(rows) + "\n"


def x_labs(c: Ctx) -> str:
    d = c.ago(0, 30)
    acc = c.ch((f"L{digits(c.r, 9)}", f"{c.today.year % 100}-{c.ch(('CH', 'HM', 'MB'))}-{digits(c.r, 6)}"))
    return f"Labs {c.DX(d)} (acc {P('OTHER_ID', acc)}): {lab_row(c)}\nVitals: {c.vitals()}\n"


def x_timeline(c: Ctx) -> str:
    r = c.r
    items = []
    d1 = c.ago(300, 2400)
    items.append(f"s/p {c.ch(('lap chole', 'TKA R', 'CABG x3', 'TURP', 'ORIF L wrist', 'cataract OD'))} ({c.D(d1, c.ch(('m/d/yy', 'm.d.yy', 'Mon-dd-yyyy')))})")
    a = c.ago(20, 200)
    b = a + dt.timedelta(days=c.ri(2, 9))
    sty = c.ch(("mm/dd/yy", "m/d"))
    if sty == "mm/dd/yy":
        items.append(f"{P('DATE', f'{a.month:02d}/{a.day:02d}/{a.year % 100:02d}')}-{P('DATE', f'{b.month:02d}/{b.day:02d}/{b.year % 100:02d}')} inpatient ({c.ch(HOSPITALS)})")
    else:
        items.append(f"{c.DN(a, 'm/d')} - {c.DN(b, 'm/d')} inpatient, d/c'd {c.DN(b, 'm/d')} to SNF")
    d2 = c.ago(3, 60)
    items.append(c.ch((f"Wk of {c.DN(d2, 'm/d')}: new swelling", f"on {c.DN(d2, 'm /d')} fell at home",
                       f"between the {P('DATE', ordn(d2.day))} and {P('DATE', ordn(min(28, d2.day + 2)))} poor intake",
                       f"{c.DN(d2, 'MonthDD')}: ED visit", f"{c.DN(d2, 'ordof')}: seen by PCP")))
    d3 = c.ago(30, 600)
    items.append(f"{c.DM(d3)}: {c.ch(('started apixaban', 'flu vaccine', 'colonoscopy', 'echo EF «lab:35%»', 'DEXA T-score «lab:-2.8»'))}")
    items.append(f"uploaded {c.ch(('scan', 'img', 'outside_recs', 'ekg'))}_{P('DATE', dfmt(c.ago(0, 10), 'ymd8'))}.pdf (v{r.randint(1, 4)}.{r.randint(0, 14)})")
    r.shuffle(items)
    return "Timeline\n" + "\n".join("- " + x for x in items) + "\n"


def x_portal(c: Ctx) -> str:
    who = c.rels[0] if c.rels and c.p(0.6) else c.pt
    h = c.home
    bits = []
    if c.p(0.5):
        bits.append(f"{('her' if c.pt.sex == 'F' else 'his') if who is not c.pt else 'my new'} address is {P('ADDRESS', h['line'].lower())}"
                    + (f" {P('ADDRESS', h['unit'].lower())}" if h.get('unit') else "") + f" {P('CITY', h['city'].lower())}")
    if c.p(0.5):
        sv = c.ident("ssn")
        k = c.ri(0, 2)
        ssn_txt = (f"social is {P('SSN', sv.replace('-', ''))}" if k == 0 else
                   f"ssn ending {P('SSN', sv[-4:])}" if k == 1 else f"last 4 ssn-{P('SSN', sv[-4:])}")
        bits.append(f"the form needs {'her' if who is not c.pt else 'my'} {ssn_txt}")
    bits.append(f"call me at {c.PH(who.phone or c.new_phone(), c.ch(('a e l', 'ael', '(a)el', 'a.e.l')))}")
    if c.p(0.5):
        slug = ascii_fold(c.pt.given.split()[0] + "-" + c.pt.family).lower().replace(" ", "-").replace("'", "")
        bits.append(f"fundraiser is {P('URL', c.ch(('gofundme.com/f/help-' + slug, 'www.gofundme.com/f/' + slug + '-recovery', 'givesendgo.com/' + slug)))}")
    intro = f"hi this is {c.nm(who, 'lower')}" + (f" ({who.rel} of {c.nm(c.pt, 'lower')})" if who is not c.pt else "")
    return f"Portal message {c.DX(c.ago(0, 6))} {c.time('h:mm ap')}:\n\"{intro}. " + ". ".join(bits) + ". thx\"\n"


def x_tech(c: Ctx) -> str:
    r = c.r
    dev = c.ch(("BP cuff", "cellular scale", "pulse oximeter", "glucometer", "home hub", "CPAP"))
    sn = c.ch((f"{c.ch(('BPM', 'SC', 'OX', 'GM', 'HB'))}{digits(r, 2)}-{digits(r, 6)}", f"SN{digits(r, 10)}",
               f"{r.choice('ABCDEFGH')}{digits(r, 3)}{r.choice('KLMNP')}{digits(r, 5)}"))
    s = f"Devices: {dev} S/N {P('DEVICE', sn)}; MAC {P('DEVICE', mac(r, r.randint(0, 2)))}"
    if c.p(0.5):
        s += f"; IMEI {P('DEVICE', imei(r))}"
    v6 = ipv6(r)
    if c.p(0.3):
        s += f"\nLast upload {c.D(c.ago(0, 3))} {c.time('hh:mm')} from [{P('IP', v6)}]:{c.ri(1024, 65000)}"
    else:
        s += f"\nLast upload {c.D(c.ago(0, 3))} {c.time('hh:mm')} from {P('IP', ipv4(r))} / {P('IP', v6)}"
    dom = c.ch(("mychart.threeriversmc.org", "portal.cedarbluffhealth.org", "my.prairielakes.health", "followmyhealth.tricountyhc.com"))
    s += f"\nPortal: {P('URL', dom + '/u/' + str(c.ri(1000, 99999)))}\n"
    return s


def x_transport(c: Ctx) -> str:
    r = c.r
    drv = c.outsider()
    st = c.home["state"]
    plate = c.ch((f"{r.randint(1, 9)}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 3)}",
                  f"{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}-{digits(r, 4)}",
                  f"{digits(r, 3)} {c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}"))
    co = c.ch(("Ride Right", "CareVan", "Tri-County Transit", "Medi-Lift"))
    s = (f"Transport: {co} wheelchair van, plate {st} {P('VEHICLE', plate)}, driver {c.nm(drv, c.ch(('full', 'given_init')))}; "
         f"pickup at {c.ADDR(c.home, 'street')}.")
    if c.p(0.6):
        s += f" Family car: {c.ri(2006, 2023)} {c.ch(('Silverado', 'Camry', 'Odyssey', 'F-150', 'Equinox', 'Altima'))}, VIN {P('VEHICLE', vin(r))}."
    return s + "\n"


def x_billing(c: Ctx) -> str:
    return (f"Billing: acct {P('ACCOUNT', c.ident('acct'))} · claim {P('OTHER_ID', c.ident('claim'))} · CPT "
            f"«code:{c.ch(('99204', '99214', '99223', '99497', '97163', '92611', '99358'))}» · ICD-10 "
            f"«code:{c.ch(('Z79.01', 'I50.32', 'R13.12', 'E11.65', 'N18.4', 'Z94.84', 'B20', 'A15.0', 'T39.1X1A'))}» · "
            f"rendering NPI {c.NPI()}\n")


EXTRAS = (x_contacts, x_ids, x_fh, x_social, x_meds, x_labs, x_timeline, x_portal, x_tech, x_transport, x_billing)


# ======================================================================================
# note bodies (one per type); each returns marked text with «kind:text» keep mark-up

def kid_wt(c: Ctx) -> str:
    m = getattr(c, "age_m", None)
    months = m if m is not None else c.pt.age * 12 + c.ri(0, 11)
    kg = 3.4 + months * 0.55 if months < 12 else 10 + (months - 12) * 0.19
    return f"{kg + c.ri(-8, 8) / 10:.1f}"


def new_rel(c: Ctx, rel: str, sex: str, age: int, same: bool = True) -> Person:
    q = c.relative_of(c.pt, rel, REL_SEX.get(rel, sex), same)
    q.age = age
    q.phone = c.new_phone()
    c.rels.append(q)
    return q


def b_bmt(c: Ctx) -> str:
    pt = c.pt
    d0 = c.ago(96, 104)
    dp = (c.today - d0).days
    if c.p(0.5):
        dn = new_rel(c, c.ch(("sister", "brother")), c.ch("FM"), max(18, pt.age + c.ri(-8, 8)))
        donor = f"HLA-identical {dn.rel} {c.nm(dn, c.ch(('full', 'given')))} ({c.A(dn.age, 'bare')})"
    else:
        donor = (f"10/10 MUD (donor ID {P('OTHER_ID', f'{digits(c.r, 4)}-{digits(c.r, 4)}-{c.ri(0, 9)}')}, "
                 f"{c.A(c.ri(19, 44), 'yo_dot')} male)")
    dx = c.ch(("«dx:AML» in CR1", "«dx:MDS with excess blasts»", "«dx:Ph+ ALL» in CR1", "«dx:severe aplastic anemia»",
               "«dx:primary myelofibrosis»", "«e:Fanconi anemia»", "«e:Wiskott-Aldrich syndrome»"))
    cg = c.rels[0] if c.rels else new_rel(c, "spouse", c.ch("FM"), pt.age)
    lodge = c.make_home(c.ch(("std", "dirnum")), city=c.ch(CITIES))
    anc = d0 + dt.timedelta(days=c.ri(12, 21))
    plt_ = d0 + dt.timedelta(days=c.ri(16, 30))
    return mk(
        f"DAY +{dp} EVALUATION (allogeneic HCT)\n"
        f"Indication: {dx}. Conditioning «rx:{c.ch(('Flu/Mel 140 mg/m2', 'Bu/Cy', 'Flu/Bu4', 'TBI 200 cGy/Flu/Cy'))}»; "
        f"graft PBSC from {donor}. Day 0 = {c.D(d0)}.\n"
        f"Engraftment: ANC >500 on day +{(anc - d0).days} ({c.DN(anc)}); platelets >20K on {c.DX(plt_)}.\n"
        f"GVHD: skin stage 1, gut 0, liver 0 = «e:Glucksberg grade» «s:I»; treated with «rx:triamcinolone 0.1% cream BID».\n"
        f"Chimerism: CD3 «lab:96% donor», CD33 «lab:100% donor». CMV PCR «lab:not detected». Other: {c.ns_e}.\n"
        f"Performance: «e:Karnofsky Performance Status» «s:{c.ch(('70%', '80%', '90%'))}»; walks 400 m in 6 min.\n"
        f"Meds: «rx:tacrolimus 1 mg BID» (trough «lab:6.8 ng/mL»), «rx:acyclovir 800 mg BID», "
        f"«rx:posaconazole 300 mg daily», «rx:TMP-SMX DS 1 tab MWF» for «e:Pneumocystis jirovecii» prophylaxis.\n"
        f"Caregiver: {cg.rel} {c.nm(cg)} ({c.PH(cg.phone)}), 24/7 until day +100. Staying at the transplant house, "
        f"{c.ADDR(lodge, 'street')}, {P('CITY', lodge['city'])}.\n"
        f"Plan: start tacrolimus taper {c.DX(c.later(3, 10))}; re-vaccination series from {c.DM(d0 + dt.timedelta(days=183))}; "
        f"return to referring oncologist {c.dr(c.clinician('referring oncologist', 'MD', team=False))} in {P('CITY', c.ch(CITIES)[0])}.\n"
        + c.frag_line())


def b_ivf(c: Ctx) -> str:
    pt = c.pt
    partner = next((q for q in c.rels if q.rel in ("husband", "wife", "partner")), None) or new_rel(c, "partner", "M", pt.age + 2, False)
    g = c.ri(0, 3)
    lmp = c.ago(5, 25)
    hsg = c.ago(40, 300)
    sa = c.ago(10, 90)
    cc = c.ch(("nl", "fr", "hu", "is"))
    city_abroad = FOREIGN_CITIES[cc][0][0]
    ret = c.ago(300, 900)
    donor = P("OTHER_ID", f"{c.ch(('CCB', 'XYT', 'SB'))}-{digits(c.r, 5)}")
    wit = c.outsider()
    return mk(
        f"REPRODUCTIVE ENDOCRINOLOGY — NEW CONSULT\n"
        f"{c.nm(pt, 'title')} is {c.PA(c.ch(('a_words_yo', 'y_old', 'yo_dot')), pt.sex)} G{g}P{max(0, g - 1)} with "
        f"{c.ri(1, 6)} yr of infertility; {partner.rel} {c.nm(partner)} ({c.A(partner.age, 'bare', partner.sex)}) present.\n"
        f"LMP {c.DX(lmp)}; cycles q28-35d. AMH «lab:{c.ri(4, 48) / 10:.1f} ng/mL», AFC «lab:{c.ri(4, 22)}», day-3 FSH «lab:{c.ri(50, 130) / 10:.1f} mIU/mL».\n"
        f"HSG ({c.DM(hsg)}): bilateral fill and spill; no «e:Asherman syndrome», no «e:Müllerian» anomaly.\n"
        f"Semen analysis {c.DX(sa)}: «lab:{c.ri(9, 80)} million/mL», motility «lab:{c.ri(20, 65)}%», «e:Kruger strict morphology» «s:{c.ri(1, 6)}%».\n"
        f"History: {c.ch(('«e:Stein-Leventhal» phenotype (PCOS)', '«dx:stage II endometriosis»', '«dx:hydrosalpinx» L, clipped', '«dx:diminished ovarian reserve»'))}. "
        f"Prior IVF in {P('CITY', city_abroad)}: retrieval {c.D(ret, c.ch(('dd/mm/yyyy', CC_DATE[cc])))}, "
        f"{c.ri(2, 9)} blastocysts vitrified (straw IDs {P('OTHER_ID', f'{cc.upper()}{digits(c.r, 6)}')}).\n"
        f"Other: {c.ns_e}.\n"
        f"Plan: «ab:IVF» with «ab:ICSI» and «ab:PGT-A»; antagonist protocol «rx:follitropin alfa 225 IU SC daily», "
        f"«rx:ganirelix 250 mcg SC daily», trigger «rx:choriogonadotropin alfa 250 mcg SC». Baseline scan wk of {c.DN(c.later(10, 30), 'm/d')}. "
        f"Donor sperm backup: donor #{donor}.\nConsents signed; witness {c.nm(wit, c.ch(('full', 'init')))}.\n"
        + c.frag_line())


def b_lactation(c: Ctx) -> str:
    pt = c.pt
    inf = new_rel(c, c.ch(("daughter", "son")), c.ch("FM"), 0)
    inf.age = None
    hrs = c.ri(20, 110)
    born = c.today - dt.timedelta(hours=hrs)
    ggm = new_rel(c, "grandmother", "F", c.old_age() if c.p(0.6) else c.ri(58, 88), c.p(0.5))
    ggm.rel = c.ch(("great-grandmother", "grandmother"))
    doula = c.outsider("F")
    ped = c.clinician("pediatrician", "MD", team=False)
    bw = c.ri(2600, 4200)
    wt = bw - c.ri(60, 340)
    pump_sn = P("DEVICE", f"{c.ch(('S2', 'SY', 'FS'))}{digits(c.r, 8)}")
    return mk(
        f"LACTATION CONSULT\nInfant: {c.nm(inf, 'full')}, born {c.D(born)} {c.time('hh:mm')} at "
        f"{c.ri(36, 41)}+{c.ri(0, 6)} wk, BW «v:{bw:,} g», today «v:{wt:,} g» ({(wt - bw) / bw * 100:.1f}%), age «age:{hrs} hours».\n"
        f"Mother: {c.nm(pt, 'given')}, {c.PA(c.ch(('yo_dot', 'yrs_att', 'pt_is', 'Yrs')), 'F')} G{c.ri(1, 4)}; "
        f"{c.ch(('hx breast reduction', 'PCOS', 'no breast surgery', 'GDM on diet'))}. "
        f"{ggm.rel.capitalize()} {c.nm(ggm)} ({c.A(ggm.age, 'bare')}) is staying to help; doula {c.nm(doula)} present.\n"
        f"Assessment: «s:LATCH {c.ri(5, 9)}/10»; «e:Montgomery glands» prominent; nipples everted, L cracked. "
        f"Infant: «e:Epstein pearls» on palate, «e:Moro reflex» symmetric, posterior tongue-tie «e:Coryllos» type «s:{c.ri(2, 4)}», "
        f"«e:Hazelbaker» function score «s:{c.ri(8, 14)}»; gestational age by «e:Ballard» «s:{c.ri(37, 40)} wk».\n"
        f"Other: {c.ns_e}.\n"
        f"Plan: deep-latch teaching, «ab:SNS» with «lab:10 mL» EBM after feeds, «rx:lanolin 100% topical PRN», "
        f"«rx:ibuprofen 600 mg q6h PRN». Rental pump S/N {pump_sn}. WIC ID {P('OTHER_ID', digits(c.r, 9))}. "
        f"Weight check with {c.dr(ped)} {c.DN(c.later(1, 3))}; lactation f/u {c.DX(c.later(3, 7))}.\n"
        + c.frag_line())


def b_mbs(c: Ctx) -> str:
    pt = c.pt
    rad = c.clinician("radiologist", "MD")
    ref = c.clinician("referring physician", "DO", team=False)
    pas = c.ri(1, 8)
    vid = f"MBS_{P('DATE', dfmt(c.today, 'ymd8'))}_{P('MRN', c.ident('mrn'))}.avi"
    return mk(
        f"MODIFIED BARIUM SWALLOW STUDY\nReferred by {c.dr(ref)} for «dx:oropharyngeal dysphagia» after "
        f"{c.ch(('«dx:L MCA stroke»', '«e:Wallenberg syndrome»', '«dx:C5-6 ACDF»', '«dx:head and neck cancer» post-XRT', '«dx:aspiration pneumonia»'))}. "
        f"{c.PA('pt_is', pt.sex)} Seated in a Hausted chair; lateral and A-P views; fluoro time 2.{c.ri(1, 9)} min.\n"
        f"Trials: thin «s:IDDSI 0», mildly thick «s:IDDSI 2», puree «s:IDDSI 4», cracker «s:IDDSI 7».\n"
        f"Findings: delayed initiation to the pyriform sinuses; vallecular residue «s:{c.ri(1, 3)}/4»; "
        f"«e:Rosenbek Penetration-Aspiration Scale» «s:{pas}» on thin by cup; "
        f"{'silent aspiration, cued cough ineffective' if pas >= 7 else 'penetration cleared with cued cough'}.\n"
        f"Strategies tested: chin tuck (effective), «e:Mendelsohn maneuver» (partly), effortful swallow.\n"
        f"Recommendations: «s:IDDSI 5» minced and moist, «s:IDDSI 2» liquids by teaspoon; meds crushed in puree; "
        f"«e:Frazier water protocol» between meals; «e:Shaker exercise» and «e:Masako maneuver» 3x/day; "
        f"repeat study {c.DN(c.later(20, 40))}.\nOther: {c.ns_e}.\n"
        f"Video: {vid} (radiologist {c.nm(rad, c.ch(('full', 'init')))}).\n"
        + c.frag_line())


def b_seating(c: Ctx) -> str:
    pt = c.pt
    atp = c.outsider()
    pt_ = c.clinician("physical therapist", "PT, DPT")
    vendor = c.ch(("Numotion", "National Seating & Mobility", "Mobility Plus"))
    old_sn = P("DEVICE", f"{c.ch(('QX', 'TL', 'PR'))}{digits(c.r, 2)}-{digits(c.r, 5)}")
    opts = ["«dx:C6 AIS B tetraplegia»", "«dx:multiple sclerosis», «s:EDSS 7.5»", "«dx:spastic diplegic cerebral palsy», «s:GMFCS IV»",
            "«dx:L hemiparesis» after «dx:stroke»"]
    if pt.age < 30:
        opts += ["«e:Duchenne muscular dystrophy»", "«e:Werdnig-Hoffmann disease»"]
    if pt.age < 60:
        opts += ["«e:Becker muscular dystrophy»", "«e:Friedreich ataxia»"]
    dx = c.ch(opts)
    return mk(
        f"WHEELCHAIR SEATING EVALUATION\nDx: {dx}. {c.PS()} "
        f"Current chair: manual K0004 frame, S/N {old_sn}, {c.ri(5, 11)} yrs old, seat torn.\n"
        f"Mat exam: pelvic obliquity R low, fixed; «e:Thomas test» +{c.ri(10, 30)}° bilat; «e:Ely test» positive; "
        f"«e:modified Ashworth Scale» «s:{c.ch(('1', '1+', '2', '3'))}» hamstrings; sitting balance fair.\n"
        f"Skin: «s:stage 2» R ischial «ab:PI», healing. Other: {c.ns_e}.\n"
        f"Measurements: hip width 16.5 in, seat depth 18 in, seat-to-floor 19.5 in (not clinical scores).\n"
        f"Recommend: «code:K0861» group 3 power chair, power tilt «code:E1002», skin-protection cushion «code:E2622», "
        f"headrest «code:E0955»; «e:Hoyer lift» for transfers at home.\n"
        f"Home: ramp at {c.ADDR(c.home, c.ch(('oneline', 'oneline_city')))}; doorways 30 in.\n"
        f"ATP {c.nm(atp)} ({vendor}, {c.PH(c.new_phone())}); PT {c.nm(pt_, 'full')}, {pt_.cred}. "
        f"Medicaid {P('HEALTH_PLAN', c.ident('medicaid'))}; trial of demo chair {c.DX(c.later(7, 21))}.\n"
        + c.frag_line())


def b_prosthetics(c: Ctx) -> str:
    pt = c.pt
    spine = pt.age < 19 and c.p(0.7)
    if spine:
        body = (f"Dx: «dx:adolescent idiopathic scoliosis». Standing film {c.DX(c.ago(3, 20))}: «e:Cobb angle» «s:{c.ri(22, 44)}°» "
                f"T6-T12, «e:Risser sign» «s:{c.ri(0, 3)}»; «e:Tanner stage» «s:{c.ri(2, 4)}». Menarche {c.DM(c.ago(100, 500))}.\n"
                f"Orthosis: TLSO (Boston-type) «code:L1200», wear 18-20 h/day; thermal sensor S/N {P('DEVICE', 'TS' + digits(c.r, 7))} "
                f"logged «lab:{c.ri(12, 20)}.{c.ri(0, 9)} h/day».\n")
    else:
        lvl = c.ch(("«dx:L transtibial amputation»", "«e:Syme amputation»", "«e:Boyd amputation»", "«dx:R transfemoral amputation»",
                    "«e:Chopart amputation»", "«e:Lisfranc amputation»"))
        body = (f"Level: {lvl} ({c.DM(c.ago(200, 3000))}) for «dx:PAD» / «dx:T2DM». Medicare «s:K-level K{c.ri(1, 4)}».\n"
                f"Socket: TSB with pin lock «code:L5673», foot «code:L5980», liner 6 mm. Foot S/N {P('DEVICE', 'FT' + digits(c.r, 8))}, "
                f"knee S/N {P('DEVICE', c.ch(('C-', 'K')) + digits(c.r, 7))}.\n"
                f"Residual limb: volume loss, distal redness; sock ply now 5. Contralateral «e:Charcot foot» "
                f"in a custom CROW walker.\n")
    return mk(
        f"PROSTHETICS & ORTHOTICS VISIT\n{c.nm(pt, c.ch(('full', 'title')))}, {c.PA(c.ch(('yrs_att', 'Yrs', 'y_old', 'yo_race')), pt.sex)}, "
        f"seen {c.D(c.today)} for {c.ch(('socket fit', 'delivery', 'adjustment', 'new device evaluation'))}.\n" + body +
        f"Other: {c.ns_e}. Gait: mild lateral trunk lean; «e:Trendelenburg» negative; 6MWT «lab:{c.ri(180, 460)} m».\n"
        f"Next fitting {c.DX(c.later(7, 28))}. Delivery to {c.ADDR(c.home, c.ch(('oneline', 'caps', 'twoline')))}.\n"
        + c.frag_line())


def b_gac(c: Ctx) -> str:
    pt = c.pt
    to_f = pt.sex == "M"
    pg = c.ch(US_GIVEN_F if to_f else US_GIVEN_M)
    pref = Person(pg, pt.family, "F" if to_f else "M", full=f"{pg} {pt.family}" if pt.order == "gf" else f"{pt.family} {pg}",
                  order=pt.order)
    c.preferred = pref
    start = c.ago(200, 2400)
    reg = ("«rx:estradiol valerate 20 mg IM q14d», «rx:spironolactone 100 mg BID»" if to_f
           else "«rx:testosterone cypionate 80 mg SC weekly»")
    labs = (f"estradiol «lab:{c.ri(90, 260)} pg/mL», total T «lab:{c.ri(12, 60)} ng/dL», K «lab:{c.ri(38, 52) / 10:.1f} mmol/L»" if to_f
            else f"total T «lab:{c.ri(380, 890)} ng/dL», Hct «lab:{c.ri(41, 52)}%», estradiol «lab:{c.ri(20, 60)} pg/mL»")
    surg = c.clinician("plastic surgeon", "MD", team=False)
    hear = c.later(20, 90)
    return mk(
        f"GENDER-AFFIRMING CARE FOLLOW-UP\nName in use: {c.nm(pref, 'full')} ({'she/her' if to_f else 'he/him'}). "
        f"Legal name on insurance: {c.nm(pt, c.ch(('LF', 'full')))}; member ID {P('HEALTH_PLAN', c.ident('member'))}.\n"
        f"Dx: «dx:gender incongruence» «code:{c.ch(('F64.0', 'HA60'))}». Age {c.PA(c.ch(('bare', 'yo_dot', 'yrs_att', 'Yrs')), pt.sex)}.\n"
        f"On {reg} since {c.DM(start)}.\nLabs {c.DX(c.ago(2, 20))}: {labs}. "
        f"{'«e:Ferriman-Gallwey score» «s:' + str(c.ri(4, 18)) + '»' if not to_f else 'breast development «e:Tanner stage» «s:' + str(c.ri(2, 4)) + '»'}.\n"
        f"Other: {c.ns_e}.\n"
        f"Surgery: consult with {c.dr(surg)} at {c.ch(HOSPITALS)}; letter faxed {c.DX(c.ago(1, 30))} to {c.PH(c.new_phone(), cat='FAX')}.\n"
        f"Name/gender-marker petition: case no. {P('OTHER_ID', f'{c.today.year % 100}-CV-{digits(c.r, 5)}')}, hearing {c.D(hear)}.\n"
        f"Plan: continue regimen; bone density at 5 yrs; f/u {c.DN(c.later(60, 100))}.\n"
        + c.frag_line())


def b_hiv(c: Ctx) -> str:
    pt = c.pt
    dxd = c.ago(700, 9000)
    partner = c.outsider()
    dis = c.outsider()
    cm = c.clinician("medical case manager", "LMSW")
    return mk(
        f"HIV PRIMARY CARE VISIT\n{c.nm(pt, c.ch(('full', 'title', 'given_init')))} — {c.PA(c.ch(('yo_race', 'race_pre', 'sexsp', 'yrs_att')), pt.sex)}; "
        f"HIV dx {c.DM(dxd)} in {P('CITY', c.ch(CITIES)[0])}; nadir CD4 «lab:{c.ri(20, 340)} cells/µL»; hx "
        f"{c.ch(('«e:Pneumocystis jirovecii» pneumonia', '«dx:esophageal candidiasis»', '«e:Kaposi sarcoma» of the palate', '«dx:HIV-associated neurocognitive disorder»'))}.\n"
        f"ART: «rx:bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg daily»; missed 2 doses/mo, adherence «lab:{c.ri(88, 99)}%».\n"
        f"Labs {c.DX(c.ago(3, 20))}: CD4 «lab:{c.ri(90, 980)} cells/µL» («lab:{c.ri(9, 42)}%»), HIV-1 RNA «lab:{c.ch(('<20 copies/mL', '38 copies/mL', '1,240 copies/mL'))}», "
        f"Cr «lab:{c.ri(70, 140) / 100:.2f} mg/dL».\n"
        f"Syphilis: RPR «lab:1:{c.ch(('8', '16', '32', '64'))}» → «rx:benzathine penicillin G 2.4 million units IM weekly x3»; "
        f"warned about «e:Jarisch-Herxheimer reaction»; no «e:Argyll Robertson pupils». Other: {c.ns_e}.\n"
        f"Partner {c.nm(partner, c.ch(('full', 'given')))} referred for PrEP; DIS {c.nm(dis)} ({c.PH(c.new_phone())}) handling notification.\n"
        f"ADAP ID {P('HEALTH_PLAN', 'ADAP' + digits(c.r, 7))}; case manager {c.nm(cm, 'full')}. Next labs {c.DN(c.later(80, 100))}.\n"
        + c.frag_line())


def b_tbdot(c: Ctx) -> str:
    pt = c.pt
    chws = [c.clinician("community health worker", "CHW"), c.clinician("DOT nurse", "RN")]
    start = c.ago(20, 120)
    rows = []
    d = start
    for i in range(c.ri(4, 6)):
        d = d + dt.timedelta(days=c.ri(1, 9))
        if d > c.today:
            break
        w = c.ch(chws)
        if c.p(0.2):
            rows.append(f"{c.D(d)} | missed | — | pt at work; video DOT link sent")
        else:
            rows.append(f"{c.D(d)} | 4/4 | {c.nm(w, c.ch(('init', 'given_init', 'full')))} | {c.ch(('no AEs', 'nausea, took with crackers', 'vision check ok', 'mild arthralgias'))}")
    hh = [new_rel(c, c.ch(("daughter", "son", "grandson", "niece")), c.ch("FM"), c.ri(2, 60)) for _ in range(c.ri(1, 2))]
    vdot = P("URL", f"vdot.{c.ch(('tbcare-health.org', 'dotconnect.us', 'countyhealth-tb.net'))}/s/{c.ri(10000, 99999)}")
    tst = "; ".join(f"{c.nm(q, 'given')} {c.A(q.age, 'paren')} «e:Mantoux test» «lab:{c.ri(0, 18)} mm»" for q in hh)
    return mk(
        f"TB DIRECTLY OBSERVED THERAPY LOG\nState TB case # {P('OTHER_ID', f'{c.today.year}-{digits(c.r, 5)}')}; "
        f"{c.nm(pt, c.ch(('LF', 'caps', 'full')))}, {c.PA(c.ch(('sexsp', 'sexpre', 'Yrs', 'yo_dot')), pt.sex)}.\n"
        f"Dx: «dx:pulmonary TB», smear «lab:2+ AFB», «ab:NAAT» MTB detected, rifampin resistance not detected; culture on "
        f"«e:Löwenstein-Jensen» medium, «e:Ziehl-Neelsen» stain. Other: {c.ns_e}.\n"
        f"Regimen (start {c.D(start)}): «rx:rifampin 600 mg daily», «rx:isoniazid 300 mg daily», «rx:pyrazinamide 1500 mg daily», "
        f"«rx:ethambutol 1200 mg daily», «rx:pyridoxine 25 mg daily».\n"
        f"Date | Doses | Observer | Notes\n" + "\n".join(rows) + "\n"
        f"vDOT: {vdot}. Isolation at {c.ADDR(c.home, c.ch(('oneline', 'street')))} until sputum x3 negative.\n"
        f"Household contacts: {tst}.\n"
        + c.frag_line())


def b_ryanwhite(c: Ctx) -> str:
    pt = c.pt
    g = ascii_fold(pt.given).upper().replace(" ", "")
    f = ascii_fold(pt.family).upper().replace(" ", "").replace("-", "").replace("'", "")
    g = (g + "XXX")[:3]
    f = (f + "XXX")[:3]
    urn = f"{g[0]}{g[2]}{f[0]}{f[2]}{c.dob.month:02d}{c.dob.day:02d}{c.dob.year % 100:02d}{1 if pt.sex == 'M' else 2}"
    spec = c.outsider()
    cm = c.clinician("medical case manager", "LCSW")
    inc = c.ri(900, 3400)
    hhsize = c.ri(1, 5)
    stub1 = c.ago(20, 50)
    stub2 = stub1 + dt.timedelta(days=14)
    lease = c.make_home(city=(c.home["city"], c.home["state"], c.home["zip"][:3], c.home["area"]))
    tax = c.ch(("SSN", "ITIN"))
    num = c.ident("ssn") if tax == "SSN" else c.ident("itin")
    return mk(
        f"RYAN WHITE PART A/B ELIGIBILITY RECERTIFICATION (6-month)\nClient: {c.nm(pt, c.ch(('LF', 'full', 'famcaps')))}   "
        f"CAREWare URN {P('OTHER_ID', urn)}   {c.SSN('slash', value=num)}\n"
        f"Residency: lease at {c.ADDR(lease, 'oneline')}, signed {c.DX(c.ago(100, 500))}; utility bill {c.DM(c.ago(10, 40))}.\n"
        f"Income: pay stubs {c.DN(stub1, 'm/d')}-{c.DN(stub2, 'm/d')}, ${inc:,}/mo; household of {hhsize}; "
        f"FPL {c.ri(90, 420)}% (look-alike, not an age).\n"
        f"Insurance: {c.ch(('Medicaid', 'Marketplace silver plan', 'Medi-Cal'))} {P('HEALTH_PLAN', c.ident('medicaid'))}; "
        f"ADAP {P('HEALTH_PLAN', 'ADAP-' + digits(c.r, 6))} renewed through {c.DM(c.later(150, 190))}.\n"
        f"HIV status: VL «lab:<20 copies/mL» on {c.DX(c.ago(10, 80))}; CD4 «lab:{c.ri(200, 990)}». Other: no OIs since last recert.\n"
        f"Eligibility specialist: {c.nm(spec, 'full')} ({c.PH(c.new_phone())}). Case manager: {c.nm(cm, 'full')}, {cm.cred}.\n"
        f"Client e-mail on file: {c.EM(pt.email)}. Next recert due {c.D(c.later(170, 190))}.\n"
        + c.frag_line())


def b_dermpath(c: Ctx) -> str:
    pt = c.pt
    recv = c.ago(2, 6)
    acc = P("OTHER_ID", f"DP{c.today.year % 100}-{digits(c.r, 6)}")
    derm = c.clinician("dermatologist", "MD", team=False)
    pa = c.clinician("pathologists' assistant", "PA(ASCP)")
    a_site = c.ch(("L upper back", "R forearm", "scalp, vertex", "L nasal ala", "R shin", "perianal"))
    dxa = c.ch(("«e:Spitz nevus», compound, margin involved", "«e:Bowen disease» (SCC in situ)", "«dx:superficial BCC»",
                "«e:Merkel cell carcinoma», «ab:CK20» paranuclear dot", "«e:extramammary Paget disease»",
                "«dx:lichen planus» with «e:Civatte bodies» and «e:Max-Joseph spaces»", "«dx:psoriasis» with «e:Munro microabscesses»",
                "«dx:mycosis fungoides» with «e:Pautrier microabscesses»"))
    return mk(
        f"DERMATOPATHOLOGY REPORT\nAccession {acc}   Received {c.D(recv)}   Reported {c.D(c.today)}\n"
        f"Patient: {c.nm(pt, c.ch(('LF', 'LFC', 'caps')))} ({c.PA(c.ch(('sexsp', 'sexpre', 'yrs_att', 'Yo')), pt.sex)})   "
        f"Submitting: {c.dr(derm)}, {c.PH(c.new_phone(), cat='FAX')} (fax)\n"
        f"Clinical: r/o «dx:BCC» vs «dx:SCC», {a_site}.\n"
        f"Gross: A. tan-pink shave, 0.{c.ri(3, 9)} x 0.{c.ri(3, 9)} x 0.1 cm, inked, trisected (grossed by {c.nm(pa, 'init')}).\n"
        f"Micro: {c.ch(('«e:Kamino bodies» at the junction', 'dyskeratosis and «e:Civatte bodies»', 'epidermotropism with «e:Pautrier microabscesses»', 'palisading schwannian nodules with «e:Verocay bodies»'))}; "
        f"«e:Fontana-Masson» highlights melanin; «e:Grocott methenamine silver» and PAS negative for fungi.\n"
        f"DIAGNOSIS: A. Skin, {a_site}: {dxa}. Other: {c.ns_e}.\n"
        f"Consult slides sent {c.DX(c.ago(0, 2))} via FedEx {P('OTHER_ID', digits(c.r, 12))}.\n"
        + c.frag_line())


def b_sane(c: Ctx) -> str:
    pt = c.pt
    det = c.outsider()
    adv = c.outsider("F")
    agency = c.ch(("Police Department", "Sheriff's Office", "State Police"))
    ev = c.ago(0, 3)
    loc = c.make_home(c.ch(("std", "dirnum", "hwy")), city=(c.home["city"], c.home["state"], c.home["zip"][:3], c.home["area"]))
    kit = P("OTHER_ID", f"{c.ch(('SAK', 'PEK'))}-{digits(c.r, 6)}")
    cam = P("DEVICE", f"{c.ch(('CN', 'NK'))}{digits(c.r, 9)}")
    return mk(
        f"SEXUAL ASSAULT NURSE EXAMINER (SANE) REPORT\nPatient: {c.nm(pt, c.ch(('full', 'LF')))}, {c.PA(c.ch(('y_old', 'yo_dot', 'Yrs')), pt.sex)}. "
        f"Police report # {P('OTHER_ID', f'{c.today.year % 100}-{digits(c.r, 6)}')} ({P('CITY', c.home['city'])} {agency}); "
        f"Det. {c.nm(det, c.ch(('fam', 'full')))}, badge {P('OTHER_ID', str(c.ri(100, 9999)))}. Advocate {c.nm(adv)} present with consent.\n"
        f"Event reported {c.DX(ev)} ~{c.time('hhmm')} at {c.ADDR(loc, 'street')}; exam began {c.D(c.today)} {c.time('hh:mm')}.\n"
        f"Hx per pt: known assailant; strangulation {c.ch(('denied', 'reported'))}; LOC denied.\n"
        f"Exam: petechiae absent; no «e:Battle sign»; «e:Wood's lamp» survey of thighs; «ab:TEARS» findings: "
        f"{c.ch(('abrasion at 6 o’clock', 'no anogenital injury', 'ecchymosis L inner thigh 2 x 3 cm'))}. "
        f"Photos ({c.ri(12, 40)}) on camera S/N {cam}. Other: {c.ns_e}.\n"
        f"Kit #{kit}: sealed, released to {c.nm(det, 'title')} at {c.time('hhmm')}.\n"
        f"Prophylaxis: «rx:ceftriaxone 500 mg IM once», «rx:doxycycline 100 mg PO BID x7d», «rx:metronidazole 2 g PO once», "
        f"«rx:levonorgestrel 1.5 mg PO once»; «ab:nPEP» «rx:bictegravir/emtricitabine/tenofovir alafenamide 1 tab daily x28d».\n"
        f"Follow-up {c.DN(c.later(10, 16))}; crisis line {c.PH(c.new_phone())}.\n"
        + c.frag_line())


def b_childabuse(c: Ctx) -> str:
    pt = c.pt
    m = c.age_m
    agestr = (f"«age:{m}-month-old»" if m < 24 else f"«age:{pt.age}-year-old»")
    caregivers = [q for q in c.rels if q.rel in ("mother", "father", "grandmother", "great-grandmother")]
    bf = c.outsider("M")
    bf.rel = "mother's boyfriend"
    bf.age = c.ri(19, 40)
    c.outsiders.append(bf)
    cps = c.outsider()
    det = c.outsider()
    pic = c.clinician("PICU attending", "MD", team=False)
    sk = c.ago(0, 2)
    cg = "; ".join(f"{q.rel} {c.nm(q)} ({c.A(q.age, c.ch(('bare', 'Yrs')), q.sex)})" for q in caregivers[:3])
    return mk(
        f"CHILD ABUSE PEDIATRICS CONSULTATION\nRequested by {c.dr(pic)} (PICU) for a {agestr} "
        f"{'boy' if pt.sex == 'M' else 'girl'}, {c.nm(pt, c.ch(('full', 'given')))}, with "
        f"{c.ch(('«dx:subdural hemorrhage»', '«dx:femur fracture» in a non-ambulatory infant', '«dx:patterned bruising»', '«dx:scald burn», immersion pattern'))}.\n"
        f"Caregivers: {cg}; {bf.rel} {c.nm(bf)} ({c.A(bf.age, 'bare')}).\n"
        f"CPS intake # {P('OTHER_ID', digits(c.r, 8))}, worker {c.nm(cps, 'full')} ({c.PH(c.new_phone())}); "
        f"Det. {c.nm(det, 'fam')}, case {P('OTHER_ID', f'{c.today.year % 100}-{digits(c.r, 5)}')}.\n"
        f"Skeletal survey {c.DX(sk)}: «dx:classic metaphyseal lesion» distal L femur; healing posterior rib fx R 6-8.\n"
        f"Bruising: «ab:TEN-4-FACESp» positive (ear, frenulum). Ophtho: multilayered retinal hemorrhages OU.\n"
        f"Labs: PT «lab:{c.ri(110, 140) / 10:.1f} s», PTT «lab:{c.ri(26, 38)} s», «e:von Willebrand» panel pending, "
        f"Ca «lab:{c.ri(88, 104) / 10:.1f} mg/dL».\nMimics considered: «e:Menkes disease», «e:Caffey disease», "
        f"«e:Ehlers-Danlos syndrome», «dx:osteogenesis imperfecta». Other: {c.ns_e}.\n"
        f"Home: {c.ADDR(c.home, c.ch(('oneline', 'twoline')))}.\n"
        + c.frag_line())


def b_poison(c: Ctx) -> str:
    pt = c.pt
    caller = c.rels[0] if c.rels else c.outsider()
    spi = c.clinician("specialist in poison information", "RN, CSPI")
    tox = c.clinician("medical toxicologist", "MD", team=False)
    kind = c.ri(0, 3)
    if kind == 0:
        sub = f"«rx:acetaminophen 500 mg» tabs, up to {c.ri(10, 40)} missing"
        assess = (f"4-h APAP «lab:{c.ri(120, 260)} mcg/mL», above the «e:Rumack-Matthew nomogram» line → "
                  f"«rx:acetylcysteine 150 mg/kg IV load»")
    elif kind == 1:
        sub = f"«rx:sertraline 100 mg» x{c.ri(6, 20)} plus «rx:tramadol 50 mg»"
        assess = "clonus and hyperthermia: meets «e:Hunter criteria», not only «e:Sternbach criteria»; «rx:cyproheptadine 12 mg PO»"
    elif kind == 2:
        sub = f"aspirin 325 mg, {c.ri(20, 60)} tabs"
        assess = (f"salicylate «lab:{c.ri(38, 82)} mg/dL», «e:Kussmaul respirations»; «e:Done nomogram» not used; "
                  f"«rx:sodium bicarbonate 150 mEq/L at 2x maintenance»")
    else:
        sub = "a lithium coin cell (20 mm)"
        assess = "«rx:honey 10 mL q10min x6» en route; needs X-ray and endoscopy within 2 h"
    log = "\n".join(f"{c.D(c.today, 'm/d/yy')} {c.time('hhmm')} {x}" for x in
                    ("initial call", "f/u: at ED, level drawn", "f/u: treatment started"))
    return mk(
        f"POISON CENTER CASE RECORD\nCase # {P('OTHER_ID', f'{c.today.year % 100}{digits(c.r, 7)}')}   Received {c.D(c.today)} {c.time('hh:mm')}\n"
        f"Caller: {c.nm(caller, c.ch(('full', 'given', 'lower')))} ({caller.rel or 'bystander'}) in {P('CITY', c.home['city'])}, "
        f"callback {c.PH(caller.phone or c.new_phone())}\n"
        f"Patient: {c.nm(pt, c.ch(('full', 'given')))}, {c.PA(c.ch(('sexsp', 'yo_dot', 'Yrs', 'y_old')), pt.sex)}, wt «v:{kid_wt(c) if pt.age < 14 else c.ri(45, 110)} kg»\n"
        f"Exposure: {sub}; time ~{c.time('h:mm ap')}; route oral; {'unintentional' if pt.age < 10 else c.ch(('unintentional', 'intentional', 'therapeutic error'))}.\n"
        f"Assessment/plan: {assess}. Referred to {c.ch(HOSPITALS)}. Other: {c.ns_e}.\n{log}\n"
        f"SPI {c.nm(spi, c.ch(('full', 'init')))}; consulted {c.dr(tox)}.\n"
        + c.frag_line())


def mile_marker(c: Ctx) -> str:
    k = c.ri(0, 3)
    if k == 0:
        return f"I-{c.ch(('70', '40', '35', '80', '10', '65'))} at mile marker {c.ri(2, 240)}"
    if k == 1:
        return f"MM {c.ri(2, 190)} {c.ch(('SR', 'US', 'Hwy'))} {c.ri(2, 287)}"
    if k == 2:
        return f"{c.ch(('State Route', 'Hwy', 'County Road'))} {c.ri(2, 199)} near mile marker {c.ri(2, 90)}"
    return f"mile marker {c.ri(2, 300)} {c.ch(('eastbound', 'westbound', 'northbound'))} I-{c.ch(('70', '44', '95', '25'))}"


def b_burn(c: Ctx) -> str:
    pt = c.pt
    mech = c.ch(("house fire", "grease fire", "scald (bath water)", "electrical, 7,200 V", "brush-pile gasoline ignition"))
    d = c.ago(0, 1)
    tbsa = c.ri(6, 48)
    full = c.ri(0, tbsa // 2)
    baux = pt.age + tbsa + (17 if c.p(0.4) else 0)
    fam = c.rels[0] if c.rels else None
    return mk(
        f"BURN CENTER ADMISSION H&P\n{c.nm(pt, c.ch(('full', 'LF', 'caps')))}, {c.PA(c.ch(('a_words_yo', 'yo_race', 'y_old', 'yrs_att')), pt.sex)}, "
        f"transferred from {P('CITY', c.ch(CITIES)[0])} after {mech} at {c.ADDR(c.home, 'street')} on {c.DX(d)}.\n"
        f"TBSA «lab:{tbsa}%» by «e:Lund and Browder chart» (partial «lab:{tbsa - full}%», full «lab:{full}%»); "
        f"«e:revised Baux score» «s:{baux}»; zones per «e:Jackson burn model».\n"
        f"Inhalation: soot in oropharynx, COHb «lab:{c.ri(2, 24)}%», bronchoscopy «s:grade {c.ri(0, 3)}».\n"
        f"Fluids: Parkland estimate, running «rx:lactated Ringer's {c.ri(150, 900)} mL/h»; UOP goal «v:0.5 mL/kg/h».\n"
        f"«e:Curling ulcer» prophylaxis «rx:pantoprazole 40 mg IV daily»; «rx:tetanus-diphtheria toxoid 0.5 mL IM» given {c.DN(d)}. "
        f"Late risk of «e:Marjolin ulcer» discussed. Other: {c.ns_e}.\n"
        + (f"{fam.rel.capitalize()} {c.nm(fam)} at bedside ({c.PH(fam.phone)}).\n" if fam else "")
        + f"Fire marshal report {P('OTHER_ID', f'FM-{c.today.year % 100}-{digits(c.r, 4)}')}.\n"
        + c.frag_line())


def b_tertiary(c: Ctx) -> str:
    pt = c.pt
    d = c.ago(1, 3)
    run = P("OTHER_ID", f"{c.today.year}{digits(c.r, 6)}")
    v = vin(c.r)
    plate = f"{c.ri(1, 9)}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{c.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(c.r, 4)}"
    fam = c.rels[0] if c.rels else None
    inj = c.r.sample(("«e:Chance fracture» of L1", "«e:Jefferson fracture» of C1", "«e:Hill-Sachs lesion» R humeral head",
                      "«e:Segond fracture» L knee", "«e:Le Fort» «s:II» maxillary fracture", "«e:Maisonneuve fracture» R",
                      "«e:Lisfranc injury» L foot", "«e:Bennett fracture» R thumb", "«dx:grade III splenic laceration»",
                      "«dx:L pneumothorax» s/p 28 Fr chest tube", "«dx:sternal fracture»"), 3)
    return mk(
        f"TRAUMA TERTIARY SURVEY (HD#{(c.today - d).days + 1})\n{c.nm(pt, c.ch(('full', 'title', 'LF')))}, "
        f"{c.PA(c.ch(('race_pre', 'yo_race', 'sexsp', 'sexpre', 'yo_dot')), pt.sex)}, MVC vs tree on {P('ADDRESS', mile_marker(c))} "
        f"on {c.DX(d)}; restrained driver; EMS run {run}.\n"
        f"Vehicle {c.ri(2008, 2023)} {c.ch(('Tacoma', 'Malibu', 'Civic', 'Ram 1500'))}, VIN {P('VEHICLE', v)}, plate {P('VEHICLE', plate)}.\n"
        f"Known injuries: {'; '.join(inj)}.\n"
        f"New on tertiary: R 5th metacarpal neck fx (boxer's); «e:Kehr sign» absent; no «e:Cullen sign» or «e:Grey Turner sign»; "
        f"«e:Beck triad» absent. «s:GCS 15»; «e:Buck's traction» R leg pending ORIF. Other: {c.ns_e}.\n"
        f"Imaging: CT C/A/P {c.D(d)}; repeat CXR {c.DN(c.today)}.\n"
        + (f"Family: {fam.rel} {c.nm(fam)} ({c.PH(fam.phone)}).\n" if fam else "")
        + c.frag_line())


def b_irf(c: Ctx) -> str:
    pt = c.pt
    onset = c.ago(6, 20)
    adm = c.ago(0, 2)
    ot = c.clinician("occupational therapist", "OTR/L")
    slp = c.clinician("speech-language pathologist", "CCC-SLP")
    sp = next((q for q in c.rels if q.rel in ("husband", "wife")), c.rels[0] if c.rels else None)
    return mk(
        f"IRF-PAI ADMISSION ASSESSMENT\nImpairment group «code:{c.ch(('01.2', '01.1', '08.51', '05.2', '02.21'))}»; "
        f"etiologic dx «code:{c.ch(('I63.512', 'I61.0', 'S72.001A', 'G61.0', 'S06.5X0A'))}» "
        f"({c.ch(('«dx:R MCA stroke»', '«dx:L ICH»', '«dx:hip fracture»', '«e:Guillain-Barré syndrome»', '«dx:subdural hematoma»'))}).\n"
        f"Onset {c.D(onset)}; IRF admit {c.D(adm)} from {c.ch(HOSPITALS)}. {c.PS()}\n"
        f"Prior living: {c.ADDR(c.home, c.ch(('oneline', 'prose')))}"
        + (f", with {sp.rel} {c.nm(sp)} ({c.A(sp.age, 'bare', sp.sex)})" if sp else "") + ".\n"
        f"Function (GG): eating «s:04», oral hygiene «s:03», sit-to-stand «s:02», walk 50 ft «s:01».\n"
        f"Measures: «e:Berg Balance Scale» «s:{c.ri(6, 44)}/56»; «e:Fugl-Meyer» UE «s:{c.ri(8, 60)}/66»; «e:Brunnstrom stage» "
        f"«s:{c.ri(1, 5)}»; «e:modified Ashworth Scale» «s:{c.ch(('0', '1', '1+', '2'))}» elbow flexors; «e:Barthel Index» «s:{c.ri(2, 14) * 5}/100»; "
        f"«e:Tinetti» «s:{c.ri(4, 24)}/28».\nOther: {c.ns_e}.\n"
        f"Medicare {c.MBI()}; expected LOS 14 d, discharge home target {c.DN(c.later(12, 18))}.\n"
        f"Team: OT {c.nm(ot, c.ch(('full', 'init')))}, SLP {c.nm(slp, c.ch(('full', 'init')))}.\n"
        + c.frag_line())


def b_ltach(c: Ctx) -> str:
    pt = c.pt
    a = c.ago(18, 40)
    b = c.ago(0, 1)
    poa = c.rels[0] if c.rels else new_rel(c, "daughter", "F", 55)
    return mk(
        f"LTACH ADMISSION ASSESSMENT\n{c.nm(pt, c.ch(('full', 'caps', 'LF')))}, {c.PA(c.ch(('yo_race', 'aged_words', 'y_old', 'Yrs', 'a_words_yo')), pt.sex)}, "
        f"transferred from {c.ch(HOSPITALS)} ICU after a {(b - a).days}-day stay ({c.D(a, 'mm/dd/yyyy')}–{c.D(b, 'mm/dd/yyyy')}) for "
        f"{c.ch(('«dx:ARDS» from influenza A', '«dx:septic shock»', '«dx:acute on chronic hypercapnic respiratory failure»'))}.\n"
        f"Airway: «e:Shiley» 6 cuffless trach; vent AC 450/14/+8/40%; «e:Passy-Muir valve» trials 2 h BID.\n"
        f"Lines: R arm «ab:PICC» placed {c.DN(c.ago(5, 20))}; PEG. Wounds: sacral «s:stage 3» PI; «e:Norton scale» «s:{c.ri(6, 14)}», "
        f"«e:Waterlow score» «s:{c.ri(10, 25)}».\n"
        f"Ca «lab:{c.ri(68, 84) / 10:.1f} mg/dL»: «e:Chvostek sign» and «e:Trousseau sign» negative. Overnight «e:Cheyne-Stokes respiration». "
        f"«s:RASS {c.ch(('-1', '0', '-2'))}». Other: {c.ns_e}.\n"
        f"POA: {poa.rel} {c.nm(poa)} ({c.PH(poa.phone)}); MOLST on chart dated {c.DX(c.ago(30, 400))}.\n"
        + c.frag_line())


def b_meeting(c: Ctx) -> str:
    pt = c.pt
    chap = c.clinician("chaplain", "MDiv, BCC")
    sw = c.clinician("social worker", "LCSW")
    fam = c.rels[:3]
    att = "; ".join(f"{q.rel} {c.nm(q)}" + (f" (by phone, {c.PH(q.phone)})" if i == 1 else "") for i, q in enumerate(fam))
    mom_age = c.old_age() if c.p(0.7) else c.ri(70, 89)
    return mk(
        f"PALLIATIVE CARE FAMILY MEETING\nPatient: {c.nm(pt, c.ch(('full', 'title', 'both')))}, "
        f"{c.PA(c.ch(('a_words_yo', 'words_years', 'yo_dot', 'cent', 'aged_words')), pt.sex)}; "
        f"{c.ch([x for x in ('«dx:metastatic pancreatic cancer»', '«dx:end-stage heart failure», EF «lab:15%»', '«e:Creutzfeldt-Jakob disease»', '«e:Lou Gehrig disease»', '«e:Binswanger disease»', '«e:Pick disease»') if x.split(':')[1].split(' ')[0] not in c.ns_e])}; "
        f"«s:PPS {c.ch(('30%', '20%', '40%'))}».\n"
        f"Present: {att}; chaplain {c.nm(chap, 'full')}; SW {c.nm(sw, c.ch(('full', 'init')))}.\n"
        f"Discussion: prognosis short weeks; {'she' if pt.sex == 'F' else 'he'} had said "
        f"{'her' if pt.sex == 'F' else 'his'} mother {c.A(mom_age, c.ch(('lived', 'died')))} and "
        f"\"that was enough\". Code status changed to «ab:DNR/DNI» on {c.DX(c.today)}. «e:Cheyne-Stokes breathing» explained.\n"
        f"Comfort: «rx:morphine 2 mg IV q2h PRN», «rx:glycopyrrolate 0.2 mg IV q4h PRN», «rx:haloperidol 0.5 mg IV q6h PRN». Other: {c.ns_e}.\n"
        f"Disposition: home hospice to {c.ADDR(c.home, c.ch(('oneline', 'twoline')))}; agency intake {c.PH(c.new_phone())}. "
        f"Follow-up meeting {c.DN(c.later(2, 6))}.\n"
        + c.frag_line())


def b_opo(c: Ctx) -> str:
    pt = c.pt
    rn = c.clinician("referring ICU nurse", "RN")
    coord = c.clinician("OPO procurement coordinator", "RN, CPTC")
    me = c.outsider()
    arrest = c.ago(1, 4)
    nok = c.rels[0] if c.rels else new_rel(c, "mother", "F", pt.age + 25)
    dl = f"{c.ch('ABCDEFGHJKLMNPRSTW')}{digits(c.r, 3)}-{digits(c.r, 4)}-{digits(c.r, 4)}"
    return mk(
        f"ORGAN PROCUREMENT ORGANIZATION — REFERRAL\nReferral # {P('OTHER_ID', f'R{c.today.year % 100}-{digits(c.r, 6)}')}   "
        f"Call {c.D(c.today)} {c.time('hh:mm')}   Referring RN {c.nm(rn, c.ch(('full', 'given_init')))}, {c.ch(HOSPITALS)} ICU, "
        f"callback {c.PH(c.new_phone())}\n"
        f"Potential donor: {c.nm(pt, c.ch(('full', 'LF')))}, {c.PA(c.ch(('sexsp', 'yo_dot', 'Yrs', 'bare')), pt.sex)}, "
        f"wt «v:{kid_wt(c) if pt.age < 14 else c.ri(48, 120)} kg», ABO «lab:{c.ch(('O+', 'A+', 'B-', 'AB+'))}».\n"
        f"Cause: «dx:anoxic brain injury» after cardiac arrest {c.DX(arrest)}; «s:GCS 3T»; CT: «e:Duret hemorrhage», "
        f"«e:Kernohan notch» phenomenon; «e:Cushing reflex» resolved. Other: {c.ns_e}.\n"
        f"Brain death exam #1 {c.DN(c.today)} {c.time('hhmm')}; apnea test planned.\n"
        f"Support: «rx:norepinephrine 0.12 mcg/kg/min», «rx:vasopressin 0.04 units/min», «rx:levothyroxine 20 mcg/h IV».\n"
        f"NOK: {nok.rel} {c.nm(nok)} ({c.PH(nok.phone)}). " + (f"Registered donor per DL {P('LICENSE', dl)}.\n" if pt.age >= 16 else "Not on the donor registry (minor).\n") +
        f"ME case {P('OTHER_ID', f'ME{c.today.year % 100}-{digits(c.r, 4)}')}, investigator {c.nm(me, 'full')}. "
        f"UNOS ID {P('OTHER_ID', c.ch('ABCDEFGHJK') + c.ch('ABCDEFGHJK') + c.ch('ABCDEFGHJK') + digits(c.r, 3))}. "
        f"Coordinator on site: {c.nm(coord, 'full')}.\n"
        + c.frag_line())


def b_sae(c: Ctx) -> str:
    pt = c.pt
    pi = c.author
    coord = c.outsider()
    cra = c.outsider()
    onset = c.ago(2, 10)
    last = onset - dt.timedelta(days=c.ri(0, 3))
    hosp_a = onset
    hosp_b = onset + dt.timedelta(days=c.ri(2, 8))
    ev = c.ch(("«e:Stevens-Johnson syndrome»", "«dx:drug-induced liver injury» meeting «e:Hy's law»", "«e:Kounis syndrome»",
               "«dx:QT prolongation», QTcF «lab:512 ms» («e:Fridericia»)", "«dx:febrile neutropenia»"))
    i1, i2 = ascii_fold(pt.given)[0].upper(), ascii_fold(pt.family)[0].upper()
    inits = c.ch((f"{i1}{i2}", f"{i1}.{i2}.", f"{i1}-{i2}", f"{i1}-{c.ch('ABCDEFGHJKLMNPRSTW')}-{i2}"))
    return mk(
        f"SERIOUS ADVERSE EVENT REPORT — INITIAL\nProtocol {c.ch(('KTX', 'ALV', 'BRN'))}-{c.ri(100, 999)}-{c.ri(10, 99)} "
        f"(NCT0{digits(c.r, 7)}); site {c.ri(101, 180)}\n"
        f"Subject {P('OTHER_ID', f'{c.ri(101, 180)}-{digits(c.r, 4)}')} (screening {P('OTHER_ID', 'S' + digits(c.r, 5))}), initials {P('NAME', inits)}, "
        f"{c.PA(c.ch(('Yrs', 'yrs_att', 'sexsp', 'Y')), pt.sex)} (age band {'90+' if pt.age > 89 else '65-89' if pt.age > 64 else '18-64'}), "
        f"DOB {c.DM(c.dob, c.ch(('Mon. yyyy', 'MONyy', 'm/yyyy')))}\n"
        f"Event: {ev}; «s:CTCAE grade {c.ri(3, 4)}»; onset {c.D(onset)}; hospitalized {c.D(hosp_a, 'mm/dd/yyyy')} to "
        f"{c.D(hosp_b, 'mm/dd/yyyy')} at {c.ch(HOSPITALS)}.\n"
        f"Study drug: investigational «rx:{c.ch(('ALV-2217', 'KTX-108', 'BRN-55'))} 400 mg PO daily», last dose {c.DX(last)}; "
        f"dechallenge positive. Causality: «e:Naranjo» «s:{c.ri(3, 8)}» (probable). Other: {c.ns_e}.\n"
        f"Concomitant: «rx:{c.ch(MEDS)}», «rx:{c.ch(MEDS)}».\n"
        f"Reporter: PI {c.dr(pi)}; coordinator {c.nm(coord, 'full')} ({c.PH(c.new_phone())}, {c.EM(c.email_for(coord))}); "
        f"CRA {c.nm(cra, c.ch(('full', 'given_init')))}. Sponsor safety fax {c.PH(c.new_phone('609'), cat='FAX')}.\n"
        + c.frag_line())


def b_dme(c: Ctx) -> str:
    pt = c.pt
    drv = c.outsider()
    rt = c.author
    rx = c.clinician("ordering physician", "MD", team=False)
    items = c.r.sample((("E0260", "semi-electric hospital bed w/ mattress", "HB"), ("E0277", "alternating pressure overlay", "AP"),
                        ("E0630", "«e:Hoyer lift», sling 2", "HL"), ("E1390", "O2 concentrator 5 LPM", "OC"),
                        ("E0143", "walker, folding, wheeled", "WK"), ("E0165", "commode chair", "CC"),
                        ("E0601", "CPAP device", "CP"), ("K0001", "standard wheelchair", "WC")), c.ri(3, 4))
    rows = "\n".join(f"«code:{h}» | {d} | 1 | {P('DEVICE', pre + digits(c.r, 2) + '-' + digits(c.r, 6))}" for h, d, pre in items)
    signer = c.rels[0] if c.rels else pt
    return mk(
        f"DELIVERY TICKET #{P('OTHER_ID', 'DT' + digits(c.r, 7))}   Order #{P('OTHER_ID', 'SO-' + digits(c.r, 6))}   "
        f"Ship {c.D(c.today, c.ch(('MON dd yyyy', 'mm/dd/yyyy', 'yy-Mon-dd')))}\n"
        f"BILL TO: {c.nm(pt, 'LFC')} | Medicare {c.MBI()} | Sec {P('HEALTH_PLAN', c.ident('member'))}\n"
        f"DELIVER TO: {c.ADDR(c.home, 'caps')}\nPH {c.PH(pt.phone, c.ch(('a e l', '(a)el', '1 (a) e-l')))}  ALT {c.PH(c.new_phone())}\n"
        f"HCPCS | Description | Qty | Serial\n{rows}\n"
        f"Rx: {c.dr(rx)}, NPI {c.NPI()}; DWO dated {c.DX(c.ago(2, 20))}; pt {c.PA(c.ch(('Yrs', 'yrs_att', 'bare', 'Y')), pt.sex)}.\n"
        f"Education: bed kept in «e:semi-Fowler position» for meals; no «e:Trendelenburg»; O2 «v:2 LPM» via NC.\n"
        f"Delivered by {c.nm(drv, c.ch(('full', 'given_init')))}; setup by RT {c.nm(rt, 'full')}. Other: {c.ns_e}.\n"
        f"Received by: {c.nm(signer, 'full')} ({signer.rel or 'self'}) {c.D(c.today, c.ch(('m/d/yy', 'm.d.yy')))} {c.time('h:mm ap')}\n"
        + c.frag_line())


def b_competency(c: Ctx) -> str:
    pt = c.pt
    judge = c.outsider()
    dc = c.outsider()
    ada = c.outsider()
    jn = c.clinician("jail nurse", "LPN")
    mom = next((q for q in c.rels if q.rel == "mother"), None) or new_rel(c, "mother", "F", pt.age + c.ri(18, 34))
    county = c.ch(("Muscatine", "Lowndes", "Cass", "Rio Arriba", "Bannock", "Pottawatomie"))
    order = c.ago(20, 60)
    ev = c.ago(2, 14)
    return mk(
        f"COURT-ORDERED EVALUATION OF COMPETENCY TO STAND TRIAL\n{P('CITY', county)} County District Court, Case No. "
        f"{P('OTHER_ID', f'{c.today.year % 100}CR{digits(c.r, 5)}')}; Hon. {c.nm(judge, 'full')}. Order dated {c.D(order)}.\n"
        f"Defendant: {c.nm(pt, c.ch(('full', 'LF', 'caps')))}, {c.PA(c.ch(('a_words_yo', 'y_old', 'yo_race', 'yrs_att')), pt.sex)}, "
        f"DOB {c.D(c.dob)}; booking # {P('OTHER_ID', digits(c.r, 8))}. Evaluated at the county jail {c.DX(ev)} ({c.ri(2, 4)} h).\n"
        f"Counsel: {c.nm(dc, 'full')}, Esq. (defense); ADA {c.nm(ada, c.ch(('full', 'init')))}.\n"
        f"Sources: jail medical records (nurse {c.nm(jn, 'full')}); phone interview with {mom.rel} {c.nm(mom)} ({c.PH(mom.phone)}).\n"
        f"MSE: guarded; {c.ch(('«e:Capgras delusion» about his mother', '«e:Cotard delusion»', 'approximate answers suggesting «e:Ganser syndrome»', 'no delusions elicited'))}; "
        f"«s:MoCA {c.ri(14, 29)}/30».\n"
        f"Effort: «e:Rey 15-Item Test» «s:{c.ri(7, 15)}/15»; «e:Miller Forensic Assessment of Symptoms Test» «s:{c.ri(1, 12)}». Other: {c.ns_e}.\n"
        f"Opinion: {c.ch(('does', 'does not'))} meet the «e:Dusky standard»; restoration {c.ch(('likely within 90 days', 'unlikely'))}.\n"
        + c.frag_line())


def b_shelter(c: Ctx) -> str:
    pt = c.pt
    event = c.ch(("river flooding", "wildfire evacuation", "tornado", "ice storm power outage", "hurricane"))
    sh = c.ch(("Lincoln Middle School gym", "First Baptist fellowship hall", "County Fairgrounds Expo Bldg", "Armory"))
    sh_line = f"{c.ri(100, 4999)} {c.ch(STREET_WORDS)} {c.ch(('St', 'Rd', 'Ave'))}"
    dhs = c.author
    vol = c.outsider()
    fam = c.rels[0] if c.rels else None
    arr = c.ago(0, 4)
    return mk(
        f"DISASTER SHELTER — HEALTH INTAKE / TRIAGE\nEvent: {event}. Shelter: {P('ADDRESS', sh)}, {P('ADDRESS', sh_line)}, "
        f"{P('CITY', c.home['city'])}. Cot {c.ri(1, 240)}.\nTriage tag # {P('OTHER_ID', c.ch(('', 'T-')) + digits(c.r, 7))}, START "
        f"{c.ch(('GREEN', 'YELLOW'))}. Arrived {c.DX(arr)} {c.time('hhmm')}.\n"
        f"Name: {c.nm(pt, c.ch(('full', 'caps', 'LF')))}   Age: {c.PA(c.ch(('bare', 'Y', 'Yrs', 'sexsp')), pt.sex)}   "
        f"DOB: {c.D(c.dob)}\nHome (evacuated): {c.ADDR(c.home, c.ch(('oneline', 'caps')))}\nCell: {c.PH(pt.phone)}\n"
        + (f"Reunification: {fam.rel} {c.nm(fam)} located, {c.PH(fam.phone)}.\n" if fam else "")
        + f"Meds lost in evacuation: «rx:{c.ch(MEDS)}», «rx:{c.ch(MEDS)}»; 3-day supply via emergency Rx.\n"
        f"Vitals: {c.vitals(', ')}. Measles exposure in shelter: no «e:Koplik spots»; neck supple, «e:Kernig sign» and "
        f"«e:Brudzinski sign» negative. Other: {c.ns_e}.\n"
        f"DHS nurse {c.nm(dhs, 'full')}; Red Cross volunteer {c.nm(vol, c.ch(('full', 'given')))}.\n"
        + c.frag_line())


def b_cruise(c: Ctx) -> str:
    pt = c.pt
    cc = c.ch(("nl", "fr", "hu", "is", "jp", "mx", "de"))
    fa, fd = c.foreign_addr(cc)
    c.home_fhir = fd
    c.foreign = cc
    lang_age = {"nl": "nl", "fr": "fr", "hu": "hu", "is": "Yrs", "jp": "ja", "mx": "es", "de": "de"}[cc]
    comp = next((q for q in c.rels if q.rel in ("husband", "wife", "partner")), c.rels[0] if c.rels else None)
    nurse = c.clinician("ship nurse", "RN")
    agent = c.outsider()
    ports = c.r.sample(c.ch((("Cozumel", "Nassau", "Roatán", "Costa Maya"), ("Bergen", "Ålesund", "Tromsø", "Reykjavík"),
                              ("Dubrovnik", "Kotor", "Split", "Corfu"), ("Juneau", "Skagway", "Sitka", "Seward"))), 2)
    emb = c.ago(3, 9)
    return mk(
        f"MEDICAL CENTRE — MV {c.ch(('Aurora Borealis', 'Coral Majesty', 'Northern Star'))}, cabin {c.ri(2000, 11999)}\n"
        f"Guest: {c.nm(pt, c.ch(('LFC', 'full', 'famcaps')))}; passport {P('OTHER_ID', c.ch('ABCDEFGHJKLMNP') + c.ch('ABCDEFGHJKLMNP') + digits(c.r, 7))}; "
        f"guest ID {P('OTHER_ID', digits(c.r, 9))}; DOB {c.D(c.dob, c.ch(('dd/mm/yyyy', CC_DATE[cc])))} "
        f"(age {c.PA(lang_age, pt.sex)})\nHome: {fa}\nPhone {c.PH(phone_intl(c.r, {'jp': 'jp', 'mx': 'mx', 'is': 'is', 'hu': 'hu', 'fr': 'fr', 'nl': 'nl', 'de': 'de'}[cc]))}\n"
        f"Embarked {P('CITY', ports[0])} {c.D(emb, c.ch(('dd/mm/yyyy', CC_DATE[cc])))}; seen {c.D(c.today, c.ch(('dd/mm/yyyy', CC_DATE[cc], 'roman')))} {c.time('hh:mm')} at sea.\n"
        f"C/O: vomiting x{c.ri(8, 20)} then bright red hematemesis. Vitals: {c.vitals(', ')}.\n"
        f"Impression: «e:Mallory-Weiss tear» likely; «e:Boerhaave syndrome» considered, no crepitus. Other: {c.ns_e}.\n"
        f"Tx: «rx:ondansetron 4 mg IV», «rx:pantoprazole 80 mg IV bolus», «rx:normal saline 1 L IV».\n"
        f"Disembarked at {P('CITY', ports[1])}; port agent {c.nm(agent, 'full')}; travel insurance policy {P('HEALTH_PLAN', c.ch(('TI', 'AXA', 'GTI')) + '-' + digits(c.r, 8))}."
        + (f" Travelling with {comp.rel} {c.nm(comp)}." if comp else "") + f"\nNurse {c.nm(nurse, c.ch(('full', 'given_init')))}.\n"
        + c.frag_line())


def b_rpm(c: Ctx) -> str:
    pt = c.pt
    r = c.r
    son = c.rels[0] if c.rels else None
    wt = r.randint(600, 1300) / 10
    gain = r.randint(12, 38) / 10
    ecg = c.ch(("«e:Wenckebach» (Mobitz I)", "«e:Mobitz II» block, 2:1", "sinus rhythm, no «e:Brugada pattern»", "AF with RVR",
                "«e:Lown-Ganong-Levine» short PR, no delta wave"))
    return mk(
        f"REMOTE MONITORING ALERT {P('OTHER_ID', 'ALR-' + digits(r, 8))}  {P('DATE', dfmt(c.today, 'ymd8') + c.time('hhmm'))}  SEVERITY: HIGH\n"
        f"Patient: {c.nm(pt, c.ch(('full', 'LFC', 'famcaps')))} ({c.PA(c.ch(('bare', 'sexsp', 'Y', 'Yrs')), pt.sex)}) — CHF RPM program; "
        f"enrolled {c.DX(c.ago(60, 500))}\n"
        f"Reading: weight «v:{wt:.1f} kg» («v:+{gain:.1f} kg» in 48 h); BP «v:{r.randint(90, 180)}/{r.randint(50, 100)}»; "
        f"HR «v:{r.randint(38, 130)}»; SpO2 «v:{r.randint(86, 97)}%». Patch ECG: {ecg}.\n"
        f"Scale S/N {P('DEVICE', 'SC' + digits(r, 9))}; hub IMEI {P('DEVICE', imei(r))}; BT MAC {P('DEVICE', mac(r, 0))}; "
        f"transmission from {P('IP', ipv4(r))} ({P('IP', ipv6(r))}).\n"
        f"Outreach {c.time('h:mm ap')}: called {c.PH(pt.phone)}"
        + (f"; spoke with {son.rel} {c.nm(son, c.ch(('full', 'given')))}" if son else "")
        + f". Ankles swollen, 2-pillow orthopnea. Extra «rx:furosemide 40 mg PO x1» per protocol; "
        f"overnight trend flagged for «e:{c.ch(('Cheyne-Stokes respiration', 'Kussmaul breathing'))}». "
        f"Other: {c.ns_e}.\nPatient portal: {P('URL', 'rpm.' + c.ch(('heartlinkcare.com', 'vitalsbridge.net')) + '/pt/' + digits(r, 6))}\n"
        + c.frag_line())


def b_i693(c: Ctx) -> str:
    pt = c.pt
    interp = c.outsider()
    igra = c.ago(3, 20)
    cc = {"BENGALI": "bd", "KHMER": "kh", "hu": "hu", "is": "is", "es2": "mx"}.get(
        pt.group, c.ch(("mx", "bd", "kh", "hu", "fr", "nl", "de", "jp", "is")))
    fa, _ = c.foreign_addr(cc)
    lic = f"{c.ch(('MD', 'DO'))}{digits(c.r, 6)}"
    vacc = (("MMR", "03"), ("Tdap", "115"), ("varicella", "21"), ("influenza", "150"), ("COVID-19", "300"), ("hep B", "08"))
    vst = CC_DATE.get(cc, "dd/mm/yyyy")
    vrows = "; ".join(f"{v} CVX «code:{cv}» {c.D(c.ago(30, 4000), c.ch((vst, vst, 'dd/mm/yyyy', 'roman')))}"
                      for v, cv in c.r.sample(vacc, 3))
    alang = {"mx": "es", "hu": "hu", "fr": "fr", "nl": "nl", "de": "de", "jp": "ja"}.get(cc, "Yrs")
    return mk(
        f"FORM I-693 WORKSHEET (civil surgeon)\nApplicant (family name, given name): {c.nm(pt, 'LFC')}; "
        f"A-Number {P('OTHER_ID', 'A' + digits(c.r, 9))}; USCIS receipt {P('OTHER_ID', c.ch(('IOE', 'MSC', 'EAC')) + digits(c.r, 10))}\n"
        f"DOB {c.D(c.dob)} ({c.PA(c.ch(('Yrs', 'bare', 'yrs_att', alang, alang)), pt.sex)}); US address {c.ADDR(c.home, 'oneline')}\n"
        f"Last address abroad: {fa}\n"
        f"IGRA {c.DX(igra)}: «lab:{c.ch(('negative', 'positive, TB1 0.82 IU/mL'))}»; CXR {c.ch(('not required', 'no «e:Ghon complex», no cavitation'))}. "
        f"Syphilis «lab:non-reactive»; gonorrhea NAAT «lab:negative».\n"
        f"Skin: no anesthetic patches; {c.ns_e}. Nodes: no «e:Virchow node».\n"
        f"Vaccines: {vrows}.\n"
        f"Relative abroad: {c.PH(phone_intl(c.r, c.ch(('us011', GROUP_CC.get(pt.group, 'mx')))))}. "
        f"Interpreter {c.nm(interp, 'full')} (ID {P('OTHER_ID', digits(c.r, 6))}). Civil surgeon {c.dr(c.author)}, "
        f"license {P('LICENSE', lic)}. Sealed envelope given {c.D(c.today)}.\n"
        + c.frag_line())


def b_dot(c: Ctx) -> str:
    pt = c.pt
    r = c.r
    st = c.home["state"]
    cdl = c.ch((f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}", digits(r, 8),
                f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 9)}", f"{digits(r, 3)}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 5)}"))
    emp = c.outsider()
    bp = (r.randint(118, 168), r.randint(70, 104))
    exp = c.later(350, 730) if bp[0] < 140 else c.later(360, 366)
    return mk(
        f"MEDICAL EXAMINATION REPORT (CMV driver, MCSA-5875)\nDriver: {c.nm(pt, c.ch(('LF', 'full', 'caps')))}  CDL {st} {P('LICENSE', cdl)}  "
        f"DOB {c.D(c.dob)}  Age {c.PA(c.ch(('Yrs', 'Y', 'bare', 'yrs_att')), pt.sex)}\nAddress: {c.ADDR(c.home, c.ch(('oneline', 'twoline')))}  "
        f"Phone {c.PH(pt.phone)}  E-mail {c.EM(pt.email)}\n"
        f"Employer: {c.ch(('Redline Freight', 'Big Sky Haulers', 'Delta Bulk Transport'))}, USDOT # {P('OTHER_ID', str(r.randint(1000000, 3999999)))}; "
        f"safety mgr {c.nm(emp, 'full')}.\n"
        f"Vision: «e:Snellen» OD «v:20/{r.choice((20, 25, 30))}» OS «v:20/{r.choice((20, 25, 40))}»; «e:Ishihara plates» «s:{r.randint(11, 14)}/14»; "
        f"hearing: forced whisper 5 ft.\nBP «v:{bp[0]}/{bp[1]}», pulse «v:{r.randint(58, 96)}»; urine SG «lab:1.0{r.randint(5, 30):02d}», protein neg.\n"
        f"Sleep: «s:STOP-BANG {r.randint(2, 7)}», neck «v:{r.randint(15, 19)}.5 in»; «e:Mallampati» «s:{c.ch(('II', 'III', 'IV'))}». "
        f"«e:Hoffmann sign» negative; «e:Romberg» negative. Other: {c.ns_e}.\n"
        f"Tractor: {r.randint(2012, 2024)} {c.ch(('Freightliner Cascadia', 'Peterbilt 579', 'Kenworth T680'))} VIN {P('VEHICLE', vin(r))}.\n"
        f"Determination: meets standards; certificate expires {c.D(exp)}. Examiner NRCME # {P('LICENSE', digits(r, 10))}.\n"
        + c.frag_line())


# ======================================================================================
# note types

TYPES = (
    dict(name="bone marrow transplant day-100 evaluation", slug="bmt-day100", body=b_bmt,
         titles=("BMT Day +100 Evaluation", "Transplant & Cellular Therapy — Day 100 Visit"), ages=(19, 74),
         author=("transplant physician", "MD"),
         namesakes=(("Diamond", "family", "a sibling has «e:Diamond-Blackfan anemia»"),
                    ("Howell", "family", "no «e:Howell-Jolly bodies» on smear"),
                    ("Epstein", "family", "«e:Epstein-Barr virus» PCR «lab:<500 IU/mL»"),
                    ("Cockcroft", "family", "«e:Cockcroft-Gault» CrCl «lab:74 mL/min»"),
                    ("Lansky", "family", "sibling donor «e:Lansky play-performance scale» «s:90»"))),
    dict(name="fertility consultation", slug="ivf-consult", body=b_ivf,
         titles=("Reproductive Endocrinology Consult", "Fertility / IVF Consultation"), ages=(27, 44), sex="F", childless=True,
         author=("reproductive endocrinologist", "MD"),
         namesakes=(("Kruger", "family", "repeat «e:Kruger» morphology in 3 months"),
                    ("Stein", "family", "«e:Stein-Leventhal syndrome» criteria reviewed"),
                    ("Müller", "family", "no «e:Müllerian» duct anomaly on 3D ultrasound"),
                    ("Asherman", "family", "saline sonogram excludes «e:Asherman syndrome»"),
                    ("Kallmann", "family", "partner's brother has «e:Kallmann syndrome»"))),
    dict(name="lactation consultation", slug="lactation", body=b_lactation,
         titles=("Lactation Consultation", "Breastfeeding Medicine — IBCLC Visit"), ages=(18, 43), sex="F",
         author=("lactation consultant", "IBCLC, RN"),
         namesakes=(("Montgomery", "family", "«e:Montgomery tubercles» secreting normally"),
                    ("Ballard", "family", "«e:New Ballard Score» «s:35» at birth"),
                    ("Cooper", "family", "«e:Cooper ligaments» tender, no mass"),
                    ("Galant", "family", "«e:Galant reflex» present both sides"))),
    dict(name="modified barium swallow study", slug="mbs", body=b_mbs,
         titles=("Modified Barium Swallow Study", "Videofluoroscopic Swallow Study (VFSS)"), ages=(55, 89), old=0.45,
         author=("speech-language pathologist", "MA, CCC-SLP"),
         namesakes=(("Mendelsohn", "family", "taught the «e:Mendelsohn maneuver» with sEMG"),
                    ("Shaker", "family", "«e:Shaker exercise» 3 x 30 s holds"),
                    ("Frazier", "family", "«e:Frazier water protocol» approved by team"),
                    ("Wallenberg", "family", "lateral medullary («e:Wallenberg syndrome») pattern"),
                    ("Masako", "given:F", "«e:Masako maneuver» reduced base-of-tongue residue"))),
    dict(name="wheelchair seating evaluation", slug="seating", body=b_seating,
         titles=("Wheelchair Seating & Mobility Evaluation", "Seating Clinic"), ages=(8, 89), old=0.2,
         author=("occupational therapist", "OTR/L, ATP"),
         namesakes=(("Ashworth", "family", "«e:modified Ashworth Scale» «s:2» at the hip adductors"),
                    ("Thomas", "family", "«e:Thomas test» 25° bilaterally"),
                    ("Becker", "family", "a brother with «e:Becker muscular dystrophy»"),
                    ("Hoyer", "family", "«e:Hoyer lift» with a divided-leg sling"),
                    ("Ely", "family", "«e:Ely test» positive on the right"))),
    dict(name="prosthetics and orthotics note", slug="prosthetics", body=b_prosthetics,
         titles=("Prosthetics & Orthotics Clinic", "O&P Visit"), ages=(10, 89), old=0.12,
         author=("prosthetist-orthotist", "CPO"),
         namesakes=(("Syme", "family", "«e:Syme amputation» on the other side (1998)"),
                    ("Boyd", "family", "«e:Boyd amputation» heel pad stable"),
                    ("Jewett", "family", "«e:Jewett hyperextension brace» for «dx:T12 compression fracture»"),
                    ("Cobb", "family", "«e:Cobb angle» «s:31°» last year"),
                    ("Blount", "family", "«e:Blount disease» as a child"),
                    ("Pavlik", "family", "a grandchild was treated in a «e:Pavlik harness»"))),
    dict(name="gender-affirming care visit", slug="gender-affirming", body=b_gac,
         titles=("Gender-Affirming Care Visit", "Gender Health Program Follow-up"), ages=(16, 72),
         author=("family medicine physician", "MD"),
         namesakes=(("Ferriman", "family", "«e:Ferriman-Gallwey score» «s:6» at baseline"),
                    ("Gallwey", "family", "«e:Ferriman-Gallwey score» «s:9» before therapy"))),
    dict(name="HIV clinic visit", slug="hiv", body=b_hiv,
         titles=("HIV Primary Care Visit", "Infectious Diseases — HIV Clinic"), ages=(22, 84), old=0.04,
         author=("infectious diseases physician", "MD"),
         namesakes=(("Castleman", "family", "«e:Castleman disease» in remission"),
                    ("Reiter", "family", "old «e:Reiter syndrome» (reactive arthritis)"),
                    ("Robertson", "family", "pupils reactive, not «e:Argyll Robertson»"))),
    dict(name="TB directly observed therapy log", slug="tb-dot", body=b_tbdot,
         titles=("TB DOT Log", "Tuberculosis Program — Directly Observed Therapy"), ages=(18, 89), old=0.18,
         author=("TB nurse case manager", "RN"),
         namesakes=(("Rasmussen", "family", "no hemoptysis to suggest «e:Rasmussen aneurysm»"),
                    ("Pott", "family", "«e:Pott disease» excluded by MRI"),
                    ("Simon", "family", "calcified «e:Simon focus» at the apex"),
                    ("Ghon", "family", "old «e:Ghon complex» R lower zone"),
                    ("Jensen", "family", "«e:Löwenstein-Jensen» slope positive at 3 wk"))),
    dict(name="Ryan White eligibility recertification", slug="ryan-white", body=b_ryanwhite,
         titles=("Ryan White Eligibility Recertification",), ages=(20, 80),
         author=("HIV nurse", "RN"), namesakes=()),
    dict(name="dermatopathology report", slug="dermpath", body=b_dermpath,
         titles=("Dermatopathology Report", "Dermpath Consultation Report"), ages=(18, 89), old=0.25,
         author=("dermatopathologist", "MD"),
         namesakes=(("Spitz", "family", "atypical «e:Spitz» tumor excluded"),
                    ("Bowen", "family", "adjacent «e:Bowen disease» at the margin"),
                    ("Merkel", "family", "no «e:Merkel cell» component"),
                    ("Munro", "family", "«e:Munro microabscesses» in the stratum corneum"),
                    ("Russell", "family", "plasma cells with «e:Russell bodies»"),
                    ("Paget", "family", "no «e:Paget» cells in the epidermis"))),
    dict(name="sexual assault nurse examiner report", slug="sane", body=b_sane,
         titles=("SANE Examination Report", "Forensic Nursing Examination"), ages=(14, 89), old=0.05,
         author=("sexual assault nurse examiner", "RN, SANE-A"),
         namesakes=(("Wood", "family", "«e:Wood's lamp» fluorescence swabbed"),
                    ("Battle", "family", "«e:Battle sign» absent bilaterally"))),
    dict(name="child abuse pediatrics consultation", slug="child-abuse", body=b_childabuse,
         titles=("Child Abuse Pediatrics Consultation", "Child Protection Team Consult"), ages=(0, 8), months=(1, 96),
         author=("child abuse pediatrician", "MD"),
         namesakes=(("Caffey", "family", "«e:Caffey disease» unlikely at this age"),
                    ("Menkes", "family", "copper normal, against «e:Menkes disease»"))),
    dict(name="poison control call record", slug="poison", body=b_poison,
         titles=("Poison Center Case Record",), ages=(1, 89), old=0.15,
         author=("specialist in poison information", "PharmD, CSPI"),
         namesakes=(("Matthew", "given:M", "«e:Rumack-Matthew nomogram» reviewed with the ED"),
                    ("Sternbach", "family", "«e:Sternbach criteria» also met"),
                    ("Lugol", "family", "«e:Lugol's iodine» not indicated"))),
    dict(name="burn center admission", slug="burn", body=b_burn,
         titles=("Burn Center Admission", "Burn Unit H&P"), ages=(1, 89), old=0.1,
         author=("burn surgeon", "MD"),
         namesakes=(("Lund", "family", "«e:Lund and Browder chart» re-mapped on day 2"),
                    ("Browder", "family", "«e:Lund and Browder chart» used for the head and neck"),
                    ("Curling", "family", "«e:Curling ulcer» prophylaxis continued"),
                    ("Jackson", "family", "«e:Jackson burn model» zone of stasis"),
                    ("Brooke", "given:F", "«e:modified Brooke formula» as a cross-check"))),
    dict(name="trauma tertiary survey", slug="tertiary", body=b_tertiary,
         titles=("Trauma Tertiary Survey",), ages=(16, 89), old=0.22,
         author=("trauma surgeon", "MD"),
         namesakes=(("Chance", "family", "the «e:Chance fracture» is flexion-distraction"),
                    ("Jefferson", "family", "no «e:Jefferson fracture» on CT"),
                    ("Hill", "family", "«e:Hill-Sachs lesion» on the Y view"),
                    ("Kehr", "family", "«e:Kehr sign» present on day 1"),
                    ("Cullen", "family", "faint «e:Cullen sign» resolving"),
                    ("Beck", "family", "«e:Beck triad» absent on echo"),
                    ("Grey", "given:M", "no «e:Grey Turner sign»"))),
    dict(name="inpatient rehabilitation admission assessment", slug="irf-pai", body=b_irf,
         titles=("IRF-PAI Admission Assessment", "Inpatient Rehabilitation Admission"), ages=(40, 89), old=0.2,
         author=("physiatrist", "DO"),
         namesakes=(("Berg", "family", "«e:Berg Balance Scale» «s:20/56» at PT eval"),
                    ("Barthel", "family", "«e:Barthel Index» «s:35/100» pre-admission"),
                    ("Rankin", "family", "«e:modified Rankin Scale» «s:4»"),
                    ("Tinetti", "family", "«e:Tinetti» gait «s:6/12»"),
                    ("Brunnstrom", "family", "«e:Brunnstrom stage» «s:2» in the hand"))),
    dict(name="long-term acute care admission", slug="ltach", body=b_ltach,
         titles=("LTACH Admission Assessment", "Long-Term Acute Care Hospital Admission"), ages=(45, 89), old=0.3,
         author=("hospitalist", "MD"),
         namesakes=(("Norton", "family", "«e:Norton scale» «s:9» on arrival"),
                    ("Shiley", "family", "«e:Shiley» cuff deflated for speech"),
                    ("Waterlow", "family", "«e:Waterlow score» «s:21»"))),
    dict(name="palliative care family meeting", slug="family-meeting", body=b_meeting,
         titles=("Palliative Care Family Meeting", "Goals-of-Care Family Conference"), ages=(50, 89), old=0.5,
         author=("palliative care physician", "MD"),
         namesakes=(("Pick", "family", "behavioural variant «e:Pick disease» in a brother"),
                    ("Lou", "given:M", "«e:Lou Gehrig disease» in the patient's father"),
                    ("Binswanger", "family", "«e:Binswanger disease» on MRI"),
                    ("Cheyne", "family", "«e:Cheyne-Stokes» pattern at night"),
                    ("Jakob", "given:M", "«e:Creutzfeldt-Jakob disease» excluded (RT-QuIC)"))),
    dict(name="organ procurement referral", slug="opo", body=b_opo,
         titles=("OPO Referral Record", "Organ Procurement Organization — Referral"), ages=(2, 85),
         author=("OPO referral coordinator", "RN, CPTC"),
         namesakes=(("Kernohan", "family", "«e:Kernohan notch» on CT"),
                    ("Duret", "family", "«e:Duret hemorrhage» in the pons"))),
    dict(name="clinical trial serious adverse event report", slug="sae", body=b_sae,
         titles=("Serious Adverse Event Report",), ages=(30, 89), old=0.08,
         author=("principal investigator", "MD"),
         namesakes=(("Naranjo", "family", "«e:Naranjo» «s:7» on re-review"),
                    ("Stevens", "family", "«e:Stevens-Johnson syndrome» «ab:SCORTEN» «s:2»"),
                    ("Johnson", "family", "«e:Stevens-Johnson syndrome» overlap excluded"))),
    dict(name="DME delivery ticket", slug="dme", body=b_dme,
         titles=("Delivery Ticket",), ages=(20, 89), old=0.3,
         author=("DME respiratory therapist", "RRT"),
         namesakes=(("Hoyer", "family", "«e:Hoyer lift» demonstrated to family"),
                    ("Fowler", "family", "«e:Fowler position» for dyspnea"))),
    dict(name="court-ordered competency evaluation", slug="competency", body=b_competency,
         titles=("Competency to Stand Trial Evaluation",), ages=(18, 89), old=0.04,
         author=("forensic psychologist", "PsyD"),
         namesakes=(("Dusky", "family", "the «e:Dusky» prongs reviewed with counsel"),
                    ("Ganser", "family", "«e:Ganser syndrome» considered"),
                    ("Rey", "family", "«e:Rey 15-Item Test» recognition trial «s:19/30»"),
                    ("Miller", "family", "«e:Miller Forensic Assessment of Symptoms Test» below cut-off"),
                    ("Hare", "family", "«e:Hare Psychopathy Checklist» not administered"))),
    dict(name="disaster shelter triage record", slug="shelter", body=b_shelter,
         titles=("Shelter Health Intake",), ages=(0, 89), old=0.18,
         author=("disaster health services nurse", "RN"), namesakes=()),
    dict(name="cruise ship infirmary record", slug="cruise", body=b_cruise,
         titles=("Ship's Medical Centre Record",), ages=(25, 89), old=0.25,
         kinds=("us", "us", "order", "order", "order", "script"),
         author=("ship's physician", "MBBS"), no_home_extras=True,
         namesakes=(("Mallory", "given:F", "«e:Mallory-Weiss tear» confirmed ashore"),
                    ("Weiss", "family", "«e:Mallory-Weiss tear» suspected"))),
    dict(name="remote patient monitoring alert", slug="rpm", body=b_rpm,
         titles=("RPM Alert",), ages=(55, 89), old=0.35,
         author=("remote monitoring nurse", "RN"),
         namesakes=(("Brugada", "family", "no «e:Brugada» pattern on the patch"),
                    ("Holter", "family", "14-day «e:Holter» monitor ordered"))),
    dict(name="immigration medical examination", slug="i693", body=b_i693,
         titles=("Immigration Medical Examination",), ages=(15, 89), old=0.06,
         kinds=("us", "script", "script", "script", "order", "order", "order"),
         author=("civil surgeon", "MD"),
         namesakes=(("Hansen", "family", "«e:Hansen disease» screen negative"),
                    ("Chagas", "family", "«e:Chagas disease» serology negative"))),
    dict(name="commercial driver medical examination", slug="dot-exam", body=b_dot,
         titles=("DOT Medical Examination",), ages=(21, 78),
         author=("certified medical examiner", "DO"),
         namesakes=(("Ishihara", "family", "«e:Ishihara» «s:14/14» on repeat"),
                    ("Hoffmann", "family", "«e:Hoffmann sign» absent"),
                    ("Snellen", "family", "«e:Snellen» at 20 ft"))),
)

NOTE_TYPES = tuple(t["name"] for t in TYPES)
BY_NAME = {t["name"]: t for t in TYPES}
assert len(set(NOTE_TYPES)) == len(NOTE_TYPES)


def _people(c: Ctx) -> list[Person]:
    return [c.pt] + c.rels + c.outsiders + c.team + ([c.author] if c.author not in c.team else [])


def make_note(ntype: str, seed: str, min_bytes: int, max_bytes: int) -> tuple[str, str, dict]:
    spec = BY_NAME[ntype]
    c = Ctx(ntype, seed)
    c.setup(spec)
    title = c.ch(spec["titles"])
    head = c.ch(HEADERS)(c, title)
    body = spec["body"](c) + narrative(c, spec["slug"])
    sig = signature(c)
    text = head + body
    extras = list(EXTRAS)
    if spec.get("no_home_extras"):
        extras = [f for f in extras if f not in (x_social, x_portal, x_transport)]
    if c.pt.age < 12:
        extras = [f for f in extras if f not in (x_transport, x_tech)]
    elif c.pt.age < 50:
        extras = [f for f in extras if f is not x_transport]
    c.r.shuffle(extras)
    first = []
    if c.pt.age <= 89 and not any((q.age or 0) > 89 for q in c.rels):
        first.append(x_fh)
    if c.p(0.55):
        first.append(x_ids)
    order = first + [f for f in extras if f not in first]
    target = c.ri(min_bytes + 250, max_bytes - 200)
    n_extra = 0
    max_extra = c.ch((1, 2, 2, 3, 3, 4, 4))
    for fn in order:
        if n_extra >= max_extra:
            break
        people = _people(c)
        saved = [q.mentioned for q in people]
        st = c.r.getstate()
        sec = mk(fn(c))
        if not sec:
            continue
        if blen(text + "\n" + sec + sig) + 120 > target:
            for q, m in zip(people, saved):
                q.mentioned = m
            c.r.setstate(st)
            c.r.random()
            continue
        text += "\n" + sec
        n_extra += 1
    filler = list(GENERIC_NARR) + (list(ADULT_NARR) if c.pt.age >= 18 else [])
    c.r.shuffle(filler)
    added = []
    for sent in filler[: c.ri(2, 7)]:
        if blen(text + " ".join(added + [sent]) + sig) + 150 > target:
            break
        added.append(sent)
    if added:
        text += "\n" + c.ch(("Additional notes:", "Counselling:", "Other discussion:", "Follow-up items:")) + " " + " ".join(added) + "\n"
    missing = [q for q in c.rels + c.outsiders + c.team if not q.mentioned]
    if missing:
        bits = []
        for q in missing:
            if q.clin:
                bits.append(f"{q.role} {c.cl(q, 'full')}")
            else:
                bits.append(f"{q.rel or 'contact'} {c.nm(q)}" + (f" {c.PH(q.phone)}" if q.phone else ""))
        text += "\nAlso involved: " + "; ".join(bits) + ".\n"
    text += sig
    text = re.sub("\\.(\x03)\\.", r".\1", text)
    return text, f"tune5-{spec['slug']}", c.patient_obj()


# plain narrative sentences per type (no identifiers, no keep spans): they make the notes read
# like notes and keep the identifier density near that of real text
NARR = {
    "bmt-day100": ("Energy is slowly improving and appetite is back to about three meals a day.",
                   "No fevers, rigors, diarrhea or new rash since the last visit.",
                   "Mouth sores have healed; taste is still altered for sweets.",
                   "We reviewed sun protection, food safety and avoidance of crowds until immune recovery.",
                   "Caregiver plan remains in place and the family understands when to call the transplant line."),
    "ivf-consult": ("We reviewed the expected number of eggs, the chance of a euploid embryo and the cost of each cycle.",
                    "The couple prefer to transfer one embryo at a time.",
                    "Lifestyle: walks daily, no tobacco, limits alcohol to weekends.",
                    "Questions about travel during stimulation were answered.",
                    "They will think about genetic testing of embryos and let us know before the baseline scan."),
    "lactation": ("Observed a full feed on the left side; audible swallows after the first minute.",
                  "Mother reports pain at latch that eases after a few sucks.",
                  "Infant has had six wet diapers and three yellow stools in the last day.",
                  "Hand expression was taught and she returned the demonstration well.",
                  "Reviewed feeding cues, cluster feeding at night and when to call."),
    "mbs": ("The patient was alert, upright and followed commands throughout the study.",
            "Oral phase showed reduced bolus control with premature spillage.",
            "Laryngeal elevation and epiglottic inversion were reduced.",
            "Results and recommendations were reviewed with the patient and nursing staff.",
            "Oral care before meals was encouraged to lower pneumonia risk."),
    "seating": ("The patient spends about twelve hours a day in the chair and self-propels short distances only.",
                "Pressure mapping showed high peak pressures under the right ischial tuberosity.",
                "Caregiver performs weight shifts every hour during the day.",
                "The current chair no longer meets postural needs and cannot be modified further.",
                "A power base is medically necessary for independent mobility in the home."),
    "prosthetics": ("The patient wears the device most of the day and removes it at night.",
                    "Skin was checked with a mirror and no blisters were found.",
                    "We reviewed donning, doffing and how to add sock ply during the day.",
                    "Goals include community ambulation and returning to church on foot.",
                    "Fit is acceptable today; minor trim lines were adjusted in the lab."),
    "gender-affirming": ("Mood is good and the patient reports less dysphoria since starting therapy.",
                         "Side effects discussed include breast tenderness, mood changes and fertility effects.",
                         "Fertility preservation was offered again and declined.",
                         "Support at home and at work is described as solid.",
                         "Safer-sex counselling and routine screening were reviewed."),
    "hiv": ("Feels well; no weight loss, night sweats, thrush or new skin lesions.",
            "Reviewed pill timing with work shifts and set a phone alarm.",
            "Housing is stable and transportation to clinic is not a problem now.",
            "Vaccines reviewed: due for the second shingles dose.",
            "Mental health screen negative today."),
    "tb-dot": ("Patient tolerates the regimen and takes doses with a light snack.",
               "Color vision and visual acuity were checked monthly without change.",
               "Liver tests remain within normal limits.",
               "Cough has decreased and weight is up since the start of treatment.",
               "Education given on completing the full course and keeping appointments."),
    "ryan-white": ("Documents reviewed in person and copies scanned to the client record.",
                   "Client attests that household income and residence have not changed except as noted.",
                   "Services requested: medical case management, dental and transportation assistance.",
                   "Client was informed of the grievance procedure and rights and responsibilities.",
                   "Recertification is approved pending one missing pay stub."),
    "dermpath": ("Sections show a proliferation of atypical cells in a background of solar elastosis.",
                 "Deeper levels were examined and do not change the diagnosis.",
                 "Margins are reported for the examined sections only.",
                 "Clinical correlation is recommended.",
                 "Immunostains were reviewed with appropriate controls."),
    "sane": ("The patient was offered breaks throughout and chose to continue.",
             "Each step of the examination was explained before it was done.",
             "The patient declined some swabs; this choice was respected and documented.",
             "Safety planning was completed and a safe place to stay tonight was confirmed.",
             "Evidence was handled with gloves changed between each step."),
    "child-abuse": ("The history given does not explain the injuries seen.",
                    "Developmental history is normal and the child is not yet cruising.",
                    "The findings were discussed with the family in simple terms.",
                    "We recommend a safety plan before discharge and a follow-up skeletal survey in two weeks.",
                    "Siblings in the home should be examined."),
    "poison": ("Caller was calm and able to give a clear history.",
               "Product container was read aloud to confirm the ingredients.",
               "Advised not to induce vomiting and to bring the container to the hospital.",
               "The ED staff were given treatment guidance by phone.",
               "Case will be followed until the patient is medically cleared."),
    "burn": ("Wounds were cleansed and dressed with silver-impregnated foam.",
             "Pain is controlled on the current plan with good sleep.",
             "Nutrition consult ordered for high-protein tube feeds.",
             "Circumferential burns were checked hourly for perfusion.",
             "Family was oriented to the unit and visiting rules."),
    "tertiary": ("Patient is now awake and able to report pain in new areas.",
                 "All imaging was re-reviewed with radiology this morning.",
                 "Secondary survey findings were confirmed and no injuries were missed on the first day.",
                 "Tetanus is up to date.",
                 "Plan discussed with orthopedics and neurosurgery."),
    "irf-pai": ("The patient can tolerate three hours of therapy a day, five days a week.",
                "Goals are to walk household distances with a walker and to manage self-care with setup.",
                "Bladder and bowel continence are improving with a timed program.",
                "Family training will begin in the second week.",
                "Medical issues will be managed daily by the rehabilitation physician."),
    "ltach": ("Plan is daily spontaneous breathing trials as tolerated.",
              "Nutrition is via PEG at goal rate with free-water flushes.",
              "Physical therapy will begin bed-level exercises tomorrow.",
              "Family was updated at the bedside.",
              "Goals of care remain full treatment for now."),
    "family-meeting": ("The family described the patient as independent and proud until this year.",
                       "Everyone present agreed that comfort is now the priority.",
                       "Questions about food and fluids at the end of life were answered.",
                       "The family asked for music and a chaplain visit.",
                       "Bereavement support was offered."),
    "opo": ("Family has not yet been approached about donation.",
            "The hospital will not discuss donation with the family before the coordinator arrives.",
            "Medical suitability will be reviewed after serologies return.",
            "Hemodynamics are being managed per the donor protocol.",
            "Timeline will be updated after the second exam."),
    "sae": ("The event was considered serious because it required hospitalization.",
            "The subject recovered without sequelae.",
            "The study drug was permanently discontinued.",
            "The event is unexpected per the investigator brochure.",
            "Follow-up information will be sent within 15 days."),
    "dme": ("Equipment was set up and tested in the home in the presence of the caregiver.",
            "Safety check: cords away from walkways, smoke detector present, no open flames near oxygen.",
            "Instructions for cleaning and filter changes were left in the home.",
            "The caregiver demonstrated safe use of the equipment.",
            "Emergency service number given for after-hours problems."),
    "competency": ("The defendant was informed of the limits of confidentiality and agreed to proceed.",
                   "He or she could name the charges but not the possible penalties.",
                   "Understanding of the roles of the judge, prosecutor and defense attorney was partial.",
                   "Ability to work with counsel was limited by suspicion of the attorney.",
                   "The opinion is given with reasonable psychological certainty."),
    "shelter": ("Shelter resident was oriented to the health station hours.",
                "No signs of acute illness at intake.",
                "Needs a cane, which was provided from the shelter supply.",
                "Dietary needs: diabetic diet requested from the kitchen.",
                "Will recheck blood pressure tomorrow morning."),
    "cruise": ("The guest was seen in the medical centre with a travel companion.",
               "Sea conditions were moderate and many guests reported motion sickness.",
               "Shore-side transfer was arranged through the port agent.",
               "The guest understood the charges and signed the consent.",
               "Ship's master was informed of the medical disembarkation."),
    "rpm": ("Readings were reviewed against the patient's thresholds.",
            "The patient reports eating out twice this week.",
            "Medication adherence confirmed by phone.",
            "Cardiology office notified of the alert.",
            "Will review readings again in 24 hours."),
    "i693": ("The applicant was examined in private with a chaperone.",
             "No class A or class B conditions were found.",
             "Vaccination records were reviewed and copies kept.",
             "The applicant was told the results and given the sealed form.",
             "No history of harmful behavior associated with a mental disorder."),
    "dot-exam": ("Driver denies chest pain, fainting, seizures or sleep attacks while driving.",
                 "Reviewed the health history form with the driver.",
                 "Advised to bring home blood pressure readings to the next exam.",
                 "Driver uses corrective lenses while driving.",
                 "No medications that impair driving."),
}


def narrative(c: Ctx, slug: str) -> str:
    sents = c.r.sample(NARR[slug], c.ri(2, 4))
    lab = c.ch(("Comment:", "Assessment:", "Narrative:", "Notes:", "Summary:", "Impression/plan:"))
    return f"{lab} " + " ".join(sents) + "\n"


GENERIC_NARR = (
    "Interpreter offered; the family prefers to continue in English.",
    "Allergies reviewed and unchanged.",
    "The plan was explained in simple terms and questions were answered.",
    "Patient and family verbalized understanding using teach-back.",
    "Immunization history reviewed in the state registry.",
    "Pain is rated as tolerable and does not limit sleep.",
    "No new concerns about safety at home were raised.",
    "Records from the outside facility were requested and partially received.",
    "Return precautions were reviewed, including when to call after hours.",
    "Time spent was mostly counselling and care coordination.",
    "A copy of this note will be sent to the primary care clinic.",
)
ADULT_NARR = (
    "Fall precautions reviewed; night light and clear walkways recommended.",
    "Advance directive on file was reviewed and remains current.",
    "Diet: regular texture, no added salt; drinks about six cups of fluid a day.",
    "Sleep is fragmented, about five hours a night with one awakening.",
    "Hearing aids and glasses were present and in use during the visit.",
)
