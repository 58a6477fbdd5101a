"""The server-error page, and the 503 page when a service the portal needs is unavailable.

A database that is down, stalled past its time-outs (core.database) or locked by another writer
raises OperationalError; a Redis cache that cannot be reached raises its own connection or time-out
error. Nothing is wrong with the page itself: the reader should see that the portal is temporarily
unavailable and try again, and a load balancer or crawler should see 503 with Retry-After, not 500.
"""

import sys

from django.db import OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 30


def unavailable_service_errors():
    errors = [OperationalError]
    try:
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError
    except ImportError:  # Redis is optional (REDIS_URL)
        pass
    else:
        errors += [RedisConnectionError, RedisTimeoutError]
    return tuple(errors)


UNAVAILABLE_SERVICE_ERRORS = unavailable_service_errors()


def is_unavailable_service(error):
    """The error, or one it was raised from, says a service did not answer."""
    while error is not None:
        if isinstance(error, UNAVAILABLE_SERVICE_ERRORS):
            return True
        error = error.__cause__
    return False


def server_error(request, template_name="503.html"):
    """handler500. Django calls it for any exception a view or a middleware did not handle, while
    that exception is being handled, so sys.exc_info() names it.

    The 503 page is rendered like Django's 500 page, without the request: its context processors
    would query the database that just failed."""
    if not is_unavailable_service(sys.exc_info()[1]):
        return django_server_error(request)
    response = HttpResponse(loader.get_template(template_name).render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
