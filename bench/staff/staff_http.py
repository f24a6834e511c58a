#!/usr/bin/env python3
"""Times the staff screens over HTTP as a browser loads them: the first page of each work queue
and the supervisor dashboard, each a full page GET after a form login (the lazy table renders
its first page in that response). Prints, per screen, the cold first load and the median and p95
of the warm ones, and the total the queue reported.

    staff_http.py BASE_URL [RUNS]
    staff_http.py BASE_URL --warm SECONDS    loads every screen in turn for SECONDS, printing nothing
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
WARM = len(sys.argv) > 3 and sys.argv[2] == "--warm"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 and not WARM else 15
PASSWORD = "Demo-2026"

SCREENS = [
    ("zhang.wei", "HANDLER", ["MINE", "DEPARTMENT", "DEPARTMENT_OVERDUE", "DUE_SOON", "ALL"]),
    ("wang.fang", "RECEPTION", ["NEW", "RECEIVED", "ALL"]),
    ("zhao.min", "SUPERVISOR", ["UNASSIGNED", "OVERDUE", "ESCALATED", "AWAITING_APPROVAL", "ALL"]),
]


def session(user):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(BASE + "/login.xhtml").read().decode("utf-8")
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    # the page's scripts add its CSP nonce to every form; PrimeFaces refuses a postback without it
    nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", page)
    fields = {"login_SUBMIT": "1", "login:username": user, "login:password": PASSWORD,
              "login:submit": "", "jakarta.faces.ViewState": state}
    if nonce:
        fields["primefaces.nonce"] = nonce.group(1)
    form = urllib.parse.urlencode(fields).encode()
    landed = opener.open(BASE + "/login.xhtml", form)
    if "/staff/" not in landed.geturl():
        raise SystemExit(f"login of {user} failed: {landed.geturl()}")
    return opener


def timed(opener, path):
    start = time.perf_counter()
    with opener.open(BASE + path) as response:
        body = response.read().decode("utf-8")
        status = response.status
    elapsed = (time.perf_counter() - start) * 1000
    if status != 200 or "/error/" in response.geturl():
        raise SystemExit(f"{path}: HTTP {status} at {response.geturl()}")
    return elapsed, body


def measure(opener, path):
    cold, body = timed(opener, path)
    warm = [timed(opener, path)[0] for _ in range(RUNS)]
    warm.sort()
    p95 = warm[min(len(warm) - 1, int(round(0.95 * (len(warm) - 1))))]
    return cold, statistics.median(warm), p95, body


def main():
    print(f"{'screen':<44} {'cold ms':>9} {'median ms':>10} {'p95 ms':>9}  shown")
    worst = 0.0
    for user, role, queues in SCREENS:
        opener = session(user)
        for queue in queues:
            cold, median, p95, body = measure(opener, f"/staff/queues.xhtml?queue={queue}")
            # a long queue's total is capped: "共 10 000+ 件" / "10 000+ complaints"
            total = re.search(r"(?:共 ([\d, ]+\+?) 件|([\d, ]+\+?) complaints)", body)
            shown = (total.group(1) or total.group(2)) + " in queue" if total else "?"
            rows = len(re.findall(r'class="case-link"', body))
            print(f"{queue + ' (' + user + ', ' + role + ')':<44} {cold:>9.1f} {median:>10.1f} {p95:>9.1f}  "
                  f"{rows} rows, {shown}")
            worst = max(worst, median)
        if role == "SUPERVISOR":
            cold, median, p95, body = measure(opener, "/staff/dashboard.xhtml")
            total = re.search(r'id="total">([\d,]+)<', body)
            print(f"{'dashboard, this month (' + user + ')':<44} {cold:>9.1f} {median:>10.1f} {p95:>9.1f}  "
                  f"{total.group(1) if total else '?'} received this month")
    print(f"slowest queue first page (median): {worst:.1f} ms")


def warm(seconds):
    openers = [(session(user), queues, role) for user, role, queues in SCREENS]
    end = time.time() + seconds
    while time.time() < end:
        for opener, queues, role in openers:
            for queue in queues:
                timed(opener, f"/staff/queues.xhtml?queue={queue}")
            if role == "SUPERVISOR":
                timed(opener, "/staff/dashboard.xhtml")


if __name__ == "__main__":
    if WARM:
        warm(float(sys.argv[3]))
    else:
        main()
