#!/usr/bin/env bash
# Every GPU measurement of the speed and memory notebooks, in one command on a machine with one CUDA GPU:
#
#   bash tools/gpu_bench.sh [OUT]          # results in OUT (default bench_results/gpu)
#
# It checks every GPU path against its oracle first (tools/gpu_checks.py), then runs
#   1. the speed benchmark: ViT-B/16, batch 128, bf16 autocast, 5 warm-up and 20 timed steps, every method;
#   2. the same with timm's gradient checkpointing, for plain finetuning and GMixout's main paths;
#   3. the memory-budget benchmark: ViT-B to ViT-G, batch 8, gradient checkpointing on, capped at 24 GiB of GPU memory.
# Everything it prints also goes to OUT/gpu_bench.log; on the lent machine, OUT is $OUT. About 10 minutes on an H100.
# It needs python3 with a CUDA build of torch, triton and timm. If fastai is missing and the machine cannot reach
# PyPI, fetch its wheels first where PyPI is reachable (`bash tools/gpu_bench.sh --fetch` writes them to .whl/) and
# bring .whl/ along: they are installed into a temporary folder, nothing else is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
WHEELS="fastai==2.8.12 fastcore==2.2.41 fasttransform==0.0.5 fastprogress==1.1.6 fastdownload==0.0.8 plum-dispatch==2.9.0
beartype==0.23.1 python-fasthtml==0.14.14 starlette==1.10.0 python-multipart==0.0.34 itsdangerous==2.2.0 httpx2==2.17.0
httpcore2==2.17.0 truststore==0.10.5 defusedxml==0.7.1"
if [ "${1:-}" = "--fetch" ]; then
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp --platform manylinux2014_x86_64 \
    --platform manylinux_2_17_x86_64 --platform any -d .whl $WHEELS
  ls .whl; exit
fi
OUT=${1:-bench_results/gpu}
mkdir -p "$OUT"
exec > >(tee "$OUT/gpu_bench.log") 2>&1
if ! python3 -c 'import fastai' 2>/dev/null; then
  [ -d .whl ] || { echo "fastai is not installed and there is no .whl/: run 'bash tools/gpu_bench.sh --fetch' where PyPI is reachable"; exit 1; }
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/gmixout_site .whl/*.whl
  export PYTHONPATH=/tmp/gmixout_site
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1
G() { python3 -c 'import sys; from gmixout_fastai.cli import main; sys.exit(main(sys.argv[1:]))' "$@"; }
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 tools/gpu_checks.py
G bench speed --device cuda --out "$OUT/speed"
G bench speed --device cuda --checkpointing --methods plain gmixout gmixout_sddmm gmixout_sddmm_block --out "$OUT/speed_ckpt"
G bench memory --device cuda --budget 24 --methods plain gmixout_sddmm --checkpointing on --threads 8 --out "$OUT/memory"
