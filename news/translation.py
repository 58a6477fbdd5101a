from modeltranslation.translator import register

from kits.translation import TaxonomyTranslationOptions
from news.models import Topic

register(Topic)(TaxonomyTranslationOptions)
