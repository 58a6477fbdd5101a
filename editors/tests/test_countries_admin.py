"""A national team edits its own organisation's details, nothing else of the countries."""

import pytest

from countries.models import Country

pytestmark = pytest.mark.django_db


def edit_url(iso2):
    return f"/admin/snippets/countries/country/edit/{Country.objects.get(iso2=iso2).pk}/"


def test_a_national_editor_lists_only_their_country(login):
    content = login("nss-fr").get("/admin/snippets/countries/country/").content.decode()
    assert "Réseau Canopé" in content and "INDIRE" not in content


def test_a_national_editor_edits_their_organisations_details(login):
    client = login("nss-fr")
    form = client.get(edit_url("FR")).content.decode()
    assert 'name="email"' in form
    assert 'name="iso2"' not in form and 'name="support_type"' not in form, "the country itself is central"
    response = client.post(
        edit_url("FR"),
        {
            "organisation_name": "Réseau Canopé",
            "website": "https://www.reseau-canope.fr/",
            "email": "etwinning@reseau-canope.fr",
            "address": "Futuroscope",
            "iso2": "ZZ",
        },
    )
    assert response.status_code == 302
    france = Country.objects.get(pk=Country.objects.get(iso2="FR").pk)
    assert france.email == "etwinning@reseau-canope.fr" and france.iso2 == "FR"


def test_a_national_editor_cannot_edit_another_country(login):
    italy = Country.objects.get(iso2="IT")
    response = login("nss-fr").post(edit_url("IT"), {"email": "hacked@example.org"})
    assert response.status_code == 403
    assert Country.objects.get(pk=italy.pk).email == italy.email


def test_a_bad_address_is_explained_and_kept(login):
    response = login("admin").post(
        edit_url("FR"), {"iso2": "FR", "name_en": "France", "support_type": "nss", "email": "not an address"}
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Enter a valid email address." in content and 'value="not an address"' in content
