"""The account pages under /<lang>/accounts/: django-allauth's (log-in, sign-up, e-mail, password,
two-factor) in the portal's look (templates/allauth, templates/account, templates/mfa), and the
preferences."""

from allauth import urls as allauth_urls
from django.urls import URLPattern, URLResolver, include, path
from django.views.decorators.cache import never_cache

from accounts import views


def never_cached(patterns):
    """The patterns with every view sent `Cache-Control: no-cache, no-store, private`: allauth marks only
    some of its pages so, and all of them carry a CSRF token or an account's details."""
    return [
        URLResolver(item.pattern, never_cached(item.url_patterns), item.default_kwargs, item.app_name, item.namespace)
        if isinstance(item, URLResolver)
        else URLPattern(item.pattern, never_cache(item.callback), item.default_args, item.name)
        for item in patterns
    ]


urlpatterns = [
    path("accounts/preferences/", views.preferences, name="account_preferences"),
    path("accounts/", include(never_cached(allauth_urls.urlpatterns))),
]
