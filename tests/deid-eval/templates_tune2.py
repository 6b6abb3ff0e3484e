"""Pools, phrase builders and note templates of the tune2 split.

Written from the corpus README's record format and categories and from score.py only.
Everything here is invented. Python 3.11, standard library only.

Templates build *marked* strings: a PHI span is written P(category, text) and a keep span
K(kind, text); generate_tune2.py turns the markers into offsets and checks them.
"""

from __future__ import annotations

import datetime as dt
import re

# ---------------------------------------------------------------------------
# markup
# ---------------------------------------------------------------------------

PHI_OPEN, KEEP_OPEN, MID, CLOSE = "\x01", "\x04", "\x02", "\x03"

CATEGORIES = ("NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
              "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
              "ADDRESS", "CITY", "ZIP", "AGE_OVER_89", "OTHER_ID")
KEEP_KINDS = ("eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation",
              "score", "word")


def P(cat: str, s: str) -> str:
    assert cat in CATEGORIES, cat
    assert s and s == s.strip(), repr(s)
    return f"{PHI_OPEN}{cat}{MID}{s}{CLOSE}"


def K(kind: str, s: str) -> str:
    assert kind in KEEP_KINDS, kind
    assert s and s == s.strip(), repr(s)
    return f"{KEEP_OPEN}{kind}{MID}{s}{CLOSE}"


def plain(marked: str) -> str:
    out = []
    skip = False
    for ch in marked:
        if ch in (PHI_OPEN, KEEP_OPEN):
            skip = True
        elif ch == MID:
            skip = False
        elif ch == CLOSE:
            pass
        elif not skip:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------

def luhn_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def make_npi(r) -> str:
    body = str(r.choice("12")) + "".join(str(r.randrange(10)) for _ in range(8))
    return body + str(luhn_digit("80840" + body))


def dea_check(digits6: str) -> int:
    d = [int(x) for x in digits6]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10


ASCII_FOLD = str.maketrans("ÁÀÂÄÃÅĀáàâäãåāÇçČčĆćÉÈÊËĒéèêëēÍÌÎÏíìîïİıÑñŃńÓÒÔÖÕØóòôöõøŁłŠšŚśŞşÚÙÛÜúùûüÝýŽžŹźŻżĐđÞþÆæ",
                           "AAAAAAAaaaaaaaCcCcCcEEEEEeeeeeIIIIiiiiIiNnNnOOOOOOooooooLlSsSsSsUUUUuuuuYyZzZzZzDdTtAa")


def make_dea(r, family: str, midlevel: bool = False) -> str:
    first = "M" if midlevel else r.choice("ABFG")
    init = family.translate(ASCII_FOLD)
    init = next((ch.upper() for ch in init if ch.isascii() and ch.isalpha()), "9")
    d6 = "".join(str(r.randrange(10)) for _ in range(6))
    return f"{first}{init}{d6}{dea_check(d6)}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
WMI = ("1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1C4", "4T1", "1GC", "JN8", "1FA",
       "2HK", "5FN", "3GN", "1N4", "KNA", "JM1", "YV1")


def vin_check(vin: str) -> str:
    s = sum(VIN_VAL[ch] * w for ch, w in zip(vin, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def make_vin(r) -> str:
    body = list(r.choice(WMI) + "".join(r.choice(VIN_CHARS) for _ in range(5)) + "0"
                + r.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + r.choice(VIN_CHARS[:23])
                + "".join(str(r.randrange(10)) for _ in range(6)))
    body[8] = vin_check("".join(body))
    return "".join(body)


def digits(r, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def nz_digits(r, n: int) -> str:
    return str(r.randrange(1, 10)) + digits(r, n - 1)


def letters(r, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(n))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(r) -> str:
    an = MBI_A + "0123456789"
    return (str(r.randrange(1, 10)) + r.choice(MBI_A) + r.choice(an) + str(r.randrange(10))
            + r.choice(MBI_A) + r.choice(an) + str(r.randrange(10)) + r.choice(MBI_A)
            + r.choice(MBI_A) + digits(r, 2))


def make_ssn(r) -> tuple[str, str, str]:
    while True:
        area = r.randrange(1, 900)
        if area != 666:
            break
    return f"{area:03d}", f"{r.randrange(1, 100):02d}", f"{r.randrange(1, 10000):04d}"


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MON3 = tuple(m[:3] for m in MONTHS)
WD_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WD_SHORT = (("Mon",), ("Tue", "Tues"), ("Wed",), ("Thu", "Thur", "Thurs"), ("Fri",), ("Sat",), ("Sun",))


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _mon_dot(d: dt.date) -> str:
    return "May" if d.month == 5 else ("Sept." if d.month == 9 else MON3[d.month - 1] + ".")


# each form: d -> the text of the DATE span (no leading "the", no weekday, no time)
DATE_FORMS = {
    "mdy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "mdy_short": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "mdy_nopad": lambda d: f"{d.month}/{d.day}/{d.year}",
    "iso": lambda d: d.isoformat(),
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "abbr": lambda d: f"{MON3[d.month - 1]} {d.day}, {d.year}",
    "abbr_dot": lambda d: f"{_mon_dot(d)} {d.day}, {d.year}",
    "dmy_text": lambda d: f"{d.day} {MON3[d.month - 1]} {d.year}",
    "dmy_long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "md_text": lambda d: f"{MON3[d.month - 1]} {d.day}",
    "md_long": lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    "md_slash": lambda d: f"{d.month}/{d.day}",
    "md_slash0": lambda d: f"{d.month:02d}/{d.day:02d}",
    "month_ord": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}",
    "month_ord_y": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
    "ord_of": lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1]}",
    "ord_of_y": lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
    "month_the": lambda d: f"{MONTHS[d.month - 1]} the {ordinal(d.day)}",
    "mon_dash": lambda d: f"{MON3[d.month - 1]}-{d.day:02d}",
    "mm_dash_dd": lambda d: f"{d.month:02d}-{d.day:02d}",
    "mdy_dots": lambda d: f"{d.month}.{d.day}.{d.year % 100:02d}",
    "dmy_dots": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "mil": lambda d: f"{d.day:02d}{MON3[d.month - 1].upper()}{d.year % 100:02d}",
    "mil_full": lambda d: f"{d.day:02d}{MON3[d.month - 1].upper()}{d.year}",
    "dmy_dash_caps": lambda d: f"{d.day:02d}-{MON3[d.month - 1].upper()}-{d.year}",
    "dmy_dash_yy": lambda d: f"{d.day}-{MON3[d.month - 1]}-{d.year % 100:02d}",
    "compact": lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
    "ymd_slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "caps_long": lambda d: f"{MONTHS[d.month - 1].upper()} {d.day}, {d.year}",
    "mdy_dash": lambda d: f"{d.month}-{d.day}-{d.year % 100:02d}",
    "mdy_dash_full": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
    "apos": lambda d: f"{MON3[d.month - 1]} {d.day} '{d.year % 100:02d}",
    "day_month": lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    "ord_only": lambda d: ordinal(d.day),
    "month_year": lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    "mon_year": lambda d: f"{MON3[d.month - 1]} {d.year}",
    "mm_yyyy": lambda d: f"{d.month:02d}/{d.year}",
    "month_ord_caps": lambda d: f"{MONTHS[d.month - 1].upper()} {ordinal(d.day).upper()}",
}
FULL_FORMS = ("mdy", "mdy_short", "mdy_nopad", "iso", "long", "abbr", "abbr_dot", "dmy_text", "dmy_long",
              "month_ord_y", "ord_of_y", "mdy_dots", "dmy_dots", "mil", "mil_full", "dmy_dash_caps",
              "dmy_dash_yy", "compact", "ymd_slash", "caps_long", "mdy_dash", "mdy_dash_full", "apos")
SHORT_FORMS = ("md_text", "md_long", "md_slash", "md_slash0", "month_ord", "ord_of", "month_the",
               "mon_dash", "mm_dash_dd", "day_month", "month_ord_caps")
ODD_FORMS = ("ord_of", "month_the", "mon_dash", "mm_dash_dd", "mdy_short", "mdy_dots", "mil",
             "md_slash", "ord_of_y", "month_ord", "dmy_dash_yy", "apos", "day_month", "mdy_dash")


def add_days(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def age_on(dob: dt.date, d: dt.date) -> int:
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# spelled-out numbers (ages)
# ---------------------------------------------------------------------------

ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spell(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else "-" + ONES[o])
    if n == 100:
        return "one hundred"
    return "one hundred " + spell(n - 100)


# ---------------------------------------------------------------------------
# name pools
# ---------------------------------------------------------------------------

US_F = ("Lorraine", "Darlene", "Bernadette", "Marjorie", "Loretta", "Geraldine", "Wanda", "Kendra",
        "Tamika", "Brianna", "Kayleigh", "Shelby", "Courtney", "Alyssa", "Paisley", "Kinsley", "Jolene",
        "Rosalind", "Mildred", "Edna", "Thelma", "Velma", "Imogene", "Dolores", "Maxine", "Trudy",
        "Bonnie", "Colleen", "Tonya", "Latoya", "Shanice", "Keisha", "Aaliyah", "Jazmine", "Tatum",
        "Piper", "Sloane", "Rhiannon", "Gwendolyn", "Corinne", "Winifred", "Eunice", "Lucille",
        "Harriet", "Nadine", "Priscilla", "Roxanne", "Yvonne", "Charlene", "Leann", "Mckenna", "Brynn")
US_M = ("Dwight", "Harlan", "Virgil", "Clyde", "Lyle", "Wendell", "Roscoe", "Otis", "Delbert", "Merle",
        "Vernon", "Floyd", "Elmer", "Leroy", "Marvin", "Darnell", "Tyrone", "DeShawn", "Jamal",
        "Tremaine", "Brayden", "Kaden", "Colton", "Tucker", "Garrett", "Wyatt", "Landon", "Travis",
        "Cody", "Trent", "Desmond", "Reginald", "Cornelius", "Thaddeus", "Ambrose", "Lionel",
        "Mortimer", "Ezekiel", "Silas", "Augustus", "Howard", "Willard", "Lowell", "Stanley", "Irvin",
        "Emmett", "Beau", "Jalen", "Keegan", "Rodney")
US_L = ("Kowalski", "Hutchins", "Pruitt", "Whitaker", "Bledsoe", "Crenshaw", "Dunaway", "Etheridge",
        "Fairchild", "Gilliam", "Haskins", "Isaacson", "Jennings", "Kimbrough", "Lockhart", "McAllister",
        "Nettles", "Osborne", "Pettigrew", "Quarles", "Rutledge", "Stallworth", "Thibodeaux", "Underwood",
        "Vanhorn", "Whitfield", "Yancey", "Zimmerman", "Abernathy", "Blankenship", "Castellano",
        "Eckhardt", "Fitzpatrick", "Gallagher", "Holloway", "Ingram", "Jeffries", "Kincaid", "Lindgren",
        "Mayfield", "Norwood", "Ogletree", "Pendergast", "Rasmussen", "Satterfield", "Tolliver",
        "Upchurch", "Vickers", "Wainwright", "Yarbrough", "Albright", "Bancroft", "Dempsey",
        "Easterling", "Faulkner", "Hargrove", "Iverson", "Kittredge", "Langley", "Merriweather",
        "Northcutt", "Pickett", "Ridley", "Sizemore", "Truitt", "Wilkerson", "McCorkle", "Schaefer",
        "Lundquist", "Pennington", "Broussard", "Chavis", "Dobbins", "Espinoza")

# (given list F, given list M, family list) -- Latin-script cultures; family entries may be
# (male form, female form)
LATIN = {
    "hisp": (("María José", "Guadalupe", "Ximena", "Lucía", "Araceli", "Maricela", "Yesenia", "Itzel",
              "Rocío", "Marisol", "Belén"),
             ("José Ángel", "Jesús", "Rogelio", "Efraín", "Nicolás", "Joaquín", "Ramón", "Héctor",
              "Rubén", "Íñigo"),
             ("Hernández", "Ibáñez", "Muñoz", "Cárdenas", "Peña", "Quiñones", "Velázquez", "Ochoa",
              "Zúñiga", "Treviño", "de la Cruz", "García-López", "Ruiz Ortega", "Domínguez", "Saldaña",
              "Villaseñor", "del Río")),
    "fr": (("Françoise", "Amélie", "Hélène", "Gaëlle", "Solène", "Maëlys", "Josée", "Anaïs"),
           ("Benoît", "Jérôme", "François", "Loïc", "Gaétan", "Rémi", "Aurélien"),
           ("Lefèvre", "Dubois", "Mercier", "Bélanger", "Gagné", "Côté", "Pelletier", "Lévesque",
            "Thériault", "LeBlanc", "de Villiers", "Saint-Pierre", "Brisebois")),
    "de": (("Ursula", "Bärbel", "Lieselotte", "Anneliese", "Jutta", "Käthe", "Gudrun"),
           ("Jürgen", "Jörg", "Björn", "Günther", "Dieter", "Lutz", "Matthias"),
           ("Weiß", "Schäfer", "Köhler", "Groß", "Krüger", "von Ahlen", "Hoffmann-Rieß", "Brückner",
            "Löwenthal", "zur Linden")),
    "nordic": (("Åsa", "Ingrid", "Sigrún", "Þórunn", "Ástríður", "Sølvi", "Liv"),
               ("Søren", "Bjørn", "Jóhann", "Håkon", "Øystein", "Sindri", "Leif"),
               ("Bjørnstad", "Lindqvist", "Åkesson", "Þorsteinsson", "Højgaard", "Nyström", "Ødegård",
                "Kristjánsdóttir")),
    "west_slav": (("Małgorzata", "Zofia", "Šárka", "Agnieszka", "Bożena", "Jitka", "Ludmila"),
                  ("Grzegorz", "Wojciech", "Jiří", "Tomáš", "Przemysław", "Radek", "Łukasz"),
                  (("Wiśniewski", "Wiśniewska"), ("Dvořák", "Dvořáková"), ("Novák", "Nováková"),
                   ("Kowalczyk", "Kowalczyk"), ("Šťastný", "Šťastná"), ("Wójcik", "Wójcik"),
                   ("Zieliński", "Zielińska"), ("Procházka", "Procházková"))),
    "tr": (("Çağla", "Gülşen", "Şule", "Büşra", "Özlem"),
           ("Ömer", "Oğuz", "İsmail", "Çetin", "Barış"),
           ("Öztürk", "Yılmaz", "Çelik", "Şahin", "Aydın", "Güneş", "Karagöz")),
    "ga": (("Siobhán", "Aoife", "Niamh", "Caoimhe", "Gráinne", "Síle"),
           ("Pádraig", "Seán", "Ciarán", "Tadhg", "Oisín", "Donncha"),
           (("Ó Súilleabháin", "Ní Shúilleabháin"), ("Ó Ceallaigh", "Ní Cheallaigh"),
            ("Mac Cárthaigh", "Nic Cárthaigh"), "O'Donnell", "McNamara", "O'Halloran", "Mac an tSaoir")),
    "it": (("Giuseppina", "Carmela", "Nunzia", "Rosaria", "Concetta"),
           ("Vincenzo", "Salvatore", "Gennaro", "Carmine", "Rocco"),
           ("D'Alessandro", "Lo Russo", "Di Stefano", "Dell'Orto", "Lo Bianco", "Esposito", "La Torre")),
    "pt": (("Conceição", "Graça", "Luíza", "Fátima", "Irene"),
           ("João", "Sebastião", "Gonçalo", "Luís", "Antônio"),
           ("Gonçalves", "Magalhães", "da Silva", "dos Santos", "Conceição-Lopes", "Araújo")),
    "wa": (("Chiamaka", "Ngozi", "Folasade", "Adaeze", "Oluwakemi", "Aminata"),
           ("Oluwaseun", "Adebayo", "Chukwuemeka", "Babatunde", "Ikenna", "Mamadou"),
           ("Okafor", "Adeyemi", "Nwosu", "Okonkwo", "Balogun", "N'Diaye", "Diallo", "Fitzgerald-Okafor",
            "Oyelaran-Smith")),
    "nl": (("Anneke", "Marijke", "Femke"), ("Pieter", "Joost", "Maarten"),
           ("van der Berg", "de Vries", "Van Houten", "ten Brink", "Vanderwal", "van 't Hof")),
}

# script cultures: F givens, M givens, families -- (romanised, script) pairs; families may be
# (rom_m, scr_m, rom_f, scr_f); order: 'fg' = family then given without space (CJK), else given family
SCRIPT = {
    "zh": ("fg", (("Jing", "静"), ("Meiling", "美玲"), ("Lihua", "丽华"), ("Xiuying", "秀英"), ("Yan", "燕")),
           (("Xiaoming", "小明"), ("Wei", "伟"), ("Zhiqiang", "志强"), ("Hao", "浩"), ("Jianguo", "建国")),
           (("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Huang", "黄"),
            ("Zhou", "周"), ("Wu", "吴"), ("Lin", "林"), ("Guo", "郭"))),
    "ja": ("fg", (("Hanako", "花子"), ("Yumi", "由美"), ("Aiko", "愛子"), ("Sakura", "さくら"), ("Keiko", "恵子")),
           (("Ken", "健"), ("Shota", "翔太"), ("Daisuke", "大輔"), ("Haruto", "陽翔"), ("Takeshi", "武")),
           (("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"), ("Watanabe", "渡辺"),
            ("Ito", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"), ("Kobayashi", "小林"),
            ("Kawasaki", "川崎"))),
    "ko": ("fg", (("Seo-yeon", "서연"), ("Min-ji", "민지"), ("Ha-neul", "하늘"), ("Eun-ji", "은지"), ("Ji-woo", "지우")),
           (("Jun-ho", "준호"), ("Hyun-woo", "현우"), ("Sung-min", "성민"), ("Dong-hyun", "동현"), ("Tae-yang", "태양")),
           (("Park", "박"), ("Lee", "이"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"), ("Cho", "조"),
            ("Yoon", "윤"), ("Han", "한"))),
    "ru": ("gf", (("Olga", "Ольга"), ("Natalya", "Наталья"), ("Tatiana", "Татьяна"), ("Irina", "Ирина"),
                  ("Svetlana", "Светлана"), ("Yekaterina", "Екатерина")),
           (("Sergei", "Сергей"), ("Dmitri", "Дмитрий"), ("Alexei", "Алексей"), ("Nikolai", "Николай"),
            ("Pavel", "Павел"), ("Mikhail", "Михаил")),
           (("Smirnov", "Смирнов", "Smirnova", "Смирнова"), ("Kuznetsov", "Кузнецов", "Kuznetsova", "Кузнецова"),
            ("Popov", "Попов", "Popova", "Попова"), ("Volkov", "Волков", "Volkova", "Волкова"),
            ("Sokolov", "Соколов", "Sokolova", "Соколова"), ("Morozov", "Морозов", "Morozova", "Морозова"),
            ("Lebedev", "Лебедев", "Lebedeva", "Лебедева"))),
    "uk": ("gf", (("Oksana", "Оксана"), ("Halyna", "Галина"), ("Iryna", "Ірина"), ("Yulia", "Юлія")),
           (("Oleksandr", "Олександр"), ("Taras", "Тарас"), ("Bohdan", "Богдан"), ("Andriy", "Андрій")),
           (("Shevchenko", "Шевченко"), ("Kovalenko", "Коваленко"), ("Bondarenko", "Бондаренко"),
            ("Tkachenko", "Ткаченко"), ("Melnyk", "Мельник"), ("Kravchuk", "Кравчук"))),
    "ar": ("gf", (("Layla", "ليلى"), ("Fatima", "فاطمة"), ("Sara", "سارة"), ("Mariam", "مريم"), ("Huda", "هدى")),
           (("Youssef", "يوسف"), ("Omar", "عمر"), ("Khalid", "خالد"), ("Ahmad", "أحمد"), ("Karim", "كريم")),
           (("Haddad", "حداد"), ("Mansour", "منصور"), ("Khalil", "خليل"), ("Nasser", "ناصر"), ("Saleh", "صالح"),
            ("Darwish", "درويش"), ("Al-Masri", "المصري"), ("Hamdan", "حمدان"))),
    "el": ("gf", (("Eleni", "Ελένη"), ("Sofia", "Σοφία"), ("Katerina", "Κατερίνα"), ("Despina", "Δέσποινα")),
           (("Giorgos", "Γιώργος"), ("Nikos", "Νίκος"), ("Dimitris", "Δημήτρης"), ("Kostas", "Κώστας")),
           (("Oikonomou", "Οικονόμου", "Oikonomou", "Οικονόμου"), ("Papadakis", "Παπαδάκης", "Papadaki", "Παπαδάκη"),
            ("Karagiannis", "Καραγιάννης", "Karagianni", "Καραγιάννη"), ("Vlachos", "Βλάχος", "Vlachou", "Βλάχου"),
            ("Georgiou", "Γεωργίου", "Georgiou", "Γεωργίου"))),
    "he": ("gf", (("Yael", "יעל"), ("Noa", "נועה"), ("Tamar", "תמר"), ("Shira", "שירה")),
           (("Avraham", "אברהם"), ("Eitan", "איתן"), ("Yosef", "יוסף"), ("Ariel", "אריאל")),
           (("Cohen", "כהן"), ("Levi", "לוי"), ("Mizrahi", "מזרחי"), ("Peretz", "פרץ"), ("Friedman", "פרידמן"),
            ("Shapiro", "שפירא"))),
    "hi": ("gf", (("Priya", "प्रिया"), ("Anita", "अनीता"), ("Sunita", "सुनीता"), ("Kavya", "काव्या"), ("Pooja", "पूजा")),
           (("Rajesh", "राजेश"), ("Amit", "अमित"), ("Vikram", "विक्रम"), ("Arjun", "अर्जुन"), ("Sanjay", "संजय")),
           (("Sharma", "शर्मा"), ("Verma", "वर्मा"), ("Gupta", "गुप्ता"), ("Mishra", "मिश्रा"), ("Yadav", "यादव"),
            ("Joshi", "जोशी"))),
    "th": ("gf", (("Siriporn", "ศิริพร"), ("Malee", "มาลี"), ("Ratana", "รัตนา")),
           (("Somchai", "สมชาย"), ("Anan", "อนันต์"), ("Prasert", "ประเสริฐ")),
           (("Jaidee", "ใจดี"), ("Srisuk", "ศรีสุข"), ("Wongsa", "วงศ์สา"), ("Boonmee", "บุญมี"))),
    "hy": ("gf", (("Anahit", "Անահիտ"), ("Lusine", "Լուսինե"), ("Gayane", "Գայանե")),
           (("Aram", "Արամ"), ("Tigran", "Տիգրան"), ("Armen", "Արմեն")),
           (("Petrosyan", "Պետրոսյան"), ("Hakobyan", "Հակոբյան"), ("Sargsyan", "Սարգսյան"))),
    "ka": ("gf", (("Nino", "ნინო"), ("Tamari", "თამარი"), ("Ketevan", "ქეთევან")),
           (("Giorgi", "გიორგი"), ("Levan", "ლევან"), ("Davit", "დავით")),
           (("Beridze", "ბერიძე"), ("Kapanadze", "კაპანაძე"), ("Gelashvili", "გელაშვილი"))),
    "am": ("gf", (("Tsehay", "ፀሐይ"), ("Meron", "ሜሮን"), ("Selam", "ሰላም")),
           (("Abebe", "አበበ"), ("Dawit", "ዳዊት"), ("Yonas", "ዮናስ")),
           (("Kebede", "ከበደ"), ("Tesfaye", "ተስፋዬ"), ("Haile", "ኃይሌ"), ("Girma", "ግርማ"))),
    "bn": ("gf", (("Farzana", "ফারজানা"), ("Rupa", "রূপা"), ("Nasima", "নাসিমা")),
           (("Rahim", "রহিম"), ("Arif", "আরিফ"), ("Sohel", "সোহেল")),
           (("Uddin", "উদ্দিন"), ("Hossain", "হোসেন"), ("Chowdhury", "চৌধুরী"))),
    "ta": ("gf", (("Lakshmi", "லட்சுமி"), ("Meena", "மீனா"), ("Kavitha", "கவிதா")),
           (("Murugan", "முருகன்"), ("Karthik", "கார்த்திக்"), ("Senthil", "செந்தில்")),
           (("Selvam", "செல்வம்"), ("Raman", "ராமன்"), ("Subramaniam", "சுப்பிரமணியம்"))),
    "fa": ("gf", (("Maryam", "مریم"), ("Shirin", "شیرین"), ("Nasrin", "نسرین")),
           (("Reza", "رضا"), ("Dariush", "داریوش"), ("Kourosh", "کوروش")),
           (("Rezaei", "رضایی"), ("Hosseini", "حسینی"), ("Karimi", "کریمی"), ("Tehrani", "تهرانی"))),
}

VIET = (("Lan", "Thị", "Nguyễn"), ("Hùng", "Văn", "Trần"), ("Hương", "Thị", "Phạm"), ("Dũng", "Quốc", "Lê"),
        ("Thảo", "Ngọc", "Võ"), ("Minh", "Đức", "Đặng"), ("Phượng", "Kim", "Huỳnh"), ("Tuấn", "Anh", "Bùi"))

# word-names: (name, 'given'|'family', sex or None, [word-use phrases with {w}]) -- {w} is the
# word itself in the case written; uses are ordinary words, annotated keep kind "word"
WORDNAMES = (
    ("Sunny", "given", None, ("room is {w} and warm", "prefers the {w} side of the unit")),
    ("Honey", "given", "F", ("{w}-thick liquids per SLP", "takes {w} in her tea")),
    ("Crystal", "given", "F", ("a calcium oxalate {w} seen on UA", "{w} meth use denied")),
    ("Amber", "given", "F", ("urine {w} and clear", "drain output {w}-colored")),
    ("Ivy", "given", "F", ("rash after pulling poison {w}", "poison {w} exposure in the yard")),
    ("Holly", "given", "F", ("decorated the door with {w}",)),
    ("Penny", "given", "F", ("lesion about the size of a {w}", "did not spend a {w} on the copay")),
    ("Sterling", "given", "M", ("{w} silver bracelet removed for imaging",)),
    ("Art", "given", "M", ("enjoys {w} therapy group", "{w} class on Tuesdays")),
    ("Sonny", "given", "M", ("calls everyone '{w}'",)),
    ("Cash", "given", "M", ("pays {w} for prescriptions", "no {w} for the copay")),
    ("Earl", "given", "M", ("drinks {w} Grey tea each morning",)),
    ("Major", "given", "M", ("{w} depressive disorder, recurrent", "no {w} bleeding", "{w} surgery in the past")),
    ("Precious", "given", "F", ("lost {w} little sleep",)),
    ("Royal", "given", "M", ("{w} jelly supplement", "treats it like a {w} visit")),
    ("Rich", "given", "M", ("diet {w} in potassium", "foods {w} in iron")),
    ("Sky", "given", None, ("{w}-high anxiety before procedures",)),
    ("Storm", "given", None, ("concern for thyroid {w}", "power out after the {w}")),
    ("Story", "given", None, ("{w} is consistent with mechanism", "reads a bedtime {w}")),
    ("Sage", "given", None, ("burns {w} at home", "{w} tea for hot flashes")),
    ("River", "given", None, ("fishing at the {w} when injured", "lives near the {w}")),
    ("Ginger", "given", "F", ("{w} ale for nausea", "{w} chews")),
    ("Olive", "given", "F", ("{w} oil to soften cerumen",)),
    ("Candy", "given", "F", ("hard {w} for dry mouth", "keeps {w} for lows")),
    ("Pepper", "given", "F", ("{w} spray exposure", "black {w} causes reflux")),
    ("Clay", "given", "M", ("{w}-colored stools", "works with {w} at the pottery studio")),
    ("Rusty", "given", "M", ("stepped on a {w} nail", "{w} water from the tap")),
    ("Dusty", "given", "M", ("{w} attic triggers wheeze",)),
    ("Chip", "given", "M", ("{w} in the upper incisor", "small {w} off tooth #8")),
    ("Bud", "given", "M", ("nipped it in the {w}",)),
    ("Herb", "given", "M", ("takes an {w} supplement", "{w} garden at home")),
    ("Pat", "given", None, ("{w} dry, do not rub", "{w} skin dry after bathing")),
    ("Nick", "given", "M", ("small {w} on the finger", "a {w} from the razor")),
    ("Cliff", "given", "M", ("fell from a {w} while hiking",)),
    ("Ruby", "given", "F", ("{w}-red lesion on the lip",)),
    ("Pearl", "given", "F", ("enamel {w} noted on radiograph",)),
    ("Coral", "given", "F", ("{w} cut while snorkeling",)),
    ("Jade", "given", "F", ("{w} bracelet removed",)),
    ("Hazel", "given", "F", ("witch {w} pads", "{w} eyes, PERRL")),
    ("Violet", "given", "F", ("gentian {w} to the site",)),
    ("Fern", "given", "F", ("{w} test positive",)),
    ("Willow", "given", "F", ("{w} bark supplement (salicylate)",)),
    ("Autumn", "given", "F", ("symptoms worse every {w}",)),
    ("Misty", "given", "F", ("vision {w} in the mornings",)),
    ("Destiny", "given", "F", ("says it is her {w} to walk again",)),
    ("Mercy", "given", "F", ("begs for {w} from the pain",)),
    ("Dale", "given", "M", ("lives over hill and {w}",)),
    ("Forest", "given", "M", ("works in the national {w}",)),
    ("Hope", "given", "F", ("has {w} of returning to work", "expresses {w}")),
    ("Joy", "given", "F", ("finds {w} in gardening", "little {w} in activities")),
    ("Bishop", "family", None, ("the {w} visited from the parish",)),
    ("Mason", "family", None, ("drinks from a {w} jar",)),
    ("Porter", "family", None, ("{w} to take specimen to lab", "transport {w} called")),
    ("Walker", "family", None, ("ambulates with front-wheeled {w}", "{w} at bedside", "uses a {w} outdoors")),
    ("Carpenter", "family", None, ("works as a {w}", "retired {w}")),
    ("Fox", "family", None, ("bitten by a {w}", "{w} seen in the yard")),
    ("Wolf", "family", None, ("{w}-dog hybrid at home",)),
    ("Bird", "family", None, ("{w} feeder outside the window", "keeps a pet {w}")),
    ("Swift", "family", None, ("{w} recovery expected",)),
    ("Strong", "family", None, ("{w} cough", "grip {w} bilaterally")),
    ("Short", "family", None, ("{w} of breath with exertion", "{w} stature")),
    ("Little", "family", None, ("{w} appetite", "{w} interest in food")),
    ("Small", "family", None, ("{w} bowel obstruction ruled out", "{w} pressure injury")),
    ("Sharp", "family", None, ("{w} chest pain", "{w} stabbing pain")),
    ("Hardy", "family", None, ("{w} perennials in the garden",)),
    ("Moody", "family", None, ("more {w} and irritable", "{w} since the move")),
    ("Gay", "family", None, ("identifies as {w}",)),
    ("Best", "family", None, ("{w} motor response", "{w} corrected vision")),
    ("Moss", "family", None, ("{w} growing on the ramp, slippery",)),
    ("Marsh", "family", None, ("hunting in a {w}",)),
    ("Hill", "family", None, ("short of breath walking up a {w}",)),
    ("Banks", "family", None, ("uses food {w}", "river {w} flooded")),
    ("Wood", "family", None, ("{w} stove heat at home", "splinter of {w}")),
    ("Field", "family", None, ("visual {w} full", "works in the {w}")),
    ("Bush", "family", None, ("scratched by a rose {w}",)),
    ("Reed", "family", None, ("plays {w} instruments",)),
    ("Rice", "family", None, ("{w} cereal at 6 months", "{w}-water stools")),
    ("Bean", "family", None, ("{w} bag chair at home", "green {w} casserole")),
    ("Love", "family", None, ("sends her {w}", "would {w} to go home")),
    ("Frost", "family", None, ("{w} on the windshield", "{w} nip to the toes")),
    ("Snow", "family", None, ("shoveling {w} when pain began",)),
    ("Burns", "family", None, ("{w} to the forearm", "superficial {w}")),
    ("Cross", "family", None, ("{w}-cover overnight", "{w}-match sent")),
    ("Savage", "family", None, ("{w} headache",)),
    ("Bliss", "family", None, ("describes retirement as {w}",)),
    ("Noble", "family", None, ("{w} gas exposure in the lab",)),
    ("Sweet", "family", None, ("craves {w} foods", "{w} smell to the drainage")),
    ("Bright", "family", None, ("{w} red blood per rectum", "{w} and interactive")),
    ("Light", "family", None, ("{w} touch intact", "sensitive to {w}")),
    ("Day", "family", None, ("post-op {w} 3", "{w} 2 of antibiotics")),
    ("Knight", "family", None, ("plays {w} in chess club",)),
    ("Cannon", "family", None, ("{w} a waves on exam",)),
    ("Hammer", "family", None, ("{w} toe, left second digit", "reflex {w}")),
    ("Shepherd", "family", None, ("German {w} at home",)),
    ("Weaver", "family", None, ("former {w} at the mill",)),
    ("Cooper", "family", None, ("worked as a {w} making barrels",)),
    ("Butler", "family", None, ("worked as a {w}",)),
    ("Judge", "family", None, ("{w} signed the order",)),
    ("Dean", "family", None, ("on the {w}'s list",)),
    ("Gold", "family", None, ("{w} standard test", "{w} crown on #19")),
    ("Silver", "family", None, ("{w} nitrate to granulation", "{w} alginate dressing")),
    ("Diamond", "family", None, ("{w}-shaped rash",)),
    ("Waters", "family", None, ("{w} broke at home", "bag of {w} intact")),
    ("Crane", "family", None, ("operates a {w} at work",)),
    ("Finch", "family", None, ("keeps a {w} in a cage",)),
    ("Lamb", "family", None, ("{w} stew for dinner",)),
    ("Pike", "family", None, ("caught a {w} on the lake",)),
    ("Glass", "family", None, ("{w} shard in the heel", "broken {w}")),
    ("Ball", "family", None, ("{w} of the foot painful",)),
    ("Gates", "family", None, ("stair {w} installed",)),
    ("Mills", "family", None, ("worked at the textile {w}",)),
    ("Church", "family", None, ("attends {w} on Sundays",)),
    ("Temple", "family", None, ("tender over the left {w}", "bruise at the right {w}")),
)

# surnames / given names that are also eponyms -> eponym terms to keep in the same note
EPONYM_NAMES = (
    ("Barrett", "family", ("Barrett esophagus",)), ("Bishop", "family", ("Bishop score",)),
    ("Braden", "given", ("Braden scale",)), ("Foley", "family", ("Foley catheter",)),
    ("Hickman", "family", ("Hickman line",)), ("Horner", "family", ("Horner syndrome",)),
    ("Jackson", "family", ("Jackson-Pratt drain",)), ("Mallory", "given", ("Mallory-Weiss tear",)),
    ("Morse", "family", ("Morse fall scale",)), ("Nissen", "family", ("Nissen fundoplication",)),
    ("Paget", "family", ("Paget disease of bone",)), ("Swan", "family", ("Swan-Ganz catheter",)),
    ("Tanner", "family", ("Tanner stage",)), ("Wells", "family", ("Wells score",)),
    ("Whipple", "family", ("Whipple procedure",)), ("Epley", "family", ("Epley maneuver",)),
    ("Ludwig", "given", ("Ludwig angina",)), ("Sjögren", "family", ("Sjögren syndrome",)),
    ("Romberg", "family", ("Romberg sign",)), ("Reiter", "family", ("Reiter syndrome",)),
    ("Virchow", "family", ("Virchow node",)), ("Fournier", "family", ("Fournier gangrene",)),
    ("Denver", "given", ("Denver II",)), ("Lynch", "family", ("Lynch syndrome",)),
    ("Marfan", "family", ("Marfan syndrome",)), ("Turner", "family", ("Turner syndrome",)),
    ("Baker", "family", ("Baker cyst",)), ("Osler", "family", ("Osler nodes",)),
)

TITLES = {"F": ("Ms.", "Mrs.", "Miss", "Ms"), "M": ("Mr.", "Mr"), None: ("Mx.",)}

CREDENTIALS = {
    "physician": ("MD", "DO", "M.D.", "MD, PhD", "MBBS", "MD, FACP"),
    "np": ("NP", "FNP-C", "APRN", "DNP, FNP-BC", "PMHNP-BC", "AGACNP-BC"),
    "pa": ("PA-C", "PA"),
    "rn": ("RN", "BSN, RN", "RN, BSN", "MSN, RN", "RN, OCN", "RN, CWOCN", "RN, CDCES", "RNC-OB"),
    "lpn": ("LPN", "LVN"), "cna": ("CNA",),
    "pt": ("PT, DPT", "DPT", "PT"), "pta": ("PTA",), "ot": ("OTR/L", "OT", "COTA/L"),
    "slp": ("CCC-SLP", "SLP", "MS, CCC-SLP"), "rd": ("RD", "RDN, LD", "MS, RD"),
    "sw": ("LCSW", "LMSW", "MSW, LCSW", "LICSW"), "pharm": ("PharmD", "PharmD, BCPS", "RPh"),
    "crna": ("CRNA",), "cnm": ("CNM", "CNM, MSN"), "dentist": ("DDS", "DMD"), "rdh": ("RDH",),
    "od": ("OD",), "rrt": ("RRT", "RRT-NPS"), "ma": ("MA", "CMA"), "psych": ("PsyD", "PhD", "LPC", "LMFT"),
    "gc": ("MS, CGC", "CGC"), "sleep": ("RPSGT",), "emt": ("NRP", "EMT-P"), "chap": ("MDiv", "BCC"),
}


# ---------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------

# (city, state abbreviation, state name, ZIP base)
US_CITIES = (
    ("Liberty", "MO", "Missouri", "64068"), ("Independence", "MO", "Missouri", "64050"),
    ("Paris", "TX", "Texas", "75460"), ("Paris", "TN", "Tennessee", "38242"), ("Marion", "OH", "Ohio", "43302"),
    ("Marion", "IN", "Indiana", "46952"), ("Jackson", "MS", "Mississippi", "39209"),
    ("Jackson", "MI", "Michigan", "49201"), ("Temple", "TX", "Texas", "76502"), ("Comfort", "TX", "Texas", "78013"),
    ("Eureka", "CA", "California", "95501"), ("Harmony", "PA", "Pennsylvania", "16037"),
    ("Concord", "NH", "New Hampshire", "03301"), ("Aurora", "IL", "Illinois", "60505"),
    ("Goshen", "IN", "Indiana", "46526"), ("Athens", "GA", "Georgia", "30605"), ("Lebanon", "PA", "Pennsylvania", "17042"),
    ("Canton", "OH", "Ohio", "44708"), ("Troy", "NY", "New York", "12180"), ("Warren", "MI", "Michigan", "48091"),
    ("Orange", "TX", "Texas", "77630"), ("Sandy", "UT", "Utah", "84070"), ("Golden", "CO", "Colorado", "80401"),
    ("Sparks", "NV", "Nevada", "89431"), ("Surprise", "AZ", "Arizona", "85374"), ("Commerce", "TX", "Texas", "75428"),
    ("Hazard", "KY", "Kentucky", "41701"), ("Pearl", "MS", "Mississippi", "39208"), ("Jasper", "AL", "Alabama", "35501"),
    ("Mission", "TX", "Texas", "78572"), ("Sunrise", "FL", "Florida", "33322"), ("Liberal", "KS", "Kansas", "67901"),
    ("Boring", "OR", "Oregon", "97009"), ("Bountiful", "UT", "Utah", "84010"), ("Energy", "IL", "Illinois", "62933"),
    ("Protection", "KS", "Kansas", "67127"), ("Scottsbluff", "NE", "Nebraska", "69361"),
    ("Bozeman", "MT", "Montana", "59715"), ("Tupelo", "MS", "Mississippi", "38801"),
    ("Kalamazoo", "MI", "Michigan", "49007"), ("Muncie", "IN", "Indiana", "47303"), ("Dubuque", "IA", "Iowa", "52001"),
    ("Yakima", "WA", "Washington", "98902"), ("Bakersfield", "CA", "California", "93301"),
    ("Albuquerque", "NM", "New Mexico", "87102"), ("Chattanooga", "TN", "Tennessee", "37402"),
    ("Lafayette", "LA", "Louisiana", "70501"), ("Sioux Falls", "SD", "South Dakota", "57104"),
    ("Fargo", "ND", "North Dakota", "58102"), ("Provo", "UT", "Utah", "84601"), ("Flagstaff", "AZ", "Arizona", "86001"),
    ("Duluth", "MN", "Minnesota", "55802"), ("Saginaw", "MI", "Michigan", "48601"), ("Pueblo", "CO", "Colorado", "81003"),
    ("Lubbock", "TX", "Texas", "79401"), ("Laredo", "TX", "Texas", "78040"), ("Macon", "GA", "Georgia", "31201"),
    ("Gainesville", "FL", "Florida", "32601"), ("Asheville", "NC", "North Carolina", "28801"),
    ("Roanoke", "VA", "Virginia", "24011"), ("Wheeling", "WV", "West Virginia", "26003"),
    ("Altoona", "PA", "Pennsylvania", "16601"), ("Utica", "NY", "New York", "13501"), ("Bangor", "ME", "Maine", "04401"),
    ("Burlington", "VT", "Vermont", "05401"), ("Pawtucket", "RI", "Rhode Island", "02860"),
    ("Waterbury", "CT", "Connecticut", "06702"), ("Toms River", "NJ", "New Jersey", "08753"),
    ("Hagerstown", "MD", "Maryland", "21740"), ("Spartanburg", "SC", "South Carolina", "29301"),
    ("Dothan", "AL", "Alabama", "36301"), ("Texarkana", "AR", "Arkansas", "71854"), ("Enid", "OK", "Oklahoma", "73701"),
    ("Salina", "KS", "Kansas", "67401"), ("Grand Island", "NE", "Nebraska", "68801"), ("Casper", "WY", "Wyoming", "82601"),
    ("Pocatello", "ID", "Idaho", "83201"), ("Medford", "OR", "Oregon", "97501"), ("Redding", "CA", "California", "96001"),
    ("Hilo", "HI", "Hawaii", "96720"), ("Fairbanks", "AK", "Alaska", "99701"), ("Las Cruces", "NM", "New Mexico", "88001"),
    ("Yuma", "AZ", "Arizona", "85364"), ("St. George", "UT", "Utah", "84770"), ("Elko", "NV", "Nevada", "89801"),
    ("Rapid City", "SD", "South Dakota", "57701"), ("Minot", "ND", "North Dakota", "58701"),
    ("Mankato", "MN", "Minnesota", "56001"), ("Eau Claire", "WI", "Wisconsin", "54701"), ("Peoria", "IL", "Illinois", "61602"),
    ("Terre Haute", "IN", "Indiana", "47807"), ("Bowling Green", "KY", "Kentucky", "42101"),
    ("Jonesboro", "AR", "Arkansas", "72401"), ("Hattiesburg", "MS", "Mississippi", "39401"),
    ("Houma", "LA", "Louisiana", "70360"), ("Ocala", "FL", "Florida", "34471"), ("Valdosta", "GA", "Georgia", "31601"),
    ("Coeur d'Alene", "ID", "Idaho", "83814"), ("Española", "NM", "New Mexico", "87532"),
    ("Cañon City", "CO", "Colorado", "81212"),
)
# ordinary-word uses of town names (kind "word"): town -> phrases with {w}
TOWN_WORDS = {
    "Liberty": ("took the {w} of calling the pharmacy", "not at {w} to discuss"),
    "Independence": ("{w} with ADLs", "goal: {w} with transfers", "values her {w}"),
    "Temple": ("tender over the right {w}", "headache at the {w}"),
    "Comfort": ("{w} measures discussed", "focus on {w}", "{w} care only"),
    "Harmony": ("family in {w} about the plan",),
    "Concord": ("{w} grape juice with meds",),
    "Orange": ("{w} juice for the low", "{w}-tinged urine on rifampin"),
    "Golden": ("{w} crusting on the lip",), "Sparks": ("sees {w} in the left eye",),
    "Surprise": ("to her {w}, no pain",), "Hazard": ("trip {w}: loose rugs", "fall {w} in the bathroom"),
    "Pearl": ("enamel {w} on #2",), "Sunrise": ("walks at {w}",), "Liberal": ("{w} diet as tolerated", "{w} fluids"),
    "Boring": ("deep {w} pain in the shin",), "Energy": ("low {w} all week", "{w} level 3/10"),
    "Protection": ("hearing {w} at work", "sun {w} advised"), "Commerce": ("online {w} job from home",),
    "Mission": ("volunteers at the {w} kitchen",), "Sandy": ("{w} grit in the wound",),
}
COUNTIES = ("Marion", "Clay", "Story", "Lake", "Summit", "Door", "Union", "Hardin", "Polk", "Cass", "Black Hawk",
            "Sweetwater", "Box Elder", "Liberty", "Orange", "Fulton", "Tippecanoe", "Chautauqua", "Kanawha",
            "Yellowstone", "Pottawattamie", "Bear Lake", "Hidalgo", "Shawnee")
PARISHES = ("Terrebonne", "Lafourche", "St. Tammany", "Ouachita", "Calcasieu")
FOREIGN_CITIES = ("Kraków", "Łódź", "Göteborg", "Aarhus", "São Paulo", "Cebu City", "Hà Nội", "Đà Lạt", "İzmir",
                  "Tbilisi", "Yerevan", "Addis Ababa", "Lagos", "Nairobi", "서울", "大阪", "Zürich", "San Pedro Sula",
                  "Port-au-Prince", "Kingston", "Mosul", "Aleppo", "Kharkiv", "Odesa", "Tegucigalpa",
                  "Quetzaltenango", "Cuenca", "Medellín", "Ponce", "Mayagüez", "Santo Domingo", "Chișinău",
                  "Ulaanbaatar", "Kathmandu", "Thessaloniki", "Haifa", "Shiraz", "Chittagong", "Madurai", "Busan",
                  "Harbin", "Sapporo", "Ibadan", "Asmara", "Mogadishu", "Kandahar", "Tijuana", "Hermosillo")
UK = (("Leeds", "LS6 2AB"), ("Manchester", "M14 5RQ"), ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"),
      ("Norwich", "NR2 3PL"), ("Sheffield", "S10 2TN"))
UK_STREETS = ("Kingsley Road", "Cardigan Terrace", "Fenwick Close", "Harrowby Crescent", "Moorgate Lane", "Ashdown Mews")
CANADA = (("Toronto", "ON", "M4C 1B5"), ("Montréal", "QC", "H2X 3J8"), ("Winnipeg", "MB", "R3M 0Y4"),
          ("Halifax", "NS", "B3H 2Y9"), ("Saskatoon", "SK", "S7N 0W8"))
CA_STREETS = ("rue Saint-Denis", "Danforth Ave", "Corydon Avenue", "Robie Street", "Clarence Ave S", "boul. Rosemont")
GERMANY = (("Köln", "50674"), ("München", "80469"), ("Düsseldorf", "40215"), ("Leipzig", "04109"),
           ("Freiburg im Breisgau", "79098"))
DE_STREETS = ("Lindenstraße", "Am Kirchberg", "Goethestraße", "Schillerplatz", "Brückenweg", "Hauptstr.")
MEXICO = (("Guadalajara", "Jal.", "44100"), ("Monterrey", "N.L.", "64000"), ("Puebla", "Pue.", "72000"),
          ("Mérida", "Yuc.", "97000"), ("Oaxaca de Juárez", "Oax.", "68000"))
MX_STREETS = ("Calle Hidalgo", "Av. Juárez", "Calle 60", "Privada de los Pinos", "Calz. Independencia")
MX_COLONIAS = ("Col. Centro", "Col. Americana", "Col. del Valle", "Col. Obrera", "Fracc. Las Fuentes")
INDIA = (("Pune", "411001"), ("Chennai", "600017"), ("Kochi", "682016"), ("Lucknow", "226001"), ("Jaipur", "302001"))
IN_STREETS = ("MG Road", "Anna Salai", "Station Road", "Nehru Marg", "Linking Road")
IN_BUILDINGS = ("Shanti Kunj Apartments", "Sai Krupa Residency", "Green Park Society", "Lotus Enclave")
IN_LOCALITIES = ("Koregaon Park", "T. Nagar", "Gomti Nagar", "Vyttila", "Malviya Nagar")

STREET_NAMES = ("Kessler Ridge", "Tamarack", "Old Mill", "Prairie Dunes", "Sugar Maple", "Buckhorn", "Crestview",
                "Dogwood Hollow", "Wexford", "Canterbury", "Foxfire", "Pin Oak", "Stillwater", "Cedar Bluff",
                "Harvest Moon", "Whippoorwill", "Quail Hollow", "Ironwood", "Lantern Hill", "Briar Patch", "Millrace",
                "Ridgeview", "Sycamore Bend", "Copper Kettle", "Persimmon", "Hollyhock", "Bramblewood",
                "Kingfisher", "Larkspur", "Meadowlark", "Thistle Down", "Saddle Creek", "Turkey Foot",
                "Beaver Dam", "Red Bud", "Pawnee", "Chickasaw", "Sequoyah", "Tecumseh", "Halsted", "Ashby",
                "Cumberland Gap", "Pickwick", "Fenimore", "Greenbriar", "Juniper Berry", "Lilac", "Mulberry",
                "Nighthawk", "Orchard Knob", "Pheasant Ridge", "Rosebud", "Sandpiper", "Timberline", "Windmill")
STREET_SUFFIX = ("Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Court", "Ave", "Avenue", "St", "Street", "Blvd",
                 "Way", "Pl", "Cir", "Ter", "Trl", "Pike", "Pkwy", "Run", "Loop", "Hwy", "Xing", "Cv")
DIRS = ("N", "S", "E", "W", "N.", "S.", "North", "West", "East", "South", "NE", "SW")
POST_DIRS = ("NW", "SE", "NE", "SW")
UNITS = ("Apt {}", "Apt. {}", "Unit {}", "Ste {}", "Suite {}", "# {}", "#{}", "Lot {}", "Space {}", "Trlr {}",
         "Bldg {}", "Rm {}", "Fl {}", "Apartment {}", "Unit {}", "Floor {}")

HOSPITALS = ("St. Brendan Medical Center", "Northgate Regional Hospital", "Riverbend Kidney Center",
             "Cedar Hollow Family Clinic", "Lakeshore Family Dental", "Mercy Ridge Hospital", "Good Shepherd Infusion Suite",
             "Tri-County Occupational Medicine", "Bluestem Eye Associates", "Prairie View Sleep Lab",
             "Hollins Valley Health", "Three Rivers Children's Clinic", "Sacred Oak Behavioral Health",
             "Windward Wound & Hyperbaric Center", "Cornerstone Genetics Clinic", "Eastfield Rehab Institute",
             "Summit Crest Women's Pavilion", "Keystone Transfer Center", "Stonebridge Medical Group",
             "Lindenwood Community Hospital", "Wabash Valley Dialysis", "Big Sky Cancer Institute")
PHARMACIES = ("Walgreens #08812", "CVS/pharmacy #4471", "Hy-Vee Pharmacy", "Kroger Pharmacy #612",
              "Rite Aid #3309", "Costco Pharmacy", "Medicine Shoppe", "Publix Pharmacy #0771", "Meijer Pharmacy",
              "H-E-B Pharmacy", "Express Scripts mail order", "Optum Rx home delivery")
INSURERS = ("BlueCross BlueShield", "Aetna", "Cigna", "UnitedHealthcare", "Humana Gold Plus", "Molina Healthcare",
            "Ambetter", "Medicaid (managed care)", "Tricare East", "Anthem", "WellCare", "Kaiser Permanente",
            "Medicare Part A/B", "Highmark", "CareSource")
EMPLOYERS = ("Tri-State Freight", "Harlow Poultry Processing", "Ridgeline Concrete", "Bluewater Logistics",
             "Meadowbrook Elementary", "Pinnacle Roofing", "Delta Cold Storage", "Sunbelt Rentals yard",
             "Granger Auto Body", "Cloverleaf Dairy", "Ironhorse Rail Services", "QuikTrip #118")
SCHOOLS = ("Meadowbrook Elementary", "Jefferson Middle School", "Lincoln High School", "St. Rita School",
           "Oak Grove Montessori", "Heritage Christian Academy", "Westside Head Start")
MAIL = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "comcast.net",
        "att.net", "sbcglobal.net", "charter.net", "live.com", "ymail.com", "me.com", "frontier.com", "gmx.de",
        "web.de", "yahoo.co.uk", "naver.com", "qq.com", "mail.ru")
AREA = ("217", "309", "314", "417", "502", "520", "606", "614", "651", "701", "724", "765", "802", "803", "812", "830",
        "903", "913", "916", "940", "956", "971", "989", "208", "252", "269", "319", "336", "385", "406", "479",
        "512", "541", "563", "580", "608", "660", "712", "731", "828", "870", "254", "325", "432", "618", "641")


# ---------------------------------------------------------------------------
# clinical text to keep
# ---------------------------------------------------------------------------

EPONYMS = {
    "ob": ("Bishop score", "Leopold maneuvers", "McRoberts maneuver", "Nägele rule", "Braxton Hicks contractions",
           "Edinburgh Postnatal Depression Scale", "Pfannenstiel incision", "Ritgen maneuver", "Montevideo units",
           "Apgar", "Ferguson reflex", "Couvelaire uterus"),
    "peds": ("Denver II", "Tanner stage", "Kawasaki disease", "Osgood-Schlatter disease", "Hirschsprung disease",
             "Ortolani maneuver", "Barlow maneuver", "Moro reflex", "Wilms tumor", "Sever disease",
             "Legg-Calvé-Perthes disease", "Epstein pearls"),
    "dental": ("Ludwig angina", "Angle class II malocclusion", "Stensen duct", "Wharton duct", "Black class II",
               "Sjögren syndrome", "Fordyce spots", "Koplik spots", "Vincent angina"),
    "rehab": ("Trendelenburg gait", "Berg Balance Scale", "Thomas test", "Ober test", "Romberg sign",
              "Brandt-Daroff exercises", "Epley maneuver", "Ashworth scale", "Lachman test", "Dix-Hallpike test",
              "Rancho Los Amigos scale", "Charcot-Marie-Tooth disease", "Parkinsonian gait"),
    "renal": ("Brescia-Cimino fistula", "Kussmaul respirations", "Alport syndrome", "Goodpasture syndrome",
              "Kimmelstiel-Wilson lesions", "Cockcroft-Gault", "Trousseau sign", "Chvostek sign"),
    "onc": ("Karnofsky", "Virchow node", "Bence Jones protein", "Hickman line", "Burkitt lymphoma",
            "Waldenström macroglobulinemia", "Ewing sarcoma", "Krukenberg tumor", "Pancoast tumor",
            "Trousseau syndrome", "Gleason score", "Breslow depth", "Ann Arbor stage", "Sister Mary Joseph nodule"),
    "psych": ("Wernicke encephalopathy", "Wernicke-Korsakoff syndrome", "Lewy body dementia", "Capgras delusion",
              "Munchausen syndrome", "Tourette-like tics", "Asperger profile", "Korsakoff psychosis"),
    "wound": ("Charcot foot", "Wagner grade", "Braden scale", "Fournier gangrene", "Marjolin ulcer", "Unna boot",
              "Semmes-Weinstein monofilament", "Doppler ABI"),
    "research": ("Karnofsky", "Kaplan-Meier", "Lewy body dementia", "Huntington disease", "Crohn disease",
                 "Duchenne muscular dystrophy", "Paget disease of bone", "Sjögren syndrome"),
    "appeal": ("Roux-en-Y gastric bypass", "Nissen fundoplication", "Whipple procedure", "Zenker diverticulum",
               "Peyronie disease", "Meniere disease", "Sjögren syndrome", "Ehlers-Danlos syndrome",
               "Dupuytren contracture", "Barrett esophagus"),
    "medrec": ("Beers criteria", "Cockcroft-Gault", "Coombs test", "Stevens-Johnson syndrome", "Parkinson disease",
               "Raynaud phenomenon", "Hashimoto thyroiditis", "Paget disease of bone"),
    "sleep": ("Epworth Sleepiness Scale", "Mallampati", "Friedman tongue position", "Cheyne-Stokes respiration",
              "Pickwickian syndrome", "Willis-Ekbom disease", "Kleine-Levin syndrome"),
    "genetics": ("Lynch syndrome", "Li-Fraumeni syndrome", "Marfan syndrome", "Ehlers-Danlos syndrome",
                 "Huntington disease", "Tay-Sachs disease", "Gaucher disease", "Fabry disease", "Pompe disease",
                 "Duchenne muscular dystrophy", "Klinefelter syndrome", "Noonan syndrome", "von Hippel-Lindau disease",
                 "Peutz-Jeghers syndrome", "Cowden syndrome", "Brugada syndrome", "Wolff-Parkinson-White"),
    "occ": ("Phalen sign", "Tinel sign", "Finkelstein test", "Waddell signs", "Spurling test",
            "de Quervain tenosynovitis", "Dupuytren contracture", "Hawkins-Kennedy test", "Neer test", "Colles fracture",
            "Raynaud phenomenon"),
    "eye": ("Snellen chart", "Ishihara plates", "Horner syndrome", "Amsler grid", "Goldmann tonometry", "Schirmer test",
            "Fuchs dystrophy", "Adie pupil", "Marcus Gunn pupil", "Argyll Robertson pupil", "Kayser-Fleischer ring",
            "Hollenhorst plaque"),
    "vax": ("Guillain-Barré syndrome", "Kawasaki disease", "Reye syndrome", "Arthus reaction"),
    "cardio": ("Takotsubo cardiomyopathy", "Brugada syndrome", "Wolff-Parkinson-White", "Prinzmetal angina",
               "Swan-Ganz catheter", "Osler nodes", "Janeway lesions", "Kerley B lines", "Wells score", "Beck triad",
               "Austin Flint murmur"),
    "acute": ("Ludwig angina", "Fournier gangrene", "Mallory-Weiss tear", "Stevens-Johnson syndrome",
              "Takotsubo cardiomyopathy", "Boerhaave syndrome", "Wernicke encephalopathy", "Cushing triad",
              "Grey Turner sign", "Cullen sign", "McBurney point", "Rovsing sign"),
    "nursing": ("Foley catheter", "Jackson-Pratt drain", "Hickman line", "Swan-Ganz catheter",
                "Morse fall scale", "Braden scale", "Trendelenburg position", "Yankauer suction", "Salem sump",
                "Pleur-evac"),
    "general": ("Barrett esophagus", "Bence Jones protein", "Charcot foot", "Dupuytren contracture", "Horner syndrome",
                "Meniere disease", "Osgood-Schlatter disease", "Peyronie disease", "Reiter syndrome", "Romberg sign",
                "Sjögren syndrome", "Virchow node", "Zenker diverticulum", "Hirschsprung disease", "Paget disease"),
}

DRUGS = {
    "ob": ("oxytocin 2 milliunits/min", "Pitocin 10 units IM", "magnesium sulfate 4 g IV bolus", "terbutaline 0.25 mg SC",
           "misoprostol 25 mcg PV", "cefazolin 2 g IV", "penicillin G 5 million units IV", "fentanyl 100 mcg epidural",
           "Rho(D) immune globulin 300 mcg IM", "ibuprofen 600 mg PO q6h", "prenatal vitamin 1 tab daily",
           "carboprost 250 mcg IM", "methylergonovine 0.2 mg IM", "nifedipine ER 30 mg daily"),
    "peds": ("amoxicillin 400 mg/5 mL, 90 mg/kg/day div BID", "cetirizine 2.5 mg PO daily", "acetaminophen 160 mg/5 mL",
             "vitamin D 400 IU daily", "albuterol HFA 90 mcg 2 puffs q4h PRN", "ondansetron 2 mg ODT",
             "polyethylene glycol 8.5 g daily", "fluoride varnish 5%", "ferrous sulfate 15 mg/mL, 1 mL daily"),
    "dental": ("lidocaine 2% with epinephrine 1:100,000", "articaine 4% with epi 1:100,000, 1.7 mL",
               "amoxicillin 500 mg TID x 7 days", "chlorhexidine 0.12% rinse 15 mL BID", "ibuprofen 800 mg PO",
               "clindamycin 300 mg QID", "sodium fluoride 1.1% paste", "amoxicillin 2 g 1 h before procedure"),
    "rehab": ("baclofen 10 mg TID", "gabapentin 300 mg QHS", "tizanidine 2 mg PRN", "meloxicam 15 mg daily",
              "lidocaine 4% patch 12 h on/12 h off", "acetaminophen 650 mg q6h PRN"),
    "renal": ("epoetin alfa 10,000 units IV each run", "heparin 1,000 units/h", "sevelamer 800 mg TID with meals",
              "calcitriol 0.25 mcg IV", "iron sucrose 100 mg IV", "cinacalcet 30 mg daily", "midodrine 10 mg pre-HD",
              "paricalcitol 2 mcg IV", "calcium acetate 667 mg 2 caps TID"),
    "onc": ("carboplatin AUC 5 IV", "paclitaxel 175 mg/m2 IV over 3 h", "pembrolizumab 200 mg IV q3w",
            "ondansetron 16 mg IV", "dexamethasone 12 mg IV", "FOLFOX", "oxaliplatin 85 mg/m2",
            "leucovorin 400 mg/m2", "5-FU 2,400 mg/m2 over 46 h", "pegfilgrastim 6 mg SC", "diphenhydramine 25 mg IV",
            "famotidine 20 mg IV", "rituximab 375 mg/m2", "bortezomib 1.3 mg/m2 SC"),
    "psych": ("sertraline 100 mg daily", "quetiapine 50 mg QHS", "lithium carbonate 300 mg BID",
              "aripiprazole 5 mg daily", "bupropion XL 150 mg", "hydroxyzine 25 mg PRN anxiety",
              "naltrexone 50 mg daily", "thiamine 100 mg daily", "lamotrigine 100 mg BID", "prazosin 2 mg QHS",
              "buprenorphine-naloxone 8/2 mg SL daily", "clozapine 200 mg QHS"),
    "wound": ("silver sulfadiazine 1% cream", "collagenase ointment (Santyl)", "cephalexin 500 mg QID",
              "doxycycline 100 mg BID", "mupirocin 2% ointment", "Dakin's solution 0.125%", "zinc oxide barrier cream",
              "vitamin C 500 mg BID"),
    "appeal": ("adalimumab 40 mg SC every other week", "semaglutide 1 mg SC weekly", "dupilumab 300 mg SC q2w",
               "apixaban 5 mg BID", "omalizumab 300 mg SC q4w", "tirzepatide 5 mg weekly", "infliximab 5 mg/kg"),
    "medrec": ("metoprolol succinate 25 mg daily", "lisinopril 10 mg daily", "atorvastatin 40 mg QHS",
               "metformin 1,000 mg BID", "levothyroxine 75 mcg daily", "furosemide 40 mg daily",
               "warfarin 5 mg, 1/2 tab Mon/Fri", "insulin glargine 22 units QHS", "tamsulosin 0.4 mg daily",
               "omeprazole 20 mg daily", "donepezil 10 mg QHS", "carbidopa-levodopa 25/100 1 tab TID",
               "oxybutynin 5 mg BID", "amlodipine 5 mg daily", "potassium chloride 20 mEq daily",
               "diphenhydramine 25 mg QHS PRN sleep", "meclizine 12.5 mg TID PRN", "alendronate 70 mg weekly"),
    "sleep": ("CPAP 10 cmH2O", "APAP 6-14 cmH2O", "zolpidem 5 mg QHS", "melatonin 3 mg", "trazodone 50 mg QHS",
              "modafinil 200 mg qAM", "ropinirole 0.25 mg QHS", "BiPAP 14/10 cmH2O"),
    "genetics": ("tamoxifen 20 mg daily", "losartan 50 mg daily", "agalsidase beta 1 mg/kg IV q2w",
                 "imiglucerase 60 units/kg IV q2w", "aspirin 81 mg daily"),
    "occ": ("naproxen 500 mg BID", "cyclobenzaprine 5 mg TID PRN", "tetanus-diphtheria-pertussis 0.5 mL IM",
            "prednisone 40 mg x 5 days", "ibuprofen 600 mg TID with food", "bacitracin ointment"),
    "eye": ("latanoprost 0.005% 1 gtt OU QHS", "timolol 0.5% 1 gtt OS BID", "prednisolone acetate 1% QID OD",
            "moxifloxacin 0.5% TID", "artificial tears PRN", "brimonidine 0.2% TID", "tropicamide 1%",
            "phenylephrine 2.5%", "bevacizumab 1.25 mg intravitreal"),
    "vax": ("Tdap 0.5 mL IM", "MMR 0.5 mL SC", "varicella 0.5 mL SC", "influenza (IIV4) 0.5 mL IM",
            "hepatitis B 0.5 mL IM", "DTaP-IPV-Hib-HepB 0.5 mL IM", "PCV20 0.5 mL IM", "HPV9 0.5 mL IM",
            "COVID-19 mRNA 0.3 mL IM", "Shingrix 0.5 mL IM", "RSV (nirsevimab) 50 mg IM", "MenACWY 0.5 mL IM"),
    "cardio": ("heparin 60 units/kg bolus", "nitroglycerin 0.4 mg SL", "aspirin 324 mg chewed", "ticagrelor 180 mg",
               "amiodarone 150 mg IV over 10 min", "diltiazem 10 mg IV", "norepinephrine 8 mcg/min",
               "alteplase 0.9 mg/kg", "enoxaparin 1 mg/kg SC BID"),
    "anticoag": ("warfarin 5 mg, 1/2 tab Tue/Thu", "warfarin 2.5 mg daily except 5 mg Sun", "enoxaparin 80 mg SC BID",
                 "vitamin K 2.5 mg PO", "apixaban 2.5 mg BID", "rivaroxaban 20 mg with supper"),
    "general": ("lisinopril 20 mg daily", "sertraline 50 mg daily", "hydrocodone-acetaminophen 5/325 1-2 tabs q6h PRN",
                "prednisone 10 mg daily", "pantoprazole 40 mg daily", "gabapentin 100 mg TID",
                "acetaminophen 500 mg 1/2 tab PRN", "levetiracetam 500 mg BID", "ceftriaxone 1 g IV daily",
                "morphine 2 mg IV q2h PRN"),
}

LABS = {
    "ob": ("GBS negative", "Hgb 11.2 g/dL", "platelets 168K", "Rh positive", "rubella immune", "RPR nonreactive",
           "1-hour GTT 128 mg/dL", "urine protein 2+", "beta-hCG 1,240 mIU/mL", "fetal fibronectin negative"),
    "peds": ("lead level 2 mcg/dL", "Hgb 11.8", "bilirubin 12.4 mg/dL", "newborn screen normal", "hearing screen pass",
             "ferritin 18 ng/mL"),
    "renal": ("K 5.8 mmol/L", "Kt/V 1.42", "URR 74%", "albumin 3.4 g/dL", "phos 6.2 mg/dL", "PTH 412 pg/mL",
              "Hgb 9.6", "ferritin 880 ng/mL", "TSAT 22%", "BUN 68", "creatinine 7.9 mg/dL", "Ca 8.6"),
    "onc": ("ANC 1,400", "WBC 3.1", "plt 96K", "Hgb 9.8 g/dL", "CEA 14.2 ng/mL", "CA-125 44 U/mL", "LDH 310 U/L",
            "creatinine 0.9", "Mg 1.6", "AST 41", "bilirubin 0.8", "M-spike 1.8 g/dL", "kappa/lambda ratio 4.2"),
    "psych": ("lithium level 0.8 mEq/L", "TSH 2.1", "ANC 2,800", "valproate level 74 mcg/mL", "UDS positive for THC",
              "A1c 5.9%", "ethanol < 10 mg/dL", "QTc 442 ms"),
    "wound": ("A1c 9.4%", "albumin 2.8 g/dL", "ESR 72 mm/h", "CRP 8.1 mg/dL", "WBC 13.2", "prealbumin 12 mg/dL",
              "ABI 0.62", "TcPO2 28 mmHg"),
    "medrec": ("eGFR 38 mL/min", "K 5.1", "INR 2.6", "TSH 6.4", "Na 131", "A1c 7.8%", "creatinine 1.6 mg/dL",
               "digoxin level 1.9 ng/mL", "B12 182 pg/mL"),
    "sleep": ("AHI 31.4/h", "RDI 36.2", "SpO2 nadir 78%", "ODI 28", "T90 14%", "sleep efficiency 71%",
              "REM latency 92 min", "PLMI 22/h", "ferritin 38 ng/mL"),
    "genetics": ("MLH1 c.1852_1854del", "BRCA2 c.5946delT", "CK 4,200 U/L", "alpha-galactosidase A activity 2%",
                 "chromosomal microarray normal", "FMR1 CGG repeats 52", "karyotype 47,XXY", "HTT CAG repeats 41"),
    "occ": ("audiogram threshold shift 15 dB at 4 kHz", "spirometry FEV1 82%", "UDS negative", "BAT 0.00",
            "lead level 14 mcg/dL", "cholinesterase 78% of baseline", "PPD 0 mm"),
    "eye": ("IOP 18 mmHg OD", "IOP 24 mmHg OS", "CCT 540 microns", "cup-to-disc 0.6", "RNFL 82 microns"),
    "cardio": ("troponin I 0.42 ng/mL", "BNP 1,240 pg/mL", "K 3.2", "lactate 3.1 mmol/L", "D-dimer 1.8 mcg/mL",
               "INR 1.1", "Hgb 8.4"),
    "anticoag": ("INR 3.4", "INR 1.8", "INR 2.5", "PT 28.4 s", "Hgb 12.1", "plt 210K", "anti-Xa 0.6 IU/mL"),
    "general": ("Na 134 mmol/L", "K 4.1", "creatinine 1.2 mg/dL", "Hgb 10.4 g/dL", "WBC 11.8", "glucose 186 mg/dL",
                "TSH 3.2", "A1c 8.1%", "lactate 2.4", "LDL 142 mg/dL", "procalcitonin 0.9", "ALT 56"),
}

SCORES = {
    "ob": ("Apgar 8 and 9", "EPDS 14", "Bishop 9", "Category I tracing"),
    "peds": ("M-CHAT-R 1", "ASQ-3 passed all domains", "PHQ-A 4", "BMI 72nd percentile"),
    "rehab": ("Berg 38/56", "TUG 18 s", "5/5 strength", "4+/5 hip abductors", "FIM 4", "6MWT 210 m", "Oswestry 42%",
              "DASH 38", "pain 6/10"),
    "psych": ("PHQ-9 17", "GAD-7 12", "AUDIT-C 7", "C-SSRS negative", "MoCA 24/30", "CIWA 6", "COWS 9", "PCL-5 48",
              "AIMS 0"),
    "onc": ("ECOG 1", "ECOG 2", "KPS 70", "CTCAE grade 2 neuropathy", "pain 4/10"),
    "wound": ("Braden 14", "PUSH 9", "Wagner 2", "pain 3/10"),
    "sleep": ("Epworth 16/24", "STOP-BANG 6", "ISI 19", "Mallampati IV"),
    "cardio": ("CHA2DS2-VASc 4", "HAS-BLED 2", "HEART score 6", "TIMI 3", "GCS 15", "NIHSS 3"),
    "general": ("PHQ-2 0", "pain 7/10", "GCS 14", "MMSE 22/30", "Morse 55", "Braden 16", "CAM negative",
                "Karnofsky 60"),
}

DIAGNOSES = {
    "ob": ("preeclampsia without severe features", "gestational diabetes, diet-controlled", "GBS bacteriuria",
           "post-dates pregnancy", "chorioamnionitis"),
    "peds": ("acute otitis media", "eczema", "failure to thrive", "ADHD, combined type", "speech delay"),
    "dental": ("irreversible pulpitis #30", "generalized moderate periodontitis", "periapical abscess #19",
               "fractured cusp #14"),
    "rehab": ("right CVA with left hemiparesis", "s/p right TKA", "lumbar radiculopathy", "adhesive capsulitis"),
    "renal": ("ESRD secondary to diabetic nephropathy", "secondary hyperparathyroidism", "anemia of CKD", "volume overload"),
    "onc": ("stage IIIC ovarian carcinoma", "metastatic colon adenocarcinoma", "multiple myeloma", "diffuse large B-cell lymphoma",
            "neutropenic fever"),
    "psych": ("major depressive disorder, recurrent, moderate", "bipolar I disorder", "PTSD", "alcohol use disorder, severe",
              "generalized anxiety disorder", "schizoaffective disorder"),
    "wound": ("diabetic foot ulcer", "stage 3 pressure injury, sacrum", "venous stasis ulcer", "cellulitis of left leg"),
    "general": ("type 2 diabetes", "atrial fibrillation", "COPD", "heart failure with reduced EF", "CKD stage 3b",
                "hypertension", "osteoarthritis", "hypothyroidism", "GERD", "obstructive sleep apnea"),
}

CODES = {
    "icd": ("E11.65", "N18.6", "Z23", "O80", "S61.412A", "G47.33", "H40.1131", "T81.4XXA", "Z79.01", "F33.1", "I48.91",
            "L89.153", "E11.621", "K21.9", "M17.11", "O24.410", "Z00.129", "K02.52", "S93.401A", "H52.13", "Q87.40",
            "Z15.01", "C56.1", "F10.20", "Z99.2", "M54.16", "T36.0X5A", "R26.81", "J45.40", "Z86.718"),
    "cpt": ("99214", "90837", "95810", "95811", "99213", "97110", "97530", "90834", "96413", "96415", "97597",
            "92134", "92014", "99395", "90471", "59400", "96040", "99284", "90935", "11042", "92004"),
    "cdt": ("D0120", "D1110", "D2392", "D3330", "D7140", "D4341", "D0274", "D1206"),
    "hcpcs": ("J9045", "E0601", "G0438", "J1885", "A4253", "J0881", "E0143", "A6212", "J2505", "L3908", "Q4186"),
    "loinc": ("2160-0", "4548-4", "6301-6", "2345-7", "718-7", "33914-3", "14682-9", "1751-7"),
    "ndc": ("0002-8215-01", "59762-3304-1", "0093-7146-56", "0378-0181-01", "50090-2875-0", "0169-4132-12",
            "49281-0424-50", "58160-0823-52", "0006-4827-00"),
    "cvx": ("208", "150", "115", "03", "21", "187", "216", "165", "20", "140", "133"),
}

ABBREVS = ("NKDA", "SOB", "DOE", "HTN", "ESRD", "CKD", "AVF", "GERD", "OSA", "ADHD", "PTSD", "COPD", "CHF", "ROM",
           "ADLs", "IADLs", "FWW", "SBA", "CGA", "WBAT", "NWB", "PRN", "LMP", "EDD", "GBS", "SROM", "AROM", "NST",
           "FHR", "EFM", "PERRLA", "EOMI", "A&Ox3", "NAD", "RRR", "CTAB", "BRBPR", "NPO", "DNR/DNI", "POLST", "SNF",
           "DME", "PICC", "TPN", "CBC", "BMP", "UA", "HD", "UF", "IDWG", "OU", "OD", "OS", "VA", "IOP", "CPAP", "PSG",
           "HST", "RTW", "MMI", "DOT", "PPE", "LOTO", "SI", "HI", "AVH", "CRNA", "TOLAC", "VBAC", "IUP", "SVE", "ROP")


# ---------------------------------------------------------------------------
# marked-string case changes (only the text changes, never the markers)
# ---------------------------------------------------------------------------

def _recase(marked: str, fn) -> str:
    out = []
    i = 0
    n = len(marked)
    while i < n:
        ch = marked[i]
        if ch in (PHI_OPEN, KEEP_OPEN):
            j = marked.index(MID, i)
            k = marked.index(CLOSE, j)
            out.append(marked[i:j + 1] + fn(marked[j + 1:k]) + CLOSE)
            i = k + 1
        else:
            j = i
            while j < n and marked[j] not in (PHI_OPEN, KEEP_OPEN):
                j += 1
            out.append(fn(marked[i:j]))
            i = j
    return "".join(out)


def lower_m(marked: str) -> str:
    return _recase(marked, str.lower)


def upper_m(marked: str) -> str:
    return _recase(marked, str.upper)


def cap1(marked: str) -> str:
    """Capitalise the first visible character."""
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch in (PHI_OPEN, KEEP_OPEN):
            i = marked.index(MID, i) + 1
            continue
        if ch in (MID, CLOSE):
            i += 1
            continue
        return marked[:i] + ch.upper() + marked[i + 1:]
    return marked


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------

class Person:
    def __init__(self, given, family, sex, cat, culture, middle=None, script=None, alt=None):
        self.given, self.family, self.sex, self.cat, self.culture = given, family, sex, cat, culture
        self.middle = middle          # a middle initial ("R.") or a middle name
        self.script = script          # (text, family, given) in the person's own script
        self.alt = alt                # (text, family, given) native order in Latin script
        self.cred = None
        self.role = None
        self.relationship = None
        self.phones: list[str] = []
        self.age = None
        self.wordpart = None          # "given"/"family" when a name part is an ordinary word

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def human_names(self) -> list[dict]:
        given = [self.given] + ([self.middle.rstrip(".")] if self.middle else [])
        text = f"{self.given} {self.middle} {self.family}" if self.middle and self.culture != "vi" else self.full
        out = [{"text": text, "family": self.family, "given": given}]
        for form in (self.script, self.alt):
            if form:
                out.append({"text": form[0], "family": form[1], "given": [form[2]]})
        return out


NONFAMILY = ("neighbor", "landlady", "roommate", "friend", "friend from church")
F_REL = ("mother", "mom", "daughter", "wife", "sister", "grandmother", "great-grandmother", "aunt", "niece", "stepmother",
         "foster mother", "girlfriend", "granddaughter", "great-aunt", "landlady", "mum", "stepdaughter")
M_REL = ("father", "dad", "son", "husband", "brother", "grandfather", "great-grandfather", "uncle", "nephew", "boyfriend",
         "grandson", "stepfather", "stepson")


def rel_sex(relationship: str):
    if relationship in F_REL:
        return "F"
    if relationship in M_REL:
        return "M"
    return None


def _pick_family(r, fam, sex):
    if isinstance(fam, tuple):
        return fam[1] if sex == "F" and len(fam) == 2 else fam[0]
    return fam


def make_person(r, cat="NAME", sex=None, culture=None, wordname=None) -> Person:
    sex = sex or r.choice("FM")
    if culture is None:
        x = r.random()
        culture = ("us" if x < 0.38 else r.choice(sorted(LATIN)) if x < 0.66 else
                   "vi" if x < 0.70 else r.choice(sorted(SCRIPT)))
    if culture == "us":
        given = r.choice(US_F if sex == "F" else US_M)
        family = r.choice(US_L)
        p = Person(given, family, sex, cat, culture)
        if r.random() < 0.25:
            p.middle = r.choice("ABCDEFGHJKLMNPRSTW") + "."
    elif culture in LATIN:
        gf, gm, fams = LATIN[culture]
        p = Person(r.choice(gf if sex == "F" else gm), _pick_family(r, r.choice(fams), sex), sex, cat, culture)
    elif culture == "vi":
        g, m, f = r.choice(VIET)
        p = Person(g, f, sex, cat, culture, middle=m, alt=(f"{f} {m} {g}", f, f"{m} {g}"))
    else:
        order, gf, gm, fams = SCRIPT[culture]
        g_rom, g_scr = r.choice(gf if sex == "F" else gm)
        fam = r.choice(fams)
        if len(fam) == 4:
            f_rom, f_scr = (fam[2], fam[3]) if sex == "F" else (fam[0], fam[1])
        else:
            f_rom, f_scr = fam
        text = f_scr + g_scr if order == "fg" else f"{g_scr} {f_scr}"
        p = Person(g_rom, f_rom, sex, cat, culture, script=(text, f_scr, g_scr))
    if wordname:
        name, part, wsex, _uses = wordname
        if part == "given":
            p.given = name
            if wsex:
                p.sex = wsex
        else:
            p.family = name
        p.script = None
        p.alt = None
        p.middle = None if culture == "vi" else p.middle
        p.wordpart = part
    return p


# name forms: key -> weight; each renders marked text
NAME_FORMS = (("full", 30), ("last_first", 8), ("LAST_FIRST", 6), ("LAST_First", 4), ("first", 8), ("last", 5),
              ("title_last", 12), ("init_last", 5), ("upper", 4), ("lower_first", 2), ("lower_full", 2),
              ("first_init", 2), ("mid", 4), ("script_paren", 6), ("rom_script", 6), ("rom_fg", 2))


def nm(p: Person, form: str, r=None) -> str:
    c = p.cat
    if form in ("script_paren", "rom_script", "script") and not p.script:
        form = "alt" if p.alt else "full"
    if form == "rom_fg" and p.culture not in ("zh", "ja", "ko", "vi"):
        form = "full"
    if form == "mid" and not p.middle:
        form = "full"
    if form == "alt" and not p.alt:
        form = "full"
    if form == "full":
        return P(c, p.full)
    if form == "mid":
        return P(c, f"{p.given} {p.middle} {p.family}")
    if form == "alt":
        return P(c, p.alt[0])
    if form == "last_first":
        return P(c, p.family) + ", " + P(c, p.given)
    if form == "LAST_FIRST":
        return P(c, p.family.upper()) + ", " + P(c, p.given.upper())
    if form == "LAST_First":
        return P(c, p.family.upper()) + ", " + P(c, p.given)
    if form == "LAST_FIRST_MID":
        mid = f" {p.middle.rstrip('.')}" if p.middle and p.culture != "vi" else ""
        return P(c, p.family.upper()) + "," + P(c, (p.given + mid).upper())
    if form == "first":
        return P(c, p.given)
    if form == "last":
        return P(c, p.family)
    if form == "title_last":
        if c == "PROVIDER_NAME":
            t = "Dr."
        else:
            t = (r.choice(TITLES[p.sex]) if r else TITLES[p.sex][0])
        return f"{t} " + P(c, p.family)
    if form == "init_last":
        return P(c, f"{p.given[0]}. {p.family}")
    if form == "upper":
        return P(c, p.full.upper())
    if form == "lower_first":
        return P(c, p.given.lower())
    if form == "lower_full":
        return P(c, p.full.lower())
    if form == "first_init":
        return P(c, f"{p.given} {p.family[0]}.")
    if form == "script":
        return P(c, p.script[0])
    if form == "script_paren":
        return P(c, p.script[0]) + " (" + P(c, p.full) + ")"
    if form == "rom_script":
        return P(c, p.full) + " (" + P(c, p.script[0]) + ")"
    if form == "rom_fg":
        if p.culture == "vi":
            return P(c, p.alt[0])
        return P(c, f"{p.family} {p.given}")
    raise ValueError(form)


def weighted(r, pairs):
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


ROLE_CRED = {
    "attending": "physician", "resident": "physician", "hospitalist": "physician", "surgeon": "physician",
    "psychiatrist": "physician", "oncologist": "physician", "nephrologist": "physician", "pediatrician": "physician",
    "ophthalmologist": "physician", "anesthesiologist": "physician", "obstetrician": "physician", "radiologist": "physician",
    "occupational medicine physician": "physician", "sleep physician": "physician", "geneticist": "physician",
    "nurse practitioner": "np", "physician assistant": "pa", "nurse": "rn", "charge nurse": "rn",
    "infusion nurse": "rn", "wound nurse": "rn", "dialysis nurse": "rn", "LPN": "lpn", "aide": "cna",
    "physical therapist": "pt", "PT assistant": "pta", "occupational therapist": "ot", "speech therapist": "slp",
    "dietitian": "rd", "social worker": "sw", "pharmacist": "pharm", "nurse anesthetist": "crna", "midwife": "cnm",
    "dentist": "dentist", "hygienist": "rdh", "optometrist": "od", "respiratory therapist": "rrt",
    "medical assistant": "ma", "therapist": "psych", "genetic counselor": "gc", "sleep technologist": "sleep",
    "paramedic": "emt", "chaplain": "chap",
}


# ---------------------------------------------------------------------------
# age phrasing: each form -> (before, span, after); the span holds the number
# ---------------------------------------------------------------------------

def age_forms(n: int, sex: str | None):
    s = {"F": "F", "M": "M"}.get(sex, "F")
    word = {"F": "female", "M": "male"}.get(sex, "person")
    w = spell(n)
    return (
        ("", f"{n}-year-old", f" {word}"), ("", f"{n} y/o", f" {s}"), ("", f"{n} yo", f" {word}"),
        ("", f"{n}yo", f" {s}"), ("", f"{n} y.o.", f" {word}"), ("", f"{n}-yr-old", f" {word}"),
        ("", f"{n} yrs", " old"), ("", f"{n} years", " old"), ("", f"{n} years", " of age"), ("age ", f"{n}", ""),
        ("age: ", f"{n}", ""), ("aged ", f"{n}", ""), ("", f"{n}", s), (f"{s}/", f"{n}", ""), (f"({s}) ", f"{n}", ""),
        ("", f"{n} y", f" {s}"), ("", f"{n}yr", f" {s}"), ("", f"{n}-y/o", f" {word}"), ("", w, " years old"),
        ("", f"{w}-year-old", f" {word}"), ("", f"{n} YO", f" {s}"), ("", f"{n}-year-old", ""), ("", f"{n} y.o", f" {s}"),
    )


def age_mark(n: int, span: str) -> str:
    return P("AGE_OVER_89", span) if n > 89 else K("age", span)


AGE_ATTR = (0, 1, 2, 3, 4, 5, 15, 16, 17, 19, 20, 22)   # read after "a": "a 93-year-old female"
AGE_PRED = (1, 2, 3, 4, 6, 7, 8, 9, 18, 20, 22)         # read after "is": "is 93 years old"


def age_expr(r, n: int, sex=None, idx=None, ctx=None) -> str:
    forms = age_forms(n, sex)
    if idx is None and ctx:
        idx = r.choice(AGE_ATTR if ctx == "attr" else AGE_PRED)
    b, sp, a = forms[idx] if idx is not None else r.choice(forms)
    return b + age_mark(n, sp) + a


def age_phrase(r, n: int, sex=None, who="the patient") -> str:
    """A clause that states an age in one of many ways (no final period)."""
    W = spell(n)
    S = {"F": "she", "M": "he"}.get(sex, "they")
    Sc = S.capitalize()
    had = "has" if S != "they" else "have"
    decade = ("nonagenarian" if 90 <= n < 100 else "centenarian" if n >= 100 else "octogenarian" if n >= 80
              else "septuagenarian" if n >= 70 else "sexagenarian" if n >= 60 else None)
    pos = {"F": "her", "M": "his"}.get(sex, "their")
    sx = {"F": "F", "M": "M"}.get(sex, "X")
    opts = [
        f"{who} is {age_expr(r, n, sex, ctx='pred')}",
        f"{Sc} turned " + age_mark(n, str(n)) + " last week",
        f"{Sc} just turned " + age_mark(n, str(n)),
        f"{who} is now " + age_mark(n, f"{n} years") + " of age",
        "At " + age_mark(n, f"{n} years") + f" {S} still drives",
        f"{who}, " + age_mark(n, W) + ", lives alone",
        f"{Sc} is a " + age_mark(n, f"{n} yo") + " who still lives at home",
        f"{Sc} will be " + age_mark(n, str(n)) + " next month",
        "Age/Sex: " + age_mark(n, str(n)) + f"/{sx}",
        f"{Sc} is " + age_mark(n, W) + " years young, per family",
        f"{Sc} celebrated {pos} " + age_mark(n, ordinal(n)) + " birthday recently",
        f"Demographics: ({sx}) " + age_mark(n, str(n)),
        "At age " + age_mark(n, str(n)) + f" {S} {had} no prior admissions",
        f"{Sc} is a " + age_mark(n, f"{n}-yr-old") + " seen today",
        f"{who} is " + age_mark(n, f"{n} years") + " old",
        f"{Sc} gives {pos} age as " + age_mark(n, W),
        f"{who} reports being " + age_mark(n, str(n)),
        f"{Sc} is " + age_mark(n, f"{n} y.o.") + f" per {pos} ID card",
    ]
    if decade:
        opts.append(f"{who}, {'an' if decade[0] == 'o' else 'a'} {decade} aged " + age_mark(n, str(n)) + ", is seen today")
        opts.append(f"{Sc} is {'an' if decade[0] == 'o' else 'a'} {decade} (" + age_mark(n, str(n)) + ")")
    return r.choice(opts)


# vitals that look like ages but are not
def vital_lookalike(r) -> str:
    return r.choice((
        K("vital", f"T {r.choice(('98.6F', '97.9 F', '99.1F', '98.2°F', '100.4F', '36.8 C'))}"),
        K("vital", f"SpO2 {r.randrange(90, 100)}%"), K("vital", f"wt {r.randrange(90, 110)} kg"),
        K("vital", f"pulse {r.randrange(90, 105)}"), K("vital", f"O2 sat {r.randrange(90, 99)}% RA"),
        K("vital", f"HR {r.randrange(88, 112)}"), K("lab", f"glucose {r.randrange(90, 110)}"),
        K("vital", f"DBP {r.randrange(90, 101)}"), K("lab", f"FEV1 {r.randrange(90, 104)}% predicted"),
        K("vital", f"weight {r.randrange(90, 102)} lb"), K("vital", f"temp {r.choice(('99.1', '98.4', '97.7'))}"),
        K("vital", f"BP {r.randrange(96, 168)}/{r.randrange(52, 98)}"),
    ))


# ---------------------------------------------------------------------------
# identifier values
# ---------------------------------------------------------------------------

DL_FORMATS = {  # state -> value maker
    "CA": lambda r: r.choice("ABCDEFGN") + digits(r, 7),
    "NY": lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "TX": lambda r: nz_digits(r, 8),
    "FL": lambda r: f"{r.choice('BGHKMPSW')}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
    "IL": lambda r: f"{r.choice('DHKMPRS')}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
    "WA": lambda r: "WDL" + letters(r, 3) + digits(r, 3) + letters(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
    "PA": lambda r: f"{digits(r, 2)} {digits(r, 3)} {digits(r, 3)}",
    "OH": lambda r: letters(r, 2) + digits(r, 6),
    "MI": lambda r: f"{r.choice('BCDGHKLMPRSTW')} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "NJ": lambda r: f"{r.choice('BCDGHKLMPRSTW')}{digits(r, 4)} {digits(r, 5)} {digits(r, 5)}",
    "MO": lambda r: r.choice("ABCDEFGHJKLMNPRSTW") + digits(r, 9),
    "GA": lambda r: nz_digits(r, 9),
    "AZ": lambda r: r.choice("ABDFGHS") + digits(r, 8),
    "CO": lambda r: f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}",
    "MN": lambda r: r.choice("ABCDEFGHJKLMNPRSTW") + digits(r, 12),
}
PLATE_FORMATS = {
    "CA": lambda r: str(r.randrange(1, 10)) + letters(r, 3) + digits(r, 3),
    "TX": lambda r: letters(r, 3) + "-" + digits(r, 4),
    "OH": lambda r: letters(r, 3) + " " + digits(r, 4),
    "IL": lambda r: letters(r, 2) + " " + digits(r, 5),
    "MO": lambda r: letters(r, 2) + digits(r, 1) + "-" + letters(r, 1) + digits(r, 1) + letters(r, 1),
    "FL": lambda r: letters(r, 4) + digits(r, 2),
    "NY": lambda r: letters(r, 3) + "-" + digits(r, 4),
    "MI": lambda r: letters(r, 3) + " " + digits(r, 3),
    "KY": lambda r: digits(r, 3) + " " + letters(r, 3),
    "IN": lambda r: digits(r, 3) + letters(r, 2) + digits(r, 1),
}
STATE_NAMES = {"CA": "California", "NY": "New York", "TX": "Texas", "FL": "Florida", "IL": "Illinois",
               "WA": "Washington", "PA": "Pennsylvania", "OH": "Ohio", "MI": "Michigan", "NJ": "New Jersey",
               "MO": "Missouri", "GA": "Georgia", "AZ": "Arizona", "CO": "Colorado", "MN": "Minnesota",
               "KY": "Kentucky", "IN": "Indiana"}


def id_value(r, kind: str, family: str = "Smith") -> str:
    d = lambda n: digits(r, n)  # noqa: E731
    yy = str(r.choice((23, 24, 25)))
    makers = {
        "mrn": (lambda: d(8), lambda: "E" + d(7), lambda: "MR" + d(7), lambda: f"{d(3)}-{d(2)}-{d(3)}",
                lambda: "M" + d(7), lambda: "HX" + d(6), lambda: nz_digits(r, 7), lambda: f"{d(2)}-{d(6)}"),
        "npi": (lambda: make_npi(r),),
        "case": (lambda: f"{yy}-CP-{d(5)}", lambda: f"APS-20{yy}-{d(6)}", lambda: "C" + yy + d(5),
                 lambda: f"{yy}JV{d(6)}", lambda: f"{yy}-PR-{d(4)}", lambda: f"CV-{yy}-{d(4)}-{letters(r, 2)}"),
        "rx": (lambda: d(7), lambda: "RX-" + d(7), lambda: f"{d(3)}-{d(5)}", lambda: "Rx" + d(6)),
        "auth": (lambda: f"PA-{d(5)}-{yy}", lambda: f"A{yy}{d(4)}-{d(4)}", lambda: "AUTH" + d(7), lambda: letters(r, 2) + d(8)),
        "ref": (lambda: f"REF-{d(4)}-{d(3)}", lambda: f"R{yy}{d(2)}-{d(5)}", lambda: d(10), lambda: f"{letters(r, 3)}{d(6)}"),
        "conf": (lambda: f"{d(1)}{letters(r, 2)}{d(1)}-{d(3)}{letters(r, 1)}", lambda: "CNF" + d(5),
                 lambda: letters(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
        "ticket": (lambda: "INC" + d(7), lambda: f"TKT-20{yy}{d(4)}-{d(4)}", lambda: "SR" + d(8)),
        "claim": (lambda: f"CLM20{yy}{d(6)}", lambda: f"20{yy}-{d(4)}-{d(4)}-00", lambda: f"WC-{yy}-{d(6)}",
                  lambda: d(13), lambda: f"{d(2)}{letters(r, 1)}{d(9)}"),
        "accession": (lambda: f"S{yy}-{d(5)}", lambda: f"ACC {yy}-{d(6)}", lambda: f"CG{yy}-{d(5)}",
                      lambda: f"H{yy}-{d(4)}", lambda: f"MB-{yy}-{d(6)}"),
        "specimen": (lambda: f"SP-{yy}-{d(7)}", lambda: f"{d(2)}{letters(r, 2)}{d(6)}", lambda: "SPC" + d(8)),
        "order": (lambda: "ORD" + d(8), lambda: d(9), lambda: f"O-{d(4)}-{d(4)}"),
        "req": (lambda: "REQ" + d(7), lambda: f"RQ-{yy}-{d(5)}", lambda: d(8)),
        "tracking": (lambda: "1Z" + letters(r, 3, "0123456789ABCDEFGHJKLMNPRSTVWXY") + d(13),
                     lambda: f"{d(4)} {d(4)} {d(4)}", lambda: "9400" + d(18)),
        "study": (lambda: f"SUBJ-{d(3)}-{d(4)}", lambda: f"P-{d(4)}", lambda: f"RS-{yy}-{d(4)}",
                  lambda: f"{d(2)}-{d(3)}", lambda: f"{letters(r, 3)}-{d(3)}-{d(3)}"),
        "badge": (lambda: d(5), lambda: f"B-{d(5)}", lambda: f"{letters(r, 1)}{d(4)}"),
        "employee": (lambda: "EMP-" + d(6), lambda: "E" + d(7), lambda: d(6), lambda: f"{letters(r, 2)}{d(5)}"),
        "pin": (lambda: d(4), lambda: d(6)),
        "voucher": (lambda: f"MV-{d(4)}-{d(2)}", lambda: "V" + d(7), lambda: f"{letters(r, 2)}-{d(6)}"),
        "interpreter": (lambda: d(5), lambda: f"OPI-{d(5)}", lambda: f"LL{d(6)}"),
        "incident": (lambda: f"IR-20{yy}-{d(5)}", lambda: f"EV{d(7)}", lambda: f"RL-{d(6)}"),
        "registry": (lambda: "IIS-" + d(7), lambda: d(10), lambda: f"{letters(r, 2)}{d(8)}"),
        "transfer": (lambda: f"TC-{yy}-{d(6)}", lambda: f"T{d(7)}", lambda: f"{d(4)}-{d(3)}"),
        "account": (lambda: f"ACCT-{d(4)}-{d(5)}", lambda: d(9), lambda: f"{d(3)}-{d(6)}", lambda: "A" + d(9),
                    lambda: d(10), lambda: f"{d(6)}-{d(2)}"),
        "fin": (lambda: d(8), lambda: "FIN" + d(7), lambda: d(10)),
        "encounter": (lambda: f"ENC-20{yy}-{d(7)}", lambda: d(11), lambda: "CSN " + d(10)),
        "visit": (lambda: "V" + d(8), lambda: f"{d(2)}-{d(7)}", lambda: d(9)),
        "invoice": (lambda: f"INV-{d(5)}", lambda: f"{d(4)}-{d(4)}", lambda: "IN" + d(8)),
        "statement": (lambda: f"STMT {d(4)}-{d(4)}", lambda: d(10), lambda: f"S{d(8)}"),
        "har": (lambda: d(10), lambda: "H" + d(9), lambda: f"{d(4)}-{d(6)}"),
        "member": (lambda: letters(r, 3) + d(9), lambda: "W" + d(9), lambda: f"{d(9)}-0{r.randrange(1, 4)}",
                   lambda: letters(r, 1) + d(8) + letters(r, 1), lambda: f"{letters(r, 3)} {d(4)} {d(5)}",
                   lambda: f"U{d(10)}", lambda: f"ZGP{d(8)}"),
        "group": (lambda: f"GRP-{d(5)}", lambda: d(7), lambda: f"{d(6)}-{letters(r, 2)}", lambda: f"G{d(6)}"),
        "policy": (lambda: f"POL-{d(8)}", lambda: f"{letters(r, 2)}{d(9)}", lambda: f"{d(3)}-{d(3)}-{d(3)}"),
        "mbi": (lambda: make_mbi(r), lambda: (lambda m: f"{m[:4]}-{m[4:7]}-{m[7:]}")(make_mbi(r))),
        "medicaid": (lambda: d(10) + letters(r, 1), lambda: f"MCD{d(9)}", lambda: letters(r, 2) + d(5) + letters(r, 1),
                     lambda: d(12)),
        "dea": (lambda: make_dea(r, family),),
        "dea_mid": (lambda: make_dea(r, family, True),),
        "medlic": (lambda: f"MD.{d(7)}", lambda: f"{r.choice('AGC')} {d(5)}", lambda: f"0{d(2)}.{d(6)}",
                   lambda: f"ME{d(5)}", lambda: f"{d(2)}-{d(2)}-{d(6)}", lambda: f"DO{d(5)}"),
        "rnlic": (lambda: f"RN{d(7)}", lambda: d(7), lambda: f"R{d(6)}", lambda: f"NUR.{d(6)}", lambda: f"{d(3)}-{d(6)}"),
        "proflic": (lambda: f"PT{d(6)}", lambda: f"OT-{d(5)}", lambda: f"LCSW.{d(6)}", lambda: f"RPH {d(5)}",
                    lambda: f"{letters(r, 2)}{d(6)}", lambda: f"SLP{d(5)}", lambda: f"{d(4)}-{d(4)}"),
        "bar": (lambda: d(6), lambda: f"{d(7)}"),
        "notary": (lambda: d(8), lambda: f"{yy}{d(6)}"),
        "serial": (lambda: letters(r, 3) + d(6) + letters(r, 1), lambda: f"{d(2)}-{d(5)}", lambda: letters(r, 6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                   lambda: d(11), lambda: f"SN{d(8)}", lambda: f"{letters(r, 2)}{d(4)}{letters(r, 2)}{d(2)}",
                   lambda: f"{d(4)}-{letters(r, 1)}{d(4)}"),
        "udi": (lambda: f"(01)0{d(13)}(17){yy}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}(21){letters(r, 3)}{d(5)}",
                lambda: f"(01)0{d(13)}(10)L{d(5)}(21){d(8)}",
                lambda: f"+H{letters(r, 3)}{d(6)}0/$$3{yy}{d(4)}{letters(r, 2)}{d(4)}"),
    }
    return r.choice(makers[kind])()


ID_LABELS = {
    "npi": ("NPI", "NPI #", "NPI:", "npi", "National Provider Identifier", "Type 1 NPI", "indiv. NPI", "NPI no."),
    "case": ("Case #", "case no.", "CPS case", "APS case #", "Case ID", "court case no.", "DCFS case", "file no."),
    "rx": ("Rx#", "Rx #", "RX", "prescription #", "Rx no.", "script #"),
    "auth": ("auth #", "PA #", "prior auth", "authorization number", "Auth ID", "precert #", "approval #"),
    "ref": ("reference #", "Ref:", "ref no.", "Reference ID", "call reference", "ref"),
    "conf": ("confirmation #", "Conf:", "confirmation code", "conf no."),
    "ticket": ("ticket #", "IT ticket", "help desk ticket", "service request"),
    "claim": ("claim #", "claim no.", "Claim ID", "ICN", "WC claim", "claim"),
    "accession": ("accession #", "Acc#", "accession", "Accession No.", "lab accession"),
    "specimen": ("specimen ID", "Spec #", "specimen no.", "sample ID"),
    "order": ("order #", "Order ID", "order no."),
    "req": ("requisition #", "Req#", "req no."),
    "tracking": ("tracking #", "FedEx tracking", "UPS tracking", "USPS tracking no."),
    "study": ("study ID", "subject ID", "research subject ID", "participant #", "screening #", "enrollment ID"),
    "badge": ("badge #", "badge", "ID badge no."),
    "employee": ("employee ID", "Emp #", "EID", "employee no.", "payroll ID"),
    "pin": ("PIN", "portal PIN", "verbal PIN", "access PIN"),
    "voucher": ("voucher #", "ride voucher", "taxi voucher no.", "gas card voucher"),
    "interpreter": ("interpreter ID", "Interpreter #", "interp ID", "operator ID"),
    "incident": ("incident #", "event ID", "safety report #", "occurrence no."),
    "registry": ("state registry ID", "IIS ID", "immunization registry #"),
    "transfer": ("transfer ID", "TC #", "transfer center ref", "call ID"),
    "account": ("Acct #", "account no.", "Account", "guarantor acct", "billing acct", "patient account"),
    "fin": ("FIN", "FIN#", "FIN no."),
    "encounter": ("encounter #", "Enc", "encounter ID"),
    "visit": ("visit #", "Visit ID", "visit no."),
    "invoice": ("invoice #", "INV", "invoice no."),
    "statement": ("statement #", "Stmt", "statement no."),
    "har": ("HAR", "HAR #", "hospital account (HAR)"),
    "member": ("Member ID", "member #", "Mbr ID", "ID#", "Subscriber ID", "Subscriber #", "insured ID", "member no."),
    "group": ("Group #", "Grp", "group no.", "GRP", "employer group"),
    "policy": ("Policy #", "policy no.", "Policy ID"),
    "mbi": ("MBI", "Medicare #", "Medicare Beneficiary ID", "Medicare MBI"),
    "medicaid": ("Medicaid ID", "Medicaid #", "Medi-Cal CIN", "MA #", "Medicaid no."),
    "dea": ("DEA", "DEA #", "DEA Reg.", "DEA no."),
    "dea_mid": ("DEA", "DEA #"),
    "medlic": ("state license", "Lic #", "medical license no.", "MD license", "lic."),
    "rnlic": ("RN license", "nursing lic.", "RN lic #", "license no.", "LPN lic"),
    "proflic": ("professional license", "lic #", "license", "state lic."),
    "bar": ("Bar No.", "State Bar #", "bar no."),
    "notary": ("notary commission #", "Commission No.", "commission"),
    "serial": ("SN", "S/N", "serial #", "serial no.", "device serial", "Ser.", "serial"),
    "udi": ("UDI", "UDI:", "device identifier (UDI)"),
}
ID_CAT = {"npi": "OTHER_ID", "case": "OTHER_ID", "rx": "OTHER_ID", "auth": "OTHER_ID", "ref": "OTHER_ID",
          "conf": "OTHER_ID", "ticket": "OTHER_ID", "claim": "OTHER_ID", "accession": "OTHER_ID",
          "specimen": "OTHER_ID", "order": "OTHER_ID", "req": "OTHER_ID", "tracking": "OTHER_ID",
          "study": "OTHER_ID", "badge": "OTHER_ID", "employee": "OTHER_ID", "pin": "OTHER_ID",
          "voucher": "OTHER_ID", "interpreter": "OTHER_ID", "incident": "OTHER_ID", "registry": "OTHER_ID",
          "transfer": "OTHER_ID", "account": "ACCOUNT", "fin": "ACCOUNT", "encounter": "ACCOUNT", "visit": "ACCOUNT",
          "invoice": "ACCOUNT", "statement": "ACCOUNT", "har": "ACCOUNT", "member": "HEALTH_PLAN",
          "group": "HEALTH_PLAN", "policy": "HEALTH_PLAN", "mbi": "HEALTH_PLAN", "medicaid": "HEALTH_PLAN",
          "dea": "LICENSE", "dea_mid": "LICENSE", "medlic": "LICENSE", "rnlic": "LICENSE", "proflic": "LICENSE",
          "bar": "LICENSE", "notary": "LICENSE", "serial": "DEVICE", "udi": "DEVICE", "mrn": "MRN"}


def idl(r, kind: str, sep=None, family="Smith", label=None) -> str:
    """'Label: VALUE' with only the value annotated."""
    lab = label or r.choice(ID_LABELS[kind])
    if sep is None:
        if lab.endswith(("#", ":")):
            sep = r.choice((" ", " ", ""))
        elif lab.endswith("."):
            sep = r.choice((" ", ": "))
        else:
            sep = r.choice((": ", " ", ": ", " - ", " #", " # ", "="))
    return lab + sep + P(ID_CAT[kind], id_value(r, kind, family))


def idv(r, kind: str, family="Smith") -> str:
    return P(ID_CAT[kind], id_value(r, kind, family))


# ---------------------------------------------------------------------------
# note context: the people, places and numbers of one note
# ---------------------------------------------------------------------------

HOLIDAYS = ("Thanksgiving", "Christmas", "Christmas Eve", "New Year's Day", "Easter", "Memorial Day", "the Fourth of July",
            "Labor Day", "Halloween", "Eid al-Fitr", "Passover", "Diwali", "Lunar New Year", "Rosh Hashanah", "Juneteenth",
            "Veterans Day", "Mother's Day", "Hanukkah", "Ramadan")
HOSP_DOMAINS = ("stbrendanmc.org", "northgatehealth.org", "riverbendkidney.com", "cedarhollowclinic.com",
                "mercyridge.org", "bigskycancer.org", "tricountyocc.com", "bluesteneye.com", "hollinsvalley.org",
                "keystonetransfer.org", "wabashdialysis.com", "summitcrestwomens.org", "eastfieldrehab.org")
NICKS = ("bluejay", "tigerlily", "gramma", "nascarfan", "quiltlady", "bassmaster", "mama", "jeepguy", "sunflower",
         "catlady", "hoosier", "buckeye", "razorback", "wildcat", "okie", "bayou", "cowgirl", "trucker", "grandpa")
TIMES_AFTER = (" @ {hh:02d}{mm:02d}", " at {h12}:{mm:02d} {ap}", " {hh:02d}{mm:02d}", " {hh:02d}:{mm:02d}", " @{hh:02d}00",
               " at {hh:02d}{mm:02d}h", " ~{h12}{ap2}")


class Ctx:
    def __init__(self, r, idx: int, ntype: str):
        self.r = r
        self.idx = idx
        self.ntype = ntype
        self.d0 = dt.date(2023, 1, 2) + dt.timedelta(days=r.randrange(0, 900))
        self.hosp = r.choice(HOSPITALS)
        self.hdomain = r.choice(HOSP_DOMAINS)
        self.relatives: list[Person] = []
        self.clinicians: list[Person] = []
        self.pt: Person | None = None
        self.pending: list[str] = []
        self.wordname = None
        x = r.random()
        if x < 0.55:
            self.wordname = r.choice(WORDNAMES)
        elif x < 0.75:
            self.eponame = r.choice(EPONYM_NAMES)
        self.eponame = getattr(self, "eponame", None)

    # -- people ---------------------------------------------------------
    def _maybe_word(self, slot: str, sex=None):
        """Give this person the note's word-name once (slot: 'pt', 'rel', 'clin')."""
        if self.wordname and self.wordname[2] and sex and self.wordname[2] != sex:
            return None
        if self.wordname and getattr(self, "_word_used", None) is None and self.r.random() < 0.6:
            self._word_used = slot
            return self.wordname
        return None

    def _word_uses(self, entry):
        name = entry[0]
        uses = entry[3]
        phrase = self.r.choice(uses)
        w = name.lower()
        return phrase.replace("{w}", K("word", w)) if "{w}" in phrase else phrase

    def _after_person(self, p: Person, entry):
        if entry:
            self.pending.append(self._word_uses(entry))

    def patient(self, age=None, lo=18, hi=89, p_old=0.45, sex=None, culture=None) -> Person:
        r = self.r
        entry = self._maybe_word("pt", sex)
        p = make_person(r, "NAME", sex, culture, entry)
        if self.eponame and self.eponame[1] == "family" and r.random() < 0.5 and not entry:
            p.family = self.eponame[0]
            p.script = None
            p.alt = None
            self._epo_used = True
            self.pending.append(self.epo_sentence(self.eponame[2][0]))
        if age is None:
            age = r.randrange(90, 106) if r.random() < p_old else r.randrange(lo, hi + 1)
        p.age = age
        back = dt.timedelta(days=r.randrange(1, 365))
        try:
            anchor = self.d0.replace(year=self.d0.year - age)
        except ValueError:
            anchor = self.d0.replace(year=self.d0.year - age, day=28)
        p.dob = anchor - back
        assert age_on(p.dob, self.d0) == age, (p.dob, self.d0, age)
        p.mrn = id_value(r, "mrn")
        p.phones = [self.phone_digits()]
        if r.random() < 0.5:
            p.phones.append(self.phone_digits())
        p.email = self.email_text(p)
        p.addr = self.us_address()
        p.ssn = make_ssn(r)
        self.pt = p
        self._after_person(p, entry)
        return p

    def rel(self, relationship: str, sex=None, age=None, culture="same", register=True) -> Person:
        r = self.r
        if sex is None:
            sex = rel_sex(relationship)
        entry = self._maybe_word("rel", sex)
        if culture == "same":
            culture = self.pt.culture if self.pt and r.random() < 0.7 else None
        p = make_person(r, "NAME", sex, culture, entry)
        if self.pt and r.random() < 0.5 and relationship in ("son", "daughter", "husband", "brother", "sister",
                                                            "father", "mother", "grandson", "granddaughter") \
                and p.culture == self.pt.culture and not entry and not self.pt.wordpart == "family":
            p.family = self.pt.family
            if p.script and self.pt.script:
                sp = self.pt.script
                text = (sp[1] + p.script[2]) if p.culture in ("zh", "ja", "ko") else f"{p.script[2]} {sp[1]}"
                p.script = (text, sp[1], p.script[2])
            elif p.script:
                p.script = None
            if p.alt:
                p.alt = (f"{p.family} {p.middle} {p.given}", p.family, f"{p.middle} {p.given}")
        for _ in range(5):
            if not self.pt or p.given != self.pt.given or entry:
                break
            q = make_person(r, "NAME", sex, p.culture, None)
            p.given, p.script = q.given, (p.script[0].replace(p.script[2], q.script[2]), p.script[1], q.script[2]) if p.script and q.script else None
            p.alt = (f"{p.family} {p.middle} {p.given}", p.family, f"{p.middle} {p.given}") if p.alt else None
        p.relationship = relationship
        p.age = age
        p.phones = [self.phone_digits()]
        if register:
            self.relatives.append(p)
        self._after_person(p, entry)
        return p

    def other(self, sex=None, culture=None) -> Person:
        entry = self._maybe_word("other", sex)
        p = make_person(self.r, "NAME", sex, culture, entry)
        self._after_person(p, entry)
        return p

    def clin(self, role: str, register=True, sex=None) -> Person:
        r = self.r
        entry = self._maybe_word("clin", sex)
        p = make_person(r, "PROVIDER_NAME", sex, None, entry)
        if self.eponame and not entry and r.random() < 0.35 and not getattr(self, "_epo_used", False):
            name, part, _ = self.eponame
            if part == "family":
                p.family = name
            else:
                p.given = name
            p.script = None
            p.alt = None
            self._epo_used = True
            self.pending.append(self.epo_sentence(self.eponame[2][0]))
        p.role = role
        p.cred = r.choice(CREDENTIALS[ROLE_CRED.get(role, "physician")])
        if register:
            self.clinicians.append(p)
        self._after_person(p, entry)
        return p

    def n(self, p: Person, form=None, pool=None) -> str:
        r = self.r
        if form is None:
            forms = pool or NAME_FORMS
            if p.cat == "PROVIDER_NAME" and pool is None:
                forms = (("full", 30), ("title_last", 14), ("init_last", 8), ("last_first", 4), ("upper", 3),
                         ("first", 2), ("mid", 3), ("LAST_First", 2), ("first_init", 2))
            form = weighted(r, forms) if isinstance(forms[0], tuple) else r.choice(forms)
        return nm(p, form, r)

    def doc(self, p: Person, style=None) -> str:
        """A clinician with credential (credential outside the span)."""
        r = self.r
        st = style or r.choice(("full_cred", "full_cred", "full_cred_nc", "init_cred", "upper_cred", "dr", "first_cred",
                                "last_first_cred"))
        if st == "dr" and not any(x in p.cred for x in ("MD", "DO", "M.D.", "MBBS", "DDS", "DMD", "PhD", "PsyD", "DPT", "DNP", "OD")):
            st = "full_cred"
        if st == "full_cred":
            return nm(p, "full") + ", " + p.cred
        if st == "full_cred_nc":
            return nm(p, "full") + " " + p.cred.replace(",", "")
        if st == "init_cred":
            return nm(p, "init_last") + ", " + p.cred
        if st == "upper_cred":
            return nm(p, "upper") + ", " + p.cred.upper()
        if st == "dr":
            return "Dr. " + P(p.cat, r.choice((p.family, p.full)))
        if st == "first_cred":
            return nm(p, "first") + " " + p.cred.split(",")[0].strip()
        if st == "last_first_cred":
            return nm(p, "last_first") + " " + p.cred.split(",")[0]
        raise ValueError(st)

    def sig(self, p: Person, d=None) -> str:
        r = self.r
        d = d or self.d0
        opts = [
            "— " + self.doc(p), "/s/ " + self.doc(p), "Electronically signed by " + self.doc(p) + " on "
            + self.date(d, forms=FULL_FORMS) + f" {r.randrange(7, 23):02d}:{r.randrange(60):02d}",
            "Signed: " + nm(p, "init_last") + ", " + p.cred, self.doc(p, "upper_cred"),
            "Dictated by " + nm(p, "title_last") + "; transcribed " + self.date(add_days(d, 1), forms=SHORT_FORMS),
            p.cred.split(",")[0] + ": " + nm(p, "full"), "-- " + nm(p, "first") + " (" + p.cred.split(",")[-1].strip() + ")",
            "Reviewed and cosigned: " + nm(p, "last_first") + ", " + p.cred,
        ]
        return r.choice(opts)

    # -- dates ----------------------------------------------------------
    def rd(self, lo: int, hi: int) -> dt.date:
        return add_days(self.d0, self.r.randrange(lo, hi + 1))

    def date(self, d: dt.date, form=None, forms=None, wd=False, tm=False) -> str:
        r = self.r
        if form is None:
            form = r.choice(forms or tuple(DATE_FORMS))
        if form == "iso_t":
            return P("DATE", f"{d.isoformat()}T{r.randrange(24):02d}:{r.randrange(60):02d}")
        s = P("DATE", DATE_FORMS[form](d))
        if wd:
            day = d.weekday()
            s = r.choice((f"{WD_FULL[day]}, ", f"{r.choice(WD_SHORT[day])} ", f"({r.choice(WD_SHORT[day])}) ",
                          f"{WD_SHORT[day][0].upper()} ", f"{WD_FULL[day]} ")) + s
        if tm:
            hh = r.randrange(24)
            mm = r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
            h12 = hh % 12 or 12
            s += r.choice(TIMES_AFTER).format(hh=hh, mm=mm, h12=h12, ap="AM" if hh < 12 else "PM",
                                              ap2="am" if hh < 12 else "pm")
        return s

    def odd_date(self, d: dt.date, bare=False) -> str:
        """A date written in an unusual way, with its context words (outside the span); bare: no leading words."""
        r = self.r
        k = self.pick("odd_date", 16)
        if bare and k in (0, 1, 2, 3, 4, 11, 12, 14):
            k = r.choice((5, 6, 7, 8, 9, 10, 13, 15))
        if k == 0:
            return "on the " + P("DATE", ordinal(d.day))
        if k == 1:
            return "early " + P("DATE", DATE_FORMS["month_year"](d))
        if k == 2:
            return r.choice(("late ", "mid-", "the end of ")) + P("DATE", DATE_FORMS[r.choice(("month_year", "mon_year"))](d))
        if k == 3:
            return "week of " + self.date(d, forms=("md_slash", "md_text", "mdy_short"))
        if k == 4:
            return "the " + P("DATE", DATE_FORMS["ord_of"](d))
        if k == 5:
            return self.date(d, forms=("md_slash", "mdy_short"), wd=True)
        if k == 6:
            return self.date(d, forms=("md_slash", "mdy_short", "md_slash0"), tm=True)
        if k == 7:
            return P("DATE", DATE_FORMS["month_the"](d))
        if k == 8:
            return P("DATE", DATE_FORMS[r.choice(("mil", "mil_full"))](d))
        if k == 9:
            return P("DATE", DATE_FORMS[r.choice(("mon_dash", "mm_dash_dd"))](d))
        if k == 10:
            return P("DATE", DATE_FORMS[r.choice(("mdy_dots", "dmy_dots"))](d))
        if k == 11:
            return self.date_range(d, add_days(d, r.randrange(1, 9)))
        if k == 12:
            return "on " + P("DATE", DATE_FORMS[r.choice(("day_month", "md_long", "apos"))](d))
        if k == 13:
            return P("DATE", DATE_FORMS["month_ord"](d)) + r.choice((", a Friday" if d.weekday() == 4 else "", ""))
        if k == 14:
            return "in " + P("DATE", DATE_FORMS["mm_yyyy"](d))
        return self.date(d, forms=ODD_FORMS)

    def date_range(self, a: dt.date, b: dt.date) -> str:
        r = self.r
        k = self.pick("date_range", 6)
        if k == 0:
            return P("DATE", f"{a.month}/{a.day}") + "-" + P("DATE", f"{b.month}/{b.day}")
        if k == 1:
            return P("DATE", f"{a.month}/{a.day}") + " through " + P("DATE", DATE_FORMS["mdy_short"](b))
        if k == 2:
            return "from " + P("DATE", DATE_FORMS["md_long"](a)) + " to " + P("DATE", DATE_FORMS["long"](b))
        if k == 3:
            return P("DATE", DATE_FORMS["mil"](a)) + "–" + P("DATE", DATE_FORMS["mil"](b))
        if k == 4:
            return P("DATE", DATE_FORMS["md_slash0"](a)) + " to " + P("DATE", DATE_FORMS["md_slash0"](b))
        return "between " + P("DATE", DATE_FORMS["abbr"](a)) + " and " + P("DATE", DATE_FORMS["abbr"](b))

    def dob(self, p: Person, form=None, forms=None) -> str:
        """DOB; a bare birth year only for someone over 89 (Safe Harbor: the year then identifies too)."""
        r = self.r
        if p.age and p.age > 89 and form is None and r.random() < 0.15:
            return P("DATE", str(p.dob.year))
        return self.date(p.dob, form=form, forms=forms or FULL_FORMS)

    def dob_age(self, p: Person) -> str:
        """DOB with the age after it: 'DOB 03/02/1931 (age 93)'."""
        r = self.r
        d = self.dob(p)
        a = p.age
        return d + r.choice((" (age " + age_mark(a, str(a)) + ")", " (" + age_mark(a, f"{a} y") + ")",
                             " (" + age_mark(a, f"{a} yo") + ")", ", age " + age_mark(a, str(a)),
                             " [" + age_mark(a, f"{a}y") + "]", " — " + age_mark(a, f"{a} yrs")))

    def lic(self, p: Person) -> str:
        """A licence line fitting the clinician's credential."""
        r = self.r
        cr = p.cred.upper()
        if any(x in cr for x in ("MD", "DO", "MBBS", "M.D.")):
            return r.choice((idl(r, "medlic"), idl(r, "dea", family=p.family), idl(r, "npi")))
        if any(x in cr for x in ("NP", "APRN", "PA", "CNM", "CRNA")):
            return r.choice((idl(r, "dea_mid", family=p.family), idl(r, "rnlic"), idl(r, "npi")))
        if any(x in cr for x in ("RN", "LPN", "LVN")):
            lab = r.choice(("LPN lic", "LVN license #", "nursing lic.") if "RN" not in cr else ("RN license", "nursing lic.", "RN lic #", "license no."))
            return idl(r, "rnlic", label=lab)
        return idl(r, "proflic")

    # -- contact ---------------------------------------------------------
    def phone_digits(self) -> str:
        r = self.r
        while True:
            ex = f"{r.randrange(2, 10)}{r.randrange(10)}{r.randrange(10)}"
            if ex != "555" and ex[1:] != "11":
                break
        return r.choice(AREA) + ex + digits(r, 4)

    def fmt_phone(self, d: str, fmt=None) -> str:
        a, e, l = d[:3], d[3:6], d[6:]
        fmts = (f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", d, f"+1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}",
                f"1-{a}-{e}-{l}", f"{a} {e} {l}", f"({a}){e}-{l}", f"{a}/{e}-{l}", f"+1 {a} {e} {l}")
        return fmts[fmt] if fmt is not None else self.r.choice(fmts)

    def phone(self, cat="PHONE", d=None, fmt=None) -> str:
        return P(cat, self.fmt_phone(d or self.phone_digits(), fmt))

    def intl_phone(self) -> str:
        r = self.r
        d = lambda n: digits(r, n)  # noqa: E731
        return P("PHONE", r.choice((f"+44 7{d(3)} {d(6)}", f"+49 30 {d(8)}", f"+52 33 {d(4)} {d(4)}",
                                    f"+91 9{d(4)} {d(5)}", f"+82 10-{d(4)}-{d(4)}", f"+86 13{d(1)} {d(4)} {d(4)}",
                                    f"+81 90-{d(4)}-{d(4)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
                                    f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}", f"+234 80{d(1)} {d(3)} {d(4)}",
                                    f"+63 917 {d(3)} {d(4)}", f"+504 9{d(3)}-{d(4)}", f"+380 67 {d(3)} {d(4)}",
                                    f"011 52 81 {d(4)} {d(4)}", f"+1 416-{r.randrange(200, 999)}-{d(4)}")))

    def email_text(self, p: Person) -> str:
        r = self.r
        g = p.given.translate(ASCII_FOLD).lower().replace(" ", "").replace("'", "").replace("-", "")
        f = p.family.translate(ASCII_FOLD).lower().replace(" ", "").replace("'", "").replace("-", "")
        g = "".join(ch for ch in g if ch.isascii() and ch.isalnum()) or "pt"
        f = "".join(ch for ch in f if ch.isascii() and ch.isalnum()) or "x"
        user = r.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}", f"{g}{f}{r.randrange(1, 99)}", f"{r.choice(NICKS)}{r.randrange(10, 2000)}",
                         f"{f}.{g}{r.randrange(40, 99)}", f"{g}{r.choice(NICKS)}", f"{g[0]}.{f}"))
        return f"{user}@{r.choice(MAIL)}"

    def email(self, p: Person) -> str:
        return P("EMAIL", self.email_text(p))

    def staff_email(self, p: Person) -> str:
        g = p.given.translate(ASCII_FOLD).lower()
        f = p.family.translate(ASCII_FOLD).lower()
        g = "".join(ch for ch in g if ch.isascii() and ch.isalpha()) or "a"
        f = "".join(ch for ch in f if ch.isascii() and ch.isalpha()) or "b"
        return P("EMAIL", self.r.choice((f"{g[0]}{f}@{self.hdomain}", f"{g}.{f}@{self.hdomain}", f"{f}{g[0]}@{self.hdomain}")))

    def url(self, p: Person | None = None, tele=False) -> str:
        r = self.r
        p = p or self.pt
        slug = "".join(ch for ch in p.full.translate(ASCII_FOLD).lower() if ch.isascii() and (ch.isalnum() or ch == " "))
        slug = slug.replace(" ", r.choice(("-", "", "."))) or "family"
        if tele:
            return P("URL", r.choice((f"https://zoom.us/j/{digits(r, 11)}?pwd={letters(r, 10, 'abcdefghjkmnpqrstuvwxyzABCDEFGH23456789')}",
                                      f"https://doxy.me/{slug.replace('.', '')}", f"https://telehealth.{self.hdomain}/room/{letters(r, 6, 'abcdefghjkmnpqrstuvwxyz23456789')}",
                                      f"https://mychart.{self.hdomain}/video/{digits(r, 9)}")))
        return P("URL", r.choice((f"https://www.gofundme.com/f/help-{slug.replace('.', '-')}",
                                  f"https://www.caringbridge.org/site/{slug.replace('.', '')}",
                                  f"www.facebook.com/{slug}.{r.randrange(1, 99)}",
                                  f"https://mychart.{self.hdomain}/proxy/{digits(r, 8)}",
                                  f"http://{slug.replace('.', '')}.blogspot.com", f"https://www.instagram.com/{slug.replace('-', '_')}",
                                  f"https://portal.{self.hdomain}/pt/{digits(r, 7)}", f"https://www.mealtrain.com/trains/{letters(r, 6, 'abcdefghjkmnpqrstuvwxyz0123456789')}",
                                  f"https://www.youtube.com/@{slug.replace('.', '').replace('-', '')}")))

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.7:
            return P("IP", f"{r.choice((24, 47, 67, 73, 98, 104, 108, 162, 174, 184, 199, 207, 68, 71, 76))}."
                           f"{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}")
        h = lambda: f"{r.randrange(0x1000, 0x10000):x}"  # noqa: E731
        return P("IP", r.choice((f"2600:1700:{h()}:{h()}::{h()}", f"2601:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                                 f"2a02:{h()}:{h()}::{h()}:{h()}")))

    # -- places ----------------------------------------------------------
    def street(self, urban=False) -> str:
        r = self.r
        num = str(r.randrange(1, 30000) if r.random() < 0.7 else r.randrange(1, 999))
        name = r.choice(STREET_NAMES)
        suf = r.choice(STREET_SUFFIX)
        if name.split()[-1] in ("Run", "Gap", "Bend", "Knob", "Down", "Hollow", "Creek", "Dam", "Foot", "Hill", "Patch"):
            suf = r.choice(("Rd", "Ln", "Dr", "Ct", "Way"))
        k = r.randrange(10 if urban else 20)
        if k < 6:
            return f"{num} {name} {suf}"
        if k < 9:
            return f"{num} {r.choice(DIRS)} {name} {suf}"
        if k < 10:
            return f"{num} {name} {suf} {r.choice(POST_DIRS)}"
        if k < 11:
            return f"{r.randrange(100, 9999)} {r.choice(('State Hwy', 'State Route', 'US-', 'FM', 'Old Route', 'County Road', 'Hwy'))}" \
                   f"{'' if r.random() < 0.0 else ' '}{r.randrange(1, 400)}".replace("US- ", "US-")
        if k < 12:
            return f"{r.choice('NSEW')}{r.randrange(1000, 9999)} County Rd {r.choice('ABCDEFGHJKMNPQ')}"
        if k < 13:
            return r.choice((f"RR {r.randrange(1, 9)} Box {r.randrange(1, 400)}", f"Rural Route {r.randrange(1, 9)}, Box {r.randrange(1, 400)}",
                             f"HC {r.randrange(60, 80)} Box {r.randrange(1, 300)}"))
        if k < 14:
            return f"{num} 1/2 {name} {suf}"
        if k < 15:
            return f"{num} {ordinal(r.randrange(2, 99))} {r.choice(('St', 'Ave', 'Street', 'Avenue'))}"
        if k < 16:
            return r.choice((f"{num} {name}", f"{num} {name} {suf}."))
        return f"{num} {name} {suf}"

    def po_box(self) -> str:
        r = self.r
        return r.choice(("P.O. Box {}", "PO Box {}", "Post Office Box {}", "P O Box {}", "POB {}")).format(r.randrange(1, 9999))

    def unit(self) -> str:
        r = self.r
        u = r.choice(UNITS)
        val = r.choice((str(r.randrange(1, 40)), f"{r.randrange(1, 9)}{r.choice('ABCDEF')}", r.choice("ABCDEFGH"),
                        str(r.randrange(100, 999))))
        if u.startswith(("Fl", "Floor")):
            val = str(r.randrange(1, 12))
        return u.format(val)

    def us_address(self) -> dict:
        r = self.r
        city = r.choice(US_CITIES)
        line = self.street() if r.random() < 0.88 else self.po_box()
        unit = self.unit() if r.random() < 0.4 and not line.startswith(("RR", "Rural", "HC", "P", "Post")) else None
        z = city[3][:3] + f"{r.randrange(100):02d}" if r.random() < 0.5 else city[3]
        if r.random() < 0.2:
            z += "-" + digits(r, 4)
        return {"line": line, "unit": unit, "city": city[0], "state": city[1], "state_name": city[2], "zip": z}

    def addr(self, a: dict, style="lines", sep="\n") -> str:
        r = self.r
        st = r.choice((a["state"], a["state"], a["state_name"], a["state"].upper()))
        line = P("ADDRESS", a["line"])
        if a["unit"]:
            line += r.choice((", ", " ", ", ")) + P("ADDRESS", a["unit"])
        tail = P("CITY", a["city"]) + ", " + st + r.choice(("  ", " ")) + P("ZIP", a["zip"])
        if style == "lines":
            return line + sep + tail
        if style == "one":
            return line + ", " + tail
        if style == "lower":
            return lower_m(line + " " + P("CITY", a["city"]) + " " + P("ZIP", a["zip"]))
        if style == "caps":
            return upper_m(line + sep + tail)
        if style == "city":
            return P("CITY", a["city"]) + ", " + st
        raise ValueError(style)

    def corner(self) -> str:
        r = self.r
        x, y = r.sample(STREET_NAMES, 2)
        k = self.pick("corner", 3)
        if k == 0:
            return "at the corner of " + P("ADDRESS", f"{x} {r.choice(STREET_SUFFIX)} and {y} {r.choice(STREET_SUFFIX)}")
        if k == 1:
            return "near " + P("ADDRESS", f"{ordinal(r.randrange(2, 40))} and {x}")
        return "at " + P("ADDRESS", f"{x} & {y}")

    def foreign_addr(self, sep=", ") -> str:
        r = self.r
        k = r.randrange(5)
        if k == 0:
            city, pc = r.choice(UK)
            s = (P("ADDRESS", f"Flat {r.randrange(1, 12)}") + sep if r.random() < 0.5 else "")
            return s + P("ADDRESS", f"{r.randrange(1, 200)} {r.choice(UK_STREETS)}") + sep + P("CITY", city) + " " + P("ZIP", pc) + ", UK"
        if k == 1:
            city, prov, pc = r.choice(CANADA)
            s = P("ADDRESS", f"{r.randrange(10, 9000)} {r.choice(CA_STREETS)}")
            if r.random() < 0.5:
                s += ", " + P("ADDRESS", r.choice(("app. ", "unit ", "Apt ")) + str(r.randrange(1, 40)))
            return s + sep + P("CITY", city) + f" ({prov}) " + P("ZIP", pc)
        if k == 2:
            city, pc = r.choice(GERMANY)
            return P("ADDRESS", f"{r.choice(DE_STREETS)} {r.randrange(1, 120)}") + sep + P("ZIP", pc) + " " + P("CITY", city) + ", Deutschland"
        if k == 3:
            city, st, pc = r.choice(MEXICO)
            return (P("ADDRESS", f"{r.choice(MX_STREETS)} {r.randrange(1, 2000)}") + sep + P("ADDRESS", r.choice(MX_COLONIAS))
                    + sep + P("ZIP", pc) + " " + P("CITY", city) + f", {st}")
        city, pc = r.choice(INDIA)
        return (P("ADDRESS", f"Flat {r.randrange(1, 20)}{r.choice('ABCD')}") + sep + P("ADDRESS", r.choice(IN_BUILDINGS)) + sep
                + P("ADDRESS", f"{r.randrange(1, 200)} {r.choice(IN_STREETS)}") + sep + P("ADDRESS", r.choice(IN_LOCALITIES))
                + sep + P("CITY", city) + " " + P("ZIP", pc))

    def city(self, foreign=None) -> str:
        r = self.r
        if foreign or (foreign is None and r.random() < 0.3):
            return P("CITY", r.choice(FOREIGN_CITIES))
        c = r.choice(US_CITIES)
        return P("CITY", c[0]) + r.choice((", " + c[1], ", " + c[2], " " + c[1], ""))

    def county(self) -> str:
        r = self.r
        if r.random() < 0.2:
            return P("CITY", r.choice(PARISHES)) + " Parish"
        return P("CITY", r.choice(COUNTIES)) + r.choice((" County", " County", " Co.", " county"))

    def town_word(self) -> str | None:
        """A word-town used as a town and as a word, in one sentence."""
        r = self.r
        towns = [c for c in US_CITIES if c[0] in TOWN_WORDS]
        c = r.choice(towns)
        phrase = r.choice(TOWN_WORDS[c[0]]).replace("{w}", K("word", c[0].lower()))
        return r.choice((f"Lives in {P('CITY', c[0])}, {c[1]}; {phrase}.",
                         f"{cap1(phrase)}. Family drives in from {P('CITY', c[0])} ({c[1]}).",
                         f"Was born in {P('CITY', c[0])}, {c[2]}. Notes: {phrase}.",
                         f"Moved from {P('CITY', c[0])} last year — {phrase}."))

    def pick(self, name: str, n: int) -> int:
        """An index in range(n), avoiding those this note already used for `name` while any is left."""
        used = self.__dict__.setdefault("_picks", {}).setdefault(name, [])
        free = [i for i in range(n) if i not in used] or list(range(n))
        k = self.r.choice(free)
        used.append(k)
        return k

    # -- clinical keep text ---------------------------------------------
    def _fresh(self, pool):
        used = self.__dict__.setdefault("_used_terms", set())
        for _ in range(6):
            x = self.r.choice(pool)
            if x not in used:
                break
        used.add(x)
        return x

    def epo_sentence(self, term: str) -> str:
        t = K("eponym", term)
        return self.r.choice((f"History notable for {t}.", f"{t} reviewed with the patient.", f"Assessed with the {t}.",
                              f"Prior note mentions {t}.", f"Question of {t} raised again.", f"{t} documented."))

    def epo(self, dom=None) -> str:
        r = self.r
        pool = EPONYMS.get(dom) if dom and r.random() < 0.75 else None
        return K("eponym", self._fresh(pool or EPONYMS[r.choice(sorted(EPONYMS))]))

    def drug(self, dom=None) -> str:
        r = self.r
        pool = DRUGS.get(dom) if dom and r.random() < (1.0 if dom == "vax" else 0.9) else None
        return K("drug", self._fresh(pool or DRUGS["general"]))

    def lab(self, dom=None) -> str:
        r = self.r
        pool = LABS.get(dom) if dom and r.random() < 0.9 else None
        return K("lab", self._fresh(pool or LABS["general"]))

    def score(self, dom=None) -> str:
        r = self.r
        pool = SCORES.get(dom) if dom and r.random() < 0.8 else None
        return K("score", r.choice(pool or SCORES["general"]))

    def dx(self, dom=None) -> str:
        r = self.r
        pool = DIAGNOSES.get(dom) if dom and r.random() < 0.8 else None
        return K("diagnosis", r.choice(pool or DIAGNOSES["general"]))

    def code(self, kind=None) -> str:
        r = self.r
        kind = kind or r.choice(("icd", "icd", "cpt", "hcpcs", "loinc", "ndc"))
        return K("code", r.choice(CODES[kind]))

    def abbr(self) -> str:
        return K("abbreviation", self.r.choice(ABBREVS))

    def bp(self) -> str:
        r = self.r
        return K("vital", f"BP {r.randrange(96, 182)}/{r.randrange(50, 104)}")

    def vitals_line(self) -> str:
        r = self.r
        parts = [self.bp(), K("vital", f"HR {r.randrange(52, 118)}"), K("vital", f"RR {r.randrange(12, 26)}"),
                 K("vital", f"T {r.choice(('98.6F', '97.8 F', '99.3F', '36.9C', '37.4 °C', '100.9F'))}"),
                 K("vital", f"SpO2 {r.randrange(88, 100)}%{r.choice(('', ' RA', ' on 2L'))}")]
        if r.random() < 0.6:
            parts.append(K("vital", r.choice((f"wt {r.randrange(45, 140)} kg", f"Wt {r.randrange(98, 320)} lb",
                                              f"BMI {r.randrange(17, 45)}.{r.randrange(10)}"))))
        r.shuffle(parts)
        return r.choice((", ", "  ", " | ", "; ")).join(parts)

    # -- generic snippets: extra sentences in the note's voice -------------
    def kin(self, old: bool | None = None) -> tuple[str, int]:
        """A plausible (relationship, age) for someone in the patient's life; old=True asks for an age over 89."""
        r = self.r
        a = self.pt.age
        if old is None:
            old = r.random() < 0.55
        if old:
            opts = [("neighbor", 0), ("landlady", 0), ("friend from church", 0), ("roommate", 0)]
            if a >= 62:
                opts += [("husband", 0), ("wife", 0), ("sister", 0), ("brother", 0), ("sister-in-law", 0)]
            if 50 <= a <= 75:
                opts += [("mother", 0), ("father", 0), ("aunt", 0), ("uncle", 0)]
            if 25 <= a <= 55:
                opts += [("grandmother", 0), ("grandfather", 0), ("great-aunt", 0)]
            if a <= 30:
                opts += [("great-grandmother", 0), ("great-grandfather", 0)]
            rel = r.choice(opts)[0]
            return rel, r.randrange(90, 107)
        opts = ["neighbor", "friend", "roommate", "landlady"]
        if a >= 40:
            opts += ["son", "daughter"]
        if a >= 20:
            opts += ["husband", "wife", "sister", "brother"]
        if a <= 70:
            opts += ["mother", "father"]
        rel = r.choice(opts)
        if rel in ("son", "daughter"):
            age = r.randrange(max(1, a - 40), max(2, a - 17))
        elif rel in ("mother", "father"):
            age = min(89, a + r.randrange(18, 38))
        elif rel in ("husband", "wife", "sister", "brother"):
            age = max(16, min(89, a + r.randrange(-9, 9)))
        else:
            age = r.randrange(19, 90)
        return rel, age

    def s_age_other(self) -> str:
        r = self.r
        rel, age = self.kin()
        sx = rel_sex(rel)
        p = self.rel(rel, sex=sx, age=age, register=rel not in NONFAMILY)
        sx = p.sex
        pos = pron(self.pt, "pos")
        k = self.pick("s_age_other", 10)
        if k == 0:
            return f"Lives with {pos} {rel}, {self.n(p)}, who is " + age_expr(r, age, sx, idx=r.choice((1, 2, 4, 6, 7, 8, 18))) + "."
        if k == 1:
            return f"{cap1(rel)} {self.n(p, 'first')} (" + age_mark(age, str(age)) + ") helps with meals."
        if k == 2:
            return f"The {rel}, " + age_mark(age, spell(age)) + ", is the main caregiver."
        if k == 3:
            return f"Caregiver: {self.n(p)} ({rel}), age " + age_mark(age, str(age)) + "."
        if k == 4:
            return f"{cap1(pos)} {rel} turned " + age_mark(age, str(age)) + f" this year and still drives {self.n(self.pt, 'first')} to visits."
        if k == 5:
            return f"{self.n(p)}, {rel}, " + age_mark(age, f"{age} yo") + ", was present."
        if k == 6:
            return f"Emergency contact is {pos} " + age_mark(age, f"{age}-year-old") + f" {rel} {self.n(p)}."
        if k == 7:
            return f"{cap1(pos)} {rel} is " + age_mark(age, f"{age} years") + " old and lives in " + self.city() + "."
        if k == 8:
            return f"{self.n(p)} ({rel}, " + age_mark(age, f"{age}y") + ") phoned with questions."
        return f"{cap1(pos)} {rel} {self.n(p, 'first')}, " + age_mark(age, f"{age} yrs") + ", " + r.choice(
            ("uses a cane", "is hard of hearing", "lives next door", "has dementia")) + "."

    def s_date(self) -> str:
        r = self.r
        d = self.rd(-200, 60)
        k = self.pick("s_date", 10)
        lead = ("Last seen ", "Next appointment ", "Symptoms began ", "Records received ", "Follow-up ",
                "Pharmacy filled ", "Was out of town ", "Labs drawn ", "Called back ", "Plan to recheck ")[k]
        tail = r.choice((".", "; no changes.", " per chart.", "."))
        return lead + self.odd_date(d) + tail

    def s_id(self) -> str:
        r = self.r
        kinds = ("npi", "case", "rx", "auth", "ref", "conf", "claim", "accession", "order", "tracking",
                 "badge", "employee", "pin", "voucher", "interpreter", "account", "fin", "encounter",
                 "member", "group", "mbi", "medicaid", "policy", "har", "invoice", "statement", "visit",
                 "study", "ticket", "req", "specimen")
        k = kinds[self.pick("s_id", len(kinds))]
        lines = {
            "npi": "Ordering provider " + idl(r, "npi") + ".",
            "case": "Worker is following under " + idl(r, "case") + ".",
            "rx": "Refill requested for " + idl(r, "rx") + ".",
            "auth": "Insurer approved; " + idl(r, "auth") + ".",
            "ref": "Spoke with the plan, " + idl(r, "ref") + ".",
            "conf": "Ride booked, " + idl(r, "conf") + ".",
            "claim": "Billing disputes " + idl(r, "claim") + ".",
            "accession": "Sample sent to reference lab (" + idl(r, "accession") + ").",
            "order": "Imaging placed, " + idl(r, "order") + ".",
            "tracking": "Supplies shipped, " + idl(r, "tracking") + ".",
            "badge": "Escorted by security officer " + idl(r, "badge") + ".",
            "employee": "Employer verified, " + idl(r, "employee") + ".",
            "pin": "Family given the " + idl(r, "pin") + " for phone updates.",
            "voucher": "Transport arranged with " + idl(r, "voucher") + ".",
            "interpreter": "Interpreter on the line, " + idl(r, "interpreter") + ".",
            "account": "Financial counseling opened " + idl(r, "account") + ".",
            "fin": "Charges posted to " + idl(r, "fin") + ".",
            "encounter": "Linked to " + idl(r, "encounter") + ".",
            "member": "Coverage confirmed, " + idl(r, "member") + ".",
            "group": "Employer plan " + idl(r, "group") + ".",
            "mbi": "Medicare on file, " + idl(r, "mbi") + ".",
            "medicaid": "Secondary coverage " + idl(r, "medicaid") + ".",
            "policy": "Supplemental " + idl(r, "policy") + ".",
            "har": "Registration " + idl(r, "har") + ".",
            "invoice": "Outstanding " + idl(r, "invoice") + ".",
            "statement": "Patient disputes " + idl(r, "statement") + ".",
            "visit": "Prior " + idl(r, "visit") + " reviewed.",
            "study": "Enrolled in registry as " + idl(r, "study") + ".",
            "ticket": "Portal login issue logged, " + idl(r, "ticket") + ".",
            "req": "Lab slip " + idl(r, "req") + " given.",
            "specimen": "Culture " + idl(r, "specimen") + " pending.",
        }
        return lines[k]

    def s_unlabeled_id(self) -> str:
        r = self.r
        k = self.pick("s_unlabeled_id", 6)
        if k == 0:
            return "CPS was notified (" + idv(r, "case") + ")."
        if k == 1:
            return "Pharmacy says " + idv(r, "rx") + " is ready for pickup."
        if k == 2:
            return "Use " + idv(r, "conf") + " when calling the ride line."
        if k == 3:
            return "Package " + idv(r, "tracking") + " delivered to the porch."
        if k == 4:
            return "Workers' comp adjuster referenced " + idv(r, "claim") + "."
        return "The payer letter cites " + idv(r, "auth") + " for the approval."

    def s_place(self) -> str:
        r = self.r
        k = self.pick("s_place", 9)
        if k == 0:
            a = self.us_address()
            return "Moving in with a cousin at " + self.addr(a, "one") + "."
        if k == 1:
            return "Lives " + self.corner() + r.choice((".", ", behind the gas station.", " (no house number)."))
        if k == 2:
            return "Mail goes to " + P("ADDRESS", self.po_box()) + ", " + self.city(False) + "."
        if k == 3:
            fa = self.foreign_addr()
            return "Family abroad: " + fa + ("" if fa.endswith(".") else ".")
        if k == 4:
            return "Grew up in " + self.city(True) + "; came to " + self.city(False) + " in " + str(r.randrange(1960, 2022)) + "."
        if k == 5:
            return dot("Resides in " + self.county())
        if k == 6:
            return self.town_word()
        if k == 7:
            a = self.us_address()
            a["unit"] = a["unit"] or self.unit()
            return "New address: " + self.addr(a, "one") + "."
        return "Stays with a friend in " + self.city() + " on weekends."

    def s_person(self) -> str:
        r = self.r
        role = r.choice(("neighbor", "pastor", "interpreter", "lawyer", "teacher", "employer", "landlord",
                         "probation officer", "guardian ad litem", "coach", "friend", "rabbi", "imam", "foster mother"))
        p = self.other()
        k = self.pick("s_person", 6)
        if k == 0:
            return f"{cap1(role)} {self.n(p)} is aware and can be reached at " + self.phone() + "."
        if k == 1:
            return f"{self.n(p)} ({role}) brought the paperwork."
        if k == 2:
            return f"Spoke with {'the ' + role} {self.n(p, 'title_last')} by phone."
        if k == 3:
            return f"The {role}, {self.n(p)}, asked for an update."
        if k == 4:
            return f"{self.n(p, 'first')}, {'an' if role[0] in 'aeiou' else 'a'} {role}, visits daily."
        return f"Permission given to talk with {role} {self.n(p)}."

    def s_clin(self, dom=None) -> str:
        r = self.r
        k = self.pick("s_clin", 6)
        if k == 0:
            return f"Known {self.epo(dom)}; continues {self.drug(dom)}."
        if k == 1:
            return f"Most recent {self.lab(dom)}, {self.lab(dom)}."
        if k == 2:
            return f"{cap1(self.vitals_line())}."
        if k == 3:
            return f"Problem list: {self.dx(dom)} ({self.code('icd')}); {self.epo(dom)}."
        if k == 4:
            return f"{self.score(dom)}. {self.abbr()}."
        return f"Started {self.drug(dom)} for {self.dx(dom)}."

    def s_neg(self) -> str:
        r = self.r
        k = self.pick("s_neg", 15)
        return (
            f"Family visiting over {r.choice(HOLIDAYS)}; clinic closed that week.",
            f"Symptoms worse since {r.choice(HOLIDAYS)}.",
            f"Hopes to be home for {r.choice(HOLIDAYS)}.",
            f"Page the covering resident at pager {r.randrange(1000, 9999)} if questions.",
            f"Call the unit at ext. {r.randrange(2000, 8999)} with results.",
            f"Moved to Rm {r.randrange(100, 899)}{r.choice('AB')}, bed {r.randrange(1, 4)}.",
            f"Vaccine lot {letters(r, 2)}{r.randrange(1000, 9999)} recorded in the MAR.",
            "Reviewed 911 use and the 988 crisis line.",
            f"Has been on the list since {r.randrange(2009, 2023)}.",
            f"Took {self.drug(None)} at {r.randrange(6, 11)}{r.choice(('00', '30'))} this morning.",
            f"Strength {K('score', '5/5')} in all extremities; {K('diagnosis', f'grade {r.randrange(1, 4)}/6 systolic murmur')}.",
            f"Instructed to take {K('drug', 'metoprolol 25 mg, 1/2 tab BID')}.",
            f"Pain {K('score', str(r.randrange(2, 10)) + '/10')}, " + self.bp() + ".",
            f"Quit smoking in {r.randrange(1975, 2020)}; {r.randrange(10, 60)} pack-years.",
            f"Seen at {r.choice(HOSPITALS)} in {r.randrange(2015, 2023)}.",
        )[k]

    def s_contact(self) -> str:
        r = self.r
        p = r.choice(self.relatives) if self.relatives and r.random() < 0.6 else self.pt
        k = self.pick("s_contact", 7)
        if k == 0:
            return f"Best number for {self.n(p, 'first')} is " + self.phone() + f", ext {r.randrange(100, 999)} at work."
        if k == 1:
            return "Old number " + self.phone() + " is disconnected; new cell " + self.phone() + "."
        if k == 2:
            return "Prefers e-mail: " + self.email(p) + "."
        if k == 3:
            return "Send records by fax to " + self.phone("FAX") + "."
        if k == 4:
            return f"Reach {self.n(p)} overseas at " + self.intl_phone() + "."
        if k == 5:
            return "Family started a page at " + self.url(p) + "."
        return "Text updates to " + self.phone() + r.choice((" (cell).", " only after 5 pm.", "."))

    def s_vehicle(self) -> str:
        r = self.r
        st = r.choice(sorted(PLATE_FORMATS))
        plate = P("VEHICLE", PLATE_FORMATS[st](r))
        k = self.pick("s_vehicle", 5)
        if k == 0:
            return f"Car left in the garage: {st} plate {plate}."
        if k == 1:
            return "Vehicle in the crash: VIN " + P("VEHICLE", make_vin(r)) + "."
        if k == 2:
            return f"Parking validated for plate {plate} ({STATE_NAMES.get(st, st)})."
        if k == 3:
            return "Truck VIN " + P("VEHICLE", make_vin(r)) + f", tag {plate} {st}."
        return f"Drove himself in a pickup, license plate {plate}."

    def s_license(self) -> str:
        r = self.r
        st = r.choice(sorted(DL_FORMATS))
        k = self.pick("s_license", 5)
        if k == 0:
            return f"ID checked: {STATE_NAMES.get(st, st)} driver's license " + P("LICENSE", DL_FORMATS[st](r)) + "."
        if k == 1:
            return f"{st} DL# " + P("LICENSE", DL_FORMATS[st](r)) + " copied to chart."
        if k == 2:
            return f"Holds a CDL ({st}) " + P("LICENSE", DL_FORMATS[st](r)) + "."
        if k == 3:
            return "Photo ID on file (driver lic. " + P("LICENSE", DL_FORMATS[st](r)) + f", {st})."
        return f"Presented {st} license no. " + P("LICENSE", DL_FORMATS[st](r)) + " at registration."

    def s_ssn(self) -> str:
        r = self.r
        a, g, s4 = make_ssn(r) if r.random() < 0.4 else self.pt.ssn
        k = self.pick("s_ssn", 8)
        if k == 0:
            return "SSN " + P("SSN", f"{a}-{g}-{s4}") + " verified."
        if k == 1:
            return "Social Security #: " + P("SSN", f"{a} {g} {s4}") + "."
        if k == 2:
            return "SS# " + P("SSN", f"{a}{g}{s4}") + " on the disability form."
        if k == 3:
            return "Verified identity by last 4 of SSN (" + P("SSN", s4) + ")."
        if k == 4:
            return "SSN: xxx-xx-" + P("SSN", s4) + "."
        if k == 5:
            return "Soc sec ***-**-" + P("SSN", s4) + " on the form."
        if k == 6:
            return "SSN ending in " + P("SSN", s4) + "."
        return "SSN XXX-XX-" + P("SSN", s4) + "."

    def s_device(self) -> str:
        r = self.r
        dev = r.choice(("insulin pump", "pacemaker", "CPAP", "hearing aid", "CGM transmitter", "wheelchair", "ICD",
                        "infusion pump", "spinal cord stimulator", "cochlear implant processor", "oxygen concentrator"))
        k = self.pick("s_device", 4)
        if k == 0:
            return f"{cap1(dev)} " + idl(r, "serial") + "."
        if k == 1:
            return f"{cap1(dev)} UDI " + idv(r, "udi") + " scanned."
        if k == 2:
            return f"Replaced {dev} (old " + idl(r, "serial") + ", new " + idl(r, "serial") + ")."
        return f"Loaner {dev}, " + idl(r, "serial") + ", returned."

    SNIPS = ("age_other", "age_other", "date", "date", "id", "unlabeled_id", "place", "place", "person", "clin",
             "clin", "neg", "neg", "contact", "vehicle", "license", "ssn", "device")

    def snip(self, dom=None, kind=None) -> str:
        r = self.r
        if self.pending:
            s = cap1(self.pending.pop(0))
            return s if s.endswith(".") else s + "."
        kind = kind or self.SNIPS[self.pick("snip", len(self.SNIPS))]
        fn = getattr(self, "s_" + kind)
        return fn(dom) if kind == "clin" else fn()

    def flush(self) -> list[str]:
        out = []
        while self.pending:
            s = cap1(self.pending.pop(0))
            out.append(s if s.endswith(".") else s + ".")
        return out


def patient_record(c: Ctx) -> dict:
    p = c.pt
    a = p.addr
    fmt = lambda d: f"({d[:3]}) {d[3:6]}-{d[6:]}"  # noqa: E731
    return {
        "names": p.human_names(),
        "mrn": p.mrn,
        "phones": [fmt(x) for x in p.phones],
        "emails": [p.email],
        "address": {"line": [a["line"]] + ([a["unit"]] if a["unit"] else []), "city": a["city"], "state": a["state"],
                    "postalCode": a["zip"]},
        "birthDate": p.dob.isoformat(),
        "relatives": [{"relationship": x.relationship, "names": x.human_names(), "phones": [fmt(y) for y in x.phones]}
                      for x in c.relatives],
        "clinicians": [{"role": x.role, "names": x.human_names(), "credential": x.cred} for x in c.clinicians],
    }


def mrn_text(c: Ctx) -> str:
    """The patient's MRN as written: sometimes without its leading zeros."""
    m = c.pt.mrn
    if m.isdigit() and m.startswith("0") and c.r.random() < 0.4:
        return P("MRN", m.lstrip("0"))
    return P("MRN", m)


def pt_phone(c: Ctx, i=0, cat="PHONE", fmt=None) -> str:
    return c.phone(cat, c.pt.phones[min(i, len(c.pt.phones) - 1)], fmt)


def rel_phone(c: Ctx, p: Person, fmt=None) -> str:
    return c.phone("PHONE", p.phones[0], fmt)


def pt_addr(c: Ctx, style="lines", sep="\n") -> str:
    return c.addr(c.pt.addr, style, sep)


def pron(p: Person, kind="subj") -> str:
    return {"subj": {"F": "she", "M": "he"}, "obj": {"F": "her", "M": "him"}, "pos": {"F": "her", "M": "his"}}[kind].get(p.sex, "they")


# ===========================================================================
# note templates: each returns (body blocks, tail blocks, filler, joiner)
# ===========================================================================

_DOUBLE_DOT = re.compile("(?<=[A-Za-z])\\.(\x03?)\\.(?=\\s|$)")


def tidy(marked: str) -> str:
    """'M.D..' -> 'M.D.': a sentence stop after an abbreviation's own period."""
    return _DOUBLE_DOT.sub(lambda m: "." + m.group(1), marked)


def dot(s: str) -> str:
    return s if plain(s).endswith(".") else s + "."


def prose_fill(c: Ctx, dom=None, n=2):
    return lambda: " ".join(c.snip(dom) for _ in range(n))


def label_fill(c: Ctx, dom=None, labels=("Note", "Addendum", "Also", "Other", "Comment")):
    return lambda: f"{c.r.choice(labels)}: {c.snip(dom)}"


# --- 1. labor and delivery --------------------------------------------------
def t_labor(c: Ctx):
    r = c.r
    pt = c.patient(lo=17, hi=44, p_old=0, sex="F")
    partner = c.rel(r.choice(("husband", "partner", "boyfriend", "wife")), sex=None)
    elder = c.rel(r.choice(("grandmother", "great-grandmother", "grandfather")), age=r.choice((r.randrange(90, 104), r.randrange(70, 90))))
    cnm, ob, crna, rn = c.clin("midwife"), c.clin("obstetrician"), c.clin("nurse anesthetist"), c.clin("nurse")
    peds = c.clin("pediatrician", register=False)
    edd = c.rd(-9, 12)
    lmp = add_days(edd, -280)
    ga_days = 280 - (edd - c.d0).days
    g, para = r.randrange(1, 7), 0
    para = r.randrange(0, g)
    hosp = r.choice(("SUMMIT CREST WOMEN'S PAVILION", "MERCY RIDGE BIRTH CENTER", "LINDENWOOD L&D"))
    rel_word = partner.relationship
    body = [
        f"{hosp} — LABOR AND DELIVERY PROGRESS NOTE",
        f"PATIENT: {c.n(pt, r.choice(('LAST_FIRST', 'LAST_First', 'LAST_FIRST_MID')))}    MRN {mrn_text(c)}    DOB {c.dob(pt)}    "
        + idl(r, r.choice(("fin", "encounter", "har", "visit"))),
        f"ADMIT: {c.date(c.d0, forms=FULL_FORMS, wd=r.random() < 0.4, tm=True)}    ATTENDING: {c.doc(ob)}    MIDWIFE: {c.doc(cnm)}",
        "",
        "HPI:",
        f"{c.n(pt, 'first')} is a {age_expr(r, pt.age, 'F', ctx='attr')} G{g}P{para} at {ga_days // 7}w{ga_days % 7}d by LMP "
        f"({c.date(lmp, forms=('mdy_short', 'md_slash', 'long', 'mil', 'ord_of_y'))}), EDD {c.date(edd, forms=FULL_FORMS + ODD_FORMS)}, "
        f"who presented with {K('abbreviation', r.choice(('SROM', 'AROM', 'PPROM')))} "
        f"{r.choice(('clear fluid', 'meconium-stained fluid'))} at {r.randrange(1, 12)}:{r.randrange(10, 59)} "
        f"{r.choice(('am', 'pm'))}. {r.choice(('Her', 'Pt states her'))} {K('word', 'waters') if r.random() < 0.5 else 'water'} broke while at "
        f"{r.choice(('work', 'the store', 'home', 'church'))}. Contractions q{r.randrange(2, 6)} min. {K('abbreviation', 'GBS')} {r.choice(('negative', 'positive, on PCN'))}.",
        f"{r.choice(('Was due around ', 'Family planned a visit for ', 'Baby shower was held before '))}{r.choice(HOLIDAYS)}. "
        f"Prenatal care at {r.choice(HOSPITALS)} from {c.odd_date(add_days(lmp, r.randrange(50, 90)), bare=True)}. Pregnancy complicated by {c.dx('ob')}.",
        "",
        "EXAM / MONITORING:",
        f"{c.vitals_line()}. {K('abbreviation', 'SVE')} {r.randrange(3, 9)}/{r.randrange(50, 100, 10)}/{r.choice(('-2', '-1', '0', '+1'))}. "
        f"{K('eponym', 'Bishop score')} {r.randrange(5, 12)}. {K('eponym', 'Leopold maneuvers')}: vertex. "
        f"{K('abbreviation', 'FHR')} baseline {r.randrange(120, 160)}, moderate variability, {K('score', 'Category I tracing')}.",
        f"Labs: {c.lab('ob')}, {c.lab('ob')}, {c.lab('ob')}.",
        "",
        "COURSE:",
        f"Started {c.drug('ob')}. Epidural placed by {c.doc(crna)} at {r.randrange(10, 23)}{r.choice(('00', '15', '30', '45'))}; "
        f"{c.drug('ob')}. {c.n(partner, r.choice(('full', 'first', 'rom_script')))} ({rel_word}) at bedside"
        + ", along with " + r.choice(("her", "the patient's")) + f" {elder.relationship} {c.n(elder)}, " + age_expr(r, elder.age, elder.sex) + ".",
        f"Delivered {r.choice(('viable female', 'viable male', 'liveborn infant'))} "
        f"{c.date(add_days(c.d0, r.randrange(0, 2)), forms=('md_slash', 'mdy', 'mon_dash', 'ord_of', 'mil'), tm=True)} via "
        f"{r.choice(('NSVD', 'vacuum-assisted vaginal delivery', 'primary LTCS via ' + K('eponym', 'Pfannenstiel incision')))}. "
        f"{K('eponym', 'Apgar')}s {r.randrange(5, 9)} and {r.randrange(8, 10)}. Weight {r.randrange(2400, 4400)} g. "
        f"{r.choice((K('eponym', 'McRoberts maneuver') + ' used for shoulder dystocia, 40 s.', 'Nuchal cord x1, reduced.', 'No lacerations.'))}",
        f"Baby's pediatrician: {c.doc(peds)}. Newborn band " + idl(r, "badge", label=r.choice(("#", "ID", "no."))) + " matched.",
        f"Plan: {c.drug('ob')}; {K('eponym', 'Edinburgh Postnatal Depression Scale')} before discharge; "
        f"home to {pt_addr(c, 'one')}. Contact {pt_phone(c)}.",
    ]
    tail = ["", c.sig(cnm) + "  " + c.lic(cnm), "Nursing: " + c.n(rn, "first") + " " + rn.cred.split(",")[-1].strip()]
    return body, tail, prose_fill(c, "ob"), "\n"


# --- 2. well-child visit ----------------------------------------------------
def t_wellchild(c: Ctx):
    r = c.r
    months = r.choice((2, 4, 6, 9, 12, 15, 18, 24, 36, 48, 60, 84, 120, 144, 168))
    age_y = months // 12
    pt = c.patient(age=age_y)
    mom = c.rel(r.choice(("mother", "mom", "foster mother", "stepmother")), sex="F", age=r.randrange(19, 46))
    ggrel = r.choice(("great-grandmother", "great-grandfather", "grandmother", "great-grandmother"))
    ggm = c.rel(ggrel, age=r.randrange(45, 80) if ggrel == "grandmother" else r.randrange(72, 105))
    teacher = c.other()
    ped, ma = c.clin(r.choice(("pediatrician", "nurse practitioner"))), c.clin("medical assistant")
    age_txt = (f"{months}-month-old" if months < 24 else age_expr(r, age_y, pt.sex, ctx="attr"))
    age_span = K("age", age_txt) if months < 24 else age_txt
    school = r.choice(SCHOOLS)
    lot = f"{letters(r, 1)}{r.randrange(100, 999)}{letters(r, 2)}"
    body = [
        f"WELL CHILD CHECK — {months if months < 24 else age_y} {'MONTH' if months < 24 else 'YEAR'}",
        f"Name: {c.n(pt, 'full')}    DOB: {c.dob(pt, forms=('mdy', 'mdy_short', 'long', 'iso', 'dmy_dash_caps'))}    "
        f"MRN: {mrn_text(c)}",
        f"Visit date: {c.date(c.d0, wd=r.random() < 0.5)}    Seen by: {c.doc(ped)}    Roomed by: {c.n(ma, 'first')} ({ma.cred})",
        f"Accompanied by: {c.n(mom)} ({mom.relationship}), cell {rel_phone(c, mom)}",
        "",
        f"Interval history: {c.n(pt, 'first')} is a {age_span} here for routine care. {pron(pt).capitalize()} "
        f"{r.choice(('eats well', 'is a picky eater', 'drinks 24 oz whole milk daily'))}; sleeps {r.randrange(9, 13)} h. "
        f"{c.n(mom, 'first')} reports {r.choice(('no concerns', 'frequent ear tugging', 'snoring', 'constipation'))}. "
        f"Lives with {mom.relationship} and {pron(pt, 'pos')} {ggm.relationship} {c.n(ggm, 'full')}, who is "
        + age_expr(r, ggm.age, ggm.sex, ctx="pred") + f" and watches {pron(pt, 'obj')} after {r.choice(('school', 'daycare'))}.",
        f"School/daycare: {school}, teacher {c.n(teacher, r.choice(('title_last', 'full')))} "
        f"({c.email(teacher)}).",
        "",
        "Development: " + (f"{K('eponym', 'Denver II')} passed" if months < 72 else f"{K('eponym', 'Tanner stage')} {r.randrange(1, 5)}")
        + f"; {c.score('peds')}.",
        f"Growth: weight {r.randrange(5, 60)}th %ile, height {r.randrange(5, 95)}th %ile; {K('vital', f'HR {r.randrange(80, 140)}')}, "
        + K('vital', 'T ' + r.choice(('98.4F', '99.0F', '97.9F'))) + ".",
        f"Screening: {c.lab('peds')}; {c.lab('peds')}. Vision {K('lab', '20/25 OU') if months > 36 else 'not done'}.",
        f"Immunizations today: {c.drug('vax')} (lot {lot}) and {c.drug('vax')}; VIS given. Registry "
        + idl(r, "registry") + ".",
        f"Anticipatory guidance: car seat, water safety, {K('drug', 'fluoride varnish 5%')} applied, "
        f"{r.choice(('screen time', 'reading daily', 'helmet use'))}.",
        f"Assessment: well child ({K('code', 'Z00.129')}); {c.dx('peds')}.",
        f"Return: {c.odd_date(c.rd(60, 200))} for next check. School form signed for {school}; excused from class "
        + c.date(c.d0, forms=SHORT_FORMS) + ".",
    ]
    tail = ["", c.sig(ped)]
    return body, tail, prose_fill(c, "peds"), "\n"


# --- 3. dental ----------------------------------------------------------------
def t_dental(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.3)
    dds, rdh = c.clin("dentist"), c.clin("hygienist")
    sub = c.rel(r.choice(("spouse", "daughter", "son", "husband", "wife")))
    tooth = r.randrange(1, 33)
    ins = r.choice(("Delta Dental PPO", "MetLife Dental", "Guardian DentalGuard", "Cigna Dental", "Humana Dental"))
    ages = age_phrase(r, pt.age, pt.sex, "Pt")
    rows = [
        f"{r.choice(('LAKESHORE FAMILY DENTAL', 'BRIGHTSMILE DENTAL GROUP', 'CEDAR HOLLOW DENTAL'))}",
        f"Patient: {c.n(pt, r.choice(('last_first', 'LAST_FIRST', 'full')))}\tChart #: {mrn_text(c)}\tDOB: {c.dob(pt)}",
        f"Appt: {c.date(c.d0, forms=FULL_FORMS)}  Op {r.randrange(1, 8)}   Provider: {c.doc(dds)}   Hygiene: {c.doc(rdh)}",
        f"Ins: {ins}  Subscriber: {c.n(sub)} ({sub.relationship})  " + idl(r, "member") + "  " + idl(r, "group"),
        f"  (Pharmacy BIN {r.randrange(600000, 699999)} / PCN {letters(r, 4)} on file, not used for dental)",
        "",
        f"CC: \"{r.choice(('my tooth is killing me', 'broke a filling', 'gums bleed when I brush', 'need a cleaning'))}\". {ages}.",
        f"Med hx: {c.dx()}; meds {c.drug()}; {K('abbreviation', 'NKDA')}. {c.bp()}, {K('vital', f'pulse {r.randrange(58, 104)}')}.",
        "",
        "Exam:",
        f"  #{tooth} {r.choice(('MOD', 'DO', 'MO', 'B', 'O'))} recurrent caries; {c.dx('dental')}.",
        f"  Perio: probing {r.randrange(2, 4)}-{r.randrange(4, 8)} mm, BOP {r.randrange(10, 60)}%. {c.epo('dental')} noted.",
        f"  Radiographs: {K('code', r.choice(CODES['cdt']))} 4BWX; periapical #{r.randrange(1, 33)}.",
        "",
        "Tx today:",
        f"  {K('drug', r.choice(DRUGS['dental'][:2]))}, {r.choice(('IANB', 'infiltration', 'PSA block'))}.",
        f"  {K('code', r.choice(CODES['cdt']))} composite #{tooth}; shade A{r.randrange(1, 4)}.",
        f"  Rx: {c.drug('dental')}, " + idl(r, "rx") + f" sent to {r.choice(PHARMACIES)}.",
        f"  Prescriber {c.n(dds, 'title_last')}: " + idl(r, "dea", family=dds.family) + ", " + idl(r, "npi") + ".",
        "",
        f"Next: {c.odd_date(c.rd(7, 120))} for crown prep ({K('code', 'D2740')}). Pre-auth " + idl(r, "auth") + ".",
        f"Reminder texts to {pt_phone(c)}; statement mailed to {pt_addr(c, 'one')}.",
    ]
    tail = ["", c.sig(dds)]
    return rows, tail, label_fill(c, "dental", ("Note", "Ins note", "Front desk", "Clinical")), "\n"


# --- 4. physical / occupational therapy ---------------------------------------
def t_rehab(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.5, lo=30)
    disc = r.choice(("PT", "OT", "PT", "OT", "SLP"))
    ther = c.clin({"PT": "physical therapist", "OT": "occupational therapist", "SLP": "speech therapist"}[disc])
    aide = c.clin(r.choice(("PT assistant", "aide")), register=False)
    ref = c.clin(r.choice(("surgeon", "attending", "physician assistant")))
    cg = c.rel(r.choice(("daughter", "son", "wife", "husband", "niece")))
    visit = r.randrange(2, 24)
    body = [
        f"{ {'PT': 'Physical Therapy', 'OT': 'Occupational Therapy', 'SLP': 'Speech-Language Pathology'}[disc]} Daily Note — visit {visit} of {visit + r.randrange(2, 12)}",
        f"{c.n(pt, 'LAST_First')} | DOB {c.dob(pt, forms=('mdy', 'mdy_short', 'iso'))} | MRN {mrn_text(c)} | "
        f"DOS {c.date(c.d0, forms=('mdy', 'mdy_short', 'abbr', 'mil'))}",
        f"Referring: {c.doc(ref)}   Dx: {c.dx('rehab')} ({c.code('icd')})   Auth: " + idl(r, "auth", label=r.choice(("visits auth #", "auth"))) +
        f" ({r.randrange(6, 30)} visits {c.date_range(add_days(c.d0, -r.randrange(10, 40)), add_days(c.d0, r.randrange(20, 60)))})",
        "",
        "S: " + cap1(age_phrase(r, pt.age, pt.sex, "patient")) + f". Reports pain {K('score', str(r.randrange(1, 9)) + '/10')} "
        f"{r.choice(('after stairs', 'at night', 'with reaching overhead'))}. {c.n(cg, 'first')} ({cg.relationship}) "
        f"{r.choice(('drove her in', 'stayed for the session', 'asks about a tub bench'))}. Goal: {K('word', 'independence')} with "
        f"{r.choice(('showering', 'community ambulation', 'dressing', 'meal prep'))}.",
        "",
        "O:",
        *([f"- Swallow: bedside eval; {K('word', 'honey') if r.random() < 0.5 else 'nectar'}-thick liquids, minced and moist solids; "
           f"{r.choice(('no overt s/s aspiration', 'wet voice after thin liquids', 'delayed swallow initiation'))}.",
           f"- MBSS {c.date(c.rd(-20, -2), forms=('md_slash', 'mon_dash', 'ord_of'))}: {r.choice(('penetration with thin', 'silent aspiration with thin', 'WNL with nectar'))}; "
           f"PAS {r.randrange(1, 9)}.",
           f"- Speech: {r.choice(('mild dysarthria', 'expressive aphasia', 'anomia'))}; {K('score', 'MoCA ' + str(r.randrange(14, 30)) + '/30')}.",
           f"- Vitals: {c.bp()}, {vital_lookalike(r)}; ({K('code', r.choice(('92526', '92610', '92507')))}) {c.epo('rehab')} noted in chart.",
           ] if disc == "SLP" else []),
        *([] if disc == "SLP" else [
        f"- Gait: {r.randrange(50, 400)} ft with {r.choice(('FWW', 'single-point cane', 'rollator', 'no device'))}, {K('abbreviation', r.choice(('SBA', 'CGA')))}; "
        f"{K('eponym', r.choice(('Trendelenburg gait', 'Parkinsonian gait')))} noted.",
        f"- Balance: {c.score('rehab')}; {K('eponym', r.choice(('Romberg sign', 'Berg Balance Scale', 'Dix-Hallpike test')))} "
        f"{r.choice(('positive', 'negative', 'reviewed'))}.",
        f"- Strength: hip flex {K('score', r.choice(('4/5', '4-/5', '3+/5')))}, knee ext {K('score', '5/5')}; ROM {r.randrange(60, 125)} deg.",
        f"- Vitals pre/post: {c.bp()} / {c.bp()}, {vital_lookalike(r)}.",
        f"- Ther ex ({K('code', r.choice(('97110', '97530', '97112', '97116')))}): {r.choice(('sit-to-stand x10', 'step-ups 3x8', 'theraband rows'))}; "
        f"{c.epo('rehab')} {r.choice(('performed', 'taught', 'deferred'))}."]),
        "",
        (c.town_word() if r.random() < 0.5 else c.s_age_other()),
        f"A: Progressing. {r.choice(('Fall risk remains high.', 'Improved endurance.', 'Plateau in ROM.'))} Home has "
        f"{r.randrange(2, 14)} steps; lives at {pt_addr(c, 'one')}.",
        f"P: Continue {r.randrange(2, 3)}x/wk. Next {c.odd_date(c.rd(2, 9))}. Session with {c.n(aide, 'first')} "
        f"({aide.cred}). HEP e-mailed to {c.email(pt)}.",
    ]
    lic = idl(r, "proflic")
    tail = ["", c.sig(ther) + "   " + lic]
    return body, tail, prose_fill(c, "rehab", 1), "\n"


# --- 5. dialysis run sheet ------------------------------------------------------
def t_dialysis(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.35, lo=35)
    neph, rn, tech = c.clin("nephrologist"), c.clin("dialysis nurse"), c.clin("aide", register=False)
    driver = c.other()
    start_h = r.randrange(5, 15)
    pre_w = r.randrange(55, 120) + r.randrange(10) / 10
    rows = [
        f"{r.choice(('WABASH VALLEY DIALYSIS', 'RIVERBEND KIDNEY CENTER'))} — HEMODIALYSIS RUN SHEET",
        f"Pt: {c.n(pt, r.choice(('LAST_FIRST', 'last_first')))} | MRN {mrn_text(c)} | DOB {c.dob(pt)} | Chair {r.randrange(1, 24)} | "
        f"Shift {r.choice(('MWF AM', 'TTS PM', 'MWF 2nd'))}",
        f"Tx date: {c.date(c.d0, forms=('mdy', 'mdy_short', 'mil', 'md_slash'), wd=r.random() < 0.5)} | Nephrologist: {c.doc(neph)} | "
        f"Primary RN: {c.n(rn, r.choice(('first_init', 'full', 'init_last')))}",
        f"Access: {r.choice(('L forearm', 'R upper arm', 'L upper arm'))} {K('eponym', 'Brescia-Cimino fistula') if r.random() < 0.5 else K('abbreviation', 'AVF')}, "
        f"+bruit/thrill | Machine {r.choice(('2008T', 'Phoenix'))} " + idl(r, "serial", label=r.choice(("SN", "S/N", "serial"))),
        "",
        "| time | BP | HR | QB | VP | UF | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for j in range(r.randrange(3, 6)):
        hh = start_h + j
        rows.append(f"| {hh:02d}:{r.choice(('00', '15', '30', '45'))} | {K('vital', f'{r.randrange(92, 180)}/{r.randrange(48, 96)}')} | "
                    f"{K('vital', str(r.randrange(60, 110)))} | {r.choice((350, 400, 450))} | {r.randrange(110, 220)} | "
                    f"{r.randrange(200, 1100)} | {r.choice(('', 'cramping', 'NS 100 mL', 'pt asleep', 'alarm reset'))} |")
    rows += [
        "",
        f"Pre wt {K('vital', f'{pre_w} kg')}, EDW {K('vital', f'{pre_w - r.randrange(1, 4)} kg')}, {K('abbreviation', 'IDWG')} {r.randrange(1, 5)}.{r.randrange(10)} kg. "
        f"Temp {K('vital', r.choice(('98.1F', '97.6F', '98.9F')))}.",
        f"Meds given: {c.drug('renal')}; {c.drug('renal')}; {c.drug('renal')}.",
        f"Monthly labs ({c.date(c.rd(-25, -2), forms=('md_slash', 'mon_dash', 'mm_dash_dd', 'md_text'))}): {c.lab('renal')}, {c.lab('renal')}, "
        f"{c.lab('renal')}, {c.lab('renal')}.",
        cap1(age_phrase(r, pt.age, pt.sex, "pt")) + ".",
        f"Transport: {r.choice(('county van', 'Medicaid cab', 'son drives'))} — driver {c.n(driver, r.choice(('full', 'first')))}, "
        f"{r.choice(('van', 'car'))} plate " + P("VEHICLE", PLATE_FORMATS[(st := r.choice(sorted(PLATE_FORMATS)))](r)) + f" ({st}); "
        + idl(r, "voucher") + ". Pickup at " + pt_addr(c, "one") + ".",
        f"Dx: {K('diagnosis', 'ESRD')} ({K('code', 'N18.6')}), {c.dx('renal')}. Coverage " + idl(r, "mbi") + "; " + idl(r, "medicaid") + ". "
        + "Billing " + idl(r, r.choice(("account", "statement", "invoice"))) + ".",
    ]
    rd_ = c.clin("dietitian")
    tail = ["", "RN: " + c.doc(rn), f"Tech: {c.n(tech, 'first_init')} {tech.cred}",
            f"Renal diet reviewed by {c.doc(rd_)}: phos binder timing; {K('lab', 'phos 6.2 mg/dL')} (LOINC {K('code', '2777-1')})."]
    return rows, tail, label_fill(c, "renal", ("RN note", "Social work", "Dietitian", "Note")), "\n"


# --- 6. oncology infusion --------------------------------------------------------
def t_infusion(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.3, lo=28)
    onc, rn, ph = c.clin("oncologist"), c.clin("infusion nurse"), c.clin("pharmacist")
    sp = c.rel(r.choice(("husband", "wife", "partner", "sister", "son")))
    cycle = r.randrange(1, 9)
    body = [
        f"{r.choice(('BIG SKY CANCER INSTITUTE', 'GOOD SHEPHERD INFUSION SUITE'))}  ·  Infusion Nursing Note",
        f"{c.n(pt, 'full')} ({mrn_text(c)}), DOB {c.dob(pt)}",
        f"{c.date(c.d0, forms=FULL_FORMS, wd=True)} — Cycle {cycle} Day 1 of {K('drug', r.choice(DRUGS['onc'][:7]))}",
        "",
        f"{c.n(pt, r.choice(('first', 'title_last')))} is a {age_expr(r, pt.age, pt.sex, ctx='attr')} with {c.dx('onc')} "
        f"({c.code('icd')}), {K('score', 'ECOG ' + str(r.randrange(0, 3)))}, {K('eponym', 'Karnofsky')} {r.randrange(50, 100, 10)}%. "
        f"Arrived with {sp.relationship} {c.n(sp)}. Port accessed with 20G {r.choice(('3/4 in', '1 in'))} Huber; brisk blood return. "
        + (f"Prior {K('eponym', 'Hickman line')} removed {c.odd_date(c.rd(-400, -30), bare=True)}. " if r.random() < 0.5 else ""),
        f"Pre-labs {c.date(c.rd(-2, 0), forms=('md_slash', 'md_slash0', 'mon_dash', 'ord_of'))}: {c.lab('onc')}, {c.lab('onc')}, {c.lab('onc')}. "
        f"Parameters met per {c.n(ph, r.choice(('full', 'init_last')))}, {ph.cred}.",
        f"Vitals: {c.vitals_line()}.",
        "",
        "Premeds: " + ", ".join(c.drug("onc") for _ in range(2)) + ".",
        f"Chemo: {c.drug('onc')} over {r.randrange(30, 180)} min; {c.drug('onc')}. Lot {letters(r, 1)}{r.randrange(10000, 99999)} "
        f"(bag label checked x2). Pump {r.choice(('CADD', 'Sapphire', 'Alaris'))} " + idl(r, "serial") + ".",
        f"Exam: {r.choice(('no', 'new 1.5 cm'))} left supraclavicular ({K('eponym', 'Virchow node')}) adenopathy; "
        f"{K('score', 'CTCAE grade ' + str(r.randrange(0, 3)) + ' neuropathy')}.",
        f"Research: on {r.choice(('KEYNOTE-style', 'cooperative group', 'phase II'))} study, " + idl(r, "study") + "; "
        f"coordinator {c.n(c.other())} aware.",
        f"Next cycle {c.odd_date(c.rd(14, 28))}. Pegfilgrastim on-body injector " + idl(r, "serial") + f" applied; fires in 27 h.",
        f"Pt given after-hours line {c.phone()} and told to call for {K('vital', 'T 100.4F')} or higher.",
    ]
    tail = ["", c.sig(rn) + ("  " + c.lic(rn) if r.random() < 0.5 else ""), "Visit " + idl(r, r.choice(("encounter", "fin", "visit", "har")))]
    return body, tail, prose_fill(c, "onc"), "\n"


# --- 7. psychiatry follow-up (run-on dictation) -----------------------------------
def t_psych(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.25, lo=18)
    md = c.clin(r.choice(("psychiatrist", "nurse practitioner")))
    ther = c.clin("therapist", register=False)
    frel, fage = c.kin()
    fam = c.rel(frel, age=fage, register=frel not in NONFAMILY)
    lawyer = c.other()
    boss = c.other()
    dictation = (
        f"this is {c.n(md, r.choice(('full', 'title_last')))} dictating a psychiatric follow up on {c.n(pt, 'full')} "
        f"medical record number {mrn_text(c)} date of birth {c.dob(pt, forms=('long', 'mdy', 'dmy_long', 'month_ord_y'))} "
        f"seen {c.date(c.d0, forms=('long', 'md_long', 'month_ord', 'ord_of'))} "
        f"the patient is {age_expr(r, pt.age, pt.sex, idx=r.choice((2, 6, 7, 8, 18)))} with {c.dx('psych')} "
        f"{r.choice(('here with', 'accompanied by', 'without'))} {pron(pt, 'pos')} {fam.relationship} {c.n(fam, r.choice(('full', 'first', 'lower_first')))} "
        f"who is {age_expr(r, fam.age, fam.sex, idx=r.choice((2, 1, 7, 18)))} "
        f"mood is {r.choice(('better', 'down', 'flat', 'anxious'))} sleep {r.randrange(3, 9)} hours "
        f"{K('score', 'PHQ-9 ' + str(r.randrange(2, 27)))} {K('score', 'GAD-7 ' + str(r.randrange(0, 21)))} "
        f"denies {K('abbreviation', 'SI')} and {K('abbreviation', 'HI')} no {K('abbreviation', 'AVH')} "
        f"current meds {c.drug('psych')} and {c.drug('psych')} "
        f"{r.choice(('tolerating well', 'some weight gain', 'missed doses last week'))} "
        f"{c.lab('psych')} on {c.date(c.rd(-30, -3), forms=('md_slash', 'md_long', 'ord_of', 'month_the'))} "
        f"psychosocial {pron(pt)} {r.choice(('lost the job at', 'still works at', 'was suspended from'))} {r.choice(EMPLOYERS)} "
        f"supervisor {c.n(boss, r.choice(('full', 'title_last')))} "
        f"court date {c.odd_date(c.rd(5, 60))} public defender {c.n(lawyer, r.choice(('full', 'title_last')))} "
        + idl(r, "case", label=r.choice(("case number", "docket", "case no."))) + " "
        f"lives {r.choice(('at', 'now at'))} {lower_m(pt_addr(c, 'one'))} "
        f"history of {K('eponym', r.choice(EPONYMS['psych']))} in the family "
        f"continue therapy with {c.n(ther, 'full')} {ther.cred} every {r.choice(('week', 'other week'))} "
        f"safety plan reviewed crisis line 988 and 911 "
        f"return in {r.randrange(2, 9)} weeks end of dictation"
    )
    body = [
        f"PSYCHIATRY FOLLOW-UP — DICTATED {c.date(c.d0, forms=('mdy', 'mil'))} — TRANSCRIPTION UNEDITED",
        "",
        dictation,
        "",
    ]
    tail = ["job " + idv(r, "order") + " / " + c.doc(md, "upper_cred")]
    return body, tail, lambda: lower_m(c.snip("psych")).rstrip("."), "\n"


# --- 8. wound care (shorthand) -------------------------------------------------------
def t_wound(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.5, lo=40)
    wocn = c.clin("wound nurse")
    md = c.clin(r.choice(("attending", "nurse practitioner")))
    hh = c.clin("nurse", register=False)
    site = r.choice(("sacrum", "L heel", "R lat malleolus", "L plantar 1st MTH", "coccyx", "R ischium"))
    L, W, D = r.randrange(5, 80) / 10, r.randrange(5, 60) / 10, r.randrange(1, 30) / 10
    body = [
        f"WOUND CARE / {r.choice(('WOC RN', 'CWOCN', 'WOUND CLINIC'))} NOTE",
        f"{c.n(pt, 'LAST_FIRST')}  {K('abbreviation', 'DNR/DNI') if pt.age > 85 else ''}  MRN:{mrn_text(c)}  DOB:{c.dob(pt, forms=('mdy_short', 'mdy', 'mil'))}",
        f"DOS {c.date(c.d0, forms=('mdy_short', 'md_slash', 'mil', 'mdy_dots'), tm=r.random() < 0.5)}",
        "",
        f"pt {age_expr(r, pt.age, pt.sex, idx=r.choice((1, 3, 12, 13, 14, 15, 16, 20)))} w/ {c.dx('wound')}, {c.dx()}; "
        f"{K('eponym', 'Braden scale')} {r.randrange(9, 20)}; {K('eponym', r.choice(('Charcot foot', 'Fournier gangrene', 'Marjolin ulcer')))} hx. {c.lab('wound')}, {c.lab('wound')}.",
        f"site: {site} — {c.dx('wound')}",
        f"  L {L} x W {W} x D {D} cm; tunneling {r.randrange(0, 4)} cm @ {r.randrange(1, 12)} o'clock",
        f"  bed {r.randrange(40, 100)}% gran / {r.randrange(0, 40)}% slough; exudate mod {r.choice(('serous', 'serosang', 'purulent'))}",
        f"  periwound {r.choice(('macerated', 'intact', 'erythema 2 cm'))}; odor {r.choice(('none', 'mild', 'foul'))}",
        f"  {K('score', 'PUSH ' + str(r.randrange(4, 17)))}; {K('eponym', 'Wagner grade')} {r.randrange(1, 4)}",
        f"tx: cleansed NS, {c.drug('wound')}, {r.choice(('foam', 'alginate', 'hydrofiber'))} cover; "
        f"{r.choice(('sharp debridement', 'CSWD', 'no debridement'))} ({K('code', r.choice(('97597', '11042', '97598')))})",
        f"NPWT {r.choice(('VAC', 'PICO'))} @ 125 mmHg continuous, unit " + idl(r, "serial", label=r.choice(("SN", "S/N", "serial #")))
        + (", canister UDI " + idv(r, "udi") if r.random() < 0.4 else ""),
        f"offload: {r.choice(('q2h turns', 'heel boots', 'TCC', 'air mattress'))}; {K('eponym', r.choice(('Unna boot', 'Semmes-Weinstein monofilament', 'Doppler ABI')))} "
        f"{r.choice(('applied', 'done', 'ordered'))}",
        f"home health: {r.choice(('Harbor Home Health', 'Visiting Nurses of the Valley', 'Angels Care HH'))}, RN {c.n(hh, r.choice(('full', 'first', 'last_first', 'init_last')))} "
        + c.phone() + f"; visits {c.date_range(c.rd(1, 3), c.rd(10, 20))}",
        f"supplies ship to {pt_addr(c, 'one')} — " + idl(r, "order") + ", " + idl(r, "tracking"),
        f"f/u {c.odd_date(c.rd(5, 15))} w/ {c.doc(md)}; photo uploaded",
    ]
    tail = ["", c.sig(wocn) + "  " + c.lic(wocn)]

    def fill():
        s = c.snip("wound")
        return "  - " + (s[0].lower() + s[1:] if s[:1].isupper() and not s.startswith(PHI_OPEN) else s)
    return body, tail, fill, "\n"


# --- 9. research enrolment / consent log (tab table) -----------------------------------
def t_research(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.4, lo=21)
    pi, crc = c.clin(r.choice(("attending", "geneticist", "oncologist"))), c.clin("nurse", register=False)
    lar = c.rel(r.choice(("daughter", "son", "wife", "husband", "niece", "guardian")))
    witness = c.other()
    study = r.choice(("MEMORY-AGE cohort", "HEART-FAIL II registry", "Renal Outcomes Biobank", "Falls Prevention Trial",
                      "Lewy Body Natural History Study"))
    irb = f"IRB-{r.randrange(2018, 2025)}-{r.randrange(100, 999)}"
    rows = [
        f"RESEARCH ENROLLMENT LOG — {study}  ({irb}; NCT0{r.randrange(1000000, 9999999)})",
        f"Site: {r.choice(HOSPITALS)}\tPI: {c.doc(pi)}\tCoordinator: {c.n(crc, 'full')}, {crc.cred}",
        "",
        "Field\tValue",
        f"Participant\t{c.n(pt, r.choice(('last_first', 'full', 'LAST_FIRST', 'script_paren')))}",
        "Subject ID\t" + idv(r, "study"),
        f"MRN\t{mrn_text(c)}",
        f"DOB\t{c.dob(pt)}",
        f"Age at consent\t{age_expr(r, pt.age, pt.sex, idx=r.choice((0, 1, 2, 7, 12, 21)))}",
        f"Consent date\t{c.date(c.d0, forms=FULL_FORMS, tm=r.random() < 0.5)}",
        f"Consent version\tv{r.randrange(2, 9)}.{r.randrange(0, 5)} dated {r.randrange(2019, 2024)}",
        f"Capacity\t{r.choice(('has capacity', 'lacks capacity - LAR signed', 'assent + LAR'))}",
        f"LAR\t{c.n(lar)} ({lar.relationship}), {rel_phone(c, lar)}",
        f"Witness\t{c.n(witness, r.choice(('full', 'init_last', 'upper')))}",
        f"Contact\t{pt_phone(c)} / {c.email(pt)}",
        f"Address\t{pt_addr(c, 'one')}",
        f"Stipend\t$50 card, " + idl(r, "voucher", label=r.choice(("card #", "voucher #", "ClinCard"))),
        f"Randomized\t{c.date(c.rd(1, 14), forms=ODD_FORMS)}, arm {r.choice('AB')}; " + idl(r, "ref", label="IWRS conf"),
        f"Baseline\t{c.score()}; {c.lab()}; {c.epo('research')}; {vital_lookalike(r)}",
        f"Specimens\t" + idl(r, "specimen") + ", " + idl(r, "accession") + f"; shipped on dry ice {c.date(c.rd(1, 5), forms=('md_slash', 'mil', 'mon_dash'))}",
        f"Visit window\t{c.date_range(c.rd(80, 90), c.rd(95, 110))}",
        "",
        f"Comments: {cap1(age_phrase(r, pt.age, pt.sex, 'participant'))}. Eligibility confirmed against {K('eponym', r.choice(EPONYMS['research']))} criteria. "
        f"{K('abbreviation', r.choice(('ADLs', 'IADLs')))} independent.",
    ]
    tail = ["", "Entered by " + c.doc(crc, "first_cred") + " " + c.date(c.d0, forms=("mdy",))]
    return rows, tail, lambda: "Note\t" + c.snip("research"), "\n"


# --- 10. insurance appeal letter -------------------------------------------------------
def t_appeal(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.35, lo=20)
    md = c.clin(r.choice(("attending", "surgeon", "nurse practitioner")))
    nurse = c.clin("nurse", register=False)
    ins = r.choice(INSURERS)
    svc = r.choice(("Roux-en-Y gastric bypass", "Nissen fundoplication", "Whipple procedure", "Mohs surgery",
                    "Bankart repair", "Ilizarov external fixation", "Hartmann reversal", "Baha implant"))
    dos1 = c.rd(-90, -20)
    a_city = r.choice(US_CITIES)
    body = [
        f"{c.hosp}",
        f"{P('ADDRESS', c.street(urban=True))}, {P('ADDRESS', 'Suite ' + str(r.randrange(100, 900)))} · {P('CITY', a_city[0])}, {a_city[1]} {P('ZIP', a_city[3])}",
        f"Tel {c.phone()}  ·  Fax {c.phone('FAX')}",
        "",
        c.date(c.d0, forms=("long", "abbr", "caps_long", "dmy_long")),
        "",
        f"{ins} — Appeals & Grievances",
        f"Attn: {c.n(nurse, r.choice(('full', 'init_last', 'upper')))}, RN, utilization reviewer",
        f"{P('ADDRESS', c.po_box())}",
        f"{c.city(False)} {P('ZIP', str(r.randrange(10000, 99999)))}",
        "",
        f"RE: Level {r.choice(('1', '2', 'II'))} appeal of denial — {c.n(pt, 'full')}",
        "    " + idl(r, "member") + "   " + idl(r, "group") + "   " + idl(r, "claim"),
        "    Denial " + idl(r, "ref") + f" dated {c.date(add_days(dos1, r.randrange(10, 30)), forms=FULL_FORMS)}; DOS "
        + c.date_range(dos1, add_days(dos1, r.randrange(1, 5))),
        f"    DOB {c.dob(pt)}",
        "",
        f"Dear {r.choice(TITLES[nurse.sex])} " + P("PROVIDER_NAME", nurse.family) + ":",
        "",
        f"I am writing on behalf of my patient, {c.n(pt, r.choice(('title_last', 'full')))}, to appeal the denial of "
        f"{K('eponym', svc)} ({K('code', r.choice(CODES['cpt']))}, {K('code', r.choice(CODES['hcpcs']))}). "
        f"{cap1(age_phrase(r, pt.age, pt.sex, 'My patient'))}. {pron(pt).capitalize()} has {c.dx()} ({c.code('icd')}) and {c.dx()}. "
        f"{pron(pt).capitalize()} failed {c.drug('appeal')} {c.date_range(c.rd(-400, -200), c.rd(-190, -100))} and "
        f"{c.drug()} since {c.date(c.rd(-300, -60), forms=ODD_FORMS)}. Recent {c.lab()} and {c.lab()}.",
        "",
        f"Your reviewer stated the service was not medically necessary. The {K('eponym', r.choice(EPONYMS['appeal']))} "
        f"literature and my exam on {c.date(c.rd(-20, -1), forms=ODD_FORMS)} support it. Prior authorization "
        + idl(r, "auth") + " was in fact approved by phone (" + idl(r, "ref") + ").",
        "",
        f"Please direct questions to my office, {c.phone()} ext. {r.randrange(100, 999)}, or fax {c.phone('FAX')}. "
        f"The patient may be reached at {pt_phone(c)}, {pt_addr(c, 'one')}.",
    ]
    tail = ["", "Sincerely,", "", c.doc(md), "NPI " + idv(r, "npi") + ("    " + idl(r, "medlic") if r.random() < 0.6 else ""),
            f"cc: {c.n(pt, 'full')}; " + idl(r, r.choice(("account", "invoice", "statement", "har", "fin")))]
    return body, tail, prose_fill(c, None, 1), "\n"


# --- 11. medication reconciliation ------------------------------------------------------
def t_medrec(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.55, lo=50)
    ph, md = c.clin("pharmacist"), c.clin(r.choice(("hospitalist", "nurse practitioner", "physician assistant")))
    cg = c.rel(r.choice(("daughter", "son", "niece", "wife", "husband", "caregiver")))
    pharm = r.choice(PHARMACIES)
    rows = [
        "MEDICATION RECONCILIATION — ADMISSION",
        f"Patient: {c.n(pt, r.choice(('LAST_FIRST', 'last_first', 'LAST_FIRST_MID')))}   MRN: {mrn_text(c)}   "
        f"DOB: {c.dob(pt)}   Age: {age_mark(pt.age, str(pt.age))}",
        f"Date: {c.date(c.d0, forms=FULL_FORMS, wd=r.random() < 0.4)}   Source: pt + {cg.relationship} {c.n(cg)} + pill bottles + {pharm} "
        f"({c.phone()}; fax {c.phone('FAX')})",
        f"Allergies: {r.choice(('sulfa (rash)', 'PCN (hives)', K('abbreviation', 'NKDA'), 'codeine (N/V)'))}",
        "",
        "Medication | Last dose | Rx# | Prescriber | Action",
        "-----------|-----------|-----|------------|-------",
    ]
    pres = [c.clin(r.choice(("attending", "nurse practitioner", "physician assistant")), register=False) for _ in range(2)]
    for j in range(r.randrange(4, 7)):
        last = c.rd(-3, 0)
        p = r.choice(pres)
        rows.append(f"{c.drug('medrec')} | {c.date(last, forms=('md_slash', 'mon_dash', 'mm_dash_dd', 'md_text', 'mil'))}"
                    f"{r.choice((' AM', ' HS', '', ' @ 0800'))} | {idv(r, 'rx')} | {c.n(p, r.choice(('title_last', 'init_last', 'last')))} | "
                    f"{r.choice(('continue', 'hold', 'stop', 'change dose', 'resume at d/c'))}")
    rows += [
        "",
        f"Notes: {cap1(age_phrase(r, pt.age, pt.sex, 'pt'))}. Reviewed against {K('eponym', 'Beers criteria')}: "
        f"{r.choice(('diphenhydramine', 'meclizine', 'oxybutynin'))} flagged. CrCl by {K('eponym', 'Cockcroft-Gault')} "
        f"{r.randrange(18, 70)} mL/min ({c.lab('medrec')}).",
        f"Fill history: last fill {c.odd_date(c.rd(-40, -5))}; {r.randrange(2, 30)}-day gap. Bottle dated "
        f"{c.date(c.rd(-90, -20), forms=('mdy_short', 'mdy', 'mdy_dash'))} contains {K('drug', r.choice(('1/2 tabs of metoprolol 25 mg', 'warfarin 5 mg, 1/2 tab daily', 'sertraline 50 mg, 1/2 tab')))}.",
        f"Bottle label NDC {c.code('ndc')}; pharmacy {r.choice(('store', 'Rx'))} phone on label; filled by {r.choice(PHARMACIES)}.",
        f"Controlled Rx by {c.n(pres[0], 'full')}, {pres[0].cred} — " + idl(r, "dea", family=pres[0].family) + "; PDMP checked.",
        f"Insurance: {r.choice(INSURERS)} " + idl(r, "member") + f"; RxBIN {r.randrange(600000, 699999)}, RxPCN {letters(r, 4)}, "
        + idl(r, "group", label="RxGrp") + ".",
        f"Bring meds: {c.n(cg, 'first')} will drop off at {r.choice(('front desk', 'pharmacy window'))}; {c.n(cg, 'first')}'s cell {rel_phone(c, cg)}.",
    ]
    tail = ["", c.sig(ph), "Reviewed with " + c.doc(md)]
    return rows, tail, label_fill(c, "medrec", ("Pharmacist note", "Note", "Addendum")), "\n"


# --- 12. sleep study report -------------------------------------------------------------
def t_sleep(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.25, lo=19)
    md, tech = c.clin("sleep physician"), c.clin("sleep technologist")
    dme = r.choice(("Apria", "Lincare", "AdaptHealth", "Rotech"))
    cdl = r.random() < 0.5
    st = r.choice(sorted(DL_FORMATS))
    night = c.rd(-14, -1)
    body = [
        "PRAIRIE VIEW SLEEP LAB — POLYSOMNOGRAPHY REPORT",
        "=" * 46,
        f"NAME ........ {c.n(pt, r.choice(('LAST_FIRST', 'upper', 'LAST_First')))}",
        (f"DOB ......... {c.dob(pt)}   ({age_expr(r, pt.age, pt.sex, idx=r.choice((1, 2, 4, 9, 10, 12, 15)))})" if r.random() < 0.5
         else f"DOB ......... {c.dob_age(pt)}"),
        f"ACCOUNT ..... " + idv(r, r.choice(("account", "har", "fin"))),
        f"MRN ......... {mrn_text(c)}",
        f"STUDY ....... {K('abbreviation', 'PSG')} split-night ({K('code', r.choice(('95810', '95811')))}) on "
        f"{c.date(night, forms=FULL_FORMS, wd=True)}, lights out {r.randrange(21, 24)}:{r.randrange(10, 59)}",
        f"REFERRED BY . {c.doc(c.clin(r.choice(('attending', 'nurse practitioner'))))}",
        f"SCORED BY ... {c.n(tech, 'full')}, {tech.cred}",
        f"TITRATION ... {c.doc(c.clin('respiratory therapist', register=r.random() < 0.5))}",
        "",
        f"HISTORY: {age_phrase(r, pt.age, pt.sex, 'The patient')}; snoring, witnessed apneas per {(bp_ := c.rel(r.choice(('wife', 'husband', 'partner')))).relationship} "
        f"{c.n(bp_, 'first')}. {K('eponym', 'Epworth Sleepiness Scale')} "
        f"{r.randrange(4, 24)}/24; {K('eponym', 'Mallampati')} {r.choice(('II', 'III', 'IV'))}; neck {r.randrange(14, 20)} in; "
        + K("vital", f"BMI {r.randrange(24, 48)}.{r.randrange(10)}") + ".",
        f"{('Commercial driver (CDL ' + st + ' ' + P('LICENSE', DL_FORMATS[st](r)) + ') for ' + r.choice(EMPLOYERS) + '; DOT exam due ' + c.odd_date(c.rd(20, 80)) + '.') if cdl else 'Works nights at ' + r.choice(EMPLOYERS) + '.'}",
        "",
        "FINDINGS:",
        f"  {c.lab('sleep')}; {c.lab('sleep')}; {c.lab('sleep')}; {c.lab('sleep')}.",
        f"  {r.choice(('Positional', 'Non-positional'))} {K('diagnosis', 'obstructive sleep apnea')}; "
        f"{K('eponym', 'Cheyne-Stokes respiration') if r.random() < 0.3 else 'no central events'}; "
        f"baseline {K('vital', f'SpO2 {r.randrange(90, 98)}%')}, HR {K('vital', str(r.randrange(55, 95)))}.",
        f"  Titration: {K('drug', r.choice(('CPAP 8 cmH2O', 'CPAP 11 cmH2O', 'APAP 5-15 cmH2O', 'BiPAP 16/12 cmH2O')))} eliminated events; mask {r.choice(('N20 nasal', 'F20 full face', 'AirFit P10'))} size "
        f"{r.choice('SML')}.",
        "",
        f"IMPRESSION: {K('code', 'G47.33')} OSA, {r.choice(('mild', 'moderate', 'severe'))}.",
        f"PLAN: {K('drug', r.choice(DRUGS['sleep'][:2] + DRUGS['sleep'][-1:]))} via {dme} ({c.phone()}); device " + idl(r, "serial", label=r.choice(("CPAP SN", "S/N", "serial #")))
        + ", modem " + idl(r, "serial", label="ID") + f". {K('code', 'E0601')} order " + idl(r, "order") + ". "
        f"Compliance download at 31-90 days ({c.date(c.rd(31, 40), forms=SHORT_FORMS)}). Do not drive drowsy.",
    ]
    tail = ["", c.sig(md), c.lic(md)]
    return body, tail, prose_fill(c, "sleep", 1), "\n"


# --- 13. genetic counselling ---------------------------------------------------------------
def t_genetics(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.1, lo=18, hi=70)
    gc, md = c.clin("genetic counselor"), c.clin("geneticist")
    syn = r.choice(EPONYMS["genetics"])
    kin = []
    for relname in r.sample(("mother", "father", "maternal grandmother", "paternal grandfather", "sister", "brother",
                             "maternal aunt", "great-grandmother", "paternal uncle", "cousin"), r.randrange(4, 6)):
        sx = "F" if any(w in relname for w in ("mother", "sister", "aunt")) else "M" if any(
            w in relname for w in ("father", "brother", "uncle")) else None
        alive = r.random() < 0.5
        gen = 2 if "grand" in relname else 1 if relname in ("mother", "father") or "aunt" in relname or "uncle" in relname else 0
        if alive:
            base = pt.age + (25 * gen if gen else 0)
            a = max(1, min(106, base + r.randrange(-8, 9)))
        else:
            a = r.randrange(90, 105) if gen and r.random() < 0.5 else r.randrange(30, 90)
        p = c.rel(relname, sex=sx, register=r.random() < 0.5)
        kin.append((relname, p, alive, a))
    lines = []
    for relname, p, alive, a in kin:
        verb = r.choice(("living, ", "alive at ", "")) if alive else r.choice(("died at ", "deceased at age ", "d. "))
        lines.append(f"  • {relname}: {c.n(p, r.choice(('full', 'first', 'script_paren', 'rom_script')))} — {verb}"
                     f"{age_mark(a, str(a) if r.random() < 0.6 else f'{a} y')}"
                     f"{r.choice((', ' + K('diagnosis', r.choice(('breast cancer dx 40s', 'colon cancer', 'sudden cardiac death', 'dementia'))), '', ', healthy', ', ' + K('eponym', syn)))}"
                     f"{(', lives in ' + c.city()) if alive and r.random() < 0.4 else ''}")
    body = [
        "CORNERSTONE GENETICS CLINIC — Genetic Counseling Consult",
        f"Patient: {c.n(pt, r.choice(('full', 'rom_script', 'script_paren')))}    DOB: {c.dob(pt)}    MRN: {mrn_text(c)}",
        f"Date of service: {c.date(c.d0, forms=FULL_FORMS)}    Counselor: {c.doc(gc)}    Supervising: {c.doc(md)}",
        f"Referral: personal/family history concerning for {K('eponym', syn)}.",
        "",
        f"{c.n(pt, 'first')} is a {age_expr(r, pt.age, pt.sex, ctx='attr')} of "
        f"{r.choice(('Ashkenazi Jewish', 'Korean', 'Irish and German', 'Mexican', 'Nigerian', 'Punjabi', 'Greek'))} ancestry, born in {c.city()}.",
        "",
        "Pedigree (3 generations):",
        *lines,
        "",
        f"Testing: {r.choice(('multigene panel (84 genes)', 'exome trio', 'single-site familial variant'))} sent "
        f"{c.date(c.d0, forms=('md_slash', 'mdy_short', 'mil'))}; " + idl(r, "accession") + ", " + idl(r, "req")
        + f" (LOINC {c.code('loinc')}). Prior result in relative: {c.lab('genetics')}.",
        ("Send cascade-testing letter to " + r.choice(("the sister", "the cousin", "the uncle")) + " at " + c.foreign_addr() + "." if r.random() < 0.5 else c.town_word()),
        f"Insurance pre-cert " + idl(r, "auth") + f" ({K('code', '96040')}, {K('code', r.choice(('Z15.01', 'Q87.40', 'Z80.0')))}).",
        f"Discussed GINA, cascade testing, and {K('eponym', r.choice(EPONYMS['genetics']))} screening. Results expected "
        f"{c.odd_date(c.rd(14, 35))}; will call {pt_phone(c)} or message via {c.url(pt)}.",
    ]
    tail = ["", c.sig(gc)]
    return body, tail, prose_fill(c, "genetics", 1), "\n"


# --- 14. occupational health / work injury ---------------------------------------------
def t_occhealth(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.04, lo=18, hi=74)
    md = c.clin(r.choice(("occupational medicine physician", "physician assistant", "nurse practitioner")))
    sup = c.other()
    adj = c.other()
    emp = r.choice(EMPLOYERS)
    inj = c.rd(-20, -1)
    st = r.choice(sorted(DL_FORMATS))
    body = [
        f"TRI-COUNTY OCCUPATIONAL MEDICINE — WORK STATUS REPORT / FIRST REPORT OF INJURY",
        f"EMPLOYEE: {c.n(pt, r.choice(('LAST_FIRST', 'LAST_First', 'upper')))}    DOB: {c.dob(pt)}    "
        + idl(r, "employee") + "    " + idl(r, "badge"),
        f"EMPLOYER: {emp}    SUPERVISOR: {c.n(sup, r.choice(('full', 'upper', 'last_first')))} ({c.phone()})",
        f"CLAIM: " + idv(r, "claim") + f"    ADJUSTER: {c.n(adj)} {c.email(adj)}    OSHA recordable: {r.choice(('yes', 'no', 'pending'))}",
        f"DATE OF INJURY: {c.date(inj, forms=FULL_FORMS + ODD_FORMS, tm=r.random() < 0.5)}    DATE SEEN: {c.date(c.d0, forms=FULL_FORMS)}",
        "",
        f"MECHANISM: {cap1(age_phrase(r, pt.age, pt.sex, 'employee'))}. {pron(pt).capitalize()} was "
        f"{r.choice(('lifting a 60-lb box', 'struck by a pallet jack', 'repetitively scanning at the line', 'climbing off a forklift', 'cutting with a box knife'))} "
        f"at the {r.choice(('dock', 'plant', 'yard', 'store'))} in {c.city(False)} when pain began. "
        f"Forklift/vehicle involved: {('yes, unit VIN ' + P('VEHICLE', make_vin(r))) if r.random() < 0.5 else 'no'}.",
        f"Drives for work: {st} {'CDL' if r.random() < 0.5 else 'DL'} " + P("LICENSE", DL_FORMATS[st](r)) + ".",
        "",
        f"EXAM: {c.vitals_line()}. {K('eponym', r.choice(EPONYMS['occ']))} {r.choice(('positive', 'negative'))}; "
        f"{K('eponym', r.choice(EPONYMS['occ']))} {r.choice(('positive', 'negative'))}. Grip {r.randrange(20, 120)} lb. "
        f"{K('score', r.choice(('5/5 strength', '4/5 grip', 'pain 6/10', 'pain 3/10')))}.",
        f"TESTS: {c.lab('occ')}; {c.lab('occ')}. Post-accident drug screen, chain of custody " + idl(r, "specimen", label="CCF #") + ".",
        f"DX: {K('diagnosis', r.choice(('lumbar strain', 'right wrist sprain', 'laceration L index finger', 'carpal tunnel syndrome', 'contusion R shoulder')))} "
        f"({c.code('icd')}); {K('code', r.choice(('99203', '99213', '12002')))}.",
        f"TX: {c.drug('occ')}; {c.drug('occ')}; ice, HEP.",
        "",
        f"WORK STATUS: {r.choice(('modified duty', 'full duty', 'off work'))} {c.date_range(c.d0, c.rd(3, 14))}; no lifting > "
        f"{r.randrange(10, 30)} lb; {K('abbreviation', 'RTW')} full duty anticipated {c.odd_date(c.rd(14, 40), bare=True)}. {K('abbreviation', 'MMI')} not reached.",
        f"Excuse: please excuse {c.n(pt, 'full')} from work on {c.date(c.d0, forms=SHORT_FORMS, wd=True)}. Questions: {c.phone()} "
        f"x{r.randrange(200, 999)}, fax {c.phone('FAX')}.",
    ]
    tail = ["", c.sig(md), idl(r, "npi")]
    return body, tail, label_fill(c, None, ("Note", "Case mgmt", "Employer note")), "\n"


# --- 15. ophthalmology -------------------------------------------------------------------
def t_eye(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.5, lo=30)
    od_doc = c.clin(r.choice(("optometrist", "ophthalmologist")))
    tech = c.clin("medical assistant", register=False)
    dmv_st = r.choice(sorted(DL_FORMATS))
    va = lambda: r.choice(("20/20", "20/25", "20/30", "20/40", "20/60", "20/80", "20/200", "CF 3 ft"))  # noqa: E731
    body = [
        f"BLUESTEM EYE ASSOCIATES",
        f"Pt: {c.n(pt, r.choice(('full', 'last_first', 'upper')))}   DOB {c.dob(pt)}   Acct " + idv(r, "account") + f"   MRN {mrn_text(c)}",
        f"Exam date {c.date(c.d0, forms=('mdy', 'mdy_short', 'abbr', 'mdy_dots'))}   Dr: {c.doc(od_doc)}   Tech: {c.n(tech, 'first')}",
        "",
        f"CC: {r.choice(('blurry vision OS', 'flashes and floaters', 'DMV vision form', 'glaucoma f/u', 'red painful eye'))}. "
        f"{cap1(age_phrase(r, pt.age, pt.sex, 'pt'))}.",
        f"HPI: {r.choice(('Sees', 'Reports'))} {K('word', 'sparks') if r.random() < 0.4 else 'flashes'} in the temporal field x "
        f"{r.randrange(2, 14)} days. Hx {c.dx()}; on {c.drug('eye')}.",
        "",
        f"VA sc ({K('eponym', 'Snellen chart')}): {K('abbreviation', 'OD')} {K('lab', va())}  {K('abbreviation', 'OS')} {K('lab', va())}; "
        f"ph {K('lab', va())}",
        f"Color: {K('eponym', 'Ishihara plates')} {r.randrange(8, 15)}/14 OU   {K('eponym', 'Amsler grid')}: "
        f"{r.choice(('normal', 'metamorphopsia OS'))}",
        f"Pupils: {r.choice(('PERRL, no APD', 'miosis + ptosis OS c/w ' + K('eponym', 'Horner syndrome'), K('eponym', 'Marcus Gunn pupil') + ' OD'))}",
        f"IOP ({K('eponym', 'Goldmann tonometry')}): {c.lab('eye')}, {c.lab('eye')} @ {r.randrange(8, 17)}:{r.randrange(10, 59)}",
        f"SLE: {r.choice(('1+ NS OU', 'guttae OU c/w ' + K('eponym', 'Fuchs dystrophy'), 'PCIOL OU'))}; DFE: {c.lab('eye')}",
        f"Dilated with {K('drug', 'tropicamide 1%')}, {K('drug', 'phenylephrine 2.5%')}.",
        f"OCT ({K('code', '92134')}): {r.choice(('no SRF', 'drusen OS', 'ERM OD'))}.",
        "",
        f"A/P: {K('code', r.choice(('H40.1131', 'H52.13', 'H25.13', 'H35.3122')))}; {c.drug('eye')}. "
        f"DMV form for {STATE_NAMES.get(dmv_st, dmv_st)} license " + P("LICENSE", DL_FORMATS[dmv_st](r)) + f": meets {K('lab', '20/40')} standard "
        f"{r.choice(('with correction', 'OU'))}. RTC {c.odd_date(c.rd(28, 180))}.",
        f"Glasses Rx e-mailed to {c.email(pt)}; optical order " + idl(r, "order") + ".",
    ]
    tail = ["", c.sig(od_doc) + "   " + (idl(r, "proflic", label="OD lic #") if od_doc.cred == "OD" else idl(r, "npi"))]
    return body, tail, prose_fill(c, "eye", 1), "\n"


# --- 16. immunisation record ----------------------------------------------------------------
def t_immunization(c: Ctx):
    r = c.r
    adult = r.random() < 0.5
    pt = c.patient(p_old=0.35 if adult else 0, lo=0 if not adult else 50, hi=17 if not adult else 89)
    nurse = c.clin(r.choice(("nurse", "LPN", "medical assistant", "pharmacist")))
    parent = c.rel(r.choice(("mother", "father", "grandmother", "guardian"))) if not adult else None
    rows = [
        f"{r.choice(('STATE IMMUNIZATION INFORMATION SYSTEM', 'OFFICIAL IMMUNIZATION RECORD', 'CERTIFICATE OF IMMUNIZATION'))}",
        f"Name: {c.n(pt, r.choice(('LAST_FIRST', 'full', 'LAST_First', 'script_paren')))}",
        f"DOB: {c.dob(pt, forms=('mdy', 'iso', 'dmy_dash_caps', 'long', 'mdy_short'))}   Sex: {pt.sex}   " + idl(r, "registry"),
        ("Parent/guardian: " + c.n(parent) + f" ({parent.relationship})   Phone: {rel_phone(c, parent)}" if parent
         else f"Phone: {pt_phone(c)}   Age: {age_expr(r, pt.age, pt.sex, idx=r.choice((1, 2, 12, 15, 22)))}"),
        f"Address: {pt_addr(c, 'one')}",
        "",
        "Vaccine\tCVX\tDate given\tLot\tSite\tGiven by",
    ]
    base = c.d0
    for j in range(r.randrange(4, 8)):
        d = add_days(base, -r.randrange(0, max(2, min(2000, (base - pt.dob).days))))
        lot = r.choice((f"{letters(r, 2)}{r.randrange(1000, 9999)}", f"{r.randrange(10, 99)}{letters(r, 1)}{r.randrange(100, 999)}",
                        f"EW{r.randrange(1000, 9999)}"))
        giver = r.choice((nurse, c.clin("nurse", register=False)))
        rows.append(f"{c.drug('vax')}\t{K('code', r.choice(CODES['cvx']))}\t"
                    f"{c.date(d, forms=('mdy', 'mdy_short', 'iso', 'mil', 'dmy_dash_caps', 'mdy_dots', 'compact', 'ymd_slash'))}\t"
                    f"{lot}\t{r.choice(('L deltoid', 'R deltoid', 'L VL', 'R VL'))}\t{c.n(giver, r.choice(('init_last', 'first_init', 'full')))}")
    rows += [
        "",
        f"Contraindications/reactions: {r.choice(('none', 'fever after DTaP', 'egg allergy (not a contraindication)', 'history of ' + K('eponym', 'Guillain-Barré syndrome')))}.",
        f"VIS editions given: {r.choice(('MMR', 'Tdap', 'influenza'))} VIS {r.randrange(2019, 2024)}; next dose due {c.odd_date(c.rd(28, 365))}.",
        f"School: {r.choice(SCHOOLS)}; exemption {r.choice(('none', 'medical - on file', 'religious'))}."
        + (" Prior doses from abroad verified against records mailed from " + c.foreign_addr() + "." if r.random() < 0.4 else ""),
        f"Record requested by {c.n(c.other())} via {c.email(pt) if adult else c.email(parent)}; released {c.date(c.d0, forms=SHORT_FORMS)}. "
        f"Temp before shot {K('vital', r.choice(('98.6F', '99.0F', '97.9F')))}.",
    ]
    tail = ["", f"Certified by: {c.doc(nurse)}   {r.choice(HOSPITALS)}   {c.lic(nurse)}"]
    return rows, tail, lambda: "Comment\t" + c.snip("vax"), "\n"


# --- 17. transfer-centre call log ------------------------------------------------------------
def t_transfer(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.35, lo=18)
    caller = c.clin(r.choice(("attending", "hospitalist", "nurse practitioner")), register=False)
    acc = c.clin(r.choice(("attending", "surgeon", "hospitalist")))
    rn = c.clin("charge nurse")
    tc = c.clin("nurse", register=False)
    fam = c.rel(r.choice(("daughter", "son", "wife", "husband", "brother", "sister")))
    t0 = r.randrange(0, 20)
    dx = r.choice(EPONYMS["acute"] + EPONYMS["cardio"])
    sending = r.choice(("Hollins Valley Health", "Lindenwood Community Hospital", "St. Brendan Medical Center"))

    def ts(k):
        return f"{(t0 + k // 60) % 24:02d}:{k % 60:02d}"
    body = [
        f"KEYSTONE TRANSFER CENTER — CALL LOG   " + idl(r, "transfer"),
        f"Date: {c.date(c.d0, forms=('mdy', 'mdy_short', 'iso', 'mil_full'), wd=r.random() < 0.5)}   Coordinator: {c.n(tc, 'first_init')} {tc.cred.split(',')[0]}",
        f"Patient: {c.n(pt, r.choice(('LAST_FIRST', 'last_first', 'full')))}  DOB {c.dob(pt)}  "
        f"{age_expr(r, pt.age, pt.sex, idx=r.choice((1, 3, 12, 13, 16, 20)))}  outside MRN {P('MRN', id_value(r, 'mrn'))}",
        "",
        f"{ts(0)}  Call from {c.doc(caller, 'dr')} at {sending} ({c.phone()}), re: {K('eponym', dx)}. "
        f"{c.vitals_line()}; {c.lab('cardio')}.",
        f"{ts(r.randrange(3, 9))}  Paged {c.n(acc, 'title_last')} (pager {r.randrange(1000, 9999)}).",
        f"{ts(r.randrange(10, 20))}  Conference call: {c.n(acc, 'full')} accepts to {r.choice(('CCU', 'MICU', 'SICU', '5 West'))}, "
        f"bed {r.randrange(1, 30)}. Sending MD to fax records to {c.phone('FAX')}.",
        f"{ts(r.randrange(21, 35))}  "
        + (f"{r.choice(('Life Flight', 'AirMed 3'))} dispatched; tail {P('VEHICLE', 'N' + str(r.randrange(100, 999)) + letters(r, 2))}; "
           if r.random() < 0.5 else
           f"ground ALS dispatched; rig plate {P('VEHICLE', PLATE_FORMATS[(gst := r.choice(sorted(PLATE_FORMATS)))](r))} ({gst}); ")
        + f"ETA {r.randrange(20, 90)} min. Crew " + idl(r, "ref", label=r.choice(("run #", "ref", "incident #"))) + ".",
        f"{ts(r.randrange(36, 50))}  Family: {fam.relationship} {c.n(fam)} ({rel_phone(c, fam)}) notified; "
        f"{pron(fam) if fam.sex else 'they'} will drive from {c.city(False)}.",
        f"{ts(r.randrange(51, 59))}  Report to {c.n(rn, r.choice(('first', 'full', 'init_last')))}, {rn.cred.split(',')[-1].strip()}, ext {r.randrange(2000, 8999)}.",
        "",
        f"Insurance: {r.choice(INSURERS)} " + idl(r, "member") + "; " + idl(r, "auth") + " pending.",
        f"Home: {pt_addr(c, 'one')}.",
        f"Code status: {r.choice(('Full code', K('abbreviation', 'DNR/DNI'), K('abbreviation', 'POLST') + ' on file'))}. Meds: {c.drug('cardio')}, {c.drug('cardio')}.",
    ]
    tail = ["", "Logged by " + c.doc(tc)]
    clock = [60]

    def fill():
        clock[0] += r.randrange(2, 12)
        return f"{ts(clock[0])}  " + c.snip("cardio")
    return body, tail, fill, "\n"


ABBR_REL = {"daughter": "dtr", "son": "son", "wife": "wife", "husband": "hus", "niece": "niece", "grandson": "gs"}


# --- 18. secure chat / pager log (lower case, shorthand) ---------------------------------------
def t_chat(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.4, lo=20)
    a, b = c.clin(r.choice(("nurse", "charge nurse"))), c.clin(r.choice(("resident", "hospitalist", "physician assistant")))
    fam = c.rel(r.choice(("daughter", "son", "wife", "husband", "niece", "grandson")))
    room = f"{r.randrange(2, 9)}{r.randrange(10, 60)}"
    h = r.randrange(0, 22)
    msgs = []

    def line(who, txt, m):
        return f"[{h + m // 60:02d}:{m % 60:02d}] {who}: {txt}"
    an = lower_m(c.n(a, "first"))
    bn = lower_m(c.n(b, r.choice(("first", "last", "init_last"))))
    msgs = [
        f"SECURE CHAT — thread \"rm {room}\" — exported {c.date(c.d0, form=r.choice(('mdy', 'iso', 'mdy_short', 'iso_t', 'iso_t')))}",
        f"participants: {c.n(a, 'full')} ({a.cred.split(',')[-1].strip()}), {c.n(b, 'full')} ({b.cred.split(',')[0]})",
        "",
        line(an, f"hey {bn} pt in {room} is {lower_m(c.n(pt, r.choice(('full', 'last', 'first'))))} mrn {mrn_text(c)}, "
             f"{lower_m(age_expr(r, pt.age, pt.sex, idx=r.choice((1, 3, 12, 13, 16))))} "
             f"{lower_m(c.vitals_line())}", 0),
        line(bn, f"ok. {lower_m(c.lab())}? any {K('abbreviation', 'SOB')}", r.randrange(1, 5)),
        line(an, f"mild. {ABBR_REL.get(fam.relationship, fam.relationship)} {lower_m(c.n(fam, 'first'))} at bedside wants to talk, "
                 f"{pron(fam, 'pos') if fam.sex else 'their'} cell is {rel_phone(c, fam)}", r.randrange(5, 10)),
        line(bn, f"will call after rounds. give {lower_m(c.drug())} and recheck", r.randrange(10, 15)),
        line(an, f"fyi {pron(fam)} says new addr is {pt_addr(c, 'lower')}", r.randrange(15, 20)),
        line(an, f"also pt says {lower_m(age_phrase(r, pt.age, pt.sex, pron(pt)))} lol", r.randrange(20, 25)),
        line(bn, f"ha. ok. {lower_m(c.epo())} on the problem list is old, ignore", r.randrange(25, 30)),
        line(an, f"{lower_m(c.bp())} now, {K('vital', 'temp 99.1')}. pager {r.randrange(1000, 9999)} if u need me", r.randrange(30, 40)),
        line(bn, f"ty. f/u {lower_m(c.odd_date(c.rd(1, 10)))}", r.randrange(40, 50)),
    ]
    tail = ["", f"-- end of export ({r.randrange(9, 40)} msgs) --"]
    k = [50]

    def fill():
        k[0] += r.randrange(1, 8)
        return line(r.choice((an, bn)), lower_m(c.snip()).rstrip("."), k[0])
    return msgs, tail, fill, "\n"


# --- 19. fax cover sheet -------------------------------------------------------------------------
def t_fax(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.35, lo=18)
    sender = c.clin(r.choice(("medical assistant", "nurse", "social worker")))
    to = c.clin(r.choice(("attending", "nurse practitioner", "surgeon")), register=False)
    md = c.clin(r.choice(("attending", "hospitalist")))
    pages = r.randrange(2, 30)
    body = [
        "*" * 52,
        f"*  F A C S I M I L E   —   {r.choice(('CONFIDENTIAL', 'PHI ENCLOSED', 'URGENT'))}".ljust(51) + "*",
        "*" * 52,
        f"DATE:     {c.date(c.d0, forms=FULL_FORMS, tm=r.random() < 0.6)}",
        f"TO:       {c.doc(to)}  /  {r.choice(HOSPITALS)}",
        f"FAX:      {c.phone('FAX')}        PHONE: {c.phone()}",
        f"FROM:     {c.n(sender, r.choice(('full', 'first_init', 'upper')))}, {sender.cred} for {c.n(md, 'title_last')}",
        f"FAX:      {c.phone('FAX')}        PHONE: {c.phone()} x{r.randrange(100, 9999)}",
        f"E-MAIL:   {c.staff_email(sender)}",
        f"PAGES:    {pages} (incl. cover)",
        "",
        f"RE:       {c.n(pt, r.choice(('LAST_FIRST', 'last_first', 'upper')))}   DOB {c.dob(pt)}   MRN {mrn_text(c)}",
        f"          " + idl(r, r.choice(("case", "auth", "ref", "claim"))) + "   " + idl(r, r.choice(("member", "account", "fin", "har"))),
        "",
        "[ ] Urgent  [x] For review  [ ] Please reply  [x] Records request",
        "",
        f"Message: Enclosed {r.choice(('records', 'discharge summary and MAR', 'wound photos and notes', 'labs and imaging'))} "
        f"for {c.date_range(c.rd(-30, -10), c.rd(-9, -1))}. {cap1(age_phrase(r, pt.age, pt.sex, 'Patient'))}. "
        f"Please note {K('eponym', r.choice(EPONYMS['general']))} and {c.dx()}; current {c.drug()}. "
        f"{pron(pt, 'pos').capitalize()} {(poa := r.choice(('POA', 'guardian', 'daughter', 'son')))} {c.n(c.rel(poa))} "
        f"requested copies be mailed to {pt_addr(c, 'one')}.",
        f"Appointment set for {c.odd_date(c.rd(3, 40))}. Call back on {c.phone()} with questions.",
    ]
    tail = ["", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected health information that is "
            "legally privileged. If you received this fax in error, notify the sender at the number above and destroy the documents.",
            f"Sent from fax server {c.ip() if r.random() < 0.5 else 'FAXSRV-02'} · job " + idv(r, "order")]
    return body, tail, lambda: "Note: " + c.snip(), "\n"


# --- 20. incident / patient-safety report ------------------------------------------------------
def t_incident(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.5, lo=30)
    rep = c.clin(r.choice(("nurse", "charge nurse", "LPN")))
    wit = c.clin(r.choice(("aide", "nurse", "respiratory therapist")), register=False)
    md = c.clin(r.choice(("hospitalist", "resident", "nurse practitioner")))
    fam = c.rel(r.choice(("daughter", "son", "wife", "husband", "granddaughter", "nephew")))
    kind = r.choice(("Fall", "Medication event", "Device malfunction", "Pressure injury", "Elopement attempt"))
    when = (c.date(c.rd(-2, 0), form="iso_t") if r.random() < 0.3 else
            c.date(c.rd(-2, 0), forms=FULL_FORMS + ODD_FORMS, wd=r.random() < 0.3, tm=True))
    body = [
        f"PATIENT SAFETY EVENT REPORT — {kind.upper()}",
        idl(r, "incident") + f"   Unit: {r.choice(('4 North', 'MICU', '6 West', 'ED pod C', 'Rehab 3'))}   Room {r.randrange(100, 899)}-{r.choice('AB')}",
        f"Event date/time: {when}",
        f"Reported by: {c.doc(rep)} (" + idl(r, "badge") + "; " + c.lic(rep) + ")",
        "Encounter: " + idv(r, r.choice(("encounter", "fin", "har"))),
        f"Patient: {c.n(pt, r.choice(('LAST_FIRST', 'full', 'last_first')))}, {age_expr(r, pt.age, pt.sex, idx=r.choice((0, 1, 3, 4, 12, 13, 16)))}, "
        f"MRN {mrn_text(c)}",
        "",
        "Description:",
        (f"Pt found on floor beside bed at {r.randrange(0, 24):02d}{r.choice(('05', '20', '40'))}; {K('eponym', 'Morse fall scale')} {r.randrange(45, 95)} on admission, "
         f"bed alarm {r.choice(('off', 'on but silenced', 'on'))}. Witness {c.n(wit, r.choice(('full', 'first')))} ({wit.cred}). "
         f"{r.choice(('Small laceration L brow.', 'No apparent injury.', 'C/o hip pain.'))}" if kind == "Fall" else
         f"{c.drug()} given instead of {c.drug()}; caught at {r.randrange(1, 24):02d}00 by {c.n(wit, 'full')} ({wit.cred}). "
         f"Pump {r.choice(('Alaris', 'Sigma', 'Plum 360'))} " + idl(r, "serial") + " sequestered; lot "
         f"{letters(r, 2)}{r.randrange(10000, 99999)} of the bag retained." if kind in ("Medication event", "Device malfunction") else
         f"{K('eponym', 'Braden scale')} {r.randrange(9, 15)}; {K('diagnosis', 'stage 3 pressure injury, sacrum')} found on turning. "
         f"Mattress " + idl(r, "serial") + " checked." if kind == "Pressure injury" else
         f"Pt walked to the parking garage, level {r.randrange(1, 5)}, looking for a {r.choice(('blue', 'silver', 'red'))} car, plate "
         + P("VEHICLE", PLATE_FORMATS[(pst := r.choice(sorted(PLATE_FORMATS)))](r)) + f" ({pst}). Security officer " + idl(r, "badge") + " returned pt."),
        f"Post-event: {c.vitals_line()}; {r.choice(('CT head negative', 'x-ray ordered', 'no imaging'))}. {K('abbreviation', 'CAM')} "
        f"{r.choice(('negative', 'positive'))}. {c.n(md, 'title_last')} notified at {r.randrange(0, 24):02d}{r.choice(('10', '35', '50'))}.",
        f"Family: {fam.relationship} {c.n(fam)} notified by phone {rel_phone(c, fam)}; disclosure done.",
        f"Context: {cap1(age_phrase(r, pt.age, pt.sex, 'pt'))}. Hx {c.dx()}, {c.epo('nursing')}; on {c.drug()}.",
        "",
        f"Contributing factors: {r.choice(('staffing 1:6', 'sundowning', 'new med', 'IV pole tangled with ' + K('eponym', 'Foley catheter') + ' tubing'))}.",
        f"Follow-up: huddle {c.odd_date(c.rd(0, 3))}; manager {c.n(c.clin('charge nurse', register=False), 'full')} reviewing; "
        + idl(r, "ticket") + " for equipment.",
    ]
    tail = ["", "Submitted " + c.date(c.d0, forms=("mdy", "iso")) + " by " + c.doc(rep, "first_cred")]
    return body, tail, lambda: "- " + c.snip(), "\n"


# --- 21. guardianship / legal letter --------------------------------------------------------
def t_legal(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.6, lo=60)
    md = c.clin(r.choice(("attending", "psychiatrist", "hospitalist")))
    sw = c.clin("social worker")
    atty = c.other()
    judge = c.other()
    ward_rel = c.rel(r.choice(("daughter", "son", "niece", "nephew", "brother", "sister")))
    county = c.county()
    a_city = r.choice(US_CITIES)
    body = [
        f"{P('NAME', atty.family.upper())} & {P('NAME', r.choice(US_L).upper())}, ATTORNEYS AT LAW",
        f"{P('ADDRESS', c.street(urban=True))}, {P('ADDRESS', 'Ste ' + str(r.randrange(100, 900)))}",
        f"{P('CITY', a_city[0])}, {a_city[1]} {P('ZIP', a_city[3])}   ·   {c.phone()}   ·   {c.email(atty)}",
        "",
        c.date(c.d0, forms=("long", "caps_long", "dmy_long", "month_ord_y")),
        "",
        f"VIA FAX {c.phone('FAX')} AND SECURE E-MAIL",
        f"{c.doc(md, 'dr')}",
        f"{r.choice(HOSPITALS)}",
        "",
        f"Re: In the Matter of the Guardianship of {c.n(pt, 'upper')}, an Alleged Incapacitated Person",
        f"    {county}, Probate Division, " + idl(r, "case", label=r.choice(("Case No.", "Cause No.", "Docket No."))),
        f"    Hearing: {c.date(c.rd(10, 60), forms=('long', 'abbr', 'month_ord_y'), wd=True, tm=True)}, before the Hon. {c.n(judge, 'full')}",
        "",
        f"Dear Dr. {P('PROVIDER_NAME', md.family)}:",
        "",
        f"This firm represents the petitioner, {c.n(ward_rel, 'full')}, {ward_rel.relationship} of {c.n(pt, r.choice(('title_last', 'full')))}. "
        f"{cap1(age_phrase(r, pt.age, pt.sex, 'The respondent'))}. We understand {pron(pt)} was diagnosed with "
        f"{K('eponym', r.choice(('Lewy body dementia', 'Wernicke-Korsakoff syndrome', 'Korsakoff psychosis')))} and "
        f"{c.dx()} during the admission {c.date_range(c.rd(-60, -40), c.rd(-39, -20))}, with {K('score', 'MoCA ' + str(r.randrange(8, 20)) + '/30')}.",
        "",
        f"Please complete the enclosed Physician's Certificate of Incapacity and return it by {c.odd_date(c.rd(5, 20), bare=True)}. "
        f"Your office may contact our paralegal, {c.n(c.other())}, at {c.phone()}. "
        f"Social worker {c.doc(sw)} has the {r.choice(('POLST', 'HIPAA release', 'advance directive'))} signed "
        f"{c.date(c.rd(-90, -10), forms=FULL_FORMS)} and notarized (commission " + idv(r, "notary") + ").",
        "",
        f"The respondent currently resides at {pt_addr(c, 'one')}; the proposed placement is "
        f"{r.choice(('Meadowview Memory Care', 'Sunrise Terrace', 'Golden Oaks SNF'))}, {P('ADDRESS', c.street())}, "
        f"{c.city(False)}. Medicaid application " + idl(r, "medicaid") + " is pending.",
    ]
    tail = ["", "Very truly yours,", "", c.n(atty, r.choice(("full", "upper"))) + ", Esq.", idl(r, "bar"),
            "cc: " + c.n(ward_rel, "full") + "; Guardian ad litem " + c.n(c.other(), "full")]
    return body, tail, prose_fill(c, None, 1), "\n"


# --- 22. telehealth visit -----------------------------------------------------------------
def t_telehealth(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.3, lo=18)
    md = c.clin(r.choice(("attending", "nurse practitioner", "physician assistant", "psychiatrist")))
    interp = c.other()
    lang = r.choice(("Spanish", "Vietnamese", "Arabic", "Russian", "Haitian Creole", "Korean", "Somali", "Nepali", "Mandarin"))
    body = [
        f"TELEHEALTH VISIT (synchronous audio-video) — {c.date(c.d0, forms=FULL_FORMS, wd=r.random() < 0.5)}",
        f"Patient: {c.n(pt, r.choice(('full', 'rom_script', 'script_paren', 'LAST_First')))}   DOB {c.dob_age(pt) if r.random() < 0.5 else c.dob(pt)}   MRN {mrn_text(c)}   "
        + idl(r, r.choice(("encounter", "visit", "account"))),
        f"Provider: {c.doc(md)} (located at {r.choice(HOSPITALS)})",
        f"Platform: {r.choice(('Zoom for Healthcare', 'Doxy.me', 'Epic Video Visit', 'Teams'))}; link {c.url(pt, tele=True)}; "
        f"pt IP {c.ip()} (logged for audit).",
        f"Patient location (verified): {pt_addr(c, 'one')}. Call-back number if disconnected: {pt_phone(c)}.",
        f"Interpreter: {lang}, {c.n(interp, r.choice(('full', 'first', 'first_init')))}, " + idl(r, "interpreter") + ".",
        "",
        f"Consent for telehealth obtained verbally. {cap1(age_phrase(r, pt.age, pt.sex, 'The patient'))}.",
        f"S: {r.choice(('Follow-up of', 'New concern:', 'Med check for'))} {c.dx()}. Home readings {c.bp()}, "
        f"{vital_lookalike(r)}, {vital_lookalike(r)}. {c.score()}.",
        f"O: Well-appearing on video; speaking full sentences; no {K('abbreviation', 'SOB')}. {c.epo()} not assessable remotely.",
        f"A/P: {c.dx()} ({c.code('icd')}) — {c.drug()}; {c.lab()} reviewed (drawn {c.date(c.rd(-30, -2), forms=ODD_FORMS)}). "
        f"Labs at {r.choice(('Quest', 'Labcorp', 'hospital lab'))}, " + idl(r, "req") + ".",
        f"Next video visit {c.odd_date(c.rd(14, 90))}. Portal PIN reset; new " + idl(r, "pin", label="PIN") + ".",
        f"Time: {r.randrange(12, 45)} min; {K('code', r.choice(('99213', '99214', '98006', '99442')))} with modifier 95; place of service 10.",
    ]
    if r.random() < 0.35:
        body.insert(5, "Note: patient is visiting family this month; temporary address " + c.foreign_addr() + ".")
    tail = ["", c.sig(md), c.lic(md)]
    return body, tail, prose_fill(c, None, 1), "\n"


# --- 23. anticoagulation clinic --------------------------------------------------------------
def t_anticoag(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.55, lo=45)
    ph = c.clin(r.choice(("pharmacist", "nurse")))
    md = c.clin(r.choice(("attending", "nurse practitioner")))
    cg = c.rel(r.choice(("daughter", "son", "wife", "husband")))
    ind = r.choice(("atrial fibrillation", "mechanical mitral valve", "recurrent DVT", "PE"))
    rows = [
        "ANTICOAGULATION CLINIC — WARFARIN MANAGEMENT",
        f"{c.n(pt, r.choice(('LAST_FIRST', 'full', 'last_first')))}  |  {mrn_text(c)}  |  DOB {c.dob(pt)}  |  "
        f"{age_expr(r, pt.age, pt.sex, idx=r.choice((1, 3, 12, 13, 15, 16, 20)))}",
        f"Indication: {K('diagnosis', ind)}; goal INR {r.choice(('2-3', '2.5-3.5'))}; {K('score', 'CHA2DS2-VASc ' + str(r.randrange(2, 8)))}, "
        f"{K('score', 'HAS-BLED ' + str(r.randrange(0, 5)))}. Prior {K('eponym', 'Wells score')} {r.randrange(2, 8)} at dx.",
        f"POC meter: CoaguChek " + idl(r, "serial") + f"; strip lot {r.randrange(10000000, 99999999)} (not patient-specific).",
        "",
        "Date        INR   Weekly dose   Change",
    ]
    n_rows = r.randrange(4, 7)
    steps = [r.randrange(5, 15) for _ in range(n_rows)]
    d = add_days(c.d0, -sum(steps) - 1)
    for j in range(n_rows):
        d = add_days(d, steps[j])
        rows.append(f"{c.date(d, forms=('mdy', 'mdy_short', 'md_slash', 'mon_dash', 'mil', 'mdy_dots', 'mm_dash_dd'))}  "
                    f"{K('lab', str(r.randrange(14, 42) / 10))}   {r.choice((30, 32.5, 35, 37.5, 40))} mg   "
                    f"{r.choice(('none', 'hold x1', '+10%', '-5%', 'boost 7.5 mg x1'))}")
    rows += [
        "",
        f"Today ({c.date(c.d0, forms=ODD_FORMS + ('md_slash',), wd=r.random() < 0.4)}): {c.lab('anticoag')}. Dose: {c.drug('anticoag')}. "
        f"Missed {r.choice(('no doses', 'one dose', 'two doses'))}; {r.choice(('ate a lot of greens', 'started ' + K('drug', 'amoxicillin 500 mg TID'), 'no diet change'))}.",
        f"{cap1(age_phrase(r, pt.age, pt.sex, 'pt'))}. {cg.relationship.capitalize()} {c.n(cg)} fills the pill box "
        f"({rel_phone(c, cg)}).",
        f"Next INR {c.odd_date(c.rd(5, 21))} — home draw by {r.choice(('Harbor Home Health', 'mobile phleb'))}, " + idl(r, "order") + ".",
        f"Bleeding: {r.choice(('denies', 'gum bleeding', 'bruising on arms'))}; no {K('abbreviation', 'BRBPR')}. {c.bp()}.",
    ]
    tail = ["", c.sig(ph), "Supervising: " + c.doc(md)]
    return rows, tail, label_fill(c, "anticoag", ("Note", "Education", "Phone")), "\n"


CONGREGATIONS = {"Catholic": "St. Casimir Parish", "Baptist": "Mt. Zion Missionary Baptist", "Muslim": "Masjid Al-Noor",
                 "Jewish": "Temple Beth Shalom", "Buddhist": "Wat Lao Buddharam", "Orthodox Christian": "Holy Trinity Cathedral",
                 "Pentecostal": "Grace Fellowship Tabernacle", "no affiliation": "none"}


# --- 24. chaplaincy / spiritual care ------------------------------------------------------------
def t_chaplain(c: Ctx):
    r = c.r
    pt = c.patient(p_old=0.55, lo=40)
    ch = c.clin("chaplain")
    clergy = c.other()
    fam = [c.rel(r.choice(("daughter", "son", "wife", "husband", "sister", "grandson", "granddaughter"))) for _ in range(2)]
    faith = r.choice(("Catholic", "Baptist", "Muslim", "Jewish", "Buddhist", "Orthodox Christian", "Pentecostal", "no affiliation"))
    title = {"Catholic": "Fr.", "Jewish": "Rabbi", "Muslim": "Imam", "Orthodox Christian": "Fr."}.get(faith, r.choice(("Pastor", "Rev.")))
    body = [
        f"SPIRITUAL CARE NOTE   {c.date(c.d0, forms=FULL_FORMS, tm=True)}",
        f"Pt: {c.n(pt, r.choice(('full', 'LAST_FIRST', 'script_paren', 'rom_script')))}   MRN {mrn_text(c)}   Rm {r.randrange(100, 999)}",
        "",
        f"Visited at the request of {r.choice(('nursing', 'the family', 'the palliative team', 'the patient'))}. "
        f"{cap1(age_phrase(r, pt.age, pt.sex, 'The patient'))}. Faith tradition: {faith}. "
        f"Home congregation {CONGREGATIONS.get(faith, 'none')} in {c.city(False)}; "
        f"{title} {P('NAME', clergy.family) if r.random() < 0.5 else c.n(clergy, 'full')} ({c.phone()}) {r.choice(('will visit', 'was called', 'brought communion'))}.",
        f"Present: {fam[0].relationship} {c.n(fam[0])} and {fam[1].relationship} {c.n(fam[1], r.choice(('first', 'full')))}, "
        f"who flew in from {c.city(True)}" + (" (home address " + c.foreign_addr() + ")." if r.random() < 0.4 else "."),
        c.town_word() if r.random() < 0.5 else "",
        f"Patient expressed {K('word', 'hope')} for {r.choice(('healing', 'a peaceful death', 'going home'))} and fear of being a burden; "
        f"wants to be home for {r.choice(HOLIDAYS)}. "
        f"Life review: married {r.randrange(30, 70)} years; {r.choice(('farmed', 'taught school', 'drove a truck', 'nursed'))} until "
        f"{r.randrange(1980, 2015)}.",
        f"Interventions: active listening, prayer, {r.choice(('anointing', 'reading of Psalm 23', 'recitation of Yasin', 'Shema'))}; "
        f"{K('eponym', 'Karnofsky')} {r.randrange(10, 50)}% per team; {K('word', 'comfort')} focus.",
        f"Plan: follow daily; bereavement packet to {c.n(fam[0], 'first')} at {c.email(fam[0])}. Funeral home {r.choice(('Hartley', 'Oakwood', 'Riverside'))} "
        f"Funeral Home {c.phone()}.",
    ]
    tail = ["", c.sig(ch)]
    return body, tail, prose_fill(c, None, 1), "\n"


NOTE_TYPES = (
    ("labor and delivery note", "labor", t_labor),
    ("well-child visit", "wellchild", t_wellchild),
    ("dental note", "dental", t_dental),
    ("therapy note", "rehab", t_rehab),
    ("dialysis run sheet", "dialysis", t_dialysis),
    ("infusion note", "infusion", t_infusion),
    ("psychiatry follow-up", "psych", t_psych),
    ("wound care note", "wound", t_wound),
    ("research enrollment log", "research", t_research),
    ("insurance appeal", "appeal", t_appeal),
    ("medication reconciliation", "medrec", t_medrec),
    ("sleep study report", "sleep", t_sleep),
    ("genetic counseling note", "genetics", t_genetics),
    ("occupational health note", "occhealth", t_occhealth),
    ("ophthalmology note", "eye", t_eye),
    ("immunization record", "immunization", t_immunization),
    ("transfer center log", "transfer", t_transfer),
    ("secure chat log", "chat", t_chat),
    ("fax cover sheet", "fax", t_fax),
    ("safety event report", "incident", t_incident),
    ("guardianship letter", "legal", t_legal),
    ("telehealth visit", "telehealth", t_telehealth),
    ("anticoagulation clinic note", "anticoag", t_anticoag),
    ("chaplaincy note", "chaplain", t_chaplain),
)
