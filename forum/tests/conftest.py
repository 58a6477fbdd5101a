"""The people and terms the forum's tests share: a validated teacher in France (who reads the forum), one in
Italy (who posts), and a few subjects and ages."""

import pytest

from accounts.factories import TeacherFactory
from countries.models import Country
from taxonomy.factories import AgeRangeFactory, SubjectFactory


@pytest.fixture
def france(db):
    return Country.objects.get(iso2="FR")


@pytest.fixture
def italy(db):
    return Country.objects.get(iso2="IT")


@pytest.fixture
def reader(france):
    return TeacherFactory(username="claire", first_name="Claire", last_name="Dubois", country=france)


@pytest.fixture
def author(italy):
    return TeacherFactory(username="marco", first_name="Marco", last_name="Bianchi", country=italy)


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def author_client(client, author):
    client.force_login(author)
    return client


@pytest.fixture
def science(db):
    return SubjectFactory(slug="science", name_en="Science", name_fr="Sciences")


@pytest.fixture
def history(db):
    return SubjectFactory(slug="history", name_en="History", name_fr="Histoire")


@pytest.fixture
def teens(db):
    return AgeRangeFactory(slug="12-15", name_en="12 to 15 years", name_fr="De 12 à 15 ans")


@pytest.fixture
def children(db):
    return AgeRangeFactory(slug="7-11", name_en="7 to 11 years", name_fr="De 7 à 11 ans")
