"""Note templates of the tune16 split (Python 3.11, standard library only).

Every value the corpus annotates is written through P(category, text) (PHI) or K(kind, text) (keep); these wrap the text
in control characters that generate_tune16.py strips while recording offsets. Everything here is invented: people,
numbers, addresses, dates.

The split is the nine ordinary note types, written dense in names. Unlike tune15 (four headings and three bodies a type),
no note has a fixed body: every note is put together from a large pool of independent line and sentence frames (headers,
call-log lines, radiology communication lines, letter blocks, family and outsider sentences, clinical sentences), chosen
and ordered afresh for each note. A frame is a string with {who.form} and {identifier} slots, rendered by Ctx.render:

    {pt.first}  {r1.kin}  {nb.full}  {att.title}  {phone}  {date:long}  {k:drug}  {w:will}

`who` is the patient (pt), a relative bound for the frame (r1, r2, r3), a chart clinician (att, pcp, rn, cm, rx, con, rad,
np) or an outsider made for the frame from ROLES (nb = neighbour, clk = clerk, tech = technologist, ...; nb2 is a second
one). A frame that starts with "^" is written in capitals, one that starts with "~" in lower case.

The pools below were filtered, by a throw-away script that printed counts only, against the NAME, PROVIDER_NAME, CITY and
ADDRESS spans of every other corpus file and the words of the other tune generators and templates; the generator checks
them again on every run. Three given names that another generator's pool holds (its --check counted them once this
split's gold held them) were taken out by hand.
"""

from __future__ import annotations

import datetime as dt
import re

KINDS = {"eponym", "drug", "vital", "lab", "score", "code", "abbreviation", "word", "age", "diagnosis"}
PARTICLES = {"de", "la", "del", "los", "van", "von", "der", "den", "ter", "ten", "mac", "bin", "bint", "al", "el", "nic", "ní",
             "ó", "le", "di", "dos", "das", "jr", "sr", "iii"}


def P(cat: str, s: str) -> str:
    assert s and s == s.strip() and not any(ch in s for ch in "\x01\x02\x03\x04{}"), (cat, s)
    return f"\x01{cat}\x02{s}\x03"


def K(kind: str, s: str) -> str:
    assert kind in KINDS and s and s == s.strip() and not any(ch in s for ch in "\x01\x02\x03\x04{}"), (kind, s)
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


def recase(s: str, f) -> str:
    """Upper- or lower-case the visible text of a marked string, leaving the labels alone."""
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch in "\x01\x04":
            j = s.index("\x02", i)
            out.append(s[i:j + 1])
            i = j + 1
        elif ch in "\x02\x03":
            out.append(ch)
            i += 1
        else:
            out.append(f(ch))
            i += 1
    return "".join(out)


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
        for ch in "0123456789":
            if luhn_ok("80840" + base + ch):
                return base + ch


def npi_ok(s: str) -> bool:
    return len(s) == 10 and s.isdigit() and luhn_ok("80840" + s)


class Skip(Exception):
    """A frame that cannot be written for this note (for example it needs a third relative); another is drawn."""


# ---------------------------------------------------------------- pools (filtered against the other splits; see README)
# per language: given names by sex and surnames ("Masc|Fem" where the surname changes with sex)
LANGS = {
    "en": {"F": ["Jessamy", "Isolde", "Mirabel", "Kerensa", "Demelza", "Jenifer", "Ermintrude", "Petula", "Grizel", "Perdita", "Clarimond", "Ismay", "Orvella", "Ottie"],
           "M": ["Osbert", "Algernon", "Tristram", "Lachie", "Jago", "Pascoe", "Rollo", "Ralston", "Delmar", "Ozell", "Cleophus", "Herschel", "Thurston", "Ransford", "Royston"],
           "fam": ["Blencowe", "Bramhall", "Cuthbertson", "Haworth", "Higginbottom", "Lightowler", "Sagar", "Butterworth", "Fazackerley", "Gaskell", "Pogson", "Yeadon", "Bottomley", "Heseltine", "Learoyd", "Moorhouse", "Oldroyd", "Carruthers", "Dalziel", "Elphinstone", "Farquharson", "Inglis", "Jardine", "Kinnear", "Menzies", "Pringle", "Rattray", "Tulloch", "Wedderburn", "Trelawny", "Penhaligon", "Polglase", "Chenoweth", "Trevithick", "Nancarrow", "Rowse", "Tremayne", "Kitto", "Rescorla", "Vosper", "Stallybrass", "Oddie", "Raikes", "Tomlinson-Fyfe", "Blakiston", "Coverdale", "Dimbleby", "Fernyhough", "Goldsworthy", "Hetherington", "Lingard", "Mossop", "Pocklington", "Sowter", "Twelvetrees", "Crumpler", "Inabinet", "Whisenant", "Fentress", "Wamsley", "Dunnaway", "Gatlin", "Kinsolving", "Threadgill"]},
    "ir": {"F": ["Aoibhinn", "Dervla", "Fionnuala", "Bláithín", "Heledd", "Mererid", "Sioned", "Nesta"],
           "M": ["Dáithí", "Aneurin", "Bleddyn", "Cynan", "Gruffudd", "Macsen", "Cadfael"],
           "fam": ["Ó Dochartaigh", "Ó Murchú", "Mac Aodha", "Ó Loingsigh", "Mac Fhionnlaoich", "O'Muircheartaigh", "Ní Bhraonáin", "Cadwgan", "Gittins", "Tudor", "Llewellin", "Meurig", "Rhydderch", "O'Mullane", "O'Kelleher"]},
    "nl": {"F": ["Griet", "Hanneke", "Maaike", "Nelleke", "Geertje", "Wietske", "Sjoukje", "Lieke", "Fenna"],
           "M": ["Bastiaan", "Cornelis", "Diederik", "Gijsbert", "Reinier", "Ysbrand", "Floris", "Lieven", "Jelle", "Hidde", "Tjeerd"],
           "fam": ["Vermeulen", "Wouters", "Claes", "Goossens", "Peeters", "Janssens", "Mertens", "Dewulf", "Van Acker", "Verstraete", "Bogaert", "De Smedt", "Hoogendoorn", "Schouten", "Brouwer", "Molenaar", "Veenstra", "Hoekstra", "Bosma", "Tjalsma", "Nieuwenhuis", "Zijlstra", "Terpstra", "Boersma", "Dijkgraaf", "Ploeg"]},
    "de": {"F": ["Heike", "Rosmarie", "Kunigunde", "Irmtraud", "Dietlinde", "Almut", "Heidrun", "Rotraut", "Wiltrud"],
           "M": ["Eckhart", "Joachim", "Volker", "Diethelm", "Kuno", "Leberecht", "Gebhard", "Hansjörg", "Ortwin", "Winfried"],
           "fam": ["Dürrenmatt", "Fassbender", "Grünwald", "Kässbohrer", "Oberholzer", "Quast", "Rüegg", "Schwarzenbach", "Tschudi", "Unterberger", "Wüthrich", "Hochstrasser", "Kälin", "Leuenberger", "Stöckli", "Zürcher", "Ammann", "Gerber", "Obermüller", "Brandenburger", "Kreuzberger", "Rothenbühler", "Zwahlen", "Hungerbühler"]},
    "fr": {"F": ["Clothilde", "Domitille", "Eugénie", "Josiane", "Maryvonne", "Nolwenn", "Gwenaëlle", "Annick", "Francine", "Odette"],
           "M": ["Baudouin", "Ghislain", "Hervé", "Marcelin", "Gwénolé", "Tanguy", "Eudes"],
           "fam": ["Le Guennec", "Kerhervé", "Le Bihan", "Quéré", "Morvan", "Guillou", "Jaouen", "Prigent", "Riou", "Cadiou", "Boudreault", "Lapointe", "Beauchemin", "Charbonneau", "Théberge", "L'Heureux", "D'Amboise", "Labrecque", "Gosselin", "Poirier-Bastien", "D'Aubigné", "D'Astous", "L'Écuyer", "L'Espérance", "D'Auteuil", "L'Italien"]},
    "it": {"F": ["Donatella", "Ersilia", "Tommasina", "Mariarosa"],
           "M": ["Bartolo", "Ettore", "Leonida", "Oreste", "Saverio", "Corrado", "Carmelo"],
           "fam": ["Bellomo", "Fiorentino", "Iacovelli", "Mazzarino", "Nicolosi", "Occhipinti", "Quattrocchi", "Tornabene", "Spanu", "Pinna", "Sanna", "Murgia", "Porcu", "Deiana", "Cossu", "Buscemi", "Castrogiovanni", "Lombardozzi", "Sciacca", "Vaccaro", "D'Ottavio", "Dall'Olio", "Sant'Ambrogio", "D'Agati"]},
    "es": {"F": ["Inmaculada", "Macarena", "Nieves", "Visitación", "Arantxa", "Nekane", "Miren", "Meritxell", "Xiana", "Uxía", "Purificación"],
           "M": ["Isidoro", "Prudencio", "Koldo", "Xabier", "Unai", "Brais", "Xosé", "Eneko"],
           "fam": ["Aguirrezabala", "Larrañaga", "Iturralde", "Casademunt", "Vilanova", "Castells", "Fontanals", "Outeiro", "Barreiro", "Seoane", "Carballo", "Piñeiro", "Rivadulla", "Arteaga Iturbe", "Basterretxea", "Zabaleta", "Sarasola", "Vidal-Quadras"]},
    "mx": {"F": ["Eréndira", "Zuleyma", "Nohemí", "Dalila", "Bonifacia", "Leonarda", "Micaela", "Reyna", "Wendolyne", "Maclovia"],
           "M": ["Teódulo", "Everardo", "Isauro", "Rutilio", "Sotero", "Taurino", "Apolinar", "Eliseo"],
           "fam": ["Tlatelpa", "Cuautle", "Tecuanhuey", "Coyotl", "Zempoalteca", "Teutli", "Huitzil", "Tepale", "Galván", "Pulido", "Mendiola", "Xochihua", "Tlapale", "Quechol", "Tlaseca", "Apanco", "Cuevas Tlatoa", "Nava Quechol", "Tepoz", "Tlacuilo", "Ixtepan"]},
    "pt": {"F": ["Lucélia", "Marilene", "Adalgisa", "Janaína", "Jucélia", "Gleice", "Edilene"],
           "M": ["Deolindo", "Edvaldo", "Florisvaldo", "Gilmar", "Leovigildo", "Nivaldo", "Valdemar", "Ailton", "Genivaldo", "Jurandir", "Waldir"],
           "fam": ["Cavaco", "Loureiro", "Semedo", "Carvalhais", "Mascarenhas", "Pestana", "Sardinha"]},
    "ro": {"F": ["Brândușa", "Corina", "Doina", "Ileana", "Luminița", "Petruța", "Rodica", "Viorica", "Geanina"],
           "M": ["Dorin", "Ionuț", "Nicușor", "Ovidiu", "Petrică", "Sorin", "Traian", "Viorel", "Cătălin", "Mircea"],
           "fam": ["Bălănescu", "Georgescu", "Niculescu", "Popovici", "Stănescu", "Teodorescu", "Zamfir", "Bucur", "Ciobanu", "Moldovan", "Ungureanu", "Bârsan"]},
    "hu": {"F": ["Csilla", "Gyöngyi", "Szilvia"],
           "M": ["Árpád", "Béla", "Csaba", "Miklós", "Szabolcs", "Zsolt"],
           "fam": ["Bakó", "Csizmadia", "Deák", "Fazekas", "Gulyás", "Lakatos", "Mészáros", "Oláh", "Pásztor", "Szűcs", "Takács", "Zsigmond", "Bárány", "Kecskeméti"]},
    "fi": {"F": ["Kaarina", "Raija", "Piret", "Tiiu", "Annikki"],
           "M": ["Aarne", "Heikki", "Jaakko", "Kalevi", "Lauri", "Pertti", "Raimo", "Seppo", "Jaan"],
           "fam": ["Kokkonen", "Laaksonen", "Pesonen", "Tuominen", "Väisänen", "Ylönen", "Ilves", "Kukk", "Pärn", "Kivimäki", "Luukkonen"]},
    "lt": {"F": ["Aušra", "Giedrė", "Jūratė", "Vilija", "Ilze", "Inese", "Sarmīte", "Dainora"],
           "M": ["Algirdas", "Gediminas", "Kęstutis", "Mindaugas", "Saulius", "Aivars", "Māris", "Uldis"],
           "fam": ["Jankauskas|Jankauskienė", "Žukauskas|Žukauskienė", "Butkus|Butkienė", "Krūmiņš|Krūmiņa"]},
    "is": {"F": ["Ragnheiður", "Mette", "Birgitte", "Dorthe", "Rakul"],
           "M": ["Þorsteinn", "Grímur", "Hallgrímur", "Snorri", "Poul", "Flemming", "Bogi", "Sjúrður"],
           "fam": ["Ragnarsson|Ragnarsdóttir", "Mortensen", "Frederiksen", "Poulsen"]},
    "gr": {"F": ["Athanasia", "Evangelia", "Eftychia", "Kyriaki", "Aikaterini", "Polyxeni", "Sotiria", "Theano"],
           "M": ["Dimosthenis", "Efstathios", "Thanasis", "Vangelis", "Christoforos", "Sotirios", "Miltiadis", "Periklis", "Themistoklis", "Evripidis"],
           "fam": ["Charalambous", "Efthymiou", "Kouris|Kouri", "Lambrakis|Lambraki", "Mavromatis|Mavromati", "Nikolaidis|Nikolaidou", "Triantafyllou", "Xenakis|Xenaki", "Zervas|Zerva"]},
    "sq": {"F": ["Arjana", "Blerta", "Elira", "Fatbardha", "Lindita", "Vjollca"],
           "M": ["Agim", "Arben", "Besnik", "Dritan", "Fatmir", "Gëzim", "Ilir", "Shpëtim"],
           "fam": ["Berisha", "Gashi", "Shala", "Morina", "Bytyqi", "Kelmendi", "Rexhepi", "Zeneli"]},
    "yu": {"F": ["Biljana", "Gordana", "Jasminka", "Zorica", "Slavica", "Nevenka", "Stoyanka", "Yordanka"],
           "M": ["Borislav", "Ljubomir", "Miloš", "Nebojša", "Predrag", "Zoran", "Željko", "Dejan", "Tsvetan"],
           "fam": ["Đorđević", "Lukić", "Marković", "Radosavljević", "Živković", "Babić", "Kralj", "Šimunović", "Tomašević", "Begović", "Hadžić", "Mehmedović", "Zukić", "Ćatić", "Hristov|Hristova", "Stoyanov|Stoyanova", "Tsvetkov|Tsvetkova", "Yordanov|Yordanova", "Zhelyazkov|Zhelyazkova"]},
    "ka": {"F": ["Tinatin", "Maia", "Rusudan", "Lamara", "Eteri", "Mzia", "Nanuli"],
           "M": ["Tengiz", "Revaz", "Gocha", "Otar", "Merab", "Amiran", "Badri", "Nodar"],
           "fam": ["Japaridze", "Maisuradze", "Nozadze", "Abashidze", "Dolidze", "Dadiani", "Gogoberidze", "Kiknadze", "Chkhaidze", "Lortkipanidze", "Svanidze"]},
    "hy": {"F": ["Armine", "Hasmik", "Nairi", "Tatevik", "Arpine", "Shushanik", "Nvard", "Lilit"],
           "M": ["Artak", "Hayk", "Levon", "Vahagn", "Zaven", "Samvel", "Suren", "Grigor", "Mher"],
           "fam": ["Manukyan", "Zakaryan", "Ghazaryan", "Babayan", "Ohanyan", "Alaverdyan", "Shahinyan", "Davtyan", "Hakobjanyan"]},
    "fa": {"F": ["Azadeh", "Bahareh", "Farzaneh", "Soheila", "Taraneh", "Yasaman", "Zhila", "Nazanin", "Avin", "Dilan", "Rojda"],
           "M": ["Behrouz", "Hooshang", "Mehrdad", "Parviz", "Ramin", "Siamak", "Touraj", "Babak", "Kamyar", "Shahram", "Zalmai", "Habibullah", "Rahmatullah", "Sherwan", "Hêmin"],
           "fam": ["Bahrami", "Mahmoudi", "Nazari", "Sadeghi", "Yazdani", "Esfahani", "Stanikzai", "Barakzai", "Wardak", "Sherzad", "Kakar", "Achakzai", "Mohmand", "Rekani"]},
    "tr": {"F": ["Aysel", "Cemile", "Dilek", "Sibel", "Türkan", "Zerrin", "Aygün", "Günel", "Sevinj", "Könül", "Gulchehra", "Shahnoza"],
           "M": ["Alparslan", "Bülent", "Erol", "Hakan", "Mesut", "Orhan", "Tayfun", "Elchin", "Vugar", "Tural", "Yerzhan", "Askar", "Jahongir", "Sardor", "Ulugbek"],
           "fam": ["Akbulut", "Bozkurt", "Çelebi", "Demirci", "Gündoğdu", "Sarıkaya", "Tekin", "Uysal", "Mammadov|Mammadova", "Zhaksybekov|Zhaksybekova", "Abdurakhmonov|Abdurakhmonova", "Toshmatov|Toshmatova", "Kahraman", "Karadağ", "Çakıroğlu", "Kocabaş", "Taşdemir", "Yazıcıoğlu", "Şahinkaya", "Gökçe"]},
    "ar": {"F": ["Dalal", "Jumana", "Nisreen", "Suha", "Najat", "Siham", "Halima"],
           "M": ["Iyad", "Walid", "Yazan", "Mounir", "Abdelkader", "Brahim", "Yassine", "Mehdi"],
           "fam": ["Benchekroun", "El Amrani", "Qassem", "Bennani", "Chraibi", "Lahlou", "Tazi", "Alaoui", "Bouzid", "Ferhat", "Mebarki", "Al-Mazrouei", "Al-Otaibi", "Al-Harbi", "Al-Ghamdi", "Fahmy", "Shenouda", "Girgis", "Tadros", "Boutros"]},
    "he": {"F": ["Hadas", "Liat", "Michal", "Orly", "Batsheva", "Chaya", "Devorah", "Tehila", "Meirav", "Sigal", "Efrat", "Hila", "Adva", "Nurit"],
           "M": ["Amnon", "Gilad", "Itzik", "Moshe", "Nadav", "Yonatan", "Zev", "Elkana", "Yoav", "Avner", "Shaul", "Doron", "Yiftach"],
           "fam": ["Katzenellenbogen", "Horowitz", "Lefkowitz", "Teitelbaum", "Birnbaum", "Zilbershtein", "Grossbard", "Hirschfeld", "Mandelbaum", "Rabinowicz", "Kornblum", "Ohayon", "Elbaz"]},
    "et": {"F": ["Yeshi", "Zewditu", "Frehiwot", "Tirhas", "Senait", "Ayantu", "Lalise", "Obse"],
           "M": ["Zerihun", "Mulugeta", "Fikre", "Amanuel", "Lencho", "Fayisa"],
           "fam": ["Gebrehiwot", "Kidane", "Gudina", "Tufa", "Woldegiorgis"]},
    "so": {"F": ["Xamdi", "Cawo", "Ikran", "Kowsar", "Naima", "Yasmiin"],
           "M": ["Daahir", "Cumar", "Ilyaas", "Khadar", "Qaasim", "Saciid", "Zakariye", "Cabdiqaadir"],
           "fam": ["Abdulle", "Cawaale", "Xuseen", "Ugaas", "Gurey", "Ciise", "Cilmi", "Gacal", "Jibriil", "Kaahin", "Madar", "Raage", "Waabeeye", "Xaange"]},
    "ea": {"F": ["Subira", "Tumaini", "Nasimiyu", "Namazzi", "Nakato", "Babirye", "Uwimana", "Ingabire", "Umutoni"],
           "M": ["Jumanne", "Mwita", "Mukasa", "Ssempala", "Habimana", "Hakizimana", "Bizimana"],
           "fam": ["Mwakasege", "Mushi", "Massawe", "Lyimo", "Kimaro", "Ssekandi", "Kiggundu", "Namutebi", "Mugisha", "Tumusiime", "Uwase", "Ndayishimiye"]},
    "za": {"F": ["Nokuthula", "Ntombi", "Palesa", "Boitumelo", "Kgomotso", "Refilwe", "Rudo", "Chipo", "Nyasha", "Tsitsi", "Fadzai"],
           "M": ["Tshepo", "Kagiso", "Lesedi", "Tatenda", "Kudakwashe", "Tafadzwa"],
           "fam": ["Mkhize", "Khumalo", "Mthembu", "Molefe", "Nkosi", "Mapfumo"]},
    "wa": {"F": ["Awa", "Coumba", "Fatou", "Ndeye", "Rokhaya", "Aissatou", "Mariama", "Binta", "Kadiatou"],
           "M": ["Abdoulaye", "Cheikh", "Moussa", "Babacar", "Lamine", "Souleymane", "Modou", "Aliou", "Aminu"],
           "fam": ["Diop", "Barry", "Bah", "Camara", "Touré", "Traoré", "Sissoko", "Coulibaly", "Konaté", "Diarra", "Sankoh", "Kamara", "Koroma", "Bangura", "Conteh", "Abubakar", "Danjuma", "Garba", "Lawal", "N'Guessan", "M'Bengue", "M'Barek", "N'Dri", "M'Baye"]},
    "ng": {"F": ["Korkor", "Dede", "Makafui", "Kosisochukwu", "Onyinye", "Aderonke", "Adenike", "Hadiza", "Rakiya", "Saadatu", "Hafsat", "Ladi'atu"],
           "M": ["Chidiebube", "Kelechukwu", "Ogochukwu", "Ebubechukwu", "Onyedikachi", "Chibuikem", "Oluwaseyi", "Oladimeji", "Morakinyo", "Akinwunmi", "Kolade", "Oyebode", "Nasiru", "Shehu", "Tijjani", "Umaru", "Haruna", "Lawan"],
           "fam": ["Tetteh", "Lamptey", "Amegah", "Agbeko", "Dzokoto", "Akintola", "Nnadozie", "Okwuosa", "Onuoha", "Ikeh", "Okpara", "Nwafor", "Ogundele", "Oyedele", "Ogunlesi", "Ogunmola", "Olanipekun", "Dikko", "Bichi", "Gwarzo", "Kankia", "Jega", "Ihejirika"]},
    "sa": {"F": ["Anusuya", "Bhavani", "Chitralekha", "Devika", "Hamsa", "Sumathi", "Tulasi", "Vasanthi", "Yamuna", "Mousumi", "Rupali", "Sharmistha", "Tanushree", "Ketaki", "Manjiri", "Jinal", "Nirali", "Gurleen", "Nishani", "Dilrukshi", "Sanduni"],
           "M": ["Anirban", "Debashis", "Indranil", "Partha", "Sourav", "Subhankar", "Muthu", "Nagaraj", "Sreenivas", "Unnikrishnan", "Sreejith", "Hrishikesh", "Aniket", "Chinmay", "Jignesh", "Kalpesh", "Nilesh", "Hardeep", "Chaminda", "Lasantha", "Tharindu", "Bishal", "Pemba"],
           "fam": ["Bandyopadhyay", "Chattopadhyay", "Dasgupta", "Ghoshal", "Mazumdar", "Sengupta", "Chidambaram", "Duraisamy", "Thangavel", "Vaidyanathan", "Kurian", "Varghese", "Apte", "Bajwa", "Wickramasinghe", "Goswami", "Pyne", "Kanagasabai", "Shanmugasundaram", "Karunaratne", "Abeywickrama", "Dissanayake"]},
    "se": {"F": ["Achara", "Busaba", "Chanida", "Duangjai", "Nittaya", "Wanida", "Sopheap", "Pisey", "Thandar", "Nyein", "Dewi", "Wulan", "Ratih", "Kartika", "Puspita", "Jennylyn", "Liezel"],
           "M": ["Niran", "Sombat", "Thanawat", "Wichai", "Souksavanh", "Khamphoui", "Kyaw", "Htun", "Bambang", "Joko", "Hendra", "Wahyu", "Slamet", "Sutrisno", "Haziq", "Amirul", "Faizal"],
           "fam": ["Bunnag", "Kittikachorn", "Ratanakorn", "Srisuwan", "Phromphan", "Phonsavanh", "Vongsay", "Sayavong", "Keomany", "Hlaing", "Myint", "Sutanto", "Wijaya", "Kusuma", "Santoso", "Hartono", "Gunawan", "Pranoto", "Suryadi", "Nugroho", "Hidayat", "Sumaoang", "Dumalagan", "Ilagan", "Malabanan"]},
    "vi": {"F": ["Thục", "Khuê"],
           "M": ["Cường", "Hoàn"],
           "fam": ["Chế"]},
    "cn": {"F": ["Siu-Fong", "Suk-Ching", "Tsz-Ching", "Yuet-Ming"],
           "M": ["Siu-Ming", "Tsz-Hin", "Yiu-Fai", "Wai-Yip", "Kai-Ming", "Shing-Fat"],
           "fam": ["Kwok", "Yeung", "Tsang", "Fung", "Mok", "Chiu", "Poon", "Siu", "Yip", "Ching", "Lui", "Xuanyuan", "Chunyu", "Shentu", "Puyang", "Gongye", "Zongzheng", "Sikong", "Dongguo", "Taishu"]},
    "jp": {"F": ["Chiharu", "Kazue", "Michiyo", "Natsumi", "Yoshiko", "Emiko", "Kiyomi"],
           "M": ["Akihiro", "Fumio", "Hideaki", "Kazuhiko", "Noboru", "Tadashi"],
           "fam": ["Kawaguchi", "Morioka", "Okabe", "Shiratori", "Hanazawa", "Mizoguchi", "Tachibana", "Chikamatsu", "Tokunaga", "Wakabayashi"]},
    "ko": {"F": ["Dal-lae"],
           "M": ["Hwi-seong"],
           "fam": ["Seonu", "Yuk", "Gye", "Myo", "Bing", "Gal"]},
    "mn": {"F": ["Narantsetseg", "Bolormaa", "Enkhtuya", "Sarangerel", "Altantsetseg"],
           "M": ["Munkhbat", "Tsogtbayar", "Enkhbold", "Otgonbayar"],
           "fam": ["Dashdorj", "Gombojav", "Lkhagvasuren", "Purevdorj"]},
    "ru": {"F": ["Agrafena", "Zlata", "Stanislava", "Lesya", "Bohdana"],
           "M": ["Ignat", "Kuzma", "Lavrenty", "Nikifor", "Platon", "Trofim", "Mykola", "Yarema"],
           "fam": ["Zhdanov|Zhdanova", "Tretyakov|Tretyakova", "Bespalov|Bespalova", "Kharitonov|Kharitonova", "Lukyanenko", "Tkachuk", "Boyko", "Ponomarenko", "Yatsenko", "Dovzhenko"]},
    "pl": {"F": ["Dobromira", "Libuše", "Blanka", "Vlasta"],
           "M": ["Bohumil", "Jaromír", "Ladislav", "Vojtěch", "Bořivoj", "Walenty", "Kajetan", "Szczepan", "Dobiesław"],
           "fam": ["Novotný|Novotná", "Kratochvíl|Kratochvílová", "Vondráček|Vondráčková", "Kadlec|Kadlecová", "Bartoš|Bartošová", "Szczygieł", "Przybyszewski|Przybyszewska", "Pietrzykowski|Pietrzykowska", "Chrząszcz", "Sobieszczański|Sobieszczańska", "Źrebiec"]},
    "pa": {"F": ["Haunani", "Hinemoa", "Litia", "Akanisi"],
           "M": ["Nikau", "Isoa", "Sitiveni", "Vilimone"],
           "fam": ["Leiataua", "Fuimaono", "Taumalolo", "Vainikolo", "Tuipulotu", "Waaka", "Taitano", "Quitugua", "Aguon", "Manibusan", "Langidrik", "Naivalu", "Tuilevuka", "Ravouvou"]},
    "ht": {"F": ["Mislaine", "Shenelle", "Jhenelle"],
           "M": ["Dieuseul", "Jocelin", "Ronel", "Kadeem", "Akeem", "Delroy"],
           "fam": ["Valcourt", "Dorvil", "Bien-Aimé", "Ramkissoon", "Persad", "Rampersad", "Seepersad", "Boodram", "Ragoonanan", "McFarlane"]},
    "an": {"F": ["Wayra", "Killa", "Sumaq", "Nayra", "Yupanki"],
           "M": ["Inti", "Yaku", "Wilka"],
           "fam": ["Chambi", "Yupanqui"]},
    "na": {"F": [],
           "M": [],
           "fam": ["Tehee", "Ketcher", "Kingbird"]},
    "tb": {"F": ["Lhamo", "Kelsang"],
           "M": ["Norbu", "Sonam"],
           "fam": ["Wangmo", "Gyatso"]},
}
# names with their form in the native script: (language, sex, given, family, given native, family native, order)
# order: gf = given first, fg = family first with a space, fgn = family first without a space
SCRIPT = [
    ["he", "M", "Nadav", "Birnbaum", "נדב", "בירנבאום", "gf"],
    ["ka", "F", "Tinatin", "Maisuradze", "თინათინ", "მაისურაძე", "gf"],
    ["hy", "F", "Hasmik", "Ghazaryan", "Հասմիկ", "Ղազարյան", "gf"],
    ["jp", "F", "Chiharu", "Hanazawa", "千春", "花沢", "fg"],
    ["ru", "F", "Bohdana", "Tkachuk", "Богдана", "Ткачук", "gf"],
    ["mn", "F", "Bolormaa", "Dashdorj", "Болормаа", "Дашдорж", "gf"],
    ["fa", "M", "Behrouz", "Yazdani", "بهروز", "یزدانی", "gf"],
    ["sa", "F", "Sharmistha", "Sengupta", "শর্মিষ্ঠা", "সেনগুপ্ত", "gf"],
    ["sa", "M", "Anirban", "Bandyopadhyay", "অনির্বাণ", "বন্দ্যোপাধ্যায়", "gf"],
    ["sa", "M", "Indranil", "Dasgupta", "ইন্দ্রনীল", "দাশগুপ্ত", "gf"],
    ["sa", "F", "Vasanthi", "Chidambaram", "வசந்தி", "சிதம்பரம்", "gf"],
    ["gr", "F", "Athanasia", "Efthymiou", "Αθανασία", "Ευθυμίου", "gf"],
    ["gr", "M", "Dimosthenis", "Charalambous", "Δημοσθένης", "Χαραλάμπους", "gf"],
    ["gr", "F", "Evangelia", "Zerva", "Ευαγγελία", "Ζερβά", "gf"],
    ["gr", "M", "Efstathios", "Mavromatis", "Ευστάθιος", "Μαυρομάτης", "gf"],
    ["gr", "M", "Christoforos", "Nikolaidis", "Χριστόφορος", "Νικολαΐδης", "gf"],
    ["gr", "M", "Vangelis", "Lambrakis", "Βαγγέλης", "Λαμπράκης", "gf"],
    ["he", "F", "Liat", "Lefkowitz", "ליאת", "לפקוביץ", "gf"],
    ["he", "M", "Amnon", "Katzenellenbogen", "אמנון", "קצנלנבוגן", "gf"],
    ["he", "F", "Hadas", "Teitelbaum", "הדס", "טייטלבוים", "gf"],
    ["he", "M", "Yonatan", "Horowitz", "יונתן", "הורוביץ", "gf"],
    ["he", "F", "Orly", "Birnbaum", "אורלי", "בירנבאום", "gf"],
    ["ka", "F", "Maia", "Japaridze", "მაია", "ჯაფარიძე", "gf"],
    ["ka", "M", "Tengiz", "Nozadze", "თენგიზ", "ნოზაძე", "gf"],
    ["ka", "M", "Revaz", "Dolidze", "რევაზ", "დოლიძე", "gf"],
    ["hy", "F", "Armine", "Babayan", "Արմինե", "Բաբայան", "gf"],
    ["hy", "M", "Zaven", "Zakaryan", "Զավեն", "Զաքարյան", "gf"],
    ["hy", "F", "Tatevik", "Manukyan", "Տաթևիկ", "Մանուկյան", "gf"],
    ["hy", "M", "Artak", "Manukyan", "Արտակ", "Մանուկյան", "gf"],
    ["et", "F", "Frehiwot", "Kidane", "ፍሬሕይወት", "ኪዳኔ", "gf"],
    ["et", "M", "Zerihun", "Gebrehiwot", "ዘሪሁን", "ገብረሕይወት", "gf"],
    ["et", "F", "Senait", "Woldegiorgis", "ሰናይት", "ወልደጊዮርጊስ", "gf"],
    ["et", "M", "Mulugeta", "Kidane", "ሙሉጌታ", "ኪዳኔ", "gf"],
    ["et", "M", "Amanuel", "Woldegiorgis", "አማኑኤል", "ወልደጊዮርጊስ", "gf"],
    ["jp", "F", "Kazue", "Shiratori", "和枝", "白鳥", "fg"],
    ["jp", "M", "Akihiro", "Mizoguchi", "明宏", "溝口", "fg"],
    ["jp", "F", "Michiyo", "Chikamatsu", "美智代", "近松", "fg"],
    ["jp", "F", "Kiyomi", "Wakabayashi", "清美", "若林", "fg"],
    ["jp", "M", "Hideaki", "Morioka", "秀明", "森岡", "fg"],
    ["jp", "F", "Emiko", "Okabe", "恵美子", "岡部", "fg"],
    ["jp", "M", "Noboru", "Kawaguchi", "昇", "川口", "fg"],
    ["ru", "F", "Agrafena", "Tretyakova", "Аграфена", "Третьякова", "gf"],
    ["ru", "M", "Trofim", "Zhdanov", "Трофим", "Жданов", "gf"],
    ["ru", "M", "Lavrenty", "Kharitonov", "Лаврентий", "Харитонов", "gf"],
    ["ru", "F", "Zlata", "Bespalova", "Злата", "Беспалова", "gf"],
    ["ru", "M", "Mykola", "Ponomarenko", "Микола", "Пономаренко", "gf"],
    ["ru", "F", "Lesya", "Dovzhenko", "Леся", "Довженко", "gf"],
    ["ru", "M", "Yarema", "Yatsenko", "Ярема", "Яценко", "gf"],
    ["ru", "M", "Nikifor", "Lukyanenko", "Никифор", "Лукьяненко", "gf"],
    ["mn", "M", "Otgonbayar", "Gombojav", "Отгонбаяр", "Гомбожав", "gf"],
    ["mn", "M", "Munkhbat", "Lkhagvasuren", "Мөнхбат", "Лхагвасүрэн", "gf"],
    ["ar", "F", "Dalal", "Benchekroun", "دلال", "بنشقرون", "gf"],
    ["ar", "F", "Nisreen", "Al-Otaibi", "نسرين", "العتيبي", "gf"],
    ["ar", "M", "Walid", "Al-Harbi", "وليد", "الحربي", "gf"],
    ["ar", "F", "Siham", "Lahlou", "سهام", "لحلو", "gf"],
    ["ar", "M", "Brahim", "Bouzid", "ابراهيم", "بوزيد", "gf"],
    ["ar", "F", "Halima", "Mebarki", "حليمة", "مباركي", "gf"],
    ["ar", "M", "Iyad", "Al-Ghamdi", "إياد", "الغامدي", "gf"],
    ["ar", "M", "Mounir", "Tazi", "منير", "التازي", "gf"],
    ["fa", "F", "Taraneh", "Sadeghi", "ترانه", "صادقی", "gf"],
    ["fa", "M", "Kamyar", "Bahrami", "کامیار", "بهرامی", "gf"],
    ["fa", "F", "Soheila", "Esfahani", "سهیلا", "اصفهانی", "gf"],
    ["fa", "M", "Touraj", "Mahmoudi", "تورج", "محمودی", "gf"],
    ["fa", "F", "Yasaman", "Nazari", "یاسمن", "نظری", "gf"],
    ["th", "M", "Thanawat", "Phromphan", "ธนวัฒน์", "พรหมพันธ์", "gf"],
    ["th", "F", "Wanida", "Kittikachorn", "วนิดา", "กิตติขจร", "gf"],
    ["th", "M", "Sombat", "Bunnag", "สมบัติ", "บุนนาค", "gf"],
    ["th", "F", "Achara", "Ratanakorn", "อัจฉรา", "รัตนากร", "gf"],
    ["zh", "M", "Peicheng", "Xuanyuan", "沛澄", "轩辕", "fgn"],
    ["zh", "M", "Zhanlin", "Chunyu", "湛霖", "淳于", "fgn"],
    ["zh", "F", "Qiaoyuan", "Shentu", "峤沅", "申屠", "fgn"],
    ["zh", "F", "Daiwei", "Puyang", "黛蔚", "濮阳", "fgn"],
    ["zh", "M", "Ruixu", "Gongye", "芮栩", "公冶", "fgn"],
    ["zh", "F", "Xinjin", "Zongzheng", "昕瑾", "宗政", "fgn"],
    ["zh", "M", "Haohong", "Sikong", "皓泓", "司空", "fgn"],
    ["zh", "F", "Shuyao", "Dongguo", "书瑶", "东郭", "fgn"],
    ["zh", "M", "Zhuoran", "Taishu", "卓然", "太叔", "fgn"],
    ["sa", "F", "Manjiri", "Apte", "मंजिरी", "आपटे", "gf"],
    ["sa", "M", "Hrishikesh", "Apte", "हृषीकेश", "आपटे", "gf"],
    ["ko", "F", "Dal-lae", "Gye", "달래", "계", "fg"],
    ["ko", "M", "Hwi-seong", "Seonu", "휘성", "선우", "fg"],
    ["ko", "M", "Hwi-seong", "Myo", "휘성", "묘", "fg"],
    ["ko", "F", "Dal-lae", "Bing", "달래", "빙", "fg"],
]
# ordinary words used as names (each has a sentence in WORD_USE that uses the word as a word)
WORD_GIVEN = ["Saffron", "Tempest", "Solace", "Indigo", "Jubilee", "Dove", "Posy"]
WORD_FAMILY = ["Gable", "Whisker", "Trestle", "Wicket", "Mower", "Fiddler", "Drummer", "Trumpeter", "Tipple", "Rafter", "Tackle", "Quiver", "Mallow", "Thorn", "Bristle"]
STREETS = [
    "Agrimony", "Almanac", "Andesite", "Anhinga", "Aqueduct", "Aragonite", "Astrolabe", "Azurite", "Bellflower", "Betony",
    "Bistort", "Bitternut", "Boathook", "Borage", "Bowyer", "Boxcar", "Brakeman", "Breakwater", "Bugloss", "Buoy",
    "Bushtit", "Cablecar", "Caboose", "Calving", "Canalboat", "Candytuft", "Capstan", "Carriagehouse", "Catbird", "Celandine",
    "Chachalaca", "Chervil", "Chiffchaff", "Cinquefoil", "Cistern", "Clamshell", "Coachhouse", "Coaling", "Coffeetree", "Comfrey",
    "Conductor", "Cordwainer", "Cowbird", "Cowcatcher", "Cowslip", "Cudweed", "Culvert", "Dotterel", "Driftwood", "Dropwort",
    "Dunnock", "Elderberry", "Eyebright", "Ferrydock", "Fireman", "Flagstop", "Flatcar", "Fleabane", "Floodgate", "Foremast",
    "Fringetree", "Fumitory", "Funicular", "Furrow", "Gallinule", "Garganey", "Gatehouse", "Glazier", "Gleaning", "Gnatcatcher",
    "Gneiss", "Goatsbeard", "Godwit", "Goldcrest", "Gondola", "Gooseberry", "Grackle", "Greenshank", "Gromwell", "Gunwale",
    "Halyard", "Hansom", "Harebell", "Hawkbit", "Haymow", "Henbit", "Hooper", "Hophornbeam", "Huckleberry", "Hyssop",
    "Icehouse", "Jadeite", "Jetty", "Junco", "Keelson", "Kettlebrook", "Kinglet", "Kiskadee", "Knapweed", "Lambing",
    "Lambsquarter", "Lapwing", "Lepidolite", "Limpkin", "Lockkeeper", "Longspur", "Loosestrife", "Lorimer", "Lovage", "Lungwort",
    "Madder", "Maplewood", "Marcasite", "Meadowrue", "Meetinghouse", "Milkwort", "Millwright", "Mizzen", "Moneywort", "Mugwort",
    "Nightjar", "Nimbus", "Orpine", "Orrery", "Ouzel", "Ovenbird", "Oxlip", "Oysterbed", "Paddock", "Pennyroyal",
    "Peridot", "Pewee", "Phaeton", "Phainopepla", "Pimpernel", "Pinfold", "Plowshare", "Pochard", "Poorfarm", "Pyrrhuloxia",
    "Quadrant", "Ragwort", "Rampion", "Redstart", "Restharrow", "Rhodonite", "Ropemaker", "Roundhouse", "Sainfoin", "Samphire",
    "Saxifrage", "Scabious", "Scaup", "Schist", "Selfheal", "Sextant", "Sheaf", "Shearing", "Sheepfold", "Sheepwash",
    "Shelduck", "Shrike", "Sidetrack", "Signalman", "Silverweed", "Skullcap", "Sleeper", "Sluicegate", "Smew", "Sneezewort",
    "Soapwort", "Solstice", "Speedwell", "Sphalerite", "Spikenard", "Spurline", "Stitchwort", "Stoker", "Stook", "Stormcloud",
    "Sugarberry", "Sugarbush", "Surrey", "Sweetbriar", "Switchyard", "Tanker", "Thrasher", "Thunderhead", "Toadflax", "Tollhouse",
    "Tormentil", "Towhee", "Trestlewood", "Trolley", "Turnstone", "Turntable", "Twite", "Valerian", "Verdin", "Vervain",
    "Vetchling", "Viaduct", "Waxwing", "Weathervane", "Wellhouse", "Whistlestop", "Whittler", "Wickerbasket", "Winnow", "Woad",
    "Wollastonite", "Wormwood", "Wryneck", "Yellowcress", "Yellowhammer", "Yellowthroat", "Zephyr",
]
US_TOWNS = [
    ["Ajo", "AZ"], ["Bisbee", "AZ"], ["Winkelman", "AZ"], ["Kearny", "AZ"], ["Hayden", "AZ"], ["Wikieup", "AZ"], ["Wenden", "AZ"], ["Quartzsite", "AZ"],
    ["Bouse", "AZ"], ["Dateland", "AZ"], ["Sasabe", "AZ"], ["Sonoita", "AZ"], ["Morenci", "AZ"], ["Payson", "AZ"], ["Cibecue", "AZ"], ["Whiteriver", "AZ"],
    ["McNary", "AZ"], ["Animas", "NM"], ["Hachita", "NM"], ["Zuni", "NM"], ["Ramah", "NM"], ["Thoreau", "NM"], ["Cubero", "NM"], ["Paguate", "NM"],
    ["Gallina", "NM"], ["Abiquiu", "NM"], ["Medanales", "NM"], ["Questa", "NM"], ["Cerro", "NM"], ["Costilla", "NM"], ["Amalia", "NM"], ["Mora", "NM"],
    ["Mosquero", "NM"], ["Solano", "NM"], ["Elida", "NM"], ["Dora", "NM"], ["Melrose", "NM"], ["Texico", "NM"], ["Broadview", "NM"], ["Kenna", "NM"],
    ["Malaga", "NM"], ["Andrews", "TX"], ["Seminole", "TX"], ["Levelland", "TX"], ["Anton", "TX"], ["Littlefield", "TX"], ["Olton", "TX"], ["Dimmitt", "TX"],
    ["Nazareth", "TX"], ["Tulia", "TX"], ["Silverton", "TX"], ["Mobeetie", "TX"], ["Canadian", "TX"], ["Higgins", "TX"], ["Follett", "TX"], ["Darrouzett", "TX"],
    ["Perryton", "TX"], ["Gruver", "TX"], ["Fritch", "TX"], ["Hedley", "TX"], ["Lelia Lake", "TX"], ["Benjamin", "TX"], ["Munday", "TX"], ["Aspermont", "TX"],
    ["Jayton", "TX"], ["Dickens", "TX"], ["Ropesville", "TX"], ["Wolfforth", "TX"], ["Shallowater", "TX"], ["Idalou", "TX"], ["Ralls", "TX"], ["Crosbyton", "TX"],
    ["Justiceburg", "TX"], ["Snyder", "TX"], ["Hermleigh", "TX"], ["Loraine", "TX"], ["Westbrook", "TX"], ["Coahoma", "TX"], ["Forsan", "TX"], ["Lenorah", "TX"],
    ["Ackerly", "TX"], ["Wickett", "TX"], ["Pyote", "TX"], ["Toyah", "TX"], ["Balmorhea", "TX"], ["Saragosa", "TX"], ["Presidio", "TX"], ["Redford", "TX"],
    ["Terlingua", "TX"], ["Sanderson", "TX"], ["Dryden", "TX"], ["Langtry", "TX"], ["Brackettville", "TX"], ["Spofford", "TX"], ["Carrizo Springs", "TX"], ["Asherton", "TX"],
    ["Catarina", "TX"], ["Encinal", "TX"], ["Cotulla", "TX"], ["Dilley", "TX"], ["Pearsall", "TX"], ["Devine", "TX"], ["Lytle", "TX"], ["Castroville", "TX"],
    ["Sabinal", "TX"], ["Leakey", "TX"], ["Rocksprings", "TX"], ["Mertzon", "TX"], ["Barnhart", "TX"], ["McCamey", "TX"], ["Iraan", "TX"], ["Mentone", "TX"],
    ["Notrees", "TX"], ["Grandfalls", "TX"], ["Coyanosa", "TX"], ["Girvin", "TX"], ["Mauricio", "TX"], ["Wamsutter", "WY"], ["Sinclair", "WY"], ["Saratoga", "WY"],
    ["Shoshoni", "WY"], ["Lysite", "WY"], ["Kaycee", "WY"], ["Clearmont", "WY"], ["Arvada", "WY"], ["Moorcroft", "WY"], ["Hulett", "WY"], ["Aladdin", "WY"],
    ["Upton", "WY"], ["Manville", "WY"], ["Glendo", "WY"], ["Guernsey", "WY"], ["Hartville", "WY"], ["Lingle", "WY"], ["LaGrange", "WY"], ["Albin", "WY"],
    ["Chugwater", "WY"], ["Bosler", "WY"], ["Baggs", "WY"], ["Savery", "WY"], ["Brockway", "MT"], ["Cohagen", "MT"], ["Melstone", "MT"], ["Ingomar", "MT"],
    ["Ballantine", "MT"], ["Worden", "MT"], ["Broadview", "MT"], ["Hobson", "MT"], ["Neihart", "MT"], ["Ringling", "MT"], ["Wilsall", "MT"], ["Absarokee", "MT"],
    ["Nye", "MT"], ["Bearcreek", "MT"], ["Bridger", "MT"], ["Fromberg", "MT"], ["Edgar", "MT"], ["Rapelje", "MT"], ["Alzada", "MT"], ["Plevna", "MT"],
    ["Wibaux", "MT"], ["Bainville", "MT"], ["Froid", "MT"], ["Redstone", "MT"], ["Flaxville", "MT"], ["Opheim", "MT"], ["Glentana", "MT"], ["Whitewater", "MT"],
    ["Loring", "MT"], ["Saco", "MT"], ["Hinsdale", "MT"], ["Harlem", "MT"], ["Rudyard", "MT"], ["Galata", "MT"], ["Sunburst", "MT"], ["Sweetgrass", "MT"],
    ["Valier", "MT"], ["Dupuyer", "MT"], ["Simms", "MT"], ["Ulm", "MT"], ["Dutton", "MT"], ["Hilger", "MT"], ["Reva", "SD"], ["Isabel", "SD"],
    ["Dupree", "SD"], ["Firesteel", "SD"], ["Wakpala", "SD"], ["Selby", "SD"], ["Bowdle", "SD"], ["Hecla", "SD"], ["Britton", "SD"], ["Veblen", "SD"],
    ["Sisseton", "SD"], ["Wilmot", "SD"], ["Revillo", "SD"], ["Estelline", "SD"], ["Volga", "SD"], ["De Smet", "SD"], ["Iroquois", "SD"], ["Cavour", "SD"],
    ["Wolsey", "SD"], ["Harrold", "SD"], ["Onida", "SD"], ["Gettysburg", "SD"], ["Hoven", "SD"], ["Tolstoy", "SD"], ["Faulkton", "SD"], ["Cresbard", "SD"],
    ["Mellette", "SD"], ["Northville", "SD"], ["Ashton", "SD"], ["Doland", "SD"], ["Conde", "SD"], ["Groton", "SD"], ["Amherst", "SD"], ["Westport", "SD"],
    ["Philip", "SD"], ["Draper", "SD"], ["Presho", "SD"], ["Kennebec", "SD"], ["Oacoma", "SD"], ["Pukwana", "SD"], ["Plankinton", "SD"], ["Stickney", "SD"],
    ["Corsica", "SD"], ["Armour", "SD"], ["Delmont", "SD"], ["Tripp", "SD"], ["Parkston", "SD"], ["Menno", "SD"], ["Viborg", "SD"], ["Wakonda", "SD"],
    ["Gayville", "SD"], ["Tabor", "SD"], ["Tyndall", "SD"], ["Avon", "SD"], ["Lake Andes", "SD"], ["Pickstown", "SD"], ["Geddes", "SD"], ["Bonesteel", "SD"],
    ["Fairfax", "SD"], ["Herrick", "SD"], ["Colome", "SD"], ["Witten", "SD"], ["Parmelee", "SD"], ["Oelrichs", "SD"], ["Edgemont", "SD"], ["Fairburn", "SD"],
    ["Hermosa", "SD"], ["Nisland", "SD"], ["Whitewood", "SD"], ["Nemo", "SD"], ["Eastport", "ME"], ["Guilford", "ME"], ["Jackman", "ME"], ["Rangeley", "ME"],
    ["Kingfield", "ME"], ["Madawaska", "ME"], ["Van Buren", "ME"], ["Hardwick", "VT"], ["Enosburg Falls", "VT"], ["Richford", "VT"], ["Swanton", "VT"], ["Haverhill", "NH"],
    ["Wolfeboro", "NH"], ["Ossipee", "NH"], ["Potsdam", "NY"], ["Gouverneur", "NY"], ["Tupper Lake", "NY"], ["Saranac Lake", "NY"], ["Boonville", "NY"], ["Cobleskill", "NY"],
    ["Walton", "NY"], ["Unadilla", "NY"], ["Ellenville", "NY"], ["Kane", "PA"], ["Punxsutawney", "PA"], ["Kittanning", "PA"], ["Ebensburg", "PA"], ["Mifflintown", "PA"],
    ["Tunkhannock", "PA"], ["Towanda", "PA"], ["Honesdale", "PA"], ["Vanceburg", "KY"], ["Erwin", "TN"], ["Elizabethton", "TN"], ["Byrdstown", "TN"], ["Gainesboro", "TN"],
    ["Lynchburg", "TN"], ["Monterey", "VA"], ["Appomattox", "VA"], ["Lunenburg", "VA"], ["Bakersville", "NC"], ["Newland", "NC"], ["Hayesville", "NC"], ["Sylva", "NC"],
    ["Edenton", "NC"], ["Manteo", "NC"], ["Ellaville", "GA"], ["Montezuma", "GA"], ["Oglethorpe", "GA"], ["Hawkinsville", "GA"], ["Alamo", "GA"], ["Soperton", "GA"],
    ["Swainsboro", "GA"], ["Colfax", "LA"], ["Winnfield", "LA"], ["Huntsville", "AR"], ["Doniphan", "MO"], ["Steelville", "MO"], ["Vienna", "MO"], ["Versailles", "MO"],
    ["Warsaw", "MO"], ["Cassville", "MO"], ["Atoka", "OK"], ["Coalgate", "OK"], ["Tishomingo", "OK"], ["Madill", "OK"], ["Walters", "OK"], ["Anthony", "KS"],
    ["Jetmore", "KS"], ["Ness City", "KS"], ["Dighton", "KS"], ["Stapleton", "NE"], ["Tryon", "NE"], ["Mullen", "NE"], ["Chariton", "IA"], ["Albia", "IA"],
    ["Keosauqua", "IA"], ["Cresco", "IA"], ["Waukon", "IA"], ["Elkader", "IA"], ["Guttenberg", "IA"], ["Bagley", "MN"], ["McGregor", "MN"], ["Mora", "MN"],
    ["Hayward", "WI"], ["Mellen", "WI"], ["Laona", "WI"], ["Niagara", "WI"], ["Bessemer", "MI"], ["Atlanta", "MI"], ["Hillman", "MI"], ["Onaway", "MI"],
    ["Standish", "MI"], ["Twisp", "WA"], ["Ritzville", "WA"], ["Asotin", "WA"], ["Kamiah", "ID"], ["Mackay", "ID"], ["Arco", "ID"], ["Rigby", "ID"],
    ["Driggs", "ID"], ["Malad City", "ID"], ["Walden", "CO"], ["Rangely", "CO"], ["Craig", "CO"], ["Kremmling", "CO"], ["Walsenburg", "CO"], ["Eads", "CO"],
    ["Julesburg", "CO"], ["Wray", "CO"], ["Goldfield", "NV"], ["Beatty", "NV"], ["Panaca", "NV"], ["Unalakleet", "AK"], ["Glennallen", "AK"], ["Cordova", "AK"],
    ["Seldovia", "AK"], ["Wrangell", "AK"], ["Lanai City", "HI"], ["Hanapepe", "HI"], ["Pahoa", "HI"], ["Naalehu", "HI"], ["Honokaa", "HI"], ["Laupahoehoe", "HI"],
]
FOREIGN = {
    "Portugal": ["Guarda", "Castelo Branco", "Tomar", "Leiria", "Aveiro", "Beja", "Évora", "Portalegre", "Tavira"],
    "Cabo Verde": ["Mindelo", "Assomada", "Tarrafal", "Espargos"],
    "Ireland": ["Tralee", "Castlebar", "Ballina", "Letterkenny", "Clonmel", "Tullamore", "Mullingar", "Athlone", "Dungarvan", "Skibbereen", "Bantry"],
    "Wales": ["Aberystwyth", "Machynlleth", "Dolgellau", "Pwllheli", "Bala", "Llanidloes"],
    "Scotland": ["Stornoway", "Portree", "Oban", "Thurso", "Lerwick", "Kirkwall", "Dingwall", "Forfar", "Peebles"],
    "Netherlands": ["Leeuwarden", "Sneek", "Drachten", "Emmen", "Assen", "Deventer", "Apeldoorn", "Venlo", "Roermond", "Heerlen"],
    "Germany": ["Landshut", "Straubing", "Deggendorf", "Coburg", "Bayreuth", "Amberg", "Memmingen", "Kempten", "Kaufbeuren", "Görlitz", "Bautzen", "Zittau"],
    "Switzerland": ["Chur", "Thusis", "Sierre", "Visp", "Frauenfeld", "Herisau", "Glarus", "Sarnen", "Stans", "Altdorf"],
    "France": ["Morlaix", "Lannion", "Vannes", "Lorient", "Pontivy", "Guingamp", "Dinan", "Fougères", "Vitré", "Laval", "Périgueux", "Cahors", "Rodez"],
    "Italy": ["Enna", "Ragusa", "Trapani", "Nuoro", "Oristano", "Sassari", "Olbia", "Matera", "Campobasso", "Isernia"],
    "Spain": ["Azpeitia", "Eibar", "Gernika", "Ourense", "Pontevedra", "Ferrol", "Teruel", "Huesca"],
    "Romania": ["Suceava", "Botoșani", "Vaslui", "Bacău", "Focșani", "Buzău", "Slatina", "Pitești", "Sibiu", "Deva", "Hunedoara"],
    "Hungary": ["Kecskemét", "Szolnok", "Nyíregyháza", "Miskolc", "Eger", "Szekszárd", "Kaposvár", "Zalaegerszeg"],
    "Finland": ["Rovaniemi", "Kajaani", "Kuopio", "Joensuu", "Mikkeli", "Seinäjoki", "Vaasa", "Kokkola", "Tornio", "Kemi"],
    "Estonia": ["Viljandi", "Rakvere", "Haapsalu", "Kuressaare", "Võru"],
    "Lithuania": ["Panevėžys", "Alytus", "Marijampolė", "Utena", "Telšiai"],
    "Latvia": ["Daugavpils", "Jelgava", "Ventspils", "Rēzekne", "Valmiera"],
    "Greece": ["Ioannina", "Kozani", "Florina", "Kastoria", "Serres", "Xanthi", "Komotini", "Lamia", "Trikala", "Karditsa", "Kalamata", "Sparti", "Chania", "Rethymno"],
    "Albania": ["Shkodër", "Korçë", "Gjirokastër", "Berat", "Elbasan", "Fier", "Lushnjë"],
    "Kosovo": ["Prizren", "Peja", "Gjakova", "Mitrovica", "Ferizaj", "Gjilan"],
    "Serbia": ["Čačak", "Kraljevo", "Kruševac", "Leskovac", "Vranje", "Pirot", "Zaječar"],
    "Bosnia and Herzegovina": ["Tuzla", "Zenica", "Bihać", "Travnik", "Goražde", "Trebinje"],
    "Bulgaria": ["Pleven", "Vratsa", "Lovech", "Gabrovo", "Haskovo", "Kardzhali", "Smolyan", "Pazardzhik"],
    "Georgia": ["Kutaisi", "Zugdidi", "Telavi", "Gori", "Poti", "Batumi", "Akhaltsikhe"],
    "Armenia": ["Goris", "Sevan", "Dilijan", "Ijevan"],
    "Iran": ["Rasht", "Gorgan", "Zanjan", "Qazvin", "Hamadan", "Kermanshah", "Yazd", "Kerman", "Bushehr"],
    "Afghanistan": ["Jalalabad", "Kunduz", "Ghazni", "Bamyan", "Charikar"],
    "Turkey": ["Sivas", "Tokat", "Amasya", "Çorum", "Yozgat", "Kastamonu", "Sinop", "Rize", "Artvin", "Erzincan"],
    "Azerbaijan": ["Ganja", "Sheki", "Lankaran", "Quba", "Shamakhi"],
    "Uzbekistan": ["Namangan", "Andijan", "Fergana", "Bukhara", "Khiva", "Nukus", "Termez"],
    "Kazakhstan": ["Taraz", "Aktobe", "Pavlodar", "Semey", "Kostanay"],
    "Morocco": ["Tétouan", "Chefchaouen", "Nador", "Oujda", "Taza", "Khouribga", "Errachidia", "Ouarzazate", "Essaouira", "Safi"],
    "Algeria": ["Tlemcen", "Sétif", "Batna", "Biskra", "Béjaïa", "Tizi Ouzou"],
    "Tunisia": ["Kairouan", "Gafsa", "Tozeur", "Monastir", "Bizerte"],
    "Egypt": ["Asyut", "Sohag", "Minya", "Qena", "Tanta", "Zagazig", "Damietta"],
    "Sudan": ["Kassala", "Gedaref", "El Obeid", "Atbara"],
    "Ethiopia": ["Bahir Dar", "Jimma", "Hawassa", "Adama", "Harar", "Mekelle", "Axum"],
    "Eritrea": ["Keren", "Massawa", "Mendefera", "Barentu"],
    "Somalia": ["Berbera"],
    "Tanzania": ["Moshi", "Iringa", "Mbeya", "Songea", "Tabora", "Kigoma"],
    "Uganda": ["Hoima", "Soroti", "Arua", "Kabale"],
    "Rwanda": ["Huye", "Musanze", "Rubavu", "Rusizi", "Nyagatare"],
    "Burundi": ["Gitega", "Muyinga"],
    "South Africa": ["Mthatha", "Polokwane", "Mbombela", "Kimberley", "Upington", "Kroonstad", "Potchefstroom", "Mahikeng", "Richards Bay"],
    "Zimbabwe": ["Gweru", "Masvingo", "Mutare", "Kwekwe", "Chinhoyi", "Marondera", "Bindura"],
    "Senegal": ["Kaolack", "Ziguinchor", "Tambacounda", "Louga", "Kolda"],
    "Guinea": ["Kankan", "Labé", "Nzérékoré", "Kindia"],
    "Mali": ["Ségou", "Sikasso", "Mopti", "Kayes", "Koutiala"],
    "Sierra Leone": ["Makeni", "Kenema", "Kailahun", "Kabala"],
    "Nigeria": ["Awka", "Abakaliki", "Sokoto", "Katsina", "Maiduguri"],
    "Ghana": ["Techiman", "Obuasi", "Nkawkaw"],
    "India": ["Tirunelveli", "Vellore", "Kanchipuram", "Kumbakonam", "Kozhikode", "Kannur", "Palakkad", "Udupi", "Dharwad", "Davanagere", "Satara", "Sangli", "Solapur", "Ratnagiri", "Jalgaon", "Akola", "Amravati", "Bhavnagar", "Jamnagar", "Junagadh", "Patiala", "Durgapur", "Asansol", "Siliguri", "Bardhaman", "Kharagpur"],
    "Sri Lanka": ["Matara", "Kurunegala", "Anuradhapura", "Jaffna", "Batticaloa", "Ratnapura", "Badulla"],
    "Nepal": ["Butwal", "Dharan", "Hetauda", "Janakpur", "Bhairahawa"],
    "Bangladesh": ["Khulna", "Barisal", "Rangpur", "Comilla", "Mymensingh", "Bogra"],
    "Thailand": ["Khon Kaen", "Nakhon Ratchasima", "Ubon Ratchathani", "Surin", "Nan", "Phrae", "Lampang", "Phitsanulok"],
    "Laos": ["Thakhek"],
    "Cambodia": ["Kampot", "Takeo", "Kampong Cham", "Pursat"],
    "Myanmar": ["Mawlamyine", "Pathein", "Taunggyi", "Myitkyina", "Sittwe"],
    "Indonesia": ["Malang", "Kediri", "Madiun", "Cirebon", "Tasikmalaya", "Padang", "Pekanbaru", "Jambi", "Palembang", "Manado"],
    "Philippines": ["Roxas", "Kalibo", "Naga", "Iligan", "Cotabato"],
    "Japan": ["Matsue", "Tottori", "Yonago", "Tokushima", "Oita", "Miyazaki", "Aomori", "Hirosaki"],
    "South Korea": ["Suncheon", "Iksan"],
    "Mongolia": ["Erdenet", "Khovd", "Choibalsan"],
    "Taiwan": ["Hualien", "Taitung", "Pingtung", "Chiayi", "Yilan"],
    "Hong Kong": ["Tuen Mun"],
    "Peru": ["Cajamarca", "Huancayo", "Ayacucho", "Puno", "Juliaca", "Huaraz", "Tacna", "Abancay"],
    "Bolivia": ["Oruro", "Potosí", "Sucre", "Tarija", "Cochabamba"],
    "Ecuador": ["Riobamba", "Ambato", "Latacunga", "Otavalo", "Loja"],
    "Brazil": ["Feira de Santana", "Juazeiro", "Petrolina", "Caruaru", "Mossoró", "Imperatriz", "Marabá", "Santarém"],
    "Haiti": ["Port-de-Paix", "Mirebalais"],
    "Jamaica": ["Mandeville", "Ocho Rios", "Morant Bay"],
    "Trinidad and Tobago": ["Chaguanas", "Arima", "Couva", "Point Fortin"],
    "Dominican Republic": ["Barahona"],
    "Mexico": ["Linares", "Montemorelos", "Tampico", "Comitán", "Tapachula"],
    "Tonga": ["Pangai", "Ohonua"],
    "Marshall Islands": ["Majuro", "Ebeye"],
    "Micronesia": ["Kolonia", "Weno"],
    "New Zealand": ["Whanganui", "Gisborne", "Whakatane", "Timaru", "Invercargill", "Westport", "Greymouth"],
}



# ---------------------------------------------------------------- people
MD_CREDS = {"MD", "DO", "MBBS", "MD, PhD", "PhD", "PsyD", "DPM", "DDS", "DMD", "OD", "PharmD"}
KIN_F = ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "aunt", "stepdaughter", "daughter-in-law", "fiancée",
         "sister-in-law", "goddaughter"]
KIN_M = ["son", "husband", "brother", "nephew", "grandson", "father", "uncle", "stepson", "son-in-law", "fiancé", "brother-in-law"]
KIN_X = ["partner", "cousin", "spouse", "grandchild"]
SAME_FAMILY = {"daughter", "son", "sister", "brother", "granddaughter", "grandson", "mother", "father", "wife", "husband", "spouse"}
ELDER_KIN = {"mother", "father", "aunt", "uncle"}
LANG_KEYS = sorted(LANGS)
SCRIPT_LANG = {"th": "se", "zh": "cn"}
LANG_WEIGHTS = [len(LANGS[k]["F"]) + len(LANGS[k]["M"]) + len(LANGS[k]["fam"]) for k in LANG_KEYS]


def fam_form(fam: str, sex: str) -> str:
    """A surname written "Masc|Fem" takes the form of the bearer's sex."""
    if "|" not in fam:
        return fam
    m, f = fam.split("|")
    return f if sex == "F" else m


class Person:
    def __init__(self, given, family, sex, lang, clin=False, role="", cred="", native=None, famkey=None):
        self.given, self.family, self.sex, self.lang = given, family, sex, lang
        self.clin, self.role, self.cred, self.native = clin, role, cred, native
        self.famkey = famkey or family
        self.mid = self.midname = self.suffix = self.nick = self.kin = self.phone = self.email = None
        self.title_word = None

    @property
    def full(self):
        return f"{self.given} {self.family}"

    def name_parts(self):
        out = [self.given, self.family]
        if self.midname:
            out.append(self.midname)
        if self.nick:
            out.append(self.nick)
        if self.native:
            out += [self.native[0], self.native[1]]
        return out

    def fhir(self):
        given = [self.given] + ([self.midname] if self.midname else [self.mid] if self.mid else [])
        out = [{"text": " ".join([self.given] + ([self.midname] if self.midname else []) + [self.family]),
                "family": self.family, "given": given}]
        if self.native:
            gn, fn, order = self.native
            text = fn + gn if order == "fgn" else (f"{fn} {gn}" if order == "fg" else f"{gn} {fn}")
            out.append({"text": text, "family": fn, "given": [gn]})
        return out


# role key -> (label, is clinician, credentials)
ROLES = {
    # people who are not clinicians (NAME)
    "nb": ("neighbour", False, ""), "fr": ("friend", False, ""), "ll": ("landlord", False, ""), "drv": ("driver", False, ""),
    "int": ("interpreter", False, ""), "clk": ("clerk", False, ""), "sch": ("scheduler", False, ""),
    "reg": ("registration", False, ""), "emp": ("employer", False, ""), "tch": ("teacher", False, ""),
    "coach": ("coach", False, ""), "clg": ("clergy", False, ""), "cal": ("caller", False, ""), "rm": ("roommate", False, ""),
    "cw": ("coworker", False, ""), "gdn": ("guardian", False, ""), "poa": ("agent", False, ""), "pay": ("payee", False, ""),
    "aide": ("aide", False, ""), "trn": ("transcriptionist", False, ""), "ans": ("operator", False, ""),
    "cou": ("courier", False, ""), "law": ("attorney", False, ""), "off": ("officer", False, ""),
    "vol": ("volunteer", False, ""), "bs": ("babysitter", False, ""), "sup": ("superintendent", False, ""),
    "ins": ("insurance", False, ""), "mgr": ("manager", False, ""), "agw": ("agency caseworker", False, ""),
    "coord": ("coordinator", False, ""), "exh": ("ex-partner", False, ""), "kid": ("child", False, ""),
    "imam": ("imam", False, ""), "rabbi": ("rabbi", False, ""), "priest": ("priest", False, ""), "elder": ("elder", False, ""),
    "deacon": ("deacon", False, ""), "chap": ("chaplain", False, ""),
    # clinicians from outside the chart (PROVIDER_NAME)
    "od": ("outside doctor", True, "MD|DO"), "cov": ("covering", True, "MD|DO"), "res": ("resident", True, "MD|DO"),
    "fel": ("fellow", True, "MD"), "stu": ("student", True, "MS3|MS4"), "onp": ("nurse practitioner", True, "NP|APRN|FNP-C"),
    "pa": ("physician assistant", True, "PA-C"), "nrn": ("night nurse", True, "RN"), "chg": ("charge nurse", True, "RN|RN, BSN"),
    "tech": ("technologist", True, "RT(R)|RT(R)(CT)|RT(MR)|RT(R)(M)"), "sono": ("sonographer", True, "RDMS|RDCS"),
    "dds": ("dentist", True, "DDS|DMD"), "pod": ("podiatrist", True, "DPM"), "opt": ("optometrist", True, "OD"),
    "ptt": ("physical therapist", True, "PT, DPT|DPT"), "ot": ("occupational therapist", True, "OTR/L"),
    "slp": ("speech therapist", True, "CCC-SLP|MS, CCC-SLP"), "psy": ("psychologist", True, "PhD|PsyD"),
    "medic": ("paramedic", True, "NRP|EMT-P|EMT"), "hhn": ("home health nurse", True, "RN|LPN"),
    "rd": ("dietitian", True, "RD|RDN, LD"), "ma": ("medical assistant", True, "CMA|MA"), "hsp": ("hospice nurse", True, "RN|RN, CHPN"),
    "orad": ("outside radiologist", True, "MD|DO"), "ocard": ("cardiologist", True, "MD|DO"), "rxo": ("pharmacist", True, "PharmD|RPh"),
    "ref": ("referring", True, "MD|DO|NP"), "hosp": ("hospitalist", True, "MD|DO"), "ed": ("emergency physician", True, "MD|DO"),
    "onc": ("oncologist", True, "MD"), "sw": ("social worker", True, "LCSW|LMSW|MSW"), "mw": ("midwife", True, "CNM"),
    "anes": ("anesthesiologist", True, "MD|DO"), "surg": ("surgeon", True, "MD|DO"), "crna": ("nurse anesthetist", True, "CRNA"),
    "lpn": ("nurse", True, "LPN|RN"), "chw": ("community health worker", True, "CHW"), "rt": ("respiratory therapist", True, "RRT"),
    "ped": ("pediatrician", True, "MD|DO"), "psyc": ("psychiatrist", True, "MD|DO"), "derm": ("dermatologist", True, "MD"),
}
TEAM = {"att": ("attending", ["MD", "DO", "MD", "MBBS"]), "pcp": ("primary care", ["MD", "DO", "NP", "PA-C", "MD"]),
        "rn": ("nurse", ["RN", "RN, BSN", "LPN", "RN"]), "cm": ("case manager", ["LCSW", "MSW", "RN, CCM", "LMSW"]),
        "rx": ("pharmacist", ["PharmD", "RPh", "PharmD, BCPS"]), "con": ("consultant", ["MD", "DO", "MD, PhD"]),
        "rad": ("radiologist", ["MD", "DO"]), "np": ("nurse practitioner", ["NP", "APRN", "FNP-C", "AGACNP-BC"])}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STREET_TYPES = ["Road", "Lane", "Street", "Drive", "Way", "Court", "Avenue", "Trail", "Loop", "Place", "Circle", "Terrace", "Run",
                "Path", "Pike", "Row", "St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd"]
UNITS = ["Apt {n}{l}", "Apt. {n}", "Unit {n}", "#{n}{l}", "Lot {n}", "Suite {n}", "Trlr {n}", "Rm {n}", "Bldg {L}"]
LANGUAGES = ["Spanish", "Portuguese", "Haitian Creole", "Somali", "Amharic", "Tigrinya", "Arabic", "Dari", "Pashto", "Farsi",
             "Russian", "Ukrainian", "Polish", "Vietnamese", "Cantonese", "Mandarin", "Korean", "Japanese", "Tagalog", "Hmong",
             "Nepali", "Bengali", "Tamil", "Swahili", "Kinyarwanda", "Yoruba", "Igbo", "Twi", "Greek", "Armenian", "Georgian",
             "Turkish", "Romanian", "Albanian", "Bosnian", "Hungarian", "Thai", "Khmer", "Lao", "Mongolian", "Quechua"]
CLINICS = ["Northside Family Practice", "the internal medicine clinic", "Eastgate Medical Group", "the cardiology clinic",
           "Harbor View Primary Care", "the county health center", "the imaging center", "the walk-in clinic",
           "the renal clinic", "the geriatrics clinic", "Riverside Community Health", "the pulmonary clinic"]
DEPTS = ["Cardiology", "Rheumatology", "Neurology", "Endocrinology", "Gastroenterology", "Nephrology", "Pulmonology",
         "Hematology/Oncology", "Orthopaedics", "Urology", "Dermatology", "Geriatric Medicine", "Infectious Diseases",
         "Sleep Medicine", "Vascular Surgery", "Physical Medicine and Rehabilitation", "Otolaryngology", "Psychiatry"]
PHONE_ABROAD = ["+234 {a3} {b3} {c4}", "+52 {a2} {c4} {d4}", "+63 9{a2} {b3} {c4}", "+90 5{a2} {b3} {e2} {f2}", "+251 9{e1} {b3} {c4}",
                "+254 7{a2} {b3}{e1}{e2}", "+30 69{e2} {b3} {c4}", "+995 5{a2} {b3} {b3}", "+374 9{e1} {b3}{b3}",
                "+48 {a3} {b3} {b3}", "+351 9{a2} {b3} {b3}", "+509 3{e2}{e1} {c4}", "+977 98{e1}{e2}{b3}{e1}{e2}",
                "+66 8{e1} {b3} {c4}", "+855 {a2} {b3} {b3}", "+976 {d4} {c4}", "+880 17{e2} {b3} {b3}"]


class Ctx:
    """One note: its people (patient, relatives, chart clinicians, outsiders), dates, identifiers and the frames rendered."""

    def __init__(self, rng, ntype):
        self.rng, self.ntype = rng, ntype
        r = rng
        self.visit = dt.date(2022, 7, 1) + dt.timedelta(days=r.randint(0, 980))
        old = r.random() < 0.10
        self.age = r.randint(90, 103) if old else r.randint(19, 88)
        self.dob = dt.date(self.visit.year - self.age, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.visit.month, self.visit.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.used_names: set[str] = set()
        self.used_given: set[str] = set()
        self.pt = self.person(r.choice("FM"))
        self.pt.kin = "patient"
        self.pron = {"F": ("she", "her", "her"), "M": ("he", "his", "him")}[self.pt.sex]
        self.rels = []
        kinds = list(KIN_F + KIN_M + KIN_X)
        if self.age > 70:
            kinds = [k for k in kinds if k not in ELDER_KIN]
        for _ in range(r.choice([3, 3, 4])):
            kin = r.choice(kinds)
            kinds.remove(kin)
            sex = "F" if kin in KIN_F else "M" if kin in KIN_M else r.choice("FM")
            same = kin in SAME_FAMILY and r.random() < 0.5 and not self.pt.native
            p = self.person(sex, famkey=self.pt.famkey if same else None, lang=SCRIPT_LANG.get(self.pt.lang, self.pt.lang))
            p.kin = kin
            p.phone = self.phone_raw()
            self.rels.append(p)
        self.team = {}
        for key, (role, creds) in TEAM.items():
            self.team[key] = self.person(r.choice("FM"), clin=True, role=role, cred=r.choice(creds))
        self.mrn = r.choice(["", "", "E", "M", "H", "00"]) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 8, 9])))
        self.home = self.make_address()
        self.cell = self.phone_raw()
        self.homeph = self.phone_raw() if r.random() < 0.5 else None
        self.pt.phone = self.cell
        self.named = {"pt": False, "rel": set(), "team": set(), "out": []}
        self.frame_ids: list[str] = []
        self.binding: dict = {}
        self.outs: dict = {}
        self.max_out = 99
        self.keep_seen: set = set()
        self.rel_order: list = []

    # -------------------------------------------------------------- drawing people
    def person(self, sex, clin=False, role="", cred="", famkey=None, lang=None):
        r = self.rng
        for _ in range(50):
            p = self._person(sex, clin, role, cred, famkey, lang)
            if p.full not in self.used_names and p.given not in self.used_given:
                self.used_names.add(p.full)
                self.used_given.add(p.given)
                return p
        return p

    def _person(self, sex, clin, role, cred, famkey, lang_hint=None):
        r = self.rng
        roll = r.random()
        if famkey is None and roll < 0.09:
            rows = [x for x in SCRIPT if x[1] == sex] or SCRIPT
            if lang_hint and r.random() < 0.6:
                rows = [x for x in rows if SCRIPT_LANG.get(x[0], x[0]) == lang_hint] or rows
            row = r.choice(rows)
            lang, sx, g, f, gn, fn, order = row
            p = Person(g, f, sx, lang, clin, role, cred, native=(gn, fn, order))
            return self._decorate(p)
        lang = r.choices(LANG_KEYS, weights=LANG_WEIGHTS)[0]
        if lang_hint in LANGS and r.random() < 0.65:
            lang = lang_hint
        gl = LANGS[lang][sex] or LANGS["en"][sex]
        g = r.choice(gl)
        if famkey is not None:
            fk = famkey
        else:
            fams = LANGS[lang]["fam"] if LANGS[lang]["fam"] and r.random() < 0.8 else LANGS[r.choices(LANG_KEYS, weights=LANG_WEIGHTS)[0]]["fam"] or LANGS["en"]["fam"]
            fk = r.choice(fams)
        if famkey is None and roll > 0.99:
            fk = r.choice(WORD_FAMILY)
        elif famkey is None and roll > 0.98:
            g = r.choice(WORD_GIVEN)
        p = Person(g, fam_form(fk, sex), sex, lang, clin, role, cred, famkey=fk)
        return self._decorate(p)

    def _decorate(self, p):
        r = self.rng
        x = r.random()
        if x < 0.22:
            p.mid = r.choice("ABCDEFGHJKLMNPRSTVWY")
        elif x < 0.32 and not p.native:
            pool = LANGS[p.lang][p.sex] or LANGS["en"][p.sex]
            m = r.choice(pool)
            if m != p.given:
                p.midname = m
                p.mid = m[0]
        if p.sex == "M" and not p.native and r.random() < 0.07:
            p.suffix = r.choice(["Jr.", "Sr.", "III", "Jr", "II"])
        if len(p.given) >= 7 and "-" not in p.given and " " not in p.given and r.random() < 0.3:
            g = p.given
            for pre in ("Oluwa", "Ade", "Olu", "Chi", "Ayo", "Ifeanyi", "Kele", "Ebube"):
                if g.startswith(pre) and len(g) - len(pre) >= 4:
                    p.nick = g[len(pre):].capitalize()
                    break
            else:
                p.nick = g[:4] if g[3].lower() not in "aeiouy" else g[:5]
        return p

    def outsider(self, key):
        base = key.rstrip("0123456789")
        label, clin, creds = ROLES[base]
        p = self.person(self.rng.choice("FM"), clin=clin, role=label, cred=self.rng.choice(creds.split("|")) if creds else "")
        return p

    def who(self, key):
        if key == "pt":
            return self.pt
        if key in self.binding:
            return self.binding[key]
        if key in TEAM:
            p = self.team[key]
        elif re.fullmatch(r"r[1-4]", key):
            i = int(key[1]) - 1
            if i >= len(self.rel_order):
                raise Skip(key)
            p = self.rels[self.rel_order[i]]
        elif key.rstrip("0123456789") in ROLES:
            base = key.rstrip("0123456789")
            bound = list(self.binding.values())
            earlier = [q for q in self.outs.get(base, []) if not any(q is b for b in bound)]
            made = sum(len(v) for v in self.outs.values())
            if earlier and (self.rng.random() < 0.6 or made >= self.max_out):
                p = earlier[0]
            elif made >= self.max_out:
                raise Skip(key)
            else:
                p = self.outsider(key)
                self.outs.setdefault(base, []).append(p)
        else:
            raise KeyError(key)
        self.binding[key] = p
        return p

    def mark(self, p):
        if p is self.pt:
            self.named["pt"] = True
        elif p in self.rels:
            self.named["rel"].add(self.rels.index(p))
        elif any(p is q for q in self.team.values()):
            self.named["team"].add(next(k for k, q in self.team.items() if q is p))
        elif not any(p is q for q in self.named["out"]):
            self.named["out"].append(p)

    # -------------------------------------------------------------- names (titles, credentials, relation words, 's and the comma
    # of LAST, FIRST stay outside the spans)
    def title(self, p):
        if p.title_word:
            return p.title_word
        r = self.rng
        if p.clin:
            t = "Dr." if p.cred.split(",")[0] in MD_CREDS or p.cred in MD_CREDS else ""
        else:
            t = {"F": r.choice(["Ms.", "Ms.", "Mrs."]), "M": "Mr."}[p.sex]
            if r.random() < 0.05:
                t = "Mx."
        p.title_word = t
        return t

    def nm(self, p, form):
        r = self.rng
        self.mark(p)
        cat = "PROVIDER_NAME" if p.clin else "NAME"
        g, f = p.given, p.family
        if form.endswith("!"):
            form = form[:-1]
            need = {"native": p.native, "script": p.native, "nick": p.nick, "fullnick": p.nick, "sfx": p.suffix, "lfsfx": p.suffix, "imid": p.midname}
            if not need.get(form, True):
                raise Skip(form)
        if form == "any":
            form = r.choice(["full", "full", "first", "title", "lf", "fml", "il", "caps"])
        if form in ("native", "script") and not p.native:
            form = "full"
        if form in ("title", "tfull") and p.clin and not self.title(p):
            form = "full"
        if form == "nick" and not p.nick:
            form = "first"
        if form == "full" and p.native and r.random() < 0.25:
            form = "native"
        if form == "full":
            return P(cat, f"{g} {f}") + (f" {p.suffix}" if p.suffix and r.random() < 0.4 else "")
        if form == "first":
            return P(cat, g)
        if form == "last":
            return P(cat, f)
        if form == "nick":
            return P(cat, p.nick)
        if form == "fullnick":
            q = r.choice(['"', "\u201c"])
            return P(cat, g) + f" {q}" + P(cat, p.nick) + ("\u201d " if q == "\u201c" else '" ') + P(cat, f) if p.nick else P(cat, f"{g} {f}")
        if form == "fml":
            if p.midname and r.random() < 0.5:
                return P(cat, f"{g} {p.midname} {f}")
            return P(cat, f"{g} {p.mid}. {f}" if p.mid else f"{g} {f}")
        if form == "lf":
            return P(cat, f) + (f" {p.suffix}" if p.suffix and r.random() < 0.4 else "") + ", " + P(cat, g)
        if form == "lfm":
            return P(cat, f) + ", " + P(cat, f"{g} {p.mid}." if p.mid else g)
        if form == "LF":
            return P(cat, f.upper()) + ", " + P(cat, g.upper() + (f" {p.mid}" if p.mid else ""))
        if form == "LFsp":
            return P(cat, f"{f.upper()} {g.upper()}")
        if form == "Lf":
            return P(cat, f"{f.upper()} {g}")
        if form == "il":
            return P(cat, f"{g[0]}. {f}")
        if form == "iil":
            return P(cat, f"{g[0]}.{p.mid}. {f}" if p.mid else f"{g[0]}. {f}")
        if form == "imid":
            if p.midname:
                return P(cat, f"{g[0]}. {p.midname} {f}")
            return P(cat, f"{g[0]}. {f}")
        if form == "glued":
            return P(cat, f"{g[0]}.{f}")
        if form == "lfi":
            return P(cat, f) + ", " + P(cat, f"{g[0]}." + (f"{p.mid}." if p.mid else ""))
        if form == "fl":
            return P(cat, f"{g} {f[0]}.")
        if form == "title":
            return f"{self.title(p)} " + P(cat, f)
        if form == "tfull":
            return f"{self.title(p)} " + P(cat, f"{g} {f}")
        if form == "tfirst":
            return f"{self.title(p)} " + P(cat, g)
        if form == "caps":
            return P(cat, f"{g} {f}".upper())
        if form == "capslast":
            return P(cat, f.upper())
        if form == "lower":
            return P(cat, g.lower())
        if form == "lowerfull":
            return P(cat, f"{g} {f}".lower())
        if form == "lowerlast":
            return P(cat, f.lower())
        if form == "sfx":
            return P(cat, f"{g} {f}") + (f" {p.suffix}" if p.suffix else "")
        if form == "lfsfx":
            return P(cat, f) + (f" {p.suffix}" if p.suffix else "") + ", " + P(cat, g)
        if form == "wrap":
            return P(cat, g) + "\n" + P(cat, f)
        if form == "script":
            gn, fn, order = p.native
            return P(cat, fn + gn if order == "fgn" else (f"{fn} {gn}" if order == "fg" else f"{gn} {fn}"))
        if form == "native":
            gn, fn, order = p.native
            nat = fn + gn if order == "fgn" else (f"{fn} {gn}" if order == "fg" else f"{gn} {fn}")
            lat = f"{g} {f}" if r.random() < 0.6 else f"{f.upper()} {g}"
            if r.random() < 0.5:
                return P(cat, nat) + " (" + P(cat, lat) + ")"
            return P(cat, lat) + r.choice([" / ", ", ", " "]) + P(cat, nat)
        raise ValueError(form)

    # -------------------------------------------------------------- identifiers
    def phone_raw(self, abroad=False):
        r = self.rng
        if abroad:
            fmt = r.choice(PHONE_ABROAD)
            return fmt.format(a2=r.randint(10, 99), a3=r.randint(700, 909), b3=f"{r.randint(0, 999):03d}", c4=f"{r.randint(0, 9999):04d}",
                              d4=f"{r.randint(1000, 9999)}", e1=r.randint(0, 9), e2=f"{r.randint(0, 99):02d}", f2=f"{r.randint(0, 99):02d}")
        a, b, c = r.randint(201, 989), r.randint(202, 989), r.randint(0, 9999)
        if b in (555, 911):
            b += 1
        fmt = r.choice(["({a}) {b}-{c:04d}", "({a}) {b}-{c:04d}", "{a}-{b}-{c:04d}", "{a}.{b}.{c:04d}", "{a}{b}{c:04d}",
                        "+1 {a} {b} {c:04d}", "{a} {b} {c:04d}", "1-{a}-{b}-{c:04d}", "({a}){b}-{c:04d}"])
        return fmt.format(a=a, b=b, c=c)

    def date_s(self, d, style=None):
        r = self.rng
        style = style or r.choice(["us", "us", "us0", "short", "iso", "long", "mon", "md", "dmy", "caps", "th", "monc"])
        if style == "wd":
            return f"{WDAY[d.weekday()][:r.choice([3, 9])]} " + P("DATE", f"{d.month}/{d.day}")
        if style == "wdlong":
            return f"{WDAY[d.weekday()]}, " + P("DATE", f"{MON[d.month - 1]} {d.day}")
        s = {"us": f"{d.month}/{d.day}/{d.year}", "us0": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
             "iso": d.isoformat(), "long": f"{MON[d.month - 1]} {d.day}, {d.year}", "mon": f"{MON[d.month - 1][:3]} {d.day}",
             "monc": f"{MON[d.month - 1][:3]} {d.day}, {d.year}", "md": f"{d.month}/{d.day}", "dmy": f"{d.day} {MON[d.month - 1][:3]} {d.year}",
             "caps": f"{d.day:02d}-{MON[d.month - 1][:3].upper()}-{d.year}", "th": f"{MON[d.month - 1]} {d.day}{th(d.day)}",
             "my": f"{MON[d.month - 1]} {d.year}", "dots": f"{d.day:02d}.{d.month:02d}.{d.year}", "compact": f"{d.year}{d.month:02d}{d.day:02d}"}[style]
        return P("DATE", s)

    def time_s(self, style=None):
        r = self.rng
        h, m = r.randint(6, 22), r.randint(0, 59)
        style = style or r.choice(["colon", "colon", "mil", "ampm"])
        if style == "mil":
            return f"{h:02d}{m:02d}"
        if style == "ampm":
            return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h}:{m:02d}" if r.random() < 0.5 else f"{h:02d}:{m:02d}"

    def make_address(self):
        r = self.rng
        base = r.choice(STREETS)
        pre = r.choice(["", "", "", "", "N ", "S ", "E ", "W ", "North ", "Old "])
        line = f"{r.randint(3, 19999)} {pre}{base} {r.choice(STREET_TYPES)}"
        unit = None
        if r.random() < 0.35:
            unit = r.choice(UNITS).format(n=r.randint(1, 420), l=r.choice("ABCDEF"), L=r.choice("ABCDE"))
        town, st = r.choice(US_TOWNS)
        z = f"{r.randint(10001, 99929):05d}" + (f"-{r.randint(1, 9999):04d}" if r.random() < 0.2 else "")
        return line, unit, town, st, z

    def addr_s(self, a, style="full"):
        line, unit, town, st, z = a
        s = P("ADDRESS", line) + ((", " if self.rng.random() < 0.7 else " ") + P("ADDRESS", unit) if unit else "")
        if style == "street":
            return s
        sep = "\n" if style == "lines" else ", "
        return s + sep + P("CITY", town) + f", {st} " + P("ZIP", z)

    def other_id(self, kind=None):
        r = self.rng
        kind = kind or r.choice(["auth", "claim", "case", "badge", "ref", "conf", "ticket"])
        s = {"auth": f"PA-{self.visit.year}-{r.randint(100000, 999999)}", "claim": f"CLM{r.randint(10**9, 10**10 - 1)}",
             "case": f"{r.choice(['APS', 'CPS', 'GC', 'PR'])}-{r.randint(10, 99)}-{r.randint(10000, 99999)}",
             "badge": str(r.randint(1000, 99999)), "ref": f"REF{r.randint(100000, 9999999)}",
             "conf": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([6, 7, 8]))),
             "ticket": f"INC{r.randint(1000000, 9999999)}"}[kind]
        return P("OTHER_ID", s)


def th(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------- clinical text that must survive
EPONYMS = ["Parkinson disease", "Graves disease", "Hashimoto thyroiditis", "Crohn disease", "Barrett esophagus", "Bell palsy",
           "Raynaud phenomenon", "Sjögren syndrome", "Addison disease", "Cushing syndrome", "Meniere disease", "Dupuytren contracture",
           "Paget disease of bone", "Takayasu arteritis", "Still disease", "Mallory-Weiss tear", "Zenker diverticulum",
           "Wolff-Parkinson-White pattern", "Brugada pattern", "Mobitz type II block", "Kussmaul respirations",
           "Cheyne-Stokes respirations", "Trousseau sign", "Chvostek sign", "Kernig sign", "Brudzinski sign", "Murphy sign",
           "Rovsing sign", "Tinel sign", "Phalen test", "Spurling test", "Lachman test", "McMurray test", "Romberg sign",
           "Babinski sign", "Hoffmann sign", "Wernicke encephalopathy", "Korsakoff syndrome", "Guillain-Barré syndrome",
           "Lambert-Eaton syndrome", "Horner syndrome", "Ramsay Hunt syndrome", "Tietze syndrome", "Marfan syndrome",
           "Ehlers-Danlos syndrome", "Gilbert syndrome", "Budd-Chiari syndrome", "Conn syndrome", "Meckel diverticulum",
           "Lyme disease", "Alzheimer disease", "Huntington disease", "Wilson disease", "Kaposi sarcoma", "Hodgkin lymphoma",
           "Waldenström macroglobulinemia", "von Willebrand disease", "Buerger disease", "Charcot foot", "Osgood-Schlatter disease"]
DEVICES = ["Foley catheter", "Hickman line", "Swan-Ganz catheter", "Holter monitor", "PleurX catheter", "Jackson-Pratt drain",
           "Blakemore tube", "Ommaya reservoir", "Port-a-Cath", "Dobhoff tube"]
MANEUVERS = ["Epley maneuver", "Valsalva maneuver", "Dix-Hallpike maneuver", "Allen test", "Finkelstein test", "Thompson test",
             "Weber test", "Rinne test", "Trendelenburg gait", "Glasgow Coma Scale"]
RAD_KEEP = ["BI-RADS 4", "BI-RADS 2", "BI-RADS 0", "LI-RADS 3", "TI-RADS 4", "Lung-RADS 3", "Lung-RADS 4A", "Bosniak IIF",
            "Fleischner criteria", "Kerley B lines", "Morison pouch", "Schatzki ring", "Baker cyst", "Hill-Sachs lesion",
            "Bankart lesion", "Segond fracture", "Chiari I malformation", "Virchow-Robin spaces", "Brodie abscess",
            "Monteggia fracture", "Galeazzi fracture", "Colles fracture", "Jones fracture", "Maisonneuve fracture",
            "Salter-Harris II fracture", "Agatston score 312", "CAD-RADS 2", "PI-RADS 4", "O-RADS 3", "Hounsfield units",
            "Spetzler-Martin grade II", "Fazekas grade 2", "Kellgren-Lawrence grade 3", "Garden III fracture", "Weber B fracture",
            "Gartland type II", "Bismuth type II", "Balthazar grade C", "Mirizzi syndrome", "Klatskin tumor"]
DRUGS = ["apixaban 5 mg BID", "rivaroxaban 20 mg daily with supper", "warfarin 5 mg daily except 2.5 mg Mon/Fri",
         "metoprolol tartrate 25 mg BID", "carvedilol 6.25 mg BID", "sacubitril-valsartan 24/26 mg BID", "spironolactone 25 mg daily",
         "torsemide 20 mg daily", "bumetanide 1 mg BID", "amlodipine 10 mg daily", "losartan 50 mg daily", "hydralazine 25 mg TID",
         "isosorbide mononitrate 30 mg daily", "rosuvastatin 20 mg nightly", "ezetimibe 10 mg daily", "clopidogrel 75 mg daily",
         "aspirin 81 mg daily", "metformin 1000 mg BID", "semaglutide 0.5 mg weekly", "insulin lispro 6 units with meals",
         "insulin degludec 22 units daily", "dapagliflozin 10 mg daily", "glipizide 5 mg BID", "levothyroxine 112 mcg daily",
         "methimazole 5 mg daily", "prednisone 20 mg daily x5 days", "hydrocortisone 10 mg AM / 5 mg PM", "allopurinol 100 mg daily",
         "colchicine 0.6 mg daily", "tiotropium 18 mcg inhaled daily", "budesonide-formoterol 160/4.5 2 puffs BID",
         "montelukast 10 mg nightly", "pantoprazole 40 mg daily", "famotidine 20 mg BID", "ondansetron 4 mg ODT q8h PRN",
         "lactulose 20 g TID", "rifaximin 550 mg BID", "cephalexin 500 mg QID", "doxycycline 100 mg BID", "ceftriaxone 1 g IV daily",
         "vancomycin 1.25 g IV q12h", "piperacillin-tazobactam 3.375 g IV q8h", "nitrofurantoin 100 mg BID x5 days",
         "oseltamivir 75 mg BID", "paxlovid 300/100 mg BID", "sertraline 100 mg daily", "escitalopram 10 mg daily",
         "mirtazapine 15 mg nightly", "quetiapine 25 mg nightly PRN agitation", "lorazepam 0.5 mg q6h PRN", "donepezil 5 mg nightly",
         "memantine 10 mg BID", "levetiracetam 500 mg BID", "gabapentin 100 mg TID", "pregabalin 75 mg BID",
         "oxycodone 5 mg q4h PRN", "acetaminophen 650 mg q6h", "naloxone 4 mg nasal spray PRN", "buprenorphine 8 mg SL daily",
         "methadone 60 mg daily", "tamsulosin 0.4 mg nightly", "finasteride 5 mg daily", "oxybutynin 5 mg BID", "alendronate 70 mg weekly",
         "vitamin D3 2000 units daily", "ferrous sulfate 325 mg every other day", "cyanocobalamin 1000 mcg IM monthly",
         "enoxaparin 1 mg/kg SC q12h", "heparin 5000 units SC q8h", "furosemide 40 mg IV BID", "potassium chloride 20 mEq daily",
         "magnesium oxide 400 mg daily", "sevelamer 800 mg TID with meals", "calcitriol 0.25 mcg daily", "epoetin alfa 4000 units weekly"]
LABS = ["Na 129", "Na 147 mmol/L", "K 5.8", "K 3.1 mmol/L", "Cr 2.1 mg/dL", "Cr 1.34", "BUN 44", "glucose 312", "glucose 58 mg/dL",
        "HbA1c 9.2%", "HbA1c 6.8%", "Hgb 7.9 g/dL", "Hgb 10.4", "WBC 14.6", "WBC 2.9", "platelets 64", "platelets 512", "INR 3.4",
        "INR 1.9", "TSH 11.2", "TSH 0.03", "free T4 0.6", "ALT 212", "AST 188", "alk phos 340", "total bilirubin 3.1", "lipase 880",
        "lactate 4.1", "troponin 0.42 ng/mL", "hs-troponin 88 ng/L", "BNP 1,240", "NT-proBNP 6,800", "procalcitonin 2.3", "CRP 88 mg/L",
        "ESR 74", "ferritin 9", "B12 148", "vitamin D 11", "Mg 1.2", "phosphorus 6.8", "ammonia 96", "UPCR 3.2", "LDL 188", "eGFR 28",
        "anion gap 19", "pH 7.21", "pCO2 58", "albumin 2.4", "CK 4,200", "D-dimer 2.8", "uric acid 9.4", "PSA 11.6", "CEA 14.2"]
VITALS = ["BP 168/94", "BP 92/54", "BP 142/88", "BP 118/72", "HR 124", "HR 48", "HR 102", "RR 26", "RR 22", "SpO2 86% on RA",
          "SpO2 93% on 2 L NC", "SpO2 97% RA", "T 39.2 C", "Temp 101.8 F", "T 36.4", "Wt 58.2 kg", "Wt 112 kg", "BMI 38.4", "BMI 19.1",
          "orthostatic BP 132/80 to 104/66", "pulse 58 irregular", "FSBG 284"]
SCORES = ["PHQ-9 of 17", "PHQ-9 4", "GAD-7 12", "MoCA 19/30", "MMSE 22/30", "NIHSS 6", "GCS 14", "CHA2DS2-VASc 5", "HAS-BLED 3",
          "Wells score 4.5", "CURB-65 3", "qSOFA 2", "Morse fall score 65", "Braden 13", "CIWA-Ar 14", "COWS 11", "AUDIT-C 7",
          "ECOG 2", "Karnofsky 60%", "PPS 40%", "NYHA class III", "Child-Pugh B", "MELD 19", "Mallampati II", "ASA III",
          "Berg Balance 38/56", "TUG 18 seconds", "ESI level 2", "ESI 3", "pain 7/10", "pain 3/10", "Katz ADL 4/6", "Epworth 15",
          "STOP-BANG 6", "Columbia screen negative", "HEART score 5", "TIMI 3", "PERC negative", "Caprini 6", "Padua 5"]
CODES = ["I50.23", "E11.22", "N17.9", "J18.9", "I63.9", "F03.90", "M81.0", "C34.90", "K21.9", "G30.1", "I25.10", "N39.0", "L03.116",
         "Z91.81", "Z59.00", "Z63.6", "R41.82", "J44.1", "I48.0", "E87.1", "D50.9", "K70.30", "F10.20", "F11.20", "G47.33", "M17.11",
         "S72.001A", "R55", "R07.9", "Z79.01", "Z99.2", "N18.4", "E03.9", "I10"]
CPT = ["CPT 99215", "CPT 71250", "CPT 74177", "CPT 70553", "CPT 93306", "CPT 77067", "CPT 76700", "CPT 73721", "CPT 70450",
       "CPT 71046", "CPT 93880", "CPT 76536", "HCPCS G0439", "CPT 99497", "CPT 90837", "LOINC 2345-7", "LOINC 718-7"]
ABBR = ["COPD", "CHF", "HFrEF", "HFpEF", "CKD 3b", "ESRD", "OSA on CPAP", "BPH", "GERD", "PAD", "DVT", "PE", "TIA", "CVA", "AKI",
        "UTI", "SBO", "NSTEMI", "AFib", "DKA", "ACS", "DNR/DNI", "POLST", "NPO", "ADLs", "IADLs", "SNF", "LTACH", "PCA", "HTN", "HLD",
        "T2DM", "CAD s/p CABG", "PEG", "TPN", "AAA", "BKA", "MRSA", "C. diff", "RSV", "SOB", "DOE", "PND", "LLE edema"]
DIAG = ["community-acquired pneumonia", "acute on chronic diastolic heart failure", "type 2 diabetes with nephropathy",
        "major depressive disorder, recurrent", "paroxysmal atrial fibrillation", "cellulitis of the right leg", "acute kidney injury",
        "osteoarthritis of both knees", "iron deficiency anemia", "pyelonephritis", "opioid use disorder on buprenorphine",
        "alcohol use disorder", "hepatic encephalopathy", "alcoholic cirrhosis", "COPD exacerbation", "NSTEMI",
        "left MCA ischemic stroke", "hip fracture after a fall", "hyponatremia", "symptomatic bradycardia", "syncope",
        "delirium superimposed on dementia", "sepsis from a urinary source", "diabetic foot ulcer", "small bowel obstruction",
        "pulmonary embolism", "chronic pain", "generalized anxiety disorder", "new-onset seizure", "gout flare", "failure to thrive",
        "chronic kidney disease stage 4", "hypothyroidism", "benign paroxysmal positional vertigo", "herpes zoster", "asthma flare"]
WORD_KEEP = ["We " + K("word", "hope") + " to avoid another admission.", "Pharmacy " + K("word", "will") + " call when the refill is ready.",
             "Patient " + K("word", "may") + " shower after 48 hours.", "Keeps pills in " + K("word", "a brown paper bag") + ".",
             "Needs new " + K("word", "reading glasses") + " before the eye visit.", "The hospital " + K("word", "bill") + " is in dispute.",
             "Pressure " + K("word", "rose") + " after the second dose.", "No " + K("word", "frank blood") + " in the stool.",
             "Prefers a " + K("word", "long-acting") + " option.", "Insurance gives a 30-day " + K("word", "grace period") + ".",
             "Belongs to a " + K("word", "faith community") + " that provides meals.", "Unusual in a " + K("word", "young adult") + ".",
             "Wears a " + K("word", "sterling silver") + " medical alert bracelet.", "Symptoms worse at " + K("word", "dawn") + ".",
             "Finds " + K("word", "joy") + " in the grandchildren's visits.", "Pupils equal; " + K("word", "iris") + " normal bilaterally.",
             "Left a " + K("word", "mark") + " on the dressing from the old tape.", "Plans to travel in the " + K("word", "summer") + ".",
             "No " + K("word", "rush") + " on the colonoscopy.", "States she would " + K("word", "love") + " to be home for the holidays."]
WORD_USE = {
    "saffron": "Uses " + K("word", "saffron") + " in cooking; no supplement interactions.",
    "tempest": "Calls the move \"a " + K("word", "tempest") + " in a teapot.\"",
    "solace": "Finds " + K("word", "solace") + " in gardening and church.",
    "indigo": "Left foot has an " + K("word", "indigo") + " stain from new socks, not cyanosis.",
    "jubilee": "The " + K("word", "jubilee") + " dinner at the senior center is next month.",
    "dove": "Reports " + K("word", "dove") + " into a shallow pool years ago; neck films then were normal.",
    "posy": "Brought a " + K("word", "posy") + " of flowers for the nursing station.",
    "gable": "Fell from the " + K("word", "gable") + " end of the garage while clearing gutters.",
    "whisker": "Came within a " + K("word", "whisker") + " of falling in the shower.",
    "trestle": "Tripped over a " + K("word", "trestle") + " table at the church sale.",
    "wicket": "Jammed the finger keeping " + K("word", "wicket") + " at cricket.",
    "mower": "Old laceration from a lawn " + K("word", "mower") + " blade.",
    "fiddler": "Has a " + K("word", "fiddler") + " crab tattoo on the forearm.",
    "drummer": "Grandson is a " + K("word", "drummer") + " and practises in the garage.",
    "rafter": "Struck head on a low " + K("word", "rafter") + " in the attic.",
    "tackle": "Keeps the pill organiser in a fishing " + K("word", "tackle") + " box.",
    "thorn": "Small puncture from a rose " + K("word", "thorn") + " on the right thumb.",
    "bristle": "Switched to a soft-" + K("word", "bristle") + " toothbrush.",
    "mallow": "Drinks " + K("word", "mallow") + " tea for the cough.",
    "quiver": "Lip " + K("word", "quiver") + " noted when the diagnosis was discussed.",
    "tipple": "Has a " + K("word", "tipple") + " of sherry at Christmas only.",
    "trumpeter": "Watches the " + K("word", "trumpeter") + " swans at the lake every morning.",
}
SEX_WORD = {"F": ["woman", "woman", "female", "lady"], "M": ["man", "man", "male", "gentleman"]}
EXAMS = [("CT head without contrast", "CPT 70450", "head"), ("MRI brain with and without contrast", "CPT 70553", "head"),
         ("CT chest with contrast", "CPT 71260", "chest"), ("CTA chest (PE protocol)", "CPT 71275", "chest"), ("XR chest 2 views", "CPT 71046", "chest"),
         ("CT abdomen and pelvis with contrast", "CPT 74177", "abd"), ("US abdomen complete", "CPT 76700", "abd"), ("US renal", "CPT 76770", "abd"),
         ("MRCP", "CPT 74183", "abd"), ("MRI right knee without contrast", "CPT 73721", "knee"), ("XR left hip 2 views", "CPT 73502", "hip"),
         ("XR right wrist 3 views", "CPT 73110", "wrist"), ("XR right ankle 3 views", "CPT 73610", "ankle"),
         ("MRI lumbar spine without contrast", "CPT 72148", "spine"), ("CT cervical spine without contrast", "CPT 72125", "cspine"),
         ("US carotid duplex", "CPT 93880", "vasc"), ("US venous duplex, left lower extremity", "CPT 93971", "vasc"), ("US thyroid", "CPT 76536", "neck"),
         ("Screening mammogram, bilateral", "CPT 77067", "breast"), ("Diagnostic mammogram, left", "CPT 77065", "breast"),
         ("Echocardiogram, transthoracic", "CPT 93306", "cardiac"), ("CT coronary calcium score", "CPT 75571", "cardiac"),
         ("Fluoroscopic swallow study", "CPT 74230", "swallow"), ("NM bone scan, whole body", "CPT 78306", "bone")]


EPO_SIGNS = [x for x in EPONYMS if x.endswith((" sign", " test", "respirations"))]
EPO_DISEASES = [x for x in EPONYMS if x not in EPO_SIGNS]


def kp(c, kind):
    r = c.rng
    if kind == "eponym":
        return K("eponym", r.choice(EPO_DISEASES))
    if kind == "sign":
        return K("eponym", r.choice(EPO_SIGNS))
    if kind == "device":
        return K("eponym", r.choice(DEVICES))
    if kind == "man":
        return K("eponym", r.choice(MANEUVERS))
    if kind == "rad":
        x = r.choice(RAD_KEEP)
        return K("score" if any(t in x for t in ("RADS", "score", "grade", "criteria", "Garden", "Weber", "Gartland", "Bismuth", "Balthazar", "Bosniak")) else "eponym", x)
    if kind == "cpt":
        return K("code", r.choice(CPT))
    if kind in ("drug", "lab", "vital", "score", "code", "abbreviation", "abbr", "diagnosis", "diag"):
        table = {"drug": DRUGS, "lab": LABS, "vital": VITALS, "score": SCORES, "code": CODES, "abbreviation": ABBR, "abbr": ABBR,
                 "diagnosis": DIAG, "diag": DIAG}[kind]
        for _ in range(8):
            x = r.choice(table)
            if x not in c.keep_seen:
                break
        c.keep_seen.add(x)
        return K({"abbr": "abbreviation", "diag": "diagnosis"}.get(kind, kind), x)
    table = {"drug": DRUGS, "lab": LABS, "vital": VITALS, "score": SCORES, "code": CODES, "abbreviation": ABBR, "abbr": ABBR,
             "diagnosis": DIAG, "diag": DIAG}
    return K({"abbr": "abbreviation", "diag": "diagnosis"}.get(kind, kind), r.choice(table[kind]))


PERSON_KEY = re.compile(r"^(pt|r[1-4]|" + "|".join(TEAM) + r"|(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")\d?)$")
SLOT = re.compile(r"\{([^{}]+)\}")


def val(c, key):
    r = c.rng
    if key.startswith(("k:", "w:", "e:", "K:")):
        if key.startswith("k:"):
            return kp(c, key[2:])
        if key.startswith("w:"):
            return K("word", key[2:])
        if key.startswith("e:"):
            return K("eponym", key[2:])
        _, kind, text = key.split(":", 2)
        return K(kind, text)
    if "." in key and PERSON_KEY.match(key.split(".", 1)[0]):
        who, form = key.split(".", 1)
        p = c.who(who)
        if form in ("kin", "Kin"):
            k = p.kin if p.kin else p.role
            return k.capitalize() if form == "Kin" else k
        if form == "ph":
            if not p.phone:
                p.phone = c.phone_raw()
            return P("PHONE", p.phone)
        if form in ("he", "He", "his", "His", "him"):
            w = {"he": 0, "his": 1, "him": 2}[form.lower()]
            s = {"F": ("she", "her", "her"), "M": ("he", "his", "him")}[p.sex][w]
            return s.capitalize() if form[0].isupper() else s
        if form == "cred":
            return p.cred
        if form == "role":
            return p.role
        if form == "email":
            if not p.email:
                p.email = make_email(c, p)
            return P("EMAIL", p.email)
        if form == "sex":
            return r.choice(SEX_WORD[p.sex])
        return c.nm(p, form)
    head, _, arg = key.partition(":")
    if head in ("he", "He", "his", "His", "him"):
        w = {"he": 0, "his": 1, "him": 2}[head.lower()]
        s = c.pron[w]
        return s.capitalize() if head[0].isupper() else s
    if head == "phone":
        return P("PHONE", c.phone_raw(abroad=arg == "abroad"))
    if head == "fax":
        return P("FAX", c.phone_raw())
    if head in ("date", "vdate", "ndate", "pdate", "odate", "adate"):
        off = {"date": (-45, 20), "vdate": (0, 0), "ndate": (2, 75), "pdate": (-500, -3), "odate": (-3000, -400), "adate": (-12, -2)}[head]
        return c.date_s(c.visit + dt.timedelta(days=r.randint(*off)), arg or None)
    if head == "dob":
        return c.date_s(c.dob, arg or r.choice(["us", "us0", "iso", "long", "dmy", "short"]))
    if head == "time":
        return c.time_s(arg or None)
    if head == "mrn":
        return P("MRN", c.mrn.lstrip("0") if arg == "nozero" else c.mrn)
    if head == "acct":
        return P("ACCOUNT", r.choice(["", "", "HAR", "V", "ACCT-"]) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([8, 9, 10]))))
    if head == "plan":
        kind = arg or r.choice(["member", "member", "mbi", "medicaid", "group"])
        if kind == "mbi":
            L = "ACDEFGHJKMNPQRTUVWXY"
            d = lambda: str(r.randint(0, 9))
            s = f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{d()}-{r.choice(L)}{r.choice(L + '0123456789')}{d()}-{r.choice(L)}{r.choice(L)}{d()}{d()}"
        elif kind == "medicaid":
            s = f"{r.choice(['MCD', 'MA', 'CA'])}{r.randint(10**7, 10**8 - 1)}{r.choice('ABCDEFGH')}"
        elif kind == "group":
            s = f"GRP-{r.randint(1000, 99999)}"
        else:
            s = r.choice(["XJK", "QHP", "BCX", "UHC", "WPA", "ZNM"]) + "".join(str(r.randint(0, 9)) for _ in range(9))
        return P("HEALTH_PLAN", s)
    if head == "npi":
        return P("OTHER_ID", npi(r))
    if head == "acc":
        return P("OTHER_ID", r.choice([f"CT{c.visit.year % 100}-{r.randint(100000, 9999999)}", f"RAD{r.randint(10**7, 10**8 - 1)}",
                                       f"A{r.randint(10**6, 10**7 - 1)}", f"MR{c.visit.year}-{r.randint(10000, 99999)}",
                                       f"{r.randint(10**8, 10**9 - 1)}"]))
    if head == "oid":
        return c.other_id(arg or None)
    if head == "ssn4":
        return P("SSN", f"{r.randint(1, 9999):04d}")
    if head == "addr":
        return c.addr_s(c.home, arg or "full")
    if head == "street":
        return c.addr_s(c.home, "street")
    if head == "town":
        return P("CITY", c.home[2])
    if head == "st":
        return c.home[3]
    if head == "zip":
        return P("ZIP", c.home[4])
    if head == "oaddr":
        return c.addr_s(c.make_address(), arg or "full")
    if head == "ostreet":
        return c.addr_s(c.make_address(), "street")
    if head == "otown":
        t, st = r.choice(US_TOWNS)
        return P("CITY", t) + (f", {st}" if arg != "nostate" else "")
    if head == "otown1":
        return P("CITY", r.choice(US_TOWNS)[0])
    if head == "abroad1":
        return P("CITY", r.choice(FOREIGN[r.choice(sorted(FOREIGN))]))
    if head == "abroad":
        country = r.choice(sorted(FOREIGN))
        return P("CITY", r.choice(FOREIGN[country])) + ("" if arg == "nocountry" else f", {country}")
    if head == "age":
        return P("AGE_OVER_89", str(c.age)) if c.age >= 90 else K("age", str(c.age))
    if head == "ageyo":
        s = f"{c.age}-year-old" if arg != "yo" else f"{c.age} y/o"
        return P("AGE_OVER_89", s) if c.age >= 90 else K("age", s)
    if head in ("a_ageyo", "a_oldage"):
        n = c.age if head == "a_ageyo" else r.randint(90, 104)
        art = "an " if str(n).startswith("8") or n in (11, 18) else "a "
        s = f"{n}-year-old"
        return art + (P("AGE_OVER_89", s) if n >= 90 else K("age", s))
    if head == "oldage":
        return P("AGE_OVER_89", f"{r.randint(90, 104)}-year-old")
    if head == "sexword":
        return r.choice(SEX_WORD[c.pt.sex])
    if head == "lang":
        return r.choice(LANGUAGES)
    if head == "clinic":
        return r.choice(CLINICS)
    if head == "dept":
        return r.choice(DEPTS)
    if head == "ext":
        return f"x{r.randint(200, 8999)}"
    if head == "room":
        return f"{r.choice(['Rm', 'Room', 'Bed', 'Bay'])} {r.randint(2, 48)}{r.choice(['', '', 'A', 'B'])}"
    if head == "exam":
        return c.exam[0] if arg != "caps" else c.exam[0].upper()
    if head == "examcode":
        return K("code", c.exam[1])
    if head == "email":
        if not c.pt.email:
            c.pt.email = make_email(c, c.pt)
        return P("EMAIL", c.pt.email)
    raise KeyError(key)


def make_email(c, p):
    import unicodedata as u
    r = c.rng

    def a(s):
        return "".join(ch for ch in u.normalize("NFKD", s) if ch.isascii() and ch.isalpha()).lower()
    g, f = a(p.given) or "x", a(p.family) or "y"
    local = r.choice([f"{g}.{f}", f"{g[0]}{f}{r.randint(2, 98)}", f"{f}.{g[0]}", f"{g}{f[:3]}{r.randint(10, 99)}", f"{g}_{f}"])
    dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "aol.com", "hotmail.com", "comcast.net", "att.net"])
    if p.clin and r.random() < 0.6:
        dom = r.choice(["northsidefp.org", "eastgatemed.com", "rivercommhealth.org", "harborviewpc.net"])
    return f"{local}@{dom}"


def render(c, frame: str) -> str:
    """Render one frame; people keys (r1, nb, ...) are bound afresh for each frame."""
    c.binding = {}
    c.keep_seen = set()
    c.rel_order = c.rng.sample(range(len(c.rels)), len(c.rels))
    body = frame
    mode = None
    if body[:1] == "%":
        if c.age >= 70:
            raise Skip("young only")
        body = body[1:]
    if body[:1] in "^~":
        mode, body = body[0], body[1:]
    out = SLOT.sub(lambda m: val(c, m.group(1)), body)
    if mode == "^":
        out = recase(out, str.upper)
    elif mode == "~":
        out = recase(out, str.lower)
    return out


def is_name_frame(frame: str) -> bool:
    for m in SLOT.finditer(frame):
        k = m.group(1)
        if "." in k:
            who, form = k.split(".", 1)
            if PERSON_KEY.match(who) and form.rstrip("!") not in ("kin", "Kin", "ph", "he", "He", "his", "His", "him", "cred", "role", "email", "sex"):
                return True
    return False

# ---------------------------------------------------------------- frames shared by every note type
# Each pool: (mode, frames); "prose" frames that follow each other run on in one paragraph, "line" frames stand on their own line.
FAMILY_PROSE = [
    "{r1.first} will bring the medication list on {date:wd}.",
    "{r1.first} will bring the meds Friday.",
    "Left VM for {r1.first}.",
    "Spoke with {r1.first} again at {time}; {r1.he} agrees with the plan.",
    "{pt.last} agrees with plan.",
    "Present: {pt.first}, {his} {r1.kin} {r1.first} and a grandson.",
    "{r1.first} drove {pt.first} home after the visit.",
    "Per {r1.first}, {pt.first} has been sleeping most of the day.",
    "{pt.first} lives with {r1.first} ({r1.kin}) and {r2.first} ({r2.kin}) in a second-floor apartment.",
    "Emergency contact is {r1.full}, {r1.kin}, {r1.ph}.",
    "{r1.Kin} ({r1.full}) is the health care proxy; {r2.kin} ({r2.first}) is the alternate.",
    "{His} {r1.kin}, {r1.full}, flew in from {abroad} on {date:mon}.",
    "A friend of {r1.first}'s is staying with the family this week.",
    "{r1.full} and {r2.full} split the overnight shifts at home.",
    "Family meeting with {r1.first}, {r2.first} and {r3.first} at {time}.",
    "{pt.title} was accompanied by {r1.first}, who interpreted.",
    "{r1.first} asked that calls go to {r1.him} first, at {r1.ph}.",
    "Please call {r1.first} with results, not {r2.first}.",
    "{r1.first} and {pt.first} disagree about the move to assisted living.",
    "Updated {r1.first} by phone; {r1.he} will update {r2.first}.",
    "According to {r1.full}, the falls started around {date:th}.",
    "{pt.first}'s {r1.kin} {r1.first} says {he} stopped the {k:drug} on {his} own.",
    "Has lived alone since {his} {r1.kin} {r1.first} moved to {otown}.",
    "Keys are with {r1.first}.",
    "Discussed code status with {pt.first} and {r1.first}; remains full code.",
    "{r1.first} brought in a bag of pill bottles from home.",
    "Called the {r1.last} household at {r1.ph}; no answer.",
    "%{r1.first} is off work until {ndate:md} and can come to appointments.",
    "{pt.first} wants {r1.first} at every appointment but not {r2.first}.",
    "Letter to go to {r1.full} at {oaddr}.",
    "{r1.first} kept a log of blood sugars; copy scanned to media.",
    "{He} would like {r1.first} and {r2.first} to hear the results together.",
    "{r2.first} has not spoken to {r1.first} in years; please do not share details between them.",
    "The grandchildren and {r1.first} visit on weekends.",
    "{r1.Kin} {r1.full} signed the consent as HCP.",
    "{r1.first}'s number changed; new cell {r1.ph}.",
    "{pt.first} gave permission to discuss care with {r1.first} and {r2.first}.",
    "Asked {r1.first} to bring the CPAP machine from home.",
    "Visited by {r1.first}, {r2.first}, and a cousin from {otown1}.",
    "{pt.first} says {r1.first} handles the bills and the mail.",
    "{r1.Kin} is {r1.fml}; lives at {oaddr}.",
    "It was {r1.first} who noticed the facial droop at {time}.",
    "{r1.first} is caring for {pt.first} and for {r1.his} own two children.",
    "The family ({r1.first}, {r2.first}) requests a call before any procedure.",
    "{pt.first} calls {r1.first} \"my rock.\"",
    "Discussed hospice with {r1.first}; {r1.he} needs time to talk with {r2.first}.",
    "{r1.first}, {r2.first} and {r3.first} all came for the meeting.",
    "Our thanks to {r1.first} for bringing the old records from {abroad1}.",
    "{r1.Kin} {r1.first} calls from {abroad} most evenings, {phone:abroad}.",
    "{pt.first} spends winters with {r1.first} in {abroad1}; reachable there at {phone:abroad}.",
]
FAMILY_LINE = [
    "Contacts: {r1.full} ({r1.kin}) {r1.ph}; {r2.full} ({r2.kin}) {r2.ph}",
    "EMERGENCY CONTACT: {r1.LF} - {r1.kin} - {r1.ph}",
    "HCP: {r1.lf} ({r1.kin}) | Alt: {r2.lf} ({r2.kin})",
    "Next of kin: {r1.fml}, {r1.kin}",
    "Family at bedside: {r1.Kin} {r1.first}, {r2.kin} {r2.first}",
    "Lives with: {r1.kin} ({r1.full}) and {r2.kin}",
    "Primary caregiver: {r1.full}, {r1.kin}; cell {r1.ph}; email {r1.email}",
    "Support persons: {r1.first} ({r1.kin}); neighbour {nb.first}",
    "~pt's {r1.kin} = {r1.lowerfull}, best # {r1.ph}",
    "~{r1.lower} texted: running late, be there by {time}",
    "^{r1.Kin} {r1.full} at bedside, updated",
    "{r1.Kin}: {r1.lfsfx} | {r1.ph}",
    "Decision maker: {r1.full} ({r1.kin}); {r2.full} ({r2.kin}) as backup",
    "Name\tRelation\tPhone\n{r1.full}\t{r1.kin}\t{r1.ph}\n{r2.full}\t{r2.kin}\t{r2.ph}",
    "Name | Relation | Phone\n{r1.lf} | {r1.kin} | {r1.ph}\n{r2.lf} | {r2.kin} | {r2.ph}",
    "Family contacts (per {pt.first}):\n- {r1.full}, {r1.kin}, {r1.ph}\n- {r2.first}, {r2.kin}, {r2.ph}",
    "Patient name in own script: {pt.script!} ({pt.full})",
    "Preferred name: {pt.nick}",
    "Relative abroad: {r1.full} ({r1.kin}), {abroad}, {phone:abroad}",
    "{pt.fullnick!} - prefers the short name",
]
OUTSIDE_PROSE = [
    "Neighbour {nb.full} found {him} on the floor and called 911.",
    "Gave the forms to {clk.last} at the front desk.",
    "{drv.first} from the ride service will pick {him} up at {time}.",
    "Transport by {drv.full} (medical van, {phone}).",
    "{int.full}, {lang} interpreter, ID {oid:badge}, assisted by phone.",
    "Landlord {ll.title} has been asked to fix the stair rail.",
    "Pastor {clg.full} from {his} congregation visits on Sundays.",
    "%{emp.full}, {his} supervisor at the warehouse, asked for a work note.",
    "Roommate {rm.first} says {he} has not been eating.",
    "{pt.first} was brought in by {fr.full}, a friend from church.",
    "%Coach {coach.last} called about the return-to-play paperwork.",
    "%{pt.first} works as an aide in {tch.title}'s classroom.",
    "Guardian {gdn.full} (court-appointed) can be reached at {phone}.",
    "{aide.first}, the home health aide, comes mornings; {aide2.first} covers weekends.",
    "{pt.first}'s payee is {pay.full}, {phone}.",
    "Attorney {law.full} is handling the guardianship petition.",
    "Officer {off.last} (badge {oid:badge}) brought {him} in.",
    "Message from {cal.full}, who says {cal.he} is a neighbour; not on the release, no information given.",
    "{nb.first} next door has a spare key.",
    "A friend of {fr.first}'s, {fr2.full}, has offered rides.",
    "{vol.full}, a volunteer, brought a wheelchair to the car.",
    "Spoke with {mgr.full}, the property manager, about the broken elevator.",
    "%Babysitter {bs.first} watches the children during {his} dialysis.",
    "{sup.first}, the building super, let EMS in.",
    "{ins.full} at the health plan confirmed coverage, reference {oid:ref}.",
    "{agw.full} from the county aging office will do a home visit {ndate:wd}.",
    "Dropped off the paperwork with {reg.first} in registration.",
    "%{pt.first}'s boss, {emp.full}, has agreed to light duty.",
    "Chaplain {chap.full} visited at the family's request.",
    "Imam {imam.last} called to arrange prayers before surgery.",
    "Father {priest.last} gave the sacrament of the sick this morning.",
    "Rabbi {rabbi.full} will visit on {ndate:wd}.",
    "Rides home with {fr.first}; {fr.he} has {his} walker.",
    "{nb.full} and {nb2.full} from the building bring meals.",
    "%Co-worker {cw.first} drove {him} to urgent care first.",
    "Called {ll.full} about mold in the bathroom; no callback yet.",
    "The dog is with {nb.full} across the street.",
    "Paperwork signed by {poa.full} as agent under the POA; copy in media.",
    "{cou.full} (courier) delivered the specimen at {time}.",
    "{fr.first} clarified that {fr.he} is a friend, not family.",
    "Text from {fr.first} to the unit phone asking for visiting hours.",
    "Left the discharge folder with {sup.full} at the front desk of the building.",
    "Met {agw.full} from the housing authority in the lobby.",
    "%Spoke with {emp.title} at {his} job about FMLA forms.",
    "Deacon {deacon.full} and two church members came by.",
    "{pt.first}'s ex-partner, {exh.full}, called; not on the release.",
    "Elder {elder.last} from the Kingdom Hall visited.",
    "{fr.first} and {fr2.first} from bingo night sent a card.",
    "Thanked {vol.first} at the information desk for walking {him} up.",
    "Tenant union organiser {agw.full} is helping with the rent escrow.",
    "Teacher {tch.full} has been taking {him} to appointments.",
    "The landlord, {ll.title}, lives downstairs and checks on {him}.",
    "{drv.full} of the cab company waited outside until {time}.",
    "Sent the ride request to {coord.first} at the transport desk.",
    "The notary, {law.full}, came at {time} to witness the advance directive.",
    "10:15 gave the bus pass to {clk.first}; {clk.he} will mail it.",
]
OUTSIDE_LINE = [
    "Interpreter: {int.full} ({lang}), ID {oid:badge}",
    "Interpreter used: {lang}, {int.first} (vendor ID {oid:badge})",
    "Transport: {drv.lf}, {phone}",
    "Guardian: {gdn.LF} (court order {oid:case})",
    "Payee: {pay.full} | {phone}",
    "Landlord: {ll.full}  {phone}",
    "%Employer contact: {emp.lf}, {phone} {ext}",
    "Clergy: {clg.full}, {phone}",
    "POA (financial): {poa.fml}",
    "Message taken by: {clk.full}",
    "Scanned by: {reg.full} {vdate:short}",
    "Form completed by {reg.il}, patient access",
    "Witness: {vol.full}",
    "Rep: {ins.full}, ref # {oid:ref}",
    "~per {clk.lower} @ front desk pt rescheduled to {ndate:md}",
    "^neighbour {nb.full} has key",
    "Ride: {drv.first} - {phone}",
    "Aide schedule: {aide.full} M/W/F, {aide2.full} Sat",
]
OUTCLIN_PROSE = [
    "Covering overnight: {cov.title}.",
    "Seen in urgent care by {od.full}, {od.cred}, on {pdate:mon}.",
    "{pt.title}'s dentist, {dds.title}, wants a clearance letter.",
    "Home health nurse {hhn.full} visits twice weekly; agency {phone}.",
    "PT with {ptt.first} went well; walked 150 feet with a rolling walker.",
    "Dietitian {rd.full}, {rd.cred}, reviewed the renal diet.",
    "Discussed with the night nurse, {nrn.first}.",
    "Signed out to {hosp.title} at {time}.",
    "Records requested from {od.tfull}'s office by fax ({fax}).",
    "{res.first} (resident) and {stu.first} (MS3) examined the patient with me.",
    "{ma.first}, MA, roomed the patient and checked vitals.",
    "Podiatry ({pod.title}) trimmed nails and checked the ulcer.",
    "Per {ed.title} in the ED, troponin was negative twice.",
    "Copy sent to {ref.full}, {ref.cred}, who referred {him}.",
    "Psychology ({psy.full}, {psy.cred}) will see {him} Thursday.",
    "{slp.full}, {slp.cred}, recommends a mechanical soft diet with thin liquids.",
    "Charge nurse {chg.first} aware.",
    "Hospice RN {hsp.full} will call the family tonight.",
    "Medic {medic.full} reported a fingerstick of {K:lab:glucose 41} at the scene.",
    "Optometrist {opt.title} noted background retinopathy.",
    "{ocard.tfull} (outside cardiology) recommends continuing {k:drug}.",
    "Case reviewed with {fel.full}, cardiology fellow.",
    "Handed off to {lpn.first} on the evening shift.",
    "OT ({ot.full}, {ot.cred}) recommends a tub bench.",
    "Respiratory therapy ({rt.first}) adjusted the BiPAP.",
    "{chw.full}, our community health worker, will help with the food bank form.",
    "Seen in the ED by {ed.il}, {ed.cred}, and admitted to {hosp.tfull}.",
    "Wound care per {pa.full}, {pa.cred}.",
    "{onp.full}, NP, is following for diabetes at {clinic}.",
    "{surg.title} (general surgery) will see {him} in clinic {ndate:mon}.",
    "Outside psychiatrist {psyc.tfull} manages the lithium.",
    "Anesthesia ({anes.title}) cleared {him} for sedation.",
    "Social worker {sw.full}, {sw.cred}, from the dialysis unit called.",
    "{derm.title} biopsied the lesion last spring.",
]
OUTCLIN_LINE = [
    "Outside PCP: {od.lf}, {od.cred} ({otown})  ph {phone}  fax {fax}",
    "Home health: {hhn.full}, {hhn.cred} | agency {phone}",
    "Cardiology: {ocard.tfull}; last visit {pdate:us}",
    "Dentist: {dds.LF}, {dds.cred}",
    "Covering: {cov.il}, {cov.cred} (pager {ext})",
    "Therapy: PT {ptt.fl}; OT {ot.fl}; SLP {slp.fl}",
    "Seen by: {res.full}, MD (PGY-2); {stu.full}, {stu.cred}",
    "Night RN: {nrn.first}",
]
SHARED = {"family_prose": ("prose", FAMILY_PROSE), "family_line": ("line", FAMILY_LINE), "out_prose": ("prose", OUTSIDE_PROSE),
          "out_line": ("line", OUTSIDE_LINE), "outclin_prose": ("prose", OUTCLIN_PROSE), "outclin_line": ("line", OUTCLIN_LINE)}
CLIN_PROSE = [
    "Vitals {k:vital}, {k:vital}, {k:vital}.",
    "Labs: {k:lab}, {k:lab}, {k:lab}.",
    "Known {k:eponym}; also {k:diag} ({k:code}).",
    "Meds reviewed: {k:drug}; {k:drug}; {k:drug}.",
    "Screening {k:score}; {k:score}.",
    "Exam negative for {k:sign}; {k:vital}.",
    "History of {k:abbr}, {k:abbr} and {k:diag}.",
    "{He} is {a_ageyo} {sexword} with {k:abbr} and {k:eponym}.",
    "Plan: continue {k:drug}; stop {k:drug}; recheck {k:lab} in a week.",
    "Today {k:vital}; repeat {k:vital} after rest.",
    "Allergies: sulfa (rash). Home meds include {k:drug} and {k:drug}.",
    "Problem list: {k:diag}; {k:diag}; {k:abbr}.",
    "On arrival {k:vital}, {k:lab}; {k:score}.",
    "Uses a {k:device} at home.",
    "{k:man} performed; results documented.",
    "Coded as {k:code} and {k:code}; visit {k:cpt}.",
]
# ---------------------------------------------------------------- telephone encounters
TEL_HEAD = [
    "TELEPHONE ENCOUNTER\nPatient: {pt.lf}   DOB: {dob}   MRN: {mrn}\nDate/Time: {vdate:us} {time}",
    "Phone Note | {vdate:long} {time}\n{pt.LF} ({mrn})",
    "Telephone Encounter - {clinic}\nPt name: {pt.full}\nDOB {dob} | Ph {pt.ph}\nCall date {vdate}",
    "TELEPHONE MESSAGE\nFor: {pcp.tfull}\nRe: {pt.fml}\nDate: {vdate}  Time: {time}",
    "Patient Call\n{pt.lf} | MRN {mrn} | {vdate:iso}",
    "PHONE CALL {vdate:caps}\nRE: {pt.LFsp}  DOB {dob}",
    "Telephone encounter documented by {rn.full}, {rn.cred}\nPatient: {pt.full} ({mrn})\n{vdate:wd} {time}",
    "Nurse Triage Phone Call\nName: {pt.lfm}\nCallback #: {pt.ph}\nDate: {vdate}",
    "After-hours call (answering service)\nPatient: {pt.full}, DOB {dob}\nReceived {vdate:us} at {time}",
    "Tel Enc - {pt.caps} - {vdate:short}\nMRN {mrn:nozero}",
    "MESSAGE SLIP\nDate: {vdate:us}  Time: {time}\nFor: {pcp.title}\nPatient: {pt.lf}",
    "Incoming call | Pt: {pt.full} | Acct {acct} | {vdate:monc}",
    "Refill line voicemail transcribed {vdate:us} {time}\nPatient: {pt.LF}, DOB {dob}",
    "TELEPHONE ENCOUNTER -- {clinic}\n{pt.Lf}   {mrn}   {vdate:dmy}",
    "Call documentation\nPatient name: {pt.fml}\nMRN: {mrn}\nPCP: {pcp.lf}, {pcp.cred}",
    "Phone: {vdate:long}\nPatient {pt.full} (DOB {dob}) - call re: {k:diag}",
]
TEL_META = [
    "Caller: {r1.full}\nRelationship to patient: {r1.kin}\nCallback number: {r1.ph}",
    "Caller name: {r1.LF}\nRelation: {r1.kin}\nBest number: {r1.ph}",
    "Caller: self ({pt.first})\nCallback: {pt.ph}",
    "Call from: {nb.full} (neighbour)\nRelationship: not family; no release on file",
    "Message taken by: {clk.full}, front desk",
    "Message taken by: {ans.first} at the answering service",
    "Taken by {clk.il} | routed to {rn.il}",
    "Call received by: {rn.fml}, {rn.cred}",
    "Caller identified as {r1.kin}, {r1.caps}.",
    "Who called: {rxo.full}, pharmacist at the outside pharmacy ({phone})",
    "Spoke with: {r1.first} ({r1.kin}) and {pt.first} on speaker",
    "Relationship to patient: {r1.kin} ({r1.full})",
    "On behalf of: {pt.lf}",
    "Preferred callback: {r1.first}'s cell {r1.ph}, after {time:ampm}",
    "Caller: {int.full} (interpreter line), calling for {pt.title}",
    "Caller: {hhn.full}, {hhn.cred}, home health agency, {phone}",
    "Call from {od.tfull}'s office ({ma.first}) about records",
    "Line 2 holding: {r2.first}, {his} {r2.kin}",
    "Caller: {cal.full}   Relationship: friend   Release on file: no",
    "Person calling: {r1.first} {r1.ph}\nPatient: {pt.full}",
    "Caller: {r1.lfm}\nRelationship to Patient: {r1.Kin}\nPhone: {r1.ph}  Alt: {phone}",
    "CALLER: {r1.LFsp}\nRELATION: {r1.kin}\nCB#: {r1.ph}",
    "Caller: {gdn.full} (legal guardian, letters of guardianship on file)",
    "Caller: {agw.full}, caseworker with the county, {phone} {ext}",
    "Caller: {pt.title} (the patient); verified name and date of birth",
    "From: {ans.full} (after-hours service) -> {cov.il}, on call",
    "Caller {r1.first} is the patient's {r1.kin} and lives with {him}.",
    "Caller {r1.first} speaks {lang}; interpreter {int.first} (ID {oid:badge}) joined at {time}.",
    "Voicemail left by {r1.full}, {r1.kin}, at {time}",
    "%Message from: {emp.full} ({his} employer) - patient gave verbal consent",
]
TEL_REASON = [
    "Reason for call: {r1.first} reports {pt.first} has had a fever to {K:vital:101.8 F} since {date:wd}.",
    "Message: \"Please have {pcp.title} call me back about my {r1.kin}'s pills\" - {r1.first}",
    "{r1.first} asking whether {pt.first} can take {k:drug} with the new antibiotic.",
    "Pt says {r1.first} picked up the wrong inhaler from the pharmacy.",
    "{pt.first} calling for the results of the {date:mon} labs.",
    "Caller states {his} {r1.kin} {r1.first} found {him} more confused and tired than usual.",
    "%{r1.first} asks for a letter for {pt.first}'s employer, {emp.full}.",
    "Reports that {nb.first} from next door found {him} wandering at {time}.",
    "{pt.first} wants to transfer care to {od.tfull} closer to home in {otown}.",
    "Patient asking whether {r1.first} can pick up the controlled prescription for {him}.",
    "{r1.first} upset that nobody called after the {date:md} CT.",
    "Pt states {he} ran out of {k:drug} on {date:wd}; pharmacy told {him} to call {pcp.title}.",
    "{r1.first} wants to know if {pt.first} should still go to {his} {ndate:mon} appointment with {con.title}.",
    "Home health nurse reports {k:vital} and {k:vital}; {pt.first} denies chest pain.",
    "Caller says {pt.first} fell getting out of the tub; {r1.first} helped {him} up.",
    "Message relayed from {ans.first}: patient vomiting since {time}, unable to keep {k:drug} down.",
    "{pt.first} asks that the results be sent to {his} {r1.kin} {r1.first} at {r1.email}.",
    "{r1.Kin} reports {pt.first} has not had a bowel movement in 5 days on {k:drug}.",
    "Pharmacist {rxo.last} calling to clarify the dose of {k:drug}.",
    "Patient reports {k:vital} on home cuff this morning; {r1.first} rechecked, same.",
    "{pt.first} asks if {r2.first} can be added to the release form.",
    "Caller asking about the bill from {pdate:mon}; transferred to billing ({ins.first}).",
    "{r1.first} reports {pt.first}'s sugars are {K:lab:glucose 48} to {K:lab:glucose 62} in the mornings.",
    "Patient wants a call from {cm.first} about the walker that was never delivered.",
    "Caller {nb.first} says {pt.first} has not answered the door since {date:wd}.",
    "{pt.first} reports new swelling of the left leg; {his} {r1.kin} thinks it is a clot like {r1.his} own.",
    "Question from {r1.first}: can {pt.first} drink alcohol with {k:drug}?",
    "{pt.title} requests a handicap placard form for {his} {r1.kin} to drive {him}.",
]
TEL_ACT = [
    "{time} spoke w/ {pt.last}, reviewed precautions.",
    "{time} LVM for {r1.first} to call back.",
    "{time} 2nd attempt, no answer at {r1.ph}; voicemail full.",
    "{time} called {r1.first} back; {r1.he} will bring {him} in at {time}.",
    "{date:md} {time} returned call - talked to {r1.lower}.",
    "Left VM for {pt.first}.",
    "Routed to {pcp.tfull} for review.",
    "Discussed with {pcp.title}, who agrees with ED evaluation.",
    "Per {pcp.first}: OK to refill x1, needs a visit within 2 weeks.",
    "Sent to {rx.first} in pharmacy for prior auth ({oid:auth}).",
    "Appointment made with {np.full}, NP, {ndate:wd} at {time}.",
    "Scheduled by {sch.full}; reminder text sent to {pt.ph}.",
    "Advised {r1.first} to call 911 if worse; {r1.he} verbalized understanding.",
    "Transferred call to {cm.full}, {cm.cred}.",
    "Faxed note to {od.tfull} at {fax}.",
    "Called the pharmacy; spoke with pharmacist {rxo.full}.",
    "Closed encounter; {pt.first} aware.",
    "Per {r1.first} at {time}, {pt.first} is resting and the fever has broken.",
    "{time} spoke w/ {r1.last}",
    "{time} spoke with {r1.capslast} - aware of plan",
    "{time}: no answer, left message with {r2.first} ({r2.kin}) to have {r1.first} call.",
    "{time} {pcp.il} reviewed; wants {k:lab} and BMP tomorrow.",
    "Called {pt.first} back at {time} -- line busy. Retry at {time}.",
    "{time} reached {pt.first}; instructions read back correctly.",
    "Message forwarded to {con.tfull}'s nurse, {lpn.first}.",
    "Pended refill for {pcp.lf} to sign.",
    "Informed caller that {pcp.title} is out until {ndate:md}; covering is {cov.title}.",
    "Lab order faxed to {otown1} draw station, attn {clk.full}, fax {fax}.",
    "Spoke to {r1.first} ({r1.kin}); {pt.first} gave verbal OK at {time}.",
    "Sent MyChart message to {pt.first}; copy to {r1.first} (proxy).",
    "{time} return call from {od.title}'s office ({ma.full}); records faxed.",
    "{time} {rn.first} to {pt.first}: go to ED now. {pt.first} agrees; {r1.first} driving.",
    "Will call {r1.first} tomorrow AM with the potassium result.",
    "Called {pt.first} at {pt.ph} and {r1.first} at {r1.ph}; no answer at either.",
    "{time} callback from {pt.first}'s {r1.kin} {r1.first}; updated.",
    "Documented that {pt.first} declined ED; {r1.first} will stay overnight.",
    "Appointment moved to {ndate:long} per {sch.first}.",
    "Script sent to pharmacy; pharmacist {rxo.first} confirmed receipt.",
    "Spoke with {hhn.first}, home health RN, who will visit today.",
    "{time} - {pcp.fl} aware and agrees.",
]
TEL_CLIN = [
    "Denies chest pain, dyspnea or syncope. Reports {k:vital} at home.",
    "Symptoms: cough x4 days, {K:vital:T 38.4 C}, no SOB. Known {k:abbr}.",
    "Protocol used: adult fever. Disposition: see within 24 hours.",
    "Current meds confirmed: {k:drug}; {k:drug}.",
    "Last labs {pdate:md}: {k:lab}, {k:lab}.",
    "Home glucose log reviewed: {K:lab:FSBG 212}, {K:lab:FSBG 188}.",
    "Advised hydration, {k:drug}, recheck in 48 hours.",
    "Red flags reviewed: chest pain, confusion, {K:abbreviation:SOB}.",
    "Risk: {k:score}; {k:abbr} on {k:drug}.",
    "No {k:eponym} history. Allergies NKDA.",
]
TEL_SIGN = [
    "Disposition: home care advice; call back if worse.\n{rn.full}, {rn.cred}",
    "-- {rn.first}, {rn.cred} (triage line)",
    "Encounter closed by {rn.il} {time}",
    "Documented by: {rn.lf}, {rn.cred} | Reviewed: {pcp.tfull}",
    "{rn.fl} RN / {vdate:short} {time}",
    "Signed: {rn.caps}, {rn.cred}",
    "/s/ {rn.full} {rn.cred}; cc {pcp.full}",
    "Message taken by {clk.first}; documented by {rn.full}, {rn.cred}.",
    "{rn.full}, {rn.cred}\nRouted to: {pcp.lf}",
    "Electronically signed by {np.fml}, {np.cred} {vdate:us} {time}",
    "{rn.glued}, RN - {vdate:md}",
    "Thanks, {rn.first}",
    "Call time 6 min. {rn.lfi}, {rn.cred}",
]
TEL_TEXT = [
    "~pt's {r1.kin} {r1.lowerfull} called again, wants callback before {time:ampm}",
    "~{r1.lower} says {pt.lower} is ok now, cancel the callback",
    "~lvm for {pt.lowerlast}, asked to call {clinic} back",
    "~spoke w {r1.lower} - pharmacy closed, will pick up tmrw",
    "^caller {r1.full} states {pt.first} fell at {time}",
    "^per {rn.first}: pt to ED now",
    "~{time} txt from {r1.lower}: \"{pt.lower} took 2 of the water pills by mistake\"",
    "~msg from {pt.lower}: can {r2.lower} pick up my rx? - ok'd",
]
# ---------------------------------------------------------------- radiology reports
RAD_HEAD = [
    "RADIOLOGY REPORT\nPatient: {pt.LF}  MRN: {mrn}  DOB: {dob}\nExam: {exam} ({examcode})\nExam date: {vdate} {time}\nAccession: {acc}\nOrdering provider: {pcp.lf}, {pcp.cred}",
    "{exam:caps}\nName: {pt.lf}\nMRN {mrn} | Acc# {acc}\nReferring physician: {att.tfull}\nDate of exam: {vdate:caps}",
    "Imaging Report - {clinic}\nPatient {pt.full}   Age {age}\nOrdered by: {att.full}, {att.cred}\nPerformed: {vdate:us} {time}\nStudy: {exam}",
    "Referring physician: Dr. {con.wrap}, {con.cred}\nPatient: {pt.LF}   MRN {mrn}\nExam: {exam}   Date: {vdate:us}",
    "EXAMINATION: {exam}\nPATIENT: {pt.caps}  ({mrn})\nREQUESTED BY: {con.LF} {con.cred}\nDATE: {vdate:iso}",
    "Procedure: {exam}\nPt: {pt.lfm}\nDOB: {dob}  Acc: {acc}\nOrdering: {pcp.il}, {pcp.cred}; cc: {att.il}",
    "OUTSIDE STUDY - SECOND OPINION READ\nPatient: {pt.full}  MRN {mrn}\nImages from {otown}, uploaded by {clk.full} (film library)\nExam: {exam}",
    "Report: {exam}\nFor: {pt.lf} (DOB {dob})\nOrdering clinician: {np.full}, {np.cred}\nAccession {acc}",
    "{pt.LFsp}   {dob}   {mrn}\n{exam} {examcode}\nOrdering: {pcp.Lf}\nRead: {vdate:dmy}",
    "DIAGNOSTIC IMAGING\nName: {pt.fml}   Acct: {acct}\nOrdering Provider: {ed.lf}, {ed.cred} (ED)\nAttending of record: {att.lf}\nExam: {exam}  {vdate:short} {time}",
    "Patient Name: {pt.lf}\nPatient ID: {mrn}\nStudy: {exam}\nStudy Date: {vdate:compact}\nReferring: {pcp.LFsp}\nInstitution: {clinic}",
    "PRELIMINARY REPORT (resident)\n{pt.lf} | {mrn} | {exam}\nOrdered by {hosp.tfull}, hospitalist",
    "Imaging request from {con.title} ({dept})\nPatient: {pt.full}, {ageyo} {sexword}\nExam: {exam}\nDate: {vdate:long}",
    "Study: {exam}\nPatient: {pt.native!}\nMRN: {mrn}   DOB: {dob}\nReferring: {pcp.full}, {pcp.cred}",
]
RAD_HIST = [
    "CLINICAL HISTORY: {k:diag}. Per the order from {pcp.title}: please evaluate.",
    "HISTORY: Fall at home on {date:md}; found by {his} {r1.kin} {r1.first}.",
    "INDICATION (from {ed.title}): {k:diag}; {k:vital}.",
    "History: {k:abbr}, {k:eponym}. Symptoms per {r1.kin} ({r1.first}) began {date:wd}.",
    "Clinical information provided by {res.full}, MD: {k:diag}, {k:lab}.",
    "REASON FOR EXAM: {k:diag}. Ordering note by {np.il} reviewed.",
    "Indication: follow-up of nodule, per {rad.title}'s recommendation of {pdate:us}.",
    "HISTORY: {ageyo} {sexword}, {k:abbr}, {k:diag}.",
    "Clinical question from {hosp.il}: rule out {k:diag}.",
    "Hx: MVC restrained driver; brought by {medic.full} ({medic.cred}).",
]
RAD_TECH = [
    "TECHNIQUE: Axial images with coronal and sagittal reformats. Contrast: {K:drug:iohexol 350 mg I/mL 100 mL IV}. Technologist: {tech.full}, {tech.cred}.",
    "Performed by {tech.fl} ({tech.cred}); {sono.first} assisted.",
    "Images obtained by {tech.full}. RN {nrn.first} placed the 20g IV.",
    "Patient identity confirmed with two identifiers by {tech.first} at {time}.",
    "No sedation; {his} {r1.kin} {r1.first} remained in the room.",
    "TECHNIQUE: Grayscale and color Doppler. Sonographer: {sono.full}, {sono.cred}.",
    "Technologist note ({tech.il}): patient unable to hold breath; motion on delayed images.",
    "Contrast reaction protocol not needed. Premedicated per {att.title} with {K:drug:prednisone 50 mg}.",
    "Tech: {tech.LF} | CTDIvol 9.8 mGy | DLP 412 mGy-cm",
    "Scanned by {tech.first} on {vdate:mon}; images sent to PACS at {time}.",
    "Study performed with {int.full} ({lang} interpreter) present for instructions.",
    "Protocol: per {rad.title}. Tech {tech.first}.",
]
RAD_COMP = [
    "COMPARISON: CT of {pdate:us} from {otown} (outside; read by {orad.tfull}; accession {acc}).",
    "COMPARISON: None. Prior imaging from {abroad} not available; requested by {clk.first}.",
    "Comparison: MR of {pdate:mon}, read by {orad.title}.",
    "Compared with the outside CD brought by {his} {r1.kin}, {r1.first} (accession {acc}).",
    "COMPARISON: {pdate:us0}, {pdate:us0}.",
    "Comparison: outside report by {orad.lf}, {orad.cred}, dated {pdate:dmy} (images not available).",
    "Prior exam {pdate:iso} reviewed with {orad.title}.",
    "COMPARISON: Chest radiograph {pdate:caps}.",
]
RAD_FIND_BY = {
    "head": ["No acute intracranial hemorrhage, mass effect or midline shift. Chronic small vessel ischemic change.",
             "Hyperdense left MCA sign; early loss of gray-white differentiation in the insula. {K:score:ASPECTS 8}.",
             "Diffuse volume loss appropriate for age; periventricular white matter hyperintensities, {K:score:Fazekas grade 2}.",
             "Cerebellar tonsils extend 7 mm below the foramen magnum, consistent with a {e:Chiari I malformation}.",
             "Prominent {e:Virchow-Robin spaces} in the basal ganglia. No restricted diffusion.",
             "Left frontal arteriovenous malformation, {K:score:Spetzler-Martin grade II}; no hemorrhage.",
             "Mucosal thickening of the maxillary sinuses. Mastoid air cells clear. Orbits unremarkable."],
    "chest": ["6 mm solid nodule in the right upper lobe; follow-up per {K:score:Fleischner criteria}.",
              "Segmental filling defects in the right lower lobe pulmonary arteries. RV/LV ratio 1.1.",
              "Mild cardiomegaly with {e:Kerley B lines} and small bilateral pleural effusions.",
              "Heart size normal. No focal consolidation, pneumothorax or effusion. Degenerative change of the thoracic spine.",
              "2.1 cm spiculated mass in the left lower lobe with ipsilateral hilar adenopathy; {K:score:Lung-RADS 4B}.",
              "Patchy right lower lobe consolidation with air bronchograms. Trachea midline.",
              "Emphysematous change, upper lobe predominant. Stable 4 mm nodule, {K:score:Lung-RADS 2}."],
    "abd": ["Gallbladder distended with stones; sonographic {e:Murphy sign} positive. CBD 5 mm.",
            "Free fluid in {e:Morison pouch}. No solid organ laceration.",
            "Simple cyst in the upper pole of the left kidney ({K:score:Bosniak I}); a second septated cyst is {K:score:Bosniak IIF}.",
            "Diffuse hepatic steatosis. 1.4 cm arterially enhancing lesion in segment 6, {K:score:LI-RADS 3}.",
            "The liver measures 19 cm with a nodular contour. Spleen 15 cm. Small volume ascites. Patent portal vein.",
            "Mild right hydronephrosis with a 6 mm obstructing stone at the right UVJ.",
            "Pericholecystic fluid and gallbladder wall thickening to 5 mm; stone impacted in the neck ({e:Mirizzi syndrome} not excluded).",
            "Peripancreatic fat stranding and a single fluid collection, {K:score:Balthazar grade D}.",
            "Dilated loops of small bowel to 3.8 cm with a transition point in the right lower quadrant."],
    "knee": ["Small {e:Baker cyst}. Oblique tear of the posterior horn of the medial meniscus.",
             "Small avulsion fragment off the lateral tibial plateau ({e:Segond fracture}); ACL fibers disrupted.",
             "Joint effusion with bone marrow edema of the lateral femoral condyle. Cartilage thinning, medial compartment."],
    "hip": ["Intertrochanteric fracture of the left femur with varus angulation. No dislocation.",
            "Subcapital femoral neck fracture, displaced ({K:score:Garden III fracture}).",
            "Joint space narrowing and osteophytes, {K:score:Kellgren-Lawrence grade 3}; no acute fracture."],
    "wrist": ["Fracture of the distal radius with dorsal angulation ({e:Colles fracture}). Soft tissue swelling.",
              "Nondisplaced fracture through the waist of the scaphoid. Carpal alignment preserved.",
              "No fracture. Mild degenerative change at the first carpometacarpal joint."],
    "ankle": ["Oblique fracture of the distal fibula at the level of the syndesmosis ({K:score:Weber B fracture}); medial clear space widened.",
              "Widened medial clear space with a proximal fibular fracture on the tibia-fibula view ({e:Maisonneuve fracture}).",
              "Soft tissue swelling over the lateral malleolus; no fracture. Small plantar calcaneal spur."],
    "spine": ["Moderate central canal stenosis at L4-L5 from disc bulge and facet arthropathy; no cord signal change.",
              "Left paracentral disc extrusion at L5-S1 contacting the traversing S1 nerve root.",
              "Chronic mild compression deformity of L1, unchanged; no retropulsion.",
              "Conus terminates at L1. Mild bilateral foraminal narrowing at L3-L4."],
    "cspine": ["No acute fracture or malalignment of the cervical spine.",
               "Multilevel degenerative disc disease, worst at C5-C6, with uncovertebral spurring.",
               "Prevertebral soft tissues normal. Craniocervical junction intact.",
               "Moderate left foraminal stenosis at C6-C7."],
    "vasc": ["Noncompressible left popliteal and posterior tibial veins with intraluminal echogenic thrombus, consistent with {K:abbreviation:DVT}.",
             "Mixed plaque at the right carotid bulb; peak systolic velocity 160 cm/s, 50-69% stenosis.",
             "Normal compressibility and flow of the deep veins from the common femoral to the calf veins.",
             "Left ICA velocities within normal limits; antegrade vertebral flow bilaterally."],
    "neck": ["Heterogeneous thyroid; 1.8 cm solid hypoechoic nodule in the right lobe, {K:score:TI-RADS 4}.",
             "Multinodular goiter; dominant 2.6 cm spongiform nodule, {K:score:TI-RADS 1}.",
             "Two enlarged level II lymph nodes with loss of the fatty hilum."],
    "breast": ["Heterogeneously dense tissue. Focal asymmetry, left upper outer quadrant, needs diagnostic workup. {K:score:BI-RADS 0}.",
               "Scattered fibroglandular density. Benign-appearing calcifications, unchanged. {K:score:BI-RADS 2}.",
               "Irregular 9 mm mass at 2 o'clock, 4 cm from the nipple. {K:score:BI-RADS 4}."],
    "cardiac": ["Left ventricular ejection fraction estimated 30-35% with global hypokinesis; moderate mitral regurgitation.",
                "Coronary calcium in the LAD and RCA; {K:score:Agatston score 312}. {K:score:CAD-RADS 2}.",
                "Normal biventricular size and function. No pericardial effusion. Estimated RVSP 28 mmHg."],
    "swallow": ["Aspiration of thin liquids on two of five swallows; penetration with nectar-thick liquids.",
                "Distal esophageal narrowing ({e:Schatzki ring}); mild reflux to the thoracic inlet.",
                "Delayed initiation of the pharyngeal swallow with vallecular residue after puree."],
    "bone": ["Increased uptake in the left sixth rib laterally; no other abnormal foci.",
             "Multiple foci of increased uptake in the spine and pelvis, suspicious for metastatic disease."],
}
RAD_IMP = [
    "No acute findings. Recommend follow-up per {rad.title}'s protocol.",
    "Findings as above; recommend clinical correlation.",
    "Stable compared to {pdate:md}. No further imaging needed.",
    "Likely benign. Follow-up {exam} in 6 months ({ndate:my}).",
    "Surgical consult suggested (discussed with {surg.title}).",
    "Suspicious finding; biopsy recommended. Patient navigator {coord.full} notified.",
    "No acute process. Chronic findings unchanged from the outside study of {pdate:us}.",
    "Findings above were discussed with the ordering clinician; see communication below.",
    "Acute findings as described. Recommend correlation with {k:lab}.",
    "Limited study due to motion; repeat if clinically indicated.",
]
RAD_COMM = [
    "Results called to {att.tfull} by {rad.tfull} at {time} on {vdate:us}; read back by {att.title}.",
    "Critical result communicated to {nrn.full}, RN, at {time}, who read back the result.",
    "Discussed with {ed.title} in the ED at {time}; read back confirmed by {ed.first}.",
    "Paged {pcp.tfull} at {time}; callback from {np.full}, {np.cred}, at {time}.",
    "Read back by: {rn.fml}, {rn.cred}",
    "Results called to: {att.lf}\nCalled by: {rad.il}\nTime: {time}\nRead back: yes ({att.first})",
    "Unable to reach {pcp.title}; result given to {clk.full} at the office, who will relay.",
    "Preliminary findings were discussed with {res.full}, MD (radiology resident), at {time}.",
    "Patient notified by letter mailed to {addr}.",
    "Result letter sent to {pt.full}, {addr:lines}",
    "Findings discussed with the patient and {his} {r1.kin}, {r1.full}, at the scanner.",
    "Critical finding: called to {hosp.full}, MD, {vdate:md} {time}. Read back by {hosp.il}.",
    "Results called to {con.lf} by {rad.lf} at {time}.",
    "Communication: {rad.il} -> {chg.full}, charge RN, {time}; read back.",
    "ACR actionable finding category 2 - routed to {pcp.il} via the results inbox; {coord.first} to schedule follow-up.",
    "Findings conveyed to {ed.caps} at {time} by telephone.",
    "Result discussed by phone with {att.first} ({att.title}) at {time}.",
    "Per {rad.first}: results called to the ordering office, spoke with {ma.full}, MA.",
    "Time of call: {time}. Person notified: {nrn.lf}, RN. Notified by: {rad.lf}.",
    "Called {pt.first} directly at {pt.ph} per {pcp.title}'s standing request; {r1.first} also on the line.",
    "Read back by {hosp.glued} at {time}.",
    "Results called to Dr. {ed.wrap} by {res.il} at {time}.",
]
RAD_FOOT = [
    "Dictated by: {rad.full}, {rad.cred}\nTranscribed by: {trn.full} {vdate:short} {time}\nSigned: {rad.lf}, {rad.cred}",
    "Electronically signed by {rad.fml}, {rad.cred} on {vdate:us} at {time}",
    "Resident: {res.il}, MD\nAttending radiologist: {rad.caps}, {rad.cred}\nI have reviewed the images and agree with the report above.",
    "Dictated: {rad.LF} / transcribed: {trn.first} / {vdate:caps}",
    "Read by {rad.tfull}. Preliminary read by {res.full}, MD (overnight).",
    "ADDENDUM {date:us}: Outside report from {orad.tfull} received; no change. - {rad.il}",
    "Final report {vdate:iso} {time} -- {rad.full}, {rad.cred} (NPI {npi})",
    "Interpreting radiologist: {rad.lfm}, {rad.cred}\nTranscriptionist: {trn.lf}",
    "{rad.full}, {rad.cred}\nRadiology Associates\nReport finalized {vdate:monc} {time}",
    "Attestation: I personally reviewed the images. {rad.tfull}",
    "/s/ {rad.caps} {rad.cred}  {vdate:us0}",
    "Signed by {rad.il}, {rad.cred} | Dictated by {res.il} | Transcribed by {trn.il}",
    "Teleradiology read: {orad.full}, {orad.cred} ({abroad}) - final over-read by {rad.title} {ndate:md}",
]
# ---------------------------------------------------------------- referral letters
REF_HEAD = [
    "{clinic}\n{oaddr:lines}\nTel {phone}  Fax {fax}\n\n{vdate:long}",
    "{vdate:long}\n\n{con.tfull}\n{dept}\n{oaddr:lines}",
    "To: {con.tfull}, {dept}\nFrom: {pcp.full}, {pcp.cred}\nDate: {vdate}\nRe: {pt.lf} (DOB {dob})",
    "REFERRAL\nPatient: {pt.LF}\nReferred to: {con.lf}, {con.cred}\nReferred by: {pcp.lf}, {pcp.cred} (NPI {npi})\nDate: {vdate:us}",
    "Attn: {coord.full}, referral coordinator\n{dept}, fax {fax}\n{vdate:us}",
    "REFERRAL LETTER - {dept}\n{vdate:dmy}\nRE: {pt.caps}, MRN {mrn}, DOB {dob}",
    "{pcp.tfull}\n{clinic}\n{oaddr:lines}\n\n{vdate:long}\n\n{con.tfull}\n{dept}",
    "Outgoing referral {oid:ref} | {vdate:iso}\nFrom {pcp.full}, {pcp.cred} to {con.full}, {con.cred} ({dept})\nPatient {pt.lfm}",
    "FAX COVER\nTo: {con.title} / {coord.first}  Fax: {fax}\nFrom: {pcp.lf}  Phone: {phone}\nPages: 4\nRe: referral of {pt.full}",
    "Private and confidential\n{vdate:long}\n\nFor the attention of {con.tfull}",
    "Re: {pt.fml}, DOB {dob}\n{addr}\nTel {pt.ph}\nMRN {mrn}   Insurance {plan}",
    "Consultation request\nRequesting: {pcp.LFsp}, {pcp.cred}\nConsultant: {con.LFsp}\nPatient: {pt.LFsp}   DOB {dob}",
]
REF_GREET = [
    "Dear {con.title},", "Dear Dr. {con.first},", "Dear {con.first},", "Dear {con.title} and colleagues,", "Dear {con.tfull}:",
    "Hello {con.first} -", "Dear Dr {con.last},", "Dear Colleague,", "To whom it may concern:", "Dear {con.title} / Ms. {coord.last},",
    "Dear Professor {con.last},", "Dear {con.caps}:",
]
REF_OPEN = [
    "Thank you for seeing {pt.title}, {a_ageyo} {sexword} with {k:diag}.",
    "I would be grateful if you could see {pt.full} regarding {k:eponym}.",
    "I am writing to refer {pt.full}, whom I have looked after for several years.",
    "Many thanks for agreeing to see {pt.first}, who asked to be referred to you by name.",
    "I would value your opinion on {pt.title}, who was seen by my colleague {np.full}, {np.cred}, on {pdate:long}.",
    "This {ageyo} {sexword} was seen in our clinic on {date} with {his} {r1.kin}, {r1.full}.",
    "Thank you for seeing this pleasant patient, {pt.fml}, who moved here from {abroad}.",
    "Re-referral: {pt.title} was last seen by {od.tfull} in your department in {pdate:my}.",
    "Please see {pt.tfull} urgently: {k:diag} with {k:lab}.",
    "I would appreciate your assessment of {pt.sfx} for {k:diag}.",
    "Thank you for seeing {pt.first}. {He} prefers to be called {pt.nick}.",
    "I am referring {pt.title} at the request of {his} {r1.kin}, {r1.first}, who is worried about {his} memory.",
    "Kindly see {pt.full} ({pt.script!}) for evaluation of {k:eponym}.",
    "Thank you for seeing {pt.lfsfx!} again.",
]
REF_BODY = [
    "{He} lives with {his} {r1.kin} {r1.first}, who manages {his} medications.",
    "{His} previous cardiologist, {od.tfull} in {otown}, has retired.",
    "Family history: {his} {r2.kin} {r2.first} had {k:eponym}.",
    "%Social: works for {emp.full} as a forklift driver; nonsmoker.",
    "{He} is accompanied at visits by {r1.first}, who speaks English; {pt.first} prefers {lang}.",
    "Current medications: {k:drug}; {k:drug}; {k:drug}.",
    "Recent results: {k:lab}, {k:lab} ({pdate:us}); {k:vital} in clinic.",
    "{pt.first} saw {ocard.tfull} privately last year; letter enclosed.",
    "Past history: {k:abbr}; {k:diag}; {k:eponym}.",
    "{He} has been discussed with {cm.full}, our {cm.cred}, who will help with transport through {drv.full} at the ride program.",
    "Of note, {pt.first}'s {r1.kin} {r1.first} is also your patient.",
    "{He} is unable to climb stairs; {his} neighbour {nb.first} will bring {him}.",
    "Please correspond with {his} {r1.kin}, {r1.full} ({r1.ph}), who holds power of attorney.",
    "An interpreter is needed ({lang}); {int.full} has worked well with {him} before.",
    "{pt.first} asked me to mention that {he} would prefer a female clinician.",
    "I discussed the case informally with {con.first} on the phone on {pdate:md}.",
    "{He} was admitted under {att.tfull} in {pdate:my} with {k:diag}.",
    "Examination: {k:vital}, {k:vital}; {k:sign} noted.",
    "I have started {k:drug} while awaiting your review.",
    "{His} {r1.kin}, {r1.first}, can be reached on {r1.ph} if we cannot reach {him}.",
    "Screening: {k:score}, {k:score}.",
    "{pt.title} and {his} {r2.kin} {r2.first} would prefer morning appointments.",
    "The patient lives at {addr}; home phone {phone}.",
    "{He} has Medicaid ({plan:medicaid}); prior authorization {oid:auth} is attached.",
    "{He} is the main carer for {his} {r1.kin}, {r1.full}, who has {k:eponym}.",
    "Previous imaging was reported by {orad.tfull} at an outside center.",
    "Our practice pharmacist, {rx.full}, reviewed the medicines on {pdate:md}.",
    "{He} was treated by {od.tfull} in {abroad} last year (clinic {phone:abroad}); the discharge letter is enclosed.",
]
REF_CLOSE = [
    "Yours sincerely,\n\n{pcp.full}, {pcp.cred}\n{clinic}",
    "Kind regards,\n{pcp.first}",
    "With thanks,\n{pcp.caps}, {pcp.cred}\nDictated but not read",
    "Best wishes,\n{pcp.tfull}\np.p. {clk.full} (signed in {pcp.his} absence)",
    "Sincerely,\n{pcp.fml}, {pcp.cred}\nDirect line {phone}; fax {fax}",
    "Thank you for seeing {pt.first}.\n\n{pcp.full}, {pcp.cred}",
    "Yours faithfully,\n{pcp.lfi}\n({pcp.full}, {pcp.cred})",
    "With best regards,\n\n{pcp.Lf}, {pcp.cred}\nNPI {npi}",
    "Warmly,\n{pcp.full}\n{pcp.email}",
    "Regards,\n{np.full}, {np.cred}, for {pcp.tfull}",
    "Thanks so much,\n{pcp.first}\n\n{pcp.full}, {pcp.cred} | {clinic} | {phone}",
    "Many thanks,\n/s/ {pcp.caps}",
]
REF_CC = [
    "cc: {pt.full}\ncc: {od.tfull}, {otown}",
    "cc: {r1.full} ({r1.kin}, with the patient's permission)",
    "Enc: letter from {od.tfull} dated {pdate}; labs of {pdate:md}",
    "Enclosure: discharge summary by {att.full}, {att.cred}",
    "Copy to: {cm.full}, {cm.cred}; {ref.full}, {ref.cred}",
    "Enclosures (3): imaging CD (accession {acc}), medication list, note from {his} {r1.kin} {r1.first}",
    "CC: {att.LF}; {cm.LF}",
    "cc: {coord.full} (referrals) - please fax the appointment to {fax}",
    "Encl: outside MRI report ({orad.tfull}, {pdate:us})",
    "Copies: patient; {hhn.full}, {hhn.cred} (home health)",
    "c.c. {rad.tfull} (radiology) re: {acc}",
    "Enclosed: consent signed by {pt.first} and witnessed by {vol.full}",
]
# ---------------------------------------------------------------- discharge summaries
DS_HEAD = [
    "DISCHARGE SUMMARY\nPatient Name: {pt.lf}\nMRN: {mrn}  Acct: {acct}\nAdmission Date: {adate:us}  Discharge Date: {vdate:us}\nAttending: {att.tfull}\nPCP: {pcp.full}, {pcp.cred}",
    "Discharge Summary -- {pt.LF} -- {mrn}\nAdmitted {adate:mon}, discharged {vdate:monc}\nService: Medicine (team of {att.title})",
    "HOSPITAL DISCHARGE SUMMARY\nName: {pt.fml}   DOB: {dob}\nAdmitting: {hosp.lf}, {hosp.cred}\nDischarging: {att.lf}, {att.cred}",
    "Patient: {pt.full} ({pt.script!})\nMRN {mrn} | DOB {dob}\nDischarge date: {vdate:long}\nAttending physician: {att.full}, {att.cred}",
    "D/C SUMMARY {vdate:caps}\n{pt.LFsp}  {mrn}  age {age}\nAttending {att.Lf}; resident {res.il}",
    "Discharge summary for {pt.title} ({pt.lfm}), dictated {vdate:us}\nPCP: {pcp.tfull} | Consultants: {con.title}",
    "DISCHARGE SUMMARY\nPATIENT: {pt.lfsfx!}\nADMIT: {adate:us0}  DISCHARGE: {vdate:us0}\nATTENDING: {att.caps}, {att.cred}",
]
DS_BODY = [
    "Discharged home with {his} {r1.kin} {r1.first} ({r1.ph}).",
    "Follow up with {pcp.title} on {ndate:long}.",
    "Dictated by {res.full}, MD, for {att.tfull}.",
    "Home health referral placed to {hhn.full}'s agency ({phone}).",
    "Care coordinated by {cm.full}, {cm.cred}.",
    "Family ({r1.first}, {r2.first}) updated daily by phone.",
    "Code status discussed with {pt.first} and HCP {r1.full}: DNR/DNI confirmed.",
    "Consultants: {con.tfull} ({dept}); {surg.title} (surgery); {psyc.il} (psychiatry).",
    "Seen by {ptt.full} (PT) and {ot.full} (OT); recommend home with {r1.kin} supervision.",
    "Discharge medications reconciled with {rx.full}, {rx.cred}.",
    "Outstanding results will be routed to {pcp.il}.",
    "{pt.first}'s {r1.kin} {r1.first} was taught to give {k:drug}.",
    "Transport arranged with {drv.full}, {ndate:wd} {time}.",
    "Equipment delivered by {cou.first} from the DME company.",
    "{pt.title} was transferred from {otown} where {od.tfull} had started {k:drug}.",
    "Admitted by {hosp.tfull} overnight on {adate:md}; care assumed by {att.title} the next morning.",
    "Discussed discharge plan at bedside with {pt.first}, {r1.first} and {nb.full} (neighbour who helps daily).",
    "Palliative care ({hsp.full}) met with the family on {adate:md}.",
    "Appointments: {con.title} {ndate:md}; {pcp.title} {ndate:md}; lab {ndate:md}.",
    "Pending: blood cultures (call {pt.first} or {r1.first} if positive).",
    "The patient's wishes were witnessed by chaplain {chap.full}.",
    "Weight on discharge {K:vital:Wt 71.3 kg}; {he} will weigh daily and call {np.first} if up 2 lb.",
    "{pt.first} is going to stay with {r2.first} at {oaddr} for two weeks.",
    "Copy of this summary to {pcp.LF} and {od.LF} ({otown}).",
]
DS_CLIN = [
    "HOSPITAL COURSE: Admitted with {k:diag}. Treated with {k:drug} and {k:drug}. {k:lab} on day 3.",
    "Discharge diagnoses: 1) {k:diag} 2) {k:abbr} 3) {k:eponym}",
    "Procedures: none. Discharge vitals {k:vital}, {k:vital}.",
    "Discharge medications: START {k:drug}. CHANGE {k:drug}. STOP {k:drug}.",
    "Condition at discharge: stable; {k:score}.",
    "Diet: cardiac. Activity as tolerated. Coded {k:code}, {k:code}.",
]
DS_SIGN = [
    "{att.full}, {att.cred}\nAttending Physician",
    "Electronically signed: {att.lf}, {att.cred} {vdate:us} {time}",
    "I have seen and examined the patient on the day of discharge and agree with the summary. {att.tfull}",
    "Dictated by {res.il}, MD; reviewed and signed by {att.fml}, {att.cred}",
    "/s/ {att.caps}, {att.cred}\ncc: {pcp.full}; {od.full}",
    "{att.lfi}, {att.cred} - {vdate:short}",
]
# ---------------------------------------------------------------- social work notes
SW_HEAD = [
    "SOCIAL WORK NOTE\nPatient: {pt.lf}   MRN {mrn}\nDate: {vdate}\nSocial worker: {cm.full}, {cm.cred}",
    "Psychosocial Assessment - {vdate:long}\n{pt.LF} ({mrn}) | age {age}\nReferred by: {att.tfull}",
    "SW Progress Note | {pt.full} | {vdate:iso}",
    "Social Work Discharge Planning\nName: {pt.fml}   DOB {dob}\nAddress: {addr}",
    "Case Management / Social Work\nPt: {pt.lfm}  Acct {acct}\nSW: {cm.lf}, {cm.cred}  {phone} {ext}",
    "SOCIAL SERVICES CONTACT NOTE {vdate:caps}\nCLIENT: {pt.caps}\nCASE #: {oid:case}",
]
SW_BODY = [
    "Household: {pt.first} lives with {his} {r1.kin} {r1.full} and {r2.kin} {r2.full}.",
    "Collateral obtained from {r1.first} ({r1.kin}) by phone and from {nb.full}, a neighbour of 20 years.",
    "Support system: {r1.first}, church friend {fr.full}, and Pastor {clg.last}.",
    "Landlord {ll.full} ({phone}) has filed an eviction notice; court date {ndate:long}.",
    "{pt.first} receives SSI; representative payee is {pay.full} since {pdate:my}.",
    "APS worker {agw.full} (case {oid:case}) visited the home on {pdate:md}.",
    "%Employer: {emp.full} at the packing plant; FMLA paperwork given to {pt.first}.",
    "SW spoke with {r1.first} at {time}; {r1.he} cannot take {pt.first} home because of the stairs.",
    "Referral sent to {agw.full} at the Area Agency on Aging ({phone}).",
    "{pt.first} identifies {fr.first} as {his} closest friend; {fr.first} visits daily.",
    "Guardianship: {gdn.full} was appointed in {pdate:my}; letters on file.",
    "SW met with {pt.title} and {his} {r1.kin}, {r1.full}, at bedside for 40 minutes.",
    "{r1.first} and {r2.first} disagree about placement; SW will facilitate a meeting with {att.title}.",
    "Transportation via {drv.full} of the county paratransit service, {phone}.",
    "Food insecurity: connected with {vol.full} at the food pantry on {ostreet}.",
    "Attorney {law.full} from legal aid will call {pt.first} on {ndate:wd}.",
    "Children ({r1.first}, {r2.first}) live out of state; {r3.first} is local.",
    "{pt.first}'s former partner, {exh.full}, is not to receive information (restraining order, case {oid:case}).",
    "Skilled nursing referrals faxed; {coord.full} from the facility in {otown1} will call back.",
    "SW left message for {r1.first} at {r1.ph} to discuss the Medicaid application.",
    "Hospice information given to {r1.first}; {r1.he} wants to talk to {r2.first} first.",
    "Collateral from {pt.first}'s roommate {rm.full}: {he} has been drinking more since {pdate:md}.",
    "Probation officer {off.full} confirmed {pt.first} may travel to {abroad1} for the funeral.",
    "Teacher {tch.title} of {pt.first}'s grandson called to ask how to support the family.",
    "Met with {pt.first}, {r1.first} and home care agency nurse {hhn.full} to plan the first week home.",
    "{pt.first} does not want {r2.first} involved; documented per {his} wishes.",
    "Grief support offered to {r1.first} via {sw.full}, {sw.cred}, bereavement counselor.",
]
SW_CLIN = [
    "Screening: {k:score}; {k:score}. No SI/HI.",
    "Medical: {k:diag}, {k:abbr}; on {k:drug}.",
    "SDOH codes: {K:code:Z59.00}, {K:code:Z63.6}; {k:code}.",
    "Cognition: {K:score:MoCA 21/30}. Requires help with {K:abbreviation:IADLs}.",
    "Barriers: transportation, cost of {k:drug}, stairs at home.",
]
SW_SIGN = [
    "{cm.full}, {cm.cred}\nSocial Work  {phone} {ext}",
    "-- {cm.first} {cm.cred}",
    "Electronically signed by {cm.lf}, {cm.cred} on {vdate:us}",
    "{cm.il}, {cm.cred}, Medical Social Worker",
    "Time spent 55 minutes. {cm.caps}, {cm.cred}",
]
# ---------------------------------------------------------------- pharmacy notes
PH_HEAD = [
    "PHARMACY NOTE\nPatient: {pt.lf}  MRN {mrn}\nDate: {vdate}",
    "Clinical Pharmacist Consult - {k:drug}\n{pt.LF} | {mrn} | {vdate:us}\nRequested by {att.tfull}",
    "Medication Reconciliation | {pt.full} | DOB {dob} | {vdate:iso}",
    "Anticoagulation Clinic Note\nPatient: {pt.fml}   {mrn}\nPharmacist: {rx.full}, {rx.cred}",
    "Rx: {k:drug} | prescriber: {pcp.lf}, {pcp.cred} | verified by {rx.il}, {rx.cred}",
    "PHARMACY INTERVENTION {vdate:caps}\nPT: {pt.LFsp}  ACCT {acct}\nPLAN ID {plan}",
]
PH_BODY = [
    "Picked up by {his} {r1.kin} {r1.full} on {date}; ID checked.",
    "Medication history obtained from {pt.first}, {r1.first} and the outside pharmacy (pharmacist {rxo.full}, {phone}).",
    "Prescriber: {pcp.lfm}, {pcp.cred}; NPI {npi}.",
    "Verified by {rx.fl}, {rx.cred} at {time}.",
    "Called {od.tfull}'s office; {ma.first} confirmed the dose change from {pdate:md}.",
    "Prior authorization submitted to the plan; rep {ins.full}, reference {oid:ref}.",
    "Counseled {pt.first} and {r1.first} on {k:drug} with teach-back.",
    "Discussed with {att.title}: will switch to {k:drug}.",
    "Insurance ({plan}) denied; appeal faxed by {coord.full}.",
    "{r1.first} fills the pill box on Sundays; {pt.first} forgets evening doses.",
    "Delivered to bedside (meds to beds) by {cou.full}, {time}.",
    "Outside pharmacy: {rxo.lf}, {rxo.cred}, {phone}, fax {fax}.",
    "INR managed by {rx.first}; next check {ndate:md}.",
    "Spoke with {np.full}, {np.cred}, about the interaction between {k:drug} and {k:drug}.",
    "Copay assistance through {agw.full} at the foundation ({phone}).",
    "{pt.title} reports {his} neighbour {nb.first} sometimes brings pills back from {abroad1}.",
    "Refill history from {rxo.first} at the chain pharmacy shows gaps in {pdate:my}.",
    "Pharmacy student {stu.full} completed the interview under {rx.full}'s supervision.",
    "Per {con.title} (ID), continue {k:drug} for 10 more days.",
    "Allergy clarified with {r1.first}: {pt.first} had hives to penicillin as a child.",
    "Left message for {pt.first} about the recall; {r1.first} called back at {time}.",
    "Dispensed to {nb.full} with written permission from {pt.first}.",
    "Controlled substance agreement witnessed by {clk.full}.",
]
PH_CLIN = [
    "Renal dosing: {k:lab}; {k:lab}. Adjusted {k:drug}.",
    "{K:lab:INR 3.4} today (goal 2-3). Hold one dose, then resume {K:drug:warfarin 5 mg daily}.",
    "Interaction: {k:drug} with {k:drug} - monitor {k:lab}.",
    "Home list: {k:drug}; {k:drug}; {k:drug}; {k:drug}.",
    "Vancomycin trough pending; {k:vital}; {k:lab}.",
    "Risk scores: {k:score}, {k:score}.",
]
PH_SIGN = [
    "{rx.full}, {rx.cred}\nClinical Pharmacist",
    "-- {rx.il}, {rx.cred}",
    "Electronically signed: {rx.lf}, {rx.cred} {vdate:us}",
    "{rx.full}, {rx.cred} | pager {ext}",
    "Note by {rx.fml}, {rx.cred}; cosigned {att.il}",
]
# ---------------------------------------------------------------- triage notes
TR_HEAD = [
    "ED TRIAGE NOTE\nPatient: {pt.lf}  MRN {mrn}  Age {age}\nArrival: {vdate:us} {time}",
    "Triage - {vdate:long} {time}\n{pt.LF} ({mrn}) | {ageyo} {sexword}",
    "TRIAGE\nNAME: {pt.caps}\nDOB: {dob}\nARRIVAL MODE: EMS",
    "Walk-in triage | {pt.full} | {vdate:iso} {time} | {k:score}",
    "Triage Assessment\nName: {pt.lfm}\nAcct: {acct}\nTriage RN: {rn.full}, {rn.cred}",
    "Urgent care triage {vdate:short}\nPt {pt.fml}  DOB {dob}",
]
TR_BODY = [
    "Arrived by private vehicle with {his} {r1.kin} {r1.first}.",
    "EMS report from medic {medic.full}: found at {street} by neighbour {nb.title}.",
    "Chief complaint per {r1.first}: \"{he} has not been making sense since lunch.\"",
    "Triaged by {rn.fl}, {rn.cred} at {time}.",
    "Belongings given to {r1.kin} ({r1.full}).",
    "Brought in by police; Officer {off.full} remains with the patient.",
    "Walked in with friend {fr.full}, who witnessed the fall.",
    "Interpreter {int.full} ({lang}) at bedside via video.",
    "Primary RN: {rn.first}. Charge RN {chg.first} notified of ESI 2.",
    "{pt.first} states {he} was pushed by {exh.full} (ex-partner); security notified.",
    "Sent from {od.tfull}'s clinic in {otown} with a note.",
    "Medic {medic.first} gave {K:drug:aspirin 324 mg} en route.",
    "Registration by {reg.full}; insurance {plan}.",
    "Accompanied by {his} home aide {aide.first}, who reports two falls this week.",
    "{r1.first} ({r1.kin}) is on the way from {otown1}; call {r1.ph}.",
    "Seen in triage by {pa.full}, {pa.cred}; labs started.",
    "%{pt.first}'s employer, {emp.full}, drove {him} from the job site.",
    "Room assigned by {chg.fl}; handoff to {nrn.first}.",
    "Pt's {r1.kin} {r1.full} is the emergency contact; {r2.kin} {r2.first} also here.",
    "Stroke alert called at {time} by {rn.first}; {ed.title} at bedside at {time}.",
    "Taxi driver {drv.full} waited to confirm {pt.first} was admitted.",
    "Neighbour {nb.full} reports {pt.first} was last seen well at {time}.",
    "PCP is {pcp.tfull}; {pcp.his} office was notified at {time}.",
    "Attending {att.tfull} assumed care at {time}.",
    "Seen in fast track by {np.full}, {np.cred}.",
    "Home medications verified by pharmacist {rx.first} at bedside.",
    "Case manager {cm.full} paged about the home situation.",
    "{pt.first} asks for {his} own doctor, {pcp.title}; message left with {pcp.his} answering service.",
    "Consult to {con.title} placed by {att.il}.",
    "Known to {con.tfull} ({dept}); last clinic visit {pdate:md}.",
]
TR_CLIN = [
    "Vitals: {k:vital}, {k:vital}, {k:vital}, {k:vital}.",
    "Acuity {K:score:ESI 2}. {k:score}.",
    "PMH {k:abbr}, {k:abbr}; on {k:drug}.",
    "Glucose {K:lab:glucose 312}; {k:lab}.",
    "Pain {K:score:pain 8/10}; {k:vital}. Fall risk {K:score:Morse fall score 65}.",
    "Stroke screen positive; {K:score:NIHSS 6}; last known well {time}.",
]
TR_SIGN = [
    "{rn.full}, {rn.cred}",
    "Triage RN: {rn.lf}, {rn.cred}",
    "-- {rn.il} {rn.cred} {time}",
    "{rn.caps}, {rn.cred}",
    "Signed {rn.fl}, {rn.cred} / {vdate:md}",
]
# ---------------------------------------------------------------- progress notes
PN_HEAD = [
    "PROGRESS NOTE\nPatient: {pt.lf}   MRN: {mrn}\nDate: {vdate}\nAttending: {att.tfull}",
    "Hospital Day 3 - {pt.LF} - {vdate:mon}",
    "Daily Progress Note {vdate:us} {time}\n{pt.full} ({mrn}) | {room}",
    "Clinic follow-up {vdate:long}\nPatient: {pt.fml}   DOB {dob}\nProvider: {pcp.full}, {pcp.cred}",
    "SOAP note | {pt.lf} | {vdate:iso} | seen with {stu.full}, {stu.cred}",
    "Nursing progress note {time}\nPt: {pt.Lf} ({mrn})",
    "INTERVAL NOTE {vdate:caps}\n{pt.LFsp}  {mrn:nozero}",
]
PN_BODY = [
    "S: {pt.title} feels better today. {r1.Kin} {r1.first} at bedside.",
    "Per {r1.first}, {pt.first} slept through the night.",
    "Seen with medical student {stu.full}; history confirmed with {pt.first}.",
    "Reviewed the letter from {od.tfull} dated {pdate}.",
    "Pt's {r1.kin} {r1.lower} called for an update.",
    "Handed off to {nrn.first} (night RN).",
    "Discussed with {con.title}: continue current plan.",
    "{pt.first} asks that {r1.first} be called before discharge.",
    "Ambulated with {ptt.first} from PT, 200 feet.",
    "Nutrition: {rd.full} following.",
    "Plan reviewed with {pt.first}, {r1.first}, and {cm.full}.",
    "Interpreter {int.full} used for the entire encounter.",
    "{pt.first} is upset that {r2.first} has not visited.",
    "Overnight: {cov.title} called for {k:vital}; given {k:drug}.",
    "{r1.first} brought {pt.first}'s hearing aids and glasses.",
    "Resident {res.il} presented; I agree with the assessment.",
    "Case discussed with {hosp.full}, who will assume care tomorrow.",
    "Spoke with {pcp.title} ({pcp.full}) at {time} to update.",
    "Friend {fr.full} visited; {pt.first} brighter afterward.",
    "{pt.first} mentioned {his} {r1.kin} {r1.first} also had {k:eponym}.",
    "%Paperwork for {emp.full} completed and handed to {r1.first}.",
    "Labs drawn by {lpn.first} at {time}.",
    "{pt.first} wants to go home to {town}; {r1.first} agrees to stay with {him}.",
]
PN_CLIN = [
    "O: {k:vital}, {k:vital}. Lungs with crackles at bases.",
    "Labs: {k:lab}, {k:lab}, {k:lab}.",
    "A/P: {k:diag} - continue {k:drug}. {k:abbr} stable.",
    "Exam: {k:sign} absent; {k:vital}.",
    "Scores: {k:score}; {k:score}.",
    "Problems: 1) {k:diag} 2) {k:abbr} ({k:code})",
]
PN_SIGN = [
    "{att.full}, {att.cred}",
    "I saw and examined the patient with the resident and agree with the plan as documented. {att.tfull}",
    "Electronically signed {att.lf}, {att.cred} {vdate:us} {time}",
    "-- {pcp.fl}, {pcp.cred}",
    "{rn.full}, {rn.cred} (nursing)",
    "Teaching attestation: seen and discussed with {res.full}, MD. {att.title}",
]
# ---------------------------------------------------------------- consult notes
CN_HEAD = [
    "CONSULTATION\nPatient: {pt.lf}  MRN {mrn}\nDate: {vdate}\nRequesting physician: {att.tfull}\nConsultant: {con.full}, {con.cred}",
    "{dept} Consult Note - {vdate:long}\n{pt.LF} | {mrn} | {ageyo}",
    "Consult requested by {hosp.tfull} for {k:diag}\nPatient: {pt.full}   DOB {dob}",
    "INPATIENT CONSULT\nNAME: {pt.caps}  ACCT: {acct}\nREFERRING: {att.LF}\nCONSULTANT: {con.LF}, {con.cred}",
    "New consult | {pt.fml} | {vdate:iso} | seen with fellow {fel.full}",
    "Consultation Report\nRE: {pt.lfm}\nReferred by: {pcp.lf}, {pcp.cred}\nDate of service: {vdate:us0}",
]
CN_BODY = [
    "Consult requested by {att.title} for {k:eponym}.",
    "Seen with fellow {fel.full}.",
    "History obtained from the patient and {r1.full} ({r1.kin}).",
    "Recommendations discussed with the primary team and {pt.first}'s {r1.kin}.",
    "Thank you, {att.title}, for this consult.",
    "Discussed with {att.first} by phone at {time}.",
    "Outside records from {od.tfull} ({otown}) reviewed.",
    "Will follow with {np.full}, {np.cred}.",
    "{pt.first} was accompanied by {r1.first} and {r2.first}.",
    "Per {r1.first}, symptoms began after {pt.first} returned from {abroad}.",
    "Recommend follow-up with {con.title} in clinic; {sch.full} will call {pt.first}.",
    "Case discussed with {rad.tfull}, who reviewed the images with us.",
    "Pt seen by {surg.title} last year for the same problem.",
    "Psychiatry ({psyc.full}) also following.",
    "Collateral from {nb.full}, who found {him}.",
    "{pt.title} and {his} {r1.kin} understand and agree.",
    "Will discuss with {con.first}'s partner, {od.title}, who did the prior procedure.",
    "Plan communicated to {rn.first}, the bedside nurse.",
    "{pt.first}'s {r1.kin}, a nurse {r1.him}self, asked thoughtful questions.",
    "Spoke with the outside nephrologist, {od.full}, {od.cred}, at {phone}.",
    "Interpreter {int.first} ({lang}) present.",
]
CN_CLIN = [
    "Impression: {k:diag}; {k:eponym} unlikely. {k:score}.",
    "Recommendations: 1) start {k:drug} 2) check {k:lab} 3) {k:man} if symptoms recur.",
    "Exam: {k:vital}, {k:vital}; positive {k:sign}.",
    "Data: {k:lab}, {k:lab}; imaging shows {k:rad}.",
    "Risk: {k:score}, {k:score}.",
]
CN_SIGN = [
    "{con.full}, {con.cred}\n{dept}",
    "Thank you for this consult. {con.tfull}",
    "Fellow: {fel.il}, MD | Attending: {con.lf}, {con.cred}",
    "Electronically signed by {con.fml}, {con.cred} on {vdate:us} at {time}",
    "-- {con.caps}, {con.cred}, pager {ext}",
    "I personally saw and examined the patient with {fel.first}. {con.title}",
]
# ---------------------------------------------------------------- more clinical frames (no names)
TEL_CLIN += [
    "Symptoms began two days ago: burning with urination, frequency, no flank pain, no fever. Known {k:abbr}; last culture grew E. coli.",
    "Reports lightheadedness on standing since the dose of {k:drug} was increased; home readings {k:vital}, {k:vital}.",
    "Per protocol asked about chest pain, shortness of breath, fainting, black stools: all denied.",
    "Wound on the shin is red and warm, about the size of a quarter, draining a little; no fever. On {k:drug}.",
    "Weight up 3 lb in two days with ankle swelling; sleeping on two pillows. History of {k:abbr}.",
    "Blood sugar readings this week 240-310 fasting; taking {k:drug} as prescribed; no vomiting.",
    "Headache 7/10, worse than usual, no weakness or speech change; took {K:drug:acetaminophen 1000 mg} at noon.",
    "Asked about mixing {k:drug} with an over-the-counter cold medicine; advised to avoid pseudoephedrine.",
    "Cough productive of yellow sputum, {k:vital}, mild wheeze; uses {k:drug} twice a day.",
    "Diarrhea x3 days after antibiotics; 6 loose stools today; concern for {K:abbreviation:C. diff}.",
]
DS_CLIN += [
    "HOSPITAL COURSE: Presented with fever and confusion; blood cultures grew gram-negative rods. Treated with {k:drug}; mental status back to baseline by day 2.",
    "Brief course: diuresed 6 L on {k:drug}; discharge weight {k:vital}; creatinine peaked at {K:lab:Cr 2.4} and improved.",
    "Problem-based course: #{k:diag} - improved. #{k:abbr} - chronic, unchanged. #{k:eponym} - outpatient follow-up.",
    "Pertinent results: {k:lab}, {k:lab}, {k:lab}. Echo with reduced EF. {k:score}.",
    "Discharge condition: ambulating with walker, tolerating diet, pain controlled on {k:drug}.",
    "Instructions: weigh daily, 2 g sodium diet, fluid limit 1.5 L, call for weight gain over 3 lb.",
]
SW_CLIN += [
    "Assessment: patient is oriented, tearful at times, able to state the discharge plan and name two supports. {k:score}.",
    "Financial: income from Social Security only; rent is 60% of income; behind on the electric bill since spring.",
    "Safety: denies abuse or neglect; feels safe at home; no firearms in the home.",
    "Plan: SNF list given; Medicaid application started; will follow daily until discharge.",
    "Housing: second-floor walk-up, 14 steps, no railing; bathroom on the same floor.",
]
PH_CLIN += [
    "Creatinine clearance about 32 mL/min (Cockcroft-Gault); dose reduced accordingly.",
    "Duplicate therapy identified: two PPIs on the home list; recommend stopping one.",
    "Patient reports taking an herbal product (St. John's wort); counseled on interactions with {k:drug}.",
    "Adherence: refill records show 60% proportion of days covered for {k:drug}.",
    "Recommend switching to {k:drug} because of cost; formulary alternative confirmed.",
    "QTc 498 ms on the morning ECG; recommend holding {k:drug} and rechecking {k:lab}.",
]
TR_CLIN += [
    "Chest pain began at rest 2 hours ago, pressure-like, radiating to the left arm; diaphoretic. ECG obtained within 10 minutes.",
    "Fall from standing, hit head, on {k:drug}; no LOC reported. C-collar placed. {k:vital}.",
    "Shortness of breath worse over 3 days; speaking in short sentences; accessory muscle use. {k:vital}.",
    "Laceration 3 cm to the left forearm from a kitchen knife; bleeding controlled; tetanus unknown.",
    "Abdominal pain RLQ since last night, nausea, one episode of vomiting; {k:vital}.",
]
PN_CLIN += [
    "Overnight events: none. Tolerating diet. Ambulating in the hallway twice.",
    "S: Less short of breath; slept flat. Denies chest pain. Appetite fair.",
    "A/P: 1) {k:diag} - day 3 of {k:drug}; afebrile 24 hours. 2) {k:abbr} - home regimen resumed.",
    "Lines: peripheral IV x1. Foley removed this morning. DVT prophylaxis with {k:drug}.",
    "Dispo: anticipate discharge tomorrow if {k:lab} stable.",
]
CN_CLIN += [
    "HPI: two weeks of progressive dyspnea on exertion and orthopnea; no chest pain. Known {k:abbr}.",
    "Assessment: presentation most consistent with {k:diag}; less likely {k:eponym}.",
    "Recommendations: hold {k:drug}; start {k:drug}; repeat {k:lab} in the morning; will follow.",
    "Review of imaging: {k:rad}. ECG with sinus rhythm and first-degree AV block.",
    "Physical exam: alert, oriented; JVP 10 cm; bibasilar crackles; 2+ pitting edema to the knees.",
]
REF_CLIN = [
    "{He} reports six months of {k:diag} symptoms despite {k:drug}; recent {k:lab} and {k:lab}.",
    "On examination {k:vital}, {k:vital}; {k:sign} was present.",
    "Investigations so far: {k:lab}, {k:lab}; imaging showed {k:rad}.",
    "I would be grateful for your advice on further management, including whether to stop {k:drug}.",
    "Medications: {k:drug}; {k:drug}. No known drug allergies.",
    "Past medical history includes {k:abbr}, {k:abbr} and {k:diag} ({k:code}).",
]
IDS_LINE = [
    "MRN {mrn} | Acct {acct} | Plan {plan}",
    "Address: {addr}",
    "Home {pt.ph}   Alt {phone}   Email {email}",
    "Insurance: member ID {plan:member}, group {plan:group}",
    "Medicare MBI {plan:mbi}; secondary Medicaid {plan:medicaid}",
    "DOB {dob} (age {age})",
    "Mailing address:\n{addr:lines}",
    "Portal account: {email}",
    "Preferred contact: e-mail ({email}), then text to {pt.ph}",
    "Visit/encounter #{acct}",
    "Guarantor account {acct}; self-pay balance reviewed",
    "Verified: name, DOB {dob}, address {addr}",
    "Phone on file {pt.ph}; work {phone} {ext}",
    "SSN (last 4) {ssn4} verified for the benefits form",
    "Med rec sources: patient, pharmacy fill history (Rx # {oid:ref}), bottles",
    "Temporary address while staying with family: {oaddr}",
    "Prior auth {oid:auth} approved through {ndate:us}",
    "Claim {oid:claim} resubmitted {date:us}",
    "Forwarding address after {ndate:md}: {oaddr:lines}",
    "Pharmacy of choice: {ostreet}, {otown}; ph {phone}; fax {fax}",
]
CLIN_PROSE += [
    "{He} is {a_ageyo} {sexword} who lives alone and still drives.",
    "%Lives with {his} {oldage} mother, who is bedbound.",
    "Cares for {a_oldage} aunt on weekends.",
    "Age {age}; independent in {K:abbreviation:ADLs}, needs help with shopping.",
    "Born {dob}; {ageyo} at this visit.",
]


# ---------------------------------------------------------------- putting a note together
POOLS = {
    "tel_head": TEL_HEAD, "tel_meta": TEL_META, "tel_reason": TEL_REASON, "tel_act": TEL_ACT, "tel_clin": TEL_CLIN,
    "tel_sign": TEL_SIGN, "tel_text": TEL_TEXT,
    "rad_head": RAD_HEAD, "rad_hist": RAD_HIST, "rad_tech": RAD_TECH, "rad_comp": RAD_COMP,
    "rad_imp": RAD_IMP, "rad_comm": RAD_COMM, "rad_foot": RAD_FOOT,
    "ref_head": REF_HEAD, "ref_greet": REF_GREET, "ref_open": REF_OPEN, "ref_body": REF_BODY, "ref_clin": REF_CLIN,
    "ref_close": REF_CLOSE, "ref_cc": REF_CC,
    "ds_head": DS_HEAD, "ds_body": DS_BODY, "ds_clin": DS_CLIN, "ds_sign": DS_SIGN,
    "sw_head": SW_HEAD, "sw_body": SW_BODY, "sw_clin": SW_CLIN, "sw_sign": SW_SIGN,
    "ph_head": PH_HEAD, "ph_body": PH_BODY, "ph_clin": PH_CLIN, "ph_sign": PH_SIGN,
    "tr_head": TR_HEAD, "tr_body": TR_BODY, "tr_clin": TR_CLIN, "tr_sign": TR_SIGN,
    "pn_head": PN_HEAD, "pn_body": PN_BODY, "pn_clin": PN_CLIN, "pn_sign": PN_SIGN,
    "cn_head": CN_HEAD, "cn_body": CN_BODY, "cn_clin": CN_CLIN, "cn_sign": CN_SIGN,
    "family_prose": FAMILY_PROSE, "family_line": FAMILY_LINE, "out_prose": OUTSIDE_PROSE, "out_line": OUTSIDE_LINE,
    "outclin_prose": OUTCLIN_PROSE, "outclin_line": OUTCLIN_LINE, "clin": CLIN_PROSE, "word": WORD_KEEP, "ids": IDS_LINE,
    **{f"rad_find_{k}": v for k, v in RAD_FIND_BY.items()},
}
PROSE_POOLS = {*(f"rad_find_{k}" for k in RAD_FIND_BY), "rad_imp", "tel_reason", "tel_clin", "ref_open", "ref_body", "ref_clin", "ds_body", "ds_clin", "sw_body", "sw_clin", "ph_body",
               "ph_clin", "tr_body", "pn_body", "cn_body", "family_prose", "out_prose", "outclin_prose", "clin", "word"}
MODE = {k: ("prose" if k in PROSE_POOLS else "line") for k in POOLS}


def plain_spec(body, clin, sign, head, shared, lines):
    return dict(head=head, sections={"body": ([body] * 5 + shared, 2, 3, 11),
                                     "clin": ([clin, clin, clin, "clin", "word"], 1, 2, 7),
                                     "lines": (lines, 0, 1, 1), "ids": (["ids"], 0, 2, 3)},
                orders=[["ids", "body", "clin", "lines"], ["clin", "body", "lines", "ids"], ["body", "ids", "lines", "clin"],
                        ["lines", "body", "clin"], ["ids", "clin", "body", "lines"]],
                sign=sign, tail={}, fill={"body": 5, "clin": 5, "ids": 1}, wordsec="clin", keeppools=[("clin", clin), ("clin", "clin")],
                outpools=[("body", p) for p in shared if p.startswith("out")] + [("body", body)], teampools=[("body", body), ("clin", clin)],
                relpools=[("body", "family_prose"), ("lines", "family_line")])


# per type: heading pool; sections (pools to draw from, least and most at first, most in all); orders the sections may
# come in; signature pool; sections after the signature; weights of the sections that grow the note to its length; and
# where to add someone from outside the chart or a relative when the note has too few
SPECS = {
    "telephone encounter": dict(
        head="tel_head",
        sections={"meta": (["tel_meta"], 1, 2, 3), "reason": (["tel_reason"] * 3 + ["family_prose", "out_prose"], 1, 2, 5),
                  "clin": (["tel_clin", "tel_clin", "clin"], 1, 1, 4), "log": (["tel_act"] * 4 + ["tel_text"], 2, 3, 11),
                  "lines": (["family_line", "out_line"], 0, 1, 1), "ids": (["ids"], 0, 1, 2)},
        orders=[["meta", "reason", "clin", "log", "lines"], ["meta", "ids", "reason", "log", "clin"], ["reason", "meta", "clin", "log"],
                ["meta", "clin", "reason", "log", "lines", "ids"], ["log", "meta", "reason", "clin"], ["ids", "meta", "reason", "log"]],
        sign="tel_sign", tail={}, fill={"reason": 2, "clin": 2, "log": 4, "meta": 1, "ids": 1}, wordsec="clin",
        keeppools=[("clin", "tel_clin"), ("clin", "clin")],
        outpools=[("reason", "out_prose"), ("meta", "tel_meta"), ("log", "tel_act")], relpools=[("meta", "tel_meta"), ("reason", "family_prose")]),
    "radiology report": dict(
        head="rad_head",
        sections={"hist": (["rad_hist"], 1, 1, 3), "tech": (["rad_tech"], 1, 1, 3), "comp": (["rad_comp"], 1, 1, 2),
                  "find": (["rad_find"], 1, 2, 3), "imp": (["rad_imp"], 1, 1, 2), "comm": (["rad_comm"], 1, 2, 6)},
        orders=[["hist", "tech", "comp", "find", "imp", "comm"], ["hist", "comp", "tech", "find", "imp", "comm"],
                ["comp", "hist", "tech", "find", "imp", "comm"], ["hist", "tech", "comp", "find", "comm", "imp"]],
        sign="rad_foot", tail={"foot2": (["rad_comm", "rad_foot"], 0, 1, 1)}, fill={"comm": 4, "tech": 2, "hist": 1, "find": 2},
        labels={"find": ["FINDINGS:", "Findings:", "FINDINGS:\n"], "imp": ["IMPRESSION:", "Impression:", "IMPRESSION:\n"]},
        wordsec="hist", target=(1050, 1900), keeppools=[("hist", "rad_hist"), ("hist", "clin")],
        outpools=[("tech", "rad_tech"), ("comm", "rad_comm"), ("comp", "rad_comp")], relpools=[("hist", "rad_hist"), ("comm", "rad_comm")]),
    "referral letter": dict(
        head="ref_head",
        sections={"greet": (["ref_greet"], 1, 1, 1), "open": (["ref_open"], 1, 1, 1),
                  "body": (["ref_body"] * 5 + ["family_prose"], 2, 3, 10), "clin": (["ref_clin", "ref_clin", "clin"], 1, 1, 4)},
        orders=[["greet", "open", "body", "clin"], ["greet", "open", "clin", "body"]],
        sign="ref_close", tail={"cc": (["ref_cc"], 1, 2, 3)}, fill={"body": 4, "clin": 2, "cc": 1}, wordsec="body",
        keeppools=[("clin", "ref_clin"), ("clin", "clin")],
        outpools=[("cc", "ref_cc"), ("body", "ref_body")], relpools=[("body", "family_prose")]),
    "discharge summary": plain_spec("ds_body", "ds_clin", "ds_sign", "ds_head", ["family_prose", "family_prose", "outclin_prose"],
                                    ["family_line", "outclin_line"]),
    "social work note": plain_spec("sw_body", "sw_clin", "sw_sign", "sw_head", ["family_prose", "family_prose", "out_prose", "out_prose"],
                                   ["family_line", "out_line"]),
    "pharmacy note": plain_spec("ph_body", "ph_clin", "ph_sign", "ph_head", ["family_prose", "out_prose", "outclin_prose"],
                                ["family_line", "out_line"]),
    "triage note": plain_spec("tr_body", "tr_clin", "tr_sign", "tr_head", ["family_prose", "family_prose", "out_prose"], ["family_line"]),
    "progress note": plain_spec("pn_body", "pn_clin", "pn_sign", "pn_head", ["family_prose", "family_prose", "outclin_prose"],
                                ["family_line", "outclin_line"]),
    "consult note": plain_spec("cn_body", "cn_clin", "cn_sign", "cn_head", ["family_prose", "outclin_prose"],
                               ["outclin_line", "family_line"]),
}
NAME_SPAN = re.compile("\x01(?:NAME|PROVIDER_NAME)\x02([^\x03]*)\x03")


def frame_ids():
    """Every frame of the templates, with whether it writes a person's name."""
    return {f"{k}:{i}": is_name_frame(f) for k, v in POOLS.items() for i, f in enumerate(v)}


class Note:
    def __init__(self, rng, ntype):
        self.rng, self.ntype = rng, ntype
        self.c = Ctx(rng, ntype)
        self.c.exam = rng.choice(EXAMS)
        self.used: set[str] = set()

    def snap(self):
        n = self.c.named
        return (n["pt"], set(n["rel"]), set(n["team"]), list(n["out"]))

    def restore(self, s):
        self.c.named = {"pt": s[0], "rel": s[1], "team": s[2], "out": s[3]}

    def draw(self, pool):
        c, r = self.c, self.rng
        frames = POOLS[pool]
        for _ in range(40):
            i = r.randrange(len(frames))
            fid = f"{pool}:{i}"
            if fid in self.used:
                continue
            s = self.snap()
            try:
                text = render(c, frames[i])
            except Skip:
                self.restore(s)
                continue
            self.used.add(fid)
            return [fid, text, MODE[pool], "\n" if r.random() < 0.3 else " "]
        return None


def join(items):
    out = ""
    prev = None
    for it in items:
        if prev is not None:
            out += " " if (it[2] == "prose" and prev[2] == "prose" and it[3] == " ") else "\n"
        out += it[1]
        prev = it
    return out


def assemble(head, secs, order, sign, tail, blank, labels):
    parts = [(labels[k] + ("" if labels[k].endswith("\n") else " ") if k in labels else "") + join(secs[k]) for k in order if secs.get(k)]
    out = head[1] + ("\n\n" if blank else "\n") + "\n".join(parts)
    out += ("\n\n" if blank and "\n" in sign[1] else "\n") + sign[1]
    for k in tail:
        if secs.get(k):
            out += "\n" + join(secs[k])
    return out + "\n"


def compose(rng, ntype):
    """Write one note; returns (marked text, context, frame ids in order)."""
    target = rng.randint(*SPECS[ntype].get("target", (1150, 2350)))
    n = Note(rng, ntype)
    c, spec = n.c, SPECS[ntype]
    c.max_out = rng.randint(4, 7)
    order = list(rng.choice(spec["orders"]))
    labels = {k: rng.choice(v) for k, v in spec.get("labels", {}).items()}
    allsecs = {**spec["sections"], **spec["tail"]}
    if "find" in allsecs:
        pools, lo, hi, mx = allsecs["find"]
        allsecs["find"] = ([f"rad_find_{c.exam[2]}"], lo, hi, mx)
    secs = {k: [] for k in allsecs}
    head = n.draw(spec["head"])
    for k in order + list(spec["tail"]):
        pools, lo, hi, _ = allsecs[k]
        for _ in range(rng.randint(lo, hi)):
            it = n.draw(rng.choice(pools))
            if it:
                secs[k].append(it)
    sign = n.draw(spec["sign"])
    blank = rng.random() < 0.6
    for k in allsecs:
        if k not in order and k not in spec["tail"]:
            secs[k] = []

    def add(k, pool):
        it = n.draw(pool)
        if it:
            lst = secs[k]
            lst.insert(rng.randint(0, len(lst)) if allsecs[k][0][0] not in ("tel_act", "rad_comm") else len(lst), it)
        return it

    def text():
        return assemble(head, secs, order, sign, list(spec["tail"]), blank, labels)

    guard = 0
    while guard < 15 and (len(c.named["out"]) < 3 or len(c.named["team"]) < 2 or not c.named["pt"]
                          or (not c.named["rel"] and spec["relpools"])):
        guard += 1
        if len(c.named["team"]) < 2:
            k, pool = rng.choice(spec.get("teampools") or spec["outpools"])
        elif len(c.named["out"]) < 3:
            k, pool = rng.choice(spec["outpools"])
        else:
            k, pool = rng.choice(spec["relpools"])
        if k in secs and (k in order or k in spec["tail"]) and len(secs[k]) < allsecs[k][3]:
            add(k, pool)
    guard = 0
    while text().count("\x04") < 6 and guard < 10:
        guard += 1
        k, pool = rng.choice(spec["keeppools"])
        add(k, pool)
    guard = 0
    weights = spec["fill"]
    while len(plain(text()).encode()) < target and guard < 40:
        guard += 1
        open_ = [k for k in weights if (k in order or k in spec["tail"]) and len(secs[k]) < allsecs[k][3]]
        if not open_:
            break
        k = rng.choices(open_, weights=[weights[x] for x in open_])[0]
        s = n.snap()
        it = add(k, rng.choice(allsecs[k][0]))
        if it is None:
            continue
        if len(plain(text()).encode()) > 2440:
            secs[k].remove(it)
            n.used.discard(it[0])
            n.restore(s)
            break
    # a sentence using a name of the note as the ordinary word (kept), for each such name
    toks = sorted({t.lower() for m in NAME_SPAN.finditer(text()) for t in re.split(r"[\s\-'.,]+", m.group(1)) if t.lower() in WORD_USE})
    if toks:
        k = spec["wordsec"] if spec["wordsec"] in order else order[-1]
        for t in toks:
            secs[k].append([f"worduse:{t}", WORD_USE[t], "prose", " "])
    ids = [head[0]] + [it[0] for k in order for it in secs[k]] + [sign[0]] + [it[0] for k in spec["tail"] for it in secs[k]]
    return text(), c, ids
