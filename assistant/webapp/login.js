// The login page shows why a login must wait (HTTP 429 from guard.py), as text, above the form.
(() => {
  const original = window.fetch;
  window.fetch = async (...args) => {
    const response = await original(...args);
    const target = args[0] instanceof Request ? args[0].url : String(args[0]);
    if (!/\/login\/?$/.test(new URL(target, location.href).pathname)) return response;
    let box = document.getElementById("jx-login-wait");
    if (response.status !== 429) {
      if (box) box.remove();
      return response;
    }
    const body = await response.clone().json().catch(() => ({}));
    if (!box) {
      box = document.createElement("p");
      box.id = "jx-login-wait";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;top:12px;left:50%;transform:translateX(-50%);z-index:1000;" +
        "max-width:90vw;padding:8px 14px;border-radius:6px;background:#fef2f2;color:#b91c1c;font-weight:600";
      document.body.appendChild(box);
    }
    box.textContent = body.detail || "登录尝试过于频繁，请稍后再试。";
    return response;
  };
})();
