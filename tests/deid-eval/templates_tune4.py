"""Templates, pools and annotation helpers of the tune4 split (see generate_tune4.py).

Text is built with inline marks: P(cat, s) marks a PHI span, K(kind, s) a keep span; the
generator turns marks into offsets. Everything here is invented.
Python 3.11, standard library only.
"""

from __future__ import annotations

import datetime as dt
import random

# ---------------------------------------------------------------------------- marks


def P(cat: str, s: str) -> str:
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    return f"\x01k:{kind}\x02{s}\x03"


def plain_len(s: str) -> int:
    """UTF-8 size of marked text once the marks are removed."""
    return len(s.encode("utf-8")) - sum(s.count(c) for c in "\x01\x02\x03") - sum(
        len(x.split("\x02")[0].encode()) for x in s.split("\x01")[1:])

# ---------------------------------------------------------------------------- check digits

VIN_VAL = {**{str(d): d for d in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v: str) -> str:
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin_ok(v: str) -> bool:
    return len(v) == 17 and all(c in VIN_VAL for c in v) and v[8] == vin_check(v)


def dea_ok(d: str) -> bool:
    x = [int(c) for c in d[2:]]
    return (x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5])) % 10 == x[6]


def luhn_npi(body9: str) -> str:
    digits = [int(c) for c in "80840" + body9]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return body9 + str((10 - total % 10) % 10)

# ---------------------------------------------------------------------------- pools
# (given, family, sex, script form or "") ; word-names and eponym surnames on purpose

GIVEN_F = ["Marisol", "Oksana", "Adaeze", "Thi Hoa", "Fatuma", "Ingrid", "Siobhan", "Hazel", "Patience",
           "Harmony", "Blossom", "Autumn", "Ruby", "Meadow", "Precious", "Genevieve", "Wanjiru", "Saoirse",
           "Kalani", "Noor", "Parisa", "Zsófia", "Aino", "Dagný", "Małgorzata", "Ilse", "Rosalind",
           "Consuelo", "Magnolia", "Tupac", "Yesenia", "Ngozi", "Mercy", "Sunday", "Esperanza", "Leilani",
           "Berenice", "Winifred", "Clementine", "Odalys", "Shirin", "Bich Ngoc", "Hana", "Ayasha"]
GIVEN_M = ["Tadeusz", "Obinna", "Kwabena", "Rustam", "Sterling", "Forrest", "Clay", "Dusty", "Sonny",
           "Rocky", "Bao", "Ignacio", "Henrik", "Cormac", "Thiago", "Ahmad Zia", "Abdirahman", "Ebo",
           "Lars-Erik", "Tevita", "Kaveh", "Jean-Baptiste", "Wolfgang", "Gustavo", "Pita", "Soren",
           "Ezekiel", "Booker", "Royal", "Lucky", "Deacon", "Mose", "Hamza", "Ramón", "Vusi", "Otis",
           "Emeka", "Dmytro", "Teodor", "Kenji", "Arjun", "Nikolaos", "Bayani", "Sione"]
FAMILY = ["Okonkwo-Bright", "van der Heijden", "de la Cruz", "Dos Santos", "Al-Khouri", "Nguyen-Tran",
          "O'Shaughnessy", "St. Pierre", "D'Souza", "ten Brink", "Mac an tSaoir", "Kowalczyk",
          "Szabó", "Järvinen", "Þórsdóttir", "Haugland", "Rahimi", "Mwangi", "Tesfaye", "Osei-Bonsu",
          "Fonoti", "Kahananui", "Castellanos", "Villaseñor", "Ibarra", "Quispe", "Bhattacharya",
          "Subramanian", "Rezaei", "Hakimi", "Yusuf", "Delacroix", "Lindqvist", "Brennan-Walsh",
          "Petrenko", "Ferreira", "Moreau", "Achterberg", "Fairweather", "Lightfoot", "Goodnight",
          "Honeycutt", "Whitehorse", "Cortés", "Le Blanc", "Begay", "Tsosie", "Yazzie"]
# surnames that are also eponyms or words: (surname, keep phrase, kind)
EPONYM_NAMES = [
    ("Whipple", "Whipple procedure", "eponym"), ("Nissen", "Nissen fundoplication", "eponym"),
    ("Kocher", "Kocher maneuver", "eponym"), ("Epley", "Epley maneuver", "eponym"),
    ("Phalen", "Phalen test", "eponym"), ("Finkelstein", "Finkelstein test", "eponym"),
    ("Spurling", "Spurling test", "eponym"), ("Barlow", "Barlow maneuver", "eponym"),
    ("Baker", "Baker cyst", "eponym"), ("Bell", "Bell palsy", "eponym"),
    ("Weber", "Weber B ankle fracture", "eponym"), ("Garden", "Garden III femoral neck fracture", "eponym"),
    ("Mason", "Mason type II radial head fracture", "eponym"), ("Jones", "Jones fracture", "eponym"),
    ("Smith", "Smith fracture", "eponym"), ("Turner", "Turner syndrome", "eponym"),
    ("Wells", "Wells score", "eponym"), ("Morse", "Morse Fall Scale", "eponym"),
    ("Clark", "Clark level IV", "eponym"), ("Harris", "Salter-Harris II", "eponym"),
    ("Lawrence", "Kellgren-Lawrence grade 3", "eponym"), ("Foley", "Foley catheter", "eponym"),
    ("Hickman", "Hickman catheter", "eponym"), ("Barrett", "Barrett esophagus", "eponym"),
    ("Huntington", "Huntington disease", "eponym"), ("Hashimoto", "Hashimoto thyroiditis", "eponym"),
    ("Kawasaki", "Kawasaki disease", "eponym"), ("Sjögren", "Sjögren syndrome", "eponym"),
    ("Waldenström", "Waldenström macroglobulinemia", "eponym"), ("Ewing", "Ewing sarcoma", "eponym"),
    ("Braden", "Braden score", "eponym"), ("Caprini", "Caprini score", "eponym"),
    ("Ranson", "Ranson criteria", "eponym"), ("Breslow", "Breslow depth", "eponym"),
    ("Marfan", "Marfan syndrome", "eponym"), ("Colles", "Colles fracture", "eponym"),
    ("Raynaud", "Raynaud phenomenon", "eponym"), ("Buerger", "Buerger disease", "eponym"),
]
WORD_GIVEN = [("Hazel", "hazel"), ("Patience", "patience"), ("Harmony", "harmony"), ("Ruby", "ruby"),
              ("Autumn", "autumn"), ("Precious", "precious"), ("Mercy", "mercy"), ("Sunday", "Sunday"),
              ("Clay", "clay"), ("Sterling", "sterling"), ("Dusty", "dusty"), ("Royal", "royal"),
              ("Lucky", "lucky"), ("Rocky", "rocky"), ("Forrest", "forest"), ("Deacon", "deacon"),
              ("Meadow", "meadow"), ("Blossom", "blossom")]
WORD_USES = {
    "hazel": "eyes hazel, sclerae anicteric", "patience": "thanked for her patience with the wait",
    "harmony": "family in harmony with the plan", "ruby": "ruby-colored urine denied",
    "autumn": "symptoms worse every autumn", "precious": "said time with grandchildren is precious",
    "mercy": "no mercy shown by the stairs, she joked", "Sunday": "attends church on Sunday mornings",
    "clay": "works with clay at the senior center", "sterling": "sterling silver earrings removed",
    "dusty": "dusty work site without a mask", "royal": "Royal jelly supplements stopped",
    "lucky": "feels lucky the fall was not worse", "rocky": "rocky course after the last admission",
    "forest": "walks in the state forest", "deacon": "a deacon from church visits weekly",
    "meadow": "lives next to a meadow, hay fever in June", "blossom": "pollen when trees blossom",
}
SCRIPT_NAMES = [  # (given, family, sex, script text, script family, script given)
    ("Oksana", "Kovalenko", "F", "Оксана Коваленко", "Коваленко", "Оксана"),
    ("Selam", "Tesfaye", "F", "ሰላም ተስፋዬ", "ተስፋዬ", "ሰላም"),
    ("Nino", "Beridze", "F", "ნინო ბერიძე", "ბერიძე", "ნინო"),
    ("Somchai", "Jaidee", "M", "สมชาย ใจดี", "ใจดี", "สมชาย"),
    ("Kavitha", "Murugan", "F", "கவிதா முருகன்", "முருகன்", "கவிதா"),
    ("Maryam", "Rezaei", "F", "مریم رضایی", "رضایی", "مریم"),
    ("Haruto", "Hashimoto", "M", "橋本 陽翔", "橋本", "陽翔"),
    ("Jiwoo", "Baek", "F", "백지우", "백", "지우"),
    ("Wei", "Zhao", "M", "赵伟", "赵", "伟"),
    ("Anahit", "Petrosyan", "F", "Անահիտ Պետրոսյան", "Պետրոսյան", "Անահիտ"),
    ("Yosef", "Mizrahi", "M", "יוסף מזרחי", "מזרחי", "יוסף"),
    ("Thiha", "Aung", "M", "သီဟ အောင်", "အောင်", "သီဟ"),
]
NICKS = {"Tadeusz": "Teddy", "Ignacio": "Nacho", "Kwabena": "Kobby", "Abdirahman": "Abdi",
         "Małgorzata": "Gosia", "Jean-Baptiste": "JB", "Wolfgang": "Wolf", "Nikolaos": "Nikos",
         "Genevieve": "Gigi", "Winifred": "Winnie", "Consuelo": "Chelo", "Ezekiel": "Zeke",
         "Esperanza": "Lala", "Teodor": "Teo", "Dmytro": "Dima"}
CLIN_GIVEN = ["Priyanka", "Desmond", "Lucía", "Anneliese", "Kofi", "Rhiannon", "Matthias", "Imani",
              "Soo-ah", "Faisal", "Colette", "Bartholomew", "Xiomara", "Ewa", "Tomasz", "Leticia",
              "Anders", "Chidi", "Marguerite", "Yuki", "Rafael", "Brigid", "Hollis", "Dariusz"]
CLIN_FAMILY = ["Achebe", "Lindgren", "Vasquez-Ortiz", "Nakamura", "Oyelaran", "Halvorsen", "Pereira",
               "Mukherjee", "Abernathy", "Fitzgibbon", "Dubois", "Kaminski", "Rosenthal", "Adeyemi",
               "Castaño", "Lundqvist", "Whitlock", "Ó Briain", "Van Houten", "Mbeki", "Takeda",
               "Sørensen", "Iwu", "Cardenas"]
CREDS = [("attending physician", "MD"), ("attending physician", "DO"), ("nurse practitioner", "NP"),
         ("physician assistant", "PA-C"), ("registered nurse", "RN"), ("social worker", "LCSW"),
         ("physical therapist", "DPT"), ("occupational therapist", "OTR/L"), ("dietitian", "RDN"),
         ("speech-language pathologist", "CCC-SLP"), ("pharmacist", "PharmD"), ("psychologist", "PhD"),
         ("licensed practical nurse", "LPN"), ("wound ostomy nurse", "RN, CWOCN")]
NON_CLIN_ROLES = ["caseworker", "teacher", "notary", "HR benefits specialist", "APS investigator",
                  "interpreter", "funeral director", "claims adjuster", "pastor", "landlord",
                  "neighbor", "employer", "attorney", "school principal", "resettlement caseworker"]
RELATIONS = ["daughter", "son", "wife", "husband", "sister", "brother", "niece", "nephew",
             "granddaughter", "grandson", "partner", "mother", "father", "guardian", "son-in-law"]

# (city, state, zip3 prefix, keep word use or "")
CITIES = [
    ("Defiance", "OH", "435", "oppositional defiance is not part of the picture"),
    ("Opportunity", "WA", "992", "missed opportunity for vaccination discussed"),
    ("Success", "MO", "654", "success with the home exercise program"),
    ("Ideal", "GA", "310", "ideal body weight 61 kg"),
    ("Hurricane", "UT", "847", "power outage during hurricane season planned for"),
    ("Paradise", "CA", "959", ""), ("Protection", "KS", "671", "sun protection counseling given"),
    ("Welcome", "MD", "206", "welcome packet given"), ("Friendship", "WI", "539", "friendship group at the senior center"),
    ("Harmony", "PA", "160", ""), ("Eureka", "CA", "955", ""), ("Why", "AZ", "853", ""),
    ("Romance", "AR", "721", ""), ("Denver", "CO", "802", "Denver shunt"),
    ("Geneva", "IL", "601", "Geneva score"), ("Bethesda", "MD", "208", "Bethesda category"),
    ("Huntington", "WV", "257", "Huntington disease"), ("Mason", "OH", "450", ""),
    ("Wells", "ME", "040", "Wells score"), ("Turner", "ME", "042", "Turner syndrome"),
    ("Barlow", "KY", "420", "Barlow maneuver"), ("Clark", "NJ", "070", ""),
    ("Pocatello", "ID", "832", ""), ("Kalamazoo", "MI", "490", ""), ("Yakima", "WA", "989", ""),
    ("Tupelo", "MS", "388", ""), ("Muskogee", "OK", "744", ""), ("Bangor", "ME", "044", ""),
    ("Dubuque", "IA", "520", ""), ("Laredo", "TX", "780", ""), ("Hilo", "HI", "967", ""),
    ("Hialeah", "FL", "330", ""), ("Bozeman", "MT", "597", ""), ("Paducah", "KY", "420", ""),
    ("Gallup", "NM", "873", ""), ("Chinle", "AZ", "865", ""), ("Lewiston", "ID", "835", ""),
    ("Schenectady", "NY", "123", ""), ("Lowell", "MA", "018", ""), ("Saginaw", "MI", "486", ""),
]
STREETS = ["Oak Hollow Rd", "Quarry Ridge Dr", "Tamarack Ln", "Persimmon Ct", "Old Mill Pike",
           "Sawgrass Blvd", "Cottonwood Ave", "Kestrel Way", "Bluebonnet Trl", "Fenwick St",
           "Larkspur Cir", "Hemlock Pl", "Cedar Bluff Pkwy", "Wagon Wheel Rd", "Mesquite Loop",
           "Brandywine Ter", "Juniper Hill Rd", "Ivanhoe St", "Ridgecrest Dr", "Magnolia Bend",
           "Catalpa St", "Sorrel Ave", "Anchorage Way", "Lantern Ln", "Holloway Rd", "Calle Luna",
           "Avenida del Sol", "Kamehameha Hwy", "Bayou Teche Rd", "Prairie Dog Ln"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West", "N.", "S.W."]
COMPLEXES = ["Willow Creek Apartments", "Riverside Towers", "The Belmont", "Heritage Oaks Manor",
             "Sunset Village Mobile Home Park", "Maple Court Senior Living", "Linden Gardens",
             "Pueblo Verde Apartments", "Harbor View Condominiums"]
FOREIGN = [  # (kind, lines builder key)
    "uk", "ca", "de", "mx", "in", "ke", "ph", "ua", "so", "ht", "au", "ie"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com",
                "comcast.net", "proton.me", "att.net", "frontier.com", "mail.ru", "yahoo.co.uk",
                "gmx.de", "web.de", "btinternet.com", "videotron.ca", "rediffmail.com", "bigpond.com",
                "eircom.net", "prodigy.net.mx", "students.uonbi.ac.ke", "alumni.unimelb.edu.au",
                "mail.kumasi-tech.edu.gh", "sympatico.ca", "orange.fr", "libero.it"]
ORG_DOMAINS = ["valleyhospice.org", "tri-county-health.org", "mercy-ridge.net", "lakeshoreortho.com",
               "northstar-ent.com", "pinecrest-snf.org", "ccsd.k12.oh.us", "aps.state.wa.gov",
               "heartland-pathology.com", "riverbend-derm.com"]
HOSPITALS = ["Cedar Bluff Regional", "St. Agatha Medical Center", "Tri-County Health", "Lakeshore Ortho",
             "Northstar ENT Associates", "Pinecrest Skilled Nursing", "Valley Hospice", "Riverbend Dermatology",
             "Heartland Pathology", "Mercy Ridge Hospital", "Prairie Vista Clinic"]
AREA = ["217", "309", "419", "513", "608", "715", "808", "505", "928", "406", "270", "563", "956",
        "207", "304", "701", "989", "479", "662", "918"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else " " + words(rest))


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"

# ---------------------------------------------------------------------------- people and context

import re as _re

_MARK = _re.compile("\x01[^\x02]*\x02([^\x03]*)\x03")


def plain(s: str) -> str:
    return _MARK.sub(lambda m: m.group(1), s)


def plain_len(s: str) -> int:  # noqa: F811  (the simple definition)
    return len(plain(s).encode("utf-8"))


class Person:
    def __init__(self, given: str, family: str, sex: str, cat: str, role: str = "", cred: str = "",
                 script: tuple | None = None, nick: str = "", age: int | None = None):
        self.given, self.family, self.sex, self.cat = given, family, sex, cat
        self.role, self.cred, self.script, self.nick, self.age = role, cred, script, nick, age
        self.phone = ""
        self.email = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    def human(self) -> list[dict]:
        out = [{"text": self.full, "family": self.family, "given": self.given.split(" ") if " " in self.given
                and self.given not in ("Thi Hoa", "Bich Ngoc", "Ahmad Zia") else [self.given]}]
        if self.script:
            out.append({"text": self.script[0], "family": self.script[1], "given": [self.script[2]]})
        return out


class Ctx:
    """One note's world: its patient, people, numbers and a random stream."""

    def __init__(self, seed: str, young: bool = False):
        r = self.r = random.Random(seed)
        self.ref = dt.date(2023, 1, 2) + dt.timedelta(days=r.randrange(0, 900))
        # patient
        roll = r.random()
        if roll < 0.10:
            g, f, sex, scr, sf, sg = r.choice(SCRIPT_NAMES)
            script = (scr, sf, sg)
        else:
            sex = r.choice("FM")
            g = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
            script = None
            f = r.choice(FAMILY) if r.random() < 0.6 else r.choice(EPONYM_NAMES)[0]
        self.age = r.choice([r.randint(90, 104), r.randint(90, 99), r.randint(18, 89), r.randint(60, 89),
                             r.randint(5, 17) if r.random() < 0.3 else r.randint(30, 89)])
        if young:
            self.age = r.randint(5, 17)
        self.pt = Person(g, f, sex, "NAME", script=script, nick=NICKS.get(g, ""), age=self.age)
        self.dob = self.ref - dt.timedelta(days=365 * self.age + r.randrange(1, 360) + self.age // 4)
        self.mrn = r.choice([f"{r.randrange(10**7):08d}", f"E{r.randrange(10**7):07d}",
                             f"MR{r.randrange(10**6):06d}", f"{r.randrange(100, 999)}-{r.randrange(10, 99)}-{r.randrange(100, 999)}",
                             f"00{r.randrange(10**5, 10**6)}"])
        self.city = r.choice(CITIES)
        self.zip = self.city[2] + f"{r.randrange(0, 100):02d}"
        self.street = self.street_line()
        self.unit = r.choice(["", "", f"Apt {r.randint(1, 30)}{r.choice('ABCD')}", f"Unit {r.randint(100, 999)}",
                              f"#{r.randint(2, 40)}", f"Lot {r.randint(1, 90)}", f"Trlr {r.randint(1, 40)}"])
        self.pt.phone = self.phone_num()
        self.pt.email = self.email_addr(self.pt)
        self.ssn_digits = self.new_ssn()
        # relatives
        self.rels: list[Person] = []
        for _ in range(r.randint(1, 3)):
            rel = r.choice(RELATIONS if self.age >= 40 else ["mother", "father", "guardian", "sister", "brother"])
            sx = "F" if rel in ("daughter", "wife", "sister", "niece", "granddaughter", "mother") else (
                "M" if rel in ("son", "husband", "brother", "nephew", "grandson", "father", "son-in-law") else r.choice("FM"))
            fam = f if rel in ("daughter", "son", "sister", "brother", "wife", "husband", "mother", "father",
                               "grandson", "granddaughter") and r.random() < 0.7 else r.choice(FAMILY + [e[0] for e in EPONYM_NAMES])
            gg = r.choice(GIVEN_F if sx == "F" else GIVEN_M)
            if gg == g:
                gg = r.choice(GIVEN_F if sx == "F" else GIVEN_M)
            if rel in ("mother", "father"):
                a = min(self.age + r.randint(20, 34), 106)
            elif rel in ("wife", "husband", "partner", "sister", "brother"):
                a = max(18, self.age + r.randint(-6, 6))
            else:
                a = max(1, self.age - r.randint(22, 40))
            p = Person(gg, fam, sx, "NAME", role=rel, nick=NICKS.get(gg, ""), age=a)
            p.phone = self.phone_num()
            p.email = self.email_addr(p)
            self.rels.append(p)
        # clinicians
        self.clins: list[Person] = []
        used = set()
        for i in range(r.randint(2, 4)):
            role, cred = CREDS[0] if i == 0 and r.random() < 0.6 else r.choice(CREDS)
            fam = r.choice(CLIN_FAMILY) if r.random() < 0.75 else r.choice(EPONYM_NAMES)[0]
            while fam in used or fam == f:
                fam = r.choice(CLIN_FAMILY)
            used.add(fam)
            c = Person(r.choice(CLIN_GIVEN), fam, r.choice("FM"), "PROVIDER_NAME", role=role, cred=cred)
            c.phone = self.phone_num()
            c.email = self.org_email(c)
            self.clins.append(c)
        self.hosp = r.choice(HOSPITALS)
        self.others: list[Person] = []

    # ---- numbers
    def phone_num(self) -> tuple[str, str, str]:
        r = self.r
        return (r.choice(AREA), f"{r.randint(201, 989)}", f"{r.randrange(10000):04d}")

    def new_ssn(self) -> tuple[str, str, str]:
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        return (f"{a:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}")

    def street_line(self) -> str:
        r = self.r
        n = r.choice([str(r.randint(2, 98)), str(r.randint(100, 9999)), str(r.randint(10000, 48999)),
                      f"{r.randint(100, 2999)} 1/2", f"N{r.randint(1, 9)}W{r.randint(10000, 39999)}"])
        st = r.choice(STREETS)
        d = r.choice(DIRS) + " " if r.random() < 0.4 else ""
        post = " " + r.choice(["NE", "SW", "E", "W"]) if r.random() < 0.15 else ""
        return f"{n} {d}{st}{post}"

    def email_addr(self, p: Person) -> str:
        r = self.r
        gl = _ascii(p.given).lower().replace(" ", "").replace("-", "")
        fl = _ascii(p.family).lower().replace(" ", "").replace("'", "").replace(".", "")
        local = r.choice([f"{gl}.{fl}", f"{gl[0]}{fl}{r.randint(1, 99)}", f"{fl}_{gl}", f"{gl}{fl[:4]}",
                          f"{gl}-{fl}", f"{gl}.{fl}+health", f"{fl}.{gl[0]}{r.randint(50, 99)}"])
        return f"{local}@{r.choice(MAIL_DOMAINS)}"

    def org_email(self, p: Person) -> str:
        gl = _ascii(p.given).lower().replace(" ", "").replace("-", "")
        fl = _ascii(p.family).lower().replace(" ", "").replace("'", "").replace(".", "")
        return self.r.choice([f"{gl}.{fl}@{self.r.choice(ORG_DOMAINS)}", f"{gl[0]}{fl}@{self.r.choice(ORG_DOMAINS)}"])

    def date_in(self, lo: int, hi: int) -> dt.date:
        return self.ref + dt.timedelta(days=self.r.randint(lo, hi))

    def person_other(self, role: str, cat: str = "NAME") -> Person:
        r = self.r
        sx = r.choice("FM")
        p = Person(r.choice(GIVEN_F if sx == "F" else GIVEN_M), r.choice(FAMILY + CLIN_FAMILY[:6]), sx, cat, role=role)
        p.phone = self.phone_num()
        p.email = self.org_email(p) if cat == "PROVIDER_NAME" or r.random() < 0.5 else self.email_addr(p)
        self.others.append(p)
        return p

    # ---- patient record
    def patient_record(self) -> dict:
        ph = lambda t: f"({t[0]}) {t[1]}-{t[2]}"  # noqa: E731
        line = [self.street] + ([self.unit] if self.unit else [])
        rels = [{"relationship": p.role, "names": p.human(), "phones": [ph(p.phone)]}
                for p in self.rels]
        clins = [{"role": c.role, "names": c.human(), "credential": c.cred} for c in self.clins]
        return {"names": self.pt.human(), "mrn": self.mrn, "phones": [ph(self.pt.phone)],
                "emails": [self.pt.email],
                "address": {"line": line, "city": self.city[0], "state": self.city[1], "postalCode": self.zip},
                "birthDate": self.dob.isoformat(), "relatives": rels, "clinicians": clins}


import unicodedata as _ud

_SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "ß": "ss"}


def _ascii(s: str) -> str:
    s = "".join(_SPECIAL.get(c, c) for c in s)
    s = "".join(c for c in _ud.normalize("NFKD", s) if not _ud.combining(c))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -.'"))

# ---------------------------------------------------------------------------- formatters


def nm(c: Ctx, p: Person, style: str | None = None) -> str:
    """A person's name, marked, in one of many written forms."""
    r = c.r
    cat = p.cat
    if style is None:
        opts = ["full", "full", "full", "lf", "title", "first", "init", "caps", "LF", "lfi", "poss"]
        if p.nick:
            opts += ["nick", "nick"]
        if p.script:
            opts += ["script", "script"]
        style = r.choice(opts)
    g, f = p.given, p.family
    if style == "full":
        return P(cat, f"{g} {f}")
    if style == "lf":
        return P(cat, f) + ", " + P(cat, g)
    if style == "LF":
        return P(cat, f.upper()) + ", " + P(cat, g.upper())
    if style == "lfi":
        return P(cat, f.upper()) + "," + P(cat, f"{g.upper()} {r.choice('ABCDEJKLMRT')}")
    if style == "title":
        if cat == "PROVIDER_NAME":
            t = "Dr." if p.cred in ("MD", "DO", "PhD", "DPT", "PharmD") else r.choice(["Ms.", "Mr.", "Nurse"]) if p.cred in ("RN", "LPN", "NP") else ""
            if not t:
                return P(cat, f"{g} {f}")
        else:
            t = {"F": r.choice(["Ms.", "Mrs.", "Ms"]), "M": r.choice(["Mr.", "Mr"])}[p.sex]
        return f"{t} " + P(cat, f)
    if style == "first":
        return P(cat, g)
    if style == "init":
        return P(cat, f"{g[0]}. {f}")
    if style == "initf":
        return P(cat, f"{g} {f[0]}.")
    if style == "caps":
        return P(cat, f"{g} {f}".upper())
    if style == "lower":
        return P(cat, f"{g} {f}".lower())
    if style == "lowerfirst":
        return P(cat, g.lower())
    if style == "nick":
        if not p.nick:
            return P(cat, f"{g} {f}")
        return P(cat, g) + ' "' + P(cat, p.nick) + '" ' + P(cat, f)
    if style == "script":
        if not p.script:
            return P(cat, f"{g} {f}")
        return P(cat, p.script[0]) + " (" + P(cat, f"{g} {f}") + ")"
    if style == "poss":
        return P(cat, f"{g} {f}") + "'s"
    raise ValueError(style)


def sig(c: Ctx, p: Person) -> str:
    r = c.r
    s = r.choice(["— {n}, {cr}", "/s/ {n} {cr}", "Electronically signed: {N}, {cr}", "{n}, {cr}",
                  "Signed by {n} ({cr})"])
    n = nm(c, p, r.choice(["full", "full", "init", "lf"]))
    N = nm(c, p, "caps")
    return s.format(n=n, N=N, cr=p.cred)


def dt_(c: Ctx, d: dt.date, style: str | None = None) -> str:
    """A date, marked, in one of many forms (weekdays and leading words outside the span)."""
    r = c.r
    styles = ["mdY", "mdy", "md", "dash", "dotted", "iso", "mon_ord_apos", "d_month", "month_of", "the_ord",
              "wd_md", "on_md", "wd_long", "dmy_caps", "ymd_slash", "compact", "mon_d_apos", "month_ord",
              "ord_month_year", "month_the", "mid_month", "md_time", "iso_t", "mdY_long", "mon_d_y",
              "d_mon_y", "wd3_md", "m_y", "mdY0"]
    if style is None:
        style = r.choice(styles)
    m, dd, Y = d.month, d.day, d.year
    y2 = f"{Y % 100:02d}"
    D = lambda s: P("DATE", s)  # noqa: E731
    if style == "mdY":
        return D(f"{m:02d}/{dd:02d}/{Y}")
    if style == "mdY0":
        return D(f"{m}/{dd}/{Y}")
    if style == "mdy":
        return D(f"{m}/{dd}/{y2}")
    if style == "md":
        return D(f"{m}/{dd}")
    if style == "dash":
        return D(f"{m}-{dd}-{y2}")
    if style == "dotted":
        return D(f"{m:02d}.{dd:02d}.{Y}")
    if style == "iso":
        return D(d.isoformat())
    if style == "mon_ord_apos":
        return D(f"{MON3[m - 1]}. {ordinal(dd)}, '{y2}")
    if style == "d_month":
        return D(f"{dd} {MONTHS[m - 1]}")
    if style == "month_of":
        return D(f"{MONTHS[m - 1]} of {Y}")
    if style == "the_ord":
        return "the " + D(ordinal(dd))
    if style == "wd_md":
        return WD_SHORT[d.weekday()] + " " + D(f"{m}/{dd}")
    if style == "wd3_md":
        return WD3[d.weekday()] + " " + D(f"{m}/{dd}/{y2}")
    if style == "on_md":
        return "on " + D(f"{m}/{dd}")
    if style == "wd_long":
        return WD[d.weekday()] + ", " + D(f"{MONTHS[m - 1]} {dd}, {Y}")
    if style == "dmy_caps":
        return D(f"{dd:02d}-{MON3[m - 1].upper()}-{Y}")
    if style == "ymd_slash":
        return D(f"{Y}/{m:02d}/{dd:02d}")
    if style == "compact":
        return D(f"{Y}{m:02d}{dd:02d}")
    if style == "mon_d_apos":
        return D(f"{MON3[m - 1]} {dd} '{y2}")
    if style == "month_ord":
        return D(f"{MONTHS[m - 1]} {ordinal(dd)}")
    if style == "ord_month_year":
        return D(f"{ordinal(dd)} {MONTHS[m - 1]} {Y}")
    if style == "month_the":
        return D(f"{MONTHS[m - 1]} the {ordinal(dd)}")
    if style == "mid_month":
        return r.choice(["mid-", "early ", "late "]) + D(f"{MONTHS[m - 1]} {Y}")
    if style == "md_time":
        return D(f"{m}/{dd}/{Y}") + f" @ {r.randint(6, 22):02d}{r.choice(['00', '15', '30', '45'])}"
    if style == "iso_t":
        return D(f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    if style == "mdY_long":
        return D(f"{MONTHS[m - 1]} {dd}, {Y}")
    if style == "mon_d_y":
        return D(f"{MON3[m - 1]} {dd}, {Y}")
    if style == "d_mon_y":
        return D(f"{dd} {MON3[m - 1]} {Y}")
    if style == "m_y":
        return D(f"{m:02d}/{Y}")
    raise ValueError(style)


def drange(c: Ctx, d1: dt.date, d2: dt.date) -> str:
    r = c.r
    D = lambda s: P("DATE", s)  # noqa: E731
    k = r.randrange(4)
    if k == 0 and d1.month == d2.month and d2.day > d1.day:
        return D(f"{d1.month}/{d1.day}") + "-" + D(str(d2.day))
    if k == 1:
        return D(f"{d1.month}/{d1.day}") + "–" + D(f"{d2.month}/{d2.day}/{d2.year % 100:02d}")
    if k == 2:
        return "from " + dt_(c, d1, "mon_d_y") + " through " + dt_(c, d2, "mon_d_y")
    return D(f"{d1.month:02d}/{d1.day:02d}/{d1.year}") + " to " + D(f"{d2.month:02d}/{d2.day:02d}/{d2.year}")


def age_(c: Ctx, n: int, style: str | None = None) -> str:
    """An age, marked: PHI when above 89, keep `age` otherwise."""
    r = c.r
    A = (lambda s: P("AGE_OVER_89", s)) if n > 89 else (lambda s: K("age", s))
    styles = ["yo_hyph", "y_o", "yo_tight", "yo_sp", "aged", "age", "paren_age", "years_old",
              "years_of_age", "spelled", "spelled_old", "F_slash", "nF", "ny", "yrs", "turned", "yr_old"]
    if style is None:
        style = r.choice(styles)
    sx = r.choice("FM")
    if style == "yo_hyph":
        return A(f"{n}-year-old")
    if style == "yr_old":
        return A(f"{n}-yr-old")
    if style == "y_o":
        return A(f"{n} y/o")
    if style == "yo_tight":
        return A(f"{n}yo")
    if style == "yo_sp":
        return A(f"{n} yo")
    if style == "aged":
        return "aged " + A(str(n))
    if style == "age":
        return "age " + A(str(n))
    if style == "paren_age":
        return "(age " + A(str(n)) + ")"
    if style == "years_old":
        return A(f"{n} years") + " old"
    if style == "years_of_age":
        return A(f"{n} years") + " of age"
    if style == "spelled":
        return A(words(n))
    if style == "spelled_old":
        return A(f"{words(n)} years") + " old"
    if style == "F_slash":
        return f"{sx}/" + A(str(n))
    if style == "nF":
        return A(str(n)) + sx
    if style == "ny":
        return A(f"{n}y")
    if style == "yrs":
        return A(f"{n} yrs")
    if style == "turned":
        return "turned " + A(str(n))
    raise ValueError(style)


def ph_(c: Ctx, t: tuple, cat: str = "PHONE", style: int | None = None) -> str:
    a, b, d = t
    forms = [f"({a}) {b}-{d}", f"{a}.{b}.{d}", f"{a}{b}{d}", f"+1-{a}-{b}-{d}", f"{a}-{b}-{d}",
             f"{a} {b} {d}", f"1 ({a}) {b}-{d}", f"+1 {a} {b} {d}", f"({a}){b}-{d}", f"1-{a}-{b}-{d}"]
    return P(cat, forms[c.r.randrange(len(forms)) if style is None else style])


def em_(c: Ctx, addr: str, style: str | None = None) -> str:
    r = c.r
    if style is None:
        style = r.choice(["plain", "plain", "plain", "upper", "at", "bracket", "paren", "mailto", "AT"])
    local, dom = addr.split("@")
    if style == "plain":
        return P("EMAIL", addr)
    if style == "upper":
        return P("EMAIL", addr.upper())
    if style == "at":
        return P("EMAIL", f"{local} at {dom.replace('.', ' dot ')}")
    if style == "AT":
        return P("EMAIL", f"{local} AT {dom.replace('.', ' DOT ')}")
    if style == "bracket":
        return P("EMAIL", f"{local} [at] {dom.replace('.', ' [dot] ')}")
    if style == "paren":
        return P("EMAIL", f"{local}(at){dom}")
    if style == "mailto":
        return "mailto:" + P("EMAIL", addr)
    raise ValueError(style)


def ssn_(c: Ctx, s: tuple | None = None, style: str | None = None) -> str:
    r = c.r
    a, g, n = s or c.ssn_digits
    S = lambda x: P("SSN", x)  # noqa: E731
    styles = ["dash", "space", "dot", "bare", "xmask", "star", "last4", "ssno", "lastfour", "XMASK", "full_label",
              "ss_hash_lower"]
    style = style or r.choice(styles)
    return {
        "dash": lambda: "SSN: " + S(f"{a}-{g}-{n}"),
        "space": lambda: "SS# " + S(f"{a} {g} {n}"),
        "ss_hash_lower": lambda: "ss# " + S(f"{a} {g} {n}"),
        "dot": lambda: "Soc. Sec. No. " + S(f"{a}.{g}.{n}"),
        "bare": lambda: "SSN " + S(f"{a}{g}{n}"),
        "xmask": lambda: "SSN: xxx-xx-" + S(n),
        "XMASK": lambda: "SSN XXX-XX-" + S(n),
        "star": lambda: "SSN ***-**-" + S(n),
        "last4": lambda: "SSN last 4: " + S(n),
        "ssno": lambda: "Social Security no. " + S(f"{a}-{g}-{n}"),
        "lastfour": lambda: "last four of social " + S(n),
        "full_label": lambda: "Social Security Number: " + S(f"{a}-{g}-{n}"),
    }[style]()


def ssn_cell(c: Ctx, s: tuple | None = None) -> str:
    a, g, n = s or c.ssn_digits
    return P("SSN", c.r.choice([f"{a}-{g}-{n}", f"{a} {g} {n}", f"{a}{g}{n}", f"{a}.{g}.{n}"]))


def zip_(c: Ctx) -> str:
    return P("ZIP", c.zip if c.r.random() < 0.8 else f"{c.zip}-{c.r.randrange(10000):04d}")


def addr_(c: Ctx, style: str | None = None, oneline: bool = True) -> str:
    """The patient's postal address, marked."""
    r = c.r
    style = style or r.choice(["std", "std", "std", "complex", "rr", "pobox", "hc", "caps"])
    sep = ", " if oneline else "\n"
    city, st = c.city[0], c.city[1]
    tail = P("CITY", city) + ", " + st + " " + zip_(c)
    unit = (", " + P("ADDRESS", c.unit)) if c.unit else ""
    if style == "std":
        return P("ADDRESS", c.street) + unit + sep + tail
    if style == "caps":
        u = (" " + P("ADDRESS", c.unit.upper())) if c.unit else ""
        return P("ADDRESS", c.street.upper()) + u + sep + P("CITY", city.upper()) + " " + st + " " + zip_(c)
    if style == "complex":
        return P("ADDRESS", r.choice(COMPLEXES)) + sep + P("ADDRESS", c.street) + unit + sep + tail
    if style == "rr":
        return P("ADDRESS", f"RR {r.randint(1, 9)} Box {r.randint(10, 999)}") + sep + tail
    if style == "hc":
        return P("ADDRESS", f"HC {r.randint(60, 89)} Box {r.randint(100, 2999)}") + sep + tail
    if style == "pobox":
        return P("ADDRESS", r.choice(["P.O. Box ", "PO Box ", "Post Office Box ", "POB "]) + str(r.randint(10, 9999))) + sep + tail
    raise ValueError(style)


def other_addr(c: Ctx) -> str:
    """Another person's or place's address in a random US, military or foreign shape."""
    r = c.r
    k = r.randrange(16)
    city = r.choice(CITIES)
    z = city[2] + f"{r.randrange(100):02d}"
    if k < 5:
        st = c.street_line()
        u = (" " + P("ADDRESS", r.choice([f"Apt {r.randint(1, 12)}", f"Ste {r.randint(100, 450)}", f"Bldg {r.choice('ABCDE')}",
                                          f"Fl {r.randint(2, 9)}", f"Space {r.randint(1, 80)}"]))) if r.random() < 0.5 else ""
        return P("ADDRESS", st) + u + ", " + P("CITY", city[0]) + ", " + city[1] + " " + P("ZIP", z)
    if k == 5:
        return P("ADDRESS", f"Unit {r.randint(2000, 8999)} Box {r.randint(100, 9999)}") + ", APO AE " + P("ZIP", f"09{r.randint(100, 899)}")
    if k == 6:
        return P("ADDRESS", f"PSC {r.randint(400, 899)} Box {r.randint(10, 999)}") + ", FPO AP " + P("ZIP", f"96{r.randint(200, 699)}")
    if k == 7:
        return P("ADDRESS", f"Flat {r.randint(1, 9)}") + ", " + P("ADDRESS", f"{r.randint(2, 140)} Ashgrove Terrace") + ", " + P("CITY", "Leeds") + " " + P("ZIP", f"LS{r.randint(1, 17)} {r.randint(1, 9)}{r.choice('ABDEFG')}{r.choice('HJLNPQ')}") + ", UK"
    if k == 8:
        return P("ADDRESS", f"{r.randint(100, 9999)} rue Saint-Hubert") + ", " + P("ADDRESS", f"app. {r.randint(1, 30)}") + ", " + P("CITY", "Montréal") + " QC " + P("ZIP", f"H2{r.choice('JKLTX')} {r.randint(1, 9)}{r.choice('ABCEGH')}{r.randint(1, 9)}")
    if k == 9:
        return P("ADDRESS", f"Lindenstraße {r.randint(1, 90)}") + ", " + P("ZIP", f"{r.randint(10000, 99999)}") + " " + P("CITY", "Göttingen") + ", Germany"
    if k == 10:
        return P("ADDRESS", f"Calle Hidalgo {r.randint(1, 400)}") + ", " + P("ADDRESS", "Col. San Felipe") + ", " + P("ZIP", f"{r.randint(10000, 99999)}") + " " + P("CITY", "Zacatecas") + ", Zac., México"
    if k == 11:
        return P("ADDRESS", f"House No. {r.randint(1, 300)}, 4th Cross") + ", " + P("ADDRESS", "Jayanagar") + ", " + P("CITY", "Bengaluru") + " " + P("ZIP", f"560{r.randint(10, 99):03d}")
    if k == 12:
        return P("ADDRESS", f"{r.randint(1, 60)} Gaol Road") + ", " + P("CITY", "Ennis") + ", Co. Clare " + P("ZIP", f"V95 {r.choice('ACDEF')}{r.randint(100, 999)}")
    if k == 13:
        return P("ADDRESS", f"{r.randint(2, 99)} Wattle Grove") + ", " + P("CITY", "Toowoomba") + " QLD " + P("ZIP", f"43{r.randint(50, 99)}")
    if k == 14:
        return "c/o " + nm(c, c.person_other("relative"), "full") + ", " + P("ADDRESS", c.street_line()) + ", " + P("CITY", city[0]) + ", " + city[1] + " " + P("ZIP", z)
    return P("ADDRESS", f"{r.randint(100, 9999)} {r.choice(DIRS)} {r.choice(STREETS)}") + " & " + P("ADDRESS", r.choice(STREETS)) if False else P("ADDRESS", f"{r.choice(STREETS)} and {r.choice(['5th St', 'Main St', 'Route 9', 'County Rd 12'])}") + ", " + P("CITY", city[0])

# ---------------------------------------------------------------------------- identifiers

ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def dea(c: Ctx, surname: str, mid: bool = False) -> str:
    r = c.r
    first = "M" if mid else r.choice("ABFG")
    x = [r.randrange(10) for _ in range(6)]
    chk = (x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5])) % 10
    ini = _ascii(surname).replace(" ", "").replace("'", "")[0].upper()
    return first + ini + "".join(map(str, x)) + str(chk)


def vin(c: Ctx) -> str:
    r = c.r
    while True:
        v = [r.choice("123459JKLSWYZ")] + [r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7)] + ["0"] + \
            [r.choice("LMNPRS")] + [r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")] + [str(r.randrange(10)) for _ in range(6)]
        v[8] = vin_check("".join(v))
        s = "".join(v)
        if vin_ok(s):
            return s


def npi(c: Ctx) -> str:
    return luhn_npi(str(c.r.choice([1, 2])) + f"{c.r.randrange(10**8):08d}")


def mbi(c: Ctx) -> str:
    r = c.r
    A = lambda: r.choice(MBI_A)  # noqa: E731
    N = lambda: str(r.randrange(10))  # noqa: E731
    X = lambda: r.choice(MBI_A + "0123456789")  # noqa: E731
    s = str(r.randint(1, 9)) + A() + X() + N() + A() + X() + N() + A() + A() + N() + N()
    return r.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def ident(c: Ctx, kind: str) -> str:
    """A labelled identifier, marked."""
    r = c.r
    d = c.ref
    if kind == "mrn":
        m = c.mrn.lstrip("0") if c.mrn.startswith("00") and r.random() < 0.4 else c.mrn
        return r.choice(["MRN: ", "MRN ", "Med Rec #", "Chart # ", "Medical record no. ", "Pt ID: "]) + P("MRN", m)
    if kind == "member":
        return r.choice(["Member ID: ", "Subscriber #", "Policy no. ", "Ins ID "]) + P(
            "HEALTH_PLAN", r.choice([f"{r.choice(['XQH', 'W', 'ZGP', 'U'])}{r.randrange(10**9):09d}", f"{r.randrange(10**8):08d}01",
                                     f"H{r.randrange(10**7):07d}-{r.randint(1, 9):02d}"]))
    if kind == "group":
        return r.choice(["Group: ", "Grp # ", "RxGrp "]) + P("HEALTH_PLAN", r.choice([f"GRP-{r.randrange(10**5):05d}", f"{r.randrange(10**6):06d}", f"K{r.randrange(10**4):04d}"]))
    if kind == "mbi":
        return r.choice(["MBI ", "Medicare ID: ", "Medicare # "]) + P("HEALTH_PLAN", mbi(c))
    if kind == "medicaid":
        return r.choice(["Medicaid ID ", "Medicaid #", "Medi-Cal BIC "]) + P("HEALTH_PLAN", f"{r.choice(['', 'MA', 'Y'])}{r.randrange(10**8):08d}{r.choice(['', 'W'])}")
    if kind == "account":
        return r.choice(["Acct #", "Account: ", "FIN ", "HAR ", "CSN: ", "Guarantor acct ", "Visit # ", "Statement # "]) + P(
            "ACCOUNT", r.choice([f"{r.randrange(10**9, 10**10)}", f"ACCT-{r.randrange(1000, 9999)}-{r.randrange(10**5):05d}",
                                 f"V{r.randrange(10**8):08d}", f"{d.year % 100}-{r.randrange(10**6):06d}"]))
    if kind == "npi":
        return "NPI " + P("OTHER_ID", npi(c))
    if kind == "aps":
        return r.choice(["APS case # ", "Intake no. ", "Report ID "]) + P("OTHER_ID", r.choice(
            [f"APS-{d.year}-{r.randrange(10**5):05d}", f"RPT-{d.year}{d.month:02d}{d.day:02d}-{r.randrange(10**4):04d}",
             f"{r.randrange(10**7):07d}"]))
    if kind == "claim":
        return r.choice(["Claim # ", "Claim no. ", "ICN ", "Ref #"]) + P("OTHER_ID", r.choice(
            [f"{d.year % 100}{r.randrange(10**9):09d}", f"CLM{r.randrange(10**8):08d}", f"E{d.year}{d.month:02d}{d.day:02d}{r.randrange(10**5):05d}"]))
    if kind == "pa":
        return r.choice(["Prior auth # ", "Auth no. ", "Precert ", "Appeal ref "]) + P("OTHER_ID", r.choice(
            [f"PA{r.randrange(10**7):07d}", f"{r.choice('ABCDEFG')}{r.randrange(10**6):06d}-{r.randint(1, 9)}", f"AP-{d.year}-{r.randrange(10**6):06d}"]))
    if kind == "accession":
        return r.choice(["Accession: ", "Acc# ", "Specimen ID ", "Case no. "]) + P("OTHER_ID", r.choice(
            [f"S{d.year % 100}-{r.randrange(10**5):05d}", f"CY{d.year % 100}-{r.randrange(10**4):04d}", f"{d.year % 100}-{r.randint(100, 366)}-{r.randrange(10**4):04d}",
             f"AC{r.randrange(10**8):08d}"]))
    if kind == "rx":
        return r.choice(["Rx #", "Rx# ", "Rx no. "]) + P("OTHER_ID", f"{r.randint(1, 9)}{r.randrange(10**6):06d}")
    if kind == "dl":
        return r.choice(["DL# ", "Driver's lic. ", "Driver license "]) + P("LICENSE", r.choice(
            [f"{r.choice('ABDGKMSW')}{r.randrange(10**3):03d}-{r.randrange(10**4):04d}-{r.randrange(10**4):04d}", f"{r.randrange(10**8):08d}",
             f"{r.choice('ABCDEFGH')}{r.randrange(10**7):07d}", f"{r.randrange(10**3):03d}-{r.randrange(10**3):03d}-{r.randrange(10**3):03d}"]))
    if kind == "plate":
        return r.choice(["plate ", "tag # ", "lic plate "]) + P("VEHICLE", r.choice(
            [f"{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randrange(1000):03d}",
             f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}-{r.randrange(10**4):04d}"])) + f" ({r.choice(['OH', 'WA', 'TX', 'ME', 'KY', 'AZ'])})"
    if kind == "vin":
        return "VIN " + P("VEHICLE", vin(c))
    if kind == "serial":
        return r.choice(["SN ", "Serial # ", "S/N: ", "device serial "]) + P("DEVICE", r.choice(
            [f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randrange(10**6):06d}{r.choice('HSGR')}",
             f"{r.randrange(10**8):08d}", f"SN{r.randrange(10**7):07d}"]))
    if kind == "udi":
        return "UDI " + P("DEVICE", f"(01)00{r.randrange(10**12):012d}(17){(d.year + 2) % 100}{d.month:02d}30(10){r.choice('ABCDEFGH')}{r.randrange(10**4):04d}(21){r.randrange(10**6):06d}")
    if kind == "url":
        return P("URL", r.choice([f"https://www.caringbridge.org/visit/{_ascii(c.pt.given).lower().replace(' ', '')}{_ascii(c.pt.family).lower().replace(' ', '').replace(chr(39), '')}",
                                  f"gofundme.com/f/help-{_ascii(c.pt.given).lower().replace(' ', '-')}-recover",
                                  f"https://mychart.{r.choice(ORG_DOMAINS)}/u/{r.randrange(10**6):06d}"]))
    if kind == "ip":
        return P("IP", r.choice([f"{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2600:{r.randrange(16**4):x}:{r.randrange(16**4):x}::{r.randrange(16**4):x}"]))
    if kind == "lic":
        return r.choice(["Lic ", "License # ", "State lic. "]) + P("LICENSE", r.choice(
            [f"{r.choice(['MD', 'RN', 'OT-', 'PT', 'LCSW-'])}{r.randrange(10**5, 10**6)}", f"{r.randint(20, 35)}.{r.randrange(10**6):06d}"]))
    raise ValueError(kind)

# ---------------------------------------------------------------------------- clinical text to keep

DRUGS = ["apixaban 2.5 mg BID", "furosemide 40 mg daily", "metoprolol succinate 25 mg daily",
         "donepezil 10 mg at bedtime", "sertraline 50 mg daily", "levothyroxine 88 mcg daily",
         "tamsulosin 0.4 mg qHS", "oxycodone 5 mg q6h PRN", "morphine oral solution 5 mg q2h PRN",
         "lorazepam 0.5 mg SL q4h PRN", "haloperidol 0.5 mg q6h PRN", "gabapentin 300 mg TID",
         "insulin glargine 18 units qHS", "metformin 500 mg BID", "prednisone 10 mg daily",
         "methotrexate 15 mg weekly", "folic acid 1 mg daily", "ondansetron 4 mg ODT q8h PRN",
         "senna 8.6 mg 2 tabs qHS", "polyethylene glycol 17 g daily", "atorvastatin 40 mg daily",
         "clopidogrel 75 mg daily", "pantoprazole 40 mg daily", "ceftriaxone 1 g IV q24h",
         "vancomycin 1,250 mg IV q12h", "enoxaparin 40 mg subcut daily", "mirtazapine 7.5 mg qHS",
         "spironolactone 25 mg daily", "rifaximin 550 mg BID", "lactulose 20 g TID",
         "tretinoin 0.025% cream qHS", "clobetasol 0.05% ointment BID", "timolol 0.5% 1 gtt OU BID",
         "latanoprost 0.005% 1 gtt OS qHS", "fluticasone 50 mcg 2 sprays each nostril daily",
         "amoxicillin-clavulanate 875/125 mg BID", "meclizine 25 mg q8h PRN", "tadalafil 5 mg daily",
         "oxybutynin 5 mg BID", "ferrous sulfate 325 mg every other day", "vitamin D3 2,000 units daily",
         "cholestyramine 4 g daily", "loperamide 2 mg after each loose stool", "isoniazid 300 mg daily",
         "pyridoxine 25 mg daily", "ivermectin 200 mcg/kg x1", "albendazole 400 mg x1"]
NDCS = ["0093-7214-01", "0378-1805-10", "68180-0513-06", "0172-2083-60", "50090-3490-0", "0904-6312-61"]
LOINCS = [("hemoglobin A1c", "4548-4"), ("creatinine", "2160-0"), ("TSH", "3016-3"), ("albumin", "1751-7"),
          ("INR", "6301-6"), ("ferritin", "2276-4"), ("total bilirubin", "1975-2"), ("sodium", "2951-2")]
LABS = ["Hgb 9.8 g/dL", "Na 131 mmol/L", "Cr 1.42 mg/dL", "albumin 2.9 g/dL", "INR 1.6", "bilirubin 2.4 mg/dL",
        "platelets 92 K/uL", "A1c 7.9%", "TSH 6.1 mIU/L", "prealbumin 12 mg/dL", "WBC 11.2 K/uL", "K 5.3 mmol/L",
        "glucose 96 mg/dL", "BUN 91 mg/dL", "ferritin 18 ng/mL", "PSA 9.4 ng/mL", "vitamin B12 191 pg/mL",
        "eGFR 41 mL/min/1.73m2", "lactate 2.1 mmol/L", "AFP 6 ng/mL"]
CPTS = ["99497", "99498", "97161", "97165", "92557", "93288", "94010", "88305", "88112", "11042", "97802",
        "G0180", "99345", "96116", "96132", "31231", "11721", "51798", "29515", "20610"]
ICDS = ["Z51.5", "Z71.89", "L89.154", "K94.09", "F03.90", "G30.1", "R26.81", "H81.10", "K74.60", "N40.1",
        "S82.61XA", "C61", "L40.0", "J44.9", "E43", "Z59.02", "T74.01XA", "Z00.00", "M18.12", "H35.31"]


def vitals_(c: Ctx) -> str:
    r = c.r
    V = lambda s: K("vital", s)  # noqa: E731
    items = [V(f"BP {r.randint(96, 178)}/{r.randint(52, 98)}"), V(f"HR {r.randint(88, 104)}"),
             V(f"RR {r.randint(14, 24)}"), V(f"T {r.choice(['97.9', '98.6', '99.1', '100.4', '36.8 °C'])}"),
             V(f"SpO2 {r.randint(89, 99)}%"), V(f"wt {r.randint(90, 104)}.{r.randint(0, 9)} kg"),
             V(f"pulse {r.randint(90, 102)}"), V(f"BMI {r.randint(17, 41)}.{r.randint(0, 9)}")]
    r.shuffle(items)
    return ", ".join(items[:r.randint(4, 7)])


def drugs_(c: Ctx, n: int) -> list[str]:
    return [K("drug", d) for d in c.r.sample(DRUGS, n)]


def labs_(c: Ctx, n: int) -> str:
    return ", ".join(K("lab", x) for x in c.r.sample(LABS, n))


def pick_pt_epo(c: Ctx) -> str:
    """A sentence using a person's eponym surname as the eponym, if anyone here has one."""
    ep = {e[0]: e for e in EPONYM_NAMES}
    for p in [c.pt] + c.rels + c.clins:
        if p.family in ep:
            return " Note: " + K(ep[p.family][2], ep[p.family][1]) + " " + c.r.choice(
                ["is documented in the history.", "was reviewed; no relation to the family name.", "was discussed with the family.",
                 "is on the problem list."])
    e = c.r.choice(EPONYM_NAMES)
    return " " + K(e[2], e[1]) + " noted in the problem list."


def word_use(c: Ctx) -> str:
    """The ordinary-word use of a given name or a town name found in this note."""
    out = []
    for p in [c.pt] + c.rels:
        for g, w in WORD_GIVEN:
            if p.given == g:
                phrase = WORD_USES[w]
                i = phrase.lower().find(w.lower())
                out.append(phrase[:i] + K("word", phrase[i:i + len(w)]) + phrase[i + len(w):] + ".")
                break
    city, _, _, use = c.city
    if use:
        if use.startswith(city):
            out.append(K("eponym", use) + " reviewed on the problem list.")
        else:
            i = use.lower().find(city.lower())
            out.append(use[0].upper() + use[1:i] + K("word", use[i:i + len(city)]) + use[i + len(city):] + "." if i > 0 else
                       K("word", use[:len(city)]) + use[len(city):] + ".")
    return " ".join(out)

# ---------------------------------------------------------------------------- shared sections


def rel_label(p: Person) -> str:
    return p.role


def sec_contacts(c: Ctx) -> str:
    r = c.r
    lines = [r.choice(["CONTACTS", "Emergency contacts:", "Support persons", "Family / contacts —"])]
    for p in c.rels:
        parts = [nm(c, p), f"({rel_label(p)})"]
        if r.random() < 0.5:
            parts.append(age_(c, p.age, r.choice(["paren_age", "yo_sp", "aged", "y_o"])))
        parts.append(r.choice(["cell ", "ph ", "tel. ", "mobile: ", ""]) + ph_(c, p.phone))
        k = r.randrange(4)
        if k == 0:
            parts.append(nm(c, p, "full") + " <" + P("EMAIL", p.email) + ">")
        elif k == 1:
            parts.append("email " + em_(c, p.email))
        lines.append("  " + " ".join(parts))
    return "\n".join(lines)


def sec_id_table(c: Ctx) -> str:
    r = c.r
    rows = [("Patient", nm(c, c.pt, r.choice(["lf", "LF", "full", "lfi"]))), ("MRN", P("MRN", c.mrn)),
            ("DOB", dt_(c, c.dob, r.choice(["mdY", "iso", "mon_d_y", "dmy_caps", "mdY0"]))),
            ("Age", age_(c, c.age, r.choice(["ny", "yrs", "years_old", "nF"])) if r.random() < 0.5 else
             (P("AGE_OVER_89", str(c.age)) if c.age > 89 else K("age", str(c.age)))),
            ("SSN", ssn_cell(c)), ("Phone", ph_(c, c.pt.phone)), ("Plan", ident(c, r.choice(["member", "mbi", "medicaid"])))]
    if r.random() < 0.5:
        rows.append(("Acct", ident(c, "account")))
    if r.random() < 0.5:
        return "\n".join(f"| {a} | {b} |" for a, b in rows)
    if r.random() < 0.5:
        return "\n".join(f"{a:.<14}{b}" for a, b in rows)
    return "  ".join(f"{a}: {b}" for a, b in rows)


def sec_social(c: Ctx) -> str:
    r = c.r
    she = "She" if c.pt.sex == "F" else "He"
    lm = r.choice(["near the Walmart", "behind the Dollar General", "by the grain elevator", "across from the fire station",
                   "past the second cattle guard", "next to the laundromat"])
    addr = r.choice([P("ADDRESS", c.street) + " " + lm, P("ADDRESS", c.street) + (" " + P("ADDRESS", c.unit) if c.unit else "") + " in " + P("CITY", c.city[0]),
                     "the " + P("ADDRESS", r.choice(COMPLEXES)) + " on " + P("ADDRESS", r.choice(STREETS)) if r.random() < 0.5 else P("ADDRESS", c.street.lower()) + " " + lm])
    s = f"SOCIAL: {she} lives at {addr}"
    if c.rels:
        p = r.choice(c.rels)
        s += f" with {('her' if c.pt.sex == 'F' else 'his')} {p.role} " + nm(c, p, r.choice(["first", "full", "nick", "lowerfirst"])) + ", " + age_(c, p.age, r.choice(["spelled", "yo_sp", "years_old", "y_o"])) + "."
    else:
        s += ", alone."
    spouse_age = r.randint(90, 101) if r.random() < 0.5 else r.randint(70, 89)
    s += f" A grandparent died at {K('age', str(r.randint(60, 89)))}; a sister is " + age_(c, spouse_age, r.choice(["yo_hyph", "spelled", "years_old", "yo_tight"])) + f"; an aunt is in her {r.choice(['nineties', 'late nineties', '90s'])} per family (no number given)."
    s += " " + word_use(c)
    if r.random() < 0.5:
        s += f" Tobacco: quit {K('abbreviation', 'ppd')} habit years ago ({r.randint(20, 60)} pack-years). Neighbor " + nm(c, c.person_other("neighbor"), "full") + " checks in."
    return s


def sec_family(c: Ctx) -> str:
    r = c.r
    rows = ["FAMILY HISTORY"]
    for rel in r.sample(["Mother", "Father", "Maternal grandmother", "Paternal aunt", "Brother", "Sister"], 3):
        a = r.choice([r.randint(90, 104), r.randint(40, 89), r.randint(90, 98)])
        dx = r.choice(["Huntington disease", "Alzheimer disease", "Lewy body dementia", "colon cancer", "Marfan syndrome",
                       "Charcot-Marie-Tooth disease", "stroke", "Ehlers-Danlos syndrome", "Parkinson disease", "MI"])
        kind = "eponym" if any(ch.isupper() for ch in dx.split()[0]) and dx != "MI" else "diagnosis"
        alive = r.choice(["alive at ", "died at ", "d. age ", "living, ", "deceased ("])
        if alive == "living, ":
            ag = age_(c, a, r.choice(["spelled", "yo_sp", "y_o"]))
        elif alive == "deceased (":
            ag = age_(c, a, "yo_tight") + ")"
        else:
            ag = (P("AGE_OVER_89", str(a)) if a > 89 else K("age", str(a)))
        rows.append(f"- {rel}: {alive}{ag}, " + K(kind, dx))
    return "\n".join(rows)


def sec_meds(c: Ctx) -> str:
    r = c.r
    ds = drugs_(c, r.randint(3, 5))
    lines = [r.choice(["MEDICATIONS", "Current meds:", "Med list (reconciled)"])] + [f"  {i + 1}. {d}" for i, d in enumerate(ds)]
    if r.random() < 0.6:
        lines.append(f"  NDC {K('code', r.choice(NDCS))}, lot {r.choice('ABCDEFGHK')}{r.randint(1, 9)}{r.choice('ABCDEFGHK')}{r.randint(10, 99)}{r.choice('XYZK')}, exp {r.randint(1, 12):02d}/{c.ref.year + 2}; " + ident(c, "rx"))
    return "\n".join(lines)


def sec_labs(c: Ctx) -> str:
    r = c.r
    ln = r.choice(LOINCS)
    s = f"LABS ({dt_(c, c.date_in(-20, -1), r.choice(['md', 'mdy', 'dash', 'dotted', 'wd_md']))}): " + labs_(c, r.randint(3, 5))
    s += f". {ln[0]} (LOINC {K('code', ln[1])}); " + ident(c, "accession") + f"; CLIA 0{r.randint(1, 9)}D{r.randrange(10**7):07d} (performing lab)."
    return s


def sec_timeline(c: Ctx) -> str:
    r = c.r
    d1 = c.date_in(-120, -30)
    d2 = d1 + dt.timedelta(days=r.randint(2, 6))
    parts = [
        f"admitted {dt_(c, d1, r.choice(['wd_md', 'mon_ord_apos', 'd_month', 'dash', 'dotted']))}, stayed {drange(c, d1, d2)}",
        f"seen again {dt_(c, c.date_in(-25, -2), r.choice(['the_ord', 'on_md', 'month_the', 'wd3_md']))}",
        f"symptoms began {dt_(c, c.date_in(-400, -200), r.choice(['month_of', 'mid_month', 'm_y']))} (worse in spring {c.ref.year - 1})",
        f"last fall {r.randint(2, 6)} days ago at {r.randint(1, 11)}:{r.choice(['05', '20', '40'])} {r.choice(['AM', 'PM'])}",
        f"follow-up {dt_(c, c.date_in(7, 60), r.choice(['wd_long', 'mdY_long', 'ord_month_year', 'mdy', 'iso_t', 'md_time']))}",
    ]
    r.shuffle(parts)
    return "Timeline: " + "; ".join(parts) + "."


def sec_portal(c: Ctx) -> str:
    r = c.r
    a, b, d = c.pt.phone
    me = nm(c, c.pt, r.choice(["lower", "lowerfirst", "first", "nick"]))
    num = P("PHONE", r.choice([f"{a} {b} {d}", f"{a}{b}{d}", f"{a}.{b}.{d}", f"({a}){b}{d}"]))
    addr = r.choice([P("ADDRESS", c.street.lower()), P("ADDRESS", c.street)]) + (" " + P("ADDRESS", c.unit.lower()) if c.unit else "")
    lines = [f"[Portal msg {dt_(c, c.date_in(-9, -1), r.choice(['mdy', 'md', 'iso']))} {r.randint(1, 12)}:{r.randint(10, 59)}pm] from patient:",
             f"  hi its {me} again. my new cell is {num} and my email changed to {em_(c, c.pt.email)} . "
             f"we moved to {addr} {P('CITY', c.city[0].lower())} {zip_(c)} so send the forms there pls. "
             f"my ss is {ssn_cell(c)} if the billing ppl need it. thx"]
    if c.rels:
        p = r.choice(c.rels)
        lines.append(f"  ps my {p.role} {nm(c, p, r.choice(['lowerfirst', 'lower', 'first']))} can pick up, shes {age_(c, p.age, r.choice(['yo_tight', 'spelled', 'yo_sp']))} but still drives")
    cl = c.clins[0]
    lines.append(f"[Reply] Thank you, updated. — {nm(c, cl, r.choice(['first', 'full', 'init']))}, {cl.cred}")
    return "\n".join(lines)


def sec_billing(c: Ctx) -> str:
    r = c.r
    return (f"BILLING: CPT {K('code', r.choice(CPTS))}, {K('code', r.choice(CPTS))}; ICD-10 {K('code', r.choice(ICDS))}, {K('code', r.choice(ICDS))}. "
            f"{ident(c, 'account')}; {ident(c, 'claim')}; FY{c.ref.year} Q{r.randint(1, 4)} batch {r.randint(10, 99)}; {ident(c, 'group')}.")


def sec_vehicle(c: Ctx) -> str:
    r = c.r
    return (f"Transport: family drives a {r.choice(['2014 Ford Escape', '2019 Ram 1500', '2011 Honda Odyssey', '2021 Subaru Outback'])}, "
            f"{ident(c, 'plate')}, {ident(c, 'vin')}. Handicap placard on file. Driver {nm(c, c.person_other('driver'), 'full')}, {ident(c, 'dl')}.")


def sec_ages_mix(c: Ctx) -> str:
    r = c.r
    n1, n2 = r.randint(90, 105), r.randint(65, 89)
    return (f"Screening: {K('score', f'MoCA {r.randint(14, 29)}/30')}, {K('score', f'PHQ-9 {r.randint(0, 22)}')}, "
            f"{K('vital', f'HR {r.randint(90, 99)}')}, {K('lab', f'glucose {r.randint(90, 99)} mg/dL')}, "
            f"{K('score', f'Braden {r.randint(9, 20)}')}, {K('score', f'Morse Fall Scale {r.choice([25, 45, 55, 95])}')}. "
            f"Roommate, {age_(c, n1, r.choice(['yo_hyph', 'y_o', 'aged', 'spelled']))}, and her friend {age_(c, n2, r.choice(['yo_hyph', 'y_o', 'aged']))} "
            f"share the room; {r.randint(90, 99)} steps walked with walker, {r.randint(90, 120)} min session, {r.randint(2, 4)} of {r.randint(5, 6)} goals met.")


GENERIC = [sec_contacts, sec_id_table, sec_social, sec_family, sec_meds, sec_labs, sec_timeline, sec_portal,
           sec_billing, sec_vehicle, sec_ages_mix]

# ---------------------------------------------------------------------------- headers and signatures


def header(c: Ctx, title: str) -> str:
    r = c.r
    k = r.randrange(5)
    vd = c.date_in(-3, 0)
    if k == 0:
        return (f"{c.hosp.upper()} — {title.upper()}\nPatient: {nm(c, c.pt, r.choice(['LF', 'lf', 'lfi']))}   {ident(c, 'mrn')}   "
                f"DOB: {dt_(c, c.dob, r.choice(['mdY', 'mdY0', 'iso']))} {age_(c, c.age, 'paren_age')}\nDate of service: {dt_(c, vd)}")
    if k == 1:
        return (f"| {title} | {c.hosp} |\n| Name | {nm(c, c.pt, r.choice(['full', 'LF', 'script']))} |\n| MRN | {P('MRN', c.mrn)} |\n"
                f"| DOB / Age | {dt_(c, c.dob, r.choice(['mdY', 'dmy_caps', 'mon_d_y']))} / {age_(c, c.age, r.choice(['ny', 'nF', 'yrs']))} |\n| Visit | {dt_(c, vd, r.choice(['mdY', 'iso', 'wd3_md']))} |")
    if k == 2:
        return (f"{c.hosp}\n{other_addr(c)}\nPhone {ph_(c, c.phone_num())} · Fax {ph_(c, c.phone_num(), 'FAX')}\n\n{dt_(c, vd, r.choice(['mdY_long', 'd_mon_y', 'wd_long']))}\n\n"
                f"RE: {nm(c, c.pt, r.choice(['full', 'caps', 'title']))}, DOB {dt_(c, c.dob, r.choice(['mdY', 'mdy']))}, {ident(c, 'mrn')}\n{title}")
    if k == 3:
        return (f"{title}  ·  {c.hosp}\n{nm(c, c.pt)} is a {age_(c, c.age, r.choice(['yo_hyph', 'y_o', 'yo_sp', 'yr_old']))} "
                f"{r.choice(['woman', 'man', 'patient', 'resident'])} seen {dt_(c, vd, r.choice(['on_md', 'wd_md', 'mon_ord_apos', 'the_ord', 'mdy']))}. {ident(c, 'mrn')}.")
    return (f"{title.upper()} / {c.hosp}\nNAME: {nm(c, c.pt, r.choice(['LF', 'lfi', 'caps']))}  SEX: {c.pt.sex}  AGE: "
            f"{age_(c, c.age, r.choice(['ny', 'nF', 'F_slash']))}  DOB: {dt_(c, c.dob, r.choice(['compact', 'ymd_slash', 'dmy_caps', 'dotted']))}\n"
            f"{ident(c, 'mrn')}  {ident(c, 'account')}  Visit: {dt_(c, vd, r.choice(['iso_t', 'md_time', 'mdY']))}")


def footer(c: Ctx) -> str:
    r = c.r
    cl = c.clins[0]
    lines = [sig(c, cl)]
    if r.random() < 0.6:
        lines.append(f"{r.choice(['e-mail', 'Email:', 'Contact:'])} {em_(c, cl.email, r.choice(['plain', 'plain', 'upper', 'mailto', 'bracket']))}  "
                     f"{r.choice(['direct', 'office', 'ph'])} {ph_(c, cl.phone)}  pager {r.randint(2000, 9999)}, ext. {r.randint(1000, 9999)}")
    if r.random() < 0.5:
        lines.append(f"{ident(c, 'npi')}  DEA {P('LICENSE', dea(c, cl.family, cl.cred in ('NP', 'PA-C')))}  {ident(c, 'lic')}")
    if len(c.clins) > 1 and r.random() < 0.6:
        cc = c.clins[1]
        lines.append(f"cc: {nm(c, cc, r.choice(['full', 'title', 'init']))}, {cc.cred}; dictated {dt_(c, c.date_in(-2, 0), r.choice(['mdy', 'iso', 'mon_d_y']))}, "
                     f"transcribed {dt_(c, c.date_in(0, 2), r.choice(['mdY', 'd_mon_y']))} job {P('OTHER_ID', str(r.randrange(10**6, 10**7)))}")
    return "\n".join(lines)


def cl(c: Ctx, i: int = 0) -> Person:
    return c.clins[min(i, len(c.clins) - 1)]


def rel(c: Ctx) -> Person:
    return c.r.choice(c.rels)

# ---------------------------------------------------------------------------- note types
E = lambda s: K("eponym", s)  # noqa: E731
S = lambda s: K("score", s)  # noqa: E731
DX = lambda s: K("diagnosis", s)  # noqa: E731
AB = lambda s: K("abbreviation", s)  # noqa: E731


def b_mds(c):
    r = c.r
    return [f"Assessment type: quarterly ({AB('ARD')} {dt_(c, c.date_in(-5, 0), r.choice(['mdY', 'md', 'dash']))}); {AB('BIMS')} {S(f'BIMS {r.randint(3, 15)}/15')}; "
            f"{S(f'PHQ-9 {r.randint(0, 15)}')}; Section GG self-care {r.randint(10, 40)}; {E('Braden')} {S(str(r.randint(10, 20)))}.",
            f"Resident {nm(c, c.pt, r.choice(['title', 'first', 'full']))} is {age_(c, c.age)} and attends activities; {DX('Lewy body dementia') if r.random() < 0.5 else E('Lewy body dementia')} unchanged. "
            f"Weight loss {r.randint(2, 6)}% in {r.randint(30, 180)} days. {vitals_(c)}.",
            f"Care conference held {dt_(c, c.date_in(-10, -1), r.choice(['wd_md', 'the_ord', 'month_ord']))} with {rel(c).role} {nm(c, rel(c))} by phone {ph_(c, rel(c).phone)}; MDS coordinator {nm(c, cl(c, 1))}, {cl(c, 1).cred}."]


def b_ostomy(c):
    r = c.r
    return [f"Reason: new {r.choice(['ileostomy', 'colostomy', 'urostomy'])} after {E(r.choice(['Hartmann procedure', 'Whipple procedure', 'Roux-en-Y reconstruction', 'Billroth II']))} on {dt_(c, c.date_in(-14, -3))}.",
            f"Stoma {r.randint(25, 45)} mm, budded {r.randint(1, 3)} cm, peristomal skin intact; {E(r.choice(['Bryant scale', 'Braden scale']))} {S(str(r.randint(10, 20)))}. "
            f"Pouching: {r.choice(['2-piece 57 mm flange', '1-piece convex cut-to-fit'])}, barrier ring. {E('Foley catheter')} removed; {E('Jackson-Pratt drain')} output {r.randint(10, 90)} mL.",
            f"Supplies shipped to {addr_(c)} via {r.choice(['Byram', 'Edgepark'])}, order {P('OTHER_ID', f'SO-{r.randrange(10**6):06d}')}. Teach-back with {nm(c, rel(c), 'first')} ({rel(c).role}) good."]


def b_neuropsych(c):
    r = c.r
    return [f"Referral question: {DX('major neurocognitive disorder')} vs {E('Korsakoff syndrome')} vs {E(r.choice(['Wernicke encephalopathy', 'Lewy body disease', 'Asperger syndrome']))}; referred by {nm(c, cl(c, 1), 'title')}.",
            f"Tests: {E('Wechsler Adult Intelligence Scale-IV')} FSIQ {S(str(r.randint(70, 112)))}; {E('Rey Auditory Verbal Learning Test')} {S(f'trial 5 {r.randint(4, 13)}/15')}; "
            f"{S(f'Trail Making B {r.randint(90, 300)} s')}; {E('Boston Naming Test')} {S(f'{r.randint(30, 58)}/60')}; {S(f'MMSE {r.randint(15, 29)}/30')}.",
            f"Examinee is {age_(c, c.age)}, {r.randint(8, 20)} years of education, retired {r.choice(['machinist', 'teacher', 'nurse', 'farmer'])}. Collateral from {rel(c).role} {nm(c, rel(c))}, {age_(c, rel(c).age)}."]


def b_anesthesia(c):
    r = c.r
    return [f"Procedure: {E(r.choice(['Nissen fundoplication', 'Whipple procedure', 'Roux-en-Y gastric bypass', 'Kocher maneuver-assisted duodenal mobilization']))}, planned {dt_(c, c.date_in(1, 14))}.",
            f"Airway: {E('Mallampati')} {S(r.choice(['II', 'III', 'IV']))}, TMD 3 FB, {AB('ASA')} {S(r.choice(['II', 'III', 'IV']))}; {S(f'RCRI {r.randint(0, 3)}')}, {E('Caprini score')} {S(str(r.randint(3, 9)))}. "
            f"{vitals_(c)}. {labs_(c, 3)}.",
            f"Lines: {E('Swan-Ganz catheter')} {r.choice(['planned', 'not planned'])}, {E('Foley')} yes. Hold {drugs_(c, 1)[0]} morning of surgery. "
            f"Consent witnessed by {nm(c, c.person_other('witness'))}; anesthesiologist {nm(c, cl(c), 'title')}."]


def b_derm(c):
    r = c.r
    return [f"CC: changing mole {r.choice(['L upper back', 'R shin', 'scalp vertex'])}. Hx {E(r.choice(['Kaposi sarcoma', 'Bowen disease', 'Darier sign', 'Hutchinson sign']))} ruled out.",
            f"Shave biopsy {dt_(c, c.date_in(-30, -10))}: melanoma, {E('Breslow depth')} {K('lab', f'{r.randint(2, 30) / 10} mm')}, {E('Clark level')} {S(r.choice(['III', 'IV']))}; "
            f"{ident(c, 'accession')}. Wide local excision {r.choice(['scheduled', 'done'])} {dt_(c, c.date_in(2, 30), r.choice(['wd_md', 'md', 'mon_d_apos']))}.",
            f"Also {E('Raynaud phenomenon')} and {DX('psoriasis')}, on {drugs_(c, 1)[0]}; {K('drug', 'clobetasol 0.05% ointment BID')}. Photo consent; images at {ident(c, 'url')}."]


def b_ent(c):
    r = c.r
    return [f"Vertigo and hearing loss. {E('Weber test')} lateralizes {r.choice(['left', 'right'])}; {E('Rinne test')} {r.choice(['positive', 'negative'])} AS. {E('Dix-Hallpike')} {r.choice(['positive right', 'negative'])}.",
            f"Impression: {E(r.choice(['Ménière disease', 'Bell palsy', 'Zenker diverticulum', 'Ramsay Hunt syndrome']))}; {AB('SNHL')} {K('lab', f'PTA {r.randint(25, 70)} dB')}. "
            f"{K('drug', 'fluticasone 50 mcg 2 sprays each nostril daily')}. {E('Epley maneuver')} performed.",
            f"Hearing aid serial: {ident(c, 'serial')}. Audiogram faxed to {ph_(c, c.phone_num(), 'FAX')} attn {nm(c, cl(c, 1))}."]


def b_podiatry(c):
    r = c.r
    return [f"Diabetic foot exam. {E('Charcot foot')} {r.choice(['R', 'L'])} midfoot stage {r.randint(1, 3)}; monofilament {r.randint(4, 10)}/10; {K('lab', f'ABI {r.randint(5, 12) / 10}')}.",
            f"Nail debridement x{r.randint(6, 10)} ({K('code', '11721')}); {DX('onychomycosis')}. {E('Jones fracture')} 5th MT healed. {E('Buerger disease')} history.",
            f"Shoes: order {P('OTHER_ID', f'DME-{r.randrange(10**6):06d}')}; ship to {addr_(c)}. {nm(c, c.pt, 'title')} asked that {rel(c).role} {nm(c, rel(c), 'first')} drive."]


def b_school(c):
    r = c.r
    kid = c.pt
    t = c.person_other("teacher")
    return [f"To: {nm(c, t, 'title')}, {r.choice(['3rd grade', '7th grade', 'PE teacher', 'homeroom'])}, {em_(c, t.email)}",
            f"Re: {nm(c, kid, r.choice(['full', 'nick', 'first']))}, age {K('age', str(kid.age))}, student ID {P('OTHER_ID', str(r.randrange(10**6, 10**7)))}",
            f"The student has {E(r.choice(['Tourette syndrome', 'Kawasaki disease (resolved)', 'Osgood-Schlatter disease', 'Perthes disease']))} and {DX('asthma')}; "
            f"{K('drug', 'albuterol 90 mcg 2 puffs q4h PRN')} may be carried. Great-grandmother, {age_(c, r.randint(90, 101))}, picks up on Fridays; mother's cell {ph_(c, rel(c).phone)}. "
            f"Absent {drange(c, c.date_in(-20, -15), c.date_in(-14, -12))}."]


def b_fmla(c):
    r = c.r
    emp = c.person_other("HR benefits specialist")
    return [f"Form WH-380-E. Section I (employer): {r.choice(['Tri-State Poultry', 'Lakeshore Logistics', 'County Road Dept'])}, contact {nm(c, emp)}, {em_(c, emp.email)}. Employee ID {P('OTHER_ID', f'EMP{r.randrange(10**5):05d}')}.",
            f"Section III: condition began {dt_(c, c.date_in(-60, -20))}; expected to last through {dt_(c, c.date_in(30, 120))}. "
            f"Dx: {E(r.choice(['Guillain-Barré syndrome', 'Crohn disease', 'Bell palsy', 'Ménière disease']))}; intermittent leave {r.randint(1, 4)} episodes/month, {r.randint(1, 3)} days each.",
            f"Employee: {nm(c, c.pt, 'lf')}, {ssn_(c)}, caring also for {c.pt.sex == 'F' and 'her' or 'his'} father, {age_(c, r.randint(90, 99))}."]


def b_eob(c):
    r = c.r
    return [f"Dear Appeals Unit: I dispute the {AB('EOB')} dated {dt_(c, c.date_in(-40, -20))} for services {drange(c, c.date_in(-80, -75), c.date_in(-74, -70))}. "
            f"{ident(c, 'claim')}; {ident(c, 'member')}; {ident(c, 'group')}.",
            f"CPT {K('code', r.choice(CPTS))} was denied as not medically necessary though {E(r.choice(['Child-Pugh class C', 'MELD 24', 'Wells score 6']))} was documented. "
            f"Please write to me at {addr_(c)} or {em_(c, c.pt.email)}.",
            f"Sincerely,\n{nm(c, c.pt, 'full')}\n{ph_(c, c.pt.phone)}"]


def b_aps(c):
    r = c.r
    inv = c.person_other("APS investigator")
    return [f"{ident(c, 'aps')}. Reporter: {nm(c, cl(c, 1))}, {cl(c, 1).cred} (mandated). Alleged victim: {nm(c, c.pt, 'LF')}, {age_(c, c.age, r.choice(['ny', 'yo_tight', 'y_o']))}.",
            f"Alleged perpetrator: {rel(c).role} {nm(c, rel(c))}, living at {other_addr(c)}. Concern: {r.choice(['financial exploitation', 'neglect', 'self-neglect'])}; "
            f"{K('code', 'T74.01XA')}. Bruising in various stages; {E('Braden score')} {S(str(r.randint(9, 16)))}.",
            f"Assigned to {nm(c, inv)} ({em_(c, inv.email)}, {ph_(c, inv.phone)}) on {dt_(c, c.date_in(0, 2))}; home visit within {r.randint(24, 72)} hours."]


def b_refugee(c):
    r = c.r
    cw = c.person_other("resettlement caseworker")
    origin = r.choice([("Goma", "DRC"), ("Herat", "Afghanistan"), ("Kakuma", "Kenya"), ("Cox's Bazar", "Bangladesh"), ("Aleppo", "Syria"), ("Kharkiv", "Ukraine")])
    return [f"Arrival {dt_(c, c.date_in(-30, -10), r.choice(['dotted', 'd_mon_y', 'iso']))} from {P('CITY', origin[0])}, {origin[1]}; I-94 {P('OTHER_ID', str(r.randrange(10**10, 10**11)))}; A# {P('OTHER_ID', f'A{r.randrange(10**8, 10**9)}')}.",
            f"Screening: {K('lab', 'QuantiFERON negative')}, {K('lab', 'Strongyloides IgG positive')}, {labs_(c, 2)}. Presumptive {K('drug', 'ivermectin 200 mcg/kg x1')} and {K('drug', 'albendazole 400 mg x1')} per overseas record. "
            f"DOB on I-94 is {dt_(c, dt.date(c.dob.year, 1, 1), 'mdY')} (assigned); true age unknown, stated ~{P('AGE_OVER_89', str(c.age)) if c.age > 89 else K('age', str(c.age))}.",
            f"Interpreter {nm(c, c.person_other('interpreter'))} ID {P('OTHER_ID', str(r.randrange(10**5, 10**6)))}. Caseworker {nm(c, cw)} {ph_(c, cw.phone)}, housing at {other_addr(c)}."]


def b_death(c):
    r = c.r
    fd = c.person_other("funeral director")
    dod = c.date_in(-3, 0)
    return [f"Decedent: {nm(c, c.pt, r.choice(['caps', 'full', 'LF']))}; {ssn_(c, style=r.choice(['dash', 'bare', 'full_label', 'space']))}; DOB {dt_(c, c.dob, 'mdY')}; "
            f"DOD {dt_(c, dod, r.choice(['mdY', 'wd_long', 'mdY_long']))} {r.randint(0, 23):02d}{r.choice(['05', '17', '42'])}; age at death {(P('AGE_OVER_89', str(c.age)) if c.age > 89 else K('age', str(c.age)))}.",
            f"Part I: a) {DX('aspiration pneumonia')} (days) b) {E(r.choice(['Parkinson disease', 'Huntington disease', 'Alzheimer disease', 'Waldenström macroglobulinemia']))} (years). Manner: natural. Tobacco contributed: probably.",
            f"Residence: {addr_(c)}. Informant: {rel(c).role} {nm(c, rel(c))}. Funeral home contact {nm(c, fd)}, {ph_(c, fd.phone)}, {em_(c, fd.email)}. Certifier {nm(c, cl(c), 'full')}, {cl(c).cred}, {ident(c, 'lic')}."]


def b_acp(c):
    r = c.r
    h = rel(c)
    return [f"Advance care planning, {r.randint(16, 45)} minutes ({K('code', '99497')}). Present: patient, {h.role} {nm(c, h)} (health care agent), chaplain {nm(c, cl(c, 1), 'first')}.",
            f"{nm(c, c.pt, 'title')} said, \"I am {age_(c, c.age, r.choice(['spelled', 'years_old']))} and I have had a good run.\" Goals: comfort, home. "
            f"{E(r.choice(['Charlson index', 'Karnofsky score', 'Palliative Performance Scale']))} {S(f'{r.randint(3, 7)}0%')}. POLST reviewed; DNR/DNI.",
            f"Agent contact {ph_(c, h.phone)}; alternate {nm(c, c.person_other('friend'))}. Will revisit {dt_(c, c.date_in(20, 90), r.choice(['month_of', 'month_ord', 'mdy']))}. She will {K('word', 'grant')} durable POA to {h.role}."]


def b_survivorship(c):
    r = c.r
    return [f"Diagnosis: {E(r.choice(['Hodgkin lymphoma', 'Burkitt lymphoma', 'Ewing sarcoma', 'Wilms tumor', 'Waldenström macroglobulinemia']))}, stage {r.choice(['IIA', 'IIIB', 'IV'])}, dx {dt_(c, c.date_in(-900, -400), r.choice(['month_of', 'm_y', 'mdY']))}.",
            f"Treatment: {r.choice(['ABVD x6', 'R-CHOP x6', 'VDC/IE x14'])}, completed {dt_(c, c.date_in(-300, -200))}; port ({E('Hickman catheter')}) removed. {ident(c, 'udi')}.",
            f"Surveillance: {K('lab', 'LVEF 58%')}, {labs_(c, 2)}. Oncologist {nm(c, cl(c), 'title')} at {ph_(c, cl(c).phone)}; survivorship RN {nm(c, cl(c, 1))}."]


def b_voicemail(c):
    r = c.r
    lines = []
    for i in range(r.randint(2, 3)):
        who = c.pt if i == 0 else rel(c)
        whose = "" if who is c.pt else f" ({who.role})"
        lines.append(f"[{dt_(c, c.date_in(-4, 0), r.choice(['md', 'wd_md', 'mdy']))} {r.randint(1, 11)}:{r.randint(10, 59)} {r.choice(['AM', 'PM'])}] VM from {nm(c, who, r.choice(['full', 'first', 'caps']))}{whose}: "
                     f"\"{r.choice(['uh hi this is', 'hello, it is', 'yeah this is'])} {nm(c, who, r.choice(['first', 'full', 'nick']))}, call me back at {ph_(c, who.phone, style=r.choice([0, 2, 5]))}, "
                     f"{r.choice(['that is my cell', 'not the house phone', 'after five'])}. {r.choice(['her', 'his'])} birthday is {dt_(c, c.dob, r.choice(['month_ord', 'month_the', 'd_month']))}.\"")
    lines.append(f"Operator {nm(c, c.person_other('answering service operator'), 'first')} routed to {nm(c, cl(c), 'title')}; callback done {dt_(c, c.date_in(0, 1), 'md')}.")
    return lines


def b_selfreg(c):
    r = c.r
    return ["Please print. (Patient-completed online registration, copied as typed)",
            f"Name: {nm(c, c.pt, r.choice(['full', 'lower', 'caps', 'script', 'nick']))}    Preferred name: {P('NAME', c.pt.nick or c.pt.given)}",
            f"Birthday: {dt_(c, c.dob, r.choice(['mon_ord_apos', 'dotted', 'd_month', 'mdy', 'dash']))}    Age: {age_(c, c.age, r.choice(['ny', 'yrs', 'yo_tight']))}",
            f"Address: {r.choice(['i live at ', '', 'home - '])}{addr_(c, r.choice(['std', 'caps', 'complex', 'rr', 'pobox']))}",
            f"How to reach me: {r.choice(['text', 'call', 'cell'])} {ph_(c, c.pt.phone)} or email {em_(c, c.pt.email)}",
            f"Social: {ssn_cell(c)}   Insurance: {ident(c, r.choice(['member', 'mbi', 'medicaid']))}",
            f"Emergency person: {nm(c, rel(c), r.choice(['lower', 'full', 'first']))} my {rel(c).role}, {ph_(c, rel(c).phone)}"]


def b_device(c):
    r = c.r
    return [f"Device: {r.choice(['dual-chamber pacemaker', 'ICD', 'CRT-D', 'loop recorder'])}, implanted {dt_(c, c.date_in(-2000, -300), r.choice(['mdY', 'm_y', 'month_of']))}; {ident(c, 'serial')}; lead {ident(c, 'serial')}.",
            f"Interrogation: battery {r.randint(4, 11)} yr, RA pacing {r.randint(20, 99)}%, RV pacing {r.randint(1, 99)}%; {K('lab', f'R-wave {r.randint(5, 15)} mV')}; {AB('AF')} burden {r.randint(0, 30)}%. "
            f"{K('drug', 'apixaban 2.5 mg BID')} (age {age_(c, c.age, 'age')[4:] if False else (P('AGE_OVER_89', str(c.age)) if c.age > 89 else K('age', str(c.age)))}, Cr criterion).",
            f"Remote monitor at home IP {ident(c, 'ip')}; transmission {P('OTHER_ID', f'TX{r.randrange(10**8):08d}')}. {E('Wenckebach')} episodes {r.randint(0, 5)}."]


def b_pft(c):
    r = c.r
    return [f"Spirometry (ATS/ERS): {K('lab', f'FEV1 {r.randint(30, 95) / 20:.2f} L')} ({r.randint(40, 99)}% pred), {K('lab', f'FVC {r.randint(40, 100) / 20:.2f} L')}, {K('lab', f'FEV1/FVC {r.randint(45, 80)}%')}; "
            f"{K('lab', f'DLCO {r.randint(35, 95)}% pred')}. GLI-2012 references; height {r.randint(150, 190)} cm, age used {age_(c, c.age, 'ny')}.",
            f"Interpretation: {DX(r.choice(['moderate obstruction', 'restriction', 'normal spirometry']))}; {S(f'GOLD {r.randint(1, 4)}')}; {S(f'CAT {r.randint(5, 30)}')}. "
            f"Tech {nm(c, cl(c, 1), 'initf')}; read by {nm(c, cl(c), 'title')} {dt_(c, c.date_in(0, 2), 'mdy')}."]


def b_hand(c):
    r = c.r
    return [f"Exam: {E('Tinel sign')} {r.choice(['positive', 'negative'])} at the carpal tunnel, {E('Phalen test')} {r.choice(['positive', 'negative'])} at {r.randint(20, 60)} s, "
            f"{E('Finkelstein test')} {r.choice(['positive', 'negative'])}; {E('Dupuytren contracture')} of the ring finger, {r.randint(20, 70)}° MCP.",
            f"X-ray: {E(r.choice(['Boxer fracture', 'Colles fracture', 'Smith fracture', 'Bennett fracture']))}; {E('Kellgren-Lawrence grade 2')} at CMC. {S(f'QuickDASH {r.randint(10, 80)}')}.",
            f"Plan: splint, {K('code', '20610')} injection with {K('drug', 'triamcinolone 40 mg')}. Works as a {r.choice(['mason', 'baker', 'turner'])}; employer {nm(c, c.person_other('employer'))}."]


def b_vestibular(c):
    r = c.r
    return [f"{E('Dix-Hallpike')} {r.choice(['positive right with upbeating torsional nystagmus', 'negative bilaterally'])}; {E('Epley maneuver')} x{r.randint(1, 3)}. "
            f"{E('Romberg')} {r.choice(['positive', 'negative'])}, {E('Lhermitte sign')} absent, {E('Spurling test')} negative. {E('Trendelenburg gait')} {r.choice(['mild', 'absent'])}.",
            f"{S(f'DHI {r.randint(10, 80)}')}, {S(f'ABC scale {r.randint(30, 90)}%')}. {K('drug', 'meclizine 25 mg q8h PRN')}. Vestibular PT with {nm(c, cl(c, 1))}.",
            f"Was driving in {P('CITY', r.choice(CITIES)[0])} when the spell hit on {dt_(c, c.date_in(-20, -5), r.choice(['wd_md', 'the_ord', 'mon_ord_apos']))}."]


def b_hepatology(c):
    r = c.r
    return [f"Cirrhosis ({DX('MASLD')}), {E('Child-Pugh')} {S(r.choice(['A6', 'B8', 'C10']))}, {S(f'MELD-Na {r.randint(10, 32)}')}; {labs_(c, 3)}. {E('Barrett esophagus')} on EGD, no varices.",
            f"{K('drug', 'rifaximin 550 mg BID')}, {K('drug', 'lactulose 20 g TID')}, {K('drug', 'spironolactone 25 mg daily')}. {E('Denver shunt')} discussed for refractory ascites; "
            f"{E(r.choice(['Wilson disease', 'Budd-Chiari syndrome', 'Gilbert syndrome']))} excluded.",
            f"Transplant referral: coordinator {nm(c, cl(c, 1))}, fax {ph_(c, c.phone_num(), 'FAX')}. {ident(c, 'pa')}."]


def b_urology(c):
    r = c.r
    return [f"{K('lab', f'PSA {r.randint(4, 30)}.{r.randint(0, 9)} ng/mL')}; biopsy {dt_(c, c.date_in(-40, -10))}: {E('Gleason')} {S(r.choice(['3+4=7', '4+3=7', '4+4=8']))}, Grade Group {r.randint(2, 4)}; {ident(c, 'accession')}.",
            f"Also {E('Peyronie disease')} with {r.randint(20, 60)}° curvature. {S(f'IPSS {r.randint(5, 28)}')}; {K('drug', 'tamsulosin 0.4 mg qHS')}. PVR {K('lab', f'{r.randint(20, 300)} mL')} ({K('code', '51798')}).",
            f"{E('Foley catheter')} changed; Mr. {P('PROVIDER_NAME', cl(c, 1).family)} (RN) taught {rel(c).role}."]


def b_fracture(c):
    r = c.r
    return [f"Injury {dt_(c, c.date_in(-10, -1), r.choice(['wd_md', 'the_ord', 'md', 'dash']))}: {E(r.choice(['Salter-Harris II distal radius fracture', 'Weber B ankle fracture', 'Garden III femoral neck fracture', 'Mason type II radial head fracture', 'Jones fracture']))}.",
            f"{E(r.choice(['Ottawa ankle rules', 'Thompson test', 'Ortolani maneuver', 'Barlow maneuver']))} noted. Cast ({K('code', '29515')}); NWB {r.randint(2, 6)} weeks. {K('drug', 'acetaminophen 650 mg q6h')}.",
            f"Fell from the {r.choice(['barn loft', 'back steps', 'trampoline'])} at grandma's — she is {age_(c, r.randint(90, 100))} — on {P('ADDRESS', c.street_line())} in {P('CITY', r.choice(CITIES)[0])}."]


def b_cyto(c):
    r = c.r
    return [f"Specimen: {r.choice(['thyroid FNA, right lobe', 'pleural fluid', 'cervical ThinPrep'])}; {ident(c, 'accession')}; received {dt_(c, c.date_in(-3, 0), r.choice(['dmy_caps', 'mdY', 'iso']))}.",
            f"Diagnosis: {E('Bethesda category')} {S(r.choice(['II', 'III', 'IV', 'V']))}; {E('Hürthle cells')} {r.choice(['present', 'absent'])}. {E('Hashimoto thyroiditis')} background. {K('code', '88112')}.",
            f"Screened by {nm(c, cl(c, 1), 'initf')}, CT(ASCP); signed out by {nm(c, cl(c), 'title')}. Results called to {nm(c, cl(c, 1))} {dt_(c, c.date_in(0, 1), 'md')} at {r.randint(8, 16)}:{r.randint(10, 59)}."]


def b_financial(c):
    r = c.r
    return [f"Financial counseling. Guarantor: {nm(c, rel(c))} ({rel(c).role}), {ssn_(c, c.new_ssn())}. {ident(c, 'account')}; balance ${r.randint(200, 40000):,}.{r.randint(10, 99)}.",
            f"Charity care application for FY{c.ref.year}; household of {r.randint(1, 6)}, income {r.randint(100, 250)}% FPL. {ident(c, 'mbi')}; {ident(c, 'medicaid')}.",
            f"Paperwork mailed to {addr_(c)}; patient prefers email {em_(c, c.pt.email)}. Payment portal {ident(c, 'url')}."]


def b_nutrition(c):
    r = c.r
    return [f"Nutrition assessment: {DX('moderate malnutrition')} ({K('code', 'E43')}); {vitals_(c)}; {K('vital', f'IBW {r.randint(50, 80)} kg')}; intake <{r.randint(25, 75)}% x{r.randint(5, 14)} days.",
            f"{labs_(c, 3)}. {E(r.choice(['Mini Nutritional Assessment', 'Harris-Benedict equation', 'Mifflin-St Jeor equation']))} {S(f'{r.randint(1200, 2400)} kcal/d')}. "
            f"Hx {E(r.choice(['Roux-en-Y gastric bypass', 'Billroth II', 'Whipple procedure', 'Meckel diverticulum resection']))}.",
            f"Likes {r.choice(['pozole', 'injera', 'pierogi', 'congee', 'fry bread'])}; {rel(c).role} {nm(c, rel(c), 'first')} cooks. Dietitian {nm(c, cl(c, 1))}, {cl(c, 1).cred}."]


def b_rehab(c):
    r = c.r
    return [f"PT/OT re-evaluation. {S(f'Tinetti {r.randint(8, 26)}/28')}, {S(f'TUG {r.randint(10, 40)} s')}, {S(f'Berg {r.randint(20, 52)}/56')}; gait with {r.choice(['4WW', 'hemi-walker', 'cane'])} {r.randint(90, 300)} ft.",
            f"{E('Trendelenburg sign')} positive L; {E('Thomas test')} tight. {DX('s/p R TKA')}. Goal: return to {addr_(c, 'std')} with {rel(c).role}.",
            f"Therapist {nm(c, cl(c, 1))}, {cl(c, 1).cred}; co-signed {nm(c, cl(c), 'init')}."]


def b_ambulance_transfer(c):
    r = c.r
    return [f"Interfacility transfer request to {r.choice(HOSPITALS)}. Unit {r.randint(10, 99)}, run {P('OTHER_ID', f'{c.ref.year}-{r.randrange(10**5):05d}')}; crew {nm(c, c.person_other('EMT', 'PROVIDER_NAME'))}, EMT-P.",
            f"Pickup {addr_(c, 'std')}; {r.choice(['gate code', 'key box'])} {r.randint(1000, 9999)}. {vitals_(c)}. {E('Glasgow Coma Scale')} {S(str(r.randint(9, 15)))}; {E('Cincinnati stroke scale')} {r.choice(['negative', 'positive'])}.",
            f"Ambulance {ident(c, 'vin')}, {ident(c, 'plate')}."]


TYPES = {
    "MDS quarterly review": b_mds, "ostomy nurse note": b_ostomy, "neuropsychological testing report": b_neuropsych,
    "anesthesia pre-op evaluation": b_anesthesia, "dermatology clinic note": b_derm, "ENT clinic note": b_ent,
    "podiatry note": b_podiatry, "school nurse letter": b_school, "FMLA certification": b_fmla,
    "EOB dispute letter": b_eob, "adult protective services report": b_aps, "refugee health screening": b_refugee,
    "death certificate worksheet": b_death, "advance care planning note": b_acp, "survivorship care plan": b_survivorship,
    "answering-service voicemail log": b_voicemail, "patient self-registration form": b_selfreg,
    "device clinic interrogation": b_device, "pulmonary function report": b_pft, "hand surgery clinic note": b_hand,
    "vestibular clinic note": b_vestibular, "hepatology clinic note": b_hepatology, "urology clinic note": b_urology,
    "fracture clinic note": b_fracture, "cytopathology report": b_cyto, "financial counseling note": b_financial,
    "nutrition assessment": b_nutrition,
}
NOTE_TYPES = list(TYPES)


def make_note(ntype: str, seed: str, lo: int, hi: int) -> tuple[str, str, dict]:
    """One note: (marked text, family, patient record)."""
    c = Ctx(seed, young=ntype in ("school nurse letter",))
    r = c.r
    fam = "tune4-" + "-".join(w.lower() for w in ntype.replace("/", " ").split()[:2])
    parts = [header(c, ntype)] + TYPES[ntype](c)
    parts.append(pick_pt_epo(c).strip())
    foot = footer(c)
    target = r.randint(lo + 150, hi - 500)
    extras = GENERIC[:]
    r.shuffle(extras)
    for f in extras:
        if plain_len("\n\n".join(parts + [foot])) >= target:
            break
        sec = f(c)
        if plain_len("\n\n".join(parts + [sec, foot])) <= hi - 20:
            parts.append(sec)
    return "\n\n".join(parts + [foot]) + "\n", fam, c.patient_record()
