from django.utils.translation import gettext_lazy as _

from core.registry import PortalAppConfig


class ContactsConfig(PortalAppConfig):
    name = "contacts"
    verbose_name = _("Contacts")
    fragment_models = ()
    other_models = ("contacts.ContactRequest", "contacts.Contact", "contacts.Block")
    central_team_edits = False
    # Written by teachers on the portal, not by editors in the admin.
    edited_in_admin = False
    public_urls = "contacts.urls"
    personal_data = "contacts.personal_data"
    notices = "contacts.notices.NOTICES"
