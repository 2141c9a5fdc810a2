"""What PostgreSQL itself does in a sync round: a laptop's whole outbox pushed over HTTP to a real
`inspector-hq serve` on a PostgreSQL cluster that counts statements (pg_stat_statements). Not a benchmark
(`make bench` skips it):

    .venv/bin/python -m tests.benchmarks.profile_pg_push [INSPECTIONS] [--top N] [--explain MS] [--perf FILE]

Prints the round's records/s, the CPU per record of the HQ process and of the PostgreSQL server's processes
(/proc, every process of the cluster), the statements sent per push request (the round trips each waits
for), and the statements that took most of the server's time; with --explain, the plans (EXPLAIN ANALYZE, by
auto_explain) of the first statements that ran longer than MS milliseconds; with --perf, `perf record -a -g`
runs for the round only (read it with `perf report -i FILE --pid $(cat FILE.pids)`: other clusters on the
machine are left out). The laptop's store is made once per size and
kept in $TMPDIR/field-inspector-profile-hq (delete it when done).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from inspector_app.core.services import setup
from inspector_app.hq.bootstrap import open_database

from ..hq.support import HQProcess, PostgresServer, find_pg_bin, free_port
from .bench_sync import _cpu_seconds, enrolled_engine
from .profile_hq_serve import _template


def _cluster(server: PostgresServer) -> dict[int, float]:
    """The cluster's processes (the postmaster and its children: backends, writers) and the CPU each used so far."""
    postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
    found = {postmaster: _cpu_seconds(postmaster)}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        if int(fields[1]) == postmaster:
            found[int(entry.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return found


def _cluster_cpu(server: PostgresServer) -> float:
    return sum(_cluster(server).values())


def _print_plans(log: str, longer_than: float) -> None:
    """auto_explain's plans grouped by statement: how many ran longer than `longer_than` ms, their time, and how
    their tables were read (a sequential scan where an index was meant shows here)."""
    groups: dict[str, list[Any]] = {}
    for plan in log.split("LOG:  duration: ")[1:]:
        ms = float(plan.split(" ", 1)[0])
        text = plan.split("Query Text: ", 1)[1] if "Query Text: " in plan else plan
        query = " ".join(text.split("\n", 1)[0].split())[:110]
        scans = sorted({" ".join(line.split("(", 1)[0].split()).lstrip("-> ") for line in plan.splitlines()
                        if " Scan " in line or line.strip().startswith("->  Seq Scan")})
        group = groups.setdefault(query, [0, 0.0, set()])
        group[0] += 1
        group[1] += ms
        group[2].update(scans)
    print(f"\nstatements that ran longer than {longer_than} ms, by time:")
    for query, (count, ms, scans) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:15]:
        print(f"{count:>6} {ms:>9.1f} ms  {query}")
        for scan in sorted(scans):
            print(f"{'':>20}{scan}")


def main(argv: list[str]) -> int:
    os.environ.setdefault("INSPECTOR_KDF_PROFILE", "fast")
    inspections = int(argv[0]) if argv and argv[0].isdigit() else 300
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 25
    explain = argv[argv.index("--explain") + 1] if "--explain" in argv else None
    perf = argv[argv.index("--perf") + 1] if "--perf" in argv else None
    template = _template(inspections)
    options = "-c pg_stat_statements.track=all -c shared_preload_libraries=pg_stat_statements"
    if explain is not None:
        options += (f",auto_explain -c auto_explain.log_min_duration={float(explain)}ms -c auto_explain.log_analyze=on "
                    "-c auto_explain.log_nested_statements=on -c auto_explain.log_buffers=on")
    server = PostgresServer(find_pg_bin(), options).start()
    try:
        name = server.create_database()
        url = server.url(name)
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("CREATE EXTENSION pg_stat_statements")
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            shutil.copytree(template, folder / "laptop")
            store = setup.open_store(folder / "laptop", "benchmark passphrase")
            hq = HQProcess(url, folder / "hq-files", free_port()).start()
            db = open_database(url)
            try:
                records, engine = enrolled_engine(store, hq.url, db)
                assert hq.proc is not None
                with psycopg.connect(url, autocommit=True) as admin:
                    admin.execute("SELECT pg_stat_statements_reset()")
                recorder = (subprocess.Popen(["perf", "record", "-F", "499", "-a", "-g", "-o", perf],
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                            if perf is not None else None)
                time.sleep(0.5 if recorder else 0)
                pg_cpu, hq_cpu, laptop_cpu = _cluster_cpu(server), _cpu_seconds(hq.proc.pid), time.process_time()
                started = time.perf_counter()
                report = engine.sync_round()
                elapsed = time.perf_counter() - started
                if recorder is not None:
                    recorder.send_signal(signal.SIGINT)
                    recorder.wait(timeout=60)
                    Path(f"{perf}.pids").write_text(",".join(map(str, _cluster(server))))  # for `perf report --pid`
                pg_cpu = _cluster_cpu(server) - pg_cpu
                hq_cpu, laptop_cpu = _cpu_seconds(hq.proc.pid) - hq_cpu, time.process_time() - laptop_cpu
                engine.close()
                assert report.ok, report.error
                with psycopg.connect(url, autocommit=True) as admin:
                    batches = admin.execute("SELECT count(*) FROM batches WHERE source = 'push'").fetchone()[0]
                    statements = admin.execute(
                        "SELECT calls, total_exec_time, rows, query FROM pg_stat_statements "
                        "WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC").fetchall()
            finally:
                hq.stop()
                db.dispose()
                store.close()
        # Foreign-key checks run inside the server (one per referencing row): not round trips.
        checks = sum(s[0] for s in statements if s[3].startswith("SELECT $2 FROM ONLY"))
        calls = sum(s[0] for s in statements) - checks
        server_ms = sum(s[1] for s in statements)
        print(f"{records} records in {elapsed:.2f} s = {records / elapsed:,.0f} records/s; load average "
              f"{os.getloadavg()[0]:.1f}")
        print(f"CPU per record: HQ process {1e6 * hq_cpu / records:.0f} µs, PostgreSQL (all its processes) "
              f"{1e6 * pg_cpu / records:.0f} µs, laptop {1e6 * laptop_cpu / records:.0f} µs")
        print(f"{batches} push requests; {calls} statements sent = {calls / max(batches, 1):.1f} per request, and "
              f"{checks} foreign-key checks in the server = {checks / records:.1f} per record; statements' own time "
              f"{server_ms / 1000:.2f} s "
              f"= {1000 * server_ms / records:.0f} µs/record")
        print(f"\n{'calls':>7} {'per req':>7} {'ms':>8} {'µs/rec':>6}  statement")
        for calls_, total, _rows, query in statements[:top]:
            text = " ".join(query.split())
            print(f"{calls_:>7} {calls_ / max(batches, 1):>7.1f} {total:>8.1f} {1000 * total / records:>6.1f}  "
                  f"{text[:150]}")
        if explain is not None:
            _print_plans((server.root / "server.log").read_text(errors="replace"), float(explain))
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
