"""What the notifications of online events say (notifications.kinds). Each leads to the event's page,
whose id the e-mail's .ics is made from (calendar.calendar_attachments)."""

from django.utils.translation import gettext_lazy as _

from notifications.kinds import Kind, Notice
from online_events.calendar import calendar_attachments

CALENDAR_NOTE = _("Open the attached file to add the event to your calendar.")

NOTICES = {
    "registered": Notice(
        Kind.EVENT_REMINDER,
        _("You are registered for the online event “%(event)s”."),
        note=CALENDAR_NOTE,
        attachments=calendar_attachments,
    ),
    "waiting": Notice(
        Kind.EVENT_REMINDER,
        _("You are on the waiting list for the online event “%(event)s”."),
        note=_("If a seat becomes free, it is yours automatically, and we will tell you at once."),
    ),
    "moved_up": Notice(
        Kind.EVENT_REMINDER,
        _("A seat became free: you are now registered for the online event “%(event)s”."),
        note=CALENDAR_NOTE,
        attachments=calendar_attachments,
    ),
    "reminder": Notice(
        Kind.EVENT_REMINDER,
        _("Reminder: the online event “%(event)s” starts within a day."),
        note=_("The link to the online room is on the event's page and in the attached calendar file."),
        attachments=calendar_attachments,
    ),
    "changed": Notice(
        Kind.EVENT_CHANGE,
        _("The organiser changed the online event “%(event)s”."),
        note=CALENDAR_NOTE,
        attachments=calendar_attachments,
    ),
    "cancelled": Notice(
        Kind.EVENT_CHANGE,
        _("The online event “%(event)s” was cancelled."),
        note=_("Open the attached file to remove the event from your calendar."),
        attachments=calendar_attachments,
    ),
}
