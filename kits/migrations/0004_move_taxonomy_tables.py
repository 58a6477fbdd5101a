from django.db import migrations

TAXONOMIES = ["subject", "agerange", "keycompetence"]


def move_content_types(apps, schema_editor, from_app="kits", to_app="taxonomy"):
    """Keep the content types (and with them permissions and admin history) of the moved models."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=from_app, model__in=TAXONOMIES).update(app_label=to_app)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, from_app="taxonomy", to_app="kits")


class Migration(migrations.Migration):
    """Subjects, age ranges and key competences move to the taxonomy app (news and, later, projects
    and profiles use them too): their tables take the new app's names, data kept."""

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('kits', '0003_alter_agerange_name_alter_agerange_name_bg_and_more'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name=name, table=f"taxonomy_{name}") for name in TAXONOMIES
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
