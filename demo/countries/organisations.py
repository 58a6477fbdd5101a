"""Demo data: the organisations that support eTwinning in each of the 44 participating countries.

Keys are ISO 3166-1 alpha-2 codes. 36 countries have a National Support Service (NSS) and 8 have a
Partner Support Agency (PSA). Names, websites and cities reflect public information as best known;
street addresses may be approximate and all e-mail addresses are fictitious demo addresses.
"""

ORGANISATIONS = {
    "AL": {
        "name": "Ministria e Arsimit dhe Sportit",
        "website": "https://www.arsimi.gov.al/",
        "email": "nss@al.etwinning-demo.org",
        "address": "Rruga e Durrësit 23\n1001 Tirana\nAlbania",
        "introduction": (
            "The eTwinning team at the Ministry of Education and Sport welcomes teachers from all over Albania, "
            "checks new school registrations and runs introductory workshops. It also awards National Quality "
            "Labels and helps schools find partners in the Western Balkans and beyond."
        ),
    },
    "AM": {
        "name": "National Center for Educational Technologies (NCET)",
        "website": "https://www.ktak.am/",
        "email": "psa@am.etwinning-demo.org",
        "address": "Tigran Mets Avenue 67\n0005 Yerevan\nArmenia",
        "introduction": (
            "As Partner Support Agency, NCET helps schools in Armenia join eTwinning, validates teacher accounts "
            "and organises training days in Yerevan and the regions. Teachers can count on advice in Armenian and "
            "English when planning their first cross-border project."
        ),
    },
    "AT": {
        "name": "OeAD – Agentur für Bildung und Internationalisierung",
        "website": "https://www.oead.at/",
        "email": "nss@at.etwinning-demo.org",
        "address": "Ebendorferstraße 7\n1010 Vienna\nAustria",
        "introduction": (
            "OeAD coordinates eTwinning in Austria, offering seminars, online courses and personal advice for "
            "teachers at every school level. It awards National Quality Labels each year and links eTwinning "
            "projects with Erasmus+ school partnerships."
        ),
    },
    "AZ": {
        "name": "Bureau on ICT for Education, Ministry of Science and Education",
        "website": "https://www.edu.gov.az/",
        "email": "psa@az.etwinning-demo.org",
        "address": "Khatai Avenue 49\nAZ1008 Baku\nAzerbaijan",
        "introduction": (
            "The Partner Support Agency for Azerbaijan registers schools, confirms teacher accounts and trains "
            "newcomers with the help of eTwinning ambassadors in Baku, Ganja and the regions. It evaluates "
            "finished projects for National Quality Labels and promotes the eTwinning School label."
        ),
    },
    "BA": {
        "name": "Agencija za predškolsko, osnovno i srednje obrazovanje (APOSO)",
        "website": "https://www.aposo.gov.ba/",
        "email": "nss@ba.etwinning-demo.org",
        "address": "Maršala Tita 162\n88000 Mostar\nBosnia and Herzegovina",
        "introduction": (
            "APOSO supports teachers throughout Bosnia and Herzegovina with registration checks, face-to-face and "
            "online training, and an annual national eTwinning conference. Schools receive guidance on project "
            "design and can apply for National Quality Labels."
        ),
    },
    "BE": {
        "name": "AEF-Europe",
        "website": "https://www.aef-europe.be/",
        "email": "nss@be.etwinning-demo.org",
        "address": "Chaussée de Charleroi 111\n1060 Brussels\nBelgium",
        "introduction": (
            "AEF-Europe is the eTwinning contact point for French-speaking schools in Belgium and works closely "
            "with the Flemish and German-speaking services. It validates registrations, runs thematic workshops "
            "and helps teachers grow eTwinning projects into Erasmus+ partnerships."
        ),
    },
    "BG": {
        "name": "Human Resource Development Centre (HRDC)",
        "website": "https://www.hrdc.bg/",
        "email": "nss@bg.etwinning-demo.org",
        "address": "15 Graf Ignatiev Street\n1000 Sofia\nBulgaria",
        "introduction": (
            "Within the Human Resource Development Centre, the eTwinning team for Bulgaria trains teachers, "
            "moderates national groups and validates new school registrations. It also runs a national eTwinning "
            "competition and awards National Quality Labels to outstanding projects."
        ),
    },
    "CY": {
        "name": "Foundation for the Management of European Lifelong Learning Programmes (IDEP)",
        "website": "https://www.idep.org.cy/",
        "email": "nss@cy.etwinning-demo.org",
        "address": "Andrea Araouzou 12\n1421 Nicosia\nCyprus",
        "introduction": (
            "IDEP's eTwinning unit helps teachers in Cyprus register, find partners and plan curriculum-based "
            "projects with colleagues across Europe. It organises seminars together with local ambassadors and "
            "assesses applications for National Quality Labels."
        ),
    },
    "CZ": {
        "name": "Dům zahraniční spolupráce (DZS)",
        "website": "https://www.dzs.cz/",
        "email": "nss@cz.etwinning-demo.org",
        "address": "Na Poříčí 1035/4\n110 00 Prague\nCzechia",
        "introduction": (
            "The eTwinning team at DZS offers free seminars, webinars and one-to-one advice for teachers across "
            "Czechia. It approves new registrations, awards National Quality Labels and celebrates the best "
            "projects in a yearly national competition."
        ),
    },
    "DE": {
        "name": "Pädagogischer Austauschdienst (PAD)",
        "website": "https://www.kmk-pad.org/",
        "email": "nss@de.etwinning-demo.org",
        "address": "Graurheindorfer Straße 157\n53117 Bonn\nGermany",
        "introduction": (
            "PAD, the exchange service of the Standing Conference of Education Ministers, runs eTwinning in "
            "Germany together with regional moderators in the federal states. Teachers get workshops, "
            "partner-finding events and National Quality Labels, plus a yearly national eTwinning prize."
        ),
    },
    "DK": {
        "name": "Uddannelses- og Forskningsstyrelsen",
        "website": "https://www.ufm.dk/",
        "email": "nss@dk.etwinning-demo.org",
        "address": "Haraldsgade 53\n2100 Copenhagen\nDenmark",
        "introduction": (
            "The Danish Agency for Higher Education and Science hosts eTwinning in Denmark and supports staff "
            "from day care to upper secondary schools. It offers courses, inspiration meetings and help with "
            "partner searches, and awards National Quality Labels to strong projects."
        ),
    },
    "EE": {
        "name": "Haridus- ja Noorteamet (Harno)",
        "website": "https://www.harno.ee/",
        "email": "nss@ee.etwinning-demo.org",
        "address": "Lõõtsa 4\n11415 Tallinn\nEstonia",
        "introduction": (
            "The Education and Youth Board runs eTwinning in Estonia, validating school registrations and "
            "offering training for new and experienced users alike. It promotes digital collaboration across the "
            "curriculum and recognises high-quality work with National Quality Labels."
        ),
    },
    "ES": {
        "name": "Instituto Nacional de Tecnologías Educativas y de Formación del Profesorado (INTEF)",
        "website": "https://www.intef.es/",
        "email": "nss@es.etwinning-demo.org",
        "address": "Calle Torrelaguna 58\n28027 Madrid\nSpain",
        "introduction": (
            "INTEF coordinates eTwinning in Spain in cooperation with the education departments of the autonomous "
            "communities. It offers online courses, validates registrations, awards National Quality Labels and "
            "hosts the annual Spanish eTwinning awards."
        ),
    },
    "FI": {
        "name": "Opetushallitus (Finnish National Agency for Education)",
        "website": "https://www.oph.fi/",
        "email": "nss@fi.etwinning-demo.org",
        "address": "Hakaniemenranta 6\n00530 Helsinki\nFinland",
        "introduction": (
            "The Finnish National Agency for Education supports eTwinning users in Finland with webinars, "
            "regional training and guidance on building international projects into the curriculum. It validates "
            "new accounts and awards National Quality Labels every year."
        ),
    },
    "FR": {
        "name": "Réseau Canopé",
        "website": "https://www.reseau-canope.fr/",
        "email": "nss@fr.etwinning-demo.org",
        "address": "Téléport 1, 1 avenue du Futuroscope\n86360 Chasseneuil-du-Poitou\nFrance",
        "introduction": (
            "Réseau Canopé hosts the national eTwinning office for France and works with academic correspondents "
            "in every region. Teachers benefit from training sessions, support in finding partners, the national "
            "eTwinning prizes and National Quality Labels."
        ),
    },
    "GE": {
        "name": "National Center for Teacher Professional Development (TPDC)",
        "website": "https://www.tpdc.ge/",
        "email": "psa@ge.etwinning-demo.org",
        "address": "Uznadze Street 52\n0102 Tbilisi\nGeorgia",
        "introduction": (
            "TPDC is the Partner Support Agency for Georgia, registering schools and training teachers to use "
            "eTwinning in everyday lessons. Teachers in Georgia can take part in contact seminars, earn "
            "professional development credit and apply for National Quality Labels."
        ),
    },
    "GR": {
        "name": (
            "Ministry of Education, Religious Affairs and Sports – Directorate of European and International Affairs"
        ),
        "website": "https://www.minedu.gov.gr/",
        "email": "nss@gr.etwinning-demo.org",
        "address": "Andrea Papandreou 37\n15180 Marousi\nGreece",
        "introduction": (
            "The eTwinning team at the Ministry of Education supports teachers across Greece with online "
            "seminars, a wide ambassador network and help with partner searches. It checks registrations, awards "
            "National Quality Labels and organises a national eTwinning competition."
        ),
    },
    "HR": {
        "name": "Agencija za mobilnost i programe EU (AMPEU)",
        "website": "https://www.mobilnost.hr/",
        "email": "nss@hr.etwinning-demo.org",
        "address": "Frankopanska 26\n10000 Zagreb\nCroatia",
        "introduction": (
            "AMPEU supports eTwinning in Croatia through workshops, webinars and an active network of ambassadors "
            "in every county. It confirms new registrations, assesses projects for National Quality Labels and "
            "promotes the eTwinning School label."
        ),
    },
    "HU": {
        "name": "Tempus Közalapítvány (Tempus Public Foundation)",
        "website": "https://www.tpf.hu/",
        "email": "nss@hu.etwinning-demo.org",
        "address": "Kéthly Anna tér 1\n1077 Budapest\nHungary",
        "introduction": (
            "Tempus Public Foundation runs eTwinning in Hungary, offering accredited teacher training, online "
            "courses and a yearly national conference. It helps schools find partners, validates registrations "
            "and awards National Quality Labels."
        ),
    },
    "IE": {
        "name": "Léargas",
        "website": "https://www.leargas.ie/",
        "email": "nss@ie.etwinning-demo.org",
        "address": "King's Inns House, Parnell Street\nD01 A3Y8 Dublin\nIreland",
        "introduction": (
            "Léargas is the eTwinning support service for Ireland, helping primary and post-primary teachers to "
            "register, connect and collaborate with schools across Europe. It runs workshops and webinars and "
            "awards National Quality Labels to excellent projects."
        ),
    },
    "IS": {
        "name": "Rannís – Rannsóknamiðstöð Íslands",
        "website": "https://www.rannis.is/",
        "email": "nss@is.etwinning-demo.org",
        "address": "Borgartún 30\n105 Reykjavík\nIceland",
        "introduction": (
            "Rannís manages eTwinning in Iceland and gives teachers practical help with registration, partner "
            "searches and planning a first project. Small schools in rural Iceland are especially encouraged to "
            "use eTwinning to open their classrooms to Europe."
        ),
    },
    "IT": {
        "name": "INDIRE – Istituto Nazionale di Documentazione, Innovazione e Ricerca Educativa",
        "website": "https://www.indire.it/",
        "email": "nss@it.etwinning-demo.org",
        "address": "Via Michelangelo Buonarroti 10\n50122 Florence\nItaly",
        "introduction": (
            "INDIRE coordinates eTwinning in Italy with regional contacts and a large ambassador network, "
            "offering online and in-person training for teachers. It validates registrations, awards National "
            "Quality Labels and organises national prizes for outstanding projects."
        ),
    },
    "JO": {
        "name": "Madrasati Initiative",
        "website": "https://www.madrasati.jo/",
        "email": "psa@jo.etwinning-demo.org",
        "address": "Jabal Amman, Third Circle\n11118 Amman\nJordan",
        "introduction": (
            "Madrasati acts as Partner Support Agency for Jordan in cooperation with the Ministry of Education. "
            "It trains teachers in project-based learning, validates registrations and helps schools in Jordan "
            "find partner classrooms in Europe and the Mediterranean."
        ),
    },
    "LB": {
        "name": "Center for Educational Research and Development (CERD)",
        "website": "https://www.crdp.org/",
        "email": "psa@lb.etwinning-demo.org",
        "address": "Sin el Fil Main Road\nSin el Fil, Beirut\nLebanon",
        "introduction": (
            "In Lebanon, the Center for Educational Research and Development introduces public and private "
            "schools to eTwinning and trains teachers in collaborative, technology-supported projects. It "
            "validates registrations and recognises strong work with National Quality Labels."
        ),
    },
    "LI": {
        "name": "Agentur für Internationale Bildungsangelegenheiten (AIBA)",
        "website": "https://www.aiba.li/",
        "email": "nss@li.etwinning-demo.org",
        "address": "Postplatz 2\n9494 Schaan\nLiechtenstein",
        "introduction": (
            "AIBA, the national agency for European education programmes, is the first point of contact for "
            "eTwinning in Liechtenstein. Its small team gives personal support to every interested school, from "
            "registration to finding partners in neighbouring German-speaking countries."
        ),
    },
    "LT": {
        "name": "Švietimo mainų paramos fondas (Education Exchanges Support Foundation)",
        "website": "https://www.smpf.lt/",
        "email": "nss@lt.etwinning-demo.org",
        "address": "Geležinio Vilko g. 12\nLT-03150 Vilnius\nLithuania",
        "introduction": (
            "The Education Exchanges Support Foundation runs eTwinning in Lithuania, with training events, "
            "webinars and ambassadors in every region. It validates registrations, awards National Quality Labels "
            "and supports schools working towards the eTwinning School label."
        ),
    },
    "LU": {
        "name": "Anefore asbl",
        "website": "https://www.anefore.lu/",
        "email": "nss@lu.etwinning-demo.org",
        "address": "58, boulevard Grande-Duchesse Charlotte\nL-1330 Luxembourg\nLuxembourg",
        "introduction": (
            "Anefore, the national agency for European education programmes, supports eTwinning users in the "
            "multilingual schools of Luxembourg. It offers training sessions, guidance on partner searches and "
            "National Quality Labels, and honours the most active eTwinning school each year."
        ),
    },
    "LV": {
        "name": "Valsts izglītības attīstības aģentūra (VIAA)",
        "website": "https://www.viaa.gov.lv/",
        "email": "nss@lv.etwinning-demo.org",
        "address": "Vaļņu iela 3\nLV-1050 Riga\nLatvia",
        "introduction": (
            "The State Education Development Agency coordinates eTwinning in Latvia, with seminars, online "
            "learning events and advice for teachers from pre-school to vocational education. It checks "
            "registrations and awards National Quality Labels to successful projects."
        ),
    },
    "MD": {
        "name": "Universitatea Tehnică a Moldovei (UTM)",
        "website": "https://www.utm.md/",
        "email": "psa@md.etwinning-demo.org",
        "address": "Bulevardul Ștefan cel Mare și Sfânt 168\nMD-2004 Chișinău\nMoldova",
        "introduction": (
            "The Technical University of Moldova hosts the eTwinning support office for Moldova and runs "
            "introductory seminars and hands-on training for teachers. It validates school registrations, "
            "supports partner searches and awards National Quality Labels."
        ),
    },
    "ME": {
        "name": "Zavod za školstvo (Bureau for Education Services)",
        "website": "https://www.zzs.gov.me/",
        "email": "nss@me.etwinning-demo.org",
        "address": "Vaka Đurovića bb\n81000 Podgorica\nMontenegro",
        "introduction": (
            "Montenegro joined eTwinning in 2022, and its national support team helps schools take their first "
            "steps on the platform. It verifies registrations, trains teachers in online collaboration and "
            "encourages projects with partners in the region and across Europe."
        ),
    },
    "MK": {
        "name": "National Agency for European Educational Programmes and Mobility",
        "website": "https://www.na.org.mk/",
        "email": "nss@mk.etwinning-demo.org",
        "address": "Porta Bunjakovec 2A-1\n1000 Skopje\nNorth Macedonia",
        "introduction": (
            "The National Agency for European Educational Programmes and Mobility supports eTwinning in North "
            "Macedonia with trainings, info days and advice on project planning. It approves registrations and "
            "assesses projects for National Quality Labels."
        ),
    },
    "MT": {
        "name": "Directorate for Digital Literacy and Transversal Skills (Ministry for Education)",
        "website": "https://www.education.gov.mt/",
        "email": "nss@mt.etwinning-demo.org",
        "address": "Great Siege Road\nFRN 1810 Floriana\nMalta",
        "introduction": (
            "In Malta, eTwinning is run by the Directorate for Digital Literacy and Transversal Skills, which "
            "links it closely to digital education in schools. Educators from early years to post-secondary level "
            "receive training, pedagogical support and National Quality Labels."
        ),
    },
    "NL": {
        "name": "Nuffic",
        "website": "https://www.nuffic.nl/",
        "email": "nss@nl.etwinning-demo.org",
        "address": "Kortenaerkade 11\n2518 AX The Hague\nNetherlands",
        "introduction": (
            "Nuffic, the Dutch organisation for internationalisation in education, supports eTwinning in the "
            "Netherlands. Teachers can join workshops and online sessions, get help finding a partner school and "
            "receive National Quality Labels for excellent projects."
        ),
    },
    "NO": {
        "name": "Direktoratet for høyere utdanning og kompetanse (HK-dir)",
        "website": "https://www.hkdir.no/",
        "email": "nss@no.etwinning-demo.org",
        "address": "Fortunen 1\n5013 Bergen\nNorway",
        "introduction": (
            "HK-dir promotes eTwinning in Norway as an easy first step into international cooperation for schools "
            "and kindergartens. It offers courses and webinars, verifies registrations and awards National "
            "Quality Labels."
        ),
    },
    "PL": {
        "name": "Fundacja Rozwoju Systemu Edukacji (FRSE)",
        "website": "https://www.frse.org.pl/",
        "email": "nss@pl.etwinning-demo.org",
        "address": "Aleje Jerozolimskie 142A\n02-305 Warsaw\nPoland",
        "introduction": (
            "FRSE looks after one of the largest eTwinning communities, with regional ambassadors, online courses "
            "and conferences for teachers throughout Poland. It validates registrations, awards National Quality "
            "Labels and supports schools applying for the eTwinning School label."
        ),
    },
    "PT": {
        "name": "Direção-Geral da Educação (DGE)",
        "website": "https://www.dge.mec.pt/",
        "email": "nss@pt.etwinning-demo.org",
        "address": "Avenida 24 de Julho 140\n1399-025 Lisbon\nPortugal",
        "introduction": (
            "The Directorate-General for Education coordinates eTwinning in Portugal, offering accredited "
            "training workshops and online courses for teachers. It validates new users, awards National Quality "
            "Labels and holds an annual national eTwinning meeting."
        ),
    },
    "RO": {
        "name": (
            "Agenția Națională pentru Programe Comunitare în Domeniul Educației și Formării Profesionale (ANPCDEFP)"
        ),
        "website": "https://www.anpcdefp.ro/",
        "email": "nss@ro.etwinning-demo.org",
        "address": "Calea Șerban Vodă 133\n040205 Bucharest\nRomania",
        "introduction": (
            "ANPCDEFP hosts the eTwinning support team for Romania, one of the most active countries in the "
            "community. Working with a large ambassador network, it provides training, validates registrations "
            "and awards National Quality Labels."
        ),
    },
    "RS": {
        "name": "Fondacija Tempus (Tempus Foundation)",
        "website": "https://www.erasmusplus.rs/",
        "email": "nss@rs.etwinning-demo.org",
        "address": "Ruže Jovanovića 27a\n11000 Belgrade\nSerbia",
        "introduction": (
            "Tempus Foundation supports eTwinning in Serbia with seminars, online training and help for schools "
            "starting their first international project. It confirms registrations and recognises quality work "
            "through National Quality Labels."
        ),
    },
    "SE": {
        "name": "Universitets- och högskolerådet (UHR)",
        "website": "https://www.uhr.se/",
        "email": "nss@se.etwinning-demo.org",
        "address": "Box 45093\n104 30 Stockholm\nSweden",
        "introduction": (
            "The Swedish Council for Higher Education supports eTwinning in Sweden with inspiration days, online "
            "courses and help finding partner schools. It checks new registrations and awards National Quality "
            "Labels to projects that show strong collaboration."
        ),
    },
    "SI": {
        "name": "CMEPIUS",
        "website": "https://www.cmepius.si/",
        "email": "nss@si.etwinning-demo.org",
        "address": "Ob železnici 30a\n1000 Ljubljana\nSlovenia",
        "introduction": (
            "CMEPIUS coordinates eTwinning in Slovenia, offering training, consultations and an annual national "
            "conference for teachers. It validates registrations, awards National Quality Labels and helps "
            "schools combine eTwinning with Erasmus+ mobility."
        ),
    },
    "SK": {
        "name": "Žilinská univerzita v Žiline – Národná služba pre elektronickú spoluprácu škôl",
        "website": "https://www.uniza.sk/",
        "email": "nss@sk.etwinning-demo.org",
        "address": "Univerzitná 8215/1\n010 26 Žilina\nSlovakia",
        "introduction": (
            "The national eTwinning service for Slovakia, based at the University of Žilina, runs a busy "
            "programme of webinars led by ambassadors. It validates registrations, awards National Quality Labels "
            "and organises a national eTwinning competition every year."
        ),
    },
    "TN": {
        "name": "Centre National des Technologies en Éducation (CNTE)",
        "website": "https://www.cnte.tn/",
        "email": "psa@tn.etwinning-demo.org",
        "address": "Cité El Manar\n2092 Tunis\nTunisia",
        "introduction": (
            "CNTE, under the Ministry of Education, is the Partner Support Agency for Tunisia and trains teachers "
            "to run digital twinning projects with schools in Europe. It validates registrations, awards National "
            "Quality Labels and holds an annual national eTwinning meeting."
        ),
    },
    "TR": {
        "name": "Millî Eğitim Bakanlığı – Yenilik ve Eğitim Teknolojileri Genel Müdürlüğü (YEĞİTEK)",
        "website": "https://www.meb.gov.tr/",
        "email": "nss@tr.etwinning-demo.org",
        "address": "Emniyet Mahallesi, Milas Sokak 8\n06560 Ankara\nTürkiye",
        "introduction": (
            "The Directorate General for Innovation and Educational Technologies runs eTwinning in Türkiye, home "
            "to one of the largest eTwinning communities. Provincial coordinators and ambassadors deliver "
            "training, while the national team validates registrations and awards Quality Labels."
        ),
    },
    "UA": {
        "name": "National eTwinning Support Office – Ukraine",
        "website": "https://www.etwinning.org.ua/",
        "email": "psa@ua.etwinning-demo.org",
        "address": "Bastionna Street 9\n01014 Kyiv\nUkraine",
        "introduction": (
            "The national eTwinning office for Ukraine helps schools, kindergartens and teacher-training "
            "universities take part in European collaboration. It runs trainings with ambassadors, validates "
            "registrations and presents national eTwinning awards at an annual conference."
        ),
    },
}
