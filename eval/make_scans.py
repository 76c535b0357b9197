"""The corpus's PDFs as scans: rendered to images (150 dpi, grey), slightly rotated (±1–2°), blurred and
JPEG-compressed, then wrapped as image-only PDFs and as one PNG per form (pages stacked, as a long
screenshot). Deterministic: the seed and the file's name fix every rotation.

    python -m eval.make_scans SRC_DIR OUT_DIR [--limit N]

Outputs ``<case>.scan.pdf`` and ``<case>.scan.png`` (the case id is kept for score.py).
"""
from __future__ import annotations

import io
import random
import sys
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

DPI = 150
SEED = 12


def scanned_pages(pdf: Path, seed: int = SEED) -> list[Image.Image]:
    rng = random.Random(f"{seed}:{pdf.name}")
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
            page.close()
            pages.append(degrade(img, rng))
    finally:
        doc.close()
    return pages


def degrade(img: Image.Image, rng: random.Random) -> Image.Image:
    """A clean grey page as a scanner gives it back: rotated ±1–2°, blurred, JPEG-compressed."""
    angle = rng.choice([-1, 1]) * rng.uniform(1.0, 2.0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(55, 75))
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def image_pdf(pages: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return buf.getvalue()


def stacked_png(pages: list[Image.Image]) -> bytes:
    canvas = Image.new("L", (max(p.width for p in pages), sum(p.height for p in pages)), 255)
    y = 0
    for p in pages:
        canvas.paste(p, (0, y))
        y += p.height
    buf = io.BytesIO()
    canvas.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def main(argv: list[str]) -> int:
    src, out = Path(argv[0]), Path(argv[1])
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    out.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(src.glob("*.pdf"))[:limit]:
        case = pdf.name.split(".")[0]
        pages = scanned_pages(pdf)
        (out / f"{case}.scan.pdf").write_bytes(image_pdf(pages))
        (out / f"{case}.scan.png").write_bytes(stacked_png(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
