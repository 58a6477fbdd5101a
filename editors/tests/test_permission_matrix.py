"""Every role against every kind of page, from the outside: what the admin answers (200 or 403).

Copying is offered wherever one may edit (Wagtail), but the copy can only go where one may add.
"""

import pytest

ROLES = ["admin", "nss-fr", "moderator-fr", "translator-de", "nss-it"]
PAGES = ["fr-section-en", "fr-section-fr", "fr-page-fr", "it-section-en", "home-en", "kits-en", "kit-en", "kit-de"]
FRANCE = {"fr-section-en", "fr-section-fr", "fr-page-fr"}

# action -> admin URL of a page
ACTIONS = {
    "edit": "/admin/pages/{id}/edit/",
    "view draft": "/admin/pages/{id}/view_draft/",
    "add page": "/admin/pages/add/home/standardpage/{id}/",
    "delete": "/admin/pages/{id}/delete/",
    "unpublish": "/admin/pages/{id}/unpublish/",
    "move": "/admin/pages/{id}/move/",
    "copy": "/admin/pages/{id}/copy/",
    "revisions": "/admin/pages/{id}/history/",
}

# role -> action -> the pages where the admin lets the role in; everything else must be 403.
ALLOWED = {
    "nss-fr": {
        "edit": FRANCE,
        "view draft": FRANCE,
        "add page": FRANCE,
        "copy": FRANCE,
        "revisions": FRANCE,
    },
    "moderator-fr": {
        "edit": FRANCE,
        "view draft": FRANCE,
        "add page": FRANCE,
        "delete": {"fr-page-fr"},
        "unpublish": {"fr-page-fr"},
        "move": {"fr-page-fr"},
        "copy": FRANCE,
        "revisions": FRANCE,
    },
    "translator-de": {"edit": {"kit-de"}, "view draft": {"kit-de"}, "copy": {"kit-de"}, "revisions": {"kit-de"}},
    "nss-it": {
        "edit": {"it-section-en"},
        "view draft": {"it-section-en"},
        "add page": {"it-section-en"},
        "copy": {"it-section-en"},
        "revisions": {"it-section-en"},
    },
}
# Central editors may do everything, except what no one may: a standard page among the kits.
NOWHERE = {"add page": {"kits-en", "kit-en", "kit-de"}}


def expected_status(role, action, page_key):
    if role == "admin":
        return 403 if page_key in NOWHERE.get(action, ()) else 200
    return 200 if page_key in ALLOWED[role].get(action, ()) else 403


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_each_role_reaches_only_its_own_pages(login, pages, role, action):
    client = login(role)
    answers = {key: client.get(ACTIONS[action].format(id=pages[key].id)).status_code for key in PAGES}
    wrong = {key: answer for key, answer in answers.items() if answer != expected_status(role, action, key)}
    assert not wrong, f"{role} / {action}: unexpected answers {wrong}"
