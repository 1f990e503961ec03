"The generated library and README match the notebooks, and the notebooks are clean (as `nbdev-export` and `nbdev-clean` leave them)."
import shutil, subprocess, sys, filecmp
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent

def _copy_project(dst):
    for d in ('nbs', 'gmixout_fastai', 'tools'): shutil.copytree(ROOT/d, dst/d, ignore=shutil.ignore_patterns('__pycache__', '.ipynb_checkpoints'))
    for f in ('pyproject.toml', 'README.md'): shutil.copy(ROOT/f, dst/f)

def _diff(a, b, pattern):
    fa, fb = sorted(p.name for p in a.glob(pattern)), sorted(p.name for p in b.glob(pattern))
    assert fa == fb, f"files differ: {fa} vs {fb}"
    return [n for n in fa if not filecmp.cmp(a/n, b/n, shallow=False)]

def test_library_in_sync_with_notebooks(tmp_path):
    _copy_project(tmp_path)
    subprocess.run([BIN/'nbdev-export'], cwd=tmp_path, check=True, capture_output=True)
    assert _diff(ROOT/'gmixout_fastai', tmp_path/'gmixout_fastai', '*.py') == [], "run nbdev-export and commit the result"

def test_notebooks_clean(tmp_path):
    _copy_project(tmp_path)
    subprocess.run([BIN/'nbdev-clean'], cwd=tmp_path, check=True, capture_output=True)
    assert _diff(ROOT/'nbs', tmp_path/'nbs', '*.ipynb') == [], "run nbdev-clean and commit the result"

def test_readme_in_sync_with_index():
    res = subprocess.run([sys.executable, ROOT/'tools'/'make_readme.py', '--check'], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr

def test_ci_runs_the_readme_test_command():
    ci, readme = (ROOT/'.ci'/'run').read_text(), (ROOT/'README.md').read_text()
    cmd = next(l for l in ci.splitlines() if l.startswith('TEST_COMMAND=')).split('=', 1)[1].strip("'")
    assert cmd in readme, f"README does not show the test command {cmd!r}"
