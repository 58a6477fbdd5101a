from django import template
from django.utils.translation import get_language

from kits.scripts import pdf_available_in

register = template.Library()


@register.simple_tag
def kit_pdf_available():
    """Whether a kit's PDF can be made in the reader's language (kits.scripts)."""
    return pdf_available_in(get_language())
