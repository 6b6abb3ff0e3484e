"""Pools, helpers and note templates of the tune3 split (Python 3.11, standard library only).

Templates write marked-up text: «CAT:value» is a PHI span of category CAT (upper case),
«k:value» a keep span of kind k (lower case letter, see KEEP_KINDS). generate_tune3.py
parses the markup into text and offsets, checks every record and writes the split.
"""

from __future__ import annotations

import datetime as dt

# ---------------------------------------------------------------------------------------
# markup

KEEP_KINDS = {"e": "eponym", "d": "drug", "l": "lab", "v": "vital", "a": "age", "x": "diagnosis",
              "c": "code", "b": "abbreviation", "s": "score", "w": "word"}
CATEGORIES = ("NAME", "PROVIDER_NAME", "DATE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
              "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ADDRESS", "CITY", "ZIP",
              "AGE_OVER_89", "OTHER_ID")


def P(cat: str, s) -> str:
    return f"«{cat}:{s}»"


def N(s): return P("NAME", s)
def PN(s): return P("PROVIDER_NAME", s)
def DT(s): return P("DATE", s)
def PH(s): return P("PHONE", s)
def FX(s): return P("FAX", s)
def EM(s): return P("EMAIL", s)
def SS(s): return P("SSN", s)
def MR(s): return P("MRN", s)
def HP(s): return P("HEALTH_PLAN", s)
def AC(s): return P("ACCOUNT", s)
def LI(s): return P("LICENSE", s)
def VH(s): return P("VEHICLE", s)
def DV(s): return P("DEVICE", s)
def UR(s): return P("URL", s)
def IPA(s): return P("IP", s)
def AD(s): return P("ADDRESS", s)
def CI(s): return P("CITY", s)
def ZP(s): return P("ZIP", s)
def AG(s): return P("AGE_OVER_89", s)
def OI(s): return P("OTHER_ID", s)
def E(s): return P("e", s)
def DR(s): return P("d", s)
def LB(s): return P("l", s)
def VT(s): return P("v", s)
def KA(s): return P("a", s)
def DX(s): return P("x", s)
def CD(s): return P("c", s)
def AB(s): return P("b", s)
def SC(s): return P("s", s)
def W(s): return P("w", s)


# ---------------------------------------------------------------------------------------
# people. Each origin: (female given, male given, surnames). Script forms are in SCRIPT.

ORIGINS = {
    "us_old": ("Mildred Gertrude Agnes Bertha Doris Lucille Imogene Verna Opal Thelma Edna Myrtle Wilma Inez Hattie Velma Ione Zelda",
               "Clarence Herbert Wilbur Lloyd Orville Elmer Virgil Homer Chester Delbert Alvin Merle Lester Floyd Otis Rufus Ambrose Cletus",
               "Pruitt Haskins Whitfield McAllister Ostrowski Lindqvist Bergstrom Tolliver Hatfield Puckett Satterfield Blevins Goforth Dunaway Higginbotham Stubblefield Ledbetter Vanderpool Kowalczyk Brueggemann"),
    "us_mid": ("Brenda Debra Tammy Rhonda Sherri Pam Darlene Kim Lori Colleen Trudy Charlene Vicki Roxanne Wendy",
               "Gary Randy Dwayne Terry Rick Darrell Wade Curtis Dale Rodney Kirk Lyle Duane Roger Gregg",
               "Gunderson Mayfield Tisdale Holloway Ketchum Bramlett Whitacre Escobedo Fenwick Pennington Stroud Huckabee Calloway Radcliffe Yoder"),
    "us_young": ("Kinsley Nevaeh Brynlee Aaliyah Jayla Paisley Oaklynn Kaylee Madisyn Harper Brooklynn Raelynn Addisyn Makenna Journee",
                 "Jayden Brantley Kayden Ryker Bentley Jaxon Colton Maverick Easton Tucker Bryson Ezekiel Kyrie Jase Paxton",
                 "Bostwick Culpepper Langston Maddox Hollister Easley Swindle Thigpen Rutledge Pendergrass Satterwhite Dowdy Farnsworth Whitlock Gaskins"),
    "yoruba": ("Oluwaseun Adebimpe Folasade Temitope Omolara Yetunde Ibukunoluwa Morenike Titilayo",
               "Babatunde Olumide Adewale Oluwafemi Kayode Ayodele Olusegun Akinwale Damilare",
               "Oyelaran Adeyemi-Cole Ogunbanjo Akinola Fashola Adebayo Olatunji Oyewole Ajayi Bamgbose"),
    "igbo": ("Chiamaka Ngozi Adaeze Chinwendu Ifeoma Nkechi Uchechi Obiageli",
             "Chukwuemeka Obinna Ikenna Nnamdi Chidiebere Ekene Uchenna Kelechi",
             "Okonkwo Nwachukwu Eze Okafor Anyanwu Obi Nwosu Ezeagwu Umeh"),
    "amharic": ("Selamawit Tsehay Meseret Hirut Almaz Bethlehem Meron", "Yohannes Birhanu Dawit Tewodros Getachew Abel Henok",
                "Tesfaye Mekonnen Haile Gebremedhin Alemu Bekele Wolde Desta"),
    "somali": ("Hodan Faadumo Ayaan Ubah Sahra Hamdi Ifrah", "Abdirahman Mahad Abdiweli Guled Farhan Liban Ahmed",
               "Warsame Jama Farah Hirsi Abdi Osman Mohamud Yusuf"),
    "tagalog": ("Maricel Rosalinda Jocelyn Analyn Marites Lorna Divina", "Rodrigo Ernesto Jun Renato Danilo Rommel Arnel",
                "Dimaculangan Macapagal Bautista Villanueva Lacson Pangilinan Magbanua Dizon"),
    "vietnamese": ("Hồng Ngọc Lan Phương Thu Hằng Mai Diệp", "Tuấn Minh Khoa Quốc Bảo Đức Huy Lộc",
                   "Nguyễn Trần Phạm Huỳnh Võ Đặng Bùi Lý"),
    "thai": ("Malee Kanya Siriporn Naree Pimchanok Ratana", "Somchai Anan Prasert Chaiwat Kittisak Boonmee",
             "Srisuk Wongsakul Chaiyaporn Rattanakorn Sukprasert Thongchai"),
    "khmer": ("Sokha Thida Chanthou Sreymom Bopha", "Vuthy Sophal Rithy Dara Piseth", "Sok Chhun Keo Meas Prak Heng"),
    "hmong": ("Mai Pa Nou Kia Bee Xee", "Tou Pao Chue Neng Fue Yeng", "Vang Xiong Thao Lor Yang Moua Hang Her"),
    "nepali": ("Sabina Pasang Sunita Laxmi Bimala Dolma", "Bishnu Ramesh Tenzing Dil Krishna Nabin",
               "Gurung Shrestha Tamang Sherpa Magar Adhikari Thapa"),
    "tamil": ("Selvi Kavitha Meenakshi Revathi Anitha", "Murugan Senthil Karthik Rajendran Vignesh", "Subramanian Natarajan Pillai Ramasamy Velu"),
    "telugu": ("Lakshmi Padmavathi Sravani Anusha Swathi", "Venkata Srinivas Ravi Teja Nagarjuna", "Reddy Naidu Chowdary Raju Kondapalli"),
    "bengali": ("Taslima Rupa Nasrin Moushumi Farzana", "Rahim Habib Sumon Anisur Tanvir", "Chowdhury Hossain Rahman Talukder Sarkar"),
    "punjabi": ("Harpreet Gurpreet Manjit Simran Navneet", "Jaswinder Gurdeep Baljit Harjit Amandeep", "Sidhu Sandhu Grewal Dhillon Gill"),
    "urdu": ("Ayesha Saima Rukhsana Mehwish Nadia", "Imran Waqas Tariq Zeeshan Faisal", "Qureshi Siddiqui Butt Malik Abbasi"),
    "farsi": ("Parastoo Shirin Golnaz Maryam Nasrin", "Dariush Kourosh Behnam Arash Farhad", "Rezaei Hosseini Tehrani Karimi Moradi"),
    "pashto": ("Gulalai Malalai Zarghuna Palwasha", "Ahmadullah Noorullah Zalmay Hekmat", "Popalzai Durrani Yousafzai Ghilzai"),
    "turkish": ("Ayşe Gülşen Zeynep Elif Şule", "Mehmet Oğuz Emre Hüseyin Çağlar", "Yılmaz Öztürk Aydın Şahin Kılıç Doğan"),
    "kurdish": ("Shilan Berivan Rojin Nazdar", "Azad Rebwar Shvan Dilshad", "Barzani Hawrami Zebari Amedi"),
    "arabic": ("Fatima Layla Rania Samira Huda", "Khalid Yousef Omar Tarek Bilal", "Haddad Al-Masri Saleh Nasser Khoury Darwish"),
    "hebrew": ("Yael Tamar Noa Shira Ayelet", "Eitan Yossi Avraham Ofer Itai", "Ben-Ami Mizrahi Shapiro Peretz Avrahami"),
    "georgian": ("Nino Tamari Eka Mariam", "Giorgi Levan Davit Zurab", "Beridze Kapanadze Gelashvili Tsiklauri"),
    "armenian": ("Ani Lusine Anahit Gohar", "Tigran Armen Hovhannes Vardan", "Petrosyan Grigoryan Hakobyan Sargsyan"),
    "ukrainian": ("Oksana Myroslava Halyna Solomiia", "Bohdan Taras Yaroslav Andriy", "Kovalenko Shevchuk Bondar Tkachenko Melnyk"),
    "romanian": ("Ioana Mihaela Andreea Florentina", "Mihai Bogdan Radu Costel", "Popescu Ionescu Dumitrescu Constantinescu"),
    "hungarian": ("Zsófia Katalin Erzsébet Réka", "László Gábor Zoltán Attila", "Nagy Kovács Szabó Tóth Horváth"),
    "finnish": ("Aino Siiri Helmi Marjatta", "Eero Juhani Tapio Veikko", "Virtanen Korhonen Mäkinen Nieminen Järvinen"),
    "estonian": ("Liis Kadri Triin Maarja", "Priit Tõnis Rein Margus", "Tamm Saar Sepp Mägi Kask"),
    "icelandic": ("Guðrún Sigríður Hildur Ásdís", "Sigurður Gunnar Þórir Ólafur", "Jónsdóttir Sigurðsson Einarsdóttir Þórsson"),
    "portuguese": ("Inês Leonor Beatriz Conceição", "João Duarte Rui Tiago", "Carvalho Figueiredo Magalhães Sequeira"),
    "brazilian": ("Luana Thaís Jaqueline Gisele", "Thiago Wellington Cauã Rodrigo", "Nascimento Gonçalves Ribeiro Barbosa Albuquerque"),
    "haitian": ("Nadège Fabienne Rose-Marie Guerline Marjorie", "Jean-Baptiste Wilner Fritznel Dieudonné Ti-Jean", "Désir Pierre-Louis Jean-Charles Exantus Bellegarde Toussaint"),
    "samoan": ("Lupe Sina Malia Fetu", "Tavita Iosefa Sione Faleolo", "Tuiasosopo Faleafa Leota Fa'amausili"),
    "tongan": ("Mele Salote Lavinia Ana", "Tevita Sione Viliami Siaosi", "Fifita Taufa Havili Kaufusi"),
    "maori": ("Aroha Mereana Huia Anahera", "Tamati Wiremu Rawiri Hemi", "Ngata Te Rangi Parata Tipene"),
    "navajo": ("Shandiin Nizhoni Doli Ahiga", "Hastiin Nascha Niyol Sani", "Begay Yazzie Tsosie Benally Nez Bitsui"),
    "lakota": ("Winona Takoda Wanbli Zitkala", "Chaske Mato Ohanzee Wambli", "Two Bulls Red Cloud Iron Shell Black Elk Yellow Horse"),
    "cherokee": ("Ayita Galilahi Tayanita", "Adahy Tsiyi Waya", "Sixkiller Ridge Swimmer Welch Wolfe"),
    "hawaiian": ("Leilani Noelani Kalena Maile", "Keoni Kainoa Makoa Kekoa", "Kahananui Kealoha Akana Kamakau Nakoa"),
    "inuit": ("Aani Nivi Tapeesa Ujarak", "Anguti Siku Tulugaq Nuka", "Qumaaluk Angutikjuak Kunuk Nakashuk"),
    # ordinary words as names; eponym surnames
    "wordname": ("Penny Ginger Olive Crystal Sunny Winter Sage Patience Justice Amber Ivy Dusty",
                 "Clay Drew Rusty Rocky Ace Dusty Justice Sage Winter",
                 "Sharp Little Small Strong Swift Moody Rich Hill Street Snow Bright Good Sweet Field"),
    "eponymname": ("Addison Austin Harper Leigh Kennedy Reese", "Leopold Braden Duke Clark Austin Heinz",
                   "Allen Thompson Turner Paget Bowen Ewing Cullen Horner Reynolds Jones Whipple Graham Fisher Lambert Eaton Romberg Still Barrett Ramsay Mallory Stokes Levine Conn Schilling Merkel Hoffmann Chadwick Sheehan McRoberts Ballard Morse Gleason Hartmann Swan Osgood Kawasaki Hashimoto Ishihara Plummer Hicks Noonan Robertson Finkelstein Lachman Weber Pugh Coombs"),
}
# eponym-name "given" names are for female and male alike and not all are female names; they are
# used as given names of people of the eponymname origin (Leopold Turner, Braden Ballard, ...).

ORIGIN_WEIGHTS = [("us_old", 7), ("us_mid", 6), ("us_young", 5), ("wordname", 8), ("eponymname", 10)] + [
    (o, 2) for o in ("yoruba", "igbo", "amharic", "somali", "tagalog", "vietnamese", "thai", "khmer", "hmong",
                     "nepali", "tamil", "telugu", "bengali", "punjabi", "urdu", "farsi", "pashto", "turkish",
                     "kurdish", "arabic", "hebrew", "georgian", "armenian", "ukrainian", "romanian", "hungarian",
                     "finnish", "estonian", "icelandic", "portuguese", "brazilian", "haitian", "samoan", "tongan",
                     "maori", "navajo", "lakota", "cherokee", "hawaiian", "inuit")]

# own-script forms of some romanised names
SCRIPT = {
    "Selamawit": "ሰላማዊት", "Tsehay": "ፀሐይ", "Meseret": "መሰረት", "Yohannes": "ዮሐንስ", "Birhanu": "ብርሃኑ", "Dawit": "ዳዊት",
    "Tesfaye": "ተስፋዬ", "Mekonnen": "መኮንን", "Haile": "ኃይሌ", "Bekele": "በቀለ",
    "Malee": "มาลี", "Kanya": "กันยา", "Somchai": "สมชาย", "Anan": "อนันต์", "Boonmee": "บุญมี",
    "Srisuk": "ศรีสุข", "Wongsakul": "วงศ์สกุล", "Thongchai": "ธงชัย",
    "Sokha": "សុខា", "Thida": "ធីតា", "Dara": "ដារា", "Sok": "សុខ", "Keo": "កែវ",
    "Nino": "ნინო", "Giorgi": "გიორგი", "Levan": "ლევანი", "Beridze": "ბერიძე", "Kapanadze": "კაპანაძე",
    "Oksana": "Оксана", "Bohdan": "Богдан", "Taras": "Тарас", "Myroslava": "Мирослава",
    "Kovalenko": "Коваленко", "Shevchuk": "Шевчук", "Bondar": "Бондар", "Melnyk": "Мельник",
    "Murugan": "முருகன்", "Selvi": "செல்வி", "Kavitha": "கவிதா",
    "Lakshmi": "లక్ష్మి", "Venkata": "వెంకట", "Reddy": "రెడ్డి",
    "Rahim": "রহিম", "Taslima": "তাসলিমা", "Chowdhury": "চৌধুরী", "Rahman": "রহমান",
    "Harpreet": "ਹਰਪ੍ਰੀਤ", "Gurpreet": "ਗੁਰਪ੍ਰੀਤ", "Sidhu": "ਸਿੱਧੂ", "Gill": "ਗਿੱਲ",
    "Ayesha": "عائشہ", "Imran": "عمران", "Qureshi": "قریشی",
    "Parastoo": "پرستو", "Shirin": "شیرین", "Dariush": "داریوش", "Rezaei": "رضایی", "Hosseini": "حسینی",
    "Yael": "יעל", "Tamar": "תמר", "Eitan": "איתן", "Mizrahi": "מזרחי", "Peretz": "פרץ",
    "Ani": "Անի", "Tigran": "Տիգրան", "Petrosyan": "Պետրոսյան", "Grigoryan": "Գրիգորյան",
    "Layla": "ليلى", "Khalid": "خالد", "Haddad": "حداد", "Nasser": "ناصر",
}

# surname -> a clause with the eponym that shares it (the person is NAME, the eponym keep)
EPONYM_SURNAME = {
    "Allen": "«e:Allen test» normal at the right wrist", "Thompson": "«e:Thompson test» negative bilaterally",
    "Turner": "karyotype excluded «e:Turner syndrome»", "Paget": "alkaline phosphatase normal, no «e:Paget disease» of bone",
    "Bowen": "scaly patch on the shin, ?«e:Bowen disease», biopsy offered", "Ewing": "history of «e:Ewing sarcoma» of the femur in childhood",
    "Cullen": "no «e:Cullen sign», no «e:Grey Turner sign»", "Horner": "no ptosis or miosis to suggest «e:Horner syndrome»",
    "Reynolds": "does not meet «e:Reynolds pentad»", "Jones": "urine negative for «e:Bence Jones» protein",
    "Whipple": "status post «e:Whipple procedure» (pancreaticoduodenectomy)", "Graham": "no «e:Graham Steell murmur»",
    "Fisher": "ataxia and ophthalmoplegia raised «e:Miller Fisher syndrome», ruled out", "Lambert": "VGCC antibodies sent for «e:Lambert-Eaton syndrome»",
    "Eaton": "no features of «e:Eaton-Lambert syndrome»", "Romberg": "«e:Romberg test» positive, sways with eyes closed",
    "Still": "ferritin elevated, adult-onset «e:Still disease» considered", "Barrett": "known «e:Barrett esophagus», surveillance due",
    "Ramsay": "«e:Ramsay sedation scale» 2 overnight", "Mallory": "small «e:Mallory-Weiss tear», not bleeding",
    "Stokes": "«e:Cheyne-Stokes respirations» noted while asleep", "Levine": "clenched fist over sternum (a «e:Levine sign»)",
    "Conn": "aldosterone/renin ratio for «e:Conn syndrome» pending", "Schilling": "remote «e:Schilling test» for B12 malabsorption",
    "Merkel": "excision of «e:Merkel cell carcinoma» of the cheek", "Hoffmann": "«e:Hoffmann sign» absent bilaterally",
    "Chadwick": "«e:Chadwick sign» present", "Sheehan": "postpartum hemorrhage raised «e:Sheehan syndrome», cortisol normal",
    "McRoberts": "prior delivery needed «e:McRoberts maneuver»", "Ballard": "«e:Ballard score» consistent with dates",
    "Morse": "«e:Morse Fall Scale» 45 (high risk)", "Gleason": "«e:Gleason score» «s:3+4=7» on biopsy",
    "Hartmann": "status post «e:Hartmann procedure», colostomy reversed", "Swan": "«e:Swan-Ganz catheter» removed",
    "Osgood": "tender tibial tubercle, «e:Osgood-Schlatter disease»", "Kawasaki": "history of «e:Kawasaki disease» at age 3",
    "Hashimoto": "«e:Hashimoto thyroiditis» on levothyroxine", "Ishihara": "«e:Ishihara plates» «s:14/14»",
    "Plummer": "web on barium swallow, «e:Plummer-Vinson syndrome» considered", "Hicks": "irregular «e:Braxton Hicks contractions»",
    "Noonan": "short stature, «e:Noonan syndrome» panel negative", "Robertson": "pupils not «e:Argyll Robertson pupils»",
    "Finkelstein": "«e:Finkelstein test» positive on the left", "Lachman": "«e:Lachman test» firm endpoint",
    "Weber": "«e:Weber test» lateralises to the left", "Pugh": "«e:Child-Pugh class» A", "Coombs": "direct «e:Coombs test» negative",
    "Clark": "melanoma «e:Clark level» III", "Leopold": "«e:Leopold maneuvers»: vertex", "Braden": "«e:Braden scale» 16",
    "Duke": "does not meet modified «e:Duke criteria»", "Addison": "«e:Addison disease» excluded, cortisol normal", "Austin": "no «e:Austin Flint murmur»", "Heinz": "no «e:Heinz bodies» on smear",
}
# word-names -> a clause with the ordinary-word use
WORD_USE = {
    "Sharp": "denies «w:sharp» pain", "Little": "«w:little» appetite this week", "Small": "«w:small» bowel follow-through normal",
    "Strong": "«w:strong» grip bilaterally", "Swift": "«w:swift» recovery expected", "Moody": "family says she has been «w:moody»",
    "Rich": "diet «w:rich» in sodium", "Hill": "short of breath walking up a «w:hill»", "Street": "fell crossing the «w:street»",
    "Snow": "back pain after shoveling «w:snow»", "Bright": "no «w:bright» red blood per rectum", "Good": "«w:good» effort on testing",
    "Sweet": "drinks «w:sweet» tea daily", "Field": "visual «w:field» full to confrontation", "Penny": "«w:penny»-sized lesion",
    "Ginger": "tried «w:ginger» ale for nausea", "Olive": "uses «w:olive» oil in the ear", "Crystal": "«w:crystal» arthropathy excluded",
    "Sunny": "«w:sunny» disposition per staff", "Winter": "worse every «w:winter»", "Sage": "drinks «w:sage» tea",
    "Patience": "asked for «w:patience» with the wait", "Justice": "involved with the juvenile «w:justice» system",
    "Amber": "«w:amber» urine", "Ivy": "rash from poison «w:ivy»", "Dusty": "symptoms in the «w:dusty» attic",
    "Clay": "no «w:clay»-colored stools", "Drew": "the lab «w:drew» blood at 0600", "Rusty": "no «w:rusty» sputum",
    "Rocky": "«w:rocky» course after surgery", "Ace": "«e:Ace wrap» to the ankle",
}

# ---------------------------------------------------------------------------------------
# places

# (town, state, zip); towns that are ordinary words carry the word use in TOWN_WORD
TOWNS_WORD = [("Paradise", "MI", "49768"), ("Bliss", "ID", "83314"), ("Accident", "MD", "21520"), ("Hazard", "KY", "41701"),
              ("Truth or Consequences", "NM", "87901"), ("Why", "AZ", "85321"), ("Nothing", "AZ", "85360"),
              ("Happy", "TX", "79042"), ("Peculiar", "MO", "64078"), ("Protection", "KS", "67127"),
              ("Friendship", "WI", "53934"), ("Harmony", "MN", "55939"), ("Defiance", "OH", "43512"),
              ("Plain", "WI", "53577"), ("Chance", "MD", "21821"), ("Gravity", "IA", "50848"), ("Magnet", "NE", "68749"),
              ("Okay", "OK", "74446"), ("Ninety Six", "SC", "29666"), ("Humble", "TX", "77338"), ("Cool", "CA", "95614"),
              ("Early", "TX", "76802"), ("Loving", "NM", "88256"), ("Honor", "MI", "49640"), ("Welcome", "MN", "56181"),
              ("Spur", "TX", "79370"), ("Marathon", "WI", "54448"), ("Carefree", "AZ", "85377"), ("Weed", "CA", "96094"),
              ("Novelty", "OH", "44072"), ("Sweet Home", "OR", "97386"), ("Glasgow", "MT", "59230"), ("Paris", "TX", "75460"),
              ("Allen", "TX", "75013"), ("Ewing", "NJ", "08618"), ("Flint", "MI", "48502"), ("Richmond", "KY", "40475")]
TOWN_WORD = {
    "Paradise": "says the waiting room is not «w:paradise»", "Bliss": "ignorance is not «w:bliss» here, per daughter",
    "Accident": "no motor vehicle «w:accident» reported", "Hazard": "rug is a trip «w:hazard»",
    "Why": "asked «w:why» the test was repeated", "Nothing": "«w:nothing» by mouth after midnight",
    "Happy": "«w:happy» with the result", "Peculiar": "a «w:peculiar» odor to the urine", "Protection": "airway «w:protection» intact",
    "Friendship": "values her «w:friendship» group", "Harmony": "family in «w:harmony» with the plan",
    "Defiance": "history of oppositional «w:defiance» as a child", "Plain": "«w:plain» films of the ankle negative",
    "Chance": "a 30% «w:chance» of recurrence", "Gravity": "specific «w:gravity» 1.025", "Magnet": "«w:magnet» placed over the device",
    "Okay": "states she is «w:okay» at home", "Humble": "«w:humble» and soft-spoken", "Cool": "«w:cool» extremities",
    "Early": "«w:early» satiety for two weeks", "Loving": "«w:loving» family at bedside", "Honor": "wishes to «w:honor» her faith",
    "Welcome": "visitors «w:welcome»", "Spur": "heel «w:spur» on the lateral view", "Marathon": "ran a «w:marathon» last year",
    "Carefree": "«w:carefree» about medications, per son", "Weed": "smokes «w:weed» on weekends", "Novelty": "«w:novelty» seeking",
    "Glasgow": "«e:Glasgow Coma Scale» 15", "Paris": "polyp «e:Paris classification» 0-Is", "Allen": "«e:Allen test» normal",
    "Ewing": "no history of «e:Ewing sarcoma»", "Flint": "no «e:Austin Flint murmur»", "Richmond": "«e:Richmond Agitation-Sedation Scale» 0",
    "Ninety Six": "«v:SpO2 96%» on room air",
}
TOWNS = TOWNS_WORD + [
    ("Tonopah", "NV", "89049"), ("Wahpeton", "ND", "58075"), ("Ely", "MN", "55731"), ("Lamesa", "TX", "79331"),
    ("Ozona", "TX", "76943"), ("Chadron", "NE", "69337"), ("Escalante", "UT", "84726"), ("Tuba City", "AZ", "86045"),
    ("Kayenta", "AZ", "86033"), ("Chinle", "AZ", "86503"), ("Pine Ridge", "SD", "57770"), ("Eagle Butte", "SD", "57625"),
    ("Tahlequah", "OK", "74464"), ("Cherokee", "NC", "28719"), ("Hilo", "HI", "96720"), ("Kaunakakai", "HI", "96748"),
    ("Waipahu", "HI", "96797"), ("Bethel", "AK", "99559"), ("Nome", "AK", "99762"), ("Utqiaġvik", "AK", "99723"),
    ("Kotzebue", "AK", "99752"), ("Houlton", "ME", "04730"), ("Lubec", "ME", "04652"), ("St. Johnsbury", "VT", "05819"),
    ("Bellows Falls", "VT", "05101"), ("Elkins", "WV", "26241"), ("Welch", "WV", "24801"), ("Pikeville", "KY", "41501"),
    ("Harlan", "KY", "40831"), ("Yazoo City", "MS", "39194"), ("Natchitoches", "LA", "71457"), ("Opelousas", "LA", "70570"),
    ("Waycross", "GA", "31501"), ("Cordele", "GA", "31015"), ("Selma", "AL", "36701"), ("Apalachicola", "FL", "32320"),
    ("Immokalee", "FL", "34142"), ("Walla Walla", "WA", "99362"), ("Omak", "WA", "98841"), ("Forks", "WA", "98331"),
    ("Coos Bay", "OR", "97420"), ("Burns", "OR", "97720"), ("Winnemucca", "NV", "89445"), ("Alturas", "CA", "96101"),
    ("Yreka", "CA", "96097"), ("Tehachapi", "CA", "93561"), ("Gallup", "NM", "87301"), ("Española", "NM", "87532"),
    ("Trinidad", "CO", "81082"), ("Alamosa", "CO", "81101"), ("Rawlins", "WY", "82301"), ("Lander", "WY", "82520"),
    ("Cody", "WY", "82414"), ("Havre", "MT", "59501"), ("Mayagüez", "PR", "00680"), ("Ponce", "PR", "00716"),
    ("Decorah", "IA", "52101"), ("Oskaloosa", "IA", "52577"), ("Kirksville", "MO", "63501"), ("Sedalia", "MO", "65301"),
    ("Hays", "KS", "67601"), ("Dodge City", "KS", "67801"), ("Ishpeming", "MI", "49849"), ("Sault Ste. Marie", "MI", "49783"),
    ("Bemidji", "MN", "56601"), ("Menomonie", "WI", "54751"), ("Rhinelander", "WI", "54501"), ("Galesburg", "IL", "61401"),
    ("Vincennes", "IN", "47591"), ("Chillicothe", "OH", "45601"), ("Titusville", "PA", "16354"), ("Oneonta", "NY", "13820"),
    ("Malone", "NY", "12953"), ("Hornell", "NY", "14843"), ("Laurinburg", "NC", "28352"), ("Orangeburg", "SC", "29115"),
    ("Nacogdoches", "TX", "75961"), ("Alpine", "TX", "79830"), ("Guymon", "OK", "73942"), ("McAlester", "OK", "74501"),
]
ZIP4 = True

STREET_NAMES = ["Catalpa", "Sassafras", "Tamarack", "Buttonwood", "Quarry", "Tannery", "Depot", "Creamery", "Gristmill",
                "Ferry", "Ridgeline", "Possum Trot", "Persimmon", "Hackberry", "Pawpaw", "Boxelder", "Chokecherry",
                "Mesquite", "Ocotillo", "Saguaro", "Kukui", "Lehua", "Pinon", "Juniper Flats", "Bois d'Arc", "Sumac",
                "Horseshoe Bend", "Coal Hollow", "Turkey Foot", "Shady Grove", "Tobacco Barn", "Sawmill", "Schoolhouse",
                "Cemetery Hill", "Grange Hall", "Wagon Wheel", "Buffalo Gap", "Sandhill", "Cottonwood Draw", "Prairie Dog",
                "Lighthouse", "Clam Shell", "Cranberry Bog", "Maple Sugar", "Covered Bridge", "Orchard Knob", "Bayou Teche",
                "Magnolia Bluff", "Peachtree Cove", "Tupelo", "Osage", "Kiowa", "Ute", "Paiute", "Cheyenne", "Mohawk",
                "Chinook", "Tulip Poplar", "Bittersweet", "Goldenrod", "Foxglove", "Larkspur", "Yarrow", "Thistle Down"]
STREET_TYPES = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Pike", "Trail", "Way",
                "Hollow Rd", "Loop", "Cir", "Pl", "Terrace", "Blvd", "Run", "Crossing"]
DIRS = ["N", "S", "E", "W", "NE", "SW", "North", "West", "East", "South"]

# foreign addresses: (street line, extra locality or None, city, region, postcode, country, phone prefix)
FOREIGN = [
    ("Flat 3, 27 Rosebery Road", None, "Cardiff", "Wales", "CF24 3AA", "United Kingdom", "+44 29 2048 "),
    ("1820 rue Saint-Denis, app. 4", None, "Montréal", "QC", "H2X 3K6", "Canada", "+1 514 555 "),
    ("14 Wattle Street", None, "Dubbo", "NSW", "2830", "Australia", "+61 2 6884 "),
    ("Blk 5 Lot 12 Sampaguita St", "Brgy. San Isidro", "Antipolo", "Rizal", "1870", "Philippines", "+63 917 "),
    ("Rua das Acácias, 245, apto 32", "Bairro Boa Vista", "Curitiba", "PR", "80035-050", "Brazil", "+55 41 99"),
    ("Calle Morelos 118", "Col. Centro", "Oaxaca de Juárez", "Oax.", "68000", "Mexico", "+52 951 "),
    ("House No. 1187, Woreda 03", "Bole Sub-city", "Addis Ababa", None, "1000", "Ethiopia", "+251 91 "),
    ("Ward 6, Lakeside Marg", "Baidam", "Pokhara", "Gandaki", "33700", "Nepal", "+977 61-"),
    ("Số 12 ngõ 45 Phố Huế", "Phường Ngô Thì Nhậm", "Hà Nội", None, "100000", "Vietnam", "+84 90 "),
    ("Mustamäe tee 61-14", None, "Tallinn", None, "10621", "Estonia", "+372 5"),
    ("Hafnarstræti 88", None, "Akureyri", None, "600", "Iceland", "+354 8"),
    ("Atatürk Cad. No: 41 D: 7", "Kültür Mah.", "Izmir", None, "35220", "Turkey", "+90 532 "),
]

INTL_CITIES = ["Kathmandu", "Cusco", "Arusha", "Luang Prabang", "Siem Reap", "Accra", "Lagos", "Dhaka", "Lahore",
               "Mashhad", "Tbilisi", "Yerevan", "Lviv", "Cluj-Napoca", "Debrecen", "Tromsø", "Iquitos", "Hué",
               "Chiang Mai", "Cebu City", "Apia", "Nuku'alofa", "Rotorua", "Iqaluit", "Kuujjuaq", "Port-au-Prince",
               "Jacmel", "Hargeisa", "Gondar", "Erbil", "Madurai", "Vijayawada", "Amritsar", "Sylhet", "Salvador",
               "Coimbra", "Ponta Delgada", "Kandahar", "Trabzon", "Haifa"]

MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me", "hotmail.com",
                "mail.wvnet.edu", "students.sctc.edu", "ruralnet.coop", "gci.net", "hawaiiantel.net", "yahoo.co.uk",
                "gmx.de", "bigpond.com.au", "uol.com.br", "mail.ru", "ukr.net", "yandex.ua", "sympatico.ca",
                "windstream.net", "centurylink.net", "frontiernet.net", "mchsi.com", "tds.net", "nntc.coop",
                "lists.hazard-ky.org", "alumni.gallaudet.edu", "navajo-nsn.gov", "me.com"]
HOSPITALS = ["Cottonwood Valley Medical Center", "Saint Brendan Regional", "Tri-County Memorial", "Bluestem Health",
             "Kapiolani Ridge Hospital", "Mesa Verde Community Hospital", "North Fork Clinic", "Prairie Lakes Health",
             "Sawtooth Regional Medical Center", "Chickasaw Bend Hospital", "Lakeshore Baptist", "Greenbrier Valley Health"]
CLINIC_DOMAINS = ["cottonwoodvalley.org", "stbrendanregional.org", "tricountymem.org", "bluestemhealth.net",
                  "kapiolaniridge.org", "mvch.org", "northforkclinic.com", "plhealth.org", "sawtoothrmc.org"]

# ---------------------------------------------------------------------------------------
# clinical vocabulary: clauses with eponyms and other keep spans, by domain

EPO = {
    "gi": ["short-segment «e:Barrett esophagus», «e:Prague classification» C1M3", "«e:Schatzki ring» at the GE junction, dilated",
           "«e:Mallory-Weiss tear» at the cardia, not actively bleeding", "small «e:Zenker diverticulum» on barium study",
           "«e:Los Angeles classification» grade B esophagitis", "ulcer «e:Forrest classification» IIb",
           "«e:Boston Bowel Preparation Scale» 8", "no «e:Crohn disease» features in the terminal ileum",
           "«e:Meckel diverticulum» not seen", "«e:Hirschsprung disease» excluded by prior biopsy",
           "post-«e:Billroth II» anatomy", "«e:Ménétrier disease» not favored", "gastrin checked for «e:Zollinger-Ellison syndrome»",
           "«e:Child-Pugh class» B, «e:MELD» 14", "«e:Ranson criteria» 2 at admission", "«e:Whipple disease» PCR negative",
           "«e:Courvoisier sign» absent", "«e:McBurney point» tenderness absent, «e:Rovsing sign» negative", "«e:Murphy sign» negative"],
    "cardio": ["«e:Killip class» I", "«e:Mobitz type I» (Wenckebach) block on telemetry", "«e:Wenckebach» periodicity overnight",
               "no delta wave to suggest «e:Wolff-Parkinson-White»", "type 1 «e:Brugada pattern» excluded with high leads",
               "«e:Austin Flint murmur» absent", "«e:Kerley B lines» on the chest film", "«e:Allen test» normal before radial access",
               "«e:Swan-Ganz catheter» advanced to wedge", "«e:Valsalva maneuver» terminated the SVT", "«e:Beck triad» absent",
               "«e:Kussmaul sign» absent", "«e:Duke criteria» not met", "«e:Jones criteria» not met", "«e:Wells score» 1.5",
               "«e:Caprini score» 5", "«s:TIMI 3» flow restored", "«e:Virchow triad» reviewed", "«e:Levine scale» grade 2 systolic murmur"],
    "neuro": ["«e:Romberg test» negative", "«e:Babinski sign» absent bilaterally", "«e:Hoffmann sign» negative", "«e:Kernig sign» and «e:Brudzinski sign» negative",
              "«e:Lhermitte sign» reported with neck flexion", "«e:Uhthoff phenomenon» in hot showers", "«e:Dix-Hallpike maneuver» positive on the right",
              "«e:Epley maneuver» performed", "«e:Chvostek sign» and «e:Trousseau sign» negative", "«e:Glasgow Coma Scale» 14",
              "«e:Bell palsy» of the left face, improving", "«e:Ramsay Hunt syndrome» excluded, no vesicles", "«e:Guillain-Barré syndrome» excluded by LP",
              "«e:Lewy body dementia» favored over «e:Alzheimer disease»", "«e:Pick disease» (frontotemporal) less likely",
              "«e:Huntington disease» in the family", "«e:Charcot-Marie-Tooth disease» type 1A", "«e:Wernicke-Korsakoff syndrome» risk, thiamine given",
              "«e:Todd paralysis» resolved", "«e:Jacksonian march» described", "«e:Tinel sign» at the carpal tunnel", "«e:Phalen test» positive at 30 s"],
    "eye": ["«e:Snellen» acuity «v:20/40» OD, «v:20/30» OS", "«e:Amsler grid» without distortion", "«e:Ishihara plates» «s:13/14»", "«e:Hirschberg test» central",
            "«e:Schirmer test» 6 mm at 5 min", "«e:Seidel test» negative", "«e:Goldmann applanation» 17 mmHg", "«e:Marcus Gunn pupil» absent",
            "no «e:Horner syndrome»", "«e:Argyll Robertson pupil» absent", "«e:Kayser-Fleischer rings» absent on slit lamp", "«e:Uhthoff phenomenon» denied"],
    "ent": ["«e:Rinne test» positive bilaterally, «e:Weber test» midline", "«e:Weber test» lateralises right", "«e:Dix-Hallpike maneuver» negative",
            "«e:Eustachian tube» dysfunction", "«e:Ménière disease» suspected", "«e:Valsalva maneuver» opens the left ear", "«e:Mallampati class» III",
            "«e:Epley maneuver» taught for home", "«e:Frenzel goggles» show nystagmus", "«e:Heimlich maneuver» used at a choking event"],
    "ortho": ["«e:Lachman test» negative", "«e:Thompson test» negative", "«e:Finkelstein test» positive", "«e:Tinel sign» at the cubital tunnel",
              "«e:Phalen test» negative", "«e:Spurling test» negative", "«e:Neer sign» and «e:Hawkins sign» positive", "«e:Apley grind test» negative",
              "«e:Trendelenburg sign» present on the right", "«e:Dupuytren contracture» of the ring finger", "«e:Osgood-Schlatter disease» as a teen",
              "«e:Legg-Calvé-Perthes disease» in childhood", "«e:Beighton score» «s:6/9»", "«e:Ottawa ankle rules» negative", "«e:Jobe test» weak",
              "«e:Waddell signs» «s:1/5»", "«e:Colles fracture» healed", "«e:Baker cyst» on ultrasound", "«e:Heberden nodes» and «e:Bouchard nodes»"],
    "ob": ["«e:Naegele rule» EDD agrees with the dating scan", "«e:Chadwick sign» present", "«e:Hegar sign» present", "«e:Braxton Hicks contractions» only",
           "«e:Leopold maneuvers»: cephalic", "«e:Bishop score» 5", "«e:McRoberts maneuver» at prior delivery", "«e:Apgar» 8 and 9",
           "«e:Asherman syndrome» after prior D&C excluded", "«e:Sheehan syndrome» not suspected", "«e:Stein-Leventhal syndrome» (PCOS) history",
           "«l:Rh negative», «e:Kleihauer-Betke test» sent", "«e:Montgomery tubercles» noted"],
    "peds": ["«e:Apgar» 7 and 9", "«e:Ballard score» 32 weeks", "«e:Tanner stage» 3", "«e:Denver II» normal", "«e:Bayley-III» at 18 months planned",
             "«e:Moro reflex» symmetric", "«e:Ortolani» and «e:Barlow» negative", "«e:Kawasaki disease» criteria not met",
             "«e:Osgood-Schlatter disease» ruled out", "«e:Wilms tumor» surveillance", "«e:Hirschsprung disease» excluded", "«e:Erb palsy» resolved"],
    "onc": ["«e:Gleason score» «s:4+3=7»", "«e:Breslow depth» 1.2 mm, «e:Clark level» IV", "«e:Virchow node» palpable", "no «e:Sister Mary Joseph nodule»",
            "«e:Krukenberg tumor» on pelvic MRI", "«e:Reed-Sternberg cells» in the node", "«e:Hodgkin lymphoma» stage IIA by «e:Ann Arbor» staging",
            "«e:Burkitt lymphoma» excluded", "«e:Kaposi sarcoma» of the foot", "«e:Ewing sarcoma» of the rib", "«e:Wilms tumor» (remote)",
            "«e:Paget disease» of the nipple", "«e:Bowen disease» of the shin", "«e:Merkel cell carcinoma» margins clear", "«e:Spitz nevus» on re-read",
            "«e:Mohs surgery» for the nasal lesion", "«e:Auer rods» on the smear", "«e:Bence Jones» proteinuria", "«e:Whipple procedure» planned",
            "«e:Lugano classification» stage III", "«e:Nottingham grade» 2", "«e:Trousseau syndrome» (migratory thrombophlebitis)"],
    "heme": ["«e:Howell-Jolly bodies» after splenectomy", "«e:Heinz bodies» on supravital stain", "direct «e:Coombs test» positive (IgG)",
             "indirect «e:Coombs test» negative", "anti-«e:Kell» antibody identified", "«e:Duffy» Fy(a-b-) phenotype", "anti-«e:Kidd» (Jk^a) titer 1:8",
             "«e:Lewis» antibody, not clinically significant", "«e:Lutheran» antigen negative", "«e:Auer rods» absent", "«e:Schilling test» historical",
             "«e:Bernard-Soulier syndrome» excluded", "«e:von Willebrand disease» type 1", "«e:Glanzmann thrombasthenia» excluded",
             "«e:Kleihauer-Betke test» 0.2%", "Rh immune globulin given before discharge"],
    "endo": ["«e:Addison disease» on hydrocortisone", "«e:Conn syndrome» screen negative", "«e:Cushing syndrome» excluded", "«e:Hashimoto thyroiditis»",
             "«e:Graves disease» in remission", "«e:Riedel thyroiditis» excluded", "«e:de Quervain thyroiditis» last spring",
             "«e:Plummer disease» (toxic nodule)", "«e:Klinefelter syndrome» on karyotype", "«e:Turner syndrome» mosaic", "«e:Kussmaul breathing» resolved"],
    "rheum": ["«e:Sjögren syndrome», «e:Schirmer test» 4 mm", "«e:Raynaud phenomenon» in winter", "«e:Behçet disease» with oral ulcers",
              "«e:Takayasu arteritis» on MRA", "adult-onset «e:Still disease»", "«e:Gottron papules» absent", "«e:Heberden nodes» bilaterally",
              "«e:Reiter syndrome» (reactive arthritis) remote", "«e:Felty syndrome» excluded", "«e:Libman-Sacks endocarditis» not seen",
              "«e:Jaccoud arthropathy»", "«e:Schober test» 3 cm", "«e:Wegener» (GPA) ANCA negative", "«e:Churg-Strauss» considered"],
    "pulm": ["«e:Cheyne-Stokes respirations»", "«e:Kussmaul breathing»", "«e:Light's criteria» exudate", "«e:Kerley B lines»",
             "«e:Wells criteria» for PE low", "«e:Pancoast tumor» excluded", "«e:Hamman sign» absent", "«e:Virchow triad» present",
             "«e:Heimlich valve» on the chest tube"],
    "psych": ["«e:Wernicke-Korsakoff syndrome» risk", "«e:Korsakoff syndrome» suspected", "«e:Tourette syndrome» stable", "«e:Asperger syndrome» (ASD level 1)",
              "«e:Munchausen syndrome» considered and rejected", "«e:Capgras delusion» resolved", "«e:Ganser syndrome» unlikely",
              "«e:Clinical Institute Withdrawal Assessment» 6", "«e:Richmond Agitation-Sedation Scale» 0", "«e:Ramsay sedation scale» 2"],
    "genetic": ["«e:Down syndrome»", "«e:Marfan syndrome» screening negative", "«e:Ehlers-Danlos syndrome» (hypermobile)", "«e:Noonan syndrome»",
                "«e:Prader-Willi syndrome»", "«e:Angelman syndrome»", "«e:Rett syndrome»", "«e:Tay-Sachs» carrier", "«e:Fanconi anemia» excluded",
                "«e:Gaucher disease» type 1"],
    "surg": ["status post «e:Roux-en-Y gastric bypass»", "«e:Nissen fundoplication» intact", "«e:Billroth I» reconstruction", "«e:Hartmann procedure» with end colostomy",
             "«e:Whipple procedure»", "«e:Petersen hernia» excluded on CT", "«e:Foley catheter» removed", "«e:Hickman catheter» in place",
             "«e:Groshong catheter» flushed", "«e:Steri-Strips» intact", "«e:Ace wrap» applied", "«e:Jackson-Pratt drain» 30 mL",
             "«e:Trendelenburg position»", "«e:Sellick maneuver» during induction", "«e:Pfannenstiel incision» healing", "«e:Kocher incision» scar",
             "«e:Peyronie disease»", "«e:Fournier gangrene» excluded", "«e:Morison pouch» fluid on FAST"],
    "misc": ["«e:Braden scale» 18", "«e:Morse Fall Scale» 35", "«e:Glasgow Coma Scale» 15", "«e:Mallampati» II",
             "«e:Karnofsky performance status» 60", "«e:Charlson comorbidity index» 5", "«e:Holter monitor» for 48 hours",
             "«e:Papanicolaou smear» normal", "«e:Heimlich maneuver» training", "«e:Valsalva» without syncope",
             "«e:Grey Turner sign» absent", "«e:Cullen sign» absent", "«e:Homans sign» not relied on", "«e:Sister Mary Joseph nodule» absent",
             "«e:Charcot triad» absent", "«e:Reynolds pentad» absent", "«e:Cushing triad» absent", "«e:Battle sign» absent", "«e:Nikolsky sign» negative",
             "«e:Auspitz sign» positive", "«e:Darier sign» negative", "«e:Koebner phenomenon»"],
}

DRUGS = ["«d:apixaban 5 mg BID»", "«d:metoprolol succinate 50 mg daily»", "«d:buprenorphine-naloxone 8/2 mg SL daily»",
         "«d:naltrexone 380 mg IM q4wk»", "«d:levothyroxine 88 mcg daily»", "«d:hydroxychloroquine 200 mg BID»",
         "«d:methotrexate 15 mg weekly»", "«d:folic acid 1 mg daily»", "«d:prednisone 5 mg daily»", "«d:tacrolimus 2 mg q12h»",
         "«d:mycophenolate 500 mg BID»", "«d:pantoprazole 40 mg daily»", "«d:sucralfate 1 g QID»", "«d:ondansetron 4 mg q8h PRN»",
         "«d:cetirizine 10 mg daily»", "«d:epinephrine 0.3 mg auto-injector»", "«d:montelukast 10 mg qHS»",
         "«d:fluticasone 50 mcg 2 sprays each nostril daily»", "«d:levetiracetam 750 mg BID»", "«d:lacosamide 100 mg BID»",
         "«d:furosemide 40 mg daily»", "«d:spironolactone 25 mg daily»", "«d:atorvastatin 40 mg qHS»", "«d:clopidogrel 75 mg daily»",
         "«d:aspirin 81 mg daily»", "«d:heparin 5,000 units SC q8h»", "«d:nifedipine XL 30 mg daily»", "«d:ferrous sulfate 325 mg every other day»",
         "«d:atovaquone-proguanil 250/100 mg daily»", "«d:azithromycin 1 g once»", "«d:typhoid Vi vaccine 0.5 mL IM»",
         "«d:prenatal vitamin 1 tab daily»", "«d:sertraline 100 mg daily»", "«d:gabapentin 300 mg TID»", "«d:thiamine 100 mg daily»",
         "«d:acamprosate 666 mg TID»", "«d:methadone 90 mg daily»", "«d:ursodiol 300 mg BID»", "«d:calcium citrate 500 mg TID»",
         "«d:cyanocobalamin 1,000 mcg IM monthly»", "«d:vitamin D3 2,000 IU daily»", "«d:tamsulosin 0.4 mg qHS»",
         "«d:donepezil 10 mg qHS»", "«d:carvedilol 6.25 mg BID»", "«d:insulin glargine 22 units qHS»", "«d:semaglutide 1 mg weekly»"]
LABS = ["«l:Hgb 11.4 g/dL»", "«l:WBC 7.2»", "«l:Plt 214»", "«l:Na 138»", "«l:K 4.1»", "«l:Cr 1.12»", "«l:BUN 22»", "«l:glucose 104»",
        "«l:A1c 6.9%»", "«l:TSH 2.4»", "«l:INR 1.1»", "«l:albumin 3.6»", "«l:bili 0.9»", "«l:ALT 31»", "«l:ferritin 1,240»",
        "«l:ESR 44 mm/h»", "«l:CRP 2.1 mg/dL»", "«l:IgE 612 IU/mL»", "«l:tryptase 5.2»", "«l:lipase 48»", "«l:Mg 1.9»",
        "«l:PTH 61»", "«l:vitamin B12 190»", "«l:LDL 94»", "«l:eGFR 58»", "«l:lactate 1.4»", "«l:troponin <0.01»",
        "«l:BNP 320»", "«l:UDS positive for buprenorphine»", "«l:hCG 18,400»", "«l:Hct 33%»", "«l:MCV 91»"]
CODES = ["«c:K22.70»", "«c:K21.9»", "«c:I25.10»", "«c:G40.209»", "«c:H90.3»", "«c:J30.1»", "«c:M05.79»", "«c:E66.01»",
         "«c:Z94.0»", "«c:P07.33»", "«c:S93.401A»", "«c:Z71.84»", "«c:Z34.01»", "«c:F11.20»", "«c:Z91.89»", "«c:J96.11»",
         "«c:Z66»", "«c:M54.50»", "«c:R99»", "«c:D59.1»", "«c:C61»", "«c:Z02.89»", "«c:43239»", "«c:93458»", "«c:95816»",
         "«c:92557»", "«c:95004»", "«c:43644»", "«c:99213»", "«c:E1390»", "«c:E0431»", "«c:K0823»", "«c:86880»",
         "«c:LOINC 2345-7»", "«c:LOINC 4548-4»", "«c:NDC 0093-7180-56»", "«c:NDC 12496-1208-3»", "«c:CVX 213»",
         "«c:SNOMED 235595009»", "«c:SNOMED 44054006»", "«c:CVX 101»"]

# ---------------------------------------------------------------------------------------
# formatting helpers

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
             30: "thirtieth"}


def words(n: int, conj: bool = False) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    rest = n % 100
    return "one hundred" + ((" and " if conj else " ") + words(rest) if rest else "")


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ord_words(n: int) -> str:
    if n in ORD_WORDS:
        return ORD_WORDS[n]
    return TENS[n // 10] + "-" + ORD_WORDS[n % 10]


DATE_STYLES = ["mdY", "mdy", "mdY1", "iso", "long", "long_nc", "abbr", "abbrdot", "dmy_abbr", "dmy_long", "md",
               "DMONY", "dMonY", "DMONYY", "Ymd", "compact", "dot", "mdYdash", "mdydash", "ord", "ofmonth",
               "ofmonthY", "mon_d", "apos", "Ydot", "ordwords", "monthdY_ord"]
FULL_DATE_STYLES = [s for s in DATE_STYLES if s not in ("md", "ord", "ofmonth", "mon_d", "ordwords")]


def dfmt(d: dt.date, style: str) -> str:
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1][:3]
    return {
        "mdY": f"{m:02d}/{day:02d}/{y}", "mdy": f"{m}/{day}/{y % 100:02d}", "mdY1": f"{m}/{day}/{y}",
        "iso": d.isoformat(), "long": f"{MONTHS[m - 1]} {day}, {y}", "long_nc": f"{MONTHS[m - 1]} {day} {y}",
        "abbr": f"{mon} {day}, {y}", "abbrdot": f"{'Sept' if m == 9 else mon}{'' if m == 5 else '.'} {day}, {y}",
        "dmy_abbr": f"{day} {mon} {y}", "dmy_long": f"{day} {MONTHS[m - 1]} {y}", "md": f"{m}/{day}",
        "DMONY": f"{day:02d}-{mon.upper()}-{y}", "dMonY": f"{day}-{mon}-{y}", "DMONYY": f"{day:02d}{mon.upper()}{y % 100:02d}",
        "Ymd": f"{y}/{m:02d}/{day:02d}", "compact": f"{y}{m:02d}{day:02d}", "dot": f"{day:02d}.{m:02d}.{y}",
        "mdYdash": f"{m}-{day}-{y}", "mdydash": f"{m:02d}-{day:02d}-{y % 100:02d}", "ord": f"{MONTHS[m - 1]} {ordinal(day)}",
        "ofmonth": f"{ordinal(day)} of {MONTHS[m - 1]}", "ofmonthY": f"{ordinal(day)} of {MONTHS[m - 1]} {y}",
        "mon_d": f"{mon} {day}", "apos": f"{mon} {day} '{y % 100:02d}", "Ydot": f"{y}.{m:02d}.{day:02d}",
        "ordwords": f"{ord_words(day)} of {MONTHS[m - 1]}", "monthdY_ord": f"{MONTHS[m - 1]} {ordinal(day)}, {y}",
        "monthY": f"{MONTHS[m - 1]} {y}", "mY": f"{m:02d}/{y}", "monY": f"{mon}-{y % 100:02d}",
    }[style]


AREA = ["606", "304", "928", "505", "575", "907", "808", "605", "701", "406", "307", "208", "541", "509", "530", "775",
        "435", "970", "719", "785", "620", "308", "402", "641", "563", "660", "417", "918", "580", "806", "325", "432",
        "903", "936", "337", "318", "662", "334", "229", "912", "850", "239", "803", "864", "910", "828", "276", "814",
        "607", "518", "802", "603", "207", "906", "989", "231", "218", "507", "715", "608", "309", "618", "812", "740",
        "419", "787"]
PHONE_STYLES = ["paren", "dash", "dot", "bare", "plus1sp", "1dash", "slash", "parennosp", "plus1paren", "spaces"]


def new_phone(r) -> tuple[str, str, str]:
    ex = r.randint(200, 989)
    while ex % 100 == 11 or ex == 555:
        ex = r.randint(200, 989)
    return (r.choice(AREA), str(ex), f"{r.randint(0, 9999):04d}")


def pfmt(p, style: str) -> str:
    a, e, l = p
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}", "bare": f"{a}{e}{l}",
            "plus1sp": f"+1 {a} {e} {l}", "1dash": f"1-{a}-{e}-{l}", "slash": f"{a}/{e}-{l}",
            "parennosp": f"({a}){e}-{l}", "plus1paren": f"+1 ({a}) {e}-{l}", "spaces": f"{a} {e} {l}"}[style]


def ssn(r) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def luhn_digit(s: str) -> int:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return (10 - tot % 10) % 10


def npi(r) -> str:
    base = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return base + str(luhn_digit("80840" + base))


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_digit("80840" + s[:9]) == int(s[9])


def dea(r, surname: str, mid: bool = False) -> str:
    first = "M" if mid else r.choice("ABFG")
    init = next((ch for ch in surname.upper() if "A" <= ch <= "Z"), "X")
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + init + "".join(map(str, d)) + str(chk)


def dea_ok(s: str) -> bool:
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


VIN_MAP = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = ["1FT", "1GC", "3GN", "2T1", "5TD", "1HG", "4T1", "JTM", "KNM", "1C6", "3FA", "WVW", "5NP", "2HK", "1N4"]


def vin(r) -> str:
    body = list(r.choice(WMI) + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice("LMNPRS") +
                r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "".join(str(r.randint(0, 9)) for _ in range(6)))
    tot = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_W))
    body[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(body)


def vin_ok(s: str) -> bool:
    s = s.upper()
    if len(s) != 17 or any(c not in VIN_MAP for c in s):
        return False
    tot = sum(VIN_MAP[c] * w for c, w in zip(s, VIN_W))
    return s[8] == ("X" if tot % 11 == 10 else str(tot % 11))


def digits(r, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def alnum(r, n: int, chars="ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(r.choice(chars) for _ in range(n))


def mrn(r) -> str:
    k = r.randrange(7)
    return [lambda: f"{r.randint(0, 9999999):08d}", lambda: "M" + digits(r, 7), lambda: digits(r, 7),
            lambda: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(0, 9)}",
            lambda: "E" + digits(r, 9), lambda: f"{digits(r, 3)}.{digits(r, 3)}.{digits(r, 3)}",
            lambda: "TCV" + digits(r, 6)][k]()


def mbi(r) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    return (str(r.randint(1, 9)) + r.choice(a) + r.choice(an) + str(r.randint(0, 9)) + "-" + r.choice(a) + r.choice(an) +
            str(r.randint(0, 9)) + "-" + r.choice(a) + r.choice(a) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def member_id(r) -> str:
    k = r.randrange(6)
    return [lambda: alnum(r, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(r, 9), lambda: "W" + digits(r, 9),
            lambda: digits(r, 11) + "A", lambda: f"{alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 7)}-0{r.randint(1, 4)}",
            lambda: "ZGP" + digits(r, 8), lambda: f"{digits(r, 3)}{alnum(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(r, 4)}"][k]()


def ip4(r) -> str:
    first = r.choice([24, 47, 63, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 162, 174, 184, 198, 209])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ip6(r) -> str:
    return "2600:" + ":".join(f"{r.randint(0, 0xffff):x}" for _ in range(3)) + "::" + f"{r.randint(1, 0xffff):x}"


def plate(r) -> str:
    k = r.randrange(5)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return [lambda: f"{r.randint(1, 9)}{alnum(r, 3, L)}{r.randint(100, 999)}", lambda: f"{alnum(r, 3, L)}-{r.randint(1000, 9999)}",
            lambda: f"{alnum(r, 3, L)} {r.randint(100, 999)}", lambda: f"{r.randint(10, 99)}{alnum(r, 1, L)}{r.randint(1000, 9999)}",
            lambda: f"{alnum(r, 2, L)}{r.randint(10000, 99999)}"][k]()


def serial(r) -> str:
    k = r.randrange(6)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return [lambda: alnum(r, 3, L) + digits(r, 6) + alnum(r, 1, L), lambda: "SN" + digits(r, 8),
            lambda: f"{digits(r, 4)}-{digits(r, 5)}", lambda: alnum(r, 10), lambda: "1" + alnum(r, 2, L) + digits(r, 7),
            lambda: f"{alnum(r, 2, L)}{digits(r, 3)}{alnum(r, 1, L)}{digits(r, 4)}"][k]()


def state_license(r) -> str:
    k = r.randrange(6)
    return [lambda: f"MD{digits(r, 6)}", lambda: f"{r.choice(['RN', 'LPN', 'PT', 'OT', 'DO'])}{digits(r, 6)}",
            lambda: f"{r.randint(10, 99)}-{digits(r, 5)}", lambda: f"{digits(r, 3)}.{digits(r, 6)}",
            lambda: f"C{digits(r, 5)}", lambda: f"ML-{digits(r, 4)}"][k]()


def drivers_license(r) -> str:
    k = r.randrange(6)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return [lambda: alnum(r, 1, L) + digits(r, 7), lambda: digits(r, 9), lambda: f"{alnum(r, 1, L)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
            lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", lambda: alnum(r, 2, L) + digits(r, 6), lambda: f"{digits(r, 2)}-{digits(r, 3)}-{digits(r, 4)}"][k]()


def ascii_fold(s: str) -> str:
    import unicodedata
    s = s.replace("ı", "i").replace("ð", "d").replace("þ", "th").replace("Þ", "Th").replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128 and (ch.isalnum() or ch in "-"))


CREDS = ["MD", "DO", "NP", "PA-C", "RN", "CNM", "DNP", "FNP-BC", "MD, PhD", "LCSW", "PharmD", "AuD", "RRT", "CCC-A"]


class Person:
    def __init__(self, given, family, sex, origin, cat="NAME", middle=None, cred=None, role=None, rel=None, phone=None):
        self.given, self.family, self.sex, self.origin, self.cat = given, family, sex, origin, cat
        self.middle, self.cred, self.role, self.rel, self.phone = middle, cred, role, rel, phone
        self.sg, self.sf = SCRIPT.get(given), SCRIPT.get(family)
        self.used = False

    def p(self, s):
        self.used = True
        return P(self.cat, s)

    @property
    def roman(self):
        return f"{self.given} {self.family}"

    def hn(self) -> list[dict]:
        out = [{"text": self.roman + ("" if not self.middle else ""), "family": self.family,
                "given": [self.given] + ([self.middle] if self.middle else [])}]
        if self.sg and self.sf:
            out.append({"text": f"{self.sg} {self.sf}", "family": self.sf, "given": [self.sg]})
        return out

    def title(self):
        if self.cat == "PROVIDER_NAME":
            return "Dr." if self.cred and ("MD" in self.cred or "DO" in self.cred or "PhD" in self.cred or "AuD" in self.cred) else ""
        return {"F": "Ms.", "M": "Mr."}.get(self.sex, "Mx.")

    def full(self): return self.p(self.roman)
    def fmi(self): return self.p(f"{self.given} {self.middle} {self.family}") if self.middle else self.full()
    def lf(self): return self.p(self.family) + ", " + self.p(self.given)
    def lfm(self): return self.p(self.family) + ", " + self.p(f"{self.given} {self.middle}" if self.middle else self.given)
    def lf_tight(self): return self.p(self.family) + "," + self.p(self.given)
    def LF(self): return self.p(self.family.upper()) + ", " + self.p(self.given.upper())
    def UP(self): return self.p(self.roman.upper())
    def low(self): return self.p(self.given.lower())
    def lowfull(self): return self.p(self.roman.lower())
    def first(self): return self.p(self.given)
    def last(self): return self.p(self.family)
    def init_last(self): return self.p(f"{self.given[0]}. {self.family}")
    def first_init(self): return self.p(f"{self.given} {self.family[0]}.")
    def initials(self): return self.p(f"{self.given[0]}.{self.family[0]}.")

    def titled(self):
        t = self.title()
        return (t + " " if t else "") + self.last()

    def script(self):
        if self.sg and self.sf:
            return self.p(f"{self.sg} {self.sf}") + " (" + self.full() + ")"
        return self.full()

    def any(self, r, styles=("full", "full", "lf", "fmi", "init_last", "titled", "script", "LF", "UP")):
        return getattr(self, r.choice(styles))()

    def with_cred(self, r):
        t = self.title()
        if t == "Dr." and r.random() < 0.3:
            return "Dr. " + self.full()
        return self.full() + (f", {self.cred}" if self.cred else "")


ELDER_RELS = ["daughter", "son", "niece", "grandson", "granddaughter", "nephew", "daughter-in-law", "son-in-law", "wife", "husband"]
YOUNG_RELS = ["mother", "father", "grandmother", "aunt", "stepfather", "foster mother", "legal guardian"]
ADULT_RELS = ["wife", "husband", "partner", "sister", "brother", "mother", "daughter", "son", "fiancée", "roommate-cousin"]


FEMALE_RELS = {"great-aunt", "mother", "daughter", "wife", "sister", "niece", "granddaughter", "grandmother", "aunt", "daughter-in-law",
               "foster mother", "mother-in-law", "fiancée", "great-grandmother"}
MALE_RELS = {"grandfather", "father", "son", "husband", "brother", "nephew", "grandson", "uncle", "son-in-law", "stepfather", "boyfriend"}


class Ctx:
    def __init__(self, r, over89_p=0.45):
        self.r = r
        self.over89_p = over89_p
        start = dt.date(2023, 1, 2)
        self.visit = start + dt.timedelta(days=r.randint(0, 880))
        self.people: list[Person] = []
        self.pt = self.person("NAME", middle=r.random() < 0.4)
        self._age = None
        self.mrn = mrn(r)
        self.phones = [new_phone(r) for _ in range(r.choice([1, 2, 2]))]
        self.email = self.make_email(self.pt)
        self.addr = self.make_addr()
        self.team = [self.provider() for _ in range(3)]
        self.team[0].cred = r.choice(["MD", "DO", "MD", "MD, PhD", "MD, MPH"])
        for p in self.team:
            p.team = True
        self.rels: list[Person] = []
        self.town_used = set()
        self.echoed = set()

    # people ------------------------------------------------------------------------
    def person(self, cat="NAME", origin=None, middle=False, sex=None) -> Person:
        r = self.r
        for attempt in range(200):
            o = (origin if attempt < 20 else None) or r.choices([o for o, _ in ORIGIN_WEIGHTS], [w for _, w in ORIGIN_WEIGHTS])[0]
            f, m, s = ORIGINS[o]
            sx = sex or r.choice("FM")
            g = r.choice((f if sx == "F" else m).split())
            fam = r.choice(_surnames(s))
            if g == fam or any(p.family == fam or p.given == g for p in self.people):
                continue
            mid = None
            if middle:
                mid = r.choice("ABCDEFGHJKLMNPRSTW") + "."
            per = Person(g, fam, sx, o, cat, middle=mid)
            self.people.append(per)
            return per
        raise RuntimeError("person pool exhausted")

    def provider(self, cred=None) -> Person:
        p = self.person("PROVIDER_NAME")
        p.cred = cred or self.r.choice(CREDS)
        p.team = False
        return p

    def rel(self, kind=None) -> Person:
        r = self.r
        if kind is None:
            kind = r.choice(ELDER_RELS if self.age > 75 else YOUNG_RELS if self.age < 18 else ADULT_RELS)
        same = r.random() < 0.6
        origin = self.pt.origin if same else None
        sx = "F" if kind in FEMALE_RELS else "M" if kind in MALE_RELS else None
        p = self.person("NAME", origin=origin, sex=sx)
        if same and r.random() < 0.7 and kind not in ("daughter-in-law", "son-in-law", "husband", "wife", "partner", "fiancée"):
            p.family = self.pt.family
            p.sf = self.pt.sf
        p.rel = kind
        p.phone = new_phone(r)
        self.rels.append(p)
        return p

    def other(self) -> Person:
        return self.person("NAME")

    # age -----------------------------------------------------------------------------
    @property
    def age(self) -> int:
        if self._age is None:
            r = self.r
            if r.random() < self.over89_p:
                self._age = r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 97, 97, 98, 98, 99, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 110])
            else:
                self._age = r.randint(19, 89)
        return self._age

    def set_age(self, n: int):
        self._age = n

    @property
    def dob(self) -> dt.date:
        if not hasattr(self, "_dob"):
            r = self.r
            m, d = r.randint(1, 12), r.randint(1, 28)
            y = self.visit.year - self.age - (0 if (m, d) <= (self.visit.month, self.visit.day) else 1)
            self._dob = dt.date(y, m, d)
        return self._dob

    def age_s(self, n=None, style=None) -> str:
        return age_str(self.r, self.age if n is None else n, style)

    # dates ---------------------------------------------------------------------------
    def d(self, d=None, style=None, full=False) -> str:
        d = d or self.visit
        style = style or self.r.choice(FULL_DATE_STYLES if full else DATE_STYLES)
        return DT(dfmt(d, style))

    def before(self, lo, hi) -> dt.date:
        return self.visit - dt.timedelta(days=self.r.randint(lo, hi))

    def after(self, lo, hi) -> dt.date:
        return self.visit + dt.timedelta(days=self.r.randint(lo, hi))

    # phones, mail ----------------------------------------------------------------------
    def ph(self, p=None, style=None, fax=False) -> str:
        p = p or self.phones[0]
        s = pfmt(p, style or self.r.choice(PHONE_STYLES))
        return FX(s) if fax else PH(s)

    def newph(self, style=None, fax=False):
        return self.ph(new_phone(self.r), style, fax)

    def make_email(self, per: Person, domain=None) -> str:
        r = self.r
        g, f = ascii_fold(per.given), ascii_fold(per.family)
        dom = domain or r.choice(MAIL_DOMAINS)
        k = r.randrange(9)
        local = [f"{g}.{f}".lower(), f"{g[0]}{f}{r.randint(1, 99)}".lower(), f"{g}_{f}+{r.choice(['clinic', 'health', 'mychart', 'rx'])}".lower(),
                 f"{f}-{g}".lower(), f"{g}.{f}", f"{g.lower()}{r.randint(1940, 2012)}", f"{f.lower()}.{g[0].lower()}.{r.randint(2, 9)}",
                 f"{g.upper()}.{f.upper()}", f"{g[:3].lower()}-{f[:5].lower()}_{r.randint(10, 99)}"][k]
        return f"{local}@{dom}"

    # addresses ---------------------------------------------------------------------------
    def make_addr(self, foreign_p=0.1) -> dict:
        r = self.r
        if r.random() < foreign_p:
            line, loc, city, region, pc, country, _ = r.choice(FOREIGN)
            return {"foreign": True, "line": line, "loc": loc, "city": city, "state": region, "zip": pc, "country": country, "unit": None}
        town, st, z = r.choice(TOWNS)
        line, unit = street_line(r, st)
        if r.random() < 0.25:
            z = f"{z}-{r.randint(1, 9999):04d}"
        return {"foreign": False, "line": line, "unit": unit, "city": town, "state": st, "zip": z, "loc": None, "country": None}

    def new_addr(self, foreign_p=0.1):
        return self.make_addr(foreign_p)

    def addr_one(self, a=None, lower=False) -> str:
        a = a or self.addr
        self.town_used.add(a["city"])
        f = (lambda s: s.lower()) if lower else (lambda s: s)
        out = AD(f(a["line"]))
        if a["unit"]:
            out += self.r.choice([", ", " ", " "]) + AD(f(a["unit"]))
        if a["loc"]:
            out += ", " + AD(f(a["loc"]))
        out += ", " + CI(f(a["city"]))
        if a["foreign"]:
            out += (", " + f(a["state"]) if a["state"] else "") + " " + ZP(a["zip"]) + ", " + a["country"]
        else:
            out += (", " if self.r.random() < 0.7 else " ") + f(a["state"]) + " " + ZP(a["zip"])
        return out

    def addr_lines(self, a=None, indent="") -> str:
        a = a or self.addr
        self.town_used.add(a["city"])
        out = indent + AD(a["line"])
        if a["unit"]:
            out += (", " + AD(a["unit"])) if self.r.random() < 0.5 else ("\n" + indent + AD(a["unit"]))
        if a["loc"]:
            out += "\n" + indent + AD(a["loc"])
        if a["foreign"]:
            out += "\n" + indent + CI(a["city"]) + (" " + a["state"] if a["state"] else "") + " " + ZP(a["zip"]) + "\n" + indent + a["country"].upper()
        else:
            out += "\n" + indent + CI(a["city"]) + ", " + a["state"] + " " + ZP(a["zip"])
        return out

    # clinical filler ---------------------------------------------------------------------------
    def epo(self, *domains, k=2) -> list[str]:
        pool = [c for dmn in domains for c in EPO[dmn]]
        return self.r.sample(pool, min(k, len(pool)))

    def drugs(self, k=3): return self.r.sample(DRUGS, k)
    def labs(self, k=3): return self.r.sample(LABS, k)
    def codes(self, k=2): return self.r.sample(CODES, k)

    def echo(self) -> list[str]:
        out = []
        for p in self.people:
            if not p.used:
                continue
            for key in (p.family, p.given):
                if key in self.echoed:
                    continue
                c = EPONYM_SURNAME.get(key) or WORD_USE.get(key)
                if c:
                    self.echoed.add(key)
                    out.append(c)
        for t in sorted(self.town_used):
            if t in TOWN_WORD and t not in self.echoed:
                self.echoed.add(t)
                out.append(TOWN_WORD[t])
        return out

    def echo_s(self, sep="; ", end=".") -> str:
        e = self.echo()
        return (sep.join(e) + end) if e else ""

    def sig(self, p: Person) -> str:
        r = self.r
        k = r.randrange(6)
        cred = p.cred or "MD"
        return [lambda: f"— {p.full()}, {cred}", lambda: f"/s/ {p.full()} {cred}",
                lambda: f"Electronically signed: {p.lf()}, {cred} {self.d(self.visit, 'mdY')} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}",
                lambda: f"{p.UP()}, {cred.upper()}", lambda: f"Signed by {p.init_last()} ({cred})",
                lambda: f"{p.full()}\n{cred}, {r.choice(HOSPITALS)}"][k]()


def _surnames(s: str) -> list[str]:
    # multiword Lakota / Cherokee surnames are kept whole
    known = ["Two Bulls", "Red Cloud", "Iron Shell", "Black Elk", "Yellow Horse", "Te Rangi"]
    out = []
    for k in known:
        if k in s:
            s = s.replace(k, "")
            out.append(k)
    return out + s.split()


def age_str(r, n: int, style=None) -> str:
    cat = "AGE_OVER_89" if n > 89 else "a"
    styles = ["yo", "yo2", "y/o", "yearold", "yrold", "yearsold", "yrs", "yoa", "aged", "age", "paren", "spelled",
              "spelled_years", "sexafter", "sexbefore", "yoF", "yodot", "yearoldwoman"]
    style = style or r.choice(styles)
    sx = r.choice("FM")
    return {
        "yo": lambda: P(cat, f"{n} yo"), "yo2": lambda: P(cat, f"{n}yo"), "y/o": lambda: P(cat, f"{n} y/o"),
        "yearold": lambda: P(cat, f"{n}-year-old"), "yrold": lambda: P(cat, f"{n}-yr-old"),
        "yearsold": lambda: P(cat, f"{n} years") + " old", "yrs": lambda: P(cat, f"{n} yrs") + " old",
        "yoa": lambda: P(cat, f"{n} years") + " of age", "aged": lambda: "aged " + P(cat, n), "age": lambda: "age " + P(cat, n),
        "paren": lambda: "(age " + P(cat, n) + ")", "spelled": lambda: P(cat, f"{words(n)}-year-old"),
        "spelled_years": lambda: P(cat, f"{words(n, r.random() < 0.5)} years") + " old",
        "sexafter": lambda: P(cat, n) + sx, "sexbefore": lambda: sx + "/" + P(cat, n), "yoF": lambda: P(cat, f"{n} yo") + " " + sx,
        "yodot": lambda: P(cat, f"{n} y.o."), "yearoldwoman": lambda: P(cat, f"{n}-year-old") + r.choice([" woman", " man", " patient"]),
        "bare": lambda: P(cat, n), "birthday": lambda: P(cat, ordinal(n)) + " birthday",
    }[style]()


def street_line(r, state: str) -> tuple[str, str | None]:
    num = r.randint(2, 9899)
    name = r.choice(STREET_NAMES)
    typ = r.choice(STREET_TYPES)
    k = r.randrange(16)
    if state == "HI" and r.random() < 0.7:
        line = f"{r.choice([87, 91, 92, 94, 95, 98])}-{r.randint(100, 1999)} {r.choice(['Kukui', 'Lehua', 'Waipahu', 'Farrington', 'Hoomaha', 'Kamehameha'])} {r.choice(['St', 'Hwy', 'Pl', 'Loop'])}"
    elif state == "PR":
        line = f"Calle {r.randint(1, 30)} {r.choice('ABCDEFG')}-{r.randint(1, 40)}, Urb. {r.choice(['Las Gladiolas', 'Villa del Carmen', 'Jardines de Ponce', 'Alturas de Mayagüez'])}"
    elif k == 0:
        line = f"{num} {r.choice(DIRS)} {ordinal(r.randint(2, 99))} {r.choice(['St', 'Street', 'Ave', 'Pl'])}"
    elif k == 1:
        line = f"{num} Calle {r.choice(['Cielo Vista', 'Los Pinos', 'Del Sol', 'Ocotillo', 'Piedras Negras', 'La Paloma'])}"
    elif k == 2:
        line = r.choice([f"Rural Route {r.randint(1, 9)}, Box {r.randint(1, 299)}", f"RR {r.randint(1, 9)} Box {r.randint(1, 299)}",
                         f"R.R. #{r.randint(1, 9)}, Box {r.randint(1, 299)}"])
    elif k == 3:
        line = r.choice([f"{num} County Road {r.randint(1, 450)}", f"{num} CR {r.randint(1, 450)}", f"{num} County Rd {r.choice('ABCDHKNQ')}{r.choice(['', 'D', 'K'])}"])
    elif k == 4:
        line = f"{r.choice('NWSE')}{r.randint(1000, 9999)} {r.choice(['State Rd', 'State Hwy', 'County Hwy', 'Town Line Rd'])} {r.randint(12, 180)}"
    elif k == 5:
        line = f"HC {r.randint(60, 89)} Box {r.randint(10, 3999)}"
    elif k == 6:
        line = r.choice([f"P.O. Box {r.randint(2, 9999)}", f"PO Box {r.randint(2, 9999)}", f"Post Office Box {r.randint(2, 999)}"])
    elif k == 7:
        line = f"{num} {r.choice(['N', 'S'])} {r.randint(1, 35) * 100} {r.choice(['E', 'W'])}"
    elif k == 8:
        line = r.choice([f"{num} FM {r.randint(100, 3300)}", f"{num} Farm to Market Rd {r.randint(100, 3300)}", f"{num} US Hwy {r.randint(2, 395)}"])
    elif k == 9:
        line = f"{num} 1/2 {name} {typ}"
    elif k == 10:
        line = f"Hwy {r.randint(64, 491)} Mile Marker {r.randint(2, 480)}"
    else:
        line = f"{num} {r.choice(DIRS) + ' ' if r.random() < 0.3 else ''}{name} {typ}"
    unit = None
    if r.random() < 0.35 and not line.startswith(("P", "Post", "HC", "Rural", "RR", "R.R.", "Hwy")):
        unit = r.choice([f"Apt {r.randint(1, 40)}{r.choice(['', 'A', 'B', 'C'])}", f"Unit {r.randint(1, 300)}", f"#{r.randint(2, 99)}",
                         f"Lot {r.randint(1, 80)}", f"Trlr {r.randint(1, 30)}", f"Bldg {r.choice('ABCDE')}", f"Apt. {r.randint(1, 9)}R",
                         f"Space {r.randint(1, 60)}", f"Ste {r.randint(100, 450)}", "Basement Apt", f"Fl {r.randint(2, 4)}"])
    return line, unit


# ---------------------------------------------------------------------------------------
# shared snippets

def agesex(c, n=None) -> str:
    r = c.r
    n = c.age if n is None else n
    cat = "AGE_OVER_89" if n > 89 else "a"
    sx = c.pt.sex
    k = r.randrange(7)
    return [lambda: f"Age/Sex: {P(cat, n)}/{sx}", lambda: f"Sex/Age: {sx}/{P(cat, n)}", lambda: f"Age: {P(cat, n)}   Sex: {sx}",
            lambda: f"Age/Sex: {P(cat, f'{n}y')} {sx}", lambda: f"Age: {P(cat, f'{n} yrs')}", lambda: f"{sx} / {P(cat, n)}",
            lambda: f"Age {P(cat, n)} ({sx})"][k]()


def vitals(c, sep=", ") -> str:
    r = c.r
    parts = [VT(f"BP {r.randint(96, 168)}/{r.randint(52, 96)}"), VT(f"HR {r.randint(58, 112)}"), VT(f"RR {r.randint(12, 24)}"),
             VT(f"T {r.choice(['98.1', '98.6', '99.0', '97.7', '100.4', '36.8 °C'])}"), VT(f"SpO2 {r.randint(89, 100)}%")]
    if r.random() < 0.5:
        parts.append(VT(f"Wt {r.randint(48, 140)} kg"))
    return sep.join(parts)


def fam_ages(c) -> str:
    """Family history with ages, some over 89."""
    r = c.r
    bits = []
    for who, dx in r.sample([("Mother", "stroke"), ("Father", "MI"), ("Maternal grandmother", "dementia"), ("Paternal aunt", "breast cancer"),
                             ("Grandfather", "colon cancer"), ("Older sister", "AF"), ("Uncle", "prostate cancer"), ("Grandmother", "hip fracture")], 3):
        n = r.choice([r.randint(91, 106), r.randint(91, 106), r.randint(55, 89)])
        k = r.randrange(5)
        a = [lambda: f"died at {age_str(r, n, 'bare')}", lambda: f"d. {age_str(r, n, 'age')}", lambda: f"living, {age_str(r, n, 'bare')}",
             lambda: f"alive at {age_str(r, n, 'bare')}", lambda: f"deceased {age_str(r, n, 'paren')}"][k]()
        bits.append(f"{who} {a}, {dx}")
    return "; ".join(bits)


def ids_line(c) -> str:
    r = c.r
    opts = [f"MRN {MR(c.mrn)}", f"Acct {AC(digits(r, 10))}", f"FIN {AC(f'{c.visit.year}-{digits(r, 7)}')}", f"CSN {AC(digits(r, 10))}",
            f"Member ID {HP(member_id(r))}"]
    return " | ".join(r.sample(opts, 3))


def ssn_phrase(c, last4_only=None) -> str:
    r = c.r
    s = ssn(r)
    l4 = s[-4:]
    k = r.randrange(11) if last4_only is None else (r.randrange(6) if last4_only else r.randrange(6, 11))
    return [lambda: f"last 4 SSN {SS(l4)}", lambda: f"SS# ending {SS(l4)}", lambda: f"SSN: xxx-xx-{SS(l4)}",
            lambda: f"SSN ***-**-{SS(l4)}", lambda: f"last four of social {SS(l4)}", lambda: f"SSN (last 4): {SS(l4)}",
            lambda: f"SSN {SS(s)}", lambda: f"Social: {SS(s.replace('-', ' '))}", lambda: f"SS# {SS(s.replace('-', ''))}",
            lambda: f"Soc Sec No. {SS(s)}", lambda: f"SSN/TIN {SS(s.replace('-', ''))}"][k]()


def addendum(c) -> str:
    r = c.r
    p = c.team[2]
    return (f"\n\nAddendum {c.d(c.visit, 'md')}: reviewed with {p.with_cred(r)}. {r.choice(DRUGS)} unchanged; "
            f"{r.choice(LABS)}, {r.choice(LABS)}. {c.epo('misc', k=1)[0]}. {r.choice(CODES)}.")


def hosp(c) -> str:
    return c.r.choice(HOSPITALS)


# ---------------------------------------------------------------------------------------
# templates: each takes a Ctx and returns (marked text, transform or None)

def t_endoscopy(c):
    r, pt = c.r, c.pt
    doc, rn = c.team[0], c.team[1]
    doc.role, rn.role, rn.cred = "endoscopist", "procedure nurse", "RN"
    ref = c.provider("MD")
    proc = r.choice(["EGD", "Colonoscopy", "EGD with balloon dilation", "EGD and colonoscopy", "Flexible sigmoidoscopy"])
    caps = r.random() < 0.35
    acc = f"S{c.visit.year % 100}-{digits(r, 5)}"
    dev = ""
    if r.random() < 0.4:
        dev = f"Cardiac device: {r.choice(['pacemaker', 'ICD'])}, SN {DV(serial(r))}; magnet at bedside.\n"
    nxt = c.after(365, 1200)
    head = r.choice([f"Patient: {pt.lf()}", f"PATIENT NAME: {pt.LF()}", f"Name: {pt.fmi()}"])
    txt = (f"{hosp(c)} — ENDOSCOPY UNIT\nPROCEDURE REPORT: {proc}\n{head}\n"
           f"MRN: {MR(c.mrn)}   Visit: {AC(digits(r, 9))}\nDOB: {c.d(c.dob, full=True)}   {agesex(c)}\n"
           f"Date of service: {r.choice(WEEKDAYS)}, {c.d(c.visit, 'long')}\n"
           f"Endoscopist: {doc.with_cred(r)}   Nurse: {rn.full()}, RN\nReferring: {ref.with_cred(r)} (fax {c.newph(fax=True)})\n"
           f"Indication: {r.choice(['dysphagia to solids', 'surveillance', 'iron deficiency anemia', 'heartburn refractory to PPI', 'positive FIT'])}"
           f" ({r.choice(CODES)}).\n{dev}"
           f"Sedation: {r.choice(['«d:propofol 160 mg IV» (MAC)', '«d:midazolam 2 mg IV» and «d:fentanyl 75 mcg IV»'])}. "
           f"ASA class {r.randint(2, 3)}. {E('Mallampati')} {r.choice(['II', 'III'])}.\n"
           f"Pre-procedure: {vitals(c)}.\n"
           f"Findings:\n - {c.epo('gi', k=1)[0]}\n - {c.epo('gi', k=1)[0]}\n - {c.epo('gi', k=1)[0]}\n"
           f"Specimens: biopsies to pathology, accession {OI(acc)}.\n"
           f"Impression: {c.epo('gi', 'surg', k=1)[0]}. Continue {r.choice(DRUGS)}.\n"
           f"Recommendations: repeat {proc.split()[0]} in about {r.choice(['1', '3', '5'])} years ({DT(dfmt(nxt, 'monthY'))}); "
           f"results to {pt.titled()} by phone at {c.ph()}"
           f"{' or ' + EM(c.email) if r.random() < 0.5 else ''}.\n"
           f"{c.echo_s()}\n{c.sig(doc)}\ncc: {ref.init_last()}")
    return txt, (str.upper if caps else None)


def t_cath(c):
    r, pt = c.r, c.pt
    doc, fel = c.team[0], c.team[1]
    doc.role, fel.role, fel.cred = "interventional cardiologist", "fellow", "MD"
    lot = f"LOT {digits(r, 8)}"
    rows = [("RA", f"{r.randint(3, 12)}"), ("RV", f"{r.randint(25, 50)}/{r.randint(2, 12)}"), ("PA", f"{r.randint(22, 60)}/{r.randint(8, 28)}"),
            ("PCWP", f"{r.randint(8, 26)}"), ("Ao", f"{r.randint(100, 160)}/{r.randint(55, 90)}"), ("LVEDP", f"{r.randint(8, 28)}")]
    table = "Site   | Pressure (mmHg)\n" + "\n".join(f"{a:<6} | {VT(b)}" for a, b in rows)
    udi = f"(01)0{digits(r, 13)}(17){(c.visit.year + 2) % 100:02d}{r.randint(1, 12):02d}{r.randint(10, 28)}(21){alnum(r, 8)}"
    dev = r.choice([f"Stent UDI {DV(udi)}", f"ICD SN {DV(serial(r))} interrogated pre-procedure", f"Loop recorder SN {DV(serial(r))}"])
    hdr = r.choice([f"{pt.LF()}  #{MR(c.mrn)}", f"Pt: {pt.full()} — MRN {MR(c.mrn)}", f"NAME {pt.lf_tight()}  MR# {MR(c.mrn)}"])
    txt = (f"CARDIAC CATHETERIZATION LABORATORY | {hosp(c)}\n{hdr}\n"
           f"DOB {c.d(c.dob, 'mdY')} | {agesex(c)} | Encounter {AC('E' + digits(r, 9))}\n"
           f"Date: {c.d(c.visit, r.choice(['DMONY', 'mdY', 'iso']))} | Operator: {doc.with_cred(r)} | Fellow: {fel.init_last()}\n"
           f"Indication: {r.choice(['NSTEMI', 'positive stress test', 'HFrEF workup', 'pre-TAVR evaluation'])}; {E('Killip class')} {r.choice(['I', 'II'])}.\n"
           f"Access: right radial, {E('Allen test')} normal; {r.choice(['«e:Swan-Ganz catheter» for right heart', '6 Fr sheath'])}.\n"
           f"Meds: {DR('heparin 70 units/kg IV')}, {r.choice(DRUGS)}, {DR('nitroglycerin 200 mcg IC')}.\n\n{table}\n"
           f"CO {LB(str(round(r.uniform(3.1, 6.2), 1)) + ' L/min')}, CI {LB(str(round(r.uniform(1.8, 3.4), 1)))}.\n\n"
           f"Coronaries: LAD {r.choice(['80%', '95%', '40%'])} mid; RCA dominant; {SC('TIMI 3')} flow after PCI.\n"
           f"{dev}; {lot} (product lot, not patient-specific).\n"
           f"Findings also: {c.epo('cardio', k=2)[0]}; {c.epo('cardio', k=1)[0]}.\n"
           f"Codes: {CD('93458')}, {r.choice(CODES)}.\n"
           f"Post: {vitals(c)}. Band removed {c.d(c.visit, 'md')} at {r.randint(13, 20)}:{r.randint(0, 59):02d}.\n"
           f"Discharge contact: {c.rel().rel} {c.rels[-1].full()} {c.ph(c.rels[-1].phone)}.\n{c.echo_s()}\n{c.sig(doc)}")
    return txt, None


def t_eeg(c):
    r, pt = c.r, c.pt
    doc, tech = c.team[0], c.team[1]
    doc.role, tech.role, tech.cred = "epileptologist", "EEG technologist", "R. EEG T."
    start = c.visit
    dur = r.choice([24, 48, 72])
    logs = []
    for j in range(r.randint(3, 5)):
        d = start + dt.timedelta(days=r.randint(0, dur // 24 - 1 if dur > 24 else 0))
        ts = r.choice(["iso_t", "iso_sp", "mdy"])
        hhmm = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        stamp = {"iso_t": DT(f"{d.isoformat()}T{hhmm}:{r.randint(0, 59):02d}"), "iso_sp": DT(d.isoformat()) + f" {hhmm}",
                 "mdy": DT(dfmt(d, "mdy")) + f" {hhmm.replace(':', '')}"}[ts]
        ev = r.choice(["pushbutton pressed, patient reports deja vu", "electrographic seizure left temporal 48 s",
                       "sleep spindles and K complexes", "HV 3 min no change", "photic stimulation no response",
                       "artifact from chewing", "family member pressed button, no EEG correlate"])
        logs.append(f"[{stamp}] {ev}")
    ip = r.choice([IPA(ip4(r)), IPA(ip6(r))])
    unp = r.random() < 0.5
    body = (f"this is a {r.choice(['routine', 'ambulatory', 'video'])} eeg {dur} hours on {pt.full() if not unp else pt.lowfull()} "
            f"{c.age_s()} referred by {c.provider('MD').full()} for spells since {c.d(c.before(40, 400), r.choice(['monthY', 'mY', 'long']))} "
            f"meds {r.choice(DRUGS)} and {r.choice(DRUGS)} background posterior dominant rhythm "
            f"{LB(str(r.randint(7, 11)) + ' Hz')} reactive to eye opening")
    if not unp:
        body = body[0].upper() + body[1:] + "."
    txt = (f"ELECTROENCEPHALOGRAM REPORT\nPatient {pt.LF()}   MRN {MR(c.mrn)}   DOB {c.d(c.dob, 'dMonY')}\n"
           f"Study # {OI('EEG-' + str(c.visit.year % 100) + '-' + digits(r, 4))}   Recording start {c.d(start, 'abbr')}\n"
           f"Technologist: {tech.full()}\n\n{body}\n\n"
           f"Event log (uploaded from home unit, IP {ip}):\n" + "\n".join(logs) +
           f"\n\nImpression: {r.choice(['abnormal', 'normal', 'mildly abnormal'])} study; {c.epo('neuro', k=1)[0]}; "
           f"{c.epo('neuro', k=1)[0]}. Code {CD('95816')}, {r.choice(CODES)}.\n"
           f"Caregiver {c.rel().full()} ({c.rels[-1].rel}) may call {c.ph(c.rels[-1].phone)} with questions.\n{c.echo_s()}\n{c.sig(doc)}")
    return txt, None


def t_audiology(c):
    r, pt = c.r, c.pt
    aud = c.team[0]
    aud.role, aud.cred = "audiologist", "AuD, CCC-A"
    freqs = [250, 500, 1000, 2000, 4000, 8000]
    right = [r.randint(10, 70) for _ in freqs]
    left = [min(110, x + r.randint(-10, 20)) for x in right]
    tab = "Hz\t" + "\t".join(map(str, freqs)) + "\nR AC\t" + "\t".join(LB(f"{x} dB") for x in right) + \
          "\nL AC\t" + "\t".join(LB(f"{x} dB") for x in left)
    sr, sl = serial(r), serial(r)
    txt = (f"AUDIOLOGY EVALUATION\t{hosp(c)}\nName:\t{pt.lf()}\nDOB:\t{c.d(c.dob, r.choice(['mdY', 'iso', 'dot']))}\t{agesex(c)}\n"
           f"MRN:\t{MR(c.mrn)}\tInsurance:\t{HP(member_id(r))}\nDate:\t{c.d(c.visit, full=True)}\n\n"
           f"History: {r.choice(['gradual hearing loss', 'tinnitus right ear', 'dizziness with head turns', 'hearing aid check'])} "
           f"for {r.randint(2, 10)} years; accompanied by {c.rel().rel} {c.rels[-1].first()}. Patient is {c.age_s()}.\n"
           f"Otoscopy clear. {c.epo('ent', k=1)[0]}; {c.epo('ent', k=1)[0]}.\n\nPure tone thresholds:\n{tab}\n"
           f"WRS R {SC(str(r.randint(60, 100)) + '%')} L {SC(str(r.randint(52, 100)) + '%')}; tympanometry type A.\n\n"
           f"Devices: [x] bilateral hearing aids  R SN {DV(sr)}  L SN {DV(sl)}  [ ] cochlear implant\n"
           f"Assessment: {CD('H90.3')} {r.choice(['sensorineural hearing loss, bilateral', 'presbycusis'])}. "
           f"Remote fitting link {UR('https://fit.' + r.choice(['phonak', 'oticon', 'starkey']) + 'pro.com/s/' + alnum(r, 8).lower())}.\n"
           f"Return {c.d(c.after(30, 200), r.choice(['md', 'mon_d', 'ord']))}; call {c.ph()}.\n{c.echo_s()}\n{c.sig(aud)}")
    return txt, None


def t_allergy(c):
    r, pt = c.r, c.pt
    doc, rn = c.team[0], c.team[1]
    doc.role, rn.role, rn.cred = "allergist", "allergy nurse", "LPN"
    ref = c.provider("MD")
    allergens = r.sample(["D. pteronyssinus", "D. farinae", "cat pelt", "dog epithelia", "timothy grass", "short ragweed",
                          "Alternaria", "cockroach mix", "birch", "oak", "peanut", "egg white", "shrimp"], 6)
    rows = "allergen,wheal_mm,flare_mm\n" + "\n".join(f"{a},{LB(str(r.randint(0, 12)))},{LB(str(r.randint(0, 30)))}" for a in allergens)
    rows += f"\nhistamine,{LB('8')},{LB('25')}\nsaline,{LB('0')},{LB('0')}"
    letter = r.random() < 0.5
    a = c.addr
    intro = (f"{hosp(c)} Allergy & Immunology\nTel {c.newph()}  ·  Fax {c.newph(fax=True)}\n\n{c.d(c.visit, 'long')}\n\n"
             f"{ref.with_cred(r)}\nRE: {pt.full()}, DOB {c.d(c.dob, 'mdY')}, MRN {MR(c.mrn)}\n\nDear {ref.titled()},\n\n"
             if letter else
             f"ALLERGY CLINIC NOTE — {c.d(c.visit, 'dmy_abbr')}\n{pt.LF()} | {MR(c.mrn)} | {agesex(c)}\n"
             f"Address: {c.addr_one()}\n\n")
    txt = (intro + f"I saw {pt.titled()}, {c.age_s()}, for {r.choice(['perennial rhinitis', 'possible peanut allergy', 'recurrent hives', 'asthma control'])}. "
           f"Symptoms worst in the {W('dusty')} basement and in spring. Prior {LB('IgE 540 IU/mL')}. "
           f"Meds: {', '.join(c.drugs(2))}, {DR('epinephrine 0.3 mg auto-injector')}.\n\nPercutaneous skin testing ({CD('95004')}, "
           f"{r.randint(8, 14)} tests), read at 15 min:\n{rows}\n\n"
           f"Impression: {r.choice(CODES)}; {c.epo('misc', 'pulm', k=1)[0]}. {r.choice(['«e:Samter triad»', 'oral allergy syndrome', 'dermatographism', '«e:Quincke edema»'])} considered.\n"
           f"Plan: start {r.choice(DRUGS)}; food challenge {c.d(c.after(20, 90), r.choice(['md', 'long', 'DMONYY']))}. "
           f"Action plan sent to {EM(c.email)}; questions to {rn.full()} at {c.newph()}.\n{c.echo_s()}\n")
    txt += ("Sincerely,\n" + c.sig(doc) if letter else c.sig(doc))
    return txt, None


def t_rheum(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role = "rheumatologist"
    onset = c.before(200, 3000)
    das = round(r.uniform(2.1, 5.8), 2)
    sho = r.random() < 0.5
    txt = (f"RHEUM F/U  {c.d(c.visit, r.choice(['mdy', 'md', 'mdY']))}\n"
           f"{pt.lf_tight() if sho else pt.lf()}  {agesex(c)}  MR {MR(c.mrn)}  DOB {c.d(c.dob, 'mdy')}\n"
           f"CC: {r.choice(['RA f/u', 'sicca sx', 'Raynaud + puffy fingers', 'hip girdle stiffness', 'oral ulcers'])}\n"
           f"HPI: {c.age_s()} w/ {r.choice(['seropositive RA', 'SLE', 'PMR', 'MCTD', 'psoriatic arthritis'])} dx {c.d(onset, r.choice(['monthY', 'mY', 'long']))}. "
           f"AM stiffness {r.randint(10, 120)} min. Flare {c.d(c.before(10, 60), 'md')}-{c.d(c.before(1, 9), 'md')} tx'd w/ {DR('prednisone 20 mg taper')}.\n"
           f"{'Pt says she can still open jars. ' if r.random() < 0.5 else ''}"
           f"Meds: {'; '.join(c.drugs(3))}\n"
           f"Exam: {vitals(c)}\n  {c.epo('rheum', k=1)[0]}; {c.epo('rheum', 'ortho', k=1)[0]}; "
           f"TJC {SC(str(r.randint(0, 14)))} SJC {SC(str(r.randint(0, 10)))}\n"
           f"Labs {c.d(c.before(3, 20), 'md')}: {', '.join(c.labs(4))}\n"
           f"DAS28-CRP {SC(str(das))}; {E('CDAI')} not done.\n"
           f"A/P: {r.choice(CODES)} — {c.epo('rheum', k=1)[0]}. Cont {r.choice(DRUGS)}. "
           f"Eye exam for HCQ due {DT(dfmt(c.after(60, 300), r.choice(['monthY', 'mY'])))}. "
           f"Rtc 3 mo. Portal msg to {EM(c.email)}.\n"
           f"Insurance: {r.choice(['Medicare', 'BCBS', 'Medicaid', 'Aetna'])} {HP(member_id(r))}, grp {HP('G' + digits(r, 5))}\n"
           f"{c.echo_s()}\n{c.sig(doc)}")
    return txt, None


def t_bariatric(c):
    r, pt = c.r, c.pt
    doc, rd, psy = c.team[0], c.team[1], c.team[2]
    doc.role, rd.role, rd.cred, psy.role, psy.cred = "bariatric surgeon", "dietitian", "RDN", "psychologist", "PhD"
    dates = sorted(c.before(10, 600) for _ in range(4))
    w0 = r.randint(118, 190)
    tab = "| Date | Weight | BMI |\n|---|---|---|\n" + "\n".join(
        f"| {c.d(d, r.choice(['mdY', 'mdy', 'iso']))} | {VT(str(w0 - j * r.randint(2, 9)) + ' kg')} | {VT(str(r.randint(32, 58)) + '.' + str(r.randint(0, 9)))} |"
        for j, d in enumerate(dates))
    txt = (f"BARIATRIC SURGERY CLINIC — {r.choice(['pre-op', 'post-op', '1-year'])} visit\n"
           f"• Patient: {pt.full()} ({MR(c.mrn)})\n• DOB: {c.d(c.dob, full=True)}\n• Seen: {c.d(c.visit, 'abbr')}\n"
           f"• Surgeon: {doc.with_cred(r)}; dietitian {rd.full()}, RDN; psych eval by {psy.titled()}\n"
           f"• Procedure: {r.choice(['«e:Roux-en-Y gastric bypass»', 'sleeve gastrectomy', 'revision of «e:Nissen fundoplication» to RYGB'])} "
           f"{r.choice(['planned', 'done'])} {c.d(c.before(30, 400), r.choice(['mdY', 'long']))}\n\n{tab}\n\n"
           f"• Comorbid: {r.choice(CODES)}; OSA on CPAP; {c.epo('gi', 'surg', k=1)[0]}\n"
           f"• Labs: {', '.join(c.labs(3))}\n• Supplements: {DR('calcium citrate 500 mg TID')}, {r.choice(DRUGS)}\n"
           f"• Support group: {r.choice(['Tuesday', 'Thursday'])} evenings; carpool with {c.other().first()} from {CI(r.choice(TOWNS)[0])}\n"
           f"• Ride home: {c.rel().rel} {c.rels[-1].full()} {c.ph(c.rels[-1].phone)}\n"
           f"• {c.epo('surg', k=1)[0]}; {c.echo_s(end='')}\n• Next: {c.d(c.after(14, 120), 'ord')}\n{c.sig(doc)}")
    return txt, None


def t_transplant(c):
    r, pt = c.r, c.pt
    coord, neph = c.team[0], c.team[1]
    coord.role, coord.cred, neph.role = "transplant coordinator", "RN, CCTC", "transplant hepatologist"
    organ = r.choice(["liver", "kidney", "heart", "lung"])
    dom = r.choice(CLINIC_DOMAINS)
    cmail = f"{ascii_fold(coord.given).lower()}.{ascii_fold(coord.family).lower()}@{r.choice(['', 'tx.', 'transplant.'])}{dom}"
    care = c.rel(r.choice(["wife", "husband", "daughter", "son", "sister"]))
    care_mail = c.make_email(care)
    d1 = c.visit
    d0 = c.before(1, 6)
    hh = r.randint(7, 18)
    quoted = (f"> On {WD_ABBR[d0.weekday()]}, {c.d(d0, 'abbr')} at {hh}:{r.randint(10, 59)} {care.full()} <{EM(care_mail)}> wrote:\n"
              f"> hi, {coord.first().lower() if False else coord.first()} - {pt.first()} had a {r.choice(['fever 100.9', 'bad night', 'weight gain of 3 lb'])} "
              f"last night, should we come in? his new phone is {c.newph()}.\n> thanks, {care.first()}")
    txt = (f"From: {coord.full()} <{EM(cmail)}>\nTo: {care.full()} <{EM(care_mail)}>\n"
           f"Cc: {neph.full()} <{EM(ascii_fold(neph.family).lower() + '@' + dom)}>\n"
           f"Date: {WD_ABBR[d1.weekday()]}, {DT(dfmt(d1, 'dmy_abbr'))} {r.randint(8, 17)}:{r.randint(10, 59)}:00 -0600\n"
           f"Subject: {pt.last()} — {organ} transplant evaluation, MRN {MR(c.mrn)}\n\n"
           f"Hi {care.first()},\n\nThanks for the update. Please bring {pt.first()} to clinic {c.d(c.after(1, 5), 'ord')}. "
           f"Current listing: UNOS ID {OI(alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 4))}, status {r.choice(['active', 'inactive'])}; "
           f"{E('MELD')}-Na {SC(str(r.randint(12, 34)))}, {E('Child-Pugh class')} {r.choice('ABC')}. "
           f"Tacrolimus level {LB(str(round(r.uniform(4, 12), 1)) + ' ng/mL')} on {c.d(c.before(1, 9), 'md')}.\n"
           f"Meds: {', '.join(c.drugs(3))}.\n{c.epo('gi', 'heme', k=1)[0]}. {c.echo_s()}\n"
           f"Donor workup for {r.choice(['his brother', 'her cousin', 'a friend'])} {c.other().full()} (DOB {c.d(c.before(9000, 20000), 'mdY')}) "
           f"is on hold.\nInsurance auth {OI('PA' + digits(r, 8))} expires {c.d(c.after(30, 200), 'mdY')}.\n\n"
           f"{coord.first()} {coord.last()}, {coord.cred}\nTransplant office {c.newph()} | fax {c.newph(fax=True)}\n\n{quoted}")
    return txt, None


def t_nicu(c):
    r, pt = c.r, c.pt
    c.set_age(0)
    c.over89_p = 0
    doc, np_ = c.team[0], c.team[1]
    doc.role, np_.role, np_.cred = "neonatologist", "neonatal NP", "NNP-BC"
    dob = c.before(2, 40)
    c._dob = dob
    dol = (c.visit - dob).days
    mom = c.rel("mother")
    mom.family = pt.family
    ga = r.randint(24, 35)
    gg = r.choice([None, r.randint(90, 101)])
    mom_age = r.randint(16, 44)
    txt = (f"NICU Progress Note — DOL {dol}, CGA {ga + dol // 7} wk\n"
           f"Infant: {r.choice(['Baby Girl', 'Baby Boy', 'BG', 'BB'])} {pt.last()} (\"{pt.first()}\")  MRN {MR(c.mrn)}  Band {OI('NB' + digits(r, 6))}\n"
           f"Born {c.d(dob, r.choice(['mdY', 'iso', 'long']))} at {r.randint(0, 23):02d}{r.randint(0, 59):02d}, GA {ga}w{r.randint(0, 6)}d, "
           f"BW {VT(str(r.randint(520, 2400)) + ' g')}; {c.epo('peds', k=1)[0]}; {E('Ballard score')} consistent.\n"
           f"Today wt {VT(str(r.randint(600, 2600)) + ' g')}, {VT('HR ' + str(r.randint(120, 175)))}, {VT('RR ' + str(r.randint(30, 65)))}, "
           f"{VT('T ' + str(round(r.uniform(36.4, 37.4), 1)) + ' °C')}, {VT('SpO2 ' + str(r.randint(88, 98)) + '%')}.\n"
           f"Resp: {r.choice(['CPAP 5', 'HFNC 2 L', 'room air', 'SIMV'])}; {DR('caffeine citrate 5 mg/kg daily')}. "
           f"FEN: EBM + HMF {r.randint(22, 26)} kcal, {r.randint(120, 160)} mL/kg/d. {LB('bili 8.4')}.\n"
           f"ID: {r.choice(['blood cx neg x48h', 'off abx'])}. Neuro: HUS {c.d(c.before(0, 10), 'md')} grade {r.choice(['0', 'I', 'II'])} IVH. "
           f"ROP exam due {c.d(c.after(5, 30), r.choice(['md', 'mon_d']))}.\n"
           f"{c.epo('peds', k=1)[0]}.\n\n"
           f"Social: mother {mom.full()} ({KA(str(mom_age))}, MRN {MR(mrn(r))}) visits daily; cell {c.ph(mom.phone)}. "
           f"Father {c.rel('father').full()} works nights in {CI(r.choice(TOWNS)[0])}. "
           + (f"Great-grandmother {c.rel('great-grandmother').first()}, {age_str(r, gg, r.choice(['bare', 'yearsold', 'spelled_years', 'paren']))}, "
              f"is on the visitor list. " if gg else "") +
           f"Home: {c.addr_one()}. Car seat test before d/c.\n{c.echo_s()}\n{c.sig(np_)} / attending {doc.full()}")
    return txt, None
t_nicu.over89_p = 0.0
t_nicu.extras = ("ex_contacts", "ex_insurance", "ex_log", "ex_oldaddr", "ex_team", "ex_elder")


def t_urgent(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role, doc.cred = "urgent care clinician", r.choice(["PA-C", "FNP-C", "MD"])
    cc = r.choice(["ankle inj", "ST x3d", "HA + neck stiffness", "RLQ pain", "MVC neck pain", "lac R hand"])
    mvc = cc.startswith("MVC") or r.random() < 0.3
    txt = (f"UC VISIT {c.d(c.visit, r.choice(['mdy', 'mdY', 'mdydash']))} {r.randint(8, 21)}{r.randint(10, 59)}\n"
           f"{pt.LF()}  {c.age_s(style=r.choice(['sexafter', 'yo', 'y/o', 'sexbefore']))}  DOB {c.d(c.dob, 'mdy')}  MRN {MR(c.mrn)}\n"
           f"ins {r.choice(['Medicaid', 'Cigna', 'UHC', 'self-pay'])} {HP(member_id(r))}  acct {AC(digits(r, 8))}\n"
           f"cc: {cc}\nhpi: sx since {r.choice(WD_ABBR)} {c.d(c.before(1, 5), 'md')}. {c.echo_s(end='.')}\n"
           f"vitals: {vitals(c, sep=' ')}\n"
           f"exam: {c.epo('ortho', 'neuro', 'gi', k=2)[0]}; {c.epo('ortho', 'neuro', 'gi', k=1)[0]}; {E('Centor score')} {SC(str(r.randint(0, 4)))}\n")
    if mvc:
        txt += (f"mvc: restrained driver, other vehicle plate {VH(plate(r))} ({r.choice(['TX', 'OK', 'NM', 'KS'])}); "
                f"pt's car VIN {VH(vin(r))} per police report {OI('RPT-' + digits(r, 7))}. Officer {c.other().full()}.\n")
    txt += (f"a/p: {r.choice(CODES)} {r.choice(['sprain', 'viral pharyngitis', 'tension HA', 'contusion'])}; "
            f"{r.choice(DRUGS)}; {E('Ace wrap')}; {W('plain')} films neg.\n"
            f"work note {c.d(c.visit, 'md')}-{c.d(c.after(2, 6), 'md')} for employer; supervisor {c.other().first_init()} ok'd by phone.\n"
            f"f/u PCP {c.provider('MD').init_last()}; pt cell {c.ph()}; {c.addr_one(lower=r.random() < 0.3)}\n{c.sig(doc)}")
    return txt, None


def t_travel(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role, doc.cred = "travel medicine", r.choice(["MD", "NP", "PharmD"])
    legs = []
    d = c.after(10, 60)
    for city in r.sample(INTL_CITIES, r.randint(2, 4)):
        e = d + dt.timedelta(days=r.randint(3, 14))
        legs.append(f"{CI(city):<16} | {c.d(d, r.choice(['dmy_abbr', 'mdY', 'iso', 'DMONY']))} – {c.d(e, r.choice(['dmy_abbr', 'mdY', 'iso', 'md']))}")
        d = e + dt.timedelta(days=1)
    vac = [f"{r.choice(['Typhoid Vi', 'Hep A', 'Yellow fever', 'Rabies PrEP #1', 'Japanese encephalitis', 'Tdap'])} "
           f"({CD('CVX ' + str(r.choice([101, 83, 37, 175, 134, 115])))}) lot {alnum(r, 6)}" for _ in range(3)]
    txt = (f"TRAVEL MEDICINE CONSULT\nTraveler: {pt.script() if pt.sg else pt.full()}   DOB: {c.d(c.dob, r.choice(['dot', 'mdY', 'dmy_long']))}   {agesex(c)}\n"
           f"MRN {MR(c.mrn)}   Passport {OI(alnum(r, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(r, 8))}\nVisit: {c.d(c.visit, full=True)}\n\n"
           f"Itinerary ({r.choice(['family visit', 'mission trip', 'trekking', 'business'])}):\nCity             | Dates\n" + "\n".join(legs) +
           f"\n\nTraveling with {c.rel().rel} {c.rels[-1].full()}. Local contact abroad: {c.other().full()}, {c.newph(style='plus1sp')}.\n"
           f"Vaccines today:\n - " + "\n - ".join(vac) +
           f"\nRx: {DR('atovaquone-proguanil 250/100 mg daily')} from 1-2 days before to 7 days after; {DR('azithromycin 1 g once')} PRN TD.\n"
           f"{c.epo('misc', 'pulm', k=1)[0]}. Altitude: {DR('acetazolamide 125 mg BID')}.\n"
           f"ICVP scanned; portal {UR('https://portal.' + r.choice(CLINIC_DOMAINS) + '/travel/' + digits(r, 6))}.\n"
           f"{c.echo_s()}\n{c.sig(doc)}")
    return txt, None


def box(r, p=0.5) -> str:
    return "[x]" if r.random() < p else "[ ]"


def t_sports(c):
    r, pt = c.r, c.pt
    c.set_age(r.randint(12, 18))
    doc, atc = c.team[0], c.team[1]
    doc.role, atc.role, atc.cred = "team physician", "athletic trainer", "ATC"
    par = c.rel(r.choice(["mother", "father", "grandmother", "legal guardian"]))
    coach = c.other()
    sport = r.choice(["football", "wrestling", "cross country", "volleyball", "basketball", "rodeo", "soccer"])
    gp = r.choice([None, r.randint(90, 99)])
    txt = (f"PREPARTICIPATION PHYSICAL EVALUATION — {r.choice(['HIGH SCHOOL', 'MIDDLE SCHOOL'])} ATHLETICS\n"
           f"Name: {pt.lf()}    Sex: {pt.sex}    Age: {KA(str(c.age))}    DOB: {c.d(c.dob, 'mdY')}\n"
           f"Grade: {r.randint(7, 12)}   Sport(s): {sport}   School ID: {OI(digits(r, 7))}\n"
           f"Parent/guardian: {par.full()} ({par.rel})  Phone: {c.ph(par.phone)}  Email: {EM(c.make_email(par))}\n"
           f"Address: {c.addr_one()}\n\nHISTORY (parent and athlete answered)\n"
           f"{box(r, 0.1)} Chest pain or fainting with exercise\n{box(r, 0.1)} Family member died suddenly before age 35\n"
           f"{box(r, 0.3)} Concussion — last {c.d(c.before(100, 700), r.choice(['mY', 'monthY', 'mdy']))}\n{box(r, 0.2)} Asthma — {DR('albuterol 90 mcg 2 puffs PRN')}\n"
           + (f"[x] Lives with great-grandparent ({age_str(r, gp, r.choice(['bare', 'yo', 'yearsold']))}), who signs forms when parent away\n" if gp else "") +
           f"\nEXAM  {vitals(c, sep='  ')}  Vision {E('Snellen')} {VT('20/' + str(r.choice([20, 25, 30, 40])))}\n"
           f"{E('Tanner stage')} {r.randint(2, 5)}; {E('Beighton score')} {SC(str(r.randint(0, 6)) + '/9')}; {E('Marfan syndrome')} stigmata absent.\n"
           f"MSK: {c.epo('ortho', k=1)[0]}; {c.epo('ortho', k=1)[0]}. Strength {SC('5/5')} throughout.\n\n"
           f"CLEARANCE\n{box(r, 0.7)} Cleared without restriction\n{box(r, 0.2)} Cleared after evaluation for: ________\n{box(r, 0.05)} Not cleared\n"
           f"Coach {coach.titled()} and trainer {atc.full()}, ATC notified {c.d(c.visit, r.choice(['md', 'mdy']))}.\n{c.echo_s()}\n"
           f"Examiner: {doc.with_cred(r)}   NPI {OI(npi(r))}   Date {c.d(c.visit, 'mdY')}")
    return txt, None
t_sports.over89_p = 0.0
t_sports.extras = ("ex_contacts", "ex_insurance", "ex_log", "ex_oldaddr", "ex_team", "ex_elder", "ex_family", "ex_portal", "ex_social")


def t_prenatal(c):
    r, pt = c.r, c.pt
    c.pt.sex = "F"
    c.set_age(r.randint(16, 43))
    cnm, rn = c.team[0], c.team[1]
    cnm.role, cnm.cred, rn.role, rn.cred = "midwife", "CNM", "OB nurse", "RN"
    lmp = c.before(50, 110)
    edd = lmp + dt.timedelta(days=280)
    partner = c.rel(r.choice(["partner", "husband", "boyfriend"]))
    g = r.randint(1, 5)
    hist = []
    for j in range(g - 1):
        d = c.before(400 + j * 500, 900 + j * 600)
        hist.append(f"{j + 1}\t{c.d(d, r.choice(['mY', 'monthY', 'mdY']))}\t{r.choice(['SVD', 'C/S', 'SAB', 'VBAC'])}\t{VT(str(r.randint(2400, 4200)) + ' g')}\t{r.choice(['none', 'PPH', 'GDM', 'shoulder dystocia'])}")
    gma = r.choice([None, r.randint(90, 104)])
    txt = (f"PRENATAL INTAKE — {hosp(c)} Midwifery\nPatient: {pt.full()}   {KA(str(c.age) + ' y')}   MRN {MR(c.mrn)}   DOB {c.d(c.dob, r.choice(['mdY', 'iso']))}\n"
           f"Medicaid ID {HP(member_id(r))}   Intake date {c.d(c.visit, 'long')}\n"
           f"G{g}P{max(0, g - 2)}{r.randint(0, 1)}{r.randint(0, 1)}{max(0, g - 2)}; LMP {c.d(lmp, r.choice(['mdY', 'long', 'md', 'ofmonth']))} (sure); "
           f"EDD by {E('Naegele rule')} {c.d(edd, r.choice(['mdY', 'long', 'abbr']))}, confirmed by dating US {c.d(c.before(1, 14), 'md')}.\n"
           f"OB history:\n#\tdate\tmode\tweight\tcomplications\n" + ("\n".join(hist) if hist else "(none — primigravida)") +
           f"\n\nExam: {vitals(c)}; FHT {VT(str(r.randint(130, 165)) + ' bpm')}; {c.epo('ob', k=1)[0]}; {c.epo('ob', k=1)[0]}.\n"
           f"Labs: blood type {r.choice(['O', 'A', 'B'])}{r.choice(['+', '-'])}, {LB('Hgb 11.9')}, {LB('hCG 84,200')}, {r.choice(CODES)}.\n"
           f"Meds: {DR('prenatal vitamin 1 tab daily')}, {r.choice(DRUGS)}.\n"
           f"Social: lives with {partner.rel} {partner.full()} ({c.ph(partner.phone)})"
           + (f" and her grandmother, {age_str(r, gma, r.choice(['bare', 'spelled_years', 'yearsold']))}, whom she cares for" if gma else "") +
           f". Works at a daycare in {CI(r.choice(TOWNS)[0])}. Address {c.addr_one()}. WIC referral sent.\n"
           f"Doula: {c.other().full()}. {c.echo_s()}\n{c.sig(cnm)}; intake by {rn.first_init()}, RN")
    return txt, None
t_prenatal.over89_p = 0.0


def t_addiction(c):
    r, pt = c.r, c.pt
    doc, csw = c.team[0], c.team[1]
    doc.role, csw.role, csw.cred = "addiction medicine physician", "counselor", r.choice(["LCSW", "LADC", "CADC"])
    po = c.other()
    sponsor = c.other()
    dose = r.choice(["8/2", "12/3", "16/4", "24/6"])
    txt = (f"Addiction Medicine / MOUD Clinic — {c.d(c.visit, r.choice(['long', 'abbr', 'mdY']))}\n"
           f"Pt {pt.full()} ({r.choice(['he/him', 'she/her', 'they/them'])}), {c.age_s(style=r.choice(['yearold', 'yo', 'y/o', 'age']))}, MRN {MR(c.mrn)}, "
           f"DOB {c.d(c.dob, 'mdY')}\nPDMP query {OI('PMP' + digits(r, 9))} reviewed: no other prescribers since {c.d(c.before(60, 180), 'md')}.\n\n"
           f"S: {r.randint(1, 40)} months in treatment. Cravings {SC(str(r.randint(0, 6)) + '/10')}. Last use {c.d(c.before(20, 600), r.choice(['monthY', 'mY', 'ord']))}. "
           f"Attends NA {r.choice(WEEKDAYS)}s; sponsor {sponsor.first()} ({c.newph()}). {c.echo_s()}\n"
           f"O: {vitals(c)}; {E('Clinical Opiate Withdrawal Scale')} {SC(str(r.randint(0, 8)))}; pupils 3 mm. "
           f"UDS today: {LB('buprenorphine +')}, {LB('norbuprenorphine +')}, {LB('fentanyl neg')}.\n"
           f"{c.epo('psych', k=1)[0]}. HCV Ab {r.choice(['neg', 'pos, RNA pending'])}.\n"
           f"A: {CD('F11.20')} opioid use disorder, in early remission.\n"
           f"P: {DR('buprenorphine-naloxone ' + dose + ' mg SL daily')}, {r.randint(7, 28)} days; {DR('naloxone 4 mg nasal spray')} x2 given.\n"
           f"Legal: on probation, docket {OI(f'{c.visit.year % 100}-CR-{digits(r, 5)}')}; PO {po.full()} ({c.newph()}) gets monthly letters "
           f"per signed 42 CFR Part 2 consent dated {c.d(c.before(30, 300), 'mdY')}. Driver's license {LI(drivers_license(r))} reinstated "
           f"{c.d(c.before(5, 90), 'md')}; vehicle {VH(plate(r))} interlock removed.\n"
           f"Counselor: {csw.full()}, {csw.cred}. RTC {c.d(c.after(7, 28), r.choice(['md', 'ord', 'mon_d']))}.\n{c.sig(doc)}  DEA {LI(dea(r, doc.family))}")
    return txt, None


def t_correctional(c):
    r, pt = c.r, c.pt
    nurse, doc = c.team[0], c.team[1]
    nurse.role, nurse.cred, doc.role = "intake nurse", "RN", "jail physician"
    off = c.other()
    ec = c.rel()
    caps = r.random() < 0.6
    t0 = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    txt = (f"{r.choice(['COUNTY DETENTION CENTER', 'REGIONAL JAIL', 'JUVENILE JUSTICE CENTER'])} — RECEIVING HEALTH SCREENING\n"
           f"INMATE: {pt.LF()}   BOOKING #: {OI(f'{c.visit.year}-{digits(r, 6)}')}   SO#: {OI(digits(r, 7))}\n"
           f"DOB: {c.d(c.dob, r.choice(['mdY', 'mdy']))}   {agesex(c)}   DATE/TIME: {c.d(c.visit, 'mdY')} {t0}\n"
           f"{ssn_phrase(c) if r.random() < 0.8 else 'SSN: REFUSED'}\n"
           f"ARRESTING OFFICER: {off.LF()}  BADGE {OI(digits(r, 4))}\nHOUSING: {r.choice(['B-POD', 'MEDICAL', 'INTAKE 2'])}\n\n"
           f"{box(r, 0.3)} ON MEDICATIONS: {r.choice(DRUGS)}\n{box(r, 0.2)} WITHDRAWAL RISK — {E('Clinical Institute Withdrawal Assessment')} {SC(str(r.randint(0, 15)))}\n"
           f"{box(r, 0.1)} SUICIDAL IDEATION  {box(r, 0.3)} PRIOR ATTEMPT {c.d(c.before(300, 3000), 'mY')}\n{box(r, 0.2)} PREGNANT\n"
           f"{box(r, 0.4)} CHRONIC: {r.choice(['DM2', 'HTN', 'seizure d/o', 'HIV', 'asthma'])} {r.choice(CODES)}\n"
           f"VITALS: {vitals(c, sep='  ')}\nGLUCOSE: {LB(str(r.randint(70, 260)))}\n"
           f"{c.epo('neuro', 'psych', k=1)[0]}; {c.epo('misc', k=1)[0]}.\n\n"
           f"EMERGENCY CONTACT: {ec.full()} ({ec.rel}) {c.ph(ec.phone)}, {c.addr_one()}\n"
           f"PRIOR RECORDS REQUESTED FROM {hosp(c)} FAX {c.newph(fax=True)}\n{c.echo_s()}\n"
           f"SCREENED BY: {nurse.UP()}, RN   REVIEWED: {doc.init_last()} {c.d(c.after(0, 1), 'md')}")
    return txt, (str.upper if caps else None)


def t_va(c):
    r, pt = c.r, c.pt
    c.pt.sex = r.choice("MMMF")
    doc, sw = c.team[0], c.team[1]
    doc.role, sw.role, sw.cred = "primary care (PACT)", "social worker", "LCSW"
    era = "WWII" if c.age >= 96 else "Korea" if c.age >= 88 else "Vietnam" if c.age >= 68 else "Gulf War" if c.age >= 50 else "OEF/OIF"
    txt = (f"VA {r.choice(['CBOC', 'PACT', 'Geriatrics'])} — LOCAL TITLE: PRIMARY CARE NOTE\n"
           f"STANDARD TITLE: PRIMARY CARE NOTE    DATE OF NOTE: {c.d(c.visit, 'abbr')}@{r.randint(8, 16):02d}{r.randint(0, 59):02d}\n"
           f"PATIENT: {pt.LF()}   {ssn_phrase(c, last4_only=r.random() < 0.7)}   ICN {MR(digits(r, 10) + 'V' + digits(r, 6))}\n"
           f"EDIPI {OI(digits(r, 10))}   Service {era}, {r.choice(['Army', 'Navy', 'USMC', 'Air Force', 'Coast Guard'])}\n\n"
           f"{c.age_s(style=r.choice(['yearold', 'yoa', 'yearoldwoman', 'spelled', 'yo']))} {era} veteran"
           + (f", a {r.choice(['nonagenarian', 'centenarian'])}," if c.age > 89 and r.random() < 0.5 else "") +
           f" here for {r.choice(['annual', 'f/u', 'post-hospital'])} visit; SC {r.choice(['30', '70', '100'])}% for {r.choice(['PTSD', 'tinnitus', 'DM2 (Agent Orange)', 'knee'])}.\n"
           f"Lives in {CI(r.choice(TOWNS)[0])} with {c.rel(r.choice(['wife', 'husband', 'sister', 'brother']) if c.age > 85 else None).rel} {c.rels[-1].full()}"
           + (f" ({age_str(r, r.randint(90, max(92, c.age + 4)), r.choice(['bare', 'yo', 'yrs']))})" if c.age > 85 and r.random() < 0.6 else "") +
           f". PCL-5 {SC(str(r.randint(8, 60)))}; PHQ-9 {SC(str(r.randint(0, 18)))}.\n"
           f"Vitals: {vitals(c)}.\n{c.epo('neuro', 'cardio', 'misc', k=1)[0]}; {c.epo('neuro', 'cardio', 'misc', k=1)[0]}.\n"
           f"Meds (VA): {', '.join(c.drugs(3))}. Non-VA: {DR('vitamin D3 2,000 IU daily')}.\n"
           f"Labs {c.d(c.before(5, 60), 'mdy')}: {', '.join(c.labs(3))}.\n"
           f"Family hx: {fam_ages(c)}.\n"
           f"Plan: Community Care consult {OI('CC-' + digits(r, 8))}; beneficiary travel from {c.addr_one()}.\n"
           f"MHV secure message to {EM(c.email)}; home phone {c.ph()}.\n{c.echo_s()}\n"
           f"/es/ {doc.UP()}\n{doc.cred}\nSigned: {c.d(c.visit, 'mdY')}@{r.randint(12, 18)}:{r.randint(10, 59)}\nReceipt acknowledged by: {sw.full()}, LCSW")
    return txt, None
t_va.over89_p = 0.6


def t_dme(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role = "ordering physician"
    sup = c.other()
    a = c.addr
    co = c.rel() if r.random() < 0.4 else None
    txt = (f"CERTIFICATE OF MEDICAL NECESSITY — HOME OXYGEN (CMS-484)\n"
           f"SECTION A\nCertification: {box(r)} Initial {c.d(c.visit, 'mdY')}  {box(r)} Revised  {box(r)} Recert\n"
           f"PATIENT NAME, ADDRESS, TELEPHONE and MBI:\n{pt.UP()}\n"
           + (f"c/o {co.full()}\n" if co else "") + c.addr_lines() +
           f"\n({c.ph()})   MBI {HP(mbi(r))}\n"
           f"PLACE OF SERVICE: home   HCPCS: {CD('E1390')}, {CD('E0431')}\nDOB {c.d(c.dob, r.choice(['mdY', 'mdy', 'compact']))}   {agesex(c)}\n"
           f"SUPPLIER: {r.choice(['High Plains Medical Supply', 'Bayou Home Respiratory', 'Tri-State DME'])}, NSC {OI(digits(r, 10))}; contact {sup.full()} {c.newph()}\n"
           f"PHYSICIAN: {doc.LF()}  NPI {OI(npi(r))}  tel {c.newph()}  fax {c.newph(fax=True)}\n\n"
           f"SECTION B\n1. Result of most recent test: {VT('SpO2 ' + str(r.randint(82, 88)) + '%')} at rest on room air, "
           f"test date {c.d(c.before(1, 30), 'mdY')}\n2. {box(r, 0.3)} tested while exercising  {box(r, 0.4)} tested during sleep\n"
           f"3. Prescribed flow {r.choice(['2', '3', '1.5'])} L/min, {r.choice(['continuous', 'with exertion and sleep'])}\n"
           f"4. Diagnosis: {r.choice(CODES)} {r.choice(['COPD', 'pulmonary fibrosis', 'CHF'])}; {c.epo('pulm', k=1)[0]}\n"
           f"5. Equipment: concentrator SN {DV(serial(r))}; portable POC SN {DV(serial(r))}\n"
           f"Length of need: {r.choice(['99 (lifetime)', '12 months'])}\n\n"
           f"SECTION D — I certify the above. Signature: ______  {doc.full()}, {doc.cred}   Date {c.d(c.visit, 'mdy')}\n"
           f"Delivered {c.d(c.after(1, 4), 'mdy')}; {c.echo_s()}")
    return txt, None
t_dme.over89_p = 0.5


def one_of(r, opts, sep) -> str:
    k = r.randrange(len(opts))
    return sep.join(("[x] " if i == k else "[ ] ") + o for i, o in enumerate(opts))


def t_polst(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role = "attending"
    sur = c.rel(r.choice(["daughter", "son", "wife", "husband", "niece", "health care agent"]))
    alt = c.rel(r.choice(["son", "granddaughter", "nephew", "sister"]))
    wit = c.other()
    notary = c.other()
    txt = (f"PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) / ADVANCE DIRECTIVE SUMMARY\n"
           f"Patient last name: {pt.last().upper() if False else pt.last()}   First: {pt.first()}   Middle: {pt.middle or '—'}\n"
           f"DOB: {c.d(c.dob, r.choice(['mdY', 'long', 'dMonY']))}   {agesex(c)}   MRN {MR(c.mrn)}\n"
           f"Address: {c.addr_one(lower=r.random() < 0.2)}\n\n"
           f"A. CARDIOPULMONARY RESUSCITATION\n{one_of(r, ['Attempt resuscitation', 'Do not attempt (DNR)'], '   ')}\n"
           f"B. MEDICAL INTERVENTIONS\n{one_of(r, ['Comfort measures only', 'Selective treatment', 'Full treatment'], '  ')}\n"
           f"C. ARTIFICIALLY ADMINISTERED NUTRITION\n{one_of(r, ['No feeding tube', 'Trial period', 'Long-term tube'], '  ')}\n\n"
           f"Discussed with: {box(r, 0.8)} patient  {box(r, 0.6)} health care agent {sur.full()} ({sur.rel}), {c.ph(sur.phone)}\n"
           f"Alternate agent: {alt.lf()} ({alt.rel}) {c.ph(alt.phone)}\n"
           f"Basis: {r.choice(['metastatic disease', 'advanced dementia', 'end-stage heart failure', 'frailty'])}; "
           f"{c.epo('neuro', 'onc', 'misc', k=1)[0]}; {c.epo('misc', k=1)[0]}. {c.echo_s()}\n"
           f"Patient {c.age_s(style=r.choice(['yearold', 'spelled', 'yearsold', 'aged', 'yo']))}, states \"{r.choice(['I have had a good long life', 'no machines', 'let me go home'])}\".\n\n"
           f"SIGNATURES\nPhysician/NP/PA: {doc.full()}, {doc.cred}  License {LI(state_license(r))}  Phone {c.newph()}  Date {c.d(c.visit, 'mdY')}\n"
           f"Patient or agent: signed by {sur.first_init()}   Date {c.d(c.visit, r.choice(['mdY', 'mdy']))}\n"
           f"Witness: {wit.full()}, not related, {c.d(c.visit, 'md')}\n"
           f"Notary: {notary.full()}, commission no. {LI(digits(r, 8))}, expires {c.d(c.after(300, 1400), 'mdY')}\n"
           f"Prior directive dated {c.d(c.before(400, 4000), r.choice(['long', 'mdY', 'ofmonthY']))} revoked. Registry id {OI('ADR-' + digits(r, 7))}.")
    return txt, (str.upper if r.random() < 0.2 else None)
t_polst.over89_p = 0.6


def t_ssa(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role = "treating physician"
    exam = c.other()
    s = ssn(r)
    onset = c.before(200, 1200)
    jobs = []
    y = c.visit.year - r.randint(2, 4)
    for _ in range(3):
        y0 = y - r.randint(1, 7)
        jobs.append(f"  {DT(dfmt(dt.date(y0, r.randint(1, 12), 1), 'mY'))} to {DT(dfmt(dt.date(y, r.randint(1, 12), 1), 'mY'))}  "
                    f"{r.choice(['poultry plant line worker', 'CNA', 'long-haul driver', 'roofer', 'school bus driver', 'cashier'])}")
        y = y0
    txt = (f"SOCIAL SECURITY ADMINISTRATION — MEDICAL SOURCE STATEMENT (PHYSICAL)\n"
           f"Claimant: {pt.fmi()}    SSN: {SS(r.choice([s, s.replace('-', ' '), s.replace('-', '')]))}\n"
           f"Claim #: {OI(s.replace('-', '') + r.choice(['A', 'HA', 'DI']))}    DDS case {OI('DDS-' + digits(r, 8))}\n"
           f"DDS examiner: {exam.full()} (tel {c.newph()}, fax {c.newph(fax=True)})\n\n"
           f"1. Dates you treated the claimant: from {c.d(onset, 'mdY')} to {c.d(c.visit, 'mdY')}; frequency q{r.randint(1, 3)} months.\n"
           f"2. Diagnoses: {r.choice(CODES)}, {r.choice(CODES)}; {c.epo('ortho', k=1)[0]}; {c.epo('ortho', 'neuro', k=1)[0]}.\n"
           f"3. Alleged onset {c.d(onset, r.choice(['long', 'mdY']))}. Claimant is {c.age_s(style=r.choice(['yoa', 'yearold', 'age']))}.\n"
           f"4. Can sit {r.randint(1, 4)} h and stand {r.randint(1, 3)} h in an 8-hour day; lift {r.choice(['10', '20'])} lb occasionally.\n"
           f"5. Grip {SC('4/5')} R, {SC('5/5')} L; {E('Tinel sign')} and {E('Phalen test')} {r.choice(['positive', 'negative'])}; {E('Finkelstein test')} {r.choice(['positive', 'negative'])}.\n"
           f"6. Medications and side effects: {', '.join(c.drugs(2))} (drowsy).\n"
           f"7. Past relevant work (per claimant):\n" + "\n".join(jobs) +
           f"\n8. Representative: {c.other().full()}, attorney; claimant phone {c.ph()}; mailing {c.addr_one()}.\n{c.echo_s()}\n"
           f"Physician: {doc.with_cred(r)}  License {LI(state_license(r))}  NPI {OI(npi(r))}  Date {c.d(c.visit, 'long')}")
    return txt, None
t_ssa.over89_p = 0.1


def t_ime(c):
    r, pt = c.r, c.pt
    doc = c.team[0]
    doc.role = "independent medical examiner"
    adj, atty = c.other(), c.other()
    firm = f"{c.other().last()} & {c.other().last()}, PLLC"
    doi = c.before(120, 900)
    veh = r.random() < 0.4
    txt = (f"{doc.UP()}, {doc.cred}\nOccupational & Independent Medical Evaluations\nPhone {c.newph()} · Fax {c.newph(fax=True)}\n\n"
           f"{c.d(c.visit, 'long')}\n\n{adj.full()}, Claims Adjuster\n{r.choice(['Cornerstone Mutual', 'Prairie Workers Comp Trust', 'Gulf States Casualty'])}\n"
           f"via e-mail {EM(c.make_email(adj, r.choice(['claims.cornerstonemutual.com', 'pwct.org', 'gsc-ins.com'])))}\n\n"
           f"RE: Claimant {pt.full()}; Claim No. {OI(f'WC-{c.visit.year % 100}-{digits(r, 6)}')}; Date of injury {c.d(doi, r.choice(['mdY', 'long', 'abbr']))}; "
           f"Employer {r.choice(['Delta Poultry', 'Red Mesa Drilling', 'Lakeland Schools', 'County Roads Dept.'])}\n\n"
           f"Dear {adj.titled()}:\n\nAt your request and that of counsel {atty.full()} of {firm}, I examined {pt.titled()} on "
           f"{r.choice(WEEKDAYS)}, {c.d(c.visit, 'long')}. The claimant, {c.age_s(style=r.choice(['yearold', 'yoa', 'age']))}, was "
           f"{r.choice(['lifting a pallet', 'driving a company truck', 'restraining a student', 'stepping off a grader'])} when injured.")
    if veh:
        txt += f" Company vehicle VIN {VH(vin(r))}, plate {VH(plate(r))}."
    txt += (f"\n\nRecords reviewed: MRI {c.d(c.before(30, 400), 'mdY')}; PT notes {c.d(c.before(30, 300), 'md')}–{c.d(c.before(1, 29), 'md')}.\n"
            f"Exam: {vitals(c)}. {c.epo('ortho', k=1)[0]}; {c.epo('ortho', 'neuro', k=1)[0]}; {E('Waddell signs')} {SC(str(r.randint(0, 5)) + '/5')}. "
            f"{E('Spurling test')} {r.choice(['negative', 'positive on the right'])}.\n"
            f"Impression: {r.choice(CODES)}; MMI {r.choice(['reached', 'not reached'])}; "
            f"{r.randint(2, 14)}% whole person impairment (AMA Guides, 6th ed.). {c.echo_s()}\n\n"
            f"Sincerely,\n\n{doc.full()}, {doc.cred}\nLicense {LI(state_license(r))}\ncc: {atty.init_last()}, Esq.; claimant at {c.addr_one()}")
    return txt, None
t_ime.over89_p = 0.05


def t_me(c):
    r, pt = c.r, c.pt
    path, inv = c.team[0], c.other()
    path.role, path.cred = "forensic pathologist", "MD"
    ident = c.rel()
    found = c.new_addr(0.05) if r.random() < 0.4 else c.addr
    tod = c.visit
    age_line = r.choice([f"Age at death: {age_str(r, c.age, 'bare')}", f"Age: {age_str(r, c.age, r.choice(['yrs', 'yearsold', 'bare']))}",
                         f"Decedent is a {c.age_s(style=r.choice(['yearold', 'spelled', 'yearoldwoman']))}"])
    veh = r.random() < 0.35
    txt = (f"OFFICE OF THE MEDICAL EXAMINER — REPORT OF INVESTIGATION\nCase No.: {OI(f'ME{tod.year % 100}-{digits(r, 4)}')}\n"
           f"Decedent: {pt.LF()}    {age_line}    Sex: {pt.sex}\nDOB: {c.d(c.dob, r.choice(['mdY', 'DMONY', 'iso']))}    "
           f"Date of death: {c.d(tod, r.choice(['mdY', 'DMONY', 'long']))} (pronounced {r.randint(0, 23):02d}:{r.randint(0, 59):02d})\n"
           f"Residence: {c.addr_one()}\nPlace of death: {r.choice(['residence', 'roadway', 'field'])} — {c.addr_one(found)}\n\n"
           f"Investigator: {inv.full()}    Pathologist: {path.with_cred(r)}\n"
           f"Identified by: {ident.full()} ({ident.rel}) by photograph, {c.d(tod, 'md')}; phone {c.ph(ident.phone)}\n\n"
           f"Narrative: The decedent was last known alive {c.d(c.before(1, 3), r.choice(['ord', 'md', 'abbr']))} when seen by neighbor {c.other().full()}. "
           f"History of {r.choice(CODES)} and {c.epo('cardio', 'neuro', k=1)[0]}. Prescriptions: {', '.join(c.drugs(2))}, Rx #{OI(digits(r, 7))}.\n")
    if veh:
        txt += f"Vehicle: {r.choice(['2009', '2014', '2018'])} pickup, VIN {VH(vin(r))}, plate {VH(plate(r))}, towed to county lot.\n"
    txt += (f"External: {c.epo('misc', k=1)[0]}; livor fixed; no {E('Battle sign')}.\n"
            f"Toxicology {OI('TX-' + digits(r, 6))}: {LB('ethanol 0.00 g/dL')}, {LB('vitreous Na 141')}.\n"
            f"Cause: {r.choice(['atherosclerotic cardiovascular disease', 'blunt force injuries', 'hypothermia', 'complications of hip fracture'])}. "
            f"Manner: {r.choice(['natural', 'accident', 'undetermined'])}. {c.echo_s()}\n{c.sig(path)}")
    return txt, None
t_me.over89_p = 0.5
t_me.extras = ("ex_contacts", "ex_family", "ex_social", "ex_oldaddr", "ex_history", "ex_ids", "ex_elder", "ex_insurance", "ex_log")


def t_bloodbank(c):
    r, pt = c.r, c.pt
    tech, md = c.team[0], c.team[1]
    tech.role, tech.cred, md.role, md.cred = "blood bank technologist", "MLS(ASCP)", "transfusion medicine", "MD"
    acc = f"BB{c.visit.year % 100}-{digits(r, 6)}"
    band = alnum(r, 6)
    units = []
    for _ in range(r.randint(1, 3)):
        hh = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        units.append(f"| W{digits(r, 4)} {c.visit.year % 100} {digits(r, 6)} | {r.choice(['E0291', 'E0336', 'E3083'])} | {r.choice(['O NEG', 'O POS', 'A POS'])} | "
                     f"{DT(c.visit.isoformat())} {hh} | {tech.initials()} |")
    txt = (f"TRANSFUSION SERVICE REPORT — {hosp(c)}\nPatient: {pt.LF()}  MRN: {MR(c.mrn)}  DOB: {c.d(c.dob, 'mdY')}  {agesex(c)}\n"
           f"Specimen: {OI(acc)}   BB armband: {OI(band)}   Collected: {DT(dfmt(c.visit, 'iso'))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d} by {c.provider('RN').full()}, RN\n"
           f"Ordering: {md.init_last() if r.random() < 0.5 else c.provider('MD').init_last()}\n\n"
           f"ABO/Rh: {r.choice(['O', 'A', 'B', 'AB'])} {r.choice(['POS', 'NEG'])}\nAntibody screen: {r.choice(['POSITIVE', 'negative'])}\n"
           f"Identification: {c.epo('heme', k=1)[0]}; {c.epo('heme', k=1)[0]}\n{c.epo('heme', k=1)[0]}\n"
           f"Pre-transfusion: {LB('Hgb 6.8 g/dL')}, {LB('Plt 41')}, {LB('INR 1.4')}; {vitals(c)}\n\n"
           f"| Unit (DIN) | Product | ABO | Issued | Tech |\n|---|---|---|---|---|\n" + "\n".join(units) +
           f"\n\nHistory: antibody first identified {c.d(c.before(200, 3000), r.choice(['mY', 'monthY', 'mdY']))} at an outside hospital "
           f"(records faxed from {c.newph(fax=True)}). Antigen-negative blood required for life. Wallet card mailed to {c.addr_one()}.\n"
           f"{c.echo_s()}\nVerified: {tech.full()}, {tech.cred}, {c.d(c.visit, 'mdy')}; medical director {md.full()}, {md.cred}")
    return txt, None


def t_tumorboard(c):
    r, pt = c.r, c.pt
    attendees = [c.team[0], c.team[1], c.team[2], c.provider("MD"), c.provider("MD")]
    roles = ["Medical oncology", "Surgical oncology", "Radiation oncology", "Pathology", "Radiology"]
    for p, ro in zip(attendees, roles):
        p.role = ro
    navigator = c.provider("RN")
    tab = "\n".join(f"{ro:<20}| {p.full()}, {p.cred}" for p, ro in zip(attendees, roles))
    site = r.choice(["prostate", "melanoma", "gastric", "lymphoma", "breast", "pancreas", "colon"])
    ped = []
    for who in r.sample(["mother", "father", "maternal aunt", "brother", "paternal grandmother", "sister"], 3):
        n = r.choice([r.randint(90, 103), r.randint(40, 89)])
        ped.append(f"{who}: {r.choice(['breast ca', 'colon ca', 'prostate ca', 'melanoma', 'none'])}, {r.choice(['dx', 'd.'])} {age_str(r, n, r.choice(['age', 'bare', 'paren']))}")
    txt = (f"MULTIDISCIPLINARY TUMOR BOARD — {c.d(c.visit, r.choice(['long', 'abbr', 'mdY']))}, {r.randint(7, 8)}:00 AM, Conf Rm {r.randint(2, 6)}B\n\n"
           f"Attendance\n{tab}\nNavigator: {navigator.full()}, RN ({c.newph()})\n\n"
           f"Case {r.randint(1, 6)}: {pt.LF()}, MRN {MR(c.mrn)}, {c.age_s(style=r.choice(['yo', 'yearoldwoman', 'sexafter', 'y/o']))}\n"
           f"Site: {site}. Presented {c.d(c.before(20, 200), r.choice(['mY', 'monthY', 'md']))} with {r.choice(['weight loss', 'hematuria', 'a changing mole', 'early satiety'])}.\n"
           f"Pathology {OI('SP' + str(c.visit.year % 100) + '-' + digits(r, 5))}: {c.epo('onc', k=1)[0]}; {c.epo('onc', k=1)[0]}.\n"
           f"Imaging {c.d(c.before(3, 40), 'mdy')}: {c.epo('onc', 'pulm', k=1)[0]}.\n"
           f"Markers: {LB('CEA 4.1')}, {LB('PSA 12.6')}. {r.choice(CODES)}.\n"
           f"Family history (pedigree reviewed): {'; '.join(ped)}.\n"
           f"Recommendation: {r.choice(['neoadjuvant chemo then surgery', 'surgery then adjuvant RT', 'clinical trial screening', 'palliative systemic therapy'])}; "
           f"{c.epo('onc', 'surg', k=1)[0]}. Discussed with {c.rel().rel} {c.rels[-1].first()} by phone {c.ph(c.rels[-1].phone)}.\n{c.echo_s()}\n"
           f"Minutes: {navigator.init_last()}")
    return txt, None


def t_roi(c):
    r, pt = c.r, c.pt
    him = c.other()         # HIM clerk: not a clinician
    req = c.other()
    firm = f"Law Office of {req.full()}" if r.random() < 0.5 else f"{c.other().last()} {r.choice(['Legal Group', '& Associates'])}"
    d0, d1 = c.before(400, 1500), c.before(10, 300)
    txt = (f"AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\nRequest ID: {OI('ROI-' + digits(r, 7))}   Received: {c.d(c.visit, 'mdY')} via fax\n\n"
           f"Patient name: {pt.full()}   Other names used: {N(c.pt.given + ' ' + r.choice(['Ortiz', 'Kealoha', 'Brandt', 'Naidoo']))} (maiden)\n"
           f"DOB: {c.d(c.dob, r.choice(['mdY', 'long', 'mdy']))}   {ssn_phrase(c)}   MRN {MR(c.mrn)}\n"
           f"Address: {c.addr_one()}\nPhone: {c.ph()}   E-mail: {EM(c.email.upper() if r.random() < 0.3 else c.email)}\n\n"
           f"Release FROM: {hosp(c)} HIM Dept.\nRelease TO: {firm}\n  attn {req.first()} {req.last()}, {r.choice(['paralegal', 'attorney'])}\n"
           f"  fax {c.newph(fax=True)}  e-mail <{EM(c.make_email(req, r.choice(['lawfirm-mail.com', 'counsel.us', 'legal.co.uk'])))}>\n"
           f"Purpose: {r.choice(['litigation', 'disability claim', 'personal use', 'continuity of care'])}\n"
           f"Dates of service: {c.d(d0, 'mdY')} through {c.d(d1, 'mdY')}\n"
           f"Information: {box(r, 0.8)} discharge summaries {box(r, 0.6)} imaging {box(r, 0.4)} billing (acct {AC(digits(r, 9))})\n"
           f"Specifically excluded unless initialed: {box(r, 0.2)} HIV  {box(r, 0.2)} SUD (42 CFR Part 2)  {box(r, 0.2)} psychotherapy notes\n"
           f"This authorization expires {c.d(c.after(90, 365), r.choice(['long', 'mdY']))} or on {r.choice(['settlement', 'written revocation'])}.\n\n"
           f"Signature of patient/representative: ______   Date {c.d(c.before(2, 12), 'md')}\n"
           f"If signed by representative: {c.rel().full()}, {c.rels[-1].rel}, authority: {r.choice(['POA', 'guardian', 'executor'])}\n\n"
           f"HIM use only: processed by {him.full()} {c.d(c.after(1, 6), 'mdy')}; {r.randint(40, 600)} pages; invoice {AC('INV' + digits(r, 6))}. "
           f"Records include {c.epo('misc', 'gi', 'neuro', k=1)[0]}, {r.choice(CODES)}. {c.echo_s()}")
    return txt, None


def t_grievance(c):
    r, pt = c.r, c.pt
    writer = c.rel(r.choice(["daughter", "son", "wife", "granddaughter", "husband"]))
    nurse, doc, pr = c.team[0], c.team[1], c.other()
    nurse.role, nurse.cred, doc.role = "night nurse", "RN", "hospitalist"
    adm = c.before(10, 40)
    dis = adm + dt.timedelta(days=r.randint(2, 9))
    sloppy = r.random() < 0.5
    gnum = f"GRV-{c.visit.year}-{digits(r, 4)}"
    age = c.age_s(style=r.choice(['yearold', 'spelled', 'bare', 'yo', 'yearsold']))
    if sloppy:
        body = (f"to whom it may concern\n\nmy {r.choice(['mom', 'dad', 'grandma', 'husband'])} {pt.lowfull()} is {age} and was in your hospital from "
                f"{c.d(adm, r.choice(['md', 'mon_d', 'ord']))} to {c.d(dis, r.choice(['md', 'mon_d', 'ord']))} "
                f"nobody called me when {'she' if pt.sex == 'F' else 'he'} fell on the {r.choice(['second', 'third'])} night and the nurse {nurse.low()} said it was "
                f"nothing but then they did a ct and found a bleed. dr {doc.p(doc.family.lower())} never returned my calls to {c.ph(writer.phone)} "
                f"i also emailed {EM(c.make_email(writer).lower())} from the portal and got nothing. "
                f"they said the {E('Morse Fall Scale')} was high so why was there no bed alarm\n\n"
                f"{writer.lowfull()}\n{c.addr_one(lower=True)}\n")
    else:
        body = (f"{c.d(c.visit, 'long')}\n\nPatient Relations Department\n{hosp(c)}\n\nRe: {pt.full()}, MRN {MR(c.mrn)}\n\n"
                f"I am writing about the care of my {({'daughter': 'parent', 'son': 'parent', 'granddaughter': 'grandparent', 'wife': 'husband', 'husband': 'wife'})[writer.rel]} "
                f"{pt.full()}, {age}, admitted {c.d(adm, 'long')} and discharged {r.choice(WEEKDAYS)} {c.d(dis, 'md')}. "
                f"On the night of the {DT(dfmt(adm + dt.timedelta(days=1), 'ofmonth'))}, a fall was not reported to the family until the next afternoon, "
                f"when {doc.titled()} mentioned a head CT. The nurse, {nurse.full()}, told me that \"{W('nothing')} happened\". "
                f"I ask for a copy of the incident report and the {E('Morse Fall Scale')} scores.\n\n"
                f"Sincerely,\n{writer.full()}\n{c.addr_lines()}\n{c.ph(writer.phone)} · {EM(c.make_email(writer))}\n")
    reply = (f"\n---- Patient Relations reply ({c.d(c.after(1, 10), 'mdY')}) ----\n"
             f"> Grievance {OI(gnum)} opened by {pr.full()}, Patient Relations Specialist. We have forwarded your concerns to the "
             f"unit manager and to {doc.titled()}. {c.epo('neuro', 'misc', k=1)[0]} on the repeat exam. Written response within 7 days "
             f"(by {c.d(c.after(8, 17), 'long')}). Direct line {c.newph()}.\n> {c.echo_s()}")
    return body + reply, None
t_grievance.over89_p = 0.55


def t_huddle(c):
    r, pt = c.r, c.pt
    lead, cm = c.team[0], c.team[1]
    lead.role, lead.cred, cm.role, cm.cred = "house supervisor", "RN", "case manager", "RN"
    evs = c.other()
    rows = []
    pts = [pt] + [c.other() for _ in range(r.randint(3, 5))]
    for j, p in enumerate(pts):
        n = c.age if j == 0 else r.choice([r.randint(90, 104), r.randint(24, 89), r.randint(60, 89)])
        nm = p.lf() if r.random() < 0.6 else p.LF()
        mr = MR(c.mrn) if j == 0 else MR(mrn(r))
        a = age_str(r, n, r.choice(["bare", "bare", "sexafter", "yo"]))
        rows.append(f"{r.randint(2, 6)}{r.randint(10, 40)}-{r.choice('AB')}\t{nm}\t{a}\t{mr}\t{r.choice(['DC today', 'DC pending SNF', 'tele bed needed', 'ICU stepdown', 'obs > inpt', 'awaiting ride'])}")
    hh = r.randint(7, 9)
    txt = (f"BED MANAGEMENT HUDDLE — {r.choice(WEEKDAYS)} {c.d(c.visit, r.choice(['mdy', 'md', 'abbr', 'mdY']))} {hh:02d}:{r.choice(['00', '15', '30'])}\n"
           f"Lead: {lead.full()}, RN   CM: {cm.first_init()}   EVS: {evs.full()}\nCensus {r.randint(80, 140)}/{r.randint(140, 160)}; ED holds {r.randint(0, 14)}; "
           f"{r.randint(0, 6)} transfers pending.\n\nRoom\tPatient\tAge\tMRN\tStatus\n" + "\n".join(rows) +
           f"\n\nNotes:\n- {pts[0].titled()}: {c.epo('misc', 'surg', k=1)[0]}; SNF bed at {r.choice(['Willow Creek', 'Good Shepherd', 'Prairie View'])} "
           f"(fax {c.newph(fax=True)}) if auth {OI('AUTH' + digits(r, 7))} clears; ride with {c.rel().rel} {c.rels[-1].first()} ({c.ph(c.rels[-1].phone)}).\n"
           f"- Transfer-in from {CI(r.choice(TOWNS)[0])} ({r.choice(['STEMI', 'GI bleed', 'sepsis'])}) ETA {hh + 2}:30.\n"
           f"- {pts[1].first_init()}: {c.epo('cardio', 'pulm', k=1)[0]}; {vitals(c)}.\n"
           f"- Isolation rooms: {r.randint(0, 5)} open. {c.echo_s()}\n"
           f"Next huddle {c.d(c.visit, 'md')} at 14:00. Recorder: {cm.init_last()}")
    return txt, None
t_huddle.over89_p = 0.4


def t_interp(c):
    r, pt = c.r, c.pt
    coord = c.other()
    lang = {"amharic": "Amharic", "somali": "Somali", "tagalog": "Tagalog", "vietnamese": "Vietnamese", "thai": "Thai",
            "khmer": "Khmer", "hmong": "Hmong", "nepali": "Nepali", "tamil": "Tamil", "telugu": "Telugu", "bengali": "Bengali",
            "punjabi": "Punjabi", "urdu": "Urdu", "farsi": "Farsi", "pashto": "Pashto", "turkish": "Turkish", "kurdish": "Kurdish",
            "arabic": "Arabic", "georgian": "Georgian", "armenian": "Armenian", "ukrainian": "Ukrainian", "romanian": "Romanian",
            "haitian": "Haitian Creole", "navajo": "Navajo", "tongan": "Tongan", "samoan": "Samoan", "brazilian": "Portuguese",
            "portuguese": "Portuguese", "hungarian": "Hungarian"}.get(pt.origin, r.choice(["Spanish", "Marshallese", "Mam", "ASL"]))
    rows = []
    d = c.before(0, 6)
    for j in range(r.randint(4, 6)):
        it = c.other()
        prov = c.provider()
        d = d + dt.timedelta(days=r.randint(0, 2))
        stamp = r.choice([f"{DT(dfmt(d, 'mdY'))} {r.randint(7, 19):02d}:{r.randint(0, 59):02d}", f"{DT(d.isoformat() + 'T' + f'{r.randint(7, 19):02d}:{r.randint(0, 59):02d}')}",
                          f"{DT(dfmt(d, 'md'))} @ {r.randint(7, 19)}{r.randint(10, 59)}"])
        rows.append(f"{stamp} | {r.choice(['in person', 'VRI', 'phone (OPI)'])} | {it.full()} #{OI(digits(r, 5))} | "
                    f"{prov.init_last()} ({prov.cred}) | {r.choice(['consent for EGD', 'discharge teaching', 'pain reassessment', 'family meeting', 'med rec'])} | {r.randint(8, 55)} min")
    txt = (f"INTERPRETER SERVICES LOG — {lang}\nPatient: {pt.script() if pt.sg else pt.lf()}   MRN {MR(c.mrn)}   {agesex(c)}   Rm {r.randint(200, 699)}\n"
           f"Preferred language: {lang}; {r.choice(['reads and writes', 'does not read'])} {lang}. Family member {c.rel().full()} ({c.rels[-1].rel}) NOT to interpret.\n"
           f"Coordinator: {coord.full()} ({c.newph()}); vendor account {AC('LL-' + digits(r, 6))}\n\n"
           f"date/time | modality | interpreter (ID) | clinician | purpose | duration\n" + "\n".join(rows) +
           f"\n\nComments: teach-back done for {r.choice(DRUGS)}; {c.epo('misc', 'gi', 'neuro', k=1)[0]}; "
           f"patient asked {W('why')} the {E('Foley catheter')} stayed. {c.echo_s()}\n"
           f"VRI cart {r.choice(['3', '7', '12'])} connected from {IPA(ip4(r))}; dropped twice {c.d(d, 'md')}.")
    return txt, None


NOTE_TYPES = [
    ("endoscopy", "endoscopy report", t_endoscopy), ("cath", "cardiac cath report", t_cath), ("eeg", "EEG report", t_eeg),
    ("audiology", "audiology evaluation", t_audiology), ("allergy", "allergy clinic note", t_allergy),
    ("rheumatology", "rheumatology follow-up", t_rheum), ("bariatric", "bariatric clinic note", t_bariatric),
    ("transplant", "transplant coordinator note", t_transplant), ("nicu", "NICU progress note", t_nicu),
    ("urgentcare", "urgent care visit", t_urgent), ("travel", "travel clinic consult", t_travel),
    ("sportsppe", "sports preparticipation exam", t_sports), ("prenatal", "prenatal intake", t_prenatal),
    ("addiction", "addiction medicine visit", t_addiction), ("correctional", "correctional health intake", t_correctional),
    ("va", "VA primary care note", t_va), ("dme", "home oxygen certificate", t_dme), ("polst", "POLST / advance directive", t_polst),
    ("ssa", "disability medical source statement", t_ssa), ("ime", "workers' comp IME letter", t_ime),
    ("examiner", "medical examiner report", t_me), ("bloodbank", "blood bank report", t_bloodbank),
    ("tumorboard", "tumor board summary", t_tumorboard), ("roi", "release-of-information request", t_roi),
    ("grievance", "patient grievance letter", t_grievance), ("huddle", "bed-management huddle", t_huddle),
    ("interpreter", "interpreter services log", t_interp),
]


# ---------------------------------------------------------------------------------------
# extra sections: appended in random order until a note reaches its target size

def ex_contacts(c):
    r = c.r
    rows = []
    for _ in range(r.randint(1, 3)):
        p = c.rel()
        rows.append(f"{p.any(r, ('full', 'lf', 'LF', 'script', 'fmi'))} | {p.rel} | {c.ph(p.phone)} | "
                    f"{EM(c.make_email(p)) if r.random() < 0.6 else 'no e-mail'}")
    nb = c.other()
    return ("Contacts on file:\nname | relationship | phone | e-mail\n" + "\n".join(rows) +
            f"\nNeighbor with key: {nb.first()} {nb.last()} ({c.newph()}), {AD(street_line(r, c.addr['state'] or 'TX')[0])}")


def ex_insurance(c):
    r = c.r
    sub = c.rel(r.choice(["wife", "husband", "partner"])) if r.random() < 0.4 and c.age >= 18 else None
    sdob = c.dob + dt.timedelta(days=r.randint(-2500, 2500))
    subs = f"{sub.lf()} ({sub.rel}), DOB {c.d(sdob, r.choice(['mdY', 'mdy', 'iso']))}" if sub else "self"
    sec = r.choice(["Medicaid", "AARP Medigap", "none"])
    return (f"Coverage\n  Primary: {r.choice(['Medicare Part A/B', 'Humana Gold Plus', 'BCBS PPO', 'Tricare For Life', 'Ambetter'])}  "
            f"ID {HP(mbi(r) if r.random() < 0.5 else member_id(r))}  Group {HP(r.choice(['GRP', 'G-', '']) + digits(r, 6))}\n"
            f"  Subscriber: {subs}\n  Secondary: {sec}{'' if sec == 'none' else ' ' + HP(('MCD' if sec == 'Medicaid' else 'AMG') + digits(r, 9))}\n"
            f"  RxBIN 610014  PCN MEDDPRIME  Guarantor acct {AC(digits(r, 10))}")


def ex_history(c):
    r = c.r
    items = []
    for _ in range(r.randint(2, 4)):
        d = c.before(300, 12000)
        st = r.choice(["mY", "monthY", "mdY", "long", "mdy", "dMonY", "Ydot"])
        items.append(f"  - {r.choice(['appendectomy', 'CABG x3', 'L TKA', 'cataract OD', 'C-section', 'hip ORIF', 'cholecystectomy'])} {dfmt_any(c, d, st)}")
    a = r.randint(20, min(85, max(21, c.age - 1)))
    dx = r.choice(["type 2 diabetes", "hypertension", "asthma", "gout", "atrial fibrillation", "CKD stage 3a", "osteoporosis", "hypothyroidism"])
    return (f"Past medical/surgical history:\n" + "\n".join(items) +
            f"\n  - {DX(dx)}, diagnosed {age_str(r, a, r.choice(['age', 'aged', 'bare']))}\n"
            f"  - {c.epo('endo', 'rheum', 'neuro', k=1)[0]}")


def dfmt_any(c, d, st):
    if st in ("mY", "monthY", "monY"):
        return DT(dfmt(d, st))
    return c.d(d, st)


def ex_family(c):
    return f"Family history: {fam_ages(c)}."


def ex_social(c):
    r = c.r
    town = r.choice(TOWNS)
    c.town_used.add(town[0])
    abroad = r.choice(INTL_CITIES)
    return (f"Social: {'family is from' if c.age < 18 else 'grew up in'} {CI(abroad)}; moved to {CI(town[0])}, {town[1]} in {r.randint(min(2021, max(1945, c.visit.year - c.age + 18)), 2021)}. "
            f"{r.choice(['Retired', 'Former'] if c.age > 70 else ['Works as a', 'Former'])} {r.choice(['welder', 'teacher', 'rancher', 'nurse aide', 'fisherman', 'postal carrier'])}. "
            f"{r.choice(['Never smoker', 'Quit tobacco 1998', '1 ppd x 30 yrs'])}; {r.choice(['no EtOH', '2 beers/wk'])}. "
            f"Drives a {r.choice(['Silverado', 'Corolla', 'Subaru', 'F-150'])} (plate {VH(plate(r))}). {c.echo_s(end='.')}")


def ex_meds(c):
    r = c.r
    ds = c.drugs(r.randint(3, 5))
    return (f"Medications reconciled {c.d(c.visit, r.choice(['md', 'mdy']))}:\n" + "\n".join(f"  • {d}" for d in ds) +
            f"\n  • {DR('metoprolol tartrate 25 mg 1/2 tab BID')}\n  Allergies: {r.choice(['NKDA', 'PCN (hives)', 'sulfa', 'iodinated contrast'])}")


LAB_RANGE = {"Na": (128, 146, 0), "K": (3.1, 5.8, 1), "Cr": (0.6, 3.4, 2), "Hgb": (7.5, 15.9, 1), "Plt": (90, 410, 0),
             "A1c": (5.2, 10.8, 1), "TSH": (0.3, 9.5, 2), "INR": (0.9, 3.4, 1), "Alb": (2.4, 4.6, 1)}


def ex_labs(c):
    r = c.r
    ds = sorted({c.before(1, 400) for _ in range(3)})
    names = r.sample(["Na", "K", "Cr", "Hgb", "Plt", "A1c", "TSH", "INR", "Alb"], 4)
    head = "test," + ",".join(dfmt_any(c, d, r.choice(["mdy", "md", "iso", "mdY", "DMONYY"])) for d in ds)
    rows = [f"{n}," + ",".join(LB(f"{r.uniform(*LAB_RANGE[n][:2]):.{LAB_RANGE[n][2]}f}") for _ in ds) for n in names]
    return "Lab trend:\n" + head + "\n" + "\n".join(rows)


def ex_log(c):
    r = c.r
    out = []
    d = c.before(1, 20)
    for _ in range(r.randint(2, 3)):
        d = d + dt.timedelta(days=r.randint(0, 3))
        p = c.rels[0] if c.rels and r.random() < 0.5 else c.rel()
        hh = f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}"
        stamp = r.choice([f"{DT(dfmt(d, 'mdY'))} {hh}", f"{DT(d.isoformat())} {hh}", f"{DT(d.isoformat() + 'T' + hh)}",
                          f"{WD_ABBR[d.weekday()]} {DT(dfmt(d, 'md'))} {hh}", f"{DT(dfmt(d, 'DMONY'))} {hh.replace(':', '')}"])
        out.append(f"[{stamp}] {r.choice(['called', 'left VM for', 'texted', 'spoke with'])} {p.any(r, ('full', 'first', 'low', 'titled'))} "
                   f"({p.rel}) at {c.ph(p.phone)}; {r.choice(['confirmed appt', 'no answer', 'will bring med list', 'requests callback'])}")
    return "Communication log:\n" + "\n".join(out)


def ex_ids(c):
    r = c.r
    old = str(int(c.mrn)) if c.mrn.isdigit() and c.mrn.startswith("0") else mrn(r)
    return (f"Identity verified (two identifiers): name + DOB {c.d(c.dob, r.choice(['mdY', 'long', 'iso', 'compact']))}; "
            f"{ssn_phrase(c)}; driver's license {LI(drivers_license(r))} ({c.addr['state'] or 'foreign'}). "
            f"Legacy MRN {MR(old)} merged. Not identifiers: {CD('NDC 0378-6150-01')}, {CD('LOINC 718-7')}, lot {alnum(r, 7)}, {r.choice(CODES)}.")


def ex_portal(c):
    r = c.r
    dev = r.choice(["CPAP", "glucometer", "insulin pump", "home BP cuff", "pulse oximeter"])
    return (f"Remote monitoring: {dev} SN {DV(serial(r))} syncing via {UR('https://' + r.choice(['myhealth.', 'portal.', 'rpm.']) + r.choice(CLINIC_DOMAINS) + '/u/' + alnum(r, 6).lower())}; "
            f"last upload {c.d(c.before(0, 5), r.choice(['mdy', 'iso', 'md']))} from IP {r.choice([IPA(ip4(r)), IPA(ip6(r))])}. "
            f"Alerts to {EM(c.email)} and {c.ph()}.")


def ex_oldaddr(c):
    r = c.r
    a = c.new_addr(0.35)
    return (f"Address history: previous {c.addr_one(a, lower=r.random() < 0.3)} until {DT(dfmt(c.before(200, 3000), r.choice(['mY', 'monthY'])))}; "
            f"mail may also go c/o {c.other().full()}, {AD(street_line(r, 'OK')[0])}, {CI(r.choice(TOWNS)[0])}.")


def ex_elder(c):
    r = c.r
    if c.age < 55:
        kinds, n = ["grandmother", "grandfather", "great-aunt", "great-grandmother"], r.randint(90, 104)
    elif c.age < 86:
        kinds, n = ["mother", "father", "aunt", "uncle", "mother-in-law"], r.randint(max(90, c.age + 16), max(96, c.age + 24))
    else:
        kinds, n = ["wife", "husband", "sister", "brother"], r.randint(90, max(92, c.age + 6))
    p = c.rel(r.choice(kinds))
    k = r.randrange(7)
    s = [lambda: f"{p.rel.capitalize()} {p.full()}, {age_str(r, n, 'bare')}, still lives alone in {CI(r.choice(TOWNS)[0])}.",
         lambda: f"Cares for {p.rel} {p.first()} ({age_str(r, n, 'bare')}), a nonagenarian with dementia." if n < 100 else
         f"Cares for {p.rel} {p.first()}, a centenarian at {age_str(r, n, 'bare')}.",
         lambda: f"{p.rel.capitalize()} ({p.full()}) turned {age_str(r, n, 'bare')} on {c.d(c.before(5, 200), r.choice(['md', 'long', 'ord']))}.",
         lambda: f"Lives with {p.rel} {p.titled()}, {age_str(r, n, r.choice(['yo', 'yearsold', 'spelled_years']))}, who uses a walker.",
         lambda: f"{p.rel.capitalize()} {p.first()} celebrated {'her' if p.sex == 'F' else 'his'} {age_str(r, n, 'birthday')} last month.",
         lambda: f"{p.rel.capitalize()}, {p.lf()}, {age_str(r, n, r.choice(['yearold', 'spelled']))}, is her emergency contact ({c.ph(p.phone)}).",
         lambda: f"Age at death of {p.rel} {p.first()}: {age_str(r, n, 'bare')} ({r.choice(['stroke', 'pneumonia', 'old age'])})."][k]()
    young = r.randint(40, 89)
    return f"{s} Sibling is {age_str(r, young, r.choice(['bare', 'yo', 'yearsold']))}."


def ex_lookalike(c):
    r = c.r
    return (f"Measures: {VT('BP ' + str(r.randint(100, 160)) + '/' + str(r.randint(60, 95)))}, {SC('pain ' + str(r.randint(1, 9)) + '/10')}, "
            f"{SC('MoCA ' + str(r.randint(18, 30)) + '/30')}, grade {SC(str(r.randint(1, 3)) + '/6')} murmur, {VT('HR ' + str(r.randint(90, 108)))}, "
            f"{VT('SpO2 ' + str(r.randint(90, 99)) + '%')}, {VT('T ' + str(round(r.uniform(97.0, 100.9), 1)))}, {LB('glucose ' + str(r.randint(90, 110)))}, "
            f"{VT('20/' + str(r.choice([25, 30, 40, 60])))} OU, strength {SC('4/5')}, {DR('1/2 tab')} at bedtime.")


def ex_team(c):
    r = c.r
    ps = [c.provider() for _ in range(r.randint(2, 3))]
    rows = [f"{p.any(r, ('lf', 'LF', 'full', 'lf_tight', 'init_last'))}, {p.cred} | NPI {OI(npi(r))} | {c.newph()} | fax {c.newph(fax=True)}"
            + (f" | {EM(ascii_fold(p.given[0]).lower() + ascii_fold(p.family).lower() + '@' + r.choice(CLINIC_DOMAINS))}" if r.random() < 0.5 else "")
            for p in ps]
    return "Outside clinicians:\n" + "\n".join(rows)


EXTRAS = [ex_contacts, ex_insurance, ex_history, ex_family, ex_social, ex_meds, ex_labs, ex_log, ex_ids, ex_portal,
          ex_oldaddr, ex_elder, ex_lookalike, ex_team]
