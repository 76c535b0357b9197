"""绩效目标申报助手 web app: `python app.py [--host H] [--port P] [--insecure]`.

Gradio wiring only; the app lives in assistant/webapp. Accounts come from JIXIAO_AUTH
(alice:pw1,bob:pw2) and the users file (`jixiao users add NAME`); each account sees only its own
drafts, exports and reports, and logins are throttled. Binding to anything but loopback requires
an account unless --insecure is given; a loopback app without accounts is single-user.
"""
from __future__ import annotations

import argparse
import os
import sys
import threading

from assistant.webapp.launch import DEFAULT_HOST, DEFAULT_PORT, QUEUE, absent_imports_fail_fast, bind_policy, telemetry_off


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="绩效目标申报助手（网页版）")
    p.add_argument("--host", default=DEFAULT_HOST, help="监听地址，默认 127.0.0.1（仅本机）")
    p.add_argument("--port", type=int, default=int(os.environ.get("JIXIAO_PORT", DEFAULT_PORT)), help="端口，默认 7860")
    p.add_argument("--insecure", action="store_true", help="允许在非本机地址上无登录访问（仅限可信网络）")
    args = p.parse_args(argv)
    telemetry_off()
    absent_imports_fail_fast()
    from assistant.errors import ConfigError
    try:
        accounts = bind_policy(args.host, os.environ.get("JIXIAO_AUTH"), args.insecure)
    except ConfigError as e:
        print(str(e), file=sys.stderr)
        return 2
    from assistant.importers.limits import MAX_FILE_BYTES
    from starlette.middleware import Middleware

    from assistant.webapp.guard import LOGIN_MESSAGE, Guard
    from assistant.webapp.layout import CSS, HEAD, allowed_paths, build, i18n
    from assistant.webapp.theme import theme
    from assistant.library import warm_up
    warm_up()      # the dictionary and indexes: seconds holding the interpreter, paid before anyone is served
    from assistant.webapp.drafting import warm_interview
    warm_interview()   # one interview answered with the questions' own examples: every table loaded before the first clerk
    demo = build(accounts=bool(accounts))
    demo.queue(**QUEUE)
    try:
        demo.launch(server_name=args.host, server_port=args.port, auth=accounts.averify if accounts else None,
                    auth_message=LOGIN_MESSAGE, app_kwargs={"middleware": [Middleware(Guard)]},
                    css=CSS, head=HEAD, theme=theme(), allowed_paths=allowed_paths(), max_file_size=MAX_FILE_BYTES,
                    show_error=False, quiet=True, footer_links=[], ssr_mode=False, prevent_thread_lock=True,
                    i18n=i18n())
    except OSError as e:
        print(f"无法启动：端口 {args.port} 已被占用或不可用（{e}）。请用 --port 换一个端口。", file=sys.stderr)
        return 2
    mode = f"（需要登录，{len(accounts.names())} 个账号）" if accounts else "（单用户模式：未设账号，无需登录）"
    print(f"绩效目标申报助手已启动：http://{args.host}:{args.port}/" + mode, flush=True)
    from assistant.webapp.llm import configured_label, prewarm
    engine = configured_label()
    print(f"当前引擎：{engine}", flush=True)
    if engine.startswith("大模型"):
        threading.Thread(target=prewarm, name="jixiao-llm-prewarm", daemon=True).start()
    try:
        demo.block_thread()
    except KeyboardInterrupt:
        demo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
