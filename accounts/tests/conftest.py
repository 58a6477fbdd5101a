import pytest

from countries.models import Country


@pytest.fixture
def france():
    return Country.objects.get(iso2="FR")
