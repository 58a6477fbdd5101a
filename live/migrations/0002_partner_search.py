"""Partner search on PostgreSQL: a trigram index for free text, and no parallel workers for scans of the
profiles; and a profile for every teacher whose account existed before Live (later ones get theirs as
they are made, live.signals). See docs/live.md, "Partner search"."""

from django.db import migrations

from live.models import searchable_text


class RunSQLOnPostgreSQL(migrations.RunSQL):
    """SQL that only PostgreSQL understands; other databases (SQLite) skip it and search without it.
    (Django's TrigramExtension is not used: undoing it drops an extension other code may use, and on
    SQLite it fails.)"""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def give_teachers_profiles(apps, schema_editor):
    """The copies as Profile.refresh_search_fields makes them, for a profile without terms yet."""
    User = apps.get_model("accounts", "User")
    Profile = apps.get_model("live", "Profile")
    teachers = User.objects.filter(role="teacher", profile__isnull=True).select_related("school")
    Profile.objects.bulk_create(
        [
            Profile(
                user=teacher,
                country_id=teacher.country_id,
                is_findable=teacher.validation_status == "validated" and teacher.is_active,
                search_text=searchable_text(
                    f"{teacher.first_name} {teacher.last_name}".strip() or teacher.username,
                    teacher.school.name if teacher.school else "",
                    teacher.school.town if teacher.school else "",
                ),
            )
            for teacher in teachers.iterator()
        ],
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [("live", "0001_initial")]

    operations = [
        RunSQLOnPostgreSQL(
            [
                "CREATE EXTENSION IF NOT EXISTS pg_trgm",
                "CREATE INDEX live_findable_text ON live_profile USING gin (search_text gin_trgm_ops) "
                "WHERE is_findable",
            ],
            reverse_sql=["DROP INDEX IF EXISTS live_findable_text"],
        ),
        # Partner search ranks every candidate, from an index, in 10 to 30 ms: many short queries from
        # requests running side by side. Starting and waiting for parallel workers cost more than they
        # save there (100,000 teachers on 2 CPUs: p95 of the ranked list 39 ms without, 79 ms with), and
        # they take the CPUs that other requests need.
        RunSQLOnPostgreSQL(
            ["ALTER TABLE live_profile SET (parallel_workers = 0)"],
            reverse_sql=["ALTER TABLE live_profile RESET (parallel_workers)"],
        ),
        migrations.RunPython(give_teachers_profiles, migrations.RunPython.noop),
    ]
