from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_language_user_school"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="erased_at",
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name="deleted"),
        ),
        migrations.AddField(
            model_name="user",
            name="suspended_until",
            field=models.DateTimeField(
                blank=True,
                help_text="Set by moderators: the teacher cannot log in until then. Empty: not suspended.",
                null=True,
                verbose_name="suspended until",
            ),
        ),
        migrations.AddField(
            model_name="user",
            name="suspension_reason",
            field=models.TextField(
                blank=True,
                help_text="What the suspended teacher is told when they try to log in.",
                verbose_name="reason for the suspension",
            ),
        ),
    ]
