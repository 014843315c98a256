// Offline map: country outlines decoded from the bundled TopoJSON, plate carrée projection.
import { svg, el, empty } from "./util.js";

let world = null;

async function loadWorld() {
  if (!world) {
    const response = await fetch("/static/vendor/countries-110m.json");
    world = await response.json();
  }
  return world;
}

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
}

function ringPoints(ring, arcs) {
  const points = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  // rings crossing the antimeridian (Russia, Fiji) are unwrapped so no stroke spans the map
  for (let i = 1; i < points.length; i++) {
    const jump = points[i][0] - points[i - 1][0];
    if (Math.abs(jump) > 180) points[i] = [points[i][0] - 360 * Math.sign(jump), points[i][1]];
  }
  return points;
}

// The part of the map holding the points, with some margin and the map's aspect ratio.
function viewOf(points, project, width, height) {
  if (!points.length) return [0, 0, width, height];
  const xy = points.map((p) => project([p.lon, p.lat]));
  const xs = xy.map((p) => p[0]), ys = xy.map((p) => p[1]);
  let w = Math.max(Math.max(...xs) - Math.min(...xs), width / 6) * 1.5;
  let h = Math.max(Math.max(...ys) - Math.min(...ys), height / 6) * 1.5;
  if (w / h > width / height) h = (w * height) / width; else w = (h * width) / height;
  w = Math.min(w, width); h = Math.min(h, height);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), width - w), y = Math.min(Math.max(cy - h / 2, 0), height - h);
  return [x, y, w, h];
}

const LAT_TOP = 84, LAT_BOTTOM = -58;

export async function drawMap(container, locations, selectedCountry, onPick) {
  let topology;
  try { topology = await loadWorld(); } catch { return empty(container, "Map outlines could not be loaded."); }
  const width = Math.max(container.clientWidth, 320);
  const height = Math.round((width * (LAT_TOP - LAT_BOTTOM)) / 360);
  const project = ([lon, lat]) => [((lon + 180) / 360) * width, ((LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM)) * height];
  const arcs = decodeArcs(topology);
  const counts = new Map(locations.countries.map((c) => [c.country, c.count]));
  const maxCount = Math.max(1, ...counts.values());
  const view = viewOf(locations.points, project, width, height);
  const zoom = width / view[2];
  const chart = svg("svg", { viewBox: view.map((v) => v.toFixed(1)).join(" "), width, height, role: "img",
    "aria-label": "map of event locations" });
  chart.append(svg("rect", { width, height, fill: "#f4f8fb" }));
  for (const geometry of topology.objects.countries.geometries) {
    const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.type === "MultiPolygon" ? geometry.arcs : [];
    const d = polygons.map((rings) => rings.map((ring) =>
      "M" + ringPoints(ring, arcs).map((pt) => project(pt).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("")).join("");
    const code = geometry.properties && geometry.properties.a3;
    const count = code ? counts.get(code) || 0 : 0;
    const path = svg("path", {
      d, class: "country", "data-country": code || "",
      style: count ? `fill: rgba(33, 113, 181, ${0.2 + 0.6 * Math.sqrt(count / maxCount)})` : null,
      stroke: selectedCountry && code === selectedCountry ? "#14213d" : null,
      "stroke-width": selectedCountry && code === selectedCountry ? 1.5 : null,
      "vector-effect": "non-scaling-stroke",
      onclick: () => code && onPick(code),
    });
    path.append(svg("title", {}, `${geometry.properties ? geometry.properties.name : ""}${count ? ": " + count + " events located here" : ""}`));
    chart.append(path);
  }
  const maxPoint = Math.max(1, ...locations.points.map((p) => p.count));
  for (const point of locations.points) {
    const [x, y] = project([point.lon, point.lat]);
    const dot = svg("circle", { "vector-effect": "non-scaling-stroke", cx: x, cy: y, r: (3 + 8 * Math.sqrt(point.count / maxPoint)) / zoom, class: "point" });
    dot.append(svg("title", {}, `${point.name || "?"} (${point.country || "?"}): ${point.count} events, mean Goldstein ${point.goldstein_mean}`));
    chart.append(dot);
  }
  const n = locations.points.length;
  const note = n ? `${n} ${n === 1 ? "place" : "places"}` : "No located events match these filters.";
  container.replaceChildren(chart, el("div", { class: "legend" }, el("span", {}, note)));
}
