"""The admin's missing addresses answer 404 where they are asked, not a redirect to a public address."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_missing_admin_address_is_not_found_without_a_redirect(admin_client):
    response = admin_client.get("/admin/validation/teacher/999999/")
    assert response.status_code == 404
    assert "Location" not in response


def test_a_public_address_without_its_language_is_still_sent_to_it(client):
    response = client.get("/search/", {"q": "bees"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/search/")
