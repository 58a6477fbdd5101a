"""How partner search orders teachers: by how well they match the searcher's own profile, then the most
recently active first.

    score = 3 × shared subjects + 2 × shared age categories + 2 × shared languages + 3 if another country

Subjects weigh most because a project is built around what both classes learn; ages and languages decide
whether the pupils can work together; another country is the point of a twinning, so a teacher abroad
who shares one subject (3 + 3) ranks with a compatriot who shares two (6 + 0), and before them with one
age category or language more.

The score is computed by the database over every candidate, from the profiles' bit sets (live.models):
a shared term is a bit set in both, so `popcount(candidate bits & searcher bits)` counts them without a
join. PostgreSQL 14+ counts with bit_count(); SQLite gets a `popcount` function on each connection. The
reason shown beside a result is counted again from its real terms (`Reasons`), so it is always exact."""

from dataclasses import dataclass

from django.db.models import Case, F, Func, IntegerField, Value, When
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

SUBJECT_WEIGHT = 3
AGE_WEIGHT = 2
LANGUAGE_WEIGHT = 2
OTHER_COUNTRY_WEIGHT = 3
BIT_SET_WEIGHTS = (("subject_bits", SUBJECT_WEIGHT), ("age_bits", AGE_WEIGHT), ("language_bits", LANGUAGE_WEIGHT))
ALL_64_BITS = (1 << 64) - 1


class BitCount(Func):
    """The number of bits set in a bigint."""

    function = "popcount"  # SQLite: registered by register_popcount
    arity = 1
    output_field = IntegerField()

    def as_postgresql(self, compiler, connection, **extra_context):
        # PostgreSQL 14+ counts the bits of a bytea (bit_count); int8send gives a bigint's 8 bytes, a
        # fifth faster over 100,000 rows than bit_count((...)::bit(64)), the cast to a bit string.
        return self.as_sql(compiler, connection, template="bit_count(int8send(%(expressions)s))", **extra_context)


def popcount(value):
    return None if value is None else (value & ALL_64_BITS).bit_count()


def register_popcount(sender, connection, **kwargs):
    """connection_created receiver: SQLite's `popcount` (PostgreSQL has bit_count)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function("popcount", 1, popcount, deterministic=True)


def match_score(searcher):
    """The score (see the module's docstring) of a profile queryset's rows for `searcher`'s profile.
    A bit set the searcher leaves empty adds nothing, so it is left out of the SQL."""
    score = Case(When(country_id=searcher.country_id, then=Value(0)), default=Value(OTHER_COUNTRY_WEIGHT))
    for field, weight in BIT_SET_WEIGHTS:
        bits = getattr(searcher, field)
        if bits:
            score = score + BitCount(F(field).bitand(bits)) * weight
    return score


@dataclass
class Terms:
    """A teacher's subjects and age ranges (terms, in the taxonomies' order) and language codes."""

    subjects: list
    ages: list
    languages: set


@dataclass
class Reasons:
    """Why a teacher is listed where they are, counted from their real terms and languages."""

    subjects: int
    ages: int
    languages: int
    other_country: bool

    @classmethod
    def between(cls, mine, theirs, *, other_country):
        """`mine` and `theirs`: the searcher's and the teacher's Terms."""
        return cls(
            subjects=len(set(mine.subjects) & set(theirs.subjects)),
            ages=len(set(mine.ages) & set(theirs.ages)),
            languages=len(mine.languages & theirs.languages),
            other_country=other_country,
        )

    def texts(self):
        """E.g. ["2 subjects, 1 language in common", "another country"]."""
        shared = [
            text % {"count": count}
            for count, text in (
                (self.subjects, ngettext("%(count)d subject", "%(count)d subjects", self.subjects)),
                (self.ages, ngettext("%(count)d age category", "%(count)d age categories", self.ages)),
                (self.languages, ngettext("%(count)d language", "%(count)d languages", self.languages)),
            )
            if count
        ]
        texts = [_("%(things)s in common") % {"things": ", ".join(shared)}] if shared else []
        if self.other_country:
            texts.append(_("another country"))
        return texts
