"""Generate N realistic teachers with their schools and profiles (demo.teachers), for the demo and the
benchmarks. Refused where DEMO_DATA_ALLOWED is false; under production settings the demo app, and with
it this command, is not even installed."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.teachers import generate_teachers


class Command(BaseCommand):
    help = "Generate teachers gen-00001 ... gen-N (those missing) with schools and profiles; never in production."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="how many generated teachers there should be in all")
        parser.add_argument("--seed", type=int, default=1, help="the same seed makes the same teachers")

    def handle(self, *args, count, seed, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError("Demo data is disabled by these settings (DEMO_DATA_ALLOWED is false).")
        if count < 0:
            raise CommandError("The number of teachers cannot be negative.")
        try:
            made = generate_teachers(count, seed=seed, progress=self.progress if options["verbosity"] > 1 else None)
        except ValueError as error:
            raise CommandError(str(error)) from error
        if options["verbosity"]:
            self.stdout.write(f"Generated {made} teachers ({count} generated teachers in all).")

    def progress(self, done, total):
        self.stdout.write(f"{done} / {total}")
