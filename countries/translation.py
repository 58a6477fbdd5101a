from modeltranslation.translator import TranslationOptions, register

from countries.models import Country


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name", "validation_evidence", "school_number_label")
    required_languages = ("en",)
