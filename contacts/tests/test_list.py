"""The list of contacts and requests: answering, withdrawing, removing, blocking and unblocking."""

import pytest
from django.core import mail
from django.urls import reverse

from contacts.factories import BlockFactory, ContactRequestFactory, make_contacts
from contacts.models import Block, Contact, ContactRequest, RequestStatus
from contacts.tests.helpers import as_on_a_running_server, teacher
from notifications.models import Notification
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def claire(client):
    me = teacher(username="claire", first_name="Claire", last_name="Dubois")
    client.force_login(me)
    return me


@pytest.fixture
def marco():
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi")


def section(response, heading_id):
    heading = soup(response).find(id=heading_id)
    return heading.parent if heading else None


def contacts_of(user):
    return set(Contact.objects.filter(owner=user).values_list("other", flat=True))


def notice(response):
    return " ".join(p.get_text(" ", strip=True) for p in soup(response).select(".notice"))


def test_a_contact_shows_with_school_country_and_links_to_profile_and_writing(client, claire, marco):
    make_contacts(claire, marco)
    response = client.get(reverse("contacts:list"))
    assert response.status_code == 200
    contacts = section(response, "contacts-heading")
    assert "1 contact" in contacts.h2.get_text()
    text = contacts.get_text(" ")
    assert "Marco Bianchi" in text and marco.school.name in text and "Italy" in text
    links = {link["href"] for link in contacts.select("a")}
    assert reverse("live:profile", args=[marco.pk]) in links
    assert reverse("messaging:conversation_with", args=[marco.pk]) in links
    assert reverse("contacts:block", args=[marco.pk]) in links


def test_nothing_yet(client, claire):
    response = client.get(reverse("contacts:list"))
    assert "You have no contacts yet." in response.content.decode()
    assert section(response, "received-heading") is None
    assert section(response, "sent-heading") is None


def test_accepting_makes_both_teachers_contacts(client, claire, marco):
    theirs = ContactRequestFactory(sender=marco, recipient=claire)
    response = client.post(reverse("contacts:accept", args=[theirs.pk]), follow=True)
    assert "You and Marco Bianchi are now contacts." in notice(response)
    theirs.refresh_from_db()
    assert theirs.status == RequestStatus.ACCEPTED and theirs.answered_at
    assert contacts_of(claire) == {marco.pk} and contacts_of(marco) == {claire.pk}
    assert section(response, "received-heading") is None
    assert "Marco Bianchi" in section(response, "contacts-heading").get_text()
    told = Notification.objects.get(recipient=marco)  # on the portal, and by e-mail
    assert told.text == "Claire Dubois accepted your contact request: you can now write to each other."
    assert told.url == reverse("messaging:conversation_with", args=[claire.pk])
    [email] = mail.outbox
    assert email.to == [marco.email]


def test_accepting_also_answers_a_request_the_other_way(client, claire, marco):
    theirs = ContactRequestFactory(sender=marco, recipient=claire)
    mine = ContactRequestFactory(sender=claire, recipient=marco)
    client.post(reverse("contacts:accept", args=[theirs.pk]))
    mine.refresh_from_db()
    assert mine.status == RequestStatus.ACCEPTED


def test_accepting_twice_changes_nothing(client, claire, marco):
    theirs = ContactRequestFactory(sender=marco, recipient=claire)
    client.post(reverse("contacts:accept", args=[theirs.pk]))
    assert client.post(reverse("contacts:accept", args=[theirs.pk])).status_code == 404
    assert Contact.objects.count() == 2
    assert Notification.objects.filter(recipient=marco).count() == 1  # told once


def test_declining(client, claire, marco):
    theirs = ContactRequestFactory(sender=marco, recipient=claire)
    response = client.post(reverse("contacts:decline", args=[theirs.pk]), follow=True)
    assert "You declined the request from Marco Bianchi." in notice(response)
    theirs.refresh_from_db()
    assert theirs.status == RequestStatus.DECLINED
    assert not Contact.objects.exists()
    assert not mail.outbox  # the sender is not told


def test_withdrawing(client, claire, marco):
    mine = ContactRequestFactory(sender=claire, recipient=marco)
    response = client.post(reverse("contacts:withdraw", args=[mine.pk]), follow=True)
    assert "You withdrew your request to Marco Bianchi." in notice(response)
    mine.refresh_from_db()
    assert mine.status == RequestStatus.WITHDRAWN
    assert section(response, "sent-heading") is None


@pytest.mark.parametrize("name", ["contacts:accept", "contacts:decline"])
def test_one_cannot_answer_a_request_to_someone_else(client, claire, marco, name):
    others = ContactRequestFactory(sender=marco, recipient=teacher())
    mine = ContactRequestFactory(sender=claire, recipient=marco)
    for contact_request in (others, mine):  # to someone else; one's own, which the recipient answers
        assert client.post(reverse(name, args=[contact_request.pk])).status_code == 404
    assert set(ContactRequest.objects.values_list("status", flat=True)) == {RequestStatus.PENDING}
    assert not Contact.objects.exists()


def test_one_cannot_withdraw_someone_elses_request(client, claire, marco):
    theirs = ContactRequestFactory(sender=marco, recipient=claire)
    assert client.post(reverse("contacts:withdraw", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == RequestStatus.PENDING


def test_removing_a_contact_removes_both_sides(client, claire, marco):
    make_contacts(claire, marco)
    make_contacts(marco, teacher())
    response = client.post(reverse("contacts:remove", args=[marco.pk]), follow=True)
    assert "Marco Bianchi is no longer your contact." in notice(response)
    assert contacts_of(claire) == set() and claire.pk not in contacts_of(marco)
    assert len(contacts_of(marco)) == 1  # his other contact stays


def test_removing_someone_who_is_not_a_contact_is_a_404(client, claire, marco):
    assert client.post(reverse("contacts:remove", args=[marco.pk])).status_code == 404


def test_blocking_asks_first(client, claire, marco):
    response = client.get(reverse("contacts:block", args=[marco.pk]))
    assert response.status_code == 200
    assert "Block Marco Bianchi?" in soup(response).h1.get_text()
    assert soup(response).select_one("form[method=post] button[type=submit]")
    assert not Block.objects.exists()


def test_blocking_ends_the_contact_and_the_pending_requests(client, claire, marco):
    make_contacts(claire, marco)
    ContactRequestFactory(sender=marco, recipient=claire)
    ContactRequestFactory(sender=claire, recipient=marco)
    answered = ContactRequestFactory(sender=marco, recipient=claire, status=RequestStatus.DECLINED)
    response = client.post(reverse("contacts:block", args=[marco.pk]), follow=True)
    assert "You blocked Marco Bianchi." in notice(response)
    assert Block.objects.filter(blocker=claire, blocked=marco).exists()
    assert not Contact.objects.exists()
    assert list(ContactRequest.objects.all()) == [answered]


def test_blocking_twice_changes_nothing(client, claire, marco):
    client.post(reverse("contacts:block", args=[marco.pk]))
    client.post(reverse("contacts:block", args=[marco.pk]))
    assert Block.objects.count() == 1


def test_one_cannot_block_oneself(client, claire):
    response = client.post(reverse("contacts:block", args=[claire.pk]), follow=True)
    assert "You cannot block yourself." in notice(response)
    assert not Block.objects.exists()


@pytest.mark.parametrize("pk", ["999999", "99999999999999999999"])
def test_blocking_an_unknown_teacher_is_a_404(client, claire, pk):
    assert client.post(f"/en/live/contacts/block/{pk}/").status_code == 404


def test_the_blocked_list_and_unblocking(client, claire, marco):
    BlockFactory(blocker=claire, blocked=marco)
    BlockFactory(blocker=marco, blocked=claire)  # his block of Claire is his, and stays
    page = client.get(reverse("contacts:blocked"))
    assert "Marco Bianchi" in soup(page).select_one(".people").get_text()

    response = client.post(reverse("contacts:unblock", args=[marco.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("contacts:blocked")
    assert "You unblocked Marco Bianchi." in notice(response)
    assert "You have blocked no one." in response.content.decode()
    assert list(Block.objects.values_list("blocker", "blocked")) == [(marco.pk, claire.pk)]


def test_one_cannot_lift_someone_elses_block(client, claire, marco):
    BlockFactory(blocker=marco, blocked=claire)
    assert client.post(reverse("contacts:unblock", args=[marco.pk])).status_code == 404
    assert Block.objects.exists()


def test_contacts_are_paginated_by_name(client, claire):
    for number in range(23):
        make_contacts(claire, teacher(first_name="Teacher", last_name=f"{number:02}"))
    first = client.get(reverse("contacts:list"))
    names = [h.get_text(strip=True) for h in section(first, "contacts-heading").select(".person__name")]
    assert len(names) == 20 and names[0] == "Teacher 00"
    assert "23 contacts" in section(first, "contacts-heading").h2.get_text()
    second = client.get(reverse("contacts:list"), {"page": "2"})
    names = [h.get_text(strip=True) for h in section(second, "contacts-heading").select(".person__name")]
    assert names == ["Teacher 20", "Teacher 21", "Teacher 22"]


def test_a_page_that_does_not_exist_shows_the_nearest(client, claire):
    response = client.get(reverse("contacts:list"), {"page": "x²"})
    assert response.status_code == 200
    assert "here is the first page" in response.content.decode()


def test_the_list_stays_within_its_query_budget(client, claire, django_assert_max_num_queries):
    for _number in range(25):
        make_contacts(claire, teacher("IT"))
    for _number in range(5):
        ContactRequestFactory(sender=teacher(), recipient=claire)
        ContactRequestFactory(sender=claire, recipient=teacher("IT"))
    as_on_a_running_server(client, reverse("contacts:list"))
    with django_assert_max_num_queries(9):
        response = client.get(reverse("contacts:list"))
    assert len(soup(response).select(".person")) == 30


def test_the_blocked_list_stays_within_its_query_budget(client, claire, django_assert_max_num_queries):
    for _number in range(10):
        BlockFactory(blocker=claire, blocked=teacher("IT"))
    as_on_a_running_server(client, reverse("contacts:blocked"))
    with django_assert_max_num_queries(7):
        response = client.get(reverse("contacts:blocked"))
    assert len(soup(response).select(".person")) == 10


@pytest.mark.parametrize(("name", "most"), [("request", 7), ("block", 6)])
def test_the_forms_stay_within_their_query_budget(client, claire, marco, name, most, django_assert_max_num_queries):
    url = reverse(f"contacts:{name}", args=[marco.pk])
    as_on_a_running_server(client, url)
    with django_assert_max_num_queries(most):
        assert client.get(url).status_code == 200
