// Quick replies under the chat (#jx-quick): a button sends its data-say as the answer.
element.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-say]");
  if (b && element.contains(b)) trigger("click", { say: b.dataset.say });
});
