"""The schools of a winning project. Their names and towns are proper names: kept as written in
every language, so they are blocks wagtail-localize does not offer for translation."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class ProperNameBlock(blocks.FieldBlock):
    """A line of text that translations copy from the original instead of translating (a CharBlock
    would be a translation segment)."""

    def __init__(self, max_length=200, help_text=None, **kwargs):
        self.field = forms.CharField(max_length=max_length, help_text=help_text)
        super().__init__(**kwargs)

    def get_searchable_content(self, value):
        return [value]


class SchoolBlock(blocks.StructBlock):
    name = ProperNameBlock(label=_("School"), help_text=_("The school's name as the school writes it."))
    town = ProperNameBlock(max_length=100, label=_("Town"), help_text=_("The town or village the school is in."))
    country = SnippetChooserBlock(
        "countries.Country", label=_("Country"), help_text=_("Its flag and name are shown beside the project.")
    )

    class Meta:
        icon = "home"
        label = _("School")
