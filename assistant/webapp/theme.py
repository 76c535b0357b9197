"""A restrained gradio theme: ink blue primary, neutral greys, square-ish corners, CJK fonts."""
from __future__ import annotations

import gradio as gr

FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", "sans-serif"]


def theme() -> gr.themes.Base:
    return gr.themes.Default(
        primary_hue=gr.themes.colors.blue, secondary_hue=gr.themes.colors.slate,
        neutral_hue=gr.themes.colors.gray, radius_size=gr.themes.sizes.radius_sm,
        text_size=gr.themes.sizes.text_md, font=FONTS,
    ).set(button_primary_background_fill="#1d4e89", button_primary_background_fill_hover="#173f70",
          button_primary_text_color="#ffffff", block_title_text_weight="600")
