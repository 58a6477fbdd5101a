"""The rules the contacts, messages, forum and partner search share: one query each."""

import pytest

from accounts.factories import PupilFactory
from accounts.models import User
from contacts.factories import BlockFactory, ContactRequestFactory, make_contacts
from contacts.rules import are_contacts, can_request, is_blocked_between, relation, without_blocked
from contacts.tests.helpers import teacher

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    return teacher(), teacher("IT")


def test_are_contacts(pair, django_assert_num_queries):
    a, b = pair
    with django_assert_num_queries(1):
        assert not are_contacts(a, b)
    make_contacts(a, b)
    assert are_contacts(a, b) and are_contacts(b, a)


def test_a_block_stands_between_both_ways(pair, django_assert_num_queries):
    a, b = pair
    assert not is_blocked_between(a, b)
    BlockFactory(blocker=a, blocked=b)
    with django_assert_num_queries(1):
        assert is_blocked_between(a, b)
    assert is_blocked_between(b, a)


def test_can_request(pair, django_assert_num_queries):
    a, b = pair
    with django_assert_num_queries(1):
        assert can_request(a, b)
    assert not can_request(a, a)
    assert not can_request(a, PupilFactory())
    ContactRequestFactory(sender=a, recipient=b)
    assert not can_request(a, b)
    assert can_request(b, a)  # asking back accepts the request


@pytest.mark.parametrize("blocker", [0, 1])
def test_no_request_across_a_block(pair, blocker):
    BlockFactory(blocker=pair[blocker], blocked=pair[1 - blocker])
    assert not can_request(*pair) and not can_request(*reversed(pair))


def test_no_request_between_contacts(pair):
    make_contacts(*pair)
    assert not can_request(*pair)


def test_writing_needs_a_contact_and_no_block(pair):
    a, b = pair
    assert relation(a, b).writing_refusal()
    make_contacts(a, b)
    assert not relation(a, b).writing_refusal()
    BlockFactory(blocker=b, blocked=a)
    assert relation(a, b).writing_refusal()


def test_without_blocked_leaves_out_blocks_both_ways(pair):
    me, _other = pair
    blocked_by_me, blocking_me, free = teacher(), teacher(), teacher()
    BlockFactory(blocker=me, blocked=blocked_by_me)
    BlockFactory(blocker=blocking_me, blocked=me)
    found = set(without_blocked(User.objects.filter(pk__in=[blocked_by_me.pk, blocking_me.pk, free.pk]), me))
    assert found == {free}
