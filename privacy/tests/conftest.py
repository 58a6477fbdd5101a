"""The people of the privacy tests: Claire, a validated teacher in France with something of everything
(profile and photo, contact, request, block, conversation, forum post and reply, validation evidence), and
Marco, a teacher in Italy, her contact, who wrote to her and replied to her post."""

import pytest
from django.conf import settings

from contacts.factories import BlockFactory, ContactRequestFactory, make_contacts
from forum.factories import PostFactory, ReplyFactory
from live.factories import ProfileFactory
from live.tests.helpers import teacher
from messaging.factories import ConversationFactory, MessageFactory
from validation.factories import DecisionFactory, EvidenceFactory

PASSWORD = settings.DEMO_PASSWORD


@pytest.fixture
def claire(db):
    return teacher("FR", username="claire", first_name="Claire", last_name="Dubois", email="claire@school.example")


@pytest.fixture
def marco(db):
    return teacher("IT", username="marco", first_name="Marco", last_name="Bianchi", email="marco@school.example")


@pytest.fixture
def claires_world(claire, marco):
    """Everything Claire has on the portal, with Marco on the other side of it."""
    ProfileFactory(
        user=claire,
        presentation="I teach <b>science</b> in Lyon.",
        subjects=["science"],
        languages=["fr", "en"],
        looking=True,
        with_photo=True,
    )
    ProfileFactory(user=marco, presentation="Marco's own presentation, not Claire's.")
    make_contacts(claire, marco)
    ContactRequestFactory(sender=claire, note="Shall we work together?")
    ContactRequestFactory(recipient=claire, note="Hello Claire, may I be your contact?")
    BlockFactory(blocker=claire)
    BlockFactory(blocked=claire)
    conversation = ConversationFactory(first=claire, second=marco)
    MessageFactory(conversation=conversation, sender=claire, body="Ciao Marco, our rivers project starts Monday.")
    MessageFactory(conversation=conversation, sender=marco, body="Perfect, Claire! Our pupils are ready.")
    post = PostFactory(author=claire, title="Rivers of Europe", description="Our pupils measure the Saône.")
    ReplyFactory(post=post, author=marco, body="We would measure the Arno.")
    ReplyFactory(post=PostFactory(author=marco, title="Marco's idea"), author=claire, body="Count us in!")
    EvidenceFactory(teacher=claire, with_document=True, statement="I teach science since 2015.")
    DecisionFactory(teacher=claire, school=None, reason="Your first document was unreadable.")
    return claire


@pytest.fixture
def claire_client(client, claire):
    client.force_login(claire)
    return client
