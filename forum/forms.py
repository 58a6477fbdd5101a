"""The forms of the forum: a post and a reply.

Every list a teacher picks from has a limit that no honest choice reaches, checked before anything else:
a crafted form with 10,000 subjects gets a message at once, rather than 10,000 look-ups."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from countries.models import Country, countries_taking_part
from forum.models import Post, Reply, latest_end_date
from languages.dates import format_date
from languages.spoken import other_language_choices, portal_language_choices
from taxonomy.models import AgeRange, Subject, cached_terms

MAX_SUBJECTS = 30
MAX_AGE_RANGES = 10
MAX_COUNTRIES = 50
MAX_LANGUAGES = 10


def check_at_most(values, limit):
    if values and len(values) > limit:
        raise ValidationError(
            ngettext("Choose at most %(limit)d.", "Choose at most %(limit)d.", limit) % {"limit": limit},
            code="too_many",
        )


class AtMostMixin:
    """A multiple-choice field that refuses more than `at_most` values before it looks at them."""

    def __init__(self, *args, at_most, **kwargs):
        self.at_most = at_most
        super().__init__(*args, **kwargs)

    def clean(self, value):
        check_at_most(value, self.at_most)
        return super().clean(value)


class TermsField(AtMostMixin, forms.ModelMultipleChoiceField):
    """Checkboxes of the rows of `queryset`, drawn from `cached`, a function that gives the same rows from
    the cache (taxonomy.models.cached_terms) rather than a query each time the form is shown; checking
    what was posted asks the database."""

    def __init__(self, queryset, *, cached, **kwargs):
        super().__init__(queryset, **kwargs)
        self.choices = lambda: [(row.pk, self.label_from_instance(row)) for row in cached()]


class LanguagesField(AtMostMixin, forms.MultipleChoiceField):
    pass


class PostForm(forms.ModelForm):
    """A post. The languages are chosen in two lists, the portal's languages as boxes to tick and every
    other language in a list, and saved together (Post.set_languages)."""

    subjects = TermsField(
        Subject.objects.all(),
        cached=lambda: cached_terms(Subject),
        label=_("Subjects"),
        widget=forms.CheckboxSelectMultiple,
        at_most=MAX_SUBJECTS,
    )
    age_ranges = TermsField(
        AgeRange.objects.all(),
        cached=lambda: cached_terms(AgeRange),
        label=_("Pupils' ages"),
        widget=forms.CheckboxSelectMultiple,
        at_most=MAX_AGE_RANGES,
    )
    languages = LanguagesField(
        label=_("Languages of the participating countries"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        at_most=MAX_LANGUAGES,
    )
    other_languages = LanguagesField(
        label=_("Other languages"),
        required=False,
        help_text=_("Hold Ctrl (Cmd on a Mac) to choose several."),
        at_most=MAX_LANGUAGES,
    )
    countries_wanted = TermsField(
        Country.objects.filter(left_on__isnull=True),
        cached=countries_taking_part,
        label=_("Partner countries wanted"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all unticked to welcome partners from any country."),
        at_most=MAX_COUNTRIES,
    )

    class Meta:
        model = Post
        fields = ["title", "description", "subjects", "age_ranges", "countries_wanted", "ends_on"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10}),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = get_language()
        self.fields["languages"].choices = portal_language_choices(language)
        self.fields["other_languages"].choices = other_language_choices(language)
        self.fields["ends_on"].widget.attrs.update(
            min=timezone.localdate().isoformat(), max=latest_end_date().isoformat()
        )
        if self.instance.pk:
            portal_codes = {code for code, _name in self.fields["languages"].choices}
            codes = self.instance.language_codes
            self.initial["languages"] = [code for code in codes if code in portal_codes]
            self.initial["other_languages"] = [code for code in codes if code not in portal_codes]

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if ends_on < timezone.localdate():
            raise ValidationError(_("This day is past. Choose today or a later day."), code="past")
        latest = latest_end_date()
        if ends_on > latest:
            raise ValidationError(
                _("A post runs for at most a year: choose a day up to %(date)s.") % {"date": format_date(latest)},
                code="too_far",
            )
        return ends_on

    def clean(self):
        cleaned_data = super().clean()
        if "languages" in cleaned_data and "other_languages" in cleaned_data:
            codes = [*cleaned_data["languages"], *cleaned_data["other_languages"]]
            if not codes:
                self.add_error("languages", _("Choose at least one language the project would work in."))
            try:
                check_at_most(codes, MAX_LANGUAGES)
            except ValidationError as error:
                self.add_error("other_languages", error)
            cleaned_data["language_codes"] = codes
        return cleaned_data

    def save(self):
        """Save the post with its subjects, ages, countries and languages (the view makes it one
        transaction)."""
        post = super().save()
        post.set_languages(self.cleaned_data["language_codes"])
        return post


class ReplyForm(forms.ModelForm):
    class Meta:
        model = Reply
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}
        labels = {"body": _("Your reply")}

    def __init__(self, *args, post, **kwargs):
        super().__init__(*args, **kwargs)
        self.post = post

    def clean(self):
        if not self.post.is_current:
            raise ValidationError(_("This post has ended: it takes no more replies."), code="ended")
        return super().clean()
