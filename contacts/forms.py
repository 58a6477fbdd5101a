from django import forms
from django.utils.translation import gettext_lazy as _

from contacts.models import ContactRequest


class ContactRequestForm(forms.ModelForm):
    class Meta:
        model = ContactRequest
        fields = ["note"]
        labels = {"note": _("A note for the teacher (optional)")}
        help_texts = {"note": _("Say who you are and what you would like to do together. Up to 1,000 characters.")}
        widgets = {"note": forms.Textarea(attrs={"rows": 5})}
