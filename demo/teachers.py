"""Realistic teachers in bulk: a few hundred for the demo, 100,000 for the benchmarks (bench/).

`generate_teachers(n)` makes validated teachers (and a few waiting for validation) with their schools in
the countries of the database, each with a full profile: subjects, pupils' ages, languages spoken, a
presentation, and for about 40 % a project topic they look for partners for; last active over the past
year. Names and addresses come from Faker's locale for each country (Polish names in Poland, Greek in
Greece), towns from a list of real ones, school names from each language's usual patterns.

Fast: rows are written with bulk_create in batches, which sends no signals, so the profiles' search
copies are computed here with live.models' own functions rather than by live.signals; all accounts share
one password hash (DEMO_PASSWORD), hashed once.

Idempotent-ish: generated teachers are numbered (gen-00001, gen-00002, ...), and `generate_teachers(n)`
makes the ones missing up to n, so running it twice changes nothing. The same seed from the same number
of teachers makes the same teachers."""

import importlib.util
import random
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from faker import Faker

from accounts.models import Role, User, ValidationStatus
from countries.models import Country
from languages.codes import LANGUAGE_CODES
from live.models import Profile, SpokenLanguage, language_bits, searchable_text, term_bits
from schools.models import School, SchoolType
from taxonomy.models import AgeRange, Subject

USERNAME_PREFIX = "gen-"
BATCH_SIZE = 2000
WAITING_SHARE = 0.02
LOOKING_SHARE = 0.4
NEW_SCHOOL_SHARE = 0.35  # about three teachers per school
MAX_NAME_ATTEMPTS = 20

# Each country: the Faker locale of its people's names (and addresses, where Faker has them), the
# languages spoken there (the first is the schools' language) and real towns.
COUNTRIES = {
    "AT": ("de_AT", ("de",), ("Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt")),
    "BE": ("nl_BE", ("nl", "fr", "de"), ("Bruxelles", "Antwerpen", "Gent", "Liège", "Brugge", "Namur")),
    "BG": ("bg_BG", ("bg",), ("София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора")),
    "CY": ("el_GR", ("el", "tr"), ("Λευκωσία", "Λεμεσός", "Λάρνακα", "Πάφος", "Παραλίμνι", "Πόλη Χρυσοχούς")),
    "CZ": ("cs_CZ", ("cs",), ("Praha", "Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec")),
    "DE": ("de_DE", ("de",), ("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Leipzig", "Dresden")),
    "DK": ("da_DK", ("da",), ("København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde")),
    "EE": ("et_EE", ("et", "ru"), ("Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi", "Rakvere")),
    "ES": ("es_ES", ("es", "ca", "eu", "gl"), ("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Bilbao")),
    "FI": ("fi_FI", ("fi", "sv"), ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä")),
    "FR": ("fr_FR", ("fr",), ("Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Strasbourg", "Bordeaux")),
    "GR": ("el_GR", ("el",), ("Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα", "Βόλος")),
    "HR": ("hr_HR", ("hr",), ("Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Pula")),
    "HU": ("hu_HU", ("hu",), ("Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr")),
    "IE": ("en_IE", ("en", "ga"), ("Dublin", "Cork", "Galway", "Limerick", "Waterford", "Sligo")),
    "IT": ("it_IT", ("it",), ("Roma", "Milano", "Napoli", "Torino", "Palermo", "Bologna", "Firenze")),
    "LT": ("lt_LT", ("lt",), ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus")),
    "LU": ("fr_FR", ("lb", "fr", "de"), ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck")),
    "LV": ("lv_LV", ("lv", "ru"), ("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils")),
    "MT": ("mt_MT", ("mt", "en"), ("Valletta", "Birkirkara", "Mosta", "Qormi", "Żabbar", "Sliema")),
    "NL": ("nl_NL", ("nl",), ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen")),
    "PL": ("pl_PL", ("pl",), ("Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Lublin")),
    "PT": ("pt_PT", ("pt",), ("Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro")),
    "RO": ("ro_RO", ("ro", "hu"), ("București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța", "Brașov")),
    "SE": ("sv_SE", ("sv",), ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro")),
    "SI": ("sl_SI", ("sl",), ("Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Novo mesto")),
    "SK": ("sk_SK", ("sk", "hu"), ("Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica")),
    "AL": ("sq_AL", ("sq",), ("Tiranë", "Durrës", "Vlorë", "Shkodër", "Elbasan", "Korçë")),
    "BA": ("hr_HR", ("bs", "hr", "sr"), ("Sarajevo", "Banja Luka", "Tuzla", "Zenica", "Mostar", "Bihać")),
    "IS": ("is_IS", ("is",), ("Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri", "Reykjanesbær", "Selfoss")),
    "LI": ("de_AT", ("de",), ("Vaduz", "Schaan", "Triesen", "Balzers", "Eschen", "Mauren")),
    "ME": ("hr_HR", ("sr",), ("Podgorica", "Nikšić", "Herceg Novi", "Bar", "Budva", "Cetinje")),
    "MK": ("mk_MK", ("mk", "sq"), ("Скопје", "Битола", "Куманово", "Прилеп", "Тетово", "Охрид")),
    "NO": ("no_NO", ("nb",), ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand")),
    "RS": ("hr_HR", ("sr", "hu"), ("Beograd", "Novi Sad", "Niš", "Kragujevac", "Subotica", "Čačak")),
    "TR": ("tr_TR", ("tr", "ku"), ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Trabzon")),
    "AM": ("hy_AM", ("hy", "ru"), ("Երևան", "Գյումրի", "Վանաձոր", "Էջմիածին", "Աբովյան", "Կապան")),
    "AZ": ("az_AZ", ("az", "ru"), ("Bakı", "Gəncə", "Sumqayıt", "Mingəçevir", "Lənkəran", "Şəki")),
    "GE": ("ka_GE", ("ka", "ru"), ("თბილისი", "ქუთაისი", "ბათუმი", "რუსთავი", "ზუგდიდი", "გორი")),
    "JO": ("ar_AA", ("ar",), ("عمّان", "إربد", "الزرقاء", "العقبة", "السلط", "مادبا")),
    "LB": ("ar_AA", ("ar", "fr"), ("بيروت", "طرابلس", "صيدا", "صور", "زحلة", "جونية")),
    "MD": ("ro_RO", ("ro", "ru"), ("Chișinău", "Bălți", "Cahul", "Orhei", "Ungheni", "Soroca")),
    "TN": ("fr_DZ", ("ar", "fr"), ("Tunis", "Sfax", "Sousse", "Kairouan", "Bizerte", "Gabès")),
    "UA": ("uk_UA", ("uk",), ("Київ", "Харків", "Львів", "Одеса", "Дніпро", "Вінниця")),
}
FALLBACK_LOCALE = "en_GB"
# People's names for the locales Faker has none for (it would give English ones). Surnames there do
# not change with gender.
NAMES = {
    "sq_AL": (
        ("Blerta", "Elira", "Gentiana", "Jonida", "Lindita", "Mirela", "Ornela", "Rezarta", "Teuta", "Valbona"),
        ("Arben", "Dritan", "Fatmir", "Ilir", "Klodian", "Ndriçim", "Petrit", "Sokol", "Gëzim", "Erion"),
        ("Hoxha", "Shehu", "Leka", "Gashi", "Krasniqi", "Dervishi", "Kola", "Basha", "Marku", "Çela", "Berisha"),
    ),
    "mt_MT": (
        ("Maria", "Carmen", "Rita", "Doris", "Josephine", "Francesca", "Nicole", "Elena", "Marija", "Roberta"),
        ("Joseph", "John", "Mario", "Charles", "Anthony", "Luke", "Matthew", "Kurt", "Ryan", "Ġorġ"),
        ("Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri"),
    ),
}
# Relative numbers of teachers: the countries with the most schools taking part get more.
COUNTRY_WEIGHTS = {"TR": 10, "IT": 8, "PL": 7, "ES": 7, "FR": 6, "RO": 6, "GR": 5, "UA": 4, "PT": 4, "DE": 3}
OTHER_LANGUAGES = ("en", "fr", "de", "es", "it", "ru")

# School names as each language usually makes them: {person}, {last} (a surname), {number}.
PRIMARY, SECONDARY, VOCATIONAL = SchoolType.PRIMARY, SchoolType.SECONDARY, SchoolType.VOCATIONAL
SCHOOL_NAMES = {
    "bg": (
        ("{number}. основно училище", PRIMARY),
        ("{number}. средно училище", SECONDARY),
        ("Професионална гимназия „{person}“", VOCATIONAL),
    ),
    "cs": (
        ("{number}. základní škola", PRIMARY),
        ("Gymnázium {person}", SECONDARY),
        ("Střední odborná škola {person}", VOCATIONAL),
    ),
    "sk": (
        ("{number}. základná škola", PRIMARY),
        ("Gymnázium {person}", SECONDARY),
        ("Stredná odborná škola {person}", VOCATIONAL),
    ),
    "sl": (("Osnovna šola {person}", PRIMARY), ("Gimnazija {person}", SECONDARY)),
    "sq": (
        ("Shkolla 9-vjeçare {person}", PRIMARY),
        ("Shkolla e mesme {person}", SECONDARY),
        ("Shkolla profesionale {person}", VOCATIONAL),
    ),
    "mk": (("ООУ „{person}“", PRIMARY), ("СОУ „{person}“", SECONDARY)),
    "lv": (("{number}. pamatskola", PRIMARY), ("{number}. vidusskola", SECONDARY)),
    "sv": (("{last}skolan", PRIMARY), ("{last}gymnasiet", SECONDARY)),
    "da": (("{last} Skole", PRIMARY), ("{last} Gymnasium", SECONDARY)),
    "nb": (("{last} skole", PRIMARY), ("{last} videregående skole", SECONDARY)),
    "ka": (("N{number} საჯარო სკოლა", SECONDARY),),
    "hy": (("Թիվ {number} դպրոց", SECONDARY),),
    "az": (("{number} nömrəli ibtidai məktəb", PRIMARY), ("{number} nömrəli tam orta məktəb", SECONDARY)),
    "ar": (("مدرسة {last}", PRIMARY), ("مدرسة {last} الثانوية", SECONDARY)),
    "fr": (
        ("École élémentaire {person}", PRIMARY),
        ("Collège {person}", SECONDARY),
        ("Lycée {person}", SECONDARY),
        ("Lycée professionnel {person}", VOCATIONAL),
    ),
    "de": (
        ("{last}-Grundschule", PRIMARY),
        ("{last}-Gymnasium", SECONDARY),
        ("{last}-Realschule", SECONDARY),
        ("{last}-Berufskolleg", VOCATIONAL),
    ),
    "it": (
        ("Scuola primaria {person}", PRIMARY),
        ("Istituto comprensivo {person}", SECONDARY),
        ("Liceo scientifico {person}", SECONDARY),
        ("Istituto tecnico {person}", VOCATIONAL),
    ),
    "es": (("CEIP {person}", PRIMARY), ("IES {person}", SECONDARY), ("Centro de FP {person}", VOCATIONAL)),
    "pt": (
        ("Escola Básica {person}", PRIMARY),
        ("Escola Secundária {person}", SECONDARY),
        ("Escola Profissional {person}", VOCATIONAL),
    ),
    "pl": (
        ("Szkoła Podstawowa nr {number}", PRIMARY),
        ("Liceum Ogólnokształcące nr {number}", SECONDARY),
        ("Technikum nr {number}", VOCATIONAL),
    ),
    "nl": (("Basisschool {last}", PRIMARY), ("{last} College", SECONDARY), ("{last} Vakcollege", VOCATIONAL)),
    "el": (
        ("{number}ο Δημοτικό Σχολείο", PRIMARY),
        ("{number}ο Γυμνάσιο", SECONDARY),
        ("{number}ο Γενικό Λύκειο", SECONDARY),
        ("{number}ο ΕΠΑΛ", VOCATIONAL),
    ),
    "ro": (
        ("Școala Gimnazială nr. {number}", PRIMARY),
        ("Colegiul Național {person}", SECONDARY),
        ("Liceul Tehnologic nr. {number}", VOCATIONAL),
    ),
    "hu": (("{last} Általános Iskola", PRIMARY), ("{last} Gimnázium", SECONDARY), ("{last} Technikum", VOCATIONAL)),
    "tr": (
        ("{person} İlkokulu", PRIMARY),
        ("{person} Ortaokulu", SECONDARY),
        ("{person} Anadolu Lisesi", SECONDARY),
        ("{person} Mesleki ve Teknik Anadolu Lisesi", VOCATIONAL),
    ),
    "hr": (
        ("Osnovna škola {person}", PRIMARY),
        ("{number}. gimnazija", SECONDARY),
        ("Tehnička škola {person}", VOCATIONAL),
    ),
    "uk": (
        ("Початкова школа № {number}", PRIMARY),
        ("Ліцей № {number}", SECONDARY),
        ("Гімназія № {number}", SECONDARY),
    ),
    "en": (
        ("{last} Primary School", PRIMARY),
        ("{last} Secondary School", SECONDARY),
        ("{last} College", SECONDARY),
        ("{last} Vocational School", VOCATIONAL),
    ),
}
# Countries whose schools are not named in the first language spoken there.
SCHOOL_NAME_LANGUAGES = {"BA": "hr", "ME": "hr", "RS": "hr", "LU": "fr", "TN": "fr", "MT": "en"}
# Pupils' ages by the demo's age range slugs (demo.content.AGE_RANGES), where they exist.
AGES_BY_SCHOOL_TYPE = {
    PRIMARY: ("up-to-6", "7-11"),
    SECONDARY: ("12-15", "16-19"),
    VOCATIONAL: ("16-19", "vocational"),
}

PRESENTATION_OPENINGS = (
    "I teach {subjects} at {school} in {town}.",
    "Teacher of {subjects} at {school}, {town}.",
    "At {school} in {town} I teach {subjects}.",
)
PRESENTATION_DETAILS = (
    "My pupils love working with classes abroad.",
    "We are a small school and we like outdoor learning.",
    "I have taken part in school partnerships for several years.",
    "I am new to partnerships and eager to start one.",
    "We often use drama, music and games to learn languages.",
    "Our school has a makerspace and a school garden.",
    "My classes enjoy video calls with partner schools.",
    "We care about inclusion and about the environment.",
)
PARTNER_TOPICS = (
    "Climate change where we live",
    "Fairy tales and legends of our countries",
    "Coding with robots",
    "Healthy food and school canteens",
    "Our town yesterday and today",
    "Women in science",
    "Festivals and traditions",
    "Maths in everyday life",
    "Water: a shared resource",
    "Media literacy and fake news",
    "European history through family stories",
    "Biodiversity in our school garden",
    "Music without borders",
    "Sport and fair play",
    "Reading clubs across Europe",
    "Entrepreneurship for young people",
)


@dataclass
class Locale:
    """Pools of plausible names and addresses from one Faker locale, drawn once: generating each name
    with Faker would cost more than everything else together."""

    code: str
    seed: int

    POOL = 300

    @cached_property
    def faker(self):
        faker = Faker(self.code)
        faker.seed_instance(f"{self.seed}-{self.code}")
        return faker

    @cached_property
    def has_addresses(self):
        return importlib.util.find_spec(f"faker.providers.address.{self.code}") is not None

    @cached_property
    def people(self):
        """(first names, surnames) per gender, so that surnames agree with first names where they do
        (Kowalska, Kowalski)."""
        if self.code in NAMES:
            women, men, surnames = NAMES[self.code]
            return {"female": (women, surnames), "male": (men, surnames)}
        faker = self.faker
        return {
            "female": (
                [faker.first_name_female() for _ in range(self.POOL)],
                [faker.last_name_female() for _ in range(self.POOL)],
            ),
            "male": (
                [faker.first_name_male() for _ in range(self.POOL)],
                [faker.last_name_male() for _ in range(self.POOL)],
            ),
        }

    @cached_property
    def addresses(self):
        if not self.has_addresses:
            return []
        return [(self.faker.street_address().replace("\n", ", "), self.faker.postcode()) for _ in range(self.POOL)]

    def person(self, rng):
        firsts, lasts = self.people[rng.choice(("female", "male"))]
        return rng.choice(firsts), rng.choice(lasts)

    def address(self, rng):
        """(street address, postcode); a surname's street where Faker knows no addresses for the locale."""
        if self.addresses:
            return rng.choice(self.addresses)
        return f"{self.person(rng)[1]} {rng.randint(1, 150)}", str(rng.randint(1000, 9999))


class Generator:
    """Makes teachers numbered from `first` on, in batches (see the module's docstring)."""

    def __init__(self, seed, first):
        self.rng = random.Random(f"{seed}-{first}")
        self.seed = seed
        self.now = timezone.now()
        self.password = make_password(settings.DEMO_PASSWORD)
        self.countries = list(Country.objects.order_by("iso2"))
        self.weights = [COUNTRY_WEIGHTS.get(country.iso2, 1) for country in self.countries]
        self.subjects = list(Subject.objects.all())
        self.ages = list(AgeRange.objects.all())
        self.locales = {}
        self.schools = {country.pk: [] for country in self.countries}  # this run's, to add teachers to
        self.unsaved_schools = []  # this batch's new schools
        self.school_keys = set(School.objects.values_list("country_id", "town_key", "name_key"))

    def locale(self, country):
        code = COUNTRIES.get(country.iso2, (FALLBACK_LOCALE,))[0]
        if code not in self.locales:
            self.locales[code] = Locale(code, self.seed)
        return self.locales[code]

    @staticmethod
    def spoken(country):
        return COUNTRIES.get(country.iso2, (None, ("en",)))[1]

    def towns(self, country):
        if country.iso2 in COUNTRIES:
            return COUNTRIES[country.iso2][2]
        return [self.locale(country).faker.city() for _ in range(6)]

    def country_of(self, number):
        """One teacher in each country first, so that every country has someone to find and statistics
        to show; then countries by their weight."""
        if number <= len(self.countries):
            return self.countries[number - 1]
        return self.rng.choices(self.countries, self.weights)[0]

    def make_batch(self, numbers):
        """Teachers of these numbers, each with a profile, and the new schools they need."""
        teachers = [self.teacher(number) for number in numbers]
        with transaction.atomic():
            # bulk_create gives the new schools their keys, which the teachers' rows then take.
            School.objects.bulk_create(self.unsaved_schools, batch_size=BATCH_SIZE)
            self.unsaved_schools = []
            User.objects.bulk_create(teachers, batch_size=BATCH_SIZE)
            profiles = [self.profile(user) for user in teachers]
            Profile.objects.bulk_create(profiles, batch_size=BATCH_SIZE)
            self.add_terms_and_languages(profiles)

    def teacher(self, number):
        rng = self.rng
        country = self.country_of(number)
        locale = self.locale(country)
        first_name, last_name = locale.person(rng)
        waiting = rng.random() < WAITING_SHARE
        school = self.school_for(country, locale, number)
        language = self.spoken(country)[0]
        return User(
            username=f"{USERNAME_PREFIX}{number:05d}",
            email=f"{USERNAME_PREFIX}{number:05d}@teachers.example",
            first_name=first_name,
            last_name=last_name,
            role=Role.TEACHER,
            country=country,
            school=school,
            validation_status=ValidationStatus.WAITING if waiting else ValidationStatus.VALIDATED,
            language=language if language in LANGUAGE_CODES else "en",
            password=self.password,
            date_joined=self.now - timedelta(days=rng.randint(30, 1500)),
        )

    def school_for(self, country, locale, number):
        """An existing school of this run in `country`, or a new one (unsaved)."""
        existing = self.schools[country.pk]
        if existing and self.rng.random() > NEW_SCHOOL_SHARE:
            return self.rng.choice(existing)
        school = self.new_school(country, locale, number)
        existing.append(school)
        self.unsaved_schools.append(school)
        return school

    def new_school(self, country, locale, number):
        rng = self.rng
        language = SCHOOL_NAME_LANGUAGES.get(country.iso2, self.spoken(country)[0])
        patterns = SCHOOL_NAMES.get(language, SCHOOL_NAMES["en"])
        town = rng.choice(self.towns(country))
        # A name not yet taken in the town; a number after it when the patterns run out of names.
        for attempt in range(MAX_NAME_ATTEMPTS * 2):
            pattern, school_type = rng.choice(patterns)
            first, last = locale.person(rng)
            name = pattern.format(person=f"{first} {last}", last=last, number=rng.randint(1, 60 + attempt * 10))
            if attempt >= MAX_NAME_ATTEMPTS:
                name = f"{name} {attempt}"
            school = School(country=country, name=name, town=town, type=school_type)
            school.set_matching_keys()
            key = (country.pk, school.town_key, school.name_key)
            if key not in self.school_keys:
                break
        self.school_keys.add(key)
        school.address, school.postcode = locale.address(rng)
        school.head_name = " ".join(locale.person(rng))
        school.head_email = f"head-{number:05d}@schools.example"
        school.official_number = str(rng.randint(10**7, 10**8 - 1)) if country.school_number_required else ""
        school.is_validated = True
        school.head_notified_at = self.now
        return school

    def profile(self, user):
        rng = self.rng
        subjects = rng.sample(self.subjects, min(len(self.subjects), rng.choice((1, 1, 2, 2, 3))))
        ages = self.ages_for(user.school.type)
        languages = self.languages_for(user.country)
        topic = rng.choice(PARTNER_TOPICS) if rng.random() < LOOKING_SHARE else ""
        presentation = self.presentation(user.school, subjects, ages)
        profile = Profile(
            user=user,
            presentation=presentation,
            looking_for_partners=bool(topic),
            partner_topic=topic,
            last_active_at=self.now - timedelta(minutes=rng.randint(0, 365 * 24 * 60)),
            country_id=user.country_id,
            is_findable=user.validation_status == ValidationStatus.VALIDATED,
            subject_bits=term_bits(term.pk for term in subjects),
            age_bits=term_bits(term.pk for term in ages),
            language_bits=language_bits(languages),
            search_text=searchable_text(user.display_name, user.school.name, user.school.town, presentation, topic),
        )
        profile.generated = (subjects, ages, languages)
        return profile

    def ages_for(self, school_type):
        by_slug = {term.slug: term for term in self.ages}
        likely = [by_slug[slug] for slug in AGES_BY_SCHOOL_TYPE.get(school_type, ()) if slug in by_slug]
        pool = likely or self.ages
        return self.rng.sample(pool, min(len(pool), self.rng.choice((1, 1, 2))))

    def languages_for(self, country):
        rng = self.rng
        spoken = list(self.spoken(country))
        languages = [spoken[0]] + [code for code in spoken[1:] if rng.random() < 0.3]
        if rng.random() < 0.8:
            languages.append("en")
        if rng.random() < 0.25:
            languages.append(rng.choice(OTHER_LANGUAGES))
        return list(dict.fromkeys(languages))

    def presentation(self, school, subjects, ages):
        rng = self.rng
        opening = rng.choice(PRESENTATION_OPENINGS).format(
            subjects=" and ".join(term.name_en.lower() for term in subjects) or "several subjects",
            school=school.name,
            town=school.town,
        )
        return " ".join([opening, pupils_ages(ages), *rng.sample(PRESENTATION_DETAILS, 2)])

    @staticmethod
    def add_terms_and_languages(profiles):
        subjects, ages, languages = [], [], []
        for profile in profiles:
            profile_subjects, profile_ages, profile_languages = profile.generated
            subjects += [
                Profile.subjects.through(profile_id=profile.pk, subject_id=term.pk) for term in profile_subjects
            ]
            ages += [Profile.age_ranges.through(profile_id=profile.pk, agerange_id=term.pk) for term in profile_ages]
            languages += [SpokenLanguage(profile_id=profile.pk, code=code) for code in profile_languages]
        Profile.subjects.through.objects.bulk_create(subjects, batch_size=BATCH_SIZE)
        Profile.age_ranges.through.objects.bulk_create(ages, batch_size=BATCH_SIZE)
        SpokenLanguage.objects.bulk_create(languages, batch_size=BATCH_SIZE)


def pupils_ages(ages):
    """The presentation's sentence on the pupils' ages ("My pupils are 12 to 15 years old."), from the
    age ranges' English names (demo.content.AGE_RANGES)."""
    years = [term.name_en.removesuffix(" years").lower() for term in ages if term.name_en.endswith(" years")]
    if years:
        return f"My pupils are {' and '.join(years)} years old."
    return "My pupils are in vocational training." if ages else "I teach pupils of all ages."


def generated_count():
    return User.objects.filter(username__startswith=USERNAME_PREFIX).count()


def generate_teachers(count, *, seed=1, progress=None):
    """Make the generated teachers missing up to `count`; returns how many were made. `progress(done,
    total)` is called after each batch."""
    existing = generated_count()
    numbers = list(range(existing + 1, count + 1))
    if not numbers:
        return 0
    if not Country.objects.exists():
        raise ValueError("There are no countries to put teachers in: load the demo data first.")
    generator = Generator(seed, existing + 1)
    for start in range(0, len(numbers), BATCH_SIZE):
        generator.make_batch(numbers[start : start + BATCH_SIZE])
        if progress:
            progress(min(start + BATCH_SIZE, len(numbers)), len(numbers))
    return len(numbers)
