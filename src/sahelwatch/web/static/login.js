"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("login-form");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await SW.api("/api/login", { method: "POST", body: { name: form.elements.name.value, password: form.elements.password.value } });
      window.location.href = form.dataset.next || "/";
    } catch (err) {
      document.getElementById("login-message").textContent = err.message;
    }
  });
});
