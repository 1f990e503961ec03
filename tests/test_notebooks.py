"""Execute every notebook in `nbs/` as a test, each in a fresh interpreter, skipping the cells flagged in `tst_flags`.
Each executed notebook is kept in `_proc/executed/`, from which `tests/test_site.py` builds the documentation site."""
import os, subprocess, sys
from pathlib import Path
import pytest
from conftest import missing_data

ROOT = Path(__file__).resolve().parents[1]
EXECUTED = ROOT/'_proc'/'executed'
NOTEBOOKS = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))

_runner = """
import sys, time
from gmixout_fastai.docs import execute_notebook
start = time.time()
execute_notebook(sys.argv[1], sys.argv[2])
print(f'{sys.argv[1]}: {time.time() - start:.0f} s')
"""

@pytest.mark.parametrize('nb', NOTEBOOKS, ids=lambda p: p.name)
def test_notebook(nb):
    if why := missing_data(nb): pytest.skip(why)
    env = {**os.environ, 'TRITON_INTERPRET': '1', 'IN_TEST': '1', 'PYTHONHASHSEED': os.environ.get('PYTHONHASHSEED', 'random')}
    res = subprocess.run([sys.executable, '-c', _runner, str(nb), str(EXECUTED/nb.name)], cwd=nb.parent, env=env,
                         capture_output=True, text=True, timeout=1800)
    assert res.returncode == 0, f"{nb.name} failed:\n{res.stdout[-5000:]}\n{res.stderr[-20000:]}"

def test_notebooks_found():
    names = {p.stem for p in NOTEBOOKS}
    assert {'index', '00_core', '01_kernels', '02_callback'} <= names, names
