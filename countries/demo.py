"""The 44 participating countries with their names in every portal language, from the Unicode
CLDR through Babel, so no translator has to type 1,364 country names."""

from babel import Locale
from django.conf import settings

from countries.models import Country, SupportType
from portal.panels import translated_field_name

EU_MEMBER_STATES = [
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
]
OTHER_NSS_COUNTRIES = ["AL", "BA", "IS", "LI", "ME", "MK", "NO", "RS", "TR"]
PSA_COUNTRIES = ["AM", "AZ", "GE", "JO", "LB", "MD", "TN", "UA"]


def participating_countries():
    for iso2 in EU_MEMBER_STATES + OTHER_NSS_COUNTRIES:
        yield iso2, SupportType.NSS
    for iso2 in PSA_COUNTRIES:
        yield iso2, SupportType.PSA


def names_in_every_language(iso2):
    return {
        translated_field_name("name", code): Locale.parse(code).territories[iso2] for code, _name in settings.LANGUAGES
    }


def load_countries():
    """Create the countries that are missing; existing ones (maybe edited) are left alone."""
    existing = set(Country.objects.values_list("iso2", flat=True))
    created = 0
    for iso2, support_type in participating_countries():
        if iso2 in existing:
            continue
        names = names_in_every_language(iso2)
        Country.objects.create(iso2=iso2, support_type=support_type, **names)
        created += 1
    return created
