// The live preview (#jx-sheet): click a value to edit it in place. Enter saves a one-line value,
// Ctrl+Enter a text area; Esc or 取消 closes the editor. Clicking any value also asks the
// interview about that field. Values come back to the server as text (fields.apply_edit).
const AREA = new Set(["area", "goals"]);
element.addEventListener("click", (e) => {
  if (e.target.closest(".jx-editor")) return;
  const v = e.target.closest("[data-field]");
  if (!v || !element.contains(v)) return;
  const field = v.dataset.field, kind = v.dataset.kind || "text";
  trigger("click", { field });
  if (kind === "ask") return;
  element.querySelectorAll(".jx-editor").forEach((ed) => ed.cancel());
  const raw = v.classList.contains("jx-empty") ? "" : v.dataset.raw !== undefined ? v.dataset.raw : v.textContent;
  const ed = document.createElement("span");
  ed.className = "jx-editor";
  const box = document.createElement(AREA.has(kind) ? "textarea" : "input");
  box.className = "jx-edit-box";
  box.value = raw;
  if (box.tagName === "TEXTAREA") box.rows = Math.min(8, Math.max(3, raw.split("\n").length + 1));
  const ok = document.createElement("button");
  ok.type = "button"; ok.className = "jx-edit-ok"; ok.textContent = "保存";
  const no = document.createElement("button");
  no.type = "button"; no.className = "jx-edit-no"; no.textContent = "取消";
  const hint = document.createElement("small");
  hint.className = "jx-edit-hint";
  hint.textContent = box.tagName === "TEXTAREA" ? "Ctrl+回车保存" : "回车保存";
  ed.append(box, ok, no, hint);
  v.style.display = "none";
  v.after(ed);
  ed.cancel = () => { ed.remove(); v.style.display = ""; };
  // saving sends the text; the server re-renders the sheet (closing this editor), or, when it
  // cannot read the text, leaves the sheet as it is and says why: the editor stays to correct it.
  const save = () => {
    if (box.value === raw) { ed.cancel(); return; }
    ok.disabled = true;
    trigger("submit", { field, text: box.value });
  };
  box.addEventListener("input", () => { ok.disabled = false; });
  ok.addEventListener("click", (ev) => { ev.stopPropagation(); save(); });
  no.addEventListener("click", (ev) => { ev.stopPropagation(); ed.cancel(); });
  box.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") ed.cancel();
    else if (ev.key === "Enter" && !ev.isComposing && (box.tagName === "INPUT" || ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      save();
    }
  });
  box.focus();
});
