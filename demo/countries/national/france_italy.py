"""National sections of France and Italy, written in their own languages (demo content)."""

from demo.countries.versions import paired_translations

# The English versions mirror each section's text fields in the same order, so that
# `_translations` can pair every source string with its translation without repeating
# the source text by hand.

FRANCE = {
    "language": "fr",
    "introduction": (
        "Le bureau national eTwinning est hébergé par Réseau Canopé, l'opérateur public de formation et de "
        "ressources pédagogiques de l'Éducation nationale. Avec les correspondants académiques présents dans "
        "chaque académie, nous accompagnons les enseignants de la maternelle au lycée : formations, aide à la "
        "recherche de partenaires, prix nationaux eTwinning et labels de qualité nationaux."
    ),
    "news": [
        {
            "slug": "journee-europeenne-des-langues-2026",
            "date": "2026-09-30",
            "title": "Journée européenne des langues : 340 classes ont fait vivre leurs projets",
            "introduction": (
                "Le 26 septembre, plus de 340 classes françaises ont célébré la Journée européenne des langues "
                "avec leurs partenaires eTwinning, de la maternelle au lycée professionnel."
            ),
            "body": [
                (
                    "Chansons enregistrées à plusieurs voix, abécédaires illustrés, quiz en direct dans le "
                    "TwinSpace : les activités proposées cette année montrent toute la richesse des échanges entre "
                    "classes. À Strasbourg, des élèves de CE2 ont ainsi appris une comptine en polonais avec leurs "
                    "correspondants de Cracovie, avant de leur faire découvrir à leur tour une chanson alsacienne."
                ),
                (
                    "Dans le second degré, de nombreux professeurs de langues vivantes ont associé leurs collègues "
                    "d'autres disciplines. Dans un lycée professionnel de Montpellier, une classe de seconde en "
                    "hôtellerie-restauration a élaboré avec des élèves italiens et espagnols un menu trilingue, "
                    "présenté en visioconférence aux trois établissements."
                ),
                (
                    "La Journée européenne des langues est aussi un excellent point de départ pour un projet qui "
                    "s'inscrit dans la durée. Le bureau national propose une sélection de kits de projet adaptés à "
                    "chaque cycle, et les correspondants académiques peuvent vous aider à trouver des partenaires "
                    "pour la suite de l'année."
                ),
            ],
        },
        {
            "slug": "portrait-projet-college-brest-ocean",
            "date": "2026-11-25",
            "title": "Portrait de projet : des collégiens brestois veillent sur l'océan avec leurs partenaires",
            "introduction": (
                "Depuis la rentrée, une classe de cinquième d'un collège de Brest enquête sur la pollution des "
                "littoraux avec des élèves irlandais et portugais. Un projet qui mêle sciences, langues et "
                "éducation aux médias."
            ),
            "body": [
                (
                    "Tout est parti d'une sortie sur la plage du Moulin-Blanc, où les élèves ont ramassé et trié "
                    "les déchets avant de les recenser dans un tableau partagé. Leurs partenaires de Galway et "
                    "d'Aveiro ont fait de même sur leurs côtes, et les trois classes comparent désormais leurs "
                    "relevés chaque mois dans le TwinSpace."
                ),
                (
                    "« Les élèves ont tout de suite vu qu'on retrouvait les mêmes déchets dans les trois pays, et "
                    "ils ont voulu comprendre pourquoi », explique Gaëlle, professeure de SVT et coordinatrice du "
                    "projet. Avec sa collègue d'anglais, elle a constitué des équipes internationales de quatre ou "
                    "cinq élèves, qui rédigent ensemble des fiches sur les courants marins et la durée de vie des "
                    "plastiques."
                ),
                (
                    "Au deuxième trimestre, les élèves apprendront à vérifier les informations et les images qui "
                    "circulent sur les réseaux sociaux à propos des océans, en lien avec la Semaine de la presse et "
                    "des médias dans l'École. En juin, le projet sera présenté aux familles lors d'une exposition "
                    "conçue à distance par les trois classes."
                ),
            ],
        },
    ],
    "pages": [
        {
            "slug": "se-former-avec-etwinning",
            "title": "Se former avec eTwinning",
            "introduction": (
                "Que vous découvriez eTwinning ou que vous ayez déjà mené plusieurs projets, le bureau national et "
                "les correspondants académiques vous proposent des formations gratuites, en ligne et en "
                "présentiel, pour progresser à votre rythme."
            ),
            "body": [
                (
                    "Pour bien débuter, le parcours d'autoformation « Premiers pas avec eTwinning » vous guide en "
                    "trois heures environ, de l'inscription sur le portail à la conception d'un premier projet avec "
                    "vos partenaires. Vous le suivez quand vous le souhaitez, et une attestation vous est délivrée "
                    "à la fin du parcours."
                ),
                (
                    "Tout au long de l'année, nous organisons des webinaires d'une heure sur des thèmes précis : "
                    "la prise en main du TwinSpace, l'évaluation des compétences dans un projet, la protection des "
                    "données des élèves ou encore l'ouverture européenne en lycée professionnel. Les "
                    "enregistrements restent disponibles sur la page de chaque webinaire."
                ),
                (
                    "Dans chaque académie, les correspondants eTwinning animent des formations en présentiel, "
                    "souvent inscrites au programme de l'École académique de la formation continue (EAFC). "
                    "Renseignez-vous auprès de votre correspondant ou consultez l'offre de formation de votre "
                    "académie pour connaître les sessions proposées près de chez vous."
                ),
                (
                    "Enfin, les enseignants qui ont déjà une première expérience peuvent se porter candidats aux "
                    "séminaires de contact et aux ateliers de développement professionnel organisés dans d'autres "
                    "pays européens. Ces rencontres de deux ou trois jours permettent de se former aux côtés de "
                    "collègues étrangers et, bien souvent, de trouver les partenaires de son prochain projet."
                ),
            ],
        },
    ],
    "events": [
        {
            "slug": "webinaire-premiers-pas-etwinning-2027",
            "title": "Webinaire : premiers pas avec eTwinning",
            "introduction": (
                "Un webinaire d'une heure et quart pour les enseignants qui viennent de s'inscrire et souhaitent "
                "lancer leur premier projet d'ici au printemps."
            ),
            "body": [
                (
                    "Animé par l'équipe du bureau national et par Claire, professeure des écoles dans l'académie de "
                    "Lille, ce webinaire présente pas à pas les étapes d'un projet : compléter son profil, trouver "
                    "des partenaires, enregistrer le projet et prendre en main le TwinSpace."
                ),
                (
                    "Une large place est réservée à vos questions, et des exemples de projets menés à l'école, au "
                    "collège et au lycée vous aideront à imaginer le vôtre. Le webinaire se déroule en français ; "
                    "une attestation de participation vous est envoyée à l'issue de la séance."
                ),
            ],
            "start": "2027-01-13T17:30",
            "minutes": 75,
            "time_zone": "Europe/Paris",
            "kind": "online-seminar",
            "format": "online",
        },
    ],
}

FRANCE_IN_ENGLISH = {
    "introduction": (
        "The national eTwinning office is hosted by Réseau Canopé, the public body that provides training and "
        "teaching resources for French state education. Together with the academic correspondents in every "
        "académie (regional education authority), we support teachers from nursery to upper secondary school "
        "with training, help in finding partners, the national eTwinning prizes and National Quality Labels."
    ),
    "news": [
        {
            "title": "European Day of Languages: 340 classes bring their projects to life",
            "introduction": (
                "On 26 September, more than 340 French classes celebrated the European Day of Languages with their "
                "eTwinning partners, from nursery schools to vocational upper secondary schools."
            ),
            "body": [
                (
                    "Songs recorded by several voices, illustrated alphabet books, live quizzes in TwinSpace: this "
                    "year's activities show just how rich exchanges between classes can be. In Strasbourg, Year 4 "
                    "pupils learned a nursery rhyme in Polish with their partners in Kraków, then introduced them "
                    "to an Alsatian song in return."
                ),
                (
                    "In secondary schools, many modern languages teachers brought in colleagues from other "
                    "subjects. At a vocational upper secondary school in Montpellier, a first-year hospitality and "
                    "catering class worked with Italian and Spanish students to create a menu in three languages, "
                    "which they presented to all three schools by video call."
                ),
                (
                    "The European Day of Languages is also an excellent starting point for a longer project. The "
                    "national office offers a selection of project kits suited to each stage of schooling, and the "
                    "academic correspondents can help you find partners for the rest of the year."
                ),
            ],
        },
        {
            "title": "Project portrait: pupils in Brest keep watch over the ocean with their partners",
            "introduction": (
                "Since the start of the school year, a Year 8 class at a lower secondary school in Brest has been "
                "investigating coastal pollution with pupils in Ireland and Portugal. The project combines "
                "science, languages and media literacy."
            ),
            "body": [
                (
                    "It all began with a trip to Moulin-Blanc beach, where the pupils collected and sorted litter "
                    "before recording it in a shared table. Their partners in Galway and Aveiro did the same on "
                    "their own coastlines, and the three classes now compare their findings every month in "
                    "TwinSpace."
                ),
                (
                    "“The pupils saw straight away that the same litter turned up in all three countries, and they "
                    "wanted to understand why,” explains Gaëlle, the life and earth sciences teacher who coordinates "
                    "the project. With her English-teaching colleague, she set up international teams of four or "
                    "five pupils, who write fact sheets together on ocean currents and how long plastics last."
                ),
                (
                    "In the second term, the pupils will learn to check information and images about the oceans "
                    "that circulate on social media, as part of France's national press and media week in schools. "
                    "In June, the project will be presented to families in an exhibition designed remotely by the "
                    "three classes."
                ),
            ],
        },
    ],
    "pages": [
        {
            "title": "Training with eTwinning",
            "introduction": (
                "Whether you are new to eTwinning or have already run several projects, the national office and "
                "the academic correspondents offer free training, online and in person, so that you can develop "
                "at your own pace."
            ),
            "body": [
                (
                    "To get off to a good start, the self-study course “First steps with eTwinning” takes you, in "
                    "about three hours, from registering on the portal to designing a first project with your "
                    "partners. You can follow it whenever suits you, and you receive a certificate when you "
                    "complete it."
                ),
                (
                    "Throughout the year we hold one-hour webinars on specific topics: getting started with "
                    "TwinSpace, assessing skills in a project, protecting pupils' data, and bringing a European "
                    "dimension to vocational schools, among others. Recordings remain available on each webinar's "
                    "page."
                ),
                (
                    "In every académie, the eTwinning correspondents run face-to-face training sessions, often as "
                    "part of the programme of the regional in-service training school (EAFC). Ask your "
                    "correspondent or look at your académie's training offer to find out about sessions near you."
                ),
                (
                    "Finally, teachers who already have some experience can apply for contact seminars and "
                    "professional development workshops held in other European countries. These two- or three-day "
                    "meetings are a chance to train alongside colleagues from abroad and, very often, to find the "
                    "partners for your next project."
                ),
            ],
        },
    ],
    "events": [
        {
            "title": "Webinar: first steps with eTwinning",
            "introduction": (
                "A 75-minute webinar for teachers who have just registered and would like to start their first "
                "project by the spring."
            ),
            "body": [
                (
                    "Led by the national office team and by Claire, a primary school teacher in the Lille académie, "
                    "this webinar takes you step by step through the stages of a project: completing your profile, "
                    "finding partners, registering the project and getting started with TwinSpace."
                ),
                (
                    "Plenty of time is set aside for your questions, and examples of projects run in primary, lower "
                    "secondary and upper secondary schools will help you imagine your own. The webinar is held in "
                    "French, and you will be sent a certificate of attendance after the session."
                ),
            ],
        },
    ],
}

ITALY = {
    "language": "it",
    "introduction": (
        "L'Unità nazionale eTwinning ha sede presso INDIRE, a Firenze, e coordina il programma in Italia insieme "
        "ai referenti degli Uffici scolastici regionali e a una rete di ambasciatori attiva in tutte le regioni. "
        "Offriamo ai docenti formazione online e in presenza, convalidiamo le iscrizioni, assegniamo i Certificati "
        "di Qualità nazionali e promuoviamo i premi nazionali per i progetti più meritevoli."
    ),
    "news": [
        {
            "slug": "anno-scolastico-2026-27-date-da-ricordare",
            "date": "2026-09-16",
            "title": "Anno scolastico 2026/27: le date da segnare in agenda",
            "introduction": (
                "Con la ripresa delle lezioni riparte anche eTwinning. Ecco i principali appuntamenti dell'Unità "
                "nazionale per quest'anno scolastico, dai webinar d'autunno alla conferenza nazionale di Firenze."
            ),
            "body": [
                (
                    "Da ottobre a dicembre si terranno i webinar di base per i nuovi iscritti, un pomeriggio alla "
                    "settimana, e i primi laboratori online sulla collaborazione tra classi partner. Il calendario "
                    "completo è pubblicato nella pagina dedicata alla formazione e viene aggiornato ogni mese."
                ),
                (
                    "Il 18 marzo 2027 la conferenza nazionale eTwinning torna in presenza a Firenze. Sarà "
                    "l'occasione per incontrare gli ambasciatori della propria regione, conoscere da vicino i "
                    "progetti premiati e partecipare a laboratori pratici."
                ),
                (
                    "Le candidature ai Certificati di Qualità si potranno presentare verso la fine dell'anno "
                    "scolastico, per i progetti conclusi o in fase avanzata. Vi consigliamo di documentare fin da "
                    "ora le attività svolte nel TwinSpace: una buona documentazione facilita molto il lavoro dei "
                    "valutatori."
                ),
            ],
        },
        {
            "slug": "code-week-2026-classi-italiane",
            "date": "2026-10-28",
            "title": "Code Week 2026: oltre 200 classi italiane programmano con i partner europei",
            "introduction": (
                "Durante la Settimana europea della programmazione, più di 200 classi italiane hanno svolto "
                "attività di coding insieme alle scuole partner dei loro progetti eTwinning."
            ),
            "body": [
                (
                    "Le proposte sono state molto diverse a seconda dell'età degli alunni. Nella scuola "
                    "dell'infanzia e nella primaria hanno prevalso le attività unplugged e i piccoli robot da "
                    "programmare sul pavimento, mentre nella secondaria di primo grado molte classi hanno creato "
                    "giochi e storie animate con Scratch da scambiare con i compagni stranieri."
                ),
                (
                    "A Torino, una classe terza di un istituto tecnico ha progettato con studenti sloveni e "
                    "portoghesi una piccola stazione meteorologica con Arduino: ogni scuola raccoglie i dati della "
                    "propria città e li confronta online con quelli dei partner. «Il codice è diventato una lingua "
                    "comune, anche per chi fa più fatica con l'inglese», racconta Francesca, la docente referente "
                    "del progetto."
                ),
                (
                    "Chi desidera proseguire il lavoro durante l'anno può consultare i kit di progetto dedicati al "
                    "pensiero computazionale e partecipare al ciclo di webinar sul coding che l'Unità nazionale "
                    "propone a partire da gennaio."
                ),
            ],
        },
        {
            "slug": "progetto-porti-e-racconti-bari",
            "date": "2026-12-03",
            "title": "«Porti e racconti»: una primaria di Bari in viaggio con Grecia e Spagna",
            "introduction": (
                "Gli alunni di quarta di un istituto comprensivo di Bari raccontano la vita del loro porto ai "
                "coetanei di Salonicco e Valencia. Un progetto che unisce italiano, storia, geografia e inglese."
            ),
            "body": [
                (
                    "Il progetto è nato dall'incontro tra tre insegnanti durante un seminario online dello scorso "
                    "anno. Ogni classe ha scelto un luogo simbolico del proprio porto, ha intervistato pescatori, "
                    "marinai e lavoratori portuali e ha trasformato le interviste in brevi racconti illustrati, "
                    "pubblicati nel TwinSpace in tre lingue."
                ),
                (
                    "Una volta al mese le tre classi si collegano in videoconferenza per leggere i racconti ad alta "
                    "voce e farsi domande a vicenda. Gli alunni lavorano anche in gruppi misti, ciascuno dei quali "
                    "disegna una parte della mappa comune delle rotte che collegano i tre porti del Mediterraneo."
                ),
                (
                    "«I bambini hanno scoperto che le loro città hanno molte più cose in comune di quanto "
                    "pensassero», spiega la maestra Annalisa, che coordina il progetto. A fine anno i racconti "
                    "saranno raccolti in un libro digitale, che verrà presentato alle famiglie e alle altre classi "
                    "dell'istituto."
                ),
            ],
        },
    ],
    "pages": [
        {
            "slug": "unita-nazionale-indire",
            "title": "L'Unità nazionale eTwinning presso INDIRE",
            "introduction": (
                "In Italia eTwinning è gestito dall'Unità nazionale con sede a Firenze, presso INDIRE (Istituto "
                "Nazionale di Documentazione, Innovazione e Ricerca Educativa), su incarico del Ministero "
                "dell'Istruzione e del Merito."
            ),
            "body": [
                (
                    "L'Unità nazionale convalida le iscrizioni di docenti e scuole, aiuta gli insegnanti a trovare "
                    "partner e a impostare i progetti, valuta le candidature ai Certificati di Qualità nazionali e "
                    "organizza i premi nazionali. Cura inoltre la formazione, le campagne tematiche e la "
                    "comunicazione rivolta alle scuole di ogni ordine e grado."
                ),
                (
                    "Il lavoro si svolge in stretto raccordo con l'Agenzia nazionale Erasmus+ INDIRE, che ha sede "
                    "nello stesso istituto, e con i referenti eTwinning degli Uffici scolastici regionali, che "
                    "seguono la diffusione del programma sul territorio e collaborano con gli ambasciatori."
                ),
                (
                    "Per qualsiasi domanda potete scriverci tramite il modulo di contatto di queste pagine o "
                    "all'indirizzo di posta elettronica dell'Unità nazionale. Di solito rispondiamo entro due giorni "
                    "lavorativi; nei periodi di maggiore affluenza, come l'avvio dell'anno scolastico, i tempi "
                    "possono allungarsi un po'."
                ),
            ],
        },
        {
            "slug": "ambasciatori-e-formazione",
            "title": "La rete degli ambasciatori e la formazione",
            "introduction": (
                "Gli ambasciatori eTwinning sono docenti esperti che, in ogni regione, affiancano i colleghi nei "
                "primi passi e nello sviluppo dei loro progetti. Insieme all'Unità nazionale propongono un'ampia "
                "offerta di formazione gratuita."
            ),
            "body": [
                (
                    "Gli ambasciatori sono insegnanti in servizio che hanno realizzato numerosi progetti, spesso "
                    "premiati con Certificati di Qualità nazionali ed europei. Vengono selezionati dall'Unità "
                    "nazionale insieme agli Uffici scolastici regionali e dedicano parte del loro tempo a incontri "
                    "informativi nelle scuole, laboratori e consulenze individuali."
                ),
                (
                    "L'offerta formativa comprende webinar di base e di approfondimento, corsi online di alcune "
                    "settimane con attività guidate e seminari regionali in presenza, organizzati più volte "
                    "all'anno nei diversi capoluoghi. Tutte le iniziative sono gratuite e danno diritto a un "
                    "attestato valido ai fini della formazione in servizio dei docenti."
                ),
                (
                    "Per trovare l'ambasciatore più vicino, consultate l'elenco regionale pubblicato in queste "
                    "pagine oppure rivolgetevi al referente del vostro Ufficio scolastico regionale. Se avete già "
                    "esperienza e desiderate entrare nella rete, le candidature per i nuovi ambasciatori si aprono "
                    "ogni anno in primavera."
                ),
            ],
        },
    ],
    "events": [
        {
            "slug": "conferenza-nazionale-firenze-2027",
            "title": "Conferenza nazionale eTwinning 2027",
            "introduction": (
                "Una giornata di incontri, laboratori e scambio di esperienze a Firenze per docenti e dirigenti "
                "scolastici di tutta Italia, sul tema «Cittadini d'Europa fin dai banchi di scuola»."
            ),
            "body": [
                (
                    "La mattinata si apre con la presentazione dei dati nazionali e con una tavola rotonda "
                    "sull'educazione alla cittadinanza europea, seguita dalla cerimonia dei premi nazionali "
                    "eTwinning 2027."
                ),
                (
                    "Nel pomeriggio i partecipanti potranno scegliere tra dodici laboratori pratici, condotti dagli "
                    "ambasciatori, su temi come la valutazione nei progetti, l'inclusione, l'intelligenza "
                    "artificiale e il coinvolgimento dell'intera scuola. Uno spazio espositivo permetterà inoltre "
                    "di conoscere da vicino alcuni progetti premiati con il Certificato di Qualità."
                ),
                (
                    "La partecipazione è gratuita fino a esaurimento dei 400 posti disponibili e dà diritto a un "
                    "attestato valido per la formazione in servizio. Le spese di viaggio sono a carico dei "
                    "partecipanti o delle scuole di appartenenza."
                ),
            ],
            "start": "2027-03-18T09:30",
            "minutes": 450,
            "time_zone": "Europe/Rome",
            "kind": "conference",
            "format": "in-person",
            "location": "Palazzo dei Congressi, Firenze",
        },
    ],
}

ITALY_IN_ENGLISH = {
    "introduction": (
        "The eTwinning National Unit is based at INDIRE in Florence and coordinates the programme in Italy together "
        "with the contacts at the regional school offices and a network of ambassadors active in every region. We "
        "offer teachers online and face-to-face training, validate registrations, award National Quality Labels "
        "and run the national prizes for the most outstanding projects."
    ),
    "news": [
        {
            "title": "School year 2026/27: dates for your diary",
            "introduction": (
                "As lessons start again, so does eTwinning. Here are the National Unit's main events for this "
                "school year, from the autumn webinars to the national conference in Florence."
            ),
            "body": [
                (
                    "From October to December there will be introductory webinars for new members, one afternoon a "
                    "week, and the first online workshops on collaboration between partner classes. The full "
                    "calendar is published on the training page and updated every month."
                ),
                (
                    "On 18 March 2027 the national eTwinning conference returns to Florence in person. It will be a "
                    "chance to meet the ambassadors from your region, find out more about award-winning projects "
                    "and take part in practical workshops."
                ),
                (
                    "Applications for Quality Labels will open towards the end of the school year, for projects that "
                    "are finished or well under way. We recommend keeping a record of your TwinSpace activities from "
                    "now on: good documentation makes the assessors' work much easier."
                ),
            ],
        },
        {
            "title": "Code Week 2026: more than 200 Italian classes code with their European partners",
            "introduction": (
                "During EU Code Week, more than 200 Italian classes took part in coding activities together with "
                "the partner schools in their eTwinning projects."
            ),
            "body": [
                (
                    "Activities varied widely with the pupils' age. In nursery and primary schools, unplugged "
                    "activities and small floor robots were the favourites, while in lower secondary schools many "
                    "classes created games and animated stories in Scratch to share with their partners abroad."
                ),
                (
                    "In Turin, a third-year class at a technical upper secondary school worked with students in "
                    "Slovenia and Portugal to design a small weather station with Arduino: each school collects data "
                    "for its own city and compares it online with its partners'. “Code has become a common language, "
                    "even for those who find English harder,” says Francesca, the teacher in charge of the project."
                ),
                (
                    "Teachers who would like to carry on during the year can browse the project kits on "
                    "computational thinking and join the series of coding webinars that the National Unit is "
                    "running from January."
                ),
            ],
        },
        {
            "title": "“Ports and Stories”: a primary school in Bari sets sail with Greece and Spain",
            "introduction": (
                "Year 5 pupils at a school in Bari are telling children of the same age in Thessaloniki and "
                "Valencia about life in their port. The project brings together Italian, history, geography and "
                "English."
            ),
            "body": [
                (
                    "The project grew out of a meeting between three teachers at an online seminar last year. Each "
                    "class chose a symbolic place in its port, interviewed fishermen, sailors and dock workers, and "
                    "turned the interviews into short illustrated stories, published in TwinSpace in three "
                    "languages."
                ),
                (
                    "Once a month the three classes meet by video call to read the stories aloud and ask each other "
                    "questions. The pupils also work in mixed groups, each of which draws part of a shared map of "
                    "the routes linking the three Mediterranean ports."
                ),
                (
                    "“The children discovered that their cities have much more in common than they thought,” "
                    "explains Annalisa, the primary teacher who coordinates the project. At the end of the year the "
                    "stories will be collected in a digital book, to be presented to families and to the other "
                    "classes in the school."
                ),
            ],
        },
    ],
    "pages": [
        {
            "title": "The eTwinning National Unit at INDIRE",
            "introduction": (
                "In Italy, eTwinning is run by the National Unit based in Florence at INDIRE (the National "
                "Institute for Documentation, Innovation and Educational Research), on behalf of the Ministry of "
                "Education and Merit."
            ),
            "body": [
                (
                    "The National Unit validates the registrations of teachers and schools, helps teachers find "
                    "partners and plan their projects, assesses applications for National Quality Labels and runs "
                    "the national prizes. It is also responsible for training, themed campaigns and communication "
                    "with schools of every type and level."
                ),
                (
                    "It works closely with the Erasmus+ National Agency at INDIRE, which is based in the same "
                    "institute, and with the eTwinning contacts at the regional school offices, who promote the "
                    "programme locally and work with the ambassadors."
                ),
                (
                    "If you have any questions, you can write to us through the contact form on these pages or at "
                    "the National Unit's email address. We usually reply within two working days; at busy times, "
                    "such as the start of the school year, it may take a little longer."
                ),
            ],
        },
        {
            "title": "The ambassador network and training",
            "introduction": (
                "eTwinning ambassadors are experienced teachers who, in every region, support their colleagues as "
                "they take their first steps and develop their projects. Together with the National Unit, they "
                "offer a wide range of free training."
            ),
            "body": [
                (
                    "Ambassadors are serving teachers who have run many projects, often awarded National and "
                    "European Quality Labels. They are selected by the National Unit together with the regional "
                    "school offices, and they devote part of their time to information sessions in schools, "
                    "workshops and one-to-one advice."
                ),
                (
                    "The training on offer includes introductory and advanced webinars, online courses lasting a few "
                    "weeks with guided activities, and face-to-face regional seminars held several times a year in "
                    "the regional capitals. All activities are free and lead to a certificate recognised for "
                    "teachers' in-service training."
                ),
                (
                    "To find your nearest ambassador, see the regional list published on these pages or ask the "
                    "contact at your regional school office. If you already have some experience and would like to "
                    "join the network, applications for new ambassadors open every year in the spring."
                ),
            ],
        },
    ],
    "events": [
        {
            "title": "eTwinning National Conference 2027",
            "introduction": (
                "A day of talks, workshops and sharing experience in Florence for teachers and head teachers from "
                "all over Italy, on the theme “Becoming European citizens at school”."
            ),
            "body": [
                (
                    "The morning opens with a presentation of the national figures and a round table on education "
                    "for European citizenship, followed by the ceremony for the 2027 national eTwinning prizes."
                ),
                (
                    "In the afternoon, participants can choose from twelve practical workshops led by ambassadors, "
                    "on topics such as assessment in projects, inclusion, artificial intelligence and involving the "
                    "whole school. An exhibition area will also showcase some of the projects awarded a Quality "
                    "Label."
                ),
                (
                    "Attendance is free while the 400 places last and entitles participants to a certificate "
                    "recognised for in-service training. Travel costs are covered by participants or their schools."
                ),
            ],
        },
    ],
}

SECTIONS = {
    "FR": {**FRANCE, "translations": {"en": paired_translations(FRANCE, FRANCE_IN_ENGLISH)}},
    "IT": {**ITALY, "translations": {"en": paired_translations(ITALY, ITALY_IN_ENGLISH)}},
}
