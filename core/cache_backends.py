"""The embedded cache's backend (portal.settings.base, without Redis)."""

from diskcache import DjangoCache


class PersistentDiskCache(DjangoCache):
    """diskcache's Django backend, its SQLite files kept open between requests. Django closes every cache
    when a request ends; for this one that meant opening and setting up each shard's database again on the
    next request, five times the cost of the reads themselves (a cached page served at a tenth of a
    static file's rate). The files stay consistent without it: each write is a SQLite transaction."""

    def close(self, **kwargs):
        """Kept open (see the class)."""
