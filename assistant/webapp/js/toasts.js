// gradio's pop-up messages (toasts) in Chinese. Their titles ("Error", "Warning" …) are the message
// type capitalised and some texts are thrown in English by gradio's client (the upload size check,
// a lost connection), so no translation key reaches them: this rewrites them as they appear.
// A message that is already Chinese (ours) is kept; an English one we do not know becomes a general
// Chinese line. Text is set with textContent only (file names are data, never markup).
(() => {
  const TITLES = {Error: "出错", Warning: "提醒", Info: "提示", Success: "完成"};
  const names = (list) => list.replace(/"([^"]*)"/g, "「$1」");
  const MESSAGES = [
    [/File\(s\) exceed the maximum allowed size of ([\d.]+) ?([KMGT]?)i?b: (.*)/is,
      (m) => `文件超过上传上限 ${m[1]} ${m[2].toUpperCase()}B，没有上传：${names(m[3])}。`],
    [/HTTP 413|too large/i, () => "文件超过上传上限，没有上传。"],
    [/HTTP 429|too many requests/i, () => "请求过于频繁，请稍后再试。"],
    [/connection|network|failed to fetch|lost/i,
      () => "与服务器的连接中断了：请检查网络后刷新页面（已保存的草稿不会丢失）。"],
  ];
  const GENERAL = "这一步没有完成，请重试；如果一直出错，请联系系统管理员。";
  const chinese = (s) => /[\u4e00-\u9fff]/.test(s);

  function message(text) {      // null: the text is ours (Chinese outside quoted file names), kept
    if (chinese(text.replace(/"[^"]*"/g, ""))) return null;
    for (const [pattern, say] of MESSAGES) {
      const m = text.match(pattern);
      if (m) return say(m);
    }
    return GENERAL;
  }

  function translate(root) {
    for (const title of root.querySelectorAll('[data-testid="toast-body"] .toast-title')) {
      for (const node of title.childNodes) {
        const word = node.nodeType === Node.TEXT_NODE ? node.textContent.trim() : "";
        if (TITLES[word]) node.textContent = TITLES[word] + " ";
      }
    }
    for (const box of root.querySelectorAll('[data-testid="toast-text"]')) {
      const text = box.textContent.trim();
      const said = text && message(text);
      if (said && said !== text) box.textContent = said;
    }
  }

  // before the page is painted (observer callbacks run first); rewriting is idempotent
  new MutationObserver(() => translate(document)).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
})();
