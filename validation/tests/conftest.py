"""What the validation tests share: France and Italy of the world (tests/world.py), a new French teacher
who signed up in French, and a client logged in as anyone."""

import pytest

from accounts.factories import TeacherFactory
from accounts.models import User, ValidationStatus
from countries.models import Country
from home.models import NavigationSettings, SiteSettings


@pytest.fixture
def france():
    return Country.objects.get(iso2="FR")


@pytest.fixture
def italy():
    return Country.objects.get(iso2="IT")


@pytest.fixture
def new_teacher(france):
    """Just signed up: waiting, no school, no evidence."""
    return TeacherFactory(
        country=france,
        validation_status=ValidationStatus.WAITING,
        first_name="Claire",
        last_name="Dubois",
        language="fr",
    )


@pytest.fixture
def login(client):
    """The test client, logged in as a user or as one of the world's accounts (by username)."""

    def log_in(user):
        client.force_login(user if isinstance(user, User) else User.objects.get(username=user))
        return client

    return log_in


@pytest.fixture
def assert_few_queries(django_assert_max_num_queries):
    """Check that a page makes at most `most` queries (every Live page makes 12 or fewer), counted as a
    teacher going from page to page makes them: the site's settings and menus, shared by every page, are
    cached by the first (the settings made before it: making them starts a new cache generation)."""

    def check(client, url, data=None, *, most):
        NavigationSettings.load()
        SiteSettings.load()
        client.get(url, data)
        with django_assert_max_num_queries(most):
            response = client.get(url, data)
        assert response.status_code == 200

    return check
