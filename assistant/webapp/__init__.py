"""The web app (gradio): 起草 (chat + live form), 目标改写, 批量审核.

``layout.build()`` makes the Blocks; handlers are plain functions in ``handlers``,
``rewrite_view`` and ``batch``; ``launch`` holds the bind/auth policy. ``app.py`` at the
repository root only parses arguments and launches.
"""
