"""The forms of the groups: proposing a group, starting a discussion, replying, inviting a contact, and
the central team's reason for declining a proposal."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.models import Role, ValidationStatus
from contacts.models import Contact
from contacts.rules import without_blocked
from groups.models import Group, Reply, Thread
from languages.spoken import portal_language_choices


class GroupForm(forms.ModelForm):
    class Meta:
        model = Group
        fields = ["name", "description", "language", "subjects", "age_ranges", "join_policy"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "subjects": forms.CheckboxSelectMultiple,
            "age_ranges": forms.CheckboxSelectMultiple,
            "join_policy": forms.RadioSelect,
        }
        help_texts = {
            "subjects": _("Leave all unticked for a group about every subject."),
            "age_ranges": _("Leave all unticked for a group about every age."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The portal's languages named in the reader's language, not the model's English names.
        self.fields["language"].choices = [("", _("Choose a language")), *portal_language_choices(get_language())]
        self.fields["join_policy"].choices = self.fields["join_policy"].choices[1:]  # no empty radio button


class ThreadForm(forms.ModelForm):
    class Meta:
        model = Thread
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


class ReplyForm(forms.ModelForm):
    class Meta:
        model = Reply
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}
        labels = {"body": _("Your reply")}


def invitable_contacts(inviter, group):
    """The inviter's contacts who may be invited: validated teachers, neither members nor invited yet,
    with no block between them and the inviter."""
    teachers = get_user_model().objects.filter(
        pk__in=Contact.objects.filter(owner=inviter).values("other"),
        role=Role.TEACHER,
        validation_status=ValidationStatus.VALIDATED,
        erased_at__isnull=True,
    )
    teachers = teachers.exclude(group_memberships__group=group).exclude(pk__in=group.invitations.values("invited"))
    return without_blocked(teachers, inviter).order_by("first_name", "last_name", "pk")


class InvitationForm(forms.Form):
    teacher = forms.ModelChoiceField(
        queryset=None,
        label=_("Invite one of your contacts"),
        empty_label=_("Choose a contact"),
        error_messages={"invalid_choice": _("Choose one of your contacts who is not in the group yet.")},
    )

    def __init__(self, *args, inviter, group, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["teacher"].queryset = invitable_contacts(inviter, group)
        self.fields["teacher"].label_from_instance = lambda teacher: teacher.display_name


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why (the proposer is told)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
