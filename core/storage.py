"""Where files go that only the portal may hand out, after checking who asks: teachers' evidence and
photos. The "private" storage (settings.STORAGES) is never under MEDIA_URL, so no web server or bucket
policy serves its files to whoever has the address."""

from django.core.files.storage import storages


def private_storage():
    return storages["private"]
