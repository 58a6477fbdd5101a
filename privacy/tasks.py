from core.background import background_task
from privacy.retention import apply_retention


@background_task
def apply_retention_daily():
    """The daily run of the inactive accounts' retention (PrivacyConfig.periodic_tasks); how many
    teachers were warned and erased."""
    outcome = apply_retention()
    return {"warned": len(outcome.warned), "erased": len(outcome.erased)}
