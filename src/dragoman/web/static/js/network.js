// Actor network: a small force layout; edges coloured by tone, widened by count.
import { svg, el, empty } from "./util.js";

function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const pos = nodes.map((_, i) => ({
    x: width / 2 + Math.cos((2 * Math.PI * i) / n) * width * 0.3,
    y: height / 2 + Math.sin((2 * Math.PI * i) / n) * height * 0.3,
  }));
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.45;
  for (let iter = 0; iter < 300; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01, dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy, force = (k * k) / d2;
        disp[i].x += dx * force; disp[i].y += dy * force;
        disp[j].x -= dx * force; disp[j].y -= dy * force;
      }
    }
    for (const edge of edges) {
      const a = index.get(edge.source), b = index.get(edge.target);
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01, pull = (d / k) * 0.35;
      disp[a].x -= dx * pull; disp[a].y -= dy * pull;
      disp[b].x += dx * pull; disp[b].y += dy * pull;
    }
    const temp = 12 * (1 - iter / 300) + 0.5;
    for (let i = 0; i < n; i++) {
      // pull toward the centre grows with distance, so separate components stay in view
      const gx = width / 2 - pos[i].x, gy = height / 2 - pos[i].y, gd = Math.hypot(gx, gy);
      disp[i].x += (gx * gd) / k * 0.25; disp[i].y += (gy * gd) / k * 0.25;
      const len = Math.hypot(disp[i].x, disp[i].y) || 1;
      pos[i].x = Math.min(width - 80, Math.max(30, pos[i].x + (disp[i].x / len) * Math.min(len, temp)));
      pos[i].y = Math.min(height - 20, Math.max(20, pos[i].y + (disp[i].y / len) * Math.min(len, temp)));
    }
  }
  return pos;
}

export function drawNetwork(container, network, selected, onPick) {
  const nodes = network.nodes.slice(0, 40);
  const keep = new Set(nodes.map((n) => n.id));
  const edges = network.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  if (!edges.length) return empty(container, "No actor pairs match these filters.");
  const width = Math.max(container.clientWidth, 320), height = 340;
  const pos = layout(nodes, edges, width, height);
  const at = new Map(nodes.map((node, i) => [node.id, pos[i]]));
  const maxCount = Math.max(...edges.map((e) => e.count));
  const maxNode = Math.max(...nodes.map((n) => n.count));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "actor network" });
  const defs = svg("defs");
  for (const tone of ["cooperation", "conflict"]) {
    defs.append(svg("marker", { id: `arrow-${tone}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: tone === "conflict" ? "var(--conf)" : "var(--coop)" })));
  }
  chart.append(defs);
  const radius = (node) => 5 + 10 * Math.sqrt(node.count / maxNode);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const labelled = new Set(nodes.slice(0, 18).map((n) => n.id)); // the busiest; others on hover
  const pairs = new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
  for (const edge of edges) {
    const a = at.get(edge.source), b = at.get(edge.target);
    const d = Math.hypot(b.x - a.x, b.y - a.y) || 1, r = radius(byId.get(edge.target)) + 2;
    // a pair acting on each other gets two parallel lines instead of one on top of the other
    const shift = pairs.has(`${edge.target}\u0000${edge.source}`) ? 4 : 0;
    const ox = (-(b.y - a.y) / d) * shift, oy = ((b.x - a.x) / d) * shift;
    const line = svg("line", {
      x1: a.x + ox, y1: a.y + oy, x2: b.x - ((b.x - a.x) / d) * r + ox, y2: b.y - ((b.y - a.y) / d) * r + oy,
      stroke: edge.tone === "conflict" ? "var(--conf)" : "var(--coop)", "stroke-opacity": 0.75,
      "stroke-width": 1 + 4 * Math.sqrt(edge.count / maxCount), "marker-end": `url(#arrow-${edge.tone})`,
      class: `edge ${edge.tone}`,
    });
    line.append(svg("title", {}, `${edge.source} → ${edge.target}: ${edge.count} events, mean Goldstein ${edge.goldstein_mean}`));
    chart.append(line);
  }
  for (const node of nodes) {
    const p = at.get(node.id);
    const group = svg("g", {
      class: "node" + (selected && selected.toLowerCase() === node.id.toLowerCase() ? " active" : ""),
      transform: `translate(${p.x},${p.y})`, tabindex: 0, role: "button", "data-actor": node.id,
      onclick: () => onPick(node.id),
      onkeydown: (ev) => { if (ev.key === "Enter") onPick(node.id); },
    });
    group.append(svg("circle", { r: radius(node), fill: "#14213d", "fill-opacity": 0.85 }));
    if (labelled.has(node.id)) group.append(svg("text", { x: radius(node) + 3, y: 4 }, node.id));
    group.append(svg("title", {}, `${node.id}${node.country ? " (" + node.country + ")" : ""}: ${node.count} events — click to filter`));
    chart.append(group);
  }
  const legend = el("div", { class: "legend" },
    el("span", {}, el("i", { style: "background:var(--coop)" }), "cooperation"),
    el("span", {}, el("i", { style: "background:var(--conf)" }), "conflict"),
    el("span", {}, "line width: number of events"));
  container.replaceChildren(chart, legend);
}
