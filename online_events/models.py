"""Live's online events: seminars, learning events and meetings that validated teachers (support
services included, "on behalf of" their organisation) publish for other teachers, who register for a
seat. When the seats are taken, teachers join a waiting list and move up, first come first served, as
seats become free (online_events.registration).

Times are stored as aware datetimes (UTC in the database); the organiser's time zone is kept to show
them as the organiser set them. The link to the online room is for the organiser and the registered
participants only: teachers on the waiting list and everyone else never see it."""

import zoneinfo

from django.conf import settings
from django.core.validators import MinValueValidator, URLValidator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contacts.rules import not_blocked_with
from core.moderated import Moderated, shown_to
from languages.codes import LANGUAGES

ROOM_LINK_SCHEMES = ["http", "https"]


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Online seminar")
    LEARNING_EVENT = "learning-event", _("Learning event")
    MEETING = "meeting", _("Meeting")


class Status(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITING = "waiting", _("On the waiting list")


class OnlineEventQuerySet(models.QuerySet):
    def visible_to(self, user):
        """What `user` may open: their own events, hidden or not, and the others' events that are
        neither hidden by a moderator nor by a teacher on either side of a block."""
        return self.filter(Q(organiser=user) | shown_to(user, "organiser") & not_blocked_with(user, "organiser"))

    def upcoming(self):
        """Events not cancelled that have not ended yet, soonest first."""
        return self.filter(cancelled_at__isnull=True, end__gt=timezone.now()).order_by("start", "pk")

    def of(self, user):
        """The events `user` organises or has registered for (waiting list included) that have not
        ended, cancelled ones too, so that they see what became of them."""
        registered = Registration.objects.filter(participant=user).values("event")
        return self.filter(Q(organiser=user) | Q(pk__in=registered), end__gt=timezone.now()).order_by("start", "pk")

    def with_seats(self, user):
        """Each event with `seats_taken` and `my_status`, what `user`'s registration is ("" if none)."""
        mine = Registration.objects.filter(event=OuterRef("pk"), participant=user).values("status")[:1]
        taken = Count("registrations", filter=Q(registrations__status=Status.REGISTERED))
        return self.annotate(seats_taken=taken, my_status=Subquery(mine))


class OnlineEvent(Moderated):
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("organiser"),
        on_delete=models.CASCADE,
        related_name="organised_online_events",
    )
    organisation = models.CharField(
        _("on behalf of"),
        max_length=150,
        blank=True,
        help_text=_("The organisation you publish this event for, if any (your support service, for example)."),
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(
        _("description"),
        max_length=5000,
        help_text=_("What the event is about, who it is for and how it will run. Plain text."),
    )
    language = models.CharField(_("language of the event"), max_length=8, choices=LANGUAGES)
    kind = models.CharField(_("type of event"), max_length=20, choices=EventKind.choices)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    # A zone name (events.models.TIME_ZONE_CHOICES, checked by the form): the choices would change with
    # every update of the time zone database, so they are not part of the migrations.
    time_zone = models.CharField(_("time zone"), max_length=64)
    capacity = models.PositiveIntegerField(
        _("number of seats"),
        validators=[MinValueValidator(1, message=_("There must be at least one seat."))],
    )
    registration_deadline = models.DateTimeField(_("registration closes"))
    room_url = models.URLField(
        _("link to the online room"),
        max_length=500,
        validators=[
            # Its own code: the field's message for "invalid" would replace this clearer one.
            URLValidator(
                schemes=ROOM_LINK_SCHEMES,
                message=_("Give a web address starting with https:// or http://."),
                code="not_web_address",
            )
        ],
    )
    created_at = models.DateTimeField(_("published"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    # The iCalendar SEQUENCE: one more at each change of time or room and at the cancellation, so that
    # calendars replace the copy they hold (RFC 5545, 3.8.7.4).
    sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = OnlineEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("online event")
        verbose_name_plural = _("online events")
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["end", "start"], name="online_events_upcoming")]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="online_events_end_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="online_events_at_least_one_seat"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("online_events:event", args=[self.pk])

    # What the moderation app needs of reportable content (moderation.reportable).
    @property
    def reported_author(self):
        return self.organiser

    @property
    def moderation_excerpt(self):
        return f"{self.title}\n\n{self.description}"

    @classmethod
    def seen_by(cls, user):
        return cls.objects.visible_to(user)

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    @property
    def has_started(self):
        return self.start <= timezone.now()

    @property
    def has_ended(self):
        return self.end <= timezone.now()

    def shows_room_to(self, user, registration):
        """Whether `user`, whose registration for this event is `registration` (or None), may see the
        link to the online room: the organiser and the teachers with a seat, until it is cancelled."""
        if self.is_cancelled:
            return False
        return self.organiser_id == user.pk or (registration is not None and registration.has_seat)

    @property
    def seats_left(self):
        """Free seats, on events from `with_seats()`."""
        return max(self.capacity - self.seats_taken, 0)


class Registration(models.Model):
    """A teacher's place at an event: a seat, or a place on the waiting list, which is served in the
    order of `registered_at`. Cancelling deletes the row."""

    event = models.ForeignKey(
        OnlineEvent, verbose_name=_("online event"), on_delete=models.CASCADE, related_name="registrations"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="online_event_registrations",
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    registered_at = models.DateTimeField(_("registered"), default=timezone.now)
    # When the reminder of the day before went out (online_events.tasks.send_reminders), so that it
    # goes out once.
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["registered_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "participant"], name="online_events_register_once"),
        ]
        indexes = [models.Index(fields=["event", "status", "registered_at"], name="online_events_queue")]

    def __str__(self):
        return f"{self.participant} → {self.event}"

    @property
    def has_seat(self):
        return self.status == Status.REGISTERED
