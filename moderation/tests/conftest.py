"""The people and content the moderation tests share: a French teacher who writes (the reported author),
an Italian teacher who reads and reports, their post, reply and conversation, and the admin's moderators."""

import pytest
from django.test import Client

from accounts.models import User
from forum.factories import PostFactory, ReplyFactory
from live.tests.helpers import teacher
from messaging.factories import ConversationFactory, MessageFactory


def client_of(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def author(db):
    return teacher("FR", username="claire", first_name="Claire", last_name="Dubois")


@pytest.fixture
def reporter(db):
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi")


@pytest.fixture
def bystander(db):
    """Another teacher, who neither wrote nor reported anything."""
    return teacher("IT", username="giulia", first_name="Giulia", last_name="Rossi")


@pytest.fixture
def post(author):
    return PostFactory(author=author, title="Our rivers", description="Buy cheap watches at https://spam.example")


@pytest.fixture
def reply(post, reporter, author):
    ReplyFactory(post=post, author=reporter, body="Count us in!")
    return ReplyFactory(post=post, author=author, body="Call me on my private number.")


@pytest.fixture
def message(author, reporter):
    conversation = ConversationFactory(first=author, second=reporter)
    MessageFactory(conversation=conversation, sender=reporter, body="Hello Claire, shall we talk?")
    return MessageFactory(conversation=conversation, sender=author, body="You are an idiot.")


@pytest.fixture
def author_client(author):
    return client_of(author)


@pytest.fixture
def reporter_client(reporter):
    return client_of(reporter)


@pytest.fixture
def bystander_client(bystander):
    return client_of(bystander)


@pytest.fixture
def moderator_fr(db):
    return client_of(User.objects.get(username="moderator-fr"))
