from editors.models import Team, TeamRole


def join_team(user, role, scope=None):
    """Put `user` in the editorial team of `role`: for a country (its ISO code) or, for translators,
    a language (its code); the central team has no scope."""
    teams = Team.objects.filter(role=role)
    if role == TeamRole.TRANSLATORS:
        teams = teams.filter(locale__language_code=scope)
    elif scope:
        teams = teams.filter(country__iso2=scope)
    user.groups.add(*[team.group for team in teams])
    return user
