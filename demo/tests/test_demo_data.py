import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision

from accounts.models import User
from countries.models import Country
from demo import catalog, content
from home.models import HomePage, StandardPage
from taxonomy.models import AgeRange, KeyCompetence, Subject

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_data")]


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        User.objects.count(),
        Country.objects.count(),
        Subject.objects.count(),
    )


def test_demo_data_has_a_home_page_in_every_language():
    assert HomePage.objects.live().count() == len(settings.LANGUAGES)
    assert set(HomePage.objects.values_list("locale__language_code", flat=True)) == {
        code for code, _name in settings.LANGUAGES
    }


def test_standard_pages_are_translated_into_every_language():
    """About, FAQ and the legally required privacy notice and accessibility statement."""
    for code in (code for code, _name in settings.LANGUAGES if code != "en"):
        pages = StandardPage.objects.filter(locale__language_code=code, depth=3)  # the home page's children
        titles = set(pages.values_list("title", flat=True))
        assert len(titles) == 4, code
        assert "About the portal" not in titles, f"{code}: About is not translated"


def test_running_the_loader_again_changes_nothing():
    before = snapshot()
    call_command("load_demo_data", verbosity=0)
    assert snapshot() == before


def test_loader_refuses_without_permission(settings):
    settings.DEMO_DATA_ALLOWED = False
    with pytest.raises(CommandError, match="DEMO_DATA_ALLOWED"):
        call_command("load_demo_data")


def test_countries_are_the_44_participants_named_in_every_language():
    assert Country.objects.count() == 44
    assert Country.objects.filter(support_type="psa").count() == 8
    germany = Country.objects.get(iso2="DE")
    assert germany.name_de == "Deutschland"
    assert germany.name_el == "Γερμανία"
    assert germany.name_mt == "il-Ġermanja"
    assert all(getattr(germany, f"name_{code}") for code, _name in settings.LANGUAGES)


@pytest.mark.parametrize("model", [Subject, AgeRange, KeyCompetence])
def test_taxonomy_names_are_translated_into_every_language(model):
    assert model.objects.exists()
    for term in model.objects.all():
        for code, _name in settings.LANGUAGES:
            name = getattr(term, f"name_{code}")
            assert name, f"{term.slug} has no {code} name"
            if code != "en":
                assert name == catalog.translations(code)[term.name_en]


def test_taxonomies_match_the_specification():
    assert Subject.objects.count() >= 20
    assert list(AgeRange.objects.values_list("slug", flat=True)) == [slug for slug, _ in content.AGE_RANGES]
    assert KeyCompetence.objects.count() == 8


def test_demo_accounts_log_in_with_the_demo_password(client):
    for username in (
        "admin",
        "nss-fr",
        "nss-it",
        "teacher-fr",
        "teacher-it",
        "teacher-pl",
        "teacher-new",
        "pupil-fr-1",
        "pupil-it-1",
    ):
        assert client.login(username=username, password=settings.DEMO_PASSWORD), username


def test_translators_template_matches_the_demo_content(tmp_path):
    catalog.write_template(tmp_path / "demo.pot")
    fresh = {entry.msgid for entry in polib.pofile(str(tmp_path / "demo.pot"))}
    committed = {entry.msgid for entry in polib.pofile(str(catalog.LOCALE_DIR / "demo.pot"))}
    assert fresh == committed, "run write_template (docs/translation.md) after changing demo/content.py"


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_demo_catalogue_covers_what_its_language_needs(code):
    strings = catalog.translations(code)
    needed = set(catalog.strings_for_every_language())
    assert needed <= set(strings), f"{code}: missing {sorted(needed - set(strings))[:3]}"
