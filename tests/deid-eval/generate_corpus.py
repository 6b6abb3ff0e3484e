#!/usr/bin/env python3
"""Generate carebrief's annotated de-identification evaluation corpus.

Writes, next to this file:

    corpus/dev.jsonl      notes to develop and tune the scrubber on
    corpus/test.jsonl     notes to measure it on (never tune on these)
    corpus/holdout.jsonl  notes the scrubber's authors never read: an honest figure
                          (report only aggregate scores from it, never its notes or misses)

Every person, clinician, address, phone number, e-mail address, identifier and date in
the corpus is invented by this script from a fixed seed; any resemblance to a real person
or number is coincidence. Python 3.11, standard library only, no network. The output is
byte-identical on every run.

The three splits share no note template, no sentence pool, no person name, no city and no
street name: a scrubber tuned on dev meets new layouts and new names on test, and the
holdout split has layouts, phrasings, name forms, date forms, identifier cue words and
clinical vocabulary of its own (templates_holdout.py and the "holdout" entries below).

    python3 tests/deid-eval/generate_corpus.py            # (re)write all three splits
    python3 tests/deid-eval/generate_corpus.py --check    # exit 1 if the files differ

Annotation (offsets in Unicode code points, end exclusive):
    phi:  spans that must be removed, with a category (see README.md)
    keep: clinical text that must survive untouched
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "carebrief-deid-eval-v1"
SIZES = {"dev": 1000, "test": 1500, "holdout": 1500}
HOLDOUT = "holdout"
# Note size window in UTF-8 bytes (the brief is "about 1-3 KB").
MIN_BYTES, MAX_BYTES = 1000, 3000

CATEGORIES = [
    "NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "CITY", "ZIP",
    "AGE_OVER_89", "OTHER_ID",
]
KEEP = "KEEP"  # a keep tag is KEEP or "KEEP:<kind>"
KEEP_KINDS = ["eponym", "drug", "lab", "vital", "age", "diagnosis", "code", "abbreviation", "score", "word"]

NOTE_TYPES = [
    "discharge summary", "referral letter", "telephone encounter", "social work note",
    "pharmacy note", "triage note", "progress note", "radiology report", "consult note",
]

# ======================================================================================
# Name pools. Each split has its own; the generator asserts they share no name token.
# A person entry is (given, family, sex) for Latin-script names, or a dict for names that
# also have a native-script form.
# ======================================================================================


def _words(spec: str) -> list[str]:
    return spec.split()


def _names(spec: str) -> list[str]:
    """Comma-separated entries, for pools whose entries may hold spaces."""
    return [x.strip() for x in spec.split(",") if x.strip()]


POOLS = {
    "dev": {
        "given_f": _words(
            "Olivia Charlotte Amelia Harper Evelyn Ella Camila Luna Avery Scarlett Ivy "
            "Penelope Riley Nora Lily Eleanor Aubrey Ellie Stella Zoe Leah Hazel Violet "
            "Willa Audrey Brooklyn Bella Claire Skylar Lucy Paisley Everly Caroline "
            "Margot Gianna Naomi Valentina Ruby Piper Josephine"
        ),
        "given_m": _words(
            "Liam Oliver Elijah Lucas Theodore Silas Mateo Declan Sebastian Ethan Owen Asher "
            "Aiden Wyatt Leo Luke Julian Hudson Grayson Ezra Carter Isaac Jayden Luca "
            "Rowan Maverick Elias Josiah Caleb Ezekiel Jaxon Isaiah Nolan Adrian Cameron "
            "Easton Waylon Colton Roman Axel"
        ),
        "family": _words(
            "Smith Johnson Williams Jones Miller Davis Anderson Taylor Thomas Moore "
            "Jackson Martin Thompson Harris Clark Lewis Robinson Walker Allen Wright Scott "
            "Green Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker "
            "Evans Edwards Collins Stewart Morris Rogers Reed Morgan Cooper Peterson Bailey"
        ),
        # Latin names with diacritics, by origin: (given_f, given_m, family)
        "diacritic": {
            "es": ("María Inés Sofía Lucía Begoña Ángela", "José Ramón Andrés Tomás Joaquín Martín",
                   "Núñez Pérez Muñoz Ibáñez García-López Rodríguez Sánchez Gómez Díaz"),
            "fr": ("Chloé Hélène Zoë Léa", "Benoît Jérôme Cédric", "Lefèvre Dubois-Bérard Mercier Gauthier"),
            "de": ("Bärbel Jürgen", "Jürgen Günther", "Müller Schröder Köhler"),
            "nordic": ("Åsa Sigrún", "Søren Bjørnar", "Håkansson Ørsted"),
            "slavic": ("Małgośka Jiřina", "Łukasz Jiří", "Dvořák Wałęsa Kovačević"),
            "tr": ("Gülay", "Çetin", "Öztürk Yıldız"),
            "vi": ("Thị Mai", "Văn An", "Nguyễn Trần"),
            "ga": ("Siobhán Aoife", "Seán Pádraig", "O'Sullivan MacNeil"),
        },
        # names also written in their own script: given, family, romanized given, family
        "native": [
            ("zh", "F", "静", "陈", "Jing", "Chen"),
            ("zh", "M", "伟", "张", "Wei", "Zhang"),
            ("zh", "M", "强", "刘", "Qiang", "Liu"),
            ("zh", "F", "敏", "赵", "Min", "Zhao"),
            ("ru", "M", "Сергей", "Смирнов", "Sergei", "Smirnov"),
            ("ru", "F", "Анна", "Кузнецова", "Anna", "Kuznetsova"),
            ("ru", "F", "Ольга", "Попова", "Olga", "Popova"),
            ("ar", "M", "أحمد", "حسن", "Ahmed", "Hassan"),
            ("ar", "F", "فاطمة", "علي", "Fatima", "Ali"),
            ("ar", "M", "يوسف", "الخطيب", "Youssef", "Al-Khatib"),
            ("ko", "F", "서연", "이", "Seo-yeon", "Lee"),
            ("ko", "M", "지훈", "박", "Ji-hoon", "Park"),
            ("ko", "F", "수빈", "최", "Su-bin", "Choi"),
            ("el", "F", "Ελένη", "Γεωργίου", "Eleni", "Georgiou"),
            ("el", "M", "Γιώργος", "Νικολάου", "Giorgos", "Nikolaou"),
            ("ja", "F", "花子", "佐藤", "Hanako", "Sato"),
            ("hi", "F", "प्रिया", "शर्मा", "Priya", "Sharma"),
            ("he", "M", "דוד", "כהן", "David", "Cohen"),
        ],
        # names that are also ordinary words or eponyms; each has sentences using the word
        "word_given": {"F": _words("Joy Summer Dawn Iris Sunny"), "M": _words("Ray Frank Chase Miles")},
        "word_family": _words("Cook Baker Bishop Stone Ward Banks Page Gray Hill Love Best Murphy Wilson"),
        "cities": _words(
            "Springfield Fairview Georgetown Salem Franklin Clinton Arlington Ashland Dover "
            "Oxford Milton Burlington Manchester Marion Greenville Bristol Chester Dayton "
            "Kingston Lexington Newport Oakland Plymouth Quincy Richmond Shelbyville Trenton "
            "Vernon Winchester Auburn Bedford Camden Denton Elgin Fremont Glendale"
        ),
        "cities_intl": ["Daegu", "Patras", "Monterrey", "Gdańsk", "Wuhan", "Kazan", "Irbid", "Huế", "Lyon"],
        "streets": _words(
            "Maple Oak Cedar Pine Elm Walnut Chestnut Willow Birch Hickory Sycamore Magnolia "
            "Dogwood Juniper Laurel Poplar Spruce Aspen Cypress Hawthorn"
        ),
        "street_types": ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Drive", "Ct"],
        "email_domains": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
        "hospitals": ["Fairview General Hospital", "St. Brendan Medical Center", "Riverside Community Hospital",
                      "Lakeshore Regional Medical Center"],
        "clinics": ["Northside Family Medicine", "Elm Grove Internal Medicine", "Westbrook Cardiology Associates",
                    "Harborview Neurology Clinic"],
        "pharmacies": ["Corner Drug", "HealthMart Pharmacy", "Main Street Apothecary"],
        "web": ["caringbridge.org/visit/", "gofundme.com/f/help-", "facebook.com/"],
    },
    "test": {
        "given_f": _words(
            "Patricia Jennifer Linda Barbara Susan Jessica Karen Lisa Nancy Betty Sandra "
            "Margaret Ashley Kimberly Donna Carol Michelle Amanda Melissa Deborah Stephanie "
            "Rebecca Sharon Laura Cynthia Dorothy Kathleen Angela Shirley Brenda Pamela "
            "Nicole Samantha Katherine Christine Rachel Carolyn Janet Heather Gloria"
        ),
        "given_m": _words(
            "Robert Michael Richard Joseph Charles Christopher Daniel Matthew Donald Steven "
            "Paul Andrew Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Gary "
            "Eric Stephen Larry Justin Brandon Raymond Gregory Patrick Dennis Jerry Tyler "
            "Douglas Peter Zachary Walter Kyle Harold Carl Jeremy Gerald Keith Roger"
        ),
        "family": _words(
            "Jenkins Perry Powell Sullivan Russell Hughes Butler Simmons Foster Bryant "
            "Hamilton Graham Wallace Woods Cole Owens Reynolds Fisher Ellis Harrison Gibson "
            "McDonald Marshall Henderson Tucker Porter Crawford Boyd Mason Kennedy Warren "
            "Dixon Burns Gordon Shaw Holmes Rice Robertson Hunt O'Brien Fitzgerald Hayes "
            "Myers Ford Sanders Barnes D'Angelo"
        ),
        "diacritic": {
            "es": ("Mónica Verónica Rocío Belén Araceli", "Jesús Raúl Julián Adrián Germán Íñigo Nicolás",
                   "González Fernández Martínez López-Ortega Jiménez Álvarez Ramírez Suárez Peña Chávez"),
            "fr": ("Amélie Renée Anaïs Océane", "François Benoît-Xavier Théo", "Beaulieu Lemaître Château Brûlé"),
            "de": ("Jürgenine Käthe", "Jörg Björn", "Schäfer Grünewald Weiß"),
            "nordic": ("Dagný Sólveig", "Bjørn Ásgeir", "Nørgaard Lindqvist Jørgensen"),
            "slavic": ("Małgorzata Agnieszka", "Čestmír Przemysław", "Krzyżanowski Dubček Šimůnek"),
            "tr": ("Gülşen Şule", "Çağlar Ömer", "Şahin Çelik"),
            "vi": ("Ngọc Hương", "Quang Huy", "Phạm Lê"),
            "ga": ("Niamh Sadhbh", "Oisín Tadhg", "Ó Briain Mac Giolla"),
        },
        "native": [
            ("zh", "M", "小明", "王", "Xiaoming", "Wang"),
            ("zh", "F", "娜", "李", "Na", "Li"),
            ("zh", "M", "帆", "杨", "Fan", "Yang"),
            ("zh", "F", "婷", "周", "Ting", "Zhou"),
            ("ru", "M", "Дмитрий", "Иванов", "Dmitri", "Ivanov"),
            ("ru", "F", "Наталья", "Петрова", "Natalya", "Petrova"),
            ("ru", "M", "Игорь", "Волков", "Igor", "Volkov"),
            ("ru", "F", "Олена", "Шевченко", "Olena", "Shevchenko"),
            ("ar", "M", "محمد", "العلي", "Mohammed", "Al-Ali"),
            ("ar", "F", "ليلى", "منصور", "Layla", "Mansour"),
            ("ar", "M", "عمر", "حداد", "Omar", "Haddad"),
            ("ko", "M", "민준", "김", "Min-jun", "Kim"),
            ("ko", "F", "하은", "정", "Ha-eun", "Jung"),
            ("ko", "M", "도윤", "강", "Do-yun", "Kang"),
            ("el", "M", "Νίκος", "Παπαδόπουλος", "Nikos", "Papadopoulos"),
            ("el", "F", "Μαρία", "Κωνσταντίνου", "Maria", "Konstantinou"),
            ("ja", "M", "太郎", "田中", "Taro", "Tanaka"),
            ("ja", "F", "由美", "鈴木", "Yumi", "Suzuki"),
            ("hi", "M", "राहुल", "वर्मा", "Rahul", "Verma"),
            ("hi", "F", "अनीता", "पटेल", "Anita", "Patel"),
            ("he", "F", "שרה", "לוי", "Sarah", "Levi"),
            ("hy", "M", "Արամ", "Պետրոսյան", "Aram", "Petrosyan"),
        ],
        "word_given": {"F": _words("Hope Faith Rose May"), "M": _words("Will Grant Hunter Bill Mark")},
        "word_family": _words(
            "Young Brown Price Long Black White King Lane Rose Grant Hunter May "
            "Graves Bell Parkinson Addison Cushing"
        ),
        "cities": _words(
            "Normal Reading Mobile Independence Hope Eugene Tyler Florence Aurora Lafayette "
            "Peoria Scranton Toledo Duluth Spokane Fresno Tacoma Provo Boise Akron Flint "
            "Macon Savannah Augusta Lansing Bangor Pueblo Yuma Waco Laredo Ithaca Albany Troy "
            "Syracuse Billings Missoula"
        ),
        "cities_intl": ["Busan", "Thessaloniki", "Guadalajara", "Kraków", "São Paulo", "Harbin",
                        "Novosibirsk", "Amman", "Đà Nẵng", "Yerevan"],
        "streets": _words(
            "Lincoln Washington Jefferson Madison Monroe Polk Quarry Lake Crest View Sunset "
            "Ridge Meadow River Forest Highland Church Mill Spring Prospect Orchard Valley"
        ),
        "street_types": ["Lane", "Ln", "Way", "Pl", "Place", "Terrace", "Circle", "Pkwy", "Hwy", "Trail"],
        "email_domains": ["hotmail.com", "protonmail.com", "comcast.net", "att.net", "me.com", "live.com",
                          "mail.ru", "naver.com", "qq.com"],
        "hospitals": ["Mercy Hospital of the Plains", "Good Samaritan Regional", "Valley Baptist Medical Center",
                      "Northern Pines University Hospital"],
        "clinics": ["Prairie Health Partners", "Cedar Bluff Geriatrics", "Summit Pulmonary & Sleep",
                    "Bayside Endocrine Associates"],
        "pharmacies": ["Walgreen Road Pharmacy", "Family Care Pharmacy", "Prairie Compounding"],
        "web": ["lotsahelpinghands.com/c/", "mealtrain.com/trains/", "instagram.com/", "x.com/"],
    },
    # The holdout split: written without looking at dev/test misses, never read while tuning.
    # Entries of comma-separated pools may hold several words ("Vanden Berghe").
    "holdout": {
        "given_f": _words(
            "Winifred Philippa Henrietta Rosalind Gwendolyn Eugenia Millicent Beatrix Cordelia "
            "Imogen Dolores Geraldine Antoinette Bernadette Frederica Wilhelmina Mathilda Yolanda "
            "Marguerite Temperance Ottilie Lavinia Thomasina Georgiana Loretta Priscilla Francesca "
            "Jacqueline Theodora Annabel Vivienne Harriet Agatha Euphemia Odalys Zenobia Marcella "
            "Rosamund Dorinda Marisol"
        ),
        "given_m": _words(
            "Thaddeus Bartholomew Cornelius Ignatius Reginald Mortimer Archibald Lorenzo Montgomery "
            "Percival Cyrus Solomon Benedict Clement Desmond Winston Quentin Dashiell Augustin "
            "Ferdinand Virgil Otis Lyle Emmett Wendell Royce Alphonse Barnaby Lucius Octavio Rupert "
            "Sylvester Horatio Jasper Ambrose Mordecai Elmer Ulysses Leland Fitzroy"
        ),
        # what people are called instead of their given name
        "nick": {
            "Winifred": "Winnie", "Philippa": "Pippa", "Henrietta": "Etta", "Rosalind": "Roz",
            "Gwendolyn": "Gwen", "Eugenia": "Genie", "Millicent": "Millie", "Beatrix": "Trixie",
            "Cordelia": "Delia", "Imogen": "Immy", "Dolores": "Lola", "Geraldine": "Gerri",
            "Antoinette": "Toni", "Bernadette": "Bernie", "Frederica": "Freddie", "Wilhelmina": "Mina",
            "Mathilda": "Tilly", "Yolanda": "Yoli", "Marguerite": "Maggie", "Temperance": "Tempe",
            "Ottilie": "Tillie", "Lavinia": "Vinnie", "Thomasina": "Tamsin", "Georgiana": "Georgie",
            "Loretta": "Retta", "Priscilla": "Cilla", "Francesca": "Frankie", "Jacqueline": "Jackie",
            "Theodora": "Teddie", "Annabel": "Annie", "Vivienne": "Viv", "Harriet": "Hattie",
            "Agatha": "Aggie", "Euphemia": "Effie", "Rosamund": "Rosie",
            "Thaddeus": "Tad", "Bartholomew": "Bart", "Cornelius": "Neil", "Ignatius": "Iggy",
            "Reginald": "Reggie", "Mortimer": "Morty", "Archibald": "Archie", "Lorenzo": "Enzo",
            "Montgomery": "Monty", "Percival": "Percy", "Cyrus": "Cy", "Solomon": "Sol",
            "Benedict": "Benny", "Clement": "Clem", "Desmond": "Des", "Winston": "Win",
            "Quentin": "Quinn", "Dashiell": "Dash", "Augustin": "Gus", "Ferdinand": "Ferdie",
            "Alphonse": "Fonzie", "Barnaby": "Barney", "Octavio": "Tavo", "Sylvester": "Sly",
            "Mordecai": "Mort", "Ulysses": "Lyss",
        },
        "family": _names(
            "Vanterpool, Quist, Abernathy, Okonkwo, Adeyemi, Mensah, Boateng, Mwangi, Otieno, Nwosu, "
            "Tuilagi, Dimaculangan, Bautista, Kealoha, Venkataraman, Chatterjee, Ramaswamy, "
            "Vanden Berghe, von Hassel, de Vries, ter Horst, McAllister, MacKenzie-Ross, Fitzpatrick, "
            "Della Russo, Lo Bianco, DiMarco, De Santis, Di Stefano, Abernathy-Quist, Hollis-Brandt, "
            "Ashworth-Kemp, Stroud-Hallam, D'Souza, O'Malley, N'Diaye, Dell'Orto, St. Clair, "
            "Saint-Pierre, Pemberton, Whitcombe, Thistlewood, Featherstonehaugh, Oyelaran, Achterberg, "
            "Vasquez-Whitfield"
        ),
        "diacritic": {
            "pt": (["Conceição", "Luzia", "Graça"], ["João", "Sebastião", "Estêvão"],
                   ["Gonçalves", "Magalhães", "Araújo", "Simões", "Assunção"]),
            "ro": (["Ștefania", "Mădălina"], ["Ștefan", "Răzvan"], ["Ionescu", "Dumitrașcu", "Țurcanu", "Popescu-Bălan"]),
            "hu": (["Erzsébet", "Ildikó"], ["Zoltán", "Győző"], ["Kovács", "Szőke", "Horváth", "Tóth"]),
            "es": (["Ximena", "Itzel", "Maite", "Nayeli"], ["Ulises", "Efraín", "Ramiro"],
                   ["de la Fuente", "del Río", "Echeverría", "Zúñiga", "Ybarra", "Villaseñor", "Ortiz de Zárate"]),
            "fr": (["Solène", "Maëlle", "Gaëlle"], ["Loïc", "Gaël", "Aurélien"],
                   ["Lévesque", "Bélanger", "Côté", "Pelletier-Gagné", "Saint-Amour"]),
            "de": (["Jördis", "Mareike"], ["Sönke", "Jörn"], ["Krüger", "Böhm", "Schütz", "Fuß"]),
            "tr": (["Ayşe", "Büşra"], ["Kemal", "Barış"], ["Aydın", "Doğan", "Kılıç"]),
            "vi": (["Thảo", "Hạnh"], ["Dũng", "Tuấn"], ["Hoàng", "Đặng", "Huỳnh", "Bùi", "Võ"]),
            "hr": (["Mirjana", "Željka"], ["Dražen", "Goran"], ["Petrović", "Jovanović", "Šarić", "Knežević"]),
            "cy": (["Angharad", "Siân"], ["Dafydd", "Rhodri"], ["ap Gwilym", "Llewellyn"]),
        },
        "native": [
            ("zh", "F", "丽华", "黄", "Lihua", "Huang"),
            ("zh", "M", "建国", "吴", "Jianguo", "Wu"),
            ("zh", "M", "浩", "林", "Hao", "Lin"),
            ("zh", "F", "雪", "郭", "Xue", "Guo"),
            ("ja", "M", "健", "山本", "Ken", "Yamamoto"),
            ("ja", "F", "美咲", "高橋", "Misaki", "Takahashi"),
            ("ko", "M", "준호", "윤", "Joon-ho", "Yoon"),
            ("ko", "F", "수아", "한", "Soo-ah", "Han"),
            ("th", "M", "สมชาย", "ใจดี", "Somchai", "Jaidee"),
            ("th", "F", "มาลี", "ศรีสุข", "Malee", "Srisuk"),
            ("ka", "M", "გიორგი", "ბერიძე", "Giorgi", "Beridze"),
            ("ka", "F", "ნინო", "კაპანაძე", "Nino", "Kapanadze"),
            ("ta", "F", "லட்சுமி", "சுப்பிரமணியன்", "Lakshmi", "Subramanian"),
            ("ta", "M", "முருகன்", "ராஜேந்திரன்", "Murugan", "Rajendran"),
            ("bn", "M", "অমিত", "দাস", "Amit", "Das"),
            ("bn", "F", "রিয়া", "সেন", "Riya", "Sen"),
            ("fa", "F", "مریم", "رضایی", "Maryam", "Rezaei"),
            ("fa", "M", "رضا", "کریمی", "Reza", "Karimi"),
            ("uk", "M", "Тарас", "Коваленко", "Taras", "Kovalenko"),
            ("uk", "F", "Оксана", "Бондаренко", "Oksana", "Bondarenko"),
            ("ru", "M", "Алексей", "Соколов", "Aleksei", "Sokolov"),
            ("ru", "F", "Татьяна", "Морозова", "Tatyana", "Morozova"),
            ("am", "M", "አበበ", "ተስፋዬ", "Abebe", "Tesfaye"),
            ("am", "F", "ሰላም", "ገብሬ", "Selam", "Gebre"),
            ("he", "F", "נועה", "מזרחי", "Noa", "Mizrahi"),
            ("he", "M", "איתן", "פרידמן", "Eitan", "Friedman"),
            ("el", "M", "Δημήτρης", "Αντωνίου", "Dimitris", "Antoniou"),
            ("el", "F", "Κατερίνα", "Βλάχου", "Katerina", "Vlachou"),
            ("hy", "F", "Անի", "Հակոբյան", "Ani", "Hakobyan"),
            ("ar", "M", "خالد", "النجار", "Khalid", "El-Najjar"),
            ("ar", "F", "نور", "عبد الرحمن", "Nour", "Abdelrahman"),
        ],
        "word_given": {"F": _words("Autumn Amber Ginger Olive Crystal Holly Sage Patience"),
                       "M": _words("Rusty Cliff Drew Lance Chip Skip Gene Pat Rich Bud")},
        "word_family": _words(
            "Short Sharp Little Small Fields Gross Bland Temple Frost Sweet Fox Swift Strong Cross "
            "Light Gilbert Tanner Foley Still Whipple"
        ),
        "cities": _names(
            "Paducah, Kokomo, Muncie, Bismarck, Cheyenne, Pocatello, Joplin, Texarkana, Tupelo, Natchez, "
            "Opelousas, Chillicothe, Ashtabula, Sandusky, Altoona, Poughkeepsie, Schenectady, Bozeman, "
            "Kalispell, Prescott, Greeley, Loveland, Marietta, Valdosta, Dothan, Hattiesburg, Shreveport, "
            "Lubbock, Odessa, Abilene, Beaumont, Harlingen, Eureka, Redding, Modesto, Visalia, Yakima, "
            "Wenatchee, Corvallis, Medford, Joliet, Kankakee, Decatur, Carbondale, Galesburg, Ottumwa, "
            "Dubuque, Mankato, Hibbing, Oshkosh, Sheboygan, Kalamazoo, Saginaw, Ypsilanti, Marquette, "
            "Hazard, Liberty, Commerce, Paris, Sioux Falls, Council Bluffs, Las Cruces, Coeur d'Alene, "
            "St. Cloud, Fond du Lac"
        ),
        "cities_intl": ["Tbilisi", "Chiang Rai", "Isfahan", "Lviv", "Addis Ababa", "Chennai", "Dhaka", "Haifa",
                        "Osaka", "Incheon", "Chengdu", "Porto", "Cluj-Napoca", "Debrecen", "Bursa", "Cần Thơ",
                        "Gyumri", "Split", "Nice"],
        "streets": _words(
            "Quince Tamarack Larkspur Buckeye Persimmon Sassafras Mulberry Hemlock Bramble Foxglove "
            "Kestrel Heron Osprey Cardinal Bluebird Meadowlark Partridge Sparrow Wren Canyon Bayou "
            "Ironwood Cottonwood Boxelder Redbud Sumac Bittersweet Goldenrod"
        ),
        "street_types": ["Row", "Pike", "Loop", "Run", "Sq", "Crescent", "Cres", "Commons", "Bend", "Path",
                         "Xing", "Cove", "Cv", "Rdg", "Hts", "Heights"],
        "street_pre": ["Old", "NE", "SW", "NW", "SE", "Upper", "Lower"],
        "street_post": ["Glen", "Knoll", "Bluff", "Landing", "Gardens", "Extension"],
        "states": ["KS", "NE", "ND", "SD", "MT", "WY", "ID", "NM", "AR", "LA", "MS", "AL", "WV", "VT", "NH",
                   "ME", "CT", "SC", "OK", "NV", "UT", "KY", "TN", "WI", "MO", "TX", "NY"],
        "email_domains": ["fastmail.com", "ymail.com", "gmx.com", "yandex.ru", "rocketmail.com", "bellsouth.net",
                          "verizon.net", "sbcglobal.net", "hanmail.net", "optonline.net", "charter.net", "web.de"],
        "org_domains": ["trmc.org", "providence-sisters.org", "tricountymem.org", "ozarklutheran.org", "cvpc.net"],
        "portal_hosts": ["myrecord", "connect", "followmyhealth", "mycare"],
        "hospitals": ["Three Rivers Medical Center", "Sisters of Providence Hospital", "Tri-County Memorial Hospital",
                      "Ozark Lutheran Hospital"],
        "clinics": ["Copper Valley Primary Care", "High Desert Oncology", "Riverbend Pediatrics & Adult Medicine",
                    "Lakeland Kidney Care"],
        "pharmacies": ["Medicine Shoppe", "Neighborhood Apothecary", "Sav-On Drugs"],
        "web": ["carepages.com/", "youcaring.com/", "linkedin.com/in/", "tiktok.com/@", "givesendgo.com/",
                "spotfund.com/story/"],
    },
}

STATES = ["IL", "OH", "MI", "WI", "IN", "MO", "IA", "MN", "KY", "TN", "PA", "NY", "NC", "GA",
          "TX", "CA", "WA", "OR", "CO", "AZ", "MA", "NJ", "VA", "MD"]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "MI": "Michigan", "TX": "Texas", "CA": "California",
               "NY": "New York", "PA": "Pennsylvania", "GA": "Georgia", "WA": "Washington"}
STATE_NAMES_HOLDOUT = {"KS": "Kansas", "NE": "Nebraska", "ND": "North Dakota", "MT": "Montana",
                       "NM": "New Mexico", "AR": "Arkansas", "LA": "Louisiana", "MS": "Mississippi",
                       "WV": "West Virginia", "VT": "Vermont", "ME": "Maine", "OK": "Oklahoma", "KY": "Kentucky",
                       "TN": "Tennessee", "WI": "Wisconsin", "MO": "Missouri", "TX": "Texas", "NY": "New York"}

CREDENTIALS = {
    "physician": ["MD", "DO", "MD", "MD"],
    "np": ["NP", "APRN", "FNP-C"],
    "pa": ["PA-C"],
    "rn": ["RN", "BSN, RN"],
    "pharmacist": ["PharmD", "RPh"],
    "sw": ["LCSW", "MSW"],
}

# ======================================================================================
# Clinical vocabulary that must survive (keep spans). Shared core plus split extras.
# ======================================================================================

EPONYMS_CORE = [
    "Parkinson's disease", "Crohn's disease", "Down syndrome", "Murphy sign", "Glasgow Coma Scale",
    "Apgar score", "Bell's palsy", "Hodgkin lymphoma", "Alzheimer's disease", "Cushing syndrome",
    "Graves disease", "Addison's disease", "Babinski sign", "Homans sign", "McMurray test",
    "Hashimoto thyroiditis", "Wilson disease", "Tourette syndrome", "Kaposi sarcoma",
    "Guillain-Barré syndrome",
]
EPONYMS_EXTRA = {
    "dev": ["Kernig sign", "Brudzinski sign", "Chvostek sign", "Trousseau sign", "Lhermitte sign",
            "Romberg test", "Phalen test", "Tinel sign", "Lachman test", "Ranson criteria",
            "Wells score", "Child-Pugh class B", "Epley maneuver", "Valsalva maneuver",
            "Brugada pattern", "Bishop score", "Baker cyst"],
    "test": ["Wolff-Parkinson-White syndrome", "Hunter syndrome", "Kawasaki disease",
             "Raynaud phenomenon", "Sjögren syndrome", "Barrett esophagus", "Ménière disease",
             "Paget disease of bone", "Dupuytren contracture", "Wernicke encephalopathy",
             "Horner syndrome", "Marfan syndrome", "Stevens-Johnson syndrome", "Mallory-Weiss tear",
             "Brown-Séquard syndrome", "Huntington disease", "Cheyne-Stokes respirations",
             "Grey Turner sign", "Virchow node", "Korotkoff sounds", "Finkelstein test"],
}

# holdout eponyms, split by hand into diseases ({epo}) and findings, tests, procedures ({epos})
EPONYMS_HOLDOUT = {
    "epo": ["Takayasu arteritis", "Behçet disease", "Zollinger-Ellison syndrome", "Budd-Chiari syndrome",
            "Dressler syndrome", "Charcot-Marie-Tooth disease", "Ehlers-Danlos syndrome", "Klinefelter syndrome",
            "Turner syndrome", "Osgood-Schlatter disease", "Legg-Calvé-Perthes disease", "Sheehan syndrome",
            "Conn syndrome", "Lyme disease", "Peyronie disease", "Meckel diverticulum", "Zenker diverticulum",
            "Tietze syndrome", "Creutzfeldt-Jakob disease", "Hirschsprung disease", "Whipple disease",
            "Gilbert syndrome", "Sweet syndrome", "Pott disease", "Fanconi anemia", "von Willebrand disease",
            "Waldenström macroglobulinemia", "Reye syndrome", "Charcot foot", "Schatzki ring", "Dieulafoy lesion"],
    "epos": ["Rovsing sign", "Cullen sign", "Kehr sign", "Spurling test", "Thompson test", "Allen test",
             "Adson test", "Hoffmann sign", "Hawkins test", "Neer test", "Apley test", "Ortolani maneuver",
             "Barlow maneuver", "Kussmaul respirations", "Trendelenburg gait", "Mallampati class III",
             "Killip class II", "Duke criteria", "Jones criteria", "Light's criteria", "Beck triad",
             "Levine sign", "Lasègue sign", "Gottron papules", "Nikolsky sign", "Auspitz sign",
             "Koebner phenomenon", "Osler nodes", "Janeway lesions", "Roth spots", "Austin Flint murmur",
             "Graham Steell murmur", "Argyll Robertson pupil", "Marcus Gunn pupil", "Foley catheter",
             "Swan-Ganz catheter", "Seldinger technique", "Whipple procedure", "Nissen fundoplication",
             "Roux-en-Y gastric bypass", "Hartmann procedure", "Colles fracture", "Smith fracture",
             "Jones fracture", "Maisonneuve fracture", "Bankart lesion", "Ottawa ankle rules"],
}
EPONYMS_EXTRA["holdout"] = EPONYMS_HOLDOUT["epo"] + EPONYMS_HOLDOUT["epos"]

# signs, tests and scores ({epos}); the rest are diseases ({epo})
EPONYM_FINDING = re.compile(r"\b(sign|test|score|Scale|criteria|maneuver|class|pattern|sounds|respirations|node)\b")

DRUGS_CORE = [
    "metformin 500 mg PO BID", "lisinopril 10 mg PO daily", "atorvastatin 40 mg PO nightly",
    "apixaban 5 mg PO BID", "furosemide 40 mg IV BID", "insulin glargine 22 units SC qHS",
    "albuterol 90 mcg 2 puffs q4h PRN", "acetaminophen 650 mg PO q6h PRN",
    "ondansetron 4 mg IV q8h PRN nausea", "levothyroxine 88 mcg PO daily",
]
DRUGS_EXTRA = {
    "dev": ["amlodipine 5 mg daily", "metoprolol succinate 50 mg daily", "sertraline 50 mg daily",
            "gabapentin 300 mg TID", "pantoprazole 40 mg daily", "enoxaparin 40 mg SC daily",
            "ceftriaxone 1 g IV q24h", "prednisone 40 mg daily x 5 days", "tamsulosin 0.4 mg qHS",
            "Keppra 500 mg BID", "azithromycin 500 mg x1 then 250 mg daily x4", "Norco 5/325 1 tab q6h PRN"],
    "test": ["carvedilol 12.5 mg BID", "empagliflozin 10 mg daily", "semaglutide 0.5 mg SC weekly",
             "warfarin 5 mg daily (goal INR 2-3)", "vancomycin 1,250 mg IV q12h",
             "piperacillin-tazobactam 4.5 g IV q6h", "hydromorphone 0.5 mg IV q3h PRN",
             "Eliquis 2.5 mg BID", "spironolactone 25 mg daily", "carbidopa-levodopa 25/100 mg TID",
             "methimazole 10 mg daily", "buprenorphine-naloxone 8/2 mg SL daily", "Lasix 20 mg PO daily",
             "potassium chloride 20 mEq PO BID", "hydrocortisone 15 mg qAM and 5 mg qPM"],
}

DRUGS_EXTRA["holdout"] = [
    "digoxin 0.125 mg PO daily", "nitroglycerin 0.4 mg SL q5min x3 PRN", "clopidogrel 75 mg daily",
    "rivaroxaban 20 mg with the evening meal", "amiodarone 200 mg BID", "dexamethasone 6 mg IV daily",
    "oxycodone 5 mg q4h PRN", "cefazolin 2 g IV q8h", "doxycycline 100 mg BID x 7 days",
    "lithium carbonate 300 mg TID", "quetiapine 25 mg qHS", "Synthroid 112 mcg every morning",
    "heparin 5,000 units SC q8h", "magnesium sulfate 2 g IV once", "fluticasone-salmeterol 250/50 1 inhalation BID",
    "donepezil 10 mg at bedtime", "colchicine 0.6 mg BID", "alendronate 70 mg weekly",
    "cyanocobalamin 1,000 mcg IM monthly", "ferrous sulfate 325 mg every other day", "Lyrica 75 mg BID",
    "Xarelto 15 mg daily", "Brilinta 90 mg BID", "Bactrim DS 1 tab BID", "Ativan 0.5 mg q8h PRN anxiety",
    "Haldol 2 mg IM once", "Entresto 24/26 mg BID", "Trulicity 1.5 mg SC weekly", "Tessalon 100 mg TID PRN",
]

LABS_CORE = [
    "Na 138 mmol/L", "K 4.1 mmol/L", "creatinine 1.3 mg/dL", "eGFR 52 mL/min/1.73m2", "HbA1c 8.1%",
    "WBC 11.2 x10^9/L", "Hgb 9.8 g/dL", "platelets 212 K/uL", "INR 2.4", "TSH 6.2 mIU/L",
    "troponin I <0.01 ng/mL", "BNP 845 pg/mL", "lactate 2.1 mmol/L", "LDL 132 mg/dL",
]
LABS_EXTRA = {
    "dev": ["glucose 243 mg/dL", "BUN 31 mg/dL", "ALT 64 U/L", "AST 58 U/L", "albumin 2.9 g/dL",
            "CRP 48 mg/L", "ferritin 12 ng/mL", "Mg 1.6 mg/dL"],
    "test": ["procalcitonin 0.8 ng/mL", "free T4 2.9 ng/dL", "cortisol 2.1 mcg/dL", "ACTH 412 pg/mL",
             "ceruloplasmin 11 mg/dL", "anion gap 18", "D-dimer 1.9 mg/L FEU", "TSH <0.01 mIU/L",
             "A1c 6.9%", "phosphorus 5.8 mg/dL"],
}

LABS_EXTRA["holdout"] = [
    "magnesium 1.4 mg/dL", "calcium 11.8 mg/dL", "uric acid 9.1 mg/dL", "lipase 480 U/L", "ammonia 88 umol/L",
    "haptoglobin <10 mg/dL", "LDH 612 U/L", "CK 4,200 U/L", "total bilirubin 3.2 mg/dL", "PTH 142 pg/mL",
    "25-OH vitamin D 11 ng/mL", "B12 180 pg/mL", "PSA 7.4 ng/mL", "ESR 88 mm/h", "pH 7.28", "pCO2 52 mmHg",
    "bicarbonate 18 mEq/L", "serum osmolality 262 mOsm/kg", "urine sodium 12 mEq/L", "fibrinogen 140 mg/dL",
    "aPTT 48 s", "reticulocytes 4.2%", "CD4 210 cells/uL", "hs-troponin T 42 ng/L", "NT-proBNP 3,120 pg/mL",
]

DX = {
    "dev": [("Type 2 diabetes mellitus with hyperglycemia", "E11.65"),
            ("Essential hypertension", "I10"),
            ("Community-acquired pneumonia", "J18.9"),
            ("Acute on chronic systolic heart failure", "I50.23"),
            ("Chronic kidney disease stage 3a", "N18.31"),
            ("Urinary tract infection", "N39.0"),
            ("Major depressive disorder, recurrent, moderate", "F33.1"),
            ("Iron deficiency anemia", "D50.9"),
            ("Atrial fibrillation, paroxysmal", "I48.0"),
            ("Cellulitis of left lower limb", "L03.116")],
    "test": [("COPD with acute exacerbation", "J44.1"),
             ("Sepsis, unspecified organism", "A41.9"),
             ("Hypothyroidism, unspecified", "E03.9"),
             ("Acute kidney injury", "N17.9"),
             ("Opioid use disorder, moderate", "F11.20"),
             ("Fall from same level", "W18.30XA"),
             ("Syncope and collapse", "R55"),
             ("Hyperkalemia", "E87.5"),
             ("Pulmonary embolism without acute cor pulmonale", "I26.99"),
             ("Dementia, unspecified severity, without behavioral disturbance", "F03.90")],
}

DX["holdout"] = [
    ("Type 1 diabetes mellitus with ketoacidosis without coma", "E10.10"),
    ("Gout, unspecified", "M10.9"),
    ("Hypokalemia", "E87.6"),
    ("Acute pancreatitis without necrosis or infection, unspecified", "K85.90"),
    ("Unilateral primary osteoarthritis, right knee", "M17.11"),
    ("Obstructive sleep apnea", "G47.33"),
    ("Benign prostatic hyperplasia with lower urinary tract symptoms", "N40.1"),
    ("Delirium due to known physiological condition", "F05"),
    ("Diverticulitis of large intestine without perforation or abscess without bleeding", "K57.32"),
    ("Anxiety disorder, unspecified", "F41.9"),
    ("Pressure ulcer of sacral region, stage 3", "L89.153"),
    ("Unspecified cirrhosis of liver", "K74.60"),
]

CODES = {
    "dev": ["SNOMED CT 44054006", "LOINC 4548-4", "LOINC 2160-0", "CPT 99214", "SNOMED CT 38341003",
            "LOINC 33914-3", "NDC 0002-8215-01"],
    "test": ["SNOMED 73211009", "LOINC 718-7", "LOINC 2345-7", "CPT 99232", "SNOMED 195967001",
             "LOINC 30934-4", "HCPCS G0439", "RxNorm 197361"],
}

CODES["holdout"] = ["SNOMED CT 230690007", "LOINC 2951-2", "LOINC 2823-3", "LOINC 6690-2", "CPT 93000",
                     "CPT 71046", "HCPCS J1885", "MS-DRG 871", "ICD-10 Z79.01", "ICD-10 Z87.891", "RxCUI 310965",
                     "NDC 0069-0150-01"]

ABBREVS = {
    "dev": ["CHF", "COPD", "s/p CABG x3", "NPO after midnight", "DNR/DNI", "CXR", "CBC with diff",
            "BMP", "r/o ACS", "h/o MI", "SOB", "DOE"],
    "test": ["HFrEF (EF 30%)", "OSA on CPAP", "s/p TKA", "NKDA", "full code", "EKG: NSR", "CMP",
             "ABG 7.31/48/62", "AMS", "GERD", "ESRD on HD MWF", "MRSA nares negative"],
}

ABBREVS["holdout"] = ["AAOx3", "PERRLA", "CTAB", "RRR, no m/r/g", "2+ pitting edema BLE", "s/p lap chole",
                       "HTN/HLD", "T2DM", "POD #2", "NAD", "BiPAP overnight", "A-fib w/ RVR", "LVEF 35%",
                       "JVP 9 cm H2O", "S3 gallop"]

SCORES = {
    "dev": ["GCS 15", "Glasgow Coma Scale 14", "NIHSS 4", "PHQ-9 score 14", "CHA2DS2-VASc 4",
            "Wells score 5", "Apgar score 8 and 9"],
    "test": ["GCS 13 (E3V4M6)", "Glasgow Coma Scale 15", "Morse Fall Scale 65", "Braden score 14",
             "MoCA 21/30", "CIWA-Ar 12", "Apgar score 7 and 9", "HEART score 4", "GAD-7 score 11"],
}

SCORES["holdout"] = ["qSOFA 2", "CURB-65 score 3", "NYHA class III", "Gleason score 3+4=7", "ECOG 1",
                      "Karnofsky 70%", "MMSE 22/30", "SLUMS 19/30", "Mini-Cog 2/5", "AUDIT-C 7", "COWS 14", "RASS -2",
                      "CAM-ICU positive", "Caprini score 5", "HAS-BLED 3", "TIMI score 4", "FAST stage 6",
                      "Norton scale 12", "APACHE II 22", "SOFA 6", "Centor score 3", "BI-RADS 2", "Lung-RADS 3",
                      "PPS 40%"]

# Ordinary-word uses of names. {k:...} marks the keep span.
WORD_SENTENCES = {
    "dev": {
        "Joy": ["Finds {k:joy} in her grandchildren.", "Little {k:joy} in usual activities (anhedonia)."],
        "Summer": ["Symptoms worse every {k:summer} with heat.", "Last {k:summer} she was hiking daily."],
        "Dawn": ["Wakes at {k:dawn} with headache.", "Glucose rises before {k:dawn} (dawn phenomenon)."],
        "Iris": ["{k:Iris} exam: no heterochromia.", "Left {k:iris} coloboma noted."],
        "Sunny": ["Prefers a {k:sunny} room; mood better with daylight."],
        "Ray": ["{k:X-ray} of the left wrist negative for fracture.", "Chest {k:X-ray} clear."],
        "Frank": ["{k:Frank blood} in stool x1.", "{k:Frank} discussion held about prognosis."],
        "Chase": ["Will {k:chase} the potassium with a repeat BMP at 1800."],
        "Miles": ["Walks 2 {k:miles} daily without chest pain.", "Lives 40 {k:miles} from the clinic."],
        "Cook": ["Unable to {k:cook} for herself since the fall.", "Works as a line {k:cook}."],
        "Baker": ["{k:Baker cyst} on popliteal ultrasound, no DVT.", "Former {k:baker}, flour exposure."],
        "Bishop": ["{k:Bishop score} 8; induction started."],
        "Stone": ["4 mm {k:kidney stone} at the left UVJ.", "{k:Stone} passed at home."],
        "Ward": ["Transferred to the medical {k:ward} in stable condition."],
        "Banks": ["Uses local food {k:banks} twice a month."],
        "Page": ["{k:Page} on-call resident if SBP > 180.", "See {k:page} 2 of the consent."],
        "Gray": ["{k:Gray} matter volume loss on MRI.", "Stools {k:gray} and clay-colored."],
        "Hill": ["Short of breath walking up a {k:hill}."],
        "Love": ["Would {k:love} to return to work by spring."],
        "Best": ["{k:Best corrected visual acuity 20/40 OU}.", "{k:Best} motor response localizing."],
        "Murphy": ["{k:Murphy sign} positive on exam.", "Negative {k:Murphy sign}."],
        "Wilson": ["{k:Wilson disease} excluded (normal ceruloplasmin)."],
    },
    "test": {
        "Hope": ["{k:Hope} to wean oxygen over the next 48 hours.", "We {k:hope} to avoid readmission."],
        "Faith": ["Draws strength from her {k:faith} community.", "Family of strong {k:faith}; chaplain visited."],
        "Rose": ["BP {k:rose} to 168/94 overnight.", "Creatinine {k:rose} from 1.1 to 1.9."],
        "May": ["{k:May} use albuterol before exercise.", "Symptoms {k:may} recur with tapering."],
        "Will": ["{k:Will} recheck BMP in 1 week.", "Patient {k:will} call if fever returns."],
        "Grant": ["{k:Grant} funding covers the copay for 6 months.", "Applied for a county housing {k:grant}."],
        "Hunter": ["{k:Hunter syndrome} excluded by enzyme assay.", "Avid deer {k:hunter}; tick exposure possible."],
        "Bill": ["{k:Bill} as a level 4 visit.", "Worried about a hospital {k:bill} of several thousand dollars."],
        "Mark": ["{k:Mark} the operative site in pre-op.", "Raised skin {k:mark} on the left shoulder."],
        "Young": ["Unusual presentation in a {k:young adult}.", "{k:Young} children in the home; safe storage reviewed."],
        "Brown": ["Small amount of {k:brown drainage} from the incision.", "{k:Brown-Séquard syndrome} considered and excluded."],
        "Price": ["Discussed the {k:price} of Eliquis; coupon provided.", "{k:Price} of insulin is a barrier."],
        "Long": ["{k:Long-acting} insulin dose reduced by 10%.", "{k:Long} history of tobacco use (40 pack-years)."],
        "Black": ["Reports {k:black, tarry stools} x2 days.", "{k:Black} eschar on the right heel."],
        "White": ["{k:White blood cell count} 14.2 K/uL.", "{k:White} plaques on tongue, likely thrush.",
                  "History of {k:Wolff-Parkinson-White syndrome}, s/p ablation."],
        "King": ["{k:King-Devick test} normal after the concussion."],
        "Lane": ["Struck by a car in the bike {k:lane}.", "Drifted across the {k:lane} before the crash."],
        "Graves": ["{k:Graves disease} on {k:methimazole 10 mg daily}."],
        "Bell": ["{k:Bell's palsy} on the right, resolving."],
        "Parkinson": ["{k:Parkinson's disease} on {k:carbidopa-levodopa 25/100 mg TID}."],
        "Addison": ["{k:Addison's disease}; stress-dose steroids given."],
        "Cushing": ["{k:Cushing syndrome} workup: late-night salivary cortisol pending."],
    },
}
# holdout: {k.KIND:text} names the keep kind explicitly
WORD_SENTENCES["holdout"] = {
    "Autumn": ["Mood dips every {k.word:autumn} as the days shorten.", "Hay fever is worst in late {k.word:autumn}."],
    "Amber": ["Urine {k.word:amber} and cloudy this morning.", "{k.word:Amber}-colored fluid in the drain bulb."],
    "Ginger": ["Keeping down crackers and {k.word:ginger} ale.", "Tried {k.word:ginger} tea for the nausea."],
    "Olive": ["Softens ear wax with {k.word:olive} oil drops.", "Skin tone {k.word:olive}; no jaundice appreciated."],
    "Crystal": ["Aspirate showed needle-shaped {k.word:crystals}.", "Used {k.word:crystal} meth years ago; none since."],
    "Holly": ["A toddler cousin ate {k.word:holly} berries; poison control reassured."],
    "Sage": ["Burns {k.word:sage} at home; no inhalational symptoms."],
    "Patience": ["Thanked the family for their {k.word:patience} with the delays."],
    "Rusty": ["Coughing up {k.word:rusty} sputum since last night.", "Stepped on a {k.word:rusty} nail; Tdap updated."],
    "Cliff": ["Fell roughly 3 m from a {k.word:cliff} edge while hiking."],
    "Drew": ["Phlebotomy {k.word:drew} two sets of cultures before antibiotics.",
             "Lab {k.word:drew} the sample late; potassium hemolyzed."],
    "Lance": ["Plan to {k.word:lance} and drain the abscess at bedside."],
    "Chip": ["Small {k.word:chip} fracture off the dorsal triquetrum."],
    "Skip": ["Asked not to {k.word:skip} evening doses of {drug}."],
    "Gene": ["Hereditary cancer {k.word:gene} panel sent.", "{k.word:Gene} testing for CFTR declined."],
    "Pat": ["{k.word:Pat} the incision dry after showering."],
    "Rich": ["Avoid foods {k.word:rich} in potassium for now."],
    "Bud": ["Taste {k.word:buds} dulled since chemotherapy."],
    "Short": ["Gets {k.word:short} of breath after one flight of stairs.", "{k.word:Short} course of {drug} finished."],
    "Sharp": ["Pain is {k.word:sharp} and worse with inspiration.", "{k.word:Sharp} object injury to the palm."],
    "Little": ["{k.word:Little} appetite for a week.", "Drinks very {k.word:little} water during the day."],
    "Small": ["{k.word:Small bowel} obstruction excluded on CT.", "{k.word:Small} pericardial effusion, no tamponade."],
    "Fields": ["Visual {k.word:fields} full to confrontation.", "Lung {k.word:fields} clear on auscultation."],
    "Gross": ["{k.word:Gross hematuria} cleared after irrigation.", "No {k.word:gross} deformity of the forearm."],
    "Bland": ["{k.word:Bland} diet, advance as tolerated.", "Urine sediment {k.word:bland}."],
    "Temple": ["Tender over the right {k.word:temple}; ESR ordered.", "2 cm laceration at the left {k.word:temple}."],
    "Frost": ["{k.word:Frostbite} to two toes last winter.", "{k.word:Frost} inside the windows; the heat was cut off."],
    "Sweet": ["Craves {k.word:sweet} drinks at night.", "{k.eponym:Sweet syndrome} considered for the tender plaques."],
    "Fox": ["Bitten by a {k.word:fox} on the ankle; rabies prophylaxis begun."],
    "Swift": ["{k.word:Swift} recovery after extubation."],
    "Strong": ["Grip {k.word:strong} and equal bilaterally.", "{k.word:Strong} network of church friends."],
    "Cross": ["Type and {k.word:cross} for 2 units.", "{k.word:Cross-cover} paged once overnight."],
    "Light": ["{k.eponym:Light's criteria} met: exudate.", "{k.word:Lightheaded} on standing quickly."],
    "Gilbert": ["{k.eponym:Gilbert syndrome} explains the mild indirect hyperbilirubinemia."],
    "Tanner": ["{k.eponym:Tanner stage 4} on exam.", "Former {k.word:tanner} at a leather works."],
    "Foley": ["{k.eponym:Foley catheter} removed; voided 300 mL.", "{k.eponym:Foley} kept for strict output."],
    "Still": ["{k.eponym:Adult-onset Still disease} remains on the differential.",
              "{k.word:Still} nauseated in the evenings."],
    "Whipple": ["Status post {k.eponym:Whipple procedure} in 2016.", "{k.eponym:Whipple disease} ruled out on biopsy."],
}

# ======================================================================================
# Builder: text with spans
# ======================================================================================


class Note:
    """Accumulates text and spans; offsets are code points (Python str indexes)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def add(self, text: str, tag: str | None = None) -> None:
        if not text:
            return
        if tag and tag.startswith(KEEP):
            kind = tag.partition(":")[2] or keep_kind(text)
            assert kind in KEEP_KINDS, (kind, text)
            self.keep.append({"start": self.n, "end": self.n + len(text), "text": text, "kind": kind})
        elif tag:
            assert tag in CATEGORIES, tag
            self.phi.append({"start": self.n, "end": self.n + len(text), "category": tag, "text": text})
        self.parts.append(text)
        self.n += len(text)

    def extend(self, other: "Note") -> None:
        base = self.n
        for s in other.phi:
            self.phi.append({**s, "start": s["start"] + base, "end": s["end"] + base})
        for s in other.keep:
            self.keep.append({**s, "start": s["start"] + base, "end": s["end"] + base})
        self.parts.extend(other.parts)
        self.n += other.n

    def text(self) -> str:
        return "".join(self.parts)


# ======================================================================================
# Identifier formats
# ======================================================================================

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


DATE_STYLES = [
    "mdy0", "mdy", "mdy2", "mdy02", "iso", "long", "abbr", "abbrdot", "dmy", "dmyl", "md_abbr",
    "md_num", "md_long", "md_th", "dmy_up", "dmy_dash", "ymd_slash", "compact", "wd_long",
    "th_of", "dotted", "my", "my_num",
]
# relative weights; the forms the issue names are the most common
DATE_WEIGHTS = [10, 8, 7, 3, 8, 8, 6, 2, 5, 3, 4, 4, 3, 4, 5, 3, 2, 1, 2, 1, 1, 2, 1]


def fmt_date(d: dt.date, style: str) -> list[tuple[str, str | None]]:
    m, dd, y = d.month, d.day, d.year
    D = "DATE"
    match style:
        case "mdy0":
            return [(f"{m:02d}/{dd:02d}/{y}", D)]
        case "mdy":
            return [(f"{m}/{dd}/{y}", D)]
        case "mdy2":
            return [(f"{m}/{dd}/{y % 100:02d}", D)]
        case "mdy02":
            return [(f"{m:02d}/{dd:02d}/{y % 100:02d}", D)]
        case "iso":
            return [(d.isoformat(), D)]
        case "long":
            return [(f"{MONTHS[m-1]} {dd}, {y}", D)]
        case "abbr":
            return [(f"{MON[m-1]} {dd}, {y}", D)]
        case "abbrdot":
            mon = MON[m - 1] + ("." if MONTHS[m - 1] != MON[m - 1] else "")
            return [(f"{mon} {dd}, {y}", D)]
        case "dmy":
            return [(f"{dd} {MON[m-1]} {y}", D)]
        case "dmyl":
            return [(f"{dd} {MONTHS[m-1]} {y}", D)]
        case "md_abbr":
            return [(f"{MON[m-1]} {dd}", D)]
        case "md_num":
            return [(f"{m}/{dd}", D)]
        case "md_long":
            return [(f"{MONTHS[m-1]} {dd}", D)]
        case "md_th":
            return [(f"{MONTHS[m-1]} {ordinal(dd)}", D)]
        case "dmy_up":
            return [(f"{dd:02d}-{MON[m-1].upper()}-{y}", D)]
        case "dmy_dash":
            return [(f"{dd}-{MON[m-1]}-{y}", D)]
        case "ymd_slash":
            return [(f"{y}/{m:02d}/{dd:02d}", D)]
        case "compact":
            return [(f"{y}{m:02d}{dd:02d}", D)]
        case "wd_long":
            return [(WEEKDAYS[d.weekday()] + ", ", None), (f"{MONTHS[m-1]} {dd}, {y}", D)]
        case "th_of":
            return [("the ", None), (f"{ordinal(dd)} of {MONTHS[m-1]}", D)]
        case "dotted":
            return [(f"{dd:02d}.{m:02d}.{y}", D)]
        case "my":
            return [(f"{MONTHS[m-1]} {y}", D)]
        case "my_num":
            return [(f"{m:02d}/{y}", D)]
        # forms used by the holdout split only
        case "mdy_dash":
            return [(f"{m}-{dd}-{y}", D)]
        case "mdy0_dash":
            return [(f"{m:02d}-{dd:02d}-{y}", D)]
        case "th_long_y":
            return [(f"{MONTHS[m-1]} {ordinal(dd)}, {y}", D)]
        case "dth_mon_y":
            return [(f"{ordinal(dd)} {MONTHS[m-1]} {y}", D)]
        case "dth_of_y":
            return [(f"{ordinal(dd)} of {MONTHS[m-1]}, {y}", D)]
        case "mon_dot_d":
            return [(f"{_mon_dot(m)} {dd}", D)]
        case "mon_dot_dy":
            return [(f"{_mon_dot(m)} {dd} {y}", D)]
        case "d_mon":
            return [(f"{dd} {MON[m-1]}", D)]
        case "mon_th":
            return [(f"{MON[m-1]} {ordinal(dd)}", D)]
        case "y_mon_d":
            return [(f"{y} {MON[m-1]} {dd}", D)]
        case "upper_long":
            return [(f"{MONTHS[m-1].upper()} {dd}, {y}", D)]
        case "lower_md":
            return [(f"{MONTHS[m-1].lower()} {dd}", D)]
        case "wd_md":
            return [(WEEKDAYS[d.weekday()][:3] + " ", None), (f"{m}/{dd}", D)]
        case "wd_dmy":
            return [(WEEKDAYS[d.weekday()] + " ", None), (f"{dd} {MONTHS[m-1]} {y}", D)]
        case "mdy_dot2":
            return [(f"{m}.{dd}.{y % 100:02d}", D)]
        case "dmy_up2":
            return [(f"{dd:02d}-{MON[m-1].upper()}-{y % 100:02d}", D)]
        case "dmony":
            return [(f"{dd:02d}{MON[m-1].upper()}{y}", D)]
        case "mmddyy":
            return [(f"{m:02d}{dd:02d}{y % 100:02d}", D)]
        case "ymd_dot":
            return [(f"{y}.{m:02d}.{dd:02d}", D)]
        case "dmy_slash":
            return [(f"{dd:02d}/{m:02d}/{y}", D)]
        case "my_abbr":
            return [(f"{MON[m-1]} {y}", D)]
        case "my_apos":
            return [(f"{MON[m-1]} '{y % 100:02d}", D)]
    raise ValueError(style)


def _mon_dot(m: int) -> str:
    """Sept. / Mar. / May / June: abbreviated month names as people write them."""
    name = MONTHS[m - 1]
    if name == "September":
        return "Sept."
    if len(name) <= 4:
        return name
    return name[:3] + "."


# the holdout split's own mix: the common forms every scrubber must know, and forms the
# other splits never use (weights relative, as DATE_WEIGHTS)
HOLDOUT_DATE_STYLES = [
    "mdy0", "mdy", "mdy2", "iso", "long", "abbr", "dmy",
    "mdy_dash", "mdy0_dash", "th_long_y", "dth_mon_y", "dth_of_y", "mon_dot_d", "mon_dot_dy", "d_mon",
    "mon_th", "y_mon_d", "upper_long", "lower_md", "wd_md", "wd_dmy", "mdy_dot2", "dmy_up2", "dmony",
    "mmddyy", "ymd_dot", "dmy_slash", "my_abbr", "my_apos",
]
HOLDOUT_DATE_WEIGHTS = [
    6, 6, 4, 4, 4, 3, 2,
    5, 4, 4, 3, 2, 4, 2, 3,
    3, 2, 2, 2, 2, 1, 2, 2, 2,
    1, 1, 2, 2, 1,
]
# forms without a year (or without a day) are not used for birth dates
PARTIAL_DATE_STYLES = {"md_abbr", "md_num", "md_long", "md_th", "my", "my_num", "th_of", "mon_dot_d", "d_mon",
                       "mon_th", "lower_md", "wd_md", "my_abbr", "my_apos"}


def fmt_datetime(rng: random.Random, d: dt.date) -> list[tuple[str, str | None]]:
    h, mi = rng.randint(0, 23), rng.choice([0, 5, 10, 12, 15, 20, 24, 30, 36, 41, 45, 50, 55])
    form = rng.randrange(6)
    if form == 0:  # one token: the time is inside the DATE span
        return [(f"{d.isoformat()}T{h:02d}:{mi:02d}", "DATE")]
    if form == 1:
        return [(f"{d.month:02d}/{d.day:02d}/{d.year}", "DATE"), (f" {h:02d}:{mi:02d}", None)]
    if form == 2:
        return [(f"{d.day:02d}-{MON[d.month-1].upper()}-{d.year}", "DATE"), (f" {h:02d}{mi:02d}", None)]
    if form == 3:
        hh = h % 12 or 12
        return [(f"{d.month}/{d.day}/{d.year % 100:02d}", "DATE"),
                (f" at {hh}:{mi:02d} {'AM' if h < 12 else 'PM'}", None)]
    if form == 4:
        return [(f"{MON[d.month-1]} {d.day}, {d.year}", "DATE"), (f", {h:02d}:{mi:02d}", None)]
    return [(d.isoformat(), "DATE"), (f" {h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", None)]


def fmt_datetime_holdout(rng: random.Random, d: dt.date) -> list[tuple[str, str | None]]:
    h, mi = rng.randint(0, 23), rng.choice([0, 2, 8, 15, 19, 27, 30, 33, 40, 45, 52, 58])
    hh, ap = h % 12 or 12, ("am" if h < 12 else "pm")
    form = rng.randrange(7)
    if form == 0:
        return [(f"{d.month}/{d.day}/{d.year}", "DATE"), (f" @ {h:02d}{mi:02d}", None)]
    if form == 1:
        return [(f"{d.day} {MON[d.month-1]} {d.year}", "DATE"), (f" {h:02d}:{mi:02d}h", None)]
    if form == 2:
        return [(d.isoformat(), "DATE"), (f" {hh}:{mi:02d} {ap}", None)]
    if form == 3:
        return [(f"{d.month:02d}-{d.day:02d}-{d.year}", "DATE"), (f" {h:02d}{mi:02d} hrs", None)]
    if form == 4:
        return [(f"{MON[d.month-1]} {d.day} {d.year}", "DATE"), (f" {hh}:{mi:02d}{ap.upper()}", None)]
    if form == 5:
        return [(f"{d.year}{d.month:02d}{d.day:02d}", "DATE"), (f" {h:02d}{mi:02d}", None)]
    return [(f"{d.day:02d}{MON[d.month-1].upper()}{d.year}", "DATE"), (f"@{h:02d}{mi:02d}", None)]


def phone_digits(rng: random.Random) -> str:
    area = rng.randint(201, 989)
    while area % 100 == 11 or str(area)[1:] == "11":
        area = rng.randint(201, 989)
    exch = rng.randint(201, 999)
    return f"{area}{exch}{rng.randint(0, 9999):04d}"


def fmt_phone(rng: random.Random, digits: str, style: int | None = None) -> str:
    a, e, n = digits[:3], digits[3:6], digits[6:]
    styles = [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"+1 {a} {e} {n}",
              f"+1 ({a}) {e}-{n}", f"1-{a}-{e}-{n}", f"{a} {e} {n}", f"+1-{a}-{e}-{n}", f"{a}/{e}-{n}"]
    if style is None:
        style = rng.choices(range(len(styles)), weights=[10, 10, 4, 4, 3, 2, 2, 3, 2, 1])[0]
    return styles[style]


def fmt_phone_holdout(rng: random.Random, digits: str) -> str:
    a, e, n = digits[:3], digits[3:6], digits[6:]
    styles = [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"({a}){e}-{n}", f"{a} {e}-{n}", f"1.{a}.{e}.{n}",
              f"+1{a}{e}{n}", f"({a}) {e} {n}", f"1 ({a}) {e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}",
              f"{a}-{e}{n}", f"+1 {a}-{e}-{n}"]
    return rng.choices(styles, weights=[8, 8, 6, 5, 3, 3, 3, 3, 3, 2, 2, 3])[0]


INTL_PHONE = {
    "ko": lambda r: f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
    "ru": lambda r: f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
    "zh": lambda r: f"+86 1{r.randint(30, 89)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
    "el": lambda r: f"+30 69{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "ar": lambda r: f"+962 7{r.randint(7, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "es": lambda r: f"+52 33 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
    # origins of the holdout split only
    "th": lambda r: f"+66 8{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "ka": lambda r: f"+995 5{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "uk": lambda r: f"+380 6{r.randint(3, 8)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
    "fa": lambda r: f"+98 91{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
    "am": lambda r: f"+251 9{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
    "ta": lambda r: f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}",
    "bn": lambda r: f"+880 1{r.randint(700, 999)}-{r.randint(100000, 999999)}",
}


def ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def fmt_ssn(rng: random.Random, s: str) -> str:
    return rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}"] * 4 + [f"{s[:3]} {s[3:5]} {s[5:]}", s])


DEA_ISSUED: set[str] = set()  # every DEA number made, so validate() can check them wherever they appear


def dea_number(rng: random.Random, family: str) -> str:
    first = rng.choice("ABFGM")
    init = fold(family)[:1].upper()
    second = init if init.isalpha() else "9"
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    out = first + second + "".join(map(str, d)) + str(check)
    DEA_ISSUED.add(out)
    return out


def dea_valid(s: str) -> bool:
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def luhn_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def npi(rng: random.Random) -> str:
    base = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + str(luhn_check_digit("80840" + base))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {**{str(i): i for i in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v: str) -> str:
    total = sum(VIN_VALUES[c] * w for c, w in zip(v, VIN_WEIGHTS))
    r = total % 11
    return "X" if r == 10 else str(r)


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1"])
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")
    rest = rng.choice(VIN_CHARS) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year + rest
    return v[:8] + vin_check(v) + v[9:]


def vin_valid(v: str) -> bool:
    return len(v) == 17 and all(c in VIN_CHARS for c in v) and vin_check(v) == v[8]


def plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [
        lambda: f"{rng.randint(1, 9)}{''.join(rng.choice(L) for _ in range(3))}{rng.randint(100, 999)}",
        lambda: f"{''.join(rng.choice(L) for _ in range(3))} {rng.randint(1000, 9999)}",
        lambda: f"{''.join(rng.choice(L) for _ in range(3))}-{rng.randint(100, 999)}",
        lambda: f"{''.join(rng.choice(L) for _ in range(2))} {rng.randint(10000, 99999)}",
    ]
    return rng.choice(forms)()


def device_serial(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [
        lambda: f"{''.join(rng.choice(L) for _ in range(3))}{rng.randint(100000, 999999)}{rng.choice(L)}",
        lambda: f"{rng.randint(10, 99)}{''.join(rng.choice(L) for _ in range(2))}{rng.randint(1000000, 9999999)}",
        lambda: f"{''.join(rng.choice(L) for _ in range(3))}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        lambda: f"{rng.randint(1000000000, 9999999999)}",
        lambda: "".join(rng.choice(L + "0123456789") for _ in range(6)),
    ]
    return rng.choice(forms)()


def mbi(rng: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(L), rng.choice(AN), str(rng.randint(0, 9)), rng.choice(L),
         rng.choice(AN), str(rng.randint(0, 9)), rng.choice(L), rng.choice(L), str(rng.randint(0, 9)),
         str(rng.randint(0, 9))]
    s = "".join(c)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def imei(rng: random.Random) -> str:
    body = "35" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + str(luhn_check_digit(body))


def mac_address(rng: random.Random) -> str:
    octets = [rng.choice([0x00, 0x08, 0x3C, 0x70, 0xAC, 0xF4])] + [rng.randint(0, 255) for _ in range(5)]
    sep = rng.choice([":", "-"])
    return sep.join(f"{o:02X}" for o in octets)


def gtin14(rng: random.Random) -> str:
    body = "0" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def udi(rng: random.Random) -> str:
    """A GS1 unique device identifier: device identifier (01) and serial number (21)."""
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    sn = "".join(rng.choice(L + "0123456789") for _ in range(rng.randint(6, 10)))
    return f"(01){gtin14(rng)}(21){sn}"


def spelled(n: int) -> str:
    """Number in words, hyphenated as in an age (93 -> ninety-three)."""
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else " and " + spelled(rest))


def _inflect_family(origin: str, sex: str, native: str, roman: str) -> tuple[str, str]:
    """Russian family names take the feminine ending for women (Иванов -> Иванова)."""
    if origin != "ru":
        return native, roman
    if sex == "F" and native.endswith(("ов", "ев", "ин")):
        return native + "а", roman + "a"
    if sex == "M" and native.endswith(("ова", "ева", "ина")):
        return native[:-1], roman[:-1]
    return native, roman


_EPONYM_WORDS = re.compile(r"(disease|syndrome|sign|test|palsy|lymphoma|sarcoma|thyroiditis|phenomenon|"
                           r"esophagus|cyst|score|Scale|contracture|encephalopathy|tear|maneuver)", re.I)


def keep_kind(text: str) -> str:
    """Kind of a literal keep span written in a template ({k:...})."""
    if re.match(r"(PHQ|GAD|GCS|NIHSS|MoCA|CIWA|HEART|Braden|Morse)\b", text):
        return "score"
    if any(e in text for e in EPONYMS_CORE + [x for v in EPONYMS_EXTRA.values() for x in v]) or (
            _EPONYM_WORDS.search(text) and re.match(r"[A-Z]", text)):
        return "eponym"
    if re.search(r"\b(BP|HR|RR|SpO2|Pain)\b|^\d+/\d+$|\bkg$|\d F$", text):
        return "vital"
    if re.search(r"mg/dL|g/dL|mmol|K/uL|ng/mL|mcg/mL|mL/min|^INR|^\d+(\.\d+)?$", text):
        return "lab"
    if re.search(r"\b(mg|mcg|units)\b|vitamin", text):
        return "drug"
    return "word"


def fold(s: str) -> str:
    """ASCII-fold for e-mail local parts and DEA initials."""
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ======================================================================================
# People and patients
# ======================================================================================

NO_SPACE_NATIVE = {"zh", "ko", "ja"}  # family name first, no space


@dataclass
class Person:
    given: str
    family: str
    sex: str
    kind: str  # NAME or PROVIDER_NAME
    middle: str | None = None
    origin: str = "en"
    native_given: str | None = None
    native_family: str | None = None
    role: str = ""  # relationship or clinical role
    cred: str = ""  # credential for clinicians
    phone: str = ""
    email: str = ""
    age: int = 0
    known: bool = True  # listed in the patient object
    ids: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def native_full(self) -> str | None:
        if not self.native_given:
            return None
        if self.origin in NO_SPACE_NATIVE:
            return f"{self.native_family}{self.native_given}"
        return f"{self.native_given} {self.native_family}"

    def human_name(self) -> list[dict]:
        given = [self.given] + ([self.middle] if self.middle else [])
        names = [{"text": " ".join([self.given] + ([self.middle] if self.middle else []) + [self.family]),
                  "family": self.family, "given": given}]
        if self.native_given:
            names.append({"text": self.native_full, "family": self.native_family, "given": [self.native_given]})
        return names


class World:
    """Per-split factory of people, places and identifiers."""

    def __init__(self, split: str) -> None:
        self.split = split
        self.pool = POOLS[split]
        p = self.pool
        self.latin_given = {"F": list(p["given_f"]), "M": list(p["given_m"])}
        self.latin_family = list(p["family"])
        self.diacritic = {k: tuple(list(x) if isinstance(x, list) else _words(x) for x in v)
                          for k, v in p["diacritic"].items()}
        # "Mac Giolla", "Ó Briain" are two-word family names written with a space
        for k, (gf, gm, fam) in list(self.diacritic.items()):
            fixed = []
            skip = False
            for i, w in enumerate(fam):
                if skip:
                    skip = False
                    continue
                if w in ("Ó", "Mac") and i + 1 < len(fam):
                    fixed.append(f"{w} {fam[i + 1]}")
                    skip = True
                else:
                    fixed.append(w)
            self.diacritic[k] = (gf, gm, fixed)

    def person(self, rng: random.Random, kind: str, sex: str | None = None, origin: str | None = None,
               family: str | None = None, wordy: float = 0.0, avoid: str = "") -> Person:
        """A new person. origin is "en", "dia" (Latin with diacritics), "native" (also written in
        its own script), or one key of those pools ("es", "zh", ...); family forces the family
        name (relatives)."""
        sex = sex or rng.choice("FM")
        p = self.pool
        if origin is None:
            origin = rng.choices(["en", "dia", "native"],
                                 weights=[54, 24, 22] if self.split == HOLDOUT else [62, 22, 16])[0]
        native_keys = {n[0] for n in p["native"]}
        if origin == "native" or origin in native_keys:
            cands = [n for n in p["native"] if origin == "native" or n[0] == origin]
            by_sex = [n for n in cands if n[1] == sex and n[4] != avoid]
            if not by_sex:
                origin = "en"
            else:
                o, _s, ng, nf, rg, rf = rng.choice(by_sex)
                if family is not None:
                    nf, rf = self._native_family_of(o, family)
                    nf, rf = _inflect_family(o, sex, nf, rf)
                return Person(rg, rf, sex, kind, origin=o, native_given=ng, native_family=nf)
        if origin == "dia" or origin in self.diacritic:
            key = origin if origin in self.diacritic else rng.choice(sorted(self.diacritic))
            gf, gm, fam = self.diacritic[key]
            given = rng.choice([g for g in (gf if sex == "F" else gm) if g != avoid] or (gf if sex == "F" else gm))
            fam_name = family or rng.choice(fam)
            if key == "es" and family is None and "-" not in fam_name and rng.random() < 0.3:
                other = rng.choice([f for f in fam if f != fam_name and "-" not in f])
                fam_name = f"{fam_name} {other}"  # two family names
            return Person(given, fam_name, sex, kind, origin=key)
        given_pool = self.latin_given[sex]
        family_pool = self.latin_family
        given, fam_name = rng.choice([g for g in given_pool if g != avoid]), family or rng.choice(family_pool)
        if rng.random() < wordy:
            if rng.random() < 0.5:
                given = rng.choice(p["word_given"][sex])
            elif family is None:
                fam_name = rng.choice(p["word_family"])
        middle = None
        if rng.random() < 0.35:
            middle = rng.choice(given_pool)
            if middle == given:
                middle = None
        return Person(given, fam_name, sex, kind, middle=middle, origin="en")

    def _native_family_of(self, origin: str, romanized: str) -> tuple[str, str]:
        for n in self.pool["native"]:
            if n[0] == origin and n[5] == romanized:
                return n[3], n[5]
        for n in self.pool["native"]:  # an inflected form of a pool name (Ivanova)
            if n[0] == origin and n[5] + "a" == romanized:
                return n[3] + "а", romanized
            if n[0] == origin and n[5][:-1] == romanized:
                return n[3][:-1], romanized
        raise KeyError((origin, romanized))

    def city(self, rng: random.Random) -> str:
        return rng.choice(self.pool["cities"])

    def street(self, rng: random.Random) -> str:
        p = self.pool
        if self.split == HOLDOUT:
            return self._street_holdout(rng)
        num = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                          rng.randint(10000, 99999)])
        base = rng.choice(p["streets"])
        if rng.random() < 0.25:
            base = f"{rng.choice(['North', 'South', 'East', 'West', 'N', 'S', 'E', 'W'])} {base}"
        if rng.random() < 0.2:
            base = f"{base} {rng.choice(['Ridge', 'Creek', 'Hollow', 'Grove', 'Crossing', 'Point'])}"
        return f"{num} {base} {rng.choice(p['street_types'])}"

    def _street_holdout(self, rng: random.Random) -> str:
        p = self.pool
        form = rng.choices(["plain", "rural", "county", "hc", "grid"], weights=[84, 4, 5, 3, 4])[0]
        if form == "rural":
            return f"{rng.choice(['RR', 'Rural Route', 'R.R.'])} {rng.randint(1, 9)} Box {rng.randint(2, 499)}"
        if form == "county":
            return f"{rng.randint(100, 29999)} County Road {rng.choice([str(rng.randint(1, 640)), rng.choice('ABCDEHJKMNPTY') * rng.choice([1, 2])])}"
        if form == "hc":
            return f"HC {rng.randint(1, 89)} Box {rng.randint(10, 9999)}"
        num = rng.choice([rng.randint(2, 98), rng.randint(101, 998), rng.randint(1001, 9998), rng.randint(10001, 89999)])
        if form == "grid":
            num = f"{rng.choice('NSEW')}{rng.randint(1000, 9999)}"
        base = rng.choice(p["streets"])
        if rng.random() < 0.22:
            base = f"{rng.choice(p['street_pre'])} {base}"
        if rng.random() < 0.18:
            base = f"{base} {rng.choice(p['street_post'])}"
        tail = rng.choice(p["street_types"])
        if rng.random() < 0.08:
            tail += f" {rng.choice(['N', 'S', 'E', 'W', 'NE', 'SW'])}"
        return f"{num} {base} {tail}"

    def unit(self, rng: random.Random) -> str | None:
        if self.split == HOLDOUT:
            if rng.random() < 0.5:
                return None
            return rng.choice([f"Rm {rng.randint(1, 40)}", f"Bldg {rng.randint(1, 12)}", f"Trailer {rng.randint(1, 90)}",
                               f"Space {rng.randint(1, 120)}", f"Unit {rng.randint(1, 9)}-{rng.choice('ABCD')}",
                               f"Apt #{rng.randint(1, 60)}", f"Ste {rng.randint(100, 450)}", f"Floor {rng.randint(2, 6)}",
                               f"No. {rng.randint(2, 300)}"])
        if rng.random() < 0.45:
            return None
        return rng.choice([f"Apt {rng.randint(1, 40)}{rng.choice(['', 'A', 'B', 'C'])}", f"Apt. {rng.randint(100, 999)}",
                           f"Unit {rng.randint(1, 300)}", f"#{rng.randint(2, 999)}", f"Suite {rng.randint(100, 999)}",
                           f"Lot {rng.randint(1, 80)}", f"Fl {rng.randint(2, 9)}"])

    def zip(self, rng: random.Random) -> str:
        z = f"{rng.randint(1001, 99950):05d}"
        return z if rng.random() < 0.7 else f"{z}-{rng.randint(1, 9999):04d}"

    def address(self, rng: random.Random) -> dict:
        if self.split == HOLDOUT:
            if rng.random() < 0.06:
                line = [f"{rng.choice(['PO Box', 'P O Box', 'Post Office Box', 'Box'])} {rng.randint(10, 9999)}"]
            else:
                line = [self.street(rng)]
                u = self.unit(rng)
                if u:
                    line.append(u)
            return {"line": line, "city": self.city(rng), "state": rng.choice(self.pool["states"]),
                    "postalCode": self.zip(rng)}
        if rng.random() < 0.05:
            line = [f"P.O. Box {rng.randint(10, 9999)}"]
        else:
            line = [self.street(rng)]
            u = self.unit(rng)
            if u:
                line.append(u)
        return {"line": line, "city": self.city(rng), "state": rng.choice(STATES), "postalCode": self.zip(rng)}

    def email_for(self, rng: random.Random, p: Person) -> str:
        g, f = fold(p.given).lower().replace(" ", "").replace("'", ""), fold(p.family).lower().replace(" ", "").replace("'", "")
        local = rng.choice([f"{g}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{g[0]}{f}", f"{f}.{g}{rng.randint(50, 99)}",
                            f"{g}_{f}", f"{g}{rng.randint(1950, 2010)}"])
        domains = self.pool["email_domains"]
        if self.split == HOLDOUT:
            g, f = re.sub(r"[^a-z0-9]", "", g), re.sub(r"[^a-z0-9]", "", f)
            local = rng.choice([f"{g}.{f}", f"{g[0]}.{f}{rng.randint(1, 99)}", f"{f}{g[0]}", f"{g}-{f}",
                                f"{g}{f[0]}{rng.randint(60, 99)}", f"{f}_{g}", f"{g}.{f}.{rng.randint(1940, 2012)}"])
        return f"{local}@{rng.choice(domains)}"


@dataclass
class Patient:
    person: Person
    age: int
    dob: dt.date
    mrn: str
    ssn: str
    phones: list[str]
    email: str
    address: dict
    health_plan: str
    group: str
    mbi: str
    account: str
    license_: str
    relatives: list[Person]
    clinicians: list[Person]
    others: list[Person]


def make_patient(world: World, rng: random.Random, visit: dt.date) -> Patient:
    if world.split == HOLDOUT:
        return make_patient_holdout(world, rng, visit)
    wordy = 0.22
    sex = rng.choice("FM")
    person = world.person(rng, "NAME", sex=sex, wordy=wordy)
    age = rng.choices([rng.randint(1, 17), rng.randint(18, 64), rng.randint(65, 89), rng.randint(90, 104)],
                      weights=[7, 40, 35, 18])[0]
    dob = visit - dt.timedelta(days=age * 365 + rng.randint(10, 350))
    mrn_style = rng.randrange(5)
    n = rng.randint(100000, 99999999)
    mrn = [f"{n:08d}", f"{n % 10000000:07d}", f"E{n % 10000000:07d}", f"{n % 1000:03d}-{(n // 1000) % 100:02d}-{(n // 100000) % 1000:03d}",
           f"MR{n % 1000000:06d}"][mrn_style]
    phones = [fmt_phone(rng, phone_digits(rng), 0)]
    if rng.random() < 0.5:
        phones.append(fmt_phone(rng, phone_digits(rng), 0))
    person.phone = phones[0]
    email = world.email_for(rng, person)
    person.email = email
    address = world.address(rng)
    hp = rng.choice([f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{rng.randint(100000000, 999999999)}",
                     f"W{rng.randint(100000000, 999999999)}", f"{rng.randint(10000000, 99999999)}{rng.choice('ABCDE')}",
                     f"{rng.randint(100000000, 999999999)}-0{rng.randint(1, 4)}",
                     f"ZG{rng.randint(1000000, 9999999)}{rng.randint(10, 99)}"])
    group = rng.choice([f"{rng.randint(1000000, 9999999)}", f"GRP-{rng.randint(10000, 99999)}",
                        f"{rng.randint(100, 999)}{''.join(rng.choice('ABCDEFGH') for _ in range(2))}{rng.randint(10, 99)}"])
    account = rng.choice([f"{rng.randint(1000000000, 9999999999)}", f"ACCT-{rng.randint(1000, 9999)}-{rng.randint(10000, 99999)}",
                          f"{rng.randint(100000000, 999999999)}", f"V{rng.randint(10000000, 99999999)}"])
    lic = rng.choice([f"{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                      f"D{rng.randint(1000000, 9999999)}", f"{rng.randint(100000000, 999999999)}",
                      f"{rng.choice('ABCDEFGHKLMNPRSTW')}{rng.randint(10000000, 99999999)}"])
    # relatives share the family name more often than not
    rels = []
    n_rel = rng.choices([2, 3], weights=[6, 4])[0]
    roles = ["daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "niece",
             "grandson", "granddaughter", "partner", "aunt", "nephew"]
    for _ in range(n_rel):
        role = rng.choice(roles)
        rsex = "F" if role in ("daughter", "wife", "mother", "sister", "niece", "granddaughter", "aunt") else (
            "M" if role in ("son", "husband", "father", "brother", "grandson", "nephew") else rng.choice("FM"))
        same = rng.random() < 0.6 and role not in ("partner",)
        avoid = person.given
        if person.native_given:
            if same:
                r = world.person(rng, "NAME", sex=rsex, origin=person.origin, family=person.family, avoid=avoid)
            else:
                r = world.person(rng, "NAME", sex=rsex, origin=person.origin if rng.random() < 0.6 else "en",
                                 avoid=avoid)
        elif person.origin in world.diacritic:
            r = world.person(rng, "NAME", sex=rsex, origin=person.origin, family=person.family if same else None,
                             avoid=avoid)
        else:
            r = world.person(rng, "NAME", sex=rsex, origin="en", family=person.family if same else None, wordy=0.3,
                             avoid=avoid)
        r.role = role
        if person.native_given and rng.random() < 0.4 and person.origin in INTL_PHONE:
            r.phone = INTL_PHONE[person.origin](rng)
        else:
            r.phone = fmt_phone(rng, phone_digits(rng), 0)
        r.email = world.email_for(rng, r)
        if role in ("mother", "father", "aunt"):
            r.age = min(age + rng.randint(20, 35), 106)
        elif role in ("daughter", "son", "niece", "nephew", "grandson", "granddaughter"):
            r.age = max(1, age - rng.randint(20, 55))
        else:
            r.age = max(18, age + rng.randint(-6, 6))
        rels.append(r)
    clin_roles = [("physician", "attending"), ("physician", "primary care"), ("physician", "consultant"),
                  ("rn", "nurse"), ("pharmacist", "pharmacist"), ("sw", "social worker"), ("np", "nurse practitioner"),
                  ("pa", "physician assistant"), ("physician", "radiologist"), ("physician", "covering")]
    clins = []
    used = set()
    for ctype, role in clin_roles:
        c = world.person(rng, "PROVIDER_NAME", wordy=0.15,
                         origin=rng.choices(["en", "dia", "native"], weights=[70, 18, 12])[0])
        while c.full in used or c.family == person.family:
            c = world.person(rng, "PROVIDER_NAME", wordy=0.15)
        used.add(c.full)
        c.role = role
        c.cred = rng.choice(CREDENTIALS[ctype])
        c.ids = {"npi": npi(rng), "dea": dea_number(rng, c.family),
                 "lic": rng.choice([f"{rng.choice(STATES)} {rng.randint(100000, 999999)}",
                                    f"MD.{rng.randint(100000, 999999)}", f"036.{rng.randint(100000, 199999)}",
                                    f"{rng.choice(['RN', 'PH', 'SW'])}-{rng.randint(1000000, 9999999)}"])}
        c.phone = fmt_phone(rng, phone_digits(rng), 1)
        c.email = f"{fold(c.given)[0].lower()}{fold(c.family).lower().replace(' ', '').replace('-', '').replace(chr(39), '')}@{rng.choice(['fvhealth.org', 'stbrendan.org', 'pplains.org', 'vbmc.org', 'npuh.edu'])}"
        c.known = role != "covering"
        clins.append(c)
    others = []
    for role in ["neighbor", rng.choice(["friend", "landlord", "pastor", "coworker", "roommate", "interpreter", "case manager at the shelter"])]:
        o = world.person(rng, "NAME", wordy=0.2)
        o.role = role
        o.phone = fmt_phone(rng, phone_digits(rng), 1)
        others.append(o)
    return Patient(person=person, age=age, dob=dob, mrn=mrn, ssn=ssn(rng), phones=phones, email=email,
                   address=address, health_plan=hp, group=group, mbi=mbi(rng), account=account, license_=lic,
                   relatives=rels, clinicians=clins, others=others)


HOLDOUT_REL_SEX = {
    "daughter": "F", "stepdaughter": "F", "wife": "F", "fiancée": "F", "sister": "F", "sister-in-law": "F",
    "granddaughter": "F", "godmother": "F", "son": "M", "stepson": "M", "husband": "M", "brother": "M",
    "son-in-law": "M", "great-grandson": "M", "spouse": "", "cousin": "", "partner": "",
}
HOLDOUT_REL_SEX_CHILD = {"mother": "F", "father": "M", "stepmother": "F", "stepfather": "M", "grandmother": "F",
                         "foster mother": "F", "aunt": "F", "older brother": "M"}
HOLDOUT_OLDER = {"godmother", "mother", "father", "stepmother", "stepfather", "grandmother", "foster mother", "aunt"}
HOLDOUT_REL_SAME = {"daughter", "son", "wife", "husband", "spouse", "sister", "brother", "granddaughter",
                    "great-grandson", "mother", "father", "grandmother", "older brother"}


def make_patient_holdout(world: World, rng: random.Random, visit: dt.date) -> Patient:
    """make_patient for the holdout split: its own identifier shapes, roles and age mix."""
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    sex = rng.choice("FM")
    person = world.person(rng, "NAME", sex=sex, wordy=0.25)
    age = rng.choices([rng.randint(2, 17), rng.randint(18, 64), rng.randint(65, 89), rng.randint(90, 107)],
                      weights=[6, 35, 33, 26])[0]
    dob = visit - dt.timedelta(days=age * 365 + rng.randint(10, 350))
    n = rng.randint(1000000, 9999999)
    mrn = rng.choice([f"{n}", f"M{n}", f"{n % 1000:03d}-{(n // 1000) % 100:02d}-{(n // 100000) % 100:02d}",
                      f"{rng.randint(1000000000, 9999999999)}", f"CH{n % 1000000:06d}", f"0{n}"])
    phones = [fmt_phone(rng, phone_digits(rng), 0)]
    if rng.random() < 0.55:
        phones.append(fmt_phone(rng, phone_digits(rng), 0))
    person.phone = phones[0]
    email = world.email_for(rng, person)
    person.email = email
    address = world.address(rng)
    hp = rng.choice([f"{rng.choice(L)}{rng.choice(L)}{rng.randint(10000000, 99999999)}",
                     f"H{rng.randint(1000000, 9999999)}-{rng.randint(10, 99)}",
                     f"{rng.randint(100000000, 999999999)}{rng.choice(L)}{rng.randint(1, 9)}",
                     f"MEM{rng.randint(100000, 999999)}", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}"])
    group = rng.choice([f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}", f"G{rng.randint(100000, 999999)}",
                        f"{''.join(rng.choice(L) for _ in range(4))}{rng.randint(100, 999)}"])
    account = rng.choice([f"H{rng.randint(100000000, 999999999)}", f"{rng.randint(100, 999)}-{rng.randint(100000, 999999)}-{rng.randint(10, 99)}",
                          f"ACC{rng.randint(10000000, 99999999)}", f"{rng.randint(10000000000, 99999999999)}"])
    lic = rng.choice([f"{rng.choice(L)}{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(0, 9)}",
                      f"{rng.choice(L)}{rng.choice(L)}{rng.randint(100000, 999999)}",
                      f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                      f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])
    rels = []
    for _ in range(rng.choices([2, 3], weights=[5, 5])[0]):
        roles = HOLDOUT_REL_SEX_CHILD if age < 18 else HOLDOUT_REL_SEX
        role = rng.choice(sorted(roles))
        rsex = roles[role] or rng.choice("FM")
        same = role in HOLDOUT_REL_SAME and rng.random() < 0.65
        avoid = person.given
        if person.native_given:
            if same:
                r = world.person(rng, "NAME", sex=rsex, origin=person.origin, family=person.family, avoid=avoid)
            else:
                r = world.person(rng, "NAME", sex=rsex, origin=person.origin if rng.random() < 0.55 else "en",
                                 avoid=avoid)
        elif person.origin in world.diacritic:
            r = world.person(rng, "NAME", sex=rsex, origin=person.origin, family=person.family if same else None,
                             avoid=avoid)
        else:
            r = world.person(rng, "NAME", sex=rsex, origin="en", family=person.family if same else None, wordy=0.3,
                             avoid=avoid)
        r.role = role
        if person.native_given and rng.random() < 0.45 and person.origin in INTL_PHONE:
            r.phone = INTL_PHONE[person.origin](rng)
        else:
            r.phone = fmt_phone(rng, phone_digits(rng), 0)
        r.email = world.email_for(rng, r)
        if role == "older brother":
            r.age = age + rng.randint(2, 9)
        elif role in HOLDOUT_OLDER:
            r.age = min(age + rng.randint(18, 40), 108)
        elif role in ("daughter", "son", "stepdaughter", "stepson", "granddaughter", "great-grandson", "son-in-law"):
            r.age = max(1, age - rng.randint(18, 60))
        else:
            r.age = max(18, age + rng.randint(-8, 8))
        rels.append(r)
    clin_roles = [("physician", "attending"), ("physician", "primary care"), ("physician", "consultant"),
                  ("rn", "nurse"), ("pharmacist", "pharmacist"), ("sw", "social worker"), ("np", "nurse practitioner"),
                  ("pa", "physician assistant"), ("physician", "radiologist"), ("physician", "covering")]
    clins = []
    used = set()
    orgs = world.pool["org_domains"]
    for ctype, role in clin_roles:
        c = world.person(rng, "PROVIDER_NAME", wordy=0.18,
                         origin=rng.choices(["en", "dia", "native"], weights=[62, 20, 18])[0])
        while c.full in used or c.family == person.family:
            c = world.person(rng, "PROVIDER_NAME", wordy=0.18)
        used.add(c.full)
        c.role = role
        c.cred = rng.choice(CREDENTIALS[ctype])
        c.ids = {"npi": npi(rng), "dea": dea_number(rng, c.family),
                 "lic": rng.choice([f"{rng.choice(world.pool['states'])}-{rng.randint(10000, 999999)}",
                                    f"LIC-{rng.randint(1000000, 9999999)}",
                                    f"{rng.choice(['RN', 'PA', 'NP', 'RPH', 'SW', 'MD'])}{rng.randint(100000, 999999)}",
                                    f"{rng.randint(10, 99)}.{rng.randint(100000, 999999)}"])}
        c.phone = fmt_phone(rng, phone_digits(rng), 1)
        g = re.sub(r"[^a-z]", "", fold(c.given).lower())
        f = re.sub(r"[^a-z]", "", fold(c.family).lower())
        c.email = rng.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}"]) + "@" + rng.choice(orgs)
        c.known = role != "covering"
        clins.append(c)
    others = []
    for role in [rng.choice(["neighbor", "home aide", "building manager", "foster parent", "coworker"]),
                 rng.choice(["friend", "landlord", "pastor", "roommate", "guardian", "sponsor"])]:
        o = world.person(rng, "NAME", wordy=0.25)
        o.role = role
        o.phone = fmt_phone(rng, phone_digits(rng), 1)
        others.append(o)
    return Patient(person=person, age=age, dob=dob, mrn=mrn, ssn=ssn(rng), phones=phones, email=email,
                   address=address, health_plan=hp, group=group, mbi=mbi(rng), account=account, license_=lic,
                   relatives=rels, clinicians=clins, others=others)


def patient_object(pt: Patient) -> dict:
    a = pt.address
    return {
        "names": pt.person.human_name(),
        "mrn": pt.mrn,
        "phones": pt.phones,
        "emails": [pt.email],
        "address": {"line": list(a["line"]), "city": a["city"], "state": a["state"], "postalCode": a["postalCode"]},
        "birthDate": pt.dob.isoformat(),
        "relatives": [{"relationship": r.role, "names": r.human_name(), "phones": [r.phone]} for r in pt.relatives],
        "clinicians": [{"role": c.role, "names": c.human_name(), "credential": c.cred}
                       for c in pt.clinicians if c.known],
    }


# ======================================================================================
# Template rendering
# ======================================================================================

SLOT = re.compile(r"\{([^{}]+)\}")


class Ctx:
    """Everything one note's templates can refer to."""

    def __init__(self, world: World, rng: random.Random, pt: Patient, visit: dt.date, templates: dict) -> None:
        self.world, self.rng, self.pt, self.visit, self.templates = world, rng, pt, visit, templates
        self.adm = visit - dt.timedelta(days=rng.randint(1, 9))
        self.people = {"pt": pt.person}
        for i, r in enumerate(pt.relatives, 1):
            self.people[f"r{i}"] = r
        for i in range(len(pt.relatives) + 1, 4):  # templates may name r2/r3: reuse earlier relatives
            self.people[f"r{i}"] = pt.relatives[(i - 1) % len(pt.relatives)]
        by_role = {c.role: c for c in pt.clinicians}
        order = templates.get("clinicians", ["attending", "primary care", "nurse", "covering"])
        for i, role in enumerate(order, 1):
            self.people[f"d{i}"] = by_role[role]
        self.people["o1"], self.people["o2"] = pt.others
        self.clinic_addr = world.address(rng)
        self.clinic_phone = fmt_phone(rng, phone_digits(rng), 0)
        self.clinic_fax = phone_digits(rng)
        self.words_used: list[str] = []
        self.last_drug = ""
        self.pool_used: dict[str, set[int]] = {}
        self.clock = rng.randint(6 * 60, 16 * 60)  # minutes; {time} moves forward through the note
        self.word_names = self._word_names()

    def _word_names(self) -> list[str]:
        ws = WORD_SENTENCES[self.world.split]
        out = []
        for p in list(self.people.values()):
            for part in (p.given, p.family, p.middle or ""):
                if part in ws and part not in out:
                    out.append(part)
        return out

    # ---- people -------------------------------------------------------------------
    def name(self, who: str, style: str) -> list[tuple[str, str | None]]:
        p = self.people[who]
        rng = self.rng
        T = p.kind
        is_doc = p.kind == "PROVIDER_NAME"
        if style == "rel":
            return [(p.role, None)]
        if style == "cred":
            return [(p.cred, None)]
        if style == "any" and self.world.split == HOLDOUT:
            style = self._any_holdout(p)
        if style == "any":
            if is_doc:
                style = rng.choices(["dr", "full", "last", "init", "upper", "fml", "lower", "lf2"],
                                    weights=[35, 25, 8, 10, 5, 8, 2, 4])[0]
            else:
                opts = ["title", "first", "last", "full", "upper", "lower", "init", "poss", "fml", "tfull", "lf2"]
                w = [28, 12, 4, 18, 5, 3, 5, 5, 5, 4, 3]
                if p.native_given:
                    opts += ["native", "nfirst", "nlast"]
                    w += [14, 5, 3]
                style = rng.choices(opts, weights=w)[0]
        if p.native_given and rng.random() < 0.35:
            # people whose names have their own script are often written in it
            style = {"full": "native", "fml": "native", "fullmid": "native", "tfull": "native",
                     "upper": "native", "lower": "native", "first": "nfirst", "lowerfirst": "nfirst",
                     "last": "nlast", "init": "native", "sig": "native",
                     # styles of the holdout split
                     "nick": "nfirst", "fullnick": "native", "upperlast": "nlast", "lowerlast": "nlast",
                     "lfm": "native", "firstli": "nfirst"}.get(style, style)
        title = self._title(p)
        match style:
            case "full":
                return [(p.full, T)]
            case "fml":
                return [(f"{p.given} {p.middle[0]}. {p.family}" if p.middle else p.full, T)]
            case "fullmid":
                return [(f"{p.given} {p.middle} {p.family}" if p.middle else p.full, T)]
            case "first":
                return [(p.given, T)]
            case "last":
                return [(p.family, T)]
            case "title":
                if not title and self.world.split == HOLDOUT:
                    return [(p.family if p.kind == "PROVIDER_NAME" or self.pt.age >= 18 else p.given, T)]
                return [(title + " ", None), (p.family, T)]
            case "tfull":
                if not title and self.world.split == HOLDOUT:
                    return [(p.full, T)]
                return [(title + " ", None), (p.full, T)]
            case "lf":  # header form: LAST, FIRST
                out = [(p.family.upper(), T), (", ", None), (p.given.upper(), T)]
                if p.middle and rng.random() < 0.5:
                    out += [(" ", None), (p.middle[0].upper(), T)]
                return out
            case "lf2":  # Last, First
                return [(p.family, T), (", ", None), (p.given, T)]
            case "upper":
                return [(p.full.upper(), T)]
            case "lower":
                return [(p.full.lower(), T)]
            case "lowerfirst":
                return [(p.given.lower(), T)]
            case "init":
                return [(f"{p.given[0]}. {p.family}", T)]
            case "poss":
                return [(p.family, T), ("'s", None)]
            case "firstposs":
                return [(p.given, T), ("'s", None)]
            case "native":
                if p.native_given:
                    return [(p.native_full, T)]
                return [(p.full, T)]
            case "nfirst":
                return [(p.native_given or p.given, T)]
            case "nlast":
                return [(p.native_family or p.family, T)]
            case "pnative":  # " (native)" when the name has its own script, else nothing
                if p.native_given:
                    return [(" (", None), (p.native_full, T), (")", None)]
                return []
            case "both":  # romanized with native in parentheses
                if p.native_given:
                    return [(p.full, T), (" (", None), (p.native_full, T), (")", None)]
                return [(p.full, T)]
            case "sig":
                nm = f"{p.given} {p.middle[0]}. {p.family}" if (p.middle and rng.random() < 0.4) else p.full
                return [(nm, T), (f", {p.cred}", None)]
            case "dr":
                if is_doc and p.cred in ("MD", "DO"):
                    return [("Dr. ", None), (p.family, T)]
                return [(p.full, T), (f", {p.cred}", None)]
            case "drfull":
                if is_doc and p.cred in ("MD", "DO"):
                    return [("Dr. ", None), (p.full, T)]
                return [(p.full, T), (f", {p.cred}", None)]
            # ---- styles used by the holdout split only
            case "nick":  # the name the person goes by
                return [(self._nick(p), T)]
            case "fullnick":  # Winifred "Winnie" Abernathy
                nk = self._nick(p)
                if nk == p.given:
                    return [(p.full, T)]
                q = rng.choice(['"', "'", "“"])
                close = "”" if q == "“" else q
                return [(p.given, T), (f" {q}", None), (nk, T), (f"{close} ", None), (p.family, T)]
            case "inits":  # WAQ
                return [(self._initials(p, ""), T)]
            case "initsd":  # W.A.Q.
                return [(self._initials(p, "."), T)]
            case "initslower":  # /waq/
                return [("/", None), (self._initials(p, "").lower(), T), ("/", None)]
            case "firstli":  # Winifred A.
                return [(f"{p.given} {fold(p.family)[:1].upper()}.", T)]
            case "lastfi":  # Abernathy W
                return [(f"{p.family} {p.given[0]}", T)]
            case "lastcfi":  # Abernathy, W.
                return [(p.family, T), (", ", None), (f"{p.given[0]}.", T)]
            case "upperlast":
                return [(p.family.upper(), T)]
            case "lowerlast":
                return [(p.family.lower(), T)]
            case "lowerfull":
                return [(p.full.lower(), T)]
            case "lfm":  # Abernathy, Winifred Q.
                out = [(p.family, T), (", ", None), (p.given, T)]
                if p.middle:
                    out += [(" ", None), (f"{p.middle[0]}.", T)]
                return out
            case "hl7":  # ABERNATHY^WINIFRED^Q
                out = [(p.family.upper(), T), ("^", None), (p.given.upper(), T)]
                if p.middle:
                    out += [("^", None), (p.middle[0].upper(), T)]
                return out
            case "drnd":  # Dr Abernathy (no stop)
                if is_doc and p.cred in ("MD", "DO"):
                    return [("Dr ", None), (p.family, T)]
                return [(p.full, T), (f" {p.cred}", None)]
            case "lfcred":  # Abernathy, Winifred, MD
                return [(p.family, T), (", ", None), (p.given, T), (f", {p.cred}", None)]
            case "family":  # the Abernathy family
                return [("the ", None), (p.family, T), (" family", None)]
        raise ValueError(f"name style {style}")

    def _nick(self, p: Person) -> str:
        return self.world.pool.get("nick", {}).get(p.given, p.given)

    @staticmethod
    def _initials(p: Person, dot: str) -> str:
        parts = [p.given] + ([p.middle] if p.middle else []) + re.split(r"[\s\-]+", p.family)
        return "".join(fold(x)[:1].upper() + dot for x in parts if x)

    def _any_holdout(self, p: Person) -> str:
        rng = self.rng
        if p.kind == "PROVIDER_NAME":
            opts = ["dr", "drnd", "full", "init", "last", "lastfi", "inits", "upper", "lower", "first", "fml",
                    "lf2", "nick", "lfm"]
            w = [18, 9, 18, 10, 6, 5, 4, 5, 3, 5, 6, 4, 3, 4]
        else:
            opts = ["title", "first", "nick", "last", "full", "upper", "upperlast", "lowerfull", "lowerfirst",
                    "init", "inits", "firstli", "fml", "fullmid", "lf2", "poss", "tfull", "fullnick"]
            w = [16, 12, 9, 5, 13, 4, 3, 4, 3, 4, 3, 4, 4, 3, 3, 3, 3, 4]
            if p.native_given:
                opts += ["native", "nfirst", "nlast", "both"]
                w += [14, 5, 3, 4]
        return rng.choices(opts, weights=w)[0]

    def _title(self, p: Person) -> str:
        if self.world.split == HOLDOUT:
            return self._title_holdout(p)
        if p.kind == "PROVIDER_NAME":
            return "Dr." if p.cred in ("MD", "DO") else ("Nurse" if "RN" in p.cred else "")
        if p.sex == "F":
            return self.rng.choice(["Ms.", "Ms.", "Mrs.", "Miss"]) if self.pt.age >= 18 or p is not self.pt.person else "Miss"
        return "Mr." if (p is not self.pt.person or self.pt.age >= 18) else "Master"

    def _title_holdout(self, p: Person) -> str:
        rng = self.rng
        if p.kind == "PROVIDER_NAME":
            if p.cred in ("MD", "DO"):
                return rng.choice(["Dr.", "Dr", "Dr."])
            return "Nurse" if "RN" in p.cred else ""
        if p is self.pt.person and self.pt.age < 18:
            return ""
        if rng.random() < 0.06:
            return rng.choice(["Mx.", "Mx"])
        if p.sex == "F":
            return rng.choice(["Ms", "Mrs", "Ms.", "Mrs.", "Ms"])
        return rng.choice(["Mr", "Mr."])

    # ---- dates --------------------------------------------------------------------
    def date(self, kind: str, style: str | None) -> list[tuple[str, str | None]]:
        rng = self.rng
        v = self.visit
        d = {
            "visit": v, "dc": v, "adm": self.adm, "dob": self.pt.dob,
            "past": v - dt.timedelta(days=rng.randint(60, 3000)),
            "recent": v - dt.timedelta(days=rng.randint(1, 45)),
            "fut": v + dt.timedelta(days=rng.randint(5, 120)),
        }[kind]
        if style == "dt":
            return fmt_datetime_holdout(rng, d) if self.world.split == HOLDOUT else fmt_datetime(rng, d)
        if style is None and self.world.split == HOLDOUT:
            style = rng.choices(HOLDOUT_DATE_STYLES, weights=HOLDOUT_DATE_WEIGHTS)[0]
            if kind == "dob" and style in PARTIAL_DATE_STYLES:
                style = rng.choice(["mdy0", "mdy_dash", "th_long_y", "mmddyy", "dmony"])
        if style is None:
            style = rng.choices(DATE_STYLES, weights=DATE_WEIGHTS)[0]
            if kind == "dob" and style in ("md_abbr", "md_num", "md_long", "md_th", "my", "my_num", "th_of"):
                style = "mdy0"
        return fmt_date(d, style)

    # ---- ages ---------------------------------------------------------------------
    def age(self, years: int, style: str | None = None) -> list[tuple[str, str | None]]:
        rng = self.rng
        tag = "AGE_OVER_89" if years > 89 else "KEEP:age"
        if self.world.split == HOLDOUT:
            return self._age_holdout(years, style, tag)
        forms = [f"{years}-year-old", f"{years} y/o", f"{years} yo", f"{years} years old", f"{years}yo",
                 f"{years}-yr-old", f"{years} y.o."]
        if style == "num":
            return [(str(years), tag)]
        return [(rng.choices(forms, weights=[10, 5, 4, 5, 2, 2, 2])[0], tag)]

    def _age_holdout(self, years: int, style: str | None, tag: str) -> list[tuple[str, str | None]]:
        """Holdout ages. Default: forms that read as an adjective ("a 93-year-old man");
        "pred": forms that follow "is" ("is aged 93"); "num": the number; "word": in words."""
        rng, n, w = self.rng, years, spelled(years)
        if style == "num":
            return [(str(n), tag)]
        if style == "word":
            return [(w, tag)]
        if style == "pred":
            form = rng.choices(range(8), weights=[5, 5, 3, 4, 3, 3, 2, 2])[0]
            return [
                [("aged ", None), (str(n), tag)],
                [(f"{n} years", tag), (" of age", None)],
                [(f"{n} yrs", tag)],
                [("age ", None), (str(n), tag)],
                [(f"{n} years old", tag)],
                [(w, tag)],
                [(f"{n} y", tag)],
                [(f"{w} years", tag), (" of age", None)],
            ][form]
        forms = [f"{n}-year-old", f"{n} y/o", f"{n}-y/o", f"{n}yo", f"{n} yo", f"{w}-year-old", f"{n}-yr-old",
                 f"{n} YO", f"{n} yr old", f"{n}-year-old"]
        return [(rng.choices(forms, weights=[8, 4, 3, 2, 2, 4, 2, 2, 2, 0])[0], tag)]

    # ---- the slot dispatcher --------------------------------------------------------
    def slot(self, spec: str) -> list[tuple[str, str | None]]:
        """Render one {slot} of a template into (text, tag) pieces.

        People: pt (the patient), r1..r3 (relatives), d1..d4 (clinicians, in the family's
        "clinicians" order), o1, o2 (other people), each as WHO.STYLE with STYLE one of
        full fml fullmid first last title tfull lf lf2 upper lower lowerfirst init poss
        firstposs native nfirst nlast pnative both sig dr drfull rel cred any (default any).
        Dates: visit adm dc dob past recent fut, optionally .STYLE (see DATE_STYLES) or .dt.
        Identifiers: phone.WHO fax email.WHO ssn ssn4 mrn hp grp mbi acct fin dea.dN npi.dN
        lic.dN dl passport vin plate serial url.portal url.pt ip4 ip6 addr fulladdr
        addrblock city zip state (each .WHO: r1 r2 o1 o2 clinic intl) case rx pa claim interp
        accession empid. Ages: age, age.num, age.rN, yage. Clinical text to keep: k:TEXT drug
        meds lab labs vit epo (diseases) epos (signs, tests, scores) dx code score abbr word.
        Plain text: sex sx he He his His time hosp clinic pharmacy, {a|b|c} (one of), and
        S:POOL (a sentence of the family's pool, itself a template).

        Holdout only: name styles nick fullnick inits initsd initslower firstli lastfi lastcfi
        upperlast lowerlast lowerfull lfm hl7 drnd lfcred family; date styles of
        HOLDOUT_DATE_STYLES; ages age.pred age.word age.rN.pred; identifiers ssnmask csn har
        card4 policy medicaid anum badge casefile booking study job req specimen ticket mac imei
        udi fax.new and the place .new (somewhere else); keep spans {k.KIND:text}.
        """
        rng, pt, W = self.rng, self.pt, self.world
        if spec.startswith("k:"):
            return [(spec[2:], f"KEEP:{keep_kind(spec[2:])}")]
        if spec.startswith("k."):  # {k.KIND:text}: keep span of an explicit kind
            kind, _, text = spec[2:].partition(":")
            assert kind in KEEP_KINDS, spec
            return [(text, f"KEEP:{kind}")]
        if "|" in spec:
            return [(rng.choice(spec.split("|")), None)]
        if spec.startswith("S:"):
            # draw without repeats inside one note while the pool lasts
            pool = self.templates["pools"][spec[2:]]
            used = self.pool_used.setdefault(spec, set())
            fresh = [i for i in range(len(pool)) if i not in used] or list(range(len(pool)))
            i = rng.choice(fresh)
            used.add(i)
            return self.render(pool[i])
        head, _, arg = spec.partition(".")
        if head in self.people:
            return self.name(head, arg or "any")
        if head in ("visit", "adm", "dc", "dob", "past", "recent", "fut"):
            return self.date(head, arg or None)
        if W.split == HOLDOUT:
            out = self.slot_holdout(head, arg)
            if out is not None:
                return out
        match head:
            case "age":
                if arg in self.people and arg != "pt":
                    return self.age(self.people[arg].age)
                return self.age(pt.age, arg or None)
            case "sex":
                p = pt.person
                if pt.age < 18:
                    return [("girl" if p.sex == "F" else "boy", None)]
                return [(rng.choice(["female", "woman"] if p.sex == "F" else ["male", "man"]), None)]
            case "sx":
                return [("F" if pt.person.sex == "F" else "M", None)]
            case "he":
                return [("she" if pt.person.sex == "F" else "he", None)]
            case "He":
                return [("She" if pt.person.sex == "F" else "He", None)]
            case "his":
                return [("her" if pt.person.sex == "F" else "his", None)]
            case "His":
                return [("Her" if pt.person.sex == "F" else "His", None)]
            case "yage":
                return self.age(rng.randint(19, 89), arg or None)
            case "phone":
                who = arg or "pt"
                if who == "pt":
                    src = rng.choice(pt.phones)
                    digits = re.sub(r"\D", "", src)
                    return [(fmt_phone(rng, digits), "PHONE")]
                if who == "clinic":
                    return [(self.clinic_phone, "PHONE")]
                if who == "new":
                    return [(fmt_phone(rng, phone_digits(rng)), "PHONE")]
                p = self.people[who]
                if p.phone.startswith("+") and not p.phone.startswith("+1"):
                    return [(p.phone, "PHONE")]
                return [(fmt_phone(rng, re.sub(r"\D", "", p.phone)[-10:]), "PHONE")]
            case "fax":
                return [(fmt_phone(rng, self.clinic_fax), "FAX")]
            case "email":
                who = arg or "pt"
                return [(self.people[who].email if who in self.people else pt.email, "EMAIL")]
            case "ssn":
                return [(fmt_ssn(rng, pt.ssn), "SSN")]
            case "ssn4":
                return [(pt.ssn[-4:], "SSN")]
            case "mrn":
                m = pt.mrn
                if rng.random() < 0.15 and m.isdigit() and m.startswith("0"):
                    m = m.lstrip("0")  # the same MRN without its leading zeros
                return [(m, "MRN")]
            case "hp":
                return [(pt.health_plan, "HEALTH_PLAN")]
            case "grp":
                return [(pt.group, "HEALTH_PLAN")]
            case "mbi":
                return [(pt.mbi, "HEALTH_PLAN")]
            case "acct":
                return [(pt.account, "ACCOUNT")]
            case "fin":
                return [(f"{rng.randint(100000000, 999999999)}", "ACCOUNT")]
            case "dea":
                return [(self.people[arg].ids["dea"], "LICENSE")]
            case "npi":
                return [(self.people[arg].ids["npi"], "OTHER_ID")]
            case "lic":
                return [(self.people[arg].ids["lic"], "LICENSE")]
            case "dl":
                return [(pt.license_, "LICENSE")]
            case "passport":
                return [(f"{rng.choice(['', 'X', 'A', 'C'])}{rng.randint(10000000, 99999999)}", "OTHER_ID")]
            case "vin":
                return [(vin(rng), "VEHICLE")]
            case "plate":
                return [(plate(rng), "VEHICLE")]
            case "serial":
                return [(device_serial(rng), "DEVICE")]
            case "url":
                return [(self.url(arg), "URL")]
            case "ip4":
                return [(".".join(str(x) for x in [rng.choice([24, 50, 67, 68, 71, 73, 98, 99, 107, 172, 174, 184, 192, 10]),
                                                  rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]), "IP")]
            case "ip6":
                groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
                groups[0] = rng.choice(["2601", "2603", "2600", "2001", "2a02", "fe80"])
                if rng.random() < 0.5:
                    i = rng.randint(2, 5)
                    s = ":".join(groups[:i]) + "::" + ":".join(groups[i + 2:])
                else:
                    s = ":".join(groups)
                return [(s, "IP")]
            case "addr" | "fulladdr" | "addrblock" | "city" | "zip" | "state":
                return self.address(head, arg)
            case "case":
                return [(rng.choice([f"{rng.randint(20, 25)}-{rng.randint(10000, 99999)}",
                                     f"CPS-{rng.randint(2019, 2025)}-{rng.randint(100, 99999):05d}",
                                     f"APS{rng.randint(100000, 999999)}"]), "OTHER_ID")]
            case "rx":
                return [(f"{rng.randint(1000000, 9999999)}", "OTHER_ID")]
            case "pa":
                return [(rng.choice([f"PA-{rng.randint(2019, 2025)}-{rng.randint(100000, 999999)}",
                                     f"{rng.randint(10000000000, 99999999999)}"]), "OTHER_ID")]
            case "claim":
                return [(f"{rng.randint(2019, 2025)}{rng.randint(100, 366)}{rng.randint(100000, 999999)}", "OTHER_ID")]
            case "interp":
                return [(f"{rng.randint(10000, 999999)}", "OTHER_ID")]
            case "accession":
                return [(rng.choice([f"{rng.randint(10000000, 99999999)}", f"RAD-{rng.randint(1000000, 9999999)}",
                                     f"CT{rng.randint(2019, 2025)}{rng.randint(10000, 99999)}"]), "OTHER_ID")]
            case "empid":
                return [(f"{rng.randint(100000, 999999)}", "OTHER_ID")]
            case "time":
                self.clock = min(self.clock + rng.randint(2, 75), 23 * 60 + 59)
                return [(f"{self.clock // 60:02d}:{self.clock % 60:02d}", None)]
            case "hosp":
                return [(rng.choice(self.world.pool["hospitals"]), None)]
            case "clinic":
                return [(rng.choice(self.world.pool["clinics"]), None)]
            case "pharmacy":
                return [(rng.choice(self.world.pool["pharmacies"]), None)]
            case "drug":
                d = rng.choice([x for x in DRUGS_CORE + DRUGS_EXTRA[W.split] if x != self.last_drug])
                self.last_drug = d
                return [(d, "KEEP:drug")]
            case "meds":
                out: list[tuple[str, str | None]] = []
                for d in rng.sample(DRUGS_CORE + DRUGS_EXTRA[W.split], rng.randint(2, 4)):
                    out += [(arg.replace("_", " ") if arg else "- ", None), (d, "KEEP:drug"), ("\n", None)]
                return out
            case "lab":
                return [(rng.choice(LABS_CORE + LABS_EXTRA[W.split]), "KEEP:lab")]
            case "labs":
                out = []
                for i, lab in enumerate(rng.sample(LABS_CORE + LABS_EXTRA[W.split], rng.randint(2, 4))):
                    if i:
                        out.append((", ", None))
                    out.append((lab, "KEEP:lab"))
                return out
            case "vit":
                sbp, dbp = rng.randint(92, 188), rng.randint(52, 108)
                t = rng.choice([f"T {rng.randint(361, 393) / 10:.1f} °C", f"Temp {rng.randint(970, 1032) / 10:.1f} F",
                                f"T {rng.randint(361, 393) / 10:.1f}C"])
                vs = [f"BP {sbp}/{dbp}", f"HR {rng.randint(48, 132)}", f"RR {rng.randint(12, 30)}", t,
                      f"SpO2 {rng.randint(86, 100)}% on {rng.choice(['RA', '2 L NC', 'room air', '4 L'])}"]
                if rng.random() < 0.4:
                    vs.append(f"Wt {rng.randint(400, 1300) / 10:.1f} kg")
                sep = rng.choice([", ", "  ", " | ", "; "])
                out = []
                for i, x in enumerate(vs):
                    if i:
                        out.append((sep, None))
                    out.append((x, "KEEP:vital"))
                return out
            case "epo" | "epos":
                pool = [e for e in EPONYMS_CORE + EPONYMS_CORE + EPONYMS_EXTRA[W.split]
                        if bool(EPONYM_FINDING.search(e)) == (head == "epos")]
                return [(rng.choice(pool), "KEEP:eponym")]
            case "dx":
                desc, code = rng.choice(DX[W.split])
                return [(f"{desc} ({code})", "KEEP:diagnosis")] if rng.random() < 0.6 else [
                    (desc, "KEEP:diagnosis"), (" - ICD-10 ", None), (code, "KEEP:code")]
            case "code":
                return [(rng.choice(CODES[W.split]), "KEEP:code")]
            case "score":
                return [(rng.choice(SCORES[W.split]), "KEEP:score")]
            case "abbr":
                return [(rng.choice(ABBREVS[W.split]), "KEEP:abbreviation")]
            case "word":
                return self.word_sentence()
        raise ValueError(f"unknown slot {{{spec}}}")

    def slot_holdout(self, head: str, arg: str) -> list[tuple[str, str | None]] | None:
        """Slots that the holdout split renders its own way, and the identifiers only it uses.
        None: render as in the other splits."""
        rng, pt = self.rng, self.pt
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        match head:
            case "age":
                who, _, style = arg.partition(".")
                if who in self.people and who != "pt":
                    return self.age(self.people[who].age, style or None)
                return self.age(pt.age, arg or None)
            case "phone":
                who = arg or "pt"
                if who == "pt":
                    return [(fmt_phone_holdout(rng, re.sub(r"\D", "", rng.choice(pt.phones))), "PHONE")]
                if who == "new":
                    return [(fmt_phone_holdout(rng, phone_digits(rng)), "PHONE")]
                if who in self.people and not self.people[who].phone.startswith("+"):
                    return [(fmt_phone_holdout(rng, re.sub(r"\D", "", self.people[who].phone)[-10:]), "PHONE")]
                return None
            case "fax":
                digits = phone_digits(rng) if arg == "new" else self.clinic_fax
                return [(fmt_phone_holdout(rng, digits), "FAX")]
            case "mrn":
                m = pt.mrn
                if m.isdigit() and m.startswith("0") and rng.random() < 0.3:
                    m = m.lstrip("0")
                return [(m, "MRN")]
            case "aage":  # "a 72-year-old" / "an 81-year-old"
                who = arg or "pt"
                pieces = self.age(self.people[who].age if who != "pt" else pt.age)
                first = pieces[0][0]
                an = re.match(r"(8|11\D|18\D|eight|eleven)", first + " ")
                return [("an " if an else "a ", None), *pieces]
            case "him":
                return [("her" if pt.person.sex == "F" else "him", None)]
            case "ssnmask":  # only the last four digits are shown
                pre = rng.choice(["XXX-XX-", "***-**-", "xxx-xx-", "###-##-"])
                return [(pre, None), (pt.ssn[-4:], "SSN")]
            case "csn":
                return [(f"{rng.randint(1000000000, 9999999999)}", "ACCOUNT")]
            case "har":
                return [(f"{rng.randint(100000000, 999999999)}", "ACCOUNT")]
            case "card4":
                return [(f"{rng.randint(0, 9999):04d}", "ACCOUNT")]
            case "policy":
                return [(rng.choice([f"{rng.randint(1000000, 9999999)}-{rng.randint(1, 9):02d}",
                                     f"P{rng.randint(10000000, 99999999)}",
                                     f"{''.join(rng.choice(L) for _ in range(2))}-{rng.randint(100000, 999999)}"]),
                         "HEALTH_PLAN")]
            case "medicaid":
                return [(rng.choice([f"{rng.randint(100000000, 999999999)}", f"{rng.choice(L)}{rng.randint(10000000, 99999999)}",
                                     f"{rng.randint(10000, 99999)}{''.join(rng.choice(L) for _ in range(2))}{rng.randint(100, 999)}"]),
                         "HEALTH_PLAN")]
            case "anum":  # alien registration number
                return [(rng.choice([f"A{rng.randint(100000000, 999999999)}", f"A-{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                                     f"{rng.randint(100000000, 999999999)}"]), "OTHER_ID")]
            case "badge":
                return [(rng.choice([f"{rng.randint(1000, 99999)}", f"B-{rng.randint(1000, 9999)}",
                                     f"{rng.randint(10, 99)}{rng.choice(L)}{rng.randint(100, 999)}"]), "OTHER_ID")]
            case "casefile":
                return [(rng.choice([f"CF-{rng.randint(2016, 2025)}-{rng.randint(100, 99999):05d}",
                                     f"{rng.randint(2016, 2025)}-PR-{rng.randint(100, 9999):04d}",
                                     f"SW{rng.randint(16, 25)}-{rng.randint(1000, 9999)}",
                                     f"{rng.randint(16, 25)}{rng.choice(['JV', 'GN', 'MH'])}{rng.randint(1000, 99999)}"]), "OTHER_ID")]
            case "booking":
                return [(rng.choice([f"BK{rng.randint(16, 25)}-{rng.randint(10000, 99999)}",
                                     f"{rng.randint(2016, 2025)}{rng.randint(100000, 999999)}"]), "OTHER_ID")]
            case "study":
                return [(rng.choice([f"{rng.choice(['CB', 'RX', 'HF', 'AZ'])}-{rng.randint(10, 999):03d}-{rng.randint(1, 9999):04d}",
                                     f"S{rng.randint(100000, 999999)}"]), "OTHER_ID")]
            case "job":
                return [(f"{rng.randint(100000, 9999999)}", "OTHER_ID")]
            case "req":
                return [(rng.choice([f"{rng.randint(1000000, 9999999)}", f"RQ{rng.randint(100000, 999999)}"]), "OTHER_ID")]
            case "specimen":
                return [(rng.choice([f"S{rng.randint(16, 25)}-{rng.randint(1000, 99999)}",
                                     f"{rng.randint(16, 25)}-{rng.choice(['MB', 'SP', 'CH'])}-{rng.randint(10000, 99999)}"]), "OTHER_ID")]
            case "ticket":
                return [(rng.choice([f"{rng.randint(100000, 9999999)}", f"INC{rng.randint(1000000, 9999999)}",
                                     f"{rng.randint(16, 25)}-{rng.randint(100000, 999999)}"]), "OTHER_ID")]
            case "mac":
                return [(mac_address(rng), "DEVICE")]
            case "imei":
                return [(imei(rng), "DEVICE")]
            case "udi":
                return [(udi(rng), "DEVICE")]
            case "drug":
                d = rng.choice([x for x in DRUGS_CORE + DRUGS_EXTRA[HOLDOUT] if x != self.last_drug])
                self.last_drug = d
                return [(d, "KEEP:drug")]
            case "meds":
                out: list[tuple[str, str | None]] = []
                for d in rng.sample(DRUGS_CORE + DRUGS_EXTRA[HOLDOUT], rng.randint(2, 4)):
                    out += [(arg.replace("_", " ") if arg else "- ", None), (d, "KEEP:drug"), ("\n", None)]
                return out
            case "labs":
                sep = rng.choice([", ", "; ", " | "])
                out = []
                for i, lab in enumerate(rng.sample(LABS_CORE + LABS_EXTRA[HOLDOUT], rng.randint(2, 4))):
                    if i:
                        out.append((sep, None))
                    out.append((lab, "KEEP:lab"))
                return out
            case "vit":
                sbp, dbp = rng.randint(88, 196), rng.randint(48, 112)
                vs = [rng.choice([f"BP {sbp}/{dbp} mmHg", f"B/P {sbp}/{dbp}", f"NIBP {sbp}/{dbp}"]),
                      rng.choice([f"P {rng.randint(44, 138)}", f"pulse {rng.randint(44, 138)}", f"HR {rng.randint(44, 138)} bpm"]),
                      rng.choice([f"R {rng.randint(10, 32)}", f"resp {rng.randint(10, 32)}"]),
                      rng.choice([f"T {rng.randint(965, 1036) / 10:.1f}°F", f"temp {rng.randint(355, 396) / 10:.1f} °C",
                                  f"Tmax {rng.randint(980, 1040) / 10:.1f}"]),
                      rng.choice([f"O2 sat {rng.randint(84, 100)}% RA", f"SaO2 {rng.randint(84, 100)}% on {rng.randint(1, 6)} L",
                                  f"pulse ox {rng.randint(84, 100)}%"])]
                if rng.random() < 0.35:
                    vs.append(rng.choice([f"BMI {rng.randint(160, 450) / 10:.1f}", f"Wt {rng.randint(88, 320)} lb",
                                          f"Ht {rng.randint(140, 198)} cm"]))
                sep = rng.choice([" / ", ", ", " · ", "; "])
                out = []
                for i, x in enumerate(vs):
                    if i:
                        out.append((sep, None))
                    out.append((x, "KEEP:vital"))
                return out
            case "epo" | "epos":
                pool = EPONYMS_HOLDOUT[head] + [e for e in EPONYMS_CORE if bool(EPONYM_FINDING.search(e)) == (head == "epos")]
                return [(rng.choice(pool), "KEEP:eponym")]
            case "dx":
                desc, code = rng.choice(DX[HOLDOUT])
                if rng.random() < 0.5:
                    return [(f"{desc} [{code}]", "KEEP:diagnosis")]
                return [(desc, "KEEP:diagnosis"), (rng.choice([", ICD10 ", " — ", " / dx code "]), None), (code, "KEEP:code")]
            case "hosp" | "clinic" | "pharmacy" | "lab" | "code" | "score" | "abbr":
                return None
        return None

    def word_sentence(self) -> list[tuple[str, str | None]]:
        """An ordinary-word use of a name, preferring the names present in this note."""
        ws = WORD_SENTENCES[self.world.split]
        pending = [w for w in self.word_names if w not in self.words_used]
        if pending and self.rng.random() < 0.85:
            w = pending[0]
        else:
            w = self.rng.choice(sorted(ws))
        self.words_used.append(w)
        return self.render(self.rng.choice(ws[w]))

    def url(self, kind: str) -> str:
        rng, p = self.rng, self.pt.person
        slug = f"{fold(p.given).lower()}{fold(p.family).lower()}".replace(" ", "").replace("'", "")
        if kind == "portal" and self.world.split == HOLDOUT:
            host = rng.choice(self.world.pool["portal_hosts"])
            org = rng.choice(self.world.pool["org_domains"])
            return rng.choice([f"https://{host}.{org}/record/{rng.randint(100000, 9999999)}",
                               f"https://{org}/{host}?mrn={re.sub(r'[^0-9A-Za-z]', '', self.pt.mrn)}",
                               f"{host}.{org}/p/{slug}{rng.randint(1, 999)}"])
        if kind == "portal":
            host = rng.choice(["mychart", "portal", "myhealth", "patient"])
            org = rng.choice(["fvhealth.org", "stbrendan.org", "pplains.org", "vbmc.org", "npuh.edu"])
            return rng.choice([f"https://{host}.{org}/patients/{rng.randint(10000, 999999)}",
                               f"https://{host}.{org}/visit?id={rng.randint(10000000, 99999999)}",
                               f"{host}.{org}/u/{slug}"])
        web = rng.choice(self.world.pool["web"])
        pre = rng.choice(["https://www.", "https://", "www.", "http://"])
        if web.endswith("help-"):
            return f"{pre}{web}{fold(p.given).lower()}-{fold(p.family).lower().replace(' ', '-')}"
        return f"{pre}{web}{slug}{rng.choice(['', str(rng.randint(1, 99))])}"

    def address(self, head: str, who: str) -> list[tuple[str, str | None]]:
        rng = self.rng
        if who == "clinic":
            a = self.clinic_addr
        elif who in ("r1", "r2", "o1", "o2"):
            key = f"_addr_{who}"
            if not hasattr(self, key):
                setattr(self, key, self.world.address(rng))
            a = getattr(self, key)
        elif who == "intl":
            a = {"line": [self.world.street(rng)], "city": rng.choice(self.world.pool["cities_intl"]),
                 "state": "", "postalCode": ""}
        elif who == "new":  # somewhere else altogether (holdout)
            a = self.world.address(rng)
        else:
            a = self.pt.address
        if self.world.split == HOLDOUT:
            return self._address_holdout(head, who, a)
        line = a["line"]
        if head == "city":
            return [(a["city"], "CITY")]
        if head == "zip":
            return [(a["postalCode"], "ZIP")]
        if head == "state":
            return [(a["state"], None)]
        street: list[tuple[str, str | None]] = [(line[0], "ADDRESS")]
        if len(line) > 1:
            street += [(rng.choice([", ", " "]), None), (line[1], "ADDRESS")]
        if head == "addr":
            return street
        if who == "intl":
            return street + [(", ", None), (a["city"], "CITY")]
        state = a["state"]
        if rng.random() < 0.1 and state in STATE_NAMES:
            state = STATE_NAMES[state]
        if head == "fulladdr":
            return street + [(", ", None), (a["city"], "CITY"), (f", {state} ", None), (a["postalCode"], "ZIP")]
        # addrblock: two lines
        return street + [("\n", None), (a["city"], "CITY"), (f", {state} ", None), (a["postalCode"], "ZIP")]

    def _address_holdout(self, head: str, who: str, a: dict) -> list[tuple[str, str | None]]:
        rng = self.rng
        line = a["line"]
        if head == "city":
            return [(a["city"], "CITY")]
        if head == "zip":
            return [(a["postalCode"], "ZIP")]
        if head == "state":
            return [(a["state"], None)]
        street: list[tuple[str, str | None]] = [(line[0], "ADDRESS")]
        if len(line) > 1:
            street += [(rng.choice([", ", " ", " - "]), None), (line[1], "ADDRESS")]
        if head == "addr":
            return street
        if who == "intl":
            return street + [(rng.choice([", ", " · "]), None), (a["city"], "CITY")]
        state = a["state"]
        if rng.random() < 0.25 and state in STATE_NAMES_HOLDOUT:
            state = STATE_NAMES_HOLDOUT[state]
        if head == "fulladdr":
            sep1, sep2 = rng.choice([(", ", f", {state} "), (", ", f" {state} "), (" · ", f", {state}  "),
                                     (", ", f", {state}, ")])
            return street + [(sep1, None), (a["city"], "CITY"), (sep2, None), (a["postalCode"], "ZIP")]
        # addrblock: street on one line, CITY STATE ZIP on the next (sometimes in capitals)
        if rng.random() < 0.3:
            return ([(x.upper(), tag) for x, tag in street] + [("\n", None), (a["city"].upper(), "CITY"),
                    (f" {a['state']}  ", None), (a["postalCode"], "ZIP")])
        return street + [("\n", None), (a["city"], "CITY"), (f", {state} ", None), (a["postalCode"], "ZIP")]

    def render(self, template: str) -> list[tuple[str, str | None]]:
        out: list[tuple[str, str | None]] = []
        pos = 0
        for m in SLOT.finditer(template):
            out.append((template[pos:m.start()], None))
            out.extend(self.slot(m.group(1)))
            pos = m.end()
        out.append((template[pos:], None))
        return out


def to_note(pieces: list[tuple[str, str | None]]) -> Note:
    n = Note()
    for text, tag in pieces:
        n.add(text, tag)
    return n


# ======================================================================================
# Template families. DEV and TEST share nothing here.
# ======================================================================================

from templates_dev import FAMILIES as DEV_FAMILIES  # noqa: E402  (sibling modules)
from templates_test import FAMILIES as TEST_FAMILIES  # noqa: E402
from templates_holdout import FAMILIES as HOLDOUT_FAMILIES  # noqa: E402

FAMILIES = {"dev": DEV_FAMILIES, "test": TEST_FAMILIES, "holdout": HOLDOUT_FAMILIES}


def build_note(world: World, rng: random.Random, family: dict, pt: Patient, visit: dt.date) -> Note:
    ctx = Ctx(world, rng, pt, visit, family)
    target = rng.randint(MIN_BYTES + 300, MAX_BYTES - 200)
    head = to_note(ctx.render(rng.choice(family["header"])))
    body: list[Note] = [to_note(ctx.render(rng.choice(alts))) for alts in family["core"]]
    foot = to_note(ctx.render(rng.choice(family["footer"])))

    def size(parts: list[Note]) -> int:
        return sum(len(p.text().encode()) for p in parts)

    optional = list(family["optional"])
    rng.shuffle(optional)
    for alts in optional:
        if size([head, *body, foot]) >= target:
            break
        sec = to_note(ctx.render(rng.choice(alts)))
        if size([head, *body, sec, foot]) > MAX_BYTES - 60:
            continue
        body.insert(rng.randint(1, len(body)), sec)  # the first core section stays first
    # Names that are also words: make sure the ordinary use appears in the same note.
    missing = [w for w in ctx.word_names if w not in ctx.words_used]
    if missing:
        extra = Note()
        for i, _ in enumerate(missing):
            if i:
                extra.add(" ")
            extra.extend(to_note(ctx.word_sentence()))
        extra.add("\n\n")
        body.append(extra)
    note = Note()
    for part in [head, *body, foot]:
        note.extend(part)
    return note


def validate(rec: dict) -> None:
    text = rec["text"]
    spans = sorted(rec["phi"], key=lambda s: s["start"])
    for s in rec["phi"]:
        assert text[s["start"]:s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
        assert s["category"] in CATEGORIES, s
        if s["category"] == "LICENSE" and (text[:s["start"]].endswith("DEA ") or s["text"] in DEA_ISSUED):
            assert dea_valid(s["text"]), s
        if s["category"] == "VEHICLE" and len(s["text"]) == 17:
            assert vin_valid(s["text"]), s
    for s in rec["keep"]:
        assert text[s["start"]:s["end"]] == s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for k in rec["keep"]:
        for s in rec["phi"]:
            assert k["end"] <= s["start"] or s["end"] <= k["start"], (rec["id"], k, s)
    size = len(text.encode())
    assert MIN_BYTES <= size <= MAX_BYTES, (rec["id"], size)


def generate(split: str) -> list[dict]:
    world = World(split)
    fams = FAMILIES[split]
    out = []
    i = 0
    while len(out) < SIZES[split]:
        fam = fams[i % len(fams)]
        nrng = random.Random(f"{SEED}/{split}/{i}")
        i += 1
        visit = dt.date(2019, 1, 1) + dt.timedelta(days=nrng.randint(0, 7 * 365))
        pt = make_patient(world, nrng, visit)
        note = build_note(world, nrng, fam, pt, visit)
        text = note.text()
        size = len(text.encode())
        if not (MIN_BYTES <= size <= MAX_BYTES):
            continue  # rare: this draw made a note outside the size window; draw another
        rec = {
            "id": f"{split}-{len(out):05d}",
            "note_type": fam["note_type"],
            "family": fam["name"],
            "text": text,
            "phi": sorted(note.phi, key=lambda s: s["start"]),
            "keep": sorted(note.keep, key=lambda s: s["start"]),
            "patient": patient_object(pt),
        }
        validate(rec)
        out.append(rec)
    return out


def name_tokens(split: str, fine: bool = False) -> set[str]:
    """Every token of every person name (and nickname), city and street of a split, for the
    disjointness check. fine: also split at hyphens, apostrophes and stops, fold diacritics,
    and drop one-letter pieces (so García-López and López-Ortega share "lopez")."""
    p = POOLS[split]
    entries: list[str] = []
    for k in ("given_f", "given_m", "family", "cities", "cities_intl", "streets"):
        entries += p[k]
    for spec in p["diacritic"].values():
        for x in spec:
            entries += x if isinstance(x, list) else x.split()
    for n in p["native"]:
        entries += n[2:]
    entries += p["word_given"]["F"] + p["word_given"]["M"] + p["word_family"]
    entries += list(p.get("nick", {}).values()) + p.get("street_pre", []) + p.get("street_post", [])
    toks: set[str] = set()
    for e in entries:
        if fine:
            toks.update(t for t in re.split(r"[\s\-'’.]+", fold(e).lower()) if len(t) > 1)
        else:
            toks.update(x.lower() for x in e.split())
    return toks


def template_strings(families: list[dict]) -> set[str]:
    """Every template and pool sentence of a split's families (long enough to be a phrasing)."""
    out: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, str):
            if len(x) >= 16:
                out.add(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                if k not in ("name", "note_type", "clinicians"):
                    walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk(families)
    return out


def check_splits_disjoint() -> None:
    shared = name_tokens("dev") & name_tokens("test")
    assert not shared, f"dev and test name/place pools overlap: {sorted(shared)}"
    for other in ("dev", "test"):
        shared = name_tokens(HOLDOUT, fine=True) & name_tokens(other, fine=True)
        assert not shared, f"holdout and {other} name/place pools overlap: {sorted(shared)}"
        for key in ("hospitals", "clinics", "pharmacies", "web", "email_domains"):
            both = set(POOLS[HOLDOUT][key]) & set(POOLS[other][key])
            assert not both, (key, both)
        both = template_strings(HOLDOUT_FAMILIES) & template_strings(FAMILIES[other])
        assert not both, f"holdout shares template text with {other}: {sorted(both)[:5]}"
        for vocab in (EPONYMS_EXTRA, DRUGS_EXTRA, LABS_EXTRA, CODES, ABBREVS, SCORES):
            both = set(vocab[HOLDOUT]) & set(vocab[other])
            assert not both, both
        assert not {d for d, _ in DX[HOLDOUT]} & {d for d, _ in DX[other]}
        assert not set(WORD_SENTENCES[HOLDOUT]) & set(WORD_SENTENCES[other])
    assert not set(EPONYMS_EXTRA[HOLDOUT]) & set(EPONYMS_CORE)
    names = [{f["name"] for f in FAMILIES[x]} for x in SIZES]
    assert all(not (a & b) for i, a in enumerate(names) for b in names[i + 1:]), "family names repeat across splits"
    for x in SIZES:
        assert {f["note_type"] for f in FAMILIES[x]} == set(NOTE_TYPES), x
    # every name that is also a word has its ordinary uses in the same split
    for x in SIZES:
        p = POOLS[x]
        for w in p["word_given"]["F"] + p["word_given"]["M"] + p["word_family"]:
            assert w in WORD_SENTENCES[x], (x, w)


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    ap.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    args = ap.parse_args()

    check_splits_disjoint()

    status = 0
    args.out.mkdir(parents=True, exist_ok=True)
    summary = {}
    for split in SIZES:
        recs = generate(split)
        data = "".join(dumps(r) + "\n" for r in recs)
        path = args.out / f"{split}.jsonl"
        if args.check:
            same = path.exists() and path.read_text(encoding="utf-8") == data
            print(f"{path}: {'up to date' if same else 'DIFFERS from the generator'}")
            status |= 0 if same else 1
        else:
            path.write_text(data, encoding="utf-8")
        cats: dict[str, int] = {}
        for r in recs:
            for s in r["phi"]:
                cats[s["category"]] = cats.get(s["category"], 0) + 1
        sizes = sorted(len(r["text"].encode()) for r in recs)
        summary[split] = {
            "notes": len(recs), "bytes": sum(sizes), "min": sizes[0], "median": sizes[len(sizes) // 2],
            "max": sizes[-1], "phi": sum(cats.values()), "keep": sum(len(r["keep"]) for r in recs),
            "categories": dict(sorted(cats.items())),
            "sha256": hashlib.sha256(data.encode()).hexdigest()[:16],
        }
    if not args.check:
        for split, s in summary.items():
            print(f"{split}: {s['notes']} notes, {s['bytes']} bytes (min {s['min']}, median {s['median']}, "
                  f"max {s['max']}), {s['phi']} phi spans, {s['keep']} keep spans, sha256 {s['sha256']}")
            print("   " + ", ".join(f"{k} {v}" for k, v in s["categories"].items()))
    return status


if __name__ == "__main__":
    sys.exit(main())
