#!/usr/bin/python3
"""Eclipse Paho (Debian python3-paho-mqtt) side of `./edgequeue bench mqtt`.

Runs the same three measurements as the .NET side against one broker and prints one JSON line:
QoS 0 and QoS 1 throughput (one publisher -> one subscriber, 100-byte payloads) and the round-trip
latency of single QoS 1 messages (publish -> the subscriber has it).

usage: /usr/bin/python3 paho_bench.py HOST PORT COUNT LATENCY_COUNT
"""
import json
import sys
import threading
import time

import paho.mqtt.client as mqtt

PAYLOAD = bytes(100)
IN_FLIGHT = 64  # the same window the .NET client uses in the benchmark
QUIET_SECONDS = 2  # stop waiting when nothing arrived for this long (a broker may drop messages)


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
    state = {"received": 0, "target": 0, "last": 0.0}
    all_in = threading.Event()
    latency_hit = threading.Event()

    def on_message(client, userdata, message):
        if message.topic == "bench/lat":
            latency_hit.set()
            return
        with lock:
            state["received"] += 1
            if state["received"] == state["target"]:
                state["last"] = time.perf_counter()
                all_in.set()

    subscribed = threading.Event()
    subscriber.on_message = on_message
    subscriber.on_subscribe = lambda c, userdata, mid, granted: subscribed.set()
    subscriber.subscribe([("bench/q0", 0), ("bench/q1", 1), ("bench/lat", 1)])
    if not subscribed.wait(10):
        raise SystemExit("no SUBACK")

    result = {}
    for qos in (0, 1):
        with lock:
            state["received"] = 0
            state["target"] = count
        all_in.clear()
        topic = f"bench/q{qos}"
        start = time.perf_counter()
        for _ in range(count):
            publisher.publish(topic, PAYLOAD, qos)
        seen, last_progress = -1, time.perf_counter()
        while not all_in.wait(0.2):
            if state["received"] != seen:
                seen, last_progress = state["received"], time.perf_counter()
            elif time.perf_counter() - last_progress > QUIET_SECONDS:
                break
        end = state["last"] if all_in.is_set() else last_progress
        result[f"qos{qos}"] = {"received": state["received"], "seconds": end - start}

    samples = []
    for _ in range(latency_count):
        latency_hit.clear()
        start = time.perf_counter()
        publisher.publish("bench/lat", PAYLOAD, 1)
        if not latency_hit.wait(5):
            raise SystemExit("a latency probe was lost")
        samples.append((time.perf_counter() - start) * 1000.0)
    samples.sort()
    result["latencyMs"] = samples

    for client in (publisher, subscriber):
        client.disconnect()
        client.loop_stop()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
