"""Deleting one's account: the password and a confirmation, then every app's personal data erased in one
transaction, the session ended; what the teacher wrote for others stays, signed "Former member"."""

import pytest
from allauth.account.models import EmailAddress
from django.core.files.storage import storages
from django.urls import reverse

from accounts.models import User
from accounts.tests.helpers import is_logged_in, log_in
from contacts.models import Block, Contact, ContactRequest
from forum.models import Post, Reply
from live.models import Profile
from messaging.models import Conversation, Message
from privacy.erasure import erase_account
from privacy.tests.conftest import PASSWORD
from tests.helpers import soup
from validation.models import Decision, Evidence

pytestmark = pytest.mark.django_db

DELETE = reverse("privacy:delete")
CONFIRMED = {"password": PASSWORD, "confirm": "on"}


def delete(client, data=CONFIRMED, **kwargs):
    return client.post(DELETE, data, **kwargs)


def assert_nothing_erased(claire):
    claire.refresh_from_db()
    assert claire.erased_at is None and claire.is_active
    assert claire.username == "claire" and claire.email == "claire@school.example"
    assert Profile.objects.filter(user=claire).exists()
    assert Contact.objects.filter(owner=claire).exists()
    assert Evidence.objects.filter(teacher=claire).exists()


def errors_of(response):
    return [error.get_text(strip=True) for error in soup(response).select(".errorlist li")]


def test_a_wrong_password_erases_nothing(claire_client, claires_world):
    response = delete(claire_client, {"password": "not my password", "confirm": "on"})
    assert response.status_code == 200
    assert errors_of(response) == ["This is not your password. Nothing was deleted: type it again."]
    assert soup(response).select_one("#id_confirm").has_attr("checked")
    assert is_logged_in(claire_client)
    assert_nothing_erased(claires_world)


def test_the_confirmation_box_must_be_ticked(claire_client, claires_world):
    response = delete(claire_client, {"password": PASSWORD})
    assert response.status_code == 200
    assert errors_of(response) == ["Tick the box to confirm that you want to delete your account."]
    assert_nothing_erased(claires_world)


def test_an_empty_form_says_what_is_missing(claire_client, claires_world):
    response = delete(claire_client, {})
    assert errors_of(response) == [
        "Type your password to delete your account.",
        "Tick the box to confirm that you want to delete your account.",
    ]
    assert soup(response).select_one(".error-summary")
    assert_nothing_erased(claires_world)


def test_the_message_is_in_the_readers_language(claire_client, claires_world):
    response = claire_client.post(DELETE.replace("/en/", "/fr/"), {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert soup(response).html["lang"] == "fr"
    assert_nothing_erased(claires_world)


def test_wrong_passwords_are_paused_as_log_ins_are(claire_client, claires_world, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    for _attempt in range(3):
        delete(claire_client, {"password": "guess", "confirm": "on"})
    response = delete(claire_client)
    assert response.status_code == 429
    assert_nothing_erased(claires_world)


@pytest.fixture
def deleted(claire_client, claires_world, django_capture_on_commit_callbacks):
    """Claire deletes her account (files leave the storage once the deletion is committed)."""
    photo = Profile.objects.get(user=claires_world).photo.name
    document = Evidence.objects.get(teacher=claires_world).document.name
    with django_capture_on_commit_callbacks(execute=True):
        response = delete(claire_client)
    claires_world.refresh_from_db()
    return response, photo, document


def test_the_teacher_is_logged_out_and_told(claire_client, deleted):
    response = deleted[0]
    assert response.status_code == 302
    assert response.url == reverse("privacy:deleted")
    assert not is_logged_in(claire_client)
    goodbye = claire_client.get(response.url)
    assert soup(goodbye).h1.get_text(strip=True) == "Your account is deleted"
    assert "no-cache" in goodbye["Cache-Control"]
    # Once only: reloading it leads home.
    assert claire_client.get(response.url).url == "/en/"


def test_the_account_is_emptied_of_personal_data(claires_world, deleted):
    claire = claires_world
    assert claire.erased_at is not None
    assert claire.username == f"former-{claire.pk}"
    assert (claire.first_name, claire.last_name, claire.email) == ("", "", "")
    assert not claire.has_usable_password() and not claire.is_active
    assert claire.school is None and not claire.is_validated_teacher
    assert claire.display_name == "Former member"
    assert not EmailAddress.objects.filter(user=claire).exists()
    assert not EmailAddress.objects.filter(email__iexact="claire@school.example").exists()


def test_the_account_can_never_log_in_again(client, claires_world, deleted):
    for login in ("claire", "claire@school.example", f"former-{claires_world.pk}"):
        log_in(client, login, PASSWORD)
        assert not is_logged_in(client)


def test_profile_contacts_requests_blocks_and_evidence_are_gone(claires_world, deleted):
    claire = claires_world
    assert not Profile.objects.filter(user=claire).exists()
    assert not Contact.objects.filter(owner=claire).exists() and not Contact.objects.filter(other=claire).exists()
    assert not ContactRequest.objects.filter(sender=claire).exists()
    assert not ContactRequest.objects.filter(recipient=claire).exists()
    assert not Block.objects.filter(blocker=claire).exists() and not Block.objects.filter(blocked=claire).exists()
    assert not Evidence.objects.filter(teacher=claire).exists()
    assert not Decision.objects.filter(teacher=claire).exists()


def test_the_photo_and_the_evidence_document_leave_the_storage(deleted):
    _response, photo, document = deleted
    private = storages["private"]
    assert photo and not private.exists(photo)
    assert document and not private.exists(document)


def test_posts_and_replies_stay_signed_former_member(client, claires_world, marco, deleted):
    client.force_login(marco)
    post = Post.objects.get(title="Rivers of Europe")
    page = client.get(reverse("forum:post", args=[post.pk]))
    assert page.status_code == 200
    text = soup(page).get_text()
    assert "Former member" in text and "Claire" not in text.replace("Ciao", "")
    assert "We would measure the Arno." in text
    theirs = client.get(reverse("forum:post", args=[Reply.objects.get(body="Count us in!").post_id]))
    assert "Count us in!" in soup(theirs).get_text() and "Former member" in soup(theirs).get_text()


def test_the_conversation_stays_for_the_other_teacher(client, claires_world, marco, deleted):
    client.force_login(marco)
    conversation = Conversation.objects.get()
    page = client.get(reverse("messaging:conversation", args=[conversation.pk]))
    assert page.status_code == 200
    text = soup(page).get_text()
    assert "Ciao Marco, our rivers project starts Monday." in text
    assert "Perfect, Claire! Our pupils are ready." in text
    assert "Conversation with Former member" in " ".join(text.split())
    assert "Dubois" not in text
    assert "Former member" in soup(client.get(reverse("messaging:inbox"))).get_text()


def test_a_conversation_goes_when_both_teachers_have_deleted_their_account(claires_world, marco, deleted):
    erase_account(marco)
    assert not Conversation.objects.exists() and not Message.objects.exists()


def test_nobody_finds_the_teacher_any_more(client, claires_world, marco, deleted):
    client.force_login(marco)
    assert client.get(reverse("live:profile", args=[claires_world.pk])).status_code == 404
    assert client.get(reverse("contacts:request", args=[claires_world.pk])).status_code == 404
    assert client.get(reverse("messaging:conversation_with", args=[claires_world.pk])).status_code == 404
    results = soup(client.get(reverse("live:partners"), {"q": "Dubois"}))
    assert "Dubois" not in results.get_text() and "Former member" not in results.get_text()
    contacts = soup(client.get(reverse("contacts:list"))).get_text()
    assert "Former member" not in contacts and "Dubois" not in contacts


def test_before_deletion_the_search_did_find_her(client, claires_world, marco):
    """The search test above is not empty by accident."""
    client.force_login(marco)
    assert "Claire Dubois" in soup(client.get(reverse("live:partners"), {"q": "Dubois"})).get_text()


def test_an_erasure_that_fails_half_way_changes_nothing(claires_world, monkeypatch):
    import validation.personal_data

    def broken(user):
        raise RuntimeError("the storage is down")

    monkeypatch.setattr(validation.personal_data, "erase", broken)
    with pytest.raises(RuntimeError):
        erase_account(claires_world)
    assert_nothing_erased(User.objects.get(pk=claires_world.pk))


def profile_links(page, teacher):
    return page.select(f'a[href="{reverse("live:profile", args=[teacher.pk])}"]')


def test_the_forum_links_no_former_members_profile(client, claires_world, marco, deleted):
    client.force_login(marco)
    post = Post.objects.get(title="Rivers of Europe")
    page = soup(client.get(reverse("forum:post", args=[post.pk])))
    assert profile_links(page, claires_world) == []
    assert not page.select(f'a[href="{reverse("contacts:request", args=[claires_world.pk])}"]')


def test_the_conversation_links_no_former_members_profile(client, claires_world, marco, deleted):
    client.force_login(marco)
    page = soup(client.get(reverse("messaging:conversation", args=[Conversation.objects.get().pk])))
    assert profile_links(page, claires_world) == []
