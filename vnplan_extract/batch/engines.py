"""Engines: run :func:`~vnplan_extract.batch.work.process_document` over a stream of items.

Each engine takes an iterator of (key, bytes) and yields outcomes as they finish, keeping only a
bounded number of documents in flight so memory does not grow with the size of the archive.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from vnplan_extract.batch.work import Outcome, process_document

Job = tuple[str, bytes]


def run_serial(jobs: Iterable[Job], time_limit: float | None) -> Iterator[Outcome]:
    for key, data in jobs:
        yield process_document(key, data, time_limit)


def run_processes(jobs: Iterable[Job], workers: int, time_limit: float | None) -> Iterator[Outcome]:
    """A pool of worker processes; a crashed worker's documents become error records.

    A worker that dies (killed, out of memory) breaks the whole pool: the documents in flight
    are recorded as ``worker_crash`` (``--resume`` retries them) and a new pool takes over.
    """
    import concurrent.futures as cf
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    # fork is cheap (no re-import per worker) and safe here: the parent holds no threads or
    # locks the workers use.
    ctx = multiprocessing.get_context("fork")
    in_flight = max(2, workers * 4)
    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    pending: dict[cf.Future[Outcome], Job] = {}
    it = iter(jobs)
    exhausted = False
    try:
        while pending or not exhausted:
            while not exhausted and len(pending) < in_flight:
                job = next(it, None)
                if job is None:
                    exhausted = True
                    break
                try:
                    fut = pool.submit(process_document, job[0], job[1], time_limit)
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
                    fut = pool.submit(process_document, job[0], job[1], time_limit)
                pending[fut] = job
            if not pending:
                break
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                key, data = pending.pop(fut)
                yield _result(fut, key, data)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _result(fut: Any, key: str, data: bytes) -> Outcome:
    import hashlib

    try:
        outcome: Outcome = fut.result()
        return outcome
    except Exception as exc:  # a worker died (killed, out of memory): the pool is broken too
        sha = hashlib.sha256(data).hexdigest()
        return Outcome(key, sha, error_type="worker_crash", message=f"{type(exc).__name__}: {exc}")


def run_dask(
    jobs: Iterable[Job], workers: int, time_limit: float | None, scheduler: str | None
) -> Iterator[Outcome]:
    """The same function on a Dask cluster: ``scheduler`` address, or a local cluster."""
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        in_flight = max(2, workers * 4)
        it = iter(jobs)
        keys: dict[Any, Job] = {}
        first = []
        for job in it:
            first.append(job)
            if len(first) >= in_flight:
                break
        futures = []
        for job in first:
            fut = client.submit(process_document, job[0], job[1], time_limit, pure=False)
            keys[fut] = job
            futures.append(fut)
        queue = as_completed(futures)
        for fut in queue:
            key, data = keys.pop(fut)
            yield _result(fut, key, data)
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                new = client.submit(process_document, nxt[0], nxt[1], time_limit, pure=False)
                keys[new] = nxt
                queue.add(new)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
