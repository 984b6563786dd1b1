"""Batch coding of an archive of reports: the pure core per report, run on Dask or a process pool.

``source`` reads the archive lazily (a folder tree or JSON lines), ``work`` analyses one batch on a
worker, ``runner`` sends batches out and writes results in input order so a killed run resumes to
the same files, ``grouping`` joins reports into incidents across the archive, ``coding`` writes one
coded row per report's main incident. Kept outside ``core`` because it imports Dask.
"""
