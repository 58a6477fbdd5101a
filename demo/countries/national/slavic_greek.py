"""National sections of Slavic and Greek countries, written in their own languages (demo content)."""

SECTIONS = {
    "PL": {
        "language": "pl",
        "introduction": (
            "Fundacja Rozwoju Systemu Edukacji (FRSE) prowadzi Krajowe Biuro eTwinning i wspiera jedną "
            "z największych społeczności eTwinning w Europie. Razem z ambasadorami ze wszystkich województw "
            "organizujemy kursy online, warsztaty i konferencje, weryfikujemy rejestracje nauczycieli, "
            "przyznajemy Krajowe Odznaki Jakości i pomagamy szkołom w staraniach o tytuł Szkoły eTwinning."
        ),
        "news": [
            {
                "slug": "ogolnopolska-konferencja-etwinning-2026-w-poznaniu",
                "date": "2026-10-20",
                "title": "Ogólnopolska Konferencja eTwinning 2026 w Poznaniu za nami",
                "introduction": (
                    "Ponad trzystu nauczycieli ze wszystkich województw spotkało się w Poznaniu, by rozmawiać "
                    "o tym, jak wspólne projekty z partnerami z Europy rozwijają kompetencje cyfrowe "
                    "i obywatelskie uczniów."
                ),
                "body": [
                    "Tegoroczna konferencja odbyła się 16 i 17 października pod hasłem „Razem ponad granicami”. "
                    "Nauczyciele przedszkoli, szkół podstawowych, liceów i techników mogli wybierać spośród "
                    "ponad dwudziestu warsztatów – m.in. z planowania projektu w TwinSpace, oceniania pracy "
                    "zespołowej uczniów i rozsądnego korzystania z narzędzi sztucznej inteligencji.",
                    "Podczas piątkowej gali wręczyliśmy nagrody w Konkursie eTwinning. W kategorii szkół "
                    "podstawowych zwyciężył projekt o rzekach Europy, w którym uczniowie ze szkoły w Ełku "
                    "współpracowali z rówieśnikami z Litwy i Portugalii. Wśród szkół ponadpodstawowych "
                    "najwyżej oceniono projekt technikum z Rzeszowa poświęcony odnawialnym źródłom energii.",
                    "Materiały z warsztatów i nagrania wystąpień są już dostępne w naszej grupie na platformie. "
                    "Zachęcamy też do zapisów na zimowe kursy online – pierwsze z nich ruszą w styczniu 2027 roku.",
                ],
            },
        ],
    },
    "CZ": {
        "language": "cs",
        "introduction": (
            "Národní podpůrné středisko eTwinning v Domě zahraniční spolupráce (DZS) pomáhá učitelům ze všech "
            "krajů Česka zapojit se do mezinárodních školních projektů. Nabízíme bezplatné semináře, webináře "
            "i individuální konzultace, schvalujeme registrace nových uživatelů, udělujeme národní certifikáty "
            "kvality a každý rok vyhlašujeme národní soutěž eTwinning."
        ),
        "news": [
            {
                "slug": "zname-viteze-narodni-souteze-etwinning-2026",
                "date": "2026-11-12",
                "title": "Známe vítěze národní soutěže eTwinning 2026",
                "introduction": (
                    "Odborná porota vybrala z osmdesáti přihlášených projektů ty nejlepší. Ocenění si odnesli "
                    "učitelé a žáci z mateřských, základních i středních škol."
                ),
                "body": [
                    "Slavnostní vyhlášení proběhlo 10. listopadu v Praze. V kategorii základních škol zvítězil "
                    "projekt o tradičních řemeslech, na kterém žáci ze školy na Vysočině spolupracovali "
                    "s vrstevníky z Polska, Itálie a Finska. Porota ocenila především to, že žáci vytvářeli "
                    "společné výstupy v mezinárodních týmech, a ne každý zvlášť.",
                    "Mezi středními školami uspělo gymnázium z Olomouce s projektem o proměnách klimatu "
                    "v evropských městech. Zvláštní cenu získala střední odborná škola z Ostravy, jejíž žáci "
                    "s partnery ze Slovenska a Španělska společně založili a vedli fiktivní studentskou firmu.",
                    "Všem oceněným srdečně gratulujeme! Přihlášky do dalšího ročníku soutěže budeme přijímat "
                    "od března 2027. Inspiraci pro nový projekt najdete v připravených projektových sadách "
                    "na portálu.",
                ],
            },
        ],
    },
    "SK": {
        "language": "sk",
        "introduction": (
            "Národná služba pre elektronickú spoluprácu škôl pôsobí na Žilinskej univerzite v Žiline "
            "a koordinuje eTwinning na Slovensku. Spolu s ambasádormi zo všetkých krajov pripravujeme "
            "pravidelné webináre, overujeme registrácie učiteľov, udeľujeme národné certifikáty kvality "
            "a každý rok vyhlasujeme národnú súťaž eTwinning."
        ),
        "news": [
            {
                "slug": "startuje-jesenny-cyklus-webinarov-s-ambasadormi",
                "date": "2026-09-15",
                "title": "Štartuje jesenný cyklus webinárov s ambasádormi eTwinning",
                "introduction": (
                    "Od konca septembra do polovice decembra pre vás naši ambasádori pripravia každý utorok "
                    "popoludní webinár – pre začiatočníkov aj skúsených eTwinnerov."
                ),
                "body": [
                    "Prvý webinár sa uskutoční v utorok 29. septembra a bude venovaný registrácii a hľadaniu "
                    "partnerov. V ďalších týždňoch sa zameriame na plánovanie projektu v TwinSpace, zapájanie "
                    "žiakov do spoločných aktivít a prípravu žiadosti o národný certifikát kvality.",
                    "Novinkou je samostatný blok pre učiteľov materských škôl a prvého stupňa základných škôl, "
                    "ktorý povedie ambasádorka z Prešovského kraja s dlhoročnými skúsenosťami "
                    "s medzinárodnými projektmi.",
                    "Webináre trvajú 60 minút, sú bezplatné a každý účastník dostane potvrdenie o účasti. "
                    "Ak sa nemôžete pripojiť naživo, záznamy nájdete v našej skupine na platforme.",
                ],
            },
        ],
    },
    "SI": {
        "language": "sl",
        "introduction": (
            "CMEPIUS, Center Republike Slovenije za mobilnost in evropske programe izobraževanja "
            "in usposabljanja, je nacionalna podporna služba za eTwinning v Sloveniji. Učiteljem "
            "in vzgojiteljem ponujamo usposabljanja, svetovanje in vsakoletno nacionalno konferenco, "
            "potrjujemo registracije, podeljujemo nacionalne znake kakovosti in šolam pomagamo povezati "
            "eTwinning z mobilnostmi Erasmus+."
        ),
        "news": [
            {
                "slug": "nacionalna-konferenca-etwinning-2026-v-celju",
                "date": "2026-10-12",
                "title": "Nacionalna konferenca eTwinning 2026: sodelovanje, ki ostane",
                "introduction": (
                    "Na letošnji nacionalni konferenci v Celju se je zbralo več kot 150 vzgojiteljev "
                    "in učiteljev iz vrtcev, osnovnih in srednjih šol z vseh koncev Slovenije."
                ),
                "body": [
                    "Osrednja tema konference, ki je potekala 8. in 9. oktobra, je bila povezovanje eTwinninga "
                    "z mobilnostmi Erasmus+: kako projekt na daljavo zastaviti tako, da se nadaljuje z obiskom "
                    "partnerske šole, in kako ohraniti stike po vrnitvi domov. Udeleženci so izbirali med "
                    "delavnicami o delu v TwinSpace, vrednotenju projektov in vključevanju učencev "
                    "s posebnimi potrebami.",
                    "Ob koncu prvega dne smo podelili nacionalne znake kakovosti za projekte, zaključene "
                    "v preteklem šolskem letu. Prejelo jih je 42 projektov, med njimi tudi projekt o alpskih "
                    "rastlinah, v katerem so učenci ene od gorenjskih osnovnih šol sodelovali z vrstniki "
                    "iz Avstrije in Italije.",
                    "Gradiva z delavnic so objavljena v naši skupini na portalu. Hvala vsem, ki ste se nam "
                    "pridružili – vidimo se prihodnjo jesen!",
                ],
            },
        ],
    },
    "HR": {
        "language": "hr",
        "introduction": (
            "Agencija za mobilnost i programe EU (AMPEU) nacionalna je služba za podršku eTwinningu "
            "u Hrvatskoj. Uz aktivnu mrežu ambasadora u svim županijama organiziramo radionice i webinare, "
            "potvrđujemo registracije, ocjenjujemo projekte za nacionalne oznake kvalitete i potičemo škole "
            "da steknu status eTwinning škole."
        ),
        "news": [
            {
                "slug": "dodijeljene-nacionalne-oznake-kvalitete-za-2026",
                "date": "2026-11-05",
                "title": "Dodijeljene nacionalne oznake kvalitete za 2026. godinu",
                "introduction": (
                    "Ove je jeseni nacionalnu oznaku kvalitete dobilo 96 projekata vrtića, osnovnih i srednjih "
                    "škola iz cijele Hrvatske. Čestitamo svim učiteljima i učenicima!"
                ),
                "body": [
                    "Povjerenstvo je projekte ocjenjivalo prema šest kriterija: pedagoškoj inovativnosti, "
                    "povezanosti s kurikulom, suradnji partnerskih škola, korištenju digitalnih alata, "
                    "rezultatima i dokumentiranju projekta. Najviše oznaka otišlo je školama iz Grada Zagreba, "
                    "Splitsko-dalmatinske i Osječko-baranjske županije, a posebno nas veseli što su se prvi put "
                    "istaknule i škole iz Ličko-senjske županije.",
                    "Među nagrađenima je i projekt o jadranskim otocima u kojem su učenici jedne strukovne "
                    "škole iz Zadra s partnerima iz Grčke i Malte istraživali održivi turizam i osmislili "
                    "zajednički turistički vodič.",
                    "Projekti s nacionalnom oznakom kvalitete mogu se natjecati za europsku oznaku kvalitete. "
                    "Ako vaš projekt ove godine nije dobio oznaku, javite se ambasadoru u svojoj županiji – "
                    "rado će vam pomoći pripremiti sljedeću prijavu.",
                ],
            },
        ],
    },
    "BG": {
        "language": "bg",
        "introduction": (
            "Центърът за развитие на човешките ресурси (ЦРЧР) е националното звено за подкрепа на eTwinning "
            "в България. Екипът ни обучава учители, модерира национални групи и потвърждава регистрациите "
            "на нови потребители, а всяка година организира Национален конкурс eTwinning и присъжда "
            "Национални знаци за качество на отличени проекти."
        ),
        "news": [
            {
                "slug": "nagradite-ot-nacionalniya-konkurs-etwinning-2026",
                "date": "2026-11-26",
                "title": "Връчихме наградите от Националния конкурс eTwinning 2026",
                "introduction": (
                    "На церемония в София отличихме учители и ученици от детски градини и училища от цялата "
                    "страна, чиито проекти журито определи като най-добрите за годината."
                ),
                "body": [
                    "Тази година в конкурса участваха 112 проекта от 24 области. Журито оценяваше връзката "
                    "с учебните програми, истинското сътрудничество между учениците от партньорските училища "
                    "и творческото използване на дигитални инструменти.",
                    "В категорията за начален етап победител е проект за народните празници и обичаи, в който "
                    "ученици от основно училище в Смолянска област работиха заедно с връстници от Гърция "
                    "и Румъния. Сред гимназиите първото място спечели профилирана гимназия от Варна с проект "
                    "за опазването на Черно море.",
                    "Поздравяваме всички участници! Следващото издание на конкурса ще обявим през пролетта "
                    "на 2027 г., а дотогава ви каним на нашите онлайн семинари за планиране на проекти.",
                ],
            },
        ],
    },
    "RS": {
        "language": "sr",
        "introduction": (
            "Фондација Темпус је национална служба за подршку програму eTwinning у Србији. Организујемо "
            "семинаре и онлајн обуке, помажемо школама које започињу свој први међународни пројекат, "
            "потврђујемо регистрације наставника и најбоље пројекте награђујемо националном ознаком квалитета."
        ),
        "news": [
            {
                "slug": "jesenje-obuke-za-nastavnike-pocetnike",
                "date": "2026-10-06",
                "title": "Јесење обуке за наставнике почетнике",
                "introduction": (
                    "У октобру и новембру организујемо обуке за наставнике који желе да покрену свој први "
                    "eTwinning пројекат – уживо у Нишу, Крагујевцу и Новом Саду, а онлајн за све остале."
                ),
                "body": [
                    "На обукама ћете научити како да се региструјете на платформи, пронађете партнерску школу "
                    "и заједно с њом испланирате пројекат који се уклапа у наставни план и програм. Посебну "
                    "пажњу посветићемо раду у простору TwinSpace и безбедном онлајн окружењу за ученике.",
                    "Обуке воде искусни eTwinning амбасадори, наставници основних и средњих школа који годинама "
                    "реализују међународне пројекте. Учешће је бесплатно, а број места је ограничен, па вас "
                    "молимо да се пријавите најкасније недељу дана пре термина.",
                    "Сви учесници добиће потврду о учешћу, а материјали са обука биће доступни у нашој групи "
                    "на платформи.",
                ],
            },
        ],
    },
    "MK": {
        "language": "mk",
        "introduction": (
            "Националната агенција за европски образовни програми и мобилност е националната служба "
            "за поддршка на eTwinning во Северна Македонија. Организираме обуки и инфо-денови, советуваме "
            "наставници при планирањето на проектите, ги одобруваме регистрациите и ги оценуваме проектите "
            "за национален знак за квалитет."
        ),
        "news": [
            {
                "slug": "info-denovi-za-etwinning-vo-bitola-shtip-i-tetovo",
                "date": "2026-09-22",
                "title": "Инфо-денови за eTwinning во Битола, Штип и Тетово",
                "introduction": (
                    "Во октомври ги посетуваме Битола, Штип и Тетово за да им го претставиме eTwinning "
                    "на наставниците кои сè уште не се запознаени со платформата."
                ),
                "body": [
                    "На секој инфо-ден ќе покажеме како се регистрира наставник, како се наоѓа партнерско "
                    "училиште и како изгледа еден успешен проект во TwinSpace. Наставници од основни и средни "
                    "училишта кои веќе учествуваат во eTwinning ќе ги споделат своите искуства – и успесите "
                    "и предизвиците.",
                    "Инфо-деновите се наменети за наставници, стручни соработници и директори. Учеството "
                    "е бесплатно, а пријавите се отворени до 5 октомври преку формуларот на нашата веб-страница.",
                ],
            },
        ],
    },
    "UA": {
        "language": "uk",
        "introduction": (
            "Національний офіс підтримки eTwinning в Україні — агенція партнерської підтримки, яка допомагає "
            "школам, закладам дошкільної освіти та педагогічним університетам долучатися до європейської "
            "співпраці. Разом з амбасадорами ми проводимо навчання, перевіряємо реєстрації та щороку вручаємо "
            "національні відзнаки eTwinning на підсумковій конференції."
        ),
        "news": [
            {
                "slug": "pidsumkova-konferentsiia-etwinning-2026",
                "date": "2026-12-02",
                "title": "Підсумкова конференція eTwinning 2026: вручено національні відзнаки",
                "introduction": (
                    "Понад пів тисячі освітян з усіх регіонів України взяли участь у щорічній конференції — "
                    "у Києві та онлайн. Ми відзначили проєкти, які найкраще показали, що вчитися разом "
                    "з європейськими однолітками можна за будь-яких обставин."
                ),
                "body": [
                    "Конференція відбулася 28 листопада у змішаному форматі: частина учасників зібралася "
                    "в Києві, решта долучилася онлайн зі Львова, Дніпра, Одеси, Харкова та інших міст. "
                    "Йшлося про те, як планувати проєкти, коли навчання відбувається то в класі, то дистанційно, "
                    "і як залучати учнів, які зараз мешкають за кордоном.",
                    "Національні відзнаки eTwinning отримали десять проєктів. Серед них — проєкт ліцею "
                    "з Вінниччини про народні ремесла, у якому учні разом із партнерами з Польщі та Литви "
                    "створили спільний онлайн-музей, а також проєкт закладу дошкільної освіти з Полтави "
                    "про казки різних народів.",
                    "Дякуємо всім учасникам і амбасадорам! Записи виступів і презентації доступні в нашій "
                    "групі на платформі, а навесні 2027 року ми розпочнемо новий цикл навчань для "
                    "вчителів-початківців.",
                ],
            },
        ],
    },
    "GR": {
        "language": "el",
        "introduction": (
            "Η Διεύθυνση Ευρωπαϊκών και Διεθνών Θεμάτων του Υπουργείου Παιδείας, Θρησκευμάτων και Αθλητισμού "
            "είναι η Εθνική Υπηρεσία Υποστήριξης eTwinning στην Ελλάδα. Με τη βοήθεια ενός ευρέος δικτύου "
            "Πρέσβεων σε όλες τις περιφέρειες, στηρίζουμε τους εκπαιδευτικούς με διαδικτυακά σεμινάρια "
            "και τους βοηθάμε στην αναζήτηση εταίρων, ελέγχουμε τις εγγραφές, απονέμουμε Εθνικές Ετικέτες Ποιότητας "
            "και διοργανώνουμε τον Εθνικό Διαγωνισμό eTwinning."
        ),
        "news": [
            {
                "slug": "ethnikos-diagonismos-etwinning-2026-ta-vraveumena-erga",
                "date": "2026-11-19",
                "title": "Εθνικός Διαγωνισμός eTwinning 2026: τα βραβευμένα έργα",
                "introduction": (
                    "Η επιτροπή αξιολόγησης ανέδειξε τα καλύτερα έργα της χρονιάς από νηπιαγωγεία, δημοτικά, "
                    "γυμνάσια και λύκεια όλης της χώρας. Τα βραβεία θα απονεμηθούν σε εκδήλωση στην Αθήνα "
                    "το Σάββατο 12 Δεκεμβρίου."
                ),
                "body": [
                    "Φέτος υποβλήθηκαν 148 έργα που υλοποιήθηκαν κατά το σχολικό έτος 2025-2026. Η επιτροπή "
                    "εξέτασε τη σύνδεσή τους με το πρόγραμμα σπουδών, την ουσιαστική συνεργασία των μαθητών "
                    "με τους Ευρωπαίους συνομηλίκους τους και τη δημιουργική χρήση ψηφιακών εργαλείων.",
                    "Στην Πρωτοβάθμια Εκπαίδευση πρώτευσε ένα δημοτικό σχολείο από τα Χανιά με έργο για τους "
                    "μύθους της θάλασσας, σε συνεργασία με σχολεία από την Ιταλία και την Πορτογαλία. "
                    "Στη Δευτεροβάθμια διακρίθηκε ένα ΕΠΑΛ της Θεσσαλονίκης, οι μαθητές του οποίου σχεδίασαν "
                    "μαζί με τους εταίρους τους από τη Γερμανία και την Κροατία μια εφαρμογή για την "
                    "ανακύκλωση στο σχολείο.",
                    "Συγχαίρουμε θερμά όλους τους εκπαιδευτικούς και τους μαθητές που συμμετείχαν. Τα "
                    "βραβευμένα έργα θα παρουσιαστούν σε ξεχωριστή ενότητα της πύλης, ως έμπνευση για νέες "
                    "συνεργασίες.",
                ],
            },
        ],
    },
}

_CY_INTRODUCTION = (
    "Το Ίδρυμα Διαχείρισης Ευρωπαϊκών Προγραμμάτων Δια Βίου Μάθησης (ΙΔΕΠ) είναι η Εθνική Υπηρεσία "
    "Υποστήριξης eTwinning στην Κύπρο. Βοηθάμε τους εκπαιδευτικούς να εγγραφούν, να βρουν εταίρους και να "
    "σχεδιάσουν έργα συνδεδεμένα με το αναλυτικό πρόγραμμα, διοργανώνουμε σεμινάρια μαζί με τους Πρέσβεις "
    "eTwinning σε όλες τις επαρχίες και αξιολογούμε τις αιτήσεις για Εθνική Ετικέτα Ποιότητας."
)
_CY_TITLE = "Σεμινάρια eTwinning για νέους εκπαιδευτικούς σε όλες τις επαρχίες"
_CY_NEWS_INTRODUCTION = (
    "Τον Νοέμβριο το ΙΔΕΠ, σε συνεργασία με τους Πρέσβεις eTwinning, διοργανώνει απογευματινά σεμινάρια "
    "στη Λευκωσία, στη Λεμεσό, στη Λάρνακα, στην Πάφο και στο Παραλίμνι."
)
_CY_BODY = [
    "Τα σεμινάρια απευθύνονται σε εκπαιδευτικούς νηπιαγωγείων, δημοτικών, γυμνασίων, λυκείων και Τεχνικών "
    "Σχολών που θέλουν να ξεκινήσουν το πρώτο τους έργο eTwinning. Θα δείξουμε βήμα βήμα πώς γίνεται "
    "η εγγραφή, πώς βρίσκει κανείς εταίρους και πώς οργανώνεται η δουλειά των μαθητών στο TwinSpace.",
    "Στο δεύτερο μέρος, εκπαιδευτικοί που βραβεύτηκαν πέρσι με Εθνική Ετικέτα Ποιότητας θα παρουσιάσουν "
    "τα έργα τους. Ανάμεσά τους και ένα δημοτικό σχολείο της Λάρνακας, που μαζί με εταίρους από την Ελλάδα "
    "και τη Μάλτα μελέτησε την Αλυκή και τα φλαμίνγκο που ξεχειμωνιάζουν εκεί.",
    "Η συμμετοχή είναι δωρεάν και οι δηλώσεις συμμετοχής γίνονται μέσω της ιστοσελίδας του ΙΔΕΠ έως τις "
    "30 Οκτωβρίου. Όσοι παρακολουθήσουν θα λάβουν βεβαίωση παρακολούθησης.",
]

SECTIONS["CY"] = {
    "language": "el",
    "introduction": _CY_INTRODUCTION,
    "news": [
        {
            "slug": "seminaria-etwinning-se-oles-tis-eparchies",
            "date": "2026-10-14",
            "title": _CY_TITLE,
            "introduction": _CY_NEWS_INTRODUCTION,
            "body": _CY_BODY,
        },
    ],
    # Turkish is the other official language of the Republic of Cyprus.
    "translations": {
        "tr": {
            _CY_INTRODUCTION: (
                "Kıbrıs’taki eTwinning Ulusal Destek Servisi, Avrupa Hayat Boyu Öğrenme Programları Yönetim "
                "Vakfı (IDEP) bünyesinde çalışır. Öğretmenlerin kayıt olmalarına, ortak bulmalarına ve "
                "müfredatla bağlantılı projeler tasarlamalarına yardımcı oluyor, tüm ilçelerde eTwinning "
                "elçileriyle birlikte seminerler düzenliyor ve Ulusal Kalite Etiketi başvurularını "
                "değerlendiriyoruz."
            ),
            _CY_TITLE: "Tüm ilçelerde yeni öğretmenler için eTwinning seminerleri",
            _CY_NEWS_INTRODUCTION: (
                "IDEP, Kasım ayında eTwinning elçileriyle birlikte Lefkoşa, Limasol, Larnaka, Baf ve "
                "Paralimni’de öğleden sonra seminerleri düzenliyor."
            ),
            _CY_BODY[0]: (
                "Seminerler, ilk eTwinning projelerine başlamak isteyen anaokulu, ilkokul, ortaokul, lise ve "
                "teknik okul öğretmenlerine yöneliktir. Kaydın nasıl yapıldığını, ortakların nasıl bulunduğunu "
                "ve öğrencilerin TwinSpace’teki çalışmalarının nasıl düzenlendiğini adım adım göstereceğiz."
            ),
            _CY_BODY[1]: (
                "İkinci bölümde, geçen yıl Ulusal Kalite Etiketi alan öğretmenler projelerini tanıtacak. "
                "Bunlar arasında, Yunanistan ve Malta’daki ortaklarıyla birlikte Larnaka Tuz Gölü’nü ve "
                "orada kışlayan flamingoları inceleyen Larnaka’daki bir ilkokul da var."
            ),
            _CY_BODY[2]: (
                "Katılım ücretsizdir; kayıtlar 30 Ekim’e kadar IDEP’in internet sitesi üzerinden yapılabilir. "
                "Seminerlere katılanlara katılım belgesi verilecektir."
            ),
        },
    },
}
