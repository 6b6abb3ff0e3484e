"""Note templates of the tune15 split (Python 3.11, standard library only).

Every value the corpus annotates is written through P(category, text) (PHI) or K(kind, text) (keep); these wrap the text
in control characters that generate_tune15.py strips while recording offsets. Everything here is invented: people,
numbers, addresses, dates. The split is the nine ordinary note types, written dense in patient, family and clinician
names in the many positions and shapes real notes use, with people from outside the chart (neighbours, interpreters,
landlords, covering doctors, callers) beside the people in it. The pools below were filtered, by a throw-away script that
printed counts only, against the NAME, PROVIDER_NAME, CITY and ADDRESS spans of every other corpus file; the generator
checks them again on every run. WORD_NAMES_REQUESTED are the exception (see README): ordinary-word and eponym names the
split was asked to use as people, which other splits also use.
"""

from __future__ import annotations

import datetime as dt
import zlib

KINDS = {"eponym", "drug", "vital", "lab", "score", "code", "abbreviation", "word", "age", "diagnosis"}
PARTICLES = {"de", "la", "del", "los", "van", "von", "der", "den", "ter", "mac", "bin", "bint", "al", "el", "nic", "ní", "ó"}


def P(cat: str, s: str) -> str:
    assert s and s == s.strip() and not any(ch in s for ch in "\x01\x02\x03\x04"), (cat, s)
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    assert kind in KINDS and s and s == s.strip(), (kind, s)
    return f"\x04{kind}\x02{s}\x03"


def plain(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in "\x01\x04":
            i = s.index("\x02", i) + 1
            continue
        if ch != "\x03":
            out.append(ch)
        i += 1
    return "".join(out)


def ssn_ok(d: str) -> bool:
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def npi(rng) -> str:
    while True:
        base = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                return base + c


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


# ---------------------------------------------------------------- pools (filtered against the other splits; see README)
GIVEN = {"en_f": ["Hortense", "Honoria", "Lucasta", "Sabrina", "Beverley", "Corinna", "Jocasta", "Kirsty", "Morwenna", "Oonagh", "Rhona", "Sorcha", "Bethan", "Carys", "Lowri", "Seren", "Tegan"], "en_m": ["Alaric", "Lancelot", "Lucian", "Dorian", "Gareth", "Hywel", "Lachlan", "Mungo", "Niall", "Torquil", "Gethin", "Meirion", "Taliesin", "Fionn"], "yo_f": ["Oluwatoyin", "Ayomide", "Bukunmi", "Adedoyin", "Oyindamola", "Iyabode", "Omowunmi", "Oluwafunmilayo", "Toluwalase", "Mosunmola", "Adunola", "Ajoke", "Funmilola", "Olabisi", "Omotola", "Sijuade", "Tinuola"], "yo_m": ["Adebowale", "Kolawole", "Oladipupo", "Ayotunde", "Olanrewaju", "Oludare", "Olugbenga", "Feyisayo", "Ayobami", "Temidayo", "Ibikunle", "Adisa"], "ig_f": ["Ngozika", "Chizoba", "Ijeoma", "Uloma"], "ig_m": ["Chinedum", "Chibuzo", "Izuchukwu"], "ak_f": ["Adwoa", "Akua", "Yaa", "Afia", "Ama", "Esi", "Ekua", "Adjoa", "Araba", "Nana", "Serwaa", "Afua", "Dzifa", "Enyonam", "Elikem", "Mawusi", "Sena"], "ak_m": ["Kwadwo", "Kwaku", "Kwesi", "Ekow", "Kobina", "Kweku", "Selorm", "Edem", "Mawuli", "Senyo", "Delali", "Kafui", "Yayra"], "sw_f": ["Wanjiku", "Njeri", "Wairimu", "Akinyi", "Atieno", "Achieng", "Awino", "Nafula", "Nekesa", "Chebet", "Jeptoo", "Mumbua", "Mwende", "Kanini", "Zawadi", "Rehema"], "sw_m": ["Kiprono", "Kipchumba", "Odhiambo", "Ochieng", "Wafula", "Barasa", "Mutua", "Musyoka", "Kiprotich", "Kariuki", "Gitau", "Juma", "Jabari", "Omondi", "Onyango"], "in_f": ["Aparajita", "Bhagyashree", "Chandrika", "Damayanti", "Eshwari", "Gitanjali", "Hemalatha", "Indumathi", "Jayalakshmi", "Lalitha", "Mrinalini", "Rukmini", "Saraswati", "Vaidehi", "Sharmila", "Suhasini", "Vasundhara", "Anuradha", "Kamakshi", "Niveditha", "Rohini", "Sudha"], "in_m": ["Abhinav", "Bhaskar", "Chaitanya", "Gopalakrishnan", "Harshvardhan", "Jagannath", "Kaushik", "Lakshman", "Madhusudan", "Omkar", "Prabhakar", "Shashank", "Vishwanath", "Yashwant", "Srinivasan", "Parthasarathy", "Sudarshan", "Mahendra", "Nandakumar", "Ramachandra", "Anantha", "Dhananjay", "Jitendra"], "ur_f": ["Shabnam", "Tahira", "Nusrat", "Parveen", "Kausar", "Shagufta", "Naheed", "Ghazala", "Samina", "Rubina", "Sadaf", "Uzma"], "ur_m": ["Shahzad", "Tanveer", "Javed", "Naveed", "Pervez", "Asghar", "Zulfiqar", "Mushtaq", "Iftikhar", "Shafiq", "Waqar", "Junaid", "Kamran", "Nadeem"], "vi_f": ["Nhung", "Nhu"], "vi_m": ["Thien", "Dat"], "zh_f": ["Yuxin", "Ruolan", "Xinyue", "Jingwen", "Huiling", "Qiuyue", "Wanting", "Yaqi", "Xiaohui", "Shuhua", "Zhenzhen", "Chunxia", "Aihua", "Guilan", "Suyun", "Yanping"], "zh_m": ["Jianhua", "Yongjun", "Haitao", "Xiaofeng", "Zhenyu", "Tianyi", "Shaohua", "Kaiwen", "Yunfeng", "Baohua", "Zhonghua", "Chengzhi", "Ruiming"], "ko_f": ["Seul-gi"], "ko_m": [], "ru_f": ["Olesya", "Vasilisa", "Yaroslava", "Snezhana", "Klavdiya", "Evdokiya"], "ru_m": ["Miroslav", "Rodion", "Savely", "Prokhor"], "pl_f": ["Kunegunda", "Apolonia", "Scholastyka", "Bogna", "Jagoda", "Wisława", "Radosława"], "pl_m": ["Bogusław", "Lech", "Włodzimierz", "Teofil", "Ludwik", "Idzi", "Bożydar", "Ziemowit", "Mściwój"], "ar_f": ["Maha", "Ruba", "Hiba", "Sawsan", "Manal", "Randa"], "ar_m": ["Hatem", "Raed", "Imad", "Jihad", "Munir", "Sami"], "la_f": ["Yaneli", "Gumersinda", "Petrona", "Sinforosa", "Tiburcia", "Zoila", "Anatolia", "Evarista"], "la_m": ["Cuauhtémoc", "Reinaldo", "Aniceto", "Cleofas", "Crescencio", "Gumaro", "Severiano", "Silvestre", "Tranquilino", "Baudelio"], "pa_f": ["Keala", "Losaline", "Vailea", "Talia", "Moana", "Ofa", "Seini"], "pa_m": ["Mikaele", "Tanielu", "Lealofi"], "no_f": ["Astrid", "Ragnhild", "Torunn", "Signe", "Brynhild", "Hjördis", "Åse", "Bodil", "Gunvor", "Tove", "Ylva", "Saga", "Freja"], "no_m": ["Torstein", "Ivar", "Eirik", "Trygve", "Kjell", "Ulf", "Stig"], "tr_f": ["Şükran", "Ayşegül", "Hülya", "Sevgi", "Filiz", "Gönül", "Meltem", "Nesrin", "Pınar", "Songül", "Tülay"], "tr_m": ["Ercan", "Erdem", "Gökhan", "Levent", "Serkan", "Tamer", "Uğur", "Volkan", "Yavuz", "Zeki"], "ht_f": ["Roseline", "Darline", "Gerda", "Lourdine", "Nerline", "Shelove", "Vanessa"], "ht_m": ["Wilfrid", "Gesly", "Jameson", "Josué", "Kerby", "Ricardo", "Wisner", "Yvenson", "Jeantel", "Frandy"]}
FAMILY = {"en": ["Bagshaw", "Brocklehurst", "Cholmondeley", "Dimmock", "Featherstone", "Hollingworth", "Inglethorpe", "Lockwood", "Mottram", "Pilkington", "Rowbotham", "Scattergood", "Shuttleworth", "Sowerby", "Throssell", "Barraclough", "Clegg", "Earnshaw", "Haigh", "Holroyd", "Wragg", "Gledhill", "Ibbotson"], "cy": ["Bevan", "Prosser", "Llywelyn", "Meredith", "Cadwaladr", "Parry", "Probert"], "ir": ["O'Donoghue", "O'Flaherty", "O'Callaghan", "O'Mahony", "Craith", "MacAlister", "MacFadyen", "MacCrimmon", "MacGillivray", "MacPhail", "MacRury", "MacTavish"], "ap": ["D'Cunha", "D'Mello", "D'Almeida", "D'Arcy", "D'Onofrio", "D'Urso"], "yo": ["Oyebanji", "Ogundipe", "Oyeniran", "Adelakun", "Babatope", "Oladapo", "Onabanjo", "Ogunwale", "Adegbite", "Olaleye", "Olowookere", "Adedeji", "Ogunsola", "Ojo", "Ilesanmi", "Oyinlola"], "ig": ["Ibekwe", "Ezenwa", "Okoli", "Uchendu", "Nwaneri", "Ogbu", "Onwudiwe", "Nnadi"], "ak": ["Agyeman", "Darko", "Gyamfi", "Adjei", "Frimpong", "Antwi", "Kyei", "Ansah", "Sarpong", "Nkansah"], "sw": ["Wanjala", "Chepkoech", "Muthoni", "Kimani", "Ndungu", "Nyambura", "Mwakilema", "Kipkemboi", "Korir", "Rotich", "Njuguna", "Wekesa", "Makokha", "Kibet", "Mugo", "Kinyua", "Maina"], "in": ["Subrahmanyam", "Mukhopadhyay", "Gangopadhyay", "Patwardhan", "Ranganathan", "Kurup", "Namboodiri", "Shenoy", "Kamath", "Hegde", "Bhat", "Acharya"], "ur": ["Hashmi", "Rizvi", "Zaidi", "Bukhari", "Gilani", "Jafri", "Naqvi", "Kazmi", "Lodhi", "Niazi"], "vi": ["Chu"], "zh": ["Gongsun", "Murong", "Zhangsun", "Lei"], "ko": ["Gwak", "Seon-u", "Hwangbo", "Bang", "Myeong"], "ru": ["Voronin", "Solovyov", "Belousov", "Tikhomirov", "Kalinin", "Yermakov", "Fedoseyev", "Kolesnikov", "Pankratov", "Rodionov", "Sviridov", "Yefremov"], "uk": ["Oliynyk", "Moroz", "Marchenko", "Rudenko", "Savchenko", "Klymenko", "Pavlenko", "Bilyk"], "pl": ["Kwiatkowski", "Szczepański", "Żółkiewski", "Ossoliński", "Łukasiewicz", "Pszczółkowski", "Gołębiowski", "Brzozowski", "Ziółkowski"], "cz": ["Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Pospíšil", "Hájek", "Jelínek", "Beneš", "Fiala", "Sedláček"], "ar": ["Khalaf", "Abboud", "Toumeh", "Shammas", "Issa", "Zoghbi"], "bin": ["Sulaiman", "Khalifa", "Zayed"], "la": ["Arámbula", "Altamirano", "Ahumada", "Anguiano", "Arciniega", "Berumen", "Cazares", "Chavarría", "Echavarría", "Olague", "Pantoja", "Samaniego", "Villagómez"], "la2": ["Castillo", "Meer", "Dijk", "Leeuwen"], "pa": ["Sapolu", "Vaifale", "Pulu", "Latu", "Moala", "Tonga"], "no": ["Bakken", "Sandvik", "Fjeld", "Strømme", "Hagen", "Berntsen", "Haraldsen", "Dahlberg", "Holmgren", "Sjöberg", "Nyqvist", "Thorvaldsen", "Gunnarsdóttir", "Jóhannsdóttir"], "tr": ["Arslan", "Koç", "Aksoy", "Erdoğan", "Polat"], "ht": ["Lafortune", "Jolicoeur", "Beaubrun", "Dorsainvil", "Guerrier", "Lamothe"], "hy": ["Hovhannisyan", "Khachatryan", "Vardanyan", "Karapetyan"], "hyph": ["Fairbrother-Lowe"]}
SCRIPT = {"zh_given": [["Bolan", "波兰"], ["Boqiu", "波秋"], ["Boxue", "波雪"], ["Boyan", "波燕"], ["Fangwen", "芳文"], ["Fengfang", "峰芳"], ["Fengming", "峰明"], ["Guodong", "国东"], ["Guoxin", "国欣"], ["Guozhen", "国珍"], ["Hanhao", "涵浩"], ["Hanning", "涵宁"], ["Hanyu", "涵宇"], ["Haoming", "浩明"], ["Haoting", "浩婷"], ["Honghan", "红涵"], ["Huadong", "华东"], ["Huayu", "华宇"], ["Huifeng", "慧峰"], ["Jianhao", "建浩"], ["Jinglian", "静莲"], ["Junbo", "军波"], ["Kaifeng", "凯峰"], ["Kaishu", "凯淑"], ["Kaizhen", "凯珍"], ["Lanyu", "兰宇"], ["Lanzhi", "兰志"], ["Leiming", "磊明"], ["Leixin", "磊欣"], ["Lianhan", "莲涵"], ["Lianjing", "莲静"], ["Lianyun", "莲云"], ["Mingjun", "明军"], ["Ningjian", "宁建"], ["Ningrui", "宁瑞"], ["Pengfang", "鹏芳"], ["Qiuhan", "秋涵"], ["Qiuxia", "秋霞"], ["Ruiqing", "瑞庆"], ["Songhan", "松涵"], ["Songjun", "松军"], ["Taofeng", "涛峰"], ["Taolian", "涛莲"], ["Taopeng", "涛鹏"], ["Tingguo", "婷国"], ["Tingmei", "婷梅"], ["Xiayu", "霞宇"], ["Xindong", "欣东"], ["Xinlian", "欣莲"], ["Xinsong", "欣松"], ["Xuelei", "雪磊"], ["Xuerui", "雪瑞"], ["Yandong", "燕东"], ["Yanrui", "燕瑞"], ["Yiting", "怡婷"], ["Yiwen", "怡文"], ["Yizhi", "怡志"], ["Yuguo", "宇国"], ["Yunjun", "云军"], ["Yuxia", "宇霞"]], "zh_fam": [["Murong", "慕容"], ["Gongsun", "公孙"], ["Zhangsun", "长孙"], ["Huangfu", "皇甫"], ["Yuchi", "尉迟"], ["Zhongli", "钟离"], ["Nangong", "南宫"], ["Wenren", "闻人"], ["Ximen", "西门"]], "ko_given": [["Byeol-gi", "별기"], ["Byeol-gyeong", "별경"], ["Byeol-seul", "별슬"], ["Gi-byeol", "기별"], ["Gi-gyeong", "기경"], ["Gi-seul", "기슬"], ["Gyeong-byeol", "경별"], ["Gyeong-gi", "경기"], ["Gyeong-seul", "경슬"], ["Seul-byeol", "슬별"], ["Seul-gi", "슬기"], ["Seul-gyeong", "슬경"]], "ko_fam": [["Hwangbo", "황보"], ["Myeong", "명"], ["Seon", "선"], ["Gwak", "곽"], ["Seomun", "서문"], ["Sagong", "사공"], ["Cheon", "천"]], "ru": [["Yaroslava", "Ярослава"], ["Vasilisa", "Василиса"], ["Evdokya", "Евдокия"], ["Klavdya", "Клавдия"], ["Lidya", "Лидия"], ["Olesya", "Олеся"], ["Fevronya", "Феврония"], ["Serafima", "Серафима"], ["Taisya", "Таисия"], ["Miroslava", "Мирослава"], ["Rodion", "Родион"], ["Savely", "Савелий"], ["Prokhor", "Прохор"], ["Frol", "Фрол"], ["Efim", "Ефим"], ["Elisey", "Елисей"], ["Tikhon", "Тихон"], ["Mstislav", "Мстислав"], ["Zhuravlyov", "Журавлёв"], ["Belousov", "Белоусов"], ["Tikhomirov", "Тихомиров"], ["Kolesnikov", "Колесников"], ["Pankratov", "Панкратов"], ["Sviridov", "Свиридов"], ["Efremov", "Ефремов"], ["Ermakov", "Ермаков"], ["Fedoseev", "Федосеев"], ["Kalinin", "Калинин"], ["Rodionov", "Родионов"], ["Voronin", "Воронин"], ["Solovyov", "Соловьёв"], ["Trofimov", "Трофимов"], ["Meshcheryakov", "Мещеряков"], ["Krasheninnikov", "Крашенинников"], ["Poluektov", "Полуэктов"], ["Skvortsov", "Скворцов"], ["Snegiryov", "Снегирёв"], ["Drozdov", "Дроздов"], ["Grachyov", "Грачёв"]], "ar_given": [["Ghufran", "غفران"], ["Wijdan", "وجدان"], ["Taghrid", "تغريد"], ["Intisar", "انتصار"], ["Mufid", "مفيد"], ["Qutaiba", "قتيبة"], ["Ammar", "عمار"], ["Luay", "لؤي"], ["Anmar", "أنمار"], ["Thamer", "ثامر"], ["Sinan", "سنان"], ["Salma", "سلمى"]], "ar_fam": [["Al-Tikriti", "التكريتي"], ["Al-Anbari", "الأنباري"], ["Al-Mosuli", "الموصلي"], ["Al-Basri", "البصري"], ["Al-Najafi", "النجفي"], ["Al-Hamawi", "الحموي"], ["Al-Homsi", "الحمصي"], ["Al-Dimashqi", "الدمشقي"], ["Al-Maqdisi", "المقدسي"], ["Al-Khalili", "الخليلي"], ["Al-Jaziri", "الجزيري"], ["Al-Tunisi", "التونسي"], ["Al-Maghribi", "المغربي"], ["Al-Hadrami", "الحضرمي"], ["Al-Halabi", "الحلبي"], ["Al-Khayyat", "الخياط"]], "hi_given": [["Dhananjay", "धनंजय"], ["Prabhakar", "प्रभाकर"], ["Harshvardhan", "हर्षवर्धन"]], "hi_fam": [["Patwardhan", "पटवर्धन"], ["Acharya", "आचार्य"]]}
WORD_GIVEN_FREE = ["Merit", "Constance", "Felicity", "Trinity", "Sydney", "Sierra", "Georgia", "Lynn", "Easter", "Rosemary", "Starling", "Dew", "Shiloh", "Archer", "Heath", "Buck"]
WORD_FAMILY_FREE = ["Goodman", "Rush", "Lively", "Darling", "Meek", "Bass", "Herring", "Rivers", "Archer", "Sargent", "Abbott", "Hodgkin", "Armstrong", "Pope", "Baron"]
US_TOWNS = [["Quimby", "IA"], ["Muleshoe", "TX"], ["Chiloquin", "OR"], ["Chemult", "OR"], ["Gilchrist", "OR"], ["Boardman", "OR"], ["Athena", "OR"], ["Weston", "OR"], ["Imbler", "OR"], ["Richland", "OR"], ["Ironside", "OR"], ["Juntura", "OR"], ["Drewsey", "OR"], ["Frenchglen", "OR"], ["Denio", "NV"], ["Orovada", "NV"], ["Carlin", "NV"], ["Montello", "NV"], ["Owyhee", "NV"], ["Gabbs", "NV"], ["Luning", "NV"], ["Schurz", "NV"], ["Coleville", "CA"], ["Chalfant", "CA"], ["Olancha", "CA"], ["Darwin", "CA"], ["Trona", "CA"], ["Inyokern", "CA"], ["Randsburg", "CA"], ["Johannesburg", "CA"], ["Hinkley", "CA"], ["Barstow", "CA"], ["Yermo", "CA"], ["Daggett", "CA"], ["Ludlow", "CA"], ["Amboy", "CA"], ["Essex", "CA"], ["Goffs", "CA"], ["Topock", "AZ"], ["Oatman", "AZ"], ["Meadview", "AZ"], ["Seligman", "AZ"], ["Bellemont", "AZ"], ["Leupp", "AZ"], ["Woodruff", "AZ"], ["Shumway", "AZ"], ["Overgaard", "AZ"], ["Pinetop", "AZ"], ["Nutrioso", "AZ"], ["Eagar", "AZ"], ["Greer", "AZ"], ["Quemado", "NM"], ["Datil", "NM"], ["Lemitar", "NM"], ["Polvadera", "NM"], ["Veguita", "NM"], ["Jarales", "NM"], ["Peralta", "NM"], ["Tijeras", "NM"], ["Cerrillos", "NM"], ["Galisteo", "NM"], ["Lamy", "NM"], ["Glorieta", "NM"], ["Ribera", "NM"], ["Dilia", "NM"], ["Encino", "NM"], ["Duran", "NM"], ["Carrizozo", "NM"], ["Capitan", "NM"], ["Hondo", "NM"], ["Tinnie", "NM"], ["Picacho", "NM"], ["Arabela", "NM"], ["Hagerman", "NM"], ["Maljamar", "NM"], ["Lovington", "NM"], ["Jal", "NM"], ["Tullahoma", "TN"], ["Ponchatoula", "LA"], ["Hammond", "LA"], ["Picayune", "MS"], ["Shuqualak", "MS"], ["Philadelphia", "MS"], ["Carthage", "MS"], ["Pelahatchie", "MS"], ["Mendenhall", "MS"], ["Magee", "MS"], ["Bassfield", "MS"], ["Columbia", "MS"], ["Gloster", "MS"], ["Woodville", "MS"], ["Vicksburg", "MS"], ["Anguilla", "MS"], ["Isola", "MS"], ["Inverness", "MS"], ["Moorhead", "MS"], ["Vaiden", "MS"], ["Kilmichael", "MS"], ["Eupora", "MS"], ["Maben", "MS"], ["Louisville", "MS"], ["Noxapater", "MS"], ["McCool", "MS"], ["Sallis", "MS"], ["Quitman", "MS"]]
FOREIGN_TOWNS = {"Ghana": ["Tamale", "Takoradi", "Sunyani", "Bolgatanga", "Koforidua"], "Nigeria": ["Ogbomosho", "Ilorin", "Akure", "Nsukka"], "Kenya": ["Kisumu", "Nakuru", "Nyeri", "Machakos", "Kakamega", "Thika", "Malindi", "Lamu", "Garissa"], "Tanzania": ["Mwanza", "Dodoma", "Morogoro", "Tanga"], "Uganda": ["Jinja", "Mbarara", "Gulu", "Lira", "Masaka"], "India": ["Visakhapatnam", "Tirupati", "Tiruchirappalli", "Thanjavur", "Mysuru", "Belagavi", "Kolhapur", "Nashik", "Aurangabad", "Nagpur", "Gwalior", "Jabalpur", "Indore", "Ujjain", "Varanasi", "Prayagraj", "Gorakhpur", "Bareilly", "Moradabad"], "Pakistan": ["Multan", "Sialkot", "Gujranwala", "Bahawalpur", "Sukkur"], "Vietnam": ["Haiphong", "Danang"], "South Korea": ["Changwon", "Gimhae", "Gyeongju", "Gangneung", "Suwon", "Ansan"], "China": ["Changchun", "Shenyang", "Dalian", "Jinan", "Qingdao", "Zibo", "Weifang", "Yantai", "Linyi", "Xuzhou", "Yangzhou", "Zhenjiang", "Changzhou", "Wuxi", "Suzhou", "Ningbo", "Shaoxing", "Taizhou"], "Russia": ["Yaroslavl", "Cherepovets", "Tver", "Smolensk", "Kursk", "Belgorod", "Voronezh", "Penza", "Saratov", "Ulyanovsk", "Kazan", "Izhevsk", "Perm"], "Ukraine": ["Poltava", "Vinnytsia", "Zhytomyr", "Rivne", "Lutsk", "Chernivtsi", "Cherkasy"], "Poland": ["Bydgoszcz", "Białystok", "Lublin", "Częstochowa", "Zabrze"], "Jordan": ["Mafraq", "Karak", "Aqaba"], "Lebanon": ["Tyre", "Zahle", "Baalbek", "Byblos"], "Iraq": ["Sulaymaniyah"], "Norway": ["Bodø", "Trondheim", "Stavanger", "Kristiansand", "Drammen", "Lillehammer", "Hamar", "Gjøvik"], "Sweden": ["Luleå", "Sundsvall", "Östersund", "Västerås", "Örebro", "Jönköping"], "Tonga": ["Neiafu"], "Samoa": ["Salelologa"], "Fiji": ["Suva", "Lautoka", "Nadi", "Labasa", "Savusavu", "Levuka"], "Mexico": ["Cuernavaca", "Tlaxcala", "Pachuca", "Querétaro", "Celaya", "Irapuato", "Colima", "Tepic", "Mazatlán"], "Guatemala": ["Huehuetenango", "Cobán", "Escuintla", "Mazatenango", "Chiquimula", "Zacapa", "Jutiapa"]}
STREET_BASES = ["Brackenridge", "Cinderford", "Thornbury", "Ravensworth", "Coldharbour", "Wexcombe", "Hazelrigg", "Meadowsweet", "Chicory", "Burdock", "Teasel", "Feverfew", "Campion", "Moorhen", "Curlew", "Wagtail", "Dunlin", "Bittern", "Merganser", "Shoveler", "Gadwall", "Corncrake", "Whimbrel", "Linnet", "Redpoll", "Siskin", "Brambling", "Fieldfare", "Redwing", "Pipit", "Treecreeper", "Firecrest", "Bunting", "Stonechat", "Whinchat", "Wheatear", "Ropewalk", "Saltbox", "Brickkiln", "Limekiln", "Flaxmill", "Packhorse", "Drovers", "Ferryman", "Pewter", "Goldthread", "Buffalograss", "Witchhazel", "Serviceberry", "Bearberry", "Bunchberry", "Trillium", "Bloodroot", "Coltsfoot", "Mayapple", "Pickerelweed", "Arrowhead", "Bulrush", "Sedgewick", "Spatterdock", "Duckweed", "Watercress", "Wildrye", "Fescue", "Bluejoint", "Needlegrass", "Gramma", "Sacaton", "Creosote", "Chamise", "Toyon"]

# ---------------------------------------------------------------- names asked for as people that other splits also use
WORD_NAMES_REQUESTED = {"given": ["Hope", "Will", "Faith", "Grant", "Bill", "Joy", "Summer", "Austin"],
                        "family": ["Young", "Brown", "Rich", "Price", "Long", "Love", "Parker", "Graves", "Grant", "Austin"]}
# a sentence that uses each word name as the ordinary word (kept), added when the note names someone so
WORD_USE = {
    "hope": "We " + K("word", "hope") + " the new schedule is easier to follow.",
    "will": "Nursing " + K("word", "will") + " recheck this at the next visit.",
    "faith": "Patient has " + K("word", "faith") + " in the plan and agrees with it.",
    "grant": "Transport is covered by a county " + K("word", "grant") + " this quarter.",
    "bill": "The itemized " + K("word", "bill") + " was mailed separately.",
    "joy": "Reports less " + K("word", "joy") + " in usual activities; PHQ-2 reviewed.",
    "summer": "Symptoms tend to flare in " + K("word", "summer") + " heat.",
    "young": "Presentation is unusual in a " + K("word", "young adult") + ".",
    "brown": "Small amount of " + K("word", "brown discharge") + " noted, no odor.",
    "rich": "Advised a diet " + K("word", "rich in fibre") + ".",
    "price": "The cash " + K("word", "price") + " of the inhaler was discussed.",
    "long": "Switched to a " + K("word", "long-acting") + " formulation.",
    "love": "States she would " + K("word", "love") + " to get back to gardening.",
    "rush": "No need to " + K("word", "rush") + " the taper.",
    "bass": "Hearing test noted reduced " + K("word", "bass") + " tones on the left.",
    "meek": "Affect " + K("word", "meek") + " but appropriate.",
    "rivers": "Avoids swimming in " + K("word", "rivers") + " while the wound heals.",
    "heath": "Walks on the " + K("word", "heath") + " behind the house most mornings.",
    "darling": "Calls the cat her " + K("word", "darling") + ".",
    "lively": "Child " + K("word", "lively") + " and playful on exam.",
    "merit": "The request has " + K("word", "merit") + " and was forwarded.",
    "easter": "Family gathering planned for " + K("word", "Easter") + ".",
    "dew": "Drinks Mountain " + K("word", "Dew") + " daily; caffeine reduction advised.",
    "buck": "Bucket seat transfer practised; patient said he \"won't pass the " + K("word", "buck") + "\" on exercises.",
    "pope": "Watched the " + K("word", "Pope") + "'s address on television with family.",
    "archer": "Hobbies include " + K("word", "archery") + ".",
    "rosemary": "Uses " + K("word", "rosemary") + " oil on the scalp.",
    "parker": "Uses a " + K("word", "Parker") + " pen to log readings.",
    "graves": "History of " + K("eponym", "Graves' disease") + " treated with radioiodine.",
    "austin": "Exam: no " + K("eponym", "Austin Flint murmur") + ".",
    "jordan": "Previously lived in " + K("word", "Jordan") + " (the country) for work.",
    "hodgkin": "Remote " + K("eponym", "Hodgkin lymphoma") + ", in remission.",
    "georgia": "Moved from " + K("word", "Georgia") + " (the state) last year.",
}

NATIVE_SCRIPTS = {"zh": "Chinese", "ko": "Korean", "ru": "Russian", "ar": "Arabic", "hi": "Devanagari"}
LANG_OF_GIVEN = {k: k.split("_")[0] for k in GIVEN}
CRED_MD = ["MD", "DO", "MD", "MBBS", "MD, PhD"]
STATES = ["AL", "AZ", "CA", "CO", "GA", "IL", "MN", "NC", "NM", "NY", "OH", "OR", "PA", "TN", "TX", "VA", "WA", "WI"]
KIN = ["daughter", "son", "wife", "husband", "sister", "brother", "niece", "nephew", "granddaughter", "grandson", "mother", "partner",
       "cousin", "aunt", "stepdaughter", "daughter-in-law", "son-in-law"]
FEM_KIN = {"daughter", "wife", "sister", "niece", "granddaughter", "mother", "aunt", "stepdaughter", "daughter-in-law"}
MALE_KIN = {"son", "husband", "brother", "nephew", "grandson", "son-in-law"}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


class Person:
    def __init__(self, given, family, sex, native=None, mid=None, clin=False, role="", cred="", nick=None):
        self.given, self.family, self.sex, self.native, self.mid = given, family, sex, native, mid
        self.clin, self.role, self.cred, self.nick = clin, role, cred, nick

    @property
    def full(self):
        return f"{self.given} {self.family}"

    def fhir(self):
        out = [{"text": self.full, "family": self.family, "given": [self.given] + ([self.mid] if self.mid else [])}]
        if self.native:
            g, f, east = self.native
            out.append({"text": (f + g) if east == "zh" else (f"{f} {g}" if east == "ko" else f"{g} {f}"), "family": f, "given": [g]})
        return out


class C:
    """One note's context: the chart people, the outsiders it names, dates and identifiers."""

    def __init__(self, rng, ntype):
        self.rng, self.ntype = rng, ntype
        r = rng
        self.visit = dt.date(2023, 1, 1) + dt.timedelta(days=r.randint(0, 900))
        old = r.random() < 0.12
        age = r.randint(90, 103) if old else r.randint(19, 88)
        self.age = age
        self.dob = dt.date(self.visit.year - age, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.visit.month, self.visit.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.pt = self.person(r.choice("FM"), clin=False)
        self.pronoun = {"F": ("she", "her", "her"), "M": ("he", "his", "him")}[self.pt.sex] if r.random() < 0.9 else ("they", "their", "them")
        self.title = ("Ms." if self.pt.sex == "F" else "Mr.") if self.pronoun[0] != "they" else "Mx."
        self.rels = []
        for _ in range(r.randint(2, 3)):
            rel = r.choice(KIN)
            sex = "F" if rel in FEM_KIN else "M" if rel in MALE_KIN else r.choice("FM")
            same = rel in ("daughter", "son", "sister", "brother", "granddaughter", "grandson", "mother") and r.random() < 0.6
            p = self.person(sex, family=self.pt.family if same and not self.pt.native else None)
            self.rels.append((p, rel, self.phone_raw()))
        self.team = []
        for role, creds in (("attending", CRED_MD), ("primary care", ["MD", "DO", "NP", "PA-C"]), ("nurse", ["RN", "RN, BSN", "LPN"]),
                            ("case manager", ["LCSW", "RN, CCM", "MSW"]), ("pharmacist", ["PharmD", "RPh"]),
                            ("consultant", CRED_MD), ("radiologist", ["MD", "DO"])):
            self.team.append(self.person(r.choice("FM"), clin=True, role=role, cred=r.choice(creds)))
        self.mrn = r.choice(["", "M", "E", "H"]) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 9])))
        street = r.choice(STREET_BASES)
        self.home = (f"{r.randint(12, 9899)} {street} {r.choice(['Road', 'Lane', 'Street', 'Drive', 'Way', 'Court', 'Avenue', 'Trail', 'Loop', 'Place'])}",
                     r.choice(["", "", "", f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(100, 420)}", f"Lot {r.randint(2, 88)}"]))
        self.town = r.choice(US_TOWNS)
        self.zip = f"{r.randint(10000, 99950):05d}"
        self.cell = self.phone_raw()
        self.homeph = self.phone_raw() if r.random() < 0.5 else None
        self.email = self.make_email(self.pt)
        self.named_rel, self.named_team = set(), set()

    # -------------------------------------------------------------- people
    def person(self, sex, clin=False, role="", cred="", family=None):
        r = self.rng
        lang = r.choice(sorted({k.split("_")[0] for k in GIVEN} | {"script"} ))
        native = None
        if lang == "script" and not clin or (lang == "script" and r.random() < 0.4):
            sc = r.choice(["zh", "ko", "ru", "ar", "hi"])
            if sc == "zh":
                (g, gn), (f, fn) = r.choice(SCRIPT["zh_given"]), r.choice(SCRIPT["zh_fam"])
                native = (gn, fn, "zh")
            elif sc == "ko":
                (g, gn), (f, fn) = r.choice(SCRIPT["ko_given"]), r.choice(SCRIPT["ko_fam"])
                native = (gn, fn, "ko")
            elif sc == "ru":
                ru = SCRIPT["ru"]
                gs = [x for x in ru if not x[0].endswith(("ov", "ev", "in", "yov"))]
                fs = [x for x in ru if x[0].endswith(("ov", "ev", "in", "yov"))]
                (g, gn), (f, fn) = r.choice(gs), r.choice(fs)
                sex = "F" if g.endswith("a") or g.endswith("ya") else "M"
                if sex == "F":
                    f, fn = f + "a", fn + "а"
                native = (gn, fn, "ru")
            elif sc == "ar":
                (g, gn), (f, fn) = r.choice(SCRIPT["ar_given"]), r.choice(SCRIPT["ar_fam"])
                native = (gn, fn, "ar")
            else:
                (g, gn), (f, fn) = r.choice(SCRIPT["hi_given"]), r.choice(SCRIPT["hi_fam"])
                native = (gn, fn, "hi")
            if family and not native:
                f = family
            p = Person(g, f, sex, native=native, clin=clin, role=role, cred=cred)
        else:
            if lang == "script":
                lang = "en"
            gk = f"{lang}_{'f' if sex == 'F' else 'm'}"
            g = r.choice(GIVEN.get(gk) or GIVEN["en_f" if sex == "F" else "en_m"])
            fams = [k for k in FAMILY if k.startswith(lang[:2])] or ["en"]
            fk = r.choice(fams) if r.random() < 0.8 else r.choice(sorted(FAMILY))
            f = family or r.choice(FAMILY[fk])
            roll = r.random()
            if roll < 0.10 and not family:
                g = r.choice(WORD_NAMES_REQUESTED["given"] + WORD_GIVEN_FREE)
            elif roll < 0.20 and not family:
                f = r.choice(WORD_NAMES_REQUESTED["family"] + WORD_FAMILY_FREE)
            p = Person(g, f, sex, clin=clin, role=role, cred=cred)
        if r.random() < 0.35:
            p.mid = r.choice("ABCDEFGHJKLMNPRSTVW")
        if r.random() < 0.25 and len(p.given) >= 7 and "-" not in p.given:
            for pre in ("Oluwa", "Ade", "Olu", "Chi", "Ayo"):
                if p.given.startswith(pre) and len(p.given) - len(pre) >= 3:
                    p.nick = p.given[len(pre):].capitalize()
                    break
            else:
                p.nick = p.given[:4] + ("ie" if p.given[3] not in "aeiouy" else "")
        return p

    def outsider(self, role, clin=False, cred=""):
        return self.person(self.rng.choice("FM"), clin=clin, role=role, cred=cred)

    def tm(self, role):
        return next(p for p in self.team if p.role == role)

    # -------------------------------------------------------------- name shapes (the title and credential stay outside the span)
    def nm(self, p, form=None):
        r = self.rng
        if p in self.team:
            self.named_team.add(p.role)
        for i, (q, _, _) in enumerate(self.rels):
            if q is p:
                self.named_rel.add(i)
        cat = "PROVIDER_NAME" if p.clin else "NAME"
        form = form or r.choice(["full", "full", "full", "lf", "LF", "il", "fl", "first", "title", "caps", "mid", "nick", "native"])
        g, f = p.given, p.family
        if form == "native" and not p.native:
            form = "full"
        if form == "nick" and not p.nick:
            form = "full"
        if form == "full":
            return P(cat, f"{g} {f}")
        if form == "mid":
            return P(cat, f"{g} {p.mid}. {f}" if p.mid else f"{g} {f}")
        if form == "lf":
            return P(cat, f"{f}, {g}")
        if form == "LF":
            return P(cat, f"{f.upper()}, {g.upper()}" + (f" {p.mid}" if p.mid else ""))
        if form == "il":
            return P(cat, f"{g[0]}. {f}")
        if form == "fl":
            return P(cat, f"{g} {f[0]}.")
        if form == "first":
            return P(cat, g)
        if form == "last":
            return P(cat, f)
        if form == "title":
            t = "Dr." if p.clin and p.cred in CRED_MD + ["DO", "PharmD"] else {"F": "Ms.", "M": "Mr."}[p.sex]
            if p is self.pt:
                t = self.title
            elif not p.clin and r.random() < 0.15:
                t = r.choice(["Mx.", "Mrs." if p.sex == "F" else "Mr."])
            return f"{t} " + P(cat, f)
        if form == "caps":
            return P(cat, f"{g} {f}".upper())
        if form == "lower":
            return P(cat, (g if r.random() < 0.5 else f"{g} {f}").lower())
        if form == "nick":
            return P(cat, f"{g} \u201c{p.nick}\u201d {f}" if r.random() < 0.5 else f'{g} "{p.nick}" {f}')
        if form == "native":
            gn, fn, sc = p.native
            nat = fn + gn if sc == "zh" else (f"{fn} {gn}" if sc == "ko" else f"{gn} {fn}")
            lat = f"{g} {f}" if r.random() < 0.6 else f"{f.upper()} {g}"
            return P(cat, nat) + " (" + P(cat, lat) + ")" if r.random() < 0.6 else P(cat, lat) + " / " + P(cat, nat)
        raise ValueError(form)

    def sig(self, p, style=None):
        r = self.rng
        style = style or r.choice(["dash", "esig", "slash", "plain", "caps", "init", "attest"])
        cr = p.cred
        if style == "dash":
            return f"-- {self.nm(p, r.choice(['il', 'full']))}, {cr}"
        if style == "esig":
            return f"Electronically signed: {self.nm(p, r.choice(['full', 'lf', 'mid']))}, {cr} {self.dt()} {self.hm()}"
        if style == "slash":
            return f"/s/ {self.nm(p, 'full')} {cr}"
        if style == "caps":
            return f"{self.nm(p, 'caps')}, {cr}"
        if style == "init":
            ini = (p.given[0] + (p.mid or "") + p.family.replace("'", "")[0]).upper()
            return f"{self.nm(p, 'full')}, {cr} ({ini})"
        if style == "attest":
            return (f"I saw and examined the patient with the resident and agree with the findings and plan as documented. "
                    f"{self.nm(p, 'title')}")
        return f"{self.nm(p, 'full')}, {cr}"

    # -------------------------------------------------------------- identifiers
    def phone_raw(self):
        r = self.rng
        a, b, c = r.randint(201, 989), r.randint(201, 989), r.randint(0, 9999)
        fmt = r.choice(["({a}) {b}-{c:04d}", "{a}-{b}-{c:04d}", "{a}.{b}.{c:04d}", "+1 {a} {b} {c:04d}", "{a}{b}{c:04d}"])
        return fmt.format(a=a, b=b, c=c)

    def ph(self, raw=None):
        return P("PHONE", raw or self.phone_raw())

    def fax(self):
        return P("FAX", self.phone_raw())

    def dt(self, delta=None, style=None):
        r = self.rng
        d = self.visit + dt.timedelta(days=delta if delta is not None else r.randint(-60, 45))
        style = style or r.choice(["us", "us", "iso", "long", "short", "dmy", "mon"])
        s = {"us": f"{d.month}/{d.day}/{d.year}", "iso": d.isoformat(), "long": f"{MON[d.month - 1]} {d.day}, {d.year}",
             "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "dmy": f"{d.day} {MON[d.month - 1][:3]} {d.year}",
             "mon": f"{MON[d.month - 1][:3]} {d.day}"}[style]
        return P("DATE", s)

    def vdate(self, style=None):
        return self.dt(0, style)

    def dob_s(self):
        d = self.dob
        return P("DATE", self.rng.choice([f"{d.month}/{d.day}/{d.year}", d.isoformat(), f"{MON[d.month - 1]} {d.day}, {d.year}"]))

    def hm(self):
        r = self.rng
        return f"{r.randint(7, 20):02d}{r.choice([':', ''])}{r.randint(0, 59):02d}"

    def mrn_s(self):
        return P("MRN", self.mrn)

    def acct(self):
        r = self.rng
        return P("ACCOUNT", r.choice(["", "A", "HAR "]) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([8, 9, 10]))))

    def plan(self):
        r = self.rng
        return P("HEALTH_PLAN", r.choice(["XJH", "MCD", "QWB", "ZKP", "WLC"]) + "".join(str(r.randint(0, 9)) for _ in range(9)))

    def email_s(self, p=None):
        return P("EMAIL", self.email if p is None else self.make_email(p))

    def make_email(self, p):
        r = self.rng
        import unicodedata as u
        def a(s):
            return "".join(ch for ch in u.normalize("NFKD", s) if ch.isascii() and ch.isalpha()).lower()
        local = r.choice([f"{a(p.given)}.{a(p.family)}", f"{a(p.given)[0]}{a(p.family)}{r.randint(1, 99)}", f"{a(p.family)}{a(p.given)[:2]}"])
        return f"{local}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'aol.com'])}"

    def addr(self, full=True):
        line, unit = self.home
        t, st = self.town
        s = P("ADDRESS", line + (", " + unit if unit else ""))
        if full:
            s += ", " + P("CITY", t) + f", {st} " + P("ZIP", self.zip)
        return s

    def town_s(self):
        return P("CITY", self.town[0])

    def age_s(self):
        if self.age >= 90:
            return P("AGE_OVER_89", str(self.age))
        return K("age", str(self.age))

    def other_town(self):
        t, st = self.rng.choice(US_TOWNS)
        return P("CITY", t) + f", {st}"

    def abroad(self):
        country = self.rng.choice(sorted(FOREIGN_TOWNS))
        return P("CITY", self.rng.choice(FOREIGN_TOWNS[country])) + f", {country}"

    def rel(self, i=None):
        i = self.rng.randrange(len(self.rels)) if i is None else i
        return self.rels[i]


# ---------------------------------------------------------------- clinical text that must survive
EPONYMS = ["Parkinson's disease", "Graves' disease", "Crohn's disease", "Down syndrome", "Bell's palsy", "Murphy sign", "Babinski sign",
           "Homans sign", "Hashimoto thyroiditis", "Raynaud phenomenon", "Cushing syndrome", "Addison disease", "Barrett esophagus",
           "Alzheimer dementia", "Sjögren syndrome", "Guillain-Barré syndrome", "Meniere disease", "Wilson disease", "Tourette syndrome",
           "Kawasaki disease", "Baker cyst", "Colles fracture", "Dupuytren contracture", "McMurray test", "Lachman test", "Osgood-Schlatter disease"]
DRUGS = ["metoprolol succinate 25 mg daily", "apixaban 5 mg BID", "lisinopril 10 mg daily", "atorvastatin 40 mg nightly",
         "sertraline 50 mg daily", "levothyroxine 88 mcg daily", "insulin glargine 18 units nightly", "furosemide 40 mg daily",
         "amoxicillin-clavulanate 875 mg BID", "carbidopa-levodopa 25/100 mg TID", "methimazole 10 mg daily", "prednisone 40 mg daily",
         "gabapentin 300 mg TID", "tamsulosin 0.4 mg nightly", "ondansetron 4 mg q8h PRN", "enoxaparin 40 mg SC daily",
         "nitrofurantoin 100 mg BID", "mesalamine 1.2 g BID", "donepezil 10 mg nightly", "albuterol 90 mcg 2 puffs q4h PRN",
         "buprenorphine-naloxone 8/2 mg daily", "empagliflozin 10 mg daily", "hydrochlorothiazide 12.5 mg daily"]
VITALS = ["BP 138/84", "HR 92", "T 38.1 C", "SpO2 94% on RA", "RR 18", "BP 162/95", "HR 58", "Temp 98.9 F", "SpO2 97%", "Wt 71.4 kg",
          "BMI 31.2", "BP 104/62", "pulse 110"]
LABS = ["HbA1c 8.4%", "Cr 1.6", "K 5.3", "Na 131", "Hgb 9.8", "WBC 13.2", "TSH 0.02", "INR 2.6", "troponin <0.01", "eGFR 41",
        "LDL 142", "lactate 2.9", "BNP 880", "ALT 64", "platelets 98"]
SCORES = ["Glasgow Coma Scale 15", "Apgar 8/9", "PHQ-9 14", "GAD-7 11", "Morse Fall Scale 55", "Braden 16", "CHA2DS2-VASc 4",
          "Wells score 1", "NIHSS 3", "MoCA 22/30", "CURB-65 2", "ESI 3", "Pain 6/10", "AUDIT-C 5"]
CODES = ["I10", "E11.65", "J44.1", "N18.31", "F32.1", "I48.91", "M54.50", "K50.90", "G20", "E05.00", "Z79.01", "R07.89", "LOINC 4548-4",
         "LOINC 2160-0", "CPT 99214", "CPT 71046", "Z59.01"]
ABBR = ["COPD", "CHF", "DNR/DNI", "NPO", "PRN", "AKI", "UTI", "DVT", "GERD", "CKD", "SOB", "HEENT", "PERRLA", "ROM", "OT/PT"]
DIAG = ["community-acquired pneumonia", "acute on chronic systolic heart failure", "type 2 diabetes mellitus", "major depressive disorder",
        "atrial fibrillation", "cellulitis of the left lower leg", "acute kidney injury", "osteoarthritis of the knee", "iron deficiency anemia",
        "urinary tract infection", "opioid use disorder", "alcohol use disorder in early remission"]
WORD_KEEP = ["We " + K("word", "hope") + " to avoid readmission.", "Pharmacy " + K("word", "will") + " call when the refill is ready.",
             "Patient " + K("word", "may") + " shower after 48 hours.", "The hospital " + K("word", "bill") + " is under review by billing.",
             "A small " + K("word", "grant") + " from the foundation covers the co-pay.", "Typical for a " + K("word", "young adult") + ".",
             "Scant " + K("word", "brown discharge") + " on the dressing.", "Encouraged foods " + K("word", "rich in fibre") + ".",
             "Prefers a " + K("word", "long-acting") + " option.", "Asked about the " + K("word", "price") + " of the patch.",
             "She says she has " + K("word", "faith") + " things will settle.".replace(" will ", " " + K("word", "will") + " "),
             "Follow up in " + K("word", "summer") + " for repeat imaging.", "Son finds " + K("word", "joy") + " in visiting on weekends.",
             "Reports feeling " + K("word", "young") + " again after the knee surgery.", "No " + K("word", "rush") + " to start the second agent.",
             "It is a " + K("word", "long") + " drive to the clinic; telehealth offered."]


def kp(c, kind):
    r = c.rng
    return K(kind, r.choice({"eponym": EPONYMS, "drug": DRUGS, "vital": VITALS, "lab": LABS, "score": SCORES, "code": CODES,
                             "abbreviation": ABBR, "diagnosis": DIAG}[kind]))


def clin_sentences(c):
    """Short clinical sentences dense in kept terms."""
    r = c.rng
    pro = c.pronoun[0].capitalize()
    opts = [
        f"Known {kp(c, 'eponym')}; also followed for {kp(c, 'diagnosis')} ({kp(c, 'code')}).",
        f"Vitals: {kp(c, 'vital')}, {kp(c, 'vital')}, {kp(c, 'vital')}.",
        f"Labs today {kp(c, 'lab')}, {kp(c, 'lab')}; {kp(c, 'score')}.",
        f"Meds reviewed: {kp(c, 'drug')}; {kp(c, 'drug')}.",
        f"{pro} is {c.age_s()} years old with {kp(c, 'abbreviation')} and {kp(c, 'eponym')}.",
        f"Screening: {kp(c, 'score')}. Plan continues {kp(c, 'drug')}.",
        r.choice(WORD_KEEP),
        f"Exam negative for {kp(c, 'eponym')}; {kp(c, 'vital')}.",
    ]
    r.shuffle(opts)
    return " ".join(opts[:r.randint(3, 5)]) + "\n"


# ---------------------------------------------------------------- shared sub-blocks (people in many positions)
def blk_contacts(c):
    r = c.rng
    lines = ["Contacts:" if r.random() < 0.5 else "EMERGENCY CONTACTS"]
    for i, (p, rel, ph) in enumerate(c.rels):
        sh = r.choice(["{n} ({rel}) {ph}", "{rel}: {n}, cell {ph}", "{n} - {rel} - {ph}", "{rel} {n} {ph}"])
        lines.append("- " + sh.format(n=c.nm(p, r.choice(["full", "lf", "first", "caps", "native", "nick"])), rel=rel, ph=c.ph(ph)))
    if r.random() < 0.5:
        nb = c.outsider("neighbour")
        lines.append(f"- neighbour {c.nm(nb, r.choice(['full', 'title', 'first']))} has a key, {c.ph()}")
    return "\n".join(lines) + "\n"


def blk_table(c):
    r = c.rng
    sep = r.choice([" | ", "\t"])
    rows = [sep.join(["Name", "Relation", "Phone", "Notes"])]
    for p, rel, ph in c.rels[:2]:
        rows.append(sep.join([c.nm(p, r.choice(["full", "lf", "LF"])), rel, c.ph(ph), r.choice(["HCP", "lives with pt", "out of state", "primary"])]))
    o = c.outsider("landlord")
    rows.append(sep.join([c.nm(o, "full"), r.choice(["landlord", "property manager"]), c.ph(), "re: access ramp"]))
    return "\n".join(rows) + "\n"


def blk_calllog(c):
    r = c.rng
    p, rel, ph = c.rel()
    cov = c.outsider("covering", clin=True, cred="MD")
    nurse = c.tm("nurse")
    lines = [
        f"{c.dt(r.randint(-3, 0), 'us')} {c.hm()} call from {rel} {c.nm(p, r.choice(['first', 'full', 'lower']))} at {c.ph(ph)}: asking about discharge meds.",
        f"{c.hm()} returned call; spoke with {c.nm(p, 'first')}. Message relayed to {c.nm(cov, 'title')} (covering).",
        f"{c.hm()} {c.nm(nurse, r.choice(['il', 'fl', 'first']))} RN left VM for pt at {c.ph(c.cell)}.",
    ]
    return "\n".join(lines[:r.randint(2, 3)]) + "\n"


def blk_forward(c):
    r = c.rng
    cm, pc = c.tm("case manager"), c.tm("primary care")
    return (f"---- Forwarded message ----\nFrom: {c.nm(cm, 'full')} <{c.email_s(cm)}>\nTo: {c.nm(pc, r.choice(['full', 'lf']))}\n"
            f"Sent: {c.dt(r.randint(-5, 0), 'long')}\nSubject: {r.choice(['f/u', 'FYI', 'pt update'])} - {c.nm(c.pt, r.choice(['lf', 'LF', 'il']))}\n"
            f"Hi {c.nm(pc, 'first')}, {c.title} {c.nm(c.pt, 'last')}'s {c.rel()[1]} asked me to pass this along. Thanks, {c.nm(cm, 'first')}\n")


def blk_quote(c):
    r = c.rng
    p, rel, _ = c.rel()
    said = r.choice(["I just want Mom home", "he hasn't been eating since Tuesday", "she keeps calling me by my sister's name",
                     "we can't do stairs anymore", "nobody told us about the new pill"])
    shape = r.choice([
        f'Per {rel} {c.nm(p, "first")}: "{said}."',
        f'{c.nm(p, "full")} ({rel}) stated, "{said}."',
        f'"{said}," said {c.nm(p, "first")}, the patient\'s {rel}.',
    ])
    return shape + "\n"


def blk_outsiders(c):
    r = c.rng
    opts = []
    it = c.outsider("interpreter")
    opts.append(f"Visit conducted with {r.choice(['Spanish', 'Yoruba', 'Russian', 'Arabic', 'Korean', 'Mandarin', 'Twi', 'Polish', 'Hindi'])} "
                f"interpreter {c.nm(it, r.choice(['full', 'first', 'fl']))} (ID {P('OTHER_ID', str(r.randint(10000, 99999)))}).")
    cov = c.outsider("covering", clin=True, cred="MD")
    opts.append(f"Discussed overnight with covering hospitalist {c.nm(cov, r.choice(['title', 'full', 'il']))}.")
    nb = c.outsider("neighbour")
    opts.append(f"Neighbour {c.nm(nb, r.choice(['full', 'first', 'title']))} checks on {c.pronoun[2]} daily and drove {c.pronoun[2]} in today.")
    oc = c.outsider("outside", clin=True, cred="MD")
    opts.append(f"Outside records from {c.nm(oc, r.choice(['title', 'full', 'caps']))} ({r.choice(['cardiology', 'nephrology', 'rheumatology', 'neurology'])}, "
                f"{c.other_town()}) reviewed; office {c.ph()}, fax {c.fax()}.")
    ld = c.outsider("landlord")
    opts.append(f"Landlord {c.nm(ld, r.choice(['title', 'full']))} agreed to install grab bars.")
    hh = c.outsider("aide")
    opts.append(f"Home health aide {c.nm(hh, r.choice(['first', 'full', 'lower']))} visits three times a week.")
    r.shuffle(opts)
    return " ".join(opts[:r.randint(2, 3)]) + "\n"


def blk_ids(c):
    r = c.rng
    opts = [f"MRN {c.mrn_s()}", f"Acct {c.acct()}", f"Plan ID {c.plan()}", f"DOB {c.dob_s()}", f"Home {c.ph(c.homeph) if c.homeph else c.ph(c.cell)}",
            f"Email {c.email_s()}", f"Address {c.addr()}"]
    r.shuffle(opts)
    return "; ".join(opts[:r.randint(3, 5)]) + "\n"


def blk_lowercase(c):
    r = c.rng
    p, rel, ph = c.rel()
    return r.choice([
        f"pt's {rel} {c.nm(p, 'lower')} called back, ok w/ plan.\n",
        f"spoke w/ {c.nm(p, 'lower')} ({rel}), {c.pronoun[0]} {K('word', 'will')} bring the med list.\n",
        f"portal msg from {c.nm(c.pt, 'lower')}: \"can my {rel} pick up the rx?\" - yes, ok'd.\n",
    ])


def blk_possessive(c):
    r = c.rng
    p, rel, _ = c.rel()
    return r.choice([
        f"{c.title} {c.nm(c.pt, 'last')}'s {rel}, {c.nm(p, 'full')}, is the health care proxy.\n",
        f"{c.nm(p, 'first')}'s number changed ({rel}); new cell on file.\n",
        f"Per {c.nm(c.tm('primary care'), 'title')}'s note of {c.dt(r.randint(-90, -10))}, the plan was unchanged.\n",
    ])


BLOCKS = [blk_contacts, blk_table, blk_calllog, blk_forward, blk_quote, blk_outsiders, blk_ids, blk_lowercase, blk_possessive]


# ---------------------------------------------------------------- the nine types: four headings x three bodies each
def pt_hdr(c):
    r = c.rng
    return r.choice([f"Patient: {c.nm(c.pt, 'lf')}", f"PATIENT: {c.nm(c.pt, 'LF')}", f"Pt: {c.nm(c.pt, 'full')}",
                     f"Name: {c.nm(c.pt, r.choice(['native', 'mid', 'full']))}", f"RE: {c.nm(c.pt, r.choice(['full', 'LF']))}"])


def H(kind):
    """Four headings per type."""
    def head(c):
        r = c.rng
        i = r.randrange(4)
        a, pc = c.tm("attending"), c.tm("primary care")
        nu = c.tm({"social work note": "case manager", "pharmacy note": "pharmacist", "radiology report": "radiologist",
                   "consult note": "consultant", "referral letter": "primary care"}.get(kind, "nurse"))
        title = kind.upper() if i % 2 else kind.title()
        if i == 0:
            return f"{title}\n{pt_hdr(c)}   MRN: {c.mrn_s()}   DOB: {c.dob_s()}\nDate: {c.vdate()}\nAttending: {c.nm(a, r.choice(['full', 'lf', 'title']))}\n\n"
        if i == 1:
            return f"{title} -- {c.vdate('long')}\n{pt_hdr(c)} | Age {c.age_s()} | {c.mrn_s()}\nPCP: {c.nm(pc, r.choice(['full', 'il', 'LF']))}, {pc.cred} ({c.ph()})\n\n"
        if i == 2:
            return f"{c.nm(c.pt, 'LF')}  #{c.mrn_s()}\n{title} | {c.vdate('iso')} {c.hm()}\nAuthor: {c.nm(nu, r.choice(['fl', 'full']))}, {nu.cred}\n\n"
        return f"{title}\nDate of service: {c.vdate('short')}\n{pt_hdr(c)}\nAcct: {c.acct()}  Plan: {c.plan()}\ncc: {c.nm(pc, 'full')}; {c.nm(c.tm('case manager'), 'il')}\n\n"
    return head


def ds1(c):
    a, pc = c.tm("attending"), c.tm("primary care")
    p, rel, ph = c.rel()
    return (f"Admitted {c.dt(-6)} for {kp(c, 'diagnosis')}. Discharged {c.vdate()} home with {rel} {c.nm(p, 'full')} ({c.ph(ph)}).\n"
            f"HOSPITAL COURSE: {c.nm(c.pt, 'title')} improved on {kp(c, 'drug')}. {clin_sentences(c)}"
            f"Follow-up with {c.nm(pc, 'title')} within 7 days. Results pending will be routed to {c.nm(pc, 'il')}.\n".replace(" will ", " " + K("word", "will") + " ")
            + f"{c.sig(a)}\n")


def ds2(c):
    a = c.tm("attending")
    res = c.outsider("resident", clin=True, cred="MD")
    return (f"Diagnoses: 1) {kp(c, 'diagnosis')} 2) {kp(c, 'eponym')} 3) {kp(c, 'abbreviation')}\n"
            f"Consults: {c.nm(c.tm('consultant'), 'title')} ({c.rng.choice(['cardiology', 'GI', 'neurology'])}).\n{clin_sentences(c)}"
            f"Discharge instructions reviewed with patient and {c.rel()[1]} {c.nm(c.rel()[0], 'first')} using teach-back.\n"
            f"Dictated by {c.nm(res, 'full')}, {res.cred} for {c.nm(a, 'full')}, {a.cred}.\n{c.sig(a, 'attest')}\n")


def ds3(c):
    a, nu = c.tm("attending"), c.tm("nurse")
    return (f"Pt is a {c.age_s()} y/o seen {c.dt(-4, 'mon')}-{c.vdate('mon')}. Lives at {c.addr()} with {c.nm(c.rel()[0], 'full')}.\n"
            f"{clin_sentences(c)}Meds to beds filled; RN {c.nm(nu, 'fl')} reviewed each med with {c.pronoun[1]} {c.rel()[1]}.\n"
            f"{c.sig(a, 'esig')}\n")


def rl1(c):
    cons, pc = c.tm("consultant"), c.tm("primary care")
    r = c.rng
    return (f"To: {c.nm(cons, r.choice(['full', 'title']))}, {r.choice(['Cardiology', 'Rheumatology', 'Neurology', 'Endocrinology'])}\n"
            f"From: {c.nm(pc, 'full')}, {pc.cred}\nFax: {c.fax()}\n\nDear {c.nm(cons, 'title')},\n"
            f"Thank you for seeing {c.nm(c.pt, r.choice(['full', 'mid']))} (DOB {c.dob_s()}), a {c.age_s()}-year-old with {kp(c, 'eponym')}. "
            f"{clin_sentences(c)}{c.pronoun[0].capitalize()} can be reached at {c.ph(c.cell)}; {c.pronoun[1]} {c.rel()[1]} {c.nm(c.rel()[0], 'full')} helps with scheduling.\n"
            f"Kind regards,\n{c.nm(pc, r.choice(['full', 'caps']))}, {pc.cred}\n")


def rl2(c):
    cons, pc = c.tm("consultant"), c.tm("primary care")
    return (f"Dear Dr. {c.nm(cons, 'last')} and colleagues,\nRE: {c.nm(c.pt, 'LF')}, MRN {c.mrn_s()}\n"
            f"I am referring this patient for evaluation of {kp(c, 'diagnosis')}. {clin_sentences(c)}"
            f"Previously seen by {c.nm(c.outsider('outside', clin=True, cred='MD'), 'title')} in {c.other_town()}.\n"
            f"With thanks,\n{c.sig(pc, c.rng.choice(['dash', 'plain', 'slash']))}\ncc: {c.nm(c.tm('case manager'), 'full')}\n")


def rl3(c):
    cons, pc = c.tm("consultant"), c.tm("primary care")
    return (f"Referral request {c.vdate()}\nReferring: {c.nm(pc, 'LF')} {pc.cred} | NPI {P('OTHER_ID', npi(c.rng))}\nReceiving: {c.nm(cons, 'lf')}\n"
            f"Reason: {kp(c, 'eponym')} with {kp(c, 'score')}.\n{clin_sentences(c)}"
            f"Pt prefers appointments after 2 pm; contact {c.rel()[1]} {c.nm(c.rel()[0], 'first')} at {c.ph(c.rel()[2])}.\nThanks - {c.nm(pc, 'first')}\n")


def te1(c):
    nu, pc = c.tm("nurse"), c.tm("primary care")
    p, rel, ph = c.rel()
    return (f"Caller: {c.nm(p, c.rng.choice(['full', 'first', 'lower']))} ({rel}) Callback: {c.ph(ph)}\n"
            f"Reason: {c.nm(c.pt, 'first')} has had fever since {c.dt(-2, 'mon')}. {clin_sentences(c)}"
            f"Advised per protocol. Routed to {c.nm(pc, 'title')}.\n{c.nm(nu, c.rng.choice(['fl', 'il', 'full']))}, {nu.cred}\n")


def te2(c):
    nu, pc = c.tm("nurse"), c.tm("primary care")
    return (f"Pt called re refill of {kp(c, 'drug')}. Verified name {c.nm(c.pt, 'full')} and DOB {c.dob_s()}.\n"
            f"{clin_sentences(c)}Per {c.nm(pc, 'il')}: ok to refill x1. Pharmacy notified.\n"
            f"Call ended {c.hm()}. -- {c.nm(nu, 'first')}\n")


def te3(c):
    nu = c.tm("nurse")
    caller = c.outsider("caller")
    return (f"Incoming call from {c.nm(caller, 'full')}, who identified {'herself' if caller.sex == 'F' else 'himself'} as a friend of "
            f"{c.nm(c.pt, 'title')}. Not on release; no information given. Caller number {c.ph()}.\n"
            f"Later spoke with patient directly at {c.ph(c.cell)}; {c.pronoun[0]} gave verbal consent to speak with {c.nm(caller, 'first')}.\n"
            f"{clin_sentences(c)}{c.sig(nu, 'init')}\n")


def sw1(c):
    cm = c.tm("case manager")
    ld = c.outsider("landlord")
    return (f"SW met with {c.nm(c.pt, 'title')} and {c.pronoun[1]} {c.rel()[1]}, {c.nm(c.rel()[0], 'full')}, at bedside.\n"
            f"Housing: rents at {c.addr()}; landlord {c.nm(ld, 'full')} ({c.ph()}) has filed notice. {clin_sentences(c)}"
            f"Plan: SW to contact legal aid. {c.sig(cm, 'dash')}\n")


def sw2(c):
    cm = c.tm("case manager")
    return (f"Psychosocial assessment. Patient born in {c.abroad()}, moved to {c.town_s()} in {P('DATE', str(c.rng.randint(1975, 2019)))}.\n"
            f"Support: {c.nm(c.rel()[0], 'first')} ({c.rel()[1]}) and church friend {c.nm(c.outsider('friend'), 'full')}. {clin_sentences(c)}"
            f"Insurance {c.plan()}. {c.nm(cm, 'full')}, {cm.cred}\n")


def sw3(c):
    cm = c.tm("case manager")
    cm2 = c.outsider("case manager", clin=True, cred="MSW")
    return (f"Care conference {c.vdate()} attended by {c.nm(c.pt, 'first')}, {c.nm(c.rel()[0], 'full')}, {c.nm(cm, 'il')} and "
            f"outside case manager {c.nm(cm2, 'full')} ({c.email_s(cm2)}).\n{clin_sentences(c)}"
            f"Next meeting {c.dt(14)}. {c.sig(cm, 'esig')}\n")


def ph1(c):
    rx = c.tm("pharmacist")
    pc = c.tm("primary care")
    return (f"Rx: {kp(c, 'drug')} | prescriber: {c.nm(pc, 'lf')}, {pc.cred} | verified by {c.nm(rx, 'il')}, {rx.cred}\n"
            f"{clin_sentences(c)}Picked up by {c.rel()[1]} {c.nm(c.rel()[0], 'full')} on {c.dt(1)}; ID checked.\n")


def ph2(c):
    rx = c.tm("pharmacist")
    return (f"Medication reconciliation with {c.nm(c.pt, 'full')} and {c.nm(c.rel()[0], 'first')} by phone {c.ph(c.cell)}.\n"
            f"{clin_sentences(c)}Outside pharmacy: pharmacist {c.nm(c.outsider('pharmacist', clin=True, cred='RPh'), 'full')}, {c.ph()}.\n"
            f"{c.sig(rx, 'dash')}\n")


def ph3(c):
    rx = c.tm("pharmacist")
    a = c.tm("attending")
    return (f"Anticoagulation note. {c.nm(a, 'title')} asked pharmacy to dose {kp(c, 'drug')}. {clin_sentences(c)}"
            f"Discussed with {c.title} {c.nm(c.pt, 'last')} and {c.pronoun[1]} {c.rel()[1]} by phone; teach-back done.\n"
            f"{c.nm(rx, 'full')}, {rx.cred} - pager {c.ph()}\n")


def tr1(c):
    nu = c.tm("nurse")
    return (f"Arrived by private vehicle with {c.rel()[1]} {c.nm(c.rel()[0], c.rng.choice(['first', 'full']))}. {clin_sentences(c)}"
            f"Triaged by {c.nm(nu, 'fl')}, {nu.cred} at {c.hm()}. Room 14.\n")


def tr2(c):
    nu = c.tm("nurse")
    ems = c.outsider("medic", clin=True, cred="EMT-P")
    return (f"EMS report from medic {c.nm(ems, 'full')}: found at {c.addr(full=False)} by neighbour {c.nm(c.outsider('neighbour'), 'title')}.\n"
            f"{clin_sentences(c)}Primary RN: {c.nm(nu, 'first')}. {c.nm(nu, 'il')}\n")


def tr3(c):
    nu = c.tm("nurse")
    return (f"CC: chest pain x2 days. {c.nm(c.pt, 'first')} states it started after helping {c.pronoun[1]} {c.rel()[1]} move. {clin_sentences(c)}"
            f"Fall risk band applied. {c.sig(nu, 'caps')}\n")


def pn1(c):
    a = c.tm("attending")
    return (f"S: {c.nm(c.pt, 'title')} feels better today. {c.rel()[1].capitalize()} {c.nm(c.rel()[0], 'first')} at bedside.\n"
            f"O: {clin_sentences(c)}A/P: {kp(c, 'diagnosis')} - continue {kp(c, 'drug')}.\n{c.sig(a)}\n")


def pn2(c):
    pc = c.tm("primary care")
    res = c.outsider("student", clin=True, cred="MS3")
    return (f"Interval history: seen with medical student {c.nm(res, 'full')}. {clin_sentences(c)}"
            f"Reviewed letter from {c.nm(c.outsider('outside', clin=True, cred='MD'), 'title')} dated {c.dt(-20)}.\n{c.sig(pc, 'attest')}\n")


def pn3(c):
    nu = c.tm("nurse")
    return (f"Nursing progress note {c.hm()}\n{clin_sentences(c)}Pt's {c.rel()[1]} {c.nm(c.rel()[0], 'lower')} called for update.\n"
            f"Handed off to {c.nm(c.outsider('night nurse', clin=True, cred='RN'), 'first')} (night RN). -- {c.nm(nu, 'fl')}\n")


def rd1(c):
    rad = c.tm("radiologist")
    pc = c.tm("primary care")
    return (f"EXAM: {c.rng.choice(['CT chest with contrast', 'MRI brain without contrast', 'US abdomen', 'XR knee 3 views'])} ({K('code', 'CPT 71046')})\n"
            f"Ordering: {c.nm(pc, 'LF')}\nComparison reviewed with {c.nm(c.outsider('outside radiologist', clin=True, cred='MD'), 'title')} at outside facility.\n"
            f"FINDINGS: {clin_sentences(c)}Read by: {c.nm(rad, c.rng.choice(['full', 'lf', 'caps']))}, {rad.cred}\n")


def rd2(c):
    rad = c.tm("radiologist")
    a = c.tm("attending")
    return (f"Patient: {c.nm(c.pt, 'LF')}  Acc#: {c.acct()}\nHISTORY: {kp(c, 'eponym')}.\nIMPRESSION: {clin_sentences(c)}"
            f"Discussed with {c.nm(a, 'title')} by phone at {c.hm()} on {c.vdate()}; read back confirmed.\n{c.sig(rad, 'esig')}\n")


def rd3(c):
    rad = c.tm("radiologist")
    tech = c.outsider("technologist", clin=True, cred="RT(R)")
    return (f"Technologist: {c.nm(tech, 'fl')}. {clin_sentences(c)}Preliminary read by {c.nm(c.outsider('resident', clin=True, cred='MD'), 'il')}; "
            f"final interpretation {c.nm(rad, 'full')}, {rad.cred}.\n")


def cn1(c):
    cons, a = c.tm("consultant"), c.tm("attending")
    return (f"Consult requested by {c.nm(a, 'title')} for {kp(c, 'eponym')}.\n{clin_sentences(c)}"
            f"Recommendations discussed with the primary team and {c.nm(c.pt, 'first')}'s {c.rel()[1]}.\n{c.sig(cons)}\n")


def cn2(c):
    cons = c.tm("consultant")
    fel = c.outsider("fellow", clin=True, cred="MD")
    return (f"Seen with fellow {c.nm(fel, 'full')}. History obtained from patient and {c.nm(c.rel()[0], 'full')} ({c.rel()[1]}).\n"
            f"{clin_sentences(c)}Thank you for this consult. {c.sig(cons, 'attest')}\n")


def cn3(c):
    cons = c.tm("consultant")
    return (f"Reason: {kp(c, 'diagnosis')}. {c.nm(c.pt, 'title')} is a {c.age_s()} y.o. from {c.town_s()}. {clin_sentences(c)}"
            f"Will follow. Pager {c.ph()}. {c.nm(cons, 'LF')}".replace("Will follow", K("word", "Will") + " follow") + f", {cons.cred}\n")


BODIES = {
    "discharge summary": (H("discharge summary"), [ds1, ds2, ds3]),
    "referral letter": (H("referral letter"), [rl1, rl2, rl3]),
    "telephone encounter": (H("telephone encounter"), [te1, te2, te3]),
    "social work note": (H("social work note"), [sw1, sw2, sw3]),
    "pharmacy note": (H("pharmacy note"), [ph1, ph2, ph3]),
    "triage note": (H("triage note"), [tr1, tr2, tr3]),
    "progress note": (H("progress note"), [pn1, pn2, pn3]),
    "radiology report": (H("radiology report"), [rd1, rd2, rd3]),
    "consult note": (H("consult note"), [cn1, cn2, cn3]),
}
