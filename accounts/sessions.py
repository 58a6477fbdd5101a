"""Sessions in the database (SESSION_ENGINE without Redis), refusing session cookies that Django never
issued before they reach SQL.

Django's store only checks that a session key has eight characters or more, then looks it up. A forged
cookie holding a NUL byte (`sessionid="aaaaaaaa\\000"` is one, cookie quoting allows octal escapes) made
PostgreSQL refuse the query, and every public page that asks whether the visitor is logged in answered
with a server error. Such a cookie is now no session at all, as an expired one is."""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.models import Session

ISSUED_KEY_CHARACTERS = frozenset(VALID_KEY_CHARS)
MAX_KEY_LENGTH = Session._meta.get_field("session_key").max_length


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        # Keys Django makes are 32 lowercase ASCII letters and digits (VALID_KEY_CHARS).
        return (
            super()._validate_session_key(key) and len(key) <= MAX_KEY_LENGTH and ISSUED_KEY_CHARACTERS.issuperset(key)
        )
