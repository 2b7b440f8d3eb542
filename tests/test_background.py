"""The forked HTML export: its errors reach the caller, and a failing main process stops it."""

from __future__ import annotations

import os
import time

import pytest

from kg.errors import OutputError
from kg.export.background import Background


def _fail() -> None:
    raise OutputError("cannot write /nowhere/graph.html: No such file or directory")


@pytest.mark.parametrize("parallel", [True, False])
def test_error_in_the_job_is_raised_by_wait(parallel):
    with Background(_fail, parallel) as task:
        with pytest.raises(OutputError, match="/nowhere/graph.html"):
            task.wait()


@pytest.mark.parametrize("parallel", [True, False])
def test_job_runs_once_and_reports_its_seconds(tmp_path, parallel):
    marker = tmp_path / "ran"

    def job():
        with open(marker, "a") as handle:
            handle.write(f"{os.getpid()}\n")

    with Background(job, parallel) as task:
        seconds = task.wait()
    pids = marker.read_text().split()
    assert len(pids) == 1 and seconds >= 0
    assert (pids[0] != str(os.getpid())) == parallel  # forked only when asked to



@pytest.mark.parametrize("parallel", [True, False])
def test_then_runs_after_the_job_in_the_same_process_outside_its_seconds(tmp_path, parallel):
    log = tmp_path / "log"

    def note(what):
        with open(log, "a") as handle:
            handle.write(f"{what} {os.getpid()}\n")

    def then():
        time.sleep(0.3)
        note("then")

    with Background(lambda: note("job"), parallel, then=then) as task:
        seconds = task.wait()
    (job, job_pid), (after, then_pid) = (line.split() for line in log.read_text().splitlines())
    assert (job, after) == ("job", "then") and job_pid == then_pid
    assert seconds < 0.3  # the job's own time only

def test_failure_in_the_main_process_stops_the_child(tmp_path):
    marker = tmp_path / "finished"

    def slow():
        time.sleep(3)
        marker.write_text("done")

    with pytest.raises(RuntimeError):
        with Background(slow, True):
            raise RuntimeError("turtle export failed")
    time.sleep(3.5)
    assert not marker.exists()
