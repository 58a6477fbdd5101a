"""Which languages a kit's PDF can be written in, by the script (alphabet) the language is written in.

The PDF fonts (Noto Sans, kits/fonts) cover the Latin, Greek and Cyrillic alphabets, which are written
left to right letter by letter. Arabic and Hebrew are written right to left, and Arabic letters join
(each takes another shape by its neighbours): ReportLab 5.1 shapes letters with uharfbuzz but puts words
in right-to-left order only through its rlbidi package, which the package index this project installs
from does not offer. A PDF in such a language would show disconnected letters in the wrong order, so
none is made: the kit page says so and its /pdf/ address answers with that message instead
(docs/translation.md, "Right-to-left languages")."""

from babel.core import get_global
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import to_locale

# ISO 15924 codes of the scripts the fonts in kits/fonts show and ReportLab lays out correctly.
PDF_SCRIPTS = {"Latn", "Grek", "Cyrl"}


def writing_script(language_code):
    """The script `language_code` is written in ("Latn", "Cyrl", "Arab"...): the one it names
    ("sr-latn"), else the usual one from the Unicode CLDR's likely subtags (sr: Cyrillic; ar: Arabic)."""
    language, *subtags = to_locale(language_code).split("_")
    named = [subtag for subtag in subtags if len(subtag) == 4]
    if named:
        return named[0]
    likely = get_global("likely_subtags").get(language, "").split("_")
    return likely[1] if len(likely) == 3 else None


def pdf_available_in(language_code):
    return writing_script(language_code) in PDF_SCRIPTS


def pdf_unavailable_response(request):
    """What a kit's /pdf/ address answers in a language whose PDF cannot be made: a page that says so
    and links to the kit, with 404, since there is no such file."""
    context = {"kit_url": request.path.removesuffix("pdf/"), "page_title": _("No PDF in this language")}
    return render(request, "kits/pdf_unavailable.html", context, status=404)
