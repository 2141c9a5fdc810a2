"""Bundle only the pythainlp corpus files the app reads (about 2 MB instead of 63 MB).

Replaces pyinstaller-hooks-contrib's hook, which collects the whole corpus: neural and
CRF models for engines we never call (and whose runtimes we do not install), WordNet,
Wikipedia titles. inspector_app.i18n.segment uses `word_tokenize(engine="newmm")`
(words_th.txt) and `syllable_tokenize(engine="dict")` (syllables_th.txt); pythainlp reads
stopwords_th.txt while loading the tokenizers. If the app starts using another pythainlp
function, add its corpus file here; the installer test fails when a file is missing.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files(
    "pythainlp",
    includes=[
        "corpus/words_th.txt",
        "corpus/syllables_th.txt",
        "corpus/stopwords_th.txt",
        "corpus/default_db.json",
        "corpus/corpus_license.md",
    ],
)
