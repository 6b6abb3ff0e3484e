"""Pools, identifier shapes and note bodies of the audit2 split.

Written apart from the scrubber and from the other splits' generators and templates.
Everything here is invented. Python 3.11, standard library only.
Used by generate_audit2.py.
"""

from __future__ import annotations

import datetime as dt
import random

# --------------------------------------------------------------------------------------
# Pools. One origin per line: "origin: item, item, ...". "roman=native" gives a
# non-Latin spelling next to the romanisation.
# --------------------------------------------------------------------------------------

GIVEN_F = """
en: Opaline, Verbena, Leatrice, Kristal, Brittani, Everleigh, Harlow, Marlowe, Emberly, Saylor, Arletta, Vonda, Glenda, Zona, Alvirda, Zelphia, Ethelyn, Verlie, Eldora, Mertie, Orlena, Pheba, Floy, Izora, Lovie, Neoma, Jaycee, Kambri, Brecklyn, Oaklee, Raylynn, Addilyn, Kenzlee, Emersyn, Tinsley, Journi, Novalee
word: Journey, Merry, Verity, Clemency, Lark, Amity
es: Citlali, Yolotzin, Azucena, Fermina, Iluminada, Eustolia, Rufina, Clementina, Natividad, Epifania, Reynalda, Edelmira, Floricel, Abundia, Fidencia, Sotera
pt: Joaquina, Iracema, Rosângela, Valdirene, Jussara, Benedita, Lindalva, Marinalva, Edileusa, Vanderléia, Cleonice, Gercina, Zuleide
fr: Bénédicte, Apolline, Léonie, Ségolène, Perrine, Philomène, Gervaise, Ombeline, Bérengère, Scholastique, Armelle, Laurène
it: Nunziata, Ornella, Raffaella, Gelsomina, Loredana, Pasqualina, Michelina
de: Friederike, Hiltrud, Gerlinde, Ortrud
pl: Wiesława, Urszula, Dobrosława, Teodozja
ru: Yelizaveta=Елизавета, Varvara=Варвара, Yevdokiya=Евдокия, Ulyana=Ульяна, Avdotya=Авдотья, Feodosia=Феодосия, Glafira=Глафира, Evpraksiya=Евпраксия
uk: Solomiya=Соломія, Zoryana=Зоряна, Motrya=Мотря, Paraska=Параска, Horpyna=Горпина, Yavdokha=Явдоха
el: Chrysoula=Χρυσούλα, Evanthia=Ευανθία, Stavroula=Σταυρούλα, Kalliopi=Καλλιόπη, Fotini=Φωτεινή, Antigoni=Αντιγόνη, Aspasia=Ασπασία
ar: Ruqayya=رقية, Lubna=لبنى, Hanan=حنان, Samiha=سميحة, Nawal=نوال, Zubaida=زبيدة, Nuha=نهى, Rabab=رباب, Ibtisam=ابتسام, Widad=وداد, Thuraya=ثريا, Najwa=نجوى
fa: Mahtab=مهتاب, Roya=رویا, Touran=توران, Mehrangiz=مهرانگیز, Parichehr=پریچهر
he: Yocheved=יוכבד, Nechama=נחמה, Shulamit=שולמית, Bracha=ברכה, Tova=טובה, Geula=גאולה
hi: Kamlesh=कमलेश, Sushila=सुशीला, Vandana=वंदना, Pushpa=पुष्पा, Nirmala=निर्मला, Kusum=कुसुम, Shakuntala=शकुंतला, Urmila=उर्मिला
zh: Shuying=淑英, Yunxi=芸溪, Xiaohong=晓红, Lijuan=丽娟, Yufen=玉芬, Cuiping=翠萍, Suzhen=素珍, Huilan=慧兰, Baozhu=宝珠
ja: Haruka=遥, Chiyoko=千代子, Mitsuko=光子, Tomoe=巴, Kiyoko=清子, Sumie=澄江, Natsuki=夏希
ko: Myungsook=명숙, Haneul=하늘, Bokja=복자, Malsook=말숙, Kkotnim=꽃님, Eunbi=은비, Dasom=다솜
vi: 
tl: Lualhati, Luzviminda, Marivic, Perlita, Milagrosa, Marlyn, Nenita, Erlinda, Leonila
yo: Abimbola, Modupe, Oyinkansola
ig: Nkechinyere, Ugochi, Ozioma
am: Genet=ገነት, Werknesh=ወርቅነሽ, Azeb=አዜብ, Mulu=ሙሉ
so: Hibaaq, Qamar, Shukri, Ladan
ga: Ailbhe, Éabha, Bláthnaid, Muireann, Clodagh, Orlaith
nl: Geertruida, Wilhelmien, Jantje, Aaltje, Grietje, Hendrika, Trijntje, Dieuwke
fi: Pirkko, Hilkka, Terttu, Orvokki, Kyllikki
hu: Piroska, Enikő, Borbála, Etelka, Jolán, Gizella
haw: Kaimana, Healani, Kaulana, Mahina
ka: Natela=ნათელა, Lali=ლალი, Tsira=ცირა
hy: Hripsime=Հռիփսիմե, Zaruhi=Զարուհի
tr: Nurcan, Fadime, Saniye, Havva, Dudu, Nazmiye, Semiha
"""

GIVEN_M = """
en: Cyril, Kasen, Rhett, Boone, Colter, Jaxtyn, Kyler, Dallin, Jagger, Claude, Sherrill, Burrell, Elzie, Loy, Sylvanus, Ulys, Orlie, Kashton, Brecken, Cutter, Stetson, Bodhi, Zayne, Kolton, Trigg
word: Earnest, Ransom, Urban, Shade, Rowdy, Marvel
es: Crisanto, Genaro, Leoncio, Maximino, Onésimo, Porfirio, Saturnino, Wenceslao, Zacarías, Ezequiel, Atanasio, Cirilo, Doroteo, Hipólito, Inocencio, Lupercio, Macario, Pascual, Reginaldo, Silverio, Urbano, Venancio, Zenón, Abundio, Cupertino
pt: Adalberto, Benedito, Claudionor, Deodato, Edivaldo, Lourenço, Raimundo, Domingos, Florêncio, Ildefonso, Juvenal
fr: Marcellin, Théophile, Anselme, Barnabé, Désiré, Évariste, Florimond, Isidore
it: Pasquale, Settimio, Nazzareno, Donatello, Egidio, Fortunato, Gaspare, Liborio, Raimondo, Tancredi
de: Ulrich, Detlef, Gerhardt, Wendelin
pl: Stanisław, Dobromir, Leszek, Radosław
ru: Vsevolod=Всеволод, Svyatoslav=Святослав, Afanasy=Афанасий, Innokenty=Иннокентий, Yevgraf=Евграф, Porfiry=Порфирий, Gavriil=Гавриил
uk: Mykhailo=Михайло, Yurko=Юрко, Severyn=Северин, Vakula=Вакула
el: Spyridon=Σπυρίδων, Charalambos=Χαράλαμπος, Panagiotis=Παναγιώτης, Stylianos=Στυλιανός, Kyriakos=Κυριάκος, Theofanis=Θεοφάνης, Polychronis=Πολυχρόνης
ar: Zakariya=زكريا, Haitham=هيثم, Marwan=مروان, Suhail=سهيل, Fawwaz=فواز, Jalal=جلال, Muhannad=مهند, Ziyad=زياد
fa: Siavash=سیاوش, Khosrow=خسرو, Bijan=بیژن, Manouchehr=منوچهر
he: Shmuel=שמואל, Mordechai=מרדכי, Tzvi=צבי, Nachum=נחום, Zalman=זלמן, Eliezer=אליעזר, Shimshon=שמשון
hi: Jagdish=जगदीश, Omprakash=ओमप्रकाश, Harinder=हरिंदर, Trilok=त्रिलोक, Bhupendra=भूपेंद्र, Devendra=देवेंद्र, Ramprasad=रामप्रसाद, Lakhan=लखन, Chandrakant=चंद्रकांत
zh: Dewei=德伟, Guoqing=国庆, Jinlong=金龙, Wenbin=文斌, Shoulin=寿林
ja: Tsutomu=勉, Masaharu=正治, Yoshiro=義郎, Kunio=邦夫, Tatsuo=達夫, Haruo=春夫
ko: Dongwook=동욱, Byungho=병호, Youngsoo=영수, Gapsoo=갑수, Chulsoo=철수, Doohwan=두환, Kiyoung=기영
vi: Văn Thắng, Bá Tùng
tl: Rodolfo, Bienvenido, Dionisio, Marlon, Crisostomo, Florante, Jonel, Nonoy
yo: Ayodeji, Gbenga
ig: Ebuka, Ifeanyi, Chidubem, Nnaemeka, Okechukwu, Somtochukwu
am: Berhanu=ብርሃኑ, Mesfin=መስፍን
so: Cabdi, Jibril, Shire, Warfaa
ga: Colm, Diarmuid, Eoghan
nl: Hendrikus, Wouter, Hielke, Wybren, Teunis
fi: Arvo, Onni, Sulo, Urho, Tauno
hu: Gyula, Imre, Tibor, Bálint, Dezső, Géza, Kálmán, Ödön
haw: Kaleo, Keahi, Nainoa, Pono
ka: Vakhtang=ვახტანგ, Irakli=ირაკლი
hy: Vartan=Վարդան, Garegin=Գարեգին, Mesrop=Մեսրոպ, Ashot=Աշոտ
tr: Ahmet, Selçuk, Cengiz, Ertuğrul, Kemalettin, Muammer, Rıza
"""

SURNAMES = """
en: Hardcastle, Pennywhistle, Coldiron, Blankenbaker, Dillehay, Epperly, Hollowell, Inscore, Jarrard, Kinnamon, Lumpkin, Mayberry, Overbey, Pinkerton, Quisenberry, Whitsett, Zirkle, Gabbard, Isaacs, Jessee, Maggard, Umberger, Vaughn, Wooten, Bumgarner, Dingus, Eversole, Grindstaff, Honaker, Jividen, Lambdin, Nipper, Ousley, Quillen, Rasnake, Skaggs, Trivette, Whitt, Zornes, Dishman, Elam, Fugett, Gilreath, Huffstetler, Kerlin, Loudermilk, Nantz, Overholt, Poteet, Rominger, Shumate, Teague, Wampler, Birdwhistell
word: Friend, Lovejoy, Gentle, Steady, Cramp, Kidney, Cuff, Fell, Stiff, Lean, Weary, Loud, Frail
epo: Kernig, Tinel, Zenker, Meckel, Dupuytren, Fontan, Wernicke, Korsakoff, Kussmaul, Babinski, Takotsubo, Trousseau, Chvostek, McBurney, Rovsing, Apley, Janeway, Quincke, Duroziez, Homans, Lhermitte, Kanavel, Ortolani, Galeazzi, Yergason, Gaenslen, Bouchard, Heberden, Auspitz, Koebner, Nikolsky, Gottron
es: Fajardo, Galindo, Hinojosa, Landaverde, Olivares, Palomares, Saldívar, Tamez, Valdespino, Xicoténcatl, Yzaguirre, Montes de Oca, Aldama, Bocanegra, Cepeda, Fierro, Iñiguez, Jasso, Leyva, Mireles, Nevárez, Ontiveros, Pedraza, Regalado, Ugalde, Arredondo, Carrizales, Escamilla, Loera, Ornelas, Portillo, Sotelo, Tovar, Vela
pt: Quaresma, Sampaio, Vasconcelos, Cavalcanti, dos Anjos, da Silveira Lobo, Guimarães, Bittencourt, Fagundes, Junqueira, Macedo Leite, Paiva, Quintela, Rebouças
fr: Beauchesne, Desrochers, Larochelle, Marchessault, Robichaud, Vaillancourt, Arsenault, Beausoleil, Champagne-Roy, Deschênes, Lamontagne, Papineau, Quenneville, Sauvé, Vachon
it: Abbruzzese, Capobianco, Fabbricatore, Giacalone, Iacobucci, Mastroianni, Trombetta, Zuccarello, Bonaventura, Guarneri, Liguori, Munafò, Pugliese, Santangelo, Tedeschi, Vitale
de: Bräuninger, Dietrichsen, Eisenhauer, Kaltenbach, Lichtenwalter, Mühlhausen, Schwarzkopf, von Stade, Wunderlich, Zimmerli, Aschenbrenner, Bierbaum, Dürrenberger, Fleischhacker, Hufnagel, Kesselring, Nussbaumer, Rothenberger, Steinmetz, Tannenbaum, Weisskopf
pl: Wójcikiewicz, Przybylski, Żurawski, Błaszczykowski, Cieślak, Gąsiorowski, Piątkowski, Rzepecki, Ślusarczyk, Wojtaszek
ru: Voronova=Воронова, Khlebnikov=Хлебников, Solovyova=Соловьёва, Zhuravlev=Журавлёв, Lebedinskaya=Лебединская, Gorbunov=Горбунов, Kolokoltsev=Колокольцев, Tregubova=Трегубова, Shchukin=Щукин, Ovsyannikova=Овсянникова, Pryanishnikov=Прянишников
uk: Hrytsenko=Гриценко, Ostapchuk=Остапчук, Yaremchuk=Яремчук, Dzhus=Джус, Melnychuk=Мельничук, Pidhirna=Підгірна
el: Kalogeropoulos=Καλογερόπουλος, Stamatopoulou=Σταματοπούλου, Tsakiridis=Τσακιρίδης, Vlachopoulos=Βλαχόπουλος, Zervoudakis=Ζερβουδάκης, Anagnostopoulou=Αναγνωστοπούλου, Chatzigeorgiou=Χατζηγεωργίου, Koutsoumbas=Κουτσούμπας, Mavromichalis=Μαυρομιχάλης
ar: al-Tamimi=التميمي, Shaheen=شاهين, Barakat=بركات, Ghanem=غانم
fa: Ghorbani=قربانی, Mirzaei=میرزایی, Jafarzadeh=جعفرزاده, Esfandiari=اسفندیاری, Khosravi=خسروی, Navabi=نوابی
he: Zilberman=זילברמן, Katzir=קציר, Grinberg=גרינברג, Yehezkel=יחזקאל
hi: Chaturvedi=चतुर्वेदी, Upadhyay=उपाध्याय, Agnihotri=अग्निहोत्री, Pathak=पाठक, Srivastava=श्रीवास्तव
ta: Thiruvengadam, Annamalai, Palaniappan, Kandasamy, Muthuswamy, Sundaralingam, Vaithilingam, Ilangovan
zh: Ouyang=欧阳, Situ=司徒, Zhuo=卓, Pei=裴, Rong=荣, Shangguan=上官, Zhuge=诸葛, Sima=司马, Duanmu=端木, Linghu=令狐, Yuwen=宇文, Xiahou=夏侯
ja: Matsudaira=松平, Hoshino=星野, Uchiyama=内山, Tsukamoto=塚本, Yoshizawa=吉沢, Kamimura=上村, Nishikawa=西川, Okuda=奥田, Shiraishi=白石, Yanagisawa=柳沢
ko: Yoo=유, Chun=천, Bae=배, Dokgo=독고, Seonwoo=선우
vi: Khúc, Thân, Tôn Nữ, Ông, Lã, Mạc, Âu
tl: Sumulong, Dalisay, Villafuerte, Mangubat, Lapid, Tuazon, Pascua, Dimagiba
yo: Adeyemo, Olaniyan, Ogunbiyi, Adesanya
ig: Anozie, Ezeonu, Chukwuma
am: Woldemariam=ወልደማርያም, Tesfamariam=ተስፋማርያም, Habtemariam=ሀብተማርያም
so: Egal, Dualeh, Guleid, Abdinur, Samatar, Ismaciil
ga: O'Dwyer, Fitzmaurice, Ó Laoghaire, Ní Dhonnchadha, Ó Broin, Breathnach
nl: Vanderwoude, de Groot-Visser, Wiersma, Schuurmans, Hoogendijk, van Wijngaarden, Kuipers, Veldhuizen
fi: Heikkinen, Järvelä, Vainikainen, Pyykkönen, Kääriäinen, Leppänen, Rautiainen, Salminen, Tikkanen
hu: Szentgyörgyi, Kovácsné, Lukácsi, Várhelyi, Bodnár, Pálffy, Rácz, Vörös
haw: Palakiko, Kaleikini, Kalama, Mahoe
ka: Jorjadze=ჯორჯაძე, Kvaratskhelia=კვარაცხელია, Gogoladze=გოგოლაძე, Chkheidze=ჩხეიძე
hy: Hovsepian=Հովսեփյան, Gasparyan=Գասպարյան, Mkrtchyan=Մկրտչյան
tr: Çelikkaya, Kılıçarslan, Eroğlu, Demirtaş, Bayraktar, Uçar
"""

NICKNAMES = {
    "Thomasina": "Tommie", "Lucinda": "Cindy", "Ambrose": "Brose", "Obadiah": "Obie",
    "Delbert": "Del", "Socorro": "Coco", "Rigoberto": "Rigo", "Porfirio": "Pilo",
    "Sebastião": "Tião", "Raimundo": "Mundo", "Salvatore": "Sal", "Concetta": "Connie",
    "Immacolata": "Tina", "Yelizaveta": "Liza", "Lyudmila": "Lyuda", "Zinaida": "Zina",
    "Mykhailo": "Misha", "Chrysoula": "Chrissy", "Spyridon": "Spiro", "Charalambos": "Bobby",
    "Ikechukwu": "Ike", "Folasade": "Sade", "Oluwaseun": "Seun", "Hendrikus": "Henk",
    "Kawika": "Kawi", "Dionisio": "Dionie", "Leatrice": "Tricia", "Hovhannes": "Hovik",
    "Giorgi": "Gogi",
}

PARTICLES = {"de", "la", "del", "dos", "da", "van", "der", "von", "ten", "al", "mac", "ní", "ó", "le", "di", "lo"}

# Cities: "ST zip3,zip3: City, City"
CITIES = """
MO 634,635,654: Quarrytown, Belleflower Springs, Huntsdale Crossing, Cuivre Mills
KY 413,417,425: Ezel Fork, Hazelgreen, Poor Fork Junction, Lick Skillet
TN 372,384,385: Flintville, Bucksnort, Caney Spring, Milky Way Hollow
OH 437,439,456: Chillisquaque, Amesville Station
WV 247,252,266: Bramwell Heights, Sod Hollow
PA 163,168,178: Blain Mills, Loganton Gap, Mahanoy Plane, Brisbin
GA 305,315,317: Ochlocknee, Hahira Junction, Tallulah Landing
AL 354,359,367: Opp Crossing, Lowndesboro, Tuskahoma Mill, Bon Secour Bayou
MS 387,392,396: Itta Bena Station, Louin, Pachuta, Tchula
LA 704,706,713: Bayou Goula, Plaquemine Point, Mamou Prairie, Pointe Coupee Landing
TX 756,768,795: Nocona Flats, Quitaque
OK 734,739,745: Okemah Bend, Quapaw Ridge, Nowata Springs, Talihina
KS 664,667,678: Lebo, Bazine
NE 683,687,693: Ansley, Valparaiso Flats, Ord Junction
IA 503,513,525: Kalona Prairie, What Cheer, Correctionville, Ackworth
MN 556,563,567: Nisswa Bay, Fertile Prairie, Kiester
WI 535,544,548: Luck Township, Spooner Lake, Couderay, Wabeno
MI 494,497,499: Copemish, Kalkaska Pines, Germfask
IN 471,474,479: Santa Claus Village, Loogootee, Toad Hop
IL 618,624,629: Cisne, Goreville, Sesser
NC 271,277,287: Bat Cave, Tuxedo Mills, Ocracoke Station, Frying Pan Landing
SC 291,295,299: Due West, Travelers Rest Hollow, Awendaw
VA 230,240,246: Meadows of Dan, Nickelsville, Shawsville Crossing
MD 206,215,218: Mardela Springs, Bivalve
NY 127,133,148: Horseheads Junction, Chili Center
VT 050,056,059: Mosquitoville, Lower Waterford, Adamant
ME 044,046,049: Passadumkeag, Mattawamkeag, Eastbrook Ridge
NM 873,878,884: Pie Town, Chimayó
AZ 855,859,865: Bumble Bee, Snowflake Mesa, Tubac Crossing
CO 810,812,816: Rifle Gap, Paonia Mesa, Crestone, Hasty
UT 843,845,847: Mexican Hat, Orderville, Bicknell, Koosharem
NV 893,894,898: Jackpot, Tuscarora
ID 833,835,838: Atomic City, Elk City Crossing, Lapwai
MT 590,594,598: Roundup Flats, Two Dot, Wisdom Basin
WA 982,988,991: Humptulips, Tokeland, Ruff, Startup
OR 973,976,978: Remote, Shaniko, Zigzag
CA 935,953,960: Weott, Zzyzx Springs, Kettleman Flats, Pumpkin Center
FL 322,335,344: Two Egg, Yeehaw Junction, Christmas Groves, Sopchoppy
AR 716,725,728: Toad Suck, Yellville, Smackover Bend, Ben Hur Valley
"""

STREET_CORES = """
Quillfeather, Tamarind, Whistlewood, Bramblecrest, Honeylocust, Snapdragon, Chinquapin, Sassafrass Grove, Yaupon, Turkeyfoot, Coralbell, Trumpetvine, Jewelweed, Skunk Hollow, Ravenglass, Thornapple, Tanyard, Bellwether, Marten, Otterbrook, Heronwood, Lodestar, Quarrystone, Flintlock, Anvil, Tinsmith, Cooperage, Wagonwheel, Buckboard, Cider Press, Haymeadow, Fallowfield, Threshing, Saltlick, Pumpkinvine, Hominy, Cornsilk, Molasses, Dogtrot, Hoot Owl, Katydid, Firefly, Chickadee, Nuthatch, Phoebe Hollow, Grosbeak, Tanager, Vireo, Bobolink, Dickcissel, Killdeer, Plover, Avocet, Ptarmigan, Cholla, Agave, Manzanita, Madrone, Balsam, Rimrock, Slickrock, Caprock, Sandstone, Galena
"""

STREET_SUFFIX = ["Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Lane", "Ln", "Drive",
                 "Dr", "Court", "Ct", "Way", "Terrace", "Place", "Pl", "Circle", "Cir", "Boulevard", "Blvd",
                 "Trail", "Trl", "Pike", "Parkway", "Loop", "Run", "Row", "Hollow", "Bend", "Cove"]

HOSPITALS = [
    ("Bluestem Valley Medical Center", "bluestemhealth.org", "BVMC"),
    ("Three Forks Community Hospital", "threeforkshospital.org", "TFCH"),
    ("Prairie Crossing Regional Health", "prairiecrossinghealth.org", "PCRH"),
    ("Tidewater Sound Medical Center", "tidewatersound.org", "TSMC"),
    ("Ironwood Ridge Hospital", "ironwoodridge.org", "IRH"),
    ("Cumberland Plateau Health System", "cphs-care.org", "CPHS"),
    ("High Desert Regional Medical Center", "hdrmc.org", "HDRMC"),
    ("Northwoods Lutheran Hospital", "nwlutheran.org", "NWLH"),
    ("Gulf Breeze Baptist Medical Center", "gbbmc.org", "GBBMC"),
    ("Saint Scholastica of the Hills Hospital", "sshh.org", "SSHH"),
    ("Red Clay University Hospital", "redclayuh.edu", "RCUH"),
    ("Mesa Verde Children's and Women's Hospital", "mvcwh.org", "MVCWH"),
]

MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com", "aol.com", "outlook.com",
                "hotmail.com", "icloud.com", "comcast.net", "att.net", "sbcglobal.net", "charter.net",
                "verizon.net", "protonmail.com", "msn.com", "live.com", "bellsouth.net", "cox.net",
                "earthlink.net", "ymail.com", "windstream.net", "frontier.com", "mediacombb.net",
                "prairiewind.net", "hillcountrytel.net", "ruralconnect.coop", "bayoumail.com"]

EMPLOYERS = ["a poultry processing plant", "the county highway department", "Dollar General", "a school district",
             "Tyson Foods", "a home remodeling company", "the post office", "a call center", "Walmart distribution",
             "a nursing home", "the VA", "a trucking company", "a dental office", "a casino", "a dairy farm",
             "an auto parts plant", "the state prison", "a church daycare", "Amazon warehouse", "a body shop"]

INSURERS = ["Medicare", "Medicare Advantage (Humana Gold Plus)", "Medicaid", "Aetna", "UnitedHealthcare",
            "Blue Cross Blue Shield", "Cigna", "Ambetter", "Tricare", "WellCare", "Molina Healthcare",
            "Anthem", "Heartland Mutual Health Plan", "Piedmont Community Health Plan", "CareSource",
            "Kaiser Permanente", "Oscar Health", "Medicaid (managed care)"]

PHARMACIES = ["Walgreens", "CVS", "Walmart Pharmacy", "Kroger Pharmacy", "Express Scripts mail order",
              "the hospital outpatient pharmacy", "Medicine Shoppe", "Harps Pharmacy", "Rite Aid",
              "an independent pharmacy"]

AREA_CODES = [201, 203, 205, 206, 207, 208, 209, 210, 212, 214, 215, 216, 217, 218, 219, 224, 225, 228,
              229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281,
              301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320,
              321, 325, 330, 334, 336, 337, 339, 352, 360, 361, 385, 386, 401, 402, 404, 405, 406, 407,
              409, 410, 412, 413, 414, 417, 419, 423, 425, 432, 434, 435, 440, 443, 469, 478, 479, 480,
              501, 502, 503, 504, 505, 507, 509, 512, 513, 515, 517, 518, 520, 530, 540, 541, 559, 561,
              563, 570, 573, 574, 575, 580, 585, 601, 602, 603, 605, 606, 607, 608, 610, 612, 614, 615,
              616, 618, 620, 623, 630, 636, 641, 651, 660, 662, 701, 702, 703, 704, 706, 712, 713, 715,
              716, 717, 719, 720, 724, 727, 731, 732, 734, 740, 757, 760, 763, 765, 770, 772, 775, 785,
              801, 802, 803, 804, 806, 808, 810, 812, 814, 815, 816, 828, 830, 843, 850, 859, 860, 863,
              864, 865, 870, 901, 903, 904, 906, 907, 910, 912, 913, 915, 918, 919, 920, 928, 931, 936,
              937, 940, 941, 952, 956, 970, 972, 978, 979, 985, 989]


def parse_pool(block: str) -> dict[str, list[tuple[str, str | None]]]:
    out: dict[str, list[tuple[str, str | None]]] = {}
    for line in block.strip().splitlines():
        if ":" not in line:
            continue
        origin, items = line.split(":", 1)
        lst = []
        for it in items.split(","):
            it = it.strip()
            if not it:
                continue
            if "=" in it:
                a, b = it.split("=", 1)
                lst.append((a.strip(), b.strip()))
            else:
                lst.append((it, None))
        out[origin.strip()] = lst
    return out


def parse_cities(block: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for line in block.strip().splitlines():
        head, items = line.split(":", 1)
        st, zips = head.split()
        for c in items.split(","):
            if c.strip():
                out.append((c.strip(), st, zips.split(",")))
    return out


P_GIVEN_F = parse_pool(GIVEN_F)
P_GIVEN_M = parse_pool(GIVEN_M)
P_SURNAMES = parse_pool(SURNAMES)
P_CITIES = parse_cities(CITIES)
P_STREETS = [s.strip() for s in STREET_CORES.replace("\n", " ").split(",") if s.strip()]

WORD_PHRASES = {
    "journey": ["the [[word|journey]] to clinic is long for her", "a long [[word|journey]] back to baseline"],
    "earnest": ["making an [[word|earnest]] effort with therapy"],
    "urban": ["lives in an [[word|urban]] area with bus access", "[[word|urban]] setting, no car"],
    "shade": ["advised to stay in the [[word|shade]] while on doxycycline"],
    "rowdy": ["grandkids can get [[word|rowdy]] at home"],
    "friend": ["a [[word|friend]] drove the patient", "a church [[word|friend]] checks in daily"],
    "gentle": ["[[word|gentle]] ROM exercises taught", "[[word|gentle]] stretching only"],
    "steady": ["gait [[word|steady]] with walker", "weight [[word|steady]] this month"],
    "cramp": ["reports a calf [[word|cramp]] at night", "one [[word|cramp]] in the left foot"],
    "kidney": ["[[word|kidney]] function stable", "[[word|kidney]] stone history"],
    "cuff": ["rotator [[word|cuff]] tear on the right", "large BP [[word|cuff]] used"],
    "fell": ["[[word|fell]] at home last week", "she [[word|fell]] in the bathroom"],
    "stiff": ["[[word|stiff]] in the mornings", "neck not [[word|stiff]]"],
    "lean": ["encourage [[word|lean]] protein", "tends to [[word|lean]] to the left when standing"],
    "weary": ["feels [[word|weary]] most afternoons"],
    "loud": ["[[word|loud]] snoring per spouse", "TV very [[word|loud]] per family"],
    "frail": ["appears [[word|frail]]", "[[word|frail]], thin, pleasant"],
    "will": ["we [[word|will]] recheck labs", "[[word|will]] follow up in clinic"],
    "may": ["[[word|may]] resume a regular diet", "she [[word|may]] shower tomorrow"],
}

EPONYM_PHRASES = {
    "kernig": "[[eponym|Kernig sign]] negative", "tinel": "[[eponym|Tinel sign]] positive at the wrist",
    "zenker": "history of [[eponym|Zenker diverticulum]]", "meckel": "[[eponym|Meckel diverticulum]] resected as a child",
    "dupuytren": "[[eponym|Dupuytren contracture]] of the right ring finger",
    "fontan": "[[eponym|Fontan]] circulation, followed by adult congenital cardiology",
    "wernicke": "thiamine given for possible [[eponym|Wernicke encephalopathy]]",
    "korsakoff": "concern for [[eponym|Korsakoff syndrome]]", "kussmaul": "[[eponym|Kussmaul respirations]] on arrival",
    "babinski": "[[eponym|Babinski]] downgoing bilaterally", "takotsubo": "prior [[eponym|takotsubo cardiomyopathy]]",
    "trousseau": "[[eponym|Trousseau sign]] positive", "chvostek": "[[eponym|Chvostek sign]] absent",
    "mcburney": "tender at [[eponym|McBurney point]]", "rovsing": "[[eponym|Rovsing sign]] negative",
    "apley": "[[eponym|Apley scratch test]] limited on the left", "janeway": "no [[eponym|Janeway lesions]]",
    "quincke": "[[eponym|Quincke pulse]] not seen", "duroziez": "no [[eponym|Duroziez sign]]",
    "homans": "[[eponym|Homans sign]] negative", "lhermitte": "reports [[eponym|Lhermitte sign]] with neck flexion",
    "kanavel": "[[eponym|Kanavel signs]] absent", "ortolani": "[[eponym|Ortolani]] and Barlow negative",
    "galeazzi": "[[eponym|Galeazzi sign]] negative", "yergason": "[[eponym|Yergason test]] positive on the right",
    "gaenslen": "[[eponym|Gaenslen test]] positive", "bouchard": "[[eponym|Bouchard nodes]] at PIPs",
    "heberden": "[[eponym|Heberden nodes]] noted", "auspitz": "[[eponym|Auspitz sign]] present",
    "koebner": "[[eponym|Koebner phenomenon]] along the scratch", "nikolsky": "[[eponym|Nikolsky sign]] negative",
    "gottron": "[[eponym|Gottron papules]] over the knuckles",
}

EPONYMS = ["Parkinson disease", "Parkinson's disease", "Crohn's disease", "Down syndrome", "Murphy sign",
           "Glasgow Coma Scale", "Epley maneuver", "Whipple procedure", "Guillain-Barré syndrome",
           "Hashimoto thyroiditis", "Bell's palsy", "Cushing syndrome", "Addison disease", "Alzheimer dementia",
           "Barrett esophagus", "Graves disease", "Sjögren syndrome", "Raynaud phenomenon", "Hodgkin lymphoma",
           "Baker cyst", "Colles fracture", "Achilles tendinopathy", "Foley catheter", "Nissen fundoplication",
           "Roux-en-Y gastric bypass", "Romberg", "Phalen test", "Lachman test", "McMurray test",
           "Trendelenburg gait", "Cheyne-Stokes respirations", "Mallory-Weiss tear", "Osgood-Schlatter disease",
           "Lewy body dementia", "Huntington disease", "Stevens-Johnson syndrome", "Wolff-Parkinson-White",
           "Valsalva", "Allen test", "Meniere disease", "Marfan syndrome", "Tetralogy of Fallot", "Hartmann pouch",
           "Legg-Calvé-Perthes disease", "Brown-Séquard", "Bishop score", "Braxton Hicks contractions",
           "Leopold maneuvers", "Apgar", "Tanner stage", "Dix-Hallpike", "Hirschsprung disease",
           "Kawasaki disease", "Wilms tumor", "Ewing sarcoma", "Charcot foot", "Paget disease of bone",
           "Heimlich", "Swan-Ganz catheter", "Foley", "Morse Fall Scale", "Braden Scale", "Pap smear",
           "Gram stain", "Kaposi sarcoma", "Tourette syndrome", "Asperger"]

SIGNS = ["Murphy sign", "Babinski sign", "Romberg", "Phalen test", "Lachman test", "McMurray test", "Kernig sign",
         "Brudzinski sign", "Homans sign", "Dix-Hallpike", "Allen test", "Tinel sign", "Trendelenburg sign",
         "Rovsing sign", "Hoffmann sign", "Spurling test", "Finkelstein test", "Thompson test", "Weber test", "Rinne test"]

DRUGS = [("metoprolol succinate", ["25 mg", "50 mg", "100 mg"]), ("lisinopril", ["5 mg", "10 mg", "20 mg", "40 mg"]),
         ("apixaban", ["2.5 mg", "5 mg"]), ("warfarin", ["2 mg", "5 mg", "7.5 mg"]), ("atorvastatin", ["20 mg", "40 mg", "80 mg"]),
         ("furosemide", ["20 mg", "40 mg", "80 mg"]), ("insulin glargine", ["14 units", "22 units", "30 units"]),
         ("metformin", ["500 mg", "1000 mg"]), ("levothyroxine", ["50 mcg", "88 mcg", "112 mcg"]),
         ("sertraline", ["50 mg", "100 mg"]), ("quetiapine", ["25 mg", "50 mg", "100 mg"]),
         ("oxycodone", ["5 mg", "10 mg"]), ("acetaminophen", ["650 mg", "1 g", "500 mg"]),
         ("gabapentin", ["100 mg", "300 mg", "600 mg"]), ("tamsulosin", ["0.4 mg"]), ("amlodipine", ["5 mg", "10 mg"]),
         ("pantoprazole", ["40 mg"]), ("prednisone", ["10 mg", "20 mg", "40 mg"]), ("ceftriaxone", ["1 g", "2 g"]),
         ("vancomycin", ["1.25 g", "1 g"]), ("piperacillin-tazobactam", ["3.375 g", "4.5 g"]),
         ("enoxaparin", ["40 mg", "1 mg/kg"]), ("heparin", ["5,000 units"]), ("morphine sulfate", ["2 mg", "4 mg"]),
         ("haloperidol", ["0.5 mg", "1 mg"]), ("lorazepam", ["0.5 mg", "1 mg"]), ("donepezil", ["5 mg", "10 mg"]),
         ("carbidopa-levodopa", ["25/100 mg"]), ("albuterol", ["2.5 mg neb", "90 mcg 2 puffs"]),
         ("tiotropium", ["18 mcg"]), ("buprenorphine-naloxone", ["8 mg-2 mg"]), ("naltrexone", ["50 mg"]),
         ("lithium carbonate", ["300 mg"]), ("escitalopram", ["10 mg", "20 mg"]), ("amoxicillin", ["875 mg", "400 mg/5 mL"]),
         ("cephalexin", ["500 mg"]), ("ondansetron", ["4 mg"]), ("magnesium oxide", ["400 mg"]),
         ("potassium chloride", ["20 mEq", "40 mEq"]), ("oxytocin", ["2 milliunits/min"]), ("magnesium sulfate", ["4 g"]),
         ("prenatal vitamin", ["1 tab"]), ("ferrous sulfate", ["325 mg"]), ("semaglutide", ["0.5 mg", "1 mg"]),
         ("empagliflozin", ["10 mg"]), ("spironolactone", ["25 mg"]), ("hydrocodone-acetaminophen", ["5-325 mg"]),
         ("methadone", ["40 mg", "85 mg"]), ("cefazolin", ["2 g"]), ("ibuprofen", ["600 mg", "100 mg/5 mL"]),
         ("senna", ["8.6 mg"]), ("polyethylene glycol", ["17 g"]), ("tramadol", ["50 mg"]), ("clopidogrel", ["75 mg"]),
         ("aspirin", ["81 mg", "325 mg"]), ("rivaroxaban", ["20 mg", "15 mg"]), ("allopurinol", ["100 mg", "300 mg"])]
FREQS = ["daily", "BID", "TID", "q6h PRN", "nightly", "q8h", "once", "weekly", "PO daily", "IV q12h", "q4h PRN pain", "qHS"]

LABS = [("Na", lambda r: str(r.randint(128, 146))), ("K", lambda r: f"{r.randint(30, 55) / 10:.1f}"),
        ("Cr", lambda r: f"{r.randint(6, 38) / 10:.1f}"), ("BUN", lambda r: str(r.randint(8, 64))),
        ("Hgb", lambda r: f"{r.randint(68, 152) / 10:.1f}"), ("WBC", lambda r: f"{r.randint(31, 219) / 10:.1f}"),
        ("Plt", lambda r: str(r.randint(62, 455))), ("INR", lambda r: f"{r.randint(9, 41) / 10:.1f}"),
        ("A1c", lambda r: f"{r.randint(52, 128) / 10:.1f}%"), ("TSH", lambda r: f"{r.randint(2, 95) / 10:.1f}"),
        ("BNP", lambda r: str(r.randint(40, 2400))), ("troponin", lambda r: f"{r.randint(1, 60) / 1000:.3f}"),
        ("lactate", lambda r: f"{r.randint(8, 52) / 10:.1f}"), ("glucose", lambda r: str(r.randint(62, 388))),
        ("Mg", lambda r: f"{r.randint(13, 26) / 10:.1f}"), ("albumin", lambda r: f"{r.randint(21, 45) / 10:.1f}"),
        ("ALT", lambda r: str(r.randint(9, 210))), ("lipase", lambda r: str(r.randint(12, 900))),
        ("CRP", lambda r: f"{r.randint(2, 240) / 10:.1f}"), ("ferritin", lambda r: str(r.randint(8, 900))),
        ("vitamin D", lambda r: str(r.randint(8, 60))), ("ammonia", lambda r: str(r.randint(18, 140))),
        ("LDL", lambda r: str(r.randint(48, 190))), ("eGFR", lambda r: str(r.randint(14, 88)))]

DIAGNOSES = [("acute on chronic systolic heart failure", "I50.23"), ("type 2 diabetes mellitus with hyperglycemia", "E11.65"),
             ("COPD with acute exacerbation", "J44.1"), ("chronic kidney disease stage 4", "N18.4"),
             ("major depressive disorder, recurrent, moderate", "F33.1"), ("community-acquired pneumonia", "J18.9"),
             ("sepsis due to urinary tract infection", "A41.9"), ("atrial fibrillation with RVR", "I48.91"),
             ("NSTEMI", "I21.4"), ("acute ischemic stroke", "I63.9"), ("hip fracture, left femoral neck", "S72.002A"),
             ("cellulitis of right lower leg", "L03.115"), ("alcohol withdrawal", "F10.239"), ("opioid use disorder", "F11.20"),
             ("generalized anxiety disorder", "F41.1"), ("essential hypertension", "I10"), ("hypothyroidism", "E03.9"),
             ("gestational diabetes", "O24.419"), ("preeclampsia without severe features", "O14.03"),
             ("acute otitis media", "H66.91"), ("bronchiolitis", "J21.9"), ("dementia, moderate", "F03.B0"),
             ("small bowel obstruction", "K56.609"), ("acute cholecystitis", "K81.0"), ("osteoarthritis of right knee", "M17.11"),
             ("lung adenocarcinoma", "C34.90"), ("pressure injury, sacrum, stage 3", "L89.153"), ("encounter for palliative care", "Z51.5"),
             ("PTSD, chronic", "F43.12"), ("bipolar I disorder, current episode manic", "F31.2"), ("iron deficiency anemia", "D50.9"),
             ("acute pancreatitis", "K85.90"), ("DVT of left popliteal vein", "I82.432"), ("syncope", "R55")]

CPT = ["99223", "99233", "99285", "27447", "47562", "44970", "59510", "59400", "71046", "74177", "70450", "88305",
       "88307", "97161", "97110", "99497", "99214", "G0299", "93306", "43239", "29881", "27130", "90837", "90791"]
LOINC = ["4548-4", "2160-0", "718-7", "2345-7", "6690-2", "33914-3", "1751-7", "30934-4", "2093-3", "14682-9"]
SNOMED = ["44054006", "38341003", "195967001", "13645005", "73211009", "49436004", "69896004", "35489007"]
NDC = ["0093-7146-56", "0378-0018-01", "68180-0513-01", "0069-0150-01", "50090-3116-0", "0006-0277-31", "63323-262-01"]

ABBREVS = ["NPO", "PRN", "BID", "SOB", "DNR/DNI", "HTN", "CKD", "AFib", "ADLs", "CHF", "DOE", "PERRLA", "NKDA",
           "c/o", "s/p", "h/o", "WNL", "HEENT", "CTAB", "RRR", "NAD", "A&Ox3", "BLE", "ROM", "SNF", "PEG", "TPN",
           "PICC", "GERD", "OSA", "BPH", "UTI", "LOC", "N/V", "I&O", "SBAR", "CPAP", "BiPAP", "POLST", "MOLST"]

CLIN_ROLES = {
    "attending": ["MD", "DO"], "hospitalist": ["MD", "DO"], "resident": ["MD", "DO"], "pcp": ["MD", "DO", "NP", "PA-C"],
    "nurse": ["RN", "RN, BSN", "LPN"], "np": ["NP", "APRN", "FNP-C"], "surgeon": ["MD", "DO", "MD, FACS"],
    "anesthesia": ["MD", "CRNA"], "radiologist": ["MD"], "pathologist": ["MD"], "social worker": ["LCSW", "LMSW", "MSW"],
    "case manager": ["RN, CCM", "RN", "LSW"], "pharmacist": ["PharmD", "RPh", "PharmD, BCPS"], "therapist": ["PT, DPT", "PT", "OTR/L"],
    "psychiatrist": ["MD", "DO"], "counselor": ["LPC", "LCSW", "PhD", "PsyD"], "midwife": ["CNM"], "obstetrician": ["MD", "DO"],
    "pediatrician": ["MD", "DO", "CPNP"], "chaplain": ["MDiv", "BCC"], "aide": ["CNA", "HHA"], "dietitian": ["RD", "RDN"],
    "medic": ["NRP", "EMT-P"], "consultant": ["MD", "DO"], "hospice physician": ["MD", "DO"],
}

# --------------------------------------------------------------------------------------
# Segments: a note is a list of (text, phi_category | None, keep_kind | None).
# --------------------------------------------------------------------------------------

import re as _re

_FMT = _re.compile(r"\{(\w+)(?:\.(\w+))?\}|\[\[(\w+)\|([^\]]+)\]\]")


class S(list):
    def __add__(self, o):
        return S(list(self) + list(seg(o)))

    def __radd__(self, o):
        return S(list(seg(o)) + list(self))

    def __iadd__(self, o):
        self.extend(seg(o))
        return self


def seg(x) -> S:
    if isinstance(x, S):
        return x
    if x is None:
        return S()
    if isinstance(x, str):
        return S([(x, None, None)]) if x else S()
    if isinstance(x, (list, tuple)):
        out = S()
        for y in x:
            out.extend(seg(y))
        return out
    raise TypeError(type(x))


def P(text: str, cat: str) -> S:
    return S([(text, cat, None)])


def K(text: str, kind: str) -> S:
    return S([(text, None, kind)])


def seg_text(s: S) -> str:
    return "".join(t for t, _, _ in s)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n - 100
    return "one hundred" + ("" if rest == 0 else " and " + num_words(rest))


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, st: str) -> str:
    m, dd, y = d.month, d.day, d.year
    return {
        "mdy": f"{m}/{dd}/{y}", "mdy0": f"{m:02d}/{dd:02d}/{y}", "mdy2": f"{m}/{dd}/{y % 100:02d}",
        "mdyd": f"{m:02d}-{dd:02d}-{y}", "iso": d.isoformat(), "long": f"{MONTHS[m - 1]} {dd}, {y}",
        "abbr": f"{MON[m - 1]} {dd}, {y}", "abbrdot": f"{MON_DOT[m - 1]} {dd} {y}", "dmy": f"{dd} {MON[m - 1]} {y}",
        "dmyl": f"{dd} {MONTHS[m - 1]} {y}", "ora": f"{dd:02d}-{MON[m - 1].upper()}-{y}", "dot": f"{m}.{dd}.{y % 100:02d}",
        "ord": f"{MONTHS[m - 1]} {ordinal(dd)}, {y}", "compact": f"{y}{m:02d}{dd:02d}", "mdy2d": f"{m:02d}-{dd:02d}-{y % 100:02d}",
        "md": f"{m}/{dd}", "md0": f"{m:02d}/{dd:02d}", "mon": f"{MON[m - 1]} {dd}", "month": f"{MONTHS[m - 1]} {ordinal(dd)}",
        "dmon": f"{dd} {MON[m - 1]}", "dmonh": f"{dd}-{MON[m - 1]}", "monthd": f"{MONTHS[m - 1]} {dd}",
        "my": f"{MONTHS[m - 1]} {y}", "my2": f"{m}/{y}",
    }[st]


FULL_STYLES = ["mdy", "mdy0", "mdy2", "mdyd", "iso", "long", "abbr", "abbrdot", "dmy", "dmyl", "ora", "dot", "ord",
               "mdy2d", "compact"]
YEARLESS_STYLES = ["md", "md0", "mon", "month", "dmon", "dmonh", "monthd"]


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------

class Person:
    def __init__(self, given, family, sex, origin, cat, native=None, native_family=None, native_given=None,
                 nick=None, role="", cred="", rel=""):
        self.given = given            # list: first, middle...
        self.family = family
        self.sex = sex
        self.origin = origin
        self.cat = cat
        self.native = native
        self.native_family = native_family
        self.native_given = native_given
        self.nick = nick
        self.role = role
        self.cred = cred
        self.rel = rel

    @property
    def first(self):
        return self.given[0]

    def full(self):
        return f"{self.first} {self.family}"

    def family_first(self):
        return self.origin in ("zh", "ko", "ja", "vi", "hu")

    def ehr_names(self, with_native: bool) -> list[dict]:
        out = [{"text": self.full(), "family": self.family, "given": list(self.given)}]
        if self.nick:
            out.append({"text": f"{self.nick} {self.family}", "family": self.family, "given": [self.nick]})
        if with_native and self.native:
            out.append({"text": self.native, "family": self.native_family, "given": [self.native_given]})
        return out


def initials(p: Person, dots=True) -> str:
    parts = [p.first] + [w for w in p.family.replace("-", " ").split() if w.lower() not in PARTICLES]
    letters = [w[0].upper() for w in parts]
    return ".".join(letters) + "." if dots else "".join(letters)


def render_name(r: random.Random, p: Person, style: str | None = None) -> S:
    c = p.cat
    N = lambda t: P(t, c)  # noqa: E731
    mid = p.given[1] if len(p.given) > 1 else None
    if c == "NAME" and style in ("full", "titlefull", "lastfirst", "fullmid") and r.random() < .25:
        style = None
    if style is None:
        if c == "NAME":
            opts = [("full", 25), ("first", 15), ("title", 11), ("lastfirst", 7), ("LASTFIRST", 5), ("fullmid", 6),
                    ("last", 5), ("fi_last", 4), ("poss", 4), ("init", 2), ("upper", 3), ("lower", 2)]
            if p.nick:
                opts.append(("nick", 6))
            if p.native:
                opts.append(("native", 16))
            if p.family_first():
                opts.append(("famfirst", 6))
        else:
            opts = [("dr", 24), ("cred", 24), ("fi_cred", 10), ("last_cred", 7), ("LASTFIRST_cred", 5), ("first", 5),
                    ("full", 10), ("fullmid_cred", 6), ("init_cred", 3), ("lower", 2)]
        tot = sum(w for _, w in opts)
        x = r.uniform(0, tot)
        for style, w in opts:
            x -= w
            if x <= 0:
                break
    title = {"F": r.choice(["Ms.", "Mrs.", "Ms", "Mrs"]), "M": r.choice(["Mr.", "Mr"])}.get(p.sex, "Mx.")
    dr = r.choice(["Dr.", "Dr.", "Dr", "DR."])
    cred = p.cred or "MD"
    if style == "full":
        return N(p.full())
    if style == "first":
        return N(p.first)
    if style == "last":
        return N(p.family)
    if style == "title":
        return seg([title + " ", N(p.family)])
    if style == "titlefull":
        return seg([title + " ", N(p.full())])
    if style == "lastfirst":
        return seg([N(p.family), ", ", N(p.first + (f" {mid[0]}." if mid and r.random() < .5 else ""))])
    if style == "LASTFIRST":
        return seg([N(p.family.upper()), ",", N(p.first.upper() + (f" {mid[0]}" if mid else ""))]) if r.random() < .4 else \
            seg([N(p.family.upper()), ", ", N(p.first.upper() + (f" {mid[0].upper()}" if mid else ""))])
    if style == "fullmid":
        if mid:
            return N(f"{p.first} {mid if r.random() < .5 else mid[0] + '.'} {p.family}")
        return N(p.full())
    if style == "fi_last":
        return N(f"{p.first[0]}. {p.family}")
    if style == "poss":
        who = p.first if r.random() < .6 else p.family
        return seg([N(who), "'s"])
    if style == "init":
        return N(initials(p, r.random() < .6))
    if style == "upper":
        return N(p.full().upper())
    if style == "lower":
        return N(p.full().lower() if r.random() < .5 else p.first.lower())
    if style == "nick":
        return N(p.nick) if p.nick else N(p.first)
    if style == "native":
        if not p.native:
            return N(p.full())
        rom = f"{p.family} {p.first}" if p.family_first() else p.full()
        return seg([N(p.native), " (", N(rom), ")"]) if r.random() < .7 else seg([N(rom), " (", N(p.native), ")"])
    if style == "famfirst":
        return N(f"{p.family} {p.first}")
    if style == "dr":
        return seg([dr + " ", N(p.family)])
    if style == "drfull":
        return seg([dr + " ", N(p.full())])
    if style == "cred":
        return seg([N(p.full()), r.choice([", ", " "]) + cred])
    if style == "fi_cred":
        return seg([N(f"{p.first[0]}. {p.family}"), ", " + cred])
    if style == "last_cred":
        return seg([N(p.family), " " + cred.split(",")[0]])
    if style == "LASTFIRST_cred":
        return seg([N(p.family.upper()), ", ", N(p.first.upper()), " " + cred.split(",")[0]])
    if style == "fullmid_cred":
        m = (mid[0] + ". ") if mid else ""
        return seg([N(f"{p.first} {m}{p.family}"), ", " + cred])
    if style == "init_cred":
        return seg([N(initials(p, False)), " " + cred.split(",")[0]])
    if style == "sig":
        return seg([N(p.full()), ", " + cred])
    return N(p.full())


# --------------------------------------------------------------------------------------
# Identifier shapes
# --------------------------------------------------------------------------------------

VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7,
           "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMI = ["1FT", "1G1", "2T1", "3GC", "1HG", "5NP", "JTD", "1C4", "2HG", "KNA", "1N4", "4T1", "5YJ", "WBA", "3FA"]


def make_vin(r: random.Random) -> str:
    body = r.choice(WMI) + "".join(r.choice(VIN_CH) for _ in range(5)) + "0" + r.choice("KLMNPRST") + \
        r.choice(VIN_CH[:24]) + "".join(r.choice("0123456789") for _ in range(6))
    s = sum(VIN_MAP[ch] * w for ch, w in zip(body, VIN_W)) % 11
    return body[:8] + ("X" if s == 10 else str(s)) + body[9:]


def luhn_ok_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_npi(r: random.Random) -> str:
    base = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return base + luhn_ok_digit("80840" + base)


def make_dea(r: random.Random, family: str) -> str:
    first = r.choice("ABFGM")
    letter = next((ch.upper() for ch in family if ch.isascii() and ch.isalpha()), "X")
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{first}{letter}" + "".join(map(str, d)) + str(chk)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi(r: random.Random) -> str:
    an = lambda: r.choice(MBI_A + "0123456789")  # noqa: E731
    n = lambda: str(r.randint(0, 9))  # noqa: E731
    a = lambda: r.choice(MBI_A)  # noqa: E731
    return str(r.randint(1, 9)) + a() + an() + n() + a() + an() + n() + a() + a() + n() + n()


def digits(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def letters(r: random.Random, k: int, pool="ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(pool) for _ in range(k))


MRN_SHAPES = [lambda r: "H" + digits(r, 8), lambda r: str(r.randint(1000000, 9999999)),
              lambda r: "E" + digits(r, 9), lambda r: "00" + digits(r, 8),
              lambda r: f"{r.randint(10, 99)}-{digits(r, 3)}-{digits(r, 3)}", lambda r: "M" + digits(r, 6) + letters(r, 1),
              lambda r: digits(r, 3) + letters(r, 1) + digits(r, 4), lambda r: str(r.randint(100000000, 999999999)),
              lambda r: "MR" + digits(r, 7), lambda r: f"{digits(r, 4)} {digits(r, 4)}",
              lambda r: "W" + digits(r, 7), lambda r: str(r.randint(10000000, 99999999))]

ASCII_FOLD = str.maketrans({"á": "a", "à": "a", "â": "a", "ä": "a", "ã": "a", "å": "a", "é": "e", "è": "e", "ê": "e",
                            "ë": "e", "í": "i", "ì": "i", "î": "i", "ï": "i", "ó": "o", "ò": "o", "ô": "o", "ö": "o",
                            "õ": "o", "ő": "o", "ú": "u", "ù": "u", "û": "u", "ü": "u", "ű": "u", "ñ": "n", "ç": "c",
                            "ł": "l", "ś": "s", "ź": "z", "ż": "z", "ć": "c", "ń": "n", "ę": "e", "ą": "a", "ş": "s",
                            "ğ": "g", "ı": "i", "ë": "e", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ạ": "a", "ả": "a",
                            "ấ": "a", "ầ": "a", "ậ": "a", "ắ": "a", "ằ": "a", "ặ": "a", "ơ": "o", "ư": "u", "ễ": "e",
                            "ệ": "e", "ị": "i", "ọ": "o", "ộ": "o", "ồ": "o", "ố": "o", "ớ": "o", "ờ": "o", "ợ": "o",
                            "ụ": "u", "ủ": "u", "ứ": "u", "ừ": "u", "ữ": "u", "ự": "u", "ỳ": "y", "ý": "y", "ỹ": "y",
                            "ể": "e", "ế": "e", "ề": "e", "ì": "i", "ĩ": "i", "ũ": "u", "ẫ": "a", "ẩ": "a", "ẻ": "e",
                            "ò": "o", "ỏ": "o", "ỗ": "o", "ổ": "o", "ở": "o", "ỡ": "o", "ả": "a", "ẽ": "e", "ẹ": "e",
                            "ă": "a", "ằ": "a", "ẵ": "a", "ẳ": "a", "ỉ": "i", "ỷ": "y", "ỵ": "y"})


def asciify(s: str) -> str:
    out = s.lower().translate(ASCII_FOLD)
    return "".join(ch for ch in out if ch.isascii() and (ch.isalnum()))


# --------------------------------------------------------------------------------------
# Note context
# --------------------------------------------------------------------------------------

ORIGIN_W = {"en": 26, "es": 13, "pt": 2, "fr": 3, "it": 3, "de": 3, "pl": 2, "ru": 2, "uk": 2, "el": 2, "ar": 3, "fa": 2,
            "he": 2, "hi": 3, "ta": 1, "zh": 3, "ja": 2, "ko": 2, "vi": 3, "tl": 3, "yo": 2, "ig": 2, "am": 2, "so": 2,
            "ga": 2, "nl": 1, "fi": 1, "hu": 1, "haw": 1, "ka": 1, "hy": 1, "tr": 2}
DIRS = ["N", "S", "E", "W", "N.", "S.", "East", "West", "NW", "SE"]
PHONE_FMTS = ["({a}) {e}-{l}", "({a}) {e}-{l}", "{a}-{e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a}{e}{l}",
              "+1 {a} {e} {l}", "1-{a}-{e}-{l}", "{a} {e} {l}", "({a}){e}-{l}", "{a}/{e}-{l}", "+1 ({a}) {e}-{l}",
              "+1-{a}-{e}-{l}"]
LABELS = {
    "patient": ["Patient", "Pt", "PATIENT", "Name", "Patient Name", "Pt Name", "PATIENT NAME", "Client", "Member"],
    "dob": ["DOB", "D.O.B.", "Date of Birth", "Birthdate", "DOB", "Birth Date", "BD", "dob"],
    "mrn": ["MRN", "MR#", "Med Rec #", "Medical Record No.", "Chart #", "Hospital #", "MRN", "Unit No.", "Pt ID"],
    "phone": ["Phone", "Ph", "Tel", "Home phone", "Cell", "Mobile", "Contact #", "Best #", "Phone #"],
    "addr": ["Address", "Addr", "Home address", "Residence", "Street", "Mailing address"],
    "date": ["Date", "DATE", "Date of service", "DOS", "Visit date", "Service date", "Encounter date"],
    "ssn": ["SSN", "SS#", "Social Security #", "Soc Sec No", "SSN"],
    "ins": ["Member ID", "Subscriber ID", "Policy #", "ID #", "Member #", "Insurance ID", "Ins ID"],
    "acct": ["Acct #", "Account", "Account No.", "HAR", "FIN", "Billing acct", "Visit acct #", "Patient account"],
    "sex": ["Sex", "Gender", "Sex", "Sex at birth"],
}


def pick_origin(r: random.Random) -> str:
    ks = sorted(ORIGIN_W)
    return r.choices(ks, weights=[ORIGIN_W[k] for k in ks])[0]


def make_person(r: random.Random, cat: str, sex: str | None = None, origin: str | None = None,
                special: str | None = None, role="", cred="", rel="", family: str | None = None) -> Person:
    sex = sex or r.choice("FM")
    origin = origin or pick_origin(r)
    gpool = (P_GIVEN_F if sex == "F" else P_GIVEN_M)
    gorig = origin if gpool.get(origin) else "en"
    if special == "word_given" and gpool.get("word"):
        gorig = "word"
    g, gnat = r.choice(gpool[gorig])
    given = [g]
    if r.random() < .45:
        m, _ = r.choice(gpool[gorig] if r.random() < .7 else gpool["en"])
        if m != g:
            given.append(m)
    forig = origin if P_SURNAMES.get(origin) else "en"
    if r.random() < .12:
        forig = pick_origin(r)
        forig = forig if P_SURNAMES.get(forig) else "en"
    if special in ("word", "epo") and P_SURNAMES.get(special):
        forig = special
    f, fnat = r.choice(P_SURNAMES[forig])
    if family is not None:
        f, fnat = family, None
        forig = origin
    elif r.random() < .05 and "-" not in f and " " not in f:
        f2, _ = r.choice(P_SURNAMES[forig])
        if f2 != f and " " not in f2 and "-" not in f2:
            f = f"{f}-{f2}"
            fnat = None
    native = None
    if gnat and fnat and gorig == forig:
        if origin in ("zh", "ja", "ko"):
            native = fnat + gnat
        else:
            native = f"{gnat} {fnat}"
    nick = NICKNAMES.get(g) if r.random() < .5 else None
    return Person(given, f, sex, origin, cat, native=native, native_family=fnat, native_given=gnat, nick=nick,
                  role=role, cred=cred, rel=rel)


REL_SEX = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "sister": "F", "brother": "M", "niece": "F",
           "nephew": "M", "granddaughter": "F", "grandson": "M", "mother": "F", "father": "M", "aunt": "F",
           "grandmother": "F", "grandfather": "M", "daughter-in-law": "F", "son-in-law": "M", "partner": None,
           "stepdaughter": "F", "cousin": None, "great-grandmother": "F"}
SAME_FAMILY = {"son", "daughter", "grandson", "granddaughter", "brother", "sister", "father", "mother",
               "grandfather", "grandmother"}


class Ctx:
    def __init__(self, r: random.Random, kind: str, over89_p: float = .22, age_range=(22, 89), sex: str | None = None):
        self.r = r
        self.kind = kind
        hi = r.randrange(len(HOSPITALS))
        self.hosp, self.hdomain, self.habbr = HOSPITALS[hi]
        self.mrn_shape = MRN_SHAPES[hi]
        self.base = dt.date(2018, 1, 1) + dt.timedelta(days=r.randint(0, 2740))
        self.over89 = r.random() < over89_p
        self.age = r.randint(90, 104) if self.over89 else r.randint(*age_range)
        self.dob = self.base - dt.timedelta(days=int(self.age * 365.25) + r.randint(1, 360))
        self.age = (self.base - self.dob).days * 100 // 36525
        special = None
        x = r.random()
        if x < .07:
            special = "word"
        elif x < .14:
            special = "epo"
        elif x < .18:
            special = "word_given"
        self.pt = make_person(r, "NAME", sex=sex, special=special)
        self.ds = r.choice(FULL_STYLES[:10])
        self.yds = r.choice(YEARLESS_STYLES)
        self.lower = False
        self.labels: dict[str, str] = {}
        self.relatives: list[Person] = []
        self.rel_by: dict[str, Person] = {}
        self.clinicians: list[Person] = []
        self.clin_by: dict[str, Person] = {}
        self.phones: dict[int, list[str]] = {}
        self.canon_phone: dict[int, str] = {}
        self.emails: dict[int, str] = {}
        self.mrn = self.mrn_shape(r)
        cities = P_CITIES
        self.city, self.state, zips = r.choice(cities)
        self.zip = r.choice(zips) + digits(r, 2)
        self.zip4 = digits(r, 4)
        self.addr_lines = self._street()
        self.ssn_v = self._ssn()
        self.hp_v = None
        self.acct_v = None
        self.pt_phone = self.new_phone(self.pt)
        self.make_email(self.pt)
        self.used_ep = False

    # ---- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def maybe(self, p: float) -> bool:
        return self.r.random() < p

    def L(self, key: str) -> str:
        if key not in self.labels:
            self.labels[key] = self.r.choice(LABELS[key])
        return self.labels[key]

    def _street(self) -> list[str]:
        r = self.r
        x = r.random()
        if x < .10:
            return [r.choice(["PO Box", "P.O. Box", "P O Box", "Post Office Box"]) + f" {r.randint(1, 9999)}"]
        if x < .16:
            return [r.choice(["Rural Route", "RR", "Rt."]) + f" {r.randint(1, 9)} Box {r.randint(1, 400)}"]
        if x < .20:
            return [f"{r.choice('NSEW')}{r.randint(1000, 9999)} County Road {r.choice(['K', 'Q', 'JJ', '12', '450', 'B'])}"]
        if x < .23:
            return [f"{r.randint(1000, 29999)} State Highway {r.randint(5, 399)}"]
        num = str(r.randint(1, 99999)) if r.random() < .4 else str(r.randint(100, 9999))
        d = (r.choice(DIRS) + " ") if r.random() < .2 else ""
        line = f"{num} {d}{r.choice(P_STREETS)} {r.choice(STREET_SUFFIX)}"
        if r.random() < .25:
            return [line, r.choice(["Apt ", "Apt. ", "Unit ", "#", "Lot ", "Trlr ", "Apt # "]) +
                    r.choice([str(r.randint(1, 40)), f"{r.randint(1, 4)}{r.choice('ABCD')}", str(r.randint(101, 420))])]
        return [line]

    def _ssn(self) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def new_phone(self, p: Person | None = None) -> str:
        r = self.r
        while True:
            e = r.randint(201, 989)
            if e % 100 != 11 and e != 555:
                break
        canon = f"({r.choice(AREA_CODES)}) {e}-{digits(r, 4)}"
        if p is not None:
            self.phones.setdefault(id(p), []).append(canon)
        return canon

    def make_email(self, p: Person) -> str:
        r = self.r
        f, l = asciify(p.first), asciify(p.family)
        f = f or "pt"
        l = l or "x"
        y = str(self.dob.year % 100 if p is self.pt else r.randint(60, 99))
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}{r.randint(1, 99)}", f"{f}_{l}", f"{l}{f[0]}{y}",
                          f"{f}{y}", f"{l}.{f}", f"{f}.{l}{r.randint(1, 9)}", f"the{l}s", f"{f}{l}"])
        em = f"{local}@{r.choice(MAIL_DOMAINS)}"
        self.emails[id(p)] = em
        return em

    def staff_email(self, p: Person) -> str:
        f, l = asciify(p.first), asciify(p.family)
        return f"{self.ch([f + '.' + l, f[0] + l, l + f[0]])}@{self.hdomain}"

    # ---- people
    def kin(self, *opts: str) -> str:
        if self.kind == "pediatric-visit":
            opts = ("mother", "father", "grandmother", "aunt")
        spouse = getattr(self, "spouse", None)
        if spouse is None:
            spouse = self.spouse = ("wife" if self.pt.sex == "M" else "husband") if self.r.random() < .9 else \
                ("husband" if self.pt.sex == "M" else "wife")
        return self.ch([spouse if o in ("wife", "husband") else o for o in opts])

    def rel(self, kind: str) -> Person:
        if kind in ("wife", "husband"):
            kind = self.kin(kind)
        if kind in self.rel_by:
            return self.rel_by[kind]
        r = self.r
        sex = REL_SEX.get(kind) or r.choice("FM")
        fam = None
        if kind in SAME_FAMILY or (kind in ("wife", "husband") and r.random() < .6):
            fam = self.pt.family
        special = "word" if r.random() < .05 else None
        for _ in range(5):
            p = make_person(r, "NAME", sex=sex, origin=self.pt.origin if r.random() < .8 else None, rel=kind,
                            family=fam, special=special)
            if p.first != self.pt.first:
                break
        self.relatives.append(p)
        self.rel_by[kind] = p
        return p

    def other(self, kind: str) -> Person:
        """A non-clinician person not in the EHR (neighbour, friend, landlord...)."""
        p = make_person(self.r, "NAME", rel=kind)
        return p

    def clin(self, role: str, record: bool = True, key: str | None = None) -> Person:
        key = key or role
        if key in self.clin_by:
            return self.clin_by[key]
        cred = self.ch(CLIN_ROLES.get(role, ["MD"]))
        p = make_person(self.r, "PROVIDER_NAME", role=role, cred=cred)
        p.nick = None
        if record:
            self.clinicians.append(p)
        self.clin_by[key] = p
        return p

    # ---- phi renderers
    def N(self, p: Person, style: str | None = None) -> S:
        return render_name(self.r, p, style)

    def D(self, d: dt.date, style: str | None = None) -> S:
        if style is None:
            style = self.ds if self.r.random() < .8 else self.ch(FULL_STYLES)
        return P(fmt_date(d, style), "DATE")

    def DY(self, d: dt.date, style: str | None = None) -> S:
        if style is None:
            style = self.yds if self.r.random() < .7 else self.ch(YEARLESS_STYLES)
        return P(fmt_date(d, style), "DATE")

    def day(self, n: int) -> dt.date:
        return self.base + dt.timedelta(days=n)

    def AGE(self, n: int | None = None, style: str | None = None) -> S:
        r = self.r
        n = self.age if n is None else n
        cat = "AGE_OVER_89"
        sx = "F" if (self.pt.sex == "F") else "M"
        styles = ["{n}-year-old", "{n} y/o", "{n}yo", "{n} yo", "{n} year old", "aged {n}", "age {n}", "{n} yrs",
                  "{n}{sx}", "{w}-year-old", "{n} years of age", "{n}-yr-old", "{n} y.o.", "{n} yr old", "{n}-y/o"]
        st = style or r.choice(styles)
        w = num_words(n)
        num = w if "{w}" in st else str(n)
        pre, post = st.split("{w}" if "{w}" in st else "{n}")
        post = post.replace("{sx}", sx)
        if pre.startswith("aged") or pre.startswith("age"):
            pass
        sp = P(num, cat) if n >= 90 else K(num, "age")
        return seg([pre, sp, post])

    def AGEN(self, n: int | None = None) -> S:
        n = self.age if n is None else n
        return P(str(n), "AGE_OVER_89") if n >= 90 else K(str(n), "age")

    def PH(self, p: Person | None = None, canon: str | None = None, cat: str = "PHONE") -> S:
        r = self.r
        if canon is None:
            if p is None:
                canon = self.new_phone()
            else:
                lst = self.phones.get(id(p))
                canon = lst[0] if lst and r.random() < .85 else self.new_phone(p)
        a, e, l = canon[1:4], canon[6:9], canon[10:14]
        txt = r.choice(PHONE_FMTS).format(a=a, e=e, l=l)
        if cat == "PHONE" and p is None and r.random() < .15:
            txt += r.choice([" x", " ext ", " ext. ", "x"]) + str(r.randint(100, 9999))
        return P(txt, cat)

    def FAX(self) -> S:
        return self.PH(None, cat="FAX")

    def EXT(self) -> S:
        return seg([self.ch(["x", "ext ", "ext. ", "pager ", "pgr ", "vocera "]), P(str(self.r.randint(2000, 8999)), "PHONE")])

    def EM(self, p: Person) -> S:
        if p.cat == "PROVIDER_NAME":
            return P(self.staff_email(p), "EMAIL")
        em = self.emails.get(id(p)) or self.make_email(p)
        return P(em, "EMAIL")

    def ADDR(self, lines: list[str] | None = None, sep: str = ", ") -> S:
        lines = lines or self.addr_lines
        out = S()
        for i, ln in enumerate(lines):
            if i:
                out += sep
            out += P(ln, "ADDRESS")
        return out

    def CITY(self) -> S:
        return P(self.city, "CITY")

    def ZIP(self) -> S:
        return P(self.zip + (("-" + self.zip4) if self.r.random() < .2 else ""), "ZIP")

    def CSZ(self, city=None, state=None, z=None) -> S:
        city = city or self.city
        state = state or self.state
        z = z or (self.zip + (("-" + self.zip4) if self.r.random() < .2 else ""))
        f = self.ch(["{c}, {s} {z}", "{c}, {s}  {z}", "{c} {s} {z}", "{C}, {s} {z}"])
        pre, rest = f.split("{c}" if "{c}" in f else "{C}")
        mid, post = rest.split("{z}")
        return seg([pre, P(city.upper() if "{C}" in f else city, "CITY"), mid.replace("{s}", state), P(z, "ZIP"), post])

    def FULLADDR(self, sep=", ") -> S:
        return self.ADDR(sep=self.ch([" ", ", "])) + sep + self.CSZ()

    def other_addr(self) -> tuple[S, S]:
        lines = self._street()
        city, st, zips = self.ch(P_CITIES)
        return self.ADDR(lines), self.CSZ(city, st, self.ch(zips) + digits(self.r, 2))

    def MRN(self) -> S:
        return P(self.mrn, "MRN")

    def SSN(self) -> S:
        r = self.r
        s = self.ssn_v
        x = r.random()
        if x < .65:
            return P(s, "SSN")
        if x < .75:
            return P(s.replace("-", " "), "SSN")
        if x < .85:
            return P(s.replace("-", ""), "SSN")
        return seg([self.ch(["xxx-xx-", "***-**-", "XXX-XX-", "last 4 "]), P(s[-4:], "SSN")])

    def HP(self, kind: str | None = None) -> S:
        r = self.r
        if self.hp_v is None or kind:
            k = kind or self.ch(["mbi", "comm", "comm2", "mcd", "mcd2", "tricare", "comm3"])
            v = {"mbi": lambda: make_mbi(r), "comm": lambda: letters(r, 3) + digits(r, 9),
                 "comm2": lambda: "W" + digits(r, 9), "mcd": lambda: digits(r, 10),
                 "mcd2": lambda: letters(r, 2) + digits(r, 8), "tricare": lambda: digits(r, 11),
                 "comm3": lambda: f"{letters(r, 1)}{digits(r, 8)}{r.randint(0, 9)}{r.choice(['01', '02', '00'])}"}[k]()
            if k == "mbi" and r.random() < .4:
                v = f"{v[:4]}-{v[4:7]}-{v[7:]}"
            if kind:
                return P(v, "HEALTH_PLAN")
            self.hp_v = v
        return P(self.hp_v, "HEALTH_PLAN")

    def ACCT(self) -> S:
        r = self.r
        if self.acct_v is None:
            self.acct_v = self.ch([lambda: digits(r, 11), lambda: str(r.randint(700000000, 799999999)),
                                   lambda: f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 2)}", lambda: "V" + digits(r, 9),
                                   lambda: f"{self.base.year % 100}{digits(r, 8)}", lambda: "A" + digits(r, 7)])()
        return P(self.acct_v, "ACCOUNT")

    def NPI(self) -> S:
        return P(make_npi(self.r), "LICENSE")

    def DEA(self, p: Person) -> S:
        return P(make_dea(self.r, p.family), "LICENSE")

    def DL(self) -> S:
        r = self.r
        return P(self.ch([lambda: letters(r, 1) + digits(r, 7), lambda: digits(r, 8), lambda: digits(r, 9),
                          lambda: f"{letters(r, 1)}{digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 3)}-{digits(r, 1)}",
                          lambda: f"{letters(r, 1)}{digits(r, 3)}-{digits(r, 4)}-{digits(r, 4)}",
                          lambda: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}", lambda: "WDL" + letters(r, 2) + digits(r, 4) + letters(r, 2),
                          lambda: letters(r, 1) + digits(r, 9)])(), "LICENSE")

    def PROF_LIC(self) -> S:
        r = self.r
        return P(self.ch([lambda: f"RN{digits(r, 6)}", lambda: f"{digits(r, 7)}", lambda: f"ME{digits(r, 5)}",
                          lambda: f"{letters(r, 2)}.{digits(r, 6)}", lambda: f"{r.randint(2000, 2024)}0{digits(r, 5)}"])(), "LICENSE")

    def VIN(self) -> S:
        return P(make_vin(self.r), "VEHICLE")

    def PLATE(self) -> S:
        r = self.r
        return P(self.ch([lambda: f"{r.randint(1, 9)}{letters(r, 3)}{digits(r, 3)}", lambda: f"{letters(r, 3)} {digits(r, 4)}",
                          lambda: f"{digits(r, 1)}{letters(r, 2)}-{letters(r, 1)}{digits(r, 2)}", lambda: f"{letters(r, 3)}-{digits(r, 3)}",
                          lambda: f"{letters(r, 2)}{digits(r, 1)} {letters(r, 1)}{digits(r, 2)}"])(), "VEHICLE")

    def DEV(self) -> S:
        r = self.r
        y = (self.base.year + r.randint(1, 3)) % 100
        return P(self.ch([lambda: letters(r, 3) + digits(r, 6) + letters(r, 1), lambda: f"{digits(r, 5)}{letters(r, 1)}{digits(r, 5)}",
                          lambda: f"(01)00{digits(r, 12)}(17){y:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}(21){letters(r, 2)}{digits(r, 6)}",
                          lambda: f"NG{digits(r, 7)}H", lambda: f"{digits(r, 4)}{letters(r, 1)}{digits(r, 4)}",
                          lambda: f"SN-{letters(r, 2)}{digits(r, 7)}", lambda: f"{letters(r, 1)}{digits(r, 9)}",
                          lambda: f"0{digits(r, 13)}/{digits(r, 6)}{letters(r, 2)}"])(), "DEVICE")

    def URL(self, p: Person | None = None) -> S:
        r = self.r
        p = p or self.pt
        f, l = asciify(p.first), asciify(p.family)
        tok = "".join(r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
        return P(self.ch([f"https://www.gofundme.com/f/help-{f}-{l}-recover", f"caringbridge.org/visit/{f}{l}",
                          f"https://portal.{self.hdomain}/visit/{tok}", f"www.facebook.com/{f}.{l}.{r.randint(1, 99)}",
                          f"http://{l}family.blogspot.com", f"https://zoom.us/j/{digits(r, 10)}",
                          f"https://{self.hdomain}/telehealth/room/{tok}", f"https://photos.app.goo.gl/{tok}",
                          f"https://www.youtube.com/watch?v={tok}X", f"tinyurl.com/{f}{l[:3]}{r.randint(1, 99)}"]), "URL")

    def IP(self) -> S:
        r = self.r
        return P(self.ch([lambda: f"{r.choice([24, 47, 67, 73, 98, 108, 174, 184])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          lambda: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                          lambda: f"192.168.{r.randint(0, 9)}.{r.randint(2, 254)}",
                          lambda: f"2601:{r.randint(0, 0xfff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}::{r.randint(1, 0xffff):x}"])(), "IP")

    def OID(self, kind: str = "any") -> S:
        r = self.r
        y = self.base.year % 100
        Y = self.base.year
        gens = {
            "accession": [lambda: f"S{y}-{digits(r, 5)}", lambda: f"SP-{y}-{digits(r, 6)}", lambda: f"RAD{y}{digits(r, 8)}",
                          lambda: f"{letters(r, 2)}{y}-{digits(r, 4)}", lambda: f"ACC{digits(r, 7)}"],
            "claim": [lambda: f"CLM{Y}-{digits(r, 7)}", lambda: f"E{digits(r, 10)}", lambda: f"{Y}{digits(r, 9)}"],
            "auth": [lambda: f"PA-{digits(r, 7)}", lambda: f"{y}A{digits(r, 6)}", lambda: f"AUTH{digits(r, 8)}"],
            "referral": [lambda: f"REF-{digits(r, 8)}", lambda: f"R{digits(r, 9)}"],
            "order": [lambda: f"{r.randint(100000000, 999999999)}", lambda: f"ORD {digits(r, 8)}"],
            "encounter": [lambda: f"{r.randint(1000000000, 9999999999)}", lambda: f"{y}{digits(r, 7)}"],
            "case": [lambda: f"{y}-{digits(r, 5)}", lambda: f"{Y}-JV-{digits(r, 5)}", lambda: f"APS{digits(r, 7)}",
                     lambda: f"{letters(r, 3)}-{y}-{digits(r, 6)}"],
            "rx": [lambda: f"{r.randint(1000000, 9999999)}", lambda: f"RX{digits(r, 8)}"],
            "specimen": [lambda: f"{letters(r, 2)}{y}-{digits(r, 4)}", lambda: f"{digits(r, 3)}-{digits(r, 5)}-{letters(r, 1)}"],
            "run": [lambda: f"{Y}-{digits(r, 6)}", lambda: f"{y}{digits(r, 6)}"],
        }
        if kind == "any":
            kind = self.ch(sorted(gens))
        return P(self.ch(gens[kind])(), "OTHER_ID")

    # ---- clinical keep content
    def DRUG(self, freq: bool = True) -> S:
        name, doses = self.ch(DRUGS)
        dose = self.ch(doses)
        txt = f"{name} {dose}"
        if self.r.random() < .15:
            txt = f"{name.capitalize()} {dose}"
        if name in PRN_DRUGS:
            fq = self.ch(["q6h PRN", "q4h PRN pain", "PRN", "q8h PRN nausea", "BID PRN", "nightly PRN"])
        elif name in IV_DRUGS:
            fq = self.ch(["subcut daily", "subcut q12h"]) if name in ("heparin", "enoxaparin") else \
                self.ch(["IV q12h", "IV daily", "IV q8h", "IV once", "IV"])
        else:
            fq = self.ch(["daily", "BID", "nightly", "TID", "PO daily", "every morning", "qHS", "once daily", "weekly" if "semaglutide" in name else "daily"])
        return seg([K(txt, "drug"), (" " + fq) if freq else ""])

    def LAB(self) -> S:
        name, f = self.ch(LABS)
        return K(f"{name}{self.ch([' ', ' ', ': ', ' of '])}{f(self.r)}", "lab")

    def VITALS(self, sep: str = ", ") -> S:
        r = self.r
        items = [f"BP {r.randint(88, 182)}/{r.randint(48, 102)}", f"HR {r.randint(52, 128)}", f"RR {r.randint(12, 28)}",
                 self.ch([f"T {r.randint(961, 1024) / 10:.1f} F", f"Temp {r.randint(358, 392) / 10:.1f} C", f"T {r.randint(965, 1012) / 10:.1f}"]),
                 f"SpO2 {r.randint(86, 100)}%" + self.ch(["", " RA", " on 2L NC", " on room air"]),
                 self.ch([f"Wt {r.randint(410, 1290) / 10:.1f} kg", f"wt {r.randint(98, 290)} lb"])]
        k = r.randint(3, 6)
        out = S()
        for i, it in enumerate(items[:k]):
            if i:
                out += sep
            out += K(it, "vital")
        return out

    def SCORE(self) -> S:
        r = self.r
        return K(self.ch([f"GCS {r.randint(9, 15)}", f"PHQ-9 score {r.randint(2, 24)}", f"GAD-7 {r.randint(1, 20)}",
                          f"MoCA {r.randint(14, 29)}/30", f"Braden {r.randint(10, 20)}", f"Morse {self.ch([25, 35, 45, 55, 65])}",
                          f"NIHSS {r.randint(0, 14)}", f"CHA2DS2-VASc {r.randint(1, 7)}", f"Wells score {r.randint(0, 6)}",
                          f"AUDIT-C {r.randint(0, 10)}", f"Tinetti {r.randint(10, 27)}/28", f"PPS {self.ch([30, 40, 50, 60])}%",
                          f"FAST {self.ch(['6d', '7a', '7c', '6e'])}", f"Karnofsky {self.ch([30, 40, 50, 60])}",
                          f"CIWA {r.randint(3, 22)}", f"COWS {r.randint(4, 19)}", f"pain {r.randint(0, 10)}/10",
                          f"BIMS {r.randint(4, 15)}", f"C-SSRS screen {self.ch(['negative', 'positive'])}",
                          f"Edinburgh {r.randint(2, 19)}", f"Berg {r.randint(18, 54)}/56"]), "score")

    def CODE(self, kind: str | None = None) -> S:
        kind = kind or self.ch(["icd", "icd", "cpt", "loinc", "snomed", "ndc"])
        v = {"icd": lambda: self.ch(DIAGNOSES)[1], "cpt": lambda: self.ch(CPT), "loinc": lambda: self.ch(LOINC),
             "snomed": lambda: self.ch(SNOMED), "ndc": lambda: self.ch(NDC)}[kind]()
        return K(v, "code")

    def DX(self, code: bool | None = None) -> S:
        d, icd = self.ch(DIAGNOSES)
        if code is None:
            code = self.r.random() < .4
        if code:
            o, c = self.ch([(" (", ")"), (" - ", ""), (" [", "]"), (", ICD-10 ", "")])
            return seg([K(d, "diagnosis"), o, K(icd, "code"), c])
        return K(d, "diagnosis")

    def _close(self) -> S:
        return S()

    def EPO(self) -> S:
        fam = self.pt.family.lower()
        if fam in EPONYM_PHRASES and not self.used_ep and self.r.random() < .8:
            self.used_ep = True
            return self.f(EPONYM_PHRASES[fam])
        return K(self.ch(EPONYMS), "eponym")

    def SIGN(self) -> S:
        fam = self.pt.family.lower()
        if fam in EPONYM_PHRASES and not self.used_ep and self.r.random() < .8:
            self.used_ep = True
            return self.f(EPONYM_PHRASES[fam])
        return K(self.ch(SIGNS), "eponym")

    def ABBR(self) -> S:
        return K(self.ch(ABBREVS), "abbreviation")

    def WL(self) -> S:
        """A phrase using an ordinary word that is also a name in this note, if any, else will/may."""
        toks = []
        for p in [self.pt] + self.relatives + self.clinicians:
            for t in (p.first, p.family):
                if t.lower() in WORD_PHRASES:
                    toks.append(t.lower())
        t = toks[0] if toks and self.r.random() < .8 else self.ch(["will", "may"])
        return self.f(self.ch(WORD_PHRASES[t]))

    # ---- formatting
    def f(self, fmt: str, **kw) -> S:
        out = S()
        pos = 0
        for m in _FMT.finditer(fmt):
            if m.start() > pos:
                out += fmt[pos:m.start()]
            pos = m.end()
            if m.group(3):
                out += K(m.group(4), m.group(3))
                continue
            key, attr = m.group(1), m.group(2)
            out += self.resolve(key, attr, kw)
        if pos < len(fmt):
            out += fmt[pos:]
        return out

    def resolve(self, key: str, attr: str | None, kw: dict) -> S:
        if key in kw:
            v = kw[key]
        else:
            v = self.auto(key, attr)
            if isinstance(v, S):
                return v
        if isinstance(v, Person):
            if attr == "phone":
                return self.PH(v)
            if attr == "email":
                return self.EM(v)
            if attr == "rel":
                return seg(v.rel)
            return self.N(v, attr)
        if callable(v):
            return seg(v())
        return seg(v)

    def auto(self, key: str, attr: str | None):
        m = _re.fullmatch(r"d(y?)(m|p)?(\d+)", key)
        if m:
            n = int(m.group(3)) * (-1 if m.group(2) == "m" else 1)
            d = self.day(n)
            return self.DY(d, attr) if m.group(1) else self.D(d, attr)
        pr = {"F": ("she", "her", "her", "She", "Her"), "M": ("he", "him", "his", "He", "His")}[self.pt.sex]
        table = {
            "pt": lambda: self.pt, "dob": lambda: self.D(self.dob, attr), "age": lambda: self.AGE(style=None),
            "agen": lambda: self.AGEN(), "mrn": self.MRN, "ssn": self.SSN, "hosp": lambda: self.hosp,
            "habbr": lambda: self.habbr, "addr": lambda: self.ADDR(), "city": self.CITY, "st": lambda: self.state,
            "zip": self.ZIP, "csz": self.CSZ, "fulladdr": self.FULLADDR, "phone": lambda: self.PH(self.pt),
            "email": lambda: self.EM(self.pt), "hp": self.HP, "acct": self.ACCT, "fax": self.FAX, "npi": self.NPI,
            "url": self.URL, "ip": self.IP, "he": lambda: pr[0], "him": lambda: pr[1], "his": lambda: pr[2],
            "He": lambda: pr[3], "His": lambda: pr[4], "sx": lambda: self.pt.sex,
            "sexw": lambda: "female" if self.pt.sex == "F" else "male",
            "man": lambda: "woman" if self.pt.sex == "F" else "man",
            "drug": self.DRUG, "drug0": lambda: self.DRUG(False), "lab": self.LAB, "vitals": self.VITALS,
            "score": self.SCORE, "code": self.CODE, "dx": self.DX, "dx0": lambda: self.DX(False), "epo": self.EPO,
            "abbr": self.ABBR, "sign": self.SIGN, "wl": self.WL, "will": lambda: K("will", "word"),
            "may": lambda: K("may", "word"), "oid": lambda: self.OID(attr or "any"), "ext": self.EXT,
            "time": lambda: f"{self.r.randint(0, 23):02d}{self.self_min()}",
            "time12": lambda: f"{self.r.randint(1, 12)}:{self.r.randint(0, 59):02d} {self.ch(['AM', 'PM', 'am', 'pm', 'a', 'p'])}",
            "ins": lambda: self.ch(INSURERS), "pharm": lambda: self.ch(PHARMACIES), "employer": lambda: self.ch(EMPLOYERS),
            "yr": lambda: str(self.base.year - self.r.randint(1, 15)),
        }
        if key not in table:
            raise KeyError(key)
        return table[key]()

    def self_min(self) -> str:
        return f"{self.r.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55, 12, 27, 48]):02d}"

    # ---- the patient record
    def record(self) -> dict:
        r = self.r
        addr = {"line": list(self.addr_lines), "city": self.city, "state": self.state, "postalCode": self.zip}
        return {
            "names": self.pt.ehr_names(with_native=True),
            "mrn": self.mrn,
            "phones": list(self.phones.get(id(self.pt), [])),
            "emails": [self.emails[id(self.pt)]] if id(self.pt) in self.emails else [],
            "address": addr,
            "birthDate": self.dob.isoformat(),
            "relatives": [{"relationship": p.rel, "names": p.ehr_names(with_native=False),
                           "phones": list(self.phones.get(id(p), []))} for p in self.relatives],
            "clinicians": [{"role": p.role, "names": p.ehr_names(with_native=False), "credential": p.cred}
                           for p in self.clinicians],
        }


# --------------------------------------------------------------------------------------
# Shared blocks
# --------------------------------------------------------------------------------------

def ident(c: Ctx) -> S:
    if c.pt.native and c.r.random() < .35:
        return c.f(f"{c.L('patient')}: {{pt.native}}\n{c.L('dob')}: {{dob}}   {c.L('mrn')}: {{mrn}}   Preferred language: {{lang}}\n",
                   lang=c.ch(["English", "English", "interpreter requested"]))
    st = c.r.randint(0, 6)
    if st == 0:
        return c.f(f"{c.L('patient')}: {{pt.lastfirst}}\n{c.L('dob')}: {{dob}}    {c.L('mrn')}: {{mrn}}\n")
    if st == 1:
        return c.f("{pt.LASTFIRST} | MRN {mrn} | DOB {dob} | {agen}{sx}\n")
    if st == 2:
        return c.f(f"{c.L('patient')}........ {{pt.full}}\n{c.L('dob')}........ {{dob}} ({{agen}} y)\n{c.L('mrn')}........ {{mrn}}\n")
    if st == 3:
        return c.f(f"{c.L('patient').upper()}:  {{pt.upper}}\n{c.L('mrn').upper()}:  {{mrn}}    {c.L('acct').upper()}:  {{acct}}\n{c.L('dob').upper()}:  {{dob}}\n")
    if st == 4:
        return c.f(f"{c.L('patient')}\t{{pt.fullmid}}\n{c.L('dob')}\t{{dob}}\n{c.L('mrn')}\t{{mrn}}\n{c.L('sex')}\t{{sexw}}\n")
    if st == 5:
        return c.f("Re: {pt.titlefull} (DOB {dob}; {habbr} #{mrn})\n")
    return c.f(f"{{pt.lastfirst}}  [{c.L('mrn')} {{mrn}}]  {c.L('dob')} {{dob}}\n")


def sig(c: Ctx, doc: Person) -> S:
    st = c.r.randint(0, 6)
    if st == 0:
        return c.f("\nElectronically signed by {doc.cred} on {d0} at {time}\n", doc=doc)
    if st == 1:
        return c.f("\n-- {doc.dr}\n{ext}\n", doc=doc)
    if st == 2:
        return c.f("\nDictated by: {doc.sig}\nD: {d0}  T: {dp1}\nJob #: {oid.order}\n", doc=doc)
    if st == 3:
        return c.f("\n{doc.fi_cred}  NPI {npi}\n", doc=doc)
    if st == 4:
        return c.f("\n{doc.full}, {cr}\n{hosp}\nPh {ph}  |  Fax {fax}\n", doc=doc, cr=doc.cred, ph=c.PH(None))
    if st == 5:
        return c.f("\nSigned: {doc.LASTFIRST_cred} {d0} {time}\n", doc=doc)
    return c.f("\n/{doc.init_cred}\n", doc=doc)


GENERIC_FILL = [
    "Meds reviewed: {drug}; {drug}; {drug}.\n",
    "Labs: {lab}, {lab}, {lab}. {wl}.\n",
    "Problem list: {dx}; {dx0}; {abbr}.\n",
    "Exam notable for {epo} and {dx0}. {vitals}.\n",
    "Plan discussed; {wl}. Continue {drug}. Screening: {score}.\n",
    "Hx of {dx}. Also {epo}. {abbr} noted.\n",
    "Recent results: {lab}; {lab}. Code {code} on the problem list.\n",
]


def fill(c: Ctx, extra: list[str] | None = None) -> S:
    pool = (extra or []) + GENERIC_FILL
    return c.f(c.ch(pool))


def maybe_lower(c: Ctx, p: float) -> None:
    if c.r.random() < p:
        c.lower = True


# --------------------------------------------------------------------------------------
# Note bodies. Each returns a list of blocks; filler goes before the last block.
# --------------------------------------------------------------------------------------

def discharge_formal(c: Ctx):
    att = c.clin("attending")
    pcp = c.clin("pcp")
    kin = c.rel(c.kin("daughter", "son", "wife", "husband", "niece"))
    return [
        c.f("{hosp}\nDISCHARGE SUMMARY\n\n"), ident(c),
        c.f("Admission date: {dm5}\nDischarge date: {d0}\nAttending: {att.drfull}\nPrimary care: {pcp.cred}\n\n", att=att, pcp=pcp),
        c.f("HISTORY OF PRESENT ILLNESS: {pt.title} is a {age} {man} with {dx} and {dx0} who presented with "
            "worsening dyspnea. {He} lives in {city} with {his} {k.rel}, {k.full}.\n\n", k=kin),
        c.f("HOSPITAL COURSE: Treated with {drug} and {drug}. {lab}; {lab}. {epo} was noted on exam. "
            "{wl}. Echo on {dym3} showed preserved function.\n\n"),
        c.f("DISCHARGE MEDICATIONS:\n1. {drug}\n2. {drug}\n3. {drug}\n\n"),
        c.f("FOLLOW-UP: {pcp.dr} on {dyp7}; call {ph} with questions. Home health referral #{oid.referral}.\n"
            "Contact: {k.first} ({k.rel}) {k.phone}.\n", pcp=pcp, k=kin, ph=c.PH(None)),
        sig(c, att),
    ]


def discharge_terse(c: Ctx):
    hosp = c.clin("hospitalist")
    res = c.clin("resident")
    return [
        c.f("DC SUMMARY  {habbr}\n"), ident(c),
        c.f("adm {dym4} -> dc {dy0}. LOS 4d\nDx: {dx}\n2nd: {dx0}, {abbr}, {abbr}\n\n"),
        c.f("{agen}{sx} w/ {dx0} adm for {dx0}. Rx'd {drug}. {vitals}. {lab}, {lab}.\n{epo}.\n"),
        c.f("dispo: home w/ {k.rel} {k.nick} ({k.phone})\n", k=c.rel(c.kin("son", "daughter", "granddaughter", "partner"))),
        c.f("f/u PCP 1 wk, cards 2-4 wk. pt {may} shower. {will} fax summary to {fax}.\n"),
        c.f("\n{res.last_cred} for {h.dr}\n", res=res, h=hosp),
    ]


def discharge_snf(c: Ctx):
    att = c.clin("attending")
    cm = c.clin("case manager")
    return [
        c.f("INTERFACILITY TRANSFER / DISCHARGE SUMMARY\nFrom: {hosp}   To: skilled nursing facility\n"), ident(c),
        c.f(f"{c.L('ssn')}: {{ssn}}   Medicare: {{mbi}}\nAddress: {{fulladdr}}\n", mbi=c.HP("mbi")),
        c.f("Dates: admitted {dm9}, discharged {d0}\nCode status: {abbr}; POLST on file dated {dm400}\n\n"),
        c.f("Reason for admission: {dx}.\nCourse: {pt.first} was treated for {dx0}; {lab}. Mobility limited "
            "({score}). {epo}. Will need PT/OT.\n\n"),
        c.f("Meds at transfer: {drug}; {drug}; {drug}; {drug}.\nAllergies: {abbr}\n"),
        c.f("Family: {k.full} ({k.rel}, health care POA) {k.phone}, {k.email}\nCM: {cm.cred} {ext}\n",
            k=c.rel(c.kin("daughter", "son", "niece", "nephew")), cm=cm),
        sig(c, att),
    ]


def ed_note(c: Ctx):
    doc = c.clin("attending", key="ed")
    rn = c.clin("nurse", record=False)
    return [
        c.f("EMERGENCY DEPARTMENT PROVIDER NOTE\n{hosp}\n"), ident(c),
        c.f("Arrival: {d0} {time} via EMS (run #{oid.run})\nTriage RN: {rn.fi_cred}\n\n", rn=rn),
        c.f("CC: {dx0}\nHPI: {age} {sexw} brought in by {k.rel} {k.first} after {wl}. Pt reports {drug0} use at home. "
            "Denies LOC. {He} {may} have missed doses.\n", k=c.rel(c.kin("son", "daughter", "wife", "husband"))),
        c.f("\nVitals: {vitals}\nExam: {abbr}, {epo}. {abbr}.\n"),
        c.f("ED course: {drug} given. {lab}, {lab}, {lab}. CT head neg.\n"),
        c.f("MDM: {dx}. Discussed with {cons.dr} (on call, {ph}).\nDispo: admit.\n", cons=c.clin("consultant"), ph=c.PH(None)),
        sig(c, doc),
    ]


def ed_trauma(c: Ctx):
    doc = c.clin("attending", key="ed")
    return [
        c.f("ED NOTE - TRAUMA ACTIVATION L2\n"), ident(c),
        c.f("DOS {d0}  {time}\nMVC, restrained driver. Vehicle: {veh} VIN {vin}, plate {plate}.\n"
            "Police report #{oid.case}; officer on scene: {cop}.\n", veh=c.ch(["2014 Silverado", "2019 Corolla", "2008 Accord", "2021 Tacoma", "2011 Escape"]),
            vin=c.VIN(), plate=c.PLATE(), cop=c.f("Ofc. {o.last}", o=c.other("officer"))),
        c.f("Primary: airway patent, {score}. {vitals}.\nSecondary: seatbelt sign, {epo}, abrasions L forearm.\n"),
        c.f("FAST neg. Imaging: CT C-spine neg; {lab}, {lab}.\nTx: {drug}, {drug}.\n"),
        c.f("{pt.first} asks that {his} {k.rel} {k.full} be called at {k.phone}. DL {dl} in belongings.\n",
            k=c.rel(c.kin("wife", "husband", "mother", "partner")), dl=c.DL()),
        c.f("Dx: {dx}\nDispo: obs, trauma surgery following.\n"),
        sig(c, doc),
    ]


def ed_fast(c: Ctx):
    np = c.clin("np", key="ednp")
    maybe_lower(c, .15)
    return [
        c.f("Fast Track Note  -  {habbr} ED\n"), ident(c),
        c.f("seen {d0} {time12}\nS: {agen} yo c/o {dx0} x3 days. {wl}. meds: {drug}.\n"),
        c.f("O: {vitals}. {epo}.\nA/P: {dx}. rx {drug}. return precautions given; work note for {employer}.\n"),
        c.f("pt's ride: {k.first} {k.phone}\n", k=c.rel(c.kin("partner", "sister", "brother", "cousin"))),
        c.f("\n{np.fi_cred}\n", np=np),
    ]


def hp_formal(c: Ctx):
    att = c.clin("attending")
    res = c.clin("resident")
    return [
        c.f("HISTORY AND PHYSICAL\n{hosp}\n"), ident(c),
        c.f("Date of admission: {d0}\nAdmitting physician: {att.drfull}\nPCP: {pcp.dr} ({ph})\n\n", att=att, pcp=c.clin("pcp"), ph=c.PH(None)),
        c.f("CHIEF COMPLAINT: {dx0}\n\nHPI: The patient is a {age} {man} with a history of {dx} who was in {his} usual "
            "state of health until {dym2}. {wl}.\n\n"),
        c.f("PMH: {dx0}; {dx0}; {epo}.\nPSH: cholecystectomy {yr}.\nSOCIAL: lives at {addr}, {city}; retired from {employer}. "
            "Former smoker.\nFAMILY: mother with {epo}.\n\n"),
        c.f("MEDICATIONS: {drug}; {drug}; {drug}.\nALLERGIES: {abbr}\n\nEXAM: {vitals}\n{abbr}. {epo}.\n\n"),
        c.f("LABS: {lab}, {lab}, {lab}, {lab}.\n\nASSESSMENT/PLAN: {dx}. Start {drug}. {will} consult cardiology.\n"),
        c.f("\n{res.cred}, PGY-2\nSeen and examined with {att.dr}; agree with above.\n", res=res, att=att),
    ]


def hp_shorthand(c: Ctx):
    doc = c.clin("hospitalist")
    return [
        c.f("H&P\n"), ident(c),
        c.f("{d0} {time}\nCC {dx0}\n\n{agen}{sx} h/o {abbr}, {abbr}, {dx0}, {epo} p/w {dx0}. per {k.rel} ({k.full}, {k.phone}) pt "
            "confused since {dym1}.\n", k=c.rel(c.kin("daughter", "son", "wife", "grandson"))),
        c.f("\nmeds: {drug} / {drug} / {drug}\nall: NKDA\nsoc: lives alone in {city}, {st}; no etoh\n"),
        c.f("\nPE {vitals}\ngen frail, {abbr}\nneuro {sign} neg\n"),
        c.f("\nlabs {lab} {lab} {lab}\n\nA/P\n# {dx}\n- {drug}\n- {wl}\n# {dx0}\n- {abbr}\n"),
        c.f("\n{doc.last_cred} {ext}\n", doc=doc),
    ]


def progress_soap(c: Ctx):
    doc = c.clin(c.ch(["hospitalist", "attending", "resident"]))
    return [
        c.f("Progress Note - Hospital Day {n}\n".replace("{n}", str(c.r.randint(2, 9)))), ident(c),
        c.f("Date: {d0}\n\nS: {pt.first} reports feeling better. {wl}. {k.rel} {k.first} at bedside overnight.\n",
            k=c.rel(c.kin("wife", "husband", "daughter", "son", "partner"))),
        c.f("O: {vitals}\nI/O -450. {epo}. {abbr}.\nLabs: {lab}, {lab}, {lab}\n"),
        c.f("A/P: {agen} y/o with {dx}.\n1. {dx0}: continue {drug}; {may} transition to PO.\n2. {dx0}: {drug}.\n"
            "3. Dispo: anticipate d/c {dyp2}.\n"),
        sig(c, doc),
    ]


def progress_outpt(c: Ctx):
    pcp = c.clin("pcp")
    return [
        c.f("{hosp} - Family Medicine\nOFFICE VISIT\n"), ident(c),
        c.f("Visit date: {d0}    Last visit: {dm90}\nInsurance: {ins}  {ins_l} {hp}\n\n", ins_l=c.L("ins")),
        c.f("Subjective: {pt.title} returns for {dx0}. Home readings reviewed (MyChart message of {dym10}). {wl}. "
            "Works at {employer}.\n"),
        c.f("ROS neg except as above.\nObjective: {vitals}. {epo}.\nResults: {lab} ({dm20}); {lab}.\n"),
        c.f("Assessment and plan:\n- {dx}: {drug}\n- {dx}: {drug}\n- Health maintenance: {score}; flu shot today.\n"
            "RTC 3 months. {will} call with results at {phone}.\n"),
        sig(c, pcp),
    ]


def progress_problem(c: Ctx):
    doc = c.clin("attending")
    return [
        c.f("PROGRESS NOTE  |  {d0}  |  {hosp}\n"), ident(c),
        c.f("Interval: Overnight events reviewed with RN {rn.first}. {wl}.\n", rn=c.clin("nurse", record=False)),
        c.f("Exam: {vitals} | {abbr} | {epo}\n"),
        c.f("Data: {lab} | {lab} | {lab} | {lab}\n"),
        c.f("Problem-based:\n#{dx}\n  - {drug}\n  - trend {lab}\n#{dx0}\n  - {drug}\n#Goals of care: spoke with {k.titlefull} ({k.rel}) at {k.phone}; "
            "remains full code.\n", k=c.rel(c.kin("daughter", "son", "niece", "wife"))),
        sig(c, doc),
    ]


def nursing_flow(c: Ctx):
    rn = c.clin("nurse")
    rows = S()
    for h in range(c.r.randint(3, 5)):
        rows += c.f("{time} | {vitals} | {score} | {init}\n", vitals=c.VITALS(" "), init=c.N(rn, "init_cred"))
    return [
        c.f("NURSING FLOWSHEET  {habbr} 4 West\n"), ident(c),
        c.f("Shift: {d0} 0700-1900   Primary RN: {rn.cred}\n\nTIME | VITALS | SCORE | INIT\n", rn=rn), rows,
        c.f("\nIV: {drug} infusing R forearm PIV placed {dym1}.\nSkin: {score}; {epo} in place.\n"),
        c.f("Family: {k.rel} {k.first} visited, updated; prefers calls to {k.phone}.\n", k=c.rel(c.kin("daughter", "son", "wife", "husband"))),
        c.f("Handoff to {rn2.first}, RN at 1900 via {abbr}.\n", rn2=c.clin("nurse", record=False, key="rn2")),
    ]


def nursing_narrative(c: Ctx):
    rn = c.clin("nurse")
    return [
        c.f("Nursing Progress Note\n"), ident(c),
        c.f("{d0} {time}: Pt resting in bed, {abbr}. {vitals}. {pt.first} states pain {score}. {drug} given per MAR.\n"),
        c.f("{time}: {wl}. Pt ambulated to bathroom with assist x1; {score}. Bed alarm on.\n"),
        c.f("{time}: {k.rel} ({k.full}) called from {kcity} asking for update; HIPAA password verified. Callback {k.phone}.\n",
            k=c.rel(c.kin("daughter", "son", "sister", "nephew")), kcity=P(c.ch(P_CITIES)[0], "CITY")),
        c.f("{time}: {lab} resulted, {doc.dr} notified via secure chat, new order for {drug}.\n", doc=c.clin("hospitalist")),
        c.f("Foley care done. {epo}. Call light in reach.\n"),
        c.f("-- {rn.full}, {cr}\n", rn=rn, cr=rn.cred),
    ]


def nursing_admit(c: Ctx):
    rn = c.clin("nurse")
    interp = c.clin("interpreter", record=False)
    interp.cred = ""
    return [
        c.f("NURSING ADMISSION ASSESSMENT\n"), ident(c),
        c.f("Admit date/time: {d0} {time}\nArrived from: ED\nPreferred language: {lang}; interpreter {i.full} (ID {iid}) used.\n",
            lang=c.ch(["Spanish", "Vietnamese", "Arabic", "Somali", "Russian", "Tagalog", "Amharic", "Mandarin"]), i=interp,
            iid=P(str(c.r.randint(10000, 99999)), "OTHER_ID")),
        c.f("Emergency contact: {k.lastfirst} ({k.rel})  Ph: {k.phone}\nHome address: {fulladdr}\n", k=c.rel(c.kin("son", "daughter", "wife", "husband"))),
        c.f("Valuables: glasses, wallet (DL {dl}), phone. Sent home with family.\n", dl=c.DL()),
        c.f("Devices: {dev_name} SN {sn}\n", dev_name=c.ch(["pacemaker", "insulin pump", "CPAP", "ICD", "hearing aids"]), sn=c.DEV()),
        c.f("Assessment: {vitals}. {score}; {score}. {epo}. {abbr}.\nHome meds: {drug}; {drug}.\n"),
        c.f("Admission education done. {wl}.\n{rn.cred}\n", rn=rn),
    ]


def phone_triage(c: Ctx):
    rn = c.clin("nurse", key="triage")
    caller = c.rel(c.kin("daughter", "son", "wife", "husband", "mother"))
    return [
        c.f("TELEPHONE ENCOUNTER\n"), ident(c),
        c.f("Call received {d0} {time12} from {k.full} ({k.rel}) at {k.phone}.\n", k=caller),
        c.f("Reason: {dx0}. Caller states {pt.first} has been more tired since {dym3}; {wl}. Taking {drug}.\n"),
        c.f("Triage protocol: {abbr}. Pt {may} be seen at urgent care. Advised ED if worse.\n"),
        c.f("Routed to {pcp.dr} for review. Pharmacy on file: {pharm} ({ph}).\n", pcp=c.clin("pcp"), ph=c.PH(None)),
        c.f("Callback # confirmed {phone}. Caller verbalized understanding.\n"),
        c.f("{rn.cred} {d0} {time}\n", rn=rn),
    ]


def phone_refill(c: Ctx):
    ma = c.clin("nurse", key="ma")
    ma.cred = c.ch(["CMA", "MA", "LPN"])
    maybe_lower(c, .2)
    return [
        c.f("Phone Note - Rx refill\n"), ident(c),
        c.f("{d0}: Pt called requesting refill of {drug}. Last filled {dym28}. Rx #{oid.rx} at {pharm}.\n"),
        c.f("Pt also asked about {lab} from {dym14}; {wl}.\n"),
        c.f("Per protocol sent 90-day supply; {abbr}. Pt {will} keep appt on {dyp21}.\nPt # {phone} (VM ok). Alt: {k.rel} {k.phone}\n",
            k=c.rel(c.kin("husband", "wife", "daughter", "son"))),
        c.f("Next labs: {lab}. Dx {dx}.\n"),
        c.f("{ma.fi_cred}\n", ma=ma),
    ]


def phone_afterhours(c: Ctx):
    doc = c.clin("pcp", key="oncall")
    return [
        c.f("AFTER-HOURS ANSWERING SERVICE MESSAGE\nMsg ID: {mid}\n", mid=c.OID("order")),
        c.f("Taken {d0} {time} by operator {op}\n", op=c.f("{o.first}", o=c.other("operator"))),
        c.f("Caller: {k.nick} {kfam} ({k.rel} of {pt.full}, DOB {dob})\nCallback: {k.phone}\nAlt: {phone}\n",
            k=c.rel(c.kin("wife", "husband", "son", "daughter")), kfam=P(c.pt.family, "NAME")),
        c.f("Message: says {he} is short of breath, {wl}. Uses {drug}. Has {dx0}.\n"),
        c.f("\nOn-call response ({doc.drfull}): spoke w/ caller at {time}. {vitals} per home cuff. Advised ED eval at {hosp}. "
            "{will} notify day team.\n", doc=doc),
    ]


def portal_thread(c: Ctx):
    pcp = c.clin("pcp")
    maybe_lower(c, .25)
    return [
        c.f("MyChart Message Thread\nPatient: {pt.full}   MRN {mrn}\n"),
        c.f("\n--- {d0} {time12} from patient ---\nSubject: question about my meds\n"
            "Hi {pcp.dr}, this is {pt.first}. my {drug0} is making me dizzy since {dym4}. should I cut it in half? "
            "my {k.rel} {k.first} says my bp was {vit}. {wl}. thanks, {pt.first}\nsent from my iPhone\n",
            pcp=pcp, k=c.rel(c.kin("husband", "wife", "daughter", "son")), vit=K(f"{c.r.randint(88, 190)}/{c.r.randint(50, 104)}", "vital")),
        c.f("\n--- {d0} reply from {rn.cred} ---\nHi {pt.first}, {pcp.dr} reviewed. Please hold {drug0} and check BP twice daily. "
            "Call us at {ph} if symptoms persist.\n", rn=c.clin("nurse"), pcp=pcp, ph=c.PH(None)),
        c.f("\n--- {dp1} from patient ---\nok. also my new email is {email} and cell {phone}. i moved to {addr}, {csz}.\n"),
    ]


def portal_proxy(c: Ctx):
    kid = c.rel(c.kin("daughter", "son", "granddaughter"))
    return [
        c.f("Patient Portal - Proxy Message\nProxy user: {k.full} <{k.email}>\nOn behalf of: {pt.lastfirst} (DOB {dob})\n", k=kid),
        c.f("Sent: {d0}\nTo: {pcp.full} care team\n\n", pcp=c.clin("pcp")),
        c.f("Hello, I'm writing for my {rel0} who is {age}. {He} had a fall on {dym6} and now {wl}. "
            "{He} is on {drug} and {drug}. The home health nurse ({hh.first}) said to message you. "
            "Can we get a referral for PT? Our fax at home is {fax}.\n\n", rel0="mom" if c.pt.sex == "F" else "dad",
            hh=c.clin("nurse", record=False, key="hh")),
        c.f("Also FYI {his} Medicare # changed, new one is {mbi}.\nThank you,\n{k.first}\n{k.phone}\n", k=kid, mbi=c.HP("mbi")),
        c.f("\n[auto] Message received from IP {ip} at {time}.\n"),
    ]


def portal_text(c: Ctx):
    c.lower = True
    return [
        c.f("patient message {d0}\n"),
        c.f("hey its {pt.first} {pt.last} dob {dob}. cant make my appt on {dyp2} bc my ride ({fr}) cant drive me, can we do video? "
            "my zoom is {url}. {wl}. also {drug} ran out, {pharm} on main st.\n", fr=c.f("{o.first}", o=c.other("friend"))),
        c.f("\nreply: hi {pt.first}! yes we can switch to telehealth. link will come by text to {phone}. i sent the refill. - {rn.first} ({rn.cred})\n",
            rn=c.clin("nurse")),
        c.f("\npatient: ty!! also the bill says acct {acct} but i already paid, my card ended in {last4}\n", last4=P(digits(c.r, 4), "ACCOUNT")),
        c.f("\nreply: forwarding to billing at {ph}. your problem list shows {dx0}; keep taking {drug}.\n", ph=c.PH(None)),
    ]


def referral_letter(c: Ctx):
    c.sections = LETTER_SECTIONS
    pcp = c.clin("pcp")
    spec = c.clin("consultant")
    return [
        c.f("{hosp}\n{addr2}\n{csz2}\nTel {ph}  Fax {fax}\n\n{d0}\n\n", addr2=c.other_addr()[0], csz2=c.other_addr()[1], ph=c.PH(None)),
        c.f("{spec.drfull}\nDepartment of {dept}\n\nRe: {pt.full}, DOB {dob}, MRN {mrn}\nReferral #: {oid.referral}\n\n",
            spec=spec, dept=c.ch(["Cardiology", "Neurology", "Rheumatology", "Gastroenterology", "Nephrology", "Endocrinology"])),
        c.f("Dear {spec.dr},\n\nThank you for seeing {pt.titlefull}, a {age} {man} with {dx} and {epo}, for evaluation. "
            "{His} {lab} and {lab} are attached. Current medications include {drug} and {drug}.\n\n", spec=spec),
        c.f("{He} can be reached at {phone}; {his} {k.rel}, {k.full}, helps with transportation ({k.phone}). {wl}.\n\n",
            k=c.rel(c.kin("daughter", "son", "husband", "wife"))),
        c.f("Insurance: {ins}, member {hp}.\n\nSincerely,\n{pcp.fullmid_cred}\nNPI {npi}\n", pcp=pcp),
    ]


def consult_reply(c: Ctx):
    spec = c.clin("consultant")
    pcp = c.clin("pcp")
    return [
        c.f("CONSULTATION REPORT\n"), ident(c),
        c.f("Date of consult: {d0}\nRequesting: {pcp.drfull}\nConsultant: {spec.cred}\n\n", pcp=pcp, spec=spec),
        c.f("Reason: {dx0}.\n\nHistory: {pt.title} is {age} and was referred after {lab} on {dym30}. {wl}. "
            "{He} lives with {his} {k.rel}, {k.nick}.\n", k=c.rel(c.kin("wife", "husband", "partner", "son"))),
        c.f("Exam: {vitals}. {epo}. {epo}.\nData: {lab}; {lab}; codes {code}, {code}.\n"),
        c.f("Impression: {dx}.\nRecommendations:\n1. {drug}\n2. {drug}\n3. {will} see back {dyp30}.\n"),
        c.f("Thank you, {pcp.dr}, for this referral. cc: {pcp.full}, fax {fax}\n", pcp=pcp),
        sig(c, spec),
    ]


def operative(c: Ctx):
    surg = c.clin("surgeon")
    asst = c.clin("resident", key="asst")
    anes = c.clin("anesthesia")
    proc = c.ch([("laparoscopic cholecystectomy", "47562"), ("right total knee arthroplasty", "27447"),
                 ("laparoscopic appendectomy", "44970"), ("left total hip arthroplasty", "27130"),
                 ("knee arthroscopy with partial meniscectomy", "29881"), ("EGD with biopsy", "43239")])
    return [
        c.f("OPERATIVE REPORT\n{hosp}\n"), ident(c),
        c.f("Date of surgery: {d0}\nSurgeon: {s.drfull}\nAssistant: {a.cred}\nAnesthesia: {an.cred}, general\n\n", s=surg, a=asst, an=anes),
        c.f("Preoperative diagnosis: {dx}\nProcedure: {pr} (CPT {cpt})\nImplants: {imp}, lot {lot}, serial {sn}\n\n",
            pr=K(proc[0], "diagnosis"), cpt=K(proc[1], "code"), imp=c.ch(["tibial component", "femoral stem", "acetabular cup", "suture anchor"]),
            lot=digits(c.r, 6) + letters(c.r, 1), sn=c.DEV()),
        c.f("Indications: {age} {man} with {dx0} refractory to {drug}. Risks discussed with patient and {k.rel} {k.full}.\n\n",
            k=c.rel(c.kin("wife", "husband", "daughter", "son"))),
        c.f("Description: Patient identified in holding area, time-out performed. Positioned supine; {sign} checked preop. "
            "Prepped and draped. {drug} given pre-incision. EBL 50 mL. Specimen to pathology (accession {oid.accession}). "
            "{wl}.\n\nDisposition: PACU, stable. {vitals}.\n"),
        sig(c, surg),
    ]


def operative_brief(c: Ctx):
    surg = c.clin("surgeon")
    return [
        c.f("BRIEF OP NOTE\n"), ident(c),
        c.f("Date {d0}\nPre-op dx: {dx0}\nPost-op dx: same\nProcedure: {epo}\nSurgeon: {s.last_cred}\nAsst: {a.fi_cred}\n", s=surg,
            a=c.clin("np", key="asst")),
        c.f("Anesthesia: GETA by {an.dr}\nEBL: 25 mL  Fluids: 1 L LR  UOP: 200\nSpecimens: {oid.specimen}\nDrains: none\n", an=c.clin("anesthesia")),
        c.f("Complications: none\nFindings: {dx0}; {lab}.\nCondition: stable to PACU.\nPlan: {drug}; {may} advance diet; family ({k.first}) updated by phone {k.phone}.\n",
            k=c.rel(c.kin("wife", "husband", "mother", "daughter"))),
        c.f("{s.last_cred} {time}\n", s=surg),
    ]


def radiology(c: Ctx):
    rad = c.clin("radiologist")
    exam = c.ch([("CT CHEST WITHOUT CONTRAST", "71250"), ("MRI BRAIN WITH AND WITHOUT CONTRAST", "70553"),
                 ("CT ABDOMEN PELVIS WITH CONTRAST", "74177"), ("XR CHEST 2 VIEWS", "71046"), ("US RIGHT UPPER QUADRANT", "76705"),
                 ("CT HEAD WITHOUT CONTRAST", "70450")])
    return [
        c.f("{hosp} - Department of Radiology\n\n"),
        c.f("EXAM: {ex}   CPT {cpt}\nPATIENT: {pt.LASTFIRST}   MRN: {mrn}   DOB: {dob}\nACCESSION: {oid.accession}\nORDERING: {o.LASTFIRST_cred}\n"
            "EXAM DATE: {d0} {time}\n\n", ex=exam[0], cpt=K(exam[1], "code"), o=c.clin("pcp")),
        c.f("CLINICAL HISTORY: {agen} year old with {dx0}.\n\nCOMPARISON: {dm200}.\n\n"),
        c.f("FINDINGS: No acute intracranial hemorrhage. Mild chronic small vessel change. Incidental {epo}. "
            "Lines and tubes: {epo} in expected position.\n\n"),
        c.f("IMPRESSION:\n1. {dx0}.\n2. No acute findings. Follow-up recommended in 6-12 months.\n\n"),
        c.f("Critical result communicated to {n.cred} at {time} on {dy0} by phone ({ph}), read back confirmed.\n",
            n=c.clin("nurse", record=False), ph=c.PH(None)),
        c.f("\nDictated and signed by {r.drfull} | Workstation {ws}\n", r=rad, ws=c.ch(["RAD-WS12", "PACS3", "HRWS-07"])),
    ]


def radiology_us(c: Ctx):
    rad = c.clin("radiologist")
    return [
        c.f("ULTRASOUND REPORT\n"), ident(c),
        c.f("Study date: {d0}   Sonographer: {s.first} {sl}   Reading: {r.dr}\n", s=c.clin("nurse", record=False, key="sono"),
            sl=c.ch(["RDMS", "RVT"]), r=rad),
        c.f("Indication: {dx0}; {lab}.\nTechnique: grayscale and Doppler.\n"),
        c.f("Findings: gallbladder wall 4 mm; {sign} negative sonographically. CBD 5 mm. Liver echotexture normal. "
            "Right kidney 10.8 cm, left 11.1 cm. {wl}.\n"),
        c.f("Impression: {dx}.\nPrior outside study {dm400} from another facility reviewed (their acc {oid.accession}).\n"),
        c.f("Images sent to PACS node {ip}.\n{r.sig}\n", r=rad),
    ]


def pathology(c: Ctx):
    path = c.clin("pathologist")
    return [
        c.f("SURGICAL PATHOLOGY REPORT\n{hosp} Laboratory  CLIA #{clia}\n\n", clia=P(f"{c.r.randint(10, 52)}D{digits(c.r, 7)}", "OTHER_ID")),
        c.f("Accession: {oid.accession}\nPatient: {pt.LASTFIRST}   Sex: {sx}   Age: {agen}\nMRN: {mrn}   Acct: {acct}\n"
            "Collected: {dm2}   Received: {dm1}   Reported: {d0}\nSubmitting: {s.drfull}\n\n", s=c.clin("surgeon")),
        c.f("CLINICAL HISTORY: {dx0}.\n\nGROSS DESCRIPTION: Received in formalin labeled with the patient's name and "
            "medical record number, a tan-pink tissue measuring 3.2 x 1.1 x 0.8 cm. Entirely submitted in cassettes A1-A3.\n\n"),
        c.f("MICROSCOPIC: Sections show {dx0}. {epo}. Immunostains: CK7 positive, CK20 negative.\n\n"),
        c.f("FINAL DIAGNOSIS:\nA. {dx}\n   - Margins negative.\n   - {code}\n\nCPT: {cpt}\n", cpt=K(c.ch(["88305", "88307", "88309"]), "code")),
        c.f("\nI have personally reviewed the slides. {p.sig} {d0}\n", p=path),
    ]


def pathology_cyto(c: Ctx):
    path = c.clin("pathologist")
    return [
        c.f("CYTOLOGY / LAB REPORT\n"), ident(c),
        c.f("Specimen #: {oid.specimen}   Source: {src}\nCollected {dm3} by {n.fi_cred}; received {dm2}\n",
            src=c.ch(["cervix, ThinPrep", "FNA thyroid", "pleural fluid", "urine"]), n=c.clin("nurse", record=False)),
        c.f("Result: {dx0}. {epo}. Bethesda category II.\n{lab}; {lab}.\n"),
        c.f("Comment: Correlate clinically. Results phoned to {o.dr}'s office ({ph}) on {dy1}.\n", o=c.clin("pcp"), ph=c.PH(None)),
        c.f("Electronically verified: {p.LASTFIRST_cred}\n", p=path),
    ]


def socialwork(c: Ctx):
    sw = c.clin("social worker")
    kin = c.rel(c.kin("daughter", "son", "niece", "granddaughter"))
    nb = c.other("neighbor")
    return [
        c.f("SOCIAL WORK ASSESSMENT\n"), ident(c),
        c.f("Date: {d0}\nReferral source: {r.dr} for discharge planning.\n\n", r=c.clin("hospitalist")),
        c.f("Psychosocial: {pt.first} is a {age} {man} who lives alone at {fulladdr}. Widowed. Worked {yrs} years at {employer}. "
            "Main support is {k.rel} {k.full} ({k.phone}), who lives in {kcity}. Neighbor {nb.full} checks in daily and has a key.\n\n",
            yrs=str(c.r.randint(8, 40)), k=kin, kcity=P(c.ch(P_CITIES)[0], "CITY"), nb=nb),
        c.f("Financial: SSI and pension; {ins} ID {hp}. SSN on file {ssn}. Direct deposit acct ending {last4}.\n",
            last4=P(digits(c.r, 4), "ACCOUNT")),
        c.f("Risk: {score}. {wl}. APS report filed {dym2}, case #{oid.case}, worker {aps.first} {aps.last} ({ph}).\n",
            aps=c.other("aps worker"), ph=c.PH(None)),
        c.f("Plan: SNF referrals sent; {k.first} {may} tour facilities. Diagnoses on file: {dx0}, {epo}.\n", k=kin),
        sig(c, sw),
    ]


def socialwork_brief(c: Ctx):
    sw = c.clin("social worker")
    maybe_lower(c, .1)
    return [
        c.f("SW note {d0}\n"), ident(c),
        c.f("met w/ pt + {k.rel} ({k.first}). pt homeless x2 mo since eviction from {addr_old}; staying w/ friend {fr.first} at {addr2}. "
            "phone {phone}. {wl}.\n", k=c.rel(c.kin("mother", "sister", "brother", "aunt")), addr_old=c.other_addr()[0],
            fr=c.other("friend"), addr2=c.other_addr()[0]),
        c.f("benefits: medicaid pending, app # {oid.case}. ID docs: state ID only, DL suspended ({dl}).\n", dl=c.DL()),
        c.f("car: {car} plate {plate}, sleeping in it some nights.\n", car=c.ch(["blue 2006 Impala", "white minivan", "red Civic"]), plate=c.PLATE()),
        c.f("dx: {dx0}; {dx0}. meds {drug}.\nplan: shelter list, bus pass, f/u {dyp3}.\n"),
        c.f("-{sw.fi_cred} {ext}\n", sw=sw),
    ]


def casemgmt_ur(c: Ctx):
    cm = c.clin("case manager")
    return [
        c.f("CASE MANAGEMENT / UTILIZATION REVIEW\n"), ident(c),
        c.f("Payer: {ins}\n{il}: {hp}\nAuth #: {oid.auth}\nClaim ref: {oid.claim}\nReviewer at payer: {rv.full}, RN ({ph})\n",
            il=c.L("ins"), rv=c.other("payer reviewer"), ph=c.PH(None)),
        c.f("Admit {dm3} inpatient. Criteria: {dx} met. Continued stay reviewed {d0}.\n"),
        c.f("Clinicals faxed to {fax}: {vitals}; {lab}; {drug} IV.\n"),
        c.f("Discharge plan: home with home health; agency {agency} accepted, start of care {dyp1}. DME: walker, commode. "
            "{k.rel} {k.full} to transport, {k.phone}.\n", agency=c.ch(["Heartland Home Care", "Visiting Nurse Assn", "BrightPath Home Health"]),
            k=c.rel(c.kin("son", "daughter", "wife", "husband"))),
        c.f("{wl}. Medicare IM letter given {dy0}.\n"),
        sig(c, cm),
    ]


def casemgmt_letter(c: Ctx):
    c.sections = LETTER_SECTIONS
    doc = c.clin("attending")
    return [
        c.f("{hosp}\nOffice of Utilization Management\n\n{d0}\n\n{ins}\nAppeals Department\nPO Box {box}\n{csz2}\n\n",
            box=str(c.r.randint(1000, 99999)), csz2=c.other_addr()[1]),
        c.f("RE: Expedited appeal\nMember: {pt.full}\nMember ID: {hp}\nDate of birth: {dob}\nClaim #: {oid.claim}\nDenial letter dated {dm10}\n\n"),
        c.f("To whom it may concern:\n\nI am writing on behalf of my patient, {pt.titlefull}, who is {age} and has {dx} and {dx0}. "
            "The request for {drug} was denied as not medically necessary. {His} {lab} and {lab} document failure of {drug}. "
            "{epo} further limits alternatives.\n\n"),
        c.f("Please reconsider. I can be reached at {ph} or by fax at {fax}; my NPI is {npi} and DEA {dea}.\n\n"
            "Sincerely,\n\n{doc.fullmid_cred}\n", ph=c.PH(None), dea=c.DEA(doc), doc=doc),
    ]


def pharmacy_medrec(c: Ctx):
    ph = c.clin("pharmacist")
    rows = S()
    for _ in range(c.r.randint(4, 6)):
        rows += c.f("| {drug0} | {fr} | {st2} |\n", fr=c.ch(FREQS), st2=c.ch(["continue", "hold", "changed", "stop", "new"]))
    return [
        c.f("PHARMACY MEDICATION RECONCILIATION\n"), ident(c),
        c.f("Date: {d0}   Sources: pt interview, {k.rel} {k.first}, fill history from {pharm} ({pph})\n",
            k=c.rel(c.kin("daughter", "wife", "husband", "son")), pph=c.PH(None)),
        c.f("\n| Medication | Frequency | Action |\n|---|---|---|\n"), rows,
        c.f("\nInteractions: {drug0} + {drug0} - monitor {lab}.\nRenal dosing per {lab}.\n{wl}.\n"),
        c.f("Prescriber notified: {d.dr}. Rx numbers verified ({oid.rx}, {oid.rx}).\n", d=c.clin("hospitalist")),
        c.f("{p.cred}\n", p=ph),
    ]


def pharmacy_anticoag(c: Ctx):
    ph = c.clin("pharmacist")
    rows = S()
    d0 = -42
    for _ in range(c.r.randint(3, 5)):
        d0 += c.r.randint(7, 14)
        rows += c.f("{dt}\t{inr}\t{dose}\t{init}\n", dt=c.D(c.day(d0 - 20)), inr=K(f"INR {c.r.randint(14, 39) / 10:.1f}", "lab"),
                    dose=K(f"warfarin {c.ch(['5 mg', '2.5 mg', '7.5 mg', '5 mg alt 2.5 mg'])}", "drug"), init=c.N(ph, "init"))
    return [
        c.f("ANTICOAGULATION CLINIC - PHARMACIST NOTE\n"), ident(c),
        c.f("Indication: {dx0} ({epo}); goal INR 2-3\nVisit {d0}, telephone.\n\nDate\tINR\tDose\tBy\n"), rows,
        c.f("\nToday: {lab}. Pt reports {wl}. No bleeding. Diet stable.\nPlan: continue current dose; recheck {dyp14}.\n"),
        c.f("Spoke with pt at {phone}; {k.rel} {k.first} also on line.\n", k=c.rel(c.kin("wife", "husband", "daughter"))),
        c.f("{p.full}, {cr}  CPP license {lic}\n", p=ph, cr=ph.cred, lic=c.PROF_LIC()),
    ]


def therapy_eval(c: Ctx):
    pt_ = c.clin("therapist")
    return [
        c.f("PHYSICAL THERAPY INITIAL EVALUATION\n"), ident(c),
        c.f("Date of eval: {d0}\nReferring: {r.drfull}\nDx: {dx} / {code}\nOnset: {dym14}\n\n", r=c.clin("pcp")),
        c.f("Subjective: pt reports {wl}. Lives in a 2-story home at {addr} with {k.rel} {k.first}. Goal: return to church and gardening.\n",
            k=c.rel(c.kin("wife", "husband", "daughter", "son"))),
        c.f("Objective: {vitals}\nStrength: hip flex 4/5 R, 3+/5 L. {score}. {score}. TUG 18 sec.\nSpecial tests: {sign}; {sign}.\n"),
        c.f("Assessment: {agen} y/o presents with impaired balance and gait; high fall risk.\nPlan: 2x/wk x 6 wk; HEP issued. {will} reassess {dyp30}.\n"
            "CPT {cpt1}, {cpt2}\n", cpt1=K("97161", "code"), cpt2=K("97110", "code")),
        c.f("{t.cred}  Lic #{lic}\n", t=pt_, lic=c.PROF_LIC()),
    ]


def therapy_daily(c: Ctx):
    t = c.clin("therapist")
    maybe_lower(c, .1)
    return [
        c.f("PT Daily Note  Visit 4 of 12\n"), ident(c),
        c.f("DOS {d0}\nS: \"{quote}\" - {pt.first}\n", quote=c.ch(["my knee is better but stairs are hard", "I did my exercises most days",
                                                                    "the pain was bad after church Sunday"])),
        c.f("O: ther ex x25 min, gait training x15 min with RW; {score}. {vitals}.\n{sign} negative. {wl}.\n"),
        c.f("A: progressing toward STG. {dx0}.\nP: cont POC; next visit {dyp3}. {k.rel} {k.first} to attend for caregiver training.\n",
            k=c.rel(c.kin("wife", "husband", "son", "daughter"))),
        c.f("{t.fi_cred}\n", t=t),
    ]


def homehealth(c: Ctx):
    rn = c.clin("nurse", key="hh")
    aide = c.clin("aide", record=False)
    return [
        c.f("HOME HEALTH SKILLED NURSING VISIT\nAgency: {agency}   Provider #: {prov}\n", agency=c.ch(["Riverbend Home Health", "Hearthstone Home Care", "Cedar & Sage Visiting Nurses"]),
            prov=P(digits(c.r, 6), "OTHER_ID")),
        ident(c),
        c.f("Visit: {d0}  Time in {time} / out {time}\nAddress: {fulladdr}\nGate code / directions: white house past the church, dog named {dog}.\n",
            dog=c.ch(["Biscuit", "Duke", "Rosie", "Tank", "Peanut"])),
        c.f("Homebound status: {dx0}; requires assist of 1 and walker.\n{vitals}\n{lab} (POC)\nWound: {epo}; {score}.\n"),
        c.f("Meds: {drug}; {drug}. Pill organizer filled by {k.rel} {k.first} ({k.phone}). {wl}.\n", k=c.rel(c.kin("daughter", "son", "wife", "husband", "niece"))),
        c.f("Aide {a.first} visits M/W/F. Next SN visit {dyp7}. Physician {d.dr} notified of {lab}.\n", a=aide, d=c.clin("pcp")),
        c.f("{n.cred}\n", n=rn),
    ]


def homehealth_oasis(c: Ctx):
    rn = c.clin("nurse", key="hh")
    return [
        c.f("OASIS START OF CARE\n"),
        c.f("M0040 Name: {pt.LASTFIRST}\nM0064 SSN: {ssn}\nM0063 Medicare #: {mbi}\nM0065 Medicaid #: {mcd}\nM0066 Birth date: {dob}\n"
            "M0050 State: {st}  M0060 ZIP: {zip}\nM0020 Patient ID: {mrn}\nM0090 Assessment completed: {d0}\n", mbi=c.HP("mbi"), mcd=c.HP("mcd")),
        c.f("M1021 Primary dx: {dx}\nM1023 Other: {dx}\nM1033 Risk: {score}\nM1800-1860 ADLs: needs assist.\n"),
        c.f("Caregiver: {k.full} ({k.rel}), {k.phone}, lives {where}.\n", k=c.rel(c.kin("daughter", "son", "wife", "husband")),
            where=c.ch(["in home", "next door", "20 minutes away"])),
        c.f("Equipment: {dev} serial {sn}; oxygen concentrator SN {sn2}.\n", dev=c.ch(["hospital bed", "CPAP", "insulin pump"]), sn=c.DEV(), sn2=c.DEV()),
        c.f("Narrative: {wl}. {epo}. Teaching on {drug}. Physician orders from {d.drfull}, NPI {npi}.\n", d=c.clin("pcp")),
        c.f("{n.sig}\n", n=rn),
    ]


def behavioral_intake(c: Ctx):
    psy = c.clin("psychiatrist")
    return [
        c.f("PSYCHIATRIC INTAKE EVALUATION\n{hosp} Behavioral Health\n"), ident(c),
        c.f("Date: {d0}\nLegal status: voluntary\nSource: self, accompanied by {k.rel} {k.full}\n\n", k=c.rel(c.kin("mother", "sister", "partner", "husband", "wife"))),
        c.f("CC: \"I can't sleep and I keep thinking about it.\"\nHPI: {pt.first} is a {age} {man} with {dx} since {yr}. "
            "Stressors: job loss at {employer} on {dym40}, conflict with ex-{ex_rel} {ex.first}. {wl}.\n",
            ex_rel=c.ch(["husband", "wife", "boyfriend", "girlfriend"]), ex=c.other("ex-partner")),
        c.f("Screening: {score}; {score}; {score}.\nSubstance: {abbr}; {drug0} prescribed.\n"),
        c.f("MSE: alert, {abbr}, mood \"low\", affect constricted, no SI/HI, insight fair.\n"),
        c.f("Dx: {dx}\nPlan: start {drug}; therapy with {t.full}, {tc}; safety plan reviewed; crisis line 988.\n",
            t=c.clin("counselor"), tc=c.ch(["LPC", "LCSW", "PsyD"])),
        sig(c, psy),
    ]


def behavioral_therapy(c: Ctx):
    t = c.clin("counselor")
    maybe_lower(c, .1)
    return [
        c.f("Therapy Session Note (90837)\n"), ident(c),
        c.f("Session {n} | {d0} | telehealth (pt at home, {city}) | platform link {url}\n".replace("{n}", str(c.r.randint(2, 20)))),
        c.f("Pt discussed {his} {k.rel} {k.first} and the anniversary of {his} brother {b.first}'s death ({bd}). "
            "\"{wq}\" {wl}.\n", k=c.rel(c.kin("daughter", "son", "mother", "father")), b=c.rel("brother"), bd=c.D(c.day(-c.r.randint(300, 3000))),
            wq=c.ch(["Some days I just stay in bed.", "I'm trying, I really am.", "Work has been a mess."])),
        c.f("Interventions: CBT thought record, grounding. {score}. {score}.\nDx: {dx}\n"),
        c.f("Plan: next session {dyp7}. Pt has crisis number and {his} sponsor {sp.first}'s cell ({sph}).\n",
            sp=c.other("sponsor"), sph=c.PH(None)),
        c.f("{t.cred}\n", t=t),
    ]


def obstetric_ld(c: Ctx):
    cnm = c.clin(c.ch(["midwife", "obstetrician"]))
    edd = c.day(c.r.randint(-10, 12))
    lmp = edd - dt.timedelta(days=280)
    return [
        c.f("LABOR AND DELIVERY ADMISSION NOTE\n"), ident(c),
        c.f("{age} G{g}P{p} at {ga} wks by LMP {lmp} (EDD {edd}), admitted {d0} {time} for {why}.\n",
            g=str(c.r.randint(1, 5)), p=str(c.r.randint(0, 3)), ga=f"{c.r.randint(37, 41)}w{c.r.randint(0, 6)}d",
            lmp=c.D(lmp), edd=c.D(edd), why=c.ch(["SROM", "active labor", "IOL for gestational HTN", "decreased fetal movement"])),
        c.f("Prenatal care with {o.dr} at {hosp} since {dym220}; records reviewed. Labs: {lab}; GBS neg; Rh+.\n", o=c.clin("obstetrician", key="prenatal")),
        c.f("Hx: {dx0}. Meds: {drug}; {drug}.\nExam: {vitals}. SVE 5/80/-1. {epo}. {score}.\nFHT: 140s, moderate variability, accels present.\n"),
        c.f("Support person: {k.rel} {k.full} ({k.phone}). Pt {may} want epidural later. {wl}.\n",
            k=c.rel(c.kin("husband", "partner", "mother", "sister"))),
        c.f("Plan: {drug}; continuous EFM; anticipate SVD.\n"),
        sig(c, cnm),
    ]


def obstetric_prenatal(c: Ctx):
    ob = c.clin("obstetrician")
    rows = S()
    for i in range(c.r.randint(3, 5)):
        rows += c.f("{dt} | {ga} | {bp} | {wt} | FHR {fhr} | {init}\n", dt=c.D(c.day(-28 * (5 - i))), ga=f"{16 + 4 * i}w",
                    bp=K(f"BP {c.r.randint(98, 142)}/{c.r.randint(58, 92)}", "vital"),
                    wt=K(f"wt {c.r.randint(130, 240)} lb", "vital"), fhr=str(c.r.randint(128, 160)), init=c.N(ob, "init"))
    return [
        c.f("PRENATAL FLOWSHEET\n"), ident(c),
        c.f("EDD {edd}  Blood type O+  Insurance: {ins} {hp}\n\nDate | GA | BP | Wt | FHR | By\n", edd=c.D(c.day(c.r.randint(30, 120)))), rows,
        c.f("\nProblems: {dx}; {dx0}.\n{lab}; {lab}. {score}.\nFOB: {f.full}, involved, {f.phone}.\n", f=c.rel("partner")),
        c.f("Education: kick counts, {epo}. {wl}. Next visit {dyp14}; glucose tolerance test ordered (order {oid.order}).\n"),
        c.f("{o.cred}\n", o=ob),
    ]


def pediatric_well(c: Ctx):
    ped = c.clin("pediatrician")
    months = (c.base.year - c.dob.year) * 12 + c.base.month - c.dob.month - (c.base.day < c.dob.day)
    mom = c.rel(c.kin("mother", "father", "grandmother"))
    agetxt = K(str(months), "age") if months < 24 else K(str(months // 12), "age")
    unit = "-month-old" if months < 24 else c.ch(["-year-old", " yo", " y/o"])
    gg = S()
    if c.r.random() < .3:
        gg = c.f("Great-grandmother ({ggn.first}), {gga}, also helps with care.\n", ggn=c.rel("great-grandmother"),
                 gga=c.AGE(c.r.randint(90, 99)))
    return [
        c.f("WELL CHILD VISIT\n"), ident(c),
        c.f("Date: {d0}\n{a}{u} here with {m.rel} {m.full} ({m.phone}).\n", a=agetxt, u=unit, m=mom), gg,
        c.f("Birth hx: term, SVD at {hosp}, {apg}; BW 3.4 kg.\n", apg=K(f"Apgars {c.r.randint(6, 9)} and {c.r.randint(8, 9)}", "score")),
        c.f("Growth: {vit}. {lab}.\nDevelopment: meeting milestones; {score}.\nExam: {abbr}; {sign} negative; red reflex present.\n",
            vit=K(f"wt {c.r.randint(40, 300) / 10:.1f} kg ({c.r.randint(5, 95)}th %ile)", "vital")),
        c.f("Immunizations today: DTaP, IPV, Hep B (lots recorded in registry). VIS given {dy0}.\n"),
        c.f("Anticipatory guidance given. Daycare: {dc}. {wl}. Next visit {dyp60}.\n", dc=c.ch(["Little Sprouts", "home with grandma", "Head Start"])),
        c.f("{p.cred}\n", p=ped),
    ]


def pediatric_sick(c: Ctx):
    ped = c.clin("pediatrician")
    par = c.rel(c.kin("mother", "father"))
    return [
        c.f("Pediatric Urgent Visit\n"), ident(c),
        c.f("{d0}. {a}-year-old {sexw} brought by {p.rel} ({p.first}) for fever x2d, Tmax 102.6. {wl}.\n", a=K(str(c.age), "age"), p=par),
        c.f("Sick contacts: sibling {s.first} at school. Meds tried: {drug}.\nVitals: {vitals}\n", s=c.rel(c.kin("brother", "sister"))),
        c.f("Exam: TMs bulging R, {abbr}. {sign} negative.\nDx: {dx}\nRx: {drug} x10 days, sent to {pharm}.\n"),
        c.f("School note for {sch}. Parent {may} call {ph} with concerns; parent cell {pp}.\n", sch=c.ch(["Lincoln Elementary", "Pine Hollow Middle", "St. Brigid's"]),
            ph=c.PH(None), pp=c.PH(par)),
        c.f("{d.fi_cred}\n", d=ped),
    ]


def hospice_visit(c: Ctx):
    rn = c.clin("nurse", key="hospice")
    md = c.clin("hospice physician")
    kin = c.rel(c.kin("daughter", "son", "wife", "husband", "niece"))
    return [
        c.f("HOSPICE RN VISIT NOTE\n"), ident(c),
        c.f("Hospice election date: {dm40}   Terminal dx: {dx}\nLevel of care: routine home care\nVisit {d0}, location: {fulladdr}\n"),
        c.f("{pt.first}, {age}, resting in hospital bed in living room. {score}; {score}. {vitals}.\n"),
        c.f("Symptoms: dyspnea managed with {drug}; agitation overnight, {drug} x1. {epo}. {wl}.\n"),
        c.f("Family: {k.full} ({k.rel}, primary caregiver) coping; requested chaplain. Other family flying in from {kc}. "
            "Funeral home: {fh}.\n", k=kin, kc=P(c.ch(P_CITIES)[0], "CITY"), fh=c.ch(["Hollis & Sons", "Evergreen Chapel", "Stillwater Funeral Home"])),
        c.f("IDG update to {m.dr}; POLST (DNR) on fridge. Comfort kit in home, Rx #{oid.rx}. On-call line {ph}.\n", m=md, ph=c.PH(None)),
        c.f("{n.cred}\n", n=rn),
    ]


def hospice_death(c: Ctx):
    rn = c.clin("nurse", key="hospice")
    kin = c.rel(c.kin("daughter", "son", "wife", "husband"))
    return [
        c.f("HOSPICE - DEATH VISIT / PRONOUNCEMENT\n"), ident(c),
        c.f("Called by {k.rel} {k.first} at {time} on {d0} ({k.phone}). Arrived {time}.\n", k=kin),
        c.f("Pt {pt.full}, age at death {age}, found unresponsive, no respirations, no apical pulse x1 min. Time of death {time}.\n"),
        c.f("Present: {k.full}, grandson {g.first}, chaplain {ch.full}.\n", k=kin, g=c.rel("grandson"), ch=c.clin("chaplain")),
        c.f("Meds destroyed with witness: {drug0}, {drug0} (hospice comfort kit). {wl}.\n"),
        c.f("Attending {m.drfull} notified; {mg} funeral home notified, ph {ph}.\nDx on death certificate: {dx}; {epo}.\n",
            m=c.clin("hospice physician"), mg=c.ch(["Greenlawn", "Hollis & Sons", "Evergreen Chapel"]), ph=c.PH(None)),
        c.f("Bereavement referral placed. {n.cred}\n", n=rn),
    ]


# --------------------------------------------------------------------------------------
# Note types: (key, display name, hands, over-89 share, adult age range, sex)
# --------------------------------------------------------------------------------------

NOTE_TYPES = [
    ("discharge-summary", "Discharge summary", [discharge_formal, discharge_terse, discharge_snf], .35, (30, 89), None),
    ("ed-note", "ED provider note", [ed_note, ed_trauma, ed_fast], .2, (18, 89), None),
    ("history-physical", "History and physical", [hp_formal, hp_shorthand], .3, (25, 89), None),
    ("progress-note", "Progress note", [progress_soap, progress_outpt, progress_problem], .28, (25, 89), None),
    ("nursing-note", "Nursing note", [nursing_flow, nursing_narrative, nursing_admit], .33, (25, 89), None),
    ("telephone-encounter", "Telephone encounter", [phone_triage, phone_refill, phone_afterhours], .33, (25, 89), None),
    ("portal-message", "Patient portal message", [portal_thread, portal_proxy, portal_text], .25, (20, 89), None),
    ("referral-letter", "Referral and consult letter", [referral_letter, consult_reply], .28, (25, 89), None),
    ("operative-report", "Operative report", [operative, operative_brief], .15, (20, 89), None),
    ("radiology-report", "Radiology report", [radiology, radiology_us], .25, (20, 89), None),
    ("pathology-report", "Pathology report", [pathology, pathology_cyto], .22, (25, 89), None),
    ("social-work", "Social work note", [socialwork, socialwork_brief], .3, (25, 89), None),
    ("case-management", "Case management and payer letter", [casemgmt_ur, casemgmt_letter], .35, (40, 89), None),
    ("pharmacy-note", "Pharmacy note", [pharmacy_medrec, pharmacy_anticoag], .35, (40, 89), None),
    ("therapy-note", "Physical therapy note", [therapy_eval, therapy_daily], .3, (30, 89), None),
    ("home-health", "Home health visit", [homehealth, homehealth_oasis], .5, (55, 89), None),
    ("behavioral-health", "Behavioral health note", [behavioral_intake, behavioral_therapy], .06, (16, 89), None),
    ("obstetric-note", "Obstetric note", [obstetric_ld, obstetric_prenatal], 0.0, (17, 44), "F"),
    ("pediatric-visit", "Pediatric visit", [pediatric_well, pediatric_sick], 0.0, (1, 15), None),
    ("hospice-note", "Hospice note", [hospice_visit, hospice_death], .5, (55, 89), None),
]

TYPE_FILL = {
    "obstetric-note": ["Fetal kick counts reviewed. {lab}. {wl}.\n", "Glucose log: fasting {lab}. Continue {drug}.\n"],
    "pediatric-visit": ["Diet: whole milk, table foods. {wl}.\n", "Sleep: through the night. Screen time counseling. {score}.\n"],
    "radiology-report": ["TECHNIQUE: Standard protocol. DLP 412 mGy-cm. {epo} not assessed.\n"],
    "behavioral-health": ["Collateral: none today. {wl}. {score}.\n"],
}


# --------------------------------------------------------------------------------------
# Extra sections, added between the body and the signature (each note draws a few).
# --------------------------------------------------------------------------------------

PRN_DRUGS = {"oxycodone", "acetaminophen", "morphine sulfate", "lorazepam", "haloperidol", "ondansetron", "albuterol",
             "tramadol", "hydrocodone-acetaminophen", "ibuprofen", "senna", "polyethylene glycol"}
IV_DRUGS = {"ceftriaxone", "vancomycin", "piperacillin-tazobactam", "cefazolin", "heparin", "magnesium sulfate",
            "oxytocin", "enoxaparin"}
SURG_HX = ["appendectomy", "cholecystectomy", "C-section", "right knee arthroscopy", "CABG x3", "hysterectomy",
           "TURP", "cataract extraction, both eyes", "lumbar laminectomy", "tonsillectomy", "inguinal hernia repair"]
JOBS = ["retired teacher", "long-haul trucker", "CNA", "farmer", "machinist", "bank teller", "line cook",
        "retired Navy", "house cleaner", "pastor", "electrician", "graduate student", "hairdresser"]
LANGS = ["Spanish", "Vietnamese", "Arabic", "Somali", "Russian", "Tagalog", "Amharic", "Mandarin", "Haitian Creole",
         "Portuguese", "Korean", "Farsi", "Ukrainian", "Marshallese"]
CARS = ["gray 2012 F-150", "2017 Equinox", "white 2009 Camry", "red 2015 Ram 1500", "2020 RAV4", "silver Sienna"]


def sec_ros(c):
    return c.f("REVIEW OF SYSTEMS: Constitutional: fatigue, no fever. CV: no chest pain, +{abbr}. Resp: cough. "
               "GI: no N/V. GU: no dysuria. Neuro: {sign} normal. Psych: {score}. Otherwise negative.\n")


def sec_social(c):
    k = c.rel(c.kin("wife", "husband", "daughter", "son", "partner"))
    return c.f("SOCIAL HISTORY: Lives in {city} with {k.rel} {k.first}. {job}. Quit smoking {yr}; rare alcohol. "
               "Drives a {car}. {wl}.\n", k=k, job=c.ch(JOBS).capitalize(), car=c.ch(CARS))


def sec_family(c):
    a1 = c.r.choice([c.r.randint(50, 89), c.r.randint(90, 101)])
    a2 = c.r.randint(45, 99)
    return c.f("FAMILY HISTORY: Mother died at {a1} of {dx0}. Father with {epo}, died at age {a2}. Sister with {dx0}.\n",
               a1=c.AGEN(a1), a2=c.AGEN(a2))


def sec_psh(c):
    d = c.day(-c.r.randint(400, 6000))
    return c.f("PAST SURGICAL HISTORY: {s1} ({my}); {s2} ({yr}); {s3}.\n", s1=c.ch(SURG_HX), my=P(fmt_date(d, c.ch(["my", "my2"])), "DATE"),
               s2=c.ch(SURG_HX), s3=c.ch(SURG_HX))


def sec_imm(c):
    return c.f("IMMUNIZATIONS: influenza {dm30}; COVID-19 booster {dm200}; Tdap {yr}; pneumococcal (PCV20) {dm500}.\n")


def sec_labs(c):
    return c.f("LABS ({dm1}):\n  {lab} | {lab} | {lab}\n  {lab} | {lab} | {lab}\n")


def sec_exam(c):
    return c.f("PHYSICAL EXAM:\nGeneral: {abbr}, well-appearing.\nHEENT: PERRLA, moist mucosa.\nCV: RRR, no murmur.\nLungs: CTAB.\n"
               "Abd: soft, {sign} negative.\nExt: trace edema. {epo}.\nNeuro: {score}.\n")


def sec_educ(c):
    k = c.rel(c.kin("wife", "husband", "daughter", "son"))
    return c.f("EDUCATION: teach-back completed with patient and {k.rel} {k.first} on {drug0} and low-sodium diet; {wl}. "
               "Written instructions given in {lang}.\n", k=k, lang=c.ch(["English", "English", "Spanish", "large print"]))


def sec_appts(c):
    return c.f("APPOINTMENTS:\n- {dyp7} at {time12}: {d.dr}, {dept} ({ph})\n- {dyp21}: lab draw, {hosp} outpatient lab\n",
               d=c.clin("consultant", key="fu"), dept=c.ch(["Cardiology", "Nephrology", "Wound Clinic", "Endocrine", "Pulmonary"]),
               ph=c.PH(None))


def sec_contacts(c):
    k1 = c.rel(c.kin("daughter", "son", "wife", "husband"))
    k2 = c.rel(c.kin("niece", "nephew", "granddaughter", "sister", "brother"))
    return c.f("CONTACTS ON FILE:\n  {a.lastfirst} ({a.rel}) {a.phone}\n  {b.full} ({b.rel}) {b.phone}, {b.email}\n", a=k1, b=k2)


def sec_ad(c):
    k = c.rel(c.kin("daughter", "son", "wife", "husband", "niece"))
    return c.f("Advance directive: POLST completed {dm100}, {abbr}. Health care agent: {k.full} ({k.rel}).\n", k=k)


def sec_ins(c):
    return c.f(f"Coverage: {{ins}}; {c.L('ins')} {{hp}}. Secondary: {{ins}}, ID {{hp2}}.\n", hp2=c.HP(c.ch(["comm", "mcd", "comm2"])))


def sec_prior(c):
    return c.f("Prior admissions: {dm200} for {dx0}; {dm450} at an outside hospital for {dx0} (records requested, fax {fax}).\n")


def sec_medlist(c):
    out = c.f("HOME MEDICATIONS:\n")
    for i in range(c.r.randint(3, 5)):
        out += c.f(f"{i + 1}. {{drug}}\n")
    return out


def sec_calllog(c):
    k = c.rel(c.kin("daughter", "son", "wife", "husband", "sister"))
    return c.f("{d0} {time}: left VM for {k.rel} {k.first} at {k.phone}.\n{d0} {time}: {k.first} returned call, updated on plan.\n", k=k)


def sec_transport(c):
    return c.f("Transportation: {k.rel} drives ({car}, plate {plate}); disabled placard #{pl}.\n",
               k=c.rel(c.kin("son", "daughter", "husband", "wife")), car=c.ch(CARS), plate=c.PLATE(),
               pl=P(letters(c.r, 1) + digits(c.r, 6), "OTHER_ID"))


def sec_device(c):
    return c.f("Implanted device: {dv} (serial {sn}), last interrogated {dm60}; normal function.\n",
               dv=c.ch(["dual-chamber pacemaker", "ICD", "spinal cord stimulator", "cochlear implant", "insulin pump"]), sn=c.DEV())


def sec_interp(c):
    i = c.clin("interpreter", record=False, key="interp")
    i.cred = ""
    return c.f("Interpreter: {lang}, phone interpreter {i.first} (ID #{iid}) for the entire encounter.\n", lang=c.ch(LANGS), i=i,
               iid=P(str(c.r.randint(100000, 999999)), "OTHER_ID"))


def sec_work(c):
    return c.f("Employment: works at {employer}; FMLA paperwork faxed to HR at {fax} on {dy0}.\n")


def sec_outside(c):
    return c.f("Outside records from {o.drfull} ({ph}) dated {dm90} reviewed; {lab} at that time.\n",
               o=c.clin("consultant", record=False, key="outside"), ph=c.PH(None))


def sec_pharm(c):
    a, z = c.other_addr()
    return c.f("Preferred pharmacy: {pharm}, {a}, {z}; ph {ph}.\n", a=a, z=z, ph=c.PH(None))


def sec_vitals(c):
    return c.f("VITALS: {vitals}\n")


def sec_email(c):
    return c.f("Pt prefers contact by email ({email}) or text to {phone}.\n")


def sec_agehx(c):
    return c.f("Diagnosed with {dx0} at age {a}; {epo} diagnosed in {yr}.\n", a=K(str(c.r.randint(20, 60)), "age"))


def sec_dx(c):
    return c.f("PROBLEM LIST:\n- {dx}\n- {dx}\n- {dx0}\n")


def sec_chat(c):
    return c.f("\n--- {dp1} {time12} ---\n{pt.first}: also {wl}. my {k.rel} {k.first} can pick up the rx. {drug0} helps.\n",
               k=c.rel(c.kin("husband", "wife", "son", "daughter")))


def sec_tele(c):
    return c.f("Telehealth: video visit via {url}; patient located at home in {city}, {st}. Connection from {ip}; "
               "consent obtained verbally on {dy0}.\n")


def sec_reg(c):
    return c.f(f"REGISTRATION: {c.L('ssn')} {{ssn}} | DL {{dl}} | {c.L('acct')} {{acct}} | Guarantor: self | Employer: {{employer}}\n",
               dl=c.DL())


SECTIONS_HOSP = [sec_tele, sec_reg, sec_ros, sec_social, sec_family, sec_psh, sec_imm, sec_labs, sec_exam, sec_educ, sec_appts, sec_contacts,
                 sec_ad, sec_ins, sec_prior, sec_medlist, sec_calllog, sec_transport, sec_device, sec_interp, sec_work,
                 sec_outside, sec_pharm, sec_vitals, sec_email, sec_agehx, sec_dx]
SECTIONS_SHORT = [sec_tele, sec_reg, sec_labs, sec_calllog, sec_pharm, sec_email, sec_vitals, sec_dx, sec_contacts, sec_ins, sec_transport]
SECTIONS_CHAT = [sec_chat]
TYPE_SECTIONS = {"portal-message": SECTIONS_CHAT + [sec_email, sec_pharm, sec_tele], "telephone-encounter": SECTIONS_SHORT,
                 "radiology-report": [sec_labs, sec_prior, sec_device, sec_outside, sec_dx],
                 "pathology-report": [sec_reg, sec_labs, sec_prior, sec_outside, sec_dx, sec_psh],
                 "pediatric-visit": [sec_imm, sec_contacts, sec_ins, sec_pharm, sec_email, sec_calllog, sec_tele],
                 "obstetric-note": [sec_tele, sec_reg, sec_labs, sec_psh, sec_contacts, sec_ins, sec_imm, sec_educ, sec_interp, sec_work]}


LETTER_SECTIONS = [sec_labs, sec_prior, sec_medlist, sec_dx, sec_psh, sec_family, sec_agehx]


def extra_section(c: Ctx, key: str, used: set) -> S | None:
    pool = [s for s in (getattr(c, "sections", None) or TYPE_SECTIONS.get(key, SECTIONS_HOSP)) if s.__name__ not in used]
    if not pool:
        return None
    fn = c.ch(pool)
    if fn is not sec_chat:
        used.add(fn.__name__)
    return fn(c)
