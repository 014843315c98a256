// Stacked weekly bars by quad class, with the mean Goldstein score as a line (right axis).
import { svg, el, empty, QUAD_NAMES } from "./util.js";

const COLORS = { 1: "var(--q1)", 2: "var(--q2)", 3: "var(--q3)", 4: "var(--q4)" };

// Weeks with no events are drawn as gaps, so the time axis is even (unless the span is very long).
function withEmptyWeeks(periods) {
  if (periods.length < 2) return periods;
  const day = 86400000, first = Date.parse(periods[0].period), last = Date.parse(periods[periods.length - 1].period);
  if ((last - first) / (7 * day) > 160) return periods;
  const byStart = new Map(periods.map((p) => [p.period, p]));
  const filled = [];
  for (let t = first; t <= last; t += 7 * day) {
    const key = new Date(t).toISOString().slice(0, 10);
    filled.push(byStart.get(key) || { period: key, counts: {}, total: 0, goldstein_mean: null });
  }
  return filled;
}

export function drawTimeline(container, weekly) {
  if (!weekly.length) return empty(container, "No dated events match these filters.");
  const periods = withEmptyWeeks(weekly);
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
  // one line per run of weeks with events: an empty week breaks the line
  let run = [];
  const runs = [run];
  periods.forEach((p, i) => {
    if (p.total) run.push(`${pad.left + i * step + step / 2},${gy(p.goldstein_mean)}`);
    else if (run.length) runs.push((run = []));
  });
  for (const points of runs.filter((r) => r.length > 1)) {
    chart.append(svg("polyline", { points: points.join(" "), fill: "none", stroke: "#1d2433", "stroke-width": 2, class: "goldstein" }));
  }
  periods.forEach((p, i) => {
    if (!p.total) return;
    const dot = svg("circle", { cx: pad.left + i * step + step / 2, cy: gy(p.goldstein_mean), r: 3, fill: "#1d2433" });
    dot.append(svg("title", {}, `week of ${p.period}: mean Goldstein ${p.goldstein_mean}`));
    chart.append(dot);
  });
  const legend = el("div", { class: "legend" },
    [1, 2, 3, 4].map((q) => el("span", {}, el("i", { style: `background:${COLORS[q]}` }), QUAD_NAMES[q])),
    el("span", {}, el("i", { style: "background:#1d2433;height:3px" }), "mean Goldstein (−10…+10)"));
  container.replaceChildren(chart, legend);
}
