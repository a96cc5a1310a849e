// A still picture of the map and the timeline, drawn on a <canvas> from the data the page has already
// fetched, so the first view shows up before plotly.js (about 2 s of script start-up on a laptop) is
// ready; plotly then replaces each picture with its interactive chart.
"use strict";

const Preview = {
  // Mali and its borders, as the interactive map first frames them.
  BOUNDS: { west: -12.6, east: 4.6, south: 9.9, north: 25.2 },

  canvas(el) {
    const canvas = document.createElement("canvas");
    const ratio = window.devicePixelRatio || 1;
    const width = el.clientWidth || 800, height = el.clientHeight || 400;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.className = "preview";
    const ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    el.replaceChildren(canvas);  // plotly draws beneath it later; see remove()
    el.dataset.preview = "1";
    return { ctx, width, height };
  },

  remove(el) {
    for (const canvas of el.querySelectorAll(":scope > canvas.preview")) canvas.remove();
    delete el.dataset.preview;
  },

  // Equirectangular with the longitude shrunk by cos(latitude), centred: close to the web-mercator
  // frame of the interactive map at this latitude.
  projection(width, height) {
    const b = Preview.BOUNDS;
    const k = Math.cos(((b.north + b.south) / 2) * Math.PI / 180);
    const scale = Math.min(width / ((b.east - b.west) * k), height / (b.north - b.south));
    const x0 = (width - (b.east - b.west) * k * scale) / 2, y0 = (height - (b.north - b.south) * scale) / 2;
    return (lon, lat) => [x0 + (lon - b.west) * k * scale, y0 + (b.north - lat) * scale];
  },

  lines(geometry) {
    const { type, coordinates } = geometry;
    if (type === "LineString") return [coordinates];
    if (type === "MultiLineString" || type === "Polygon") return coordinates;
    if (type === "MultiPolygon") return coordinates.flat();
    return [];
  },

  map(el, points, layers, colours) {
    const { ctx, width, height } = Preview.canvas(el);
    const project = Preview.projection(width, height);
    for (const layer of layers) {
      ctx.strokeStyle = layer.color;
      ctx.lineWidth = layer.line.width;
      ctx.setLineDash(layer.line.dash ? [6, 3] : []);
      for (const feature of layer.source.features || []) {
        for (const line of Preview.lines(feature.geometry)) {
          ctx.beginPath();
          line.forEach(([lon, lat], i) => { const [x, y] = project(lon, lat); i ? ctx.lineTo(x, y) : ctx.moveTo(x, y); });
          ctx.stroke();
        }
      }
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 0.75;
    (points.id || []).forEach((_, i) => {
      const [x, y] = project(points.lon[i], points.lat[i]);
      ctx.fillStyle = colours[points.event_type[i]] || "#333";
      ctx.beginPath();
      ctx.arc(x, y, (7 + Math.min(25, Math.sqrt(points.fatalities[i] || 0) * 3)) / 2, 0, 2 * Math.PI);
      ctx.fill();
    });
    ctx.globalAlpha = 1;
  },

  timeline(el, data, colours) {
    const { ctx, width, height } = Preview.canvas(el);
    const pad = { left: 40, right: 40, top: 10, bottom: 40 };
    const n = data.dates.length;
    if (!n) return;
    const totals = data.dates.map((_, i) => Object.values(data.series).reduce((sum, counts) => sum + counts[i], 0));
    const top = Math.max(1, ...totals);
    const step = (width - pad.left - pad.right) / n, plot = height - pad.top - pad.bottom;
    data.dates.forEach((_, i) => {
      let y = height - pad.bottom;
      for (const [type, counts] of Object.entries(data.series)) {
        const h = (counts[i] / top) * plot;
        ctx.fillStyle = colours[type] || "#333";
        ctx.fillRect(pad.left + i * step, y - h, Math.max(1, step * 0.9), h);
        y -= h;
      }
    });
    ctx.fillStyle = "#444";
    ctx.font = "11px sans-serif";
    ctx.fillText(String(data.dates[0]).slice(0, 10), pad.left, height - pad.bottom + 16);
    const last = String(data.dates[n - 1]).slice(0, 10);
    ctx.fillText(last, width - pad.right - ctx.measureText(last).width, height - pad.bottom + 16);
    ctx.fillText(String(top), 4, pad.top + 10);
  },
};
