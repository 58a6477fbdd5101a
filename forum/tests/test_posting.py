"""Writing and editing a post: what is saved, and how bad input is answered (a message, what was typed
kept, nothing saved half-way, never a server error)."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.factories import PostFactory
from forum.models import Post, PostLanguage
from forum.tests.utils import warm_up

pytestmark = pytest.mark.django_db

NEW = reverse("forum:new")


def in_days(count):
    return (timezone.localdate() + datetime.timedelta(days=count)).isoformat()


@pytest.fixture
def form_data(science, teens, france):
    return {
        "title": "Rivers of Europe",
        "description": "Our pupils measure the water of the Seine.\nWho measures theirs?",
        "subjects": [science.pk],
        "age_ranges": [teens.pk],
        "languages": ["fr", "en"],
        "other_languages": ["cy"],
        "countries_wanted": [france.pk],
        "ends_on": in_days(90),
    }


def test_the_form_has_every_field_labelled(reader_client, science, teens):
    html = reader_client.get(NEW).content.decode()
    for label in (
        "Title",
        "Description",
        "<legend>Subjects</legend>",
        "<legend>Pupils&#x27; ages</legend>",
        "<legend>Languages the project would work in</legend>",
        "Other languages",
        "<legend>Partner countries wanted</legend>",
        "End date",
    ):
        assert label in html
    assert 'type="date"' in html
    assert f'min="{in_days(0)}"' in html and f'max="{in_days(365)}"' in html


def test_a_teacher_posts_a_project_idea(reader_client, reader, form_data, science, teens, france):
    response = reader_client.post(NEW, form_data)

    post = Post.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("forum:post", args=[post.pk])
    assert (post.author, post.title, post.ends_on.isoformat()) == (reader, "Rivers of Europe", form_data["ends_on"])
    assert list(post.subjects.all()) == [science]
    assert list(post.age_ranges.all()) == [teens]
    assert list(post.countries_wanted.all()) == [france]
    assert sorted(post.language_codes) == ["cy", "en", "fr"]


def test_the_new_post_leads_the_list(reader_client, form_data):
    PostFactory(title="An older idea")
    reader_client.post(NEW, form_data)
    html = reader_client.get(reverse("forum:list")).content.decode()
    assert html.index("Rivers of Europe") < html.index("An older idea")


def post_with(client, form_data, **changes):
    return client.post(NEW, {**form_data, **changes})


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"title": ""}, "This field is required."),
        ({"title": "x" * 151}, "Ensure this value has at most 150 characters (it has 151)."),
        ({"description": "x" * 5001}, "Ensure this value has at most 5000 characters (it has 5001)."),
        ({"subjects": []}, "This field is required."),
        ({"subjects": ["999999"]}, "Select a valid choice. 999999 is not one of the available choices."),
        ({"subjects": ["science"]}, "“science” is not a valid value."),
        ({"age_ranges": ["999999"]}, "Select a valid choice. 999999 is not one of the available choices."),
        ({"countries_wanted": ["999999"]}, "Select a valid choice. 999999 is not one of the available choices."),
        ({"languages": [], "other_languages": []}, "Choose at least one language the project would work in."),
        ({"languages": ["xx"]}, "Select a valid choice. xx is not one of the available choices."),
        ({"other_languages": ["fr"]}, "Select a valid choice. fr is not one of the available choices."),
        ({"ends_on": in_days(-1)}, "This day is past. Choose today or a later day."),
        ({"ends_on": in_days(366)}, "A post runs for at most a year: choose a day up to"),
        ({"ends_on": "next summer"}, "Enter a valid date."),
        ({"ends_on": "2026-02-30"}, "Enter a valid date."),
    ],
)
def test_bad_input_is_explained_and_what_was_typed_is_kept(reader_client, form_data, changes, message):
    response = post_with(reader_client, form_data, **changes)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Your post was not saved. Please correct the fields marked below." in html
    assert 'value="Rivers of Europe"' in html or "title" in changes
    assert "Our pupils measure the water of the Seine." in html or "description" in changes
    assert not Post.objects.exists()


def test_a_post_may_end_today(reader_client, form_data):
    post_with(reader_client, form_data, ends_on=in_days(0))
    assert Post.objects.get().is_current


def test_the_choices_made_are_kept_after_an_error(reader_client, form_data, science, france):
    html = post_with(reader_client, form_data, title="").content.decode()
    assert f'value="{science.pk}" id="id_subjects_0" checked' in html
    assert 'value="fr" id="id_languages_' in html
    assert '<option value="cy" selected>' in html
    assert f'value="{form_data["ends_on"]}"' in html


@pytest.mark.parametrize(
    "field, values, message",
    [
        ("subjects", ["1"] * 9_990, "Choose at most 30."),
        ("age_ranges", [str(n) for n in range(9_990)], "Choose at most 10."),
        ("countries_wanted", ["1"] * 9_990, "Choose at most 50."),
        ("other_languages", ["cy"] * 9_990, "Choose at most 10."),
    ],
)
def test_ten_thousand_values_are_refused_with_a_message(reader_client, form_data, field, values, message):
    response = post_with(reader_client, form_data, **{field: values})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Post.objects.exists()


def test_more_than_ten_languages_in_all_are_refused(reader_client, form_data):
    response = post_with(
        reader_client,
        form_data,
        languages=["fr", "en", "de", "it", "es", "pl"],
        other_languages=["cy", "eu", "ca", "gl", "br"],
    )
    assert "Choose at most 10." in response.content.decode()
    assert not Post.objects.exists()


def test_nothing_is_saved_half_way(reader_client, form_data, monkeypatch):
    def fail(*_args, **_kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(PostLanguage.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        reader_client.post(NEW, form_data)
    assert not Post.objects.exists()


def test_the_author_edits_a_post(author_client, author, form_data, history, children):
    post = PostFactory(author=author, title="First draft", languages=["it", "cy"])
    edit = reverse("forum:edit", args=[post.pk])

    html = author_client.get(edit).content.decode()
    assert 'value="First draft"' in html
    assert 'value="it" id="id_languages_' in html and "checked" in html
    assert '<option value="cy" selected>' in html

    changes = {"title": "Second draft", "subjects": [history.pk], "age_ranges": [children.pk], "other_languages": []}
    response = author_client.post(edit, {**form_data, **changes})

    assert response.url == reverse("forum:post", args=[post.pk])
    post.refresh_from_db()
    assert post.title == "Second draft"
    assert list(post.subjects.all()) == [history]
    assert sorted(post.language_codes) == ["en", "fr"]
    assert Post.objects.count() == 1


def test_an_ended_post_runs_again_with_a_new_end_date(author_client, author, form_data):
    post = PostFactory(author=author, ends_on=timezone.localdate() - datetime.timedelta(days=10))
    author_client.post(reverse("forum:edit", args=[post.pk]), form_data)
    post.refresh_from_db()
    assert post.is_current


# The queries of the author's pages on a warm server; every Live page stays within 12.
FORM_QUERIES = {"new": 5, "edit": 10, "delete": 6}


@pytest.mark.parametrize("page", FORM_QUERIES)
def test_the_forms_take_few_queries(reader_client, reader, science, teens, france, page, django_assert_max_num_queries):
    post = PostFactory(
        author=reader, subjects=[science], age_ranges=[teens], countries_wanted=[france], languages=["fr", "cy"]
    )
    url = NEW if page == "new" else reverse(f"forum:{page}", args=[post.pk])
    warm_up(reader_client, url)
    with django_assert_max_num_queries(FORM_QUERIES[page]):
        response = reader_client.get(url)
    assert response.status_code == 200
    if page == "edit":  # the choices, drawn from the cache, show the post's own
        html = response.content.decode()
        assert f'value="{science.pk}" id="id_subjects_0" checked' in html
        assert f'value="{france.pk}" id="id_countries_wanted_' in html and '<option value="cy" selected>' in html
