"""The demo accounts of SPEC, plus a moderator and a translator. Only the demo loader calls this, and
never under production settings; their editorial teams are given by demo.editors."""

from allauth.account.models import EmailAddress
from django.conf import settings

from accounts.models import Role, User, ValidationStatus
from countries.models import Country

# username, role, country, validation status, e-mail, first name, last name
DEMO_ACCOUNTS = [
    ("admin", Role.EDITOR, None, ValidationStatus.VALIDATED, "admin@example.org", "Alex", "Central"),
    ("nss-fr", Role.EDITOR, "FR", ValidationStatus.VALIDATED, "nss-fr@example.org", "Camille", "Martin"),
    ("nss-it", Role.EDITOR, "IT", ValidationStatus.VALIDATED, "nss-it@example.org", "Giulia", "Romano"),
    ("moderator-fr", Role.EDITOR, "FR", ValidationStatus.VALIDATED, "moderator-fr@example.org", "Hugo", "Lefebvre"),
    ("translator-de", Role.EDITOR, None, ValidationStatus.VALIDATED, "translator-de@example.org", "Jonas", "Weber"),
    ("teacher-fr", Role.TEACHER, "FR", ValidationStatus.VALIDATED, "teacher-fr@example.org", "Claire", "Dubois"),
    ("teacher-it", Role.TEACHER, "IT", ValidationStatus.VALIDATED, "teacher-it@example.org", "Marco", "Bianchi"),
    ("teacher-pl", Role.TEACHER, "PL", ValidationStatus.VALIDATED, "teacher-pl@example.org", "Anna", "Kowalska"),
    ("teacher-new", Role.TEACHER, "ES", ValidationStatus.WAITING, "teacher-new@example.org", "Lucía", "García"),
    ("pupil-fr-1", Role.PUPIL, None, ValidationStatus.VALIDATED, "", "Léo", ""),
    ("pupil-it-1", Role.PUPIL, None, ValidationStatus.VALIDATED, "", "Sofia", ""),
]


def load_accounts():
    countries = {country.iso2: country for country in Country.objects.all()}
    created = 0
    for username, role, iso2, status, email, first_name, last_name in DEMO_ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(
            username=username,
            role=role,
            country=countries.get(iso2),
            validation_status=status,
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_staff=username == "admin",
            is_superuser=username == "admin",
        )
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
        if email:
            # Verified, as if confirmed at sign-up: the accounts log in through the portal's log-in at once.
            EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
        created += 1
    return created
