// MQTT.js side of `./edgequeue bench brokers`: one publisher fires COUNT QoS 1 messages at once
// (MQTT.js has no in-flight cap: every PUBLISH goes out without waiting for a PUBACK) to one
// subscriber. Prints one JSON line: how many the broker acknowledged and how many of those arrived.
//
// usage: node burst.mjs HOST PORT COUNT
import mqtt from "mqtt";

const [host, portText, countText] = process.argv.slice(2);
const port = Number(portText);
const count = Number(countText);
const quietMs = 3000; // stop waiting when nothing arrived for this long (a broker may drop messages)
const deadlineMs = 120000;

function connect(clientId) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect({ host, port, clientId, protocolVersion: 4, clean: true, reconnectPeriod: 0, connectTimeout: 10000 });
    client.once("connect", () => resolve(client));
    client.once("error", reject);
  });
}

// Client ids of this process only: a run never meets the session of an earlier run.
const subscriber = await connect(`mqttjs-burst-sub-${process.pid}`);
const seen = new Uint8Array(count);
let received = 0;
let lastArrival = Date.now();
subscriber.on("message", (_topic, payload) => {
  const sequence = payload.readUInt32BE(0);
  if (sequence < count && seen[sequence] === 0) {
    seen[sequence] = 1;
    received++;
  }
  lastArrival = Date.now();
});
await subscriber.subscribeAsync("bench/burst", { qos: 1 });

const publisher = await connect(`mqttjs-burst-pub-${process.pid}`);
const acknowledged = new Uint8Array(count);
let acknowledgedCount = 0;
let failed = 0;
const start = Date.now();
for (let i = 0; i < count; i++) {
  const payload = Buffer.alloc(100);
  payload.writeUInt32BE(i, 0);
  publisher.publish("bench/burst", payload, { qos: 1 }, (error) => {
    if (error) {
      failed++;
    } else {
      acknowledged[i] = 1;
      acknowledgedCount++;
    }
  });
}

await new Promise((resolve) => {
  const timer = setInterval(() => {
    const settled = acknowledgedCount + failed === count;
    const complete = settled && received === count;
    const quiet = settled && Date.now() - lastArrival > quietMs;
    if (complete || quiet || Date.now() - start > deadlineMs) {
      clearInterval(timer);
      resolve();
    }
  }, 50);
});

let lost = 0;
for (let i = 0; i < count; i++) {
  if (acknowledged[i] === 1 && seen[i] === 0) {
    lost++;
  }
}

console.log(JSON.stringify({ published: count, acknowledged: acknowledgedCount, failed, received, lostAcknowledged: lost, seconds: (lastArrival - start) / 1000 }));
await Promise.all([publisher.endAsync(true), subscriber.endAsync(true)]);
process.exit(0);
