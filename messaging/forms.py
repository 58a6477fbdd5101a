from django import forms
from django.utils.translation import gettext_lazy as _

from messaging.models import Message


class MessageForm(forms.ModelForm):
    class Meta:
        model = Message
        fields = ["body"]
        labels = {"body": _("Your message")}
        help_texts = {"body": _("Plain text, up to 5,000 characters. Links become clickable.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
