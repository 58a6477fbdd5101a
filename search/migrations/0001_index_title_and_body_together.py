"""A GIN index on the title and body vectors together, the expression Wagtail's PostgreSQL search filters on.

Wagtail's backend (modelsearch) matches `(title || body) @@ query` but indexes `title` and `body` each on
its own, which that expression cannot use (wagtail/wagtail#6546): every search then reads the index entry
of every page it is given. With 2,000 pages in each of 31 languages a search in one language took 10 to
400 ms per language searched (docs/performance.md); with this index, under a millisecond.

PostgreSQL only: SQLite's full-text table is its own index."""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING gin ((title || body))')


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
