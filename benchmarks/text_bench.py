"""Time the text layer: reading, cleaning and splitting the seed essays.

    NLTK_DATA=/path/to/nltk_data python benchmarks/text_bench.py

Prints the one-off cost of loading the word lists and Punkt, the time for the
whole seed corpus (best of several runs), and the same for the seeds repeated
to about 1 MB, in words per second.
"""

from __future__ import annotations

import time
from pathlib import Path

from quizgen.text.document import DocumentInfo
from quizgen.text.reader import TextTools, parse_text, read_document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
RUNS = 5
TARGET_BYTES = 1024 * 1024


def best_of(runs: int, work) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    start = time.perf_counter()
    tools = TextTools.load()
    print(f"load lexicon and Punkt: {time.perf_counter() - start:.2f} s (once per run)")

    paths = sorted(SEEDS.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    seconds, documents = best_of(RUNS, lambda: [read_document(p, tools) for p in paths])
    sentences = sum(len(d.sentences) for d in documents)
    print(
        f"seed corpus: {len(paths)} essays, {words:,} words, {sentences:,} sentences in {seconds * 1000:.0f} ms "
        f"({words / seconds:,.0f} words/s)"
    )
    for path, document in zip(paths, documents):
        one, _ = best_of(RUNS, lambda path=path: read_document(path, tools))
        print(f"  {path.name:48} {len(document.sentences):4} sentences  {one * 1000:6.0f} ms")

    texts = [(p.read_text(encoding="utf-8"), DocumentInfo(title=p.stem)) for p in paths]
    copies = -(-TARGET_BYTES // sum(len(t.encode("utf-8")) for t, _ in texts))
    batch = texts * copies
    batch_words = words * copies
    seconds, _ = best_of(2, lambda: [parse_text(t, info, tools) for t, info in batch])
    print(
        f"seeds repeated to {copies * sum(len(t.encode('utf-8')) for t, _ in texts) / 1024 / 1024:.2f} MB "
        f"({len(batch)} essays): {batch_words:,} words in {seconds:.2f} s ({batch_words / seconds:,.0f} words/s)"
    )

    corpus = "\n\n".join(t for t, _ in texts)
    big = corpus
    while len(big.encode("utf-8")) < TARGET_BYTES:
        big += "\n\n" + corpus
    big_words = len(big.split())
    seconds, document = best_of(2, lambda: parse_text(big, DocumentInfo(title="Repeated seeds"), tools))
    print(
        f"seeds joined into one {len(big.encode('utf-8')) / 1024 / 1024:.2f} MB file: {big_words:,} words, "
        f"{len(document.sentences):,} sentences in {seconds:.2f} s ({big_words / seconds:,.0f} words/s)"
    )


if __name__ == "__main__":
    main()
