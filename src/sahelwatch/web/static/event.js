// The event page's review panel: correct a field, approve, reject, merge, split (analysts and admins).
"use strict";

function eventId() { return document.getElementById("event").dataset.eventId; }

function say(message) { document.getElementById("review-message").textContent = message; }

async function review(action, changes = {}) {
  const comment = document.querySelector('#review-form input[name="comment"]').value;
  try {
    await SW.api(`/api/events/${encodeURIComponent(eventId())}/review`, { method: "POST", body: { action, changes, comment } });
    window.location.reload();
  } catch (err) { say(`Not saved: ${err.message}`); }
}

function typed(field, raw) {
  // The API validates; numbers are sent as numbers so the history shows them as such.
  const numeric = ["time_precision", "inter1", "inter2", "latitude", "longitude", "geo_precision", "fatalities"];
  return numeric.includes(field) && raw !== "" && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.body.dataset.canWrite !== "yes") return;
  document.getElementById("review-panel").hidden = false;
  document.getElementById("review-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const form = ev.target;
    const field = form.elements.field.value;
    review("correct", { [field]: typed(field, form.elements.value.value) });
  });
  document.getElementById("approve").addEventListener("click", () => review("approve"));
  document.getElementById("reject").addEventListener("click", () => review("reject"));
  document.getElementById("merge-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const other = ev.target.elements.other.value.trim();
    try {
      const out = await SW.api("/api/events/merge", { method: "POST", body: { ids: [eventId(), other] } });
      window.location.href = `/events/${encodeURIComponent(out.event.id)}`;
    } catch (err) { say(`Not merged: ${err.message}`); }
  });
  const split = document.getElementById("split-form");
  if (split) {
    split.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const ids = ev.target.elements.mentions.value.split(",").map((s) => s.trim()).filter(Boolean);
      try {
        await SW.api(`/api/events/${encodeURIComponent(eventId())}/split`, { method: "POST", body: { mention_ids: ids } });
        window.location.reload();
      } catch (err) { say(`Not split: ${err.message}`); }
    });
  }
});
