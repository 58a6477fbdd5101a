"""The forms of a teacher's way to validation (search, choose or add a school; the evidence), and the
support service's decision."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.listing import is_ascii_number
from schools import matching
from schools.models import School
from validation.documents import ACCEPTED_TYPES, checked_document
from validation.models import Evidence, Outcome

CONFIRM_CHANGE_LABEL = _(
    "I understand that changing school sends my account back to validation: until my support service "
    "validates it again, I can only see my profile and my validation page."
)
CONFIRM_CHANGE_REQUIRED = _("Tick the box to confirm that your account goes back to validation.")


class SchoolSearchForm(forms.Form):
    name = forms.CharField(label=_("Name of the school"), max_length=200, required=False)
    town = forms.CharField(label=_("Town"), max_length=100, required=False)

    def schools(self, country):
        """The schools found, or None when nothing (valid) was typed."""
        if not self.is_valid() or not (self.cleaned_data["name"].strip() or self.cleaned_data["town"].strip()):
            return None
        return matching.search(country, self.cleaned_data["name"], self.cleaned_data["town"])


UNKNOWN_SCHOOL = _("This school is not one of your country's schools. Search again and choose one in the list.")


class ChooseSchoolForm(forms.Form):
    school = forms.CharField(widget=forms.HiddenInput, error_messages={"required": UNKNOWN_SCHOOL})
    confirm_change = forms.BooleanField(label=CONFIRM_CHANGE_LABEL, required=False)

    def __init__(self, teacher, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.teacher = teacher

    def clean_school(self):
        value = self.cleaned_data["school"]
        schools = School.objects.filter(country_id=self.teacher.country_id)
        school = schools.filter(pk=int(value)).first() if is_ascii_number(value) and len(value) < 19 else None
        if school is None:
            raise forms.ValidationError(UNKNOWN_SCHOOL, code="unknown_school")
        return school


class NewSchoolForm(forms.ModelForm):
    """A school of the teacher's country, unless it already has a record (refused, the record offered)
    or similar ones exist in its town (offered first; the teacher confirms that it is none of them)."""

    none_of_these = forms.BooleanField(label=_("My school is none of these: make a new record"), required=False)
    # The ids of the similar schools the teacher was shown, so that "none of these" covers them all.
    offered = forms.CharField(widget=forms.HiddenInput, required=False)
    confirm_change = forms.BooleanField(
        label=CONFIRM_CHANGE_LABEL, required=False, error_messages={"required": CONFIRM_CHANGE_REQUIRED}
    )

    class Meta:
        model = School
        fields = ["name", "address", "town", "postcode", "type", "official_number", "head_name", "head_email"]
        labels = {"name": _("Name of the school")}

    def __init__(self, teacher, *args, confirm_change=False, **kwargs):
        super().__init__(*args, instance=School(country=teacher.country, created_by=teacher), **kwargs)
        self.country = teacher.country
        self.duplicate = None
        self.similar = []
        if confirm_change:
            self.fields["confirm_change"].required = True
        else:
            del self.fields["confirm_change"]
        number = self.fields["official_number"]
        if self.country.school_number_label:
            number.label = self.country.school_number_label
        if self.country.school_number_required:
            number.required = True
            number.error_messages["required"] = _(
                "Give the school's %(number)s: schools in %(country)s are registered with it."
            ) % {"number": number.label, "country": self.country.name}

    def clean(self):
        cleaned_data = super().clean()
        name, town = cleaned_data.get("name"), cleaned_data.get("town")
        if name is None or town is None:
            return cleaned_data
        name_key, town_key = School.keys_for(name, town)
        if not name_key:
            self.add_error("name", _("Write the school's name with letters or digits."))
        if not town_key:
            self.add_error("town", _("Write the town's name with letters or digits."))
        if name_key and town_key:
            self.check_one_record(name, town)
        return cleaned_data

    def check_one_record(self, name, town):
        self.duplicate = matching.same_school(self.country, name, town)
        if self.duplicate:
            raise forms.ValidationError(
                _("%(school)s is already registered. One school has one record: choose it below."),
                code="duplicate",
                params={"school": self.duplicate},
            )
        self.similar = matching.similar_schools(self.country, name, town)
        if self.similar and not self.none_of_the_offered:
            raise forms.ValidationError(
                _("Is your school one of these? Choose it, or confirm that it is none of them."),
                code="similar",
            )

    @property
    def none_of_the_offered(self):
        """The teacher confirmed it is none of the similar schools, having been shown all of them."""
        offered = {value for value in self.cleaned_data.get("offered", "").split(",") if is_ascii_number(value)}
        return self.cleaned_data.get("none_of_these") and {str(school.pk) for school in self.similar} <= offered

    @property
    def offered_ids(self):
        return ",".join(str(school.pk) for school in self.similar)


class EvidenceForm(forms.ModelForm):
    document = forms.FileField(
        label=_("Document (optional)"),
        required=False,
        help_text=_("A PDF file, or a photo or scan in JPEG or PNG, of at most 10 MB."),
        widget=forms.FileInput(attrs={"accept": ",".join([".pdf", ".jpg", ".jpeg", ".png", *ACCEPTED_TYPES])}),
    )
    remove_document = forms.BooleanField(label=_("Remove the document I sent"), required=False)

    class Meta:
        model = Evidence
        fields = ["statement"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kept_document = self.instance.document.name
        if not self.kept_document:
            del self.fields["remove_document"]

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        return checked_document(upload) if upload else None

    def clean(self):
        cleaned_data = super().clean()
        keeps_document = self.kept_document and not cleaned_data.get("remove_document")
        says_something = cleaned_data.get("statement", "").strip() or cleaned_data.get("document") or keeps_document
        # A document refused already has its message.
        if not says_something and not self.has_error("document"):
            raise forms.ValidationError(
                _("Tell your support service about your role at the school, or attach a document."), code="empty"
            )
        return cleaned_data

    def save(self, commit=True):
        """The evidence with its new document, or without the removed one; `replaced_document` names the
        file it no longer uses (deleted once the evidence is saved)."""
        evidence = super().save(commit=False)
        self.replaced_document = ""
        if self.cleaned_data.get("document"):
            evidence.document = self.cleaned_data["document"]
            self.replaced_document = self.kept_document
        elif self.cleaned_data.get("remove_document"):
            evidence.document = ""
            self.replaced_document = self.kept_document
        if commit:
            evidence.save()
        return evidence


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(choices=Outcome.choices, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required to reject: the teacher reads it, in the e-mail and on their validation page."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("outcome") == Outcome.REJECTED and not cleaned_data.get("reason", "").strip():
            self.add_error("reason", _("Say why you reject this teacher: they will read it and can try again."))
        return cleaned_data
