"""Fixtures shared by the tests of core: publishing as an editor does, with what waits for the commit."""

import pytest


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a new revision of `page` with `fields` changed, as an editor does, and run what waits for
    the commit (the expiry)."""

    def publish_page(page, **fields):
        for name, value in fields.items():
            setattr(page, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish_page
