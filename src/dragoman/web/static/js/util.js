// Small helpers: safe DOM building, SVG elements, API calls, filter state in the URL.

export const FILTER_KEYS = ["actor", "country", "event_type", "quad_class", "start", "end", "text"];
export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const [key, value] of params) if (value) state[key] = value;
  return state;
}

export function writeState(state, push = true) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value !== undefined && value !== null && value !== "") params.set(key, value);
  const query = params.toString();
  const url = window.location.pathname + (query ? "?" + query : "");
  if (url === window.location.pathname + window.location.search) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

export function filtersOf(state) {
  const out = {};
  for (const key of FILTER_KEYS) if (state[key]) out[key] = state[key];
  return out;
}

export class ApiError extends Error {}

export async function api(path, params = {}) {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(path + (query ? "?" + query : ""), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`;
    throw new ApiError(message);
  }
  return body;
}

export function empty(container, message) {
  container.replaceChildren(el("p", { class: "empty" }, message));
}

// The sentence as text nodes and <mark>s; highlights are [{role, start, end}] in the sentence.
export function markedSentence(sentence, highlights) {
  const marks = [...(highlights || [])].sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    parts.push(sentence.slice(at, mark.start));
    parts.push(el("mark", { class: mark.role, title: mark.role }, sentence.slice(mark.start, mark.end)));
    at = mark.end;
  }
  parts.push(sentence.slice(at));
  return parts;
}

export function actorLabel(actor) {
  if (!actor) return "—";
  const codes = [actor.country, actor.sector].filter(Boolean).join(" ");
  return codes ? `${actor.name} (${codes})` : actor.name;
}
