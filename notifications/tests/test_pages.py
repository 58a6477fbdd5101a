"""The bell in the header, the notifications page, marking read, and who may see what."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.factories import EditorFactory, PupilFactory
from live.tests.helpers import as_on_a_running_server, teacher, waiting_teacher
from notifications.factories import NotificationFactory
from notifications.models import Notification
from notifications.views import NOTIFICATIONS_PER_PAGE
from tests.helpers import soup

pytestmark = pytest.mark.django_db

LIST = reverse("notifications:list")


@pytest.fixture
def claire(client):
    me = teacher(username="claire", first_name="Claire", last_name="Dubois")
    client.force_login(me)
    return me


def bell(response):
    return soup(response).select_one(".account-menu__bell")


def test_the_bell_shows_the_unread_count_and_says_it_in_words(client, claire):
    NotificationFactory.create_batch(2, recipient=claire)
    NotificationFactory(recipient=claire, read_at=timezone.now())
    NotificationFactory()  # someone else's
    link = bell(client.get(reverse("live:home")))
    assert link["href"] == LIST
    assert link.select_one(".account-menu__count").get_text() == "2"
    assert "Notifications: 2 unread" in link.get_text()


def test_the_bell_and_the_unread_conversations_cost_one_query(claire, django_assert_num_queries):
    NotificationFactory.create_batch(3, recipient=claire)
    NotificationFactory(recipient=claire, read_at=timezone.now())
    request = RequestFactory().get("/")
    request.user = claire
    template = Template("{% load header_counts %}{% header_counts as c %}{{ c.notifications }} {{ c.conversations }}")
    with django_assert_num_queries(1):
        assert template.render(Context({"request": request})) == "3 0"


def test_a_teacher_waiting_for_validation_has_notifications_too(client):
    waiting = waiting_teacher()
    client.force_login(waiting)
    NotificationFactory(recipient=waiting)
    response = client.get(LIST)
    assert response.status_code == 200
    assert "Anna Rossi would like to be your contact." in response.content.decode()


@pytest.mark.parametrize("factory", [PupilFactory, EditorFactory])
def test_pupils_and_editors_have_no_notifications_page_and_no_bell(client, factory):
    client.force_login(factory())
    response = client.get(LIST)
    assert response.status_code == 403
    assert bell(response) is None


def test_visitors_are_asked_to_log_in(client):
    response = client.get(LIST)
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_the_list_newest_first_unread_marked_in_words(client, claire):
    old = NotificationFactory(
        recipient=claire,
        params={"name": "Old"},
        created_at=timezone.now() - timezone.timedelta(days=2),
        read_at=timezone.now(),
    )
    new = NotificationFactory(recipient=claire, params={"name": "New"})
    NotificationFactory(params={"name": "Not mine"})
    items = soup(client.get(LIST)).select(".notification")
    assert [item["id"] for item in items] == [f"notification-{new.pk}", f"notification-{old.pk}"]
    assert items[0].get_text().strip().startswith("Unread:")
    assert "Not mine" not in str(items)


def test_opening_a_notification_marks_it_read_and_leads_to_it(client, claire):
    notification = NotificationFactory(recipient=claire)
    response = client.get(reverse("notifications:open", args=[notification.pk]))
    assert response.status_code == 302 and response["Location"] == "/en/live/contacts/"
    notification.refresh_from_db()
    assert not notification.is_unread


def test_another_teachers_notification_is_not_found(client, claire):
    theirs = NotificationFactory()
    assert client.get(reverse("notifications:open", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("notifications:mark_read", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_unread


def test_mark_one_and_mark_all_read(client, claire):
    first, second, third = NotificationFactory.create_batch(3, recipient=claire)
    theirs = NotificationFactory()
    response = client.post(reverse("notifications:mark_read", args=[first.pk]), {"page": "1"})
    assert response["Location"] == f"{LIST}#notification-{first.pk}"
    assert Notification.objects.unread().filter(recipient=claire).count() == 2
    response = client.post(reverse("notifications:mark_all_read"), follow=True)
    assert "All your notifications are marked as read." in response.content.decode()
    assert not Notification.objects.unread().filter(recipient=claire).exists()
    assert bell(response).select_one(".account-menu__count") is None
    theirs.refresh_from_db()
    assert theirs.is_unread


def test_marking_read_is_a_post(client, claire):
    notification = NotificationFactory(recipient=claire)
    assert client.get(reverse("notifications:mark_read", args=[notification.pk])).status_code == 405
    assert client.get(reverse("notifications:mark_all_read")).status_code == 405


def test_a_crafted_page_number_goes_back_to_the_first_page(client, claire):
    notification = NotificationFactory(recipient=claire)
    response = client.post(reverse("notifications:mark_read", args=[notification.pk]), {"page": "//evil.example"})
    assert response["Location"] == f"{LIST}#notification-{notification.pk}"


def test_the_list_is_paginated_within_its_query_budget(client, claire, django_assert_max_num_queries):
    NotificationFactory.create_batch(NOTIFICATIONS_PER_PAGE + 5, recipient=claire)
    as_on_a_running_server(client, LIST)
    with django_assert_max_num_queries(8):
        response = client.get(LIST)
    assert len(soup(response).select(".notification")) == NOTIFICATIONS_PER_PAGE
    assert len(soup(client.get(LIST + "?page=2")).select(".notification")) == 5


def test_the_choice_of_emails_stays_within_its_query_budget(client, claire, django_assert_max_num_queries):
    url = reverse("notifications:email_choices")
    as_on_a_running_server(client, url)
    with django_assert_max_num_queries(6):
        assert client.get(url).status_code == 200
