// Event table, the evidence panel, and the whole-document view.
import { el, api, actorLabel, markedSentence, QUAD_NAMES } from "./util.js";

export function drawTable(tbody, events, selectedId, onOpen) {
  tbody.replaceChildren(...events.map((event) => {
    const where = event.location ? `${event.location.name}${event.location.country ? ", " + event.location.country : ""}` : "—";
    const sentence = event.evidence.sentence;
    const row = el("tr", { "data-event": event.event_id, class: event.event_id === selectedId ? "selected" : null, tabindex: 0,
      onclick: () => onOpen(event.event_id), onkeydown: (ev) => { if (ev.key === "Enter") onOpen(event.event_id); } },
      el("td", {}, event.day || "—"),
      el("td", {}, actorLabel(event.source)),
      el("td", {}, el("span", { class: `tag q${event.quad_class}`, title: QUAD_NAMES[event.quad_class] }, event.event_type),
        event.mode ? ` ${event.mode}` : ""),
      el("td", {}, actorLabel(event.target)),
      el("td", {}, where),
      el("td", {}, event.goldstein.toFixed(1)),
      el("td", { class: "evidence" }, sentence.length > 140 ? sentence.slice(0, 140) + "…" : sentence));
    return row;
  }));
  if (!events.length) tbody.replaceChildren(el("tr", {}, el("td", { colspan: 7, class: "empty" }, "No events match these filters.")));
}

export async function showDetail(panel, eventId, docHref, onClose) {
  const event = await api(`/api/events/${encodeURIComponent(eventId)}`);
  const doc = event.document || {};
  panel.replaceChildren(
    el("button", { type: "button", class: "close", "aria-label": "Close", onclick: onClose }, "×"),
    el("h3", {}, `${event.event_type}${event.mode ? " (" + event.mode + ")" : ""}: ${actorLabel(event.source)} → ${actorLabel(event.target)}`),
    el("p", { class: "sentence", id: "evidence" }, markedSentence(event.evidence.sentence, event.highlights)),
    el("dl", {},
      el("dt", {}, "Trigger"), el("dd", {}, event.evidence.trigger),
      el("dt", {}, "Date"), el("dd", {}, event.date
        ? `${event.date}${event.date_text ? ` (from “${event.date_text}”)` : ""}`
        : `${event.day || "?"} (publication date)`),
      el("dt", {}, "Where"), el("dd", {}, event.location ? `${event.location.name} ${event.location.country || ""}` : "—"),
      el("dt", {}, "CAMEO / quad"), el("dd", {}, `${event.cameo} · ${event.quad_class} ${QUAD_NAMES[event.quad_class]} · Goldstein ${event.goldstein}`),
      el("dt", {}, "Confidence"), el("dd", {}, event.confidence),
      el("dt", {}, "Document"), el("dd", {}, el("a", { href: docHref(event.doc_id), id: "doc-link" }, doc.title || event.doc_id)),
      el("dt", {}, "Coder"), el("dd", {}, event.coder_version || "—")));
  panel.hidden = false;
}

export async function showDocument(overlay, body, docId) {
  const doc = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const meta = doc.document;
  const byId = new Map(doc.events.map((e) => [e.event_id, e]));
  const text = el("div", { class: "text" }, doc.segments.map((segment) => {
    if (!segment.event_ids.length) return segment.text;
    const titles = segment.event_ids.map((id) => byId.get(id)).filter(Boolean)
      .map((e) => `${e.event_type}: ${actorLabel(e.source)} → ${actorLabel(e.target)}`);
    return el("mark", { class: "trigger", title: titles.join("\n") }, segment.text);
  }));
  body.replaceChildren(
    el("h2", {}, meta.title || meta.doc_id),
    el("p", { class: "meta" }, [meta.source, meta.published, meta.url].filter(Boolean).join(" · "),
      ` · ${doc.events.length} events`),
    text);
  overlay.hidden = false;
}
