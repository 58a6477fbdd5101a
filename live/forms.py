"""The teacher's profile form: their name (kept on the account), photo, subjects, pupils' ages, languages,
presentation, and whether they look for partners, in one form saved in one transaction (live.views)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from languages.codes import LANGUAGE_CODES
from languages.spoken import spoken_language_names
from live.models import LANGUAGES, Profile, SpokenLanguage, note_languages_added
from live.photos import PHOTO_FORMATS, profile_photo
from taxonomy.models import AgeRange, Subject, cached_terms

MAX_SUBJECTS = 30
MAX_AGE_RANGES = 10
MAX_LANGUAGES = 20
# Offered as checkboxes, all others in one list: the languages of the portal's countries, which most of its
# teachers speak and look for.
USUAL_LANGUAGES = frozenset(LANGUAGE_CODES)
TOO_MANY_LANGUAGES = ngettext_lazy("Choose at most %(limit)d language.", "Choose at most %(limit)d languages.", "limit")


class LimitedChoicesMixin:
    """An optional multiple-choice field that refuses more than `limit` values before looking any of them up,
    so that a crafted post of thousands of values costs nothing and gets a clear message."""

    def __init__(self, *args, limit, too_many, **kwargs):
        super().__init__(*args, required=False, **kwargs)
        self.limit = limit
        self.error_messages["too_many"] = too_many

    def clean(self, value):
        if value and len(value) > self.limit:
            raise ValidationError(self.error_messages["too_many"], code="too_many", params={"limit": self.limit})
        return super().clean(value)


class TermsField(LimitedChoicesMixin, forms.ModelMultipleChoiceField):
    """Checkboxes of a taxonomy's terms, named in the reader's language. The checkboxes come from the
    cache of terms (taxonomy.models.cached_terms); checking what was posted asks the database."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, model, **kwargs):
        super().__init__(model.objects.all(), **kwargs)
        self.choices = lambda: [(term.pk, term.name) for term in cached_terms(model)]


class LanguagesField(LimitedChoicesMixin, forms.MultipleChoiceField):
    pass


def name_field(name):
    return User._meta.get_field(name).formfield(required=True)


def other_language_choices(names, spoken):
    """The languages of the list below the checkboxes. Those the teacher speaks come first, in a group of their
    own: among hundreds, the ones chosen would otherwise stay out of sight."""
    others = [(code, name) for code, name in names if code not in USUAL_LANGUAGES]
    if not spoken:
        return others
    return [
        (_("Your languages"), [(code, name) for code, name in others if code in spoken]),
        (_("All other languages"), [(code, name) for code, name in others if code not in spoken]),
    ]


class ProfileForm(forms.ModelForm):
    first_name = name_field("first_name")
    last_name = name_field("last_name")
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ",".join(f"image/{name.lower()}" for name in PHOTO_FORMATS)}),
        help_text=_("A JPEG, PNG, WebP or GIF image of at most 5 MB. It is cropped to a square."),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    subjects = TermsField(
        Subject,
        label=_("Subjects you teach"),
        limit=MAX_SUBJECTS,
        too_many=ngettext_lazy("Choose at most %(limit)d subject.", "Choose at most %(limit)d subjects.", "limit"),
    )
    age_ranges = TermsField(
        AgeRange,
        label=_("Your pupils' ages"),
        limit=MAX_AGE_RANGES,
        too_many=ngettext_lazy(
            "Choose at most %(limit)d age category.", "Choose at most %(limit)d age categories.", "limit"
        ),
    )
    usual_languages = LanguagesField(
        label=_("Languages you speak"),
        widget=forms.CheckboxSelectMultiple,
        limit=MAX_LANGUAGES,
        too_many=TOO_MANY_LANGUAGES,
    )
    other_languages = LanguagesField(
        label=_("Other languages"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("To choose several, hold down Ctrl (⌘ on a Mac) as you click."),
        limit=MAX_LANGUAGES,
        too_many=TOO_MANY_LANGUAGES,
    )

    class Meta:
        model = Profile
        fields = ["subjects", "age_ranges", "presentation", "looking_for_partners", "partner_topic"]
        labels = {"looking_for_partners": _("I am looking for partners for a project")}

    def __init__(self, *args, instance, **kwargs):
        user = instance.user
        spoken = {language.code for language in instance.languages.all()}
        initial = {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "usual_languages": sorted(spoken & USUAL_LANGUAGES),
            "other_languages": sorted(spoken - USUAL_LANGUAGES),
        }
        super().__init__(*args, instance=instance, initial=initial, **kwargs)
        names = spoken_language_names(get_language()).items()
        self.fields["usual_languages"].choices = [(code, name) for code, name in names if code in USUAL_LANGUAGES]
        self.fields["other_languages"].choices = other_language_choices(names, spoken - USUAL_LANGUAGES)

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        return profile_photo(upload) if upload else None

    def clean(self):
        cleaned_data = super().clean()
        languages = {*cleaned_data.get("usual_languages", ()), *cleaned_data.get("other_languages", ())}
        if len(languages) > MAX_LANGUAGES:
            too_many = ValidationError(TOO_MANY_LANGUAGES, code="too_many", params={"limit": MAX_LANGUAGES})
            self.add_error("other_languages", too_many)
        cleaned_data["languages"] = languages
        return cleaned_data

    def save(self):
        """Everything the form holds, in the caller's transaction. The new photo's file is written last but
        one, just before the profile that names it."""
        profile = self.instance
        user = profile.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        self.save_languages(profile)
        self.replace_photo(profile)
        return super().save()

    def save_languages(self, profile):
        """Keeps the languages still spoken, adds the new ones in one INSERT, and then refreshes the
        profile's search copy of them itself, as the INSERT sends no signal (live.signals)."""
        languages = self.cleaned_data["languages"]
        profile.languages.exclude(code__in=languages).delete()
        kept = set(profile.languages.values_list("code", flat=True))
        added = sorted(languages - kept)
        SpokenLanguage.objects.bulk_create(SpokenLanguage(profile=profile, code=code) for code in added)
        note_languages_added(profile.pk, added)
        profile.refresh_search_fields([LANGUAGES])

    def replace_photo(self, profile):
        """A new photo replaces the old one, or the teacher removes theirs; the old file goes once the
        transaction has committed (until then, a failure keeps the profile as it was, photo included)."""
        new_photo, old_name = self.cleaned_data["photo"], profile.photo.name
        if new_photo:
            profile.photo.save(new_photo.name, new_photo, save=False)
        elif self.cleaned_data["remove_photo"]:
            profile.photo = ""
        if old_name and profile.photo.name != old_name:
            storage = profile.photo.storage
            transaction.on_commit(lambda: storage.delete(old_name))
