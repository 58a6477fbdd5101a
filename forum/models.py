"""The partner-finding forum of Live: validated teachers post a project idea and look for partner
schools; others reply or contact the author.

A post runs until its end date (inclusive). After it, the post leaves every list and its page answers
404 to everyone but its author, who can still read it, edit it to run again, or delete it. What a teacher
sees also leaves out the posts and replies of teachers they blocked or who blocked them (contacts.Block).

The languages a project would work in are a child table (`PostLanguage`) rather than a JSON list: the
list filters on one language, and a join on an indexed (code, post) column filters alike on SQLite and
PostgreSQL, where a JSON "contains" lookup is not available on SQLite and needs its own index type on
PostgreSQL.

Posts and replies are `Moderated` (core.moderated): one a moderator hid leaves every list, count and page
for everyone but its author. They can be reported (the moderation app): each says who wrote it
(`reported_author`), where it is (`get_absolute_url`), what a moderator reads of it
(`moderation_excerpt`) and which of them a teacher may report (`seen_by`: those they see)."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.models import Block
from core.moderated import Moderated, shown_to
from countries.models import Country
from taxonomy.models import AgeRange, Subject, cached_terms, linked_values, terms_among

# How far ahead a post may run: long enough for a school year's search, short enough that the list
# does not fill with ideas nobody is looking after.
MAX_DAYS_AHEAD = 365


def latest_end_date():
    return timezone.localdate() + datetime.timedelta(days=MAX_DAYS_AHEAD)


def hidden_author_ids(user):
    """The teachers whose posts and replies `user` does not see: those they blocked and those who
    blocked them (one query)."""
    pairs = Block.objects.filter(Q(blocker=user) | Q(blocked=user)).values_list("blocker_id", "blocked_id")
    return {other for pair in pairs for other in pair if other != user.pk}


def not_by(hidden_authors, author_field="author"):
    """A condition leaving out what the teachers `hidden_authors` wrote (none if there are none)."""
    return ~Q(**{f"{author_field}_id__in": hidden_authors}) if hidden_authors else Q()


class PostQuerySet(models.QuerySet):
    def current(self):
        """Posts whose end date is today or later."""
        return self.filter(ends_on__gte=timezone.localdate())

    def visible_to(self, user, hidden_authors):
        """What `user` may open: their own posts, ended or hidden or not, and the current posts that no
        moderator hid of authors not in `hidden_authors` (hidden_author_ids)."""
        others = Q(ends_on__gte=timezone.localdate(), hidden_at__isnull=True) & not_by(hidden_authors)
        return self.filter(Q(author=user) | others)

    def with_reply_counts(self, user, hidden_authors):
        """Each post with `reply_count`: how many of its replies `user` sees (hidden_author_ids)."""
        seen = not_by(hidden_authors, "replies__author") & shown_to(user, "replies__author")
        return self.annotate(reply_count=Count("replies", filter=seen))


class Post(Moderated):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="forum_posts"
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(
        _("description"),
        max_length=5000,
        help_text=_("The project you have in mind, your pupils, and what you expect of partners. Plain text."),
    )
    subjects = models.ManyToManyField("taxonomy.Subject", verbose_name=_("subjects"), related_name="+")
    age_ranges = models.ManyToManyField("taxonomy.AgeRange", verbose_name=_("pupils' ages"), related_name="+")
    countries_wanted = models.ManyToManyField(
        "countries.Country",
        verbose_name=_("partner countries wanted"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to welcome partners from any country."),
    )
    ends_on = models.DateField(_("end date"), help_text=_("After this day, the post no longer shows in the forum."))
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("forum post")
        verbose_name_plural = _("forum posts")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["-created_at"], name="forum_post_newest"),
            models.Index(fields=["ends_on"], name="forum_post_ends_on"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forum:post", args=[self.pk])

    @property
    def reported_author(self):
        return self.author

    @property
    def moderation_excerpt(self):
        return self.description

    @classmethod
    def seen_by(cls, user):
        """The posts `user` may open, and so report."""
        return cls.objects.visible_to(user, hidden_author_ids(user))

    @property
    def is_current(self):
        return self.ends_on >= timezone.localdate()

    @property
    def language_codes(self):
        return [language.code for language in self.languages.all()]

    def set_languages(self, codes):
        """Make the post's languages exactly `codes`."""
        self.languages.exclude(code__in=codes).delete()
        existing = set(self.languages.values_list("code", flat=True))
        PostLanguage.objects.bulk_create([PostLanguage(post=self, code=code) for code in codes if code not in existing])


class PostLanguage(models.Model):
    """A language the project would work in: a CLDR code (languages.spoken)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=16)

    class Meta:
        verbose_name = _("project language")
        verbose_name_plural = _("project languages")
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["post", "code"], name="forum_postlanguage_once_per_post")]
        indexes = [models.Index(fields=["code", "post"], name="forum_post_language_code")]

    def __str__(self):
        return self.code


class Reply(Moderated):
    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="forum_replies"
    )
    body = models.TextField(_("reply"), max_length=5000)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["post", "created_at"], name="forum_reply_in_order")]

    def __str__(self):
        return f"{self.author} → {self.post}"

    def get_absolute_url(self):
        return f"{self.post.get_absolute_url()}#reply-{self.pk}"

    @property
    def reported_author(self):
        return self.author

    @property
    def moderation_excerpt(self):
        return self.body

    @classmethod
    def seen_by(cls, user):
        """The replies `user` sees, on the posts they may open."""
        hidden = hidden_author_ids(user)
        return cls.objects.filter(not_by(hidden), shown_to(user), post__in=Post.objects.visible_to(user, hidden))


# A post's subjects, ages and wanted countries are rows the cache keeps (taxonomy.models.cached_terms; saving
# a country expires them too), so a post's card and page read only its links to them (attach_terms).
CACHED_TERMS = {"subjects": Subject, "age_ranges": AgeRange, "countries_wanted": Country}
# What a post's card shows of its terms (forum/includes/facts.html); its page and the author's data all.
CARD_TERMS = ("subjects", "age_ranges", "languages")
ALL_TERMS = (*CARD_TERMS, "countries_wanted")


def attach_terms(posts, relations):
    """Give each post `terms`: {relation: its terms} for `relations`, names of CACHED_TERMS or "languages"
    (whose codes are listed, in the order they were chosen). One query for every post and relation, where
    prefetching would take one per relation, each building every term with its name in 31 languages."""
    if not posts:
        return
    chosen = linked_values({relation: link_of(relation) for relation in relations}, [post.pk for post in posts])
    terms = {relation: cached_terms(CACHED_TERMS[relation]) for relation in relations if relation != "languages"}
    for post in posts:
        post.terms = {"languages": chosen[post.pk, "languages"]}
        for relation, candidates in terms.items():
            post.terms[relation] = terms_among(candidates, chosen[post.pk, relation])


def link_of(relation):
    """(link model, post field, linked field) of a relation of posts, for taxonomy.models.linked_values."""
    if relation == "languages":
        return PostLanguage, "post_id", "code"
    many_to_many = Post._meta.get_field(relation)
    return many_to_many.remote_field.through, "post_id", many_to_many.m2m_reverse_field_name()
