import factory

from accounts.factories import TeacherFactory
from groups.models import Group, JoinPolicy, Membership, Reply, Role, Status, Thread


class GroupFactory(factory.django.DjangoModelFactory):
    """An approved, open group in English, owned by a new validated teacher. Give owner=..., members=[...],
    moderators=[...], subjects=[...], age_ranges=[...] to set them."""

    class Meta:
        model = Group
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Group number {n}")
    description = "Teachers of science who measure the water of their rivers with their pupils."
    language = "en"
    join_policy = JoinPolicy.OPEN
    status = Status.APPROVED

    @factory.post_generation
    def owner(group, create, owner, **_kwargs):
        if create:
            Membership.objects.create(group=group, user=owner or TeacherFactory(), role=Role.OWNER)

    @factory.post_generation
    def moderators(group, create, moderators, **_kwargs):
        for user in moderators or ():
            Membership.objects.create(group=group, user=user, role=Role.MODERATOR)

    @factory.post_generation
    def members(group, create, members, **_kwargs):
        for user in members or ():
            Membership.objects.create(group=group, user=user, role=Role.MEMBER)

    @factory.post_generation
    def subjects(group, create, subjects, **_kwargs):
        if create and subjects:
            group.subjects.set(subjects)

    @factory.post_generation
    def age_ranges(group, create, age_ranges, **_kwargs):
        if create and age_ranges:
            group.age_ranges.set(age_ranges)


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread

    group = factory.SubFactory(GroupFactory)
    author = factory.SubFactory(TeacherFactory)
    title = factory.Sequence(lambda n: f"Discussion number {n}")
    body = "How do you measure nitrates with twelve-year-olds?"


class ReplyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reply

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(TeacherFactory)
    body = "With strips from the pharmacy: cheap and quick."
