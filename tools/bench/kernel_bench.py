#!/usr/bin/env python3
"""Measures the Java kernel the way a notebook user feels it.

    .venv/bin/python tools/bench/kernel_bench.py [--starts 5] [--cells 50] [--interrupts 5] [--json]

Reports, each as a median over fresh kernels or repeated requests:
  start      kernel process launched -> first execute_reply of `1 + 2` (client sends it at once)
  ready      kernel process launched -> kernel_info_reply (what wait_for_ready waits for)
  round trip execute_request -> execute_reply of `1 + 2`, cells 2..N of a kernel, sent back to back
  interrupt  interrupt_request (control channel) -> interrupt_reply ("acknowledged") and
             -> execute_reply of the stopped cell ("cell ended"), for a sleeping and a busy loop
  CPU        the kernel process's own CPU time (Linux): up to the first reply, and per cell;
             unlike wall-clock times it hardly depends on what else the machine is doing

By default it installs kernel/target/paramcount-kernel.jar into a temporary prefix. To measure
another Java kernel the same way (genuine IJava 1.3.0, JJava), point it at that kernelspec:
    --kernels-dir /path/to/share/jupyter/kernels --kernel-name java
The 1-minute load average is printed too: these are shared 2-core machines, and a busy neighbour
shows up in every figure.
"""

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client import KernelManager
from jupyter_client.kernelspec import KernelSpecManager

REPO = Path(__file__).resolve().parents[2]
JAR = REPO / "kernel" / "target" / "paramcount-kernel.jar"


def install(prefix):
    if not JAR.is_file():
        sys.exit(f"error: {JAR} is missing; build it with `mvn -B -q -pl kernel -am package -DskipTests`")
    done = subprocess.run(["java", "-jar", str(JAR), "install", "--prefix", str(prefix)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"error: the installer failed: {done.stderr.strip()}")
    return Path(done.stdout.strip()).parent.parent


def cpu_seconds(km):
    """User + system CPU the kernel process has used so far (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{km.provisioner.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, AttributeError, IndexError, ValueError):
        return None


def reply_to(receive, msg_id, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        msg = receive(timeout=max(0.01, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


class Bench:
    def __init__(self, kernels_dir, name):
        self.ksm = KernelSpecManager(kernel_dirs=[str(kernels_dir)])
        self.name = name

    def start(self):
        km = KernelManager(kernel_name=self.name, kernel_spec_manager=self.ksm)
        launched = time.monotonic()
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=120)
        ready = time.monotonic() - launched
        return km, kc, launched, ready

    @staticmethod
    def execute(kc, code):
        sent = time.monotonic()
        msg_id = kc.execute(code, stop_on_error=False)
        reply = reply_to(kc.get_shell_msg, msg_id)
        took = time.monotonic() - sent
        drain(kc)
        return reply["content"]["status"], took

    def start_and_round_trips(self, starts, cells):
        start_times, ready_times, start_cpu, trips, trip_cpu = [], [], [], [], []
        for i in range(starts):
            km, kc, launched, ready = self.start()
            try:
                status, _ = self.execute(kc, "1 + 2")
                start_times.append(time.monotonic() - launched)
                start_cpu.append(cpu_seconds(km))
                ready_times.append(ready)
                assert status == "ok"
                if i == 0:
                    before = cpu_seconds(km)
                    for _ in range(cells):
                        status, took = self.execute(kc, "1 + 2")
                        assert status == "ok"
                        trips.append(took)
                    after = cpu_seconds(km)
                    trip_cpu = None if before is None else (after - before) / cells
            finally:
                kc.stop_channels()
                km.shutdown_kernel(now=True)
        return start_times, ready_times, start_cpu, trips, trip_cpu

    def interrupts(self, times):
        results = {}
        km, kc, _, _ = self.start()
        try:
            self.execute(kc, "1 + 2")
            for label, loop in [("sleeping loop", "while (true) { Thread.sleep(10); }"), ("busy loop", "while (true) {}")]:
                acks, ends = [], []
                for _ in range(times):
                    msg_id = kc.execute(loop, stop_on_error=False)
                    time.sleep(1.0)
                    request = kc.session.msg("interrupt_request", {})
                    sent = time.monotonic()
                    kc.control_channel.send(request)
                    reply_to(kc.get_control_msg, request["header"]["msg_id"], timeout=30)
                    acks.append(time.monotonic() - sent)
                    reply = reply_to(kc.get_shell_msg, msg_id, timeout=30)
                    ends.append(time.monotonic() - sent)
                    assert reply["content"]["status"] == "error", reply["content"]
                    drain(kc)
                results[label] = (acks, ends)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
        return results


def drain(kc):
    while True:
        try:
            kc.get_iopub_msg(timeout=0.001)
        except queue.Empty:
            return


def ms(values):
    return round(statistics.median(values) * 1000, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starts", type=int, default=5, help="fresh kernels to time the start of")
    parser.add_argument("--cells", type=int, default=50, help="`1 + 2` cells to time in the first kernel")
    parser.add_argument("--interrupts", type=int, default=5, help="interrupts per kind of loop")
    parser.add_argument("--kernels-dir", help="a kernels directory holding the kernelspec to measure")
    parser.add_argument("--kernel-name", default="java")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        kernels_dir = Path(args.kernels_dir) if args.kernels_dir else install(Path(tmp))
        bench = Bench(kernels_dir, args.kernel_name)
        starts, readies, start_cpu, trips, trip_cpu = bench.start_and_round_trips(args.starts, args.cells)
        interrupts = bench.interrupts(args.interrupts)
    figures = {
        "kernel": str(kernels_dir / args.kernel_name),
        "cpus": os.cpu_count(),
        "load_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "start_to_first_reply_ms": ms(starts),
        "start_to_first_reply_ms_all": [round(s * 1000) for s in starts],
        "start_to_ready_ms": ms(readies),
        "kernel_cpu_to_first_reply_s": None if None in start_cpu else round(statistics.median(start_cpu), 2),
        "kernel_cpu_per_round_trip_ms": None if trip_cpu is None else round(trip_cpu * 1000, 1),
        "round_trip_1_plus_2_ms": ms(trips),
        "round_trip_1_plus_2_ms_p90": round(sorted(trips)[int(0.9 * (len(trips) - 1))] * 1000, 1),
        "round_trip_first_10_ms": [round(t * 1000) for t in trips[:10]],
        "interrupt": {label: {"acknowledged_ms": ms(acks), "cell_ended_ms": ms(ends),
                              "cell_ended_ms_max": round(max(ends) * 1000, 1)}
                      for label, (acks, ends) in interrupts.items()},
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"kernel           {figures['kernel']}")
    print(f"machine          {figures['cpus']} CPUs, 1-min load {figures['load_1min'][0]} -> {figures['load_1min'][1]}")
    print(f"start -> first execute_reply   median {figures['start_to_first_reply_ms']} ms "
          f"over {len(starts)} starts {figures['start_to_first_reply_ms_all']}")
    print(f"start -> kernel_info_reply     median {figures['start_to_ready_ms']} ms")
    if figures["kernel_cpu_to_first_reply_s"] is not None:
        print(f"kernel CPU (user+sys)          {figures['kernel_cpu_to_first_reply_s']} s up to the first reply, "
              f"{figures['kernel_cpu_per_round_trip_ms']} ms per `1 + 2` cell (all threads: JIT, GC, warm-up)")
    print(f"`1 + 2` round trip             median {figures['round_trip_1_plus_2_ms']} ms, "
          f"p90 {figures['round_trip_1_plus_2_ms_p90']} ms over {len(trips)} cells; "
          f"first ten {figures['round_trip_first_10_ms']}")
    for label, f in figures["interrupt"].items():
        print(f"interrupt, {label:<14}  acknowledged {f['acknowledged_ms']} ms, cell ended {f['cell_ended_ms']} ms "
              f"(median; slowest {f['cell_ended_ms_max']} ms)")


if __name__ == "__main__":
    main()
