"""Note templates, pools and identifier makers of the tune7 split (see generate_tune7.py).

Written from tests/deid-eval/README.md and score.py only. Every person, place, number and
date here is invented. Templates return marked-up text: P(category, text) marks a PHI span
and K(kind, text) a span to keep; generate_tune7.parse() turns the marks into offsets.
Python 3.11, standard library only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# ============================================================================ mark-up


def P(cat: str, s: str) -> str:
    return f"\x02{cat}\x1f{s}\x03"


def K(kind: str, s: str) -> str:
    return f"\x04{kind}\x1f{s}\x05"


def W(s: str) -> str:
    """Ordinary-word use of a word that is also a name or a town in the note."""
    return K("word", s)


def E(s: str) -> str:
    return K("eponym", s)


def DR(s: str) -> str:
    return K("drug", s)


def LB(s: str) -> str:
    return K("lab", s)


def VT(s: str) -> str:
    return K("vital", s)


def CD(s: str) -> str:
    return K("code", s)


def SC(s: str) -> str:
    return K("score", s)


def AB(s: str) -> str:
    return K("abbreviation", s)


def DX(s: str) -> str:
    return K("diagnosis", s)


def strip_marks(s: str) -> str:
    return re.sub(r"[\x02\x04][^\x1f]*\x1f", "", s).replace("\x03", "").replace("\x05", "")


# ============================================================================ people pools
# (given, family, sex).  Pools are the tune7 split's own.

US_F = ["Marisol", "Tamika", "Brenda", "Latoya", "Shanice", "Deborah", "Colleen", "Rhonda", "Yesenia",
        "Guadalupe", "Imani", "Bethany", "Lorraine", "Marcy", "Tabitha", "Roxanne", "Juanita", "Leticia",
        "Darlene", "Trudy", "Noreen", "Octavia", "Priscilla", "Rosalind", "Yolanda", "Lucinda",
        "Marguerite", "Henrietta", "Philippa", "Annabel", "Jolene", "Maribel", "Zelda", "Tanisha",
        "Kimberly", "Shelby", "Alondra", "Danielle", "Keisha", "Raquel", "Serenity", "Jazmin", "Brianna"]
US_M = ["Dwayne", "Rodney", "Terrence", "Cornelius", "Alvin", "Desmond", "Jerome", "Lamar", "Reginald",
        "Wendell", "Virgil", "Darnell", "Tyrone", "Marquis", "Dante", "Ezekiel", "Thaddeus", "Barnaby",
        "Cyrus", "Leland", "Truett", "Emmett", "Ansel", "Lyle", "Vernon", "Luther", "Rufus", "Jethro",
        "Zebulon", "Kendrick", "Treyvon", "Brantley", "Colton", "Jaxon", "Dominic", "Quentin", "Roderick"]
OLD_F = ["Mildred", "Eunice", "Thelma", "Verna", "Gladys", "Bernice", "Ethel", "Lucille", "Beulah", "Hattie",
         "Minnie", "Edna", "Wilma", "Imogene", "Velma", "Alma", "Inez", "Loretta", "Nadine", "Ardith",
         "Lavina", "Zella", "Orpha", "Ozella"]
OLD_M = ["Elmer", "Homer", "Otis", "Clarence", "Harold", "Floyd", "Lloyd", "Chester", "Herbert", "Leroy",
         "Mervin", "Orville", "Wilbur", "Delbert", "Elroy", "Merle", "Sylvester", "Amos", "Ferris", "Lowell",
         "Alton", "Arlo"]
US_FAM = ["Pemberton", "Castellanos", "Delacroix", "Fairbanks", "Gallagher", "Hollingsworth", "Kirkland",
          "Lockhart", "Mayweather", "Northcutt", "Ostrander", "Pettigrew", "Quarles", "Rutledge",
          "Satterfield", "Thibodeaux", "Underhill", "Vanderpool", "Wainwright", "Yarbrough", "Abernathy",
          "Blankenship", "Cavanaugh", "Dunleavy", "Esposito", "Fenwick", "Gutierrez", "Hargrove", "Jaramillo",
          "Kilgore", "Lindqvist", "Montoya", "Oyelaran", "Pruitt", "Stallworth", "Tolliver", "Upchurch",
          "Villarreal", "Whitfield", "Yancey", "Ziegler", "Broussard", "Crenshaw", "Dorsey", "Eubanks",
          "Fontenot", "Galloway", "Hutchins", "Isaacson", "Jernigan", "Kowalski", "Ledford", "McQuillan",
          "Odom", "Pacheco", "Quintanilla", "Riggins", "Sandoval", "Tidwell", "Urquhart", "Vasquez",
          "Witherspoon", "Yoder", "Zamora", "Mbeki-Larson", "Okafor-Reyes", "Haddad", "Nakagawa",
          "Szymanski", "Ferreira", "Bautista", "Ivanova", "Papadakis", "Rahimi", "Achterberg"]

# new Latin-script languages (diacritics, particles, family-name-first handled by order)
WORLD = [
    # (given, family, sex, lang)
    ("Rūta", "Kazlauskienė", "F", "lt"), ("Gintarė", "Žemaitytė", "F", "lt"), ("Vytautas", "Jonaitis", "M", "lt"),
    ("Dovydas", "Paulauskas", "M", "lt"), ("Līga", "Ozoliņa", "F", "lv"), ("Jānis", "Bērziņš", "M", "lv"),
    ("Kārlis", "Kalniņš", "M", "lv"), ("Ioana", "Ștefănescu", "F", "ro"), ("Mădălina", "Vlădescu", "F", "ro"),
    ("Ștefan", "Țurcanu", "M", "ro"), ("Răzvan", "Munteanu", "M", "ro"), ("Ġorġina", "Xuereb", "F", "mt"),
    ("Ċensu", "Mifsud", "M", "mt"), ("Pawlu", "Ħabib", "M", "mt"), ("Đorđe", "Petrović", "M", "hr"),
    ("Ljiljana", "Šarić", "F", "hr"), ("Dragica", "Knežević", "F", "hr"), ("Ľubomír", "Hruška", "M", "sk"),
    ("Zuzana", "Ďuricová", "F", "sk"), ("Arbër", "Çela", "M", "sq"), ("Mimoza", "Krasniqi", "F", "sq"),
    ("Drita", "Hoxha", "F", "sq"), ("Gülnarə", "Hüseynova", "F", "az"), ("Rəşad", "Məmmədov", "M", "az"),
    ("Aynur", "Əliyeva", "F", "az"), ("Jógvan", "við Á", "M", "fo"), ("Rannvá", "Joensen", "F", "fo"),
    ("Bárður", "Dalsgaard", "M", "fo"), ("Ọbiageli", "Ọkọnkwọ", "F", "ig"), ("Chịọma", "Nwọsu", "F", "ig"),
    ("Ụchenna", "Ezeọkafọ", "M", "ig"), ("Ɗanlami", "Yakubu", "M", "ha"), ("Hauwa", "Ɗanbaba", "F", "ha"),
    ("Ƙasimu", "Bello", "M", "ha"), ("Ousmane", "Ndiaye", "M", "wo"), ("Khady", "Sène", "F", "wo"),
    ("Hêvî", "Zana", "F", "ku"), ("Rêbaz", "Xoşnaw", "M", "ku"), ("Arasy", "Benítez Ocampos", "F", "gn"),
    ("Yvoty", "Giménez", "F", "gn"), ("Leota", "Fa'amausili", "M", "sm"), ("Siaosi", "Tuiasosopo", "M", "sm"),
    ("Malia", "Faleolo", "F", "sm"), ("Mele", "Fīfita", "F", "to"), ("Sione", "Vaipulu", "M", "to"),
    ("Aoife", "Ní Bhriain", "F", "ga"), ("Siobhán", "Ní Dhomhnaill", "F", "ga"), ("Cathal", "Ó Conaill", "M", "ga"),
    ("Carmela", "Dell'Acqua", "F", "it"), ("Salvatore", "Lo Presti", "M", "it"), ("Graziella", "Di Giacomo", "F", "it"),
    ("Femke", "ter Haar", "F", "nl"), ("Joost", "van den Heuvel", "M", "nl"),
    ("Conceição", "dos Santos Ferreira", "F", "pt"), ("Refugio", "del Río Carrasco", "F", "es"),
    ("María de la Luz", "Ochoa Ibarra", "F", "es"), ("Xóchitl", "Cuauhtli Romero", "F", "es"),
    ("Wojciech", "Brzęczyszczykiewicz", "M", "pl"), ("Małgorzata", "Wójcik-Zając", "F", "pl"),
    ("Eun-ji", "Baek", "F", "ko-r"), ("Thandeka", "Mahlangu", "F", "zu"), ("Nomvula", "Dlamini-Khoza", "F", "zu"),
    ("Tavita", "Mauga", "M", "sm"), ("Iolana", "Kahananui", "F", "haw"), ("Björk", "Sigurðardóttir", "F", "is"),
    ("Jean-Baptiste", "N'Diaye", "M", "fr"), ("Anne-Sophie", "Le Goff", "F", "fr"), ("Yusuf", "al-Rashidi", "M", "ar"),
    ("Shirin", "Tehrani", "F", "fa"), ("Kourosh", "Farahani", "M", "fa"), ("Eleni", "Kouroupi", "F", "el"),
    ("Neema", "Mwangi", "F", "sw"), ("Baraka", "Otieno", "M", "sw"), ("Siriporn", "Chaiyasit", "F", "th"),
    ("Siti", "Rahayu", "F", "id"), ("Agus", "Setiawan", "M", "id"), ("Ebba", "Lindholm", "F", "sv"),
    ("Kenta", "Watanabe", "M", "ja-r"), ("Mariam", "Abdelrahman", "F", "ar"), ("Tomáš", "Dvořák", "M", "cs"),
]

# names written in their own script beside the romanisation: (given, family, sex, script, lang, order)
SCRIPTED = [
    ("Aygül", "Tursun", "F", "ئايگۈل تۇرسۇن", "ug", "gf"),
    ("Ablikim", "Memet", "M", "ئابلىكىم مەمەت", "ug", "gf"),
    ("Mihrigül", "Ehmet", "F", "مىھرىگۈل ئەخمەت", "ug", "gf"),
    ("Aishath", "Shiuna", "F", "އައިޝަތު ޝިއުނާ", "dv", "gf"),
    ("Mohamed", "Naseem", "M", "މުޙައްމަދު ނަސީމް", "dv", "gf"),
    ("Fathimath", "Raisha", "F", "ފާޠިމަތު ރައިޝާ", "dv", "gf"),
    ("Priyanka", "Mohanty", "F", "ପ୍ରିୟଙ୍କା ମହାନ୍ତି", "or", "gf"),
    ("Debasish", "Sahoo", "M", "ଦେବାଶିଷ ସାହୁ", "or", "gf"),
    ("Sasmita", "Behera", "F", "ସସ୍ମିତା ବେହେରା", "or", "gf"),
    ("Ahyoka", "Fourkiller", "F", "ᎠᏲᎧ", "chr", "gf"),
    ("Tsali", "Walkingstick", "M", "ᏣᎵ", "chr", "gf"),
    ("Elisapee", "Kilabuk", "F", "ᐃᓕᓴᐱ ᕿᓚᐳᒃ", "iu", "gf"),
    ("Lucassie", "Nakashuk", "M", "ᓘᑳᓯ ᓇᑲᓱᒃ", "iu", "gf"),
    ("Annie", "Pitsiulak", "F", "ᐋᓂ ᐱᑦᓯᐅᓛᒃ", "iu", "gf"),
    ("Tilelli", "Aït Lhaj", "F", "ⵜⵉⵍⴻⵍⵍⵉ ⴰⵢⵜ ⵍⵃⴰⵊ", "zgh", "gf"),
    ("Amastan", "Oubella", "M", "ⴰⵎⴰⵙⵜⴰⵏ ⵓⴱⴻⵍⵍⴰ", "zgh", "gf"),
    ("Mamadou", "Keita", "M", "ߡߊߡߊߘߎ ߞߋߕߊ", "nqo", "gf"),
    ("Fanta", "Diabaté", "F", "ߝߊ߲ߕߊ ߖߊߓߊߕߋ", "nqo", "gf"),
    ("Lìhuá", "Yáng", "F", "杨丽华", "zh", "fg"),
    ("Jiànpíng", "Guō", "M", "郭建平", "zh", "fg"),
    ("Kenichi", "Satō", "M", "佐藤健一", "ja", "fg"),
    ("Yūko", "Nishimura", "F", "西村優子", "ja", "fg"),
    ("Thị Thu", "Trần", "F", "", "vi", "fg"),
    ("Văn Đức", "Phạm", "M", "", "vi", "fg"),
    ("Ji-hoon", "Shin", "M", "신지훈", "ko", "fg"),
    ("Seo-yeon", "Chin", "F", "진서연", "ko", "fg"),
]

PROV_F = ["Adaeze", "Ilse", "Soo-ah", "Mireille", "Beatriz", "Siobhan", "Kalinda", "Nkechi", "Henrike",
          "Parisa", "Roisin", "Oksana", "Temperance", "Lucía", "Anjali", "Magdalena", "Chiara", "Yetunde",
          "Rosalba", "Ingrid", "Hyun-joo", "Farida", "Noelani", "Daria", "Tereza", "Gwendolyn", "Esther"]
PROV_M = ["Rohan", "Tomasz", "Farhan", "Yusuf", "Hamid", "Augustin", "Kwame", "Matthias", "Santiago",
          "Viktor", "Bartholomew", "Oluwaseun", "Rafael", "Kenji", "Anders", "Ignatius", "Emeka", "Dmitri",
          "Alistair", "Prakash", "Leopold", "Joaquín", "Callum", "Tobias", "Nikolai", "Ramon"]
PROV_FAM = ["Nwachukwu", "Venkataraman", "Drechsler", "Wierzbicki", "Siddiqui", "Tchakounté", "Olmedo",
            "Karaca", "Rostami", "Abernethy-Cole", "Mensah", "Lindgren", "Haugland", "Castellví", "Bhattacharya",
            "Okonjo", "Fairweather", "Kuznetsova", "Ferrante", "Holmqvist", "Eichhorn", "Adeyemi", "Matsuda",
            "Quiñones", "Vukovic", "Ramaswamy", "Oduya", "Tremblay", "Sørensen", "Amoako", "Zielinski",
            "Kapoor", "Delgado-Ruiz", "Morrissey", "Achebe", "Valdés", "Pellegrino", "Gunawardena",
            "Novak", "Hosseini", "Ekström", "Marchetti", "Baptiste", "Yilmaz", "Chaudhry", "Brannigan"]

# word given names and word surnames, each used by the templates that also use the word
WORD_GIVEN = {
    "Drew": "F", "Pepper": "F", "Ruby": "F", "Dusty": "M", "Cherry": "F", "Candy": "F", "Hardy": "M",
    "Reed": "M", "Wade": "M", "Coral": "F", "Noble": "M", "Lucky": "M", "Royal": "M", "River": "M",
    "Clover": "F", "Bliss": "F",
}

# hospitals and agencies (not annotated; chosen so that no token is a person name or a town)
HOSPITALS = ["Tallgrass Regional Health", "Cobalt Bay Medical Center", "Northfork Community Hospital",
             "Bluestem Health System", "Larkfield Regional Medical Center", "Ironwood Valley Hospital",
             "Saltmarsh General", "Quarry Ridge Medical Center", "Granite Plains Health",
             "Copperleaf University Hospital", "Meadowlark Memorial Hospital", "Cedar Bluff Medical Center"]

IDN_MAIL = {"pl": "wp.pl", "cs": "seznam.cz", "lt": "one.lt", "lv": "inbox.lv", "ro": "yahoo.ro", "sk": "azet.sk",
            "hr": "net.hr", "az": "mail.az", "is": "simnet.is", "fo": "olivant.fo", "es": "telefonica.net", "pt": "sapo.pt",
            "sq": "abissnet.al", "mt": "onvol.net", "ga": "eircom.net", "el": "otenet.gr"}
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "comcast.net", "hotmail.com",
        "aol.com", "protonmail.com", "sbcglobal.net", "bellsouth.net", "charter.net", "frontier.com",
        "windstream.net", "ymail.com", "zoho.com", "cox.net", "verizon.net", "mac.com", "live.com"]

# ============================================================================ places

US_CITIES = [  # (city, state, zip prefix)
    ("Owensboro", "KY", "423"), ("Kalamazoo", "MI", "490"), ("Tuscaloosa", "AL", "354"), ("Pocatello", "ID", "832"),
    ("Bozeman", "MT", "597"), ("Kearney", "NE", "688"), ("Yakima", "WA", "989"), ("Dothan", "AL", "363"),
    ("Valdosta", "GA", "316"), ("Duluth", "MN", "558"), ("Joplin", "MO", "648"), ("Muncie", "IN", "473"),
    ("Altoona", "PA", "166"), ("Bangor", "ME", "044"), ("Missoula", "MT", "598"), ("Saginaw", "MI", "486"),
    ("Scottsbluff", "NE", "693"), ("Texarkana", "TX", "755"), ("Victorville", "CA", "923"),
    ("Wenatchee", "WA", "988"), ("Zanesville", "OH", "437"), ("Paducah", "KY", "420"), ("Natchez", "MS", "391"),
    ("Hattiesburg", "MS", "394"), ("Lufkin", "TX", "759"), ("Roswell", "NM", "882"), ("Gallup", "NM", "873"),
    ("Flagstaff", "AZ", "860"), ("Yuma", "AZ", "853"), ("Chico", "CA", "959"), ("Medford", "OR", "975"),
    ("Pendleton", "OR", "978"), ("Walla Walla", "WA", "993"), ("Twin Falls", "ID", "833"),
    ("Rock Springs", "WY", "829"), ("Casper", "WY", "826"), ("Minot", "ND", "587"), ("Salina", "KS", "674"),
    ("Enid", "OK", "737"), ("Ardmore", "OK", "734"), ("Shreveport", "LA", "711"), ("Houma", "LA", "703"),
    ("Gulfport", "MS", "395"), ("Tupelo", "MS", "388"), ("Statesboro", "GA", "304"), ("Rocky Mount", "NC", "278"),
    ("Goldsboro", "NC", "275"), ("Staunton", "VA", "244"), ("Hagerstown", "MD", "217"), ("Utica", "NY", "135"),
    ("Elmira", "NY", "149"), ("Oneonta", "NY", "138"), ("Plattsburgh", "NY", "129"), ("Rutland", "VT", "057"),
    ("Keene", "NH", "034"), ("Presque Isle", "ME", "047"), ("Chillicothe", "OH", "456"), ("Kokomo", "IN", "469"),
    ("Ottumwa", "IA", "525"), ("Mankato", "MN", "560"), ("Eau Claire", "WI", "547"), ("Hutchinson", "KS", "675"),
    ("Nacogdoches", "TX", "759"), ("Opelousas", "LA", "705"), ("Ponca City", "OK", "746"), ("Cookeville", "TN", "385"),
]
# towns that are words or eponyms: used by the templates that also use the word
WORD_TOWNS = {
    "Hygiene": ("CO", "805"), "Needles": ("CA", "923"), "Bath": ("ME", "045"), "Hazard": ("KY", "417"),
    "Hurt": ("VA", "245"), "Bowlegs": ("OK", "748"), "Pinch": ("WV", "250"), "Wink": ("TX", "797"),
    "Loving": ("NM", "882"), "Oblong": ("IL", "624"), "Marrowbone": ("KY", "426"), "Sandwich": ("IL", "605"),
    "Buffalo": ("NY", "142"), "Hamilton": ("OH", "450"), "Irving": ("TX", "750"), "Frankfort": ("KY", "406"),
    "Pittsburgh": ("PA", "152"), "Ann Arbor": ("MI", "481"), "Chicken": ("AK", "997"), "Story": ("WY", "828"),
    "Parkland": ("FL", "330"),
}
STREETS = ["Cobblestone", "Tamarack", "Wheelwright", "Bramblewood", "Foxglove", "Quartermile", "Sawgrass",
           "Thistledown", "Mockingbird", "Old Mill", "Chokecherry", "Persimmon", "Kingfisher", "Ridgecrest",
           "Millrace", "Bittersweet", "Hackberry", "Switchgrass", "Larkspur Hollow", "Tanglewood",
           "Butternut", "Ravenscroft", "Sassafras", "Windlass", "Copperhead", "Ironweed", "Sumac",
           "Shagbark", "Paw Paw", "Meridian Ridge", "Prairie Smoke", "Buckthorn", "Silverbell", "Lodgepole",
           "Cattail", "Bluegill", "Stonecrop", "Whippoorwill", "Yellowwood", "Wintergreen", "Catalpa"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Court", "Way",
          "Pl", "Place", "Blvd", "Ter", "Terrace", "Cir", "Circle", "Pkwy", "Trl", "Trail", "Run", "Loop",
          "Pass", "Xing", "Row", "Bend"]
DIRS = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West"]
STATES_FULL = {"KY": "Kentucky", "MI": "Michigan", "AL": "Alabama", "ID": "Idaho", "MT": "Montana", "NE": "Nebraska",
               "WA": "Washington", "GA": "Georgia", "MN": "Minnesota", "MO": "Missouri", "IN": "Indiana",
               "PA": "Pennsylvania", "ME": "Maine", "TX": "Texas", "CA": "California", "OH": "Ohio",
               "MS": "Mississippi", "NM": "New Mexico", "AZ": "Arizona", "OR": "Oregon", "WY": "Wyoming",
               "ND": "North Dakota", "KS": "Kansas", "OK": "Oklahoma", "LA": "Louisiana", "NC": "North Carolina",
               "VA": "Virginia", "MD": "Maryland", "NY": "New York", "VT": "Vermont", "NH": "New Hampshire",
               "IA": "Iowa", "WI": "Wisconsin", "TN": "Tennessee", "CO": "Colorado", "WV": "West Virginia",
               "IL": "Illinois", "AK": "Alaska", "FL": "Florida",
               "SD": "South Dakota"}
AREA = {"KY": ["270", "502", "606", "859"], "MI": ["269", "616", "989", "734"], "AL": ["205", "334", "256"],
        "ID": ["208", "986"], "MT": ["406"], "NE": ["308", "402"], "WA": ["509", "360"], "GA": ["229", "912", "706"],
        "MN": ["218", "507"], "MO": ["417", "573"], "IN": ["765", "574", "812"], "PA": ["814", "412", "570"],
        "ME": ["207"], "TX": ["903", "936", "432", "972"], "CA": ["760", "530", "442"], "OH": ["740", "513", "419"],
        "MS": ["601", "228", "662"], "NM": ["575", "505"], "AZ": ["928"], "OR": ["541", "458"], "WY": ["307"],
        "ND": ["701"], "KS": ["785", "620"], "OK": ["580", "918"], "LA": ["318", "985", "337"],
        "NC": ["252", "919", "910"], "VA": ["540", "434"], "MD": ["301", "240"], "NY": ["315", "607", "518", "716"],
        "VT": ["802"], "NH": ["603"], "IA": ["641", "319"], "WI": ["715", "608"], "TN": ["931", "615"],
        "CO": ["303", "720", "970"], "WV": ["304", "681"], "IL": ["217", "618", "630"], "AK": ["907"], "FL": ["954", "754"],
        "SD": ["605"]}

# ============================================================================ numbers in words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"]
ORD_TENS = {20: "twentieth", 30: "thirtieth"}


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + words(rest))


def ordinal_words(n: int) -> str:
    if n < 20:
        return ORD_ONES[n]
    if n % 10 == 0:
        return ORD_TENS[n]
    return TENS[n // 10] + "-" + ORD_ONES[n % 10]


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    return words(hi) + " " + ("oh-" + ONES[lo] if lo < 10 else words(lo))


def ordsfx(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# ============================================================================ dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FOREIGN_MONTHS = {
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo",
           "spalio", "lapkričio", "gruodžio"],
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"],
    "sq": ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor",
           "nëntor", "dhjetor"],
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
           "noyabr", "dekabr"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "mt": ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru", "Ottubru",
           "Novembru", "Diċembru"],
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
           "listopada", "studenoga", "prosinca"],
}
TH_MON = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def jalali(gy: int, gm: int, gd: int) -> tuple[int, int, int]:
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def ja_era(d: dt.date) -> str:
    for start, name in ((dt.date(2019, 5, 1), "令和"), (dt.date(1989, 1, 8), "平成"), (dt.date(1926, 12, 25), "昭和"),
                        (dt.date(1912, 7, 30), "大正")):
        if d >= start:
            y = d.year - start.year + 1
            return f"{name}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


def date_text(d: dt.date, style: str, r=None) -> tuple[str, str, str]:
    """(before, span, after): the span is the DATE; before/after are outside it."""
    y, m, dd = d.year, d.month, d.day
    wd = WEEKDAYS[d.weekday()]
    if style == "us":
        return "", f"{m:02d}/{dd:02d}/{y}", ""
    if style == "us_np":
        return "", f"{m}/{dd}/{y}", ""
    if style == "us_short":
        return "", f"{m}/{dd}/{y % 100:02d}", ""
    if style == "iso":
        return "", d.isoformat(), ""
    if style == "long":
        return "", f"{MONTHS[m - 1]} {dd}, {y}", ""
    if style == "abbr":
        return "", f"{MON3[m - 1]} {dd}, {y}", ""
    if style == "rfc":
        hh, mi, ss = r.randint(6, 22), r.randint(0, 59), r.randint(0, 59)
        zone = r.choice(["-0500", "-0600", "-0400", "-0700", "+0000"])
        return f"{wd[:3]}, ", f"{dd} {MON3[m - 1]} {y}", f" {hh:02d}:{mi:02d}:{ss:02d} {zone}"
    if style == "isoweek":
        iy, iw, idw = d.isocalendar()
        return "", f"{iy}-W{iw:02d}-{idw}", ""
    if style == "ordinal":
        return "", f"{y}-{d.timetuple().tm_yday:03d}", ""
    if style == "julian":
        return "", f"{y % 100:02d}{d.timetuple().tm_yday:03d}", ""
    if style == "dtg":
        hh, mi = r.randint(0, 23), r.randint(0, 59)
        return "", f"{dd:02d}{hh:02d}{mi:02d}Z{MON3[m - 1].upper()}{y % 100:02d}", ""
    if style == "yymmdd":
        return "", f"{y % 100:02d}{m:02d}{dd:02d}", ""
    if style == "ymd_np":
        return "", f"{y}/{m}/{dd}", ""
    if style == "dmy_short":
        return "", f"{dd}/{m}/{y % 100:02d}", ""
    if style == "mdot":
        return "", f"{MON3[m - 1]}. {dd}" if m != 5 else f"May {dd}", ""
    if style == "long_wd":
        return "", f"{MONTHS[m - 1]} {dd}, {y}", f" ({wd[:3]})"
    if style == "vi":
        return "ngày ", f"{dd} tháng {m} năm {y}", ""
    if style == "ar":
        return "", f"{dd:02d}/{m:02d}/{y}".translate(AR_DIG), ""
    if style == "fa":
        jy, jm, jd = jalali(y, m, dd)
        return "", f"{jy}/{jm:02d}/{jd:02d}".translate(FA_DIG), ""
    if style == "th":
        return "", f"{dd} {TH_MON[m - 1]} {y + 543}", ""
    if style in ("ro", "id", "sw", "el", "sq", "az", "sv", "mt"):
        mon = FOREIGN_MONTHS[style][m - 1]
        if style == "ro":
            return "", f"{dd} {mon} {y}", ""
        if style == "mt":
            return "", f"{dd} ta' {mon} {y}", ""
        return "", f"{dd} {mon} {y}", ""
    if style == "cs":
        return "", f"{dd}. {FOREIGN_MONTHS['cs'][m - 1]} {y}", ""
    if style == "hr":
        return "", f"{dd}. {FOREIGN_MONTHS['hr'][m - 1]} {y}.", ""
    if style == "lt":
        return "", f"{y} m. {FOREIGN_MONTHS['lt'][m - 1]} {dd} d.", ""
    if style == "lv":
        return "", f"{y}. gada {dd}. {FOREIGN_MONTHS['lv'][m - 1]}", ""
    if style == "ja_era":
        return "", ja_era(d), ""
    if style == "spoken":
        return "", f"{MONTHS[m - 1].lower()} {ordinal_words(dd)} {year_words(y)}", ""
    if style == "apos":
        return "", f"{MON3[m - 1]} {dd} '{y % 100:02d}", ""
    if style == "th_month":
        return "", f"{ordsfx(dd)} {MONTHS[m - 1]}", ""
    if style == "nbhy":
        return "", f"{dd:02d}\u2011{MON3[m - 1]}\u2011{y}", ""
    if style == "nbsp":
        return "", f"{MONTHS[m - 1]}\u00a0{dd},\u00a0{y}", ""
    if style == "isoz":
        hh, mi, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return "", f"{d.isoformat()}T{hh:02d}:{mi:02d}:{ss:02d}Z", ""
    if style == "mil":
        return "", f"{dd:02d}{MON3[m - 1].upper()}", ""
    if style == "epoch":
        hh, mi = r.randint(6, 21), r.randint(0, 59)
        return "", str(calendar.timegm((y, m, dd, hh, mi, r.randint(0, 59)))), ""
    if style == "slashdiv":
        return "", f"{m:02d}\u2215{dd:02d}\u2215{y}", ""
    if style == "dash_us":
        return "", f"{m:02d}-{dd:02d}-{y}", ""
    if style == "mon_d":
        return "", f"{MONTHS[m - 1]} {dd}", ""
    if style == "mdy_nocomma":
        return "", f"{MON3[m - 1].upper()} {dd:02d} {y}", ""
    if style == "d_mon_y":
        return "", f"{dd} {MON3[m - 1]} {y}", ""
    raise ValueError(style)


# ============================================================================ ages

AGE_LANG = {  # (before, unit after) — the span is number + unit unless noted
    "it": "anni", "sv": "år", "fi": "vuotta", "vi": "tuổi", "ar": "سنة", "hi": "साल", "th": "ปี", "cs": "let",
    "lt": "metai", "az": "yaş", "id": "tahun", "sq": "vjeç", "el": "ετών", "de_abbr": "J.", "es_abbr": "a.",
    "ro": "de ani", "mt": "sena",
}


def age_text(n: int, style: str) -> tuple[str, str, str]:
    """(before, span, after) for an age."""
    if style == "yo_dots":
        return "", f"{n} y.o.", ""
    if style == "yrs_mos":
        k = 1 + n % 11
        return "", f"{n} yrs {k} mo{'s' if k > 1 else ''}", ""
    if style == "years_and_months":
        k = 1 + n % 10
        return "", f"{n} years and {k} month{'s' if k > 1 else ''}", ""
    if style == "spelled_yo":
        return "", f"{words(n)} y/o", ""
    if style == "half":
        return "", f"{n}½ years", ""
    if style == "yo_hyph":
        return "", f"{n}-yo", ""
    if style == "y_slash_o":
        return "", f"{n}-y/o", ""
    if style == "year_old_poss":
        return "the ", f"{n}-year-old", "'s"
    if style == "bare":
        return "", f"{n}", ""
    if style == "arrow":
        return "→ ", f"{n}", ""
    if style == "sw":
        return "", f"miaka {n}", ""
    if style == "ar_digits":
        return "", f"{n}".translate(AR_DIG) + " سنة", ""
    if style in AGE_LANG:
        return "", f"{n} {AGE_LANG[style]}", ""
    if style == "yF":
        return "", f"{n}y", "F"
    if style == "spry":
        return "a spry ", f"{n}", ""
    if style == "shy":
        return "", f"{n}", " on her last birthday"
    if style == "plain_years":
        return "", f"{n} years", " old"
    raise ValueError(style)


AGE_STYLES_EN = ["yo_dots", "yrs_mos", "years_and_months", "spelled_yo", "half", "yo_hyph", "y_slash_o",
                 "bare", "plain_years"]
AGE_STYLES_FOREIGN = ["it", "sv", "fi", "vi", "ar", "hi", "th", "cs", "lt", "az", "id", "sq", "el", "ro", "sw",
                      "ar_digits", "de_abbr", "es_abbr", "mt"]

# ============================================================================ identifiers

VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = ["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "4T1", "1C4", "1GC", "JN1", "5NP", "2HK",
       "3GN", "1FM", "WVW", "KNA", "JM3", "4S4"]
VIN_YEAR = "DEFGHJKLMNPRS"  # 2013..2025


def vin_check(v: str) -> str:
    t = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if t == 10 else str(t)


def luhn_digit(s: str) -> str:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def cpf_digits(base: str) -> str:
    d = [int(c) for c in base]
    s1 = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
    d1 = 0 if s1 < 2 else 11 - s1
    d.append(d1)
    s2 = sum(x * w for x, w in zip(d, range(11, 1, -1))) % 11
    d2 = 0 if s2 < 2 else 11 - s2
    return f"{d1}{d2}"


# ============================================================================ people

class Person:
    def __init__(self, given: str, family: str, sex: str, cat: str = "NAME", middle: str = "",
                 script: str = "", order: str = "gf", nick: str = "", suffix: str = "", cred: str = "",
                 role: str = "", lang: str = "en"):
        self.given, self.family, self.sex, self.cat = given, family, sex, cat
        self.middle, self.script, self.order, self.nick = middle, script, order, nick
        self.suffix, self.cred, self.role, self.lang = suffix, cred, role, lang

    # --- plain strings
    @staticmethod
    def _c(s: str, case) -> str:
        return s.upper() if case == "upper" else s.lower() if case == "lower" else s

    @property
    def mi(self) -> str:
        return self.middle[:1] if self.middle else ""

    def name_str(self, mid: bool = False) -> str:
        m = [self.mi + "."] if mid and self.mi else []
        if self.order == "fg":
            return " ".join([self.family] + [self.given])
        return " ".join([self.given] + m + [self.family])

    # --- marked forms
    def full(self, case=None, mid=False) -> str:
        return P(self.cat, self._c(self.name_str(mid), case))

    def first(self, case=None) -> str:
        return P(self.cat, self._c(self.given, case))

    def last(self, case=None) -> str:
        return P(self.cat, self._c(self.family, case))

    def lf(self, case=None, mid=False, sep=", ") -> str:
        g = self.given + (" " + self.mi if mid and self.mi else "")
        return P(self.cat, self._c(self.family, case)) + sep + P(self.cat, self._c(g, case))

    def ini(self, case=None) -> str:
        if self.order == "fg":
            return P(self.cat, self._c(f"{self.family} {self.given[0]}.", case))
        return P(self.cat, self._c(f"{self.given[0]}. {self.family}", case))

    def initials(self, dots=False) -> str:
        letters = [self.given[0], *( [self.mi] if self.mi else []), self.family.replace("'", "")[0]]
        s = ".".join(letters) + "." if dots else "".join(letters)
        return P(self.cat, s.upper())

    def title(self, t=None) -> str:
        if t is None:
            t = "Mr." if self.sex == "M" else "Ms."
        return f"{t} " + P(self.cat, self.family)

    def scr(self) -> str:
        return P(self.cat, self.script)

    def spelled(self) -> str:
        return P(self.cat, "-".join(c for c in self.family.upper() if c.isalpha()))

    def dr(self) -> str:
        return "Dr. " + self.full()

    def wc(self, mid=False) -> str:
        return self.full(mid=mid) + (", " + self.cred if self.cred else "")

    def fhir(self) -> list[dict]:
        given = [self.given] + ([self.middle] if self.middle else [])
        out = [{"text": " ".join(([self.family] if self.order == "fg" else []) + given
                                 + ([] if self.order == "fg" else [self.family])),
                "family": self.family, "given": given}]
        if self.nick:
            out.append({"text": f"{self.nick} {self.family}", "family": self.family, "given": [self.nick]})
        if self.script:
            parts = self.script.split(" ")
            if self.order == "fg" and len(parts) == 1 and self.lang in ("zh", "ja", "ko"):
                fam_len = 2 if self.lang == "ja" else 1
                out.append({"text": self.script, "family": self.script[:fam_len], "given": [self.script[fam_len:]]})
            elif len(parts) == 1:
                out.append({"text": self.script, "family": "", "given": [self.script]})
            else:
                out.append({"text": self.script, "family": " ".join(parts[1:]), "given": [parts[0]]})
        return out


# ============================================================================ the note's world

STOP_INITIALS = {"AT", "IN", "TO", "IM", "IS", "IT", "OF", "ON", "OR", "AS", "AN", "AM", "BE", "BY", "DO", "GO", "HE",
                 "IF", "ME", "MY", "NO", "SO", "UP", "US", "WE", "OK", "PO", "IV", "ID", "HR", "RR", "BP", "OT", "PT",
                 "ER", "ED", "MD", "RN", "NP", "PA", "DR", "MA", "GI", "UA", "SC", "SL", "PR", "OU", "OD", "OS", "CT",
                 "MR", "MS", "DC", "AC", "FM", "AV", "VA", "HB", "TV", "RF", "PE", "GP", "BID", "TID", "QID", "PRN",
                 "DOB", "MRN", "ICU", "CBC", "BMP", "RAT", "CAT", "DOG", "MAP", "TAB", "CAP", "SAD", "MAD", "BAD", "DAB",
                 "ABC", "ACE", "BMI", "CPT", "EMS", "ADL", "TBI", "COR", "CAD", "SSN", "HIV", "PCA", "PDF", "JPG", "LMP",
                 "IUD", "STI", "VIN", "DEA", "NPI", "LOC", "NPC", "ATC", "RES", "MED", "SEM", "TED", "DEN"}


CRED_ROLE = [("MD", "attending physician"), ("DO", "attending physician"), ("NP", "nurse practitioner"),
             ("PA-C", "physician assistant"), ("RN", "registered nurse"), ("LPN", "licensed practical nurse"),
             ("LCSW", "social worker"), ("PharmD", "pharmacist"), ("RD", "dietitian"), ("MSN, RN", "nurse manager")]


class Note:
    def __init__(self, r, key: str):
        self.r = r
        self.key = key
        self.note_type = TYPE_NAMES[key]
        self.family = "tune7-" + key
        self.visit = dt.date(2023, 1, 9) + dt.timedelta(days=r.randrange(0, 880))
        self.people: list[Person] = []
        self.rels: list[tuple[str, Person, list[str]]] = []
        self.team: list[Person] = []
        self.used: set[str] = set()
        self.head: list[str] = []
        self.extras: list[str] = []
        self.tail: list[str] = []
        self.pt: Person | None = None
        self.dob: dt.date | None = None
        self.age = 0
        self.mrn_v = ""
        self.pt_phones: list[str] = []
        self.pt_emails: list[str] = []
        self.addr: dict = {}
        self.home_lines: tuple[str, str] = ("", "")
        self.date_styles = r.sample(NEW_DATE_STYLES, 6) + r.sample(COMMON_DATE_STYLES, 3)

    # ---- randomness
    def c(self, seq):
        return self.r.choice(seq)

    def p(self, x: float) -> bool:
        return self.r.random() < x

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, k: int, lead_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(k))
        if lead_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def letters(self, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(k))

    # ---- people
    def _fresh(self, *names: str) -> bool:
        toks = [t.lower() for nm in names for t in re.findall(r"[^\W\d_]+", nm) if len(t) > 1]
        return not any(t in self.used for t in toks)

    def _take(self, p: Person) -> Person:
        for nm in (p.given, p.family, p.nick, p.middle):
            for t in re.findall(r"[^\W\d_]+", nm or ""):
                if len(t) > 1:
                    self.used.add(t.lower())
        self.people.append(p)
        return p

    def person(self, sex: str | None = None, cat: str = "NAME", pool: str | None = None, family: str | None = None,
               old: bool = False, middle: bool | None = None, given: str | None = None, lang: str | None = None) -> Person:
        sex = sex or self.c("FM")
        same_lang = []
        if lang and lang != "en":
            same_lang = ([("world", w) for w in WORLD if w[3] == lang and w[2] == sex]
                         + [("script", w) for w in SCRIPTED if w[4] == lang and w[2] == sex])
        for _ in range(200):
            src = pool or self.c(["us", "us", "us", "world", "world", "script"])
            if lang == "en" and not pool:
                src = "us"
            script, order, lang_ = "", "gf", "en"
            if same_lang and self.p(0.8):
                src, w = self.c(same_lang)
                if src == "world":
                    g, f, _, lang_ = w
                else:
                    g, f, _, script, lang_, order = w
            elif src == "us":
                g = self.c((OLD_F if old else US_F) if sex == "F" else (OLD_M if old else US_M))
                f = self.c(US_FAM)
            elif src == "world":
                cands = [w for w in WORLD if w[2] == sex]
                g, f, _, lang_ = self.c(cands)
            else:
                cands = [w for w in SCRIPTED if w[2] == sex]
                g, f, _, script, lang_, order = self.c(cands)
            if given:
                g = given
            if family:
                f = family
                if src == "script":
                    script, order = "", "gf"
            if self._fresh(g) and (family or self._fresh(f)):
                break
        mid = ""
        if (middle if middle is not None else self.p(0.35)) and order == "gf":
            mid = self.c(["Ann", "Louise", "Marie", "Jean", "Lee", "Ray", "James", "Edward", "Grace", "Eugene",
                          "Dale", "Renee", "Irene", "Thomas", "Paul", "Elaine"])
            if not self._fresh(mid):
                mid = ""
        return self._take(Person(g, f, sex, cat=cat, middle=mid, script=script, order=order, lang=lang_))

    def clin(self, cred: str | None = None, role: str | None = None, team: bool = True, sex: str | None = None,
             family: str | None = None, given: str | None = None, cat: str = "PROVIDER_NAME") -> Person:
        sex = sex or self.c("FM")
        for _ in range(200):
            g = given or self.c(PROV_F if sex == "F" else PROV_M)
            f = family or self.c(PROV_FAM)
            if self._fresh(g) and (family or self._fresh(f)) and (g[0] + f[0]).upper() not in STOP_INITIALS:
                break
        if cred is None:
            cred, role = self.c(CRED_ROLE)
        p = self._take(Person(g, f, sex, cat=cat, cred=cred, role=role or "", middle=""))
        if self.p(0.3):
            m = self.c(["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "V"])
            if (g[0] + m + f[0]).upper() not in STOP_INITIALS:
                p.middle = m
        if team and cat == "PROVIDER_NAME":
            self.team.append(p)
        return p

    def relative(self, rel: str, sex: str | None = None, same_family: bool | None = None, old: bool = False,
                 phone: bool = True, **kw) -> tuple[Person, str]:
        fam = None
        if (same_family if same_family is not None else self.p(0.6)) and self.pt:
            fam = self.pt.family
        pool = kw.pop("pool", None)
        lang = kw.pop("lang", None)
        if fam and pool is None and lang is None:
            lang = self.pt.lang
        p = self.person(sex=sex, family=fam, old=old, pool=pool, lang=lang, **kw)
        if fam and self.pt and self.pt.order == "fg":
            p.order = "fg"
        ph = self.phone_any() if phone else ""
        self.rels.append((rel, p, [strip_marks(ph)] if ph else []))
        return p, ph

    def make_patient(self, age_lo: int = 18, age_hi: int = 104, sex: str | None = None, pool: str | None = None,
                     p_old: float = 0.35, **kw) -> Person:
        if age_hi > 89 and self.p(p_old):
            self.age = self.n(max(90, age_lo), age_hi)
        else:
            self.age = self.n(age_lo, min(age_hi, 89))
        old = self.age >= 80
        self.pt = self.person(sex=sex, pool=pool, old=old, **kw)
        bday = self.visit - dt.timedelta(days=int(self.age * 365.25) + self.n(1, 360))
        self.dob = bday
        self.age = self.visit.year - bday.year - ((self.visit.month, self.visit.day) < (bday.month, bday.day))
        self.mrn_v = self.mrn()
        self.addr = self.us_address()
        ph = self.phone_us(self.addr["state"])
        self.pt_phones = [ph]
        return self.pt

    # ---- dates and ages
    def date(self, days: int) -> dt.date:
        return self.visit + dt.timedelta(days=days)

    def D(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.c(self.date_styles)
        b, s, a = date_text(d, style, self.r)
        return b + P("DATE", s) + a

    def dob_mark(self, style: str | None = None) -> str:
        return self.D(self.dob, style)

    def A(self, n: int, style: str | None = None) -> str:
        style = style or self.c(AGE_STYLES_EN)
        b, s, a = age_text(n, style)
        return b + (P("AGE_OVER_89", s) if n > 89 else K("age", s)) + a

    def ptA(self, style: str | None = None) -> str:
        return self.A(self.age, style)

    # ---- identifiers
    def ssn(self) -> str:
        area = self.c([self.n(1, 665), self.n(667, 899)])
        return f"{area:03d}-{self.n(1, 99):02d}-{self.n(1, 9999):04d}"

    def mrn(self) -> str:
        shape = self.n(0, 6)
        if shape == 0:
            return "E" + self.digits(8)
        if shape == 1:
            return "00" + self.digits(6, True)
        if shape == 2:
            return f"{self.digits(3, True)}-{self.digits(2)}-{self.digits(3)}"
        if shape == 3:
            return "M" + self.digits(7, True)
        if shape == 4:
            return self.digits(9, True)
        if shape == 5:
            return f"{self.letters(2)}{self.digits(6, True)}"
        return f"{self.digits(7, True)}-{self.n(0, 9)}"

    def npi(self) -> str:
        base = self.c("12") + self.digits(8)
        return base + luhn_digit("80840" + base)

    def dea(self, who: Person, midlevel: bool = False, x: bool = False) -> str:
        first = "X" if x else ("M" if midlevel else self.c("ABFG"))
        second = who.family.replace("'", "")[0].upper()
        if not second.isascii() or not second.isalpha():
            second = "Q"
        d = [self.r.randrange(10) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return first + second + "".join(map(str, d)) + str(chk)

    def vin(self, year_code: str | None = None) -> str:
        wmi = self.c(WMI)
        body = wmi + "".join(self.c(VIN_CHARS) for _ in range(5))
        yc = year_code or self.c(VIN_YEAR)
        tail = yc + self.c(VIN_CHARS[:-10] + "0123456789") + self.digits(6)
        v = body + "0" + tail
        return v[:8] + vin_check(v) + v[9:]

    def plate(self) -> str:
        return self.c([f"{self.digits(1, True)}{self.letters(3)}{self.digits(3)}",
                       f"{self.letters(3)}-{self.digits(4)}", f"{self.letters(3)} {self.digits(3)}",
                       f"{self.digits(3)} {self.letters(3)}", f"{self.letters(2)}{self.digits(1)} {self.letters(1)}{self.digits(2)}",
                       f"{self.digits(2)}{self.letters(1)}{self.digits(3)}"])

    def ip4(self) -> str:
        return self.c([f"{self.n(11, 223)}.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}",
                       f"10.{self.n(0, 255)}.{self.n(0, 255)}.{self.n(1, 254)}",
                       f"172.{self.n(16, 31)}.{self.n(0, 255)}.{self.n(1, 254)}",
                       f"192.168.{self.n(0, 255)}.{self.n(1, 254)}"])

    def ip6(self) -> str:
        g = [f"{self.r.randrange(65536):x}" for _ in range(8)]
        return self.c([f"2600:{g[1]}:{g[2]}:{g[3]}::{g[6]}", f"2001:db9:{g[2]}:{g[3]}:{g[4]}:{g[5]}:{g[6]}:{g[7]}",
                       f"2607:f8b0:{g[2]}::{g[5]}:{g[7]}", f"2a01:{g[1]}:{g[2]}:{g[3]}::{g[7]}"])

    def email_of(self, p: Person, domain: str | None = None) -> str:
        if domain is None and p.lang in IDN_MAIL and self.p(0.45):
            local = re.sub(r"[\s'’]", "", p.given.lower()) + "." + re.sub(r"[\s'’]", "", p.family.lower())
            return f"{local}@{IDN_MAIL[p.lang]}"
        dom = domain or self.c(MAIL)
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower()) or "pt"
        f = re.sub(r"[^a-z]", "", ascii_fold(p.family).lower()) or "mail"
        shape = self.n(0, 7)
        local = [f"{g}.{f}", f"{g[0]}{f}{self.n(1, 99)}", f"{f}.{g[0]}", f"{g}_{f}{self.n(50, 99)}", f"{g}{f[0]}{self.n(1, 2024)}",
                 f"{f}{g}", f"{g}.{f}{self.n(1, 9)}", f"{g[:3]}{f[:4]}"][shape]
        return f"{local}@{dom}"

    def user_id(self, p: Person) -> str:
        g = re.sub(r"[^a-z]", "", ascii_fold(p.given).lower()) or "u"
        f = re.sub(r"[^a-z]", "", ascii_fold(p.family).lower()) or "user"
        return self.c([f"{g[0]}{f[:7]}{self.n(1, 99)}", f"{f[:6]}{g[0]}", f"{g[0]}{f[:6]}".upper(),
                       f"{f[:5]}.{g[:3]}", f"u{self.digits(6)}"])

    # ---- phones
    def phone_us(self, state: str | None = None) -> tuple:
        st = state or self.c(list(AREA))
        area = self.c(AREA[st])
        exch = self.n(201, 989)
        while exch % 100 == 11 or exch == 555:
            exch = self.n(201, 989)
        return ("us", area, f"{exch}", f"{self.n(0, 9999):04d}")

    def phone_any(self) -> str:
        return P("PHONE", fmt_phone(self.phone_us(), self.c(US_PHONE_STYLES_COMMON)))

    def PH(self, ph: tuple, style: str | None = None, cat: str = "PHONE") -> str:
        style = style or self.c(US_PHONE_STYLES_NEW + US_PHONE_STYLES_COMMON)
        return P(cat, fmt_phone(ph, style))

    def intl_phone(self, country: str | None = None) -> tuple[str, str]:
        cc = country or self.c(list(INTL_PHONES))
        return cc, INTL_PHONES[cc](self)

    # ---- addresses
    def us_address(self, city: tuple | None = None) -> dict:
        if city is None:
            city = self.c(US_CITIES)
        name, st, zp = city
        num = self.c([str(self.n(10, 9899)), str(self.n(100, 24999)), str(self.n(1, 99))])
        street = self.c(STREETS)
        sfx = self.c(SUFFIX)
        pre = self.c(DIRS) + " " if self.p(0.25) else ""
        line = f"{num} {pre}{street} {sfx}"
        unit = ""
        if self.p(0.4):
            unit = self.c([f"Apt {self.n(1, 40)}{self.c('ABCD')}", f"Unit {self.n(100, 990)}", f"# {self.n(2, 60)}",
                           f"Apt. {self.n(1, 9)}-{self.c('ABCDEF')}", f"Ste {self.n(100, 400)}", f"Lot {self.n(1, 120)}",
                           f"Trlr {self.n(1, 40)}", f"Bldg {self.n(1, 12)}"])
        z = zp + f"{self.n(0, 99):02d}"
        z4 = f"{self.n(1, 9999):04d}"
        return {"num": num, "street": f"{pre}{street} {sfx}", "line": line, "unit": unit, "city": name, "state": st,
                "zip": z, "zip4": z4}

    def ADDR(self, a: dict | None = None, style: str | None = None) -> str:
        """Street line (+ unit) as marked text, one of several layouts."""
        a = a or self.addr
        style = style or self.c(["plain", "plain", "unit_first", "spelled", "caps", "lower"])
        if style == "unit_first" and a["unit"]:
            return P("ADDRESS", a["unit"]) + ", " + P("ADDRESS", a["line"])
        if style == "spelled" and a["num"].isdigit() and int(a["num"]) < 20:
            return P("ADDRESS", f"{words(int(a['num'])).title()} {a['street']}") + (", " + P("ADDRESS", a["unit"]) if a["unit"] else "")
        line, unit = a["line"], a["unit"]
        if style == "caps":
            line, unit = line.upper(), unit.upper()
        if style == "lower":
            line, unit = line.lower(), unit.lower()
        return P("ADDRESS", line) + (", " + P("ADDRESS", unit) if unit else "")

    def CITY(self, a: dict | None = None, zstyle: str | None = None, state_full: bool = False) -> str:
        a = a or self.addr
        zstyle = zstyle or self.c(["5", "5", "9", "9nodash", "9space"])
        z = {"5": a["zip"], "9": f"{a['zip']}-{a['zip4']}", "9nodash": f"{a['zip']}{a['zip4']}",
             "9space": f"{a['zip']} {a['zip4']}"}[zstyle]
        st = STATES_FULL.get(a["state"], a["state"]) if state_full else a["state"]
        return P("CITY", a["city"]) + ", " + st + " " + P("ZIP", z)

    def FULLADDR(self, a: dict | None = None, sep: str = ", ") -> str:
        return self.ADDR(a) + sep + self.CITY(a)

    def set_home(self, city: tuple) -> None:
        self.addr = self.us_address(city)
        self.pt_phones = [self.phone_us(self.addr["state"])]

    def w(self, word: str) -> str:
        """A word that is also a name token in this note is kept as `word`."""
        return W(word) if word.lower() in self.used else word

    # ---- record
    def patient_record(self) -> dict:
        a = self.addr
        lines = [a["line"]] + ([a["unit"]] if a.get("unit") else [])
        return {
            "names": self.pt.fhir(),
            "mrn": self.mrn_v,
            "phones": [fmt_phone(p, "paren") if isinstance(p, tuple) else p for p in self.pt_phones],
            "emails": list(self.pt_emails),
            "address": {"line": lines, "city": a["city"], "state": a["state"], "postalCode": a["zip"]},
            "birthDate": self.dob.isoformat(),
            "relatives": [{"relationship": rel, "names": p.fhir(), "phones": ph} for rel, p, ph in self.rels],
            "clinicians": [{"role": p.role, "names": p.fhir(), "credential": p.cred} for p in self.team],
        }


def ascii_fold(s: str) -> str:
    import unicodedata
    table = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "ħ": "h", "Ħ": "H", "ə": "e",
             "Ə": "E", "ı": "i", "ɗ": "d", "Ɗ": "D", "ƙ": "k", "Ƙ": "K", "ß": "ss", "æ": "ae", "þ": "th"}
    s = "".join(table.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ============================================================================ phones

US_PHONE_STYLES_COMMON = ["paren", "dash", "dot"]
US_PHONE_STYLES_NEW = ["bracket", "spdash", "dotjoin", "mixed", "plus1sp", "paren_nosp_dot"]


def fmt_phone(ph, style: str) -> str:
    if not isinstance(ph, tuple):
        return ph
    _, a, e, l = ph
    return {
        "paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "bracket": f"[{a}] {e}-{l}",
        "spdash": f"{a} - {e} - {l}", "dotjoin": f"{a}.{e}{l}", "mixed": f"{a} {e}.{l}",
        "plus1sp": f"+1 {a}-{e}-{l}", "paren_nosp_dot": f"({a}){e}.{l}", "bare": f"{a}{e}{l}",
        "spoken": ", ".join(" ".join("oh" if c == "0" else ONES[int(c)] for c in part) for part in (a, e, l)),
        "boxes": " ".join("".join(f"[{c}]" for c in part) for part in (a, e, l)),
        "e164": f"+1{a}{e}{l}", "efax": f"{a}{e}{l}",
    }[style]


def _intl(fmt: str):
    def make(n: Note) -> str:
        return "".join(str(n.r.randrange(10)) if c == "#" else c for c in fmt)
    return make


INTL_PHONES = {
    "Ghana": _intl("+233 24 ### ####"), "Egypt": _intl("+20 10 #### ####"), "Iran": _intl("+98 912 ### ####"),
    "Romania": _intl("+40 721 ### ###"), "Indonesia": _intl("+62 812-####-####"), "Colombia": _intl("+57 310 ### ####"),
    "Thailand": _intl("+66 81 ### ####"), "Sweden": _intl("070-### ## ##"), "Spain": _intl("+34 612 ## ## ##"),
    "Czechia": _intl("+420 601 ### ###"), "Lithuania": _intl("+370 612 #####"), "Latvia": _intl("+371 26## ####"),
    "Albania": _intl("+355 69 ### ####"), "Azerbaijan": _intl("+994 50 ### ## ##"), "Senegal": _intl("+221 77 ### ## ##"),
    "Maldives": _intl("+960 77#-####"), "Samoa": _intl("+685 72#####"), "Tonga": _intl("+676 77# ####"),
    "Paraguay": _intl("+595 981 ######"), "Malta": _intl("+356 79## ####"), "Croatia": _intl("+385 91 ### ####"),
    "Slovakia": _intl("+421 905 ### ###"), "Faroe Islands": _intl("+298 21####"), "Mali": _intl("+223 76 ## ## ##"),
    "Morocco": _intl("+212 6 ## ## ## ##"), "Jamaica": _intl("+1 (876) 4##-####"), "Greenland": _intl("+299 55 ## ##"),
    "China": _intl("+86 139 #### ####"), "Vietnam": _intl("+84 90 ### ## ##"), "Japan": _intl("+81 90-####-####"),
}


# ============================================================================ places abroad and odd US forms
# each returns marked text; the country (outside the spans) is part of the text where usual


def addr_abroad(n: Note, where: str | None = None) -> tuple[str, str]:
    where = where or n.c(["cn", "vi", "es", "se", "cz", "id", "co", "gh", "mt", "lt", "ro", "sn", "mv", "uk", "ws"])
    if where == "cn":
        city, dist, street = n.c([("北京市", "朝阳区", "建国路"), ("成都市", "武侯区", "科华北路"), ("杭州市", "西湖区", "文三路")])
        return where, ("中国" + P("CITY", city) + P("CITY", dist) + P("ADDRESS", f"{street}{n.n(2, 388)}号")
                       + "，邮编 " + P("ZIP", n.digits(6, True)))
    if where == "vi":
        ward, dist, street = n.c([("Bến Thành", "Quận 1", "đường Lê Lợi"), ("Tân Định", "Quận 1", "đường Hai Bà Trưng"),
                                 ("Phú Nhuận", "Quận Phú Nhuận", "đường Phan Xích Long")])
        return where, (P("ADDRESS", f"số {n.n(2, 240)} {street}") + ", phường " + P("ADDRESS", ward) + ", "
                       + P("CITY", dist) + ", TP. " + P("CITY", "Hồ Chí Minh"))
    if where == "es":
        street, city, zp = n.c([("Av. de la Constitución", "Sevilla", "410"), ("Calle de Alcalá", "Madrid", "280"),
                               ("Carrer de Provença", "Barcelona", "080")])
        return where, (P("ADDRESS", f"{street} {n.n(2, 199)}") + ", " + P("ADDRESS", f"{n.n(1, 8)}º {n.c('ABCD')}")
                       + ", " + P("ZIP", zp + f"{n.n(1, 42):02d}") + " " + P("CITY", city) + ", España")
    if where == "se":
        street, city = n.c([("Storgatan", "Umeå"), ("Drottninggatan", "Norrköping"), ("Kungsgatan", "Gävle")])
        return where, (P("ADDRESS", f"{street} {n.n(2, 80)}") + " " + P("ADDRESS", f"lgh {n.n(1001, 1605)}") + ", "
                       + P("ZIP", f"{n.n(100, 985)} {n.n(10, 99)}") + " " + P("CITY", city) + ", Sverige")
    if where == "cz":
        street, city = n.c([("Vinohradská", "Praha 2"), ("Masarykova", "Brno"), ("Nádražní", "Ostrava")])
        return where, (P("ADDRESS", f"{street} {n.n(100, 2400)}/{n.n(1, 90)}") + ", " + P("ZIP", f"{n.n(100, 799)} {n.n(0, 9)}0")
                       + " " + P("CITY", city) + ", Česko")
    if where == "id":
        street, kel, city = n.c([("Jl. Sudirman", "Karet", "Jakarta Selatan"), ("Jl. Malioboro", "Sosromenduran", "Yogyakarta"),
                                ("Jl. Dago", "Lebakgede", "Bandung")])
        return where, (P("ADDRESS", f"{street} No. {n.n(2, 150)}") + ", " + P("ADDRESS", f"RT {n.n(1, 12):02d}/RW {n.n(1, 9):02d}")
                       + ", Kel. " + P("ADDRESS", kel) + ", " + P("CITY", city) + " " + P("ZIP", f"{n.n(10, 99)}{n.n(100, 999)}")
                       + ", Indonesia")
    if where == "co":
        city = n.c(["Medellín", "Cali", "Bucaramanga", "Pereira"])
        return where, (P("ADDRESS", f"Calle {n.n(10, 99)} # {n.n(10, 80)}-{n.n(10, 99)}") + ", " + P("ADDRESS", f"Apto {n.n(101, 1202)}")
                       + ", " + P("CITY", city) + ", Colombia")
    if where == "gh":
        pre, city = n.c([("AK", "Kumasi"), ("GA", "Accra"), ("CT", "Cape Coast")])
        return where, ("GhanaPost GPS " + P("ADDRESS", f"{pre}-{n.digits(3)}-{n.digits(4)}") + ", " + P("CITY", city) + ", Ghana")
    if where == "mt":
        street, town, code = n.c([("Triq il-Kbira", "Ħaż-Żebbuġ", "ZBG"), ("Triq San Pawl", "Birkirkara", "BKR"),
                                 ("Triq il-Wied", "Żejtun", "ZTN")])
        return where, (P("ADDRESS", f"{n.n(2, 140)}, {street}") + ", " + P("CITY", town) + " " + P("ZIP", f"{code} {n.n(1000, 9999)}")
                       + ", Malta")
    if where == "lt":
        street, city = n.c([("Gedimino pr.", "Vilnius"), ("Laisvės al.", "Kaunas"), ("Tilžės g.", "Šiauliai")])
        return where, (P("ADDRESS", f"{street} {n.n(2, 90)}-{n.n(1, 60)}") + ", " + P("ZIP", f"LT-{n.digits(5, True)}")
                       + " " + P("CITY", city) + ", Lietuva")
    if where == "ro":
        street, city = n.c([("Str. Mihai Eminescu", "București"), ("Bd. Independenței", "Iași"), ("Str. Horea", "Cluj-Napoca")])
        return where, (P("ADDRESS", f"{street} nr. {n.n(2, 120)}") + ", " + P("ADDRESS", f"bl. {n.c('ABCDM')}{n.n(1, 9)}") + ", "
                       + P("ADDRESS", f"sc. {n.n(1, 4)}") + ", " + P("ADDRESS", f"ap. {n.n(1, 80)}") + ", " + P("CITY", city)
                       + ", România")
    if where == "sn":
        cite, city = n.c([("Cité Keur Gorgui", "Dakar"), ("Cité Mixta", "Dakar"), ("Quartier Escale", "Thiès")])
        return where, (P("ADDRESS", f"Villa {n.n(2, 180)}") + ", " + P("ADDRESS", cite) + ", " + P("CITY", city) + ", Sénégal")
    if where == "mv":
        house, street = n.c([("H. Blue Lagoon", "Majeedhee Magu"), ("M. Fehifini", "Orchid Magu"), ("G. Hiyaa", "Buruzu Magu")])
        return where, (P("ADDRESS", house) + ", " + P("ADDRESS", street) + ", " + P("CITY", "Malé") + " "
                       + P("ZIP", f"20{n.n(0, 3)}{n.n(10, 99)}") + ", Maldives")
    if where == "uk":
        cott, lane, village, town, pc = n.c([("Bramble Cottage", "Mill Lane", "Little Snoring", "Fakenham", "NR21"),
                                             ("The Old Forge", "Church Street", "Much Wenlock", "Telford", "TF13"),
                                             ("Ivydene", "Back Lane", "Great Ayton", "Middlesbrough", "TS9")])
        return where, (P("ADDRESS", cott) + ", " + P("ADDRESS", lane) + ", " + P("CITY", village) + ", " + P("CITY", town)
                       + " " + P("ZIP", f"{pc} {n.n(1, 9)}{n.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}") + ", UK")
    village = n.c(["Vaitele-uta", "Lufilufi", "Falealili"])
    return "ws", (P("ADDRESS", village) + ", Upolu, Samoa")


def addr_odd(n: Note, kinds: list | None = None) -> str:
    """US dwellings with no ordinary street line, or a location code."""
    kind = n.c(kinds or ["marina", "dorm", "w3w", "plus", "unit_first"])
    if kind == "marina":
        return ("liveaboard, " + P("ADDRESS", f"Slip {n.c('ABCDE')}-{n.n(1, 60)}") + ", "
                + P("ADDRESS", n.c(["Lakeshore Marina", "Pelican Point Marina", "Harbor Town Yacht Basin"])))
    if kind == "dorm":
        return (P("ADDRESS", n.c(["Harkness Hall", "Wexler Hall", "Tamsin Commons", "Orchard Hall"])) + ", "
                + P("ADDRESS", f"Rm {n.n(101, 499)}"))
    if kind == "w3w":
        w = n.c(["filled", "ladder", "crisp", "orbit", "velvet", "marble", "sprint", "humble"])
        w2 = n.c(["count", "tablet", "shovel", "dinner", "puzzle", "ribbon", "gravel"])
        w3 = n.c(["lamp", "acorn", "tractor", "pocket", "meadow", "button"])
        return "what3words " + P("ADDRESS", f"///{w}.{w2}.{w3}")
    if kind == "plus":
        code = "".join(n.c("23456789CFGHJMPQRVWX") for _ in range(4)) + "+" + "".join(n.c("23456789CFGHJMPQRVWX") for _ in range(2))
        return "plus code " + P("ADDRESS", code) + " " + P("CITY", n.addr["city"]) + ", " + n.addr["state"]
    a = dict(n.addr)
    if not a["unit"]:
        a["unit"] = f"Unit {n.n(2, 40)}"
    return n.ADDR(a, "unit_first")


# ============================================================================ headers (new layouts)


def hdr(n: Note, style: str | None = None) -> str:
    pt = n.pt
    style = style or n.c(["box", "xml", "vcard", "ini", "csv", "logfmt", "barcode", "markdown", "bullets", "dictation"])
    ph = n.pt_phones[0]
    sc = pt.scr() if pt.script else ""
    if style == "box":
        return ("┌─ PATIENT " + "─" * 28 + "\n"
                f"│ Name   {pt.lf('upper', mid=True)}" + (f"   {sc}" if sc else "") + "\n"
                f"│ DOB    {n.dob_mark(n.c(['nbhy', 'us', 'slashdiv', 'ymd_np']))}   Age {n.ptA(n.c(['yrs_mos', 'yo_dots', 'bare']))}\n"
                f"│ MRN    {P('MRN', n.mrn_v)}   Ph {n.PH(ph)}\n"
                "└" + "─" * 38 + "\n")
    if style == "xml":
        return (f"<patient mrn=\"{P('MRN', n.mrn_v)}\">\n"
                f"  <name><family>{pt.last()}</family><given>{pt.first()}</given></name>\n"
                + (f"  <name use=\"usual\" lang=\"{pt.lang}\">{sc}</name>\n" if sc else "")
                + 
                f"  <birthDate>{n.dob_mark('iso')}</birthDate>\n"
                f"  <telecom system=\"phone\">{n.PH(ph, 'dotjoin')}</telecom>\n"
                f"  <address><line>{P('ADDRESS', n.addr['line'])}</line><city>{P('CITY', n.addr['city'])}</city>"
                f"<state>{n.addr['state']}</state><postalCode>{P('ZIP', n.addr['zip'])}</postalCode></address>\n"
                "</patient>\n")
    if style == "vcard":
        em = n.email_of(pt)
        n.pt_emails.append(em)
        mid = (";" + P(pt.cat, pt.mi)) if pt.mi else ";"
        return ("BEGIN:VCARD\nVERSION:3.0\n"
                f"N:{pt.last()};{pt.first()}{mid};;\n"
                f"FN:{pt.full()}\n"
                + (f"FN;LANGUAGE={pt.lang}:{sc}\n" if sc else "")
                + 
                f"BDAY:{n.dob_mark('iso')}\n"
                f"TEL;TYPE=cell:{n.PH(ph, 'plus1sp')}\n"
                f"ADR;TYPE=home:;;{P('ADDRESS', n.addr['line'])};{P('CITY', n.addr['city'])};{n.addr['state']};{P('ZIP', n.addr['zip'])};\n"
                f"EMAIL:{P('EMAIL', em)}\n"
                "END:VCARD\n")
    if style == "ini":
        return ("[patient]\n"
                f"name = {pt.lf()}\n"
                + (f"name_native = {sc}\n" if sc else "")
                + 
                f"dob = {n.dob_mark(n.c(['ymd_np', 'us', 'iso']))}\n"
                f"mrn = {P('MRN', n.mrn_v)}\n"
                f"phone = {n.PH(ph, n.c(['mixed', 'bracket', 'dash']))}\n"
                f"[visit]\ndate = {n.D(n.visit)}\n")
    if style == "csv":
        z = n.addr["zip"]
        return ('"mrn","family","given","dob","phone","zip"\n'
                f'"{P("MRN", n.mrn_v)}","{pt.last("upper")}","{pt.first("upper")}","{n.dob_mark("us")}",'
                f'"{n.PH(ph, "bare")}","{P("ZIP", z)}"\n')
    if style == "logfmt":
        u = n.clin(team=False)
        return (f"ts={n.D(n.visit, 'isoz')} evt=chart_open user={P('OTHER_ID', n.user_id(u))} "
                f"pt=\"{pt.lf('upper')}\" " + (f"pt_native=\"{sc}\" " if sc else "") + f"mrn={P('MRN', n.mrn_v)} dob={n.dob_mark('iso')} src={P('IP', n.ip4())}\n")
    if style == "barcode":
        return (f"*{P('MRN', n.mrn_v)}*\n"
                f"{pt.lf('upper', mid=True)}" + (f" {sc}" if sc else "") + f"   {pt.sex}   {n.ptA(n.c(['yF', 'bare', 'yo_dots']) if pt.sex == 'F' else n.c(['bare', 'yo_dots']))}"
                f"   DOB {n.dob_mark(n.c(['us', 'dmy_short', 'nbhy']))}\n")
    if style == "markdown":
        return ("## Patient\n"
                f"- **Name:** {pt.full(mid=True)}" + (f" ({sc})" if sc else "") + "\n"
                f"- **DOB:** {n.dob_mark(n.c(['long', 'long_wd', 'nbsp']))} ({n.ptA(n.c(['yo_dots', 'spelled_yo', 'half']))})\n"
                f"- **MRN:** {P('MRN', n.mrn_v)}\n"
                f"- **Phone:** {n.PH(ph)}\n")
    if style == "bullets":
        em = n.email_of(pt)
        n.pt_emails.append(em)
        return (f"Pt: {pt.lf()}" + (f" ({sc})" if sc else "") + f" · DOB {n.dob_mark(n.c(['nbhy', 'apos', 'us']))} · MRN {P('MRN', n.mrn_v)} · "
                f"☎ {n.PH(ph)} · ✉ {P('EMAIL', em)}\n")
    # dictation
    docs = [p for p in n.team if p.cred in ("MD", "DO")]
    d = docs[0] if docs else n.clin(team=True, cred="MD", role="attending physician")
    spoken_mrn = " ".join(ONES[int(c)] if c.isdigit() else ("dash" if c == "-" else c) for c in n.mrn_v)
    return (f"this is doctor {d.full('lower')} dictating on {n.D(n.visit, 'spoken')} for patient {pt.full('lower')}, "
            f"last name spelled {pt.spelled()}, date of birth {n.dob_mark('spoken')}, medical record number "
            f"{P('MRN', spoken_mrn)}, callback number {P('PHONE', fmt_phone(ph, 'spoken'))} period new paragraph\n")


# ============================================================================ signatures and copies


JA_CLIN = [("Kenta", "Watanabe", "M", "渡辺健太"), ("Aiko", "Fujimoto", "F", "藤本愛子"), ("Haruto", "Ishikawa", "M", "石川陽翔"),
           ("Mei", "Kobayashi", "F", "小林芽衣")]


def sig(n: Note, d: Person, style: str | None = None) -> str:
    out = _sig(n, d, style)
    if n.p(0.07):
        g, f, sx, kj = n.c(JA_CLIN)
        if n._fresh(g, f):
            j = n._take(Person(g, f, sx, cat="PROVIDER_NAME", cred="MD", role="consulting physician", script=kj, lang="ja"))
            n.team.append(j)
            out += f"担当医：{P('PROVIDER_NAME', kj)}（{P('PROVIDER_NAME', g + ' ' + f)}, MD）\n"
    return out


def _sig(n: Note, d: Person, style: str | None = None) -> str:
    style = style or n.c(["auth", "dbnr", "pp", "scribe", "adobe", "uk", "filled", "initials", "cosign", "stamp"])
    when = n.date(n.n(0, 2))
    if style == "auth":
        return (f"\nAuthenticated: {P('OTHER_ID', n.user_id(d))} ({d.lf('upper', mid=True)}, {d.cred or 'MD'}) "
                f"{n.D(when, n.c(['iso', 'ymd_np', 'us']))} {n.n(6, 21):02d}:{n.n(0, 59):02d}\n")
    if style == "dbnr":
        return (f"\nDictated but not read. {d.full()}, {d.cred or 'MD'}\n"
                f"Transcribed {n.D(when, n.c(['mdot', 'apos', 'us_short']))} by {n.person().ini()}\n")
    if style == "pp":
        other = n.clin(cred="RN", role="registered nurse")
        pr = "her" if d.sex == "F" else "his"
        return (f"\npp. {d.full()}, {d.cred or 'MD'} (signed in {pr} absence by {other.ini()}, RN, "
                f"{n.D(when, n.c(['long', 'th_month', 'nbsp']))})\n")
    if style == "scribe":
        sc = n.person()
        return (f"\nScribe attestation: I, {sc.full()}, scribed for {d.dr()} on {n.D(when)}.\n"
                f"I, {d.full()}, {d.cred or 'MD'}, personally performed the services described and agree with the record.\n")
    if style == "adobe":
        cn = d.family.upper() + " " + d.given.upper() + (" " + d.mi if d.mi else "")
        em = n.email_of(d, n.c(["tallgrass-health.org", "cobaltbaymed.org", "bluestemhealth.net", "copperleaf.edu"]))
        return (f"\nDigitally signed by {P(d.cat, cn)}\n"
                f"DN: cn={P(d.cat, cn)}, o={n.c(HOSPITALS)}, ou=Clinical, email={P('EMAIL', em)}, c=US\n"
                f"Date: {P('DATE', f'{when.year}.{when.month:02d}.{when.day:02d}')} {n.n(7, 20):02d}:{n.n(0, 59):02d}:{n.n(0, 59):02d} -0{n.n(4, 7)}'00'\n")
    if style == "uk":
        return (f"\nYours sincerely,\n\nDr {d.ini()} MBChB MRCP\n{n.c(['Consultant', 'Specialty Doctor', 'Registrar'])}, "
                f"GMC {P('LICENSE', n.digits(7, True))}\n")
    if style == "filled":
        return (f"\nSignature: /{d.full()}/   Printed: {d.lf('upper')}   Title: {d.cred or 'MD'}   "
                f"Date: {n.D(when, n.c(['us', 'dmy_short', 'mdot']))}\n")
    if style == "initials":
        return f"\n— {d.initials(dots=n.p(0.4))} ({d.cred or 'MD'}), {n.D(when, n.c(['mon_d', 'mdot', 'us_short']))}\n"
    if style == "cosign":
        res = n.clin(cred=n.c(["PA-C", "NP", "MD (PGY-2)"]), role="resident/advanced practice")
        return (f"\nAuthor: {res.full()}, {res.cred} | Cosigned: {d.full()}, {d.cred or 'MD'} "
                f"{n.D(when, n.c(['us', 'iso', 'apos']))} {n.n(7, 22):02d}{n.n(0, 59):02d}\n")
    return (f"\n[SIGNED] {d.lf('upper')} {d.cred or 'MD'} — {n.D(when, n.c(['nbhy', 'dmy_short']))} — "
            f"NPI {P('OTHER_ID', n.npi())}\n")


def ccs(n: Note, who: list[Person] | None = None, style: str | None = None) -> str:
    who = who or [n.clin(cred=n.c(["MD", "DO", "NP"]), role="primary care", team=False)]
    style = style or n.c(["direct", "caps", "numbered", "xc", "routing", "copies"])
    a = who[0]
    if style == "direct":
        dom = n.c(["direct.copperleaf-health.org", "direct.meadowlarkmemorial.net", "hisp.bluestemhealth.org"])
        addr = re.sub(r"[^a-z]", "", ascii_fold(a.given[0] + a.family).lower())
        return f"cc: Dr. {a.ini()} (PCP) via Direct: {P('EMAIL', addr + '@' + dom)}\n"
    if style == "caps":
        names = "; ".join(P(p.cat, f"{p.family.upper()} {p.given[0]}") for p in who)
        return f"CC LIST: {names}; CHART\n"
    if style == "numbered":
        return f"Distribution: (1) Referring — {a.lf()}, {a.cred or 'MD'}  (2) Chart  (3) Patient\n"
    if style == "xc":
        return f"xc: {a.wc()}; bcc: HIM\n"
    if style == "routing":
        return f"Routing → {a.lf()} (In Basket) ⟶ {n.c(['Triage pool', 'Referral queue', 'HIM scan queue'])}\n"
    fax = n.phone_us()
    return f"Copies: Pt · PCP ({a.ini()}, {a.cred or 'DO'}, Fx {P('FAX', fmt_phone(fax, n.c(['dot', 'mixed', 'bracket'])))})\n"


# ============================================================================ national and other ids


def national_id(n: Note, p: Person, dob: dt.date, lang: str | None = None) -> tuple[str, str]:
    """(label, marked id) for a person's national identity number; DOB-bearing ones are one OTHER_ID."""
    lang = lang or p.lang
    if lang == "zh":
        body = n.c(["110105", "510107", "330106"]) + dob.strftime("%Y%m%d") + n.digits(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        chk = "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]
        return "居民身份证", P("OTHER_ID", body + chk)
    if lang == "ko":
        s = ("2" if p.sex == "F" else "1") if dob.year < 2000 else ("4" if p.sex == "F" else "3")
        body = dob.strftime("%y%m%d") + s + n.digits(5)
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        chk = (11 - sum(int(c) * x for c, x in zip(body, w)) % 11) % 10
        return "주민등록번호 (RRN)", P("OTHER_ID", body[:6] + "-" + body[6:] + str(chk))
    if lang == "ro":
        s = ("2" if p.sex == "F" else "1") if dob.year < 2000 else ("6" if p.sex == "F" else "5")
        body = s + dob.strftime("%y%m%d") + f"{n.n(1, 46):02d}" + n.digits(3)
        w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
        chk = sum(int(c) * x for c, x in zip(body, w)) % 11
        return "CNP", P("OTHER_ID", body + ("1" if chk == 10 else str(chk)))
    if lang == "lt":
        s = ("4" if p.sex == "F" else "3") if dob.year < 2000 else ("6" if p.sex == "F" else "5")
        body = s + dob.strftime("%y%m%d") + n.digits(3)
        d = [int(c) for c in body]
        k = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
        if k == 10:
            k = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
            k = 0 if k == 10 else k
        return "asmens kodas", P("OTHER_ID", body + str(k))
    if lang in ("sv", "fo"):
        body = dob.strftime("%y%m%d") + n.digits(3)
        return "personnummer", P("OTHER_ID", dob.strftime("%Y%m%d") + "-" + body[6:] + luhn_digit(body)[0])
    if lang in ("pt", "gn"):
        base = n.digits(9, True)
        cpf = base + cpf_digits(base)
        return "CPF", P("OTHER_ID", f"{cpf[:3]}.{cpf[3:6]}.{cpf[6:9]}-{cpf[9:]}")
    if lang == "es":
        num = n.n(10000000, 79999999)
        return "DNI", P("OTHER_ID", f"{num}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}")
    if lang == "or":
        return "Aadhaar", P("OTHER_ID", f"{n.n(2, 9)}{n.digits(3)} {n.digits(4)} {n.digits(4)}")
    return "passport no.", P("OTHER_ID", n.c([f"{n.letters(1)}{n.digits(8)}", f"{n.letters(2)}{n.digits(7)}0",
                                                 f"{n.digits(9, True)}"]))


def member_id(n: Note) -> str:
    return n.c([f"{n.letters(3)}{n.digits(9)}", f"W{n.digits(4)} {n.digits(5)}", f"{n.digits(3)}-{n.digits(2)}-{n.digits(4)}-{n.n(1, 9)}",
                f"{n.letters(1)}{n.digits(8)}{n.letters(1)}", f"U{n.digits(10)}", f"{n.digits(11)}"])


def mbi(n: Note) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    s = (str(n.n(1, 9)) + n.c(L) + n.c(A) + str(n.n(0, 9)) + n.c(L) + n.c(A) + str(n.n(0, 9)) + n.c(L) + n.c(L)
         + str(n.n(0, 9)) + str(n.n(0, 9)))
    return n.c([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def dl_number(n: Note) -> str:
    return n.c([f"{n.letters(1)}{n.digits(8)}", n.digits(9, True), f"{n.digits(3)} {n.digits(3)} {n.digits(3)}",
                f"{n.letters(1)}{n.digits(3)}-{n.digits(3)}-{n.digits(2)}-{n.digits(3)}-{n.digits(1)}",
                f"{n.letters(1)}{n.digits(2)}-{n.digits(3)}-{n.digits(3)}", f"{n.digits(2)}-{n.digits(3)}-{n.digits(4)}"])


def payer(n: Note) -> str:
    return n.c(["Prairie Mutual Health", "Keystone Advantage HMO", "Medicare Part A/B", "Sunflower Medicaid MCO",
                "Tri-River Benefit Plan", "Harbor Light Health Plan", "Lone Pine Medicare Advantage",
                "Riverside Teachers' Trust"])


# ============================================================================ shared extra blocks (drawn lazily)

REL_WORDS_F = ["daughter", "sister", "niece", "granddaughter", "mother", "wife", "daughter-in-law", "partner"]
REL_WORDS_M = ["son", "brother", "nephew", "grandson", "father", "husband", "son-in-law", "partner"]


ABROAD_AGE = {"vi": "vi", "es": "es_abbr", "se": "sv", "cz": "cs", "id": "id", "co": "es_abbr", "mt": "mt", "lt": "lt",
              "ro": "ro", "mv": "ar_digits", "uk": "plain_years"}


def ex_contacts(n: Note) -> str:
    sex = n.c("FM")
    if n.age < 18:
        rel = n.c(["aunt", "grandmother"] if sex == "F" else ["uncle", "grandfather"])
    elif n.age > 60:
        rel = n.c([w for w in (REL_WORDS_F if sex == "F" else REL_WORDS_M) if w not in ("mother", "father")])
    else:
        rel = n.c(REL_WORDS_F if sex == "F" else REL_WORDS_M)
    p, ph = n.relative(rel, sex=sex)
    line = f"Contacts: {p.full()}" + (f" / {p.scr()}" if p.script else "") + f" ({rel}) {ph}"
    if n.p(0.6):
        sex2 = n.c("FM")
        rel2 = n.c(["cousin", "aunt", "sister"] if sex2 == "F" else ["cousin", "uncle", "brother"])
        q, _ = n.relative(rel2, sex=sex2, phone=False)
        country, iph = n.intl_phone()
        where, fa = addr_abroad(n)
        n.rels[-1][2].append(iph)
        qa = max(18, min(104, n.age + n.n(-12, 15)))
        qst = ABROAD_AGE.get(where) or n.c(AGE_STYLES_EN)
        line += f"; {q.full()} ({rel2}, abroad, {n.A(qa, qst)}) {P('PHONE', iph)}, {fa}"
    return line + "\n"


def ex_coverage(n: Note) -> str:
    self_sub = n.p(0.5) and n.age >= 18
    if self_sub:
        sub = "self"
    else:
        p, _ = n.relative(n.c(["mother", "father"] if n.age < 18 else ["spouse", "parent", "husband", "wife"]), phone=False,
                          same_family=n.age < 18 or None)
        sub = f"{p.lf()} (DOB {n.D(n.date(-n.n(9000, 30000)))})"
    mid = mbi(n) if n.p(0.3) else member_id(n)
    return (f"Coverage: {payer(n)} | Member {P('HEALTH_PLAN', mid)} | Grp {P('HEALTH_PLAN', f'{n.letters(2)}{n.digits(5)}')} "
            f"| Subscriber: {sub}\n")


def ex_sms(n: Note) -> str:
    pt = n.pt
    d1 = n.date(-n.n(1, 20))
    new = n.phone_us()
    n.pt_phones.append(new)
    return (f"Text thread (copied to chart):\n"
            f"[{n.D(d1, n.c(['us_np', 'mdot', 'mon_d']))} 9:{n.n(10, 59)} AM] {pt.first('lower')}: hi its {pt.full('lower')} "
            f"my new number is {P('PHONE', fmt_phone(new, n.c(['bare', 'dash', 'dot'])))}\n"
            f"[{n.D(d1, 'us_np')} 10:{n.n(10, 59)} AM] clinic: thank you {pt.first('lower')}, updated"
            + (f". portal invite: {P('URL', 'https://' + n.c(['mychart.tallgrass-health.org', 'portal.cobaltbaymed.org', 'my.bluestemhealth.net']) + '/activate?code=' + n.letters(5) + '-' + n.letters(5))}"
               if n.p(0.5) else "") + "\n")


def ex_access(n: Note) -> str:
    u = n.clin(team=False)
    ip = n.ip4() if n.p(0.6) else n.ip6()
    return (f"Access log:\n{P('DATE', date_text(n.visit, 'epoch', n.r)[1])} {P('IP', ip)} {P('OTHER_ID', n.user_id(u))} "
            f"VIEW mrn={P('MRN', n.mrn_v)}\n"
            f"{P('DATE', date_text(n.visit, 'epoch', n.r)[1])} {P('IP', ip) + ':' + n.c(['8443', '443', '3389']) if ':' not in ip else '[' + P('IP', ip) + ']:8443'} "
            f"{P('OTHER_ID', n.user_id(u))} PRINT\n"
            + (f"geo-block rule added for {P('IP', '.'.join(n.ip4().split('.')[:3]) + '.0')}/24\n" if n.p(0.3) else ""))


def ex_meds(n: Note) -> str:
    if n.age < 12:
        meds = n.r.sample(["amoxicillin 400 mg/5 mL, 5 mL BID", "cetirizine 2.5 mg daily", "polyethylene glycol 8.5 g daily",
                           "ferrous sulfate 15 mg/mL, 1 mL daily", "albuterol 90 mcg 2 puffs q4h PRN", "ibuprofen 100 mg/5 mL PRN"], 2)
        return "Medications: " + "; ".join(DR(m) for m in meds) + "\n"
    meds = n.r.sample(["metoprolol succinate 25 mg daily", "apixaban 5 mg BID", "levothyroxine 88 mcg daily",
                       "sertraline 50 mg daily", "D5 1/2NS at 75 mL/h", "carvedilol 3.125 mg BID",
                       "amlodipine 10 mg daily", "gabapentin 300 mg TID", "tamsulosin 0.4 mg qHS",
                       "insulin glargine 18 units qHS", "hydrochlorothiazide 12.5 mg daily", "docusate 100 mg BID",
                       "polyethylene glycol 17 g daily", "donepezil 10 mg qHS", "furosemide 40 mg daily"], 3)
    return "Medications: " + "; ".join(DR(m) for m in meds) + "\n"


def ex_vitals(n: Note) -> str:
    if n.age < 13:
        return (f"Vitals: {VT(f'HR {n.n(80, 130)}')}, {VT(f'RR {n.n(18, 30)}')}, {VT(f'SpO2 {n.n(95, 100)}%')}, "
                f"{VT(f'T {n.n(364, 381) / 10:.1f} °C')}, {VT(f'wt {n.n(40, 420) / 10:.1f} kg')}\n")
    return (f"Vitals: {VT(f'BP {n.n(98, 168)}/{n.n(54, 98)}')}, {VT(f'HR {n.n(52, 112)}')}, {VT(f'RR {n.n(12, 22)}')}, "
            f"{VT(f'SpO2 {n.n(90, 100)}%')}, {VT(f'T {n.n(361, 383) / 10:.1f} °C')}\n")


def ex_ids(n: Note) -> str:
    label, nid = national_id(n, n.pt, n.dob)
    parts = [f"SSN {P('SSN', n.ssn())}" if n.p(0.6) else f"SSN (last 4) {P('SSN', n.digits(4, True))}",
             f"DL {P('LICENSE', dl_number(n))} ({n.addr['state']})"]
    if n.pt.lang != "en" or n.p(0.3):
        parts.append(f"{label} {nid}")
    return "ID on file: " + " · ".join(parts) + "\n"


def ex_prior(n: Note) -> str:
    old = n.us_address()
    oph = n.phone_us(old["state"])
    n.pt_phones.append(oph)
    return (f"Previous address (until {n.D(n.date(-n.n(60, 900)), n.c(['mdot', 'apos', 'dmy_short', 'us']))}): "
            f"{n.ADDR(old)}, {n.CITY(old)}. Old number {n.PH(oph)} — disconnected.\n")


def ex_files(n: Note) -> str:
    pt = n.pt
    d = n.date(-n.n(0, 30))
    g = re.sub(r"[^a-z]", "", ascii_fold(pt.given).lower()) or "pt"
    f = re.sub(r"[^a-z]", "", ascii_fold(pt.family).lower()) or "pt"
    stamp = d.strftime(n.c(["%y%m%d", "%m%d%y", "%d%m%y"]))
    return (f"Attachments: \\\\fs02\\scans\\{P(pt.cat, f)}_{P(pt.cat, g)}_{P('DATE', stamp)}.pdf ; "
            f"IMG_{n.n(1000, 9999)}.JPG (no identifiers in frame)\n")


def ex_fund(n: Note) -> str:
    pt = n.pt
    g = re.sub(r"[^a-z]", "", ascii_fold(pt.given).lower()) or "pt"
    f = re.sub(r"[^a-z]", "", ascii_fold(pt.family).lower()) or "family"
    tag_name = re.sub(r"[^\w]", "", pt.given.split(" ")[0])
    url = n.c([f"https://www.gofundme.com/f/help-{g}-{f}-recover", f"https://mealtrain.com/trains/{n.letters(6, 'abcdefghjkmnpqrstuvwxyz')}",
               f"https://www.lotsahelpinghands.com/c/{n.digits(6)}", f"spot.fund/{g}{f[:4]}",
               f"bit.ly/{n.letters(7, 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
               f"https://tinyurl.com/{g}-{f[:5]}-{n.digits(2)}"])
    return (f"Family update page: {P('URL', url)}; church prayer chain uses #Team{P(pt.cat, tag_name)}.\n")


STD_EXTRAS = [ex_contacts, ex_coverage, ex_sms, ex_access, ex_meds, ex_vitals, ex_ids, ex_prior, ex_files, ex_fund]


def extras(n: Note, k: int = 5, prefer: list | None = None) -> list:
    pool = list(prefer or []) + n.r.sample(STD_EXTRAS, k)
    seen, out = set(), []
    for f in pool:
        if f not in seen:
            seen.add(f)
            out.append(lambda f=f: f(n))
    return out

    # (Note.snapshot / Note.restore are attached below)


def _snapshot(self: Note) -> tuple:
    return (len(self.rels), len(self.team), len(self.pt_phones), len(self.pt_emails))


def _restore(self: Note, s: tuple) -> None:
    del self.rels[s[0]:]
    del self.team[s[1]:]
    del self.pt_phones[s[2]:]
    del self.pt_emails[s[3]:]


Note.snapshot = _snapshot
Note.restore = _restore


def letterhead(n: Note, dept: str) -> str:
    h = n.c(HOSPITALS)
    tel, fax = n.phone_us(n.addr["state"]), n.phone_us(n.addr["state"])
    if n.p(0.2):
        nxt = f"{(int(tel[3]) + 1) % 10000:04d}"
        t = P("PHONE", fmt_phone(tel, "paren")) + "/" + P("PHONE", nxt)
    else:
        t = n.PH(tel)
    f = n.PH(fax, cat="FAX")
    if n.p(0.25):
        f += " · eFax " + P("EMAIL", fmt_phone(fax, "efax") + n.c(["@efaxsend.com", "@fax.copperleaf-health.org", "@myfax.com"]))
    return f"{h} · {dept}\nT {t}  F {f}\n"


NEW_DATE_STYLES = ["ymd_np", "dmy_short", "mdot", "long_wd", "apos", "th_month", "nbhy", "nbsp", "slashdiv"]
COMMON_DATE_STYLES = ["us", "us_np", "us_short", "iso", "long", "abbr"]


# ============================================================================ note types (1-8)


def split_vin(v: str) -> str:
    return f"{v[:3]} {v[3:8]} {v[8]} {v[9:]}"


def t_subrogation(n: Note):
    n.make_patient(16, 97, p_old=0.2)
    pt = n.pt
    burns = n.p(0.45)
    adj = n.person()
    other = n.person(family="Burns" if burns else None, pool="us")
    atty, atty2 = n.person(pool="us"), n.person(pool="us")
    off = n.person(pool="us")
    d = n.clin(cred=n.c(["MD", "DO", "DC", "PA-C"]), role="treating clinician")
    loss = n.date(-n.n(20, 240))
    vendor = n.c(["Trellis Recovery Services", "ClaimBridge Subrogation Unit", "Northstar Coordination of Benefits"])
    file_no = n.c([f"RCV-{n.digits(7)}", f"{n.letters(2)}{n.digits(8)}-{n.n(1, 9)}", f"{loss.year % 100}{n.digits(8)}"])
    claim = n.c([f"CLM-{n.digits(2)}-{n.digits(8)}", f"{n.digits(4)}-{n.digits(5)}-{n.digits(2)}", f"SUB{n.digits(9)}"])
    v_other, v_pt = n.vin(), n.vin()
    insurer = n.c(["Cardinal Auto Casualty", "Heartland Mutual Auto", "Great Lakes Indemnity", "Sagebrush Insurance Co."])
    pol = n.c([f"{n.letters(3)}{n.digits(7)}", f"{n.digits(3)}-{n.digits(4)}-{n.digits(3)}", f"PA{n.digits(9)}"])
    aclaim = n.c([f"{n.digits(2)}-{n.digits(6)}-{n.digits(2)}", f"{n.digits(10, True)}", f"0{n.digits(3)}{n.letters(1)}{n.digits(5)}"])
    adj_ph = n.phone_us()
    where = n.c(["w3w", "plus", "lot", "home"])
    if where == "lot":
        loc = f"parking lot of the {n.c(['Dollar Tree', 'Kroger', 'Tractor Supply', 'AutoZone'])} off " + P("ADDRESS", n.us_address()["street"])
    elif where == "home":
        loc = "in front of " + n.ADDR()
    else:
        loc = "rural road shoulder, " + addr_odd(n) if where == "w3w" else "gas station apron, " + addr_odd(n)
    injury = (f"neck and low back pain; {W('burns')} to L forearm from the airbag" if burns
              else "neck and low back pain; abrasions to L forearm from the airbag")
    tag = n.c([f"plate {P('VEHICLE', n.plate())} ({n.addr['state']})", f"TEMP TAG {P('VEHICLE', n.digits(2, True) + n.letters(1) + n.digits(4))}",
               f"paper dealer tag {P('VEHICLE', n.letters(1) + n.digits(6))}"])
    ped = n.age > 89
    body = (
        f"{vendor} — Accident / Injury Questionnaire   (recovery file {P('OTHER_ID', file_no)})\n"
        f"Please return to {adj.full()}, Recovery Specialist · {n.PH(adj_ph)} ext. {n.n(100, 899)} · "
        f"{P('EMAIL', n.email_of(adj, n.c(['trellisrecovery.com', 'claimbridge.net', 'nscob.com'])))}\n"
        f"Member: {pt.lf('upper')}   Member ID {P('HEALTH_PLAN', member_id(n))}   DOB {n.dob_mark()}   "
        f"Age at loss: {n.ptA(n.c(['yo_dots', 'yrs_mos', 'bare']))}\n"
        f"Claims under review: {P('OTHER_ID', claim)} (dates of service {n.D(loss)} to {n.D(n.date(-n.n(1, 15)))})\n\n"
        f"1. Date of injury: {n.D(loss, n.c(['long_wd', 'nbhy', 'apos', 'dmy_short']))}  approx. {n.n(1, 12)}:{n.n(10, 59)} {n.c(['AM', 'PM'])}\n"
        f"2. How did it happen?  {'☒' if not ped else '☐'} Auto accident (driver/passenger)  {'☒' if ped else '☐'} Pedestrian  ☐ Work  ☐ Fall on someone else's property\n"
        f"3. Where? {loc}, {n.CITY()}\n"
        f"4. Other driver: {other.full()} — {insurer}, policy {P('OTHER_ID', pol)}, their claim {P('OTHER_ID', aclaim)}\n"
        f"   Their vehicle: {n.c(['2019 Ram 1500', '2021 Nissan Rogue', '2016 Ford F-150', '2022 Kia Telluride'])}, {tag}, "
        f"VIN {P('VEHICLE', split_vin(v_other) if n.p(0.5) else v_other)}\n"
        f"   Member's vehicle: VIN ending {P('VEHICLE', v_pt[-8:])}\n"
        f"5. Police report: {n.c(['county sheriff', 'city PD', 'state patrol'])} report {P('OTHER_ID', f'{loss.year}-{n.digits(6)}')}; "
        f"officer {off.ini()}, badge {P('OTHER_ID', n.digits(4, True))}\n"
        f"6. Attorney retained? ☒ Yes — {atty.full()}, {P('NAME', atty.family)} & {P('NAME', atty2.family)}, PLLC, {n.PH(n.phone_us())}\n"
        f"7. Treating clinician: {d.dr() if d.cred in ('MD', 'DO') else d.wc()}. Injuries: {injury}. "
        f"Exam: {E('Neer')} and {E('Jobe')} tests negative, {E('Waddell signs')} {SC('0/5')}, "
        f"{SC('WAD grade II')}; {DR('cyclobenzaprine 5 mg qHS')}, {DR('naproxen 500 mg BID')}.\n"
        f"8. Member signature: {pt.full()}   Date: {n.D(n.date(n.n(0, 9)), n.c(['us', 'mdot', 'dmy_short']))}\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["filled", "auth", "stamp"]))]
    n.extras = extras(n, 4, [ex_coverage])


def t_belongings(n: Note):
    word = n.c(["Ring", "Case", None, None])
    n.make_patient(40, 103, p_old=0.5, family=word, pool="us" if word else None)
    pt = n.pt
    rn = n.clin(cred="RN", role="admitting nurse")
    sec = n.person(pool="us")
    rel_word = n.c(["daughter", "son", "niece", "grandson", "wife", "husband"])
    rel, rph = n.relative(rel_word, sex="F" if rel_word in ("daughter", "niece", "wife") else "M")
    grand = n.person(pool="us", family=pt.family, sex="M")
    ring = W("ring") if word == "Ring" else "ring"
    case = W("case") if word == "Case" else "case"
    card = n.c(["Visa", "debit card", "Mastercard", "Discover"])
    imei = "35" + n.digits(13)
    body = (
        f"PATIENT BELONGINGS / VALUABLES INVENTORY — {n.c(HOSPITALS)}\n"
        + hdr(n, n.c(["barcode", "box", "bullets"]))
        + f"Admitted {n.D(n.visit)} at {n.n(0, 23):02d}:{n.n(0, 59):02d} via ED; unit {n.c(['4 West', 'MICU', '6N Tele', 'Ortho 3'])}\n"
        f"Item                                   Qty   Disposition\n"
        f"Wallet, brown leather                   1    security envelope #{P('OTHER_ID', f'SB{n.digits(7)}')}\n"
        f"  · cash $ {n.n(3, 260)}.00 (counted twice)\n"
        f"  · {card} ending {P('ACCOUNT', n.digits(4))}\n"
        f"  · {n.addr['state']} driver license {P('LICENSE', dl_number(n))}\n"
        f"  · Medicare card {P('HEALTH_PLAN', mbi(n))}\n"
        f"  · photo of {'great-grandson' if n.age > 75 else 'grandson'} \"{grand.first()}\"\n"
        f"Cell phone (cracked), IMEI {P('DEVICE', imei)}    1    bedside\n"
        f"Hearing aids L/R, {K('code', n.c(['Phonak Audéo P90', 'Oticon More 1', 'ReSound ONE 9']))}  2  bedside, in {case}\n"
        f"Eyeglasses + {case}                      1    bedside\n"
        f"Wedding {ring}, yellow metal              1    security envelope (patient request)\n"
        f"Dentures, upper + lower partial          2    labeled cup\n"
        f"Home medications: {DR('warfarin 5 mg')}, {DR('digoxin 0.125 mg')}, {DR('lorazepam 0.5 mg')} — to pharmacy for ID\n\n"
        f"Witnessed by: {rn.initials()} ({rn.ini()}, RN) and security officer {sec.full()}, badge {P('OTHER_ID', n.digits(4, True))}\n"
        f"Patient signature: unable — {n.c(['confused, oriented to self only', 'intubated', 'declined to sign'])} "
        f"({n.ptA(n.c(['yo_dots', 'y_slash_o', 'half', 'plain_years']))})\n"
        f"Released to {rel.full()} ({rel_word}) on {n.D(n.date(n.n(1, 5)))} — photo ID {P('LICENSE', dl_number(n))}, "
        f"callback {rph}\n"
    )
    n.head = [body]
    n.tail = [sig(n, rn, n.c(["initials", "filled", "cosign"]))]
    n.extras = extras(n, 4, [ex_prior, ex_vitals])


def t_sterilization(n: Note):
    method, town = n.c([("Pomeroy", None), ("Parkland", "Parkland"), ("Irving", "Irving"), ("Filshie clip", None),
                        ("Hulka clip", None), ("Uchida", None), ("bilateral salpingectomy", None)])
    n.make_patient(21, 45, sex="F", p_old=0)
    if town:
        n.set_home((town, *WORD_TOWNS[town]))
    pt = n.pt
    doc = n.clin(cred=n.c(["MD", "DO"]), role="obstetrician-gynecologist",
                 family="Pomeroy" if method == "Pomeroy" and n.p(0.4) else None)
    obt = n.clin(cred=n.c(["RN", "CNM", "MSW"]), role="person obtaining consent")
    interp = n.person() if n.p(0.6) else None
    lang = n.c(["Spanish", "Romanian", "Haitian Creole", "Albanian", "Kurdish (Kurmanji)", "Tongan", "Marshallese"])
    signed = n.date(-n.n(31, 170))
    op = n.date(-n.n(0, 2))
    meth = E(method) if method not in ("bilateral salpingectomy",) else DX(method)
    if method in ("Pomeroy", "Parkland", "Irving", "Uchida"):
        meth = "postpartum tubal ligation, " + E(method) + " method"
    elif method != "bilateral salpingectomy":
        meth = "laparoscopic tubal occlusion with " + E(method)
    grand = ""
    if n.p(0.3):
        g, _ = n.relative("grandmother", sex="F", old=True, phone=False)
        grand = f"Accompanied by her grandmother {g.full()} ({n.A(n.n(84, 99), n.c(AGE_STYLES_FOREIGN))} per family).\n"
    body = (
        "CONSENT TO STERILIZATION — Title XIX\n"
        "NOTICE: YOUR DECISION AT ANY TIME NOT TO BE STERILIZED WILL NOT RESULT IN THE WITHDRAWAL OR WITHHOLDING OF ANY BENEFITS.\n"
        "■ CONSENT TO STERILIZATION\n"
        f"I have asked for and received information about sterilization from {doc.dr()}. I understand that the sterilization "
        f"must be considered permanent. I am at least {K('age', '21 years')} of age and was born on "
        f"{n.dob_mark(n.c(['long', 'nbsp', 'us', 'th_month']))}. I, {pt.full(mid=True)}, hereby consent of my own free will "
        f"to be sterilized by {doc.dr()} by a method called {meth}. My consent expires 180 days from the date of my signature.\n"
        f"Signature: {pt.full()}   Date: {n.D(signed, n.c(['us', 'ymd_np', 'mdot']))}   Medicaid ID {P('HEALTH_PLAN', n.c([n.digits(10, True), n.letters(2) + n.digits(8)]))}\n"
        + grand
        + (f"■ INTERPRETER'S STATEMENT\nI translated the information and advice presented orally and read the consent form to the "
           f"individual in {lang}. Interpreter: {interp.full()} (vendor ID {P('OTHER_ID', n.c(['INT-', 'LL', '']) + n.digits(5))}) "
           f"Date: {n.D(signed)}\n" if interp else "")
        + f"■ STATEMENT OF PERSON OBTAINING CONSENT\nBefore {pt.full()} signed the consent form, I explained the nature of the "
          f"procedure. {obt.full()}, {obt.cred} — {n.c(HOSPITALS)}\n"
        f"■ PHYSICIAN'S STATEMENT\nShortly before I performed a sterilization operation upon {pt.title('Ms.')} on "
        f"{n.D(op, n.c(['long_wd', 'us', 'nbhy']))}, I explained the nature of the operation. "
        f"{'☒' if n.p(0.5) else '☐'} Premature delivery — expected date of delivery {n.D(n.date(n.n(5, 30)))}; "
        f"{AB(n.c(['G3P2012', 'G4P3013', 'G2P1102', 'G5P4004']))}, {LB(f'Hgb {n.n(95, 135) / 10:.1f} g/dL')}, "
        f"{K('code', n.c(['Z30.2', 'O34.211']))}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, doc, n.c(["filled", "stamp", "cosign", "adobe"]))]
    n.extras = extras(n, 3, [ex_coverage])


def t_pump(n: Note):
    somogyi = n.p(0.35)
    if somogyi:
        n.make_patient(9, 93, p_old=0.15, pool="us", family="Somogyi", given=n.c(["Zsófia", "Bence", "Réka", "Levente"]))
    else:
        n.make_patient(6, 95, p_old=0.15)
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "NP", "CDCES, RN"]), role="diabetes educator")
    pump, cgm = n.c([("Tandem t:slim X2 (Control-IQ)", "Dexcom G6"), ("Omnipod 5", "FreeStyle Libre 2 Plus"),
                     ("MiniMed 780G", "Simplera Sync"), ("Beta Bionics iLet", "Dexcom G7")])
    start = n.date(-n.n(14, 30))
    acct = ""
    if pt and n.age < 18:
        par, ph = n.relative(n.c(["mother", "father"]), same_family=True)
        em = n.email_of(par)
        acct = f"Cloud account holder: {par.full()} (parent) {P('EMAIL', em)}, {ph}\n"
    else:
        em = n.email_of(pt)
        n.pt_emails.append(em)
        acct = f"Cloud account: {P('EMAIL', em)}; clinic share user {P('OTHER_ID', n.user_id(pt))}\n"
    sn = n.c([f"{n.digits(3)}-{n.digits(5)}", f"NG{n.digits(7)}{n.letters(1)}", f"{n.letters(3)}{n.digits(7)}"])
    tx = n.c([f"8G{n.letters(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}", f"0M{n.digits(10)}", f"{n.letters(2)}{n.digits(6)}"])
    tir = n.n(42, 84)
    lows = "" if not somogyi else (f"Nocturnal lows < 54 mg/dL ({n.n(3, 9)} events, 02:00–04:00) followed by breakfast highs: "
                                   f"consider {E('Somogyi effect')} vs dawn phenomenon; {pt.last()} family to log bedtime snacks.\n")
    body = (
        f"{pump.split(' (')[0].upper()} DOWNLOAD REPORT\n"
        + hdr(n, n.c(["markdown", "ini", "box", "vcard"]))
        + f"Report period: {n.D(start)} – {n.D(n.date(-1))} ({(n.date(-1) - start).days} days). "
        f"Uploaded {n.D(n.date(-1), 'isoz')} from {P('IP', n.ip4())}\n"
        f"Pump: {CD(pump)} SN {P('DEVICE', sn)}   CGM: {CD(cgm)} sensor/transmitter {P('DEVICE', tx)}\n"
        + acct
        + f"Glucose: time in range {LB(f'{tir}%')}, below 70 {LB(f'{n.n(1, 6)}%')}, above 250 {LB(f'{n.n(3, 25)}%')}, "
        f"mean {LB(f'{n.n(128, 221)} mg/dL')}, {LB(f'GMI {n.n(62, 88) / 10:.1f}%')}, {LB(f'CV {n.n(26, 44)}.{n.n(0, 9)}%')}\n"
        f"Insulin: {LB(f'TDD {n.n(12, 78)}.{n.n(0, 9)} u')} ({LB(f'basal {n.n(35, 60)}%')}); "
        f"settings 00:00 {DR(f'{n.n(3, 12) / 10:.2f} u/h')}, 06:00 {DR(f'{n.n(5, 15) / 10:.2f} u/h')}; "
        f"I:C {DR(f'1:{n.n(6, 20)}')}, ISF {DR(f'1:{n.n(25, 90)}')}, target {LB(f'{n.c([100, 110, 120])} mg/dL')}, "
        f"active insulin {DR(f'{n.c([3, 4, 5])} h')}\n"
        + lows
        + f"A1c {LB(f'{n.n(60, 95) / 10:.1f}%')} on {n.D(n.date(-n.n(20, 80)))}. Sites rotated abdomen/arms; "
          f"{K('abbreviation', 'DKA')} ×0 since last visit. Changed I:C at breakfast. Follow-up {n.D(n.date(n.n(60, 100)), n.c(['mdot', 'th_month', 'long_wd']))}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["auth", "initials", "cosign"]))]
    n.extras = extras(n, 4, [ex_access])


ADOPT = {
    "China": ("zh", [("Fù", "Xiǎoyǔ", "付小雨"), ("Dǎng", "Chūnméi", "党春梅"), ("Guó", "Lìyáng", "国立阳")], "ja_era"),
    "Vietnam": ("vi", [("Nguyễn", "Thị Hoa", ""), ("Lâm", "Văn Phúc", ""), ("Đặng", "Thị Mai", "")], "vi"),
    "Colombia": ("es", [("Mosquera Palacios", "Yuliana", ""), ("Rentería Córdoba", "Jhon Fredy", "")], "us"),
    "Thailand": ("th", [("Srisuk", "Ploy", "พลอย ศรีสุข"), ("Kaewmanee", "Nattapong", "ณัฐพงศ์ แก้วมณี")], "th"),
    "Bulgaria": ("bg", [("Petkova", "Desislava", "Десислава Петкова"), ("Iliev", "Stoyan", "Стоян Илиев")], "us"),
}


def t_adoption(n: Note):
    country = n.c(list(ADOPT))
    lang, births, dstyle = ADOPT[country]
    bfam, bgiven, bscript = n.c(births)
    n.make_patient(0, 3, p_old=0)
    mom, mph = n.relative("adoptive mother", sex="F", same_family=False, pool="us")
    dad, dph = n.relative("adoptive father", sex="M", same_family=False, pool="us")
    dad.family = mom.family
    pt = n.pt
    pt.family = mom.family
    cw = n.person()
    d = n.clin(cred=n.c(["MD", "DO"]), role="adoption medicine physician")
    months = max(6, (n.visit - n.dob).days // 30)
    if lang == "vi" or lang == "zh":
        birth = P("NAME", f"{bfam} {bgiven}")
    else:
        birth = P("NAME", f"{bgiven} {bfam}")
    scr = f" / {P('NAME', bscript)}" if bscript else ""
    found = n.dob + dt.timedelta(days=n.n(2, 40))
    dst = dstyle if dstyle not in ("us",) else n.c(["dmy_short", "us"])
    cid = national_id(n, pt, n.dob, "zh") if lang == "zh" else ("child no.", P("OTHER_ID", f"{n.letters(2)}-{n.digits(6)}"))
    gm = ""
    if n.p(0.45):
        g, _ = n.relative("adoptive grandmother", sex="F", same_family=n.p(0.5), old=True, phone=False)
        gm = f"{g.full()}, the adoptive grandmother ({n.A(n.n(86, 101), n.c(['bare', 'yo_dots', 'spry']))}), will provide daytime care.\n"
    body = (
        "INTERNATIONAL ADOPTION — PRE-ADOPTION RECORD REVIEW\n"
        f"Requested by {mom.full()} and {dad.full()} ({P('EMAIL', n.email_of(mom))}); agency caseworker {cw.full()}\n"
        f"Child: birth name {birth}{scr}; proposed name {pt.full()}\n"
        f"Country: {country}. Institution admission: {n.D(found, dst)}; assigned DOB {n.D(n.dob, dst)} "
        f"(= {n.D(n.dob, n.c(['us', 'iso']))}); age at review {K('age', f'{months} months')}\n"
        f"IDs on referral: {cid[0]} {cid[1]}; passport {P('OTHER_ID', n.letters(1) + n.digits(8))}; "
        f"Hague case {P('OTHER_ID', f'{n.letters(3)}-{n.visit.year}-{n.digits(5)}')}\n"
        f"Growth (referral, {n.D(n.date(-n.n(20, 90)), dst)}): wt {LB(f'{n.n(55, 180) / 10:.1f} kg')} ({SC(f'z −{n.n(3, 25) / 10:.1f}')}), "
        f"length {LB(f'{n.n(620, 1150) / 10:.1f} cm')}, HC {LB(f'{n.n(400, 510) / 10:.1f} cm')}\n"
        f"Labs reported: {LB(f'Hb {n.n(90, 128) / 10:.1f} g/dL')}, {LB('HBsAg negative')}, {LB('HIV-1/2 Ab negative')}, "
        f"{LB('RPR nonreactive')}, {LB(f'TSH {n.n(8, 52) / 10:.1f} mIU/L')}\n"
        f"Findings: {DX('dermal melanocytosis over sacrum')}; no {E('Bitot spots')}; {E('Brazelton')}-style notes describe a "
        f"\"quiet, watchful\" child; {'sits and pulls to stand' if months < 16 else 'walks alone, a few words'} per video dated "
        f"{n.D(n.date(-n.n(10, 60)), dst)}.\n"
        f"Plan on arrival: repeat HBV/HCV/HIV, {LB('IGRA')}, stool O&P ×3, lead, CBC, {DR('albendazole 400 mg')} if indicated; "
        f"catch-up {CD('CVX 110')} series.\n"
        + gm
        + f"Family contact: {mph}; {n.FULLADDR()}\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["uk", "adobe", "filled", "dbnr"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_fund])


PLACARD_TOWNS = [("Hurt", "it {w} to walk past the mailbox"), ("Hazard", "falls are a {w} on her porch steps"),
                 ("Loving", "a {w} family drives her"), ("Needles", "she fears {w} at the clinic"),
                 ("Wink", "she did not sleep a {w} before visits")]


def t_placard(n: Note):
    n.make_patient(30, 104, p_old=0.5)
    town = n.c(PLACARD_TOWNS + [None, None])
    phrase = ""
    if town:
        name, tpl = town
        n.set_home((name, *WORD_TOWNS[name]))
        phrase = " Family notes " + tpl.format(w=W(name.lower())) + "."
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "DO", "NP", "PA-C", "DPM"]), role="certifying practitioner")
    dx = n.c([E("Friedreich ataxia"), E("Buerger disease"), E("Leriche syndrome"), DX("severe lumbar spinal stenosis"),
              DX("COPD, GOLD 4"), E("Duchenne muscular dystrophy") if n.age < 40 else DX("bilateral below-knee amputation")])
    st = STATES_FULL.get(n.addr["state"], n.addr["state"])
    drv, dph = n.relative(n.c(["daughter", "son", "grandson", "son-in-law"]), same_family=n.p(0.5))
    lic = n.c([n.digits(5, True), d.cred[:2].replace("-", "") + n.digits(6), n.letters(1) + "-" + n.digits(5)])
    body = (
        f"{st.upper()} MOTOR VEHICLE DIVISION — DISABILITY PARKING PLACARD/PLATE: PART B, MEDICAL CERTIFICATION\n"
        f"Applicant: {pt.lf('upper', mid=True)}   DOB {n.dob_mark(n.c(['us', 'dash_us', 'nbhy']))}   Age {n.ptA(n.c(['bare', 'yrs_mos', 'yo_dots']))}\n"
        f"DL/ID no. {P('LICENSE', dl_number(n))}   Renewal of placard {P('OTHER_ID', n.c([f'DP{n.digits(7)}', f'{n.digits(2)}-{n.digits(6)}', f'P{n.letters(1)}{n.digits(6)}']))}\n"
        f"Address: {n.FULLADDR()}   Phone {P('PHONE', fmt_phone(n.pt_phones[0], 'boxes'))}\n"
        f"Vehicle usually used: driven by {drv.full()} — plate {P('VEHICLE', n.plate())}\n"
        f"The applicant (check all that apply):\n"
        f"☒ cannot walk 200 feet without stopping to rest\n"
        f"{n.c(['☒', '☐'])} cannot walk without a cane, crutch, walker, another person, prosthetic device or wheelchair\n"
        f"{n.c(['☒', '☐'])} is restricted by lung disease ({LB(f'FEV1 {n.n(50, 98) / 100:.2f} L')}, {LB(f'PaO2 {n.n(48, 59)} mmHg')} on room air)\n"
        f"{n.c(['☒', '☐'])} uses portable oxygen ({DR(f'O2 {n.n(1, 4)} L/min')})\n"
        f"{n.c(['☒', '☐'])} has a cardiac condition, {SC(n.c(['NYHA class III', 'NYHA class IV']))}\n"
        f"Diagnosis: {dx}.{phrase}\n"
        f"Duration: {n.c(['☒ Permanent ☐ Temporary', '☐ Permanent ☒ Temporary — expires ' + n.D(n.date(n.n(90, 180)))])}\n"
        f"Certifying practitioner: {d.full()}, {d.cred}; {n.addr['state']} license {P('LICENSE', lic)}; "
        f"NPI {P('OTHER_ID', n.npi())}; office {n.PH(n.phone_us(n.addr['state']))}\n"
        f"Driver callback {dph}\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["filled", "stamp", "initials"]))]
    n.extras = extras(n, 3, [ex_ids])


def t_animal(n: Note):
    hamilton = n.p(0.4)
    n.make_patient(18, 97, p_old=0.2)
    if hamilton:
        n.set_home(("Hamilton", *WORD_TOWNS["Hamilton"]))
        n.addr["unit"] = n.addr["unit"] or f"Apt {n.n(1, 30)}{n.c('ABC')}"
    pt = n.pt
    d = n.clin(cred=n.c(["LCSW", "PsyD", "LPC", "MD", "PMHNP-BC"]), role="treating clinician")
    pet = n.c(["Biscuit", "Pretzel", "Waffles", "Noodle", "Moose", "Pickles", "Tater", "Mochi"])
    breed = n.c(["terrier mix", "domestic shorthair cat", "Labrador mix", "miniature schnauzer", "rabbit"])
    chip = "985" + n.digits(12) if n.p(0.6) else "900" + n.digits(12)
    airline = n.p(0.35)
    since = n.date(-n.n(120, 1500))
    if airline:
        to = (f"To: {n.c(['Skyward Air', 'Pinecrest Airlines', 'Bluewing'])} Accessibility Desk\n"
              f"RE: {pt.full()} — record locator {P('OTHER_ID', n.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'))}, "
              f"loyalty no. {P('OTHER_ID', n.digits(9, True))}, travel {n.D(n.date(n.n(10, 60)))}\n"
              f"Dear Accessibility team,\n")
    else:
        ll = n.person()
        cx = n.c(["Maple Court Apartments", "Riverstone Flats", "The Quarry Lofts", "Willowmere Townhomes"])
        to = (f"To: {ll.full()}, Property Manager, {P('ADDRESS', cx)}\n{n.ADDR()}, {n.CITY()}\n"
              f"RE: Reasonable accommodation — {pt.full()}\nDear {ll.title()},\n")
    ham = (f"{E('Hamilton Anxiety Rating Scale')} {SC(str(n.n(18, 32)))}" if hamilton or n.p(0.5)
           else f"{E('Yale-Brown Obsessive Compulsive Scale')} {SC(str(n.n(16, 30)))}")
    body = (
        letterhead(n, n.c(["Behavioral Health", "Psychiatry Clinic", "Counseling Center"]))
        + f"{n.D(n.visit, n.c(['long', 'nbsp', 'long_wd', 'th_month']))}\n\n"
        + to
        + f"{pt.full()} ({n.ptA(n.c(['yo_dots', 'bare', 'plain_years']))}) has been under my care since {n.D(since)}. "
        f"I am familiar with {'her' if pt.sex == 'F' else 'his'} history and with the functional limitations imposed by "
        f"{DX(n.c(['post-traumatic stress disorder', 'panic disorder with agoraphobia', 'major depressive disorder, recurrent']))}. "
        f"At the last visit ({n.D(n.date(-n.n(3, 40)))}) the {ham}, {SC(f'GAD-7 {n.n(8, 21)}')} and {SC(f'PHQ-9 {n.n(5, 24)}')}.\n"
        f"The animal, a {breed} named {pet} (microchip {P('OTHER_ID', chip)}, rabies tag {P('OTHER_ID', n.c([f'{n.visit.year}-{n.digits(5)}', n.digits(6, True)]))}), "
        f"provides support that alleviates symptoms; {pt.first()} uses it with {DR('sertraline 100 mg daily')} and weekly therapy.\n"
        f"Please contact me at {n.PH(n.phone_us())} or {P('EMAIL', n.email_of(d, n.c(['mindwellcounseling.com', 'tallgrass-health.org', 'outlook.com'])))}.\n"
    )
    lic = P("LICENSE", n.c([f"{d.cred.split('-')[0][:4]}{n.digits(6)}", f"{n.digits(2)}.{n.digits(6)}", f"{n.letters(3)}-{n.digits(5)}"]))
    n.head = [body]
    n.tail = [sig(n, d, n.c(["uk", "filled", "adobe", "pp"])), f"{n.addr['state']} license {lic}\n"]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3)


def t_apheresis(n: Note):
    kind = n.c(["TPE", "RBC exchange", "photopheresis"])
    diego = n.p(0.3)
    n.make_patient(12, 96, p_old=0.15, sex="M" if diego else None, given="Diego" if diego else None,
                   pool="us" if diego else None)
    pt = n.pt
    duffy = n.p(0.4)
    rn = n.clin(cred="RN", role="apheresis nurse", family=n.c(["Duffy", "Kell", "Kidd"]) if duffy else None)
    md = n.clin(cred="MD", role="transfusion medicine physician")
    k_total = n.c([5, 6, 3, 8])
    k = n.n(1, k_total)
    ind = {"TPE": n.c([DX("myasthenic crisis"), E("Guillain-Barré syndrome"), DX("TTP"), DX("anti-GBM disease")]),
           "RBC exchange": DX("sickle cell disease (HbSS), stroke prevention"),
           "photopheresis": DX("chronic GVHD of skin")}[kind]
    rbc = ""
    if kind == "RBC exchange":
        rbc = (f"Pre {LB(f'HbS {n.n(45, 78)}%')} → post {LB(f'HbS {n.n(18, 30)}%')}; {n.n(5, 9)} RBC units, "
               f"antigen-matched for C, E, {E('Kell')}, {E('Kidd')} (Jkb−) and {E('Duffy')} (Fya−)"
               + (f"; {E('Diego')} antigen not typed" if diego else "") + ". Unit numbers on the transfusion record.\n")
    else:
        rbc = (f"Replacement {DR(f'5% albumin {n.n(24, 40)}00 mL')}" + (f" + {DR(f'FFP {n.n(2, 4)} units')}" if n.p(0.5) else "")
               + f"; {DR(f'ACD-A 1:{n.c([12, 13, 15])}')} inlet ratio; {LB(n.c(['1.0', '1.25', '1.5']) + ' plasma volumes')}.\n")
        if diego:
            rbc += f"{E('Diego')} antigen screen not indicated.\n"
    body = (
        f"APHERESIS PROCEDURE RECORD — {kind} {k} of {k_total}\n"
        + hdr(n, n.c(["barcode", "xml", "box", "csv"]))
        + f"Date {n.D(n.visit)}  start {n.n(7, 11):02d}:{n.n(0, 59):02d}  end {n.n(12, 15):02d}:{n.n(0, 59):02d}\n"
        f"Indication: {ind}\n"
        f"Device: {CD(n.c(['Spectra Optia', 'Amicus Separator', 'THERAKOS CELLEX']))} SN {P('DEVICE', n.c([f'{n.digits(2)}{n.letters(1)}{n.digits(5)}', f'1X{n.digits(6)}']))}; "
        f"access {E('Mahurkar')} {n.c(['11.5', '13.5'])} Fr {n.c(['R IJ', 'L IJ', 'R femoral'])} placed {n.D(n.date(-n.n(1, 12)))}\n"
        f"Wt {VT(f'{n.n(380, 1150) / 10:.1f} kg')}, Hct {LB(f'{n.n(24, 42)}%')}, TBV {LB(f'{n.n(3100, 6200):,} mL')}\n"
        + rbc
        + f"Pre {VT(f'BP {n.n(96, 150)}/{n.n(52, 92)}')} HR {VT(str(n.n(58, 110)))}; post {VT(f'BP {n.n(96, 150)}/{n.n(52, 92)}')}. "
        f"Perioral tingling at {n.n(30, 80)} min, {LB(f'iCa {n.n(95, 112) / 100:.2f} mmol/L')} → {DR('calcium gluconate 1 g IV')}, resolved.\n"
        f"Apheresis RN {rn.full()}; physician {md.dr()} at bedside for {n.c(['first 15 min', 'initiation', 'entire run'])}.\n"
        f"Next procedure {n.D(n.date(n.c([2, 1, 7, 14])), n.c(['mdot', 'th_month', 'long_wd', 'dmy_short']))}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, md, n.c(["cosign", "auth", "initials"]))]
    n.extras = extras(n, 4, [ex_contacts])



# ============================================================================ note types (9-16)


def t_ep(n: Note):
    who = n.c(["Marshall", "Kent", "Bachmann", "Koch", None, None])
    if who in ("Marshall", "Kent"):
        n.make_patient(16, 96, p_old=0.2, sex="M", given=who, pool="us")
    elif who:
        n.make_patient(16, 96, p_old=0.2, family=who, pool="us")
    else:
        n.make_patient(16, 96, p_old=0.2)
    pt = n.pt
    ep = n.clin(cred="MD", role="electrophysiologist")
    fel = n.clin(cred="MD", role="EP fellow")
    crna = n.clin(cred="CRNA", role="anesthesia")
    tech = n.clin(cred=n.c(["RCES", "RCIS"]), role="EP technologist")
    proc = n.c(["avnrt", "afl", "wpw", "pvi", "atyp"])
    if proc == "avnrt":
        what = (f"{DX('typical AVNRT')} induced with atrial extrastimuli, {VT(f'TCL {n.n(290, 380)} ms')}. Slow pathway modification "
                f"in the inferior {E('triangle of Koch')}, anterior to the coronary sinus os and well below the {E('tendon of Todaro')}; "
                f"junctional rhythm during RF, no {AB('VA')} block.")
    elif proc == "afl":
        what = (f"{DX('typical counterclockwise flutter')}, {VT(f'CL {n.n(220, 280)} ms')}, {VT('2:1')} conduction on arrival. "
                f"CTI line with bidirectional block; aberrancy with {E('Ashman phenomenon')} noted on the rhythm strip.")
    elif proc == "wpw":
        what = (f"{E('Wolff-Parkinson-White')} pattern; left lateral accessory pathway (historical '{E('bundle of Kent')}'), "
                f"{E('Mahaim')}-type fibers excluded. Ablated via transseptal approach; delta wave gone at {n.n(4, 15)} s.")
    elif proc == "pvi":
        what = (f"{DX('paroxysmal atrial fibrillation')}. Wide-area PVI; ethanol infusion of the {E('vein of Marshall')} "
                f"({DR('98% ethanol 4 mL')} ×{n.n(2, 3)}). Roof and mitral lines; entrance/exit block confirmed.")
    else:
        what = (f"{DX('atypical atrial flutter')} conducted over {E('Bachmann bundle')}; {VT(f'CL {n.n(240, 320)} ms')}. "
                f"Anterior line to the mitral annulus.")
    dev = ""
    if n.p(0.4):
        dev = (f"Existing {n.c(['dual-chamber pacemaker', 'ICD', 'leadless pacemaker'])} SN "
               f"{P('DEVICE', n.c([f'{n.letters(3)}{n.digits(6)}{n.letters(1)}', f'{n.digits(6, True)}', f'RNB{n.digits(6)}']))} "
               f"interrogated before and after; parameters unchanged.\n")
    carto = n.visit.strftime("%Y-%m%d") + f"-{n.digits(4)}"
    body = (
        "ELECTROPHYSIOLOGY STUDY AND CATHETER ABLATION\n"
        + hdr(n, n.c(["dictation", "box", "logfmt", "barcode", "bullets"]))
        + f"Date {n.D(n.visit)}. Operators: {ep.dr()} (attending), {fel.dr()} (fellow). Anesthesia: {crna.full()}, CRNA "
        f"({DR('propofol')} MAC). EP technologist {tech.ini()}.\n"
        f"Mapping: {CD('CARTO 3')} case {P('OTHER_ID', carto)}; catheters {CD('ThermoCool SmartTouch SF')}, decapolar CS "
        f"(lot numbers on the implant log).\n"
        f"Baseline intervals: {LB(f'AH {n.n(55, 120)} ms')}, {LB(f'HV {n.n(35, 55)} ms')}, {LB(f'QRS {n.n(80, 120)} ms')}; "
        f"AV block cycle length {VT(f'{n.n(320, 460)} ms')}.\n"
        f"Findings/ablation: {what}\n"
        + dev
        + f"RF {LB(f'{n.n(25, 50)} W')} × {n.n(8, 40)} lesions; fluoro {LB(f'{n.n(2, 19)}.{n.n(0, 9)} min')}; {DR(f'heparin {n.n(5, 14)},000 units IV')} "
        f"(ACT {LB(f'{n.n(300, 380)} s')}). No complications; {E('Valsalva')} and isoproterenol challenge negative after ablation.\n"
        f"Age {n.ptA(n.c(['yo_dots', 'bare', 'y_slash_o', 'years_and_months']))}; codes {CD(n.c(['93653', '93656', '93655']))}, "
        f"{CD(n.c(['I47.19', 'I48.92', 'I45.6']))}.\n"
    )
    if who:
        body += f"{pt.title()} and family updated by phone {n.PH(n.pt_phones[0])}.\n"
    n.head = [body]
    n.tail = [sig(n, ep, n.c(["auth", "adobe", "cosign", "dbnr", "stamp"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_access])


def t_csa(n: Note):
    named = n.p(0.4)
    if named:
        n.make_patient(19, 94, p_old=0.15, pool="us", given="Roland" if n.p(0.5) else None,
                       family=n.c(["McGill", "Morris"]), sex="M" if n.p(0.5) else None)
    else:
        n.make_patient(19, 94, p_old=0.15)
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "DO", "NP", "PA-C"]), role="prescriber")
    ma = n.clin(cred="CMA", role="medical assistant")
    mid = d.cred in ("NP", "PA-C")
    bup = n.p(0.35)
    dea = n.dea(d, midlevel=mid)
    xdea = n.dea(d, x=True) if bup else ""
    pharm = n.c(["Rx Depot #4471", "Hometown Pharmacy", "Corner Drug Co.", "Medicine Shoppe of the valley"])
    drug = (DR("buprenorphine-naloxone 8/2 mg SL film daily") if bup else
            DR(n.c(["oxycodone-acetaminophen 5/325 mg q6h PRN, max 4/day", "hydrocodone-acetaminophen 7.5/325 mg q8h PRN",
                    "tramadol 50 mg q6h PRN", "morphine ER 15 mg q12h"])))
    hh, _ = n.relative(n.c(["spouse", "adult son", "adult daughter", "partner"]), phone=False)
    last = n.date(-n.n(20, 60))
    pdmp = n.c([f"PMP-{n.digits(9)}", f"{n.visit.year}{n.digits(7)}", f"Q{n.digits(8)}"])
    body = (
        "CONTROLLED SUBSTANCE TREATMENT AGREEMENT\n"
        + hdr(n, n.c(["ini", "markdown", "bullets", "csv"]))
        + f"I, {pt.full()}, agree to the following for treatment of {DX(n.c(['chronic low back pain', 'opioid use disorder', 'post-laminectomy syndrome', 'sickle cell arthropathy']))}.\n"
        f"1. One prescriber: {d.full()}, {d.cred} — DEA {P('LICENSE', dea)}" + (f"; X-DEA {P('LICENSE', xdea)}" if bup else "") + ".\n"
        f"2. One pharmacy: {pharm}, {n.PH(n.phone_us(n.addr['state']))}.\n"
        f"3. Medication: {drug}; {LB(f'MME {n.n(10, 60)}')}" + ("" if bup else f"; {DR('naloxone 4 mg nasal spray')} dispensed") + ".\n"
        f"4. Pill counts on request — last count {LB(f'{n.n(40, 59)}/60 tablets')} on {n.D(last)}; urine drug test "
        f"{n.D(last, n.c(['mdot', 'apos', 'ymd_np']))} as expected.\n"
        f"5. PDMP reviewed {n.D(n.visit)} (query {P('OTHER_ID', pdmp)}); no other prescribers.\n"
        f"6. Safe storage in a lockbox; household: {hh.full()}.\n"
        f"Function: {E('Oswestry Disability Index')} {SC(f'{n.n(22, 68)}%')}, {E('Roland-Morris')} {SC(f'{n.n(6, 22)}/24')}, "
        f"{E('McGill Pain Questionnaire')} (short form) {SC(str(n.n(12, 38)))}; goal: walk the dog {n.n(10, 30)} min daily.\n"
        f"Patient signature: {pt.full()} ({n.ptA(n.c(['bare', 'yo_dots', 'y_slash_o']))})   Date {n.D(n.visit, n.c(['us', 'nbhy', 'dmy_short']))}\n"
        f"Witness: {ma.full()}, {ma.cred}\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["filled", "initials", "stamp", "auth"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_meds])


def t_dismissal(n: Note):
    minor = n.p(0.2)
    n.make_patient(2 if minor else 19, 17 if minor else 99, p_old=0.2)
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "DO"]), role="primary care physician")
    mgr = n.person(pool="us")
    to = pt
    if minor:
        to, _ = n.relative(n.c(["mother", "father", "guardian"]), same_family=n.p(0.7))
    art = "9" + n.c(["407", "214", "589"]) + " " + " ".join(n.digits(4) for _ in range(4)) + " " + n.digits(2)
    missed = sorted(n.r.sample(range(30, 300), 3), reverse=True)
    styles = n.r.sample(["mdot", "apos", "th_month", "long_wd", "nbhy", "dmy_short", "ymd_np", "slashdiv"], 3)
    misses = ", ".join(n.D(n.date(-x), st) for x, st in zip(missed, styles))
    end = n.date(30)
    letter_to = (f"{to.full(mid=True)}\n{n.ADDR()}\n{n.CITY()}\n" if n.p(0.6) else
                 f"{to.full('upper')}\n{n.ADDR(style='caps')}\n{P('CITY', n.addr['city'].upper())} {n.addr['state']} {P('ZIP', n.addr['zip'] + n.addr['zip4'])}\n")
    body = (
        letterhead(n, n.c(["Family Medicine", "Internal Medicine Associates", "Pediatrics"]))
        + f"{n.D(n.visit, n.c(['long', 'nbsp', 'long_wd']))}\n"
        f"SENT BY CERTIFIED MAIL — article {P('OTHER_ID', art)} — RETURN RECEIPT REQUESTED\n\n"
        + letter_to
        + f"\nDear {to.title()},\n"
        f"This letter is to inform you that{' ' + pt.first() + ' ' if minor else ' '}will no longer be seen at our practice after "
        f"{n.D(end, n.c(['long', 'us', 'mdot']))}. Appointments on {misses} were missed without notice, despite reminder calls to "
        f"{n.PH(n.pt_phones[0])}.\n"
        f"We will provide urgent care only until that date. {DR(n.c(['metformin 1,000 mg BID', 'lisinopril 20 mg daily', 'albuterol 90 mcg 2 puffs q4h PRN', 'atorvastatin 40 mg daily']))} "
        f"has been sent for a 30-day supply. Please select a new physician; your plan ({payer(n)}, member "
        f"{P('HEALTH_PLAN', member_id(n))}) can help, or call the county medical society referral line at {n.PH(n.phone_us(n.addr['state']))}.\n"
        f"Copies of records are sent on receipt of a signed authorization: Medical Records, {n.PH(n.phone_us(n.addr['state']))}, "
        f"fax {n.PH(n.phone_us(n.addr['state']), cat='FAX')}.\n\nSincerely,\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["uk", "filled", "pp", "adobe"])), f"Practice manager: {mgr.full()}\n"]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 2, [ex_prior])


VARIANTS = [("Kristina", "Christina", "F"), ("Jon", "John", "M"), ("Sara", "Sarah", "F"), ("Aleksandr", "Alexander", "M"),
            ("Mohammad", "Muhammad", "M"), ("Katarzyna", "Katherine", "F"), ("Youssef", "Yousef", "M"),
            ("Geovanny", "Giovanni", "M"), ("Shaniqua", "Shaniqwa", "F"), ("Brittani", "Brittany", "F")]


def t_mpi(n: Note):
    kind = n.c(["given", "fold", "swap", "hyphen", "maiden", "given"])
    if kind == "maiden":
        sex = "F"
    else:
        sex = None
    if kind == "given":
        a, b, vs = n.c(VARIANTS)
        n.make_patient(1, 101, p_old=0.25, given=a, pool="us", sex=vs)
    elif kind == "fold":
        n.make_patient(1, 101, p_old=0.25, pool="world")
    elif kind == "hyphen":
        n.make_patient(1, 101, p_old=0.25, pool="world")
        if "-" not in n.pt.family:
            n.pt.family = n.pt.family + "-" + n.c(["Okafor", "Lindgren", "Vasquez", "Hale", "Moreau"])
    else:
        n.make_patient(18 if kind == "maiden" else 1, 101, p_old=0.25, sex=sex)
    pt = n.pt
    if kind == "given":
        var = f"{pt.family.upper()}, {b.upper()}"
        var_m = P("NAME", pt.family.upper()) + ", " + P("NAME", b.upper())
    elif kind == "fold":
        f, g = ascii_fold(pt.family), ascii_fold(pt.given)
        if (f, g) == (pt.family, pt.given):
            f = f.upper()
        var_m = P("NAME", f) + ", " + P("NAME", g)
    elif kind == "swap":
        var_m = P("NAME", pt.given.upper()) + ", " + P("NAME", pt.family.upper())
    elif kind == "hyphen":
        var_m = P("NAME", pt.family.split("-")[0].upper()) + ", " + P("NAME", pt.given.upper())
    else:
        maiden = n.c(US_FAM)
        while maiden.lower() in n.used:
            maiden = n.c(US_FAM)
        n.used.add(maiden.lower())
        var_m = P("NAME", maiden.upper()) + ", " + P("NAME", pt.given.upper())
    dob = n.dob
    if dob.day <= 12 and dob.day != dob.month:
        swapped = dob.replace(month=dob.day, day=dob.month)
    else:
        swapped = dob + dt.timedelta(days=n.c([-1, 1, 10, 365]))
    old_mrn = n.mrn()
    empi = f"{n.c(['E', 'EMPI', 'X'])}{n.digits(9)}"
    an, sup = n.person(pool="us"), n.person(pool="us")
    old = n.us_address()
    oph = n.phone_us(old["state"])
    ssn4 = n.digits(4, True)
    fac = n.c(["SJM", "NFC", "TRH", "CBM"])
    encs = " ".join(f"FIN {P('ACCOUNT', n.digits(9, True))} ({n.D(n.date(-n.n(40, 1900)))});" for _ in range(n.n(1, 3)))
    body = (
        f"HIM — DUPLICATE RECORD / MPI MERGE REQUEST      ticket {P('OTHER_ID', f'HIM-{n.digits(6)}')}\n"
        f"Requested by {an.full()}, HIM data integrity, on {n.D(n.visit, n.c(['us', 'iso', 'nbhy']))}\n"
        f"                  SURVIVING                         RETIRED\n"
        f"MRN               {P('MRN', n.mrn_v)}                 {P('MRN', f'{fac}:{old_mrn}')}\n"
        f"EMPI              {P('MRN', empi)}              (same)\n"
        f"Name              {pt.lf('upper')}        {var_m}\n"
        f"DOB               {n.dob_mark('us')}               {n.D(swapped, 'us')}\n"
        f"SSN last 4        {P('SSN', ssn4)}                       {P('SSN', ssn4)}\n"
        f"Phone             {n.PH(n.pt_phones[0], 'dash')}              {n.PH(oph, 'dash')}\n"
        f"Address           {n.ADDR()}       {n.ADDR(old)}\n"
        f"Match score {SC(f'{n.n(880, 990) / 10:.1f}%')}; barcode on retired chart *{P('MRN', old_mrn)}*. Age per surviving record "
        f"{n.ptA(n.c(['bare', 'yo_dots', 'yrs_mos']))}.\n"
        f"Encounters to move: {encs}\n"
        f"Verified by phone with {'the patient' if n.age >= 18 else 'the parent'} at {n.PH(n.pt_phones[0])}: DOB and address "
        f"match; {n.addr['state']} DL {P('LICENSE', dl_number(n))}. Retired record had "
        f"{DX(n.c(['penicillin allergy', 'latex allergy', 'sulfa allergy']))} that was not on the surviving chart — reconciled.\n"
        f"Approved: {sup.full()}, RHIA, {n.D(n.date(1), n.c(['mdot', 'apos', 'us_short']))}\n"
    )
    n.head = [body]
    n.tail = []
    n.extras = extras(n, 3, [ex_access])


def t_concussion(n: Note):
    buffalo = n.p(0.4)
    n.make_patient(10, 38, p_old=0)
    if buffalo:
        n.set_home(("Buffalo", *WORD_TOWNS["Buffalo"]))
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "DO", "NP"]), role="sports medicine")
    at = n.clin(cred="ATC", role="athletic trainer")
    coach = n.person(pool="us", family=n.c(["Maddocks", "Devick", None, None, None]))
    teacher = n.person()
    inj = n.date(-n.n(5, 40))
    sport = n.c(["soccer", "football", "ice hockey", "rugby", "lacrosse", "wrestling", "roller derby", "cheer"])
    par_line = ""
    if n.age < 18:
        par, ph = n.relative(n.c(["mother", "father"]), same_family=n.p(0.8))
        par_line = f"Present: {par.full()} ({'mother' if par.sex == 'F' else 'father'}), {ph}.\n"
    base = n.n(380, 460) / 10
    school = n.c(["Ridgeview High", "Lincoln Middle School", "St. Agnes Academy", "the community college"])
    body = (
        f"CONCUSSION CLINIC — FOLLOW-UP ({n.D(n.visit)})\n"
        + hdr(n, n.c(["dictation", "markdown", "vcard", "ini", "bullets"]))
        + f"Injury {n.D(inj, n.c(['mdot', 'long_wd', 'apos', 'th_month']))}: {sport}, head-to-{n.c(['head', 'ice', 'ground'])} contact; "
        f"no LOC. Seen on field by {at.full()}, ATC; coach {coach.full()} removed from play.\n"
        + par_line
        + f"Symptoms: {SC(f'SCAT6 symptom severity {n.n(4, 60)}/132')}, {SC(f'{n.n(2, 15)}/22 symptoms')}.\n"
        f"Exam: {E('Maddocks questions')} {SC('5/5')}; {E('King-Devick')} {LB(f'{base + n.n(0, 80) / 10:.1f} s')} "
        f"(baseline {LB(f'{base:.1f} s')}); {SC(f'BESS {n.n(3, 18)} errors')}; NPC {LB(f'{n.n(4, 14)} cm')}.\n"
        f"{E('Buffalo Concussion Treadmill Test')}: symptom-limited at {VT(f'HR {n.n(130, 175)}')} at {n.n(6, 17)} min; "
        f"aerobic Rx {VT(f'HR {n.n(120, 160)}')} 20 min/day.\n"
        f"ImPACT passport {P('OTHER_ID', n.c([f'{n.letters(2)}{n.digits(6)}', f'IMP-{n.digits(7)}']))}: baseline {n.D(n.date(-n.n(200, 500)))}, "
        f"post-injury {n.D(n.date(-n.n(1, 4)))}; verbal memory {SC(str(n.n(60, 95)))}, visual motor speed {SC(f'{n.n(280, 450) / 10:.1f}')}.\n"
        f"Return to learn: stage {n.n(2, 4)} at {school} (student ID {P('OTHER_ID', n.digits(7, True))}); letter to "
        f"{teacher.title()} for rest breaks and no screens > 20 min. {n.ptA(n.c(['yo_dots', 'y_slash_o', 'bare', 'yo_hyph']))} "
        f"{'athlete' if n.age >= 14 else 'student'}; {DR('acetaminophen 500 mg PRN')} only.\n"
    )
    if buffalo:
        body += f"Lives in {n.CITY()} — recheck in {n.c(['1 week', '10 days', '2 weeks'])}.\n"
    n.head = [body]
    n.tail = [sig(n, d, n.c(["cosign", "initials", "auth", "uk"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_fund, ex_sms, ex_vitals])


def t_aesthetic(n: Note):
    town = n.c(["Pittsburgh", "Frankfort", None, None])
    fitz = n.p(0.3)
    n.make_patient(22, 92, p_old=0.08, family="Fitzpatrick" if fitz else None, pool="us" if fitz else None)
    if town:
        n.set_home((town, *WORD_TOWNS[town]))
    pt = n.pt
    d = n.clin(cred="MD", role="plastic surgeon")
    rn = n.clin(cred="RN", role="aesthetic nurse")
    handle = "@" + re.sub(r"[^a-z]", "", ascii_fold(pt.given).lower())[:8] + n.c(["_glow", ".fit", n.digits(2), "_x"])
    impl = ""
    if n.p(0.45):
        where = n.c(["Medellín", "Tijuana", "Santo Domingo", "Istanbul"])
        impl = (f"Prior augmentation in {P('CITY', where)} {n.D(n.date(-n.n(1500, 4000)), n.c(['dmy_short', 'us']))}: "
                f"implant card SN {P('DEVICE', n.digits(7, True) + '-' + n.digits(3))} (L), {P('DEVICE', n.digits(7, True) + '-' + n.digits(3))} (R).\n")
    body = (
        "AESTHETIC SURGERY CONSULTATION\n"
        + hdr(n, n.c(["dictation", "bullets", "markdown", "box", "vcard"]))
        + f"Seen {n.D(n.visit)} with {rn.full()}, RN. Found us on social media (handle {P('OTHER_ID', handle)}).\n"
        f"Concerns: {n.c(['skin laxity after 48 kg weight loss', 'upper-eyelid hooding', 'jowling and neck laxity'] + (['breast asymmetry'] if pt.sex == 'F' else ['gynecomastia']))}.\n"
        f"Skin: {E('Fitzpatrick')} type {SC(n.c(['II', 'III', 'IV', 'V']))}, {E('Glogau')} {SC(n.c(['type II', 'type III']))}.\n"
        + (f"Breast: {E('Regnault')} {SC(n.c(['grade 1', 'grade 2', 'pseudoptosis']))}; SN–N {LB(f'{n.n(19, 29)} cm')} / {LB(f'{n.n(19, 29)} cm')}.\n"
           if pt.sex == "F" else f"Chest: {E('Simon')} {SC(n.c(['grade IIa', 'grade IIb']))} gynecomastia.\n")
        + f"Face measured on the {E('Frankfort horizontal')}; after weight loss {E('Pittsburgh Rating Scale')} {SC(str(n.n(1, 3)))} abdomen.\n"
        + impl
        + f"BMI {VT(f'{n.n(210, 340) / 10:.1f}')}; nonsmoker; {DR('semaglutide 2.4 mg weekly')} stopped {n.D(n.date(-n.n(30, 200)), n.c(['mdot', 'apos']))}.\n"
        f"Plan: photos (IMG_{n.n(1000, 9999)}–{n.n(1000, 9999)}), quote given; financing account {P('ACCOUNT', n.c([n.digits(16), '6019 ' + n.digits(4) + ' ' + n.digits(4) + ' ' + n.digits(4)]))}. "
        f"{n.ptA(n.c(['yo_dots', 'bare', 'half', 'plain_years']))} patient.\n"
    )
    if town:
        body += f"Drives in from {n.CITY()}.\n"
    n.head = [body]
    n.tail = [sig(n, d, n.c(["adobe", "auth", "filled", "uk"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_fund])


def t_hemophilia(n: Note):
    stuart = n.p(0.3)
    n.make_patient(2, 92, sex="M", p_old=0.08, given=n.c(["Stuart", "Bernard"]) if stuart else None, pool="us" if stuart else None)
    pt = n.pt
    hem = n.clin(cred="MD", role="hematologist")
    htc = n.clin(cred="RN", role="HTC nurse coordinator", family="Fletcher" if n.p(0.35) else None)
    pt_ = n.clin(cred="DPT", role="physical therapist")
    kind = n.c(["A", "B", "vwd"])
    dx = {"A": f"{DX('hemophilia A, severe')} ({LB('FVIII <1%')})",
          "B": f"{DX('hemophilia B, moderate')} ({E('Christmas disease')}; {LB(f'FIX {n.n(1, 5)}%')})",
          "vwd": f"{E('von Willebrand disease')} type {n.c(['2A', '2B', '3'])} ({LB(f'VWF:Ag {n.n(5, 35)}%')})"}[kind]
    ppx = {"A": DR("emicizumab 3 mg/kg SC weekly"), "B": DR("rFIX-Fc 50 IU/kg every 7 days"),
           "vwd": DR("VWF/FVIII concentrate 50 IU/kg twice weekly")}[kind]
    mom, mph = n.relative("mother (carrier)", sex="F", same_family=True)
    if n.age <= 30:
        gfw = "maternal grandfather"
        gfa = n.n(86, 100)
    else:
        gfw = "maternal uncle"
        gfa = min(n.age + n.n(3, 20), 101)
    gf, _ = n.relative(gfw, sex="M", same_family=False, old=gfa > 75, phone=False)
    body = (
        "HEMOPHILIA TREATMENT CENTER — ANNUAL COMPREHENSIVE VISIT\n"
        + hdr(n, n.c(["dictation", "csv", "box", "markdown", "xml"]))
        + f"Visit {n.D(n.visit)}; team: {hem.dr()}, {htc.full()} RN, {pt_.full()} DPT.\n"
        f"Diagnosis: {dx}. Inhibitor {LB(f'{n.n(0, 9) / 10:.1f} BU')} ({E('Nijmegen-Bethesda')} assay, {n.D(n.date(-n.n(20, 200)))}).\n"
        f"Prophylaxis: {ppx}; product lots recorded in the app (user {P('OTHER_ID', n.user_id(pt))}).\n"
        f"Bleeds since last visit: {LB(f'ABR {n.n(0, 6)}')}, target joint {n.c(['R ankle', 'L knee', 'R elbow'])}; {SC(f'HJHS {n.n(0, 30)}')}.\n"
        f"Excluded on the work-up: {E('Glanzmann thrombasthenia')}, {E('Bernard-Soulier syndrome')}, {E('Fletcher factor')} and "
        f"{E('Hageman factor')} deficiency, {E('Stuart-Prower factor')} deficiency.\n"
        f"IDs: specialty pharmacy patient {P('OTHER_ID', n.c([f'SP{n.digits(8)}', f'{n.digits(3)}-{n.digits(6)}']))}; MedicAlert "
        f"{P('OTHER_ID', n.digits(8, True))}.\n"
        f"Family: mother {mom.full()} is a carrier ({LB(f'FVIII {n.n(35, 60)}%')}), {mph}; {gfw} {gf.full()}, "
        f"{n.A(gfa, n.c(['yo_dots', 'y_slash_o', 'half', 'bare']))}, mild {'hemophilia' if kind != 'vwd' else 'bleeding disorder'}, "
        f"never treated.\n"
        f"Patient is {n.ptA(n.c(['yo_dots', 'years_and_months', 'yrs_mos', 'bare']))}; school/work letter provided.\n"
    )
    n.head = [body]
    n.tail = [sig(n, hem, n.c(["auth", "cosign", "uk", "stamp"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_fund, ex_coverage])


def t_sickle(n: Note):
    n.make_patient(18, 66, p_old=0, family=n.c(["Kidd", "Duffy", None, None, None]), pool="us" if n.p(0.4) else None)
    pt = n.pt
    hem = n.clin(cred="MD", role="hematologist", family=n.c(["Cabot", "Heinz", None, None]))
    np_ = n.clin(cred="NP", role="sickle cell NP")
    plan_id = n.c([f"CP-{n.digits(6)}", f"SCD{n.visit.year % 100}{n.digits(5)}", f"{n.letters(2)}{n.digits(7)}"])
    valid = n.date(n.n(150, 365))
    body = (
        f"INDIVIDUALIZED ED CARE PLAN — SICKLE CELL DISEASE      plan {P('OTHER_ID', plan_id)}, valid through "
        f"{n.D(valid, n.c(['nbhy', 'apos', 'long', 'ymd_np']))}\n"
        + hdr(n, n.c(["barcode", "box", "bullets", "ini"]))
        + f"Genotype {LB('HbSS')}; baseline {LB(f'Hb {n.n(62, 94) / 10:.1f} g/dL')}, {LB(f'retic {n.n(5, 18)}%')}, "
        f"{LB(f'ferritin {n.n(600, 3900):,} ng/mL')}; smear shows {E('Pappenheimer bodies')} and {E('Cabot rings')}, no {E('Heinz bodies')}.\n"
        f"Red cell phenotype: {E('Kell')} negative, C−E−, {E('Kidd')} Jk(b−), {E('Duffy')}-null; alloantibodies anti-E, anti-Jkb: "
        f"give antigen-negative, HbS-negative units.\n"
        f"Pain: within 60 min of arrival {DR(f'hydromorphone {n.c([1, 1.5, 2])} mg IV')} every 20–30 min ×3, then PCA; "
        f"{DR('ketorolac 15 mg IV')} if Cr < 1.2; do not give {DR('meperidine')}.\n"
        f"Home: {DR(f'hydroxyurea {n.c([1000, 1500, 1250])} mg daily')}, {DR('deferasirox 1,080 mg daily')}, {DR('folic acid 1 mg daily')}.\n"
        f"Acute chest: CXR, {LB('CBC')}, incentive spirometry 10×/h, {DR('ceftriaxone 1 g IV')} + {DR('azithromycin 500 mg')}.\n"
        f"Contacts: {hem.dr()} {n.PH(n.phone_us(n.addr['state']))}; {np_.full()}, NP, after hours {n.PH(n.phone_us(n.addr['state']))}.\n"
        f"Age {n.ptA(n.c(['bare', 'yo_dots', 'y_slash_o']))}; {pt.first()} prefers the {n.c(['left', 'right'])} forearm for IVs; "
        f"ultrasound-guided if 2 attempts fail.\n"
    )
    n.head = [body]
    n.tail = [sig(n, hem, n.c(["auth", "adobe", "stamp", "cosign"]))]
    n.extras = extras(n, 3, [ex_fund, ex_contacts])



# ============================================================================ note types (17-24)


def t_faa(n: Note):
    named = n.c(["Jaeger", "Maddox", "Farnsworth", None, None, None])
    n.make_patient(17, 94, p_old=0.15, family=named, pool="us" if named else None)
    pt = n.pt
    ame = n.clin(cred=n.c(["MD", "DO"]), role="aviation medical examiner")
    cls = "third" if n.age > 70 else n.c(["first", "second", "third"])
    exp = n.date(n.c([365, 730, 1825]))
    mxp = n.c([f"{n.letters(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{n.digits(6)}", f"MXP{n.digits(8)}", f"{n.digits(4)}-{n.letters(4)}"])
    last = n.date(-n.n(300, 1200))
    si = ""
    if n.p(0.45):
        si = (f"Special Issuance: {DX(n.c(['obstructive sleep apnea', 'coronary artery disease s/p PCI', 'type 2 diabetes on metformin']))}; "
              f"authorization letter {P('OTHER_ID', f'SI-{n.visit.year}-{n.digits(6)}')} expires {n.D(n.date(n.n(100, 700)))}.\n")
    tail_no = ""
    if n.p(0.5):
        tail_no = f"Flies own {n.c(['Cessna 172S', 'Piper PA-28-181', 'Beechcraft Bonanza A36', 'Cirrus SR22'])} {P('VEHICLE', 'N' + str(n.n(10, 999)) + n.letters(2))}; "
    body = (
        "FAA MEDICAL CERTIFICATION — AME EXAM (FAA Form 8500-8)\n"
        + hdr(n, n.c(["dictation", "box", "ini", "xml", "markdown"]))
        + f"Exam {n.D(n.visit, n.c(['ordinal', 'iso', 'us']))} at {n.D(n.visit, 'dtg')}; MedXPress confirmation {P('OTHER_ID', mxp)}; "
        f"applicant ID {P('OTHER_ID', 'A' + n.digits(7))}; pilot certificate no. {P('LICENSE', n.digits(7, True))}\n"
        f"Class applied: {cls}. Last FAA exam {n.D(last, n.c(['julian', 'ordinal', 'mdot']))}. "
        + tail_no + f"total time {n.n(120, 19000):,} h, last 6 months {n.n(4, 400)} h.\n"
        f"Vision: distant {VT(f'20/{n.c([15, 20, 25])}')} OU {n.c(['uncorrected', 'corrected'])}, near {E('Jaeger')} {SC(n.c(['J1', 'J2']))}, "
        f"intermediate {VT('20/40')}; color vision {E('Farnsworth lantern')} pass; phorias by {E('Maddox rod')} "
        f"{LB(str(n.n(0, 3)) + ' prism diopter ' + n.c(['esophoria', 'exophoria']))}.\n"
        f"{VT(f'BP {n.n(104, 155)}/{n.n(60, 95)}')}, {VT(f'pulse {n.n(52, 96)}')}; hearing: conversational voice at 6 ft; "
        f"urine dipstick negative for protein and glucose.\n"
        + si
        + f"Airman is {n.ptA(n.c(['yo_dots', 'bare', 'y_slash_o', 'years_and_months']))}; certificate issued, {cls} class, "
        f"\"must wear corrective lenses for distant vision\"; expires end of {P('DATE', MONTHS[exp.month - 1] + ' ' + str(exp.year))}.\n"
        f"AME designee no. {P('LICENSE', n.digits(5, True))}; office {n.PH(n.phone_us(n.addr['state']))}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, ame, n.c(["stamp", "auth", "filled", "initials"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_ids])


RANKS = ["SPC", "SGT", "SSG", "SFC", "CPL", "SrA", "SSgt", "TSgt", "PO2", "PO1", "LCpl", "1LT", "CPT", "MAJ", "CW2"]
DEPLOY_CITIES = ["Erbil", "Niamey", "Constanța", "Rzeszów", "Mihail Kogălniceanu", "Djibouti", "Agadez", "Powidz"]


def t_deployment(n: Note):
    kess = n.p(0.3)
    n.make_patient(19, 58, p_old=0, family="Kessler" if kess else None, pool="us" if kess else None)
    pt = n.pt
    rank = n.c(RANKS)
    prov = n.clin(cred="PA-C", role="battalion physician assistant")
    prank = n.c(["CPT", "MAJ", "1LT", "LCDR"])
    where = n.c(DEPLOY_CITIES)
    start = n.date(-n.n(200, 330))
    end = n.date(-n.n(10, 40))
    blast = start + dt.timedelta(days=n.n(20, 150))
    dodid = n.digits(10, True)
    mil = (re.sub(r"[^a-z]", "", ascii_fold(pt.given).lower()) + "." + (pt.mi.lower() + "." if pt.mi else "")
           + re.sub(r"[^a-z]", "", ascii_fold(pt.family).lower()) + n.c([".mil@army.mil", ".mil@us.af.mil", ".mil@us.navy.mil", "@mail.mil"]))
    dsn = f"{n.c(['312', '314', '318', '315'])}-{n.n(200, 989)}-{n.digits(4)}"
    sp, sph = n.relative(n.c(["spouse", "wife", "husband", "mother"]), same_family=n.p(0.6))
    gp = ""
    if n.p(0.35):
        g, _ = n.relative(n.c(["grandfather", "great-uncle"]), sex="M", same_family=n.p(0.5), old=True, phone=False)
        gp = f"Family: {g.full()} (WWII/Korea veteran, {n.A(n.n(88, 101), n.c(['bare', 'yo_dots', 'spry', 'plain_years']))}) lives with the family.\n"
    body = (
        "POST-DEPLOYMENT HEALTH ASSESSMENT (DD Form 2796)\n"
        f"Service member: {rank} {pt.lf('upper', mid=True)}   DoD ID {P('OTHER_ID', dodid)}   DOB {n.dob_mark(n.c(['d_mon_y', 'yymmdd', 'us']))}\n"
        f"Unit: {n.c(['2-502 IN', '97th AMW', 'NMCB 133', '3rd MLR', '1-10 AVN'])}; DSN {P('PHONE', dsn)}; cell {n.PH(n.pt_phones[0])}; "
        f"{P('EMAIL', mil)}\n"
        f"Deployed to {P('CITY', where)} from {n.D(start, n.c(['julian', 'dtg', 'mil']))} to {n.D(end, n.c(['julian', 'dtg', 'mil']))} "
        f"({n.D(start, 'us')}–{n.D(end, 'us')}).\n"
        f"Exposures: burn pit smoke, JP-8, sand/dust, loud noise; blast {n.D(blast, 'dtg')} at {n.n(20, 300)} m, no LOC, "
        f"dazed {n.n(1, 15)} min.\n"
        f"Screens: {SC(f'PHQ-2 {n.n(0, 6)}/6')}, {SC(f'PCL-5 {n.n(4, 58)}')}, {SC(f'AUDIT-C {n.n(1, 9)}')}, {E('Kessler')} "
        f"{SC(f'K6 {n.n(2, 20)}/24')}; tinnitus R>L; {VT(f'BP {n.n(108, 150)}/{n.n(62, 96)}')}.\n"
        f"Spouse/next of kin: {sp.full()}, {sph}. Home: {n.FULLADDR()}.\n"
        + gp
        + f"Referrals: behavioral health (self-request), audiology. SM is {n.ptA(n.c(['yo_dots', 'y_slash_o', 'bare']))}; "
          f"{DR('prazosin 1 mg qHS')} started.\n"
        f"Reviewed by {prank} {prov.full()}, PA-C on {n.D(n.visit, n.c(['isoweek', 'ordinal', 'julian', 'us']))}\n"
    )
    n.head = [body]
    n.tail = [sig(n, prov, n.c(["auth", "adobe", "initials", "filled"]))]
    n.extras = extras(n, 3, [ex_ids])


def t_specimen(n: Note):
    n.make_patient(0, 101, p_old=0.25)
    pt = n.pt
    rn = n.clin(cred="RN", role="unit nurse", team=False, family=n.c(["Kirby", "Bauer", "Thayer", "Hinton", None, None, None]))
    phleb = n.clin(cred="CPT(ASCP)", role="phlebotomist")
    mls = n.clin(cred="MLS(ASCP)", role="certifying scientist")
    coll = n.date(-n.n(0, 2))
    acc = n.c([f"S{coll.strftime('%y%m%d')}-{n.digits(4)}", f"{date_text(coll, 'julian')[1]}-{n.digits(4)}",
               f"M{coll.year % 100}{n.digits(7)}"])
    reason = n.c(["mismatch", "hemolyzed", "stability", "unlabeled", "qns"])
    if reason == "mismatch":
        fam = pt.family[:-1] + ("s" if pt.family[-1] != "s" else "z")
        why = (f"Name on tube label \"{P('NAME', fam.upper())}, {P('NAME', pt.given.upper())}\" does not match the requisition "
               f"({pt.lf('upper')}); DOB on tube {n.D(n.dob, 'us')} matches. Two-identifier rule not met.")
    elif reason == "hemolyzed":
        why = f"Grossly hemolyzed ({LB('H-index 3+')}); {LB(f'K {n.n(58, 79) / 10:.1f} mmol/L')} not reportable."
    elif reason == "stability":
        why = f"Received {n.n(26, 70)} h after collection; {LB('ammonia')} stability is 30 min on ice."
    elif reason == "unlabeled":
        why = "Tube unlabeled; requisition only."
    else:
        why = f"Quantity not sufficient: {LB(f'{n.n(1, 4) / 10:.1f} mL')} received, {LB('2.7 mL')} needed for {LB('PT/INR')}."
    tests = n.c([f"blood cultures ×2 (would have gone to {E('MacConkey agar')} and {E('Sabouraud dextrose agar')} subculture)",
                 f"GC culture on {E('Thayer-Martin')} medium", f"{E('Kirby-Bauer')} disk diffusion on {E('Mueller-Hinton')} agar",
                 f"{LB('CMP')}, {LB('CBC with diff')}", f"{LB('PT/INR')}, {LB('aPTT')}"])
    called = n.date(0)
    body = (
        f"SPECIMEN REJECTION NOTICE — {n.c(HOSPITALS)} Laboratory\n"
        + hdr(n, n.c(["barcode", "csv", "logfmt", "box"]))
        + f"Accession {P('OTHER_ID', acc)}; requisition {P('OTHER_ID', 'RQ' + n.digits(8))}; order {P('OTHER_ID', n.digits(9, True))}\n"
        f"Test(s): {tests}\n"
        f"Collected {n.D(coll, n.c(['yymmdd', 'us_short', 'ymd_np']))} {n.n(0, 23):02d}:{n.n(0, 59):02d} by {phleb.ini()}, "
        f"received {n.D(coll + dt.timedelta(days=n.n(0, 2)), n.c(['mdot', 'nbhy', 'us']))}.\n"
        f"Reason: {why}\n"
        f"Action: recollect. Called {rn.full()}, RN at {n.PH(n.phone_us(n.addr['state']))} on {n.D(called, n.c(['mon_d', 'us_np']))}, "
        f"read-back verified. Occurrence report {P('OTHER_ID', f'OR-{n.digits(6)}')}.\n"
        f"Patient age {n.ptA(n.c(['bare', 'yo_dots', 'y_slash_o', 'half']))}. Certifying scientist: {mls.full()}, {mls.cred}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, mls, n.c(["auth", "initials", "stamp"]))]
    n.extras = extras(n, 3, [ex_access])


RINGER = "Ringer's lactate"


def t_blood(n: Note):
    n.make_patient(18, 102, p_old=0.35)
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "DO"]), role="surgeon")
    ringer = n.p(0.35)
    w1 = n.person(pool="us", family="Ringer" if ringer else None, sex="M")
    w2 = n.person()
    hlc = n.person()
    ag, agph = n.relative(n.c(["husband", "wife", "son", "daughter"]), same_family=n.p(0.6))
    card = n.date(-n.n(30, 2000))
    reg = n.c([f"AD-{n.digits(8)}", f"{n.addr['state']}{n.digits(9)}", f"USLW{n.digits(7)}"])
    ch = lambda: n.c(["accept", "refuse"])
    body = (
        f"REFUSAL OF BLOOD AND BLOOD PRODUCTS — ADVANCE MEDICAL DIRECTIVE ({n.c(HOSPITALS)})\n"
        + hdr(n, n.c(["bullets", "box", "markdown", "barcode"]))
        + f"I, {pt.full(mid=True)}, {n.ptA(n.c(['plain_years', 'bare', 'yo_dots']))}, am one of Jehovah's Witnesses. I refuse "
        f"☒ whole blood ☒ red cells ☒ white cells ☒ platelets ☒ plasma, even if my life is in danger.\n"
        f"Fractions (my personal decision): albumin {ch()}; cryoprecipitate {ch()}; IVIG {ch()}; clotting factors {ch()}; "
        f"{DR('epoetin alfa 40,000 units SC weekly')} accept.\n"
        f"Procedures: {CD('Cell Saver')} cell salvage in a continuous circuit {ch()}; acute normovolemic hemodilution {ch()}; "
        f"volume with {E(RINGER)} only.\n"
        f"Pre-op: {LB(f'Hb {n.n(88, 141) / 10:.1f} g/dL')}, {LB(f'ferritin {n.n(8, 240)} ng/mL')}; plan {DR('iron sucrose 200 mg IV')} ×3, "
        f"{DR('tranexamic acid 1 g IV')} at incision.\n"
        f"Health care agent: {ag.full()}, {agph}. \"No Blood\" card dated {n.D(card, n.c(['us', 'long', 'apos']))}; "
        f"advance directive registry {P('OTHER_ID', reg)}.\n"
        f"Witnesses: Elder {w1.full()}; {w2.full()}. Hospital Liaison Committee: {hlc.full()}, {n.PH(n.phone_us())}.\n"
        f"Signed {n.D(n.visit, n.c(['long_wd', 'nbsp', 'us']))} in the presence of {d.dr()}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["filled", "adobe", "auth", "pp"]))]
    n.extras = extras(n, 3, [ex_contacts])


def t_restraint(n: Note):
    n.make_patient(14, 97, p_old=0.2, family=n.c(["Posey", "Pinel", None, None, None]), pool="us" if n.p(0.5) else None)
    pt = n.pt
    md = n.clin(cred=n.c(["MD", "DO"]), role="psychiatrist")
    nps = n.clin(cred="NP", role="psychiatric NP")
    rns = [n.clin(cred="RN", role="unit nurse"), n.clin(cred="MHT", role="mental health technician")]
    sec = [n.person(pool="us"), n.person(pool="us")]
    kind = n.c(["4-point locked leather restraints", "seclusion", f"{E('Posey')} vest with wrist restraints",
                f"{E('Pinel')} 2-point restraints"])
    t0h, t0m = n.n(0, 21), n.c([0, 15, 30, 45])
    rows = []
    for i in range(n.n(4, 7)):
        m = t0m + 15 * i
        hh = (t0h + m // 60) % 24
        who = rns[i % 2]
        rows.append(f"{hh:02d}:{m % 60:02d}  circ ✓  skin ✓  {n.c(['water offered', 'toileted', 'declined fluids', 'sleeping'])}   "
                    f"{n.c(['yelling', 'calmer', 'spitting', 'quiet', 'crying'])}   {who.initials()}")
    body = (
        f"RESTRAINT / SECLUSION FLOWSHEET — {'Adolescent Unit' if n.age < 18 else 'Geropsych 3' if n.age >= 65 else n.c(['Adult Psych 5E', 'ED Behavioral Pod'])}\n"
        + hdr(n, n.c(["barcode", "bullets", "box", "csv"]))
        + f"Order: {kind} — {md.dr()} at {t0h:02d}:{t0m:02d} on {n.D(n.visit)}; renewal due in 4 h.\n"
        f"Reason: imminent risk of harm to others (struck staff). Tried: verbal de-escalation, quiet room, PRN offered.\n"
        f"{E('Brøset Violence Checklist')} {SC(str(n.n(3, 6)))}; {SC(f'RASS +{n.n(2, 4)}')}; {DR('olanzapine 10 mg IM')}, "
        f"{DR('lorazepam 2 mg IM')} at {t0h:02d}:{(t0m + 5) % 60:02d}.\n"
        "Time   Circ   Skin   Fluids/toilet     Behavior   Initials\n"
        + "\n".join(rows) + "\n"
        f"Face-to-face within 1 h: {nps.full()}, NP. Security: {sec[0].full()} #{P('OTHER_ID', n.digits(4, True))}, "
        f"{sec[1].ini()} #{P('OTHER_ID', n.digits(3, True))}.\n"
        f"Released {(t0h + 2) % 24:02d}:{n.n(0, 59):02d}; debrief with {pt.first()} ({n.ptA(n.c(['bare', 'yo_dots', 'y_slash_o']))}); "
        f"staff: {rns[0].full()}, {rns[1].full()}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, md, n.c(["auth", "cosign", "initials"]))]
    n.extras = extras(n, 2, [ex_contacts])


LAKOTA = [("Iron Cloud", "iron", "{w} infusion"), ("Yellow Horse", "yellow", "{w} wristband from the last visit"),
          ("Brings Plenty", "plenty", "{w} of water packed")]
LAKOTA_TOWNS = [("Kyle", "SD", "577"), ("Wanblee", "SD", "577"), ("Manderson", "SD", "577"), ("Porcupine", "SD", "577")]


def t_nemt(n: Note):
    lak = n.p(0.4)
    if lak:
        fam, word, phrase = n.c(LAKOTA)
        n.make_patient(6, 98, p_old=0.25, family=fam, pool="us")
        n.set_home(n.c(LAKOTA_TOWNS))
        purpose = phrase.format(w=W(word))
        if word == "iron":
            purpose = W("iron") + " infusion"
    else:
        n.make_patient(6, 99, p_old=0.3)
        purpose = n.c(["dialysis chair time", "chemotherapy infusion", "wound clinic", "cardiology follow-up", "MRI"])
    pt = n.pt
    drv = n.person(pool="us", family=n.c(["Stryker", "Broda", None, None]))
    trip = n.c([f"{n.digits(8, True)}", f"T-{n.digits(6)}-{n.n(1, 3)}", f"{n.letters(2)}{n.digits(7)}"])
    ride = n.c([f"R{n.digits(9)}", f"{n.digits(4)}-{n.digits(4)}"])
    pick = n.date(n.n(0, 5))
    lvl = n.c([f"wheelchair van (own {E('Broda')} chair)", f"stretcher/{E('Stryker')} chair", "ambulatory", "bariatric wheelchair"])
    v = n.vin()
    t = n.n(300, 420)
    steps = []
    for what in ("dispatched", "on scene", "loaded", "arrived"):
        steps.append(f"{what} {t // 60}:{t % 60:02d}")
        t += n.n(6, 55)
    tl = ", ".join(steps)
    esc = ""
    if n.p(0.5):
        e, eph = n.relative(n.c(["daughter", "son", "grandson", "mother", "aunt"]), same_family=n.p(0.6))
        esc = f"Escort: {e.full()} ({eph})\n"
    pu = n.FULLADDR() if (lak or n.p(0.5)) else addr_odd(n, ["marina", "dorm", "w3w", "unit_first"]) + ", " + n.CITY()
    if lak and n.p(0.5):
        pu = (P("ADDRESS", f"{n.n(1, 9)}.{n.n(1, 9)} mi {n.c(['N', 'E', 'S'])} of the {n.c(['Kyle', 'Wanblee', 'Manderson'])} "
                           f"store on BIA {n.n(2, 41)}, {n.c(['blue', 'green', 'white'])} trailer") + ", " + n.CITY())
    body = (
        "NEMT TRIP LOG\n"
        f"Trip {P('OTHER_ID', trip)}   ride ID {P('OTHER_ID', ride)}   member {pt.lf()}   Medicaid "
        f"{P('HEALTH_PLAN', n.c([n.digits(9, True) + n.letters(1), n.letters(1) + n.digits(8), n.digits(10, True)]))}\n"
        f"DOB {n.dob_mark(n.c(['us', 'us_short', 'dmy_short']))} ({n.ptA(n.c(['bare', 'yo_dots', 'yF' if pt.sex == 'F' else 'bare']))})   "
        f"phone {n.PH(n.pt_phones[0])}\n"
        f"Pick-up {n.D(pick, n.c(['mdot', 'us', 'long_wd']))} {n.n(5, 11)}:{n.n(0, 59):02d}: {pu}\n"
        f"Drop-off: {n.c(HOSPITALS)} — {purpose}\n"
        f"Level of service: {lvl}\n"
        + esc
        + f"Driver: {drv.full()}, DL {P('LICENSE', dl_number(n))}; van plate {P('VEHICLE', n.plate())}, VIN "
        f"{P('VEHICLE', v.lower() if n.p(0.2) else v)}\n"
        f"Timeline: {tl}; odometer {n.n(40000, 90000):,} → +{n.n(12, 140)} mi.\n"
        f"Notes: {n.c(['patient on ' + DR('O2 2 L/min') + ' portable', 'seizure precautions per care plan', 'needs help with steps', 'no issues'])}.\n"
    )
    n.head = [body]
    n.tail = []
    n.extras = extras(n, 3, [ex_sms])


def t_paternity(n: Note):
    n.make_patient(0, 16, p_old=0)
    pt = n.pt
    mom, mph = n.relative("mother", sex="F", same_family=n.p(0.5))
    af = n.person(sex="M", given="Hardy" if n.p(0.3) else None, pool="us" if n.p(0.5) else None)
    coll = n.clin(cred="CMA", role="specimen collector")
    wit = n.person()
    case = n.c([f"{n.visit.year % 100}-DR-{n.digits(5)}", f"IV-D {n.digits(10, True)}", f"FC{n.digits(2)}-{n.digits(6)}"])
    lab_case = n.c([f"{n.letters(2)}{n.digits(7)}", f"P{n.digits(8)}"])
    rows = [("Child", pt, n.dob, "birth certificate (copy)"),
            ("Mother", mom, n.dob - dt.timedelta(days=n.n(6800, 13000)), f"{n.addr['state']} DL {P('LICENSE', dl_number(n))}"),
            ("Alleged father", af, n.dob - dt.timedelta(days=n.n(6800, 16000)),
             n.c([f"passport {P('OTHER_ID', n.letters(1) + n.digits(8))}", f"state ID {P('LICENSE', dl_number(n))}",
                  f"consular card {P('OTHER_ID', n.letters(2) + n.digits(7) + '0')}"]))]
    gm_line = ""
    if n.p(0.3):
        gm = n.person(sex="F", family=af.family, old=True)
        gma = n.n(78, 99)
        rows.append(("Paternal grandmother", gm, n.visit - dt.timedelta(days=int(gma * 365.25) + 100), "state ID (expired)"))
        gm_line = f"Grandmother {gm.first()} is {n.A(gma, n.c(['bare', 'spry', 'plain_years']))}; alleged father deployed.\n"
    table = "\n".join(f"{role:<21}| {p.full()} | {n.D(b, n.c(['us', 'us_np']))} | {idd} | {P('OTHER_ID', lab_case + '-' + str(i + 1))}"
                      for i, (role, p, b, idd) in enumerate(rows))
    body = (
        "DNA PATERNITY TEST — COLLECTION AND CHAIN-OF-CUSTODY RECORD\n"
        f"Case {P('OTHER_ID', case)}; laboratory case {P('OTHER_ID', lab_case)}; collected {n.D(n.visit, n.c(['long_wd', 'nbhy', 'us']))}\n"
        f"Party                | Name | DOB | ID presented | Specimen\n{table}\n"
        + gm_line
        + f"Buccal swabs ×4 per party; photos and thumbprints taken; sealed with tamper tape, courier {P('OTHER_ID', '1Z' + n.letters(3) + n.digits(13))}.\n"
        f"Report: combined paternity index {LB(f'CPI {n.n(1000, 9999999):,}')}, probability of paternity {SC(n.c(['99.99%', '99.98%', '0%']))} "
        f"(prior 0.5; {E('Hardy-Weinberg equilibrium')} assumed; {E('Punnett square')} used to explain the results to mother).\n"
        f"Collector: {coll.full()}, CMA; witness {wit.full()}; mother's phone {mph}. Child's age: "
        f"{n.ptA(n.c(['yo_dots', 'y_slash_o', 'yrs_mos'])) if n.age else K('age', str(max(1, (n.visit - n.dob).days // 30)) + ' months')}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, coll, n.c(["filled", "initials"]))]
    n.extras = [lambda: ex_prior(n), lambda: ex_coverage(n), lambda: ex_files(n), lambda: ex_access(n)]


def t_registry(n: Note):
    site = n.c(["lymphoma", "cll", "rcc", "ovary", "thymoma"])
    town = site == "lymphoma" and n.p(0.45)
    fam = n.c(["Rai", "Binet"]) if site == "cll" and n.p(0.5) else None
    n.make_patient(20, 104, p_old=0.4, family=fam, pool="us" if fam else None, middle=True if site == "lymphoma" else None)
    if town:
        n.set_home(("Ann Arbor", *WORD_TOWNS["Ann Arbor"]))
    pt = n.pt
    onc = n.clin(cred="MD", role="managing physician")
    ctr = n.person(pool="us")
    dxd = n.date(-n.n(40, 400))
    stage = {"lymphoma": (CD("C83.38"), CD("9680/3"), f"{E('Ann Arbor')} stage {SC(n.c(['IIA', 'IIIB', 'IVA']))}; {E('Lugano')} response: CMR"),
             "cll": (CD("C91.10"), CD("9823/3"), f"{E('Rai')} stage {SC(n.c(['0', 'I', 'II', 'III']))}, {E('Binet')} stage {SC(n.c(['A', 'B', 'C']))}"),
             "rcc": (CD("C64.1"), CD("8310/3"), f"{E('Fuhrman')} nuclear grade {SC(str(n.n(2, 4)))}; {SC('pT1b N0 M0')}"),
             "ovary": (CD("C56.9"), CD("8490/6"), f"{E('Krukenberg tumor')} (metastatic signet-ring); primary {CD('C16.9')}"),
             "thymoma": (CD("C37"), CD("8585/3"), f"{E('Masaoka-Koga')} stage {SC(n.c(['I', 'IIa', 'IIb', 'III']))}")}[site]
    bp = n.c(US_CITIES)[0]
    body = (
        f"CANCER REGISTRY ABSTRACT — {n.c(HOSPITALS)}\n"
        f"Accession {P('OTHER_ID', f'{dxd.year}{n.digits(5)}')}  seq 00  class of case 14\n"
        f"Name {pt.lf('upper', mid=True)}   SSN {P('SSN', n.ssn())}   DOB {n.dob_mark(n.c(['iso', 'us', 'ymd_np']))}   "
        f"birthplace {P('CITY', bp)}\n"
        f"Address at diagnosis: {n.FULLADDR()}\n"
        f"Date of diagnosis {n.D(dxd, n.c(['ordinal', 'iso', 'nbhy', 'us']))}; age at diagnosis "
        f"{n.A(n.age - (1 if (n.visit - dxd).days > 200 else 0), n.c(['bare', 'yo_dots', 'plain_years']))}\n"
        f"Primary site {stage[0]}, histology/behavior {stage[1]}; {stage[2]}.\n"
        f"First course: {DR(n.c(['bendamustine-rituximab ×6', 'ibrutinib 420 mg daily', 'partial nephrectomy', 'R-CHOP ×6', 'watchful waiting']))} "
        f"started {n.D(dxd + dt.timedelta(days=n.n(10, 50)), n.c(['us', 'mdot', 'apos']))}.\n"
        f"Managing physician {onc.dr()}; follow-up source: {n.c(['clinic note', 'obituary', 'SSDI link', 'phone call to patient'])}.\n"
        f"Date of last contact {n.D(n.date(-n.n(0, 30)), n.c(['us', 'iso', 'isoweek']))}; vital status {n.c(['alive', 'alive', 'dead'])}.\n"
        f"Abstracted by {ctr.full()}, CTR, {n.D(n.visit, n.c(['dmy_short', 'us']))}.\n"
    )
    if town:
        body += f"Resides in {n.CITY()}.\n"
    n.head = [body]
    n.tail = [ccs(n)] if n.p(0.6) else []
    n.extras = extras(n, 3, [ex_contacts])



# ============================================================================ note types (25-30)

CDI_TOPICS = [
    ("sepsis", f"{LB('lactate 4.1 mmol/L')}, {LB('WBC 18.2 K/µL')}, {VT('MAP 58')}, {DR('norepinephrine 0.08 mcg/kg/min')}",
     "☐ sepsis without shock ☐ septic shock ☐ SIRS, non-infectious ☐ other ☐ unable to determine", CD("A41.9"), CD("R65.21")),
    ("dressler", f"pleuritic pain day 12 after STEMI, {LB('CRP 96 mg/L')}, small effusion on echo",
     f"☐ {E('Dressler syndrome')} ☐ recurrent ischemia ☐ viral pericarditis ☐ other", CD("I24.1"), CD("I21.09")),
    ("ogilvie", f"cecum {LB('11 cm')} on CT without obstruction, {LB('K 2.9 mmol/L')}",
     f"☐ {E('Ogilvie syndrome')} (acute colonic pseudo-obstruction) ☐ ileus ☐ other", CD("K59.81"), CD("K56.0")),
    ("conn", f"{LB('aldosterone 31 ng/dL')}, {LB('renin <0.6 ng/mL/h')}, {LB('K 3.1 mmol/L')}",
     f"☐ primary hyperaldosteronism ({E('Conn syndrome')}) ☐ secondary ☐ other", CD("E26.01"), CD("I15.2")),
    ("ze", f"{LB('gastrin 1,240 pg/mL')}, multiple jejunal ulcers",
     f"☐ {E('Zollinger-Ellison syndrome')} ☐ PPI-related hypergastrinemia ☐ other", CD("E16.4"), CD("K28.9")),
    ("wf", f"meningococcemia, bilateral adrenal hemorrhage on CT, {VT('MAP 52')}",
     f"☐ {E('Waterhouse-Friderichsen syndrome')} ☐ adrenal crisis, other cause ☐ other", CD("A39.1"), CD("E27.2")),
    ("gib", f"{LB('Hb 6.9 g/dL')}, EGD: linear erosions in a large hiatal hernia; visible vessel in fundus",
     f"☐ {E('Cameron lesions')} ☐ {E('Dieulafoy lesion')} ☐ both ☐ other", CD("K25.4"), CD("K31.82")),
]


def t_cdi(n: Note):
    topic = n.c(CDI_TOPICS)
    n.make_patient(18, 102, p_old=0.3)
    pt = n.pt
    fam = {"dressler": "Dressler", "ogilvie": "Ogilvie", "conn": "Conn", "ze": "Ellison"}.get(topic[0])
    att = n.clin(cred=n.c(["MD", "DO"]), role="attending physician", family=fam if n.p(0.4) else None)
    cdi = n.clin(cred="RN, CCDS", role="clinical documentation specialist", given="Cameron" if topic[0] == "gib" and n.p(0.5) else None)
    adm = n.date(-n.n(2, 12))
    qid = n.c([f"CDI-{n.digits(7)}", f"Q{n.visit.strftime('%y%m%d')}-{n.digits(3)}", f"{n.letters(2)}{n.digits(6)}"])
    resp = n.p(0.6)
    body = (
        f"CLINICAL DOCUMENTATION QUERY ({n.c(['concurrent', 'retrospective', 'pre-bill'])})   query {P('OTHER_ID', qid)}\n"
        f"To: {att.dr()}   From: {cdi.full()}, RN, CCDS   Sent: {n.D(n.visit, n.c(['rfc', 'us', 'long_wd']))}\n"
        f"Patient {pt.lf('upper')}  MRN {P('MRN', n.mrn_v)}  FIN {P('ACCOUNT', n.digits(10, True))}  CSN "
        f"{P('ACCOUNT', n.digits(9, True))}  admitted {n.D(adm, n.c(['us', 'mdot', 'apos']))}  age {n.ptA(n.c(['bare', 'yo_dots', 'y_slash_o']))}\n"
        f"Clinical indicators: {topic[1]}.\n"
        f"Based on these indicators, please clarify the condition being evaluated/treated:\n{topic[2]}\n"
        f"Current codes {topic[3]}, {topic[4]}; working {CD(f'MS-DRG {n.n(100, 999)}')}. This query is not intended to lead "
        f"to any particular response.\n"
    )
    if resp:
        body += (f"Response {n.D(n.date(1), n.c(['us', 'mdot', 'iso']))}: documented in progress note; addendum by {att.ini()}.\n")
    else:
        body += f"No response at 48 h — escalated to physician advisor {n.clin(cred='MD', role='physician advisor', team=False).dr()}.\n"
    n.head = [body]
    n.tail = [sig(n, cdi, n.c(["auth", "initials", "stamp"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 3, [ex_access])


def t_missing(n: Note):
    n.make_patient(55, 104, p_old=0.65)
    pt = n.pt
    nick = n.c(["Dot", "Bud", "Sis", "Pops", "Cookie", "Tootie", "Junior", "Peach"])
    if nick.lower() not in n.used:
        pt.nick = nick
        n.used.add(nick.lower())
    rn = n.clin(cred="RN", role="charge nurse")
    off = n.person(pool="us")
    fnd = n.person()
    rel, rph = n.relative(n.c(["daughter", "son", "niece", "granddaughter"]), same_family=n.p(0.6))
    t0 = n.n(14, 22)
    inc = n.c([f"{n.visit.year}-{n.digits(6)}", f"CAD{n.digits(8)}", f"{n.visit.strftime('%y')}-{n.digits(5)}"])
    old = n.us_address((n.addr["city"], n.addr["state"], n.addr["zip"][:3]))
    relad = n.us_address((n.addr["city"], n.addr["state"], n.addr["zip"][:3]))
    nick_txt = f" (\"{P(pt.cat, pt.nick)}\")" if pt.nick else ""
    tag = n.c([f"{n.letters(1)}{n.digits(3)}{n.letters(2)}{n.digits(4)}", f"H{n.digits(10)}"])
    air = n.c([f"{n.letters(2)}{n.digits(2)}{n.letters(3)}{n.digits(3)}{n.letters(2)}", f"{n.letters(4)}{n.digits(8)}"])
    share = f"https://findmy.example-share.net/s/{n.letters(10, 'abcdefghjkmnpqrstuvwxyz23456789')}"
    body = (
        f"MISSING PATIENT ALERT (Code Silver) — {n.D(n.visit, n.c(['long_wd', 'us', 'nbhy']))} {t0:02d}:{n.n(0, 59):02d}\n"
        + hdr(n, n.c(["barcode", "box", "bullets"]))
        + f"{pt.full()}{nick_txt}, {n.ptA(n.c(['yo_dots', 'spelled_yo', 'plain_years', 'y_slash_o', 'half']))} "
        f"{'woman' if pt.sex == 'F' else 'man'}, 5'{n.n(0, 11)}\", {n.n(98, 210)} lb, white hair, wearing a "
        f"{n.c(['blue hospital gown and tan cardigan', 'maroon sweatsuit', 'flannel shirt and slippers'])}.\n"
        f"Dx: {DX(n.c(['frontotemporal dementia', 'vascular dementia', 'delirium on dementia']))} with {E('Capgras delusion')} "
        f"(believes {'her' if pt.sex == 'F' else 'his'} {n.c(['daughter', 'son', 'wife', 'husband'])} is an impostor); sundowning.\n"
        f"Last seen {t0:02d}:{n.n(0, 59):02d} near the {n.c(['east stairwell', 'main lobby', 'cafeteria exit'])}. Elopement bracelet "
        f"{P('DEVICE', tag)} alarmed at door 4; family tracker tag in coat pocket {P('DEVICE', air)}, live link {P('URL', share)}.\n"
        f"Possible destinations: former home {n.ADDR(old)}; {rel.full()}'s house, {n.ADDR(relad)}; bus shelter at "
        + addr_odd(n, ["w3w", "plus"]) + ".\n"
        f"Police: {n.c(['city PD', 'sheriff'])} incident {P('OTHER_ID', inc)}, officer {off.ini()} badge {P('OTHER_ID', n.digits(4, True))}; "
        f"NCIC {P('OTHER_ID', 'M' + n.digits(9))}.\n"
        f"{t0 + 1:02d}:{n.n(10, 59):02d} found by {fnd.full()} (volunteer) {n.c(['two blocks east', 'in the parking garage', 'at the bus shelter'])}; "
        f"returned unharmed. {rel.first()} notified at {rph}.\n"
        f"Charge RN {rn.full()}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, rn, n.c(["initials", "auth", "filled"]))]
    n.extras = extras(n, 3, [ex_fund, ex_files, ex_vitals])


PINYIN = [("Meiling", "Yang", "F"), ("Hao", "Yin", "M"), ("Wen", "Qi", "F"), ("Lihua", "Shen", "F"), ("Jun", "Yang", "M"),
          ("Xiuying", "Yin", "F"), ("Bo", "Shen", "M"), ("Tao", "Qi", "M")]


def t_acupuncture(n: Note):
    if n.p(0.5):
        g, f, sx = n.c(PINYIN)
        n.make_patient(16, 96, p_old=0.15, given=g, family=f, sex=sx, pool="us")
    else:
        n.make_patient(16, 96, p_old=0.15)
    pt = n.pt
    if n.p(0.5):
        g, f, sx = n.c([x for x in PINYIN if x[1] != pt.family] or PINYIN)
        lac = n.clin(cred="L.Ac.", role="acupuncturist", given=g, family=f, sex=sx)
    else:
        lac = n.clin(cred="L.Ac.", role="acupuncturist")
    tot = n.c([6, 8, 12])
    visit_no = n.n(2, tot)
    pattern = n.c([f"Kidney {n.w('yang')} deficiency", f"Liver {n.w('qi')} stagnation", f"{n.w('yin')} deficiency with empty heat",
                   f"{n.w('Shen')} disturbance", f"Spleen {n.w('qi')} deficiency with damp"])
    cc, ccdrug = n.c([("chronic low back pain", "cyclobenzaprine 5 mg qHS PRN"), ("migraine without aura", "sumatriptan 50 mg PRN"),
                      ("chemotherapy-induced nausea", "ondansetron 8 mg PRN"), ("knee osteoarthritis", "meloxicam 7.5 mg daily"),
                      ("insomnia", "melatonin 3 mg qHS")])
    pre = n.n(5, 9)
    body = (
        f"ACUPUNCTURE VISIT — {n.D(n.visit, n.c(['long', 'us', 'mdot', 'nbhy']))}\n"
        + hdr(n, n.c(["dictation", "ini", "markdown", "vcard", "bullets"]))
        + f"CC: {cc}; visit {visit_no} of {tot}. {n.ptA(n.c(['bare', 'yo_dots', 'plain_years']))}; "
        f"{DR(ccdrug)}, {DR(n.c(['apixaban 5 mg BID', 'aspirin 81 mg daily']))}.\n"
        f"TCM: tongue pale, thin white coat; pulse {n.c(['wiry', 'thready', 'slippery', 'deep and weak'])}. Pattern: {pattern}; "
        f"also {n.w('yang')} rising per last visit.\n"
        f"Points: {CD('ST36 (Zusanli)')}, {CD('LI4 (Hegu)')}, {CD('SP6')}, {CD('GV20')}, {CD('Yintang')}; {n.n(8, 16)} needles "
        f"{LB('0.25 × 40 mm')}, retained 25 min; e-stim {LB('2/100 Hz')} at BL23–BL25; moxa ST36 ×3 cones.\n"
        f"Pain {SC(f'NRS {pre}/10')} → {SC(f'{pre - n.n(1, 4)}/10')}; no bleeding, no bruising (on anticoagulant: pressure 60 s).\n"
        f"Superbill {CD('97810')}, {CD('97811')} ×{n.n(1, 2)}; paid by HSA card ending {P('ACCOUNT', n.digits(4))}.\n"
        f"Practitioner: {lac.full()}, L.Ac., Dipl. OM — NCCAOM {P('LICENSE', n.digits(6, True))}; {n.addr['state']} license "
        f"{P('LICENSE', 'AC' + n.digits(5, True))}\n"
    )
    n.head = [body]
    n.tail = [sig(n, lac, n.c(["initials", "filled", "auth"]))]
    n.extras = extras(n, 3, [ex_sms, ex_vitals])


def t_pap(n: Note):
    hurley = n.p(0.35)
    n.make_patient(18, 97, p_old=0.15, family="Hurley" if hurley else None, pool="us" if hurley else None)
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "DO", "NP"]), role="prescriber")
    cond, drug = n.c([(f"{DX('hidradenitis suppurativa')}, {E('Hurley stage')} {SC('II')}", DR("adalimumab 40 mg/0.4 mL SC every 2 weeks")),
                      (f"{E('Behçet disease')} with oral ulcers", DR("apremilast 30 mg BID")),
                      (f"{E('Crohn disease')}, ileocolonic", DR("ustekinumab 90 mg/1 mL SC every 8 weeks")),
                      (f"{DX('idiopathic pulmonary fibrosis')}", DR("nintedanib 150 mg BID")),
                      (f"{E('Parkinson disease')}", DR("carbidopa-levodopa ER 48.75/195 mg TID"))])
    rep = ""
    if n.p(0.5) or n.age > 85:
        r_, rph = n.relative(n.c(["daughter", "son", "niece", "spouse"]), same_family=n.p(0.6))
        rep = f"Authorized representative: {r_.full()} ({rph}), {P('EMAIL', n.email_of(r_))}.\n"
    em = n.email_of(pt)
    n.pt_emails.append(em)
    ins = n.c(["uninsured", f"Medicare Part D, MBI {P('HEALTH_PLAN', mbi(n))} (in coverage gap)",
               f"commercial, member {P('HEALTH_PLAN', member_id(n))} (denied, appeal {P('OTHER_ID', 'AP' + n.digits(8))} upheld)"])
    body = (
        f"PATIENT ASSISTANCE PROGRAM APPLICATION — {n.c(['Helping Hands Foundation', 'Pathway Access Program', 'CareBridge Patient Support'])}\n"
        f"Application {P('OTHER_ID', n.c([f'PAP-{n.digits(7)}', f'{n.letters(3)}{n.digits(6)}', f'{n.visit.year}-{n.digits(6)}']))}\n"
        f"Section 1 — Patient: {pt.full(mid=True)}; DOB {n.dob_mark(n.c(['us', 'dmy_short', 'nbhy']))} ({n.ptA(n.c(['bare', 'yo_dots']))}); "
        f"SSN {P('SSN', n.ssn())}; {n.FULLADDR()}; {n.PH(n.pt_phones[0])}; {P('EMAIL', em)}\n"
        f"Household size {n.n(1, 6)}; annual household income ${n.n(9, 58)},{n.n(100, 999)}. Insurance: {ins}.\n"
        + rep
        + f"Section 2 — Medication: {drug} for {cond}; ICD-10 {CD(n.c(['L73.2', 'M35.2', 'K50.80', 'J84.112', 'G20.A1']))}.\n"
        f"Section 3 — Prescriber: {d.full()}, {d.cred}; NPI {P('OTHER_ID', n.npi())}; {n.addr['state']} license "
        f"{P('LICENSE', n.c([n.letters(1) + n.digits(5), n.digits(6, True), n.letters(2) + '.' + n.digits(6)]))}; office "
        f"{n.PH(n.phone_us(n.addr['state']))}, fax {n.PH(n.phone_us(n.addr['state']), cat='FAX')}\n"
        f"Copay card: ID {P('OTHER_ID', n.digits(11, True))}, BIN 610020, PCN PXXPDMI. Reimbursement by direct deposit to checking "
        f"account {P('ACCOUNT', n.digits(n.n(8, 12), True))} (routing on file).\n"
        f"Attestation signed {pt.full()} {n.D(n.visit, n.c(['us', 'mdot', 'apos']))}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["filled", "adobe", "stamp"]))]
    if n.p(0.6):
        n.tail.append(ccs(n))
    n.extras = extras(n, 2, [ex_ids])


def t_implant(n: Note):
    langer = n.p(0.3)
    n.make_patient(14, 49, sex="F", p_old=0, family="Langer" if langer else None, pool="us" if langer else None)
    pt = n.pt
    d = n.clin(cred=n.c(["MD", "CNM", "NP", "PA-C"]), role="clinician", family="Langer" if not langer and n.p(0.3) else None)
    ma = n.clin(cred="MA", role="medical assistant")
    kind = n.c(["insertion", "removal", "removal and reinsertion"])
    lmp = n.date(-n.n(3, 25))
    rem = ""
    if kind != "insertion":
        placed = n.date(-n.n(700, 1400))
        where = n.c(["this clinic", P("CITY", n.c(["Mankato", "Kokomo", "Ottumwa", "Medford"])) + " Planned Parenthood", "the military clinic at Fort Sill"])
        rem = (f"Existing implant placed {n.D(placed, n.c(['mdot', 'us', 'apos']))} at {where}; palpable, removed intact "
               f"({LB('4 cm')}) via {LB('2 mm')} incision with mosquito forceps.\n")
    body = (
        f"PROCEDURE NOTE — CONTRACEPTIVE IMPLANT {kind.upper()}\n"
        + hdr(n, n.c(["bullets", "ini", "markdown", "csv"]))
        + f"{n.ptA(n.c(['bare', 'yo_dots', 'y_slash_o']))} {AB(n.c(['G0', 'G1P1001', 'G2P1011', 'G3P2002']))}; LMP "
        f"{n.D(lmp, n.c(['mdot', 'th_month', 'us_np']))}; {LB('urine hCG negative')} (lot not recorded). Consent signed; "
        f"{'confidential visit, Title X; no parental notification' if n.age < 18 else 'chaperone ' + ma.full() + ', MA'}.\n"
        + rem
        + (f"Device: {DR('etonogestrel implant 68 mg')} (lot {n.letters(1)}{n.digits(6)}, EXP {n.date(700).year}-{n.date(700).month:02d}), "
           f"non-dominant {n.c(['left', 'right'])} arm, 8–10 cm proximal to the medial epicondyle, incision parallel to {E('Langer lines')}; "
           f"{DR('lidocaine 1% 2 mL')} local.\n" if kind != "removal" else
           f"Plan: {DR('levonorgestrel IUD 52 mg')} at next visit; back-up method meanwhile.\n")
        + f"Tolerated well; pressure dressing 24 h. Back-up method 7 days. Follow-up {n.D(n.date(n.c([28, 42, 90])), n.c(['long_wd', 'mdot', 'us']))}.\n"
    )
    n.head = [body]
    n.tail = [sig(n, d, n.c(["cosign", "initials", "filled", "scribe"]))]
    n.extras = extras(n, 3, [ex_sms, ex_vitals])


def t_milk(n: Note):
    n.make_patient(18, 44, sex="F", p_old=0)
    pt = n.pt
    coord = n.clin(cred="IBCLC, RN", role="donor coordinator")
    ob = n.clin(cred=n.c(["MD", "CNM"]), role="donor's OB", team=False)
    ped = n.clin(cred="MD", role="infant's pediatrician", team=False, family="Holder" if n.p(0.35) else None)
    baby, _ = n.relative(n.c(["son", "daughter"]), same_family=n.p(0.8), phone=False)
    born = n.date(-n.n(20, 180))
    weeks = (n.visit - born).days // 7
    did = n.c([f"D{n.digits(5)}", f"{n.letters(2)}-{n.digits(4)}", f"MB{n.visit.year % 100}{n.digits(4)}"])
    gm = ""
    if n.p(0.3):
        g, _ = n.relative(n.c(["grandmother", "great-grandmother"]), sex="F", old=True, phone=False, same_family=n.p(0.5))
        gm = f"Lives with {g.full()} ({n.A(n.n(82, 100), n.c(['bare', 'yo_dots', 'plain_years']))}), who cares for the baby during pumping.\n"
    body = (
        f"HUMAN MILK BANK — DONOR SCREENING   donor ID {P('OTHER_ID', did)}\n"
        + hdr(n, n.c(["vcard", "markdown", "box", "bullets"]))
        + f"Donor {pt.full()}, {n.ptA(n.c(['bare', 'yo_dots', 'plain_years']))}; infant {baby.first()} born {n.D(born, n.c(['long', 'us', 'mdot']))}, "
        f"now {K('age', f'{weeks} weeks')}, thriving.\n"
        f"Interview {n.D(n.visit, n.c(['us', 'iso', 'nbhy']))}: no tobacco, cannabis or alcohol >2 drinks/day; no transfusion in 12 months; "
        f"meds {DR('levothyroxine 75 mcg daily')}, {DR('prenatal vitamin daily')}.\n"
        f"Serology (accession {P('OTHER_ID', f'{n.letters(2)}{n.digits(8)}')}): {LB('HIV-1/2 Ag/Ab nonreactive')}, {LB('HTLV-I/II nonreactive')}, "
        f"{LB('HBsAg negative')}, {LB('HCV Ab nonreactive')}, {LB('RPR nonreactive')}.\n"
        f"Verification forms: donor's clinician {ob.full()}, {ob.cred} (fax {n.PH(n.phone_us(n.addr['state']), cat='FAX')}); infant's "
        f"pediatrician {ped.dr()} (fax {n.PH(n.phone_us(n.addr['state']), cat='FAX')}).\n"
        f"First shipment {n.n(120, 900)} oz, cooler tracking {P('OTHER_ID', n.digits(12, True))}; pools processed by {E('Holder pasteurization')} "
        f"({LB('62.5 °C × 30 min')}), post-pasteurization cultures negative.\n"
        + gm
    )
    n.head = [body]
    n.tail = [sig(n, coord, n.c(["auth", "initials", "filled"]))]
    n.extras = extras(n, 3, [ex_contacts, ex_vitals])



# ============================================================================ more shared blocks: family ages, word names, name forms

LANG_NAMES = {"lt": "Lithuanian", "lv": "Latvian", "ro": "Romanian", "mt": "Maltese", "hr": "Croatian", "sk": "Slovak",
              "sq": "Albanian", "az": "Azerbaijani", "fo": "Faroese", "ig": "Igbo", "ha": "Hausa", "wo": "Wolof",
              "ku": "Kurmanji", "gn": "Guarani", "sm": "Samoan", "to": "Tongan", "ga": "Irish", "it": "Italian", "nl": "Dutch",
              "pt": "Portuguese", "es": "Spanish", "pl": "Polish", "zu": "isiZulu", "haw": "Hawaiian", "is": "Icelandic",
              "fr": "French", "ar": "Arabic", "fa": "Farsi", "el": "Greek", "sw": "Swahili", "th": "Thai", "id": "Indonesian",
              "sv": "Swedish", "ja": "Japanese", "ja-r": "Japanese", "cs": "Czech", "ug": "Uyghur", "dv": "Dhivehi", "or": "Odia",
              "chr": "Cherokee", "iu": "Inuktitut", "zgh": "Tamazight", "nqo": "Bambara", "zh": "Mandarin", "vi": "Vietnamese",
              "ko": "Korean", "ko-r": "Korean"}
LANG_AGE = {"it": "it", "sv": "sv", "vi": "vi", "ar": "ar", "th": "th", "cs": "cs", "lt": "lt", "az": "az", "id": "id",
            "sq": "sq", "el": "el", "ro": "ro", "sw": "sw", "mt": "mt", "ug": "ar_digits", "dv": "ar_digits", "or": "hi",
            "fa": "ar_digits", "ku": "ar_digits", "es": "es_abbr", "gn": "es_abbr", "fo": "sv", "is": "sv"}
LANG_DATE = {"lt": "lt", "lv": "lv", "ro": "ro", "mt": "mt", "hr": "hr", "sq": "sq", "az": "az", "ja": "ja_era",
             "ja-r": "ja_era", "vi": "vi", "th": "th", "id": "id", "sw": "sw", "el": "el", "sv": "sv", "cs": "cs", "sk": "cs",
             "fa": "fa", "ar": "ar", "ug": "ar", "ku": "fa", "dv": "ar", "fo": "sv", "is": "d_mon_y", "or": "dmy_short"}


def ex_family(n: Note) -> str:
    lang = n.pt.lang
    foreign = lang in LANG_AGE
    parts = []
    interp = ""
    if foreign:
        ip = n.person(pool="us" if n.p(0.5) else None)
        interp = (f" (via {LANG_NAMES.get(lang, 'phone')} interpreter {ip.full()}, ID "
                  f"{P('OTHER_ID', n.c(['', 'LL', 'INT']) + n.digits(5, True))})")
    ma = n.age + n.n(18, 38)
    mom, _ = n.relative("mother", sex="F", same_family=False, old=ma >= 80, phone=False)
    if ma <= 103:
        st = LANG_AGE[lang] if foreign else n.c(AGE_STYLES_EN)
        q = f"\"{n.A(ma, st)}\"" if foreign else n.A(ma, st)
        parts.append(f"mother {mom.full()}" + (f" ({mom.scr()})" if mom.script else "") + f" alive, {q}, {DX(n.c(['hypertension', 'osteoporosis', 'atrial fibrillation', 'CKD stage 3']))}")
    else:
        dage = n.n(62, 99)
        parts.append(f"mother {mom.full()} died at {n.A(dage, n.c(['bare', 'plain_years']))} ({DX(n.c(['stroke', 'heart failure', 'pneumonia']))})")
    sib = n.relative(n.c(["sister", "brother"]), phone=False, same_family=True)[0]
    sa = max(1, n.age + n.n(-9, 9))
    parts.append(f"{'sister' if sib.sex == 'F' else 'brother'} {sib.first()}, {n.A(sa, LANG_AGE[lang] if foreign and n.p(0.5) else n.c(AGE_STYLES_EN))}")
    if n.age < 45:
        ga = n.n(86, 101)
        gp, _ = n.relative(n.c(["grandmother", "grandfather"]), same_family=n.p(0.5), old=True, phone=False)
        parts.append(f"{'grandmother' if gp.sex == 'F' else 'grandfather'} {gp.full()} "
                     f"{n.A(ga, n.c(['yo_dots', 'half', 'spelled_yo', 'yrs_mos', 'bare']))}, {DX('vascular dementia')}")
    return "Family history" + interp + ": " + "; ".join(parts) + ".\n"


def ex_foreign_doc(n: Note) -> str:
    lang = n.pt.lang
    st = LANG_DATE.get(lang, n.c(["d_mon_y", "dmy_short", "iso"]))
    label, nid = national_id(n, n.pt, n.dob)
    issued = n.date(-n.n(200, 3000))
    return (f"Documents: {label} {nid}; passport issued {n.D(issued, st)}, expires {n.D(issued + dt.timedelta(days=3652), st)}; "
            f"date of birth as printed {n.D(n.dob, st)}.\n")


WORD_NAMES = [  # (given, family, sex, sentence with {w})
    ("Drew", None, "F", "Lab {w} a repeat {bmp} at 06:10."),
    ("Pepper", None, "F", "Told to avoid black {w} and hot sauce while the ulcer heals."),
    ("Ruby", None, "F", "Urine was {w}-red after the beets."),
    ("Dusty", None, "M", "Works in a {w} grain elevator; wears an N95."),
    ("Cherry", None, "F", "{W} angioma on the trunk, unchanged."),
    ("Candy", None, "F", "Keeps hard {w} in the car for lows."),
    ("Hardy", None, "M", "Appetite is {w}; eats three meals."),
    ("Wade", None, "M", "Had to {w} through flood water to reach the truck."),
    ("Coral", None, "F", "Cut the foot on {w} while snorkeling last year."),
    ("Lucky", None, "M", "Was {w}: no fracture on the films."),
    ("River", None, "M", "Fell into the {w} while fishing; no aspiration."),
    ("Clover", None, "F", "Stung by a bee in the {w} patch; no anaphylaxis."),
    (None, "Burns", "M", "Superficial {w} to both palms from the stove."),
    (None, "Chin", "F", "Small laceration to the {w}, glued."),
    (None, "Shin", "M", "Bruise over the left {w}."),
    (None, "Palm", "F", "Rash on the {w} and soles resolved."),
    ("Aminata", "Fall", "F", "{W} risk high; bed alarm on."),
    ("Ousmane", "Fall", "M", "{W} precautions reviewed."),
    (None, "Pounds", "M", "Lost 12 {w} since spring."),
    (None, "Hay", "F", "{W} fever every spring; {cet}."),
    (None, "Peel", "M", "Skin on the fingertips began to {w} last week."),
    (None, "Scales", "F", "Weighs on bathroom {w} each morning."),
    (None, "Lung", "M", "{W} sounds clear bilaterally."),
    (None, "Gall", "F", "{W} bladder removed years ago."),
    (None, "Marrow", "M", "Bone {w} biopsy is scheduled."),
    ("Awinita", "Soap", "F", "Wash the site with {w} and water daily."),
    ("Sequoyah", "Pigeon", "M", "Had a mild {w}-toed gait as a child."),
    (None, "Crisp", "F", "Wound edges are {w} and clean."),
    (None, "Reed", "M", "Old biopsy report mentions {rs}."),
]
TOWN_WORDS = {"Hygiene": "Oral {w} reviewed.", "Needles": "Afraid of {w}; numbing cream used.",
              "Bath": "Uses a shower chair; no tub {w}.", "Hazard": "Trip {w}: loose rugs removed.",
              "Hurt": "Says the knee {w} most at night.", "Bowlegs": "Mild {w} (genu varum) as a toddler.",
              "Pinch": "Adds a {w} of salt to everything.", "Wink": "Did not sleep a {w}.",
              "Loving": "Has a {w} family nearby.", "Oblong": "An {w} 2 cm lesion on the back.",
              "Sandwich": "Ate a {w} at noon.", "Chicken": "Tolerated {w} broth.", "Story": "Family's {w} matches the timeline."}


def ex_wordname(n: Note) -> str:
    if n.p(0.3):
        town = n.c(list(TOWN_WORDS))
        st, zp = WORD_TOWNS[town]
        a = n.us_address((town, st, zp))
        p, ph = n.relative(n.c(["cousin", "aunt", "uncle", "sister", "brother"]), phone=True)
        w = W(town.lower())
        sent = TOWN_WORDS[town].format(w=w)
        if sent.startswith(w):
            sent = sent.replace(w, W(town), 1)
        return f"{p.full()} drove in from {P('CITY', town)}, {st} {P('ZIP', a['zip'])} ({ph}). {sent}\n"
    for _ in range(20):
        g, f, sx, sent = n.c(WORD_NAMES)
        word = (g or f)
        if g in ("Aminata", "Ousmane", "Awinita", "Sequoyah"):
            word = f
        if word.lower() not in n.used and n._fresh(*(x for x in (g, f) if x)):
            break
    else:
        return ""
    staff = n.p(0.4)
    if staff:
        who = n.clin(cred=n.c(["RN", "LPN", "CNA", "MA"]), role="staff", given=g, family=f, sex=sx)
        intro = f"Also present: {who.full()}, {who.cred}."
    else:
        if g and f:
            who = n.person(given=g, family=f, sex=sx, pool="us")
        elif g:
            who = n.person(given=g, sex=sx, pool="us")
        else:
            who = n.person(family=f, sex=sx, pool="us")
        rel = n.c(["friend", "neighbor", "coworker", "roommate"])
        intro = f"Also present: {who.full()} ({rel})."
    wl = word.lower()
    sent = sent.format(w=W(wl), W=W(word), bmp=LB("BMP"), cet=DR("cetirizine 10 mg daily"),
                       rs=E("Reed-Sternberg cells"))
    return intro + " " + sent + "\n"


VISITOR_FORMS = {
    "vi": [("Lan", "Võ", "F"), ("Hồng", "Huỳnh", "F"), ("Phúc", "Lý", "M")],
    "ja": [("Haruka", "Ishikawa", "F"), ("Sōta", "Hayashi", "M"), ("Emi", "Kuroda", "F")],
    "de": [("Reinhold", "Oberhuber", "M"), ("Gerlinde", "Pfannkuch", "F"), ("Ottokar", "Wendling", "M")],
    "es": [("Eustaquia", "Villalobos", "F"), ("Herminia", "Arreola", "F"), ("Ausencio", "Lozano", "M")],
    "pastor": [("Clement", "Abiodun", "M"), ("Rosetta", "Gaines", "F"), ("Ephraim", "Nkemelu", "M")],
    "jr": [("Homer", "Tuttle", "M"), ("Cletus", "Rainwater", "M"), ("Boyce", "Hembree", "M")],
    "mac": [("Fiona", "MacKenzie", "F"), ("Ewan", "MacLeod", "M"), ("Isla", "MacDougall", "F")],
    "init": [("JT", "Morales", "M"), ("KC", "Abernathy-Ruiz", "F"), ("DJ", "Whitcomb", "M")],
    "ko": [("Min-seo", "Baek", "F"), ("Jae-won", "Seo", "M"), ("Ha-eun", "Moon", "F")],
    "fr": [("Solène", "Marchand", "F"), ("Ghislaine", "Tessier", "F"), ("Aurélien", "Brochu", "M")],
    "sister": [("Mary Agnes", "Rourke", "F"), ("Bernadette Marie", "Quill", "F"), ("Scholastica", "Ebner", "F")],
    "elder": [("Tevita", "Fonua", "M"), ("Moroni", "Kealoha", "M"), ("Sefo", "Lealaiauloto", "M")],
    "mc": [("Duncan", "McClure", "M"), ("Moira", "McCafferty", "F"), ("Angus", "McCorkle", "M")],
    "tr": [("Gülşen", "Aydoğan", "F"), ("Oğuzhan", "Kılıç", "M"), ("Şükrü", "Özdemir", "M")],
    "ng": [("Ngozi", "Okafọ", "F"), ("Chidi", "Nwankwọ", "M"), ("Adaọbi", "Eze-Ụdeh", "F")],
}


def ex_visitors(n: Note) -> str:
    out = []
    for form in n.r.sample(sorted(VISITOR_FORMS), 3):
        g, f, sx = n.c(VISITOR_FORMS[form])
        if not n._fresh(g, f):
            continue
        p = n._take(Person(g, f, sx))
        if form == "vi":
            out.append(f"{'Bà' if sx == 'F' else 'Ông'} {p.first()} (family friend)")
        elif form == "ja":
            out.append(f"{p.last()}-san (neighbor)")
        elif form == "de":
            out.append(f"{'Frau' if sx == 'F' else 'Herr'} {p.last()} (landlord)")
        elif form == "es":
            out.append(f"{'Doña' if sx == 'F' else 'Don'} {p.first()} ({'comadre' if sx == 'F' else 'compadre'})")
        elif form == "pastor":
            out.append(f"Pastor {p.full()}")
        elif form == "jr":
            out.append(f"{P('NAME', f.upper())} JR, {P('NAME', g.upper())} (friend)")
        elif form == "mac":
            out.append(f"{P('NAME', 'Mac' + f[3:].upper())}, {P('NAME', g)} (friend)")
        elif form == "init":
            out.append(f"{P('NAME', g + ' ' + f)} (coworker)")
        elif form == "ko":
            out.append(f"{P('NAME', f + ' ' + g)}-ssi (church member)")
        elif form == "fr":
            out.append(f"{'Mme' if sx == 'F' else 'M.'} {p.last()} (neighbor)")
        elif form == "sister":
            out.append(f"Sister {p.first()} (parish visitor)")
        elif form == "elder":
            out.append(f"Elder {p.full()} (church)")
        elif form == "mc":
            out.append(f"{P('NAME', f.upper())}, {P('NAME', g.upper())} (friend)")
        elif form == "tr":
            out.append(f"Sayın {p.full()} (neighbor)")
        else:
            out.append(f"{p.full()} (friend)")
    if not out:
        return ""
    return "Visitors today: " + "; ".join(out) + ".\n"


STD_EXTRAS = [ex_contacts, ex_coverage, ex_sms, ex_access, ex_meds, ex_ids, ex_prior, ex_files, ex_family, ex_visitors]


def extras(n: Note, k: int = 5, prefer: list | None = None) -> list:
    lead = []
    if n.p(0.55):
        lead.append(ex_wordname)
    if n.pt.lang != "en" and n.p(0.5):
        lead.append(ex_foreign_doc)
    if n.p(0.35):
        lead.append(ex_family)
    if n.p(0.25):
        lead.append(ex_visitors)
    pool = lead + list(prefer or []) + n.r.sample(STD_EXTRAS, k)
    seen, out = set(), []
    for f in pool:
        if f not in seen:
            seen.add(f)
            out.append(lambda f=f: f(n))
    return out


# ============================================================================ registry

NOTE_TYPES = [  # (key, note type, template)
    ("subrogation", "insurance subrogation questionnaire", t_subrogation),
    ("belongings", "patient belongings inventory", t_belongings),
    ("sterilization", "sterilization consent form", t_sterilization),
    ("pump", "insulin pump download report", t_pump),
    ("adoption", "international adoption record review", t_adoption),
    ("placard", "disability parking placard certification", t_placard),
    ("animal", "assistance animal letter", t_animal),
    ("apheresis", "apheresis procedure record", t_apheresis),
    ("ep", "electrophysiology ablation report", t_ep),
    ("csa", "controlled substance agreement", t_csa),
    ("dismissal", "patient dismissal letter", t_dismissal),
    ("mpi", "duplicate record merge request", t_mpi),
    ("concussion", "concussion clinic note", t_concussion),
    ("aesthetic", "aesthetic surgery consultation", t_aesthetic),
    ("hemophilia", "hemophilia comprehensive visit", t_hemophilia),
    ("sickle", "sickle cell ED care plan", t_sickle),
    ("faa", "FAA aeromedical certification exam", t_faa),
    ("deployment", "post-deployment health assessment", t_deployment),
    ("specimen", "specimen rejection notice", t_specimen),
    ("blood", "blood product refusal directive", t_blood),
    ("restraint", "restraint and seclusion flowsheet", t_restraint),
    ("nemt", "non-emergency medical transport trip log", t_nemt),
    ("paternity", "paternity test collection record", t_paternity),
    ("registry", "cancer registry abstract", t_registry),
    ("cdi", "clinical documentation query", t_cdi),
    ("missing", "missing patient alert", t_missing),
    ("acupuncture", "acupuncture visit note", t_acupuncture),
    ("pap", "patient assistance program application", t_pap),
    ("implant", "contraceptive implant procedure note", t_implant),
    ("milk", "human milk bank donor screening", t_milk),
]
TYPE_NAMES = {k: name for k, name, _ in NOTE_TYPES}
TEMPLATES = {k: f for k, _, f in NOTE_TYPES}


def make_note(r, key: str) -> Note:
    n = Note(r, key)
    TEMPLATES[key](n)
    return n


def self_check() -> None:
    """Pool sanity: the word given names are not in the general pools, a word town is not a US_CITIES city."""
    general = set(US_F + US_M + OLD_F + OLD_M + PROV_F + PROV_M)
    assert not general & set(WORD_GIVEN), general & set(WORD_GIVEN)
    assert not {c for c, _, _ in US_CITIES} & set(WORD_TOWNS)
    assert len(NOTE_TYPES) == len(TEMPLATES)
