// The dashboard: filters live in the URL; every panel redraws from the API when they change.
import { api, el, readState, writeState, filtersOf, FILTER_KEYS } from "./util.js";
import { drawTimeline } from "./timeline.js";
import { drawNetwork } from "./network.js";
import { drawMap } from "./map.js";
import { drawTable, showDetail, showDocument } from "./table.js";

const PAGE = 25;
const $ = (id) => document.getElementById(id);
let state = readState();

function docHref(docId) {
  const params = new URLSearchParams({ ...filtersOf(state), doc: docId });
  return "?" + params.toString();
}

function showError(error) {
  $("error").textContent = error ? String(error.message || error) : "";
  $("error").hidden = !error;
}

function fillForm() {
  const form = $("filters");
  for (const key of FILTER_KEYS) form.elements[key].value = state[key] || "";
  $("sort").value = state.sort || "-date";
}

function update(changes, push = true) {
  state = { ...state, ...changes };
  for (const key of Object.keys(state)) if (state[key] === "" || state[key] === null) delete state[key];
  writeState(state, push);
  render();
}

async function renderEvents(filters) {
  const offset = Number(state.offset || 0);
  const page = await api("/api/events", { ...filters, sort: state.sort || "-date", limit: PAGE, offset });
  drawTable($("events").tBodies[0], page.events, state.event, (id) => update({ event: id }));
  const last = offset + page.events.length;
  $("count").textContent = page.total ? `${offset + 1}–${last} of ${page.total.toLocaleString("en")}` : "none";
  $("prev").disabled = offset === 0;
  $("next").disabled = page.next_offset === null;
}

async function renderOverlays() {
  if (state.event) {
    await showDetail($("detail"), state.event, docHref, () => update({ event: null }));
  } else {
    $("detail").hidden = true;
  }
  if (state.doc) await showDocument($("document"), $("doc-body"), state.doc);
  else $("document").hidden = true;
}

async function render() {
  fillForm();
  showError(null);
  const filters = filtersOf(state);
  const work = [
    api("/api/timeline", filters).then((t) => drawTimeline($("timeline"), t.periods)),
    api("/api/network", { ...filters, by: "actor", limit: 35 }).then((n) =>
      drawNetwork($("network"), n, state.actor, (actor) => update({ actor, offset: null, event: null }))),
    api("/api/locations", filters).then((l) =>
      drawMap($("map"), l, state.country, (country) => update({ country, offset: null, event: null }))),
    renderEvents(filters),
    renderOverlays(),
  ];
  const results = await Promise.allSettled(work);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showError(failed.reason);
  document.body.dataset.ready = "true";
}

async function renderStats() {
  const stats = await api("/api/stats");
  const c = stats.counts;
  $("stats").textContent = `${c.events.toLocaleString("en")} events from ${c.documents.toLocaleString("en")} documents` +
    (stats.first_day ? `, ${stats.first_day} to ${stats.last_day}` : "");
  const actors = await api("/api/actors", { limit: 200 });
  $("actor-names").replaceChildren(...actors.actors.map((a) => el("option", { value: a.name })));
}

function wire() {
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const form = new FormData(ev.target);
    const changes = { offset: null, event: null };
    for (const key of FILTER_KEYS) changes[key] = String(form.get(key) || "").trim();
    update(changes);
  });
  $("clear").addEventListener("click", () => {
    state = {};
    writeState(state);
    render();
  });
  $("sort").addEventListener("change", (ev) => update({ sort: ev.target.value, offset: null }));
  $("prev").addEventListener("click", () => update({ offset: Math.max(0, Number(state.offset || 0) - PAGE) || null }));
  $("next").addEventListener("click", () => update({ offset: Number(state.offset || 0) + PAGE }));
  $("close-doc").addEventListener("click", () => update({ doc: null }));
  $("document").addEventListener("click", (ev) => { if (ev.target === $("document")) update({ doc: null }); });
  document.addEventListener("click", (ev) => {
    const link = ev.target.closest("#doc-link");
    if (link) { ev.preventDefault(); update({ doc: new URLSearchParams(link.search).get("doc") }); }
  });
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") update({ doc: null, event: null }); });
  window.addEventListener("popstate", () => { state = readState(); render(); });
}

wire();
renderStats().catch(showError);
render();
