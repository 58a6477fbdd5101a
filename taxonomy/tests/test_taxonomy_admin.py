import pytest
from django.conf import settings

from accounts.factories import TeacherFactory
from languages.codes import LANGUAGE_CODES
from taxonomy.factories import SubjectFactory
from taxonomy.models import Subject

pytestmark = pytest.mark.django_db


def test_subject_form_offers_a_language_chooser_instead_of_one_long_column(admin_client):
    subject = SubjectFactory(slug="mathematics", name_en="Mathematics", name_pl="Matematyka")
    response = admin_client.get(f"/admin/snippets/taxonomy/subject/edit/{subject.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-translated-fields" in html
    assert "portal/admin/translated-fields.js" in html
    assert html.count("data-translated-field-lang=") == len(LANGUAGE_CODES)
    assert 'value="Matematyka"' in html


def test_editor_saves_a_translation_and_visitors_see_it(admin_client):
    subject = SubjectFactory(slug="music", name_en="Music", name_fr="Musique")
    data = {f"name_{code}": getattr(subject, f"name_{code}") or "" for code, _name in settings.LANGUAGES}
    data.update(name_ga="Ceol agus amhránaíocht", slug="music", sort_order=subject.sort_order)
    response = admin_client.post(f"/admin/snippets/taxonomy/subject/edit/{subject.pk}/", data)
    assert response.status_code == 302
    subject.refresh_from_db()
    assert subject.name_ga == "Ceol agus amhránaíocht"
    assert subject.name_fr == "Musique"


def test_english_name_is_required_and_typed_values_are_kept(admin_client):
    response = admin_client.post(
        "/admin/snippets/taxonomy/subject/add/",
        {"name_en": "", "name_fr": "Astronomie", "slug": "astronomy", "sort_order": 5},
    )
    assert response.status_code == 200
    assert not Subject.objects.filter(slug="astronomy").exists()
    html = response.content.decode()
    assert 'value="Astronomie"' in html
    assert "This field is required" in html


def test_taxonomies_are_not_editable_by_a_teacher(client):
    teacher = TeacherFactory()
    client.login(username=teacher.username, password=settings.DEMO_PASSWORD)
    response = client.get("/admin/snippets/taxonomy/subject/")
    assert response.status_code in (302, 403)
    assert "/admin/login/" in response.get("Location", "/admin/login/")


def test_bookmarks_of_the_old_taxonomy_addresses_lead_to_the_new_ones(admin_client):
    subject = SubjectFactory(slug="astronomy", name_en="Astronomy")
    response = admin_client.get(f"/admin/snippets/kits/subject/edit/{subject.pk}/?next=x", follow=True)
    assert response.redirect_chain[0] == (f"/admin/snippets/taxonomy/subject/edit/{subject.pk}/?next=x", 301)
    assert response.status_code == 200 and "Astronomy" in response.content.decode()
