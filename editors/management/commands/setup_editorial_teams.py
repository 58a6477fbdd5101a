"""Create or complete the editorial groups: the central team, two teams per country, one per
language, and take their site-wide rights from Wagtail's default "Editors" and "Moderators" groups
(editors.teams). Idempotent; run after `migrate` on every deployment."""

from django.core.management.base import BaseCommand

from editors.models import Team
from editors.teams import ensure_all_teams


class Command(BaseCommand):
    help = "Create or complete the central, national and translators' groups with their permissions."

    def handle(self, *args, **options):
        ensure_all_teams()
        self.stdout.write(f"Editorial teams: {Team.objects.count()} in place.")
