import modelcluster.fields
from django.db import migrations


class Migration(migrations.Migration):
    """The kits' taxonomy fields point at the taxonomy app's models (state only: the tables and
    columns are those of before)."""

    dependencies = [
        ('kits', '0004_move_taxonomy_tables'),
        ('taxonomy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='kitpage',
                    name='age_ranges',
                    field=modelcluster.fields.ParentalManyToManyField(help_text="The pupils' ages the kit suits.", related_name='kits', to='taxonomy.agerange', verbose_name='age ranges'),
                ),
                migrations.AlterField(
                    model_name='kitpage',
                    name='key_competences',
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='The EU key competences for lifelong learning that the kit develops.', related_name='kits', to='taxonomy.keycompetence', verbose_name='key competences'),
                ),
                migrations.AlterField(
                    model_name='kitpage',
                    name='subjects',
                    field=modelcluster.fields.ParentalManyToManyField(help_text='Teachers filter kits by subject.', related_name='kits', to='taxonomy.subject', verbose_name='subjects'),
                ),
                migrations.DeleteModel(
                    name='AgeRange',
                ),
                migrations.DeleteModel(
                    name='KeyCompetence',
                ),
                migrations.DeleteModel(
                    name='Subject',
                ),
            ],
        ),
    ]
