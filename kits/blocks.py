"""The step-by-step activities of a kit: each step says what partners do, for how long, with which
tools, and may carry a picture and a worksheet."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from kits.attachments import step_worksheet

STEP_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    duration = blocks.CharBlock(
        label=_("Timing"),
        max_length=120,
        help_text=_("When and how long, for example: Week 2, two lessons of 45 minutes."),
    )
    instructions = blocks.RichTextBlock(
        label=_("Instructions"),
        features=STEP_TEXT_FEATURES,
        help_text=_("What the teachers prepare, what pupils do in each school and what the partners do together."),
    )
    tools = blocks.ListBlock(
        blocks.CharBlock(label=_("Tool"), max_length=80),
        label=_("Tools used"),
        default=[],
        help_text=_("Online tools and materials the step needs, one per line."),
    )
    image = ImageChooserBlock(label=_("Image"), required=False)
    worksheet = DocumentChooserBlock(
        label=_("Worksheet"),
        required=False,
        help_text=_(
            "A document pupils fill in during this step. Add it to the attachments too, with its language "
            "and its translations: readers then get it in their language."
        ),
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "kits/blocks/step.html"

    def get_context(self, value, parent_context=None):
        """`worksheet`: the step's worksheet in the reader's language when the kit's attachments have a
        version in it (KitPage.get_context supplies `worksheets_by_document`)."""
        context = super().get_context(value, parent_context=parent_context)
        if value["worksheet"]:
            context["worksheet"] = step_worksheet(value["worksheet"], context.get("worksheets_by_document", {}))
        return context


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()
