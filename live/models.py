"""A teacher's profile in Live: what other validated teachers see of them and what partner finding
matches on.

Partner search (live.partners) ranks up to 100,000 teachers in one query. So that it needs no join per
candidate, each profile also keeps copies of what the search reads: the account's country and whether it
may be found (`is_findable`), the shared-term bit sets (`subject_bits`, `age_bits`, `language_bits`) and a
lower-case, accent-free `search_text`. `Profile.refresh_search_fields` writes them; live.signals runs it
whenever something they are copied from is saved (the profile, its account, its school, its subjects, ages
and languages), and every teacher's account gets its profile when it is made.

The copies decide who is listed, as the account does: `is_findable` and `country` always, and a bit
set when a subject, age or language filter asks for a term whose bit stands for it alone (live.partners).
The reason shown beside a result is counted from the real subjects, ages and languages. A bit shared by
two terms (see `term_bit`) only nudges the order, and a language without a bit (see `RANKED_LANGUAGES`)
is filtered through the languages themselves."""

import re

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Role, User, ValidationStatus
from core.caching import expire
from core.storage import private_storage
from languages.codes import LANGUAGE_CODES
from languages.folding import fold

# A bigint holds 63 bits besides its sign. Keeping off the sign bit keeps every set positive: a plain
# number in every database, in Python and in SQLite's popcount (live.ranking).
BITS = 63

# The languages that have a bit in `language_bits`: the portal's 31, then others spoken in the
# participating countries or taught in their schools. Append only: a language's bit is its place in
# this list, so reordering it means refreshing every profile (Profile.objects.refresh_search_fields()).
RANKED_LANGUAGES = [
    *LANGUAGE_CODES,
    *("ru", "ar", "ca", "eu", "gl", "cy", "lb", "hy", "az", "ka", "bs", "be", "ku", "crh", "fy", "se"),
    *("br", "co", "oc", "hsb", "rom", "la", "grc", "zh", "ja", "hi", "fa", "he", "ur", "ps", "so", "vi"),
]
LANGUAGE_BIT = {code: position for position, code in enumerate(RANKED_LANGUAGES)}


def term_bit(pk):
    """A taxonomy term's bit: its primary key modulo 63. Primary keys never change (a term's place in
    the list does), and the taxonomies have a few dozen terms, so terms rarely share a bit; when they do
    (keys 63 apart), two teachers merely rank as if they shared one more term, and a filter on either
    term reads the links instead of the bit (live.partners.with_term)."""
    return pk % BITS


def term_bits(pks):
    bits = 0
    for pk in pks:
        bits |= 1 << term_bit(pk)
    return bits


def language_bits(codes):
    """The bits of the languages of `codes` that have one (RANKED_LANGUAGES); others are left out."""
    bits = 0
    for code in codes:
        if code in LANGUAGE_BIT:
            bits |= 1 << LANGUAGE_BIT[code]
    return bits


# Letters and digits: punctuation, symbols and "_" (a word character to regular expressions, and a
# wildcard to LIKE) separate words.
WORD = re.compile(r"[^\W_]+")


def searchable_words(text):
    """Lower case, no accents, no punctuation: "Lycée Victor-Hugo" is ["lycee", "victor", "hugo"]."""
    return WORD.findall(fold(text))


def searchable_text(*parts):
    """The words free-text search looks in (`searchable_words` of each part), so that a query's words,
    normalised alike, match with a plain LIKE."""
    return " ".join(word for part in parts for word in searchable_words(part))


# What each part of the copies is made from; live.signals refreshes only the part a change touches.
ACCOUNT, SUBJECTS, AGES, LANGUAGES = "account", "subjects", "ages", "languages"
SEARCH_PARTS = {
    ACCOUNT: ("country", "is_findable", "search_text"),
    SUBJECTS: ("subject_bits",),
    AGES: ("age_bits",),
    LANGUAGES: ("language_bits",),
}
ALL_PARTS = tuple(SEARCH_PARTS)
# The relation each bit set is made from (prefetched when many profiles are refreshed at once).
RELATED = {SUBJECTS: "subjects", AGES: "age_ranges", LANGUAGES: "languages"}


# What partner search reads of each candidate (the indexes of Profile hold them).
SEARCHED_COLUMNS = ["country", "last_active_at", "looking_for_partners", "subject_bits", "age_bits", "language_bits"]


def visible_teachers(viewer):
    """The teachers whose profile `viewer` may see: validated ones, with an account still open, who have not
    blocked them."""
    teachers = User.objects.filter(role=Role.TEACHER, validation_status=ValidationStatus.VALIDATED, is_active=True)
    return teachers.exclude(blocks__blocked=viewer)


class ProfileQuerySet(models.QuerySet):
    def refresh_search_fields(self, parts=ALL_PARTS):
        """Recompute the copies of every profile here, in a few queries (a school renamed, a term
        deleted, a change to RANKED_LANGUAGES)."""
        related = [RELATED[part] for part in parts if part in RELATED]
        profiles = list(self.select_related("user__school").prefetch_related(*related))
        for profile in profiles:
            for name, value in profile.search_values(parts).items():
                setattr(profile, name, value)
        fields = [name for part in parts for name in SEARCH_PARTS[part]]
        self.model.objects.bulk_update(profiles, fields, batch_size=500)


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="profile",
    )
    # Private: only validated teachers see photos, through live.views.photo (SPEC: personal data).
    photo = models.ImageField(_("photo"), upload_to="profiles/", storage=private_storage, blank=True)
    presentation = models.TextField(
        _("presentation"), max_length=2000, blank=True, help_text=_("A few words about you and your pupils.")
    )
    subjects = models.ManyToManyField(
        "taxonomy.Subject", verbose_name=_("subjects taught"), blank=True, related_name="+"
    )
    age_ranges = models.ManyToManyField(
        "taxonomy.AgeRange", verbose_name=_("pupils' ages"), blank=True, related_name="+"
    )
    looking_for_partners = models.BooleanField(_("looking for partners"), default=False)
    partner_topic = models.CharField(
        _("project topic"),
        max_length=200,
        blank=True,
        help_text=_("What you would like to work on with partners abroad."),
    )
    last_active_at = models.DateTimeField(_("last active"), default=timezone.now)

    # Copies for partner search (see the module's docstring).
    country = models.ForeignKey(
        "countries.Country", on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )
    is_findable = models.BooleanField(default=False, editable=False)
    subject_bits = models.BigIntegerField(default=0, editable=False)
    age_bits = models.BigIntegerField(default=0, editable=False)
    language_bits = models.BigIntegerField(default=0, editable=False)
    search_text = models.TextField(blank=True, editable=False)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        # Partner search reads only findable profiles, and of them only these columns (live.partners):
        # it sorts every candidate by a score made of them, so it reads them from an index, a tenth of
        # the table's size (the presentation and search_text make the rest), and never from the table.
        # One index leads with the profile (the whole list, and joins from the subject, age and language
        # filters), one with the country (the country filter). Free text has a trigram index on
        # PostgreSQL (migration 0002); the subject and age tables are indexed on both keys by Django.
        # Plans and figures: docs/live.md, "Partner search".
        indexes = [
            models.Index(fields=["user", *SEARCHED_COLUMNS], name="live_findable", condition=Q(is_findable=True)),
            models.Index(
                fields=["country", "user", *SEARCHED_COLUMNS[1:]],
                name="live_findable_country",
                condition=Q(is_findable=True),
            ),
        ]

    def __str__(self):
        return self.user.display_name

    def get_absolute_url(self):
        return reverse("live:profile", args=[self.user_id])

    # What the moderation app needs of a reportable model (moderation.reportable).
    @property
    def reported_author(self):
        return self.user

    @property
    def moderation_excerpt(self):
        return "\n\n".join(part for part in (self.partner_topic, self.presentation) if part) or str(self)

    @classmethod
    def seen_by(cls, user):
        """The profiles `user` may open, their own included."""
        return cls.objects.filter(user__in=visible_teachers(user))

    def search_values(self, parts=ALL_PARTS):
        """The copies of `parts`, computed from the account, school, terms and languages (uses what
        is already loaded or prefetched)."""
        values = {}
        if ACCOUNT in parts:
            user = self.user
            school = user.school
            values["country_id"] = user.country_id
            values["is_findable"] = user.is_validated_teacher and user.is_active
            values["search_text"] = searchable_text(
                user.display_name,
                school.name if school else "",
                school.town if school else "",
                self.presentation,
                self.partner_topic,
            )
        if SUBJECTS in parts:
            values["subject_bits"] = term_bits(term.pk for term in self.subjects.all())
        if AGES in parts:
            values["age_bits"] = term_bits(term.pk for term in self.age_ranges.all())
        if LANGUAGES in parts:
            values["language_bits"] = language_bits(language.code for language in self.languages.all())
        return values

    def refresh_search_fields(self, parts=ALL_PARTS):
        """Recompute the copies of `parts` and write them with an UPDATE, which sends no signal (the
        signals that call this would otherwise call it again)."""
        values = self.search_values(parts)
        Profile.objects.filter(pk=self.pk).update(**values)
        for name, value in values.items():
            setattr(self, name, value)


# Cache tag of the list of languages some teacher speaks (live.partners.language_filter_choices).
TEACHERS_LANGUAGES = "teachers-languages"


def languages_spoken_by_teachers():
    """The codes of every language at least one teacher lists."""
    return frozenset(SpokenLanguage.objects.values_list("code", flat=True).distinct())


def note_languages_added(profile_id, codes):
    """The teacher of `profile_id` now lists the languages of `codes`: one that no other teacher lists
    is offered by the partner search from the commit on. Only then: building the list again reads every
    teacher's languages (30 ms at 100,000 teachers), in each of the 31 languages."""
    others = SpokenLanguage.objects.filter(code__in=codes).exclude(profile_id=profile_id)
    if set(codes) - set(others.values_list("code", flat=True).distinct()):
        transaction.on_commit(lambda: expire([TEACHERS_LANGUAGES]))


class SpokenLanguage(models.Model):
    """A language a teacher speaks: a CLDR code (`fr`, `pt`, `yue`, ...), languages.spoken."""

    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=16)

    class Meta:
        verbose_name = _("language spoken")
        verbose_name_plural = _("languages spoken")
        constraints = [models.UniqueConstraint(fields=["profile", "code"], name="live_spokenlanguage_once_per_profile")]
        indexes = [models.Index(fields=["code", "profile"], name="live_spoken_language_code")]

    def __str__(self):
        return self.code
