"""Two workstations (two processes) edit the same case many times: every conflict is detected and
reported, and no successful write is lost. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.models import AuditEvent, Case
from desktop.services.audit import verify_chain
from desktop.services.demo import seed_demo
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
WORKER = """
import json, os, sys
from datetime import timedelta
from desktop.models.database import open_database
from desktop.services.cases import CaseService
from desktop.services.errors import ConflictError
from desktop.services.users import UserService
url, login, pw, case_id, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
db = open_database(url)
svc = CaseService(db, UserService(db, None).authenticate(login, pw))
go = sys.argv[6]
print("ready", flush=True)
while not os.path.exists(go):   # both workstations start together
    pass
ok = conflicts = 0
messages = set()
for _ in range(n):
    ref = svc.get_ref(case_id)                       # what this workstation's screen shows
    new = ref.next_action_date + timedelta(days=1)   # the user's edit, based on that copy
    try:
        svc.set_next_action(case_id, new, ref.version)
        ok += 1
    except ConflictError as e:
        conflicts += 1
        messages.add(str(e)[:40])
print(json.dumps({"ok": ok, "conflicts": conflicts, "messages": sorted(messages)}))
"""


def test_two_processes_editing_one_case(world):
    seed_demo(world.db, 5, seed=1, today=date(2026, 11, 27))
    with world.db.session_factory.begin() as s:
        case = s.scalars(select(Case).order_by(Case.id).limit(1)).one()
        case.next_action_date = date(2027, 1, 1)
        case_id, start_version = case.id, case.version + 1
    env = dict(os.environ)
    n = 40
    go = Path(os.environ.get("TMPDIR", "/tmp")) / f"vd-go-{os.getpid()}-{case_id}"
    go.unlink(missing_ok=True)
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, world.db.url, login, PASSWORD, str(case_id), str(n),
                               str(go)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for login in ("mgr", "sup")]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    go.unlink(missing_ok=True)
    ok = sum(r["ok"] for r in results)
    conflicts = sum(r["conflicts"] for r in results)
    assert ok + conflicts == 2 * n and ok > 0 and conflicts > 0, results
    with world.db.session_factory() as s:
        case = s.get(Case, case_id)
        # every successful write moved the date by one day: none was lost or applied twice
        assert (case.next_action_date - date(2027, 1, 1)).days == ok
        assert case.version == start_version + ok
        writes = s.scalars(select(AuditEvent).where(AuditEvent.action == "case.next_action",
                                                    AuditEvent.case_id == case_id)).all()
        assert len(writes) == ok
        assert verify_chain(s).ok
    for r in results:
        for m in r["messages"]:
            assert "已被" in m and "修改" in m
