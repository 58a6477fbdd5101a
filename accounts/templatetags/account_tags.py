"""Template tags for the account pages: form fields with their help and errors tied to the input,
the buttons' classes, and the account's navigation."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()

# allauth marks its buttons with tags ("secondary", "danger,delete", "link,cancel"); the portal has a
# look for each kind.
BUTTON_KINDS = {
    "secondary": "button--secondary",
    "outline": "button--secondary",
    "danger": "button--danger",
    "link": "button--link",
}

ACCOUNT_PAGES = [
    ("account_preferences", _("Preferences")),
    ("account_email", _("E-mail addresses")),
    ("account_change_password", _("Password")),
    ("mfa_index", _("Two-factor authentication")),
]


@register.simple_tag
def field_widget(field):
    """The field's input, described by its errors and help text, so that a screen reader reads them
    with the field."""
    described_by = []
    attrs = {}
    if field.errors:
        described_by.append(f"{field.auto_id}_errors")
        attrs["aria-invalid"] = "true"
    if field.help_text:
        described_by.append(f"{field.auto_id}_helptext")
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def button_classes(tags):
    kinds = dict.fromkeys(BUTTON_KINDS[tag] for tag in tags or () if tag in BUTTON_KINDS)
    return " ".join(["button", *kinds])


@register.simple_tag(takes_context=True)
def account_links(context):
    """The account's pages, the one being read (or one of its sub-pages) marked current."""
    path = context["request"].path
    links = []
    for name, label in ACCOUNT_PAGES:
        url = reverse(name)
        links.append({"url": url, "label": label, "is_current": path.startswith(url)})
    return links
