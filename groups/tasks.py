"""The groups' background work: telling a group's members of a new discussion, which for a large group
is many notifications and e-mails that the teacher who wrote it should not wait for."""

from django.contrib.auth import get_user_model

from contacts.rules import without_blocked
from core.background import background_task
from groups.models import Thread
from notifications.sending import notify


@background_task
def tell_members_of_new_thread(thread_pk):
    """Notify every member of the thread's group but its author and those who would not see it (a block
    between them and the author either way). A thread deleted meanwhile tells nobody."""
    thread = Thread.objects.select_related("group", "author").filter(pk=thread_pk, hidden_at__isnull=True).first()
    if thread is None:
        return
    members = get_user_model().objects.filter(group_memberships__group=thread.group_id).exclude(pk=thread.author_id)
    for member in without_blocked(members, thread.author):
        tell_of_thread(member, thread)


def tell_of_thread(member, thread):
    """Notify `member` of `thread` (with its group and author loaded), new in one of their groups."""
    notify(
        member,
        "groups.new_thread",
        params={"name": thread.author.display_name, "thread": thread.title, "group": thread.group.name},
        excerpt=thread.body[:300],
        url_name="groups:thread",
        url_args=[thread.group_id, thread.pk],
    )
