"Execute every notebook in `nbs/` as a test, each in a fresh interpreter, skipping the cells flagged in `tst_flags`."
import os, subprocess, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))

_runner = """
import sys
from nbdev.config import get_config
from nbdev.test import test_nb
flags = get_config().tst_flags
ok, secs = test_nb(sys.argv[1], skip_flags=flags.split() if isinstance(flags, str) else flags, basepath=sys.argv[2])
print(f'{sys.argv[1]}: {secs:.0f} s')
sys.exit(0 if ok else 1)
"""

@pytest.mark.parametrize('nb', NOTEBOOKS, ids=lambda p: p.name)
def test_notebook(nb):
    env = {**os.environ, 'TRITON_INTERPRET': '1', 'PYTHONHASHSEED': os.environ.get('PYTHONHASHSEED', 'random')}
    res = subprocess.run([sys.executable, '-c', _runner, str(nb), str(ROOT)], cwd=nb.parent, env=env,
                         capture_output=True, text=True, timeout=1800)
    assert res.returncode == 0, f"{nb.name} failed:\n{res.stdout[-5000:]}\n{res.stderr[-20000:]}"

def test_notebooks_found():
    names = {p.stem for p in NOTEBOOKS}
    assert {'index', '00_core', '01_kernels', '02_callback'} <= names, names
