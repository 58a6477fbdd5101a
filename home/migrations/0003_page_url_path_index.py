"""An index on Wagtail's page addresses (wagtailcore_page.url_path), which Wagtail does not make: the
portal routes every request by address in one query (home.models.HomePage.route_by_url_path), which
otherwise reads the whole language tree: 7 to 25 ms at 70,000 pages, 0.05 ms with the index."""

from django.db import migrations

INDEX = "wagtailcore_page_url_path_portal"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_alter_footerlink_page_alter_homepage_body_and_more"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
