"""The demo accounts of SPEC. Only the demo loader calls this, and never under production settings."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission

from accounts.models import Role, User, ValidationStatus
from countries.models import Country

NATIONAL_EDITORS_GROUP = "National editors"

# username, role, country, validation status, e-mail, first name, last name
DEMO_ACCOUNTS = [
    ("admin", Role.EDITOR, None, ValidationStatus.VALIDATED, "admin@example.org", "Alex", "Central"),
    ("nss-fr", Role.EDITOR, "FR", ValidationStatus.VALIDATED, "nss-fr@example.org", "Camille", "Martin"),
    ("nss-it", Role.EDITOR, "IT", ValidationStatus.VALIDATED, "nss-it@example.org", "Giulia", "Romano"),
    ("teacher-fr", Role.TEACHER, "FR", ValidationStatus.VALIDATED, "teacher-fr@example.org", "Claire", "Dubois"),
    ("teacher-it", Role.TEACHER, "IT", ValidationStatus.VALIDATED, "teacher-it@example.org", "Marco", "Bianchi"),
    ("teacher-pl", Role.TEACHER, "PL", ValidationStatus.VALIDATED, "teacher-pl@example.org", "Anna", "Kowalska"),
    ("teacher-new", Role.TEACHER, "ES", ValidationStatus.WAITING, "teacher-new@example.org", "Lucía", "García"),
    ("pupil-fr-1", Role.PUPIL, None, ValidationStatus.VALIDATED, "", "Léo", ""),
    ("pupil-it-1", Role.PUPIL, None, ValidationStatus.VALIDATED, "", "Sofia", ""),
]


def national_editors_group():
    """Editors of a country may enter the admin; what they may edit there is granted per country."""
    group, _created = Group.objects.get_or_create(name=NATIONAL_EDITORS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return group


def load_accounts():
    countries = {country.iso2: country for country in Country.objects.all()}
    group = national_editors_group()
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
        if role == Role.EDITOR and iso2:
            user.groups.add(group)
        created += 1
    return created
