"""Demo online events: six seminars, learning events and meetings in several languages, organised by the
demo teachers (two on behalf of their support service), with registrations by other demo teachers. One,
"Ask us anything about eTwinning", has more takers than seats: its waiting list shows how it works.

Organisers and participants are found as the forum's demo finds its authors (demo.forum.Authors): a demo
account by username, else a teacher of a country named; an event with nobody to organise it is left out.
Idempotent: an event is found again by its organiser and title, and its registrations are made with it,
so running it twice changes nothing. Times are in days from when the demo is loaded, at the hour the
organiser would choose in their own zone."""

import datetime
import zoneinfo

from django.db import transaction
from django.utils import timezone

from demo.forum import Authors
from demo.live import validated_teachers
from online_events.models import EventKind, OnlineEvent, Registration, Status

# organiser: usernames or country codes, the first available wins; participants: likewise, each a wish
# list for one teacher, in the order they registered (beyond the capacity, they wait).
EVENTS = [
    {
        "organiser": ["teacher-fr", "FR"],
        "organisation": "Réseau Canopé",
        "title": "Démarrer un projet eTwinning pas à pas",
        "description": (
            "Une heure pour découvrir comment trouver un partenaire, écrire le projet à deux et ouvrir le "
            "TwinSpace. Avec des exemples de projets primés et du temps pour vos questions.\n\n"
            "Le support de présentation : https://www.reseau-canope.fr"
        ),
        "language": "fr",
        "kind": EventKind.SEMINAR,
        "time_zone": "Europe/Paris",
        "in_days": 6,
        "at": (17, 0),
        "minutes": 60,
        "capacity": 40,
        "participants": [["teacher-it", "IT"], ["BE", "LU"], ["CA", "CH"]],
    },
    {
        "organiser": ["teacher-it", "IT"],
        "organisation": "",
        "title": "Coding in classe con Scratch: laboratorio",
        "description": (
            "Un laboratorio pratico per insegnanti della scuola primaria e secondaria di primo grado: "
            "costruiamo insieme un piccolo gioco in Scratch da proporre ai partner del progetto.\n\n"
            "Serve solo un computer con un browser."
        ),
        "language": "it",
        "kind": EventKind.LEARNING_EVENT,
        "time_zone": "Europe/Rome",
        "in_days": 12,
        "at": (16, 30),
        "minutes": 90,
        "capacity": 25,
        "participants": [["teacher-fr", "FR"], ["teacher-pl", "PL"]],
    },
    {
        "organiser": ["teacher-pl", "PL"],
        "organisation": "",
        "title": "Spotkanie partnerów: kalendarz świąt europejskich",
        "description": (
            "Spotkanie nauczycieli, którzy chcą dołączyć do projektu o świętach i tradycjach. Ustalimy "
            "harmonogram i podział zadań na pierwszy semestr."
        ),
        "language": "pl",
        "kind": EventKind.MEETING,
        "time_zone": "Europe/Warsaw",
        "in_days": 9,
        "at": (18, 0),
        "minutes": 45,
        "capacity": 12,
        "participants": [["teacher-it", "IT"]],
    },
    {
        "organiser": ["DE", "AT"],
        "organisation": "Pädagogischer Austauschdienst",
        "title": "Medienkompetenz im Grundschulunterricht",
        "description": (
            "Wie erkennen Kinder Falschmeldungen? Ein Online-Seminar mit Unterrichtsideen für 8- bis "
            "11-Jährige, die sich gut in einem Partnerprojekt umsetzen lassen."
        ),
        "language": "de",
        "kind": EventKind.SEMINAR,
        "time_zone": "Europe/Berlin",
        "in_days": 15,
        "at": (15, 0),
        "minutes": 75,
        "capacity": 60,
        "participants": [["teacher-pl", "PL"], ["AT", "CH"]],
    },
    {
        "organiser": ["ES"],
        "organisation": "",
        "title": "Evaluar proyectos colaborativos: rúbricas compartidas",
        "description": (
            "Un evento de aprendizaje para diseñar juntos una rúbrica que los socios de un proyecto "
            "puedan usar en todos los países. Traed vuestras rúbricas."
        ),
        "language": "es",
        "kind": EventKind.LEARNING_EVENT,
        "time_zone": "Europe/Madrid",
        "in_days": 20,
        "at": (17, 30),
        "minutes": 90,
        "capacity": 30,
        "participants": [["PT"], ["teacher-fr", "FR"]],
    },
    {
        "organiser": ["teacher-fr", "FR"],
        "organisation": "Réseau Canopé",
        "title": "Ask us anything about eTwinning",
        "description": (
            "A small question-and-answer session in English with the French support service: validation, "
            "partners, the TwinSpace, quality labels. Few seats, so that everyone can ask their question."
        ),
        "language": "en",
        "kind": EventKind.MEETING,
        "time_zone": "Europe/Paris",
        "in_days": 4,
        "at": (18, 30),
        "minutes": 45,
        "capacity": 2,
        "participants": [["teacher-it", "IT"], ["teacher-pl", "PL"], ["ES"], ["DE", "AT"]],
    },
]


def starts_at(spec):
    """The event's start: `in_days` from today, at the hour `at` in its organiser's zone."""
    zone = zoneinfo.ZoneInfo(spec["time_zone"])
    day = timezone.localdate() + datetime.timedelta(days=spec["in_days"])
    return datetime.datetime.combine(day, datetime.time(*spec["at"]), tzinfo=zone)


def load_online_events():
    """Make the demo events that are missing, with their registrations; return how many were made."""
    people = Authors(validated_teachers())
    created = 0
    for spec in EVENTS:
        organiser = people.first(spec["organiser"])
        if organiser is None or OnlineEvent.objects.filter(organiser=organiser, title=spec["title"]).exists():
            continue
        with transaction.atomic():
            event = make_event(spec, organiser)
            register_participants(event, people, spec["participants"])
        created += 1
    return created


def make_event(spec, organiser):
    start = starts_at(spec)
    return OnlineEvent.objects.create(
        organiser=organiser,
        organisation=spec["organisation"],
        title=spec["title"],
        description=spec["description"],
        language=spec["language"],
        kind=spec["kind"],
        start=start,
        end=start + datetime.timedelta(minutes=spec["minutes"]),
        time_zone=spec["time_zone"],
        capacity=spec["capacity"],
        registration_deadline=start - datetime.timedelta(hours=2),
        room_url=f"https://meet.example.org/{organiser.username}-{spec['in_days']}",
    )


def register_participants(event, people, wishes):
    """Seats in the order of `wishes`, then the waiting list. Made directly rather than through
    registration.register: the demo's teachers need no notification of the demo."""
    taken = {event.organiser_id}
    registrations = []
    for wish in wishes:
        participant = people.first(wish, besides=event.organiser)
        if participant is None or participant.pk in taken:
            continue
        taken.add(participant.pk)
        status = Status.REGISTERED if len(registrations) < event.capacity else Status.WAITING
        registrations.append(Registration(event=event, participant=participant, status=status))
    for order, registration in enumerate(registrations):
        registration.registered_at = event.created_at + datetime.timedelta(minutes=order)
    Registration.objects.bulk_create(registrations)
