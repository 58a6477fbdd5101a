"""Load the demo data: locales, pages and their translations, taxonomies, countries, accounts, and Live
(schools, profiles, a validation queue, contacts, a conversation, forum posts, generated teachers).

Idempotent: what exists is left alone, so running it again changes nothing. Refuses to run where
DEMO_DATA_ALLOWED is false (production settings), because it creates accounts with a known password.
"""

from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import (
    connect_reference_index_signal_handlers,
    disconnect_reference_index_signal_handlers_for_model,
)

from demo.accounts import load_accounts
from demo.countries import load_countries, load_national_sections
from demo.editors import load_editorial_demo
from demo.events import load_events
from demo.forum import load_forum_posts
from demo.groups import load_groups
from demo.kits import load_kits, load_taxonomies
from demo.live import load_live, validated_teachers
from demo.moderation import load_reports
from demo.news import load_news
from demo.notifications import load_notifications
from demo.online_events import load_online_events
from demo.pages import load_pages
from demo.prizes import load_prizes
from demo.statistics import spread_demo_history
from demo.teachers import generate_teachers
from notifications.sending import emails_suppressed

# Teachers generated across the 44 countries (demo.teachers), so that partner search has people to find.
GENERATED_TEACHERS = 300


class Command(BaseCommand):
    help = "Load the demo content and accounts (idempotent; never in production)."

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError("Demo data is disabled by these settings (DEMO_DATA_ALLOWED is false).")
        # Index once at the end rather than on each of the thousand saves. The demo's notifications tell
        # of things that happened to no one's inbox: none is e-mailed.
        with indexing_deferred(), emails_suppressed():
            self.load()

    def load(self):
        created = {
            "countries": load_countries(),
            "taxonomy terms": load_taxonomies(),
            "accounts": load_accounts(),
            "generated teachers": generate_teachers(GENERATED_TEACHERS),
        }
        spread_demo_history()
        load_live()
        load_forum_posts(validated_teachers())
        load_reports()
        created["groups"] = load_groups()
        created["online events"] = load_online_events()
        load_notifications(validated_teachers())
        pages_changed, sections = load_pages()
        pages_changed |= load_kits(sections["kits"])
        pages_changed |= load_news(sections["news"])
        pages_changed |= load_events(sections["events"])
        pages_changed |= load_prizes(sections["news"].get_parent())  # after the kits and news it links to
        pages_changed |= load_national_sections(sections["countries"])
        pages_changed |= load_editorial_demo()
        if pages_changed or any(created.values()):
            call_command("update_index", verbosity=0)
            call_command("rebuild_references_index", verbosity=0)
        summary = ", ".join(f"{count} {name}" for name, count in created.items())
        self.stdout.write(f"Demo data: created {summary}; pages {'created' if pages_changed else 'unchanged'}.")


@contextmanager
def indexing_deferred():
    """Disconnect the search index's and the reference index's save handlers (Wagtail's own
    disconnect functions) while loading; `load` then rebuilds both indexes once."""
    searched = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    for model in ReferenceIndex.tracked_models:
        disconnect_reference_index_signal_handlers_for_model(model)
    try:
        yield
    finally:
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
        connect_reference_index_signal_handlers()
