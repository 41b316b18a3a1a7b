// The hall screen: renders the hall view from /display/events (Server-Sent Events) and ticks the clock.
// A file of its own: the pages' CSP allows scripts from the hub only (script-src 'self'), none inline.
"use strict";
let zone = "Europe/Warsaw";
let lastCall = null;
const el = id => document.getElementById(id);

// The hub's clock, not the TV's: read from /display/clock (its time and speed) when the page opens
// and every minute, and run forward locally in between.
let hubClock = null;

function hubNow() {
  if (hubClock === null) return new Date();
  return new Date(hubClock.at + (performance.now() - hubClock.read) * hubClock.speed);
}

function tick() {
  el("clock").textContent = new Intl.DateTimeFormat("pl-PL", { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: zone }).format(hubNow());
}

async function readHubClock() {
  try {
    const sent = performance.now();
    const response = await fetch("/display/clock", { cache: "no-store" });
    const reading = await response.json();
    // The reading was taken about halfway through the request.
    hubClock = { at: Date.parse(reading.now), read: (sent + performance.now()) / 2, speed: reading.speed || 1 };
    tick();
  } catch {
    // Offline: the clock runs on from the last reading; the offline banner says the rest.
  }
}

function text(tag, cls, value) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  node.textContent = value;
  return node;
}

// A call's identity on screen: a recall of the same ticket is a new event (its time differs).
const keyOf = call => call.ticket + "@" + call.counter + "@" + call.at;
let seen = new Set();
let rendered = false;

function ring(node) {
  node.classList.remove("flash");
  void node.offsetWidth;
  node.classList.add("flash");
}

function render(view) {
  zone = view.timeZone || zone;
  el("site").textContent = view.hall ? view.site + " — " + view.hall : view.site;
  const calls = view.calls || [];
  const latest = calls[0];
  if (latest) {
    el("latest-ticket").textContent = latest.ticket;
    el("latest-counter").textContent = "stanowiska " + latest.counter;
    el("latest-label").textContent = latest.recall ? "Ponownie zapraszamy numer" : "Zapraszamy numer";
    el("latest").classList.toggle("recall", !!latest.recall);
    const key = keyOf(latest);
    if (lastCall !== null && key !== lastCall) ring(el("latest"));
    lastCall = key;
  }
  const list = el("calls");
  list.replaceChildren();
  const previous = calls.slice(1);
  if (previous.length === 0) list.appendChild(text("li", "empty", "Brak wezwań"));
  for (const call of previous) {
    const li = document.createElement("li");
    li.appendChild(text("span", "ticket", call.ticket));
    if (call.recall) li.appendChild(text("span", "again", "ponownie"));
    li.appendChild(text("span", "to", "stanowisko " + call.counter));
    list.appendChild(li);
    // A recall below the panel is new on screen: ring its line (not on the page's first render).
    if (call.recall && rendered && !seen.has(keyOf(call))) ring(li);
  }
  seen = new Set(calls.map(keyOf));
  rendered = true;
  const cats = el("categories");
  cats.replaceChildren();
  for (const c of view.categories || []) {
    const box = text("div", c.open ? "cat" : "cat closed", "");
    box.dataset.prefix = c.prefix;
    box.appendChild(text("div", "name", c.prefix + " — " + c.name));
    box.appendChild(text("div", "count", c.open || c.waiting > 0 ? String(c.waiting) : "zamknięte"));
    cats.appendChild(box);
  }
  document.body.dataset.version = String(view.version);
  tick();
}

function connect() {
  const source = new EventSource("/display/events");
  source.addEventListener("hall", e => { document.body.classList.remove("offline"); render(JSON.parse(e.data)); });
  source.onerror = () => document.body.classList.add("offline");
  source.onopen = () => document.body.classList.remove("offline");
}

setInterval(tick, 1000);
setInterval(readHubClock, 60000);
tick();
readHubClock();
connect();
