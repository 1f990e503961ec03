"""Build the documentation site from the notebooks `tests/test_notebooks.py` executed (any it did not are executed here)
and check it: every notebook is a page, every module has an API page, no internal link or image is broken."""
import re
from pathlib import Path
from gmixout_fastai.docs import build_docs, check_site, library_modules
from conftest import missing_data

ROOT = Path(__file__).resolve().parents[1]

def test_site_builds_and_checks(tmp_path):
    notebooks = sorted(p.stem for p in (ROOT/'nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))
    lacking = {nb for nb in notebooks if missing_data(ROOT/'nbs'/f'{nb}.ipynb')}   # their pages show no outputs
    site = build_docs(ROOT/'_docs', executed=ROOT/'_proc'/'executed', execute=not lacking, root=ROOT)
    assert sorted(p.stem for p in site.glob('*.html') if p.stem != '404') == notebooks
    assert sorted(p.stem for p in (site/'api').glob('*.html')) == sorted(m.rpartition('.')[2] for m in library_modules())
    problems = check_site(site)
    assert problems == [], '\n'.join(problems)
    # the pages carry what the notebooks computed: a table of the multi-process test, the tutorial's plots
    if '13_distributed' not in lacking: assert 'ranks_identical' in (site/'13_distributed.html').read_text()
    if '20_tutorial_robust_finetuning' not in lacking: assert len(re.findall(r'<img[^>]+src="data:image/png', (site/'20_tutorial_robust_finetuning.html').read_text())) >= 2
