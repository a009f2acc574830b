"""Time `generate` against a bare NLTK pass over the same text.

Runs the whole generation (reading and cleaning, annotation, extraction, candidates,
selection, YAML) on every seed essay, then on the seeds repeated to about 1 MB, and in
the same run a bare NLTK pass over the same text (Punkt sentence split, word_tokenize,
pos_tag). Prints both times and their ratio, in wall-clock time and in this process's CPU
time: on a shared machine the wall clock also counts other work, the CPU time does not.
Usage:

    NLTK_DATA=/path/to/nltk_data python benchmarks/generate_bench.py
"""

from __future__ import annotations

import time
from pathlib import Path

from quizgen.bank.io import dump_bank
from quizgen.generate.builder import build_bank, load_tools
from quizgen.text.reader import parse_text
from quizgen.text.document import DocumentInfo

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TARGET_BYTES = 1_000_000


def bare_nltk(texts: list[str]) -> tuple[float, float]:
    import nltk

    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for sentence in nltk.sent_tokenize(text):
            nltk.pos_tag(nltk.word_tokenize(sentence, preserve_line=True))
    return time.perf_counter() - start, time.process_time() - cpu


def generate(texts: list[tuple[str, str]], tools) -> tuple[float, float, int]:
    start, cpu = time.perf_counter(), time.process_time()
    questions = 0
    for name, text in texts:
        document = parse_text(text, DocumentInfo(title=name, path=name), tools.text)
        bank = build_bank(document, tools)
        dump_bank(bank)
        questions += len(bank.questions)
    return time.perf_counter() - start, time.process_time() - cpu, questions


def report(label: str, texts: list[tuple[str, str]], tools) -> None:
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    words = sum(len(t.split()) for _, t in texts)
    gen, gen_cpu, questions = generate(texts, tools)
    bare, bare_cpu = bare_nltk([t for _, t in texts])
    print(f"{label}: {size / 1e6:.2f} MB, {words:,} words, {questions} questions")
    print(f"  generate   {gen:7.2f} s  ({words / gen:,.0f} words/s)   CPU {gen_cpu:7.2f} s")
    print(f"  bare NLTK  {bare:7.2f} s  ({words / bare:,.0f} words/s)   CPU {bare_cpu:7.2f} s")
    print(f"  ratio      {gen / bare:7.2f}x                      CPU {gen_cpu / bare_cpu:7.2f}x")


def main() -> None:
    import nltk

    start = time.perf_counter()
    tools = load_tools()
    nltk.pos_tag(["warm", "up"])  # load the tagger for the bare pass outside its timing
    print(f"loading NLTK data and tools: {time.perf_counter() - start:.2f} s (once per run, not counted)")
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    # The first run also pays for what later stages load lazily (the wh-question
    # grammar's WordNet reader, the lexicon's memo tables): shown apart from the warm run.
    report("all seeds, first run", seeds, tools)
    report("all seeds, warm", seeds, tools)
    repeated = []
    size = 0
    while size < TARGET_BYTES:
        for name, text in seeds:
            repeated.append(text)
            size += len(text.encode("utf-8"))
    report("seeds repeated to 1 MB, one essay", [("repeated.txt", "\n\n".join(repeated))], tools)


if __name__ == "__main__":
    main()
