import factory

from accounts.factories import TeacherFactory
from contacts.models import Block, Contact, ContactRequest


class ContactRequestFactory(factory.django.DjangoModelFactory):
    """A pending request between two new validated teachers."""

    class Meta:
        model = ContactRequest

    sender = factory.SubFactory(TeacherFactory)
    recipient = factory.SubFactory(TeacherFactory)
    note = "We teach science to 12-15 year-olds. Would you like to work on a project together?"


class BlockFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Block

    blocker = factory.SubFactory(TeacherFactory)
    blocked = factory.SubFactory(TeacherFactory)


def make_contacts(a, b):
    """Make `a` and `b` contacts (both rows), as an accepted request does."""
    Contact.objects.make(a, b)
