"""The people the tests of online events share: an organiser in Italy, a teacher in France who reads
and registers, and a few more teachers to fill the seats."""

import pytest

from live.tests.helpers import teacher


@pytest.fixture
def organiser(db):
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi")


@pytest.fixture
def reader(db):
    return teacher("FR", username="claire", first_name="Claire", last_name="Dubois")


@pytest.fixture
def reader_client(client, reader):
    client.force_login(reader)
    return client


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client
