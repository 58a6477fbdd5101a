import factory

from accounts.factories import TeacherFactory
from messaging.models import Conversation, Message


class ConversationFactory(factory.django.DjangoModelFactory):
    """A conversation between two new teachers, in pk order (the model's rule), with no message yet:
    add them with MessageFactory, which keeps the conversation's last message up to date."""

    class Meta:
        model = Conversation

    first = factory.SubFactory(TeacherFactory)
    second = factory.SubFactory(TeacherFactory)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs["first"], kwargs["second"] = sorted((kwargs["first"], kwargs["second"]), key=lambda user: user.pk)
        return super()._create(model_class, *args, **kwargs)


class MessageFactory(factory.django.DjangoModelFactory):
    """A message from the conversation's first teacher unless `sender` says otherwise, recorded as the
    views record one (the conversation's last message and the sender's read mark)."""

    class Meta:
        model = Message

    conversation = factory.SubFactory(ConversationFactory)
    sender = factory.LazyAttribute(lambda message: message.conversation.first)
    body = factory.Sequence(lambda n: f"Message {n}: shall we plan the next video call?")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        message, _starts_unread = kwargs["conversation"].add_message(kwargs["sender"], kwargs["body"])
        return message
