"""Demo reports: two open reports in France's moderation queue, about a French teacher's forum post and
reply (demo/forum.py), so that moderator-fr finds something to decide in Reports.

Each report is made as a teacher makes one (moderation.forms.ReportForm), by the first of its reporters
who exists and sees the content. Idempotent: a report already made by that teacher about that content,
open or decided, is not made again."""

from accounts.models import User
from forum.models import Post, Reply
from moderation.forms import ReportForm
from moderation.models import Reason, Report

REPORTS = [
    {
        "content": lambda: Post.objects.filter(title="Nos rivières, leur eau et nous", author__country__iso2="FR"),
        "reporters": ["teacher-pl", "teacher-it"],
        "reason": Reason.OTHER,
        "note": "The post links to a website outside Twinning. Could you check that it is safe for pupils?",
    },
    {
        "content": lambda: Reply.objects.filter(
            post__title="Isole di calore: misuriamo il clima delle nostre città", author__country__iso2="FR"
        ),
        "reporters": ["teacher-pl", "teacher-it"],
        "reason": Reason.PERSONAL_DATA,
        "note": "The reply names the school and the town of the pupils.",
    },
]


def load_reports():
    """Make the demo reports that are missing; return how many were made."""
    made = 0
    for spec in REPORTS:
        content = spec["content"]().order_by("pk").first()
        reporter = content and first_reporter(spec["reporters"], content)
        if reporter is None or Report.objects.about(content).filter(reporter=reporter).exists():
            continue
        form = ReportForm({"reason": spec["reason"], "note": spec["note"]}, reporter=reporter, content=content)
        form.save()
        made += 1
    return made


def first_reporter(usernames, content):
    """The first of `usernames` who exists, did not write `content` and sees it."""
    users = sorted(User.objects.filter(username__in=usernames), key=lambda user: usernames.index(user.username))
    for user in users:
        if user != content.reported_author and type(content).seen_by(user).filter(pk=content.pk).exists():
            return user
    return None
