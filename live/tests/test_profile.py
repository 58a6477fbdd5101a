"""A teacher's profile: editing their own (validated or not), and seeing other validated teachers'."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils.translation import override
from PIL import Image

from contacts.models import Block
from live.factories import ProfileFactory
from live.forms import ProfileForm
from live.models import Profile
from live.photos import PHOTO_SIZE
from live.tests.helpers import (
    NOT_TEACHERS,
    NOT_VALIDATED_TEACHERS,
    as_on_a_running_server,
    rejected_teacher,
    teacher,
    waiting_teacher,
)
from live.tests.images import image_bytes, phone_photo_bytes, upload
from schools.factories import SchoolFactory
from taxonomy.factories import AgeRangeFactory, SubjectFactory

pytestmark = pytest.mark.django_db

EDIT_URL = reverse("live:profile_edit")


def profile_url(user):
    # In English whatever language the last request left active.
    with override("en"):
        return reverse("live:profile", args=[user.pk])


@pytest.fixture
def terms():
    return {
        "science": SubjectFactory(slug="science", name_en="Science", name_fr="Sciences"),
        "history": SubjectFactory(slug="history", name_en="History", name_fr="Histoire"),
        "12-15": AgeRangeFactory(slug="12-15", name_en="12 to 15 years", name_fr="12 à 15 ans"),
    }


@pytest.fixture
def logged_in_teacher(client):
    user = teacher(username="anne", first_name="Anne", last_name="Martin")
    client.force_login(user)
    return user


def form_data(terms, **changes):
    data = {
        "first_name": "Anne",
        "last_name": "Martin-Dupont",
        "subjects": [terms["science"].pk, terms["history"].pk],
        "age_ranges": [terms["12-15"].pk],
        "usual_languages": ["fr", "en"],
        "other_languages": ["yue"],
        "presentation": "I teach in Lyon.",
        "looking_for_partners": "on",
        "partner_topic": "Rivers and climate",
    }
    return {**data, **changes}


def error_of(response, field):
    return response.context["form"].errors[field]


# Editing one's profile


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(EDIT_URL)
    assert response.status_code == 302 and response.url.startswith("/en/accounts/login/")


@pytest.mark.parametrize("make", NOT_TEACHERS.values(), ids=NOT_TEACHERS)
def test_pupils_and_editors_have_no_profile(client, make):
    client.force_login(make())
    assert client.get(EDIT_URL).status_code == 403
    assert client.post(EDIT_URL, {"first_name": "X"}).status_code == 403


@pytest.mark.parametrize("make", [teacher, waiting_teacher, rejected_teacher], ids=["validated", "waiting", "rejected"])
def test_every_teacher_edits_their_profile_validated_or_not(client, make, terms):
    user = make()
    client.force_login(user)
    response = client.get(EDIT_URL)
    assert response.status_code == 200
    assert ("/en/live/validation/" in response.content.decode()) is not user.is_validated_teacher
    response = client.post(EDIT_URL, form_data(terms))
    assert response.status_code == 302
    assert Profile.objects.get(user=user).presentation == "I teach in Lyon."


def test_a_language_saved_on_a_profile_is_offered_by_the_partner_search_at_once(
    client, logged_in_teacher, terms, django_capture_on_commit_callbacks
):
    partners = reverse("live:partners")
    client.get(partners)  # the first request makes the site's settings, which expires what it kept
    assert 'value="yue"' not in client.get(partners).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(EDIT_URL, form_data(terms)).status_code == 302
    assert 'value="yue"' in client.get(partners).content.decode()


def test_a_profile_is_made_on_the_first_visit(client):
    user = teacher()
    Profile.objects.filter(user=user).delete()
    client.force_login(user)
    assert client.get(EDIT_URL).status_code == 200
    assert Profile.objects.filter(user=user).exists()


def test_the_form_shows_what_the_profile_holds_in_the_readers_language(client, logged_in_teacher, terms):
    profile = ProfileFactory(
        user=logged_in_teacher, subjects=[terms["science"]], languages=["en", "yue"], presentation="Hello"
    )
    response = client.get(EDIT_URL.replace("/en/", "/fr/"))
    form = response.context["form"]
    assert form["subjects"].value() == [terms["science"].pk]
    assert form["usual_languages"].value() == ["en"]
    assert form["other_languages"].value() == ["yue"]
    content = response.content.decode()
    assert "Sciences" in content and "12 à 15 ans" in content
    assert "Anglais" in content and "Cantonais" in content
    assert profile.presentation in content


def test_languages_are_listed_in_the_order_of_their_names_in_the_readers_language(client, logged_in_teacher):
    response = client.get(EDIT_URL.replace("/en/", "/fr/"))
    names = [name for _code, name in response.context["form"].fields["usual_languages"].choices]
    assert names[:3] == ["Albanais", "Allemand", "Anglais"]
    others = [name for _code, name in response.context["form"].fields["other_languages"].choices]
    # "Égyptien ancien" among the "e", not after "z".
    assert others.index("Égyptien ancien") < others.index("Wolof")


def test_the_other_languages_a_teacher_speaks_head_the_long_list(client, logged_in_teacher):
    ProfileFactory(user=logged_in_teacher, languages=["fr", "yue", "ar"])
    choices = client.get(EDIT_URL).context["form"].fields["other_languages"].choices
    assert choices[0] == ("Your languages", [("ar", "Arabic"), ("yue", "Cantonese")])
    assert choices[1][0] == "All other languages" and ("de", "German") not in choices[1][1]


def test_a_teacher_saves_their_whole_profile(client, logged_in_teacher, terms):
    response = client.post(EDIT_URL, form_data(terms), follow=True)
    assert "Your profile is saved." in response.content.decode()
    profile = Profile.objects.get(user=logged_in_teacher)
    assert set(profile.subjects.all()) == {terms["science"], terms["history"]}
    assert list(profile.age_ranges.all()) == [terms["12-15"]]
    assert set(profile.languages.values_list("code", flat=True)) == {"fr", "en", "yue"}
    assert profile.presentation == "I teach in Lyon."
    assert profile.looking_for_partners and profile.partner_topic == "Rivers and climate"
    logged_in_teacher.refresh_from_db()
    assert logged_in_teacher.get_full_name() == "Anne Martin-Dupont"


def test_saving_again_replaces_terms_and_languages(client, logged_in_teacher, terms):
    ProfileFactory(user=logged_in_teacher, subjects=[terms["science"]], languages=["de", "it"], looking=True)
    data = form_data(terms, subjects=[terms["history"].pk], usual_languages=["it"], other_languages=[])
    del data["looking_for_partners"]
    client.post(EDIT_URL, data)
    profile = Profile.objects.get(user=logged_in_teacher)
    assert list(profile.subjects.all()) == [terms["history"]]
    assert list(profile.languages.values_list("code", flat=True)) == ["it"]
    assert not profile.looking_for_partners


def test_the_search_copies_follow_what_is_saved(client, logged_in_teacher, terms):
    client.post(EDIT_URL, form_data(terms, usual_languages=["fr"], other_languages=[]))
    profile = Profile.objects.get(user=logged_in_teacher)
    fresh = profile.search_values()
    assert {name: getattr(profile, name) for name in ("subject_bits", "age_bits", "language_bits")} == {
        name: fresh[name] for name in ("subject_bits", "age_bits", "language_bits")
    }
    assert profile.language_bits and "martin dupont" in profile.search_text


# Bad input: a clear message, what was typed kept, nothing saved


def assert_nothing_saved(user):
    profile = Profile.objects.get(user=user)
    assert (profile.presentation, profile.subjects.count(), profile.languages.count()) == ("", 0, 0)
    user.refresh_from_db()
    assert user.last_name == "Martin"


def test_thousands_of_subjects_get_a_message_and_nothing_is_saved(client, logged_in_teacher, terms):
    data = form_data(terms, subjects=[str(number) for number in range(1, 5001)], presentation="Typed text")
    response = client.post(EDIT_URL, data)
    assert response.status_code == 200
    assert error_of(response, "subjects") == ["Choose at most 30 subjects."]
    content = response.content.decode()
    assert "There is a problem" in content and "Choose at most 30 subjects." in content
    assert "Typed text" in content and 'value="Martin-Dupont"' in content
    assert_nothing_saved(logged_in_teacher)


def test_a_post_with_more_fields_than_the_portal_reads_is_a_bad_request(client, logged_in_teacher, terms):
    # Beyond DATA_UPLOAD_MAX_NUMBER_FIELDS (10,000) Django refuses to read the form at all.
    response = client.post(EDIT_URL, form_data(terms, subjects=[str(number) for number in range(10_000)]))
    assert response.status_code == 400
    assert_nothing_saved(logged_in_teacher)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("subjects", ["999999"], "Select a valid choice. 999999 is not one of the available choices."),
        ("subjects", ["science"], "“science” is not a valid value."),
        ("age_ranges", ["999999"], "Select a valid choice. 999999 is not one of the available choices."),
        ("usual_languages", ["xx"], "Select a valid choice. xx is not one of the available choices."),
        ("other_languages", ["en_GB"], "Select a valid choice. en_GB is not one of the available choices."),
        ("other_languages", ["<script>"], "Select a valid choice. <script> is not one of the available choices."),
        ("presentation", "x" * 2001, "Ensure this value has at most 2000 characters (it has 2001)."),
        ("partner_topic", "x" * 201, "Ensure this value has at most 200 characters (it has 201)."),
        ("first_name", "", "This field is required."),
    ],
)
def test_bad_values_get_a_message_and_nothing_is_saved(client, logged_in_teacher, terms, field, value, message):
    response = client.post(EDIT_URL, form_data(terms, **{field: value}))
    assert response.status_code == 200
    assert error_of(response, field) == [message]
    assert_nothing_saved(logged_in_teacher)


def test_too_many_languages_all_told_get_a_message(client, logged_in_teacher, terms):
    usual = ["bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr"]
    others = ["ar", "ca", "zh", "ja", "ru", "yue", "hi", "eu", "gl"]
    response = client.post(EDIT_URL, form_data(terms, usual_languages=usual, other_languages=others))
    assert error_of(response, "other_languages") == ["Choose at most 20 languages."]
    assert_nothing_saved(logged_in_teacher)


def test_a_failure_half_way_saves_nothing(client, logged_in_teacher, terms, monkeypatch):
    def fail(*args):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(ProfileForm, "replace_photo", fail)
    with pytest.raises(RuntimeError):
        client.post(EDIT_URL, form_data(terms))
    assert_nothing_saved(logged_in_teacher)


# Photos


def test_a_photo_is_saved_without_its_metadata(client, logged_in_teacher, terms):
    response = client.post(EDIT_URL, form_data(terms, photo=upload(phone_photo_bytes())))
    assert response.status_code == 302
    photo = Profile.objects.get(user=logged_in_teacher).photo
    content = photo.read()
    assert b"Exif" not in content and b"taken at home" not in content
    assert Image.open(photo).size == (PHOTO_SIZE, PHOTO_SIZE)
    assert photo.name.startswith("profiles/") and photo.name.endswith(".jpg")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"MZ\x90\x00 a program", "This file is not a photo we can read. Choose a JPEG, PNG, WebP or GIF image."),
        (
            b"\xff" * (40 * 1024 * 1024),
            "This file is 40.0\xa0MB; a photo may be at most 5.0\xa0MB. Choose a smaller photo.",
        ),
    ],
    ids=["not-an-image", "40-megabytes"],
)
def test_a_bad_photo_gets_a_message_and_nothing_is_saved(client, logged_in_teacher, terms, content, message):
    response = client.post(EDIT_URL, form_data(terms, photo=upload(content)))
    assert response.status_code == 200
    assert error_of(response, "photo") == [message]
    assert_nothing_saved(logged_in_teacher)
    assert not Profile.objects.get(user=logged_in_teacher).photo


def test_a_valid_photo_must_be_chosen_again_when_another_field_is_wrong(client, logged_in_teacher, terms):
    response = client.post(EDIT_URL, form_data(terms, first_name="", photo=upload(phone_photo_bytes())))
    assert "Choose your photo again" in response.content.decode()
    assert not Profile.objects.get(user=logged_in_teacher).photo


def test_a_new_photo_replaces_the_old_file(client, logged_in_teacher, terms, django_capture_on_commit_callbacks):
    profile = ProfileFactory(user=logged_in_teacher, with_photo=True)
    old_photo = profile.photo.name
    storage = profile.photo.storage
    with django_capture_on_commit_callbacks(execute=True):
        client.post(EDIT_URL, form_data(terms, photo=upload(image_bytes("PNG"), name="new.png")))
    new_photo = Profile.objects.get(user=logged_in_teacher).photo.name
    assert new_photo != old_photo and storage.exists(new_photo)
    assert not storage.exists(old_photo)


def test_a_teacher_removes_their_photo(client, logged_in_teacher, terms, django_capture_on_commit_callbacks):
    profile = ProfileFactory(user=logged_in_teacher, with_photo=True)
    old_photo = profile.photo.name
    assert "Remove my photo" in client.get(EDIT_URL).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(EDIT_URL, form_data(terms, remove_photo="on"))
    assert not Profile.objects.get(user=logged_in_teacher).photo
    assert not profile.photo.storage.exists(old_photo)


def test_the_edit_page_keeps_to_its_query_budget(client, logged_in_teacher, terms, django_assert_max_num_queries):
    ProfileFactory(user=logged_in_teacher, subjects=["science"], age_ranges=["12-15"], languages=["fr", "en"])
    as_on_a_running_server(client, EDIT_URL)
    with django_assert_max_num_queries(10):
        assert client.get(EDIT_URL).status_code == 200


# Seeing a profile


@pytest.fixture
def anne(terms):
    """A validated teacher in France with a full profile."""
    school = SchoolFactory(country=teacher().country, name="Lycée Victor Hugo", town="Lyon")
    user = teacher(first_name="Anne", last_name="Martin", school=school)
    return ProfileFactory(
        user=user,
        subjects=[terms["science"]],
        age_ranges=[terms["12-15"]],
        languages=["fr", "en", "yue"],
        presentation="I teach <b>science</b>.\nWe like rivers.",
        looking=True,
    ).user


def test_anonymous_visitors_get_not_found(client, anne):
    assert client.get(profile_url(anne)).status_code == 404


@pytest.mark.parametrize(
    "make", [*NOT_TEACHERS.values(), *NOT_VALIDATED_TEACHERS.values()], ids=[*NOT_TEACHERS, *NOT_VALIDATED_TEACHERS]
)
def test_only_validated_teachers_see_profiles_others_get_not_found(client, anne, make):
    client.force_login(make())
    response = client.get(profile_url(anne))
    assert response.status_code == 404
    assert "Anne" not in response.content.decode()


@pytest.mark.parametrize(
    "make",
    [waiting_teacher, rejected_teacher, NOT_TEACHERS["pupil"], NOT_TEACHERS["editor"]],
    ids=["waiting", "rejected", "pupil", "editor"],
)
def test_only_validated_teachers_have_a_profile_page(client, make):
    client.force_login(teacher())
    assert client.get(profile_url(make())).status_code == 404


def test_a_closed_account_has_no_profile_page(client, logged_in_teacher):
    assert client.get(profile_url(teacher(is_active=False))).status_code == 404


def test_an_unknown_teacher_is_not_found(client, logged_in_teacher):
    assert client.get("/en/live/teachers/987654321/").status_code == 404


def test_a_teacher_who_blocked_the_viewer_is_not_found(client, logged_in_teacher, anne):
    Block.objects.create(blocker=anne, blocked=logged_in_teacher)
    assert client.get(profile_url(anne)).status_code == 404


def test_a_teacher_blocked_by_the_viewer_is_still_seen(client, logged_in_teacher, anne):
    Block.objects.create(blocker=logged_in_teacher, blocked=anne)
    assert client.get(profile_url(anne)).status_code == 200


def test_a_profile_shows_who_the_teacher_is_in_the_readers_language(client, logged_in_teacher, anne):
    response = client.get(profile_url(anne).replace("/en/", "/fr/"))
    content = response.content.decode()
    assert response.status_code == 200
    for shown in ("Anne Martin", "Lycée Victor Hugo", "Lyon", "France", "Sciences", "12 à 15 ans", "rivers"):
        assert shown in content, shown
    # Languages named in French, in the order of their names.
    assert content.index("Anglais") < content.index("Cantonais") < content.index("Français")
    # The presentation is plain text.
    assert "I teach &lt;b&gt;science&lt;/b&gt;.<br>We like rivers." in content
    assert f"/fr/live/contacts/request/{anne.pk}/" in content
    assert f"/fr/live/messages/with/{anne.pk}/" in content


def test_a_photo_or_the_default_avatar(client, logged_in_teacher, anne):
    assert "live/img/avatar.svg" in client.get(profile_url(anne)).content.decode()
    profile = anne.profile
    profile.photo.save("photo.jpg", ContentFile(image_bytes("JPEG")))
    content = client.get(profile_url(anne)).content.decode()
    assert photo_url(anne) in content and "avatar.svg" not in content


def photo_url(teacher):
    return reverse("live:photo", args=[teacher.pk])


def test_photos_are_seen_by_validated_teachers_and_their_owner_only(client, anne):
    """Photos are in private storage: the portal hands them out to whoever may see the profile."""
    ProfileFactory(user=anne, with_photo=True)
    assert client.get(photo_url(anne)).status_code == 404, "anonymous"
    for someone in (waiting_teacher(), rejected_teacher(), *(make() for make in NOT_TEACHERS.values())):
        client.force_login(someone)
        assert client.get(photo_url(anne)).status_code == 404
    client.force_login(teacher(iso2="IT"))
    response = client.get(photo_url(anne))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert Image.open(BytesIO(b"".join(response.streaming_content))).size == (PHOTO_SIZE, PHOTO_SIZE)
    assert "private" in response["Cache-Control"]


def test_a_teacher_waiting_for_validation_sees_their_own_photo(client):
    waiting = waiting_teacher()
    ProfileFactory(user=waiting, with_photo=True)
    client.force_login(waiting)
    assert client.get(photo_url(waiting)).status_code == 200


def test_a_teacher_who_blocked_you_or_has_no_photo_shows_no_photo(client, logged_in_teacher, anne):
    assert client.get(photo_url(anne)).status_code == 404, "no photo"
    ProfileFactory(user=anne, with_photo=True)
    Block.objects.create(blocker=anne, blocked=logged_in_teacher)
    assert client.get(photo_url(anne)).status_code == 404


def test_a_teacher_sees_their_own_profile_with_a_link_to_edit_it(client, logged_in_teacher):
    content = client.get(profile_url(logged_in_teacher)).content.decode()
    assert EDIT_URL in content
    assert f"/live/contacts/request/{logged_in_teacher.pk}/" not in content


def test_a_teacher_who_has_not_been_to_live_has_an_empty_profile(client, logged_in_teacher):
    other = teacher(first_name="Marco", iso2="IT")
    Profile.objects.filter(user=other).delete()
    response = client.get(profile_url(other))
    assert response.status_code == 200
    assert "Marco" in response.content.decode() and "Not given yet" in response.content.decode()
    assert not Profile.objects.filter(user=other).exists()


def test_the_profile_page_keeps_to_its_query_budget(client, logged_in_teacher, anne, django_assert_max_num_queries):
    as_on_a_running_server(client, profile_url(anne))
    with django_assert_max_num_queries(10):
        assert client.get(profile_url(anne)).status_code == 200
