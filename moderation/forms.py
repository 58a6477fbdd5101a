"""The teacher's report form and the moderator's decision form."""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.suspension import SUSPENSION_DAYS
from moderation.models import ALREADY_REPORTED, Action, Reason, Report
from moderation.reportable import can_be_hidden, excerpt_of

# The reported text kept with a report: enough to judge, bounded whatever the content's size.
EXCERPT_LENGTH = 5000
DECISION_MESSAGE_LENGTH = 2000


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason", "note"]
        widgets = {"reason": forms.RadioSelect, "note": forms.Textarea(attrs={"rows": 4})}
        labels = {"reason": _("Why do you report this?"), "note": _("Anything the moderators should know")}
        help_texts = {"note": _("Required if you chose “Something else”. Only the moderators read it.")}
        error_messages = {"reason": {"required": _("Choose why you report this.")}}

    def __init__(self, *args, reporter, content, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = Reason.choices
        self.instance.reporter = reporter
        self.instance.content_type = ContentType.objects.get_for_model(content)
        self.instance.object_id = content.pk
        self.instance.excerpt = excerpt_of(content)[:EXCERPT_LENGTH]
        author = content.reported_author
        self.instance.reported_author = author
        self.instance.reported_country_id = author.country_id

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("reason") == Reason.OTHER and not cleaned_data.get("note"):
            self.add_error("note", _("Tell the moderators what is wrong: you chose “Something else”."))
        report = self.instance
        already = Report.objects.open().filter(
            reporter=report.reporter, content_type=report.content_type, object_id=report.object_id
        )
        if already.exists():
            raise ValidationError(ALREADY_REPORTED, code="already")
        return cleaned_data


DECISION_LABELS = {
    Action.DISMISS: _("Dismiss: nothing against the rules"),
    Action.HIDE: _("Hide the content"),
    Action.WARN: _("Warn the author"),
    Action.SUSPEND: _("Suspend the author's account"),
}
FOR_GOOD = "good"


def period_choices():
    return [
        (str(days), ngettext("%(days)d day", "%(days)d days", days) % {"days": days})
        if days
        else (FOR_GOOD, _("For good"))
        for days in SUSPENSION_DAYS
    ]


class DecisionForm(forms.Form):
    """One decision on every open report about one object. What the moderator writes is what the author
    reads: the reason shown under hidden content, the warning, the reason of a suspension."""

    action = forms.ChoiceField(
        label=_("Decision"), widget=forms.RadioSelect, error_messages={"required": _("Choose a decision.")}
    )
    message = forms.CharField(
        label=_("Reason or message to the author"),
        required=False,
        max_length=DECISION_MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Required to hide, warn or suspend: the author reads it (under the hidden content, in the "
            "warning, or when they try to log in)."
        ),
    )
    period = forms.ChoiceField(label=_("Suspend for"), required=False)

    def __init__(self, *args, content, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [
            (action.value, label)
            for action, label in DECISION_LABELS.items()
            if action != Action.HIDE or (content is not None and can_be_hidden(content))
        ]
        self.fields["period"].choices = [("", _("Choose a period")), *period_choices()]

    def clean(self):
        cleaned_data = super().clean()
        action = cleaned_data.get("action")
        if action and action != Action.DISMISS and not cleaned_data.get("message"):
            self.add_error("message", _("Write the reason: the author will read it."))
        if action == Action.SUSPEND and not cleaned_data.get("period"):
            self.add_error("period", _("Choose how long the account is suspended."))
        return cleaned_data

    @property
    def suspension_days(self):
        """Days of the suspension chosen, None for good (or for another decision)."""
        period = self.cleaned_data.get("period")
        return int(period) if period and period != FOR_GOOD else None
