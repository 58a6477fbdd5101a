"""Finding a school among its country's records: the search a teacher uses to choose their school, and
the records a new school might repeat ("one school, one record").

Everything compares matching keys (schools.models.matching_key), so accents, case and punctuation never
matter: "Lycee victor hugo" finds "Lycée Victor-Hugo".

- The search keeps the schools whose name contains every word typed for the name, and whose town every
  word typed for the town, in any order.
- The same school: the same name and town keys in the country. The database refuses a second record.
- A similar school, offered before a new record is made: in the same town, a name that contains the
  other, or that difflib finds at least 80% alike ("lycee victor hugo" and "lycee victor hugo annexe",
  "college jean moulin" and "college jean moulins").
"""

from difflib import SequenceMatcher

from schools.models import School, matching_key

SIMILARITY = 0.8
MOST_SIMILAR_OFFERED = 10


def search(country, name="", town=""):
    schools = School.objects.filter(country=country)
    for word in matching_key(name).split():
        schools = schools.filter(name_key__contains=word)
    for word in matching_key(town).split():
        schools = schools.filter(town_key__contains=word)
    return schools.order_by("name_key", "town_key", "pk")


def same_school(country, name, town):
    """The record of the school named `name` in `town`, if there is one."""
    name_key, town_key = School.keys_for(name, town)
    return School.objects.filter(country=country, name_key=name_key, town_key=town_key).first()


def likeness(key, other):
    """How alike two name keys are, from 0 to 1; a name inside the other counts as alike."""
    if key in other or other in key:
        return 1.0
    return SequenceMatcher(None, key, other).ratio()


def similar_schools(country, name, town):
    """The other schools of `town` whose names are like `name`, the most alike first."""
    name_key, town_key = School.keys_for(name, town)
    if not name_key:
        return []
    scored = [
        (likeness(name_key, school.name_key), school)
        for school in School.objects.filter(country=country, town_key=town_key).exclude(name_key=name_key)
    ]
    alike = sorted((pair for pair in scored if pair[0] >= SIMILARITY), key=lambda pair: (-pair[0], pair[1].name_key))
    return [school for _score, school in alike[:MOST_SIMILAR_OFFERED]]
