// The dashboard: filters (kept in the URL), the map, the timeline, the events table and the alerts.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};
const PAGE_SIZE = 50;
let offset = 0;
let boundaryLayers = null;
// The first view is on screen once the map, the timeline and the table each show something (the
// pictures drawn before plotly.js is ready count); body[data-first-view] holds when, in ms.
const notShownYet = new Set(["map", "timeline", "table"]);
let firstViewShown;
const firstView = new Promise((resolve) => { firstViewShown = resolve; });
function shown(part) {
  if (notShownYet.delete(part) && !notShownYet.size) {
    document.body.dataset.firstView = String(Math.round(performance.now()));
    firstViewShown();
  }
}
// plotly.js runs for seconds on the main thread once loaded, holding up every other script: it is
// fetched only when the first view is on screen (or after 3 s, if some part of it failed).
function plotlyAfterFirstView() {
  return Promise.race([firstView, new Promise((resolve) => setTimeout(resolve, 3000))]).then(() => SW.plotly());
}

function fillForm() {
  const params = SW.filters();
  for (const el of document.getElementById("filters").elements) {
    if (el.name) el.value = params.get(el.name) || "";
  }
}

function filterQuery() {
  const params = SW.filters();
  params.delete("offset");
  return params.toString();
}

async function loadBoundaries() {
  if (boundaryLayers) return boundaryLayers;
  const styles = [["mali_adm2", "#b8b8b8", 0.6], ["mali_adm1", "#6b6b6b", 1.2], ["mali_adm0", "#222", 1.8]];
  // All layers at once; a missing layer leaves the map usable.
  const sources = await Promise.all(styles.map(([level]) => SW.api(`/api/boundaries/${level}`).catch(() => null)));
  const layers = [];
  styles.forEach(([, colour, width], i) => {
    if (sources[i]) layers.push({ source: sources[i], type: "line", color: colour, line: { width }, below: "traces" });
  });
  const corridors = await SW.api("/api/corridors").catch(() => ({ features: [] }));
  if (corridors.features.length) {
    layers.push({ source: corridors, type: "line", color: "#d35400", line: { width: 2.5, dash: [2, 1] } });
  }
  boundaryLayers = layers;
  return layers;
}

async function drawMap(query) {
  const [points, layers] = await Promise.all([SW.api(`/api/events/map?${query}`), loadBoundaries()]);
  const map = document.getElementById("map");
  map.dataset.points = String((points.id || []).length);
  if (!window.Plotly) Preview.map(map, points, layers, TYPE_COLOURS);
  shown("map");
  await plotlyAfterFirstView();
  const ids = points.id || [];
  const byType = {};
  ids.forEach((id, i) => {
    const t = points.event_type[i];
    (byType[t] = byType[t] || []).push(i);
  });
  const traces = Object.entries(byType).map(([type, rows]) => ({
    type: "scattermap",
    name: type,
    lat: rows.map((i) => points.lat[i]),
    lon: rows.map((i) => points.lon[i]),
    customdata: rows.map((i) => points.id[i]),
    text: rows.map((i) => `${points.date[i]} ${points.sub_event_type[i]}<br>${points.location[i]} · ${points.fatalities[i]} killed`),
    hoverinfo: "text",
    marker: { color: TYPE_COLOURS[type] || "#333", size: rows.map((i) => 7 + Math.min(25, Math.sqrt(points.fatalities[i] || 0) * 3)), opacity: 0.8 },
    cluster: { enabled: ids.length > 2000, maxzoom: 7 },
  }));
  if (!traces.length) {
    // An empty map trace keeps the map (and its boundaries) on screen when no event matches.
    traces.push({ type: "scattermap", lat: [], lon: [], name: "no events", showlegend: false });
  }
  const layout = {
    map: { style: "white-bg", center: { lat: 15.8, lon: -4.5 }, zoom: 3.75, layers },
    margin: { l: 0, r: 0, t: 0, b: 0 },
    legend: { orientation: "h", y: 0 },
    showlegend: true,
  };
  await Plotly.react(map, traces, layout, { displaylogo: false, responsive: true });
  Preview.remove(map);
  if (!map.dataset.bound) {
    map.on("plotly_click", (ev) => { if (ev.points[0]) window.location.href = `/events/${ev.points[0].customdata}`; });
    map.dataset.bound = "1";
  }
}

async function drawTimeline(query) {
  const data = await SW.api(`/api/events/timeline?${query}&bucket=auto`);
  const el = document.getElementById("timeline");
  el.dataset.buckets = String(data.dates.length);
  if (!window.Plotly) Preview.timeline(el, data, TYPE_COLOURS);
  shown("timeline");
  await plotlyAfterFirstView();
  const traces = Object.entries(data.series).map(([type, counts]) => ({
    type: "bar", name: type, x: data.dates, y: counts, marker: { color: TYPE_COLOURS[type] || "#333" },
  }));
  traces.push({ type: "scatter", mode: "lines", name: "Fatalities", x: data.dates, y: data.fatalities, yaxis: "y2", line: { color: "#000", width: 1 } });
  const layout = {
    barmode: "stack", margin: { l: 40, r: 40, t: 10, b: 40 }, dragmode: "zoom", showlegend: false,
    xaxis: { type: "date" }, yaxis: { title: "events" }, yaxis2: { title: "fatalities", overlaying: "y", side: "right" },
  };
  await Plotly.react(el, traces, layout, { displaylogo: false, responsive: true });
  Preview.remove(el);
  if (!el.dataset.bound) {
    // Brushing the timeline sets the date filter for every view.
    el.on("plotly_relayout", (ev) => {
      const lo = ev["xaxis.range[0]"], hi = ev["xaxis.range[1]"];
      if (!lo || !hi) return;
      const params = SW.filters();
      params.set("date_from", String(lo).slice(0, 10));
      params.set("date_to", String(hi).slice(0, 10));
      SW.setFilters(params);
    });
    el.dataset.bound = "1";
  }
}

async function drawTable(query) {
  const data = await SW.api(`/api/events?${query}&limit=${PAGE_SIZE}&offset=${offset}`);
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of data.items) {
    const row = document.createElement("tr");
    const link = document.createElement("a");
    link.href = `/events/${encodeURIComponent(e.id)}`;
    link.textContent = SW.text(e.event_date);
    row.appendChild(document.createElement("td")).appendChild(link);
    SW.cell(row, e.event_type);
    SW.cell(row, e.sub_event_type);
    SW.cell(row, [e.actor1, e.actor2].filter(Boolean).join(" vs "));
    SW.cell(row, e.location);
    SW.cell(row, e.admin1);
    SW.cell(row, e.fatalities);
    SW.cell(row, e.confidence);
    SW.cell(row, e.review_state);
    body.appendChild(row);
  }
  document.getElementById("page").textContent = data.total ? ` ${offset + 1}–${offset + data.items.length} of ${data.total} ` : " no events ";
  document.getElementById("summary").textContent = `${data.total} events match these filters.`;
  document.getElementById("prev").disabled = offset === 0;
  document.getElementById("next").disabled = offset + PAGE_SIZE >= data.total;
  shown("table");
  for (const fmt of ["csv", "geojson", "json"]) {
    const a = document.getElementById(`export-${fmt}`);
    a.href = `/api/export?${query}&format=${fmt === "csv" ? "acled-csv" : fmt}`;
  }
}

async function drawAlerts() {
  const list = document.getElementById("alerts");
  list.replaceChildren();
  try {
    const data = await SW.api("/api/alerts?state=open");  // withdrawn and expired alerts stay in the API
    for (const a of data.items.slice(0, 30)) {
      const li = document.createElement("li");
      li.className = `alert ${a.state}`;
      li.textContent = `${a.fired_on} · ${a.title} (${a.state})`;
      list.appendChild(li);
    }
    if (!data.items.length) list.textContent = "No open alerts.";
  } catch (err) { list.textContent = `Alerts unavailable: ${err.message}`; }
}

async function refresh() {
  fillForm();
  const query = filterQuery();
  const timed = (name, promise) => promise.finally(() => { timings[name] = Math.round(performance.now()); });
  const timings = { start: Math.round(performance.now()) };
  timed("plotly", plotlyAfterFirstView()).catch(() => {});
  const results = await Promise.allSettled([timed("map", drawMap(query)), timed("timeline", drawTimeline(query)),
    timed("table", drawTable(query))]);
  document.body.dataset.timings = JSON.stringify(timings);  // read by bench/bench_dashboard.py
  const failed = results.find((r) => r.status === "rejected");
  if (failed) document.getElementById("summary").textContent = `Could not load: ${failed.reason.message}`;
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    offset = 0;
    SW.setFilters(new FormData(form));
  });
  document.getElementById("reset").addEventListener("click", () => { offset = 0; SW.setFilters(new URLSearchParams()); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - PAGE_SIZE); drawTable(filterQuery()); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE_SIZE; drawTable(filterQuery()); });
  window.addEventListener("sw:filters", refresh);
  window.addEventListener("popstate", refresh);
  refresh();
  drawAlerts();
});
