#!/usr/bin/env python3
"""Write the audit split of the de-identification evaluation: corpus/audit.jsonl.

The audit split is an independent, unseen evaluation set. It was written by someone who
did not read the scrubber's source, and it shares no template, sentence pool, name pool,
city or street pool and no identifier label words with dev, test or holdout (checked
below at run time). People developing the scrubber must not open this file,
templates_audit.py or corpus/audit.jsonl; report only the aggregate scores score.py
prints for it.

    python3 tests/deid-eval/generate_audit.py           # (re)write corpus/audit.jsonl
    python3 tests/deid-eval/generate_audit.py --check   # exit 1 if the file differs

Everything is invented from a fixed seed (random streams seeded by strings, no set or
hash order, no clock), so every run writes the same bytes. Python 3.11, standard
library only, no network. Records have the shape generate_corpus.py writes (id,
note_type, family, text, phi, keep, patient; offsets in Unicode code points); the
small pure helpers (check digits, the span builder, category and keep-kind lists) are
imported from it.
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
sys.path.insert(0, str(HERE))

from generate_corpus import (  # noqa: E402  (sibling module: helpers only)
    CATEGORIES, KEEP_KINDS, VIN_CHARS, Note, dea_valid, fold, luhn_check_digit, vin_check, vin_valid,
)
import templates_audit as TA  # noqa: E402

SEED = "carebrief-deid-audit-v1"
N_NOTES = 1200
MIN_BYTES, MAX_BYTES = 850, 3400
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def W(spec: str) -> list[str]:
    return [nfc(x) for x in spec.split()]


def C(spec: str) -> list[str]:
    return [nfc(x.strip()) for x in spec.split(",") if x.strip()]


def S(spec: str) -> list[str]:
    """Semicolon-separated entries (entries may hold commas: "CK 18,650 U/L")."""
    return [nfc(x.strip()) for x in spec.split(";") if x.strip()]


# ======================================================================================
# People
# ======================================================================================

GIVEN_F = W(
    "Tamara Regina Monique Darlene Bonnie Lorraine Colleen Marlene Wanda Yvonne Rhonda Tammy Kendra "
    "Latoya Shanice Keisha Dominique Brianna Kayla Alexis Jasmine Tiffany Courtney Lindsey Megan Kelsey "
    "Hannah Abigail Imani Ebony Roxanne Doreen Maureen Phyllis Gladys Edna Ethel Opal Myrtle Bertha "
    "Thelma Velma Juanita Yesenia Marisela Esperanza Dulce Yadira"
)
GIVEN_M = W(
    "Terrence Darnell DeShawn Tyrone Jamal Marcus Curtis Leon Clarence Melvin Floyd Lloyd Herman Lester "
    "Norman Wesley Travis Dustin Cody Corey Shane Brent Trent Darren Randall Dwayne Roderick Marvin "
    "Alvin Calvin Rodney Kurt Dale Glenn Wade Clifton Hector Arturo Rogelio Alejandro Esteban Gilberto"
)
FAMILY = C(
    "Washburn, Pruitt, Gentry, Whitaker, Holloway, Crenshaw, Blevins, McCoy, Dunlap, Hatfield, Ratliff, "
    "Spurlock, Tackett, Yoder, Stoltzfus, Lindgren, Halvorsen, Kowalczyk, Szymanski, Nowicki, Dombrowski, "
    "Hendricks, Vandermeer, Bergstrom, Lundquist, Thibodeaux, Broussard, Arceneaux, Fontenot, Boudreaux, "
    "LeBlanc, Guidry, Montoya, Trujillo, Archuleta, Maldonado, Villanueva, Figueroa, Espinoza, Delgado, "
    "Acosta, Salazar, Pacheco, Okafor, Okoye, Eze, Asante, Owusu, Kamau, Njoroge, Haile, Tadesse, Khan, "
    "Siddiqui, Chaudhry, O'Connell, McGrath, Gallagher, Donnelly, Kavanagh, Brennan, Doherty, Quinlan, "
    "MacLeod, Tremblay, Ouellette, O'Rourke, D'Amico, Okafor-Reyes, Lindgren-Whitaker, Vermaak"
)
NICK = {
    "Terrence": "Terry", "Randall": "Randy", "Rodney": "Rod", "Lorraine": "Lori", "Roxanne": "Roxy",
    "Abigail": "Abby", "Wesley": "Wes", "Norman": "Norm", "Darlene": "Dolly", "Clarence": "Buddy",
    "Roderick": "Rick", "Alejandro": "Alex", "Gilberto": "Beto", "Esperanza": "Lancha", "Marvin": "Marv",
    "Yvonne": "Vonnie", "Dwayne": "Dee", "Gladys": "Gladdy", "Kendra": "Kenni", "Thelma": "Thel",
}
# names that are ordinary words too, and surnames that are eponyms
WORD_GIVEN = {"F": W("Charity Honor Misty Penny Candy Jewel"), "M": W("Major Cash Chance Clay Art Guy")}
WORD_FAMILY = W("Cane Block Branch Hurt Sole Hale Blood Hand Moody Wise Stout Glass Battle Bloom")
EPONYM_FAMILY = W("Fowler Gram Holter Doppler Coombs Ewing Broca Weber Kocher Sims Bennett Bowen Kerley Fournier")

# Latin-script origins: (given F, given M, family; family by sex for patronymic origins)
LATIN = {
    "es": (W("Xóchitl Noemí Anahí Maricruz Yolotl"), W("Efrén Saúl Moisés Abdón Leonel"),
           C("Quiñones, Báez, Ocaña, Peñaloza, Cárdenas, Villarreal, Montaño, Sepúlveda")),
    "ca": (W("Núria Mercè Montserrat"), W("Jordi Pere Martí"), C("Puigvert, Vilaró, Riera, Casals i Ferrer")),
    "fr": (W("Margaux Héloïse Bérénice"), C("Jean-Sébastien, Anatole, Timothée"),
           C("Thériault, Cloutier, Després, Bérubé")),
    "fi": (W("Päivi Sirkka Tuulikki"), W("Jyrki Väinö Tapani"), C("Mäkelä, Hämäläinen, Kärkkäinen, Lähteenmäki")),
    "sv": (W("Märta Gunnel"), W("Åke Gösta"), C("Ljungström, Bäckström, Öberg")),
    "is": (W("Þórunn Guðrún Hólmfríður"), W("Guðmundur Þórður Sæmundur"),
           {"F": C("Ólafsdóttir, Einarsdóttir, Jónsdóttir"), "M": C("Ólafsson, Einarsson, Jónsson")}),
    "pl": (W("Grażyna Bożena Jadwiga"), W("Grzegorz Bolesław Mirosław"),
           C("Wiśniewski, Kołodziej, Żak, Zieliński, Sadowski")),
    "cs": (W("Věra Bohumila Zdeňka"), W("Zdeněk Radek Přemysl"), C("Kříž, Horáček, Černý, Růžička")),
    "vi": (C("Thùy Linh, Phương Anh, Bích Ngân"), C("Minh Khôi, Quốc Bảo, Đức Thịnh"),
           C("Trịnh, Ngô, Dương, Lý, Vương")),
    "yo": (C("Títílọpẹ́, Mọ́nísọ́lá"), C("Olúwáṣeun, Bámidélé"), C("Adéwálé, Ògúnlẹ́yẹ, Ọládípọ̀")),
    "haw": (C("Leināʻala, Kēhau"), C("Kaʻimi, Keoni"), C("Kaʻaihue, Nāone, Keakealani")),
    "mi": (C("Mereana, Hēni"), C("Wiremu, Tāmati"), C("Te Whata, Pōmare, Ngata")),
    "ga": (C("Caoimhe, Gráinne, Clíodhna"), C("Ruairí, Cathal, Donnchadh"), C("Ó Ceallaigh, Ó Dálaigh, McGuinness")),
    "tl": (C("Maricel, Rowena, Jocelyn, Ma. Theresa"), C("Rommel, Jericho, Arnel"),
           C("Macapagal, Tolentino, Pangilinan, dela Cruz")),
    "so": (C("Hodan, Ifrah, Sahra"), C("Abdirahman, Mohamud, Abdiweli"), C("Warsame, Abdi, Farah, Jama")),
    "af": (C("Annelie, Marike"), C("Pieter, Johan"), C("Botha, Coetzee, Oosthuizen")),
}
# also written in their own script: origin, sex, native given, native family, roman given, roman family
NATIVE = [
    ("zh", "F", "秀英", "徐", "Xiuying", "Xu"), ("zh", "M", "志强", "孙", "Zhiqiang", "Sun"),
    ("zh", "M", "俊杰", "马", "Junjie", "Ma"), ("zh", "F", "欣怡", "宋", "Xinyi", "Song"),
    ("zh", "M", "国华", "何", "Guohua", "He"),
    ("ja", "F", "恵子", "渡辺", "Keiko", "Watanabe"), ("ja", "M", "大輔", "中村", "Daisuke", "Nakamura"),
    ("ja", "F", "陽菜", "小林", "Hina", "Kobayashi"), ("ja", "M", "翔太", "加藤", "Shota", "Kato"),
    ("ko", "F", "예린", "조", "Ye-rin", "Cho"), ("ko", "M", "현우", "임", "Hyun-woo", "Lim"),
    ("ko", "M", "동현", "오", "Dong-hyun", "Oh"), ("ko", "F", "채원", "신", "Chae-won", "Shin"),
    ("ru", "M", "Михаил", "Лебедев", "Mikhail", "Lebedev"), ("ru", "F", "Светлана", "Новикова", "Svetlana", "Novikova"),
    ("ru", "F", "Ирина", "Кузьмина", "Irina", "Kuzmina"), ("ru", "M", "Павел", "Фёдоров", "Pavel", "Fyodorov"),
    ("sr", "M", "Бранко", "Николић", "Branko", "Nikolić"), ("sr", "F", "Драгана", "Стојановић", "Dragana", "Stojanović"),
    ("ar", "M", "طارق", "درويش", "Tariq", "Darwish"), ("ar", "F", "رانيا", "قاسم", "Rania", "Qasim"),
    ("ar", "F", "هدى", "سليمان", "Huda", "Suleiman"), ("ar", "M", "سمير", "يونس", "Samir", "Younis"),
    ("ur", "M", "عمران", "قریشی", "Imran", "Qureshi"), ("ur", "F", "نادیہ", "ملک", "Nadia", "Malik"),
    ("hi", "M", "सुनील", "गुप्ता", "Sunil", "Gupta"), ("hi", "F", "पूजा", "अग्रवाल", "Pooja", "Agarwal"),
    ("pa", "M", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Harpreet", "Singh"), ("pa", "F", "ਗੁਰਪ੍ਰੀਤ", "ਕੌਰ", "Gurpreet", "Kaur"),
    ("te", "M", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy"), ("te", "F", "సుజాత", "రెడ్డి", "Sujatha", "Reddy"),
    ("km", "F", "សុខា", "ជា", "Sokha", "Chea"), ("km", "M", "ដារ៉ា", "សុខ", "Dara", "Sok"),
    ("he", "F", "יעל", "שפירא", "Yael", "Shapira"), ("he", "M", "אברהם", "גולדברג", "Avraham", "Goldberg"),
    ("el", "F", "Αγγελική", "Οικονόμου", "Angeliki", "Oikonomou"), ("el", "M", "Γιάννης", "Παπαγεωργίου", "Giannis", "Papageorgiou"),
    ("hy", "M", "Սարգիս", "Գրիգորյան", "Sargis", "Grigoryan"),
    ("ne", "F", "सरिता", "थापा", "Sarita", "Thapa"), ("ne", "M", "बिकास", "गुरुङ", "Bikash", "Gurung"),
    ("mn", "F", "Энхтуяа", "Батбаяр", "Enkhtuyaa", "Batbayar"),
]
NATIVE = [tuple(nfc(x) for x in n) for n in NATIVE]
FAMILY_FIRST = {"zh", "ja", "ko", "vi"}  # family name first in the native order
NO_SPACE = {"zh", "ja", "ko"}

# ======================================================================================
# Places
# ======================================================================================

CITIES = {
    "Kenosha": "WI", "Racine": "WI", "Janesville": "WI", "Wausau": "WI", "Appleton": "WI", "Sparta": "WI",
    "Terre Haute": "IN", "Evansville": "IN", "Elkhart": "IN", "Mishawaka": "IN", "Owensboro": "KY",
    "Jonesboro": "AR", "Hot Springs": "AR", "Meridian": "MS", "Gulfport": "MS", "Biloxi": "MS", "Houma": "LA",
    "Killeen": "TX", "Midland": "TX", "Brownsville": "TX", "Victoria": "TX", "Casper": "WY", "Rapid City": "SD",
    "Fargo": "ND", "Minot": "ND", "Winona": "MN", "Ames": "IA", "Davenport": "IA", "Moline": "IL",
    "Champaign": "IL", "Cairo": "IL", "Enid": "OK", "Mesa": "AZ", "Surprise": "AZ", "Sparks": "NV",
    "Nampa": "ID", "Lima": "OH", "Xenia": "OH", "Elyria": "OH", "Zanesville": "OH", "Wooster": "OH",
    "Athens": "GA", "Hilo": "HI", "Kahului": "HI", "Ketchikan": "AK", "Fairbanks": "AK", "Mayagüez": "PR",
    "Caguas": "PR", "Bayamón": "PR", "Truth or Consequences": "NM", "Lewiston": "ME", "Rutland": "VT",
    "Keene": "NH", "Nashua": "NH", "Pittsfield": "MA", "Holyoke": "MA", "Opportunity": "WA",
}
CITIES = {nfc(k): v for k, v in CITIES.items()}
CITY_NAMES = sorted(CITIES)
STATE_LONG = {"WI": "Wisconsin", "IN": "Indiana", "TX": "Texas", "OH": "Ohio", "IA": "Iowa", "MS": "Mississippi",
              "AZ": "Arizona", "HI": "Hawaii", "AK": "Alaska", "PR": "Puerto Rico", "ND": "North Dakota"}
# international places by origin: (romanised city, city in its own script or None, postal-code maker key)
INTL_CITIES = {
    "zh": [("Xiamen", "厦门"), ("Hefei", "合肥")], "ja": [("Sapporo", "札幌"), ("Sendai", "仙台")],
    "ko": [("Daejeon", "대전"), ("Gwangju", "광주")], "ru": [("Yekaterinburg", "Екатеринбург"), ("Samara", "Самара")],
    "sr": [("Niš", "Ниш"), ("Kragujevac", "Крагујевац")], "ar": [("Aleppo", "حلب"), ("Mosul", "الموصل")],
    "ur": [("Lahore", "لاہور"), ("Faisalabad", None)], "hi": [("Lucknow", "लखनऊ"), ("Jaipur", "जयपुर")],
    "pa": [("Ludhiana", "ਲੁਧਿਆਣਾ"), ("Jalandhar", None)], "te": [("Warangal", "వరంగల్"), ("Vijayawada", None)],
    "km": [("Battambang", "បាត់ដំបង"), ("Siem Reap", None)], "he": [("Netanya", "נתניה"), ("Ashdod", None)],
    "el": [("Volos", "Βόλος"), ("Larissa", "Λάρισα")], "hy": [("Vanadzor", "Վանաձոր")],
    "ne": [("Pokhara", "पोखरा"), ("Biratnagar", None)], "mn": [("Darkhan", "Дархан")],
    "es": [("Oaxaca", None), ("Morelia", None), ("Medellín", None), ("Guayaquil", None)],
    "ca": [("Girona", None), ("Lleida", None)], "fr": [("Sherbrooke", None), ("Trois-Rivières", None)],
    "fi": [("Tampere", None), ("Oulu", None)], "sv": [("Umeå", None), ("Linköping", None)],
    "is": [("Akureyri", None), ("Reykjavík", None)], "pl": [("Poznań", None), ("Toruń", None)],
    "cs": [("Brno", None), ("Olomouc", None)], "vi": [("Hải Phòng", None), ("Nha Trang", None)],
    "yo": [("Ibadan", None), ("Abeokuta", None)], "mi": [("Rotorua", None), ("Whangārei", None)],
    "ga": [("Galway", None), ("Sligo", None)], "tl": [("Cebu City", None), ("Iloilo", None)],
    "so": [("Hargeisa", None), ("Mogadishu", None)], "af": [("Stellenbosch", None), ("Bloemfontein", None)],
    "en": [("Leeds", None), ("Sheffield", None), ("Winnipeg", None)], "haw": [("Honolulu", None), ("Kailua", None)],
}
INTL_CITIES = {k: [(nfc(a), nfc(b) if b else None) for a, b in v] for k, v in INTL_CITIES.items()}
COUNTRY = {"zh": "China", "ja": "Japan", "ko": "Korea", "ru": "Russia", "sr": "Serbia", "ar": "Syria",
           "ur": "Pakistan", "hi": "India", "pa": "India", "te": "India", "km": "Cambodia", "he": "Israel",
           "el": "Greece", "hy": "Armenia", "ne": "Nepal", "mn": "Mongolia", "es": "Mexico", "ca": "Spain",
           "fr": "Canada", "fi": "Finland", "sv": "Sweden", "is": "Iceland", "pl": "Poland", "cs": "Czechia",
           "vi": "Vietnam", "yo": "Nigeria", "mi": "New Zealand", "ga": "Ireland", "tl": "the Philippines",
           "so": "Somalia", "af": "South Africa", "en": "England", "haw": "Hawaii"}
LANGUAGE = {"zh": "Mandarin", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "sr": "Serbian", "ar": "Arabic",
            "ur": "Urdu", "hi": "Hindi", "pa": "Punjabi", "te": "Telugu", "km": "Khmer", "he": "Hebrew", "el": "Greek",
            "hy": "Armenian", "ne": "Nepali", "mn": "Mongolian", "es": "Spanish", "ca": "Catalan", "fr": "French",
            "fi": "Finnish", "sv": "Swedish", "is": "Icelandic", "pl": "Polish", "cs": "Czech", "vi": "Vietnamese",
            "yo": "Yoruba", "mi": "Te Reo Maori", "ga": "Irish", "tl": "Tagalog", "so": "Somali", "af": "Afrikaans"}
STREETS = C(
    "Catalpa, Buttonwood, Linden, Alder, Basswood, Pecan, Palmetto, Mesquite, Sagebrush, Yucca, Acacia, "
    "Mimosa, Gardenia, Camellia, Azalea, Hibiscus, Primrose, Marigold, Clover, Fenwick, Ashby, Carrington, "
    "Wexford, Kilkenny, Delancey, Fairmount, Pennock, Halsted, Kedzie, Pulaski, Ogden, Sedgwick, "
    "Frederick Douglass, Tecumseh, Shawnee, Osage"
)
STREET_TYPES = ["St", "St.", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Dr", "Drive", "Ct", "Court",
                "Ln", "Blvd", "Terr", "Trce", "Alley", "Walk", "Mews"]
HOSPITALS = ["Bluestem Regional Medical Center", "Ironbridge University Hospital", "Our Lady of the Lakes Hospital",
             "Harmon Memorial Hospital", "Coulee Valley Health", "St. Aldric Medical Center",
             "Kettle Moraine Community Hospital"]
CLINICS = ["Northgate Wound & Ostomy Clinic", "Kettle River Family Practice", "Sandhill Orthopedics",
           "Lakeview Dialysis Unit", "Ironbridge Heart & Vascular", "Bluestem Senior Care Clinic",
           "Prairie Sky Women's Health"]
PHARMACIES = ["CVS Pharmacy", "Walgreens", "Hy-Vee Pharmacy", "Costco Pharmacy", "Bluestem Outpatient Pharmacy",
              "Kinney Drugs"]
AGENCIES = ["Bayada Home Health", "Amedisys", "Interim HealthCare", "VNA of the Coulee Region"]
SCHOOLS = ["Ridgeview Elementary", "Pleasant Valley High School", "St. Agnes Catholic School", "Eastbrook Middle School",
           "Riverdale Academy"]
EMPLOYERS = ["Menards", "the Amazon warehouse", "the County Highway Department", "Kwik Trip", "the Tyson plant",
             "a home care agency", "the school district", "a call center"]
PAYERS = ["Medica", "HealthPartners", "Anthem BCBS", "UnitedHealthcare Community Plan", "Molina", "Humana Gold Plus",
          "TRICARE East", "Wellmark", "Medicare Part A/B"]
EMAIL_DOMAINS = ["mail.com", "zoho.com", "cox.net", "frontier.com", "windstream.net", "centurylink.net", "juno.com",
                 "earthlink.net", "msn.com", "tds.net", "pm.me", "tuta.io"]
EMAIL_DOMAINS_INTL = {"zh": "163.com", "ko": "daum.net", "ja": "yahoo.co.jp", "pl": "wp.pl", "cs": "seznam.cz",
                      "hi": "rediffmail.com", "en": "hotmail.co.uk", "fr": "videotron.ca", "ca": "outlook.es"}
ORG_DOMAINS = ["bluestemhealth.org", "ironbridge.edu", "ololh.org", "harmonmemorial.org", "couleevalley.org"]

# ======================================================================================
# Clinical text that must survive (keep spans)
# ======================================================================================

DRUGS = S(
    "losartan 50 mg PO daily; hydrochlorothiazide 12.5 mg daily; glipizide 5 mg BID with meals; "
    "sitagliptin 100 mg daily; insulin lispro 6 units TID AC; Lantus 30 units at bedtime; "
    "tiotropium 18 mcg inhaled daily; montelukast 10 mg qPM; cephalexin 500 mg QID x 7 days; "
    "nitrofurantoin 100 mg BID x 5 days; ciprofloxacin 500 mg q12h; metronidazole 500 mg PO TID; "
    "amoxicillin-clavulanate 875/125 mg BID; ceftriaxone 2 g IV daily; meropenem 1 g IV q8h; "
    "tramadol 50 mg q6h PRN; morphine 2 mg IV q2h PRN; ketorolac 15 mg IV q6h x 48 h; "
    "naloxone 4 mg nasal spray PRN; methadone 80 mg daily; escitalopram 10 mg daily; bupropion XL 150 mg qAM; "
    "mirtazapine 15 mg qHS; trazodone 50 mg qHS PRN sleep; olanzapine 5 mg qHS; risperidone 1 mg BID; "
    "lamotrigine 100 mg BID; phenytoin 100 mg TID; topiramate 50 mg BID; memantine 10 mg BID; "
    "rivastigmine patch 9.5 mg/24 h; pramipexole 0.25 mg TID; baclofen 10 mg TID; tizanidine 4 mg qHS; "
    "meloxicam 7.5 mg daily; allopurinol 300 mg daily; hydroxychloroquine 200 mg BID; "
    "methotrexate 15 mg PO weekly; folic acid 1 mg daily; adalimumab 40 mg SC every 2 weeks; "
    "tacrolimus 2 mg BID; mycophenolate 1000 mg BID; diltiazem ER 180 mg daily; hydralazine 25 mg TID; "
    "isosorbide mononitrate 30 mg daily; torsemide 20 mg daily; metolazone 2.5 mg once; bumetanide 1 mg IV BID; "
    "sotalol 80 mg BID; dabigatran 150 mg BID; enoxaparin 1 mg/kg SC q12h; esomeprazole 40 mg BID; "
    "famotidine 20 mg BID; sucralfate 1 g QID; lactulose 20 g TID; rifaximin 550 mg BID; "
    "polyethylene glycol 17 g daily; senna 8.6 mg 2 tabs qHS; docusate 100 mg BID; "
    "ipratropium-albuterol 3 mL neb q6h; budesonide-formoterol 160/4.5 2 puffs BID; finasteride 5 mg daily; "
    "oxybutynin 5 mg BID; estradiol 1 mg daily; medroxyprogesterone 150 mg IM every 3 months; "
    "vitamin D3 2,000 IU daily; thiamine 100 mg IV daily; nicotine patch 21 mg/24 h; varenicline 1 mg BID; "
    "naltrexone 50 mg daily; acamprosate 666 mg TID; chlordiazepoxide 25 mg q6h per CIWA; Ozempic 1 mg weekly; "
    "Jardiance 25 mg daily; Farxiga 10 mg daily; Tylenol 1 g q8h; ibuprofen 600 mg q6h with food; "
    "Augmentin 875 mg BID; Humira 40 mg q2wk; Dupixent 300 mg SC q2wk; Biktarvy 1 tab daily; "
    "Paxlovid 300/100 mg BID x 5 days; Tamiflu 75 mg BID x 5 days; Keytruda 200 mg IV q3wk; "
    "Zofran 4 mg ODT q8h PRN; prednisone 20 mg daily x 5 days; cefepime 2 g IV q8h; "
    "linezolid 600 mg q12h; fentanyl 25 mcg/h patch; propofol 30 mcg/kg/min; norepinephrine 0.08 mcg/kg/min; "
    "alteplase 0.9 mg/kg; dexmedetomidine 0.4 mcg/kg/h; insulin drip per DKA protocol at 7 units/h; "
    "potassium chloride 40 mEq PO x1; vancomycin 1,500 mg IV q12h"
)
LABS = S(
    "Hgb A1c 9.4%; sodium 129 mEq/L; K+ 5.9; Cr 2.4; BUN/Cr 42/2.4; WBC 17.8; Hct 28%; plt 88K; INR 3.8; "
    "PT 21.4 sec; AST/ALT 212/188; alk phos 340 U/L; T bili 4.1; albumin 2.2; TSH 0.02; free T4 3.1; "
    "vanc trough 22.3; Mg 1.2; Phos 1.8; iCa 0.98 mmol/L; lactic acid 4.6; procal 12.4; troponin 0.34 ng/mL; "
    "hs-trop 1,204 ng/L; BNP 2,310; ESR 104; CRP 212 mg/L; ferritin 2,840; CD4 88; beta-hCG 1,420 mIU/mL; "
    "GFR 24; UPCR 3.1; triglycerides 612 mg/dL; pO2 58 mmHg; VBG 7.21/64; glucose 38 mg/dL; POC glucose 512; "
    "beta-hydroxybutyrate 4.8 mmol/L; osmolal gap 22; blood alcohol 241 mg/dL; salicylate 38 mg/dL; "
    "acetaminophen level <10 mcg/mL; CK 18,650 U/L; HCV RNA 1.2 million IU/mL; viral load <20 copies/mL; "
    "UA 3+ LE / nitrite positive; Hgb 7.1; retic 6.8%; LDH 780; haptoglobin <8"
)
# (label, value): written "label value" in prose, or as the columns of a table
VITAL_FORMS = [
    ("BP", "{s}/{d}"), ("HR", "{hr}"), ("P", "{hr}"), ("RR", "{rr}"), ("T", "{tf}"), ("Temp", "{tc} C"),
    ("SpO2", "{o2}% RA"), ("SpO2", "{o2}% on {l}L NC"), ("Wt", "{kg} kg"), ("wt", "{lb} lb"), ("BMI", "{bmi}"),
    ("MAP", "{map}"), ("pain", "{pain}/10"),
]
# eponyms: conditions ({v.epo}), findings and tests ({v.sign}), procedures and positions ({v.proc})
EPO_DX = S(
    "Fournier gangrene; Ludwig angina; Pancoast tumor; Bence Jones proteinuria; Bowen disease; Ewing sarcoma; "
    "Lewy body dementia; Broca aphasia; Bennett fracture; Monteggia fracture; Lisfranc injury; Brugada syndrome; "
    "Wenckebach block; Mobitz type II block; Prinzmetal angina; tetralogy of Fallot; Ebstein anomaly; "
    "Eisenmenger syndrome; Henoch-Schönlein purpura; Bartholin cyst; Barton fracture; Galeazzi fracture; "
    "Salter-Harris II fracture; Epstein-Barr virus infection; Klebsiella pneumoniae bacteremia; "
    "Pasteurella multocida cellulitis; Listeria meningitis; Heberden nodes"
)
EPO_SIGN = S(
    "Virchow triad; Weber test; Rinne test; Dix-Hallpike maneuver; Gram stain; Holter monitor; Doppler ultrasound; "
    "direct Coombs test; Mantoux test; Pap smear; Bouchard nodes; Schober test; Patrick test; Hutchinson sign; "
    "Battle sign; Courvoisier sign; Hamman sign; Charcot triad; Auer rods; Howell-Jolly bodies; "
    "Reed-Sternberg cells; Lhermitte phenomenon; Cormack-Lehane grade 1 view; McBurney point tenderness"
)
EPO_PROC = S(
    "Heimlich maneuver; Fowler position; Sims position; Kocher incision; Pfannenstiel incision; Kegel exercises; "
    "Roux limb revision; Hickman catheter"
)
EPONYMS = EPO_DX + EPO_SIGN + EPO_PROC
DX = [
    ("Alcohol withdrawal with delirium", "F10.231"), ("Hyponatremia", "E87.1"),
    ("Non-ST elevation myocardial infarction", "I21.4"), ("Acute cholecystitis", "K81.0"),
    ("Sickle cell disease with crisis", "D57.00"), ("Closed fracture of right femoral neck", "S72.001A"),
    ("Schizoaffective disorder, bipolar type", "F25.0"), ("Adult failure to thrive", "R62.7"),
    ("Alcoholic cirrhosis of liver with ascites", "K70.31"), ("Pneumonia due to COVID-19", "U07.1"),
    ("Acute appendicitis with localized peritonitis", "K35.30"),
    ("Cerebral infarction, left middle cerebral artery", "I63.512"), ("Cellulitis of right lower limb", "L03.115"),
    ("Urinary retention", "R33.9"), ("Hypertensive urgency", "I16.0"),
    ("Sepsis due to Escherichia coli", "A41.51"), ("Hepatic encephalopathy", "K76.82"),
    ("Acute respiratory failure with hypoxia", "J96.01"), ("Lumbar radiculopathy", "M54.16"),
    ("End stage renal disease", "N18.6"), ("Malignant neoplasm of pancreas", "C25.9"),
    ("Chronic obstructive pulmonary disease with exacerbation", "J44.1"), ("Heart failure with preserved ejection fraction", "I50.30"),
]
CODES = S(
    "CPT 47562; CPT 44970; CPT 27130; CPT 99285; CPT 99497; HCPCS E0601; HCPCS K0001; HCPCS J0696; "
    "LOINC 2093-3; LOINC 17861-6; SNOMED CT 22298006; SNOMED CT 84114007; ICD-10-PCS 0DTJ4ZZ; DRG 291; "
    "RxNorm 314076; CVX 208; ICD-10 Z59.02; ICD-10 Z91.81; ICD-10 Z63.6; POS 12; revenue code 0450"
)
SCORES = S(
    "ASA III; Aldrete 9/10; PHQ-2 score 4; AUDIT 19; CRAFFT 3; Katz ADL 3/6; Lawton IADL 4/8; Tinetti 14/28; "
    "TUG 18 s; Berg Balance 38/56; FIM 72; Barthel index 55; Clinical Frailty Scale 6; MELD-Na 24; "
    "Child-Pugh C; PESI class IV; Alvarado score 8; GRACE score 142; NIH Stroke Scale 7; mRS 3; "
    "ABCD2 score 4; CIWA 18; Glasgow-Blatchford score 6; Rockall score 4; Apfel score 3; STOP-BANG 6; "
    "Epworth 16; Edmonton Frail Scale 9; Braden 12; Morse 45; C-SSRS low risk; EPDS 15"
)
ABBREVS = S(
    "A&Ox4; NSR w/o ectopy; LBBB; RBBB; STEMI; BRBPR; N/V/D; WNL; DVT ppx; POCUS; TPN; PEG; PICC; "
    "JP drain; s/p ORIF L ankle; AKI on CKD; CAUTI; ESBL; VRE; SNF; LTACH; HHA; PT/OT; DME; ADLs; HCPOA; "
    "MOLST; ETOH; IVDU; PrEP; NPO p MN; HTN; DM2; CKD4; ESRD; BiPAP qHS; HFpEF; HLD; OSA; GERD on PPI; BPH; CAD s/p PCI"
)

# ======================================================================================
# Identifier formats
# ======================================================================================

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY_SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
MONAT = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
         "November", "Dezember"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]


def th(n: int) -> str:
    return f"{n}th" if 11 <= n % 100 <= 13 else f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def mon_dot(m: int) -> str:
    name = MONTHS[m - 1]
    if name == "September":
        return "Sept."
    return name if len(name) <= 4 else name[:3] + "."


# style -> (has year, has day)
DATE_STYLES = {
    "mdY": (1, 1), "mmddY": (1, 1), "mdy": (1, 1), "mm-dd-Y": (1, 1), "m-d-yy": (1, 1), "iso": (1, 1),
    "MonthdY": (1, 1), "MondY": (1, 1), "Mon.dY": (1, 1), "dMonthY": (1, 1), "dd-Mon-yy": (1, 1),
    "dMONyy": (1, 1), "Mon-dd-Y": (1, 1), "m.d.Y": (1, 1), "MonththY": (1, 1), "Y/m/d": (1, 1),
    "iso_nopad": (1, 1), "Monthd": (0, 1), "Mond": (0, 1), "md": (0, 1), "m-d": (0, 1), "Month,Y": (1, 0),
    "Mon-yy": (1, 0), "m/yy": (1, 0), "MonY": (1, 0), "monthd_low": (0, 1), "thMon": (0, 1),
}
DATE_WEIGHTS = {
    "mdY": 12, "mmddY": 10, "mdy": 8, "mm-dd-Y": 3, "m-d-yy": 2, "iso": 5, "MonthdY": 8, "MondY": 6,
    "Mon.dY": 3, "dMonthY": 2, "dd-Mon-yy": 3, "dMONyy": 2, "Mon-dd-Y": 2, "m.d.Y": 2, "MonththY": 2,
    "Y/m/d": 1, "iso_nopad": 1, "Monthd": 4, "Mond": 3, "md": 5, "m-d": 1, "Month,Y": 1, "Mon-yy": 1,
    "m/yy": 1, "MonY": 2, "monthd_low": 1, "thMon": 1,
}
FULL_STYLES = [s for s, (y, d) in DATE_STYLES.items() if y and d]


def fmt_date(d: dt.date, style: str) -> str:
    m, dd, y = d.month, d.day, d.year
    return {
        "mdY": f"{m}/{dd}/{y}", "mmddY": f"{m:02d}/{dd:02d}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}",
        "mm-dd-Y": f"{m:02d}-{dd:02d}-{y}", "m-d-yy": f"{m}-{dd}-{y % 100:02d}", "iso": d.isoformat(),
        "MonthdY": f"{MONTHS[m-1]} {dd}, {y}", "MondY": f"{MON3[m-1]} {dd}, {y}", "Mon.dY": f"{mon_dot(m)} {dd}, {y}",
        "dMonthY": f"{dd} {MONTHS[m-1]} {y}", "dd-Mon-yy": f"{dd:02d}-{MON3[m-1]}-{y % 100:02d}",
        "dMONyy": f"{dd}{MON3[m-1].upper()}{y % 100:02d}", "Mon-dd-Y": f"{MON3[m-1]}-{dd:02d}-{y}",
        "m.d.Y": f"{m}.{dd}.{y}", "MonththY": f"{MONTHS[m-1]} {th(dd)}, {y}", "Y/m/d": f"{y}/{m}/{dd}",
        "iso_nopad": f"{y}-{m}-{dd}", "Monthd": f"{MONTHS[m-1]} {dd}", "Mond": f"{MON3[m-1]} {dd}",
        "md": f"{m}/{dd}", "m-d": f"{m}-{dd}", "Month,Y": f"{MONTHS[m-1]}, {y}", "Mon-yy": f"{MON3[m-1]}-{y % 100:02d}",
        "m/yy": f"{m}/{y % 100:02d}", "MonY": f"{MON3[m-1]} {y}", "monthd_low": f"{MONTHS[m-1].lower()} {dd}",
        "thMon": f"{th(dd)} {MON3[m-1]}",
    }[style]


def fmt_date_intl(rng: random.Random, d: dt.date, origin: str) -> str:
    m, dd, y = d.month, d.day, d.year
    if origin in ("zh", "ja"):
        return f"{y}年{m}月{dd}日"
    if origin == "ko":
        return f"{y}년 {m}월 {dd}일"
    if origin in ("es", "ca"):
        return f"{dd} de {MES[m-1]} de {y}"
    if origin == "fr":
        return f"{dd} {MOIS[m-1]} {y}"
    if origin in ("ru", "sr", "pl", "cs", "fi", "mn", "hy"):
        return f"{dd:02d}.{m:02d}.{y}"
    if origin in ("is", "sv", "af"):
        return rng.choice([f"{dd}. {MONAT[m-1]} {y}", f"{y}-{m:02d}-{dd:02d}"]) if origin == "is" else f"{y}-{m:02d}-{dd:02d}"
    return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {MONTHS[m-1]} {y}", f"{dd}/{m}/{y}"])


def fmt_datetime(rng: random.Random, d: dt.date) -> list[tuple[str, str | None]]:
    h, mi, s = rng.randint(0, 23), rng.choice([1, 4, 9, 13, 17, 22, 26, 31, 38, 44, 47, 53, 58]), rng.randint(0, 59)
    hh, ap = h % 12 or 12, ("AM" if h < 12 else "PM")
    form = rng.randrange(7)
    if form == 0:
        return [(f"{d.month}/{d.day}/{d.year % 100:02d}", "DATE"), (f" {h:02d}{mi:02d}", None)]
    if form == 1:
        return [(f"{d.month:02d}/{d.day:02d}/{d.year}", "DATE"), (f" @ {h:02d}:{mi:02d}", None)]
    if form == 2:
        return [(d.isoformat(), "DATE"), (f" {h:02d}:{mi:02d}:{s:02d}", None)]
    if form == 3:
        return [(f"{MON3[d.month-1]} {d.day}, {d.year}", "DATE"), (f" {hh}:{mi:02d} {ap}", None)]
    if form == 4:
        return [(f"{d.day:02d}-{MON3[d.month-1]}-{d.year}", "DATE"), (f"/{h:02d}{mi:02d}", None)]
    if form == 5:  # HL7 timestamp: one token, the time is inside the span
        return [(f"{d.year}{d.month:02d}{d.day:02d}{h:02d}{mi:02d}", "DATE")]
    return [(f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}", "DATE")]


def phone_digits(rng: random.Random) -> str:
    while True:
        a = rng.randint(205, 989)
        if a % 100 != 11 and a // 10 % 10 != 9 and str(a)[1:] != "11":
            break
    e = rng.randint(202, 989)
    while e == 555 or e % 100 == 11:
        e = rng.randint(202, 989)
    return f"{a}{e}{rng.randint(0, 9999):04d}"


def fmt_phone(rng: random.Random, dg: str, style: int | None = None) -> str:
    a, e, n = dg[:3], dg[3:6], dg[6:]
    forms = [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a} {e} {n}", f"{a}.{e}.{n}", f"+1 {a}-{e}-{n}",
             f"1-{a}-{e}-{n}", f"({a}){e}-{n}", f"{a}{e}{n}", f"+1.{a}.{e}.{n}", f"{a}-{e}{n}", f"1 ({a}) {e} {n}"]
    if style is None:
        style = rng.choices(range(len(forms)), weights=[12, 12, 4, 4, 2, 2, 3, 2, 1, 1, 1])[0]
    return forms[style]


def r(rng, lo, hi):
    return rng.randint(lo, hi)


INTL_PHONE = {
    "zh": lambda g: f"+86-1{r(g, 33, 89)}-{r(g, 1000, 9999)}-{r(g, 1000, 9999)}",
    "ja": lambda g: f"+81 90-{r(g, 1000, 9999)}-{r(g, 1000, 9999)}",
    "ko": lambda g: f"+82-10-{r(g, 1000, 9999)}-{r(g, 1000, 9999)}",
    "ru": lambda g: f"+7 (9{r(g, 10, 99)}) {r(g, 100, 999)}-{r(g, 10, 99)}-{r(g, 10, 99)}",
    "sr": lambda g: f"+381 6{r(g, 0, 9)} {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "ar": lambda g: f"+963 9{r(g, 10, 99)} {r(g, 100, 999)} {r(g, 100, 999)}",
    "ur": lambda g: f"+92 3{r(g, 0, 4)}{r(g, 0, 9)} {r(g, 1000000, 9999999)}",
    "hi": lambda g: f"+91-9{r(g, 1000, 9999)}-{r(g, 10000, 99999)}",
    "pa": lambda g: f"+91 98{r(g, 100, 999)} {r(g, 10000, 99999)}",
    "te": lambda g: f"+91 9{r(g, 100, 999)} {r(g, 100, 999)} {r(g, 100, 999)}",
    "km": lambda g: f"+855 12 {r(g, 100, 999)} {r(g, 100, 999)}",
    "he": lambda g: f"+972-5{r(g, 0, 8)}-{r(g, 100, 999)}-{r(g, 1000, 9999)}",
    "el": lambda g: f"+30 69{r(g, 0, 9)} {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "hy": lambda g: f"+374 9{r(g, 1, 9)} {r(g, 100000, 999999)}",
    "ne": lambda g: f"+977 98{r(g, 10000000, 99999999)}",
    "mn": lambda g: f"+976 99{r(g, 10, 99)} {r(g, 1000, 9999)}",
    "es": lambda g: f"+52 1 {r(g, 22, 99)} {r(g, 1000, 9999)} {r(g, 1000, 9999)}",
    "ca": lambda g: f"+34 6{r(g, 10, 99)} {r(g, 10, 99)} {r(g, 10, 99)} {r(g, 10, 99)}",
    "fi": lambda g: f"+358 40 {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "sv": lambda g: f"+46 70-{r(g, 100, 999)} {r(g, 10, 99)} {r(g, 10, 99)}",
    "is": lambda g: f"+354 {r(g, 600, 899)} {r(g, 1000, 9999)}",
    "pl": lambda g: f"+48 {r(g, 500, 799)} {r(g, 100, 999)} {r(g, 100, 999)}",
    "cs": lambda g: f"+420 {r(g, 600, 799)} {r(g, 100, 999)} {r(g, 100, 999)}",
    "vi": lambda g: f"+84 9{r(g, 0, 9)} {r(g, 100, 999)} {r(g, 10, 99)} {r(g, 10, 99)}",
    "yo": lambda g: f"+234 80{r(g, 2, 9)} {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "mi": lambda g: f"+64 21 {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "ga": lambda g: f"+353 8{r(g, 5, 7)} {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "tl": lambda g: f"+63 9{r(g, 10, 99)} {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "so": lambda g: f"+252 61 {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "af": lambda g: f"+27 8{r(g, 2, 4)} {r(g, 100, 999)} {r(g, 1000, 9999)}",
    "en": lambda g: f"+44 79{r(g, 10, 99)} {r(g, 100000, 999999)}",
}


def intl_postcode(rng: random.Random, origin: str) -> str | None:
    if origin in ("en", "haw"):
        return f"{rng.choice(['LS', 'S'])}{r(rng, 1, 20)} {r(rng, 1, 9)}{rng.choice(LET)}{rng.choice(LET)}"
    if origin == "fr":
        return f"J{r(rng, 1, 9)}{rng.choice('ABCEGHJ')} {r(rng, 1, 9)}{rng.choice('KLMNPR')}{r(rng, 1, 9)}"
    if origin == "pl":
        return f"{r(rng, 10, 99)}-{r(rng, 100, 999)}"
    if origin == "ja":
        return f"{r(rng, 100, 989)}-{r(rng, 0, 9999):04d}"
    if origin in ("hi", "pa", "te"):
        return f"{r(rng, 110, 560)}{r(rng, 0, 999):03d}"
    if origin in ("es", "fi", "ca", "ko"):
        return f"{r(rng, 10000, 99999)}"
    return None


def intl_street(rng: random.Random, origin: str) -> str:
    n = r(rng, 2, 240)
    forms = {
        "es": [f"Calle Hidalgo {n}", f"Carrera {r(rng, 10, 80)} # {r(rng, 10, 99)}-{r(rng, 10, 99)}", f"Av. Juárez {n}"],
        "ca": [f"Carrer de la Riera {n}, {r(rng, 1, 6)}º {r(rng, 1, 4)}ª"],
        "pl": [f"ul. Kwiatowa {n} m. {r(rng, 1, 40)}", f"os. Jagiellońskie {r(rng, 1, 30)}/{r(rng, 1, 60)}"],
        "cs": [f"Nádražní {n}/{r(rng, 1, 40)}"],
        "ja": [f"{r(rng, 1, 9)}-{r(rng, 1, 20)}-{r(rng, 1, 30)} Kita-ku", f"Chūō-ku {r(rng, 1, 9)}-chōme {r(rng, 1, 30)}"],
        "en": [f"{n} Kirkstall Road", f"Flat {r(rng, 1, 12)}, {n} Ecclesall Road"],
        "fr": [f"{n}, rue King Ouest", f"{n} boul. des Forges"],
        "hi": [f"H.No. {n}, Sector {r(rng, 2, 40)}"], "pa": [f"H.No. {n}, Model Town"], "te": [f"{r(rng, 1, 12)}-{n} Hanamkonda"],
        "vi": [f"Số {n} Đường Lạch Tray"], "yo": [f"{n} Ring Road"], "tl": [f"{n} Osmeña Blvd"],
        "ko": [f"Dunsan-ro {n}"], "fi": [f"Hämeenkatu {n} B {r(rng, 1, 40)}"],
    }
    more = {
        "ru": [f"ул. Ленина, д. {n}, кв. {r(rng, 1, 90)}", f"ul. Mira {n}-{r(rng, 1, 90)}"],
        "zh": [f"湖滨南路{n}号", f"Hubin South Road No. {n}"], "ar": [f"Baghdad Street {n}"],
        "ur": [f"House {n}, Street {r(rng, 1, 30)}, Gulberg III"], "sr": [f"Булевар Немањића {n}"],
        "he": [f"רחוב הרצל {n}", f"Herzl St {n}"], "el": [f"Οδός Ερμού {n}", f"Ermou {n}"],
        "km": [f"St. {r(rng, 100, 600)}, No. {n}"], "hy": [f"Tigran Mets {n}, apt {r(rng, 1, 60)}"],
        "ne": [f"Ward No. {r(rng, 1, 30)}, Lakeside-{n}"], "mn": [f"{r(rng, 1, 20)}-r khoroo, bair {n}"],
        "so": [f"Maka Al-Mukarama Rd {n}"], "ga": [f"{n} Shop Street"], "mi": [f"{n} Fenton Street"],
        "af": [f"{n} Dorp Street"], "sv": [f"Storgatan {n}"], "is": [f"Hafnarstræti {n}"],
    }
    return rng.choice(forms.get(origin) or more.get(origin) or [f"{n} Station Road"])


def ssn_digits(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def make_dea(rng: random.Random, family: str, cred: str) -> str:
    first = rng.choice("ABF") if cred not in ("NP", "PA-C", "FNP-BC", "AGACNP-BC", "NP-C") else "M"
    ini = fold(family.replace("'", "").replace(" ", ""))[:1].upper()
    second = ini if ini.isalpha() else "9"
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    out = first + second + "".join(map(str, d)) + str(chk)
    assert dea_valid(out), out
    return out


def make_npi(rng: random.Random) -> str:
    base = rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + str(luhn_check_digit("80840" + base))


VIN_WMI = ["1FT", "1GC", "2HG", "3FA", "5NP", "JN1", "KNA", "WDD", "YV1", "1C4", "4S4", "SAL", "2GN", "3GN"]


def make_vin(rng: random.Random) -> str:
    body = rng.choice(VIN_WMI) + "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("BCDEFGHJKLMNPRS")
    tail = rng.choice(VIN_CHARS) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = body + "0" + year + tail
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_valid(v), v
    return v


def make_plate(rng: random.Random) -> str:
    a3 = "".join(rng.choice(LET) for _ in range(3))
    return rng.choice([f"{a3}-{r(rng, 1000, 9999)}", f"{r(rng, 1, 9)}{a3}{r(rng, 100, 999)}", f"{r(rng, 100, 999)} {a3}",
                       f"{a3}{r(rng, 10, 99)}{rng.choice(LET)}", f"{rng.choice(LET)}{rng.choice(LET)}-{r(rng, 1000, 9999)}",
                       f"{r(rng, 100, 999)}-{rng.choice(LET)}{rng.choice(LET)}{rng.choice(LET)}"])


def make_mbi(rng: random.Random) -> str:
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    c = [str(r(rng, 1, 9)), rng.choice(A), rng.choice(AN), str(r(rng, 0, 9)), rng.choice(A), rng.choice(AN),
         str(r(rng, 0, 9)), rng.choice(A), rng.choice(A), str(r(rng, 0, 9)), str(r(rng, 0, 9))]
    s = "".join(c)
    return rng.choice([s, s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def make_device(rng: random.Random, kind: str) -> str:
    A = lambda n: "".join(rng.choice(LET) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    AN = lambda n: "".join(rng.choice(LET + "0123456789") for _ in range(n))  # noqa: E731
    return {
        "pm": lambda: rng.choice([f"{A(3)}{D(6)}{A(1)}", f"{A(2)}{D(7)}", f"{D(6)}{A(1)}{D(2)}"]),
        "pump": lambda: rng.choice([f"NG{D(7)}H", f"{A(1)}{D(8)}", f"{D(3)}-{D(5)}"]),
        "cgm": lambda: rng.choice([f"{D(1)}{A(2)}{AN(3)}", f"{AN(6)}", f"0{A(1)}{D(2)}{A(2)}{D(4)}"]),
        "cpap": lambda: rng.choice([f"{D(11)}", f"{D(2)}{A(1)}{D(7)}", f"TR{D(6)}{A(2)}"]),
        "hear": lambda: rng.choice([f"{D(10)}", f"{D(4)}-{D(5)}"]),
        "lvad": lambda: rng.choice([f"MLP{D(6)}", f"HM3-{D(5)}"]),
        "o2": lambda: rng.choice([f"IC{D(9)}", f"{A(3)}{D(7)}"]),
        "chair": lambda: rng.choice([f"PM{D(2)}-{D(5)}", f"{A(2)}{D(8)}"]),
        "stim": lambda: rng.choice([f"{A(3)}{D(6)}{A(1)}", f"{D(7)}"]),
        "phone": lambda: f"35{D(6)} {D(6)} {D(1)}",
    }[kind]()


def make_ip4(rng: random.Random) -> str:
    return ".".join(str(x) for x in [rng.choice([64, 66, 69, 75, 76, 97, 100, 108, 162, 173, 198, 209]),
                                     r(rng, 0, 255), r(rng, 0, 255), r(rng, 2, 254)])


def make_ip6(rng: random.Random) -> str:
    g = rng.choice(["2607:fb90", "2600:1700", "2603:6010", "2001:48f8", "2a01:4f8", "2600:387"]).split(":")
    g += [f"{r(rng, 0, 0xFFFF):x}" for _ in range(8 - len(g))]
    if rng.random() < 0.55:
        i = r(rng, 2, 4)
        return ":".join(g[:i]) + "::" + ":".join(g[i + 2:])
    return ":".join(g)


# ======================================================================================
# People and patients
# ======================================================================================

@dataclass
class Person:
    given: str
    family: str
    sex: str
    kind: str  # NAME or PROVIDER_NAME
    origin: str = "en"
    middle: str | None = None
    ngiven: str | None = None
    nfamily: str | None = None
    base_family: str = ""
    role: str = ""
    cred: str = ""
    phone: str = ""
    email: str = ""
    age: int = 0
    known: bool = True
    ids: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def native_full(self) -> str | None:
        if not self.ngiven:
            return None
        if self.origin in NO_SPACE:
            return f"{self.nfamily}{self.ngiven}"
        return f"{self.ngiven} {self.nfamily}"

    def human_name(self) -> list[dict]:
        given = [self.given] + ([self.middle] if self.middle else [])
        out = [{"text": " ".join(given + [self.family]), "family": self.family, "given": given}]
        if self.ngiven:
            out.append({"text": self.native_full, "family": self.nfamily, "given": [self.ngiven]})
        return out


def inflect(origin: str, sex: str, base: str) -> str:
    """Family names that change with sex (Czech, Polish)."""
    if origin == "cs" and sex == "F":
        if base.endswith("ek"):
            return base[:-2] + "ková"
        if base.endswith("ý"):
            return base[:-1] + "á"
        if base.endswith("a"):
            return base[:-1] + "ová"
        return base + "ová"
    if origin == "pl" and sex == "F" and base.endswith(("ski", "cki")):
        return base[:-1] + "a"
    return base


def inflect_native(origin: str, sex: str, n: str, rom: str) -> tuple[str, str]:
    if origin == "ru":
        if sex == "F" and n.endswith(("ов", "ев", "ин")):
            return n + "а", rom + "a"
        if sex == "M" and n.endswith(("ова", "ева", "ина")):
            return n[:-1], rom[:-1]
    if origin == "pa":
        return ("ਕੌਰ", "Kaur") if sex == "F" else ("ਸਿੰਘ", "Singh")
    return n, rom


class World:
    def person(self, rng: random.Random, kind: str, sex: str | None = None, origin: str | None = None,
               same_as: Person | None = None, wordy: float = 0.0, avoid: tuple = ()) -> Person:
        sex = sex or rng.choice("FM")
        if origin is None:
            origin = rng.choices(["en", "lat", "nat"], weights=[55, 25, 20])[0]
        if origin == "nat":
            origin = rng.choice(sorted({n[0] for n in NATIVE}))
        if origin == "lat":
            origin = rng.choice(sorted(LATIN))
        nat = [n for n in NATIVE if n[0] == origin]
        if nat:
            cands = [n for n in nat if n[1] == sex and n[4] not in avoid]
            if not cands and same_as is not None:  # e.g. a US-born relative with an English given name
                pool = GIVEN_F if sex == "F" else GIVEN_M
                fam = inflect_native(origin, sex, same_as.nfamily or "", same_as.family)[1]
                return Person(rng.choice(pool), fam, sex, kind, origin="en", base_family=fam)
            if not cands:  # the origin's pool is used up: someone from an English-speaking family
                return self.person(rng, kind, sex=sex, origin="en", wordy=wordy, avoid=avoid)
            o, _s, ng, nf, rg, rf = rng.choice(cands)
            if same_as is not None and same_as.nfamily:
                nf, rf = inflect_native(o, sex, same_as.nfamily, same_as.family)
            else:
                nf, rf = inflect_native(o, sex, nf, rf)
            return Person(rg, rf, sex, kind, origin=o, ngiven=ng, nfamily=nf, base_family=rf)
        if origin in LATIN:
            gf, gm, fam = LATIN[origin]
            pool = gf if sex == "F" else gm
            given = rng.choice([g for g in pool if g not in avoid] or pool)
            if isinstance(fam, dict):  # patronymics: never shared
                base = rng.choice(fam[sex])
                return Person(given, base, sex, kind, origin=origin, base_family=base)
            base = same_as.base_family if same_as is not None else rng.choice(fam)
            if origin == "es" and same_as is None and rng.random() < 0.3:
                base = f"{base} {rng.choice([f for f in fam if f != base])}"
            return Person(given, inflect(origin, sex, base), sex, kind, origin=origin, base_family=base)
        pool = GIVEN_F if sex == "F" else GIVEN_M
        given = rng.choice([g for g in pool if g not in avoid])
        fam = same_as.base_family if same_as is not None else rng.choice(FAMILY)
        if rng.random() < wordy:
            x = rng.random()
            if x < 0.4:
                given = rng.choice(WORD_GIVEN[sex])
            elif same_as is None and x < 0.75:
                fam = rng.choice(WORD_FAMILY)
            elif same_as is None:
                fam = rng.choice(EPONYM_FAMILY)
        middle = None
        if rng.random() < 0.3:
            middle = rng.choice(pool)
            if middle == given:
                middle = None
        return Person(given, fam, sex, kind, origin="en", middle=middle, base_family=fam)

    @staticmethod
    def street(rng: random.Random) -> str:
        form = rng.choices(["plain", "queens", "half", "route", "fm"], weights=[85, 4, 3, 5, 3])[0]
        base = rng.choice(STREETS)
        typ = rng.choice(STREET_TYPES)
        if form == "queens":
            return f"{r(rng, 30, 250)}-{r(rng, 10, 99)} {base} {typ}"
        if form == "half":
            return f"{r(rng, 10, 999)}½ {base} {typ}"
        if form == "route":
            return f"{r(rng, 1000, 29999)} {rng.choice(['State Route', 'SR', 'US Hwy', 'Highway'])} {r(rng, 2, 199)}"
        if form == "fm":
            return f"{r(rng, 100, 9999)} FM {r(rng, 300, 3200)}"
        num = rng.choice([r(rng, 1, 99), r(rng, 100, 999), r(rng, 1000, 9999), r(rng, 10000, 39999)])
        if rng.random() < 0.3:
            base = f"{rng.choice(['N.', 'S.', 'E.', 'W.', 'North', 'South', 'NE', 'SW'])} {base}"
        return f"{num} {base} {typ}"

    @staticmethod
    def unit(rng: random.Random) -> str | None:
        if rng.random() < 0.55:
            return None
        return rng.choice([f"Apt {r(rng, 1, 9)}{rng.choice('RLFBC')}", f"#{r(rng, 2, 40)}{rng.choice(['', 'B', 'D'])}",
                           f"Unit {rng.choice('ABCDEFG')}", f"Apartment {r(rng, 2, 120)}", f"Apt. {r(rng, 1, 6)}-{rng.choice('ABCDEF')}",
                           f"Ste. {r(rng, 101, 460)}", "Rear", f"{th(r(rng, 2, 5))} Floor"])

    def address(self, rng: random.Random) -> dict:
        x = rng.random()
        if x < 0.04:
            line = [f"{rng.choice(['PO Box', 'P.O. Drawer', 'PO Box'])} {r(rng, 10, 9999)}"]
        elif x < 0.06:
            line = [f"PSC {r(rng, 100, 999)} Box {r(rng, 1000, 9999)}"]
            return {"line": line, "city": "APO", "state": "AE", "postalCode": f"09{r(rng, 100, 999)}"}
        else:
            line = [self.street(rng)]
            u = self.unit(rng)
            if u:
                line.append(u)
        city = rng.choice(CITY_NAMES)
        z = f"{r(rng, 1001, 99929):05d}"
        if CITIES[city] == "PR":
            z = f"00{r(rng, 601, 988)}"
        if rng.random() < 0.3:
            z += f"-{r(rng, 1, 9999):04d}"
        return {"line": line, "city": city, "state": CITIES[city], "postalCode": z}

    @staticmethod
    def email_for(rng: random.Random, p: Person) -> str:
        g = re.sub(r"[^a-z]", "", fold(p.given).lower()) or "pt"
        f = re.sub(r"[^a-z]", "", fold(p.family).lower()) or "x"
        yy = r(rng, 40, 99) if rng.random() < 0.5 else r(rng, 1, 29)
        local = rng.choice([f"{g}{f[:3]}{yy}", f"{f}.{g[0]}", f"{g}_{yy}", f"{g}.{f}{r(rng, 1, 9)}",
                            f"{g[:1]}{g[-1:]}{f}", f"{f}{g}", f"the{g}{f[:1]}", f"{g}-{f}"])
        dom = EMAIL_DOMAINS_INTL.get(p.origin) if rng.random() < 0.6 else None
        return f"{local}@{dom or rng.choice(EMAIL_DOMAINS)}"


# clinician key -> (role in the patient object, credential choices, physician?)
CLIN = {
    "ed": ("emergency physician", ["MD", "DO", "MD"], True),
    "res": ("resident physician", ["MD", "DO"], True),
    "pcp": ("primary care", ["MD", "DO", "MD", "MBBS"], True),
    "att": ("attending", ["MD", "DO", "MD"], True),
    "cons": ("consultant", ["MD", "MD", "DO", "MBBS"], True),
    "surg": ("surgeon", ["MD", "DO", "MD, FACS"], True),
    "anes": ("anesthesiologist", ["MD", "DO"], True),
    "rn": ("nurse", ["RN", "RN, BSN", "RN, CEN", "RN, CCRN"], False),
    "rn2": ("nurse", ["RN", "LPN", "RN, BSN"], False),
    "rph": ("pharmacist", ["PharmD", "PharmD, BCPS", "RPh"], False),
    "sw": ("social worker", ["LCSW", "LICSW", "LMSW"], False),
    "cm": ("case manager", ["RN, CCM", "RN", "LSW"], False),
    "ther": ("therapist", ["PT, DPT", "OTR/L", "CCC-SLP"], False),
    "np": ("nurse practitioner", ["FNP-BC", "AGACNP-BC", "NP-C"], False),
    "pa": ("physician assistant", ["PA-C"], False),
    "hh": ("home health nurse", ["RN", "LPN", "RN, BSN"], False),
    "cov": ("covering", ["MD", "DO", "NP-C"], True),
}


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
    member: str
    group: str
    mbi: str
    medicaid: str
    acct: str
    dl: str
    relatives: list[Person]
    clin: dict
    others: list[Person]


KIN_ADULT = {"wife": "F", "husband": "M", "spouse": "", "daughter": "F", "son": "M", "sister": "F", "brother": "M",
             "granddaughter": "F", "grandson": "M", "niece": "F", "nephew": "M", "partner": "", "girlfriend": "F",
             "boyfriend": "M", "daughter-in-law": "F", "stepson": "M", "cousin": "", "mother": "F", "father": "M"}
KIN_CHILD = {"mother": "F", "father": "M", "grandmother": "F", "grandfather": "M", "aunt": "F", "uncle": "M",
             "foster mother": "F", "stepfather": "M", "older sister": "F"}
KIN_SHARE = {"wife", "husband", "spouse", "daughter", "son", "sister", "brother", "granddaughter", "grandson",
             "mother", "father", "grandmother", "grandfather", "older sister", "uncle"}
KIN_OLDER = {"mother", "father", "grandmother", "grandfather", "aunt", "uncle", "foster mother", "stepfather"}
OTHER_ROLES = ["neighbor", "landlord", "coworker", "friend", "pastor", "roommate", "building manager", "ex-wife",
               "church friend", "supervisor", "neighbor", "friend"]


def make_mrn(rng: random.Random) -> str:
    n = rng.randint(10000, 9999999)
    return rng.choice([f"{n:09d}", f"{n // 1000:06d}-{n % 1000:03d}", f"K{n:07d}", f"{n % 1000000:06d}",
                       f"{n % 100:02d}-{n // 100 % 100:02d}-{n // 10000 % 100:02d}", f"HX{n:07d}",
                       f"{r(rng, 1, 9)}{n:07d}"])


def make_patient(world: World, rng: random.Random, visit: dt.date, ages: tuple[int, int] | None,
                 foreign: bool = False) -> Patient:
    sex = rng.choice("FM")
    if ages:
        age = r(rng, *ages)
        if ages[1] > 89 and rng.random() < 0.3:
            age = r(rng, 90, max(90, min(ages[1], 106)))
    else:
        age = rng.choices([r(rng, 18, 64), r(rng, 65, 89), r(rng, 90, 106)], weights=[40, 34, 26])[0]
    origin = None
    if foreign:
        origin = rng.choice([o for o in sorted(set(LATIN) | {n[0] for n in NATIVE}) if o != "haw"])
    person = world.person(rng, "NAME", sex=sex, wordy=0.22, origin=origin)
    dob = visit - dt.timedelta(days=age * 365 + age // 4 + r(rng, 5, 355))
    phones = [fmt_phone(rng, phone_digits(rng), 0)]
    if rng.random() < 0.5:
        phones.append(fmt_phone(rng, phone_digits(rng), 0))
    person.phone, person.age = phones[0], age
    person.email = world.email_for(rng, person)
    D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    A = lambda n: "".join(rng.choice(LET) for _ in range(n))  # noqa: E731
    member = rng.choice([f"{A(3)}{D(3)}{A(2)}{D(4)}", f"U{D(10)}", f"{A(1)}{D(8)}{A(1)}", f"{D(3)}-{D(2)}-{D(4)}-{D(2)}",
                         f"{A(2)}{D(9)}", f"H{D(8)}"])
    group = rng.choice([f"{D(7)}-{D(4)}", f"ASO-{D(5)}", f"{D(5)}{A(1)}", f"GR {D(6)}"])
    medicaid = rng.choice([f"{A(2)}{D(5)}{A(1)}", f"{D(9)}{A(1)}", f"{D(12)}", f"{D(2)} {D(4)} {D(4)}"])
    acct = rng.choice([f"{D(10)}", f"A{D(9)}", f"BA-{D(8)}", f"{D(2)}-{D(7)}", f"{D(4)}.{D(6)}"])
    dl = rng.choice([D(8), f"WDL{''.join(rng.choice(LET + '0123456789') for _ in range(9))}",
                     f"{A(1)}{D(4)} {D(5)} {D(5)}", f"{A(1)} {D(3)} {D(3)} {D(3)} {D(3)}", f"{D(2)} {D(3)} {D(3)}",
                     f"{A(1)}{D(12)}"])
    # relatives
    kinmap = KIN_CHILD if age < 18 else KIN_ADULT
    rels: list[Person] = []
    used_roles: set[str] = set()
    for _ in range(rng.choice([2, 3, 3])):
        role = rng.choice([k for k in sorted(kinmap) if k not in used_roles])
        if age >= 70 and role in ("mother", "father"):
            role = rng.choice(["daughter", "son", "niece"])
        if role in used_roles:
            continue
        used_roles.add(role)
        rsex = kinmap[role] or rng.choice("FM")
        same = role in KIN_SHARE and rng.random() < 0.65
        if same:
            orig = person.origin
        elif person.origin != "en" and rng.random() < 0.75:
            orig = person.origin
        else:
            orig = "en" if rng.random() < 0.8 else None
        rp = world.person(rng, "NAME", sex=rsex, origin=orig, same_as=person if same else None, wordy=0.25,
                          avoid=(person.given, *[x.given for x in rels]))
        rp.role = role
        if person.ngiven and rng.random() < 0.4 or (person.origin in INTL_PHONE and person.origin != "en"
                                                     and rng.random() < 0.15):
            rp.phone = INTL_PHONE.get(person.origin, INTL_PHONE["en"])(rng)
        else:
            rp.phone = fmt_phone(rng, phone_digits(rng), 0)
        rp.email = world.email_for(rng, rp)
        if role in KIN_OLDER:
            rp.age = min(age + r(rng, 18, 38), 104)
        elif role == "older sister":
            rp.age = age + r(rng, 2, 8)
        elif role.startswith("grand"):
            rp.age = max(1, age - r(rng, 40, 66))
        elif role in ("daughter", "son", "niece", "nephew", "daughter-in-law", "stepson"):
            rp.age = max(1, age - r(rng, 19, max(20, min(45, age - 16))))
        else:
            rp.age = max(18, age + r(rng, -9, 9))
        rels.append(rp)
    # clinicians
    clin: dict[str, Person] = {}
    seen: set[str] = {person.family}
    taken = {person.given} | {x.given for x in rels}
    for key in CLIN:
        role, creds, _ = CLIN[key]
        for attempt in range(30):
            c = world.person(rng, "PROVIDER_NAME", wordy=0.15,
                             origin=person.origin if (foreign and key == "cov" and attempt < 10) else
                             rng.choices(["en", "lat", "nat"], weights=[62, 20, 18])[0])
            if c.family not in seen and c.given not in taken:
                break
        seen.add(c.family)
        taken.add(c.given)
        c.role, c.cred = role, rng.choice(creds)
        c.known = key != "cov"
        c.phone = fmt_phone(rng, phone_digits(rng), 1)
        g = re.sub(r"[^a-z]", "", fold(c.given).lower())
        f = re.sub(r"[^a-z]", "", fold(c.family).lower())
        c.email = rng.choice([f"{g[0]}{f}", f"{g}.{f}", f"{f}{g[0]}{r(rng, 1, 9)}"]) + "@" + rng.choice(ORG_DOMAINS)
        c.ids = {"npi": make_npi(rng), "dea": make_dea(rng, c.family, c.cred), "lic": prof_license(rng, c.cred)}
        clin[key] = c
    others = []
    for role in rng.sample(OTHER_ROLES, 2) + ["", "", "", ""]:  # two known contacts, four incidental people
        o = world.person(rng, "NAME", wordy=0.25, sex="F" if role == "ex-wife" else None)
        o.role = role
        o.phone = fmt_phone(rng, phone_digits(rng), 1)
        o.email = world.email_for(rng, o)
        o.age = r(rng, 25, 80) if rng.random() < 0.85 else r(rng, 90, 99)
        others.append(o)
    return Patient(person=person, age=age, dob=dob, mrn=make_mrn(rng), ssn=ssn_digits(rng), phones=phones,
                   email=person.email, address=world.address(rng), member=member, group=group, mbi=make_mbi(rng),
                   medicaid=medicaid, acct=acct, dl=dl, relatives=rels, clin=clin, others=others)


def prof_license(rng: random.Random, cred: str) -> str:
    st = rng.choice(["WI", "IN", "TX", "OH", "IA", "MN", "IL", "AZ"])
    n = r(rng, 10000, 9999999)
    if cred.startswith(("MD", "DO", "MBBS")):
        return rng.choice([f"MD-{n:07d}", f"{st} {rng.choice('ACG')}{n % 100000:05d}", f"{n % 1000000}-20", f"DR.{n:07d}"])
    if "PharmD" in cred or cred == "RPh":
        return rng.choice([f"RPH.{n:07d}", f"{st}-PH{n % 100000:05d}"])
    if cred.startswith(("RN", "LPN")) or "RN" in cred:
        return rng.choice([f"RN{n:07d}", f"{st} RN {n % 1000000:06d}", f"LPN-{n % 100000:05d}" if "LPN" in cred else f"R{n:07d}"])
    return rng.choice([f"{st}-{n % 1000000:06d}", f"{n % 100000:05d}-{rng.choice(['SW', 'NP', 'PA', 'PT'])}"])


def patient_object(pt: Patient) -> dict:
    a = pt.address
    return {
        "names": pt.person.human_name(),
        "mrn": pt.mrn,
        "phones": pt.phones,
        "emails": [pt.email],
        "address": {"line": list(a["line"]), "city": a["city"], "state": a["state"], "postalCode": a["postalCode"]},
        "birthDate": pt.dob.isoformat(),
        "relatives": [{"relationship": p.role, "names": p.human_name(), "phones": [p.phone]} for p in pt.relatives],
        "clinicians": [{"role": c.role, "names": c.human_name(), "credential": c.cred}
                       for c in pt.clin.values() if c.known],
    }


# ======================================================================================
# Rendering
# ======================================================================================

SLOT = re.compile(r"\{([^{}]+)\}")
Piece = tuple[str, "str | None"]


def spelled(n: int) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
    if n >= 100:
        return "one hundred" + ("" if n == 100 else " " + spelled(n - 100))
    if n < 20:
        return (ones + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                        "eighteen", "nineteen"])[n]
    return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])


class Ctx:
    def __init__(self, world: World, rng: random.Random, pt: Patient, visit: dt.date, fam: dict) -> None:
        self.world, self.rng, self.pt, self.visit, self.fam = world, rng, pt, visit, fam
        self.adm = visit - dt.timedelta(days=r(rng, 1, 11))
        self.people: dict[str, Person] = {"pt": pt.person}
        for i in range(3):
            self.people[f"k{i + 1}"] = pt.relatives[i % len(pt.relatives)]
        for i, o in enumerate(pt.others, 1):
            self.people[f"x{i}"] = o
        self.hosp = rng.choice(HOSPITALS)
        self.clinic = rng.choice(CLINICS)
        for i, key in enumerate(fam["clinicians"], 1):
            self.people[f"c{i}"] = pt.clin[key]
        self.people["cov"] = pt.clin["cov"]
        self.clinic_addr = world.address(rng)
        self.clinic_phone = phone_digits(rng)
        self.clinic_fax = phone_digits(rng)
        self.clock = r(rng, 5 * 60, 17 * 60)
        self.rendered_words: list[str] = []
        self.words_done: set[str] = set()
        self.pool_used: dict[str, set[int]] = {}
        self.last: dict[str, str] = {}
        self.extra_addr: dict[str, dict] = {}

    # ---- people ---------------------------------------------------------------------
    def title(self, p: Person) -> str:
        rng = self.rng
        if p.kind == "PROVIDER_NAME":
            return rng.choice(["Dr.", "Dr.", "Dr"]) if self.is_doc(p) else ""
        if p.sex == "F":
            return rng.choice(["Ms.", "Mrs.", "Ms", "Miss", "Ms."])
        return rng.choice(["Mr.", "Mr.", "Mr"])

    @staticmethod
    def is_doc(p: Person) -> bool:
        return p.cred.startswith(("MD", "DO", "MBBS"))

    def any_style(self, who: str, p: Person) -> str:
        rng = self.rng
        if p.kind == "PROVIDER_NAME":
            opts = {"dr": 22, "drfull": 12, "full": 14, "sig": 4, "last": 3, "init": 6, "inits": 2, "caps": 3,
                    "low": 1, "first": 3, "ginit": 3, "lfcred": 2}
        else:
            child = who == "pt" and self.pt.age < 18
            opts = {"ttl": 0 if child else 18, "first": 14 if child else 9, "full": 15, "last": 2, "caps": 3,
                    "low": 3, "lowfirst": 4, "init": 3, "ginit": 3, "gmf": 3, "nick": 3, "Lf": 2, "fm": 2}
            if p.ngiven:
                opts.update({"nat": 24, "both": 8, "nboth": 6, "natfirst": 5, "famfirst": 3, "natlast": 2})
            if who != "pt":
                opts["ttl"] = 6
                opts["first"] = 14
        keys = list(opts)
        return rng.choices(keys, weights=[opts[k] for k in keys])[0]

    def name(self, who: str, style: str) -> list[Piece]:
        p = self.people[who]
        rng = self.rng
        T = p.kind
        if style == "rel":
            return [(p.role, None)]
        if style == "cred":
            return [(p.cred, None)]
        if style == "any":
            style = self.any_style(who, p)
        elif p.ngiven and style in ("full", "first", "ttl", "Lf", "ttlfull") and rng.random() < 0.3:
            style = rng.choice(["nat", "nat", "both", "nboth", "natfirst"])  # charted in the person's own script
        for part in (p.given, p.family, p.middle or ""):
            if part in TA.WORD_SENTENCES and part not in self.rendered_words:
                self.rendered_words.append(part)
        child = who == "pt" and self.pt.age < 18
        mid = p.middle
        match style:
            case "full":
                return [(p.full, T)]
            case "gmf":
                return [(f"{p.given} {mid} {p.family}" if mid else p.full, T)]
            case "fm":
                return [(f"{p.given} {mid[0]}. {p.family}" if mid else p.full, T)]
            case "first":
                return [(p.given, T)]
            case "last":
                return [(p.family, T)]
            case "nick":
                return [(NICK.get(p.given, p.given), T)]
            case "ttl":
                if child:
                    return [(p.given, T)]
                t = self.title(p)
                return ([(t + " ", None)] if t else []) + [(p.family, T)]
            case "ttlfull":
                t = self.title(p)
                return ([(t + " ", None)] if t and not child else []) + [(p.full, T)]
            case "LF":
                out = [(p.family.upper(), T), (rng.choice([", ", ","]), None), (p.given.upper(), T)]
                if mid and rng.random() < 0.6:
                    out += [(" ", None), (mid[0], T)]
                return out
            case "Lf":
                return [(p.family, T), (", ", None), (p.given, T)]
            case "band":
                return [(f"{p.family.upper()} {p.given.upper()}", T)]
            case "caps":
                return [(p.full.upper(), T)]
            case "lastcaps":
                return [(p.family.upper(), T)]
            case "low":
                return [(p.full.lower(), T)]
            case "lowfirst":
                return [(p.given.lower(), T)]
            case "init":
                return [(f"{p.given[0]}. {p.family}", T)]
            case "ginit":
                return [(f"{p.given} {fold(p.family)[0].upper()}.", T)]
            case "inits":
                parts = [p.given] + re.split(r"[\s\-]+", p.family)
                return [("".join(fold(x)[0].upper() + "." for x in parts if x), T)]
            case "poss":
                return [(p.family, T), ("'s", None)]
            case "fposs":
                return [(p.given, T), ("'s", None)]
            case "nat":
                return [(p.native_full or p.full, T)]
            case "natfirst":
                return [(p.ngiven or p.given, T)]
            case "natlast":
                return [(p.nfamily or p.family, T)]
            case "pnat":  # " (name in its own script)" when there is one, else nothing
                if p.ngiven:
                    return [(" (", None), (p.native_full, T), (")", None)]
                return []
            case "both":
                if p.ngiven:
                    return [(p.full, T), (" (", None), (p.native_full, T), (")", None)]
                return [(p.full, T)]
            case "nboth":
                if p.ngiven:
                    return [(p.native_full, T), (" / ", None), (p.full, T)]
                return [(p.full, T)]
            case "famfirst":
                if p.origin in FAMILY_FIRST or p.ngiven:
                    return [(f"{p.family.upper()} {p.given}", T)]
                return [(p.family.upper(), T), (", ", None), (p.given, T)]
            case "sig":
                nm = f"{p.given} {mid[0]}. {p.family}" if (mid and rng.random() < 0.5) else p.full
                return [(nm, T), (f", {p.cred}", None)]
            case "sigcaps":
                return [(p.full.upper(), T), (f" {p.cred.upper()}", None)]
            case "dr":
                if self.is_doc(p):
                    return [(rng.choice(["Dr. ", "Dr. ", "Dr "]), None), (p.family, T)]
                return [(p.full, T), (f", {p.cred}", None)]
            case "drfull":
                if self.is_doc(p):
                    return [("Dr. ", None), (p.full, T)]
                return [(p.full, T), (f" {p.cred}", None)]
            case "lfcred":
                return [(p.family, T), (", ", None), (p.given, T), (f" {p.cred}", None)]
        raise ValueError(f"name style {style}")

    # ---- dates ----------------------------------------------------------------------
    def date_of(self, kind: str) -> dt.date:
        rng, v = self.rng, self.visit
        return {
            "now": lambda: v, "dc": lambda: v, "dod": lambda: v, "adm": lambda: self.adm,
            "proc": lambda: self.adm + dt.timedelta(days=1), "dob": lambda: self.pt.dob,
            "past": lambda: v - dt.timedelta(days=r(rng, 40, 3600)),
            "recent": lambda: v - dt.timedelta(days=r(rng, 1, 30)),
            "soon": lambda: v + dt.timedelta(days=r(rng, 3, 110)),
        }[kind]()

    def date(self, kind: str, style: str | None) -> list[Piece]:
        rng = self.rng
        d = self.date_of(kind)
        if style == "dt":
            return fmt_datetime(rng, d)
        if style == "intl":
            return [(fmt_date_intl(rng, d, self.pt.person.origin), "DATE")]
        if style == "wd":  # weekday outside the span
            if rng.random() < 0.5:
                return [(DAY_SHORT[d.weekday()] + " ", None), (fmt_date(d, rng.choice(["md", "mdy", "mdY"])), "DATE")]
            return [(DAYS[d.weekday()] + ", ", None), (fmt_date(d, rng.choice(["MonthdY", "Monthd", "dMonthY"])), "DATE")]
        if style in (None, "full", "ny", "my"):
            pool = {None: list(DATE_STYLES), "full": FULL_STYLES,
                    "ny": [s for s, (y, dd) in DATE_STYLES.items() if not y],
                    "my": [s for s, (y, dd) in DATE_STYLES.items() if not dd]}[style]
            if kind == "dob":
                pool = [s for s in pool if s in FULL_STYLES] or FULL_STYLES
            style = rng.choices(pool, weights=[DATE_WEIGHTS[s] for s in pool])[0]
        return [(fmt_date(d, style), "DATE")]

    # ---- ages -----------------------------------------------------------------------
    def age(self, years: int, style: str | None, sex: str) -> list[Piece]:
        rng = self.rng
        tag = "AGE_OVER_89" if years > 89 else "KEEP:age"
        n = years
        if style is None or style == "adj":
            form = rng.choices(range(8), weights=[10, 5, 3, 3, 2, 2, 1, 1])[0]
            return [([f"{n}-year-old", f"{n} y/o", f"{n}yo", f"{n} yo", f"{n}-yo", f"{n} year old", f"{n}-y.o.",
                      f"{spelled(n)}-year-old"][form], tag)]
        if style == "short":
            form = rng.randrange(4)
            if form == 0:
                return [(f"{n}{sex}", tag)]
            if form == 1:
                return [(f"{n}", tag), (f" {sex}", None)]
            if form == 2:
                return [(f"{n}y", tag), (f" {sex}", None)]
            return [(f"{n}{sex.lower()}", tag)]
        if style == "num":
            return [(str(n), tag)]
        if style == "pred":
            form = rng.randrange(5)
            return [[(f"{n} years", tag), (" of age", None)], [(f"{n} years old", tag)], [("aged ", None), (str(n), tag)],
                    [(f"{n} yrs", tag)], [("age ", None), (str(n), tag)]][form]
        if style == "paren":
            return [("(", None), (str(n), tag), (")", None)]
        raise ValueError(style)

    # ---- identifiers ----------------------------------------------------------------
    def phone_of(self, who: str) -> str:
        rng = self.rng
        if who == "pt":
            return fmt_phone(rng, re.sub(r"\D", "", rng.choice(self.pt.phones)))
        if who == "clinic":
            return fmt_phone(rng, self.clinic_phone)
        if who == "new":
            return fmt_phone(rng, phone_digits(rng))
        if who == "intl":
            return INTL_PHONE.get(self.pt.person.origin, INTL_PHONE["en"])(rng)
        p = self.people[who]
        if p.phone.startswith("+") and not p.phone.startswith("+1"):
            return p.phone
        return fmt_phone(rng, re.sub(r"\D", "", p.phone)[-10:])

    def addr_of(self, who: str) -> dict:
        if who in ("", "pt"):
            return self.pt.address
        if who == "clinic":
            return self.clinic_addr
        if who not in self.extra_addr:
            a = self.world.address(self.rng)
            while a["city"] == "APO":
                a = self.world.address(self.rng)
            self.extra_addr[who] = a
        return self.extra_addr[who]

    def address(self, head: str, who: str) -> list[Piece]:
        rng = self.rng
        a = self.addr_of(who)
        if head == "city":
            return [(a["city"], "CITY")]
        if head == "zip":
            return [(a["postalCode"], "ZIP")]
        if head == "st":
            return [(a["state"], None)]
        line = a["line"]
        street: list[Piece] = [(line[0], "ADDRESS")]
        if len(line) > 1:
            street += [(rng.choice([", ", " ", ", "]), None), (line[1], "ADDRESS")]
        if head == "addr":
            return street
        state = a["state"]
        if rng.random() < 0.12 and state in STATE_LONG:
            state = STATE_LONG[state]
        if a["city"] == "APO":  # military mail: APO is not a city
            return street + [(f", APO {a['state']} ", None), (a["postalCode"], "ZIP")]
        if head == "full":
            sep = rng.choice([(", ", f", {state} "), (", ", f" {state} "), (" ", f", {state}, ")])
            return street + [(sep[0], None), (a["city"], "CITY"), (sep[1], None), (a["postalCode"], "ZIP")]
        if head == "block":
            if rng.random() < 0.3:
                return ([(x.upper(), t) for x, t in street] + [("\n", None), (a["city"].upper(), "CITY"),
                                                              (f" {a['state']} ", None), (a["postalCode"], "ZIP")])
            return street + [("\n", None), (a["city"], "CITY"), (f", {state}  ", None), (a["postalCode"], "ZIP")]
        raise ValueError(head)

    def intl_place(self, head: str) -> list[Piece]:
        rng = self.rng
        o = self.pt.person.origin
        city, native = rng.choice(INTL_CITIES.get(o, INTL_CITIES["en"]))
        if head == "icity":
            if native and rng.random() < 0.35:
                return [(native, "CITY")]
            return [(city, "CITY")]
        pc = intl_postcode(rng, o)
        out: list[Piece] = [(intl_street(rng, o), "ADDRESS"), (", ", None)]
        if pc and o in ("pl", "es", "fi", "ca", "ko"):
            out += [(pc, "ZIP"), (" ", None), (city, "CITY")]
        elif pc:
            out += [(city, "CITY"), (" ", None), (pc, "ZIP")]
        else:
            out += [(city, "CITY")]
        return out + [(f", {COUNTRY.get(o, 'England')}", None)]

    def ident(self, head: str, arg: str) -> list[Piece]:
        rng, pt = self.rng, self.pt
        D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
        A = lambda n: "".join(rng.choice(LET) for _ in range(n))  # noqa: E731
        yy = self.visit.year % 100
        match head:
            case "mrn":
                m = pt.mrn
                if m.isdigit() and m.startswith("0") and rng.random() < 0.2:
                    m = m.lstrip("0")
                return [(m, "MRN")]
            case "ssn":
                s = pt.ssn
                return [(rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}"] * 3 + [f"{s[:3]} {s[3:5]} {s[5:]}", s,
                                                                           f"{s[:3]}.{s[3:5]}.{s[5:]}"]), "SSN")]
            case "ssn4":
                return [(pt.ssn[-4:], "SSN")]
            case "ssnmask":
                return [(rng.choice(["XXX-XX-", "***-**-", "xxx-xx-", "###-##-"]), None), (pt.ssn[-4:], "SSN")]
            case "mbi":
                return [(pt.mbi, "HEALTH_PLAN")]
            case "member":
                return [(pt.member, "HEALTH_PLAN")]
            case "group":
                return [(pt.group, "HEALTH_PLAN")]
            case "medicaid":
                return [(pt.medicaid, "HEALTH_PLAN")]
            case "natid":  # national health-service numbers abroad
                return [(rng.choice([f"{D(3)} {D(3)} {D(4)}", f"{D(4)}-{D(3)}-{D(3)}-{A(2)}", f"{D(10)}"]), "HEALTH_PLAN")]
            case "acct":
                return [(pt.acct, "ACCOUNT")]
            case "enc":
                return [(rng.choice([f"{D(10)}", f"{yy:02d}-{D(7)}", f"E{D(9)}", f"{D(3)}{D(3)}{D(3)}"]), "ACCOUNT")]
            case "dea":
                return [(self.people[arg].ids["dea"], "LICENSE")]
            case "npi":
                return [(self.people[arg].ids["npi"], "OTHER_ID")]
            case "lic":
                return [(self.people[arg].ids["lic"], "LICENSE")]
            case "dl":
                return [(pt.dl, "LICENSE")]
            case "cdl":
                return [(f"{A(1)}{D(7)}", "LICENSE")]
            case "ccw":
                return [(f"{A(2)}{D(6)}", "LICENSE")]
            case "vin":
                return [(make_vin(rng), "VEHICLE")]
            case "plate":
                return [(make_plate(rng), "VEHICLE")]
            case "placard":
                return [(f"{A(2)}{D(6)}", "OTHER_ID")]
            case "dev":
                return [(make_device(rng, arg or "pm"), "DEVICE")]
            case "url":
                return [(self.url(arg), "URL")]
            case "ip4":
                return [(make_ip4(rng), "IP")]
            case "ip6":
                return [(make_ip6(rng), "IP")]
            case "phone":
                return [(self.phone_of(arg or "pt"), "PHONE")]
            case "fax":
                return [(fmt_phone(rng, phone_digits(rng) if arg == "new" else self.clinic_fax), "FAX")]
            case "email":
                who = arg or "pt"
                if who == "obf":  # written out to dodge spam filters
                    e = pt.email
                    loc, dom = e.split("@")
                    return [(f"{loc} at {dom.replace('.', ' dot ')}", "EMAIL")]
                return [(self.people[who].email, "EMAIL")]
            case "addr" | "full" | "block" | "city" | "zip" | "st":
                return self.address(head, arg)
            case "intl" | "icity":
                return self.intl_place(head)
            case "aps":
                return [(rng.choice([f"APS-{yy:02d}-{D(7)}", f"{2000 + yy}-AP-{D(5)}", f"#{D(8)}"]), "OTHER_ID")]
            case "cps":
                return [(rng.choice([f"{2000 + yy}-CW-{D(6)}", f"IN{D(9)}"]), "OTHER_ID")]
            case "police":
                return [(rng.choice([f"{yy:02d}-{D(6)}", f"RPT{D(8)}", f"{2000 + yy}{D(6)}"]), "OTHER_ID")]
            case "court":
                return [(rng.choice([f"{yy:02d}-PR-{D(5)}", f"{2000 + yy}GN{D(6)}", f"{yy:02d}CV{D(4)}"]), "OTHER_ID")]
            case "rx":
                return [(rng.choice([f"{D(7)}", f"{D(3)}-{D(5)}", f"RX{D(8)}"]), "OTHER_ID")]
            case "pa":
                return [(rng.choice([f"{yy:02d}A{D(8)}", f"PAR-{D(9)}", f"{D(12)}"]), "OTHER_ID")]
            case "claim":
                return [(rng.choice([f"CLM{D(11)}", f"{2000 + yy}{D(3)}{D(7)}", f"{D(2)}-{D(4)}-{D(6)}"]), "OTHER_ID")]
            case "acc":
                return [(rng.choice([f"{A(1)}{yy:02d}-{D(6)}", f"ACN{D(8)}", f"{D(3)}{A(2)}{D(5)}"]), "OTHER_ID")]
            case "emp":
                return [(rng.choice([f"{D(6)}", f"E{D(5)}", f"{A(2)}-{D(5)}"]), "OTHER_ID")]
            case "badge":
                return [(rng.choice([f"{D(4)}", f"#{D(3)}", f"{A(1)}{D(3)}"]).lstrip("#"), "OTHER_ID")]
            case "student":
                return [(rng.choice([f"{D(8)}", f"S{D(7)}", f"{D(3)}-{D(4)}"]), "OTHER_ID")]
            case "passport":
                return [(rng.choice([f"{D(9)}", f"{A(1)}{D(8)}", f"{A(2)}{D(7)}"]), "OTHER_ID")]
            case "wc":
                return [(rng.choice([f"WC{yy:02d}-{D(5)}", f"{D(3)}-{D(6)}-{D(2)}"]), "OTHER_ID")]
            case "fmla":
                return [(rng.choice([f"LV-{D(7)}", f"{D(10)}"]), "OTHER_ID")]
            case "ems":
                return [(rng.choice([f"{2000 + yy}-{D(5)}", f"R{D(7)}"]), "OTHER_ID")]
            case "interp":
                return [(rng.choice([f"{D(5)}", f"{D(6)}"]), "OTHER_ID")]
            case "unos":
                return [(f"{A(3)}{D(4)}", "OTHER_ID")]
            case "incident":
                return [(rng.choice([f"IR-{yy:02d}-{D(5)}", f"{D(6)}"]), "OTHER_ID")]
            case "ref":
                return [(rng.choice([f"RF{D(8)}", f"{D(3)}-{D(4)}-{D(3)}"]), "OTHER_ID")]
            case "medcert":
                return [(rng.choice([f"{2000 + yy}-{D(6)}", f"DC{D(7)}"]), "OTHER_ID")]
            case "vet":
                return [(f"C-{D(8)}", "OTHER_ID")]
        raise ValueError(f"unknown identifier {head}.{arg}")

    def url(self, kind: str) -> str:
        rng, p = self.rng, self.pt.person
        slug = re.sub(r"[^a-z0-9]", "", fold(p.given + p.family).lower())
        org = rng.choice(ORG_DOMAINS)
        D = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
        if kind == "portal":
            return rng.choice([f"https://portal.{org}/app/messages/{D(7)}", f"https://access.{org}/inbox?thread={D(8)}",
                               f"portal.{org}/patient/{slug}{D(2)}"])
        if kind == "tele":
            short = org.split(".")[0]
            c = self.people.get("c1")
            prov = re.sub(r"[^a-z]", "", fold(c.family).lower()) if c else "clinic"
            return rng.choice([f"https://{short}.zoom.us/j/{D(11)}", f"https://doxy.me/dr{prov}",
                               f"https://vv.{org}/join/{D(3)}-{D(3)}-{D(3)}"])
        if kind == "cash":
            ven = re.sub(r"[^A-Za-z-]", "", fold(f"{p.given}-{p.family}".replace(" ", "-")))
            return rng.choice([f"https://cash.app/${slug}{D(2)}", f"https://venmo.com/u/{ven}"])
        pre = rng.choice(["https://", "https://www.", "www.", "http://"])
        return rng.choice([f"{pre}youtube.com/@{slug}", f"https://{slug}.substack.com", f"{pre}linktr.ee/{slug}",
                           f"{pre}twitch.tv/{slug}{D(2)}", f"https://{slug}.blogspot.com",
                           f"{pre}pinterest.com/{slug}/"])

    # ---- keep vocabulary ------------------------------------------------------------
    def pick(self, key: str, pool: list[str]) -> str:
        x = self.rng.choice([v for v in pool if v != self.last.get(key)])
        self.last[key] = x
        return x

    def vitals(self, table: bool) -> list[Piece]:
        rng = self.rng
        vals = {"s": r(rng, 84, 212), "d": r(rng, 44, 128), "hr": r(rng, 38, 148), "rr": r(rng, 10, 34),
                "tf": f"{r(rng, 955, 1046) / 10:.1f}", "tc": f"{r(rng, 352, 405) / 10:.1f}", "o2": r(rng, 78, 100),
                "l": r(rng, 1, 6), "kg": f"{r(rng, 380, 1620) / 10:.1f}", "lb": r(rng, 88, 360),
                "bmi": f"{r(rng, 150, 520) / 10:.1f}", "pain": r(rng, 0, 10)}
        vals["map"] = (vals["s"] + 2 * vals["d"]) // 3
        forms = [VITAL_FORMS[0], rng.choice(VITAL_FORMS[1:3]), VITAL_FORMS[3], rng.choice(VITAL_FORMS[4:6]),
                 rng.choice(VITAL_FORMS[6:8])]
        forms += rng.sample(VITAL_FORMS[8:], r(rng, 0, 2))
        items = [f"{lab} {val.format(**vals)}" for lab, val in forms]
        out: list[Piece] = []
        if table:
            heads = [lab for lab, _ in forms]
            vals_only = [val.format(**vals) for _, val in forms]
            out.append(("| " + " | ".join(heads) + " |\n| ", None))
            for i, v in enumerate(vals_only):
                if i:
                    out.append((" | ", None))
                out.append((v, "KEEP:vital"))
            out.append((" |", None))
            return out
        sep = rng.choice([", ", "  ", " / ", "; ", " | "])
        for i, x in enumerate(items):
            if i:
                out.append((sep, None))
            out.append((x, "KEEP:vital"))
        return out

    def vocab(self, head: str, arg: str) -> list[Piece]:
        rng = self.rng
        match head:
            case "drug":
                return [(self.pick("drug", DRUGS), "KEEP:drug")]
            case "drugs":
                pre = (arg or "- ").replace("_", " ")
                out: list[Piece] = []
                for d in rng.sample(DRUGS, r(rng, 2, 5)):
                    out += [(pre, None), (d, "KEEP:drug"), ("\n", None)]
                return out
            case "lab":
                return [(self.pick("lab", LABS), "KEEP:lab")]
            case "labs":
                out = []
                sep = rng.choice([", ", "; ", " / "])
                for i, x in enumerate(rng.sample(LABS, r(rng, 2, 4))):
                    if i:
                        out.append((sep, None))
                    out.append((x, "KEEP:lab"))
                return out
            case "vit":
                return self.vitals(False)
            case "vittable":
                return self.vitals(True)
            case "epo":
                return [(self.pick("epo", EPO_DX), "KEEP:eponym")]
            case "sign":
                return [(self.pick("sign", EPO_SIGN), "KEEP:eponym")]
            case "proc":
                return [(self.pick("proc", EPO_PROC), "KEEP:eponym")]
            case "dx":
                desc, code = rng.choice(DX)
                form = rng.randrange(3)
                if form == 0:
                    return [(f"{desc} ({code})", "KEEP:diagnosis")]
                if form == 1:
                    return [(desc, "KEEP:diagnosis"), (" [", None), (code, "KEEP:code"), ("]", None)]
                return [(code, "KEEP:code"), (" ", None), (desc, "KEEP:diagnosis")]
            case "code":
                return [(self.pick("code", CODES), "KEEP:code")]
            case "score":
                return [(self.pick("score", SCORES), "KEEP:score")]
            case "abbr":
                return [(self.pick("abbr", ABBREVS), "KEEP:abbreviation")]
            case "word":
                return self.word_sentence()
        raise ValueError(head)

    def word_sentence(self) -> list[Piece]:
        pending = [w for w in self.rendered_words if w not in self.words_done]
        if pending:
            w = pending[0]
        else:  # any of them, except the pronoun-like ones that only make sense for that person
            w = self.rng.choice([x for x in sorted(TA.WORD_SENTENCES) if x not in ("He", "Oh", "Ma", "Song")])
        self.words_done.add(w)
        return self.render(self.rng.choice(TA.WORD_SENTENCES[w]))

    # ---- slots ----------------------------------------------------------------------
    def slot(self, spec: str) -> list[Piece]:
        rng, pt = self.rng, self.pt
        p = pt.person
        if spec.startswith("="):  # {=KIND:text}
            kind, _, text = spec[1:].partition(":")
            assert kind in KEEP_KINDS, spec
            return [(text, f"KEEP:{kind}")]
        if spec.startswith("~"):
            pool = TA.POOLS[spec[1:]]
            used = self.pool_used.setdefault(spec, set())
            fresh = [i for i in range(len(pool)) if i not in used] or list(range(len(pool)))
            i = rng.choice(fresh)
            used.add(i)
            return self.render(pool[i])
        if "|" in spec:  # {a|x|y}: one of x, y; {x|y}: one of x, y
            opts = spec.split("|")
            return [(rng.choice(opts[1:] if opts[0] == "a" else opts), None)]
        head, _, arg = spec.partition(".")
        if head in self.people:
            return self.name(head, arg or "any")
        if head == "d":
            kind, _, style = arg.partition(".")
            return self.date(kind, style or None)
        if head == "i":
            h, _, a = arg.partition(".")
            return self.ident(h, a)
        if head == "v":
            h, _, a = arg.partition(".")
            return self.vocab(h, a)
        if head == "age":
            who, style = "pt", None
            if arg:
                a1, _, a2 = arg.partition(".")
                if a1 in self.people:
                    who, style = a1, a2 or None
                else:
                    style = a1
            person = self.people[who]
            years = pt.age if who == "pt" else person.age
            return self.age(years, style, "F" if person.sex == "F" else "M")
        match head:
            case "he":
                return [("she" if p.sex == "F" else "he", None)]
            case "He":
                return [("She" if p.sex == "F" else "He", None)]
            case "his":
                return [("her" if p.sex == "F" else "his", None)]
            case "His":
                return [("Her" if p.sex == "F" else "His", None)]
            case "him":
                return [("her" if p.sex == "F" else "him", None)]
            case "sex":
                if pt.age < 18:
                    return [("girl" if p.sex == "F" else "boy", None)]
                return [(rng.choice(["woman", "female"] if p.sex == "F" else ["man", "male"]), None)]
            case "MF":
                return [(p.sex, None)]
            case "hosp":
                return [(self.hosp, None)]
            case "hosp2":
                return [(rng.choice([h for h in HOSPITALS if h != self.hosp]), None)]
            case "clinic":
                return [(self.clinic, None)]
            case "clinic2":
                return [(rng.choice([c for c in CLINICS if c != self.clinic]), None)]
            case "lang":
                return [(LANGUAGE.get(p.origin, "Spanish"), None)]
            case "pharm":
                return [(rng.choice(PHARMACIES), None)]
            case "agency":
                return [(rng.choice(AGENCIES), None)]
            case "school":
                return [(rng.choice(SCHOOLS), None)]
            case "employer":
                return [(rng.choice(EMPLOYERS), None)]
            case "payer":
                return [(rng.choice(PAYERS), None)]
            case "country":
                return [(COUNTRY.get(p.origin, "England"), None)]
            case "time":
                self.clock = min(self.clock + r(rng, 3, 70), 23 * 60 + 50)
                h, m = divmod(self.clock, 60)
                return [(rng.choice([f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}", f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"]), None)]
            case "pager":
                return [(rng.choice([f"{r(rng, 1000, 9999)}", f"{r(rng, 2, 8)}-{r(rng, 1000, 9999)}"]), None)]
            case "ext":
                return [(f"{r(rng, 1000, 79999)}", None)]
            case "year":
                return [(str(r(rng, max(1960, self.visit.year - 40), self.visit.year - 1)), None)]
            case "room":
                return [(rng.choice([f"{r(rng, 2, 9)}{r(rng, 10, 60)}", f"{r(rng, 2, 9)}{r(rng, 10, 60)}-{rng.choice('AB')}",
                                     f"Bay {r(rng, 1, 24)}"]), None)]
        raise ValueError(f"unknown slot {{{spec}}}")

    def render(self, template: str) -> list[Piece]:
        out: list[Piece] = []
        pos = 0
        for m in SLOT.finditer(template):
            out.append((template[pos:m.start()], None))
            out.extend(self.slot(m.group(1)))
            pos = m.end()
        out.append((template[pos:], None))
        return out


def to_note(pieces: list[Piece]) -> Note:
    n = Note()
    for text, tag in pieces:
        n.add(text, tag)
    return n


def build_note(world: World, rng: random.Random, fam: dict, pt: Patient, visit: dt.date) -> Note:
    ctx = Ctx(world, rng, pt, visit, fam)
    target = r(rng, 1250, 2900)
    head = to_note(ctx.render(rng.choice(fam["header"])))
    body = [to_note(ctx.render(rng.choice(alts))) for alts in fam["core"]]
    foot = to_note(ctx.render(rng.choice(fam["footer"])))

    def size(parts: list[Note]) -> int:
        return sum(len(x.text().encode()) for x in parts)

    optional = list(fam["optional"])
    rng.shuffle(optional)
    for alts in optional:
        if size([head, *body, foot]) >= target:
            break
        pieces = ctx.render(rng.choice(alts))
        if not "".join(t for t, _ in pieces).endswith("\n"):
            pieces.append(("\n", None))
        sec = to_note(pieces)
        if size([head, *body, sec, foot]) > MAX_BYTES - 250:
            continue
        body.insert(r(rng, 1, len(body)), sec)
    missing = [w for w in ctx.rendered_words if w not in ctx.words_done]
    if missing:
        extra = Note()
        extra.add(rng.choice(["Addendum: ", "Also: ", "Note: ", ""]))
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


# ======================================================================================
# Checks
# ======================================================================================

def validate(rec: dict) -> None:
    text = rec["text"]
    for s in rec["phi"]:
        assert text[s["start"]:s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] and s["text"] == s["text"].strip(), (rec["id"], s)
        assert s["category"] in CATEGORIES, s
        if s["category"] == "VEHICLE" and len(s["text"]) == 17:
            assert vin_valid(s["text"]), s
        if s["category"] == "LICENSE" and re.fullmatch(r"[ABFGM][A-Z9]\d{7}", s["text"]):
            assert dea_valid(s["text"]), s
    for k in rec["keep"]:
        assert text[k["start"]:k["end"]] == k["text"], (rec["id"], k)
        assert k["kind"] in KEEP_KINDS, k
    spans = sorted(rec["phi"], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for k in rec["keep"]:
        for s in rec["phi"]:
            assert k["end"] <= s["start"] or s["end"] <= k["start"], (rec["id"], k, s)
    assert "{" not in text and "}" not in text, (rec["id"], "unrendered slot")
    size = len(text.encode())
    assert MIN_BYTES <= size <= MAX_BYTES, (rec["id"], size)


def check_independent() -> None:
    """The audit pools and template text share nothing with dev, test or holdout."""
    import generate_corpus as G
    from templates_dev import FAMILIES as FD
    from templates_holdout import FAMILIES as FH
    from templates_test import FAMILIES as FT

    def toks(entries) -> set[str]:
        out: set[str] = set()
        for e in entries:
            out.update(t for t in re.split(r"[\s\-'’ʻ.]+", fold(e).lower()) if len(t) > 1)
        return out

    mine: list[str] = GIVEN_F + GIVEN_M + FAMILY + list(NICK.values()) + WORD_GIVEN["F"] + WORD_GIVEN["M"]
    mine += WORD_FAMILY + EPONYM_FAMILY + CITY_NAMES + STREETS
    for gf, gm, fam in LATIN.values():
        mine += gf + gm + (fam["F"] + fam["M"] if isinstance(fam, dict) else fam)
    for n in NATIVE:
        mine += list(n[2:])
    for v in INTL_CITIES.values():
        mine += [a for a, _ in v] + [b for _, b in v if b]
    theirs: set[str] = set()
    for split in ("dev", "test", "holdout"):
        theirs |= G.name_tokens(split, fine=True)
    shared = toks(mine) & theirs
    assert not shared, f"audit name/place pools overlap the other splits: {sorted(shared)}"
    for key, pool in (("hospitals", HOSPITALS), ("clinics", CLINICS), ("pharmacies", PHARMACIES),
                      ("email_domains", EMAIL_DOMAINS + sorted(EMAIL_DOMAINS_INTL.values()))):
        for split in ("dev", "test", "holdout"):
            both = set(pool) & set(G.POOLS[split][key])
            assert not both, (key, split, both)
    # no literal template text of 20+ characters appears in another split's templates
    theirs_text = "\n".join(sorted(G.template_strings(FD) | G.template_strings(FT) | G.template_strings(FH)))
    frags: set[str] = set()

    def walk(x) -> None:
        if isinstance(x, str):
            for frag in SLOT.split(x):
                for piece in re.split(r"\n+", frag):
                    piece = piece.strip(" .,;:()-|")
                    if len(piece) >= 20:
                        frags.add(piece)
        elif isinstance(x, dict):
            for k, v in x.items():
                if k not in ("name", "note_type", "clinicians"):
                    walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)

    walk([TA.FAMILIES, TA.POOLS, TA.WORD_SENTENCES])
    reused = sorted(f for f in frags if f in theirs_text)
    assert not reused, f"audit template text also appears in another split: {len(reused)} fragments"
    vocab_theirs = set(G.DRUGS_CORE) | set(G.LABS_CORE) | set(G.EPONYMS_CORE)
    for d in (G.DRUGS_EXTRA, G.LABS_EXTRA, G.EPONYMS_EXTRA, G.CODES, G.ABBREVS, G.SCORES):
        for v in d.values():
            vocab_theirs |= set(v)
    both = (set(DRUGS) | set(LABS) | set(EPONYMS) | set(CODES) | set(ABBREVS) | set(SCORES)) & vocab_theirs
    assert not both, f"audit clinical vocabulary repeats another split's: {sorted(both)}"
    for w in WORD_GIVEN["F"] + WORD_GIVEN["M"] + WORD_FAMILY + EPONYM_FAMILY:
        assert w in TA.WORD_SENTENCES, w
    assert len({f["name"] for f in TA.FAMILIES}) == len(TA.FAMILIES)


# ======================================================================================
# Main
# ======================================================================================

def generate() -> list[dict]:
    world = World()
    types = sorted({f["note_type"] for f in TA.FAMILIES}, key=lambda t: [f["note_type"] for f in TA.FAMILIES].index(t))
    by_type = {t: [f for f in TA.FAMILIES if f["note_type"] == t] for t in types}
    out: list[dict] = []
    i = 0
    while len(out) < N_NOTES:
        nt = types[len(out) % len(types)]
        rng = random.Random(f"{SEED}/{i}")
        i += 1
        fam = rng.choice(by_type[nt])
        visit = dt.date(2018, 1, 1) + dt.timedelta(days=r(rng, 0, 7 * 365 + 150))
        pt = make_patient(world, rng, visit, fam.get("ages"), fam.get("foreign", False))
        note = build_note(world, rng, fam, pt, visit)
        text = note.text()
        if not (MIN_BYTES <= len(text.encode()) <= MAX_BYTES):
            continue
        rec = {
            "id": f"audit-{len(out):05d}",
            "note_type": nt,
            "family": fam["name"],
            "text": text,
            "phi": sorted(note.phi, key=lambda s: s["start"]),
            "keep": sorted(note.keep, key=lambda s: s["start"]),
            "patient": patient_object(pt),
        }
        validate(rec)
        out.append(rec)
    return out


def dumps(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(", ", ": "))


def main() -> int:
    ap = argparse.ArgumentParser(description="Write corpus/audit.jsonl (independent audit split).")
    ap.add_argument("--out", type=Path, default=HERE / "corpus" / "audit.jsonl")
    ap.add_argument("--check", action="store_true", help="compare with the file on disk instead of writing")
    args = ap.parse_args()
    check_independent()
    recs = generate()
    data = "".join(dumps(x) + "\n" for x in recs)
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == data
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from the generator'}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(data, encoding="utf-8")
    cats: dict[str, int] = {}
    kinds: dict[str, int] = {}
    types: dict[str, int] = {}
    for x in recs:
        types[x["note_type"]] = types.get(x["note_type"], 0) + 1
        for s in x["phi"]:
            cats[s["category"]] = cats.get(s["category"], 0) + 1
        for k in x["keep"]:
            kinds[k["kind"]] = kinds.get(k["kind"], 0) + 1
    sizes = sorted(len(x["text"].encode()) for x in recs)
    print(f"audit: {len(recs)} notes, {sum(sizes)} bytes (min {sizes[0]}, median {sizes[len(sizes) // 2]}, "
          f"max {sizes[-1]}), {sum(cats.values())} phi spans, {sum(kinds.values())} keep spans, "
          f"sha256 {hashlib.sha256(data.encode()).hexdigest()}")
    print("   phi:  " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print("   keep: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("   note types: " + ", ".join(f"{k} {v}" for k, v in types.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
