"""The organiser's form of an online event, and the filters of the list.

The organiser types the times as the clock shows them in the time zone they pick (the browser's
date-and-time boxes know no zone); the form reads them in that zone and stores the moments they are.
Editing shows them again in the event's zone."""

import datetime
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from events.models import TIME_ZONE_CHOICES
from languages.codes import LANGUAGES, language_name
from languages.folding import fold
from online_events.models import EventKind, OnlineEvent
from online_events.registration import seats_taken

DEFAULT_TIME_ZONE = "Europe/Brussels"
WALL_CLOCK_FORMAT = "%Y-%m-%dT%H:%M"
TIMES = ("start", "end", "registration_deadline")


def language_choices():
    """The portal's languages, named in the reader's language, by name."""
    return sorted(((code, language_name(code)) for code, _name in LANGUAGES), key=lambda choice: fold(choice[1]))


def wall_clock(moment, zone):
    """What a clock in `zone` shows at the aware `moment` (naive)."""
    return timezone.localtime(moment, zone).replace(tzinfo=None)


def in_zone(wall_time, zone):
    """The moment a clock in `zone` shows `wall_time` (naive), or None when the clock skips that time
    (the hour lost when summer time begins)."""
    moment = wall_time.replace(tzinfo=zone)
    return moment if wall_clock(moment.astimezone(datetime.UTC), zone) == wall_time else None


class WallClockInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self):
        super().__init__(format=WALL_CLOCK_FORMAT)


class OnlineEventForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=TIME_ZONE_CHOICES,
        initial=DEFAULT_TIME_ZONE,
        help_text=_("The times above are read in this zone. Each reader also sees them in their own time."),
    )
    capacity = forms.IntegerField(
        label=_("Number of seats"),
        min_value=1,
        error_messages={"min_value": _("There must be at least one seat.")},
        help_text=_("When every seat is taken, teachers join a waiting list."),
    )
    room_url = forms.URLField(
        label=_("Link to the online room"),
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"placeholder": "https://"}),
        help_text=_("Only you and the registered participants see it."),
    )

    class Meta:
        model = OnlineEvent
        fields = [
            "title",
            "kind",
            "language",
            "description",
            "organisation",
            "start",
            "end",
            "time_zone",
            "registration_deadline",
            "capacity",
            "room_url",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10}),
            "start": WallClockInput(),
            "end": WallClockInput(),
            "registration_deadline": WallClockInput(),
        }
        help_texts = {
            "registration_deadline": _("Teachers can register until then; at the latest, when the event starts."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        self.fields["language"].initial = get_language()
        for name in TIMES:
            self.fields[name].input_formats = [WALL_CLOCK_FORMAT]
        if self.instance.pk:
            zone = self.instance.zone
            for name in TIMES:
                self.initial[name] = wall_clock(getattr(self.instance, name), zone)

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        taken = seats_taken(self.instance) if self.instance.pk else 0
        if capacity < taken:
            raise ValidationError(
                ngettext(
                    "%(count)d teacher already has a seat: keep at least %(count)d seat.",
                    "%(count)d teachers already have a seat: keep at least %(count)d seats.",
                    taken,
                )
                % {"count": taken},
                code="below_registered",
            )
        return capacity

    def clean(self):
        """Read the times in the chosen zone, then check that they follow each other."""
        cleaned_data = super().clean()
        if not cleaned_data.get("time_zone"):
            return cleaned_data
        zone = zoneinfo.ZoneInfo(cleaned_data["time_zone"])
        for name in TIMES:
            if cleaned_data.get(name):
                self.read_in_zone(name, zone)
        self.check_order(cleaned_data)
        return cleaned_data

    def read_in_zone(self, name, zone):
        """Replace the time Django read in the current zone (UTC) by the moment the organiser meant."""
        moment = in_zone(wall_clock(self.cleaned_data[name], timezone.get_current_timezone()), zone)
        if moment is None:
            self.add_error(name, _("This time does not exist in this time zone (the clocks change then)."))
        else:
            self.cleaned_data[name] = moment

    def check_order(self, cleaned_data):
        """Only a new start must be in the future: an event under way may still get a better
        description."""
        start, end, deadline = (cleaned_data.get(name) for name in TIMES)
        if start and start != self.instance.start and start <= timezone.now():
            self.add_error("start", _("This time is past. Choose a start in the future."))
        if start and end and end <= start:
            self.add_error("end", _("The end must be after the start."))
        if start and deadline and deadline > start:
            self.add_error(
                "registration_deadline", _("Registration must close before the event starts, or as it starts.")
            )


class EventFilterForm(forms.Form):
    """The list's filters, from GET parameters: a wrong value is ignored and said so."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    kind = forms.ChoiceField(label=_("Type of event"), required=False)

    def __init__(self, data):
        super().__init__(data)
        self.fields["language"].choices = [("", _("Any language")), *language_choices()]
        self.fields["kind"].choices = [("", _("Any type")), *EventKind.choices]

    def filter(self, events):
        """`events` with the filters whose values are valid."""
        self.is_valid()
        chosen = {name: value for name, value in self.cleaned_data.items() if value}
        return events.filter(**chosen)

    @property
    def is_filtered(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)

    @property
    def messages(self):
        """Why a value of the address was ignored."""
        return [f"{self.fields[name].label}: {error}" for name, errors in self.errors.items() for error in errors]
