"""Events: online seminars, conferences and courses, with upcoming and past lists and an .ics file
for each. Times are stored in UTC and shown with the zone named; the browser adds the visitor's own
local time (static/portal/js/portal.js)."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail.search import index

from core.listing import public
from core.models import ContentPage, ListingIndexPage
from countries.models import SectionCountryMixin
from events.calendar import event_calendar
from languages.pages import in_language_or_original

TIME_ZONE_CHOICES = [
    (name, name) for name in sorted(zoneinfo.available_timezones()) if "/" in name and not name.startswith("Etc/")
]


class EventKind(models.TextChoices):
    ONLINE_SEMINAR = "online-seminar", _("Online seminar")
    CONFERENCE = "conference", _("Conference")
    COURSE = "course", _("Course")


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in-person", _("In person")


class EventIndexPage(ListingIndexPage):
    """/<lang>/events/: upcoming events, soonest first; ?when=past lists past ones, latest first."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    lists_pages_of = ("events.EventPage",)
    items_per_page = 10

    class Meta:
        verbose_name = _("event index")

    @staticmethod
    def shows_past(request):
        return request.GET.get("when") == "past"

    def listed_pages(self, request, language_code):
        return EventPage.past(language_code) if self.shows_past(request) else EventPage.upcoming(language_code)

    def get_context(self, request, *args, **kwargs):
        return super().get_context(request, *args, **kwargs) | {"show_past": self.shows_past(request)}


class EventPage(SectionCountryMixin, ContentPage):
    kind = models.CharField(
        _("type of event"), max_length=20, choices=EventKind.choices, help_text=_("Visitors filter events by type.")
    )
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=EventFormat.choices,
        default=EventFormat.ONLINE,
        help_text=_("Online, in person, or both."),
    )
    start = models.DateTimeField(_("start"), help_text=_("In UTC."))
    end = models.DateTimeField(_("end"), help_text=_("In UTC."))
    time_zone = models.CharField(
        _("organiser's time zone"),
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Brussels",
        help_text=_("The times are also shown in this zone, named."),
    )
    location = models.CharField(
        _("location"), max_length=200, blank=True, help_text=_("Venue and city, for events in person.")
    )
    organiser = models.ForeignKey(
        "countries.Country",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("The country whose support organisation runs the event; leave empty for central events."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Where participants sign up; leave empty if no registration is needed."),
    )

    # Central events in the events section; national events in their country's section.
    parent_page_types = ["events.EventIndexPage", "countries.NationalSectionPage"]
    subpage_types = []
    section_country_field = "organiser"
    search_fields = ContentPage.search_fields + [
        index.SearchField("location"),
        index.FilterField("start"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
                FieldPanel("format"),
                FieldPanel("location"),
                FieldPanel("organiser"),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})
        if self.format == EventFormat.IN_PERSON and not self.location:
            raise ValidationError({"location": _("Give the venue and city of an event in person.")})

    @classmethod
    def listing(cls, language_code):
        pages = public(cls.objects.live().select_related("locale", "organiser"))
        return in_language_or_original(pages, language_code)

    @classmethod
    def upcoming(cls, language_code):
        return cls.listing(language_code).filter(end__gte=timezone.now()).order_by("start", "pk")

    @classmethod
    def past(cls, language_code):
        return cls.listing(language_code).filter(end__lt=timezone.now()).order_by("-start", "-pk")

    @property
    def local_start(self):
        return self.start.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    @property
    def local_end(self):
        return self.end.astimezone(zoneinfo.ZoneInfo(self.time_zone))

    @property
    def is_past(self):
        return self.end < timezone.now()

    def json_ld(self, request):
        online = self.format == EventFormat.ONLINE
        data = {
            "@type": "Event",
            "name": self.title,
            "description": self.introduction,
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "inLanguage": self.locale.language_code,
            "eventAttendanceMode": "https://schema.org/"
            + ("OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode"),
            "location": {"@type": "VirtualLocation", "url": self.registration_url or self.full_url}
            if online
            else {"@type": "Place", "name": self.location, "address": self.location},
            "organizer": {
                "@type": "Organization",
                "name": self.organiser.organisation_name if self.organiser_id else "Central Support Service",
            },
        }
        return data

    @path("ics/", name="ics")
    def ics(self, request):
        response = HttpResponse(event_calendar(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


def national_events(country_id, language_code, count=4):
    """The next events a country's support organisation runs, for its national section."""
    return EventPage.upcoming(language_code).filter(organiser=country_id)[:count]
