"""Live's demo: the SPEC teachers with their schools and full profiles, `teacher-new` waiting in Spain's
validation queue with its evidence, what the support services ask of new teachers, and the teachers'
first contacts. Idempotent: what exists is left alone."""

from django.core.files.base import ContentFile
from django.utils import timezone

from accounts.models import Role, User, ValidationStatus
from contacts.models import Contact, ContactRequest, RequestStatus
from countries.models import Country
from live.models import Profile, SpokenLanguage
from messaging.models import Conversation
from schools.models import School, SchoolType
from taxonomy.models import AgeRange, Subject
from validation.models import Evidence

# What the support services of the demo's countries ask of new teachers (English; the field is translated
# like every country field, and falls back to English).
EVIDENCE_ASKED = {
    "FR": (
        "Your school's UAI number and a document showing that you teach there: a staff card, a timetable or a "
        "letter from your head teacher.",
        "UAI",
    ),
    "IT": (
        "Your school's codice meccanografico and a document showing that you teach there: a staff card or a "
        "certificate from your head teacher.",
        "Codice meccanografico",
    ),
    "PL": ("A document showing that you teach at the school: a staff card or a letter from your head teacher.", ""),
    "ES": (
        "Your school's código de centro and a document showing that you teach there: a staff card or a "
        "certificate from the school's secretary.",
        "Código de centro",
    ),
}
DEFAULT_EVIDENCE = "A document showing that you work at the school: a staff card or a letter from your head teacher."

# username: school (name, address, town, postcode, type, official number, head's name, head's e-mail)
SCHOOLS = {
    "teacher-fr": (
        "Lycée Ampère",
        "31 rue de la Bourse",
        "Lyon",
        "69002",
        SchoolType.SECONDARY,
        "0690023A",
        "Nathalie Perrin",
        "direction@lycee-ampere.example.org",
    ),
    "teacher-it": (
        "Istituto Comprensivo Galileo Galilei",
        "Via della Colonna 12",
        "Firenze",
        "50121",
        SchoolType.SECONDARY,
        "FIIC85400X",
        "Roberto Conti",
        "dirigente@icgalilei.example.org",
    ),
    "teacher-pl": (
        "Szkoła Podstawowa nr 7",
        "ul. Długa 5",
        "Kraków",
        "31-147",
        SchoolType.PRIMARY,
        "",
        "Ewa Nowak",
        "dyrektor@sp7.example.org",
    ),
    "teacher-new": (
        "IES Murillo",
        "Calle Huelva 16",
        "Sevilla",
        "41004",
        SchoolType.SECONDARY,
        "41009962",
        "Javier Morales",
        "direccion@iesmurillo.example.org",
    ),
}

# username: (subjects, age ranges, languages, presentation, looking for partners, topic)
PROFILES = {
    "teacher-fr": (
        ["natural-sciences", "biology", "environment"],
        ["12-15", "16-19"],
        ["fr", "en", "it"],
        "I teach life and earth sciences in Lyon. My pupils love field work: ponds, bees and city trees.",
        True,
        "Biodiversity in our school grounds",
    ),
    "teacher-it": (
        ["natural-sciences", "mathematics", "environment"],
        ["12-15"],
        ["it", "en", "fr"],
        "Insegno scienze e matematica a Firenze. Cerchiamo partner per progetti sull'acqua e il clima.",
        True,
        "Water and climate in our towns",
    ),
    "teacher-pl": (
        ["foreign-languages", "history", "citizenship"],
        ["7-11"],
        ["pl", "en", "de"],
        "Uczę języka angielskiego w szkole podstawowej w Krakowie. Lubimy projekty o tradycjach i świętach.",
        True,
        "Festivals and traditions across Europe",
    ),
    "teacher-new": (
        ["history", "geography"],
        ["16-19"],
        ["es", "en"],
        "Profesora de geografía e historia en Sevilla.",
        False,
        "",
    ),
}
# The demo conversation of teacher-fr and teacher-it: (sender, text).
CONVERSATION = [
    ("teacher-fr", "Hello Marco! Thank you for accepting. Shall we plan a project on water in our two towns?"),
    ("teacher-it", "Ciao Claire! Yes, gladly. My 13-year-olds could measure the Arno, yours the Rhône and the Saône."),
    ("teacher-fr", "Perfect. I will draft the first activities this week: https://example.org/water-project-draft"),
    ("teacher-it", "Great, I will read it on Monday. Shall we have a video call on Thursday at 16:00?"),
]
EVIDENCE_STATEMENT = "I have taught geography and history at IES Murillo since 2019; my staff card is attached."


def load_live():
    set_evidence_asked()
    teachers = {user.username: user for user in User.objects.filter(username__in=SCHOOLS)}
    for username, teacher in teachers.items():
        attach_school(teacher, SCHOOLS[username])
        fill_profile(teacher, PROFILES[username])
    if "teacher-new" in teachers:
        send_evidence(teachers["teacher-new"])
    if {"teacher-fr", "teacher-it", "teacher-pl"} <= teachers.keys():
        make_contacts(teachers["teacher-fr"], teachers["teacher-it"])
        write_conversation(teachers)
        ask_contact(
            teachers["teacher-it"],
            teachers["teacher-pl"],
            "Ciao Anna! Would your pupils like to swap letters with mine?",
        )


def validated_teachers():
    """{username: teacher} of the validated teachers, who write the demo's forum posts."""
    teachers = User.objects.filter(role=Role.TEACHER, validation_status=ValidationStatus.VALIDATED)
    return {teacher.username: teacher for teacher in teachers.select_related("country")}


def set_evidence_asked():
    for country in Country.objects.filter(validation_evidence_en=""):
        text, number_label = EVIDENCE_ASKED.get(country.iso2, (DEFAULT_EVIDENCE, ""))
        country.validation_evidence_en = text
        country.school_number_label_en = number_label
        country.school_number_required = bool(number_label)
        country.save()


def attach_school(teacher, fields):
    name, address, town, postcode, school_type, number, head_name, head_email = fields
    school, _created = School.objects.get_or_create(
        country=teacher.country,
        name=name,
        town=town,
        defaults={
            "address": address,
            "postcode": postcode,
            "type": school_type,
            "official_number": number,
            "head_name": head_name,
            "head_email": head_email,
            "is_validated": teacher.is_validated_teacher,
            "created_by": teacher,
            # The demo's head teachers are not told: they are made up.
            "head_notified_at": timezone.now(),
        },
    )
    if teacher.school_id != school.pk:
        teacher.school = school
        teacher.save()


def fill_profile(teacher, fields):
    subjects, ages, languages, presentation, looking, topic = fields
    profile, _created = Profile.objects.get_or_create(user=teacher)
    if profile.presentation:
        return
    profile.presentation = presentation
    profile.looking_for_partners = looking
    profile.partner_topic = topic
    profile.save()
    profile.subjects.set(Subject.objects.filter(slug__in=subjects))
    profile.age_ranges.set(AgeRange.objects.filter(slug__in=ages))
    SpokenLanguage.objects.bulk_create([SpokenLanguage(profile=profile, code=code) for code in languages])
    profile.refresh_search_fields()


def send_evidence(teacher):
    evidence, created = Evidence.objects.get_or_create(teacher=teacher)
    if not created:
        return
    evidence.statement = EVIDENCE_STATEMENT
    evidence.document.save("staff-card.pdf", ContentFile(staff_card_pdf(teacher)), save=False)
    evidence.submitted_at = timezone.now()
    evidence.save()


def staff_card_pdf(teacher):
    """A one-page PDF standing for the staff card a real teacher would scan."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A6, landscape
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A6))
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(24, 250, teacher.school.name if teacher.school else "")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(24, 220, f"Staff card: {teacher.get_full_name()}")
    canvas.drawString(24, 200, "Teacher of geography and history, 2019-")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def make_contacts(first, second):
    if Contact.objects.filter(owner=first, other=second).exists():
        return
    ContactRequest.objects.create(
        sender=first, recipient=second, status=RequestStatus.ACCEPTED, answered_at=timezone.now()
    )
    Contact.objects.make(first, second)


def write_conversation(teachers):
    conversation = Conversation.objects.start(teachers["teacher-fr"], teachers["teacher-it"])
    if conversation.last_message_at is None:
        for username, text in CONVERSATION:
            conversation.add_message(teachers[username], text)


def ask_contact(sender, recipient, note):
    ContactRequest.objects.get_or_create(
        sender=sender, recipient=recipient, status=RequestStatus.PENDING, defaults={"note": note}
    )
