#!/usr/bin/python3
"""Eclipse Paho (python3-paho-mqtt 1.x) scenarios against an MQTT 3.1.1 broker.

Usage: paho_peer.py SCENARIO --port PORT --users JSON --site SITE
Prints "PASS <scenario>" and exits 0, or prints "FAIL <reason>" and exits 1.
"""
import argparse
import json
import queue
import socket
import sys
import threading
import time

import paho.mqtt.client as mqtt

TIMEOUT = 15


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Peer:
    """One Paho client with its network loop on a thread, its messages in a queue."""

    def __init__(self, args, user, client_id="", clean=True, password=None, will=None, max_inflight=20):
        self.messages = queue.Queue()
        self.connected = threading.Event()
        self.subscribed = queue.Queue()
        self.rc = None
        self.flags = {}
        self.client = mqtt.Client(client_id=client_id, clean_session=clean, protocol=mqtt.MQTTv311)
        self.client.max_inflight_messages_set(max_inflight)  # 0: no cap, every PUBLISH goes out at once
        if user is not None:
            self.client.username_pw_set(user, password if password is not None else args.users[user])
        if will is not None:
            self.client.will_set(*will)
        self.client.on_connect = self._on_connect
        self.client.on_message = lambda c, u, m: self.messages.put(m)
        self.client.on_subscribe = lambda c, u, mid, granted: self.subscribed.put(granted)
        self.client.connect("127.0.0.1", args.port, keepalive=30)
        self.client.loop_start()
        check(self.connected.wait(TIMEOUT), f"{user}: no CONNACK within {TIMEOUT} s")

    def _on_connect(self, client, userdata, flags, rc):
        self.rc = rc
        self.flags = flags
        self.connected.set()

    def subscribe(self, topic, qos=1):
        self.client.subscribe(topic, qos)
        return self.subscribed.get(timeout=TIMEOUT)

    def publish(self, topic, payload, qos=1, retain=False):
        info = self.client.publish(topic, payload, qos=qos, retain=retain)
        info.wait_for_publish(TIMEOUT)
        check(info.is_published(), f"publish to {topic} not acknowledged")

    def next(self, what):
        try:
            return self.messages.get(timeout=TIMEOUT)
        except queue.Empty:
            raise Failure(f"no message ({what}) within {TIMEOUT} s")

    def stop(self):
        self.client.disconnect()
        self.client.loop_stop()


def scenario_auth(args):
    expectations = [("disp-01", "wrong", 4), ("nobody", "x", 4), (None, None, 5), ("disp-01", None, 0)]
    for user, password, expected in expectations:
        client = mqtt.Client(protocol=mqtt.MQTTv311)
        result = {}
        done = threading.Event()

        def on_connect(c, u, flags, rc):
            result["rc"] = rc
            done.set()

        client.on_connect = on_connect
        if user is not None:
            client.username_pw_set(user, password if password is not None else args.users[user])
        client.connect("127.0.0.1", args.port)
        client.loop_start()
        check(done.wait(TIMEOUT), f"no CONNACK for {user}")
        client.loop_stop()
        client.disconnect()
        check(result["rc"] == expected, f"user {user}: CONNACK {result['rc']}, expected {expected}")


def scenario_qos(args):
    events = f"eq/v1/{args.site}/device/+/event"
    own = f"eq/v1/{args.site}/device/disp-01/event"
    hub = Peer(args, "hub")
    check(hub.subscribe(events, 2) == (2,), "hub subscription not granted at QoS 2")
    device = Peer(args, "disp-01")
    for qos in (0, 1, 2):
        for i in range(20):
            device.publish(own, json.dumps({"id": f"disp-01.b.{qos}.{i}", "kind": "ticket.request"}), qos=qos)
        for i in range(20):
            message = hub.next(f"QoS {qos} message {i}")
            check(message.qos == qos, f"delivered at QoS {message.qos}, published at {qos}")
            check(json.loads(message.payload)["id"] == f"disp-01.b.{qos}.{i}", f"out of order: {message.payload!r}")
    device.stop()
    hub.stop()


def scenario_retained(args):
    config = f"eq/v1/{args.site}/device/disp-01/config"
    hub = Peer(args, "hub")
    hub.publish(config, '{"role":"dispenser"}', retain=True)
    device = Peer(args, "disp-01")
    device.subscribe(config)
    message = device.next("retained config")
    check(message.retain == 1 and message.payload == b'{"role":"dispenser"}', f"retained message wrong: {message.payload!r} retain={message.retain}")
    hub.publish(config, b"", retain=True)
    cleared = device.next("empty message clearing the retained one")
    check(cleared.payload == b"" and cleared.retain == 0, "clearing message not passed on to the live subscriber")
    device.stop()
    fresh = Peer(args, "disp-01")
    fresh.subscribe(config)
    hub.publish(config, "live")
    check(fresh.next("live message").payload == b"live", "a cleared retained message came back")
    fresh.stop()
    hub.stop()


def scenario_will(args):
    state = f"eq/v1/{args.site}/device/disp-01/state"
    hub = Peer(args, "hub")
    hub.subscribe(f"eq/v1/{args.site}/device/+/state")
    device = Peer(args, "disp-01", will=(state, '{"online":false}', 1, True))
    device.publish(state, '{"online":true}', retain=True)
    check(hub.next("online state").payload == b'{"online":true}', "online state not delivered")
    device.client.loop_stop()
    device.client.socket().close()  # the connection dies without DISCONNECT
    will = hub.next("will")
    check(will.payload == b'{"online":false}', f"will payload {will.payload!r}")
    late = Peer(args, "hub")
    late.subscribe(state)
    retained = late.next("retained will")
    check(retained.retain == 1 and retained.payload == b'{"online":false}', "will was not retained")
    late.stop()
    hub.stop()


def scenario_persistent(args):
    reply = f"eq/v1/{args.site}/device/disp-02/reply"
    first = Peer(args, "disp-02", client_id="disp-02", clean=False)
    first.subscribe(reply, 1)
    first.stop()
    hub = Peer(args, "hub")
    for i in range(3):
        hub.publish(reply, f"reply-{i}", qos=1)
    again = Peer(args, "disp-02", client_id="disp-02", clean=False)
    check(again.flags.get("session present") == 1, f"session not present: {again.flags}")
    got = [again.next(f"queued reply {i}").payload.decode() for i in range(3)]
    check(got == ["reply-0", "reply-1", "reply-2"], f"queued replies {got}")
    again.stop()
    clean = Peer(args, "disp-02", client_id="disp-02", clean=True)
    check(clean.flags.get("session present") == 0, "clean session reported a present session")
    clean.stop()
    hub.stop()


def scenario_wildcards(args):
    tester = Peer(args, "tester")
    tester.subscribe("#", 0)
    tester.subscribe("$app/+/x", 0)
    tester.publish("$app/a/x", "dollar")
    tester.publish("a/b/c", "plain")
    first = tester.next("first")
    second = tester.next("second")
    check({(first.topic, first.payload), (second.topic, second.payload)} == {("$app/a/x", b"dollar"), ("a/b/c", b"plain")},
          f"unexpected {first.topic} {second.topic}")
    tester.publish("marker", "m")
    check(tester.next("marker").topic == "marker", "'#' delivered a $ topic twice or missed the marker")
    tester.stop()


def scenario_acl(args):
    hub = Peer(args, "hub")
    hub.subscribe(f"eq/v1/{args.site}/device/+/event")
    device = Peer(args, "disp-01")
    check(device.subscribe(f"eq/v1/{args.site}/device/disp-02/reply") == (128,), "subscription to another device's reply granted")
    check(device.subscribe(f"eq/v1/{args.site}/device/disp-01/reply") == (1,), "own reply subscription refused")
    device.publish(f"eq/v1/{args.site}/device/disp-02/event", "forged")
    device.publish(f"eq/v1/{args.site}/device/disp-01/event", "genuine")
    message = hub.next("genuine event")
    check(message.payload == b"genuine", f"forged event delivered: {message.topic}")
    device.stop()
    hub.stop()


def scenario_burst(args):
    """20,000 QoS 1 messages from a publisher without an in-flight cap: every one arrives, in order."""
    count = 20000
    subscriber = Peer(args, "tester", client_id="burst-sub")
    check(subscriber.subscribe("burst/t", 1) == (1,), "burst subscription not granted at QoS 1")
    publisher = Peer(args, "tester", client_id="burst-pub", max_inflight=0)
    infos = [publisher.client.publish("burst/t", str(i), qos=1) for i in range(count)]
    for i in range(count):
        message = subscriber.next(f"burst message {i}")
        check(message.payload == str(i).encode(), f"message {i} is {message.payload!r}: one was lost or reordered")
    for info in infos:
        info.wait_for_publish(TIMEOUT)
        check(info.is_published(), f"message {info.mid} never acknowledged")
    publisher.stop()
    subscriber.stop()


def scenario_takeover(args):
    """disp-02 presenting client id disp-01 is refused (5); disp-01 keeps its session and its replies."""
    reply = f"eq/v1/{args.site}/device/disp-01/reply"
    owner = Peer(args, "disp-01", client_id="disp-01", clean=False)
    check(owner.subscribe(reply, 1) == (1,), "own reply subscription refused")
    intruder = mqtt.Client(client_id="disp-01", clean_session=False, protocol=mqtt.MQTTv311)
    intruder.username_pw_set("disp-02", args.users["disp-02"])
    refused = queue.Queue()
    intruder.on_connect = lambda c, u, flags, rc: refused.put(rc)
    intruder.connect("127.0.0.1", args.port)
    intruder.loop_start()
    try:
        rc = refused.get(timeout=TIMEOUT)
    except queue.Empty:
        raise Failure("no CONNACK for the intruder")
    intruder.loop_stop()
    check(rc == 5, f"intruder got CONNACK {rc}, expected 5")
    hub = Peer(args, "hub")
    hub.publish(reply, "for disp-01")
    check(owner.next("reply after the attempt").payload == b"for disp-01", "owner lost its reply")
    check(owner.client.is_connected(), "owner was disconnected")
    hub.stop()
    owner.stop()


def bad_connection(args, data, connect_first):
    """Sends bytes no correct client sends; true when the broker closes the connection."""
    with socket.create_connection(("127.0.0.1", args.port), timeout=TIMEOUT) as raw:
        if connect_first:
            user = b"tester"
            password = args.users["tester"].encode()
            body = (b"\x00\x04MQTT\x04\xc2\x00\x00" + b"\x00\x03bad"
                    + len(user).to_bytes(2, "big") + user + len(password).to_bytes(2, "big") + password)
            raw.sendall(bytes([0x10, len(body)]) + body)
            check(raw.recv(4) == b"\x20\x02\x00\x00", "valid CONNECT not accepted")
        raw.sendall(data)
        try:
            while raw.recv(1024):
                pass
        except ConnectionResetError:
            pass
        except socket.timeout:
            return False
        return True


def scenario_malformed(args):
    """Malformed connections are closed one by one; a Paho client is served afterwards."""
    cases = [
        ("PUBLISH before CONNECT", b"\x30\x04\x00\x01ax", False),
        ("protocol level 3", b"\x10\x0c\x00\x04MQTT\x03\x02\x00\x00\x00\x00", False),
        ("CONNECT announcing 256 MB", b"\x10\xff\xff\xff\x7f", False),
        ("remaining length of 5 bytes", b"\x30\xff\xff\xff\xff\x01", True),
        ("invalid UTF-8 in topic", b"\x30\x05\x00\x02\xc3\x28x", True),
        ("'#' in topic name", b"\x30\x06\x00\x03a/#x", True),
        ("NUL in topic name", b"\x30\x05\x00\x02a\x00x", True),
        ("PUBLISH with QoS 3", b"\x36\x05\x00\x01a\x00\x01", True),
        ("second CONNECT", b"\x10\x0c\x00\x04MQTT\x04\x02\x00\x00\x00\x00", True),
        ("packet type 15", b"\xf0\x00", True),
    ]
    for name, data, connect_first in cases:
        check(bad_connection(args, data, connect_first), f"{name}: connection left open")
    client = Peer(args, "tester", client_id="after-malformed")
    client.subscribe("check/+", 2)
    client.publish("check/1", "ok", qos=2)
    check(client.next("round trip after the malformed ones").payload == b"ok", "broker no longer serves")
    client.stop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--users", type=json.loads, required=True)
    parser.add_argument("--site", default="hall1")
    args = parser.parse_args()
    scenario = globals().get(f"scenario_{args.scenario}")
    if scenario is None:
        print(f"FAIL unknown scenario {args.scenario}")
        return 2
    started = time.monotonic()
    try:
        scenario(args)
    except Failure as failure:
        print(f"FAIL {args.scenario}: {failure}")
        return 1
    print(f"PASS {args.scenario} in {time.monotonic() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
