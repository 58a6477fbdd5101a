"""Pictures for demo pages, drawn with Pillow so the demo needs no downloads and no rights: soft
overlapping shapes in a palette chosen from the page's slug. They carry no text, so they suit every
language, and are decorative (empty alternative text)."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = [
    ("#1d4f91", "#f2b705", "#e8f0fb"),
    ("#0f766e", "#f97316", "#e6f6f4"),
    ("#7c3aed", "#22c55e", "#f1ebfd"),
    ("#b91c1c", "#0ea5e9", "#fdecec"),
    ("#1f2937", "#eab308", "#f3f4f6"),
    ("#15803d", "#2563eb", "#e9f7ee"),
]
SIZE = (1200, 675)


def draw(seed):
    generator = random.Random(seed)
    dark, bright, light = PALETTES[generator.randrange(len(PALETTES))]
    picture = PillowImage.new("RGB", SIZE, light)
    canvas = ImageDraw.Draw(picture, "RGBA")
    for _shape in range(9):
        colour = generator.choice((dark, bright))
        alpha = generator.randint(70, 170)
        x, y = generator.randint(-200, SIZE[0]), generator.randint(-200, SIZE[1])
        radius = generator.randint(80, 320)
        rgba = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) + (alpha,)
        if generator.random() < 0.5:
            canvas.ellipse((x, y, x + radius, y + radius), fill=rgba)
        else:
            canvas.rounded_rectangle((x, y, x + radius * 1.6, y + radius), radius=40, fill=rgba)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    return buffer


def demo_image(slug, title):
    """The demo picture for `slug`, made once (idempotent by title)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    seed = int(hashlib.sha256(slug.encode()).hexdigest()[:8], 16)
    image = image_model(title=title, file=ImageFile(draw(seed), name=f"{slug}.jpg"))
    image.save()
    return image
