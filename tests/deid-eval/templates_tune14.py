"""Note templates of the tune14 split (Python 3.11, standard library only).

Every value that the corpus annotates is written through P(category, text) (PHI) or K(kind, text) (keep). These wrap the
text in control characters that generate_tune14.py strips while it records the offsets. Everything here is invented:
people, numbers, addresses, dates. Twenty-four note types that no other split has: social-work-like writing (housing,
utility, charity care, benefits, reentry, respite, shelter, legal and outreach notes), phone- and portal-like writing
(nurse line calls, caregiver texts, portal account recovery, pre-visit calls, payment plans) and radiology
communication (preliminary reads, outside imaging requests, incidental finding tracking, addenda with result calls),
each written in six hands (formal, terse, dictated, family, form, table). The split leans on the categories the
scrubber finds least often on text it has not seen: phone numbers, licences, accounts, other identifiers, street
addresses, cities and names, written the many ways people write them.
"""

from __future__ import annotations

import datetime as dt
import re
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


def lower_marked(s: str) -> str:
    """Lower-case the visible text of a marked string (labels stay as they are)."""
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in "\x01\x04":
            j = s.index("\x02", i)
            out.append(s[i:j + 1])
            i = j + 1
            continue
        out.append(ch.lower() if ch not in "\x02\x03" else ch)
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


def letters(rng, n: int) -> str:
    return "".join(rng.choice(UPPER) for _ in range(n))


# ---------------------------------------------------------------- numbers in words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]


def words(n: int, sep: str = "-") -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else sep + ONES[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else " " + words(rest, sep))


def ord_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return ORD_TENS[n // 10]
    return TENS[n // 10] + "-" + ORD_ONES[n % 10]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def digit_words(s: str, oh: bool = True) -> list[str]:
    return [("oh" if oh else "zero") if ch == "0" else ONES[int(ch)] for ch in s]


def pair_words(s: str) -> str:
    """'4567' -> 'forty-five sixty-seven' (how people read the last four)."""
    out = []
    for i in range(0, len(s), 2):
        a = s[i:i + 2]
        if len(a) == 1:
            out.append(ONES[int(a)])
        elif a[0] == "0":
            out.append("oh " + ONES[int(a[1])])
        else:
            out.append(words(int(a)))
    return " ".join(out)


# ---------------------------------------------------------------- dates

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
MON3 = [m[:3] for m in MON]
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DOW_AB = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fdate(d: dt.date, style: str) -> tuple[str, str, str]:
    """-> (outside before, span, outside after)."""
    y, m, dd = d.year, d.month, d.day
    M, M3, o = MON[m - 1], MON3[m - 1], ordinal(dd)
    table = {
        "m/d/Y": ("", f"{m}/{dd}/{y}", ""),
        "mm/dd/Y": ("", f"{m:02d}/{dd:02d}/{y}", ""),
        "m/d/yy": ("", f"{m}/{dd}/{y % 100:02d}", ""),
        "mm/dd/yy": ("", f"{m:02d}/{dd:02d}/{y % 100:02d}", ""),
        "m/d": ("", f"{m}/{dd}", ""),
        "m-d-yy": ("", f"{m}-{dd}-{y % 100:02d}", ""),
        "m.d.yy": ("", f"{m}.{dd}.{y % 100:02d}", ""),
        "Y-mm-dd": ("", f"{y}-{m:02d}-{dd:02d}", ""),
        "Month d, Y": ("", f"{M} {dd}, {y}", ""),
        "Month d": ("", f"{M} {dd}", ""),
        "Mon d": ("", f"{M3} {dd}", ""),
        "Mon d, Y": ("", f"{M3} {dd}, {y}", ""),
        "Month dth": ("", f"{M} {o}", ""),
        "d Mon Y": ("", f"{dd} {M3} {y}", ""),
        "d-Mon-Y": ("", f"{dd:02d}-{M3.upper()}-{y}", ""),
        "dMon": ("", f"{dd}{M3}", ""),
        "Wk m/d": (f"{DOW_AB[d.weekday()]} ", f"{m}/{dd}", ""),
        "Wk, Month d": (f"{DOW[d.weekday()]}, ", f"{M} {dd}", ""),
        "spoken": ("", f"{M} {ord_words(dd)}", ""),
        "the dth": ("the ", o, ""),
        "mmddyyyy": ("", f"{m:02d}{dd:02d}{y}", ""),
    }
    return table[style]


HAND_DATES = {
    "formal": ["Month d, Y", "m/d/Y", "mm/dd/Y", "Month d", "Wk, Month d", "Mon d, Y"],
    "terse": ["m/d", "m/d/yy", "mm/dd/yy", "m.d.yy", "Wk m/d", "dMon", "m-d-yy"],
    "dictated": ["spoken", "Month d, Y", "Month dth", "Month d"],
    "family": ["m/d", "Month dth", "Mon d", "the dth", "m-d-yy", "m/d/yy"],
    "form": ["mm/dd/Y", "Y-mm-dd", "d-Mon-Y", "m/d/Y", "mmddyyyy"],
    "table": ["mm/dd/yy", "Y-mm-dd", "m/d/Y", "d Mon Y", "m/d"],
}
HANDS = list(HAND_DATES)
FULL_DATES = {
    "formal": ["Month d, Y", "m/d/Y", "mm/dd/Y"], "terse": ["m/d/yy", "mm/dd/yy", "m/d/Y"],
    "dictated": ["Month d, Y", "m/d/Y"], "family": ["m/d/yy", "m-d-yy", "Month d, Y", "m/d/Y"],
    "form": ["mm/dd/Y", "Y-mm-dd", "d-Mon-Y", "mmddyyyy"], "table": ["mm/dd/Y", "Y-mm-dd", "m/d/Y"],
}


def hhmm(r) -> str:
    return f"{r.randint(0, 23):02d}{r.choice(['00', '05', '12', '18', '25', '33', '41', '47', '52'])}"


def clock(r) -> str:
    h = r.randint(7, 20)
    return f"{(h - 1) % 12 + 1}:{r.choice(['02', '10', '15', '24', '30', '38', '45', '51'])} {'AM' if h < 12 else 'PM'}"


def colon(r) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


# ---------------------------------------------------------------- pools
# Person names, street names and towns: none of them occurs (after folding: NFKD, no combining marks, casefold; tokens of
# three letters or more; name particles and generic place words aside) in the NAME, PROVIDER_NAME, CITY or ADDRESS spans of
# any other file in corpus/. They were filtered against those files when this split was written (counts only), and
# generate_tune14.py checks it again on every run.


def L(s: str) -> list[str]:
    return s.split()



EN_F = L("""Adelaide Adeline Aileen Althea Annette Bonita Bridget Camille Candace Carlene Cassandra Celeste Claudette Deanna Earlene
Edwina Eileen Elaine Eloise Emmaline Estelle Felicia Florine Frances Georgina Hilda Irma Jeanette Judith Lavonne Lorene
Lydia Madeline Mae Margery Matilda Minerva Myrna Nanette Nellie Ophelia Roberta Sheila Vivian Zora Chantal Ashlynn Kaitlyn
Hailey Jazlyn Zariah Kiara Jacinda Rosalyn Dulcie Elspeth Amaryllis Audra Berdie Calista Cloris Corliss Delphia Elba Elda
Elodie Euna Exie Femie Finetta Florabel Gracie Iona Isabeau Jacinta Jonquil Lilibet Lodema Loleta Lovisa Lugenia Luvenia
Malvina Mamie Marzella Mazie Melvina Merline Ora Rebekah Rilla Savilla Sophronia Tempie Texie Tressa Vernie Viola Vonnie
Zetta Zula Kinslee Oakley Rylee Tenley Ellianna Adalynn Braylee Jaelyn Laikyn Maelynn Paislee Rorie Zaylee Delaney Lennon
Remington Sutton Kamryn Londyn Aubree Kaydence Ensley Maci Shayla Tierra Quanisha Latrice Shameka Kenyatta LaShonda Tameka
Yolonda Sharonda Jaquelyn Nakia Aniyah Amani Zuri Nyla Kamari Ayana Shaniya Jamya Kyra Tiana Adriana Belinda Dania Estrella
Janeth Karely Lizbeth Mayra Nallely Rubi Yaritza Zaira Gunhild Sigrid Thyra Yseult""")

EN_M = L("""Abner Byron Clifford Dudley Ernest Grady Irving Malcolm Maurice Murray Oswald Randolph Sherman Stanford Zachariah Terrell
Dashawn Jaylen Kareem Lamont Jayce Huxley Ricky Donnie Orrin Thatcher Ancil Arliss Armistead Audie Buster Carlton Claiborne
Euel Fount Glover Hoyt Lige Lum Manley Merl Obie Ozzie Rayford Roby Ulis Dax Holden Kade Koa Onyx Ronan Zane Beckett Dallas
Emerson Hendrix Kason Lawson Mathis Sawyer Wilder Yates Zaiden Alphonso Cleveland Demetrius Jermaine Lavell Montrell Reginal
Rashad Terrance Deandre Jarvis Keon Marquise Stanton Benicio Emiliano Fausto Leandro Tadeo Vicente Aldo Bertrand Conrad Emil
Friedrich Gustav Ingmar Konrad Nils Otto Sven Torsten Viggo Waldemar""")

EN_FAM = L("""Ackerman Aldridge Alvey Arbogast Atwater Aucoin Bankston Barksdale Beckwith Bellamy Benfield Birdsong Blackwood Blanchard
Boatwright Bonham Bowden Bridgewater Brinkley Buckner Burleson Carmichael Castleberry Chandler Chisholm Clayborne Coffey
Colquitt Comstock Cottrell Crockett Dabney Darden Dorsett Eckert Edgerton Fitzhugh Fortenberry Fulcher Gainey Garrity
Grissom Gwaltney Hackworth Haverty Hawthorne Heffernan Hightower Holcomb Hornbuckle Isenhour Kingsbury Landry Langford
Lattimore Lovelace Lunsford Macklin Magruder Marchbanks McCullough McKinnon McNeely Meriwether Middlebrook Moncrief Mullins
Nance Newsome Overstreet Plunkett Prudhomme Quattlebaum Scarborough Shackleford Shropshire Slaughter Smallwood Southerland
Spearman Stinnett Stoddard Sutherland Swinford Tarkington Tillery Treadwell Trowbridge Tunstall Villeneuve Waddell Wakefield
Walcott Weatherford Wilburn Woodard Youngblood OBannon Goodfellow Heathcote Larrabee Stonebraker Doucet Pellerin Robichaux
Theriot Breaux Gautreaux Ledet Naquin Oubre Savoie Trahan Abbington Acheson Adcock Albritton Alderman Allgood Amburgey
Arrington Attaway Aycock Badgett Bagwell Baize Bales Barefoot Barkley Bartlett Bassham Batchelor Bazemore Beasley Bechtel
Beeler Belcher Bennefield Berryhill Bickford Biddle Bingham Birchfield Bishopp Blackmon Blalock Blodgett Bloodworth Bolding
Bolton Bonds Boozer Bostic Boyette Brackett Bradshaw Brannon Bratcher Brewington Bridgeman Brockman Brumley Buckley Bunch
Burchett Burgess Burkett Bynum Caddell Cagle Capps Cardwell Carlisle Cashwell Catlett Chaffin Chastain Cheatham Chitwood
Claxton Cloninger Coggins Colvard Corbett Cothran Couch Cowart Crowder Cunningham Dagenhart Dalrymple Daugherty Deaton
Dellinger Denham Dismukes Dodson Doggett Dorton Durham Eades Edmondson Elmore Embry Epperson Farrow Faucett Fenner Fincher
Flanagan Flippin Flowers Furr Gaddis Gambrell Gardenhire Garner Gilley Gilstrap Goins Gosnell Grubbs Gunter Haggard Hairston
Halcomb Hamby Hamrick Hardesty Harkins Harrelson Hartsell Hedrick Helton Henley Hinshaw Hobgood Hooks Hopper Hornsby
Huddleston Hudgins Hundley Hux Ingle Isbell Jarrell Jolley Keel Kerns Knuckles Lackey Lakey Lambeth Lanier Lassiter Lemons
Lipscomb Littlejohn Lovins Lowery Mabe Maddux Mahaffey Maness Massengill Maynard Mayo McCrary McFalls McGuffey McKinney
McRae Medlin Messer Metcalf Mincey Mixon Mooneyham Mull Musgrove Nall Neely Nix Noles Norris Nunley Oakley Orr Outlaw Overby
Parrish Peavy Perdue Petty Phipps Pinion Pippin Plemmons Poe Poteat Presnell Privette Queen Ragland Rakes Redd Renfro Revis
Rhyne Rigsby Rippy Rorie Rowe Rudisill Sams Sapp Scruggs Seagraves Shelnutt Shook Slone Smathers Snipes Sorrells Spainhour
Speight Spivey Sprinkle Stacy Stamper Staton Stepp Stiltner Stump Sturgill Swaim Tallent Thacker Tilley Tipton Varnell
Venable Vick Waddle Wagoner Walston Wellman Whisnant Whitlow Wiggins Willoughby Wimberly Winstead Wofford Womack Yount""")

ES_F = L("""Brígida Catalina Fabiola Jimena Pilar Remedios Zulema Anabel Elvia Nidia Evangelina Adela Alba Ascensión Belinda Casilda
Celia Encarnación Estela Flor Julieta Manuela Ofelia Petra Reina Tomasa Vicenta Ambar Abril Mireya Maritza Norma Odilia
Paulina Rebeca Sonia Viviana""")

ES_M = L("""Abelardo Baltasar Benigno Cipriano Demetrio Faustino Gerardo Higinio Leobardo Lisandro Octaviano Sabino Valentín Bonifacio
Candelario Dagoberto Fulgencio Ireneo Nazario Severino""")

ES_FAM = L("""Alcántara Betancourt Cabrera Carbajal Cervantes Delgadillo Gallegos Guerrero Higuera Lozano Madrigal Manzanares Melgar
Montalvo Navarrete Rangel Santillán Solórzano Tafoya Tamayo Valenzuela Vallejo Zavala Arellano Montemayor Plascencia
Rubalcava Terrazas Uribe Verduzco Alcaraz Anaya Apodaca Armendáriz Ayala Bermúdez Cabral Caldera Candelaria Cantú Carrillo
Casillas Dávila Enríquez Estrada Gámez Garza Gurrola Huerta Ledesma Lucero Luján Mata Medina Meléndez Moctezuma Muñiz Olivas
Padilla Partida Prieto Rosales Salcido Segura Urías Valdez Varela Villegas""")

NG_F = L("""Adesola Amarachi Chinonso Ifunanya Onyinyechi Bolanle Kehinde Nneka Chinwe Ebunoluwa Mojisola Adanna Chidera Ifeyinwa
Nkiruka Nnenna Obioma Oluchi Uzoamaka Adaora Chinyere Amaka Onyeka Bisola Damilola Eniola Iyabo Jumoke Kikelomo Simisola
Toyin Wuraola Busola""")

NG_M = L("""Chibuike Tochukwu Yinka Ayokunle Tobenna Chinedu Afolabi Akintunde Dapo Ejike Nonso Adekunle Adeniran Akinyele Bankole
Bolaji Dotun Gbolahan Ladipo Muyiwa Oladele Olaoluwa Wale Azubuike Chigozie Ifeanyichukwu Kenechukwu Obumneme Somto Uzoma
Chijioke Ugochukwu Zikora Echezona""")

NG_FAM = L("""Adegoke Adewumi Afolayan Babalola Chukwu Ezeani Odukoya Ogbonna Onwuachi Onyeka Oyelowo Ugwu Uzoma Akinbode Adeniyi Ezeobi
Iwuchukwu Nwabueze Odunsi Ojukwu Olawale Osagie Egwu Ikpeazu Mbanefo""")

SO_F = L("""Filsan Idil Khadra Nimco Warsan Xaawo Bilan Fardowsa Ikraan Muna Nasteho Caasha Sucaad Ilhan Asli Roda Sadiya Zamzam""")

SO_M = L("""Abdiwali Bashiir Dahir Mukhtar Nuradin Sharmarke Abdikarim Awale Faysal Geedi Khalif Said Sakariye Bile Daud""")

SO_FAM = L("""Abdullahi Aden Dirie Elmi Gedi Hersi Hussein Mumin Adan Ayanle Bulhan Duale Ege Gaal Kahin Nur Qorane Roble Sugulle Tarabi
Wardhere""")

HT_F = L("""Widlène Jeannette Lovely Mirlande Sandrine Yolette Claudette Dieula Fedeline Jocelyne Kettly Loudie Nathalie Rosemène
Sherline Vladimyr Wideline Edeline Islande Souverain""")

HT_M = L("""Frantz Ludovic Emmanuel Fritzner Guerby Jacquelin Lesly Macdonald Rodrigue Saintil Wesner Yvon Clervil Eddy Fednel Gesner
Jacky Kervens Lucner Mackenson Vilaire Wisly""")

HT_FAM = L("""Bazile Beauséjour Célestin Charlemagne Délice Dorval Duverger Estimé Fleurimond Louissaint Lubin Metellus Moïse Noël
Précieux Sanon Valcin Vilsaint Destin Grégoire Jeanty Mompremier Petit-Frère Sylvain""")

PL_F = L("""Danuta Elżbieta Irena Krystyna Mirosława Dorota Zdzisława Alicja Aniela Beata Dominika Edyta Gabriela Iwona Joanna Justyna
Kinga Lucyna Marzena Natalia Paulina Wioletta Żaneta Emilia Bogumiła Cecylia""")

PL_M = L("""Henryk Jerzy Ryszard Wiesław Andrzej Franciszek Janusz Józef Marek Sławomir Witold Zygmunt""")

RU_F = L("""Anastasia Galina Raisa Yevgeniya Larisa Nadezhda Alevtina Antonina Inna Polina Margarita Yelena Kseniya Zoya Darya Ekaterina
Lidiya Zhanna""")

RU_M = L("""Vladimir Yevgeny Grigory Leonid Oleg Rostislav Stanislav Timofei Valery Vasily Zakhar Gleb Kirill Matvei Semyon""")

ZH_F = L("""Aidong Chenlin Chunpeng Chunzhi Chunzhu Cuilin Cuizhi Dongwei Fangqiu Feilan Fengfei Guiping Guochun Guoxiu Huaxiao Leiying
Lifu Linkun Mingdong Nanhui Qiangde Qiangli Qiangxue Qinyou Qiuzhu Quanyu Ruimei Shengren Shukai Shuren Tianyao Xiabo
Xiaozhao Xinfu Xinyu Xiutao Xuanqing Xuebao Yande Yanwen Yaoxuan Yuequan Zhenqiang Zhenqiu Zibin""")

ZH_M = L("""Aifang Baoyou Baoyu Chunchen Dongfang Fangmei Hengxuan Hongai Hongping Hualong Lanhua Leixuan Liangrui Linjin Meihao Meiyun
Mingchen Nanzhu Pengjin Qiangzhao Qingjin Qingpeng Qinyan Ruishao Shanyong Shanyue Shanzhen Shaofeng Shengping Shuchao
Shuwan Songda Taoting Tianwen Tingwen Wanbo Weiying Xuankai Xuanxue Xuanyong Xuede Yanbin Yisong Zhaochun Zhongqin""")

ZH_FAM = L("""Xiao Mou Shan Yuan Shi Lu Jiang Kong Lai Meng Ning Qian Ren Yao Zeng Zou Bai Cai Jia Liao Peng Qin Wan Zhong""")

KO_F = L("""Bin-sook Bin-soon Bok-jin Bok-sook Byung-dae Byung-gwang Chang-gwang Chang-hye Chul-dae Chul-hun Da-geun Da-jong Dae-mi
Gyu-bok Ha-bok Hak-in Ho-sik Hwan-bo Hwan-gwang Hwan-sook Hye-bo Ja-taek Jin-ha Jong-ki Ki-taek Kwan-rok Mi-hwan Na-gwang
Ok-soon Rim-sook Rok-geun Rok-gyu Rok-ki Sik-gwang Sik-hun Sik-ji Sook-ja Soon-kyung Su-gyu Ye-rim""")

KO_M = L("""Ah-sook Bin-pil Bo-bok Bok-ah Chang-hun Chul-in Dae-ha Dae-rok Geun-da Gwang-ha Gwang-jong Ha-hwan Hak-gwang Hak-sook
Hun-dae Hwan-bin Hwan-sik Hye-seung Il-byung Il-rok Ja-sook Jin-chang Jin-geun Mi-geun Mi-taek Na-kyung Pil-ha Rok-da Rok-mi
Rok-na Sik-chul Sik-rim Sook-kwan Sook-soon Soon-ho Soon-ji Soon-jin Taek-soon Ye-kwan Ye-sook""")

KO_FAM = L("""Heo Noh Jeon Ahn Eom Ryu Yeo Yeom Yook Seol""")

AR_F = L("""Aisha Amal Asma Basma Ghada Iman Jamila Maysa Rasha Reem Safa Suad Wafa Yasmin Zainab Fadwa Inas""")

AR_M = L("""Adnan Anas Bassam Fadi Hisham Majid Mustafa Osama Salim Waleed Yaser Ziad Hussam""")

AR_FAM = L("""Al-Amin Al-Bakri Al-Dulaimi Al-Hashimi Al-Obaidi Al-Qudsi Al-Saadi Al-Zahrani Awad Tahan Jaber Kanaan Daher Zaidan Hijazi
Azar Rizk Sarraf Abdel-Malek Farouk""")

HM_F = L("""Houa Chia Mee Youa Paj Ntxhi Dawb Maichou Pakou Kalia Mainhia Paoa""")

HM_M = L("""Xay Cher Nao Toua Kao Lue Shoua Tong Chong Seng Txoov Nom Boua""")

HM_FAM = L("""Vue Chang Kue Cha Fang Thor Phang Kong""")

NV_F = L("""Haseya Kaya Ooljee Sahkyo Tazbah Yanaba Rosita Arlinda Wanona Laverne Delphina""")

NV_M = L("""Atsa Bidziil Naalnish Tohee Leonard""")

NV_FAM = L("""Yellowhair Manygoats Attakai Bahe Bedonie Bekis Bitsilly Clah Dayish Deschenie Gorman Haskie Jumbo Kinlicheenie Largo
Lameman Nakai Notah Peshlakai Shorty Silversmith Skeet Tohannie Tsinnijinnie Watchman Yellowman Zah Blackgoat Laughter
Nockideneh""")

IN_F = L("""Aishwarya Ananya Bhavana Chitra Deepika Gayatri Harini Indira Jayashree Madhuri Nandini Padmavati Sangeetha Shobha Sunitha
Tejaswini Uma Vaishali Yamini Pallavi Saranya Shalini""")

IN_M = L("""Aravind Bharat Chandrasekhar Ganesh Hariharan Kartik Mahesh Narayan Rajendra Sandeep Yogesh Anirudh Balaji Girish
Karthikeyan Murali Nagendra Pranav Sudhir Umesh Vinod""")

IN_FAM = L("""Krishnamurthy Chandrasekaran Padmanabhan Sundaram Patil Gokhale Banerjee Ganguly Iyengar Menon Nair Mehta Parikh Bhatt
Saxena Tiwari Dwivedi Khanna Sethi Ahluwalia Bhalla""")

PH_F = L("""Jennelyn Rosalie Rizalina Teresita Jovelyn Gemma Aileen Liezl Joanna""")

PH_M = L("""Rodel Jomar Edgardo Rolando Romeo Nestor Virgilio Ramil Noel""")

PH_FAM = L("""Manalo Magsaysay Evangelista Sison Agbayani Dimaano Bernardo Cabrera Aquino Mercado Batungbakal Lapuz Gatchalian Quijano
Lagman Manansala Caballero Yabut""")

WORD_GIVEN = L("""Constance Lovely Daisy Rain Heath Gale Princess Queen Colt Ryder Legacy Miracle Promise Treasure Zion Ocean Raven Echo Halo
Lyric Sonnet Poet Psalm Ranger Sargent Marshal Goldie Satin Kitty Bunny Pinky Dolly Lassie Missy Tiny Shorty Ivory Onyx Jade
Jet Rush""")

WORD_FAMILY = L("""Goodman Nickel Pickle Bacon Nail Bolt Heath Stump Vine Apple Plum Rain Pope Chaplin Sexton Sawyer Barber Rider Steward
Rivers Fountain Bridges Doors Windows Savings Bitter Sour Salt Mustard Cake Toast Flowers Brass Lead Chalk Sand Dust Fire
Flame Spark Dark Shadow Goodbody Goodwill Truelove Merryweather Hatchet Buckle Thimble Spindle Ladle Bucket Basket Peppers
Pickles Biscuit Butter Cheese Crumb Dumpling Gravy Hash Jelly Loaf Noodle Onion Pancake Pudding Radish Sausage Turnip Wafer
Yam Almond Hazelnut Cabbage Carrot Lettuce Parsley Thyme Rosemary Thread Lace Satin Silk Linen Wool Denim Quilt Bridle
Harness Stirrup Buggy Axle Hinge Latch Handle Spade Rake Hoe Plow Sickle Tongs Chisel Gimlet Auger Wedge Mallet Trowel Plumb
Level Square Compass Candle Wick Tallow Beeswax Honeycomb Hive Drone Beetle Cricket Moth Wasp Hornet Gnat Flea Tick Mantis
Lobster Crab Oyster Mussel Shrimp Bass Perch Carp Minnow Sturgeon Herring Haddock Marlin Mackerel Stork Egret Grouse Goose
Drake Gander Mallard Teal Wigeon Loon Gull Tern Puffin Raven Rook Jay Magpie Starling Thrush Warbler Swallow""")

EN_FAM_PART = ["O'Keeffe", "O'Loughlin", "O'Mara", "O'Donovan", "D'Agostino", 'McGonagle', 'McIlhenny', 'McKeever',
               'McLaughlin', 'McTavish', 'MacInnes', 'MacLennan', 'MacQuarrie', 'Van Buskirk', 'Van Dusen', 'Van Wagoner',
               'Vander Veen', 'de la Garza', 'De Lacy', 'LaFleur', 'DeLuca', 'DiMaggio', 'Ten Eyck', 'von Stroheim']

VI_F = ['Cúc Duyên', 'Cúc Mỹ', 'Cẩm Trâm', 'Duyên Mỹ', 'Duyên Nga', 'Duyên Thắm', 'Giang Cẩm', 'Hoài Diễm', 'Huyền Lài',
        'Khánh Hoài', 'Ly Thương', 'Ly Trâm', 'Mỹ Duyên', 'Mỹ Giang', 'Mỹ Hoài', 'Nga Cẩm', 'Nga Ly', 'Nga Lài', 'Nga Tú',
        'Nương Huyền', 'Nương Ly', 'Nương Quỳnh', 'Nương Trâm', 'Nương Vân', 'Quỳnh Duyên', 'Quỳnh Hoài', 'Thương Cẩm',
        'Thương Khánh', 'Thương Lài', 'Thương Quỳnh', 'Trâm Cẩm', 'Trâm Khánh', 'Trâm Ly', 'Tú Uyên', 'Tường Diễm', 'Tường Mỹ',
        'Tường Thắm', 'Tường Trâm', 'Uyên Giang', 'Uyên Khánh', 'Vy Cúc', 'Vy Hoài', 'Vy Tú', 'Vy Uyên', 'Vân Quỳnh']

VI_M = ['Danh Tài', 'Danh Tú', 'Gia Khánh', 'Gia Nhựt', 'Gia Văn', 'Hiếu Khánh', 'Hiếu Văn', 'Hiếu Xương', 'Khánh Gia',
        'Mạnh Nghĩa', 'Mạnh Sơn', 'Mạnh Văn', 'Nghĩa Khánh', 'Nghĩa Mạnh', 'Nghĩa Tài', 'Nhựt Khánh', 'Nhựt Sơn', 'Nhựt Trí',
        'Phát Gia', 'Phát Hiếu', 'Phát Trọng', 'Phát Tú', 'Sơn Khánh', 'Sơn Kiên', 'Sơn Xương', 'Toàn Hiếu', 'Toàn Tài',
        'Toàn Xương', 'Trí Khánh', 'Trí Phát', 'Trọng Hiếu', 'Trọng Kiên', 'Trọng Toàn', 'Tài Mạnh', 'Tài Trí', 'Tài Xương',
        'Tú Kiên', 'Tú Mạnh', 'Tú Toàn', 'Văn Gia', 'Văn Khánh', 'Văn Phát', 'Xương Danh', 'Xương Mạnh', 'Xương Nghĩa']

VI_FAM = ['Lâm', 'Tiêu', 'Khổng', 'Viên', 'Thạch', 'Doãn', 'Từ', 'Kha', 'Chung', 'Lục', 'Nông', 'Ninh', 'Tống', 'Khương',
          'Hầu', 'Sầm', 'Mông', 'Vi', 'Lều', 'Đoàn', 'Cung', 'Bành']

STREET_BASES = ['Locust', 'Ponderosa', 'Beech', 'Factory', 'Furnace', 'Lumber', 'Cannery', 'Freedom', 'Victory', 'Chapel',
                'Parsonage', 'Academy', 'College', 'Seminary', 'Courthouse', 'Fairground', 'Vineyard', 'Pasture', 'Ledge',
                'Levee', 'Swamp', 'Wharf', 'Towpath', 'Turnpike', 'Plank', 'Buggy', 'Stirrup', 'Bridle', 'Harness', 'Plow',
                'Harrow', 'Sickle', 'Scythe', 'Thresher', 'Silo', 'Haystack', 'Corncrib', 'Smokehouse', 'Springhouse',
                'Woodshed', 'Henhouse', 'Dovecote', 'Beehive', 'Honeycomb', 'Nettle', 'Columbine', 'Bluebell', 'Periwinkle',
                'Zinnia', 'Aster', 'Dahlia', 'Peony', 'Garfield', 'McKinley', 'Roosevelt', 'Taft', 'Coolidge', 'Hoover',
                'Pierce', 'Buchanan', 'Hancock', 'Putnam', 'Steuben', 'Sumter', 'Crockett', 'Bowie', 'Burnet', 'Rusk',
                'Dearborn', 'Carroll', 'Calhoun', 'Sheridan', 'Custer', 'Meade', 'Burnside', 'Farragut', 'Iredell', 'Alamance',
                'Cabarrus', 'Yadkin', 'Catawba', 'Watauga', 'Haywood', 'Swain', 'Transylvania', 'Burke', 'Rappahannock',
                'Potomac', 'Susquehanna', 'Allegheny', 'Monongahela', 'Greenbrier', 'Holston', 'Clinch', 'Hiwassee', 'Ocoee',
                'Chattahoochee', 'Ocmulgee', 'Oconee', 'Altamaha', 'Satilla', 'Suwannee', 'Withlacoochee', 'Apalachee',
                'Choctawhatchee', 'Escambia', 'Tombigbee', 'Coosa', 'Tallapoosa', 'Cahaba', 'Warrior', 'Pascagoula',
                'Sunflower', 'Tallahatchie', 'Hatchie', 'Obion', 'Harpeth', 'Sulphur', 'Fourche', 'Caddo', 'Sabine', 'Neches',
                'Brazos', 'Nueces', 'Frio', 'Llano', 'Pedernales', 'Blanco', 'Atascosa', 'Cibolo', 'Salado', 'Lampasas',
                'Bosque', 'Paluxy', 'Concho', 'Morning Glory', 'Pony Express', 'Hogback', 'Blackberry', 'Honeysuckle',
                'Buttermilk', 'Corn Tassel', 'Apple Butter', 'Peanut', 'Medgar Evers', 'Waterwheel', 'Sluice', 'Flume',
                'Millstone', 'Wayside', 'Tavern', 'Coachman', 'Drover', 'Teamster', 'Muleskinner', 'Blacksmith', 'Farrier',
                'Hatter', 'Cobbler', 'Saddler', 'Joiner', 'Quarryman', 'Bellringer', 'Verger', 'Almshouse', 'Workhouse',
                'Poorhouse', 'Orphanage', 'Infirmary', 'Dispensary', 'Apothecary', 'Tinker', 'Peddler', 'Huckster', 'Sutler',
                'Commissary', 'Quartermaster', 'Muster', 'Redoubt', 'Rampart', 'Bastion', 'Palisade', 'Stockade', 'Blockhouse',
                'Garrison', 'Bugle', 'Drum', 'Fife', 'Musket', 'Powderhorn', 'Ramrod', 'Cartridge', 'Limestone', 'Granite',
                'Quartz', 'Talc', 'Graphite', 'Pyrite', 'Bauxite', 'Kaolin', 'Loess', 'Marl', 'Peat', 'Humus', 'Caliche',
                'Adobe', 'Hardpan', 'Shingle', 'Cobble', 'Boulder', 'Pebble', 'Gully', 'Ravine', 'Gorge', 'Chasm', 'Cirque',
                'Tarn', 'Esker', 'Drumlin', 'Kame', 'Oxbow', 'Meander', 'Riffle', 'Eddy', 'Shoal', 'Sandbar', 'Inlet',
                'Estuary', 'Slough', 'Moor', 'Weald', 'Wold', 'Holt', 'Copse', 'Coppice', 'Thicket', 'Spinney', 'Bower',
                'Pergola', 'Trellis', 'Gazebo']

NEIGHBORHOODS = ['Frogtown', 'Dogpatch', 'Irish Channel', 'Over-the-Rhine', 'Tremé', 'Germantown', 'Shockoe Bottom',
                 'Fells Point', 'Polish Hill', 'Butchertown', 'Smoketown', 'Corktown', 'Little Haiti', 'Little Saigon',
                 'Bywater', 'Cabbagetown', 'Kensington', 'Fishtown', 'Hazelwood', 'Slavic Village', 'Tremont', 'Hough',
                 'Five Points', 'Swansea', 'Globeville', 'Barelas', 'Martineztown', 'Hunts Point', 'Frogmore', 'Southie',
                 'Dorchester', 'Roxbury', 'Mattapan', 'Hyde Park', 'Logan Heights', 'Barrio Logan']

RU_FAM = [('Kozlov', 'Kozlova'), ('Pavlov', 'Pavlova'), ('Semenov', 'Semenova'), ('Vinogradov', 'Vinogradova'),
          ('Bogdanov', 'Bogdanova'), ('Vorobyov', 'Vorobyova'), ('Mikhailov', 'Mikhailova'), ('Belyaev', 'Belyaeva'),
          ('Tarasov', 'Tarasova'), ('Belov', 'Belova'), ('Komarov', 'Komarova'), ('Kiselev', 'Kiseleva'),
          ('Makarov', 'Makarova'), ('Andreyev', 'Andreyeva'), ('Kovalev', 'Kovaleva'), ('Ilyin', 'Ilyina'),
          ('Gusev', 'Guseva'), ('Titov', 'Titova'), ('Kudryavtsev', 'Kudryavtseva'), ('Baranov', 'Baranova'),
          ('Kulikov', 'Kulikova'), ('Alekseyev', 'Alekseyeva'), ('Stepanov', 'Stepanova'), ('Yakovlev', 'Yakovleva'),
          ('Sergeyev', 'Sergeyeva'), ('Romanov', 'Romanova'), ('Zakharov', 'Zakharova'), ('Borisov', 'Borisova'),
          ('Korolev', 'Koroleva'), ('Gerasimov', 'Gerasimova'), ('Ponomarev', 'Ponomareva'), ('Grigoryev', 'Grigoryeva'),
          ('Lazarev', 'Lazareva'), ('Shcherbakov', 'Shcherbakova'), ('Zhukov', 'Zhukova'), ('Ovchinnikov', 'Ovchinnikova'),
          ('Denisov', 'Denisova')]

PL_FAM = [('Lewandowski', 'Lewandowska'), ('Jankowski', 'Jankowska'), ('Mazur', 'Mazur'), ('Krawczyk', 'Krawczyk'),
          ('Piotrowski', 'Piotrowska'), ('Pawłowski', 'Pawłowska'), ('Michalski', 'Michalska'), ('Adamczyk', 'Adamczyk'),
          ('Dudek', 'Dudek'), ('Wieczorek', 'Wieczorek'), ('Król', 'Król'), ('Majewski', 'Majewska'), ('Jaworski', 'Jaworska'),
          ('Wróbel', 'Wróbel'), ('Malinowski', 'Malinowska'), ('Witkowski', 'Witkowska'), ('Walczak', 'Walczak'),
          ('Stępień', 'Stępień'), ('Górski', 'Górska'), ('Sikora', 'Sikora'), ('Baran', 'Baran'), ('Duda', 'Duda'),
          ('Szewczyk', 'Szewczyk'), ('Marciniak', 'Marciniak'), ('Jakubowski', 'Jakubowska'), ('Brzeziński', 'Brzezińska'),
          ('Sawicki', 'Sawicka'), ('Sokołowski', 'Sokołowska'), ('Kubiak', 'Kubiak')]

NICK = {'Roberta': 'Bobbie', 'Madeline': 'Maddie', 'Zachariah': 'Zack', 'Cassandra': 'Cassie', 'Randolph': 'Dolph',
        'Malvina': 'Vina', 'Armistead': 'Armie', 'Waldemar': 'Wally', 'Demetrius': 'Meech', 'Kenyatta': 'Kenny',
        'Friedrich': 'Fritz', 'Konrad': 'Connie', 'Gunhild': 'Hilly', 'Isabeau': 'Izzie', 'Corliss': 'Corky',
        'Finetta': 'Netta'}

US_TOWNS = [('Freedom', 'WY'), ('Bonanza', 'OR'), ('Equality', 'IL'), ('Reform', 'AL'), ('Prosperity', 'SC'),
            ('Bonanza', 'AR'), ('Fries', 'VA'), ('Needmore', 'PA'), ('Plush', 'OR'), ('Superior', 'WI'), ('Superior', 'AZ'),
            ('Triumph', 'IL'), ('Uncertain', 'TX'), ('Venus', 'TX'), ('Brilliant', 'AL'), ('Cuba', 'NY'), ('Fidelity', 'IL'),
            ('Mystic', 'CT'), ('Nimrod', 'MN'), ('Tarzan', 'TX'), ('Utopia', 'TX'), ('Victory', 'VT'), ('Carson', 'IA'),
            ('Dawson', 'GA'), ('Dexter', 'MO'), ('Everett', 'WA'), ('Garrison', 'ND'), ('Palmer', 'AK'), ('Sheldon', 'IA'),
            ('Spencer', 'IA'), ('Warner', 'OK'), ('Buckhannon', 'WV'), ('Clarksburg', 'WV'), ('Fairmont', 'WV'),
            ('Logan', 'WV'), ('Prestonsburg', 'KY'), ('Paintsville', 'KY'), ('Corbin', 'KY'), ('London', 'KY'),
            ('Somerset', 'KY'), ('Galax', 'VA'), ('Marlinton', 'WV'), ('Petersburg', 'WV'), ('Clarksdale', 'MS'),
            ('Indianola', 'MS'), ('Belzoni', 'MS'), ('Okolona', 'MS'), ('Starkville', 'MS'), ('Andalusia', 'AL'),
            ('Evergreen', 'AL'), ('Brewton', 'AL'), ('Ozark', 'AL'), ('Arkadelphia', 'AR'), ('Bogalusa', 'LA'),
            ('Minden', 'LA'), ('Corsicana', 'TX'), ('Waxahachie', 'TX'), ('Monahans', 'TX'), ('Plainview', 'TX'),
            ('Pampa', 'TX'), ('Dalhart', 'TX'), ('Childress', 'TX'), ('Ada', 'OK'), ('Durant', 'OK'), ('Goodland', 'KS'),
            ('Pittsburg', 'KS'), ('Hastings', 'NE'), ('Alliance', 'NE'), ('Norfolk', 'NE'), ('Wayne', 'NE'), ('Huron', 'SD'),
            ('Brookings', 'SD'), ('Lemmon', 'SD'), ('Williston', 'ND'), ('Bottineau', 'ND'), ('Rugby', 'ND'), ('Dillon', 'MT'),
            ('Livingston', 'MT'), ('Polson', 'MT'), ('Gillette', 'WY'), ('Evanston', 'WY'), ('Kemmerer', 'WY'),
            ('Thermopolis', 'WY'), ('Fallon', 'NV'), ('Hawthorne', 'NV'), ('Pahrump', 'NV'), ('Moab', 'UT'), ('Vernal', 'UT'),
            ('Richfield', 'UT'), ('Tooele', 'UT'), ('Roosevelt', 'UT'), ('Lordsburg', 'NM'), ('Artesia', 'NM'),
            ('Ganado', 'AZ'), ('Shiprock', 'NM'), ('Crownpoint', 'NM'), ('Tohatchi', 'NM'), ('Many Farms', 'AZ'),
            ('Teec Nos Pos', 'AZ'), ('Lakeport', 'CA'), ('Oroville', 'CA'), ('Marysville', 'CA'), ('Roseburg', 'OR'),
            ('La Grande', 'OR'), ('Chehalis', 'WA'), ('Centralia', 'WA'), ('Pullman', 'WA'), ('Moses Lake', 'WA'),
            ('Moscow', 'ID'), ('McCall', 'ID'), ('Blackfoot', 'ID'), ('Rexburg', 'ID'), ('Burley', 'ID'), ('Caribou', 'ME'),
            ('Calais', 'ME'), ('Belfast', 'ME'), ('Farmington', 'ME'), ('Norway', 'ME'), ('Millinocket', 'ME'),
            ('Berlin', 'NH'), ('Littleton', 'NH'), ('Claremont', 'NH'), ('Laconia', 'NH'), ('Rochester', 'NH'),
            ('Brattleboro', 'VT'), ('St. Albans', 'VT'), ('Morrisville', 'VT'), ('Olean', 'NY'), ('Salamanca', 'NY'),
            ('Massena', 'NY'), ('Gloversville', 'NY'), ('Amsterdam', 'NY'), ('Oil City', 'PA'), ('Somerset', 'PA'),
            ('Conneaut', 'OH'), ('Bucyrus', 'OH'), ('Galion', 'OH'), ('Portsmouth', 'OH'), ('Logansport', 'IN'),
            ('Greencastle', 'IN'), ('Harrisburg', 'IL'), ('Centralia', 'IL'), ('Mattoon', 'IL'), ('Cheboygan', 'MI'),
            ('Petoskey', 'MI'), ('Manistee', 'MI'), ('Merrill', 'WI'), ('Marinette', 'WI'), ('Tomah', 'WI'),
            ('Thief River Falls', 'MN'), ('Brainerd', 'MN'), ('Worthington', 'MN'), ('Atlantic', 'IA'), ('Denison', 'IA'),
            ('Sikeston', 'MO'), ('Gaffney', 'SC'), ('Laurens', 'SC'), ('Newberry', 'SC'), ('Walterboro', 'SC'),
            ('Dillon', 'SC'), ('Conway', 'SC'), ('Rockingham', 'NC'), ('Wadesboro', 'NC'), ('Albemarle', 'NC'),
            ('Lenoir', 'NC'), ('Elizabeth City', 'NC'), ('Tifton', 'GA'), ('Moultrie', 'GA'), ('Thomasville', 'GA'),
            ('Bainbridge', 'GA'), ('Americus', 'GA'), ('Arcadia', 'FL'), ('Wauchula', 'FL'), ('Okeechobee', 'FL'),
            ('Clewiston', 'FL'), ('Dillingham', 'AK'), ('Waimea', 'HI'), ('Lahaina', 'HI'), ('Wailuku', 'HI'),
            ('Fort Payne', 'AL'), ('Fort Benton', 'MT'), ('Mount Airy', 'NC'), ('Mount Carmel', 'IL'), ('Mount Shasta', 'CA'),
            ('St. Marys', 'GA'), ('St. Helens', 'OR'), ('St. Maries', 'ID'), ('St. James', 'MN'), ('Port Lavaca', 'TX'),
            ('Port Jervis', 'NY'), ('Grand Rapids', 'MN'), ('Dime Box', 'TX'), ('Tightwad', 'MO'), ('Nameless', 'TX'),
            ('Kill Devil Hills', 'NC'), ('Elizabethtown', 'KY'), ('Campbellsville', 'KY'), ('Beattyville', 'KY'),
            ('Jellico', 'TN'), ('Livingston', 'TN'), ('Crossville', 'TN'), ('Ironton', 'OH'), ('Wellston', 'OH'),
            ('Logan', 'OH'), ('Millersburg', 'OH'), ('Hillsboro', 'OH'), ('Batavia', 'OH'), ('Circleville', 'OH'),
            ('Cambridge', 'OH'), ('Barnesville', 'OH'), ('St. Clairsville', 'OH'), ('Steubenville', 'OH'), ('Wellsburg', 'WV'),
            ('Weirton', 'WV'), ('New Martinsville', 'WV'), ('Sistersville', 'WV'), ('St. Marys', 'WV'), ('Spencer', 'WV'),
            ('Sutton', 'WV'), ('Summersville', 'WV'), ('Fayetteville', 'WV'), ('Lewisburg', 'WV'), ('Princeton', 'WV'),
            ('Pineville', 'WV'), ('Hamlin', 'WV'), ('Wayne', 'WV'), ('Ripley', 'WV'), ('Elizabeth', 'WV'),
            ('Harrisville', 'WV'), ('Keyser', 'WV'), ('Berkeley Springs', 'WV'), ('Kingwood', 'WV'), ('Clarksville', 'AR'),
            ('Ozark', 'AR'), ('Waldron', 'AR'), ('Mount Ida', 'AR'), ('Glenwood', 'AR'), ('Murfreesboro', 'AR'),
            ('Nashville', 'AR'), ('De Queen', 'AR'), ('Lewisville', 'AR'), ('Hampton', 'AR'), ('Fordyce', 'AR'),
            ('Hamburg', 'AR'), ('Crossett', 'AR'), ('McGehee', 'AR'), ('Dermott', 'AR'), ('Sheridan', 'AR'), ('Malvern', 'AR'),
            ('Benton', 'AR'), ('Perryville', 'AR'), ('Morrilton', 'AR'), ('Paragould', 'AR'), ('Piggott', 'AR'),
            ('Blytheville', 'AR'), ('Osceola', 'AR'), ('Brinkley', 'AR'), ('Clarendon', 'AR'), ('DeWitt', 'AR'),
            ('Stuttgart', 'AR'), ('Lonoke', 'AR'), ('Batesville', 'AR'), ('Conway', 'AR'), ('Dardanelle', 'AR'), ('Ola', 'AR'),
            ('Plainview', 'AR'), ('Havana', 'AR'), ('Magazine', 'AR'), ('Cullman', 'AL'), ('Fayette', 'AL'),
            ('Carrollton', 'AL'), ('Eutaw', 'AL'), ('Livingston', 'AL'), ('Chatom', 'AL'), ('Bay Minette', 'AL'),
            ('Clayton', 'AL'), ('Headland', 'AL'), ('Hartford', 'AL'), ('Samson', 'AL'), ('Elba', 'AL'), ('Luverne', 'AL'),
            ('Hayneville', 'AL'), ('Tuskegee', 'AL'), ('Wedowee', 'AL'), ('Rockford', 'AL'), ('Wetumpka', 'AL'),
            ('Prattville', 'AL'), ('Clanton', 'AL'), ('Centreville', 'AL'), ('Greensboro', 'AL'), ('Moundville', 'AL'),
            ('Haleyville', 'AL'), ('Tuscumbia', 'AL'), ('Moulton', 'AL'), ('Scottsboro', 'AL'), ('Albertville', 'AL'),
            ('Boaz', 'AL'), ('Heflin', 'AL'), ('Tallassee', 'AL'), ('Alexander City', 'AL'), ('Sylacauga', 'AL'),
            ('Talladega', 'AL'), ('Pell City', 'AL'), ('Ashville', 'AL'), ('Columbiana', 'AL'), ('Wilsonville', 'AL'),
            ('Childersburg', 'AL'), ('Crossville', 'AL'), ('Fyffe', 'AL'), ('Rainsville', 'AL'), ('Henagar', 'AL'),
            ('Skyline', 'AL'), ('Stevenson', 'AL'), ('Hollywood', 'AL'), ('Bunkie', 'LA'), ('Cottonport', 'LA'),
            ('Mansura', 'LA'), ('Simmesport', 'LA'), ('Harrisonburg', 'LA'), ('Winnsboro', 'LA'), ('Arcadia', 'LA'),
            ('Haynesville', 'LA'), ('Springhill', 'LA'), ('Benton', 'LA'), ('Coushatta', 'LA'), ('Leesville', 'LA'),
            ('DeRidder', 'LA'), ('Oakdale', 'LA'), ('Kinder', 'LA'), ('Crowley', 'LA'), ('Rayne', 'LA'), ('Basile', 'LA'),
            ('Iota', 'LA'), ('St. Martinville', 'LA'), ('New Iberia', 'LA'), ('Jeanerette', 'LA'), ('Gueydan', 'LA'),
            ('Kaplan', 'LA'), ('Erath', 'LA'), ('Delcambre', 'LA'), ('Loreauville', 'LA'), ('Napoleonville', 'LA'),
            ('Donaldsonville', 'LA'), ('Maringouin', 'LA'), ('Livonia', 'LA'), ('Tickfaw', 'LA'), ('Amite', 'LA'),
            ('Kentwood', 'LA'), ('Franklinton', 'LA'), ('Lacombe', 'LA'), ('Conrad', 'MT'), ('Choteau', 'MT'),
            ('Jordan', 'MT'), ('Broadus', 'MT'), ('Hysham', 'MT'), ('Winnett', 'MT'), ('Stanford', 'MT'), ('Ryegate', 'MT'),
            ('Big Timber', 'MT'), ('Columbus', 'MT'), ('Philipsburg', 'MT'), ('Deer Lodge', 'MT'), ('Anaconda', 'MT'),
            ('Boulder', 'MT'), ('Townsend', 'MT'), ('Virginia City', 'MT'), ('Sheridan', 'MT')]

FOREIGN_TOWNS = {
    'GBR': ['Wigan', 'Rochdale', 'Dudley', 'Stockport', 'Swindon', 'Wrexham', 'Carlisle', 'Grimsby', 'Darlington',
            'Hartlepool', 'Kidderminster', 'Luton', 'Oldham', 'Walsall', 'Wolverhampton'],
    'MEX': ['Tehuacán', 'Zitácuaro', 'Irapuato', 'Celaya', 'Silao', 'Pénjamo', 'Tlaxiaco', 'Juchitán', 'Tepic', 'Autlán',
            'Ciudad Guzmán', 'Huejutla', 'Tulancingo', 'Tamazunchale', 'Matehuala', 'Sombrerete'],
    'PHL': ['Tacloban', 'Bacolod', 'Dumaguete', 'Vigan', 'Laoag', 'Cabanatuan', 'Batangas', 'Lucena', 'Legazpi', 'Tuguegarao',
            'Dagupan', 'Ormoc', 'Calbayog'],
    'IND': ['Nagpur', 'Indore', 'Bhopal', 'Thrissur', 'Coimbatore', 'Rajkot', 'Nadiad', 'Mangaluru', 'Hubballi'],
    'SOM': ['Kismayo', 'Baidoa', 'Beledweyne', 'Galkayo', 'Bosaso', 'Burao', 'Jowhar', 'Marka', 'Garowe'],
    'NGA': ['Onitsha', 'Owerri', 'Ilorin', 'Osogbo', 'Akure', 'Warri', 'Calabar', 'Nsukka', 'Umuahia'],
    'HTI': ['Les Cayes', 'Gonaïves', 'Jérémie', 'Hinche', 'Cap-Haïtien', 'Saint-Marc', 'Léogâne', 'Petit-Goâve', 'Miragoâne'],
    'VNM': ['Vũng Tàu', 'Buôn Ma Thuột', 'Pleiku', 'Rạch Giá'],
    'GTM': ['Huehuetenango', 'Cobán', 'Escuintla', 'Mazatenango', 'Retalhuleu', 'Chimaltenango', 'Totonicapán'],
    'SLV': ['Usulután', 'Chalatenango', 'Ahuachapán', 'Sonsonate', 'Zacatecoluca'],
    'HND': ['Choluteca', 'Comayagua', 'Juticalpa', 'Danlí', 'Siguatepeque', 'Olanchito'],
    'DOM': ['Baní', 'Higüey', 'Moca', 'Azua', 'Bonao', 'Mao', 'Cotuí', 'Nagua'],
    'POL': ['Białystok', 'Kielce', 'Radom', 'Olsztyn', 'Opole', 'Tarnobrzeg', 'Suwałki', 'Konin'],
    'UKR': ['Vinnytsia', 'Zhytomyr', 'Kherson', 'Poltava', 'Chernihiv', 'Rivne', 'Ternopil', 'Uzhhorod', 'Sumy',
            'Khmelnytskyi'],
    'RUS': ['Ryazan', 'Tula', 'Penza', 'Kursk', 'Bryansk', 'Ivanovo', 'Tver', 'Kaluga', 'Orenburg', 'Ulyanovsk'],
    'CHN': ['Jiangmen', 'Zhongshan', 'Putian', 'Shantou', 'Meizhou', 'Zhaoqing', 'Changle', 'Lianjiang', 'Heshan', 'Enping'],
    'KOR': ['Suwon', 'Ulsan', 'Pohang', 'Gimhae', 'Gunsan', 'Yeosu', 'Chuncheon', 'Wonju'],
    'LAO': ['Phonsavan', 'Pakse', 'Savannakhet', 'Xam Neua'],
    'THA': ['Loei', 'Phetchabun', 'Phayao'],
    'IRQ': ['Basra', 'Kirkuk', 'Najaf', 'Karbala', 'Dohuk'],
    'SYR': ['Hama', 'Latakia', 'Deir-ez-Zor', 'Idlib', 'Daraa'],
    'YEM': ['Taiz', 'Ibb', 'Hodeidah', 'Mukalla', 'Dhamar'],
}


# ---------------------------------------------------------------- word names and their uses in the notes
# Given names and surnames that are words, each with a sentence that uses the word (kept) in the same note.

WORD_GIVEN_USE = {
    "daisy": f"A plastic {K('word', 'daisy')} is taped to the walker basket.",
    "rain": f"Heavy {K('word', 'rain')} delayed the visit by an hour.",
    "gale": f"A {K('word', 'gale')} warning was posted for the coast that week.",
    "queen": f"Needs a {K('word', 'queen')} mattress frame; the old one broke.",
    "satin": f"Uses a {K('word', 'satin')} pillowcase for the scalp lesions.",
    "kitty": f"{K('word', 'Kitty')} litter boxes in the hall; the cat stays.",
    "dolly": f"The courier brought the boxes up on a hand {K('word', 'dolly')}.",
    "jade": f"A {K('word', 'jade')} plant sits on the sill by the phone.",
    "promise": f"Made no {K('word', 'promise')} about the move-in date.",
    "miracle": f"Family says it is a {K('word', 'miracle')} the wound healed.",
    "ranger": f"A park {K('word', 'ranger')} found the tent and called it in.",
    "marshal": f"The fire {K('word', 'marshal')} inspected the unit after the space-heater fire.",
    "echo": f"The {K('abbreviation', 'echo')} from last spring showed EF 35%.",
    "halo": f"Wore a {K('word', 'halo')} brace for three months after the crash.",
    "lovely": f"Pharmacist says the neighbour was {K('word', 'lovely')} about holding the package.",
    "goldie": f"Keeps the meds in a {K('word', 'Goldie')}'s Bakery tin by the stove.",
    "ivory": f"Washes with {K('word', 'Ivory')} soap only; fragrance rash otherwise.",
    "onyx": f"The {K('word', 'onyx')} ring was logged with her belongings.",
    "jet": f"{K('word', 'Jet')} lag from the flight back; slept most of Tuesday.",
}
WORD_GIVEN_SEX = {"daisy": "F", "rain": "FM", "gale": "FM", "queen": "F", "satin": "F", "kitty": "F", "dolly": "F", "jade": "F",
                  "promise": "F", "miracle": "F", "ranger": "M", "marshal": "M", "echo": "FM", "halo": "F", "lovely": "F", "goldie": "F",
                  "ivory": "F", "onyx": "M", "jet": "M"}
WORD_FAMILY_USE = {
    "nickel": f"{K('word', 'Nickel')} allergy listed (earrings).",
    "pickle": f"Drinks {K('word', 'pickle')} juice for the leg cramps.",
    "bacon": f"Eats turkey {K('word', 'bacon')} and eggs most mornings at the shelter.",
    "nail": f"Toe{K('word', 'nail')} care by podiatry every 9 weeks.",
    "bolt": f"The dead{K('word', 'bolt')} on the back door is broken; landlord notified.",
    "plum": f"Prune and {K('word', 'plum')} juice for constipation.",
    "barber": f"A {K('word', 'barber')} volunteers at the respite house on Tuesdays.",
    "rider": f"Got a reduced-fare {K('word', 'rider')} card for the bus.",
    "steward": f"Union shop {K('word', 'steward')} helped with the leave paperwork.",
    "fountain": f"Fills the water bottle at the library drinking {K('word', 'fountain')}.",
    "bridges": f"Lost the dental {K('word', 'bridges')} at the old shelter.",
    "salt": f"Low-{K('word', 'salt')} diet reviewed; the pantry box is mostly canned.",
    "toast": f"Tolerating dry {K('word', 'toast')} and broth.",
    "dust": f"{K('word', 'Dust')} mite covers requested for the new mattress.",
    "goodwill": f"Clothes and a coat from {K('word', 'Goodwill')} with the voucher.",
    "bucket": f"Keeps a mop {K('word', 'bucket')} under the leak in the kitchen.",
    "basket": f"Meds kept in a laundry {K('word', 'basket')} by the bed.",
    "buckle": f"Seat-belt {K('word', 'buckle')} extender requested for the van.",
    "butter": f"Peanut {K('word', 'butter')} and crackers from the food pantry.",
    "cheese": f"Grilled {K('word', 'cheese')} for lunch; no appetite for more.",
    "gravy": f"Sausage {K('word', 'gravy')} at the mission breakfast.",
    "jelly": f"Petroleum {K('word', 'jelly')} to the cracked heels twice a day.",
    "noodle": f"Lives on {K('word', 'noodle')} cups when the stamps run out.",
    "pudding": f"Liquids thickened to {K('word', 'pudding')} consistency per speech therapy.",
    "turnip": f"{K('word', 'Turnip')} greens from the community garden.",
    "almond": f"Switched to {K('word', 'almond')} milk (lactose).",
    "silk": f"{K('word', 'Silk')} tape only; the paper tape tears the skin.",
    "linen": f"Clean {K('word', 'linen')} dropped off with the supplies.",
    "wool": f"{K('word', 'Wool')} socks given for the trench-foot prevention.",
    "hinge": f"The door {K('word', 'hinge')} is off and the door will not lock.",
    "latch": f"The gate {K('word', 'latch')} is wired shut; use the side path.",
    "wedge": f"A foam {K('word', 'wedge')} pillow for the reflux.",
    "candle": f"No {K('word', 'candle')} use with the oxygen running; discussed again.",
    "wasp": f"{K('word', 'Wasp')} sting allergy, carries an epinephrine pen.",
    "flea": f"{K('word', 'Flea')} bites on both ankles from the motel room.",
    "shrimp": f"{K('word', 'Shrimp')} allergy (hives).",
    "goose": f"Has a {K('word', 'goose')} egg over the left brow from the fall.",
    "swallow": f"Able to {K('word', 'swallow')} the tablets whole.",
    "quilt": f"A church group brought a {K('word', 'quilt')} and two towels.",
    "compass": f"Lives near the {K('word', 'Compass')} Point bus stop (route 9).",
}
WORD_FAMILY_POOL = [w for w in WORD_FAMILY if w.lower() in WORD_FAMILY_USE]
WORD_GIVEN_POOL = [w for w in WORD_GIVEN if w.lower() in WORD_GIVEN_USE]
WORD_USE = {**WORD_GIVEN_USE, **WORD_FAMILY_USE}

# towns that are words: the word as these notes use it
WORD_TOWN_USE = {
    "uncertain": f"Housing status {K('word', 'uncertain')} after the end of the month.",
    "superior": f"Port tip at the {K('word', 'superior')} vena cava on the last film.",
    "boulder": f"There is a painted {K('word', 'boulder')} at the end of the drive.",
    "plush": f"Sleeps with a {K('word', 'plush')} toy from the ED.",
    "freedom": f"Wants the {K('word', 'freedom')} to come and go from the shelter.",
    "reform": f"Bail {K('word', 'reform')} changes kept him from being held.",
    "needmore": f"Says the pantry boxes '{K('word', 'need more')} protein'.",
    "triumph": f"Family calls getting the keys a {K('word', 'triumph')}.",
    "victory": f"The {K('word', 'Victory')} Garden plot is two blocks over.",
    "kinder": f"Staff were {K('word', 'kinder')} at the second shelter, she says.",
}

# ---------------------------------------------------------------- states: ZIP prefixes, area codes

ZIP3 = {"AL": (350, 369), "AK": (995, 999), "AZ": (850, 865), "AR": (716, 729), "CA": (900, 961), "CO": (800, 816),
        "CT": (60, 69), "FL": (320, 349), "GA": (300, 319), "HI": (967, 968), "ID": (832, 838), "IL": (600, 629),
        "IN": (460, 479), "IA": (500, 528), "KS": (660, 679), "KY": (400, 427), "LA": (700, 714), "ME": (39, 49),
        "MD": (206, 219), "MA": (10, 27), "MI": (480, 499), "MN": (550, 567), "MS": (386, 397), "MO": (630, 658),
        "MT": (590, 599), "NE": (680, 693), "NV": (889, 898), "NH": (30, 38), "NJ": (70, 89), "NM": (870, 884),
        "NY": (100, 149), "NC": (270, 289), "ND": (580, 588), "OH": (430, 459), "OK": (730, 749), "OR": (970, 979),
        "PA": (150, 196), "SC": (290, 299), "SD": (570, 577), "TN": (370, 385), "TX": (750, 799), "UT": (840, 847),
        "VT": (50, 59), "VA": (220, 246), "WA": (980, 994), "WV": (247, 268), "WI": (530, 549), "WY": (820, 831),
        "BC": (0, 0)}
AREA = {"AL": "205 251 256 334", "AK": "907", "AZ": "480 520 623 928", "AR": "479 501 870", "CA": "530 559 707 916 209",
        "CO": "719 970", "FL": "352 386 850 863 239", "GA": "229 478 706 912", "HI": "808", "ID": "208 986",
        "IL": "217 309 618 815", "IN": "260 574 765 812", "IA": "319 563 641 712", "KS": "316 620 785", "KY": "270 502 606 859",
        "LA": "318 337 504 985", "ME": "207", "MI": "231 906 989", "MN": "218 320 507", "MS": "601 662 769",
        "MO": "417 573 660 816", "MT": "406", "NE": "308 402", "NV": "775 702", "NH": "603", "NM": "505 575",
        "NY": "315 518 607 716", "NC": "252 336 704 828 910", "ND": "701", "OH": "330 419 740 937", "OK": "405 580 918",
        "OR": "503 541 971", "PA": "570 724 814", "SC": "803 843 864", "SD": "605", "TN": "423 731 865 931",
        "TX": "254 325 361 432 806 830 903 936 940", "UT": "435 801", "VT": "802", "VA": "276 434 540 757", "WA": "360 509",
        "WV": "304 681", "WI": "608 715 920", "WY": "307"}
ALL_AREAS = sorted({a for v in AREA.values() for a in v.split()})


def zip_for(rng, st: str) -> str:
    lo, hi = ZIP3.get(st, (100, 999))
    return f"{rng.randint(lo, hi):03d}{rng.randint(1, 99):02d}"


# ---------------------------------------------------------------- phones

US_STYLES = {
    "paren": "({a}) {b}-{c}", "dash": "{a}-{b}-{c}", "dot": "{a}.{b}.{c}", "space": "{a} {b} {c}", "bare": "{a}{b}{c}",
    "plus1": "+1 {a}-{b}-{c}", "one": "1-{a}-{b}-{c}", "tight": "({a}){b}-{c}", "plus1paren": "+1 ({a}) {b}-{c}",
    "plus1dot": "+1.{a}.{b}.{c}", "slash": "{a}/{b}-{c}", "onespace": "1 {a} {b} {c}", "plus1bare": "+1{a}{b}{c}",
    "odd1": "{a}-{b1}-{b2}{c}", "odd2": "{a}{b}-{c}", "odd3": "({a}) {b} {c}",
}
HAND_PHONE = {
    "formal": ["paren", "paren", "dash", "plus1paren", "one"],
    "terse": ["dash", "bare", "dot", "tight", "odd2"],
    "dictated": ["dash", "paren", "space"],
    "family": ["bare", "dot", "space", "dash", "odd1", "odd3"],
    "form": ["paren", "dash", "plus1", "plus1dot", "onespace"],
    "table": ["dash", "dot", "paren", "plus1bare", "slash"],
}


class Phone:
    def __init__(self, rng, area: str | None = None):
        self.a = area or rng.choice(ALL_AREAS)
        self.b, self.c = str(rng.randint(201, 989)), f"{rng.randint(0, 9999):04d}"

    def fmt(self, style: str) -> str:
        return US_STYLES[style].format(a=self.a, b=self.b, c=self.c, b1=self.b[:2], b2=self.b[2:])

    def __str__(self) -> str:
        return self.fmt("paren")


# foreign numbers: country -> list of (local writing, international writing) builders
def foreign_phone(rng, country: str, intl: bool | None = None) -> str:
    d = lambda n: zdigits(rng, n)  # noqa: E731
    intl = rng.random() < 0.7 if intl is None else intl
    k = {
        "GBR": (lambda: f"07{rng.randint(400, 999)} {d(6)}", lambda: f"+44 7{rng.randint(400, 999)} {d(6)}"),
        "MEX": (lambda: f"{rng.choice(['33', '55', '443', '492', '238'])} {d(4)} {d(4)}", lambda: f"+52 1 {rng.choice(['33', '55', '443', '492'])} {d(3)} {d(4)}"),
        "PHL": (lambda: f"09{rng.randint(15, 99)}-{d(3)}-{d(4)}", lambda: f"+63 9{rng.randint(15, 99)} {d(3)} {d(4)}"),
        "IND": (lambda: f"0{rng.randint(70, 99)}{d(3)} {d(5)}", lambda: f"+91 {rng.randint(70, 99)}{d(3)} {d(5)}"),
        "SOM": (lambda: f"061 {d(7)}", lambda: f"+252 61 {d(7)}"),
        "NGA": (lambda: f"080{rng.randint(3, 9)} {d(3)} {d(4)}", lambda: f"+234 80{rng.randint(3, 9)} {d(3)} {d(4)}"),
        "HTI": (lambda: f"{rng.choice(['34', '37', '38', '46'])}{d(2)}-{d(4)}", lambda: f"+509 {rng.choice(['34', '37', '38', '46'])}{d(2)}-{d(4)}"),
        "VNM": (lambda: f"09{d(2)} {d(3)} {d(3)}", lambda: f"+84 9{d(2)} {d(3)} {d(3)}"),
        "GTM": (lambda: f"{rng.choice('345')}{d(3)}-{d(4)}", lambda: f"+502 {rng.choice('345')}{d(3)} {d(4)}"),
        "SLV": (lambda: f"7{d(3)}-{d(4)}", lambda: f"+503 7{d(3)}-{d(4)}"),
        "HND": (lambda: f"9{d(3)}-{d(4)}", lambda: f"+504 9{d(3)}-{d(4)}"),
        "DOM": (lambda: f"({rng.choice(['809', '829', '849'])}) {rng.randint(201, 989)}-{d(4)}", lambda: f"+1 {rng.choice(['809', '829', '849'])}-{rng.randint(201, 989)}-{d(4)}"),
        "POL": (lambda: f"{rng.choice(['501', '602', '697', '784'])}-{d(3)}-{d(3)}", lambda: f"+48 {rng.choice(['501', '602', '697', '784'])} {d(3)} {d(3)}"),
        "UKR": (lambda: f"0{rng.choice(['67', '50', '97'])} {d(3)} {d(2)} {d(2)}", lambda: f"+380 {rng.choice(['67', '50', '97'])} {d(3)} {d(4)}"),
        "RUS": (lambda: f"8 9{d(2)} {d(3)}-{d(2)}-{d(2)}", lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}"),
        "CHN": (lambda: f"13{d(1)}-{d(4)}-{d(4)}", lambda: f"+86 13{d(1)} {d(4)} {d(4)}"),
        "KOR": (lambda: f"010-{d(4)}-{d(4)}", lambda: f"+82 10-{d(4)}-{d(4)}"),
        "LAO": (lambda: f"020 {d(4)} {d(4)}", lambda: f"+856 20 {d(4)} {d(4)}"),
        "THA": (lambda: f"08{d(1)}-{d(3)}-{d(4)}", lambda: f"+66 8{d(1)} {d(3)} {d(4)}"),
        "IRQ": (lambda: f"07{rng.choice(['70', '50', '80'])} {d(3)} {d(4)}", lambda: f"+964 7{rng.choice(['70', '50', '80'])} {d(3)} {d(4)}"),
        "SYR": (lambda: f"09{d(2)} {d(3)} {d(3)}", lambda: f"+963 9{d(2)} {d(3)} {d(3)}"),
        "YEM": (lambda: f"77{d(1)} {d(3)} {d(3)}", lambda: f"+967 77{d(1)} {d(3)} {d(3)}"),
    }[country]
    s = k[1]() if intl else k[0]()
    if intl and rng.random() < 0.15:
        s = "011 " + s[1:]
    return s


COUNTRY_NAME = {"GBR": "England", "MEX": "Mexico", "PHL": "the Philippines", "IND": "India", "SOM": "Somalia", "NGA": "Nigeria",
                "HTI": "Haiti", "VNM": "Vietnam", "GTM": "Guatemala", "SLV": "El Salvador", "HND": "Honduras", "DOM": "the Dominican Republic",
                "POL": "Poland", "UKR": "Ukraine", "RUS": "Russia", "CHN": "China", "KOR": "Korea", "LAO": "Laos", "THA": "Thailand",
                "IRQ": "Iraq", "SYR": "Syria", "YEM": "Yemen"}
VANITY = ["1-800-GO-SHELTR", "1-877-RIDE-NOW", "1-888-4-HOUSING", "1-866-LIHEAP-1", "1-855-SAFE-NOW", "1-844-RX-TO-DOOR",
          "1-833-MY-CHART", "1-877-NURSE-24", "1-800-CARE-4-US", "1-888-HELP-211", "1-866-PAY-BILL", "1-800-XRAY-CDS"]

# ---------------------------------------------------------------- licences

DL_FMT = {
    "AL": lambda r: digits(r, 7), "AK": lambda r: digits(r, 7), "AZ": lambda r: letters(r, 1) + zdigits(r, 8),
    "AR": lambda r: "9" + zdigits(r, 8), "CA": lambda r: letters(r, 1) + zdigits(r, 7),
    "CO": lambda r: f"{zdigits(r, 2)}-{zdigits(r, 3)}-{zdigits(r, 4)}", "FL": lambda r: f"{letters(r, 1)}{zdigits(r, 3)}-{zdigits(r, 3)}-{zdigits(r, 2)}-{zdigits(r, 3)}-{r.randint(0, 9)}",
    "GA": lambda r: "0" + zdigits(r, 8), "HI": lambda r: "H" + zdigits(r, 8), "ID": lambda r: letters(r, 2) + zdigits(r, 6) + letters(r, 1),
    "IL": lambda r: f"{letters(r, 1)}{zdigits(r, 3)}-{zdigits(r, 4)}-{zdigits(r, 4)}", "IN": lambda r: f"{zdigits(r, 4)}-{zdigits(r, 2)}-{zdigits(r, 4)}",
    "IA": lambda r: zdigits(r, 3) + letters(r, 2) + zdigits(r, 4), "KS": lambda r: f"K{zdigits(r, 2)}-{zdigits(r, 2)}-{zdigits(r, 4)}",
    "KY": lambda r: f"{letters(r, 1)}{zdigits(r, 2)}-{zdigits(r, 3)}-{zdigits(r, 3)}", "LA": lambda r: "00" + zdigits(r, 7),
    "ME": lambda r: digits(r, 7), "MI": lambda r: f"{letters(r, 1)} {zdigits(r, 3)} {zdigits(r, 3)} {zdigits(r, 3)} {zdigits(r, 3)}",
    "MN": lambda r: letters(r, 1) + zdigits(r, 12), "MS": lambda r: "80" + zdigits(r, 7), "MO": lambda r: letters(r, 1) + zdigits(r, 9),
    "MT": lambda r: letters(r, 1) + zdigits(r, 8), "NE": lambda r: r.choice("ABCEGHV") + zdigits(r, 8), "NV": lambda r: "15" + zdigits(r, 8),
    "NH": lambda r: zdigits(r, 2) + letters(r, 3) + zdigits(r, 5), "NM": lambda r: "0" + zdigits(r, 8),
    "NY": lambda r: f"{digits(r, 3)} {zdigits(r, 3)} {zdigits(r, 3)}", "NC": lambda r: "0000" + zdigits(r, 8),
    "ND": lambda r: letters(r, 3) + zdigits(r, 6), "OH": lambda r: letters(r, 2) + zdigits(r, 6), "OK": lambda r: letters(r, 1) + zdigits(r, 9),
    "OR": lambda r: r.choice([digits(r, 7), letters(r, 1) + zdigits(r, 6)]), "PA": lambda r: f"{zdigits(r, 2)} {zdigits(r, 3)} {zdigits(r, 3)}",
    "SC": lambda r: digits(r, 9), "SD": lambda r: "0" + zdigits(r, 7), "TN": lambda r: digits(r, 9), "TX": lambda r: r.choice("0123") + zdigits(r, 7),
    "UT": lambda r: "1" + zdigits(r, 8), "VT": lambda r: zdigits(r, 7) + "A", "VA": lambda r: f"{letters(r, 1)}{zdigits(r, 2)}-{zdigits(r, 2)}-{zdigits(r, 4)}",
    "WA": lambda r: "WDL" + alnum(r, 9), "WV": lambda r: letters(r, 1) + zdigits(r, 6),
    "WI": lambda r: f"{letters(r, 1)}{zdigits(r, 3)}-{zdigits(r, 4)}-{zdigits(r, 4)}-{zdigits(r, 2)}", "WY": lambda r: f"{zdigits(r, 6)}-{zdigits(r, 3)}",
    "CT": lambda r: digits(r, 9), "MA": lambda r: "S" + zdigits(r, 8), "MD": lambda r: f"{letters(r, 1)}-{zdigits(r, 3)}-{zdigits(r, 3)}-{zdigits(r, 3)}-{zdigits(r, 3)}",
    "NJ": lambda r: f"{letters(r, 1)}{zdigits(r, 4)} {zdigits(r, 5)} {zdigits(r, 5)}",
}
STATE_NAME = {"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado", "FL": "Florida",
              "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky",
              "LA": "Louisiana", "ME": "Maine", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
              "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
              "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "SC": "South Carolina",
              "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
              "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "CT": "Connecticut", "MA": "Massachusetts", "MD": "Maryland",
              "NJ": "New Jersey"}


def dl_number(rng, st: str) -> str:
    return DL_FMT.get(st, DL_FMT["TX"])(rng)


# professional licences: credential -> number builders (a glued or hyphenated prefix is part of the number)
PROF_LIC = {
    "RN": [lambda r, s: "RN" + zdigits(r, 7), lambda r, s: "RN." + zdigits(r, 6), lambda r, s: digits(r, 6), lambda r, s: "R" + zdigits(r, 6),
           lambda r, s: f"{s}-RN-{zdigits(r, 6)}"],
    "LPN": [lambda r, s: "LPN" + zdigits(r, 5), lambda r, s: "PN" + zdigits(r, 6), lambda r, s: digits(r, 5)],
    "MD": [lambda r, s: "ME" + zdigits(r, 5), lambda r, s: "MD" + zdigits(r, 6), lambda r, s: letters(r, 1) + zdigits(r, 5),
           lambda r, s: f"{zdigits(r, 2)}-{zdigits(r, 5)}", lambda r, s: "MD.0" + zdigits(r, 6)],
    "DO": [lambda r, s: "OS" + zdigits(r, 5), lambda r, s: "DO" + zdigits(r, 5), lambda r, s: digits(r, 5)],
    "NP": [lambda r, s: "APRN" + zdigits(r, 6), lambda r, s: "NP" + zdigits(r, 5), lambda r, s: f"APRN-CNP.{zdigits(r, 5)}"],
    "PA-C": [lambda r, s: "PA" + zdigits(r, 5), lambda r, s: "PA-" + zdigits(r, 6)],
    "LCSW": [lambda r, s: "LCSW" + zdigits(r, 5), lambda r, s: "CSW." + zdigits(r, 6), lambda r, s: "SW" + zdigits(r, 6),
             lambda r, s: f"LCSW-{zdigits(r, 4)}"],
    "LMSW": [lambda r, s: "LMSW" + zdigits(r, 5), lambda r, s: "MSW." + zdigits(r, 5)],
    "PharmD": [lambda r, s: "RPH" + zdigits(r, 6), lambda r, s: "PH" + zdigits(r, 5), lambda r, s: "PST." + zdigits(r, 7)],
    "RT(R)": [lambda r, s: digits(r, 6), lambda r, s: "RT" + zdigits(r, 5), lambda r, s: digits(r, 7)],
    "CHW": [lambda r, s: "CHW-" + zdigits(r, 5), lambda r, s: "CCHW" + zdigits(r, 4)],
    "MLS": [lambda r, s: "MT" + zdigits(r, 6), lambda r, s: "CLS-" + zdigits(r, 5)],
}
PROF_LABEL = {"RN": ["RN lic #", "license no.", "Lic.", "RN license", "lic"], "LPN": ["LPN lic", "license #", "Lic"],
              "MD": ["medical license", "lic #", "License No.", "St. lic."], "DO": ["osteopathic license", "lic #"],
              "NP": ["APRN license", "lic #", "License"], "PA-C": ["PA license", "lic"], "LCSW": ["LCSW license", "lic #", "License No."],
              "LMSW": ["license", "lic #"], "PharmD": ["pharmacist license", "RPh lic #", "lic"], "RT(R)": ["ARRT #", "ARRT/state license", "lic #", "cert"],
              "CHW": ["CHW certification", "cert #"], "MLS": ["lab license", "lic #"]}
PASSPORT = {"USA": lambda r: r.choice(["5" + zdigits(r, 8), "A" + zdigits(r, 8), digits(r, 9)]), "MEX": lambda r: "G" + zdigits(r, 8),
            "PHL": lambda r: "P" + zdigits(r, 7) + letters(r, 1), "IND": lambda r: letters(r, 1) + zdigits(r, 7),
            "NGA": lambda r: "A" + zdigits(r, 8), "SOM": lambda r: "P" + zdigits(r, 8), "HTI": lambda r: letters(r, 2) + zdigits(r, 7),
            "VNM": lambda r: "C" + zdigits(r, 7), "GTM": lambda r: zdigits(r, 9), "SLV": lambda r: "A" + zdigits(r, 8),
            "HND": lambda r: "E" + zdigits(r, 7), "DOM": lambda r: "RD" + zdigits(r, 7), "POL": lambda r: letters(r, 2) + zdigits(r, 7),
            "UKR": lambda r: letters(r, 2) + zdigits(r, 6), "RUS": lambda r: f"{zdigits(r, 2)} {zdigits(r, 7)}", "CHN": lambda r: "E" + zdigits(r, 8),
            "KOR": lambda r: "M" + zdigits(r, 8), "LAO": lambda r: "P" + zdigits(r, 7), "THA": lambda r: letters(r, 2) + zdigits(r, 7),
            "IRQ": lambda r: "A" + zdigits(r, 8), "SYR": lambda r: "N" + zdigits(r, 9), "YEM": lambda r: zdigits(r, 8), "GBR": lambda r: zdigits(r, 9)}

# ---------------------------------------------------------------- accounts and other identifiers


def acct_hospital(r) -> str:
    return r.choice([digits(r, 10), "HAR" + digits(r, 9), f"{digits(r, 4)}-{zdigits(r, 6)}", "A" + digits(r, 8), f"{r.randint(23, 25)}-{digits(r, 7)}-01"])


def acct_encounter(r) -> str:
    return r.choice([digits(r, 9), "V" + zdigits(r, 8), "E" + digits(r, 7), digits(r, 10), "CSN" + digits(r, 9), f"{digits(r, 3)}-{zdigits(r, 7)}"])


def acct_guarantor(r) -> str:
    return r.choice(["G" + digits(r, 7), digits(r, 8), f"GT-{digits(r, 6)}", f"{digits(r, 3)} {zdigits(r, 4)} {zdigits(r, 2)}"])


def acct_utility(r) -> str:
    return r.choice([f"{digits(r, 4)}-{zdigits(r, 4)}-{zdigits(r, 2)}", f"{digits(r, 2)}-{zdigits(r, 7)}-{zdigits(r, 1)}", f"{digits(r, 7)}-01",
                     f"{digits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)} {zdigits(r, 2)}", digits(r, 12), f"{letters(r, 2)}{digits(r, 9)}"])


def acct_bank(r) -> str:
    return r.choice([digits(r, 10), digits(r, 12), f"{digits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)}", f"{zdigits(r, 3)}-{zdigits(r, 6)}-{zdigits(r, 1)}"])


def acct_pharmacy(r) -> str:
    return r.choice([f"{digits(r, 2)}-{zdigits(r, 5)}", "C" + digits(r, 7), digits(r, 8), f"RXA-{digits(r, 6)}"])


def acct_plan(r) -> str:
    return r.choice([f"PP-{r.randint(2023, 2025)}{zdigits(r, 4)}-{zdigits(r, 2)}", "PP" + digits(r, 6), f"{digits(r, 6)}-P", f"EPP {digits(r, 7)}"])


def oid_case(r, kind: str, year: int) -> str:
    y2 = str(year)[2:]
    return {
        "court": lambda: r.choice([f"{year}-CV-{zdigits(r, 6)}", f"{y2}-LT-{zdigits(r, 5)}", f"{y2}CV{zdigits(r, 5)}", f"CV-{y2}-{zdigits(r, 6)}"]),
        "eviction": lambda: r.choice([f"LT-{year}-{zdigits(r, 5)}", f"{y2}-EV-{zdigits(r, 4)}", f"{year}LT{zdigits(r, 6)}"]),
        "po": lambda: r.choice([f"PO-{y2}-{zdigits(r, 4)}", f"{year}-DV-{zdigits(r, 5)}", f"{y2}DR{zdigits(r, 4)}"]),
        "aps": lambda: r.choice([f"APS-{year}-{zdigits(r, 6)}", f"{y2}-{zdigits(r, 7)}", f"A{zdigits(r, 8)}"]),
        "cps": lambda: r.choice([f"CPS-{year}-{zdigits(r, 7)}", f"{year}{zdigits(r, 6)}", f"INT-{zdigits(r, 8)}"]),
        "police": lambda: r.choice([f"{y2}-{zdigits(r, 6)}", f"RPT{year}{zdigits(r, 5)}", f"{year}-{zdigits(r, 8)}", f"DR{y2}-{zdigits(r, 6)}"]),
        "claim": lambda: r.choice([f"CLM-{zdigits(r, 8)}", f"{y2}{letters(r, 2)}{zdigits(r, 6)}", f"VC-{y2}-{zdigits(r, 5)}", digits(r, 11)]),
        "hmis": lambda: r.choice([f"HMIS-{digits(r, 6)}", digits(r, 7), f"CL{digits(r, 6)}"]),
        "bed": lambda: r.choice([f"B-{r.randint(1, 48)}", f"{r.choice('ABCD')}{r.randint(1, 30)}", f"{r.randint(2, 60)}{letters(r, 1)}"]),
        "locker": lambda: r.choice([f"L{r.randint(100, 399)}", str(r.randint(100, 399)), f"LK-{r.randint(10, 99)}"]),
        "voucher": lambda: r.choice([f"HCV-{year}-{zdigits(r, 5)}", f"V{zdigits(r, 7)}", f"{y2}-{zdigits(r, 6)}-V"]),
        "ticket": lambda: r.choice([f"TKT-{digits(r, 6)}", f"INC{digits(r, 7)}", f"SR-{digits(r, 8)}", digits(r, 6)]),
        "conf": lambda: r.choice([alnum(r, 6), alnum(r, 8), f"{letters(r, 3)}-{zdigits(r, 5)}"]),
        "snap": lambda: r.choice([digits(r, 9), f"{digits(r, 3)}-{zdigits(r, 6)}", f"SNP{digits(r, 7)}"]),
        "ssa": lambda: r.choice([f"{letters(r, 1)}{digits(r, 8)}", digits(r, 8), f"{digits(r, 3)}-{zdigits(r, 2)}-{zdigits(r, 4)}A"]),
        "liheap": lambda: r.choice([f"EA-{year}-{zdigits(r, 5)}", f"LH{digits(r, 7)}", f"{y2}{zdigits(r, 6)}"]),
        "doc": lambda: r.choice([digits(r, 6), digits(r, 7), f"{letters(r, 1)}{digits(r, 5)}", f"DOC-{digits(r, 6)}"]),
        "booking": lambda: r.choice([f"{y2}-{zdigits(r, 5)}", f"BK{digits(r, 7)}"]),
        "anum": lambda: r.choice([f"A{zdigits(r, 3)}-{zdigits(r, 3)}-{zdigits(r, 3)}", f"A{zdigits(r, 9)}", f"{zdigits(r, 3)} {zdigits(r, 3)} {zdigits(r, 3)}"]),
        "tracking": lambda: r.choice([f"1Z{alnum(r, 6)}{zdigits(r, 10)}", f"{digits(r, 12)}", f"9400 {zdigits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)} {zdigits(r, 2)}"]),
        "rx": lambda: r.choice([digits(r, 7), f"{digits(r, 7)}-{zdigits(r, 2)}", f"RX{digits(r, 8)}", f"{digits(r, 3)}-{zdigits(r, 4)}"]),
        "accession": lambda: r.choice([f"{letters(r, 2)}{y2}-{zdigits(r, 6)}", f"RAD{digits(r, 8)}", f"{year}{zdigits(r, 7)}", f"ACC-{digits(r, 7)}", f"E{digits(r, 9)}"]),
        "order": lambda: r.choice([f"ORD{digits(r, 8)}", digits(r, 9), f"SO-{digits(r, 6)}"]),
        "acp": lambda: r.choice([f"ACP-{zdigits(r, 5)}", digits(r, 4), f"{y2}-ACP-{zdigits(r, 4)}"]),
        "badge": lambda: r.choice([digits(r, 4), digits(r, 3), f"{letters(r, 1)}-{digits(r, 3)}"]),
        "trip": lambda: r.choice([f"TRP{digits(r, 7)}", f"{y2}{zdigits(r, 7)}", f"MTM-{digits(r, 6)}"]),
        "gas": lambda: r.choice([f"{digits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)} {zdigits(r, 4)}", f"GC{digits(r, 8)}"]),
        "cd": lambda: r.choice([f"CD-{digits(r, 6)}", f"PD{y2}-{zdigits(r, 5)}", f"M{digits(r, 5)}"]),
        "roi": lambda: r.choice([f"ROI-{year}-{zdigits(r, 5)}", f"{y2}R{zdigits(r, 6)}", f"REQ{digits(r, 7)}"]),
        "donor": lambda: r.choice([f"W{digits(r, 4)} {y2} {zdigits(r, 6)}", f"DN-{digits(r, 7)}"]),
        "study": lambda: r.choice([f"{letters(r, 3)}-{zdigits(r, 4)}", f"S{digits(r, 5)}"]),
        "wic": lambda: r.choice([digits(r, 10), f"WIC{digits(r, 7)}"]),
        "tanf": lambda: r.choice([digits(r, 10), f"C{digits(r, 8)}"]),
        "lifeline": lambda: r.choice([f"LL{digits(r, 8)}", digits(r, 11)]),
    }[kind]()

# ---------------------------------------------------------------- people

LANG = {
    "en": {"F": EN_F, "M": EN_M, "fam": EN_FAM, "country": ["GBR"]},
    "es": {"F": ES_F, "M": ES_M, "fam": ES_FAM, "country": ["MEX", "MEX", "GTM", "SLV", "HND", "DOM"]},
    "vi": {"F": VI_F, "M": VI_M, "fam": VI_FAM, "country": ["VNM"]},
    "ng": {"F": NG_F, "M": NG_M, "fam": NG_FAM, "country": ["NGA"]},
    "so": {"F": SO_F, "M": SO_M, "fam": SO_FAM, "country": ["SOM"]},
    "ht": {"F": HT_F, "M": HT_M, "fam": HT_FAM, "country": ["HTI"]},
    "ru": {"F": RU_F, "M": RU_M, "fam": RU_FAM, "country": ["RUS", "UKR"]},
    "pl": {"F": PL_F, "M": PL_M, "fam": PL_FAM, "country": ["POL"]},
    "zh": {"F": ZH_F, "M": ZH_M, "fam": ZH_FAM, "country": ["CHN"]},
    "ko": {"F": KO_F, "M": KO_M, "fam": KO_FAM, "country": ["KOR"]},
    "ar": {"F": AR_F, "M": AR_M, "fam": AR_FAM, "country": ["IRQ", "SYR", "YEM"]},
    "hm": {"F": HM_F, "M": HM_M, "fam": HM_FAM, "country": ["LAO", "THA"]},
    "nv": {"F": NV_F, "M": NV_M, "fam": NV_FAM, "country": []},
    "in": {"F": IN_F, "M": IN_M, "fam": IN_FAM, "country": ["IND"]},
    "ph": {"F": PH_F, "M": PH_M, "fam": PH_FAM, "country": ["PHL"]},
}
PT_LANG = [("en", 40), ("es", 11), ("vi", 4), ("ng", 4), ("so", 5), ("ht", 5), ("ru", 3), ("pl", 3), ("zh", 4), ("ko", 3), ("ar", 4),
           ("hm", 5), ("nv", 5), ("in", 2), ("ph", 2)]
CLIN_LANG = [("en", 44), ("in", 10), ("ph", 8), ("ng", 7), ("es", 7), ("zh", 5), ("ko", 4), ("ru", 3), ("ar", 4), ("pl", 2), ("ht", 3),
             ("vi", 2), ("so", 1)]
# languages whose women often keep their own surname
OWN_SURNAME = {"es", "vi", "zh", "ko", "ar", "so"}
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
FEM_REL = {"daughter", "sister", "mother", "aunt", "niece", "wife", "granddaughter", "grandmother", "daughter-in-law", "girlfriend", "cousin (F)"}
MASC_REL = {"son", "brother", "father", "uncle", "nephew", "husband", "grandson", "grandfather", "son-in-law", "boyfriend"}
PARTICLES = {"de", "la", "del", "de la", "los", "las", "van", "von", "der", "den", "ter", "ten", "da", "dos", "das", "di", "du", "le",
             "mac", "mc", "al", "el", "bin", "ibn", "abu", "st"}


class Person:
    def __init__(self, given, family, sex="F", lang="en", middle=None, cred=None, role=None, fam_first=False, second=None):
        self.given, self.family, self.sex, self.lang = given, family, sex, lang
        self.middle, self.cred, self.role, self.fam_first, self.second = middle, cred, role, fam_first, second
        self.nick = NICK.get(given)

    @property
    def full(self) -> str:
        if self.fam_first:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.second + ' ' if self.second else ''}{self.family}"

    @property
    def first(self) -> str:
        return self.given.split()[-1] if self.fam_first else self.given.split()[0]

    @property
    def last(self) -> str:
        return self.family

    def fhir(self) -> list[dict]:
        giv = self.given.split() + ([self.second] if self.second else []) + ([self.middle] if self.middle else [])
        return [{"text": self.full, "family": self.family, "given": giv}]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'"))


DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "att.net", "live.com", "protonmail.com",
           "ymail.com", "msn.com", "comcast.net", "charter.net", "rocketmail.com"]

# ---------------------------------------------------------------- places

STREET_TYPES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Court", "Pl", "Blvd",
                "Way", "Trl", "Trail", "Cir", "Ter", "Pkwy", "Pike", "Loop", "Row", "Run", "Path", "Hollow Rd", "Ridge Rd", "Church Rd",
                "Mill Rd", "Branch Rd", "Spur"]
DIRS = ["N", "S", "E", "W", "N.", "S.", "North", "South", "East", "West", "NE", "SW"]
UNIT_FORMS = [lambda r: f"Apt {r.randint(1, 40)}{r.choice('ABCDEF')}", lambda r: f"Apt. {r.randint(1, 320)}", lambda r: f"#{r.randint(1, 30)}{r.choice('ABC')}",
              lambda r: f"Unit {r.randint(1, 60)}", lambda r: f"Ste. {r.randint(1, 5)}00", lambda r: f"Suite {r.randint(100, 450)}",
              lambda r: f"Lot {r.randint(1, 90)}", lambda r: f"Trlr {r.randint(1, 40)}", lambda r: f"Space {r.randint(1, 80)}",
              lambda r: f"Bldg {r.choice('ABCDEFGH')}", lambda r: f"Rm {r.randint(101, 240)}", lambda r: "Basement", lambda r: "Rear",
              lambda r: "Bsmt", lambda r: f"Apt B-{r.randint(1, 12)}", lambda r: "Upstairs", lambda r: f"No. {r.randint(2, 18)}",
              lambda r: f"Unit {r.choice('ABCD')}{r.randint(1, 9)}", lambda r: "Lower", lambda r: f"Fl {r.randint(2, 4)}"]


class Addr:
    def __init__(self, line, unit, city, st, zip5, zip4=None, nbhd=None, rural=False):
        self.line, self.unit, self.city, self.st, self.zip, self.zip4, self.nbhd, self.rural = line, unit, city, st, zip5, zip4, nbhd, rural

    @property
    def zipf(self) -> str:
        return self.zip + "-" + self.zip4 if self.zip4 else self.zip


def street_name(rng) -> str:
    base = rng.choice(STREET_BASES)
    return f"{base} {rng.choice(STREET_TYPES)}"


def street_line(rng, rural_bias: float = 0.0) -> tuple[str, bool]:
    """A street line and whether it is a box or route (no unit then)."""
    k = rng.random()
    if k < rural_bias:
        k = 0.9 + rng.random() * 0.1
    if k < 0.42:
        return f"{rng.randint(12, 9890)} {street_name(rng)}", False
    if k < 0.52:
        return f"{rng.randint(100, 4990)} {rng.choice(DIRS)} {street_name(rng)}", False
    if k < 0.58:
        n = rng.randint(2, 112)
        return f"{rng.randint(100, 2990)} {rng.choice(['W', 'E', 'N', 'S', 'West', 'East'])} {ordinal(n)} {rng.choice(['St', 'Street', 'Ave', 'Avenue', 'Pl'])}", False
    if k < 0.66:
        return rng.choice([f"{rng.randint(1000, 29999)} County Road {rng.randint(3, 880)}", f"{rng.randint(100, 9999)} CR {rng.randint(3, 880)}",
                           f"{rng.randint(1000, 19999)} FM {rng.randint(100, 3300)}", f"{rng.randint(100, 9999)} SR-{rng.randint(2, 99)}",
                           f"{rng.randint(1000, 29999)} State Route {rng.randint(2, 199)}", f"{rng.randint(100, 9999)} US Hwy {rng.randint(11, 441)}",
                           f"{rng.randint(100, 9999)} Hwy {rng.randint(2, 99)} {rng.choice(['N', 'S', 'E', 'W'])}",
                           f"{rng.randint(1000, 9999)} Old Hwy {rng.randint(2, 99)}"]), False
    if k < 0.71:
        return rng.choice([f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} County Hwy {rng.choice(UPPER)}",
                           f"{rng.choice('NSEW')}{rng.randint(1000, 9999)} {rng.choice(['State Rd', 'Cty Rd', 'County Rd'])} {rng.randint(2, 99)}",
                           f"{rng.choice('NSEW')}{rng.randint(100, 999)} {rng.choice(STREET_BASES)} Rd"]), False
    if k < 0.77:
        a, b = rng.randint(1, 99) * 100, rng.randint(1, 99) * 100
        return rng.choice([f"{rng.randint(100, 9999)} {rng.choice('NS')} {a} {rng.choice('EW')}", f"{a + rng.randint(1, 99)} {rng.choice(['North', 'South'])} {b} {rng.choice(['East', 'West'])}",
                           f"{rng.randint(100, 9999)} W {a} S"]), False
    if k < 0.84:
        return rng.choice(["PO Box", "P.O. Box", "P O Box", "Post Office Box", "Box", "PO Bx"]) + f" {rng.randint(11, 9999)}", True
    if k < 0.92:
        return rng.choice([f"RR {rng.randint(1, 9)} Box {rng.randint(10, 480)}", f"Rural Route {rng.randint(1, 9)}, Box {rng.randint(10, 480)}{rng.choice(['', '', 'A', 'B'])}",
                           f"HC {rng.randint(60, 89)} Box {rng.randint(100, 9999)}", f"HCR {rng.randint(1, 9)} Box {rng.randint(10, 999)}",
                           f"RR{rng.randint(1, 9)} Bx {rng.randint(10, 480)}"]), True
    return f"{rng.randint(12, 9890)} {street_name(rng)}", False


def misspell(rng, s: str) -> str:
    """A typo in a street or town (a letter dropped or doubled, a common misspelling of the type)."""
    subs = {"Street": "Stret", "Avenue": "Avnue", "Road": "Raod", "Boulevard": "Blvrd", "Lane": "Lain", "Drive": "Drvie", "Court": "Crt"}
    for a, b in subs.items():
        if s.endswith(a) and rng.random() < 0.5:
            return s[:-len(a)] + b
    ws = s.split(" ")
    idx = [i for i, w in enumerate(ws) if w.isalpha() and len(w) > 4]
    if not idx:
        return s
    i = rng.choice(idx)
    w = ws[i]
    j = rng.randint(1, len(w) - 2)
    ws[i] = w[:j] + w[j + 1:] if rng.random() < 0.6 else w[:j] + w[j] + w[j:]
    return " ".join(ws)


# organisations: not annotated (hospital, agency, shelter and business names); their words stay out of the person and place pools
HOSPITALS = ["Tri-River Regional Medical Center", "Saint Brendan Hospital", "Cumberland Gap Community Hospital", "Prairie Lantern Health",
             "Northfork Memorial Hospital", "Riverbend Medical Center", "Lakes Region General", "Harvest Plains Medical Center"]
CLINICS = ["Eastside Community Health Center", "Open Arms Free Clinic", "Cornerstone FQHC", "Valley Family Medicine", "Riverside Street Medicine",
           "Northgate Primary Care", "Good Samaritan Clinic", "Westview Health Partners"]
IMAGING = ["Summit Teleradiology", "NightHawk Imaging Partners", "Capitol Imaging Associates", "Open MRI of the Valley", "Pinnacle Radiology Group",
           "Keystone Diagnostic Imaging", "Westside Imaging Center", "Horizon Outpatient Imaging"]
UTILITIES = ["Tri-County Electric Cooperative", "Consolidated Gas Service", "Municipal Water & Light", "Rural Electric Membership Corp.",
             "Appalachian Power", "Southern Plains Gas", "River City Utilities", "Northern Lights Energy"]
HOUSING = ["the housing authority", "the Continuum of Care", "Rapid Rehousing", "the county housing office", "Catholic Charities housing",
           "the Section 8 office", "the coordinated entry line", "Habitat repair program"]
SHELTERS = ["Lighthouse Mission", "Open Door Shelter", "Samaritan Inn", "Bethany House", "Crossroads Men's Shelter",
            "New Beginnings Women's Shelter", "Safe Haven Family Shelter", "Union Gospel Mission"]
MOTELS = ["Budget Inn", "Starlite Motor Lodge", "Economy 6", "Red Carpet Motel", "Travelers Rest Motel", "Sleep Rite Inn",
          "Coachlight Motor Inn", "Desert Sands Motel", "Pines Motor Court", "Thrifty Lodge", "Sunset Motor Inn"]
PHARMACIES = ["CareRx Specialty Pharmacy", "OnePoint Specialty Rx", "Walgreens", "CVS", "the hospital outpatient pharmacy",
              "Medicine Shoppe", "Kroger pharmacy", "AccessCare Infusion Pharmacy"]
COURIERS = ["FedEx", "UPS", "a contracted courier", "MedSpeed", "Dropoff courier", "the pharmacy's own driver"]
LEGAL = ["Legal Aid", "the medical-legal partnership", "the tenant hotline", "the public defender's office", "Disability Rights office"]
BANKS = ["Regions", "Truist", "First Federal", "a credit union", "Chime", "Wells Fargo", "the community bank", "Cash App"]

# ---------------------------------------------------------------- note context


def wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


NV_TOWNS = [t for t in US_TOWNS if t[0] in ("Ganado", "Shiprock", "Crownpoint", "Tohatchi", "Many Farms", "Teec Nos Pos", "Lordsburg", "Artesia")]


def base_family(fam: str, lang: str) -> str:
    """The surname a relative shares: the first of a Spanish double surname or of an English hyphenated pair, else all of it."""
    if lang == "es":
        return re.split(r"[ -]", fam)[0]
    if lang == "en" and "-" in fam and fam.split("-")[0] in EN_FAM:
        return fam.split("-")[0]
    return fam


class C:
    """What one note knows: the chart, the people, the numbers, the writer's hand, and the renderers."""

    def __init__(self, rng, ntype: str, hands=None):
        self.rng = r = rng
        self.ntype = ntype
        self.hand = r.choice(hands or HANDS)
        self.vdate = dt.date(2023, 2, 6) + dt.timedelta(days=r.randint(0, 880))
        self.used: set[str] = set()
        self.lang = wpick(r, PT_LANG)
        cs = LANG[self.lang]["country"]
        self.country = r.choice(cs) if cs and (self.lang != "en" or r.random() < 0.2) else None
        self.team: list[Person] = []
        self.outside: list[Person] = []
        self.others: list[Person] = []
        self.rels: list[tuple[Person, str, Phone | None]] = []
        self.pt = self.person(self.lang, None, patient=True)
        self.age = r.choice([r.randint(19, 44), r.randint(45, 64), r.randint(65, 86), r.randint(30, 60)])
        self.dob = self.vdate.replace(year=self.vdate.year - self.age, day=min(self.vdate.day, 28)) - dt.timedelta(days=r.randint(1, 360))
        self.mrn = r.choice([digits(r, 8), "00" + digits(r, 6), "M" + digits(r, 7), f"{digits(r, 3)}-{zdigits(r, 3)}-{zdigits(r, 3)}", digits(r, 7)])
        st = None
        if self.lang == "nv":
            t = r.choice(NV_TOWNS)
            self.home = self.make_addr(town=t, rural=0.6)
        else:
            self.home = self.make_addr(rural=0.15)
        self.state = self.home.st
        self.cell = Phone(r, r.choice(AREA.get(self.state, "217").split()) if r.random() < 0.75 else None)
        self.homeph = Phone(r, self.cell.a) if r.random() < 0.4 else None
        self.email = self.make_email(self.pt)
        self.dl = dl_number(r, self.state if self.state in DL_FMT else "TX")
        self.dl_state = self.state if self.state in DL_FMT else "TX"
        self.idkind = r.choice(["dl", "dl", "dl", "dl", "stateid", "stateid", "cdl", "permit", "oln"])
        self.hosp, self.clinic, self.imaging = r.choice(HOSPITALS), r.choice(CLINICS), r.choice(IMAGING)
        self.utility, self.shelter, self.motel = r.choice(UTILITIES), r.choice(SHELTERS), r.choice(MOTELS)
        self.pharmacy = r.choice(PHARMACIES)
        self.har = acct_hospital(r)
        self.misspelt = False
        self.prose_used: set[str] = set()
        self.generic_prose = 0

    # ------------------------------------------------------------ people
    def _pick(self, pool: list[str]) -> str:
        free = [x for x in pool if x not in self.used]
        x = self.rng.choice(free or pool)
        self.used.add(x)
        return x

    def person(self, lang: str, sex: str | None, patient: bool = False, family: str | None = None, word_ok: bool = True) -> Person:
        r = self.rng
        L_ = LANG[lang]
        sex = sex or r.choice("FM")
        wpool = [w for w in WORD_GIVEN_POOL if WORD_GIVEN_SEX.get(w.lower(), "FM").find(sex) >= 0]
        if lang == "en" and word_ok and r.random() < 0.07 and wpool:
            given = self._pick(wpool)
        elif lang == "nv" and r.random() < 0.45:
            given = self._pick(EN_F if sex == "F" else EN_M)
        else:
            given = self._pick(L_[sex])
        middle = r.choice(MIDDLE) if r.random() < 0.3 and lang in ("en", "nv", "ph", "ng") else None
        second = None
        if family is None:
            if lang == "en":
                k = r.random()
                if k < 0.08 and word_ok:
                    family = self._pick(WORD_FAMILY_POOL)
                elif k < 0.17:
                    family = self._pick(EN_FAM_PART)
                elif k < 0.22:
                    family = self._pick(EN_FAM) + "-" + self._pick(EN_FAM)
                else:
                    family = self._pick(EN_FAM)
            elif lang in ("ru", "pl"):
                f = r.choice([x for x in L_["fam"] if x[0] not in self.used] or L_["fam"])
                self.used.add(f[0])
                family = f[1] if sex == "F" else f[0]
            else:
                family = self._pick(L_["fam"])
                if lang == "es" and r.random() < 0.4:
                    family = family + r.choice([" ", " ", "-"]) + self._pick([x for x in L_["fam"] if x != family])
                if lang == "so" and r.random() < 0.6:
                    second = self._pick(SO_M)
        else:
            if lang in ("ru", "pl"):
                for f in L_["fam"]:
                    if family in f:
                        family = f[1] if sex == "F" else f[0]
            self.used.add(family)
        return Person(given, family, sex, lang, middle=middle, fam_first=(lang == "vi"), second=second)

    def rel(self, relationship: str, same_family: bool | None = None, lang: str | None = None, phone: bool = True) -> Person:
        r = self.rng
        w = relationship.split()[0]
        sex = "F" if w in FEM_REL else "M" if w in MASC_REL else r.choice("FM")
        elder = w in ("mother", "father", "sister", "brother", "aunt", "uncle", "husband", "wife", "grandmother", "grandfather")
        lang = lang or (self.lang if r.random() < (0.97 if elder else 0.8) else "en")
        if same_family is None:
            same_family = r.random() < (0.35 if self.lang in OWN_SURNAME and w in ("wife", "husband", "mother") else 0.65)
        fam = base_family(self.pt.family, self.pt.lang) if same_family and lang == self.lang else None
        if fam and self.pt.lang in ("ru", "pl"):
            fam = self.pt.family
        p = self.person(lang, sex, family=fam)
        self.rels.append((p, relationship, Phone(r, self.cell.a if r.random() < 0.6 else None) if phone else None))
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
        return "friend"

    def relph(self, p: Person) -> Phone:
        for i, (q, w, ph) in enumerate(self.rels):
            if q is p:
                if ph is None:
                    ph = Phone(self.rng)
                    self.rels[i] = (q, w, ph)
                return ph
        return Phone(self.rng)

    def other(self, sex: str | None = None, lang: str | None = None) -> Person:
        r = self.rng
        p = self.person(lang or wpick(r, CLIN_LANG), sex)
        self.others.append(p)
        return p

    def clin(self, role: str, cred: str, team: bool = True) -> Person:
        r = self.rng
        p = self.person(wpick(r, CLIN_LANG), None, word_ok=r.random() < 0.5)
        p.cred, p.role = cred, role
        (self.team if team else self.outside).append(p)
        return p

    def kid_rel(self) -> str:
        r = self.rng
        if self.age < 35:
            return r.choice(["mother", "father", "sister", "brother", "aunt", "girlfriend" if self.pt.sex == "M" else "boyfriend", "cousin"])
        if self.age < 60:
            return r.choice(["wife" if self.pt.sex == "M" else "husband", "sister", "brother", "daughter", "son", "mother", "cousin"])
        return r.choice(["daughter", "son", "niece", "nephew", "granddaughter", "grandson", "sister", "daughter-in-law"])

    # ------------------------------------------------------------ places
    def make_addr(self, town=None, rural: float = 0.0, unit_p: float = 0.4, st: str | None = None) -> Addr:
        r = self.rng
        if town is None:
            pool = [t for t in US_TOWNS if t[1] == st] if st else US_TOWNS
            town = r.choice(pool or US_TOWNS)
        line, boxy = street_line(r, rural)
        unit = r.choice(UNIT_FORMS)(r) if not boxy and r.random() < unit_p else None
        z = zip_for(r, town[1])
        z4 = zdigits(r, 4) if r.random() < 0.25 else None
        nb = r.choice(NEIGHBORHOODS) if r.random() < 0.12 else None
        return Addr(line, unit, town[0], town[1], z, z4, nb, boxy)

    def town(self, st: str | None = None) -> tuple[str, str]:
        r = self.rng
        pool = [t for t in US_TOWNS if t[0] != self.home.city and (st is None or t[1] == st)]
        return r.choice(pool or US_TOWNS)

    def near_town(self) -> tuple[str, str]:
        return self.town(self.state) if self.rng.random() < 0.6 else self.town()

    def abroad(self) -> tuple[str, str]:
        """(country code, town) for a relative abroad: the family's country, or another."""
        r = self.rng
        c = self.country if self.country and r.random() < 0.8 else r.choice(sorted(FOREIGN_TOWNS))
        return c, r.choice(FOREIGN_TOWNS[c])

    def hospital_city(self, r=None) -> str:
        """The town where the patient goes for care (not home)."""
        t = self.town()
        return self.town_st(t)

    def next_time(self) -> str:
        """Times that move forward through a thread or a log."""
        r = self.rng
        if not hasattr(self, "_clock"):
            self._clock = r.randint(7 * 60, 15 * 60)
        self._clock = min(self._clock + r.randint(2, 95), 23 * 60 + 50)
        h, m = divmod(self._clock, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    # ------------------------------------------------------------ dates
    def days(self, n: int) -> dt.date:
        return self.vdate + dt.timedelta(days=n)

    def D(self, d: dt.date | None = None, style: str | None = None, full: bool = False) -> str:
        r = self.rng
        d = d or self.vdate
        if style is None:
            hand = self.hand if r.random() < 0.8 else r.choice(HANDS)
            style = r.choice((FULL_DATES if full else HAND_DATES)[hand])
        pre, span, post = fdate(d, style)
        return pre + P("DATE", span) + post

    def Dob(self, style: str | None = None) -> str:
        return self.D(self.dob, style, full=True)

    # ------------------------------------------------------------ names
    def nm(self, p: Person, form: str = "full", cat: str | None = None) -> str:
        cat = cat or ("PROVIDER_NAME" if p.cred else "NAME")
        g, f = p.given, p.family
        if form == "full":
            return P(cat, p.full)
        if form == "gm":
            return P(cat, f"{g} {p.middle}. {f}") if p.middle and not p.fam_first else P(cat, p.full)
        if form == "Fg":
            return P(cat, f) + ", " + P(cat, g + (" " + p.second if p.second else ""))
        if form == "FgM":
            return P(cat, f) + ", " + P(cat, g) + (f" {p.middle}." if p.middle else "")
        if form == "FG":
            return P(cat, f.upper()) + ", " + P(cat, g.upper())
        if form == "famcaps":
            return P(cat, f.upper()) + " " + P(cat, g)
        if form == "init":
            return P(cat, f"{p.first[0]}. {f}")
        if form == "inits":
            return P(cat, f"{p.first[0]}.{f[0].upper()}.")
        if form == "initials":
            return P(cat, f"{p.first[0]}{f[0].upper()}")
        if form == "given":
            return P(cat, p.first)
        if form == "family":
            return P(cat, f)
        if form == "caps":
            return P(cat, p.full.upper())
        if form == "lower":
            return P(cat, p.full.lower())
        if form == "glower":
            return P(cat, p.first.lower())
        if form == "nick":
            return P(cat, p.nick) if p.nick else P(cat, p.first)
        if form == "gi":
            return P(cat, f"{p.first} {f[0]}.")
        return P(cat, p.full)

    def title(self, p: Person) -> str:
        if p.cred in ("MD", "DO"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        cat = "PROVIDER_NAME" if p.cred else "NAME"
        return ("Ms. " if p.sex == "F" else "Mr. ") + P(cat, p.family)

    def who(self, p: Person) -> str:
        """A name form that suits the hand."""
        r = self.rng
        h = self.hand
        forms = {"formal": ["full", "full", "gm", "Fg"], "terse": ["init", "Fg", "FG", "given", "initials"], "dictated": ["full", "full", "title"],
                 "family": ["given", "glower", "lower", "full", "nick"], "form": ["Fg", "FgM", "FG", "full"], "table": ["Fg", "FG", "full", "famcaps"]}[h]
        f = r.choice(forms)
        if f == "title":
            return self.title(p)
        return self.nm(p, f)

    def doc(self, p: Person) -> str:
        """A clinician the way notes name them: Dr. X, X, MD, per X, initials."""
        r = self.rng
        k = r.randrange(7)
        if k == 0 and p.cred in ("MD", "DO"):
            return "Dr. " + P("PROVIDER_NAME", p.family)
        if k == 1:
            return self.nm(p) + f", {p.cred}"
        if k == 2:
            return self.nm(p, "init") + f" {p.cred}"
        if k == 3 and p.cred in ("MD", "DO"):
            return "Dr. " + self.nm(p, "full")
        if k == 4:
            return self.nm(p, "Fg") + f" {p.cred}"
        if k == 5:
            return self.nm(p, "FG") + f", {p.cred}"
        return self.nm(p) + f" ({p.cred})"

    def he(self, cap_=False) -> str:
        s = "she" if self.pt.sex == "F" else "he"
        return s.capitalize() if cap_ else s

    def his(self, cap_=False) -> str:
        s = "her" if self.pt.sex == "F" else "his"
        return s.capitalize() if cap_ else s

    def him(self) -> str:
        return "her" if self.pt.sex == "F" else "him"

    def ptref(self) -> str:
        r = self.rng
        k = r.random()
        if k < 0.45:
            return self.title(self.pt)
        if k < 0.75:
            return self.nm(self.pt, "given")
        return r.choice(["the patient", "pt", "the client", "Pt"])

    def make_email(self, p: Person) -> str:
        r = self.rng
        g = ascii_fold(p.first).lower().replace("'", "").replace("-", "") or "mail"
        f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "") or "home"
        dom = r.choice(DOMAINS)
        k = r.randrange(6)
        if k == 0:
            return f"{g}.{f}{r.randint(1, 99)}@{dom}"
        if k == 1:
            return f"{g[:1]}{f}{r.randint(60, 99)}@{dom}"
        if k == 2:
            return f"{f}{g[:1]}{r.randint(1, 9)}@{dom}"
        if k == 3:
            return f"{g}_{f[:5]}{r.randint(10, 99)}@{dom}"
        if k == 4:
            return f"{g}{r.choice(['luvs', 'mom', 'dad', 'queen', 'boss', 'lady', 'man'])}{r.randint(1, 99)}@{dom}"
        return f"{g}{f}{r.randint(100, 999)}@{dom}"

    # ------------------------------------------------------------ phones
    def tel(self, ph: Phone, style: str | None = None, special: bool = True, work: bool = False, glue: bool = True) -> str:
        """A phone number in the hand's way; sometimes spoken, split by area code, with an extension, or oddly grouped."""
        r = self.rng
        h = self.hand if r.random() < 0.8 else r.choice(HANDS)
        if special and style is None:
            x = r.random()
            if h == "dictated" and x < 0.3:
                return self.tel_spoken(ph)
            if h == "dictated" and x < 0.45 or h in ("formal", "family") and x < 0.06:
                return self.tel_split(ph)
            if glue and h in ("family", "terse") and x < 0.12:
                return self.tel_glued(ph)
            if work and x > 0.7:
                return P("PHONE", ph.fmt(r.choice(HAND_PHONE[h]))) + r.choice([" ext. ", " x", " ext ", " X", ", extension "]) + str(r.randint(2, 4999))
        style = style or r.choice(HAND_PHONE[h])
        return P("PHONE", ph.fmt(style))

    def tel_spoken(self, ph: Phone) -> str:
        r = self.rng
        k = r.randrange(4)
        a, b, c = ph.a, ph.b, ph.c
        if k == 0:
            s = " ".join(digit_words(a)) + ", " + " ".join(digit_words(b)) + ", " + " ".join(digit_words(c))
        elif k == 1:
            s = "-".join(digit_words(a)) + " " + "-".join(digit_words(b)) + " " + pair_words(c)
        elif k == 2:
            s = f"{a}, {b}, " + pair_words(c)
        else:
            s = " ".join(digit_words(a, oh=False)) + " " + " ".join(digit_words(b, oh=False)) + " " + " ".join(digit_words(c, oh=False))
        s = s[0].upper() + s[1:] if r.random() < 0.3 else s
        return P("PHONE", s)

    def tel_split(self, ph: Phone) -> str:
        r = self.rng
        k = r.randrange(4)
        if k == 0:
            return f"area code {P('PHONE', ph.a)}, then {P('PHONE', ph.b + '-' + ph.c)}"
        if k == 1:
            return f"{P('PHONE', ph.b + '-' + ph.c)}, area code {P('PHONE', ph.a)}"
        if k == 2:
            return f"{P('PHONE', ph.a)} area code, {P('PHONE', ph.b + ' ' + ph.c)}"
        return f"({P('PHONE', ph.a)}) and then {P('PHONE', ph.b + '-' + ph.c)}"

    def tel_partial(self, ph: Phone) -> str:
        r = self.rng
        return r.choice([f"the number ending {P('PHONE', ph.c)}", f"ending in {P('PHONE', ph.c)}", f"last four {P('PHONE', ph.c)}",
                         f"the cell that ends -{P('PHONE', ph.c)}", f"xxx-xxx-{P('PHONE', ph.c)}", f"the ...{P('PHONE', ph.c)} number"])

    def tel_glued(self, ph: Phone) -> str:
        r = self.rng
        lab = r.choice(["cell:", "ph#", "tel.", "(c)", "C:", "cb#", "mob:", "H:", "phone#", "Tel:"])
        return lab + P("PHONE", ph.fmt(r.choice(["bare", "dash", "dot", "paren"])))

    def tel_lab(self, ph: Phone, kind: str = "cell") -> str:
        """A labelled phone: cell/home/work/pager/callback, labels as the hand writes them."""
        r = self.rng
        h = self.hand
        if h == "terse" or (h == "family" and r.random() < 0.5):
            lab = {"cell": ["c:", "cell", "C", "mobile", "cb#"], "home": ["h:", "home", "H", "hm"], "work": ["w:", "wk", "W", "work"],
                   "pager": ["pgr", "pager", "beeper"], "callback": ["cb#", "callback", "CB", "call back"]}[kind]
            l_ = r.choice(lab)
            if r.random() < 0.3 and l_.endswith(("#", ":")):
                return l_ + self.tel(ph, special=False)
            return f"{l_} {self.tel(ph, work=kind == 'work', glue=False)}"
        lab = {"cell": ["cell", "mobile", "cell phone", "Cell"], "home": ["home", "landline", "Home", "home phone"],
               "work": ["work", "Work", "office", "work number"], "pager": ["pager", "beeper", "Pager"],
               "callback": ["callback", "best number", "Callback", "best # is", "reach at"]}[kind]
        l_ = r.choice(lab)
        sep = r.choice([" ", ": ", " "]) if h in ("form", "table") else " "
        return f"{l_}{sep}{self.tel(ph, work=kind == 'work', glue=False)}"

    def tel_foreign(self, country: str) -> str:
        return P("PHONE", foreign_phone(self.rng, country))

    # ------------------------------------------------------------ addresses
    def addr(self, a: Addr, style: str | None = None, zip_: bool = True, state: bool = True) -> str:
        """A whole address: street line, its own unit span, town, state (not annotated) and ZIP."""
        r = self.rng
        h = self.hand
        if style is None:
            style = r.choice({"formal": ["inline", "inline", "twoline"], "terse": ["nocomma", "inline", "inline"],
                              "dictated": ["inline", "spoken"], "family": ["lower", "nocomma", "inline", "misspelt"],
                              "form": ["twoline", "threeline", "inline", "caps"], "table": ["inline", "caps", "nocomma"]}[h])
        line, unit, city = a.line, a.unit, a.city
        if style == "misspelt" and not self.misspelt:
            self.misspelt = True
            if r.random() < 0.5:
                line = misspell(r, line)
            else:
                city = misspell(r, city)
            style = "lower" if r.random() < 0.4 else "nocomma"
        elif style == "misspelt":
            style = "nocomma"
        f = (lambda s: s.lower()) if style == "lower" else (lambda s: s.upper()) if style == "caps" else (lambda s: s)
        st = a.st.lower() if style == "lower" else a.st
        L1 = P("ADDRESS", f(line))
        U = P("ADDRESS", f(unit)) if unit else ""
        CT = P("CITY", f(city))
        Z = P("ZIP", a.zipf if r.random() < 0.8 else a.zip) if zip_ else ""
        stz = (f" {st}" if state else "") + (f" {Z}" if zip_ else "")
        if style in ("inline", "caps", "lower"):
            u = (r.choice([", ", " "]) + U) if unit else ""
            return f"{L1}{u}, {CT},{stz}" if state else f"{L1}{u}, {CT}{(' ' + Z) if zip_ else ''}"
        if style == "nocomma":
            u = (" " + U) if unit else ""
            return f"{L1}{u} {CT}{stz}"
        if style == "twoline":
            u = (" " + U) if unit else ""
            return f"{L1}{u}\n{CT},{stz}"
        if style == "threeline":
            return f"{L1}\n{U + chr(10) if unit else ''}{CT},{stz}"
        # spoken (dictated)
        u = (", " + ("apartment " + U if unit and unit[0].isdigit() else U)) if unit else ""
        return f"{L1}{u}, in {CT}{stz}"

    def addr_line(self, a: Addr, lower: bool = False) -> str:
        """Street line and unit only."""
        r = self.rng
        f = str.lower if lower else (lambda s: s)
        u = (r.choice([", ", " "]) + P("ADDRESS", f(a.unit))) if a.unit else ""
        return P("ADDRESS", f(a.line)) + u

    def town_st(self, t: tuple[str, str], with_state: bool | None = None) -> str:
        r = self.rng
        ws = r.random() < 0.55 if with_state is None else with_state
        return P("CITY", t[0]) + (r.choice([", ", " "]) + t[1] if ws else "")

    def town_prose(self, p: Person | None = None) -> str:
        """A town in prose: where someone moved from, lives, grew up."""
        r = self.rng
        t = self.town()
        tt = self.town_st(t)
        who = (self.his() + " " + self.relw(p) + " " + self.nm(p, r.choice(["given", "full"]))) if p else None
        if who:
            forms = [f"{who} lives in {tt}", f"{who} is up in {tt}", f"{who} moved to {tt} last year",
                     f"{who} drives over from {tt}", f"{who} works in {tt}"]
        else:
            forms = [f"moved here from {tt}", f"grew up outside {P('CITY', t[0])}", f"lived in {tt} until {r.randint(2009, 2022)}",
                     f"was staying with cousins in {P('CITY', t[0])}", f"has people in {tt}", f"came down from {tt}",
                     f"was born in {P('CITY', t[0])}", f"lived out past {P('CITY', t[0])} for years"]
        return r.choice(forms)

# ---------------------------------------------------------------- clinical text to keep

MEDS = ["metformin 500 mg twice daily", "insulin glargine 22 units at bedtime", "lisinopril 20 mg daily", "albuterol HFA 90 mcg 2 puffs q4-6h PRN",
        "buprenorphine-naloxone 8-2 mg SL daily", "naloxone 4 mg nasal spray", "ondansetron 4-8 mg q8h PRN", "amoxicillin 875 mg BID x 10 days",
        "prednisone 40 mg daily x 5 days", "furosemide 40 mg BID", "apixaban 5 mg BID", "sertraline 100 mg daily", "quetiapine 50 mg qHS",
        "bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg daily", "insulin lispro 4-10 units with meals per scale",
        "gabapentin 300-600 mg TID", "nicotine patch 21 mg/24 hr", "levetiracetam 500 mg BID", "methadone 90 mg daily",
        "enoxaparin 40 mg subcut daily", "ceftriaxone 1 g IV q24h", "normal saline 500 mL bolus", "hydroxyurea 1,000 mg daily",
        "cephalexin 500 mg QID", "doxycycline 100 mg BID", "tiotropium 18 mcg inhaled daily", "carvedilol 12.5 mg BID", "atorvastatin 40 mg nightly",
        "semaglutide 0.5 mg weekly", "adalimumab 40 mg every other week", "etanercept 50 mg weekly", "epoetin alfa 10,000 units weekly",
        "oxycodone 5-10 mg q4h PRN", "acetaminophen 650 mg q6h PRN", "naltrexone ER 380 mg IM monthly", "aripiprazole 10 mg daily",
        "levothyroxine 88 mcg daily", "methimazole 10 mg daily", "tamsulosin 0.4 mg qHS", "potassium chloride 20 mEq daily"]
LABS = [lambda r: f"WBC {r.uniform(3.1, 18.9):.1f}", lambda r: f"INR {r.uniform(0.9, 4.2):.1f}", lambda r: f"Hgb {r.uniform(6.8, 15.2):.1f}",
        lambda r: f"K {r.uniform(3.0, 6.1):.1f} (3.5-5.1)", lambda r: f"A1c {r.uniform(5.4, 12.8):.1f}%", lambda r: f"TSH {r.uniform(0.05, 9.9):.2f} (0.45-4.50)",
        lambda r: f"creatinine {r.uniform(0.6, 4.8):.2f}", lambda r: f"eGFR {r.randint(12, 98)}", lambda r: f"BNP {r.randint(40, 2400)}",
        lambda r: f"glucose {r.randint(54, 486)}", lambda r: f"platelets {r.randint(38, 455)}", lambda r: f"lactate {r.uniform(0.6, 5.9):.1f}",
        lambda r: f"D-dimer {r.uniform(0.2, 4.9):.2f}", lambda r: f"Na {r.randint(124, 146)} (135-145)", lambda r: f"CD4 {r.randint(40, 980)}",
        lambda r: f"viral load <{r.choice([20, 40])} copies/mL", lambda r: f"troponin {r.uniform(0.01, 0.9):.2f}", lambda r: f"ALT {r.randint(12, 320)}",
        lambda r: f"ammonia {r.randint(18, 140)}", lambda r: f"ferritin {r.randint(6, 1800)}", lambda r: f"lipase {r.randint(20, 1900)}",
        lambda r: f"PSA {r.uniform(0.2, 18.0):.1f}", lambda r: f"BAC {r.choice(['0.08', '0.12', '0.21', '0.31'])}", lambda r: f"HCV RNA {r.choice(['not detected', '1.2 million IU/mL'])}"]
VITALS = [lambda r: f"BP {r.randint(92, 196)}/{r.randint(54, 118)}", lambda r: f"HR {r.randint(52, 134)}", lambda r: f"SpO2 {r.randint(84, 100)}% RA",
          lambda r: f"T {r.choice(['96.8', '98.4', '99.9', '100.8', '101.6', '102.3'])} F", lambda r: f"RR {r.choice([12, 16, 18, 22, 26, 30])}",
          lambda r: f"wt {r.randint(98, 356)} lb", lambda r: f"BMI {r.uniform(16.5, 48.0):.1f}", lambda r: f"pain {r.randint(0, 10)}/10"]
SCORES = [lambda r: f"PHQ-9 {r.randint(0, 27)}", lambda r: f"GAD-7 {r.randint(0, 21)}", lambda r: f"AUDIT-C {r.randint(0, 12)}",
          lambda r: f"C-SSRS {r.choice(['negative', 'low risk', 'moderate risk'])}", lambda r: f"PRAPARE {r.randint(3, 14)} risks",
          lambda r: f"Hunger Vital Sign {r.choice(['positive', 'negative'])}", lambda r: f"VI-SPDAT {r.randint(4, 15)}", lambda r: f"ACE score {r.randint(0, 9)}",
          lambda r: f"MoCA {r.randint(12, 30)}/30", lambda r: f"CIWA {r.randint(2, 24)}", lambda r: f"COWS {r.randint(3, 22)}", lambda r: f"PHQ-2 {r.randint(0, 6)}"]
EPONYMS = ["Parkinson disease", "Graves disease", "Baker cyst", "Colles fracture", "Hashimoto thyroiditis", "Crohn disease", "Bell palsy",
           "Raynaud phenomenon", "Wernicke encephalopathy", "Korsakoff syndrome", "Guillain-Barré syndrome", "Addison disease", "Cushing syndrome",
           "Charcot foot", "Kaposi sarcoma", "Tourette syndrome", "Down syndrome", "Marfan syndrome", "Dupuytren contracture", "Bartholin cyst",
           "Barrett esophagus", "Hodgkin lymphoma", "Mallory-Weiss tear", "Lyme disease", "Sjögren syndrome", "Ménière disease", "Still disease",
           "Osgood-Schlatter disease", "Wilson disease", "Paget disease of bone"]
# eponymous signs, scales, devices and manoeuvres, each in its own phrase
EPONYM_LINES = [
    lambda r: f"{K('eponym', 'Glasgow Coma Scale')} {K('score', str(r.choice([13, 14, 15])))} on arrival.",
    lambda r: f"Born at term, {K('eponym', 'Apgar')} {K('score', r.choice(['8 and 9', '7 and 9', '9 and 9']))} per the mother.",
    lambda r: f"{K('eponym', 'Foley catheter')} removed; voiding on {c_ord(r)} try.",
    lambda r: f"{K('eponym', 'Holter monitor')} ordered for the palpitations.",
    lambda r: f"{K('eponym', 'Epley maneuver')} done in clinic; vertigo better.",
    lambda r: f"{K('eponym', 'Tinel sign')} positive at the wrist; {K('eponym', 'Phalen test')} positive.",
    lambda r: f"{K('eponym', 'Romberg sign')} positive; gait wide-based.",
    lambda r: f"{K('eponym', 'Hickman line')} site clean, no erythema.",
    lambda r: f"{K('eponym', 'Trendelenburg gait')} on the left since the hip surgery.",
    lambda r: f"Choked at dinner; a neighbour did the {K('eponym', 'Heimlich maneuver')}.",
    lambda r: f"Status post {K('eponym', r.choice(['Whipple procedure', 'Roux-en-Y gastric bypass']))} in {r.randint(2009, 2021)}.",
    lambda r: f"{K('eponym', 'Homans sign')} negative; calf soft.",
    lambda r: f"{K('eponym', 'Babinski sign')} absent bilaterally.",
]


def c_ord(r) -> str:
    return r.choice(["the first", "the second"])
DX = ["type 2 diabetes", "COPD", "heart failure with reduced EF", "opioid use disorder, in sustained remission", "hepatitis C", "HIV",
      "schizoaffective disorder", "PTSD", "cellulitis of the left leg", "frostbite of both feet", "trench foot", "alcohol use disorder",
      "asthma", "CKD stage 3a", "hypertension", "sickle cell disease", "major depressive disorder", "ESRD on hemodialysis", "seizure disorder",
      "chronic low back pain", "atrial fibrillation", "cirrhosis", "bipolar I disorder", "lung cancer, stage IIIA", "pulmonary embolism",
      "diabetic foot ulcer", "traumatic brain injury", "hypothyroidism", "obstructive sleep apnea", "methamphetamine use disorder"]
ICD = [("Z59.01", "sheltered homelessness"), ("Z59.02", "unsheltered homelessness"), ("Z59.811", "housing instability, housed, at risk"),
       ("Z59.41", "food insecurity"), ("Z59.86", "financial insecurity"), ("Z59.12", "inadequate housing utilities"), ("Z56.0", "unemployment"),
       ("Z60.2", "living alone"), ("Z65.1", "imprisonment and other incarceration"), ("Z63.0", "problems with spouse or partner"),
       ("E11.65", "type 2 diabetes with hyperglycemia"), ("J44.1", "COPD with exacerbation"), ("F11.21", "opioid dependence, in remission"),
       ("I50.22", "chronic systolic heart failure"), ("R91.1", "solitary pulmonary nodule"), ("N28.1", "renal cyst"), ("E04.1", "thyroid nodule"),
       ("K76.89", "other liver disease"), ("R92.8", "abnormal mammogram finding"), ("S52.501A", "distal radius fracture"), ("T33.821A", "frostbite, right foot")]
CPT = [("G0019", "community health integration"), ("G0136", "SDOH risk assessment"), ("T1013", "interpreter services"), ("A0130", "wheelchair van"),
       ("T2003", "non-emergency transport"), ("G0023", "principal illness navigation"), ("98966", "telephone assessment, 5-10 min"),
       ("99211", "nurse visit"), ("96160", "health risk assessment"), ("71046", "chest x-ray, 2 views"), ("71250", "CT chest without contrast"),
       ("71271", "low-dose CT lung screening"), ("70450", "CT head without contrast"), ("74177", "CT abdomen/pelvis with contrast"),
       ("72148", "MRI lumbar spine"), ("77067", "screening mammogram"), ("76536", "ultrasound, neck"), ("76700", "ultrasound, abdomen"),
       ("99497", "advance care planning"), ("90837", "psychotherapy, 60 min")]
ABBREV = ["NEMT", "LIHEAP", "SNAP", "HMIS", "SSI", "SSDI", "TANF", "HUD-VASH", "PSH", "RRH", "ROI", "PRN", "AMA", "DME", "SDOH", "PCP",
          "ED", "MOUD", "PEP", "PrEP", "HCV", "LAR", "BH", "IOP", "CHW", "ACP"]
# ordinary words that look like names or towns, used as words (kept)
LOOKALIKE = [
    lambda: f"Meds came in a {K('word', 'brown')} bag for review.",
    lambda: f"The {K('word', 'Mobile')} crisis team was called and came out.",
    lambda: f"She said she has {K('word', 'hope')} the unit comes through.",
    lambda: f"{K('word', 'Will')} call back after the hearing.",
    lambda: f"Connected with a {K('word', 'faith')} community food pantry.",
    lambda: f"BP {K('word', 'rose')} to the 170s when the landlord called.",
    lambda: f"The electric {K('word', 'bill')} is three months behind.",
    lambda: f"Referred to the {K('word', 'young')} adult program.",
    lambda: f"Landlord gave a ten-day {K('word', 'grace')} period.",
    lambda: f"The {K('word', 'summer')} cooling program opens in June.",
    lambda: f"Needs {K('word', 'reading')} glasses to fill out the forms.",
    lambda: f"The {K('word', 'price')} of the inhaler went up again.",
    lambda: f"Switched to {K('word', 'long')}-acting insulin.",
    lambda: f"The clinic is {K('word', 'grant')}-funded and bills nothing.",
    lambda: f"See {K('word', 'page')} 2 of the application for income.",
    lambda: f"Left the forms with the {K('word', 'ward')} clerk.",
    lambda: f"No {K('word', 'frank')} blood in the stool.",
    lambda: f"It is about 40 {K('word', 'miles')} each way to the clinic.",
    lambda: f"Tried to {K('word', 'chase')} down the fax twice.",
    lambda: f"A {K('word', 'sunny')} room on the ground floor was requested.",
    lambda: f"Mom said she felt {K('word', 'joy')} when the keys came.",
    lambda: f"Per the {K('word', 'bishop')} at the church, the van can pick him up.",
    lambda: f"The {K('word', 'king')}-size bed does not fit the new room.",
    lambda: f"Used {K('drug', 'normal saline')} flushes for the line.",
    lambda: f"Got a {K('word', 'Hunter')} green coat from the donation closet.",
    lambda: f"Had to {K('word', 'mark')} the meds with stickers (cannot read labels).",
    lambda: f"A {K('word', 'cook')} job at the diner starts Monday.",
]

# ---------------------------------------------------------------- small layouts


def table(c: C, header: list[str], rows: list[list[str]]) -> str:
    r = c.rng
    k = r.randrange(3)
    if k == 0:
        out = "| " + " | ".join(header) + " |\n|" + "|".join("---" for _ in header) + "|\n"
        return out + "".join("| " + " | ".join(row) + " |\n" for row in rows)
    if k == 1:
        return "\t".join(header) + "\n" + "".join("\t".join(row) + "\n" for row in rows)
    return "  ".join(h.upper() for h in header) + "\n" + "".join("  ".join(row) + "\n" for row in rows)


def kv(c: C, pairs: list[tuple[str, str]]) -> str:
    """Labelled fields: one a line, or two a line, or pipes."""
    r = c.rng
    k = r.randrange(3)
    if k == 0:
        return "".join(f"{a}: {b}\n" for a, b in pairs)
    if k == 1:
        out, line = [], []
        for a, b in pairs:
            line.append(f"{a}: {b}")
            if len(line) == 2:
                out.append("   ".join(line) + "\n")
                line = []
        if line:
            out.append(line[0] + "\n")
        return "".join(out)
    return " | ".join(f"{a}: {b}" for a, b in pairs) + "\n"


# ---------------------------------------------------------------- shared blocks
# Every block returns marked text in the note's hand. BLOCK_TAGS says which categories a block supplies, so the generator
# can add blocks until each weak category has its share.

def blk_contacts(c: C) -> str:
    r = c.rng
    n = r.choice([1, 2, 2])
    people = []
    for _ in range(n):
        w = c.kid_rel() if r.random() < 0.75 else r.choice(["neighbor", "friend", "pastor", "ex-wife", "roommate", "godmother"])
        p = c.kin(w) if w in FEM_REL | MASC_REL else c.rel(w, same_family=False, lang="en" if r.random() < 0.5 else None)
        if p not in [q for q, _ in people]:
            people.append((p, w))
    h = c.hand
    if h == "form":
        out = ""
        for i, (p, w) in enumerate(people, 1):
            ph = c.relph(p)
            out += f"Contact {i}: {c.nm(p, r.choice(['Fg', 'full', 'FgM']))}   Relationship: {w}   Phone: {c.tel(ph, special=False)}"
            out += (f"   Alt: {c.tel(Phone(r), special=False)}\n" if r.random() < 0.3 else "\n")
        return out
    if h == "table":
        rows = [[c.nm(p, r.choice(['Fg', 'full', 'FG'])), w, c.tel(c.relph(p), special=False), r.choice(["cell", "home", "work", "text only"])]
                for p, w in people]
        return table(c, ["Name", "Relationship", "Phone", "Type"], rows)
    if h == "terse":
        parts = []
        for p, w in people:
            ph = c.relph(p)
            parts.append(f"{c.nm(p, r.choice(['init', 'given', 'Fg', 'full']))} ({w[:3] if r.random() < 0.4 else w}) {c.tel_lab(ph, r.choice(['cell', 'home', 'cell']))}")
        return "EC: " + "; ".join(parts) + "\n"
    if h == "family":
        parts = []
        for p, w in people:
            ph = c.relph(p)
            parts.append(r.choice([f"my {w} {c.nm(p, r.choice(['glower', 'given', 'lower']))} {c.tel(ph)}",
                                   f"{c.nm(p, 'given')} ({w}) at {c.tel(ph)}",
                                   f"or call {c.nm(p, 'glower')} {c.tel_glued(ph)}"]))
        return r.choice(["if u cant reach me call ", "other numbers: ", "backup: "]) + ", ".join(parts) + "\n"
    if h == "dictated":
        p, w = people[0]
        out = f"{c.his(True)} {w}, {c.nm(p)}, can be reached at {c.tel(c.relph(p))}."
        for p, w in people[1:]:
            out += f" The {w} is {c.nm(p, r.choice(['full', 'given']))}, at {c.tel(c.relph(p))}."
        return out + "\n"
    p, w = people[0]
    out = f"Emergency contact: {c.nm(p)} ({w}), {c.tel_lab(c.relph(p), 'cell')}"
    if c.relph(p) and r.random() < 0.4:
        out += f", {c.tel_lab(Phone(r, c.relph(p).a), 'work')}"
    for p, w in people[1:]:
        out += f"; alternate {c.nm(p)} ({w}), {c.tel(c.relph(p))}"
    out += "."
    if r.random() < 0.35:
        out += f"\n{c.tel(Phone(r), special=False)}  <- {r.choice(['new number per pt', 'old cell, keep on file', 'landlord', 'sister-in-law'])}"
    return out + "\n"


def blk_calls(c: C) -> str:
    r = c.rng
    p = c.kin(c.kid_rel())
    old = Phone(r, c.cell.a)
    d1, d2 = c.days(-r.randint(1, 6)), c.days(-r.randint(0, 1))
    outcomes = [lambda: f"no answer at {c.tel(c.cell)}, left message", lambda: f"{c.tel(old, special=False)} disconnected",
                lambda: f"mailbox full ({c.tel_partial(c.cell)})", lambda: f"wrong number, {c.nm(c.other(), r.choice(['full', 'given']))} answered",
                lambda: f"spoke with {c.relw(p)} {c.nm(p, 'given')} at {c.tel(c.relph(p))}", lambda: f"texted {c.tel(c.cell, special=False)}, no reply"]
    picks = [f() for f in r.sample(outcomes, 2)]
    h = c.hand
    if h == "table":
        return table(c, ["Date", "Time", "Attempt"], [[c.D(d1), hhmm(r), picks[0]], [c.D(d2), hhmm(r), picks[1]]])
    if h in ("terse", "form"):
        return "".join(f"{c.D(d, 'm/d')} {hhmm(r)} {x}\n" for d, x in zip([d1, d2], picks))
    if h == "family":
        return f"i tried calling, {picks[0]}, then {picks[1]}\n"
    return f"Attempts: on {c.D(d1)} at {clock(r)}, {picks[0]}; on {c.D(d2)}, {picks[1]}.\n"


def id_doc(c: C, kind: str | None = None, who: Person | None = None) -> str:
    """One identity document, with its number as LICENSE."""
    r = c.rng
    kind = kind or (c.idkind if who is None else "dl")
    st = c.dl_state if who is None else r.choice(sorted(DL_FMT))
    dlk = ("dl", "cdl", "oln", "permit")
    same = kind == c.idkind or (kind in dlk and c.idkind in dlk)
    num = c.dl if who is None and same and kind != "passport" else dl_number(r, st)
    exp = c.D(dt.date(c.vdate.year + r.randint(0, 6), r.randint(1, 12), r.randint(1, 28)), full=True)
    h = c.hand
    if kind == "passport":
        ctry = c.country if (c.country and who is None and r.random() < 0.7) else "USA"
        num = PASSPORT[ctry](r)
        nat = {"GBR": "UK", "USA": "U.S.", "PHL": "Philippine", "DOM": "Dominican"}.get(ctry, COUNTRY_NAME.get(ctry, "U.S.").replace("the ", ""))
        lab = r.choice(["passport no.", "PP#", "passport", "Passport No."])
        return f"{nat} {lab} {P('LICENSE', num)}" + (f", exp {exp}" if r.random() < 0.5 else "")
    if kind == "consular":
        return f"matrícula consular no. {P('LICENSE', 'MC' + zdigits(r, 8) if r.random() < 0.5 else zdigits(r, 10))}"
    if kind == "olddl":
        ost = r.choice([x for x in sorted(DL_FMT) if x != c.dl_state])
        return f"expired {ost} {r.choice(['DL', 'license', 'lic #'])} {P('LICENSE', dl_number(r, ost))}"
    if kind == "permit":
        return f"{st} learner's permit {P('LICENSE', num)}"
    if kind == "cdl":
        return f"CDL (class {r.choice('ABC')}) {st} {P('LICENSE', num)}"
    if kind == "stateid":
        lab = r.choice(["state ID", "ID card", "State ID #", "non-driver ID", "ID card no."])
        return f"{STATE_NAME.get(st, st)} {lab} {P('LICENSE', num)}" if r.random() < 0.5 else f"{lab} {P('LICENSE', num)} ({st})"
    lab = r.choice(["DL#", "DL", "lic", "license no.", "driver's license", "Drivers Lic #", "DLN", "OLN", "Operator's license", "dl #"])
    if h == "form":
        return f"ID type: driver license ({st})  Number: {P('LICENSE', num)}  Exp: {exp}"
    if h == "family":
        return f"my license # is {P('LICENSE', num)} ({STATE_NAME.get(st, st).lower()})"
    return r.choice([f"{st} {lab} {P('LICENSE', num)}", f"{lab} {P('LICENSE', num)} ({st}, exp {exp})", f"{lab}: {P('LICENSE', num)}",
                     f"{STATE_NAME.get(st, st)} {lab} {P('LICENSE', num)}"])


def blk_ids(c: C) -> str:
    r = c.rng
    h = c.hand
    a = id_doc(c)
    b = id_doc(c, r.choice(["passport", "consular", "olddl", "passport"] if c.country in ("MEX", "GTM", "SLV", "HND") else ["passport", "olddl"]))
    if h == "table":
        return table(c, ["Document", "Seen", "Notes"], [[a, "yes", r.choice(["copy scanned", "expired", "name matches"])],
                                                        [b, r.choice(["yes", "photo on phone"]), r.choice(["copy scanned", "pending", "-"])]])
    if h == "terse":
        return f"ID: {a}; {b}.\n"
    if h == "family":
        return f"{a}. i also have {b}\n"
    if h == "dictated":
        return f"Identity was confirmed with {a}, and {c.he()} also showed {b}.\n"
    if h == "form":
        return f"{a}\nSecondary ID: {b}\n"
    return f"Identification on file: {a}; secondary: {b}.\n"


def prof_lic(c: C, p: Person) -> str:
    r = c.rng
    cr = p.cred if p.cred in PROF_LIC else {"BSN, RN": "RN", "MSW": "LMSW", "RPh": "PharmD", "RT": "RT(R)"}.get(p.cred, "RN")
    num = r.choice(PROF_LIC[cr])(r, c.state)
    return f"{r.choice(PROF_LAB.get(cr, ['lic #']))} {P('LICENSE', num)}"


PROF_LAB = PROF_LABEL


def blk_prof(c: C) -> str:
    r = c.rng
    p = c.clin(r.choice(["PCP", "attending", "covering NP", "certifying physician"]), r.choice(["MD", "DO", "NP", "PA-C"]))
    q = c.clin(r.choice(["social worker", "case manager", "care coordinator"]), r.choice(["LCSW", "LMSW", "RN", "CHW"])) if r.random() < 0.45 else None
    fax = Phone(r, c.cell.a if r.random() < 0.5 else None)
    h = c.hand
    dea_ = f", DEA {P('LICENSE', dea(r, p.family, mid=p.cred in ('NP', 'PA-C')))}" if r.random() < 0.5 and p.cred in ("MD", "DO", "NP", "PA-C") else ""
    if h in ("form", "table"):
        return kv(c, [("Clinician", c.nm(p, r.choice(["Fg", "full"])) + f", {p.cred}"), ("NPI", P("OTHER_ID", npi(r))),
                      ("License", P("LICENSE", r.choice(PROF_LIC.get(p.cred, PROF_LIC["MD"]))(r, c.state))),
                      ("Phone", c.tel(Phone(r), special=False)), ("Fax", P("FAX", fax.fmt(r.choice(["dash", "paren"]))))]
                  + ([("Social work", c.nm(q) + f", {q.cred} ({prof_lic(c, q)})")] if q else []))
    if h == "terse":
        return (f"{c.doc(p)} NPI {P('OTHER_ID', npi(r))}{dea_}; {prof_lic(c, p)}."
                + (f" SW {c.nm(q, 'init')} {q.cred} {c.tel_lab(Phone(r), 'work')}" if q else f" Office {c.tel_lab(Phone(r), 'work')}") + "\n")
    return (f"{cap(c.doc(p))} ({prof_lic(c, p)}, NPI {P('OTHER_ID', npi(r))}{dea_}) signs the form; fax back to "
            f"{P('FAX', fax.fmt('paren'))}." + (f" {c.nm(q)}, {q.cred}, {prof_lic(c, q)}, is the contact at {c.tel(Phone(r), work=True)}." if q
                                               else f" Office line {c.tel(Phone(r), work=True)}.") + "\n")


ACCT_KINDS = ["hospital", "guarantor", "encounter", "utility", "bank", "pharmacy", "plan", "card", "collections", "phone"]


def acct_phrase(c: C, kind: str) -> str:
    r = c.rng
    if kind == "hospital":
        return r.choice([f"hospital account {P('ACCOUNT', c.har)}", f"HAR {P('ACCOUNT', c.har)}", f"billing acct# {P('ACCOUNT', c.har)}",
                         f"Acct: {P('ACCOUNT', c.har)}"])
    if kind == "guarantor":
        return r.choice([f"guarantor # {P('ACCOUNT', acct_guarantor(r))}", f"guarantor account {P('ACCOUNT', acct_guarantor(r))}",
                         f"GID {P('ACCOUNT', acct_guarantor(r))}"])
    if kind == "encounter":
        return r.choice([f"encounter {P('ACCOUNT', acct_encounter(r))}", f"visit # {P('ACCOUNT', acct_encounter(r))}",
                         f"FIN {P('ACCOUNT', acct_encounter(r))}", f"CSN {P('ACCOUNT', digits(r, 9))}"])
    if kind == "utility":
        return r.choice([f"{c.utility} account {P('ACCOUNT', acct_utility(r))}", f"electric acct {P('ACCOUNT', acct_utility(r))}",
                         f"gas account no. {P('ACCOUNT', acct_utility(r))}", f"water acct# {P('ACCOUNT', acct_utility(r))}"])
    if kind == "bank":
        return r.choice([f"checking account ending {P('ACCOUNT', zdigits(r, 4))}", f"direct deposit to acct {P('ACCOUNT', acct_bank(r))}",
                         f"{r.choice(BANKS)} savings xxxx-{P('ACCOUNT', zdigits(r, 4))}", f"bank acct #{P('ACCOUNT', acct_bank(r))}"])
    if kind == "pharmacy":
        return r.choice([f"pharmacy account {P('ACCOUNT', acct_pharmacy(r))}", f"{c.pharmacy} patient acct {P('ACCOUNT', acct_pharmacy(r))}",
                         f"Rx acct {P('ACCOUNT', acct_pharmacy(r))}"])
    if kind == "plan":
        return r.choice([f"payment plan {P('ACCOUNT', acct_plan(r))}", f"plan # {P('ACCOUNT', acct_plan(r))}", f"PP acct {P('ACCOUNT', acct_plan(r))}"])
    if kind == "card":
        return r.choice([f"Visa ending {P('ACCOUNT', zdigits(r, 4))}", f"debit card ending in {P('ACCOUNT', zdigits(r, 4))}",
                         f"card on file x{P('ACCOUNT', zdigits(r, 4))}", f"Mastercard ****{P('ACCOUNT', zdigits(r, 4))}"])
    if kind == "collections":
        return f"collections ref acct {P('ACCOUNT', letters(r, 2) + '-' + digits(r, 7))}"
    return r.choice([f"phone carrier account {P('ACCOUNT', digits(r, 9))}", f"Lifeline phone acct {P('ACCOUNT', digits(r, 10))}"])


def blk_accounts(c: C) -> str:
    r = c.rng
    kinds = ["encounter", "hospital", "guarantor", "encounter"] if c.ntype in RADIOLOGY else ACCT_KINDS
    ks = r.sample(kinds, r.choice([1, 2, 2]))
    items = [acct_phrase(c, k) for k in ks]
    h = c.hand
    if h == "table":
        return table(c, ["Account", "Status"], [[x, r.choice(["open", "past due", "on hold", "paid", "in review"])] for x in items])
    if h == "form":
        return "".join(f"{cap(x)}\n" for x in items)
    if h == "family":
        return f"the {' and the '.join(items)} {'is' if len(items) == 1 else 'are'} what they keep sending letters about\n"
    if h == "terse":
        return "Accts: " + "; ".join(items) + ".\n"
    return f"Accounts reviewed: {' and '.join(items)}.\n"


OID_LABELS = {
    "court": ["court case no.", "Case #", "docket", "civil case"], "eviction": ["eviction case", "LT case #", "summary possession no."],
    "po": ["protective order #", "PO no.", "order of protection"], "aps": ["APS case", "APS intake #", "Adult Protective Services report"],
    "cps": ["CPS intake #", "CPS case", "DCFS referral no."], "police": ["police report #", "RPT#", "incident no.", "PD case"],
    "claim": ["claim #", "claim no.", "VC claim"], "hmis": ["HMIS ID", "HMIS client #", "coordinated entry ID"],
    "bed": ["bed", "bunk", "bed #"], "locker": ["locker", "locker #"], "voucher": ["voucher #", "HCV voucher", "motel voucher no."],
    "ticket": ["ticket", "ticket #", "help-desk ticket", "service request"], "conf": ["confirmation", "conf#", "confirmation code"],
    "snap": ["SNAP case #", "food stamp case", "SNAP case no."], "ssa": ["SSA claim #", "SSI claim", "SSDI claim no."],
    "liheap": ["LIHEAP app #", "energy assistance app no."], "doc": ["DOC #", "inmate no.", "DOC number"], "booking": ["booking #", "jail booking no."],
    "anum": ["A-number", "A#", "alien registration no."], "tracking": ["tracking #", "tracking no.", "shipment"], "rx": ["Rx #", "Rx", "prescription no."],
    "accession": ["accession", "Acc#", "accession no."], "order": ["order #", "order no."], "acp": ["ACP participant #", "address confidentiality no."],
    "badge": ["badge", "badge #"], "trip": ["trip #", "ride ID", "trip confirmation"], "gas": ["gas card", "fuel card #"], "cd": ["CD #", "media no."],
    "roi": ["ROI request #", "records request no."], "donor": ["donor ID", "DIN"], "study": ["study ID", "subject #"], "wic": ["WIC ID", "WIC family no."],
    "tanf": ["TANF case", "cash assistance case #"], "lifeline": ["Lifeline ID", "Lifeline enrollment #"],
}


def oid(c: C, kind: str) -> str:
    r = c.rng
    return f"{r.choice(OID_LABELS[kind])} {P('OTHER_ID', oid_case(r, kind, c.vdate.year))}"


def blk_cases(c: C) -> str:
    r = c.rng
    pool = TYPE_OIDS.get(c.ntype, ["claim", "ticket", "conf", "rx"])
    ks = r.sample(pool, min(len(pool), r.choice([1, 2])))
    items = [oid(c, k) for k in ks]
    h = c.hand
    if h == "table":
        return table(c, ["Reference", "Opened"], [[x, c.D(c.days(-r.randint(2, 200)))] for x in items])
    if h == "form":
        return "".join(f"{x}\n" for x in items)
    if h == "family":
        return f"they gave me {items[0]}" + (f" and {items[1]}" if len(items) > 1 else "") + " if that helps\n"
    if h == "terse":
        return "Refs: " + ", ".join(items) + "\n"
    return "References: " + "; ".join(items) + ".\n"


def blk_addr_hist(c: C) -> str:
    r = c.rng
    old = c.make_addr(town=c.near_town(), rural=0.1)
    old2 = c.make_addr(town=c.town(), rural=0.1, unit_p=0.2)
    d1 = c.days(-r.randint(60, 700))
    h = c.hand
    k = r.randrange(5)
    if h == "table":
        return table(c, ["Address", "From", "Status"], [[c.addr(c.home, "inline"), c.D(d1), "current"],
                                                        [c.addr(old, "inline"), c.D(d1 - dt.timedelta(days=r.randint(200, 900))), r.choice(["mail returned", "prior", "evicted"])]])
    if h == "family":
        return (f"we was at {c.addr(old, 'lower')} till {c.D(d1)} then moved to {c.addr_line(c.home, True)}"
                f"{' in ' + P('CITY', c.home.city.lower()) if r.random() < 0.5 else ''}\n")
    if k == 0:
        return f"Prior address (until {c.D(d1)}): {c.addr(old)}. Mail sent there on {c.D(c.days(-r.randint(5, 40)))} came back undeliverable.\n"
    if k == 1:
        return (f"Moved from {c.addr(old)} to the current address on {c.D(d1)}; before that {c.he()} was at "
                f"{c.addr_line(old2)} in {c.town_st((old2.city, old2.st))}.\n")
    if k == 2:
        rm = r.randint(101, 248)
        return (f"Staying at the {c.motel}, {P('ADDRESS', 'Room ' + str(rm)) if r.random() < 0.5 else P('ADDRESS', 'Rm ' + str(rm))}, "
                f"{P('ADDRESS', str(r.randint(100, 9999)) + ' ' + street_name(r))}, {P('CITY', c.home.city)}, since {c.D(c.days(-r.randint(3, 40)))}; "
                f"mail still goes to {c.addr(old, 'inline')}.\n")
    if k == 3:
        co = c.kin(c.kid_rel())
        return (f"Mailing address: c/o {c.nm(co)}, {c.addr(old, r.choice(['inline', 'nocomma']))}. Physical: {c.addr_line(c.home)}"
                f" ({c.town_st((c.home.city, c.home.st), False)}).\n")
    return (f"Address on the old chart, {c.addr(old)}, is out of date; {c.he()} {c.town_prose()} and is now at "
            f"{c.addr(c.home, 'inline')}.\n")


def blk_places(c: C) -> str:
    r = c.rng
    a = c.kin(c.kid_rel())
    b = c.rel(r.choice(["cousin", "aunt", "uncle", "sister", "brother"]), same_family=r.random() < 0.5)
    t1, t2 = c.town(), c.town()
    h = c.hand
    nb = c.home.nbhd or r.choice(NEIGHBORHOODS)
    if h == "family":
        return (f"{c.nm(a, 'glower')} is in {P('CITY', t1[0].lower() if r.random() < 0.5 else t1[0])} now"
                + (f" and {c.nm(b, 'glower')} went back to {P('CITY', t2[0])}" if r.random() < 0.5 else f", we used to stay over in {P('CITY', nb)}") + "\n")
    if h in ("table", "form"):
        return kv(c, [(f"{cap(c.relw(a))}", f"{c.nm(a, 'Fg')}, {c.town_st(t1, True)}"), ("Neighborhood", P("CITY", nb))])
    k = r.randrange(3)
    if k == 0:
        return f"{c.he(True)} {c.town_prose()}. {c.his(True)} {c.relw(a)} {c.nm(a, r.choice(['full', 'given']))} lives in {c.town_st(t1)}.\n"
    if k == 1:
        return (f"Family nearby: a {c.relw(b)}, {c.nm(b)}, {r.choice(['in', 'out near', 'over in'])} {P('CITY', t2[0])}; "
                f"{c.he()} {r.choice(['grew up in', 'lived for years in', 'still has friends in'])} the {P('CITY', nb)} neighborhood.\n")
    return f"{c.his(True)} {c.relw(a)} ({c.nm(a, 'given')}) {c.town_prose()}.\n"


LANDMARKS = ["the Dollar General", "the Baptist church", "the old feed store", "the water tower", "the volunteer fire station", "the Sonic",
             "the cattle guard", "the school bus turnaround", "the grain elevator", "the boarded-up Shell station", "the laundromat",
             "the trailer park sign", "the rail crossing", "the flea market", "the VFW hall", "the chapter house"]


def blk_directions(c: C) -> str:
    r = c.rng
    road = r.choice([f"Route {r.randint(2, 99)}", f"Hwy {r.randint(2, 299)}", f"County Road {r.randint(3, 880)}", street_name(r),
                     f"FM {r.randint(100, 3300)}", f"N{r.randint(100, 999)} {r.choice(STREET_BASES)} Rd", f"SR-{r.randint(2, 99)}", f"BIA {r.randint(5, 99)}"])
    road2 = street_name(r)
    lm, lm2 = r.sample(LANDMARKS, 2)
    color = r.choice(["blue", "white", "green", "yellow", "tan", "red"])
    h = c.hand
    if h == "family":
        return (f"we're the {color} trailer behind {lm} on {P('ADDRESS', road.lower())}, turn at {lm2} onto {P('ADDRESS', road2.lower())} "
                f"(gps says {P('CITY', c.home.city.lower())} but its really out past {P('CITY', c.town(c.state)[0])})\n")
    if h == "terse":
        return f"Directions: {P('ADDRESS', road)} past {lm}, L on {P('ADDRESS', road2)}, {color} house w/ ramp. Dog on chain.\n"
    return (f"Directions from the family: take {P('ADDRESS', road)} out of {P('CITY', c.home.city)} past {lm}; turn at {lm2} onto "
            f"{P('ADDRESS', road2)}; the {color} {r.choice(['house', 'single-wide', 'duplex'])} on the left, {c.addr_line(c.home)}.\n")


def blk_abroad(c: C) -> str:
    r = c.rng
    ctry, town = c.abroad()
    lang = c.lang if c.country == ctry else "en"
    p = c.rel(r.choice(["sister", "brother", "mother", "father", "cousin", "aunt"]), same_family=r.random() < 0.6, lang=lang, phone=False)
    h = c.hand
    ph = c.tel_foreign(ctry)
    if h == "family":
        return f"my {c.relw(p)} {c.nm(p, 'glower')} in {P('CITY', town)} whatsapp {ph}\n"
    if h in ("form", "table"):
        return kv(c, [("Family abroad", f"{c.nm(p, 'Fg')} ({c.relw(p)})"), ("City", f"{P('CITY', town)}, {COUNTRY_NAME[ctry]}"), ("Phone", ph)])
    return (f"{c.his(True)} {c.relw(p)}, {c.nm(p)}, lives in {P('CITY', town)}, {COUNTRY_NAME[ctry]}; "
            f"{r.choice(['WhatsApp', 'reached by phone at', 'calls from'])} {ph}.\n")


def blk_message(c: C) -> str:
    r = c.rng
    p = c.kin(c.kid_rel())
    ph = c.relph(p)
    t = clock(r)
    mom = pt_word(c, p)
    k = r.randrange(5)
    sig = r.choice([f"— {c.nm(p, 'given')}", f"thx {c.nm(p, 'glower')}", f"{c.nm(p, 'given')} ({c.relw(p)})", f"-{c.nm(p, 'inits')}",
                    f"Sent from my iPhone\n{c.nm(p, 'full')}"])
    if k == 0:
        return (f"Portal msg {c.D(c.days(-r.randint(0, 2)), 'm/d')} {t} from {c.nm(p)} <{P('EMAIL', c.make_email(p))}>:\n"
                f"\"hi this is {c.nm(p, 'glower')}, {c.nm(c.pt, 'glower')}'s {c.relw(p)}. {c.he()} moved in with me at {c.addr(c.home, 'lower')}. "
                f"pls update the chart and call me {c.tel(ph, 'bare')}\"\n{sig}\n")
    if k == 1:
        return (f"Text from {c.tel(ph, 'dash')} ({c.relw(p)}): \"its {c.nm(p, 'glower')}. {mom} lost {c.his()} phone, use mine "
                f"or my work {c.tel(Phone(r, ph.a), 'dot')} x{r.randint(10, 999)}\"\n")
    if k == 2:
        return (f"VM {c.D(c.days(-r.randint(0, 3)), 'm/d')} {t}: \"Yes hi, this is {c.nm(p)}, I'm calling about {mom}, "
                f"{c.nm(c.pt, 'full')}, the number here is {c.tel_spoken(ph) if r.random() < 0.5 else c.tel(ph, 'dash')}, thank you.\"\n")
    if k == 3:
        return (f"From: {c.nm(p)} <{P('EMAIL', c.make_email(p))}>\nTo: care team\nSubject: {c.nm(c.pt, r.choice(['full', 'given']))} new number\n"
                f"{c.his(True)} new cell is {c.tel(Phone(r, c.cell.a), 'dot')}, the old one ending {P('PHONE', c.cell.c)} is shut off. {sig}\n")
    return (f"msg left w/ front desk: {c.nm(p, 'lower')} ({c.relw(p)}) wants call back {c.tel_glued(ph)} re: "
            f"{r.choice(['paperwork', 'the bill', 'ride', 'keys', 'meds'])}\n")


def blk_staff(c: C) -> str:
    r = c.rng
    a = c.clin(r.choice(["attending", "PCP", "hospitalist"]), r.choice(["MD", "DO"]))
    b = c.clin(*r.choice([("lab", "MLS"), ("pharmacy", "PharmD"), ("radiology", "RT(R)"), ("case management", "RN"), ("case management", "LCSW")]))
    d = c.clin("covering", r.choice(["NP", "PA-C", "MD"]), team=False)
    pg = Phone(r)
    h = c.hand
    forms = [f"per {c.nm(a, r.choice(['init', 'full', 'family']))}", f"spoke with {c.nm(b, r.choice(['given', 'full']))} {ROLE_AT[b.role]}",
             f"cc: {c.doc(d)}", f"covering tonight: {c.doc(d)}, {c.tel_lab(pg, 'pager')}", f"discussed with {c.doc(a)}"]
    r.shuffle(forms)
    if h == "terse":
        return "; ".join(forms[:2]) + "\n"
    if h in ("form", "table"):
        return kv(c, [("Attending", c.nm(a, "Fg") + f", {a.cred}"), (cap(b.role), c.nm(b) + f" ({b.cred})"), ("Covering", f"{c.doc(d)}, {c.tel_lab(pg, 'pager')}")])
    return cap("; ".join(forms[:2])) + ".\n"


ROLE_AT = {"lab": "at the lab", "pharmacy": "in pharmacy", "radiology": "in radiology", "case management": "in case management"}
HOUSEHOLD_REL = ["spouse", "partner", "son", "daughter", "grandson", "granddaughter", "niece", "nephew", "mother", "roommate"]


def blk_household(c: C) -> str:
    r = c.rng
    n = r.choice([2, 3])
    rows = []
    for w in r.sample(["son", "daughter", "grandson", "granddaughter", "niece", "nephew", "mother", "sister", "brother"], n):
        if w in ("grandson", "granddaughter") and c.age < 45 or w == "mother" and c.age > 70:
            continue
        p = c.kin(w)
        a = {"son": c.age - r.randint(18, 36), "daughter": c.age - r.randint(18, 36), "niece": c.age - r.randint(15, 35),
             "nephew": c.age - r.randint(15, 35), "grandson": c.age - r.randint(40, 60), "granddaughter": c.age - r.randint(40, 60),
             "mother": c.age + r.randint(18, 34), "sister": c.age + r.randint(-8, 8), "brother": c.age + r.randint(-8, 8)}[w]
        by = c.vdate.year - max(1, a)
        rows.append((p, w, dt.date(by, r.randint(1, 12), r.randint(1, 28))))
    if not rows:
        p = c.kin("sister")
        rows.append((p, "sister", dt.date(c.dob.year + r.randint(-5, 5), r.randint(1, 12), r.randint(1, 28))))
    h = c.hand
    if h in ("table", "form"):
        return table(c, ["Member", "Relation", "DOB", "Income"], [[c.nm(p, r.choice(["Fg", "full", "FG"])), w, c.D(d, full=True),
                                                                  r.choice(["none", "SSI", "$1,240/mo", "school", "part-time"])] for p, w, d in rows])
    if h == "family":
        return "living with me: " + ", ".join(f"{c.nm(p, 'glower')} ({w})" for p, w, _ in rows) + "\n"
    return "Household: " + "; ".join(f"{c.nm(p)}, {w}, born {c.D(d, full=True)}" for p, w, d in rows) + ".\n"


def blk_employer(c: C) -> str:
    r = c.rng
    boss = c.other()
    land = c.other()
    a = c.make_addr(town=c.near_town(), rural=0.0, unit_p=0.5)
    h = c.hand
    biz = r.choice(["Tri-State Poultry", "the Dairy Queen", "Hometown Janitorial", "a roofing crew", "the casino", "Sunrise Home Care",
                    "the school cafeteria", "a temp agency"])
    if h in ("form", "table"):
        return kv(c, [("Employer", f"{biz}; supervisor {c.nm(boss, 'Fg')}"), ("Employer phone", c.tel(Phone(r), work=True)),
                      ("Landlord", c.nm(land)), ("Landlord address", c.addr(a, "inline")), ("Landlord phone", c.tel(Phone(r), special=False))])
    if h == "family":
        return f"landlord is {c.nm(land, 'lower')} {c.tel(Phone(r))}, he lives over on {P('ADDRESS', street_name(r).lower())}\n"
    return (f"Works at {biz} (supervisor {c.nm(boss)}, {c.tel(Phone(r), work=True)}). Landlord: {c.nm(land)}, {c.addr(a)}, "
            f"{c.tel_lab(Phone(r), 'cell')}.\n")


# ---------------------------------------------------------------- keep blocks

def blk_meds(c: C) -> str:
    r = c.rng
    ms = r.sample(MEDS, r.choice([2, 3, 4]))
    h = c.hand
    if h == "family":
        return "meds: " + ", ".join(K("drug", m) for m in ms) + " (pharmacy has the list)\n"
    if h in ("table", "form"):
        return "Medications:\n" + "".join(f"- {K('drug', m)}\n" for m in ms)
    return f"Meds: {'; '.join(K('drug', m) for m in ms)}.\n"


def blk_labs(c: C) -> str:
    r = c.rng
    ls = [K("lab", f(r)) for f in r.sample(LABS, 3)]
    vs = [K("vital", f(r)) for f in r.sample(VITALS, 2)]
    return r.choice([f"Last labs {c.D(c.days(-r.randint(1, 30)))}: {', '.join(ls)}. Vitals {vs[0]}, {vs[1]} at {hhmm(r)}.\n",
                     f"{vs[0]}  {vs[1]}\n{ls[0]} / {ls[1]} / {ls[2]}\n",
                     f"Recent {ls[0]}, {ls[1]}; {ls[2]} pending recheck. Today {vs[0]}.\n"])


def blk_dx(c: C) -> str:
    r = c.rng
    if r.random() < 0.35:
        return r.choice(EPONYM_LINES)(r) + "\n"
    e = r.sample(EPONYMS, 2)
    d = r.sample(DX, 2)
    s = [K("score", f(r)) for f in r.sample(SCORES, 2)]
    return r.choice([f"Problems: {K('eponym', e[0])}; {K('diagnosis', d[0])}; {K('diagnosis', d[1])}; hx {K('eponym', e[1])}. Screens: {s[0]}, {s[1]}.\n",
                     f"Hx {K('diagnosis', d[0])}, {K('eponym', e[0])} and {K('eponym', e[1])}. {s[0]}; {s[1]}.\n",
                     f"Dx {K('diagnosis', d[0])} / {K('diagnosis', d[1])} / {K('eponym', e[0])}. {s[0]} today.\n"])


def blk_codes(c: C) -> str:
    r = c.rng
    i = r.sample(ICD, 2)
    p = r.choice(CPT)
    return r.choice([f"Codes: {K('code', i[0][0])} ({i[0][1]}), {K('code', i[1][0])}; billed {K('code', p[0])}.\n",
                     f"ICD-10 {K('code', i[0][0])}, {K('code', i[1][0])}; CPT/HCPCS {K('code', p[0])} ({p[1]}).\n",
                     f"{i[0][1][0].upper() + i[0][1][1:]} ({K('code', i[0][0])}); {p[1]} — {K('code', p[0])}.\n"])


def blk_words(c: C) -> str:
    r = c.rng
    fs = r.sample(LOOKALIKE, 2)
    ab = r.sample(ABBREV, 2)
    return f"{fs[0]()} {fs[1]()} ({K('abbreviation', ab[0])}, {K('abbreviation', ab[1])} reviewed.)\n"


BLOCKS = [blk_contacts, blk_calls, blk_ids, blk_prof, blk_accounts, blk_cases, blk_addr_hist, blk_places, blk_directions, blk_abroad,
          blk_message, blk_staff, blk_household, blk_employer, blk_meds, blk_labs, blk_dx, blk_codes, blk_words]
BLOCK_TAGS = {
    blk_contacts: {"PHONE", "NAME"}, blk_calls: {"PHONE", "NAME"}, blk_ids: {"LICENSE"}, blk_prof: {"PROVIDER_NAME", "LICENSE", "OTHER_ID", "PHONE"},
    blk_accounts: {"ACCOUNT"}, blk_cases: {"OTHER_ID"}, blk_addr_hist: {"ADDRESS", "CITY"}, blk_places: {"CITY", "NAME"},
    blk_directions: {"ADDRESS", "CITY"}, blk_abroad: {"CITY", "PHONE", "NAME"}, blk_message: {"NAME", "PHONE"},
    blk_staff: {"PROVIDER_NAME", "PHONE"}, blk_household: {"NAME"}, blk_employer: {"NAME", "ADDRESS", "CITY", "PHONE"},
    blk_meds: set(), blk_labs: set(), blk_dx: set(), blk_codes: set(), blk_words: set(),
}
KEEP_BLOCKS = [blk_meds, blk_labs, blk_dx, blk_codes, blk_words]

# ---------------------------------------------------------------- openings and signatures

def idline(c: C) -> str:
    r = c.rng
    p = c.pt
    h = c.hand
    if h == "form":
        return kv(c, [("Name", c.nm(p, r.choice(["FgM", "Fg", "FG"]))), ("DOB", c.Dob()), ("MRN", P("MRN", c.mrn))])
    if h == "table":
        return f"{c.nm(p, 'FG')} | {c.Dob()} | MRN {P('MRN', c.mrn)}\n"
    if h == "terse":
        return f"Pt: {c.nm(p, r.choice(['FG', 'Fg', 'famcaps']))} #{P('MRN', c.mrn)} DOB {c.Dob()}\n"
    if h == "family":
        return ""
    if h == "dictated":
        return f"Patient name {c.nm(p)}, date of birth {c.Dob()}, medical record number {P('MRN', c.mrn)}.\n"
    return f"Re: {c.nm(p, r.choice(['full', 'gm']))} (DOB {c.Dob()}; MRN {P('MRN', c.mrn)})\n"


def signature(c: C, p: Person) -> str:
    r = c.rng
    h = c.hand
    cr = p.cred
    k = r.randrange(10)
    if h == "family":
        q = c.kin(c.kid_rel()) if r.random() < 0.5 else c.pt
        return r.choice([f"— {c.nm(q, 'given')}\n", f"thank u, {c.nm(q, 'glower')}\n", f"{c.nm(q, 'full')}\nSent from my phone\n",
                         f"-{c.nm(q, 'inits')}\n"]) + f"[entered by {c.nm(p, 'init')}, {cr}, {c.D(c.vdate, 'm/d/yy')}]\n"
    if k == 0:
        return f"— {c.nm(p, 'given')}\n"
    if k == 1:
        return f"Thanks, {c.nm(p, 'init')} {cr}\n"
    if k == 2:
        return f"Electronically signed by {c.nm(p)}, {cr} on {c.D(c.vdate, 'm/d/Y')} at {clock(r)}\n"
    if k == 3:
        return (f"Dictated by {c.nm(p)}, {cr}. D: {c.D(c.vdate, 'mm/dd/yy')} T: {c.D(c.days(1), 'mm/dd/yy')} "
                f"Job {P('OTHER_ID', digits(r, 7))}\n")
    if k == 4:
        return f"/s/ {c.nm(p, 'FG')}, {cr}\n"
    if k == 5:
        return f"{c.nm(p)}, {cr} | {c.tel(Phone(r), special=False)} ext {r.randint(100, 9999)} | {P('EMAIL', work_email(c, p))}\n"
    if k == 6:
        return f"{c.nm(p, 'lower')} {cr.lower()} {c.D(c.vdate, 'm/d')}\n"
    if k == 7:
        return f"{c.nm(p, 'Fg')}, {cr} ({prof_lic(c, p)})\n"
    if k == 8:
        q = c.clin("supervisor", r.choice(["LCSW", "MD", "RN"]))
        return f"{c.nm(p)}, {cr}\ncc: {c.nm(q, 'init')}, {q.cred}; chart\n"
    return f"{c.nm(p, 'initials')}/{c.nm(p, 'full')} {cr}\n"


def work_email(c: C, p: Person) -> str:
    g = ascii_fold(p.first).lower().replace(" ", "").replace("'", "")
    f = ascii_fold(p.family).lower().replace(" ", "").replace("'", "").replace("-", "")
    return f"{g[:1]}{f}@{c.rng.choice(['tririverhealth.org', 'eastsidechc.org', 'openarmsclinic.org', 'summitrad.com', 'valleyfm.net'])}"


def intro(c: C, what: str) -> str:
    """The sentence that introduces the patient, in the hand."""
    r = c.rng
    p = c.pt
    h = c.hand
    a = c.age
    if h == "terse":
        return f"{a}{p.sex} {what}."
    if h == "dictated":
        return f"This is a {a}-year-old {'woman' if p.sex == 'F' else 'man'}, {c.nm(p)}, who {what}."
    if h == "family":
        return f"{what}"
    return f"{c.nm(p, r.choice(['full', 'gm']))} is a {a}-year-old {'woman' if p.sex == 'F' else 'man'} who {what}."


# ---------------------------------------------------------------- note bodies (24 types)

def b_housing(c: C) -> str:
    r = c.rng
    p = c.pt
    sw = c.clin("housing case manager", r.choice(["LCSW", "LMSW", "CHW"]))
    land = c.other()
    kid = c.kin(c.kid_rel())
    prog = r.choice(["Rapid Rehousing", "Housing Choice Voucher", "emergency rental assistance", "Permanent Supportive Housing", "HUD-VASH"])
    ev = oid(c, "eviction")
    h = c.hand
    if h in ("form", "table"):
        out = f"HOUSING ASSISTANCE APPLICATION — {prog}\n" + idline(c)
        out += kv(c, [("Current address", c.addr(c.home, "inline")), ("Phone", c.tel_lab(c.cell, "cell")),
                      ("Alt phone", c.tel(c.homeph or Phone(r, c.cell.a), special=False)), ("Email", P("EMAIL", c.email)),
                      ("ID", id_doc(c)), ("HMIS", P("OTHER_ID", oid_case(r, "hmis", c.vdate.year))),
                      ("Landlord", f"{c.nm(land, 'Fg')}, {c.tel(Phone(r, c.cell.a), special=False)}"), ("Court", ev)])
        out += f"Reason: {r.choice(['eviction filed', 'unit condemned', 'fleeing violence', 'rent increase', 'doubled up, asked to leave'])}\n"
        return out
    if h == "family":
        return (f"to whom it may concern,\nmy name is {c.nm(p, 'lower')} and i am applying for {prog.lower()}. right now me and my "
                f"{c.relw(kid)} {c.nm(kid, 'glower')} are at {c.addr(c.home, 'lower')} but the landlord {c.nm(land, 'lower')} says we "
                f"have to be out by {c.D(c.days(r.randint(5, 30)), 'm/d')}. {ev}. my phone is {c.tel(c.cell)} or my {c.relw(kid)}s "
                f"{c.tel(c.relph(kid))}. my caseworker is {c.nm(sw, r.choice(['full', 'given']))}.\n")
    if h == "terse":
        return (idline(c) + f"Housing app ({prog}) submitted {c.D()}. Curr: {c.addr(c.home, 'nocomma')}. {c.tel_lab(c.cell, 'cell')}. "
                f"LL {c.nm(land, r.choice(['full', 'init']))} {c.tel(Phone(r, c.cell.a))}; {ev} hearing {c.D(c.days(r.randint(3, 20)))}. "
                f"W/ {c.relw(kid)} {c.nm(kid, 'given')}. {oid(c, 'hmis')}.\n")
    return (idline(c) + intro(c, f"applied for {prog} on {c.D()}") + f" {c.he(True)} lives at {c.addr(c.home)} with {c.his()} {c.relw(kid)}, "
            f"{c.nm(kid)}. The landlord, {c.nm(land)}, filed for eviction ({ev}); hearing {c.D(c.days(r.randint(3, 20)))}. "
            f"Best number {c.tel(c.cell)}. Application completed with {c.nm(sw)}, {sw.cred}.\n")


def b_utility(c: C) -> str:
    r = c.rng
    p = c.pt
    md = c.clin("certifying physician", r.choice(["MD", "DO", "NP"]))
    holder = c.kin(c.kid_rel()) if r.random() < 0.4 else p
    rep = c.other()
    acct = P("ACCOUNT", acct_utility(r))
    fax = Phone(r)
    dev = r.choice([("oxygen concentrator", "DEVICE", alnum(r, 2, UPPER) + digits(r, 8)), ("home dialysis machine", "DEVICE", "HD" + digits(r, 7)),
                    ("CPAP", "DEVICE", digits(r, 11)), ("insulin refrigerator", None, None), ("nebulizer", "DEVICE", "NB-" + digits(r, 6))])
    dv = f"{dev[0]}" + (f" (serial {P(dev[1], dev[2])})" if dev[1] else "")
    dx = K("diagnosis", r.choice(["COPD", "ESRD on hemodialysis", "heart failure with reduced EF", "type 2 diabetes", "obstructive sleep apnea"]))
    h = c.hand
    if h in ("form", "table"):
        return (f"MEDICAL CERTIFICATE — SERVICE PROTECTION\nTo: {c.utility}, fax {P('FAX', fax.fmt('dash'))}\n" +
                kv(c, [("Account holder", c.nm(holder, "Fg")), ("Account no.", acct), ("Service address", c.addr(c.home, "inline")),
                       ("Phone", c.tel(c.cell, special=False)), ("Resident with condition", c.nm(p, "Fg") + f", DOB {c.Dob()}"),
                       ("Condition", dx), ("Equipment", dv), ("Certifying clinician", f"{c.nm(md, 'Fg')}, {md.cred}"),
                       ("License", prof_lic(c, md)), ("NPI", P("OTHER_ID", npi(r))), ("Hold through", c.D(c.days(60), full=True))]))
    if h == "terse":
        return (f"Utility med cert faxed to {c.utility} {P('FAX', fax.fmt('bare'))} {c.D()} {hhmm(r)}. Acct {acct} (holder {c.nm(holder, 'init')}). "
                f"Svc addr {c.addr(c.home, 'nocomma')}. Uses {dv}. Conf {P('OTHER_ID', oid_case(r, 'conf', c.vdate.year))} from rep "
                f"{c.nm(rep, 'given')}. Signed {c.nm(md, 'init')} {md.cred}.\n")
    if h == "family":
        return (f"they sent a paper saying the power gets cut on {c.D(c.days(r.randint(3, 12)), 'm/d')}. acct is {acct}, its under my "
                f"{c.relw(holder) if holder is not p else 'own'} name {c.nm(holder, 'lower')}. {c.he()} is on the {dev[0]} all night. "
                f"the lady there ({c.nm(rep, 'given')}) said fax to {P('FAX', fax.fmt('dash'))}. call me {c.tel(c.cell)}\n")
    return (f"{c.D(full=True)}\n{c.utility}\nAttn: Medical Certification Unit (fax {P('FAX', fax.fmt('paren'))})\n"
            f"Re: account {acct}, {c.nm(holder)}, service address {c.addr(c.home, 'inline')}\n"
            f"This certifies that {c.nm(p)}, who lives at the service address, has {dx} and depends on {dv}. Interrupting service "
            f"would endanger {c.his()} health. Please place a medical hold through {c.D(c.days(60), full=True)}.\n"
            f"{c.nm(md)}, {md.cred}, {prof_lic(c, md)}, NPI {P('OTHER_ID', npi(r))}; office {c.tel(Phone(r), work=True)}.\n")


def b_charity(c: C) -> str:
    r = c.rng
    p = c.pt
    fc = c.other()
    sp = c.kin("wife" if p.sex == "M" else "husband") if c.age > 25 and r.random() < 0.6 else c.kin(c.kid_rel())
    enc = [P("ACCOUNT", acct_encounter(r)) for _ in range(2)]
    h = c.hand
    inc = r.choice(["$1,180", "$2,046", "$940", "$3,115", "$0"])
    if h in ("form", "table"):
        return (f"FINANCIAL ASSISTANCE (CHARITY CARE) APPLICATION — {c.hosp}\n" + idline(c) +
                kv(c, [("Guarantor", c.nm(p, "Fg")), ("Guarantor #", P("ACCOUNT", acct_guarantor(r))), ("Accounts", f"{enc[0]}, {enc[1]}"),
                       ("Address", c.addr(c.home, "inline")), ("Phone", c.tel(c.cell, special=False)), ("Spouse/other", c.nm(sp, "Fg")),
                       ("Monthly income", inc), ("Bank", acct_phrase(c, "bank")), ("Photo ID", id_doc(c)), ("Counselor", c.nm(fc, "full"))]))
    if h == "terse":
        return (idline(c) + f"FAP app rec'd {c.D()} via {fc.first} (fin counselor). Guar self, {acct_phrase(c, 'guarantor')}. Encs {enc[0]}, {enc[1]}. "
                f"HH 2 ({c.relw(sp)} {c.nm(sp, 'given')}). Inc {inc}/mo. {acct_phrase(c, 'bank')}. {id_doc(c)}. {c.tel_lab(c.cell, 'cell')}.\n")
    if h == "family":
        return (f"i got 2 bills from {c.hosp.lower()}, acct {enc[0]} and {enc[1]}, i cant pay them. i only get {inc} a month. "
                f"me and my {c.relw(sp)} {c.nm(sp, 'glower')} live at {c.addr(c.home, 'lower')}. {id_doc(c)}. "
                f"{c.nm(fc, 'given')} at the billing office said to write this. {c.tel(c.cell)}\n")
    return (idline(c) + f"{c.nm(fc)}, financial counselor, met with {c.nm(p)} on {c.D()} to complete the financial assistance "
            f"application for encounters {enc[0]} and {enc[1]} ({acct_phrase(c, 'hospital')}). Household of two with {c.his()} "
            f"{c.relw(sp)}, {c.nm(sp)}; reported income {inc} a month, {acct_phrase(c, 'bank')}. Identity: {id_doc(c)}. "
            f"Mailing address {c.addr(c.home)}; phone {c.tel(c.cell)}.\n")


def b_chw(c: C) -> str:
    r = c.rng
    p = c.pt
    chw = c.clin("community health worker", "CHW")
    kid = c.kin(c.kid_rel())
    nb = c.other()
    ds = sorted(c.days(-r.randint(0, 20)) for _ in range(3))
    h = c.hand
    if h == "table":
        rows = [[c.D(ds[0]), "phone", f"{c.tel(c.cell, special=False)} — no answer"],
                [c.D(ds[1]), "home visit", f"{c.addr_line(c.home)} — met {c.nm(kid, 'given')} ({c.relw(kid)})"],
                [c.D(ds[2]), "text", f"{c.tel(c.relph(kid), special=False)} — appt confirmed"]]
        return f"CHW OUTREACH LOG — {c.nm(p, 'FG')} ({P('MRN', c.mrn)})\n" + table(c, ["Date", "Type", "Contact / outcome"], rows)
    if h == "terse":
        return (f"CHW outreach {c.nm(p, 'Fg')}\n{c.D(ds[0], 'm/d')} call {c.tel_lab(c.cell, 'cell')} NA, VM full\n"
                f"{c.D(ds[1], 'm/d')} HV {c.addr(c.home, 'nocomma')} — neighbor {c.nm(nb, 'init')} says pt at {c.relw(kid)}'s in "
                f"{P('CITY', c.town(c.state)[0])}\n{c.D(ds[2], 'm/d')} reached via {c.relw(kid)} {c.nm(kid, 'given')} {c.tel(c.relph(kid))}\n")
    if h == "family":
        return (f"hi {c.nm(chw, 'glower')} its {c.nm(p, 'glower')}, sorry i missed you tuesday, i was at my {c.relw(kid)}s in "
                f"{P('CITY', c.town()[0])}. my phone got cut off so use {c.tel(c.relph(kid))} thats {c.nm(kid, 'glower')}. "
                f"im back at {c.addr_line(c.home, True)} friday\n")
    return (f"Community health worker outreach, {c.D()}. {intro(c, 'was referred after two missed visits')} "
            f"Three calls to {c.tel(c.cell)} went unanswered; a home visit to {c.addr(c.home)} found the neighbour, {c.nm(nb)}, who said "
            f"{c.he()} was staying with {c.his()} {c.relw(kid)}, {c.nm(kid)}, in {c.town_st(c.town(c.state))}. Reached {c.nm(kid, 'given')} "
            f"at {c.tel(c.relph(kid))}. {c.nm(chw)}, {chw.cred}.\n")


def b_ltfu(c: C) -> str:
    r = c.rng
    p = c.pt
    old = c.make_addr(town=c.near_town(), rural=0.1)
    kid = c.kin(c.kid_rel())
    old_ph = Phone(r, c.cell.a)
    d = c.days(-r.randint(60, 400))
    h = c.hand
    steps = [f"last visit {c.D(d)}", f"cell {c.tel(old_ph, special=False)} disconnected", f"letter to {c.addr(old, 'inline')} returned {c.D(c.days(-r.randint(5, 30)))}",
             f"emergency contact {c.nm(kid)} ({c.relw(kid)}) {c.tel(c.relph(kid))}", f"pharmacy ({c.pharmacy}) last fill {c.D(c.days(-r.randint(20, 90)))}, {oid(c, 'rx')}",
             f"county jail roster: {r.choice(['no match', 'released ' + plain(c.D(c.days(-r.randint(10, 60)), 'm/d'))])}",
             f"HMIS: {oid(c, 'hmis')}, last seen at {c.shelter}"]
    r.shuffle(steps)
    if h in ("table", "form"):
        return (f"LOST TO FOLLOW-UP — TRACING\n" + idline(c) +
                table(c, ["#", "Source", "Result"], [[str(i + 1), s.split(" ")[0], s] for i, s in enumerate(steps[:4])]))
    if h == "terse":
        return idline(c) + "LTFU trace: " + "; ".join(steps[:5]) + ".\n"
    if h == "family":
        return (f"this is {c.nm(kid, 'glower')}, {c.nm(p, 'glower')}'s {c.relw(kid)}. {c.he()} doesnt live at {c.addr_line(old, True)} anymore, "
                f"{c.he()} is with me at {c.addr(c.home, 'lower')}. {c.his()} old number {c.tel(old_ph, special=False)} is off. call {c.tel(c.relph(kid))}\n")
    return (idline(c) + f"{c.nm(p)} has not been seen since {c.D(d)} and is overdue for {K('diagnosis', r.choice(DX))} follow-up. "
            f"Tracing: {steps[0]}; {steps[1]}; {steps[2]}. Located on {c.D()} at {c.addr(c.home)} via {c.his()} {c.relw(kid)}.\n")


def b_idverify(c: C) -> str:
    r = c.rng
    p = c.pt
    clerk = c.other()
    alt_spell = p.family.replace("-", " ") if "-" in p.family else (p.family + "e" if r.random() < 0.5 else p.family[:-1])
    alias = P("NAME", f"{p.first} {alt_spell}")
    h = c.hand
    doc1, doc2 = id_doc(c, "dl"), id_doc(c, r.choice(["passport", "stateid", "consular"]))
    if h in ("form", "table"):
        return ("PATIENT IDENTITY VERIFICATION\n" + kv(c, [("Name in EHR", c.nm(p, "Fg")), ("Name on ID", alias), ("DOB", c.Dob()),
                                                          ("Primary ID", doc1), ("Secondary ID", doc2), ("Address on ID", c.addr(c.home, "inline")),
                                                          ("Phone verified", c.tel(c.cell, special=False)), ("Guarantor acct", P("ACCOUNT", acct_guarantor(r))),
                                                          ("Verified by", c.nm(clerk, "full") + ", registration")]))
    if h == "terse":
        return (f"ID verif: pt presented {doc1}; name on DL reads {alias} vs EHR {c.nm(p, 'FG')}. {doc2}. Addr on DL "
                f"{c.addr(c.home, 'nocomma')} matches. {c.tel_lab(c.cell, 'cell')} verified by callback. -{c.nm(clerk, 'initials')}\n")
    if h == "family":
        return (f"my name is spelled {alias} on my license not {c.nm(p, 'lower')} like you have it. {doc1}. "
                f"please fix it, my insurance keeps kicking it back. {c.tel(c.cell)}\n")
    return (f"Registration identity check on {c.D()} by {c.nm(clerk)}: {c.nm(p)} presented {doc1} and {doc2}. The licence spells the "
            f"name {alias}; the chart was updated with an alias. Address on the licence, {c.addr(c.home)}, matches. Callback to "
            f"{c.tel(c.cell)} confirmed.\n")


def b_mlp(c: C) -> str:
    r = c.rng
    p = c.pt
    atty = c.other()
    land = c.other()
    sw = c.clin("social worker", r.choice(["LCSW", "LMSW"]))
    issue = r.choice(["eviction for nonpayment", "mold and no heat", "SSI denial", "utility shut-off", "guardianship of grandchildren",
                      "immigration status", "wage theft"])
    h = c.hand
    case = oid(c, r.choice(["eviction", "court"]))
    la = c.make_addr(town=c.near_town(), unit_p=0.6)
    if h in ("form", "table"):
        return ("MEDICAL-LEGAL PARTNERSHIP REFERRAL\n" + idline(c) +
                kv(c, [("Issue", issue), ("Court / case", case), ("Client address", c.addr(c.home, "inline")), ("Client phone", c.tel(c.cell, special=False)),
                       ("Opposing party", f"{c.nm(land, 'Fg')}, {c.addr(la, 'inline')}"), ("Assigned attorney", c.nm(atty)),
                       ("Attorney phone", c.tel(Phone(r), work=True)), ("Referred by", f"{c.nm(sw)}, {sw.cred}")]))
    if h == "terse":
        return (f"MLP referral {c.D()}: {issue}. {case}. Client {c.nm(p, 'init')} {c.tel_lab(c.cell, 'cell')}, {c.addr(c.home, 'nocomma')}. "
                f"LL {c.nm(land)} ({c.addr_line(la)}, {P('CITY', la.city)}). Atty {c.nm(atty, 'init')} {c.tel(Phone(r), work=True)}.\n")
    if h == "family":
        return (f"the landlord {c.nm(land, 'lower')} turned off the heat again, we been using the oven. {case}. "
                f"my address is {c.addr(c.home, 'lower')}, the lawyer is {c.nm(atty, 'lower')}? {c.tel(c.cell)}\n")
    return (idline(c) + f"Referred to {r.choice(LEGAL)} for {issue}. {c.nm(p)} lives at {c.addr(c.home)}; the landlord, {c.nm(land)}, "
            f"manages from {c.addr(la)}. {cap(case)}. Attorney {c.nm(atty)} will call {c.him()} at {c.tel(c.cell)}. "
            f"Referral by {c.nm(sw)}, {sw.cred}.\n")


def b_dv(c: C) -> str:
    r = c.rng
    p = c.pt
    adv = c.other()
    ab = c.other(sex="M" if p.sex == "F" else "F", lang=c.lang)
    sw = c.clin("social worker", r.choice(["LCSW", "LMSW"]))
    safe = Phone(r)
    acp_box = f"PO Box {r.randint(100, 9999)}"
    h = c.hand
    po = oid(c, "po")
    rpt = oid(c, "police")
    if h in ("form", "table"):
        return ("SHELTER PLACEMENT — CONFIDENTIAL\n" + idline(c) +
                kv(c, [("Safe phone", c.tel(safe, special=False)), ("Do NOT call", c.tel(c.cell, special=False)),
                       ("Substitute address (ACP)", f"{P('ADDRESS', acp_box)}, {P('CITY', c.town(c.state)[0])}, {c.state} {P('ZIP', zip_for(r, c.state))}"),
                       ("ACP #", P("OTHER_ID", oid_case(r, "acp", c.vdate.year))), ("Protective order", po), ("Police report", rpt),
                       ("Person harmful to client", c.nm(ab, "full")), ("Advocate", c.nm(adv, "full") + f", {c.tel(Phone(r), special=False)}")]))
    if h == "terse":
        return (f"DV: pt placed at confidential shelter {c.D()}. Safe # {c.tel(safe)} ONLY; do not use {c.tel(c.cell)} ({c.nm(ab, 'given')} has it). "
                f"{po}; {rpt}. Advocate {c.nm(adv, 'init')}. Prior addr {c.addr(c.home, 'nocomma')} — do not send mail.\n")
    if h == "family":
        return (f"please dont call my old phone {c.tel(c.cell, special=False)}, {c.nm(ab, 'glower')} has it. this is my safe number {c.tel(safe)}. "
                f"{c.nm(adv, 'glower')} from the shelter is helping me. mail goes to {P('ADDRESS', acp_box.lower())} now\n")
    return (idline(c) + f"Seen with advocate {c.nm(adv)}. {c.nm(p)} fled {c.addr(c.home)} on {c.D(c.days(-r.randint(0, 3)))} after an assault "
            f"by {c.his()} partner, {c.nm(ab)} ({rpt}; {po}). Placed at a confidential shelter; enrolled in the address confidentiality "
            f"program, substitute address {P('ADDRESS', acp_box)}. Safe phone {c.tel(safe)} only. {c.nm(sw)}, {sw.cred}.\n")


def b_street(c: C) -> str:
    r = c.rng
    p = c.pt
    team = c.clin("street medicine NP", r.choice(["NP", "PA-C", "MD"]))
    chw = c.clin("outreach worker", "CHW")
    friend = c.other()
    road = r.choice([f"Route {r.randint(2, 99)}", street_name(r), f"Hwy {r.randint(2, 99)}"])
    lm = r.choice(LANDMARKS + ["the overpass", "the river levee", "the tracks behind the Walmart", "the bus shelter"])
    bed = P("OTHER_ID", oid_case(r, "bed", c.vdate.year))
    lock = P("OTHER_ID", oid_case(r, "locker", c.vdate.year))
    h = c.hand
    if h in ("form", "table"):
        return ("STREET MEDICINE ENCOUNTER\n" + kv(c, [("Client", c.nm(p, "Fg") + f" (goes by {c.nm(p, 'nick')})"), ("DOB", c.Dob()),
                                                     ("Location", f"camp under {lm} off {P('ADDRESS', road)}, {P('CITY', c.home.city)}"),
                                                     ("Shelter", f"{c.shelter}, bed {bed}, locker {lock}"), ("HMIS", P("OTHER_ID", oid_case(r, "hmis", c.vdate.year))),
                                                     ("Phone", c.tel(c.cell, special=False) + " (Lifeline)"), ("ID", id_doc(c, "stateid")),
                                                     ("Team", f"{c.nm(team)}, {team.cred}; {c.nm(chw, 'given')} (CHW)")]))
    if h == "terse":
        return (f"Street med rounds {c.D()} {hhmm(r)}. {c.nm(p, 'nick')} ({c.nm(p, 'Fg')}) at camp by {lm} on {P('ADDRESS', road)}. "
                f"{c.shelter} bed {bed} / locker {lock}. Phone {c.tel(c.cell)}. Friend {c.nm(friend, 'given')} holding his meds. "
                f"{id_doc(c, 'stateid')} replaced.\n")
    if h == "family":
        return (f"[note written by client] im {c.nm(p, 'nick')}, real name {c.nm(p, 'lower')}. i stay by {lm} on {P('ADDRESS', road.lower())}. "
                f"my friend {c.nm(friend, 'glower')} has a phone {c.tel(Phone(r, c.cell.a))}. bed {bed} at the mission\n")
    return (f"Street medicine visit {c.D()}. {intro(c, 'has been unsheltered for about two years')} Found at the camp under {lm} off "
            f"{P('ADDRESS', road)} in {P('CITY', c.home.city)}. Holds {c.shelter} bed {bed} on cold nights (locker {lock}). "
            f"Lifeline phone {c.tel(c.cell)}. Seen by {c.nm(team)}, {team.cred}, with {c.nm(chw)}.\n")


def b_benefits(c: C) -> str:
    r = c.rng
    p = c.pt
    nav = c.other()
    kid = c.kin(c.kid_rel())
    h = c.hand
    snap, ssa, lh = oid(c, "snap"), oid(c, "ssa"), oid(c, "liheap")
    bank = acct_phrase(c, "bank")
    if h in ("form", "table"):
        return ("BENEFITS APPLICATION ASSISTANCE\n" + idline(c) +
                table(c, ["Program", "Reference", "Status"], [["SNAP", snap, r.choice(["submitted", "interview set", "approved"])],
                                                               ["SSI/SSDI", ssa, r.choice(["pending", "denied, appeal", "filed"])],
                                                               ["LIHEAP", lh, r.choice(["approved", "waitlist"])]]) +
                kv(c, [("Address", c.addr(c.home, "inline")), ("Phone", c.tel(c.cell, special=False)), ("Deposit", bank), ("ID", id_doc(c))]))
    if h == "terse":
        return (idline(c) + f"Benefits: {snap}; {ssa}; {lh}. {bank}. Auth rep {c.relw(kid)} {c.nm(kid)} {c.tel(c.relph(kid))}. "
                f"Addr {c.addr(c.home, 'nocomma')}. Navigator {c.nm(nav, 'init')}.\n")
    if h == "family":
        return (f"i did the food stamp thing online, {snap}. they want proof of address, im at {c.addr(c.home, 'lower')} with my "
                f"{c.relw(kid)} {c.nm(kid, 'glower')}. {ssa}. my # {c.tel(c.cell)}\n")
    return (idline(c) + f"Benefits navigator {c.nm(nav)} helped {c.nm(p)} with applications on {c.D()}: {snap}; {ssa}; {lh}. "
            f"Payments to {bank}. Authorized representative: {c.his()} {c.relw(kid)}, {c.nm(kid)}, {c.tel(c.relph(kid))}. "
            f"Residence verified at {c.addr(c.home)}.\n")


def b_reentry(c: C) -> str:
    r = c.rng
    p = c.pt
    po = c.other()
    cm = c.clin("reentry care coordinator", r.choice(["RN", "LCSW", "CHW"]))
    hh = c.make_addr(town=(c.home.city, c.home.st), unit_p=0.8)
    h = c.hand
    doc = oid(c, "doc")
    rel_d = c.days(-r.randint(1, 14))
    if h in ("form", "table"):
        return ("REENTRY TRANSITION — CARE COORDINATION\n" + idline(c) +
                kv(c, [("Release date", c.D(rel_d)), ("Facility ID", doc), ("Release address", f"{r.choice(['Hope Street House', 'Second Chance Residence', 'transitional house'])}, {c.addr(hh, 'inline')}"),
                       ("Parole/probation officer", f"{c.nm(po, 'Fg')}, {c.tel(Phone(r), work=True)}, {oid(c, 'badge')}"),
                       ("Phone", c.tel(c.cell, special=False)), ("ID", id_doc(c, "stateid")), ("Pharmacy", c.pharmacy), ("Coordinator", c.nm(cm))]))
    if h == "terse":
        return (idline(c) + f"Released {c.D(rel_d)} ({doc}). Living at transitional house {c.addr(hh, 'nocomma')}. PO {c.nm(po)} "
                f"{c.tel_lab(Phone(r), 'work')}. New {id_doc(c, 'stateid')}. {c.tel_lab(c.cell, 'cell')}.\n")
    if h == "family":
        return (f"he got out {c.D(rel_d, 'm/d')}, his PO is {c.nm(po, 'lower')}, {c.tel(Phone(r))}. hes staying at {c.addr(hh, 'lower')} for now. "
                f"this is his {c.relw(c.kin(c.kid_rel()))}, call me {c.tel(c.cell)}\n")
    return (idline(c) + f"{c.nm(p)} was released on {c.D(rel_d)} ({doc}) and lives at a transitional residence, {c.addr(hh)}. "
            f"{c.his(True)} supervising officer is {c.nm(po)} ({c.tel(Phone(r), work=True)}). Medicaid reinstatement filed. "
            f"Coordinator {c.nm(cm)}, {cm.cred}, phone {c.tel(Phone(r), work=True)}.\n")


def b_respite(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("respite RN", "RN")
    ref = c.clin("discharging hospitalist", r.choice(["MD", "DO"]), team=False)
    bed = P("OTHER_ID", oid_case(r, "bed", c.vdate.year))
    lock = P("OTHER_ID", oid_case(r, "locker", c.vdate.year))
    h = c.hand
    dx = K("diagnosis", r.choice(["cellulitis of the left leg", "diabetic foot ulcer", "frostbite of both feet", "pneumonia", "osteomyelitis"]))
    if h in ("form", "table"):
        return ("MEDICAL RESPITE ADMISSION\n" + idline(c) +
                kv(c, [("Bed", bed), ("Locker", lock), ("Referred from", f"{c.hosp} ({c.doc(ref)})"), ("Dx", dx),
                       ("Last address", c.addr(c.home, "inline") if not c.home.rural else P("ADDRESS", c.home.line) + " (mail only)"),
                       ("Phone", c.tel(c.cell, special=False)), ("Emergency contact", f"{c.nm(c.kin(c.kid_rel()), 'Fg')}, {c.tel(Phone(r), special=False)}"),
                       ("HMIS", P("OTHER_ID", oid_case(r, "hmis", c.vdate.year)))]))
    if h == "terse":
        return (idline(c) + f"Adm to respite bed {bed} {c.D()} from {c.hosp} ({c.doc(ref)}) for {dx}. Locker {lock}. Prior: {c.shelter}. "
                f"{c.tel_lab(c.cell, 'cell')}.\n")
    if h == "family":
        return (f"[client intake in own words] i was at {c.shelter} before the hospital. my stuff is in locker {lock}. "
                f"my sister in {P('CITY', c.town()[0].lower())} knows im here. phone {c.tel(c.cell)}\n")
    return (idline(c) + intro(c, f"was discharged from {c.hosp} to medical respite for {dx}") + f" Referred by {c.doc(ref)}. Assigned bed "
            f"{bed}, locker {lock}. Before admission {c.he()} stayed at {c.shelter}. Phone {c.tel(c.cell)}. Admitted by {c.nm(rn)}, RN.\n")


def b_victim(c: C) -> str:
    r = c.rng
    p = c.pt
    adv = c.other()
    det = c.other()
    h = c.hand
    rpt = oid(c, "police")
    clm = oid(c, "claim")
    place = c.make_addr(town=(c.home.city, c.home.st), unit_p=0.2)
    loss = r.choice(["medical bills", "lost wages", "relocation", "counseling", "funeral costs"])
    if h in ("form", "table"):
        return ("CRIME VICTIM COMPENSATION APPLICATION\n" + idline(c) +
                kv(c, [("Victim", c.nm(p, "Fg")), ("Address", c.addr(c.home, "inline")), ("Phone", c.tel(c.cell, special=False)),
                       ("Date of crime", c.D(c.days(-r.randint(5, 90)))), ("Location of crime", c.addr(place, "inline")),
                       ("Police report", rpt), ("Investigating officer", f"Det. {c.nm(det, 'family')}, {oid(c, 'badge')}"),
                       ("Claim", clm), ("Pay to", acct_phrase(c, "bank")), ("Advocate", c.nm(adv))]))
    if h == "terse":
        return (idline(c) + f"VC app w/ advocate {c.nm(adv, 'init')} {c.D()}. {rpt} (Det. {c.nm(det, 'family')}). {clm}. "
                f"Incident at {c.addr(place, 'nocomma')}. Claim for {loss}. {acct_phrase(c, 'bank')}.\n")
    if h == "family":
        return (f"it happened at {c.addr(place, 'lower')} on {c.D(c.days(-r.randint(5, 90)), 'm/d')}. the detective was {c.nm(det, 'lower')}. "
                f"{rpt}. i need help with the {loss}. {c.tel(c.cell)}\n")
    return (idline(c) + f"Hospital-based violence intervention: advocate {c.nm(adv)} completed a victim compensation application with "
            f"{c.nm(p)} on {c.D()} for {loss}. The assault happened outside {c.addr(place)} ({rpt}; Det. {c.nm(det)}). {cap(clm)}. "
            f"Reimbursement to {acct_phrase(c, 'bank')}.\n")


def b_travel(c: C) -> str:
    r = c.rng
    p = c.pt
    drv = c.kin(c.kid_rel())
    nav = c.other()
    mi = r.randint(38, 240)
    h = c.hand
    plate = f"{r.randint(1, 9)}{letters(r, 3)}{r.randint(100, 999)}"
    mot = r.randint(101, 248)
    if h in ("form", "table"):
        return ("TRAVEL REIMBURSEMENT REQUEST\n" + idline(c) +
                table(c, ["Date", "From", "To", "Miles"], [[c.D(c.days(-r.randint(2, 30))), f"{c.addr_line(c.home)}, {P('CITY', c.home.city)}",
                                                           f"{c.hospital_city(r)}", f"{mi} " + K("word", "miles")]]) +
                kv(c, [("Driver", f"{c.nm(drv, 'Fg')} ({c.relw(drv)})"), ("Vehicle plate", P("VEHICLE", plate) + f" ({c.state})"),
                       ("Lodging", f"{c.motel}, {P('ADDRESS', 'Rm ' + str(mot))}"), ("Pay to", acct_phrase(c, "bank")),
                       ("Gas card", P("OTHER_ID", oid_case(r, "gas", c.vdate.year)))]))
    if h == "terse":
        return (idline(c) + f"Mileage reimb: {c.addr_line(c.home)} {P('CITY', c.home.city)} -> {c.hospital_city(r)} RT {mi * 2} {K('word', 'miles')} "
                f"x3 visits. Driver {c.relw(drv)} {c.nm(drv, 'init')}, plate {P('VEHICLE', plate)}. {c.motel} {P('ADDRESS', 'Rm ' + str(mot))} 2 nights. "
                f"{acct_phrase(c, 'card')}.\n")
    if h == "family":
        return (f"my {c.relw(drv)} {c.nm(drv, 'glower')} drove me from {P('CITY', c.home.city.lower())}, its {mi} {K('word', 'miles')} each way. "
                f"we stayed at the {c.motel.lower()} room {P('ADDRESS', str(mot))}. put the money on {acct_phrase(c, 'bank')} please. {c.tel(c.cell)}\n")
    return (idline(c) + f"{c.nm(p)} travels {mi} {K('word', 'miles')} each way from {c.addr(c.home)} for treatment in {c.hospital_city(r)}. "
            f"{c.his(True)} {c.relw(drv)}, {c.nm(drv)}, drives (plate {P('VEHICLE', plate)}). Lodging {c.D(c.days(-r.randint(2, 20)))} at the "
            f"{c.motel}, {P('ADDRESS', 'Room ' + str(mot))}. Navigator {c.nm(nav)}; reimbursement to {acct_phrase(c, 'bank')}.\n")


def b_courier(c: C) -> str:
    r = c.rng
    p = c.pt
    drv = c.other()
    nb = c.other()
    ph = c.clin("specialty pharmacist", "PharmD")
    med = K("drug", r.choice(["adalimumab 40 mg every other week", "etanercept 50 mg weekly", "epoetin alfa 10,000 units weekly",
                              "bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg daily", "semaglutide 0.5 mg weekly", "hydroxyurea 1,000 mg daily"]))
    alt = c.make_addr(town=(c.home.city, c.home.st), unit_p=0.5)
    trk = oid(c, "tracking")
    rx = oid(c, "rx")
    h = c.hand
    if h in ("form", "table"):
        rows = [[c.D(c.days(-r.randint(1, 3))), hhmm(r), f"out for delivery, {trk}"],
                [c.D(), hhmm(r), f"no answer at {c.addr_line(c.home)}; called {c.tel(c.cell, special=False)}"],
                [c.D(), hhmm(r), f"left with neighbor {c.nm(nb, 'Fg')}, {c.addr_line(alt)}; signed by {c.nm(nb, 'inits')}"]]
        return (f"COURIER DELIVERY LOG — {c.pharmacy}\n" + idline(c) + f"{rx}: {med}; {acct_phrase(c, 'pharmacy')}\n" +
                table(c, ["Date", "Time", "Event"], rows) + f"Driver: {c.nm(drv)} ({oid(c, 'badge')})\n")
    if h == "terse":
        return (f"Delivery {rx} ({med}) {c.D()}: {trk}. Drv {c.nm(drv, 'given')} {c.tel(Phone(r))}. No ans {c.addr(c.home, 'nocomma')}, "
                f"{c.tel_partial(c.cell)}. Left w/ nbr {c.nm(nb, 'init')} {c.addr_line(alt)} per pt. Cold chain OK.\n")
    if h == "family":
        return (f"the box didnt come!! tracking says delivered {trk} but not at {c.addr_line(c.home, True)}. maybe {c.nm(nb, 'glower')} next door at "
                f"{c.addr_line(alt, True)} got it. its my {med}. call {c.tel(c.cell)}\n")
    return (f"Delivery exception, {c.D()}. {med} ({rx}) shipped with {r.choice(COURIERS)}, {trk}. Driver {c.nm(drv)} found no one at "
            f"{c.addr(c.home)}; a call to {c.tel(c.cell)} reached {c.nm(p, 'given')}, who asked that it be left with the neighbour "
            f"{c.nm(nb)} at {c.addr_line(alt)}. {c.nm(ph)}, PharmD, confirmed cold chain.\n")


NURSE_PROTOCOLS = ["Fever (Adult)", "Chest Pain", "Abdominal Pain, Adult", "Cough (Pediatric)", "Medication Question", "Breathing Problems",
                   "Headache", "Vomiting (Pediatric)", "Dizziness", "Wound Infection"]


def b_nurseline(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("triage nurse", "RN")
    oc = c.clin("on-call physician", r.choice(["MD", "DO"]))
    caller = c.kin(c.kid_rel()) if r.random() < 0.6 else p
    cb = c.relph(caller) if caller is not p else c.cell
    pg = Phone(r)
    vit = K("vital", VITALS[r.choice([0, 1, 3])](r))
    proto = r.choice(NURSE_PROTOCOLS)
    disp = r.choice(["go to ED now", "urgent care within 4 hours", "home care, call back if worse", "on-call paged"])
    h = c.hand
    who = "self" if caller is p else f"{c.relw(caller)} {c.nm(caller)}"
    if h in ("form", "table"):
        return ("AFTER-HOURS NURSE LINE\n" + kv(c, [("Call time", f"{c.D()} {colon(r)}"), ("Caller", who), ("Callback", c.tel(cb, special=False)),
                                                   ("Patient", c.nm(p, "Fg") + f", DOB {c.Dob()}"), ("Protocol", K("abbreviation", proto)),
                                                   ("Reported", vit), ("Disposition", disp), ("On-call", f"{c.doc(oc)}, {c.tel_lab(pg, 'pager')}"),
                                                   ("Pharmacy", f"{c.pharmacy}, {c.tel(Phone(r, c.cell.a), special=False)}"), ("Nurse", c.nm(rn) + ", RN")]))
    if h == "terse":
        return (f"AH call {c.D()} {hhmm(r)}. Caller {who}, cb# {c.tel(cb, special=False)}. Pt {c.nm(p, 'Fg')}. "
                f"{K('abbreviation', proto)}. Reports {vit}. Paged {c.doc(oc)} {c.tel_lab(pg, 'pager')} at {hhmm(r)}, callback rec'd. Disp: {disp}. "
                f"-{c.nm(rn, 'init')} RN\n")
    if h == "family":
        return (f"[caller's words] \"hi its {c.nm(caller, 'glower')}, {'my ' + c.relw(caller) if caller is not p else 'me'}... "
                f"{'her' if p.sex == 'F' else 'his'} temp is {vit} and wont come down, we live out in {P('CITY', c.home.city)}, call me back "
                f"{c.tel(cb)}\" — called back at {clock(r)} by {c.nm(rn, 'init')}, RN; {disp}.\n")
    dxs = K("diagnosis", r.choice(DX))
    return (f"After-hours call received {c.D()} at {clock(r)} from {who}, callback {c.tel(cb)}. {intro(c, 'has ' + dxs)} "
            f"Reports {vit}. Triaged with {K('abbreviation', proto)}. The on-call physician, {c.doc(oc)}, was paged at {c.tel(pg)} and agreed: "
            f"{disp}. {c.nm(rn)}, RN.\n")


def b_texts(c: C) -> str:
    r = c.rng
    p = c.pt
    cg = c.kin(c.kid_rel())
    cc = c.clin("care coordinator", r.choice(["RN", "LCSW", "CHW"]))
    t = [c.next_time() for _ in range(4)]
    newaddr = c.make_addr(town=c.near_town(), unit_p=0.6)
    h = c.hand
    mom = "mom" if p.sex == "F" else "dad"
    lines = [
        f"[{t[0]}] {c.nm(cc, 'given')}: Hi {c.nm(cg, 'given')}, this is {c.nm(cc, 'full')} from {c.clinic}. Is {c.nm(p, 'given')} still at {c.addr_line(c.home)}?",
        f"[{t[1]}] {c.nm(cg, 'given')}: no we moved {mom} to {c.addr(newaddr, 'lower')}. my new # is {c.tel(Phone(r, c.cell.a), 'bare')}",
        f"[{t[2]}] {c.nm(cc, 'given')}: Thanks. Ride is booked, {oid(c, 'trip')}. Driver will call from {c.tel(Phone(r), 'dash')}.",
        f"[{t[3]}] {c.nm(cg, 'given')}: ok ty. {c.his()} pharmacy acct is under {c.nm(c.kin(c.kid_rel()), 'glower')}, {acct_phrase(c, 'pharmacy')}",
    ]
    head = f"Caregiver text thread with {c.nm(cg)} ({c.relw(cg)}), {c.tel(c.relph(cg), special=False)}, {c.D()}:\n"
    if h in ("terse", "form", "table"):
        head = f"Text summary {c.D()} — cg {c.nm(cg, 'Fg')} ({c.relw(cg)}) {c.tel(c.relph(cg), special=False)}; pt {c.nm(p, 'FG')} #{P('MRN', c.mrn)}\n"
    if h == "family":
        lines = [lower_marked(x) if i % 2 else x for i, x in enumerate(lines)]
    return head + "\n".join(lines) + "\n"


def b_portal(c: C) -> str:
    r = c.rng
    p = c.pt
    agent = c.other()
    proxy = c.kin(c.kid_rel())
    tkt = oid(c, "ticket")
    newmail = c.make_email(p)
    h = c.hand
    if h in ("form", "table"):
        return ("PORTAL ACCOUNT RECOVERY\n" + kv(c, [("Ticket", tkt), ("Account holder", c.nm(p, "Fg")), ("DOB", c.Dob()), ("MRN", P("MRN", c.mrn)),
                                                    ("Old email", P("EMAIL", c.email)), ("New email", P("EMAIL", newmail)),
                                                    ("Phone on file", c.tel(Phone(r, c.cell.a), special=False)), ("New phone", c.tel(c.cell, special=False)),
                                                    ("ID checked", id_doc(c)), ("Proxy", f"{c.nm(proxy)} ({c.relw(proxy)})"), ("Agent", c.nm(agent, "full"))]))
    if h == "terse":
        return (f"{tkt}: pt locked out of portal. Verified {c.nm(p, 'Fg')} DOB {c.Dob()} + {id_doc(c)}. Email chg {P('EMAIL', c.email)} -> "
                f"{P('EMAIL', newmail)}. MFA phone chg to {c.tel(c.cell)} (old {c.tel_partial(Phone(r, c.cell.a))}). Proxy {c.nm(proxy, 'init')} removed. "
                f"-{c.nm(agent, 'given')}\n")
    if h == "family":
        return (f"i cant log in to mychart, it keeps sending the code to my old phone {c.tel(Phone(r, c.cell.a))}. new one is {c.tel(c.cell)}. "
                f"my email is {P('EMAIL', newmail)} now. my {c.relw(proxy)} {c.nm(proxy, 'glower')} used to have access, please take that off. "
                f"{c.nm(p, 'lower')}, born {c.Dob()}\n")
    return (f"Help desk {tkt}, {c.D()}. {c.nm(p)} called from {c.tel(c.cell)} unable to sign in; identity verified by {c.nm(agent)} with "
            f"date of birth {c.Dob()} and {id_doc(c)}. E-mail changed from {P('EMAIL', c.email)} to {P('EMAIL', newmail)}; proxy access for "
            f"{c.his()} {c.relw(proxy)}, {c.nm(proxy)}, ended at {c.his()} request.\n")


def b_previsit(c: C) -> str:
    r = c.rng
    p = c.pt
    rn = c.clin("home visit nurse", r.choice(["RN", "LPN"]))
    other = c.kin(c.kid_rel())
    pets = r.choice(["two dogs (pit mix, friendly, will be put up)", "no pets", "a cat", "a large dog on a chain by the porch"])
    h = c.hand
    gate = r.randint(1000, 9999)
    if h in ("form", "table"):
        return ("HOME VISIT SAFETY PRE-SCREEN\n" + idline(c) +
                kv(c, [("Address", c.addr(c.home, "inline")), ("Best phone", c.tel(c.cell, special=False)), ("Others in home", f"{c.nm(other)} ({c.relw(other)})"),
                       ("Pets", pets), ("Weapons in home", r.choice(["denies", "locked safe", "declined to answer"])), ("Gate code", str(gate)),
                       ("Visit", f"{c.D(c.days(r.randint(1, 7)))} with {c.nm(rn)}, {rn.cred}")]))
    if h == "terse":
        return (idline(c) + f"Pre-visit call {c.D()} {c.tel_lab(c.cell, 'cell')}. Addr {c.addr(c.home, 'nocomma')}. {c.relw(other)} {c.nm(other, 'given')} in home. "
                f"Pets: {pets}. Gate {gate}. Visit {c.D(c.days(r.randint(1, 7)))} AM w/ {c.nm(rn, 'init')}.\n")
    if h == "family":
        return (f"[family reply] its {c.addr(c.home, 'lower')}, the gps takes you wrong, call {c.nm(other, 'glower')} at {c.tel(c.relph(other))} when u get to "
                f"the {r.choice(LANDMARKS)[4:]}. we have {pets.split(' (')[0]}\n")
    return (idline(c) + f"Called {c.nm(p)} at {c.tel(c.cell)} before the home visit. {c.he(True)} lives at {c.addr(c.home)} with "
            f"{c.his()} {c.relw(other)}, {c.nm(other)}. Pets: {pets}. The visit with {c.nm(rn)}, {rn.cred}, is set for {c.D(c.days(r.randint(1, 7)))}.\n")


def b_payplan(c: C) -> str:
    r = c.rng
    p = c.pt
    rep = c.other()
    guar = c.kin(c.kid_rel()) if r.random() < 0.35 else p
    amt = r.choice(["$25", "$40", "$50", "$75", "$110"])
    bal = f"${r.randint(300, 9800):,}.{r.randint(0, 99):02d}"
    h = c.hand
    pp = acct_phrase(c, "plan")
    if h in ("form", "table"):
        return ("PAYMENT PLAN ENROLLMENT\n" + kv(c, [("Guarantor", c.nm(guar, "Fg")), ("Guarantor acct", P("ACCOUNT", acct_guarantor(r))),
                                                    ("Hospital accounts", f"{P('ACCOUNT', c.har)}, {P('ACCOUNT', acct_hospital(r))}"), ("Balance", bal),
                                                    ("Plan", pp), ("Monthly", amt), ("Autopay", acct_phrase(c, "card")),
                                                    ("Billing address", c.addr(c.home, "inline")), ("Phone", c.tel(c.cell, special=False)),
                                                    ("Rep", c.nm(rep, "full") + f" ({oid(c, 'badge')})")]))
    if h == "terse":
        return (f"PP call {c.D()} {hhmm(r)}: guar {c.nm(guar, 'Fg')}, {acct_phrase(c, 'guarantor')}. Bal {bal} on HAR {P('ACCOUNT', c.har)}. "
                f"Set {pp} {amt}/mo, {acct_phrase(c, 'card')}. Confirmed addr {c.addr(c.home, 'nocomma')}, {c.tel(c.cell)}. -{c.nm(rep, 'initials')}\n")
    if h == "family":
        return (f"i want to do the payment plan for {c.his() if guar is not p else 'my'} bill, acct {P('ACCOUNT', c.har)}. i can do {amt} a month "
                f"on my {acct_phrase(c, 'card')}. my address changed to {c.addr(c.home, 'lower')}. {c.nm(guar, 'lower')} {c.tel(c.cell)}\n")
    return (f"Billing call, {c.D()}: {c.nm(rep)} spoke with {c.nm(guar)} (guarantor) at {c.tel(c.cell)} about a balance of {bal} on "
            f"{acct_phrase(c, 'hospital')}. Enrolled in {pp} at {amt} a month by {acct_phrase(c, 'card')}. Billing address confirmed as "
            f"{c.addr(c.home)}.\n")


# ---------------------------------------------------------------- radiology

RAD_EXAMS = [("CT chest without contrast", "71250"), ("CT head without contrast", "70450"), ("CT abdomen and pelvis with contrast", "74177"),
             ("MRI lumbar spine without contrast", "72148"), ("chest x-ray, 2 views", "71046"), ("right knee MRI", "73721"),
             ("left wrist x-ray, 3 views", "73110"), ("ultrasound thyroid", "76536"), ("screening mammogram", "77067"),
             ("low-dose CT lung screening", "71271"), ("CTA chest, PE protocol", "71275"), ("renal ultrasound", "76770")]
RAD_FIND = [
    lambda r: f"{r.randint(5, 14)} mm solid nodule in the right upper lobe, {K('score', 'Lung-RADS ' + r.choice(['3', '4A', '4B']))}; follow {K('eponym', 'Fleischner')} guidance",
    lambda r: f"{K('eponym', 'Baker cyst')} measuring {r.uniform(1.5, 5.5):.1f} cm",
    lambda r: f"impacted distal radius fracture with dorsal angulation ({K('eponym', 'Colles fracture')})",
    lambda r: f"{K('eponym', 'Hill-Sachs lesion')} and a small {K('eponym', 'Bankart lesion')}",
    lambda r: f"complex renal cyst, {K('score', 'Bosniak ' + r.choice(['IIF', 'III']))}",
    lambda r: f"{r.uniform(1.0, 2.6):.1f} cm thyroid nodule, {K('score', 'TI-RADS ' + r.choice(['TR3', 'TR4', 'TR5']))}",
    lambda r: f"{K('score', 'BI-RADS ' + r.choice(['0', '4', '4A']))}; additional views recommended",
    lambda r: f"{K('eponym', 'Kerley B lines')} and small bilateral effusions",
    lambda r: f"{K('eponym', 'Chiari I malformation')} with {r.randint(5, 9)} mm tonsillar descent",
    lambda r: f"{K('eponym', 'Segond fracture')}; ACL tear suspected",
    lambda r: f"free fluid in {K('eponym', 'Morison pouch')}",
    lambda r: f"{r.uniform(1.1, 3.4):.1f} cm liver lesion, {K('score', 'LI-RADS ' + r.choice(['3', '4']))}",
    lambda r: f"adrenal nodule {r.uniform(1.0, 2.8):.1f} cm, {K('lab', str(r.randint(-12, 9)) + ' HU')} on unenhanced images",
    lambda r: f"segmental pulmonary embolism, RV/LV ratio {r.uniform(0.8, 1.4):.1f}",
    lambda r: f"{K('eponym', 'Salter-Harris II')} fracture of the distal tibia",
    lambda r: f"{K('eponym', 'Schatzki ring')} at the GE junction",
]


def rad_exam(c: C) -> tuple[str, str]:
    return c.rng.choice(RAD_EXAMS)


def rad_comparison(c: C) -> str:
    r = c.rng
    return r.choice([f"Comparison: CT {c.D(c.days(-r.randint(90, 900)), full=True)} at {r.choice(IMAGING)} (accession {P('OTHER_ID', oid_case(r, 'accession', c.vdate.year - 1))}).",
                     f"Comparison: none available; outside images from {P('CITY', c.town()[0])} requested.",
                     f"Comparison: radiograph {c.D(c.days(-r.randint(10, 400)))}.",
                     f"COMPARISON: {c.D(c.days(-r.randint(90, 900)), 'mm/dd/Y')} ({P('OTHER_ID', oid_case(r, 'accession', c.vdate.year - 1))})."])


def b_telerad(c: C) -> str:
    r = c.rng
    p = c.pt
    rad = c.clin("teleradiologist", "MD")
    edoc = c.clin("ED physician", r.choice(["MD", "DO"]))
    tech = c.clin("CT technologist", "RT(R)")
    exam, cpt = rad_exam(c)
    acc = P("OTHER_ID", oid_case(r, "accession", c.vdate.year))
    f1, f2 = r.sample(RAD_FIND, 2)
    t_call = colon(r)
    h = c.hand
    lic = P("LICENSE", r.choice(PROF_LIC["MD"])(r, c.state))
    if h in ("form", "table"):
        return (f"{c.imaging.upper()} — PRELIMINARY READ\n" +
                kv(c, [("Patient", c.nm(p, "FG")), ("DOB", c.Dob()), ("MRN", P("MRN", c.mrn)), ("Accession", acc), ("Exam", f"{exam} ({K('code', cpt)})"),
                       ("Site", f"{c.hosp}, {P('CITY', c.home.city)} {c.state}"), ("Tech", f"{c.nm(tech, 'initials')} / {c.nm(tech)}"),
                       ("Ordering", c.doc(edoc)), ("Callback", c.tel(Phone(r, c.cell.a), special=False))]) +
                f"PRELIMINARY: {f1(r)}; {f2(r)}.\n{rad_comparison(c)}\nDiscussed with {c.doc(edoc)} at {t_call}.\n"
                f"Read by {c.nm(rad)}, MD ({c.state} lic {lic}), from {P('CITY', c.town()[0])}.\n")
    if h == "terse":
        return (f"PRELIM {exam.upper()} acc {acc} {c.nm(p, 'FG')} {P('MRN', c.mrn)}\n{f1(r)}. {f2(r)}.\n{rad_comparison(c)}\n"
                f"d/w {c.doc(edoc)} {t_call}, read back. Tech {c.nm(tech, 'initials')}. -{c.nm(rad, 'init')} MD, {c.state} {lic}\n")
    return (f"Preliminary interpretation, {exam} ({K('code', cpt)}), accession {acc}, {c.nm(p)} (MRN {P('MRN', c.mrn)}), performed at {c.hosp} "
            f"by {c.nm(tech)}, RT(R).\n{rad_comparison(c)}\nFindings: {f1(r)}. Also {f2(r)}.\nThese results were discussed by telephone with "
            f"{c.doc(edoc)} at {t_call} on {c.D()}, who read them back. Final report to follow.\n{c.nm(rad)}, MD, {c.state} license {lic}\n")


def b_outside(c: C) -> str:
    r = c.rng
    p = c.pt
    roi = c.other()
    req = c.clin("ordering physician", r.choice(["MD", "DO", "NP"]))
    fac = r.choice(IMAGING)
    fa = c.make_addr(town=c.town(), unit_p=0.7)
    fph, ffx = Phone(r), Phone(r)
    exam, cpt = rad_exam(c)
    h = c.hand
    accs = [P("OTHER_ID", oid_case(r, "accession", c.vdate.year - r.randint(0, 3))) for _ in range(2)]
    if h in ("form", "table"):
        return ("OUTSIDE IMAGING REQUEST\n" + idline(c) +
                table(c, ["Exam", "Date", "Accession"], [[exam, c.D(c.days(-r.randint(30, 700))), accs[0]], [r.choice(RAD_EXAMS)[0], c.D(c.days(-r.randint(30, 900))), accs[1]]]) +
                kv(c, [("Outside facility", f"{fac}, {c.addr(fa, 'inline')}"), ("Film library", f"{c.nm(roi)}, {c.tel(fph, special=False)}"),
                       ("Fax", P("FAX", ffx.fmt("dash"))), ("Send CD to", f"{c.clinic}; {oid(c, 'tracking')}"), ("Requested by", c.doc(req))]))
    if h == "terse":
        return (idline(c) + f"Req outside imgs from {fac} ({P('CITY', fa.city)}): {exam} acc {accs[0]}, prior acc {accs[1]}. Spoke w/ {c.nm(roi, 'given')} "
                f"film lib {c.tel(fph)}; faxed ROI to {P('FAX', ffx.fmt('bare'))}. {oid(c, 'roi')}. CD via {oid(c, 'tracking')}.\n")
    if h == "family":
        return (f"i had the scan done at {fac.lower()} in {P('CITY', fa.city)} last year, they said call {c.tel(fph)} and ask for {c.nm(roi, 'glower')}. "
                f"i can drive the cd over myself. {c.nm(p, 'lower')} {c.tel(c.cell)}\n")
    return (idline(c) + f"Outside images requested {c.D()} for {c.doc(req)}: {exam} (accession {accs[0]}) and a prior study ({accs[1]}) from {fac}, "
            f"{c.addr(fa)}. Film library contact {c.nm(roi)}, {c.tel(fph, work=True)}; request faxed to {P('FAX', ffx.fmt('paren'))} ({oid(c, 'roi')}).\n")


def b_incidental(c: C) -> str:
    r = c.rng
    p = c.pt
    nav = c.clin("incidental findings navigator", "RN")
    pcp = c.clin("PCP", r.choice(["MD", "DO", "NP"]), team=False)
    exam, cpt = rad_exam(c)
    f1 = r.choice(RAD_FIND)(r)
    acc = P("OTHER_ID", oid_case(r, "accession", c.vdate.year - 1))
    due = c.days(r.randint(-30, 60))
    h = c.hand
    if h in ("form", "table"):
        return ("INCIDENTAL FINDING TRACKING\n" + idline(c) +
                kv(c, [("Index exam", f"{exam} {c.D(c.days(-r.randint(90, 400)))}, acc {acc}"), ("Finding", f1), ("Follow-up due", c.D(due)),
                       ("PCP", f"{c.doc(pcp)}, {c.tel(Phone(r), work=True)}"), ("Letter 1", f"mailed {c.D(c.days(-r.randint(20, 60)))} to {c.addr(c.home, 'inline')}"),
                       ("Phone", c.tel(c.cell, special=False)), ("Navigator", c.nm(nav))]))
    if h == "terse":
        return (idline(c) + f"IF tracking: {exam} acc {acc} — {f1}. F/u due {c.D(due)}. Ltr #1 to {c.addr(c.home, 'nocomma')}; ltr #2 returned. "
                f"Called {c.tel_lab(c.cell, 'cell')} LM; PCP {c.doc(pcp)} notified. -{c.nm(nav, 'init')} RN\n")
    if h == "family":
        return (f"i got a letter about a spot on my scan but i moved, send stuff to {c.addr(c.home, 'lower')}. my doctor is {c.nm(pcp, 'lower')}. "
                f"{c.tel(c.cell)}\n")
    return (idline(c) + f"The {exam} (accession {acc}) showed {f1}. Follow-up was due {c.D(due)}. A letter to {c.addr(c.home)} was sent; "
            f"calls to {c.tel(c.cell)} reached voicemail. {c.doc(pcp)} was notified by fax. {c.nm(nav)}, RN, navigator.\n")


def b_addendum(c: C) -> str:
    r = c.rng
    p = c.pt
    rad = c.clin("radiologist", "MD")
    rn = c.clin("ED charge nurse", "RN")
    oc = c.clin("ordering physician", r.choice(["MD", "DO", "PA-C", "NP"]))
    exam, cpt = rad_exam(c)
    acc = P("OTHER_ID", oid_case(r, "accession", c.vdate.year))
    f1 = r.choice(RAD_FIND)(r)
    t1, t2 = colon(r), colon(r)
    dev = r.choice([None, ("pacemaker", "PM" + alnum(r, 7)), ("implanted port", "PT" + digits(r, 8)), ("neurostimulator", "NS" + digits(r, 7))])
    dv = f" The {dev[0]} (serial {P('DEVICE', dev[1])}) was confirmed MR-conditional." if dev else ""
    h = c.hand
    if h in ("form", "table"):
        return ("RADIOLOGY ADDENDUM / RESULT COMMUNICATION\n" + idline(c) +
                table(c, ["Time", "Action", "Person", "Number"], [[t1, "called", c.doc(oc), c.tel(Phone(r), special=False)],
                                                                  [t2, "read back", c.nm(rn) + ", RN", c.tel(Phone(r, c.cell.a), special=False) + " ext " + str(r.randint(100, 999))]]) +
                f"Accession {acc} ({exam}). ADDENDUM: {f1}.{dv}\n")
    if h == "terse":
        return (f"ADDENDUM acc {acc} {c.nm(p, 'FG')}: {f1}.{dv} Results called to {c.nm(rn, 'init')} RN at {t1}, read back; "
                f"{c.doc(oc)} paged {c.tel(Phone(r))} at {t2}. -{c.nm(rad, 'init')}\n")
    return (idline(c) + f"ADDENDUM to {exam}, accession {acc}: on second review there is {f1}.{dv} Results called to {c.nm(rn)}, RN, at {t1} "
            f"and discussed with {c.doc(oc)} at {t2}, {c.tel(Phone(r), work=True)}; both read back. Dictated by {c.nm(rad)}, MD.\n")


BODIES = {
    "housing assistance application": b_housing,
    "utility shut-off protection certificate": b_utility,
    "hospital charity care application": b_charity,
    "community health worker outreach log": b_chw,
    "lost-to-follow-up tracing note": b_ltfu,
    "patient identity verification note": b_idverify,
    "medical-legal partnership referral": b_mlp,
    "domestic violence shelter placement note": b_dv,
    "street medicine outreach note": b_street,
    "public benefits application assistance note": b_benefits,
    "reentry transition care note": b_reentry,
    "medical respite admission note": b_respite,
    "crime victim compensation application": b_victim,
    "travel reimbursement request": b_travel,
    "specialty pharmacy courier delivery log": b_courier,
    "after-hours nurse advice line call": b_nurseline,
    "caregiver text message summary": b_texts,
    "patient portal account recovery ticket": b_portal,
    "home visit safety pre-screen call": b_previsit,
    "payment plan enrollment call": b_payplan,
    "teleradiology preliminary read": b_telerad,
    "outside imaging request": b_outside,
    "incidental finding follow-up tracking note": b_incidental,
    "radiology addendum and result communication record": b_addendum,
}
RADIOLOGY = {"teleradiology preliminary read", "outside imaging request", "incidental finding follow-up tracking note",
             "radiology addendum and result communication record"}
# the hands each type is written in (a radiologist does not write like a family member, a text thread is never a table)
TYPE_HANDS = {t: HANDS for t in BODIES}
TYPE_HANDS.update({"teleradiology preliminary read": ["formal", "terse", "dictated", "form", "table"],
                   "radiology addendum and result communication record": ["formal", "terse", "dictated", "form", "table"],
                   "caregiver text message summary": ["formal", "terse", "family", "form"]})
TYPE_OIDS = {
    "housing assistance application": ["voucher", "hmis", "eviction", "conf", "ticket"],
    "utility shut-off protection certificate": ["liheap", "conf", "ticket", "claim"],
    "hospital charity care application": ["claim", "ticket", "snap", "conf"],
    "community health worker outreach log": ["hmis", "trip", "snap", "rx", "ticket"],
    "lost-to-follow-up tracing note": ["rx", "hmis", "booking", "doc", "police"],
    "patient identity verification note": ["anum", "ticket", "ssa", "wic"],
    "medical-legal partnership referral": ["court", "eviction", "ssa", "aps", "police"],
    "domestic violence shelter placement note": ["po", "police", "acp", "cps", "bed"],
    "street medicine outreach note": ["hmis", "bed", "locker", "voucher", "lifeline"],
    "public benefits application assistance note": ["snap", "ssa", "liheap", "tanf", "wic", "lifeline"],
    "reentry transition care note": ["doc", "booking", "court", "rx", "badge"],
    "medical respite admission note": ["bed", "locker", "hmis", "rx", "voucher"],
    "crime victim compensation application": ["police", "claim", "court", "badge", "po"],
    "travel reimbursement request": ["trip", "gas", "conf", "claim", "voucher"],
    "specialty pharmacy courier delivery log": ["tracking", "rx", "order", "badge"],
    "after-hours nurse advice line call": ["rx", "ticket", "conf", "order"],
    "caregiver text message summary": ["trip", "rx", "conf", "order"],
    "patient portal account recovery ticket": ["ticket", "conf", "roi"],
    "home visit safety pre-screen call": ["order", "conf", "trip"],
    "payment plan enrollment call": ["claim", "conf", "ticket"],
    "teleradiology preliminary read": ["accession", "order", "study"],
    "outside imaging request": ["accession", "roi", "cd", "tracking"],
    "incidental finding follow-up tracking note": ["accession", "order", "roi"],
    "radiology addendum and result communication record": ["accession", "order", "donor"],
}


# ---------------------------------------------------------------- type-specific paragraphs
# Each note type has its own further paragraphs (two or three are added to the body), in the hand of the note.

def hv(c: C, formal, terse=None, family=None, form=None, dictated=None):
    """Pick the variant for the note's hand (lambdas, so only the chosen one draws numbers and people)."""
    h = c.hand
    f = {"formal": formal, "terse": terse, "family": family, "form": form, "table": form, "dictated": dictated}.get(h) or formal
    return f()


def pt_word(c: C, p: Person) -> str:
    """What a relative calls the patient."""
    w = c.relw(p).split()[0]
    f = c.pt.sex == "F"
    return {"daughter": "my mom" if f else "my dad", "son": "my mom" if f else "my dad", "granddaughter": "grandma" if f else "grandpa",
            "grandson": "grandma" if f else "grandpa", "niece": "my aunt" if f else "my uncle", "nephew": "my aunt" if f else "my uncle",
            "husband": "my wife", "wife": "my husband", "sister": "my sister" if f else "my brother", "brother": "my sister" if f else "my brother",
            "mother": "my daughter" if f else "my son", "father": "my daughter" if f else "my son",
            "daughter-in-law": "my mother-in-law" if f else "my father-in-law"}.get(w, "her" if f else "him")


def x_housing(c: C) -> list:
    r = c.rng
    unit = c.make_addr(town=(c.home.city, c.home.st), unit_p=0.9)
    insp = c.other()
    return [
        lambda: hv(c, lambda: f"A unit was offered at {c.addr(unit)}; inspection with {c.nm(insp)} ({c.tel(Phone(r, c.cell.a), work=True)}) on {c.D(c.days(r.randint(3, 14)))}.\n",
                   lambda: f"Unit offered {c.addr(unit, 'nocomma')}. Insp {c.D(c.days(r.randint(3, 14)), 'm/d')} w/ {c.nm(insp, 'init')}.\n",
                   lambda: f"they showed me a place at {c.addr_line(unit, True)}, the inspector {c.nm(insp, 'glower')} comes {c.D(c.days(r.randint(3, 14)), 'm/d')}\n",
                   lambda: kv(c, [("Unit offered", c.addr(unit, "inline")), ("Inspector", f"{c.nm(insp, 'Fg')}, {c.tel(Phone(r, c.cell.a), special=False)}")])),
        lambda: hv(c, lambda: f"Income: {r.choice(['SSI $943/mo', 'part-time wages', 'none', 'SSDI $1,387/mo'])}; {acct_phrase(c, 'bank')}. Prior eviction "
                          f"from {c.addr_line(c.make_addr(town=c.near_town()))} in {P('CITY', c.near_town()[0])} ({oid(c, 'eviction')}).\n",
                   lambda: f"Inc {r.choice(['SSI', 'wages', 'none'])}. Prior evict {oid(c, 'eviction')} ({P('CITY', c.near_town()[0])}).\n"),
        lambda: f"{oid(c, 'voucher')} issued {c.D(c.days(-r.randint(1, 20)))}, expires {c.D(c.days(r.randint(60, 120)), full=True)}; {oid(c, 'hmis')}.\n",
        lambda: hv(c, lambda: f"Reference: former landlord {c.nm(c.other())}, {c.tel(Phone(r))}; caseworker at {r.choice(HOUSING)}, {c.nm(c.other())}, {c.tel(Phone(r), work=True)}.\n",
                   family=lambda: f"you can call my old landlord {c.nm(c.other(), 'lower')} {c.tel(Phone(r))}, she knows i paid\n"),
    ]


def x_utility(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    rep = c.other()
    return [
        lambda: hv(c, lambda: f"Spoke with {c.nm(rep)} at {c.utility} ({P('PHONE', r.choice(VANITY))}, then {c.tel(Phone(r), work=True)}); hold placed, {oid(c, 'conf')}.\n",
                   lambda: f"Called {c.utility} {P('PHONE', r.choice(VANITY))}, rep {c.nm(rep, 'given')} — hold placed, {oid(c, 'conf')}.\n",
                   lambda: f"i called the number on the bill {P('PHONE', r.choice(VANITY))} and talked to {c.nm(rep, 'glower')}\n"),
        lambda: f"{oid(c, 'liheap')} pending; past-due balance ${r.randint(180, 1900)} on {acct_phrase(c, 'utility')}.\n",
        lambda: hv(c, lambda: f"Second meter at the landlord's address, {c.addr(c.make_addr(town=c.near_town()))}, is not part of this request.\n",
                   family=lambda: f"the bill still comes to my old place {c.addr(c.make_addr(town=c.near_town()), 'lower')}\n"),
        lambda: f"Backup power plan: {c.relw(k)} {c.nm(k, 'given')} in {c.town_st(c.near_town())} has a generator; {c.tel(c.relph(k))}.\n",
    ]


def x_charity(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Employer: {r.choice(['Tri-State Poultry', 'a roofing crew', 'Hometown Janitorial', 'the casino'])}, supervisor {c.nm(c.other())}, {c.tel(Phone(r), work=True)}.\n",
        lambda: hv(c, lambda: f"Other balances: {acct_phrase(c, 'collections')}; {acct_phrase(c, 'encounter')}.\n",
                   lambda: f"Also {acct_phrase(c, 'collections')}, {acct_phrase(c, 'encounter')}.\n"),
        lambda: f"Proof of address: lease for {c.addr(c.home)} signed by landlord {c.nm(c.other())}.\n",
        lambda: f"Presumptive eligibility via {oid(c, 'snap')}; approved at 100% for dates of service {c.D(c.days(-r.randint(30, 90)))} to {c.D(c.days(-r.randint(1, 29)))}.\n",
    ]


def x_chw(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Ride to the {c.D(c.days(r.randint(2, 10)))} visit booked, {oid(c, 'trip')}; driver calls from {c.tel(Phone(r), special=False)}.\n",
        lambda: hv(c, lambda: f"Food box delivered to {c.addr_line(c.home)}; {c.he()} asked that the next one go to {c.his()} {c.relw(k)} in {c.town_st(c.near_town())}.\n",
                   lambda: f"Food box dropped {c.addr_line(c.home)}. Next to {c.relw(k)} in {P('CITY', c.near_town()[0])}.\n"),
        lambda: f"Connected to {c.doc(c.clin('PCP', r.choice(['MD', 'NP', 'DO']), team=False))} at {c.clinic} ({c.tel(Phone(r), work=True)}); {oid(c, 'rx')} transferred to {c.pharmacy}.\n",
        lambda: f"{c.nm(c.clin('CHW supervisor', 'LCSW'))}, LCSW, reviewed the plan; {K('code', 'G0019')} billed.\n",
    ]


def x_ltfu(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Obituary search ({P('CITY', c.home.city)} paper): no match. Social media: {c.relw(k)} {c.nm(k, 'full')} posted from {P('CITY', c.town()[0])}.\n",
        lambda: f"Certified letter {oid(c, 'tracking')} to {c.addr(c.home)}, signed for by {c.nm(c.other(), 'init')} on {c.D(c.days(-r.randint(1, 9)))}.\n",
        lambda: hv(c, lambda: f"Last known employer called at {c.tel(Phone(r), work=True)}; manager {c.nm(c.other())} says {c.he()} quit in {MON[r.randrange(12)]}.\n",
                   lambda: f"Employer {c.tel(Phone(r))} — mgr {c.nm(c.other(), 'init')}: quit.\n"),
        lambda: f"Re-engaged: new cell {c.tel(c.cell)}, appointment {c.D(c.days(r.randint(3, 20)))} with {c.doc(c.clin('PCP', r.choice(['MD', 'NP']), team=False))}.\n",
    ]


def x_idverify(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Possible duplicate chart: {c.nm(c.pt, 'FG')} born {c.Dob()}, MRN {P('MRN', digits(r, 8))}, address {c.addr(c.make_addr(town=c.near_town()), 'inline')}; sent to HIM.\n",
        lambda: f"{id_doc(c, 'passport')} also scanned; {oid(c, 'anum') if c.country else acct_phrase(c, 'guarantor')}.\n",
        lambda: hv(c, lambda: f"Phone on the old registration, {c.tel(Phone(r, c.cell.a))}, belongs to {c.his()} former partner {c.nm(c.other())}; removed.\n",
                   lambda: f"Old ph {c.tel(Phone(r, c.cell.a))} = ex-partner {c.nm(c.other(), 'init')}, removed.\n"),
        lambda: f"Guarantor changed to {c.relw(k)} {c.nm(k)}, {acct_phrase(c, 'guarantor')}.\n",
    ]


def x_mlp(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Code enforcement complaint {oid(c, 'ticket')} filed with the city of {P('CITY', c.home.city)}; inspector {c.nm(c.other())}, {c.tel(Phone(r), work=True)}.\n",
        lambda: f"Hearing at the {P('CITY', c.home.city)} courthouse, {P('ADDRESS', str(r.randint(100, 999)) + ' ' + street_name(r))}, on {c.D(c.days(r.randint(5, 30)))}.\n",
        lambda: hv(c, lambda: f"Letter from {c.doc(c.clin('PCP', r.choice(['MD', 'DO', 'NP'])))} supports a reasonable accommodation ({K('diagnosis', r.choice(DX))}).\n",
                   lambda: f"RA letter by {c.doc(c.clin('PCP', r.choice(['MD', 'DO', 'NP'])))} for {K('diagnosis', r.choice(DX))}.\n"),
        lambda: f"Rent paid by money order; receipts for {acct_phrase(c, 'bank')} shown.\n",
    ]


def x_dv(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Children: {c.nm(c.kin('daughter'), 'given')} and {c.nm(c.kin('son'), 'given')}, school in {P('CITY', c.town(c.state)[0])}; {oid(c, 'cps')} open.\n",
        lambda: f"Belongings left at {c.addr_line(c.home)}; police standby arranged with Officer {c.nm(c.other(), 'family')} ({oid(c, 'badge')}).\n",
        lambda: hv(c, lambda: f"{c.his(True)} sister in {c.town_st(c.town())} can take the children; {c.tel(Phone(r))}.\n",
                   family=lambda: f"my sister in {P('CITY', c.town()[0].lower())} can keep the kids {c.tel(Phone(r))}\n"),
        lambda: f"Hotline advocate {c.nm(c.other(), 'given')} (shift ID {P('OTHER_ID', digits(r, 4))}) followed up.\n",
    ]


def x_street(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Moved camps twice since {c.D(c.days(-r.randint(20, 60)))}: from behind the {P('CITY', c.home.city)} library to the lot at {P('ADDRESS', street_name(r))} and {P('ADDRESS', street_name(r))}.\n",
        lambda: f"{oid(c, 'voucher')} for the {c.motel} ({P('ADDRESS', 'Rm ' + str(r.randint(101, 240)))}) on freeze nights; {oid(c, 'hmis')}.\n",
        lambda: hv(c, lambda: f"{c.his(True)} mother in {c.town_st(c.town())} was called with consent at {c.tel(Phone(r))}.\n",
                   family=lambda: f"call my mom in {P('CITY', c.town()[0])} {c.tel(Phone(r))}\n"),
        lambda: f"Wound care supplies left with {c.nm(c.other(), 'given')}, who stays in the next tent.\n",
    ]


def x_benefits(c: C) -> list:
    r = c.rng
    return [
        lambda: f"SNAP interview by phone {c.D(c.days(r.randint(2, 14)))} with caseworker {c.nm(c.other())}, who calls from {c.tel(Phone(r), work=True)}.\n",
        lambda: f"{oid(c, 'tanf')}; {oid(c, 'wic')} for the baby.\n",
        lambda: f"{oid(c, 'lifeline')}; free phone mailed to {c.addr(c.home, 'inline')}.\n",
        lambda: hv(c, lambda: f"Proof of residence: letter from {c.nm(c.other())}, who owns {c.addr_line(c.home)}.\n",
                   family=lambda: f"the lady who owns the house {c.nm(c.other(), 'glower')} wrote a letter\n"),
    ]


def x_reentry(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Released from the facility in {c.town_st(c.town(c.state))}; {oid(c, 'booking')} from the county jail before that.\n",
        lambda: f"MOUD bridge: {K('drug', 'buprenorphine-naloxone 8-2 mg SL daily')}, {oid(c, 'rx')} at {c.pharmacy}.\n",
        lambda: f"Court date {c.D(c.days(r.randint(10, 60)))}, {oid(c, 'court')}; public defender {c.nm(c.other())}, {c.tel(Phone(r), work=True)}.\n",
        lambda: hv(c, lambda: f"{c.his(True)} {c.relw(k)}, {c.nm(k)}, will drive {c.him()} to check-ins from {c.town_st(c.near_town())}.\n",
                   family=lambda: f"my {c.relw(k)} {c.nm(k, 'glower')} will drive me\n"),
    ]


def x_respite(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Wound care by {c.nm(c.clin('wound nurse', 'RN'))}, RN, daily; {K('drug', r.choice(MEDS))}.\n",
        lambda: f"Discharge plan: {oid(c, 'voucher')}; permanent housing application with {r.choice(HOUSING)} ({c.nm(c.other())}, {c.tel(Phone(r), work=True)}).\n",
        lambda: f"Belongings: {r.choice(['backpack, bedroll', 'two bags', 'a cart'])}; {id_doc(c, 'stateid')} kept in the office safe.\n",
        lambda: f"Visitor list: {c.nm(k)} ({c.relw(k)}) from {c.town_st(c.town())}.\n",
    ]


def x_victim(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Medical bills: {acct_phrase(c, 'hospital')}, {acct_phrase(c, 'encounter')}; ambulance {acct_phrase(c, 'collections')}.\n",
        lambda: f"Witness: {c.nm(c.other())}, {c.addr_line(c.make_addr(town=(c.home.city, c.home.st)))}, {c.tel(Phone(r))}.\n",
        lambda: f"Relocation to {c.addr(c.make_addr(town=c.town(), unit_p=0.8))} approved; moving company invoice attached.\n",
        lambda: f"{id_doc(c)} copied for the application.\n",
    ]


def x_travel(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Gas card {P('OTHER_ID', oid_case(r, 'gas', c.vdate.year))} loaded with $40; {oid(c, 'conf')}.\n",
        lambda: f"Driver's licence of the driver: {id_doc(c, 'dl', who=k)}.\n",
        lambda: hv(c, lambda: f"Next trips {c.D(c.days(r.randint(3, 10)))} and {c.D(c.days(r.randint(11, 20)))} to {c.hospital_city()}.\n",
                   lambda: f"Next {c.D(c.days(r.randint(3, 10)))}, {c.D(c.days(r.randint(11, 20)))}.\n"),
        lambda: f"Bus pass as backup ({oid(c, 'trip')}); the {P('CITY', c.home.city)} stop is at {P('ADDRESS', street_name(r))}.\n",
    ]


def x_courier(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Alternate delivery address on file: {c.relw(k)} {c.nm(k)}, {c.addr(c.make_addr(town=c.near_town()))}.\n",
        lambda: f"Refill {oid(c, 'rx')} due {c.D(c.days(r.randint(20, 30)))}; copay card {acct_phrase(c, 'card')}.\n",
        lambda: f"Pharmacist callback line {P('PHONE', r.choice(VANITY))} / {c.tel(Phone(r), work=True)}.\n",
        lambda: hv(c, lambda: f"Gate code and dog noted; driver to call {c.tel(c.cell)} from the road.\n", family=lambda: f"tell the driver to call {c.tel(c.cell)} the dog is out\n"),
    ]


def x_nurseline(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Caller asked that results go to {c.his()} {c.relw(k)} {c.nm(k)} ({c.tel(c.relph(k))}); proxy on file.\n",
        lambda: f"Pharmacy: {c.pharmacy} in {P('CITY', c.home.city)}, {c.tel(Phone(r, c.cell.a))}; {oid(c, 'rx')}.\n",
        lambda: f"Callback from {c.doc(c.clin('on-call physician', r.choice(['MD', 'DO'])))} at {hhmm(r)}; plan relayed to caller.\n",
        lambda: f"Address confirmed for EMS if needed: {c.addr(c.home)}.\n",
    ]


def x_texts(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"[{c.next_time()}] {c.nm(k, 'given')}: {lower_marked('also ' + pt_word(c, k) + ' has a new doctor, ' + c.doc(c.clin('PCP', 'MD', team=False)))}\n",
        lambda: f"[{c.next_time()}] {c.nm(c.team[0], 'given') if c.team else 'CC'}: The pharmacy in {P('CITY', c.home.city)} says {oid(c, 'rx')} is ready.\n",
        lambda: (lambda b: f"[{c.next_time()}] {c.nm(k, 'given')}: my brother {c.nm(b, 'glower')} can take {c.him()} tues, his # {c.tel(c.relph(b), 'bare')}\n")(c.kin("brother")),
    ]


def x_portal(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Proxy request from {c.relw(k)} {c.nm(k)} ({P('EMAIL', c.make_email(k))}) pending a signed form.\n",
        lambda: f"Login attempts from an IP in {P('CITY', c.town()[0])} flagged; {oid(c, 'conf')} sent by text to {c.tel(c.cell, special=False)}.\n",
        lambda: f"Mailing address updated to {c.addr(c.home)}.\n",
    ]


def x_previsit(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: hv(c, lambda: f"Park on {P('ADDRESS', street_name(r))}; the driveway is washed out. Nearest cross street {P('ADDRESS', street_name(r))}.\n",
                   family=lambda: f"park on {P('ADDRESS', street_name(r).lower())} the drive is washed out\n"),
        lambda: f"Backup contact if no answer: {c.relw(k)} {c.nm(k)}, {c.tel(c.relph(k))}.\n",
        lambda: f"Visit {oid(c, 'order')}; {c.nm(c.clin('visit nurse', 'RN'), 'init')} RN to text {c.tel(c.cell, special=False)} when leaving {P('CITY', c.town(c.state)[0])}.\n",
    ]


def x_payplan(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Old statements went to {c.addr(c.make_addr(town=c.near_town()))}; updated.\n",
        lambda: f"{acct_phrase(c, 'encounter')} and {acct_phrase(c, 'encounter')} combined under the plan.\n",
        lambda: f"Declined autopay from {acct_phrase(c, 'bank')}; will pay by phone at {P('PHONE', r.choice(VANITY))}.\n",
    ]


def x_telerad(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Technologist {c.nm(c.clin('technologist', 'RT(R)'))}, RT(R) ({prof_lic(c, c.team[-1])}); station CT2.\n",
        lambda: f"Ordering clinician callback {c.tel(Phone(r), work=True)}; ED main {c.tel(Phone(r), special=False)}.\n",
        lambda: f"Prior outside study from {P('CITY', c.town()[0])}, {c.nm(c.other(), 'given')} at the film library ({c.tel(Phone(r))}) to push images.\n",
    ]


def x_outside(c: C) -> list:
    r = c.rng
    return [
        lambda: f"Patient to bring the CD ({oid(c, 'cd')}) if the push fails; courier pickup at {c.addr(c.make_addr(town=c.town(), unit_p=0.8), 'inline')}.\n",
        lambda: f"Second facility: {r.choice(IMAGING)} in {c.town_st(c.town())}, {c.tel(Phone(r), work=True)}; fax {P('FAX', Phone(r).fmt('dash'))}.\n",
        lambda: f"Request signed by {c.nm(c.pt)} on {c.D()}; ID {id_doc(c)}.\n",
    ]


def x_incidental(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Letter 2 sent certified, {oid(c, 'tracking')}, to the updated address {c.addr(c.home)}.\n",
        lambda: f"Scheduled {K('code', r.choice(['71250', '71271', '76536', '76770']))} for {c.D(c.days(r.randint(5, 40)))}; reminder to {c.tel(c.cell, special=False)}.\n",
        lambda: f"{c.his(True)} {c.relw(k)}, {c.nm(k)}, will bring {c.him()} from {c.town_st(c.near_town())}.\n",
    ]


def x_addendum(c: C) -> list:
    r = c.rng
    k = c.kin(c.kid_rel())
    return [
        lambda: f"Original report signed by {c.doc(c.clin('radiologist', 'MD'))} at {colon(r)}; addendum by the reading radiologist.\n",
        lambda: f"Patient left before the call; reached at {c.tel(c.cell)} ({c.his()} {c.relw(k)} {c.nm(k, 'given')} answered).\n",
        lambda: f"Technologist {c.nm(c.clin('technologist', 'RT(R)'), 'initials')}; {c.doc(c.clin('PCP', r.choice(['MD', 'NP']), team=False))} cc'd by fax {P('FAX', Phone(r).fmt('paren'))}.\n",
    ]


TYPE_EXTRAS = {
    "housing assistance application": x_housing, "utility shut-off protection certificate": x_utility,
    "hospital charity care application": x_charity, "community health worker outreach log": x_chw, "lost-to-follow-up tracing note": x_ltfu,
    "patient identity verification note": x_idverify, "medical-legal partnership referral": x_mlp, "domestic violence shelter placement note": x_dv,
    "street medicine outreach note": x_street, "public benefits application assistance note": x_benefits, "reentry transition care note": x_reentry,
    "medical respite admission note": x_respite, "crime victim compensation application": x_victim, "travel reimbursement request": x_travel,
    "specialty pharmacy courier delivery log": x_courier, "after-hours nurse advice line call": x_nurseline, "caregiver text message summary": x_texts,
    "patient portal account recovery ticket": x_portal, "home visit safety pre-screen call": x_previsit, "payment plan enrollment call": x_payplan,
    "teleradiology preliminary read": x_telerad, "outside imaging request": x_outside, "incidental finding follow-up tracking note": x_incidental,
    "radiology addendum and result communication record": x_addendum,
}
assert set(TYPE_EXTRAS) == set(BODIES)


# ---------------------------------------------------------------- the type's own words (no identifiers)
# (formal/dictated sentences, terse/form fragments, the family's words); a few of these are added to each note so that the
# identifiers sit in ordinary text of the kind the type has.

def _k(kind: str, s: str):
    return lambda: K(kind, s)


PROSE = {
    "housing assistance application": (
        ["Barriers include a prior eviction and no credit history.", "The household meets the income limit at 30% of area median income.",
         "Reasonable accommodation was requested for a ground-floor unit because of {dx}.", "The applicant prefers a unit near the bus line.",
         "Plan: submit the packet, follow up on the inspection, and check the waitlist position weekly.",
         "Documents still needed: birth certificates for the children and the last two pay stubs."],
        ["Barriers: prior eviction, no credit.", "Income <30% AMI.", "Needs 1st-floor unit ({dx}).", "Plan: packet in, f/u insp, WL check q wk."],
        ["we been sleeping in the car some nights", "i can pay something but not the whole deposit", "please hurry the kids start school soon"]),
    "utility shut-off protection certificate": (
        ["Loss of electricity would leave the equipment without power overnight.", "The certificate is valid for 30 days and may be renewed once.",
         "The patient was advised to keep the backup tanks full and to call 911 if the power fails.", "{dx} is documented in the problem list.",
         "A copy was given to the patient for the landlord.", "The balance must still be paid; the hold only prevents disconnection."],
        ["Cert valid 30d, renewable x1.", "Backup O2 tanks x2 on hand.", "Dx on problem list: {dx}.", "Copy to pt."],
        ["the machine beeps when the power flickers", "we cant be without lights, he uses it every night", "i will pay when the check comes on the 3rd"]),
    "hospital charity care application": (
        ["The application covers all open balances from the last six months.", "Income was verified with bank statements and an award letter.",
         "Assets are below the limit; the vehicle is excluded.", "The patient was told that collection activity is paused while the application is reviewed.",
         "A decision letter will be mailed within 30 days.", "Medicaid screening was negative because of the income."],
        ["Covers all open bals, 6 mo.", "Inc verified w/ bank stmts.", "Collections paused.", "Decision ltr 30d."],
        ["i lost my job in march", "i dont have a bank account just a prepaid card", "the letters scare my mom"]),
    "community health worker outreach log": (
        ["Goals set together: keep the next appointment, pick up the inhaler refill, and apply for the food program.",
         "Transportation is the main barrier; the bus does not run on weekends.", "The patient agreed to a text reminder the day before visits.",
         "{dx} education given in plain language with teach-back.", "No safety concerns were raised.", "Will attempt again next week if no contact."],
        ["Goals: keep appt, refill, food program.", "Barrier: transport (no wknd bus).", "Text reminders OK.", "Ed: {dx}, teach-back done."],
        ["i forgot the appointment because my phone was off", "ok text me before", "i need help with the food thing too"]),
    "lost-to-follow-up tracing note": (
        ["The patient had abnormal results that require follow-up.", "All tracing steps followed the clinic's policy and no information was disclosed.",
         "Messages left asked only for a call back, without details.", "The case will be closed as lost to follow-up after three more attempts.",
         "{dx} remains untreated since the last visit.", "A certified letter is the last step before closure."],
        ["Abnl results need f/u.", "No PHI left on VM.", "Close as LTFU after 3 more tries.", "Untreated: {dx}."],
        ["she moves around a lot", "he dont have a phone right now", "tell them she is ok"]),
    "patient identity verification note": (
        ["Two identifiers were confirmed before any records were released.", "The photo matched the patient at the desk.",
         "The alias was added so that old records link to the chart.", "Insurance eligibility was re-run with the corrected name.",
         "No signs of identity theft were found.", "The patient was asked to bring a second document at the next visit."],
        ["2 identifiers confirmed.", "Photo matches.", "Alias added, elig re-run.", "No ID theft concern."],
        ["it's always been spelled like that", "the dmv made a mistake on the card", "i changed my name when i got married"]),
    "medical-legal partnership referral": (
        ["The health problem is made worse by the housing conditions.", "Consent to share information with the legal partner was signed.",
         "The landlord has not answered written repair requests.", "Legal aid will review the lease and the notices.",
         "The clinic can provide a letter documenting {dx}.", "The client understands that legal aid is free and separate from the clinic."],
        ["Consent to share signed.", "LL not responding to repair reqs.", "Letter re {dx} available.", "Lease + notices to legal."],
        ["the mold is all in the bathroom", "he keeps saying he will fix it", "we paid every month"]),
    "domestic violence shelter placement note": (
        ["Safety planning was completed, including a code word with the advocate.", "The location of the shelter is not recorded in this note.",
         "No information may be released to anyone who calls asking for the patient.", "Injuries were photographed with consent.",
         "Follow-up for {dx} was arranged at a clinic across town.", "The children are with the patient and are safe."],
        ["Safety plan done, code word set.", "Shelter location NOT recorded.", "No info release.", "Photos w/ consent."],
        ["i dont want him to know where we are", "the kids are ok", "please only use the new number"]),
    "street medicine outreach note": (
        ["Seen in the field with consent.", "Wounds dressed and supplies left for two days.", "Offered shelter; declined tonight but took a blanket.",
         "{dx} discussed; will bring the medication on the next round.", "Naloxone kit and fentanyl test strips given.",
         "Plan: return Thursday, bring socks and the replacement ID form."],
        ["Seen in field, consent.", "Dressings + supplies x2d.", "Declined shelter.", "Naloxone given.", "Dx {dx}."],
        ["i dont like the shelter, people steal", "my feet hurt all the time", "you got socks?"]),
    "public benefits application assistance note": (
        ["The household was screened for all programs at once.", "Interview dates were written on a card for the client.",
         "Documents uploaded: ID, lease, pay stubs.", "The client has {dx} and may qualify for disability.",
         "Appeal rights were explained for the denied application.", "Next step is the phone interview."],
        ["Screened all programs.", "Docs uploaded: ID, lease, stubs.", "Dx {dx}, may qualify SSI.", "Appeal rights explained."],
        ["i dont understand the letter", "the website kept kicking me out", "what else do they need from me"]),
    "reentry transition care note": (
        ["Released without medications; a bridge supply was arranged.", "Medicaid was suspended during incarceration and has been reinstated.",
         "The patient has {dx} and needs a primary care appointment within a week.", "Check-ins are weekly for now.",
         "No housing barriers at the transitional residence.", "Overdose risk was discussed; naloxone given."],
        ["Released w/o meds; bridge arranged.", "Medicaid reinstated.", "PCP appt within 1 wk ({dx}).", "Naloxone given."],
        ["i just want to do right this time", "they gave me a bag and a bus ticket", "i need my meds"]),
    "medical respite admission note": (
        ["The patient is independent with transfers and can manage his or her own medication with set-up.",
         "House rules reviewed and signed.", "{wound} requires daily dressing changes.", "Expected length of stay is two to three weeks.",
         "Goal: heal the wound and move into housing.", "No active substance use reported; offered support if needed."],
        ["Indep w/ transfers.", "Rules signed.", "{wound}: daily dsg.", "LOS 2-3 wk.", "Goal: heal + housing."],
        ["thank you for the bed", "i can do my own dressing if you show me", "i dont want to go back outside"]),
    "crime victim compensation application": (
        ["Eligible expenses were reviewed with the victim.", "The application must be filed within one year of the crime.",
         "Counseling sessions are covered once the claim is approved.", "The victim has {dx} related to the assault.",
         "Copies of bills and the police report are attached.", "The victim was told that compensation is the payer of last resort."],
        ["Eligible expenses reviewed.", "File within 1 yr.", "Counseling covered if approved.", "Dx {dx}."],
        ["i still cant sleep", "i missed two weeks of work", "the bills keep coming"]),
    "travel reimbursement request": (
        ["Mileage is paid at the program rate for the shortest route.", "Receipts for lodging and parking are attached.",
         "Meals are not reimbursed.", "The patient is in active treatment for {dx}.", "Reimbursement is mailed or deposited within 14 days.",
         "Trips must be to in-network appointments."],
        ["Mileage at program rate.", "Receipts attached.", "No meals.", "Active tx: {dx}."],
        ["gas is killing us", "we left at 4 in the morning", "the motel was the cheapest one"]),
    "specialty pharmacy courier delivery log": (
        ["Package requires refrigeration and signature on delivery.", "Temperature log within range for the whole route.",
         "The patient was reminded to refrigerate the medication on arrival.", "Delivery instructions updated in the profile.",
         "No signs of tampering.", "Next shipment will be sent two days earlier."],
        ["Refrig + signature req.", "Temp in range.", "Instr updated.", "No tampering."],
        ["i work days so nobody is home", "leave it with the neighbor next time", "it has to go in the fridge right?"]),
    "after-hours nurse advice line call": (
        ["Red-flag symptoms were reviewed and denied.", "Caller verbalized understanding of the disposition.",
         "Advised to call back or go to the emergency department if symptoms worsen.", "History of {dx} noted.",
         "Medication list reviewed with the caller.", "Call lasted about twelve minutes."],
        ["Red flags denied.", "Caller verbalized understanding.", "CB/ED if worse.", "Hx {dx}."],
        ["i didnt know who else to call", "should we go in or wait", "ok we'll watch him tonight"]),
    "caregiver text message summary": (
        ["Texting consent is on file for the caregiver.", "No clinical advice was given by text; calls were offered.",
         "The thread is summarized here and the full text is in the messaging system.", "Caregiver is coordinating care for {dx}."],
        ["Text consent on file.", "No clinical advice by text.", "CG coordinating care ({dx})."],
        ["sorry for all the texts", "easier to text at work", "thank you so much"]),
    "patient portal account recovery ticket": (
        ["Identity proofing was completed before any change.", "Multi-factor codes were reset.", "The patient was told not to share the code.",
         "A confirmation e-mail was sent to the new address.", "Proxy access requires a signed form.", "Ticket closed after a test login."],
        ["ID proofing done.", "MFA reset.", "Confirm email sent.", "Test login OK, closed."],
        ["i just want to see my results", "i forgot the password again", "my daughter usually does this for me"]),
    "home visit safety pre-screen call": (
        ["Safety questions were asked before scheduling the visit.", "The patient agreed that pets will be secured during the visit.",
         "No firearms will be out during the visit.", "The road is passable in a car; no four-wheel drive needed.",
         "The nurse will go with a second staff member.", "The patient has {dx} and is homebound."],
        ["Safety screen done.", "Pets secured for visit.", "Road OK for car.", "Homebound ({dx})."],
        ["the dogs dont bite", "come in the back, the front steps are broke", "call when you turn off the highway"]),
    "payment plan enrollment call": (
        ["The plan is interest-free.", "Missing two payments returns the balance to collections.", "The patient was offered a financial assistance application.",
         "Statements will continue monthly.", "The first payment is due on the 15th.", "No credit check is needed."],
        ["Interest-free.", "2 missed = collections.", "FAP offered.", "1st pmt due 15th."],
        ["i can do a little every month", "i dont want it on my credit", "can i change the date later"]),
    "teleradiology preliminary read": (
        ["This is a preliminary interpretation; the final report may differ.", "Images reviewed on the remote workstation.",
         "Technique: standard departmental protocol.", "No acute intracranial hemorrhage.", "Lines and tubes in expected position.",
         "Clinical history: {dx}."],
        ["PRELIM — final may differ.", "Std protocol.", "No acute bleed.", "Hx: {dx}."],
        []),
    "outside imaging request": (
        ["The outside images are needed for comparison before the procedure.", "Push to the PACS is preferred over a CD.",
         "A signed release accompanies the request.", "The outside reports should be faxed with the images.",
         "The patient has {dx}.", "Please include all prior studies from the last three years."],
        ["Needed for comparison pre-proc.", "PACS push preferred.", "Release attached.", "Dx: {dx}."],
        ["i had the scans at the other place", "can i just bring the disc", "they said it takes a week"]),
    "incidental finding follow-up tracking note": (
        ["The finding was not related to the reason for the scan.", "Follow-up imaging is recommended by the radiologist.",
         "The patient has not responded to two letters.", "The primary care office agreed to address it at the next visit.",
         "Risk factors: smoking history and {dx}.", "Tracking will close when the follow-up study is done."],
        ["Incidental, unrelated to indication.", "F/u imaging rec.", "No response to 2 letters.", "RF: smoking, {dx}."],
        ["nobody told me about a spot", "i moved so i didnt get the letter", "is it cancer"]),
    "radiology addendum and result communication record": (
        ["The addendum changes the impression.", "Communication was documented as required for a significant unexpected finding.",
         "The ordering clinician accepted responsibility for follow-up.", "No change to the technique section.",
         "History: {dx}.", "The final report is available in the chart."],
        ["Addendum changes impression.", "Communication documented.", "Ordering clinician accepts f/u.", "Hx: {dx}."],
        []),
}


WOUNDS = ["Cellulitis of the left leg", "The diabetic foot ulcer", "Frostbite of both feet", "The surgical wound", "The venous stasis ulcer"]
GENERIC_PROSE = (
    ["The plan was reviewed and questions were answered.", "Time spent: about 25 minutes, most of it coordinating care.",
     "No interpreter was needed; the conversation was in English.", "The patient agreed with the plan.",
     "Consent to contact the people listed was confirmed.", "This note will be routed to the care team.",
     "A copy of the paperwork was kept in the scanned documents.", "Follow-up in one week, sooner if anything changes.",
     "The office moved to the 3rd floor; the elevator is by the east doors.", "Next visit in room 4 of the 2nd-floor clinic at 1430."],
    ["Pt agrees w/ plan.", "F/u 1 wk.", "Time 20 min.", "Routed to team.", "Consent to contact confirmed.", "Copy scanned.",
     "Will update.", "No further needs today.", "Pt aware.", "Docs in media tab."],
    ["thank you for helping", "sorry my english is not good", "i will call back tomorrow", "please call in the afternoon",
     "i dont check email much", "god bless"])


def prose(c: C) -> str:
    """One sentence of the type's own text in the hand (with a diagnosis kept where the sentence has one)."""
    r = c.rng
    formal, terse, family = PROSE[c.ntype]
    h = c.hand
    pool = family if h == "family" and family else terse if h in ("terse", "form", "table") else formal
    free = [x for x in pool if x not in c.prose_used]
    if not free and c.generic_prose < 2:
        c.generic_prose += 1
        g = GENERIC_PROSE[2 if h == "family" else 1 if h in ("terse", "form", "table") else 0]
        free = [x for x in g if x not in c.prose_used]
    if not free:
        return ""
    s = r.choice(free)
    c.prose_used.add(s)
    if "{wound}" in s:
        s = s.replace("{wound}", K("diagnosis", r.choice(WOUNDS)))
    if "{dx}" in s:
        s = s.replace("{dx}", K("diagnosis", r.choice(DX)) if r.random() < 0.7 else K("eponym", r.choice(EPONYMS)))
    return s


def blk_prose(c: C) -> str:
    r = c.rng
    n = r.choice([2, 2, 3])
    out = [p for p in (prose(c) for _ in range(n)) if p]
    if not out:
        return ""
    sep = "\n" if c.hand in ("form", "table") else " "
    return sep.join(out) + "\n"


# ---------------------------------------------------------------- radiology blocks

def blk_rad_comm(c: C) -> str:
    r = c.rng
    a = c.clin("ordering clinician", r.choice(["MD", "DO", "NP", "PA-C"]), team=False)
    n = c.clin("receiving nurse", "RN")
    pg = Phone(r)
    t1, t2 = colon(r), colon(r)
    h = c.hand
    forms = [f"Results called to {c.nm(n)}, RN, at {t1}; read back and verified.",
             f"Discussed with {c.doc(a)} at {t2} by phone ({c.tel(pg, special=False)}).",
             f"Paged {c.doc(a)} at {c.tel_lab(pg, 'pager')} at {t1}; no callback, then reached {c.nm(n, 'given')} at the nurses' station.",
             f"Left a message with the answering service for {c.doc(a)} at {c.tel(Phone(r), special=False)} at {t2}."]
    r.shuffle(forms)
    if h in ("terse", "table", "form"):
        return f"COMM: {c.nm(n, 'init')} RN {t1} RB; {c.doc(a)} {c.tel(pg, special=False)} {t2}\n"
    return " ".join(forms[:2]) + "\n"


def blk_rad_prior(c: C) -> str:
    r = c.rng
    fac = r.choice(IMAGING)
    fa = c.make_addr(town=c.town(), unit_p=0.6)
    acc = P("OTHER_ID", oid_case(r, "accession", c.vdate.year - r.randint(1, 3)))
    ex = r.choice(RAD_EXAMS)[0]
    h = c.hand
    if h in ("terse", "table", "form"):
        return f"Prior: {ex} {c.D(c.days(-r.randint(100, 900)))} @ {fac} ({P('CITY', fa.city)}), acc {acc}; rpt faxed from {P('FAX', Phone(r).fmt('dash'))}.\n"
    return (f"Prior {ex} from {c.D(c.days(-r.randint(100, 900)), full=True)} was performed at {fac}, {c.addr(fa, 'inline')} "
            f"(accession {acc}); the outside report was faxed from {P('FAX', Phone(r).fmt('paren'))}.\n")


def blk_rad_staff(c: C) -> str:
    r = c.rng
    t = c.clin("technologist", "RT(R)")
    rd = c.clin("radiologist", "MD")
    h = c.hand
    if h in ("terse", "table", "form"):
        return f"Tech: {c.nm(t, 'initials')} ({c.nm(t, 'Fg')}, {prof_lic(c, t)}). Read: {c.nm(rd, 'init')}, {P('CITY', c.town()[0])}.\n"
    return (f"Technologist: {c.nm(t)}, RT(R) ({c.nm(t, 'initials')}); read by {c.nm(rd)}, MD, "
            f"who reviewed the images from {P('CITY', c.town()[0])}.\n")


def blk_rad_device(c: C) -> str:
    r = c.rng
    dev = r.choice([("pacemaker", "PM" + alnum(r, 8)), ("ICD", alnum(r, 3, UPPER) + digits(r, 6)), ("programmable VP shunt", "VPS-" + digits(r, 6)),
                    ("implanted port", "PT" + digits(r, 8)), ("cochlear implant", "CI" + digits(r, 7)), ("insulin pump", "IP" + alnum(r, 8))])
    return (f"{cap(dev[0])} present, serial {P('DEVICE', dev[1])}; {r.choice(['MR-conditional per the card', 'checked by the device rep', 'reprogrammed after the scan'])}. "
            f"Scanner: {r.choice(['CT2', 'MR1 (1.5T)', 'CT-ED', 'Portable DR-3'])}.\n")


def blk_rad_patient(c: C) -> str:
    r = c.rng
    h = c.hand
    if h in ("terse", "table", "form"):
        return f"Pt notification: ltr to {c.addr(c.home, 'nocomma')}; {c.tel_lab(c.cell, 'cell')}.\n"
    return f"A results letter was mailed to {c.addr(c.home)}, and the patient was called at {c.tel(c.cell)}.\n"


RAD_BLOCKS = [blk_rad_comm, blk_rad_prior, blk_rad_staff, blk_rad_device, blk_rad_patient]
BLOCK_TAGS.update({blk_rad_comm: {"PROVIDER_NAME", "PHONE"}, blk_rad_prior: {"OTHER_ID", "ADDRESS", "CITY"},
                   blk_rad_staff: {"PROVIDER_NAME", "LICENSE", "CITY"}, blk_rad_device: set(), blk_rad_patient: {"ADDRESS", "CITY", "PHONE"}})
ALL_BLOCKS = BLOCKS + RAD_BLOCKS
_KEEPB = set(KEEP_BLOCKS)
_SOCIAL = set(BLOCKS)
TYPE_BLOCKS = {t: _SOCIAL for t in BODIES}
TYPE_BLOCKS.update({
    "domestic violence shelter placement note": _SOCIAL - {blk_directions},
    "specialty pharmacy courier delivery log": {blk_contacts, blk_calls, blk_message, blk_staff, blk_cases, blk_accounts, blk_addr_hist,
                                                blk_directions, blk_places, blk_ids} | _KEEPB,
    "after-hours nurse advice line call": {blk_contacts, blk_calls, blk_message, blk_staff, blk_prof, blk_cases, blk_addr_hist, blk_places,
                                           blk_abroad, blk_accounts, blk_ids} | _KEEPB,
    "caregiver text message summary": {blk_contacts, blk_calls, blk_message, blk_staff, blk_cases, blk_places, blk_abroad, blk_addr_hist,
                                       blk_household, blk_accounts, blk_ids, blk_prof} | _KEEPB,
    "patient portal account recovery ticket": {blk_ids, blk_accounts, blk_contacts, blk_calls, blk_message, blk_cases, blk_addr_hist,
                                               blk_abroad, blk_staff, blk_prof} | _KEEPB,
    "home visit safety pre-screen call": {blk_directions, blk_contacts, blk_calls, blk_household, blk_places, blk_addr_hist, blk_staff,
                                          blk_cases, blk_accounts, blk_ids, blk_prof} | _KEEPB,
    "payment plan enrollment call": {blk_accounts, blk_ids, blk_addr_hist, blk_contacts, blk_calls, blk_employer, blk_household, blk_cases,
                                     blk_staff, blk_prof} | _KEEPB,
})
for _t in RADIOLOGY:
    TYPE_BLOCKS[_t] = set(RAD_BLOCKS) | {blk_staff, blk_prof, blk_calls, blk_contacts, blk_cases, blk_accounts, blk_ids, blk_abroad} | _KEEPB
