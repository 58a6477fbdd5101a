"""The 44 participating countries with their names in every portal language, from the Unicode
CLDR through Babel, so no translator has to type 1,364 country names."""

from babel import Locale

from countries.models import Country, SupportType
from demo.countries.national import ensure_national_section, section_language
from demo.countries.organisations import ORGANISATIONS
from languages.panels import translated_field_name, translated_languages

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
        translated_field_name("name", code): Locale.parse(code).territories[iso2] for code in translated_languages()
    }


def load_countries():
    """Create the countries that are missing; existing ones (maybe edited) are left alone, but for the
    language of their section, which a database made before countries had one lacks."""
    existing = set(Country.objects.values_list("iso2", flat=True))
    created = 0
    for iso2, support_type in participating_countries():
        if iso2 in existing:
            Country.objects.filter(iso2=iso2, language="en").update(language=section_language(iso2))
            continue
        names = names_in_every_language(iso2)
        organisation = {key: value for key, value in ORGANISATIONS[iso2].items() if key != "introduction"}
        organisation["organisation_name"] = organisation.pop("name")
        Country.objects.create(
            iso2=iso2, support_type=support_type, language=section_language(iso2), **names, **organisation
        )
        created += 1
    return created


def load_national_sections(english_index):
    """A national section for every country, written in the country's language (demo.countries.national)
    under the countries page of that language (`english_index` is the English one)."""
    changed = False
    for country in Country.objects.all():
        changed |= ensure_national_section(country, english_index)
    return changed
