"""Partner finding (/<lang>/live/partners/): validated teachers, filtered by country, subject, pupils' age,
language spoken, "looking for partners" and free text, ranked by how well they match the searcher's own
profile (live.ranking), 20 a page.

Only findable teachers are listed: validated and active (the `is_findable` copy, live.models), never the
searcher, never a teacher who blocked the searcher or whom the searcher blocked. The filters are GET
parameters, so that a search can be shared and works without JavaScript; a value that is not one of the
choices is left out with a message, never an error. How it stays fast over 100,000 teachers (one query
for the page, one for the count, indexes rather than caches) is in docs/live.md."""

from dataclasses import dataclass

from django import forms
from django.db.models import Exists, F, OuterRef, Q
from django.shortcuts import render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from accounts.access import validated_teacher_required
from contacts.models import Block
from core.caching import SITE, cached_fragment
from core.listing import Listing
from countries.models import Country
from languages.folding import fold
from languages.spoken import spoken_language_codes, spoken_language_names
from live.activity import note_activity
from live.models import (
    LANGUAGE_BIT,
    TEACHERS_LANGUAGES,
    Profile,
    SpokenLanguage,
    languages_spoken_by_teachers,
    searchable_words,
    term_bit,
)
from live.ranking import Reasons, Terms, match_score
from search.query import MAX_QUERY_LENGTH, MAX_WORDS
from taxonomy.models import AgeRange, Subject, cached_terms, linked_values, terms_among

RESULTS_PER_PAGE = 20
MAX_RESULTS = 1000  # 50 pages


def participating_countries():
    """From the cache: the filter's choices cost no query."""
    return cached_fragment("partner-countries", lambda: list(Country.objects.filter(left_on__isnull=True)))


def country_choices():
    """The participating countries by their names in the reader's language."""
    choices = ((country.iso2, country.name) for country in participating_countries())
    return sorted(choices, key=lambda choice: fold(choice[1]))


def language_filter_choices(chosen):
    """(code, name) of the languages some teacher speaks, and of the one `chosen` (a shared address may
    name any): a few dozen options where CLDR names 600, most of which would find nobody, and which made
    the page's longest list."""
    spoken = cached_fragment("teachers-languages", languages_spoken_by_teachers, depends_on=(SITE, TEACHERS_LANGUAGES))
    names = spoken_language_names(get_language())
    return [(code, name) for code, name in names.items() if code in spoken or code == chosen]


def term_slug_choices(model):
    return [(term.slug, term.name) for term in cached_terms(model)]


class PartnerSearchForm(forms.Form):
    """The filters. The template draws the lists itself (`lists`): the languages drawn by Django's
    widgets would cost more than the search."""

    q = forms.CharField(label=gettext_lazy("Name, school, town or words"), required=False, strip=True)
    country = forms.ChoiceField(label=gettext_lazy("Country"), required=False)
    subject = forms.ChoiceField(label=gettext_lazy("Subject"), required=False)
    age = forms.ChoiceField(label=gettext_lazy("Pupils' age"), required=False)
    # Not a ChoiceField: any of CLDR's 600 languages may be asked for (a shared address), and Django
    # would copy and scan them all on every request.
    language = forms.CharField(label=gettext_lazy("Language spoken"), required=False)
    looking = forms.BooleanField(label=gettext_lazy("Only teachers looking for partners"), required=False)

    def __init__(self, data):
        super().__init__(data)
        self.fields["country"].choices = country_choices()
        self.fields["subject"].choices = term_slug_choices(Subject)
        self.fields["age"].choices = term_slug_choices(AgeRange)
        self.text_message = ""
        self.is_valid()  # what is wrong is left out (`messages`), the rest still filters

    def clean_language(self):
        code = self.cleaned_data["language"]
        if code and code not in spoken_language_codes():
            message = forms.ChoiceField.default_error_messages["invalid_choice"]
            raise forms.ValidationError(message, code="invalid_choice", params={"value": code[:20]})
        return code

    def choices(self, name):
        if name == "language":
            return language_filter_choices(self.value("language"))
        return self.fields[name].choices

    def clean_q(self):
        text = self.cleaned_data["q"]
        if len(text) > MAX_QUERY_LENGTH:
            self.text_message = _("Your search was long, so only its first %(count)d characters were used.") % {
                "count": MAX_QUERY_LENGTH
            }
        elif text and not searchable_words(text):
            self.text_message = _("Your search has no letters or digits, so it was left out.")
        return text[:MAX_QUERY_LENGTH]

    @property
    def messages(self):
        """Filters left out, and what was done to the words."""
        left_out = [
            _("%(filter)s: %(error)s This filter was left out.")
            % {"filter": self.fields[name].label, "error": " ".join(errors)}
            for name, errors in self.errors.items()
        ]
        return ([self.text_message] if self.text_message else []) + left_out

    ANY = (
        ("country", gettext_lazy("Any country")),
        ("subject", gettext_lazy("Any subject")),
        ("age", gettext_lazy("Any age")),
        ("language", gettext_lazy("Any language")),
    )

    def lists(self):
        """(name, label, the label of "any", choices, the value chosen) of each drop-down list."""
        return [
            (name, self.fields[name].label, any_label, self.choices(name), self.value(name))
            for name, any_label in self.ANY
        ]

    def value(self, name):
        return self.cleaned_data.get(name) or ""

    def filters(self):
        subjects = {term.slug: term for term in cached_terms(Subject)}
        ages = {term.slug: term for term in cached_terms(AgeRange)}
        countries = {country.iso2: country.pk for country in participating_countries()}
        return PartnerFilters(
            country_id=countries.get(self.value("country")),
            subject=subjects.get(self.value("subject")),
            age=ages.get(self.value("age")),
            language=self.value("language"),
            looking=bool(self.cleaned_data.get("looking")),
            words=tuple(searchable_words(self.value("q")))[:MAX_WORDS],
        )

    @property
    def is_filtered(self):
        return any(self.cleaned_data.values())


@dataclass(frozen=True)
class PartnerFilters:
    country_id: int | None = None
    subject: Subject | None = None
    age: AgeRange | None = None
    language: str = ""
    looking: bool = False
    words: tuple = ()


def findable_teachers(searcher):
    """Every profile `searcher` may find: findable, not theirs, no block between them either way.

    Most teachers block nobody and nobody blocks them (`has_blocks`, searcher_profile): their search
    leaves the blocks out. The others' has NOT EXISTS rather than NOT IN: PostgreSQL plans them as
    anti-joins, estimated from the blocks table, where it guesses that each NOT IN halves the
    candidates and then misjudges every filter's cost."""
    profiles = Profile.objects.filter(is_findable=True).exclude(pk=searcher.pk)
    if getattr(searcher, "has_blocks", True):
        profiles = profiles.exclude(
            Exists(Block.objects.filter(blocker_id=searcher.pk, blocked_id=OuterRef("pk")))
        ).exclude(Exists(Block.objects.filter(blocked_id=searcher.pk, blocker_id=OuterRef("pk"))))
    return profiles


def matching_teachers(searcher, filters):
    """The findable profiles `filters` match. A subject, age or language is looked for by its bit in
    the profiles' copies (live.models), a test on columns the index holds, when the bit stands for it
    alone; otherwise (two terms sharing a bit, a language without one) through its links."""
    profiles = findable_teachers(searcher)
    if filters.country_id:
        profiles = profiles.filter(country_id=filters.country_id)
    if filters.subject:
        profiles = with_term(profiles, filters.subject, "subjects", "subject_bits")
    if filters.age:
        profiles = with_term(profiles, filters.age, "age_ranges", "age_bits")
    if filters.language in LANGUAGE_BIT:
        profiles = with_bit(profiles, "language_bits", LANGUAGE_BIT[filters.language])
    elif filters.language:
        profiles = profiles.filter(languages__code=filters.language)
    if filters.looking:
        profiles = profiles.filter(looking_for_partners=True)
    for word in filters.words:
        profiles = profiles.filter(search_text__contains=word)
    return profiles


def with_term(profiles, term, relation, bits_field):
    """`profiles` that have `term`: by its bit if no other term of its taxonomy shares it."""
    sharing_its_bit = [other for other in cached_terms(type(term)) if term_bit(other.pk) == term_bit(term.pk)]
    if len(sharing_its_bit) == 1:
        return with_bit(profiles, bits_field, term_bit(term.pk))
    return profiles.filter(**{relation: term})


def with_bit(profiles, bits_field, bit):
    alias = f"{bits_field}_{bit}"
    return profiles.alias(**{alias: F(bits_field).bitand(1 << bit)}).exclude(**{alias: 0})


RANKING = ("-score", "-last_active_at", "-pk")


def ranked_teachers(searcher, filters):
    """The matching profiles, best match first, then the most recently active (live.ranking)."""
    return matching_teachers(searcher, filters).annotate(score=match_score(searcher)).order_by(*RANKING)


class RankedTeachers:
    """What the paginator pages through. A page is one query in two steps: a subquery ranks every
    candidate and keeps the page's keys, reading only the columns an index holds (live.models); the
    query then reads those 20 profiles in full, with their account and school, and ranks them again
    among themselves (their countries come from the cache).

    The count stops at MAX_RESULTS: a ranked list is read from the top, so counting the 90,000 teachers
    below the 50th page would cost more than the search and help nobody; the page says there are more."""

    def __init__(self, searcher, filters):
        self.searcher = searcher
        self.matching = matching_teachers(searcher, filters)
        self.ranked = ranked_teachers(searcher, filters)
        self.more = False

    def count(self):
        found = self.matching.values("pk")[: MAX_RESULTS + 1].count()
        self.more = found > MAX_RESULTS
        return min(found, MAX_RESULTS)

    def __getitem__(self, page):
        shown = Profile.objects.filter(pk__in=self.ranked.values("pk")[page])
        shown = shown.annotate(score=match_score(self.searcher)).order_by(*RANKING)
        profiles = list(shown.select_related("user__school"))
        countries = {country.pk: country for country in participating_countries()}
        for profile in profiles:  # from the cache: a country's row holds its name in 31 languages
            if profile.country_id in countries:
                profile.country = countries[profile.country_id]
        return profiles


def attach_terms(profiles):
    """Give each profile its `terms` (live.ranking.Terms), in one query for all: the links to their
    subjects, age ranges and languages (the terms themselves come from the cache)."""
    links = {
        "subjects": (Profile.subjects.through, "profile_id", "subject_id"),
        "ages": (Profile.age_ranges.through, "profile_id", "agerange_id"),
        "languages": (SpokenLanguage, "profile_id", "code"),
    }
    linked = linked_values(links, [profile.pk for profile in profiles])
    subjects, ages = cached_terms(Subject), cached_terms(AgeRange)
    for profile in profiles:
        profile.terms = Terms(
            subjects=terms_among(subjects, linked[profile.pk, "subjects"]),
            ages=terms_among(ages, linked[profile.pk, "ages"]),
            languages=set(linked[profile.pk, "languages"]),
        )


def partner_listing(request, searcher, filters):
    """The page of results the request asks for, each with its `terms` and `reasons`: the view's work
    but drawing it, which bench/partner_search.py times."""
    results = RankedTeachers(searcher, filters)

    def prepare(profiles):
        attach_terms([searcher, *profiles])
        for profile in profiles:
            other_country = profile.country_id != searcher.country_id
            profile.reasons = Reasons.between(searcher.terms, profile.terms, other_country=other_country).texts()

    return Listing(request, results, RESULTS_PER_PAGE, prepare=prepare)


def searcher_profile(user):
    """The searcher's own profile, and whether a block involves them (`has_blocks`), in one query.
    Every teacher has a profile (live.signals); an account made by code that skipped signals gets an
    empty one rather than an error."""
    blocks = Block.objects.filter(Q(blocker=user) | Q(blocked=user))
    profile = Profile.objects.annotate(has_blocks=Exists(blocks)).filter(pk=user.pk).first()
    if profile is None:
        profile = Profile.objects.get_or_create(user=user)[0]
        profile.has_blocks = blocks.exists()
    return profile


@validated_teacher_required
def find_partners(request):
    note_activity(request)
    searcher = searcher_profile(request.user)
    form = PartnerSearchForm(request.GET)
    listing = partner_listing(request, searcher, form.filters())
    context = {"form": form, "listing": listing, "more": listing.paginator.object_list.more, "searcher": searcher}
    return render(request, "live/partners.html", context)
