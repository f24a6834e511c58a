#!/usr/bin/env python3
"""Times the first page of work queues over REST (GET /api/v1/queues/QUEUE?limit=50), CLIENTS
clients at once for SECONDS each, as filing.sh runs it after its filings have filled the NEW queue.
Prints, per queue, the rate, p50 and p99, and the total the queue reported.

    queue_pages.py BASE_URL [CLIENTS] [SECONDS]
"""
import base64
import json
import statistics
import sys
import threading
import time
import urllib.request

BASE = sys.argv[1].rstrip("/")
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 2
SECONDS = float(sys.argv[3]) if len(sys.argv) > 3 else 15
PASSWORD = "Demo-2026"
QUEUES = [("wang.fang", "new"), ("wang.fang", "all"), ("zhao.min", "unassigned"), ("zhao.min", "all")]


def get(user, path):
    request = urllib.request.Request(BASE + path, headers={
        "Authorization": "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode(),
        "Accept": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def main():
    print(f"{'queue (user), first 50 rows':<34} {'pages/s':>8} {'p50 ms':>8} {'p99 ms':>8}  total")
    for user, queue in QUEUES:
        path = f"/api/v1/queues/{queue}?limit=50"
        page = get(user, path)  # once untimed: the user's authentication is cached after it
        total = f"{page['total']}{'+' if page.get('totalCapped') else ''}"
        times = []
        end = time.perf_counter() + SECONDS

        def client():
            mine = []
            while time.perf_counter() < end:
                start = time.perf_counter()
                rows = get(user, path)["rows"]
                mine.append((time.perf_counter() - start) * 1000)
                if len(rows) != min(50, page["total"]):
                    raise SystemExit(f"{path}: {len(rows)} rows")
            times.extend(mine)

        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        times.sort()
        p99 = times[min(len(times) - 1, int(round(0.99 * (len(times) - 1))))]
        print(f"{queue.upper() + ' (' + user + ')':<34} {len(times) / SECONDS:>8.1f} {statistics.median(times):>8.2f} "
              f"{p99:>8.2f}  {total}")
        print(f"RESULT queue {queue} {user} {statistics.median(times):.2f} {p99:.2f}")


if __name__ == "__main__":
    main()
