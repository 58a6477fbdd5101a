"""National sections of Romance and Germanic countries, written in their own languages (demo content)."""

from demo.countries.versions import paired_translations

# Belgium, Luxembourg and Ireland also publish their section in a second official language. Those
# versions list the translated strings in the order demo.countries.versions.section_texts reads the
# source (introduction, then each news item's title, introduction and paragraphs), so that no source
# string is copied by hand.


SPAIN = {
    "language": "es",
    "introduction": (
        "El Servicio Nacional de Apoyo eTwinning forma parte del Instituto Nacional de Tecnologías Educativas y "
        "de Formación del Profesorado (INTEF) y trabaja en coordinación con las consejerías y departamentos de "
        "Educación de las comunidades autónomas. Validamos los registros de los centros, ofrecemos cursos en "
        "línea y talleres para docentes de todas las etapas, concedemos los Sellos de Calidad Nacional y "
        "organizamos cada año los Premios Nacionales eTwinning."
    ),
    "news": [
        {
            "slug": "entregados-premios-nacionales-etwinning-2026",
            "date": "2026-11-18",
            "title": "Entregados los Premios Nacionales eTwinning 2026",
            "introduction": (
                "Doce proyectos de centros educativos de nueve comunidades autónomas han recibido los Premios "
                "Nacionales eTwinning 2026 en el acto celebrado el 17 de noviembre en Madrid."
            ),
            "body": [
                (
                    "El jurado ha valorado especialmente la participación del alumnado en todas las fases del "
                    "proyecto, su integración en el currículo y el uso responsable del TwinSpace. Entre los "
                    "premiados figuran un colegio rural agrupado (CRA) de Teruel, cuyo alumnado ha estudiado las "
                    "aves migratorias junto a escuelas de Eslovenia y Portugal, y un IES de Cádiz en el que "
                    "estudiantes de Formación Profesional de Turismo han diseñado una ruta sostenible con socios "
                    "de Finlandia."
                ),
                (
                    "En Educación Infantil, el premio ha sido para «Cuentos que viajan», un proyecto en el que niñas "
                    "y niños de 4 y 5 años de un colegio de Lugo han creado un libro ilustrado con sus compañeros de "
                    "Italia y Polonia. El jurado ha concedido además dos menciones especiales: una a la inclusión y "
                    "otra al uso crítico de la inteligencia artificial en el aula."
                ),
                (
                    "Todos los proyectos premiados cuentan con el Sello de Calidad Nacional. Os animamos a visitar "
                    "sus TwinSpaces y a inspiraros para vuestros propios proyectos: la convocatoria de 2027 se "
                    "abrirá en primavera."
                ),
            ],
        },
    ],
}

PORTUGAL = {
    "language": "pt",
    "introduction": (
        "A equipa eTwinning da Direção-Geral da Educação (DGE) coordena o eTwinning em Portugal e acompanha os "
        "professores desde o registo até ao primeiro projeto. Promovemos oficinas de formação acreditadas, em "
        "articulação com os Centros de Formação de Associação de Escolas, e cursos a distância, validamos novos "
        "utilizadores, atribuímos os Selos de Qualidade Nacional e organizamos todos os anos o Encontro Nacional "
        "eTwinning."
    ),
    "news": [
        {
            "slug": "encontro-nacional-etwinning-2026-aveiro",
            "date": "2026-11-17",
            "title": "Encontro Nacional eTwinning 2026 juntou 350 professores em Aveiro",
            "introduction": (
                "Nos dias 13 e 14 de novembro, professores de todo o país, da educação pré-escolar ao ensino "
                "secundário e profissional, reuniram-se em Aveiro para partilhar projetos, experimentar "
                "ferramentas e preparar novas parcerias."
            ),
            "body": [
                (
                    "O programa incluiu oficinas práticas sobre o TwinSpace, a avaliação de projetos colaborativos "
                    "e a utilização pedagógica da inteligência artificial, bem como uma feira de projetos em que 40 "
                    "escolas e agrupamentos apresentaram o trabalho desenvolvido com parceiros europeus. Muitos "
                    "participantes aproveitaram ainda a sessão de procura de parceiros para acertar projetos que "
                    "arrancam já em janeiro."
                ),
                (
                    "Na sessão de encerramento foram entregues os Selos de Qualidade Nacional de 2026. A Teresa, "
                    "professora de Inglês num agrupamento de escolas de Viseu, resumiu o que mais a marcou: «Os "
                    "meus alunos perceberam que o inglês serve para comunicar com colegas da Lituânia e da Grécia, "
                    "e não só para fazer testes.»"
                ),
                (
                    "As apresentações e os materiais das oficinas já estão disponíveis no portal. O próximo Encontro "
                    "Nacional realiza-se no outono de 2027, em local a anunciar."
                ),
            ],
        },
    ],
}

ROMANIA = {
    "language": "ro",
    "introduction": (
        "Echipa eTwinning din cadrul Agenției Naționale pentru Programe Comunitare în Domeniul Educației și "
        "Formării Profesionale (ANPCDEFP) asigură Serviciul Național de Sprijin eTwinning pentru România, una "
        "dintre cele mai active țări din comunitate. Împreună cu rețeaua de ambasadori eTwinning din toate "
        "județele, organizăm cursuri și ateliere de formare, validăm înregistrările și acordăm Certificatele "
        "Naționale de Calitate."
    ),
    "news": [
        {
            "slug": "certificate-nationale-de-calitate-2026",
            "date": "2026-10-22",
            "title": "Au fost acordate Certificatele Naționale de Calitate pentru 2026",
            "introduction": (
                "În urma evaluării din această toamnă, 1.846 de proiecte desfășurate în anul școlar 2025–2026 "
                "au primit Certificatul Național de Calitate, un nou record pentru România."
            ),
            "body": [
                (
                    "Proiectele au fost evaluate de ambasadorii eTwinning după criteriile comune la nivel european: "
                    "inovarea pedagogică, integrarea în curriculum, colaborarea dintre școlile partenere, folosirea "
                    "tehnologiei și rezultatele obținute. Cele mai multe certificate au revenit școlilor gimnaziale "
                    "și liceelor, dar numărul proiectelor din învățământul preșcolar și profesional este în creștere."
                ),
                (
                    "Printre proiectele remarcate de evaluatori se numără „Râurile noastre, Europa noastră”, în "
                    "care elevii de clasa a VI-a ai unei școli gimnaziale din județul Suceava au măsurat calitatea "
                    "apei împreună cu colegi din Polonia și Croația. Profesoara coordonatoare, Elena, povestește că, "
                    "la final, elevii și-au prezentat singuri rezultatele în fața consiliului local."
                ),
                (
                    "Lista completă a proiectelor certificate poate fi consultată pe portal. Proiectele care au "
                    "primit Certificatul Național de Calitate vor fi analizate în continuare pentru Certificatul "
                    "European de Calitate, iar rezultatele vor fi anunțate la începutul anului 2027."
                ),
            ],
        },
    ],
}

MOLDOVA = {
    "language": "ro",
    "introduction": (
        "Biroul eTwinning din Republica Moldova, găzduit de Universitatea Tehnică a Moldovei, activează ca "
        "Agenție Parteneră de Sprijin eTwinning. Organizăm seminare introductive și ateliere practice pentru "
        "cadrele didactice din toate raioanele, validăm înregistrările instituțiilor de învățământ, ajutăm la "
        "căutarea partenerilor și acordăm Certificate Naționale de Calitate."
    ),
    "news": [
        {
            "slug": "atelier-practic-etwinning-balti",
            "date": "2026-10-14",
            "title": "Atelier practic eTwinning la Bălți pentru cadrele didactice din nordul țării",
            "introduction": (
                "Peste 60 de învățători și profesori din raioanele de nord au participat, pe 10 octombrie, la un "
                "atelier practic despre primul proiect eTwinning, organizat la Bălți."
            ),
            "body": [
                (
                    "Participanții și-au creat conturile, au explorat TwinSpace și au lucrat în echipe la planul "
                    "unui proiect scurt, de două-trei luni, pe care îl pot începe chiar în acest semestru. Un accent "
                    "special a fost pus pe siguranța elevilor în mediul online și pe protecția datelor cu caracter "
                    "personal."
                ),
                (
                    "Mai mulți profesori și-au găsit deja parteneri în România, Ucraina și Georgia prin forumurile "
                    "de căutare a partenerilor. Următoarele ateliere vor avea loc la Cahul și Comrat, iar pentru cei "
                    "care nu se pot deplasa vom organiza în decembrie o sesiune online."
                ),
            ],
        },
    ],
}

BELGIUM = {
    "language": "fr",
    "introduction": (
        "AEF-Europe est le service d’assistance eTwinning des écoles de la Fédération Wallonie-Bruxelles. Nous "
        "validons les inscriptions, organisons des ateliers thématiques et des formations en ligne, et aidons les "
        "enseignants à faire de leur projet eTwinning le tremplin d’un partenariat Erasmus+. Nous travaillons "
        "main dans la main avec nos collègues des services eTwinning flamand et germanophone."
    ),
    "news": [
        {
            "slug": "labels-de-qualite-2026-septante-deux-projets",
            "date": "2026-11-26",
            "title": "Labels de qualité 2026 : septante-deux projets récompensés",
            "introduction": (
                "Septante-deux projets menés durant l’année scolaire 2025-2026 par des écoles fondamentales et "
                "secondaires de Wallonie et de Bruxelles ont reçu le label de qualité national eTwinning. Les "
                "certificats ont été remis le 25 novembre lors d’une après-midi festive à Namur."
            ),
            "body": [
                (
                    "Le jury a salué la diversité des projets : des élèves de troisième maternelle à Mons ont "
                    "échangé des comptines avec une école de Lisbonne, tandis qu’une classe de cinquième technique "
                    "de qualification à Liège a conçu, avec des partenaires allemands et tchèques, un nichoir "
                    "connecté. Plusieurs projets ont été menés dans des classes d’immersion, en néerlandais, en "
                    "anglais ou en allemand."
                ),
                (
                    "« Le label montre à nos élèves que leur travail compte au-delà des murs de la classe », se "
                    "réjouit Sophie, institutrice primaire dans une école de l’enseignement libre à Arlon. Les "
                    "projets labellisés sont désormais candidats au label de qualité européen, dont les résultats "
                    "seront connus au printemps."
                ),
                (
                    "Vous souhaitez vous lancer ? Notre prochain atelier « Premiers pas dans eTwinning » aura lieu "
                    "en ligne en janvier 2027 ; les inscriptions sont ouvertes sur le portail."
                ),
            ],
        },
    ],
}

BELGIUM_IN_DUTCH = [
    (
        "AEF-Europe is het eTwinning-steunpunt voor de scholen van de Federatie Wallonië-Brussel. We keuren "
        "inschrijvingen goed, organiseren thematische workshops en online vormingen en helpen leerkrachten om van "
        "hun eTwinning-project een opstap naar een Erasmus+-partnerschap te maken. Daarbij werken we nauw samen "
        "met onze collega’s van de Vlaamse en de Duitstalige eTwinning-diensten."
    ),
    "Kwaliteitslabels 2026: tweeënzeventig projecten in de kijker",
    (
        "Tweeënzeventig projecten die basisscholen en secundaire scholen in Wallonië en Brussel in het schooljaar "
        "2025-2026 uitwerkten, hebben het nationale eTwinning-kwaliteitslabel gekregen. De certificaten werden op "
        "25 november uitgereikt tijdens een feestelijke namiddag in Namen."
    ),
    (
        "De jury was onder de indruk van de verscheidenheid aan projecten. Kleuters uit de derde kleuterklas in "
        "Bergen wisselden kinderliedjes uit met een school in Lissabon, terwijl een klas uit het vijfde jaar "
        "technisch onderwijs in Luik samen met Duitse en Tsjechische partners een slim vogelhuisje ontwierp. "
        "Verschillende projecten liepen in immersieklassen, in het Nederlands, het Engels of het Duits."
    ),
    (
        "“Het label toont onze leerlingen dat hun werk ook buiten de klasmuren telt”, vertelt een enthousiaste "
        "Sophie, juf in een basisschool van het vrij onderwijs in Aarlen. De gelabelde projecten maken nu kans op "
        "het Europese kwaliteitslabel; de resultaten volgen in de lente."
    ),
    (
        "Wil je zelf aan de slag? Onze volgende workshop ‘Eerste stappen in eTwinning’ vindt in januari 2027 "
        "online plaats; inschrijven kan via het portaal."
    ),
]

LUXEMBOURG = {
    "language": "fr",
    "introduction": (
        "Anefore asbl, l’agence nationale luxembourgeoise pour les programmes européens d’éducation et de "
        "formation, accompagne les enseignants du fondamental et du secondaire qui se lancent dans eTwinning. En "
        "partenariat avec l’IFEN, nous proposons des formations et des conseils pour trouver des partenaires, et "
        "nous décernons les labels de qualité nationaux. Chaque année, nous mettons aussi à l’honneur l’école "
        "eTwinning la plus active du pays."
    ),
    "news": [
        {
            "slug": "ecole-etwinning-la-plus-active-2026-differdange",
            "date": "2026-12-05",
            "title": "École eTwinning la plus active 2026 : une école fondamentale de Differdange à l’honneur",
            "introduction": (
                "Pour la première fois, c’est une école fondamentale qui remporte le prix de l’école eTwinning la "
                "plus active du Luxembourg, avec onze projets menés en 2025-2026, du cycle 1 au cycle 4."
            ),
            "body": [
                (
                    "Dans cette école de Differdange, où les enfants parlent à la maison plus de quinze langues, "
                    "eTwinning est devenu un outil naturel pour travailler le luxembourgeois, l’allemand et le "
                    "français. Les élèves du cycle 3 ont par exemple écrit un conte à plusieurs mains avec des "
                    "classes de Belgique, de France et d’Autriche, chacune rédigeant dans la langue de son choix."
                ),
                (
                    "« Nos élèves ont l’habitude de jongler avec les langues ; eTwinning leur donne enfin des "
                    "correspondants qui font la même chose », explique Marc, instituteur et coordinateur des "
                    "projets. Le prix a été remis le 4 décembre au siège d’Anefore, en présence de l’équipe "
                    "enseignante et d’une délégation d’élèves."
                ),
                (
                    "Les candidatures pour l’édition 2027 s’ouvriront au printemps. D’ici là, notre équipe se tient "
                    "à la disposition des écoles qui souhaitent se lancer, en français, en allemand, en "
                    "luxembourgeois ou en anglais."
                ),
            ],
        },
    ],
}

LUXEMBOURG_IN_GERMAN = [
    (
        "Anefore asbl, die luxemburgische Nationalagentur für europäische Bildungsprogramme, begleitet Lehrkräfte "
        "aus Grundschulen und Sekundarschulen, die mit eTwinning starten. Gemeinsam mit dem IFEN bieten wir "
        "Fortbildungen und Beratung bei der Partnersuche an und vergeben die nationalen Qualitätssiegel. Jedes "
        "Jahr zeichnen wir außerdem die aktivste eTwinning-Schule des Landes aus."
    ),
    "Aktivste eTwinning-Schule 2026: Grundschule aus Differdingen ausgezeichnet",
    (
        "Zum ersten Mal geht die Auszeichnung als aktivste eTwinning-Schule Luxemburgs an eine Grundschule: Im "
        "Schuljahr 2025/2026 liefen dort elf Projekte, vom Zyklus 1 bis zum Zyklus 4."
    ),
    (
        "In der Differdinger Schule, in der die Kinder zu Hause mehr als fünfzehn Sprachen sprechen, ist eTwinning "
        "zu einem selbstverständlichen Werkzeug für Luxemburgisch, Deutsch und Französisch geworden. So haben die "
        "Kinder des Zyklus 3 gemeinsam mit Klassen aus Belgien, Frankreich und Österreich ein Märchen geschrieben, "
        "wobei jede Klasse ihre Sprache frei wählen konnte."
    ),
    (
        "„Unsere Kinder sind es gewohnt, mit Sprachen zu jonglieren; dank eTwinning haben sie endlich Partner, "
        "die das auch tun“, erklärt Marc, Lehrer und Koordinator der Projekte. Der Preis wurde am 4. Dezember am "
        "Sitz von Anefore im Beisein des Lehrerteams und einer Schülerdelegation überreicht."
    ),
    (
        "Bewerbungen für 2027 sind ab dem Frühjahr möglich. Bis dahin steht unser Team allen Schulen, die "
        "einsteigen möchten, gerne zur Verfügung – auf Französisch, Deutsch, Luxemburgisch oder Englisch."
    ),
]

GERMANY = {
    "language": "de",
    "introduction": (
        "Der Pädagogische Austauschdienst (PAD) der Kultusministerkonferenz ist die nationale Koordinierungsstelle "
        "für eTwinning in Deutschland. Gemeinsam mit Moderatorinnen und Moderatoren in den Ländern bieten wir "
        "Lehrkräften Fortbildungen, Kontaktseminare zur Partnersuche und persönliche Beratung an. Wir vergeben "
        "die Nationalen Qualitätssiegel und zeichnen jedes Jahr herausragende Projekte mit dem Deutschen "
        "eTwinning-Preis aus."
    ),
    "news": [
        {
            "slug": "deutscher-etwinning-preis-2026-verliehen",
            "date": "2026-11-27",
            "title": "Deutscher eTwinning-Preis 2026 verliehen",
            "introduction": (
                "Sechs Schulen aus fünf Bundesländern haben am 26. November in Bonn den Deutschen eTwinning-Preis "
                "2026 erhalten. Die Jury würdigte Projekte, in denen Schülerinnen und Schüler Europa aktiv "
                "mitgestalten."
            ),
            "body": [
                (
                    "In der Kategorie Grundschule überzeugte eine Klasse aus dem Erzgebirge, die mit Partnerschulen "
                    "in Tschechien und Polen ein dreisprachiges Hörspiel über Sagen der Grenzregion produziert hat. "
                    "Bei den weiterführenden Schulen ging der Preis an eine Gesamtschule aus Gelsenkirchen: Ihre "
                    "Neuntklässlerinnen und Neuntklässler haben mit Jugendlichen aus Spanien und Estland untersucht, "
                    "wie Desinformation in sozialen Medien funktioniert, und eigene Faktencheck-Videos gedreht."
                ),
                (
                    "Erstmals wurde auch ein Sonderpreis für berufliche Schulen vergeben. Auszubildende eines "
                    "Berufskollegs im Münsterland entwickelten mit Partnern in den Niederlanden und Italien digitale "
                    "Lernmodule zur Energiewende im Handwerk. „Unsere Azubis haben gemerkt, dass ihre Kolleginnen "
                    "und Kollegen in ganz Europa vor denselben Aufgaben stehen“, sagt die betreuende Lehrerin Katrin."
                ),
                (
                    "Alle ausgezeichneten Projekte tragen bereits das Nationale Qualitätssiegel. Die Ausschreibung "
                    "für den Deutschen eTwinning-Preis 2027 startet im Frühjahr; die Moderatorinnen und Moderatoren "
                    "in Ihrem Land beraten Sie gern schon jetzt."
                ),
            ],
        },
    ],
}

AUSTRIA = {
    "language": "de",
    "introduction": (
        "Der OeAD, Österreichs Agentur für Bildung und Internationalisierung, koordiniert eTwinning in Österreich. "
        "Wir begleiten Pädagoginnen und Pädagogen aller Schularten – von der Volksschule über Mittelschule und AHS "
        "bis zu den berufsbildenden Schulen – mit Seminaren, Online-Kursen und persönlicher Beratung. Jedes Jahr "
        "vergeben wir die Nationalen Qualitätssiegel und zeigen, wie aus eTwinning-Projekten "
        "Erasmus+-Schulpartnerschaften werden."
    ),
    "news": [
        {
            "slug": "nationale-qualitaetssiegel-2026-verliehen",
            "date": "2026-10-20",
            "title": "Nationale Qualitätssiegel 2026 verliehen",
            "introduction": (
                "Heuer haben 132 eTwinning-Projekte aus allen neun Bundesländern das Nationale Qualitätssiegel "
                "erhalten. Die Urkunden wurden am 16. Oktober bei der eTwinning-Herbsttagung in Salzburg überreicht."
            ),
            "body": [
                (
                    "Besonders stark vertreten waren heuer Volksschulen und Mittelschulen. Eine Volksschulklasse aus "
                    "dem Mühlviertel hat etwa gemeinsam mit Partnerklassen in Tschechien und Italien ein Jahr lang "
                    "das Wetter beobachtet und die Daten in einem gemeinsamen Klimatagebuch gesammelt. Schülerinnen "
                    "und Schüler einer HTL in der Steiermark entwickelten mit Jugendlichen aus Portugal und Finnland "
                    "eine App, die den Energieverbrauch im Schulgebäude sichtbar macht."
                ),
                (
                    "„Das Siegel ist eine schöne Bestätigung, aber das Wichtigste war, dass die Kinder jede Woche auf "
                    "die Nachrichten aus Budweis gewartet haben“, erzählt Andrea, Volksschullehrerin aus Freistadt. "
                    "Alle ausgezeichneten Projekte nehmen automatisch am Auswahlverfahren für das Europäische "
                    "Qualitätssiegel teil."
                ),
                (
                    "Sie möchten selbst ein Projekt starten? Ab Jänner 2027 bietet der OeAD gemeinsam mit den "
                    "Pädagogischen Hochschulen wieder eine Online-Seminarreihe für Einsteigerinnen und Einsteiger "
                    "an. Die Anmeldung ist über PH-Online möglich."
                ),
            ],
        },
    ],
}

# Liechtenstein writes German the Swiss way: "ss" for "ß", "Lehrpersonen", "Lektionen".
LIECHTENSTEIN = {
    "language": "de",
    "introduction": (
        "Die Agentur für Internationale Bildungsangelegenheiten (AIBA) in Schaan ist die erste Anlaufstelle für "
        "eTwinning in Liechtenstein. Unser kleines Team begleitet jede interessierte Schule persönlich – von der "
        "Registrierung über die Partnersuche, gerne auch in den deutschsprachigen Nachbarländern, bis zum "
        "fertigen Projekt. Ausserdem vergeben wir die nationalen Qualitätssiegel."
    ),
    "news": [
        {
            "slug": "herbstworkshop-in-schaan",
            "date": "2026-09-30",
            "title": "Herbstworkshop in Schaan: fünf neue Projektideen",
            "introduction": (
                "Am 23. September trafen sich Lehrpersonen aus Primar-, Ober- und Realschulen sowie vom "
                "Gymnasium zum eTwinning-Herbstworkshop in Schaan. Am Ende des Nachmittags lagen fünf neue "
                "Projektideen auf dem Tisch."
            ),
            "body": [
                (
                    "Im Mittelpunkt stand die Frage, wie sich eTwinning auch mit wenigen Lektionen und kleinen "
                    "Klassen gut umsetzen lässt. Mehrere Lehrpersonen nutzten die Gelegenheit, direkt im TwinSpace "
                    "erste Kontakte mit Schulen in Vorarlberg, Bayern und Baden-Württemberg zu knüpfen."
                ),
                (
                    "So plant eine dritte Primarschulklasse aus dem Oberland mit einer Volksschule in Vorarlberg ein "
                    "Projekt über Sagen aus den Alpen. Eine Realschulklasse aus dem Unterland möchte mit Partnern in "
                    "Südtirol und Slowenien erkunden, wie sich die Landwirtschaft im Alpenraum verändert."
                ),
                (
                    "Sie möchten ebenfalls starten? Unser Team berät Sie gerne persönlich an Ihrer Schule oder in "
                    "unserem Büro am Postplatz in Schaan."
                ),
            ],
        },
    ],
}

NETHERLANDS = {
    "language": "nl",
    "introduction": (
        "Nuffic is de Nederlandse organisatie voor internationalisering in het onderwijs en het nationale "
        "steunpunt voor eTwinning. Leraren in het primair en voortgezet onderwijs en het mbo kunnen bij ons "
        "terecht voor workshops, webinars en hulp bij het vinden van een partnerschool. Goede projecten belonen "
        "we met een nationaal kwaliteitslabel."
    ),
    "news": [
        {
            "slug": "nationale-etwinning-conferentie-2026",
            "date": "2026-11-12",
            "title": "Nationale eTwinning-conferentie: internationalisering begint in je eigen klas",
            "introduction": (
                "Op 6 november kwamen ruim 200 leraren uit het po, vo en mbo naar Utrecht voor de nationale "
                "eTwinning-conferentie. De rode draad: je hoeft niet op reis om je leerlingen internationale "
                "ervaring te laten opdoen."
            ),
            "body": [
                (
                    "In workshops lieten collega’s zien hoe zij eTwinning inpassen in hun lesprogramma. Een docent "
                    "Duits van een vmbo-school in Enschede vertelde hoe zijn leerlingen samen met een school in "
                    "Münster een virtuele rondleiding door beide steden maakten. Een juf van groep 6 uit Zwolle liet "
                    "zien hoe haar klas wekelijks korte filmpjes uitwisselt met kinderen in Kroatië en Ierland, over "
                    "het weer, het eten en natuurlijk Sinterklaas."
                ),
                (
                    "’s Middags werden de nationale kwaliteitslabels 2026 uitgereikt aan 64 projecten. In een "
                    "matchsessie vonden leraren bovendien Nederlandse collega’s om samen een project met meerdere "
                    "Europese scholen op te zetten."
                ),
                (
                    "Heb je de conferentie gemist? De presentaties staan op het portaal. In het voorjaar van 2027 "
                    "organiseren we regionale bijeenkomsten in Groningen, Eindhoven en Rotterdam."
                ),
            ],
        },
    ],
}

DENMARK = {
    "language": "da",
    "introduction": (
        "Uddannelses- og Forskningsstyrelsen står for eTwinning i Danmark og hjælper pædagoger og lærere i alt "
        "fra dagtilbud og folkeskoler til gymnasier og erhvervsskoler i gang med internationalt samarbejde. Vi "
        "holder kurser og inspirationsmøder, hjælper med at finde partnerskoler og giver det nationale "
        "kvalitetsmærke til stærke projekter."
    ),
    "news": [
        {
            "slug": "48-projekter-faar-nationalt-kvalitetsmaerke",
            "date": "2026-10-08",
            "title": "48 projekter har fået det nationale kvalitetsmærke",
            "introduction": (
                "Bedømmerne har netop afsluttet årets runde, og 48 eTwinning-projekter fra hele landet kan nu "
                "smykke sig med det nationale kvalitetsmærke. Det er flere end nogensinde før."
            ),
            "body": [
                (
                    "Blandt dem er et samarbejde mellem en børnehave i Vejle og børnehaver i Italien og Litauen, hvor "
                    "børnene har delt sange, lege og billeder fra hverdagen. En 8. klasse fra en folkeskole på "
                    "Lolland har sammen med elever i Tyskland og Polen undersøgt, hvordan havvindmøller påvirker "
                    "livet i Østersøen."
                ),
                (
                    "»Eleverne blev langt mere motiverede for at skrive på tysk og engelsk, da de vidste, at rigtige "
                    "unge i Rostock og Gdańsk skulle læse deres tekster,« fortæller Mette, der underviser i tysk og "
                    "geografi."
                ),
                (
                    "Alle projekter med det nationale kvalitetsmærke går automatisk videre til bedømmelsen af det "
                    "europæiske kvalitetsmærke. Vil I søge næste år? Så hold øje med vores nyhedsbrev – "
                    "ansøgningsrunden åbner i foråret."
                ),
            ],
        },
    ],
}

SWEDEN = {
    "language": "sv",
    "introduction": (
        "Universitets- och högskolerådet (UHR) ansvarar för eTwinning i Sverige och stöttar lärare och "
        "förskollärare från förskolan till gymnasieskolan. Vi ordnar inspirationsdagar och webbkurser, hjälper "
        "dig att hitta partnerskolor och granskar nya registreringar. Projekt med ett starkt samarbete mellan "
        "skolorna kan få ett nationellt kvalitetsmärke."
    ),
    "news": [
        {
            "slug": "fullsatt-inspirationsdag-i-goteborg",
            "date": "2026-10-02",
            "title": "Fullsatt inspirationsdag i Göteborg",
            "introduction": (
                "Drygt 90 lärare och förskollärare från Västra Götaland och Halland samlades den 29 september i "
                "Göteborg för att komma i gång med eTwinning."
            ),
            "body": [
                (
                    "Under förmiddagen berättade lärare som redan driver projekt om sina erfarenheter. En lärare i "
                    "svenska som andraspråk från en grundskola i Borås beskrev hur hennes elever har skrivit "
                    "berättelser tillsammans med jämnåriga i Norge och Danmark – var och en på sitt eget språk, "
                    "eftersom de skandinaviska språken går att förstå över gränserna."
                ),
                (
                    "Efter lunch registrerade sig deltagarna, utforskade TwinSpace och letade partner i forumen. "
                    "”Jag trodde att det skulle vara krångligt, men nu har jag redan två förskolor som vill samarbeta "
                    "med min barngrupp”, säger Linnea, förskollärare i Kungsbacka."
                ),
                (
                    "Nästa inspirationsdag hålls i Umeå i mars 2027. Kan du inte resa? Då kan du i stället gå vår "
                    "webbkurs för nybörjare, som startar i januari."
                ),
            ],
        },
    ],
}

NORWAY = {
    "language": "nb",
    "introduction": (
        "Direktoratet for høyere utdanning og kompetanse (HK-dir) har ansvaret for eTwinning i Norge. Vi vil vise "
        "barnehager og skoler at eTwinning er et enkelt første steg inn i internasjonalt samarbeid, og tilbyr kurs "
        "og webinarer for både nybegynnere og erfarne. Vi godkjenner nye registreringer og deler ut nasjonale "
        "kvalitetsmerker til gode prosjekter."
    ),
    "news": [
        {
            "slug": "rekordmange-barnehager-i-etwinning",
            "date": "2026-11-05",
            "title": "Rekordmange barnehager er med i eTwinning",
            "introduction": (
                "Aldri før har så mange norske barnehager vært registrert i eTwinning. Bare denne høsten har 45 nye "
                "barnehager fra Finnmark til Agder meldt seg på."
            ),
            "body": [
                (
                    "Mange barnehager bruker eTwinning til små og konkrete prosjekter: Barna sender bilder og "
                    "tegninger av årstidene, lærer en sang på et nytt språk eller sammenligner matpakken sin med barn "
                    "i andre land. En barnehage i Tromsø har fulgt mørketiden sammen med barnehager i Finland og på "
                    "Island, mens barn i Kristiansand har delt høstturene sine med en barnehage i Spania."
                ),
                (
                    "«Barna synes det er kjempespennende å få hilsener fra barn på den andre siden av Europa», "
                    "forteller Ingrid, pedagogisk leder i barnehagen i Tromsø."
                ),
                (
                    "I januar starter vi en ny webinarserie for barnehagelærere og pedagogiske ledere som vil komme i "
                    "gang. Påmeldingen åpner i desember."
                ),
            ],
        },
    ],
}

ICELAND = {
    "language": "is",
    "introduction": (
        "Rannís – Rannsóknamiðstöð Íslands hefur umsjón með eTwinning á Íslandi og veitir kennurum hagnýta aðstoð "
        "við skráningu, leit að samstarfsskólum og undirbúning fyrsta verkefnisins. Við hvetjum sérstaklega "
        "fámenna skóla á landsbyggðinni til að nýta eTwinning og tengja nemendur sína við jafnaldra um alla "
        "Evrópu. Vel heppnuð verkefni geta hlotið gæðamerki eTwinning."
    ),
    "news": [
        {
            "slug": "famennir-skolar-tengjast-jafnoldrum-i-evropu",
            "date": "2026-10-28",
            "title": "Fámennir skólar á landsbyggðinni tengjast jafnöldrum í Evrópu",
            "introduction": (
                "Í haust hafa sex fámennir grunnskólar á Norðurlandi og Austfjörðum hafið eTwinning-verkefni með "
                "skólum víðs vegar um Evrópu."
            ),
            "body": [
                (
                    "Í einum skólanna eru aðeins 14 nemendur í 1.–10. bekk og þar er samstarf við aðra skóla "
                    "kærkomin leið til að víkka sjóndeildarhringinn. Nemendur í 5.–7. bekk vinna nú með jafnöldrum í "
                    "Noregi og á Írlandi að verkefni um fiskveiðar og lífið í sjávarþorpum, þar sem hver skóli segir "
                    "frá sinni heimabyggð á ensku."
                ),
                (
                    "„Krakkarnir voru svolítið feimnir í fyrstu, en eftir fyrsta fjarfundinn spurðu þau á hverjum "
                    "degi hvenær þau fengju að hitta vinina aftur,“ segir Sigrún, umsjónarkennari í skólanum."
                ),
                (
                    "Rannís býður fámennum skólum upp á sérstaka ráðgjöf við að finna samstarfsaðila og skipuleggja "
                    "verkefni sem henta vel samkennslu árganga. Hafið samband og við aðstoðum ykkur við fyrstu "
                    "skrefin."
                ),
            ],
        },
    ],
}

IRELAND = {
    "language": "en",
    "introduction": (
        "Léargas is the National Support Service for eTwinning in Ireland. We help primary and post-primary "
        "teachers to register, find partner schools and run projects with classes across Europe, through "
        "workshops in Education Centres around the country and regular webinars. Each year we award National "
        "Quality Labels to projects that stand out."
    ),
    "news": [
        {
            "slug": "ninety-irish-projects-awarded-national-quality-labels",
            "date": "2026-11-20",
            "title": "Ninety Irish projects awarded National Quality Labels",
            "introduction": (
                "Ninety eTwinning projects from primary and post-primary schools in twenty counties have been "
                "awarded a National Quality Label for 2026. Certificates were presented at a celebration in Dublin "
                "on 14 November."
            ),
            "body": [
                (
                    "Among this year’s projects, a Gaelscoil in Connemara worked with schools in Brittany and Wales "
                    "on songs and stories in their minority languages, and the children presented their work as "
                    "Gaeilge, in Breton and in Welsh. Transition Year students from a community school in Co. Offaly "
                    "teamed up with peers in Slovenia and Spain to map the biodiversity of local bogs and wetlands."
                ),
                (
                    "‘The project gave our Junior Cycle students a real reason to use their French, and they’re "
                    "already asking what we’re doing next year,’ said Niamh, a modern languages teacher in Limerick. "
                    "All projects with a National Quality Label will now be considered for the European Quality "
                    "Label, with results due in the spring."
                ),
                (
                    "Thinking of starting a project after the Christmas holidays? Our next online workshop for "
                    "beginners takes place in January, and our team is always happy to help you find a partner "
                    "school."
                ),
            ],
        },
    ],
}

IRELAND_IN_IRISH = [
    (
        "Is é Léargas an tSeirbhís Tacaíochta Náisiúnta do eTwinning in Éirinn. Cabhraímid le múinteoirí "
        "bunscoile agus iar-bhunscoile clárú, scoileanna comhpháirtíochta a aimsiú agus tionscadail a reáchtáil le "
        "ranganna ar fud na hEorpa, trí cheardlanna in Ionaid Oideachais ar fud na tíre agus trí sheimineáir "
        "ghréasáin rialta. Gach bliain, bronnaimid Lipéid Cháilíochta Náisiúnta ar thionscadail den scoth."
    ),
    "Lipéid Cháilíochta Náisiúnta bronnta ar nócha tionscadal Éireannach",
    (
        "Tá Lipéad Cáilíochta Náisiúnta 2026 bronnta ar nócha tionscadal eTwinning ó bhunscoileanna agus ó "
        "iar-bhunscoileanna i bhfiche contae. Bronnadh na teastais ag ócáid cheiliúrtha i mBaile Átha Cliath ar "
        "an 14 Samhain."
    ),
    (
        "I measc tionscadal na bliana seo, d’oibrigh Gaelscoil i gConamara le scoileanna sa Bhriotáin agus sa "
        "Bhreatain Bheag ar amhráin agus ar scéalta ina dteangacha mionlaigh, agus chuir na páistí a gcuid oibre "
        "i láthair as Gaeilge, as Briotáinis agus as Breatnais. D’oibrigh daltaí Idirbhliana ó phobalscoil i "
        "gContae Uíbh Fhailí i gcomhar le daltaí sa tSlóivéin agus sa Spáinn chun bithéagsúlacht na bportach agus "
        "na mbogach áitiúil a mhapáil."
    ),
    (
        "‘Thug an tionscadal fíorchúis do dhaltaí na Sraithe Sóisearaí a gcuid Fraincise a úsáid, agus tá siad ag "
        "fiafraí cheana féin cad a dhéanfaimid an bhliain seo chugainn,’ a dúirt Niamh, múinteoir teangacha "
        "nua-aimseartha i Luimneach. Breithneofar anois gach tionscadal a fuair Lipéad Cáilíochta Náisiúnta don "
        "Lipéad Cáilíochta Eorpach, agus fógrófar na torthaí san earrach."
    ),
    (
        "An bhfuil sé ar intinn agat tionscadal a thosú tar éis laethanta saoire na Nollag? Beidh an chéad "
        "cheardlann eile ar líne do thosaitheoirí ar siúl i mí Eanáir, agus bíonn ár bhfoireann i gcónaí sásta "
        "cabhrú leat scoil chomhpháirtíochta a aimsiú."
    ),
]

SECTIONS = {
    "ES": SPAIN,
    "PT": PORTUGAL,
    "RO": ROMANIA,
    "MD": MOLDOVA,
    "BE": {**BELGIUM, "translations": {"nl": paired_translations(BELGIUM, BELGIUM_IN_DUTCH)}},
    "LU": {**LUXEMBOURG, "translations": {"de": paired_translations(LUXEMBOURG, LUXEMBOURG_IN_GERMAN)}},
    "DE": GERMANY,
    "AT": AUSTRIA,
    "LI": LIECHTENSTEIN,
    "NL": NETHERLANDS,
    "DK": DENMARK,
    "SE": SWEDEN,
    "NO": NORWAY,
    "IS": ICELAND,
    "IE": {**IRELAND, "translations": {"ga": paired_translations(IRELAND, IRELAND_IN_IRISH)}},
}
