"""What teachers write in Live (forum posts and replies, group threads and replies, messages, online
events) is `Moderated`: a moderator can hide it, with a reason. Hidden content leaves every list and page
for everyone but its author, who sees it marked hidden, with the reason. The moderation app (reports and
moderators' actions) hides it; the apps that show the content filter with `shown_to`."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Moderated(models.Model):
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True, editable=False)
    hidden_reason = models.TextField(_("why it was hidden"), blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    def hide(self, reason):
        """Hide it for everyone but its author. An UPDATE of the two fields alone: hiding is no edit by
        the author (no "updated" date moves, no signal re-indexes anything)."""
        self.hidden_at = timezone.now()
        self.hidden_reason = reason
        type(self)._default_manager.filter(pk=self.pk).update(hidden_at=self.hidden_at, hidden_reason=reason)


def shown_to(user, author_field="author"):
    """A condition keeping what `user` may see of a Moderated model: what is not hidden, and what
    they wrote themselves, hidden or not.

    `author_field` may go through a relation ("replies__author": the post's replies that `user` sees);
    the hidden date is then looked up on the same related model."""
    through, _sep, _name = author_field.rpartition("__")
    hidden_at = f"{through}__hidden_at" if through else "hidden_at"
    return Q(**{f"{hidden_at}__isnull": True}) | Q(**{f"{author_field}_id": user.pk})
