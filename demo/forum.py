"""Demo posts for the partner-finding forum: eight project ideas, each in its author's language, with
subjects, ages, languages, the partner countries wanted, an end date a few months ahead and a reply or two.

`load_forum_posts(teachers)` takes the validated teachers it may use (username -> User). Each post names
who should write it: a demo account (teacher-fr) or, failing that, a teacher of a country where its
language is spoken (the first by username, so the choice is the same every time); a post with nobody to
write it is left out. Idempotent: a post is found again by its author and title, and its replies are
made with it, so running it twice changes nothing."""

import datetime

from django.db import transaction
from django.utils import timezone

from countries.models import Country
from forum.models import Post, Reply
from taxonomy.models import AgeRange, Subject

# author: usernames or country codes, the first available wins; replies: (who, text), likewise.
POSTS = [
    {
        "author": ["teacher-fr", "FR", "BE"],
        "title": "Nos rivières, leur eau et nous",
        "description": (
            "Avec ma classe de seconde (15-16 ans), nous suivons la qualité de l'eau de la Saône de mars à "
            "juin : température, pH, nitrates et petites bêtes du fond.\n\n"
            "Nous cherchons deux ou trois classes qui mesureraient la rivière de leur ville avec le même "
            "protocole, pour comparer les résultats et écrire ensemble un petit guide de la rivière en "
            "anglais et en français. Une visioconférence par mois, le reste dans le TwinSpace.\n\n"
            "Les données publiques que nous utilisons : https://www.eaufrance.fr"
        ),
        "subjects": ["natural-sciences", "biology", "environment"],
        "ages": ["12-15", "16-19"],
        "languages": ["fr", "en"],
        "countries_wanted": ["IT", "ES", "DE", "PL"],
        "runs_for_days": 120,
        "replies": [
            (
                ["teacher-it", "IT"],
                "Bonjour Claire ! Mes élèves de Florence étudient justement l'Arno ce printemps. Nous avons "
                "un kit de mesure et nous écrivons volontiers en français et en anglais. Je vous envoie une "
                "demande de contact.",
            ),
            (
                ["DE", "AT"],
                "Hello Claire, my Year 10 class tests the water of our river every May. Could you share "
                "your protocol? We would join in English.",
            ),
        ],
    },
    {
        "author": ["teacher-it", "IT"],
        "title": "Isole di calore: misuriamo il clima delle nostre città",
        "description": (
            "Insegno scienze e matematica in una scuola secondaria di primo grado a Firenze (ragazzi di "
            "12-14 anni). D'estate la nostra città diventa un'isola di calore: vorremmo misurare la "
            "temperatura in piazze, parchi e cortili e confrontarla con quella di altre città europee.\n\n"
            "Ogni classe raccoglie i dati per un mese con termometri semplici, poi costruiamo insieme grafici "
            "e proposte per rinfrescare i cortili delle scuole. Lingue di lavoro: inglese e, volentieri, "
            "francese."
        ),
        "subjects": ["natural-sciences", "mathematics", "environment"],
        "ages": ["12-15"],
        "languages": ["it", "en", "fr"],
        "countries_wanted": [],
        "runs_for_days": 90,
        "replies": [
            (
                ["teacher-fr", "FR"],
                "Ciao Marco ! Lyon is a heat island too: my pupils would love to compare our school yard "
                "with yours. We can work in English and French.",
            ),
        ],
    },
    {
        "author": ["teacher-pl", "PL"],
        "title": "Święta i tradycje naszych krajów",
        "description": (
            "Uczę języka angielskiego w szkole podstawowej w Krakowie (dzieci 8-10 lat). Szukam klas, "
            "które co miesiąc przedstawią jedno swoje święto lub tradycję: krótki film, rysunki i kilka "
            "słów po angielsku. Na koniec roku przygotujemy wspólny europejski kalendarz świąt.\n\n"
            "Pracujemy po angielsku; możemy też trochę po niemiecku."
        ),
        "subjects": ["foreign-languages", "history", "citizenship"],
        "ages": ["7-11"],
        "languages": ["pl", "en", "de"],
        "countries_wanted": ["IT", "ES", "PT", "GR"],
        "runs_for_days": 150,
        "replies": [
            (
                ["teacher-it", "IT"],
                "Hello Anna, in Florence we have the Scoppio del Carro at Easter: a cart full of fireworks in "
                "front of the cathedral! My colleagues at our primary school would love to show it.",
            ),
        ],
    },
    {
        "author": ["DE", "AT"],
        "title": "Sagen und Märchen aus unseren Regionen",
        "description": (
            "Ich unterrichte eine dritte Klasse (8-9 Jahre). Jede Partnerklasse erzählt eine Sage oder ein "
            "Märchen aus ihrer Region mit Bildern und Tonaufnahmen; danach erfinden wir gemeinsam ein neues "
            "Märchen, in dem sich die Figuren aller Länder begegnen.\n\n"
            "Arbeitssprachen: einfaches Englisch und gern auch Deutsch. Dauer: von Februar bis Mai."
        ),
        "subjects": ["language-literature", "foreign-languages", "visual-arts"],
        "ages": ["7-11"],
        "languages": ["de", "en"],
        "countries_wanted": [],
        "runs_for_days": 100,
        "replies": [
            (
                ["teacher-pl", "PL"],
                "Hello! My pupils in Kraków know the legend of the Wawel Dragon by heart. We would love to "
                "draw it and record it in English. Count us in!",
            ),
            (
                ["FI", "SE", "NO"],
                "Greetings from the north: our trolls would like to meet your dragons!",
            ),
        ],
    },
    {
        "author": ["ES"],
        "title": "Las recetas de nuestras abuelas: comer sano en Europa",
        "description": (
            "Soy maestra de primaria. Propongo que los alumnos (8-11 años) entrevisten a sus "
            "abuelos sobre las recetas de su infancia, las cocinen en clase y las compartan en un recetario "
            "europeo ilustrado, con los ingredientes y su valor nutritivo.\n\n"
            "Trabajaríamos en inglés y, si es posible, también en francés."
        ),
        "subjects": ["health", "foreign-languages", "cross-curricular"],
        "ages": ["7-11"],
        "languages": ["es", "en", "fr"],
        "countries_wanted": ["FR", "IT", "PT"],
        "runs_for_days": 110,
        "replies": [
            (
                ["PT", "FR"],
                "Hello! Our pupils (9-10 years old) would love this project: their grandparents have many "
                "recipes to share.",
            ),
        ],
    },
    {
        "author": ["IE", "MT"],
        "title": "Coding a city tour with Scratch",
        "description": (
            "My Transition Year students (15-16) want to build an interactive tour of their town in Scratch "
            "and swap it with a partner class, who would then visit our town through their screens and "
            "quiz us about it.\n\n"
            "No coding experience needed: we can share our lesson plans. Working language: English."
        ),
        "subjects": ["ict", "geography"],
        "ages": ["12-15", "16-19"],
        "languages": ["en"],
        "countries_wanted": [],
        "runs_for_days": 75,
        "replies": [
            (
                ["teacher-it", "IT"],
                "Great idea! My pupils made a Scratch game last year; a tour of Florence would be their next "
                "challenge.",
            ),
        ],
    },
    {
        "author": ["PT"],
        "title": "Jogos tradicionais do recreio",
        "description": (
            "Na nossa escola, as crianças do pré-escolar e do 1.º ciclo (5-8 anos) vão filmar os "
            "jogos tradicionais do recreio: a macaca, o jogo do lencinho, as escondidas. Procuramos escolas "
            "que façam o mesmo, para que cada turma aprenda a jogar os jogos das outras.\n\n"
            "Línguas: português, inglês e espanhol."
        ),
        "subjects": ["physical-education", "cross-curricular", "pre-school"],
        "ages": ["up-to-6", "7-11"],
        "languages": ["pt", "en", "es"],
        "countries_wanted": [],
        "runs_for_days": 130,
        "replies": [
            (
                ["ES"],
                "¡Hola! En España jugamos a la rayuela y al pañuelo: ¡son casi los mismos juegos! Nos "
                "encantaría participar.",
            ),
        ],
    },
    {
        "author": ["NL", "BE"],
        "title": "Europa stemt: verkiezingen in de klas",
        "description": (
            "Ik geef geschiedenis en maatschappijleer aan leerlingen van 16-18 jaar. In dit "
            "project organiseren de partnerklassen elk een proefverkiezing over een Europees thema, "
            "vergelijken ze de campagnes en debatteren ze online met elkaar.\n\n"
            "Voertaal: Engels; Duits of Frans is ook mogelijk."
        ),
        "subjects": ["citizenship", "history", "european-studies"],
        "ages": ["16-19"],
        "languages": ["nl", "en", "de", "fr"],
        "countries_wanted": ["BE", "DE", "FR", "LU"],
        "runs_for_days": 160,
        "replies": [
            (
                ["teacher-fr", "FR"],
                "Hello! My colleague who teaches history at our lycée would be delighted: our pupils vote "
                "for the first time next year.",
            ),
        ],
    },
]


class Authors:
    """The validated teachers the demo may give posts and replies to, found by username or country."""

    def __init__(self, teachers):
        self.teachers = sorted(
            (user for user in teachers.values() if user.is_validated_teacher), key=lambda user: user.username
        )
        iso2_of = dict(Country.objects.values_list("pk", "iso2"))
        self.by_username = {user.username: user for user in self.teachers}
        self.by_country = {}
        for user in self.teachers:
            self.by_country.setdefault(iso2_of.get(user.country_id), []).append(user)

    def first(self, wishes, besides=None):
        """The first teacher matching `wishes` (usernames or country codes) who is not `besides`."""
        for wish in wishes:
            candidates = [self.by_username[wish]] if wish in self.by_username else self.by_country.get(wish, [])
            for user in candidates:
                if user != besides:
                    return user
        return None


def load_forum_posts(teachers):
    """Make the demo posts that are missing; return how many were made."""
    authors = Authors(teachers)
    subjects = {term.slug: term for term in Subject.objects.all()}
    ages = {term.slug: term for term in AgeRange.objects.all()}
    countries = {country.iso2: country for country in Country.objects.all()}
    created = 0
    for spec in POSTS:
        author = authors.first(spec["author"])
        if author is None or Post.objects.filter(author=author, title=spec["title"]).exists():
            continue
        with transaction.atomic():
            post = Post.objects.create(
                author=author,
                title=spec["title"],
                description=spec["description"],
                ends_on=timezone.localdate() + datetime.timedelta(days=spec["runs_for_days"]),
            )
            post.subjects.set([subjects[slug] for slug in spec["subjects"] if slug in subjects])
            post.age_ranges.set([ages[slug] for slug in spec["ages"] if slug in ages])
            post.countries_wanted.set([countries[iso2] for iso2 in spec["countries_wanted"] if iso2 in countries])
            post.set_languages(spec["languages"])
            for wishes, body in spec["replies"]:
                replier = authors.first(wishes, besides=author)
                if replier:
                    Reply.objects.create(post=post, author=replier, body=body)
        created += 1
    return created
