"""Pools and note templates of the tune split (written independently of the other splits).

Templates write a small markup: P(category, text) marks a PHI span, K(kind, text) a span
to keep. generate_tune.py turns the markup into text plus offsets and validates it.
Python 3.11, standard library only.
"""

from __future__ import annotations

import datetime as dt

# ---------------------------------------------------------------- markup


def P(cat: str, s: str) -> str:
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    return f"\x04{kind}\x02{s}\x03"


def N(s):
    return P("NAME", s)


def DR(s):
    return P("PROVIDER_NAME", s)


# ---------------------------------------------------------------- pools

STATES = ["MN", "GA", "PA", "WA", "ID", "MI", "MT", "IN", "OH", "TX", "MS", "ME", "NH", "VT",
          "NV", "NM", "AL", "KY", "MO", "KS", "NE", "ND", "SD", "WY", "CO", "UT", "AZ", "OR",
          "WI", "IL", "NY", "IA", "VA", "WV", "NC", "TN", "OK", "LA", "AR", "FL"]

# (city, state)
US_CITIES = [
    ("Duluth", "MN"), ("Macon", "GA"), ("Sayre", "PA"), ("Yakima", "WA"), ("Pocatello", "ID"),
    ("Kalamazoo", "MI"), ("Bozeman", "MT"), ("Muncie", "IN"), ("Chillicothe", "OH"),
    ("Lufkin", "TX"), ("Hattiesburg", "MS"), ("Bangor", "ME"), ("Keene", "NH"),
    ("Rutland", "VT"), ("Elko", "NV"), ("Hobbs", "NM"), ("Dothan", "AL"), ("Paducah", "KY"),
    ("Joplin", "MO"), ("Salina", "KS"), ("Kearney", "NE"), ("Minot", "ND"), ("Casper", "WY"),
    ("Pueblo", "CO"), ("Ogden", "UT"), ("Yuma", "AZ"), ("Medford", "OR"), ("Walla Walla", "WA"),
    ("Bemidji", "MN"), ("Dubuque", "IA"), ("Oshkosh", "WI"), ("Peoria", "IL"),
    ("Terre Haute", "IN"), ("Altoona", "PA"), ("Utica", "NY"), ("Roanoke", "VA"),
    ("Beckley", "WV"), ("Valdosta", "GA"), ("Ocala", "FL"), ("Texarkana", "AR"),
    ("Tupelo", "MS"), ("Enid", "OK"), ("Amarillo", "TX"), ("Laredo", "TX"),
    ("Twin Falls", "ID"), ("Missoula", "MT"), ("Grand Junction", "CO"), ("Flagstaff", "AZ"),
    ("Wenatchee", "WA"), ("Bountiful", "UT"), ("Enterprise", "AL"), ("Independence", "MO"),
    ("Liberty", "MO"), ("Opportunity", "WA"), ("Commerce", "TX"), ("Sault Ste. Marie", "MI"),
    ("Coeur d'Alene", "ID"), ("Winston-Salem", "NC"), ("Wilkes-Barre", "PA"),
    ("St. Cloud", "MN"), ("Hendersonville", "TN"), ("Opelousas", "LA"), ("Natchitoches", "LA"),
    ("Kingsport", "TN"), ("Cheyenne", "WY"), ("Aberdeen", "SD"), ("Marquette", "MI"),
]

COUNTIES = [("Otero County", "NM"), ("Cass County", "ND"), ("Tuscarawas County", "OH"),
            ("Lycoming County", "PA"), ("Yamhill County", "OR"), ("Pottawattamie County", "IA"),
            ("Bexar County", "TX"), ("Okanogan County", "WA"), ("Bell County", "KY"),
            ("Sevier County", "TN"), ("Ramsey County", "MN"), ("Marathon County", "WI")]

# (city as written, optional native form, country)
FOREIGN = [
    ("Guadalajara", None, "Mexico"), ("Oaxaca", None, "Mexico"), ("Culiacán", None, "Sinaloa"),
    ("San Pedro Sula", None, "Honduras"), ("Quetzaltenango", None, "Guatemala"),
    ("Medellín", None, "Colombia"), ("Arequipa", None, "Peru"), ("Cuenca", None, "Ecuador"),
    ("Port-au-Prince", None, "Haiti"), ("Kumasi", None, "Ghana"), ("Ibadan", None, "Nigeria"),
    ("Enugu", None, "Nigeria"), ("Mombasa", None, "Kenya"), ("Addis Ababa", "አዲስ አበባ", "Ethiopia"),
    ("Mogadishu", None, "Somalia"), ("Aleppo", "حلب", "Syria"), ("Mosul", "الموصل", "Iraq"),
    ("Herat", None, "Afghanistan"), ("Lahore", None, "Pakistan"), ("Chittagong", None, "Bangladesh"),
    ("Pokhara", None, "Nepal"), ("Ludhiana", None, "Punjab"), ("Pune", "पुणे", "India"),
    ("Hải Phòng", None, "Vietnam"), ("Huế", None, "Vietnam"), ("Cần Thơ", None, "Vietnam"),
    ("Cebu City", None, "the Philippines"), ("Davao", None, "the Philippines"),
    ("Chengdu", "成都", "China"), ("Guangzhou", "广州", "China"), ("Busan", "부산", "Korea"),
    ("Daegu", "대구", "Korea"), ("Osaka", "大阪", "Japan"), ("Sapporo", "札幌", "Japan"),
    ("Kraków", None, "Poland"), ("Wrocław", None, "Poland"), ("Łódź", None, "Poland"),
    ("Kharkiv", "Харків", "Ukraine"), ("Lviv", "Львів", "Ukraine"), ("Yerevan", "Երևան", "Armenia"),
    ("Thessaloniki", "Θεσσαλονίκη", "Greece"), ("İzmir", None, "Turkey"), ("Porto", None, "Portugal"),
    ("Bologna", None, "Italy"), ("Leipzig", None, "Germany"), ("Cork", None, "Ireland"),
    ("Glasgow", None, "Scotland"), ("Winnipeg", None, "Manitoba"), ("Monterrey", None, "Nuevo León"),
    ("Haifa", "חיפה", "Israel"), ("Novosibirsk", "Новосибирск", "Russia"),
]

STREETS = ["Tamarack Lane", "Quarry Road", "Osage Street", "Juniper Hollow Road", "Wabash Avenue",
           "Old Mill Road", "Kingfisher Court", "Bluestem Drive", "Cutler Street", "Sassafras Way",
           "Tillman Avenue", "Prospect Hill Road", "Larch Street", "Buckeye Trail",
           "Conestoga Drive", "Wintergreen Circle", "Pawnee Street", "Shadbush Lane",
           "Gristmill Road", "Halsted Terrace", "Kettle Creek Road", "Ironwood Place",
           "Mulberry Bend", "Sycamore Knoll Drive", "Chickasaw Avenue", "Fenwick Street",
           "Cobblestone Row", "Meadowlark Lane", "Teaberry Court", "Red Bud Road",
           "Stagecoach Trail", "Orchard Ridge Boulevard", "Cranberry Bog Road", "Pickett Street"]
STREET_ABBR = {"Lane": "Ln", "Road": "Rd", "Street": "St", "Avenue": "Ave", "Drive": "Dr",
               "Court": "Ct", "Way": "Way", "Trail": "Trl", "Circle": "Cir", "Terrace": "Ter",
               "Place": "Pl", "Bend": "Bnd", "Row": "Row", "Boulevard": "Blvd"}

FOREIGN_ADDR = [
    ("Calle Independencia 214, Col. Centro", "Oaxaca", "68000", "Mexico"),
    ("Flat 3, 27 Kingsley Road", "Glasgow", "G12 8QQ", "UK"),
    ("Rua das Flores 88, 2º Esq.", "Porto", "4050-262", "Portugal"),
    ("ul. Długa 17 m. 4", "Kraków", "31-147", "Poland"),
    ("Karl-Liebknecht-Straße 41", "Leipzig", "04107", "Germany"),
    ("Via Castiglione 12", "Bologna", "40124", "Italy"),
    ("14 Nguyễn Trãi, Phường 2", "Huế", "", "Vietnam"),
]

HOSPITALS = ["St. Brendan Regional Medical Center", "Pinecrest Valley Hospital",
             "Larkspur Memorial Hospital", "Three Forks Health", "Cedar Bluff Community Hospital",
             "Mercy Ridge Medical Center", "Northgate University Hospital",
             "Sweetwater General", "Lakeshore Rehabilitation Institute", "Prairie Wind Hospice House",
             "Holy Cross of the Plains", "Elm Hollow Skilled Nursing", "Bridgewater Care Center",
             "Good Samaritan Society - Meadowbrook", "Riverbend Behavioral Health Pavilion"]

MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                "comcast.net", "verizon.net", "protonmail.com", "sbcglobal.net", "charter.net",
                "frontier.com", "windstream.net", "mail.ru", "naver.com", "qq.com", "web.de",
                "orange.fr", "gmx.de", "bellsouth.net", "cox.net", "aol.com", "ymail.com"]
ORG_DOMAINS = ["larkspurhealth.org", "mercyridge.org", "pinecrestvh.com", "threeforkshealth.net"]

# Name groups: masculine given, feminine given, family.  Word-names and eponym surnames
# are mixed in on purpose.
LATIN_GROUPS = {
    "anglo": (["Harold", "Clarence", "Vernon", "Walter", "Lloyd", "Marvin", "Dale", "Curtis",
               "Wendell", "Russell", "Gordon", "Duane", "Floyd", "Leland", "Homer", "Chester",
               "Virgil", "Otis", "Dustin", "Cody", "Travis", "Bill", "Will"],
              ["Mildred", "Bernice", "Lorraine", "Gladys", "Eunice", "Loretta", "Doris", "Imogene",
               "Wilma", "Opal", "Verna", "Marjorie", "Geraldine", "Thelma", "Lucille", "Arlene",
               "Kayla", "Brittany", "Courtney", "Hope", "Faith", "Grace", "Rose", "Amber", "Hazel",
               "Patience", "Crystal"],
              ["Hollister", "Pruitt", "Whitfield", "Strickland", "Boggs", "Caldwell", "Kimball",
               "Stroud", "Yoder", "Honeycutt", "McAllister", "Pemberton", "Thibodeaux", "Dunaway",
               "Gillespie", "Tolliver", "Beauchamp", "Foley", "Whipple", "Allen", "Barrett",
               "Paget", "Young", "Brown", "Price", "Sharp", "Strong", "Short", "Little", "Early",
               "Golden", "Rich"]),
    "hispanic": (["Refugio", "Epifanio", "Teodoro", "Aurelio", "Nicanor", "Ramón", "Jesús",
                  "Baltazar", "Efraín"],
                 ["Guadalupe", "Rosalinda", "Maricela", "Consuelo", "Yesenia", "Inés", "Araceli",
                  "Zoraida", "Milagros"],
                 ["Villaseñor", "Quintanilla", "Zamudio", "Ibarra", "Echeverría", "Bustamante",
                  "Arreola", "Cisneros", "Valdivia", "Peña-Ocampo", "de la Fuente", "Sepúlveda",
                  "Báez"]),
    "vietnamese": (["Tuấn", "Phúc", "Quang", "Đức", "Hùng"], ["Hương", "Thảo", "Ngọc Anh", "Hằng", "Lụa"],
                   ["Trương", "Đặng", "Huỳnh", "Võ", "Lương", "Phạm"]),
    "nordic_german": (["Søren", "Bjørn", "Jürgen", "Torbjörn", "Gunnar"],
                      ["Åsa", "Ingrid", "Lieselotte", "Sigrún", "Gudrun"],
                      ["Kjærgaard", "Lindgren", "Østergaard", "Müller-Brandt", "Weißhaupt", "Haugen"]),
    "polish_turkish": (["Władysław", "Zbigniew", "Mehmet", "Oğuz", "Jarosław"],
                       ["Małgorzata", "Halina", "Gülsüm", "Ayşe", "Bożena"],
                       ["Wróblewski", "Chmielewski", "Öztürk", "Yıldırım", "Çelik", "Szczepańska"]),
    "french_irish": (["Gaëtan", "Ciarán", "Pádraig", "Rémi", "Cathal"],
                     ["Thérèse", "Séverine", "Siobhán", "Aoife", "Maëlle"],
                     ["Lefèvre", "Beaulieu", "Ó Súilleabháin", "O'Driscoll", "D'Ambrosio", "Mac an tSaoi"]),
    "west_african": (["Oluwaseun", "Adebayo", "Kwabena", "Chukwuemeka", "Kofi"],
                     ["Chiamaka", "Ngozi", "Akosua", "Folasade", "Abena"],
                     ["Adeyemi", "Okonkwo", "Mensah", "Asante", "Nwachukwu", "Boateng"]),
    "filipino_southasian": (["Rodrigo", "Pradeep", "Gurdeep", "Arnel", "Venkatesh"],
                            ["Rhodora", "Marites", "Lakshmi", "Harpreet", "Jocelyn"],
                            ["Dimaculangan", "Macaraeg", "Balasubramanian", "Sandhu", "Grewal",
                             "Dela Cruz"]),
}

# (given, family, native family, native given, joiner, sex)
SCRIPT_GROUPS = {
    "chinese": [("Jianguo", "Feng", "冯", "建国", "", "M"), ("Meilan", "Guo", "郭", "美兰", "", "F"),
                ("Xiuying", "Tang", "唐", "秀英", "", "F"), ("Zhiqiang", "Luo", "罗", "志强", "", "M"),
                ("Guifang", "Cao", "曹", "桂芳", "", "F"), ("Haoran", "Du", "杜", "浩然", "", "M")],
    "korean": [("Seo-yeon", "Jang", "장", "서연", "", "F"), ("Jae-won", "Kwon", "권", "재원", "", "M"),
               ("Myung-ja", "Hwang", "황", "명자", "", "F"), ("Sang-hoon", "Yoon", "윤", "상훈", "", "M")],
    "japanese": [("Haruki", "Morita", "森田", "春樹", "", "M"), ("Fumiko", "Ishikawa", "石川", "文子", "", "F"),
                 ("Kenji", "Nakagawa", "中川", "健二", "", "M"), ("Setsuko", "Hayashi", "林", "節子", "", "F")],
    "cyrillic": [("Valentina", "Sorokina", "Сорокина", "Валентина", " ", "F"),
                 ("Gennady", "Voronov", "Воронов", "Геннадий", " ", "M"),
                 ("Oksana", "Melnyk", "Мельник", "Оксана", " ", "F"),
                 ("Bohdan", "Kovalenko", "Коваленко", "Богдан", " ", "M")],
    "arabic": [("Khaled", "Mansour", "منصور", "خالد", " ", "M"), ("Samira", "Haddad", "حداد", "سميرة", " ", "F"),
               ("Tariq", "Nasser", "ناصر", "طارق", " ", "M"), ("Layla", "Saleh", "صالح", "ليلى", " ", "F")],
    "greek": [("Dimitra", "Alexiou", "Αλεξίου", "Δήμητρα", " ", "F"),
              ("Stavros", "Georgiou", "Γεωργίου", "Σταύρος", " ", "M")],
    "hebrew": [("Avraham", "Friedman", "פרידמן", "אברהם", " ", "M"), ("Rivka", "Katz", "כץ", "רבקה", " ", "F")],
    "devanagari": [("Sunita", "Deshpande", "देशपांडे", "सुनीता", " ", "F"),
                   ("Rajesh", "Kulkarni", "कुलकर्णी", "राजेश", " ", "M")],
    "amharic": [("Tigist", "Bekele", "በቀለ", "ትዕግስት", " ", "F"), ("Dawit", "Tesfaye", "ተስፋዬ", "ዳዊት", " ", "M")],
    "armenian": [("Anahit", "Petrosyan", "Պետրոսյան", "Անահիտ", " ", "F"),
                 ("Hakob", "Sargsyan", "Սարգսյան", "Հակոբ", " ", "M")],
    "thai": [("Somchai", "Srisuk", "ศรีสุข", "สมชาย", " ", "M"), ("Malee", "Wongsa", "วงศ์ษา", "มาลี", " ", "F")],
}

NICKNAMES = {"Harold": "Hal", "Walter": "Walt", "Virgil": "Virg", "Mildred": "Millie",
             "Bernice": "Bernie", "Lorraine": "Lori", "Marjorie": "Margie", "Geraldine": "Gerry",
             "Lucille": "Lucy", "Eunice": "Neecie", "Imogene": "Gene", "Chester": "Chet",
             "Leland": "Lee", "Russell": "Rusty", "Gordon": "Gordy", "Guadalupe": "Lupe",
             "Refugio": "Cuco", "Consuelo": "Chelo", "Władysław": "Władek", "Małgorzata": "Gosia",
             "Oluwaseun": "Seun", "Folasade": "Sade", "Valentina": "Valya", "Gennady": "Gena",
             "Rhodora": "Dory", "Jesús": "Chuy", "Theodore": "Ted"}

# Word-names: ordinary-word uses, each (sentence-with-{W}, word form).
WORD_USES = {
    "Hope": ["{W} is to get her strong enough for the trip home.", "Family expressed {w} that he will eat more.",
             "There is {w} for partial recovery of speech."],
    "Will": ["{W} recheck BMP in the morning.", "{W} call daughter with results.",
             "Pt states he will not return to the nursing home; has a living {w} on file."],
    "Faith": ["{W} community from church brings meals twice a week.", "She draws strength from her {w}."],
    "Grace": ["Insurance {w} period ends at month's end.", "{W} period for premium payment was explained."],
    "Rose": ["{W} to 39.2 °C overnight, blood cultures drawn.", "Creatinine {w} from 1.1 to 1.9."],
    "Bill": ["{W} under Part A hospice benefit.", "Patient worried about the ambulance {w}."],
    "Amber": ["{W} urine in the Foley bag, no clots.", "Urine is clear and {w}."],
    "Hazel": ["Eyes {w}, pupils equal and reactive.", "{W} irides, PERRL."],
    "Patience": ["{W} and reassurance provided by staff.", "Asked for {w} while paperwork is processed."],
    "Crystal": ["{W} arthropathy considered; uric acid ordered.", "No {w}s on synovial fluid analysis."],
    "Young": ["{W} adult granddaughter present at bedside.", "Appears {w} for stated age."],
    "Brown": ["{W} liquid stool x3 overnight.", "Small amount of {w} drainage on dressing."],
    "Price": ["{W} of the inhaler is a barrier; samples given.", "Discussed the {w} of the new anticoagulant."],
    "Sharp": ["{W} pain at the incision, worse with coughing.", "Sensation to {w} and dull intact."],
    "Strong": ["{W} radial pulses bilaterally.", "Cough is {w} and productive."],
    "Short": ["{W} of breath with minimal exertion.", "Patient is {w} of breath at rest."],
    "Little": ["{W} improvement in appetite.", "Eats very {w} at meals."],
    "Early": ["{W} satiety and weight loss noted.", "Reports {w} morning awakening."],
    "Golden": ["{W} hour for thrombolysis had passed on arrival.", "Skin with a {w} hue, sclerae icteric."],
    "Rich": ["Advised a diet {w} in fiber.", "Potassium-{w} foods reviewed."],
}

EPONYM_SURNAMES = {"Foley": "Foley catheter", "Whipple": "Whipple procedure", "Allen": "Allen test",
                   "Barrett": "Barrett esophagus", "Paget": "Paget disease of bone"}

CLIN_GIVEN = ["Priya", "Marcus", "Renata", "Desmond", "Yolanda", "Tobias", "Ingeborg", "Rafael",
              "Keisha", "Anand", "Colette", "Brennan", "Mireille", "Oren", "Shanice", "Viktor",
              "Lucinda", "Emeka", "Hyun-woo", "Farah", "Corinne", "Thaddeus", "Neha", "Esteban",
              "Rosalind", "Dmitri", "Hope", "Grace", "Will", "Anneliese", "Kwame", "Solveig",
              "Ifeoma", "Bartholomew", "Mei-Ling", "Ximena", "Jovan", "Tamsin", "Rustam"]
CLIN_FAMILY = ["Oyelaran", "Castellanos", "Whitlock", "Abernathy", "Venkataraman", "Szabo",
               "Lindqvist", "Okafor", "Delacroix", "Harrington", "Mukherjee", "Pasternak", "Quaye",
               "Rasmussen", "Bhattacharya", "Tremblay", "Zielinski", "Eastwood", "Kowalczyk",
               "Hendricks", "Nakashima", "Ferreira", "Goldfarb", "Acheampong", "Whitaker",
               "Sorensen", "Price", "Young", "Brown", "Ng", "Al-Rashid", "Ó Briain", "Villalobos",
               "Þórsdóttir", "Iwu", "Kapoor", "Vásquez-Ruiz"]
CLIN_MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T"]

ROLE_CRED = {
    "attending": ["MD", "DO"], "hospitalist": ["MD", "DO"], "primary care": ["MD", "DO", "FNP-C"],
    "surgeon": ["MD", "DO"], "anesthesiologist": ["MD"], "crna": ["CRNA"],
    "nurse": ["RN", "BSN, RN", "LPN"], "nurse practitioner": ["NP", "APRN", "ACNP-BC"],
    "physician assistant": ["PA-C"], "social worker": ["LCSW", "LMSW", "MSW"],
    "case manager": ["RN, CCM", "RN"], "pharmacist": ["PharmD", "RPh"], "chaplain": ["MDiv, BCC"],
    "paramedic": ["NRP", "EMT-P"], "emt": ["EMT-B", "AEMT"], "pathologist": ["MD"],
    "psychiatrist": ["MD", "DO"], "therapist": ["LPC", "LMFT", "PsyD"], "physical therapist": ["DPT", "PT"],
    "hospice physician": ["MD", "DO"], "ed physician": ["MD", "DO"], "resident": ["MD", "DO"],
}

RELATIONSHIPS_F = ["daughter", "wife", "niece", "granddaughter", "sister", "daughter-in-law",
                   "stepdaughter"]
RELATIONSHIPS_M = ["son", "husband", "nephew", "grandson", "brother", "son-in-law", "stepson"]

OTHER_PEOPLE_ROLES = ["neighbor", "landlord", "friend from church", "roommate", "building manager",
                      "former employer", "boyfriend", "girlfriend", "pastor", "coworker",
                      "court-appointed guardian", "power of attorney", "caregiver from the agency"]

# ---------------------------------------------------------------- clinical vocabulary (keep)

EPONYMS = ["Ménière disease", "Dupuytren contracture", "Sjögren syndrome", "Charcot foot",
           "Baker's cyst", "Horner syndrome", "Wernicke encephalopathy", "Korsakoff syndrome",
           "Lewy body dementia", "Huntington disease", "Marfan syndrome", "Ehlers-Danlos syndrome",
           "Trousseau sign", "Chvostek sign", "Kernig sign", "Brudzinski sign", "Romberg sign",
           "Phalen test", "Tinel sign", "Finkelstein test", "Lachman test", "Spurling test",
           "Kussmaul respirations", "Cheyne-Stokes respirations", "Virchow node",
           "Sister Mary Joseph nodule", "Mallory-Weiss tear", "Zenker diverticulum",
           "Meckel diverticulum", "Nissen fundoplication", "Roux-en-Y gastric bypass",
           "Hartmann procedure", "Swan-Ganz catheter", "Stevens-Johnson syndrome",
           "Clostridioides difficile colitis", "Takayasu arteritis", "Buerger disease",
           "Peyronie disease", "Dressler syndrome", "Fournier gangrene", "Ludwig angina",
           "Wolff-Parkinson-White syndrome", "Brugada pattern", "Mobitz type II block",
           "Lambert-Eaton syndrome", "Creutzfeldt-Jakob disease", "Pick disease",
           "Waldenström macroglobulinemia", "Wilms tumor", "Ewing sarcoma", "Bence Jones protein",
           "Sézary syndrome", "Hirschsprung disease", "Tietze syndrome", "Osler nodes",
           "Janeway lesions", "Roth spots", "Heberden nodes", "Bouchard nodes", "Hoffmann sign",
           "Lhermitte sign", "Cullen sign", "Grey Turner sign", "Rovsing sign", "McBurney point",
           "Courvoisier sign", "Beck triad", "Kehr sign", "Trendelenburg gait"]

SCORES = [("Glasgow Coma Scale", "GCS {g}"), ("Braden", "Braden score {b}"), ("Morse", "Morse Fall Scale {m}"),
          ("RASS", "RASS -{r}"), ("PPS", "PPS {p}%"), ("FAST", "FAST stage 7{fa}"),
          ("MMSE", "MMSE {mm}/30"), ("PHQ-9", "PHQ-9 {ph}"), ("GAD-7", "GAD-7 {gd}"),
          ("CIWA", "CIWA-Ar {ci}"), ("COWS", "COWS {co}"), ("NIHSS", "NIHSS {ni}"),
          ("Karnofsky", "Karnofsky Performance Status {kp}%"), ("CHA2DS2-VASc", "CHA2DS2-VASc {cv}"),
          ("Wells", "Wells score {we}"), ("MELD", "MELD-Na {me}"), ("Child-Pugh", "Child-Pugh class {cp}"),
          ("Epworth", "Epworth Sleepiness Scale {ep}"), ("AUDIT-C", "AUDIT-C {au}"), ("ECOG", "ECOG {ec}")]

DRUGS = ["apixaban 2.5 mg PO BID", "furosemide 40 mg PO daily", "morphine oral solution 5 mg SL q2h PRN dyspnea",
         "lorazepam 0.5 mg SL q4h PRN anxiety", "haloperidol 0.5 mg SC q6h PRN agitation",
         "glycopyrrolate 0.2 mg SC q4h PRN secretions", "senna 8.6 mg 2 tabs qHS", "metformin 500 mg PO BID",
         "lisinopril 10 mg PO daily", "tamsulosin 0.4 mg qHS", "donepezil 10 mg qHS",
         "levothyroxine 75 mcg daily", "cefazolin 2 g IV", "vancomycin 1,250 mg IV q12h",
         "piperacillin-tazobactam 4.5 g IV q8h", "enoxaparin 40 mg SC daily",
         "heparin 5,000 units SC q8h", "ondansetron 4 mg IV q6h PRN nausea", "fentanyl 25 mcg/hr patch q72h",
         "oxycodone 5 mg PO q4h PRN", "buprenorphine-naloxone 8 mg/2 mg SL daily", "sertraline 100 mg daily",
         "quetiapine 25 mg qHS", "lithium carbonate 300 mg TID", "insulin glargine 18 units qHS",
         "ceftriaxone 1 g IV q24h", "midazolam 2 mg IV", "naloxone 4 mg intranasal",
         "aspirin 324 mg chewed", "nitroglycerin 0.4 mg SL q5min x3", "DuoNeb 3 mL neb q4h",
         "epinephrine 1 mg IV q3-5min", "amiodarone 150 mg IV over 10 min", "warfarin 5 mg daily",
         "mirtazapine 7.5 mg qHS", "gabapentin 300 mg TID", "prednisone 40 mg daily x5 days",
         "tramadol 50 mg q6h PRN", "atorvastatin 80 mg qHS", "carvedilol 6.25 mg BID",
         "spironolactone 25 mg daily", "olanzapine 5 mg qHS", "acetaminophen 650 mg q6h PRN",
         "polyethylene glycol 17 g daily", "bisacodyl 10 mg PR PRN", "scopolamine 1.5 mg patch q72h",
         "dexamethasone 4 mg PO daily", "methadone 2.5 mg PO q8h", "nicotine 14 mg/24 hr patch",
         "cephalexin 500 mg QID x7 days", "nitrofurantoin 100 mg BID x5 days", "clopidogrel 75 mg daily"]


def lab_pool(rng):
    return [f"Hgb {rng.randint(68, 139) / 10:.1f} g/dL", f"WBC {rng.randint(31, 224) / 10:.1f} K/uL",
            f"Na {rng.randint(124, 146)} mEq/L", f"K {rng.randint(29, 62) / 10:.1f} mmol/L",
            f"creatinine {rng.randint(62, 341) / 100:.2f} mg/dL", f"BNP {rng.randint(90, 2400):,} pg/mL",
            f"troponin I {rng.randint(1, 240) / 100:.2f} ng/mL", f"lactate {rng.randint(9, 61) / 10:.1f} mmol/L",
            f"INR {rng.randint(9, 41) / 10:.1f}", f"TSH {rng.randint(3, 121) / 10:.1f} mIU/L",
            f"HbA1c {rng.randint(52, 121) / 10:.1f}%", f"albumin {rng.randint(18, 44) / 10:.1f} g/dL",
            f"PSA {rng.randint(5, 480) / 10:.1f} ng/mL", f"eGFR {rng.randint(11, 88)} mL/min/1.73m2",
            f"procalcitonin {rng.randint(1, 90) / 10:.1f} ng/mL", f"glucose {rng.randint(90, 99)} mg/dL",
            f"platelets {rng.randint(40, 420)} K/uL", f"ammonia {rng.randint(20, 140)} umol/L",
            f"BUN {rng.randint(8, 91)} mg/dL", f"calcium {rng.randint(78, 131) / 10:.1f} mg/dL",
            f"magnesium {rng.randint(12, 29) / 10:.1f} mg/dL", f"ferritin {rng.randint(9, 900)} ng/mL",
            f"ethanol {rng.randint(0, 310)} mg/dL", f"CK {rng.randint(40, 9000)} U/L"]


def vital_pool(rng):
    return [f"BP {rng.randint(88, 182)}/{rng.randint(48, 104)}", f"HR {rng.randint(48, 131)}",
            f"RR {rng.randint(12, 32)}", f"T {rng.randint(965, 1032) / 10:.1f} °F",
            f"Temp {rng.randint(358, 393) / 10:.1f} C", f"SpO2 {rng.randint(86, 99)}% on RA",
            f"O2 sat {rng.randint(88, 97)}% on {rng.randint(1, 6)} L NC", f"Wt {rng.randint(380, 1020) / 10:.1f} kg",
            f"BMI {rng.randint(160, 420) / 10:.1f}", f"pain {rng.randint(0, 10)}/10",
            f"MAP {rng.randint(55, 110)}", f"FSBG {rng.randint(60, 380)}"]


ICD10 = ["I48.91", "N39.0", "J18.9", "F03.90", "C34.90", "G30.1", "Z51.5", "R41.82", "S72.001A",
         "I50.23", "J44.1", "E11.22", "N17.9", "C25.9", "F10.239", "F33.2", "L89.154", "R62.7",
         "Z66", "I63.9", "K57.32", "A41.9", "G20.A1", "M81.0", "F11.20", "C61", "R54", "E43"]
CPT = ["99223", "99497", "44120", "88305", "88307", "27236", "47562", "99285", "92950",
       "31500", "43239", "99349", "G0299", "99377", "90837", "90791", "36556"]
LOINC = ["2160-0", "718-7", "2823-3", "4548-4", "33762-6", "2524-7", "10839-9", "1742-6", "6301-6"]
NDC = ["0093-7146-56", "0054-4297-25", "0409-1888-02", "60505-2580-3", "0641-6125-25", "50090-3427-0"]
SNOMED = ["22298006", "386661006", "230690007", "44054006", "84114007"]

ABBREVS = ["DNR/DNI", "POLST", "MOLST", "COPD", "CHF", "AKI", "NPO", "SOB", "AMA", "BKA", "PEG",
           "TPN", "SNF", "LTACH", "ADLs", "CVA", "GERD", "BPH", "OSA", "HFpEF", "CKD 4", "TAVR",
           "CABG", "AAA", "PICC", "NSTEMI", "SBO", "UTI", "DVT", "PE", "ROSC", "LOC", "MVC",
           "SI/HI", "AVH", "ETOH", "ESRD", "HD", "IADLs", "DME", "PT/OT", "HHA", "ACP"]

DIAGNOSES = ["acute on chronic diastolic heart failure", "sepsis secondary to pyelonephritis",
             "community-acquired pneumonia", "metastatic pancreatic adenocarcinoma",
             "end-stage COPD with chronic hypercapnia", "displaced left femoral neck fracture",
             "major neurocognitive disorder, severe", "major depressive disorder, recurrent, severe",
             "alcohol use disorder, severe", "opioid use disorder in early remission",
             "stage 4 sacral pressure injury", "acute kidney injury on CKD stage 3b",
             "adult failure to thrive", "hepatic encephalopathy", "small bowel obstruction",
             "perforated sigmoid diverticulitis", "acute ischemic stroke, right MCA territory",
             "symptomatic cholelithiasis", "non-small cell lung cancer, stage IV",
             "invasive ductal carcinoma", "chronic atrial fibrillation", "frailty with recurrent falls"]

# ---------------------------------------------------------------- check digits


def luhn_ok_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(rng):
    body = str(rng.randint(1, 2)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn_ok_digit("80840" + body)


def dea(rng, surname):
    first = rng.choice("ABFGM")
    s = "".join(ch for ch in surname.upper() if "A" <= ch <= "Z")
    second = s[0] if s else "X"
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


def dea_valid(x: str) -> bool:
    if len(x) != 9 or not x[2:].isdigit():
        return False
    d = [int(c) for c in x[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v: str) -> str:
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin(rng):
    wmi = rng.choice(["1FT", "1GC", "2T1", "3VW", "5NP", "1HG", "JTD", "KMH", "4T1", "1C4", "WBA", "5FN"])
    rest = "".join(rng.choice(VIN_CH) for _ in range(5))
    year = rng.choice("DEFGHJKLMNPRST")
    plant = rng.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + rest + "0" + year + plant + serial
    return v[:8] + vin_check(v) + v[9:]


def vin_valid(v: str) -> bool:
    return len(v) == 17 and vin_check(v) == v[8]


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng):
    a = lambda: rng.choice(MBI_ALPHA)
    n = lambda: str(rng.randint(0, 9))
    an = lambda: rng.choice(MBI_ALPHA + "0123456789")
    s = str(rng.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def letters(rng, n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(n))


# ---------------------------------------------------------------- dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def fmt_date(d: dt.date, style: str) -> str:
    m, y, day = d.month, d.year, d.day
    return {
        "mdy": f"{m:02d}/{day:02d}/{y}", "mdy_nz": f"{m}/{day}/{y}", "mdy2": f"{m}/{day}/{y % 100:02d}",
        "mdy2z": f"{m:02d}/{day:02d}/{y % 100:02d}",
        "iso": d.isoformat(), "long": f"{MONTHS[m - 1]} {day}, {y}", "abbr": f"{MON3[m - 1]} {day}, {y}",
        "abbrdot": f"{MON_DOT[m - 1]} {day}, {y}", "dmy": f"{day} {MON3[m - 1]} {y}",
        "dmylong": f"{day} {MONTHS[m - 1]} {y}",
        "dmycaps": f"{day:02d}-{MON3[m - 1].upper()}-{y}", "dmycaps2": f"{day:02d}{MON3[m - 1].upper()}{y}",
        "dmycaps_short": f"{day:02d}-{MON3[m - 1].upper()}-{y % 100:02d}",
        "md": f"{m}/{day}", "mdz": f"{m:02d}/{day:02d}", "monthday": f"{MONTHS[m - 1]} {day}",
        "monday3": f"{MON3[m - 1]} {day}", "ord": f"{MONTHS[m - 1]} {ordinal(day)}",
        "theof": f"the {ordinal(day)} of {MONTHS[m - 1]}", "wdlong": f"{WEEKDAYS[d.weekday()]}, {MONTHS[m - 1]} {day}, {y}",
        "wdmd": f"{WD3[d.weekday()]} {m}/{day}", "wdfull_md": f"{WEEKDAYS[d.weekday()]} {m}/{day}",
        "monthyear": f"{MONTHS[m - 1]} {y}", "mmyyyy": f"{m:02d}/{y}", "dots": f"{day:02d}.{m:02d}.{y}",
        "compact": f"{y}{m:02d}{day:02d}", "mdydash": f"{m:02d}-{day:02d}-{y}", "abbrnc": f"{MON3[m - 1]} {day} {y}",
        "ymdslash": f"{y}/{m:02d}/{day:02d}", "mdydots": f"{m}.{day}.{y % 100:02d}",
        "capsmonth": f"{MONTHS[m - 1].upper()} {day}, {y}",
    }[style]


FULL_STYLES = ["mdy", "mdy_nz", "mdy2", "mdy2z", "iso", "long", "abbr", "abbrdot", "dmy", "dmylong",
               "dmycaps", "dmycaps2", "dmycaps_short", "wdlong", "dots", "compact", "mdydash", "abbrnc",
               "ymdslash", "mdydots", "capsmonth"]
SHORT_STYLES = ["md", "mdz", "monthday", "monday3", "ord", "theof", "wdmd", "wdfull_md"]
HEADER_STYLES = ["mdy", "mdy_nz", "iso", "dmycaps", "abbr", "long", "mdy2", "dmy"]
DOB_STYLES = ["mdy", "mdy_nz", "iso", "long", "abbr", "dmycaps", "dmy", "mdydash", "mdy2z"]


def fmt_time(rng, h=None, mi=None):
    h = rng.randint(0, 23) if h is None else h
    mi = rng.choice([0, 5, 10, 12, 15, 20, 27, 30, 38, 40, 45, 52, 55]) if mi is None else mi
    st = rng.random()
    if st < 0.4:
        return f"{h:02d}{mi:02d}"
    if st < 0.75:
        return f"{h:02d}:{mi:02d}"
    h12 = h % 12 or 12
    return f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}"


# ---------------------------------------------------------------- people and context


def _hn(given: list[str], family: str, text: str | None = None) -> dict:
    return {"text": text or " ".join(given + [family]), "family": family, "given": given}


class Person:
    def __init__(self, given, family, sex, native=None, middle=None):
        self.given, self.family, self.sex, self.native, self.middle = given, family, sex, native, middle

    def names(self):
        g = [self.given] + ([self.middle] if self.middle else [])
        out = [_hn(g, self.family)]
        if self.native:
            nf, ng, j = self.native
            out.append(_hn([ng], nf, nf + ng if j == "" else ng + j + nf))
        return out

    @property
    def full(self):
        return f"{self.given} {self.family}"

    @property
    def native_text(self):
        nf, ng, j = self.native
        return nf + ng if j == "" else ng + j + nf


def make_person(rng, sex=None, group=None, family=None):
    if group is None:
        r = rng.random()
        if r < 0.22:
            group = rng.choice(sorted(SCRIPT_GROUPS))
        elif r < 0.62:
            group = "anglo"
        else:
            group = rng.choice(sorted(LATIN_GROUPS))
    if group in SCRIPT_GROUPS:
        cands = [x for x in SCRIPT_GROUPS[group] if sex is None or x[5] == sex]
        if not cands:
            cands = SCRIPT_GROUPS[group]
        g, f, nf, ng, j, s = rng.choice(cands)
        if family is not None and family[0] != f:
            # relative keeps the patient's family name (and its script when there is one)
            if family[1] is None:
                return Person(g, family[0], s, None), group
            f, nf = family
        return Person(g, f, s, (nf, ng, j)), group
    m, fe, fam = LATIN_GROUPS[group]
    sex = sex or rng.choice("MF")
    given = rng.choice(m if sex == "M" else fe)
    f = family[0] if family is not None else rng.choice(fam)
    middle = None
    if group == "anglo" and rng.random() < 0.3:
        middle = rng.choice(["Ray", "Lee", "Ann", "Marie", "Jean", "Eugene", "Wayne", "Louise", "Dean"])
    return Person(given, f, sex, None, middle), group


class Clin:
    def __init__(self, role, given, family, cred, middle=None, in_chart=True):
        self.role, self.given, self.family, self.cred, self.middle = role, given, family, cred, middle
        self.in_chart = in_chart

    def entry(self):
        g = [self.given] + ([self.middle] if self.middle else [])
        return {"role": self.role, "names": [_hn(g, self.family)], "credential": self.cred}


class Ctx:
    """Everything a template needs for one note."""

    def __init__(self, rng, note_type):
        self.rng = rng
        self.note_type = note_type
        base = dt.date(2023, 1, 1)
        self.nd = base + dt.timedelta(days=rng.randint(0, 1400))
        r = rng.random()
        if note_type in OLD_TYPES:
            r = r * 0.7
        if r < 0.42:
            self.age = rng.choice([90, 90, 91, 92, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
        elif r < 0.7:
            self.age = rng.randint(70, 89)
        else:
            self.age = rng.randint(19, 69)
        self.pt, self.group = make_person(rng)
        self.sex = self.pt.sex
        self.he, self.his, self.him = ("he", "his", "him") if self.sex == "M" else ("she", "her", "her")
        self.Mr = "Mr." if self.sex == "M" else rng.choice(["Ms.", "Mrs."])
        self.dob = self.nd - dt.timedelta(days=365 * self.age + self.age // 4 + rng.randint(1, 360))
        self.mrn = self._mrn()
        self.city, self.state = rng.choice(US_CITIES)
        self.zip = f"{rng.randint(10, 99)}{digits(rng, 3)}" + (f"-{digits(rng, 4)}" if rng.random() < 0.3 else "")
        self.addr_line, self.unit = self._street()
        self.phones = [self.phone_canon() for _ in range(rng.randint(1, 2))]
        self.email = self._email(self.pt.given, self.pt.family)
        # relatives
        self.rels = []
        for i in range(rng.randint(1, 3)):
            rsex = rng.choice("MF")
            rel = rng.choice(RELATIONSHIPS_M if rsex == "M" else RELATIONSHIPS_F)
            same = rng.random() < 0.55
            fam = (self.pt.family, self.pt.native[0] if self.pt.native else None) if same else None
            grp = self.group if rng.random() < 0.8 else None
            for _ in range(8):
                p, _ = make_person(rng, rsex, grp, fam)
                if p.given != self.pt.given:
                    break
            self.rels.append((rel, p, self.phone_canon()))
        # clinicians
        self.clins = {}
        self.used_clin_names = set()

    # -- identifiers
    def _mrn(self):
        r = self.rng
        k = r.randint(0, 5)
        return [lambda: "00" + digits(r, 6), lambda: "M" + digits(r, 7), lambda: digits(r, 9),
                lambda: f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}", lambda: "K" + digits(r, 8),
                lambda: "0" + digits(r, 7)][k]()

    def _street(self):
        r = self.rng
        st = r.choice(STREETS)
        num = str(r.randint(3, 29999))
        k = r.randint(0, 9)
        unit = None
        if k <= 2:
            line = f"{num} {st}"
        elif k <= 4:
            w = st.rsplit(" ", 1)
            line = f"{num} {r.choice(['N.', 'S.', 'E.', 'W.', 'North', 'SE'])} {w[0]} {STREET_ABBR[w[1]]}"
        elif k == 5:
            line = f"{num} {st}"
            unit = r.choice([f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(1, 300)}",
                             f"#{r.randint(100, 999)}", f"Lot {r.randint(1, 80)}", f"Trlr {r.randint(1, 40)}"])
        elif k == 6:
            line = r.choice([f"P.O. Box {r.randint(10, 9999)}", f"PO BOX {r.randint(10, 9999)}",
                             f"Post Office Box {r.randint(10, 999)}"])
        elif k == 7:
            line = r.choice([f"RR {r.randint(1, 9)} Box {r.randint(10, 400)}",
                             f"Rural Route {r.randint(1, 5)}, Box {r.randint(10, 400)}",
                             f"HC {r.randint(60, 89)} Box {r.randint(1, 99)}"])
        elif k == 8:
            line = r.choice([f"N{r.randint(1000, 9999)} County Road {r.choice('KMJQ')}",
                             f"W{r.randint(100, 9999)} {st}", f"{num}-{r.choice('AB')} {st}",
                             f"{r.randint(100, 999)}{r.choice('½')} {st}"])
        else:
            line = f"{num} {st}"
            unit = r.choice([f"Suite {r.randint(100, 450)}", f"Bldg {r.randint(1, 9)}, Apt {r.randint(1, 24)}",
                             f"Room {r.randint(1, 40)}"])
        return line, unit

    def phone_canon(self):
        r = self.rng
        return f"({r.randint(201, 989)}) {r.randint(201, 989)}-{digits(r, 4)}"

    def phone_fmt(self, canon=None):
        r = self.rng
        if canon is None:
            canon = self.phone_canon()
        a, b, c = canon[1:4], canon[6:9], canon[10:14]
        k = r.randint(0, 8)
        return [canon, f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a}-{b}-{c}", f"1-{a}-{b}-{c}",
                f"({a}){b}-{c}", f"{a} {b} {c}", f"+1 ({a}) {b}-{c}"][k]

    def intl_phone(self):
        r = self.rng
        return r.choice([f"+52 33 {digits(r, 4)} {digits(r, 4)}", f"+63 917 {digits(r, 3)} {digits(r, 4)}",
                         f"+234 803 {digits(r, 3)} {digits(r, 4)}", f"+91 98{digits(r, 3)} {digits(r, 5)}",
                         f"+44 7911 {digits(r, 6)}", f"+380 67 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
                         f"+82 10-{digits(r, 4)}-{digits(r, 4)}", f"011 52 664 {digits(r, 3)} {digits(r, 4)}",
                         f"+48 601 {digits(r, 3)} {digits(r, 3)}", f"+251 91 {digits(r, 3)} {digits(r, 4)}"])

    def _email(self, given, family):
        r = self.rng
        import unicodedata
        def asc(s):
            s = unicodedata.normalize("NFKD", s)
            s = "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))
            return s.lower() or "pt"
        g, f = asc(given), asc(family)
        user = r.choice([f"{g}.{f}", f"{g[0]}{f}{r.randint(1, 99)}", f"{f}{g[0]}", f"{g}{f}{r.randint(1940, 2005)}",
                         f"{g}_{f}", f"nana{g}{r.randint(1, 9)}", f"{f}.family", f"{g}{r.randint(100, 999)}"])
        return f"{user}@{r.choice(MAIL_DOMAINS)}"

    def new_email(self):
        p, _ = make_person(self.rng)
        return self._email(p.given, p.family)

    # -- names
    def pn(self, form=None):
        """Patient name, markup, in one of many written forms."""
        r, p = self.rng, self.pt
        forms = ["full", "lastfirst", "caps", "first", "title", "title", "lower", "initial", "native",
                 "nick", "titlefull", "capslf"]
        form = form or r.choice(forms)
        if form == "native" and not p.native:
            form = "full"
        if form == "nick" and p.given not in NICKNAMES:
            form = "title"
        if form == "full":
            return N(p.full)
        if form == "lastfirst":
            return f"{N(p.family)}, {N(p.given)}"
        if form == "capslf":
            return f"{N(p.family.upper())}, {N(p.given.upper())}"
        if form == "caps":
            return N(p.full.upper())
        if form == "first":
            return N(p.given)
        if form == "title":
            return f"{self.Mr} {N(p.family)}"
        if form == "titlefull":
            return f"{self.Mr} {N(p.full)}"
        if form == "lower":
            return N(p.given.lower())
        if form == "initial":
            return N(f"{p.given[0]}. {p.family}")
        if form == "native":
            return N(p.native_text)
        if form == "nick":
            return N(NICKNAMES[p.given])
        raise ValueError(form)

    def pn_pair(self):
        """Name with its native script form, when there is one."""
        if self.pt.native:
            return f"{N(self.pt.full)} ({N(self.pt.native_text)})"
        return N(self.pt.full)

    def rel(self, i=None):
        i = self.rng.randrange(len(self.rels)) if i is None else i % len(self.rels)
        return self.rels[i]

    def reln(self, p, form=None):
        r = self.rng
        form = form or r.choice(["full", "full", "first", "title", "native", "lower", "caps"])
        if form == "native" and not p.native:
            form = "full"
        if form == "full":
            return N(p.full)
        if form == "first":
            return N(p.given)
        if form == "title":
            return f"{'Mr.' if p.sex == 'M' else 'Ms.'} {N(p.family)}"
        if form == "native":
            return f"{N(p.native_text)} ({N(p.full)})" if r.random() < 0.5 else N(p.native_text)
        if form == "lower":
            return N(p.given.lower())
        if form == "caps":
            return N(p.full.upper())
        raise ValueError(form)

    def other(self):
        """A non-chart person, with a role word."""
        p, _ = make_person(self.rng)
        role = self.rng.choice(OTHER_PEOPLE_ROLES)
        return role, p

    def clin(self, role, chart=None):
        if role in self.clins:
            return self.clins[role]
        r = self.rng
        while True:
            g, f = r.choice(CLIN_GIVEN), r.choice(CLIN_FAMILY)
            if (g, f) not in self.used_clin_names and f != self.pt.family:
                break
        self.used_clin_names.add((g, f))
        mid = r.choice(CLIN_MIDDLE) if r.random() < 0.35 else None
        in_chart = (r.random() < 0.75) if chart is None else chart
        c = Clin(role, g, f, r.choice(ROLE_CRED[role]), mid, in_chart)
        self.clins[role] = c
        return c

    def drn(self, role, form=None, chart=None):
        """Clinician name markup with title/credential outside the span."""
        c = self.clin(role, chart)
        r = self.rng
        form = form or r.choice(["dr", "full_cred", "full", "mid_cred", "last_cred", "caps_cred", "lf"])
        md = c.cred in ("MD", "DO")
        if form == "dr" and not md:
            form = "full_cred"
        if form == "dr":
            return f"Dr. {DR(c.family)}" if r.random() < 0.6 else f"Dr. {DR(c.given + ' ' + c.family)}"
        if form == "full_cred":
            return f"{DR(c.given + ' ' + c.family)}, {c.cred}"
        if form == "full":
            return DR(c.given + " " + c.family)
        if form == "mid_cred":
            m = f"{c.middle or r.choice(CLIN_MIDDLE)}."
            return f"{DR(f'{c.given} {m} {c.family}')}, {c.cred}"
        if form == "last_cred":
            return f"{DR(c.family)} {c.cred.split(',')[-1].strip()}"
        if form == "caps_cred":
            return f"{DR((c.given + ' ' + c.family).upper())}, {c.cred}"
        if form == "lf":
            return f"{DR(c.family)}, {DR(c.given)} {c.cred.split(',')[-1].strip()}"
        if form == "first":
            return DR(c.given)
        if form == "initial":
            return DR(f"{c.given[0]}. {c.family}")
        raise ValueError(form)

    # -- dates
    def day(self, off=0):
        return self.nd + dt.timedelta(days=off)

    def d(self, off=0, styles=None, yearless_ok=True):
        r = self.rng
        pool = styles or (FULL_STYLES + (SHORT_STYLES if yearless_ok else []))
        return P("DATE", fmt_date(self.day(off), r.choice(pool)))

    def dob_txt(self, styles=None):
        return P("DATE", fmt_date(self.dob, self.rng.choice(styles or DOB_STYLES)))

    def dtm(self, off=0, styles=None):
        """A date followed by a time (time outside), or one ISO token."""
        r = self.rng
        if r.random() < 0.2:
            t = f"{self.day(off).isoformat()}T{r.randint(0, 23):02d}:{r.choice([0, 12, 24, 37, 41, 55]):02d}"
            return P("DATE", t + (f":{r.randint(0, 59):02d}" if r.random() < 0.4 else ""))
        sep = r.choice([" ", " ", " @ ", " at ", "  "])
        return self.d(off, styles or HEADER_STYLES) + sep + fmt_time(r)

    def d_range(self, a, b):
        r = self.rng
        da, db = self.day(a), self.day(b)
        k = r.randint(0, 4)
        if k == 0:
            return f"{self.d(a, ['mdy', 'mdy_nz'])} - {self.d(b, ['mdy', 'mdy_nz'])}"
        if k == 1:
            return f"{self.d(a, ['md'])}–{self.d(b, ['mdy_nz', 'mdy2'])}"
        if k == 2 and da.month == db.month:
            return P("DATE", f"{MONTHS[da.month - 1]} {da.day}–{db.day}, {db.year}")
        if k == 3:
            return f"from {self.d(a, ['monthday', 'ord'])} through {self.d(b, ['monthday', 'abbr'])}"
        return f"{self.d(a, ['iso'])} to {self.d(b, ['iso'])}"

    def weekday_rel(self, off):
        """'last Tuesday (3/10)' style phrasing for a day before the note date."""
        r = self.rng
        d = self.day(off)
        wd = WEEKDAYS[d.weekday()]
        k = r.randint(0, 4)
        if k == 0:
            return f"last {wd} ({P('DATE', f'{d.month}/{d.day}')})"
        if k == 1:
            return f"this past {wd}, {P('DATE', fmt_date(d, 'monthday'))}"
        if k == 2:
            return f"on {P('DATE', f'{wd} the {ordinal(d.day)}')}"
        if k == 3:
            return f"on {P('DATE', f'{WD3[d.weekday()]} {d.month}/{d.day}')}"
        return f"on {P('DATE', f'{wd}, {MON3[d.month - 1]} {d.day}')}"

    # -- ages
    def age_txt(self, style=None, age=None):
        r = self.rng
        a = self.age if age is None else age
        cat_phi = a > 89
        k = style or r.choice(["yo_hyph", "yo_hyph", "yo", "y/o", "yrs", "yearsold", "yo_sp", "words",
                               "yoa", "y.o.", "yr old", "YO", "yr-hyph", "of age", "y"])
        wordnum = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
                   95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
                   99: "ninety-nine", 100: "one hundred", 101: "one hundred one", 102: "one hundred two",
                   104: "one hundred four"}
        pre = ""
        if k == "yo_hyph":
            s = f"{a}-year-old"
        elif k == "yo":
            s = f"{a} yo"
        elif k == "y/o":
            s = f"{a} y/o"
        elif k == "yrs":
            s = f"{a} yrs"
        elif k == "age":
            pre, s = "age ", str(a)
        elif k == "aged":
            pre, s = "aged ", str(a)
        elif k == "yearsold":
            s = f"{a} years old"
        elif k == "yo_sp":
            s = f"{a} year old"
        elif k == "words" and a in wordnum:
            s = f"{wordnum[a]}-year-old"
        elif k == "yoa":
            s = f"{a}yo"
        elif k == "y.o.":
            s = f"{a} y.o."
        elif k == "YO":
            s = f"{a} YO"
        elif k == "yr-hyph":
            s = f"{a}-yr-old"
        elif k == "of age":
            s = f"{a} years of age"
        elif k == "y":
            s = f"{a}y"
        else:
            s = f"{a} yr old"
        return pre + (P("AGE_OVER_89", s) if cat_phi else K("age", s))

    def age_num(self, a=None):
        a = self.age if a is None else a
        return P("AGE_OVER_89", str(a)) if a > 89 else K("age", str(a))

    # -- places
    def city_txt(self, with_state=None):
        r = self.rng
        c, s = r.choice(US_CITIES)
        ws = r.random() < 0.5 if with_state is None else with_state
        return P("CITY", c) + (f", {s}" if ws else "")

    def foreign_txt(self):
        r = self.rng
        c, nat, country = r.choice(FOREIGN)
        if nat and r.random() < 0.5:
            return f"{P('CITY', c)} ({P('CITY', nat)}), {country}"
        return f"{P('CITY', c)}, {country}" if r.random() < 0.7 else P("CITY", c)

    def county_txt(self):
        c, s = self.rng.choice(COUNTIES)
        return P("CITY", c) + (f", {s}" if self.rng.random() < 0.4 else "")

    def addr_lines(self, sep="\n"):
        """Street line (+unit) then city, state ZIP."""
        r = self.rng
        out = P("ADDRESS", self.addr_line)
        if self.unit:
            out += r.choice([", ", " ", "\n"]) + P("ADDRESS", self.unit)
        out += sep + P("CITY", self.city) + ", " + self.state + " " + P("ZIP", self.zip)
        return out

    def other_addr(self):
        r = self.rng
        st = r.choice(STREETS)
        c, s = r.choice(US_CITIES)
        k = r.randint(0, 3)
        if k == 0:
            return f"{P('ADDRESS', f'{r.randint(10, 9999)} {st}')}, {P('CITY', c)}, {s} {P('ZIP', str(r.randint(10000, 99899)))}"
        if k == 1:
            return f"{P('ADDRESS', f'{r.randint(10, 9999)} {st}')} {P('ADDRESS', f'Apt {r.randint(1, 30)}')}, {P('CITY', c)}"
        if k == 2:
            line, city, pc, country = r.choice(FOREIGN_ADDR)
            return f"{P('ADDRESS', line)}, " + (f"{P('ZIP', pc)} " if pc else "") + f"{P('CITY', city)}, {country}"
        return f"{P('ADDRESS', f'{r.randint(10, 9999)} {st}')} in {P('CITY', c)}"

    # -- keep helpers
    def drug(self):
        return K("drug", self.rng.choice(DRUGS))

    def drugs(self, n):
        return [K("drug", x) for x in self.rng.sample(DRUGS, n)]

    def labs(self, n):
        return [K("lab", x) for x in self.rng.sample(lab_pool(self.rng), n)]

    def vitals(self, n):
        return [K("vital", x) for x in self.rng.sample(vital_pool(self.rng), n)]

    def epo(self):
        return K("eponym", self.rng.choice(EPONYMS))

    def abbr(self):
        return K("abbreviation", self.rng.choice(ABBREVS))

    def dx(self):
        return K("diagnosis", self.rng.choice(DIAGNOSES))

    def icd(self):
        return K("code", self.rng.choice(ICD10))

    def cpt(self):
        return K("code", self.rng.choice(CPT))

    def score(self):
        r = self.rng
        _, f = r.choice(SCORES)
        vals = dict(g=r.randint(3, 15), b=r.randint(8, 20), m=r.choice([25, 45, 65, 85]), r=r.randint(1, 4),
                    p=r.choice([10, 20, 30, 40, 50]), fa=r.choice("abcdef"), mm=r.randint(8, 29),
                    ph=r.randint(2, 26), gd=r.randint(2, 21), ci=r.randint(3, 24), co=r.randint(2, 20),
                    ni=r.randint(1, 22), kp=r.choice([30, 40, 50, 60, 70]), cv=r.randint(2, 8),
                    we=r.choice(["2", "4.5", "6"]), me=r.randint(12, 34), cp=r.choice("ABC"),
                    ep=r.randint(4, 20), au=r.randint(0, 11), ec=r.randint(0, 4))
        return K("score", f.format(**vals))


# ---------------------------------------------------------------- shared sentence families


def pick(rng, fns, c):
    return rng.choice(fns)(c)


def s_city(c):
    r = c.rng
    k = r.randint(0, 17)
    rel, p, _ = c.rel()
    if k == 0:
        return f"Moved here from {c.city_txt(False)} last {r.choice(['year', 'spring', 'fall', 'winter'])} to be closer to family."
    if k == 1:
        return f"Grew up outside {c.city_txt()} and worked {r.choice(['on the railroad', 'as a welder', 'in a textile mill', 'as a schoolteacher'])} for 30 years."
    if k == 2:
        return f"Transferred from {r.choice(HOSPITALS)} in {c.city_txt()} for higher level of care."
    if k == 3:
        return f"Was visiting family in {c.city_txt()} when symptoms began."
    if k == 4:
        return f"Born in {c.foreign_txt()}; came to the US in {r.randint(1951, 2015)}."
    if k == 5:
        return f"{rel.capitalize()} {c.reln(p, 'first')} lives in {c.city_txt()} and drives down on weekends."
    if k == 6:
        return f"Lives alone on a farm in rural {c.county_txt()}."
    if k == 7:
        return f"Previously followed by a cardiologist in {c.city_txt(True)}; records requested."
    if k == 8:
        return f"Recently returned from a trip to {c.foreign_txt()} to see relatives."
    if k == 9:
        return f"Retired {c.city_txt(False)} postal carrier, widowed."
    if k == 10:
        return f"{c.his.capitalize()} {rel} flew in from {c.foreign_txt()} yesterday."
    if k == 11:
        return f"Plans to stay with {c.his} {rel} in {c.city_txt()} after discharge."
    if k == 12:
        return f"Was hospitalized at an outside facility in {c.city_txt(True)} in {r.randint(2015, 2022)}."
    if k == 13:
        return f"Family is originally from {c.foreign_txt()}, moved to {c.city_txt(False)} in the 1990s."
    if k == 14:
        return f"Works seasonal harvest near {c.city_txt(True)}, housing provided by grower."
    if k == 15:
        return f"Snowbird: spends winters in {c.city_txt()} and summers at home."
    k2 = r.randint(0, 7)
    if k2 == 0:
        return f"Hometown: {c.city_txt(True)}. Place of birth: {c.foreign_txt()}."
    if k2 == 1:
        return f"Born and raised in {c.city_txt(False)}, now lives in {c.city_txt(False)} with {c.his} {rel}."
    if k2 == 2:
        return f"Brought in by ambulance from a rest stop outside {c.city_txt(True)}."
    if k2 == 3:
        return f"Attends dialysis in {c.city_txt(False)} three times a week (45-minute drive)."
    if k2 == 4:
        return f"Lived in {c.county_txt()} until {c.his} house burned down."
    if k2 == 5:
        return f"Was working in {c.city_txt()} on a pipeline crew; travels home to {c.city_txt(False)} monthly."
    if k2 == 6:
        return f"Deported relatives remain in {c.foreign_txt()}; sends money monthly."
    return f"Pt says {c.he} \"grew up in {P('CITY', r.choice(US_CITIES)[0].upper())}\" and wants to be buried there."


def s_other_id(c):
    r = c.rng
    k = r.randint(0, 21)
    y2 = c.nd.year % 100
    if k == 0:
        return f"Referring provider NPI {P('OTHER_ID', npi(r))}."
    if k == 1:
        return f"Rx #{P('OTHER_ID', digits(r, 7))} filled at the outpatient pharmacy."
    if k == 2:
        return f"Prior authorization approved, ref # {P('OTHER_ID', f'PA-{y2}-{digits(r, 6)}')}."
    if k == 3:
        return f"Claim number {P('OTHER_ID', f'{c.nd.year}{digits(r, 9)}')} remains under appeal."
    if k == 4:
        return f"Specimen accession {P('OTHER_ID', f'SP{y2}-{r.randint(1000, 99999)}')} sent to pathology."
    if k == 5:
        return f"APS report filed, intake #{P('OTHER_ID', f'{c.nd.year}-{digits(r, 6)}')}."
    if k == 6:
        return f"CPS case number {P('OTHER_ID', f'{y2}-CP-{digits(r, 5)}')} per caseworker."
    if k == 7:
        return f"Spanish interpreter ID {P('OTHER_ID', digits(r, 5))} used for the entire encounter."
    if k == 8:
        return f"Police report no. {P('OTHER_ID', f'{y2}-{digits(r, 6)}')} (officer at bedside)."
    if k == 9:
        return f"Workers' comp claim {P('OTHER_ID', f'WC{digits(r, 8)}')}, adjuster notified."
    if k == 10:
        return f"Guardianship docket {P('OTHER_ID', f'{c.nd.year}-PR-{digits(r, 5)}')} on file with legal."
    if k == 11:
        return f"Alien registration number {P('OTHER_ID', f'A{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}')} copied for financial counseling."
    if k == 12:
        return f"Passport {P('OTHER_ID', letters(r, 1) + digits(r, 8))} verified by registration."
    if k == 13:
        return f"Referral # {P('OTHER_ID', 'R' + digits(r, 8))} sent to the accepting agency."
    if k == 14:
        return f"Employee ID {P('OTHER_ID', f'E{digits(r, 6)}')} (hospital staff member, occupational exposure)."
    if k == 15:
        return f"Blood bank armband {P('OTHER_ID', f'BB{digits(r, 6)}')} applied."
    if k == 16:
        return f"Medical examiner case {P('OTHER_ID', f'ME{y2}-{r.randint(100, 2999):04d}')} was declined."
    if k == 17:
        return f"Tracking ticket {P('OTHER_ID', f'INC{digits(r, 7)}')} opened for the duplicate chart merge."
    k2 = r.randint(0, 7)
    if k2 == 0:
        return f"Patient in custody; booking # {P('OTHER_ID', f'{c.nd.year}-{digits(r, 6)}')}, deputy at bedside."
    if k2 == 1:
        return f"Transplant candidate ID {P('OTHER_ID', letters(r, 4) + digits(r, 3))} (waitlisted)."
    if k2 == 2:
        return f"Coroner's case no. {P('OTHER_ID', f'C{y2}-{digits(r, 4)}')} assigned."
    if k2 == 3:
        return f"National Provider Identifier: {P('OTHER_ID', npi(r))} (covering physician)."
    if k2 == 4:
        return f"VA claim file number {P('OTHER_ID', 'C-' + digits(r, 8))} referenced in the disability letter."
    if k2 == 5:
        return f"Student ID {P('OTHER_ID', digits(r, 9))} provided for the school excuse note."
    if k2 == 6:
        return f"Pharmacy Rx {P('OTHER_ID', f'{digits(r, 3)}-{digits(r, 4)}-{digits(r, 2)}')} transferred from the prior store."
    return f"Appeal reference {P('OTHER_ID', f'APL-{c.nd.year}-{digits(r, 5)}')}; hearing pending."


def s_lookalike(c):
    r = c.rng
    k = r.randint(0, 11)
    if k == 0:
        return f"Sats have been {K('vital', 'in the 90s')} on room air."
    if k == 1:
        return f"Knee flexion limited to {K('vital', f'{r.choice([90, 95, 100])} degrees')}."
    if k == 2:
        return f"Takes {K('drug', 'aspirin 81 mg daily')}; {K('lab', f'glucose {r.randint(90, 99)} mg/dL')} fasting."
    if k == 3:
        return f"{K('vital', f'HR {r.randint(90, 119)}')}, {K('vital', f'T {r.randint(990, 1012) / 10:.1f} °F')}, {K('vital', f'SpO2 {r.randint(90, 99)}%')}."
    if k == 4:
        return f"Dispensed a {K('word', '90-day supply')}; next fill due in {r.randint(90, 120)} days."
    if k == 5:
        return f"Walked {r.choice([90, 100, 150])} feet with rolling walker, {K('vital', f'SpO2 {r.randint(90, 96)}%')} after ambulation."
    if k == 6:
        return f"Weight {K('vital', f'{r.randint(90, 104)} lb')}, down from 112 lb."
    if k == 7:
        return f"Length at the {r.choice(['91st', '93rd', '95th'])} percentile is not applicable; adult patient."
    if k == 8:
        return f"{K('lab', f'Platelets {r.randint(90, 140)} K/uL')}, {K('lab', f'MCV {r.randint(90, 104)} fL')}."
    if k == 9:
        return f"Room {r.randint(90, 99)}{r.choice('ABC')}, bed by the window; pager 4{digits(r, 3)}."
    if k == 10 and r.random() < 0.6:
        return f"Held {K('drug', 'metoprolol tartrate 25 mg')} for {K('vital', f'HR {r.randint(48, 55)}')} and {K('vital', f'SBP {r.randint(90, 99)}')}."
    if k == 10:
        return f"{c.his.capitalize()} late {'wife' if c.sex == 'M' else 'husband'} died at {c.age_num(r.randint(60, 88))}; mother lived to {c.age_num(r.randint(90, 103))}."
    return f"Spouse is {c.age_txt(age=r.randint(84, 97))} and cannot provide hands-on care."


def s_word(c):
    """Ordinary-word use of a name that appears in this note, else any."""
    r = c.rng
    names = [c.pt.given, c.pt.family] + [p.given for _, p, _ in c.rels] + [p.family for _, p, _ in c.rels]
    names += [cl.given for cl in c.clins.values()] + [cl.family for cl in c.clins.values()]
    present = [w for w in names if w in WORD_USES]
    w = r.choice(present) if present and r.random() < 0.85 else r.choice(sorted(WORD_USES))
    tpl = r.choice(WORD_USES[w])
    lw = w.lower()
    out = tpl.replace("{W}", K("word", w)).replace("{w}", K("word", lw))
    return out


def s_eponym_name(c):
    if c.pt.family in EPONYM_SURNAMES:
        return f"{K('eponym', EPONYM_SURNAMES[c.pt.family])} {c.rng.choice(['in place', 'discussed', 'noted on review', 'reviewed with family'])}."
    return f"History notable for {c.epo()}."


def s_contact(c):
    r = c.rng
    k = r.randint(0, 7)
    rel, p, ph = c.rel()
    if k == 0:
        return f"Best number is {P('PHONE', c.phone_fmt(c.phones[0]))}; may leave a message."
    if k == 1:
        return f"{rel.capitalize()} {c.reln(p)} can be reached at {P('PHONE', c.phone_fmt(ph))} or {P('EMAIL', c._email(p.given, p.family))}."
    if k == 2:
        return f"Old number {P('PHONE', c.phone_fmt())} is disconnected; updated to {P('PHONE', c.phone_fmt(c.phones[-1]))}."
    if k == 3:
        return f"Relative abroad: {c.reln(p, 'full')}, {P('PHONE', c.intl_phone())} (WhatsApp)."
    if k == 4:
        return f"Patient e-mail on file: {P('EMAIL', c.email)}."
    if k == 5:
        return f"Fax records to {P('FAX', c.phone_fmt())}, attn: medical records."
    if k == 6:
        return f"Call back at {P('PHONE', c.phone_fmt())} ext. {r.randint(100, 9999)}."
    return f"Text updates to {c.reln(p, 'first')} at {P('PHONE', c.phone_fmt(ph))}."


def s_other_person(c):
    r = c.rng
    role, p = c.other()
    k = r.randint(0, 5)
    if k == 0:
        return f"{role.capitalize()}, {N(p.full)}, found {c.him} on the floor and called 911."
    if k == 1:
        return f"Collateral obtained from {c.his} {role} {N(p.full)} ({P('PHONE', c.phone_fmt())})."
    if k == 2:
        return f"{c.his.capitalize()} {role} ({N(p.given)}) has a key to the house."
    if k == 3:
        return f"Per {role} {N(p.family if r.random() < 0.5 else p.full)}, {c.he} had not been seen for two days."
    if k == 4:
        return f"Visitor {N(p.full.upper())} ({role}) signed in at the desk."
    return f"{N(p.full)}, {role}, is listed as a secondary contact at {P('PHONE', c.phone_fmt())}."


def s_device(c):
    r = c.rng
    k = r.randint(0, 6)
    if k == 0:
        return f"Dual-chamber pacemaker, serial {P('DEVICE', letters(r, 3) + digits(r, 6) + letters(r, 1))}, interrogated."
    if k == 1:
        return f"Insulin pump SN {P('DEVICE', f'{digits(r, 4)}-{digits(r, 5)}')}; settings unchanged."
    if k == 2:
        return f"CPAP device serial # {P('DEVICE', digits(r, 11))} brought from home."
    if k == 3:
        return f"LVAD controller S/N {P('DEVICE', f'HMC-{digits(r, 6)}')}, alarms reviewed."
    if k == 4:
        return f"CGM transmitter ID {P('DEVICE', letters(r, 2, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + digits(r, 2) + letters(r, 2))} replaced."
    if k == 5:
        return f"Hearing aids (serial {P('DEVICE', digits(r, 8))} L, {P('DEVICE', digits(r, 8))} R) sent home with family."
    return f"ICD generator SN {P('DEVICE', 'R' + letters(r, 2) + digits(r, 6))} at elective replacement indicator."


def s_vehicle(c):
    r = c.rng
    k = r.randint(0, 3)
    plate = r.choice([f"{r.randint(1, 9)}{letters(r, 3)}{digits(r, 3)}", f"{letters(r, 3)}-{digits(r, 4)}",
                      f"{letters(r, 3)} {digits(r, 4)}", f"{digits(r, 3)} {letters(r, 3)}"])
    if k == 0:
        return f"Vehicle towed: {r.choice(['2009 Buick LaCrosse', '2016 Ford F-150', '2012 Honda Civic', '2019 Subaru Outback'])}, VIN {P('VEHICLE', vin(r))}."
    if k == 1:
        return f"Car left in lot C, plate {P('VEHICLE', plate)} ({c.state}); security notified."
    if k == 2:
        return f"Involved vehicle plate {P('VEHICLE', plate)}, VIN {P('VEHICLE', vin(r))} per trooper."
    return f"Daughter will pick up the truck (tag {P('VEHICLE', plate)}) from the ED lot."


def s_url_ip(c):
    r = c.rng
    k = r.randint(0, 4)
    slug = (c.pt.given + c.pt.family).lower().replace(" ", "").replace("'", "")
    slug = "".join(ch for ch in slug if ch.isascii() and ch.isalnum()) or "family"
    if k == 0:
        return f"Family posts updates at {P('URL', f'https://www.caringbridge.org/site/{slug}')}."
    if k == 1:
        return f"Fundraiser link shared by daughter: {P('URL', f'gofundme.com/f/help-{slug}-come-home')}."
    if k == 2:
        return f"Portal session from IP {P('IP', f'{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}')} flagged by security."
    if k == 3:
        return f"Telehealth connection from {P('IP', f'2601:{r.randint(256, 4095):x}:{r.randint(4096, 65535):x}::{r.randint(16, 255):x}:{r.randint(4096, 65535):x}')}, video stable."
    return f"Patient shared a photo blog: {P('URL', f'http://{slug}.blogspot.com/{c.nd.year}/')}"


def s_license(c):
    r = c.rng
    k = r.randint(0, 4)
    doc = c.clin(r.choice(["attending", "primary care", "hospitalist"]))
    if k == 0:
        return f"Prescriber DEA {P('LICENSE', dea(r, doc.family))}."
    if k == 1:
        return f"Driver's license {c.state} {P('LICENSE', letters(r, 1) + digits(r, 8))} scanned at registration."
    if k == 2:
        lic = r.choice(["MD", "DO", "RN"]) + "." + digits(r, 6)
        return f"State license no. {P('LICENSE', lic)}."
    if k == 3:
        return f"DL# {P('LICENSE', f'{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}')} (expired)."
    return f"RN license {P('LICENSE', 'RN' + digits(r, 7))} verified."


def s_ssn(c):
    r = c.rng
    a, g, s = ssn(r)
    k = r.randint(0, 4)
    if k == 0:
        return f"SSN {P('SSN', f'{a}-{g}-{s}')}."
    if k == 1:
        return f"SS# {P('SSN', f'{a} {g} {s}')} (from Medicaid application)."
    if k == 2:
        return f"Last four of SSN: {P('SSN', s)}."
    if k == 3:
        return f"Soc Sec No. {P('SSN', a + g + s)}."
    return f"Identity confirmed with SSN ending {P('SSN', s)}."


def id_block(c, n=4, dob=False):
    """Registration identifiers, label words varied."""
    r = c.rng
    items = []
    mrn_txt = c.mrn.lstrip("0") if (c.mrn.startswith("0") and r.random() < 0.3) else c.mrn
    items.append(f"{r.choice(['MRN', 'MR#', 'Med Rec No.', 'Chart #', 'Hospital #', 'Unit No.', 'EMPI', 'Pt ID'])}: {P('MRN', mrn_txt)}")
    items.append(f"{r.choice(['Acct', 'FIN', 'HAR', 'CSN', 'Encounter #', 'Visit ID', 'Account No.'])}: {P('ACCOUNT', r.choice([digits(r, 10), f'V{digits(r, 9)}', f'{digits(r, 3)}-{digits(r, 6)}', digits(r, 12)]))}")
    plan = r.randint(0, 4)
    if plan == 0:
        items.append(f"MBI: {P('HEALTH_PLAN', mbi(r))}")
    elif plan == 1:
        items.append(f"Member ID: {P('HEALTH_PLAN', letters(r, 3) + digits(r, 9))}  Group: {P('HEALTH_PLAN', r.choice([digits(r, 6), 'G' + digits(r, 5)]))}")
    elif plan == 2:
        items.append(f"Medicaid #: {P('HEALTH_PLAN', letters(r, 2) + digits(r, 5) + letters(r, 1))}")
    elif plan == 3:
        items.append(f"Subscriber #: {P('HEALTH_PLAN', digits(r, 11))}")
    else:
        items.append(f"Policy No. {P('HEALTH_PLAN', 'W' + digits(r, 10))}")
    if dob:
        items.append(f"DOB: {c.dob_txt()}")
    r.shuffle(items)
    return items[:n]


GENERAL = [s_city, s_other_id, s_lookalike, s_word, s_contact, s_other_person, s_device, s_vehicle,
           s_url_ip, s_license, s_ssn, s_eponym_name]


def extras(c, k, weights=None):
    r = c.rng
    fns = r.sample(GENERAL, k) if weights is None else [r.choice(weights) for _ in range(k)]
    return " ".join(f(c) for f in fns)


# ---------------------------------------------------------------- note templates


def t_ed(c):
    r = c.rng
    doc = c.drn("ed physician", "full_cred")
    sex = "male" if c.sex == "M" else "female"
    L = [r.choice(HOSPITALS) + " - Emergency Department", "ED Provider Note",
         f"Patient: {c.pn(r.choice(['capslf', 'lastfirst']))}   {' | '.join(id_block(c, 2, True))}",
         f"Arrival: {c.dtm(0)}   Mode: {r.choice(['EMS', 'private vehicle', 'walk-in', 'police'])}",
         f"Attending: {doc}", "",
         f"CHIEF COMPLAINT: {r.choice(['Fall', 'Shortness of breath', 'Altered mental status', 'Chest pain', 'Weakness'])}",
         "",
         f"HPI: {c.age_txt()} {sex} with {c.dx()} and {c.abbr()} who presents after {r.choice(['a fall at home', 'two days of worsening dyspnea', 'being found confused', 'a syncopal episode in church'])}. "
         f"Symptoms began {c.weekday_rel(-r.randint(2, 6))}. {s_other_person(c)} {s_city(c)}",
         "",
         f"ROS: Positive for {K('abbreviation', 'SOB')}, negative for fever. {s_word(c)}",
         f"PE: {', '.join(c.vitals(4))}. {s_eponym_name(c)} {c.epo()} absent.",
         f"Labs: {', '.join(c.labs(4))}.",
         f"ED COURSE: Given {c.drug()} at {fmt_time(r)} and {c.drug()}. {s_lookalike(c)}",
         f"MDM: Discussed with {c.drn('hospitalist', 'dr')} ({r.choice(['hospitalist', 'admitting'])}), pager {r.randint(1000, 9999)}. {s_other_id(c)}",
         f"DISPOSITION: {r.choice(['Admit to telemetry', 'Admit to medicine', 'Discharge home with daughter', 'Transfer to tertiary center'])}. {extras(c, 2)}",
         "",
         f"Electronically signed by {c.drn('ed physician', 'lf')} on {c.dtm(0, ['mdy', 'mdy_nz'])}"]
    return "\n".join(L)


def t_hp(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = ["ADMISSION HISTORY AND PHYSICAL", f"{r.choice(HOSPITALS)}",
         f"NAME: {c.pn('capslf')}    {'    '.join(id_block(c, 3, True))}",
         f"DATE OF ADMISSION: {c.d(0, HEADER_STYLES)}",
         f"PCP: {c.drn('primary care', r.choice(['full_cred', 'dr', 'last_cred']))}", "",
         f"HISTORY OF PRESENT ILLNESS: The patient is a {c.age_txt('yo_hyph' if r.random() < 0.5 else None)} "
         f"{r.choice(['woman', 'man', 'patient'])} with a history of {c.dx()}, {c.epo()} and {c.abbr()}, admitted with {c.dx()}. "
         f"{c.pn('title')} reports {r.choice(['three days of', 'a week of', 'progressive'])} {r.choice(['dyspnea', 'anorexia', 'confusion', 'abdominal pain'])} starting {c.d(-r.randint(3, 9), SHORT_STYLES)}. "
         f"History obtained from {c.his} {rel}, {c.reln(p)}.",
         "",
         f"PAST MEDICAL HISTORY: {c.dx()} ({c.icd()}); {c.epo()}; {c.abbr()}.",
         f"PAST SURGICAL HISTORY: {c.epo()} ({r.randint(1975, 2020)}); hip ORIF {c.d(-r.randint(400, 3000), ['monthyear', 'mmyyyy'])}.",
         f"MEDICATIONS: {'; '.join(c.drugs(4))}.",
         f"SOCIAL HISTORY: {s_city(c)} {s_city(c)} {s_word(c)}",
         f"FAMILY HISTORY: Mother died at {c.age_num(r.randint(50, 103))} of stroke.",
         f"PHYSICAL EXAM: {'; '.join(c.vitals(5))}. {c.score()}.",
         f"DATA: {', '.join(c.labs(5))}.",
         f"ASSESSMENT AND PLAN: {c.dx()} - start {c.drug()}. {extras(c, 2)}",
         f"Code status: {K('abbreviation', r.choice(['DNR/DNI', 'Full code', 'POLST on file']))}; confirmed with {c.reln(p, 'first')} at {P('PHONE', c.phone_fmt(ph))}.",
         "", f"{c.drn('hospitalist', 'mid_cred')}", f"Dictated {c.d(0, ['mdy'])} {fmt_time(r)}; transcribed {c.d(1, ['mdy'])}"]
    return "\n".join(L)


def t_op(c):
    r = c.rng
    proc = r.choice([("Open reduction internal fixation, left hip", "27236"), ("Laparoscopic cholecystectomy", "47562"),
                     ("Exploratory laparotomy, small bowel resection", "44120"), ("Esophagogastroduodenoscopy with biopsy", "43239")])
    L = [f"OPERATIVE REPORT — {r.choice(HOSPITALS[:8])}",
         f"Patient: {c.pn(r.choice(['full', 'capslf', 'lastfirst']))}  Age: {c.age_num()}  {id_block(c, 1)[0]}",
         f"Date of surgery: {c.d(0, FULL_STYLES)}",
         f"Surgeon: {c.drn('surgeon', 'full_cred')}",
         f"Assistant: {c.drn('physician assistant', 'full_cred')}",
         f"Anesthesia: General, {c.drn('anesthesiologist', 'dr')} / {c.drn('crna', 'full_cred')}", "",
         f"PREOPERATIVE DIAGNOSIS: {c.dx()}", f"POSTOPERATIVE DIAGNOSIS: Same; {c.epo()} noted incidentally.",
         f"PROCEDURE: {proc[0]} (CPT {K('code', proc[1])}).", "",
         f"INDICATIONS: {c.age_txt()} {r.choice(['female', 'male'])} with {c.dx()}. Risks reviewed with patient and {c.rels[0][0]} {c.reln(c.rels[0][1])}; consent signed {c.d(-1, ['mdy', 'mdy_nz', 'monthday'])}.",
         "",
         f"DESCRIPTION: Patient brought to OR {r.randint(1, 12)} and identified by name and DOB ({c.dob_txt()}). {c.drug()} given within 60 minutes of incision. "
         f"Time-out performed. {r.choice(['A 4 cm incision was made', 'Pneumoperitoneum was established', 'The scope was advanced'])} without difficulty. "
         f"{K('eponym', 'Foley catheter')} placed. EBL 150 mL. {s_word(c)}",
         (f"IMPLANTS: {r.choice(['Cephalomedullary nail', 'Sliding hip screw', 'Hemiarthroplasty stem'])}, serial {P('DEVICE', f'{letters(r, 2)}{digits(r, 7)}')}." if proc[1] == "27236" else
          f"IMPLANTS: none. Clip applier cartridge SN {P('DEVICE', f'{letters(r, 1)}{digits(r, 8)}')} recorded per policy."),
         f"SPECIMENS: to pathology, accession {P('OTHER_ID', f'S{c.nd.year % 100}-{digits(r, 5)}')}.",
         f"Post-op: {', '.join(c.vitals(3))}. {extras(c, 2)}", "",
         f"Dictated by: {c.drn('surgeon', 'lf')}  Job #{r.randint(100000, 999999)}",
         f"D: {c.dtm(0, ['mdy2', 'mdy'])}  T: {c.dtm(1, ['mdy2', 'mdy'])}"]
    return "\n".join(L)


def t_nursing(c):
    r = c.rng
    nurse = c.drn("nurse", r.choice(["full_cred", "caps_cred", "full"]))
    rel, p, ph = c.rel()
    shift = r.choice(["0700-1900", "1900-0700", "days", "nights"])
    lines = [f"NURSING SHIFT NOTE  {c.d(0, ['mdy', 'mdy_nz', 'mdy2'])}  ({shift})",
             f"Pt: {c.pn(r.choice(['capslf', 'lastfirst', 'caps']))}  Rm {r.randint(200, 699)}-{r.choice('AB')}  {id_block(c, 1)[0]}", "",
             f"{fmt_time(r, r.randint(7, 10))} - Assumed care. Pt alert, oriented x{r.randint(1, 3)}. {', '.join(c.vitals(4))}. {c.score()}.",
             f"{fmt_time(r, r.randint(10, 13))} - {c.drug()} given for {r.choice(['pain', 'anxiety', 'nausea'])}. {s_word(c)} {s_lookalike(c)}",
             f"{fmt_time(r, r.randint(13, 16))} - {rel.capitalize()} {c.reln(p)} at bedside, asked about discharge. Verbalized {r.choice(['understanding', 'concerns about going home'])}.",
             f"{fmt_time(r, r.randint(16, 18))} - pt {c.pn('lower')} ambulated with 1 assist. {c.abbr()} precautions maintained. {s_contact(c)}",
             f"{fmt_time(r, r.randint(18, 19))} - Report given to oncoming nurse {c.drn('nurse practitioner', 'first')}. {extras(c, 2)}",
             "", f"— {nurse}"]
    return "\n".join(lines)


def t_hospice(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = [f"{r.choice(['Hospice Interdisciplinary Visit', 'Palliative Care Consult', 'HOSPICE RECERTIFICATION NOTE'])}",
         f"Patient: {c.pn_pair()}   DOB {c.dob_txt()}   Age {c.age_num()}",
         f"Benefit period: {c.d_range(-r.randint(60, 90), r.randint(0, 30))}",
         f"Hospice dx: {c.dx()} ({c.icd()}); secondary {c.epo()}", "",
         f"S: Seen at home with {c.his} {rel} {c.reln(p)}. {c.pn('first')} is sleeping 20 h/day; intake a few sips. {s_word(c)}",
         f"O: {', '.join(c.vitals(3))}. {c.score()}. {c.score()}. {K('eponym', 'Cheyne-Stokes respirations')} intermittently. Mottling of knees.",
         f"A/P: Decline consistent with terminal phase. Continue {c.drug()} and {c.drug()}. Add {c.drug()}.",
         f"Goals of care: {K('abbreviation', 'POLST')} signed {c.d(-r.randint(30, 400), ['mdy', 'abbr', 'long'])}, comfort-focused. {c.pn('title')} wishes to die at home.",
         f"Psychosocial: {s_other_person(c)} {s_city(c)} Chaplain {c.drn('chaplain', 'full')} visited {c.weekday_rel(-r.randint(2, 6))}.",
         f"Bereavement risk: moderate; {c.reln(p, 'first')} {r.choice(['tearful', 'coping', 'exhausted'])}. {extras(c, 2)}",
         f"Next visit {c.d(r.randint(2, 7), SHORT_STYLES)}; on-call line {P('PHONE', c.phone_fmt())}.",
         "", f"Signed: {c.drn('hospice physician', r.choice(['full_cred', 'mid_cred']))}  {c.dtm(0)}",
         f"F2F encounter attestation: I, {c.drn('nurse practitioner', 'full')}, saw the patient {c.d(-1, ['long', 'mdy'])}."]
    return "\n".join(L)


def t_home(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = [f"HOME HEALTH SKILLED NURSING VISIT   Visit date: {c.d(0, ['mdy', 'mdy_nz', 'iso'])}",
         f"Client: {c.pn(r.choice(['lastfirst', 'capslf']))}   {id_block(c, 1)[0]}   Episode {c.d_range(-r.randint(5, 40), r.randint(20, 55))}",
         f"Address: {c.addr_lines(', ')}",
         f"Phone: {P('PHONE', c.phone_fmt(c.phones[0]))}   Caregiver: {c.reln(p, 'full')} ({rel}) {P('PHONE', c.phone_fmt(ph))}", "",
         f"Time in {fmt_time(r, 9)} / time out {fmt_time(r, 10)}. Homebound status: requires assist of 1 and walker to leave home.",
         f"Vitals: {', '.join(c.vitals(4))}. {c.score()}.",
         f"Wound: {c.dx()}, 3.2 x 2.1 cm, dressing changed. Meds reconciled: {'; '.join(c.drugs(3))}.",
         f"Environment: {r.choice(['stairs to bedroom', 'throw rugs removed', 'space heater in use', 'no working smoke detector'])}. {s_other_person(c)} {s_word(c)}",
         f"Teaching: {K('abbreviation', 'DME')} use, fall prevention. {c.pn('first')} {r.choice(['returned demonstration', 'needs reinforcement'])}.",
         f"Coordination: Spoke with {c.drn('primary care', r.choice(['dr', 'full_cred']))}'s office re: {c.labs(1)[0]}. {extras(c, 3)}",
         f"Next SN visit {c.d(r.randint(2, 7), SHORT_STYLES)}.",
         "", f"{c.drn('nurse', 'full_cred')}  {c.dtm(0)}"]
    return "\n".join(L)


def t_case(c):
    r = c.rng
    rel, p, ph = c.rel()
    cm = c.drn("case manager", r.choice(["full_cred", "full"]))
    L = [f"Case Management / Discharge Planning Note",
         f"{c.pn('capslf')}  |  {' | '.join(id_block(c, 3, True))}",
         f"Admit {c.d(-r.randint(3, 12), HEADER_STYLES)}   Anticipated DC {c.d(r.randint(1, 4), SHORT_STYLES)}", "",
         f"Met with pt and {rel} {c.reln(p)} at bedside. Pt is {c.age_txt()} and lived at {c.addr_lines(', ')} prior to admission. {s_city(c)}",
         f"Payer: {r.choice(['Medicare A/B', 'Medicare Advantage', 'Medicaid', 'VA Community Care'])}. {s_other_id(c)} {s_ssn(c)}",
         f"Plan: {K('abbreviation', r.choice(['SNF', 'LTACH', 'HHA', 'IRF']))} referrals sent to {r.choice(HOSPITALS)} and {r.choice(HOSPITALS)}. Accepting contact {c.drn('social worker', 'full')} (fax {P('FAX', c.phone_fmt())}).",
         f"{c.pn('title')} prefers a facility near {c.city_txt()}. {s_word(c)}",
         f"Transport: {r.choice(['wheelchair van', 'family', 'BLS ambulance'])} requested for {c.d(r.randint(1, 4), ['md', 'wdmd', 'monthday', 'mdy'])} at {fmt_time(r, r.randint(9, 15))}. {extras(c, 2)}",
         f"Updated {c.reln(p, 'first')} by phone at {P('PHONE', c.phone_fmt(ph))}.", "", f"{cm}  {c.dtm(0)}"]
    return "\n".join(L)


def t_bh(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = ["BEHAVIORAL HEALTH INTAKE ASSESSMENT", f"Client: {c.pn(r.choice(['full', 'lastfirst']))}   {id_block(c, 1)[0]}   Date: {c.d(0, HEADER_STYLES)}",
         f"Clinician: {c.drn('therapist', 'full_cred')}   Psychiatrist: {c.drn('psychiatrist', 'dr')}", "",
         f"Identifying data: {c.age_txt()} {r.choice(['divorced', 'widowed', 'single', 'married'])} {r.choice(['veteran', 'retired nurse', 'unemployed carpenter', 'student'])} referred by {c.drn('primary care', 'dr')} for {c.dx()}.",
         f"Presenting problem: \"I just don't see the point anymore.\" {s_word(c)} {c.score()}; {c.score()}.",
         f"Safety: {K('abbreviation', 'SI/HI')} screen positive for passive SI, no plan. Firearms at home secured by {rel} {c.reln(p)}.",
         f"History: Raised in {c.city_txt()} and {c.foreign_txt() if r.random() < 0.4 else c.city_txt()}. {s_other_person(c)} {s_city(c)}",
         f"Substance use: {c.score()}; last drink {c.weekday_rel(-r.randint(1, 6))}. Meds: {'; '.join(c.drugs(2))}.",
         f"Legal: {s_other_id(c)} {s_license(c) if r.random() < 0.5 else s_vehicle(c)}",
         f"Diagnosis: {c.dx()} ({c.icd()}). CPT {c.cpt()}.",
         f"Plan: weekly therapy; safety plan given; crisis line. {extras(c, 2)}",
         f"Release of information signed for {c.reln(p, 'full')} ({P('EMAIL', c._email(p.given, p.family))}).",
         "", f"{c.drn('therapist', 'full_cred')}  {c.d(0, ['mdy'])}"]
    return "\n".join(L)


def t_path(c):
    r = c.rng
    acc = f"{r.choice(['S', 'SP', 'SC'])}{c.nd.year % 100}-{r.randint(1000, 29999)}"
    L = [f"SURGICAL PATHOLOGY REPORT", f"Accession #: {P('OTHER_ID', acc)}",
         f"Patient: {c.pn('capslf')}   {' '.join(id_block(c, 2))}   Sex: {c.sex}   Age: {c.age_num()}",
         f"Collected: {c.dtm(-2)}   Received: {c.dtm(-1)}   Reported: {c.d(0, HEADER_STYLES)}",
         f"Submitting physician: {c.drn('surgeon', 'lf')}   Copy to: {c.drn('primary care', 'lf')}", "",
         f"CLINICAL HISTORY: {c.age_txt()} with {c.dx()}; {c.epo()}.",
         f"GROSS: Received in formalin labeled with the patient's name ({c.pn('caps')}) and MRN. {r.choice(['A 4.5 x 3.2 x 1.1 cm', 'Multiple tan fragments aggregating 0.8 cm', 'A segment of bowel 12 cm'])}. Entirely submitted in cassettes A1-A{r.randint(3, 9)}.",
         f"MICROSCOPIC: {r.choice(['Invasive adenocarcinoma, moderately differentiated', 'Intestinal metaplasia without dysplasia', 'Acute cholecystitis with cholelithiasis'])}. {K('score', 'Gleason score 3+4=7') if r.random() < 0.3 else K('eponym', 'Barrett esophagus')} considered.",
         f"Immunostains: CK7 positive, CK20 negative. {K('code', 'SNOMED ' + r.choice(SNOMED))}; CPT {c.cpt()}, {c.cpt()}.",
         f"Comment: Case reviewed with {c.drn('pathologist', 'dr', chart=False)} who concurs. {s_lookalike(c)} {extras(c, 1, [s_other_id, s_device, s_word])}",
         "", f"Electronically signed out by {c.drn('pathologist', 'mid_cred')}, {c.dtm(0, ['mdy'])}",
         f"Lab: CLIA-certified; specimen ID {P('OTHER_ID', digits(r, 10))}"]
    return "\n".join(L)


def t_ems(c):
    r = c.rng
    inc = f"{c.nd.year % 100}-{digits(r, 6)}"
    rel, p, ph = c.rel()
    L = [f"PATIENT CARE REPORT (PCR)   Incident #{P('OTHER_ID', inc)}   Unit: Medic {r.randint(1, 40)}",
         f"Date: {c.d(0, ['mdy', 'mdy_nz', 'iso'])}  Dispatched {fmt_time(r)}  On scene {fmt_time(r)}  At dest {fmt_time(r)}",
         f"Pt name: {c.pn(r.choice(['capslf', 'lastfirst', 'full']))}   Age: {c.age_txt(r.choice(['yrs', 'yo', 'y/o', 'yoa']))}   DOB: {c.dob_txt()}",
         f"Pickup location: {c.addr_lines(', ')}",
         f"Destination: {r.choice(HOSPITALS)}", "",
         f"NARRATIVE: Dispatched for {r.choice(['a fall', 'difficulty breathing', 'an unresponsive person', 'a MVC'])}. Arrived to find {c.age_txt()} {r.choice(['F', 'M', 'female', 'male'])} {r.choice(['supine on kitchen floor', 'seated in recliner', 'in driver seat'])}. "
         f"{s_other_person(c)} {c.score()}. {', '.join(c.vitals(4))}.",
         f"Treatment: {c.drug()}; {c.drug()}. 12-lead: {K('eponym', r.choice(['Brugada pattern', 'Mobitz type II block', 'Wolff-Parkinson-White syndrome']))} not seen. {s_vehicle(c)}",
         f"{rel.capitalize()} {c.reln(p)} ({P('PHONE', c.phone_fmt(ph))}) to follow by car. {s_word(c)} {extras(c, 2)}",
         f"Transfer of care to {c.drn('nurse', 'full_cred')} at {fmt_time(r)}.",
         "", f"Crew: {c.drn('paramedic', 'full_cred')} / {c.drn('emt', 'full_cred')}", f"Agency state license {P('LICENSE', 'EMS' + digits(r, 5))}"]
    return "\n".join(L)


def t_portal(c):
    r = c.rng
    rel, p, ph = c.rel()
    lw = r.random() < 0.4
    pt_sign = c.pn(r.choice(["first", "full", "lower", "nick"]))
    par = "dad" if c.sex == "M" else "mom"
    body = (f"hi dr {DR(c.clin('primary care').family.lower())}, this is {c.reln(p, 'lower')}, {c.pn('first')}'s {rel}. {par} fell again {c.weekday_rel(-r.randint(1, 5))} and is bruised. {c.he} is {c.age_num()} and i am worried. we moved {c.him} from {P('CITY', r.choice(US_CITIES)[0].lower())} to my place. call me {P('PHONE', c.phone_fmt(ph))}"
            if lw else
            f"Dear {c.drn('primary care', 'dr')}, I wanted to ask about my {r.choice(['blood pressure', 'refill', 'lab results', 'new rash'])}. Since {c.d(-r.randint(4, 15), SHORT_STYLES)} I've had {r.choice(['dizziness', 'swollen ankles', 'a cough'])}. I'm taking {c.drug()}. {s_city(c)} My new email is {P('EMAIL', c.email)}. Thank you, {pt_sign}")
    L = [f"MyChart Message Thread — {c.pn('full')} ({id_block(c, 1)[0]})",
         f"From: {c.pn('full') if not lw else c.reln(p, 'full')}   Sent: {c.dtm(0, ['mdy', 'mdy_nz', 'abbr'])}",
         f"To: {c.drn('primary care', 'full_cred')}", f"Subject: {r.choice(['question', 'Refill', 'fall', 'test results??'])}", "",
         body, "",
         f"--- Reply from {c.drn('nurse', 'full_cred')}, {c.dtm(0, ['mdy', 'abbr'])} ---",
         f"Thank you for your message. {s_word(c)} Please keep taking {c.drug()}. Recent results: {', '.join(c.labs(2))}. "
         f"We scheduled a visit {c.weekday_rel(r.randint(1, 6)).replace('last ', 'next ').replace('this past ', 'this coming ')}. {s_lookalike(c)}",
         f"If symptoms worsen call {P('PHONE', c.phone_fmt())} or 911.", "",
         f"Audit: {s_url_ip(c)} {extras(c, 2)}"]
    return "\n".join(L)


def t_prior(c):
    r = c.rng
    doc = c.clin("primary care")
    payer = r.choice(["Prairie Mutual Health Plan", "Cardinal Medicaid Managed Care", "Summit Senior Advantage", "Keystone Benefit Administrators"])
    L = [f"{r.choice(HOSPITALS)} — Department of {r.choice(['Internal Medicine', 'Geriatrics', 'Oncology', 'Neurology'])}",
         f"{c.d(0, ['long', 'abbr', 'wdlong', 'capsmonth'])}", "",
         f"{payer}", f"Attn: Utilization Management", f"Fax: {P('FAX', c.phone_fmt())}", "",
         f"RE: Request for prior authorization — {c.drug()}",
         f"Member: {c.pn('full')}   DOB: {c.dob_txt()}",
         f"{' | '.join(id_block(c, 3))}",
         f"Prescriber NPI: {P('OTHER_ID', npi(r))}   DEA: {P('LICENSE', dea(r, doc.family))}", "",
         f"To whom it may concern:", "",
         f"I am writing on behalf of my patient, {c.pn('titlefull')}, a {c.age_txt()} with {c.dx()} ({c.icd()}) and {c.epo()}. "
         f"{c.pn('title')} has failed {c.drug()} (trial {c.d_range(-r.randint(200, 300), -r.randint(100, 190))}) and {c.drug()}, with {r.choice(['intolerable nausea', 'hypotension', 'no response', 'a rash consistent with ' + K('eponym', 'Stevens-Johnson syndrome')])}.",
         f"Relevant data: {', '.join(c.labs(3))}; {c.score()}. {s_word(c)}",
         f"The previous request (ref {P('OTHER_ID', f'UM{digits(r, 8)}')}) was denied {c.d(-r.randint(10, 40), ['mdy', 'long', 'monthday'])}. {extras(c, 2, [s_other_id, s_lookalike, s_city, s_contact])}", "",
         f"Please contact my office at {P('PHONE', c.phone_fmt())} with questions.", "", "Sincerely,", "",
         f"{c.drn('primary care', r.choice(['full_cred', 'mid_cred', 'caps_cred']))}"]
    return "\n".join(L)


def t_death(c):
    r = c.rng
    tod = fmt_time(r)
    rel, p, ph = c.rel()
    L = [r.choice(["DEATH SUMMARY", "Expiration Note / Death Summary"]),
         f"Decedent: {c.pn(r.choice(['capslf', 'full', 'lastfirst']))}   DOB {c.dob_txt()}   {id_block(c, 1)[0]}",
         f"Admitted {c.d(-r.randint(2, 14), HEADER_STYLES)}; pronounced {c.dtm(0)}",
         f"Attending of record: {c.drn('attending', 'full_cred')}", "",
         f"The patient was a {c.age_txt()} {r.choice(['woman', 'man'])} admitted with {c.dx()} complicated by {c.dx()}. "
         f"After discussion with {c.his} {rel} {c.reln(p)} on {c.d(-1, SHORT_STYLES)}, care was transitioned to comfort measures ({K('abbreviation', 'DNR/DNI')}). {c.drug()} was started.",
         f"At {tod} the nurse ({c.drn('nurse', 'full')}) found {c.him} without respirations. On exam: no heart sounds over 1 minute, pupils fixed, no response to painful stimulus. "
         f"Time of death {tod}. {s_word(c)}",
         f"Family notified: {c.reln(p, 'full')} by phone {P('PHONE', c.phone_fmt(ph))}; present at bedside with {c.reln(c.rel()[1], 'first')}.",
         f"Cause of death: Ia {c.dx()}; Ib {c.dx()}. Contributing: {c.epo()}, {K('diagnosis', 'advanced age')}. Age at death: {c.age_num()}.",
         f"Autopsy: {r.choice(['declined by family', 'requested; ME notified', 'not indicated'])}. {s_other_id(c)}",
         f"Organ procurement organization notified, referral #{P('OTHER_ID', digits(r, 7))}. Funeral home: {r.choice(['Whitmore & Sons', 'Lindell Family Funeral Home', 'Pine Rest Chapel'])}, {c.city_txt()}, {P('PHONE', c.phone_fmt())}.",
         f"{extras(c, 2)}", "",
         f"{c.drn('resident', 'full_cred')} for {c.drn('attending', 'dr')}   {c.d(0, ['mdy'])}"]
    return "\n".join(L)


def t_transfer(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = ["NURSING HOME TO HOSPITAL TRANSFER FORM",
         f"Facility: {r.choice(HOSPITALS[10:])}    Unit/Room: {r.choice(['West', 'East', 'Memory Care'])} {r.randint(100, 140)}",
         f"Resident name: {c.pn('capslf')}    DOB: {c.dob_txt()}    Age: {c.age_txt(r.choice(['yrs', 'yo', 'y/o']))}",
         f"{' / '.join(id_block(c, 3))}",
         f"Date/time of transfer: {c.dtm(0)}   Sent to: {r.choice(HOSPITALS[:8])}",
         f"Primary language: {r.choice(['English', 'Spanish', 'Vietnamese', 'Russian', 'Korean', 'Polish'])}   Interpreter needed: {r.choice(['Y', 'N'])}",
         f"Responsible party: {c.reln(p, 'full')} ({rel})  Home {P('PHONE', c.phone_fmt(ph))}  Alt {P('PHONE', c.intl_phone() if r.random() < 0.3 else c.phone_fmt())}",
         f"Attending at facility: {c.drn('attending', 'dr')}    Facility fax: {P('FAX', c.phone_fmt())}", "",
         f"Reason for transfer: {r.choice(['change in condition', 'fall with head strike', 'SpO2 drop', 'fever and hypotension'])}. {', '.join(c.vitals(4))}.",
         f"Baseline: {c.score()}; {c.score()}. Ambulates with walker. Dx: {c.dx()}, {c.epo()}, {c.abbr()}.",
         f"Advance directive: {K('abbreviation', r.choice(['MOLST', 'POLST', 'DNR/DNI']))} dated {c.d(-r.randint(40, 700), ['mdy', 'mdy_nz', 'mdy2'])}. Copy sent.",
         f"Meds last given: {c.drug()} at {fmt_time(r)}; {c.drug()}.",
         f"Isolation: {r.choice(['none', 'contact - MRSA', 'C. diff'])}. Belongings: glasses, upper denture. {s_device(c) if r.random() < 0.5 else s_word(c)} {extras(c, 2)}",
         f"Report called to {c.drn('nurse', 'full')} at receiving ED. Completed by {c.drn('nurse practitioner', 'full_cred')}"]
    return "\n".join(L)


def t_avs(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = ["AFTER VISIT SUMMARY — Discharge Instructions",
         f"{c.pn('full')}   {id_block(c, 1)[0]}   Visit: {c.d(0, ['mdy', 'abbr', 'long'])}",
         f"Your care team: {c.drn('hospitalist', 'dr')} (hospitalist); {c.drn('pharmacist', 'full_cred')} (pharmacy)", "",
         f"Why you were here: {c.dx()}.",
         f"What to do at home: {s_word(c)} Weigh yourself every morning; call if up 3 lb. {s_lookalike(c)}",
         f"NEW medicines: {'; '.join(c.drugs(2))}.", f"STOP taking: {c.drug()}.",
         f"Appointments: {c.drn('primary care', r.choice(['dr', 'full_cred']))} on {c.d(r.randint(5, 14), ['wdlong', 'long', 'ord', 'wdfull_md', 'mdy'])} at {fmt_time(r, r.randint(8, 15))}; "
         f"lab draw {c.d(r.randint(2, 6), SHORT_STYLES)}.",
         f"Home health agency will call you at {P('PHONE', c.phone_fmt(c.phones[0]))}.",
         f"Your {rel} {c.reln(p)} received a copy. {s_city(c) if r.random() < 0.5 else s_contact(c)}",
         f"Sign up for the portal: {P('URL', f'https://mychart.{r.choice(ORG_DOMAINS)}/signup?code={letters(r, 5)}-{digits(r, 5)}')}. {extras(c, 2)}",
         f"Return to the ED for chest pain, fainting, {K('vital', 'temp over 101 F')}.",
         "", f"Printed {c.dtm(0, ['mdy'])} by {c.drn('nurse', 'initial')}"]
    return "\n".join(L)


def t_lab(c):
    r = c.rng
    labs = c.labs(6)
    L = [f"{r.choice(['REFERENCE LABORATORY REPORT', 'Laboratory Results', 'CUMULATIVE LAB REPORT'])}",
         f"PATIENT: {c.pn('capslf')}   SEX: {c.sex}   AGE: {c.age_txt(r.choice(['yrs', 'y.o.', 'yo']))}   DOB: {c.dob_txt()}",
         f"{' '.join(id_block(c, 2))}   Req #: {P('OTHER_ID', digits(r, 8))}",
         f"Ordering: {c.drn('primary care', 'lf')}   NPI {P('OTHER_ID', npi(r))}",
         f"Collected: {c.dtm(-1)}   Received: {c.dtm(-1)}   Final: {c.dtm(0)}", "",
         f"TEST                       RESULT",
         *[f"{x}   (LOINC {K('code', r.choice(LOINC))})" for x in labs],
         "",
         f"Critical value called to {c.drn('nurse', 'full_cred')} at {fmt_time(r)} and read back. {s_lookalike(c)}",
         f"Comment: Specimen slightly hemolyzed; {c.epo()} panel pending. {s_word(c)} {extras(c, 2, [s_other_id, s_contact, s_ssn, s_license, s_device])}",
         f"Copy to: {c.drn('hospitalist', 'lf')}; patient address on file: {c.addr_lines(', ')}", "",
         f"Performed at: {r.choice(HOSPITALS)} Core Lab, Medical Director {c.drn('pathologist', 'full_cred', chart=False)}"]
    return "\n".join(L)


def t_consult_letter(c):
    r = c.rng
    rel, p, ph = c.rel()
    L = [f"{c.d(0, ['long', 'dmylong', 'abbr'])}", "",
         f"{c.drn('primary care', 'dr')}", f"{P('ADDRESS', f'{r.randint(10, 9999)} {r.choice(STREETS)}')}, {P('ADDRESS', f'Suite {r.randint(100, 499)}')}",
         f"{c.city_txt(True)} {P('ZIP', str(r.randint(10000, 99899)))}", "",
         f"Re: {c.pn('full')}, DOB {c.dob_txt()}, {id_block(c, 1)[0]}", "",
         f"Dear {c.drn('primary care', 'first')},", "",
         f"Thank you for asking me to see {c.pn('titlefull')}, a delightful {c.age_txt()} {r.choice(['lady', 'gentleman'])} whom I saw in clinic today with {c.his} {rel}, {c.reln(p)}. "
         f"{c.pn('first')} has {c.dx()} and {c.epo()}. {s_city(c)}",
         f"On exam {', '.join(c.vitals(3))}; {c.score()}. {s_word(c)} {s_lookalike(c)}",
         f"I recommend tapering {c.drug()} and starting {c.drug()}. I have asked {c.drn('physical therapist', 'full_cred')} to see {c.him}. {extras(c, 2)}",
         f"I will see {c.him} again on {c.d(r.randint(20, 60), ['ord', 'theof', 'monthday', 'long'])}.", "",
         "With kind regards,", "", f"{c.drn('attending', r.choice(['full_cred', 'mid_cred']))}",
         f"cc: {c.reln(p, 'full')}, {c.other_addr()}"]
    return "\n".join(L)


TEMPLATES = [
    ("emergency department note", "tune-ed", t_ed),
    ("history and physical", "tune-hp", t_hp),
    ("operative note", "tune-op", t_op),
    ("nursing note", "tune-nursing", t_nursing),
    ("hospice and palliative note", "tune-hospice", t_hospice),
    ("home health visit", "tune-homehealth", t_home),
    ("case management note", "tune-casemgmt", t_case),
    ("behavioral health intake", "tune-bh", t_bh),
    ("pathology report", "tune-path", t_path),
    ("EMS run report", "tune-ems", t_ems),
    ("patient portal message", "tune-portal", t_portal),
    ("prior authorization letter", "tune-priorauth", t_prior),
    ("death summary", "tune-death", t_death),
    ("nursing home transfer form", "tune-transfer", t_transfer),
    ("discharge instructions", "tune-avs", t_avs),
    ("laboratory report", "tune-lab", t_lab),
    ("consultation letter", "tune-letter", t_consult_letter),
]


# ---------------------------------------------------------------- more sentence families and padding sections

OLD_TYPES = {"hospice and palliative note", "death summary", "nursing home transfer form", "home health visit"}

HOLIDAYS = ["Thanksgiving", "Christmas", "Christmas Eve", "New Year's Day", "Easter", "the Fourth of July",
            "Memorial Day", "Labor Day"]


def s_date(c):
    r = c.rng
    k = r.randint(0, 11)
    if k == 0:
        return f"Last colonoscopy {c.d(-r.randint(400, 2500), ['mmyyyy', 'monthyear'])}, no polyps."
    if k == 1:
        return f"Influenza vaccine given {c.d(-r.randint(20, 120), ['md', 'mdz', 'monday3'])}; pneumococcal {r.randint(2015, 2022)}."
    if k == 2:
        return f"Symptoms started around {P('DATE', r.choice(HOLIDAYS))} and have slowly worsened."
    if k == 3:
        return f"Seen in clinic {r.randint(2, 5)} weeks ago ({c.d(-r.randint(14, 35), ['md', 'mdy2'])}), when {c.labs(1)[0]}."
    if k == 4:
        return f"Procedure tentatively set for {P('DATE', 'the ' + ordinal(c.day(r.randint(3, 20)).day))}, pending clearance."
    if k == 5:
        return f"Hospitalized {c.d_range(-r.randint(60, 90), -r.randint(50, 59))} for {c.dx()}."
    if k == 6:
        return f"Last known well {c.dtm(-1)}."
    if k == 7:
        return f"Returned from rehab {c.weekday_rel(-r.randint(1, 6))}."
    if k == 8:
        d = c.day(-r.randint(100, 300))
        return f"Stopped {c.drug()} in mid-{P('DATE', MONTHS[d.month - 1])}."
    if k == 9:
        return f"Echo {c.d(-r.randint(30, 400), ['dots', 'dmy', 'compact', 'ymdslash'])}: EF 35-40%."
    if k == 10:
        return f"Anniversary of husband's death is {c.d(r.randint(5, 40), ['monthday', 'ord', 'theof'])}; grief noted."
    return f"Allergy list reviewed {c.d(0, ['mdy2z', 'mdydash', 'abbrnc'])} — {K('abbreviation', 'NKDA')}."


def s_age(c):
    r = c.rng
    a = c.age
    k = r.randint(0, 8)
    if k == 0:
        return f"Pt turned {c.age_num()} on {c.d(-r.randint(3, 40), ['md', 'monthday'])} and the family had a party."
    if k == 1:
        return f"Age/Sex: {c.age_num()}/{c.sex}."
    if k == 2:
        return f"({c.age_num()}{c.sex}, {c.abbr()}, {c.abbr()})"
    if k == 3 and a >= 75:
        return f"Despite being {c.age_txt('yearsold')}, {c.he} still drives to church."
    if k == 4:
        return f"{c.age_txt(r.choice(['yo', 'y/o', 'y.o.', 'yoa']))} {'M' if c.sex == 'M' else 'F'} w/ {c.abbr()}, {c.abbr()}."
    if k == 5 and a >= 80:
        return f"Given {c.his} age ({c.age_num()}), surgery was not offered."
    if k == 6 and a >= 70:
        return f"A {c.age_txt('words')} {r.choice(['widow', 'widower', 'retired farmer', 'former seamstress'])}, lives with family."
    if k == 7 and a >= 88 and r.random() < 0.4:
        return f"Oldest resident on the unit at {c.age_num()}."
    if k == 7:
        return f"{c.age_num()}{c.sex} w/ {c.abbr()} here for {r.choice(['weakness', 'fall', 'cough', 'confusion'])}."
    if k == 8 and r.random() < 0.5:
        return f"{c.pn('title')}, aged {c.age_num()}, {r.choice(['declines', 'agrees to', 'is undecided about'])} hospital admission."
    return f"Patient is {c.age_txt('yrs')}; {c.score()}."


def s_addr(c):
    r = c.rng
    k = r.randint(0, 9)
    if k == 0:
        return f"New mailing address: {c.other_addr()}."
    if k == 1:
        return f"Home: {c.addr_lines(', ')}."
    if k == 2:
        return f"Will stay at {c.his} {c.rel()[0]}'s house, {c.other_addr()}, for two weeks."
    if k == 3:
        return f"Mail bills to {P('ADDRESS', f'P.O. Box {r.randint(10, 9999)}')}, {c.city_txt(True)} {P('ZIP', str(r.randint(10000, 99899)))}."
    if k == 4:
        return f"Lives in a trailer at {P('ADDRESS', f'{r.randint(100, 9999)} {r.choice(STREETS)}')}, {P('ADDRESS', f'Lot {r.randint(1, 90)}')}; no running water."
    if k == 5:
        line, city, pc, country = r.choice(FOREIGN_ADDR)
        return f"Address abroad: {P('ADDRESS', line)}, " + (f"{P('ZIP', pc)} " if pc else "") + f"{P('CITY', city)}, {country}."
    if k == 6:
        return f"Shelter address: {P('ADDRESS', f'{r.randint(10, 999)} {r.choice(STREETS)}')} (shelter), bed {r.randint(1, 40)}."
    st1, st2 = r.sample(STREETS, 2)
    k2 = r.randint(0, 5)
    if k2 == 0:
        return f"Unhoused; usually sleeps near the corner of {P('ADDRESS', st1)} and {P('ADDRESS', st2)}."
    if k2 == 1:
        return f"Found down in the {P('ADDRESS', f'{r.randint(1, 48)}00 block of {st1}')}."
    if k2 == 2:
        apt = f"Apt. {r.randint(1, 9)}" + r.choice(["F", "R", ""])
        return f"Discharge to: {P('ADDRESS', f'{r.randint(10, 9999)} {st1}')}, {P('ADDRESS', apt)}, {c.city_txt(True)} {P('ZIP', f'{r.randint(10000, 99899)}-{digits(r, 4)}')}."
    if k2 == 3:
        return f"Meals on Wheels delivers to {P('ADDRESS', f'{r.randint(10, 9999)} {st1}')} (side door)."
    if k2 == 4:
        return f"Moved out of {c.his} apartment on {P('ADDRESS', st1)} after the eviction notice."
    return f"Return address on the letter: {P('ADDRESS', f'{r.randint(10, 9999)} {st1.upper()}')}, {P('CITY', r.choice(US_CITIES)[0].upper())} {P('ZIP', str(r.randint(10000, 99899)))}."


SECTION_HEADS = ["ADDENDUM", "Late entry", "Additional history", "Interval update", "Care coordination",
                 "Communication log", "Collateral information", "Social/financial", "Nursing addendum",
                 "Follow-up call", "Chaplain note", "Financial counselor note"]


def pad_section(c):
    """One extra section; list-type sections at most once, narrative addenda never repeat a sentence."""
    r = c.rng
    used = c.__dict__.setdefault("_pad_used", set())
    seen = c.__dict__.setdefault("_sent_seen", set())
    kinds = ["narr", "narr", "narr", "problems", "meds", "results"]
    kinds = [k for k in kinds if k == "narr" or k not in used]
    k = r.choice(kinds)
    used.add(k)
    if k == "narr":
        fam = [s_city, s_other_id, s_lookalike, s_word, s_contact, s_other_person, s_device, s_vehicle,
               s_url_ip, s_license, s_ssn, s_date, s_date, s_age, s_age, s_addr, s_addr, s_city, s_other_id]
        sents = []
        for f in r.sample(fam, 4):
            x = f(c)
            for _ in range(5):
                if x not in seen:
                    break
                x = f(c)
            if x in seen:
                continue
            seen.add(x)
            sents.append(x)
        heads = [h for h in SECTION_HEADS if h not in used]
        head = r.choice(heads)
        used.add(head)
        stamp = c.dtm(r.randint(0, 1)) if r.random() < 0.5 else c.d(r.randint(0, 2), SHORT_STYLES)
        who = c.drn(r.choice(["nurse", "social worker", "case manager", "hospitalist", "nurse practitioner"]),
                    r.choice(["full_cred", "full", "initial", "last_cred"]))
        return f"\n\n{head} ({stamp}, {who}): " + " ".join(sents)
    if k == "problems":
        items = []
        for dx_, code in r.sample(DX_CODED, r.randint(3, 5)):
            items.append(f"- {K('diagnosis', dx_)} ({K('code', code)})" if r.random() < 0.7 else f"- {c.epo()}")
        return "\n\n" + r.choice(["PROBLEM LIST:", "Active Problems", "DIAGNOSES (ICD-10-CM):"]) + "\n" + "\n".join(items)
    if k == "meds":
        return ("\n\n" + r.choice(["MEDICATIONS:", "Current Outpatient Medications", "MAR summary:"]) + "\n"
                + "\n".join(f"* {x}" for x in c.drugs(r.randint(3, 6))) + f"\nNDC on last fill: {K('code', r.choice(NDC))}.")
    return ("\n\n" + r.choice(["RESULTS:", "Recent labs", "DATA REVIEWED:"]) + "\n" + "; ".join(c.labs(r.randint(3, 6)))
            + f"\nVitals: {', '.join(c.vitals(3))}. {s_lookalike(c)}")


DX_CODED = [("acute on chronic diastolic heart failure", "I50.33"), ("sepsis, unspecified organism", "A41.9"),
            ("pneumonia, unspecified organism", "J18.9"), ("malignant neoplasm of pancreas", "C25.9"),
            ("COPD with acute exacerbation", "J44.1"), ("fracture of neck of right femur, initial encounter", "S72.001A"),
            ("unspecified dementia without behavioral disturbance", "F03.90"),
            ("Alzheimer disease with late onset", "G30.1"), ("major depressive disorder, recurrent, severe", "F33.2"),
            ("alcohol dependence with withdrawal", "F10.239"), ("opioid dependence, uncomplicated", "F11.20"),
            ("pressure ulcer of sacral region, stage 4", "L89.154"), ("acute kidney failure", "N17.9"),
            ("adult failure to thrive", "R62.7"), ("urinary tract infection, site not specified", "N39.0"),
            ("cerebral infarction, unspecified", "I63.9"), ("diverticulitis of large intestine", "K57.32"),
            ("unspecified atrial fibrillation", "I48.91"), ("type 2 diabetes with diabetic CKD", "E11.22"),
            ("malignant neoplasm of prostate", "C61"), ("age-related physical debility", "R54"),
            ("moderate protein-calorie malnutrition", "E44.0"), ("do not resuscitate status", "Z66"),
            ("encounter for palliative care", "Z51.5"), ("age-related osteoporosis", "M81.0")]
