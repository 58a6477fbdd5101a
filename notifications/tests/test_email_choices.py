"""A teacher chooses, per kind, an e-mail at once, a daily digest or none; and one click in an e-mail
unsubscribes, without logging in, from that kind only."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from live.tests.helpers import teacher
from notifications.emails import DIGEST, unsubscribe_token
from notifications.kinds import DEFAULT_FREQUENCY, Frequency, Kind
from notifications.models import EmailChoice, frequencies_of
from tests.helpers import soup

pytestmark = pytest.mark.django_db

CHOICES = reverse("notifications:email_choices")


def every_kind(frequency):
    return {kind.value: frequency.value for kind in Kind}


def test_the_form_shows_the_defaults_and_saves_every_choice(client):
    claire = teacher()
    client.force_login(claire)
    page = soup(client.get(CHOICES))
    assert page.select_one(f"input[name=message][value={Frequency.IMMEDIATELY}]").has_attr("checked")
    assert page.select_one(f"input[name=group_thread][value={Frequency.DAILY}]").has_attr("checked")
    data = {**every_kind(Frequency.DAILY), "message": Frequency.NEVER}
    response = client.post(CHOICES, data, follow=True)
    assert "Your choice of e-mails is saved." in response.content.decode()
    assert frequencies_of(claire)[Kind.MESSAGE] == Frequency.NEVER
    assert frequencies_of(claire)[Kind.VALIDATION] == Frequency.DAILY


def test_a_missing_or_forged_choice_is_refused_and_nothing_is_saved(client):
    claire = teacher()
    client.force_login(claire)
    data = {**every_kind(Frequency.NEVER), "message": "hourly"}
    del data["validation"]
    response = client.post(CHOICES, data)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Choose one of the options shown." in text and "Choose how you want to hear about this." in text
    assert soup(response).select_one(f"input[name=moderation][value={Frequency.NEVER}]").has_attr("checked")  # kept
    assert not EmailChoice.objects.exists()


def unsubscribe_url(user, what):
    return reverse("notifications:unsubscribe", args=[unsubscribe_token(user, what)])


def test_one_click_unsubscribes_from_that_kind_without_logging_in(client):
    marco = teacher("IT")
    response = client.get(unsubscribe_url(marco, Kind.GROUP_THREAD))
    assert response.status_code == 200
    assert "You will no longer get e-mails about:" in response.content.decode()
    assert frequencies_of(marco)[Kind.GROUP_THREAD] == Frequency.NEVER
    assert frequencies_of(marco)[Kind.MESSAGE] == DEFAULT_FREQUENCY[Kind.MESSAGE]


def test_undo_restores_the_previous_choice(client):
    marco = teacher("IT")
    url = unsubscribe_url(marco, Kind.MESSAGE)
    client.get(url)
    undo = soup(client.get(url)).select_one("form input[name=undo]")
    assert undo is None  # already unsubscribed: nothing to go back to
    EmailChoice.objects.filter(user=marco).delete()
    form = soup(client.get(url)).select_one("input[name=undo]").find_parent("form")
    data = {field["name"]: field["value"] for field in form.select("input")}
    response = client.post(url, data)
    assert "You will get these e-mails again" in response.content.decode()
    assert frequencies_of(marco)[Kind.MESSAGE] == Frequency.IMMEDIATELY


def test_mail_programs_unsubscribe_with_a_post_and_no_csrf_token():
    marco = teacher("IT")
    response = Client(enforce_csrf_checks=True, HTTP_HOST="localhost").post(
        unsubscribe_url(marco, Kind.MESSAGE), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert frequencies_of(marco)[Kind.MESSAGE] == Frequency.NEVER


def test_a_digests_link_stops_the_digest(client):
    marco = teacher("IT")
    client.get(unsubscribe_url(marco, DIGEST))
    frequencies = frequencies_of(marco)
    assert all(frequency != Frequency.DAILY for frequency in frequencies.values())
    assert frequencies[Kind.MESSAGE] == Frequency.IMMEDIATELY


def test_a_crafted_link_changes_nothing_and_says_so(client):
    marco = teacher("IT")
    token = unsubscribe_token(marco, Kind.MESSAGE)
    signature = token.rsplit(":", 1)[1]
    someone_elses = unsubscribe_token(teacher("IT"), Kind.MESSAGE).rsplit(":", 1)[0]
    forged = f"{someone_elses}:{signature}"
    for url in (
        reverse("notifications:unsubscribe", args=[forged]),
        reverse("notifications:unsubscribe", args=[token[:-2]]),
        reverse("notifications:unsubscribe", args=["not-a-token"]),
    ):
        response = client.get(url)
        assert response.status_code == 400
        assert "This unsubscribe link is incomplete or was changed." in response.content.decode()
    assert not EmailChoice.objects.exists()
    assert not mail.outbox
    assert client.get(reverse("notifications:unsubscribe", args=[token])).status_code == 200  # the real one works
