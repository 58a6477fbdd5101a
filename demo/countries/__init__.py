"""The 44 participating countries with their names in every portal language, from the Unicode
CLDR through Babel, so no translator has to type 1,364 country names."""

from babel import Locale
from django.conf import settings

from countries.factories import NationalSectionPageFactory
from countries.models import Country, NationalSectionPage, SupportType
from demo.countries.organisations import ORGANISATIONS
from demo.pages import ensure_child
from languages.panels import translated_field_name

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
        organisation = {key: value for key, value in ORGANISATIONS[iso2].items() if key != "introduction"}
        organisation["organisation_name"] = organisation.pop("name")
        Country.objects.create(iso2=iso2, support_type=support_type, **names, **organisation)
        created += 1
    return created


def load_national_sections(index):
    """A national section for every country under `index` (the countries page), in English, with
    the title in every language from the country's CLDR name. Existing sections are left alone."""
    existing = set(NationalSectionPage.objects.child_of(index).values_list("slug", flat=True))
    created = False
    for country in Country.objects.all():
        slug = country.iso2.lower()
        if slug in existing:
            continue
        ensure_child(
            index,
            NationalSectionPageFactory,
            title=country.name_en,
            slug=slug,
            country=country,
            introduction=ORGANISATIONS[country.iso2]["introduction"],
        )
        created = True
    return created
