// Indicators: price series per commodity and place, and tables of services, displacement, shortages,
// evacuations and supply, each row linking to the report that supports it.
"use strict";

function evidenceLink(row, documentId) {
  const td = document.createElement("td");
  const a = document.createElement("a");
  a.href = `/documents/${encodeURIComponent(documentId)}`;
  a.textContent = "report";
  td.appendChild(a);
  row.appendChild(td);
}

async function drawPrices() {
  const [data] = await Promise.all([SW.api("/api/indicators/prices"), SW.plotly()]);
  const traces = Object.entries(data.series).map(([name, points]) => ({
    type: "scatter", mode: "lines+markers", name,
    x: points.map((p) => p.date), y: points.map((p) => p.value),
    customdata: points.map((p) => p.document_id),
    text: points.map((p) => `${p.value} ${p.currency || ""} / ${p.unit || ""}`), hoverinfo: "x+text+name",
  }));
  const el = document.getElementById("prices");
  el.dataset.series = String(traces.length);
  await Plotly.react(el, traces, { margin: { l: 50, r: 10, t: 10, b: 40 }, yaxis: { title: "price" } }, { displaylogo: false, responsive: true });
  el.on("plotly_click", (ev) => { if (ev.points[0]) window.location.href = `/documents/${ev.points[0].customdata}`; });
}

async function fillTable(kind, tableId, columns) {
  const data = await SW.api(`/api/observations?kind=${kind}&limit=1000`);
  const body = document.querySelector(`#${tableId} tbody`);
  for (const o of data.items) {
    const row = document.createElement("tr");
    for (const col of columns) SW.cell(row, typeof col === "function" ? col(o) : o[col]);
    evidenceLink(row, o.document_id);
    body.appendChild(row);
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await Promise.allSettled([
    drawPrices(),
    fillTable("service", "services", ["date", "service", "status", (o) => o.location || o.country]),
    fillTable("displacement", "displacement", ["date", "population", "count", "origin", "destination"]),
    fillTable("shortage", "shortages", ["date", "commodity", (o) => o.location || o.country]),
    fillTable("evacuation", "other", ["date", () => "evacuation", (o) => [o.by, o.who].filter(Boolean).join(": "), (o) => o.location || o.country]),
    fillTable("supply", "other", ["date", () => "supply", (o) => [o.status, o.quantity, o.unit, o.commodity].filter(Boolean).join(" "), (o) => o.location || o.origin || o.country]),
  ]);
  document.body.dataset.ready = "1";
});
