// Parley's page script: login and logout through the JSON API, and the CSRF header on
// every htmx write. Served as a file because the CSP forbids inline scripts.
"use strict";

function csrfToken() {
  const found = document.cookie.split("; ").find((c) => c.startsWith("parley_csrf="));
  return found ? decodeURIComponent(found.split("=")[1]) : "";
}

async function logIn(event) {
  event.preventDefault();
  const form = event.target;
  const error = document.getElementById("login-error");
  const body = { name: form.elements.name.value, password: form.elements.password.value };
  const response = await fetch(form.action, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  if (response.ok) {
    window.location.assign("/");
    return;
  }
  const problem = await response.json().catch(() => ({}));
  error.textContent = problem.detail || "The name or password is wrong.";
  error.hidden = false;
}

async function logOut() {
  await fetch("/api/v1/auth/logout", {
    method: "POST",
    headers: { "X-CSRF-Token": csrfToken() },
    credentials: "same-origin",
  });
  window.location.assign("/login");
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("login-form");
  if (form) form.addEventListener("submit", logIn);
  const logout = document.getElementById("logout");
  if (logout) logout.addEventListener("click", logOut);
});

document.addEventListener("htmx:configRequest", (event) => {
  event.detail.headers["X-CSRF-Token"] = csrfToken();
});

// A refused import step answers 4xx with the step and every reason: show it in place
// (htmx swaps only 2xx answers by default).
document.addEventListener("htmx:beforeSwap", (event) => {
  const status = event.detail.xhr.status;
  if (status >= 400 && status < 500 && event.detail.target.id === "wizard") {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
