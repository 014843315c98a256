// Stacked weekly bars by quad class, with the mean Goldstein score as a line (right axis).
import { svg, el, empty, QUAD_NAMES } from "./util.js";

const COLORS = { 1: "var(--q1)", 2: "var(--q2)", 3: "var(--q3)", 4: "var(--q4)" };

export function drawTimeline(container, periods) {
  if (!periods.length) return empty(container, "No dated events match these filters.");
  const width = Math.max(container.clientWidth, 400), height = 220;
  const pad = { left: 40, right: 40, top: 10, bottom: 28 };
  const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
  const maxCount = Math.max(...periods.map((p) => p.total), 1);
  const step = plotW / periods.length;
  const barW = Math.max(Math.min(step * 0.7, 48), 2);
  const y = (count) => pad.top + plotH - (count / maxCount) * plotH;
  const gy = (g) => pad.top + plotH / 2 - (g / 10) * (plotH / 2);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "events per week" });

  for (const tick of [0, Math.ceil(maxCount / 2), maxCount]) {
    chart.append(svg("line", { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), stroke: "#eef0f3" }));
    chart.append(svg("text", { x: pad.left - 6, y: y(tick) + 4, "text-anchor": "end", "font-size": 10, fill: "#667085" }, tick));
  }
  for (const g of [-10, 0, 10]) {
    chart.append(svg("text", { x: width - pad.right + 6, y: gy(g) + 4, "font-size": 10, fill: "#333" }, g > 0 ? `+${g}` : g));
  }
  const labelEvery = Math.ceil(periods.length / 12);
  periods.forEach((period, i) => {
    const x = pad.left + i * step + (step - barW) / 2;
    let base = 0;
    for (const quad of [1, 2, 3, 4]) {
      const count = period.counts[quad] || 0;
      if (!count) continue;
      const rect = svg("rect", { x, width: barW, y: y(base + count), height: y(base) - y(base + count), fill: COLORS[quad] });
      rect.append(svg("title", {}, `week of ${period.period}: ${count} ${QUAD_NAMES[quad]}`));
      chart.append(rect);
      base += count;
    }
    if (i % labelEvery === 0) {
      chart.append(svg("text", { x: x + barW / 2, y: height - 10, "text-anchor": "middle", "font-size": 10, fill: "#667085" }, period.period.slice(5)));
    }
  });
  const points = periods.map((p, i) => `${pad.left + i * step + step / 2},${gy(p.goldstein_mean)}`);
  chart.append(svg("polyline", { points: points.join(" "), fill: "none", stroke: "#1d2433", "stroke-width": 2, class: "goldstein" }));
  periods.forEach((p, i) => {
    const dot = svg("circle", { cx: pad.left + i * step + step / 2, cy: gy(p.goldstein_mean), r: 3, fill: "#1d2433" });
    dot.append(svg("title", {}, `week of ${p.period}: mean Goldstein ${p.goldstein_mean}`));
    chart.append(dot);
  });
  const legend = el("div", { class: "legend" },
    [1, 2, 3, 4].map((q) => el("span", {}, el("i", { style: `background:${COLORS[q]}` }), QUAD_NAMES[q])),
    el("span", {}, el("i", { style: "background:#1d2433;height:3px" }), "mean Goldstein (−10…+10)"));
  container.replaceChildren(chart, legend);
}
