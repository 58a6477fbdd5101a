"""The people and groups the groups' tests share: Claire in France, who reads and joins; Marco in Italy, who
owns "Rivers of Europe", an open group; and the terms its filters use."""

import pytest

from groups.factories import GroupFactory
from live.tests.helpers import teacher
from taxonomy.factories import AgeRangeFactory, SubjectFactory


@pytest.fixture
def claire(db):
    return teacher("FR", username="claire", first_name="Claire", last_name="Dubois")


@pytest.fixture
def marco(db):
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi")


@pytest.fixture
def science(db):
    return SubjectFactory(slug="science", name_en="Science", name_fr="Sciences")


@pytest.fixture
def teens(db):
    return AgeRangeFactory(slug="12-15", name_en="12 to 15 years", name_fr="De 12 à 15 ans")


@pytest.fixture
def rivers(marco, science, teens):
    return GroupFactory(
        name="Rivers of Europe",
        description="We measure our rivers. See https://example.org/rivers",
        owner=marco,
        subjects=[science],
        age_ranges=[teens],
    )


@pytest.fixture
def as_claire(client, claire):
    client.force_login(claire)
    return client


@pytest.fixture
def as_marco(client, marco):
    client.force_login(marco)
    return client
