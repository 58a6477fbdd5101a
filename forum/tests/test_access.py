"""Who may use the forum: validated teachers only; of a post, only its author may edit or delete it."""

import pytest
from django.urls import reverse

from accounts.factories import EditorFactory, PupilFactory, TeacherFactory
from accounts.models import ValidationStatus
from forum.factories import PostFactory, ReplyFactory
from forum.models import Post, Reply

pytestmark = pytest.mark.django_db

PAGES = ["forum:list", "forum:new", "forum:post", "forum:edit", "forum:delete"]


def page_url(name, post):
    return reverse(name, args=[post.pk]) if name in ("forum:post", "forum:edit", "forum:delete") else reverse(name)


@pytest.fixture
def post(author):
    return PostFactory(author=author)


@pytest.mark.parametrize("name", PAGES)
def test_anonymous_visitors_are_sent_to_log_in_and_back(client, post, name):
    url = page_url(name, post)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert f"next={url}" in response.url.replace("%2F", "/")


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("factory", [PupilFactory, EditorFactory], ids=["pupil", "editor"])
def test_pupils_and_editors_are_refused(client, post, name, factory):
    client.force_login(factory())
    response = client.get(page_url(name, post))
    assert response.status_code == 403
    assert "Live is for teachers" in response.content.decode()


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("status", [ValidationStatus.WAITING, ValidationStatus.REJECTED])
def test_teachers_not_validated_are_sent_to_their_validation_page(client, post, france, name, status):
    client.force_login(TeacherFactory(country=france, validation_status=status))
    response = client.get(page_url(name, post))
    assert response.status_code == 302
    assert response.url == reverse("validation:status")


def test_a_teacher_not_validated_cannot_post_either(client, france, science, teens):
    client.force_login(TeacherFactory(country=france, validation_status=ValidationStatus.WAITING))
    client.post(reverse("forum:new"), {"title": "Sneaky", "description": "x", "subjects": [science.pk]})
    assert not Post.objects.exists()


@pytest.mark.parametrize("name", ["forum:edit", "forum:delete"])
def test_only_the_author_may_edit_or_delete_a_post(reader_client, post, name):
    assert reader_client.get(page_url(name, post)).status_code == 404
    assert reader_client.post(page_url(name, post), {"title": "Taken over"}).status_code == 404
    post.refresh_from_db()
    assert post.title != "Taken over"


def test_others_see_neither_edit_nor_delete_links(reader_client, post):
    html = reader_client.get(reverse("forum:post", args=[post.pk])).content.decode()
    assert reverse("forum:edit", args=[post.pk]) not in html
    assert reverse("forum:delete", args=[post.pk]) not in html


def test_the_author_deletes_a_post_after_confirming(author_client, post):
    ReplyFactory(post=post)
    confirm = author_client.get(reverse("forum:delete", args=[post.pk]))
    assert confirm.status_code == 200
    assert post.title in confirm.content.decode()
    assert Post.objects.filter(pk=post.pk).exists()

    response = author_client.post(reverse("forum:delete", args=[post.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("forum:list")
    assert f"Your post “{post.title}” was deleted." in response.content.decode()
    assert not Post.objects.filter(pk=post.pk).exists()
    assert not Reply.objects.exists()


def test_changes_need_the_csrf_token(client, author, post):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    strict.force_login(author)
    assert strict.post(reverse("forum:delete", args=[post.pk])).status_code == 403
    assert Post.objects.filter(pk=post.pk).exists()


def test_the_list_takes_no_post(reader_client):
    assert reader_client.post(reverse("forum:list")).status_code == 405


def test_forum_pages_are_never_kept_by_a_shared_cache(reader_client, post):
    for url in (reverse("forum:list"), reverse("forum:post", args=[post.pk])):
        cache_control = reader_client.get(url)["Cache-Control"]
        assert "private" in cache_control
        assert "no-store" in cache_control
