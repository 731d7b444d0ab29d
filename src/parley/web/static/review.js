// Keyboard shortcuts of the match review page: A accepts, R rejects the pair shown.
// The request is sent with htmx.ajax rather than by clicking the button, so that a key
// pressed right after a swap, before htmx has processed the new buttons, still counts.
"use strict";

let pending = false;

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || pending) return;
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
  const id = { a: "accept", r: "reject" }[event.key.toLowerCase()];
  const button = id && document.getElementById(id);
  if (!button) return;
  pending = true; // one decision at a time
  htmx
    .ajax("POST", button.getAttribute("hx-post"), {
      source: button,
      target: "#candidate",
      values: { accept: id === "accept" ? "true" : "false" },
    })
    .finally(() => {
      pending = false;
    });
});
