"""Imported by the extraction pool's forkserver (see core.batch): the pipeline with every rule
already compiled, so each worker it forks starts warm instead of compiling its own copies."""

from __future__ import annotations

from incident_reader.core.analysis import warm_up

warm_up()
