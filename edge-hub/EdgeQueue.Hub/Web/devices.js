// The technician page: renders the device registry from /devices/events (Server-Sent Events).
// A file of its own: the pages' CSP allows scripts from the hub only (script-src 'self'), none inline.
"use strict";
let zone = "Europe/Warsaw";
const fmt = at => at ? new Intl.DateTimeFormat("pl-PL", { dateStyle: "short", timeStyle: "medium", timeZone: zone }).format(new Date(at)) : "—";
const paperWords = { ok: "jest", low: "kończy się", out: "brak" };
const roleWords = { disp: "automat biletowy", keypad: "klawiatura stanowiska", board: "wyświetlacz stanowiska" };
const lightWords = { green: "zielona (obsługa działa)", amber: "bursztynowa (brak łączności z centralą)", red: "czerwona (zapis lub papier)", "blue blinking": "niebieska, miga (tryb serwisowy)" };

// Column headers, repeated on each cell for the phone layout (each device a card of label/value lines).
const labels = Array.from(document.querySelectorAll("thead th"), th => th.textContent);

// "3 d 4 godz.", "2 godz. 5 min", "7 min": how long the device has run since its last restart.
function uptime(seconds) {
  if (seconds == null) return "—";
  const d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600), m = Math.floor(seconds % 3600 / 60);
  return d > 0 ? d + " d " + h + " godz." : h > 0 ? h + " godz. " + m + " min" : m + " min";
}

function memory(bytes) {
  return bytes == null ? "—" : new Intl.NumberFormat("pl-PL").format(Math.round(bytes / 1024)) + " KB";
}

// The hub's link to central as "up (address)" / "down (address)".
function centralWords(central) {
  return central.replace(/^up /, "połączona ").replace(/^down /, "brak połączenia ");
}

function cell(row, value, cls) {
  const td = document.createElement("td");
  td.textContent = value;
  td.dataset.label = labels[row.children.length] || "";
  if (cls) td.className = cls;
  row.appendChild(td);
}

// The device's own last log lines (from its retained state): the newest shown, all on opening.
function logCell(row, lines) {
  const td = document.createElement("td");
  td.dataset.label = labels[row.children.length] || "";
  td.className = "log";
  if (!lines || lines.length === 0) {
    td.textContent = "—";
  } else {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = lines[lines.length - 1];
    const list = document.createElement("ol");
    for (const line of lines) {
      const item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    }
    details.append(summary, list);
    td.appendChild(details);
  }
  row.appendChild(td);
}

function render(view) {
  zone = view.timeZone || zone;
  const body = document.getElementById("devices");
  body.replaceChildren();
  let online = 0;
  for (const d of view.devices) {
    const tr = document.createElement("tr");
    tr.dataset.device = d.id;
    tr.className = !d.everSeen ? "never" : d.online ? "online" : "offline";
    if (d.online) online++;
    cell(tr, d.id);
    cell(tr, roleWords[d.role] || d.role);
    cell(tr, d.place || "—");
    cell(tr, !d.everSeen ? "nie zgłosiło się" : d.online ? "połączone" : "rozłączone", "state");
    cell(tr, d.firmware || "—");
    // A device that applied an older configuration than the hub publishes needs a technician.
    cell(tr, d.configVersion == null ? "—" : d.configVersion === view.configVersion ? "aktualna" : "nieaktualna (" + d.configVersion + ")",
      d.configVersion != null && d.configVersion !== view.configVersion ? "stale" : "");
    cell(tr, fmt(d.lastSeen));
    cell(tr, uptime(d.uptimeS));
    cell(tr, memory(d.freeMem));
    cell(tr, d.rssi != null ? d.rssi + " dBm" : "—");
    cell(tr, d.paper ? (paperWords[d.paper] || d.paper) : "—", d.paper ? "paper-" + d.paper : "");
    cell(tr, d.lastError ? fmt(d.lastErrorAt) + ": " + d.lastError : "—", d.lastError ? "error" : "");
    logCell(tr, d.log);
    body.appendChild(tr);
  }
  // The queue store refuses commits (disk full, I/O error): every press is refused until it works again.
  const storage = document.getElementById("storage");
  storage.className = view.storage === "failing" ? "failing" : "";
  storage.textContent = view.storage === "failing"
    ? "Zapis kolejki nie działa od " + fmt(view.storageSince) + ": " + (view.storageProblem || "błąd dysku")
      + ". Urządzenia dostają odmowę (storage-failure); zwolnij miejsce na dysku — hub wznowi pracę sam."
    : "";
  // Entered with a 5 s press of the hub's service button; the status light blinks blue meanwhile.
  const mode = document.getElementById("technician-mode");
  mode.className = view.technicianModeSince ? "on" : "";
  mode.textContent = view.technicianModeSince
    ? "Tryb serwisowy od " + fmt(view.technicianModeSince) + " (przytrzymaj przycisk serwisowy 5 s, aby wyjść; kończy się sam po 30 min)."
    : "";
  document.getElementById("summary").textContent =
    view.site + " — połączonych " + online + " z " + view.devices.length + "; " + view.broker
      + (view.central ? "; centrala: " + centralWords(view.central) : "")
      + (view.statusLight ? "; lampka huba: " + (lightWords[view.statusLight]
        || view.statusLight.replace(/^unavailable: /, "niedostępna — ")) : "")
      + (view.ledBoard ? "; tablica LED: " + view.ledBoard.replace(/^unavailable: /, "niedostępna — ") : "");
}

const source = new EventSource("/devices/events");
source.addEventListener("devices", e => { document.body.classList.remove("offline"); render(JSON.parse(e.data)); });
source.onerror = () => document.body.classList.add("offline");

// Adding, re-keying and removing a device (the same as `./edgequeue hub device …`). The hub checks
// the header below on every write: a foreign page cannot send it (CSRF), and the log-in is the page's own.
const provisionForm = document.getElementById("provision");
const result = document.getElementById("provision-result");
const downloads = document.getElementById("downloads");
const value = id => document.getElementById(id).value.trim();
// The board reaches the hub where this browser does (its address in the hall's network), unless told otherwise.
document.getElementById("mqtt-host").value = location.hostname;

function form() {
  return {
    role: value("role"), id: value("device-id"),
    counter: value("counter") ? Number(value("counter")) : null,
    buttons: value("buttons") || null, printer: value("printer") || null,
    wifiSsid: value("wifi-ssid"), wifiPassword: document.getElementById("wifi-password").value,
    mqttHost: value("mqtt-host"), serialPort: value("serial-port"),
  };
}

// The two files, offered once: the hub keeps only the password's hash.
function offer(answer) {
  for (const old of downloads.querySelectorAll("a")) URL.revokeObjectURL(old.href);
  downloads.replaceChildren();
  if (!answer.settingsJson) return;
  for (const [name, text] of [["edgequeue.json", answer.settingsJson], ["deploy.json", answer.deployJson]]) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    a.download = name;
    a.textContent = "Pobierz " + name + " (" + answer.id + ")";
    downloads.appendChild(a);
  }
}

async function send(path) {
  result.className = "";
  result.textContent = "Wysyłanie…";
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-EdgeQueue-Technician": "1" },
      body: JSON.stringify(form()),
    });
    const answer = await response.json();
    if (!response.ok) {
      result.className = "refused";
      result.textContent = "Odmowa: " + (answer.error || response.status);
      offer({});
      return;
    }
    result.textContent = answer.message;
    offer(answer);
  } catch (e) {
    result.className = "refused";
    result.textContent = "Brak odpowiedzi huba: " + e.message;
  }
}

provisionForm.addEventListener("submit", e => { e.preventDefault(); send("/devices/add"); });
function needId() {
  const id = value("device-id");
  if (!id) {
    result.className = "refused";
    result.textContent = "Podaj identyfikator urządzenia.";
    document.getElementById("device-id").focus();
  }
  return id;
}

document.getElementById("rotate").addEventListener("click", () => {
  const id = needId();
  if (id) send("/devices/" + encodeURIComponent(id) + "/rotate");
});
document.getElementById("remove").addEventListener("click", () => {
  const id = needId();
  if (id && confirm("Usunąć " + id + "? Jego hasło przestanie działać od razu.")) send("/devices/" + encodeURIComponent(id) + "/remove");
});
