"""A teacher's forum posts and replies as personal data (privacy app).

On erasure they stay: they are part of threads other teachers wrote in, and now show as written by a
"Former member" (accounts.User.display_name), with no link to a profile that no longer exists."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from forum.models import ALL_TERMS, Post, Reply, attach_terms
from languages.spoken import spoken_language_name

LABELS = {
    "posts": _("Forum posts"),
    "replies": _("Replies"),
    "title": _("Title"),
    "description": _("Description"),
    "subjects": _("Subjects"),
    "age_ranges": _("Pupils' ages"),
    "languages": _("Languages"),
    "countries_wanted": _("Partner countries wanted"),
    "ends_on": _("End date"),
    "posted": _("Posted"),
    "post": _("Post"),
    "text": _("Reply"),
}


def export(user):
    posts = list(Post.objects.filter(author=user).order_by("created_at", "pk"))
    attach_terms(posts, ALL_TERMS)
    replies = Reply.objects.filter(author=user).select_related("post").order_by("created_at", "pk")
    return {
        "posts": [
            {
                "title": post.title,
                "description": post.description,
                "subjects": [subject.name for subject in post.terms["subjects"]],
                "age_ranges": [age_range.name for age_range in post.terms["age_ranges"]],
                "languages": [spoken_language_name(code, get_language()) for code in post.terms["languages"]],
                "countries_wanted": [country.name for country in post.terms["countries_wanted"]],
                "ends_on": post.ends_on,
                "posted": post.created_at,
            }
            for post in posts
        ],
        "replies": [{"post": reply.post.title, "text": reply.body, "posted": reply.created_at} for reply in replies],
    }


def erase(user):
    """Nothing to delete: what the teacher wrote in shared threads stays, signed "Former member"."""
