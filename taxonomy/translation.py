from modeltranslation.translator import TranslationOptions, register

from taxonomy.models import AgeRange, KeyCompetence, Subject


class TaxonomyTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)


for taxonomy in (Subject, AgeRange, KeyCompetence):
    register(taxonomy)(TaxonomyTranslationOptions)
