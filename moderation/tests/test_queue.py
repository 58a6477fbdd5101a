"""The moderators' queue in the admin, and who may see and decide which reports."""

import pytest
from django.urls import reverse

from accounts.factories import EditorFactory
from accounts.models import User
from editors.factories import join_team
from editors.models import TeamRole
from moderation.models import Status
from moderation.tests.conftest import client_of
from moderation.tests.helpers import decide, decision_url, report

pytestmark = pytest.mark.django_db
QUEUE = reverse("moderation_admin:queue")


@pytest.fixture
def french_report(reporter_client, post):
    return report(reporter_client, post, note="Advertising for watches.")


@pytest.fixture
def italian_report(author_client, reporter):
    from forum.factories import PostFactory

    return report(author_client, PostFactory(author=reporter, title="Heat islands"), reason="harassment")


def editor(username):
    return client_of(User.objects.get(username=username))


@pytest.fixture
def moderator_it(db):
    return client_of(join_team(EditorFactory(username="moderator-it"), TeamRole.MODERATORS, "IT"))


def test_the_french_queue_shows_the_report_in_context(moderator_fr, french_report, italian_report):
    page = moderator_fr.get(QUEUE).content.decode()
    assert "1 report waits for a decision" in page
    assert "Buy cheap watches" in page
    assert "Claire Dubois, France" in page  # the reported author
    assert "Marco Bianchi" in page  # who reported it
    assert "Spam or advertising" in page and "Advertising for watches." in page
    assert "Heat islands" not in page, "Italy's report"
    detail = moderator_fr.get(decision_url(french_report)).content.decode()
    assert (
        "Our rivers" in detail and "Buy cheap watches" in detail and french_report.content.get_absolute_url() in detail
    )


def test_the_central_team_sees_every_country(admin_client, french_report, italian_report):
    page = admin_client.get(QUEUE).content.decode()
    assert "2 reports wait for a decision" in page


def test_the_oldest_report_comes_first(moderator_fr, reporter_client, bystander_client, post, reply):
    first = report(bystander_client, reply)
    report(reporter_client, post)
    page = moderator_fr.get(QUEUE).content.decode()
    assert page.index(decision_url(first)) < page.index("Buy cheap watches")


def test_the_menu_leads_to_the_queue_which_counts_the_open_reports_of_ones_countries(
    moderator_fr, french_report, italian_report
):
    assert QUEUE in moderator_fr.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 report waits for a decision, the oldest first." in moderator_fr.get(QUEUE).content.decode()


@pytest.mark.parametrize("username", ["nss-it", "moderator-it"])
def test_italy_cannot_see_or_decide_a_french_report(username, moderator_it, french_report, post):
    client = moderator_it if username == "moderator-it" else editor(username)
    assert "Buy cheap watches" not in client.get(QUEUE).content.decode()
    assert client.get(decision_url(french_report)).status_code == 404
    for action in ("dismiss", "hide", "warn", "suspend"):
        response = decide(client, french_report, action, message="Go away.", period="7")
        assert response.status_code == 404
    french_report.refresh_from_db()
    post.refresh_from_db()
    french_report.reported_author.refresh_from_db()
    assert french_report.status == Status.OPEN
    assert not post.is_hidden
    assert not french_report.reported_author.is_suspended


def test_an_italian_moderator_decides_italys_reports(moderator_it, italian_report):
    assert decide(moderator_it, italian_report, "dismiss").status_code == 302
    italian_report.refresh_from_db()
    assert italian_report.status == Status.DISMISSED


def test_a_translator_is_refused(french_report):
    client = editor("translator-de")
    assert client.get(QUEUE).status_code == 403
    assert decide(client, french_report, "dismiss").status_code == 403
    french_report.refresh_from_db()
    assert french_report.status == Status.OPEN
    assert QUEUE not in client.get(reverse("wagtailadmin_home")).content.decode(), "no menu item"


def test_teachers_cannot_reach_the_admin_queue(reporter_client, french_report):
    assert reporter_client.get(QUEUE).status_code in (302, 403)
    assert decide(reporter_client, french_report, "dismiss").status_code in (302, 403)
    french_report.refresh_from_db()
    assert french_report.status == Status.OPEN


def test_the_queue_and_a_report_need_few_queries(
    moderator_fr, reporter_client, bystander_client, post, reply, message, django_assert_max_num_queries
):
    for content in (post, reply, message):
        report(reporter_client, content)
    busy = report(bystander_client, post, reason="harassment", note="Advertising again.")
    # The admin's own frame (menu, sidebar, the user's teams and rights) takes 11.
    for url, most in ((QUEUE, 13), (decision_url(busy), 14)):
        moderator_fr.get(url)
        with django_assert_max_num_queries(most):
            assert moderator_fr.get(url).status_code == 200
