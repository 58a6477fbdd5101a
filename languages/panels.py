"""Admin panel for a django-modeltranslation field: one input per language, behind a language chooser.

Without it a translated field would show 31 inputs in one column. The panel shows the default
language plus the one the editor picks (all of them without JavaScript), so editors compare the
source with the translation they are writing.
"""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from languages.codes import native_name


def translated_field_name(field, code):
    return f"{field}_{code.replace('-', '_')}"


def translated_languages():
    """The languages with a column of their own (settings.MODELTRANSLATION_LANGUAGES): not a language
    switched on by EXTRA_LANGUAGES only, which reads the English names."""
    return settings.MODELTRANSLATION_LANGUAGES


def source_language_first():
    codes = translated_languages()
    return [settings.LANGUAGE_CODE] + [code for code in codes if code != settings.LANGUAGE_CODE]


class TranslatedFieldPanel(MultiFieldPanel):
    def __init__(self, field_name, *args, **kwargs):
        self.field_name = field_name
        # A permission must reach each field: on the group alone it would hide the inputs but keep
        # the fields in the form, which would then fail on the required ones.
        children = kwargs.pop("children", None) or [
            FieldPanel(
                translated_field_name(field_name, code),
                heading=f"{native_name(code)} ({code})",
                attrs={"data-translated-field-lang": code},
                permission=kwargs.get("permission"),
            )
            for code in source_language_first()
        ]
        super().__init__(children, *args, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["field_name"] = self.field_name
        return kwargs

    def on_model_bound(self):
        super().on_model_bound()
        if not self.heading:
            self.heading = capfirst(self.model._meta.get_field(self.field_name).verbose_name)

    class BoundPanel(MultiFieldPanel.BoundPanel):
        template_name = "portal/panels/translated_field_panel.html"

        @property
        def media(self):
            return super().media + forms.Media(js=["portal/admin/translated-fields.js"])

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["default_language"] = settings.LANGUAGE_CODE
            context["languages"] = [
                (code, native_name(code)) for code in translated_languages() if code != settings.LANGUAGE_CODE
            ]
            context["chooser_label"] = _("Show translation")
            context["all_label"] = _("All languages")
            return context
