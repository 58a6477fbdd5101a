"""Fuzzing the public portal: whatever arrives in a query string, a path or a header, every public
page type answers with a page, a redirect or a 4xx, never a server error or a traceback.

Hypothesis draws the requests, derandomised and with a fixed number of examples, so that every run (CI runs
the suite on SQLite and on PostgreSQL) sends the same requests in about the same time. A table of values
known to break web applications is sent as well, to each list's page number and to each of its filters.
At the end of the module one line gives the number of requests, the statuses seen and the number of 5xx.

The Host header is not fuzzed: Django answers a host outside ALLOWED_HOSTS with a 400 before any view."""

import re
import time
import traceback
from collections import Counter
from functools import cache
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.http import QueryDict
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.helpers import kept_for_the_module, served_media

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("small_site")]
KIT_SLUG = "towns-compared"

STATUSES = Counter()  # status code -> requests, for the summary line


def fuzzing(examples):
    """Hypothesis settings: the same examples on every run (derandomised), so no example database."""
    return hypothesis_settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        # The module's site is shared by every example (one transaction per test), as it is by visitors.
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module", autouse=True)
def media_files(tmp_path_factory):
    """/media/ served by Django with one picture in it, as under `make run`."""
    root = tmp_path_factory.mktemp("media")
    (root / "images").mkdir()
    (root / "images" / "cover.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    with served_media(root):
        yield root


@pytest.fixture(scope="module")
def small_site(media_files, django_db_setup, django_db_blocker):
    """The pages the fuzzing requests, for the whole module (rolled back at its end): a standard page, a
    kit with its taxonomy terms, a national news article with a topic, an event and a worksheet, with
    translations into French and Greek (the Greek home page a translation, no longer an alias)."""
    from wagtail.documents import get_document_model

    from core.factories import translate
    from countries.models import Country
    from events.factories import EventPageFactory
    from home.factories import StandardPageFactory
    from kits.factories import KitPageFactory
    from news.factories import NewsPageFactory, TopicFactory
    from taxonomy.factories import AgeRangeFactory, SubjectFactory
    from tests.world import world

    with kept_for_the_module(django_db_blocker):
        site = world()
        about = StandardPageFactory(parent=site.home, slug="about", title="About the portal")
        kit = KitPageFactory(
            parent=site.kits,
            slug=KIT_SLUG,
            title="Water in our towns",
            subjects=[SubjectFactory(slug="geography", name_en="Geography", name_fr="Géographie")],
            age_ranges=[AgeRangeFactory(slug="10-12", name_en="10 to 12")],
        )
        france = Country.objects.get(iso2="FR")
        topic = TopicFactory(slug="climate", name_en="Climate")
        article = NewsPageFactory(parent=site.news, title="Schools save water", country=france, topics=[topic])
        EventPageFactory(parent=site.events, title="Online seminar on water", organiser=france)
        translate(site.home, "el", headline="Σχολεία που συνεργάζονται σε όλη την Ευρώπη")
        translate(about, "el", title="Σχετικά με την πύλη")
        translate(kit, "fr", title="L'eau dans nos villes")
        translate(article, "fr", title="Des écoles économisent l'eau")
        get_document_model().objects.create(
            title="Water worksheet", file=ContentFile(b"%PDF-1.4 a worksheet", name="worksheet.pdf")
        )
        yield


@pytest.fixture(scope="module", autouse=True)
def summary(request, django_db_setup):
    """Print how many requests the module made and what came back, whatever pytest captures."""
    started = time.monotonic()
    yield
    seconds = time.monotonic() - started
    total = sum(STATUSES.values())
    errors = sum(count for status, count in STATUSES.items() if status >= 500)
    statuses = ", ".join(f"{status}: {count}" for status, count in sorted(STATUSES.items()))
    line = f"Fuzzing on {connection.vendor}: {total} requests in {seconds:.0f} s; statuses {statuses}; 5xx: {errors}"
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            print(f"\n{line}")
    else:
        print(line)


def fetch(address, **headers):
    """GET `address` (its query string sent exactly as written) and check the answer."""
    client = Client(raise_request_exception=False, HTTP_HOST="localhost")
    response = client.get(address, **headers)
    # Reading a file's answer to the end closes it; the client has closed the others. (Closing again would
    # also close the database connection, and with it the test's transaction, as a server does.)
    body = response.getvalue()
    STATUSES[response.status_code] += 1
    request = f"GET {ascii(address)[:300]} {ascii(headers)[:300]}"
    if response.status_code >= 500:
        error = "".join(traceback.format_exception(*response.exc_info)) if response.exc_info else ""
        pytest.fail(f"{response.status_code} for {request}\n{error}")
    assert b"Traceback" not in body and b'File "' not in body, f"traceback text in the answer to {request}"
    return response


# -- What the pages are ---------------------------------------------------------------------------------


@cache
def public_pages():
    """Page type -> (address, {query parameter: valid values}), read from the module's site once."""
    from wagtail.documents import get_document_model

    from events.models import EventPage
    from home.models import StandardPage
    from kits.models import KitPage, Level
    from news.models import NewsPage, Topic
    from taxonomy.models import AgeRange, Subject

    def first(model):
        return model.objects.live().filter(locale__language_code="en").order_by("path").first().url

    kit, article, event = first(KitPage), first(NewsPage), first(EventPage)
    document = get_document_model().objects.order_by("pk").first()
    # Wagtail serves a document from its path on disk when the storage has one; the test storage keeps
    # files in memory but has paths (under media_files' folder), so a file is put there.
    Path(document.file.path).parent.mkdir(parents=True, exist_ok=True)
    Path(document.file.path).write_bytes(b"%PDF-1.4 a worksheet")
    page = ["1", "2"]
    return {
        "home": ("/en/", {}),
        "home in Greek": ("/el/", {}),
        "standard page": (first(StandardPage), {}),
        "kit index": (
            "/en/kits/",
            {
                "subject": list(Subject.objects.values_list("slug", flat=True)[:4]),
                "age": list(AgeRange.objects.values_list("slug", flat=True)),
                "duration": ["lessons", "up-to-6-weeks", "over-6-weeks"],
                "level": list(Level.values),
                "q": ["water", "Wasser"],
                "page": page,
            },
        ),
        "kit": (kit, {}),
        "kit PDF": (f"{kit}pdf/", {}),
        "news index": (
            "/en/news/",
            {
                "country": ["fr", "de", "FR"],
                "topic": list(Topic.objects.values_list("slug", flat=True)[:3]),
                "page": page,
            },
        ),
        "news feed": ("/en/news/feed/", {}),
        "article": (article, {}),
        "event index": ("/en/events/", {"when": ["past", "upcoming"], "page": page}),
        "event": (event, {}),
        "event calendar file": (f"{event}ics/", {}),
        "country index": ("/en/countries/", {"q": ["fr", "France", "NSS"]}),
        "national section": ("/en/countries/fr/", {}),
        "search": (
            "/en/search/",
            {"q": ["water", "school"], "type": ["kits", "news", "events", "pages"], "page": page},
        ),
        "sitemap": ("/sitemap.xml", {}),
        "paged sitemap": ("/sitemap-1.xml", {}),
        "robots.txt": ("/robots.txt", {}),
        "health check": ("/healthz", {}),
        "language choice": ("/", {}),
        "document": (document.url, {}),
        "media file": ("/media/images/cover.jpg", {}),
    }


PAGE_TYPES = [
    "home",
    "home in Greek",
    "standard page",
    "kit index",
    "kit",
    "kit PDF",
    "news index",
    "news feed",
    "article",
    "event index",
    "event",
    "event calendar file",
    "country index",
    "national section",
    "search",
    "sitemap",
    "paged sitemap",
    "robots.txt",
    "health check",
    "language choice",
    "document",
    "media file",
]


def test_every_public_page_type_is_fuzzed():
    assert set(public_pages()) == set(PAGE_TYPES)
    for address, _parameters in public_pages().values():
        assert fetch(address).status_code in (200, 302), address


# -- What visitors and robots send ---------------------------------------------------------------------

OTHER_DIGITS = "²¹³①⑳፩٣３۵५০௫๓༣𝟙"
# Any character but surrogates (which UTF-8 cannot carry), NUL and control characters included.
any_text = st.text(st.characters(codec="utf-8"), max_size=30)
digits = st.text(
    st.sampled_from("0123456789" + OTHER_DIGITS) | st.characters(categories=["Nd", "Nl", "No"]), min_size=1, max_size=8
)
long_text = st.builds(
    lambda piece, times: piece * times,
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=3),
    st.integers(300, 4000),
)
with_nul = st.builds(lambda before, after: f"{before}\x00{after}", any_text, any_text)
text = st.one_of(digits, any_text, long_text, with_nul)
# Sent as they are, so that Django decodes them: NUL, bytes that are no UTF-8, encoded surrogates,
# overlong forms, truncated or invalid escapes.
PERCENT_ENCODED = ["%00", "%ff", "%FF%FE", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%E2%82", "%", "%2", "%%", "%zz"]
percent_encoded = st.sampled_from(PERCENT_ENCODED) | st.text(st.sampled_from("%0123456789abcdefABCDEF+"), max_size=12)


def encoded(value):
    return quote(value, safe="")


def query_strings(parameters):
    """Up to four name=value pairs: the page's own parameters (valid values among them) or any name."""
    names = st.sampled_from([*parameters, "page", "q"]) | any_text
    valid = [value for values in parameters.values() for value in values]
    values = (text | st.sampled_from(valid or [""])).map(encoded) | percent_encoded
    pairs = st.lists(st.tuples(names.map(encoded), values), min_size=1, max_size=4)
    return pairs.map(lambda pairs: "&".join(f"{name}={value}" for name, value in pairs))


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@fuzzing(examples=8)
@given(data=st.data())
def test_query_strings(page_type, data):
    address, parameters = public_pages()[page_type]
    fetch(f"{address}?{data.draw(query_strings(parameters), label='query')}")


def as_header(value):
    """What a WSGI server makes of a header sent as UTF-8: one character per byte (ISO-8859-1). Line
    breaks cannot be sent in a header at all."""
    return value.encode().decode("iso-8859-1").replace("\r", "").replace("\n", "")


language_tags = st.sampled_from(
    ["fr", "de-CH", "pt-BR", "mt", "el", "*", "en_GB", "zh-Hant-TW", "i-klingon", "x" * 200]
)
quality = st.sampled_from(["", ";q=0.5", ";q=0", ";q=²", ";q=٠.٥", ";q=1e999", ";q=-1", ";q=NaN", ";q=", ";"])
accept_language = st.lists(st.tuples(language_tags | digits | any_text, quality), max_size=6).map(
    lambda entries: ",".join(tag + q for tag, q in entries)
)
cookie_values = st.one_of(
    language_tags,
    text.map(as_header),
    # Quoted cookies may carry octal escapes, which Django decodes: NUL, "²" in UTF-8.
    st.sampled_from(['"\\000"', '"aaaaaaaa\\000aaaaaaaa"', '"\\302\\262\\302\\262\\302\\262\\302\\262"', '"\\"', '"']),
)
cookies = st.lists(
    st.tuples(
        st.sampled_from(["portal_language", "sessionid", "csrftoken", "messages", "django_language"]), cookie_values
    ),
    min_size=1,
    max_size=4,
).map(lambda pairs: "; ".join(f"{name}={value}" for name, value in pairs))
dates = st.one_of(
    st.builds(
        "{}, {} {} {} {}:{}:{} GMT".format,
        st.sampled_from(["Sat", "Mon", "Xyz", ""]),
        digits,
        st.sampled_from(["Jan", "Feb", "Dec", "Foo", "²"]),
        digits | st.sampled_from(["0000", "99999", "1" * 30]),
        digits,
        digits,
        digits,
    ),
    st.sampled_from(
        [
            "Sat, 01 Jan 2000 00:00:00 GMT; length=²",
            "0",
            "-1",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ]
    ),
    text.map(as_header),
)
byte_ranges = st.one_of(
    st.builds("bytes={}-{}".format, digits | st.just(""), digits | st.just("")),
    st.lists(st.builds("{}-{}".format, digits, digits), min_size=1, max_size=30).map(
        lambda ranges: "bytes=" + ",".join(ranges)
    ),
    text.map(as_header),
)
ADDRESSES = ["1.2.3.4", "１.２.３.４", "::1", "fe80::1%²", "999.1.1.1", "unknown", ""]
addresses = st.sampled_from(ADDRESSES) | text.map(as_header)
headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ACCEPT_LANGUAGE": accept_language.map(as_header) | text.map(as_header),
        "HTTP_COOKIE": cookies,
        "HTTP_IF_MODIFIED_SINCE": dates,
        "HTTP_IF_NONE_MATCH": text.map(as_header) | st.sampled_from(['"abc"', "*", 'W/"x", "y"']),
        "HTTP_RANGE": byte_ranges,
        "HTTP_X_FORWARDED_FOR": st.lists(addresses, min_size=1, max_size=5).map(", ".join),
        "HTTP_USER_AGENT": text.map(as_header),
        "HTTP_REFERER": text.map(as_header),
    },
)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
@fuzzing(examples=5)
@given(headers=headers)
def test_headers(page_type, headers):
    address, _parameters = public_pages()[page_type]
    fetch(address, **headers)


# Addresses with a part replaced by {}: a language, a page's slug, a sub-page of a routable page, a file.
PATH_TEMPLATES = [
    "/{}/",
    "/{}/kits/",
    "/{}",
    "/en/{}/",
    "/en/kits/{}/",
    "/en/kits/{}/pdf/",
    f"/en/kits/{KIT_SLUG}/{{}}/",
    "/en/news/{}/",
    "/en/news/feed/{}",
    "/en/events/{}/",
    "/en/events/{}/ics/",
    "/sitemap-{}.xml",
    "/en/countries/{}/",
    "/documents/{}/x.pdf",
    "/documents/1/{}",
    "/static/{}",
    "/media/{}",
]
segments = st.one_of(
    text.map(encoded), percent_encoded, st.sampled_from(["..", "%2e%2e", ".", "~", "fr", "FR", "٣", "²"])
)


@pytest.mark.parametrize("template", PATH_TEMPLATES)
@fuzzing(examples=6)
@given(segment=segments)
def test_path_segments(template, segment):
    fetch(template.format(segment))


# -- A table of known nasty values for every list's page number and filters ----------------------------

# Numbers that are no page numbers, sent to `page` only; the values after them go to every parameter.
NASTY_NUMBERS = ["0", "-1", "1.5", "1e3", "0x10", " 1", "1_000", "9" * 40]
NASTY_VALUES = [
    "",
    " ",
    *"²¹①፩٣３𝟙",  # digits of other scripts: str.isdigit() says yes
    "\x00",
    "1\x00",
    "x" * 5000,
    "ä" * 2000,
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "\u202e\u0301🙂",
    "NaN",
]
LIST_PARAMETERS = {
    "/en/kits/": ["page", "subject", "age", "duration", "level", "q"],
    "/en/news/": ["page", "country", "topic"],
    "/en/events/": ["page", "when"],
    "/en/search/?q=water": ["page", "q", "type"],
    "/en/countries/": ["q"],
}
# One test per list and parameter, sending every value: a test starts with an empty cache (conftest),
# so one per value would mostly measure building menus again.
LIST_PARAMETERS_TABLE = [
    pytest.param(address, name, id=f"{address}-{name}") for address, names in LIST_PARAMETERS.items() for name in names
]


TYPED_QUERY = re.compile(r'<input\b[^>]*\bname="q"[^>]*\bvalue="([^"]*)"')


@pytest.mark.parametrize(("address", "name"), LIST_PARAMETERS_TABLE)
def test_nasty_values_in_lists(address, name):
    separator = "&" if "?" in address else "?"
    values = NASTY_NUMBERS + NASTY_VALUES if name == "page" else NASTY_VALUES
    for fragment in [encoded(value) for value in values] + PERCENT_ENCODED:
        response = fetch(f"{address}{separator}{name}={fragment}")
        # A list never goes missing because of its parameters: it shows what it can, with a message.
        assert response.status_code == 200, fragment
        if name == "q":
            # What was typed stays in the search box, as Django decoded it (stripped and cut at most).
            typed = QueryDict(f"q={fragment}")["q"]
            kept = TYPED_QUERY.search(response.content.decode())
            assert kept and typed.strip()[:100] in unescape(kept.group(1)), fragment
