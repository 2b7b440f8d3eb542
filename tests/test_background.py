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
