from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from notifications.kinds import Frequency, Kind
from notifications.models import EmailChoice


class EmailChoicesForm(forms.Form):
    """One choice of e-mails per kind of notification, shown as radio buttons."""

    def __init__(self, *args, user, frequencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for kind in Kind:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=Frequency.choices,
                initial=frequencies[kind].value,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose how you want to hear about this."),
                    "invalid_choice": _("Choose one of the options shown."),
                },
            )

    def save(self):
        """Every kind's choice, all or none."""
        with transaction.atomic():
            for kind in Kind:
                EmailChoice.objects.update_or_create(
                    user=self.user, kind=kind.value, defaults={"frequency": self.cleaned_data[kind.value]}
                )
