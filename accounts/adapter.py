"""How django-allauth fits the portal: who signs up (teachers, with a country and a language), where a
log-in leads, and e-mails in the recipient's language, as text and HTML.

Every e-mail of the portal, allauth's and the apps' own (validation, contacts, messages), is sent with
`send_portal_mail`, so they all get the same language rule and the same HTML layout. The links in an
e-mail lead to pages in the language of its text: the e-mails that carry links to allauth's pages
(verification, password reset, "account already exists") are put together in the recipient's language."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.utils import filter_users_by_email
from allauth.core import context as allauth_context
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.models import Role, User, ValidationStatus
from accounts.suspension import suspended_login_response

# The header shows who is logged in; these would otherwise wait in the session and pop up later on
# an unrelated account page, as public pages (cached) never show messages.
UNSHOWN_MESSAGES = {"account/messages/logged_in.txt", "account/messages/logged_out.txt"}


class PortalAccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """A new account is a teacher of the country chosen at sign-up, waiting for validation."""
        user = super().save_user(request, user, form, commit=False)
        user.role = Role.TEACHER
        user.validation_status = ValidationStatus.WAITING
        user.country = form.cleaned_data["country"]
        user.language = form.cleaned_data["language"]
        if commit:
            user.save()
        return user

    def pre_login(self, request, user, **kwargs):
        """A suspended account is not logged in, and is told why and until when (accounts.suspension)."""
        return suspended_login_response(request, user) or super().pre_login(request, user, **kwargs)

    def get_login_redirect_url(self, request):
        """Teachers go to Live, editors to the admin, in their preferred language (a `next` address,
        when there is one, wins before this is asked)."""
        user = request.user
        if not user.is_teacher and user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        with translation.override(user.language):
            if user.is_teacher:
                return super().get_login_redirect_url(request)
            return f"/{translation.get_language()}/"

    def get_logout_redirect_url(self, request):
        """The home page in the language being read."""
        return f"/{translation.get_language()}/"

    def add_message(self, request, level, message_template=None, *args, **kwargs):
        if message_template in UNSHOWN_MESSAGES:
            return
        super().add_message(request, level, message_template, *args, **kwargs)

    def send_confirmation_mail(self, request, emailconfirmation, signup):
        with translation.override(emailconfirmation.email_address.user.language):
            super().send_confirmation_mail(request, emailconfirmation, signup)

    def send_password_reset_mail(self, user, email, context):
        # allauth made the link in the language of the page the reset was asked on.
        with translation.override(user.language):
            link = self.get_reset_password_from_key_url(f"{context['uid']}-{context['key']}")
            super().send_password_reset_mail(user, email, {**context, "password_reset_url": link})

    def send_account_already_exists_mail(self, email):
        owners = filter_users_by_email(email) or User.objects.filter(email__iexact=email)
        with translation.override(owners[0].language if owners else translation.get_language()):
            super().send_account_already_exists_mail(email)

    def send_mail(self, template_prefix, email, context):
        self.build_mail(template_prefix, email, context).send()

    def build_mail(self, template_prefix, email, context, headers=None):
        """The e-mail, not yet sent, in the recipient's language (`mail_language`); also outside a
        request (a background task, a command): the site is the portal's (`portal_site`), not the one a
        request names."""
        with translation.override(mail_language(context)):
            context = {"request": allauth_context.request, "email": email, "current_site": portal_site(), **context}
            return self.render_mail(template_prefix, email, context, headers=headers)

    def render_mail(self, template_prefix, email, context, headers=None):
        """Text and HTML: the HTML part is the text part in the portal's e-mail layout, links made
        clickable, unless the e-mail has an HTML template of its own."""
        message = super().render_mail(template_prefix, email, context, headers=headers)
        if not getattr(message, "alternatives", None):
            html = render_to_string("email/layout.html", {**context, "subject": message.subject, "text": message.body})
            message.attach_alternative(html, "text/html")
        return message


def portal_site():
    """The site as e-mails name it ("Hello from Twinning!"): its name and public address, rather than
    the host name a request happened to use."""
    return SimpleNamespace(
        name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.BASE_URL).netloc, url=settings.BASE_URL
    )


def mail_language(context):
    """The recipient's preferred language when the recipient has an account, else the one the e-mail
    was asked in (`language` in the context), else the current one."""
    user = context.get("user")
    return getattr(user, "language", None) or context.get("language") or translation.get_language()


def send_portal_mail(template_prefix, recipient, context):
    """Send `<template_prefix>_subject.txt` and `_message.txt` to `recipient`, a user or an address."""
    if isinstance(recipient, str):
        get_adapter().send_mail(template_prefix, recipient, context)
    else:
        portal_mail(template_prefix, recipient, context).send()


def portal_mail(template_prefix, user, context, headers=None):
    """The e-mail to `user` (an account), in their language, to send later (a background task's)."""
    return get_adapter().build_mail(template_prefix, user.email, {"user": user, **context}, headers=headers)
