"""The notebooks carry the outputs of their test run (`tools/keep_outputs.py`), so that GitHub and notebook viewers show
the tables and plots the prose talks about: every tutorial and reference notebook has outputs, every tutorial shows
at least one plot, and every exercise's check shows what a student sees before filling the blank."""
import json, re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the home page becomes the README (its outputs are not kept), the course page is prose, test suites show little by design
CARRIERS = sorted(p for p in (ROOT/'nbs').glob('*.ipynb') if p.stem not in ('index', '18_course') and not p.stem.endswith('_tests'))

def _code(p): return [c for c in json.loads(p.read_text())['cells'] if c['cell_type'] == 'code']
def _has(cell, mime): return any(mime in o.get('data', {}) for o in cell.get('outputs', []))

def test_notebooks_carry_outputs():
    bare = [p.name for p in CARRIERS if not any(c.get('outputs') for c in _code(p))]
    assert bare == [], f"no outputs in {bare}: run the tests, then `python tools/keep_outputs.py` and `nbdev-clean`"

def test_tutorials_show_plots_and_unmet_checks():
    for p in (q for q in CARRIERS if 'tutorial' in q.name):
        cells = _code(p)
        assert any(_has(c, 'image/png') for c in cells), f'{p.name} shows no plot'
        checks = [c for c in cells if ''.join(c['source']).startswith('#| check')]
        assert checks, f'{p.name} has no exercise checks'
        assert all(any(o.get('ename') == 'NotYet' for o in c.get('outputs', [])) for c in checks), f'{p.name}: a check shows no unmet answer'

def test_tutorials_render_with_nbconvert():
    "A plain nbconvert of each committed tutorial, as a notebook viewer shows it, has its plots and tables"
    from nbconvert import HTMLExporter
    for p in (q for q in CARRIERS if 'tutorial' in q.name):
        html, _ = HTMLExporter().from_filename(str(p))
        assert re.search(r'<img[^>]+src="data:image/png', html) and '<table' in html, f'{p.name}: no plot or no table in its nbconvert page'
