"""Demo groups of Live: ten approved groups in several languages, each with its discussions written in its
language, every join policy, owners, moderators and members among the demo's validated teachers, and one
proposal waiting for the central team in the admin's queue.

People are found as the forum's demo finds its authors (demo.forum.Authors): a demo account by username,
else a teacher of a country named; a group with nobody to own it is left out, and so is a member, a
discussion or a reply with nobody to write it. "Outdoor classroom" is open and teacher-pl is none of its
members: the browser test (tests/browser/test_groups_journey.py) joins it as teacher-pl and replies there.

Idempotent: a group is found again by its name, and its members and discussions are made with it, so
running it twice changes nothing."""

from django.db import transaction

from demo.forum import Authors
from demo.live import validated_teachers
from groups.models import Group, JoinPolicy, Membership, Reply, Role, Status, Thread
from taxonomy.models import AgeRange, Subject

# owner, moderators, members: wishes (usernames or country codes, the first available wins), one per person.
# threads: (author, title, body, [(author, reply)]).
GROUPS = [
    {
        "name": "Sciences et rivières",
        "description": (
            "Pour les enseignants de sciences qui étudient l'eau avec leurs élèves : protocoles de mesure, "
            "sorties au bord de la rivière, résultats à comparer d'un pays à l'autre."
        ),
        "language": "fr",
        "subjects": ["natural-sciences", "environment"],
        "ages": ["12-15", "16-19"],
        "join_policy": JoinPolicy.OPEN,
        "owner": ["teacher-fr", "FR"],
        "moderators": [["BE", "LU"]],
        "members": [["teacher-it", "IT"], ["CH", "CA"]],
        "threads": [
            (
                ["teacher-fr", "FR"],
                "Mesurer les nitrates sans laboratoire",
                "Quelles bandelettes utilisez-vous pour les nitrates ? Les nôtres coûtent cher et les "
                "résultats varient beaucoup. Notre protocole : https://www.eaufrance.fr",
                [
                    (["BE", "LU"], "Nous utilisons celles de la pharmacie, avec un témoin à chaque sortie."),
                    (["teacher-it", "IT"], "Da noi funzionano bene: vi mando le foto del nostro kit."),
                ],
            ),
        ],
    },
    {
        "name": "Deutsch als Fremdsprache in der Grundschule",
        "description": (
            "Austausch für Lehrkräfte, die Kindern von 6 bis 11 Jahren Deutsch beibringen: Lieder, Spiele, "
            "Bilderbücher und Ideen für gemeinsame Projekte mit Partnerklassen."
        ),
        "language": "de",
        "subjects": ["foreign-languages"],
        "ages": ["up-to-6", "7-11"],
        "join_policy": JoinPolicy.REQUEST,
        "owner": ["DE", "AT"],
        "moderators": [],
        "members": [["teacher-pl", "PL"], ["AT", "CH"]],
        "threads": [
            (
                ["DE", "AT"],
                "Lieblingslieder für den Anfang",
                "Welche Lieder singt ihr in den ersten Stunden? Bei uns ist „Hänsel und Gretel“ der Renner.",
                [(["teacher-pl", "PL"], "Bei uns „Kopf, Schulter, Knie und Fuß“ – mit Bewegung klappt es am besten.")],
            ),
        ],
    },
    {
        "name": "Matematica con le mani",
        "description": (
            "Un gruppo per chi insegna matematica con materiali concreti: origami, mattoncini, giochi da "
            "tavolo. Condividiamo attività e risultati dei nostri alunni."
        ),
        "language": "it",
        "subjects": ["mathematics"],
        "ages": ["7-11", "12-15"],
        "join_policy": JoinPolicy.OPEN,
        "owner": ["teacher-it", "IT"],
        "moderators": [["SM", "MT"]],
        "members": [["teacher-fr", "FR"], ["ES"]],
        "threads": [
            (
                ["teacher-it", "IT"],
                "Frazioni con i mattoncini",
                "Ho provato a spiegare le frazioni con i mattoncini da costruzione: funziona! Ecco la scheda "
                "che ho usato, ditemi cosa ne pensate.",
                [(["ES"], "¡Qué buena idea! Lo probaré con mis alumnos de quinto la semana que viene.")],
            ),
            (
                ["teacher-fr", "FR"],
                "Origami e geometria",
                "I miei alunni hanno piegato dei cubi di carta per studiare il volume. Qualcuno vuole fare uno "
                "scambio di modelli per posta?",
                [],
            ),
        ],
    },
    {
        "name": "Recetas del mundo en clase",
        "description": (
            "Docentes que cocinan con sus alumnos para hablar de salud, de matemáticas y de culturas. "
            "Compartimos recetas fáciles de hacer en el aula."
        ),
        "language": "es",
        "subjects": ["health", "cross-curricular"],
        "ages": ["7-11"],
        "join_policy": JoinPolicy.OPEN,
        "owner": ["ES"],
        "moderators": [],
        "members": [["PT"], ["teacher-it", "IT"]],
        "threads": [
            (
                ["ES"],
                "Una merienda sana para el recreo",
                "Esta semana preparamos tostadas con tomate y aceite. ¿Qué meriendas sanas preparáis vosotros?",
                [(["PT"], "Nós fizemos salada de fruta: as crianças adoraram cortar tudo sozinhas!")],
            ),
        ],
    },
    {
        "name": "Historia lokalna w Europie",
        "description": (
            "Grupa dla nauczycieli historii, którzy z uczniami odkrywają historię swojej miejscowości i "
            "porównują ją z historią miast partnerskich."
        ),
        "language": "pl",
        "subjects": ["history", "citizenship"],
        "ages": ["12-15", "16-19"],
        "join_policy": JoinPolicy.INVITATION,
        "owner": ["teacher-pl", "PL"],
        "moderators": [["CZ", "SK"]],
        "members": [["LT", "LV"]],
        "threads": [
            (
                ["teacher-pl", "PL"],
                "Wywiady z dziadkami",
                "Moi uczniowie nagrywają wywiady z dziadkami o szkole w latach sześćdziesiątych. Czy ktoś "
                "chciałby zrobić to samo i porównać odpowiedzi?",
                [(["CZ", "SK"], "Tak! Moja klasa z Brna chętnie dołączy w marcu.")],
            ),
        ],
    },
    {
        "name": "Αρχαία ελληνικά και μύθοι",
        "description": (
            "Ομάδα για εκπαιδευτικούς που διδάσκουν ελληνική μυθολογία και αρχαία ελληνικά με θεατρικό "
            "παιχνίδι, κόμικς και ψηφιακές ιστορίες."
        ),
        "language": "el",
        "subjects": ["language-literature", "history"],
        "ages": ["12-15"],
        "join_policy": JoinPolicy.REQUEST,
        "owner": ["GR", "CY"],
        "moderators": [],
        "members": [["CY", "GR"]],
        "threads": [
            (
                ["GR", "CY"],
                "Ο Οδυσσέας σε κόμικς",
                "Οι μαθητές μου σχεδίασαν την Οδύσσεια σε δώδεκα σελίδες κόμικς. Ποιος θέλει να ανταλλάξουμε "
                "ιστορίες με τις τάξεις σας;",
                [(["CY", "GR"], "Εμείς! Φέτος διαβάζουμε τον Ηρακλή και τους άθλους του.")],
            ),
        ],
    },
    {
        "name": "Outdoor classroom",
        "description": (
            "For teachers who take lessons outside: maths in the playground, writing in the park, science "
            "in the woods. Share what works, in any weather. Ideas welcome: https://example.org/outdoor"
        ),
        "language": "en",
        "subjects": ["environment", "physical-education", "cross-curricular"],
        "ages": ["up-to-6", "7-11", "12-15"],
        "join_policy": JoinPolicy.OPEN,
        "owner": ["IE", "MT"],
        "moderators": [["teacher-it", "IT"]],
        "members": [["FI", "SE"], ["teacher-fr", "FR"]],
        "threads": [
            (
                ["IE", "MT"],
                "Lessons in the rain",
                "It rained all week, and we still went out. What do your pupils wear, and what do you do when "
                "the paper gets wet?",
                [
                    (["FI", "SE"], "There is no bad weather, only bad clothes! We use slates and chalk."),
                    (["teacher-it", "IT"], "We bring clipboards in plastic bags. The children love it."),
                ],
            ),
            (
                ["teacher-fr", "FR"],
                "Counting trees for maths",
                "My pupils measured the trees of the school yard to estimate their age. Would your classes "
                "like to compare trees?",
                [],
            ),
        ],
    },
    {
        "name": "Jogos tradicionais",
        "description": (
            "Professores de educação física e do 1.º ciclo que partilham os jogos tradicionais dos seus "
            "países, com regras, vídeos e fotografias."
        ),
        "language": "pt",
        "subjects": ["physical-education"],
        "ages": ["up-to-6", "7-11"],
        "join_policy": JoinPolicy.OPEN,
        "owner": ["PT"],
        "moderators": [],
        "members": [["ES"], ["BR", "IT"]],
        "threads": [
            (
                ["PT"],
                "A macaca e as suas variantes",
                "Em Portugal jogamos à macaca com dez casas. Como se joga nos vossos países?",
                [(["ES"], "En España la llamamos rayuela y tiene nueve casillas.")],
            ),
        ],
    },
    {
        "name": "Burgerschap en debat",
        "description": (
            "Voor docenten maatschappijleer en geschiedenis die met hun leerlingen debatteren over "
            "Europese thema's en proefverkiezingen organiseren."
        ),
        "language": "nl",
        "subjects": ["citizenship", "european-studies"],
        "ages": ["16-19"],
        "join_policy": JoinPolicy.REQUEST,
        "owner": ["NL", "BE"],
        "moderators": [],
        "members": [["BE", "NL"]],
        "threads": [
            (
                ["NL", "BE"],
                "Stellingen voor een eerste debat",
                "Welke stelling werkt goed voor een eerste debat? Bij ons: „Mobiele telefoons horen niet in de klas.“",
                [(["BE", "NL"], "Wij begonnen met het stemrecht vanaf zestien: veel discussie gegarandeerd!")],
            ),
        ],
    },
    {
        "name": "Coding club for teachers",
        "description": (
            "Teachers who code with their pupils in Scratch, Python or on micro:bits: lesson plans, "
            "questions and projects to build with partner classes."
        ),
        "language": "en",
        "subjects": ["ict", "mathematics"],
        "ages": ["7-11", "12-15", "16-19"],
        "join_policy": JoinPolicy.INVITATION,
        "owner": ["teacher-it", "IT"],
        "moderators": [],
        "members": [["IE", "MT"], ["teacher-pl", "PL"]],
        "threads": [
            (
                ["teacher-it", "IT"],
                "First steps with micro:bit",
                "We received ten micro:bits. Which first project would you start with, for 12-year-olds?",
                [(["teacher-pl", "PL"], "A step counter! My pupils wore them all day during PE.")],
            ),
        ],
    },
]

# Waiting in the central team's queue of the admin.
PROPOSAL = {
    "name": "Musique et chorales d'école",
    "description": (
        "Pour les enseignants qui font chanter leurs élèves : répertoires en plusieurs langues, concerts "
        "à distance avec les classes partenaires."
    ),
    "language": "fr",
    "subjects": ["music"],
    "ages": ["7-11", "12-15"],
    "join_policy": JoinPolicy.REQUEST,
    "owner": ["teacher-fr", "FR"],
    "status": Status.PENDING,
    "moderators": [],
    "members": [],
    "threads": [],
}


class Terms:
    """The taxonomy terms the demo names, by slug; a slug the taxonomy lacks is left out."""

    def __init__(self):
        self.subjects = {term.slug: term for term in Subject.objects.all()}
        self.ages = {term.slug: term for term in AgeRange.objects.all()}

    def of(self, spec):
        subjects = [self.subjects[slug] for slug in spec["subjects"] if slug in self.subjects]
        ages = [self.ages[slug] for slug in spec["ages"] if slug in self.ages]
        return subjects, ages


def load_groups():
    """Make the demo groups that are missing, with their members and discussions; return how many were made."""
    people = Authors(validated_teachers())
    terms = Terms()
    existing = set(Group.objects.values_list("name", flat=True))
    created = 0
    for spec in [*GROUPS, PROPOSAL]:
        owner = people.first(spec["owner"])
        if owner is None or spec["name"] in existing:
            continue
        with transaction.atomic():
            group = make_group(spec, terms)
            add_members(group, people, owner, spec)
            write_discussions(group, people, spec["threads"])
        created += 1
    return created


def make_group(spec, terms):
    group = Group.objects.create(
        name=spec["name"],
        description=spec["description"],
        language=spec["language"],
        join_policy=spec["join_policy"],
        status=spec.get("status", Status.APPROVED),
    )
    subjects, ages = terms.of(spec)
    group.subjects.set(subjects)
    group.age_ranges.set(ages)
    return group


def add_members(group, people, owner, spec):
    """The owner, then the moderators and members, each teacher once."""
    taken = {owner.pk}
    memberships = [Membership(group=group, user=owner, role=Role.OWNER)]
    for role, wishes_list in ((Role.MODERATOR, spec["moderators"]), (Role.MEMBER, spec["members"])):
        for wishes in wishes_list:
            person = first_not_taken(people, wishes, taken)
            if person:
                taken.add(person.pk)
                memberships.append(Membership(group=group, user=person, role=role))
    Membership.objects.bulk_create(memberships)


def first_not_taken(people, wishes, taken):
    for wish in wishes:
        person = people.first([wish])
        if person and person.pk not in taken:
            return person
    return None


def write_discussions(group, people, threads):
    """The discussions and their replies, by members of the group (a wish who is no member is left out)."""
    member_ids = set(group.memberships.values_list("user_id", flat=True))
    for author_wishes, title, body, replies in threads:
        author = people.first(author_wishes)
        if author is None or author.pk not in member_ids:
            continue
        thread = Thread.objects.create(group=group, author=author, title=title, body=body)
        for wishes, text in replies:
            replier = people.first(wishes)
            if replier and replier.pk in member_ids:
                reply = Reply.objects.create(thread=thread, author=replier, body=text)
                thread.active_at = reply.created_at
        thread.save(update_fields=["active_at"])
