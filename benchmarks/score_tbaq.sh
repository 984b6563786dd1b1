#!/bin/sh
# TBAQ TempEval-3 score of `incident-reader timex --jsonl`; extra args go to te3_score.py (e.g. --errors 50).
cd "$(dirname "$0")/.." && exec python ../shared/tools/te3_score.py ../shared/data/tbaq --cmd ".venv/bin/incident-reader timex --jsonl" "$@"
