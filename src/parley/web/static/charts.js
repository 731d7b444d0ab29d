// Draws the charts page from /charts/data.json with Chart.js (aggregate counts only).
"use strict";

const COLOURS = ["#1e6fd9", "#d9480f", "#2b8a3e", "#862e9c", "#e67700", "#495057"];

function datasets(series, fill) {
  return series.map((s, i) => ({
    label: s.label,
    data: s.data,
    backgroundColor: COLOURS[i % COLOURS.length],
    borderColor: COLOURS[i % COLOURS.length],
    fill: fill,
    tension: 0.1,
  }));
}

async function drawCharts() {
  const timeline = document.getElementById("timeline-chart");
  if (!timeline) return;
  const response = await fetch(timeline.dataset.source, { credentials: "same-origin" });
  const data = await response.json();
  const options = { responsive: true, maintainAspectRatio: false, animation: false };
  new Chart(timeline, {
    type: "bar",
    data: { labels: data.labels, datasets: datasets(data.timeline, false) },
    options: { ...options, scales: { x: { stacked: true }, y: { stacked: true } } },
  });
  new Chart(document.getElementById("balance-chart"), {
    type: "line",
    data: { labels: data.labels, datasets: datasets(data.balance, false) },
    options: options,
  });
  document.body.dataset.chartsReady = "true";
}

document.addEventListener("DOMContentLoaded", drawCharts);
