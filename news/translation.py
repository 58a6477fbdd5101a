from modeltranslation.translator import register

from news.models import Topic
from taxonomy.translation import TaxonomyTranslationOptions

register(Topic)(TaxonomyTranslationOptions)
