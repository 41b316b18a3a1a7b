#!/usr/bin/python3
"""Eclipse Paho (Debian python3-paho-mqtt) side of `./edgequeue bench mqtt`.

Runs the same three measurements as the .NET side against one broker and prints one JSON line:
QoS 0 and QoS 1 throughput (one publisher -> one subscriber, 100-byte payloads carrying a sequence
number), QoS 1 messages lost (acknowledged by the broker, never delivered) and the round-trip
latency of single QoS 1 messages (publish -> the subscriber has it).

usage: /usr/bin/python3 paho_bench.py HOST PORT COUNT LATENCY_COUNT
"""
import json
import struct
import sys
import threading
import time

import paho.mqtt.client as mqtt

IN_FLIGHT = 64  # the same window the .NET client uses in the benchmark
QUIET_SECONDS = 2  # stop waiting when nothing arrived for this long (a broker may drop messages)
MAX_PROBES_LOST = 10  # the same limit as the .NET side


def payload(sequence):
    return struct.pack(">i", sequence) + bytes(96)


def connect(host, port, name):
    client = mqtt.Client(client_id=name, clean_session=True, protocol=mqtt.MQTTv311)
    client.max_inflight_messages_set(IN_FLIGHT)
    client.max_queued_messages_set(0)
    connected = threading.Event()
    client.on_connect = lambda c, userdata, flags, rc: connected.set() if rc == 0 else None
    client.connect(host, port, keepalive=30)
    client.loop_start()
    if not connected.wait(10):
        raise SystemExit(f"{name}: no CONNACK from {host}:{port}")
    return client


def main():
    host, port, count, latency_count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    subscriber = connect(host, port, "paho-bench-sub")
    publisher = connect(host, port, "paho-bench-pub")

    lock = threading.Lock()
    state = {"topic": None, "received": set(), "last": time.perf_counter()}
    latency_hit = threading.Event()

    def on_message(client, userdata, message):
        if message.topic == "bench/lat":
            latency_hit.set()
            return
        with lock:
            if message.topic == state["topic"]:
                state["received"].add(struct.unpack(">i", message.payload[:4])[0])
                state["last"] = time.perf_counter()

    acknowledged_mids = set()

    def on_publish(client, userdata, mid):
        with lock:
            acknowledged_mids.add(mid)

    subscribed = threading.Event()
    subscriber.on_message = on_message
    subscriber.on_subscribe = lambda c, userdata, mid, granted: subscribed.set()
    subscriber.subscribe([("bench/q0", 0), ("bench/q1", 1), ("bench/lat", 1)])
    if not subscribed.wait(10):
        raise SystemExit("no SUBACK")
    publisher.on_publish = on_publish

    result = {}
    for qos in (0, 1):
        topic = f"bench/q{qos}"
        with lock:
            state["topic"] = topic
            state["received"] = set()
            acknowledged_mids.clear()
        sequence_of_mid = {}
        start = time.perf_counter()
        state["last"] = start
        for sequence in range(count):
            sequence_of_mid[publisher.publish(topic, payload(sequence), qos).mid] = sequence
        while True:
            time.sleep(0.05)
            with lock:
                complete = len(state["received"]) == count
                quiet = time.perf_counter() - state["last"] > QUIET_SECONDS
                settled = qos == 0 or len(acknowledged_mids) == count
            if complete or (quiet and settled) or (quiet and time.perf_counter() - start > 120):
                break
        with lock:
            received = set(state["received"])
            acknowledged = {sequence_of_mid[mid] for mid in acknowledged_mids if mid in sequence_of_mid}
            end = state["last"]
        result[f"qos{qos}"] = {
            "received": len(received),
            "acknowledged": len(acknowledged),
            "lost": len(acknowledged - received) if qos == 1 else 0,
            "seconds": end - start,
        }

    samples = []
    probes_lost = 0
    for _ in range(latency_count):
        latency_hit.clear()
        start = time.perf_counter()
        publisher.publish("bench/lat", payload(-1), 1)
        if latency_hit.wait(5):
            samples.append((time.perf_counter() - start) * 1000.0)
        else:
            probes_lost += 1
            if probes_lost == MAX_PROBES_LOST:
                break  # each lost probe costs 5 s
    samples.sort()
    result["latencyMs"] = samples
    result["probesLost"] = probes_lost

    for client in (publisher, subscriber):
        client.disconnect()
        client.loop_stop()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
