from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class EventsConfig(PortalAppConfig):
    name = "events"
    verbose_name = _("Events")
    fragment_models = ()
    other_models = ()
    central_team_edits = True
    search_types = [("events", _("Events"), "events.EventPage")]
    national_section_lists = {"events": "events.models.national_events"}
    query_budgets = {
        "/en/events/": 12,  # upcoming events
        "/en/events/?when=past": 12,  # past events
        "/mt/events/": 12,  # in a fallback language
    }
