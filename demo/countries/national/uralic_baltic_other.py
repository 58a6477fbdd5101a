"""National sections of Finno-Ugric, Baltic and other countries (Malta, Albania, Türkiye), written in their
own languages (demo content)."""

from demo.countries.versions import paired_translations

# Finland and Malta have a second official language. Their second versions mirror the source sections
# field by field, so that `_translations` pairs every source string with its translation without
# repeating the source text by hand.

# Finno-Ugric

HUNGARY = {
    "language": "hu",
    "introduction": (
        "Magyarországon a Tempus Közalapítvány eTwinning Nemzeti Irodája segíti azokat az óvodapedagógusokat "
        "és tanárokat, akik európai partneriskolákkal dolgoznának együtt. Akkreditált pedagógus-továbbképzéseket, "
        "online kurzusokat és évente országos konferenciát szervezünk, segítünk a partnerkeresésben, jóváhagyjuk "
        "az új regisztrációkat, és odaítéljük a Nemzeti Minőségi Díjakat."
    ),
    "news": [
        {
            "slug": "januarban-indul-akkreditalt-online-tovabbkepzesunk",
            "date": "2026-11-25",
            "title": "Januárban indul 30 órás akkreditált online továbbképzésünk",
            "introduction": (
                "Várjuk azoknak a pedagógusoknak a jelentkezését, akik most vágnának bele első nemzetközi "
                "eTwinning-projektjükbe. A képzés ingyenes, és beszámít a hétévente kötelező 120 órás "
                "továbbképzésbe is."
            ),
            "body": [
                "A hathetes kurzus 2027. január 18-án indul, és teljes egészében online zajlik. A résztvevők "
                "lépésről lépésre megtanulják, hogyan találjanak partnert az eTwinning-platformon, hogyan "
                "tervezzenek közösen projektet, és hogyan használják a TwinSpace-t a diákok közös munkájához. "
                "Hetente rövid élő webináriumot is tartunk, ahol tapasztalt eTwinning-nagykövetek válaszolnak "
                "a kérdésekre.",
                "A képzést általános iskolákban, gimnáziumokban, technikumokban és szakképző iskolákban tanító "
                "kollégáknak, valamint óvodapedagógusoknak ajánljuk. Tavaly egy szegedi gimnázium angoltanára, "
                "Judit, a kurzus alatt indította el első projektjét egy lengyel és egy portugál iskolával – "
                "közös munkájuk idén Nemzeti Minőségi Díjat kapott.",
                "Jelentkezni 2026. december 18-ig lehet a Tempus Közalapítvány honlapján. A helyek száma "
                "korlátozott, a csoportokat a jelentkezések sorrendjében töltjük fel. A kurzust sikeresen "
                "elvégzők 30 órás tanúsítványt kapnak.",
            ],
        },
    ],
}

FINLAND = {
    "language": "fi",
    "introduction": (
        "Opetushallitus on eTwinningin kansallinen tukipalvelu Suomessa. Järjestämme webinaareja ja alueellisia "
        "koulutuksia, autamme kumppanin löytämisessä ja neuvomme, miten kansainvälisen hankkeen voi rakentaa "
        "osaksi opetussuunnitelmaa. Tarkistamme uusien käyttäjien rekisteröitymiset ja myönnämme vuosittain "
        "kansalliset laatuleimat."
    ),
    "news": [
        {
            "slug": "webinaarisarja-etwinning-hanke-monialaisena-kokonaisuutena",
            "date": "2026-11-10",
            "title": "Uusi webinaarisarja: eTwinning-hanke monialaisena oppimiskokonaisuutena",
            "introduction": (
                "Tammikuussa alkavassa kolmen webinaarin sarjassa opettajat kertovat, miten he ovat rakentaneet "
                "eTwinning-hankkeesta monialaisen oppimiskokonaisuuden ja tukeneet samalla laaja-alaisen "
                "osaamisen tavoitteita."
            ),
            "body": [
                "Perusopetuksen ja lukion opetussuunnitelmien perusteet kannustavat yhdistämään eri oppiaineita "
                "ja tekemään yhteistyötä koulun ulkopuolisten toimijoiden kanssa. eTwinning tarjoaa tähän "
                "valmiin ympäristön: oppilaat voivat tutkia samaa ilmiötä yhdessä eurooppalaisten "
                "ikätovereidensa kanssa ja harjoitella samalla vieraiden kielten käyttöä aidoissa tilanteissa.",
                "Ensimmäisessä webinaarissa keskiviikkona 20. tammikuuta 2027 oululaisen yhtenäiskoulun opettaja "
                "Aino esittelee hankkeen, jossa viidesluokkalaiset vertasivat Itämeren tilaa Virossa, Saksassa "
                "ja Suomessa. Helmi- ja maaliskuun webinaareissa aiheina ovat lukion teemaopinnot sekä "
                "ammatillisen koulutuksen hankkeet.",
                "Webinaarit ovat maksuttomia, ja ne pidetään klo 15.30–16.30. Ilmoittautuminen on auki "
                "Opetushallituksen verkkosivuilla, ja tallenteet julkaistaan jälkikäteen kansallisessa "
                "eTwinning-ryhmässä.",
            ],
        },
    ],
}

# As the agency's Swedish-speaking staff would write it for schools in Swedish-speaking Finland.
FINLAND_IN_SWEDISH = {
    "introduction": (
        "Utbildningsstyrelsen är den nationella stödtjänsten för eTwinning i Finland. Vi ordnar webbinarier och "
        "regionala utbildningar, hjälper dig att hitta partner och ger råd om hur ett internationellt projekt "
        "kan bli en del av läroplanen. Vi granskar nya användares registreringar och delar varje år ut "
        "nationella kvalitetsutmärkelser."
    ),
    "news": [
        {
            "title": "Ny webbinarieserie: eTwinningprojektet som mångvetenskapligt lärområde",
            "introduction": (
                "I en serie med tre webbinarier som börjar i januari berättar lärare hur de har byggt upp ett "
                "eTwinningprojekt som ett mångvetenskapligt lärområde och samtidigt stött målen för mångsidig "
                "kompetens."
            ),
            "body": [
                "Grunderna för läroplanerna för den grundläggande utbildningen och gymnasiet uppmuntrar till att "
                "kombinera olika läroämnen och samarbeta med aktörer utanför skolan. eTwinning erbjuder en färdig "
                "miljö för det: eleverna kan undersöka samma fenomen tillsammans med jämnåriga i andra europeiska "
                "länder och samtidigt öva på att använda främmande språk i verkliga situationer.",
                "I det första webbinariet onsdagen den 20 januari 2027 presenterar Aino, lärare vid en enhetsskola "
                "i Uleåborg, ett projekt där femteklassare jämförde tillståndet i Östersjön i Estland, Tyskland "
                "och Finland. Webbinarierna i februari och mars handlar om temastudier i gymnasiet och om projekt "
                "inom yrkesutbildningen.",
                "Webbinarierna är avgiftsfria och hålls kl. 15.30–16.30. Anmälan är öppen på Utbildningsstyrelsens "
                "webbplats, och inspelningarna publiceras i efterhand i den nationella eTwinninggruppen.",
            ],
        },
    ],
}

ESTONIA = {
    "language": "et",
    "introduction": (
        "Eestis koordineerib eTwinningut Haridus- ja Noorteamet (Harno). Pakume koolitusi nii alustavatele kui "
        "ka kogenud õpetajatele, aitame leida projektipartnereid ja näitame, kuidas digitaalne koostöö teiste "
        "riikide koolidega toetab õppekava eesmärke kõigis ainetes. Kinnitame uute kasutajate registreerimised "
        "ja tunnustame kvaliteetseid projekte riikliku kvaliteedimärgiga."
    ),
    "news": [
        {
            "slug": "selgusid-riikliku-kvaliteedimargi-saajad-2026",
            "date": "2026-10-28",
            "title": "Selgusid 2026. aasta riikliku kvaliteedimärgi saajad",
            "introduction": (
                "Tänavu pälvis riikliku kvaliteedimärgi 42 projekti, mille taga on õpetajad lasteaedadest, "
                "põhikoolidest, gümnaasiumidest ja kutsekoolidest üle Eesti."
            ),
            "body": [
                "Hindajad tõstsid eriti esile projekte, kus õpilased ei piirdunud oma kodukoha tutvustamisega, "
                "vaid lõid partneritega rahvusvahelistes meeskondades midagi ühist. Näiteks uurisid ühe "
                "Tartumaa põhikooli kaheksandikud koos Poola ja Hispaania eakaaslastega, kuidas kliimamuutused "
                "mõjutavad kohalikke metsi, ning koostasid selle põhjal ühise e-raamatu.",
                "Kõik kvaliteedimärgi saanud õpetajad saavad tunnistuse ning nende projektid lähevad edasi "
                "Euroopa kvaliteedimärgi hindamisele. Tunnustusüritus toimub detsembri alguses Tallinnas, kus "
                "eTwinningu saadikud jagavad ka oma kogemusi.",
                "Järgmine taotlusvoor avatakse 2027. aasta kevadel. Nõuanded projekti esitamiseks ja "
                "hindamiskriteeriumid leiab Harno kodulehelt.",
            ],
        },
    ],
}

# Baltic

LITHUANIA = {
    "language": "lt",
    "introduction": (
        "Lietuvoje eTwinning programą koordinuoja Švietimo mainų paramos fondas. Rengiame mokymus ir nuotolinius "
        "seminarus, o eTwinning ambasadoriai padeda mokytojams visuose regionuose. Tvirtiname naujų naudotojų "
        "registracijas, teikiame nacionalinius kokybės ženklelius ir padedame mokykloms siekti eTwinning "
        "mokyklos ženklelio."
    ),
    "news": [
        {
            "slug": "dar-32-mokyklos-gavo-etwinning-mokyklos-zenkleli",
            "date": "2026-11-05",
            "title": "Dar 32 Lietuvos mokyklos gavo eTwinning mokyklos ženklelį",
            "introduction": (
                "eTwinning mokyklos ženklelis 2027–2028 metams suteiktas lopšeliams-darželiams, "
                "progimnazijoms, gimnazijoms ir profesinio mokymo centrams iš devynių Lietuvos apskričių."
            ),
            "body": [
                "Ženkleliu įvertinamos mokyklos, kuriose tarptautiniai projektai tapo kasdienio ugdymo dalimi. "
                "Juose dalyvauja ne vienas entuziastas, o mokytojų komanda, į veiklas įtraukiami mokiniai, "
                "tėvai ir mokyklos vadovai, o daug dėmesio skiriama saugiam elgesiui internete.",
                "Tarp naujų eTwinning mokyklų – viena Panevėžio progimnazija, kurios mokiniai jau penkerius "
                "metus kartu su bendraamžiais iš Latvijos ir Italijos tyrinėja Europos upes, ir vienas "
                "Klaipėdos profesinio mokymo centras, rengiantis bendrus projektus su jūrininkų mokyklomis "
                "Suomijoje ir Nyderlanduose.",
                "Sveikiname visas mokyklų bendruomenes! Ženklelių įteikimo renginys vyks gruodžio 3 d. Kaune. "
                "Mokyklas, kurios norėtų siekti ženklelio kitais metais, kviečiame į nuotolinį seminarą, "
                "kurį surengsime 2027 m. sausį.",
            ],
        },
    ],
}

LATVIA = {
    "language": "lv",
    "introduction": (
        "Latvijā eTwinning koordinē Valsts izglītības attīstības aģentūra (VIAA). Rīkojam seminārus un "
        "tiešsaistes mācību pasākumus, konsultējam pedagogus no pirmsskolas līdz profesionālajai izglītībai "
        "un palīdzam atrast partnerus starptautiskiem projektiem. Pārbaudām jaunu lietotāju reģistrācijas un "
        "piešķiram Nacionālās kvalitātes zīmes veiksmīgākajiem projektiem."
    ),
    "news": [
        {
            "slug": "etwinning-seminari-iesacejiem-cetros-regionos",
            "date": "2026-09-24",
            "title": "eTwinning semināri iesācējiem četros Latvijas reģionos",
            "introduction": (
                "Oktobrī un novembrī VIAA kopā ar eTwinning vēstniekiem aicina pedagogus uz klātienes "
                "semināriem Liepājā, Daugavpilī, Valmierā un Jelgavā."
            ),
            "body": [
                "Semināri paredzēti pirmsskolas izglītības iestāžu, pamatskolu, vidusskolu un profesionālās "
                "izglītības iestāžu pedagogiem, kuri vēl nav īstenojuši savu pirmo eTwinning projektu. "
                "Dalībnieki kopā ar vēstniekiem izveidos kontu platformā, iemācīsies meklēt partnerus un "
                "izplānos projekta ideju, ko var sasaistīt ar kompetenču pieejā balstīto mācību saturu.",
                "Pieredzē dalīsies arī pagājušā gada Nacionālās kvalitātes zīmes ieguvēji. Piemēram, kādas "
                "Latgales vidusskolas ķīmijas skolotāja Ilze pastāstīs, kā viņas skolēni kopā ar vienaudžiem "
                "no Lietuvas un Spānijas pētīja ūdens kvalitāti vietējos ezeros.",
                "Dalība semināros ir bez maksas, un dalībnieki saņems apliecību par sešu stundu profesionālās "
                "kompetences pilnveidi. Pieteikties var VIAA tīmekļvietnē līdz 9. oktobrim.",
            ],
        },
    ],
}

# Others

MALTA = {
    "language": "mt",
    "introduction": (
        "F’Malta, l-eTwinning jitmexxa mid-Direttorat għal-Litteriżmu Diġitali u l-Ħiliet Trasversali fi ħdan "
        "il-Ministeru għall-Edukazzjoni, u għalhekk huwa marbut mill-qrib mal-edukazzjoni diġitali fl-iskejjel "
        "tagħna. Noffru taħriġ, appoġġ pedagoġiku u għajnuna biex isibu sħab f’pajjiżi oħra lill-edukaturi "
        "kollha, mis-snin bikrin sal-livell post-sekondarju. Nivverifikaw ukoll ir-reġistrazzjonijiet il-ġodda "
        "u nagħtu t-Tikketti Nazzjonali tal-Kwalità lill-aqwa proġetti."
    ),
    "news": [
        {
            "slug": "sessjonijiet-godda-ta-tahrig-f-malta-u-ghawdex",
            "date": "2026-10-15",
            "title": "Sessjonijiet ġodda ta’ taħriġ tal-eTwinning f’Malta u Għawdex",
            "introduction": (
                "F’Novembru se norganizzaw tliet sessjonijiet ta’ wara nofsinhar għall-edukaturi li jixtiequ "
                "jibdew l-ewwel proġett tagħhom ma’ skejjel f’pajjiżi Ewropej oħra."
            ),
            "body": [
                "Is-sessjonijiet se jsiru fil-Furjana, fil-Mosta u fir-Rabat, Għawdex, u huma miftuħa "
                "għall-edukaturi tal-iskejjel tal-Istat, tal-Knisja u indipendenti. Se nuru pass pass kif "
                "wieħed jirreġistra fuq il-pjattaforma, kif isib sħab u kif jorganizza x-xogħol tal-istudenti "
                "fit-TwinSpace.",
                "Fit-tieni parti, edukaturi li s-sena l-oħra ngħataw it-Tikketta Nazzjonali tal-Kwalità se "
                "jippreżentaw il-proġetti tagħhom. Fosthom hemm Marija, għalliema f’skola primarja f’Għawdex, "
                "li flimkien mal-istudenti tagħha u ma’ sħab minn Ċipru u l-Greċja studjat l-ilma u kif jinħażen "
                "fil-gżejjer tal-Mediterran.",
                "Il-parteċipazzjoni hija b’xejn u kull min jattendi jirċievi ċertifikat. Tistgħu tirreġistraw "
                "sal-31 ta’ Ottubru permezz tas-sit elettroniku tad-Direttorat.",
            ],
        },
    ],
}

MALTA_IN_ENGLISH = {
    "introduction": (
        "In Malta, eTwinning is run by the Directorate for Digital Literacy and Transversal Skills within the "
        "Ministry for Education, so it is closely linked to digital education in our schools. We offer all "
        "educators, from the early years to post-secondary level, training, pedagogical support and help in "
        "finding partners in other countries. We also verify new registrations and award National Quality "
        "Labels to the best projects."
    ),
    "news": [
        {
            "title": "New eTwinning training sessions in Malta and Gozo",
            "introduction": (
                "In November we will be holding three afternoon sessions for educators who would like to start "
                "their first project with schools in other European countries."
            ),
            "body": [
                "The sessions will take place in Floriana, Mosta and Victoria, Gozo, and are open to educators "
                "from State, Church and Independent schools. We will show, step by step, how to register on the "
                "platform, how to find partners and how to organise students’ work in TwinSpace.",
                "In the second part, educators who were awarded a National Quality Label last year will present "
                "their projects. Among them is Marija, a teacher at a primary school in Gozo, whose students "
                "worked with partners from Cyprus and Greece to study water and how it is stored on the islands "
                "of the Mediterranean.",
                "Participation is free of charge and everyone who attends will receive a certificate. You can "
                "register until 31 October through the Directorate’s website.",
            ],
        },
    ],
}

ALBANIA = {
    "language": "sq",
    "introduction": (
        "Ekipi eTwinning në Ministrinë e Arsimit dhe Sportit mirëpret mësuesit nga të gjitha qarqet e "
        "Shqipërisë. Verifikojmë regjistrimet e shkollave dhe të mësuesve të rinj, organizojmë punëtori hyrëse "
        "dhe ndihmojmë shkollat të gjejnë partnerë në Ballkanin Perëndimor e më gjerë. Çdo vit u japim "
        "projekteve më të mira Etiketën Kombëtare të Cilësisë."
    ),
    "news": [
        {
            "slug": "punetori-hyrese-etwinning-ne-shkoder-korce-dhe-vlore",
            "date": "2026-10-01",
            "title": "Punëtori hyrëse eTwinning në Shkodër, Korçë dhe Vlorë",
            "introduction": (
                "Gjatë muajit tetor, ekipi eTwinning i Ministrisë organizon punëtori njëditore për mësuesit që "
                "duan të nisin projektin e tyre të parë me shkolla nga vende të tjera të Evropës."
            ),
            "body": [
                "Punëtoritë u drejtohen edukatoreve të kopshteve dhe mësuesve të arsimit bazë, të gjimnazeve "
                "dhe të shkollave profesionale. Pjesëmarrësit do të krijojnë llogarinë e tyre në platformë, do "
                "të mësojnë si të kërkojnë partnerë dhe do të hartojnë së bashku idenë e një projekti që lidhet "
                "me kurrikulën me bazë kompetencash.",
                "Në pjesën e dytë, mësues që kanë fituar Etiketën Kombëtare të Cilësisë do të ndajnë përvojat e "
                "tyre. Mes tyre është Elona, mësuese e gjuhës angleze në një gjimnaz të Korçës, nxënësit e së "
                "cilës punuan me bashkëmoshatarë nga Mali i Zi dhe Maqedonia e Veriut për trashëgiminë kulturore "
                "të qyteteve të tyre.",
                "Pjesëmarrja është falas. Mësuesit mund të regjistrohen deri më 9 tetor pranë Zyrës Vendore "
                "Arsimore ose në faqen zyrtare të Ministrisë.",
            ],
        },
    ],
}

TURKIYE = {
    "language": "tr",
    "introduction": (
        "Türkiye’de eTwinning, Millî Eğitim Bakanlığı Yenilik ve Eğitim Teknolojileri Genel Müdürlüğü (YEĞİTEK) "
        "tarafından yürütülür. Avrupa’nın en büyük eTwinning topluluklarından birine sahip olan ülkemizde il "
        "koordinatörlerimiz ve eTwinning elçilerimiz 81 ilde öğretmenlere eğitimler düzenler; ulusal ekibimiz "
        "ise yeni kayıtları onaylar ve Ulusal Kalite Etiketlerini verir."
    ),
    "news": [
        {
            "slug": "2026-etwinning-ulusal-konferansi-antalyada-yapildi",
            "date": "2026-11-30",
            "title": "2026 eTwinning Ulusal Konferansı Antalya’da yapıldı",
            "introduction": (
                "81 ilden gelen öğretmenler, il koordinatörleri ve eTwinning elçileri, 26–28 Kasım tarihlerinde "
                "Antalya’da düzenlenen ulusal konferansta bir araya geldi."
            ),
            "body": [
                "Bu yılki konferansın teması “Dijital çağda birlikte öğrenmek” oldu. Anaokulu, ilkokul, "
                "ortaokul, lise ve mesleki ve teknik Anadolu lisesi öğretmenleri; TwinSpace’te öğrenci iş "
                "birliğinin planlanması, yapay zekâ araçlarının sorumlu kullanımı ve proje çıktılarının "
                "değerlendirilmesi gibi konularda yirmiyi aşkın atölyeye katıldı.",
                "Konferansın ikinci gününde, bu yıl Avrupa Kalite Etiketi alan projeler sergilendi. Bunlar "
                "arasında Kars’taki bir ortaokulda görev yapan Zeynep öğretmenin, öğrencileriyle birlikte "
                "Gürcistan ve Polonya’daki ortaklarıyla yürüttüğü ve yöresel mutfak kültürlerini konu alan "
                "proje büyük ilgi gördü.",
                "Atölye sunumları ve oturum kayıtları, eTwinning platformundaki ulusal grubumuzda paylaşıldı. "
                "2027 yılında il düzeyinde yapılacak eğitimlerin takvimi ise ocak ayında duyurulacak.",
            ],
        },
    ],
}


SECTIONS = {
    "HU": HUNGARY,
    # Swedish is Finland's second official language.
    "FI": {**FINLAND, "translations": {"sv": paired_translations(FINLAND, FINLAND_IN_SWEDISH)}},
    "EE": ESTONIA,
    "LT": LITHUANIA,
    "LV": LATVIA,
    # English is Malta's other official language.
    "MT": {**MALTA, "translations": {"en": paired_translations(MALTA, MALTA_IN_ENGLISH)}},
    "AL": ALBANIA,
    "TR": TURKIYE,
}
