from django.core.management.base import BaseCommand

from privacy.retention import apply_retention, retention_days, warning_days


class Command(BaseCommand):
    help = (
        "Warn the teachers inactive for INACTIVE_ACCOUNT_RETENTION_DAYS, and delete the accounts of those "
        "warned INACTIVE_ACCOUNT_WARNING_DAYS ago who have not come back (docs/privacy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Say who would be warned and deleted; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        if not retention_days():
            self.stdout.write("INACTIVE_ACCOUNT_RETENTION_DAYS is 0: every account is kept.")
            return
        outcome = apply_retention(dry_run=dry_run)
        would = "would be " if dry_run else ""
        self.stdout.write(f"Inactive for {retention_days()} days; deleted {warning_days()} days after the warning.")
        for user in outcome.warned:
            self.stdout.write(f"{would}warned: {user.username} (account {user.pk})")
        for user in outcome.erased:
            self.stdout.write(f"{would}deleted: account {user.pk}")
        self.stdout.write(f"{len(outcome.warned)} {would}warned, {len(outcome.erased)} {would}deleted.")
