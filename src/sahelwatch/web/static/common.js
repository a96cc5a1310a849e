// Shared by every page: the API client (with the CSRF header on writes) and the URL-kept filters.
"use strict";

const SW = {
  csrf() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  },

  async api(path, options = {}) {
    const init = { credentials: "same-origin", ...options, headers: { ...(options.headers || {}) } };
    if (init.method && init.method !== "GET") {
      init.headers["X-CSRF-Token"] = SW.csrf();
      if (init.body && typeof init.body !== "string" && !(init.body instanceof FormData)) {
        init.headers["Content-Type"] = "application/json";
        init.body = JSON.stringify(init.body);
      }
    }
    const response = await fetch(path, init);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const message = body.error ? body.error.message : response.statusText;
      throw new Error(typeof message === "string" ? message : JSON.stringify(message));
    }
    return body;
  },

  // plotly.js is the largest thing a page loads: it is fetched after the page's own data requests have
  // started (not before them, as a <script> tag would), once per page, from a versioned, cacheable URL.
  plotly() {
    if (!SW._plotly) {
      SW._plotly = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = document.body.dataset.plotly;  // versioned in base.html
        script.onload = () => resolve(window.Plotly);
        script.onerror = () => reject(new Error("plotly.js could not be loaded"));
        document.head.appendChild(script);
      });
    }
    return SW._plotly;
  },

  // The filters live in the page's query string so a view can be bookmarked and sent.
  filters() {
    return new URLSearchParams(window.location.search);
  },

  setFilters(params) {
    const clean = new URLSearchParams();
    for (const [k, v] of params) if (v !== "" && v !== null) clean.set(k, v);
    const query = clean.toString();
    window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
    window.dispatchEvent(new Event("sw:filters"));
  },

  text(value) {
    return value === null || value === undefined ? "" : String(value);
  },

  cell(row, value) {
    const td = document.createElement("td");
    td.textContent = SW.text(value);
    row.appendChild(td);
    return td;
  },
};

document.addEventListener("DOMContentLoaded", () => {
  const logout = document.getElementById("logout");
  if (logout) {
    logout.addEventListener("click", async () => {
      await SW.api("/api/logout", { method: "POST" });
      window.location.reload();
    });
  }
});
