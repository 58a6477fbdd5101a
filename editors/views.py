"""Admin views of the translation workflow: translate a page within one's own scope, the overview
per language, what changed in a source since its translation, and PO import."""

import contextlib
import os
import tempfile

import polib
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from editors.access import pages_under, scope_of
from editors.translation_state import State, counts_by_locale, page_translations

PO_MAX_BYTES = 5 * 1024 * 1024


class TranslatePageView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", for national teams and translators.

    wagtail-localize's own view needs the global `submit_translation` permission and offers every
    language; here a national team translates pages of its own section (into any language) and a
    translator translates any page into their own languages only.
    """

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.allowed_locales = scope_of(request.user).translation_locales(self.object)
        if not self.allowed_locales.exists():
            raise PermissionDenied
        if request.method == "POST":
            allowed = {str(pk) for pk in self.allowed_locales.values_list("pk", flat=True)}
            if set(request.POST.getlist("locales")) - allowed:
                raise PermissionDenied
        self.components = TranslationComponentManager.from_request(request, source_object_instance=self.object)
        # wagtail-localize's own dispatch refuses anyone without the global permission; the checks
        # above replace it, so go straight on to Django's.
        return TemplateView.dispatch(self, request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        form.fields["locales"].queryset = form.fields["locales"].queryset.filter(pk__in=self.allowed_locales)
        return form


def scoped_pages(scope):
    """The pages whose translations the user follows: all for the central team and translators,
    the national section(s) for national teams."""
    if scope.is_central or scope.locale_ids:
        return Page.objects.all()
    if scope.section_paths:
        return pages_under(scope.section_paths)
    raise PermissionDenied


def overview(request):
    """For every language: how many pages are translated, out of date or missing."""
    scope = scope_of(request.user)
    results = page_translations(scoped_pages(scope))
    counts = counts_by_locale(results)
    rows = [
        {
            "locale": locale,
            "mine": locale.pk in scope.locale_ids,
            "counts": [(state, label, counts[locale.pk][state]) for state, label in State.choices],
        }
        for locale in Locale.objects.all()
        if locale.pk in counts
    ]
    rows.sort(key=lambda row: (not row["mine"], str(row["locale"].get_display_name())))
    return TemplateResponse(request, "editors/translation_overview.html", {"rows": rows, "states": State.choices})


class LanguageFilter(forms.Form):
    state = forms.ChoiceField(choices=State.choices, required=False)


def language_pages(request, language_code):
    """The pages of one language in one state, with a link to the work each needs."""
    scope = scope_of(request.user)
    locale = get_object_or_404(Locale, language_code=language_code)
    state_filter = LanguageFilter(request.GET)
    state = state_filter.cleaned_data["state"] if state_filter.is_valid() else ""
    results = [
        result
        for result in page_translations(scoped_pages(scope), locale_ids=[locale.pk])
        if not state or result.state == state
    ]
    results.sort(key=lambda result: result.source["path"])
    pages = Page.objects.select_related("locale").in_bulk([result.source["id"] for result in results])
    rows = [
        {
            "result": result,
            "page": pages[result.source["id"]],
            "state_label": State(result.state).label,
            "may_translate": result.state == State.MISSING
            and scope.may_translate_into(pages[result.source["id"]], locale.pk),
        }
        for result in results[:500]
    ]
    context = {"locale": locale, "rows": rows, "state": state, "states": State.choices, "total": len(results)}
    return TemplateResponse(request, "editors/translation_language.html", context)


def editable_translation(request, translation_id):
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), id=translation_id)
    target = translation.get_target_instance()
    if not user_can_edit_instance(request.user, target):
        raise PermissionDenied
    return translation, target


def changes(request, translation_id):
    """What a translator has to do after the source changed: its text with no translation yet."""
    translation, target = editable_translation(request, translation_id)
    segments = list(
        StringSegment.objects.filter(source=translation.source).select_related("string", "context").order_by("order")
    )
    translated = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale, translation_of__in=[segment.string_id for segment in segments]
        ).values_list("translation_of_id", "context_id")
    )
    untranslated = [segment for segment in segments if (segment.string_id, segment.context_id) not in translated]
    context = {
        "translation": translation,
        "target": target,
        "untranslated": untranslated,
        "upload_form": PoUploadForm(),
    }
    return TemplateResponse(request, "editors/translation_changes.html", context)


def submit_for_review(request, translation_id):
    """Save the translation as a draft of its page and submit it to the page's workflow.

    wagtail-localize's editor can only publish, which translators and national editors may not do;
    this is their way to hand a translation to the moderators (central team, or the country's
    moderators inside a national section).
    """
    translation, target = editable_translation(request, translation_id)
    workflow = target.get_workflow()
    if request.method == "POST":
        if workflow is None:
            messages.error(request, _("No review is set up for this page. Ask the central team to publish it."))
        elif target.workflow_in_progress:
            messages.error(request, _("This translation is already waiting for review."))
        else:
            translation.save_target(user=request.user, publish=False)
            target.refresh_from_db()
            workflow.start(target, request.user)
            messages.success(request, _("The translation was submitted for review."))
            return redirect("wagtailadmin_pages:edit", target.pk)
    context = {"translation": translation, "target": target, "workflow": workflow}
    return TemplateResponse(request, "editors/submit_for_review.html", context)


class PoUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("PO file"),
        help_text=gettext_lazy("The file downloaded for this translation, with the translations filled in."),
    )

    def __init__(self, *args, translation=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.translation = translation

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > PO_MAX_BYTES:
            raise forms.ValidationError(_("This PO file is too big (5 MB at most)."))
        po = parse_po(upload.read())
        if po is None:
            raise forms.ValidationError(_("This is not a PO file. Download the PO file of this translation first."))
        if po.metadata.get("X-WagtailLocalize-TranslationID") != str(self.translation.uuid):
            raise forms.ValidationError(_("This PO file was made for another page or language."))
        return po


def parse_po(content):
    """polib reads a file name as well as file content, so content goes through a temporary file
    (a crafted upload must not make it open a path of ours)."""
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as file:
        file.write(content)
    try:
        return polib.pofile(file.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(file.name)


@require_POST
def upload_po(request, translation_id):
    """Import a translation agency's PO file (replaces wagtail-localize's view of the same address,
    which fails with a server error on a missing file or a PO file of another tool)."""
    translation, _target = editable_translation(request, translation_id)
    form = PoUploadForm(request.POST, request.FILES, translation=translation)
    if form.is_valid():
        translation.import_po(form.cleaned_data["file"], user=request.user, tool_name="PO File")
        messages.success(request, _("The translations of the PO file were imported."))
    else:
        for error in form.errors.get("file", []):
            messages.error(request, error)
    fallback = reverse("editors:translation_changes", args=[translation.pk])
    return redirect(get_valid_next_url_from_request(request) or fallback)
