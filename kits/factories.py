import factory

from core.factories import PublishedPageFactory
from kits.models import KitIndexPage, KitPage
from taxonomy.factories import AgeRangeFactory, SubjectFactory


def a_step(title="Meet your partners"):
    return {
        "type": "step",
        "value": {
            "title": title,
            "duration": "Week 1, one lesson",
            "instructions": "<p>Pupils introduce themselves to the partner class.</p>",
            "tools": ["TwinSpace forum"],
            "image": None,
            "worksheet": None,
        },
    }


class KitIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = KitIndexPage

    title = "Project kits"
    slug = "kits"


class KitPageFactory(PublishedPageFactory):
    """A kit with one step, one subject and one age range unless given (subjects=[...], age_ranges=[...],
    key_competences=[...])."""

    class Meta:
        model = KitPage

    title = factory.Sequence(lambda n: f"Kit number {n}")
    introduction = "Pupils compare their towns with their partners' towns."
    duration_value = 4
    aims = "<ul><li>Pupils describe their town in another language.</li></ul>"
    steps = factory.LazyFunction(lambda: [a_step()])

    subjects = factory.LazyFunction(lambda: [SubjectFactory()])
    age_ranges = factory.LazyFunction(lambda: [AgeRangeFactory()])
    key_competences = factory.LazyFunction(list)
